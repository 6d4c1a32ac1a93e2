"""The nearest-place questions answered by the spatial index give exactly the answers of measuring every
pair: the same place, the same distance to 10 m, ties (equal points, equal distances, distances equal once
rounded) broken by the smallest key — on the demo and on a generated graph made of such ties.

The references below are written plainly here, one pair at a time, as the analysis measured before it had
an index."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from graph.backends.embedded import EmbeddedStore
from graph.changes import PutNode, SetLinks
from ingest.demo import load_demo
from queries.analysis import (
    centres_without_school,
    communes_without_centre,
    schools_without_partner_nearby,
    snapshot,
    territory_summary,
)
from queries.proximity import NearestPlaces, haversine_km

KM_PER_DEGREE = 6371.0088 * 3.141592653589793 / 180  # along a meridian


def point(props):
    lat, lon = props.get("latitude"), props.get("longitude")
    return (float(lat), float(lon)) if isinstance(lat, (int, float)) and isinstance(lon, (int, float)) else None


def brute_nearest(origin, places, among=None):
    """Every pair measured: the smallest (distance rounded to 10 m, key)."""
    if origin is None:
        return None
    measured = [(round(haversine_km(*origin, *point(places[key])), 2), key)
                for key in (places if among is None else among) if point(places[key]) is not None]
    if not measured:
        return None
    distance, key = min(measured)
    return key, distance


def tied_places(seed: int, count: int) -> dict[str, dict]:
    """Places on a coarse grid (many share a point), some twice under two keys, some without coordinates."""
    draw = random.Random(seed)
    places = {}
    for n in range(count):
        key = f"P{draw.randrange(10 ** 6):06d}-{n}"
        if n % 17 == 0:
            places[key] = {"nom": "sans coordonnées"}
        else:
            places[key] = {"latitude": round(48.8 + draw.randrange(30) * 0.01, 2),
                           "longitude": round(2.2 + draw.randrange(30) * 0.01, 2)}
    return places


def test_the_index_finds_the_nearest_place_as_every_pair_measured():
    places = tied_places(17, 600)
    draw = random.Random(4)
    origins = [None] + [(48.8 + draw.randrange(60) * 0.005, 2.2 + draw.randrange(60) * 0.005) for _ in range(800)]
    origins += [point(p) for p in list(places.values())[:100]]  # on a place: distance 0, often shared
    found = NearestPlaces(places).nearest(origins)
    assert found == [brute_nearest(origin, places) for origin in origins]
    distances = Counter(round(haversine_km(*origins[5], *point(p)), 2) for p in places.values() if point(p))
    assert max(distances.values()) > 1  # the set is made of ties, not only of distinct distances


def test_equal_distances_and_distances_equal_once_rounded_go_to_the_smallest_key():
    origin = (45.0, 5.0)
    east, west = (45.0, 5.02), (45.0, 4.98)  # exactly as far, either side of the meridian
    places = {"Z-est": {"latitude": east[0], "longitude": east[1]},
              "M-ouest": {"latitude": west[0], "longitude": west[1]}}
    assert haversine_km(*origin, *east) == haversine_km(*origin, *west)
    assert NearestPlaces(places).nearest([origin]) == [brute_nearest(origin, places)] == [
        ("M-ouest", round(haversine_km(*origin, *west), 2))]
    # Z is truly nearer (1.2341 km against 1.2344 km) but both read 1.23 km: the smaller key, A, is given.
    near = {"Z": {"latitude": 45.0 + 1.2341 / KM_PER_DEGREE, "longitude": 5.0},
            "A": {"latitude": 45.0 - 1.2344 / KM_PER_DEGREE, "longitude": 5.0},
            "B": {"latitude": 45.0 - 1.2364 / KM_PER_DEGREE, "longitude": 5.0}}
    assert haversine_km(*origin, *point(near["Z"])) < haversine_km(*origin, *point(near["A"]))
    assert NearestPlaces(near).nearest([origin]) == [brute_nearest(origin, near)] == [("A", 1.23)]
    assert NearestPlaces({}).nearest([origin]) == [None]
    assert NearestPlaces({"X": {"nom": "sans coordonnées"}}).nearest([origin, None]) == [None, None]


# --- the analysis queries against references that measure every pair ------------------------------


def reference_gaps(store, distance_km: float) -> dict[str, tuple]:
    """UAI → (nearest partner, nearest centre) of each priority school with no partner within the distance."""
    snap = snapshot(store)
    partners = snap.partners()
    gaps = {}
    for uai, school in snap.schools.items():
        if not snap.priority(uai):
            continue
        origin, mine = point(school), partners.get(uai, set())
        partner = brute_nearest(origin, snap.centres, mine)
        unmeasured = origin is None or any(point(snap.centres[c]) is None for c in mine)
        if mine and (unmeasured or (partner is not None and partner[1] <= distance_km)):
            continue
        gaps[uai] = (partner, brute_nearest(origin, snap.centres))
    return gaps


def check_against_references(store) -> None:
    snap = snapshot(store)
    for distance in (0.5, 1.0, 2.0, 5.0):
        rows = schools_without_partner_nearby(store, distance)
        found = {row["uai"]: ((row["partenaire_le_plus_proche"], row["distance_partenaire_km"]),
                              (row["id_centre_le_plus_proche"], row["distance_centre_km"])) for row in rows}
        expected = {uai: ((snap.centres[partner[0]]["nom"], partner[1]) if partner else ("", None),
                          nearest if nearest else ("", None))
                    for uai, (partner, nearest) in reference_gaps(store, distance).items()}
        assert found == expected
    priority = {uai: school for uai, school in snap.schools.items() if snap.priority(uai)}
    for row in centres_without_school(store):
        nearest = brute_nearest(point(snap.centres[row["id_centre"]]), priority)
        assert (row["uai_la_plus_proche"], row["distance_km"]) == (nearest if nearest else ("", None))
    for row in communes_without_centre(store):
        near = [brute_nearest(point(s), snap.centres) for uai, s in priority.items()
                if snap.commune_of.get(("Ecole", uai)) == row["code_insee"]]
        nearest = min((n for n in near if n), key=lambda n: (n[1], n[0]), default=None)
        assert row["distance_centre_km"] == (nearest[1] if nearest else None)
        assert row["centre_le_plus_proche"] == (snap.centres[nearest[0]]["nom"] if nearest else "")
    for niveau in ("commune", "reseau"):
        for row in territory_summary(store, niveau):
            inside = {uai for uai in snap.schools
                      if (snap.commune_of.get(("Ecole", uai)) if niveau == "commune" else snap.network_of.get(uai))
                      == row["code"]}
            assert row["partenariats"] == sum(1 for _, _, school in snap.pairs if school in inside)
            assert row["centres_partenaires"] == len({centre for _, centre, school in snap.pairs if school in inside})


def test_the_demo_analysis_matches_every_pair_measured(tmp_path):
    store = EmbeddedStore(tmp_path / "demo")
    try:
        load_demo(store)
        check_against_references(store)
        assert schools_without_partner_nearby(store, 1.0)  # not trivially empty
    finally:
        store.close()


def tied_graph(store, seed: int = 95) -> None:
    """Three communes (one with a QPV), a network, centres and schools on a coarse grid: shared points,
    equal distances, centres without coordinates or partnership, schools with far and unmeasured partners."""
    draw = random.Random(seed)
    codes = ("95001", "95002", "95003")
    changes = [PutNode("Departement", "95", {"nom": "Val-d'Oise"}), PutNode("Qpv", "QP095001", {"nom": "Quartier"}),
               PutNode("Reseau", "R1", {"nom": "Réseau un", "type": "rep_plus"})]
    for code in codes:
        changes += [PutNode("Commune", code, {"nom": f"Commune {code}"}), SetLinks("DANS_DEPARTEMENT", "Commune", code, ("95",))]
    changes.append(SetLinks("DANS_COMMUNE", "Qpv", "QP095001", (codes[0],)))
    grid = lambda: {"latitude": round(49.0 + draw.randrange(12) * 0.01, 2), "longitude": round(2.0 + draw.randrange(12) * 0.01, 2)}
    centres = [f"CS95-{n:03d}" for n in range(30)]
    for n, key in enumerate(centres):
        where = {} if n % 11 == 0 else grid()
        # Centres of the first commune stay out: it is a commune with priority schools and no centre.
        changes += [PutNode("Centre", key, {"nom": f"Centre {n}", "type": "centre_social", **where}),
                    SetLinks("SITUE_DANS", "Centre", key, (codes[1 + n % 2],))]
    schools = [f"0959{n:03d}A" for n in range(90)]
    for n, uai in enumerate(schools):
        where = {} if n % 13 == 0 else grid()
        level = ("rep_plus", "rep", "hors_ep")[n % 3]
        changes += [PutNode("Ecole", uai, {"nom": f"École {n % 40}", "education_prioritaire": level, **where}),
                    SetLinks("SITUE_DANS", "Ecole", uai, (codes[n % 3],))]
        if n % 4 == 0:
            changes.append(SetLinks("MEMBRE_DE", "Ecole", uai, ("R1",)))
    for n in range(70):
        key, centre, uai = f"PA-{n:03d}", draw.choice(centres[:24]), draw.choice(schools)
        changes += [PutNode("Partenariat", key, {"forme": "convention"}),
                    SetLinks("PORTE_PAR", "Partenariat", key, (centre,)), SetLinks("AVEC", "Partenariat", key, (uai,))]
    store.apply(changes)


@pytest.mark.parametrize("seed", [95, 96, 97])
def test_a_graph_of_ties_matches_every_pair_measured(tmp_path, seed):
    store = EmbeddedStore(tmp_path / "ties")
    try:
        tied_graph(store, seed)
        check_against_references(store)
        assert centres_without_school(store) and communes_without_centre(store)  # every question is asked
        assert {row["centres_partenaires"] for row in schools_without_partner_nearby(store, 0.5)} - {0}
    finally:
        store.close()
