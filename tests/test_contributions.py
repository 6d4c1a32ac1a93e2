"""Contributions and their review, on both stores with the demo data, through the guarded store pages use: the
queue of drafts, validation, rejection with a comment the centre reads, history and restoration, the retention
flag, a centre's export and deletion — each with its role checks (what is refused changes nothing)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

import pytest
from helpers import dump

from graph.access import Access, Role
from graph.changes import PutNode, SetLinks
from graph.errors import AccessDenied, ConcurrentEdit, PasserellesError
from graph.guard import OWNER_LINK, GuardedStore
from graph.schema import KIND_LIST
from ingest.demo import load_demo
from queries.contributions import InvalidContribution, check_contribution, differences, save_contribution
from queries.retention import centre_items, delete_centre_data, export_centre, retention_months, retention_review
from queries.review import history, my_contributions, reject, restore, validate, validation_queue

A, B = "CS95-001", "CS95-002"
ADMIN = Access(Role.ADMIN, account="federation")
MINE = Access(Role.CONTRIBUTOR, frozenset({A}), "acacias")
OTHER = Access(Role.CONTRIBUTOR, frozenset({B}), "hortensias")
READER = Access(Role.READER, account="partenaire")
PRACTICE = {"titre": "Café des parents du jeudi", "description": "Un café chaque jeudi matin à l’école.",
            "themes": ["parentalite", "lien_familles_ecole"], "resultat": "en_cours",
            "favorise": "La directrice ouvre la salle des parents."}


@pytest.fixture
def demo(store):
    load_demo(store)
    return store


def as_(store, access):
    return GuardedStore(store, access)


def propose(store, title: str = PRACTICE["titre"]) -> str:
    return save_contribution(as_(store, MINE), "Pratique", {**PRACTICE, "titre": title}, centre=A).key


def test_the_queue_holds_every_draft_oldest_first_with_centre_and_author(demo):
    first, second = propose(demo, "Première proposition"), propose(demo, "Seconde proposition")
    queue = validation_queue(as_(demo, ADMIN))
    drafts = {(kind.label, str(p[kind.key])) for kind in KIND_LIST if kind.contributed
              for p in demo.nodes(kind.label) if p.get("statut") == "brouillon"}
    assert {(q.label, q.key) for q in queue} == drafts
    assert [q.submitted for q in queue] == sorted(q.submitted for q in queue)
    ours = [q for q in queue if q.key in (first, second)]
    assert [q.key for q in ours] == [first, second]
    assert all(q.centre == A and q.author == "acacias" and q.centre_nom == demo.get("Centre", A)["nom"] for q in ours)
    for who in (MINE, READER):
        with pytest.raises(AccessDenied):
            validation_queue(as_(demo, who))


def test_validating_publishes_and_only_the_federation_may(demo):
    key = propose(demo)
    assert key not in as_(demo, READER).keys("Pratique")
    before = dump(demo)
    with pytest.raises(AccessDenied):
        validate(as_(demo, MINE), "Pratique", key, expected_version=1)
    assert dump(demo) == before
    save_contribution(as_(demo, MINE), "Pratique", {**PRACTICE, "titre": "Autre titre"}, key=key,
                      expected_version=1, centre=A)
    changed = dump(demo)
    with pytest.raises(ConcurrentEdit):  # the federation read it before the centre changed it: nothing published
        validate(as_(demo, ADMIN), "Pratique", key, expected_version=1)
    assert dump(demo) == changed
    assert validate(as_(demo, ADMIN), "Pratique", key, expected_version=2) == 3
    assert demo.get("Pratique", key)["statut"] == "valide"
    assert as_(demo, READER).get("Pratique", key)["titre"] == "Autre titre"
    assert key not in {q.key for q in validation_queue(as_(demo, ADMIN))}
    assert demo.history("Pratique", key)[-1].action == "validation"


def test_a_rejection_goes_back_to_the_centre_with_its_comment(demo):
    key = propose(demo)
    with pytest.raises(PasserellesError):
        reject(as_(demo, ADMIN), "Pratique", key, "   ", expected_version=1)
    comment = "Précisez ce qui montre que ça a marché."
    reject(as_(demo, ADMIN), "Pratique", key, comment, expected_version=1)
    assert demo.get("Pratique", key)["statut"] == "rejete"
    mine = {c.key: c for c in my_contributions(as_(demo, MINE))}
    assert mine[key].statut == "rejete" and mine[key].comment == comment and mine[key].decision == "rejet"
    entries = history(as_(demo, MINE), "Pratique", key)
    assert entries[-1].action == "rejet" and entries[-1].note == comment and entries[-1].centre == A
    assert [c.field for c in entries[-1].changes] == ["Statut"]
    assert key not in as_(demo, OTHER).keys("Pratique") and history(as_(demo, OTHER), "Pratique", key) == []
    assert {c.key for c in my_contributions(as_(demo, MINE))} >= {
        r.source_key for r in demo.links("PORTEE_PAR") if r.target_key == A}
    with pytest.raises(AccessDenied):
        my_contributions(as_(demo, READER))
    # corrected by the centre, it is a draft again and back in the queue
    save_contribution(as_(demo, MINE), "Pratique", {**PRACTICE, "preuves": "12 familles chaque jeudi."}, key=key,
                      expected_version=2, centre=A)
    assert key in {q.key for q in validation_queue(as_(demo, ADMIN))}


def test_history_in_french_and_restoring_an_earlier_version(demo):
    key = propose(demo)
    save_contribution(as_(demo, MINE), "Pratique", {**PRACTICE, "titre": "Titre changé", "resultat": "a_marche"},
                      key=key, expected_version=1, centre=A)
    entries = history(as_(demo, ADMIN), "Pratique", key)
    assert [e.action for e in entries] == ["creation", "liens", "modification"]
    changed = {c.field: (c.before, c.after) for c in entries[-1].changes}
    assert changed == {"Titre": (PRACTICE["titre"], "Titre changé"), "Résultat": ("En cours", "A marché")}
    assert entries[0].account == "acacias" and entries[0].centre_nom == demo.get("Centre", A)["nom"]
    assert entries[0].when[0].isdigit() and " à " in entries[0].when
    with pytest.raises(AccessDenied):
        restore(as_(demo, MINE), "Pratique", key, index=0)
    assert restore(as_(demo, ADMIN), "Pratique", key, index=0) == 3
    restored = demo.get("Pratique", key)
    assert restored["titre"] == PRACTICE["titre"] and restored["resultat"] == "en_cours"
    last = history(as_(demo, ADMIN), "Pratique", key)[-1]
    assert last.action == "restauration" and last.account == "federation"
    # an imported item, changed once by the federation, goes back to how it was imported
    imported = next(r.source_key for r in demo.links("PORTEE_PAR") if r.target_key == A)
    original = demo.get("Pratique", imported)
    as_(demo, ADMIN).apply([PutNode("Pratique", imported, {"titre": "Modifié", "obstacles": None},
                                    expected_version=original["version"])])
    restore(as_(demo, ADMIN), "Pratique", imported, index=-1)
    now = demo.get("Pratique", imported)
    assert {k: v for k, v in now.items() if k not in ("version", "modifie_le")} == {
        k: v for k, v in original.items() if k not in ("version", "modifie_le")}


def test_a_stale_save_shows_what_the_other_person_changed(demo):
    key = propose(demo)
    read = {"titre": PRACTICE["titre"], "resultat": "en_cours"}
    validate(as_(demo, ADMIN), "Pratique", key, expected_version=1)
    as_(demo, ADMIN).apply([PutNode("Pratique", key, {"resultat": "a_marche"}, expected_version=2)])
    mine = {**PRACTICE, "titre": "Mon nouveau titre"}
    with pytest.raises(ConcurrentEdit) as stale:
        save_contribution(as_(demo, MINE), "Pratique", mine, key=key, expected_version=1, centre=A)
    assert stale.value.current == 3 and demo.get("Pratique", key)["titre"] == PRACTICE["titre"]
    version, rows, now = differences(as_(demo, MINE), "Pratique", key, {**PRACTICE, **read}, mine)
    assert version == 3 and now["resultat"] == "a_marche"
    assert [(r.field, r.read, r.theirs, r.mine, r.mine_changed) for r in rows] == [
        ("resultat", "En cours", "A marché", "En cours", False)]


def test_forms_say_what_is_wrong_field_by_field(demo):
    problems = check_contribution(as_(demo, MINE), "Partenariat", {"forme": "convension", "uai": "0950123A",
                                                                   "qualite": "solide", "depuis": "l’an dernier"},
                                  centre=A)
    fields = {p.field for p in problems}
    assert fields == {"forme", "uai", "depuis"}
    assert any("Convention" in p.message for p in problems if p.field == "forme")
    unknown = check_contribution(as_(demo, MINE), "Retour", {"resultat": "a_marche", "pratique": "PR-999"}, centre=A)
    assert [p.field for p in unknown] == ["pratique"] and "PR-999" in unknown[0].message
    before = dump(demo)
    with pytest.raises(InvalidContribution) as refused:
        save_contribution(as_(demo, MINE), "Partenariat", {"forme": "convension"}, centre=A)
    assert {p.field for p in refused.value.problems} == {"forme", "uai"}
    with pytest.raises(AccessDenied):  # another centre's name on the item: the guard refuses
        save_contribution(as_(demo, OTHER), "Pratique", PRACTICE, centre=A)
    with pytest.raises(AccessDenied):
        save_contribution(as_(demo, READER), "Pratique", PRACTICE, centre=A)
    assert dump(demo) == before


def test_cases_older_than_the_setting_are_flagged(demo, monkeypatch):
    guarded = as_(demo, ADMIN)
    guarded.apply([PutNode("Situation", "SC-NEW", {"nature": "orientation", "sollicite_par": "ecole",
                                                   "posture": "tiers_neutre", "date": "2029-06"}),
                   SetLinks("SIGNALEE_PAR", "Situation", "SC-NEW", (A,))])
    today = dt.date(2030, 1, 15)
    ages = {c["id_situation"]: (today.year - int(c["date"][:4])) * 12 + today.month - int(c["date"][5:7])
            for c in demo.nodes("Situation")}
    flagged = {f.key: f.age_months for f in retention_review(guarded, months=36, today=today)}
    assert flagged == {key: age for key, age in ages.items() if age > 36} and "SC-NEW" not in flagged
    assert "SC-NEW" in {f.key for f in retention_review(guarded, months=6, today=today)}
    monkeypatch.setenv("PASSERELLES_CONSERVATION_MOIS", "6")
    assert retention_months() == 6 and "SC-NEW" in {f.key for f in retention_review(guarded, today=today)}
    owners = {r.source_key: r.target_key for r in demo.links("SIGNALEE_PAR")}
    assert {f.key for f in retention_review(as_(demo, MINE), today=today)} == {
        key for key, age in ages.items() if age > 6 and owners.get(key) == A}
    monkeypatch.setenv("PASSERELLES_CONSERVATION_MOIS", "trois ans")
    with pytest.raises(PasserellesError):
        retention_months()
    with pytest.raises(AccessDenied):
        retention_review(as_(demo, READER), months=36, today=today)


def _csv_rows(archive: zipfile.ZipFile, name: str) -> list[dict[str, str]]:
    text = archive.read(name).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def test_a_centre_exports_its_own_data_safe_for_spreadsheets(demo):
    hostile = '=HYPERLINK("http://exemple.invalid","cliquez")'
    key = save_contribution(as_(demo, MINE), "Pratique", {**PRACTICE, "titre": hostile}, centre=A).key
    archive = zipfile.ZipFile(io.BytesIO(export_centre(as_(demo, MINE), A)))
    owned = {label: sorted(r.source_key for r in demo.links(type_, label) if r.target_key == A)
             for label, type_ in OWNER_LINK.items()}
    assert [row["id_centre"] for row in _csv_rows(archive, "centres.csv")] == [A]
    practices = {row["id_pratique"]: row for row in _csv_rows(archive, "pratiques.csv")}
    assert sorted(practices) == owned["Pratique"] and practices[key]["titre"] == "'" + hostile
    cases = _csv_rows(archive, "situations.csv")
    assert sorted(row["id_situation"] for row in cases) == owned["Situation"]
    assert all(row["recit"] for row in cases)  # its own narratives: the centre wrote them
    history_rows = _csv_rows(archive, "historique.csv")
    assert {row["identifiant"] for row in history_rows} >= {key}
    assert all(not row[column].startswith(("=", "+", "-", "@")) for row in history_rows for column in row)
    for who in (OTHER, READER):
        with pytest.raises(AccessDenied):
            export_centre(as_(demo, who), A)


def test_deleting_a_centre_s_data_on_request(demo):
    owned = centre_items(as_(demo, ADMIN), A)
    assert owned["Centre"] == [A] and owned["Pratique"]
    before = dump(demo)
    for who in (MINE, OTHER, READER):
        with pytest.raises(AccessDenied):
            delete_centre_data(as_(demo, who), A)
    assert dump(demo) == before
    others = {label: {k for k in demo.keys(label)} - set(keys) for label, keys in owned.items()}
    done = delete_centre_data(as_(demo, ADMIN), A)
    assert done.counts == {label: len(keys) for label, keys in owned.items()}
    for label, keys in owned.items():
        assert not set(keys) & demo.keys(label)
        assert demo.keys(label) == others[label]  # nobody else's data is touched
        for key in keys:  # erased on request: only the fact remains, none of the content
            [trace] = demo.history(label, key)
            assert (trace.action, trace.account, trace.before, trace.after) == ("effacement", "federation", "{}", "{}")
    assert not centre_items(as_(demo, ADMIN), A)["Centre"]
