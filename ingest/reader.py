"""Reading spreadsheets as people save them: XLSX workbooks and CSV files.

Everything comes out as text, exactly as typed: codes keep their leading zeros,
``NA`` stays ``NA``, numbers are not reformatted. CSV encodings (UTF-8 with or
without BOM, Windows-1252, Latin-1, UTF-16) and separators (``;``, ``,``, tab) are
detected. Row numbers are the ones the person sees in their spreadsheet: in a CSV file,
the record's number (a spreadsheet shows a cell written on several lines as one row).

What a file may hold is limited, and the limits are checked while it is read, never after:
a workbook is a zip archive, whose parts are counted and measured (as declared, then as
they come out, in pieces) before anything is parsed; rows, cells and characters of a cell
are counted as they are read. A file made to expand without end (a « zip bomb ») or a giant
is refused in seconds with a French message, and memory stays bounded.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from graph import i18n
from graph.i18n import t
from graph.privacy import mask_text
from ingest.report import BLOCKING, Report, excerpt

SPREADSHEETS = {".xlsx", ".xlsm"}
TEXT_TABLES = {".csv", ".tsv", ".txt"}
_ENCODINGS = ["utf_8", "cp1252", "latin_1", "utf_16"]
MAX_FILE_BYTES = 200 * 1024 * 1024
# A workbook, unpacked: its parts all together; one part that openpyxl reads whole (shared strings, styles…:
# their memory grows with them, where sheets are read row by row); the number of parts; and how much larger
# than in the file a part of over 1 MB may come out (a real workbook: 5 to 20 times; a zip bomb: thousands).
MAX_UNPACKED_BYTES = 256 * 2**20
MAX_WHOLE_PART_BYTES = 32 * 2**20
MAX_PARTS = 10_000
MAX_RATIO = 100
# A sheet or a CSV file: its rows as the spreadsheet numbers them, the cells read in one file (empty ones up
# to the last filled one of each row too: they cost as much to read), and the characters of one cell (Excel's
# own limit).
MAX_ROWS = 250_000
MAX_CELLS = 10_000_000
MAX_CELL_CHARS = 32_767
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
    # Cells longer than a spreadsheet holds: (row, position, length, excerpt), told once the header is known.
    long_cells: list[tuple[int, int, int, str]] = field(default_factory=list)

    def use_header(self, index: int) -> None:
        """Head the table with its row ``index`` (0: the first row after the current header) instead of
        the first row that is not blank: the rows above it — a title, notes, blank rows — are left out."""
        number, cells = self.rows[index]
        self.header, self.header_row, self.rows = cells, number, self.rows[index + 1:]

    def column_name(self, position: int) -> str:
        """How the person finds a column: its letter and header in a workbook, its header in a CSV.

        >>> Table("classeur.xlsx", "pratiques", "pratiques", ["id_pratique", "titre", "description"], 1).column_name(2)
        'C (description)'
        """
        header = self.header[position].strip() if position < len(self.header) else ""
        if self.sheet is None:
            return header or str(position + 1)
        letters = column_letters(position)
        return f"{letters} ({header})" if header else letters


def column_letters(position: int) -> str:
    """The letters of a spreadsheet column (0 → A, 26 → AA).

    >>> column_letters(0), column_letters(27), column_letters(16383)
    ('A', 'AB', 'XFD')
    """
    letters, number = "", position + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _LimitReached(Exception):
    """Reading stops: the file is refused whole, with ``message`` at ``row`` of ``sheet``."""

    def __init__(self, sheet: str | None, row: int, message: str) -> None:
        super().__init__(message)
        self.sheet, self.row, self.message = sheet, row, message


class _Reading:
    """What one file has given so far, against the limits on rows, cells and characters of a cell."""

    def __init__(self, file: str, report: Report) -> None:
        self.file, self.report = file, report
        self.cells = 0

    def keep(self, table: Table | None, sheet: str | None, row: int, cells: list[str]) -> bool:
        """Whether row ``row`` is kept (always, today). A limit on rows or cells passed stops the reading
        (:class:`_LimitReached`); a cell too long is cut to a masked excerpt and recorded on the table,
        to be told, blocking, once its column is known (:func:`report_long_cells`): a title row above
        the header does not yet say which column a cell is in."""
        if row > MAX_ROWS:
            raise _LimitReached(sheet, row, t("ingest.limit.rows", limit=i18n.number(MAX_ROWS)))
        self.cells += len(cells)
        if self.cells > MAX_CELLS:
            raise _LimitReached(sheet, row, t("ingest.limit.cells", limit=i18n.number(MAX_CELLS)))
        if not cells or max(map(len, cells)) <= MAX_CELL_CHARS:  # the common case, at C speed
            return True
        for position, cell in enumerate(cells):
            if len(cell) > MAX_CELL_CHARS:
                cells[position] = excerpt(cell, mask_text)
                if table is not None:  # a header row that long is no header: nothing to tell
                    table.long_cells.append((row, position, len(cell), cells[position]))
        return True


def report_long_cells(table: Table, report: Report) -> None:
    """Tell, blocking, each cell of ``table`` that was too long for a spreadsheet, in its column (rows
    above the header — titles — left out): once the header is found."""
    for row, position, length, shown in table.long_cells:
        if row > table.header_row:
            report.add(BLOCKING, table.file, table.sheet, row, table.column_name(position), shown,
                       t("ingest.limit.cell", length=i18n.number(length), limit=i18n.number(MAX_CELL_CHARS)))


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
        opened = _record_at(text, text.rfind('"'), delimiter)
        report.add(BLOCKING, path.name, None, opened, None, "", t("ingest.csv_cut", line=opened))
        return None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    reading = _Reading(path.name, report)
    table: Table | None = None
    row_number = 0
    try:
        for row_number, cells in enumerate(reader, start=1):  # one record, one row: as a spreadsheet shows it
            if not reading.keep(table, None, row_number, cells):
                continue
            if table is None:
                if any(cell.strip() for cell in cells):
                    table = Table(path.name, None, path.stem, cells, row_number, encoding=encoding, delimiter=delimiter)
                continue
            table.rows.append((row_number, cells))
    except csv.Error as error:
        report.add(BLOCKING, path.name, None, row_number + 1, None, "", t("ingest.csv_broken", error=str(error)))
        return None
    except _LimitReached as limit:
        report.add(BLOCKING, path.name, None, limit.row, None, "", limit.message)
        return None
    if table is None:
        report.add(BLOCKING, path.name, None, None, None, "", t("ingest.empty_file"))
    return table


def _record_at(text: str, position: int, delimiter: str) -> int:
    """The row (record) of a CSV text that holds the character at ``position``.

    >>> _record_at('a;b\\n"c\\nd";e\\nf;"g', 12, ";")
    3
    """
    return sum(1 for _ in csv.reader(io.StringIO(text[:position] + "x", newline=""), delimiter=delimiter))


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


# What a damaged or hostile workbook raises, from the archive, the XML parser or openpyxl: a French message.
_UNREADABLE = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, KeyError, ValueError,
               IndexError, TypeError, SyntaxError, NotImplementedError, RuntimeError)
_STREAMED = re.compile(r"xl/(worksheets|pivotCache|media)/", re.IGNORECASE)  # parts openpyxl never reads whole


def _read_xlsx(path: Path, report: Report) -> list[Table]:
    from openpyxl import load_workbook

    refused = _unpacking_problem(path)
    if refused is not None:
        report.add(BLOCKING, path.name, None, None, None, "", refused)
        return []
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except _UNREADABLE as error:
        report.add(BLOCKING, path.name, None, None, None, "", t("ingest.xlsx_broken", error=type(error).__name__))
        return []
    reading = _Reading(path.name, report)
    title = None
    try:
        tables = []
        for sheet in workbook.worksheets:  # sheets are parsed here, row by row: their errors come now
            title = sheet.title
            if table := _sheet_table(path.name, sheet, reading):
                tables.append(table)
        return tables
    except _LimitReached as limit:
        report.add(BLOCKING, path.name, limit.sheet, limit.row, None, "", limit.message)
    except _UNREADABLE as error:
        report.add(BLOCKING, path.name, title, None, None, "", t("ingest.xlsx_broken", error=type(error).__name__))
    finally:
        workbook.close()
    return []


def _unpacking_problem(path: Path) -> str | None:
    """Why the workbook at ``path`` cannot be unpacked safely (a French message), or None.

    Before anything is parsed: the number of parts, read from the end of the archive (a directory of millions
    of parts would fill the memory before anything else); each part's size once unpacked and how much it grows,
    as declared; then each part unpacked in pieces and counted, since a declaration can lie.
    """
    try:
        with path.open("rb") as handle:
            parts = _parts_declared(handle)
        if parts is not None and parts > MAX_PARTS:
            return t("ingest.limit.parts", count=i18n.number(parts), limit=i18n.number(MAX_PARTS))
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            declared = sum(info.file_size for info in infos)
            if declared > MAX_UNPACKED_BYTES:
                return t("ingest.limit.unpacked", size=_megabytes(declared), limit=_megabytes(MAX_UNPACKED_BYTES))
            for info in infos:
                if problem := _part_problem(info.filename, info.file_size, info.compress_size):
                    return problem
            unpacked = 0
            for info in infos:
                size = 0
                with archive.open(info) as part:
                    while chunk := part.read(2**20):
                        size, unpacked = size + len(chunk), unpacked + len(chunk)
                        if unpacked > MAX_UNPACKED_BYTES:
                            return t("ingest.limit.unpacked", size=_megabytes(unpacked),
                                     limit=_megabytes(MAX_UNPACKED_BYTES))
                        if problem := _part_problem(info.filename, size, info.compress_size):
                            return problem
    except _UNREADABLE as error:
        return t("ingest.xlsx_broken", error=type(error).__name__)
    return None


def _part_problem(name: str, size: int, packed: int) -> str | None:
    """What is wrong with a part of ``size`` bytes unpacked (``packed`` in the archive), or None."""
    if size > 2**20 and size > MAX_RATIO * max(packed, 1):
        return t("ingest.limit.bomb", part=name, ratio=i18n.number(size // max(packed, 1)),
                 size=_megabytes(size))
    if size > MAX_WHOLE_PART_BYTES and not _STREAMED.match(name):
        return t("ingest.limit.part", part=name, size=_megabytes(size), limit=_megabytes(MAX_WHOLE_PART_BYTES))
    return None


def _parts_declared(handle: io.BufferedReader) -> int | None:
    """The number of parts the end of a zip archive declares (None when it is no zip archive).

    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w") as archive:
    ...     archive.writestr("a.xml", "<a/>")
    >>> _parts_declared(buffer)
    1
    """
    handle.seek(0, io.SEEK_END)
    size = handle.tell()
    handle.seek(max(size - 65_557, 0))  # the end record (22 bytes) and its comment (64 KB at most)
    tail = handle.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return None
    parts = struct.unpack("<H", tail[at + 10:at + 12])[0]
    return MAX_PARTS + 1 if parts == 0xFFFF else parts  # 0xFFFF: more, in a zip64 record


def _megabytes(size: int) -> str:
    return i18n.number(round(size / 2**20))


def _sheet_table(file: str, sheet: object, reading: _Reading) -> Table | None:
    table: Table | None = None
    for number, values in _numbered_rows(sheet):
        cells = [cell_text(value) for value in values]
        if not reading.keep(table, sheet.title, number, cells):  # type: ignore[attr-defined]
            continue
        if table is None:
            if any(cell.strip() for cell in cells):
                table = Table(file, sheet.title, sheet.title, cells, number)  # type: ignore[attr-defined]
            continue
        table.rows.append((number, cells))
    return table


def _numbered_rows(sheet: object) -> Iterator[tuple[int, tuple[object, ...]]]:
    # The size a sheet records can be wrong or made up (one cell claimed at XFD1048576 and a million empty rows
    # filled in): forgotten, so rows come as they are in the file, each as wide as its last cell.
    sheet.reset_dimensions()  # type: ignore[attr-defined]
    # min_row=1: read-only sheets otherwise start at their recorded dimension, which would
    # shift every row number after leading blank rows.
    for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):  # type: ignore[attr-defined]
        yield number, values
