"""Which sessions' notes and results the views show, chosen in Session › Sessions…."""

from __future__ import annotations

from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.ui.context import WorkshopContext


def shown_sessions(context: WorkshopContext) -> list[int] | None:
    """The sessions the views show; None when the file has never been run (show all)."""
    # Cheap: called on every notes refresh, also while phones vote.
    repo = SessionsRepo(context.file)
    live = repo.live()
    if live is not None and live.id is not None:
        return [live.id]  # during a run the views follow the run
    if context.shown_session_ids is not None:
        kept = repo.kept_ids()
        chosen = [i for i in context.shown_session_ids if i in kept]
        if chosen:
            return chosen
    current = repo.current_id()
    if current is not None:
        return [current]
    return [] if repo.all() else None  # every session discarded: none of theirs


def show_sessions(context: WorkshopContext, ids: list[int] | None) -> None:
    """Show these sessions (None: the current one) in the notes pane, actions and minutes."""
    context.shown_session_ids = ids
    context.signals.sessionChanged.emit()
    context.signals.notesChanged.emit()
