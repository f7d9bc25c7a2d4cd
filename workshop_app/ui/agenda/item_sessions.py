"""The selected agenda item as it ran in the sessions shown (Session › Sessions…): its
actual times in each, and each poll's number of responses — saying which sessions, so a
rehearsal's figures are not taken for the real ones.

Read-only and cheap (a few small queries per poll), refreshed only while the editor is on screen:
on being shown, on the document's signals, and at most once a second while a live
session's answers arrive.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from workshop_app.domain.polls import Poll, PollType
from workshop_app.domain.session import SessionState, SessionSummary
from workshop_app.store.ideas_repo import IdeasRepo
from workshop_app.store.offline_repo import stored_channel_tally
from workshop_app.store.session_times_repo import SessionTimesRepo
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.sessions.shown import shown_sessions

LIVE_REFRESH_MS = 1000  # answers arriving while the editor is on screen: at most this often


def _local(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.astimezone() if value.tzinfo is not None else value


def _date(value: datetime, fmt: str) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


class _WrappedLabel(QLabel):
    """A wrapped label that keeps the height its text needs at its width: the editor's
    expanding fields would otherwise squeeze the lines out of sight."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        height = self.heightForWidth(max(self.width(), 1)) if self.text() else 0
        if height != self.minimumHeight():
            self.setMinimumHeight(height)


class ItemSessionsBox(QGroupBox):
    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("In the sessions shown"), parent)
        self.context = context
        self.item_id: int | None = None
        self._stale = True
        self.scope_label = _WrappedLabel(self)
        font = self.scope_label.font()
        font.setBold(True)
        self.scope_label.setFont(font)
        self.scope_label.setToolTip(self.tr("Session › Sessions… chooses the sessions shown."))
        self.body_label = _WrappedLabel(self)
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_label.setAccessibleName(self.tr("The item in the sessions shown"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.body_label)
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_REFRESH_MS)
        self._live_timer.timeout.connect(self.refresh)
        signals = context.signals
        for signal in (
            signals.sessionChanged,
            signals.pollsChanged,
            signals.agendaChanged,
            signals.countsChanged,
        ):
            signal.connect(self.mark_stale)

    # --- when to look again -------------------------------------------------------------

    def set_item(self, item_id: int | None) -> None:
        self.item_id = item_id
        self.mark_stale()

    def mark_stale(self) -> None:
        """Something changed: look again now if on screen, else when shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def answers_arrived(self) -> None:
        """A live snapshot (many a second while phones vote): at most one refresh a
        second, and none while the editor is hidden (run mode)."""
        self._stale = True
        if self.isVisible() and not self._live_timer.isActive():
            self._live_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- what it shows ------------------------------------------------------------------

    def text(self) -> str:
        return f"{self.scope_label.text()}\n{self.body_label.text()}"

    def refresh(self) -> None:
        self._stale = False
        self._live_timer.stop()
        file = self.context.file
        ids = shown_sessions(self.context)
        summaries = {s.id: s for s in SessionsRepo(file).summaries()}
        chosen = [summaries[i] for i in ids or [] if i in summaries]
        chosen.sort(key=lambda s: s.number)
        self.scope_label.setText(self._scope(ids, chosen))
        if self.item_id is None or not chosen:
            self.body_label.setText("")
            self.body_label.setVisible(False)
            return
        self.body_label.setVisible(True)
        lines = self._times(chosen) + self._polls(chosen)
        self.body_label.setText("\n".join(lines))

    def _scope(self, ids: list[int] | None, chosen: list[SessionSummary]) -> str:
        if ids is None:
            return self.tr("Not run yet: times and responses appear here after a session.")
        if not chosen:
            return self.tr("No session to show: every session is discarded.")
        if len(chosen) == 1:
            s = chosen[0]
            start = _local(s.started_at)
            assert start is not None
            day = _date(start, "d MMMM yyyy")
            if s.state == SessionState.LIVE:
                text = self.tr("Showing the live session {number} of {date}")
            elif s.rehearsal:
                text = self.tr("Showing session {number} of {date} (a rehearsal)")
            else:
                text = self.tr("Showing session {number} of {date}")
            return text.format(number=s.number, date=day)
        names = ", ".join(self._name(s, dated=True) for s in chosen)
        return self.tr("Showing %n sessions: {sessions}", "", len(chosen)).format(sessions=names)

    def _name(self, s: SessionSummary, dated: bool) -> str:
        start = _local(s.started_at)
        name = self.tr("Session {number}").format(number=s.number)
        if dated and start is not None:
            name += f" ({_date(start, 'd MMM yyyy')})"
        if s.rehearsal:
            name += " " + self.tr("[rehearsal]")
        return name

    def _times(self, chosen: list[SessionSummary]) -> list[str]:
        """The item's actual start–end in each session, dated when they span days."""
        assert self.item_id is not None
        ids = [s.id for s in chosen]
        ran = {
            t.session_id: t
            for t in SessionTimesRepo(self.context.file).times(ids)
            if t.item_id == self.item_id
        }
        days = {_local(s.started_at).date() for s in chosen}  # type: ignore[union-attr]
        dated = len(days) > 1
        lines = [self.tr("Actual times:")]
        for s in chosen:
            times = ran.get(s.id)
            start = _local(times.actual_start) if times else None
            end = _local(times.actual_end) if times else None
            if start is None:
                span = self.tr("not reached")
            else:
                span = f"{_date(start, 'd MMM') + ' ' if dated else ''}{start:%H:%M}–"
                if end is not None:
                    minutes = round((end - start).total_seconds() / 60)
                    span += f"{end:%H:%M} " + self.tr("(%n min)", "", minutes)
                else:
                    span += "…"
            if len(chosen) == 1:
                lines[0] += " " + span
            else:
                lines.append(f"  {self._name(s, dated=False)}: {span}")
        return lines

    def _polls(self, chosen: list[SessionSummary]) -> list[str]:
        """Each poll's count in the sessions shown, as the minutes count it: the phones'
        visible answers plus those counted in the room (hands, paper, proxy); an idea
        wall's ideas the room saw."""
        assert self.item_id is not None
        file = self.context.file
        polls = [p for p in file.polls(self.item_id) if p.id is not None]
        if not polls:
            return []
        language = file.load_workshop().language
        lines = [self.tr("Responses:")]
        for number, poll in enumerate(polls, start=1):
            per = [self._count(poll, s.id, language) for s in chosen]
            if poll.type == PollType.IDEA_WALL:
                total = self.tr("%n ideas", "", sum(per))
            else:
                total = self.tr("%n responses", "", sum(per))
            line = f"  {number}. {poll.question} — {total}"
            if len(chosen) > 1:
                each = (
                    self.tr("{count} in session {number}").format(count=n, number=s.number)
                    for n, s in zip(per, chosen, strict=True)
                )
                line += " (" + " · ".join(each) + ")"
            lines.append(line)
        return lines

    def _count(self, poll: Poll, session_id: int, language: str) -> int:
        assert poll.id is not None
        file = self.context.file
        if poll.type == PollType.IDEA_WALL:
            return sum(1 for idea in IdeasRepo(file).rows(poll.id, [session_id]) if idea.visible)
        return stored_channel_tally(file, poll, language, [session_id]).total.responses
