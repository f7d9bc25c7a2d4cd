"""A poll compared across sessions or rooms in the PDF: a table of counts and shares per
group and the total, and a grouped bar chart of the shares."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, TableStyle

from workshop_app.export.fonts import REGULAR
from workshop_app.export.minutes_catalogue import MinutesWords
from workshop_app.export.minutes_data import MinutesData, PollResult
from workshop_app.export.pdf_layout import Paragraph, Table
from workshop_app.export.session_text import Comparison, comparison
from workshop_app.export.text_safety import for_paragraph as esc

# Distinct in print and for common colour-vision deficiencies (Okabe–Ito).
SERIES = [
    colors.HexColor(c)
    for c in ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
]
RULE = colors.HexColor("#c9ced8")
ACCENT = colors.HexColor("#1f4e8c")


def comparison_flowables(
    result: PollResult, s: dict[str, ParagraphStyle], width: float, words: MinutesWords
) -> list[Flowable]:
    table = comparison(result, words)
    if table is None:
        return []
    heading = "by_room" if result.groups and result.groups[0].session is None else "by_session"
    out: list[Flowable] = [Paragraph(esc(words(heading)), s["H3"])]
    # Twelve rooms and the total do not fit across a page: the columns go in blocks of
    # at most MAX_COLUMNS, one table under the other, each with the options' names; the
    # total is in the last block.
    blocks = column_blocks(len(table.columns))
    for columns in blocks:  # every block on the same grid as the first (the widest)
        out.append(_grid(table, columns, len(blocks[0]), s, width, words))
    if table.rows and len(table.columns) > 2:
        out.append(KeepTogether([_chart(table, width)]))
    return out


MAX_COLUMNS = 6  # figures a table shows side by side; more wrap their headings letter by letter


def column_blocks(count: int) -> list[list[int]]:
    """The columns 0..count-1 in blocks of at most MAX_COLUMNS, as even as can be."""
    blocks = -(-count // MAX_COLUMNS)
    size = -(-count // blocks)
    return [list(range(start, min(start + size, count))) for start in range(0, count, size)]


def _grid(
    table: Comparison,
    columns: list[int],
    slots: int,
    s: dict[str, ParagraphStyle],
    width: float,
    words: MinutesWords,
) -> Table:
    rows: list[list[Flowable | str]] = [[Paragraph(esc(words("option")), s["cell_bold"])]]
    rows[0] += [Paragraph(esc(table.columns[i]), s["cell_bold"]) for i in columns]
    # Figures are plain strings (no Paragraph): a 12-room report has thousands of cells.
    for label, counts in table.rows:
        cells = [table.cell(counts[i], i, words).replace(" ", "\u00a0") for i in columns]
        rows.append([Paragraph(esc(label), s["cell"]), *cells])
    rows.append(
        [Paragraph(esc(words("responses_row")), s["cell_bold"])]
        + [str(table.responses[i]) for i in columns]
    )
    first = max(3.5 * cm, width - 2.6 * cm * slots)
    rest = (width - first) / slots
    grid = Table(rows, colWidths=[first] + [rest] * len(columns), repeatRows=1, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 8),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    return grid


def _chart(table: Comparison, width: float) -> Drawing:
    """Shares (%) per option, one bar per group (not the total): groups of different
    sizes compare fairly. The figures are in the table above."""
    groups = len(table.columns) - 1
    per_row = min(groups, 4)  # the legend: at most four entries a line
    lines = -(-groups // per_row)
    legend_height = lines * 0.4 * cm
    drawing = Drawing(width, 4.8 * cm + legend_height, initialFontName=REGULAR)
    chart = VerticalBarChart()
    chart.x, chart.y = 1.2 * cm, 1.0 * cm + legend_height
    chart.width, chart.height = width - 1.6 * cm, 3.4 * cm
    chart.data = [
        [
            # A count held back by the minimum group size draws no bar.
            round(100 * n / table.responses[g], 1)
            if table.responses[g] and isinstance(n := counts[g], int)
            else 0
            for _, counts in table.rows
        ]
        for g in range(groups)
    ]
    chart.categoryAxis.categoryNames = [label.split(".")[0] for label, _ in table.rows]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    for g in range(groups):
        chart.bars[g].fillColor = SERIES[g % len(SERIES)]
        chart.bars[g].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 1.2 * cm, legend_height + 0.1 * cm
    legend.fontName = REGULAR
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = lines  # entries fill columns top to bottom
    legend.deltay = 0.4 * cm
    legend.deltax = (width - 1.6 * cm) / per_row
    legend.colorNamePairs = [(SERIES[g % len(SERIES)], table.columns[g]) for g in range(groups)]
    drawing.add(legend)
    return drawing


def room_checksum_flowables(
    data: MinutesData, s: dict[str, ParagraphStyle], words: MinutesWords
) -> list[Flowable]:
    """A merged report: the overall checksum above is of the combined results; each
    room's own results have theirs (the same as that room's own minutes print)."""
    if not data.rooms:
        return []
    out: list[Flowable] = [Paragraph(f"<b>{esc(words.label('room_checksums'))}</b>", s["body"])]
    for room in data.rooms:
        out.append(Paragraph(f"{esc(room.name)}: {room.results_sha256}", s["hash"]))
    return out
