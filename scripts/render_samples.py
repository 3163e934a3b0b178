"""Re-render the committed sample papers in raw/samples/ from the text fixtures.

The fixtures in tests/fixtures/corpus are text extracts of real Kent County Council
committee papers (Open Government Licence v3.0). Three are single reports; 004 is a
ModernGov agenda pack (agenda, minutes and four reports). This dev tool turns each
into an A4 PDF laid out like a council paper, so the demo and the PDF parser have
realistic input:

* Every word of the extract is printed. Markdown syntax (``**``, ``##``, ``---``,
  ``[text](url)``) becomes formatting; tab-separated rows become ruled tables
  (pdfplumber finds them), except a contents list, which is printed unruled.
* Two extract styles are read: one paragraph per line (000, 002, 004), and
  hard-wrapped lines with link targets listed at the end of each page (001), which
  are re-flowed; its link targets are printed, small, after the paragraph they
  interrupt, and the page break they mark is kept when it falls between paragraphs.
* Paragraphs split by a page break of the original (a block ending mid-sentence,
  the next starting in lower case) are joined again.
* The page number is the last text drawn on a page (``onPageEnd``), so it is also
  the last line PDFium extracts: "1", "2", ... for reports, "Page N" for the pack.
* The pack's agenda front pages (agenda and its blank back page) carry no number,
  as in ModernGov packs; "Page 1" is the first page of the minutes.
* Each agenda item's paper starts on the first page of its "(Pages N - M)" range.
  The text between two layout anchors (``PACK_LAYOUTS``) is fitted to its pages by scaling font size,
  leading and spacing (shrinking a paper that is too long, growing one that is too
  short) and, failing that, by padding with "This page is intentionally left blank"
  pages. The pack's bare "Page N" lines (the original footers) are not printed
  again when they agree with the page they end up on; a stray one that does not
  ("Page 6" on page 46) is kept as text.
* ``invariant=1`` makes the output byte-identical from run to run.

Run ``python scripts/render_samples.py`` (``make render-samples``); it needs
reportlab, a dev dependency. This module holds the samples, their documents and the
CLI; extract text -> blocks is in render_text.py, blocks -> flowables in render_layout.py.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import NotAtTopPageBreak

from render_layout import (
    FOOTER_Y,
    FRAME_H,
    FRAME_W,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_W,
    PageMark,
    Styles,
    blank_page,
    flowables,
    register_fonts,
)
from render_text import BLANK_PAGE, MARKER, Block, parse, parse_lines, plain

ROOT = Path(__file__).resolve().parents[1]

# 003 is a third-party (opencouncil.network) web page, not a council paper: never rendered.
SAMPLE_STEMS = (
    "000_3640f8d8de4eb426",
    "001_fd20779843a3d887",
    "002_be77506d490d4968",
    "004_45c56f7fc4c775e0",
)

AUTHOR = "Kent County Council"
CREATOR = "committee-papers scripts/render_samples.py"
SUBJECT = ("Re-rendered from a text extract. Contains public sector information licensed "
           "under the Open Government Licence v3.0.")

# Scales tried when fitting text to its pages, nearest to 1 first.
SCALES = sorted((round(0.70 + 0.025 * i, 3) for i in range(19)), key=lambda s: (abs(s - 1), s))


@dataclass(frozen=True)
class Anchor:
    """A source line that must open a page: an agenda item's paper, or a page inside one.

    ``item`` takes the page from the agenda's "(Pages N - M)" range; ``page`` gives it
    directly.
    """

    line: str
    item: str | None = None
    page: int | None = None


# Where 004's papers and pages start. The agenda item anchors follow the agenda's page
# ranges. B4 ends with the Police and Crime Plan, whose own contents page gives its page
# layout: plan page p is pack page 41 + p, with the priority tables on the page after
# each section's introduction (the original's "Page 53" and "Page 55" footers agree).
PACK_LAYOUTS: dict[str, tuple[Anchor, ...]] = {
    "004_45c56f7fc4c775e0": (
        Anchor("KENT COUNTY COUNCIL", item="A4"),
        Anchor("By: Shafick Peerbux - Head of Community Safety, KCC", item="B1"),
        Anchor("By: Stephen Perez – Community Intelligence and Partnerships Lead,", item="B2"),
        Anchor("Title: Serious Violence Duty Update", item="B3"),
        Anchor("To: Kent Community Safety Partnership", item="B4"),
        Anchor("Cut Crime, Support Victims, Build Trust", page=42),
        Anchor("Contents", page=43),
        Anchor("Foreword", page=44),
        Anchor("Building my plan", page=45),
        Anchor("Cut Crime, Support Victims, Build Trust – My plan on a page", page=46),
        Anchor("How we will monitor delivery", page=47),
        Anchor("Protecting People", page=48),
        Anchor("Protecting People", page=49),
        Anchor("Protecting People", page=50),
        Anchor("Protecting People", page=51),
        Anchor("Protecting Places", page=52),
        Anchor("Protecting Places", page=53),
        Anchor("Protecting Property", page=54),
        Anchor("Protecting Property", page=55),
        Anchor("Productive Partnerships", page=56),
        Anchor("Productive Partnerships", page=57),
        Anchor("Effective monitoring and accountability", page=58),
        Anchor("A sustainable budget", page=59),
        Anchor("Effective national and regional working", page=60),
        Anchor("Contacting your Police and Crime Commissioner", page=61),
        Anchor(BLANK_PAGE, page=62),
    ),
}

# --------------------------------------------------------------------------- documents


class PaperDoc(BaseDocTemplate):
    """A4 document whose footer ``label(physical_page)`` is drawn last on each page."""

    def __init__(self, target, label, family: str, **meta):
        super().__init__(target, pagesize=A4, invariant=1, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, author=AUTHOR,
                         creator=CREATOR, subject=SUBJECT, **meta)
        self.label, self.family = label, family
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, FRAME_H, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._footer)])

    def _footer(self, canv, doc):
        text = self.label(canv.getPageNumber())
        if text:
            canv.saveState()
            canv.setFont(self.family, 9.5)
            canv.drawCentredString(PAGE_W / 2, FOOTER_Y, text)
            canv.restoreState()


def count_pages(story: list[Flowable], family: str) -> int:
    """Pages the story takes on its own (fresh flowables each time: platypus consumes them)."""
    doc = PaperDoc(BytesIO(), lambda page: None, family)
    doc.build(story)
    return doc.page


def document_title(lines: list[str]) -> str:
    text = [plain(line) for line in lines if line.strip()]
    if text and text[0] == "AGENDA":
        return f"Agenda: {text[1].title()}, {text[2]}"
    subject = next((t for t in text if t.startswith("Subject:")), "Committee report")
    return subject.removeprefix("Subject:").strip()


def render_report(lines: list[str], out: Path, family: str) -> int:
    """A single report, numbered "1", "2", ... Returns its page count."""
    doc = PaperDoc(str(out), lambda page: str(page), family, title=document_title(lines))
    doc.build(flowables(parse(lines), Styles(family)))
    return doc.page


@dataclass
class Segment:
    """Source lines laid out on the pages from ``first`` (printed number) to the next segment."""

    key: str
    lines: list[str]
    first: int | None  # None: the unnumbered agenda front pages
    pages: int = 0  # pages allotted (0 = as many as it takes)
    scale: float = 1.0
    padding: int = 0
    blocks: list[Block] = field(default_factory=list)
    kept_markers: list[str] = field(default_factory=list)
    dropped_markers: list[int] = field(default_factory=list)


def agenda_ranges(lines: list[str]) -> dict[str, tuple[int, int, str]]:
    """Agenda item -> (first page, last page, title) from lines like "- B1 Title (Pages 9 - 28)"."""
    found = {}
    for line in lines:
        m = re.match(r"^\s*-?\s*([A-D]\d{1,2})\s+(.*?)\s*\(Pages?\s+(\d+)\s*-\s*(\d+)\)\s*$", line)
        if m:
            found[m.group(1)] = (int(m.group(3)), int(m.group(4)), m.group(2))
    return found


def split_pack(lines: list[str], anchors: tuple[Anchor, ...]) -> list[Segment]:
    """Cut the pack's lines at its anchors (searched in order) into segments."""
    ranges = agenda_ranges(lines)
    segments = [Segment("front", [], None)]
    cursor, start = 0, 0
    for anchor in anchors:
        try:
            at = next(i for i in range(start, len(lines)) if lines[i].strip() == anchor.line)
        except StopIteration:
            raise SystemExit(f"layout anchor not found after line {cursor + 1}: {anchor.line!r}") from None
        segments[-1].lines = lines[cursor:at]
        first = ranges[anchor.item][0] if anchor.item else anchor.page
        segments.append(Segment(anchor.item or f"p{first}", [], first))
        cursor, start = at, at + 1
    segments[-1].lines = lines[cursor:]
    for seg, nxt in zip(segments[1:], segments[2:]):
        seg.pages = nxt.first - seg.first
    return segments


