"""Command line: open the GUI, create a workshop file, export. One-line errors, exit 2."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from workshop_app import __version__

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_DAMAGED_JOURNAL = 3  # export refused: a damaged -wal lost saved changes

USAGE_EPILOG = """commands:
  workshop-app [FILE]                      open the app (on FILE, or on the start screen)
  workshop-app --demo                      open a fresh copy of the demo workshop
  workshop-app new FILE [--plan PLAN.json] [--title TITLE] [--demo]
                                           create a workshop file without the GUI
  workshop-app export FILE [--pdf OUT.pdf] [--html OUT.html] [--csv DIR]
                           [--json OUT.json] [--markdown OUT.md] [--plan OUT.json]
                           [--session latest|all|ID[,ID…]] [--with-rehearsals]
                           [--privacy-summary OUT.md]
                                           export minutes, data or the plan (several at once)
  workshop-app sessions FILE               list the sessions of a workshop file
  workshop-app merge A B … --pdf OUT.pdf [--json OUT.json] [--csv DIR] [--markdown OUT.md]
                                           one report from several rooms' files of one plan

Errors print one line on stderr and exit with status 2.
"""


class CliError(Exception):
    """A problem to report in one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise CliError(f"{message} (see `workshop-app --help`)")


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="workshop-app",
        description="Plan, run and minute participatory workshops offline.",
        epilog=USAGE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", type=Path, help="a .workshop file to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo")
    parser.add_argument("--version", action="version", version=f"workshop-app {__version__}")
    return parser


def _new_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="workshop-app new", description="Create a workshop file.")
    parser.add_argument("file", type=Path, help="the .workshop file to create (must not exist)")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--plan", type=Path, help="start from this plan file (JSON)")
    source.add_argument("--demo", action="store_true", help="write the filled-in demo workshop")
    parser.add_argument("--title", help="the workshop's title")
    return parser


