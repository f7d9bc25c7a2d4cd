"""Markdown minutes, for pasting into an e-mail or a wiki.

Fixed words follow the workshop's language (minutes_catalogue); typed text is escaped."""

from __future__ import annotations

from pathlib import Path

from workshop_app.domain.notes import NoteKind
from workshop_app.domain.polls import PollType
from workshop_app.export.channel_words import ChannelWords
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
    MinutesData,
    PollResult,
    choice_rows,
    listed_ideas,
    rank_rows,
    scale_rows,
)
from workshop_app.export.session_text import (
    actual_span,
    comparison,
    duration_text,
    merged_rooms,
    session_line,
)
from workshop_app.export.small_group_text import appendix_paragraphs
from workshop_app.export.text_safety import for_markdown as md


def _poll(result: PollResult, words: MinutesWords) -> list[str]:
    poll, t = result.poll, result.tally
    hidden = f" ({words.count('hidden_short', result.hidden)})" if result.hidden else ""
    lines = [
        f"**{words.label('poll_number', number=result.number)} {md(poll.question)}** — "
        f"{words.count(count_key(poll), t.responses)}{hidden} · {words.min_group(t.min_group)}",
        "",
    ]
    channel_line = ChannelWords(words.language).poll_line(result)
    if channel_line:
        lines += [channel_line, ""]
    settings = poll.settings
    if poll.type == PollType.SCALE and (settings.scale_min_label or settings.scale_max_label):
        ends = words(
            "scale_ends",
            min=settings.scale_min,
            max=settings.scale_max,
            low=md(settings.scale_min_label or "—"),
            high=md(settings.scale_max_label or "—"),
        )
        lines += [ends, ""]
    if poll.type == PollType.IDEA_WALL:
        return [*lines, *_wall(result, words)]
    if poll.type == PollType.DOT_VOTE:
        lines += [dot_rules(result, words), ""]
    if t.responses == 0:
        return [*lines, words("no_responses"), ""]
    if t.withheld:
        return [*lines, words.withheld(t), ""]
    k = t.min_group
    if poll.type == PollType.DOT_VOTE:
        header = f"| # | {words('option')} | {unit(result, words)} | {words('share')} |"
        lines += [header, "| ---: | --- | ---: | ---: |"]
        total = dots_placed(result)
        for row in choice_rows(result):
            share = words.shown_percent(row.count, row.cell, total)
            count = words.shown_count(row.count, row.cell, k)
            lines.append(f"| {row.number} | {md(row.option)} | {count} | {share} |")
        lines += ["", dot_totals(result, words)]
    elif poll.type in (PollType.SINGLE_CHOICE, PollType.MULTIPLE_CHOICE):
        header = f"| # | {words('option')} | {words('count')} | {words('share')} |"
        lines += [header, "| ---: | --- | ---: | ---: |"]
        for row in choice_rows(result):
            share = words.shown_percent(row.count, row.cell, t.responses)
            count = words.shown_count(row.count, row.cell, k)
            lines.append(f"| {row.number} | {md(row.option)} | {count} | {share} |")
    elif poll.type == PollType.SCALE:
        header = f"| {words('value')} | {words('meaning')} | {words('count')} | {words('share')} |"
        lines += [header, "| ---: | --- | ---: | ---: |"]
        for scale in scale_rows(result):
            share = words.shown_percent(scale.count, scale.cell, t.responses)
            count = words.shown_count(scale.count, scale.cell, k)
            lines.append(f"| {scale.value} | {md(scale.label)} | {count} | {share} |")
        mean, median = words.number(t.mean), words.short_number(t.median)
        if t.mean_withheld:
            lines += ["", words("median_only", median=median, k=k)]
        else:
            lines += ["", words("mean_median", mean=mean, median=median)]
    elif poll.type == PollType.RANKING:
        header = f"| {words('rank')} | # | {words('option')} | {words('mean_position')} |"
        lines += [header, "| ---: | ---: | --- | ---: |"]
        for rank in rank_rows(result):
            score = words.number(rank.mean_position)
            lines.append(f"| {rank.rank} | {rank.number} | {md(rank.option)} | {score} |")
    else:
        if merged_rooms(result):  # a rooms report: the answers are in each room's minutes
            lines.append(words("answers_in_rooms"))
        else:
            lines += [f"- {md(text)}" for text in t.texts]
    return [*lines, "", *_comparison(result, words)]


def _comparison(result: PollResult, words: MinutesWords) -> list[str]:
    table = comparison(result, words)
    if table is None:
        return []
    heading = "by_room" if result.groups and result.groups[0].session is None else "by_session"
    lines = [f"*{words(heading)}*", ""]
    lines.append("| " + " | ".join([words("option"), *map(md, table.columns)]) + " |")
    lines.append("| --- |" + " ---: |" * len(table.columns))
    for label, counts in table.rows:
        cells = [table.cell(n, i, words) for i, n in enumerate(counts)]
        lines.append("| " + " | ".join([md(label), *cells]) + " |")
    lines.append("| " + " | ".join([words("responses_row"), *map(str, table.responses)]) + " |")
    return [*lines, ""]


