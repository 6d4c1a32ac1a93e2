"""The role matrix, page by page and action by action: every page of ``app_pages/`` visited by every
person (not signed in, a partner who reads, a centre's contributor, the federation) with AppTest; each
action of the table below is offered exactly to the roles it names, and each one is also *forced* —
the function under the button called with the access of a person who may not do it — and refused
with nothing changed (the graph compared whole, the presentations folder, the files of settings).

The table is the matrix the README gives; a page or an action added to the app gets its row here.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from helpers import dump
from test_page_access import OWN, accounts, sign_in  # noqa: F401  (fixture)

from booklet.introduction import save_introduction
from graph.access import Access, Role
from graph.accounts import administered
from graph.errors import AccessDenied
from graph.guard import GuardedStore
from ingest.auto import load_files
from queries import QUERIES
from queries.explorer import GraphEdge, GraphNode, PartnershipGraph
from queries.meetings import MeetingPlan
from queries.recommend import Weights
from ui.scenes import PresentationFolder, new_scene

OTHER = "CS95-001"  # a centre the contributor does not speak for
PAGES = ("accueil", "graphe", "presenter", "carte_geo", "analyse", "recommandations", "situations", "rencontres",
         "livret", "contribuer", "validation", "importer", "comptes")
PEOPLE: dict[str | None, Access] = {
    None: Access(Role.READER),
    "partenaire": Access(Role.READER, account="partenaire"),
    "centre": Access(Role.CONTRIBUTOR, frozenset({OWN}), "centre"),
    "federation": Access(Role.ADMIN, account="federation"),
}
EVERYONE = frozenset(PEOPLE)
CONTRIBUTORS = frozenset({"centre", "federation"})
FEDERATION = frozenset({"federation"})
FEDERATION_TALK, CENTRE_TALK = "reunion-de-la-federation", "presentation-du-centre"


@dataclass(frozen=True)
class Action:
    """An action of a page: the widgets that offer it, who is offered them, and the function under them."""

    page: str
    keys: tuple[str, ...]
    offered: frozenset[str | None]
    force: Callable[[Access, Path], object] | None = None
    refused: frozenset[str | None] = field(default=frozenset())  # forced by these: refused (default: the others)

    def refused_to(self) -> frozenset[str | None]:
        return self.refused or EVERYONE - self.offered


def shared():
    from ui.state import _open

    return _open()


def guarded(access: Access) -> GuardedStore:
    return GuardedStore(shared(), access)


def folder(access: Access, root: Path) -> PresentationFolder:
    return PresentationFolder(root / "presentations", access)


def recaptioned(access: Access, root: Path, talk: str):
    found = folder(access, root)
    talk_now = found.load(talk)
    return found.save(talk_now.with_scenes([s.model_copy(update={"title": "Réécrite"}) for s in talk_now.scenes]))


def import_workbook(access: Access, root: Path):
    from test_workbook import write_csv_folder

    with tempfile.TemporaryDirectory() as elsewhere:  # the workbook is what is given, not what may change
        return load_files(shared(), write_csv_folder(Path(elsewhere) / "classeur"), dry_run=False, access=access)


MATRIX: tuple[Action, ...] = (
    Action("accueil", ("download_territories", "download_template"), EVERYONE),
    Action("graphe", ("graph_download", "graph_download_graphml"), EVERYONE),
    Action("carte_geo", ("download_map_partnerships",), EVERYONE),
    Action("analyse", ("analyse_download_ecoles_sans_centre_proche",), EVERYONE),
    # the presenter: everyone plays and downloads; a centre makes its own presentations, the federation all
    Action("presenter", ("presenter_play", "presenter_download_json", "presenter_download_html"), EVERYONE),
    Action("presenter", ("presenter_create", "presenter_new_name"), CONTRIBUTORS,
           lambda a, root: folder(a, root).create("Forcée")),
    Action("presenter", ("presenter_upload",), CONTRIBUTORS,
           lambda a, root: folder(a, root).import_bytes(b'{"format": "passerelles-presentation"}', "x.json")),
    Action("presenter", ("presenter_add", "presenter_up", "presenter_delete", "presenter_save_caption"),
           CONTRIBUTORS, lambda a, root: recaptioned(a, root, CENTRE_TALK)),  # the centre's presentation is open
    Action("presenter", (), FEDERATION, lambda a, root: recaptioned(a, root, FEDERATION_TALK)),
    Action("presenter", (), FEDERATION, lambda a, root: folder(a, root).delete(FEDERATION_TALK)),
    Action("presenter", (), CONTRIBUTORS, lambda a, root: folder(a, root).save(
        folder(a, root).load(CENTRE_TALK).model_copy(update={"owner": OTHER})), refused=EVERYONE - FEDERATION),
    # recommendations: the weights are the federation's; a centre reports back for itself
    Action("recommandations", ("reco_weights_save",), FEDERATION,
           lambda a, root: QUERIES["recommandations_enregistrer_poids"](guarded(a), weights=Weights(), access=a,
                                                                      path=root / "poids-force.json")),
    Action("recommandations", ("reco_report_practice", "reco_report_adaptations"), CONTRIBUTORS,
           lambda a, root: QUERIES["retour_pratique"](guarded(a), access=a, practice="PR-001", centre=OTHER,
                                                      outcome="a_marche"), refused=EVERYONE - FEDERATION),
    Action("situations", ("conflict_nature",), EVERYONE),  # narratives: tests/test_page_access.py
    Action("rencontres", ("plan_place", "plan_theme"), FEDERATION,
           lambda a, root: QUERIES["rencontre_planifier"](guarded(a), plan=MeetingPlan(
               dt.date(2031, 1, 9), "Forcée"), access=a)),
    Action("livret", ("livret_generate",), EVERYONE),
    Action("livret", ("livret_save_introduction",), FEDERATION,
           lambda a, root: save_introduction("Forcée", a, root / "introduction-forcee.txt")),
    Action("contribuer", ("contribuer_save",), CONTRIBUTORS,
           lambda a, root: QUERIES["contribution_enregistrer"](guarded(a), label="Pratique",
                                                               values={"titre": "Forcée"}, centre=OTHER),
           refused=EVERYONE - FEDERATION),
    Action("validation", ("validation_validate", "validation_reject"), FEDERATION,
           lambda a, root: QUERIES["validation_valider"](guarded(a), label="Pratique", key="PR-001")),
    Action("validation", ("validation_export",), CONTRIBUTORS,
           lambda a, root: QUERIES["centre_exporter"](guarded(a), centre=OTHER), refused=EVERYONE - FEDERATION),
    Action("validation", ("validation_delete",), FEDERATION,
           lambda a, root: QUERIES["centre_supprimer"](guarded(a), centre=OWN)),
    Action("importer", ("import_upload",), FEDERATION, import_workbook),
    Action("comptes", ("comptes_new_name", "comptes_new_role", "comptes_chosen"), FEDERATION,
           lambda a, root: administered(root / "comptes.json", a).remove("partenaire", by=a.account)),
)


def test_every_page_has_its_rows():
    assert {action.page for action in MATRIX} == set(PAGES)
    assert {p.stem for p in (Path(__file__).resolve().parent.parent / "app_pages").glob("*.py")} == set(PAGES)


def presentations(root: Path) -> None:
    """A presentation of the federation and one of the centre, each with a scene."""
    graph = PartnershipGraph([GraphNode("Centre:C1", "Centre", "C1", "Centre fictif", "95018")], [])
    federation = folder(PEOPLE["federation"], root)
    federation.create("Réunion de la fédération", [new_scene(graph, "La fédération")])
    folder(PEOPLE["centre"], root).create("Présentation du centre", [new_scene(graph, "Le centre")])


def _nodes(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _nodes(child)


def offered_keys(app) -> set[str]:
    """The keys of every widget on the page (buttons, downloads, uploaders, inputs, forms' fields)."""
    found = {w.key for w in _nodes(app._tree) if getattr(w, "key", None)}
    for node in _nodes(app._tree):  # downloads and uploaders have no AppTest class: their element id holds the key
        proto = getattr(node, "proto", None)
        element_id = getattr(proto, "id", "") if proto is not None else ""
        if isinstance(element_id, str) and "-" in element_id and element_id.startswith("$$ID"):
            found.add(element_id.rsplit("-", 1)[-1])
    return found


def files_of(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and "graphe" not in p.parts and not p.name.startswith(("streamlit", "."))}


@pytest.mark.parametrize("who", list(PEOPLE))
def test_each_action_is_offered_to_its_roles_and_refused_to_the_others_when_forced(app_test, accounts, tmp_path,
                                                                                   who):
    presentations(tmp_path)
    app = app_test("app_pages/accueil.py")
    app.run()
    sign_in(app, who)
    seen: dict[str, set[str]] = {}
    for page in PAGES:
        app.switch_page(f"app_pages/{page}.py").run()
        assert not app.exception, f"{who} on {page}: {app.exception}"
        seen[page] = offered_keys(app)
    wrong = [f"{action.page}: {key} {'absent' if who in action.offered else 'offered'}"
             for action in MATRIX for key in action.keys if (key in seen[action.page]) is not (who in action.offered)]
    assert not wrong, f"{who}: {wrong}"

    if who == "centre":  # the federation's presentation, opened by the centre: played, not changed
        app.switch_page("app_pages/presenter.py").run()
        app.selectbox(key="presenter_choice").set_value(FEDERATION_TALK).run()
        keys = offered_keys(app)
        assert "presenter_play" in keys and not keys & {"presenter_add", "presenter_delete", "presenter_save_caption"}

    graph, files = dump(shared()), files_of(tmp_path)
    for action in MATRIX:
        if action.force is None or who not in action.refused_to():
            continue
        with pytest.raises(AccessDenied):
            action.force(PEOPLE[who], tmp_path)
    assert dump(shared()) == graph, f"{who}: the graph changed"
    assert files_of(tmp_path) == files, f"{who}: a file changed"


def test_the_rights_the_matrix_gives_are_real(app_test, accounts, tmp_path):
    """The forced calls pass for a person who may do them (the refusals above are about the role)."""
    presentations(tmp_path)
    app = app_test("app_pages/accueil.py")
    app.run()
    centre, federation = PEOPLE["centre"], PEOPLE["federation"]
    assert recaptioned(centre, tmp_path, CENTRE_TALK).scenes[0].title == "Réécrite"
    assert recaptioned(federation, tmp_path, FEDERATION_TALK).scenes[0].title == "Réécrite"
    assert folder(centre, tmp_path).create("La sienne").owner == OWN
    assert folder(federation, tmp_path).create("La nôtre").owner == ""
    QUERIES["recommandations_enregistrer_poids"](guarded(federation), weights=Weights(), access=federation,
                                                 path=tmp_path / "poids.json")
    assert json.loads((tmp_path / "poids.json").read_text(encoding="utf-8"))
    save_introduction("Notre introduction", federation, tmp_path / "introduction.txt")
    assert QUERIES["centre_exporter"](guarded(centre), centre=OWN).startswith(b"PK")
    administered(tmp_path / "comptes.json", federation).set_active("partenaire", False, by="federation")
    assert not administered(tmp_path / "comptes.json", federation).get("partenaire").actif
