"""The *livret de capitalisation* and the one-page handout of a meeting, generated from the graph.

:mod:`booklet.compose` says what the documents say (through named queries only, in French typography,
:mod:`booklet.typography`), as blocks (:mod:`booklet.model`); :mod:`booklet.to_docx`, :mod:`booklet.to_pdf`
and :mod:`booklet.to_html` render the same blocks as DOCX (to edit), PDF (to print) and a standalone HTML page.

    from booklet import booklet_files
    files = booklet_files(store)          # {"docx": b"...", "pdf": b"...", "html": b"..."}
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from booklet.compose import BookletOptions, compose_booklet, compose_handout
from booklet.model import Document
from booklet.to_docx import render_docx
from booklet.to_html import render_html
from booklet.to_pdf import render_pdf
from graph.store import GraphStore

RENDERERS: dict[str, Callable[[Document], bytes]] = {"docx": render_docx, "pdf": render_pdf, "html": render_html}
MIME = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "pdf": "application/pdf",
        "html": "text/html"}


def booklet_files(store: GraphStore, options: BookletOptions | None = None, today: dt.date | None = None,
                  formats: tuple[str, ...] = ("docx", "pdf", "html")) -> dict[str, bytes]:
    """The booklet in each of ``formats``, composed once."""
    document = compose_booklet(store, options, today)
    return {fmt: RENDERERS[fmt](document) for fmt in formats}


def handout_files(store: GraphStore, rencontre: str, today: dt.date | None = None,
                  formats: tuple[str, ...] = ("docx", "pdf", "html")) -> dict[str, bytes]:
    """The handout of meeting ``rencontre`` in each of ``formats`` (empty when there is no such meeting)."""
    document = compose_handout(store, rencontre, today)
    return {fmt: RENDERERS[fmt](document) for fmt in formats} if document else {}


__all__ = ["MIME", "RENDERERS", "BookletOptions", "booklet_files", "compose_booklet", "compose_handout",
           "handout_files", "render_docx", "render_html", "render_pdf"]
