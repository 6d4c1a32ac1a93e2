"""The demo dataset: Val-d'Oise with fictional centres and schools, in the workbook format."""

from __future__ import annotations

from pathlib import Path

from graph.store import GraphStore
from ingest.workbook import LoadResult, load_workbook

DEMO_DIR = Path(__file__).resolve().parent.parent / "data" / "demo"
OPENDATA_DIR = Path(__file__).resolve().parent.parent / "data" / "opendata"


def load_demo(store: GraphStore) -> LoadResult:
    """Load ``data/demo`` into ``store`` (nothing is written if it is already there)."""
    return load_workbook(store, DEMO_DIR, contributor="démonstration")
