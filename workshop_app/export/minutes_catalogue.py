"""The fixed words of the PDF and Markdown minutes, in the workshop's language.

The minutes are a document for the people who were in the room, so they follow
`Workshop.language`, not the facilitator's screen. Plain dictionaries rather than Qt's
translation system: export/ runs without Qt. Dates, times and numbers are formatted here
too, never through the system locale, so a French workshop gives French minutes on any
machine.

Every language has the same keys (a test compares them). A value is either a string or,
for counts, a (singular, plural) pair; `{name}` fields are filled in by the caller. The
words carry no reportlab markup (no `<`, `>` or `&`): the PDF adds bold itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from workshop_app.domain.notes import ActionStatus, NoteKind
from workshop_app.domain.polls import PollType
from workshop_app.domain.small_groups import Cell, ShownTally
from workshop_app.domain.workshop import Method, primary_language
from workshop_app.export.minutes_words_es import ES

Entry = str | tuple[str, str]

DEFAULT_LANGUAGE = "en"

EN: dict[str, Entry] = {
    "answers_in_rooms": "The answers themselves are in each room's minutes.",
    # sessions and rooms
    "session_n": "Session {n}",
    "rehearsal_mark": "rehearsal",
    "total": "Total",
    "by_session": "By session",
    "by_room": "By room",
    "room": "Room",
    "rooms": ("Room", "Rooms"),
    "all_rooms": "All rooms",
    "responses_row": "Responses",
    "room_checksums": "SHA-256 of each room's results",
    "overall_checksum": "SHA-256 of the combined results",
    "minutes": "Minutes",
    "minutes_of": "Minutes: {title}",
    "subject": "Minutes of the workshop “{title}”",
    "page_of": "Page {page} of {total}",
    "generated": "Generated {date}, {time}",
    "produced": "Produced with workshop-app {version} on {date} at {time}.",
    "contents": "Contents",
    # cover
    "date": "Date",
    "date_from": "{date}, from {time}",
    "venue": "Venue",
    "organisation": "Organisation",
    "facilitators": "Facilitators",
    "sessions": ("Session", "Sessions"),
    "still_live": "(still live)",
    "participants": "Participants",
    "participants_answered": (
        "{n} answered at least one poll",
        "{n} answered at least one poll",
    ),
    "participants_answered_label": "Participants who answered at least one poll",
    "agenda": "Agenda",
    "n_items": ("{n} item", "{n} items"),
    "n_polls": ("{n} poll", "{n} polls"),
    "n_notes": ("{n} note", "{n} notes"),
    "n_actions": ("{n} action item", "{n} action items"),
    # agenda as run
    "agenda_as_run": "Agenda as run",
    "item": "Item",
    "planned": "Planned",
    "actual": "Actual",
    "planned_min": "Planned min",
    "actual_min": "Actual min",
    "not_run": "not run",
    "n_min": "{n} min",
    "overrun_explained": "Items that ran over their planned time are marked in red with the "
    "minutes over.",
    # one agenda item
    "planned_span": "planned {start}–{end} ({minutes})",
    "ran_span": "ran {start}–{end} ({minutes})",
    "over_by": "over by {n} min",
    "goal": "Goal",
    "no_notes": "No notes were taken for this item.",
    "other_notes": "Other notes",
    # notes
    "heading_decision": "Decisions",
    "heading_action": "Action items",
    "heading_note": "Notes",
    "heading_question": "Questions",
    "heading_quote": "Quotes",
    "owner_is": "owner: {owner}",
    "due_on": "due {date}",
    "on_poll": "on poll {label}",
    "status_open": "open",
    "status_done": "done",
    # polls
    "poll_number": "Poll {number}",
    "type_single_choice": "Single choice",
    "type_multiple_choice": "Multiple choice",
    "type_scale": "Scale",
    "type_open_text": "Open text",
    "type_ranking": "Ranking",
    "type_idea_wall": "Idea wall",
    "type_dot_vote": "Dot voting",
    "n_votes": ("{n} vote", "{n} votes"),
    "n_ideas": ("{n} idea", "{n} ideas"),
    "wall_summary": "{posted} posted · {hidden} hidden · {merged} merged as duplicates · "
    "{pending} never approved · {answered} answered · {edited} edited · {voters} phones upvoted",
    "idea": "Idea",
    "votes": "Votes",
    "idea_status": "Status",
    "idea_pinned": "pinned",
    "idea_answered": "answered",
    "idea_edited": "edited",
    "idea_merged_into": "merged into {number}",
    "idea_merged_n": ("{n} duplicate merged in", "{n} duplicates merged in"),
    "dots": "Dots",
    "points": "Points",
    "dot_rules": "{dots} dots each, at most {per} on one option",
    "point_rules": "100 points each",
    "dot_totals": "{total} dots placed by {voters} participants",
    "point_totals": "{total} points spread by {voters} participants",
    "n_responses": ("{n} response", "{n} responses"),
    "hidden_long": (
        "{n} hidden by the facilitator's moderation, left out",
        "{n} hidden by the facilitator's moderation, left out",
    ),
    "hidden_short": ("{n} hidden by moderation", "{n} hidden by moderation"),
    "no_responses": "No responses.",
    "several_choices": "Several choices per person; percentages are of respondents.",
    "several_choices_limit": "Several choices per person (at most {limit}); percentages "
    "are of respondents.",
    "mean": "Mean",
    "median": "median",
    "mean_median": "Mean {mean}, median {median}.",
    "rank": "Rank",
    "option": "Option",
    "count": "Count",
    "value": "Value",
    "share": "Share",
    "meaning": "Meaning",
    "scale_ends": "Scale: {min} = {low}; {max} = {high}.",
    "mean_position": "Mean position",
    "mean_position_explained": "Mean position over all rankings; 1 is first.",
    "frequent_words": "Most frequent words",
    "chart_alt": "Bar chart of poll {number}: {figures}",
    "results_caption": "Results of poll {number}",
    "answers": "Answers",
    # methods
    "method_plenary": "Plenary",
    "method_small_groups": "Small groups",
    "method_poll": "Poll",
    "method_presentation": "Presentation",
    "method_break": "Break",
    "method_other": "Other",
    # action items
    "action": "Action",
    "owner": "Owner",
    "due": "Due",
    "status": "Status",
    "no_actions": "No action items were recorded.",
    # appendix
    "appendix": "Appendix: method and anonymity",
    "method_how": "Polls were answered anonymously from participants' own phones, on a page "
    "served by the facilitator's laptop over the room's network; no account, app or "
    "internet connection was needed. Each phone could give one answer per poll (changing it "
    "while the poll was open, where allowed); a random token in a browser cookie kept the "
    "count, and these tokens were deleted when the session ended. No name, IP address or "
    "device identifier was stored with the answers, and none appears in these minutes or in "
    "the data exports.",
    "method_results": "Results show every answer given, except open-text answers the "
    "facilitator hid during the session (for example insults or personal details); their "
    "number is stated with each poll. Percentages are of the people who answered that poll. "
    "Scale polls give the mean and the median; rankings give each option's mean position.",
    "method_notes": "Notes were taken by the facilitation team during the session and are "
    "summaries, not a verbatim record. Quotes are as noted at the time.",
    "check_title": "Checking a published copy.",
    "check_body": "The SHA-256 of the poll results in canonical form (a JSON array of each "
    "poll's number, type, question, options and tally without its word counts, keys sorted, "
    "no spaces, UTF-8) is:",
    "check_recompute": "Anyone with the workshop file can recompute it with workshop-app "
    "(the JSON export carries the same value).",
    "anonymous_short": "Polls were anonymous: no name, IP address or device identifier was "
    "stored with the answers.",
    "results_sha": "SHA-256 of the results",
    "withheld": (
        "{n} answer; results are shown only from {k} answers (minimum group size).",
        "{n} answers; results are shown only from {k} answers (minimum group size).",
    ),
    "fewer_than": "fewer than {k}",
    "masked": "withheld",
    "median_only": "Median {median}; the mean is left out, as it would reveal a group smaller "
    "than {k}.",
    "min_group": "Minimum group size {k}",
    "min_group_off": "Minimum group size off: small groups may be recognisable",
    "min_group_method": "No result shows a group smaller than the minimum group size k stated "
    "below for each "
    "poll: a poll with fewer than k answers shows only how many answered; an option chosen "
    "by fewer than k people reads “fewer than k” (where its number could be worked out "
    "from the total, another option reads “withheld”); an idea upvoted by fewer than k "
    "phones (every idea of a wall where fewer than k phones upvoted) reads “fewer than k”; "
    "a scale's mean is left out while a value is folded; open-text answers are listed in "
    "an order unrelated to when they arrived.",
    "min_group_list": "Minimum group size per poll: {list}.",
    "phone_notice_intro": "Before their first answer, each phone showed participants this:",
}

FR: dict[str, Entry] = {
    "answers_in_rooms": "Les réponses elles-mêmes figurent dans le compte rendu de chaque salle.",
    # sessions and rooms
    "session_n": "Séance {n}",
    "rehearsal_mark": "répétition",
    "total": "Total",
    "by_session": "Par séance",
    "by_room": "Par salle",
    "room": "Salle",
    "rooms": ("Salle", "Salles"),
    "all_rooms": "Toutes les salles",
    "responses_row": "Réponses",
    "room_checksums": "SHA-256 des résultats de chaque salle",
    "overall_checksum": "SHA-256 des résultats réunis",
    "minutes": "Compte rendu",
    "minutes_of": "Compte rendu\u00a0: {title}",
    "subject": "Compte rendu de l'atelier «\u00a0{title}\u00a0»",
    "page_of": "Page {page} sur {total}",
    "generated": "Généré le {date} à {time}",
    "produced": "Produit avec workshop-app {version} le {date} à {time}.",
    "contents": "Sommaire",
    "date": "Date",
    "date_from": "{date}, à partir de {time}",
    "venue": "Lieu",
    "organisation": "Organisation",
    "facilitators": "Animation",
    "sessions": ("Séance", "Séances"),
    "still_live": "(toujours en cours)",
    "participants": "Participants",
    "participants_answered": (
        "{n} personne a répondu à au moins un sondage",
        "{n} personnes ont répondu à au moins un sondage",
    ),
    "participants_answered_label": "Personnes ayant répondu à au moins un sondage",
    "agenda": "Ordre du jour",
    "n_items": ("{n} point", "{n} points"),
    "n_polls": ("{n} sondage", "{n} sondages"),
    "n_notes": ("{n} note", "{n} notes"),
    "n_actions": ("{n} action à mener", "{n} actions à mener"),
    "agenda_as_run": "Déroulement de l'ordre du jour",
    "item": "Point",
    "planned": "Prévu",
    "actual": "Réel",
    "planned_min": "Min. prévues",
    "actual_min": "Min. réelles",
    "not_run": "non tenu",
    "n_min": "{n} min",
    "overrun_explained": "Les points qui ont dépassé le temps prévu sont marqués en rouge, "
    "avec les minutes de dépassement.",
    "planned_span": "prévu {start}–{end} ({minutes})",
    "ran_span": "tenu {start}–{end} ({minutes})",
    "over_by": "dépassement de {n} min",
    "goal": "Objectif",
    "no_notes": "Aucune note n'a été prise pour ce point.",
    "other_notes": "Autres notes",
    "heading_decision": "Décisions",
    "heading_action": "Actions à mener",
    "heading_note": "Notes",
    "heading_question": "Questions",
    "heading_quote": "Citations",
    "owner_is": "responsable\u00a0: {owner}",
    "due_on": "pour le {date}",
    "on_poll": "sur le sondage {label}",
    "status_open": "à faire",
    "status_done": "fait",
    "poll_number": "Sondage {number}",
    "type_single_choice": "Choix unique",
    "type_multiple_choice": "Choix multiple",
    "type_scale": "Échelle",
    "type_open_text": "Texte libre",
    "type_ranking": "Classement",
    "type_idea_wall": "Mur d'idées",
    "type_dot_vote": "Vote par gommettes",
    "n_votes": ("{n} voix", "{n} voix"),
    "n_ideas": ("{n} idée", "{n} idées"),
    "wall_summary": "{posted} publiées · {hidden} masquées · {merged} fusionnées comme doublons · "
    "{pending} jamais approuvées · {answered} répondues · {edited} modifiées · "
    "{voters} téléphones ont soutenu",
    "idea": "Idée",
    "votes": "Voix",
    "idea_status": "État",
    "idea_pinned": "épinglée",
    "idea_answered": "répondue",
    "idea_edited": "modifiée",
    "idea_merged_into": "fusionnée dans {number}",
    "idea_merged_n": ("{n} doublon fusionné", "{n} doublons fusionnés"),
    "dots": "Gommettes",
    "points": "Points",
    "dot_rules": "{dots} gommettes chacun, au plus {per} sur une option",
    "point_rules": "100 points chacun",
    "dot_totals": "{total} gommettes placées par {voters} participants",
    "point_totals": "{total} points répartis par {voters} participants",
    "n_responses": ("{n} réponse", "{n} réponses"),
    "hidden_long": (
        "{n} masquée lors de la modération, non prise en compte",
        "{n} masquées lors de la modération, non prises en compte",
    ),
    "hidden_short": ("{n} masquée par la modération", "{n} masquées par la modération"),
    "no_responses": "Aucune réponse.",
    "several_choices": "Plusieurs choix par personne\u00a0; les pourcentages portent sur les "
    "répondants.",
    "several_choices_limit": "Plusieurs choix par personne (au plus {limit})\u00a0; les "
    "pourcentages portent sur les répondants.",
    "mean": "Moyenne",
    "median": "médiane",
    "mean_median": "Moyenne {mean}, médiane {median}.",
    "rank": "Rang",
    "option": "Option",
    "count": "Nombre",
    "value": "Valeur",
    "share": "Part",
    "meaning": "Signification",
    "scale_ends": "Échelle : {min} = {low} ; {max} = {high}.",
    "mean_position": "Position moyenne",
    "mean_position_explained": "Position moyenne sur l'ensemble des classements\u00a0; 1 est "
    "la première place.",
    "frequent_words": "Mots les plus fréquents",
    "chart_alt": "Diagramme en barres du sondage {number}\u00a0: {figures}",
    "results_caption": "Résultats du sondage {number}",
    "answers": "Réponses",
    "method_plenary": "Plénière",
    "method_small_groups": "Petits groupes",
    "method_poll": "Sondage",
    "method_presentation": "Présentation",
    "method_break": "Pause",
    "method_other": "Autre",
    "action": "Action",
    "owner": "Responsable",
    "due": "Échéance",
    "status": "Statut",
    "no_actions": "Aucune action à mener n'a été notée.",
    "appendix": "Annexe\u00a0: méthode et anonymat",
    "method_how": "Les participants ont répondu aux sondages de manière anonyme, depuis leur "
    "propre téléphone, sur une page servie par l'ordinateur de l'équipe d'animation via le "
    "réseau de la salle\u00a0; il ne fallait ni compte, ni application, ni connexion à "
    "Internet. Chaque téléphone pouvait donner une réponse par sondage (et la modifier tant "
    "que le sondage restait ouvert, lorsque c'était permis)\u00a0; un jeton aléatoire placé "
    "dans un cookie du navigateur servait au décompte, et ces jetons ont été effacés à la fin "
    "de la séance. Aucun nom, aucune adresse IP ni aucun identifiant d'appareil n'a été "
    "enregistré avec les réponses, et rien de tel ne figure dans ce compte rendu ni dans les "
    "exports de données.",
    "method_results": "Les résultats reprennent toutes les réponses données, sauf les "
    "réponses libres que l'équipe d'animation a masquées pendant la séance (par exemple des "
    "insultes ou des informations personnelles)\u00a0; leur nombre est indiqué pour chaque "
    "sondage. Les pourcentages portent sur les personnes qui ont répondu au sondage "
    "concerné. Les sondages sur une échelle donnent la moyenne et la médiane\u00a0; les "
    "classements donnent la position moyenne de chaque option.",
    "method_notes": "Les notes ont été prises par l'équipe d'animation pendant la séance\u00a0: "
    "ce sont des résumés, pas une transcription mot pour mot. Les citations sont reproduites "
    "telles qu'elles ont été notées sur le moment.",
    "check_title": "Vérifier une copie publiée.",
    "check_body": "L'empreinte SHA-256 des résultats des sondages sous forme canonique (un "
    "tableau JSON donnant pour chaque sondage son numéro, son type, sa question, ses options "
    "et son décompte sans le compte des mots, clés triées, sans espaces, en UTF-8) est\u00a0:",
    "check_recompute": "Toute personne disposant du fichier de l'atelier peut la recalculer "
    "avec workshop-app (l'export JSON contient la même valeur).",
    "anonymous_short": "Les sondages étaient anonymes\u00a0: aucun nom, aucune adresse IP ni "
    "aucun identifiant d'appareil n'a été enregistré avec les réponses.",
    "results_sha": "SHA-256 des résultats",
    "withheld": (
        "{n}\u00a0réponse\u00a0; les résultats ne sont montrés qu'à partir de {k}\u00a0réponses "
        "(taille minimale de groupe).",
        "{n}\u00a0réponses\u00a0; les résultats ne sont montrés qu'à partir de {k}\u00a0réponses "
        "(taille minimale de groupe).",
    ),
    "fewer_than": "moins de {k}",
    "masked": "masqué",
    "median_only": "Médiane {median}\u00a0; la moyenne est omise, car elle révélerait un groupe "
    "de moins de {k}.",
    "min_group": "Taille minimale de groupe {k}",
    "min_group_off": "Taille minimale de groupe désactivée\u00a0: de petits groupes peuvent être "
    "reconnaissables",
    "min_group_method": "Aucun résultat ne montre un groupe plus petit que la taille minimale k "
    "indiquée "
    "ci-dessous pour chaque sondage\u00a0: un sondage de moins de k réponses ne montre que "
    "le nombre de réponses\u00a0; une option choisie par moins de k personnes indique "
    "«\u00a0moins de k\u00a0» (si son nombre pouvait se déduire du total, une autre option "
    "indique «\u00a0masqué\u00a0»)\u00a0; une idée soutenue par moins de k téléphones "
    "(toute idée d'un mur que moins de k téléphones ont soutenu) indique «\u00a0moins de "
    "k\u00a0»\u00a0; la moyenne d'une échelle est omise tant qu'une valeur est "
    "repliée\u00a0; les réponses libres sont listées dans un ordre sans rapport avec leur "
    "arrivée.",
    "min_group_list": "Taille minimale de groupe par sondage\u00a0: {list}.",
    "phone_notice_intro": "Avant sa première réponse, chaque téléphone a montré ceci aux "
    "participants\u00a0:",
}

DE: dict[str, Entry] = {
    "answers_in_rooms": "Die Antworten selbst stehen im Protokoll jedes Raums.",
    # sessions and rooms
    "session_n": "Sitzung {n}",
    "rehearsal_mark": "Probe",
    "total": "Gesamt",
    "by_session": "Nach Sitzung",
    "by_room": "Nach Raum",
    "room": "Raum",
    "rooms": ("Raum", "Räume"),
    "all_rooms": "Alle Räume",
    "responses_row": "Antworten",
    "room_checksums": "SHA-256 der Ergebnisse jedes Raums",
    "overall_checksum": "SHA-256 der zusammengeführten Ergebnisse",
    "minutes": "Protokoll",
    "minutes_of": "Protokoll: {title}",
    "subject": "Protokoll des Workshops „{title}“",
    "page_of": "Seite {page} von {total}",
    "generated": "Erstellt am {date} um {time}",
    "produced": "Erstellt mit workshop-app {version} am {date} um {time}.",
    "contents": "Inhalt",
    "date": "Datum",
    "date_from": "{date}, ab {time} Uhr",
    "venue": "Ort",
    "organisation": "Organisation",
    "facilitators": "Moderation",
    "sessions": ("Sitzung", "Sitzungen"),
    "still_live": "(läuft noch)",
    "participants": "Teilnehmende",
    "participants_answered": (
        "{n} Person hat mindestens eine Umfrage beantwortet",
        "{n} Personen haben mindestens eine Umfrage beantwortet",
    ),
    "participants_answered_label": "Personen, die mindestens eine Umfrage beantwortet haben",
    "agenda": "Tagesordnung",
    "n_items": ("{n} Punkt", "{n} Punkte"),
    "n_polls": ("{n} Umfrage", "{n} Umfragen"),
    "n_notes": ("{n} Notiz", "{n} Notizen"),
    "n_actions": ("{n} Aufgabe", "{n} Aufgaben"),
    "agenda_as_run": "Tatsächlicher Ablauf",
    "item": "Punkt",
    "planned": "Soll",
    "actual": "Ist",
    "planned_min": "Soll (Min.)",
    "actual_min": "Ist (Min.)",
    "not_run": "entfallen",
    "n_min": "{n} Min.",
    "overrun_explained": "Punkte, die länger als geplant gedauert haben, sind rot markiert, "
    "mit den überzogenen Minuten.",
    "planned_span": "geplant {start}–{end} ({minutes})",
    "ran_span": "tatsächlich {start}–{end} ({minutes})",
    "over_by": "{n} Min. überzogen",
    "goal": "Ziel",
    "no_notes": "Zu diesem Punkt wurden keine Notizen gemacht.",
    "other_notes": "Weitere Notizen",
    "heading_decision": "Beschlüsse",
    "heading_action": "Aufgaben",
    "heading_note": "Notizen",
    "heading_question": "Fragen",
    "heading_quote": "Zitate",
    "owner_is": "zuständig: {owner}",
    "due_on": "fällig am {date}",
    "on_poll": "zu Umfrage {label}",
    "status_open": "offen",
    "status_done": "erledigt",
    "poll_number": "Umfrage {number}",
    "type_single_choice": "Einfachauswahl",
    "type_multiple_choice": "Mehrfachauswahl",
    "type_scale": "Skala",
    "type_open_text": "Freitext",
    "type_ranking": "Rangfolge",
    "type_idea_wall": "Ideenwand",
    "type_dot_vote": "Punktabstimmung",
    "n_votes": ("{n} Stimme", "{n} Stimmen"),
    "n_ideas": ("{n} Idee", "{n} Ideen"),
    "wall_summary": "{posted} eingereicht · {hidden} ausgeblendet · {merged} als Duplikate "
    "zusammengeführt · {pending} nie freigegeben · {answered} beantwortet · "
    "{edited} bearbeitet · {voters} Handys haben unterstützt",
    "idea": "Idee",
    "votes": "Stimmen",
    "idea_status": "Status",
    "idea_pinned": "angeheftet",
    "idea_answered": "beantwortet",
    "idea_edited": "bearbeitet",
    "idea_merged_into": "zusammengeführt mit {number}",
    "idea_merged_n": ("{n} Duplikat zusammengeführt", "{n} Duplikate zusammengeführt"),
    "dots": "Punkte",
    "points": "Punkte",
    "dot_rules": "je {dots} Punkte, höchstens {per} auf einer Option",
    "point_rules": "je 100 Punkte",
    "dot_totals": "{total} Punkte von {voters} Teilnehmenden vergeben",
    "point_totals": "{total} Punkte von {voters} Teilnehmenden verteilt",
    "n_responses": ("{n} Antwort", "{n} Antworten"),
    "hidden_long": (
        "{n} von der Moderation ausgeblendet, nicht berücksichtigt",
        "{n} von der Moderation ausgeblendet, nicht berücksichtigt",
    ),
    "hidden_short": ("{n} von der Moderation ausgeblendet", "{n} von der Moderation ausgeblendet"),
    "no_responses": "Keine Antworten.",
    "several_choices": "Mehrere Antworten pro Person; Prozentangaben beziehen sich auf die "
    "Antwortenden.",
    "several_choices_limit": "Mehrere Antworten pro Person (höchstens {limit}); "
    "Prozentangaben beziehen sich auf die Antwortenden.",
    "mean": "Mittelwert",
    "median": "Median",
    "mean_median": "Mittelwert {mean}, Median {median}.",
    "rank": "Rang",
    "option": "Option",
    "count": "Anzahl",
    "value": "Wert",
    "share": "Anteil",
    "meaning": "Bedeutung",
    "scale_ends": "Skala: {min} = {low}; {max} = {high}.",
    "mean_position": "Mittlere Position",
    "mean_position_explained": "Mittlere Position über alle Rangfolgen; 1 ist der erste Platz.",
    "frequent_words": "Häufigste Wörter",
    "chart_alt": "Balkendiagramm der Umfrage {number}: {figures}",
    "results_caption": "Ergebnisse der Umfrage {number}",
    "answers": "Antworten",
    "method_plenary": "Plenum",
    "method_small_groups": "Kleingruppen",
    "method_poll": "Umfrage",
    "method_presentation": "Vortrag",
    "method_break": "Pause",
    "method_other": "Sonstiges",
    "action": "Aufgabe",
    "owner": "Zuständig",
    "due": "Fällig",
    "status": "Status",
    "no_actions": "Es wurden keine Aufgaben festgehalten.",
    "appendix": "Anhang: Methode und Anonymität",
    "method_how": "Die Umfragen wurden anonym auf den eigenen Telefonen der Teilnehmenden "
    "beantwortet, über eine Seite, die der Laptop der Moderation im Netzwerk des Raums "
    "bereitstellte; weder ein Konto noch eine App oder eine Internetverbindung waren nötig. "
    "Jedes Telefon konnte pro Umfrage eine Antwort abgeben (und sie ändern, solange die "
    "Umfrage offen war, sofern erlaubt); gezählt wurde über ein zufälliges Token in einem "
    "Browser-Cookie, und diese Tokens wurden am Ende der Sitzung gelöscht. Weder Namen noch "
    "IP-Adressen oder Gerätekennungen wurden mit den Antworten gespeichert, und nichts davon "
    "erscheint in diesem Protokoll oder in den Datenexporten.",
    "method_results": "Die Ergebnisse enthalten alle abgegebenen Antworten außer "
    "Freitextantworten, die die Moderation während der Sitzung ausgeblendet hat (zum Beispiel "
    "Beleidigungen oder persönliche Angaben); ihre Zahl ist bei jeder Umfrage angegeben. "
    "Prozentangaben beziehen sich auf die Personen, die die jeweilige Umfrage beantwortet "
    "haben. Skalenumfragen nennen Mittelwert und Median; Rangfolgen nennen die mittlere "
    "Position jeder Option.",
    "method_notes": "Die Notizen hat das Moderationsteam während der Sitzung geschrieben; sie "
    "fassen zusammen und sind kein Wortprotokoll. Zitate sind so wiedergegeben, wie sie im "
    "Moment notiert wurden.",
    "check_title": "Prüfen einer veröffentlichten Kopie.",
    "check_body": "Der SHA-256-Hashwert der Umfrageergebnisse in kanonischer Form (ein "
    "JSON-Array mit Nummer, Typ, Frage, Optionen und Auszählung ohne Wortzählung jeder "
    "Umfrage, Schlüssel "
    "sortiert, ohne Leerzeichen, UTF-8) lautet:",
    "check_recompute": "Wer die Workshop-Datei hat, kann ihn mit workshop-app nachrechnen "
    "(der JSON-Export enthält denselben Wert).",
    "anonymous_short": "Die Umfragen waren anonym: Weder Namen noch IP-Adressen oder "
    "Gerätekennungen wurden mit den Antworten gespeichert.",
    "results_sha": "SHA-256 der Ergebnisse",
    "withheld": (
        "{n} Antwort; Ergebnisse werden erst ab {k} Antworten gezeigt (Mindestgruppengröße).",
        "{n} Antworten; Ergebnisse werden erst ab {k} Antworten gezeigt (Mindestgruppengröße).",
    ),
    "fewer_than": "weniger als {k}",
    "masked": "zurückgehalten",
    "median_only": "Median {median}; der Mittelwert fehlt, da er eine Gruppe kleiner als {k} "
    "verraten würde.",
    "min_group": "Mindestgruppengröße {k}",
    "min_group_off": "Mindestgruppengröße aus: kleine Gruppen können erkennbar sein",
    "min_group_method": "Kein Ergebnis zeigt eine Gruppe, die kleiner ist als die unten je "
    "Umfrage genannte "
    "Mindestgruppengröße k: Eine Umfrage mit weniger als k Antworten zeigt nur deren Zahl; "
    "eine Option, die weniger als k Personen wählten, lautet „weniger als k“ (wo sich ihre "
    "Zahl aus der Summe ergäbe, lautet eine weitere „zurückgehalten“); eine Idee, die "
    "weniger als k Telefone unterstützten (jede Idee einer Wand, die weniger als k "
    "Telefone unterstützten), lautet „weniger als k“; der Mittelwert einer Skala fehlt, "
    "solange ein Wert zusammengefasst ist; freie Antworten stehen in einer Reihenfolge, "
    "die nichts mit ihrem Eingang zu tun hat.",
    "min_group_list": "Mindestgruppengröße je Umfrage: {list}.",
    "phone_notice_intro": "Vor der ersten Antwort zeigte jedes Telefon den Teilnehmenden "
    "Folgendes:",
}

NL: dict[str, Entry] = {
    "answers_in_rooms": "De antwoorden zelf staan in het verslag van elke zaal.",
    # sessions and rooms
    "session_n": "Sessie {n}",
    "rehearsal_mark": "repetitie",
    "total": "Totaal",
    "by_session": "Per sessie",
    "by_room": "Per zaal",
    "room": "Zaal",
    "rooms": ("Zaal", "Zalen"),
    "all_rooms": "Alle zalen",
    "responses_row": "Antwoorden",
    "room_checksums": "SHA-256 van de resultaten van elke zaal",
    "overall_checksum": "SHA-256 van de samengevoegde resultaten",
    "minutes": "Verslag",
    "minutes_of": "Verslag: {title}",
    "subject": "Verslag van de workshop “{title}”",
    "page_of": "Pagina {page} van {total}",
    "generated": "Gemaakt op {date} om {time}",
    "produced": "Gemaakt met workshop-app {version} op {date} om {time}.",
    "contents": "Inhoud",
    "date": "Datum",
    "date_from": "{date}, vanaf {time}",
    "venue": "Locatie",
    "organisation": "Organisatie",
    "facilitators": "Begeleiding",
    "sessions": ("Sessie", "Sessies"),
    "still_live": "(nog bezig)",
    "participants": "Deelnemers",
    "participants_answered": (
        "{n} persoon heeft minstens één peiling beantwoord",
        "{n} personen hebben minstens één peiling beantwoord",
    ),
    "participants_answered_label": "Deelnemers die minstens één peiling beantwoordden",
    "agenda": "Agenda",
    "n_items": ("{n} agendapunt", "{n} agendapunten"),
    "n_polls": ("{n} peiling", "{n} peilingen"),
    "n_notes": ("{n} notitie", "{n} notities"),
    "n_actions": ("{n} actiepunt", "{n} actiepunten"),
    "agenda_as_run": "Verloop van de agenda",
    "item": "Punt",
    "planned": "Gepland",
    "actual": "Werkelijk",
    "planned_min": "Plan (min)",
    "actual_min": "Werkelijk (min)",
    "not_run": "niet gehouden",
    "n_min": "{n} min",
    "overrun_explained": "Punten die langer duurden dan gepland, staan in het rood, met het "
    "aantal minuten uitloop.",
    "planned_span": "gepland {start}–{end} ({minutes})",
    "ran_span": "gehouden {start}–{end} ({minutes})",
    "over_by": "{n} min uitgelopen",
    "goal": "Doel",
    "no_notes": "Bij dit punt zijn geen notities gemaakt.",
    "other_notes": "Overige notities",
    "heading_decision": "Besluiten",
    "heading_action": "Actiepunten",
    "heading_note": "Notities",
    "heading_question": "Vragen",
    "heading_quote": "Citaten",
    "owner_is": "trekker: {owner}",
    "due_on": "uiterlijk {date}",
    "on_poll": "bij peiling {label}",
    "status_open": "open",
    "status_done": "gereed",
    "poll_number": "Peiling {number}",
    "type_single_choice": "Eén keuze",
    "type_multiple_choice": "Meerkeuze",
    "type_scale": "Schaal",
    "type_open_text": "Open vraag",
    "type_ranking": "Rangschikking",
    "type_idea_wall": "Ideeënmuur",
    "type_dot_vote": "Stippenstemming",
    "n_votes": ("{n} stem", "{n} stemmen"),
    "n_ideas": ("{n} idee", "{n} ideeën"),
    "wall_summary": "{posted} ingediend · {hidden} verborgen · {merged} samengevoegd als "
    "dubbel · {pending} nooit goedgekeurd · {answered} beantwoord · "
    "{edited} bewerkt · {voters} telefoons stemden",
    "idea": "Idee",
    "votes": "Stemmen",
    "idea_status": "Status",
    "idea_pinned": "vastgezet",
    "idea_answered": "beantwoord",
    "idea_edited": "bewerkt",
    "idea_merged_into": "samengevoegd met {number}",
    "idea_merged_n": ("{n} dubbel idee samengevoegd", "{n} dubbele ideeën samengevoegd"),
    "dots": "Stippen",
    "points": "Punten",
    "dot_rules": "{dots} stippen elk, hoogstens {per} op één optie",
    "point_rules": "100 punten elk",
    "dot_totals": "{total} stippen geplaatst door {voters} deelnemers",
    "point_totals": "{total} punten verdeeld door {voters} deelnemers",
    "n_responses": ("{n} antwoord", "{n} antwoorden"),
    "hidden_long": (
        "{n} verborgen door de moderatie, niet meegeteld",
        "{n} verborgen door de moderatie, niet meegeteld",
    ),
    "hidden_short": ("{n} verborgen door moderatie", "{n} verborgen door moderatie"),
    "no_responses": "Geen antwoorden.",
    "several_choices": "Meerdere keuzes per persoon; percentages gelden voor wie antwoordde.",
    "several_choices_limit": "Meerdere keuzes per persoon (hoogstens {limit}); percentages "
    "gelden voor wie antwoordde.",
    "mean": "Gemiddelde",
    "median": "mediaan",
    "mean_median": "Gemiddelde {mean}, mediaan {median}.",
    "rank": "Rang",
    "option": "Optie",
    "count": "Aantal",
    "value": "Waarde",
    "share": "Aandeel",
    "meaning": "Betekenis",
    "scale_ends": "Schaal: {min} = {low}; {max} = {high}.",
    "mean_position": "Gem. positie",
    "mean_position_explained": "Gemiddelde positie over alle rangschikkingen; 1 is de eerste "
    "plaats.",
    "frequent_words": "Meest gebruikte woorden",
    "chart_alt": "Staafdiagram van peiling {number}: {figures}",
    "results_caption": "Resultaten van peiling {number}",
    "answers": "Antwoorden",
    "method_plenary": "Plenair",
    "method_small_groups": "Kleine groepen",
    "method_poll": "Peiling",
    "method_presentation": "Presentatie",
    "method_break": "Pauze",
    "method_other": "Overig",
    "action": "Actie",
    "owner": "Trekker",
    "due": "Uiterlijk",
    "status": "Status",
    "no_actions": "Er zijn geen actiepunten genoteerd.",
    "appendix": "Bijlage: methode en anonimiteit",
    "method_how": "De peilingen werden anoniem beantwoord op de eigen telefoons van de "
    "deelnemers, via een pagina die de laptop van de begeleiding over het netwerk van de "
    "zaal aanbood; een account, app of internetverbinding was niet nodig. Elke telefoon kon "
    "per peiling één antwoord geven (en dat wijzigen zolang de peiling openstond, waar dat "
    "mocht); een willekeurig token in een browsercookie hield de telling bij, en die tokens "
    "werden gewist toen de sessie afliep. Er werd geen naam, IP-adres of apparaat-ID bij de "
    "antwoorden opgeslagen, en niets daarvan staat in dit verslag of in de data-exports.",
    "method_results": "De resultaten bevatten alle gegeven antwoorden, behalve antwoorden op "
    "open vragen die de begeleiding tijdens de sessie heeft verborgen (bijvoorbeeld "
    "beledigingen of persoonlijke gegevens); hun aantal staat bij elke peiling vermeld. "
    "Percentages zijn berekend op het aantal mensen dat die peiling beantwoordde. "
    "Schaalpeilingen geven het gemiddelde en de mediaan; rangschikkingen geven de gemiddelde "
    "positie van elke optie.",
    "method_notes": "De notities zijn tijdens de sessie door het begeleidingsteam gemaakt en "
    "zijn samenvattingen, geen letterlijk verslag. Citaten staan er zoals ze op dat moment "
    "werden genoteerd.",
    "check_title": "Een gepubliceerde kopie controleren.",
    "check_body": "De SHA-256 van de peilingresultaten in canonieke vorm (een JSON-array met "
    "per peiling het nummer, het type, de vraag, de opties en de telling zonder woordtelling, "
    "sleutels "
    "gesorteerd, zonder spaties, UTF-8) is:",
    "check_recompute": "Wie het workshopbestand heeft, kan hem met workshop-app opnieuw "
    "berekenen (de JSON-export bevat dezelfde waarde).",
    "anonymous_short": "De peilingen waren anoniem: er werd geen naam, IP-adres of apparaat-ID "
    "bij de antwoorden opgeslagen.",
    "results_sha": "SHA-256 van de resultaten",
    "withheld": (
        "{n} antwoord; resultaten worden pas vanaf {k} antwoorden getoond "
        "(minimale groepsgrootte).",
        "{n} antwoorden; resultaten worden pas vanaf {k} antwoorden getoond "
        "(minimale groepsgrootte).",
    ),
    "fewer_than": "minder dan {k}",
    "masked": "achtergehouden",
    "median_only": "Mediaan {median}; het gemiddelde ontbreekt, omdat het een groep kleiner "
    "dan {k} zou onthullen.",
    "min_group": "Minimale groepsgrootte {k}",
    "min_group_off": "Minimale groepsgrootte uit: kleine groepen kunnen herkenbaar zijn",
    "min_group_method": "Geen resultaat toont een groep kleiner dan de minimale groepsgrootte k "
    "die hieronder "
    "per peiling staat: een peiling met minder dan k antwoorden toont alleen hoeveel er "
    "antwoordden; een optie die minder dan k mensen kozen staat als ‘minder dan k’ (waar "
    "het aantal uit het totaal af te leiden zou zijn, staat een andere optie als "
    "‘achtergehouden’); een idee die minder dan k telefoons steunden (elk idee van een "
    "muur waarop minder dan k telefoons stemden) staat als ‘minder dan k’; het gemiddelde "
    "van een schaal ontbreekt zolang een waarde is samengevoegd; open antwoorden staan in "
    "een volgorde die niets met hun aankomst te maken heeft.",
    "min_group_list": "Minimale groepsgrootte per peiling: {list}.",
    "phone_notice_intro": "Voor het eerste antwoord toonde elke telefoon de deelnemers dit:",
}

WORDS: dict[str, dict[str, Entry]] = {"en": EN, "fr": FR, "de": DE, "nl": NL, "es": ES}


@dataclass(frozen=True)
class Calendar:
    """How one language writes dates; fields: weekday, day, month, mon, mm, year."""

    weekdays: tuple[str, ...]  # Monday first, as date.weekday() counts
    months: tuple[str, ...]
    months_short: tuple[str, ...]
    long_date: str  # with the weekday: the cover
    plain_date: str  # without: the footer and the appendix
    short_date: str  # tables: due dates
    first_of_month: str = "1"  # French writes "1er mars"
    decimal_comma: bool = False
    # What goes between a number and "%": nothing in English and Dutch, a narrow no-break
    # space in French, a no-break space in German; never a breakable space.
    percent_gap: str = ""


def _names(words: str) -> tuple[str, ...]:
    return tuple(words.split())


CALENDARS: dict[str, Calendar] = {
    "en": Calendar(
        weekdays=_names("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
        months=_names(
            "January February March April May June July August September October November December"
        ),
        months_short=_names("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
        long_date="{weekday} {day} {month} {year}",
        plain_date="{day} {month} {year}",
        short_date="{day} {mon} {year}",
    ),
    "fr": Calendar(
        weekdays=_names("lundi mardi mercredi jeudi vendredi samedi dimanche"),
        months=_names(
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        ),
        months_short=_names("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
        long_date="{weekday} {day} {month} {year}",
        plain_date="{day} {month} {year}",
        short_date="{dd}/{mm}/{year}",
        first_of_month="1er",
        decimal_comma=True,
        percent_gap="\u202f",
    ),
    "de": Calendar(
        weekdays=_names("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
        months=_names(
            "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
        ),
        months_short=_names("Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
        long_date="{weekday}, {day}. {month} {year}",
        plain_date="{day}. {month} {year}",
        short_date="{dd}.{mm}.{year}",
        decimal_comma=True,
        percent_gap="\u00a0",
    ),
    "nl": Calendar(
        weekdays=_names("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
        months=_names(
            "januari februari maart april mei juni "
            "juli augustus september oktober november december"
        ),
        months_short=_names("jan feb mrt apr mei jun jul aug sep okt nov dec"),
        long_date="{weekday} {day} {month} {year}",
        plain_date="{day} {month} {year}",
        short_date="{dd}-{mm}-{year}",
        decimal_comma=True,
    ),
    "es": Calendar(
        weekdays=_names("lunes martes miércoles jueves viernes sábado domingo"),
        months=_names(
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
            "diciembre"
        ),
        months_short=_names("ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic."),
        long_date="{weekday}, {day} de {month} de {year}",
        plain_date="{day} de {month} de {year}",
        short_date="{dd}/{mm}/{year}",
        decimal_comma=True,
        # RAE: a space between the number and %, never broken at the line's end.
        percent_gap="\u00a0",
    ),
}

_NOTE_HEADINGS = {
    NoteKind.DECISION: "heading_decision",
    NoteKind.ACTION: "heading_action",
    NoteKind.NOTE: "heading_note",
    NoteKind.QUESTION: "heading_question",
    NoteKind.QUOTE: "heading_quote",
}


def language_of(tag: str | None) -> str:
    """The minutes' language for a tag like "fr", "fr-BE" or "de_AT"; English otherwise."""
    primary = primary_language(tag)
    return primary if primary in WORDS else DEFAULT_LANGUAGE


