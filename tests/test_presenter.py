"""The presenter mode: scenes and presentations (JSON, the folder, bad files), saved layouts
reused as they are, the page (AppTest), and captions that stay text."""

from __future__ import annotations

import json
import math
import re
import time

import pytest

from graph.access import Access, Role
from graph.changes import PutNode, SetLinks
from graph.settings import Settings
from ingest.demo import load_demo
from queries.explorer import Filters, partnership_graph
from ui.presenter import presentation_html, scene_view, spread, vis_scene
from ui.scenes import (STARS_ABOVE, Presentation, PresentationFolder, PresentationInvalid, default_folder, new_scene,
                       parse_presentation, scene_layout)

FEDERATION = Access(Role.ADMIN, account="federation")

HOSTILE = "<img src=x onerror=window.__pwned=1>"


def two_scenes(store) -> list:
    every = partnership_graph(store)
    solid = Filters(qualites=("exemplaire",))
    return [new_scene(every, "Tout le département", "150 partenariats."),
            new_scene(partnership_graph(store, solid), HOSTILE, f"Texte {HOSTILE}", filters=solid)]


def test_scenes_round_trip_through_json_and_the_folder(store, tmp_path):
    load_demo(store)
    scenes = two_scenes(store)
    folder = PresentationFolder(tmp_path / "presentations", FEDERATION)
    saved = folder.create("Réunion départementale du 23 mai", scenes)
    assert saved.id == "reunion-departementale-du-23-mai"
    assert (tmp_path / "presentations" / "reunion-departementale-du-23-mai.json").is_file()
    again = folder.load(saved.id)
    assert again == saved and again.scenes == scenes
    assert again.scenes[1].filters == Filters(qualites=("exemplaire",))
    assert len(again.scenes[0].layout) == len(partnership_graph(store).nodes)

    downloaded = saved.model_dump_json(indent=1).encode("utf-8")
    assert parse_presentation(downloaded) == saved
    imported = folder.import_bytes(downloaded, "reunion.json")  # an upload never overwrites
    assert imported.id == f"{saved.id}-2" and imported.scenes == scenes
    found, unreadable = folder.presentations()
    assert [p.id for p in found] == [saved.id, imported.id] and unreadable == []


def test_the_folder_is_beside_the_embedded_data_folder(tmp_path):
    settings = Settings.load(environ={"PASSERELLES_DATA_DIR": str(tmp_path / "graphe"),
                                      "PASSERELLES_STORE": "neo4j"}, secrets={})
    assert default_folder(settings) == tmp_path / "presentations"


def test_a_saved_layout_is_reused_as_saved_not_recomputed(store, tmp_path):
    load_demo(store)
    folder = PresentationFolder(tmp_path, FEDERATION)
    scene = new_scene(partnership_graph(store), "Tout")
    # A layout no algorithm would give: if it were recomputed, these places would be lost.
    odd = {node: (float(i * 37 % 501), float(-(i * 53 % 307))) for i, node in enumerate(sorted(scene.layout))}
    saved = folder.create("Essai", [scene.model_copy(update={"layout": odd})])
    view = scene_view(store, folder.load(saved.id).scenes[0])
    assert view.positions == odd
    drawn = {node["id"]: (node["x"], node["y"]) for node in vis_scene(view)["nodes"]}
    assert drawn == spread(odd)  # one shift and one scale for every node: the same drawing
    a, b = sorted(odd)[:2]
    assert math.isclose(math.dist(drawn[a], drawn[b]) / math.dist(odd[a], odd[b]),
                        1000 / max(max(p[0] for p in odd.values()) - min(p[0] for p in odd.values()),
                                   max(p[1] for p in odd.values()) - min(p[1] for p in odd.values())), rel_tol=1e-2)

    # A school and a partnership added since: placed beside their centre; nothing else moves.
    store.apply([PutNode("Ecole", "0959999J", {"nom": "École fictive nouvelle"}),
                 PutNode("Partenariat", "PA-9999", {"forme": "convention"}),
                 SetLinks("PORTE_PAR", "Partenariat", "PA-9999", ("CS95-001",)),
                 SetLinks("AVEC", "Partenariat", "PA-9999", ("0959999J",))])
    later = scene_view(store, folder.load(saved.id).scenes[0])
    assert {node: later.positions[node] for node in odd} == odd
    assert math.dist(later.positions["Ecole:0959999J"], odd["Centre:CS95-001"]) == pytest.approx(90, abs=0.2)
    assert folder.load(saved.id).scenes[0].layout == odd  # showing a scene writes nothing


