"""The minutes speak the workshop's language: the demo exported in French, German and
Dutch, read back from the PDF and the Markdown, and the words table checked whole."""

from __future__ import annotations

import re
import string
import subprocess
from datetime import date, datetime, time
from pathlib import Path

import pytest

from workshop_app.demo import DEMO_DATE, write_demo
from workshop_app.domain.notes import ActionStatus, NoteKind
from workshop_app.export.export_job import ExportTargets, export_workshop
from workshop_app.export.minutes_catalogue import CALENDARS, EN, WORDS, MinutesWords, language_of
from workshop_app.export.minutes_data import gather
from workshop_app.export.text_safety import for_markdown as md
from workshop_app.store.notes_repo import NotesRepo
from workshop_app.store.workshop_file import WorkshopFile

GENERATED = datetime(2026, 3, 12, 21, 5).astimezone()
LANGUAGES = ("en", "fr", "de", "nl", "es")

# Fixed words a reader meets on every demo export; the English one must be gone elsewhere.
SHOWN_KEYS = (
    "agenda_as_run",
    "heading_decision",
    "heading_action",
    "heading_note",
    "heading_question",
    "heading_quote",
    "appendix",
    "contents",
    "venue",
    "facilitators",
    "mean_position",
    "frequent_words",
    "check_title",
)
TABLE_KEYS = ("item", "planned", "actual", "planned_min", "actual_min")
ACTION_KEYS = ("action", "owner", "due", "status")


def pdf_text(path: Path) -> str:
    raw = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return raw.replace("\u00a0", " ")


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def demo_in(language: str, folder: Path) -> Path:
    path = folder / f"demo-{language or 'none'}.workshop"
    write_demo(path)
    file = WorkshopFile.open(path)
    try:
        workshop = file.load_workshop()
        workshop.language = language
        file.save_workshop(workshop)
    finally:
        file.close()
    return path


def export(path: Path, folder: Path) -> tuple[str, str]:
    """The PDF's extracted text and the Markdown, exported as the app does."""
    pdf, markdown = folder / f"{path.stem}.pdf", folder / f"{path.stem}.md"
    file = WorkshopFile.open(path, read_only=True)
    try:
        export_workshop(file, ExportTargets(pdf=pdf, markdown=markdown), GENERATED)
    finally:
        file.close()
    return pdf_text(pdf), markdown.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str]]:
    folder = tmp_path_factory.mktemp("minutes-language")
    return {lang: export(demo_in(lang, folder), folder) for lang in LANGUAGES}


def test_french_pdf_has_french_words_and_dates(exports: dict[str, tuple[str, str]]) -> None:
    text = flat(exports["fr"][0])
    for phrase in (
        "Compte rendu",
        "Sommaire",
        "Déroulement de l'ordre du jour",
        "Décisions",
        "Actions à mener",
        "Citations",
        "Annexe : méthode et anonymat",
        "Vérifier une copie publiée.",
        "jeudi 12 mars 2026, à partir de 18:30",
        "Généré le 12 mars 2026 à 21:05",
        "Page 1 sur 10",
        "38 personnes ont répondu à au moins un sondage",
        "7 points, 8 sondages, 17 notes, 4 actions à mener",
        "33 réponses",
        "1 masquée lors de la modération, non prise en compte",
        "Sondage 1.1 · Choix unique",
        "Objectif : Set a safe, respectful tone",  # the goal itself stays as typed
        "dépassement de 2 min",
        "Position moyenne",
        "Moyenne 2,49",  # decimal comma
        "responsable : Amina El Idrissi; pour le 19/03/2026; à faire",
    ):
        assert phrase in text, phrase
    for leftover in (
        "Thursday",
        "March",
        "Generated",
        "Page 1 of",
        "responses",
        "Goal:",
        "over by",
        "Participants who",
        "not run",
    ):
        assert leftover not in text, leftover