def segment_story(seg: Segment, styles: Styles, marks: dict[str, int] | None = None) -> list[Flowable]:
    """The segment's flowables, its padding pages, and (when ``marks``) a start-page mark."""
    story = flowables(seg.blocks, styles)
    if marks is not None:
        story.insert(0, PageMark(seg.key, marks))
    for _ in range(seg.padding):
        story.extend(blank_page(styles))
    return story


def drop_footer_lines(seg: Segment) -> None:
    """Drop bare "Page N" lines that the segment's own footers print; keep others as text."""
    last = seg.first + seg.pages - 1 if seg.pages else None
    kept = []
    for block in seg.blocks:
        m = MARKER.match(block.text) if block.kind == "marker" else None
        if m and last is not None and seg.first <= int(m.group(1)) <= last:
            seg.dropped_markers.append(int(m.group(1)))
            continue
        if m:
            seg.kept_markers.append(block.text)
            block.kind = "para"
        kept.append(block)
    seg.blocks = kept


def fit(seg: Segment, family: str) -> None:
    """Choose the scale (nearest 1) that fills exactly the allotted pages.

    Failing that: the scale that comes closest without going over, plus blank padding
    pages; if even the smallest scale overflows, the smallest scale (reported).
    """
    if not seg.pages:
        return
    counts = {}
    for scale in SCALES:
        counts[scale] = count_pages(segment_story(seg, Styles(family, scale)), family)
        if counts[scale] == seg.pages:
            seg.scale = scale
            return
    shorter = [s for s, n in counts.items() if n < seg.pages]
    if shorter:
        seg.scale = min(shorter, key=lambda s: (seg.pages - counts[s], abs(s - 1)))
        seg.padding = seg.pages - counts[seg.scale]
    else:
        seg.scale = min(counts)


