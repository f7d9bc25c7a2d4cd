"""Live results drawn with QPainter: bars for choices and scales, a word cloud for open
text, an ordered list for rankings. Text is drawn as plain text, never as markup."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from workshop_app.domain.bidi_text import isolated
from workshop_app.domain.polls import Poll, PollType, Tally

BAR = QColor("#2f7dd1")
TEXT = QColor("#ffffff")
MUTED = QColor("#c8d0da")
WORD_COLOURS = [QColor(c) for c in ("#7fc4ff", "#ffd166", "#8be0a4", "#ff9fb2", "#c9a7ff")]


class ResultsChart(QWidget):
    """Shows one poll's results; the window behind it is dark, so colours are fixed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.poll: Poll | None = None
        self.tally: Tally | None = None
        self.message = ""
        self.setMinimumSize(320, 200)
        self.setAccessibleName(self.tr("Poll results"))

    def show_results(self, poll: Poll | None, tally: Tally | None, message: str = "") -> None:
        self.poll, self.tally, self.message = poll, tally, message
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        base = max(12.0, min(rect.height() / 14, rect.width() / 28))
        if self.message or self.poll is None or self.tally is None:
            self._centered(painter, rect, self.message or "", base * 1.2, MUTED)
        elif self.tally.responses == 0:
            waiting = self.tr("Waiting for the first answers…")
            self._centered(painter, rect, waiting, base * 1.2, MUTED)
        elif self.poll.type in (
            PollType.SINGLE_CHOICE,
            PollType.MULTIPLE_CHOICE,
            PollType.DOT_VOTE,  # bars of the dots (or points) each option got
        ):
            self._bars(painter, rect, base, self.poll.options, self.tally.counts)
        elif self.poll.type == PollType.SCALE:
            self._columns(painter, rect, base)
        elif self.poll.type == PollType.RANKING:
            self._ranking(painter, rect, base)
        else:
            self._word_cloud(painter, rect, base)
        painter.end()

    # --- kinds --------------------------------------------------------------------------

    def _centered(
        self, painter: QPainter, rect: QRectF, text: str, size: float, colour: QColor
    ) -> None:
        painter.setFont(_font(size))
        painter.setPen(colour)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)

    def _bars(
        self, painter: QPainter, rect: QRectF, base: float, labels: list[str], counts: list[int]
    ) -> None:
        assert self.tally is not None
        n = max(1, len(labels))
        row = rect.height() / n
        size = min(base, row * 0.32)
        font = _font(size)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        label_width = (
            min(rect.width() * 0.38, max(metrics.horizontalAdvance(t) for t in labels) + size)
            if labels
            else 0
        )
        number_width = metrics.horizontalAdvance("100 % (9999)") + size
        bar_space = max(10.0, rect.width() - label_width - number_width)
        most = max(counts) if counts and max(counts) > 0 else 1
        # Dots: each option's share of all dots placed; choices: of the people answering.
        dots = self.poll is not None and self.poll.type == PollType.DOT_VOTE
        total = (sum(counts) if dots else self.tally.responses) or 1
        for index, label in enumerate(labels):
            count = counts[index] if index < len(counts) else 0
            top = rect.top() + index * row
            label_rect = QRectF(rect.left(), top, label_width - size / 2, row)
            painter.setPen(TEXT)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_rect.width())
            painter.drawText(
                label_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), elided
            )
            length = bar_space * count / most
            bar = QRectF(rect.left() + label_width, top + row * 0.18, max(length, 2), row * 0.64)
            painter.fillRect(bar, BAR)
            percent = round(100 * count / total)
            painter.drawText(
                QRectF(bar.right() + size / 2, top, number_width, row),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                f"{percent} % ({count})",
            )

    def _columns(self, painter: QPainter, rect: QRectF, base: float) -> None:
        assert self.tally is not None and self.poll is not None
        values = self.tally.scale_values
        counts = self.tally.counts
        n = max(1, len(values))
        size = min(base, rect.width() / n * 0.4)
        painter.setFont(_font(size))
        header = size * 3.8  # the average, and room for the count above the tallest bar
        footer = size * 3.6
        area = QRectF(
            rect.left(), rect.top() + header, rect.width(), rect.height() - header - footer
        )
        most = max(counts) if counts and max(counts) > 0 else 1
        column = area.width() / n
        painter.setPen(TEXT)
        if self.tally.mean is not None:
            painter.drawText(
                QRectF(rect.left(), rect.top(), rect.width(), header),
                int(Qt.AlignmentFlag.AlignCenter),
                self.tr("Average {mean} · median {median}").format(
                    mean=f"{self.tally.mean:g}", median=f"{self.tally.median:g}"
                ),
            )
        for index, value in enumerate(values):
            count = counts[index] if index < len(counts) else 0
            height = area.height() * count / most
            left = area.left() + index * column
            bar = QRectF(left + column * 0.15, area.bottom() - height, column * 0.7, height)
            painter.fillRect(bar, BAR)
            painter.drawText(
                QRectF(left, area.bottom(), column, size * 1.6),
                int(Qt.AlignmentFlag.AlignCenter),
                str(value),
            )
            if count:
                painter.drawText(
                    QRectF(left, bar.top() - size * 1.6, column, size * 1.5),
                    int(Qt.AlignmentFlag.AlignCenter),
                    str(count),
                )
        settings = self.poll.settings
        painter.setPen(MUTED)
        ends = QRectF(rect.left(), area.bottom() + size * 1.7, rect.width(), size * 1.6)
        painter.drawText(ends, int(Qt.AlignmentFlag.AlignLeft), settings.scale_min_label)
        painter.drawText(ends, int(Qt.AlignmentFlag.AlignRight), settings.scale_max_label)

    def _ranking(self, painter: QPainter, rect: QRectF, base: float) -> None:
        assert self.tally is not None and self.poll is not None
        ranking = self.tally.ranking
        n = max(1, len(ranking))
        row = rect.height() / n
        size = min(base * 1.1, row * 0.45)
        font = _font(size)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        for place, (option, mean_rank) in enumerate(ranking):
            top = rect.top() + place * row
            label = self.poll.options[option] if option < len(self.poll.options) else "?"
            painter.setPen(WORD_COLOURS[1] if place == 0 else TEXT)
            text = f"{place + 1}.  {label}"
            painter.drawText(
                QRectF(rect.left(), top, rect.width() * 0.75, row),
                int(Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() * 0.75),
            )
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(rect.left() + rect.width() * 0.75, top, rect.width() * 0.25, row),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                self.tr("average place {rank}").format(rank=f"{mean_rank:g}"),
            )

    def _word_cloud(self, painter: QPainter, rect: QRectF, base: float) -> None:
        assert self.tally is not None
        words = self.tally.words
        if not words:
            # Too few words for a cloud: show the latest answers themselves.
            lines = [isolated(text) for text in self.tally.texts[-8:]]
            self._centered(painter, rect, "\n".join(lines), base, TEXT)
            return
        most = words[0][1]
        scale = 1.0
        while scale > 0.3:
            placed = _flow(words, most, base * 2.6 * scale, base * 0.9 * scale, rect)
            if placed is not None:
                break
            scale *= 0.85
        if placed is None:
            return
        for index, (word, font, box) in enumerate(placed):
            painter.setFont(font)
            painter.setPen(WORD_COLOURS[index % len(WORD_COLOURS)])
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), isolated(word))


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(max(6.0, size))
    font.setBold(bold)
    return font


def _flow(
    words: list[tuple[str, int]], most: int, biggest: float, smallest: float, rect: QRectF
) -> list[tuple[str, QFont, QRectF]] | None:
    """Lay words out in centred lines, biggest first; None when they do not fit."""
    lines: list[list[tuple[str, QFont, float, float]]] = [[]]
    widths = [0.0]
    for word, count in words:
        size = smallest + (biggest - smallest) * (count / most if most else 0)
        font = _font(size, bold=count == most)
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(word) + size * 0.8
        height = metrics.height()
        if widths[-1] + width > rect.width() and lines[-1]:
            lines.append([])
            widths.append(0.0)
        lines[-1].append((word, font, width, height))
        widths[-1] += width
    heights = [max((h for *_, h in line), default=0.0) for line in lines]
    if sum(heights) > rect.height():
        return None
    placed: list[tuple[str, QFont, QRectF]] = []
    y = rect.top() + (rect.height() - sum(heights)) / 2
    for line, width, height in zip(lines, widths, heights, strict=True):
        x = rect.left() + (rect.width() - width) / 2
        for word, font, w, _h in line:
            placed.append((word, font, QRectF(x, y, w, height)))
            x += w
        y += height
    return placed