@pytest.mark.parametrize("language", ["fr", "de", "nl"])
def test_no_english_heading_left(exports: dict[str, tuple[str, str]], language: str) -> None:
    english, translated = flat(exports["en"][0]), flat(exports[language][0])
    words, english_words = MinutesWords(language), MinutesWords("en")
    for key in SHOWN_KEYS:
        assert flat(words(key)) in translated, key
        assert english_words(key) in english, key  # so its absence below means something
        if flat(words(key)) != english_words(key):
            assert english_words(key) not in translated, key


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        (
            "de",
            [
                "Donnerstag, 12. März 2026, ab 18:30 Uhr",
                "Erstellt am 12. März 2026 um 21:05",
                "Seite 1 von 10",
                "Tatsächlicher Ablauf",
                "Beschlüsse",
                "Anhang: Methode und Anonymität",
                "33 Antworten",
                "Mittelwert 2,49",
            ],
        ),
        (
            "nl",
            [
                "donderdag 12 maart 2026, vanaf 18:30",
                "Gemaakt op 12 maart 2026 om 21:05",
                "Pagina 1 van 10",
                "Verloop van de agenda",
                "Besluiten",
                "Bijlage: methode en anonimiteit",
                "33 antwoorden",
                "Gemiddelde 2,49",
            ],
        ),
    ],
)
def test_german_and_dutch_pdf(
    exports: dict[str, tuple[str, str]], language: str, phrases: list[str]
) -> None:
    text = flat(exports[language][0])
    for phrase in phrases:
        assert phrase in text, phrase
    assert "Thursday" not in text and "Page 1 of" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_table_words_are_not_broken_by_narrow_columns(
    exports: dict[str, tuple[str, str]], language: str
) -> None:
    # A word wider than its column is split mid-word ("Geplan" / "d"), which extraction
    # shows as two tokens: every header word, status and due date must come out whole.
    tokens = set(exports[language][0].split())
    words = MinutesWords(language)
    expected = [part for key in TABLE_KEYS + ACTION_KEYS for part in words(key).split()]
    expected += [words.action_status(s, capital=True) for s in ActionStatus]
    expected += [words.short_date(date(2026, 3, 19)), words.short_date(date(2026, 5, 31))]
    for word in expected:
        for part in word.split():
            assert part in tokens, (language, part)


def test_user_text_is_never_translated(exports: dict[str, tuple[str, str]]) -> None:
    text = flat(exports["fr"][0])
    assert "Neighbourhood safety: a citizens' workshop" in text
    assert "How do you take part today?" in text
    assert "Repair the broken street lights in the station tunnel." in text


def test_markdown_follows_the_language(exports: dict[str, tuple[str, str]]) -> None:
    french = exports["fr"][1]
    for line in (
        "# Compte rendu : Neighbourhood safety: a citizens' workshop",
        "**Date :** jeudi 12 mars 2026, à partir de 18:30  ",
        "## Déroulement de l'ordre du jour",
        "| # | Point | Prévu | Réel | Min. réelles |",
        "### Décisions",
        "## Actions à mener",
        "| Action | Responsable | Échéance | Statut |",
    ):
        assert line.replace(" :", "\u00a0:") in french.splitlines(), line
    assert "**Sondage 1.1\u00a0: How do you take part today?** — 33 réponses" in french
    for english in ("## Agenda as run", "### Decisions", "## Action items", "responses"):
        assert english not in french, english
    assert "## Tatsächlicher Ablauf" in exports["de"][1]
    assert "**Datum:** Donnerstag, 12. März 2026, ab 18:30 Uhr" in exports["de"][1]
    assert "## Verloop van de agenda" in exports["nl"][1]
    assert "**Datum:** donderdag 12 maart 2026, vanaf 18:30" in exports["nl"][1]
    assert "## Agenda as run" in exports["en"][1]


@pytest.mark.parametrize("language", ["pl", "xx-YY", ""])
def test_unknown_language_falls_back_to_english(tmp_path: Path, language: str) -> None:
    text, markdown = export(demo_in(language, tmp_path), tmp_path)
    text = flat(text)
    assert "Agenda as run" in text and "Thursday 12 March 2026, from 18:30" in text
    assert "Page 1 of 10" in text
    assert "## Agenda as run" in markdown


def test_regional_tags_pick_their_language() -> None:
    assert language_of("fr-BE") == "fr" and language_of("de_AT") == "de"
    assert language_of("NL") == "nl" and language_of(" en-GB ") == "en"
    for unknown in ("pl", "", None, "x"):
        assert language_of(unknown) == "en"
    assert MinutesWords("fr-CA").long_date(DEMO_DATE) == "jeudi 12 mars 2026"


def test_digest_does_not_depend_on_the_language(
    tmp_path: Path, exports: dict[str, tuple[str, str]]
) -> None:
    digests = set()
    for language in LANGUAGES:
        file = WorkshopFile.open(demo_in(language, tmp_path), read_only=True)
        try:
            digest = gather(file, GENERATED).results_sha256
        finally:
            file.close()
        digests.add(digest)
        assert digest in exports[language][0].replace("\n", "")
        assert f"`{digest}`" in exports[language][1]
    assert len(digests) == 1


