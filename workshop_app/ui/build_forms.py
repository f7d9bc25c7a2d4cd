"""Compile forms/*.ui into workshop_app/ui/forms/ui_*.py (generated code, do not edit).

Run with ``make forms``. tests/test_forms_fresh.py fails when a generated module is
out of date with its form.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS_DIR = ROOT / "forms"
OUTPUT_DIR = ROOT / "workshop_app" / "ui" / "forms"
HEADER = (
    "# GENERATED CODE - DO NOT EDIT.\n"
    "# Compiled from forms/{name} by `make forms` (pyside6-uic); edit the .ui file instead.\n"
)


def uic_executable() -> str:
    return str(Path(sys.executable).with_name("pyside6-uic"))


def compile_form(ui_file: Path) -> str:
    result = subprocess.run(
        [uic_executable(), "--from-imports", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    )
    return HEADER.format(name=ui_file.name) + normalise(result.stdout)


def normalise(code: str) -> str:
    # Drop the compiler's version banner so the output is stable across Qt patch releases.
    return "".join(
        line for line in code.splitlines(keepends=True) if "Qt User Interface Compiler" not in line
    )


def output_for(ui_file: Path) -> Path:
    return OUTPUT_DIR / f"ui_{ui_file.stem}.py"


def main() -> int:
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    init = OUTPUT_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from forms/*.ui by `make forms`; do not edit."""\n')
    for ui_file in sorted(FORMS_DIR.glob("*.ui")):
        output_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"compiled {ui_file.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
