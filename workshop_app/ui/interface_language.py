"""The interface language: the one chosen in Settings, or the system's, through QTranslator.

English is the source language; its only catalogue, ``workshop_app_en``, holds the
singular forms of counted messages ("1 phone connected"), as Qt expects of a source
language with plurals. Our own translations are
``resources/translations/workshop_app_<lang>.qm``; Qt's own (standard buttons, file
dialogs) are ``qtbase_<lang>.qm`` from the Qt installation or the bundle, when present.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workshop_app.domain.workshop import primary_language
from workshop_app.resources import resource_path

SOURCE_LANGUAGE = "en"
# Offered in Settings, each in its own language; "" follows the system.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "nl": "Nederlands",
}
CATALOGUE = "workshop_app"


def translations_dir() -> Path:
    return resource_path("translations")


def resolve_language(setting: str, ui_languages: Iterable[str]) -> str:
    """The language to show: the setting if it names one, else the first of the system's
    preferred languages (e.g. ``["fr-BE", "en-GB"]``) that we offer, else English."""
    if setting in LANGUAGE_NAMES:
        return setting
    for name in ui_languages:
        code = primary_language(name)
        if code in LANGUAGE_NAMES:
            return code
    return SOURCE_LANGUAGE


def system_languages() -> list[str]:
    return list(QLocale.system().uiLanguages())


def _qt_translation_dirs() -> list[Path]:
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        dirs.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    except (ImportError, TypeError):
        pass
    return dirs


class Translations:
    """Installs, and can remove again, the translators for one language."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = SOURCE_LANGUAGE
        self.translators: list[QTranslator] = []
        self._previous_locale: QLocale | None = None

    def install(self, setting: str, ui_languages: Iterable[str] | None = None) -> str:
        """Install the translators for the setting ("" = system); return the language used."""
        self.remove()
        languages = system_languages() if ui_languages is None else list(ui_languages)
        language = resolve_language(setting, languages)
        self.language = language
        if setting:  # a chosen language also formats dates and numbers its way
            self._previous_locale = QLocale()
            QLocale.setDefault(QLocale(language))
        own = QTranslator(self.app)
        if own.load(f"{CATALOGUE}_{language}", str(translations_dir())):
            self._add(own)
        if language == SOURCE_LANGUAGE:
            return language
        for folder in _qt_translation_dirs():
            qt = QTranslator(self.app)
            if qt.load(f"qtbase_{language}", str(folder)):
                self._add(qt)
                break
        return language

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        self.language = SOURCE_LANGUAGE
        if self._previous_locale is not None:
            QLocale.setDefault(self._previous_locale)
            self._previous_locale = None

    def _add(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self.translators.append(translator)
