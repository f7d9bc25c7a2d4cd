"""The agenda as a table: time, title, method, minutes, polls. The model never reads the
file; the editor hands it rows. Drag and drop asks the editor to move an item."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from workshop_app.domain.agenda_timing import ScheduledItem
from workshop_app.ui.labels import method_label
from workshop_app.ui.tr_noop import QT_TRANSLATE_NOOP

ITEM_MIME = "application/x-workshop-agenda-item"
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class AgendaRow:
    scheduled: ScheduledItem
    poll_count: int

    @property
    def item_id(self) -> int:
        assert self.scheduled.item.id is not None
        return self.scheduled.item.id


class AgendaModel(QAbstractTableModel):
    # Marked for lupdate here, translated when the header is drawn.
    COLUMNS = (
        QT_TRANSLATE_NOOP("AgendaModel", "Time"),
        QT_TRANSLATE_NOOP("AgendaModel", "Item"),
        QT_TRANSLATE_NOOP("AgendaModel", "Method"),
        QT_TRANSLATE_NOOP("AgendaModel", "Minutes"),
        QT_TRANSLATE_NOOP("AgendaModel", "Polls"),
    )
    TIME, TITLE, METHOD, MINUTES, POLLS = range(5)

    moveRequested = Signal(int, int)  # item id, new position

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.rows: list[AgendaRow] = []

    def set_rows(self, rows: list[AgendaRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, item_id: int) -> int:
        for index, row in enumerate(self.rows):
            if row.item_id == item_id:
                return index
        return -1

    # --- read ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AgendaModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        item = row.scheduled.item
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIME:
                return f"{row.scheduled.planned_start:%H:%M}–{row.scheduled.planned_end:%H:%M}"
            if column == self.TITLE:
                return item.title
            if column == self.METHOD:
                return method_label(item.method)
            if column == self.MINUTES:
                return str(item.planned_minutes)
            if column == self.POLLS:
                return str(row.poll_count) if row.poll_count else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE and item.goal:
            return item.goal
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.MINUTES, self.POLLS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.item_id
        return None

    # --- drag and drop ------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(ITEM_MIME, QByteArray(str(self.rows[rows[0]].item_id).encode()))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ITEM_MIME):
            return False
        try:
            item_id = int(bytes(data.data(ITEM_MIME).data()).decode())
        except ValueError:
            return False
        source = self.row_of(item_id)
        if source < 0:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        target = row - 1 if row > source else row
        if target != source:
            self.moveRequested.emit(item_id, target)
        # The file is the source of truth: the editor refreshes the rows after the move,
        # so the view must not remove the dragged row itself.
        return False
