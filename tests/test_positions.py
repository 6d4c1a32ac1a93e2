"""Every commune of France has a position: the shipped file covers the commune list, its points lie
where the communes are, the tool that made it remakes it, loads give it to every commune on both
stores, and distances and the map work outside the Val-d'Oise."""

from __future__ import annotations

import csv
import doctest
import gzip
import json
import shutil
from pathlib import Path

import pytest

from graph.changes import PutNode, SetLinks
from graph.identifiers import uai_check_letter
from ingest.opendata import departement_of_commune, load_opendata
from ingest.positions import POSITIONS_FILE, boundary_positions, contains, largest_polygon, shipped_positions
from queries.proximity import haversine_km
from queries.recommend import Filters, Profile, recommend
from tools import communes_positions as tool

ROOT = Path(__file__).resolve().parent.parent
OPENDATA = ROOT / "data" / "opendata"
COMMUNES = OPENDATA / "communes-france-2024.csv"
VAL_D_OISE = OPENDATA / "communes-95-val-d-oise.geojson"
LIGHT = OPENDATA / "geographie" / "contours"


def uai(stem: str) -> str:
    return stem + uai_check_letter(stem)


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def test_the_shipped_file_covers_every_commune_of_the_list():
    listed = [row["code_insee"] for row in rows(COMMUNES)]
    shipped = rows(POSITIONS_FILE)
    assert len(listed) == 34_990
    assert [row["code_insee"] for row in shipped] == listed  # every commune, once, in the list's order
    approximate = {row["code_insee"]: row["approximation"] for row in shipped if row["approximation"]}
    assert {code for code, rule in approximate.items() if rule == "arrondissement"} == (
        {f"751{n:02}" for n in range(1, 21)} | {f"6938{n}" for n in range(1, 10)}
        | {f"132{n:02}" for n in range(1, 17)})
    assert {code for code, rule in approximate.items() if rule == "code_postal"} == {"14666"}  # Sannerville
    assert all(len(row["latitude"].split(".")[1]) == 4 == len(row["longitude"].split(".")[1]) for row in shipped)


# (latitude min, max, longitude min, max): metropolitan France with Corsica, and each overseas département
BOXES = {"metropole": (41.3, 51.1, -5.2, 9.6), "971": (15.8, 16.55, -61.85, -60.95),
         "972": (14.35, 14.9, -61.25, -60.8), "973": (2.1, 5.8, -54.6, -51.6),
         "974": (-21.4, -20.85, 55.2, 55.85), "976": (-13.05, -12.6, 44.95, 45.35)}


def test_every_position_lies_in_the_part_of_france_of_its_departement():
    for code, (lat, lon) in shipped_positions().items():
        departement = departement_of_commune(code)
        lat_min, lat_max, lon_min, lon_max = BOXES.get(departement, BOXES["metropole"])
        assert lat_min <= lat <= lat_max and lon_min <= lon <= lon_max, (code, lat, lon)


@pytest.mark.parametrize(("code", "town_hall", "within_km"), [
    ("95018", (48.9472, 2.2467), 2),    # Argenteuil
    ("35238", (48.1114, -1.6797), 2),   # Rennes
    ("2A004", (41.9192, 8.7386), 4),    # Ajaccio: the commune runs 15 km west, to the Sanguinaires
    ("97411", (-20.8789, 55.4481), 7),  # Saint-Denis (La Réunion): the commune climbs 15 km inland
    ("75113", (48.8322, 2.3561), 4),    # Paris 13e: an arrondissement takes the point of Paris (approximate)
])
def test_known_communes_are_where_they_are(code, town_hall, within_km):
    assert haversine_km(*shipped_positions()[code], *town_hall) < within_km


def test_the_repository_boundaries_give_the_shipped_points_each_inside_its_commune():
    features = json.loads(VAL_D_OISE.read_text(encoding="utf-8"))["features"]
    found = boundary_positions(features)
    shipped = shipped_positions()
    assert len(found) == 184 and all(found[code] == shipped[code] for code in found)
    polygons = {str(f["properties"]["code"]): largest_polygon(f["geometry"]) for f in features}
    assert all(contains(polygons[code], *point) for code, point in found.items())


