# ruff: noqa: E501
"""Phrase banks of the demo dataset (see :mod:`tools.make_demo`): data only, in French.

Vocabulary values are given by their codes (``graph.vocabularies``); the generator writes
their French labels. Everything here is fictional: no person, no real school, no real centre.
"""

from __future__ import annotations

# Names of places for fictional schools, centres and networks: trees, flowers, birds and places,
# never a person's name. Each as (« de » form, « le » form): ("des Tilleuls", "Les Tilleuls").
_PLURAL = (
    "Tilleuls, Érables, Peupliers, Charmes, Bouleaux, Saules, Platanes, Acacias, Cèdres, Frênes, Noisetiers, "
    "Merisiers, Hêtres, Sorbiers, Mélèzes, Cerisiers, Pommiers, Oliviers, Magnolias, Châtaigniers, Tamaris, "
    "Coquelicots, Bleuets, Jonquilles, Primevères, Pâquerettes, Tournesols, Glycines, Lilas, Myosotis, "
    "Capucines, Iris, Violettes, Marguerites, Pervenches, Hortensias, Campanules, Mimosas, Anémones, Genêts, "
    "Bruyères, Hirondelles, Mésanges, Alouettes, Rossignols, Prés, Vignes, Sablons, Coteaux, Jardins, "
    "Closeaux, Sources, Fontaines, Ormeaux, Vergers"
).split(", ")
_MASCULINE = "Moulin, Parc, Val, Lavoir, Verger, Bois, Ruisseau, Colombier, Petit Bois, Belvédère".split(", ")
_FEMININE = "Butte, Source, Prairie, Garenne, Roseraie, Clairière".split(", ")
_VOWEL = "Étang, Orangerie".split(", ")
NAME_WORDS: tuple[tuple[str, str], ...] = (
    *((f"des {w}", f"Les {w}") for w in _PLURAL), *((f"du {w}", f"Le {w}") for w in _MASCULINE),
    *((f"de la {w}", f"La {w}") for w in _FEMININE), *((f"de l’{w}", f"L’{w}") for w in _VOWEL),
)

STREET_TYPES: tuple[str, ...] = ("rue", "rue", "rue", "allée", "avenue", "place", "square", "chemin")

# School level (code) → noun phrase used in school names, masculine/feminine agreement of « fictif ».
SCHOOL_NAME_PREFIX: dict[str, tuple[str, str]] = {
    "maternelle": ("École maternelle", "fictive"),
    "elementaire": ("École élémentaire", "fictive"),
    "primaire": ("École primaire", "fictive"),
    "college": ("Collège", "fictif"),
    "lycee": ("Lycée", "fictif"),
    "lycee_pro": ("Lycée professionnel", "fictif"),
}

# ---------------------------------------------------------------------------------------------
# Practice families. ``levels``: fit of the family to a school level (+1 good, 0 neutral,
# -1 poor; absent = not proposed). ``regular``: works only with a regular rhythm. ``sensitive``:
# depends strongly on the quality of the partnership. ``rep``: helped by REP/REP+ resources.
# ``preuve``: evidence when it worked, with {a} and {b} drawn from ``a`` and ``b``.
# ``unit``: what is counted in generic evidence (noun, low, high).
# ---------------------------------------------------------------------------------------------

