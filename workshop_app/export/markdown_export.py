"""Markdown minutes, for pasting into an e-mail or a wiki."""

from __future__ import annotations

from pathlib import Path

from workshop_app.domain.notes import ActionStatus, NoteKind
from workshop_app.domain.polls import PollType
from workshop_app.export.minutes_data import MinutesData, PollResult
from workshop_app.export.pdf_minutes import KIND_HEADINGS
from workshop_app.export.text_safety import for_markdown as md


def _poll(result: PollResult) -> list[str]:
    poll, t = result.poll, result.tally
    lines = [
        f"**Poll {result.number}: {md(poll.question)}** — {t.responses} responses"
        + (f" ({result.hidden} hidden by moderation)" if result.hidden else ""),
        "",
    ]
    if t.responses == 0:
        return [*lines, "No responses.", ""]
    if poll.type in (PollType.SINGLE_CHOICE, PollType.MULTIPLE_CHOICE):
        lines += ["| Option | Count | % |", "| --- | ---: | ---: |"]
        for option, count in zip(poll.options, t.counts, strict=False):
            lines.append(f"| {md(option)} | {count} | {round(100 * count / t.responses)} |")
    elif poll.type == PollType.SCALE:
        lines += ["| Value | Count |", "| ---: | ---: |"]
        lines += [f"| {v} | {c} |" for v, c in zip(t.scale_values, t.counts, strict=False)]
        lines += ["", f"Mean {t.mean:.2f}, median {t.median:g}."]
    elif poll.type == PollType.RANKING:
        lines += ["| Rank | Option | Mean position |", "| ---: | --- | ---: |"]
        for rank, (index, score) in enumerate(t.ranking, start=1):
            lines.append(f"| {rank} | {md(poll.options[index])} | {score:.2f} |")
    else:
        lines += [f"- {md(text)}" for text in t.texts]
    return [*lines, ""]


def minutes_markdown(data: MinutesData) -> str:
    w = data.workshop
    out = [f"# Minutes: {md(w.title)}", ""]
    facts = []
    if w.date:
        facts.append(f"**Date:** {w.date:%A %d %B %Y}, from {w.start_time:%H:%M}")
    if w.venue:
        facts.append(f"**Venue:** {md(w.venue)}")
    if w.organisation:
        facts.append(f"**Organisation:** {md(w.organisation)}")
    if w.facilitators:
        facts.append(f"**Facilitators:** {md(', '.join(w.facilitators))}")
    facts.append(f"**Participants who answered at least one poll:** {data.participants}")
    out += [f"{fact}  " for fact in facts] + [""]
    out += [
        "## Agenda as run",
        "",
        "| # | Item | Planned | Actual |",
        "| ---: | --- | ---: | ---: |",
    ]
    for it in data.items:
        actual = f"{round(it.actual_minutes)} min" if it.actual_minutes is not None else "—"
        if it.overrun_minutes >= 1:
            actual += f" (+{round(it.overrun_minutes)})"
        out.append(
            f"| {it.number} | {md(it.item.title)} | {it.item.planned_minutes} min | {actual} |"
        )
    out.append("")
    for it in data.items:
        out += [f"## {it.number}. {md(it.item.title)}", ""]
        if it.item.goal:
            out += [f"*Goal:* {md(it.item.goal)}", ""]
        for kind, notes in it.notes.items():
            out += [f"### {KIND_HEADINGS[kind]}", ""]
            for note in notes:
                text = md(note.text)
                if kind == NoteKind.DECISION:
                    text = f"**{text}**"
                if kind == NoteKind.ACTION:
                    status = "done" if note.action_status == ActionStatus.DONE else "open"
                    owner = f"{md(note.action_owner)}, " if note.action_owner else ""
                    due = f"due {note.action_due:%d %b %Y}, " if note.action_due else ""
                    text += f" ({owner}{due}{status})"
                if note.poll_id is not None and note.poll_id in data.poll_labels:
                    text += f" (on poll {md(data.poll_labels[note.poll_id])})"
                out.append(f"- {text}")
            out.append("")
        for result in it.polls:
            out += _poll(result)
    out += ["## Action items", ""]
    if data.actions:
        out += ["| Action | Owner | Due | Status |", "| --- | --- | --- | --- |"]
        for note, _title in data.actions:
            due = f"{note.action_due:%d %b %Y}" if note.action_due else "—"
            status = "Done" if note.action_status == ActionStatus.DONE else "Open"
            out.append(f"| {md(note.text)} | {md(note.action_owner or '—')} | {due} | {status} |")
    else:
        out.append("No action items were recorded.")
    out += [
        "",
        "---",
        "",
        "Polls were anonymous: no name, IP address or device identifier was "
        "stored with the answers. SHA-256 of the results: "
        f"`{data.results_sha256}`",
        "",
    ]
    return "\n".join(out)


def write_markdown(data: MinutesData, path: Path) -> None:
    path.write_text(minutes_markdown(data), encoding="utf-8")
