"""`workshop-app sessions FILE`: the sessions of a workshop file, one line each."""

from __future__ import annotations

import argparse
from pathlib import Path

EXIT_OK = 0


def sessions_parser(parser_class: type[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = parser_class(
        prog="workshop-app sessions", description="List the sessions of a workshop file."
    )
    parser.add_argument("file", type=Path, help="the .workshop file to read (not changed)")
    return parser


def cmd_sessions(ns: argparse.Namespace, error: type[Exception]) -> int:
    from workshop_app.domain.session import SessionState
    from workshop_app.store.errors import WorkshopFileError
    from workshop_app.store.sessions_repo import SessionsRepo
    from workshop_app.store.workshop_file import WorkshopFile

    try:
        file = WorkshopFile.open(ns.file, read_only=True)
    except WorkshopFileError as err:
        raise error(str(err)) from None
    try:
        summaries = SessionsRepo(file).summaries(with_discarded=True)
    finally:
        file.close()
    if not summaries:
        print("no sessions: this workshop has not been run yet")
        return EXIT_OK
    print("id  date        times        kind       responses  notes")
    for s in summaries:
        end = s.ended_at.strftime("%H:%M") if s.ended_at else "live "
        kind = (
            "discarded"
            if s.discarded
            else "rehearsal"
            if s.rehearsal
            else "live"
            if s.state == SessionState.LIVE
            else "session"
        )
        print(
            f"{s.id:<3} {s.started_at:%Y-%m-%d}  {s.started_at:%H:%M}–{end:<5}  "
            f"{kind:<9}  {s.responses:>9}  {s.notes:>5}"
        )
    return EXIT_OK


def merge_parser(parser_class: type[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = parser_class(
        prog="workshop-app merge",
        description="One report from several rooms' workshop files of the same plan "
        "(the files are only read).",
    )
    parser.add_argument("files", type=Path, nargs="+", help="the rooms' .workshop files")
    parser.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the PDF report")
    parser.add_argument(
        "--html", type=Path, metavar="OUT.html", help="write the HTML report (accessible)"
    )
    parser.add_argument("--json", type=Path, metavar="OUT.json", help="write the data as JSON")
    parser.add_argument("--csv", type=Path, metavar="DIR", help="write CSV files into DIR")
    parser.add_argument("--markdown", type=Path, metavar="OUT.md", help="write Markdown")
    return parser


def cmd_merge(ns: argparse.Namespace, error: type[Exception]) -> int:
    from workshop_app.clock import SystemClock
    from workshop_app.export.export_job import ExportError, ExportTargets, check_targets
    from workshop_app.export.merge_job import merge_to

    targets = ExportTargets(
        pdf=ns.pdf, html=ns.html, json=ns.json, csv_dir=ns.csv, markdown=ns.markdown
    )
    if not targets.any():
        raise error("nothing to write: give --pdf, --html, --json, --csv or --markdown")
    try:
        check_targets(list(ns.files), targets)
        merge_to(list(ns.files), targets, SystemClock().now())
    except ExportError as err:
        raise error(str(err)) from None
    return EXIT_OK
