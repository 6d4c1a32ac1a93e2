"""The presenter mode in real headless Chromium: the offline presentation file with every request
blocked (it plays forward and back, fetches nothing, runs nothing a name or a caption holds), and
the app's player at both projector sizes (chrome hidden, large captions, arrow keys)."""

from __future__ import annotations

import time

import pytest
from browser import browser, streamlit_app  # noqa: F401  (fixtures)
from playwright.sync_api import expect

from graph.access import Access, Role
from graph.backends.embedded import EmbeddedStore
from graph.changes import PutNode
from ingest.demo import load_demo
from queries.explorer import Filters, partnership_graph
from ui.presenter import presentation_html, scene_view
from ui.scenes import PresentationFolder, new_scene

FEDERATION = Access(Role.ADMIN, account="federation")

HOSTILE = "<img src=x onerror=window.__pwned=1>"
LOCAL = ("file://", "data:")


def wait_until(page, expression: str, timeout: float = 30) -> None:
    """Poll ``expression`` from outside the page: the page's policy forbids the evaluated strings
    Playwright's ``wait_for_function`` would run inside it."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"still false after {timeout} s: {expression}"
        page.wait_for_timeout(50)


def demo_scenes(store) -> list:
    solid = Filters(qualites=("exemplaire",))
    return [new_scene(partnership_graph(store), "Tout le département", "Chaque trait est un partenariat."),
            new_scene(partnership_graph(store, solid), "Les partenariats exemplaires", HOSTILE, filters=solid),
            new_scene(partnership_graph(store, search="pwned"), HOSTILE, "Un centre et ses partenaires.",
                      search="pwned")]


def test_the_offline_presentation_plays_with_no_network_and_runs_nothing(browser, tmp_path):  # noqa: F811
    store = EmbeddedStore(tmp_path / "g")
    load_demo(store)
    store.apply([PutNode("Centre", "CS95-001", {"nom": HOSTILE})])
    page_file = tmp_path / "presentation.html"
    page_file.write_text(presentation_html("Réunion", [scene_view(store, s) for s in demo_scenes(store)]), "utf-8")
    store.close()

    context = browser.new_context(viewport={"width": 1280, "height": 720})
    attempted: list[str] = []

    def block(route):
        attempted.append(route.request.url)
        route.continue_() if route.request.url.startswith(LOCAL) else route.abort()

    context.route("**/*", block)
    page = context.new_page()
    page.on("request", lambda request: attempted.append(request.url))
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.goto(page_file.as_uri())
    wait_until(page, "typeof network !== 'undefined' && network !== null && network.body.nodeIndices.length > 100")

    def scene() -> tuple[str, ...]:
        return tuple(page.evaluate("[document.body.dataset.scene, document.getElementById('caption-title').textContent,"
                             " document.getElementById('caption-text').textContent,"
                             " document.getElementById('counter').textContent]"))

    assert scene() == ("1", "Tout le département", "Chaque trait est un partenariat.", "Scène 1 sur 3")
    assert page.locator("#previous").is_disabled()
    page.keyboard.press("ArrowRight")
    assert scene() == ("2", "Les partenariats exemplaires", HOSTILE, "Scène 2 sur 3")
    page.keyboard.press("ArrowLeft")
    assert scene()[0] == "1"
    page.click("#next")
    page.keyboard.press("PageDown")  # what a presentation remote sends
    assert scene()[:2] == ("3", HOSTILE)
    assert page.locator("#next").is_disabled()
    page.keyboard.press("ArrowRight")  # nothing after the last scene
    assert scene()[0] == "3"
    assert page.evaluate("network.body.data.nodes.get('Centre:CS95-001').label") == HOSTILE

    # Hover the hostile centre: its tooltip shows its name as text.
    box = page.locator("#network canvas").bounding_box()
    where = page.evaluate("network.canvasToDOM(network.getPositions(['Centre:CS95-001'])['Centre:CS95-001'])")
    page.mouse.move(box["x"] + where["x"], box["y"] + where["y"])
    wait_until(page, "!!document.querySelector('.vis-tooltip') && "
                     "document.querySelector('.vis-tooltip').style.visibility === 'visible'", timeout=5)
    assert page.locator(".vis-tooltip").inner_text().startswith(HOSTILE)

    page.click("#previous")
    assert scene()[0] == "2"
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert [url for url in attempted if not url.startswith(LOCAL)] == []
    assert problems == []
    context.close()


def press_until(press, key: str, shown, attempts: int = 2) -> None:
    """Press ``key`` until ``shown`` appears: a key pressed while the app is still busy with its
    previous run can be dropped by Streamlit, as a click would be."""
    from playwright.sync_api import TimeoutError as Timeout

    for attempt in range(attempts):
        press(key)
        try:
            shown.wait_for(timeout=15_000)
            return
        except Timeout:
            if attempt == attempts - 1:
                raise


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A presentation in the folder the app of ``streamlit_app`` reads (beside its data folder)."""
    store = EmbeddedStore(tmp_path_factory.mktemp("demo-scenes"))
    load_demo(store)
    scenes = demo_scenes(store)[:2]
    store.close()
    PresentationFolder(tmp_path_factory.getbasetemp() / "presentations", FEDERATION).create("Réunion de démonstration", scenes)
    return scenes


@pytest.mark.parametrize("width,height", [(1280, 720), (1920, 1080)])
def test_the_player_fills_a_projector_and_answers_the_arrow_keys(browser, streamlit_app, seeded, tmp_path,  # noqa: F811
                                                                  width, height):
    page = browser.new_page(viewport={"width": width, "height": height}, locale="fr-FR")
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{streamlit_app}/presenter")
    page.get_by_role("button", name="Présenter").click(timeout=90_000)
    title = page.locator(".st-key-presenter_caption_title")
    title.get_by_text("Tout le département").wait_for(timeout=60_000)
    stage = page.frame_locator(".st-key-presenter_stage iframe")
    stage.locator("#network canvas").wait_for(timeout=60_000)

    assert page.locator("[data-testid='stSidebar']").is_hidden()
    assert page.locator("[data-testid='stHeader']").is_hidden()
    sizes = page.evaluate("""() => [...document.querySelectorAll(
        '.st-key-presenter_caption_title [data-testid="stText"], .st-key-presenter_caption_text [data-testid="stText"]')]
        .map(e => parseFloat(getComputedStyle(e).fontSize))""")
    assert len(sizes) == 2 and min(sizes) >= 24
    for found in (page.locator(".st-key-presenter_stage iframe"), page.get_by_role("button", name="Suivante »")):
        box = found.bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= height + 1 and box["width"] > 100
    assert page.locator(".st-key-presenter_stage iframe").bounding_box()["height"] >= 0.55 * height

    press_until(page.keyboard.press, "ArrowRight", title.get_by_text("Les partenariats exemplaires"))
    # The title and the text are redrawn one after the other: wait for the text too, then compare.
    expect(page.locator(".st-key-presenter_caption_text")).to_have_text(HOSTILE, timeout=60_000)
    press_until(page.keyboard.press, "ArrowLeft", title.get_by_text("Tout le département"))
    # With the drawing focused, its arrows drive the same buttons.
    stage = page.frame_locator(".st-key-presenter_stage iframe")
    stage.locator("#network canvas").click(position={"x": 5, "y": 5})
    press_until(stage.locator("#network").press, "ArrowRight", title.get_by_text("Les partenariats exemplaires"))
    page.screenshot(path=str(tmp_path / f"presentation-{width}.png"))
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert errors == []
    page.close()
