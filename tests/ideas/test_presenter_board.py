"""The idea wall on the presenter screen: top ideas with votes, the pinned one first,
new ideas animated in only when the desktop allows motion; a screenshot is looked at."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ideas.test_moderation_console import _phones_post, _start, _wall_plan
from workshop_app.domain.ideas import IdeaState
from workshop_app.live.idea_moderation import Moderation, ModerationKind
from workshop_app.store.ideas_repo import IdeasRepo


def test_top_ideas_pinned_first_and_motion_follows_the_desktop(
    qtbot: Any, context: Any, answering: Any, tmp_path: Path
) -> None:
    _wall_plan(context.file)
    wall = context.file.polls()[0]
    repo = IdeasRepo(context.file)

    def seed(session_id: int) -> None:  # ideas of this run, stored before the wall opens
        for n in range(9):
            votes = [f"v{k}" for k in range(n)]
            repo.add_for_demo(
                wall.id, f"Idea {n}", context.clock.now(), votes, IdeaState.SHOWN, session_id
            )

    workspace, poll, _ = _start(qtbot, context, answering, seed)
    was = QApplication.isEffectEnabled(Qt.UIEffect.UI_General)
    try:
        presenter = workspace.presenter
        assert presenter is not None
        board = presenter.ideas_board
        qtbot.waitUntil(lambda: len(board.rows) == 5, timeout=5000)
        assert board.isVisibleTo(presenter) and not presenter.chart.isVisibleTo(presenter)
        assert [r.text for r in board.rows][:2] == ["Idea 8", "Idea 7"]
        # The count line says what a wall holds (ideas and upvotes), not "0 responses".
        assert presenter.counts.text().endswith(" · 9 ideas · 36 upvotes")
        # Pin a weak idea: it comes first, highlighted.
        ids = {r.text: r.id for r in repo.rows(poll.id)}
        panel = workspace.console.ideas_panel  # type: ignore[union-attr]
        panel.moderator.apply(Moderation(poll.id, ModerationKind.PIN, ids["Idea 1"]))
        qtbot.waitUntil(lambda: board.rows[0].text == "Idea 1", timeout=5000)
        assert board.rows[0].pinned
        # Less motion asked for: a new idea just appears.
        QApplication.setEffectEnabled(Qt.UIEffect.UI_General, False)
        url = str(workspace.controller.live.join_url())  # type: ignore[union-attr]
        _phones_post(url, poll, ["Fresh idea"], {"Fresh idea": 9})
        qtbot.waitUntil(lambda: any(r.text == "Fresh idea" for r in board.rows), timeout=5000)
        assert board.entering() == []
        qtbot.waitUntil(
            lambda: presenter.counts.text().endswith(" · 10 ideas · 45 upvotes"), timeout=5000
        )
        assert "responses" not in presenter.counts.text()
        # Motion allowed: the next one animates in.
        QApplication.setEffectEnabled(Qt.UIEffect.UI_General, True)
        _phones_post(url, poll, ["Another idea"], {"Another idea": 9})
        qtbot.waitUntil(lambda: any(r.text == "Another idea" for r in board.rows), timeout=5000)
        new_id = next(r.id for r in board.rows if r.text == "Another idea")
        assert new_id in board.entering()
        qtbot.waitUntil(lambda: board.entering() == [], timeout=3000)
        presenter.resize(1280, 720)
        presenter.grab().save(str(tmp_path / "presenter-ideas.png"))
        assert (tmp_path / "presenter-ideas.png").stat().st_size > 10_000
    finally:
        QApplication.setEffectEnabled(Qt.UIEffect.UI_General, was)
        workspace.end_session(ask=False)
        workspace.shutdown()
