"""The State's open data, taken as published: schools, communes, QPV and commune boundaries.

Each file is recognised by its content (its columns, whatever their spelling, and the
shape of its values), not by its name, so the current export of the *Annuaire de
l'éducation*, its older exports (extra columns) and its "labelled header" variant, and
the geolocation dataset of schools all load. Rows are turned into the workbook's
columns, then validated and written by the same code as the federation's workbook
(:func:`ingest.workbook.load_sheets`): same checks, same report, same all-or-nothing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from graph.i18n import t
from graph.identifiers import check_departement, departement_of_commune
from graph.schema import KINDS
from graph.store import GraphStore
from graph.text import fold
from ingest.reader import Table, read_tables
from ingest.report import BLOCKING, WARNING, Report
from ingest.workbook import LoadResult, Progress, Sheet, _validate_rows, collector_paused, load_sheets

FRANCE = "France"


@dataclass(frozen=True)
class Field:
    """A column of an open dataset, under any of its known spellings."""

    name: str
    spellings: tuple[str, ...]

    def find(self, header: list[str]) -> int | None:
        wanted = {fold(s) for s in self.spellings}
        return next((i for i, cell in enumerate(header) if fold(cell) in wanted), None)


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
VOCATIONAL = Field("professionnelle", ("Voie_professionnelle", "Voie professionnelle"))
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


@dataclass(frozen=True)
class Dataset:
    name: str
    required: tuple[Field, ...]
    convert: Callable[[Table, dict[int, Field], frozenset[str] | None, Report, Mapping[str, dict[str, str]]],
                      dict[str, Table]]

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


def _level(nature: str, nursery: str, elementary: str, vocational: str, type_: str) -> str:
    folded = fold(nature or type_)
    if "college" in folded:
        return "college"
    if "lycee" in folded:
        return "lycee_pro" if "professionnel" in folded or (vocational == "1" and "general" not in folded) else "lycee"
    if nursery == "1" and elementary == "1":
        return "primaire"
    if "maternelle" in folded or nursery == "1":
        return "maternelle"
    if "elementaire" in folded or "primaire" in folded or elementary == "1":
        return "elementaire"
    return ""


def _schools(table: Table, positions: dict[int, Field], departements: frozenset[str] | None,
             report: Report, communes: Mapping[str, dict[str, str]]) -> dict[str, Table]:
    by_name = {field.name: position for position, field in positions.items()}

    def cell(cells: list[str], field: str) -> str:
        position = by_name.get(field)
        return cells[position].strip() if position is not None and position < len(cells) else ""

    names = _columns(table, by_name, {
        "uai": "uai", "nom": "nom", "code_commune": "code_commune",
        "niveau": "nature" if "nature" in by_name else "type", "statut": "statut",
        "education_prioritaire": "education_prioritaire", "latitude": "latitude", "longitude": "longitude",
    })
    virtual = _virtual(table, "Ecole", names)
    for number, cells in table.rows:
        code = cell(cells, "code_commune")
        if not code or not _in_scope(departement_of_commune(code), departements):
            continue
        values = {"uai": cell(cells, "uai"), "nom": cell(cells, "nom"), "code_commune": code}
        if "niveau" in names:
            values["niveau"] = _level(cell(cells, "nature"), cell(cells, "maternelle"), cell(cells, "elementaire"),
                                      cell(cells, "professionnelle"), cell(cells, "type"))
        if "statut" in names:
            values["statut"] = cell(cells, "statut")
        if "education_prioritaire" in names:
            values["education_prioritaire"] = cell(cells, "education_prioritaire") or "hors_ep"
        for field in ("latitude", "longitude"):
            if field in names:
                values[field] = cell(cells, field)
        virtual.rows.append((number, [values.get(name, "") for name in names]))
    return {"Ecole": virtual}


def _communes(table: Table, positions: dict[int, Field], departements: frozenset[str] | None,
              report: Report, communes: Mapping[str, dict[str, str]]) -> dict[str, Table]:
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
         report: Report, communes: Mapping[str, dict[str, str]]) -> dict[str, Table]:
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
            insee = communes.get(departement, {}).get(fold(name))
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
                       VOCATIONAL, LATITUDE, LONGITUDE),
    "qpv": (QPV_CODE, QPV_NAME, QPV_COMMUNES, QPV_POPULATION),
    "communes": (COMMUNE_CODE, COMMUNE_NAME, DEP_CODE, DEP_NAME, POPULATION),
}


# --- commune boundaries ----------------------------------------------------------------------------


def _ring_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """Area and centroid (lon, lat) of a polygon ring (shoelace formula)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-15:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def boundary_centroids(features: Iterable[dict]) -> dict[str, tuple[float, float]]:
    """The centroid (latitude, longitude) of each commune's largest polygon, by INSEE code.

    >>> square = {"properties": {"code": "95018"}, "geometry": {"type": "Polygon",
    ...           "coordinates": [[[2.0, 48.0], [2.2, 48.0], [2.2, 48.2], [2.0, 48.2], [2.0, 48.0]]]}}
    >>> boundary_centroids([square])
    {'95018': (48.1, 2.1)}
    """
    found: dict[str, tuple[float, float]] = {}
    for feature in features:
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates", [])
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        best = max((_ring_centroid(polygon[0]) for polygon in polygons if polygon), default=None)
        code = str((feature.get("properties") or {}).get("code", ""))
        if best and code:
            found[code] = (round(best[2], 5), round(best[1], 5))
    return found


