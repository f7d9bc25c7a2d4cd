"""The export dialog's session choice: the latest session, all but rehearsals, the
sessions shown (Session › Sessions…), or any one session."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from workshop_app.domain.session import SessionSummary
from workshop_app.export.session_choice import SessionChoice


class SessionChoiceRow(QWidget):
    def __init__(
        self,
        sessions: list[SessionSummary],
        shown: list[int] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("&Sessions:"))
        self.combo = QComboBox()
        self.combo.setObjectName("sessionCombo")
        self.label.setBuddy(self.combo)
        self.choices: list[SessionChoice] = [SessionChoice()]
        self.combo.addItem(self.tr("The latest session"))
        self.choices.append(SessionChoice(mode="all"))
        self.combo.addItem(self.tr("All sessions but rehearsals, side by side"))
        kept = [s for s in sessions if not s.discarded]
        if shown:
            self.choices.append(SessionChoice(mode="ids", ids=tuple(shown)))
            self.combo.addItem(self.tr("The sessions shown ({count})").format(count=len(shown)))
        for s in kept:
            text = self.tr("Session {number}, {date}").format(
                number=s.number, date=s.started_at.strftime("%Y-%m-%d")
            )
            if s.rehearsal:
                text += " " + self.tr("(rehearsal)")
            self.choices.append(SessionChoice(mode="ids", ids=(s.id,)))
            self.combo.addItem(text)
        if shown:
            self.combo.setCurrentIndex(2)  # what the facilitator chose to look at
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        self.setVisible(len(kept) > 1)  # one session or none: nothing to choose

    def choice(self) -> SessionChoice:
        return self.choices[max(0, self.combo.currentIndex())]
