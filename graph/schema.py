"""The schema of the Passerelles graph, said once.

Every kind of node (its label, its key, its properties and their types and
vocabularies) and every kind of link lives here. Validation
(:mod:`graph.validation`), the Neo4j constraints and indexes, both stores, the
workbook template and the documentation (``docs/schema.md``, written by
``python -m graph.schema``) are all derived from these declarations: adding a
property is a one-place change.

Names are the domain's, in French, as in the federation's workbook: a column of a
sheet is a property of a node, or a link to another node when it holds the key of
that node.

>>> KINDS["Ecole"].key
'uai'
>>> kind_for_sheet("Établissements").label
'Ecole'
>>> [link.type for link in KINDS["Partenariat"].links]
['PORTE_PAR', 'AVEC']
>>> sorted(RELATIONSHIPS["SITUE_DANS"].sources)
['Centre', 'Ecole', 'Rencontre']
>>> kind_for_sheet("sources") is None  # Passerelles writes its own records: no workbook sheet holds them
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from graph import identifiers as ids
from graph import vocabularies as voc
from graph.text import fold
from graph.vocabularies import Vocabulary

# date: a day; month: a year or a month (never the day); partial_date: a year, a month or a day, as given.
PropType = Literal["text", "longtext", "int", "float", "bool", "date", "month", "partial_date", "time", "datetime"]
Gender = Literal["m", "f"]  # of the kind's noun: messages that name it agree (« ils » / « elles »)


@dataclass(frozen=True)
class Prop:
    """A property of a node: one column of its sheet."""

    name: str
    label: str
    type: PropType = "text"
    vocabulary: Vocabulary | None = None
    many: bool = False
    required: bool = False
    check: Callable[[str], str] | None = None
    minimum: float | None = None
    maximum: float | None = None
    aliases: tuple[str, ...] = ()
    help: str = ""
    indexed: bool = False
    sensitive: bool = False
    members: bool = False  # read by the federation and its centres only: never by a reader or a visitor
    system: bool = False  # set by Passerelles, not read from a workbook


@dataclass(frozen=True)
class Link:
    """A column that holds the key(s) of other nodes: stored as relationships, not as a property."""

    name: str
    type: str
    target: str
    label: str
    many: bool = False
    required: bool = False
    aliases: tuple[str, ...] = ()
    help: str = ""


@dataclass(frozen=True, eq=False)  # one object per kind: identity is equality, and hashing is cheap
class NodeKind:
    label: str
    key: str
    title: str
    plural: str
    sheet: str
    props: tuple[Prop, ...]
    links: tuple[Link, ...] = ()
    contributed: bool = False
    sheet_aliases: tuple[str, ...] = ()
    description: str = ""
    gender: Gender = "m"
    # Its free texts tell what happened to a family: beyond names and contact details, nothing in them may
    # point to one (a full date, a class, a street address).
    about_families: bool = False

    @property
    def key_prop(self) -> Prop:
        return self.props[0]

    def prop(self, name: str) -> Prop:
        return self._props_by_name[name]

    def link(self, name: str) -> Link:
        return self._links_by_name[name]

    @cached_property
    def columns(self) -> tuple[Prop | Link, ...]:
        """The columns of the workbook sheet, in template order (system properties left out)."""
        return tuple(p for p in self.props if not p.system) + self.links

    @cached_property
    def narratives(self) -> tuple[str, ...]:
        """The columns people write in their own words (``longtext``): read for anything identifying.

        >>> KINDS["Situation"].narratives
        ('actions', 'enseignements', 'recit')
        """
        return tuple(p.name for p in self.props if p.type == "longtext" and not p.system)

    def counted(self, count: int) -> str:
        """``count`` and the kind's noun in the form the number takes (French: 0 and 1 take the singular).

        >>> KINDS["Pratique"].counted(1), KINDS["Pratique"].counted(15)
        ('1 pratique', '15 pratiques')
        """
        return f"{count} {self.title if abs(count) < 2 else self.plural}"

    @cached_property
    def column_by_name(self) -> dict[str, Prop | Link]:
        return {column.name: column for column in self.columns}

    @cached_property
    def _props_by_name(self) -> dict[str, Prop]:
        return {prop.name: prop for prop in self.props}

    @cached_property
    def _links_by_name(self) -> dict[str, Link]:
        return {link.name: link for link in self.links}


@dataclass(frozen=True)
class Relationship:
    """A relationship type, the labels it starts from and the label it ends on."""

    type: str
    target: str
    sources: frozenset[str] = field(default_factory=frozenset)


def _coordinates() -> tuple[Prop, Prop]:
    return (
        Prop("latitude", "Latitude", "float", minimum=-90, maximum=90, aliases=("lat", "y"),
             help="En degrés décimaux (WGS 84), virgule ou point : 48,9472."),
        Prop("longitude", "Longitude", "float", minimum=-180, maximum=180, aliases=("lon", "lng", "x"),
             help="En degrés décimaux (WGS 84) : 2,2508."),
    )


def _contribution() -> tuple[Prop, ...]:
    """Who contributed an item, when, its status and version (every item entered by people)."""
    return (
        Prop("statut", "Statut", vocabulary=voc.CONTRIBUTION_STATUS, indexed=True,
             help="Brouillon tant que la fédération ne l’a pas validé."),
        Prop("contribue_par", "Contribué par", system=True,
             help="Le compte ou le centre qui a saisi l’élément."),
        Prop("cree_le", "Créé le", "datetime", system=True),
        Prop("modifie_le", "Modifié le", "datetime", system=True),
        Prop("version", "Version", "int", system=True, minimum=1),
        Prop("publie", "Déjà publié", "bool", system=True,
             help="Validé au moins une fois : les lecteurs en voient la version publiée, même quand une "
                  "modification attend la validation."),
        Prop("en_attente", "Modification en attente", system=True,
             help="Ce qu’un centre a changé dans l’élément publié, gardé à part jusqu’à la validation "
                  "de la fédération."),
    )


# Set by Passerelles alone, never read from a workbook nor written by a centre (it could publish its own draft):
# who contributed an item, when, its version, whether it was ever published, the change waiting for validation.
STAMPS = frozenset(prop.name for prop in _contribution() if prop.system)
# The stamp of a save (who, when, which version): not a change of the item that a history shows or a restore undoes.
SAVE_STAMP = frozenset({"contribue_par", "cree_le", "modifie_le", "version"})
assert SAVE_STAMP <= STAMPS


def stamp(props: dict[str, Any], version: int, at: str, by: str | None = None) -> dict[str, Any]:
    """``props`` of a contributed item saved ``at`` (ISO time) as its ``version``; a new item (``by``: the account
    or centre that creates it) also says who created it and when.

    >>> stamp({"titre": "Café des parents"}, 1, "2019-05-23T09:00:00+00:00", by="acacias")["cree_le"]
    '2019-05-23T09:00:00+00:00'
    >>> sorted(stamp({}, 2, "2019-06-01T10:00:00+00:00"))
    ['modifie_le', 'version']
    """
    props.update(version=version, modifie_le=at)
    if by is not None:
        props.update(cree_le=at, contribue_par=by)
    return props


def _grid() -> tuple[Prop, ...]:
    """The federation's analysis grid of a practice: the questions of its first meeting (what favours the meeting,
    what makes it work, the resources, the opportunities, the tools), and the obstacles met."""
    help_ = "Grille d’analyse de la fédération."
    return (
        Prop("favorise", "Ce qui favorise la rencontre", "longtext", help=help_),
        Prop("fait_marcher", "Ce qui fait que ça marche", "longtext", help=help_),
        Prop("ressources", "Ressources", "longtext", help=help_),
        Prop("opportunites", "Opportunités", "longtext", help=help_),
        Prop("outils", "Outils", "longtext", help=help_),
        Prop("obstacles", "Obstacles", "longtext", help=help_),
    )


# The fields of a practice's analysis grid, in the grid's order.
PRACTICE_GRID: tuple[str, ...] = tuple(prop.name for prop in _grid())

DEPARTEMENT = NodeKind(
    "Departement", "code_departement", "département", "départements", "departements",
    props=(
        Prop("code_departement", "Code du département", required=True, check=ids.check_departement,
             aliases=("departement", "dep_code", "code"), help="Deux caractères : 95, 2A ; trois outre-mer : 971."),
        Prop("nom", "Nom", required=True, indexed=True, aliases=("dep_nom",)),
    ),
    description="Un département français.",
)

COMMUNE = NodeKind(
    "Commune", "code_insee", "commune", "communes", "communes",
    props=(
        Prop("code_insee", "Code INSEE", required=True, check=ids.check_insee,
             aliases=("code_commune", "insee", "codgeo"), help="Cinq caractères, zéro initial compris : 01001, 95018."),
        Prop("nom", "Nom", required=True, indexed=True, aliases=("nom_standard", "libelle", "libgeo")),
        Prop("population", "Population", "int", minimum=0),
        *_coordinates(),
    ),
    links=(
        Link("code_departement", "DANS_DEPARTEMENT", "Departement", "Département", required=True,
             aliases=("departement", "dep_code")),
    ),
    description="Une commune, identifiée par son code INSEE.",
    gender="f",
)

QPV = NodeKind(
    "Qpv", "code_qpv", "quartier prioritaire (QPV)", "quartiers prioritaires (QPV)", "qpv",
    props=(
        Prop("code_qpv", "Code QPV", required=True, check=ids.check_qpv, aliases=("qpv", "codgeo", "code"),
             help="QP095005 (liste 2015) ou QN… (liste 2024)."),
        Prop("nom", "Nom", required=True, indexed=True, aliases=("libgeo", "libelle")),
        Prop("population", "Population", "int", minimum=0, aliases=("pop_mun",)),
    ),
    links=(
        Link("communes", "DANS_COMMUNE", "Commune", "Communes (codes INSEE)", many=True, required=True,
             aliases=("code_commune", "codes_insee")),
    ),
    sheet_aliases=("quartiers prioritaires", "quartiers"),
    description="Un quartier prioritaire de la politique de la ville, sur une ou plusieurs communes.",
)

RESEAU = NodeKind(
    "Reseau", "id_reseau", "réseau d’éducation prioritaire", "réseaux d’éducation prioritaire", "reseaux",
    props=(
        Prop("id_reseau", "Identifiant du réseau", required=True, check=ids.check_federation_id,
             aliases=("reseau", "code_reseau")),
        Prop("nom", "Nom", required=True, indexed=True),
        Prop("type", "Type", vocabulary=voc.NETWORK_TYPE, required=True, aliases=("type_reseau",)),
    ),
    links=(
        Link("tete", "TETE_DE_RESEAU", "Ecole", "Collège tête de réseau (UAI)",
             aliases=("tete_de_reseau", "college", "uai_tete")),
    ),
    sheet_aliases=("réseaux REP", "rep"),
    description="Un réseau REP ou REP+ : un collège et les écoles de son secteur.",
)

CENTRE = NodeKind(
    "Centre", "id_centre", "centre", "centres", "centres",
    props=(
        Prop("id_centre", "Identifiant du centre", required=True, check=ids.check_federation_id,
             aliases=("centre", "code_centre"), help="Le code stable que la fédération donne au centre."),
        Prop("nom", "Nom", required=True, indexed=True),
        Prop("type", "Type", vocabulary=voc.CENTRE_TYPE, required=True, aliases=("type_structure",)),
        Prop("adresse", "Adresse"),
        *_coordinates(),
        Prop("activites", "Activités", vocabulary=voc.ACTIVITY, many=True),
        Prop("adherent", "Adhérent à la fédération", "bool", aliases=("adhérent", "membre")),
        Prop("contact", "Contact pour les autres centres", members=True, aliases=("contact_partage",),
             help="L’accueil que le centre choisit de donner aux autres centres de la fédération (une adresse ou un "
                  "téléphone d’accueil, jamais celui d’une personne) ; seuls les centres et la fédération le voient."),
        *_contribution(),
    ),
    links=(
        Link("code_commune", "SITUE_DANS", "Commune", "Commune (code INSEE)", required=True,
             aliases=("code_insee", "commune", "insee")),
        Link("qpv", "INTERVIENT_EN", "Qpv", "QPV desservis", many=True, aliases=("code_qpv", "qpvs")),
    ),
    contributed=True,
    sheet_aliases=("centres sociaux", "structures"),
    description="Un centre social ou un espace de vie sociale.",
)

ECOLE = NodeKind(
    "Ecole", "uai", "établissement scolaire", "établissements scolaires", "ecoles",
    props=(
        Prop("uai", "UAI", required=True, check=ids.check_uai,
             aliases=("rne", "code_uai", "numero_uai", "code_etablissement", "identifiant_de_l_etablissement"),
             help="Huit caractères dont la lettre clé finale : 0950123T."),
        Prop("nom", "Nom", indexed=True, aliases=("nom_etablissement", "appellation_officielle")),
        Prop("niveau", "Niveau", vocabulary=voc.SCHOOL_LEVEL, indexed=True),
        Prop("statut", "Public ou privé", vocabulary=voc.SCHOOL_STATUS, aliases=("statut_public_prive", "secteur")),
        Prop("education_prioritaire", "Éducation prioritaire", vocabulary=voc.PRIORITY, indexed=True,
             aliases=("ep", "appartenance_education_prioritaire")),
        Prop("etat", "État", vocabulary=voc.SCHOOL_STATE,
             help="Selon l’annuaire de l’éducation ; un établissement fermé reste dans le graphe, avec ses partenariats."),
        *_coordinates(),
    ),
    links=(
        Link("code_commune", "SITUE_DANS", "Commune", "Commune (code INSEE)",
             aliases=("code_insee", "commune", "insee")),
        Link("reseau", "MEMBRE_DE", "Reseau", "Réseau REP / REP+", aliases=("id_reseau",)),
    ),
    sheet_aliases=("écoles", "établissements", "etablissements", "etablissements scolaires"),
    description="Une école, un collège ou un lycée, identifié par son UAI.",
)

PARTENARIAT = NodeKind(
    "Partenariat", "id_partenariat", "partenariat", "partenariats", "partenariats",
    props=(
        Prop("id_partenariat", "Identifiant du partenariat", required=True, check=ids.check_federation_id,
             aliases=("partenariat",)),
        Prop("forme", "Forme", vocabulary=voc.PARTNERSHIP_FORM, required=True, indexed=True),
        Prop("frequence", "Fréquence", vocabulary=voc.FREQUENCY),
        Prop("objets", "Objets", vocabulary=voc.PARTNERSHIP_OBJECT, many=True, aliases=("objet",)),
        Prop("qualite", "Qualité", vocabulary=voc.QUALITY, indexed=True),
        Prop("depuis", "Depuis", "partial_date", aliases=("debut", "date_debut"),
             help="L’année (2015), le mois (09/2016) ou le jour (05/06/2018), aussi précis que vous le savez."),
        Prop("interlocuteurs", "Interlocuteurs (rôles)", vocabulary=voc.ROLE, many=True,
             help="Des rôles, jamais des noms de personnes."),
        *_contribution(),
    ),
    links=(
        Link("id_centre", "PORTE_PAR", "Centre", "Centre", required=True, aliases=("centre",)),
        Link("uai", "AVEC", "Ecole", "Établissement (UAI)", required=True, aliases=("ecole", "etablissement")),
    ),
    contributed=True,
    description="Le lien entre un centre et un établissement : forme, fréquence, objets, qualité.",
)

PRATIQUE = NodeKind(
    "Pratique", "id_pratique", "pratique", "pratiques", "pratiques",
    props=(
        Prop("id_pratique", "Identifiant de la pratique", required=True, check=ids.check_federation_id,
             aliases=("pratique",)),
        Prop("titre", "Titre", required=True, indexed=True),
        Prop("description", "Description", "longtext"),
        Prop("themes", "Thèmes", vocabulary=voc.THEME, many=True, aliases=("theme",)),
        Prop("public", "Public visé", vocabulary=voc.PUBLIC, many=True, aliases=("publics",)),
        *_grid(),
        Prop("resultat", "Résultat", vocabulary=voc.PRACTICE_OUTCOME, indexed=True),
        Prop("preuves", "Ce qui le montre", "longtext", aliases=("preuve", "elements_de_preuve")),
        Prop("debut", "Début", "partial_date", aliases=("date_debut",)),
        Prop("fin", "Fin", "partial_date", aliases=("date_fin",)),
        *_contribution(),
    ),
    links=(
        Link("id_centre", "PORTEE_PAR", "Centre", "Centre porteur", required=True, aliases=("centre",)),
        Link("uai", "AVEC", "Ecole", "Établissements (UAI)", many=True, aliases=("ecoles", "etablissements")),
        Link("rencontre", "PRESENTEE_A", "Rencontre", "Rencontre où elle a été présentée",
             aliases=("id_rencontre",)),
    ),
    contributed=True,
    description="Une pratique de coopération, décrite selon la grille d’analyse, avec son résultat.",
    gender="f",
)

SITUATION = NodeKind(
    "Situation", "id_situation", "situation de conflit", "situations de conflit", "situations",
    props=(
        Prop("id_situation", "Identifiant de la situation", required=True, check=ids.check_federation_id,
             aliases=("situation",)),
        Prop("date", "Mois", "month", help="Le mois seulement : une date précise pourrait identifier une famille."),
        Prop("niveau", "Niveau scolaire", vocabulary=voc.SCHOOL_LEVEL),
        Prop("nature", "Nature du conflit", vocabulary=voc.CONFLICT_NATURE, required=True, indexed=True),
        Prop("sollicite_par", "Sollicité par", vocabulary=voc.SOLICITED_BY, required=True),
        Prop("posture", "Posture du centre", vocabulary=voc.STANCE, required=True, indexed=True),
        Prop("actions", "Actions menées", "longtext"),
        Prop("issue", "Issue", vocabulary=voc.CONFLICT_OUTCOME),
        Prop("enseignements", "Enseignements", "longtext"),
        Prop("recit", "Récit (pseudonymisé)", "longtext", sensitive=True,
             help="Sans nom, sans coordonnées, sans rien qui permette de reconnaître une famille."),
        *_contribution(),
    ),
    links=(
        Link("id_centre", "SIGNALEE_PAR", "Centre", "Centre", required=True, aliases=("centre",)),
        Link("uai", "CONCERNE", "Ecole", "Établissement (UAI, facultatif)", aliases=("ecole",)),
    ),
    contributed=True,
    sheet_aliases=("situations de conflit", "conflits"),
    description="Une situation de conflit parent(s)–école dans laquelle un centre a été sollicité.",
    gender="f",
    about_families=True,
)

RENCONTRE = NodeKind(
    "Rencontre", "id_rencontre", "rencontre", "rencontres", "rencontres",
    props=(
        Prop("id_rencontre", "Identifiant de la rencontre", required=True, check=ids.check_federation_id,
             aliases=("rencontre",)),
        Prop("date", "Date", "date", required=True),
        Prop("heure_debut", "Heure de début", "time"),
        Prop("heure_fin", "Heure de fin", "time"),
        Prop("lieu", "Lieu"),
        Prop("adresse", "Adresse"),
        Prop("theme", "Thème", "longtext"),
        *_contribution(),
    ),
    links=(
        Link("code_commune", "SITUE_DANS", "Commune", "Commune (code INSEE)", aliases=("code_insee", "commune")),
        Link("participants", "A_REUNI", "Centre", "Centres présents", many=True, aliases=("centres",)),
        Link("questions", "A_TRAITE", "Question", "Questions traitées", many=True),
        Link("invites", "A_INVITE", "Centre", "Centres invités", many=True),
    ),
    contributed=True,
    description="Une rencontre entre centres organisée par la fédération.",
    gender="f",
)

QUESTION = NodeKind(
    "Question", "id_question", "question", "questions", "questions",
    props=(
        Prop("id_question", "Identifiant de la question", required=True, check=ids.check_federation_id),
        Prop("texte", "Question", "longtext", required=True, aliases=("question", "intitule")),
        Prop("themes", "Thèmes", vocabulary=voc.THEME, many=True, aliases=("theme",)),
        Prop("etat", "État", vocabulary=voc.QUESTION_STATUS),
        *_contribution(),
    ),
    links=(
        Link("posee_par", "POSEE_PAR", "Centre", "Posée par (centre)", aliases=("id_centre",)),
        Link("rencontre", "SOULEVEE_A", "Rencontre", "Rencontre où elle a été soulevée",
             aliases=("id_rencontre",)),
        Link("reponses", "REPONDUE_PAR", "Pratique", "Pratiques qui y répondent", many=True,
             aliases=("pratiques",)),
    ),
    contributed=True,
    sheet_aliases=("pistes", "questions et pistes"),
    description="Une question ou une piste d’action soulevée par un centre.",
    gender="f",
)

OUTIL = NodeKind(
    "Outil", "id_outil", "outil", "outils", "outils",
    props=(
        Prop("id_outil", "Identifiant de l’outil", required=True, check=ids.check_federation_id),
        Prop("nom", "Nom", required=True, indexed=True),
        Prop("type", "Type", vocabulary=voc.TOOL_KIND),
        Prop("description", "Description", "longtext"),
        *_contribution(),
    ),
    links=(
        Link("utilise_par", "UTILISE_PAR", "Centre", "Centres qui l’utilisent", many=True),
        Link("pratiques", "SOUTIENT", "Pratique", "Pratiques qu’il soutient", many=True),
    ),
    contributed=True,
    sheet_aliases=("outils et grilles", "grilles"),
    description="Un outil ou une grille d’analyse.",
)

RETOUR = NodeKind(
    "Retour", "id_retour", "retour d’expérience", "retours d’expérience", "retours",
    props=(
        Prop("id_retour", "Identifiant du retour", required=True, check=ids.check_federation_id,
             aliases=("retour",)),
        Prop("date", "Mois", "month"),
        Prop("resultat", "Résultat", vocabulary=voc.PRACTICE_OUTCOME, required=True, indexed=True),
        Prop("adaptations", "Ce que nous avons adapté", "longtext"),
        Prop("commentaire", "Ce que nous en retenons", "longtext"),
        *_contribution(),
    ),
    links=(
        Link("pratique", "REPREND", "Pratique", "Pratique reprise", required=True, aliases=("id_pratique",)),
        Link("id_centre", "RAPPORTE_PAR", "Centre", "Centre qui l’a reprise", required=True, aliases=("centre",)),
    ),
    contributed=True,
    sheet_aliases=("retours d'experience", "reprises"),
    description="Ce qu’il est advenu d’une pratique reprise par un autre centre.",
)

AVIS = NodeKind(
    "Avis", "id_avis", "avis de partenaire", "avis de partenaires", "avis",
    props=(
        Prop("id_avis", "Identifiant de l’avis", required=True, check=ids.check_federation_id),
        Prop("role", "Rôle du partenaire", vocabulary=voc.ROLE, required=True,
             help="Le rôle seulement (directrice d’école, CPE…), jamais le nom."),
        Prop("date", "Mois", "month"),
        Prop("texte", "Ce qui, selon lui, favorise la relation", "longtext", required=True, aliases=("avis",)),
        Prop("themes", "Thèmes", vocabulary=voc.THEME, many=True, aliases=("theme",)),
        *_contribution(),
    ),
    links=(
        Link("id_centre", "RECUEILLI_PAR", "Centre", "Centre qui l’a recueilli", required=True, aliases=("centre",)),
        Link("uai", "EXPRIME_DEPUIS", "Ecole", "Établissement du partenaire (UAI, facultatif)", aliases=("ecole",)),
        Link("rencontre", "PARTAGE_A", "Rencontre", "Rencontre où il a été partagé", aliases=("id_rencontre",)),
    ),
    contributed=True,
    sheet_aliases=("avis des partenaires", "paroles de partenaires"),
    description="Ce qu’un partenaire de l’Éducation nationale dit de ce qui favorise la relation (par son rôle).",
)

GRILLE = NodeKind(
    "Grille", "id_grille", "grille d’analyse", "grilles d’analyse", "grilles",
    props=(
        Prop("id_grille", "Identifiant de la grille", required=True, check=ids.check_federation_id),
        Prop("nom", "Nom", required=True),
        Prop("cible", "Ce qu’elle analyse", vocabulary=voc.GRID_TARGET, required=True),
        Prop("description", "Description", "longtext"),
        *_contribution(),
    ),
    contributed=True,
    sheet_aliases=("grilles d'analyse",),
    description="Une grille d’analyse définie par la fédération.",
    gender="f",
)

CRITERE = NodeKind(
    "Critere", "id_critere", "critère", "critères", "criteres",
    props=(
        Prop("id_critere", "Identifiant du critère", required=True, check=ids.check_federation_id),
        Prop("libelle", "Critère", required=True),
        Prop("aide", "Aide", "longtext"),
        Prop("echelle", "Échelle", vocabulary=voc.SCALE, required=True),
        Prop("ordre", "Ordre", "int", minimum=0),
        *_contribution(),
    ),
    links=(Link("grille", "DANS_GRILLE", "Grille", "Grille", required=True, aliases=("id_grille",)),),
    contributed=True,
    description="Un critère d’une grille d’analyse, avec son échelle et son aide.",
)

EVALUATION = NodeKind(
    "Evaluation", "id_evaluation", "évaluation", "évaluations", "evaluations",
    props=(
        Prop("id_evaluation", "Identifiant de l’évaluation", required=True, check=ids.check_federation_id),
        Prop("valeur", "Valeur", required=True, help="Une note de 1 à 4, oui / non, ou un texte, selon l’échelle."),
        Prop("commentaire", "Commentaire", "longtext"),
        *_contribution(),
    ),
    links=(
        Link("critere", "SELON", "Critere", "Critère", required=True, aliases=("id_critere",)),
        Link("pratique", "EVALUE", "Pratique", "Pratique évaluée", aliases=("id_pratique",)),
        Link("situation", "EVALUE_SITUATION", "Situation", "Situation évaluée", aliases=("id_situation",)),
    ),
    contributed=True,
    description="La valeur d’un critère d’une grille pour une pratique ou une situation.",
    gender="f",
)

TERME = NodeKind(
    "Terme", "id_terme", "terme du thésaurus", "termes du thésaurus", "termes",
    props=(
        Prop("id_terme", "Identifiant du terme", required=True),
        Prop("terme", "Terme", required=True,
             help="Des mots qui disent le sujet comme les centres le disent (« ça s’embrouille sur Snap »)."),
        Prop("concept", "Concept", required=True, indexed=True,
             help="Le code du concept du thésaurus qu’il nomme (« harcelement », « ecrans »…)."),
        *_contribution(),
    ),
    contributed=True,
    description="Un terme que la fédération ajoute à un concept du thésaurus des recommandations (écrit dans "
                "l’application par un administrateur, jamais par un classeur).",
)

SOURCE = NodeKind(
    "Source", "fichier", "jeu de données", "jeux de données", "sources",
    props=(
        Prop("fichier", "Fichier", required=True,
             help="Le nom du fichier lu : celui du cache pour un fichier téléchargé (annuaire-education-95.csv)."),
        Prop("jeu", "Jeu de données", required=True,
             help="Ce que contient le fichier : « Annuaire de l’éducation (95) »."),
        Prop("url", "Adresse", help="D’où il a été téléchargé ; vide pour un fichier local ou déposé."),
        Prop("date", "Date", "datetime", required=True,
             help="Quand cette version du fichier a été téléchargée (ou la date d’un fichier local) ; "
                  "la même version relue plus tard garde sa date."),
        Prop("lignes", "Lignes lues", "int", minimum=0,
             help="Les lignes du fichier ; pour des contours, les communes du territoire chargé."),
        Prop("empreinte", "Empreinte", help="SHA-256 du contenu : deux versions d’un fichier se distinguent par elle."),
    ),
    description="Un fichier de données ouvertes chargé dans le graphe : d’où il vient et de quand (écrit par "
                "l’import, jamais par un classeur).",
)

# In template and loading order: what a sheet refers to comes before it where possible.
KIND_LIST: tuple[NodeKind, ...] = (
    DEPARTEMENT, COMMUNE, QPV, CENTRE, RESEAU, ECOLE, PARTENARIAT, RENCONTRE, PRATIQUE,
    SITUATION, QUESTION, OUTIL, RETOUR, AVIS, GRILLE, CRITERE, EVALUATION,
)
# Every kind the graph holds: the workbook's, then those Passerelles writes itself (never a sheet).
NODE_KINDS: tuple[NodeKind, ...] = (*KIND_LIST, SOURCE, TERME)
KINDS: dict[str, NodeKind] = {kind.label: kind for kind in NODE_KINDS}


def _relationships() -> dict[str, Relationship]:
    found: dict[str, Relationship] = {}
    for kind in NODE_KINDS:
        for link in kind.links:
            known = found.get(link.type)
            if known and known.target != link.target:
                raise ValueError(f"{link.type} ends on {known.target} and {link.target}")
            sources = (known.sources if known else frozenset()) | {kind.label}
            found[link.type] = Relationship(link.type, link.target, frozenset(sources))
    return found


RELATIONSHIPS: dict[str, Relationship] = _relationships()

_SHEETS: dict[str, NodeKind] = {
    fold(name): kind for kind in KIND_LIST for name in (kind.sheet, kind.label, kind.plural, *kind.sheet_aliases)
}


def kind_for_sheet(name: str) -> NodeKind | None:
    """The kind a workbook sheet (or CSV file stem) holds, whatever its case and accents."""
    return _SHEETS.get(fold(name))


def node_kind(label: str) -> NodeKind:
    """The kind of ``label``; :class:`~graph.errors.SchemaError` when the schema has none."""
    try:
        return KINDS[label]
    except KeyError:
        from graph.errors import SchemaError

        raise SchemaError("store.unknown_label", label=label) from None


def relationship(type_: str) -> Relationship:
    """The relationship type ``type_``; :class:`~graph.errors.SchemaError` when unknown."""
    try:
        return RELATIONSHIPS[type_]
    except KeyError:
        from graph.errors import SchemaError

        raise SchemaError("store.unknown_relationship", type=type_) from None


def iter_links() -> Iterator[tuple[NodeKind, Link]]:
    for kind in KIND_LIST:
        for link in kind.links:
            yield kind, link
