"""A centre's and a school's card, read by their keys (``linked``, ``get``) against joined from whole link
types as before (:func:`card_by_scans`, kept here as the reference), side by side in one run: on the demo
département and on the national dataset (``tools.national``), on the embedded store and, with ``--neo4j``,
on a Neo4j server started for the run; each as the store answers and through a reader's guard (as the app
calls it).

    python3 -m bench.card [--scale 1.0] [--cards 12] [--rounds 3] [--neo4j]

Printed: the median time of one card, old and new, their ratio, and the new way's national / département
ratio (issue 17's goal: ≤ 1.5).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from graph.access import PUBLIC, Access
from graph.guard import GuardedStore
from graph.store import GraphStore

Card = Callable[..., dict[str, Any]]


def card_by_scans(store: GraphStore, node: str, access: Access = PUBLIC) -> dict[str, Any]:
    """The card as :func:`queries.explorer.node_card` built it before keyed reads: from whole link types."""
    label, key = node.split(":", 1)
    props = store.get(label, key) or {}
    partnerships = {r.source_key for r in store.links("PORTE_PAR" if label == "Centre" else "AVEC")
                    if r.target_key == key and r.source_label == "Partenariat"}
    practices = {r.source_key for r in store.links("PORTEE_PAR" if label == "Centre" else "AVEC")
                 if r.target_key == key and r.source_label == "Pratique"}
    meetings = {r.source_key for r in store.links("A_REUNI") if r.target_key == key} if label == "Centre" else set()
    reported_by = {r.source_key: r.target_key for r in store.links("SIGNALEE_PAR")}
    cases = sorted(r.source_key for r in store.links("SIGNALEE_PAR" if label == "Centre" else "CONCERNE")
                   if r.target_key == key)
    readable = [case for case in cases if access.can_read_case(reported_by.get(case, ""))]
    return {
        "props": props,
        "partenariats": [store.get("Partenariat", k) for k in sorted(partnerships)],
        "pratiques": [store.get("Pratique", k) for k in sorted(practices)],
        "rencontres": [store.get("Rencontre", k) for k in sorted(meetings)],
        "situations": len(cases),
        "situations_lisibles": [store.get("Situation", case) for case in readable],
    }


def sample(store: GraphStore, count: int) -> list[str]:
    """``count`` cards, half centres and half schools, spread from the busiest to the quietest (deterministic)."""
    centres = [key for key, _ in sorted(Counter(r.target_key for r in store.links("PORTE_PAR")).items(),
                                        key=lambda item: (-item[1], item[0]))]
    schools = [key for key, _ in sorted(Counter(r.target_key for r in store.links("AVEC")).items(),
                                        key=lambda item: (-item[1], item[0]))]

    def spread(keys: list[str], n: int) -> list[str]:
        return [keys[i * len(keys) // n] for i in range(n)] if len(keys) > n else keys

    return ([f"Centre:{key}" for key in spread(centres, count // 2)]
            + [f"Ecole:{key}" for key in spread(schools, count - count // 2)])


def answer_size(card: dict[str, Any]) -> int:
    """How many items a card shows: what a card read by its keys should cost in proportion to."""
    return 1 + sum(len(card[name]) for name in ("partenariats", "pratiques", "rencontres")) + card["situations"]


def measure(store: GraphStore, nodes: list[str], rounds: int) -> dict[tuple[str, str], float]:
    """Median seconds of one card, by (way, old or new): the two ways alternate, card by card, in each round;
    and under ("taille", ""), the mean number of items a card shows."""
    from queries.explorer import node_card

    ways: dict[str, Callable[[], GraphStore]] = {"magasin": lambda: store,
                                                 "garde lecteur": lambda: GuardedStore(store, PUBLIC)}
    cards: dict[str, Card] = {"avant": card_by_scans, "après": node_card}
    times: dict[tuple[str, str], list[float]] = {(way, name): [] for way in ways for name in cards}
    for node in nodes:  # once untimed: the server plans each query once, the embedded store builds what it keeps
        for reader in ways.values():
            for card in cards.values():
                card(reader(), node)
    for _ in range(rounds):
        for node in nodes:
            answers = []
            for way, reader in ways.items():
                for name, card in cards.items():
                    seen = reader()  # a new guard for each card, as each page run gets
                    started = time.perf_counter()
                    answers.append(card(seen, node))
                    times[(way, name)].append(time.perf_counter() - started)
            if answers[0] != answers[1] or answers[2] != answers[3]:
                raise SystemExit(f"{node} : la fiche n’est plus la même")
    found = {key: statistics.median(found) for key, found in times.items()}
    found[("taille", "")] = statistics.mean(answer_size(node_card(store, node)) for node in nodes)
    return found


def report(title: str, found: dict[tuple[str, str], float]) -> None:
    for way in ("magasin", "garde lecteur"):
        old, new = found[(way, "avant")], found[(way, "après")]
        print(f"{title:<34} {way:<14} avant {old * 1000:9.1f} ms   après {new * 1000:7.2f} ms   "
              f"gain ×{old / new:,.0f}")


@contextmanager
def stores(neo4j: bool) -> Iterator[list[tuple[str, Callable[[], GraphStore]]]]:
    """(name, a function that opens an empty store) for each store measured."""
    from graph.backends.embedded import EmbeddedStore

    with tempfile.TemporaryDirectory(prefix="passerelles-card-") as tmp:
        folders = iter(range(1_000))
        found: list[tuple[str, Callable[[], GraphStore]]] = [
            ("embarqué", lambda: EmbeddedStore(Path(tmp) / f"graphe-{next(folders)}"))]
        if not neo4j:
            yield found
            return
        from graph.backends.neo4j import Neo4jStore
        from tools.neo4j_server import Neo4jServer

        with Neo4jServer() as server:
            def open_neo4j() -> GraphStore:
                store = Neo4jStore(server.uri, server.user, server.password or "", "neo4j")
                store.ensure_schema()
                store.clear()
                return store

            yield [*found, ("Neo4j", open_neo4j)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.card", description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="échelle du jeu national")
    parser.add_argument("--cards", type=int, default=12)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--neo4j", action="store_true",
                        help="mesurer aussi sur un serveur Neo4j démarré pour l’occasion")
    args = parser.parse_args(argv)
    from ingest.demo import load_demo
    from ingest.workbook import load_workbook
    from tools.national.generate import generate

    with tempfile.TemporaryDirectory(prefix="passerelles-national-") as tmp, stores(args.neo4j) as opened:
        data = Path(tmp) / "classeur"
        generate(data, scale=args.scale)
        for name, open_store in opened:
            new: dict[str, tuple[float, float]] = {}
            for dataset, load in (("département (démo)", load_demo),
                                  (f"national (échelle {args.scale:g})", lambda s: load_workbook(s, data))):
                store = open_store()
                try:
                    load(store)
                    counts = store.counts()
                    nodes = sample(store, args.cards)
                    found = measure(store, nodes, args.rounds)
                finally:
                    store.close()
                report(f"{name}, {dataset}", found)
                size = found[("taille", "")]
                print(f"{'':<34} ({len(nodes)} fiches × {args.rounds} tours, {size:.1f} éléments par fiche en "
                      f"moyenne ; {counts['Ecole']} établissements, {counts['Partenariat']} partenariats)")
                new[dataset] = (found[("garde lecteur", "après")], found[("taille", "")])
            (departement, small), (national, large) = new.values()
            print(f"{name} : fiche par ses clés (garde lecteur), national / département = "
                  f"{national / departement:.2f} par fiche, {national / large / (departement / small):.2f} "
                  "par élément montré\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
