"""Where the graph's open data comes from: one ``Source`` node (« jeu de données ») per file loaded.

Every file of open data that a load reads — downloaded by ``python -m ingest territoire``,
read from a folder given with ``--dossier``, or dropped on the import page — is recorded by
the same all-or-nothing load as its rows (:func:`ingest.opendata.load_opendata` adds a
sheet of ``Source`` rows to :func:`ingest.workbook.load_sheets`): nothing blocks, both are
written; something blocks, neither is.

A ``Source`` node holds the file's name (its key), what it contains, the address it was
downloaded from (none for a local file), the date of this version of the file, the rows
read and the SHA-256 of its content. The date is the download's for a downloaded file, the
file's own date (last modified) for a local one; and a file whose content is already in the
graph keeps the date it had there, so that loading the same file again writes nothing.

>>> import tempfile
>>> from pathlib import Path
>>> from graph.backends.embedded import EmbeddedStore
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "communes.csv").write_text("code_insee;nom_standard;dep_code\\n95018;Argenteuil;95\\n")
>>> store = EmbeddedStore(folder / "graphe")
>>> found = {folder / "communes.csv": ("communes", 1)}
>>> sheet = source_sheet(store, [folder / "communes.csv"], found, {})
>>> row = sheet.rows[0].values
>>> row["fichier"], row["jeu"], row["lignes"], row["url"]
('communes.csv', 'Communes', 1, None)
>>> store.close()
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from graph.i18n import t
from graph.schema import KINDS
from graph.store import GraphStore
from ingest.reader import Table
from ingest.workbook import Row, Sheet

SOURCE = KINDS["Source"]


@dataclass(frozen=True)
class Origin:
    """Where a file was downloaded from, as :mod:`ingest.fetch` knows it."""

    dataset: str  # what it contains, in French: « Annuaire de l’éducation (95) »
    url: str  # the address it was downloaded from
    date: str  # when this version of the file was downloaded (ISO, UTC)
    fingerprint: str = ""  # SHA-256 of its content, when already known
    notes: tuple[str, ...] = ()  # what the person should know (a copy used for want of network…), in French


def fingerprint(path: Path) -> str:
    """The SHA-256 of the file at ``path``, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def file_date(path: Path) -> str:
    """The date a local file was last modified (ISO, UTC)."""
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).isoformat(timespec="seconds")


def source_sheet(store: GraphStore, files: Sequence[Path], found: Mapping[Path, tuple[str, int]],
                 origins: Mapping[Path, Origin]) -> Sheet:
    """The ``Source`` rows of a load: one per file of ``files`` in ``found``, which gives the open dataset
    it was recognised as (``etablissements``, ``communes``, ``qpv``, ``contours``) and the rows read.

    ``origins`` says where downloaded files come from; other files are local. Two files of one
    load with the same name are told apart by their folder (``reel-35/fr-en-annuaire-education.csv``).
    """
    names = [path.name for path in files]
    table = Table(t("source.file"), None, SOURCE.sheet, [], 0)
    sheet = Sheet(SOURCE, table, {})
    for number, path in enumerate(files, start=1):
        if path not in found:
            continue
        dataset, rows = found[path]
        key = f"{path.parent.name}/{path.name}" if names.count(path.name) > 1 else path.name
        origin = origins.get(path)
        content = (origin.fingerprint if origin else "") or fingerprint(path)
        before = store.get(SOURCE.label, key)
        if before is not None and before.get("empreinte") == content:
            date = str(before["date"])  # the same version as in the graph: its date stays
        else:
            date = origin.date if origin else file_date(path)
        sheet.rows.append(Row(number, {
            "fichier": key, "jeu": origin.dataset if origin else t(f"source.kind.{dataset}"),
            "url": origin.url if origin else None, "date": date, "lignes": rows,
            "empreinte": content,
        }))
    return sheet
