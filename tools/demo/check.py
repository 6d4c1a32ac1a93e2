"""The self-check of the demo: read back what was written, check it against the schema and against the
demo's own promises, and raise on the first inconsistencies found."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from graph import identifiers as ids
from graph import vocabularies as voc
from graph.schema import KIND_LIST, KINDS, PRACTICE_GRID, Link, Prop
from tools.demo.common import ABBR, MONTHS, Row, month
from tools.demo.geometry import contains
from tools.demo.model import MEETING_MONTH, N_PRACTICES, NETWORK_PLAN
from tools.demo.world import World

# How the months of the demo may be typed (see common.typed_month), each with how to read (year, month).
_MONTH_PATTERNS = (
    (re.compile(r"^(\d{2})/(\d{4})$"), lambda m: (int(m[2]), int(m[1]))),
    (re.compile(r"^(\d{4})-(\d{2})$"), lambda m: (int(m[1]), int(m[2]))),
    (re.compile(r"^(\S+) (\d{4})$"), lambda m: (int(m[2]), 1 + (MONTHS + ABBR).index(m[1]) % 12
                                                  if m[1] in MONTHS + ABBR else 0)),
)


def parse_month(text: str) -> int | None:
    """A month typed as 09/2016, 2016-09, septembre 2016 or sept. 2016 (see :func:`~tools.demo.common.month`)."""
    for pattern, read in _MONTH_PATTERNS:
        found = pattern.match(text)
        if found:
            year, mon = read(found)
            return month(year, mon) if 1 <= mon <= 12 and 1990 <= year <= 2100 else None
    return None


def parse_date(text: str) -> tuple[int, int, int] | None:
    """A date typed as 19/02/2019 or 5 juin 2018, as (year, month, day), or None."""
    found = re.match(r"^(\d{1,2})/(\d{2})/(\d{4})$", text) or re.match(r"^(\d{1,2}) (\S+) (\d{4})$", text)
    if not found:
        return None
    mon = int(found[2]) if found[2].isdigit() else (MONTHS.index(found[2]) + 1 if found[2] in MONTHS else 0)
    return (int(found[3]), mon, int(found[1])) if 1 <= mon <= 12 and 1 <= int(found[1]) <= 31 else None


def _value_error(prop: Prop, value: str) -> str | None:
    """Why ``value`` is not acceptable in the column ``prop``, or None."""
    if prop.vocabulary is not None:
        return None if prop.vocabulary.code_for(value) else f"not in the vocabulary {prop.vocabulary.name}"
    if prop.check is not None:
        try:
            return None if prop.check(value) == value else "not in canonical form"
        except ids.InvalidIdentifier as error:
            return str(error)
    if prop.type in ("int", "float"):
        if not re.match(r"^-?\d+$" if prop.type == "int" else r"^-?\d+(,\d+)?$", value):
            return f"not a French {prop.type}"
        number = float(value.replace(",", "."))
        if (prop.minimum is not None and number < prop.minimum) or (prop.maximum is not None and number > prop.maximum):
            return "out of range"
    checks = {"bool": lambda v: v in ("oui", "non"), "month": parse_month, "date": parse_date,
              "time": lambda v: re.match(r"^([01]?\d|2[0-3])h[0-5]\d$", v)}
    if prop.type in checks and not checks[prop.type](value):
        return f"not a {prop.type}"
    return None


def read_back(out: Path) -> dict[str, tuple[list[str], list[Row]]]:
    """Each sheet written in ``out``, read as a user's spreadsheet would: node label → (header, rows)."""
    tables = {}
    for kind in KIND_LIST:
        raw = (out / f"{kind.sheet}.csv").read_bytes()
        if not raw.startswith(b"\xef\xbb\xbf"):
            raise ValueError(f"{kind.sheet}.csv has no BOM")
        with (out / f"{kind.sheet}.csv").open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle, delimiter=";")
            header = next(reader)
            tables[kind.label] = (header, [dict(zip(header, line)) for line in reader])
    return tables


