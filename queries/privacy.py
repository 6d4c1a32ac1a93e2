"""Protection of people in conflict cases, for the pages: the detector of :mod:`graph.privacy` run on a case
against the places the graph knows, and the refusal of a case that still holds something identifying.

The same detector reads every free text of every import (:mod:`ingest.privacy`): the form and the workbook
refuse the same things.

>>> found = find_identifying("Inès, en CM2 B à l’école des Lilas, au 06 12 34 56 78.")
>>> [(f.kind, f.text) for f in found]
[('prenom', 'Inès'), ('classe', 'CM2 B'), ('telephone', '06 12 34 56 78')]
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from graph import privacy
from graph.errors import PasserellesError
from graph.privacy import Finding, Places, find_identifying, place_phrases, replace_identifying
from graph.schema import KINDS, NodeKind
from graph.store import GraphStore
from queries.registry import named

__all__ = ["CASE_TEXTS", "Finding", "IdentifyingDetails", "Places", "check_case", "check_item", "find_identifying",
           "known_places", "place_phrases", "replace_identifying", "replace_in_case", "require_anonymous"]

CASE = KINDS["Situation"]
# The free texts of a case: what people write in their own words.
CASE_TEXTS = CASE.narratives

known_places = named("lieux_connus")(privacy.known_places)


class IdentifyingDetails(PasserellesError):
    """A case whose texts still hold something that could identify a person: nothing is saved."""

    key = "contributions.privacy.refused"

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(self.key, count=len(findings))
        self.findings = findings


@named("confidentialite_verifier", "values", "school")
def check_item(store: GraphStore, kind: NodeKind, values: Mapping[str, Any], school: bool = False) -> list[Finding]:
    """The findings in the free texts of a ``kind`` item (``values``: field → text), each with its field: the
    check every import makes (:mod:`ingest.privacy`), so that a form and a workbook refuse the same things."""
    return privacy.check_texts(kind, values, cache(lambda: known_places(store)), school)  # read only when needed


def check_case(store: GraphStore, values: Mapping[str, Any], school: bool = False) -> list[Finding]:
    """The findings in the free texts of a case (``values``: field → text), each with its field."""
    return check_item(store, CASE, values, school)


def require_anonymous(store: GraphStore, values: Mapping[str, Any], school: bool = False) -> None:
    """Refuse (:class:`IdentifyingDetails`) a case whose texts hold something that could identify a person."""
    found = check_case(store, values, school)
    if found:
        raise IdentifyingDetails(found)


@named("confidentialite_remplacer", "values", "school")
def replace_in_case(store: GraphStore, values: Mapping[str, Any], school: bool = False) -> dict[str, Any]:
    """The free texts of a case with every finding replaced by a neutral mention; other fields unchanged."""
    places = known_places(store)
    return {name: replace_identifying(value, places, school) if name in CASE_TEXTS and isinstance(value, str)
            else value for name, value in values.items()}
