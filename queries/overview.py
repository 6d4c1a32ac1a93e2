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
>>> opendata_sources(store)  # the demo is a workbook: no open data
[]
>>> store.close()
"""

from __future__ import annotations

from collections import Counter
from typing import Any
from urllib.parse import urlsplit

from graph.i18n import t
from graph.schema import KIND_LIST, KINDS
from graph.store import GraphStore
from queries.contributions import french_day
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


@named("donnees_ouvertes")
def opendata_sources(store: GraphStore) -> list[dict[str, Any]]:
    """The files of open data the graph holds, one per ``Source`` node (:mod:`ingest.provenance`), by
    dataset: what each holds, where it was downloaded from (its site) and when, said in French (plain text:
    a file's name is the person's).

    >>> from graph.backends.embedded import EmbeddedStore
    >>> from graph.changes import PutNode
    >>> import tempfile
    >>> store = EmbeddedStore(tempfile.mkdtemp())
    >>> store.apply([PutNode("Source", "annuaire-education-95.csv", {
    ...     "jeu": "Annuaire de l’éducation (95)", "date": "2026-12-07T09:30:00+00:00", "lignes": 1234,
    ...     "url": "https://data.education.gouv.fr/api/explore/v2.1/catalog/datasets/fr-en-annuaire-education"
    ... })])
    >>> opendata_sources(store)[0]["phrase"]
    'Annuaire de l’éducation (95) : fichier téléchargé le 7 décembre 2026 depuis data.education.gouv.fr, 1\u202f234 lignes.'
    >>> store.close()
    """
    rows = []
    for source in store.nodes("Source"):
        url, count = str(source.get("url") or ""), int(source.get("lignes") or 0)
        rows_read = t("source.lignes", count=count, shown=f"{count:,}".replace(",", "\u202f"))  # 1 234 lignes
        facts = {"dataset": source["jeu"], "file": source["fichier"], "date": french_day(str(source["date"])),
                 "host": urlsplit(url).netloc, "rows": rows_read}
        rows.append({"jeu": source["jeu"], "fichier": source["fichier"], "date": facts["date"],
                     "site": facts["host"] or t("source.no_site"), "lignes": count, "adresse": url,
                     "phrase": t("source.downloaded" if url else "source.local", **facts)})
    return sorted(rows, key=lambda row: (row["jeu"], row["fichier"]))
