"""The post-show report (`hawker report`): questions, answers, sales, draws and moderation of a
recorded show, as one self-contained HTML file. `render_report` is the one entry point; the
console serves the same page."""

from bot.report.render import render_report

__all__ = ["render_report"]
