"""An editor process for the no-lost-update test: it edits the same practice as everyone else.

``python tests/concurrent_editor.py STORE NAME COUNT`` where STORE is an embedded store's
folder or ``bolt://user:password@host:port``. Each edit reads the practice, appends
``NAME-i`` to its ``preuves``, and saves with the version it read; when someone else saved
first it is told (ConcurrentEdit), reads again and retries. It prints ``ok NAME-i`` once an
edit is accepted: what is printed is confirmed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.access import Access, Role  # noqa: E402
from graph.changes import PutNode  # noqa: E402
from graph.errors import ConcurrentEdit  # noqa: E402
from graph.guard import GuardedStore  # noqa: E402
from graph.store import GraphStore  # noqa: E402

PRACTICE = "PR-0001"


def open_store(where: str) -> GraphStore:
    if where.startswith("bolt://"):
        from graph.backends.neo4j import Neo4jStore

        parts = urlsplit(where)
        return Neo4jStore(f"bolt://{parts.hostname}:{parts.port}", parts.username or "", parts.password or "")
    from graph.backends.embedded import EmbeddedStore

    return EmbeddedStore(where)


def edit(store: GraphStore, name: str, count: int, confirm) -> int:
    """Make ``count`` accepted edits; return how many times the editor was told to retry."""
    guarded = GuardedStore(store, Access(Role.ADMIN, account=name))
    retries = 0
    for i in range(count):
        token = f"{name}-{i}"
        while True:
            practice = store.get("Pratique", PRACTICE) or {}
            text = f"{practice.get('preuves', '')}|{token}"
            try:
                guarded.apply([PutNode("Pratique", PRACTICE, {"preuves": text},
                                       expected_version=int(practice.get("version", 0)))])
            except ConcurrentEdit:
                retries += 1
                continue
            confirm(token)
            break
    return retries


def main(where: str, name: str, count: int) -> None:
    store = open_store(where)
    edit(store, name, count, lambda token: print("ok", token, flush=True))
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
