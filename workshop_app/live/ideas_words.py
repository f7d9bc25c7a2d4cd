"""The idea wall's and the dot vote's words on the phone, beside the page's own
(participant_words): merged into the words the page is given."""

from __future__ import annotations

from workshop_app.domain.ideas import IDEA_MAX_CHARS, IDEAS_PER_DEVICE
from workshop_app.domain.polls import PollSettings, dot_budget

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "idea_label": "Your idea or question",
        "idea_submit": "Post my idea",
        "idea_received": "Thank you — your idea is on the wall.",
        "idea_pending": "Thank you — your idea waits for the facilitator's approval.",
        "idea_waiting": "Waiting for approval",
        "idea_yours": "Yours",
        "idea_answered": "Answered",
        "idea_pinned": "On the screen",
        "upvote": "Upvote",
        "upvoted": "Your upvote counts.",
        "withdraw": "Withdraw my upvote",
        "withdrawn": "Your upvote was withdrawn.",
        "upvote_of": "Upvote: {text}",
        "withdraw_of": "Withdraw my upvote: {text}",
        "votes_n": "{n} votes",
        "votes_1": "1 vote",
        "sort_votes": "Most votes",
        "sort_newest": "Newest",
        "sort_label": "Sort the ideas",
        "no_ideas": "No ideas yet. Be the first!",
        "ideas_heading": "Ideas from the room",
        "idea_write_first": "Write your idea first.",
        "idea_too_long": f"An idea has at most {IDEA_MAX_CHARS} characters.",
        "idea_bad_character": "Your idea holds a character that cannot be posted; "
        "please type it again.",
        "too_many_ideas": f"You have posted {IDEAS_PER_DEVICE} ideas on this wall; "
        "upvote others instead.",
        "idea_gone": "This idea is no longer on the wall.",
        "not_a_wall": "This question takes no ideas.",
        "idea_chars_left": "{n} characters left",
        "dots_hint": "Spread {n} dots across the options (at most {max} on one).",
        "points_hint": "Spread exactly 100 points across the options.",
        "dots_left": "{n} left",
        "dots_more": "Add one to {text}",
        "dots_less": "Take one from {text}",
        "dots_count": "{n} on {text}",
        "dots_over": "You have {total} to spend, not {spent}.",
        "dots_per_option": "At most {max} on one option.",
        "dots_exact": "Spread exactly {total} points.",
        "dots_empty": "Place at least one dot.",
        "idea_edited": "Edited by the facilitator",
    },
    "fr": {
        "idea_label": "Votre idée ou question",
        "idea_submit": "Publier mon idée",
        "idea_received": "Merci — votre idée est au mur.",
        "idea_pending": "Merci — votre idée attend l'approbation de l'animateur.",
        "idea_waiting": "En attente d'approbation",
        "idea_yours": "La vôtre",
        "idea_answered": "Répondue",
        "idea_pinned": "À l'écran",
        "upvote": "Soutenir",
        "upvoted": "Votre soutien compte.",
        "withdraw": "Retirer mon soutien",
        "withdrawn": "Votre soutien a été retiré.",
        "upvote_of": "Soutenir : {text}",
        "withdraw_of": "Retirer mon soutien : {text}",
        "votes_n": "{n} voix",
        "votes_1": "1 voix",
        "sort_votes": "Plus de voix",
        "sort_newest": "Plus récentes",
        "sort_label": "Trier les idées",
        "no_ideas": "Pas encore d'idée. Soyez le premier !",
        "ideas_heading": "Les idées de la salle",
        "idea_write_first": "Écrivez d'abord votre idée.",
        "idea_too_long": f"Une idée compte au plus {IDEA_MAX_CHARS} caractères.",
        "idea_bad_character": "Votre idée contient un caractère qui ne peut pas être publié ; "
        "merci de la saisir à nouveau.",
        "too_many_ideas": f"Vous avez publié {IDEAS_PER_DEVICE} idées sur ce mur ; "
        "soutenez plutôt celles des autres.",
        "idea_gone": "Cette idée n'est plus au mur.",
        "not_a_wall": "Cette question ne reçoit pas d'idées.",
        "idea_chars_left": "{n} caractères restants",
        "dots_hint": "Répartissez {n} points entre les options (au plus {max} sur une).",
        "points_hint": "Répartissez exactement 100 points entre les options.",
        "dots_left": "{n} restants",
        "dots_more": "Ajouter un à {text}",
        "dots_less": "Retirer un de {text}",
        "dots_count": "{n} sur {text}",
        "dots_over": "Vous avez {total} à répartir, pas {spent}.",
        "dots_per_option": "Au plus {max} sur une option.",
        "dots_exact": "Répartissez exactement {total} points.",
        "dots_empty": "Placez au moins un point.",
        "idea_edited": "Modifiée par l'animateur",
    },
}


def idea_strings(language: str) -> dict[str, str]:
    return STRINGS.get(language, STRINGS["en"])


def dot_message(settings: PollSettings, raw: object, words: dict[str, str]) -> str:
    """Why a spread of dots was refused, in the phone's language."""
    total, per_option = dot_budget(settings)
    counts: list[int] = []
    if isinstance(raw, dict):
        for value in raw.values():
            try:
                counts.append(int(str(value)))
            except ValueError:
                return words["error"] if "error" in words else words["dots_empty"]
    spent = sum(c for c in counts if c > 0)
    if any(c > per_option for c in counts):
        return words["dots_per_option"].replace("{max}", str(per_option))
    if spent > total:
        return words["dots_over"].replace("{total}", str(total)).replace("{spent}", str(spent))
    if settings.points and spent and spent != total:
        return words["dots_exact"].replace("{total}", str(total))
    return words["dots_empty"]
