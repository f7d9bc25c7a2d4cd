"""Where the facilitator's moderation goes: to the live server while it holds the wall
(file, room, phones in one step), else straight to the file."""

from __future__ import annotations

from workshop_app.domain.ideas import IdeaState, UnmergeRefusal
from workshop_app.live.idea_moderation import Moderation, ModerationKind
from workshop_app.store.ideas_repo import IdeasRepo
from workshop_app.store.wal_check import checkpoint_truncate
from workshop_app.ui.run.controller import RunController
from workshop_app.ui.run_session.view_model import RunSessionViewModel


class IdeaModerator:
    def __init__(self, controller: RunController, session: RunSessionViewModel) -> None:
        self.controller = controller
        self.session = session

    def unmerge_refusal(self, idea_id: int) -> tuple[UnmergeRefusal, int | None] | None:
        """Why an idea cannot be unmerged, as the file says (the live server writes its
        merges there before the console hears of them)."""
        return IdeasRepo(self.controller.file).unmerge_refusal(idea_id)

    def apply(self, change: Moderation) -> None:
        live = self.controller.live
        send = getattr(live, "moderate_ideas", None)
        if send is not None and send(change):
            return  # the server's next snapshot brings the change to every view
        repo = IdeasRepo(self.controller.file)
        if change.kind == ModerationKind.PIN:
            repo.set_pinned(change.poll_id, change.idea_id)
        elif change.idea_id is None:
            return
        elif change.kind == ModerationKind.STATE:
            repo.set_state(change.idea_id, IdeaState(change.state))
        elif change.kind == ModerationKind.ANSWERED:
            repo.set_answered(change.idea_id, change.flag)
        elif change.kind == ModerationKind.EDIT:
            repo.set_text(change.idea_id, change.text)
            # The earlier text out of the journal too, if no reader holds it (else the
            # session's end or the file's closing empties it).
            checkpoint_truncate(self.controller.file.conn, attempts=1, wait=0.05)
        elif change.kind == ModerationKind.UNMERGE:
            repo.unmerge(change.idea_id)
        else:
            repo.merge(change.idea_id, list(change.sources))
        self.session.reload_stored_ideas(change.poll_id)
