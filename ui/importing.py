"""What the import page does besides showing things: keep the uploaded files, load them
(as a trial or for real) from a temporary folder, and turn the result into tables.

The page reads the files from ``st.session_state["import_files"]``, a list of
``(file name, bytes)``: the uploader fills it through :func:`take_uploads`, and tests
set it directly (AppTest cannot drive a file uploader). The trial load is kept in
session state, keyed by a fingerprint of the files, so that it survives reruns and is
dropped as soon as the files change.

>>> rows = preview_rows(LoadResult(Report(), rows={"Centre": 2}, created={"Centre": 1}, unchanged={"Centre": 1}))
>>> rows[0]["Type de données"], rows[0]["Ajoutées"], rows[0]["Inchangées"]
('Centres', 1, 1)
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import streamlit as st

from graph.i18n import t
from graph.schema import KIND_LIST
from graph.store import GraphStore
from ingest.report import Problem, Report  # Report: used by the doctests
from graph.settings import Settings
from ingest.auto import load_files
from ingest.workbook import LoadResult, Progress
from ui.session import access
from ui.uploads import accepted

FILES_KEY = "import_files"
UPLOADER_KEY = "import_upload"
PREVIEW_KEY = "import_preview"
DONE_KEY = "import_done"
CONFIRMED_KEY = "import_confirmed"
DEPARTEMENTS_KEY = "import_departements"
REFUSED_KEY = "import_refused"


def confirm(name: str, uai: str) -> None:
    """Record that the person confirmed the school proposed for ``name`` (a checkbox callback)."""
    st.session_state[CONFIRMED_KEY] = {**confirmed(), name: uai}


def forget_confirmations() -> None:
    st.session_state[CONFIRMED_KEY] = {}

Upload = tuple[str, bytes]


def take_uploads() -> None:
    """Uploader callback: copy the uploaded files into ``import_files`` (or forget them when removed);
    a file beyond its kind's size (:mod:`ui.uploads`) is refused before it is read, with a message."""
    kept, refused = accepted(st.session_state.get(UPLOADER_KEY) or [])
    st.session_state.pop(DONE_KEY, None)
    st.session_state[REFUSED_KEY] = refused
    if kept:
        st.session_state[FILES_KEY] = [(file.name, file.getvalue()) for file in kept]
    else:
        st.session_state.pop(FILES_KEY, None)


def refused_uploads() -> list[str]:
    """The French messages of the files the last upload refused."""
    return list(st.session_state.get(REFUSED_KEY, []))


def fingerprint(files: Sequence[Upload]) -> str:
    """A digest of the names and contents of ``files``: equal when, and only when, the upload is the same.

    >>> fingerprint([("a.csv", b"x")]) == fingerprint([("a.csv", b"x")]) != fingerprint([("b.csv", b"x")])
    True
    """
    digest = hashlib.sha256()
    for name, data in files:
        digest.update(hashlib.sha256(name.encode("utf-8")).digest())
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def save_uploads(files: Sequence[Upload], folder: Path) -> Path:
    """Write ``files`` into ``folder`` under their own names and return what to load.

    CSV file names are sheet names, so names are kept (only their last part, for
    safety); a name given twice gets « (2) », which the report then shows as an
    unknown sheet rather than silently losing a file. One file is loaded as itself,
    several as the folder.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = save_uploads([("../ecoles.csv", b"uai"), ("ecoles.csv", b"uai")], Path(tmp))
    ...     sorted(p.name for p in path.iterdir())
    ['ecoles (2).csv', 'ecoles.csv']
    """
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, data in files:
        target = folder / (Path(name).name or "fichier")
        count = 1
        while target in written:
            count += 1
            target = folder / f"{Path(name).stem} ({count}){Path(name).suffix}"
        target.write_bytes(data)
        written.append(target)
    return written[0] if len(written) == 1 else folder


