"""Smaller faults, driven as a person would: the demo, File › Export…'s files and message."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from workshop_app.ui.export_dialog import ExportDialog
from workshop_app.ui.interface_language import Translations
from workshop_app.ui.main_window import MainWindow


def test_the_demo_is_not_a_recent_workshop_nor_the_new_folder(
    main_window: MainWindow,
    app_settings,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    before_folder = app_settings.last_folder()
    qtbot.mouseClick(main_window.start_screen.ui.demoButton, Qt.MouseButton.LeftButton)
    assert main_window.context is not None  # the demo is open
    assert app_settings.recent_files() == []
    assert app_settings.last_folder() == before_folder
    main_window.close_workshop()
    assert not main_window.start_screen.ui.recentList.isVisibleTo(main_window)
    assert main_window.start_screen.ui.recentEmpty.text().startswith("No recent workshops yet.")
    suggested: list[str] = []

    def save_path(title: str, suggestion: str, file_filter: str) -> None:
        suggested.append(suggestion)  # then the person cancels

    main_window.prompter.save_path = save_path
    main_window.new_workshop()  # File › New…, then "Blank workshop" in the picker
    assert suggested and Path(suggested[0]).parent == Path(before_folder or Path.home())


def _status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def _accept_export_dialog(folder: Path, seen: list[ExportDialog]) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ExportDialog)
    seen.append(dialog)
    dialog.ui.folderEdit.setText(str(folder))
    dialog.ui.markdownBox.setChecked(True)
    dialog.ui.openBox.setChecked(False)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.mark.usefixtures("english")
def test_export_names_files_plainly_with_normal_permissions(
    main_window: MainWindow,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert main_window.open_demo()  # title "Neighbourhood safety: a citizens' workshop"
    old_umask = os.umask(0o022)
    try:
        seen: list[ExportDialog] = []
        QTimer.singleShot(0, lambda: _accept_export_dialog(out, seen))
        main_window.ui.actionExport.trigger()
        assert seen
        qtbot.waitUntil(lambda: _status(main_window).startswith("Exported"), timeout=30_000)
    finally:
        os.umask(old_umask)
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "Neighbourhood safety a citizens' workshop - minutes.md",
        "Neighbourhood safety a citizens' workshop - minutes.pdf",
    ]
    for path in out.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path.name  # 0666 less the umask
    assert _status(main_window).startswith("Exported 2 files to ")


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The English catalogue the app installs: it holds the plural forms of counted messages."""
    translations = Translations(qapp)
    translations.install("en")
    yield
    translations.remove()


@pytest.mark.usefixtures("english")
def test_one_exported_file_is_one_file(
    main_window: MainWindow,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    assert main_window.open_demo()

    def only_markdown() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        dialog.ui.folderEdit.setText(str(tmp_path))
        dialog.ui.pdfBox.setChecked(False)
        dialog.ui.markdownBox.setChecked(True)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, only_markdown)
    main_window.ui.actionExport.trigger()
    qtbot.waitUntil(lambda: _status(main_window).startswith("Exported"), timeout=30_000)
    assert main_window.statusBar().currentMessage().startswith("Exported 1 file to ")
