"""The participant page's word catalogue, in the language the phone asks for, and the
rule that picks that language."""

from __future__ import annotations

from workshop_app.domain.privacy_notice import NOTICE
from workshop_app.domain.workshop import primary_language

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Workshop poll",
        "anonymity": "Your answers are anonymous: nobody, not even the organisers, can see "
        "who answered what.",
        "waiting": "Waiting for the next question…",
        "submit": "Send my answer",
        "change": "Change my answer",
        "sent_once": "Answer sent",
        "new_question": "New question: {q}",
        "write_first": "Write your answer first.",
        "received": "Thank you — your answer was received.",
        "changed": "Your answer was changed.",
        "sending": "Sending…",
        "offline": "Connection lost. Reconnecting…",
        "online": "Connected",
        "retrying": "Not sent yet: the connection dropped. Trying again…",
        "closed": "This question is closed.",
        "closed_before": "This poll closed before your answer arrived.",
        "ended": "This session has ended — thank you.",
        "ended_do": "You can close this page.",
        "unreachable": "The facilitator's laptop is not reachable.",
        "unreachable_do": "Check that your phone is on the room's Wi-Fi. This page "
        "reconnects by itself.",
        "results_hidden": "The results stay hidden until the poll closes.",
        "already": "You have already answered this question.",
        "reset": "This question was started again. Please answer again.",
        "choose_one": "Choose one option.",
        "choose_many": "Choose up to {max} options.",
        "choose_any": "Choose one or more options.",
        "rank": "Put the options in order, most important first.",
        "move_up": "Move up",
        "move_down": "Move down",
        "your_answer": "Your answer",
        "chars_left": "{n} characters left",
        "room_code": "Room code",
        "join": "Join",
        "join_intro": "Type the room code shown on the screen.",
        "bad_code": "No workshop with that code. Check the code on the screen.",
        "error": "Something went wrong. Please try again.",
        "position": "Position {n}",
        **NOTICE["en"],
    },
    "fr": {
        "title": "Sondage de l'atelier",
        "anonymity": "Vos réponses sont anonymes : personne, pas même les organisateurs, ne "
        "peut voir qui a répondu quoi.",
        "waiting": "En attente de la prochaine question…",
        "submit": "Envoyer ma réponse",
        "change": "Modifier ma réponse",
        "sent_once": "Réponse envoyée",
        "new_question": "Nouvelle question : {q}",
        "write_first": "Écrivez d'abord votre réponse.",
        "received": "Merci — votre réponse a bien été reçue.",
        "changed": "Votre réponse a été modifiée.",
        "sending": "Envoi…",
        "offline": "Connexion perdue. Reconnexion…",
        "online": "Connecté",
        "retrying": "Pas encore envoyé : la connexion a été coupée. Nouvel essai…",
        "closed": "Cette question est close.",
        "closed_before": "Ce sondage a été clos avant l'arrivée de votre réponse.",
        "ended": "Cette session est terminée — merci.",
        "ended_do": "Vous pouvez fermer cette page.",
        "unreachable": "L'ordinateur de l'animateur n'est pas joignable.",
        "unreachable_do": "Vérifiez que votre téléphone est sur le Wi-Fi de la salle. "
        "Cette page se reconnecte d'elle-même.",
        "results_hidden": "Les résultats restent masqués jusqu'à la clôture du sondage.",
        "already": "Vous avez déjà répondu à cette question.",
        "reset": "Cette question a été relancée. Merci de répondre à nouveau.",
        "choose_one": "Choisissez une option.",
        "choose_many": "Choisissez jusqu'à {max} options.",
        "choose_any": "Choisissez une ou plusieurs options.",
        "rank": "Classez les options, la plus importante en premier.",
        "move_up": "Monter",
        "move_down": "Descendre",
        "your_answer": "Votre réponse",
        "chars_left": "{n} caractères restants",
        "room_code": "Code de la salle",
        "join": "Rejoindre",
        "join_intro": "Saisissez le code de la salle affiché à l'écran.",
        "bad_code": "Aucun atelier avec ce code. Vérifiez le code à l'écran.",
        "error": "Un problème est survenu. Veuillez réessayer.",
        "position": "Position {n}",
        **NOTICE["fr"],
    },
}

DEFAULT_LANGUAGE = "en"


def pick_language(accept_language: str | None, fallback: str = DEFAULT_LANGUAGE) -> str:
    """The best supported language from an Accept-Language header."""
    fallback = primary_language(fallback)
    if fallback not in STRINGS:
        fallback = DEFAULT_LANGUAGE
    if not accept_language:
        return fallback
    choices: list[tuple[float, int, str]] = []
    for order, part in enumerate(accept_language.split(",")[:20]):
        pieces = part.strip().split(";")
        quality = 1.0
        for param in pieces[1:]:
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        primary = primary_language(pieces[0])
        if primary in STRINGS and quality > 0:
            choices.append((-quality, order, primary))
    if not choices:
        return fallback
    return sorted(choices)[0][2]


def strings(language: str) -> dict[str, str]:
    return STRINGS.get(language, STRINGS[DEFAULT_LANGUAGE])
