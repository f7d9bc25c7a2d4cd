"""Session › Print Ballots…: the paper ballots of every poll, as a PDF to print and cut.

The join QR code is printed when a session is live (its link stays the same when the
session is resumed); before that, the ballots point to the code on the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from workshop_app.domain.session import Session
from workshop_app.export.ballots_pdf import ballot_polls, write_ballots
from workshop_app.store.sessions_repo import SessionsRepo
from workshop_app.ui.context import WorkshopContext
from workshop_app.ui.prompter import Prompter


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintBallots", text)


def join_url_of(session: Session | None) -> str | None:
    """The live session's join link, as its QR code on the screen says."""
    if session is None or not session.join_token or not session.host or not session.port:
        return None
    host = f"[{session.host}]" if ":" in session.host else session.host
    return f"http://{host}:{session.port}/j/{session.join_token}"


def print_ballots(context: WorkshopContext, prompter: Prompter) -> tuple[Path, int] | None:
    """Ask where, write the PDF; (path, pages), or None when nothing was written."""
    file = context.file
    polls = ballot_polls([file.polls(item.id) for item in file.items()])
    if not polls:
        prompter.info(
            _tr("No ballots to print"), _tr("The agenda has no polls yet: add one first.")
        )
        return None
    suggested = file.path.with_name(f"{file.path.stem}-ballots.pdf")
    path = prompter.save_path(_tr("Print ballots"), str(suggested), _tr("PDF files (*.pdf)"))
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    url = join_url_of(SessionsRepo(file).live())
    try:
        pages = write_ballots(file.load_workshop(), polls, path, url)
    except OSError as err:
        prompter.error(_tr("Cannot write the ballots"), f"{path.name}: {err.strerror}.")
        return None
    return path, pages
