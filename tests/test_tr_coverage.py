"""Every word the interface shows goes through Qt's translation system.

The scan reads workshop_app/ui (not the generated forms, which the .ui files translate)
and fails on a string literal or f-string handed to a Qt text setter or a widget's
constructor without ``tr()`` / ``QCoreApplication.translate()`` around it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "workshop_app" / "ui"

# Methods whose text arguments the user sees: name -> positions of those arguments.
TEXT_SETTERS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setLabelText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setSpecialValueText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "showMessage": (0,),
    "addItem": (0,),
    "addItems": (0,),
    "addAction": (0,),
    "addMenu": (0,),
    "addTab": (1,),
    "addRow": (0,),
    "insertItem": (1,),
    "set_presenter_state": (0,),
    # The prompter shows titles, messages and button labels in message boxes.
    "error": (0, 1),
    "info": (0, 1),
    "confirm": (0, 1, 2),
    "choose": (0, 1, 2),
    "open_path": (0,),
    "save_path": (0,),
    # QMessageBox.warning(parent, title, text) and friends; QFileDialog captions.
    "warning": (1, 2),
    "information": (1, 2),
    "question": (1, 2),
    "critical": (1, 2),
    "about": (1, 2),
    "getExistingDirectory": (1,),
    "getOpenFileName": (1,),
    "getSaveFileName": (1,),
    "getText": (1, 2),
}
# Widgets whose first argument is the text they show (QrView and TimerBadge: their name).
TEXT_CONSTRUCTORS = {
    "QAction",
    "QCheckBox",
    "QDockWidget",
    "QGroupBox",
    "QLabel",
    "QListWidgetItem",
    "QMenu",
    "QProgressDialog",
    "QPushButton",
    "QRadioButton",
    "QTableWidgetItem",
    "QToolButton",
    "QrView",
    "TimerBadge",
}
TRANSLATORS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Literals with letters that are not words to translate: names and format patterns.
ALLOWED = {"workshop-app", "yyyy-MM-dd"}
LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _untranslated(node: ast.expr) -> Iterator[str]:
    """The words in an argument expression that reach the screen untranslated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if LETTERS.search(node.value) and node.value.strip() not in ALLOWED:
            yield node.value
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            yield from _untranslated(part)
    elif isinstance(node, ast.FormattedValue):
        return  # the value itself: user text or an already translated expression
    elif isinstance(node, ast.BinOp):
        yield from _untranslated(node.left)
        yield from _untranslated(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _untranslated(node.body)
        yield from _untranslated(node.orelse)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _untranslated(element)
    elif isinstance(node, ast.Call):
        if _name(node.func) in TRANSLATORS:
            return
        # "literal {x}".format(...): the literal is the text, untranslated.
        if isinstance(node.func, ast.Attribute) and node.func.attr == "format":
            yield from _untranslated(node.func.value)


def untranslated_texts(source: str) -> list[tuple[int, str]]:
    """(line, text) for every user-visible literal not wrapped in a translation call."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        positions: tuple[int, ...] = ()
        if name in TEXT_SETTERS:
            positions = TEXT_SETTERS[name]
        elif name in TEXT_CONSTRUCTORS:
            positions = (0,)
        arguments = [a for i, a in enumerate(node.args) if i in positions]
        arguments += [k.value for k in node.keywords if k.arg in ("text", "title", "message")]
        for argument in arguments:
            found += [(node.lineno, text) for text in _untranslated(argument)]
    return found


def _ui_modules() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "forms" not in p.relative_to(UI).parts)


def test_the_scan_reads_the_whole_interface() -> None:
    names = {p.relative_to(UI).as_posix() for p in _ui_modules()}
    assert {"console/console.py", "presenter/window.py", "main_window.py"} <= names
    assert not any(name.startswith("forms/") for name in names)


@pytest.mark.parametrize("path", _ui_modules(), ids=lambda p: p.relative_to(UI).as_posix())
def test_every_shown_literal_is_translated(path: Path) -> None:
    found = untranslated_texts(path.read_text(encoding="utf-8"))
    assert not found, "wrap in self.tr() or QCoreApplication.translate(): " + "; ".join(
        f"line {line}: {text!r}" for line, text in found
    )


@pytest.mark.parametrize(
    "snippet",
    [
        'button = QPushButton("Next", self)',
        'self.label.setText(f"{n} phones connected")',
        'self.label.setText("Goal: {g}".format(g=goal))',
        'self.label.setText(title if title else "The agenda is empty")',
        'self.prompter.confirm(self.tr("Delete?"), "It cannot be undone.", self.tr("Delete"))',
        'self.statusBar().showMessage("Saved " + name, 5000)',
        'table.setHorizontalHeaderLabels(["Keys", self.tr("Action")])',
        'QMessageBox.warning(self, "Cannot open", str(err))',
    ],
)
def test_the_scan_finds_untranslated_text(snippet: str) -> None:
    assert untranslated_texts(snippet), snippet


@pytest.mark.parametrize(
    "snippet",
    [
        'button = QPushButton(self.tr("Next"), self)',
        'self.label.setText(self.tr("%n phones connected", "", n))',
        'self.label.setText(self.tr("Goal: {goal}").format(goal=goal))',
        'self.label.setText(QCoreApplication.translate("Labels", "Plenary"))',
        "self.label.setText(item.title)",  # what the user typed stays as typed
        'self.label.setText(f"{prefix}–")',  # no words
        'self.label.setText("")',
        'self.timer.setText("● ")',
    ],
)
def test_the_scan_accepts_translated_or_wordless_text(snippet: str) -> None:
    assert untranslated_texts(snippet) == [], snippet


def test_every_poll_problem_has_a_translation_entry() -> None:
    """poll_problems() speaks English in the domain; labels.py must mark each sentence."""
    from workshop_app.ui.labels import POLL_PROBLEMS

    tree = ast.parse((ROOT / "workshop_app" / "domain" / "polls.py").read_text("utf-8"))
    function = next(
        n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "poll_problems"
    )
    sentences = {
        call.args[0].value
        for call in ast.walk(function)
        if isinstance(call, ast.Call)
        and _name(call.func) == "append"
        and isinstance(call.args[0], ast.Constant)
    }
    assert sentences
    assert sentences <= set(POLL_PROBLEMS)
