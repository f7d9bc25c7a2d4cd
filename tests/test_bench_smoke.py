"""The benchmark harness at tiny sizes, so `make bench` cannot rot.

It runs the real harness end to end (real server and phones over loopback, real files,
real exports, real start-up) and checks that every figure is there and sane. It never
checks a performance target: those belong to `make bench` on a quiet machine.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
PHONES = 12  # benchmarks.run.SMOKE_PHONES


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("bench") / "smoke.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--smoke", "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    data["stdout"] = done.stdout
    return data


def figures(data: dict[str, Any], group: str) -> dict[str, Any]:
    return {f["name"]: f["value"] for f in data["figures"] if f["group"] == group}


def positive(value: Any) -> bool:
    return isinstance(value, int | float) and math.isfinite(value) and value > 0


def test_the_file_says_what_and_where(smoke: dict[str, Any]) -> None:
    assert smoke["kind"] == "smoke"
    machine = smoke["machine"]
    assert machine["cores"] >= 1
    for key in ("cpu", "memory", "python", "system"):
        assert machine[key], key
    assert smoke["measured_at"]


def test_burst_figures_are_all_there_and_sane(smoke: dict[str, Any]) -> None:
    burst = figures(smoke, f"burst {PHONES}")
    assert burst["phones on the live channel"] == PHONES
    assert burst["votes acknowledged"] == PHONES
    assert burst["errors"] == 0
    assert burst["responses in the file"] == PHONES
    assert burst["lost or duplicated (file vs acks)"] == 0
    assert burst["in the file but not acknowledged"] == 0
    p50, p95, p99 = (burst[f"vote latency {p}"] for p in ("p50", "p95", "p99"))
    assert positive(p50) and p50 <= p95 <= p99
    for name in (
        "throughput (poll open → last ack)",
        "bare aiohttp handler, same phones",
        "vote path ÷ bare handler",
        "bare handler latency p99",
        "phones' process CPU while voting",
        "server process peak RSS",
    ):
        assert positive(burst[name]), name
    # The server is a separate process: its memory is that of a Qt app with a server.
    assert 20 < burst["server process RSS, all connected"] < 2000
    assert burst["server process RSS, all connected"] <= burst["server process peak RSS"]
    # The GUI thread's timer ran during the burst, so a stall was measured (0 is possible).
    stall = burst["GUI thread worst stall, vote burst"]
    assert isinstance(stall, float) and 0 <= stall < 60_000
    pause = burst["server process longest GC pause, burst"]
    assert isinstance(pause, float) and 0 <= pause < 60_000
    # Every vote reached the presenter: no vote missing from the drawn snapshots.
    chart = [burst[f"ack → presenter snapshot {p}"] for p in ("p50", "p99", "max")]
    assert all(isinstance(v, float) and math.isfinite(v) and v >= 0 for v in chart)
    assert chart[0] <= chart[1] <= chart[2]


def test_exhaustion_figures_are_all_there_and_sane(smoke: dict[str, Any]) -> None:
    round_ = figures(smoke, f"{PHONES} phones, 40 idle connections from one address")
    assert round_["attacker connections opened"] >= 40  # refused ones are opened again
    # Silent connections still open in its view: at most what it opened.
    assert 0 < round_["attacker connections open, no answer yet (its view)"] <= 40
    assert round_["phones on the live channel"] == PHONES
    assert round_["votes acknowledged"] == PHONES
    assert round_["errors"] == 0
    assert round_["lost or duplicated (file vs acks)"] == 0
    assert positive(round_["vote latency p99"])


def test_export_figures_are_all_there_and_sane(smoke: dict[str, Any]) -> None:
    small, large = figures(smoke, "export 0.05×"), figures(smoke, "export 0.1×")
    assert small["content"].startswith("2 items, 50 notes, 3 polls, 1500 responses")
    for group in (small, large):
        for kind in ("PDF", "CSV", "JSON"):
            assert positive(group[kind]), kind
    for kind in ("PDF", "CSV", "JSON"):
        assert positive(large[f"{kind} time ÷ 0.05× time"]), kind


def test_startup_figures_are_all_there_and_sane(smoke: dict[str, Any]) -> None:
    start = figures(smoke, "start-up")
    assert positive(start["new process to main window painted (median)"])
    assert positive(start["open a full-day workshop, until painted (median)"])


def test_idea_wall_figures_are_all_there_and_sane(smoke: dict[str, Any]) -> None:
    wall = figures(smoke, "idea wall 6 phones")  # benchmarks.run.SMOKE_IDEA_LOAD
    assert wall["ideas stored / asked"] == "12 / 12"
    assert wall["upvotes acknowledged / asked"] == "30 / 30"
    assert wall["lost upvotes (acknowledged, not in the file)"] == 0
    assert wall["double-counted upvotes"] == 0
    assert wall["ideas whose room count ≠ file"] == 0
    assert wall["ideas whose GUI count ≠ file"] == 0
    assert wall["phones on the live channel"] == 6
    assert wall["upvotes never seen by the GUI"] == 0
    assert positive(wall["ack p99"]) and positive(wall["upvote ack → GUI holds the count, p99"])
    assert isinstance(wall["GUI-thread longest stall"], float)


def test_the_table_shows_every_figure(smoke: dict[str, Any]) -> None:
    table = smoke["stdout"]
    for figure in smoke["figures"]:
        assert figure["name"] in table


def test_rooms_merge_figures_are_there(smoke: dict[str, Any]) -> None:
    merged = figures(smoke, "merge 2 rooms")
    assert positive(merged["PDF"])
    assert merged["content"] == "2 files of the full-day plan ×0.05"
    doubled = figures(smoke, "merge 4 rooms")
    assert positive(doubled["PDF"]) and positive(doubled["time ÷ 2 rooms' time"])


FANOUT_SMOKE = ("--phones", "6", "--rounds", "2", "--think", "0.2")


def test_fanout_rounds_alternate_and_report_each_ratio_and_their_median() -> None:
    """`python -m benchmarks.fanout`: app and bare server in turn, which goes first
    alternating, the app's broadcast timed; the figures are there, not their size."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.fanout", *FANOUT_SMOKE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    sides = [line.split(":")[0].strip() for line in lines if line.startswith("  ")]
    assert sides == ["app", "bare", "bare", "app"]  # the first of each round alternates
    broadcasts = [line for line in lines if "broadcast began after" in line]
    assert len(broadcasts) == 2 and "nan" not in " ".join(broadcasts)
    assert "a vote was sent before" not in done.stdout  # the phones held their votes
    assert sum(line.startswith("round ") for line in lines) == 2
    assert lines[-1].startswith("median ratio ") and "over 2 rounds" in lines[-1]
