"""Short feedback tones: a chime for OK, two beeps for 'already', a buzz for errors.

The tones are synthesised into WAV files in the user's cache folder
(``~/.cache/bimtek-desk/sounds`` on Linux), the same three files every time, so
nothing is left behind in the temporary folder when the desk ends or crashes;
sound can be switched off at the desk.  QtMultimedia is imported only when a
tone plays.
"""

from __future__ import annotations

import math
import struct
import tempfile
import wave
from pathlib import Path
from typing import Any

RATE = 22050
TONES = {
    "ok": [(880, 0.09), (1320, 0.14)],
    "warn": [(660, 0.12), (0, 0.06), (660, 0.12)],
    "error": [(220, 0.35)],
}


def synthesise(path: Path, notes: list[tuple[int, float]]) -> None:
    frames = bytearray()
    for freq, seconds in notes:
        n = int(RATE * seconds)
        for i in range(n):
            env = min(1.0, i / 200, (n - i) / 400)
            value = 0.0 if freq == 0 else math.sin(2 * math.pi * freq * i / RATE)
            if freq and freq < 300:
                value = 1.0 if value > 0 else -1.0  # a harsher square wave for errors
            frames += struct.pack("<h", int(value * env * 9000))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(bytes(frames))


def sound_folder() -> Path:
    import platformdirs

    return platformdirs.user_cache_path("bimtek-desk", appauthor=False) / "sounds"


def tone_file(kind: str, folder: Path | None = None) -> Path:
    """The WAV of ``kind`` in the cache folder, written if missing or not the expected tone."""
    folder = folder or sound_folder()
    path = folder / f"{kind}.wav"
    scratch = folder / f".{kind}.wav.new"
    folder.mkdir(parents=True, exist_ok=True)
    synthesise(scratch, TONES[kind])
    if not path.exists() or path.read_bytes() != scratch.read_bytes():
        scratch.replace(path)
    else:
        scratch.unlink()
    return path


class Sounds:
    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.unavailable = False  # QtMultimedia could not be loaded: no tone can ever play here
        self._effects: dict[str, Any] = {}
        self._dir: tempfile.TemporaryDirectory[str] | None = None

    def play(self, kind: str) -> None:
        if not self.enabled or kind not in TONES:
            return
        if kind not in self._effects:
            from PySide6.QtCore import QUrl

            try:
                from PySide6.QtMultimedia import QSoundEffect
            except (ImportError, OSError):  # Windows N without the Media Feature Pack: the desk stays silent
                self.enabled, self.unavailable = False, True
                return

            try:
                path = tone_file(kind)
            except OSError:  # no writable cache folder: a temporary one, removed at the end
                if self._dir is None:
                    self._dir = tempfile.TemporaryDirectory(prefix="bimtek-desk-sounds-")
                path = Path(self._dir.name) / f"{kind}.wav"
                synthesise(path, TONES[kind])
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.8)
            self._effects[kind] = effect
        self._effects[kind].play()
