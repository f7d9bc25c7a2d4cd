"""The live session's garbage-collector policy: what it changes and that it gives it back."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from tests.live.conftest import start_room
from workshop_app.live.gc_policy import LIVE_OLDEST_THRESHOLD, RECLAIM_AFTER_S, GcPolicy
from workshop_app.live.server import LiveConfig, LiveServer, LiveServerError
from workshop_app.ui.gc_reclaim import GuiThreadLater


class FakeCollector:
    """Records what the policy asked of the collector."""

    def __init__(self, threshold: tuple[int, int, int] = (700, 10, 10)) -> None:
        self.threshold = threshold
        self.calls: list[str] = []

    def get_threshold(self) -> tuple[int, int, int]:
        return self.threshold

    def set_threshold(self, threshold0: int, threshold1: int, threshold2: int, /) -> None:
        self.threshold = (threshold0, threshold1, threshold2)
        self.calls.append(f"set_threshold{self.threshold}")

    def collect(self, generation: int = 2, /) -> int:
        self.calls.append(f"collect({generation})")
        return 0

    def freeze(self) -> None:
        self.calls.append("freeze")

    def unfreeze(self) -> None:
        self.calls.append("unfreeze")


class FakeLater:
    """Holds what the policy schedules; the test runs it when the delay is over."""

    def __init__(self) -> None:
        self.pending: list[tuple[float, Callable[[], None]]] = []

    def __call__(self, delay: float, run: Callable[[], None]) -> None:
        self.pending.append((delay, run))

    def run_all(self) -> None:
        pending, self.pending = self.pending, []
        for _, run in pending:
            run()


def _reclaimed(within: float = 3.0) -> bool:
    """The real policy hands frozen objects back RECLAIM_AFTER_S after the last session."""
    deadline = time.monotonic() + within
    while gc.get_freeze_count() and time.monotonic() < deadline:
        QCoreApplication.processEvents()  # the app's reclaim runs on the GUI thread
        time.sleep(0.02)
    return gc.get_freeze_count() == 0


def test_a_session_collects_freezes_and_raises_only_the_oldest_threshold() -> None:
    collector = FakeCollector((700, 10, 10))
    policy = GcPolicy(collector)
    policy.enter_live_session()
    assert collector.threshold == (700, 10, LIVE_OLDEST_THRESHOLD)
    # The young generations collected before freezing (not a full collection: that
    # would walk every object made since start-up inside the F5 key press).
    assert collector.calls == ["collect(1)", "freeze", f"set_threshold{collector.threshold}"]


def test_leaving_restores_the_thresholds_then_unfreezes_and_collects_a_second_later() -> None:
    collector = FakeCollector((500, 7, 3))
    later = FakeLater()
    policy = GcPolicy(collector, later)
    policy.enter_live_session()
    collector.calls.clear()
    policy.leave_live_session()
    assert collector.threshold == (500, 7, 3)
    # Not amid the GUI's work after End Session: the walk of every object comes later.
    assert collector.calls == ["set_threshold(500, 7, 3)"]
    assert [delay for delay, _ in later.pending] == [RECLAIM_AFTER_S]
    later.run_all()
    assert collector.calls == ["set_threshold(500, 7, 3)", "unfreeze", "collect(2)"]


def test_a_session_started_before_the_reclaim_keeps_its_objects_frozen() -> None:
    collector = FakeCollector((700, 10, 10))
    later = FakeLater()
    policy = GcPolicy(collector, later)
    policy.enter_live_session()
    policy.leave_live_session()
    policy.enter_live_session()  # F5 again within the second
    later.run_all()
    assert "unfreeze" not in collector.calls
    policy.leave_live_session()
    later.run_all()
    assert collector.calls.count("unfreeze") == 1


def test_a_threshold_already_higher_is_kept() -> None:
    collector = FakeCollector((700, 10, LIVE_OLDEST_THRESHOLD * 5))
    policy = GcPolicy(collector)
    policy.enter_live_session()
    assert collector.threshold == (700, 10, LIVE_OLDEST_THRESHOLD * 5)
    policy.leave_live_session()
    assert collector.threshold == (700, 10, LIVE_OLDEST_THRESHOLD * 5)


def test_nested_sessions_restore_only_when_the_last_one_ends() -> None:
    collector = FakeCollector((700, 10, 10))
    later = FakeLater()
    policy = GcPolicy(collector, later)
    policy.enter_live_session()
    policy.enter_live_session()
    assert collector.calls.count("freeze") == 1
    policy.leave_live_session()
    later.run_all()
    assert collector.threshold == (700, 10, LIVE_OLDEST_THRESHOLD)
    assert "unfreeze" not in collector.calls
    policy.leave_live_session()
    later.run_all()
    assert collector.threshold == (700, 10, 10)
    assert collector.calls.count("unfreeze") == 1


def test_leaving_more_often_than_entering_changes_nothing() -> None:
    collector = FakeCollector((700, 10, 10))
    later = FakeLater()
    policy = GcPolicy(collector, later)
    policy.leave_live_session()
    policy.enter_live_session()
    policy.leave_live_session()
    later.run_all()
    calls = list(collector.calls)
    policy.leave_live_session()
    later.run_all()
    assert collector.calls == calls
    assert collector.threshold == (700, 10, 10)
    # Balanced again: a new session still takes effect.
    policy.enter_live_session()
    assert collector.threshold == (700, 10, LIVE_OLDEST_THRESHOLD)


def test_start_up_freeze_freezes_once() -> None:
    collector = FakeCollector()
    GcPolicy(collector).freeze_start_up_objects()
    assert collector.calls == ["freeze"]


def test_the_real_collector_gets_its_settings_back() -> None:
    before = gc.get_threshold()
    policy = GcPolicy(gc)
    policy.enter_live_session()
    try:
        assert gc.get_threshold()[2] == max(before[2], LIVE_OLDEST_THRESHOLD)
        assert gc.get_freeze_count() > 0
    finally:
        policy.leave_live_session()
    assert gc.get_threshold() == before
    assert _reclaimed()


def test_a_live_server_holds_the_policy_from_start_to_stop(tmp_path: Path) -> None:
    before = gc.get_threshold()
    room = start_room(tmp_path / "live.workshop")
    try:
        assert gc.get_threshold()[2] == max(before[2], LIVE_OLDEST_THRESHOLD)
        assert gc.get_freeze_count() > 0
    finally:
        room.server.stop()
        room.server.stop()  # a second stop must not leave the policy twice
        room.file.close()
    assert gc.get_threshold() == before
    assert _reclaimed()


def test_two_servers_keep_the_settings_until_the_last_one_stops(tmp_path: Path) -> None:
    before = gc.get_threshold()
    first = start_room(tmp_path / "a.workshop")
    try:
        second = start_room(tmp_path / "b.workshop")
        second.server.stop()
        second.file.close()
        assert gc.get_threshold()[2] == max(before[2], LIVE_OLDEST_THRESHOLD)
    finally:
        first.server.stop()
        first.file.close()
    assert gc.get_threshold() == before


def test_a_server_that_cannot_start_does_not_hold_the_policy(tmp_path: Path) -> None:
    before = gc.get_threshold()
    room = start_room(tmp_path / "live.workshop")
    try:
        # The same port again, with no other port to try: the bind fails.
        busy = LiveServer(
            room.file.path,
            room.session_id,
            LiveConfig(host="127.0.0.1", port=room.server.port or 0, port_attempts=1),
        )
        with pytest.raises(LiveServerError):
            busy.start()
        busy.stop()
    finally:
        room.server.stop()
        room.file.close()
    # Had the failed start entered the policy, the session count would still be one.
    assert gc.get_threshold() == before
    assert _reclaimed()


def test_the_apps_reclaim_runs_on_the_gui_thread_whoever_ends_the_session(qtbot: Any) -> None:
    """The session ends on the server's thread; the full collection a second later must
    run on the GUI thread, where the windows' wrappers it may finalise live."""
    collector = ThreadRecordingCollector()
    gui = GuiThreadLater()
    policy = GcPolicy(collector, later=gui.later)
    policy.enter_live_session()
    ender = threading.Thread(target=policy.leave_live_session, name="live-server")
    ender.start()
    ender.join()
    assert collector.collected_on == []  # not at once: a second later
    qtbot.waitUntil(lambda: collector.collected_on != [], timeout=5000)
    assert collector.collected_on == [threading.main_thread().name]


class ThreadRecordingCollector(FakeCollector):
    def __init__(self) -> None:
        super().__init__()
        self.collected_on: list[str] = []

    def collect(self, generation: int = 2, /) -> int:
        if generation == 2:
            self.collected_on.append(threading.current_thread().name)
        return super().collect(generation)
