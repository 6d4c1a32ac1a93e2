"""The app served on loopback, for the browser tests, the load benchmark and the screenshots.

``running_app(data)`` starts ``streamlit run serveur.py`` (the app and its session-cookie routes) on a
free port of 127.0.0.1 over the embedded store in ``data``, waits until it answers, yields its address, and stops it.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START_SECONDS = 90


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_app(data: Path, *, demo: bool = True, accounts: Path | None = None,
                log_path: Path | None = None) -> Iterator[str]:
    """The app on the embedded store in ``data`` (the demo loaded at first run if ``demo``), with the
    accounts file ``accounts`` (none there: the local administrator); yields ``http://127.0.0.1:PORT``."""
    port = free_port()
    log_path = log_path or data.parent / f"streamlit-{port}.log"
    env = {**os.environ, "PASSERELLES_STORE": "embedded", "PASSERELLES_DATA_DIR": str(data),
           "PASSERELLES_DEMO": "oui" if demo else "non",
           "PASSERELLES_COMPTES": str(accounts or data.parent / f"comptes-{port}.json")}
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "serveur.py", "--server.port", str(port), "--server.address",
             "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + START_SECONDS
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                        if answer.read() == b"ok":
                            break
                except OSError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not start: {log_path.read_text(errors='replace')[-2000:]}")
                time.sleep(0.3)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
