"""File › Export… offers the accessible HTML minutes: chosen in the dialog, written beside
the other files, and opened when no PDF was asked for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from workshop_app.ui.export_dialog import ExportDialog


def test_html_minutes_from_the_export_action(qtbot, main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert main_window.open_demo()
    opened: list[Path] = []
    main_window.open_externally = opened.append
    folder = tmp_path / "out"
    folder.mkdir()
    seen: list[str] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        seen.append(dialog.ui.htmlBox.text())
        for box in (dialog.ui.pdfBox, dialog.ui.htmlBox):  # PDF off, HTML on
            on_the_box = QPoint(8, box.height() // 2)
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=on_the_box)
        assert not dialog.ui.pdfBox.isChecked() and dialog.ui.htmlBox.isChecked()
        dialog.ui.folderEdit.clear()
        qtbot.keyClicks(dialog.ui.folderEdit, str(folder))
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    main_window.ui.actionExport.trigger()
    assert seen == ["&HTML minutes (accessible), for screen readers and the web"]
    job = main_window.export_job
    assert job is not None
    job.wait(60)
    qtbot.waitUntil(lambda: bool(main_window.last_export))
    written = main_window.last_export
    assert [p.name for p in written] == ["Neighbourhood safety a citizens' workshop - minutes.html"]
    assert written[0].read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert opened == written  # no PDF chosen: the HTML minutes are what opens
    job.shutdown()


def test_the_export_dialog_chooses_the_sessions(qtbot, main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Two evenings side by side, chosen in the dialog with the keyboard."""
    assert main_window.open_demo()
    main_window.open_externally = lambda path: None
    folder = tmp_path / "out"
    folder.mkdir()
    offered: list[list[str]] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        combo = dialog.sessions_row.combo
        assert dialog.sessions_row.isVisible()
        offered.append([combo.itemText(i) for i in range(combo.count())])
        for box in (dialog.ui.pdfBox, dialog.ui.markdownBox):  # PDF off, Markdown on
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # "All sessions but rehearsals"
        dialog.ui.folderEdit.clear()
        qtbot.keyClicks(dialog.ui.folderEdit, str(folder))
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    main_window.ui.actionExport.trigger()
    assert offered == [
        [
            "The latest session",
            "All sessions but rehearsals, side by side",
            "Session 1, 2026-03-04 (rehearsal)",
            "Session 2, 2026-03-05",
            "Session 3, 2026-03-12",
        ]
    ]
    job = main_window.export_job
    assert job is not None
    job.wait(60)
    qtbot.waitUntil(lambda: bool(main_window.last_export), timeout=60_000)
    minutes = next(folder.glob("*.md")).read_text(encoding="utf-8")
    assert "| Option | Session 2, 5 Mar 2026 | Session 3, 12 Mar 2026 | Total |" in minutes
    assert "Test run: the projector" not in minutes  # the rehearsal stays out
    job.shutdown()
