"""Ruled tables read from PDFium's page objects by pdfplumber's own table code.

``pdfplumber.Page.extract_tables()`` spends ~20-40 ms a ruled page re-parsing the content
stream in Python (pdfminer); PDFium has already parsed it. This module rebuilds the two inputs
pdfplumber's table code reads, edges and chars, from the open PDFium page, runs pdfplumber's
``TableFinder`` on them with ``extract_tables()``'s default settings, and cuts the cells as
``Table.extract`` does:

- edges: each painted subpath is classified as pdfminer does (line, rectangle or other curve)
  and turned into edges by pdfplumber's own helpers, in pdfplumber's order (lines, rectangles,
  curves: snapping averages follow that order). PDFium keeps numbers as float32, so each is
  turned back into the shortest decimal that rounds to it, i.e. the number the content stream
  wrote. Coordinates are pdfplumber's: from the MediaBox (pdfplumber ignores the CropBox when
  it finds tables, so this does too), with top = page height - y.
- chars: only when tables were found, and only from the text objects that reach one: PDFium's
  text page without the spaces and line breaks it generates, each with pdfminer's box (origin
  to the end of the advance across; font descent to descent + font size up, with the AFM
  metrics pdfminer uses for the standard-14 names).

PDFium's text page is not pdfminer's glyph stream everywhere, and the chars' x positions are
pdfminer's only to float noise. Where either could change a table, ``page_tables`` raises
``Unsupported`` (saying which) and the caller reads the page with pdfplumber: pages turned by
/Rotate; near a table, turned or mirrored text, /ActualText, Type 3 fonts, standard-14 fonts
with /Widths of their own, glyphs without Unicode, line-end hyphens PDFium rewrites, strings
PDFium drops (a fake-bold copy, zero width, a lone space), a space it folds into one it
generates, character spacing carried from one string into the next (pdfminer leaves it out
after a string's last glyph), strings drawn over one another where one has lost a glyph;
and, in a table, a char within ``TIE`` of a rule or of pdfplumber's 3 pt word and line
tolerances.

Not detected, so equal only within pdfplumber's tolerances: x positions drift from pdfminer's
by up to ~0.6 pt along a line in fonts with fractional /Widths (PDFium keeps whole units;
reportlab's TrueType subsets have fractions, Word and LibreOffice write whole units); a
non-standard font without a descriptor, or whose descriptor has neither /Ascent nor /Descent,
puts pdfminer's boxes up to ~0.25 em higher; vertical (CJK) writing. Edges match pdfplumber's
to 1e-4 pt: pdfminer adds a rectangle's width and height in double precision, PDFium in single,
and PDFium multiplies nested matrices in single precision.
"""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.fontmetrics import FONT_METRICS
from pdfminer.utils import apply_matrix_pt, get_bound, mult_matrix
from pdfplumber.table import TableSettings

from extractors.parsing.pdf_cells import TIE, Char, Finder, Table, Unsupported, cell_texts
from extractors.parsing.pdf_paths import Box, Frame, Handle, Objects, address, bare, object_matrix, page_edges

_GENERATED = frozenset(" \r\n")
# What PDFium's text page holds for a hyphen it moved to a line end (0x02 reported, 0xFFFE in
# the page text) and for a glyph without any Unicode value.
_REWRITTEN = frozenset("\x02\ufffe")

# Called once per char near a table: a char's text object as a plain integer (pypdfium2's
# binding returns a new ctypes pointer each time, which compares by identity), its origin,
# and whether PDFium generated it.
_char_text_object = bare(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)
_char_origin = bare(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int)
_is_generated = bare(pdfium_c.FPDFText_IsGenerated, ctypes.c_int)


class _PageView:
    """What ``TableFinder`` reads from a pdfplumber page (the lines strategies use no text)."""

    def __init__(self, edges: list[dict], bbox: Box):
        self.edges = edges
        self.bbox = bbox


