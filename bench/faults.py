"""Faults injected for real, with figures: Neo4j killed (SIGKILL) during an import, during contributions and
during a booklet's generation; the embedded store killed with ``kill -9`` while it writes.

    python3 -m bench.faults --fois 20            # the full campaign: 20 faults per scenario
    python3 -m bench.faults --fois 3 --scenario import

Each scenario counts the faults injected, the writes confirmed to the caller, the writes lost (a confirmed write
missing or not as confirmed afterwards — must be 0) and the inconsistent states (a change set found half
written, an import that does not converge when run again, a booklet failing with anything but the French
« serveur injoignable » message — must be 0). The tests (``tests/test_faults_*.py``) run the same scenarios
with ``PASSERELLES_FAUTES`` faults each (3 by default).

Neo4j runs on a home of its own, kept across the kills (``tools.neo4j_server``), and is restarted on the same
data after each one.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from graph.access import Access, Role
from graph.backends.embedded import EmbeddedStore
from graph.backends.neo4j import Neo4jStore
from graph.errors import PasserellesError, StoreUnavailable
from graph.guard import GuardedStore
from graph.schema import KINDS
from graph.store import GraphStore
from graph.vocabularies import DRAFT
from ingest import workbook
from ingest.demo import load_demo

SEED = 20190523
CENTRE = Access(Role.CONTRIBUTOR, frozenset({"CS95-001"}), "acacias")
ADMIN = Access(Role.ADMIN, account="federation")
STAMPS = ("cree_le", "modifie_le")  # when an import ran: differs from one run to the next by nature
SCENARIOS = ("import", "contribution", "livret", "embarque")


@dataclass
class Figures:
    scenario: str
    faults: int = 0                  # kills injected
    confirmed: int = 0               # writes (or imports, or booklets) confirmed to the caller
    lost: int = 0                    # confirmed, then missing or different: must be 0
    inconsistent: int = 0            # half-written change sets, imports that do not converge, unexplained errors
    interrupted: int = 0             # operations cut by the fault (told to the caller, with a French message)
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def bad(self, message: str, lost: bool = False) -> None:
        self.problems.append(message)
        if lost:
            self.lost += 1
        else:
            self.inconsistent += 1

    def told(self, error: StoreUnavailable) -> None:
        """An operation cut by the fault: it must have said so with the French message."""
        self.interrupted += 1
        if "ne répond pas" not in error.message():
            self.bad(f"message inattendu : {error.message()}")

    def line(self) -> str:
        return (f"{self.scenario:13} fautes {self.faults:3}  écritures confirmées {self.confirmed:5}  perdues {self.lost}"
                f"  incohérences {self.inconsistent}  opérations interrompues {self.interrupted:3}  {self.seconds:6.1f} s")


def snapshot(store: GraphStore, stamps: bool = True) -> tuple[dict, dict]:
    """Every node and link (``GraphStore.contents``); without ``stamps``, the import's dates left out."""
    nodes, links = store.contents()
    if not stamps:
        nodes = {label: [{k: v for k, v in n.items() if k not in STAMPS} for n in found] for label, found in nodes.items()}
    return nodes, links


def open_neo4j(server: Any) -> Neo4jStore:
    """A store on ``server`` that gives up quickly when it is gone (the driver retries for 2 s)."""
    store = Neo4jStore(server.uri, server.user, server.password or "", "neo4j", connection_timeout=3.0,
                       max_retry_time=2.0)
    store.ensure_schema()
    return store


def _killer(server: Any, delay: float, done: threading.Event) -> threading.Thread:
    def run() -> None:
        done.wait(timeout=delay)  # an operation finished early: the kill lands after it, while idle
        server.kill()

    thread = threading.Thread(target=run, name="tueur", daemon=True)
    thread.start()
    return thread


def _restart(server: Any) -> Neo4jStore:
    server.start()
    return open_neo4j(server)


def _after_kill(server: Any, store: Neo4jStore, killer: threading.Thread, done: threading.Event,
                figures: Figures) -> Neo4jStore:
    """The operation is over (or cut): the kill lands if it has not yet, then the server starts on the same data."""
    done.set()
    killer.join()
    figures.faults += 1
    store.close()
    return _restart(server)


