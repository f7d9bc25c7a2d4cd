"""The note-taker page's word catalogue, in the language the tablet asks for
(see participant_words.py)."""

from __future__ import annotations

from workshop_app.live.participant_words import DEFAULT_LANGUAGE

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Note-taker",
        "current_item": "Current item",
        "no_item": "No agenda item is running yet.",
        "kind": "Kind",
        "kind_note": "Note",
        "kind_decision": "Decision",
        "kind_action": "Action item",
        "kind_question": "Question",
        "kind_quote": "Quote",
        "entry": "Type a note, press Enter",
        "owner": "Owner",
        "due": "Due",
        "add": "Add",
        "save": "Save changes",
        "cancel": "Cancel",
        "edit": "Edit",
        "editing": "Editing a note",
        "notes": "Notes of this item",
        "no_notes": "No notes for this item yet.",
        "by_app": "app",
        "by_you": "note-taker",
        "sending": "Sending…",
        "added": "Note added.",
        "saved": "Note saved.",
        "retrying": "Not sent yet: the connection dropped. Trying again…",
        "offline": "Connection lost. Reconnecting…",
        "online": "Connected",
        "refused": "The note was not accepted:",
        "revoked": "This note-taker link no longer works. Ask the facilitator for a new one.",
        "plain": "Notes are stored as plain text.",
    },
    "fr": {
        "title": "Prise de notes",
        "current_item": "Point en cours",
        "no_item": "Aucun point de l'ordre du jour n'est encore en cours.",
        "kind": "Type",
        "kind_note": "Note",
        "kind_decision": "Décision",
        "kind_action": "Action",
        "kind_question": "Question",
        "kind_quote": "Citation",
        "entry": "Saisissez une note, puis Entrée",
        "owner": "Responsable",
        "due": "Échéance",
        "add": "Ajouter",
        "save": "Enregistrer",
        "cancel": "Annuler",
        "edit": "Modifier",
        "editing": "Modification d'une note",
        "notes": "Notes de ce point",
        "no_notes": "Pas encore de notes pour ce point.",
        "by_app": "application",
        "by_you": "prise de notes",
        "sending": "Envoi…",
        "added": "Note ajoutée.",
        "saved": "Note enregistrée.",
        "retrying": "Pas encore envoyée : la connexion a été coupée. Nouvel essai…",
        "offline": "Connexion perdue. Reconnexion…",
        "online": "Connecté",
        "refused": "La note n'a pas été acceptée :",
        "revoked": "Ce lien de prise de notes ne fonctionne plus. Demandez-en un nouveau "
        "à l'animateur.",
        "plain": "Les notes sont enregistrées en texte brut.",
    },
}


def strings(language: str) -> dict[str, str]:
    return STRINGS.get(language, STRINGS[DEFAULT_LANGUAGE])
