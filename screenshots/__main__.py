"""make screenshots: regenerate docs/screenshots/ from the demo workshop.

Runs the real main window on the demo (offscreen unless a display is given), with a
stand-in for the live server that reports a typical Wi-Fi address, so the pictures do
not depend on this machine's network. SCREENSHOTS_OUTPUT overrides the folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from screenshots.scenes import take_all


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    output = Path(os.environ.get("SCREENSHOTS_OUTPUT", "docs/screenshots"))
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="workshop-screens-") as work:
        written = take_all(Path(work), output)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
