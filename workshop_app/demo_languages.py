"""The demo's plan text in French and Dutch beside English, and Arabic for some polls: a
Brussels evening where residents do not share one language."""

from __future__ import annotations

from workshop_app.domain.polls import Poll
from workshop_app.domain.translations import ItemText, PollText
from workshop_app.store.workshop_file import WorkshopFile

DEMO_LANGUAGES = ["fr", "nl", "ar"]

# English item title → {language: (title, goal)}
_ITEMS: dict[str, dict[str, tuple[str, str]]] = {
    "Welcome and ground rules": {
        "fr": (
            "Accueil et règles du jeu",
            "Installer un climat sûr et respectueux ; expliquer l'anonymat des sondages.",
        ),
        "nl": (
            "Welkom en spelregels",
            "Een veilige, respectvolle toon zetten; de anonimiteit van de peilingen uitleggen.",
        ),
        "ar": ("الترحيب وقواعد النقاش", ""),
    },
    "Warm-up: how safe do you feel?": {
        "fr": (
            "Mise en route : vous sentez-vous en sécurité ?",
            "Avoir une première image de la salle.",
        ),
        "nl": ("Opwarming: hoe veilig voelt u zich?", "Een eerste beeld van de zaal krijgen."),
        "ar": ("تمهيد: ما مدى شعورك بالأمان؟", ""),
    },
    "Community policing: what works here?": {
        "fr": (
            "Police de proximité : qu'est-ce qui marche ici ?",
            "Recueillir les expériences avec les agents de quartier.",
        ),
        "nl": ("Buurtpolitie: wat werkt hier?", "Ervaringen met wijkagenten verzamelen."),
    },
    "Break": {"fr": ("Pause", ""), "nl": ("Pauze", ""), "ar": ("استراحة", "")},
    "Technology and privacy: cameras, apps and data": {
        "fr": (
            "Technologie et vie privée : caméras, applis et données",
            "Peser les bénéfices de la technologie face à la vie privée.",
        ),
        "nl": (
            "Technologie en privacy: camera's, apps en data",
            "De veiligheidswinst van technologie afwegen tegen privacy.",
        ),
    },
    "Root causes of crime": {
        "fr": (
            "Les causes profondes de la délinquance",
            "Regarder au-delà de la répression : logement, jeunesse, emploi, addictions.",
        ),
        "nl": (
            "De diepere oorzaken van criminaliteit",
            "Verder kijken dan handhaving: wonen, jongeren, werk, verslaving.",
        ),
    },
    "Priorities and next steps": {
        "fr": (
            "Priorités et prochaines étapes",
            "S'accorder sur trois actions avec responsables et dates.",
        ),
        "nl": ("Prioriteiten en volgende stappen", "Drie acties afspreken met trekkers en data."),
    },
}

