"""CSV rows with their line numbers and case-insensitive column lookup (exports differ in
case and wording between versions: "Variant SKU" / "SKU", "Option1 Name" / "Option1 name")."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass


@dataclass
class Row:
    """One CSV row: ``line`` is where it starts in the file (a quoted cell may span lines);
    ``cells`` maps the case-folded header to the stripped cell."""

    line: int
    cells: dict[str, str]

    def get(self, *names: str) -> str:
        """The first non-empty cell among these column names ("" if none)."""
        for n in names:
            v = self.cells.get(n.casefold(), "")
            if v:
                return v
        return ""


def delimiter(text: str) -> str:
    """The CSV delimiter: the commonest of , ; and tab on the header line (European
    spreadsheets save with ';')."""
    first = text.split("\n", 1)[0]
    return max(",;\t", key=first.count) if first else ","


def read_rows(text: str, file: str) -> tuple[list[str], list[Row]]:
    """(header as written, rows), the delimiter sniffed (`delimiter`). Fully empty rows are
    skipped. Raises `CatalogError` naming each row with more filled cells than the header has
    columns (an unquoted comma in a description would otherwise lose its tail)."""
    from ..catalog import CatalogError, CatalogIssue

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(text))
    header = [h.strip() for h in next(reader, [])]
    keys = [h.casefold() for h in header]
    rows: list[Row] = []
    overflow: list[CatalogIssue] = []
    start = 2
    for cells in reader:
        if any(c.strip() for c in cells):
            rows.append(Row(start, {k: (c or "").strip() for k, c in zip(keys, cells, strict=False)}))
            if any(c.strip() for c in cells[len(keys):]):
                overflow.append(CatalogIssue(file, start, None, f"{len(cells)} cells but "
                                             f"{len(keys)} columns (quote cells that hold commas)"))
        start = reader.line_num + 1
    if overflow:
        raise CatalogError(overflow)
    return header, rows


def column(header: list[str], *names: str) -> str | None:
    """The header as written for the first of ``names`` present (case-insensitive)."""
    folded = {h.casefold(): h for h in header}
    for n in names:
        if n.casefold() in folded:
            return folded[n.casefold()]
    return None
