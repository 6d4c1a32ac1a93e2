"""Many people on the running app at once: real HTTP and WebSocket sessions on loopback against
``streamlit run app.py``, reading pages and contributing through the « Contribuer » form, for a bounded time.

    python3 -m bench.load                                  # 30 readers, 6 contributors, 60 s
    python3 -m bench.load --lecteurs 50 --contributeurs 10 --duree 120
    python3 -m bench.load --magasin neo4j --processus 2    # two app processes behind nginx, on one Neo4j

With ``--processus N`` (or ``--mandataire``), the app runs as a federation shares it: N processes on one store,
with accounts and open to the network, behind nginx configured by the shipped ``deploy/nginx-passerelles.conf``
(sticky sessions, websockets); readers read as visitors do, contributors first sign in with a federation
account through the sign-in form. ``--magasin neo4j`` puts the store on a real Neo4j server started for the
measure.

Each simulated person is one WebSocket session speaking Streamlit's own protocol (the ``BackMsg`` and
``ForwardMsg`` messages the browser exchanges): a reader runs a page after another (home, graph, map,
analyses, meetings, cases, booklet), a contributor edits the address of centre CS95-001 in the form and presses
« Enregistrer » — the very widgets of the page, found by their keys in what the server sent, so the write goes
through the page, the query layer and the guarded store of the app's process. A save is confirmed when the page
says so (its green message); a concurrent save is told (the page's warning) and the contributor starts again
from a new session. At the end every confirmed address must be in the centre's history: none lost.

Figures: sessions held at once, page runs, latency percentiles (p50, p95, p99) from sending the run to the
script's end, errors (an exception shown, a run that fails or times out, a session refused), confirmed writes,
concurrent saves told, writes lost.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import websockets
from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

from tools.app_server import running_app

ACCOUNT, PASSWORD = "charge-federation", "Mesure-de-charge-2026-Passerelles!"  # created by the measure
NGINX_CONF = Path(__file__).resolve().parent.parent / "deploy" / "nginx-passerelles.conf"
READ_PAGES = ("", "graphe", "carte_geo", "analyse", "rencontres", "situations", "livret", "recommandations")
CENTRE = "CS95-001"
ADDRESS_KEY, SAVE_KEY = "contribuer.Centre.adresse", "contribuer_save"
RUN_TIMEOUT = 120.0


@dataclass
class Run:
    """What one page run showed: widget ids by key, messages by kind, and whether it failed."""

    seconds: float
    widgets: dict[str, str] = field(default_factory=dict)
    submit_buttons: dict[str, str] = field(default_factory=dict)  # a form's submit button id, by its label
    metrics: dict[str, str] = field(default_factory=dict)  # what the page's figures say, by their label
    alerts: list[tuple[int, str]] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    finished: bool = False


@dataclass
class Load:
    readers: int
    contributors: int
    duration: float
    elapsed: float = 0.0             # the load's length, the runs in flight at the deadline included
    sessions_open: int = 0
    sessions_peak: int = 0
    sessions: int = 0
    read_latencies: list[float] = field(default_factory=list)
    write_latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)
    conflicts: int = 0
    lost: list[str] = field(default_factory=list)

    def opened(self) -> None:
        self.sessions += 1
        self.sessions_open += 1
        self.sessions_peak = max(self.sessions_peak, self.sessions_open)

    def figures(self) -> dict[str, object]:
        every = self.read_latencies + self.write_latencies
        return {
            "lecteurs": self.readers, "contributeurs": self.contributors, "duree_s": self.duration,
            "sessions_tenues_ensemble": self.sessions_peak, "sessions_ouvertes": self.sessions,
            "pages_lues": len(self.read_latencies), "enregistrements_tentes": len(self.write_latencies),
            "duree_reelle_s": round(self.elapsed, 1),
            "pages_par_seconde": round(len(every) / max(self.elapsed, self.duration), 2),
            "lecture_ms": percentiles(self.read_latencies), "ecriture_ms": percentiles(self.write_latencies),
            "erreurs": len(self.errors), "ecritures_confirmees": len(self.confirmed),
            "enregistrements_concurrents_signales": self.conflicts, "ecritures_perdues": len(self.lost),
        }


def percentiles(values: list[float]) -> dict[str, float]:
    if len(values) < 2:
        return {"p50": round(1000 * values[0]) if values else 0, "p95": 0, "p99": 0}
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return {"p50": round(1000 * statistics.median(values)), "p95": round(1000 * cuts[94]),
            "p99": round(1000 * cuts[98])}


# --- one session, speaking Streamlit's protocol ----------------------------------------------------------------


async def run_page(ws, page: str, states: list[WidgetState] | None = None) -> Run:
    """Ask the server to run ``page`` (with these widget values) and read everything it sends until the end."""
    message = BackMsg()
    message.rerun_script.query_string = ""
    message.rerun_script.page_name = page
    if states:
        message.rerun_script.widget_states.widgets.extend(states)
    began = time.monotonic()
    await ws.send(message.SerializeToString())
    run = Run(0.0)
    while True:
        forward = ForwardMsg()
        forward.ParseFromString(await asyncio.wait_for(ws.recv(), RUN_TIMEOUT))
        kind = forward.WhichOneof("type")
        if kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
            _read_element(forward.delta.new_element, run)
        elif kind == "script_finished":
            status = forward.script_finished
            if status == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                continue  # the page asked for a rerun: it runs again at once, its end is still to come
            run.seconds = time.monotonic() - began
            run.finished = status in (ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY)
            return run
        elif kind == "page_not_found":
            run.exceptions.append(f"page introuvable : {page}")


def _read_element(element, run: Run) -> None:
    kind = element.WhichOneof("type")
    body = getattr(element, kind)
    if kind == "exception":
        run.exceptions.append(body.message[:300])
    elif kind == "alert":
        run.alerts.append((body.format, body.body))
    elif kind == "metric":
        run.metrics[body.label] = body.body
    widget_id = getattr(body, "id", "")
    if isinstance(widget_id, str) and widget_id.startswith("$$ID-"):
        run.widgets[widget_id.split("-", 2)[2]] = widget_id
        if kind == "button" and body.is_form_submitter:
            run.submit_buttons[body.label] = widget_id


@contextmanager
def _session(load: Load) -> Iterator[None]:
    load.opened()
    try:
        yield
    finally:
        load.sessions_open -= 1


async def connect(url: str):
    return await websockets.connect(url.replace("http", "ws", 1) + "/_stcore/stream", subprotocols=["streamlit"],
                                    max_size=None, open_timeout=60, ping_interval=None)


async def reader(url: str, load: Load, deadline: float, rng: random.Random) -> None:
    try:
        ws = await connect(url)
    except Exception as error:  # noqa: BLE001 — a refused session is an error of the load
        load.errors.append(f"session refusée : {error}")
        return
    with _session(load):
        async with ws:
            while time.monotonic() < deadline:
                page = rng.choice(READ_PAGES)
                try:
                    run = await run_page(ws, page)
                except Exception as error:  # noqa: BLE001
                    load.errors.append(f"/{page} : {type(error).__name__} {error}")
                    return
                load.read_latencies.append(run.seconds)
                if run.exceptions or not run.finished:
                    load.errors.append(f"/{page} : {run.exceptions[:1] or 'exécution interrompue'}")


async def sign_in(ws) -> None:
    """Sign in through the sidebar's form, as a person does (the federation's account the measure created)."""
    from graph.i18n import t

    home = await run_page(ws, "")
    states = [WidgetState(id=home.widgets["sign_in_name"], string_value=ACCOUNT),
              WidgetState(id=home.widgets["sign_in_password"], string_value=PASSWORD),
              WidgetState(id=home.submit_buttons[t("session.sign_in")], trigger_value=True)]
    await run_page(ws, "", states)


async def contributor(url: str, number: int, load: Load, deadline: float, signing_in: bool = False) -> None:
    attempt = 0
    while time.monotonic() < deadline:
        try:
            ws = await connect(url)
        except Exception as error:  # noqa: BLE001
            load.errors.append(f"session refusée : {error}")
            return
        with _session(load):
            async with ws:
                try:
                    if signing_in:
                        await sign_in(ws)
                    form = await run_page(ws, "contribuer")
                    while time.monotonic() < deadline:
                        attempt += 1
                        address = f"{number}-{attempt} rue de la Charge"
                        states = [WidgetState(id=form.widgets[ADDRESS_KEY], string_value=address),
                                  WidgetState(id=form.widgets[SAVE_KEY], trigger_value=True)]
                        run = await run_page(ws, "contribuer", states)
                        load.write_latencies.append(run.seconds)
                        if run.exceptions or not run.finished:
                            load.errors.append(f"/contribuer : {run.exceptions[:1] or 'exécution interrompue'}")
                        if any(kind == Alert.SUCCESS for kind, _ in run.alerts):
                            load.confirmed.append(address)
                        elif any(kind == Alert.WARNING for kind, _ in run.alerts):
                            load.conflicts += 1  # someone saved meanwhile: told; start again from what is saved
                            break
                        else:
                            load.errors.append(f"/contribuer : ni enregistré ni signalé ({run.alerts[:2]})")
                            break
                        form = run if ADDRESS_KEY in run.widgets else form
                except KeyError as error:
                    load.errors.append(f"/contribuer : champ introuvable {error}")
                    return
                except Exception as error:  # noqa: BLE001
                    load.errors.append(f"/contribuer : {type(error).__name__} {error}")
                    return


async def drive(url: str, readers: int, contributors: int, duration: float, seed: int = 20190523,
                signing_in: bool = False) -> Load:
    load = Load(readers, contributors, duration)
    rng = random.Random(seed)
    deadline = time.monotonic() + duration
    tasks = [reader(url, load, deadline, random.Random(rng.random())) for _ in range(readers)]
    tasks += [contributor(url, n, load, deadline, signing_in) for n in range(contributors)]
    began = time.monotonic()
    await asyncio.gather(*tasks)
    load.elapsed = time.monotonic() - began
    return load


def check_writes(store, load: Load) -> None:
    """Every address confirmed to a contributor is in the centre's history (its « after »)."""
    traced = {json.loads(trace.after).get("adresse") for trace in store.history("Centre", CENTRE)}
    load.lost = [address for address in load.confirmed if address not in traced]


