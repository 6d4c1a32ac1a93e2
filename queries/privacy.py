"""Protection of people in free texts, for the pages: the detector of :mod:`graph.privacy` run on an item against
the places the graph knows, and its « Remplacer » (every finding replaced by a neutral mention).

The same detector reads every free text of every import (:mod:`ingest.privacy`) and every text any save writes
(:func:`graph.privacy.require_anonymous`, run by the person's store): the form, its « Remplacer », a restored
version and the workbook refuse the same things, and a text is refused by what it holds when it is saved, not
by what a button did to it before.

>>> found = find_identifying("Inès, en CM2 B à l’école des Lilas, au 06 12 34 56 78.")
>>> [(f.kind, f.text) for f in found]
[('prenom', 'Inès'), ('classe', 'CM2 B'), ('telephone', '06 12 34 56 78')]
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from graph import privacy
from graph.privacy import Finding, IdentifyingDetails, Places, find_identifying, place_phrases, replace_identifying
from graph.schema import KINDS, NodeKind
from graph.store import GraphStore
from queries.registry import named

__all__ = ["CASE_TEXTS", "Finding", "IdentifyingDetails", "Places", "check_case", "check_item", "find_identifying",
           "known_places", "place_phrases", "replace_identifying", "replace_in_case", "require_anonymous_note"]

CASE = KINDS["Situation"]
# The free texts of a case: what people write in their own words.
CASE_TEXTS = CASE.narratives

known_places = named("lieux_connus")(privacy.known_places)


@named("confidentialite_verifier", "values", "school")
def check_item(store: GraphStore, kind: NodeKind, values: Mapping[str, Any], school: bool = False) -> list[Finding]:
    """The findings in the free texts of a ``kind`` item (``values``: field → text), each with its field: the
    check every import makes (:mod:`ingest.privacy`), so that a form and a workbook refuse the same things."""
    return privacy.check_texts(kind, values, cache(lambda: known_places(store)), school)  # read only when needed


def check_case(store: GraphStore, values: Mapping[str, Any], school: bool = False) -> list[Finding]:
    """The findings in the free texts of a case (``values``: field → text), each with its field."""
    return check_item(store, CASE, values, school)


@named("confidentialite_remplacer", "values", "school")
def replace_in_case(store: GraphStore, values: Mapping[str, Any], school: bool = False) -> dict[str, Any]:
    """The free texts of a case with every finding replaced by a neutral mention; other fields unchanged."""
    places = cache(lambda: known_places(store))  # read only when a text holds a name
    return {name: replace_identifying(value, places, school) if name in CASE_TEXTS and isinstance(value, str)
            else value for name, value in values.items()}


def require_anonymous_note(store: GraphStore, note: str) -> None:
    """Refuse (:class:`IdentifyingDetails`) a note kept in an item's history (a rejection's comment, a validation's
    note) that names a person or gives their contact details: the history is kept as long as the item.

    >>> from graph.backends.embedded import EmbeddedStore
    >>> import tempfile
    >>> store = EmbeddedStore(tempfile.mkdtemp())
    >>> require_anonymous_note(store, "Précisez le résultat, s’il vous plaît.")
    >>> try:
    ...     require_anonymous_note(store, "Appelez Mme Diallo au 06 12 34 56 78.")
    ... except IdentifyingDetails as refused:
    ...     print(refused.message().split(" (")[0], [privacy.mask(f) for f in refused.findings])
    Rien n’est enregistré : 2 passages pourraient permettre de reconnaître une personne ['D•••••', '06 •• •• •• 78']
    >>> store.close()
    """
    found = [f for f in find_identifying(note, cache(lambda: known_places(store))) if f.kind in privacy.PERSON]
    if found:
        raise IdentifyingDetails(found)