def _fields(entry: str | tuple[str, str]) -> list[set[str]]:
    forms = [entry] if isinstance(entry, str) else list(entry)
    return [{f for _, f, _, _ in string.Formatter().parse(form) if f} for form in forms]


def test_every_language_has_every_key_in_the_same_shape() -> None:
    assert set(WORDS) == set(CALENDARS) == set(LANGUAGES)
    for language, table in WORDS.items():
        assert set(table) == set(EN), (
            language,
            set(EN) ^ set(table),
        )
        for key, entry in table.items():
            assert type(entry) is type(EN[key]), (language, key)
            english_fields = set().union(*_fields(EN[key]))
            assert set().union(*_fields(entry)) == english_fields, (language, key)
            for form in [entry] if isinstance(entry, str) else entry:
                assert form.strip(), (language, key)
                # Words go into reportlab markup and Markdown tables unescaped.
                assert not re.search(r"[<>&|*_`\[\]\\]", form), (language, key, form)


def test_names_of_things_exist_in_every_language() -> None:
    for language in LANGUAGES:
        words = MinutesWords(language)
        for kind in NoteKind:
            assert words.note_heading(kind)
        cal = CALENDARS[language]
        assert len(cal.weekdays) == 7 and len(cal.months) == len(cal.months_short) == 12


def test_dates_times_and_numbers_without_the_system_locale() -> None:
    day = date(2026, 3, 12)
    assert MinutesWords("en").long_date(day) == "Thursday 12 March 2026"
    assert MinutesWords("fr").long_date(day) == "jeudi 12 mars 2026"
    assert MinutesWords("de").long_date(day) == "Donnerstag, 12. März 2026"
    assert MinutesWords("nl").long_date(day) == "donderdag 12 maart 2026"
    assert MinutesWords("es").long_date(day) == "jueves, 12 de marzo de 2026"
    assert MinutesWords("es").percent(79, 100) == "79\u00a0%"
    assert MinutesWords("fr").long_date(date(2026, 3, 1)) == "dimanche 1er mars 2026"
    assert MinutesWords("de").plain_date(date(2026, 8, 5)) == "5. August 2026"
    assert MinutesWords("en").short_date(date(2026, 3, 9)) == "9 Mar 2026"
    assert MinutesWords("fr").short_date(date(2026, 3, 9)) == "09/03/2026"
    assert MinutesWords("de").short_date(date(2026, 3, 9)) == "09.03.2026"
    assert MinutesWords("nl").short_date(date(2026, 3, 9)) == "09-03-2026"
    assert MinutesWords.clock(time(21, 5)) == "21:05"
    assert MinutesWords("de").number(2.486) == "2,49" and MinutesWords("en").number(2.486) == "2.49"
    assert MinutesWords("nl").short_number(3.5) == "3,5" and MinutesWords("fr").number(None) == "—"


def test_counts_follow_each_languages_plural() -> None:
    en, fr, de, nl = (MinutesWords(x) for x in ("en", "fr", "de", "nl"))
    assert [en.count("n_responses", n) for n in (0, 1, 2)] == [
        "0 responses",
        "1 response",
        "2 responses",
    ]
    # French treats 0 as singular.
    assert [fr.count("n_responses", n) for n in (0, 1, 2)] == [
        "0 réponse",
        "1 réponse",
        "2 réponses",
    ]
    assert de.count("n_responses", 1) == "1 Antwort" and de.count("n_responses", 0) == "0 Antworten"
    assert nl.count("n_notes", 1) == "1 notitie" and nl.count("n_notes", 4) == "4 notities"
    assert fr.count("sessions", 2) == "Séances" and de.count("sessions", 1) == "Sitzung"


def test_action_notes_in_the_demo_read_in_french(tmp_path: Path) -> None:
    path = demo_in("fr", tmp_path)
    file = WorkshopFile.open(path, read_only=True)
    try:
        done = [n for n in NotesRepo(file).all() if n.action_status == ActionStatus.DONE]
    finally:
        file.close()
    assert done and done[0].action_due, "the demo has a done action with a due date"
    note, due = done[0], done[0].action_due
    _, markdown = export(path, tmp_path)
    owner = md(note.action_owner)
    assert f"{md(note.text)} ({owner}, pour le {due:%d/%m/%Y}, fait)" in markdown
    assert f"({owner}, due" not in markdown
