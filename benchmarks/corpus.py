"""Synthetic ModernGov agenda packs for the benchmark: realistic size and structure, as PDFs.

Each pack is laid out like the council's: an unnumbered agenda front sheet (items with
"(Pages N - M)" ranges that match the pages they point to) and its blank back page, then
"Page 1", "Page 2", ... footers over the minutes of the last meeting (PRESENT, IN
ATTENDANCE and apologies lists), a working-group funding report ("Name (£N)" bullets, the
grant and the tactical pot), an appendix with a ruled allocation table (the only page
pdfplumber is needed for), and filler reports up to the pack's length (20-80 pages).
Names, bodies, projects, amounts and dates vary; the same seed gives byte-identical files.

``python benchmarks/corpus.py OUT --docs N [--seed S]`` writes ``pack_0000.pdf`` ...
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 62.0, 64.0, 70.0
TEXT_W = PAGE_W - 2 * MARGIN_X
SIZE, LEADING, GAP = 10.5, 14.0, 6.0
BLANK_PAGE = "This page is intentionally left blank"

COUNCILS = ("Kent", "Essex", "Surrey", "Norfolk", "Devon", "Lancashire", "Suffolk", "Hampshire", "Cumbria", "Dorset")
BODIES = ("Community Safety Partnership", "Safer Communities Board", "Crime and Disorder Committee",
          "Community Safety and Wellbeing Partnership")
VENUES = ("Council Chamber, Sessions House", "Darent Room, County Hall", "online", "Committee Room 2, Civic Centre")
HONORIFICS = ("Mr", "Mrs", "Ms", "Dr", "Cllr", "Miss")
INITIALS = "ABCDEFGHJKLMNPRSTW"
SURNAMES = ("Webb", "Rivers", "Peerbux", "Paul", "Ross", "Bright", "Oates", "Lawes", "Perez", "Parratt", "Wilkinson",
            "Button", "Brinson", "Jeynes", "Platt", "Bunting", "Harris", "Robinson", "Guo", "Woolcott", "Collins",
            "Clare", "Marsh", "Hartwell", "Harman", "Meller", "Weller", "Okafor", "Nowak", "Singh", "Hughes",
            "Thompson", "Ahmed", "Fraser", "Kowalski", "Doyle", "Patel", "Evans", "Morgan", "Brennan")
ROLES = ("Chair", "Vice-Chair", "Kent Police", "KFRS", "Probation Service", "NHS Kent and Medway", "District Council")
TOPICS = ("Hateful Extremism", "Domestic Abuse", "Doorstep Crime", "Scams Awareness", "Road Safety", "Knife Crime",
          "Youth Diversion", "Anti-Social Behaviour", "Hate Crime", "Modern Slavery", "County Lines", "Vape Sales",
          "Rural Crime", "Cyber Safety", "Neighbourhood Watch", "Violence Against Women and Girls")
FORMATS = ("Learning Event", "Training", "Champions Programme", "Awareness Campaign", "Workshop", "Retailer Packs",
           "Schools Programme", "Resources", "Webinar Series", "Outreach Project")
REPORT_TOPICS = ("Community Safety Agreement Review", "Serious Violence Duty Update", "Police and Crime Plan Update",
                 "Domestic Abuse Related Death Reviews", "Substance Misuse Strategy Update", "Road Safety Update",
                 "Prevent Duty Annual Report", "Strategic Assessment", "Anti-Social Behaviour Review")
PHRASES = (
    "The partnership continued to work with district and borough community safety partnerships",
    "Partners reviewed the action plan and agreed the priorities for the coming year",
    "The working group considered the latest data from the strategic assessment",
    "Progress against each priority was reported to the board through the dashboard",
    "Officers explained how the findings would inform the commissioning of services",
    "Members asked how outcomes would be measured and reported to the committee",
    "The team delivered information sessions to frontline professionals across the county",
    "A consultation on the draft strategy closed and the responses were analysed",
    "Funding arrangements for the coming year were discussed with the commissioner",
    "The evaluation found that most respondents rated the sessions as good or excellent",
)


@dataclass
class Block:
    """One paragraph, heading, bullet or ruled table, laid out top to bottom."""

    kind: str  # para, heading, bullet, table
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Paper:
    number: str  # agenda item, e.g. "B2"
    title: str
    blocks: list[Block]
    pages: list[list[Block]] = field(default_factory=list)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(HONORIFICS)} {rng.choice(INITIALS)} {rng.choice(SURNAMES)}"


def _money(rng: random.Random, low: int, high: int, pence: bool = False) -> str:
    value = rng.randint(low, high)
    return f"£{value:,}.{rng.randint(0, 99):02d}" if pence else f"£{value:,}"


def _long_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _prose(rng: random.Random, sentences: int) -> str:
    return ". ".join(rng.choice(PHRASES) for _ in range(sentences)) + "."


def _minutes(rng: random.Random, body: str, venue: str, previous: dt.date, first_item: int) -> Paper:
    people = sorted({_person(rng) for _ in range(rng.randint(8, 26))})
    chair, vice = people[0], people[1]
    present = [f"{chair} (Chair)", f"{vice} (Vice-Chair)", *people[2:]]
    apologies = sorted({_person(rng) for _ in range(rng.randint(2, 7))} - set(people))
    blocks = [
        Block("heading", f"{body.upper()}"),
        Block("para", f"NOTES of a meeting of the {body} held {'online' if venue == 'online' else 'in the ' + venue} "
                      f"on {previous:%A}, {_long_date(previous)}, 10am."),
        Block("para", "PRESENT: " + ", ".join(present[:-1]) + " and " + present[-1] + "."),
        Block("para", f"IN ATTENDANCE: {_person(rng)}."),
        Block("heading", "UNRESTRICTED ITEMS"),
        Block("heading", f"{first_item}. Apologies and Substitutes"),
        Block("para", "Apologies were received from " + ", ".join(apologies[:-1]) + " and " + apologies[-1] + "."
              if len(apologies) > 1 else "There were no apologies."),
        Block("heading", f"{first_item + 1}. Declarations of Interest"),
        Block("para", "There were no declarations of interest."),
    ]
    for number in range(first_item + 2, first_item + 2 + rng.randint(3, 7)):
        blocks.append(Block("heading", f"{number}. {rng.choice(REPORT_TOPICS)}"))
        for paragraph in range(1, rng.randint(3, 7)):
            blocks.append(Block("para", f"{paragraph}. {_person(rng).split(' ', 1)[1]} said that " + _prose(rng, 3)))
        blocks.append(Block("para", f"RESOLVED that the {body} note the report."))
    return Paper("A4", f"Notes of the meeting held on {_long_date(previous)}", blocks)


def _funding(rng: random.Random, council: str, body: str, meeting: dt.date) -> tuple[Paper, Paper]:
    year = meeting.year if meeting.month >= 4 else meeting.year - 1
    fy = f"{year}/{(year + 1) % 100:02d}"
    grant = rng.randint(25_000, 90_000)
    projects = sorted({f"{rng.choice(TOPICS)} {rng.choice(FORMATS)}" for _ in range(rng.randint(4, 9))})
    amounts = [rng.randint(8, 70) * 100 + rng.choice((0, 0, 0, rng.randint(1, 99))) for _ in projects]
    chair = _person(rng)
    blocks = [
        Block("para", f"By: {chair} – Community Safety Lead, {council} County Council (Chair of the Working Group)"),
        Block("para", f"To: {council} {body} – {_long_date(meeting)}"),
        Block("para", "Classification: For Information"),
        Block("para", f"Subject: {council} {body} Working Group Update"),
        Block("para", "Summary This report provides an update on the projects managed on behalf of the partnership "
                      "by the Working Group."),
        Block("heading", f"1.0 Funding – Crime Reduction Grant {fy}"),
        Block("para", f"1.1 The funding allocation to the partnership for {fy} by the Police and Crime Commissioner "
                      f"(PCC) was £{grant:,}. A third of the funding (£{grant // 3:,}) was placed in a tactical pot "
                      f"for in-year spending."),
        Block("para", f"1.2 The Working Group reviewed {len(projects)} projects suggested by partners, and the PCC "
                      f"approved funding for:"),
        *[Block("bullet", f"{name} (£{amount:,})") for name, amount in zip(projects, amounts)],
        Block("para", f"1.3 The remaining budget of {_money(rng, 500, 9_000, pence=True)} was added to the tactical "
                      f"pot. Further proposals are welcome until {_long_date(meeting + dt.timedelta(days=40))}."),
        Block("heading", "2.0 Recommendations"),
        Block("para", "2.1 Members are asked to note the progress and actions undertaken by the Working Group."),
    ]
    report = Paper("B1", f"{council} {body} Working Group Update", blocks)
    rows = [["Project", "Lead organisation", "Amount"]]
    rows += [[name, rng.choice(ROLES[2:]), f"£{amount:,}"] for name, amount in zip(projects, amounts)]
    rows.append(["Total allocated", "", f"£{sum(amounts):,}"])
    appendix = Paper("B1", "Appendix", [Block("heading", f"Appendix 1: Allocation of the Crime Reduction Grant {fy}"),
                                       Block("table", rows=rows), Block("para", _prose(rng, 2))])
    return report, appendix


def _filler(rng: random.Random, number: str, council: str, body: str, meeting: dt.date) -> Paper:
    title = rng.choice(REPORT_TOPICS)
    blocks = [
        Block("para", f"By: {_person(rng)} – Head of Community Safety, {council} County Council"),
        Block("para", f"To: {council} {body} – {_long_date(meeting)}"),
        Block("para", f"Subject: {title}"),
        Block("para", "Summary " + _prose(rng, 2)),
    ]
    for section in range(1, rng.randint(3, 9)):
        blocks.append(Block("heading", f"{section}.0 {rng.choice(TOPICS)}"))
        for paragraph in range(1, rng.randint(4, 14)):
            blocks.append(Block("para", f"{section}.{paragraph} " + _prose(rng, rng.randint(3, 8))))
    return Paper(number, title, blocks)


def _lay_out(paper: Paper, family: str) -> None:
    """Split the paper's blocks into pages (a paper starts on a new page)."""
    pages, page, used = [], [], 0.0
    for block in paper.blocks:
        height = _height(block, family)
        if page and used + height > PAGE_H - MARGIN_TOP - MARGIN_BOTTOM:
            pages.append(page)
            page, used = [], 0.0
        page.append(block)
        used += height
    pages.append(page)
    paper.pages = pages


