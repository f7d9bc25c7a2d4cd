"""The toolbar starts a session from a visible button; the editor says when a session is
still live after Esc, and its button goes back to run mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from workshop_app.ui.workspace import Workspace


def _button(main_window, name: str) -> QToolButton:  # type: ignore[no-untyped-def]
    button = main_window.toolbar.findChild(QToolButton, f"toolbar_{name}")
    assert isinstance(button, QToolButton) and button.isVisible()
    assert not button.icon().isNull()
    return button


def test_toolbar_shows_the_four_everyday_actions_with_icons(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.show()
    qtbot.waitExposed(main_window)
    assert main_window.open_demo()
    names = ["actionStartSession", "actionPresenterWindow", "actionNotesPane", "actionExport"]
    texts = [_button(main_window, name).text() for name in names]
    assert texts == ["Start Session", "Presenter Window", "Notes Pane", "Export Minutes and Data"]


def test_start_from_the_toolbar_then_esc_shows_the_live_banner(
    main_window, qtbot, prompter
) -> None:  # type: ignore[no-untyped-def]
    main_window.show()
    qtbot.waitExposed(main_window)
    assert main_window.open_demo()
    workspace = main_window.workspace
    assert isinstance(workspace, Workspace)
    assert not workspace.live_banner.isVisible()
    QTest.mouseClick(_button(main_window, "actionStartSession"), Qt.MouseButton.LeftButton)
    assert workspace.in_run_mode and workspace.session_live
    assert _button(main_window, "actionStartSession").text() == "Resume Session"
    assert not workspace.live_banner.isVisible()  # run mode says LIVE itself
    QTest.keyClick(workspace.console, Qt.Key.Key_Escape)
    assert not workspace.in_run_mode
    assert workspace.live_banner.isVisible()
    assert "Session live" in workspace.live_banner.text.text()
    QTest.mouseClick(workspace.live_banner.back, Qt.MouseButton.LeftButton)
    assert workspace.in_run_mode
    prompter.confirmations = [True, False]  # end the session; no minutes now
    main_window.end_action.trigger()
    assert not workspace.session_live and not workspace.live_banner.isVisible()
    assert _button(main_window, "actionStartSession").text() == "Start Session"
