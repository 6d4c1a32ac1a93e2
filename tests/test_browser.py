"""The first README command's app, opened in a real headless browser at projector sizes."""

from __future__ import annotations

import pytest

from browser import browser, streamlit_app  # noqa: F401  (fixtures)


@pytest.mark.parametrize("width,height", [(1280, 720), (1920, 1080)])
def test_the_home_page_shows_the_demo_graph(browser, streamlit_app, tmp_path, width, height):  # noqa: F811
    page = browser.new_page(viewport={"width": width, "height": height}, locale="fr-FR")
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(streamlit_app)
    page.get_by_text("Ce que contient le graphe").wait_for(timeout=90_000)
    page.locator("[data-testid='stMetric']").nth(11).wait_for(timeout=60_000)
    page.locator("[data-testid='stDataFrame']").wait_for(timeout=60_000)
    text = page.inner_text("body")
    metrics = [" ".join(m.split()) for m in page.locator("[data-testid='stMetric']").all_inner_texts()]
    assert "Centres 40" in metrics and "Établissements scolaires 300" in metrics
    assert "Magasin embarqué" in text
    assert "Traceback" not in text and "Error" not in text
    assert page.locator("[data-testid='stException']").count() == 0
    page.screenshot(path=str(tmp_path / f"accueil-{width}.png"), full_page=True)
    assert errors == []
    page.close()
