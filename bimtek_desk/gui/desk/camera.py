"""Webcam scanning: QtMultimedia frames decoded with zxing-cpp off the UI thread.

Frames arrive on a QVideoSink (from a camera, or from a test); at most one frame
is being decoded at a time (later frames are dropped meanwhile), decoding runs
on a QThreadPool worker, and each decoded QR text is emitted as ``decoded`` on
the UI thread, into the same path as the scanner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

if TYPE_CHECKING:  # QtMultimedia is imported only when a camera is used: it is missing on Windows N
    from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QVideoFrame


def decode_image(image: QImage) -> list[str]:
    """Every QR code in an image (any orientation, blurred or small; no phantom inside a real one)."""
    from bimtek_desk.scanning import qrfound

    return qrfound.read(image.convertToFormat(QImage.Format.Format_Grayscale8))


class _Result(QObject):
    done = Signal(list)


class _DecodeJob(QRunnable):
    def __init__(self, image: QImage, result: _Result) -> None:
        super().__init__()
        self.image, self.result = image, result

    def run(self) -> None:  # worker thread: no widgets here
        try:
            texts = decode_image(self.image)
        except Exception:  # noqa: BLE001  # a bad frame must never stop the desk
            texts = []
        self.result.done.emit(texts)


class FrameDecoder(QObject):
    """Signals:
        decoded(str): a QR text seen in a frame.
    """

    decoded = Signal(str)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        from PySide6.QtMultimedia import QVideoSink

        super().__init__(parent)
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self.on_frame)
        self.pool = pool or QThreadPool.globalInstance()
        self._busy = False
        self._result = _Result(self)
        self._result.done.connect(self._on_done)
        self.frames_seen = 0
        self.frames_decoded = 0

    def on_frame(self, frame: QVideoFrame) -> None:
        self.frames_seen += 1
        if self._busy or not frame.isValid():
            return
        image = frame.toImage()
        if image.isNull():
            return
        self._busy = True
        self.pool.start(_DecodeJob(image, self._result))

    def _on_done(self, texts: list[str]) -> None:
        self._busy = False
        self.frames_decoded += 1
        for t in texts:
            self.decoded.emit(t)


class Camera(QObject):
    """The first video input, if there is one."""

    decoded = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.decoder = FrameDecoder(self)
        self.decoder.decoded.connect(self.decoded)
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None

    @staticmethod
    def available() -> bool:
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.videoInputs())

    def start(self) -> bool:
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices

        inputs = QMediaDevices.videoInputs()
        if not inputs:
            return False
        camera, session = QCamera(inputs[0], self), QMediaCaptureSession(self)
        session.setCamera(camera)
        session.setVideoSink(self.decoder.sink)
        camera.start()
        self._camera, self._session = camera, session
        return True

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
