"""Edit a poll's or an item's text in the workshop's further languages, side by side with
the main language's, one tab per language; what is missing is marked and counted (the
page shows the main language's text in its place)."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.localised_text import poll_missing
from workshop_app.domain.polls import Poll, PollType
from workshop_app.domain.translations import ItemText, PollText, language_name, text_direction
from workshop_app.domain.workshop import AgendaItem

# A row: what the text is (shown to the facilitator) and the main language's text.
Row = tuple[str, str]


class TranslationsDialog(QDialog):
    """Rows of main-language text, one tab per further language with a field per row."""

    def __init__(
        self,
        main: str,
        languages: list[str],
        rows: list[Row],
        values: dict[str, list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Translations"))
        self.main = main
        self.languages = list(languages)
        self.rows = rows
        self.edits: dict[str, list[QLineEdit]] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Languages"))
        for lang in self.languages:
            self.tabs.addTab(self._tab(lang, values.get(lang, [])), language_name(lang))
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        if not self.languages:
            none = QLabel(
                self.tr(
                    "This workshop has no further languages. Add them in Workshop "
                    "Details › Further languages."
                ),
                self,
            )
            none.setWordWrap(True)
            layout.addWidget(none)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self._update_marks()

    def _tab(self, lang: str, values: list[str]) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        page = QWidget(scroll)
        grid = QGridLayout(page)
        for column, code in ((1, self.main), (2, lang)):
            heading = QLabel(language_name(code), page)  # a language's own name
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            grid.addWidget(heading, 0, column)
        edits = []
        for row, (what, text) in enumerate(self.rows, start=1):
            label = QLabel(what, page)
            label.setTextFormat(Qt.TextFormat.PlainText)
            original = QLabel(text, page)
            original.setTextFormat(Qt.TextFormat.PlainText)  # plan text is plain text
            original.setWordWrap(True)
            edit = QLineEdit(page)
            edit.setAccessibleName(f"{what} ({language_name(lang)})")
            edit.setText(values[row - 1] if row - 1 < len(values) else "")
            if text_direction(lang) == "rtl":
                edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            edit.textChanged.connect(lambda _text: self._update_marks())
            label.setBuddy(edit)
            grid.addWidget(label, row, 0)
            grid.addWidget(original, row, 1)
            grid.addWidget(edit, row, 2)
            edits.append(edit)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self.rows) + 1, 1)
        self.edits[lang] = edits
        scroll.setWidget(page)
        return scroll

    def missing(self) -> dict[str, int]:
        """How many texts each language still lacks (rows whose main text is empty
        need none)."""
        return {
            lang: sum(
                1
                for (_, text), edit in zip(self.rows, self.edits[lang], strict=True)
                if text.strip() and not edit.text().strip()
            )
            for lang in self.languages
        }

    def _update_marks(self) -> None:
        missing = self.missing()
        for index, lang in enumerate(self.languages):
            count = missing[lang]
            for (_, text), edit in zip(self.rows, self.edits[lang], strict=True):
                empty = bool(text.strip()) and not edit.text().strip()
                edit.setPlaceholderText(
                    self.tr("Missing: phones see the text in {language}").format(
                        language=language_name(self.main)
                    )
                    if empty
                    else ""
                )
                edit.setStyleSheet("QLineEdit { border: 2px solid #c62828; }" if empty else "")
            name = language_name(lang)
            self.tabs.setTabText(
                index,
                self.tr("%1 (%n missing)", "", count).replace("%1", name) if count else name,
            )
        lacking = [lang for lang in self.languages if missing[lang]]
        self.summary.setText(
            self.tr("Missing translations fall back to {language}: {languages}.").format(
                language=language_name(self.main),
                languages=", ".join(language_name(lang) for lang in lacking),
            )
            if lacking
            else ""
        )

    def values(self) -> dict[str, list[str]]:
        return {lang: [edit.text().strip() for edit in self.edits[lang]] for lang in self.languages}


# --- polls and items as rows ---------------------------------------------------------------


def poll_rows(poll: Poll) -> list[Row]:
    rows = [(QCoreApplication.translate("TranslationsDialog", "Question"), poll.question)]
    rows += [
        (QCoreApplication.translate("TranslationsDialog", "Option {n}").format(n=i + 1), text)
        for i, text in enumerate(poll.options)
    ]
    if poll.type == PollType.SCALE:
        rows.append(
            (
                QCoreApplication.translate("TranslationsDialog", "Low end label"),
                poll.settings.scale_min_label,
            )
        )
        rows.append(
            (
                QCoreApplication.translate("TranslationsDialog", "High end label"),
                poll.settings.scale_max_label,
            )
        )
    return rows


def poll_values(poll: Poll) -> dict[str, list[str]]:
    values = {}
    for lang, t in poll.translations.items():
        options = [t.options[i] if i < len(t.options) else "" for i in range(len(poll.options))]
        row = [t.question, *options]
        if poll.type == PollType.SCALE:
            row += [t.scale_min_label, t.scale_max_label]
        values[lang] = row
    return values


def poll_with_values(poll: Poll, values: dict[str, list[str]]) -> Poll:
    result = copy.deepcopy(poll)
    n = len(poll.options)
    for lang, row in values.items():
        text = PollText(question=row[0], options=row[1 : 1 + n])
        if poll.type == PollType.SCALE:
            text.scale_min_label, text.scale_max_label = row[1 + n], row[2 + n]
        if text.is_empty():
            result.translations.pop(lang, None)
        else:
            result.translations[lang] = text
    return result


def item_rows(item: AgendaItem) -> list[Row]:
    return [
        (QCoreApplication.translate("TranslationsDialog", "Title"), item.title),
        (QCoreApplication.translate("TranslationsDialog", "Goal"), item.goal),
    ]


def item_values(item: AgendaItem) -> dict[str, list[str]]:
    return {lang: [t.title, t.goal] for lang, t in item.translations.items()}


def item_with_values(item: AgendaItem, values: dict[str, list[str]]) -> AgendaItem:
    result = copy.deepcopy(item)
    for lang, (title, goal) in values.items():
        text = ItemText(title=title, goal=goal)
        if text.is_empty():
            result.translations.pop(lang, None)
        else:
            result.translations[lang] = text
    return result


def missing_summary(poll: Poll, languages: list[str]) -> str:
    """ "العربية (2), Nederlands (1)": the languages still lacking text, for a one-line flag."""
    parts = [
        f"{language_name(lang)} ({len(poll_missing(poll, lang))})"
        for lang in languages
        if poll_missing(poll, lang)
    ]
    return ", ".join(parts)
