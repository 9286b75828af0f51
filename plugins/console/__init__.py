"""Terminal chat: stdin/stdout for a person, scripted replay for the demo and the tests."""

from plugins.console.adapter import ConsoleAdapter
from plugins.console.script import ChatLine, ScriptError, parse_script

__all__ = ["ChatLine", "ConsoleAdapter", "ScriptError", "parse_script"]
