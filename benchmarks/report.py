"""Collect benchmark figures, print them as a table and write them as JSON."""

from __future__ import annotations

import json
import math
import os
import platform
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path


@dataclass
class Figure:
    group: str
    name: str
    value: float | int | str
    unit: str = ""
    target: str = ""
    met: bool | None = None  # None when the figure has no target


@dataclass
class Report:
    kind: str = "full"  # "smoke" runs are tiny: they check the harness, not the app
    figures: list[Figure] = field(default_factory=list)
    duration_s: float = 0.0

    def add(
        self,
        group: str,
        name: str,
        value: float | int | str,
        unit: str = "",
        target: str = "",
        met: bool | None = None,
    ) -> None:
        self.figures.append(Figure(group, name, value, unit, target, met))

    def table(self) -> str:
        rows = [("group", "figure", "value", "target", "")]
        for f in self.figures:
            value = f"{f.value:.3g}" if isinstance(f.value, float) else str(f.value)
            verdict = "" if f.met is None else ("ok" if f.met else "MISSED")
            rows.append((f.group, f.name, f"{value} {f.unit}".strip(), f.target, verdict))
        widths = [max(len(r[i]) for r in rows) for i in range(5)]
        lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(r)) for r in rows]
        lines.insert(1, "  ".join("-" * w for w in widths))
        return "\n".join(lines)

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "kind": self.kind,
            "measured_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "duration_s": round(self.duration_s, 1),
            "machine": machine_description(),
            "figures": [_json_safe(asdict(f)) for f in self.figures],
        }
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _json_safe(figure: dict[str, object]) -> dict[str, object]:
    """NaN and infinity are not JSON: a figure that could not be measured is null."""
    value = figure["value"]
    if isinstance(value, float) and not math.isfinite(value):
        return {**figure, "value": None}
    return figure


def machine_description() -> dict[str, object]:
    memory = ""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            memory = handle.readline().split(":", 1)[1].strip()
    except OSError:
        pass
    cpu = platform.processor()
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "load_average_at_end": os.getloadavg(),
        "memory": memory,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }
