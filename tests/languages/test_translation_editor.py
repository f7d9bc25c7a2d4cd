"""The editor edits translations side by side and flags what is missing; the workshop's
further languages are ticked in Workshop Details."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.ui import plan_fixtures
from tests.ui.plan_fixtures import AnsweringPrompter, reopen, three_item_plan
from workshop_app.domain.polls import Poll, PollSettings, PollType
from workshop_app.ui.agenda.editor import AgendaEditor
from workshop_app.ui.agenda.poll_dialog import PollDialog
from workshop_app.ui.agenda.translations_dialog import TranslationsDialog
from workshop_app.ui.agenda.workshop_dialog import WorkshopDetailsDialog
from workshop_app.ui.context import WorkshopContext

context = plan_fixtures.context
answering = plan_fixtures.answering


@pytest.fixture
def editor(qtbot, context: WorkshopContext, answering: AnsweringPrompter) -> AgendaEditor:  # type: ignore[no-untyped-def]
    three_item_plan(context.file)
    workshop = context.file.load_workshop()
    workshop.languages = ["nl", "ar"]
    context.file.save_workshop(workshop)
    widget = AgendaEditor(context, answering)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type any script, one key event per character, as a keyboard layout would send it
    (QTest's keyClicks only takes ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def ok(dialog: TranslationsDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_workshop_details_ticks_further_languages(qtbot) -> None:  # type: ignore[no-untyped-def]
    from workshop_app.domain.workshop import Workshop

    dialog = WorkshopDetailsDialog(Workshop(title="W", language="fr"))
    qtbot.addWidget(dialog)
    dialog.show()
    listing = dialog.languages_list
    for code in ("nl", "ar", "fr"):  # the main language is not a further one
        row = next(
            r
            for r in range(listing.count())
            if listing.item(r).data(Qt.ItemDataRole.UserRole) == code
        )
        listing.setCurrentRow(row)
        listing.setFocus()
        qtbot.keyClick(listing, Qt.Key.Key_Space)
    assert dialog.edited_workshop().languages == ["nl", "ar"]


def test_poll_dialog_edits_translations_side_by_side_and_flags_missing(qtbot) -> None:  # type: ignore[no-untyped-def]
    poll = Poll(
        PollType.SCALE,
        "Do you feel safe?",
        settings=PollSettings(scale_min_label="Not at all", scale_max_label="Completely"),
        item_id=1,
    )
    dialog = PollDialog(poll, main_language="en", languages=["nl", "ar"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Nederlands (3)" in dialog.translations_flag.text()
    assert "العربية (3)" in dialog.translations_flag.text()
    qtbot.mouseClick(dialog.translations_button, Qt.MouseButton.LeftButton)
    tr = dialog.translations_dialog
    assert tr is not None and tr.isVisible()
    assert tr.tabs.tabText(0) == "Nederlands (3 missing)"
    question, low, high = tr.edits["nl"]
    assert "Missing" in question.placeholderText()
    qtbot.keyClicks(question, "Voelt u zich veilig?")
    qtbot.keyClicks(low, "Helemaal niet")
    qtbot.keyClicks(high, "Helemaal wel")
    assert tr.tabs.tabText(0) == "Nederlands"
    type_text(tr.edits["ar"][0], "هل تشعر بالأمان؟")
    assert tr.edits["ar"][0].layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "العربية" in tr.summary.text()  # still lacks the end labels
    ok(tr, qtbot)
    edited = dialog.edited_poll()
    assert edited.translations["nl"].scale_max_label == "Helemaal wel"
    assert edited.translations["ar"].question == "هل تشعر بالأمان؟"
    assert dialog.translations_flag.text() == "Missing translations: العربية (2)"


def test_item_translations_are_undoable_and_polls_list_flags_missing(
    editor, context, qtbot
) -> None:  # type: ignore[no-untyped-def]
    welcome = context.file.items()[1]
    editor.select_item(welcome.id)
    panel = editor.panel
    assert panel.translations_flag.text() == "Missing: Nederlands, العربية"
    qtbot.mouseClick(panel.translations_button, Qt.MouseButton.LeftButton)
    tr = panel.translations_dialog
    assert tr is not None
    qtbot.keyClicks(tr.edits["nl"][0], "Welkom")
    ok(tr, qtbot)
    assert reopen(context).item(welcome.id).translations["nl"].title == "Welkom"
    assert panel.translations_flag.text() == "Missing: العربية"
    context.undo_stack.undo()
    assert "nl" not in context.file.item(welcome.id).translations

    panel.run_poll_dialog = lambda poll, parent, new: Poll(
        PollType.SINGLE_CHOICE, "Which?", ["A", "B"], item_id=welcome.id
    )
    panel.add_poll()
    shown = panel.polls_list.item(panel.polls_list.count() - 1).text()
    assert "[missing: Nederlands (3), العربية (3)]" in shown


def test_flags_follow_a_change_of_the_workshops_languages(editor, context) -> None:  # type: ignore[no-untyped-def]
    welcome = context.file.items()[1]
    editor.select_item(welcome.id)
    panel = editor.panel
    assert panel.translations_flag.text() == "Missing: Nederlands, العربية"

    def only_dutch(workshop, parent):  # type: ignore[no-untyped-def]
        workshop.languages = ["nl"]
        return workshop

    editor.run_workshop_dialog = only_dutch
    editor.edit_details()
    assert panel.translations_flag.text() == "Missing: Nederlands"
