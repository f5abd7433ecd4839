"""How a long service function reports how far it has come, and learns that it should stop.

The function takes a ``progress`` argument (default :data:`NO_PROGRESS`) and calls
``progress.report(done, total)`` now and then; once the user has asked to stop, that call
raises :class:`Cancelled`, and a write in one transaction is taken back whole.
"""

from __future__ import annotations


class Cancelled(Exception):
    """The user stopped the work; nothing it wrote is kept."""


class Progress:
    """Reports nowhere and never cancels (the command line, and tests)."""

    def report(self, done: int, total: int) -> None:
        """``done`` of ``total`` steps finished; raises :class:`Cancelled` when asked to stop."""

    def check(self) -> None:
        """Raises :class:`Cancelled` when asked to stop."""


NO_PROGRESS = Progress()
