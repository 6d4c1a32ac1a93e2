"""The launcher (``./passerelles``) and its lock files.

The lock files are checked against ``pyproject.toml``; the launcher itself is run for real in a
scratch folder, with a virtual environment made by the Python running the tests and a small
wheel built here, served to pip from a local folder (no network).
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
SUPPORTED_PYTHONS = ("3.11", "3.12", "3.13")


def pins(lock: Path) -> dict[str, list[tuple[str, str, int]]]:
    """Each package of a lock file: its (version, marker, number of hashes) lines."""
    found: dict[str, list[tuple[str, str, int]]] = {}
    current = None
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            requirement = Requirement(line.removesuffix("\\").strip())
            version = str(requirement.specifier).removeprefix("==")
            current = [version, str(requirement.marker or ""), 0]
            found.setdefault(canonicalize_name(requirement.name), []).append(current)
        elif line.strip().startswith("--hash=sha256:"):
            current[2] += 1
    return {name: [tuple(entry) for entry in entries] for name, entries in found.items()}


def applies(marker: str, python: str) -> bool:
    if not marker:
        return True
    from packaging.markers import Marker

    return Marker(marker).evaluate({"python_version": python, "python_full_version": f"{python}.0",
                                    "sys_platform": "linux", "platform_system": "Linux"})


@pytest.mark.parametrize(("lock", "extras"), [("requirements.lock", ()), ("requirements-tests.lock", ("test",))])
def test_each_lock_pins_what_pyproject_asks_within_its_bounds(lock, extras):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [Requirement(text) for text in project["dependencies"]]
    wanted += [Requirement(text) for extra in extras for text in project["optional-dependencies"][extra]]
    locked = pins(ROOT / lock)
    problems = []
    for requirement in wanted:
        for python in SUPPORTED_PYTHONS:
            versions = [v for v, marker, _ in locked.get(canonicalize_name(requirement.name), []) if applies(marker, python)]
            if len(versions) != 1 or versions[0] not in requirement.specifier:
                problems.append(f"{requirement} pour Python {python} : {versions}")
    assert problems == [], f"{lock} ne suit plus pyproject.toml : refaites-le avec ./passerelles verrou"


def test_every_pin_is_exact_and_hashed():
    for lock in ("requirements.lock", "requirements-tests.lock"):
        unhashed = [(name, version) for name, entries in pins(ROOT / lock).items() for version, _, hashes in entries
                    if hashes == 0 or not version[:1].isdigit()]
        assert unhashed == [], lock


def test_the_tests_lock_holds_every_app_pin_at_the_same_version():
    # The launcher takes an installed tests environment as an installed app environment.
    app, tests = pins(ROOT / "requirements.lock"), pins(ROOT / "requirements-tests.lock")
    assert {name: entries for name, entries in app.items() if tests.get(name) != entries} == {}
    assert set(tests) - set(app) >= {"pytest", "playwright"}


# The launcher, run for real


def wheel(folder: Path, name: str, version: str) -> tuple[Path, str]:
    """A minimal pure-Python wheel whose module tells its version, and its SHA-256."""
    path = folder / f"{name}-{version}-py3-none-any.whl"
    info = f"{name}-{version}.dist-info"
    files = {
        f"{name}/__init__.py": f'VERSION = "{version}"\n',
        f"{info}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = []
    for member, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
        record.append(f"{member},sha256={digest},{len(text.encode())}")
    files[f"{info}/RECORD"] = "\n".join([*record, f"{info}/RECORD,,"]) + "\n"
    with zipfile.ZipFile(path, "w") as archive:
        for member, text in files.items():
            archive.writestr(member, text)
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def project(tmp_path):
    """A scratch project holding the launcher, a lock file of one local wheel, and a PATH whose
    python3 is the Python running the tests."""
    folder = tmp_path / "projet"
    folder.mkdir()
    shutil.copy2(ROOT / "passerelles", folder / "passerelles")
    wheels, bin_ = tmp_path / "wheels", tmp_path / "bin"
    wheels.mkdir()
    bin_.mkdir()
    (bin_ / "python3").symlink_to(sys.executable)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PIP_", "VIRTUAL_ENV", "PYTHON"))}
    env.update(PATH=f"{bin_}{os.pathsep}{env['PATH']}", PIP_NO_INDEX="1", PIP_FIND_LINKS=str(wheels))

    def lock(version: str) -> None:
        _, digest = wheel(wheels, "minipaquet", version)
        (folder / "requirements.lock").write_text(f"minipaquet=={version} \\\n    --hash=sha256:{digest}\n")

    def launch(*args: str, **changes: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(folder / "passerelles"), *args], cwd=tmp_path, env={**env, **changes},
                              capture_output=True, text=True, timeout=300)

    return folder, lock, launch


SHOW_VERSION = ("python", "-c", "import sys, minipaquet; print(minipaquet.VERSION, sys.prefix)")


def test_the_launcher_installs_the_lock_once_then_again_only_when_it_changes(project):
    folder, lock, launch = project
    lock("1.0")
    first = launch(*SHOW_VERSION)
    assert first.returncode == 0, first.stderr
    assert "Installation des versions de requirements.lock" in first.stderr
    assert first.stdout.split() == ["1.0", str(folder / ".venv")]

    # Nothing to install: pip is not even asked (an index that would fail proves it).
    again = launch(*SHOW_VERSION, PIP_FIND_LINKS=str(folder / "absent"))
    assert again.returncode == 0, again.stderr
    assert "Installation" not in again.stderr and "rien à installer" in again.stderr
    assert again.stdout.split()[0] == "1.0"

    lock("1.1")
    changed = launch(*SHOW_VERSION)
    assert changed.returncode == 0, changed.stderr
    assert "Installation des versions de requirements.lock" in changed.stderr
    assert changed.stdout.split()[0] == "1.1"


def test_a_failed_install_is_not_taken_as_done(project):
    folder, lock, launch = project
    lock("1.0")
    (folder / "requirements.lock").write_text("minipaquet==1.0 \\\n    --hash=sha256:" + "0" * 64 + "\n")
    failed = launch(*SHOW_VERSION)
    assert failed.returncode != 0
    assert "L’installation a échoué" in failed.stderr and "relancez la même commande" in failed.stderr
    lock("1.0")
    assert launch(*SHOW_VERSION).stdout.split()[0] == "1.0"


def test_a_broken_environment_is_made_anew(project):
    folder, lock, launch = project
    lock("1.0")
    assert launch(*SHOW_VERSION).returncode == 0
    # As after an interrupted creation: the environment has no pip.
    shutil.rmtree(next((folder / ".venv" / "lib").glob("python3.*/site-packages/pip")))
    repaired = launch(*SHOW_VERSION)
    assert repaired.returncode == 0, repaired.stderr
    assert "inutilisable" in repaired.stderr and "Installation" in repaired.stderr
    assert repaired.stdout.split()[0] == "1.0"


def test_without_ensurepip_the_launcher_names_the_debian_package(project, tmp_path):
    # Debian's python3 without python3.X-venv: the module ensurepip is not there.
    folder, lock, launch = project
    lock("1.0")
    (tmp_path / "sans-venv").mkdir()
    (tmp_path / "sans-venv" / "ensurepip.py").write_text("raise ImportError('ensurepip est dans python3-venv')\n")
    result = launch(*SHOW_VERSION, PYTHONPATH=str(tmp_path / "sans-venv"))
    version = "%d.%d" % sys.version_info[:2]
    assert result.returncode != 0
    assert f"sudo apt install python{version}-venv" in result.stderr
    assert not (folder / ".venv").exists()


def test_an_unsupported_python_is_refused_by_name(project, tmp_path):
    folder, lock, launch = project
    lock("1.0")
    old = tmp_path / "ancien"
    old.mkdir()
    (old / "python3").write_text("#!/bin/sh\necho 3.10\n")
    (old / "python3").chmod(0o755)
    result = launch(*SHOW_VERSION, PATH=f"{old}{os.pathsep}{os.environ['PATH']}")
    assert result.returncode != 0
    assert "Python 3.11, 3.12 ou 3.13" in result.stderr and "version 3.10" in result.stderr
    assert not (folder / ".venv").exists()


def test_an_unknown_verb_shows_the_usage():
    result = subprocess.run([str(ROOT / "passerelles"), "lancer"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "./passerelles demo" in result.stderr and "./passerelles tests" in result.stderr


# `python -m graph.exposure`'s part, as the launcher sees it (the module itself: tests/test_exposure.py): the
# address on stdout, or code 2 and a French message.
EXPOSURE_STUB = """import os, sys
if os.environ.get("PASSERELLES_RESEAU") == "oui" and not os.environ.get("STUB_COMPTES"):
    sys.exit(print("refuse de s’ouvrir au réseau sans aucun compte", file=sys.stderr) or 2)
