"""Reading spreadsheets as people save them: XLSX workbooks and CSV files.

Everything comes out as text, exactly as typed: codes keep their leading zeros,
``NA`` stays ``NA``, numbers are not reformatted. CSV encodings (UTF-8 with or
without BOM, Windows-1252, Latin-1, UTF-16) and separators (``;``, ``,``, tab) are
detected. Row numbers are the ones the person sees in their spreadsheet.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from graph.i18n import t
from ingest.report import BLOCKING, Report

SPREADSHEETS = {".xlsx", ".xlsm"}
TEXT_TABLES = {".csv", ".tsv", ".txt"}
_ENCODINGS = ["utf_8", "cp1252", "latin_1", "utf_16"]
MAX_FILE_BYTES = 200 * 1024 * 1024
# Python's csv module refuses a cell over 131,072 characters with an English error; a cell can be as long as the
# file, and the schema's own limits then say, in French, which cell is too long and by how much.
csv.field_size_limit(MAX_FILE_BYTES)


@dataclass
class Table:
    """One sheet (or one CSV file): its header and its rows, as text."""

    file: str
    sheet: str | None
    name: str  # the sheet name, or the CSV file name without extension
    header: list[str]
    header_row: int
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    # For tables made from open data: the schema column each position holds.
    schema_columns: list[str] = field(default_factory=list)

    def use_header(self, index: int) -> None:
        """Head the table with its row ``index`` (0: the first row after the current header) instead of
        the first row that is not blank: the rows above it — a title, notes, blank rows — are left out."""
        number, cells = self.rows[index]
        self.header, self.header_row, self.rows = cells, number, self.rows[index + 1:]


def read_tables(path: Path, report: Report) -> list[Table]:
    """Every table in ``path`` (a workbook, a CSV file or a folder of them).

    Files that cannot be read become blocking problems in ``report``.
    """
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in SPREADSHEETS | TEXT_TABLES)
        if not files:
            report.add(BLOCKING, path.name, None, None, None, "", t("ingest.empty_folder"))
        return [table for file in files for table in read_tables(file, report)]
    if not path.is_file():
        report.add(BLOCKING, path.name, None, None, None, "", t("ingest.missing_file"))
        return []
    if path.stat().st_size > MAX_FILE_BYTES:
        report.add(BLOCKING, path.name, None, None, None, "", t("ingest.too_big", limit=MAX_FILE_BYTES // 2**20))
        return []
    suffix = path.suffix.lower()
    if suffix in SPREADSHEETS:
        return _read_xlsx(path, report)
    if suffix in TEXT_TABLES:
        table = _read_csv(path, report)
        return [table] if table else []
    report.add(BLOCKING, path.name, None, None, None, "", t("ingest.unknown_format", suffix=suffix or "?"))
    return []


# --- CSV ---------------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was detected in.

    >>> decode("Éragny;95218".encode("cp1252"))
    ('Éragny;95218', 'cp1252')
    >>> decode(b"\\xef\\xbb\\xbfcode;nom")
    ('code;nom', 'utf_8_sig')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf_8_sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf_16"
    try:
        return data.decode("utf-8"), "utf_8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_ENCODINGS).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in ("latin_1", "iso8859_1"):
        # The two differ only on 0x80–0x9F, which Latin-1 maps to control characters and
        # Windows-1252 to € ’ « » … : French text saved on Windows is the likely one.
        encoding = "cp1252"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return data.decode("latin_1"), "latin_1"


def sniff_delimiter(text: str) -> str:
    """The separator of a CSV text: ``;``, ``,`` or tab.

    >>> sniff_delimiter("uai;nom\\n0950123T;École fictive, des Lilas\\n")
    ';'
    """
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        return max(";,\t", key=first.count)


def _read_csv(path: Path, report: Report) -> Table | None:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        report.add(BLOCKING, path.name, None, None, None, "", t("ingest.binary"))
        return None
    text, encoding = decode(data)
    if not text.strip():
        report.add(BLOCKING, path.name, None, None, None, "", t("ingest.empty_file"))
        return None
    delimiter = sniff_delimiter(text)
    if text.count('"') % 2:  # quotes come in pairs (a quote inside a cell is doubled): the file was cut
        opened = text[:text.rfind('"')].count("\n") + 1
        report.add(BLOCKING, path.name, None, opened, None, "", t("ingest.csv_cut", line=opened))
        return None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    table: Table | None = None
    line = 1
    try:
        for cells in reader:
            row_number, line = line, reader.line_num + 1
            if table is None:
                if any(cell.strip() for cell in cells):
                    table = Table(path.name, None, path.stem, cells, row_number, encoding=encoding, delimiter=delimiter)
                continue
            table.rows.append((row_number, cells))
    except csv.Error as error:
        report.add(BLOCKING, path.name, None, line, None, "", t("ingest.csv_broken", error=str(error)))
        return None
    if table is None:
        report.add(BLOCKING, path.name, None, None, None, "", t("ingest.empty_file"))
    return table


# --- XLSX --------------------------------------------------------------------------------------


def cell_text(value: object) -> str:
    """The text a person reads in a cell.

    >>> cell_text(95018), cell_text(48.9472), cell_text(2.0), cell_text(dt.datetime(2019, 5, 23))
    ('95018', '48.9472', '2', '2019-05-23')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(timespec="minutes")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _read_xlsx(path: Path, report: Report) -> list[Table]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as error:
        report.add(BLOCKING, path.name, None, None, None, "", t("ingest.xlsx_broken", error=type(error).__name__))
        return []
    try:
        return [table for sheet in workbook.worksheets if (table := _sheet_table(path.name, sheet))]
    finally:
        workbook.close()


def _sheet_table(file: str, sheet: object) -> Table | None:
    table: Table | None = None
    for number, values in _numbered_rows(sheet):
        cells = [cell_text(value) for value in values]
        if table is None:
            if any(cell.strip() for cell in cells):
                table = Table(file, sheet.title, sheet.title, cells, number)  # type: ignore[attr-defined]
            continue
        table.rows.append((number, cells))
    return table


def _numbered_rows(sheet: object) -> Iterator[tuple[int, tuple[object, ...]]]:
    # min_row=1: read-only sheets otherwise start at their recorded dimension, which would
    # shift every row number after leading blank rows.
    for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):  # type: ignore[attr-defined]
        yield number, values
