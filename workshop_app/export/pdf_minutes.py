"""PDF minutes with reportlab: cover, agenda as run, notes and results per item,
action items, and an appendix on method and anonymity with the results' SHA-256.

The fixed words come from minutes_catalogue, in the workshop's language; what people typed
(titles, notes, answers) is never translated, only escaped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from workshop_app import __version__
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.polls import PollType
from workshop_app.domain.small_groups import Cell, ShownTally
from workshop_app.export.channel_words import ChannelWords
from workshop_app.export.cover_facts import clock_or_dash, cover_facts
from workshop_app.export.fonts import BOLD, REGULAR, register_fonts
from workshop_app.export.idea_minutes import count_key
from workshop_app.export.minutes_catalogue import MinutesWords
from workshop_app.export.minutes_data import (
    ItemMinutes,
    Letterhead,
    MinutesData,
    PollResult,
    scale_rows,
)
from workshop_app.export.pdf_comparison import comparison_flowables, room_checksum_flowables
from workshop_app.export.pdf_idea_blocks import idea_body
from workshop_app.export.pdf_layout import Paragraph, Table
from workshop_app.export.session_text import actual_span, duration_parts, merged_rooms, ran_text
from workshop_app.export.small_group_text import appendix_paragraphs
from workshop_app.export.text_safety import for_paragraph as esc

INK = colors.HexColor("#1d2430")
MUTED = colors.HexColor("#5b6472")
ACCENT = colors.HexColor("#1f4e8c")
RULE = colors.HexColor("#c9ced8")
SOFT = colors.HexColor("#eef2f8")
DECISION_BG = colors.HexColor("#fff4d6")
DECISION_EDGE = colors.HexColor("#d39b0a")
OVERRUN = colors.HexColor("#a3111b")
BAR = colors.HexColor("#2f6db5")
TOC_THRESHOLD = 4  # more items than this get a table of contents
NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
NARROW_SHARE = 0.628  # U+202F's advance over a space's in DejaVu Sans


def _narrow_spaces(markup: str, font_size: float) -> str:
    """Narrow no-break spaces ("79\u202f%" in French) as reportlab can print them.

    reportlab breaks lines at U+202F and widens it to a full space; a no-break space at
    the narrow space's width keeps the sign on the number's line and the gap narrow."""
    narrow = f'<font size="{font_size * NARROW_SHARE:.2f}">{NBSP}</font>'
    return markup.replace(NARROW_NBSP, narrow)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=10, leading=14, textColor=INK, bulletFontName=REGULAR
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=12),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontSize=9, leading=12, fontName=BOLD
        ),
        "cell_right": ParagraphStyle(
            "cell_right", parent=base, fontSize=9, leading=12, alignment=TA_RIGHT
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=24, leading=30, spaceAfter=6
        ),
        "letterhead": ParagraphStyle(
            "letterhead", parent=base, fontName=BOLD, fontSize=12, leading=16, spaceBefore=6
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=13, leading=18, textColor=ACCENT, spaceAfter=18
        ),
        "H1": ParagraphStyle(
            "H1",
            parent=base,
            fontName=BOLD,
            fontSize=15,
            leading=20,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=8,
            keepWithNext=1,
        ),
        "H2": ParagraphStyle(
            "H2",
            parent=base,
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "H3": ParagraphStyle(
            "H3",
            parent=base,
            fontName=BOLD,
            fontSize=10,
            leading=13,
            textColor=MUTED,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "meta": ParagraphStyle(
            "meta", parent=base, fontSize=9, leading=12, textColor=MUTED, spaceAfter=6
        ),
        # Upright: the oblique face lacks Arabic and other scripts a quote may be in.
        "quote": ParagraphStyle("quote", parent=base, leftIndent=12, textColor=MUTED),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2),
        "answer": ParagraphStyle("answer", parent=base, leftIndent=12, firstLineIndent=-10),
        "decision": ParagraphStyle("decision", parent=base, fontName=BOLD),
        "hash": ParagraphStyle("hash", parent=base, fontSize=8, leading=11, fontName=REGULAR),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "overrun": ParagraphStyle(
            "overrun",
            parent=base,
            fontSize=9,
            leading=12,
            alignment=TA_RIGHT,
            fontName=BOLD,
            textColor=OVERRUN,
        ),
        "figure": ParagraphStyle("figure", parent=base, fontSize=9, leading=12),
    }


# --- page furniture ---------------------------------------------------------------------


class _NumberedCanvas(Canvas):
    """Draws "Page N of M" once the page count is known."""

    words = MinutesWords(None)  # set per document by _canvas_maker

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR  # not Helvetica
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(REGULAR, 8)
            self.setFillColor(MUTED)
            self.drawRightString(
                A4[0] - 2 * cm,
                1.2 * cm,
                self.words("page_of", page=self._pageNumber, total=total),
            )
            super().showPage()
        super().save()


def _canvas_maker(words: MinutesWords) -> type[_NumberedCanvas]:
    # reportlab builds the canvas itself from a class, so the words ride on a subclass.
    return type("_WordedCanvas", (_NumberedCanvas,), {"words": words})


def _not_drawn(*args: Any, **kwargs: Any) -> None:
    pass


class _LayoutFrame(Frame):
    """The page's frame; while ``layout_only``, it places flowables without drawing them."""

    layout_only = False

    def add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> int:
        if not self.layout_only:
            return int(self._add(flowable, canv, trySplit))
        # This pass only: the instance's attribute hides the method (set in __dict__, as
        # a Drawing refuses attributes it does not know).
        flowable.__dict__["drawOn"] = _not_drawn
        try:
            return int(self._add(flowable, canv, trySplit))
        finally:
            del flowable.__dict__["drawOn"]


