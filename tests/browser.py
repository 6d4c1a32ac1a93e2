"""The real app in a real browser: a ``streamlit run`` on a free loopback port, and Debian's
headless Chromium driven by Playwright (no browser download: the system one is used).

Outside CI, a machine without Chromium skips these tests with the reason printed; in CI
(``CI=true``) a missing browser fails them.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator

import pytest

from tools.app_server import running_app

IN_CI = os.environ.get("CI", "").lower() == "true"
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        if found := shutil.which(name):
            return found
    return None


@pytest.fixture(scope="module")
def streamlit_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on the embedded store with the demo, served on loopback; yields its address."""
    data = tmp_path_factory.mktemp("graphe")
    with running_app(data, accounts=data / "comptes.json", log_path=data / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium (Debian's), through Playwright."""
    path = chromium_path()
    if path is None:
        if IN_CI:
            pytest.fail("Chromium est introuvable : .ci/run doit installer le paquet Debian « chromium »")
        pytest.skip("navigateur non testé : Chromium n’est pas installé (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


def settle(page, timeout: float = 300) -> None:
    """Wait until the app's script has run (the « running » indicator gone for a second): a click or a key
    pressed while the app is still busy with a run can be dropped by Streamlit."""
    page.locator("h1").first.wait_for(timeout=timeout * 1000)  # every page has a title
    deadline, quiet = time.monotonic() + timeout, 0
    while quiet < 4:
        running = page.locator("[data-testid='stStatusWidget']").count() > 0
        quiet = 0 if running else quiet + 1
        if time.monotonic() > deadline:
            raise AssertionError(f"{page.url} never finished its run")
        page.wait_for_timeout(250)