# --- Neo4j killed during an import -----------------------------------------------------------------------------


def import_faults(server: Any, times: int, rng: random.Random, workdir: Path) -> Figures:
    """The demo workbook imported in small transactions; killed at a random moment of the import; then run again."""
    figures, started = Figures("import"), time.monotonic()
    with EmbeddedStore(workdir / "attendu") as expected_store:
        load_demo(expected_store)
        expected = snapshot(expected_store, stamps=False)
    kept, workbook.WRITE_BATCH = workbook.WRITE_BATCH, 150  # many transactions: the kill lands between or inside
    try:
        store = open_neo4j(server)
        durations = []
        for _ in range(2):  # the second import, warm, says how long one lasts
            store.clear()
            began = time.monotonic()
            load_demo(store)
            durations.append(time.monotonic() - began)
        duration = min(durations)
        for round_ in range(times):
            store.clear()
            store = _import_once(server, store, rng.uniform(0.05, 0.9) * duration, expected, figures,
                                 idempotence=round_ == times - 1)
        store.close()
    finally:
        workbook.WRITE_BATCH = kept
    figures.seconds = time.monotonic() - started
    return figures


def _import_once(server: Any, store: Neo4jStore, delay: float, expected: tuple[dict, dict],
                 figures: Figures, idempotence: bool) -> Neo4jStore:
    done = threading.Event()
    killer = _killer(server, delay, done)
    confirmed = False
    try:
        result = load_demo(store)
        confirmed = not result.report.has_blocking
    except StoreUnavailable as error:
        figures.told(error)
    store = _after_kill(server, store, killer, done, figures)
    found = snapshot(store, stamps=False)
    if confirmed:
        figures.confirmed += 1
        if found != expected:
            figures.bad("un import confirmé n’est plus entier après la panne", lost=True)
    _check_partial(found, expected, figures)
    again = load_demo(store)
    if again.report.has_blocking or snapshot(store, stamps=False) != expected:
        figures.bad("relancer l’import ne donne pas le graphe attendu")
    if idempotence and load_demo(store).written:
        figures.bad("un troisième import écrit encore quelque chose")
    return store


def _check_partial(found: tuple[dict, dict], expected: tuple[dict, dict], figures: Figures) -> None:
    """What a cut import left: only whole nodes (every property as expected) and expected links."""
    for label, nodes in found[0].items():
        key = KINDS[label].key
        wanted = {n[key]: n for n in expected[0][label]}
        for node in nodes:
            if wanted.get(node[key]) != node:
                figures.bad(f"nœud à moitié écrit : {label} {node[key]}")
    for type_, rows in found[1].items():
        if not set(rows) <= set(expected[1][type_]):
            figures.bad(f"lien inattendu {type_}")


# --- Neo4j killed during contributions -------------------------------------------------------------------------


@dataclass
class _Ledger:
    """What the writer was told: practices created (key → title), descriptions saved, and those in flight."""

    created: dict[str, str] = field(default_factory=dict)
    described: dict[str, str] = field(default_factory=dict)   # key → the last description confirmed
    attempted: dict[str, set[str]] = field(default_factory=dict)  # key → descriptions sent after it, unconfirmed
    confirmed: int = 0
    refused: int = 0
    unexpected: list[str] = field(default_factory=list)


