"""PDFium page geometry as pdfminer and pdfplumber see it, for ``pdf_tables``: the page frame
(MediaBox origin, top-down coordinates), the path and text objects in content order with forms
walked in place, and the ruling edges pdfplumber's ``Page.edges`` would hold. Numbers come back
as the content stream wrote them (PDFium keeps float32; see ``as_written``)."""

from __future__ import annotations

import ctypes
import struct

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.utils import apply_matrix_pt, get_bound, mult_matrix
from pdfplumber import utils

from extractors.parsing.pdf_cells import Unsupported

Matrix = tuple[float, float, float, float, float, float]
Box = tuple[float, float, float, float]

# Forms nested deeper than this are left to pdfplumber rather than walked.
MAX_FORM_DEPTH = 8
_FLOAT32 = struct.Struct("f")
_WRITTEN: dict[float, float] = {}


def address(pointer) -> int | None:
    return ctypes.cast(pointer, ctypes.c_void_p).value


class Handle(ctypes.c_void_p):
    """A PDFium handle as a ``bare`` function returns it, to pass back as it is."""

    @classmethod
    def of(cls, pointer) -> Handle:
        return cls(address(pointer))


def bare(function, restype):
    """A PDFium function called without ctypes' argument conversion, at half the cost of a
    call through pypdfium2: handles go in as ``Handle``/c_void_p, pointers by ``byref``,
    indexes as ints (a plain int is a C int)."""
    return ctypes.CFUNCTYPE(restype)(address(function))


def as_written(value: float) -> float:
    """The shortest decimal that rounds to PDFium's float32 ``value``: the number as the
    content stream wrote it (pdfminer parses that decimal into a double)."""
    written = _WRITTEN.get(value)
    if written is None:
        written = value
        if not value.is_integer():
            for digits in (6, 7, 8):
                candidate = float(f"{value:.{digits}g}")
                if _FLOAT32.unpack(_FLOAT32.pack(candidate))[0] == value:
                    written = candidate
                    break
        if len(_WRITTEN) > 100_000:
            _WRITTEN.clear()
        _WRITTEN[value] = written
    return written


def object_matrix(obj) -> Matrix:
    found = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, found):
        raise Unsupported("a page object without a matrix")
    return tuple(as_written(v) for v in (found.a, found.b, found.c, found.d, found.e, found.f))


class Frame:
    """pdfplumber's page frame: pdfminer's coordinates are relative to the MediaBox origin and
    pdfplumber turns them top-down with exactly these operations."""

    def __init__(self, page: pdfium.PdfPage):
        if pdfium_c.FPDFPage_GetRotation(page.raw):
            raise Unsupported("the page is turned by /Rotate")
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        if not pdfium_c.FPDFPage_GetMediaBox(page.raw, left, bottom, right, top):
            raise Unsupported("no MediaBox")
        x0, y0, x1, y1 = (as_written(v.value) for v in (left, bottom, right, top))
        self.base: Matrix = (1, 0, 0, 1, -x0, -y0)
        x0, x1 = sorted((x0, x1))
        y0, y1 = sorted((y0, y1))
        media_height = y1 - y0
        self.mediabox: Box = (x0, media_height - y1, x1, media_height - y0)
        self.height = self.mediabox[3] - self.mediabox[1]
        self.left, self.top = self.mediabox[:2]

    def x(self, x: float) -> float:
        return x + self.left if self.left != 0 else x

    def component(self, kind: str, bbox: Box) -> dict:
        """pdfminer's LTComponent box as pdfplumber's ``process_object`` writes it."""
        x0, y0, x1, y1 = bbox
        top = (self.height - y1) + self.top
        return {
            "object_type": kind,
            "x0": self.x(x0),
            "y0": y0,
            "x1": self.x(x1),
            "y1": y1,
            "width": x1 - x0,
            "height": y1 - y0,
            "top": top,
            "bottom": (self.height - y0) + self.top,
            "doctop": top,
        }

    def point(self, point: tuple[float, float]) -> tuple[float, float]:
        """pdfplumber's ``Page.point2coord``."""
        return (self.left + point[0], self.top + self.height - point[1])


