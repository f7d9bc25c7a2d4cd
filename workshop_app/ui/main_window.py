"""The main window: start screen or open workshop, File/Edit/Help menus, recent files."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QMainWindow, QWidget

from workshop_app.clock import Clock
from workshop_app.domain.workshop import Workshop
from workshop_app.export.export_job import ExportTargets
from workshop_app.export.minutes_data import Letterhead
from workshop_app.plans.plan_format import PlanError, read_plan, write_plan
from workshop_app.plans.plan_io import apply_plan, plan_from_file
from workshop_app.plans.templates import builtin_templates
from workshop_app.settings_registry import (
    LOOK,
    NETWORK_INTERFACE,
    NETWORK_PORT,
    ORGANISATION_NAME,
    organisation_logo,
)
from workshop_app.store.errors import WorkshopFileError
from workshop_app.store.retention import record_export
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import FILE_SUFFIX, WorkshopFile
from workshop_app.ui.about_dialog import AboutDialog, ShortcutsDialog
from workshop_app.ui.app_settings import AppSettings
from workshop_app.ui.background import BackgroundJob
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.export_controller import ExportController
from workshop_app.ui.forms.ui_main_window import Ui_MainWindow
from workshop_app.ui.looks import LookSwitcher
from workshop_app.ui.main_toolbar import build_toolbar, give_icons
from workshop_app.ui.notes.actions_table import ActionItemsDialog
from workshop_app.ui.notes.pane import NotesPane
from workshop_app.ui.print_ballots import print_ballots
from workshop_app.ui.prompter import DialogPrompter, Prompter
from workshop_app.ui.retention_notice import offer_retention
from workshop_app.ui.run.live_port import LivePolling
from workshop_app.ui.sessions.dialog import SessionsDialog
from workshop_app.ui.sessions.merge_dialog import MergeRooms
from workshop_app.ui.settings_dialog import SettingsDialog
from workshop_app.ui.shortcut_priority import WindowShortcutsFirst
from workshop_app.ui.start_screen import StartScreen
from workshop_app.ui.template_picker import TemplatePickerDialog
from workshop_app.ui.undo_keys import UndoKeysPassThrough
from workshop_app.ui.workspace import Workspace

APP_TITLE = "workshop-app"
WorkspaceFactory = Callable[[WorkshopContext, QWidget], QWidget]


class MainWindow(QMainWindow):
    workshopOpened = Signal(object)  # WorkshopContext
    workshopClosed = Signal()

    def __init__(
        self,
        settings: AppSettings,
        clock: Clock,
        prompter: Prompter | None = None,
        workspace_factory: WorkspaceFactory | None = None,
        demo_writer: Callable[[], Path] | None = None,
    ) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = settings
        self.clock = clock
        self.prompter: Prompter = prompter or DialogPrompter(self)
        self.workspace_factory: WorkspaceFactory = workspace_factory or self._default_workspace
        self.demo_writer = demo_writer
        self.context: WorkshopContext | None = None
        self.workspace: QWidget | None = None
        self._quitting = False
        self.open_externally: Callable[[Path], None] = _open_with_system_viewer
        self.exports = ExportController(
            self,
            self.prompter,
            clock,
            self.statusBar().showMessage,
            lambda path: self.open_externally(path),  # tests replace open_externally
        )
        self.exports.minutes_exported.connect(self._minutes_exported)

        self.start_screen = StartScreen(self)
        self.ui.pages.addWidget(self.start_screen)
        self._build_edit_menu()
        self._build_session_menus()
        self._build_notes_actions()
        self._build_template_menu()
        self._build_settings_action()
        self.toolbar = build_toolbar(
            self,
            [
                self.start_action,
                self.presenter_action,
                self.notes_toggle,
                self.ui.actionExport,
            ],
        )
        self.ui.menuView.addAction(self.toolbar.toggleViewAction())
        self._build_look_menu()
        give_icons(self, [self.ui.actionNew, self.ui.actionOpen, self.end_action])
        give_icons(self, [self.settings_action, self.ui.actionShortcuts])
        self.shortcuts_first = WindowShortcutsFirst(self)
        self._connect()
        self._undo_keys = UndoKeysPassThrough(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._undo_keys)
        geometry = settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._first_run_size()
        self._show_start()

    def _first_run_size(self) -> None:
        """Most of the screen on the first start: the agenda, item and notes side by side."""
        screen = self.screen()
        if screen is None:
            return
        available = screen.availableGeometry()
        self.resize(min(1400, int(available.width() * 0.9)), int(available.height() * 0.85))

    # --- wiring -----------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        ui.actionNew.triggered.connect(self.choose_new_workshop)
        ui.actionOpen.triggered.connect(self.choose_and_open)
        ui.actionSaveCopy.triggered.connect(self.save_copy)
        ui.actionImportPlan.triggered.connect(self.import_plan)
        ui.actionExportPlan.triggered.connect(self.export_plan)
        ui.actionClose.triggered.connect(self.close_workshop)
        # triggered(bool) would pass `checked` into export_minutes(targets): wrap it.
        ui.actionExport.triggered.connect(lambda _checked=False: self.export_minutes())
        ui.actionQuit.triggered.connect(self.close)
        self.merge_action = QAction(self.tr("&Merge Rooms…"), self)
        self.merge_action.setObjectName("actionMergeRooms")
        self.merge_action.triggered.connect(self.merge_rooms)
        ui.menuFile.insertAction(ui.actionClose, self.merge_action)
        self.merger = MergeRooms(self, self.prompter, self.clock, self.statusBar().showMessage)
        ui.actionAbout.triggered.connect(lambda: AboutDialog(self).exec())
        ui.actionShortcuts.triggered.connect(lambda: ShortcutsDialog(self).exec())
        ui.menuOpenRecent.aboutToShow.connect(self._fill_recent_menu)
        self.start_screen.newRequested.connect(self.choose_new_workshop)
        self.start_screen.openRequested.connect(self.choose_and_open)
        self.start_screen.demoRequested.connect(self.open_demo)
        self.start_screen.recentChosen.connect(self.open_path)
        self.start_screen.templateChosen.connect(self.new_from_template)

    def _build_edit_menu(self) -> None:
        # One undo stack per open workshop; these actions follow whichever is active.
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action.triggered.connect(self._undo)
        self.redo_action.triggered.connect(self._redo)
        self.undo_action.setObjectName("actionUndo")
        self.redo_action.setObjectName("actionRedo")
        self.ui.menuEdit.addAction(self.undo_action)
        self.ui.menuEdit.addAction(self.redo_action)

    def _build_session_menus(self) -> None:
        # Session and View act on the open workshop's page (the agenda editor and run mode).
        def on_workspace(name: str) -> Callable[[], None]:
            def call() -> None:
                method = getattr(self.workspace, name, None)
                if callable(method):
                    method()

            return call

        self.details_action = QAction(self.tr("Workshop &Details…"), self)
        self.details_action.triggered.connect(on_workspace("edit_details"))
        self.ui.menuEdit.addSeparator()
        self.ui.menuEdit.addAction(self.details_action)
        self.start_action = QAction(self.tr("&Start Session"), self)
        self.start_action.setShortcut(QKeySequence("F5"))
        self.start_action.triggered.connect(on_workspace("start_session"))
        self.end_action = QAction(self.tr("&End Session…"), self)
        self.end_action.triggered.connect(on_workspace("end_session"))
        self.rehearsal_action = QAction(self.tr("Start as &Rehearsal"), self)
        self.rehearsal_action.triggered.connect(on_workspace("start_rehearsal"))
        self.sessions_action = QAction(self.tr("Sess&ions…"), self)
        self.sessions_action.triggered.connect(self.show_sessions)
        self.ui.menuSession.addAction(self.start_action)
        self.ui.menuSession.addAction(self.rehearsal_action)
        self.ui.menuSession.addAction(self.end_action)
        self.ui.menuSession.addSeparator()
        self.ui.menuSession.addAction(self.sessions_action)
        self.ballots_action = QAction(self.tr("Print &Ballots…"), self)
        self.ballots_action.triggered.connect(lambda _checked=False: self.print_ballots())
        self.ui.menuSession.addAction(self.ballots_action)
        self.presenter_action = QAction(self.tr("&Presenter Window"), self)
        self.presenter_action.triggered.connect(on_workspace("show_presenter"))
        self.blank_action = QAction(self.tr("&Blank Presenter Screen (B)"), self)
        self.blank_action.triggered.connect(on_workspace("toggle_blank"))
        self.ui.menuView.addAction(self.presenter_action)
        self.ui.menuView.addAction(self.blank_action)
        # Stable names: tests and the every-action check identify actions by them.
        for action, name in (
            (self.details_action, "actionDetails"),
            (self.start_action, "actionStartSession"),
            (self.end_action, "actionEndSession"),
            (self.rehearsal_action, "actionStartRehearsal"),
            (self.sessions_action, "actionSessions"),
            (self.ballots_action, "actionPrintBallots"),
            (self.presenter_action, "actionPresenterWindow"),
            (self.blank_action, "actionBlank"),
        ):
            action.setObjectName(name)
        self.session_actions = (
            self.details_action,
            self.start_action,
            self.end_action,
            self.rehearsal_action,
            self.sessions_action,
            self.presenter_action,
            self.blank_action,
        )

    def _build_notes_actions(self) -> None:
        self.notes_dock: QDockWidget | None = None
        self.notes_pane: NotesPane | None = None
        self.notes_toggle = QAction(self.tr("&Notes Pane"), self)
        self.notes_toggle.setCheckable(True)
        self.notes_toggle.setChecked(True)
        self.notes_toggle.toggled.connect(self._show_notes)
        self.focus_note_action = QAction(self.tr("&Write a Note"), self)
        self.focus_note_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.focus_note_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.focus_note_action.triggered.connect(self.focus_note_entry)
        self.actions_action = QAction(self.tr("&Action Items…"), self)
        self.actions_action.triggered.connect(self.show_action_items)
        self.notes_toggle.setObjectName("actionNotesPane")
        self.focus_note_action.setObjectName("actionWriteNote")
        self.actions_action.setObjectName("actionActionItems")
        self.ui.menuView.addSeparator()
        for action in (self.notes_toggle, self.focus_note_action, self.actions_action):
            self.ui.menuView.addAction(action)
            self.addAction(action)  # shortcuts work whichever page has focus

    def _install_notes(self, context: WorkshopContext) -> None:
        pane = NotesPane(context, self)
        pane.ui.actionsButton.clicked.connect(self.show_action_items)
        dock = QDockWidget(self.tr("Notes"), self)
        dock.setObjectName("notesDock")
        dock.setWidget(pane)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        dock.visibilityChanged.connect(self._notes_visibility)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        # Wide enough for its buttons and readable notes; the user may drag it wider.
        dock.setMinimumWidth(pane.minimumSizeHint().width())
        self.resizeDocks([dock], [max(340, pane.sizeHint().width())], Qt.Orientation.Horizontal)
        dock.setVisible(self.notes_toggle.isChecked())
        self.notes_dock, self.notes_pane = dock, pane
        editor = getattr(self.workspace, "editor", None)
        if editor is not None:  # outside run mode, notes follow the item selected in the agenda
            editor.table.selectionModel().currentRowChanged.connect(
                lambda *_: pane.select_item(editor.selected_item_id())
            )
            pane.select_item(editor.selected_item_id())

    def _remove_notes(self) -> None:
        if self.notes_pane is not None:
            self.notes_pane.shutdown()
        if self.notes_dock is not None:
            self.removeDockWidget(self.notes_dock)
            self.notes_dock.deleteLater()
        self.notes_dock = self.notes_pane = None

    def _show_notes(self, visible: bool) -> None:
        if self.notes_dock is not None:
            self.notes_dock.setVisible(visible)

    def _notes_visibility(self, visible: bool) -> None:
        if not self.isVisible():  # the window itself hiding says nothing about the pane
            return
        self.notes_toggle.blockSignals(True)
        self.notes_toggle.setChecked(visible)
        self.notes_toggle.blockSignals(False)

    def focus_note_entry(self) -> None:
        if self.notes_pane is None or self.notes_dock is None:
            return
        self.notes_toggle.setChecked(True)
        self.notes_dock.show()
        self.notes_dock.raise_()
        self.activateWindow()
        self.notes_pane.focus_entry()

    def show_action_items(self) -> None:
        if self.context is not None:
            ActionItemsDialog(self.context, self).exec()

    def merge_rooms(self) -> bool:
        """File › Merge Rooms…: several rooms' files of one plan into one report."""
        folder = self.context.file.path.parent if self.context else Path.home()
        return self.merger.ask_and_merge(folder)

    def show_sessions(self) -> None:
        if self.context is not None:
            dialog = SessionsDialog(self.context, self.prompter, self)
            # Gone once closed: a dialog kept as a hidden child stays bound to the file's
            # signals (each opening would add one more).
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.exec()

    def _build_look_menu(self) -> None:
        """View › Look: the desktop's, light or dark, for the console and the presenter."""
        from PySide6.QtGui import QActionGroup

        app = QApplication.instance()
        self.looks = LookSwitcher(app) if isinstance(app, QApplication) else None
        menu = self.ui.menuView.addMenu(self.tr("&Look"))
        group = QActionGroup(self)
        names = {
            "system": self.tr("&System"),
            "light": self.tr("&Light"),
            "dark": self.tr("&Dark"),
        }
        self.look_actions: dict[str, QAction] = {}
        saved = self.settings.get(LOOK)
        for name, text in names.items():
            action = QAction(text, group)
            action.setCheckable(True)
            action.setChecked(name == saved)
            action.setObjectName(f"actionLook{name.capitalize()}")
            action.triggered.connect(lambda _checked=False, n=name: self.set_look(n))
            menu.addAction(action)
            self.look_actions[name] = action
        if saved != "system" and self.looks is not None:
            self.looks.apply(saved)  # the look chosen last time; "system" is what Qt starts in

    def set_look(self, name: str) -> None:
        self.settings.set(LOOK, name)
        if self.looks is None:
            return
        look = self.looks.apply(name)
        set_stage = getattr(self.workspace, "set_stage_colours", None)
        if callable(set_stage):
            set_stage(look.stage)

    def _build_template_menu(self) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self.tr("New from &Template"), self)
        for template in builtin_templates():
            action = menu.addAction(template.title)
            action.setObjectName(f"actionTemplate_{template.path.name.split('.')[0]}")
            action.triggered.connect(
                lambda _=False, path=template.path: self.new_from_template(path)
            )
        self.ui.actionNewFromTemplate.setMenu(menu)
        self.template_menu = menu

    def _build_settings_action(self) -> None:
        self.settings_action = QAction(self.tr("Se&ttings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setObjectName("actionSettings")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        self.ui.menuEdit.addSeparator()
        self.ui.menuEdit.addAction(self.settings_action)

    def show_settings(self) -> bool:
        """Edit › Settings…; True when the person pressed OK."""
        file = self.context.file if self.context is not None else None
        dialog = SettingsDialog(self.settings, self, prompter=self.prompter, workshop=file)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted and self.context is not None:  # the presenter shows the Wi-Fi code at once
            self.context.signals.workshopChanged.emit()
        if accepted and dialog.language_changed():
            self.statusBar().showMessage(
                self.tr("The new language applies the next time workshop-app starts."), 8000
            )
        return accepted

    def _default_workspace(self, context: WorkshopContext, parent: QWidget) -> QWidget:
        # Live polls serve on the address and port chosen in Settings (read at each start).
        def live(context: WorkshopContext) -> LivePolling:
            from workshop_app.ui.run.live_adapter import ServerLivePolling

            return ServerLivePolling(
                context,
                self.settings.get(NETWORK_INTERFACE) or None,
                self.settings.get(NETWORK_PORT),
            )

        return Workspace(context, parent, live_factory=live)

    def _workshop_filter(self) -> str:
        return self.tr("Workshops (*.workshop)")

    def _plan_filter(self) -> str:
        return self.tr("Workshop plans (*.plan.json *.json)")

    # --- opening and closing ------------------------------------------------------------

    def open_path(self, path: Path, *, remember: bool = True) -> bool:
        """Open a workshop file; on failure say why and stay where we were.

        ``remember``: list it under recent workshops and offer its folder next time (not for
        the demo, which lives in a temporary folder).
        """
        path = Path(path)
        if self.context and self.context.file.path.resolve() == path.resolve():
            return True
        try:
            file = WorkshopFile.open(path)
        except WorkshopFileError as err:
            self.prompter.error(self.tr("Cannot open workshop"), str(err))
            if not path.exists():
                self.settings.remove_recent(path)
                self.start_screen.set_recent(self.settings.recent_files())
            return False
        if not self.close_workshop():
            file.close()
            return False
        self._install(file, remember=remember)
        if file.wal_damage is not None:
            self._tell_wal_damage(file)
        elif offer_retention(file, self.prompter, self.clock.now()):
            self.context.signals.agendaChanged.emit()  # type: ignore[union-attr]
        return True

    def _minutes_exported(self) -> None:
        # The retention period (Settings) runs from the latest export of the minutes.
        context = self.context
        if context is not None and not context.read_only:
            record_export(context.file, self.clock.now())

    def _tell_wal_damage(self, file: WorkshopFile) -> None:
        damage = file.wal_damage
        assert damage is not None
        self.prompter.error(
            self.tr("Changes lost from a damaged journal"),
            self.tr(
                "{name}: its journal (the -wal file beside it) is damaged. {count} saved "
                "change(s) written after the damaged place could not be read back and are "
                "missing. A copy of the journal is kept as {copy}."
            ).format(
                name=file.path.name,
                count=damage.report.commits_discarded,
                copy=damage.copy.name if damage.copy else "-",
            ),
        )

    def choose_and_open(self) -> bool:
        path = self.prompter.open_path(
            self.tr("Open workshop"), self.settings.last_folder(), self._workshop_filter()
        )
        return self.open_path(path) if path else False

    def choose_new_workshop(self) -> bool:
        """File › New Workshop…: a template (or blank) first, then where to save it."""
        picker = TemplatePickerDialog(builtin_templates(), self)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return False
        template = picker.chosen()
        return self.new_from_template(template) if template else self.new_workshop()

    def new_workshop(self) -> bool:
        path = self.prompter.save_path(
            self.tr("New workshop"), self._suggest(self.tr("New workshop")), self._workshop_filter()
        )
        if path is None:
            return False
        path = _with_suffix(path)
        return self._create(path, Workshop(title=path.stem))

    def new_from_template(self, template_path: Path) -> bool:
        try:
            plan = read_plan(Path(template_path))
        except PlanError as err:
            self.prompter.error(self.tr("Cannot use template"), str(err))
            return False
        path = self.prompter.save_path(
            self.tr("New workshop from template"),
            self._suggest(plan.workshop.title),
            self._workshop_filter(),
        )
        if path is None:
            return False
        path = _with_suffix(path)
        if not self._create(path, plan.workshop):
            return False
        assert self.context is not None
        apply_plan(self.context.file, plan, replace_workshop=False)
        self.context.signals.agendaChanged.emit()
        return True

    def open_demo(self) -> bool:
        if self.demo_writer is None:
            return False
        try:
            path = self.demo_writer()
        except (OSError, WorkshopFileError) as err:
            self.prompter.error(self.tr("Cannot create the demo"), str(err))
            return False
        return self.open_path(path, remember=False)

    def _create(self, path: Path, workshop: Workshop) -> bool:
        if path.exists():
            # The save dialog already asked to replace; replace only a workshop that is closed.
            if self.context and self.context.file.path.resolve() == path.resolve():
                self.prompter.error(
                    self.tr("Cannot replace"),
                    self.tr("That workshop is open; choose another name."),
                )
                return False
            try:
                for sidecar in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                    sidecar.unlink(missing_ok=True)
            except OSError as err:
                self.prompter.error(
                    self.tr("Cannot create workshop"), f"{path.name}: {err.strerror}."
                )
                return False
        try:
            file = WorkshopFile.create(path, workshop)
        except WorkshopFileError as err:
            self.prompter.error(self.tr("Cannot create workshop"), str(err))
            return False
        if not self.close_workshop():
            file.close()
            return False
        self._install(file)
        return True

    def _install(self, file: WorkshopFile, *, remember: bool = True) -> None:
        self.context = WorkshopContext(file=file, clock=self.clock, undo_stack=QUndoStack(self))
        self.context.undo_stack.canUndoChanged.connect(self._update_actions)
        self.context.undo_stack.canRedoChanged.connect(self._update_actions)
        self.context.signals.workshopChanged.connect(self._update_title)
        self.workspace = self.workspace_factory(self.context, self)
        set_stage = getattr(self.workspace, "set_stage_colours", None)
        if callable(set_stage) and self.looks is not None:
            set_stage(self.looks.current.stage)
        self._install_notes(self.context)
        self.ui.pages.addWidget(self.workspace)
        self.ui.pages.setCurrentWidget(self.workspace)
        if remember:
            self.settings.add_recent(file.path)
            self.settings.set_last_folder(file.path.parent)
        banner = self.ui.readOnlyBanner
        banner.setVisible(file.read_only is not None)
        if file.read_only is not None:
            banner.setText(self.tr("Read-only: {reason}").format(reason=file.read_only.message))
            banner.setStyleSheet(
                "background: palette(highlight); color: palette(highlighted-text);"
            )
        self._update_title()
        self._update_actions()
        self.shortcuts_first.cover(self)
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=file.path), 5000)
        self.workshopOpened.emit(self.context)
        run_mode = getattr(self.workspace, "runModeChanged", None)
        if run_mode is not None:
            run_mode.connect(self._update_start_label)
        finished = getattr(self.workspace, "sessionFinished", None)
        if finished is not None:
            finished.connect(self._offer_export_after_session)
        offer = getattr(self.workspace, "offer_resume", None)
        if callable(offer):
            offer()

    def close_workshop(self) -> bool:
        """Close the open workshop (if any). Returns False if the person cancelled."""
        if self.context is None:
            return True
        if not self._may_close():
            return False
        context, workspace = self.context, self.workspace
        self.context = self.workspace = None
        if workspace is not None:
            self.ui.pages.removeWidget(workspace)
            workspace.deleteLater()
        self._remove_notes()
        context.undo_stack.clear()
        if not context.read_only:
            # Discarded sessions were undoable until now: they go for good.
            with contextlib.suppress(WorkshopFileError):
                SessionsRepo(context.file).purge_discarded()
        context.file.close()
        self.workshopClosed.emit()
        self._show_start()
        return True

    def _may_close(self) -> bool:
        """Hook for views that must ask first (a live session). Every edit is saved already."""
        check = getattr(self.workspace, "may_close", None)
        return bool(check(quitting=self._quitting)) if callable(check) else True

    def _show_start(self) -> None:
        self.start_screen.set_recent(self.settings.recent_files())
        self.start_screen.set_templates(builtin_templates())
        self.ui.pages.setCurrentWidget(self.start_screen)
        self.ui.readOnlyBanner.setVisible(False)
        self._update_title()
        self._update_actions()

    # --- file menu ---------------------------------------------------------------------

    def save_copy(self) -> bool:
        if self.context is None:
            return False
        source = self.context.file.path
        path = self.prompter.save_path(
            self.tr("Save a copy as"),
            str(source.with_name(f"{source.stem} copy{FILE_SUFFIX}")),
            self._workshop_filter(),
        )
        if path is None:
            return False
        try:
            self.context.file.save_copy(_with_suffix(path))
        except WorkshopFileError as err:
            self.prompter.error(self.tr("Cannot save a copy"), str(err))
            return False
        self.statusBar().showMessage(self.tr("Saved a copy as {path}").format(path=path), 5000)
        return True

    def import_plan(self) -> bool:
        if self.context is None or self.context.read_only:
            return False
        path = self.prompter.open_path(
            self.tr("Import plan"), self.settings.last_folder(), self._plan_filter()
        )
        if path is None:
            return False
        try:
            plan = read_plan(path)
        except PlanError as err:
            self.prompter.error(self.tr("Cannot import plan"), str(err))
            return False
        apply_plan(self.context.file, plan, replace_workshop=False)
        self.context.undo_stack.clear()  # the imported items are not an undoable step
        self.context.signals.agendaChanged.emit()
        self.statusBar().showMessage(
            self.tr("Imported {count} agenda items from {name}").format(
                count=len(plan.agenda), name=path.name
            ),
            5000,
        )
        return True

    def print_ballots(self) -> bool:
        """Session › Print Ballots…: the PDF of paper ballots, opened to print."""
        if self.context is None:
            return False
        written = print_ballots(self.context, self.prompter)
        if written is None:
            return False
        path, pages = written
        self.statusBar().showMessage(
            self.tr("Wrote the ballots to {path} (%n pages)", "", pages).format(path=path), 5000
        )
        self.open_externally(path)
        return True

    def export_plan(self) -> bool:
        if self.context is None:
            return False
        suggested = self.context.file.path.with_suffix(".plan.json")
        path = self.prompter.save_path(self.tr("Export plan"), str(suggested), self._plan_filter())
        if path is None:
            return False
        try:
            write_plan(plan_from_file(self.context.file), path)
        except OSError as err:
            self.prompter.error(self.tr("Cannot export plan"), f"{path.name}: {err.strerror}.")
            return False
        self.statusBar().showMessage(self.tr("Exported the plan to {path}").format(path=path), 5000)
        return True

    def export_minutes(self, targets: ExportTargets | None = None) -> bool:
        """File › Export…: the export controller runs it off the GUI thread."""
        if self.context is None:
            return False
        file = self.context.file
        letterhead = Letterhead(
            self.settings.get(ORGANISATION_NAME), organisation_logo(self.settings.qsettings)
        )
        shown = self.context.shown_session_ids  # chosen in Session › Sessions…
        return self.exports.export_minutes(
            file.path,
            file.load_workshop().title,
            targets,
            letterhead,
            SessionsRepo(file).summaries(),
            shown or None,
        )

    @property
    def export_job(self) -> BackgroundJob | None:
        return self.exports.job

    @property
    def last_export(self) -> list[Path]:
        return self.exports.last_paths

    def _offer_export_after_session(self) -> None:
        if self.prompter.confirm(
            self.tr("Session ended"),
            self.tr("The session has ended and its end time is recorded. Export the minutes now?"),
            self.tr("Export minutes…"),
        ):
            self.export_minutes()

    def _fill_recent_menu(self) -> None:
        menu = self.ui.menuOpenRecent
        menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            action = menu.addAction(path.name)
            action.setObjectName("actionRecentFile")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not recent:
            placeholder = menu.addAction(self.tr("No recent workshops"))
            placeholder.setObjectName("actionNoRecentFiles")
            placeholder.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear list"), self._clear_recent).setObjectName(
                "actionClearRecent"
            )

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self.start_screen.set_recent([])

    # --- state ------------------------------------------------------------------------

    def _undo(self) -> None:
        if self.context:
            self.context.undo_stack.undo()

    def _redo(self) -> None:
        if self.context:
            self.context.undo_stack.redo()

    def _update_actions(self) -> None:
        is_open = self.context is not None
        writable = is_open and not self.context.read_only  # type: ignore[union-attr]
        for action in (
            self.ui.actionSaveCopy,
            self.ui.actionExportPlan,
            self.ui.actionExport,
            self.ui.actionClose,
            self.ballots_action,  # reads the file only: also from a read-only one
        ):
            action.setEnabled(is_open)
        self.ui.actionImportPlan.setEnabled(bool(writable))
        self.notes_toggle.setEnabled(is_open)  # no pane to show on the start screen
        for action in self.session_actions:
            action.setEnabled(bool(writable))
        self._update_start_label()
        stack = self.context.undo_stack if self.context else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))

    def _update_start_label(self) -> None:
        """ "Resume" while the open workshop's session is live, "Start" otherwise."""
        live = bool(getattr(self.workspace, "session_live", False))
        self.start_action.setText(self.tr("&Resume Session") if live else self.tr("&Start Session"))
        self.start_action.setToolTip(
            self.tr("Back to run mode; phones stay connected (F5)")
            if live
            else self.tr("Start the session: run mode, presenter screen and live polls (F5)")
        )

    def _update_title(self) -> None:
        if self.context is None:
            self.setWindowTitle(APP_TITLE)
            self.setWindowFilePath("")
            return
        file = self.context.file
        suffix = self.tr(" [read-only]") if file.read_only else ""
        self.setWindowFilePath(str(file.path))
        self.setWindowTitle(f"{file.path.name}{suffix} — {APP_TITLE}")

    def _suggest(self, title: str) -> str:
        folder = self.settings.last_folder() or str(Path.home())
        safe = "".join(ch for ch in title if ch not in '\\/:*?"<>|').strip() or "workshop"
        return str(Path(folder) / f"{safe}{FILE_SUFFIX}")

    def closeEvent(self, event: QCloseEvent) -> None:
        self._quitting = True  # the live-session question speaks of quitting
        try:
            closed = self.close_workshop()
        finally:
            self._quitting = False
        if not closed:
            event.ignore()
            return
        self.settings.set_geometry(self.saveGeometry())
        event.accept()


def _open_with_system_viewer(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _with_suffix(path: Path) -> Path:
    return path if path.name.endswith(FILE_SUFFIX) else path.with_name(path.name + FILE_SUFFIX)
