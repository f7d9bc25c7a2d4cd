"""The bridge emits each new snapshot once, in the GUI thread, whatever the vote rate."""

from __future__ import annotations

from workshop_app.live.bridge import LiveBridge
from workshop_app.live.room import ResultsSnapshot


def snap(sequence: int, connected: int = 0) -> ResultsSnapshot:
    return ResultsSnapshot(connected, {}, {}, (), sequence)


def test_pull_emits_only_new_snapshots(qtbot) -> None:  # type: ignore[no-untyped-def]
    latest: list[ResultsSnapshot | None] = [None]
    bridge = LiveBridge()
    received: list[ResultsSnapshot] = []
    bridge.snapshot.connect(received.append)
    bridge.start(lambda: latest[0])
    try:
        assert not bridge.pull()
        latest[0] = snap(1, 3)
        assert bridge.pull()
        assert not bridge.pull()  # the same snapshot is not sent twice
        latest[0] = snap(5, 4)  # snapshots 2-4 were overtaken: only the newest counts
        assert bridge.pull()
        assert [s.sequence for s in received] == [1, 5]
        latest[0] = snap(6, 9)
        qtbot.waitUntil(lambda: len(received) == 3, timeout=2000)  # the timer pulls by itself
        assert received[-1].connected == 9
    finally:
        bridge.stop()
    assert not bridge.pull()