def test_a_departement_scene_is_laid_out_fast_as_stars_around_centres():
    from ui.graph_view import layout

    centres = [f"Centre:C{number:02d}" for number in range(40)]
    edges = {(centre, f"Ecole:{number:02d}{leaf}") for number, centre in enumerate(centres) for leaf in range(12)}
    edges |= {(centres[number], f"Ecole:shared{number}") for number in range(40)}
    edges |= {(centres[(number + 1) % 40], f"Ecole:shared{number}") for number in range(40)}
    nodes = frozenset(node for pair in edges for node in pair)
    assert len(nodes) > STARS_ABOVE
    start = time.perf_counter()
    places = scene_layout(nodes, frozenset(edges))
    assert time.perf_counter() - start < 10
    layout.cache_clear()
    assert scene_layout(nodes, frozenset(edges)) == places  # the same graph, the same drawing
    rings = {round(math.dist(places[centre], places[f"Ecole:{number:02d}{leaf}"]), 3)
             for number, centre in enumerate(centres) for leaf in range(12)}
    assert len(rings) == 1  # every school of one centre only sits on its centre's ring


@pytest.mark.parametrize("content,expected", [
    (b"{ pas du json", "n\u2019est pas un fichier JSON lisible"),
    (b"\xff\xfe\x00garbage", "n\u2019est pas un fichier JSON lisible"),
    (json.dumps({"scenes": []}).encode(), "n\u2019est pas une présentation Passerelles"),
    (json.dumps({"format": "passerelles-presentation", "version": 1, "id": "x", "name": "X",
                 "scenes": [{"id": "s1", "depth": 7}]}).encode(), "scène › 1 › voisinage"),
    (json.dumps({"format": "passerelles-presentation", "version": 1, "id": "../../etc", "name": "X"}).encode(),
     "identifiant"),
    ((b'{"format": "passerelles-presentation", "version": 1, "id": "x", "name": "X", "scenes": [{"id": "s",'
      b' "layout": {"Centre:A": [NaN, 1]}}]}'), "disposition"),
])
def test_a_bad_file_gets_a_french_message_and_changes_nothing(tmp_path, content, expected):
    folder = PresentationFolder(tmp_path, FEDERATION)
    kept = folder.create("Gardée")
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    with pytest.raises(PresentationInvalid) as raised:
        folder.import_bytes(content, "mauvais.json")
    message = raised.value.message()
    assert expected in message and "mauvais.json" in message and "Rien n\u2019a été modifié" in message
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before
    assert folder.load(kept.id) == kept


def test_an_unreadable_file_in_the_folder_is_reported_not_fatal(tmp_path):
    folder = PresentationFolder(tmp_path, FEDERATION)
    folder.create("Bonne")
    (tmp_path / "abimee.json").write_text("{", encoding="utf-8")
    found, unreadable = folder.presentations()
    assert [p.name for p in found] == ["Bonne"] and unreadable == ["abimee.json"]


def test_hostile_captions_and_names_are_json_text_in_the_offline_file(store):
    load_demo(store)
    store.apply([PutNode("Centre", "CS95-001", {"nom": HOSTILE + "</script><script>window.__pwned=2</script>"})])
    page = presentation_html(HOSTILE, [scene_view(store, scene) for scene in two_scenes(store)])
    assert "<img src=x" not in page and "<script>window.__pwned" not in page
    assert "\\u003cimg src=x onerror=window.__pwned=1\\u003e" in page
    assert "&lt;img src=x" in page  # the <title>
    assert not re.search(r'(?:src|href)="https?://', page)  # nothing fetched (the browser test checks it too)
    assert "default-src 'none'" in page


def test_a_scene_exports_as_images_at_its_saved_positions(store):
    pytest.importorskip("ui.images")
    from ui.presenter import scene_image

    load_demo(store)
    scene = two_scenes(store)[1]
    assert scene_image(store, scene, "png").startswith(b"\x89PNG")
    svg = scene_image(store, scene, "svg")
    assert b"<svg" in svg and b"<img src=x" not in svg and b"&lt;img src=x" in svg  # the caption, as text


