"""Shared fixtures: a fresh workshop file and fresh settings for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from workshop_app.clock import FakeClock
from workshop_app.domain.workshop import Workshop
from workshop_app.store.workshop_file import WorkshopFile


@pytest.fixture(autouse=True, scope="session")
def _reclaim_on_the_gui_thread(qapp: Any) -> None:
    """As the app does (workshop_app.app.build_gui): the full collection a second after a
    session ends runs on the GUI thread. On a timer thread it may finalise a closed
    window's wrappers off their thread, which can crash the process."""
    from workshop_app.ui.gc_reclaim import reclaim_on_gui_thread

    reclaim_on_gui_thread(qapp)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    return tmp_path / "test.workshop"


@pytest.fixture
def workshop_file(workshop_path: Path) -> Iterator[WorkshopFile]:
    file = WorkshopFile.create(workshop_path, Workshop(title="Test workshop"))
    yield file
    file.close()


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    from workshop_app.demo import write_demo

    path = tmp_path / "demo.workshop"
    write_demo(path)
    return path
