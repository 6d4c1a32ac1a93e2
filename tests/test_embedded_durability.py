"""The embedded store keeps every write that returned: through ``kill -9``, torn records,
compaction, and several processes and threads writing at once."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bench.faults import cold_imports, first_write
from graph.backends.embedded import LOG, EmbeddedStore
from graph.changes import PutNode

WRITER = Path(__file__).with_name("embedded_writer.py")


def _prepare(folder: Path) -> None:
    with EmbeddedStore(folder) as store:
        store.apply([PutNode("Departement", "95", {"nom": "Val-d'Oise"}), PutNode("Commune", "95018", {"nom": "Argenteuil"})])


def _writer(folder: Path, prefix: str, count: int, threads: int = 1, compact: int = 1 << 25,
            env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(folder), prefix, str(count), str(threads), str(compact)],
        stdout=subprocess.PIPE, text=True, env=env,
    )


def _centres(folder: Path) -> set[str]:
    with EmbeddedStore(folder) as store:
        return {centre["id_centre"] for centre in store.nodes("Centre")}


def test_kill_9_never_loses_a_confirmed_write(tmp_path):
    """20 writers killed at random moments (compaction included): the store opens, and
    every write a writer confirmed is there, with its link."""
    folder = tmp_path / "graphe"
    _prepare(folder)
    rng = random.Random(20190523)
    confirmed: set[str] = set()
    for round_ in range(20):
        # The first writer compiles every module it imports, as from a fresh clone: slow, and waited for.
        env = cold_imports(tmp_path / "sans-bytecode") if round_ == 0 else None
        process = _writer(folder, f"K{round_}", 100_000, threads=2, compact=rng.choice([2_000, 50_000, 1 << 25]),
                          env=env)
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(process.stdout))
        reader.start()
        first_write(process, lines)  # the kill is timed from the first confirmed write, not from the start
        time.sleep(rng.uniform(0.0, 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
        reader.join()
        # A line is a confirmation only if it was printed whole.
        confirmed |= {line.split()[1] for line in lines if line.startswith("ok ") and line.endswith("\n")}
        present = _centres(folder)
        assert confirmed <= present, f"lost after kill {round_}: {sorted(confirmed - present)[:5]}"
    assert len(confirmed) > 100
    with EmbeddedStore(folder) as store:
        linked = {row.source_key for row in store.links("SITUE_DANS")}
        assert confirmed <= linked


def test_a_torn_record_is_cut_and_the_store_opens(tmp_path):
    folder = tmp_path / "graphe"
    _prepare(folder)
    with open(folder / LOG, "ab") as log:
        log.write(b'{"seq":3,"changes":[["put","Centre","CS95-9",{"nom":"coup')
    with EmbeddedStore(folder) as store:
        assert store.get("Commune", "95018")["nom"] == "Argenteuil"
        assert store.get("Centre", "CS95-9") is None
        store.apply([PutNode("Centre", "CS95-1", {"nom": "Après la coupure"})])
    with EmbeddedStore(folder) as store:
        assert store.get("Centre", "CS95-1")["nom"] == "Après la coupure"


def test_processes_and_threads_writing_at_once_lose_nothing(tmp_path):
    """Three processes of four threads each, with a small compaction threshold so that
    snapshots are taken while the others write; a reader open all along sees everything."""
    folder = tmp_path / "graphe"
    _prepare(folder)
    reader = EmbeddedStore(folder)
    writers = [_writer(folder, f"P{n}", 120, threads=4, compact=20_000) for n in range(3)]
    for process in writers:
        out, _ = process.communicate(timeout=240)
        assert process.returncode == 0
        assert out.count("ok ") == 120
    expected = {f"P{n}-{i}" for n in range(3) for i in range(120)}
    assert {c["id_centre"] for c in reader.nodes("Centre")} == expected
    assert _centres(folder) == expected
    reader.close()


def test_two_stores_in_one_process_see_each_other(tmp_path):
    folder = tmp_path / "graphe"
    _prepare(folder)
    first, second = EmbeddedStore(folder, compact_bytes=500), EmbeddedStore(folder, compact_bytes=500)
    for i in range(30):
        (first if i % 2 else second).apply([PutNode("Centre", f"CS-{i}", {"nom": f"Centre {i}"})])
        assert first.counts()["Centre"] == second.counts()["Centre"] == i + 1
    first.close()
    second.close()


def test_an_unusable_folder_gives_a_french_message(tmp_path):
    from graph.errors import StoreUnavailable

    blocker = tmp_path / "fichier"
    blocker.write_text("pas un dossier")
    with pytest.raises(StoreUnavailable) as caught:
        EmbeddedStore(blocker / "graphe")
    assert "PASSERELLES_DATA_DIR" in caught.value.message()
