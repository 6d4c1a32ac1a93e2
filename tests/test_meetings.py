"""Meetings on both stores: the timeline, what each meeting produced (checked against the demo's CSV files read
directly), the open questions and partners' views; planning a meeting, refused in the query layer to anyone but
the federation, all or nothing; and the « Rencontres » page."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from helpers import dump

from graph.access import PUBLIC, Access, Role
from graph.errors import AccessDenied
from ingest.demo import DEMO_DIR, load_demo
from queries import QUERIES
from queries.meetings import OPEN_STATES, MeetingPlan, PlanningError

ADMIN = Access(Role.ADMIN, account="federation")
CENTRE = Access(Role.CONTRIBUTOR, frozenset({"CS95-001"}), account="tilleuls")
TODAY = dt.date(2025, 6, 2)


def sheet(name: str) -> list[dict[str, str]]:
    with (DEMO_DIR / f"{name}.csv").open(encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def many(cell: str) -> set[str]:
    return set(cell.split("|")) if cell else set()


@pytest.fixture
def demo(store):
    load_demo(store)
    return store


def test_the_timeline_follows_the_seed_and_counts_newcomers(demo):
    steps = QUERIES["rencontres_chronologie"](demo, today=TODAY)
    rows = {r["id_rencontre"]: r for r in sheet("rencontres")}
    assert [s.date for s in steps] == ["2018-06-05", "2019-02-19", "2019-05-23"]
    seen: set[str] = set()
    for step in steps:
        present = many(rows[step.id]["participants"])
        assert (step.presents, step.invites) == (len(present), len(many(rows[step.id]["invites"])))
        assert step.nouveaux == len(present - seen)
        seen |= present
        assert step.pratiques == sum(p["rencontre"] == step.id for p in sheet("pratiques"))
        assert step.avis == sum(a["rencontre"] == step.id for a in sheet("avis"))
        assert not step.a_venir
    assert steps[1].avis_avant == sum("2018-06" < _month(a["date"]) <= "2019-02" for a in sheet("avis"))
    assert (steps[2].lieu, steps[2].commune, steps[2].heure_debut) == ("Maison Pour Tous", "Argenteuil", "09:00")


def _month(typed: str) -> str:
    """The demo's months as typed (09/2018, 2018-09, septembre 2018, sept. 2018) as AAAA-MM."""
    from tools.demo.check import parse_month

    value = parse_month(typed)
    return f"{value // 12}-{value % 12 + 1:02d}"


def test_a_meeting_record_holds_everything_it_produced(demo):
    record = QUERIES["rencontre_bilan"](demo, rencontre="R3", today=TODAY)
    row = next(r for r in sheet("rencontres") if r["id_rencontre"] == "R3")
    assert {c.id for c in record.invites} == many(row["invites"])
    assert {c.id for c in record.presents} == many(row["participants"])
    assert {c.id for c in record.absents} == many(row["invites"]) - many(row["participants"])
    assert {p.id for p in record.pratiques} == {p["id_pratique"] for p in sheet("pratiques") if p["rencontre"] == "R3"}
    assert {q.id for q in record.questions} == {q["id_question"] for q in sheet("questions") if q["rencontre"] == "R3"}
    assert {a.id for a in record.avis} == {a["id_avis"] for a in sheet("avis") if a["rencontre"] == "R3"}
    assert all(v.role and v.centre.nom for v in record.avis)
    conflict = next(q for q in record.questions if "conflit" in q.texte)
    expected = next(q for q in sheet("questions") if q["id_question"] == conflict.id)
    assert {p.id for p in conflict.reponses} == many(expected["reponses"])
    assert conflict.traitee_a == ("R3",) and conflict.soulevee_a == "R3"
    assert QUERIES["rencontre_bilan"](demo, rencontre="R42") is None


def test_open_questions_and_who_could_answer_them(demo):
    found = QUERIES["questions_ouvertes"](demo)
    expected = {q["id_question"] for q in sheet("questions")
                if q["etat"] in ("Ouverte", "En travail") and q["statut"] == "Validé par la fédération"}
    assert {q.id for q in found} == expected
    assert all(q.etat in OPEN_STATES for q in found)
    for q in found:
        assert q.posee_par is None or q.posee_par.id not in {c.id for c in q.pistes}
        assert not {c.id for c in q.pistes} & {p.centre.id for p in q.reponses}
    assert any(q.pistes for q in found)


def test_partner_views_by_role_never_by_name(demo):
    views = QUERIES["avis_partenaires"](demo)
    assert len(views) == sum(a["statut"] == "Validé par la fédération" for a in sheet("avis"))
    every = QUERIES["avis_partenaires"](demo, validees=False)
    assert len(every) == len(sheet("avis"))
    from graph.vocabularies import ROLE

    order = [ROLE.codes.index(v.role) for v in views]
    assert order == sorted(order)
    themed = QUERIES["avis_partenaires"](demo, themes=("conflits",))
    assert themed and all("conflits" in v.themes for v in themed)


