"""Composition root: builds the settings, clock and windows and hands them to each other."""

from __future__ import annotations

import importlib
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app import APP_NAME, ORGANISATION_NAME, __version__
from workshop_app.clock import SystemClock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from workshop_app.ui.main_window import MainWindow


def demo_copy() -> Path:
    """A fresh demo workshop in a new temporary folder, so the demo can be changed freely."""
    from workshop_app.demo import write_demo

    folder = Path(tempfile.mkdtemp(prefix="workshop-demo-"))
    path = folder / "Neighbourhood safety (demo).workshop"
    write_demo(path)
    return path


def _prepare_live_session() -> None:
    importlib.import_module("workshop_app.ui.run.live_adapter")
    from workshop_app.domain import word_counts

    word_counts.prepare()


def warm_live_imports() -> None:
    """Import the live server (aiohttp and its TLS set-up) off the GUI thread, and build
    the stop-word index the word clouds use.

    Imported on the first F5 instead, the server held the GUI thread for 0.3–0.6 s as
    the session started (found by `make rehearsal`); the index (12,000 words) was built
    by the first open-text poll's word cloud. An F5 pressed before this is done waits
    for the import to finish, as it would have run anyway.
    """
    threading.Thread(target=_prepare_live_session, name="warm-live-imports", daemon=True).start()


def run_gui(file: Path | None = None, demo: bool = False) -> int:
    app, _window = build_gui(file, demo)
    return app.exec()


def build_gui(file: Path | None = None, demo: bool = False) -> tuple[QApplication, MainWindow]:
    """The application and its main window, shown, on FILE or the demo; not yet running.

    Split from run_gui so the rehearsal (``python -m rehearsal``) measures exactly what
    users run.
    """
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from workshop_app.live.connection_limits import raise_open_file_limit
    from workshop_app.live.gc_policy import freeze_start_up_objects
    from workshop_app.resources import resource_path
    from workshop_app.settings_registry import INTERFACE_LANGUAGE
    from workshop_app.ui.app_settings import AppSettings
    from workshop_app.ui.error_hook import ErrorHook
    from workshop_app.ui.gc_reclaim import reclaim_on_gui_thread
    from workshop_app.ui.interface_language import Translations
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.prompter import DialogPrompter

    raise_open_file_limit()  # each phone costs file descriptors; 1,024 is too few

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        QGuiApplication.highDpiScaleFactorRoundingPolicy().PassThrough
    )
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.workshopapp.WorkshopApp")
    reclaim_on_gui_thread(app)
    icon = resource_path("icons", "workshop-app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))

    settings = AppSettings(QSettings())
    translations = Translations(app)  # before any window: widgets translate as they are built
    translations.install(settings.get(INTERFACE_LANGUAGE))

    window = MainWindow(settings, SystemClock(), demo_writer=demo_copy)
    data_dir = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    ErrorHook(DialogPrompter(window).error, Path(data_dir) / "errors.log").install()
    window.show()
    # Modules, Qt wrappers and the main window live as long as the process: the
    # garbage collector need not walk them again (see workshop_app.live.gc_policy).
    freeze_start_up_objects()
    warm_live_imports()
    if demo:
        window.open_demo()
    elif file is not None:
        window.open_path(file)
    return app, window
