# ruff: noqa: E501
"""Phrase bank of the demo: the federation's analysis grids, the views of Éducation nationale partners
and the reports of centres that reused a practice.

Data only, in French. Vocabulary values are given by their codes (``graph.vocabularies``); the
generator writes their French labels. Everything here is fictional: partners are named by their role,
never by name.
"""

from __future__ import annotations

# (id, name, target, description, criteria); a criterion is (label, scale, help).
# The first grid is the seed's: the questions of the first meeting (5 June 2018), plus the obstacles the
# federation added. Its text criteria are the headings of each practice in the booklet.
GRIDS: tuple[tuple[str, str, str, str, tuple[tuple[str, str, str], ...]], ...] = (
    ("GR-01", "Grille de capitalisation des pratiques", "pratique",
     "Issue de la première rencontre entre centres (5 juin 2018) : qu’est-ce qui favorise la rencontre, qu’est-ce qui fait que ça marche, quelles sont les ressources, les opportunités de travail, les outils ; la fédération y a ajouté les obstacles. Chaque pratique du livret est décrite selon ces rubriques.",
     (("Ce qui favorise la rencontre", "texte",
       "Qu’est-ce qui favorise la rencontre entre le centre social et l’école ? Un lieu, un moment, une personne, une occasion…"),
      ("Ce qui fait que ça marche", "texte",
       "Qu’est-ce qui fait que ça marche dans la durée ? La manière de faire, la régularité, la confiance, le partage des rôles…"),
      ("Les ressources", "texte",
       "Quelles sont les ressources : des personnes (par leur fonction), du temps, des lieux, des financements ?"),
      ("Les opportunités de travail", "texte",
       "Quelles sont les opportunités de travail : un dispositif, un projet d’école, un moment de l’année, une demande des familles ?"),
      ("Les outils", "texte",
       "Quels sont les outils : documents, fiches, grilles, supports d’animation, conventions ?"),
      ("Les obstacles", "texte",
       "Qu’est-ce qui a freiné ou empêché la coopération, et comment l’a-t-on contourné ?"))),
    ("GR-02", "Grille de lecture de la coopération", "pratique",
     "Proposée à la troisième rencontre pour situer une pratique et comparer les territoires. Chaque critère noté se lit de 1 (pas du tout) à 4 (tout à fait).",
     (("Connaissance mutuelle des équipes", "note_1_4",
       "1 : les équipes ne se connaissent pas ; 4 : chacun sait qui fait quoi et à qui s’adresser."),
      ("Régularité des échanges", "note_1_4",
       "1 : on ne se parle qu’en cas de problème ; 4 : des temps d’échange réguliers et prévus."),
      ("Place des familles", "note_1_4",
       "Les parents sont-ils associés à la conception de l’action et à son bilan ?"),
      ("Reconnaissance du centre par l’école", "note_1_4",
       "L’école cite-t-elle le centre dans ses projets, l’invite-t-elle à ses instances ?"),
      ("Engagements écrits", "oui_non",
       "Une convention, une fiche ou un compte rendu partagé formalise-t-il l’action ?"),
      ("Point de vigilance", "texte",
       "Ce qu’il faut surveiller pour que la coopération tienne."))),
    ("GR-03", "Grille d’analyse des situations de conflit", "situation",
     "Proposée pour la troisième rencontre (23 mai 2019) : comment le centre s’est positionné lorsqu’il a été sollicité de part et d’autre, et ce qu’il en est advenu. Aucun élément ne permet de reconnaître une famille.",
     (("Chaque partie a pu s’exprimer", "note_1_4",
       "1 : une seule partie a été entendue ; 4 : le parent et l’école ont chacun pu dire ce qu’ils vivaient."),
      ("Le centre est resté dans son rôle", "oui_non",
       "Le centre n’a pris la place ni de l’école ni de la famille, ni joué le messager des sanctions."),
      ("Relais vers un partenaire", "oui_non",
       "Le centre a-t-il orienté vers un partenaire (réussite éducative, service social, médiateur) ?"),
      ("Lien rétabli entre la famille et l’école", "note_1_4",
       "1 : plus aucun contact ; 4 : la famille et l’école se parlent à nouveau directement."))),
)

# What a reviewer notes for the « Point de vigilance » criterion of the second grid.
VIGILANCE: tuple[str, ...] = (
    "Tout repose sur une seule personne de chaque côté : prévoir un relais en cas de départ.",
    "Garder un temps de bilan avec l’école chaque trimestre, même court.",
    "Ne pas laisser l’action devenir un service rendu à l’école : les familles doivent y trouver leur compte.",
    "Vérifier que les informations partagées sur les enfants l’ont été avec l’accord des parents.",
    "Renouveler l’invitation aux nouveaux enseignants à chaque rentrée.",
    "Le financement est annuel : anticiper le dossier pour ne pas interrompre l’action.",
    "Penser aux familles qui ne lisent pas le français : affiches et messages traduits.",
    "Associer les pères, peu présents jusqu’ici.",
)

