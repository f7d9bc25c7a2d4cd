"""The demo workshop: a filled-in neighbourhood-safety evening a newcomer can explore.

It holds notes of every kind, action items, and closed polls of every type with
responses, including French, Polish, Greek and Arabic text, so every view and
export has something real to show; and three sessions: a rehearsal, a first evening
in another neighbourhood, and the evening of 12 March (the latest, what the minutes
show by default).
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from workshop_app.demo_ideas import add_idea_round
from workshop_app.demo_languages import translate_demo, translate_idea_round
from workshop_app.demo_room import count_the_room
from workshop_app.demo_runs import add_earlier_runs
from workshop_app.domain.notes import ActionStatus, Note, NoteKind
from workshop_app.domain.polls import Poll, PollState, PollType
from workshop_app.domain.workshop import AgendaItem, Workshop
from workshop_app.plans.plan_format import read_plan
from workshop_app.plans.plan_io import apply_plan
from workshop_app.resources import resource_path
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.session_history import add_ended_session
from workshop_app.store.session_times_repo import SessionTimesRepo
from workshop_app.store.workshop_file import WorkshopFile

DEMO_DATE = date(2026, 3, 12)
DEMO_PARTICIPANTS = 38

# Overrun on purpose in two items, so "agenda as run" has something to show.
_ACTUAL_MINUTES = [12, 9, 31, 10, 24, 27, 14]

_OPEN_TEXT_ANSWERS = [
    "Light",
    "People on the street",
    "Good lighting and open shops",
    "Knowing my neighbours",
    "Éclairage et commerces ouverts",
    "Des voisins qui se connaissent",
    "Oświetlenie i ludzie na ulicy",
    "Φωτισμός και ζωντανή γειτονιά",
    "الإضاءة الجيدة والجيران",
    "Light",
    "Visible police, but friendly",
    "Clean streets",
    "Lighting",
    "Children playing outside",
]
_HIDDEN_ANSWER = "Throw them all out"  # moderated by the facilitator: not in the minutes


def write_demo(path: Path, seed: int = 7) -> None:
    """Create the demo workshop at ``path`` (which must not exist)."""
    rng = random.Random(seed)
    plan = read_plan(resource_path("templates", "neighbourhood-safety.plan.json"))
    plan.workshop = Workshop(
        title="Neighbourhood safety: a citizens' workshop",
        date=DEMO_DATE,
        start_time=time(18, 30),
        venue="Maison de quartier Saint-Gilles, salle polyvalente",
        facilitators=["Amina El Idrissi", "Tomasz Nowak"],
        organisation="City of Brussels — Prevention and Security Service",
        description=plan.workshop.description,
        language="en",
    )
    file = WorkshopFile.create(path, plan.workshop)
    try:
        apply_plan(file, plan, replace_workshop=False)
        translate_demo(file)
        add_earlier_runs(file, seed)  # a rehearsal and a first evening elsewhere
        _run_the_evening(file, rng)
    finally:
        file.close()


def _run_the_evening(file: WorkshopFile, rng: random.Random) -> None:
    start = datetime.combine(DEMO_DATE, time(18, 32)).astimezone()
    cursor = start
    items = file.items()
    responses = ResponsesRepo(file)
    ended = start + timedelta(minutes=sum(_ACTUAL_MINUTES) + 1)
    session_id = add_ended_session(file, start, ended, DEMO_PARTICIPANTS)
    for item, minutes in zip(items, _ACTUAL_MINUTES, strict=False):
        item.actual_start = cursor
        cursor += timedelta(minutes=minutes)
        item.actual_end = cursor
        file.update_item(item)
        assert item.id is not None
        times = SessionTimesRepo(file)
        times.entered(session_id, item.id, item.actual_start)
        times.left(session_id, item.id, cursor)
        for poll in file.polls(item.id):
            opened = item.actual_start + timedelta(minutes=2)
            _answer(poll, responses, rng, opened, session_id)
            poll.state = PollState.CLOSED
            poll.opened_at = opened
            poll.closed_at = opened + timedelta(minutes=4)
            file.update_poll(poll)
    # The ideas round in the item with the most overrun: the room's own ideas, moderated,
    # then prioritised with dots.
    ideas_item = items[2]
    assert ideas_item.actual_start is not None
    wall, dots = add_idea_round(
        file, ideas_item, rng, ideas_item.actual_start + timedelta(minutes=12), DEMO_PARTICIPANTS
    )
    translate_idea_round(file, wall, dots)
    count_the_room(file, cursor)
    _take_notes(file, items, start)


def _answer(
    poll: Poll, responses: ResponsesRepo, rng: random.Random, at: datetime, session_id: int
) -> None:
    assert poll.id is not None
    n = len(poll.options)
    count = rng.randint(28, DEMO_PARTICIPANTS)
    values: list[object]
    if poll.type == PollType.SINGLE_CHOICE:
        weights = [12, 3, 2, 2, 1][:n]
        values = rng.choices(range(n), weights=weights, k=count)
    elif poll.type == PollType.MULTIPLE_CHOICE:
        limit = poll.settings.max_choices or n
        values = [sorted(rng.sample(range(n), rng.randint(1, limit))) for _ in range(count)]
    elif poll.type == PollType.SCALE:
        lo, hi = poll.settings.scale_min, poll.settings.scale_max
        middle = (lo + hi) / 2
        values = [
            max(lo, min(hi, round(rng.gauss(middle - 0.4, (hi - lo) / 4)))) for _ in range(count)
        ]
    elif poll.type == PollType.RANKING:
        values = []
        for _ in range(count):
            order = list(range(n))
            order.sort(key=lambda i: rng.random() + (0.5 if i in (1, 4) else 0))
            values.append(order)
    else:
        values = list(_OPEN_TEXT_ANSWERS)
    for offset, value in enumerate(values):
        responses.add(poll.id, value, at + timedelta(seconds=5 + offset * 3), session_id=session_id)
    if poll.type == PollType.OPEN_TEXT:
        hidden = responses.add(
            poll.id, _HIDDEN_ANSWER, at + timedelta(seconds=90), session_id=session_id
        )
        responses.set_hidden(hidden, True)


def _take_notes(file: WorkshopFile, items: list[AgendaItem], start: datetime) -> None:
    notes = NotesRepo(file)
    by_title = {item.title: item for item in items}
    polls = {poll.question: poll for poll in file.polls()}

    def add(title: str, minutes: float, kind: NoteKind, text: str, **extra: object) -> None:
        item = by_title[title]
        note = Note(
            kind=kind,
            text=text,
            item_id=item.id,
            created_at=start + timedelta(minutes=minutes),
            session_minutes=minutes,
            **extra,  # type: ignore[arg-type]
        )
        notes.add(note)

    welcome, warmup, policing, _, tech, causes, next_steps = [item.title for item in items]
    add(
        welcome,
        3,
        NoteKind.NOTE,
        "About 40 people present: residents, two neighbourhood "
        "officers, the prevention service and a city councillor.",
    )
    add(
        welcome,
        8,
        NoteKind.QUESTION,
        "Will the answers to the polls be published? — Yes, only the totals, in the minutes.",
    )
    add(
        warmup,
        17,
        NoteKind.NOTE,
        "Many feel safe during the day but avoid the park and the station tunnel after dark.",
    )
    add(warmup, 19, NoteKind.QUOTE, "« Le soir, je fais le détour par la grande rue. »")
    add(
        policing,
        28,
        NoteKind.NOTE,
        "Residents want to know their neighbourhood officer by name; most have never met one.",
    )
    add(
        policing,
        35,
        NoteKind.QUOTE,
        "„Chciałabym wiedzieć, do kogo zadzwonić, zanim coś się stanie.”",
    )
    add(
        policing,
        41,
        NoteKind.DECISION,
        "Monthly open office hours of the neighbourhood officers "
        "at the community centre, starting in April.",
        poll_id=polls["Which would most improve contact with the police?"].id,
    )
    add(
        policing,
        44,
        NoteKind.ACTION,
        "Publish names and photos of the neighbourhood officers in the district newsletter.",
        action_owner="Police zone Midi",
        action_due=date(2026, 4, 15),
    )
    add(
        tech,
        70,
        NoteKind.NOTE,
        "The data-protection officer explained retention: camera images "
        "are kept 30 days and only viewed after a complaint.",
    )
    add(
        tech,
        78,
        NoteKind.QUESTION,
        "Who checks that the images are really deleted? Ποιος ελέγχει τη διαγραφή;",
    )
    add(
        tech,
        83,
        NoteKind.DECISION,
        "No new cameras in the square before a public consultation on the results of this poll.",
        poll_id=polls[
            "Street cameras in the square: from strongly against (0) to strongly for (10)"
        ].id,
    )
    add(
        causes,
        98,
        NoteKind.NOTE,
        "Tables agreed that youth facilities and addiction support matter more than more patrols.",
    )
    add(causes, 104, NoteKind.QUOTE, "«نريد أماكن للشباب، لا المزيد من الكاميرات»")
    add(
        causes,
        108,
        NoteKind.ACTION,
        "Map the empty ground-floor premises that could host a youth space.",
        action_owner="Urban planning department",
        action_due=date(2026, 5, 31),
    )
    add(
        next_steps,
        118,
        NoteKind.ACTION,
        "Repair the broken street lights in the station tunnel.",
        action_owner="Public works",
        action_due=date(2026, 3, 31),
        action_status=ActionStatus.DONE,
    )
    add(
        next_steps,
        121,
        NoteKind.ACTION,
        "Send these minutes to all participants and post them at the community centre.",
        action_owner="Amina El Idrissi",
        action_due=date(2026, 3, 19),
    )
    add(next_steps, 124, NoteKind.DECISION, "Meet again in September to review the three actions.")
