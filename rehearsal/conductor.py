"""The rehearsal's conductor: sets up the room, starts the two processes, keeps time,
and judges what happened.

  this process      makes the demo workshop (``workshop-app new FILE --demo``), a private
                    settings folder and a display, then checks the results;
  rehearsal.gui     the real app, driven by the facilitator's script, with its meters;
  rehearsal.crowd   the phones and the LAN note-taker.

Display: a private Xvfb server when Xvfb is installed (the app then runs on Qt's xcb
platform, as on a desktop), otherwise Qt's offscreen platform; REHEARSAL_DISPLAY=offscreen
or =xvfb chooses. All traffic is on 127.0.0.0/8.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[1]
SETUP_TIMEOUT_S = 90.0
ENDING_TIMEOUT_S = 180.0


@dataclass(frozen=True)
class Config:
    minutes: float
    phones: int
    seed: int
    display: str  # "auto", "xvfb" or "offscreen"
    output: Path

    @property
    def agenda_s(self) -> float:
        return self.minutes * 60

    @property
    def sample_s(self) -> float:
        """About 10 s in a full rehearsal; often enough for a slope in a short one."""
        return max(1.0, min(10.0, self.agenda_s / 30))

    @classmethod
    def from_environment(cls) -> Config:
        env = os.environ
        return cls(
            minutes=float(env.get("REHEARSAL_MINUTES", "10")),
            phones=int(env.get("PHONES", "300")),
            seed=int(env.get("REHEARSAL_SEED", "14")),
            display=env.get("REHEARSAL_DISPLAY", "auto"),
            output=Path(env.get("REHEARSAL_OUTPUT", ROOT / "rehearsal/results/latest.json")),
        )


class Lines:
    """A child's stdout read line by line on a thread, so waiting can time out."""

    def __init__(self, stream: IO[str] | None) -> None:
        assert stream is not None
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.ended = False
        self.samples: list[dict[str, Any]] = []  # the app's samples, kept should it die
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self.lines.put(line)
        self.lines.put(None)

    def next(self, timeout: float) -> dict[str, Any] | None:
        """The next JSON line, or None when the process ended or the time ran out."""
        until = time.monotonic() + timeout
        while not self.ended:
            try:
                line = self.lines.get(timeout=max(0.01, until - time.monotonic()))
            except queue.Empty:
                return None
            if line is None:  # the process has ended: no more waiting on it
                self.ended = True
                return None
            line = line.strip()
            if line.startswith("{"):
                result: dict[str, Any] = json.loads(line)
                if result.get("event") == "sample":
                    self.samples.append(result)
                    continue
                return result
            if time.monotonic() > until:
                return None
        return None

    def until(self, event: str, timeout: float) -> dict[str, Any] | None:
        until = time.monotonic() + timeout
        while (left := until - time.monotonic()) > 0:
            message = self.next(left)
            if message is None or message.get("event") == event:
                return message
        return None


def tell(proc: subprocess.Popen[str], line: str) -> None:
    assert proc.stdin is not None
    with contextlib.suppress(BrokenPipeError):
        proc.stdin.write(line + "\n")
        proc.stdin.flush()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@contextlib.contextmanager
def display(choice: str) -> Iterator[dict[str, str]]:
    """The environment for the GUI process: a private Xvfb, or offscreen."""
    if choice == "offscreen" or (choice == "auto" and shutil.which("Xvfb") is None):
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as numbers:
            number = numbers.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}
    finally:
        server.terminate()
        server.wait(timeout=10)


def make_workshop(path: Path) -> None:
    """The demo workshop, written the way a person would: ``workshop-app new FILE --demo``."""
    subprocess.run(
        [sys.executable, "-m", "workshop_app", "new", str(path), "--demo"],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )


@dataclass
class Outcome:
    gui: dict[str, Any]
    crowd: dict[str, Any]
    gui_exit: int | None
    crowd_exit: int | None
    gui_log: str
    samples: list[dict[str, Any]]  # as the app sent them, also when it died
    joined: int
    wall_s: float
    platform_env: dict[str, str]


def stop(proc: subprocess.Popen[str] | None, wait_s: float) -> int | None:
    if proc is None:
        return None
    try:
        return proc.wait(timeout=wait_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)
        return None


def perform(config: Config, work: Path, workshop: Path, export_dir: Path) -> Outcome:
    """Run the workshop: the app and the room, from F5 to Ctrl+Q."""
    started = time.monotonic()
    gui_log = work / "gui-stderr.log"
    gui_report: dict[str, Any] = {}
    crowd_report: dict[str, Any] = {}
    joined = 0
    samples: list[dict[str, Any]] = []
    with display(config.display) as screen:
        env = {
            **os.environ,
            **screen,
            "XDG_CONFIG_HOME": str(work / "config"),
            "XDG_DATA_HOME": str(work / "data"),
            "XDG_CACHE_HOME": str(work / "cache"),
            "PYTHONFAULTHANDLER": "1",
        }
        settings = {
            "file": str(workshop),
            "export_dir": str(export_dir),
            "agenda_s": config.agenda_s,
            "port": free_port(),
            "sample_s": config.sample_s,
        }
        crowd: subprocess.Popen[str] | None = None
        with gui_log.open("w", encoding="utf-8") as errors:
            gui = subprocess.Popen(
                [sys.executable, "-m", "rehearsal.gui", json.dumps(settings)],
                cwd=ROOT,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errors,
                text=True,
            )
        try:
            gui_lines = Lines(gui.stdout)
            samples = gui_lines.samples
            live = gui_lines.until("live", SETUP_TIMEOUT_S)
            if live is not None:
                room = {
                    "join_url": live["join_url"],
                    "notetaker_url": live["notetaker_url"],
                    "phones": config.phones,
                    "seed": config.seed,
                    "vote_window_s": 0.4 * live["poll_open_s"],
                    "drop_every_s": max(5.0, config.agenda_s / 3),
                    "note_every_s": max(1.0, config.agenda_s / 40),
                }
                crowd = subprocess.Popen(
                    [sys.executable, "-m", "rehearsal.crowd", json.dumps(room)],
                    cwd=ROOT,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                )
                crowd_lines = Lines(crowd.stdout)
                joining = crowd_lines.next(SETUP_TIMEOUT_S) or {}
                joined = int(joining.get("joined", 0))
                tell(gui, "go")
                gui_lines.until("agenda_done", config.agenda_s + ENDING_TIMEOUT_S)
                tell(crowd, "stop")
                crowd_report = crowd_lines.next(ENDING_TIMEOUT_S) or {}
                tell(gui, "end")
                gui_report = gui_lines.until("report", ENDING_TIMEOUT_S) or {}
        finally:
            crowd_exit = stop(crowd, 30)
            gui_exit = stop(gui, 30)
    log = gui_log.read_text(encoding="utf-8", errors="replace")
    return Outcome(
        gui_report,
        crowd_report,
        gui_exit,
        crowd_exit,
        log,
        samples,
        joined,
        time.monotonic() - started,
        screen,
    )


def new_work_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="workshop-rehearsal-"))
