"""Uploaded files, bounded by kind before anything reads them.

Streamlit's ``server.maxUploadSize`` (``.streamlit/config.toml``) is one number for every
uploader; the server refuses a larger request while it streams in. It is set to the largest
kind allowed here, and each uploader is bounded to its own kinds twice: in the browser (the
widget's ``max_upload_size``, which a forged request can skip) and here, on the server, where
the size Streamlit already knows is checked before the bytes are copied, and a refused file is
dropped from the session's memory at once (it would otherwise stay there until the person leaves).

=====================  ==========  =====================================================
kind                   limit       why
=====================  ==========  =====================================================
presentation (JSON)    20 Mo       200 scenes of a département (1,500 nodes each) stay far below
workbook (XLSX)        50 Mo       a federation's workbook is a few megabytes; decompression is
                                   bounded again while it is read (``ingest.reader``)
CSV, GeoJSON           200 Mo      national open data (the schools' directory, the communes'
                                   outlines), as ``ingest.reader.MAX_FILE_BYTES`` reads them
=====================  ==========  =====================================================

>>> limit_mb("reunion.json"), limit_mb("classeur.XLSX"), limit_mb("ecoles.csv"), limit_mb("x.exe")
(20, 50, 200, 0)
>>> widget_limit_mb(["xlsx", "csv", "geojson"])
200
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import PurePath
from typing import Protocol

from graph.i18n import t

MB = 1024 * 1024
LIMITS_MB: dict[str, int] = {"json": 20, "xlsx": 50, "csv": 200, "geojson": 200}
LARGEST_MB = max(LIMITS_MB.values())  # = server.maxUploadSize in .streamlit/config.toml (a test says so)


class Upload(Protocol):
    """What an uploaded file tells before it is read (Streamlit's ``UploadedFile``)."""

    name: str
    size: int
    file_id: str


def kind(name: str) -> str:
    return PurePath(name).suffix.lower().lstrip(".")


def limit_mb(name: str) -> int:
    """The largest size allowed for a file called ``name``, in megabytes (0: a kind not accepted)."""
    return LIMITS_MB.get(kind(name), 0)


def widget_limit_mb(kinds: Iterable[str]) -> int:
    """The browser-side bound of an uploader accepting ``kinds``: the largest of theirs."""
    return max(LIMITS_MB[k] for k in kinds)


def refusal(upload: Upload) -> str | None:
    """The French message refusing ``upload`` (its size or its kind), ``None`` when it is accepted."""
    limit = limit_mb(upload.name)
    if not limit:
        return t("uploads.kind", file=upload.name, kinds=", ".join(f".{k}" for k in LIMITS_MB))
    if upload.size > limit * MB:
        return t("uploads.too_big", file=upload.name, size=_megabytes(upload.size), limit=limit)
    return None


def accepted(uploads: Sequence[Upload]) -> tuple[list[Upload], list[str]]:
    """The uploads within their bounds, and a message for each one refused (dropped from memory)."""
    kept, refused = [], []
    for upload in uploads:
        message = refusal(upload)
        if message is None:
            kept.append(upload)
        else:
            refused.append(message)
            release(upload)
    return kept, refused


def release(upload: Upload) -> None:
    """Drop ``upload``'s bytes from the session's upload memory (kept there until the session ends
    otherwise): after a refusal, or once the file is saved elsewhere."""
    try:
        from streamlit.runtime.scriptrunner import get_script_run_ctx
    except ImportError:  # pragma: no cover - Streamlit is a dependency of the app
        return
    ctx = get_script_run_ctx()
    if ctx is not None and getattr(ctx, "uploaded_file_mgr", None) is not None:
        ctx.uploaded_file_mgr.remove_file(ctx.session_id, upload.file_id)


def _megabytes(size: int) -> str:
    return f"{size / MB:.1f}".replace(".", ",")
