"""The docs are tested: the README's commands are the ones CI runs, the schema doc is current."""

from __future__ import annotations

import re
from pathlib import Path

from graph.schema_doc import markdown

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_screen = text.split("\n---\n", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", first_screen, flags=re.S)


def test_the_readme_first_screen_gives_two_commands_of_the_launcher():
    run_app, run_tests = readme_commands()
    assert (run_app, run_tests) == ("./passerelles demo", "./passerelles tests")
    launcher = (ROOT / "passerelles").read_text(encoding="utf-8")
    assert "demo) ensure_app && serve" in launcher
    assert 'run -m streamlit run serveur.py --server.address "$address"' in launcher  # graph.exposure's address
    assert "tests) ensure_tests && run -m pytest" in launcher


def test_the_readme_names_the_system_packages_of_each_debian():
    first_screen = (ROOT / "README.md").read_text(encoding="utf-8").split("\n---\n", 1)[0]
    for package in ("python3-venv", "openjdk-17-jre-headless", "openjdk-21-jre-headless", "maven", "chromium"):
        assert package in first_screen


def test_ci_runs_the_readme_test_command_exactly():
    _, run_tests = readme_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert run_tests in ci


def test_the_schema_doc_is_generated_from_the_schema():
    assert (ROOT / "docs" / "schema.md").read_text(encoding="utf-8") == markdown(), (
        "docs/schema.md is stale: python -m graph.schema_doc > docs/schema.md"
    )


def test_every_setting_is_in_the_readme_table_and_the_example_file():
    from graph.settings import SETTINGS

    readme, example = (ROOT / "README.md").read_text(encoding="utf-8"), (ROOT / ".env.example").read_text(encoding="utf-8")
    assert [s.name for s in SETTINGS if f"| `{s.name}` |" not in readme] == []
    assert [s.name for s in SETTINGS if f"{s.name}=" not in example] == []


def test_no_machine_path_in_tracked_text():
    import subprocess

    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    pattern = re.compile("/" + "work/|/" + "root/|/" + "tmp/")
    offenders = [name for name in files if (ROOT / name).is_file() and (ROOT / name).suffix in {".py", ".md", ".toml", ""}
                 and pattern.search((ROOT / name).read_text(encoding="utf-8", errors="ignore"))]
    assert offenders == []
