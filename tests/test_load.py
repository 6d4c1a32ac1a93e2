"""A small load on the running app (:mod:`bench.load`): readers and contributors at once, each a real WebSocket
session speaking Streamlit's protocol on loopback, for a bounded time. No error, every session held, and every
save the page confirmed is in the centre's history. ``python3 -m bench.load`` puts the full load and prints the
latency percentiles."""

from __future__ import annotations

from bench.load import measure


def test_readers_and_contributors_at_once_lose_nothing():
    load = measure(readers=4, contributors=2, duration=15.0)
    figures = load.figures()
    assert load.errors == [], load.errors[:5]
    assert figures["sessions_tenues_ensemble"] == 6
    assert figures["pages_lues"] >= 4 and load.confirmed, figures
    assert load.lost == [], f"confirmed, then lost: {load.lost}"


def test_the_lost_write_check_can_fail(tmp_path):
    from bench.load import CENTRE, Load, check_writes
    from graph.access import Access, Role
    from graph.backends.embedded import EmbeddedStore
    from graph.guard import GuardedStore
    from ingest.demo import load_demo
    from queries.contributions import save_contribution

    with EmbeddedStore(tmp_path / "graphe") as store:
        load_demo(store)
        form_values = {"nom": store.get("Centre", CENTRE)["nom"], "type": "centre_social", "code_commune": "95555",
                       "adresse": "1 rue confirmée"}
        save_contribution(GuardedStore(store, Access(Role.ADMIN, account="federation")), "Centre", form_values,
                          key=CENTRE)
    load = Load(0, 1, 1.0, confirmed=["1 rue confirmée", "2 rue jamais écrite"])
    with EmbeddedStore(tmp_path / "graphe") as store:
        check_writes(store, load)
    assert load.lost == ["2 rue jamais écrite"]