def test_a_presentation_is_a_validated_model():
    with pytest.raises(ValueError):
        Presentation(id="x", name="")
    assert Presentation(id="x", name="X").format == "passerelles-presentation"


# --- the page ---------------------------------------------------------------------------------------


@pytest.fixture
def app(app_test):
    return app_test("app_pages/presenter.py")


def add_scene(app, title: str, text: str = "") -> None:
    app.text_input(key="presenter_scene_title").input(title)
    app.text_area(key="presenter_scene_text").input(text)
    app.button(key="presenter_add").click().run()
    assert not app.exception


def caption(app) -> list[str]:
    return [element.value for element in app.text]


def test_the_page_adds_two_scenes_then_plays_them_forward_and_back(app, tmp_path):
    app.run()
    assert not app.exception
    assert any("donnez un nom" in info.value for info in app.info)
    app.text_input(key="presenter_new_name").input("Réunion départementale")
    app.button(key="presenter_create").click().run()
    assert not app.exception
    add_scene(app, "Tout le département", "Chaque trait est un partenariat.")
    app.multiselect(key="presenter_qualities").select("Exemplaire").run()
    add_scene(app, HOSTILE, "Les exemplaires *seulement*")
    saved = PresentationFolder(tmp_path / "presentations", FEDERATION).load("reunion-departementale")
    assert [s.title for s in saved.scenes] == ["Tout le département", HOSTILE]
    assert saved.scenes[1].filters.qualites == ("exemplaire",) and len(saved.scenes[1].layout) < 162

    app.button(key="presenter_play").click().run()
    assert not app.exception
    assert caption(app) == ["Tout le département", "Chaque trait est un partenariat."]
    assert any(m.value == "Scène 1 sur 2" for m in app.markdown)
    app.button(key="presenter_next").click().run()
    assert caption(app) == [HOSTILE, "Les exemplaires *seulement*"]
    assert any(m.value == "Scène 2 sur 2" for m in app.markdown)
    assert app.button(key="presenter_next").disabled
    app.button(key="presenter_previous").click().run()
    assert caption(app)[0] == "Tout le département"
    app.button(key="presenter_quit").click().run()
    assert app.title[0].value == "Mode présentation"
    # Playing never recomputes or rewrites a layout.
    assert PresentationFolder(tmp_path / "presentations", FEDERATION).load("reunion-departementale") == saved


def test_a_hostile_caption_is_never_rendered_as_html(app):
    app.run()
    app.text_input(key="presenter_new_name").input(HOSTILE)
    app.button(key="presenter_create").click().run()
    add_scene(app, HOSTILE, HOSTILE)
    app.button(key="presenter_play").click().run()
    assert caption(app) == [HOSTILE, HOSTILE]
    app.button(key="presenter_quit").click().run()
    shown = [m for m in app.markdown if "pwned" in m.value] + [s for s in app.success if "pwned" in s.value]
    assert all(not m.proto.allow_html for m in app.markdown if "pwned" in m.value)
    assert all("<img" not in m.value for m in shown)
    assert app.selectbox(key="presenter_choice").options == [HOSTILE]


def test_scenes_are_reordered_recaptioned_and_deleted(app, tmp_path):
    app.run()
    app.text_input(key="presenter_new_name").input("Ordre")
    app.button(key="presenter_create").click().run()
    add_scene(app, "Première")
    add_scene(app, "Deuxième")
    folder = PresentationFolder(tmp_path / "presentations", FEDERATION)
    second = folder.load("ordre").scenes[1]
    app.selectbox(key="presenter_selected").set_value(second.id).run()
    app.button(key="presenter_up").click().run()
    assert [s.title for s in folder.load("ordre").scenes] == ["Deuxième", "Première"]
    app.text_input(key=f"presenter_edit_title_{second.id}").input("Deuxième, corrigée")
    app.button(key="presenter_save_caption").click().run()
    assert folder.load("ordre").scenes[0].title == "Deuxième, corrigée"
    assert folder.load("ordre").scenes[0].layout == second.layout
    app.button(key="presenter_delete").click().run()
    assert [s.title for s in folder.load("ordre").scenes] == ["Première"]
    assert not app.exception
