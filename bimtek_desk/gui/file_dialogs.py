"""File choosers that start where the committee works: the folder used last on this
laptop, else Documents; never the program's own folder, where a Start-menu launch
leaves the working directory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from bimtek_desk.device import settings
from bimtek_desk.errors import UserError

KEY = "last_folder"  # in the laptop's settings (device/settings.py)


def start_folder() -> Path:
    last = settings.load().get(KEY)
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def _remember(folder: Path) -> None:
    try:
        settings.save({KEY: str(folder)})
    except UserError:
        pass  # settings that cannot be written: the next chooser starts in Documents again


def open_file(parent: QWidget | None, title: str, filter_: str) -> str:
    """A file to read, or '' when the chooser was cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filter_)
    if path:
        _remember(Path(path).parent)
    return path


def save_file(parent: QWidget | None, title: str, name: str, filter_: str) -> str:
    """Where to write ``name`` (proposed in the start folder), or ''."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder() / name), filter_)
    if path:
        _remember(Path(path).parent)
    return path


def choose_folder(parent: QWidget | None, title: str) -> str:
    folder = QFileDialog.getExistingDirectory(parent, title, str(start_folder()))
    if folder:
        _remember(Path(folder))
    return folder
