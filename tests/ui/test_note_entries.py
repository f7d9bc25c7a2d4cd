"""The notes pane shows each note as an entry: kind badge, time and item, text, and an
action item's owner, due date and status as fields (no bracketed text)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from workshop_app.domain.notes import NoteKind
from workshop_app.ui.notes.model import NOTE_ROLE
from workshop_app.ui.notes.note_delegate import NoteDelegate


def _rows(pane):  # type: ignore[no-untyped-def]
    model = pane.model
    return [model.index(row, 0) for row in range(model.rowCount())]


def test_action_items_show_their_fields_not_brackets(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.show()
    assert main_window.open_demo()
    pane = main_window.notes_pane
    pane.ui.scopeFilter.setCurrentIndex(0)  # all items
    actions = [i for i in _rows(pane) if i.data(NOTE_ROLE).kind == NoteKind.ACTION]
    assert actions
    texts = [str(index.data(Qt.ItemDataRole.DisplayRole)) for index in actions]
    assert not any("[" in text for text in texts)
    assert any(
        "Owner: Urban planning department · Due: 2026-05-31 · Status: open" in t for t in texts
    )
    assert all(text.startswith("Action · ") for text in texts)


def test_every_entry_is_laid_out_whole(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.show()
    qtbot.waitExposed(main_window)
    assert main_window.open_demo()
    pane = main_window.notes_pane
    view = pane.ui.notesList
    delegate = view.itemDelegate()
    assert isinstance(delegate, NoteDelegate)
    for index in _rows(pane):
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = QRect(0, 0, view.viewport().width(), 10)
        size = delegate.sizeHint(option, index)
        option.rect = QRect(0, 0, size.width(), size.height())
        entry = delegate._entry(index)
        assert entry is not None and entry.badge
        note = index.data(NOTE_ROLE)
        texts, badge, height = delegate._layout(
            option, entry, size.width(), note.kind == NoteKind.DECISION
        )
        boxes = [badge] + [rect for rect, *_ in texts]
        assert height == size.height()
        for box in boxes:
            assert box.right() <= size.width() and box.bottom() <= size.height(), entry.body
        for i, first in enumerate(boxes):
            for second in boxes[i + 1 :]:
                assert not first.intersects(second), entry.body