@contextmanager
def opened_store(data: Path, settings: dict[str, str]) -> Iterator[object]:
    """The store the measured app uses: the embedded one in ``data``, or the Neo4j server ``settings`` name."""
    from graph.backends.embedded import EmbeddedStore
    from graph.backends.neo4j import Neo4jStore

    if settings.get("PASSERELLES_STORE") == "neo4j":
        store = Neo4jStore(settings["PASSERELLES_NEO4J_URI"], settings["PASSERELLES_NEO4J_USER"],
                           settings["PASSERELLES_NEO4J_PASSWORD"])
        store.ensure_schema()
    else:
        store = EmbeddedStore(data)
    with store:
        yield store


@contextmanager
def proxy(ports: list[int], folder: Path) -> Iterator[str]:
    """nginx on a free port of 127.0.0.1, configured by the shipped ``deploy/nginx-passerelles.conf`` (its upstream
    given these ``ports``), in front of the app's processes; yields its address."""
    import re
    import shutil
    import subprocess

    from tools.app_server import free_port, wait_healthy

    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        raise SystemExit("nginx est introuvable : apt-get install nginx-light (Debian), puis relancez.")
    shipped = NGINX_CONF.read_text(encoding="utf-8")
    port = free_port()
    servers = "".join(f"    server 127.0.0.1:{p};\n" for p in ports)
    server_block = re.sub(r"(?m)^    server 127\.0\.0\.1:\d+;\n", "", shipped)
    server_block = server_block.replace("upstream passerelles {\n", "upstream passerelles {\n" + servers, 1)
    server_block = re.sub(r"listen 80;", f"listen 127.0.0.1:{port};", server_block)
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)  # nginx's workers run as another user: its temporary folders must be reachable
    conf = folder / "nginx.conf"
    conf.write_text(f"pid {folder}/nginx.pid;\nerror_log {folder}/error.log warn;\nevents {{}}\nhttp {{\n"
                    f"access_log off;\nclient_body_temp_path {folder}/body;\nproxy_temp_path {folder}/proxy;\n"
                    f"fastcgi_temp_path {folder}/fastcgi;\nuwsgi_temp_path {folder}/uwsgi;\n"
                    f"scgi_temp_path {folder}/scgi;\n{server_block}\n}}\n", encoding="utf-8")
    process = subprocess.Popen([nginx, "-c", str(conf), "-p", str(folder), "-g", "daemon off;"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        log = folder / "error.log"
        wait_healthy(url, process, 30, lambda: f"nginx ne démarre pas : {log.read_text()[-1500:] if log.exists() else ''}")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


# --- the app under load ----------------------------------------------------------------------------------------


@contextmanager
def served_app(data: Path, settings: dict[str, str] | None = None) -> Iterator[str]:
    """The app on the embedded store in ``data`` or the store ``settings`` name (the demo loaded), for this
    computer only, its first page already fetched over HTTP."""
    with running_app(data, accounts=data.parent / "comptes.json", log_path=data.parent / "streamlit.log",
                     settings=settings) as url:
        with urllib.request.urlopen(url, timeout=10) as answer:  # the page a browser loads first, over HTTP
            answer.read()
        yield url


@dataclass(frozen=True)
class Shared:
    url: str                     # nginx's address, what people open
    processes: tuple[str, ...]   # each app process's own address, behind it


@contextmanager
def shared_app(data: Path, processes: int, settings: dict[str, str]) -> Iterator[Shared]:
    """The app as a federation shares it: the demo in the store, a federation account, ``processes`` processes
    open to the network on that one store, behind nginx."""
    from contextlib import ExitStack

    from graph.access import Role
    from graph.accounts import AccountBook
    from ingest.demo import load_demo

    with opened_store(data, settings) as store:
        if store.is_empty():
            load_demo(store)
    accounts = data.parent / "comptes.json"
    AccountBook(accounts).add(ACCOUNT, Role.ADMIN, password=PASSWORD, by="mesure")
    with ExitStack() as stack:
        urls = [stack.enter_context(running_app(data, demo=False, accounts=accounts,
                                                log_path=data.parent / f"streamlit-{n}.log",
                                                settings={**settings, "PASSERELLES_RESEAU": "oui"}))
                for n in range(processes)]
        url = stack.enter_context(proxy([int(url.rsplit(":", 1)[1]) for url in urls], data.parent / "nginx"))
        yield Shared(url, tuple(urls))


def measure(readers: int, contributors: int, duration: float, processes: int = 0, neo4j: bool = False,
            settings: dict[str, str] | None = None) -> Load:
    """Start the app on a fresh copy of the demo (one process on this computer, or ``processes`` behind nginx),
    warm it up, put the load on it, check the writes. ``neo4j``: on a Neo4j server started for the measure, or
    the empty one ``settings`` name."""
    from contextlib import ExitStack

    with tempfile.TemporaryDirectory(prefix="passerelles-charge-") as folder, ExitStack() as stack:
        data = Path(folder) / "graphe"
        settings = dict(settings or {})
        if neo4j and not settings:
            from tools.neo4j_server import Neo4jServer

            server = stack.enter_context(Neo4jServer())
            settings = {"PASSERELLES_STORE": "neo4j", "PASSERELLES_NEO4J_URI": server.uri,
                        "PASSERELLES_NEO4J_USER": server.user, "PASSERELLES_NEO4J_PASSWORD": server.password or ""}
        shared = processes > 0
        with (shared_app(data, processes, settings) if shared else served_app(data, settings)) as served:
            url = served.url if shared else served
            warm = asyncio.run(drive(url, 1, 0, 1.0))  # the first session loads the demo and fills the caches
            if warm.errors:
                raise RuntimeError(f"l’application ne répond pas : {warm.errors[:2]}")
            load = asyncio.run(drive(url, readers, contributors, duration, signing_in=shared))
        with opened_store(data, settings) as store:
            check_writes(store, load)
    return load


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m bench.load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--lecteurs", type=int, default=30)
    parser.add_argument("--contributeurs", type=int, default=6)
    parser.add_argument("--duree", type=float, default=60.0, help="secondes de charge")
    parser.add_argument("--magasin", choices=("embarque", "neo4j"), default="embarque",
                        help="le magasin : embarqué, ou un vrai serveur Neo4j démarré pour la mesure")
    parser.add_argument("--processus", type=int, default=0,
                        help="N processus de l’application derrière nginx (0 : un seul, sans mandataire)")
    parser.add_argument("--mandataire", action="store_true", help="un seul processus, mais derrière nginx")
    args = parser.parse_args(argv)
    processes = args.processus or (1 if args.mandataire else 0)
    load = measure(args.lecteurs, args.contributeurs, args.duree, processes, args.magasin == "neo4j")
    print(json.dumps(load.figures(), ensure_ascii=False, indent=1))
    for error in load.errors[:10]:
        print("erreur :", error)
    return 1 if load.errors or load.lost else 0


if __name__ == "__main__":
    sys.exit(main())
