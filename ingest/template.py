"""The workbook template: one sheet per kind, derived from the schema, filled with the demo rows.

The first sheet, « Lisez-moi », explains every column (what it holds, whether it is
required, the values allowed); « Valeurs admises » lists each vocabulary. Cells are
text cells, so that Excel keeps the leading zeros of codes.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from graph.i18n import t
from graph.schema import KIND_LIST, KINDS, Link, NodeKind, Prop, kind_for_sheet
from graph.text import spreadsheet_safe
from graph.vocabularies import ALL as VOCABULARIES
from ingest.reader import read_tables
from ingest.report import Report

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")


def column_help(kind: NodeKind, column: Prop | Link) -> list[str]:
    """One row of the « Lisez-moi » sheet: sheet, column, meaning, required, format or values."""
    if isinstance(column, Link):
        values = t("template.link", target=KINDS[column.target].sheet, many=t("template.several") if column.many else "")
    elif column.vocabulary:
        values = " ; ".join(column.vocabulary.labels) + (" " + t("template.open") if column.vocabulary.open else "") \
            + (" " + t("template.several") if column.many else "")
    else:
        values = t(f"template.type.{column.type}")
    required = t("template.required") if column.required else ""
    return [kind.sheet, column.name, column.label, required, values, column.help]


def template_xlsx(source: Path | None = None) -> bytes:
    """The template as ``.xlsx`` bytes, filled with the rows of ``source`` (a workbook or CSV folder)."""
    rows_by_sheet: dict[str, list[list[str]]] = {}
    if source is not None:
        for table in read_tables(source, Report()):
            kind = kind_for_sheet(table.name)
            if kind is not None:
                rows_by_sheet[kind.sheet] = [table.header] + [cells for _, cells in table.rows]
    book = Workbook()
    readme = book.active
    readme.title = t("template.readme_sheet")
    _fill(readme, [t("template.readme_header").split("|")] + [
        column_help(kind, column) for kind in KIND_LIST for column in kind.columns
    ])
    readme.insert_rows(1, 2)
    readme["A1"] = t("template.readme_intro")
    readme["A1"].font = Font(bold=True)
    for kind in KIND_LIST:
        rows = rows_by_sheet.get(kind.sheet) or [[column.name for column in kind.columns]]
        _fill(book.create_sheet(kind.sheet), rows)
    vocab_rows = [t("template.vocabulary_header").split("|")]
    vocab_rows += [[v.title, term.label, term.code] for v in VOCABULARIES for term in v.terms]
    _fill(book.create_sheet(t("template.vocabulary_sheet")), vocab_rows)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _fill(sheet: Worksheet, rows: list[list[str]]) -> None:
    for row in rows:
        sheet.append([spreadsheet_safe(cell) if isinstance(cell, str) else cell for cell in row])
    for cell in sheet[1]:
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
    for column in sheet.columns:
        width = min(60, max(10, *(len(str(c.value or "")) for c in column)))
        sheet.column_dimensions[column[0].column_letter].width = width
        for cell in column:
            cell.number_format = "@"
            cell.alignment = Alignment(vertical="top", wrap_text=width >= 60)
    sheet.freeze_panes = "A2"