def test_the_tool_remakes_the_shipped_files_and_says_what_it_could_not_place(tmp_path, capsys):
    contours = tmp_path / "contours"
    contours.mkdir()
    shutil.copy(VAL_D_OISE, contours / "communes-95-val-d-oise.geojson")
    square = [[[2.25, 48.82], [2.41, 48.82], [2.41, 48.9], [2.25, 48.9], [2.25, 48.82]]]
    crescent = [[[0, 45], [4, 45], [4, 49], [0, 49], [0, 48], [3, 48], [3, 46], [0, 46], [0, 45]]]
    (contours / "autres.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"code": code, "nom": name},
         "geometry": {"type": "Polygon", "coordinates": shape}}
        for code, name, shape in (("75056", "Paris", square), ("14036", "Banneville", crescent),
                                  ("14712", "Saline", square))]}), encoding="utf-8")
    listed = [row for row in rows(COMMUNES) if row["dep_code"] == "95"] + [
        {"code_insee": code, "nom_standard": name, "code_postal": postcode} for code, name, postcode in (
            ("75056", "Paris", "75000"), ("75113", "Paris 13e Arrondissement", "75013"),
            ("14036", "Banneville-la-Campagne", "14940"), ("14666", "Sannerville", "14940"),
            ("2B999", "Commune inconnue", "20999"))]
    communes = tmp_path / "communes.csv"
    with communes.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["code_insee", "nom_standard", "code_postal"], delimiter=";",
                                extrasaction="ignore")
        writer.writeheader()
        writer.writerows(listed)
    out, light = tmp_path / "positions.csv", tmp_path / "light"
    assert tool.main([str(contours), "--communes", str(communes), "--out", str(out), "--contours-out", str(light)]) == 0
    printed = capsys.readouterr().out
    assert "189 communes dans la liste, 187 contours de 2018." in printed
    assert "- au point de la ville (approché) : 1 arrondissement municipal de Paris, Lyon et Marseille" in printed
    assert "- au milieu des communes de même code postal (approché) : 1 commune (14666 Sannerville)" in printed
    assert "- sans position : 1 commune (2B999 Commune inconnue)." in printed
    assert "1 code de 2018 absent de la liste (communes fusionnées depuis) : ignoré." in printed
    written = {row["code_insee"]: row for row in rows(out)}
    shipped = {row["code_insee"]: row for row in rows(POSITIONS_FILE)}
    assert all(written[code] == shipped[code] for code in written if code.startswith("95"))  # the same file, remade
    assert (written["14036"]["latitude"], written["14036"]["longitude"]) == ("47.0000", "3.5000")  # inside the crescent
    assert written["75113"]["approximation"] == "arrondissement" and written["14666"]["approximation"] == "code_postal"
    assert "2B999" not in written
    assert (light / "communes-95.geojson.gz").read_bytes() == (LIGHT / "communes-95.geojson.gz").read_bytes()


def test_the_tool_examples_run():  # tools/ is not among pytest's doctest paths
    outcome = doctest.testmod(tool)
    assert outcome.attempted >= 4 and outcome.failed == 0


def test_the_tool_says_what_it_cannot_read(tmp_path, capsys):
    broken = tmp_path / "contours"
    broken.mkdir()
    (broken / "communes-35.geojson").write_text("{pas du json", encoding="utf-8")
    assert tool.main([str(broken), "--out", str(tmp_path / "p.csv")]) == 1
    assert "Lecture impossible" in capsys.readouterr().out and not (tmp_path / "p.csv").exists()


def test_light_boundaries_are_lighter_and_still_polygons():
    source = {f["properties"]["code"]: f for f in json.loads(VAL_D_OISE.read_text(encoding="utf-8"))["features"]}
    light = json.loads(gzip.decompress((LIGHT / "communes-95.geojson.gz").read_bytes()))["features"]
    assert {f["properties"]["code"] for f in light} == set(source)

    def points(feature):
        shape = feature["geometry"]
        polygons = [shape["coordinates"]] if shape["type"] == "Polygon" else shape["coordinates"]
        return [ring for polygon in polygons for ring in polygon]

    assert sum(len(r) for f in light for r in points(f)) < 0.6 * sum(len(r) for f in source.values() for r in points(f))
    assert all(len(ring) >= 4 and ring[0] == ring[-1] for f in light for ring in points(f))
    assert len(list(LIGHT.glob("communes-*.geojson.gz"))) == 101


# --- loads, distances and the map outside the Val-d'Oise -------------------------------------------


