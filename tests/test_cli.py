"""The ingest command line, run as a person would, on the embedded store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook as open_xlsx

from test_workbook import SHEETS, with_rows, write_csv_folder

ROOT = Path(__file__).resolve().parent.parent


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PASSERELLES_STORE": "embedded", "PASSERELLES_DATA_DIR": str(tmp_path / "graphe")}
    return subprocess.run([sys.executable, "-m", "ingest", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)


def test_load_a_folder_then_again(tmp_path):
    folder = write_csv_folder(tmp_path / "classeur")
    first = run(tmp_path, "charger", str(folder))
    assert first.returncode == 0, first.stderr
    assert "Magasin embarqué" in first.stdout and "Import terminé" in first.stdout
    assert "partenariats — lignes : 2 ; ajoutées : 2" in first.stdout
    second = run(tmp_path, "charger", str(folder))
    assert "Rien à enregistrer" in second.stdout


def test_blocking_problems_are_listed_and_saved_and_nothing_is_written(tmp_path):
    bad = with_rows("partenariats", ["PA-3", "CS95-099", "0959001T", "Convention", "", "", "", "", ""])
    report = tmp_path / "rapport.csv"
    result = run(tmp_path, "charger", str(write_csv_folder(tmp_path / "classeur", bad)), "--rapport", str(report))
    assert result.returncode == 2
    assert "partenariats.csv, ligne 4, colonne « id_centre »" in result.stdout
    assert "rien n’a été enregistré" in result.stdout
    assert "CS95-099" in report.read_bytes().decode("utf-8-sig")
    assert "Rien à enregistrer" not in result.stdout
    trial = run(tmp_path, "charger", str(write_csv_folder(tmp_path / "bon", SHEETS)), "--essai")
    assert trial.returncode == 0 and "Essai : aucune erreur bloquante" in trial.stdout
    assert "partenariats — lignes : 2 ; ajoutées : 2" in trial.stdout
    real = run(tmp_path, "charger", str(tmp_path / "bon"))  # the trial wrote nothing: all is still to add
    assert "partenariats — lignes : 2 ; ajoutées : 2" in real.stdout and "Import terminé" in real.stdout


def test_the_template_command_writes_a_workbook_with_a_readme(tmp_path):
    result = run(tmp_path, "modele", str(tmp_path / "modele.xlsx"))
    assert result.returncode == 0
    book = open_xlsx(tmp_path / "modele.xlsx", read_only=True)
    assert book.sheetnames[0] == "Lisez-moi" and "partenariats" in book.sheetnames
    assert book["centres"].max_row == 41


def test_an_unreachable_neo4j_is_a_french_message_and_exit_1(tmp_path):
    env = {**os.environ, "PASSERELLES_STORE": "neo4j", "PASSERELLES_NEO4J_URI": "bolt://127.0.0.1:9"}
    result = subprocess.run([sys.executable, "-m", "ingest", "demo"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1
    assert "ne répond pas" in result.stderr and "Traceback" not in result.stderr
