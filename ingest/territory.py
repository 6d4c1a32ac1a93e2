"""Territories of départements not loaded yet: communes and QPV, the State's, named by a code that says
their département.

A centre of the federation may well stand across the border of its département: its commune, and the QPV it
serves, are then unknown to the graph until that département's open data is loaded (``python3 -m ingest
territoire 78``). Such a row is not refused: it is loaded without its link to that territory, with a warning
that says which command to run; running the import again afterwards adds the link (an import writes what the
file says, so the link is then set). Refusing the row would also refuse every partnership, practice and case
of the centre; keeping it keeps all of them. A territory unknown in a département that *is* loaded is still
refused: it is a typing error.

>>> without(["95018", "78646"], "78646"), without("78646", "78646")
(['95018'], None)
>>> DEPARTEMENT_OF["Qpv"]("QP078015"), DEPARTEMENT_OF["Commune"]("2A004"), DEPARTEMENT_OF["Qpv"]("QPXYZ")
('78', '2A', '')
"""

from __future__ import annotations

from collections.abc import Callable, Set
from typing import Any

from graph.errors import InvalidIdentifier
from graph.identifiers import check_departement, departement_of_commune
from graph.store import GraphStore


def _departement_of_qpv(code: str) -> str:
    try:
        return check_departement(code[2:5])
    except InvalidIdentifier:
        return ""


# The territories whose code says their département, and how.
DEPARTEMENT_OF: dict[str, Callable[[str], str]] = {"Commune": departement_of_commune, "Qpv": _departement_of_qpv}


def elsewhere(store: GraphStore, label: str, unknown: Set[str], loading: Set[str]) -> dict[str, str]:
    """Among the ``unknown`` codes of ``label`` territories, those of a département neither in the graph nor
    ``loading`` (the départements of this load): code → département."""
    departement_of = DEPARTEMENT_OF[label]
    departements = {code: found for code in unknown if (found := departement_of(code))}
    loaded = store.existing("Departement", set(departements.values()) - loading) | loading
    return {code: departement for code, departement in departements.items() if departement not in loaded}


def without(value: Any, key: str) -> Any:
    """A link's value (one key or a list of keys) without ``key``: None when nothing is left of one key."""
    if isinstance(value, list):
        return [item for item in value if item != key]
    return None if value == key else value
