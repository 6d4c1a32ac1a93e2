"""The explorer's speed, measured side by side in one run on the demo département:

* time until the partnership graph is displayed and stops moving, in headless Chromium:
  Passerelles' drawing (fixed layout, physics off) against pyvis with its default
  settings (physics on) on the same graph — target: at most 1/20 of the default's time;
* a filter change already seen, answered from the cache, against its first computation
  (query + drawing) — target: at most 1/10.

    python -m bench.explorer [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

from graph.backends.embedded import EmbeddedStore
from ingest.demo import load_demo
from queries.explorer import Filters, PartnershipGraph, partnership_graph
from ui.graph_view import network_html, offline

# Resolves (in ms since navigation start) once the drawing is done and nothing moves any more.
SETTLED_JS = """
() => new Promise(resolve => {
  const wait = () => {
    if (typeof network === 'undefined') { return setTimeout(wait, 5); }
    if (!network.physics.options.enabled || network.physics.stabilized) {
      return network.redraw(), resolve(performance.now());
    }
    network.once('stabilized', () => resolve(performance.now()));
  };
  wait();
})
"""


def pyvis_default(graph: PartnershipGraph) -> str:
    """The same nodes and edges drawn by pyvis with its default settings (physics on)."""
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    for node in graph.nodes:
        net.add_node(node.id, label=node.nom)
    for edge in graph.edges:
        net.add_edge(edge.source, edge.target)
    return offline(net.generate_html(notebook=False))


def time_to_settle(browser, page_file: Path) -> float:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.goto(page_file.as_uri())
    settled = page.evaluate(SETTLED_JS)
    page.close()
    return settled / 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.explorer", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")  # st.cache_data outside a running app says so
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM_FLAGS, chromium_path
    from ui.explorer_state import cached_graph

    with tempfile.TemporaryDirectory(prefix="passerelles-bench-") as tmp:
        store = EmbeddedStore(Path(tmp) / "graphe")
        load_demo(store)
        graph = partnership_graph(store)
        ours, theirs = Path(tmp) / "passerelles.html", Path(tmp) / "pyvis-defaut.html"
        ours.write_text(network_html(graph), encoding="utf-8")
        theirs.write_text(pyvis_default(graph), encoding="utf-8")
        times: dict[str, list[float]] = {"passerelles": [], "pyvis_defaut": []}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS)
            for _ in range(args.rounds):
                times["passerelles"].append(time_to_settle(browser, ours))
                times["pyvis_defaut"].append(time_to_settle(browser, theirs))
            browser.close()
        drawn = {name: statistics.median(values) for name, values in times.items()}
        print(f"Graphe du département ({len(graph.nodes)} nœuds, {len(graph.edges)} liens), affiché et immobile :")
        print(f"  Passerelles {drawn['passerelles']:.2f} s ; pyvis par défaut {drawn['pyvis_defaut']:.2f} s ; "
              f"rapport {drawn['passerelles'] / drawn['pyvis_defaut']:.3f} (objectif ≤ 0,05)")

        first, again = [], []
        for round_ in range(args.rounds):
            cached_graph.clear()
            filters = Filters(qualites=("solide", "exemplaire")) if round_ % 2 else Filters(niveaux=("elementaire",))
            start = time.perf_counter()
            cached_graph(store, filters, "", 1)
            first.append(time.perf_counter() - start)
            start = time.perf_counter()
            cached_graph(store, filters, "", 1)
            again.append(time.perf_counter() - start)
        ratio = statistics.median(again) / statistics.median(first)
        print(f"Changement de filtre : première fois {statistics.median(first) * 1000:.0f} ms, "
              f"depuis le cache {statistics.median(again) * 1000:.1f} ms ; rapport {ratio:.3f} (objectif ≤ 0,1)")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
