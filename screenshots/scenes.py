"""The scenes of docs/screenshots/: start screen, editor, console, presenter, and the
ideas round (the console's moderation, the presenter's board, the dot vote)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from workshop_app.clock import FakeClock
from workshop_app.demo import write_demo
from workshop_app.domain.ideas import IdeaState
from workshop_app.domain.polls import PollType
from workshop_app.domain.session import Session
from workshop_app.live.snapshot import LiveSnapshot
from workshop_app.store.ideas_repo import IdeasRepo
from workshop_app.store.responses_repo import ResponsesRepo
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.store.workshop_file import WorkshopFile
from workshop_app.ui.app_settings import AppSettings
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.gc_reclaim import reclaim_on_gui_thread
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.prompter import Prompter
from workshop_app.ui.run.controller import RunController
from workshop_app.ui.workspace import Workspace

EXAMPLE_BASE = "http://192.168.1.20:8765"


class ExampleLive:
    """Stands in for the live server: a typical Wi-Fi address and room code, no network."""

    available = True
    unavailable_reason = ""

    def __init__(self) -> None:
        self.listener: Callable[[LiveSnapshot], None] | None = None

    def start(self, session: Session) -> None:
        return None

    def stop(self, *, session_ended: bool = False) -> None:
        return None

    def join_url(self) -> str | None:
        return f"{EXAMPLE_BASE}/j/q7Vx2bNc9LrT4kWm8sPz3hYd6fGa1eJu"

    def room_code(self) -> str | None:
        return "ZRFXG8"

    def open_poll(self, poll_id: int) -> None:
        return None

    def close_poll(self, poll_id: int) -> None:
        return None

    def reset_poll(self, poll_id: int) -> None:
        return None

    def set_answer_hidden(self, response_id: int, hidden: bool) -> None:
        return None

    def set_listener(self, listener: Callable[[LiveSnapshot], None] | None) -> None:
        self.listener = listener


class _Silent:
    """Answers every question the way a facilitator showing the demo would."""

    def open_path(self, title: str, folder: str, file_filter: str) -> Path | None:
        return None

    def save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        return None

    def error(self, title: str, message: str) -> None:
        raise RuntimeError(f"{title}: {message}")

    def info(self, title: str, message: str) -> None:
        return None

    def confirm(self, title: str, message: str, confirm_label: str) -> bool:
        return False

    def choose(self, title: str, message: str, choices: list[str]) -> int | None:
        return len(choices) - 1  # "not now", "keep open"


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    assert widget.grab().save(str(path)), path
    return path


def _answer_again(file: WorkshopFile, live: Session | None) -> None:
    """A new session starts every poll empty: the room answers as it did on the demo's
    last evening, so the pictures show results."""
    assert live is not None and live.id is not None
    runs = [s.id for s in SessionsRepo(file).summaries() if s.id != live.id and not s.rehearsal]
    responses = ResponsesRepo(file)
    for poll in file.polls():
        assert poll.id is not None
        for value in responses.values(poll.id, sessions=runs[-1:]):
            responses.add(poll.id, value, live.started_at, session_id=live.id)
        if poll.type == PollType.IDEA_WALL:
            _ideas_again(file, poll.id, runs[-1:], live)


def _ideas_again(file: WorkshopFile, wall_id: int, runs: list[int], live: Session) -> None:
    """The wall as the room left it that evening: the same ideas, upvotes and moderation
    (one idea still waiting for approval, so the console shows the queue)."""
    assert live.id is not None
    ideas = IdeasRepo(file)
    new_ids: dict[int, int] = {}
    rows = ideas.rows(wall_id, sessions=runs)
    for row in rows:
        voters = [f"scene-phone-{n:02d}" for n in range(row.votes)]
        new_ids[row.id] = ideas.add_for_demo(
            wall_id, row.text, live.started_at, voters, row.state, session_id=live.id
        )
        if row.answered:
            ideas.set_answered(new_ids[row.id], True)
    for row in rows:
        if row.merged_into is not None:
            ideas.merge(new_ids[row.merged_into], [new_ids[row.id]])
        if row.pinned:
            ideas.set_pinned(wall_id, new_ids[row.id])
    assert any(row.state == IdeaState.PENDING for row in rows)


def _step_to(controller: RunController, kind: PollType, step: str) -> None:
    """Go to the ``step`` step of the first poll of ``kind``, as a click on the agenda
    would."""
    polls = {p.id: p for p in controller.file.polls()}
    for index, candidate in enumerate(controller.sequence.steps):
        poll = polls.get(candidate.poll_id)
        if poll is not None and poll.type == kind and candidate.kind.name == step:
            assert controller.jump(index)
            return
    raise AssertionError(f"no {step} step of a {kind.value} poll")


def take_all(work: Path, output: Path) -> list[Path]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    reclaim_on_gui_thread(app)  # as the app does (workshop_app.app.build_gui)
    settings = AppSettings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    demo = work / "Neighbourhood safety (demo).workshop"
    prompter: Prompter = _Silent()

    def demo_writer() -> Path:
        if not demo.exists():
            write_demo(demo)
        return demo

    def workspace(context: WorkshopContext, parent: QWidget) -> Workspace:
        return Workspace(context, parent, live_factory=lambda _c: ExampleLive(), prompter=prompter)

    recent = work / "Safe streets, March.workshop"
    write_demo(recent)
    settings.add_recent(recent)
    window = MainWindow(
        settings,
        FakeClock(),
        prompter=prompter,
        demo_writer=demo_writer,
        workspace_factory=workspace,
    )
    window.resize(1280, 800)
    window.show()
    _settle(app)
    written = [_save(window, output / "start-screen.png")]

    assert window.open_demo()
    _settle(app)
    written.append(_save(window, output / "editor.png"))

    space = window.workspace
    assert isinstance(space, Workspace)
    assert space.start_session()
    presenter = space.presenter
    controller = space.controller
    assert presenter is not None and controller is not None
    _answer_again(space.context.file, controller.session)
    _settle(app)  # the presenter shows on the next turn of the event loop
    presenter.showNormal()
    presenter.resize(1280, 720)
    _settle(app)
    written.append(_save(presenter, output / "presenter-intro.png"))
    # The first poll open, its results hidden until it closes: the room reads the options.
    file = space.context.file
    first = file.polls(file.items()[0].id)[0]
    file.update_poll(replace(first, settings=replace(first.settings, results_hidden=True)))
    assert controller.next()
    _settle(app)
    written.append(_save(presenter, output / "presenter-poll-open.png"))
    written.append(_save(window, output / "console.png"))
    # PageDown to the multiple-choice poll's results.
    while not (
        (poll := controller.current_poll()) is not None
        and poll.type == PollType.MULTIPLE_CHOICE
        and controller.step is not None
        and controller.step.kind.name == "RESULTS"
    ):
        assert controller.next()
    _settle(app)
    written.append(_save(presenter, output / "presenter-results.png"))
    window.set_look("light")
    _settle(app)
    written.append(_save(presenter, output / "presenter-results-light.png"))
    window.set_look("dark")
    _settle(app)
    written.append(_save(window, output / "console-dark.png"))
    window.set_look("system")
    while not (
        (poll := controller.current_poll()) is not None
        and poll.type == PollType.SCALE
        and controller.step is not None
        and controller.step.kind.name == "RESULTS"
    ):
        assert controller.next()
    _settle(app)
    written.append(_save(presenter, output / "presenter-scale.png"))
    # The ideas round: the wall open (the console moderates, the presenter shows the top
    # ideas), then the dot vote made from its top five.
    _step_to(controller, PollType.IDEA_WALL, "POLL_OPEN")
    _settle(app)
    written.append(_save(window, output / "console-ideas.png"))
    written.append(_save(presenter, output / "presenter-ideas.png"))
    _step_to(controller, PollType.DOT_VOTE, "RESULTS")
    _settle(app)
    written.append(_save(presenter, output / "presenter-dots.png"))
    space.shutdown()
    window.close_workshop()
    window.close()
    return written
