"""Errors a user can cause or fix, carrying a message in Indonesian.

Anything that is a ``UserError`` is shown as one line (CLI) or one banner/dialog
(GUI) and never as a traceback.  Every other exception is a bug.
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a problem in the environment; ``str(err)`` is the message."""

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class NotFound(UserError):
    """An event, person, session or code that does not exist."""
