"""pdfplumber's tables from its edges (``Finder``), and their cell texts as ``Table.extract`` gives them.

``Finder`` is pdfplumber 0.11's ``TableFinder`` with its ``intersections_to_cells`` made
linear in the points it looks at: each point's edge sets built once, not at every test, and the
points below and to the right of a point looked up by column and row instead of scanned
(that scan made it quadratic to cubic in a table's intersections).

pdfplumber 0.11's ``Table.extract`` (without its layout options) puts a char in a cell when its
midpoint is in the cell, and reads each cell with ``utils.extract_text``: lines are chars whose
tops cluster within ``y_tolerance``, sorted by x0; a space ends a word, and so does a char left
of the previous one's x0, past its x1 + ``x_tolerance`` or more than ``y_tolerance`` above or
below it; words join with ligatures expanded, cluster again into lines by their top and are
joined by spaces and line breaks. ``cell_texts`` does exactly that on plain tuples, one sort per
line instead of pdfplumber's dictionaries and text map, and checks the ties on the way: where a
hair's difference in a char's position could change that text, it raises ``Unsupported``.
"""

from __future__ import annotations

import bisect
from operator import itemgetter

from pdfplumber.table import Table as FoundTable
from pdfplumber.table import TableFinder, TableSettings, cells_to_tables, edges_to_intersections
from pdfplumber.utils import obj_to_bbox
from pdfplumber.utils.text import LIGATURES

Table = list[list[str | None]]
# A char: x0, x1, top, bottom (pdfplumber's coordinates) and its text, one character.
Char = tuple[float, float, float, float, str]
# How close to one of pdfplumber's thresholds a char may come before the page is left to
# pdfplumber: PDFium's positions are pdfminer's to ~1e-4 pt in whole-unit fonts.
TIE = 0.01
_x0 = itemgetter(0)
_place = itemgetter(0, 1, 2)


class Unsupported(Exception):
    """A page whose tables this reader cannot promise to read as pdfplumber would; says why."""


def _intersections_to_cells(intersections: dict) -> list[tuple[float, float, float, float]]:
    """pdfplumber's ``intersections_to_cells``, the same cells in the same order: for each point
    in (x, top) order, the first point below it and the first to its right (in that order)
    joined to it by a shared edge whose corner point joins both."""
    v_sets = {point: set(map(obj_to_bbox, found["v"])) for point, found in intersections.items()}
    h_sets = {point: set(map(obj_to_bbox, found["h"])) for point, found in intersections.items()}

    def connects(p1: tuple[float, float], p2: tuple[float, float]) -> bool:
        return (p1[0] == p2[0] and not v_sets[p1].isdisjoint(v_sets[p2])) or (
            p1[1] == p2[1] and not h_sets[p1].isdisjoint(h_sets[p2])
        )

    points = sorted(intersections)
    columns: dict[float, list[tuple[float, float]]] = {}
    rows: dict[float, list[tuple[float, float]]] = {}
    for point in points:
        columns.setdefault(point[0], []).append(point)
        rows.setdefault(point[1], []).append(point)
    seen_in_column: dict[float, int] = {}
    seen_in_row: dict[float, int] = {}
    cells = []
    for point in points:
        x, top = point
        below = columns[x][seen_in_column.setdefault(x, 0) + 1:]
        right = rows[top][seen_in_row.setdefault(top, 0) + 1:]
        seen_in_column[x] += 1
        seen_in_row[top] += 1
        right = [corner for corner in right if connects(point, corner)] if below else []
        cells.extend(_smallest_cell(point, below, right, intersections, connects))
    return cells


def _smallest_cell(point, below, right, intersections, connects) -> list[tuple[float, float, float, float]]:
    for below_point in below:
        if not connects(point, below_point):
            continue
        for right_point in right:
            corner = (right_point[0], below_point[1])
            if corner in intersections and connects(corner, right_point) and connects(corner, below_point):
                return [(point[0], point[1], corner[0], corner[1])]
    return []


class Finder(TableFinder):
    """``TableFinder`` as pdfplumber 0.11 builds it, with ``_intersections_to_cells``."""

    def __init__(self, page, settings: TableSettings):
        self.page = page
        self.settings = TableSettings.resolve(settings)
        self.edges = self.get_edges()
        self.intersections = edges_to_intersections(
            self.edges, self.settings.intersection_x_tolerance, self.settings.intersection_y_tolerance
        )
        self.cells = _intersections_to_cells(self.intersections)
        self.tables = [FoundTable(self.page, group) for group in cells_to_tables(self.cells)]


def _check_edges(table: FoundTable, points: list[tuple[float, float, Char]]) -> None:
    """A char's midpoint within TIE of a cell's edge: float noise (PDFium keeps single
    precision) could put it on either side, where pdfminer has it on one."""
    xs = sorted({x for cell in table.cells for x in (cell[0], cell[2])})
    ys = sorted({y for cell in table.cells for y in (cell[1], cell[3])})
    for edges, values in ((xs, {p[0] for p in points}), (ys, {p[1] for p in points})):
        last = len(edges)
        for value in values:
            at = bisect.bisect_left(edges, value)
            if (at < last and edges[at] - value < TIE) or (at and value - edges[at - 1] < TIE):
                raise Unsupported("a char centred on a rule, to within float noise")


