"""The State's open data, taken as published: schools, communes, QPV and commune boundaries.

Each file is recognised by its content (its columns, whatever their spelling, and the
shape of its values), not by its name, so the current export of the *Annuaire de
l'éducation*, its older exports (extra columns) and its "labelled header" variant, and
the geolocation dataset of schools all load. Rows are turned into the workbook's
columns, then validated and written by the same code as the federation's workbook
(:func:`ingest.workbook.load_sheets`): same checks, same report, same all-or-nothing.

The establishments of the *Annuaire* are taken as the State publishes them, and its
rules are said in :mod:`ingest.annuaire`: an establishment described on several lines
is merged into one; what is not a school is left out and counted; every school gets a
level; one closed is left out, or marked closed when the graph has it — never deleted.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from graph.i18n import t
from graph.identifiers import check_departement, departement_of_commune
from graph.permissions import private_folder, write_private
from graph.schema import KINDS
from graph.store import GraphStore
from graph.text import fold
from ingest import annuaire
from ingest.positions import boundary_positions, shipped_positions
from ingest.provenance import Origin, source_sheet
from ingest.reader import Table, read_tables, report_long_cells
from ingest.report import BLOCKING, WARNING, Report
from ingest.workbook import LoadResult, Progress, Sheet, _validate_rows, collector_paused, load_sheets

FRANCE = "France"


@dataclass(frozen=True)
class Field:
    """A column of an open dataset, under any of its known spellings."""

    name: str
    spellings: tuple[str, ...]

    def find(self, header: list[str]) -> int | None:
        """The position of the column, the spellings tried in order: ``etat_etablissement_libe``
        (the state's label) before ``Etat établissement``, which folds like the code column
        ``etat_etablissement`` of the same file."""
        folded = [fold(cell) for cell in header]
        for spelling in self.spellings:
            if (wanted := fold(spelling)) in folded:
                return folded.index(wanted)
        return None


UAI = Field("uai", ("Identifiant_de_l_etablissement", "Code établissement", "numero_uai", "UAI", "Code UAI"))
SCHOOL_NAME = Field("nom", ("Nom_etablissement", "Appellation officielle", "appellation_officielle",
                            "Nom de l'établissement"))
SCHOOL_TYPE = Field("type", ("Type_etablissement", "Type d'établissement"))
NATURE = Field("nature", ("libelle_nature", "nature_uai_libe", "Libellé nature", "Nature"))
STATUS = Field("statut", ("Statut_public_prive", "Statut public/privé", "secteur_public_prive_libe",
                          "Secteur public/privé"))
COMMUNE_CODE = Field("code_commune", ("Code_commune", "Code commune", "code_insee", "Code INSEE"))
PRIORITY = Field("education_prioritaire", ("Appartenance_Education_Prioritaire",
                                           "Appartenance à l'éducation prioritaire", "education_prioritaire"))
NURSERY = Field("maternelle", ("Ecole_maternelle", "École maternelle"))
ELEMENTARY = Field("elementaire", ("Ecole_elementaire", "École élémentaire"))
GENERAL = Field("generale", ("Voie_generale", "Voie générale"))
TECHNOLOGICAL = Field("technologique", ("Voie_technologique", "Voie technologique"))
VOCATIONAL = Field("professionnelle", ("Voie_professionnelle", "Voie professionnelle"))
STATE = Field("etat", ("etat", "etat_etablissement_libe", "Etat établissement"))
CLOSING = Field("fermeture", ("date_fermeture", "Date de fermeture", "date_fermeture_etablissement"))
MULTI_LINE = Field("multi_lignes", ("multi_uai", "etablissement_multi_lignes", "Multi UAI",
                                    "Établissement multi-lignes"))
LATITUDE = Field("latitude", ("latitude", "Latitude"))
LONGITUDE = Field("longitude", ("longitude", "Longitude"))
QPV_CODE = Field("code_qpv", ("CODGEO", "code_qpv", "Code QPV", "code_quartier"))
QPV_NAME = Field("nom", ("LIBGEO", "nom_qpv", "Nom du quartier", "lib_qp"))
QPV_COMMUNES = Field("communes", ("LIB_COM", "communes", "Commune(s)", "lib_com"))
QPV_POPULATION = Field("population", ("POP_MUN", "population"))
COMMUNE_NAME = Field("nom", ("nom_standard", "nom_commune", "Nom de la commune", "libelle"))
DEP_CODE = Field("code_departement", ("dep_code", "code_departement", "Code département"))
DEP_NAME = Field("dep_nom", ("dep_nom", "nom_departement", "Nom du département"))
POPULATION = Field("population", ("population", "Population municipale"))


def departement_of_qpv(code: str) -> str:
    """The département of a QPV code (three characters after QP/QN): ``QP095005`` → ``95``."""
    return check_departement(code[2:5])


def _in_scope(departement: str, departements: frozenset[str] | None) -> bool:
    return departements is None or departement in departements


# --- recognising a dataset -------------------------------------------------------------------------


@dataclass
class _Load:
    """What the conversion of one file needs from the others and from the graph, and tells them."""

    communes: dict[str, dict[str, str]]  # département → folded commune name → INSEE code
    seen: annuaire.Seen = field(default_factory=annuaire.Seen)
    today: dt.date = field(default_factory=dt.date.today)


@dataclass(frozen=True)
class Dataset:
    name: str
    required: tuple[Field, ...]
    convert: Callable[[Table, dict[int, Field], frozenset[str] | None, Report, _Load], dict[str, Table]]

    def match(self, table: Table) -> dict[int, Field] | None:
        """The positions of this dataset's fields in ``table``, or None when it is not this dataset."""
        found: dict[int, Field] = {}
        for field in ALL_FIELDS[self.name]:
            position = field.find(table.header)
            if position is not None:
                found[position] = field
        if not all(field in found.values() for field in self.required):
            return None
        return found


def recognise(table: Table) -> tuple[Dataset, dict[int, Field]] | None:
    """The open dataset ``table`` holds, recognised by its columns and their values."""
    for dataset in DATASETS:
        positions = dataset.match(table)
        if positions is None:
            continue
        key = next(p for p, f in positions.items() if f is dataset.required[0])
        sample = [cells[key].strip() for _, cells in table.rows[:20] if key < len(cells) and cells[key].strip()]
        if sample and all(VALUE_SHAPES[dataset.name](value) for value in sample):
            return dataset, positions
    return None


VALUE_SHAPES: dict[str, Callable[[str], bool]] = {
    "etablissements": lambda v: len(v) == 8 and v[:3].isdigit(),
    "qpv": lambda v: v.upper().startswith(("QP", "QN")),
    "communes": lambda v: len(v) == 5,
}


# --- converting rows to the workbook's columns ------------------------------------------------------


def _virtual(table: Table, kind: str, columns: dict[str, str]) -> Table:
    """An empty table whose header gives, for each schema column, the original column name."""
    return Table(table.file, table.sheet, KINDS[kind].sheet, [columns[name] for name in columns],
                 table.header_row, encoding=table.encoding, delimiter=table.delimiter,
                 schema_columns=list(columns))


def _columns(table: Table, by_name: Mapping[str, int], wanted: Mapping[str, str]) -> dict[str, str]:
    """Schema column → the file's own header, for each field of ``wanted`` (schema column →
    field) that the file has: problems then name the column as the person sees it."""
    return {column: table.header[by_name[field]] for column, field in wanted.items() if field in by_name}


def _schools(table: Table, positions: dict[int, Field], departements: frozenset[str] | None,
             report: Report, load: _Load) -> dict[str, Table]:
    """The schools of an establishment file (rules: :mod:`ingest.annuaire`)."""
    by_name = {field.name: position for position, field in positions.items()}
    names = _columns(table, by_name, {
        "uai": "uai", "nom": "nom", "code_commune": "code_commune",
        "niveau": "nature" if "nature" in by_name else "type", "statut": "statut",
        "education_prioritaire": "education_prioritaire", "latitude": "latitude", "longitude": "longitude",
        "etat": "etat" if "etat" in by_name else "fermeture",
    })
    lines = (annuaire.Line(number, {name: cells[position].strip() if position < len(cells) else ""
                                    for name, position in by_name.items()}) for number, cells in table.rows)
    found, merged = annuaire.establishments(lines, merge="multi_lignes" in by_name)
    virtual = _virtual(table, "Ecole", names)
    tally = _Tally([line for line in merged if _in_scope(departement_of_commune(line.values.get("code_commune", "")),
                                                          departements)])
    for line in found:
        values = line.values
        code = values.get("code_commune", "")
        if not code or not _in_scope(departement := departement_of_commune(code), departements):
            continue
        load.seen.listed.add(values.get("uai", ""))
        school = annuaire.is_school(line, "type" in by_name, "nature" in by_name)
        if "type" in by_name:
            load.seen.coverage[(table.file, departement)] |= annuaire.kind_mark(line, school)
        if not school:
            kind = ("type", values["type"]) if "type" in by_name else ("nature", values.get("nature", ""))
            tally.not_schools[kind] += 1
            load.seen.not_schools[values.get("uai", "")] = (table.file, table.sheet, table.header[by_name[kind[0]]])
            continue
        state = annuaire.state(values, load.today)
        where = (table.file, table.sheet, names.get("etat"))
        if state is None:
            tally.unknown_states[values["etat"]].append(line.number)
        elif state == "ferme":
            load.seen.closed.setdefault(values.get("uai", ""), where)
        elif state == "a_ouvrir":
            load.seen.opening[values.get("uai", "")] = where
        if "niveau" in names and not line.level:
            tally.no_level.append(values.get("uai", ""))
        row = {**values, "niveau": line.level, "etat": state or "",
               "education_prioritaire": values.get("education_prioritaire") or "hors_ep"}
        virtual.rows.append((line.number, [row.get(name, "") for name in names]))
    kind_column = next((table.header[by_name[name]] for name in ("type", "nature") if name in by_name), None)
    _tell_schools(table, names, kind_column, report, tally)
    return {"Ecole": virtual}


@dataclass
class _Tally:
    """What one establishment file holds besides schools to load, for the report."""

    merged: list[annuaire.Line]  # establishments merged from several lines
    not_schools: Counter[tuple[str, str]] = field(default_factory=Counter)  # ("type" or "nature", value) → count
    unknown_states: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # value → rows
    no_level: list[str] = field(default_factory=list)  # UAIs


def _tell_schools(table: Table, names: Mapping[str, str], kind_column: str | None, report: Report,
                  tally: _Tally) -> None:
    """The report's sentences about the establishments of one file: one per case, not one per row."""
    def tell(column: str | None, message: str, row: int | None = None, value: str = "") -> None:
        report.add(WARNING, table.file, table.sheet, row, column, value, message)

    if tally.merged:
        details = [t("annuaire.merged_one", uai=line.values["uai"], rows=annuaire.listed(list(map(str, line.numbers))))
                   for line in tally.merged]
        tell(names["uai"], t("annuaire.merged", count=len(tally.merged), details=" ; ".join(details)))
    if tally.not_schools:
        tell(kind_column, annuaire.not_schools_sentence(tally.not_schools))
    for value, rows in tally.unknown_states.items():
        tell(names.get("etat"), t("annuaire.unknown_state", count=len(rows), value=value), rows[0], value)
    if tally.no_level:
        uais = annuaire.shown(tally.no_level)
        tell(names.get("niveau"), t("annuaire.no_level", count=len(tally.no_level), uais=uais))


def _communes(table: Table, positions: dict[int, Field], departements: frozenset[str] | None,
              report: Report, load: _Load) -> dict[str, Table]:
    by_name = {field.name: position for position, field in positions.items()}
    commune_names = _columns(table, by_name, {"code_insee": "code_commune", "nom": "nom",
                                              "code_departement": "code_departement", "population": "population"})
    dep_names = _columns(table, by_name, {"code_departement": "code_departement", "nom": "dep_nom"})
    commune_table = _virtual(table, "Commune", commune_names)
    dep_table = _virtual(table, "Departement", dep_names)
    seen: set[str] = set()
    for number, cells in table.rows:
        values = {name: cells[by_name[field]].strip() if by_name[field] < len(cells) else ""
                  for name, field in (("code_insee", "code_commune"), ("nom", "nom"),
                                      ("code_departement", "code_departement"), ("population", "population"),
                                      ("dep_nom", "dep_nom")) if field in by_name}
        if not _in_scope(values.get("code_departement", ""), departements):
            continue
        commune_table.rows.append((number, [values.get(name, "") for name in commune_names]))
        if values["code_departement"] not in seen:
            seen.add(values["code_departement"])
            dep_table.rows.append((number, [values["code_departement"], values.get("dep_nom", "")][:len(dep_names)]))
    return {"Departement": dep_table, "Commune": commune_table}


def _qpv(table: Table, positions: dict[int, Field], departements: frozenset[str] | None,
         report: Report, load: _Load) -> dict[str, Table]:
    by_name = {field.name: position for position, field in positions.items()}
    names = _columns(table, by_name, {"code_qpv": "code_qpv", "nom": "nom", "communes": "communes",
                                      "population": "population"})
    virtual = _virtual(table, "Qpv", names)
    for number, cells in table.rows:
        code = cells[by_name["code_qpv"]].strip()
        try:
            departement = departement_of_qpv(code)
        except ValueError:
            departement = ""
        if not code or not _in_scope(departement, departements):
            continue
        matched, unmatched = [], []
        for name in cells[by_name["communes"]].split(","):
            insee = load.communes.get(departement, {}).get(fold(name))
            (matched if insee else unmatched).append(insee or name.strip())
        for name in unmatched:
            report.add(WARNING, table.file, table.sheet, number, names["communes"], name,
                       t("opendata.qpv_commune_unmatched", name=name, qpv=code, departement=departement))
        if not matched:
            continue
        values = {"code_qpv": code, "nom": cells[by_name["nom"]].strip(), "communes": "|".join(matched)}
        if "population" in by_name:
            values["population"] = cells[by_name["population"]]
        virtual.rows.append((number, [values.get(name, "") for name in names]))
    return {"Qpv": virtual}


DATASETS: tuple[Dataset, ...] = (
    Dataset("etablissements", (UAI, SCHOOL_NAME, COMMUNE_CODE), _schools),
    Dataset("qpv", (QPV_CODE, QPV_NAME, QPV_COMMUNES), _qpv),
    Dataset("communes", (COMMUNE_CODE, COMMUNE_NAME, DEP_CODE), _communes),
)
ALL_FIELDS: dict[str, tuple[Field, ...]] = {
    "etablissements": (UAI, SCHOOL_NAME, SCHOOL_TYPE, NATURE, STATUS, COMMUNE_CODE, PRIORITY, NURSERY, ELEMENTARY,
                       GENERAL, TECHNOLOGICAL, VOCATIONAL, LATITUDE, LONGITUDE, STATE, CLOSING, MULTI_LINE),
    "qpv": (QPV_CODE, QPV_NAME, QPV_COMMUNES, QPV_POPULATION),
    "communes": (COMMUNE_CODE, COMMUNE_NAME, DEP_CODE, DEP_NAME, POPULATION),
}


# --- commune boundaries ----------------------------------------------------------------------------


def _read_boundaries(path: Path, departements: frozenset[str] | None, report: Report) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        codes = [str(f["properties"]["code"]) for f in data["features"]]
    except (ValueError, KeyError, TypeError) as error:
        report.add(BLOCKING, path.name, None, None, None, "", t("opendata.geojson_broken", error=type(error).__name__))
        return []
    # Recognised by content, as the CSV files are: commune boundaries carry INSEE codes (5 characters);
    # a file of département outlines (« 35 ») is not a commune's boundary and must not become one.
    if codes and not any(len(code) == 5 for code in codes):
        report.add(WARNING, path.name, None, None, None, "", t("opendata.geojson_not_communes"))
        return []
    return [feature for feature, code in zip(data["features"], codes)
            if len(code) == 5 and _in_scope(departement_of_commune(code), departements)]


# --- one command: a territory from the open-data files ----------------------------------------------


def load_opendata(store: GraphStore, paths: Iterable[str | Path], departements: Iterable[str] | None = None, *,
                  dry_run: bool = False, progress: Progress | None = None,
                  boundaries_out: Path | None = None, origins: Mapping[Path, Origin] | None = None) -> LoadResult:
    """Load the communes, QPV and schools of ``departements`` (all of France when None) from the
    open-data files found in ``paths`` (files or folders), recognised by their content.

    Communes take their position from the boundaries (GeoJSON) given, else from the file
    shipped with the app (:func:`ingest.positions.shipped_positions`); when ``boundaries_out``
    is given, the boundaries are written there for the map. Each file read is recorded
    as a ``Source`` node by the same load (:mod:`ingest.provenance`); ``origins`` says where
    downloaded files come from (:func:`ingest.fetch.fetch_territory`).
    """
    tell = progress or (lambda fraction, message: None)
    with collector_paused():
        report = Report()
        scope = frozenset(check_departement(d) for d in departements) if departements else None
        files = _files(paths)
        tell(0.0, t("ingest.progress.reading"))
        read = {path: read_tables(path, report) for path in files if path.suffix.lower() != ".geojson"}
        boundaries = {path: _read_boundaries(path, scope, report)
                      for path in files if path.suffix.lower() == ".geojson"}
        features = [f for found in boundaries.values() for f in found]
        recognised = []
        found_in: dict[Path, tuple[str, int]] = {path: ("contours", len(found)) for path, found in boundaries.items()}
        for path, tables in read.items():
            for table in tables:
                report_long_cells(table, report)
                found = recognise(table)
                if found is None:
                    report.add(WARNING, table.file, table.sheet, None, None, "", t("opendata.unrecognised"))
                else:
                    recognised.append((table, *found))
                    found_in[path] = (found[0].name, found_in.get(path, ("", 0))[1] + len(table.rows))
        for path, origin in (origins or {}).items():
            for note in origin.notes:
                report.add(WARNING, path.name, None, None, None, origin.url, note)
        order = {"communes": 0, "qpv": 1, "etablissements": 2}
        recognised.sort(key=lambda item: order[item[1].name])
        load = _Load(_commune_index(store))
        virtual: dict[str, list[Table]] = defaultdict(list)
        tell(0.1, t("ingest.progress.checking"))
        for table, dataset, positions in recognised:
            for label, made in dataset.convert(table, positions, scope, report, load).items():
                virtual[label].append(made)
                if label == "Commune":
                    _index_communes(made, load.communes)
        _add_centroids(virtual.get("Commune", []), {**shipped_positions(), **boundary_positions(features)})
        _leave_out_without_communes(virtual.get("Ecole", []), load.communes, report)
        sheets = {label: _merged([_validated(label, table, report) for table in made]) for label, made in virtual.items()}
        if "Ecole" in sheets:
            annuaire.apply_states(store, sheets["Ecole"], load.seen, report, departement_of_commune)
        if found_in:
            sheets["Source"] = source_sheet(store, files, found_in, origins or {})
        result = load_sheets(store, sheets, report, ", ".join(p.name for p in files), contributor="données ouvertes",
                             dry_run=dry_run, progress=tell, report_missing=False, skip_unknown_references=True)
        if features and boundaries_out is not None and not report.has_blocking and not dry_run:
            private_folder(boundaries_out.parent)
            write_private(boundaries_out, json.dumps({"type": "FeatureCollection", "features": features}))
        return result


def _files(paths: Iterable[str | Path]) -> list[Path]:
    found: list[Path] = []
    for path in map(Path, paths):
        found += sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in {".csv", ".xlsx", ".geojson"}) \
            if path.is_dir() else [path]
    return found


