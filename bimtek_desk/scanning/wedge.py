"""Tell a keyboard-wedge scanner burst from a person typing.

A USB scanner "types" a code a few milliseconds per character and ends with
Enter (some send Tab).  A person types 100-300 ms per character.  The parser
sees every printable character with its time and, at a terminator, says
whether the characters since the last pause form a scan.  Characters are never
swallowed; only a terminator that completes a scan is (the adapter decides).

Pure Python with an injected clock, so tests need no waiting.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class WedgeConfig:
    max_gap_ms: float = 40.0  # longest pause between two characters of one burst
    min_length: int = 6  # shorter bursts are typing, however fast
    max_length: int = 512
    idle_reset_ms: float = 2000.0  # a terminator later than this after the burst is a person's Enter


@dataclass
class WedgeParser:
    config: WedgeConfig = field(default_factory=WedgeConfig)
    _chars: list[str] = field(default_factory=list)
    _last_ms: float | None = None

    def feed_char(self, ch: str, now_ms: float) -> None:
        """A printable character arrived at ``now_ms``."""
        if self._last_ms is None or now_ms - self._last_ms > self.config.max_gap_ms:
            self._chars = []  # a pause: what came before was typing
        if len(self._chars) < self.config.max_length:
            self._chars.append(ch)
        self._last_ms = now_ms

    def feed_terminator(self, now_ms: float) -> str | None:
        """Enter or Tab arrived.  Returns the scanned text, or None for typing."""
        chars, last = self._chars, self._last_ms
        self.reset()
        if last is None or not chars:
            return None
        if now_ms - last > self.config.idle_reset_ms:
            return None
        text = "".join(chars).strip()
        if len(text) < self.config.min_length:
            return None
        return text

    def prompt(self, now_ms: float) -> bool:
        """Does a terminator at ``now_ms`` follow the last character as closely as a
        scanner's does (within ``max_gap_ms``)?  A person pauses before Enter."""
        return self._last_ms is not None and now_ms - self._last_ms <= self.config.max_gap_ms

    def pending(self) -> str:
        """The characters of the burst in progress (for removing them from a text box)."""
        return "".join(self._chars)

    def reset(self) -> None:
        self._chars = []
        self._last_ms = None
