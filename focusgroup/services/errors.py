"""Errors the services raise for bad input; ``str(error)`` is the one-line message to show."""

from __future__ import annotations


class InvalidInput(ValueError):
    """A typed value, flag or file the user supplied cannot be used as given."""
