"""After the rehearsal: the file and the exported minutes against what people were told.

Reads the workshop file (read-only) and the files File › Export wrote: the CSV data,
the Markdown minutes, and the PDF's text (pdftotext, from poppler-utils).
"""

from __future__ import annotations

import csv
import re
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rehearsal.expected import compare, expected_answers, key
from workshop_app.domain.ideas import IdeaState
from workshop_app.domain.polls import Poll, PollType
from workshop_app.domain.small_groups import min_group_of
from workshop_app.settings_registry import MIN_GROUP_SIZE, read_workshop
from workshop_app.store.ideas_repo import IdeasRepo
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile


@dataclass
class Baseline:
    """The rehearsed session's answers before it starts (none: a session is a run of its
    own; the demo's earlier sessions keep theirs), and the sessions already there."""

    polls: dict[int, Poll]
    stored: dict[int, Counter[str]]
    sessions: frozenset[int] = frozenset()
    min_group: int = 5  # the workshop's minimum group size (a poll may set its own)


def _this_run(file: WorkshopFile, earlier: frozenset[int]) -> list[int]:
    return [s.id for s in SessionsRepo(file).all() if s.id is not None and s.id not in earlier]


def read_answers(path: Path, earlier: frozenset[int] | None = None) -> Baseline:
    """The answers of the sessions not in ``earlier`` (before the run: none yet)."""
    file = WorkshopFile.open(path, read_only=True)
    try:
        polls = {p.id: p for p in file.polls() if p.id is not None}
        repo = ResponsesRepo(file)
        min_group = read_workshop(file, MIN_GROUP_SIZE)
        if earlier is None:
            sessions = frozenset(s.id for s in SessionsRepo(file).all() if s.id is not None)
            return Baseline(polls, {pid: Counter() for pid in polls}, sessions, min_group)
        run = _this_run(file, earlier)
        stored = {pid: Counter(key(v) for _, v, _ in repo.rows(pid, run)) for pid in polls}
    finally:
        file.close()
    return Baseline(polls, stored, earlier, min_group)


def read_visible(
    path: Path, earlier: frozenset[int] = frozenset()
) -> tuple[dict[int, list[Any]], dict[int, int], dict[int, str]]:
    """Per poll: this run's visible answers, hidden count; this run's notes' texts by id."""
    file = WorkshopFile.open(path, read_only=True)
    try:
        repo = ResponsesRepo(file)
        run = _this_run(file, earlier)
        visible: dict[int, list[Any]] = {}
        hidden: dict[int, int] = {}
        for poll in file.polls():
            assert poll.id is not None
            if poll.type == PollType.IDEA_WALL:
                # A wall's "answers" are the ideas the room saw; hidden ones are counted.
                ideas = IdeasRepo(file).rows(poll.id, run)
                visible[poll.id] = [i.text for i in ideas if i.visible]
                hidden[poll.id] = sum(
                    1 for i in ideas if i.state == IdeaState.HIDDEN and i.merged_into is None
                )
                continue
            rows = repo.rows(poll.id, run)
            visible[poll.id] = [v for _, v, h in rows if not h]
            hidden[poll.id] = sum(1 for _, _, h in rows if h)
        notes = {n.id: n.text for n in NotesRepo(file).all() if n.id is not None}
    finally:
        file.close()
    return visible, hidden, notes


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, timeout=60
    )
    return flat(done.stdout)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def phones(row: dict[str, str], column: str) -> int:
    """The phones' share of a CSV figure: a poll with counts from the room (the demo's
    show of hands and paper ballots) has a ``_phone`` column beside the total."""
    return int(row.get(f"{column}_phone") or row[column])


def count_matches(row: dict[str, str], count: int, k: int) -> bool:
    """A CSV count against the one counted here: exact, or left empty where it is a
    group of 1 to k-1 ("fewer than k") or withheld so such a group cannot be worked out."""
    shown_count = row.get("count_phone") or row["count"]  # the phones' share, if split
    if shown_count == "":
        return (row["shown_as"] == f"fewer than {k}" and 0 < count < k) or (
            row["shown_as"] == "withheld"
        )
    return int(shown_count) == count and not 0 < count < k


def csv_matches(
    poll: Poll, values: list[Any], rows: list[dict[str, str]], min_group: int = 1
) -> bool:
    """One poll's CSV against the visible answers in the file, counted independently,
    as the minimum group size lets it be shown."""
    n = len(poll.options)
    if poll.type == PollType.IDEA_WALL:
        return Counter(r["idea"] for r in rows if not r["merged_into"]) == Counter(values)
    if poll.type == PollType.DOT_VOTE:
        dots = [0] * n
        for spread in values:
            for key, count in spread.items():
                dots[int(key)] += int(count)
        return [int(r["dots"]) for r in rows] == dots
    k = min_group_of(poll, min_group)
    if values and len(values) < k:  # withheld: one row saying how many answered
        return len(rows) == 1 and int(rows[0]["responses"]) == len(values)
    if poll.type in (PollType.SINGLE_CHOICE, PollType.MULTIPLE_CHOICE):
        counts = [0] * n
        for v in values:
            for i in v if isinstance(v, list) else [v]:
                counts[i] += 1
        return len(rows) == n and all(
            count_matches(r, c, k) for r, c in zip(rows, counts, strict=True)
        )
    if poll.type == PollType.SCALE:
        lo, hi = poll.settings.scale_min, poll.settings.scale_max
        want = Counter(values)
        return [int(r["value"]) for r in rows] == list(range(lo, hi + 1)) and all(
            count_matches(r, want[int(r["value"])], k) for r in rows
        )
    if poll.type == PollType.RANKING:
        if not values:
            return rows == []
        means = {
            poll.options[i]: sum(order.index(i) + 1 for order in values) / len(values)
            for i in range(n)
        }
        return len(rows) == n and all(
            abs(float(r["mean_position"]) - means[r["option"]]) < 0.006 for r in rows
        )
    return Counter(r["answer"] for r in rows) == Counter(str(v) for v in values)