FAMILIES: tuple[dict, ...] = (
    dict(
        key="cafe_parents", clas=False, regular=True, sensitive=False, rep=True, base=0.2,
        levels={'maternelle': 1, 'elementaire': 1, 'primaire': 1, 'college': -1}, themes=("parentalite", "lien_familles_ecole"), public=("parents",),
        titles=("Café des parents dans l’école", "Un café des parents ouvert à tous dans l’école", "Café des parents du vendredi matin"),
        description=("Un temps convivial proposé aux parents juste après l’entrée en classe, dans une salle prêtée par l’école. Une animatrice du centre et, selon les semaines, la directrice ou une enseignante accueillent les parents autour d’un café pour parler de la scolarité, des devoirs et de la vie du quartier.", "Le centre social tient régulièrement un café des parents dans les locaux de l’école. Les sujets sont proposés par les parents eux-mêmes (sommeil, écrans, cantine, rythme de l’enfant) et l’équipe enseignante passe saluer et répondre aux questions."),
        favorise=("Être dans l’école au moment où les parents y sont déjà : on ne leur demande pas un déplacement de plus.", "La directrice présente elle-même l’animatrice du centre aux parents lors de la réunion de rentrée.", "Un lieu identifié, toujours le même, annoncé par une affiche traduite en plusieurs langues à l’entrée de l’école."),
        fait_marcher=("La régularité : même jour, même heure, même personne. Les parents savent qu’ils trouveront quelqu’un.", "Les thèmes viennent des parents ; l’école ne s’en sert pas pour faire passer ses messages.", "Un binôme stable entre l’animatrice du centre et une enseignante volontaire, qui se retrouvent un quart d’heure avant pour préparer."),
        ressources=("Une salle de l’école prêtée par la mairie, une cafetière, des gâteaux faits par les parents ; deux heures d’animatrice par semaine financées par le REAAP.", "La référente familles du centre, l’appui de la coordination du réseau et un petit budget du contrat de ville."),
        opportunites=("La semaine de la parentalité et la réunion de rentrée, pour lancer le café devant tous les parents.", "Le projet d’école, qui fait de la relation avec les familles une priorité."),
        outils=("Un cahier de bord partagé avec l’école, une affiche plurilingue, un questionnaire très court sur les sujets souhaités.", "Le kit « café des parents » de la fédération et un tableau de suivi de la fréquentation."),
        obstacles=("Les parents qui travaillent le matin ne peuvent pas venir, et le café touche peu les pères.", "Les consignes de sécurité ont parfois fermé l’école aux parents pendant plusieurs semaines."),
        preuve="Fréquentation passée de {a} à {b} parents entre septembre et décembre ; bilan partagé en conseil d’école.",
        a=(3, 7), b=(12, 24), unit=('parents', 4, 12),
    ),
    dict(
        key="clas_sortie", clas=True, regular=True, sensitive=False, rep=False, base=0.3,
        levels={'maternelle': -1, 'elementaire': 1, 'primaire': 1, 'college': -1}, themes=("accompagnement_scolaire", "lien_familles_ecole"), public=("parents", "enfants"),
        titles=("Présence de l’animateur CLAS à la sortie de l’école", "L’animatrice CLAS à la grille de l’école", "Aller chercher les enfants du CLAS à la sortie des classes"),
        description=("Les jours de CLAS, l’animateur du centre vient chercher les enfants à la sortie de l’école. Il croise les parents et les enseignants, échange quelques mots sur la journée et fait le trajet à pied avec les enfants jusqu’au centre.", "Plutôt que d’attendre les enfants au centre, l’équipe CLAS se tient à la sortie de l’école quatre soirs par semaine. C’est devenu un moment de contact informel avec les familles et avec l’équipe enseignante."),
        favorise=("Être vu chaque jour par les parents et les enseignants : l’animateur devient un visage familier de l’école.", "La directrice a présenté l’animateur à toute l’équipe lors de la pré-rentrée.", "Les enseignants peuvent glisser un mot sur un enfant sans prendre rendez-vous."),
        fait_marcher=("La stabilité de l’animateur sur plusieurs années : les familles et l’école savent à qui s’adresser.", "Un accord clair sur ce qui peut se dire devant la grille et ce qui doit passer par un rendez-vous.", "Les informations sur les enfants circulent dans les deux sens, sans jugement."),
        ressources=("Un animateur CLAS à temps partiel, le financement du CLAS, l’accord de la mairie pour le trajet à pied.", "Deux animateurs et un bénévole pour encadrer le trajet ; une autorisation parentale signée à l’inscription."),
        opportunites=("La fin des activités périscolaires municipales le mardi et le jeudi, qui a libéré un créneau.", "La rentrée, quand les parents cherchent une solution pour les devoirs."),
        outils=("Une liste des enfants inscrits partagée avec l’école, une autorisation de sortie, un carnet de bord de l’animateur.", "Un gilet aux couleurs du centre pour être repéré et une feuille de présence signée avec l’école."),
        obstacles=("Le départ d’un animateur oblige à tout reconstruire.", "Certains enseignants voient l’animateur comme un surveillant de plus et lui confient des messages difficiles pour les familles."),
        preuve="{b} enfants suivis cette année contre {a} l’année précédente ; les enseignants orientent désormais eux-mêmes des familles vers le CLAS.",
        a=(8, 12), b=(16, 28), unit=('enfants', 5, 12),
    ),
    dict(
        key="fiche_liaison", clas=True, regular=True, sensitive=True, rep=False, base=0.0,
        levels={'elementaire': 1, 'primaire': 1, 'college': 0}, themes=("accompagnement_scolaire", "communication"), public=("enfants", "enseignants", "professionnels"),
        titles=("Fiche de liaison CLAS–enseignants", "Un cahier de liaison entre le CLAS et les enseignants", "Fiche navette entre le CLAS et l’école"),
        description=("Pour chaque enfant suivi au CLAS, une fiche courte circule entre l’enseignant et l’équipe du centre : ce qui est travaillé en classe, les difficultés repérées, ce qui a été fait au CLAS. Elle est remplie une fois par période et remise en main propre.", "Le centre et l’école ont construit ensemble une fiche de liaison qui permet aux enseignants de signaler les besoins d’un enfant et aux animateurs de rendre compte de ses progrès. Les parents la signent et peuvent la lire."),
        favorise=("Un outil conçu à deux, en une réunion, plutôt qu’un document imposé par l’une des parties.", "Les parents sont informés et signent la fiche : rien ne se dit sur leur enfant à leur insu.", "La coordinatrice CLAS connaît déjà les enseignants grâce aux conseils d’école."),
        fait_marcher=("Une fiche courte, une demi-page, que les enseignants remplissent en cinq minutes.", "Un retour systématique du centre : l’enseignant voit que ce qu’il écrit sert à quelque chose.", "Un rythme fixé à l’avance, calé sur les périodes scolaires."),
        ressources=("La coordinatrice CLAS et une heure de concertation par période accordée par la direction.", "Le référentiel national du CLAS, un classeur par classe et la photocopieuse de l’école."),
        opportunites=("La demande des financeurs de mieux articuler le CLAS avec l’école.", "L’arrivée d’un nouveau directeur qui souhaitait travailler avec le quartier."),
        outils=("La fiche de liaison elle-même, un classeur de suivi, un tableau de répartition des enfants par classe.", "La fiche de liaison de la fédération, adaptée avec l’équipe enseignante."),
        obstacles=("Certains enseignants ne remplissent pas la fiche : le lien reste dépendant des personnes.", "Ce qu’on peut écrire sur un enfant et sa famille a demandé plusieurs échanges avant d’être clair."),
        preuve="{b} enseignants remplissent la fiche à chaque période, contre {a} la première année ; les bilans de fin d’année sont désormais faits ensemble.",
        a=(2, 4), b=(7, 12), unit=('enseignants', 2, 5),
    ),
    dict(
        key="semaine_gout", clas=False, regular=False, sensitive=False, rep=False, base=0.5,
        levels={'maternelle': 1, 'elementaire': 1, 'primaire': 1, 'college': 0}, themes=("culture", "connaissance_mutuelle", "sante"), public=("enfants", "familles"),
        titles=("Accueil de la classe au centre pour la semaine du goût", "La semaine du goût au centre social", "Les classes cuisinent au centre pendant la semaine du goût"),
        description=("Chaque année, pendant la semaine du goût, le centre accueille des classes de l’école dans sa cuisine. Des parents bénévoles préparent avec les enfants des recettes de leur pays d’origine ; les enseignants exploitent ensuite l’activité en classe.", "Les classes viennent au centre social pour des ateliers de cuisine animés par des mères du quartier. C’est souvent la première fois que les enseignants entrent au centre."),
        favorise=("Faire venir l’école au centre : les enseignants découvrent le lieu et l’équipe.", "Un thème fédérateur, sans enjeu scolaire, sur lequel les parents sont les experts.", "Une demande venue d’une enseignante qui cherchait un lieu équipé pour cuisiner avec sa classe."),
        fait_marcher=("Des parents valorisés devant les enfants et devant les enseignants.", "Une préparation commune un mois avant : recettes, allergies, répartition des groupes.", "Une trace visible ensuite : livret de recettes, photos exposées dans le hall de l’école."),
        ressources=("La cuisine du centre, des parents bénévoles et un petit budget pour les courses.", "L’animatrice familles, et une diététicienne de la PMI venue une matinée."),
        opportunites=("La semaine du goût, déjà inscrite au calendrier de l’école.", "Le projet d’école sur l’alimentation et la santé."),
        outils=("Un livret de recettes illustré par les enfants, une fiche d’inscription des parents bénévoles.", "Un planning des ateliers partagé avec l’école."),
        obstacles=("Les règles d’hygiène et la question des allergies ont failli tout arrêter.", "Une action ponctuelle : sans suite dans l’année, le lien retombe vite."),
        preuve="{b} classes accueillies sur la semaine contre {a} la première année ; un livret de recettes distribué à toutes les familles.",
        a=(1, 2), b=(4, 8), unit=('classes', 2, 4),
    ),
    dict(
        key="conseil_ecole", clas=False, regular=False, sensitive=True, rep=False, base=0.1,
        levels={'maternelle': 1, 'elementaire': 1, 'primaire': 1}, themes=("communication", "connaissance_mutuelle", "citoyennete"), public=("enseignants", "parents"),
        titles=("Participation du centre au conseil d’école", "Le centre social invité au conseil d’école", "Siéger au conseil d’école comme partenaire du quartier"),
        description=("La directrice invite le centre social au conseil d’école une fois par trimestre, sur un point dédié : actions communes, activités du centre, besoins des familles. Le centre y présente le bilan du CLAS et ses projets.", "Depuis quelques années, le centre est invité à chaque conseil d’école. Il y fait le lien entre ce qu’il observe dans le quartier et ce que l’école vit avec les familles."),
        favorise=("Une invitation officielle, qui donne au centre une légitimité auprès des enseignants et des parents élus.", "Les parents élus, souvent usagers du centre, ont porté la demande.", "La directrice connaissait déjà le centre pour y avoir emmené sa classe."),
        fait_marcher=("Un point fixe à l’ordre du jour, court et préparé, plutôt qu’une présence passive.", "Le centre apporte des informations utiles à l’école (inscriptions au CLAS, sorties familles) et repart avec des demandes précises.", "Une préparation avec les parents élus avant chaque conseil."),
        ressources=("Le temps de la directrice du centre ou de la coordinatrice CLAS : trois soirées par an.", "Les comptes rendus du conseil, diffusés à toutes les familles."),
        opportunites=("L’arrivée d’une nouvelle direction d’école ouverte au partenariat.", "Le bilan du projet d’école, qui jugeait faible le lien avec les familles."),
        outils=("Une fiche de présentation du centre d’une page et un bilan chiffré du CLAS.", "Le compte rendu du conseil d’école et un tableau des actions communes."),
        obstacles=("Quand la direction change, l’invitation n’est pas toujours renouvelée.", "Le conseil d’école reste un lieu très formel, où les questions difficiles ne sont pas posées."),
        preuve="Le centre est invité aux trois conseils d’école de l’année depuis {a} ans ; {b} actions communes inscrites au compte rendu.",
        a=(2, 5), b=(3, 6), unit=('parents élus', 2, 5),
    ),
    dict(
        key="asl_parents", clas=False, regular=True, sensitive=False, rep=True, base=0.2,
        levels={'maternelle': 1, 'elementaire': 1, 'primaire': 1, 'college': 0}, themes=("parents_allophones", "lien_familles_ecole"), public=("parents",),
        titles=("Ateliers sociolinguistiques pour parents d’élèves allophones", "ASL « parents d’élèves » dans l’école", "Apprendre le français de l’école : ASL pour les parents"),
        description=("Des ateliers sociolinguistiques animés par le centre, deux fois par semaine, pour des parents qui parlent peu le français. Le contenu part de la vie de l’école : lire un mot dans le cahier de liaison, comprendre un bulletin, préparer un rendez-vous avec l’enseignant.", "Le centre a adapté ses ASL aux besoins des parents d’élèves : les séances ont lieu à l’école après l’entrée en classe, et des enseignants viennent régulièrement présenter la classe et répondre aux questions."),
        favorise=("Des ateliers dans l’école, qui rendent le lieu familier à des parents qui n’osaient pas y entrer.", "Les enseignants repèrent les parents intéressés et leur transmettent l’invitation.", "Une demande exprimée par les enseignants eux-mêmes, en difficulté pour communiquer avec certaines familles."),
        fait_marcher=("Des situations concrètes tirées de la vie scolaire, que les parents réutilisent tout de suite.", "La venue régulière d’enseignants dans l’atelier, qui change le regard des deux côtés.", "Une formatrice stable et formée à l’approche sociolinguistique."),
        ressources=("Une formatrice ASL salariée et deux bénévoles, financés par la politique de la ville.", "La salle polyvalente de l’école, des cahiers de liaison et des bulletins anonymisés prêtés par les enseignants."),
        opportunites=("Le dispositif « Ouvrir l’école aux parents », qui a permis de construire les contenus avec l’école.", "L’arrivée de nombreuses familles primo-arrivantes dans le quartier à la rentrée."),
        outils=("Des supports construits à partir de documents réels de l’école et un livret d’accueil illustré.", "Un imagier du vocabulaire scolaire et un calendrier de l’année scolaire en pictogrammes."),
        obstacles=("La garde des plus petits pendant l’atelier : certaines mères ne peuvent pas venir.", "Des niveaux de français très hétérogènes dans un même groupe."),
        preuve="{b} parents inscrits, dont {a} sont allés seuls à un rendez-vous avec l’enseignant en fin d’année ; la directrice note plus de parents aux réunions.",
        a=(4, 9), b=(10, 18), unit=('parents', 3, 8),
    ),
    dict(
        key="visite_ecole", clas=False, regular=False, sensitive=False, rep=False, base=0.4,
        levels={'maternelle': 1, 'elementaire': 1, 'primaire': 1, 'college': 0}, themes=("parents_allophones", "lien_familles_ecole", "connaissance_mutuelle"), public=("parents", "familles"),
        titles=("Visite de l’école pour les parents nouvellement arrivés", "Faire visiter l’école aux familles arrivées dans le quartier", "Une matinée portes ouvertes pour les nouveaux parents"),
        description=("En début d’année et au retour des vacances d’hiver, le centre propose aux familles nouvellement arrivées une visite de l’école avec la directrice : la classe, la cantine, le bureau, le panneau d’affichage, puis un temps d’échange avec un interprète.", "Le centre repère les familles qui viennent d’arriver dans le quartier et organise avec l’établissement une visite guidée, en petit groupe, pour expliquer le fonctionnement de l’école française."),
        favorise=("Le centre connaît souvent les familles avant l’école : il fait le pont au moment de l’inscription.", "Une direction disponible, convaincue qu’un premier contact réussi évite bien des malentendus.", "La présence d’un parent relais qui parle la langue des familles."),
        fait_marcher=("Des petits groupes, un temps court, beaucoup d’images et un interprète.", "Une visite suivie d’un rendez-vous au centre pour répondre aux questions restées en suspens.", "Un calendrier fixé avec l’école dès la rentrée."),
        ressources=("La référente familles, un parent relais bénévole, des interprètes du réseau associatif.", "Le temps de la direction et une salle de classe libérée une demi-heure."),
        opportunites=("L’ouverture d’une unité pour élèves allophones arrivants dans l’établissement.", "Les inscriptions scolaires en mairie, où le centre tient une permanence."),
        outils=("Un livret d’accueil traduit en plusieurs langues et un plan de l’école avec pictogrammes.", "Une liste des mots clés de l’école (cantine, garderie, cahier de liaison) traduits."),
        obstacles=("Les arrivées en cours d’année ne coïncident pas avec les dates de visite.", "Il est difficile de trouver des interprètes disponibles le matin."),
        preuve="{b} familles accueillies dans l’année, dont {a} se sont ensuite inscrites à une activité du centre ; l’école signale moins de rendez-vous manqués.",
        a=(4, 8), b=(10, 20), unit=('familles', 2, 6),
    ),
    dict(
        key="referent_college", clas=False, regular=True, sensitive=False, rep=False, base=0.0,
        levels={'college': 1, 'lycee_pro': 0, 'lycee': -1}, themes=("parentalite", "lien_familles_ecole", "decrochage"), public=("parents", "adolescents"),
        titles=("Permanence du référent familles au collège", "Une permanence du centre social dans le hall du collège", "Le référent familles tient une permanence dans l’établissement"),
        description=("Une demi-journée par semaine, le référent familles du centre tient une permanence dans l’établissement, dans un bureau voisin de la vie scolaire. Les parents peuvent venir sans rendez-vous ; le CPE oriente vers lui les familles qu’il n’arrive pas à joindre.", "Le centre social assure une présence hebdomadaire dans l’établissement pour les parents : information, aide à la compréhension des courriers, préparation des rendez-vous avec les professeurs, relais vers les activités du centre."),
        favorise=("Un bureau identifié dans l’établissement, à côté de la vie scolaire, et un horaire fixe.", "La direction a présenté la permanence dans le courrier de rentrée adressé à toutes les familles.", "Le CPE et l’assistante sociale orientent eux-mêmes les familles."),
        fait_marcher=("La neutralité du référent, qui ne fait pas partie du personnel : les parents se confient plus facilement.", "Un point mensuel avec le CPE pour faire le bilan, sans échanger d’informations confidentielles sur les familles.", "La continuité avec ce que les familles connaissaient du centre à l’école primaire."),
        ressources=("Le référent familles, une demi-journée par semaine, et un bureau prêté par l’établissement.", "Le poste de référent familles financé par le projet familles du centre, et le soutien de la coordination du réseau."),
        opportunites=("La création d’un espace parents prévue par le projet d’établissement.", "Les inquiétudes des parents au moment des premiers bulletins."),
        outils=("Un cahier de permanence anonymisé et une plaquette du centre distribuée à la rentrée.", "Un tableau de bord trimestriel partagé avec la vie scolaire."),
        obstacles=("Les parents d’adolescents viennent peu dans l’établissement, sauf quand il y a un problème.", "Le risque d’être vu comme un service de l’établissement par les familles, ou comme « l’avocat des parents » par les professeurs."),
        preuve="{b} familles reçues dans l’année, dont {a} orientées par le CPE ; l’établissement constate plus de parents aux remises de bulletins.",
        a=(6, 12), b=(20, 40), unit=('familles', 3, 10),
    ),
    dict(
        key="ent_pronote", clas=False, regular=False, sensitive=False, rep=False, base=0.3,
        levels={'college': 1, 'lycee': 1, 'lycee_pro': 1}, themes=("numerique", "lien_familles_ecole"), public=("parents",),
        titles=("Atelier numérique ENT et Pronote pour les parents", "Apprendre à se servir de Pronote : ateliers parents au centre", "Suivre la scolarité en ligne : ateliers pour les parents"),
        description=("Le centre propose des ateliers pour aider les parents à se connecter à l’ENT et à Pronote : retrouver ses identifiants, lire les notes et les absences, écrire un message à un professeur. L’établissement fournit les codes et un professeur référent numérique vient à la première séance.", "Des ateliers en petit groupe, au centre ou dans la salle informatique de l’établissement, pour que les parents puissent suivre la scolarité de leurs enfants en ligne, sur ordinateur ou sur téléphone."),
        favorise=("Une demande très concrète des parents, qui ne savaient pas lire les messages de l’établissement.", "L’établissement, passé au tout numérique, a besoin de relais auprès des familles éloignées de l’écrit.", "Le conseiller numérique du centre connaît déjà beaucoup de parents."),
        fait_marcher=("Travailler sur le téléphone des parents, avec leurs propres identifiants.", "L’établissement réédite les codes perdus en moins d’une semaine.", "Des séances courtes, à la rentrée et avant les conseils de classe."),
        ressources=("Le conseiller numérique du centre, la salle informatique et le professeur référent numérique.", "Quelques tablettes prêtées et une connexion wifi fiable."),
        opportunites=("La généralisation de Pronote et la fin des bulletins papier.", "Les permanences d’accès aux droits, où les mêmes parents viennent déjà pour leurs démarches en ligne."),
        outils=("Un tutoriel illustré pas à pas, traduit en trois langues.", "Une fiche « mes identifiants » que les parents gardent chez eux."),
        obstacles=("Les identifiants perdus ou envoyés à une ancienne adresse électronique.", "Beaucoup de familles n’ont qu’un téléphone, partagé entre tous."),
        preuve="{b} parents formés, dont {a} consultent Pronote chaque semaine selon le suivi des connexions.",
        a=(8, 15), b=(20, 35), unit=('parents', 4, 10),
    ),
    dict(
        key="forum_assos", clas=False, regular=False, sensitive=False, rep=False, base=0.4,
        levels={'maternelle': 0, 'elementaire': 1, 'primaire': 1, 'college': 0}, themes=("connaissance_mutuelle", "periscolaire"), public=("familles", "enseignants"),
        titles=("Forum des associations à l’école", "Un forum des activités du quartier dans la cour de l’école", "Le centre au forum des associations de l’école"),
        description=("En septembre, l’école ouvre sa cour un samedi matin aux associations du quartier. Le centre y tient un stand, présente le CLAS et l’accueil de loisirs, et inscrit les familles sur place.", "Un forum organisé avec l’école, les parents élus et les associations sportives et culturelles du quartier, pour présenter aux familles ce qui existe après l’école."),
        favorise=("Un temps festif, sans enjeu scolaire, où les parents viennent nombreux.", "L’école prend l’initiative et invite les associations : le centre n’a pas à forcer la porte.", "Les enseignants découvrent à leur tour ce que le quartier propose."),
        fait_marcher=("Une préparation commune avec l’école et les parents élus : affiches, mot dans les cahiers, installation.", "Des inscriptions possibles sur place, avec des documents simples.", "La date, juste après la rentrée, quand les familles cherchent des activités."),
        ressources=("La cour de l’école, des tables prêtées par la mairie et l’équipe du centre au complet.", "Les associations partenaires et les parents élus."),
        opportunites=("Le changement des rythmes scolaires, qui a obligé à repenser le temps après l’école.", "Le besoin du centre de mieux faire connaître son accueil de loisirs."),
        outils=("Une plaquette commune des activités du quartier et un plan des stands.", "Des fiches d’inscription simplifiées."),
        obstacles=("Une seule matinée : ce sont surtout les familles déjà connues qui viennent.", "La météo, et les autorisations nécessaires pour ouvrir l’école un samedi."),
        preuve="Environ {b} familles passées au stand ; {a} inscriptions au CLAS et à l’accueil de loisirs prises sur place.",
        a=(10, 25), b=(60, 150), unit=('familles', 10, 30),
    ),
    dict(
        key="theatre", clas=False, regular=False, sensitive=True, rep=False, base=0.1,
        levels={'elementaire': 1, 'primaire': 1, 'college': 1, 'lycee': 0, 'lycee_pro': 0}, themes=("culture", "citoyennete"), public=("enfants", "adolescents"),
        titles=("Projet théâtre commun école–centre social", "Un spectacle construit ensemble par la classe et le centre", "Atelier théâtre partagé entre l’établissement et le centre"),
        description=("Une classe et un groupe d’enfants du centre préparent ensemble un spectacle, avec une compagnie installée dans le quartier. Les répétitions alternent entre l’établissement et le centre ; la représentation finale réunit les familles.", "Un projet culturel sur l’année : ateliers d’écriture en classe, mise en scène au centre, représentation à la salle des fêtes devant les parents."),
        favorise=("Un projet qui parle aux enseignants (français, expression orale) comme au centre (confiance en soi, lien avec les familles).", "Une artiste connue des deux équipes, qui a fait le lien.", "Des enfants inscrits à la fois dans la classe et au centre."),
        fait_marcher=("Un calendrier partagé dès septembre et un comité de suivi qui se réunit à chaque période.", "La représentation finale, qui donne un but et fait venir les familles.", "Chacun garde son rôle : l’enseignant sur les apprentissages, le centre sur le lien avec les familles."),
        ressources=("Une compagnie de théâtre, des crédits du contrat de ville et la salle du centre pour les répétitions.", "Le temps de l’animatrice culture du centre et de deux enseignantes."),
        opportunites=("Un appel à projets d’éducation artistique et culturelle.", "L’ouverture d’une salle de spectacle dans le quartier."),
        outils=("Une convention de projet, un calendrier commun et un carnet de bord des répétitions.", "Une captation vidéo du spectacle, montrée ensuite en réunion de parents."),
        obstacles=("Le départ de l’enseignante porteuse du projet en cours d’année.", "Des financements annuels, à redemander chaque année."),
        preuve="{b} enfants sur scène et environ {a} parents présents à la représentation ; le projet a été reconduit l’année suivante.",
        a=(60, 140), b=(18, 30), unit=('enfants', 6, 15),
    ),
    dict(
        key="mediation", clas=False, regular=False, sensitive=True, rep=False, base=-0.2,
        levels={'maternelle': 0, 'elementaire': 1, 'primaire': 1, 'college': 0, 'lycee': -1, 'lycee_pro': -1}, themes=("conflits", "communication"), public=("parents", "enseignants"),
        titles=("Médiation du centre social lors de conflits parents–école", "Un temps de médiation au centre quand le dialogue est rompu", "Le centre comme lieu tiers dans les conflits entre familles et école"),
        description=("Quand un conflit oppose une famille et l’école et que les deux parties l’acceptent, le centre propose une rencontre dans ses locaux, animée par la référente familles formée à la médiation. Chacun est d’abord reçu séparément.", "Le centre a formalisé avec l’établissement une façon de faire en cas de conflit : qui appeler, où se retrouver, ce que le centre peut faire et ce qu’il ne fait pas. Il ne prend parti ni pour la famille ni pour l’école."),
        favorise=("La confiance déjà établie des deux côtés : la famille connaît le centre, l’école aussi.", "Un accord préalable avec la direction sur le rôle du centre, conclu avant tout conflit.", "Un lieu neutre, qui n’est ni le bureau de la direction ni le domicile de la famille."),
        fait_marcher=("Être sollicité par les deux parties, ou obtenir l’accord des deux avant d’agir.", "Recevoir chacun séparément avant la rencontre commune, pour faire baisser la tension.", "Une référente formée à la médiation, qui reformule sans juger."),
        ressources=("La référente familles formée à la médiation et un bureau calme au centre.", "L’appui du PRE et de l’assistante sociale scolaire pour les situations complexes."),
        opportunites=("Un conflit très commenté dans le quartier, qui a convaincu l’école d’essayer autre chose.", "Les échanges entre centres sur la posture à tenir en cas de conflit, qui ont donné des repères communs."),
        outils=("La grille d’analyse des situations de conflit et un cadre écrit partagé avec l’école.", "Une fiche de compte rendu très courte, relue par les deux parties."),
        obstacles=("Le centre est parfois vu comme l’allié des familles par les enseignants.", "Les conflits graves (harcèlement, violences) dépassent le rôle du centre et doivent être orientés."),
        preuve="{b} situations accompagnées dans l’année, dont {a} apaisées selon les deux parties ; l’école sollicite désormais le centre avant que le conflit ne s’envenime.",
        a=(3, 5), b=(6, 9), unit=('familles', 2, 4),
    ),
    dict(
        key="pre_copil", clas=False, regular=False, sensitive=True, rep=True, base=0.0,
        levels={'maternelle': 0, 'elementaire': 1, 'primaire': 1, 'college': 1}, themes=("decrochage", "communication"), public=("professionnels", "enseignants"),
        titles=("Participation au comité de pilotage du PRE", "Le centre social dans les équipes pluridisciplinaires du PRE", "Siéger au comité de suivi de la réussite éducative"),
        description=("Le centre participe aux équipes pluridisciplinaires de soutien du programme de réussite éducative, aux côtés des écoles, du collège et des services sociaux. Il y propose ses activités comme réponses possibles pour les enfants suivis.", "Représenté au comité de pilotage du PRE, le centre fait remonter ce qu’il observe des besoins des familles et construit des parcours avec les écoles du secteur."),
        favorise=("Une instance où tous les acteurs se retrouvent régulièrement : on finit par se connaître.", "La coordinatrice du PRE, qui a travaillé au centre, a facilité l’entrée.", "La commune a souhaité associer les centres sociaux au PRE dès sa création."),
        fait_marcher=("Des règles claires de partage d’informations, avec l’accord écrit des familles.", "Le centre propose des réponses concrètes : une place au CLAS, l’accompagnement d’un parent.", "Une présence régulière, toujours de la même personne."),
        ressources=("La directrice du centre ou la référente familles, une réunion par mois.", "Les référents de parcours du PRE et la coordination du réseau."),
        opportunites=("La mise en place d’un PRE sur la commune.", "Le renouvellement du contrat de ville."),
        outils=("La charte de confidentialité du PRE et des fiches de parcours.", "Un annuaire des acteurs du quartier tenu à jour par le PRE."),
        obstacles=("Des réunions longues et très institutionnelles, peu adaptées à une petite équipe.", "Le secret partagé reste un sujet délicat entre travailleurs sociaux et enseignants."),
        preuve="{b} enfants orientés vers le CLAS ou l’accueil de loisirs par le PRE en un an ; {a} parcours construits avec les écoles.",
        a=(4, 9), b=(10, 20), unit=('enfants', 3, 8),
    ),
    dict(
        key="convention_clas_college", clas=True, regular=True, sensitive=True, rep=False, base=0.1,
        levels={'college': 1, 'lycee_pro': 0, 'lycee': -1}, themes=("accompagnement_scolaire", "decrochage"), public=("adolescents",),
        titles=("Convention CLAS–collège", "Une convention entre l’établissement et le CLAS du centre", "Accompagnement à la scolarité des adolescents : une convention avec l’établissement"),
        description=("Le centre et l’établissement ont signé une convention qui précise l’organisation du CLAS : repérage des élèves, bilans communs, accès au CDI, rencontres trimestrielles avec les professeurs principaux.", "Une convention annuelle fixe ce que chacun apporte : l’établissement oriente les élèves et ouvre ses locaux, le centre assure l’accompagnement et le lien avec les familles."),
        favorise=("Une direction qui voit dans le CLAS un appui pour les élèves en voie de décrochage.", "Un écrit signé, qui survit aux changements de personnes.", "Le CPE, présent à la signature, devient l’interlocuteur au quotidien."),
        fait_marcher=("Des bilans trimestriels avec les professeurs principaux, préparés à l’avance.", "Un repérage des élèves fait ensemble, avec l’accord des familles.", "Des animateurs qui connaissent les programmes et les attentes des professeurs."),
        ressources=("La coordinatrice CLAS, deux animateurs, des étudiants bénévoles et le CDI de l’établissement.", "Le financement du CLAS et une subvention du contrat de ville."),
        opportunites=("L’arrivée d’un dispositif d’aide aux devoirs dans l’établissement, qui a obligé à clarifier ce que fait chacun.", "La demande de l’établissement de renforcer le lien avec les familles des plus jeunes élèves."),
        outils=("La convention type de la fédération, adaptée, et une fiche de liaison par élève.", "Un tableau de suivi des élèves accompagnés, partagé une fois par trimestre."),
        obstacles=("La concurrence avec l’aide aux devoirs proposée par l’établissement, qui a fait baisser les inscriptions.", "Les adolescents décrochent du CLAS au printemps."),
        preuve="{b} élèves accompagnés et {a} bilans trimestriels tenus avec les professeurs principaux ; la convention est renouvelée chaque année.",
        a=(2, 3), b=(15, 30), unit=('élèves', 4, 10),
    ),
    dict(
        key="rentree_maternelle", clas=False, regular=False, sensitive=False, rep=False, base=0.4,
        levels={'maternelle': 1, 'primaire': 1}, themes=("parentalite", "lien_familles_ecole"), public=("parents", "enfants"),
        titles=("Préparer la première rentrée en maternelle avec les familles", "Passerelle vers la maternelle : matinées parents–enfants à l’école", "Accompagner la toute première rentrée"),
        description=("En juin, le centre et l’école invitent les familles des futurs petits : visite de la classe, temps de jeu avec l’enseignante, échanges sur le sommeil, la propreté, la séparation. En septembre, la référente familles est présente les premiers matins.", "Des matinées parents–enfants au centre puis à l’école, pour les enfants qui n’ont jamais été accueillis en collectivité, afin de préparer la séparation et de faire connaître l’école aux parents."),
        favorise=("Les familles fréquentent déjà le lieu d’accueil parents–enfants du centre.", "L’enseignante de petite section vient elle-même au centre rencontrer les parents.", "La PMI oriente vers le centre les familles isolées."),
        fait_marcher=("Plusieurs temps courts plutôt qu’une seule réunion d’information.", "La présence rassurante de la référente familles les premiers jours.", "Le lien entre le lieu d’accueil parents–enfants du centre et l’école."),
        ressources=("La référente familles, l’éducatrice de jeunes enfants du centre et l’enseignante de petite section.", "Le lieu d’accueil parents–enfants et la salle de motricité de l’école."),
        opportunites=("L’instruction obligatoire dès trois ans, qui a amené de nouvelles familles.", "L’ouverture d’une classe de toute petite section."),
        outils=("Un petit livret photo « ma future école » et un calendrier des matinées.", "Une liste des questions fréquentes des parents, complétée chaque année."),
        obstacles=("Les inscriptions tardives en mairie : certaines familles arrivent après les matinées.", "Les parents qui travaillent ne peuvent pas venir le matin."),
        preuve="{b} familles ont participé aux matinées de juin ; à la rentrée, l’équipe a compté {a} enfants en grande difficulté de séparation, deux fois moins que l’année précédente.",
        a=(2, 5), b=(12, 25), unit=('familles', 3, 8),
    ),
    dict(
        key="sixieme", clas=False, regular=False, sensitive=False, rep=False, base=0.3,
        levels={'elementaire': 1, 'primaire': 1, 'college': 1}, themes=("decrochage", "lien_familles_ecole"), public=("parents", "enfants", "adolescents"),
        titles=("Passerelle CM2–sixième avec les familles", "Préparer l’entrée au collège : ateliers parents–enfants", "Liaison école–collège : le centre accompagne les familles"),
        description=("Au troisième trimestre, le centre organise avec l’école élémentaire et le collège des ateliers pour les élèves de CM2 et leurs parents : visite du collège, emploi du temps, carnet de correspondance, Pronote, rencontre avec le CPE.", "Des temps d’échange au centre entre parents d’élèves de CM2 et parents de collégiens, puis une visite du collège avec le CPE, pour lever les inquiétudes de l’entrée en sixième."),
        favorise=("Un moment où les parents sont inquiets, donc demandeurs.", "Le conseil école–collège du secteur, qui cherchait des partenaires pour associer les familles.", "Le centre suit souvent les mêmes enfants de l’élémentaire au collège."),
        fait_marcher=("Des parents de collégiens qui témoignent : la parole des pairs rassure.", "Une visite concrète du collège, avec l’emploi du temps et la cantine.", "Un rendez-vous de suivi à la Toussaint."),
        ressources=("La référente familles, le CPE et un professeur principal de sixième.", "Des parents volontaires et la salle du centre."),
        opportunites=("Le conseil école–collège et son programme de liaison.", "L’ouverture du CLAS aux collégiens."),
        outils=("Un livret « entrer au collège » réalisé avec des élèves de sixième.", "Un faux emploi du temps et un carnet de correspondance vierge pour s’exercer."),
        obstacles=("Les élèves ne vont pas tous dans le même collège : difficile de toucher toutes les familles.", "Le calendrier du troisième trimestre, très chargé."),
        preuve="{b} familles accompagnées ; à la Toussaint, {a} d’entre elles avaient activé leur compte Pronote et connaissaient le CPE.",
        a=(8, 14), b=(15, 30), unit=('familles', 4, 10),
    ),
    dict(
        key="petits_dejeuners", clas=False, regular=True, sensitive=False, rep=False, base=0.3,
        levels={'maternelle': 1, 'elementaire': 1, 'primaire': 1, 'college': -1}, themes=("sante", "parentalite"), public=("parents", "enfants"),
        titles=("Petits-déjeuners partagés sur la santé et le sommeil", "Un petit-déjeuner à l’école pour parler santé avec les parents", "Petits-déjeuners santé parents–enfants"),
        description=("Une fois par mois, le centre et l’établissement proposent un petit-déjeuner aux élèves et à leurs parents, avec un thème : le sommeil, les écrans, l’alimentation. L’infirmière scolaire ou une professionnelle de la PMI anime un court échange.", "Des petits-déjeuners équilibrés servis avant la classe, préparés par des parents avec l’équipe du centre, suivis d’un temps d’échange sur la santé des enfants."),
        favorise=("Un sujet qui concerne tous les parents, sans enjeu de réussite scolaire.", "L’infirmière scolaire cherchait un moyen de rencontrer les familles.", "Le repas partagé : un prétexte simple pour franchir la porte de l’école."),
        fait_marcher=("Des parents qui cuisinent et servent : ils sont accueillis comme des partenaires.", "Un intervenant santé différent à chaque fois, annoncé à l’avance.", "Une durée courte, compatible avec le travail des parents."),
        ressources=("Les courses financées par le centre, le réfectoire et l’infirmière scolaire.", "Des partenaires santé du quartier : PMI, centre de santé."),
        opportunites=("Le constat partagé d’enfants fatigués, arrivant le ventre vide.", "Une campagne de prévention sur les écrans."),
        outils=("Des affiches illustrées sur le sommeil et un quiz pour les enfants.", "Une fiche recette et une liste de courses partagées avec l’école."),
        obstacles=("Les règles sanitaires de la restauration scolaire.", "Le risque d’un discours moralisateur sur l’alimentation des familles."),
        preuve="{b} parents en moyenne à chaque petit-déjeuner, contre {a} au premier ; les enseignants disent mieux connaître les familles de leurs élèves.",
        a=(3, 6), b=(10, 20), unit=('parents', 3, 8),
    ),
    dict(
        key="exclusion_accueil", clas=False, regular=False, sensitive=True, rep=True, base=-0.1,
        levels={'college': 1, 'lycee_pro': 1, 'lycee': 0}, themes=("decrochage", "citoyennete"), public=("adolescents", "parents"),
        titles=("Accueil des collégiens exclus temporairement", "Mesures de responsabilisation au centre social", "Exclusion temporaire : un accueil éducatif au centre"),
        description=("Dans le cadre d’une convention avec l’établissement, le centre accueille des élèves exclus temporairement ou en mesure de responsabilisation : travail scolaire, participation à la vie du centre, temps de parole avec un animateur, et bilan avec la famille et le CPE au retour.", "Plutôt que de laisser les élèves exclus seuls chez eux, l’établissement les oriente vers le centre pour quelques jours, avec un programme défini ensemble et un entretien de retour associant les parents."),
        favorise=("Un CPE qui cherchait une alternative à l’exclusion « sèche ».", "Le centre connaît souvent déjà l’élève et sa famille.", "Une convention qui fixe clairement le cadre et les responsabilités."),
        fait_marcher=("L’entretien de retour à trois (élève, parent, CPE), avec l’animateur du centre.", "Un programme précis pour chaque jour, envoyé par les professeurs.", "Le centre n’est pas un lieu de punition : l’élève y est accueilli."),
        ressources=("Un animateur jeunesse référent et l’espace jeunes du centre.", "La convention de mesures de responsabilisation et le travail envoyé par les professeurs."),
        opportunites=("L’évolution des procédures disciplinaires, qui encourage les mesures de responsabilisation.", "Le projet jeunesse du centre, tourné vers la prévention du décrochage."),
        outils=("Une convention type de mesures de responsabilisation et une fiche de suivi quotidienne.", "Une grille d’entretien pour le bilan de retour."),
        obstacles=("Le centre est parfois sollicité au dernier moment, sans travail préparé.", "Certaines familles vivent l’orientation vers le centre comme une sanction de plus."),
        preuve="{b} élèves accueillis dans l’année ; {a} n’ont pas fait l’objet d’une nouvelle exclusion selon l’établissement.",
        a=(6, 11), b=(12, 20), unit=('élèves', 2, 6),
    ),
    dict(
        key="mallette", clas=False, regular=True, sensitive=False, rep=True, base=0.1,
        levels={'maternelle': 0, 'elementaire': 1, 'primaire': 1, 'college': 0}, themes=("parentalite", "lien_familles_ecole"), public=("parents",),
        titles=("Comprendre l’école : ateliers pour les parents", "Le rôle de parent d’élève expliqué au centre", "Ateliers « parents d’élèves, mode d’emploi »"),
        description=("Une série d’ateliers au centre, animés avec des enseignants volontaires : comment fonctionne l’école, à quoi sert le cahier de liaison, comment aider son enfant sans faire à sa place, comment se présenter aux élections de parents.", "Le centre propose des ateliers conviviaux sur le rôle de parent d’élève, avec la participation de la direction et d’enseignants, pour que les parents osent davantage s’impliquer."),
        favorise=("Des enseignants volontaires qui viennent au centre, hors de l’école.", "La demande de parents qui se sentaient perdus face à l’école.", "Le soutien de la coordination du réseau, qui a relayé auprès des équipes."),
        fait_marcher=("Des ateliers courts et concrets, avec des documents réels de l’école.", "Un climat où les parents peuvent poser toutes leurs questions, même celles qu’ils jugent naïves.", "Un binôme animateur du centre et enseignant à chaque séance."),
        ressources=("L’animatrice familles, des enseignants volontaires et des supports nationaux sur la relation école–familles.", "Une garderie assurée par les animateurs pendant les ateliers."),
        opportunites=("Les élections de parents d’élèves, qui donnent un objectif.", "La semaine de la parentalité."),
        outils=("Un cahier de liaison vierge pour s’exercer et un livret des temps forts de l’année.", "Un glossaire des sigles de l’école (REP, AESH, RASED, PPRE…)."),
        obstacles=("La difficulté à mobiliser les enseignants sur leur temps personnel.", "Les parents les plus éloignés de l’école ne viennent pas."),
        preuve="{b} parents ont suivi au moins trois ateliers ; {a} se sont présentés aux élections de parents d’élèves.",
        a=(2, 5), b=(10, 18), unit=('parents', 3, 8),
    ),
    dict(
        key="reunion_rentree", clas=False, regular=False, sensitive=False, rep=False, base=0.5,
        levels={'maternelle': 1, 'elementaire': 1, 'primaire': 1, 'college': 0, 'lycee': -1, 'lycee_pro': -1}, themes=("connaissance_mutuelle", "communication"), public=("parents", "familles"),
        titles=("Présentation du centre social aux réunions de rentrée", "Le centre invité aux réunions de rentrée des classes", "Cinq minutes pour présenter le centre à chaque réunion de rentrée"),
        description=("À chaque rentrée, l’établissement invite l’équipe du centre à présenter en quelques minutes ses activités lors des réunions de parents : CLAS, accueil de loisirs, sorties familles, permanences.", "Un membre du centre passe dans les réunions de rentrée de chaque classe, avec une plaquette, pour que les parents sachent vers qui se tourner dans le quartier."),
        favorise=("La direction inscrit elle-même le centre au programme des réunions.", "Une présentation courte, qui ne prend pas sur le temps de l’enseignant.", "Les enseignants connaissent déjà le centre par le CLAS."),
        fait_marcher=("Une plaquette simple, avec des pictogrammes, remise à chaque parent.", "Des inscriptions possibles dans la foulée, au centre, la semaine suivante.", "Toujours la même personne, qui devient un visage connu."),
        ressources=("Deux salariés du centre mobilisés sur deux soirées.", "La plaquette du centre traduite en plusieurs langues."),
        opportunites=("Les réunions de rentrée, où presque tous les parents viennent.", "L’ouverture d’un nouveau groupe CLAS."),
        outils=("Une plaquette du centre et un diaporama de trois diapositives.", "Un coupon-réponse pour être rappelé par le centre."),
        obstacles=("Plusieurs réunions se tiennent en même temps : impossible d’être partout.", "Une présentation par an ne suffit pas à créer un lien durable."),
        preuve="Présentation faite dans {b} classes ; {a} familles inscrites au centre en septembre citent la réunion de rentrée.",
        a=(8, 20), b=(6, 14), unit=('familles', 3, 8),
    ),
    dict(
        key="formation_croisee", clas=False, regular=False, sensitive=True, rep=True, base=-0.2,
        levels={'maternelle': 0, 'elementaire': 1, 'primaire': 1, 'college': 0}, themes=("connaissance_mutuelle", "accompagnement_scolaire"), public=("enseignants", "professionnels"),
        titles=("Formation croisée enseignants–animateurs", "Un temps de formation commun entre l’équipe du centre et les enseignants", "Se former ensemble : animateurs et enseignants"),
        description=("Deux demi-journées par an, enseignants et animateurs du centre se forment ensemble sur un thème commun (la relation aux familles, l’aide aux devoirs, la laïcité), avec un intervenant extérieur et des études de cas.", "Dans le cadre des temps de formation du réseau, le centre co-anime avec la coordination un module sur le travail avec les familles, ouvert aux animateurs et aux enseignants."),
        favorise=("Les temps de formation libérés en éducation prioritaire, qui rendent les enseignants disponibles.", "Une coordinatrice de réseau convaincue de l’intérêt de travailler avec les centres sociaux.", "Le besoin partagé de mieux comprendre les familles du quartier."),
        fait_marcher=("Des études de cas réels, anonymisés, apportées par les deux équipes.", "Un intervenant extérieur, qui met tout le monde sur un pied d’égalité.", "Un suivi concret : chaque session débouche sur une action commune."),
        ressources=("Les temps de formation du réseau et un intervenant financé par le contrat de ville.", "La fédération, qui a apporté une intervenante et des outils."),
        opportunites=("Les demi-journées de formation des enseignants de REP+.", "Le renouvellement du projet de réseau."),
        outils=("Des études de cas et un questionnaire commun sur les attentes de chacun.", "Un support de présentation croisée « qui fait quoi dans le quartier »."),
        obstacles=("Hors REP+, les enseignants n’ont pas de temps libéré pour venir.", "La rotation des équipes enseignantes oblige à recommencer chaque année."),
        preuve="{b} enseignants et {a} animateurs formés ensemble ; deux projets communs sont nés de la formation.",
        a=(4, 8), b=(10, 25), unit=('enseignants', 2, 6),
    ),
    dict(
        key="fete_fin_annee", clas=False, regular=False, sensitive=False, rep=False, base=0.6,
        levels={'maternelle': 1, 'elementaire': 1, 'primaire': 1, 'college': -1}, themes=("culture", "connaissance_mutuelle", "citoyennete"), public=("familles", "enfants"),
        titles=("Fête de fin d’année commune école–centre", "Une kermesse préparée ensemble par l’école et le centre", "Fête de quartier dans la cour de l’école"),
        description=("En juin, l’école et le centre organisent ensemble la fête de fin d’année : spectacles des classes, stands tenus par les parents et le centre, repas partagé. La préparation se fait en comité avec les parents élus.", "La kermesse de l’école devient une fête de quartier : le centre apporte son matériel, ses bénévoles et son savoir-faire, l’école ouvre sa cour et présente les travaux des élèves."),
        favorise=("Un temps joyeux, où enseignants, parents et équipe du centre se rencontrent autrement.", "Une tradition ancienne dans le quartier, que chacun attend.", "Le centre a proposé son aide quand l’association de parents s’est essoufflée."),
        fait_marcher=("Un comité d’organisation mixte, qui se réunit quatre fois avant la fête.", "Chacun a son stand et son rôle, affichés à l’avance.", "Les parents bénévoles sont remerciés publiquement."),
        ressources=("Le matériel du centre (barnums, sono), les bénévoles et la cour de l’école.", "Un petit budget de la caisse des écoles et de la coopérative scolaire."),
        opportunites=("La fin de l’année scolaire, un moment où les familles sont disponibles.", "L’anniversaire du centre social, fêté avec tout le quartier."),
        outils=("Un rétroplanning partagé et un tableau des stands.", "Une affiche commune avec les deux logos."),
        obstacles=("Les contraintes de sécurité pour ouvrir l’école au public.", "Une charge de travail lourde pour une seule journée."),
        preuve="Environ {b} personnes présentes ; {a} parents bénévoles mobilisés, dont plusieurs qui ne venaient jamais à l’école.",
        a=(15, 30), b=(200, 400), unit=('parents bénévoles', 4, 10),
    ),
    dict(
        key="orientation", clas=False, regular=False, sensitive=False, rep=False, base=0.2,
        levels={'college': 0, 'lycee': 1, 'lycee_pro': 1}, themes=("decrochage", "parentalite"), public=("adolescents", "parents"),
        titles=("Ateliers orientation avec les jeunes et leurs parents", "Comprendre Parcoursup en famille", "Soirées d’information sur l’orientation au centre"),
        description=("Le secteur jeunes du centre organise, avec l’établissement, des soirées d’information sur l’orientation pour les jeunes et leurs parents : voies de formation, affectation après la troisième, Parcoursup, apprentissage, bourses. Une psychologue de l’Éducation nationale y participe.", "Des ateliers en petit groupe au centre pour aider les jeunes et leurs parents à comprendre les procédures d’orientation et à préparer leurs vœux."),
        favorise=("Des parents démunis face aux procédures en ligne, qui font confiance au centre.", "Un professeur principal qui relaie l’invitation auprès de ses élèves.", "Le secteur jeunes connaît déjà bien les élèves."),
        fait_marcher=("Des séances le soir, en famille, avec un ordinateur par famille.", "La présence d’anciens du quartier qui racontent leur parcours.", "Un suivi individuel jusqu’à la confirmation des vœux."),
        ressources=("L’animateur jeunesse, une psychologue de l’Éducation nationale et la salle informatique du centre.", "Des étudiants bénévoles, anciens usagers du centre."),
        opportunites=("L’arrivée de Parcoursup, qui a inquiété beaucoup de familles.", "La semaine de l’orientation de l’établissement."),
        outils=("Un calendrier de l’orientation simplifié et un guide des filières.", "Une fiche de suivi des vœux pour chaque jeune."),
        obstacles=("Les jeunes viennent plus facilement que leurs parents.", "Le calendrier de l’orientation, très serré au printemps."),
        preuve="{b} jeunes accompagnés avec au moins un parent ; {a} ont obtenu une formation parmi leurs trois premiers vœux.",
        a=(8, 14), b=(15, 25), unit=('jeunes', 3, 8),
    ),
)

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

