"""The main window shell: open, recent files, save a copy, plans, bad files, read-only."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from PySide6.QtCore import QSettings

from workshop_app.domain.workshop import Workshop
from workshop_app.plans.plan_format import read_plan
from workshop_app.plans.templates import template_paths
from workshop_app.store.workshop_file import WorkshopFile
from workshop_app.ui.app_settings import AppSettings
from workshop_app.ui.main_window import MainWindow


def test_start_screen_lists_templates(main_window: MainWindow) -> None:
    templates = main_window.start_screen.ui.templateList
    assert templates.count() == len(template_paths()) >= 3
    assert main_window.ui.pages.currentWidget() is main_window.start_screen
    assert main_window.windowTitle() == "workshop-app"
    assert not main_window.ui.actionSaveCopy.isEnabled()


def test_open_shows_name_in_title_and_remembers_it(
    main_window: MainWindow, demo_path: Path, app_settings: AppSettings, tmp_path: Path
) -> None:
    assert main_window.open_path(demo_path)
    assert main_window.windowTitle().startswith("demo.workshop — ")
    assert main_window.ui.pages.currentWidget() is main_window.workspace
    assert main_window.ui.actionSaveCopy.isEnabled()
    main_window.close_workshop()
    # A new settings object on the same file: the list survived.
    reread = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert reread.recent_files() == [demo_path.resolve()]
    first = main_window.start_screen.ui.recentList.item(0)
    assert first is not None and "demo" in first.text()


def test_open_recent_menu_reopens(main_window: MainWindow, demo_path: Path) -> None:
    main_window.open_path(demo_path)
    main_window.close_workshop()
    main_window.ui.menuOpenRecent.aboutToShow.emit()
    actions = [a for a in main_window.ui.menuOpenRecent.actions() if a.text() == "demo.workshop"]
    assert actions
    actions[0].trigger()
    assert main_window.context is not None
    assert main_window.context.file.path == demo_path


def test_bad_file_shows_message_and_stays_on_start(
    main_window: MainWindow,
    prompter,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    bad = tmp_path / "minutes.workshop"
    bad.write_text("not a database")
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    assert not main_window.open_path(bad)
    assert prompter.errors and "not a workshop file" in prompter.errors[0][1]
    assert main_window.context is None
    assert main_window.ui.pages.currentWidget() is main_window.start_screen
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before


def test_save_a_copy_is_identical_and_openable(
    main_window: MainWindow,
    prompter,
    demo_path: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    main_window.open_path(demo_path)
    copy = tmp_path / "copy.workshop"
    prompter.paths.append(copy)
    assert main_window.save_copy()
    original = main_window.context.file  # type: ignore[union-attr]
    reopened = WorkshopFile.open(copy)
    try:
        assert reopened.read_only is None
        assert reopened.load_workshop() == original.load_workshop()
        assert reopened.items() == original.items()
        assert reopened.polls() == original.polls()
        for table in ("responses", "notes", "sessions"):
            query = f"SELECT * FROM {table} ORDER BY id"
            assert [tuple(r) for r in reopened.conn.execute(query)] == [
                tuple(r) for r in original.conn.execute(query)
            ]
        assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        reopened.close()


def test_new_from_template_and_plan_export_import(
    main_window: MainWindow,
    prompter,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    template = template_paths()[0]
    prompter.paths.append(tmp_path / "from-template")  # the suffix is added
    assert main_window.new_from_template(template)
    file = main_window.context.file  # type: ignore[union-attr]
    assert file.path.name == "from-template.workshop"
    assert [i.title for i in file.items()] == [p.item.title for p in read_plan(template).agenda]
    plan_out = tmp_path / "out.plan.json"
    prompter.paths.append(plan_out)
    assert main_window.export_plan()
    assert plan_out.read_bytes() == template.read_bytes()
    count = len(file.items())
    prompter.paths.append(plan_out)
    assert main_window.import_plan()
    assert len(file.items()) == 2 * count


def test_import_of_bad_plan_says_why(
    main_window: MainWindow,
    prompter,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    prompter.paths.append(tmp_path / "new.workshop")
    assert main_window.new_workshop()
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2")
    prompter.paths.append(bad)
    assert not main_window.import_plan()
    assert "not valid JSON" in prompter.errors[-1][1]
    assert main_window.context is not None and main_window.context.file.items() == []


def test_second_window_on_same_file_is_read_only_with_banner(
    qtbot,
    main_window: MainWindow,
    app_settings: AppSettings,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from workshop_app.clock import FakeClock

    path = tmp_path / "shared.workshop"
    WorkshopFile.create(path, Workshop(title="Shared")).close()
    assert main_window.open_path(path)
    other = MainWindow(app_settings, FakeClock(), prompter=main_window.prompter)
    qtbot.addWidget(other)
    assert other.open_path(path)
    assert other.context is not None and other.context.read_only
    assert not other.ui.readOnlyBanner.isHidden()
    assert "already open" in other.ui.readOnlyBanner.text()
    assert "[read-only]" in other.windowTitle()
    assert not other.ui.actionImportPlan.isEnabled()
    other.close_workshop()


def test_demo_opens(main_window: MainWindow) -> None:
    assert main_window.open_demo()
    assert main_window.context is not None
    assert len(main_window.context.file.items()) >= 5


def test_geometry_saved_on_close(main_window: MainWindow, app_settings: AppSettings) -> None:
    main_window.resize(900, 640)
    main_window.close()
    assert app_settings.geometry() is not None


def test_new_workshop_file_is_sound(
    main_window: MainWindow,
    prompter,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    prompter.paths.append(tmp_path / "Evening.workshop")
    assert main_window.new_workshop()
    assert main_window.context is not None
    assert main_window.context.file.load_workshop().title == "Evening"
    main_window.close_workshop()
    conn = sqlite3.connect(tmp_path / "Evening.workshop")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_notes_pane_docked_and_ctrl_shift_n_focuses_it(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    assert main_window.open_demo()
    assert main_window.notes_pane is not None and main_window.notes_dock is not None
    main_window.show()
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    main_window.workspace.setFocus()
    qtbot.keyClick(
        main_window.workspace,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main_window.notes_pane.ui.entry)
    main_window.notes_toggle.setChecked(False)
    assert main_window.notes_dock.isHidden()
    main_window.close_workshop()
    assert main_window.notes_pane is None