def _export_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="workshop-app export", description="Export from a workshop file.")
    parser.add_argument("file", type=Path, help="the .workshop file to read (not changed)")
    parser.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the PDF minutes")
    parser.add_argument(
        "--html", type=Path, metavar="OUT.html", help="write the HTML minutes (accessible)"
    )
    parser.add_argument("--csv", type=Path, metavar="DIR", help="write CSV files into DIR")
    parser.add_argument("--json", type=Path, metavar="OUT.json", help="write the data as JSON")
    parser.add_argument("--markdown", type=Path, metavar="OUT.md", help="write Markdown minutes")
    parser.add_argument(
        "--privacy-summary",
        type=Path,
        metavar="OUT.md",
        help="write a one-page data-protection summary (Markdown)",
    )
    parser.add_argument("--plan", type=Path, metavar="OUT.json", help="write the plan file")
    parser.add_argument(
        "--session",
        default="latest",
        metavar="latest|all|ID[,ID…]",
        help="which sessions: the latest real one (default), all but rehearsals, or ids "
        "from `workshop-app sessions FILE`",
    )
    parser.add_argument(
        "--with-rehearsals",
        action="store_true",
        help="with latest or all: count rehearsals as sessions too",
    )
    parser.add_argument(
        "--despite-damaged-journal",
        action="store_true",
        help="export even when a damaged -wal journal lost saved changes (warned on stderr)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "new":
            return _cmd_new(_new_parser().parse_args(args[1:]))
        if args and args[0] == "export":
            return _cmd_export(_export_parser().parse_args(args[1:]))
        if args and args[0] == "sessions":
            from workshop_app.cli_sessions import cmd_sessions, sessions_parser

            return cmd_sessions(sessions_parser(_Parser).parse_args(args[1:]), CliError)
        if args and args[0] == "merge":
            from workshop_app.cli_sessions import cmd_merge, merge_parser

            return cmd_merge(merge_parser(_Parser).parse_args(args[1:]), CliError)

        return _cmd_gui(_gui_parser().parse_args(args))
    except CliError as err:
        print(f"workshop-app: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _cmd_gui(ns: argparse.Namespace) -> int:
    from workshop_app.ui.display_check import NO_DISPLAY_MESSAGE, has_display

    if ns.file is not None and ns.demo:
        raise CliError("give either FILE or --demo, not both")
    if ns.file is not None:
        _check_openable(ns.file)
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return EXIT_USAGE
    from workshop_app.app import run_gui

    return run_gui(ns.file, demo=ns.demo)


def _check_openable(path: Path) -> None:
    """Refuse a bad FILE before any window opens, with the same words the GUI would use."""
    from workshop_app.store.errors import WorkshopFileError
    from workshop_app.store.workshop_file import WorkshopFile

    try:
        WorkshopFile.open(path, read_only=True).close()
    except WorkshopFileError as err:
        raise CliError(str(err)) from None


def _cmd_new(ns: argparse.Namespace) -> int:
    from workshop_app.domain.workshop import Workshop
    from workshop_app.plans.plan_format import PlanError, read_plan
    from workshop_app.plans.plan_io import apply_plan
    from workshop_app.store.errors import WorkshopFileError
    from workshop_app.store.workshop_file import WorkshopFile

    path: Path = ns.file
    if path.exists():
        raise CliError(f"{path}: already exists; choose another name")
    if not path.parent.is_dir():
        raise CliError(f"{path.parent}: no such folder")
    try:
        if ns.demo:
            from workshop_app.demo import write_demo

            write_demo(path)
            if ns.title:
                file = WorkshopFile.open(path)
                workshop = file.load_workshop()
                workshop.title = ns.title
                file.save_workshop(workshop)
                file.close()
            return EXIT_OK
        plan = read_plan(ns.plan) if ns.plan else None
        workshop = plan.workshop if plan else Workshop(title=path.stem)
        if ns.title:
            workshop.title = ns.title
        file = WorkshopFile.create(path, workshop)
        try:
            if plan:
                apply_plan(file, plan, replace_workshop=False)
        finally:
            file.close()
    except (PlanError, WorkshopFileError) as err:
        raise CliError(str(err)) from None
    except OSError as err:
        raise CliError(f"{path}: {err.strerror}") from None
    return EXIT_OK


def _cmd_export(ns: argparse.Namespace) -> int:
    from workshop_app.clock import SystemClock
    from workshop_app.export.export_job import ExportError, ExportTargets, export_workshop
    from workshop_app.export.session_choice import BadSessionChoice, SessionChoice
    from workshop_app.store.errors import WorkshopFileError
    from workshop_app.store.workshop_file import WorkshopFile

    try:
        choice = SessionChoice.parse(ns.session)
    except BadSessionChoice as err:
        raise CliError(str(err)) from None
    if ns.with_rehearsals:
        choice = SessionChoice(choice.mode, choice.ids, with_rehearsals=True)
    targets = ExportTargets(
        pdf=ns.pdf,
        html=ns.html,
        csv_dir=ns.csv,
        json=ns.json,
        markdown=ns.markdown,
        plan=ns.plan,
        privacy_summary=ns.privacy_summary,
    )
    if not targets.any():
        raise CliError(
            "nothing to export: give --pdf, --html, --csv, --json, --markdown, --plan or "
            "--privacy-summary"
        )
    try:
        file = WorkshopFile.open(ns.file, read_only=True)
    except WorkshopFileError as err:
        raise CliError(str(err)) from None
    if file.wal_damage is not None:
        print(f"warning: {file.wal_damage.message(ns.file.name)}", file=sys.stderr)
        if not ns.despite_damaged_journal:
            file.close()
            print(
                "nothing exported: the minutes would miss those changes; open the file in "
                "the app to keep a copy of the journal, or add --despite-damaged-journal",
                file=sys.stderr,
            )
            return EXIT_DAMAGED_JOURNAL
    try:
        export_workshop(file, targets, SystemClock().now(), sessions=choice)
    except ExportError as err:
        raise CliError(str(err)) from None
    finally:
        file.close()
    return EXIT_OK