# ---------------------------------------------------------------------------------------------
# Conflict cases (situations). Pseudonymised: no names, no class, no exact date, no address.
# ---------------------------------------------------------------------------------------------

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

# ---------------------------------------------------------------------------------------------
# Questions and tools.
# ---------------------------------------------------------------------------------------------

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

MEETINGS: tuple[dict, ...] = (
    dict(id="R1", date="5 juin 2018", month=(2018, 6), heure_debut="", heure_fin="", lieu="", adresse="", commune="",
         theme="Capitaliser les démarches réussies : ce qui favorise la rencontre, ce qui fait que ça marche, les ressources, les opportunités de travail, les outils."),
    dict(id="R2", date="19/02/2019", month=(2019, 2), heure_debut="", heure_fin="", lieu="", adresse="", commune="",
         theme="Compléter et développer les productions de la première rencontre, envisager de nouvelles pistes ; retour critique et complément du document de capitalisation."),
    dict(id="R3", date="23 mai 2019", month=(2019, 5), heure_debut="9h00", heure_fin="12h30", lieu="Maison Pour Tous",
         adresse="8, place de la Commune de Paris", commune="95018",
         theme="Des questions et des pratiques nouvelles présentées au regard d’outils et de grilles d’analyse ; comment le centre social se positionne lorsqu’il est sollicité de part et d’autre autour d’un conflit entre un (ou des) parent(s) et l’école."),
)