def test_a_departement_loaded_without_boundaries_gives_every_commune_a_position(store):
    result = load_opendata(store, [OPENDATA], ["35"])  # what « python3 -m ingest territoire 35 » reads
    assert not result.report.has_blocking, result.report.lines()[:5]
    communes = store.nodes("Commune")
    assert len(communes) == sum(1 for row in rows(COMMUNES) if row["dep_code"] == "35") == 333
    assert all(isinstance(c.get("latitude"), float) and isinstance(c.get("longitude"), float) for c in communes)
    rennes = store.get("Commune", "35238")
    assert haversine_km(rennes["latitude"], rennes["longitude"], 48.1114, -1.6797) < 2
    assert not load_opendata(store, [OPENDATA], ["35"]).written


def test_schools_without_their_communes_give_one_warning_not_one_per_school(store, tmp_path):
    schools = tmp_path / "annuaire.csv"
    lines = ["Identifiant_de_l_etablissement;Nom_etablissement;Code_commune"]
    lines += [f"{uai(f'03501{n:02}')};École {n};35238" for n in range(40)] + [f"{uai('0950001')};École du 95;95018"]
    schools.write_text("\n".join(lines) + "\n", encoding="utf-8")
    load_opendata(store, [COMMUNES], ["95"])
    result = load_opendata(store, [schools], dry_run=True)
    [warning] = result.report.problems
    assert (warning.file, warning.column, warning.value) == ("annuaire.csv", "Code_commune", "35")
    assert warning.message.startswith("40 établissements du département 35 sont ignorés : aucune commune")
    assert "communes-france-2024.csv" in warning.message
    assert result.created.get("Ecole") == 1  # the school of the Val-d'Oise, whose communes are there


def test_a_school_whose_commune_alone_is_unknown_keeps_its_own_warning(store, tmp_path):
    schools = tmp_path / "annuaire.csv"
    schools.write_text("Identifiant_de_l_etablissement;Nom_etablissement;Code_commune\n"
                       f"{uai('0950001')};École;95018\n{uai('0950002')};École fantôme;95999\n", encoding="utf-8")
    load_opendata(store, [COMMUNES], ["95"])
    [warning] = load_opendata(store, [schools], dry_run=True).report.problems
    assert (warning.row, warning.value) == (3, "95999")


def test_distances_are_known_outside_the_val_d_oise(store):
    load_opendata(store, [COMMUNES], ["35"])
    rows_ = []
    for key, commune, title in (("CS35-R", "35238", "Café des parents à Rennes"),
                                ("CS35-F", "35115", "Café des parents à Fougères")):
        rows_ += [PutNode("Centre", key, {"nom": key, "type": "centre_social", "statut": "valide"}),  # no coordinates
                  SetLinks("SITUE_DANS", "Centre", key, (commune,)),
                  PutNode("Pratique", f"P-{key}", {"titre": title, "themes": ["parentalite"], "resultat": "a_marche",
                                                   "statut": "valide"}),
                  SetLinks("PORTEE_PAR", "Pratique", f"P-{key}", (key,))]
    store.apply(rows_)
    found = recommend(store, Profile(commune="35238", themes=("parentalite",)), Filters(outcomes=()))
    distances = {item.id: item.distance_km for item in found.items}
    assert distances["P-CS35-R"] == 0 and 40 < distances["P-CS35-F"] < 50  # Rennes – Fougères: about 45 km


def test_the_map_of_another_departement_has_its_communes_in_the_background(app_test, monkeypatch, tmp_path):
    from graph.backends.embedded import EmbeddedStore

    monkeypatch.setenv("PASSERELLES_CONTOURS", str(tmp_path / "aucun-contour.geojson"))  # no import wrote any
    store = EmbeddedStore(tmp_path / "graphe")
    load_opendata(store, [COMMUNES], ["35"])
    store.apply([PutNode("Centre", "CS35-R", {"nom": "Centre de Rennes", "type": "centre_social",
                                              "latitude": 48.11, "longitude": -1.68}),
                 SetLinks("SITUE_DANS", "Centre", "CS35-R", ("35238",))])
    store.close()
    app = app_test("app_pages/carte_geo.py", demo=False)
    app.run()
    assert not app.exception
    [chart] = app.get("deck_gl_json_chart")
    [communes] = [layer for layer in json.loads(chart.proto.json)["layers"] if layer["id"] == "communes"]
    names = {feature["properties"]["infobulle"] for feature in communes["data"]["features"]}
    assert len(names) > 300 and "Rennes" in names and "Argenteuil" not in names
    assert not [c for c in app.caption if "introuvables" in c.value]