def _overlaps(box: Box, boxes: list[Box]) -> bool:
    x0, top, x1, bottom = box
    return any(x0 <= b[2] and b[0] <= x1 and top <= b[3] and b[1] <= bottom for b in boxes)


def _has_actual_text(obj) -> bool:
    for index in range(pdfium_c.FPDFPageObj_CountMarks(obj)):
        mark = pdfium_c.FPDFPageObj_GetMark(obj, index)
        if mark and pdfium_c.FPDFPageObjMark_GetParamValueType(mark, b"ActualText") != pdfium_c.FPDF_OBJECT_UNKNOWN:
            return True
    return False


class _Fonts:
    """pdfminer's metrics per PDFium font: its descent (text space units per point of size)
    and, for the names pdfminer takes AFM metrics for (the standard 14 and aliases such as
    Arial), those AFM widths, which pdfminer uses instead of the font's /Widths; other fonts
    have their own /Descent and no AFM widths. pdfminer takes a Type 3 font's descent from its
    /FontBBox, which PDFium does not expose: such a font (embedded, without a font program)
    is left to pdfplumber."""

    def __init__(self) -> None:
        self._metrics: dict[int, tuple[float, dict[str, int] | None]] = {}
        self._name = ctypes.create_string_buffer(256)
        self._descent = ctypes.c_float()
        self._size = ctypes.c_size_t()

    def metrics(self, font) -> tuple[float, dict[str, int] | None]:
        key = address(font)
        found = self._metrics.get(key)
        if found is None:
            found = self._metrics[key] = self._read(font)
        return found

    def _read(self, font) -> tuple[float, dict[str, int] | None]:
        length = pdfium_c.FPDFFont_GetBaseFontName(font, self._name, len(self._name))
        name = self._name.value.decode("latin-1") if 0 < length <= len(self._name) else ""
        metrics = FONT_METRICS.get(name)
        if metrics is not None:
            return float(metrics[0]["Descent"]) / 1000, metrics[1]
        if pdfium_c.FPDFFont_GetIsEmbedded(font):
            pdfium_c.FPDFFont_GetFontData(font, None, 0, self._size)
            if not self._size.value:
                raise Unsupported("a Type 3 font near a table")
        if not pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), self._descent):
            raise Unsupported("a font without metrics")
        return -abs(self._descent.value) / 1000, None


class _Near:
    """A text object that reaches a table: where its string starts and its glyphs' ink ends
    (pdfminer's x, from every glyph, those PDFium's text page drops included), the top
    and bottom every char of it gets (one baseline per object: PDFium makes an object of each
    shown string), its font, the AFM widths pdfminer gives that font if any, and how far a
    glyph width in font units advances on the page."""

    __slots__ = ("start", "ink_end", "top", "bottom", "font", "afm", "advance")

    def __init__(self, start: float, ink_end: float, top: float, bottom: float, font: int, afm: dict[str, int] | None,
                 advance: float):
        self.start, self.ink_end, self.top, self.bottom = start, ink_end, top, bottom
        self.font, self.afm, self.advance = font, afm, advance


