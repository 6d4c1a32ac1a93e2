"""The real app in a real browser: a ``streamlit run`` on a free loopback port, and Debian's
headless Chromium driven by Playwright (no browser download: the system one is used).

Outside CI, a machine without Chromium skips these tests with the reason printed; in CI
(``CI=true``) a missing browser fails them.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
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


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def streamlit_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on the embedded store with the demo, served on loopback; yields its address."""
    port = _free_port()
    data = tmp_path_factory.mktemp("graphe")
    env = {**os.environ, "PASSERELLES_STORE": "embedded", "PASSERELLES_DATA_DIR": str(data), "PASSERELLES_DEMO": "oui",
           "PASSERELLES_COMPTES": str(data / "comptes.json")}
    log = (data / "streamlit.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                    if answer.read() == b"ok":
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("streamlit did not start: " + (data / "streamlit.log").read_text()[-2000:])
            time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


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
