# ruff: noqa: E501
"""Phrase bank of the demo: the sentences a practice gets from its configuration and its outcome.

Data only, in French. Vocabulary values are given by their codes (``graph.vocabularies``); the
generator writes their French labels. Everything here is fictional: no person, no real school,
no real centre.
"""

from __future__ import annotations

# Sentences that depend on the configuration, added to the grid of each practice.
QUALITY_FAVORISE: dict[str, tuple[str, ...]] = {
    "exemplaire": ("Des années de travail en commun : la direction et l’équipe du centre se connaissent bien et s’appellent sans formalité.",
                   "Une relation de confiance installée de longue date, entretenue par des bilans réguliers."),
    "solide": ("Un partenariat déjà bien installé, avec des interlocuteurs identifiés de part et d’autre.",
               "L’école connaît l’équipe du centre grâce aux actions menées les années précédentes."),
    "a_construire": ("Le premier contact a été facilité par la coordination du réseau, qui a présenté le centre à l’équipe.",
                     "Une enseignante nouvellement arrivée, curieuse de connaître le quartier, a ouvert la porte."),
    "fragile": ("La rencontre repose encore sur une seule enseignante convaincue.",
                "Un contact récent avec l’école, noué à l’occasion d’une réunion de quartier."),
}
FREQUENCY_FAIT_MARCHER: dict[str, tuple[str, ...]] = {
    "hebdomadaire": ("Un rendez-vous chaque semaine, même jour et même heure, que les familles ont fini par connaître.",
                     "La régularité hebdomadaire : on ne s’arrête pas pendant les périodes difficiles."),
    "continue": ("Une présence quasi quotidienne, qui fait du centre un interlocuteur naturel de l’école.",),
    "mensuelle": ("Un rythme mensuel, annoncé longtemps à l’avance dans le cahier de liaison.",),
    "trimestrielle": ("Un temps fort chaque trimestre, bien préparé en amont avec l’équipe enseignante.",),
    "ponctuelle": ("Une action ponctuelle mais soigneusement préparée, avec une date fixée dès la rentrée.",),
}
PRIORITY_OPPORTUNITES: dict[str, tuple[str, ...]] = {
    "rep_plus": ("Les temps de concertation libérés en REP+ ont permis de préparer l’action avec les enseignants.",
                 "La coordination du réseau REP+ a inscrit l’action dans le projet de réseau."),
    "rep": ("Le projet de réseau REP fait du lien avec les familles une priorité.",
            "La coordination REP a relayé l’action auprès des écoles du secteur."),
    "hors_ep": ("Hors éducation prioritaire, l’action a trouvé un appui dans le projet d’école.",
                "Un appel à projets du REAAP a permis de lancer l’action."),
}
EVS_RESSOURCES: tuple[str, ...] = (
    "Un espace de vie sociale avec une seule salariée : l’action repose beaucoup sur les bénévoles.",
    "Des moyens limités : une coordinatrice à mi-temps et une petite équipe de bénévoles.",
)
PRESENTED_OUTILS = "La grille de capitalisation de la fédération, utilisée pour faire le bilan avant la rencontre."

# Causes written into « obstacles » when a practice worked only in part or did not work.
CAUSES: dict[str, tuple[str, ...]] = {
    "level_college": ("Au collège, les parents se déplacent beaucoup moins qu’en primaire : la formule n’a pas été adaptée à cet âge.",),
    "level_maternelle": ("En maternelle, la formule s’est révélée mal adaptée : les familles de tout-petits ont d’autres attentes.",),
    "level_lycee": ("Au lycée, les parents sont peu présents et les jeunes ne souhaitent pas toujours les voir impliqués.",),
    "fragile": ("Le partenariat est resté fragile : l’enseignante relais est partie en cours d’année, sans passation.",
                "Sans interlocuteur stable à l’école, les informations ne circulaient pas et les familles n’étaient pas prévenues."),
    "a_construire": ("Les rôles de chacun n’avaient pas été clarifiés au départ, ce qui a créé des malentendus.",
                     "Le partenariat était encore à construire : l’école voyait mal ce que le centre pouvait apporter."),
    "irregular": ("Faute de régularité, les familles ne savaient jamais quand l’action avait lieu.",
                  "Des séances trop espacées pour installer une habitude chez les parents."),
    "evs": ("Avec une seule salariée, l’espace de vie sociale a eu du mal à tenir le rythme.",),
    "partial": ("La participation a baissé au printemps, avec les sorties et les examens.",
                "Les familles les plus éloignées de l’école n’ont pas été touchées."),
    "failed": ("Le changement de direction de l’école à la rentrée a interrompu l’action.",
               "Les horaires proposés ne convenaient pas aux parents qui travaillent."),
}
PREUVES: dict[str, tuple[str, ...]] = {
    "en_partie": ("Jusqu’à {x} {unit} la première année, puis une participation qui s’essouffle au fil des mois ; l’école souhaite continuer sous une autre forme.",
                  "Bon accueil de l’équipe enseignante, mais seulement {x} {unit} de façon régulière ; bilan mitigé partagé avec la direction.",
                  "Des effets réels avec une classe sur deux ({x} {unit} au total) ; le bilan écrit note des résultats limités."),
    "n_a_pas_marche": ("Une participation très faible, {x} {unit} en moyenne ; action arrêtée d’un commun accord.",
                       "Aucune inscription nouvelle liée à l’action ; bilan fait avec l’école, qui n’a pas souhaité poursuivre.",
                       "Jamais plus de {x} {unit} à la fois malgré les relances ; l’action n’a pas été reconduite."),
    "en_cours": ("Premier bilan prévu en fin d’année scolaire avec l’équipe enseignante ; {x} {unit} à ce jour.",
                 "Action lancée à la rentrée : premiers retours encourageants des enseignants, mais il est trop tôt pour conclure."),
}
REUSED = "Pratique inspirée de celle d’un autre centre, présentée lors d’une rencontre de la fédération, et adaptée au quartier."
SEVERAL_SCHOOLS = {2: "Menée avec deux établissements du secteur.", 3: "Menée avec trois établissements du secteur."}
