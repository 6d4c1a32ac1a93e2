"""What a command loads: ``graph`` and the accounts' command load none of the heavy libraries of the app, and
the registry of named queries loads scikit-learn and SciPy only when an index is built.

Each check runs in a child process and reads its ``sys.modules``: a structural fact, never a timing (issue 17:
``python3 -m graph.accounts lister`` used to load scikit-learn, SciPy and pandas, 1.8 s of CPU and 290 MB).
"""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import graph
from graph.access import Role
from graph.accounts import AccountBook

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("sklearn", "scipy", "pandas", "pyvis", "streamlit", "matplotlib")
# The neo4j driver loads pandas and numpy itself, when they are installed (for ``Result.to_df``).
DRIVER = "graph.backends.neo4j"


def loaded_by(code: str, env: dict[str, str] | None = None) -> set[str]:
    """The top-level packages loaded in a fresh interpreter once ``code`` has run."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted({{name.split('.')[0] for name in sys.modules}})))"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


@pytest.fixture
def accounts_file(tmp_path):
    path = tmp_path / "comptes.json"
    AccountBook(path).add("tilleuls", Role.CONTRIBUTOR, ["CS95-001"], "une phrase de passe assez longue")
    return path


def test_the_accounts_command_lists_without_the_heavy_libraries(accounts_file):
    env = {"PASSERELLES_COMPTES": str(accounts_file)}
    listed = subprocess.run([sys.executable, "-m", "graph.accounts", "lister"], cwd=ROOT, capture_output=True,
                            text=True, timeout=300, env={**os.environ, **env})
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith("tilleuls\t")
    # The same command run as ``-m`` runs it, then its interpreter's modules read.
    run = ("import runpy, sys\nsys.argv = ['graph.accounts', 'lister']\n"
           "try:\n    runpy.run_module('graph.accounts', run_name='__main__', alter_sys=True)\n"
           "except SystemExit as end:\n    assert not end.code, end.code")
    loaded = loaded_by(run, env)
    assert "graph" in loaded
    assert not loaded & {*HEAVY, "numpy", "networkx", "queries", "ingest", "ui"}, sorted(loaded)


def test_graph_as_a_whole_loads_none_of_the_heavy_libraries():
    modules = [m.name for m in pkgutil.walk_packages(graph.__path__, "graph.") if m.name != DRIVER]
    assert "graph.guard" in modules and "graph.backends.embedded" in modules
    loaded = loaded_by("import importlib\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules))
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_the_neo4j_backend_adds_nothing_heavy_to_its_driver():
    driver_alone = loaded_by("import neo4j")
    backend = loaded_by(f"import {DRIVER}")
    assert not (backend - driver_alone) & set(HEAVY), sorted((backend - driver_alone) & set(HEAVY))


@pytest.mark.parametrize("module", ["queries", "ingest.__main__", "graph.guard", "queries.contributions"])
def test_commands_and_the_query_registry_leave_scikit_learn_for_the_index(module):
    loaded = loaded_by(f"import {module}")
    assert not loaded & {"sklearn", "scipy", "pandas", "pyvis", "streamlit"}, sorted(loaded)


def test_the_probe_sees_scikit_learn_once_an_index_is_built():
    """The check above can fail: building a text index does load scikit-learn and SciPy."""
    loaded = loaded_by("from queries.recommend_text import TextIndex\nTextIndex(['Café des parents'])")
    assert {"sklearn", "scipy"} <= loaded
