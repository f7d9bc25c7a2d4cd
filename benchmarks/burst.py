"""Participant burst: N phones join, wait for the poll, vote; then the same phones against
a bare aiohttp handler, for the limit of the stack on this machine.

Three processes per round, each round a fresh server and a fresh file:
  this one        starts the others, reads the server's memory, joins up the results;
  benchmarks.host the app's side: GUI thread, live server thread, writer thread;
  benchmarks.phones the phones (asyncio, one cookie jar each).
Client and server share this machine's cores, so the figures are for both together.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from benchmarks.report import Report
from workshop_app.domain.ballots import ballot
from workshop_app.store.live_repo import LiveRepo
from workshop_app.store.workshop_file import WorkshopFile

ROOT = Path(__file__).resolve().parents[1]
P99_TARGET_MS = 100.0
STALL_TARGET_MS = 50.0
CHART_TARGET_MS = 250.0
CHART_SINGLE_P50_TARGET_MS = 30.0  # one vote on a quiet machine
CHART_BURST_P99_TARGET_MS = 150.0  # during the burst
SNAPSHOT_GUI_TARGET_MS = 2.0  # GUI-thread time to take in one snapshot
SHOWN_RATIO_TARGET = 1.2  # poll opened → shown on phones, p99, against the bare server
RSS_TARGET_MB = 150.0
SINGLE_VOTE_ROUNDS = 5
SINGLE_VOTE_THINK_S = 0.5  # the phone votes once the room is quiet after the poll opened
ROUND_TIMEOUT_S = 240.0
ATTACKER_ADDRESS = "127.0.0.2"
EXHAUSTION_P99_TARGET_MS = 500.0


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile; NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(p / 100 * len(ordered)) - 1))]


def memory_mb(pid: int, field: str = "VmRSS") -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _line(stream: IO[str] | None, what: str) -> dict[str, Any]:
    assert stream is not None
    text = stream.readline()
    if not text:
        raise RuntimeError(f"the {what} process ended early")
    result: dict[str, Any] = json.loads(text)
    return result


def _tell(proc: subprocess.Popen[str], command: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(command + "\n")
    proc.stdin.flush()


@dataclass
class Round:
    """What one round measured, before it is compared with the file."""

    phones: int
    ready: dict[str, Any]  # the server's first line: url, poll_id, session_id
    connected: int
    join_s: float
    rss_mb: float
    opened_at: float
    results: list[dict[str, Any]]
    client_cpu_share: float | None
    host: dict[str, Any]
    peak_rss_mb: float
    after_rss_mb: float  # the phones gone: what the burst left behind in the server
    attacker: dict[str, Any] | None = None  # the idle connections' line, when any


def run_round(
    phones: int,
    host_args: list[str],
    log: Path,
    think_s: float = 0.0,
    idle_connections: int = 0,
) -> Round:
    """One burst against a fresh server; the server's stderr goes to ``log``.

    With ``idle_connections``, one other address (127.0.0.2) holds that many idle
    connections open for the whole round, before the phones join."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with log.open("w", encoding="utf-8") as errors:
        host = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.host", *host_args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
    client: subprocess.Popen[str] | None = None
    attacker: subprocess.Popen[str] | None = None
    attack: dict[str, Any] | None = None
    try:
        ready = _line(host.stdout, "server")
        if idle_connections:
            attacker = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "benchmarks.idle_attacker",
                    ready["url"],
                    str(idle_connections),
                    ATTACKER_ADDRESS,
                ],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                text=True,
            )
            attack = _line(attacker.stdout, "attacker")
        client = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "benchmarks.phones",
                ready["url"],
                str(ready["poll_id"]),
                str(phones),
                str(think_s),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        joined = _line(client.stdout, "phones")
        rss = memory_mb(host.pid)  # every phone is connected to the live channel now
        _tell(host, "open")
        opened = _line(host.stdout, "server")
        outcome = _line(client.stdout, "phones")
        client.wait(timeout=30)
        acked = sum(1 for r in outcome["results"] if r.get("ok"))
        peak = memory_mb(host.pid, "VmHWM")
        after = memory_mb(host.pid)
        _tell(host, f"finish {acked}")
        report = _line(host.stdout, "server")
        host.wait(timeout=30)
        return Round(
            phones=phones,
            ready=ready,
            connected=joined["connected"],
            join_s=joined["join_s"],
            rss_mb=rss,
            opened_at=opened["opened_at"],
            results=outcome["results"],
            client_cpu_share=outcome["client_cpu_share"],
            host=report,
            peak_rss_mb=peak,
            after_rss_mb=after,
            attacker=attack,
        )
    except (RuntimeError, ValueError, KeyError, subprocess.TimeoutExpired) as err:
        raise RuntimeError(f"burst of {phones} failed ({err}); server log: {log}") from err
    finally:
        for proc in (attacker, client, host):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)


