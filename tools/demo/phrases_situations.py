# ruff: noqa: E501
"""Phrase bank of the demo: the conflict cases between parents and schools (situations).

Data only, in French. Vocabulary values are given by their codes (``graph.vocabularies``); the
generator writes their French labels. Everything here is fictional: no person, no real school,
no real centre.

Narratives are pseudonymised: no names, no class, no exact date, no address.
"""

from __future__ import annotations

CHILD: dict[str, tuple[str, ...]] = {
    "maternelle": ("d’un enfant de maternelle", "d’une petite fille scolarisée en maternelle"),
    "elementaire": ("d’un élève d’élémentaire", "d’une élève d’école élémentaire"),
    "primaire": ("d’un élève d’école primaire", "d’une écolière"),
    "college": ("d’un collégien", "d’une collégienne"),
    "lycee": ("d’un lycéen", "d’une lycéenne"),
    "lycee_pro": ("d’un élève de lycée professionnel", "d’une élève de lycée professionnel"),
}
ACTORS: tuple[tuple[str, str], ...] = (  # {child} is filled from CHILD
    ("Une mère {child}", "est venue"), ("Un père {child}", "est venu"), ("Les parents {child}", "sont venus"),
    ("Une grand-mère {child}", "est venue"), ("Une mère {child}, qui parle peu le français,", "est venue"),
)
STAFF_PRIMARY = ("la référente familles", "l’animatrice CLAS", "la directrice du centre")
STAFF_SECONDARY = ("la référente familles", "l’animateur du secteur jeunes", "la directrice du centre")
SCHOOL_ACTOR = {"primary": ("La directrice de l’école", "Une enseignante de l’école"),
                "secondary": ("Le CPE de l’établissement", "La direction de l’établissement")}
