"""How the minutes say where a poll's answers came from, in the workshop's language:
"By channel: 30 by phone, 12 on paper ballots, 2 entered by the facilitator · 45 people
present". Kept beside minutes_catalogue (same languages, same fallback to English)."""

from __future__ import annotations

from workshop_app.domain.channels import CHANNEL_ORDER, Channel
from workshop_app.domain.polls import PollType
from workshop_app.export.minutes_catalogue import language_of
from workshop_app.export.minutes_data import PollResult

Entry = tuple[str, str]  # singular, plural

WORDS: dict[str, dict[str, Entry | str]] = {
    "en": {
        "by_channel": "By channel",
        "phone": ("{n} by phone", "{n} by phone"),
        "hands": ("{n} by show of hands", "{n} by show of hands"),
        "paper": ("{n} on a paper ballot", "{n} on paper ballots"),
        "dots": ("{n} with sticky dots", "{n} with sticky dots"),
        "proxy": ("{n} entered by the facilitator", "{n} entered by the facilitator"),
        "present": ("{n} person present", "{n} people present"),
        "more_than_present": "more answers than people present",
    },
    "fr": {
        "by_channel": "Par canal",
        "phone": ("{n} par téléphone", "{n} par téléphone"),
        "hands": ("{n} à main levée", "{n} à main levée"),
        "paper": ("{n} sur bulletin papier", "{n} sur bulletins papier"),
        "dots": ("{n} par gommettes", "{n} par gommettes"),
        "proxy": ("{n} saisie par l’animateur", "{n} saisies par l’animateur"),
        "present": ("{n} personne présente", "{n} personnes présentes"),
        "more_than_present": "plus de réponses que de personnes présentes",
    },
    "de": {
        "by_channel": "Nach Kanal",
        "phone": ("{n} per Telefon", "{n} per Telefon"),
        "hands": ("{n} per Handzeichen", "{n} per Handzeichen"),
        "paper": ("{n} auf Stimmzettel", "{n} auf Stimmzetteln"),
        "dots": ("{n} mit Klebepunkten", "{n} mit Klebepunkten"),
        "proxy": ("{n} von der Moderation eingetragen", "{n} von der Moderation eingetragen"),
        "present": ("{n} Person anwesend", "{n} Personen anwesend"),
        "more_than_present": "mehr Antworten als Anwesende",
    },
    "nl": {
        "by_channel": "Per kanaal",
        "phone": ("{n} via telefoon", "{n} via telefoon"),
        "hands": ("{n} met handopsteken", "{n} met handopsteken"),
        "paper": ("{n} op een papieren stembiljet", "{n} op papieren stembiljetten"),
        "dots": ("{n} met stickers", "{n} met stickers"),
        "proxy": ("{n} ingevoerd door de begeleider", "{n} ingevoerd door de begeleider"),
        "present": ("{n} persoon aanwezig", "{n} personen aanwezig"),
        "more_than_present": "meer antwoorden dan aanwezigen",
    },
    "es": {
        "by_channel": "Por canal",
        "phone": ("{n} por teléfono", "{n} por teléfono"),
        "hands": ("{n} a mano alzada", "{n} a mano alzada"),
        "paper": ("{n} en papeleta", "{n} en papeletas"),
        "dots": ("{n} con gomets", "{n} con gomets"),
        "proxy": ("{n} introducida por la facilitación", "{n} introducidas por la facilitación"),
        "present": ("{n} persona presente", "{n} personas presentes"),
        "more_than_present": "más respuestas que personas presentes",
    },
}


class ChannelWords:
    def __init__(self, language: str | None) -> None:
        self.language = language_of(language)
        self._words = WORDS[self.language]

    def __call__(self, key: str) -> str:
        entry = self._words[key]
        return entry if isinstance(entry, str) else entry[1]

    def count(self, key: str, n: int) -> str:
        entry = self._words[key]
        assert isinstance(entry, tuple)
        one = n in (0, 1) if self.language == "fr" else n == 1
        return (entry[0] if one else entry[1]).format(n=n)

    def channel_parts(self, result: PollResult) -> list[str]:
        """ "30 by phone", "12 on paper ballots", … for the channels that answered (the
        phones always): proxy answers are counted, never shown apart from that count."""
        combined = result.channels
        if combined is None:
            return [self.count("phone", result.tally.responses)]
        return [
            self.count(channel.value, combined.answers(channel))
            for channel in CHANNEL_ORDER
            if channel == Channel.PHONE or combined.answers(channel)
        ]

    def poll_line(self, result: PollResult) -> str:
        """The split by channel and the people present, as one line under a poll. An idea
        wall's ideas come from phones only: no split, just the people present ("" when
        there is nothing to say)."""
        colon = "\u00a0: " if self.language == "fr" else ": "  # French sets its colon apart
        present = result.people_present
        if result.poll.type == PollType.IDEA_WALL:
            return self.count("present", present) if present is not None else ""
        line = f"{self('by_channel')}{colon}{', '.join(self.channel_parts(result))}"
        if present is not None:
            line += f" · {self.count('present', present)}"
            if result.tally.responses > present:
                line += f" ({self('more_than_present')})"
        return line
