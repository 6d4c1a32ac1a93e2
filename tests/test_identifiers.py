"""National identifiers, checked on the State's real open data."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from graph.errors import InvalidIdentifier
from graph.identifiers import check_departement, check_insee, check_qpv, check_uai, uai_check_letter

ROOT = Path(__file__).resolve().parent.parent
OPENDATA = ROOT / "data" / "opendata"
TESTDATA = ROOT / "tests" / "data" / "opendata"  # real files, as published (README there)


def _rows(path: Path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        yield from csv.DictReader(handle, delimiter=";")


def _shared(name: str) -> Path:
    path = TESTDATA / name
    assert path.is_file(), f"{name} manque dans tests/data/opendata : il fait partie du dépôt"
    return path


def test_every_real_uai_passes_its_check_letter():
    uais = [row["numero_uai"] for row in _rows(_shared("geolocalisation-colleges-france.csv"))]
    uais += [row["Identifiant_de_l_etablissement"] for row in _rows(_shared("annuaire-education-94-ecoles-publiques.csv"))]
    assert len(uais) > 8000
    assert [uai for uai in uais if check_uai(uai) != uai] == []


def test_a_wrong_check_letter_is_caught_with_the_right_one():
    with pytest.raises(InvalidIdentifier) as caught:
        check_uai("0940176G")
    assert caught.value.suggestion == "0940176F"
    assert "0940176F" in caught.value.message()


@pytest.mark.parametrize("value,suggestion", [("0940176", "0940176F"), ("940176F", "0940176F")])
def test_a_uai_missing_a_character_gets_a_suggestion(value, suggestion):
    with pytest.raises(InvalidIdentifier) as caught:
        check_uai(value)
    assert caught.value.suggestion == suggestion


def test_every_real_insee_code_is_valid_and_corsica_is_kept():
    codes = [row["code_insee"] for row in _rows(OPENDATA / "communes-france-2024.csv")]
    assert len(codes) == 34990
    assert [code for code in codes if check_insee(code) != code] == []
    assert check_insee("2a004") == "2A004"


def test_an_insee_code_that_lost_its_zero_is_caught():
    with pytest.raises(InvalidIdentifier) as caught:
        check_insee("1001")
    assert caught.value.suggestion == "01001"


def test_every_real_qpv_code_is_valid():
    codes = [row["CODGEO"] for row in _rows(OPENDATA / "qpv-2015-demographie-2022.csv")]
    assert len(codes) == 1400
    assert [code for code in codes if check_qpv(code) != code] == []


def test_departement_codes():
    assert [check_departement(c) for c in ("95", "095", "2A", "971")] == ["95", "95", "2A", "971"]
    with pytest.raises(InvalidIdentifier):
        check_departement("96")


def test_the_check_letter_alphabet_skips_i_o_q():
    letters = {uai_check_letter(f"{n:07d}") for n in range(23)}
    assert letters.isdisjoint({"I", "O", "Q"}) and len(letters) == 23