def _text_near(objects: Objects, frame: Frame, tables: list[Box]) -> dict[int, _Near]:
    """The text objects whose box, widened by twice the font size (a char's pdfminer box never
    reaches further), touches a table, by address."""
    near: dict[int, _Near] = {}
    fonts = _Fonts()
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    size = ctypes.c_float()
    for obj, outer in objects.texts:
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        if not pdfium_c.FPDFTextObj_GetFontSize(obj, size):
            raise Unsupported("a text object without a font size")
        a, b, c, d, e, f = mult_matrix(object_matrix(obj), outer)
        reach = 2 * abs(size.value) * max(abs(a), abs(b), abs(c), abs(d), 1.0)
        corners = [apply_matrix_pt(outer, (x, y)) for x in (left.value, right.value) for y in (bottom.value, top.value)]
        x0, y0, x1, y1 = get_bound(corners)
        box = (
            frame.x(x0) - reach,
            (frame.height - y1) + frame.top - reach,
            frame.x(x1) + reach,
            (frame.height - y0) + frame.top + reach,
        )
        if not _overlaps(box, tables):
            continue
        if right.value - left.value < 0.01 and top.value - bottom.value < 0.01:
            # PDFium's box of a string of one space, or of kerning alone, is a point, and its
            # text page drops it; pdfminer keeps the space, which splits words in a cell.
            raise Unsupported("a string of one space (or none) near a table")
        if b != 0 or c != 0 or a <= 0 or d <= 0:
            raise Unsupported("turned, skewed or mirrored text near a table")
        if _has_actual_text(obj):
            raise Unsupported("text with /ActualText near a table")
        font = pdfium_c.FPDFTextObj_GetFont(obj)
        if not font:
            raise Unsupported("a text object without a font")
        descent, afm = fonts.metrics(font)
        char_bottom = f + d * descent * size.value
        char_top = char_bottom + d * size.value
        near[address(obj)] = _Near(
            e,
            x1,
            (frame.height - char_top) + frame.top,
            (frame.height - char_bottom) + frame.top,
            address(font),
            afm,
            a * size.value / 1000,
        )
    return near


def _page_text(textpage, count: int) -> str | None:
    """The text page's characters, one per char index, or None where PDFium leaves some out
    of its text (control characters)."""
    buffer = ctypes.create_string_buffer(2 * (count + 1))
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    text = buffer.raw[: 2 * max(written - 1, 0)].decode("utf-16-le", "surrogatepass")
    return text if len(text) == count else None


class _Glyphs:
    """Per (font, character) pair, checked on its first char: that PDFium maps it to Unicode
    itself (pdfminer writes an unmapped glyph as "(cid:N)"), and the glyph's width.

    A char's advance ends at its origin plus the glyph's width, in PDFium's whole font units:
    PDFium's loose char box has the same right edge, but also takes in the glyph's ink, which
    an italic f pushes past its advance. The width is looked up through PDFium's font
    (character back to code) and kept only if it agrees with the first char's loose box (equal
    to its right edge, or within it where the ink reaches further); pairs it fails for (None)
    take the loose box's right edge of every char."""

    def __init__(self, textpage):
        self._textpage = textpage
        self._fonts: dict[int, dict[str, float | None]] = {}
        self._width = ctypes.c_float()
        self._loose = pdfium_c.FS_RECTF()
        self._tight = [ctypes.c_double() for _ in range(4)]

    def widths(self, font: int) -> dict[str, float | None]:
        """The widths (font units) found so far for a font's characters."""
        return self._fonts.setdefault(font, {})

    def loose_right(self, index: int) -> float:
        pdfium_c.FPDFText_GetLooseCharBox(self._textpage, index, self._loose)
        return self._loose.right

    def first(self, index: int, char: str, x0: float, near: _Near) -> float | None:
        """Check the pair of this char, the first of it: its width, or None."""
        if pdfium_c.FPDFText_HasUnicodeMapError(self._textpage, index):
            raise Unsupported("a glyph without a Unicode mapping near a table")
        widths = self.widths(near.font)
        widths[char] = None
        font = ctypes.cast(near.font, pdfium_c.FPDF_FONT)
        if not pdfium_c.FPDFFont_GetGlyphWidth(font, ord(char), ctypes.c_float(1000.0), self._width):
            return None
        units = self._width.value
        if near.afm is not None and abs(near.afm.get(char, 0) - units) > 1:
            # PDFium keeps widths in whole units: a difference of more is the font's /Widths.
            raise Unsupported("a standard-14 font whose /Widths pdfminer replaces with AFM widths")
        end = x0 + units * near.advance
        right = self.loose_right(index)
        pdfium_c.FPDFText_GetCharBox(self._textpage, index, *self._tight)
        if self._tight[1].value < right:
            agrees = abs(end - right) < 1e-3
        else:
            agrees = x0 < end <= right + 1e-3
        if agrees:
            widths[char] = units
        return widths[char]


