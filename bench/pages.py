"""Each page's server time, on the demo département and on the national dataset, side by side in one run.

    python3 -m bench.pages [--rounds 2] [--scale 1.0] [--national DIR]

A page's run is what Streamlit does on the server when someone opens the page or changes a widget: the script
from its first line to its last, queries included (the browser's own work is not counted here). Each page is run
under Streamlit's ``AppTest`` as a person does: opened (``premier`` — the caches of a new revision of the store
are empty), then run again (``encore`` — what a click on a widget that changes nothing costs once the caches are
warm). Wall time and CPU time of the process are both reported; the goal of issue 17 is at most 1 s a run at
national scale and a national/département ratio of at most 1.5.

Each dataset is measured in a child process of its own (an app process opens one store): first the département,
then the national dataset, ``--rounds`` times each, alternately, so that a noisy machine weighs on both alike. The
national dataset (``tools.national``) is generated and loaded into an embedded store once per run, or read from
``--national DIR`` (an embedded store already holding it).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.analysis import national_store

ROOT = Path(__file__).resolve().parent.parent
# The pages people open, by file; the graph page's first run draws territories, not nodes, at national scale.
PAGES = ("accueil", "graphe", "carte_geo", "analyse", "recommandations", "situations", "rencontres", "livret",
         "contribuer", "validation")


def measure_here(rounds: int) -> dict[str, dict[str, list[float]]]:
    """In this process, on the store the environment names: each page opened then run again, ``rounds`` times."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    found: dict[str, dict[str, list[float]]] = {}
    AppTest.from_file(str(ROOT / "app.py"), default_timeout=1800).run()  # the process's imports, not a page's cost
    for page in PAGES:
        times = found.setdefault(page, {"premier": [], "encore": [], "cpu_premier": [], "cpu_encore": []})
        for _ in range(rounds):
            st.cache_data.clear()  # a new revision of the store: nothing computed yet (the store stays open)
            app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=1800)
            app.switch_page(f"app_pages/{page}.py")
            for run in ("premier", "encore"):
                wall, cpu = time.perf_counter(), time.process_time()
                app.run()
                times[run].append(time.perf_counter() - wall)
                times[f"cpu_{run}"].append(time.process_time() - cpu)
                if app.exception:
                    raise SystemExit(f"{page} : {app.exception[0].message}")
            print(f"  {page} : ouverte en {times['premier'][-1]:.2f} s, relancée en {times['encore'][-1]:.2f} s",
                  file=sys.stderr, flush=True)  # as it goes: a page that takes minutes is seen before the end
    return found


def measured(data: Path, rounds: int) -> dict[str, dict[str, list[float]]]:
    """:func:`measure_here` in a child process on the embedded store in ``data``."""
    env = {**os.environ, "PASSERELLES_STORE": "embedded", "PASSERELLES_DATA_DIR": str(data),
           "PASSERELLES_DEMO": "non", "PASSERELLES_COMPTES": str(data.parent / "comptes-absents.json")}
    print(f"{data.name} :", file=sys.stderr, flush=True)
    done = subprocess.run([sys.executable, "-m", "bench.pages", "--mesurer", str(rounds)], cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, text=True, check=False)  # its progress goes to our stderr
    if done.returncode:
        raise SystemExit(f"mesure sur {data} : échec ({done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def departement_store(folder: Path) -> Path:
    from graph.backends.embedded import EmbeddedStore
    from ingest.demo import load_demo

    with EmbeddedStore(folder) as store:
        load_demo(store)
    return folder


def report(departement: dict[str, dict[str, list[float]]], national: dict[str, dict[str, list[float]]]) -> None:
    print(f"{'page':<16} {'run':<8} {'département (s)':>15} {'national (s)':>13} {'CPU nat. (s)':>13} {'ratio':>7}")
    for page in PAGES:
        for run in ("premier", "encore"):
            d, n = statistics.median(departement[page][run]), statistics.median(national[page][run])
            cpu = statistics.median(national[page][f"cpu_{run}"])
            print(f"{page:<16} {run:<8} {d:>15.2f} {n:>13.2f} {cpu:>13.2f} {n / d if d else float('nan'):>7.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m bench.pages", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=2, help="mesures de chaque page, sur chaque jeu")
    parser.add_argument("--scale", type=float, default=1.0, help="échelle du jeu national")
    parser.add_argument("--national", type=Path, default=None,
                        help="un magasin embarqué qui tient déjà le jeu national (sinon généré, puis effacé)")
    parser.add_argument("--garder", type=Path, default=None,
                        help="générer le jeu national dans ce dossier et l’y garder, pour --national ensuite")
    parser.add_argument("--mesurer", type=int, default=None, help=argparse.SUPPRESS)  # the child's own work
    args = parser.parse_args(argv)
    if args.mesurer is not None:
        print(json.dumps(measure_here(args.mesurer)))
        return 0
    with tempfile.TemporaryDirectory(prefix="passerelles-bench-pages-") as tmp:
        departement_folder = departement_store(Path(tmp) / "departement")
        national_folder = national_store(args.national, args.scale, args.garder or Path(tmp))
        departement: dict[str, dict[str, list[float]]] = {}
        national: dict[str, dict[str, list[float]]] = {}
        for _ in range(args.rounds):  # alternately: a noisy moment weighs on both
            for folder, into in ((departement_folder, departement), (national_folder, national)):
                for page, times in measured(folder, 1).items():
                    for run, values in times.items():
                        into.setdefault(page, {}).setdefault(run, []).extend(values)
    report(departement, national)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