def _read_boundaries(path: Path, departements: frozenset[str] | None, report: Report) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        features = [f for f in data["features"]
                    if _in_scope(departement_of_commune(str(f["properties"]["code"])), departements)]
    except (ValueError, KeyError, TypeError) as error:
        report.add(BLOCKING, path.name, None, None, None, "", t("opendata.geojson_broken", error=type(error).__name__))
        return []
    return features


# --- one command: a territory from the open-data files ----------------------------------------------


def load_opendata(store: GraphStore, paths: Iterable[str | Path], departements: Iterable[str] | None = None, *,
                  dry_run: bool = False, progress: Progress | None = None,
                  boundaries_out: Path | None = None) -> LoadResult:
    """Load the communes, QPV and schools of ``departements`` (all of France when None) from the
    open-data files found in ``paths`` (files or folders), recognised by their content.

    Commune boundaries (GeoJSON) give the communes their coordinates and, when
    ``boundaries_out`` is given, are written there for the map.
    """
    tell = progress or (lambda fraction, message: None)
    with collector_paused():
        report = Report()
        scope = frozenset(check_departement(d) for d in departements) if departements else None
        files = _files(paths)
        tell(0.0, t("ingest.progress.reading"))
        tables = [table for path in files if path.suffix.lower() != ".geojson" for table in read_tables(path, report)]
        features = [f for path in files if path.suffix.lower() == ".geojson" for f in _read_boundaries(path, scope, report)]
        recognised = []
        for table in tables:
            found = recognise(table)
            if found is None:
                report.add(WARNING, table.file, table.sheet, None, None, "", t("opendata.unrecognised"))
            else:
                recognised.append((table, *found))
        order = {"communes": 0, "qpv": 1, "etablissements": 2}
        recognised.sort(key=lambda item: order[item[1].name])
        communes = _commune_index(store)
        virtual: dict[str, list[Table]] = defaultdict(list)
        tell(0.1, t("ingest.progress.checking"))
        for table, dataset, positions in recognised:
            for label, made in dataset.convert(table, positions, scope, report, communes).items():
                virtual[label].append(made)
                if label == "Commune":
                    _index_communes(made, communes)
        _add_centroids(virtual.get("Commune", []), boundary_centroids(features))
        sheets = {label: _merged([_validated(label, table, report) for table in made]) for label, made in virtual.items()}
        result = load_sheets(store, sheets, report, ", ".join(p.name for p in files), contributor="données ouvertes",
                             dry_run=dry_run, progress=tell, report_missing=False, skip_unknown_references=True)
        if features and boundaries_out is not None and not report.has_blocking and not dry_run:
            boundaries_out.parent.mkdir(parents=True, exist_ok=True)
            boundaries_out.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
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
