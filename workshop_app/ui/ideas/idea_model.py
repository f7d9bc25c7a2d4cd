"""The ideas of one wall as a Qt table, updated row by row (the selection and the current
row survive the room's activity), and the filter the facilitator types into."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from workshop_app.domain.ideas import IdeaRow, IdeaState

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
VOTES, TEXT, STATUS = range(3)


class IdeaFilter(str, Enum):
    OPEN = "open"  # on the wall or waiting: what needs the facilitator's eye
    WAITING = "waiting"
    SHOWN = "shown"
    HIDDEN = "hidden"
    ANSWERED = "answered"
    ALL = "all"  # merged duplicates too


class IdeaListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[IdeaRow] = []
        self._row_of: dict[int, int] = {}

    def set_rows(self, rows: tuple[IdeaRow, ...] | list[IdeaRow]) -> None:
        """Take the wall as it is now: new ideas are appended, changed ones updated in
        place; only a wall that lost ideas (a reset) is rebuilt."""
        incoming = {row.id for row in rows}
        if not set(self._row_of) <= incoming:
            self.beginResetModel()
            self._rows = list(rows)
            self._row_of = {row.id: i for i, row in enumerate(self._rows)}
            self.endResetModel()
            return
        new = [row for row in rows if row.id not in self._row_of]
        for row in rows:
            at = self._row_of.get(row.id)
            # The server shares an unchanged idea's row between snapshots: most are skipped
            # without comparing their fields.
            if at is not None and self._rows[at] is not row and self._rows[at] != row:
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, STATUS))
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for offset, row in enumerate(new):
                self._rows.append(row)
                self._row_of[row.id] = first + offset
            self.endInsertRows()

    def idea(self, row: int) -> IdeaRow:
        return self._rows[row]

    def row_by_id(self, idea_id: int) -> IdeaRow | None:
        at = self._row_of.get(idea_id)
        return self._rows[at] if at is not None else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Votes"), self.tr("Idea"), self.tr("Status")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        idea = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return idea.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == VOTES:
                return idea.votes
            if column == TEXT:
                return idea.text
            return self.status_text(idea)
        if role == Qt.ItemDataRole.EditRole and column == VOTES:
            return idea.votes  # sorts as a number
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def status_text(self, idea: IdeaRow) -> str:
        edited = [self.tr("edited")] if idea.edited else []
        if idea.merged_into is not None:
            merged = self.tr("merged into #{id}").format(id=idea.merged_into)
            return " · ".join([merged, *edited])
        parts = [
            {
                IdeaState.PENDING: self.tr("waiting"),
                IdeaState.SHOWN: self.tr("shown"),
                IdeaState.HIDDEN: self.tr("hidden"),
            }[idea.state]
        ]
        if idea.pinned:
            parts.append(self.tr("pinned"))
        if idea.answered:
            parts.append(self.tr("answered"))
        parts += edited
        if idea.merged_count:
            parts.append(self.tr("%n merged", "", idea.merged_count))
        return " · ".join(parts)


class IdeaFilterProxy(QSortFilterProxyModel):
    """Text typed by the facilitator (any case) and one of the filters; most votes first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = IdeaFilter.OPEN
        self.needle = ""
        self.setSortRole(Qt.ItemDataRole.EditRole)
        self.setDynamicSortFilter(True)

    def set_filter(self, kind: IdeaFilter, needle: str) -> None:
        self.beginFilterChange()
        self.kind, self.needle = kind, needle.casefold().strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, IdeaListModel)
        idea = model.idea(source_row)
        if self.needle and self.needle not in idea.text.casefold():
            return False
        merged = idea.merged_into is not None
        kind = self.kind
        if kind == IdeaFilter.ALL:
            return True
        if merged:
            return False
        if kind == IdeaFilter.OPEN:
            return idea.state != IdeaState.HIDDEN
        if kind == IdeaFilter.WAITING:
            return idea.state == IdeaState.PENDING
        if kind == IdeaFilter.SHOWN:
            return idea.state == IdeaState.SHOWN
        if kind == IdeaFilter.HIDDEN:
            return idea.state == IdeaState.HIDDEN
        return idea.answered

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, IdeaListModel)
        a, b = model.idea(left.row()), model.idea(right.row())
        if left.column() == VOTES:
            # Votes ascending, ties: the newer first, so a descending sort shows the
            # most voted first and, among equals, the older first.
            return (a.votes, -a.id) < (b.votes, -b.id)
        return bool(super().lessThan(left, right))
