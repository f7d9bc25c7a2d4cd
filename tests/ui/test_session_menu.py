"""The Session and View menus of the main window drive the workspace."""

from __future__ import annotations

from workshop_app.domain.session import SessionState
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile
from workshop_app.ui.shortcuts import SHORTCUTS
from workshop_app.ui.workspace import Workspace


def test_f5_starts_and_closing_the_workshop_ends_the_session(qtbot, main_window, prompter) -> None:  # type: ignore[no-untyped-def]
    assert main_window.open_demo()
    workspace = main_window.workspace
    assert isinstance(workspace, Workspace)
    path = main_window.context.file.path
    main_window.start_action.trigger()
    assert workspace.in_run_mode
    assert workspace.presenter is not None
    qtbot.waitUntil(workspace.presenter.isVisible)  # shown on the next turn of the loop
    main_window.blank_action.trigger()
    assert workspace.presenter.blanked
    prompter.choices = [None]
    assert not main_window.close_workshop()  # Escape: the person changed their mind
    assert workspace.session_live
    prompter.choices = [0]  # the default button: end the session
    assert main_window.close_workshop()
    assert prompter.questions[-1][1][0] == "End session and close"
    file = WorkshopFile.open(path)
    try:
        assert SessionsRepo(file).all()[-1].state == SessionState.ENDED
        assert SessionsRepo(file).live() is None
    finally:
        file.close()


def test_end_session_menu_then_export_offer(main_window, prompter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert main_window.open_demo()
    main_window.start_action.trigger()
    prompter.confirmations = [True, False]  # end the session; not now for the minutes
    main_window.end_action.trigger()
    assert not main_window.workspace.session_live
    assert SessionsRepo(main_window.context.file).live() is None
    assert prompter.confirmations == []  # the export was offered


def test_export_runs_off_the_gui_thread_and_opens_the_pdf(main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.export.export_job import ExportTargets

    assert main_window.open_demo()
    opened = []
    main_window.open_externally = opened.append
    targets = ExportTargets(pdf=tmp_path / "m.pdf", csv_dir=tmp_path / "csv")
    assert main_window.export_minutes(targets)
    job = main_window.export_job
    job.wait(60)
    assert main_window.last_export[0] == tmp_path / "m.pdf"
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "csv" / "notes.csv").exists()
    assert opened == []  # opening is for exports chosen in the dialog with its box ticked
    job.shutdown()


def test_export_failure_is_a_message(main_window, prompter, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.export.export_job import ExportTargets

    assert main_window.open_demo()
    assert main_window.export_minutes(ExportTargets(pdf=tmp_path / "missing" / "m.pdf"))
    main_window.export_job.wait(60)
    assert prompter.errors[-1][0] == "Export failed"
    assert "no such folder" in prompter.errors[-1][1]
    main_window.export_job.shutdown()


def test_run_mode_keys_are_listed_in_help() -> None:
    import workshop_app.ui.workspace  # noqa: F401 - registers the shortcuts

    keys = {s.keys for s in SHORTCUTS}
    assert {"F5", "PageDown", "PageUp", "Esc", "Ctrl+Up", "Ctrl+Down"} <= keys


def test_quit_and_keep_open_then_resume_with_the_same_link(main_window, prompter) -> None:  # type: ignore[no-untyped-def]
    import socket

    assert main_window.open_demo()
    path = main_window.context.file.path
    main_window.start_action.trigger()
    live = main_window.workspace.controller.live
    join_url, port = live.join_url(), live.server.port
    assert join_url and port
    prompter.choices = [1]  # quit and keep the session open
    main_window.close()
    assert prompter.questions[-1][1] == [
        "End session and quit",
        "Quit and keep the session open to resume later",
    ]
    with socket.socket() as probe:  # nothing listens once the app has quit
        assert probe.connect_ex(("127.0.0.1", port)) != 0
    file = WorkshopFile.open(path)
    try:
        assert SessionsRepo(file).live() is not None
    finally:
        file.close()
    prompter.choices = [0]  # reopening offers to resume
    assert main_window.open_path(path)
    assert prompter.questions[-1][0] == "Resume the live session?"
    workspace = main_window.workspace
    assert workspace.session_live and workspace.in_run_mode
    assert workspace.controller.live.join_url() == join_url
    prompter.choices = [0]
    assert main_window.close_workshop()


def test_quit_and_end_session(main_window, prompter) -> None:  # type: ignore[no-untyped-def]
    assert main_window.open_demo()
    path = main_window.context.file.path
    main_window.start_action.trigger()
    prompter.choices = [0]
    main_window.close()
    file = WorkshopFile.open(path)
    try:
        assert SessionsRepo(file).live() is None
        assert file.conn.execute("SELECT COUNT(*) FROM devices").fetchone()[0] == 0
    finally:
        file.close()


def test_f5_on_an_ended_demo_shows_an_empty_run(main_window, prompter, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A second session starts every poll empty: the first evening's answers stay its own."""
    from workshop_app.store.responses_repo import ResponsesRepo

    assert main_window.open_demo()
    file = main_window.context.file
    first = SessionsRepo(file).all()[-1]
    before = {p.id: ResponsesRepo(file).count(p.id or 0, [first.id or 0]) for p in file.polls()}
    assert sum(before.values()) > 0
    main_window.start_action.trigger()
    workspace = main_window.workspace
    controller = workspace.controller
    assert controller.session.id != first.id
    while controller.current_poll() is None:  # step to the first poll, as the clicker does
        assert controller.next()
    poll = controller.current_poll()
    model = workspace.session_view
    qtbot.waitUntil(lambda: poll.id in model.live_tallies, timeout=5000)
    assert model.tally(poll.id).responses == 0
    console_text = workspace.console.live_status.text()
    assert "0 responses" in console_text, console_text
    after = {p.id: ResponsesRepo(file).count(p.id or 0, [first.id or 0]) for p in file.polls()}
    assert after == before  # the first session's counts are unchanged
    prompter.confirmations = [True, False]  # end the session; no minutes now
    main_window.end_action.trigger()