def _commune_index(store: GraphStore) -> dict[str, dict[str, str]]:
    index: dict[str, dict[str, str]] = defaultdict(dict)
    for commune in store.nodes("Commune"):
        code = str(commune["code_insee"])
        index[departement_of_commune(code)][fold(str(commune.get("nom", "")))] = code
    return index


def _index_communes(table: Table, index: dict[str, dict[str, str]]) -> None:
    for _, cells in table.rows:
        index[departement_of_commune(cells[0])][fold(cells[1])] = cells[0]


def _add_centroids(tables: list[Table], centroids: Mapping[str, tuple[float, float]]) -> None:
    if not centroids:
        return
    for table in tables:
        table.header += ["latitude", "longitude"]
        table.schema_columns += ["latitude", "longitude"]
        table.rows[:] = [(number, cells + [str(v) for v in centroids.get(cells[0], ("", ""))])
                         for number, cells in table.rows]


def _leave_out_without_communes(tables: list[Table], communes: Mapping[str, dict[str, str]], report: Report) -> None:
    """Leave out the schools of a département of which no commune is known (in these files or the
    graph), with one warning per file and département: the list of communes is missing, not each
    school wrong. A school whose commune alone is unknown keeps its own warning, with its row."""
    for table in tables:
        if "code_commune" not in table.schema_columns:
            continue
        column = table.schema_columns.index("code_commune")
        missing = Counter(departement_of_commune(cells[column]) for _, cells in table.rows
                          if not communes.get(departement_of_commune(cells[column])))
        if not missing:
            continue
        table.rows[:] = [(n, cells) for n, cells in table.rows if departement_of_commune(cells[column]) not in missing]
        for departement, count in sorted(missing.items()):
            report.add(WARNING, table.file, table.sheet, None, table.header[column], departement,
                       t("opendata.no_communes", count=count, departement=departement))


def _validated(label: str, table: Table, report: Report) -> Sheet:
    kind = KINDS[label]
    by_name = {column.name: column for column in kind.columns}
    sheet = Sheet(kind, table, {position: by_name[name] for position, name in enumerate(table.schema_columns)})
    _validate_rows(sheet, report)
    return sheet


def _merged(sheets: list[Sheet]) -> Sheet:
    """One sheet per kind: rows of the same key from several files are combined, later files completing earlier ones."""
    first = sheets[0]
    if len(sheets) == 1:
        return first
    rows: dict[str, object] = {}
    for sheet in sheets:
        place = Sheet(sheet.kind, sheet.table, sheet.columns)  # the file of its rows, not holding them: no cycle
        for row in sheet.rows:
            row.origin = row.origin or place
            key = row.values[sheet.kind.key]
            if key in rows:
                rows[key].values.update({k: v for k, v in row.values.items() if v is not None})  # type: ignore[attr-defined]
            else:
                rows[key] = row
    merged = Sheet(first.kind, first.table, first.columns)
    merged.rows = list(rows.values())  # type: ignore[arg-type]
    return merged
