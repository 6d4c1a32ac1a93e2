"""The pages « Ce qui a marché ailleurs » and « Situations de conflit » (AppTest on the demo); hostile text stays
text."""

from __future__ import annotations

from graph.backends.embedded import EmbeddedStore
from graph.changes import PutNode, SetLinks
from ingest.demo import load_demo
from queries import QUERIES

HOSTILE = "<script>alert('x')</script> Café des parents"


def texts(app) -> str:
    return "\n".join(str(element.value) for kind in ("markdown", "caption", "text", "info", "success", "warning")
                     for element in app.get(kind))


def test_a_centre_finds_practices_with_their_reasons(app_test):
    app = app_test("app_pages/recommandations.py")
    app.run()
    assert not app.exception
    app.selectbox(key="reco_centre").set_value("CS95-001").run()
    app.multiselect(key="reco_themes").select("Accueil des parents non francophones").run()
    app.text_area(key="reco_text").input("des familles primo-arrivantes qui ne comprennent pas l'école").run()
    assert not app.exception
    shown = texts(app)
    assert "1. " in shown and "Centre à contacter" in shown and "Thèmes en commun" in shown
    assert "Accueil des parents non francophones" in shown
    app.selectbox(key="reco_why_not").set_value("PR-005").run()
    assert not app.exception
    assert any(word in texts(app) for word in ("classée", "première", "proposée", "examinée"))


def test_a_configuration_described_by_hand_and_filters(app_test):
    app = app_test("app_pages/recommandations.py")
    app.run()
    app.radio(key="reco_mode").set_value("Je la décris").run()
    app.selectbox(key="reco_commune").set_value("95018").run()
    app.multiselect(key="reco_hand_levels").select("Collège").run()
    app.multiselect(key="reco_themes").select("Prévention du décrochage").run()
    assert not app.exception and "1. " in texts(app)
    app.number_input(key="reco_max_km").set_value(1).run()
    assert not app.exception


def test_any_commune_of_france_is_placed_and_a_practice_carried_by_several_centres_is_one_card(app_test):
    """Issue 18: a configuration outside the graph's communes (Marseille) has its distances; nothing is ticked for
    the person (CLAS, QPV: « Je ne précise pas »); the card shows the practice and each centre that carries it."""
    app = app_test("app_pages/recommandations.py")
    app.run()
    app.radio(key="reco_mode").set_value("Je la décris").run()
    app.text_input(key="reco_commune_search").input("marseille").run()
    app.selectbox(key="reco_commune").set_value("13055").run()
    assert app.selectbox(key="reco_clas").value == "" and app.selectbox(key="reco_qpv").value == ""
    app.text_area(key="reco_text").input("préparer l'entrée au collège des CM2").run()
    assert not app.exception
    shown = texts(app)
    assert "Distance inconnue" not in shown and "km de vous" in shown
    assert "Centre qui a un CLAS, comme vous" not in shown  # the hand mode said nothing of a CLAS
    titles = [str(m.value) for m in app.get("markdown") if str(m.value).startswith("**") and ". " in str(m.value)[:6]]
    assert len(titles) == len(set(titles)), titles  # one card per practice, however many centres carry it
    assert "Portée par " in shown


def test_the_federation_reads_and_extends_its_thesaurus_on_the_page(app_test):
    app = app_test("app_pages/recommandations.py")  # the laptop's user is the federation
    app.run()
    app.selectbox(key="reco_thesaurus_concept").set_value("ecrans").run()
    assert "Termes livrés" in texts(app) and "Aucun terme ajouté par la fédération." in texts(app)
    app.text_input(key="reco_thesaurus_term").input("les nuits sur Zorglub")
    next(b for b in app.get("button") if "Ajouter ce terme" in str(b.proto.label)).click().run()
    assert not app.exception and "Terme ajouté" in texts(app)
    app.run()
    assert "Ajoutés par la fédération : les nuits sur Zorglub" in texts(app)
    app.selectbox(key="reco_thesaurus_remove").set_value("ecrans:lesnuitssurzorglub").run()
    app.button(key="reco_thesaurus_remove_go").click().run()
    assert not app.exception and "Terme retiré." in texts(app)


def test_reporting_back_after_reusing_a_practice(app_test):
    app = app_test("app_pages/recommandations.py")
    app.run()
    app.selectbox(key="reco_report_practice").set_value("PR-001")
    app.selectbox(key="reco_report_centre").set_value("CS95-002")
    app.text_area(key="reco_report_comment").input("Repris avec succès.")
    form_button = [b for b in app.get("button") if "Enregistrer mon retour" in str(b.proto.label)]
    assert form_button
    form_button[0].click().run()
    assert not app.exception
    assert "votre retour est enregistré" in texts(app)


