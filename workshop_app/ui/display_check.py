"""Say in one line when there is no screen to show a window on, instead of a Qt abort."""

from __future__ import annotations

import os
import sys

NO_DISPLAY_MESSAGE = (
    "workshop-app: no display found. Run it on a desktop, or without one use "
    "`xvfb-run make run` (or set QT_QPA_PLATFORM=offscreen to start without showing windows)."
)


def has_display(environ: dict[str, str] | None = None, platform: str = sys.platform) -> bool:
    env = os.environ if environ is None else environ
    if platform != "linux" and not platform.startswith("freebsd"):
        return True  # Windows and macOS always have their own window system
    if env.get("QT_QPA_PLATFORM"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def main() -> int:
    if has_display():
        return 0
    print(NO_DISPLAY_MESSAGE, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