def _clustered(items: list, top: itemgetter, tolerance: float) -> list[list]:
    """pdfplumber's ``cluster_objects``: items whose tops chain within ``tolerance``, clusters
    in top order, items in their given order within each."""
    tops = sorted({top(item) for item in items})
    line_of, line, last = {}, 0, tops[0]
    for value in tops:
        line += value > last + tolerance
        line_of[value] = line
        last = value
    lines: list[list] = [[] for _ in range(line + 1)]
    for item in items:
        lines[line_of[top(item)]].append(item)
    return lines


def _check_lines(chars: list[Char], y_tolerance: float) -> None:
    tops = sorted({char[2] for char in chars})
    for a, b in zip(tops, tops[1:]):
        if abs(b - a - y_tolerance) < TIE:
            raise Unsupported("two lines of a cell the line tolerance apart, to within float noise")


def _words(line: list[Char], x_tolerance: float, y_tolerance: float, words: list[tuple[float, str]]) -> None:
    """Append a line's words (top, text) as pdfplumber's ``WordExtractor`` splits them, after
    the ties: glyphs over one another (pieces of one ligature are not: pdfminer's order of them
    is kept, but its x may fall on either side of ours), or a gap between glyphs, or a rise,
    within TIE of the word tolerances."""
    line.sort(key=_x0)
    word: list[Char] = []
    before = None
    for char in line:
        x0, _, top, _, text = char
        space = text.isspace()
        if before is not None:
            if x0 - before[0] < TIE and _place(char) != _place(before):
                raise Unsupported("glyphs drawn over one another, to within float noise")
            if not space and not before[4].isspace():
                if abs(x0 - before[1] - x_tolerance) < TIE or abs(abs(top - before[2]) - y_tolerance) < TIE:
                    raise Unsupported("a gap between glyphs the word tolerance wide, to within float noise")
        before = char
        if space:
            if word:
                words.append(_word(word))
                word = []
        elif word and (x0 < word[-1][0] or x0 > word[-1][1] + x_tolerance or abs(top - word[-1][2]) > y_tolerance):
            words.append(_word(word))
            word = [char]
        else:
            word.append(char)
    if word:
        words.append(_word(word))


def _word(chars: list[Char]) -> tuple[float, str]:
    return min(char[2] for char in chars), "".join(LIGATURES.get(char[4], char[4]) for char in chars)


def _text(chars: list[Char], x_tolerance: float, y_tolerance: float) -> str:
    """``utils.extract_text(chars, x_tolerance=..., y_tolerance=...)``, after the ties."""
    _check_lines(chars, y_tolerance)
    words: list[tuple[float, str]] = []
    for line in _clustered(chars, itemgetter(2), y_tolerance):
        _words(line, x_tolerance, y_tolerance, words)
    if not words:
        return ""
    return "\n".join(" ".join(word[1] for word in line) for line in _clustered(words, itemgetter(0), y_tolerance))


def _inside(points: list[tuple[float, float, Char]], box) -> list[Char]:
    """The chars whose midpoint is in ``box``, as pdfplumber's ``char_in_bbox`` tests it."""
    x0, top, x1, bottom = box
    return [char for h_mid, v_mid, char in points if x0 <= h_mid < x1 and top <= v_mid < bottom]


def cell_texts(table: FoundTable, chars: list[Char], x_tolerance: float, y_tolerance: float) -> Table:
    """``Table.extract(x_tolerance=..., y_tolerance=...)`` of pdfplumber 0.11 on ``chars`` (in
    content order), each char's midpoint worked out once; ``Unsupported`` on a tie."""
    x0, top, x1, bottom = table.bbox
    points = []
    for char in chars:
        h_mid = (char[0] + char[1]) / 2
        v_mid = (char[2] + char[3]) / 2
        if x0 <= h_mid < x1 and top <= v_mid < bottom:
            points.append((h_mid, v_mid, char))
    _check_edges(table, points)
    by_height = sorted(range(len(points)), key=lambda at: points[at][1])
    heights = [points[at][1] for at in by_height]
    rows: Table = []
    for row in table.rows:
        x0, top, x1, bottom = row.bbox
        band = by_height[bisect.bisect_left(heights, top):bisect.bisect_left(heights, bottom)]
        row_points = [points[at] for at in sorted(at for at in band if x0 <= points[at][0] < x1)]
        cells: list[str | None] = []
        for cell in row.cells:
            inside = None if cell is None else _inside(row_points, cell)
            cells.append(None if inside is None else _text(inside, x_tolerance, y_tolerance) if inside else "")
        rows.append(cells)
    return rows
