"""Screenshots of the main pages for the README: the app on the demo, in headless Chromium.

    python -m tools.screenshots [docs/img]
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = {"accueil": "", "graphe": "graphe", "carte": "carte_geo", "analyse": "analyse",
         "recommandations": "recommandations", "situations": "situations", "rencontres": "rencontres",
         "livret": "livret", "contribuer": "contribuer", "validation": "validation", "import": "importer"}
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def main(argv: list[str] | None = None) -> int:
    out = Path((argv or sys.argv[1:] or ["docs/img"])[0])
    out.mkdir(parents=True, exist_ok=True)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "PASSERELLES_STORE": "embedded", "PASSERELLES_DATA_DIR": data, "PASSERELLES_DEMO": "oui",
               "PASSERELLES_COMPTES": str(Path(data) / "comptes.json")}  # no account: the local administrator
        server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                                   "--server.address", "127.0.0.1", "--server.headless", "true"],
                                  cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            url = f"http://127.0.0.1:{port}"
            for _ in range(300):
                try:
                    urllib.request.urlopen(f"{url}/_stcore/health", timeout=1)
                    break
                except OSError:
                    time.sleep(0.3)
            from playwright.sync_api import sync_playwright

            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=FLAGS)
                page = browser.new_page(viewport={"width": 1440, "height": 1000}, locale="fr-FR")
                for name, path in PAGES.items():
                    if path and not (ROOT / "app_pages" / f"{path}.py").exists():
                        continue
                    page.goto(f"{url}/{path}")
                    page.wait_for_selector("h1", timeout=90_000)
                    page.wait_for_timeout(4000)  # the graph and the map draw themselves
                    page.screenshot(path=str(out / f"{name}.png"))
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