class _MinutesDoc(BaseDocTemplate):
    def __init__(
        self,
        filename: str,
        data: MinutesData,
        words: MinutesWords,
        layout_pass: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(filename, pagesize=A4, **kwargs)
        self.data = data
        self.words = words
        frame = _LayoutFrame(2 * cm, 2 * cm, A4[0] - 4 * cm, A4[1] - 4.2 * cm, id="body")
        # With a table of contents, the first pass only finds the headings' pages: its
        # pages are thrown away, so it places everything without drawing it (drawing is
        # about half of a pass), and the second pass draws.
        frame.layout_only = layout_pass
        self._frame = frame
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=self._cover_page),
                PageTemplate("page", [frame], onPage=self._page),
            ]
        )

    def _cover_page(self, canvas: Canvas, doc: Any) -> None:
        self._footer(canvas)

    def _page(self, canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        title = self.data.workshop.title
        if len(title) > 80:
            title = title[:79] + "…"
        canvas.drawString(2 * cm, A4[1] - 1.3 * cm, title)
        canvas.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm, self.words("minutes"))
        canvas.setStrokeColor(RULE)
        canvas.line(2 * cm, A4[1] - 1.5 * cm, A4[0] - 2 * cm, A4[1] - 1.5 * cm)
        canvas.restoreState()
        self._footer(canvas)

    def _footer(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        at = self.data.generated_at
        generated = self.words(
            "generated", date=self.words.plain_date(at), time=self.words.clock(at)
        )
        canvas.drawString(2 * cm, 1.2 * cm, generated)
        canvas.restoreState()

    def _allSatisfied(self) -> bool:
        # A pass that drew nothing is never the one saved, whatever the contents say.
        if self._frame.layout_only:
            self._frame.layout_only = False
            return False
        return bool(super()._allSatisfied())

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Paragraph) and flowable.style.name == "H1":
            text = flowable.getPlainText()
            key = f"h{self.seq.nextf('heading')}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=0)
            self.notify("TOCEntry", (0, text, self.page, key))


# --- building blocks ----------------------------------------------------------------------


def _fmt_minutes(value: float | None, words: MinutesWords) -> str:
    if value is None:
        return "—"
    return words("n_min", n=round(value))


