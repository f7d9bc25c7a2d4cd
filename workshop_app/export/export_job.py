"""One entry point for the CLI and the GUI: export a workshop to the chosen formats.

Every file is written beside its target under a temporary name and renamed into place
at the end, so a failed export never leaves a half-written file.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workshop_app.export.csv_export import write_csv
from workshop_app.export.html_minutes import write_html
from workshop_app.export.json_export import write_json
from workshop_app.export.markdown_export import write_markdown
from workshop_app.export.minutes_catalogue import minutes_languages
from workshop_app.export.minutes_data import Letterhead, MinutesData, gather
from workshop_app.export.minutes_language import in_language, second_language_path
from workshop_app.export.pdf_minutes import write_pdf
from workshop_app.export.privacy_summary import write_privacy_summary
from workshop_app.export.session_choice import BadSessionChoice, SessionChoice
from workshop_app.plans.plan_format import write_plan
from workshop_app.plans.plan_io import plan_from_file
from workshop_app.settings_registry import MINUTES_SECOND_LANGUAGE, RETENTION_DAYS, read_workshop
from workshop_app.store.workshop_file import WorkshopFile

Progress = Callable[[int, int], None]


class ExportError(Exception):
    """An export that could not be written; the message is one line for a person."""


@dataclass(frozen=True)
class ExportTargets:
    pdf: Path | None = None
    csv_dir: Path | None = None
    json: Path | None = None
    markdown: Path | None = None
    plan: Path | None = None
    html: Path | None = None
    privacy_summary: Path | None = None  # one-page data-protection summary (Markdown)

    def any(self) -> bool:
        return any(
            (
                self.pdf,
                self.csv_dir,
                self.json,
                self.markdown,
                self.plan,
                self.html,
                self.privacy_summary,
            )
        )


def export_workshop(
    file: WorkshopFile,
    targets: ExportTargets,
    generated_at: datetime,
    progress: Progress | None = None,
    letterhead: Letterhead | None = None,
    sessions: SessionChoice | None = None,
) -> list[Path]:
    """Write the chosen formats; ``sessions``: which sessions (the latest real one)."""
    _check_targets(file.path, targets)
    try:
        data = gather(file, generated_at, letterhead, sessions)
    except BadSessionChoice as err:
        raise ExportError(str(err)) from None
    written = write_minutes(data, targets, progress, second_minutes_language(file))
    try:
        if targets.privacy_summary:
            days = read_workshop(file, RETENTION_DAYS)
            _atomic(targets.privacy_summary, lambda tmp: write_privacy_summary(data, tmp, days))
            written.append(targets.privacy_summary)
        if targets.plan:
            plan = plan_from_file(file)
            _atomic(targets.plan, lambda tmp: write_plan(plan, tmp))
            written.append(targets.plan)
    except OSError as err:
        raise ExportError(f"{err.filename or 'export'}: {err.strerror or err}") from None
    return written


def write_minutes(
    data: MinutesData,
    targets: ExportTargets,
    progress: Progress | None = None,
    second: str = "",
) -> list[Path]:
    """Write the minutes and data formats of ``targets`` (not the plan) from ``data``;
    with ``second``, the minutes again in that language beside them."""
    written: list[Path] = []
    try:
        if targets.pdf:
            _atomic(targets.pdf, lambda tmp: write_pdf(data, tmp, progress))
            written.append(targets.pdf)
        if targets.html:
            _atomic(targets.html, lambda tmp: write_html(data, tmp))
            written.append(targets.html)
        if targets.json:
            _atomic(targets.json, lambda tmp: write_json(data, tmp))
            written.append(targets.json)
        if targets.markdown:
            _atomic(targets.markdown, lambda tmp: write_markdown(data, tmp))
            written.append(targets.markdown)
        if targets.csv_dir:
            written += _csv_folder(data, targets.csv_dir)
        if second:  # bilingual minutes: the same minutes again, in the second language
            written += _second_language_minutes(in_language(data, second), targets, second)
    except OSError as err:
        raise ExportError(f"{err.filename or 'export'}: {err.strerror or err}") from None
    return written


def check_targets(sources: list[Path], targets: ExportTargets) -> None:
    for source in sources:
        _check_targets(source, targets)


def second_minutes_language(file: WorkshopFile) -> str:
    """The language of the minutes' second document: the setting, when it is one of the
    workshop's further languages and the minutes have words in it ("" otherwise: no
    second document)."""
    language = read_workshop(file, MINUTES_SECOND_LANGUAGE)
    return language if language in minutes_languages(file.load_workshop().languages) else ""


def _second_language_minutes(
    data: MinutesData, targets: ExportTargets, language: str
) -> list[Path]:
    written = []
    for target, write in (
        (targets.pdf, lambda tmp: write_pdf(data, tmp)),
        (targets.html, lambda tmp: write_html(data, tmp)),
        (targets.markdown, lambda tmp: write_markdown(data, tmp)),
    ):
        if target is not None:
            path = second_language_path(target, language)
            _atomic(path, write)
            written.append(path)
    return written


def _check_targets(source: Path, targets: ExportTargets) -> None:
    for target in (
        targets.pdf,
        targets.html,
        targets.json,
        targets.markdown,
        targets.plan,
        targets.privacy_summary,
    ):
        if target is None:
            continue
        if not target.parent.is_dir():
            raise ExportError(f"{target.parent}: no such folder")
        if target.exists() and target.resolve() == source.resolve():
            raise ExportError(f"{target}: would overwrite the workshop file itself")
        if target.is_dir():
            raise ExportError(f"{target}: is a folder; give a file name")
        if not os.access(target.parent, os.W_OK):
            raise ExportError(f"{target.parent}: cannot write there")
    if targets.csv_dir is not None:
        folder = targets.csv_dir
        if folder.exists() and not folder.is_dir():
            raise ExportError(f"{folder}: is a file; CSV export needs a folder")
        if not folder.parent.is_dir():
            raise ExportError(f"{folder.parent}: no such folder")


def _atomic(target: Path, write: Callable[[Path], None]) -> None:
    # Created like any new file (0666 less the umask), not mkstemp's 0600: the minutes are
    # for sharing, and the rename keeps the temporary file's mode.
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    try:
        write(tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _csv_folder(data, folder: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    # Built in a sibling folder, then moved into place as a whole.
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        files = write_csv(data, staging)
        folder.mkdir(exist_ok=True)
        placed = []
        for path in files:
            target = folder / path.name
            os.replace(path, target)
            placed.append(target)
        return placed
    finally:
        shutil.rmtree(staging, ignore_errors=True)
