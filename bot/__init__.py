"""Hawker's platform-agnostic core: message model, pipeline, features and the `hawker` CLI."""

__version__ = "0.1.0"
