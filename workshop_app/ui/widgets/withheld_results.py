"""The words the projector and the console use where the minimum group size holds a
result back: kept out of the chart's drawing code (and of the presenter window) so that
one place says "3 answers so far; results appear from 5" and "fewer than 5"."""

from __future__ import annotations

from PySide6.QtCore import QObject

from workshop_app.domain.polls import Tally
from workshop_app.domain.small_groups import Cell, ShownTally


class SmallGroupWords(QObject):
    def withheld_text(self, tally: Tally | None) -> str | None:
        """The message shown instead of a chart below k answers; None when results show."""
        if not isinstance(tally, ShownTally) or not tally.withheld:
            return None
        so_far = self.tr("%n answers so far", "", tally.responses)
        appear = self.tr("results appear from {k}").format(k=tally.min_group)
        return f"{so_far}; {appear}"

    def count_text(self, tally: Tally | None, index: int) -> str | None:
        """ "fewer than 5" or "withheld" for a count that would reveal a small group;
        None for a count that may be shown as it is."""
        if not isinstance(tally, ShownTally):
            return None
        cell = tally.cell(index)
        if cell is Cell.FEWER:
            return self.tr("fewer than {k}").format(k=tally.min_group)
        if cell is Cell.MASKED:
            return self.tr("withheld")
        return None

    def widest_text(self, tally: Tally | None) -> str:
        """The longest count text the chart may need room for ("" with no small groups)."""
        if not isinstance(tally, ShownTally) or not tally.folds_any:
            return ""
        return max((self.count_text(tally, i) or "" for i in range(len(tally.counts))), key=len)

    def short_count_text(self, tally: Tally | None, index: int) -> str | None:
        """A narrow column's form: "<5" for fewer than 5, "–" for withheld."""
        if not isinstance(tally, ShownTally):
            return None
        cell = tally.cell(index)
        if cell is Cell.FEWER:
            return f"<{tally.min_group}"
        if cell is Cell.MASKED:
            return "–"
        return None

    def median_only_text(self, tally: Tally) -> str:
        median = f"{tally.median:g}" if tally.median is not None else "–"
        return self.tr("Median {median} · the average is withheld (small groups)").format(
            median=median
        )


def mean_withheld(tally: Tally | None) -> bool:
    return isinstance(tally, ShownTally) and tally.mean_withheld


def withheld_text(tally: Tally | None) -> str | None:
    """For tests and views without a chart: the withheld message in the current language."""
    return SmallGroupWords().withheld_text(tally)
