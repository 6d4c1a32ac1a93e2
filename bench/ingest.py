"""Ingest throughput on a real Neo4j, measured side by side in one run on the same rows:

* the project's loader (read, validate, plan, write in UNWIND batches);
* (a) one transaction per row with ``MERGE`` — the naive way;
* (b) Neo4j's own ``LOAD CSV`` of the same files, with the same ``MERGE``\\s.

    python -m bench.ingest [--scale 0.2] [--source DOSSIER]

The rows are the centres, schools and partnerships of the national dataset
(``tools.national``, generated at ``--scale``), with their links to communes, QPV,
centres and schools; départements, communes and QPV are loaded first, untimed, and
the timed kinds are deleted between methods. The figures printed are throughputs
(rows per second) and their ratios: machines here are shared and noisy, so only
ratios measured in the same run mean anything.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from graph.backends.neo4j import Neo4jStore
from ingest.workbook import load_workbook
from tools.neo4j_server import Neo4jServer

TIMED = ("centres", "ecoles", "partenariats")
FIRST = ("departements", "communes", "qpv")
DROPPED_COLUMNS = {"ecoles": {"reseau"}}  # networks link back to schools: left out of the timed rows

# One row's work, said once and used by both baselines: the same MERGEs and SETs.
ROW_CYPHER = {
    "centres": """
        MERGE (c:Centre {id_centre: row.id_centre})
        SET c.nom = row.nom, c.type = row.type, c.adresse = row.adresse,
            c.latitude = toFloat(replace(row.latitude, ',', '.')),
            c.longitude = toFloat(replace(row.longitude, ',', '.')),
            c.activites = [a IN split(coalesce(row.activites, ''), '|') WHERE trim(a) <> '' | trim(a)],
            c.adherent = row.adherent = 'oui', c.statut = 'valide'
        WITH c, row
        OPTIONAL MATCH (m:Commune {code_insee: row.code_commune})
        FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | MERGE (c)-[:SITUE_DANS]->(m))
        WITH c, row
        UNWIND [q IN split(coalesce(row.qpv, ''), '|') WHERE trim(q) <> '' | trim(q)] AS code
        MATCH (x:Qpv {code_qpv: code})
        MERGE (c)-[:INTERVIENT_EN]->(x)
    """,
    "ecoles": """
        MERGE (e:Ecole {uai: row.uai})
        SET e.nom = row.nom, e.niveau = row.niveau, e.statut = row.statut,
            e.education_prioritaire = row.education_prioritaire,
            e.latitude = toFloat(replace(row.latitude, ',', '.')),
            e.longitude = toFloat(replace(row.longitude, ',', '.'))
        WITH e, row
        MATCH (m:Commune {code_insee: row.code_commune})
        MERGE (e)-[:SITUE_DANS]->(m)
    """,
    "partenariats": """
        MERGE (p:Partenariat {id_partenariat: row.id_partenariat})
        SET p.forme = row.forme, p.frequence = row.frequence, p.qualite = row.qualite, p.depuis = row.depuis,
            p.objets = [o IN split(coalesce(row.objets, ''), '|') WHERE trim(o) <> '' | trim(o)],
            p.interlocuteurs = [r IN split(coalesce(row.interlocuteurs, ''), '|') WHERE trim(r) <> '' | trim(r)],
            p.statut = 'valide'
        WITH p, row
        MATCH (c:Centre {id_centre: row.id_centre})
        MERGE (p)-[:PORTE_PAR]->(c)
        WITH p, row
        MATCH (e:Ecole {uai: row.uai})
        MERGE (p)-[:AVEC]->(e)
    """,
}
CLEAR_TIMED = "MATCH (n) WHERE n:Centre OR n:Ecole OR n:Partenariat WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


PER_ROW_TARGET = 50  # the figure: the loader against one transaction per row
WARM_UP_ROWS = 300
WARM_UP_ROUNDS = 6  # for each fast method, on all the rows


def prepare(source: Path, work: Path) -> tuple[Path, Path, Path, dict[str, int]]:
    """The untimed territory files, a small warm-up set and the timed files, copied from ``source``
    (networks left out)."""
    first, warm, timed = work / "territoires", work / "echauffement", work / "lignes"
    for folder in (first, warm, timed):
        folder.mkdir(parents=True)
    for name in FIRST:
        shutil.copy(source / f"{name}.csv", first / f"{name}.csv")
    counts = {}
    warm_keys: dict[str, set[str]] = {}
    for name in TIMED:
        rows = _rows(source / f"{name}.csv")
        dropped = DROPPED_COLUMNS.get(name, set())
        columns = [c for c in rows[0] if c not in dropped]
        if name == "partenariats":  # only partnerships between warm-up centres and schools
            few = [r for r in rows if r["id_centre"] in warm_keys["centres"] and r["uai"] in warm_keys["ecoles"]]
        else:
            few = rows[:WARM_UP_ROWS]
            warm_keys[name] = {r["id_centre" if name == "centres" else "uai"] for r in few}
        for folder, chosen in ((timed, rows), (warm, few)):
            with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:  # no BOM: LOAD CSV's best case
                writer = csv.DictWriter(handle, columns, delimiter=";", extrasaction="ignore")
                writer.writeheader()
                writer.writerows(chosen)
        counts[name] = len(rows)
    return first, warm, timed, counts


def clear_timed(store: Neo4jStore) -> None:
    with store._driver.session(database=store.database) as session:
        while session.execute_write(lambda tx: tx.run(CLEAR_TIMED).single(strict=True)["n"]):
            pass


def run_project(store: Neo4jStore, timed: Path) -> float:
    start = time.perf_counter()
    result = load_workbook(store, timed, contributor="bench")
    elapsed = time.perf_counter() - start
    if result.report.has_blocking:
        raise SystemExit("\n".join(result.report.lines()[:10]))
    return elapsed


def run_load_csv(store: Neo4jStore, server: Neo4jServer, timed: Path) -> float:
    imports = server.home / "import" / timed.name
    imports.mkdir(parents=True, exist_ok=True)
    for name in TIMED:
        shutil.copy(timed / f"{name}.csv", imports / f"{name}.csv")
    start = time.perf_counter()
    with store._driver.session(database=store.database) as session:
        for name in TIMED:
            session.run(
                f"LOAD CSV WITH HEADERS FROM 'file:///{timed.name}/{name}.csv' AS row FIELDTERMINATOR ';' "
                f"CALL {{ WITH row {ROW_CYPHER[name]} }} IN TRANSACTIONS OF 10000 ROWS"
            ).consume()
    return time.perf_counter() - start


def run_per_row(store: Neo4jStore, timed: Path) -> float:
    start = time.perf_counter()
    with store._driver.session(database=store.database) as session:
        for name in TIMED:
            query = f"WITH $row AS row {ROW_CYPHER[name]}"
            for row in _rows(timed / f"{name}.csv"):
                session.execute_write(lambda tx, r=row, q=query: tx.run(q, row=r).consume())
    return time.perf_counter() - start


def server_cpu_seconds(pid: int | None) -> float | None:
    """CPU time (user + system, all threads) the process ``pid`` has used so far, or None
    where Linux's ``/proc`` cannot tell."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _count(store: Neo4jStore) -> dict[str, int]:
    counts = store.counts()
    return {"centres": counts["Centre"], "ecoles": counts["Ecole"], "partenariats": counts["Partenariat"]}


