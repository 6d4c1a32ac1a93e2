"""The world being built: communes, schools, partnerships and practices, and the rows of each sheet.

:class:`School`, :class:`Partnership`, :class:`Practice`, :func:`is_evs` and :func:`has_clas` serve the national
generator (:mod:`tools.national.world`) too: its world keeps centres as their sheet rows, as here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from graph import vocabularies as voc
from tools.demo.common import Row, label


@dataclass
class Commune:
    """A real commune of the department, with its polygons and the QPV it holds."""

    code: str
    nom: str
    population: int
    lat: float
    lon: float
    polygons: list = field(repr=False)
    qpvs: list[str] = field(default_factory=list)


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
    """A partnership between a centre and a school; ``since`` is a month (see :func:`~tools.demo.common.month`)."""

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
class Practice:
    """A practice of a centre within one of its partnerships, drawn from a family of the phrase bank.

    ``score`` says how well the configuration suits the family; the outcome (``resultat``), the meeting
    where it was presented, its dates and the other schools involved are set afterwards. The national
    generator uses it too, and sets ``meeting_month`` (the demo reads it from ``MEETING_MONTH``).
    """

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
    """Everything built so far, and the rows of each sheet (by sheet name) once it is built."""

    communes: dict[str, Commune]
    rows: dict[str, list[Row]] = field(default_factory=dict)
    schools: dict[str, School] = field(default_factory=dict)
    centres: dict[str, Row] = field(default_factory=dict)
    partnerships: list[Partnership] = field(default_factory=list)
    practices: list[Practice] = field(default_factory=list)
    participants: dict[str, list[str]] = field(default_factory=dict)


class HasCentres(Protocol):
    """A world (the demo's or the national one) that keeps each centre as its sheet row, by id."""

    centres: dict[str, Row]


_EVS = label(voc.CENTRE_TYPE, "evs")
_CLAS = label(voc.ACTIVITY, "clas")


def is_evs(world: HasCentres, centre: str) -> bool:
    """Whether ``centre`` is an espace de vie sociale (smaller than a centre social)."""
    return world.centres[centre]["type"] == _EVS


def has_clas(world: HasCentres, centre: str) -> bool:
    """Whether ``centre`` runs a CLAS (contrat local d'accompagnement à la scolarité)."""
    return _CLAS in world.centres[centre]["activites"].split("|")
