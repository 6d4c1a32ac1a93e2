"""The app served on loopback, for the browser tests, the load benchmark and the screenshots.

``running_app(data)`` starts ``streamlit run serveur.py`` (the app and its session-cookie routes) on a
free port of 127.0.0.1 over the embedded store in ``data``, waits until it answers, yields its address, and stops it.
``relayed(url, "127.0.0.2")`` is the same app reached from another address of this computer, as
a computer of the network would reach it.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
START_SECONDS = 90


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_app(data: Path, *, demo: bool = True, accounts: Path | None = None, log_path: Path | None = None,
                address: str | None = "127.0.0.1", settings: Mapping[str, str] | None = None,
                error_details: str | None = "full") -> Iterator[str]:
    """The app on the embedded store in ``data`` (the demo loaded at first run if ``demo``), with the
    accounts file ``accounts`` (none there: the local administrator); yields ``http://127.0.0.1:PORT``.

    ``address`` is what Streamlit listens on (``None``: what ``.streamlit/config.toml`` says);
    ``settings`` are more environment variables (``PASSERELLES_RESEAU``…). ``error_details`` is
    Streamlit's ``client.showErrorDetails``: ``"full"`` so that a test sees an error as it is,
    ``None`` for the project's own setting (a French sentence and a reference, as in production)."""
    port = free_port()
    log_path = log_path or data.parent / f"streamlit-{port}.log"
    env = {**os.environ, "PASSERELLES_STORE": "embedded", "PASSERELLES_DATA_DIR": str(data),
           "PASSERELLES_DEMO": "oui" if demo else "non",
           "PASSERELLES_COMPTES": str(accounts or data.parent / f"comptes-{port}.json"), **(settings or {})}
    options = ["--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    options += ["--server.address", address] if address else []
    options += ["--client.showErrorDetails", error_details] if error_details else []
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "serveur.py", *options],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(url, process, START_SECONDS,
                         lambda: f"streamlit did not start: {log_path.read_text(errors='replace')[-2000:]}")
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def wait_healthy(url: str, process: subprocess.Popen, seconds: float, why: Callable[[], str]) -> None:
    """Until ``url`` answers Streamlit's health check (``ok``), directly or through a proxy; ``why()`` is the
    error raised when ``process`` ends or ``seconds`` pass first."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.read() == b"ok":
                    return
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(why())
        time.sleep(0.3)


@contextmanager
def relayed(url: str, source: str = "127.0.0.2") -> Iterator[str]:
    """``url`` as a visitor from ``source`` reaches it: a relay on a free port of 127.0.0.1 whose
    connections to the app leave from ``source`` (a browser cannot choose the address it leaves from;
    on Linux every 127.x.y.z is this computer's). Yields the relay's ``http://127.0.0.1:PORT``."""
    target = urlsplit(url)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def pipe(inbound: socket.socket, outbound: socket.socket) -> None:
        try:
            while data := inbound.recv(1 << 16):
                outbound.sendall(data)
        except OSError:
            pass
        finally:
            for end in (inbound, outbound):
                with suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def serve() -> None:
        while not stop.is_set():
            try:
                visitor, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                app = socket.create_connection((target.hostname, target.port), timeout=10, source_address=(source, 0))
            except OSError:
                visitor.close()
                continue
            app.settimeout(None)
            for inbound, outbound in ((visitor, app), (app, visitor)):
                threading.Thread(target=pipe, args=(inbound, outbound), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()
