"""Export of a generated full-day workshop at 1×, 2× and 4× its content."""

from __future__ import annotations

import statistics
import time
from datetime import datetime
from pathlib import Path

from benchmarks.gen_fullday import generate
from benchmarks.report import Report
from workshop_app.export.export_job import ExportTargets, export_workshop
from workshop_app.store.workshop_file import WorkshopFile

PDF_TARGET_S = 3.0
GROWTH_TARGET = 2.2


def time_export(path: Path, targets: ExportTargets, repeats: int) -> float:
    runs = []
    for _ in range(repeats):
        file = WorkshopFile.open(path, read_only=True)
        try:
            started = time.perf_counter()
            export_workshop(file, targets, datetime(2026, 6, 1, 18, 0).astimezone())
            runs.append(time.perf_counter() - started)
        finally:
            file.close()
    return statistics.median(runs)


def run(report: Report, work: Path, scales: tuple[float, ...], repeats: int = 3) -> Path:
    """Time each export at each scale; the growth ratio is against the first scale."""
    times: dict[str, dict[float, float]] = {"PDF": {}, "CSV": {}, "JSON": {}}
    for scale in scales:
        path = work / f"fullday-{scale:g}.workshop"
        for old in work.glob(f"fullday-{scale:g}.workshop*"):
            old.unlink()
        counts = generate(path, scale)
        group = f"export {scale:g}×"
        report.add(
            group,
            "content",
            f"{counts['items']} items, {counts['notes']} notes, "
            f"{counts['polls']} polls, {counts['responses']} responses",
        )
        targets = {
            "PDF": ExportTargets(pdf=work / "out.pdf"),
            "CSV": ExportTargets(csv_dir=work / "csv"),
            "JSON": ExportTargets(json=work / "out.json"),
        }
        for kind, target in targets.items():
            seconds = time_export(path, target, repeats)
            times[kind][scale] = seconds
            if kind == "PDF" and scale == 1:
                report.add(
                    group, kind, seconds, "s", f"< {PDF_TARGET_S:g} s", seconds < PDF_TARGET_S
                )
            else:
                report.add(group, kind, seconds, "s")
    base = scales[0]
    for scale in scales[1:]:
        for kind, by_scale in times.items():
            ratio = by_scale[scale] / by_scale[base]
            name = f"{kind} time ÷ {base:g}× time"
            if kind == "PDF":
                # Twice the content at most ~2.2× as long; four times, at most ~4.4×.
                allowed = GROWTH_TARGET * scale / base / 2
                report.add(
                    f"export {scale:g}×", name, ratio, "", f"≤ {allowed:.1f}", ratio <= allowed
                )
            else:
                report.add(f"export {scale:g}×", name, ratio, "")
    return work / f"fullday-{base:g}.workshop"