def contribution_faults(server: Any, times: int, rng: random.Random) -> Figures:
    """A centre saves practices and edits them in a loop (its guarded store); the server is killed meanwhile."""
    figures, started = Figures("contribution"), time.monotonic()
    store = open_neo4j(server)
    store.clear()
    load_demo(store)
    demo = store.keys("Pratique")
    ledger = _Ledger()
    for round_ in range(times):
        stop = threading.Event()
        writer = threading.Thread(target=_contribute, args=(store, round_, ledger, stop, random.Random(rng.random())),
                                  daemon=True)
        before, deadline = ledger.confirmed, time.monotonic() + 60
        writer.start()
        while ledger.confirmed == before and time.monotonic() < deadline:  # timed from its first save, as above
            time.sleep(0.05)
        time.sleep(rng.uniform(0.3, 2.5))
        server.kill()
        figures.faults += 1
        time.sleep(0.5)  # the writer meets the dead server (and keeps trying)
        stop.set()
        writer.join()
        store.close()
        store = _restart(server)
        _check_contributions(store, demo, ledger, figures)
    figures.confirmed = ledger.confirmed
    figures.interrupted = ledger.refused
    for message in ledger.unexpected:
        figures.bad(message)
    store.close()
    figures.seconds = time.monotonic() - started
    return figures


def _contribute(store: Neo4jStore, round_: int, ledger: _Ledger, stop: threading.Event, rng: random.Random) -> None:
    from queries.contributions import contribution_form, save_contribution

    guard = GuardedStore(store, CENTRE)
    n = 0
    while not stop.is_set():
        n += 1
        try:
            if ledger.created and rng.random() < 0.4:
                key = rng.choice(sorted(ledger.created))
                text = f"Description {round_}-{n}"
                ledger.attempted.setdefault(key, set()).add(text)
                version = contribution_form(guard, "Pratique", key, centre="CS95-001").version
                save_contribution(guard, "Pratique", {"titre": ledger.created[key], "description": text}, key=key,
                                  expected_version=version, centre="CS95-001")
                ledger.described[key] = text
                ledger.attempted[key] = set()
                ledger.confirmed += 1
            else:
                title = f"Pratique d’essai {round_}-{n}"
                saved = save_contribution(guard, "Pratique", {"titre": title}, centre="CS95-001")
                ledger.created[saved.key] = title
                ledger.confirmed += 1
        except StoreUnavailable as error:
            ledger.refused += 1
            if "ne répond pas" not in error.message() and "refusé l’opération" not in error.message():
                ledger.unexpected.append(f"message inattendu : {error.message()}")
            time.sleep(0.1)
        except PasserellesError:  # a concurrent edit after an ambiguous commit: told, nothing lost
            ledger.refused += 1
            time.sleep(0.05)
        except Exception as error:  # noqa: BLE001 — counted: anything but a French error is a defect
            ledger.unexpected.append(f"{type(error).__name__}: {error}")
            time.sleep(0.1)


def _check_contributions(store: Neo4jStore, demo: set[str], ledger: _Ledger, figures: Figures) -> None:
    practices = {p["id_pratique"]: p for p in store.nodes("Pratique")}
    owner = {row.source_key: row.target_key for row in store.links("PORTEE_PAR")}
    for key, title in ledger.created.items():
        found = practices.get(key)
        if found is None or found.get("titre") != title:
            figures.bad(f"création confirmée perdue : {key}", lost=True)
    for key, text in ledger.described.items():
        now = (practices.get(key) or {}).get("description")
        if now != text and now not in ledger.attempted.get(key, set()):
            figures.bad(f"modification confirmée perdue : {key} ({now!r} au lieu de {text!r})", lost=True)
    for key, props in practices.items():
        if key not in demo and not whole(store, key, props, owner):
            figures.bad(f"enregistrement à moitié écrit : {key}")


def whole(store: GraphStore, key: str, props: dict[str, Any], owner: dict[str, str]) -> bool:
    """A practice a centre saved is whole: its owner link, one trace of its links, one trace per version."""
    traces = store.history("Pratique", key)
    writes = [trace for trace in traces if trace.action != "liens"]
    return (owner.get(key) == "CS95-001" and props.get("statut") == DRAFT and len(traces) - len(writes) == 1
            and len(writes) == int(props.get("version") or 0))


# --- Neo4j killed during a booklet -----------------------------------------------------------------------------


