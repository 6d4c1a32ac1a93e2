"""What flows back into the recommendations: the federation's weights, and the reports of centres that reused
a practice.

**Weights** are saved, for now, in a small JSON file beside the embedded store's data
(``PASSERELLES_DATA_DIR/recommandations-poids.json``; with Neo4j too, since the graph's schema has no place for
settings yet). Only an administrator of the federation may change them.

**A report** (``Retour`` in the schema) says what happened when a centre reused a practice: the outcome, what it
adapted, what it keeps from it. It is a draft until the federation validates it, but it counts at once, unless
rejected: the practice's outcome is averaged with its reports (``resultat``), and the reporting centre counts
among the centres where it worked, or did not (:class:`queries.recommend.Recommendation` ``centres``).

>>> from graph.backends.embedded import EmbeddedStore
>>> from ingest.demo import load_demo
>>> from graph.access import Access, Role
>>> import tempfile
>>> store = EmbeddedStore(tempfile.mkdtemp())
>>> _ = load_demo(store)
>>> key = report_back(store, Access(Role.CONTRIBUTOR, frozenset({"CS95-002"})), practice="PR-001",
...                   centre="CS95-002", outcome="a_marche", comment="Repris avec le collège du quartier.")
>>> store.get("Retour", key)["resultat"], store.get("Retour", key)["statut"]
('a_marche', 'brouillon')
>>> report_back(store, Access(Role.READER), practice="PR-001", centre="CS95-002", outcome="a_marche")
Traceback (most recent call last):
...
graph.errors.AccessDenied: access.denied_write: {'centre': 'CS95-002'}
>>> store.close()
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path

from graph import vocabularies as voc
from graph.access import Access
from graph.changes import DeleteNode, PutNode, SetLinks
from graph.errors import PasserellesError
from graph.permissions import private_folder, write_private
from graph.settings import Settings
from graph.store import GraphStore
from graph.text import fold
from queries.recommend import Weights
from queries.recommend_text import FINE, THESAURUS_CONCEPTS, seed
from queries.registry import named

WEIGHTS_FILE = "recommandations-poids.json"


class WeightsError(PasserellesError):
    key = "recommandations.weights_unreadable"


class ReportError(PasserellesError):
    key = "recommandations.report_invalid"


class TermError(PasserellesError):
    key = "recommandations.term_invalid"


TERM_LENGTH = 80


def _weights_path(path: str | Path | None) -> Path:
    return Path(path) if path else Settings.load().data_dir / WEIGHTS_FILE


@named("recommandations_poids", "path")
def load_weights(store: GraphStore, path: str | Path | None = None) -> Weights:
    """The weights the federation saved, or the defaults when it saved none."""
    found = _weights_path(path)
    if not found.exists():
        return Weights()
    try:
        saved = json.loads(found.read_text(encoding="utf-8"))
        return replace(Weights(), **{f.name: max(0.0, float(saved[f.name])) for f in fields(Weights) if f.name in saved})
    except (OSError, ValueError, TypeError, AttributeError) as error:
        raise WeightsError(path=str(found)) from error


@named("recommandations_enregistrer_poids", "weights", "access", "path")
def save_weights(store: GraphStore, weights: Weights, access: Access,
                 path: str | Path | None = None) -> Path:
    """Save ``weights`` for everyone: the federation's decision, so an administrator only."""
    access.require_write(None)
    found = _weights_path(path)
    private_folder(found.parent)
    write_private(found, json.dumps(asdict(weights), indent=2, ensure_ascii=False))
    return found


@named("retour_pratique", "access", "practice", "centre", "outcome", "adaptations", "comment", "month")
def report_back(store: GraphStore, access: Access, practice: str, centre: str, outcome: str, adaptations: str = "",
                comment: str = "", month: str | None = None) -> str:
    """Record what happened when ``centre`` reused ``practice``; returns the report's identifier.

    Only the centre itself (or the federation) may report for it; the report is a draft until validated.
    """
    access.require_write(centre)
    if outcome not in voc.PRACTICE_OUTCOME.codes:
        raise ReportError(value=outcome)
    if store.get("Pratique", practice) is None or store.get("Centre", centre) is None:
        raise ReportError(value=f"{practice} / {centre}")
    taken = store.keys("Retour")
    number = 1
    while f"RET-{centre}-{practice}-{number}" in taken:
        number += 1
    key = f"RET-{centre}-{practice}-{number}"
    props = {"resultat": outcome, "adaptations": adaptations.strip() or None, "commentaire": comment.strip() or None,
             "date": month or datetime.now(UTC).strftime("%Y-%m"), "statut": voc.DRAFT}
    # Written through the person's guarded store in the app, which stamps and traces it.
    store.apply([PutNode("Retour", key, props, expected_version=0),
                 SetLinks("REPREND", "Retour", key, (practice,), replace=False),
                 SetLinks("RAPPORTE_PAR", "Retour", key, (centre,), replace=False)])
    return key


# --- the federation's thesaurus ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ThesaurusConcept:
    code: str
    label: str
    themes: tuple[str, ...]
    shipped: tuple[str, ...]                       # the terms the app ships with
    added: tuple[tuple[str, str], ...]             # the federation's: (key of the ``Terme``, its text)


@named("thesaurus")
def thesaurus(store: GraphStore) -> list[ThesaurusConcept]:
    """The concepts of the thesaurus, each with the terms shipped with the app and those the federation added."""
    added: dict[str, list[tuple[str, str]]] = {}
    for row in store.nodes("Terme"):
        added.setdefault(str(row.get("concept")), []).append((str(row["id_terme"]), str(row.get("terme") or "")))
    return [ThesaurusConcept(c.code, c.label, c.themes, c.terms,
                             tuple(sorted(added.get(c.code, []), key=lambda a: a[1])))
            for c in sorted(THESAURUS_CONCEPTS, key=lambda c: fold(c.label))]


@named("thesaurus_ajouter", "access", "concept", "term")
def add_term(store: GraphStore, access: Access, concept: str, term: str) -> str:
    """Add ``term`` to ``concept``, for every recommendation from now on: the federation's words, so an administrator
    only. Returns the term's key; the write is stamped and traced like any other."""
    access.require_write(None)
    term = " ".join(term.split())
    if concept not in FINE:
        raise TermError(value=concept)
    if not term or len(term) > TERM_LENGTH or not seed().analyse(term):
        raise TermError(value=term[:TERM_LENGTH])  # only words every problem says: it would name everything
    key = f"{concept}:{fold(term)}"
    store.apply([PutNode("Terme", key, {"terme": term, "concept": concept})])
    return key


@named("thesaurus_retirer", "access", "key")
def remove_term(store: GraphStore, access: Access, key: str) -> None:
    """Take back a term the federation added (the shipped ones stay)."""
    access.require_write(None)
    store.apply([DeleteNode("Terme", key)])