NATURE_CAUSE: dict[str, tuple[str, ...]] = {
    "sanction": ("après une exclusion de cantine jugée injuste", "après une exclusion temporaire que la famille ne comprenait pas",
                 "après une série de punitions dont la famille contestait le motif"),
    "harcelement": ("en expliquant que l’enfant subissait des moqueries répétées et ne voulait plus aller en classe",
                    "parce que l’enfant était mis à l’écart et insulté par d’autres élèves"),
    "orientation": ("en désaccord avec l’orientation proposée par l’établissement",
                    "sans comprendre pourquoi l’établissement proposait une voie professionnelle"),
    "absenteisme": ("après un courrier de l’établissement au sujet des absences de l’enfant",
                    "après un signalement pour absences répétées, vécu comme une menace"),
    "rupture_communication": ("en disant ne plus réussir à échanger avec l’enseignant",
                              "après une réunion qui s’était très mal passée avec l’équipe enseignante"),
    "comportement": ("après plusieurs mots dans le cahier de liaison sur le comportement de l’enfant en classe",
                     "après de nombreuses convocations au sujet du comportement de l’enfant"),
    "autre": ("au sujet d’un désaccord sur une sortie scolaire avec nuitée",
              "au sujet d’un conflit autour de la tenue exigée pour le sport"),
}
NATURE_SCHOOL_VIEW: dict[str, str] = {
    "sanction": "au sujet d’une famille qui contestait vivement une sanction",
    "harcelement": "au sujet d’une situation de harcèlement dans laquelle la famille reprochait à l’établissement de ne rien faire",
    "orientation": "au sujet d’une famille en désaccord avec l’orientation proposée",
    "absenteisme": "au sujet d’un enfant très souvent absent dont la famille ne répondait plus aux courriers",
    "rupture_communication": "au sujet d’une famille qui ne venait plus à aucun rendez-vous",
    "comportement": "au sujet d’un enfant au comportement difficile dont les parents refusaient de venir",
    "autre": "au sujet d’un désaccord avec une famille sur une sortie scolaire",
}
NATURE_CONTEXT: dict[str, str] = {
    "sanction": "La famille se sentait jugée et ne voulait plus entendre parler de l’établissement.",
    "harcelement": "L’enfant ne voulait plus aller à l’école et la famille estimait que rien n’était fait.",
    "orientation": "La famille avait le sentiment de ne pas avoir été écoutée pendant la procédure.",
    "absenteisme": "Derrière les absences, la famille traversait une période difficile qu’elle n’avait pas su expliquer.",
    "rupture_communication": "Les messages écrits se multipliaient des deux côtés, chacun se sentant incompris.",
    "comportement": "Chacun renvoyait à l’autre la responsabilité des difficultés de l’enfant.",
    "autre": "Le désaccord, au départ mineur, avait pris de l’ampleur à la sortie de l’école.",
}
SCHOOL_ALSO = "Peu après, l’établissement a lui aussi appelé le centre pour lui demander d’intervenir."
SCHOOL_ASKS = "L’établissement comptait sur le centre, qui connaissait bien la famille, pour « faire passer un message »."
ACTIONS: dict[str, tuple[str, ...]] = {
    "mediation": ("Entretiens séparés avec le parent puis avec l’école, puis rencontre commune au centre animée par la référente familles ; court compte rendu relu par les deux parties.",
                  "Médiation proposée et acceptée par les deux parties ; rencontre dans l’établissement avec la direction, le parent, la référente familles et un interprète."),
    "tiers_neutre": ("Mise à disposition d’un bureau du centre pour une rencontre entre le parent et l’enseignant, sans que le centre prenne part à l’échange.",
                     "Accueil de la rencontre dans les locaux du centre ; l’équipe s’est limitée à poser le cadre : durée, tour de parole, confidentialité."),
    "ecoute_orientation": ("Deux temps d’écoute du parent, puis orientation vers l’assistante sociale scolaire et vers une association d’aide aux familles.",
                           "Écoute, explication du fonctionnement de l’établissement et des recours possibles, puis orientation vers le PRE."),
    "accompagnement_parent": ("Préparation du rendez-vous avec le parent (questions à poser, documents à apporter), puis accompagnement au rendez-vous dans l’établissement.",
                              "Aide à la rédaction d’un courrier à l’établissement, puis accompagnement du parent lors de l’entretien avec la direction."),
    "soutien_ecole": ("Le centre a relayé auprès de la famille les attentes de l’établissement et l’a encouragée à se rendre aux convocations.",
                      "À la demande de l’établissement, le centre a rappelé à la famille le règlement intérieur et la procédure en cours."),
    "refus": ("Le centre a expliqué aux deux parties qu’il ne lui revenait pas d’intervenir et a indiqué les services compétents.",
              "L’équipe a décliné la demande, jugeant la situation trop tendue et hors de son champ d’action."),
}
# Actions that depend on who asked the centre, when the default ones would not fit.
ACTIONS_IF_ASKED_BY: dict[str, str] = {
    "ecoute_orientation:ecole": "Écoute de la demande de l’établissement, puis orientation vers l’assistante sociale scolaire et le PRE, mieux placés pour accompagner la famille.",
    "accompagnement_parent:ecole": "Le centre a proposé à la famille de l’accompagner au rendez-vous demandé par l’établissement, après l’avoir aidée à préparer ses questions.",
    "soutien_ecole:parent": "Le centre a expliqué au parent la position de l’établissement et l’a encouragé à accepter la décision.",
}
ISSUE_SENTENCE: dict[str, tuple[str, ...]] = {
    "apaisee": ("La situation s’est apaisée et la famille a renoué le dialogue avec l’équipe éducative.",
                "Un accord a été trouvé et les relations entre la famille et l’établissement se sont nettement détendues."),
    "en_partie": ("Le dialogue a repris, mais la famille garde une certaine méfiance envers l’établissement.",
                  "La tension est retombée, sans que le fond du désaccord soit réglé."),
    "non_resolue": ("Le conflit n’a pas été résolu et la famille a demandé un changement d’établissement.",
                    "La situation est restée bloquée, et la famille ne vient plus au centre."),
    "en_cours": ("La situation est toujours en cours ; un nouveau point est prévu avec les deux parties.",
                 "L’accompagnement se poursuit."),
}
STANCE_NARRATIVE: dict[str, str] = {
    "mediation": "L’équipe a proposé de réunir les deux parties, après avoir reçu chacune séparément.",
    "tiers_neutre": "Le centre a proposé d’accueillir une rencontre dans ses locaux, sans prendre position.",
    "ecoute_orientation": "L’équipe a pris le temps d’écouter, puis a orienté vers les interlocuteurs compétents.",
    "accompagnement_parent": "L’équipe a choisi d’accompagner le parent dans ses démarches auprès de l’établissement.",
    "soutien_ecole": "L’équipe a choisi de relayer la position de l’établissement auprès de la famille.",
    "refus": "Après en avoir discuté en équipe, le centre a choisi de ne pas intervenir directement.",
}
# Lessons by stance: "good" when it went well, "bad" otherwise; "bad:<sollicite_par>" when it depends on who asked.
LESSONS: dict[str, dict[str, str]] = {
    "mediation": {
        "good": "La médiation fonctionne quand les deux parties l’ont demandée ou acceptée ; les entretiens séparés préalables sont indispensables.",
        "bad": "Proposer une médiation quand une seule partie a sollicité le centre expose à être perçu comme partial : il faut d’abord obtenir l’accord de l’autre.",
        "bad:les_deux": "Même sollicité par les deux parties, le centre a ses limites : quand le désaccord porte sur une décision de l’établissement, la médiation ne peut pas la changer.",
    },
    "tiers_neutre": {
        "good": "Offrir un lieu neutre suffit parfois : le centre n’a pas besoin de prendre la parole pour être utile.",
        "bad": "Un lieu neutre ne suffit pas quand la confiance est rompue : il faut un tiers qui anime l’échange.",
    },
    "ecoute_orientation": {
        "good": "Savoir orienter vers le bon interlocuteur est déjà une réponse ; bien connaître les circuits de l’Éducation nationale est un atout.",
        "bad": "Orienter sans accompagner laisse parfois la famille seule face à des démarches qu’elle ne maîtrise pas.",
    },
    "accompagnement_parent": {
        "good": "Accompagner le parent, sans parler à sa place, l’aide à retrouver sa place face à l’école.",
        "bad": "Quand l’établissement a aussi sollicité le centre, n’accompagner qu’un côté abîme la relation avec l’équipe : il faut annoncer clairement sa posture aux deux parties.",
        "bad:parent": "Accompagner le parent ne suffit pas quand l’établissement reste sur sa position : un temps d’échange avec l’équipe aurait dû être prévu.",
    },
    "soutien_ecole": {
        "good": "Relayer le message de l’établissement peut aider quand la famille a confiance dans le centre, à condition de ne pas devenir le messager des sanctions.",
        "bad": "Se ranger du côté de l’établissement quand c’est la famille qui demandait de l’aide fait perdre sa confiance, parfois durablement.",
        "bad:ecole": "Relayer le message de l’établissement auprès d’une famille qui ne lui fait plus confiance ne suffit pas, et le centre y perd une partie de son crédit.",
    },
    "refus": {
        "good": "Refuser d’intervenir est parfois la posture juste : cela protège la relation avec les deux parties, à condition d’orienter.",
        "bad": "Un refus sans orientation laisse la famille sans recours : il faut au moins indiquer vers qui se tourner.",
    },
}
LESSON_EXTRA: tuple[str, ...] = (
    "À retenir : dire dès le départ qui a sollicité le centre et ce qu’il peut ou ne peut pas faire.",
    "La situation a été analysée avec la grille de la fédération et partagée en réunion d’équipe.",
    "Prendre le temps de comprendre ce qui se joue pour l’enfant avant de répondre aux adultes.",
)