class _Run:
    """One string's glyphs as PDFium's text page has them along the baseline (page x): where
    the string starts and its first and last glyphs, how often each gap between one glyph's
    advance and the next glyph occurs, and whether a glyph looks dropped (the first glyph
    starts after the string does, a gap of half a glyph or more opens, or ink goes on after
    the last glyph: PDFium drops a glyph drawn again where the same one was, and the second
    of two spaces in a row)."""

    __slots__ = ("start", "first", "end", "last", "last_x0", "gaps", "dropped")

    def __init__(self, start: float, glyphs: list[tuple[float, float, str]]):
        x0, end, last = glyphs[0]
        first = last_x0 = x0
        gaps: dict[float, int] = {}  # exact gaps: few distinct values, rounded in ``spacing``
        dropped = x0 - start > TIE
        for index in range(1, len(glyphs)):
            x0, x1, char = glyphs[index]
            gap = x0 - end
            if last != " ":  # after a space the gap also holds the word spacing
                gaps[gap] = gaps.get(gap, 0) + 1
            if gap > TIE and gap >= (end - last_x0) / 2:
                dropped = True
            end, last, last_x0 = x1, char, x0
        self.start, self.first, self.end, self.last, self.last_x0 = start, first, end, last, last_x0
        self.gaps, self.dropped = gaps, dropped

    def close(self, ink_end: float) -> None:
        if ink_end - self.end > max(TIE, (self.end - self.last_x0) / 2):
            self.dropped = True

    def spacing(self) -> float:
        """The commonest gap to 3 decimals (the first such in the string on a tie): the
        character spacing, where kerning is the exception."""
        counts: dict[float, int] = {}
        for gap, count in self.gaps.items():
            rounded = round(gap, 3)
            counts[rounded] = counts.get(rounded, 0) + count
        return max(counts, key=counts.__getitem__) if counts else 0.0


def _check_spacing(runs: list[_Run]) -> None:
    """pdfminer leaves out the character spacing after a string's last glyph, so a string
    shown straight after another one (``runs`` are in content order; no new position in
    between) starts that much further left than PDFium has it."""
    for before, run in zip(runs, runs[1:]):
        if before.last == " ":
            continue
        shown = run.first - before.end
        # The spacing is a gap of one of the two to 3 decimals: outside their gaps' range
        # (widened by more than the rounding) the test below cannot hold.
        if not any(r.gaps and min(r.gaps) - 0.003 < shown < max(r.gaps) + 0.003 for r in (before, run)):
            continue
        carried = before.spacing() or run.spacing()
        if carried and abs(run.first - (before.end + carried)) < 2e-3:
            raise Unsupported("character spacing carried from one string to the next")


def _check_overlaps(runs: list[_Run], strings: list[_Near], shift: float, tolerance: float) -> None:
    """A glyph PDFium dropped changes pdfplumber's text only where strings are drawn over one
    another (a dropped space elsewhere leaves a gap that splits the words anyway): a string
    that looks to have lost a glyph, over another string on its line (tops within
    pdfplumber's line tolerance), is refused."""
    extents = sorted(
        (min(run.start, run.first), max(run.end, string.ink_end - shift), string.top, run.dropped)
        for run, string in zip(runs, strings)
    )
    for index, (start, end, top, dropped) in enumerate(extents):
        for later_start, _, later_top, later_dropped in extents[index + 1:]:
            if later_start >= end - TIE:
                break
            if (dropped or later_dropped) and abs(later_top - top) <= tolerance:
                raise Unsupported("strings drawn over one another near a table, one missing a glyph")


def _check_generated_space(textpage, index: int, count: int) -> None:
    """PDFium generates a space inside a string where kerning opens a gap, at the origin of the
    glyph after the gap, and keeps only the first of two spaces in a row: where that glyph
    was itself a space, pdfminer's space char is gone from the text page (the next glyph then
    starts further on)."""
    following = index + 1
    if following >= count or pdfium_c.FPDFText_IsGenerated(textpage, following):
        return
    here, there, y = ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharOrigin(textpage, index, here, y)
    pdfium_c.FPDFText_GetCharOrigin(textpage, following, there, y)
    if abs(there.value - here.value) > 1e-3:
        raise Unsupported("a space PDFium's text page folds into one it generates near a table")


