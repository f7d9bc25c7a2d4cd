"""HTML minutes: the accessible format of the minutes.

One self-contained file (styles inline, no script, no external resource): landmarks and
headings in order, real tables with header cells and captions, `lang` from the workshop,
each chart an inline SVG with a text alternative and its data table beside it, decisions
and action items marked up as such. Fixed words come from minutes_catalogue; everything a
person typed is escaped.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from workshop_app import __version__
from workshop_app.domain.notes import Note, NoteKind
from workshop_app.domain.polls import PollType
from workshop_app.domain.small_groups import Cell
from workshop_app.domain.workshop import primary_language
from workshop_app.export.channel_words import ChannelWords
from workshop_app.export.cover_facts import clock_or_dash, cover_facts
from workshop_app.export.html_comparison import COMPARISON_STYLE, comparison_html
from workshop_app.export.idea_minutes import (
    count_key,
    dot_rules,
    dot_totals,
    dots_placed,
    idea_status,
    unit,
    votes_cell,
    wall_summary,
)
from workshop_app.export.minutes_catalogue import MinutesWords
from workshop_app.export.minutes_data import (
    ItemMinutes,
    MinutesData,
    PollResult,
    ScaleRow,
    choice_rows,
    listed_ideas,
    rank_rows,
    scale_rows,
)
from workshop_app.export.session_text import actual_span, duration_parts, merged_rooms, ran_text
from workshop_app.export.small_group_text import appendix_paragraphs

STYLE = """
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  color: #1d2430; background: #fff; line-height: 1.5; margin: 0 auto; max-width: 52rem;
  padding: 1.5rem 1rem 3rem; overflow-wrap: anywhere; }
