"""Where things are: centres, schools, partnerships and QPV, as plain data for a map.

>>> from graph.backends.embedded import EmbeddedStore
>>> from ingest.demo import load_demo
>>> import tempfile
>>> store = EmbeddedStore(tempfile.mkdtemp())
>>> _ = load_demo(store)
>>> everything = map_data(store)
>>> len(everything["centres"]), len(everything["ecoles"]), len(everything["partenariats"])
(40, 300, 150)
>>> line = everything["partenariats"][0]
>>> line["qualite"], line["qualite_libelle"]
('solide', 'Solide')
>>> argenteuil = map_data(store, communes=["95018"], qualites=["exemplaire"])
>>> {p["qualite_libelle"] for p in argenteuil["partenariats"]}
{'Exemplaire'}
>>> all("95018" in q["communes"] for q in argenteuil["qpv"])
True
>>> store.close()
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from graph.i18n import t
from graph.store import GraphStore, LinkRow
from graph.vocabularies import CENTRE_TYPE, PARTNERSHIP_FORM, PRIORITY, QUALITY, SCHOOL_LEVEL
from queries.registry import named

Place = dict[str, Any]


def _targets(rows: Iterable[LinkRow], label: str | None = None) -> dict[str, str]:
    """The one target of each source key (of ``label`` when given)."""
    return {row.source_key: row.target_key for row in rows if label is None or row.source_label == label}


def _located(props: dict[str, Any]) -> bool:
    return isinstance(props.get("latitude"), float) and isinstance(props.get("longitude"), float)


def _places(store: GraphStore) -> tuple[dict[str, Place], dict[str, Place]]:
    """Every centre and school with its commune and French labels, by key (coordinates may be missing)."""
    names = {c["code_insee"]: str(c.get("nom") or c["code_insee"]) for c in store.nodes("Commune")}
    located = store.links("SITUE_DANS")
    centre_commune, school_commune = _targets(located, "Centre"), _targets(located, "Ecole")
    centres = {
        c["id_centre"]: {
            "id_centre": c["id_centre"], "nom": c.get("nom") or c["id_centre"], "type": c.get("type"),
            "type_libelle": CENTRE_TYPE.label(str(c.get("type") or "")),
            "code_insee": centre_commune.get(c["id_centre"], ""),
            "commune": names.get(centre_commune.get(c["id_centre"], ""), ""),
            "latitude": c.get("latitude"), "longitude": c.get("longitude"),
        }
        for c in store.nodes("Centre")
    }
    schools = {}
    for s in store.nodes("Ecole"):
        priority = str(s.get("education_prioritaire") or "hors_ep")
        schools[s["uai"]] = {
            "uai": s["uai"], "nom": s.get("nom") or s["uai"], "niveau": s.get("niveau"),
            "niveau_libelle": SCHOOL_LEVEL.label(str(s.get("niveau") or "")),
            "ep": priority, "ep_libelle": PRIORITY.label(priority),
            "code_insee": school_commune.get(s["uai"], ""), "commune": names.get(school_commune.get(s["uai"], ""), ""),
            "latitude": s.get("latitude"), "longitude": s.get("longitude"),
        }
    return centres, schools


def _line(props: dict[str, Any], centre: Place, school: Place) -> Place:
    quality = props.get("qualite")
    return {
        "id_partenariat": props["id_partenariat"], "id_centre": centre["id_centre"], "centre": centre["nom"],
        "commune_centre": centre["commune"], "uai": school["uai"], "ecole": school["nom"],
        "commune_ecole": school["commune"], "forme": props.get("forme"),
        "forme_libelle": PARTNERSHIP_FORM.label(str(props.get("forme") or "")),
        "qualite": quality, "qualite_libelle": QUALITY.label(quality) if quality else t("query.carte.quality_unknown"),
        "depuis": props.get("depuis"),
        "centre_latitude": centre["latitude"], "centre_longitude": centre["longitude"],
        "ecole_latitude": school["latitude"], "ecole_longitude": school["longitude"],
    }


@named("carte", "communes", "qualites")
def map_data(store: GraphStore, communes: Iterable[str] | None = None,
             qualites: Iterable[str] | None = None) -> dict[str, Any]:
    """Centres, schools and partnerships with coordinates, and the QPV with their communes.

    ``communes`` (INSEE codes) keeps the places of those communes and the partnerships
    with one end there (and the place at the other end); ``qualites`` (vocabulary codes)
    keeps the partnerships of those qualities. A place without coordinates is left off
    the map and counted in ``lieux_sans_coordonnees``; a partnership with such an end, in
    ``partenariats_sans_coordonnees``.
    """
    wanted = set(communes) if communes else None
    qualities = set(qualites) if qualites else None
    centres, schools = _places(store)
    carried, partner = _targets(store.links("PORTE_PAR")), _targets(store.links("AVEC"), "Partenariat")
    lines: list[Place] = []
    unplaced_lines = 0
    kept_centres = {k for k, c in centres.items() if wanted is None or c["code_insee"] in wanted}
    kept_schools = {k for k, s in schools.items() if wanted is None or s["code_insee"] in wanted}
    for props in store.nodes("Partenariat"):
        key = props["id_partenariat"]
        centre, school = centres.get(carried.get(key, "")), schools.get(partner.get(key, ""))
        if centre is None or school is None:
            continue
        if wanted is not None and centre["code_insee"] not in wanted and school["code_insee"] not in wanted:
            continue
        if qualities is not None and props.get("qualite") not in qualities:
            continue
        if not (_located(centre) and _located(school)):
            unplaced_lines += 1
            continue
        lines.append(_line(props, centre, school))
        kept_centres.add(centre["id_centre"])
        kept_schools.add(school["uai"])
    shown_centres = [centres[k] for k in sorted(kept_centres) if _located(centres[k])]
    shown_schools = [schools[k] for k in sorted(kept_schools) if _located(schools[k])]
    unplaced = len(kept_centres) - len(shown_centres) + len(kept_schools) - len(shown_schools)
    spans: dict[str, list[str]] = {}
    for row in store.links("DANS_COMMUNE"):
        spans.setdefault(row.source_key, []).append(row.target_key)
    qpv = [{"code_qpv": q["code_qpv"], "nom": q.get("nom") or q["code_qpv"], "communes": sorted(spans.get(q["code_qpv"], []))}
           for q in store.nodes("Qpv") if wanted is None or wanted & set(spans.get(q["code_qpv"], []))]
    return {"centres": shown_centres, "ecoles": shown_schools, "partenariats": lines, "qpv": qpv,
            "lieux_sans_coordonnees": unplaced, "partenariats_sans_coordonnees": unplaced_lines}
