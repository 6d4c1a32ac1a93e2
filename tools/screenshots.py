"""Screenshots of the main pages for the README: the app on the demo, in headless Chromium.

    python -m tools.screenshots [docs/img]
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from tools.app_server import ROOT, running_app

PAGES = {"accueil": "", "graphe": "graphe", "carte": "carte_geo", "analyse": "analyse",
         "recommandations": "recommandations", "situations": "situations", "rencontres": "rencontres",
         "livret": "livret", "contribuer": "contribuer", "validation": "validation", "import": "importer"}
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def main(argv: list[str] | None = None) -> int:
    out = Path((argv or sys.argv[1:] or ["docs/img"])[0])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, running_app(Path(folder) / "graphe") as url:  # no account: admin
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), headless=True, args=FLAGS)
            page = browser.new_page(viewport={"width": 1440, "height": 1000}, locale="fr-FR")
            for name, path in PAGES.items():
                if path and not (ROOT / "app_pages" / f"{path}.py").exists():
                    continue
                page.goto(f"{url}/{path}")
                page.wait_for_selector("h1", timeout=90_000)
                page.wait_for_timeout(4000)  # the graph and the map draw themselves
                page.screenshot(path=str(out / f"{name}.png"))
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
