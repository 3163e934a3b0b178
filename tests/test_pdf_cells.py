"""``extractors.parsing.pdf_cells`` rebuilds two pieces of pdfplumber for speed: its cells from
intersections and its cell text. Both must give exactly what pdfplumber's own code gives."""

from __future__ import annotations

import random

import pytest
from pdfplumber.table import intersections_to_cells
from pdfplumber.utils import extract_text

from extractors.parsing.pdf_cells import Unsupported, _intersections_to_cells, _text


def _edge(x0: float, top: float, x1: float, bottom: float) -> dict:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "orientation": "v" if x0 == x1 else "h"}


def _intersections(rnd: random.Random) -> dict:
    """A grid with some rules cut short or left out, as ``edges_to_intersections`` maps it."""
    xs = sorted(rnd.sample(range(0, 500, 10), rnd.randint(2, 7)))
    ys = sorted(rnd.sample(range(0, 700, 10), rnd.randint(2, 7)))
    verticals = [_edge(x, ys[0], x, ys[rnd.randint(1, len(ys) - 1)]) for x in xs if rnd.random() < 0.9]
    horizontals = [_edge(xs[0], y, xs[rnd.randint(1, len(xs) - 1)], y) for y in ys if rnd.random() < 0.9]
    found: dict = {}
    for v in verticals:
        for h in horizontals:
            if v["top"] <= h["top"] <= v["bottom"] and h["x0"] <= v["x0"] <= h["x1"]:
                point = found.setdefault((v["x0"], h["top"]), {"v": [], "h": []})
                point["v"].append(v)
                point["h"].append(h)
    return found


@pytest.mark.parametrize("seed", range(300))
def test_cells_from_intersections_are_pdfplumbers(seed):
    intersections = _intersections(random.Random(seed))
    assert _intersections_to_cells(intersections) == intersections_to_cells(intersections)


def _chars(rnd: random.Random) -> list[tuple[float, float, float, float, str]]:
    """Chars of a few lines in content order: words, spaces, a ligature, strings drawn out of
    order, lines a little apart or far apart; positions on a 1/8 pt grid, off pdfplumber's ties
    by design only where the test skips them."""
    chars = []
    top = 100.0
    for _ in range(rnd.randint(1, 4)):
        x = rnd.choice([10.0, 50.0, 120.0])
        for _ in range(rnd.randint(1, 12)):
            text = rnd.choice("abcdefg fiﬁ £1,2.0 ")
            width = rnd.choice([2.5, 4.0, 5.5])
            chars.append((x, x + width, top, top + 10.0, text))
            x += width + rnd.choice([0.0, 0.0, 0.5, 1.25, 6.0, -20.0])
        top += rnd.choice([0.5, 1.25, 12.0, 14.0, 40.0])
    if rnd.random() < 0.2:
        rnd.shuffle(chars)
    return chars


@pytest.mark.parametrize("seed", range(300))
def test_cell_text_is_pdfplumbers_extract_text(seed):
    chars = _chars(random.Random(seed))
    as_dicts = [{"x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top, "upright": True, "text": text}
                for x0, x1, top, bottom, text in chars]
    try:
        text = _text(chars, 3, 3)
    except Unsupported:
        return  # a tie: the page goes to pdfplumber
    assert text == extract_text(as_dicts, x_tolerance=3, y_tolerance=3)