h1 { font-size: 2rem; line-height: 1.25; margin: .25rem 0 1rem; }
h2 { color: #1f4e8c; font-size: 1.4rem; margin: 2.5rem 0 .75rem;
  border-bottom: 1px solid #c9ced8; padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
.kicker { color: #1f4e8c; font-size: 1.1rem; margin: 0; }
.meta, .small { color: #4a5260; }
.small { font-size: .9rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; }
th, td { border-bottom: 1px solid #c9ced8; padding: .3rem .5rem; text-align: left;
  vertical-align: top; }
thead th { background: #eef2f8; border-bottom: 2px solid #1f4e8c; }
th, td { overflow-wrap: normal; }
th[scope="row"], td.text { overflow-wrap: anywhere; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.nowrap { white-space: nowrap; }
.overrun { color: #a3111b; font-weight: bold; }
.decisions { background: #fff4d6; border-left: 4px solid #8a6206; padding: .25rem 1rem;
  margin: 1rem 0; }
.decisions h3 { margin-top: .5rem; }
.decisions li { font-weight: bold; }
.poll { margin: 1.5rem 0; }
.poll-kind { display: block; color: #4a5260; font-size: .9rem; font-weight: normal; }
.figure-row { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
.figure-row figure { flex: 1 1 18rem; margin: 0; }
.figure-row table { flex: 1 1 18rem; width: auto; }
svg { width: 100%; height: auto; }
/* An answer typed right to left puts its bullet on the right, outside the list: room. */
li[dir="auto"] { margin-right: 1.5em; }
.table-scroll { overflow-x: auto; }
.table-scroll table { min-width: 34rem; }
.table-scroll th[scope="row"], .table-scroll td.text { overflow-wrap: break-word; }
.table-scroll:focus-visible { outline: 3px solid #1f4e8c; outline-offset: 2px; }
blockquote { margin: .5rem 0 .5rem 1rem; color: #4a5260; }
code { overflow-wrap: anywhere; }
@media (max-width: 30rem) {
  body { padding: 1rem .5rem 2rem; }
  th, td { padding: .25rem .2rem; font-size: .9rem; }
}
footer { margin-top: 3rem; border-top: 1px solid #c9ced8; color: #4a5260; font-size: .9rem; }
"""

BAR = "#2f6db5"
TRACK = "#eef2f8"
INK = "#1d2430"


def _e(text: str) -> str:
    return escape(text, quote=True)


class _Page:
    """Builds the page's lines; ids are handed out once so every reference resolves."""

    def __init__(self, data: MinutesData) -> None:
        self.data = data
        self.words = MinutesWords(data.workshop.language)
        self.out: list[str] = []

    def add(self, *lines: str) -> None:
        self.out.extend(lines)

    def text(self) -> str:
        return "\n".join(self.out) + "\n"


def page_language(tag: str | None) -> str:
    """The page's `lang`: the workshop's tag when it is a plausible BCP 47 tag."""
    tag = (tag or "").strip().replace("_", "-")
    return (
        tag if primary_language(tag) and all(part.isalnum() for part in tag.split("-")) else ("en")
    )


def minutes_html(data: MinutesData) -> str:
    page = _Page(data)
    w, words = data.workshop, page.words
    title = words("minutes_of", title=w.title)
    page.add(
        "<!DOCTYPE html>",
        f'<html lang="{_e(page_language(w.language))}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="workshop-app {_e(__version__)}">',
        f"<title>{_e(title)}</title>",
        f"<style>{STYLE}{COMPARISON_STYLE}</style>",
        "</head>",
        "<body>",
    )
    _cover(page)
    _contents(page)
    page.add("<main>")
    _agenda(page)
    for it in data.items:
        _item(page, it)
    if data.unassigned_notes:
        page.add('<section aria-labelledby="other-notes">')
        page.add(f'<h2 id="other-notes">{_e(words("other_notes"))}</h2>')
        _notes(page, data.unassigned_notes, "other")
        page.add("</section>")
    _actions(page)
    _appendix(page)
    page.add("</main>")
    at = data.generated_at
    generated = words("generated", date=words.plain_date(at), time=words.clock(at))
    page.add(f"<footer><p>{_e(generated)}</p></footer>", "</body>", "</html>")
    return page.text()


def _cover(page: _Page) -> None:
    data, words, w = page.data, page.words, page.data.workshop
    page.add("<header>", f'<p class="kicker">{_e(words("minutes"))}</p>', f"<h1>{_e(w.title)}</h1>")
    if w.description:
        page.add(f"<p>{_e(w.description)}</p>")
    facts = cover_facts(data, words)
    page.add('<dl class="facts">')
    page.add(*(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in facts))
    page.add("</dl>", "</header>")


def _contents(page: _Page) -> None:
    data, words = page.data, page.words
    entries = [("agenda", words("agenda_as_run"))]
    entries += [(f"item-{it.number}", f"{it.number}. {it.item.title}") for it in data.items]
    if data.unassigned_notes:
        entries.append(("other-notes", words("other_notes")))
    entries += [
        ("actions", words.note_heading(NoteKind.ACTION)),
        ("appendix", words("appendix")),
    ]
    page.add('<nav aria-labelledby="contents">', f'<h2 id="contents">{_e(words("contents"))}</h2>')
    page.add("<ol>", *(f'<li><a href="#{k}">{_e(t)}</a></li>' for k, t in entries), "</ol>")
    page.add("</nav>")


def _agenda(page: _Page) -> None:
    data, words = page.data, page.words
    # Six columns do not fit a phone: the table scrolls sideways inside its own region
    # (named by its caption, reachable by keyboard), never the page. The section is left
    # unnamed so the two landmarks do not share a name.
    page.add("<section>", f'<h2 id="agenda">{_e(words("agenda_as_run"))}</h2>')
    page.add(
        '<div class="table-scroll" role="region" aria-labelledby="agenda-caption" tabindex="0">'
    )
    page.add(
        f'<table><caption id="agenda-caption">{_e(words("agenda_as_run"))}</caption>',
        "<thead><tr>",
    )
    header = ["#", *(words(k) for k in ("item", "planned", "actual", "planned_min", "actual_min"))]
    numeric = {0, 4, 5}
    page.add(
        *(
            f'<th scope="col"{" class=num" if i in numeric else ""}>{_e(h)}</th>'
            for i, h in enumerate(header)
        )
    )
    page.add("</tr></thead>", "<tbody>")
    any_overrun = False
    for it in data.items:
        item = it.item
        # Several sessions' (or rooms') minutes one under another, each kept whole.
        duration = "<br>".join(_e(part) for part in duration_parts(it, words))
        cell = f'<td class="num nowrap">{duration}</td>'
        if it.overrun_minutes >= 1:
            any_overrun = True
            cell = f'<td class="num nowrap overrun">{duration}</td>'
        ran = actual_span(it, data, words)
        page.add(
            "<tr>",
            f'<td class="num">{it.number}</td>',
            f'<th scope="row"><a href="#item-{it.number}">{_e(item.title)}</a></th>',
            f"<td>{clock_or_dash(it.planned_start)}–{clock_or_dash(it.planned_end)}</td>",
            f"<td>{_e(ran)}</td>",
            f'<td class="num">{item.planned_minutes}</td>',
            cell,
            "</tr>",
        )
    page.add("</tbody></table>", "</div>")
    if any_overrun:
        page.add(f'<p class="small">{_e(words("overrun_explained"))}</p>')
    page.add("</section>")


def _item(page: _Page, it: ItemMinutes) -> None:
    words, item = page.words, it.item
    key = f"item-{it.number}"
    page.add(
        f'<section aria-labelledby="{key}">', f'<h2 id="{key}">{it.number}. {_e(item.title)}</h2>'
    )
    planned = words(
        "planned_span",
        start=clock_or_dash(it.planned_start),
        end=clock_or_dash(it.planned_end),
        minutes=words("n_min", n=item.planned_minutes),
    )
    meta = [_e(words.method(item.method)), _e(planned)]
    ran = ran_text(it, page.data, words)
    if ran:
        meta.append(_e(ran))
    if it.overrun_minutes >= 1:
        meta.append(
            f'<span class="overrun">{_e(words("over_by", n=round(it.overrun_minutes)))}</span>'
        )
    page.add(f'<p class="meta">{" · ".join(meta)}</p>')
    if item.goal:
        page.add(f"<p><strong>{_e(words.label('goal'))}</strong> {_e(item.goal)}</p>")
    _notes(page, it.notes, key)
    for result in it.polls:
        _poll(page, result)
    if not it.notes and not it.polls:
        page.add(f'<p class="small">{_e(words("no_notes"))}</p>')
    page.add("</section>")


def _note_extra(page: _Page, note: Note) -> str:
    words, data = page.words, page.data
    extra: list[str] = []
    if note.kind == NoteKind.ACTION:
        if note.action_owner:
            extra.append(words("owner_is", owner=note.action_owner))
        if note.action_due:
            extra.append(words("due_on", date=words.short_date(note.action_due)))
        extra.append(words.action_status(note.action_status))
    if note.poll_id is not None and note.poll_id in data.poll_labels:
        extra.append(words("on_poll", label=data.poll_labels[note.poll_id]))
    return f' <span class="meta">({_e("; ".join(extra))})</span>' if extra else ""


def _notes(page: _Page, grouped: dict[NoteKind, list[Note]], key: str) -> None:
    words = page.words
    for kind, notes in grouped.items():
        heading_id = f"{key}-{kind.value}"
        heading = f'<h3 id="{heading_id}">{_e(words.note_heading(kind))}</h3>'
        if kind == NoteKind.DECISION:
            # A box, not a landmark: every item may have one, all named "Decisions".
            page.add('<div class="decisions">', heading, f'<ul aria-labelledby="{heading_id}">')
            page.add(*(f"<li>{_e(n.text)}{_note_extra(page, n)}</li>" for n in notes))
            page.add("</ul>", "</div>")
        elif kind == NoteKind.QUOTE:
            page.add(heading)
            page.add(*(f"<blockquote><p>{_e(n.text)}</p></blockquote>" for n in notes))
        else:
            page.add(heading, f'<ul aria-labelledby="{heading_id}">')
            page.add(*(f"<li>{_e(n.text)}{_note_extra(page, n)}</li>" for n in notes))
            page.add("</ul>")


def _poll(page: _Page, result: PollResult) -> None:
    words, poll, t = page.words, result.poll, result.tally
    key = f"poll-{result.number.replace('.', '-')}"
    kind = f"{words('poll_number', number=result.number)} · {words.poll_type(poll.type)}"
    page.add(
        '<section class="poll">',  # unnamed: two polls may ask the same question
        f'<h3 id="{key}"><span class="poll-kind">{_e(kind)}</span> {_e(poll.question)}</h3>',
    )
    count = words.count(count_key(poll), t.responses)
    if result.hidden:
        count += f" ({words.count('hidden_long', result.hidden)})"
    count += f" · {words.min_group(t.min_group)}"
    page.add(f'<p class="meta">{_e(count)}</p>')
    channel_line = ChannelWords(words.language).poll_line(result)
    if channel_line:
        page.add(f'<p class="meta">{_e(channel_line)}</p>')
    settings = poll.settings
    if poll.type == PollType.SCALE and (settings.scale_min_label or settings.scale_max_label):
        ends = words(
            "scale_ends",
            min=settings.scale_min,
            max=settings.scale_max,
            low=settings.scale_min_label or "—",
            high=settings.scale_max_label or "—",
        )
        page.add(f"<p>{_e(ends)}</p>")
    if poll.type == PollType.DOT_VOTE:
        page.add(f"<p>{_e(dot_rules(result, words))}</p>")
    if poll.type == PollType.IDEA_WALL:
        page.add(f"<p>{_e(wall_summary(result, words))}</p>")
    if t.responses == 0:
        page.add(f'<p class="small">{_e(words("no_responses"))}</p>', "</section>")
        return
    if t.withheld:
        page.add(f"<p>{_e(words.withheld(t))}</p>", "</section>")
        return
    caption = f"{words('results_caption', number=result.number)}: {poll.question}"
    if poll.type == PollType.IDEA_WALL:
        page.add(f"<table><caption>{_e(caption)}</caption>", "<thead><tr>")
        page.add(
            '<th scope="col" class="num">#</th>',
            f'<th scope="col">{_e(words("idea"))}</th>',
            f'<th scope="col" class="num">{_e(words("votes"))}</th>',
            f'<th scope="col">{_e(words("idea_status"))}</th>',
            "</tr></thead><tbody>",
        )
        for place, idea in enumerate(listed_ideas(result), start=1):
            page.add(
                f'<tr><td class="num nowrap">{_e(result.number)}-{place}</td>'
                f'<th scope="row" dir="auto">{_e(idea.text)}</th>'
                f'<td class="num">{_e(votes_cell(result, idea, words))}</td>'
                f"<td>{_e(idea_status(result, idea, words))}</td></tr>"
            )
        page.add("</tbody></table>")
    elif poll.type == PollType.DOT_VOTE:
        total = dots_placed(result)
        page.add(f"<table><caption>{_e(caption)}</caption>", "<thead><tr>")
        page.add(
            '<th scope="col" class="num">#</th>',
            f'<th scope="col">{_e(words("option"))}</th>',
            f'<th scope="col" class="num">{_e(unit(result, words))}</th>',
            f'<th scope="col" class="num">{_e(words("share"))}</th>',
            "</tr></thead><tbody>",
        )
        for row in choice_rows(result):
            page.add(
                f'<tr><td class="num">{row.number}</td><th scope="row">{_e(row.option)}</th>'
                f'<td class="num">{_e(words.shown_count(row.count, row.cell, t.min_group))}</td>'
                f'<td class="num nowrap">{_e(words.shown_percent(row.count, row.cell, total))}'
                "</td></tr>"
            )
        page.add("</tbody></table>", f"<p>{_e(dot_totals(result, words))}</p>")
    elif poll.type in (PollType.SINGLE_CHOICE, PollType.MULTIPLE_CHOICE):
        rows = choice_rows(result)
        bars = [(r.option, r.count, r.cell) for r in rows]
        page.add('<div class="figure-row">', _bar_chart(page, key, result, bars))
        page.add(f"<table><caption>{_e(caption)}</caption>", "<thead><tr>")
        page.add(
            '<th scope="col" class="num">#</th>',
            f'<th scope="col">{_e(words("option"))}</th>',
            f'<th scope="col" class="num">{_e(words("count"))}</th>',
            f'<th scope="col" class="num">{_e(words("share"))}</th>',
            "</tr></thead><tbody>",
        )
        for row in rows:
            page.add(
                f'<tr><td class="num">{row.number}</td><th scope="row">{_e(row.option)}</th>'
                f'<td class="num">{_e(words.shown_count(row.count, row.cell, t.min_group))}</td>'
                f'<td class="num nowrap">'
                f"{_e(words.shown_percent(row.count, row.cell, t.responses))}</td></tr>"
            )
        page.add("</tbody></table>", "</div>")
        if poll.type == PollType.MULTIPLE_CHOICE:
            limit = settings.max_choices
            note = (
                words("several_choices_limit", limit=limit) if limit else words("several_choices")
            )
            page.add(f'<p class="small">{_e(note)}</p>')
    elif poll.type == PollType.SCALE:
        scale = scale_rows(result)
        page.add('<div class="figure-row">', _column_chart(page, key, result, scale))
        page.add(f"<table><caption>{_e(caption)}</caption>", "<thead><tr>")
        page.add(
            f'<th scope="col" class="num">{_e(words("value"))}</th>',
            f'<th scope="col">{_e(words("meaning"))}</th>',
            f'<th scope="col" class="num">{_e(words("count"))}</th>',
            f'<th scope="col" class="num">{_e(words("share"))}</th>',
            "</tr></thead><tbody>",
        )
        for step in scale:
            page.add(
                f'<tr><th scope="row" class="num">{step.value}</th><td>{_e(step.label)}</td>'
                f'<td class="num">{_e(words.shown_count(step.count, step.cell, t.min_group))}</td>'
                f'<td class="num nowrap">'
                f"{_e(words.shown_percent(step.count, step.cell, t.responses))}</td></tr>"
            )
        page.add("</tbody></table>", "</div>")
        mean, median = words.number(t.mean), words.short_number(t.median)
        if t.mean_withheld:
            page.add(f"<p>{_e(words('median_only', median=median, k=t.min_group))}</p>")
        else:
            stats = words("mean_median", mean=mean, median=median)
            page.add(f"<p>{_e(stats)} n = {t.responses}</p>")
    elif poll.type == PollType.RANKING:
        page.add(f"<table><caption>{_e(caption)}</caption>", "<thead><tr>")
        page.add(
            f'<th scope="col" class="num">{_e(words("rank"))}</th>',
            '<th scope="col" class="num">#</th>',
            f'<th scope="col">{_e(words("option"))}</th>',
            f'<th scope="col" class="num">{_e(words("mean_position"))}</th>',
            "</tr></thead><tbody>",
        )
        for rank in rank_rows(result):
            page.add(
                f'<tr><td class="num">{rank.rank}</td><td class="num">{rank.number}</td>'
                f'<th scope="row">{_e(rank.option)}</th>'
                f'<td class="num">{_e(words.number(rank.mean_position))}</td></tr>'
            )
        page.add("</tbody></table>")
        page.add(f'<p class="small">{_e(words("mean_position_explained"))}</p>')
    else:
        if t.words:
            # <bdi>: an Arabic or Hebrew word keeps its count beside it in the line.
            frequent = " · ".join(f"<bdi>{_e(w)}</bdi> ({c})" for w, c in t.words[:25])
            label = _e(words.label("frequent_words"))
            page.add(f"<p><strong>{label}</strong> {frequent}</p>")
        if merged_rooms(result):  # a rooms report: the answers are in each room's minutes
            page.add(f'<p class="small">{_e(words("answers_in_rooms"))}</p>')
        else:
            answers_id = f"{key}-answers"
            page.add(f'<h4 id="{answers_id}">{_e(words("answers"))}</h4>')
            page.add(f'<ul aria-labelledby="{answers_id}">')
            page.add(*(f'<li dir="auto">{_e(text)}</li>' for text in t.texts))
            page.add("</ul>")
    page.add(*comparison_html(result, words, key))  # several sessions (or rooms) shown
    page.add("</section>")


Bar = tuple[str, int, Cell]  # label, count (0 unless exact), how it may be shown


def _figure(page: _Page, result: PollResult, n: int, cell: Cell) -> str:
    """ "7 (19%)", or "fewer than 5" where the count would reveal a small group."""
    if cell is not Cell.EXACT:
        return page.words.shown_count(n, cell, result.tally.min_group)
    return f"{n} ({page.words.percent(n, result.tally.responses)})"


def _figures(page: _Page, result: PollResult, bars: list[Bar]) -> str:
    return "; ".join(f"{label}: {_figure(page, result, n, cell)}" for label, n, cell in bars)


def _bar_chart(page: _Page, key: str, result: PollResult, bars: list[Bar]) -> str:
    """Horizontal bars, one per option, labelled; the SVG is one image to assistive
    technology, described by its title (every figure in words)."""
    words = page.words
    alt = words("chart_alt", number=result.number, figures=_figures(page, result, bars))
    peak = max((n for _, n, _ in bars), default=0) or 1
    row, width, label_h = 34, 400, 14
    height = row * len(bars) + 4
    parts = [
        f'<figure><svg role="img" aria-labelledby="{key}-chart" viewBox="0 0 {width} {height}"'
        f' xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{key}-chart">{_e(alt)}</title>',
    ]
    for index, (label, n, cell) in enumerate(bars):
        y = index * row + 2
        short = label if len(label) <= 48 else label[:47] + "…"
        parts += [
            f'<text x="0" y="{y + label_h - 2}" font-size="12" fill="{INK}">{_e(short)}</text>',
            f'<rect x="0" y="{y + label_h}" width="{width - 90}" height="12" fill="{TRACK}"/>',
            f'<rect x="0" y="{y + label_h}" width="{(width - 90) * n / peak:.1f}" height="12"'
            f' fill="{BAR}"/>',
            f'<text x="{width}" y="{y + label_h + 11}" font-size="12" fill="{INK}"'
            f' text-anchor="end">{_e(_figure(page, result, n, cell))}</text>',
        ]
    parts.append("</svg></figure>")
    return "".join(parts)


def _column_chart(page: _Page, key: str, result: PollResult, scale: list[ScaleRow]) -> str:
    """Columns, one per scale value, with its count above and the value below."""
    words = page.words
    bars = [(f"{r.value}" + (f" ({r.label})" if r.label else ""), r.count, r.cell) for r in scale]
    alt = words("chart_alt", number=result.number, figures=_figures(page, result, bars))
    peak = max((r.count for r in scale), default=0) or 1
    width, height, base = 400, 180, 155
    step = width / max(1, len(scale))
    parts = [
        f'<figure><svg role="img" aria-labelledby="{key}-chart" viewBox="0 0 {width} {height}"'
        f' xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{key}-chart">{_e(alt)}</title>',
        f'<line x1="0" y1="{base}" x2="{width}" y2="{base}" stroke="{INK}" stroke-width="1"/>',
    ]
    for index, row in enumerate(scale):
        x = index * step + step * 0.15
        h = (base - 20) * row.count / peak
        centre = index * step + step / 2
        label = words.shown_count(row.count, row.cell, result.tally.min_group)
        if _text_width(label) > step and row.cell is not Cell.EXACT:
            # "fewer than 5" is wider than a column of an 11-step scale: the chart says
            # "<5", the table beside it and the chart's description say it in words.
            label = f"<{result.tally.min_group}"
        anchor, at = _anchor_within(centre, _text_width(label), width)
        parts += [
            f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{step * 0.7:.1f}" height="{h:.1f}"'
            f' fill="{BAR}"/>',
            f'<text x="{at:.1f}" y="{base - h - 4:.1f}" font-size="12" fill="{INK}"'
            f' text-anchor="{anchor}">{_e(label)}</text>',
            f'<text x="{centre:.1f}" y="{base + 16}" font-size="12" fill="{INK}"'
            f' text-anchor="middle">{row.value}</text>',
        ]
    parts.append("</svg></figure>")
    return "".join(parts)


def _text_width(text: str) -> float:
    """Roughly how wide a 12-point label is in the chart's units (about 6.6 per letter)."""
    return 6.6 * len(text)


def _anchor_within(centre: float, text_width: float, width: float) -> tuple[str, float]:
    """Where a label centred on ``centre`` is anchored so that it stays inside the chart."""
    if centre - text_width / 2 < 0:
        return "start", 0.0
    if centre + text_width / 2 > width:
        return "end", width
    return "middle", centre


def _actions(page: _Page) -> None:
    data, words = page.data, page.words
    heading = words.note_heading(NoteKind.ACTION)
    # Unnamed section, as the agenda's: the table's scrolling region carries the name.
    page.add("<section>", f'<h2 id="actions">{_e(heading)}</h2>')
    if not data.actions:
        page.add(f"<p>{_e(words('no_actions'))}</p>", "</section>")
        return
    page.add(
        '<div class="table-scroll" role="region" aria-labelledby="actions-caption" tabindex="0">'
    )
    page.add(f'<table><caption id="actions-caption">{_e(heading)}</caption>', "<thead><tr>")
    page.add(
        *(
            f'<th scope="col">{_e(words(k))}</th>'
            for k in ("action", "owner", "due", "status", "item")
        )
    )
    page.add("</tr></thead><tbody>")
    for note, item_title in data.actions:
        due = words.short_date(note.action_due) if note.action_due else "—"
        status = words.action_status(note.action_status, capital=True)
        page.add(
            f'<tr><th scope="row">{_e(note.text)}</th><td>{_e(note.action_owner or "—")}</td>'
            f'<td class="nowrap">{_e(due)}</td><td>{_e(status)}</td>'
            f'<td class="text">{_e(item_title)}</td></tr>'
        )
    page.add("</tbody></table>", "</div>", "</section>")


def _appendix(page: _Page) -> None:
    data, words = page.data, page.words
    page.add('<section aria-labelledby="appendix">')
    page.add(f'<h2 id="appendix">{_e(words("appendix"))}</h2>')
    page.add(*(f"<p>{_e(words(k))}</p>" for k in ("method_how", "method_results", "method_notes")))
    page.add(*(f"<p>{_e(paragraph)}</p>" for paragraph in appendix_paragraphs(data, words)))
    page.add(
        f"<p><strong>{_e(words('check_title'))}</strong> {_e(words('check_body'))}</p>",
        f"<p><code>{data.results_sha256}</code></p>",
        f'<p class="small">{_e(words("check_recompute"))}</p>',
    )
    if data.rooms:  # a merged report: each room's own checksum as well
        page.add(f"<p><strong>{_e(words.label('room_checksums'))}</strong></p>", "<ul>")
        for room in data.rooms:
            page.add(f"<li>{_e(room.name)}: <code>{room.results_sha256}</code></li>")
        page.add("</ul>")
    at = data.generated_at
    produced = words(
        "produced", version=__version__, date=words.plain_date(at), time=words.clock(at)
    )
    page.add(f'<p class="small">{_e(produced)}</p>', "</section>")


def write_html(data: MinutesData, path: Path) -> None:
    path.write_text(minutes_html(data), encoding="utf-8")