def minutes_languages(languages: list[str]) -> list[str]:
    """Those of ``languages`` the minutes can be written in (their words exist)."""
    return [lang for lang in languages if lang in WORDS]


def _plural_is_one(language: str, n: int) -> bool:
    # French counts 0 and 1 as singular ("0 réponse"); English, German and Dutch only 1.
    return n in (0, 1) if language == "fr" else n == 1


class MinutesWords:
    """The minutes' words and date formats in one language."""

    def __init__(self, language: str | None) -> None:
        self.language = language_of(language)
        self._words = WORDS[self.language]
        self._calendar = CALENDARS[self.language]

    def __call__(self, key: str, **values: object) -> str:
        entry = self._words[key]
        text = entry if isinstance(entry, str) else entry[1]
        return text.format(**values) if values else text

    def count(self, key: str, n: int, **values: object) -> str:
        """A counted phrase, singular or plural as the language wants: "1 réponse"."""
        entry = self._words[key]
        if isinstance(entry, str):
            return entry.format(n=n, **values)
        one, other = entry
        return (one if _plural_is_one(self.language, n) else other).format(n=n, **values)

    def label(self, key: str, **values: object) -> str:
        """A label with its colon: "Goal:", and in French "Objectif :" (no-break space)."""
        return self(key, **values) + ("\u00a0:" if self.language == "fr" else ":")

    def label_count(self, key: str, n: int) -> str:
        """A counted label with its colon: "Sessions:" ("Séances :")."""
        return self.count(key, n) + ("\u00a0:" if self.language == "fr" else ":")

    def capitalised(self, key: str) -> str:
        text = self(key)
        return text[:1].upper() + text[1:]

    # --- names of things --------------------------------------------------------------

    def note_heading(self, kind: NoteKind) -> str:
        return self(_NOTE_HEADINGS[kind])

    def poll_type(self, poll_type: PollType) -> str:
        return self(f"type_{poll_type.value}")

    def method(self, method: Method) -> str:
        return self(f"method_{method.value}")

    def action_status(self, status: ActionStatus, *, capital: bool = False) -> str:
        key = "status_done" if status == ActionStatus.DONE else "status_open"
        return self.capitalised(key) if capital else self(key)

    # --- dates, times and numbers ---------------------------------------------------------

    def _fields(self, day: date) -> dict[str, object]:
        cal = self._calendar
        return {
            "weekday": cal.weekdays[day.weekday()],
            "day": cal.first_of_month if day.day == 1 else str(day.day),
            "dd": f"{day.day:02d}",
            "month": cal.months[day.month - 1],
            "mon": cal.months_short[day.month - 1],
            "mm": f"{day.month:02d}",
            "year": str(day.year),
        }

    def long_date(self, day: date) -> str:
        """With the weekday: "jeudi 12 mars 2026", "Donnerstag, 12. März 2026"."""
        return self._calendar.long_date.format(**self._fields(day))

    def plain_date(self, day: date) -> str:
        """ "12 mars 2026", "12. März 2026", "12 maart 2026"."""
        return self._calendar.plain_date.format(**self._fields(day))

    def short_date(self, day: date) -> str:
        """Compact, for table cells: "12 Mar 2026", "12/03/2026", "12.03.2026"."""
        return self._calendar.short_date.format(**self._fields(day))

    @staticmethod
    def clock(value: time | datetime) -> str:
        """24-hour clock in every language."""
        return f"{value.hour:02d}:{value.minute:02d}"

    def number(self, value: float | None, decimals: int = 2) -> str:
        """A decimal number: "3.42" in English, "3,42" in French, German and Dutch."""
        if value is None:
            return "—"
        text = f"{value:.{decimals}f}"
        return text.replace(".", ",") if self._calendar.decimal_comma else text

    def short_number(self, value: float | None) -> str:
        """A number without needless decimals (a median: "4", "3.5" / "3,5")."""
        if value is None:
            return "—"
        text = f"{value:g}"
        return text.replace(".", ",") if self._calendar.decimal_comma else text

    # --- results as the minimum group size lets them be shown -----------------------------

    def shown_count(self, count: int, cell: Cell, k: int) -> str:
        """A count, or "fewer than 5" / "withheld" where it would reveal a small group."""
        if cell is Cell.FEWER:
            return self("fewer_than", k=k)
        if cell is Cell.MASKED:
            return self("masked")
        return str(count)

    def shown_percent(self, count: int, cell: Cell, whole: int) -> str:
        return self.percent(count, whole) if cell is Cell.EXACT else "–"

    def withheld(self, tally: ShownTally) -> str:
        """ "3 answers; results are shown only from 5 answers (minimum group size)." """
        return self.count("withheld", tally.responses, k=tally.min_group)

    def min_group(self, k: int) -> str:
        return self("min_group", k=k) if k > 1 else self("min_group_off")

    def percent(self, part: int, whole: int) -> str:
        """A share rounded to a whole percent, typeset as the language does: "79%",
        "79\u202f%" (French), "79\u00a0%" (German), "79%" (Dutch); "–" without a whole."""
        if not whole:
            return "–"
        return f"{round(100 * part / whole)}{self._calendar.percent_gap}%"
