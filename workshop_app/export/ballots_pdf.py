"""Paper ballots to print and cut out: one per poll, several on an A4 page, in the
workshop's language. Each has the question, its options with tick boxes (or the scale,
numbered boxes for a ranking, lines for an open answer) and, when a session is live,
the join QR code for those who would rather answer on their phone.

The numbers printed beside options are the ones the facilitator types from a ballot
(Counted in the room › one answer as on the ballot: "2", "1 3", "2 1 3").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from workshop_app.domain.polls import Poll, PollType
from workshop_app.domain.workshop import Workshop
from workshop_app.export.fonts import BOLD, REGULAR, register_fonts
from workshop_app.export.minutes_catalogue import language_of
from workshop_app.export.text_safety import for_paragraph as esc

PAGE_W, PAGE_H = A4
MARGIN = 1.0 * cm
GAP = 0.6 * cm  # between ballots: where the scissors go
COLUMNS = 2
BALLOT_W = (PAGE_W - 2 * MARGIN - (COLUMNS - 1) * GAP) / COLUMNS
PAD = 0.4 * cm
QR_SIZE = 2.2 * cm
BOX = 0.42 * cm
LINE = 0.62 * cm  # one option's row

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "ballot": "Ballot",
        "poll": "Poll {number}",
        "tick_one": "Tick one box.",
        "tick_up_to": "Tick up to {n} boxes.",
        "tick_any": "Tick as many boxes as you like.",
        "tick_scale": "Tick one value.",
        "rank": "Write 1 beside your first choice, 2 beside the next, and so on.",
        "write": "Write your answer:",
        "phone": "Or answer on your phone: scan the code.",
        "phone_screen": "Or answer on your phone: scan the code on the screen.",
        "subject": "Paper ballots: {title}",
    },
    "fr": {
        "ballot": "Bulletin",
        "poll": "Sondage {number}",
        "tick_one": "Cochez une case.",
        "tick_up_to": "Cochez jusqu’à {n} cases.",
        "tick_any": "Cochez autant de cases que vous voulez.",
        "tick_scale": "Cochez une valeur.",
        "rank": "Écrivez 1 à côté de votre premier choix, 2 à côté du suivant, et ainsi de suite.",
        "write": "Écrivez votre réponse :",
        "phone": "Ou répondez sur votre téléphone : scannez le code.",
        "phone_screen": "Ou répondez sur votre téléphone : scannez le code affiché à l’écran.",
        "subject": "Bulletins papier : {title}",
    },
    "de": {
        "ballot": "Stimmzettel",
        "poll": "Umfrage {number}",
        "tick_one": "Kreuzen Sie ein Kästchen an.",
        "tick_up_to": "Kreuzen Sie bis zu {n} Kästchen an.",
        "tick_any": "Kreuzen Sie beliebig viele Kästchen an.",
        "tick_scale": "Kreuzen Sie einen Wert an.",
        "rank": "Schreiben Sie 1 neben Ihre erste Wahl, 2 neben die nächste und so weiter.",
        "write": "Schreiben Sie Ihre Antwort:",
        "phone": "Oder antworten Sie am Telefon: Code scannen.",
        "phone_screen": "Oder antworten Sie am Telefon: den Code auf dem Bildschirm scannen.",
        "subject": "Stimmzettel: {title}",
    },
    "nl": {
        "ballot": "Stembiljet",
        "poll": "Peiling {number}",
        "tick_one": "Kruis één vakje aan.",
        "tick_up_to": "Kruis hoogstens {n} vakjes aan.",
        "tick_any": "Kruis zoveel vakjes aan als u wilt.",
        "tick_scale": "Kruis één waarde aan.",
        "rank": "Schrijf 1 naast uw eerste keuze, 2 naast de volgende, enzovoort.",
        "write": "Schrijf uw antwoord:",
        "phone": "Of antwoord met uw telefoon: scan de code.",
        "phone_screen": "Of antwoord met uw telefoon: scan de code op het scherm.",
        "subject": "Papieren stembiljetten: {title}",
    },
    "es": {
        "ballot": "Papeleta",
        "poll": "Encuesta {number}",
        "tick_one": "Marque una casilla.",
        "tick_up_to": "Marque hasta {n} casillas.",
        "tick_any": "Marque tantas casillas como quiera.",
        "tick_scale": "Marque un valor.",
        "rank": "Escriba 1 junto a su primera opción, 2 junto a la siguiente, y así sucesivamente.",
        "write": "Escriba su respuesta:",
        "phone": "O responda con su teléfono: escanee el código.",
        "phone_screen": "O responda con su teléfono: escanee el código de la pantalla.",
        "subject": "Papeletas: {title}",
    },
}


@dataclass(frozen=True)
class BallotPoll:
    poll: Poll
    number: str  # "3.2", as in the minutes


def ballot_polls(items_polls: list[list[Poll]]) -> list[BallotPoll]:
    """Every poll in agenda order, numbered as the minutes number them."""
    return [
        BallotPoll(poll, f"{item}.{index}")
        for item, polls in enumerate(items_polls, start=1)
        for index, poll in enumerate(polls, start=1)
    ]


def write_ballots(
    workshop: Workshop, polls: list[BallotPoll], path: Path, join_url: str | None = None
) -> int:
    """Write the ballots PDF; returns its number of pages."""
    register_fonts()
    words = WORDS[language_of(workshop.language)]
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    canvas.setTitle(words["subject"].format(title=workshop.title))
    canvas.setSubject(words["subject"].format(title=workshop.title))
    canvas.setCreator("workshop-app")
    styles = _styles()
    pages = 1
    column, top = 0, PAGE_H - MARGIN
    for entry in polls:
        parts = _parts(entry, workshop, words, styles, join_url)
        height = _height(parts)
        if top - height < MARGIN and top < PAGE_H - MARGIN:
            column += 1
            top = PAGE_H - MARGIN
            if column == COLUMNS:
                canvas.showPage()
                pages += 1
                column = 0
        x = MARGIN + column * (BALLOT_W + GAP)
        _draw(canvas, entry, parts, x, top, height, join_url)
        top -= height + GAP
    canvas.showPage()
    canvas.save()
    return pages


# --- one ballot ------------------------------------------------------------------------


@dataclass
class _Parts:
    head: list[Paragraph]  # workshop and poll number, question, how to answer
    head_heights: list[float]
    rows: list[Paragraph]  # one per option (or empty)
    row_heights: list[float]
    body_height: float  # the scale's boxes or the writing lines
    foot: Paragraph | None
    foot_height: float


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "small": ParagraphStyle("small", fontName=REGULAR, fontSize=7.5, leading=9.5),
        "question": ParagraphStyle("question", fontName=BOLD, fontSize=11, leading=13.5),
        "how": ParagraphStyle("how", fontName=REGULAR, fontSize=8.5, leading=10.5),
        "option": ParagraphStyle("option", fontName=REGULAR, fontSize=10, leading=12),
    }


def _parts(
    entry: BallotPoll,
    workshop: Workshop,
    words: dict[str, str],
    s: dict[str, ParagraphStyle],
    join_url: str | None,
) -> _Parts:
    poll = entry.poll
    text_width = BALLOT_W - 2 * PAD - (QR_SIZE + PAD if join_url else 0)
    top_line = f"{words['ballot']} · {workshop.title} · {words['poll'].format(number=entry.number)}"
    head = [
        Paragraph(esc(top_line), s["small"]),
        Paragraph(esc(poll.question), s["question"]),
        Paragraph(esc(_how(poll, words)), s["how"]),
    ]
    head_heights = [p.wrap(text_width, PAGE_H)[1] + 3 for p in head]
    rows: list[Paragraph] = []
    body = 0.0
    if poll.type in (PollType.SINGLE_CHOICE, PollType.MULTIPLE_CHOICE, PollType.RANKING):
        rows = [
            Paragraph(f"{n}. {esc(option)}", s["option"])
            for n, option in enumerate(poll.options, start=1)
        ]
    elif poll.type == PollType.SCALE:
        body = 1.5 * cm
    else:
        body = 4 * LINE
    option_width = BALLOT_W - 2 * PAD - BOX - 0.3 * cm
    row_heights = [max(LINE, p.wrap(option_width, PAGE_H)[1] + 5) for p in rows]
    foot = Paragraph(esc(words["phone" if join_url else "phone_screen"]), s["small"])
    foot_height = foot.wrap(text_width, PAGE_H)[1] + 2
    return _Parts(head, head_heights, rows, row_heights, body, foot, foot_height)


def _how(poll: Poll, words: dict[str, str]) -> str:
    if poll.type == PollType.SINGLE_CHOICE:
        return words["tick_one"]
    if poll.type == PollType.MULTIPLE_CHOICE:
        limit = poll.settings.max_choices
        return words["tick_up_to"].format(n=limit) if limit else words["tick_any"]
    if poll.type == PollType.SCALE:
        return words["tick_scale"]
    if poll.type == PollType.RANKING:
        return words["rank"]
    return words["write"]


def _height(parts: _Parts) -> float:
    head = sum(parts.head_heights)
    content = head + 0.15 * cm + sum(parts.row_heights) + parts.body_height + parts.foot_height
    return 2 * PAD + max(content, QR_SIZE + parts.foot_height if parts.foot else 0)


def _draw(
    canvas: Canvas,
    entry: BallotPoll,
    parts: _Parts,
    x: float,
    top: float,
    height: float,
    join_url: str | None,
) -> None:
    poll = entry.poll
    # The cut line.
    canvas.saveState()
    canvas.setDash(3, 3)
    canvas.setStrokeColor(colors.grey)
    canvas.setLineWidth(0.6)
    canvas.rect(x, top - height, BALLOT_W, height)
    canvas.restoreState()
    text_width = BALLOT_W - 2 * PAD - (QR_SIZE + PAD if join_url else 0)
    y = top - PAD
    for paragraph, h in zip(parts.head, parts.head_heights, strict=True):
        paragraph.wrapOn(canvas, text_width, PAGE_H)
        paragraph.drawOn(canvas, x + PAD, y - h + 3)
        y -= h
    if join_url:
        _qr(canvas, join_url, x + BALLOT_W - PAD - QR_SIZE, top - PAD - QR_SIZE)
    y -= 0.15 * cm
    option_width = BALLOT_W - 2 * PAD - BOX - 0.3 * cm
    canvas.setLineWidth(0.9)
    canvas.setStrokeColor(colors.black)
    for paragraph, h in zip(parts.rows, parts.row_heights, strict=True):
        canvas.rect(x + PAD, y - BOX - 0.1 * cm, BOX, BOX)
        paragraph.wrapOn(canvas, option_width, PAGE_H)
        paragraph.drawOn(canvas, x + PAD + BOX + 0.3 * cm, y - paragraph.height - 0.05 * cm)
        y -= h
    if poll.type == PollType.SCALE:
        _scale(canvas, poll, x + PAD, y, BALLOT_W - 2 * PAD)
    elif poll.type == PollType.OPEN_TEXT:
        canvas.setStrokeColor(colors.grey)
        for line in range(1, 5):
            canvas.line(x + PAD, y - line * LINE, x + BALLOT_W - PAD, y - line * LINE)
    y -= parts.body_height
    if parts.foot is not None:
        parts.foot.wrapOn(canvas, BALLOT_W - 2 * PAD, PAGE_H)
        parts.foot.drawOn(canvas, x + PAD, top - height + PAD)


def _scale(canvas: Canvas, poll: Poll, x: float, y: float, width: float) -> None:
    settings = poll.settings
    values = list(range(settings.scale_min, settings.scale_max + 1))
    step = min(1.1 * cm, width / max(1, len(values)))
    canvas.setFont(REGULAR, 9)
    for index, value in enumerate(values):
        cx = x + index * step + step / 2
        canvas.drawCentredString(cx, y - 0.35 * cm, str(value))
        canvas.rect(cx - BOX / 2, y - 0.45 * cm - BOX, BOX, BOX)
    canvas.setFont(REGULAR, 7.5)
    if settings.scale_min_label:
        canvas.drawString(x, y - 1.35 * cm, f"{settings.scale_min} = {settings.scale_min_label}")
    if settings.scale_max_label:
        right = x + len(values) * step
        canvas.drawRightString(
            right, y - 1.35 * cm, f"{settings.scale_max} = {settings.scale_max_label}"
        )


def _qr(canvas: Canvas, url: str, x: float, y: float) -> None:
    widget = QrCodeWidget(url, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(
        QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0]
    )
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)