print("mode dit au terminal", file=sys.stderr)
print("0.0.0.0" if os.environ.get("PASSERELLES_RESEAU") == "oui" else "127.0.0.1")
"""
STREAMLIT_STUB = "import os, sys\nprint(*sys.argv[1:], oct(os.umask(0)))\n"


def test_demo_listens_where_graph_exposure_says_and_opens_to_the_network_with_accounts_only(project):
    folder, lock, launch = project
    lock("1.0")
    for package, text in (("graph", EXPOSURE_STUB), ("streamlit", STREAMLIT_STUB)):
        (folder / package).mkdir()
        (folder / package / "__init__.py").write_text("")
        (folder / package / ("exposure.py" if package == "graph" else "__main__.py")).write_text(text)
    laptop = launch("demo", "--server.port", "8502")
    assert laptop.returncode == 0, laptop.stderr
    assert laptop.stdout.split() == ["run", "serveur.py", "--server.address", "127.0.0.1", "--server.port", "8502", "0o77"]
    assert "mode dit au terminal" in laptop.stderr
    refused = launch("demo", "--ouvert")
    assert refused.returncode != 0 and refused.stdout == "" and "sans aucun compte" in refused.stderr
    opened = launch("demo", "--ouvert", STUB_COMPTES="1")
    assert opened.returncode == 0 and opened.stdout.split()[:4] == ["run", "serveur.py", "--server.address", "0.0.0.0"]
