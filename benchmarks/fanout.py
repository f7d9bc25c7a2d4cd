"""Poll opened → shown on N phones, the app against the bare aiohttp broadcast, in rounds.

Usage: python -m benchmarks.fanout [--phones N] [--rounds R] [--think S]

Each round runs the burst (benchmarks.burst: the same phones' process, a fresh server
and file) once against the app and once against the bare server, alternating which goes
first, so a change of the machine's load over the run weighs on both. Prints each
round's p99 and ratio, then the median ratio: one round's ratio moves with the load of
a shared machine, the median of several much less.

``--think 0`` (the default) is the burst as ``make bench`` runs it: each phone votes the
moment it sees the poll, so the server's vote handling and the phones still reading
share the machine's cores. With ``--think 3`` every phone waits three seconds before
voting: the figure is then the broadcast alone (the phones' process only reads).
For the app, each round also gives when its broadcast began after the facilitator's
step, how long writing to every stream took, and the server thread's CPU time for it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from benchmarks.burst import SHOWN_RATIO_TARGET, Round, percentile, run_round, shown_ms


def load_average() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.2f} (5 min {five:.2f})"


def broadcast_ms(rnd: Round) -> tuple[float, float, float]:
    """The app's first broadcast after the poll opened: its start after the facilitator's
    step, its wall time and the server thread's CPU time writing every stream (ms)."""
    for began, ended, cpu in rnd.host.get("broadcasts", []):
        if began >= rnd.opened_at:
            return 1000 * (began - rnd.opened_at), 1000 * (ended - began), 1000 * cpu
    return float("nan"), float("nan"), float("nan")


def one_side(work: Path, phones: int, n: int, side: str, think_s: float) -> float | None:
    """The p99 (ms) of one side of round ``n``; None when some phone never saw the poll."""
    args = ["app", str(work / f"fanout-{n}.workshop")] if side == "app" else ["bare"]
    rnd = run_round(phones, args, work / f"fanout-{side}-{n}.log", think_s)
    shown = shown_ms(rnd)
    line = f"  {side}: p50 {percentile(shown, 50):.0f} ms, joined in {rnd.join_s:.1f} s"
    if side == "app":
        start, took, cpu = broadcast_ms(rnd)
        line += f"; broadcast began after {start:.1f} ms, took {took:.1f} ms ({cpu:.1f} ms CPU)"
    if think_s and shown:
        first_vote = min((r["sent"] for r in rnd.results if "sent" in r), default=None)
        last_seen = max(r["seen"] for r in rnd.results if "seen" in r)
        if first_vote is not None and first_vote < last_seen:
            line += "; a vote was sent before the last phone saw the poll"
    print(line, flush=True)
    if len(shown) < phones:
        errors = Counter(str(r.get("error")) for r in rnd.results if "seen" not in r)
        print(f"  {side}: {phones - len(shown)} phones never saw the poll {dict(errors)}")
        return None
    return percentile(shown, 99)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.fanout")
    parser.add_argument("--phones", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--think", type=float, default=0.0, help="seconds before voting")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ratios: list[float] = []
    print(
        f"{args.phones} phones, {args.rounds} rounds, think {args.think:g} s; {load_average()}",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="workshop-fanout-") as tmp:
        for n in range(args.rounds):
            p99: dict[str, float | None] = {}
            for side in ("app", "bare") if n % 2 == 0 else ("bare", "app"):
                try:
                    p99[side] = one_side(Path(tmp), args.phones, n, side, args.think)
                except RuntimeError as err:
                    print(f"  {side} failed: {err}", file=sys.stderr)
                    p99[side] = None
                time.sleep(1.0)  # let this round's sockets close before the next
            app, bare = p99["app"], p99["bare"]
            if app is None or bare is None:
                print(f"round {n + 1}: left out (not every phone saw the poll); {load_average()}")
                continue
            ratios.append(app / bare)
            print(
                f"round {n + 1}: app p99 {app:.0f} ms, bare p99 {bare:.0f} ms, "
                f"{app / bare:.2f}×; {load_average()}",
                flush=True,
            )
    if not ratios:
        print("no complete round", file=sys.stderr)
        return 1
    median = statistics.median(ratios)
    verdict = "met" if median <= SHOWN_RATIO_TARGET else "not met"
    print(
        f"median ratio {median:.2f}× over {len(ratios)} rounds "
        f"({min(ratios):.2f}–{max(ratios):.2f}×), target ≤ {SHOWN_RATIO_TARGET:g}: {verdict}; "
        f"{load_average()}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