def test_a_reader_or_a_centre_cannot_plan_a_meeting(demo):
    before = dump(demo)
    plan = MeetingPlan(dt.date(2025, 10, 2), "Un temps élargi à l’Éducation nationale", invites=("CS95-001",))
    for who in (PUBLIC, CENTRE):
        with pytest.raises(AccessDenied):
            QUERIES["rencontre_planifier"](demo, plan=plan, access=who)
        with pytest.raises(AccessDenied):
            QUERIES["rencontre_presences"](demo, rencontre="R3", participants=("CS95-001",), access=who)
    assert dump(demo) == before


def test_the_federation_plans_a_meeting_all_or_nothing(demo):
    choices = QUERIES["rencontre_choix"](demo)
    practice = next(iter(choices.pratiques))
    question = next(iter(choices.questions))
    plan = MeetingPlan(dt.date(2025, 10, 2), "Un temps élargi à l’Éducation nationale", dt.time(9, 30), "12h00",
                       "Salle fictive des fêtes", "1, rue fictive", "95018", tuple(choices.centres), (question,),
                       (practice,))
    key = QUERIES["rencontre_planifier"](demo, plan=plan, access=ADMIN, now=dt.datetime(2025, 6, 2, tzinfo=dt.UTC))
    assert key == "R4"
    meeting = demo.get("Rencontre", "R4")
    assert (meeting["date"], meeting["heure_debut"], meeting["heure_fin"]) == ("2025-10-02", "09:30", "12:00")
    assert meeting["contribue_par"] == "federation"
    step = QUERIES["rencontres_chronologie"](demo, today=TODAY)[-1]
    assert (step.id, step.a_venir, step.invites, step.pratiques, step.questions) == ("R4", True, 40, 1, 1)
    assert step.commune == "Argenteuil"
    record = QUERIES["rencontre_bilan"](demo, rencontre="R4", today=TODAY)
    assert [p.id for p in record.pratiques] == [practice] and not record.presents
    assert practice not in QUERIES["rencontre_choix"](demo).pratiques

    before = dump(demo)
    for wrong, reason in ((MeetingPlan(dt.date(2025, 11, 5), "Suite", pratiques=(practice,)), "already_presented"),
                          (MeetingPlan(dt.date(2025, 11, 5), "Suite", "14:00", "10:00"), "time_order"),
                          (MeetingPlan(dt.date(2025, 11, 5), "Suite", "25h"), "time"),
                          (MeetingPlan(dt.date(2025, 11, 5), "  "), "theme"),
                          (MeetingPlan(dt.date(2025, 11, 5), "Suite", id="R3"), "id_taken"),
                          (MeetingPlan(dt.date(2025, 11, 5), "Suite", invites=("CS95-999",)), "unknown")):
        with pytest.raises(PlanningError) as raised:
            QUERIES["rencontre_planifier"](demo, plan=wrong, access=ADMIN)
        assert raised.value.key.endswith(reason) and raised.value.message() != raised.value.key
    assert dump(demo) == before

    QUERIES["rencontre_presences"](demo, rencontre="R4", participants=("CS95-001", "CS95-002"), access=ADMIN)
    record = QUERIES["rencontre_bilan"](demo, rencontre="R4", today=TODAY)
    assert [c.id for c in sorted(record.presents, key=lambda c: c.id)] == ["CS95-001", "CS95-002"]


# --- the page ------------------------------------------------------------------------------------------


def test_the_rencontres_page_shows_the_timeline_and_a_meeting(app_test):
    app = app_test("app_pages/rencontres.py")
    app.run()
    assert not app.exception
    assert app.title[0].value == "Les rencontres du projet"
    timeline = app.dataframe[0].value
    assert len(timeline) == 3 and list(timeline["Présents"]) == [len(many(r["participants"])) for r in sheet("rencontres")]
    assert app.subheader[1].value.startswith("Rencontre du jeudi 23")
    assert any("Maison Pour Tous" in text.value for text in app.text)
    app.selectbox(key="meeting_choice").set_value("R1")
    app.run()
    assert app.subheader[1].value.startswith("Rencontre du mardi 5")


def test_the_plan_form_is_for_the_federation_only(app_test, monkeypatch):
    session = pytest.importorskip("ui.session")  # accounts: the session's person; without them, a reader
    monkeypatch.setattr(session, "access", lambda: PUBLIC)
    app = app_test("app_pages/rencontres.py")
    app.run()
    assert not app.exception
    assert not [area for area in app.text_area if area.key == "plan_theme"]
    assert any("réservée à la fédération" in info.value for info in app.info)
    monkeypatch.setattr(session, "access", lambda: ADMIN)
    app.run()
    app.text_area(key="plan_theme").set_value("Un temps élargi à l’Éducation nationale")
    app.text_input(key="plan_place").set_value("<b>Salle</b>")
    next(button for button in app.button if button.label == "Enregistrer la rencontre").click()
    app.run()
    assert not app.exception
    assert any("R4" in s.value for s in app.success)
    assert len(app.dataframe[0].value) == 4
