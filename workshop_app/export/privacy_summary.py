"""A one-page data-protection summary of a workshop, to attach to a data-protection
impact assessment: what was collected, why, for how long, who had access.

Written from the same gathered data as the minutes (counts only, never an answer's
text or anything about a device). English only for now.
"""

from __future__ import annotations

from pathlib import Path

from workshop_app.domain.channels import Channel
from workshop_app.domain.polls import PollType
from workshop_app.export.minutes_data import MinutesData, PollResult
from workshop_app.export.text_safety import for_markdown as md


def privacy_summary_markdown(data: MinutesData, retention_days: int = 0) -> str:
    w = data.workshop
    polls = data.polls
    # Hidden answers are phones' (moderation hides typed answers); room counts are not.
    from_room = sum(_room_answers(p) for p in polls)
    from_phones = sum(p.tally.responses + p.hidden for p in polls) - from_room
    text_polls = [p for p in polls if p.poll.type == PollType.OPEN_TEXT]
    text_answers = sum(p.tally.responses + p.hidden for p in text_polls)
    hidden = sum(p.hidden for p in polls)
    notes = data.note_count
    private_items = sum(1 for it in data.items if it.item.facilitator_notes.strip())
    own_k = sorted({p.tally.min_group for p in polls if p.tally.min_group != data.min_group})
    when = w.date.isoformat() if w.date else "no date set"
    facilitators = ", ".join(w.facilitators) or "not named"
    sessions = len(data.sessions)
    if retention_days > 0:
        retention = (
            f"Open-text answers and the facilitator's private notes are deleted "
            f"{retention_days} days after the minutes were exported (applied when the "
            "workshop file is next opened, after a notice). Counts of the other answers, "
            "notes and the minutes are kept as long as the organisers keep the file."
        )
    else:
        retention = (
            "No automatic deletion is set (Settings › retention): everything is kept for as "
            "long as the organisers keep the workshop file and the minutes."
        )
    k_text = (
        f"{data.min_group}" if data.min_group > 1 else "off (1): small groups may be shown"
    ) + (f"; some polls set their own: {', '.join(map(str, own_k))}" if own_k else "")
    lines = [
        f"# Data-protection summary: {md(w.title)}",
        "",
        f"Workshop on {when}{f', {md(w.venue)}' if w.venue else ''}; organisation: "
        f"{md(w.organisation) or 'not named'}; facilitators: {md(facilitators)}. "
        f"{sessions} session{'s' if sessions != 1 else ''}; {data.participants} devices "
        "answered at least one poll.",
        "",
        "## What was collected",
        "",
        f"- **Poll answers:** {from_phones} answers to {len(polls)} polls from participants' "
        "own phones, without name, account, IP address, browser details or location. During "
        "a session each answer carries a per-poll keyed hash of a random cookie code (so "
        "each phone answers once); the key, the hashes and the codes' digests are deleted "
        "when the session ends, answer numbers shuffled and times cut to the minute.",
        *(
            [
                f"- **Counted in the room:** {from_room} answers counted by the facilitation "
                "team (show of hands, paper ballots, sticky dots, answers given on someone's "
                "behalf): stored as counts per option, nothing about who gave them."
            ]
            if from_room
            else []
        ),
        f"- **Written (open-text) answers:** {text_answers} in {len(text_polls)} "
        f"poll{'s' if len(text_polls) != 1 else ''}, "
        f"stored as typed; {hidden} answers were hidden by the facilitator's moderation.",
        f"- **Notes:** {notes} notes, decisions and action items by the facilitation team; "
        f"private facilitator notes on {private_items} agenda items.",
        "- **Not collected:** names, contact details, IP addresses, device identifiers "
        "beyond the session, location.",
        "",
        "## Purpose",
        "",
        "To run the workshop and record its discussion and the participants' views in "
        "minutes for the people who took part and the organisers."
        + (f" Stated aim: {md(w.description)}" if w.description.strip() else ""),
        "",
        "## Retention",
        "",
        retention,
        "",
        "## Who had access",
        "",
        "- **During the workshop:** the facilitators on the laptop holding the file "
        "(answers as they arrived, written answers to moderate); a second note-taker if "
        "given the note-taker link. The page was served by the laptop over the room's "
        "network only (plain HTTP: others on the same Wi-Fi could observe traffic).",
        f"- **In the minutes and exports:** results only from the minimum group size k = "
        f"{k_text}; options chosen by fewer people, and ideas upvoted by fewer phones, read "
        "\u201cfewer than k\u201d; exact "
        "counts were shown on the facilitator's console only on request, each time "
        "recorded as a note in the minutes. Written answers not hidden by moderation are "
        "printed as typed.",
        "- **Afterwards:** whoever holds the workshop file (it is not encrypted) or the "
        "exported minutes.",
        "",
        f"Results SHA-256: `{data.results_sha256}`. Generated "
        f"{data.generated_at.isoformat(timespec='minutes')} with workshop-app.",
        "",
    ]
    return "\n".join(lines)


def write_privacy_summary(data: MinutesData, path: Path, retention_days: int = 0) -> None:
    path.write_text(privacy_summary_markdown(data, retention_days), encoding="utf-8")


def _room_answers(result: PollResult) -> int:
    """The shown answers the facilitation team counted in the room (not from phones)."""
    if result.channels is None:
        return 0
    return sum(t.responses for c, t in result.channels.channels.items() if c != Channel.PHONE)
