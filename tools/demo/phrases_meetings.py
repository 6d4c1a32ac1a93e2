# ruff: noqa: E501
"""Phrase bank of the demo: the federation's meetings, the questions raised and the shared tools.

Data only, in French. Vocabulary values are given by their codes (``graph.vocabularies``); the
generator writes their French labels. Everything here is fictional: no person, no real school,
no real centre.
"""

from __future__ import annotations

# (text, themes, meeting or None, families whose practices answer it, asked by a centre?)
QUESTIONS: tuple[tuple[str, tuple[str, ...], str | None, tuple[str, ...], bool], ...] = (
    ("Comment le centre social se positionne-t-il lorsqu’il est sollicité de part et d’autre autour d’un conflit entre un (ou des) parent(s) et l’école ?",
     ("conflits", "communication"), "R3", ("mediation",), False),
    ("Comment associer les enseignants au CLAS sans alourdir leur charge de travail ?",
     ("accompagnement_scolaire", "communication"), "R1", ("fiche_liaison", "clas_sortie", "formation_croisee"), True),
    ("Comment faire connaître le centre social à des équipes enseignantes qui changent souvent ?",
     ("connaissance_mutuelle",), "R1", ("reunion_rentree", "forum_assos", "formation_croisee"), True),
    ("Comment accueillir les parents qui ne parlent pas ou peu le français lors des rendez-vous avec l’école ?",
     ("parents_allophones", "lien_familles_ecole"), "R2", ("asl_parents", "visite_ecole"), True),
    ("Comment garder le lien avec l’école quand la direction change ?",
     ("communication", "connaissance_mutuelle"), "R2", ("conseil_ecole", "convention_clas_college"), True),
    ("Quelle place pour le centre social dans les instances de l’école (conseil d’école, PRE, CESC) ?",
     ("communication", "citoyennete"), "R2", ("conseil_ecole", "pre_copil"), True),
    ("Comment toucher les parents de collégiens, qui viennent beaucoup moins qu’en primaire ?",
     ("lien_familles_ecole", "parentalite"), "R3", ("referent_college", "ent_pronote", "sixieme"), True),
    ("Comment accompagner une famille au moment d’une exclusion temporaire du collège ?",
     ("decrochage", "conflits"), "R3", ("exclusion_accueil",), True),
    ("Comment évaluer une action commune avec l’école et montrer ce qu’elle change pour les familles ?",
     ("communication",), "R3", (), True),
    ("Comment partager des informations sur un enfant avec l’école sans trahir la confiance de sa famille ?",
     ("communication", "conflits"), "R3", (), True),
    ("Comment aider les parents à utiliser l’ENT et Pronote ?",
     ("numerique", "lien_familles_ecole"), None, ("ent_pronote",), True),
    ("Comment impliquer davantage les pères dans les actions menées avec l’école ?",
     ("parentalite",), None, (), True),
    ("Comment préparer avec les familles le passage de l’école élémentaire au collège ?",
     ("decrochage", "lien_familles_ecole"), None, ("sixieme",), True),
    ("Comment obtenir une salle dans l’école pour tenir une permanence régulière ?",
     ("lien_familles_ecole", "communication"), None, ("cafe_parents", "asl_parents", "referent_college"), True),
)

# (name, kind, description, families it supports, supports the practices presented at these meetings)
TOOLS: tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Grille de capitalisation de la fédération", "grille",
     "Grille issue de la première rencontre : ce qui favorise la rencontre entre le centre et l’école, ce qui fait que ça marche, les ressources, les opportunités de travail, les outils ; la fédération y a ajouté les obstacles. Elle structure la description de chaque pratique et le livret.",
     (), ("R2", "R3")),
    ("Document de capitalisation des pratiques", "document",
     "Formalisé par la fédération après la première rencontre à partir des pratiques présentées et des points de vue recueillis auprès des partenaires de l’Éducation nationale, relu de façon critique à la deuxième ; en cours de simplification pour le rendre simple à lire et à utiliser.",
     (), ("R1",)),
    ("Convention type centre social – établissement scolaire", "charte",
     "Modèle de convention : objet du partenariat, engagements de chacun, interlocuteurs (par fonction), partage d’informations avec l’accord des familles, calendrier des bilans.",
     ("convention_clas_college", "exclusion_accueil", "clas_sortie"), ()),
    ("Fiche de liaison CLAS – enseignants", "document",
     "Une demi-page par enfant et par période : ce qui est travaillé en classe, ce qui est fait au CLAS, ce que chacun a observé. Signée par les parents.",
     ("fiche_liaison", "convention_clas_college"), ()),
    ("Grille d’analyse des situations de conflit parents–école", "grille",
     "Proposée pour la troisième rencontre : qui a sollicité le centre, nature du conflit, posture choisie, actions menées, issue, enseignements. Sans aucun élément permettant de reconnaître une famille.",
     ("mediation",), ()),
    ("Livret d’accueil des parents nouvellement arrivés", "support",
     "Livret illustré et traduit qui présente l’école, ses lieux, ses personnes (par fonction), son calendrier et ses mots clés.",
     ("visite_ecole", "asl_parents", "rentree_maternelle"), ()),
    ("Kit « café des parents »", "support",
     "Affiche plurilingue, idées de thèmes, règles de fonctionnement et tableau de suivi de la fréquentation, pour lancer un café des parents avec une école.",
     ("cafe_parents", "petits_dejeuners"), ()),
)

# The federation's meetings; ``month`` is (year, month), for the generator's calendar.
MEETINGS: tuple[dict, ...] = (
    dict(id="R1", date="5 juin 2018", month=(2018, 6), heure_debut="", heure_fin="", lieu="", adresse="", commune="",
         theme="Capitaliser les démarches réussies : ce qui favorise la rencontre, ce qui fait que ça marche, les ressources, les opportunités de travail, les outils."),
    dict(id="R2", date="19/02/2019", month=(2019, 2), heure_debut="", heure_fin="", lieu="", adresse="", commune="",
         theme="Compléter et développer les productions de la première rencontre, envisager de nouvelles pistes ; retour critique et complément du document de capitalisation."),
    dict(id="R3", date="23 mai 2019", month=(2019, 5), heure_debut="9h00", heure_fin="12h30", lieu="Maison Pour Tous",
         adresse="8, place de la Commune de Paris", commune="95018",
         theme="Des questions et des pratiques nouvelles présentées au regard d’outils et de grilles d’analyse ; comment le centre social se positionne lorsqu’il est sollicité de part et d’autre autour d’un conflit entre un (ou des) parent(s) et l’école."),
)
