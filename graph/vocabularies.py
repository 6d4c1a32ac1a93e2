"""Controlled vocabularies of the domain, with their French labels.

A vocabulary is a closed list of terms. Each term has a stable ``code`` (what
the graph stores, ASCII, never shown to users), a French ``label`` (what users
read and may type) and optional ``aliases`` (other spellings met in the
federation's spreadsheets). Matching ignores case, accents, spaces, hyphens and
underscores.

>>> QUALITY.code_for("Exemplaire")
'exemplaire'
>>> QUALITY.code_for("à construire")
'a_construire'
>>> QUALITY.label("a_construire")
'À construire'
>>> QUALITY.code_for("excellent") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.text import fold


@dataclass(frozen=True)
class Term:
    code: str
    label: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    """A closed list of terms, matched without regard to case, accents or spacing."""

    name: str
    title: str
    terms: tuple[Term, ...]
    _index: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, str] = {}
        for term in self.terms:
            for spelling in (term.code, term.label, *term.aliases):
                index[fold(spelling)] = term.code
        object.__setattr__(self, "_index", index)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(term.code for term in self.terms)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(term.label for term in self.terms)

    def code_for(self, text: str) -> str | None:
        """The code of the term spelt ``text`` (code, label or alias), or None."""
        return self._index.get(fold(text))

    def label(self, code: str) -> str:
        """The French label of ``code`` (the code itself when unknown)."""
        for term in self.terms:
            if term.code == code:
                return term.label
        return code

    def spellings(self) -> dict[str, str]:
        """Every accepted spelling (folded) and the code it stands for."""
        return dict(self._index)


def _vocabulary(name: str, title: str, *terms: tuple[str, str] | tuple[str, str, tuple[str, ...]]) -> Vocabulary:
    return Vocabulary(name, title, tuple(Term(*term) for term in terms))


CENTRE_TYPE = _vocabulary(
    "type_centre", "Type de structure",
    ("centre_social", "Centre social", ("CS",)),
    ("evs", "Espace de vie sociale", ("EVS",)),
)

ACTIVITY = _vocabulary(
    "activite", "Activité du centre",
    ("clas", "Accompagnement à la scolarité (CLAS)", ("CLAS", "accompagnement scolaire", "aide aux devoirs")),
    ("alsh", "Accueil de loisirs (ALSH)", ("ALSH", "centre de loisirs", "accueil de loisirs")),
    ("parentalite", "Soutien à la parentalité", ("parentalité", "REAAP")),
    ("asl", "Ateliers sociolinguistiques", ("ASL", "FLE", "cours de français")),
    ("numerique", "Accompagnement numérique", ("numérique", "informatique")),
    ("jeunesse", "Accueil jeunes", ("jeunesse", "secteur jeunes")),
    ("famille", "Secteur familles", ("familles", "sorties familles")),
    ("culture", "Culture et loisirs", ("culture",)),
    ("fetes", "Fêtes et animations de quartier", ("fêtes", "animations")),
    ("acces_droits", "Accès aux droits", ("accès aux droits", "permanences")),
)

SCHOOL_LEVEL = _vocabulary(
    "niveau", "Niveau de l’établissement",
    ("maternelle", "École maternelle", ("maternelle",)),
    ("elementaire", "École élémentaire", ("élémentaire", "elementaire")),
    ("primaire", "École primaire", ("primaire",)),
    ("college", "Collège", ("collège",)),
    ("lycee", "Lycée", ("lycée", "lycée général", "lycée général et technologique", "LGT")),
    ("lycee_pro", "Lycée professionnel", ("lycée pro", "LP", "lycée professionnel")),
)

SCHOOL_STATUS = _vocabulary(
    "statut_etablissement", "Public ou privé",
    ("public", "Public", ("publique",)),
    ("prive", "Privé", ("privé", "privée", "privé sous contrat")),
)

SCHOOL_STATE = _vocabulary(
    "etat_etablissement", "État de l’établissement",
    ("ouvert", "Ouvert", ("OUVERT", "ouverte")),
    ("a_ouvrir", "Ouverture prochaine", ("A OUVRIR", "à ouvrir")),
    # « A FERMER »: the directory has recorded the closure; the school takes no new partnership.
    ("ferme", "Fermé", ("FERME", "fermée", "A FERMER", "à fermer")),
)

PRIORITY = _vocabulary(
    "education_prioritaire", "Éducation prioritaire",
    ("rep_plus", "REP+", ("REP plus", "REP +", "REPPLUS")),
    ("rep", "REP", ()),
    ("hors_ep", "Hors éducation prioritaire", ("aucune", "non", "hors EP", "sans objet")),
)

NETWORK_TYPE = _vocabulary(
    "type_reseau", "Type de réseau",
    ("rep_plus", "REP+", ("REP plus", "REP +")),
    ("rep", "REP", ()),
)

PARTNERSHIP_FORM = _vocabulary(
    "forme", "Forme du partenariat",
    ("convention", "Convention", ("conventionnement", "convention signée")),
    ("projet_commun", "Projet commun", ("projet partagé", "projet conjoint")),
    ("action_ponctuelle", "Action ponctuelle", ("ponctuel", "action ponctuelle")),
    ("presence_ecole", "Présence régulière dans l’école", ("présence régulière", "présence dans l'école")),
    ("accueil_centre", "Classe ou école accueillie au centre", ("accueil au centre", "école accueillie au centre")),
    ("instance_partagee", "Instance partagée (conseil d’école, PRE…)", ("instance partagée", "conseil d'école", "PRE", "CESC")),
    ("echanges_informels", "Échanges informels", ("informel", "échanges informels")),
)

FREQUENCY = _vocabulary(
    "frequence", "Fréquence",
    ("ponctuelle", "Ponctuelle", ("ponctuel", "une fois")),
    ("trimestrielle", "Trimestrielle", ("chaque trimestre", "par trimestre")),
    ("mensuelle", "Mensuelle", ("chaque mois", "par mois")),
    ("hebdomadaire", "Hebdomadaire", ("chaque semaine", "par semaine")),
    ("continue", "Continue", ("permanente", "quotidienne")),
)

_OBJECT_TERMS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("accompagnement_scolaire", "Accompagnement scolaire", ("CLAS", "aide aux devoirs", "soutien scolaire")),
    ("parentalite", "Parentalité", ("soutien à la parentalité",)),
    ("lien_familles_ecole", "Lien familles–école", ("lien familles-école", "lien école-familles", "relation familles école")),
    ("periscolaire", "Temps périscolaire", ("périscolaire", "après l'école")),
    ("parents_allophones", "Accueil des parents non francophones", ("parents allophones", "allophones", "parents non francophones")),
    ("numerique", "Numérique", ("ENT", "Pronote")),
    ("sante", "Santé", ()),
    ("culture", "Culture", ()),
    ("decrochage", "Prévention du décrochage", ("décrochage", "décrochage scolaire")),
    ("citoyennete", "Citoyenneté", ()),
)

PARTNERSHIP_OBJECT = _vocabulary("objet", "Objet du partenariat", *_OBJECT_TERMS)

THEME = _vocabulary(
    "theme", "Thème",
    *_OBJECT_TERMS,
    ("conflits", "Conflits parents–école", ("conflit", "médiation")),
    ("communication", "Communication entre acteurs", ("communication",)),
    ("connaissance_mutuelle", "Connaissance mutuelle des acteurs", ("interconnaissance",)),
)

QUALITY = _vocabulary(
    "qualite", "Qualité du partenariat",
    ("fragile", "Fragile", ()),
    ("a_construire", "À construire", ("a construire", "en construction")),
    ("solide", "Solide", ()),
    ("exemplaire", "Exemplaire", ()),
)

ROLE = _vocabulary(
    "interlocuteur", "Rôle de l’interlocuteur",
    ("direction_ecole", "Direction d’école", ("directeur d'école", "directrice d'école", "direction")),
    ("enseignant", "Enseignant·e", ("enseignant", "enseignante", "professeur", "instituteur")),
    ("principal", "Principal·e de collège", ("principal", "principale", "chef d'établissement")),
    ("cpe", "Conseiller·ère principal·e d’éducation", ("CPE",)),
    ("coordination_rep", "Coordination REP / REP+", ("coordonnateur REP", "coordonnatrice REP")),
    ("ien", "Inspection (IEN)", ("IEN", "inspecteur")),
    ("sante_sociale", "Infirmerie ou service social scolaire", ("infirmière", "assistante sociale")),
    ("pre", "Programme de réussite éducative", ("PRE", "réussite éducative")),
    ("direction_centre", "Direction du centre", ("directeur du centre", "directrice du centre")),
    ("referent_famille", "Référent·e familles", ("référent famille", "référente famille")),
    ("coordination_clas", "Coordination CLAS", ("coordinateur CLAS", "coordinatrice CLAS")),
    ("animation", "Animateur·rice", ("animateur", "animatrice")),
)

PUBLIC = _vocabulary(
    "public", "Public visé",
    ("parents", "Parents", ()),
    ("enfants", "Enfants", ()),
    ("adolescents", "Adolescents", ("jeunes", "ados")),
    ("familles", "Familles", ()),
    ("enseignants", "Équipes enseignantes", ("enseignants",)),
    ("professionnels", "Professionnels du centre", ("équipe du centre", "salariés", "bénévoles")),
)

PRACTICE_OUTCOME = _vocabulary(
    "resultat", "Résultat",
    ("a_marche", "A marché", ("réussi", "oui", "a fonctionné")),
    ("en_partie", "A marché en partie", ("en partie", "partiellement")),
    ("n_a_pas_marche", "N’a pas marché", ("n'a pas marché", "échec", "non")),
    ("en_cours", "En cours", ("en cours",)),
)

CONFLICT_NATURE = _vocabulary(
    "nature", "Nature du conflit",
    ("sanction", "Sanction ou exclusion", ("sanction", "exclusion", "punition")),
    ("harcelement", "Harcèlement", ("harcèlement",)),
    ("orientation", "Orientation", ()),
    ("absenteisme", "Absentéisme", ("absences",)),
    ("rupture_communication", "Rupture de communication", ("communication", "incompréhension")),
    ("comportement", "Comportement en classe", ("comportement",)),
    ("autre", "Autre", ()),
)

SOLICITED_BY = _vocabulary(
    "sollicite_par", "Qui a sollicité le centre",
    ("parent", "Le ou les parents", ("parent", "parents", "famille")),
    ("ecole", "L’école", ("école", "établissement", "collège")),
    ("les_deux", "Les deux parties", ("les deux", "parents et école")),
)

STANCE = _vocabulary(
    "posture", "Posture du centre",
    ("mediation", "Médiation en présence des deux parties", ("médiation",)),
    ("tiers_neutre", "Lieu tiers neutre", ("tiers neutre", "lieu neutre")),
    ("ecoute_orientation", "Écoute et orientation", ("écoute", "orientation vers un partenaire")),
    ("accompagnement_parent", "Accompagnement du parent", ("accompagner le parent",)),
    ("soutien_ecole", "Soutien à l’école", ("soutien école",)),
    ("refus", "Refus d’intervenir", ("refus", "décliner")),
)

CONFLICT_OUTCOME = _vocabulary(
    "issue", "Issue de la situation",
    ("apaisee", "Situation apaisée", ("apaisée", "résolue")),
    ("en_partie", "Apaisée en partie", ("en partie", "partiellement")),
    ("non_resolue", "Non résolue", ("non résolue", "échec")),
    ("en_cours", "En cours", ()),
)

CONTRIBUTION_STATUS = _vocabulary(
    "statut", "Statut de la contribution",
    ("brouillon", "Brouillon", ("à valider", "proposé")),
    ("valide", "Validé par la fédération", ("validé", "validée", "valide")),
    ("rejete", "Rejeté", ("rejeté", "refusé")),
)

QUESTION_STATUS = _vocabulary(
    "etat_question", "État de la question",
    ("ouverte", "Ouverte", ()),
    ("en_travail", "En travail", ("en cours",)),
    ("traitee", "Traitée", ("répondue", "close")),
)

TOOL_KIND = _vocabulary(
    "type_outil", "Type d’outil",
    ("grille", "Grille d’analyse", ("grille",)),
    ("document", "Document", ()),
    ("charte", "Charte ou convention type", ("charte",)),
    ("support", "Support d’animation", ("support",)),
)

GRID_TARGET = _vocabulary(
    "cible_grille", "Ce que la grille analyse",
    ("pratique", "Pratiques", ("pratiques",)),
    ("situation", "Situations de conflit", ("situations", "conflits")),
)

SCALE = _vocabulary(
    "echelle", "Échelle du critère",
    ("note_1_4", "Note de 1 à 4", ("1-4", "de 1 à 4", "note")),
    ("oui_non", "Oui / non", ("oui/non",)),
    ("texte", "Texte libre", ("texte", "commentaire")),
)

ALL: tuple[Vocabulary, ...] = (
    CENTRE_TYPE, ACTIVITY, SCHOOL_LEVEL, SCHOOL_STATUS, SCHOOL_STATE, PRIORITY, NETWORK_TYPE,
    PARTNERSHIP_FORM, FREQUENCY, PARTNERSHIP_OBJECT, THEME, QUALITY, ROLE, PUBLIC,
    PRACTICE_OUTCOME, CONFLICT_NATURE, SOLICITED_BY, STANCE, CONFLICT_OUTCOME,
    CONTRIBUTION_STATUS, QUESTION_STATUS, TOOL_KIND, GRID_TARGET, SCALE,
)