def _wrap(block: Block, family: str) -> list[str]:
    indent = 16 if block.kind == "bullet" else 0
    text = ("• " if block.kind == "bullet" else "") + block.text
    font = family + ("-Bold" if block.kind == "heading" else "")
    return simpleSplit(text, font, SIZE, TEXT_W - indent)


def _height(block: Block, family: str) -> float:
    if block.kind == "table":
        return 20.0 * len(block.rows) + GAP
    return LEADING * len(_wrap(block, family)) + GAP


def _draw_page(canvas: Canvas, blocks: list[Block], family: str, footer: str | None) -> None:
    y = PAGE_H - MARGIN_TOP
    for block in blocks:
        if block.kind == "table":
            widths = (TEXT_W * 0.55, TEXT_W * 0.28, TEXT_W * 0.17)
            xs = [MARGIN_X + sum(widths[:i]) for i in range(len(widths) + 1)]
            ys = [y - 20.0 * i for i in range(len(block.rows) + 1)]
            canvas.setLineWidth(0.6)
            for x in xs:  # one path per rule, as office software draws a ruled table
                canvas.line(x, ys[0], x, ys[-1])
            for rule_y in ys:
                canvas.line(xs[0], rule_y, xs[-1], rule_y)
            for r, row in enumerate(block.rows):
                canvas.setFont(family + ("-Bold" if r == 0 else ""), SIZE - 1)
                for c, cell in enumerate(row):
                    canvas.drawString(xs[c] + 4, ys[r] - 14, cell)
            y = ys[-1] - GAP
            continue
        indent = 16 if block.kind == "bullet" else 0
        canvas.setFont(family + ("-Bold" if block.kind == "heading" else ""), SIZE)
        for line in _wrap(block, family):
            y -= LEADING
            canvas.drawString(MARGIN_X + indent, y, line)
        y -= GAP
    if footer:
        canvas.setFont(family, 9.5)
        canvas.drawCentredString(PAGE_W / 2, 36, footer)
    canvas.showPage()


