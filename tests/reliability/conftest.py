"""The live room of tests/live, for the reliability tests that need a real server."""

from __future__ import annotations

from tests.live.conftest import live_room

__all__ = ["live_room"]
