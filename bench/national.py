"""The national dataset, loaded with one command on both stores, with time and peak memory.

    python -m bench.national [--scale 1.0]

The dataset (``tools.national``: ~35,000 communes, ~60,000 schools, ~3,800 centres,
~20,000 partnerships, ~30,000 practices, ~3,000 conflict cases…) is generated once,
then loaded by ``python -m ingest charger`` in a child process for each store, so that
the peak memory measured is the loader's own (and, for Neo4j, the server's too).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tools.neo4j_server import Neo4jServer

ROOT = Path(__file__).resolve().parent.parent


def _peak_rss_mb(pid: int) -> float | None:
    """The peak resident memory of a running process (Linux ``VmHWM``), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


CHILD = (
    "import resource, sys\n"
    "from ingest.__main__ import main\n"
    "code = main(['charger', sys.argv[1]])\n"
    "print('PEAK_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    "sys.exit(code)\n"
)


def load(folder: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds and peak memory (MB) of ``python -m ingest charger folder``, in a child process
    that reports its own peak."""
    start = time.perf_counter()
    completed = subprocess.run([sys.executable, "-c", CHILD, str(folder)], cwd=ROOT,
                               env={**os.environ, **env}, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if completed.returncode != 0:
        raise SystemExit(completed.stdout[-3000:] + completed.stderr[-3000:])
    peak_kb = next(int(line.split()[1]) for line in completed.stdout.splitlines() if line.startswith("PEAK_KB"))
    return seconds, peak_kb / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.national", description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    from tools.national.generate import generate

    with tempfile.TemporaryDirectory(prefix="passerelles-national-") as tmp:
        data = Path(tmp) / "classeur"
        started = time.perf_counter()
        generate(data, scale=args.scale)
        rows = sum(max(0, len(p.read_text(encoding="utf-8-sig").splitlines()) - 1) for p in data.glob("*.csv"))
        print(f"Jeu national (échelle {args.scale}) : {rows} lignes, généré en {time.perf_counter() - started:.0f} s")

        seconds, peak = load(data, {"PASSERELLES_STORE": "embedded", "PASSERELLES_DATA_DIR": str(Path(tmp) / "graphe")})
        print(f"Magasin embarqué : chargé en {seconds:.0f} s, mémoire maximale du chargeur {peak:.0f} Mo")

        with Neo4jServer() as server:
            env = {"PASSERELLES_STORE": "neo4j", "PASSERELLES_NEO4J_URI": server.uri,
                   "PASSERELLES_NEO4J_USER": server.user, "PASSERELLES_NEO4J_PASSWORD": server.password or ""}
            seconds, peak = load(data, env)
            server_peak = _peak_rss_mb(server.pid) if server.pid else None
            print(f"Neo4j            : chargé en {seconds:.0f} s, mémoire maximale du chargeur {peak:.0f} Mo, "
                  f"du serveur {server_peak or float('nan'):.0f} Mo")
    return 0


if __name__ == "__main__":
    sys.exit(main())