def measure(source: Path, repetitions: int = 3, log: Callable[[str], None] = print,
            running: Neo4jServer | None = None) -> dict[str, Any]:
    """Run the three methods on the same rows and server; return throughputs and ratios.

    On a server of its own, or on ``running`` (the tests'), whose centres, schools and
    partnerships it deletes."""
    with (tempfile.TemporaryDirectory(prefix="passerelles-bench-") as tmp,
          contextlib.nullcontext(running) if running else Neo4jServer() as server):
        first, warm, timed, rows = prepare(source, Path(tmp))
        total = sum(rows.values())
        store = Neo4jStore(server.uri, server.user, server.password or "", "neo4j")
        store.ensure_schema()
        load_workbook(store, first)
        log(f"Neo4j {server.uri} prêt ; lignes mesurées : {rows} ({total} en tout)")
        methods = {"projet": lambda folder: run_project(store, folder),
                   "load_csv": lambda folder: run_load_csv(store, server, folder),
                   "une_transaction_par_ligne": lambda folder: run_per_row(store, folder)}
        # Warm-up rounds first, untimed, on all the rows for the fast methods (a few hundred
        # rows leave the JVM's compiler half done: the first timed rounds were then the
        # slowest; the loader, with more statements and threads, takes more rounds than
        # LOAD CSV to settle): query plans and compiled code then favour no method over another.
        for name, method in [*methods.items(), *list(methods.items())[:2] * (WARM_UP_ROUNDS - 1)]:
            clear_timed(store)
            method(warm if name == "une_transaction_par_ligne" else timed)
        # The fast methods run several times, alternating, and the median counts: the machine
        # is shared, and a neighbour's burst should not decide a ratio. Each pair swaps which
        # goes first (the server still speeds up a little from round to round: the second of
        # a fixed pair would always be favoured). One slow round suffices for the per-row
        # baseline, tens of times slower.
        times: dict[str, list[float]] = {name: [] for name in methods}
        # CPU time of the server and of this process (the client: the loader, or the driver
        # sending one row at a time) during each timed round, per row. Both share the
        # machine's cores: what a method costs in CPU, and how many cores it keeps busy,
        # bound the ratios any method can reach here.
        cpu: dict[str, list[tuple[float, float]]] = {name: [] for name in methods}
        pairs = [["projet", "load_csv"] if round_ % 2 == 0 else ["load_csv", "projet"] for round_ in range(repetitions)]
        plan = [*(name for pair in pairs for name in pair), "une_transaction_par_ligne"]
        for name in plan:
            clear_timed(store)
            server_before, client_before = server_cpu_seconds(server.pid), time.process_time()
            times[name].append(methods[name](timed))
            server_after, client_after = server_cpu_seconds(server.pid), time.process_time()
            if server_before is not None and server_after is not None:
                cpu[name].append((server_after - server_before, client_after - client_before))
            loaded = _count(store)
            if loaded != rows:
                raise SystemExit(f"{name}: {loaded} chargés au lieu de {rows}")
            log(f"{name:>26} : {times[name][-1]:8.2f} s, {total / times[name][-1]:10.0f} lignes/s")
        seconds = {name: statistics.median(values) for name, values in times.items()}
        store.close()
    throughput = {name: total / value for name, value in seconds.items()}
    return {
        "rows": total,
        "seconds": seconds,
        "throughput": throughput,
        # Milliseconds of CPU per row, on the server and in the client (medians), and the cores
        # both kept busy together; absent where /proc is not there to tell.
        "cpu_ms_per_row": {name: (1000 * statistics.median(s for s, _ in values) / total,
                                  1000 * statistics.median(c for _, c in values) / total)
                           for name, values in cpu.items() if values},
        "cores_busy": {name: statistics.median((s + c) / t for (s, c), t in zip(values, times[name], strict=True))
                       for name, values in cpu.items() if values},
        # A method's time is at least its CPU time shared by all the cores: to be PER_ROW_TARGET
        # times faster than one transaction per row, it may spend at most this much per row.
        "cpu_budget_ms_per_row": 1000 * (os.cpu_count() or 1) / (PER_ROW_TARGET * throughput["une_transaction_par_ligne"]),
        "vs_per_row": throughput["projet"] / throughput["une_transaction_par_ligne"],
        "vs_load_csv": throughput["projet"] / throughput["load_csv"],
        # What the server's own bulk path gains over one transaction per row, on this machine:
        # a ceiling for any loader that goes through the server's transactions.
        "load_csv_vs_per_row": throughput["load_csv"] / throughput["une_transaction_par_ligne"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ingest", description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=0.2, help="taille du jeu national (1.0 = la France)")
    parser.add_argument("--source", type=Path, help="un dossier au format du classeur, à la place du jeu national")
    parser.add_argument("--repetitions", type=int, default=3, help="tours du chargeur et de LOAD CSV (médiane)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="passerelles-national-") as tmp:
        source = args.source
        if source is None:
            from tools.national.generate import generate

            source = Path(tmp)
            generate(source, scale=args.scale)
        figures = measure(source, args.repetitions)
    print("Débits médians (lignes/s) : " + ", ".join(f"{k} {v:.0f}" for k, v in figures["throughput"].items()))
    print(f"Projet / une transaction par ligne : {figures['vs_per_row']:.1f}× (objectif ≥ {PER_ROW_TARGET}×)")
    print(f"Projet / LOAD CSV                  : {figures['vs_load_csv']:.2f}× (objectif ≥ 0,7×)")
    print(f"LOAD CSV / une transaction par ligne : {figures['load_csv_vs_per_row']:.1f}× "
          "(plafond du chargement par le serveur sur cette machine)")
    if figures["cpu_ms_per_row"]:
        print(f"Calcul par ligne (ms de CPU, serveur + client) et cœurs occupés, sur {os.cpu_count()} cœurs :")
        for name, (server_ms, client_ms) in figures["cpu_ms_per_row"].items():
            print(f"  {name:>26} : {server_ms:.3f} + {client_ms:.3f} = {server_ms + client_ms:.3f} ms, "
                  f"{figures['cores_busy'][name]:.2f} cœur(s)")
        cpu = figures["cpu_ms_per_row"]
        print(f"Pour {PER_ROW_TARGET}× : au plus {figures['cpu_budget_ms_per_row']:.3f} ms de calcul par ligne, "
              f"tous les cœurs occupés ; le serveur seul en prend {cpu['projet'][0]:.3f} pour le chargeur "
              f"et {cpu['load_csv'][0]:.3f} pour LOAD CSV")
    return 0


if __name__ == "__main__":
    sys.exit(main())
