"""Shared fixtures: a fresh workshop file and fresh settings for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from workshop_app.clock import FakeClock
from workshop_app.domain.workshop import Workshop
from workshop_app.store.workshop_file import WorkshopFile


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
