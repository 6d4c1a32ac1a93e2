"""Phrase bank of the national generator, in French: meeting themes and the pieces of questions.

Data only. Everything here is fictional. The demo's banks (``tools.demo.phrases_*``) hold the
practices, the conflict cases and the shared tools; this one adds what a national dataset needs
in many variants: the themes of the départemental meetings, and questions built from a stem, an
aim (by theme) and a context.
"""

from __future__ import annotations

MEETING_THEMES: tuple[str, ...] = (
    "Capitaliser les démarches réussies : ce qui favorise la rencontre, ce qui fait que ça marche, les ressources, les opportunités de travail, les outils.",
    "Compléter et développer les productions de la rencontre précédente ; retour critique sur le document de capitalisation.",
    "Des questions et des pratiques nouvelles présentées au regard des grilles d’analyse de la fédération.",
    "Comment le centre social se positionne lorsqu’il est sollicité de part et d’autre autour d’un conflit entre un (ou des) parent(s) et l’école.",
    "Accueillir les nouveaux centres du réseau : présentation de la démarche de capitalisation et des outils partagés.",
    "Préparer la rencontre élargie aux partenaires de l’Éducation nationale : quelles pratiques présenter, comment.",
    "Le lien avec les collèges : ce qui marche pour toucher les parents de collégiens.",
    "Le CLAS et l’école : articuler l’accompagnement à la scolarité avec le travail de la classe.",
    "L’accueil des parents non francophones à l’école : pratiques, outils, partenaires.",
    "Relire le livret de capitalisation : le rendre simple à lire et à utiliser.",
    "Le numérique à l’école et les familles : ENT, Pronote, démarches en ligne.",
    "Prévenir le décrochage : ce que les centres font avec les établissements.",
)
MEETING_HOURS: tuple[tuple[str, str], ...] = (
    ("9h00", "12h30"), ("9h30", "12h00"), ("14h00", "17h00"), ("13h30", "16h30"), ("", ""),
)
MEETING_PLACES: tuple[str, ...] = ("Maison pour tous fictive", "Salle polyvalente fictive", "Maison des associations fictive")

QUESTION_STEMS: tuple[str, ...] = (
    "Comment {aim} {context} ?",
    "Quelles pistes pour {aim} {context} ?",
    "Avec quels outils {aim} {context} ?",
    "Qui, dans le réseau, a réussi à {aim} {context} ?",
    "Par où commencer pour {aim} {context} ?",
)
# Theme (vocabulary code) → aims, as infinitive phrases.
QUESTION_AIMS: dict[str, tuple[str, ...]] = {
    "accompagnement_scolaire": ("associer les enseignants au CLAS sans alourdir leur charge", "faire le lien entre ce qui est fait au CLAS et ce qui est fait en classe"),
    "parentalite": ("impliquer davantage les pères dans les actions menées avec l’école", "proposer des temps entre parents qui ne ressemblent pas à des cours"),
    "lien_familles_ecole": ("faire venir à l’école les parents qui n’y viennent jamais", "aider les parents à comprendre ce que l’école attend d’eux"),
    "periscolaire": ("articuler l’accueil de loisirs avec les horaires de l’école", "partager les informations sur les enfants entre le périscolaire et l’école"),
    "parents_allophones": ("accueillir les parents qui parlent peu le français lors des rendez-vous avec l’école", "trouver des interprètes pour les réunions de parents"),
    "numerique": ("aider les parents à utiliser l’ENT et Pronote", "accompagner les familles sans ordinateur dans les démarches scolaires en ligne"),
    "sante": ("relayer les actions de santé de l’école auprès des familles", "travailler avec l’infirmerie scolaire sans se substituer à elle"),
    "culture": ("monter un projet culturel commun avec une école", "ouvrir les sorties culturelles de l’école aux parents"),
    "decrochage": ("accompagner une famille au moment d’une exclusion temporaire", "repérer tôt, avec le collège, les élèves qui décrochent"),
    "citoyennete": ("faire vivre les instances de l’école avec les parents", "associer les jeunes à un projet citoyen avec leur collège"),
    "conflits": ("se positionner quand un parent et l’école sollicitent tous deux le centre", "garder la confiance des familles quand l’école demande de « faire passer un message »"),
    "communication": ("garder le lien avec l’école quand la direction change", "partager des informations sur un enfant sans trahir la confiance de sa famille"),
    "connaissance_mutuelle": ("faire connaître le centre à des équipes enseignantes qui changent souvent", "se faire inviter aux réunions de rentrée des écoles"),
}
QUESTION_CONTEXTS: tuple[str, ...] = (
    "quand l’équipe enseignante change chaque année",
    "dans une commune rurale où les familles habitent loin de l’école",
    "dans un réseau REP+ où beaucoup d’acteurs interviennent déjà",
    "avec un collège éloigné du quartier",
    "quand le centre n’a qu’une seule salariée",
    "sans convention signée avec l’école",
    "quand l’école ne répond plus à nos sollicitations",
    "avec des familles arrivées depuis peu en France",
    "en début d’année scolaire",
    "quand la mairie gère aussi le périscolaire",
    "avec des moyens qui baissent d’une année sur l’autre",
    "sans mettre l’école en difficulté",
)
TOOL_ADAPTATION = "{name} — version adaptée par la fédération ({departement})"
TOOL_ADAPTATION_NOTE = " Adaptée par la fédération départementale à partir de l’outil partagé du réseau, avec les centres qui l’utilisent."
