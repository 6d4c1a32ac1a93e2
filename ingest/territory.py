"""Communes of départements not loaded yet.

A centre of the federation may well stand across the border of its département: its commune is then unknown
to the graph until that département's open data is loaded (``python3 -m ingest territoire 78``). Such a row
is not refused: it is loaded without its link to the commune, with a warning that says which command to run;
running the import again afterwards adds the link (an import writes what the file says, so the link is then
set). Refusing the row would also refuse every partnership, practice and case of the centre; keeping it keeps
all of them. A commune unknown in a département that *is* loaded is still refused: it is a typing error.

>>> without(["95018", "78646"], "78646"), without("78646", "78646")
(['95018'], None)
"""

from __future__ import annotations

from collections.abc import Set
from typing import Any

from graph.identifiers import departement_of_commune
from graph.store import GraphStore


def communes_elsewhere(store: GraphStore, unknown: Set[str], loading: Set[str]) -> dict[str, str]:
    """Among the ``unknown`` commune codes, those of a département neither in the graph nor ``loading`` (the
    départements of this load): code → département."""
    departements = {code: departement_of_commune(code) for code in unknown}
    loaded = store.existing("Departement", set(departements.values()) - loading) | loading
    return {code: departement for code, departement in departements.items() if departement not in loaded}


def without(value: Any, key: str) -> Any:
    """A link's value (one key or a list of keys) without ``key``: None when nothing is left of one key."""
    if isinstance(value, list):
        return [item for item in value if item != key]
    return None if value == key else value
