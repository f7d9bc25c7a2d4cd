"""The ballots PDF: every poll once, several to a page, more pages when they do not fit,
in the workshop's language; typed text printed as written."""

from __future__ import annotations

import subprocess
from pathlib import Path

from workshop_app.domain.polls import Poll, PollSettings, PollType
from workshop_app.domain.workshop import Workshop
from workshop_app.export.ballots_pdf import BallotPoll, write_ballots


def text_and_pages(pdf: Path) -> tuple[str, int]:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
    return " ".join(text.split()), pages


def test_many_polls_fill_several_pages(tmp_path: Path) -> None:
    options = ["Lighting <b>&</b> benches", "Bins", "Wider pavements", "Trees", "Nothing"]
    polls = [
        BallotPoll(Poll(PollType.SINGLE_CHOICE, f"Question {n}: what first?", options), f"1.{n}")
        for n in range(1, 15)
    ]
    pdf = tmp_path / "ballots.pdf"
    pages = write_ballots(Workshop(title="Mixed room", language="de"), polls, pdf)
    text, counted = text_and_pages(pdf)
    assert pages == counted and 2 <= pages <= 4
    for n in range(1, 15):
        assert f"Question {n}: what first?" in text
    assert text.count("Stimmzettel · Mixed room") == 14
    assert "1. Lighting <b>&</b> benches" in text
    assert "Kreuzen Sie ein Kästchen an." in text


def test_every_poll_type_says_how_to_answer(tmp_path: Path) -> None:
    scale = PollSettings(
        scale_min=0, scale_max=10, scale_min_label="Never", scale_max_label="Always"
    )
    polls = [
        BallotPoll(
            Poll(PollType.MULTIPLE_CHOICE, "Which?", ["A", "B", "C"], PollSettings(2)), "1.1"
        ),
        BallotPoll(Poll(PollType.SCALE, "How often?", settings=scale), "1.2"),
        BallotPoll(Poll(PollType.RANKING, "Order?", ["X", "Y", "Z"]), "2.1"),
        BallotPoll(Poll(PollType.OPEN_TEXT, "Why?"), "2.2"),
    ]
    pdf = tmp_path / "ballots.pdf"
    assert write_ballots(Workshop(title="T"), polls, pdf, "http://10.0.0.2:8765/j/abc") == 1
    text, _ = text_and_pages(pdf)
    assert "Tick up to 2 boxes." in text
    assert "Tick one value." in text and "0 = Never" in text and "10 = Always" in text
    assert "Write 1 beside your first choice" in text and "3. Z" in text
    assert "Write your answer:" in text
    assert text.count("Or answer on your phone: scan the code.") == 4
