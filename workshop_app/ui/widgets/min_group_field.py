"""The minimum group size k as a spin box with its warning: used by Settings (the
workshop's k) and the poll dialog (a poll's own k, or "the workshop's")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from workshop_app.domain.small_groups import MAX_MIN_GROUP


class MinGroupField(QWidget):
    """k from 1 to 99; with ``inherit`` a value of 0 reads "the workshop's" (None)."""

    def __init__(self, parent: QWidget | None = None, *, inherit: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("minGroupField")
        self.inherit = inherit
        self.label = QLabel(self.tr("Minimum group size (&k):"), self)
        self.spin = QSpinBox(self)
        self.spin.setObjectName("minGroupSpin")
        self.spin.setRange(0 if inherit else 1, MAX_MIN_GROUP)
        if inherit:
            self.spin.setSpecialValueText(self.tr("As the workshop"))
        self.spin.setAccessibleName(self.tr("Minimum group size"))
        self.spin.setToolTip(
            self.tr(
                "Results are shown only from this many answers; an option chosen by fewer "
                "people reads “fewer than k”. 1 turns this off."
            )
        )
        self.label.setBuddy(self.spin)
        self.warning = QLabel(
            self.tr(
                "1 turns the protection off: a result of one or two people can show who "
                "they are in a small room."
            ),
            self,
        )
        self.warning.setObjectName("minGroupWarning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #c62828; font-weight: bold;")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.spin)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        self.spin.valueChanged.connect(self._changed)
        self._changed()

    def value(self) -> int | None:
        value = self.spin.value()
        return None if self.inherit and value == 0 else value

    def set_value(self, value: int | None) -> None:
        self.spin.setValue(0 if value is None else value)
        self._changed()

    def _changed(self) -> None:
        self.warning.setVisible(self.spin.value() == 1)
