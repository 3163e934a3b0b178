"""Project mentions in tables: rows with a name (or purpose) and an amount column
(ParsedPage.tables, ' | ', tab and space-aligned rows), and tables flattened to one cell per line.

A table's status column, else the words before the table and its header, gives each row's
status; a table flattened one cell a line under a resolution ('The Committee resolved: (i) to approve funding to
the following organisations:') is approved whatever report the paragraph before it recommended. A table named only by an organisation column must follow words about grants or awards; an 'Organisation |
Purpose' table names each row 'Organisation – Purpose'. A plain 'Organisation   £' header takes rows of bare figures; two-column 'Organisation | Amount' rows
(one pipe a line) are a table too, and an 'Amount awarded' column wins over 'Amount requested'. These rules are versioned by ``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.readers import money
from extractors.readers.blocks import Block, clean
from extractors.readers.vocabulary import GIVEN_WORDS
from extractors.grants.decision_layout import GRANT_WORDS
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import NOT_A_NAME, build_mention, strip_name, valid_name
from extractors.grants.project_lists import RESOLVED_TO_APPROVE
from extractors.grants.project_status import status_of_context, status_of_description
from schemas.facts import ProjectStatus
from schemas.funding import MoneyAmount, ProjectMention

# 'Amount Requested' cells flagged '£10000 (£3000 granted)' or '£110 (Granted)': that row was approved, at the bracketed
# figure when one is printed.
_GRANTED_IN_CELL = re.compile(r"\(\s*(?P<figure>£\s*[\d,.]+\s*[km]?)?\s*(?:granted|awarded|approved|agreed)\s*\)", re.I)
_STATUS_HEADER = re.compile(r"\b(?:status|progress|update|outcome|position)\b", re.I)
_NAME_HEADER = re.compile(r"\b(?:project|scheme|initiative|name|activity|title|proposal|bid|description|purpose)\b", re.I)
_AMOUNT_HEADER = re.compile(r"£|\b(?:amount|cost|award(?:ed)?|grant|funding|allocation|value|total|sum)\b", re.I)
_ORG_HEADER = re.compile(
    r"\b(?:organisation|organization|institution|recipient|beneficiary|applicant|provider|lead|partner|partnership"
    r"|delivered\s+by|body)\b",
    re.I,
)
# A label over a transparency register's second table: 'Received', 'Grants received'.
_RECEIVED_LABEL = re.compile(r"(?:grants?\s+)?received", re.I)
# A column that only describes the work ('Description', 'Purpose') names no project when the table
# also has an applicant (recipient, partnership) column: the applicant is the project, as printed.
# A table with an organisation and an amount but no name or description column is named by the
# organisation.
_PROJECT_HEADER = re.compile(r"^(?:project|scheme|activity)(?:\s+(?:name|title))?$", re.I)
_DESCRIPTION_HEADER = re.compile(r"^(?:(?:project|short)\s+)?(?:description|purpose|details?)\b", re.I)
_APPLICANT_HEADER = re.compile(r"\b(?:recipient|applicant|partnership)\b", re.I)
_STRONG_AMOUNT = re.compile(r"£|\b(?:amount|cost|award(?:ed)?|value|sum)\b", re.I)
# 'Amount requested | Amount awarded': the column of money given wins over the money asked for.
_GIVEN_HEADER = re.compile(rf"\b(?:{GIVEN_WORDS}|recommended|offered)\b", re.I)
_ASKED_HEADER = re.compile(r"\b(?:requested|applied|sought|bid|asked)\b", re.I)


def header_columns(row: list[str | None], context: str = "") -> tuple[int, int, int | None] | None:
    """(name, amount, organisation) columns of a header row, or None when it is no header.

    An organisation column names the projects only when the words before the table or its
    header are about grants or awards (a 'Provider' or 'Body' column of contracts or allowances
    names suppliers)."""
    header = [clean(c or "") for c in row]
    names = [i for i, c in enumerate(header) if _NAME_HEADER.search(c) and not _DESCRIPTION_HEADER.search(c)]
    described = [i for i, c in enumerate(header) if _DESCRIPTION_HEADER.search(c) or _NAME_HEADER.search(c)]
    orgs = [i for i, c in enumerate(header) if _ORG_HEADER.search(c) and i not in names]
    applicants = [i for i in orgs if _APPLICANT_HEADER.search(header[i])]
    if names:
        name_col = names[0]
    elif applicants:
        name_col = applicants[0]
    elif orgs and GRANT_WORDS.search(f"{context} {' '.join(header)}"):
        name_col = orgs[0]
    elif described:
        name_col = described[0]
    else:
        return None
    amounts = [i for i, c in enumerate(header) if i != name_col and _AMOUNT_HEADER.search(c)]
    if not amounts:
        return None
    given = [i for i in amounts if _GIVEN_HEADER.search(header[i])]
    offered = [i for i in amounts if _STRONG_AMOUNT.search(header[i]) and not _ASKED_HEADER.search(header[i])]
    amount_col = (given or offered or [next((i for i in amounts if _STRONG_AMOUNT.search(header[i])), amounts[0])])[0]
    org_col = next((i for i in orgs if i not in (name_col, amount_col)), None)
    return name_col, amount_col, org_col


def row_mentions(
    layout: FundingLayout,
    extractor: tuple[str, str],
    rows: list[list[str | None]],
    anchor: Block,
    context: str,
    locate,
    year: str | None = None,
) -> list[ProjectMention]:
    """Mentions from one table: the first row whose cells name a project and an amount column is the header;
    ``year``, when given, dates every row (the lead-in's pointing year)."""
    header_index = next((i for i, row in enumerate(rows[:3]) if header_columns(row, context) is not None), None)
    if header_index is None:
        return []
    header = [clean(c or "") for c in rows[header_index]]
    name_col, amount_col, org_col = header_columns(rows[header_index], context)
    status_col = next(
        (i for i, c in enumerate(header) if i not in (name_col, amount_col, org_col) and _STATUS_HEADER.search(c)), None
    )
    if _RECEIVED_LABEL.fullmatch(context):
        return []  # grants the council was given: its own income, no projects
    status, evidence = status_of_context(context + " " + " ".join(header))
    if status is None:
        status, evidence = lead_status(context)
    found = []
    # 'Organisation | Purpose | Amount': the organisation, then what its grant is for
    purpose_col = next(
        (i for i, c in enumerate(header) if i not in (name_col, amount_col, org_col) and _DESCRIPTION_HEADER.search(c)), None
    ) if _ORG_HEADER.search(header[name_col]) and not _APPLICANT_HEADER.search(header[name_col]) else None
    for row in rows[header_index + 1 :]:
        if max(name_col, amount_col) >= len(row):
            continue
        name = strip_name(row[name_col] or "")
        purpose = strip_name(row[purpose_col] or "") if purpose_col is not None and purpose_col < len(row) else ""
        applicant = strip_name(row[org_col] or "") if org_col is not None and org_col < len(row) else ""
        if name and purpose and valid_name(f"{name} – {purpose}"):
            name, recipient_name = f"{name} – {purpose}", name
        elif name and applicant and org_col < name_col and _PROJECT_HEADER.match(header[name_col]) and valid_name(f"{applicant} – {name}"):
            # 'Applicant | Project | Amount' (the recipient first): named by its recipient and what it is
            name, recipient_name = f"{applicant} – {name}", applicant
        else:
            recipient_name = None
        amount = money.parse_cell(row[amount_col])
        if granted := _GRANTED_IN_CELL.search(clean(row[amount_col] or "")):
            amount = (money.parse_cell(granted.group("figure")) if granted.group("figure") else None) or amount
        if not name or amount is None or NOT_A_NAME.match(name):
            continue
        start, end = locate(name, amount)
        recipient = strip_name(row[org_col] or "") if org_col is not None and org_col < len(row) else recipient_name
        row_status, row_evidence = (status, evidence) if granted is None else ("approved", granted.group(0))
        if status_col is not None and status_col < len(row) and row[status_col]:
            cell = clean(row[status_col])
            cell_status = status_of_description(cell, False)
            if cell_status[0] is None:
                cell_status = status_of_context(cell)
            if cell_status[0] is not None:
                row_status, row_evidence = cell_status
        found.append(
            build_mention(
                layout, extractor, name=name, amount=amount.model_copy(update={"start": start, "end": end}), start=start, end=end,
                status=row_status, evidence=row_evidence, layout_kind="table", block=anchor, recipient=recipient or None,
                year=year,
            )
        )
    return found


def table_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    found: list[ProjectMention] = []
    blocks = layout.blocks
    i = 0
    while i < len(blocks):
        if blocks[i].kind != "table_row":
            i += 1
            continue
        run = [blocks[i]]
        while i + 1 < len(blocks) and (blocks[i + 1].kind == "table_row" or numbered_row(layout, blocks[i + 1], run[0])):
            i += 1
            run.append(blocks[i])
        i += 1
        rows, spans = [], []
        for block in run:
            cells = layout.cells(block)
            if all(re.fullmatch(r":?-{2,}:?|", c) for c in cells):
                continue
            if block.kind != "table_row":
                cells[0] = _ROW_NUMBER.sub("", cells[0])
            rows.append(cells)
            spans.append(block)
        lead = next((b for b in reversed(blocks[: run[0].index]) if b.kind != "table_row"), None)
        context = clean(layout.flat[lead.start : lead.end]) if lead else ""

        def locate(name: str, amount: MoneyAmount, spans=spans) -> tuple[int, int]:
            for block in spans:
                raw = layout.text[block.start : block.end]
                if name[:20] in clean(raw):
                    at = raw.find(amount.text)
                    if at >= 0:
                        claimed.add(block.start + at)
                        return block.start + at, block.start + at + len(amount.text)
                    return block.start, block.end
            return spans[0].start, spans[0].end

        before = [y for y in layout.years_in(run[0].start - 2000 + 1, run[0].start) if y.year and y.form != "relative"]
        pointing = _pointing_year(layout, before, run[0].start)
        found.extend(row_mentions(layout, extractor, rows, run[0], context, locate, pointing))
        if rows and header_columns(rows[0], context) is None:
            found.extend(_headerless_mentions(layout, extractor, rows, run[0], locate))
    for block in blocks:
        rows, first = _pipe_pairs(layout, block)
        if rows:
            lead = blocks[first - 1] if first > 0 else None
            context = clean(layout.flat[lead.start : lead.end]) if lead else ""

            def locate(name: str, amount: MoneyAmount, block=block) -> tuple[int, int]:
                line_at = layout.text.find(name[:20], block.start, block.end)
                at = layout.text.find(amount.text, max(line_at, block.start), block.end)
                if at < 0:
                    return block.start, block.end
                claimed.add(at)
                return at, at + len(amount.text)

            found.extend(row_mentions(layout, extractor, rows, block, context, locate))
    for page in layout.document.pages:
        if not page.tables or page.char_end < layout.start or page.char_start > layout.end:
            continue
        anchor = layout.block_at(max(page.char_start, layout.start)) or (layout.blocks[0] if layout.blocks else None)
        if anchor is None:
            continue
        for table in page.tables:

            def locate(name: str, amount: MoneyAmount, page=page) -> tuple[int, int]:
                at = page.text.find(amount.text)
                start = page.char_start + max(at, 0)
                if at >= 0:
                    claimed.add(start)
                return (start, start + len(amount.text)) if at >= 0 else (page.char_start, page.char_end)

            for mention in row_mentions(layout, extractor, table, anchor, _page_lead(page.text, table), locate):
                if not any(m.name == mention.name and m.amount == mention.amount for m in found):
                    found.append(mention)
    return found


# '1. Title | 8,412·00 |': a numbered row under a ' | ' header, which the block reader takes for a list item, a
# paragraph or a heading.
_ROW_NUMBER = re.compile(r"^\d{1,3}[.)]\s+")


def numbered_row(layout: FundingLayout, block: Block, header: Block) -> bool:
    """A one-line block opening on its number and holding as many ' | ' as the table's first row."""
    raw = layout.text[block.start : block.end].strip()
    first = layout.text[header.start : header.end]
    return block.kind in ("item", "paragraph", "heading") and "\n" not in raw and bool(_ROW_NUMBER.match(raw)) and raw.count("|") == first.count("|") > 0


# A whole cell holding one figure: '£34,000', '£1.2m'.
_FIGURE_CELL = re.compile(r"£\s?\d[\d,]*(?:\.\d+)?\s?(?:[kKmM]|million)?")


def _headerless_mentions(
    layout: FundingLayout, extractor: tuple[str, str], rows: list[list[str]], anchor: Block, locate
) -> list[ProjectMention]:
    """A table printed without a header ('Age Concern | what it will do | £3,000 |'): every row opens on a
    name, describes it and closes on a cell holding only a figure, under words saying grants were given or approved
    (``lead_status``); each row is its opening cell's project, as printed. Two cells a row ('Staff | £N') may be a
    budget's lines: not read."""
    lead = clean(layout.flat[max(layout.start, anchor.start - _LEAD_CHARS) : anchor.start])
    status, evidence = lead_status(lead)
    if status is None or not GRANT_WORDS.search(lead) or len(rows) < 2:
        return []
    pairs = []
    for row in rows:
        cells = [clean(c or "") for c in row]
        while cells and not cells[-1]:
            cells.pop()
        name = strip_name(cells[0]) if len(cells) >= 3 else ""
        amount = money.parse_cell(cells[-1]) if _FIGURE_CELL.fullmatch(cells[-1] if cells else "") else None
        if amount is None or "£" in name or NOT_A_NAME.match(name) or not valid_name(name):
            return []
        pairs.append((name, amount))
    found = []
    for name, amount in pairs:
        start, end = locate(name, amount)
        found.append(
            build_mention(
                layout, extractor, name=name, amount=amount.model_copy(update={"start": start, "end": end}), start=start,
                end=end, status=status, evidence=evidence, layout_kind="table", block=anchor, recipient=name,
                list_id=anchor.index,
            )
        )
    return found


def _pipe_pairs(layout: FundingLayout, block: Block) -> tuple[list[list[str]], int]:
    """A paragraph of two-column rows 'Organisation | Amount' (one ' | ' a line, which the block reader
    does not take for a table; its header line may have been read as a heading): its rows of cells, or []
    when any line is not such a row; and the index of its first block."""
    if block.kind != "paragraph":
        return [], block.index
    lines = [line for line in layout.text[block.start : block.end].split("\n") if line.strip()]
    previous, first = (layout.blocks[block.index - 1] if block.index > 0 else None), block.index
    if previous is not None and previous.kind == "heading" and not layout.text[previous.end : block.start].strip():
        header = layout.text[previous.start : previous.end]
        if header.count("|") == 1 and "\n" not in header.strip():
            lines, first = [header, *lines], previous.index
    if len(lines) < 3 or any(line.count("|") != 1 for line in lines):
        return [], block.index
    return [[cell.strip() for cell in line.split("|")] for line in lines], first


def _page_lead(page_text: str, table: list[list[str | None]]) -> str:
    """The words printed before a parsed table on its page (its title and lead-in)."""
    first = next((clean(c) for row in table[:1] for c in row if c and c.strip()), "")
    at = page_text.find(first) if first else -1
    return clean(page_text[max(0, at - _LEAD_CHARS // 2) : at]) if at > 0 else ""


# 'gave', 'have been given', 'the awards that are being made in 2025-26 are listed below'; a register's 'GRANTS PAID
# FROM 2023/24 BUDGET'; a written answer's 'the individual projects funded were as follows:', 'The following grants were
# made in 1991–92:'.
GIVEN_GRANTS = re.compile(
    r"\b(?:gave|(?:has|have|had)\s+(?:been\s+)?given|(?:was|were)\s+given"
    r"|(?:grants?|awards?)\s+(?:which|that)\s+(?:will\s+be|are\s+being|are|were|have\s+been)\s+made"
    r"|grants\s+paid\s+(?:from|in|during)|projects\s+funded\s+were\s+as\s+follows"
    r"|following\s+(?:[\w-]+\s+){0,4}?grants\s+(?:were|have\s+been)\s+(?:made|paid))\b",
    re.I,
)
_LEAD_CHARS = 600


# 'The awards that are being made in 2025-26 are listed below': the sentence that points at the table.
_POINTS_BELOW = re.compile(r"\b(?:(?:set\s+out|outlined|listed|shown|detailed|summarised|given)\s+below|as\s+follows)\b", re.I)


def _pointing_year(layout: FundingLayout, before: list, first: int) -> str | None:
    """The one year of the lead-in sentence that points at the table ('... in 2025-26 are listed
    below'), over a later year printed between it and the table."""
    for year in reversed(before):
        s_start, s_end = layout.sentence_at(year.start)
        if s_end > first:
            continue
        sentence = layout.flat[s_start:s_end]
        if _POINTS_BELOW.search(sentence) and {y.year for y in before if s_start <= y.start < s_end} == {year.year}:
            return year.year
    return None


def lead_status(lead: str) -> tuple[ProjectStatus | None, str | None]:
    """The status the words before a table give its rows: grants given ('have been given') or a resolution
    ('The Committee resolved: (i) to approve funding to:') approve them, else the lead's own words."""
    if (given := GIVEN_GRANTS.search(lead)) is not None:
        return "approved", given.group(0)
    if (resolved := RESOLVED_TO_APPROVE.search(lead[: lead.rfind(":")] if ":" in lead else "")) is not None:
        return "approved", resolved.group(0)
    return status_of_context(lead)


def table_year(layout: FundingLayout, first: int) -> str | None:
    """The year of a table starting at ``first`` without year columns: the lead-in's pointing year, else
    the last year printed before it."""
    before = [y for y in layout.years_in(first - 2000 + 1, first) if y.year and y.form != "relative"]
    return _pointing_year(layout, before, first) or (before[-1].year if before else None)


def stacked_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    """Rows of tables flattened to one cell per line: the row's name is the project, one mention per
    amount column (each column its header's year, else the last year printed before the table). A '£0'
    cell beside a figure is a column the row got nothing from ('Award (revenue)' £4,000 / 'Award (capital)'
    £0), no mention."""
    found = []
    for table in layout.stacked_tables:
        first = table[0].name_start
        lead = clean(layout.flat[max(layout.start, first - _LEAD_CHARS) : first])
        status, evidence = lead_status(lead)
        fallback = table_year(layout, first)
        for row in table:
            name = strip_name(row.name)
            if row.total or NOT_A_NAME.match(name) or not valid_name(name):
                continue
            block = layout.block_at(row.name_start) or layout.block_at(row.amounts[0][0])
            cells = [money.parse_cell(text) for _, _, text in row.amounts]
            given = any(cell is not None and cell.amount for cell in cells)
            for (start, end, text), year, amount in zip(row.amounts, row.years, cells):
                if amount is None or block is None or start in claimed or (given and amount.amount == 0):
                    continue
                claimed.add(start)
                found.append(
                    build_mention(
                        layout, extractor, name=name, amount=amount.model_copy(update={"start": start, "end": end}), start=start,
                        end=end, status=status, evidence=evidence, layout_kind="table", block=block,
                        year=year or fallback,
                    )
                )
    return found


# A two-cell header printed with single spaces or one cell per line: 'Applicant Amount Granted',
# 'Organisation' / 'Grant Awarded', or a column of money given alone when the page lost the name
# cell ('Amount Granted'); its rows are 'Name £N' lines, or the name and the figure on lines of their own.
_PLAIN_HEADER = re.compile(
    r"^[ \t\xa0]*(?:(?:Applicant|Organisation|Organization|Recipient|Group)[ \t\xa0]*(?:\n[ \t\xa0]*)*"
    r"(?:[ \t]+|\n[ \t\xa0]*)(?:Amount(?:[ \t]+(?:Granted|Awarded|Approved|Agreed))?|Grant(?:[ \t]+(?:Awarded|Approved))?|Award"
    r"|(?P<pounds>£|\(£\)|Amount[ \t]+\(£\)|£[ \t]+Awarded))"
    r"|(?<=\n\n)(?:Amount[ \t]+(?:Granted|Awarded|Approved|Agreed)|Grant[ \t]+(?:Awarded|Approved)))[ \t\xa0]*\n",
    re.M | re.I,
)
# The header's figure column says the money was given: 'Amount awarded', 'Grant approved'.
_GIVEN_COLUMN = re.compile(r"\b(?:Amount|Grant)[ \t]+(?:Granted|Awarded|Approved|Agreed)\b|£[ \t]+Awarded", re.I)
_PLAIN_ROW = re.compile(r"[ \t]*(?P<name>[A-Z][^£\n|\t]{1,80}?)[ \t]+(?P<amount>£[\d,]+(?:\.\d{2})?)[ \t]*(?:\n|$)")
# A row printed one cell per line: the name, blank lines, the figure.
_STACKED_ROW = re.compile(
    r"[ \t\xa0]*(?P<name>[A-Z][^£\n|\t]{1,80}?)[ \t\xa0]*\n(?:[ \t\xa0]*\n){0,3}[ \t\xa0]*(?P<amount>£[\d,]+(?:\.\d{2})?)[ \t\xa0]*(?:\n|$)"
)
# Under a '£' column ('Organisation    £') the rows print bare figures: 'Hillside Scouts      2,500'.
_BARE_ROW = re.compile(r"[ \t]*(?P<name>[A-Z][^£\n|\t\d]{1,80}?)[ \t]{2,}(?P<amount>\d{1,3}(?:,?\d{3})*(?:\.\d{2})?)[ \t]*(?:\n|$)")


def plain_header_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    """Rows 'Name £N' under a plain two-cell header (``_PLAIN_HEADER``), blank lines allowed between;
    the words before the header give their status ('That the following amount of grant be approved'),
    or else a header column of money given ('Amount awarded') makes them approved."""
    found = []
    for header in _PLAIN_HEADER.finditer(layout.text, layout.start, layout.end):
        lead_text = clean(layout.flat[max(layout.start, header.start() - _LEAD_CHARS) : header.start()])
        status, evidence = status_of_context(lead_text)
        if status is None and (given := _GIVEN_COLUMN.search(header.group(0))):
            status, evidence = "approved", clean(given.group(0))  # 'Organisation    Amount awarded'
        if status is None or not GRANT_WORDS.search(lead_text):
            continue
        at = header.end()
        while True:
            while at < layout.end and layout.text[at] in "\n \t\xa0":
                at += 1
            row = header.group("pounds") and _BARE_ROW.match(layout.text, at, layout.end) or _PLAIN_ROW.match(layout.text, at, layout.end)
            row = row or _STACKED_ROW.match(layout.text, at, layout.end)
            if row is None:
                break
            if not row.group("amount").startswith("£"):
                cell = money.parse_cell(row.group("amount"))
                amount = cell.model_copy(update={"start": row.start("amount"), "end": row.end("amount")}) if cell else None
                amount = None if amount is None or amount.start in claimed else amount
            else:
                amount = next((a for a in layout.amounts_in(row.start("amount"), row.end("amount")) if a.start not in claimed), None)
            name = strip_name(row.group("name"))
            at = row.end()
            block = layout.block_at(row.start("name"))
            if amount is None or block is None or not valid_name(name):
                break
            claimed.add(amount.start)
            found.append(
                build_mention(
                    layout, extractor, name=name, amount=amount, start=row.start("name"), end=row.end("amount"),
                    status=status, evidence=evidence, layout_kind="table", block=block, recipient=name,
                )
            )
    return found