def self_check(out: Path, world: World) -> None:
    """Check every sheet against the schema, every reference, and the demo's own promises; raise on failure."""
    errors: list[str] = []
    tables = read_back(out)
    keys = {label_: [row[KINDS[label_].key] for row in rows] for label_, (_, rows) in tables.items()}
    for kind in KIND_LIST:
        header, rows = tables[kind.label]
        if header != [column.name for column in kind.columns]:
            errors.append(f"{kind.sheet}: header {header}")
        if len(set(keys[kind.label])) != len(rows):
            errors.append(f"{kind.sheet}: duplicate keys")
        for line, row in enumerate(rows, start=2):
            where = f"{kind.sheet}.csv:{line}"
            for column in kind.columns:
                raw = row[column.name]
                values = raw.split("|") if column.many and raw else [raw] if raw else []
                if not values and column.required:
                    errors.append(f"{where}: {column.name} is required")
                for value in values:
                    if value != value.strip() or not value:
                        errors.append(f"{where}: {column.name} has a blank or padded value {value!r}")
                    elif isinstance(column, Link):
                        target = KINDS[column.target]
                        reason = _value_error(target.key_prop, value)
                        if reason or value not in keys[column.target]:
                            errors.append(f"{where}: {column.name}={value} {reason or 'does not exist'}")
                    elif reason := _value_error(column, value):
                        errors.append(f"{where}: {column.name}={value!r} {reason}")
    if not errors:  # the checks below assume that every reference resolves
        errors += semantic_errors(world, {label_: rows for label_, (_, rows) in tables.items()})
    if errors:
        raise AssertionError(f"{len(errors)} problems in the demo dataset:\n" + "\n".join(errors[:50]))


def semantic_errors(world: World, t: dict[str, list[Row]]) -> list[str]:
    """What the demo promises beyond the schema: counts, fictional names, points in their commune, coherent dates."""
    errors = []
    expected = {"Commune": 184, "Qpv": 41, "Ecole": 300, "Centre": 40, "Rencontre": 3, "Pratique": N_PRACTICES,
                "Situation": 30, "Departement": 1, "Reseau": len(NETWORK_PLAN), "Grille": 3, "Avis": 25, "Retour": 8}
    errors += [f"{k}: {len(t[k])} rows, expected {n}" for k, n in expected.items() if len(t[k]) != n]
    for sheet, name in (("Centre", "nom"), ("Ecole", "nom"), ("Reseau", "nom")):
        errors += [f"{sheet} {r['nom']!r} does not say it is fictional" for r in t[sheet]
                   if not re.search(r"\bfictif|\bfictive", r[name])]
    for sheet in ("Centre", "Ecole"):
        for r in t[sheet]:
            lat, lon = (float(r[c].replace(",", ".")) for c in ("latitude", "longitude"))
            if not contains(world.communes[r["code_commune"]].polygons, lat, lon):
                errors.append(f"{sheet} {r[KINDS[sheet].key]} lies outside its commune")
    errors += [f"UAI {r['uai']} outside 0959000–0959999" for r in t["Ecole"] if not r["uai"].startswith("0959")]
    pairs = [(r["id_centre"], r["uai"]) for r in t["Partenariat"]]
    errors += ["two partnerships for the same centre and school"] if len(set(pairs)) != len(pairs) else []
    meetings = {r["id_rencontre"]: r for r in t["Rencontre"]}
    for r in t["Pratique"]:
        if not set(r["uai"].split("|")) <= {u for c, u in pairs if c == r["id_centre"]}:
            errors.append(f"{r['id_pratique']}: a school that is not a partner of its centre")
        if r["rencontre"]:
            if r["id_centre"] not in meetings[r["rencontre"]]["participants"].split("|"):
                errors.append(f"{r['id_pratique']}: presented by a centre absent from {r['rencontre']}")
            if parse_month(r["debut"]) >= MEETING_MONTH[r["rencontre"]]:
                errors.append(f"{r['id_pratique']}: presented before it began")
        if r["fin"] and parse_month(r["fin"]) < parse_month(r["debut"]):
            errors.append(f"{r['id_pratique']}: ends before it begins")
        grid = (*PRACTICE_GRID, "description")
        errors += [f"{r['id_pratique']}: empty {c}" for c in grid + ("preuves",) if not r[c]]
    for q in t["Question"]:
        present = meetings[q["rencontre"]]["participants"].split("|") if q["rencontre"] else []
        if q["rencontre"] and q["posee_par"] and q["posee_par"] not in present:
            errors.append(f"{q['id_question']}: asked by a centre absent from {q['rencontre']}")
    for m in t["Rencontre"]:
        treated = [q["id_question"] for q in t["Question"] if q["rencontre"] == m["id_rencontre"]]
        if m["questions"].split("|") != treated:
            errors.append(f"{m['id_rencontre']}: questions {m['questions']} ≠ {treated}")
        errors += [f"{m['id_rencontre']}: {m['participants'].count('|') + 1} participants"] \
            if not 10 <= m["participants"].count("|") + 1 <= 25 else []
    allowed = {"CPE", "CLAS", "PRE", "REP", "REP+", "ENT"}
    for s in t["Situation"]:
        text = s["recit"]
        if re.search(r"\d|@|\brue\b|\bavenue\b", text):
            errors.append(f"{s['id_situation']}: the narrative holds a digit, an e-mail or an address")
        for sentence in re.split(r"(?<=[.;:])\s+", text):
            words = re.findall(r"[\w’'+-]+", sentence)[1:]
            errors += [f"{s['id_situation']}: capitalised word {w!r} in the narrative" for w in words
                       if w[0].isupper() and w not in allowed]
    if sorted({s["posture"] for s in t["Situation"]}) != sorted(voc.STANCE.labels):
        errors.append("not every stance occurs in the conflict cases")
    return errors + capitalisation_errors(t)


