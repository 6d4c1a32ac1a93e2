"""Nothing identifying is stored, whatever the door: every narrative of the outside corpus
(``data/evaluation/confidentialite``) with an identifying item is pushed through the contribution form's query (as
typed, and after « Remplacer »), the federation's workbook (XLSX and a folder of CSV files) and the import page
(AppTest), and then the stored graph is searched for each item's text.

« Stored » is searched where a save writes: the item saved and its history (a trace keeps the text as written).
An item's text may stay only as often as the corpus itself uses it for something else (« les vacances de Noël »
beside the child called Noël). The other ways a text reaches the graph — a restored version, a report on a reused
practice, a meeting's theme, a validation's note, a write made straight through a person's store — re-check the
text they write too. On both stores.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from helpers import dump

from bench import privacy as bench
from graph.access import Access, Role
from graph.changes import PutNode
from graph.guard import GuardedStore
from graph.i18n import t
from graph.privacy import FAMILY, IdentifyingDetails, replace_identifying
from ingest.demo import load_demo
from ingest.workbook import load_workbook
from queries.contributions import save_contribution
from queries.meetings import MeetingPlan, plan_meeting
from queries.privacy import known_places, replace_in_case
from queries.recommend_feedback import report_back
from queries.review import reject, restore, validate
from test_workbook import SHEETS, write_csv_folder, write_xlsx

CORPUS = bench.corpus()
NARRATIVES = [entry for entry in CORPUS if entry["items"]]
CENTRE = Access(Role.CONTRIBUTOR, frozenset({"CS95-001"}), "acacias")
FEDERATION = Access(Role.ADMIN, account="federation")
CASE = {"nature": "sanction", "sollicite_par": "parent", "posture": "mediation", "issue": "en_cours"}


def occurrences(text: str, words: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(words)}(?!\w)", text))


def allowed(entry: dict, words: str) -> int:
    """How often the corpus uses ``words`` in ``entry`` for something that identifies no one."""
    spans = [(item["start"], item["start"] + len(item["text"])) for item in entry["items"]]
    return sum(1 for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", entry["text"])
               if not any(start <= m.start() < end for start, end in spans))


def form_values(entry: dict) -> tuple[str, dict[str, str]]:
    label, field = bench.FIELDS[entry["kind"]]
    base = dict(CASE) if label == "Situation" else {"titre": f"Pratique {entry['id']}", "resultat": "en_cours"}
    return label, {**base, field: entry["text"]}


def stored_texts(store, label: str, key: str) -> list[str]:
    """What the store keeps of an item: its values and every trace of its history, as text."""
    node = store.get(label, key) or {}
    return [json.dumps(node, ensure_ascii=False)] + [f"{trace.before}\n{trace.after}"
                                                     for trace in store.history(label, key)]


def assert_no_item_stored(entry: dict, texts: list[str]) -> None:
    for item in entry["items"]:
        for text in texts:
            assert occurrences(text, item["text"]) <= allowed(entry, item["text"]), \
                f"{entry['id']}: « {item['text']} » ({item['kind']}) is stored: {text[:300]}"


# --- the contribution form's query, as typed and after « Remplacer » --------------------------------------------


def test_no_corpus_item_is_stored_through_the_form(store):
    load_demo(store)
    centre = GuardedStore(store, CENTRE)
    before = dump(store)
    for entry in NARRATIVES:  # as typed: refused, every one, and nothing written
        label, values = form_values(entry)
        with pytest.raises(IdentifyingDetails) as refused:
            save_contribution(centre, label, values, centre="CS95-001")
        assert refused.value.findings, entry["id"]
    assert dump(store) == before
    saved = 0
    for entry in NARRATIVES:  # after « Remplacer »: saved, and nothing of the items is in the graph
        label, values = form_values(entry)
        if label == "Situation":
            values = replace_in_case(centre, values)
        else:
            values = {**values, "description": replace_identifying(values["description"], known_places(centre))}
        done = save_contribution(centre, label, values, centre="CS95-001")
        assert_no_item_stored(entry, stored_texts(store, label, done.key))
        saved += 1
    assert saved == len(NARRATIVES) >= 70


# --- the federation's workbook: XLSX and a folder of CSV files --------------------------------------------------

SITUATIONS = ["id_situation", "date", "nature", "sollicite_par", "posture", "recit", "actions", "enseignements",
              "id_centre"]
PRACTICES = ["id_pratique", "titre", "description", "id_centre"]


def corpus_sheets() -> tuple[dict[str, list[list[str]]], dict[tuple[str, int], dict]]:
    """The base workbook, one row per narrative of the corpus in the column of its field; and which entry each
    (sheet, row as the spreadsheet numbers it) holds."""
    cases, practices, rows = [SITUATIONS], [PRACTICES], {}
    for entry in NARRATIVES:
        label, field = bench.FIELDS[entry["kind"]]
        if label == "Situation":
            row = ["", "03/2019", "Sanction ou exclusion", "L’école", "Médiation en présence des deux parties",
                   "", "", "", "CS95-001"]
            row[0], row[SITUATIONS.index(field)] = f"SC-{len(cases)}", entry["text"]
            cases.append(row)
            rows[("situations", len(cases))] = entry
        else:
            practices.append([f"PR-{len(practices)}", f"Pratique {entry['id']}", entry["text"], "CS95-001"])
            rows[("pratiques", len(practices))] = entry
    return {**SHEETS, "situations": cases, "pratiques": practices}, rows


@pytest.mark.parametrize("shape", ["xlsx", "csv"])
def test_no_corpus_item_is_stored_through_an_import(store, tmp_path, shape):
    sheets, rows = corpus_sheets()
    path = write_xlsx(tmp_path / "classeur.xlsx", sheets) if shape == "xlsx" else \
        write_csv_folder(tmp_path / "classeur", sheets)
    before = dump(store)
    result = load_workbook(store, path)
    assert not result.written and dump(store) == before
    privacy = tuple(t(f"ingest.privacy.{kind}", masked="", at=0).split(" (")[0] for kind in FAMILY)
    refused = {((p.sheet or p.file).lower().removesuffix(".csv"), p.row) for p in result.report.blocking
               if p.message.startswith(privacy)}
    assert refused == set(rows), "every row with an identifying item is refused for it, and only for that"
    report = "\n".join(result.report.lines())
    for entry in NARRATIVES:
        for item in entry["items"]:  # the report shows what it refuses masked, never as written
            if len(item["text"]) > 3 and item["kind"] not in ("age_classe_ecole", "classe_precise"):
                assert occurrences(report, item["text"]) == 0, (entry["id"], item["text"])


def test_no_corpus_item_is_stored_through_the_import_page(app_test, tmp_path):
    app = app_test("app_pages/importer.py", demo=False)
    sheets, rows = corpus_sheets()
    upload = write_xlsx(tmp_path / "classeur.xlsx", sheets)
    app.session_state["import_files"] = [(upload.name, upload.read_bytes())]
    app.run()
    assert not app.exception
    assert "rien n’a été enregistré" in "\n".join(e.value for e in app.error).lower() or \
        any("bloquant" in e.value for e in app.error), [e.value for e in app.error]
    assert not [button for button in app.button if button.key == "confirm_import"]
    from ui.state import _open

    assert _open().counts()["Situation"] == 0 and _open().counts()["Pratique"] == 0
    assert len(rows) == len(NARRATIVES)


# --- every other way a text reaches the graph re-checks it ------------------------------------------------------


def test_a_restored_version_a_report_a_meeting_and_a_note_are_checked_too(store):
    load_demo(store)
    federation, centre = GuardedStore(store, FEDERATION), GuardedStore(store, CENTRE)
    key = save_contribution(centre, "Situation", {**CASE, "recit": "La mère est venue au centre."},
                            centre="CS95-001").key
    # An older version written before the check knew better (an import of an earlier release, say).
    store.apply([PutNode("Situation", key, {"recit": "La mère de Kenzo B. est venue au centre."})])
    save_contribution(federation, "Situation", {**CASE, "recit": "La mère est venue au centre."}, key=key,
                      centre="CS95-001")
    before = dump(store)
    traces = federation.history("Situation", key)
    assert "Kenzo" in traces[-1].before  # the history keeps it: restoring it would store it again
    with pytest.raises(IdentifyingDetails):
        restore(federation, "Situation", key, index=len(traces) - 2)  # as it was before the last change
    with pytest.raises(IdentifyingDetails):
        report_back(centre, CENTRE, "PR-001", "CS95-001", "a_marche", comment="Merci à Mme Diallo (06 12 34 56 78).")
    with pytest.raises(IdentifyingDetails):
        plan_meeting(federation, MeetingPlan(dt.date(2030, 5, 23), "Le cas de Yanis B., élève de 6e."), FEDERATION)
    with pytest.raises(IdentifyingDetails):
        reject(federation, "Situation", key, "Retirez le prénom de Yanis, s’il vous plaît.")
    with pytest.raises(IdentifyingDetails):
        validate(federation, "Situation", key, note="Vu avec M. Benali au 06 12 34 56 78.")
    with pytest.raises(IdentifyingDetails):  # straight through a person's store, below every query
        centre.apply([PutNode("Situation", key, {"actions": "Écrire à fatou.diarra@gmail.com."})])
    assert dump(store) == before
    assert validate(federation, "Situation", key, note="Vu avec la directrice.") > 0  # a note without anyone passes


def test_the_form_s_replace_button_then_save_stores_nothing_of_a_narrative(app_test):
    """The form as a person uses it: a narrative typed, « Vérifier », « Remplacer », « Enregistrer » — one
    narrative of the corpus for each kind of item a case's narrative holds."""
    from ui.state import _open

    chosen: dict[str, dict] = {}
    for entry in NARRATIVES:
        if entry["kind"] == "recit":
            for item in entry["items"]:
                chosen.setdefault(item["kind"], entry)
    assert len(chosen) >= 10
    app = app_test("app_pages/contribuer.py").run()  # no account: the laptop's user is the federation
    app.selectbox(key="contribuer_kind").set_value("Situation").run()
    app.selectbox(key="contribuer_centre").set_value("CS95-001").run()
    for entry in {e["id"]: e for e in chosen.values()}.values():
        app.selectbox(key="contribuer_item").set_value("").run()
        for name, value in CASE.items():
            app.selectbox(key=f"contribuer.Situation.{name}").set_value(value)
        app.text_area(key="contribuer.Situation.recit").input(entry["text"])
        app.button(key="contribuer_check").click().run()
        assert not app.exception and app.warning, entry["id"]  # the check shows what it found
        app.button(key="contribuer_replace").click().run()
        app.button(key="contribuer_save").click().run()
        assert not app.exception and "Rien n’est enregistré" not in "\n".join(e.value for e in app.error), entry["id"]
        key = app.selectbox(key="contribuer_item").value
        assert key and _open().get("Situation", key) is not None, entry["id"]
        assert_no_item_stored(entry, stored_texts(_open(), "Situation", key))
