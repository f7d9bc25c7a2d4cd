"""Merge rooms' files into one report, as the CLI and File › Merge Rooms… both do."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from workshop_app.export.export_job import (
    ExportError,
    ExportTargets,
    Progress,
    check_targets,
    write_minutes,
)
from workshop_app.export.rooms_merge import MergeRefused, merge_rooms


def merge_to(
    paths: list[Path],
    targets: ExportTargets,
    generated_at: datetime,
    progress: Progress | None = None,
) -> list[Path]:
    """Write the merged report; ExportError (one line) when refused or not written."""
    for path in paths:
        if not path.is_file():
            raise ExportError(f"{path}: no such workshop file")
    check_targets(paths, targets)
    try:
        data = merge_rooms(paths, generated_at)
    except MergeRefused as err:
        raise ExportError(str(err)) from None
    return write_minutes(data, targets, progress)
