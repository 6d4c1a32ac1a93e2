"""A writer process for the durability and concurrency tests of the embedded store.

``python tests/embedded_writer.py FOLDER PREFIX COUNT [THREADS] [COMPACT_BYTES]`` writes
COUNT centres ``PREFIX-i`` (in THREADS threads), one change set each, and prints
``ok PREFIX-i`` once each write has returned: what is printed is confirmed.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.backends.embedded import EmbeddedStore  # noqa: E402
from graph.changes import PutNode, SetLinks  # noqa: E402


def main(folder: str, prefix: str, count: int, threads: int = 1, compact_bytes: int = 1 << 25) -> None:
    store = EmbeddedStore(folder, compact_bytes=compact_bytes)
    printing = threading.Lock()

    def work(worker: int) -> None:
        for i in range(worker, count, threads):
            key = f"{prefix}-{i}"
            store.apply([
                PutNode("Centre", key, {"nom": f"Centre fictif {key}", "activites": ["clas"], "version": i + 1}),
                SetLinks("SITUE_DANS", "Centre", key, ("95018",)),
            ])
            with printing:
                print("ok", key, flush=True)

    pool = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], *(int(arg) for arg in sys.argv[3:]))
