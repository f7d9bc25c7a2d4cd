"""reportlab's Paragraph and Table, each laid out once for a given space.

reportlab lays out the same flowable many times in the same space: a table measures its
cells to size its rows, again when it is split at a page's end, again to draw them, and
the second pass that fills in the table of contents does it all once more. The result
depends only on the space given, so it is kept and reused; the minutes are byte for byte
what reportlab alone makes (a rooms report has tens of thousands of cells).
"""

from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.platypus import Paragraph as _ReportlabParagraph
from reportlab.platypus import Table as _ReportlabTable


class Paragraph(_ReportlabParagraph):
    _laid_out: tuple[float, Any, float, list[float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Its lines depend on the width only; split() and draw() read them from blPara.
        laid_out = self._laid_out
        if laid_out is not None and laid_out[0] == availWidth:
            _, self.blPara, self.height, self._wrapWidths = laid_out
            self.width = availWidth
            return availWidth, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if availWidth >= rl_config._FUZZ:  # narrower: nothing was laid out
            self._laid_out = (availWidth, self.blPara, self.height, self._wrapWidths)
        return size


class Table(_ReportlabTable):
    _calculated_for: tuple[float, float] | None = None

    def _calc(self, availWidth: float, availHeight: float) -> None:
        # A table is sized (wrap), then sized again in the same space to split it: the
        # second time finds what the first left in place. (The parts of a split table
        # are new tables of this class.)
        if self._calculated_for == (availWidth, availHeight):
            return
        super()._calc(availWidth, availHeight)
        self._calculated_for = (availWidth, availHeight)