def _cover(data: MinutesData, s: dict[str, ParagraphStyle], words: MinutesWords) -> list[Flowable]:
    w = data.workshop
    rows = cover_facts(data, words)
    table = Table(
        [[Paragraph(esc(k), s["cell_bold"]), Paragraph(esc(v), s["cell"])] for k, v in rows],
        colWidths=[3.5 * cm, None],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story: list[Flowable] = [
        *_letterhead(data.letterhead, s),
        Paragraph(esc(words("minutes")), s["subtitle"]),
        Paragraph(esc(w.title), s["title"]),
    ]
    if w.description:
        story.append(Paragraph(esc(w.description), s["body"]))
    story += [Spacer(1, 1 * cm), table]
    return story


def _letterhead(letterhead: Letterhead, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Logo and organisation at the top of the cover; the same blank space without them."""
    parts: list[Flowable] = []
    logo = _logo(letterhead.logo)
    if logo is not None:
        parts.append(logo)
    if letterhead.organisation:
        parts.append(Paragraph(esc(letterhead.organisation), s["letterhead"]))
    if not parts:
        return [Spacer(1, 3 * cm)]
    return [*parts, Spacer(1, 1.5 * cm)]


def _logo(path: Path | None) -> Image | None:
    """The logo scaled into 6 × 2.5 cm; None when it is missing or not an image, so the
    minutes are still written (Settings checks the image when it is chosen)."""
    if path is None:
        return None
    try:
        width, height = ImageReader(str(path)).getSize()
    except (OSError, ValueError):
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(6 * cm / width, 2.5 * cm / height)
    image = Image(str(path), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def _agenda_table(
    data: MinutesData, s: dict[str, ParagraphStyle], words: MinutesWords
) -> list[Flowable]:
    header = ["#", *(words(k) for k in ("item", "planned", "actual", "planned_min", "actual_min"))]
    rows: list[list[Any]] = [[Paragraph(esc(h), s["cell_bold"]) for h in header]]
    overruns = []
    durations: list[str] = []
    for it in data.items:
        over = it.overrun_minutes
        # No-break spaces: "12 min (+2)" is one unit and never wraps; several sessions'
        # (or rooms') minutes stand one under another.
        parts = duration_parts(it, words, NBSP)
        if over >= 1:
            overruns.append(len(rows))
        durations += parts
        rows.append(
            [
                Paragraph(str(it.number), s["cell"]),
                Paragraph(esc(it.item.title), s["cell"]),
                Paragraph(
                    f"{clock_or_dash(it.planned_start)}–{clock_or_dash(it.planned_end)}", s["cell"]
                ),
                Paragraph(esc(actual_span(it, data, words)), s["cell"]),
                Paragraph(f"{it.item.planned_minutes}", s["cell_right"]),
                Paragraph(
                    "<br/>".join(esc(part) for part in parts),
                    s["overrun" if over >= 1 else "cell_right"],
                ),
            ]
        )
    # The duration column is as wide as its longest entry (bold, as overruns print).
    widest = max((stringWidth(text, BOLD, 9) for text in durations), default=0)
    duration_width = max(2.3 * cm, widest + 14)
    # The "#" column fits the longest item number ("39" broke into "3 / 9").
    numbers = (stringWidth(str(it.number), REGULAR, 9) for it in data.items)
    number_width = max(0.8 * cm, max(numbers, default=0) + 14)
    table = Table(
        rows,
        colWidths=[number_width, None, 2.7 * cm, 2.7 * cm, 1.9 * cm, duration_width],
        repeatRows=1,
    )
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), SOFT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR), *style]))
    story: list[Flowable] = [Paragraph(esc(words("agenda_as_run")), s["H1"]), table]
    if overruns:
        story.append(Spacer(1, 4))
        story.append(Paragraph(esc(words("overrun_explained")), s["small"]))
    return story


def _bar_table(
    labels: list[str],
    counts: list[int],
    total: int,
    s: dict[str, ParagraphStyle],
    width: float,
    words: MinutesWords,
    shown: ShownTally | None = None,
) -> Table:
    bar_width = width * 0.38
    peak = max(counts) if counts and max(counts) > 0 else 1
    rows = []
    figures: list[str] = []
    k = shown.min_group if shown is not None else 1
    for index, (label, count) in enumerate(zip(labels, counts, strict=False)):
        cell = shown.cell(index) if shown is not None else Cell.EXACT
        drawing = Drawing(bar_width, 10, initialFontName=REGULAR)
        drawing.add(Rect(0, 1, bar_width, 8, fillColor=SOFT, strokeColor=None))
        if count:
            drawing.add(Rect(0, 1, bar_width * count / peak, 8, fillColor=BAR, strokeColor=None))
        share = words.shown_percent(count, cell, total)
        figure = (
            f"{count}{NBSP}({share})"
            if cell is Cell.EXACT
            else words.shown_count(count, cell, k).replace(" ", NBSP)
        )
        figures.append(figure)
        rows.append(
            [
                Paragraph(esc(label), s["cell"]),
                drawing,
                Paragraph(_narrow_spaces(figure, 9), s["cell_right"]),
            ]
        )
    # "fewer than 5" in French or German is wider than "26 (79 %)": never wrapped.
    figure_width = max([2.4 * cm] + [stringWidth(f, REGULAR, 9) + 12 for f in figures])
    table = Table(rows, colWidths=[width - bar_width - figure_width, bar_width + 6, figure_width])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _scale_chart(result: PollResult, width: float) -> Drawing:
    t = result.tally
    drawing = Drawing(width, 4.2 * cm, initialFontName=REGULAR)
    chart = VerticalBarChart()
    chart.x, chart.y = 1.0 * cm, 0.8 * cm
    chart.width, chart.height = width - 1.5 * cm, 3.0 * cm
    chart.data = [t.counts or [0]]
    chart.categoryAxis.categoryNames = [str(v) for v in t.scale_values] or ["–"]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    # The counts are printed as text right below the chart (what a screen reader and
    # pdftotext read), so the drawing carries no numbers of its own but the scale steps.
    chart.valueAxis.visibleLabels = False
    chart.valueAxis.valueMin = 0
    peak = max(t.counts) if t.counts else 0
    chart.valueAxis.valueMax = max(1, peak)
    chart.valueAxis.valueStep = max(1, (peak + 3) // 4)
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    return drawing


def scale_figures(result: PollResult, words: MinutesWords) -> list[str]:
    """One line per scale step: "1 (Not safe at all): 13 (35%)"."""
    total, k = result.tally.responses, result.tally.min_group
    return [
        f"{row.value}{f' ({row.label})' if row.label else ''}: "
        + (
            f"{row.count} ({words.percent(row.count, total)})"
            if row.cell is Cell.EXACT
            else words.shown_count(row.count, row.cell, k)
        )
        for row in scale_rows(result)
    ]


def _poll_block(
    result: PollResult, s: dict[str, ParagraphStyle], width: float, words: MinutesWords
) -> list[Flowable]:
    poll, t = result.poll, result.tally
    title = f"{words('poll_number', number=result.number)} · {words.poll_type(poll.type)}"
    head = [Paragraph(esc(title), s["H3"]), Paragraph(esc(poll.question), s["H2"])]
    count = words.count(count_key(poll), t.responses)
    if result.hidden:
        count += f" ({words.count('hidden_long', result.hidden)})"
    count += f" · {words.min_group(t.min_group)}"
    head.append(Paragraph(esc(count), s["meta"]))
    channel_line = ChannelWords(words.language).poll_line(result)
    if channel_line:
        head.append(Paragraph(esc(channel_line), s["meta"]))
    body: list[Flowable] = []
    if t.responses == 0:
        body.append(Paragraph(esc(words("no_responses")), s["small"]))
    elif t.withheld:
        body.append(Paragraph(esc(words.withheld(t)), s["body"]))
    elif poll.type in (PollType.IDEA_WALL, PollType.DOT_VOTE):
        body += idea_body(result, s, width, words, _bar_table)
    elif poll.type in (PollType.SINGLE_CHOICE, PollType.MULTIPLE_CHOICE):
        body.append(_bar_table(poll.options, t.counts, t.responses, s, width, words, t))
        if poll.type == PollType.MULTIPLE_CHOICE:
            limit = poll.settings.max_choices
            note = (
                words("several_choices_limit", limit=limit) if limit else words("several_choices")
            )
            body.append(Paragraph(esc(note), s["small"]))
    elif poll.type == PollType.SCALE:
        body.append(_scale_chart(result, width))
        body += [
            Paragraph(_narrow_spaces(esc(line), 9), s["figure"])
            for line in scale_figures(result, words)
        ]
        body.append(Spacer(1, 4))
        mean, median = words.number(t.mean), words.short_number(t.median)
        if t.mean_withheld:
            line = esc(words("median_only", median=median, k=t.min_group))
        else:
            line = (
                f"{esc(words('mean'))} <b>{mean}</b> · {esc(words('median'))} "
                f"<b>{median}</b> · n = {t.responses}"
            )
        body.append(Paragraph(line, s["body"]))
    elif poll.type == PollType.RANKING:
        rows = [
            [
                Paragraph(esc(words("rank")), s["cell_bold"]),
                Paragraph(esc(words("option")), s["cell_bold"]),
                Paragraph(esc(words("mean_position")), s["cell_bold"]),
            ]
        ]
        for rank, (option, score) in enumerate(t.ranking, start=1):
            rows.append(
                [
                    Paragraph(str(rank), s["cell"]),
                    Paragraph(esc(poll.options[option]), s["cell"]),
                    Paragraph(words.number(score), s["cell_right"]),
                ]
            )
        table = Table(rows, colWidths=[1.4 * cm, None, 3 * cm])
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ]
            )
        )
        body.append(table)
        body.append(Paragraph(esc(words("mean_position_explained")), s["small"]))
    else:
        if t.words:
            frequent = " · ".join(f"{esc(w)} ({c})" for w, c in t.words[:25])
            label = esc(words.label("frequent_words"))
            body.append(Paragraph(f"<b>{label}</b> {frequent}", s["body"]))
            body.append(Spacer(1, 4))
        # A dash in the text rather than a bullet: hundreds of answers lay out much faster.
        if merged_rooms(result):  # a rooms report: the answers are in each room's minutes
            body.append(Paragraph(esc(words("answers_in_rooms")), s["small"]))
        else:
            body += [Paragraph(f"– {esc(text)}", s["answer"]) for text in t.texts]
    body += comparison_flowables(result, s, width, words)  # several sessions or rooms
    return [KeepTogether(head + body[:1]), *body[1:], Spacer(1, 6)]


def _note_line(
    note: Note, data: MinutesData, s: dict[str, ParagraphStyle], words: MinutesWords
) -> Paragraph:
    text = esc(note.text)
    extra = []
    if note.kind == NoteKind.ACTION:
        if note.action_owner:
            extra.append(esc(words("owner_is", owner=note.action_owner)))
        if note.action_due:
            extra.append(esc(words("due_on", date=words.short_date(note.action_due))))
        extra.append(esc(words.action_status(note.action_status)))
    if note.poll_id is not None and note.poll_id in data.poll_labels:
        extra.append(esc(words("on_poll", label=data.poll_labels[note.poll_id])))
    if extra:
        text += f' <font color="#5b6472">({"; ".join(extra)})</font>'
    style = s["quote"] if note.kind == NoteKind.QUOTE else s["bullet"]
    return Paragraph(text, style, bulletText="•" if note.kind != NoteKind.QUOTE else None)


def _decisions_box(
    notes: list[Note], data: MinutesData, s: dict[str, ParagraphStyle], words: MinutesWords
) -> Table:
    rows = [[Paragraph(esc(words.note_heading(NoteKind.DECISION)), s["cell_bold"])]]
    for note in notes:
        text = esc(note.text)
        if note.poll_id is not None and note.poll_id in data.poll_labels:
            on_poll = esc(words("on_poll", label=data.poll_labels[note.poll_id]))
            text += f' <font color="#5b6472">({on_poll})</font>'
        rows.append([Paragraph(text, s["decision"], bulletText="✓")])
    table = Table(rows, colWidths=[None])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("BACKGROUND", (0, 0), (-1, -1), DECISION_BG),
                ("LINEBEFORE", (0, 0), (0, -1), 3, DECISION_EDGE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _notes_block(
    grouped: dict[NoteKind, list[Note]],
    data: MinutesData,
    s: dict[str, ParagraphStyle],
    words: MinutesWords,
) -> list[Flowable]:
    story: list[Flowable] = []
    for kind, notes in grouped.items():
        if kind == NoteKind.DECISION:
            story += [_decisions_box(notes, data, s, words), Spacer(1, 6)]
            continue
        story.append(Paragraph(esc(words.note_heading(kind)), s["H3"]))
        story += [_note_line(n, data, s, words) for n in notes]
    return story


def _item_section(
    it: ItemMinutes,
    data: MinutesData,
    s: dict[str, ParagraphStyle],
    width: float,
    words: MinutesWords,
) -> list[Flowable]:
    item = it.item
    story: list[Flowable] = [
        CondPageBreak(5 * cm),
        Paragraph(f"{it.number}. {esc(item.title)}", s["H1"]),
    ]
    planned = words(
        "planned_span",
        start=clock_or_dash(it.planned_start),
        end=clock_or_dash(it.planned_end),
        minutes=words("n_min", n=item.planned_minutes),
    )
    meta = [esc(words.method(item.method)), esc(planned)]
    ran = ran_text(it, data, words)
    if ran:
        meta.append(esc(ran))
    if it.overrun_minutes >= 1:
        over = esc(words("over_by", n=round(it.overrun_minutes)))
        meta.append(f'<font color="#a3111b">{over}</font>')
    story.append(Paragraph(" · ".join(meta), s["meta"]))
    if item.goal:
        goal = esc(words.label("goal"))
        story.append(Paragraph(f"<b>{goal}</b> {esc(item.goal)}", s["body"]))
        story.append(Spacer(1, 4))
    story += _notes_block(it.notes, data, s, words)
    for result in it.polls:
        story += _poll_block(result, s, width, words)
    if not it.notes and not it.polls:
        story.append(Paragraph(esc(words("no_notes")), s["small"]))
    return story


ACTIONS_PER_TABLE = 40


def _actions_table(
    data: MinutesData, s: dict[str, ParagraphStyle], words: MinutesWords
) -> list[Flowable]:
    heading = esc(words.note_heading(NoteKind.ACTION))
    story: list[Flowable] = [PageBreak(), Paragraph(heading, s["H1"])]
    if not data.actions:
        return [*story, Paragraph(esc(words("no_actions")), s["body"])]
    header = [words(k) for k in ("action", "owner", "due", "status", "item")]
    rows: list[list[Any]] = [[Paragraph(esc(h), s["cell_bold"]) for h in header]]
    # Owners and items repeat down the table: one paragraph each, laid out once (a
    # paragraph may stand in several cells of a column; each is drawn where it stands).
    repeated: dict[str, Paragraph] = {}

    def shared(text: str) -> Paragraph:
        if text not in repeated:
            repeated[text] = Paragraph(esc(text), s["cell"])
        return repeated[text]

    for note, item_title in data.actions:
        due = words.short_date(note.action_due) if note.action_due else "—"
        rows.append(
            [
                Paragraph(esc(note.text), s["cell"]),
                shared(note.action_owner or "—"),
                due,  # short, one line: a plain cell is much cheaper than a Paragraph
                words.action_status(note.action_status, capital=True),
                shared(item_title),
            ]
        )
    # Due is wide enough for a numeric date ("19/03/2026") on one line. In tables of at
    # most ACTIONS_PER_TABLE rows, each with its header: reportlab re-measures a table's
    # remaining rows at every page it splits, which grows with the square of its length
    # (a rooms report can hold thousands of actions).
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), REGULAR, 9),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("BACKGROUND", (0, 0), (-1, 0), SOFT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    tables: list[Flowable] = []
    for start in range(1, len(rows), ACTIONS_PER_TABLE):
        chunk = [rows[0], *rows[start : start + ACTIONS_PER_TABLE]]
        table = Table(chunk, colWidths=[None, 3.3 * cm, 2.4 * cm, 1.7 * cm, 3.4 * cm], repeatRows=1)
        table.setStyle(style)
        tables.append(table)
    return [*story, *tables]


def _appendix(
    data: MinutesData, s: dict[str, ParagraphStyle], words: MinutesWords
) -> list[Flowable]:
    paragraphs = [words("method_how"), words("method_results"), words("method_notes")]
    paragraphs += appendix_paragraphs(data, words)
    story: list[Flowable] = [
        CondPageBreak(8 * cm),
        Paragraph(esc(words("appendix")), s["H1"]),
    ]
    story += [Paragraph(esc(p), s["body"]) for p in paragraphs]
    at = data.generated_at
    produced = words(
        "produced", version=__version__, date=words.plain_date(at), time=words.clock(at)
    )
    story += [
        Spacer(1, 8),
        Paragraph(f"<b>{esc(words('check_title'))}</b> {esc(words('check_body'))}", s["body"]),
        Spacer(1, 4),
        Paragraph(data.results_sha256, s["hash"]),
        *room_checksum_flowables(data, s, words),  # a merged report: one per room
        Spacer(1, 4),
        Paragraph(esc(words("check_recompute")), s["small"]),
        Spacer(1, 12),
        Paragraph(esc(produced), s["small"]),
    ]
    return story


def write_pdf(
    data: MinutesData, path: Path, progress: Callable[[int, int], None] | None = None
) -> None:
    register_fonts()
    s = _styles()
    words = MinutesWords(data.workshop.language)
    width = A4[0] - 4 * cm
    story: list[Flowable] = _cover(data, s, words)
    from reportlab.platypus.doctemplate import NextPageTemplate

    story += [NextPageTemplate("page"), PageBreak()]
    with_contents = len(data.items) > TOC_THRESHOLD
    if with_contents:
        toc = TableOfContents()
        toc.tableStyle = TableStyle(
            [("FONT", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
        toc.levelStyles = [
            ParagraphStyle("toc", parent=s["body"], leftIndent=0, firstLineIndent=0, spaceBefore=2)
        ]
        # Reserve the contents' real size from the first pass (plain-text placeholders),
        # so the layout settles in two passes instead of three.
        headings = [words("agenda_as_run")]
        headings += [f"{it.number}. {it.item.title}" for it in data.items]
        if data.unassigned_notes:
            headings.append(words("other_notes"))
        headings += [words.note_heading(NoteKind.ACTION), words("appendix")]
        toc._entries = [(0, esc(title), 100, None) for title in headings]
        story += [Paragraph(esc(words("contents")), s["subtitle"]), toc, PageBreak()]
    story += _agenda_table(data, s, words)
    total = len(data.items)
    for index, it in enumerate(data.items):
        story += _item_section(it, data, s, width, words)
        if progress:
            progress(index + 1, total + 1)
    if data.unassigned_notes:
        story += [
            Paragraph(esc(words("other_notes")), s["H1"]),
            *_notes_block(data.unassigned_notes, data, s, words),
        ]
    story += _actions_table(data, s, words)
    story += _appendix(data, s, words)
    w = data.workshop
    subject = words("subject", title=w.title)
    if w.date:
        subject += f", {words.plain_date(w.date)}"
    doc = _MinutesDoc(
        str(path),
        data,
        words,
        layout_pass=with_contents,
        title=words("minutes_of", title=w.title),
        author=w.organisation or ", ".join(w.facilitators) or "workshop-app",
        subject=subject,
        creator=f"workshop-app {__version__}",
        lang=w.language or "en",
        displayDocTitle=True,  # viewers show "Minutes: TITLE", not the file name
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2 * cm,
    )
    doc.multiBuild(story, canvasmaker=_canvas_maker(words))
    if progress:
        progress(total + 1, total + 1)
