"""What the graph holds: counts per kind and per territory.

>>> from graph.backends.embedded import EmbeddedStore
>>> from ingest.demo import load_demo
>>> import tempfile
>>> store = EmbeddedStore(tempfile.mkdtemp())
>>> _ = load_demo(store)
>>> store_in_use(store)["type"]
'magasin embarqué (sur cet ordinateur, sans serveur)'
>>> rows = kind_counts(store)
>>> rows[0]["type"], rows[0]["nombre"]
('départements', 1)
>>> top = territory_counts(store)[0]
>>> top["commune"], top["centres"] > 0
('Argenteuil', True)
>>> store.close()
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from graph.i18n import t
from graph.schema import KIND_LIST, KINDS
from graph.store import GraphStore
from queries.registry import named


@named("magasin")
def store_in_use(store: GraphStore) -> dict[str, str]:
    """Which store is in use, in French: its kind and where its data lives."""
    return {"type": t(f"store.kind.{store.kind}"), "description": store.describe()}


@named("effectifs")
def kind_counts(store: GraphStore) -> list[dict[str, Any]]:
    """How many nodes of each kind, with the French name of the kind."""
    counts = store.counts()
    return [{"type": kind.plural, "nombre": counts[kind.label]} for kind in KIND_LIST]


@named("par_territoire")
def territory_counts(store: GraphStore) -> list[dict[str, Any]]:
    """Per commune with at least one centre or school: centres, schools (REP/REP+ among them),
    QPV, partnerships and practices, most active communes first."""
    communes = {c[KINDS["Commune"].key]: c for c in store.nodes("Commune")}
    commune_of = {(row.source_label, row.source_key): row.target_key for row in store.links("SITUE_DANS")}
    schools = {s["uai"]: s for s in store.nodes("Ecole")}
    centres: Counter[str] = Counter()
    school_count: Counter[str] = Counter()
    priority: Counter[str] = Counter()
    for (label, key), code in commune_of.items():
        if label == "Centre":
            centres[code] += 1
        elif label == "Ecole":
            school_count[code] += 1
            if schools.get(key, {}).get("education_prioritaire") in ("rep", "rep_plus"):
                priority[code] += 1
    qpv: Counter[str] = Counter(row.target_key for row in store.links("DANS_COMMUNE"))
    partnerships: Counter[str] = Counter()
    for row in store.links("PORTE_PAR"):
        partnerships[commune_of.get(("Centre", row.target_key), "")] += 1
    practices: Counter[str] = Counter()
    for row in store.links("PORTEE_PAR"):
        practices[commune_of.get(("Centre", row.target_key), "")] += 1
    rows = [
        {
            "commune": communes[code].get("nom", code), "code_insee": code, "qpv": qpv[code],
            "centres": centres[code], "etablissements": school_count[code],
            "etablissements_rep": priority[code], "partenariats": partnerships[code], "pratiques": practices[code],
        }
        for code in communes
        if centres[code] or school_count[code]
    ]
    return sorted(rows, key=lambda r: (-r["centres"], -r["partenariats"], -r["etablissements"], r["commune"]))