def test_hostile_text_is_shown_as_text(app_test, tmp_path):
    store = EmbeddedStore(tmp_path / "graphe")
    load_demo(store)
    store.apply([PutNode("Pratique", "PR-HOSTILE", {"titre": HOSTILE, "themes": ["parentalite"], "resultat": "a_marche",
                                                    "description": "Un atelier de jonglage avec les parents.",
                                                    "preuves": "<img src=x onerror=alert(1)>", "statut": "valide"}),
                 SetLinks("PORTEE_PAR", "Pratique", "PR-HOSTILE", ("CS95-002",)),
                 PutNode("Situation", "SC-HOSTILE", {"nature": "sanction", "sollicite_par": "les_deux",
                                                     "posture": "mediation", "issue": "apaisee",
                                                     "recit": "<script>alert('recit')</script>"}),
                 SetLinks("SIGNALEE_PAR", "Situation", "SC-HOSTILE", ("CS95-002",))])
    store.close()
    app = app_test("app_pages/recommandations.py", demo=False)
    app.run()
    app.selectbox(key="reco_centre").set_value("CS95-001").run()
    app.text_area(key="reco_text").input("du jonglage avec les parents").run()  # only the hostile practice says it
    assert not app.exception
    markdown = [element for element in app.get("markdown")]
    assert any("&lt;script&gt;" in str(m.value) for m in markdown)
    assert not any("<script>" in str(m.value) or "<img" in str(m.value) for m in markdown)
    assert not any(m.proto.allow_html and "script" in str(m.value) for m in markdown)
    app = app_test("app_pages/situations.py", demo=False)
    app.run()
    app.selectbox(key="conflict_nature").set_value("Sanction ou exclusion").run()
    app.selectbox(key="conflict_solicited").set_value("Les deux parties").run()
    assert not app.exception
    markdown = [element for element in app.get("markdown")]
    assert any("&lt;script&gt;alert" in str(m.value) for m in markdown)  # the laptop's user is the federation
    assert not any("<script>" in str(m.value) for m in markdown)


def test_the_conflict_page_shows_stances_and_cases(app_test):
    app = app_test("app_pages/situations.py")
    app.run()
    assert not app.exception
    assert len(app.dataframe) == 1 and len(app.dataframe[0].value) == 6
    app.selectbox(key="conflict_level").set_value("Collège").run()
    assert not app.exception and "Posture :" in texts(app)


def test_a_long_list_is_searched_and_open_questions_come_a_page_at_a_time(app_test, tmp_path):
    """Past a few hundred practices a selectbox would send them all at every click (issue 17: 30,000 froze the
    tab): a search narrows them; only one page of open questions is answered at a run."""
    from ui.choices import LIMIT, SHOWN

    store = EmbeddedStore(tmp_path / "graphe")
    load_demo(store)
    extra = LIMIT + 50
    store.apply([change for n in range(extra) for change in (
        PutNode("Pratique", f"PR-X{n:04d}", {"titre": f"Atelier numéro {n}", "themes": ["parentalite"],
                                             "resultat": "a_marche", "statut": "valide"}),
        SetLinks("PORTEE_PAR", "Pratique", f"PR-X{n:04d}", ("CS95-002",)))])
    store.apply([PutNode("Question", f"Q-X{n:02d}", {"texte": f"Question ajoutée {n}", "etat": "ouverte",
                                                    "themes": ["parentalite"]}) for n in range(25)])
    open_count = len(QUERIES["questions_a_repondre"](store))
    store.close()
    app = app_test("app_pages/recommandations.py", demo=False)
    app.run()
    assert not app.exception
    why_not = app.selectbox(key="reco_why_not")
    assert len(why_not.options) <= SHOWN  # not the whole list
    app.text_input(key="reco_why_not_search").input("atelier numéro 12").run()
    offered = app.selectbox(key="reco_why_not").options
    assert offered and len(offered) <= SHOWN and all("Atelier numéro 12" in option for option in offered)
    app.selectbox(key="reco_why_not").set_value("PR-X0123").run()
    assert not app.exception and app.selectbox(key="reco_why_not").value == "PR-X0123"
    app.text_input(key="reco_why_not_search").input("numéro 7").run()  # the choice stays while searching again
    assert app.selectbox(key="reco_why_not").value == "PR-X0123"
    questions = [e for e in app.expander if e.label.startswith(("Question ajoutée", "Comment", "Quel", "Qu"))]
    assert 0 < len(questions) <= 10 and open_count > 10
    assert f"sur {open_count}" in texts(app)
    app.number_input(key="reco_questions_page").set_value(2).run()
    assert not app.exception
    second = [e.label for e in app.expander if e.label.startswith(("Question ajoutée", "Comment", "Quel", "Qu"))]
    assert second and set(second).isdisjoint(q.label for q in questions)