def booklet_faults(server: Any, times: int, rng: random.Random) -> Figures:
    """The booklet generated (DOCX, PDF, HTML) from the federation's store; the server killed meanwhile."""
    from booklet import booklet_files

    figures, started = Figures("livret"), time.monotonic()
    store = open_neo4j(server)
    store.clear()
    load_demo(store)
    before = snapshot(store)
    began = time.monotonic()
    booklet_files(GuardedStore(store, ADMIN), formats=("docx",))
    duration = time.monotonic() - began
    for _ in range(times):
        done = threading.Event()
        killer = _killer(server, rng.uniform(0.05, 1.0) * duration, done)
        try:
            files = booklet_files(GuardedStore(store, ADMIN), formats=("docx",))
            if not files["docx"].startswith(b"PK"):
                figures.bad("livret terminé mais illisible")
            figures.confirmed += 1
        except StoreUnavailable as error:
            figures.told(error)
        except Exception as error:  # noqa: BLE001 — anything but the French message is a defect
            figures.bad(f"{type(error).__name__}: {error}")
        store = _after_kill(server, store, killer, done, figures)
        if snapshot(store) != before:
            figures.bad("le graphe a changé pendant la génération du livret")
    store.close()
    figures.seconds = time.monotonic() - started
    return figures


# --- the embedded store killed with kill -9 --------------------------------------------------------------------

WRITER = """
import sys
from graph.backends.embedded import EmbeddedStore
from graph.guard import GuardedStore
from graph.access import Access, Role
from queries.contributions import save_contribution
store = EmbeddedStore(sys.argv[1], compact_bytes=int(sys.argv[3]))
guard = GuardedStore(store, Access(Role.CONTRIBUTOR, frozenset({"CS95-001"}), "acacias"))
for n in range(100000):
    title = f"Pratique {sys.argv[2]}-{n}"
    saved = save_contribution(guard, "Pratique", {"titre": title, "description": "x" * (n % 500)}, centre="CS95-001")
    print("ok", saved.key, title, flush=True)
"""


# How long a writer process may take to confirm its first write: its imports included, from a fresh clone (no
# bytecode yet) on a busy machine.
FIRST_WRITE_WAIT = 180.0


def cold_imports(folder: Path) -> dict[str, str]:
    """The environment of a child process that finds no bytecode and writes none: it compiles every module it
    imports, as on a fresh clone, so that its imports are as slow as they get."""
    return {**os.environ, "PYTHONPYCACHEPREFIX": str(folder), "PYTHONDONTWRITEBYTECODE": "1"}


def first_write(process: subprocess.Popen, lines: list[str], seconds: float = FIRST_WRITE_WAIT) -> float:
    """Wait until ``process`` has confirmed its first write (a whole line ``ok …`` read into ``lines``); the
    seconds it took. A kill timed from this moment lands while it writes, however long its imports took.

    Raises :class:`RuntimeError` (the writer killed) if it ends, or confirms nothing within ``seconds``."""
    started = time.monotonic()
    while not (lines and lines[0].startswith("ok ") and lines[0].endswith("\n")):
        if process.poll() is not None or time.monotonic() - started > seconds:
            process.kill()
            process.wait()
            raise RuntimeError(f"le processus d’écriture n’a confirmé aucune écriture en {seconds:.0f} s "
                               f"(code de sortie {process.returncode}, sortie : {''.join(lines)[:300]!r})")
        time.sleep(0.02)
    return time.monotonic() - started


