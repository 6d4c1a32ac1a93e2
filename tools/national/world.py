"""The national world being built: compact, slotted records, and the indexes the later sheets need.

Schools, partnerships and practices are the demo's own records (:mod:`tools.demo.world`,
re-exported here), as are :func:`is_evs` and :func:`has_clas`, so that the demo's models
(``practice_score``, ``roles_for``, …) work on them unchanged; centres are kept as their sheet
rows, as in the demo.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tools.demo.world import Partnership, Practice, School, has_clas, is_evs
from tools.national.common import Row

__all__ = ["Commune", "Meeting", "Partnership", "Practice", "School", "World", "has_clas", "is_evs"]


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
