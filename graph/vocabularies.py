"""Controlled vocabularies of the domain, with their French labels.

A vocabulary is a closed list of terms. Each term has a stable ``code`` (what
the graph stores, ASCII, never shown to users), a French ``label`` (what users
read and may type) and optional ``aliases`` (other spellings met in the
federation's spreadsheets). Matching ignores case, accents, spaces, hyphens and
underscores; then, if nothing matched, the words that only join others (« à la »,
« du »), plurals, inclusive writing (« enseignant·e ») and a part in brackets
(« Accompagnement à la scolarité (CLAS) » is also « Accompagnement à la
scolarité » and « CLAS »). Negations are never ignored: « n’a pas marché » is
not « a marché ».

An *open* vocabulary (the roles of people) lists the terms known to the
federation; a text that is none of them is kept as written (see
:func:`graph.validation.converter`).

>>> QUALITY.code_for("Exemplaire")
'exemplaire'
>>> QUALITY.code_for("à construire")
'a_construire'
>>> QUALITY.label("a_construire")
'À construire'
>>> QUALITY.code_for("excellent") is None
True
>>> ACTIVITY.code_for("accompagnement à la scolarité"), ROLE.code_for("Référente familles")
('clas', 'referent_famille')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from graph.text import feminine, fold, lenient, masculine

_BRACKETS = re.compile(r"\s*\(([^()]*)\)")


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
    open: bool = False  # a text that is no term is kept as written
    _index: dict[str, str] = field(init=False, repr=False, compare=False)
    _lenient: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, str] = {}
        loose: dict[str, set[str]] = {}
        for term in self.terms:
            for spelling in (term.code, term.label, *term.aliases):
                for variant in spelling_variants(spelling):
                    index.setdefault(fold(variant), term.code)
                    loose.setdefault(lenient(variant), set()).add(term.code)
        object.__setattr__(self, "_index", index)
        # A loose key two terms share says nothing: it is left out.
        object.__setattr__(self, "_lenient", {key: next(iter(codes)) for key, codes in loose.items()
                                              if len(codes) == 1 and key})

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(term.code for term in self.terms)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(term.label for term in self.terms)

    def code_for(self, text: str) -> str | None:
        """The code of the term spelt ``text`` (code, label or alias), or None."""
        code = self._index.get(fold(text))
        if code is not None:
            return code
        for variant in spelling_variants(text):
            code = self._index.get(fold(variant)) or self._lenient.get(lenient(variant))
            if code is not None:
                return code
        return None

    def label(self, code: str) -> str:
        """The French label of ``code`` (the code itself when unknown)."""
        for term in self.terms:
            if term.code == code:
                return term.label
        return code

    def spellings(self) -> dict[str, str]:
        """Every accepted spelling (folded) and the code it stands for."""
        return dict(self._index)

    def written(self) -> Iterator[tuple[str, str]]:
        """Every spelling as written (label, aliases, their variants) and the code it stands for."""
        for term in self.terms:
            for spelling in (term.label, *term.aliases):
                for variant in spelling_variants(spelling):
                    yield variant, term.code


def spelling_variants(spelling: str) -> list[str]:
    """``spelling`` and the other ways it is written: without its part in brackets, that part alone
    (when it is one name, not a list), masculine and feminine of inclusive writing.

    >>> spelling_variants("Accueil de loisirs (ALSH)")
    ['Accueil de loisirs (ALSH)', 'Accueil de loisirs', 'ALSH']
    >>> spelling_variants("Enseignant·e")
    ['Enseignant·e', 'Enseignant', 'Enseignante']
    """
    found = [spelling]
    bare = _BRACKETS.sub("", spelling).strip()
    if bare and bare != spelling:
        found.append(bare)
    found += [inner.strip() for inner in _BRACKETS.findall(spelling)
              if inner.strip() and not any(mark in inner for mark in ",;…")
              and masculine(f"x({inner})") != "x"]  # « (e) », « (s) »: inclusive writing, not a name
    for text in list(found):
        found += [form for form in (masculine(text), feminine(text)) if form not in found]
    return found


def _vocabulary(name: str, title: str, *terms: tuple[str, str] | tuple[str, str, tuple[str, ...]],
                open: bool = False) -> Vocabulary:
    return Vocabulary(name, title, tuple(Term(*term) for term in terms), open)


CENTRE_TYPE = _vocabulary(
    "type_centre", "Type de structure",
    ("centre_social", "Centre social", ("CS",)),
    ("evs", "Espace de vie sociale", ("EVS",)),
)

ACTIVITY = _vocabulary(
    "activite", "Activité du centre",
    ("clas", "Accompagnement à la scolarité (CLAS)", (
        "CLAS", "accompagnement scolaire", "aide aux devoirs", "contrat local d'accompagnement à la scolarité",
        "soutien scolaire")),
    ("alsh", "Accueil de loisirs (ALSH)", ("ALSH", "centre de loisirs", "accueil de loisirs sans hébergement")),
    ("parentalite", "Soutien à la parentalité", ("parentalité", "REAAP", "accompagnement à la parentalité", "LAEP")),
    ("asl", "Ateliers sociolinguistiques", (
        "ASL", "FLE", "cours de français", "ateliers de langue", "ateliers de français", "ateliers linguistiques",
        "alphabétisation")),
    ("numerique", "Accompagnement numérique", (
        "numérique", "informatique", "aide numérique", "inclusion numérique", "médiation numérique",
        "ateliers numériques")),
    ("jeunesse", "Accueil jeunes", ("jeunesse", "secteur jeunes", "espace jeunes", "secteur jeunesse")),
    ("famille", "Secteur familles", ("familles", "sorties familles", "sorties familiales")),
    ("culture", "Culture et loisirs", ("culture",)),
    ("fetes", "Fêtes et animations de quartier", (
        "fêtes", "animations", "fêtes de quartier", "festivités", "animations de quartier")),
    ("acces_droits", "Accès aux droits", ("accès aux droits", "permanences")),
)

SCHOOL_LEVEL = _vocabulary(
    "niveau", "Niveau de l’établissement",
    ("maternelle", "École maternelle", ("maternelle",)),
    ("elementaire", "École élémentaire", ("élémentaire", "elementaire")),
    ("primaire", "École primaire", ("primaire",)),
    ("college", "Collège", ("collège",)),
    ("lycee", "Lycée", (
        "lycée", "lycée général", "lycée général et technologique", "LGT", "lycée polyvalent", "lycée technologique")),
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
    ("convention", "Convention", ("conventionnement", "convention signée", "convention de partenariat")),
    ("projet_commun", "Projet commun", ("projet partagé", "projet conjoint", "projet en commun")),
    ("action_ponctuelle", "Action ponctuelle", ("ponctuel", "intervention ponctuelle")),
    ("presence_ecole", "Présence régulière dans l’école", (
        "présence régulière", "présence dans l'école", "présence régulière à l'école",
        "présence dans l'établissement", "présence régulière dans l'établissement", "permanence à l'école",
        "permanence dans l'école")),
    ("accueil_centre", "Classe ou école accueillie au centre", (
        "accueil au centre", "école accueillie au centre", "classe accueillie au centre",
        "accueil de l'école au centre", "accueil de la classe au centre", "accueil de classes au centre",
        "accueil des élèves au centre")),
    ("instance_partagee", "Instance partagée (conseil d’école, PRE…)", (
        "conseil d'école", "PRE", "CESC", "instance commune", "conseil d'administration du collège",
        "comité de pilotage")),
    ("echanges_informels", "Échanges informels", ("informel", "contacts informels", "relations informelles")),
)

FREQUENCY = _vocabulary(
    "frequence", "Fréquence",
    ("ponctuelle", "Ponctuelle", ("ponctuel", "une fois", "occasionnelle", "occasionnel", "ponctuellement")),
    ("trimestrielle", "Trimestrielle", (
        "trimestriel", "chaque trimestre", "par trimestre", "tous les trimestres", "une fois par trimestre")),
    ("mensuelle", "Mensuelle", ("mensuel", "chaque mois", "par mois", "tous les mois", "une fois par mois")),
    ("hebdomadaire", "Hebdomadaire", (
        "hebdo", "chaque semaine", "par semaine", "toutes les semaines", "une fois par semaine",
        "plusieurs fois par semaine")),
    ("continue", "Continue", (
        "continu", "en continu", "permanente", "permanent", "quotidienne", "quotidien", "au quotidien",
        "toute l'année")),
)

_OBJECT_TERMS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("accompagnement_scolaire", "Accompagnement scolaire", (
        "CLAS", "aide aux devoirs", "soutien scolaire", "accompagnement à la scolarité")),
    ("parentalite", "Parentalité", ("soutien à la parentalité", "accompagnement à la parentalité")),
    ("lien_familles_ecole", "Lien familles–école", (
        "lien familles-école", "lien école-familles", "relation familles école", "lien famille-école",
        "lien école-famille", "relation école-famille", "relations école-familles", "lien parents-école",
        "relation parents-école", "coéducation")),
    ("periscolaire", "Temps périscolaire", ("périscolaire", "après l'école", "accueil périscolaire")),
    ("parents_allophones", "Accueil des parents non francophones", (
        "parents allophones", "allophones", "parents non francophones", "accueil des parents allophones",
        "familles allophones", "familles non francophones")),
    ("numerique", "Numérique", ("ENT", "Pronote")),
    ("sante", "Santé", ()),
    ("culture", "Culture", ()),
    ("decrochage", "Prévention du décrochage", (
        "décrochage", "décrochage scolaire", "prévention du décrochage scolaire", "lutte contre le décrochage")),
    ("citoyennete", "Citoyenneté", ()),
)

PARTNERSHIP_OBJECT = _vocabulary("objet", "Objet du partenariat", *_OBJECT_TERMS)

THEME = _vocabulary(
    "theme", "Thème",
    *_OBJECT_TERMS,
    ("conflits", "Conflits parents–école", (
        "conflit", "médiation", "conflits parent-école", "conflits parents-école", "conflits familles-école")),
    ("communication", "Communication entre acteurs", ("communication",)),
    ("connaissance_mutuelle", "Connaissance mutuelle des acteurs", ("interconnaissance", "connaissance mutuelle")),
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
    ("direction_ecole", "Direction d’école", (
        "directeur d'école", "directrice d'école", "direction", "directeur", "directrice", "direction de l'école")),
    ("enseignant", "Enseignant·e", (
        "professeur·e", "instituteur·rice", "professeur·e des écoles", "maîtresse", "maître", "prof")),
    ("principal", "Principal·e de collège", ("principal·e",)),
    ("cpe", "Conseiller·ère principal·e d’éducation", ("CPE",)),
    ("coordination_rep", "Coordination REP / REP+", (
        "coordonnateur·rice REP", "coordinateur·rice REP", "coordonnateur·rice REP+", "coordinateur·rice REP+")),
    ("ien", "Inspection (IEN)", ("inspecteur·rice", "inspecteur·rice de l'éducation nationale")),
    ("sante_sociale", "Infirmerie ou service social scolaire", (
        "infirmier·ère", "infirmier·ère scolaire", "assistant·e social·e", "assistant·e social·e scolaire",
        "médecin scolaire")),
    ("pre", "Programme de réussite éducative", (
        "PRE", "réussite éducative", "référent·e PRE", "coordinateur·rice PRE")),
    ("direction_centre", "Direction du centre", (
        "directeur·rice du centre", "direction du centre social", "directeur·rice du centre social")),
    ("referent_famille", "Référent·e familles", ("référent·e famille",)),
    ("coordination_clas", "Coordination CLAS", (
        "coordinateur·rice CLAS", "coordonnateur·rice CLAS", "référent·e CLAS")),
    ("animation", "Animateur·rice", ()),
    open=True,  # a role that is none of these is kept as written: see graph.validation
)

PUBLIC = _vocabulary(
    "public", "Public visé",
    ("parents", "Parents", ("parents d'élèves",)),
    ("enfants", "Enfants", ("écoliers", "élèves du primaire")),
    ("adolescents", "Adolescents", ("jeunes", "ados")),
    ("collegiens", "Collégiens", ("collégiennes", "élèves de collège")),
    ("lyceens", "Lycéens", ("lycéennes", "élèves de lycée")),
    ("familles", "Familles", ()),
    ("enseignants", "Équipes enseignantes", ("enseignants", "professeurs", "équipes éducatives", "équipe pédagogique")),
    ("professionnels", "Professionnels du centre", ("équipe du centre", "salariés", "bénévoles")),
)

PRACTICE_OUTCOME = _vocabulary(
    "resultat", "Résultat",
    ("a_marche", "A marché", (
        "réussi", "oui", "a fonctionné", "ça a marché", "marche bien", "fonctionne bien", "réussite")),
    ("en_partie", "A marché en partie", (
        "en partie", "partiellement", "a fonctionné en partie", "partiellement réussi")),
    ("n_a_pas_marche", "N’a pas marché", ("échec", "non", "n'a pas fonctionné", "pas marché", "n'a pas abouti")),
    ("en_cours", "En cours", ("en cours d'évaluation", "trop tôt pour le dire")),
)

CONFLICT_NATURE = _vocabulary(
    "nature", "Nature du conflit",
    ("sanction", "Sanction ou exclusion", (
        "sanction", "exclusion", "punition", "sanction disciplinaire", "conseil de discipline")),
    ("harcelement", "Harcèlement", ("harcèlement scolaire", "cyberharcèlement")),
    ("orientation", "Orientation", ()),
    ("absenteisme", "Absentéisme", ("absences", "absentéisme scolaire")),
    ("rupture_communication", "Rupture de communication", (
        "communication", "incompréhension", "rupture du dialogue", "rupture de dialogue", "malentendu")),
    ("comportement", "Comportement en classe", ("comportement",)),
    ("autre", "Autre", ()),
)

SOLICITED_BY = _vocabulary(
    "sollicite_par", "Qui a sollicité le centre",
    ("parent", "Le ou les parents", ("parent", "parent(s)", "famille", "la famille", "mère", "père")),
    ("ecole", "L’école", ("école", "établissement", "collège", "lycée", "l'enseignant", "la direction")),
    ("les_deux", "Les deux parties", (
        "les deux", "parents et école", "parent et école", "école et parents", "école et famille", "famille et école",
        "parent(s) et école")),
)

STANCE = _vocabulary(
    "posture", "Posture du centre",
    ("mediation", "Médiation en présence des deux parties", (
        "médiation", "médiation parent-école", "médiation parents-école")),
    ("tiers_neutre", "Lieu tiers neutre", (
        "tiers neutre", "lieu neutre", "tiers lieu neutre", "tiers lieu", "espace neutre")),
    ("ecoute_orientation", "Écoute et orientation", (
        "écoute", "orientation vers un partenaire", "écoute et réorientation")),
    ("accompagnement_parent", "Accompagnement du parent", (
        "accompagner le parent", "accompagnement des parents", "accompagnement de la famille")),
    ("soutien_ecole", "Soutien à l’école", ("soutien école", "soutien de l'école", "appui à l'école")),
    ("refus", "Refus d’intervenir", ("refus", "décliner", "a décliné", "ne pas intervenir", "non-intervention")),
)

CONFLICT_OUTCOME = _vocabulary(
    "issue", "Issue de la situation",
    ("apaisee", "Situation apaisée", ("apaisée", "résolue", "réglée", "apaisement")),
    ("en_partie", "Apaisée en partie", (
        "en partie", "partiellement", "partiellement apaisée", "partiellement résolue")),
    ("non_resolue", "Non résolue", ("échec", "pas résolue", "non réglée", "irrésolue")),
    ("en_cours", "En cours", ()),
)

CONTRIBUTION_STATUS = _vocabulary(
    "statut", "Statut de la contribution",
    ("brouillon", "Brouillon", ("à valider", "proposé")),
    ("valide", "Validé par la fédération", ("validé", "validée", "valide")),
    ("rejete", "Rejeté", ("rejeté", "refusé")),
)
# The statuses by name, for the guard, the queries and the loaders that test them.
DRAFT, PUBLISHED, REJECTED = CONTRIBUTION_STATUS.codes

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
