"""The test file of a current-schema *Annuaire de l'éducation* export covering several
départements, derived from two real exports (nothing else is changed or invented).

No real current-schema export of a whole région is at hand: this file stands for one. It
holds, under the current export's header (that of ``annuaire-education-94-ecoles-publiques.csv``,
in its order):

1. every line of the older Ille-et-Vilaine export (``reel-35/fr-en-annuaire-education.csv``),
   in its order, each value under its current column name: ``Code postal`` → ``Code_postal``,
   ``coordonnee_X`` → ``coordX_origine``, ``coordonnee_Y`` → ``coordY_origine``, ``epsg`` →
   ``epsg_origine``, ``etablissement_multi_lignes`` → ``multi_uai``, the others by the same
   name; ``Nombre_d_eleves``, gone from current exports, is dropped; ``code_circonscription``,
   ``code_zone_animation_pedagogique`` and ``libelle_zone_animation_pedagogique``, which the
   older export lacks, are left empty;
2. then every line of the Val-de-Marne export, as it is.

Written as the State writes it: UTF-8 with BOM, ``;``, CRLF. ::

    python3 -m tools.annuaire_current             # (re)writes the file
    python3 -m tools.annuaire_current --verifier  # says whether the file is the one derived

The tests check that the committed file is exactly what this derivation gives.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "opendata"
OLDER = DATA / "reel-35" / "fr-en-annuaire-education.csv"
CURRENT = DATA / "annuaire-education-94-ecoles-publiques.csv"
DERIVED = DATA / "actuel" / "fr-en-annuaire-education-35-94.csv"
RENAMED = {"Code postal": "Code_postal", "coordonnee_X": "coordX_origine", "coordonnee_Y": "coordY_origine",
           "epsg": "epsg_origine", "etablissement_multi_lignes": "multi_uai"}
DROPPED = {"Nombre_d_eleves"}


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def derive() -> bytes:
    """The derived file's bytes."""
    older, current = _rows(OLDER), _rows(CURRENT)
    header = current[0]
    names = [RENAMED.get(name, name) for name in older[0]]
    kept = set(names) - DROPPED
    if missing := kept - set(header):
        raise ValueError(f"columns of the older export with no current name: {sorted(missing)}")
    lines = [header]
    for row in older[1:]:
        values = dict(zip(names, row, strict=True))
        lines.append([values.get(name, "") for name in header])
    lines += current[1:]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(lines)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.annuaire_current", description=__doc__.split("\n")[0])
    parser.add_argument("--verifier", action="store_true", help="compare with the committed file, write nothing")
    args = parser.parse_args(argv)
    data = derive()
    if args.verifier:
        same = DERIVED.exists() and DERIVED.read_bytes() == data
        print(f"{DERIVED.name} : {'identique à la dérivation' if same else 'DIFFÉRENT de la dérivation'}")
        return 0 if same else 1
    DERIVED.parent.mkdir(parents=True, exist_ok=True)
    DERIVED.write_bytes(data)
    print(f"{DERIVED.name} écrit ({len(data)} octets)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