class Objects:
    """The page's path and text objects in content order, forms walked in place: paths with
    the matrix pdfminer would draw them with (their own, then their forms', then the MediaBox
    shift), text objects with the matrix of what holds them."""

    def __init__(self, page: pdfium.PdfPage, base: Matrix):
        self.paths: list[tuple[object, Matrix]] = []
        self.texts: list[tuple[object, Matrix]] = []
        self._visit(
            lambda index: pdfium_c.FPDFPage_GetObject(page.raw, index),
            pdfium_c.FPDFPage_CountObjects(page.raw),
            base,
            0,
        )

    def _visit(self, get, count: int, outer: Matrix, depth: int) -> None:
        for index in range(count):
            obj = get(index)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                self.paths.append((obj, mult_matrix(object_matrix(obj), outer)))
            elif kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                self.texts.append((obj, outer))
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                if depth == MAX_FORM_DEPTH:
                    raise Unsupported(f"forms nested more than {MAX_FORM_DEPTH} deep")
                self._visit(
                    lambda child, form=obj: pdfium_c.FPDFFormObj_GetObject(form, child),
                    pdfium_c.FPDFFormObj_CountObjects(obj),
                    mult_matrix(object_matrix(obj), outer),
                    depth + 1,
                )


def _subpaths(obj) -> list[list[tuple[str, tuple[float, float]]]]:
    """A path object's subpaths as pdfminer's operators ('m', 'l', 'c' with its end point,
    'h' with the start point). PDFium closes a subpath by flagging its last point, adding a
    line back to the start first when the path is not already there; a flagged line *to* the
    start is therefore pdfminer's 'h' (pdfminer drops a redundant 'l' before an 'h' too)."""
    subpaths: list[list[tuple[str, tuple[float, float]]]] = []
    current: list[tuple[str, tuple[float, float]]] | None = None
    start = (0.0, 0.0)
    bezier_points = 0
    x, y = ctypes.c_float(), ctypes.c_float()
    for index in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, index)
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            raise Unsupported("a path segment without a point")
        point = (as_written(x.value), as_written(y.value))
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        closes = bool(pdfium_c.FPDFPathSegment_GetClose(segment))
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            current, start, bezier_points = [("m", point)], point, 0
            subpaths.append(current)
        elif current is None:
            raise Unsupported("a path that does not start with a move")
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            if not (closes and point == start):
                current.append(("l", point))
        elif kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            bezier_points += 1
            if bezier_points < 3:
                continue  # control points: pdfminer keeps only a curve's end point
            bezier_points = 0
            current.append(("c", point))
        else:
            raise Unsupported("an unknown path segment type")
        if closes:
            current.append(("h", start))
    return subpaths


def page_edges(objects: Objects, frame: Frame) -> list[dict]:
    """pdfplumber's ``Page.edges``: pdfminer's ``paint_path`` classification of every subpath,
    then line, rect and curve edges in that order."""
    lines, rects, curves = [], [], []
    for obj, matrix in objects.paths:
        for ops in _subpaths(obj):
            if len(ops) < 2:
                continue  # a lone move: pdfminer's subpath pattern 'm[^m]+' skips it
            shape = "".join(op for op, _ in ops)
            pts = [apply_matrix_pt(matrix, point) for _, point in ops]
            if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
                shape = shape[:-2] + "h"
                pts.pop()
            if shape in ("mlh", "ml"):
                lines.append(utils.line_to_edge(frame.component("line", get_bound(pts[:2]))))
                continue
            if shape in ("mlllh", "mllll"):
                (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
                square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
                    y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
                )
                if pts[0] == pts[4] and square:
                    corners = [(x0, y0), (x2, y0), (x2, y2), (x0, y2)]
                    rects.extend(utils.rect_to_edges(frame.component("rect", get_bound(corners))))
                    continue
            curve = frame.component("curve", get_bound(pts))
            curve["pts"] = [frame.point(point) for point in pts]
            curves.extend(utils.curve_to_edges(curve))
    return lines + rects + curves
