"""The built wheel: one folder in site-packages (``passerelles/``, no generic top-level package such as ``graph``,
``ui`` or ``tools``), the catalogue and the data the app reads inside it, and, installed in a fresh virtual
environment, the command ``passerelles`` that runs the app and its commands from there.

The wheel is built by pip as a person would (``pip wheel . --no-deps``, in an isolated build environment). The
fresh environment gets the wheel alone (``--no-deps``); the libraries it needs are those of the Python running
the tests, reached through a ``.pth`` file, so that nothing is downloaded and the checkout is not on its path.
"""

from __future__ import annotations

import ast
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import time
import tomllib
import urllib.request
import venv
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tools.app_server import free_port

ROOT = Path(__file__).resolve().parent.parent
GENERIC = {"graph", "ui", "tools", "queries", "ingest", "booklet", "bench", "app_pages", "tests", "data", "locales"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out, source = tmp_path_factory.mktemp("roue"), tmp_path_factory.mktemp("source") / "passerelles"
    # Built from a copy: setuptools leaves build/ beside the sources, and what a former build left there would
    # go into the wheel.
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", ".venv*", ".*cache", ".neo4j-run", "var", "build",
                                                              "*.egg-info", "__pycache__"))
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "-q", "-w", str(out)],
                           cwd=source, capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout + built.stderr
    [found] = out.glob("passerelles-*.whl")
    return found


def names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def test_the_wheel_installs_one_folder_and_no_generic_package(wheel):
    tops = {name.split("/")[0] for name in names(wheel)}
    assert tops == {"passerelles", wheel.name.split("-py3")[0] + ".dist-info"}, tops
    assert not tops & GENERIC
    with zipfile.ZipFile(wheel) as archive:
        listed = next(n for n in archive.namelist() if n.endswith(".dist-info/top_level.txt"))
        assert archive.read(listed).decode().split() == ["passerelles"]


