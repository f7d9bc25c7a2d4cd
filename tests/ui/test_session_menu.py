"""The Session and View menus of the main window drive the workspace."""

from __future__ import annotations

from workshop_app.domain.session import SessionState
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile
from workshop_app.ui.shortcuts import SHORTCUTS
from workshop_app.ui.workspace import Workspace


def test_f5_starts_and_closing_the_workshop_ends_the_session(main_window, prompter) -> None:  # type: ignore[no-untyped-def]
    assert main_window.open_demo()
    workspace = main_window.workspace
    assert isinstance(workspace, Workspace)
    path = main_window.context.file.path
    main_window.start_action.trigger()
    assert workspace.in_run_mode
    assert workspace.presenter is not None and workspace.presenter.isVisible()
    main_window.blank_action.trigger()
    assert workspace.presenter.blanked
    prompter.confirmations = [False]
    assert not main_window.close_workshop()  # the person changed their mind
    assert workspace.session_live
    prompter.confirmations = [True]
    assert main_window.close_workshop()
    file = WorkshopFile.open(path)
    try:
        assert SessionsRepo(file).all()[-1].state == SessionState.ENDED
        assert SessionsRepo(file).live() is None
    finally:
        file.close()


def test_end_session_menu(main_window, prompter) -> None:  # type: ignore[no-untyped-def]
    assert main_window.open_demo()
    main_window.start_action.trigger()
    prompter.confirmations = [True]
    main_window.end_action.trigger()
    assert not main_window.workspace.session_live
    assert SessionsRepo(main_window.context.file).live() is None


def test_run_mode_keys_are_listed_in_help() -> None:
    import workshop_app.ui.workspace  # noqa: F401 - registers the shortcuts

    keys = {s.keys for s in SHORTCUTS}
    assert {"F5", "PageDown", "PageUp", "Esc", "Ctrl+Up", "Ctrl+Down"} <= keys
