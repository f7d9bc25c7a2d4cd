"""Live results drawn with QPainter: bars for choices and scales, a word cloud for open
text, an ordered list for rankings. Text is drawn as plain text, never as markup.

Everything is laid out first (``layout``: text boxes and bars for the current size), then
painted; tests read the same layout. Labels wrap and the type shrinks until all of it
fits: nothing is cut or ended with "…", no text overlaps another or a bar.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from workshop_app.domain.bidi_text import isolated
from workshop_app.domain.polls import Poll, PollType, Tally
from workshop_app.ui.widgets.stage_colours import DARK, StageColours
from workshop_app.ui.widgets.text_boxes import (
    CENTRE,
    LEFT,
    RIGHT,
    WRAP,
    TextBox,
    pixel_font,
    wrapped_height,
)
from workshop_app.ui.widgets.withheld_results import SmallGroupWords, mean_withheld

SHRINK = 0.92  # each try at fitting uses type this much smaller
SMALLEST = 11.0  # pixels: below this, text is cut rather than shrunk further


def percent_text(count: int, total: int) -> str:
    """A whole percent as the interface language writes it ("38%", "38 %" in French)."""
    share = round(100 * count / total) if total else 0
    return QCoreApplication.translate("ResultsChart", "{percent}%").format(percent=share)


@dataclass
class ChartLayout:
    texts: list[TextBox] = field(default_factory=list)
    bars: list[tuple[QRectF, QColor]] = field(default_factory=list)


class ResultsChart(QWidget):
    """Shows one poll's results on the stage colours (dark unless told otherwise)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.poll: Poll | None = None
        self.tally: Tally | None = None
        self.message = ""
        self.colours: StageColours = DARK
        self.text_cap: float | None = None  # largest type in pixels (below the question's)
        self.setMinimumSize(240, 160)
        self.small_groups = SmallGroupWords(self)
        self.setAccessibleName(self.tr("Poll results"))

    def show_results(self, poll: Poll | None, tally: Tally | None, message: str = "") -> None:
        self.poll, self.tally, self.message = poll, tally, message
        self.update()

    def set_colours(self, colours: StageColours) -> None:
        self.colours = colours
        self.update()

    def set_text_cap(self, pixels: float | None) -> None:
        self.text_cap = pixels
        self.update()

    def text_boxes(self) -> list[TextBox]:
        return self.layout_for(QRectF(self.rect())).texts

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        laid = self.layout_for(QRectF(self.rect()))
        for bar, colour in laid.bars:
            painter.fillRect(bar, colour)
        for box in laid.texts:
            box.paint(painter)
        painter.end()

    # --- layout -------------------------------------------------------------------------

    def _base(self, rect: QRectF) -> float:
        base = max(SMALLEST, min(rect.height() / 9, rect.width() / 22))
        return min(base, self.text_cap) if self.text_cap else base

    def layout_for(self, widget_rect: QRectF) -> ChartLayout:
        rect = widget_rect.adjusted(8, 8, -8, -8)
        base = self._base(rect)
        poll, tally = self.poll, self.tally
        if self.message or poll is None or tally is None:
            return _centred(rect, self.message or "", base, QColor(self.colours.muted))
        if (withheld := self.small_groups.withheld_text(tally)) is not None:
            # Fewer answers than the minimum group size: the count, nothing else.
            return _centred(rect, withheld, base, QColor(self.colours.muted))
        if poll.type in (
            PollType.SINGLE_CHOICE,
            PollType.MULTIPLE_CHOICE,
            PollType.DOT_VOTE,  # bars of the dots (or points) each option got
        ):
            return self._bars(rect, base, poll.options, tally)
        if poll.type == PollType.SCALE:
            return self._columns(rect, base, poll, tally)
        if poll.type == PollType.RANKING:
            return self._ranking(rect, base, poll, tally)
        return self._word_cloud(rect, base, tally)

    def _bars(self, rect: QRectF, base: float, labels: list[str], tally: Tally) -> ChartLayout:
        """Each option's label over its bar, both the full width; the share after the bar."""
        counts = tally.counts
        most = max(counts, default=0) or 1
        # Dots: each option's share of all dots placed; choices: of the people answering.
        dots = self.poll is not None and self.poll.type == PollType.DOT_VOTE
        total = sum(counts) if dots else tally.responses
        size = base
        while True:
            font = pixel_font(size)
            metrics = QFontMetricsF(font)
            number_width = (
                max(
                    metrics.horizontalAdvance(f"{percent_text(100, 100)} (9999)"),
                    metrics.horizontalAdvance(self.small_groups.widest_text(tally)),
                )
                + size
            )
            bar_height = max(size * 1.15, metrics.height() + 1)
            gap = size * 0.55
            heights = [wrapped_height(isolated(label), font, rect.width()) for label in labels]
            needed = sum(h + bar_height + gap for h in heights) - gap
            if needed <= rect.height() or size <= SMALLEST:
                break
            size *= SHRINK
        laid = ChartLayout()
        top = rect.top() + max(0.0, (rect.height() - needed) / 2)
        text, leader = QColor(self.colours.ink), QColor(self.colours.bar_leader)
        bar_colour = QColor(self.colours.bar)
        for index, label in enumerate(labels):
            count = counts[index] if index < len(counts) else 0
            label_rect = QRectF(rect.left(), top, rect.width(), heights[index])
            laid.texts.append(TextBox(isolated(label), label_rect, font, text, WRAP | LEFT))
            top += heights[index]
            room = max(2.0, rect.width() - number_width)
            length = max(2.0, room * count / most)
            laid.bars.append(
                (
                    QRectF(rect.left(), top + bar_height * 0.1, length, bar_height * 0.8),
                    leader if count == most and count > 0 else bar_colour,
                )
            )
            small = self.small_groups.count_text(tally, index)
            number = small if small is not None else f"{percent_text(count, total)} ({count})"
            number_rect = QRectF(rect.left() + length + size * 0.4, top, number_width, bar_height)
            laid.texts.append(TextBox(number, number_rect, font, text, LEFT))
            top += bar_height + gap
        return laid

    def _columns(self, rect: QRectF, base: float, poll: Poll, tally: Tally) -> ChartLayout:
        """A column per scale value; the average on its own line above the tallest count."""
        values, counts = tally.scale_values, tally.counts
        n = max(1, len(values))
        column = rect.width() / n
        size = min(base, column * 0.42)
        font = pixel_font(size)
        line = QFontMetricsF(font).height() * 1.15
        settings = poll.settings
        end_width = rect.width() / 2 - size
        ends_height = max(
            wrapped_height(settings.scale_min_label, font, end_width)
            if settings.scale_min_label
            else 0,
            wrapped_height(settings.scale_max_label, font, end_width)
            if settings.scale_max_label
            else 0,
        )
        laid = ChartLayout()
        text, muted = QColor(self.colours.ink), QColor(self.colours.muted)
        summary_bottom = rect.top()
        summary = ""
        if mean_withheld(tally):
            summary = self.small_groups.median_only_text(tally)
        elif tally.mean is not None:
            summary = self.tr("Average {mean} · median {median}").format(
                mean=f"{tally.mean:g}", median=f"{tally.median:g}"
            )
        if summary:
            summary_rect = QRectF(rect.left(), rect.top(), rect.width(), line)
            laid.texts.append(TextBox(summary, summary_rect, font, text, CENTRE))
            summary_bottom = summary_rect.bottom() + size * 0.4
        # The count above a bar needs its line: the tallest bar starts one line lower.
        area_top = summary_bottom + line
        area_bottom = rect.bottom() - line - (ends_height + size * 0.3 if ends_height else 0)
        area_height = max(1.0, area_bottom - area_top)
        most = max(counts, default=0) or 1
        bar_colour = QColor(self.colours.bar)
        for index, value in enumerate(values):
            count = counts[index] if index < len(counts) else 0
            height = area_height * count / most
            left = rect.left() + index * column
            bar = QRectF(left + column * 0.15, area_bottom - height, column * 0.7, height)
            small = self.small_groups.short_count_text(tally, index)
            if count or small is not None:
                if count:
                    laid.bars.append((bar, bar_colour))
                above = QRectF(left, bar.top() - line, column, line)
                shown_count = small if small is not None else str(count)
                laid.texts.append(TextBox(shown_count, above, font, text, CENTRE))
            below = QRectF(left, area_bottom, column, line)
            laid.texts.append(TextBox(str(value), below, font, text, CENTRE))
        ends_top = area_bottom + line + size * 0.3
        for label, align, left in (
            (settings.scale_min_label, LEFT, rect.left()),
            (settings.scale_max_label, RIGHT, rect.right() - end_width),
        ):
            if label:
                box = QRectF(left, ends_top, end_width, ends_height)
                laid.texts.append(TextBox(label, box, font, muted, WRAP | align))
        return laid

    def _ranking(self, rect: QRectF, base: float, poll: Poll, tally: Tally) -> ChartLayout:
        ranking = tally.ranking
        size = base
        label_width = rect.width() * 0.7
        options = poll.options
        texts = [
            f"{place + 1}.  {isolated(options[option]) if option < len(options) else '?'}"
            for place, (option, _rank) in enumerate(ranking)
        ]
        while True:
            font = pixel_font(size)
            gap = size * 0.5
            heights = [wrapped_height(t, font, label_width) for t in texts]
            needed = sum(h + gap for h in heights) - gap
            if needed <= rect.height() or size <= SMALLEST:
                break
            size *= SHRINK
        laid = ChartLayout()
        top = rect.top() + max(0.0, (rect.height() - needed) / 2)
        for place, ((_option, mean_rank), text, height) in enumerate(
            zip(ranking, texts, heights, strict=True)
        ):
            colour = QColor(self.colours.bar_leader if place == 0 else self.colours.ink)
            laid.texts.append(
                TextBox(
                    text, QRectF(rect.left(), top, label_width, height), font, colour, WRAP | LEFT
                )
            )
            rank = self.tr("average place {rank}").format(rank=f"{mean_rank:g}")
            rank_rect = QRectF(
                rect.left() + label_width + size, top, rect.width() - label_width - size, height
            )
            laid.texts.append(
                TextBox(rank, rank_rect, font, QColor(self.colours.muted), WRAP | RIGHT)
            )
            top += height + gap
        return laid

    def _word_cloud(self, rect: QRectF, base: float, tally: Tally) -> ChartLayout:
        words = tally.words
        if not words:
            if not tally.texts:
                waiting = self.tr("No answers yet.")
                return _centred(rect, waiting, base, QColor(self.colours.muted))
            # Too few words for a cloud: show the latest answers themselves.
            lines = "\n".join(isolated(text) for text in tally.texts[-8:])
            return _centred(rect, lines, base, QColor(self.colours.ink))
        most = words[0][1]
        # The commonest word may be larger than other text, but stays below the question.
        biggest = min(base * 2.2, self.text_cap * 1.15) if self.text_cap else base * 2.2
        scale = 1.0
        placed = None
        while placed is None and scale > 0.2:
            placed = _flow(words, most, biggest * scale, base * 0.8 * scale, rect)
            scale *= 0.85
        laid = ChartLayout()
        colours = self.colours.words
        for index, (word, size, bold, box) in enumerate(placed or []):
            colour = QColor(colours[index % len(colours)])
            laid.texts.append(TextBox(isolated(word), box, pixel_font(size, bold), colour, CENTRE))
        return laid


