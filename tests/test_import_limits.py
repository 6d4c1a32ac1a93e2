"""Bombs and giants: files made to expand without end, or too large to read, are refused while they are read,
in seconds and with bounded memory, with a French message that says where and what to do.

The files are built here, on the fly: a workbook's parts are deflated once per repeated block (a block
compressed after a full flush gives the same bytes each time), so a 2 MB file that unpacks to 2 GB costs a
fraction of a second to make. A load runs in a child process, whose own peak memory (``VmHWM``, read by
the child) and processor time are measured: the issue's bounds are 5 seconds and 500 MB. Processor time,
not the wall clock: the machines that run the tests are shared.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import textwrap
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from graph.backends.embedded import EmbeddedStore
from ingest.reader import MAX_CELL_CHARS, MAX_CELLS, MAX_PARTS, MAX_ROWS, read_tables
from ingest.report import Report
from ingest.workbook import load_workbook

ROOT = Path(__file__).resolve().parent.parent
SECONDS, MEGABYTES = 5, 500  # the bounds for a refusal
MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = b"http://schemas.openxmlformats.org/package/2006"


# --- building workbooks part by part ----------------------------------------------------------------------------


@dataclass
class Part:
    """A part of a zip archive: ``head``, then ``block`` repeated ``times``, then ``tail``; ``declared`` is the
    size the archive says it has (the true size unless told)."""

    name: str
    head: bytes = b""
    block: bytes = b""
    times: int = 0
    tail: bytes = b""
    declared: int | None = None

    @property
    def size(self) -> int:
        return len(self.head) + len(self.block) * self.times + len(self.tail)


def write_zip(path: Path, parts: list[Part]) -> Path:
    """A zip archive written by hand, so that a part of gigabytes is deflated once per block, and its declared
    size can lie. A part over 64 MB gets no true checksum (computing it would take seconds): it is never read
    that far unless the reader fails, and then the time and memory measured fail the test first."""
    central, offset = [], 0
    with path.open("wb") as out:
        for part in parts:
            packer = zlib.compressobj(9, zlib.DEFLATED, -15)
            data = packer.compress(part.head) + packer.flush(zlib.Z_FULL_FLUSH)
            if part.times:
                data += (packer.compress(part.block) + packer.flush(zlib.Z_FULL_FLUSH)) * part.times
            data += packer.compress(part.tail) + packer.flush()
            crc = zlib.crc32(part.head + part.block * part.times + part.tail) if part.size <= 64 * 2**20 else 0
            declared = part.size if part.declared is None else part.declared
            name = part.name.encode()
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), declared,
                                  len(name), 0) + name + data)
            central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data),
                                       declared, len(name), 0, 0, 0, 0, 0, offset) + name)
            offset += 30 + len(name) + len(data)
        directory = b"".join(central)
        out.write(directory)
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(directory), offset, 0))
    return path


def skeleton(sheet: Part, strings: Part | None = None) -> list[Part]:
    """The parts of a workbook with one sheet, « pratiques », and ``strings`` as its shared strings."""
    overrides = b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.' \
                b'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType=' \
                b'"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    links = b'<Relationship Id="rId1" Type="' + REL + b'/worksheet" Target="worksheets/sheet1.xml"/>'
    if strings is not None:
        overrides += b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-' \
                     b'officedocument.spreadsheetml.sharedStrings+xml"/>'
        links += b'<Relationship Id="rId2" Type="' + REL + b'/sharedStrings" Target="sharedStrings.xml"/>'
    return [
        Part("[Content_Types].xml", b'<?xml version="1.0"?><Types xmlns="' + PACKAGE + b'/content-types">'
             b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             b'<Default Extension="xml" ContentType="application/xml"/>' + overrides + b"</Types>"),
        Part("_rels/.rels", b'<?xml version="1.0"?><Relationships xmlns="' + PACKAGE + b'/relationships">'
             b'<Relationship Id="rId1" Type="' + REL + b'/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        Part("xl/workbook.xml", b'<?xml version="1.0"?><workbook ' + MAIN + b' xmlns:r="' + REL + b'"><sheets>'
             b'<sheet name="pratiques" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        Part("xl/_rels/workbook.xml.rels", b'<?xml version="1.0"?><Relationships xmlns="' + PACKAGE +
             b'/relationships">' + links + b"</Relationships>"),
        sheet,
        *([strings] if strings is not None else []),
    ]


def sheet_part(rows: bytes = b"", block: bytes = b"", times: int = 0, tail: bytes = b"", dimension: bytes = b"",
               declared: int | None = None) -> Part:
    head = b'<?xml version="1.0"?><worksheet ' + MAIN + b">" + dimension + b"<sheetData>" + rows
    return Part("xl/worksheets/sheet1.xml", head, block, times, tail + b"</sheetData></worksheet>", declared)


def text_cell(reference: str, text: str) -> bytes:
    return f'<c r="{reference}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'.encode()


HEADER_ROW = b'<row r="1">' + text_cell("A1", "id_pratique") + text_cell("B1", "titre") + b"</row>"
MEGABYTE_OF_ROWS = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * (2**20 // 49)  # packs 300 times
MEGABYTE_OF_BLANKS = b" " * 2**20  # blanks between rows, as XML allows: packs a thousand times


def load_in_child(path: Path, tmp_path: Path) -> dict:
    """Load ``path`` in a child process: what it reports, its processor time for the load, its peak memory.

    The peak is the child's own high-water mark (``VmHWM``, read by the child once the load is done): the
    ``ru_maxrss`` that ``os.wait4`` gives is carried across ``exec``, so it would count the whole test run's
    memory, which the child shared with its parent between ``fork`` and ``exec``. The child writes to files, not
    pipes: waiting for it while it waits for a full pipe to be read would never end."""
    out, err = tmp_path / "enfant.json", tmp_path / "enfant.err"
    script = textwrap.dedent(f"""
        import json, time
        from graph.backends.embedded import EmbeddedStore
        from ingest.workbook import load_workbook
        with EmbeddedStore({str(tmp_path / "graphe")!r}) as store:
            began = time.process_time()
            result = load_workbook(store, {str(path)!r})
            spent = time.process_time() - began
        with open("/proc/self/status") as status:
            peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))  # kilobytes
        print(json.dumps({{"lines": result.report.lines()[:20], "blocking": len(result.report.blocking),
                           "written": result.written, "seconds": spent, "megabytes": peak / 1024}}))
    """)
    with out.open("wb") as stdout, err.open("wb") as stderr:
        child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=stdout, stderr=stderr)
        child.wait()
    assert child.returncode == 0, err.read_text()
    return json.loads(out.read_text())


def assert_refused_within_bounds(found: dict, *fragments: str) -> None:
    assert found["blocking"] and not found["written"], found["lines"]
    assert any(all(fragment in line for fragment in fragments) for line in found["lines"]), found["lines"]
    assert found["seconds"] < SECONDS, f"{found['seconds']:.1f} s of processor time"
    assert found["megabytes"] < MEGABYTES, f"{found['megabytes']:.0f} MB at the peak"


# --- bombs ------------------------------------------------------------------------------------------------------


def test_a_2_mb_workbook_that_unpacks_to_gigabytes_is_refused_in_seconds(tmp_path):
    bomb = write_zip(tmp_path / "bombe.xlsx", skeleton(sheet_part(HEADER_ROW, MEGABYTE_OF_BLANKS, 2_000)))
    assert 1 * 2**20 < bomb.stat().st_size < 3 * 2**20
    found = load_in_child(bomb, tmp_path)
    assert_refused_within_bounds(found, "bombe.xlsx", "Une fois décompressé, ce classeur ferait plus de 2\u202f000 Mo "
                                 "(256 Mo au plus)", "découpez-le")


def test_a_bomb_whose_sizes_lie_is_refused_in_seconds(tmp_path):
    """The archive says 512 KB; the part would unpack to 2 GB: it is never read past what it says."""
    lying = sheet_part(HEADER_ROW, MEGABYTE_OF_BLANKS, 2_000, declared=512 * 1024)
    bomb = write_zip(tmp_path / "menteuse.xlsx", skeleton(lying))
    found = load_in_child(bomb, tmp_path)
    assert_refused_within_bounds(found, "menteuse.xlsx", "Ce classeur Excel est illisible", "enregistrez-le")


def test_a_part_that_grows_a_thousand_times_is_refused_though_small(tmp_path):
    """Under the limit on the whole (100 MB of 256), but 300 times its packed size: a bomb."""
    bomb = write_zip(tmp_path / "dense.xlsx", skeleton(sheet_part(HEADER_ROW, MEGABYTE_OF_ROWS, 100)))
    report = Report()
    assert read_tables(bomb, report) == []
    [problem] = report.problems
    assert "La partie « xl/worksheets/sheet1.xml » de ce classeur se décompresse en 100 Mo" in problem.message
    assert "bombe de décompression" in problem.message and "Demandez le fichier d’origine" in problem.message


def test_shared_strings_too_large_to_hold_are_refused(tmp_path):
    """Shared strings are read whole by openpyxl (their memory grows with them): 40 MB, packed only twice."""
    noise = b"".join(b"<si><t>%08x</t></si>" % zlib.crc32(b"%d" % i) for i in range(2**20 // 24))  # 1 MB
    strings = Part("xl/sharedStrings.xml", b'<?xml version="1.0"?><sst ' + MAIN + b">", noise, 40, b"</sst>")
    big = write_zip(tmp_path / "chaines.xlsx", skeleton(sheet_part(HEADER_ROW), strings))
    report = Report()
    assert read_tables(big, report) == []
    [problem] = report.problems
    assert "La partie « xl/sharedStrings.xml » de ce classeur ferait 40 Mo une fois décompressée (32 Mo au plus)" \
        in problem.message


def test_an_archive_of_too_many_parts_is_refused_before_its_directory_is_read(tmp_path):
    parts = skeleton(sheet_part(HEADER_ROW)) + [Part(f"docProps/p{i}.xml", b"<a/>") for i in range(MAX_PARTS)]
    report = Report()
    assert read_tables(write_zip(tmp_path / "parties.xlsx", parts), report) == []
    [problem] = report.problems
    assert problem.message.startswith(f"Ce classeur contient {MAX_PARTS + 5:,} parties".replace(",", "\u202f"))


# --- giants -----------------------------------------------------------------------------------------------------


def test_a_sheet_reaching_the_last_row_is_refused_where_the_limit_is(tmp_path):
    """One cell claimed at XFD1048576, the whole grid in the sheet's dimension: read as it is, it stops at the
    row limit instead of filling a million rows of 16,384 columns."""
    last = b'<row r="1048576">' + text_cell("XFD1048576", "fin") + b"</row>"
    giant = write_zip(tmp_path / "grille.xlsx", skeleton(sheet_part(HEADER_ROW, tail=last,
                                                                    dimension=b'<dimension ref="A1:XFD1048576"/>')))
    found = load_in_child(giant, tmp_path)
    assert_refused_within_bounds(found, "grille.xlsx, feuille « pratiques », ligne 250001",
                                 "Plus de 250\u202f000 lignes", "Supprimez les lignes en trop")


def test_a_wrong_dimension_hides_no_row(tmp_path):
    """The dimension says A1 only; the rows below are read all the same."""
    rows = HEADER_ROW + b"".join(b'<row r="%d">' % n + text_cell(f"A{n}", f"PR-{n}") + text_cell(f"B{n}", "Café")
                                 + b"</row>" for n in (2, 3, 7))
    small = write_zip(tmp_path / "dimension.xlsx", skeleton(sheet_part(rows, dimension=b'<dimension ref="A1"/>')))
    [table] = read_tables(small, Report())
    assert [(number, cells) for number, cells in table.rows if any(cells)] == [
        (2, ["PR-2", "Café"]), (3, ["PR-3", "Café"]), (7, ["PR-7", "Café"])]


def test_rows_as_wide_as_the_sheet_reach_the_cell_limit(tmp_path):
    wide = b"".join(b'<row r="%d">' % n + text_cell(f"XFD{n}", "x") + b"</row>" for n in range(2, 1_000))
    giant = write_zip(tmp_path / "large.xlsx", skeleton(sheet_part(HEADER_ROW + wide)))
    found = load_in_child(giant, tmp_path)
    row = MAX_CELLS // 16_384 + 2  # the header row has 2 cells, every other row 16,384
    assert_refused_within_bounds(found, f"large.xlsx, feuille « pratiques », ligne {row}",
                                 "Plus de 10\u202f000\u202f000 cases", "Supprimez les colonnes en trop")


def test_a_csv_of_too_many_rows_is_refused_at_the_first_row_over(tmp_path):
    path = tmp_path / "pratiques.csv"
    path.write_text("id_pratique;titre\n" + "PR-1;Café\n" * (MAX_ROWS - 1), encoding="utf-8")
    report = Report()
    [table] = read_tables(path, report)  # at the limit: read
    assert not report.problems and table.rows[-1][0] == MAX_ROWS
    with path.open("a", encoding="utf-8") as handle:
        handle.write("PR-2;Thé\n")
    assert read_tables(path, report) == []
    [problem] = report.problems
    assert problem.where() == "pratiques.csv, ligne 250001"
    assert problem.message.startswith("Plus de 250\u202f000 lignes")


@pytest.mark.parametrize("shape", ["csv", "xlsx"])
def test_a_cell_longer_than_a_spreadsheet_holds_is_shown_as_a_masked_excerpt(tmp_path, shape):
    huge = "Appeler le 06 12 34 56 78. " + "Une très longue description. " * 1_500
    assert len(huge) > MAX_CELL_CHARS
    rows = [["id_pratique", "titre", "description", "id_centre"], ["PR-1", "Café", huge, "CS95-001"],
            ["PR-2", "Thé", "Court.", "CS95-001"]]
    if shape == "csv":
        path = tmp_path / "pratiques.csv"
        path.write_text("\n".join(";".join(row) for row in rows), encoding="utf-8")
        where = "pratiques.csv, ligne 2, colonne « description »"
    else:  # written by hand: openpyxl cuts a cell at 32,767 characters, a hostile file does not
        cells = b"".join(b'<row r="%d">' % n + b"".join(text_cell(f"{letter}{n}", value)
                                                         for letter, value in zip("ABCD", row))
                         + b"</row>" for n, row in enumerate(rows, start=1))
        path = write_zip(tmp_path / "classeur.xlsx", skeleton(sheet_part(cells)))
        where = "classeur.xlsx, feuille « pratiques », ligne 2, colonne « C (description) »"
    with EmbeddedStore(tmp_path / "graphe") as store:
        result = load_workbook(store, path, dry_run=True)
    [problem] = [p for p in result.report.blocking if p.row == 2 and "description" in (p.column or "")]
    assert problem.where() == where
    length = f"{len(huge):,}".replace(",", "\u202f")
    assert problem.message.startswith(f"Case de {length} caractères : un tableur n’en admet que 32\u202f767")
    assert problem.value.startswith("Appeler le 06 •• •• •• 78.") and problem.value.endswith(
        f"({length} caractères en tout)")
    assert "12 34" not in result.report.to_csv().decode("utf-8-sig")
    assert result.rows["Pratique"] == 2 and not result.written  # its other problems told too; nothing written


def test_the_import_page_refuses_a_bomb_and_stays_usable(app_test, tmp_path):
    bomb = write_zip(tmp_path / "bombe.xlsx", skeleton(sheet_part(HEADER_ROW, MEGABYTE_OF_BLANKS, 2_000)))
    app = app_test("app_pages/importer.py", demo=False)
    app.session_state["import_files"] = [("bombe.xlsx", bomb.read_bytes())]
    app.run()
    assert not app.exception
    assert "rien ne peut être importé" in app.error[0].value
    shown = "\n".join(frame.value.to_csv() for frame in app.dataframe)
    assert "Une fois décompressé, ce classeur ferait plus de" in shown
    app.session_state["import_files"] = [("centres.csv", b"id_centre;nom\n")]  # the next file is read as usual
    app.run()
    assert not app.exception
