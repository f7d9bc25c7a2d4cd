"""What a phone is told before its first answer, in the words the minutes repeat.

One text, two places: the participant page's first screen (through the participant
word catalogue, English and French) and the minutes' appendix (in the workshop's
language), so what people were told is on record. ``{k}`` is the minimum group size.
"""

from __future__ import annotations

NOTICE_KEYS = (
    "notice_stored",
    "notice_retention",
    "notice_open_text",
    "notice_small_groups",
    "notice_network",
)

NOTICE: dict[str, dict[str, str]] = {
    "en": {
        "notice_title": "Before you answer",
        "notice_stored": "What is stored: your answers, on the facilitator's laptop — not "
        "your name, your phone's address or which phone gave which answer. Your browser "
        "keeps a random code so that each question is answered once per phone; the laptop "
        "keeps only a scrambled form of it and deletes it when the session ends.",
        "notice_retention": "For how long: the answers stay in the workshop's file and its "
        "minutes for as long as the organisers keep them.",
        "notice_open_text": "Written answers: the facilitator sees them as they arrive and "
        "may hide any of them; the others are shown on the screen and printed word for word "
        "in the minutes. Do not write names or anything that identifies you or others.",
        "notice_small_groups": "Small groups: a result is shown only once {k} people have "
        "answered, and an option chosen by fewer than {k} people reads “fewer than {k}”.",
        "notice_small_groups_off": "Small groups: this workshop shows every result exactly, "
        "even an option chosen by one person.",
        "notice_network": "This page comes from the facilitator's laptop over this room's "
        "network only; nothing is sent to the internet.",
        "notice_continue": "Continue",
    },
    "fr": {
        "notice_title": "Avant de répondre",
        "notice_stored": "Ce qui est enregistré\u00a0: vos réponses, sur l'ordinateur de "
        "l'animateur — ni votre nom, ni l'adresse de votre téléphone, ni quel téléphone a "
        "donné quelle réponse. Votre navigateur garde un code aléatoire pour que chaque "
        "question ne reçoive qu'une réponse par téléphone\u00a0; l'ordinateur n'en garde qu'une "
        "forme brouillée, effacée à la fin de la session.",
        "notice_retention": "Pour combien de temps\u00a0: les réponses restent dans le fichier de "
        "l'atelier et dans son compte rendu aussi longtemps que les organisateurs les "
        "conservent.",
        "notice_open_text": "Réponses écrites\u00a0: l'animateur les voit à leur arrivée et peut "
        "en masquer\u00a0; les autres sont affichées à l'écran et imprimées mot pour mot dans le "
        "compte rendu. N'écrivez pas de noms ni rien qui vous identifie ou identifie "
        "d'autres personnes.",
        "notice_small_groups": "Petits groupes\u00a0: un résultat n'est montré qu'une fois que "
        "{k} personnes ont répondu, et une option choisie par moins de {k} personnes "
        "indique «\u00a0moins de {k}\u00a0».",
        "notice_small_groups_off": "Petits groupes\u00a0: cet atelier montre chaque résultat "
        "exactement, même une option choisie par une seule personne.",
        "notice_network": "Cette page vient de l'ordinateur de l'animateur, par le réseau "
        "de cette salle uniquement\u00a0; rien n'est envoyé sur internet.",
        "notice_continue": "Continuer",
    },
    "de": {
        "notice_title": "Bevor Sie antworten",
        "notice_stored": "Was gespeichert wird: Ihre Antworten, auf dem Laptop der "
        "Moderation — nicht Ihr Name, nicht die Adresse Ihres Telefons und nicht, welches "
        "Telefon welche Antwort gab. Ihr Browser behält einen Zufallscode, damit jede Frage "
        "pro Telefon einmal beantwortet wird; der Laptop behält nur eine verschlüsselte Form "
        "davon und löscht sie am Ende der Sitzung.",
        "notice_retention": "Wie lange: Die Antworten bleiben in der Datei des Workshops und "
        "in seinem Protokoll, solange die Veranstaltenden sie aufbewahren.",
        "notice_open_text": "Freie Antworten: Die Moderation sieht sie beim Eingang und kann "
        "jede ausblenden; die übrigen werden auf dem Bildschirm gezeigt und wörtlich im "
        "Protokoll gedruckt. Schreiben Sie keine Namen und nichts, was Sie oder andere "
        "erkennbar macht.",
        "notice_small_groups": "Kleine Gruppen: Ein Ergebnis wird erst gezeigt, wenn {k} "
        "Personen geantwortet haben, und eine Option, die weniger als {k} Personen wählten, "
        "lautet „weniger als {k}“.",
        "notice_small_groups_off": "Kleine Gruppen: Dieser Workshop zeigt jedes Ergebnis "
        "genau, auch eine Option, die eine einzige Person wählte.",
        "notice_network": "Diese Seite kommt vom Laptop der Moderation, nur über das Netz "
        "dieses Raums; nichts wird ins Internet gesendet.",
        "notice_continue": "Weiter",
    },
    "nl": {
        "notice_title": "Voordat u antwoordt",
        "notice_stored": "Wat wordt opgeslagen: uw antwoorden, op de laptop van de "
        "facilitator — niet uw naam, niet het adres van uw telefoon en niet welke telefoon "
        "welk antwoord gaf. Uw browser bewaart een willekeurige code zodat elke vraag één "
        "keer per telefoon wordt beantwoord; de laptop bewaart alleen een versleutelde vorm "
        "ervan en wist die aan het einde van de sessie.",
        "notice_retention": "Hoe lang: de antwoorden blijven in het bestand van de workshop "
        "en in het verslag zolang de organisatoren ze bewaren.",
        "notice_open_text": "Geschreven antwoorden: de facilitator ziet ze binnenkomen en kan "
        "er elk van verbergen; de andere worden op het scherm getoond en woordelijk in het "
        "verslag afgedrukt. Schrijf geen namen of iets waaraan u of anderen te herkennen "
        "zijn.",
        "notice_small_groups": "Kleine groepen: een resultaat wordt pas getoond als {k} "
        "mensen hebben geantwoord, en een optie die minder dan {k} mensen kozen staat als "
        "‘minder dan {k}’.",
        "notice_small_groups_off": "Kleine groepen: deze workshop toont elk resultaat "
        "precies, ook een optie die één persoon koos.",
        "notice_network": "Deze pagina komt van de laptop van de facilitator, alleen via "
        "het netwerk van deze zaal; er wordt niets naar het internet gestuurd.",
        "notice_continue": "Doorgaan",
    },
}


def notice_paragraphs(language: str, min_group: int) -> list[str]:
    """The notice's points in ``language`` (English when it has none), k filled in."""
    words = NOTICE.get(language, NOTICE["en"])
    keys = [
        "notice_small_groups_off" if key == "notice_small_groups" and min_group <= 1 else key
        for key in NOTICE_KEYS
    ]
    return [words[key].replace("{k}", str(min_group)) for key in keys]