# English question → {language: (question, options, low end label, high end label)}
_POLLS: dict[str, dict[str, tuple[str, list[str], str, str]]] = {
    "How do you take part today?": {
        "fr": (
            "À quel titre participez-vous aujourd'hui ?",
            [
                "Habitant·e",
                "Je travaille dans le quartier",
                "Police",
                "Ville ou service public",
                "Autre",
            ],
            "",
            "",
        ),
        "nl": (
            "In welke hoedanigheid neemt u vandaag deel?",
            ["Bewoner", "Werkt in de buurt", "Politie", "Stad of openbare dienst", "Andere"],
            "",
            "",
        ),
        "ar": (
            "بأي صفة تشارك اليوم؟",
            ["من سكان الحي", "أعمل في الحي", "الشرطة", "المدينة أو مرفق عام", "غير ذلك"],
            "",
            "",
        ),
    },
    "How safe do you feel in the neighbourhood after dark?": {
        "fr": (
            "Vous sentez-vous en sécurité dans le quartier le soir ?",
            [],
            "Pas du tout en sécurité",
            "Tout à fait en sécurité",
        ),
        "nl": (
            "Hoe veilig voelt u zich 's avonds in de buurt?",
            [],
            "Helemaal niet veilig",
            "Volkomen veilig",
        ),
        "ar": ("ما مدى شعورك بالأمان في الحي بعد حلول الظلام؟", [], "غير آمن إطلاقاً", "آمن تماماً"),
    },
    "In one word: what makes a street feel safe to you?": {
        "fr": ("En un mot : qu'est-ce qui rend une rue sûre pour vous ?", [], "", ""),
        "nl": ("In één woord: waardoor voelt een straat voor u veilig?", [], "", ""),
        "ar": ("بكلمة واحدة: ما الذي يجعلك تشعر بالأمان في الشارع؟", [], "", ""),
    },
    "Which would most improve contact with the police?": {
        "fr": (
            "Qu'est-ce qui améliorerait le plus le contact avec la police ?",
            [
                "Un agent de quartier connu",
                "Des réunions ouvertes régulières",
                "Des patrouilles à pied",
                "Un canal de signalement en ligne",
                "Un travail de rue auprès des jeunes",
            ],
            "",
            "",
        ),
        "nl": (
            "Wat zou het contact met de politie het meest verbeteren?",
            [
                "Een bekende wijkagent",
                "Geregelde open bijeenkomsten",
                "Voetpatrouilles",
                "Een online meldkanaal",
                "Jongerenwerk op straat",
            ],
            "",
            "",
        ),
    },
    "Street cameras in the square: from strongly against (0) to strongly for (10)": {
        "fr": (
            "Des caméras sur la place : de très opposé (0) à très favorable (10)",
            [],
            "Très opposé",
            "Très favorable",
        ),
        "nl": (
            "Camera's op het plein: van sterk tegen (0) tot sterk voor (10)",
            [],
            "Sterk tegen",
            "Sterk voor",
        ),
    },
    "Rank what the city should invest in first": {
        "fr": (
            "Classez ce dans quoi la ville devrait investir en premier",
            [
                "Maisons de jeunes et sport",
                "Éclairage public",
                "Aide aux personnes dépendantes",
                "Logement abordable",
                "Emploi et formation",
            ],
            "",
            "",
        ),
        "nl": (
            "Rangschik waarin de stad eerst moet investeren",
            [
                "Jeugdhuizen en sport",
                "Straatverlichting",
                "Verslavingszorg",
                "Betaalbaar wonen",
                "Werk en opleiding",
            ],
            "",
            "",
        ),
    },
}


def translate_demo(file: WorkshopFile) -> None:
    """Give the demo's workshop its further languages and its plan text in them."""
    workshop = file.load_workshop()
    workshop.languages = list(DEMO_LANGUAGES)
    file.save_workshop(workshop)
    for item in file.items():
        for lang, (title, goal) in _ITEMS.get(item.title, {}).items():
            item.translations[lang] = ItemText(title, goal)
        file.update_item(item)
        assert item.id is not None
        for poll in file.polls(item.id):
            for lang, (question, options, low, high) in _POLLS.get(poll.question, {}).items():
                poll.translations[lang] = PollText(question, options, low, high)
            file.update_poll(poll)


# The ideas round is added after the plan (its dot vote lists the wall's top ideas), so
# its words are here: the wall's question, and each idea as the dot vote offers it.
_WALL_QUESTION = {
    "fr": "Quel changement rendrait nos rues plus sûres ?",
    "nl": "Welke verandering zou onze straten veiliger maken?",
}
_PRIORITISE = {"fr": "Prioriser : {}", "nl": "Prioriteren: {}"}
_IDEA_TEXTS: dict[str, dict[str, str]] = {
    "Better lighting on Rue de la Victoire": {
        "fr": "Un meilleur éclairage rue de la Victoire",
        "nl": "Betere verlichting in de Overwinningsstraat",
    },
    "A night bus that stops closer to the flats": {
        "fr": "Un bus de nuit qui s'arrête plus près des immeubles",
        "nl": "Een nachtbus die dichter bij de flats stopt",
    },
    "Open the community centre on Friday evenings": {
        "fr": "Ouvrir la maison de quartier le vendredi soir",
        "nl": "Het buurthuis op vrijdagavond openen",
    },
    "Who decides where the cameras go?": {
        "fr": "Qui décide où vont les caméras ?",
        "nl": "Wie beslist waar de camera's komen?",
    },
    "Fix the broken pavement on Avenue du Parc": {
        "fr": "Réparer le trottoir abîmé avenue du Parc",
        "nl": "Het kapotte voetpad in de Parklaan herstellen",
    },
}


def translate_idea_round(file: WorkshopFile, wall: Poll, dots: Poll) -> None:
    """French and Dutch for the ideas round: the wall's question, the dot vote's ideas."""
    for lang, question in _WALL_QUESTION.items():
        wall.translations[lang] = PollText(question, [], "", "")
        options = [_IDEA_TEXTS.get(o, {}).get(lang, o) for o in dots.options]
        dots.translations[lang] = PollText(_PRIORITISE[lang].format(question), options, "", "")
    file.update_poll(wall)
    file.update_poll(dots)
