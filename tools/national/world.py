"""The national world being built: compact, slotted records, and the indexes the later sheets need.

Schools, partnerships and practices have the attribute names of their counterparts in
:mod:`tools.demo.world`, so that the demo's models (``practice_score``, ``roles_for``, …) work on
them unchanged; centres are kept as their sheet rows, as in the demo.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph import vocabularies as voc
from tools.demo.common import label
from tools.national.common import Row


@dataclass(slots=True)
class Commune:
    """A real commune (or municipal arrondissement) and the fictional point it was given."""

    code: str
    nom: str
    dept: str
    population: int
    lat: float
    lon: float
    qpvs: list[str] = field(default_factory=list)
    qpv_population: float = 0.0  # people of its QPVs living in it (a QPV's people split evenly between its communes)
    placeable: bool = True  # False for Paris, Lyon and Marseille, whose arrondissements hold the schools and centres


@dataclass(slots=True)
class School:
    """A fictional school; ``level`` and ``priority`` are vocabulary codes, ``network`` a REP id or empty."""

    uai: str
    nom: str
    level: str
    public: bool
    priority: str
    network: str
    commune: str
    lat: float
    lon: float


@dataclass(slots=True)
class Partnership:
    """A partnership between a centre and a school; ``since`` is a month (see :func:`tools.demo.common.month`)."""

    id: str
    centre: str
    uai: str
    forme: str
    frequence: str
    objets: list[str]
    qualite: str
    since: int
    roles: list[str]


@dataclass(slots=True)
class Meeting:
    """A meeting of a départemental federation; ``month`` as in :func:`tools.demo.common.month`."""

    id: str
    dept: str
    day: tuple[int, int, int]  # year, month, day
    month: int
    participants: list[str]
    host: str
    theme: str
    hours: tuple[str, str]


@dataclass(slots=True)
class Practice:
    """A practice of a centre within one of its partnerships, drawn from a family of the demo's phrase bank."""

    centre: str
    partnership: Partnership
    family: dict
    score: float = 0.0
    resultat: str = ""
    rencontre: str = ""
    meeting_month: int = 0
    debut: int = 0
    fin: int | None = None
    uais: list[str] = field(default_factory=list)
    id: str = ""
    draft: bool = False


@dataclass
class World:
    """Everything built so far, and the rows written per sheet."""

    seed: int
    scale: float
    departements: dict[str, str] = field(default_factory=dict)  # code → name, the départements generated
    communes: dict[str, Commune] = field(default_factory=dict)
    qpv_communes: dict[str, list[str]] = field(default_factory=dict)  # QPV code → its communes
    schools: dict[str, School] = field(default_factory=dict)
    schools_by_commune: dict[str, list[str]] = field(default_factory=dict)
    centres: dict[str, Row] = field(default_factory=dict)  # id → the centre's row (labels, as written)
    partnerships: list[Partnership] = field(default_factory=list)
    by_centre: dict[str, list[Partnership]] = field(default_factory=dict)
    meetings: list[Meeting] = field(default_factory=list)
    practices: list[Practice] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # sheet → rows written
    notes: list[str] = field(default_factory=list)  # what the generator has to tell (unmatched QPV, caps hit…)

    def dept_of_centre(self, centre: str) -> str:
        return self.communes[self.centres[centre]["code_commune"]].dept


_EVS = label(voc.CENTRE_TYPE, "evs")
_CLAS = label(voc.ACTIVITY, "clas")


def is_evs(world: World, centre: str) -> bool:
    """Whether ``centre`` is an espace de vie sociale."""
    return world.centres[centre]["type"] == _EVS


def has_clas(world: World, centre: str) -> bool:
    """Whether ``centre`` runs a CLAS."""
    return _CLAS in world.centres[centre]["activites"].split("|")
