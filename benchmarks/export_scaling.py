"""Export of a generated full-day workshop at 1×, 2× and 4× its content."""

from __future__ import annotations

import statistics
import time
from datetime import datetime
from pathlib import Path

from benchmarks.gen_fullday import generate
from benchmarks.report import Report
from workshop_app.export.run import ExportTargets, export_workshop
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
    pdf_times: dict[float, float] = {}
    first_file = work / f"fullday-{scales[0]:g}.workshop"
    for scale in scales:
        path = work / f"fullday-{scale:g}.workshop"
        for old in work.glob(f"fullday-{scale:g}.workshop*"):
            old.unlink()
        counts = generate(path, scale)
        group = f"export {scale:g}×"
        report.add(group, "content", f"{counts['items']} items, {counts['notes']} notes, "
                   f"{counts['polls']} polls, {counts['responses']} responses")
        pdf = time_export(path, ExportTargets(pdf=work / "out.pdf"), repeats)
        pdf_times[scale] = pdf
        target = f"< {PDF_TARGET_S:g} s" if scale == 1 else ""
        report.add(group, "PDF", pdf, "s", target, pdf < PDF_TARGET_S if scale == 1 else None)
        report.add(group, "CSV", time_export(path, ExportTargets(csv_dir=work / "csv"), repeats),
                   "s")
        report.add(group, "JSON", time_export(path, ExportTargets(json=work / "out.json"),
                                              repeats), "s")
    base = scales[0]
    for scale in scales[1:]:
        ratio = pdf_times[scale] / pdf_times[base]
        allowed = GROWTH_TARGET * scale / base / 2
        report.add(f"export {scale:g}×", f"PDF time ÷ {base:g}× time", ratio, "",
                   f"≤ {allowed:.1f}", ratio <= allowed)
    return first_file
