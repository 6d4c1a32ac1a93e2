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
    titles = page.evaluate("nodes.get().map(n => n.title)")
    hostile_titles = [title for title in titles if "pwned" in title]
    assert hostile_titles and all("<img" not in title and "<script" not in title for title in hostile_titles)
    # Show the hostile tooltip the way the page does (innerHTML), then check nothing ran.
    page.evaluate("() => { const p = document.createElement('div'); document.body.appendChild(p);"
                  " p.innerHTML = nodes.get('Centre:CS95-001').title; }")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert [url for url in requests if not url.startswith("file://")] == []
    assert errors == []
    context.close()
