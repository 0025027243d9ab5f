"""The Statistik area: live counts and two charts (QtCharts), refreshed at most
every two seconds however fast scans come in."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QPainter
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bimtek_desk.gui.change_watch import ChangeWatch
from bimtek_desk.gui.sessions import session_box
from bimtek_desk.reports.stats import Stats, compute
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event


def nice_axis(largest: float, max_ticks: int = 6) -> tuple[int, int]:
    """(top, tick count) for a count axis: round steps of 1, 2 or 5 × 10ⁿ, whole numbers
    only, a little room above the tallest bar for its value label.  An empty chart
    gets 0–5 rather than ticks such as 0, 0.25, 0.5."""
    if largest <= 0:
        return 5, 6
    target = largest * 1.12  # room for the value label above the tallest bar
    magnitude = 1
    while True:
        for step in (magnitude, 2 * magnitude, 5 * magnitude):
            if math.ceil(target / step) <= max_ticks - 1:
                top = math.ceil(target / step) * step
                return top, top // step + 1
        magnitude *= 10


class StatsPanel(QWidget):
    def __init__(self, store: Store, event: Event, parent: QWidget | None = None, *,
                 session_id: int | None = None) -> None:
        super().__init__(parent)
        self.store, self.ev = store, event
        self.stats: Stats | None = None
        self.session_box = session_box(store, event.id, session_id)
        self.first_focus = self.session_box
        self.session_box.currentIndexChanged.connect(self.refresh)
        self.numbers = QLabel()
        self.numbers.setStyleSheet("font-size: 15pt;")
        self.numbers.setTextFormat(Qt.TextFormat.RichText)
        self.kec_chart = QChart()
        self.kec_chart.setTitle(self.tr("Kehadiran per kecamatan"))
        self.arrival_chart = QChart()
        self.arrival_chart.setTitle(self.tr("Kedatangan per 10 menit"))
        self.arrival_chart.legend().hide()
        views = []
        for chart in (self.kec_chart, self.arrival_chart):
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            views.append(view)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sesi:")))
        top.addWidget(self.session_box)
        top.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(views[0], 0, 0)
        grid.addWidget(views[1], 0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.numbers)
        layout.addLayout(grid, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(2000)
        self._timer.timeout.connect(self.refresh)
        ChangeWatch.of(store).changed.connect(self.schedule_refresh)  # other desks' scans, merges
        self.refresh()

    def schedule_refresh(self) -> None:
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        session_id = self.session_box.currentData()
        session = self.store.events.session(self.ev.id, session_id) if session_id is not None else None
        st = compute(self.store, self.ev, session)
        self.stats = st
        parts = [self.tr("Terdaftar: <b>%1</b>").replace("%1", str(st.registered))]
        for s, n in st.per_session:
            parts.append(f"{s.key}: <b>{n}</b> " + self.tr("hadir"))
        parts.append(self.tr("Layak sertifikat: <b>%1</b>").replace("%1", str(st.eligible)))
        self.numbers.setText("  ·  ".join(parts))
        self._bars(self.kec_chart, [k.replace("Banjarmasin ", "") for k, _, _ in st.per_kecamatan],
                   [(self.tr("Terdaftar"), [r for _, r, _ in st.per_kecamatan], "#9CA3AF"),
                    (self.tr("Hadir"), [p for _, _, p in st.per_kecamatan], "#15803D")])
        if st.arrivals:
            self.arrival_chart.setTitle(self.tr("Kedatangan per 10 menit"))
            self._bars(self.arrival_chart, [t for t, _ in st.arrivals],
                       [(self.tr("Datang"), [n for _, n in st.arrivals], "#1D4ED8")])
        else:
            self.arrival_chart.setTitle(self.tr("Kedatangan per 10 menit — belum ada yang datang"))
            self._bars(self.arrival_chart, [], [])

    @staticmethod
    def _bars(chart: QChart, categories: list[str], sets: list[tuple[str, list[int], str]]) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QBarSeries()
        series.setLabelsVisible(True)  # the number on each bar
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        largest = 0
        for label, values, colour in sets:
            bar = QBarSet(label)
            bar.setColor(QColor(colour))
            bar.setLabelColor(QColor("#111827"))
            bar.append([float(v) for v in values])
            series.append(bar)
            largest = max([largest, *values])
        chart.addSeries(series)
        x = QBarCategoryAxis()
        if categories:
            x.append(categories)
        top, ticks = nice_axis(largest)
        y = QValueAxis()
        y.setRange(0, top)
        y.setTickCount(ticks)
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
