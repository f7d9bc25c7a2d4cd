"""Translations: the catalogues are complete and fresh; the app speaks French when asked."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from tests.packaging.conftest import ROOT
from workshop_app.ui.interface_language import Translations, resolve_language

TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "de", "nl")


def _ts(lang: str) -> Path:
    return TRANSLATIONS / f"workshop_app_{lang}.ts"


def test_every_form_string_is_in_the_catalogues() -> None:
    """`make translations` was run after the last change to a form."""
    sources = {m.findtext("source") for m in ET.parse(_ts("fr")).getroot().iter("message")}
    for form in sorted((ROOT / "forms").glob("*.ui")):
        for prop in ET.parse(form).getroot().iter("string"):
            if prop.text and prop.get("notr") != "true":
                assert prop.text in sources, f"{form.name}: {prop.text!r} is not in the .ts files"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogues_list_the_same_strings(lang: str) -> None:
    def messages(path: Path) -> set[tuple[str | None, str | None]]:
        return {
            (context.findtext("name"), message.findtext("source"))
            for context in ET.parse(path).getroot().iter("context")
            for message in context.iter("message")
        }

    assert messages(_ts(lang)) == messages(_ts("fr"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translation_is_complete_and_keeps_placeholders(lang: str) -> None:
    for message in ET.parse(_ts(lang)).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        # A plural message ("%n phones connected") has one translation per plural form.
        if message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.iter("numerusform")]
            assert len(texts) >= 2, source
            assert all("%n" in text for text in texts), (source, texts)
        else:
            texts = [translation.text or ""]
        for text in texts:
            assert text, source
            for placeholder in re.findall(r"\{\w+\}", source + text):
                assert (placeholder in source) == (placeholder in text), (source, text)
            assert source.count("&") == text.count("&"), (source, text)  # keyboard mnemonics


def test_english_catalogue_has_every_counted_message() -> None:
    """English plurals: every %n message of the French catalogue, both forms, finished."""

    def counted(lang: str) -> dict[str | None, list[str]]:
        return {
            m.findtext("source"): [f.text or "" for f in m.iter("numerusform")]
            for m in ET.parse(_ts(lang)).getroot().iter("message")
            if m.get("numerus") == "yes"
        }

    english, french = counted("en"), counted("fr")
    assert set(english) == set(french)
    for source, forms in english.items():
        assert len(forms) == 2 and all(forms), source
        assert forms[1] == source  # the plural is the source text itself


@pytest.mark.parametrize("lang", (*LANGUAGES, "en"))
def test_compiled_catalogues_are_fresh(lang: str, tmp_path: Path) -> None:
    """The .qm shipped equals what pyside6-lrelease makes of the .ts (run `make translations`)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    out = tmp_path / f"{lang}.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(_ts(lang)), "-qm", str(out)], check=True, timeout=60
    )
    assert out.read_bytes() == (TRANSLATIONS / f"workshop_app_{lang}.qm").read_bytes()


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("fr", ["en-US"], "fr"),
        ("en", ["fr-FR"], "en"),
        ("", ["fr-BE", "en-GB"], "fr"),
        ("", ["nl_BE"], "nl"),
        ("", ["pl-PL", "de-DE"], "de"),  # the first language we offer
        ("", ["en-GB", "fr-FR"], "en"),  # English first means English
        ("", ["pl-PL"], "en"),
        ("xx", ["de-AT"], "de"),  # an unknown setting falls back to the system
    ],
)
def test_resolve_language(setting: str, system: list[str], expected: str) -> None:
    assert resolve_language(setting, system) == expected


@pytest.fixture
def translations(qapp) -> Iterator[Translations]:  # type: ignore[no-untyped-def]
    installed = Translations(qapp)
    yield installed
    installed.remove()


def test_main_window_in_french_when_the_setting_says_so(
    translations: Translations, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from workshop_app.clock import FakeClock
    from workshop_app.settings_registry import INTERFACE_LANGUAGE
    from workshop_app.ui.app_settings import AppSettings
    from workshop_app.ui.main_window import MainWindow

    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.set(INTERFACE_LANGUAGE, "fr")
    assert translations.install(settings.get(INTERFACE_LANGUAGE), ["en-US"]) == "fr"
    window = MainWindow(settings, FakeClock())
    qtbot.addWidget(window)
    assert window.ui.menuFile.title() == "&Fichier"
    assert window.ui.menuHelp.title() == "&Aide"
    assert window.settings_action.text() == "Para&mètres…"
    assert window.start_screen.ui.demoButton.text() == "Découvrir la démonstration"
    # Qt's own strings come from qtbase_fr when Qt ships it.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_english_has_only_its_plural_forms(translations: Translations) -> None:
    assert translations.install("en", ["fr-FR"]) == "en"
    assert len(translations.translators) == 1  # our plural catalogue, no Qt one
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    one = QCoreApplication.translate("PresenterWindow", "%n phones connected", "", 1)
    many = QCoreApplication.translate("PresenterWindow", "%n phones connected", "", 3)
    assert (one, many) == ("1 phone connected", "3 phones connected")


def test_removing_the_translators_brings_english_back(translations: Translations) -> None:
    translations.install("fr", [])
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    translations.remove()
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


@pytest.mark.parametrize(("lang_env", "title"), [("fr_FR.UTF-8", "&Fichier"), ("C", "&File")])
def test_app_follows_the_system_language(lang_env: str, title: str, tmp_path: Path) -> None:
    """A fresh process whose system language is French builds a French main window."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from workshop_app.clock import FakeClock\n"
        "from workshop_app.ui.app_settings import AppSettings\n"
        "from workshop_app.ui.interface_language import Translations\n"
        "from workshop_app.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "settings = AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat))\n"
        "from workshop_app.settings_registry import INTERFACE_LANGUAGE\n"
        "Translations(app).install(settings.get(INTERFACE_LANGUAGE))\n"
        "print(MainWindow(settings, FakeClock()).ui.menuFile.title())\n"
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    env.update(LANG=lang_env, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == title
