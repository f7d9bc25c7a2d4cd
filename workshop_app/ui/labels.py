"""Names of domain values as the interface shows them, in the interface language.

The domain layer knows no Qt, so its enums carry English labels only; the UI asks here.
Each name is a literal inside ``QCoreApplication.translate`` so that lupdate finds it.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.notes import ActionStatus, NoteKind
from workshop_app.domain.polls import PollState, PollType
from workshop_app.domain.timer_levels import TimerReading, format_span
from workshop_app.domain.workshop import Method
from workshop_app.ui.tr_noop import QT_TRANSLATE_NOOP


def method_label(method: Method) -> str:
    labels = {
        Method.PLENARY: QCoreApplication.translate("Labels", "Plenary"),
        Method.SMALL_GROUPS: QCoreApplication.translate("Labels", "Small groups"),
        Method.POLL: QCoreApplication.translate("Labels", "Poll"),
        Method.PRESENTATION: QCoreApplication.translate("Labels", "Presentation"),
        Method.BREAK: QCoreApplication.translate("Labels", "Break"),
        Method.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return labels[method]


def poll_type_label(poll_type: PollType) -> str:
    labels = {
        PollType.SINGLE_CHOICE: QCoreApplication.translate("Labels", "Single choice"),
        PollType.MULTIPLE_CHOICE: QCoreApplication.translate("Labels", "Multiple choice"),
        PollType.SCALE: QCoreApplication.translate("Labels", "Scale"),
        PollType.OPEN_TEXT: QCoreApplication.translate("Labels", "Open text"),
        PollType.RANKING: QCoreApplication.translate("Labels", "Ranking"),
        PollType.IDEA_WALL: QCoreApplication.translate("Labels", "Idea wall"),
        PollType.DOT_VOTE: QCoreApplication.translate("Labels", "Dot voting"),
    }
    return labels[poll_type]


def poll_state_label(state: PollState) -> str:
    labels = {
        PollState.DRAFT: QCoreApplication.translate("Labels", "draft"),
        PollState.OPEN: QCoreApplication.translate("Labels", "open"),
        PollState.CLOSED: QCoreApplication.translate("Labels", "closed"),
    }
    return labels[state]


def note_kind_label(kind: NoteKind) -> str:
    labels = {
        NoteKind.NOTE: QCoreApplication.translate("Labels", "Note"),
        NoteKind.DECISION: QCoreApplication.translate("Labels", "Decision"),
        NoteKind.ACTION: QCoreApplication.translate("Labels", "Action item"),
        NoteKind.QUESTION: QCoreApplication.translate("Labels", "Question"),
        NoteKind.QUOTE: QCoreApplication.translate("Labels", "Quote"),
    }
    return labels[kind]


def action_status_label(status: ActionStatus) -> str:
    labels = {
        ActionStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
        ActionStatus.DONE: QCoreApplication.translate("Labels", "Done"),
    }
    return labels[status]


def remaining_text(reading: TimerReading) -> str:
    """The timer's "9:30 left" / "+1:00 over", in the interface language."""
    remaining = reading.remaining
    if remaining < timedelta(0):
        over = QCoreApplication.translate("Labels", "+{time} over")
        return over.format(time=format_span(-remaining))
    left = QCoreApplication.translate("Labels", "{time} left")
    return left.format(time=format_span(remaining))


# The domain's poll_problems() words, marked for lupdate (a test keeps the list complete).
POLL_PROBLEMS = (
    QT_TRANSLATE_NOOP("Labels", "The question is empty."),
    QT_TRANSLATE_NOOP("Labels", "A poll of this type needs at least two options."),
    QT_TRANSLATE_NOOP("Labels", "Two options have the same text."),
    QT_TRANSLATE_NOOP("Labels", "The maximum number of choices must be at least 1."),
    QT_TRANSLATE_NOOP("Labels", "The top of the scale must be above its bottom."),
    QT_TRANSLATE_NOOP("Labels", "A scale may have at most 21 steps."),
    QT_TRANSLATE_NOOP("Labels", "The number of dots must be from 1 to 20."),
    QT_TRANSLATE_NOOP("Labels", "At least one dot must fit on an option."),
)


def problem_text(problem: str) -> str:
    """One of poll_problems()'s sentences in the interface language."""
    return QCoreApplication.translate("Labels", problem)


def note_kind_in_sentence(kind: NoteKind) -> str:
    """The kind as a word inside a sentence ("Add decision"): lower case in English,
    but each language decides (German keeps its nouns capitalised)."""
    words = {
        NoteKind.NOTE: QCoreApplication.translate("Labels", "note"),
        NoteKind.DECISION: QCoreApplication.translate("Labels", "decision"),
        NoteKind.ACTION: QCoreApplication.translate("Labels", "action item"),
        NoteKind.QUESTION: QCoreApplication.translate("Labels", "question"),
        NoteKind.QUOTE: QCoreApplication.translate("Labels", "quote"),
    }
    return words[kind]