def test_the_wheel_holds_what_the_app_reads_and_not_the_developers_tools(wheel):
    inside = set(names(wheel))
    for needed in ("passerelles/app.py", "passerelles/serveur.py", "passerelles/app_pages/accueil.py",
                   "passerelles/graph/store.py", "passerelles/ui/launch.py", "passerelles/locales/fr.toml",
                   "passerelles/locales/fr/launch.toml", "passerelles/.streamlit/config.toml",
                   "passerelles/ui/assets/passerelles.png", "passerelles/data/prenoms/prenoms.txt"):
        assert needed in inside, needed
    assert any(name.startswith("passerelles/data/demo/") for name in inside)
    assert not any(name.startswith(("passerelles/tools/", "passerelles/bench/", "passerelles/tests/"))
                   for name in inside)


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment holding the wheel alone; its ``bin`` folder."""
    home = tmp_path_factory.mktemp("venv")
    venv.create(home, with_pip=True)
    bin_ = home / "bin"
    done = subprocess.run([str(bin_ / "python"), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    asked = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site = Path(subprocess.check_output([str(bin_ / "python"), "-c", asked], text=True).strip())
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site / "bibliotheques-des-tests.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    return bin_


def clean_env(folder: Path, **more: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items()
           if not name.startswith(("PASSERELLES_", "STREAMLIT_")) and name != "PYTHONPATH"}
    return {**env, "HOME": str(folder), **more}


def test_installed_the_package_is_only_under_its_folder(installed, tmp_path):
    probe = ("import importlib.util, json\n"
             "print(json.dumps({name: importlib.util.find_spec(name) is not None for name in "
             f"{sorted(GENERIC)!r}}}))")
    found = subprocess.run([str(installed / "python"), "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                           env=clean_env(tmp_path), timeout=120)
    assert found.returncode == 0, found.stderr
    assert not any(json.loads(found.stdout).values()), found.stdout


def test_installed_a_command_of_the_app_runs_and_writes_in_the_current_folder(installed, tmp_path):
    command = [str(installed / "passerelles"), "python", "-m", "graph.accounts"]
    added = subprocess.run([*command, "ajouter", "ana", "--role", "administrateur"], cwd=tmp_path,
                           input="une phrase de passe vraiment longue et solide 42\n", capture_output=True, text=True,
                           env=clean_env(tmp_path), timeout=120)
    assert added.returncode == 0, added.stderr
    listed = subprocess.run([*command, "lister"], cwd=tmp_path, capture_output=True, text=True,
                            env=clean_env(tmp_path), timeout=120)
    assert listed.stdout.startswith("ana\tadministrateur"), listed.stdout + listed.stderr
    assert (tmp_path / "var" / "comptes.json").is_file()  # the current folder's var/, not site-packages


def test_installed_the_app_runs_its_home_page(installed, tmp_path):
    """The app script itself, run by Streamlit's AppTest in the fresh environment (the demo loaded at first run)."""
    script = ("import sys\n"
              "from passerelles.ui import launch\n"
              "sys.path.insert(0, str(launch.HOME)); launch.writable_defaults(__import__('os').environ)\n"
              "from streamlit.testing.v1 import AppTest\n"
              "app = AppTest.from_file(str(launch.HOME / 'app.py'), default_timeout=240).run()\n"
              "assert not app.exception, [e.message for e in app.exception]\n"
              "import graph; assert graph.__file__.startswith(str(launch.HOME)), graph.__file__\n"
              "print(' '.join(str(m.value) for m in app.markdown))\n")
    done = subprocess.run([str(installed / "python"), "-c", script], cwd=tmp_path, capture_output=True, text=True,
                          env=clean_env(tmp_path), timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passerelles" in done.stdout
    assert (tmp_path / "var" / "graphe").is_dir()


def test_installed_passerelles_demo_serves_the_app(installed, tmp_path):
    port = free_port()
    log = (tmp_path / "streamlit.log").open("wb")
    server = subprocess.Popen([str(installed / "passerelles"), "demo", "--server.port", str(port)], cwd=tmp_path,
                              env=clean_env(tmp_path), stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline, answer = time.monotonic() + 90, ""
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
                    answer = response.read().decode()
                    break
            except OSError:
                time.sleep(0.3)
        assert answer == "ok", (tmp_path / "streamlit.log").read_text(encoding="utf-8", errors="replace")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as response:
            assert response.status == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    said = (tmp_path / "streamlit.log").read_text(encoding="utf-8", errors="replace")
    assert "127.0.0.1" in said  # the laptop mode said, as ./passerelles demo says it


# --- what the code imports is declared ---------------------------------------------------------------------------

SHIPPED = ("app.py", "serveur.py", "graph", "queries", "ingest", "booklet", "ui", "app_pages")
DEVELOPERS = ("tools", "bench", "tests")


def third_party(paths: tuple[str, ...]) -> dict[str, set[str]]:
    """The top-level modules ``paths`` import that are neither the standard library nor the project's own,
    with the files that import them (imports inside functions included)."""
    files = [p for name in paths for p in ([ROOT / name] if name.endswith(".py") else (ROOT / name).rglob("*.py"))]
    found: dict[str, set[str]] = {}
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                tops = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                tops = [node.module.split(".")[0]]
            else:
                continue
            for top in tops:
                own = any((folder / top).exists() or (folder / f"{top}.py").exists()
                          for folder in (ROOT, ROOT / "tests", path.parent))
                if top not in sys.stdlib_module_names and not own and not top.startswith("test_"):
                    found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def declared(*extras: str) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *(r for extra in extras for r in project["optional-dependencies"][extra])]
    return {canonicalize_name(Requirement(r).name) for r in wanted}


@pytest.mark.parametrize(("paths", "extras"), [(SHIPPED, ()), (SHIPPED + DEVELOPERS, ("test",))])
def test_every_library_the_code_imports_is_declared(paths, extras):
    distributions = importlib.metadata.packages_distributions()
    allowed = declared(*extras)
    missing = {top: sorted(where)[:3] for top, where in third_party(paths).items()
               if not {canonicalize_name(d) for d in distributions.get(top, [top])} & allowed}
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"


def test_the_comparison_sees_an_undeclared_import(tmp_path, monkeypatch):
    """The check above can fail: an import of a library nobody declared is found."""
    (tmp_path / "page.py").write_text("def f():\n    import yaml\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert third_party(("page.py",)) == {"yaml": {"page.py"}}