def _chars(textpage, near: dict[int, _Near], frame: Frame) -> list[Char]:
    """pdfplumber's chars (what its text extraction reads) of the text objects in ``near``, in
    content order as pdfminer has them (PDFium's text page sorts a line's strings left to
    right; order decides between chars at the same x)."""
    by_object: dict[int, list[tuple[float, float, str]]] = {}
    count = pdfium_c.FPDFText_CountChars(textpage)
    text = _page_text(textpage, count)
    glyphs = _Glyphs(textpage)
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    x_ref, y_ref, handle = ctypes.byref(origin_x), ctypes.byref(origin_y), Handle.of(textpage)
    current = found = None
    for index in range(count):
        obj = _char_text_object(handle, index)
        if obj != current:  # a string's chars mostly come one after another
            current, found = obj, near.get(obj)
            if found is not None:
                widths, bucket, advance = glyphs.widths(found.font), by_object.setdefault(obj, []), found.advance
        if found is None:
            continue
        char = text[index] if text is not None else chr(pdfium_c.FPDFText_GetUnicode(textpage, index))
        if char in _GENERATED and _is_generated(handle, index):
            _check_generated_space(textpage, index, count)
            continue
        if char in _REWRITTEN:
            raise Unsupported("a line-end hyphen or a glyph without Unicode near a table")
        _char_origin(handle, index, x_ref, y_ref)
        x0 = origin_x.value
        units = widths[char] if char in widths else glyphs.first(index, char, x0, found)
        bucket.append((x0, x0 + units * advance if units is not None else glyphs.loose_right(index), char))
    shift, left = frame.base[4], frame.left
    runs = {obj: _Run(near[obj].start - shift, kept) for obj, kept in by_object.items() if kept}
    if runs.keys() != near.keys():
        raise Unsupported("text PDFium's text page drops (a fake-bold copy or zero width) near a table")
    ordered = [runs[obj] for obj in near]
    for run, string in zip(ordered, near.values()):
        run.close(string.ink_end - shift)
    _check_spacing(ordered)
    _check_overlaps(ordered, list(near.values()), shift, TableSettings().text_settings["y_tolerance"])
    chars: list[Char] = []
    for obj, string in near.items():
        top, bottom = string.top, string.bottom
        for x0, x1, char in by_object[obj]:
            x0 += shift
            x1 += shift
            if left != 0:
                x0, x1 = x0 + left, x1 + left
            chars.append((x0, x1, top, bottom, char))
    return chars


def page_tables(page: pdfium.PdfPage, textpage=None) -> list[Table]:
    """The tables ``pdfplumber``'s ``Page.extract_tables()`` returns for this page, unfiltered,
    or ``Unsupported`` (its message says why) for a page only pdfplumber can read so.
    ``textpage``: the page's open text page (a raw handle, left open), else one is loaded."""
    frame = Frame(page)
    objects = Objects(page, frame.base)
    settings = TableSettings()
    found = Finder(_PageView(page_edges(objects, frame), frame.mediabox), settings).tables
    if not found:
        return []
    near = _text_near(objects, frame, [table.bbox for table in found])
    if textpage is not None:
        chars = _chars(textpage, near, frame)
    else:
        textpage = pdfium_c.FPDFText_LoadPage(page.raw)
        if not textpage:
            raise Unsupported("PDFium cannot load the page's text")
        try:
            chars = _chars(textpage, near, frame)
        finally:
            pdfium_c.FPDFText_ClosePage(textpage)
    tolerances = settings.text_settings or {}
    return [cell_texts(table, chars, tolerances["x_tolerance"], tolerances["y_tolerance"]) for table in found]