def ack_to_chart(rnd: Round) -> list[float]:
    """Per acknowledged vote: from its acknowledgement to the first snapshot the presenter
    drew with it, both on the server's clock.

    The acknowledgement is the moment the committed vote enters the room, right before
    the answer is written to the phone. The phone's own receipt time is not used: with the
    phones' process short of CPU it reads its ack late, often after the chart shows it.
    A snapshot holds a vote exactly when its newest included vote was recorded no earlier
    than this one (the room records votes one at a time, in time order).
    """
    recorded: dict[str, float] = rnd.host["recorded"]
    drawn = [(t, ack) for t, ack, _ in rnd.host["drawn"] if ack is not None]
    delays = []
    for r in rnd.results:
        at = recorded.get(r.get("device") or "")
        if not r.get("ok") or at is None:
            continue
        shown = next((t for t, ack in drawn if ack >= at), None)
        delays.append(float("inf") if shown is None else shown - at)
    return delays


def compare_with_file(rnd: Round, path: Path, session_id: int, poll_id: int) -> dict[str, int]:
    """Responses in the file against the acknowledgements the phones received."""
    file = WorkshopFile.open(path, read_only=True)
    try:
        stored = LiveRepo(file.conn, session_id).responses(poll_id)
        row = file.conn.execute(
            "SELECT ballot_secret FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
    finally:
        file.close()
    secret = str(row[0] or "") if row else ""
    # The file keeps each phone's per-poll ballot, never its token: compare ballots.
    acked = {ballot(secret, poll_id, r["device"]) for r in rnd.results if r.get("ok")}
    rows_per_device: dict[str | None, int] = {}
    for stored_row in stored:
        key = stored_row.ballot
        rows_per_device[key] = rows_per_device.get(key, 0) + 1
    return {
        "stored": len(stored),
        "lost": sum(1 for device in acked if device not in rows_per_device),
        "duplicated": sum(n - 1 for n in rows_per_device.values() if n > 1),
        "unacknowledged": sum(1 for d in rows_per_device if d not in acked),
    }


def vote_throughput(rnd: Round) -> float:
    acks = [r["acked"] for r in rnd.results if r.get("ok")]
    window = max(acks) - rnd.opened_at if acks else 0.0
    return len(acks) / window if window > 0 else float("nan")


def shown_ms(rnd: Round) -> list[float]:
    """Per phone: from the poll's opening (the facilitator's click) to the phone reading it."""
    return [1000 * (r["seen"] - rnd.opened_at) for r in rnd.results if "seen" in r]


def latencies_ms(rnd: Round) -> list[float]:
    return [1000 * (r["acked"] - r["sent"]) for r in rnd.results if r.get("ok")]


def measure(work: Path, phones: int) -> dict[str, Any]:
    path = work / f"burst-{phones}.workshop"
    for old in work.glob(f"burst-{phones}.workshop*"):
        old.unlink()
    rnd = run_round(phones, ["app", str(path)], work / f"server-{phones}.log")
    check = compare_with_file(rnd, path, rnd.ready["session_id"], rnd.ready["poll_id"])
    bare = run_round(phones, ["bare"], work / f"bare-{phones}.log")
    lat = latencies_ms(rnd)
    chart = ack_to_chart(rnd)
    shown = shown_ms(rnd)
    bare_shown = shown_ms(bare)
    gui = [1000 * t for t in rnd.host.get("snapshot_gui_s", [])]
    gui_wall = [1000 * t for t in rnd.host.get("snapshot_gui_wall_s", [])]
    errors = sum(1 for r in rnd.results if not r.get("ok"))
    return {
        "phones": phones,
        "connected": rnd.connected,
        "join_s": rnd.join_s,
        "acknowledged": len(lat),
        "errors": errors,
        **check,
        "p50_ms": percentile(lat, 50),
        "p95_ms": percentile(lat, 95),
        "p99_ms": percentile(lat, 99),
        "throughput": vote_throughput(rnd),
        "client_cpu_share": rnd.client_cpu_share,
        "bare_throughput": vote_throughput(bare),
        "bare_p99_ms": percentile(latencies_ms(bare), 99),
        "bare_errors": sum(1 for r in bare.results if not r.get("ok")),
        "rss_mb": rnd.rss_mb,
        "peak_rss_mb": rnd.peak_rss_mb,
        "after_rss_mb": rnd.after_rss_mb,
        "stall_burst_ms": 1000 * rnd.host["stall_burst_s"],
        "stall_join_ms": 1000 * rnd.host["stall_join_s"],
        "gc_pause_burst_ms": 1000 * rnd.host["gc_pause_burst_s"],
        "gui_ticks_burst": rnd.host["ticks_burst"],
        "chart_p50_ms": 1000 * percentile(chart, 50),
        "chart_p99_ms": 1000 * percentile(chart, 99),
        "chart_max_ms": 1000 * max(chart) if chart else float("nan"),
        "chart_votes": len(chart),
        "shown_p50_ms": percentile(shown, 50),
        "shown_p99_ms": percentile(shown, 99),
        "bare_shown_p50_ms": percentile(bare_shown, 50),
        "bare_shown_p99_ms": percentile(bare_shown, 99),
        "bare_rss_mb": bare.rss_mb,
        "snapshot_gui_p50_ms": percentile(gui, 50),
        "snapshot_gui_p99_ms": percentile(gui, 99),
        "snapshot_gui_wall_p50_ms": percentile(gui_wall, 50),
        "snapshot_gui_wall_p99_ms": percentile(gui_wall, 99),
        "snapshots": len(gui),
    }


def single_vote(work: Path, rounds: int) -> list[float]:
    """Ack → presenter for one vote at a time, each in a fresh quiet round (ms)."""
    delays: list[float] = []
    for n in range(rounds):
        path = work / f"single-{n}.workshop"
        rnd = run_round(1, ["app", str(path)], work / f"single-{n}.log", SINGLE_VOTE_THINK_S)
        delays.extend(1000 * d for d in ack_to_chart(rnd))
    return delays


def ratio(value: float, reference: float) -> float:
    return value / reference if reference > 0 else float("nan")


def run(
    report: Report, work: Path, sizes: tuple[int, ...], single_rounds: int = SINGLE_VOTE_ROUNDS
) -> list[dict[str, Any]]:
    single = single_vote(work, single_rounds)
    p50 = percentile(single, 50)
    report.add(
        "single vote",
        f"ack → presenter p50 ({len(single)} votes, one at a time)",
        p50,
        "ms",
        f"< {CHART_SINGLE_P50_TARGET_MS:g} ms",
        p50 < CHART_SINGLE_P50_TARGET_MS,
    )
    report.add("single vote", "ack → presenter max", max(single, default=float("nan")), "ms")
    rounds = []
    for phones in sizes:
        m = measure(work, phones)
        rounds.append(m)
        g = f"burst {phones}"
        ok = m["acknowledged"] == phones
        report.add(
            g,
            "phones on the live channel",
            m["connected"],
            "",
            f"= {phones}",
            m["connected"] == phones,
        )
        report.add(g, "joining (page, assets, channel)", m["join_s"], "s")
        report.add(g, "votes acknowledged", m["acknowledged"], "", f"= {phones}", ok)
        report.add(g, "errors", m["errors"], "", "0", m["errors"] == 0)
        report.add(g, "responses in the file", m["stored"], "")
        lost_dup = m["lost"] + m["duplicated"]
        report.add(g, "lost or duplicated (file vs acks)", lost_dup, "", "0", lost_dup == 0)
        report.add(g, "in the file but not acknowledged", m["unacknowledged"], "")
        report.add(g, "vote latency p50", m["p50_ms"], "ms")
        report.add(g, "vote latency p95", m["p95_ms"], "ms")
        report.add(
            g,
            "vote latency p99",
            m["p99_ms"],
            "ms",
            f"< {P99_TARGET_MS:g} ms",
            m["p99_ms"] < P99_TARGET_MS,
        )
        report.add(g, "throughput (poll open → last ack)", m["throughput"], "votes/s")
        report.add(g, "bare aiohttp handler, same phones", m["bare_throughput"], "votes/s")
        throughput_ratio = m["throughput"] / m["bare_throughput"]
        report.add(g, "vote path ÷ bare handler", throughput_ratio, "")
        report.add(g, "bare handler latency p99", m["bare_p99_ms"], "ms")
        if m["client_cpu_share"] is not None:
            report.add(g, "phones' process CPU while voting", 100 * m["client_cpu_share"], "%")
        report.add(g, "server process RSS, all connected", m["rss_mb"], "MB")
        report.add(g, "server process peak RSS", m["peak_rss_mb"], "MB")
        report.add(g, "server process RSS, after the burst", m["after_rss_mb"], "MB")
        report.add(
            g,
            "GUI thread worst stall, vote burst",
            m["stall_burst_ms"],
            "ms",
            f"< {STALL_TARGET_MS:g} ms",
            m["stall_burst_ms"] < STALL_TARGET_MS,
        )
        report.add(g, "GUI thread worst stall, phones joining", m["stall_join_ms"], "ms")
        # The cyclic garbage collector stops every thread: a cause of stalls, named apart.
        report.add(g, "server process longest GC pause, burst", m["gc_pause_burst_ms"], "ms")
        report.add(g, "ack → presenter snapshot p50", m["chart_p50_ms"], "ms")
        report.add(
            g,
            "ack → presenter snapshot p99",
            m["chart_p99_ms"],
            "ms",
            f"< {CHART_BURST_P99_TARGET_MS:g} ms",
            m["chart_p99_ms"] < CHART_BURST_P99_TARGET_MS,
        )
        for name, key in (("median", "snapshot_gui_p50_ms"), ("p99", "snapshot_gui_p99_ms")):
            report.add(
                g,
                f"GUI-thread CPU per snapshot {name} ({m['snapshots']} snapshots)",
                m[key],
                "ms",
                f"< {SNAPSHOT_GUI_TARGET_MS:g} ms",
                m[key] < SNAPSHOT_GUI_TARGET_MS,
            )
        report.add(g, "GUI thread per snapshot, wall median", m["snapshot_gui_wall_p50_ms"], "ms")
        report.add(g, "GUI thread per snapshot, wall p99", m["snapshot_gui_wall_p99_ms"], "ms")
        report.add(g, "poll opened → shown on phones p50", m["shown_p50_ms"], "ms")
        report.add(g, "poll opened → shown on phones p99", m["shown_p99_ms"], "ms")
        report.add(g, "bare aiohttp broadcast p50", m["bare_shown_p50_ms"], "ms")
        report.add(g, "bare aiohttp broadcast p99", m["bare_shown_p99_ms"], "ms")
        shown_ratio = ratio(m["shown_p99_ms"], m["bare_shown_p99_ms"])
        report.add(
            g,
            "poll shown p99 ÷ bare",
            shown_ratio,
            "",
            f"≤ {SHOWN_RATIO_TARGET:g}",
            shown_ratio <= SHOWN_RATIO_TARGET,
        )
        report.add(g, "bare server RSS, all connected", m["bare_rss_mb"], "MB")
        report.add(g, "server RSS ÷ bare", ratio(m["rss_mb"], m["bare_rss_mb"]), "")
        report.add(
            g,
            "server RSS under target",
            m["rss_mb"],
            "MB",
            f"< {RSS_TARGET_MB:g} MB",
            m["rss_mb"] < RSS_TARGET_MB,
        )
        # Every vote, not most of them: the target holds for the slowest one.
        report.add(
            g,
            "ack → presenter snapshot max",
            m["chart_max_ms"],
            "ms",
            f"< {CHART_TARGET_MS:g} ms",
            m["chart_max_ms"] < CHART_TARGET_MS,
        )
        time.sleep(1.0)  # let the sockets of this round close before the next
    return rounds


def run_exhaustion(report: Report, work: Path, phones: int, idle: int) -> dict[str, Any]:
    """Phones vote while one other address holds ``idle`` idle connections open."""
    path = work / f"exhaustion-{phones}.workshop"
    for old in work.glob(f"exhaustion-{phones}.workshop*"):
        old.unlink()
    rnd = run_round(
        phones, ["app", str(path)], work / f"exhaustion-{phones}.log", idle_connections=idle
    )
    check = compare_with_file(rnd, path, rnd.ready["session_id"], rnd.ready["poll_id"])
    lat = latencies_ms(rnd)
    errors = sum(1 for r in rnd.results if not r.get("ok"))
    p99 = percentile(lat, 99)
    g = f"{phones} phones, {idle} idle connections from one address"
    attack = rnd.attacker or {}
    report.add(g, "attacker connections opened", attack.get("attempted", 0), "")
    report.add(g, "attacker connections open, no answer yet (its view)", attack.get("held", 0), "")
    report.add(g, "attacker connections refused (room full)", attack.get("refused", 0), "")
    report.add(
        g, "phones on the live channel", rnd.connected, "", f"= {phones}", rnd.connected == phones
    )
    report.add(g, "votes acknowledged", len(lat), "", f"= {phones}", len(lat) == phones)
    report.add(g, "errors", errors, "", "0", errors == 0)
    lost_dup = check["lost"] + check["duplicated"]
    report.add(g, "lost or duplicated (file vs acks)", lost_dup, "", "0", lost_dup == 0)
    report.add(
        g,
        "vote latency p99",
        p99,
        "ms",
        f"< {EXHAUSTION_P99_TARGET_MS:g} ms",
        p99 < EXHAUSTION_P99_TARGET_MS,
    )
    return {"phones": phones, "idle": idle, "p99_ms": p99, "errors": errors, **check}
