"""The national dataset generator (``python -m tools.national``), at a small scale: what it writes loads
whole into the graph, holds plausible counts, and is the same byte for byte from one run to the next."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

from graph.backends.embedded import EmbeddedStore
from graph.schema import KIND_LIST, NODE_KINDS
from ingest.workbook import load_workbook
from tools.national.generate import generate

ROOT = Path(__file__).resolve().parent.parent
SCALE = 0.01


def test_a_small_national_dataset_loads_without_a_blocking_problem(tmp_path):
    out = tmp_path / "national"
    world = generate(out, SCALE)
    store = EmbeddedStore(tmp_path / "g")
    try:
        result = load_workbook(store, out)
        assert not result.report.has_blocking, "\n".join(result.report.lines()[:20])
        assert result.written
        counts = store.counts()
    finally:
        store.close()
    assert counts == {kind.label: world.counts.get(kind.sheet, 0) for kind in NODE_KINDS}  # no Source: a workbook
    # Real territories of the départements drawn (the Val-d'Oise first), fictional rest at 1 % of France.
    assert counts["Departement"] >= 3 and counts["Commune"] >= 184 and counts["Qpv"] >= 41
    assert 500 <= counts["Ecole"] <= 700 and 8 <= counts["Reseau"] <= 14
    assert 30 <= counts["Centre"] <= 50
    assert counts["Partenariat"] == 200 and counts["Pratique"] == 300 and counts["Situation"] == 30
    assert counts["Rencontre"] >= 3 and counts["Question"] >= 10 and counts["Outil"] >= 7


def test_the_national_dataset_is_generated_deterministically(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    generate(first, SCALE, check=False)
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-m", "tools.national", "--out", str(second), "--scale", str(SCALE), "--no-check"],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    names = sorted(p.name for p in first.glob("*.csv"))
    assert names == sorted(f"{kind.sheet}.csv" for kind in KIND_LIST)
    _, mismatch, errors = filecmp.cmpfiles(first, second, names, shallow=False)
    assert (mismatch, errors) == ([], [])