def register_fonts() -> str:
    """DejaVu Sans (it covers £, – and •) when installed, else reportlab's bundled Vera."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if (dejavu / "DejaVuSans.ttf").exists() and (dejavu / "DejaVuSans-Bold.ttf").exists():
        regular, bold = dejavu / "DejaVuSans.ttf", dejavu / "DejaVuSans-Bold.ttf"
    else:
        import reportlab

        fonts = Path(reportlab.__file__).parent / "fonts"
        regular, bold = fonts / "Vera.ttf", fonts / "VeraBd.ttf"
    pdfmetrics.registerFont(TTFont("BenchSans", str(regular)))
    pdfmetrics.registerFont(TTFont("BenchSans-Bold", str(bold)))
    return "BenchSans"


def write_pack(path: Path, seed: int, family: str) -> int:
    """Write one agenda pack; return its number of pages."""
    rng = random.Random(seed)
    council, body = rng.choice(COUNCILS), rng.choice(BODIES)
    meeting = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 7 * 365))
    previous = meeting - dt.timedelta(days=rng.choice((91, 119, 126, 133)))
    venue = rng.choice(VENUES)
    target = rng.randint(20, 80)
    minutes = _minutes(rng, f"{council} {body}", venue, previous, rng.randint(20, 180))
    report, appendix = _funding(rng, council, body, meeting)
    papers = [minutes, report, appendix]
    for paper in papers:
        _lay_out(paper, family)
    number = 2
    while 2 + sum(len(p.pages) for p in papers) < target:
        filler = _filler(rng, f"B{number}", council, body, meeting)
        _lay_out(filler, family)
        papers.append(filler)
        number += 1
    ranges, page = {}, 1
    for paper in papers:
        first, last = ranges.get(paper.number, (page, page))
        ranges[paper.number] = (first, page + len(paper.pages) - 1)
        page += len(paper.pages)
    titles = {p.number: p.title for p in papers if p.title != "Appendix"}
    future = sorted(meeting + dt.timedelta(days=rng.randint(60, 400)) for _ in range(rng.randint(2, 4)))
    front = [
        Block("heading", "AGENDA"),
        Block("heading", f"{council.upper()} {body.upper()}"),
        Block("para", f"{meeting:%A}, {meeting.day} {meeting:%B, %Y}, at 10.00 am"),
        Block("para", f"Venue: {venue}"),
        Block("heading", "UNRESTRICTED ITEMS"),
        Block("para", "(During these items the meeting is likely to be open to the public)"),
        Block("heading", "A. Committee Business"),
        Block("bullet", "A1 Introduction"),
        Block("bullet", "A2 Apologies and Substitutes"),
        Block("bullet", "A3 Declarations of Interest"),
        Block("bullet", f"A4 {titles['A4']} (Pages {ranges['A4'][0]} - {ranges['A4'][1]})"),
        Block("heading", "B. Matters for Information/Discussion"),
        *[Block("bullet", f"{n} {titles[n]} (Pages {ranges[n][0]} - {ranges[n][1]})") for n in titles if n[0] == "B"],
        Block("heading", "C. Matters for Information"),
        Block("bullet", "C1 Dates of Future Meetings"),
        *[Block("bullet", f"{day:%A} {_long_date(day)} at 10am") for day in future],
        Block("para", f"{meeting - dt.timedelta(days=8):%A}, {_long_date(meeting - dt.timedelta(days=8))}"),
    ]
    agenda = Paper("", "Agenda", front)
    _lay_out(agenda, family)
    canvas = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    canvas.setTitle(f"Agenda: {council} {body}, {_long_date(meeting)}")
    for blocks in agenda.pages:
        _draw_page(canvas, blocks, family, None)
    _draw_page(canvas, [Block("para", BLANK_PAGE)], family, None)
    printed = 1
    for paper in papers:
        for blocks in paper.pages:
            _draw_page(canvas, blocks, family, f"Page {printed}")
            printed += 1
    canvas.save()
    return len(agenda.pages) + printed


def _write_one(job: tuple[Path, int]) -> Path:
    path, seed = job
    if not path.exists():
        write_pack(path, seed, register_fonts())
    return path


def write_corpus(out: Path, docs: int, seed: int = 7, processes: int = 1) -> list[Path]:
    """Write ``docs`` packs to ``out``; packs already there are kept, so use one folder per seed."""
    out.mkdir(parents=True, exist_ok=True)
    jobs = [(out / f"pack_{index:05d}.pdf", seed * 1_000_003 + index) for index in range(docs)]
    if processes <= 1:
        return [_write_one(job) for job in jobs]
    with get_context("forkserver").Pool(processes) as pool:
        return pool.map(_write_one, jobs, chunksize=8)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--processes", type=int, default=len(os.sched_getaffinity(0)))
    args = parser.parse_args()
    paths = write_corpus(args.out, args.docs, args.seed, args.processes)
    print(f"{len(paths)} packs in {args.out}")


if __name__ == "__main__":
    main()
