"""Which sessions the minutes and data exports cover: the latest (the default), some
chosen ones, or all but the rehearsals."""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.domain.session import SessionSummary


class BadSessionChoice(ValueError):
    """A choice that names no session of the file; the message says what there is."""


@dataclass(frozen=True)
class SessionChoice:
    mode: str = "latest"  # "latest" | "all" | "ids"
    ids: tuple[int, ...] = ()
    with_rehearsals: bool = False  # "latest"/"all": count rehearsals too

    @classmethod
    def parse(cls, text: str) -> SessionChoice:
        """ "latest", "all", or session ids separated by commas ("2" or "1,3")."""
        value = text.strip().lower()
        if value in ("latest", "all"):
            return cls(mode=value)
        try:
            ids = tuple(int(part) for part in value.split(","))
        except ValueError:
            raise BadSessionChoice(
                f"--session takes latest, all, or session ids such as 2 or 1,3 (not “{text}”)"
            ) from None
        return cls(mode="ids", ids=ids)


def resolve(choice: SessionChoice, sessions: list[SessionSummary]) -> list[SessionSummary] | None:
    """The chosen sessions, oldest first; None for a file never run (its results are
    then everything it holds). Discarded sessions are never chosen."""
    if not sessions:
        return None
    kept = [s for s in sessions if not s.discarded]
    if choice.mode == "ids":
        by_id = {s.id: s for s in kept}
        unknown = [i for i in choice.ids if i not in by_id]
        if unknown:
            known = ", ".join(str(s.id) for s in kept)
            raise BadSessionChoice(
                f"no session {', '.join(map(str, unknown))} in this file (its sessions: {known})"
            )
        return [s for s in kept if s.id in set(choice.ids)]  # a rehearsal named is asked for
    candidates = [s for s in kept if choice.with_rehearsals or not s.rehearsal]
    if choice.mode == "all":
        return candidates
    return candidates[-1:]
