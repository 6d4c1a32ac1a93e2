"""The floors of the house hold: ``lint-imports`` checks the contracts of ``pyproject.toml`` (``graph`` imports
nothing of the others, pages never import a backend, each floor imports only those below it), and the two
scripts at the root (``app.py``, ``serveur.py``), which import-linter cannot read as packages, are read here.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
SCRIPTS = ("app.py", "serveur.py")
PAGES_NEVER = ("graph.backends", "tools", "bench")


def lint_imports() -> str:
    """The ``lint-imports`` of the Python running the tests (a test dependency: ``pip install -e .[test]``)."""
    beside = Path(sys.executable).with_name("lint-imports")
    found = str(beside) if beside.exists() else shutil.which("lint-imports")
    assert found, "lint-imports est introuvable : installez les dépendances de test (requirements-tests.lock)"
    return found


def test_the_import_contracts_hold():
    done = subprocess.run([lint_imports(), "--no-cache", "--no-logo"], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Contracts: {len(CONFIG['contracts'])} kept, 0 broken." in done.stdout, done.stdout


def test_every_package_of_the_project_is_under_contract():
    """A new top-level package is named in the contracts, or import-linter would not read it."""
    packages = {folder.name for folder in ROOT.iterdir()
                if folder.is_dir() and folder.name != "tests" and any(folder.glob("*.py"))}
    assert packages == set(CONFIG["root_packages"])
    graph_alone = next(c for c in CONFIG["contracts"] if c["source_modules"] == ["graph"])
    assert set(graph_alone["forbidden_modules"]) == packages - {"graph"}


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def test_the_root_scripts_never_import_a_backend_a_tool_or_a_benchmark():
    for script in SCRIPTS:
        names = imported(ROOT / script)
        assert names, script
        wrong = {name for name in names for floor in PAGES_NEVER if name == floor or name.startswith(floor + ".")}
        assert not wrong, f"{script} imports {sorted(wrong)}"


def test_the_reading_of_imports_sees_function_level_ones(tmp_path):
    """The check above can fail: an import inside a function is seen."""
    script = tmp_path / "page.py"
    script.write_text("def f():\n    from graph.backends.neo4j import Neo4jStore\n", encoding="utf-8")
    assert "graph.backends.neo4j" in imported(script)


def test_nothing_imports_the_root_scripts():
    for path in ROOT.rglob("*.py"):
        if path.name in SCRIPTS or any(part.startswith(".") for part in path.relative_to(ROOT).parts):
            continue  # .venv and the like
        assert not {name.split(".")[0] for name in imported(path)} & {"app", "serveur"}, path
