"""The facilitator edits an idea's text: to take out a person's name or a phone number
someone typed, or to fix an obvious typo. The same rules as a phone's post apply; the
room is told the idea was edited, and the earlier text is not kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.ideas import IDEA_MAX_CHARS, IdeaProblem, IdeaRow, clean_idea, idea_problem


class IdeaEditDialog(QDialog):
    def __init__(self, idea: IdeaRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.idea = idea
        self.new_text: str | None = None  # the cleaned text, once accepted with a change
        self.setWindowTitle(self.tr("Edit idea"))
        self.setModal(True)

        original_heading = QLabel(self.tr("As it is now:"), self)
        self.original = QLabel(idea.text, self)
        self.original.setTextFormat(Qt.TextFormat.PlainText)
        self.original.setWordWrap(True)
        self.original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.original.setAccessibleName(self.tr("The idea's text as it is now"))
        original_heading.setBuddy(self.original)

        edit_label = QLabel(self.tr("&New text:"), self)
        self.edit = QLineEdit(idea.text, self)
        self.edit.setAccessibleName(self.tr("The idea's new text"))
        self.edit.setMinimumWidth(420)
        edit_label.setBuddy(self.edit)
        self.left = QLabel(self)
        self.left.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Why the text cannot be saved"))
        self.problem.setStyleSheet("color: #b00020; font-weight: 600;")
        self.problem.setVisible(False)
        note = QLabel(
            self.tr(
                "The phones, the presenter and the minutes will mark this idea as edited. "
                "The text as it is now is not kept."
            ),
            self,
        )
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(original_heading)
        layout.addWidget(self.original)
        layout.addSpacing(6)
        layout.addWidget(edit_label)
        layout.addWidget(self.edit)
        layout.addWidget(self.left)
        layout.addWidget(self.problem)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

        self.edit.textChanged.connect(self._count)
        self._count()
        self.edit.selectAll()
        self.edit.setFocus()

    def _count(self) -> None:
        self.left.setText(self.tr("%n characters left", "", IDEA_MAX_CHARS - len(self.edit.text())))
        self.problem.setVisible(False)

    def _problem_text(self, problem: IdeaProblem) -> str:
        if problem == IdeaProblem.TOO_LONG:
            return self.tr("An idea has at most %n characters: shorten it.", "", IDEA_MAX_CHARS)
        if problem == IdeaProblem.BAD_CHARACTER:
            return self.tr("The text holds a character that cannot be shown: type it again.")
        return self.tr("The text cannot be empty. To take an idea off the wall, hide it (H).")

    def _save(self) -> None:
        raw = self.edit.text()
        problem = idea_problem(raw)
        if problem is not None:
            # Refused: the dialog stays open with the text as typed, nothing is lost.
            self.problem.setText(self._problem_text(problem))
            self.problem.setVisible(True)
            self.edit.setFocus()
            return
        text = clean_idea(raw)
        self.new_text = text if text != self.idea.text else None
        self.accept()