def capitalisation_errors(t: dict[str, list[Row]]) -> list[str]:
    """Invitations, grids, evaluations, views and reports: coherent with the meetings and with each other."""
    errors = []
    meetings = {r["id_rencontre"]: r for r in t["Rencontre"]}
    for m in meetings.values():
        if not set(m["participants"].split("|")) <= set(m["invites"].split("|")):
            errors.append(f"{m['id_rencontre']}: a centre came without being invited")
    grids = {g["id_grille"]: voc.GRID_TARGET.code_for(g["cible"]) for g in t["Grille"]}
    criteria = {c["id_critere"]: c for c in t["Critere"]}
    for e in t["Evaluation"]:
        criterion = criteria[e["critere"]]
        target = "pratique" if e["pratique"] else "situation"
        if bool(e["pratique"]) == bool(e["situation"]) or grids[criterion["grille"]] != target:
            errors.append(f"{e['id_evaluation']}: evaluates {target}, its grid {criterion['grille']} does not")
        scale = voc.SCALE.code_for(criterion["echelle"])
        if (scale == "note_1_4" and e["valeur"] not in "1234") or (scale == "oui_non" and e["valeur"] not in ("oui", "non")):
            errors.append(f"{e['id_evaluation']}: {e['valeur']!r} does not fit the scale {criterion['echelle']}")
    for a in t["Avis"]:
        if a["rencontre"] and parse_month(a["date"]) >= MEETING_MONTH[a["rencontre"]]:
            errors.append(f"{a['id_avis']}: shared at {a['rencontre']} before it was gathered")
    carriers = {p["id_pratique"]: p for p in t["Pratique"]}
    for r in t["Retour"]:
        practice = carriers[r["pratique"]]
        if r["id_centre"] == practice["id_centre"]:
            errors.append(f"{r['id_retour']}: a centre reports on its own practice")
        if practice["rencontre"] and parse_month(r["date"]) <= MEETING_MONTH[practice["rencontre"]]:
            errors.append(f"{r['id_retour']}: reused before the practice was presented")
    return errors