# Partners' views gathered by the centres between the meetings: (role, what favours the relationship, themes).
VIEWS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("direction_ecole", "Savoir qui appeler au centre : un nom de fonction, un numéro, et quelqu’un qui rappelle dans la semaine.", ("communication", "connaissance_mutuelle")),
    ("direction_ecole", "Que le centre vienne présenter ses activités à la réunion de pré-rentrée, devant toute l’équipe : les enseignants savent alors vers qui orienter les familles.", ("connaissance_mutuelle",)),
    ("direction_ecole", "Un bilan commun en fin d’année, même d’une heure, avec ce qui a marché et ce qu’on change.", ("communication",)),
    ("direction_ecole", "Le centre connaît les familles autrement que nous : quand il nous aide à comprendre une situation sans trahir la famille, la relation change.", ("lien_familles_ecole", "conflits")),
    ("enseignant", "Une fiche de liaison courte avec le CLAS : je sais ce qui est travaillé le soir, l’animateur sait ce qui bloque en classe.", ("accompagnement_scolaire", "communication")),
    ("enseignant", "Que l’aide aux devoirs ne refasse pas la leçon autrement : se mettre d’accord sur les méthodes au début de l’année.", ("accompagnement_scolaire",)),
    ("enseignant", "Voir l’animatrice à la sortie de l’école : on se parle deux minutes, c’est souvent suffisant.", ("communication", "connaissance_mutuelle")),
    ("enseignant", "Quand les parents viennent au café des parents, ils osent ensuite venir me voir en classe.", ("parentalite", "lien_familles_ecole")),
    ("principal", "Une convention signée qui dit qui fait quoi : elle survit aux changements d’équipe, de part et d’autre.", ("communication",)),
    ("principal", "Que le centre social soit invité au comité d’éducation à la santé et à la citoyenneté : il y apporte le regard du quartier.", ("citoyennete", "sante")),
    ("principal", "Pendant une exclusion temporaire, un accueil au centre plutôt que la rue : à condition d’en parler avant, pas dans l’urgence.", ("decrochage", "conflits")),
    ("cpe", "Un interlocuteur stable au centre : les élèves qui décrochent le connaissent déjà, et nous aussi.", ("decrochage", "connaissance_mutuelle")),
    ("cpe", "Préparer ensemble les rencontres difficiles avec une famille, pour que chacun reste dans son rôle.", ("conflits", "lien_familles_ecole")),
    ("cpe", "Accompagner les parents sur Pronote : beaucoup ne savent pas que l’absence de leur enfant y est signalée le jour même.", ("numerique", "lien_familles_ecole")),
    ("coordination_rep", "Les temps de formation communs du réseau : enseignants et animateurs découvrent qu’ils parlent des mêmes enfants.", ("connaissance_mutuelle", "accompagnement_scolaire")),
    ("coordination_rep", "Inscrire l’action du centre dans le projet de réseau : elle devient légitime aux yeux de toutes les écoles du secteur.", ("communication",)),
    ("coordination_rep", "La semaine de la parentalité du réseau, préparée avec les centres : un calendrier commun, des lieux partagés.", ("parentalite",)),
    ("ien", "Que les projets communs soient écrits dans le projet d’école : ils tiennent alors au-delà d’un changement de direction.", ("communication",)),
    ("ien", "Le centre social est un lieu tiers : les familles y disent ce qu’elles n’osent pas dire à l’école. Il faut le reconnaître sans lui demander de rapporter.", ("lien_familles_ecole", "conflits")),
    ("sante_sociale", "Pouvoir orienter une famille vers le centre pour les ateliers de français : le rendez-vous suivant à l’école se passe mieux.", ("parents_allophones",)),
    ("sante_sociale", "Des permanences du centre à des heures où les parents sont disponibles, pas seulement pendant le temps scolaire.", ("lien_familles_ecole", "parentalite")),
    ("pre", "Des réunions de suivi à trois, famille, école et centre, dans un lieu neutre : chacun y parle à égalité.", ("lien_familles_ecole", "conflits")),
    ("pre", "Un partage d’informations toujours avec l’accord écrit des parents : la confiance des familles en dépend.", ("communication", "conflits")),
    ("enseignant", "La visite de l’école par les parents nouvellement arrivés, avec un interprète du centre : ils comprennent enfin comment fonctionne la classe.", ("parents_allophones", "lien_familles_ecole")),
    ("direction_ecole", "Une salle prêtée régulièrement au centre dans l’école : les parents y viennent plus facilement qu’au bureau de la direction.", ("lien_familles_ecole", "parentalite")),
)

# Reports of centres that reused a practice: what they adapted, what they retain (by outcome).
ADAPTATIONS: tuple[str, ...] = (
    "Nous avons commencé avec une seule classe avant d’élargir à toute l’école au trimestre suivant.",
    "Le créneau a été déplacé en fin d’après-midi pour les parents qui travaillent le matin.",
    "Nous avons traduit les supports en trois langues avec l’aide des ateliers sociolinguistiques.",
    "Sans salle dans l’école, l’action se tient au centre, à deux rues : l’école envoie l’invitation.",
    "La fiche de liaison a été raccourcie à quelques lignes, à la demande des enseignants.",
    "Nous avons associé le coordonnateur du réseau dès le départ, ce qui a ouvert les portes du collège.",
    "Un bénévole du centre tient le rôle que l’animatrice tenait dans la pratique d’origine.",
)
LESSONS: dict[str, tuple[str, ...]] = {
    "a_marche": (
        "Ce qui a tout changé : présenter l’action à l’équipe enseignante avant de la proposer aux familles.",
        "La régularité a payé : au bout de trois mois, les parents venaient sans invitation.",
        "Le contact avec le centre qui l’avait présentée en rencontre nous a évité bien des erreurs.",
    ),
    "en_partie": (
        "L’action a pris avec les familles, moins avec l’école : il nous manque un binôme enseignant.",
        "Bon démarrage, puis un essoufflement après le changement de direction de l’école.",
    ),
    "n_a_pas_marche": (
        "Nous n’avions pas de partenariat assez solide avec l’école pour porter l’action : à retenter plus tard.",
    ),
    "en_cours": (
        "Trop tôt pour conclure ; les premiers retours des familles sont encourageants.",
    ),
}
