"""No lost update, on both stores: editors in many threads and in two other processes edit the
same practice at once; each is told when someone saved first, and retries. Afterwards every
accepted edit is there exactly once, and the version counted each of them."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from graph.changes import PutNode, SetLinks
from concurrent_editor import PRACTICE, edit

HERE = Path(__file__).resolve().parent
THREADS, PROCESSES, EDITS = 4, 2, 6


def _where(store, backend, neo4j_server_or_none, tmp_path) -> str:
    if backend == "embedded":
        return str(store.folder)
    server = neo4j_server_or_none
    return f"bolt://{server.user}:{server.password}@127.0.0.1:{server.port}"


def test_concurrent_editors_lose_nothing(store, backend, request, tmp_path):
    server = request.getfixturevalue("neo4j_server") if backend == "neo4j" else None
    store.apply([PutNode("Centre", "CS95-001", {"nom": "Centre social fictif des Tilleuls"}),
                 PutNode("Pratique", PRACTICE, {"titre": "Café des parents", "version": 1, "statut": "valide"}),
                 SetLinks("PORTEE_PAR", "Pratique", PRACTICE, ("CS95-001",))])
    where = _where(store, backend, server, tmp_path)
    processes = [subprocess.Popen([sys.executable, str(HERE / "concurrent_editor.py"), where, f"p{n}", str(EDITS)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for n in range(PROCESSES)]
    accepted: list[str] = []
    retries: list[int] = []
    lock = threading.Lock()

    def confirm(token: str) -> None:
        with lock:
            accepted.append(token)

    def work(n: int) -> None:
        retries.append(edit(store, f"t{n}", EDITS, confirm))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    for process in processes:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err[-2000:]
        accepted += [line.split()[1] for line in out.splitlines() if line.startswith("ok ")]

    assert len(accepted) == (THREADS + PROCESSES) * EDITS
    final = store.get("Pratique", PRACTICE)
    tokens = [token for token in final["preuves"].split("|") if token]
    assert sorted(tokens) == sorted(accepted)  # every accepted edit, once: nothing lost, nothing doubled
    assert final["version"] == 1 + len(accepted)
    assert len([t for t in store.history("Pratique", PRACTICE) if t.action == "modification"]) == len(accepted)
    print(f"\n{backend} : {len(accepted)} modifications acceptées, {sum(retries)} relectures demandées (fils)")