@dataclass
class PackResult:
    pages: int
    front: int  # unnumbered front pages
    segments: list[Segment]
    starts: dict[str, int]  # segment key -> printed page it starts on
    ranges: dict[str, tuple[int, int, str]]  # agenda item -> (first, last, title)


def render_pack(lines: list[str], anchors: tuple[Anchor, ...], out: Path, family: str) -> PackResult:
    """An agenda pack: unnumbered front pages, then papers on their agenda pages ("Page N")."""
    segments = split_pack(lines, anchors)
    for seg in segments:
        seg.blocks = parse_lines(seg.lines)
        drop_footer_lines(seg)
        fit(seg, family)
    front = count_pages(segment_story(segments[0], Styles(family)), family)
    marks: dict[str, int] = {}
    story: list[Flowable] = []
    for seg in segments:
        if story:
            story.append(NotAtTopPageBreak())
        story.extend(segment_story(seg, Styles(family, seg.scale), marks))

    def label(page: int) -> str | None:
        return f"Page {page - front}" if page > front else None

    doc = PaperDoc(str(out), label, family, title=document_title(lines))
    doc.build(story)
    return PackResult(doc.page, front, segments, {k: v - front for k, v in marks.items()},
                      agenda_ranges(lines))


def report_pack(result: PackResult) -> None:
    """Print each agenda item's start page against its range, and how segments were fitted."""
    print(f"  {result.front} unnumbered front page(s), then Page 1 - Page {result.pages - result.front}")
    for item, (first, last, title) in result.ranges.items():
        got = result.starts.get(item)
        print(f"  {item} {title[:55]:<55} agenda pages {first}-{last}: starts on Page {got}"
              + ("" if got == first else "  <-- MISMATCH"))
    for seg in result.segments[1:]:
        notes = []
        if seg.scale != 1.0:
            notes.append(f"scale {seg.scale:g}")
        if seg.padding:
            notes.append(f"{seg.padding} padding page(s)")
        if seg.dropped_markers:
            notes.append("footer line(s) " + ", ".join(f"Page {n}" for n in seg.dropped_markers) + " not repeated")
        if seg.kept_markers:
            notes.append("kept as text: " + ", ".join(seg.kept_markers))
        got = result.starts.get(seg.key)
        if got != seg.first:
            notes.append(f"starts on Page {got}, wanted {seg.first}")
        if notes:
            print(f"    segment {seg.key} (Page {seg.first}, {seg.pages or '-'} page(s)): " + "; ".join(notes))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "fixtures" / "corpus",
                        help="folder of the text fixtures (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=ROOT / "raw" / "samples",
                        help="folder for the PDFs (default: %(default)s)")
    args = parser.parse_args(argv)
    family = register_fonts()
    args.out.mkdir(parents=True, exist_ok=True)
    for stem in SAMPLE_STEMS:
        lines = (args.corpus / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
        out = args.out / f"{stem}.pdf"
        if stem in PACK_LAYOUTS:
            result = render_pack(lines, PACK_LAYOUTS[stem], out, family)
            print(f"{out}: {result.pages} pages (agenda pack)")
            report_pack(result)
        else:
            print(f"{out}: {render_report(lines, out, family)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
