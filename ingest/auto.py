"""One entry for files whose kind is not known in advance: the State's open data or the
federation's workbook, told apart by their content.

>>> from graph.backends.embedded import EmbeddedStore
>>> from ingest.demo import OPENDATA_DIR
>>> import tempfile
>>> is_open_data(OPENDATA_DIR / "qpv-2015-demographie-2022.csv")
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from graph.access import Access, Role
from graph.errors import AccessDenied
from graph.guard import GuardedStore
from graph.store import GraphStore
from ingest.opendata import load_opendata, recognise
from ingest.reader import read_tables
from ingest.report import Report
from ingest.workbook import LoadResult, Progress, load_workbook


def is_open_data(path: Path) -> bool:
    """Whether ``path`` (a file or a folder) holds open-data files rather than a workbook."""
    if path.is_dir() and any(p.suffix.lower() == ".geojson" for p in path.iterdir()):
        return True
    tables = read_tables(path, Report())
    return bool(tables) and all(recognise(table) is not None for table in tables)


def load_files(store: GraphStore, path: Path, *, departements: Iterable[str] | None = None,
               confirmed: Mapping[str, str] | None = None, dry_run: bool = False,
               progress: Progress | None = None, boundaries_out: Path | None = None,
               access: Access | None = None) -> LoadResult:
    """Load ``path`` as open data (limited to ``departements`` when given) or as a workbook.

    An import writes the federation's reference data: with ``access`` (a person of the app),
    only the federation's administrators may write; anyone may preview (``dry_run``). The import then
    reads and writes through that person's guarded store (:class:`graph.guard.GuardedStore`): what it
    writes is stamped with their account and traced in the history, as any save of theirs.
    """
    if access is not None and not dry_run and access.role is not Role.ADMIN:
        raise AccessDenied("access.import_admin_only")
    contributor = "import"
    if access is not None:
        store = store if isinstance(store, GuardedStore) else GuardedStore(store, access)
        contributor = access.account or access.role.value
    if is_open_data(path):
        return load_opendata(store, [path], departements or None, dry_run=dry_run, progress=progress,
                             boundaries_out=boundaries_out)
    return load_workbook(store, path, dry_run=dry_run, progress=progress, confirmed=confirmed,
                         contributor=contributor)