@dataclass
class Findings:
    """Figures and verdicts about the answers, the notes and the minutes."""

    checks: list[tuple[str, Any, str, bool]] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def check(self, name: str, value: Any, target: str, met: bool) -> None:
        self.checks.append((name, value, target, met))


def verify(
    path: Path,
    baseline: Baseline,
    crowd: dict[str, Any],
    gui: dict[str, Any],
    exported: list[Path],
) -> Findings:
    found = Findings()
    resets = {e["poll"]: e["at"] for e in gui.get("events", []) if e["event"] == "reset"}
    hidden_texts = [e["text"] for e in gui.get("events", []) if e["event"] == "hidden"]
    want = expected_answers(crowd.get("acks", []), resets)
    after = read_answers(path, baseline.sessions)
    visible, hidden, notes = read_visible(path, baseline.sessions)
    lost = unexplained = unsure = 0
    per_poll = {}
    for pid, poll in after.polls.items():
        expectation = want.get(pid)
        if expectation is None:
            continue
        base = Counter[str]() if pid in resets else baseline.stored.get(pid, Counter())
        result = compare(after.stored[pid], base, expectation)
        lost += result.lost + sum((base - after.stored[pid]).values())
        unexplained += result.unexplained
        unsure += result.unsure_stored
        per_poll[poll.question] = {
            "type": poll.type.value,
            "acks": expectation.acks,
            "final_answers_expected": sum(expectation.sure.values()),
            "stored_this_session": sum((after.stored[pid] - base).values()),
            "lost": result.lost,
            "unexplained": result.unexplained,
        }
    found.details["polls"] = per_poll
    found.check("acknowledged answers missing from the file", lost, "0", lost == 0)
    found.check("answers in the file no phone was told of", unexplained, "0", unexplained == 0)
    found.details["answers racing the reset (either way is right)"] = unsure

    typed = gui.get("notes_typed", [])
    texts = Counter(notes.values())
    missing_typed = [t for t in typed if texts[t] != 1]
    found.check(
        "facilitator notes typed, in the file once",
        f"{len(typed) - len(missing_typed)}/{len(typed)}",
        "all",
        not missing_typed and bool(typed),
    )
    taker = {int(k): v for k, v in crowd.get("notes", {}).items()}
    wrong = [i for i, text in taker.items() if notes.get(i) != text]
    found.check(
        "note-taker notes (last edit), in the file",
        f"{len(taker) - len(wrong)}/{len(taker)}",
        "all",
        not wrong and bool(taker),
    )
    all_notes = typed + list(taker.values())

    pdf = next((p for p in exported if p.name.endswith(" - minutes.pdf")), None)
    md = next((p for p in exported if p.name.endswith(" - minutes.md")), None)
    data = next((p.parent for p in exported if p.name == "notes.csv"), None)
    found.check(
        "written by File › Export (PDF, Markdown, CSV)",
        f"{len(exported)} files",
        "all three kinds",
        None not in (pdf, md, data),
    )
    if pdf is None or md is None or data is None:
        return found
    pdf_words = pdf_text(pdf)
    md_words = flat(md.read_text(encoding="utf-8"))
    notes_csv = {flat(r["text"]) for r in read_csv(data / "notes.csv")}
    # This session's open-text answers (the demo's Arabic ones are reshaped for print).
    told = {a["answer"] for a in crowd.get("acks", []) if isinstance(a["answer"], str)}
    shown = [v for pid in after.polls for v in visible[pid] if isinstance(v, str) and v in told]
    for name, words in (("PDF minutes", pdf_words), ("Markdown minutes", md_words)):
        missing = [n for n in all_notes if flat(n) not in words]
        found.check(f"notes in the {name}", len(all_notes) - len(missing), "all", not missing)
        if missing:
            found.details[f"notes missing from the {name}"] = missing[:10]
        gone = [t for t in shown if flat(t) not in words]
        found.check(f"open-text answers in the {name}", len(shown) - len(gone), "all", not gone)
        if gone:
            found.details[f"open-text answers missing from the {name}"] = gone[:10]
    missing_csv = [n for n in all_notes if flat(n) not in notes_csv]
    found.check("notes in notes.csv", len(all_notes) - len(missing_csv), "all", not missing_csv)
    leaked = [
        t
        for t in hidden_texts
        if flat(t) in pdf_words
        or flat(t) in md_words
        or t in (data / "polls.csv").read_text("utf-8-sig")
        or any(t in p.read_text("utf-8-sig") for p in data.glob("poll-*.csv"))
    ]
    found.check(
        "hidden answer left out of every export",
        f"{len(hidden_texts) - len(leaked)}/{len(hidden_texts)}",
        "all",
        bool(hidden_texts) and not leaked,
    )
    summary = {r["question"]: r for r in read_csv(data / "polls.csv")}
    bad_csv = []
    for pid, poll in after.polls.items():
        row = summary.get(poll.question)
        ok = (
            row is not None
            and phones(row, "responses") == len(visible[pid])
            and int(row["hidden_by_moderation"]) == hidden[pid]
            and csv_matches(poll, visible[pid], read_csv(data / row["file"]), after.min_group)
        )
        if not ok:
            bad_csv.append(poll.question)
    found.check(
        "poll CSVs equal the file's answers",
        f"{len(after.polls) - len(bad_csv)}/{len(after.polls)}",
        "all",
        not bad_csv,
    )
    if bad_csv:
        found.details["polls whose CSV differs"] = bad_csv
    return found
