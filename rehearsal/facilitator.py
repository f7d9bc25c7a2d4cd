"""The facilitator's script: one whole workshop, run through the main window.

F5 starts the session; the console's button creates the note-taker link; PageDown steps
through the agenda at a pace that fits the rehearsal's time (a poll stays open three
times as long as an introduction); Ctrl+Shift+N, typing and Enter take notes; the reset
button resets the first poll while it is open (the question answered with Enter); a tick
box hides one open-text answer; Session › End Session… ends it; Ctrl+E and the export
dialog write the minutes; Ctrl+Q quits.

The script is a generator: it yields how long to wait (seconds), a condition to wait
for, or a command name to wait for from the rehearsal's conductor on stdin.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QWidget

from rehearsal import hands
from rehearsal.meters import Sampler, StallMeter
from workshop_app.domain.polls import PollType
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.run.steps import Step, StepKind
from workshop_app.ui.workspace import Workspace

Wait = float | Callable[[], bool] | str
Script = Generator[Wait, None, None]
STEP_WEIGHT = {StepKind.INTRO: 1.0, StepKind.POLL_OPEN: 3.0, StepKind.RESULTS: 1.0}
CONDITION_TIMEOUT_S = 60.0
Key = Qt.Key
Mod = Qt.KeyboardModifier


@dataclass
class Plan:
    agenda_s: float  # the time the agenda is given, start to last step
    export_dir: Path
    say: Callable[[dict[str, Any]], None]


@dataclass
class Facilitator:
    window: MainWindow
    plan: Plan
    stalls: StallMeter
    sampler: Sampler
    answers: hands.DialogAnswers = field(default_factory=hands.DialogAnswers)
    phase: str = "setup"
    notes_typed: list[str] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    exported: list[str] = field(default_factory=list)
    finished: bool = False
    _script: Script | None = None
    _waiting_for: str | None = None
    _condition: Callable[[], bool] | None = None
    _condition_until: float = 0.0

    # --- running the script -----------------------------------------------------------

    def start(self) -> None:
        self._resume_timer = hands.later(self._resume)
        self._condition_timer = hands.later(self._check_condition)
        self._script = self.script()
        self._stray_watch = self.answers.watch()
        self._resume_timer.start(0)

    def command(self, name: str) -> None:
        if name == self._waiting_for:
            self._waiting_for = None
            self._resume_timer.start(0)

    def _resume(self) -> None:
        assert self._script is not None
        try:
            wait = next(self._script)
        except StopIteration:
            self.finished = True
            return
        except Exception:  # a broken script must still end the app, and say why
            self.problems.append(traceback.format_exc(limit=6))
            print(self.problems[-1], file=sys.stderr, flush=True)
            self.finished = True
            QApplication.quit()
            return
        if isinstance(wait, str):
            self._waiting_for = wait
        elif callable(wait):
            self._condition = wait
            self._condition_until = time.monotonic() + CONDITION_TIMEOUT_S
            self._condition_timer.start(20)
        else:
            self._resume_timer.start(max(0, int(wait * 1000)))

    def _check_condition(self) -> None:
        assert self._condition is not None
        if self._condition():
            self._resume_timer.start(0)
        elif time.monotonic() > self._condition_until:
            self.problems.append(f"gave up waiting while {self.stalls.doing}")
            self._resume_timer.start(0)
        else:
            self._condition_timer.start(20)

    def doing(self, what: str) -> None:
        self.stalls.doing = what
        print(f"{time.monotonic():.2f} facilitator: {what}", file=sys.stderr, flush=True)

    # --- the workshop -----------------------------------------------------------------

    @property
    def workspace(self) -> Workspace:
        workspace = self.window.workspace
        assert isinstance(workspace, Workspace), "no workshop is open"
        return workspace

    def script(self) -> Script:
        window = self.window
        window.activateWindow()
        yield lambda: QApplication.activeWindow() is window
        # A facilitator reads the agenda before pressing F5: the app has imported the live
        # server in the background by then (workshop_app.app.warm_live_imports). Pressed
        # during that import, F5 waits for it, and the stall measured is the import's.
        yield lambda: not any(t.name == "warm-live-imports" for t in threading.enumerate())
        self.doing("F5: start the session")
        hands.press(Key.Key_F5)
        yield lambda: self.window.workspace is not None and self.workspace.in_run_mode
        window.activateWindow()  # the presenter window opened beside it
        yield lambda: QApplication.activeWindow() is window
        console = self.workspace.console
        controller = self.workspace.controller
        assert console is not None and controller is not None
        link = console.notetaker_link
        assert link is not None, "live polling did not start"
        self.doing("create the note-taker link")
        hands.click(link.show_button)
        yield lambda: bool(link.url.text())
        steps = list(controller.sequence.steps)
        unit = self.plan.agenda_s / sum(STEP_WEIGHT[s.kind] for s in steps)
        self.plan.say(
            {
                "event": "live",
                "join_url": controller.live.join_url(),
                "notetaker_url": link.url.text(),
                "poll_open_s": STEP_WEIGHT[StepKind.POLL_OPEN] * unit,
                "steps": len(steps),
            }
        )
        yield "go"  # the phones are in the room
        self.phase = "live"
        reset_done = hidden_done = False
        for number, step in enumerate(steps, start=1):
            length = STEP_WEIGHT[step.kind] * unit
            ends = time.monotonic() + length
            poll = controller.current_poll()
            self.doing(f"step {number}/{len(steps)} {step.kind.value}")
            if step.kind != StepKind.POLL_OPEN:
                yield from self.take_note(f"Facilitator note {number}: {step.kind.value} step")
            if (
                step.kind == StepKind.POLL_OPEN
                and not reset_done
                and poll is not None
                and poll.type == PollType.SINGLE_CHOICE
            ):
                yield 0.5 * length
                yield from self.reset_poll(step)
                reset_done = True
            if (
                step.kind == StepKind.RESULTS
                and not hidden_done
                and poll is not None
                and poll.type == PollType.OPEN_TEXT
            ):
                yield 0.2 * length
                hidden_done = yield from self.hide_newest_answer(step)
            yield max(0.0, ends - time.monotonic())
            if number < len(steps):
                yield from self.back_to_window()
                self.doing(f"PageDown after step {number}")
                hands.press(Key.Key_PageDown)  # to whatever has focus, as a clicker does
                yield self.at_step(controller.sequence, number)
        self.phase = "ending"
        self.plan.say({"event": "agenda_done"})
        yield "end"  # the phones have left
        yield from self.end_session()
        yield from self.export()
        self.doing("Ctrl+Q: quit")
        window.activateWindow()
        yield lambda: QApplication.activeWindow() is window
        hands.press(Key.Key_Q, Mod.ControlModifier)

    @staticmethod
    def at_step(sequence: Any, index: int) -> Callable[[], bool]:
        return lambda: bool(sequence.index == index)

    def back_to_window(self) -> Script:
        """After a dialog, the keyboard goes back to the main window (a click on it)."""
        if QApplication.activeWindow() is not self.window:
            self.window.activateWindow()
            yield lambda: QApplication.activeWindow() is self.window

    def take_note(self, text: str) -> Script:
        yield from self.back_to_window()
        self.doing(f"typing a note: {text}")
        hands.press(Key.Key_N, Mod.ControlModifier | Mod.ShiftModifier)
        pane = self.window.notes_pane
        assert pane is not None
        yield lambda: QApplication.focusWidget() is pane.ui.entry
        hands.type_text(text)
        hands.press(Key.Key_Return)
        self.notes_typed.append(text)
        yield lambda: pane.ui.entry.text() == ""

    def reset_poll(self, step: Step) -> Script:
        console = self.workspace.console
        assert console is not None
        self.doing("resetting the open poll")
        self.answers.expect("reset the poll?", hands.enter)
        at = time.monotonic()
        hands.click(console.poll_controls.reset_button)  # returns once the question is answered
        self.events.append({"event": "reset", "poll": step.poll_id, "at": at})
        yield 0.0

    def hide_newest_answer(self, step: Step) -> Generator[Wait, None, bool]:
        console = self.workspace.console
        assert console is not None
        answers = console.poll_controls.answers
        yield lambda: answers.count() > 0
        if answers.count() == 0:
            self.problems.append("no open-text answer to hide")
            return False
        entry = answers.item(answers.count() - 1)  # the newest: a phone's, this session
        text = entry.text()
        self.doing("hiding an open-text answer")
        hands.click_check_box_of(answers, entry)
        if entry.checkState() != Qt.CheckState.Unchecked:
            self.problems.append("clicking the tick box did not hide the answer")
            return False
        self.events.append({"event": "hidden", "poll": step.poll_id, "text": text})
        yield 0.0
        return True

    def end_session(self) -> Script:
        self.doing("Session › End Session…")
        self.answers.expect("end the session?", hands.enter)
        self.answers.expect("export the minutes now? (not now: File › Export)", hands.escape)
        self.window.end_action.trigger()
        yield lambda: not self.workspace.session_live and not self.answers.expected

    def export(self) -> Script:
        self.doing("Ctrl+E: export")
        self.window.activateWindow()
        yield lambda: QApplication.activeWindow() is self.window
        self.answers.expect("export dialog", self.fill_export_dialog)
        hands.press(Key.Key_E, Mod.ControlModifier)
        yield lambda: bool(self.window.last_export) or bool(self.answers.unexpected)
        self.exported = [str(p) for p in self.window.last_export]
        job = self.window.export_job
        yield lambda: job is None or not job.running

    def fill_export_dialog(self, dialog: QWidget) -> None:
        """Choose every kind of minutes and data, type the folder, press OK."""
        ui = getattr(dialog, "ui", None)
        if ui is None:
            self.problems.append(f"the export dialog was not the one expected: {dialog}")
            hands.escape(dialog)
            return
        for box, wanted in (
            (ui.pdfBox, True),
            (ui.markdownBox, True),
            (ui.csvBox, True),
            (ui.jsonBox, True),
            (ui.openBox, False),
        ):
            assert isinstance(box, QCheckBox)
            if box.isChecked() != wanted:
                box.setFocus()
                hands.press(Key.Key_Space)
        ui.folderEdit.setFocus()
        hands.press(Key.Key_A, Mod.ControlModifier)
        hands.type_text(str(self.plan.export_dir))
        buttons: QDialogButtonBox = ui.buttonBox
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        hands.click(ok)