def load_uploads(store: GraphStore, files: Sequence[Upload], *, dry_run: bool,
                 progress: Progress | None = None) -> LoadResult:
    """Save ``files`` into a fresh temporary folder and load them (workbook or open data).

    The school proposals the person confirmed, and the départements chosen for open
    data, are taken from the session.
    """
    with tempfile.TemporaryDirectory(prefix="passerelles-import-") as tmp:
        path = save_uploads(files, Path(tmp) / t("page.importer.folder"))
        return load_files(store, path, dry_run=dry_run, progress=progress, confirmed=confirmed(),
                          departements=departements(), boundaries_out=Settings.load().boundaries, access=access())


def confirmed() -> dict[str, str]:
    """The school proposals ticked on the page: name as typed → UAI."""
    return dict(st.session_state.get(CONFIRMED_KEY, {}))


def departements() -> list[str]:
    """The départements typed on the page for open data (empty: everything in the files)."""
    text = st.session_state.get(DEPARTEMENTS_KEY, "") or ""
    return [part for part in text.replace(",", " ").split() if part]


def preview(store: GraphStore, files: Sequence[Upload]) -> LoadResult:
    """The trial load of ``files``, computed once per upload and choice, and kept in session state."""
    key = fingerprint(files) + repr(sorted(confirmed().items())) + repr(departements())
    kept = st.session_state.get(PREVIEW_KEY)
    if kept is None or kept["fingerprint"] != key:
        kept = {"fingerprint": key, "result": load_uploads(store, files, dry_run=True)}
        st.session_state[PREVIEW_KEY] = kept
    return kept["result"]


def remember_load(files: Sequence[Upload], result: LoadResult) -> None:
    """After the real load of ``files``: drop the trial (the graph has changed) and keep what to tell.

    A load that found blocking problems (the graph changed since the trial) becomes the
    preview, so that the page shows why nothing was written.
    """
    key = fingerprint(files)
    st.session_state.pop(PREVIEW_KEY, None)
    if result.report.has_blocking:
        st.session_state[PREVIEW_KEY] = {"fingerprint": key, "result": result}
    else:
        lines = [line[:1].upper() + line[1:] for line in result.summary()]
        st.session_state[DONE_KEY] = {"fingerprint": key, "summary": lines}


def written_summary(files: Sequence[Upload]) -> list[str] | None:
    """The summary lines of the load of ``files`` just written, or ``None`` when they were not."""
    done = st.session_state.get(DONE_KEY)
    return done["summary"] if done and done["fingerprint"] == fingerprint(files) else None


def has_changes(result: LoadResult) -> bool:
    """Whether loading would add or update anything."""
    return any(result.created.values()) or any(result.updated.values())


def preview_rows(result: LoadResult) -> list[dict[str, Any]]:
    """One row per kind found in the files: rows read and, when nothing blocks, what would change."""
    rows = []
    for kind in KIND_LIST:
        if kind.label not in result.rows:
            continue
        row: dict[str, Any] = {t("page.importer.column.kind"): kind.plural[:1].upper() + kind.plural[1:],
                               t("page.importer.column.rows"): result.rows[kind.label]}
        if not result.report.has_blocking:
            row[t("page.importer.column.created")] = result.created.get(kind.label, 0)
            row[t("page.importer.column.updated")] = result.updated.get(kind.label, 0)
            row[t("page.importer.column.unchanged")] = result.unchanged.get(kind.label, 0)
        rows.append(row)
    return rows


def problem_rows(problems: Sequence[Problem]) -> list[dict[str, str]]:
    """The problems as table rows: where, which value, and what is wrong and what to do.

    >>> report = Report()
    >>> report.add("bloquant", "ecoles.csv", None, 3, "uai", "123", "Pas un UAI.")
    >>> problem_rows(report.problems)[0]["Où"]
    'ecoles.csv, ligne 3, colonne « uai »'
    """
    return [{t("page.importer.column.where"): problem.where(), t("page.importer.column.value"): problem.value,
             t("page.importer.column.message"): problem.message} for problem in problems]
