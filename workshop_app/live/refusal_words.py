"""The words of the server's refusals, in the language the phone or tablet asks for.

Each refusal names a message here; ``*_do`` says what to do next on the HTML page a
browser is shown. API clients get the message alone, in JSON.
"""

from __future__ import annotations

from workshop_app.live.participant_words import DEFAULT_LANGUAGE

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "page_title": "Workshop",
        "heading": "That did not work",
        "link_unknown": "This link does not work.",
        "link_unknown_do": "It may be mistyped, or from an earlier session. Scan the QR code "
        "on the screen again, or type the room code shown on the screen.",
        "nothing_here": "There is nothing here.",
        "notetaker_unknown": "This note-taker link no longer works.",
        "notetaker_unknown_do": "It may be mistyped or withdrawn. Ask the facilitator for "
        "a new note-taker link.",
        "participant_link": "This is the participant link; taking notes needs the note-taker link.",
        "participant_link_do": "Ask the facilitator for the note-taker link.",
        "cross_origin": "Requests from other sites are refused.",
        "cross_origin_do": "Open the join link from the QR code on the screen and answer there.",
        "wrong_host": "This address is not served here.",
        "too_many": "Too many requests; please wait a moment.",
        "too_many_devices": "Too many new phones have joined from this network address "
        "in a short time.",
        "too_many_devices_do": "Wait a minute, then reload the page. If you joined before, "
        "use the same browser: it is already known.",
        "too_many_do": "Wait a few seconds, then go back and try again.",
        "too_large": "The request is too large.",
        "too_slow": "The request took too long to arrive.",
        "too_slow_do": "Check the Wi-Fi connection, then go back and try again.",
        "bad_json": "The request is not valid JSON.",
        "bad_request": 'Send {"answer": …}.',
        "bad_form": "The answer could not be read.",
        "method_not_allowed": "This method is not allowed here.",
        "refused": "Request refused.",
        "server_error": "Something went wrong on the server.",
        "no_device": "This phone is not known to the session yet: reload the page, then "
        "answer again.",
        "closed": "This poll closed before your answer arrived.",
        "already": "You have already answered this question.",
        "reset": "This question was started again. Please answer again.",
        "not_saved": "Your answer could not be saved on the laptop. Please try again.",
        "choose_first": "Choose an option first.",
        "too_many_choices": "Choose at most {max} options.",
        "write_first": "Write your answer first.",
        "too_long": "Your answer is longer than {max} characters.",
        "rank_each_once": "Give each option a different place.",
        "invalid": "This answer is not valid.",
        "no_item": "There is no such agenda item.",
        "no_note": "There is no such note.",
        "not_own": "Only notes written through the note-taker link can be edited here.",
        "note_not_saved": "The note could not be saved on the laptop; it is retried.",
        "back": "Back to the question",
        "join_by_code": "Type the room code",
    },
    "fr": {
        "page_title": "Atelier",
        "heading": "Cela n'a pas fonctionné",
        "link_unknown": "Ce lien ne fonctionne pas.",
        "link_unknown_do": "Il est peut-être mal saisi, ou d'une session précédente. "
        "Scannez à nouveau le QR code affiché à l'écran, ou saisissez le code de la salle.",
        "nothing_here": "Il n'y a rien ici.",
        "notetaker_unknown": "Ce lien de prise de notes ne fonctionne plus.",
        "notetaker_unknown_do": "Il est peut-être mal saisi ou a été retiré. Demandez un "
        "nouveau lien de prise de notes à l'animateur.",
        "participant_link": "Ceci est le lien des participants ; la prise de notes demande "
        "le lien de prise de notes.",
        "participant_link_do": "Demandez le lien de prise de notes à l'animateur.",
        "cross_origin": "Les requêtes venant d'autres sites sont refusées.",
        "cross_origin_do": "Ouvrez le lien du QR code affiché à l'écran et répondez là.",
        "wrong_host": "Cette adresse n'est pas servie ici.",
        "too_many": "Trop de requêtes ; patientez un instant.",
        "too_many_devices": "Trop de nouveaux téléphones ont rejoint la session depuis cette "
        "adresse réseau en peu de temps.",
        "too_many_devices_do": "Attendez une minute, puis rechargez la page. Si vous aviez "
        "déjà rejoint, utilisez le même navigateur : il est déjà connu.",
        "too_many_do": "Attendez quelques secondes, puis revenez en arrière et réessayez.",
        "too_large": "La requête est trop volumineuse.",
        "too_slow": "La requête a mis trop de temps à arriver.",
        "too_slow_do": "Vérifiez la connexion Wi-Fi, puis revenez en arrière et réessayez.",
        "bad_json": "La requête n'est pas du JSON valide.",
        "bad_request": 'Envoyez {"answer": …}.',
        "bad_form": "La réponse n'a pas pu être lue.",
        "method_not_allowed": "Cette méthode n'est pas permise ici.",
        "refused": "Requête refusée.",
        "server_error": "Un problème est survenu sur le serveur.",
        "no_device": "Ce téléphone n'est pas encore connu de la session : rechargez la "
        "page, puis répondez à nouveau.",
        "closed": "Ce sondage a été clos avant l'arrivée de votre réponse.",
        "already": "Vous avez déjà répondu à cette question.",
        "reset": "Cette question a été relancée. Merci de répondre à nouveau.",
        "not_saved": "Votre réponse n'a pas pu être enregistrée sur l'ordinateur. "
        "Veuillez réessayer.",
        "choose_first": "Choisissez d'abord une option.",
        "too_many_choices": "Choisissez au plus {max} options.",
        "write_first": "Écrivez d'abord votre réponse.",
        "too_long": "Votre réponse dépasse {max} caractères.",
        "rank_each_once": "Donnez une place différente à chaque option.",
        "invalid": "Cette réponse n'est pas valide.",
        "no_item": "Ce point de l'ordre du jour n'existe pas.",
        "no_note": "Cette note n'existe pas.",
        "not_own": "Seules les notes écrites avec le lien de prise de notes peuvent être "
        "modifiées ici.",
        "note_not_saved": "La note n'a pas pu être enregistrée sur l'ordinateur ; "
        "nouvel essai en cours.",
        "back": "Retour à la question",
        "join_by_code": "Saisir le code de la salle",
    },
}


def strings(language: str) -> dict[str, str]:
    return STRINGS.get(language, STRINGS[DEFAULT_LANGUAGE])