def embedded_faults(times: int, rng: random.Random, workdir: Path) -> Figures:
    """A process saving contributions to the embedded store is killed with SIGKILL; the store must open with every
    confirmed contribution whole (node, owner link, history)."""
    figures, started = Figures("embarque"), time.monotonic()
    folder = workdir / "graphe"
    with EmbeddedStore(folder) as store:
        load_demo(store)
        demo = store.keys("Pratique")
    created: dict[str, str] = {}
    root = Path(__file__).resolve().parent.parent
    for round_ in range(times):
        compact = rng.choice([20_000, 200_000, 1 << 25])  # compactions included
        # The first writer compiles every module it imports, as from a fresh clone (seconds on a busy machine).
        env = cold_imports(workdir / "sans-bytecode") if round_ == 0 else None
        process = subprocess.Popen([sys.executable, "-c", WRITER, str(folder), str(round_), str(compact)],
                                   stdout=subprocess.PIPE, text=True, cwd=root, env=env)
        lines: list[str] = []
        reader = threading.Thread(target=lines.extend, args=(process.stdout,))
        reader.start()
        # The kill is timed from the writer's first confirmed save, not from its start: it always lands while
        # contributions are being written, however long the writer's imports took.
        first_write(process, lines)
        time.sleep(rng.uniform(0.5, 2.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        reader.join()
        figures.faults += 1
        for line in lines:
            if line.startswith("ok ") and line.endswith("\n"):  # a confirmation is a whole line
                _, key, title = line.rstrip("\n").split(" ", 2)
                created[key] = title
        try:
            with EmbeddedStore(folder) as store:
                _check_embedded(store, demo, created, figures)
        except PasserellesError as error:
            figures.bad(f"le magasin ne s’ouvre plus : {error.message()}")
    figures.confirmed = len(created)
    figures.seconds = time.monotonic() - started
    return figures


def _check_embedded(store: EmbeddedStore, demo: set[str], created: dict[str, str], figures: Figures) -> None:
    practices = {p["id_pratique"]: p for p in store.nodes("Pratique")}
    owner = {row.source_key: row.target_key for row in store.links("PORTEE_PAR")}
    for key, title in created.items():
        if (practices.get(key) or {}).get("titre") != title:
            figures.bad(f"contribution confirmée perdue : {key}", lost=True)
    for key in practices.keys() - demo:
        if not whole(store, key, practices[key], owner) or practices[key].get("version") != 1:
            figures.bad(f"contribution à moitié écrite : {key}")


# --- the campaign ----------------------------------------------------------------------------------------------


@contextmanager
def neo4j_server(home: Path) -> Iterator[Any]:
    from tools.neo4j_server import Neo4jServer

    server = Neo4jServer(home=home)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def campaign(times: int, scenarios: tuple[str, ...] = SCENARIOS, seed: int = SEED,
             out: Callable[[str], None] = print) -> list[Figures]:
    rng = random.Random(seed)
    logging.getLogger("neo4j").setLevel(logging.CRITICAL)  # the driver's retries are expected here, not news
    found: list[Figures] = []
    with tempfile.TemporaryDirectory(prefix="passerelles-fautes-") as folder:
        work = Path(folder)
        if "embarque" in scenarios:
            found.append(embedded_faults(times, rng, work / "embarque"))
            out(found[-1].line())
        if set(scenarios) & {"import", "contribution", "livret"}:
            with neo4j_server(work / "neo4j") as server:
                for name, run in (("import", lambda: import_faults(server, times, rng, work / "import")),
                                  ("contribution", lambda: contribution_faults(server, times, rng)),
                                  ("livret", lambda: booklet_faults(server, times, rng))):
                    if name in scenarios:
                        found.append(run())
                        out(found[-1].line())
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m bench.faults", description=__doc__.split("\n\n")[0])
    parser.add_argument("--fois", type=int, default=20, help="fautes injectées par scénario")
    parser.add_argument("--scenario", action="append", choices=SCENARIOS, help="un scénario (tous par défaut)")
    parser.add_argument("--graine", type=int, default=SEED)
    parser.add_argument("--json", type=Path, help="écrire aussi les chiffres dans ce fichier")
    args = parser.parse_args(argv)
    found = campaign(args.fois, tuple(args.scenario or SCENARIOS), args.graine)
    total = Figures("total", sum(f.faults for f in found), sum(f.confirmed for f in found), sum(f.lost for f in found),
                    sum(f.inconsistent for f in found), sum(f.interrupted for f in found),
                    sum(f.seconds for f in found))
    print(total.line())
    for figures in found:
        for problem in figures.problems[:10]:
            print(f"  {figures.scenario} : {problem}")
    if args.json:
        args.json.write_text(json.dumps([asdict(f) for f in [*found, total]], ensure_ascii=False, indent=1), "utf-8")
    return 1 if total.lost or total.inconsistent else 0


if __name__ == "__main__":
    sys.exit(main())