def _wall(result: PollResult, words: MinutesWords) -> list[str]:
    lines = [wall_summary(result, words), ""]
    rows = listed_ideas(result)
    if not rows:
        return [*lines, words("no_responses"), ""]
    header = f"| # | {words('idea')} | {words('votes')} | {words('idea_status')} |"
    lines += [header, "| ---: | --- | ---: | --- |"]
    for place, row in enumerate(rows, start=1):
        status = md(idea_status(result, row, words))
        votes = md(votes_cell(result, row, words))
        lines.append(f"| {result.number}-{place} | {md(row.text)} | {votes} | {status} |")
    return [*lines, ""]


def minutes_markdown(data: MinutesData) -> str:
    words = MinutesWords(data.workshop.language)
    w = data.workshop
    out = [f"# {words('minutes_of', title=md(w.title))}", ""]
    if data.letterhead.organisation:
        out += [f"*{md(data.letterhead.organisation)}*", ""]
    facts = []
    if w.date:
        when = words("date_from", date=words.long_date(w.date), time=words.clock(w.start_time))
        facts.append(f"**{words.label('date')}** {when}")
    if w.venue:
        facts.append(f"**{words.label('venue')}** {md(w.venue)}")
    if w.organisation:
        facts.append(f"**{words.label('organisation')}** {md(w.organisation)}")
    if w.facilitators:
        facts.append(f"**{words.label('facilitators')}** {md(', '.join(w.facilitators))}")
    if data.rooms:
        names = ", ".join(md(room.name) for room in data.rooms)
        facts.append(f"**{words.label_count('rooms', len(data.rooms))}** {names}")
    elif data.sessions:
        spans = "; ".join(session_line(s, words) for s in data.sessions)
        facts.append(f"**{words.label_count('sessions', len(data.sessions))}** {spans}")
    facts.append(f"**{words.label('participants_answered_label')}** {data.participants}")
    out += [f"{fact}  " for fact in facts] + [""]
    out += [
        f"## {words('agenda_as_run')}",
        "",
        f"| # | {words('item')} | {words('planned')} | {words('actual')} | {words('actual_min')} |",
        "| ---: | --- | ---: | ---: | ---: |",
    ]
    for it in data.items:
        actual = duration_text(it, words)
        planned = words("n_min", n=it.item.planned_minutes)
        span = actual_span(it, data, words)
        out.append(f"| {it.number} | {md(it.item.title)} | {planned} | {span} | {actual} |")
    out.append("")
    for it in data.items:
        out += [f"## {it.number}. {md(it.item.title)}", ""]
        if it.item.goal:
            out += [f"*{words.label('goal')}* {md(it.item.goal)}", ""]
        for kind, notes in it.notes.items():
            out += [f"### {words.note_heading(kind)}", ""]
            for note in notes:
                text = md(note.text)
                if kind == NoteKind.DECISION:
                    text = f"**{text}**"
                if kind == NoteKind.ACTION:
                    status = words.action_status(note.action_status)
                    owner = f"{md(note.action_owner)}, " if note.action_owner else ""
                    due = (
                        f"{words('due_on', date=words.short_date(note.action_due))}, "
                        if note.action_due
                        else ""
                    )
                    text += f" ({owner}{due}{status})"
                if note.poll_id is not None and note.poll_id in data.poll_labels:
                    text += f" ({words('on_poll', label=md(data.poll_labels[note.poll_id]))})"
                out.append(f"- {text}")
            out.append("")
        for result in it.polls:
            out += _poll(result, words)
    out += [f"## {words.note_heading(NoteKind.ACTION)}", ""]
    if data.actions:
        header = [words(k) for k in ("action", "owner", "due", "status")]
        out += ["| " + " | ".join(header) + " |", "| --- | --- | --- | --- |"]
        for note, _title in data.actions:
            due = words.short_date(note.action_due) if note.action_due else "—"
            status = words.action_status(note.action_status, capital=True)
            out.append(f"| {md(note.text)} | {md(note.action_owner or '—')} | {due} | {status} |")
    else:
        out.append(words("no_actions"))
    out += [
        "",
        "---",
        "",
        f"{words('anonymous_short')} {words.label('results_sha')} `{data.results_sha256}`",
        "",
        *(f"{md(paragraph)}\n" for paragraph in appendix_paragraphs(data, words)),
    ]
    if data.rooms:
        out += [f"{words.label('room_checksums')}", ""]
        out += [f"- {md(room.name)}: `{room.results_sha256}`" for room in data.rooms]
        out.append("")
    return "\n".join(out)


def write_markdown(data: MinutesData, path: Path) -> None:
    path.write_text(minutes_markdown(data), encoding="utf-8")
