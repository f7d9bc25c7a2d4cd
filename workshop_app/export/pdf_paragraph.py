"""reportlab's Paragraph, laid out once per width.

reportlab wraps the same paragraph many times at the same width: a table measures its
cells to size its rows, again for each page it is split at, again to draw them, and the
second pass that fills in the table of contents does it all once more. Breaking the lines
is most of the cost of the minutes (a rooms report has tens of thousands of cells), and
the result depends only on the width, so it is kept and reused.
"""

from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.platypus import Paragraph as _ReportlabParagraph


class Paragraph(_ReportlabParagraph):
    _laid_out: tuple[float, Any, float, list[float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        laid_out = self._laid_out
        if laid_out is not None and laid_out[0] == availWidth:
            # The lines as broken before; split() and draw() read them from blPara.
            _, self.blPara, self.height, self._wrapWidths = laid_out
            self.width = availWidth
            return availWidth, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if availWidth >= rl_config._FUZZ:  # narrower: nothing was laid out
            self._laid_out = (availWidth, self.blPara, self.height, self._wrapWidths)
        return size