def _centred(rect: QRectF, text: str, base: float, colour: QColor) -> ChartLayout:
    size = base * 1.1
    while True:
        font = pixel_font(size)
        height = wrapped_height(text, font, rect.width()) if text else 0.0
        if height <= rect.height() or size <= SMALLEST:
            break
        size *= SHRINK
    laid = ChartLayout()
    if text:
        laid.texts.append(TextBox(text, QRectF(rect), font, colour, CENTRE | WRAP))
    return laid


def _flow(
    words: list[tuple[str, int]], most: int, biggest: float, smallest: float, rect: QRectF
) -> list[tuple[str, float, bool, QRectF]] | None:
    """Lay words out in centred lines, biggest first; None when they do not fit."""
    lines: list[list[tuple[str, float, bool, float, float]]] = [[]]
    widths = [0.0]
    for word, count in words:
        size = smallest + (biggest - smallest) * (count / most if most else 0)
        bold = count == most
        metrics = QFontMetricsF(pixel_font(size, bold))
        width = metrics.horizontalAdvance(isolated(word)) + size * 0.8
        if width > rect.width():
            return None
        height = metrics.height()
        if widths[-1] + width > rect.width() and lines[-1]:
            lines.append([])
            widths.append(0.0)
        lines[-1].append((word, size, bold, width, height))
        widths[-1] += width
    heights = [max((h for *_, h in line), default=0.0) for line in lines]
    if sum(heights) > rect.height():
        return None
    placed: list[tuple[str, float, bool, QRectF]] = []
    y = rect.top() + (rect.height() - sum(heights)) / 2
    for line, width, height in zip(lines, widths, heights, strict=True):
        x = rect.left() + (rect.width() - width) / 2
        for word, size, bold, w, _h in line:
            placed.append((word, size, bold, QRectF(x, y, w, height)))
            x += w
        y += height
    return placed
