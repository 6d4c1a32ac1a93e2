"""The exported graph page in a real headless browser with the network cut off: it draws,
fetches nothing, and names holding HTML or script stay text (nothing runs)."""

from __future__ import annotations

from graph.backends.embedded import EmbeddedStore
from graph.changes import PutNode
from ingest.demo import load_demo
from queries.explorer import partnership_graph
from ui.graph_view import network_html

from browser import browser  # noqa: F401  (fixture)

HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'


def test_the_offline_page_draws_with_no_network_and_runs_nothing(browser, tmp_path):  # noqa: F811
    store = EmbeddedStore(tmp_path / "g")
    load_demo(store)
    store.apply([PutNode("Centre", "CS95-001", {"nom": HOSTILE}), PutNode("Ecole", "0959001T", {"nom": HOSTILE})])
    page_file = tmp_path / "graphe.html"
    page_file.write_text(network_html(partnership_graph(store)), encoding="utf-8")
    store.close()

    context = browser.new_context()
    requests: list[str] = []

    def block(route):
        requests.append(route.request.url)
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", block)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(page_file.as_uri())
    page.wait_for_function("typeof network !== 'undefined' && network.body.nodeIndices.length > 100", timeout=30_000)
    assert page.locator("canvas").count() >= 1
    # Hover the hostile centre as a person does: its tooltip shows the name as typed, on lines of their own, with no
    # markup printed (« <br> », « <b> ») and nothing run.
    for node in ("Centre:CS95-001", "Ecole:0959001T"):
        page.evaluate(f"network.focus('{node}', {{scale: 1.5}})")
        at = page.evaluate(f"network.canvasToDOM(network.getPositions(['{node}'])['{node}'])")
        box = page.locator("#mynetwork").bounding_box()
        page.mouse.move(box["x"] + at["x"] + 40, box["y"] + at["y"] + 40)
        page.mouse.move(box["x"] + at["x"], box["y"] + at["y"], steps=5)
        tooltip = page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=10_000)
        shown = tooltip.inner_text()
        assert shown.splitlines()[0] == HOSTILE, shown
        assert len(shown.splitlines()) >= 2 and "<br>" not in shown and "<b>" not in shown
        assert tooltip.locator("img, script, b").count() == 0  # (its line breaks are the <br> innerText makes)
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert [url for url in requests if not url.startswith("file://")] == []
    assert errors == []
    context.close()
