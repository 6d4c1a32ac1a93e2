"""Which store Passerelles uses, decided in one place from the settings.

>>> import tempfile
>>> settings = Settings.load(environ={"PASSERELLES_DATA_DIR": tempfile.mkdtemp()}, secrets={})
>>> store = open_store(settings)
>>> store.kind
'embedded'
>>> store.close()
"""

from __future__ import annotations

from collections.abc import Callable

from graph.settings import Settings
from graph.store import GraphStore


def _embedded(settings: Settings) -> GraphStore:
    from graph.backends.embedded import EmbeddedStore

    return EmbeddedStore(settings.data_dir)


def _neo4j(settings: Settings) -> GraphStore:
    from graph.backends.neo4j import Neo4jStore

    return Neo4jStore(
        settings["PASSERELLES_NEO4J_URI"],
        settings["PASSERELLES_NEO4J_USER"],
        settings["PASSERELLES_NEO4J_PASSWORD"],
        settings["PASSERELLES_NEO4J_DATABASE"],
        max_retry_time=settings.neo4j_wait,
    )


BACKENDS: dict[str, Callable[[Settings], GraphStore]] = {"embedded": _embedded, "neo4j": _neo4j}


def store_types() -> tuple[type[GraphStore], ...]:
    """The classes of the stores :func:`open_store` opens: what a cache that keys results by store must know,
    without the app importing a backend itself (``tests/test_layers.py``).

    >>> sorted(kind.__name__ for kind in store_types())
    ['EmbeddedStore', 'Neo4jStore']
    """
    from graph.backends.embedded import EmbeddedStore
    from graph.backends.neo4j import Neo4jStore

    return (EmbeddedStore, Neo4jStore)


def open_store(settings: Settings | None = None) -> GraphStore:
    """The store the settings name, opened, its schema ensured.

    Raises :class:`~graph.errors.StoreUnavailable` (with a French message) when it
    cannot be reached or opened.
    """
    settings = settings or Settings.load()
    store = BACKENDS[settings.store](settings)
    try:
        store.ensure_schema()
    except BaseException:
        store.close()
        raise
    return store
