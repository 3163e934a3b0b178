"""One award a line, the lines spaced apart: 'Name – £N', 'Name: £N', 'Name (£N)', 'Name – what for – £N',
'Name- £N to what for;' (the purpose after the figure is no part of the name), 'Name<tab>£N', 'Name ...... £N' (a
Title-Case name before a tab or dot leaders)
under a lead that says they were given ('Below is a list of the grants awarded ...', 'The list of recipients
is as follows:', 'Among those to benefit were:'), with blank lines or lone dashes between the lines, or
the lead a paragraph of its own or a line inside the paragraph that holds the list (ending in a colon, or a whole
sentence saying what follows: 'The following awards were approved at the meeting.', as a page without blank lines
prints it); each lead of a paragraph opens its own list.

The lead gives the status and must name grants, funding, awards, applications or recipients (not the money's
sources: 'from the following funding streams:'), and must introduce a list (end in a colon, or say 'the following', 'as follows', 'below', 'a list of'; a
short heading that gives them, 'Grants awarded in March', needs neither). At least two
consecutive award lines follow it (one block or one block each); the first line that is no award ends the
list, but lines of prose under an award line saying what it pays for (five words or more, no figure, nothing refused:
'Org (ABBR) – £N' / 'Funding has been awarded to ...') are passed over; a short theme heading between award lines ('Sports projects', no figure, no sentence, nothing refused) only groups
them when an award line follows it, and a lead ending the paragraph over such a heading opens the list below it. 'Name CODE – to be funded at the requested amount of £N' is an award line named 'Name'. A name before a spaced
dash and a purpose of three or more words ('Garden Club – Contribution to cost of hire – £100') is the
name alone; a Title-Case part after the dash (an organisation) stays in the name. A line closed by its figure after a
comma or full stop, a description before it ('Tarn Carers, a winter scheme for carers, £2400.', 'Fell Trust's six-week
course for ..., £1560.', '... school club. £1890 – remaining budget'), is named by the Title-Case run of two or more words
opening it (up to a comma, a lower-case word or a possessive before one), unless a councillor or a ward opens it. Every
award line is kept, a recipient's second line too (not a line of a grant paid back, 'unspent', 'repaid'): whether
two lines are one project is the merge's ruling
(``project_merge``). These rules are versioned by ``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.decision_layout import GRANT_WORDS
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import list_mentions, strip_name, title_case_name, valid_name
from extractors.grants.project_status import REFUSING_LEAD, lists_no_projects, status_of_context
from extractors.readers.blocks import clean
from extractors.readers.spans import soft_break, unwrapped
from schemas.funding import ProjectMention

_PAIR = re.compile(
    r"^[ \t]*(?:[-•*·▪●■➢►][ \t]*|l[ \t]+(?=[A-Z])|\d+[.)][ \t]+)?(?P<name>[A-Z0-9][^£\n|:]{1,200}?)[ \t]*(?P<sep>[–—:-]|\(|\.{3,}|…+|\s)[ \t]*"
    r"(?P<amount>£[\d,.]+[km]?)\)?(?:[ \t]+(?:to|for|towards)[ \t]+[^£\n]{3,300}?)?[ \t]*[.;,]?[ \t]*\*?[ \t]*$"
)
# A line that only spaces the list: empty, or a lone dash or bullet.
_SPACER = re.compile(r"^[ \t]*[-–—•*·]?[ \t]*$")
_NOT_AWARDED = re.compile(rf"{REFUSING_LEAD.pattern}|\b(?:not|deferred|reserve|pending|withdrawn|waiting|requested|applied)\b", re.I)
_TOTAL = re.compile(r"^\W*(?:grand\s+)?total\b", re.I)
_LEAD_END = re.compile(r":[ \t]*[-–—]?[ \t]*$")
_INTRODUCES = re.compile(r"\b(?:the\s+following|as\s+follows|below|a\s+list\s+of)\b", re.I)
_SENTENCE = re.compile(r"[A-Z].*[.!]")
_AWARD_NOUNS = re.compile(r"\b(?:awards?|applications?|recipients|beneficiaries|benefit)\b", re.I)
# 'Name – Contribution to cost of display boards': the purpose after the first spaced dash.
_PURPOSE_SPLIT = re.compile(r"\s+[–—-]\s+(?=(?:\S+\s+){2,}\S)")
# 'Name – Redevelopment of the Park. £N': a part after the dash closed by a full stop is a sentence saying what for,
# never an organisation, even in Title Case (an abbreviation's stop, 'Ltd.', is no sentence's end).
_DASH = re.compile(r"\s+[–—-]\s+")
_PURPOSE_SENTENCE = re.compile(r"(?<!\bLtd)(?<!\bInc)(?<!\bCo)(?<!\bAssoc)[a-z)]\.$")
_PAIRS_MIN = 2
# 'Org, what it is for, £N.', 'Org for what, £N.', '... club. £N – remaining budget': the figure closes the line.
_DESCRIBED = re.compile(
    r"^[ \t]*(?:[-•*·▪●■➢►][ \t]*)?(?P<head>[A-Z0-9][^£\n|:]{1,300}?)[,.][ \t]*(?P<amount>£[\d,.]+[km]?)[ \t]*\.?"
    r"(?:[ \t]+[–—-][ \t]+[a-z][a-z ]{0,40}\.?)?[ \t]*$"
)
# The Title-Case run opening a described line: capitalised words and the small joining words between them, up to a
# possessive before a lower-case word or a digit ('Fell Trust's six-week ...'; 'Fell Football's Gold Trust' stays whole).
# A member ('Cllr Ann Hall, Tarn Scouts for a tent, £300.') or a ward ('Tarn North Ward, new goals, £600.') opening the
# line is whose budget paid or where, not the recipient: such a line names no award.
# A line of the list recording a grant paid back: no award of its own.
_RETURNED = re.compile(r"\b(?:unspent|underspen[dt]|repaid|repayments?|refund(?:ed)?|claw(?:ed)?[ -]?back)\b", re.I)
_NOT_RECIPIENT = re.compile(r"^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx)\b|.*\b(?:Wards?|Division)$)")
_OPENING_NAME = re.compile(
    r"(?:The\s+)?[A-Z0-9][\w&'’./-]*(?:\s+(?:of|and|&|the|de)\b)*(?:\s+(?:[A-Z][\w&'’./-]*|&)(?:\s+(?:of|and|&|the|de)\b(?=\s+[A-Z]))?)+"
)
# 'Sports projects', 'Night-time economy:': a theme heading grouping award lines, one to six words, no figure or sentence.
_GROUP_HEADING = re.compile(r"^[ \t]*[A-Z][\w'’&/,()-]*(?:[ \t]+[\w'’&/,()-]+){0,5}[ \t]*:?[ \t]*$")
# 'Name REF123 – to be funded at the requested amount of £N': the decision before the figure, then the
# application's reference code (six to ten capitals with at most one vowel, never a word) after the name.
TO_BE_FUNDED = re.compile(
    r"(?<!\s)\s*+[–—-]?\s*+to\s+be\s+(?:funded|awarded|granted)\s+(?:at|with)\s+(?:the\s+|a\s+)?(?:\w+\s+){0,2}?(?:amount|sum)\s+of\s*(?=£|$)",
    re.I,
)
REF_CODE = re.compile(r"(?<=\S)\s+(?=[A-Z]{6,10}\s*$)(?![A-Z]*[AEIOU][A-Z]*[AEIOU])[A-Z]{6,10}\s*$")


def _lead_ok(lead: str, heading: bool = False) -> tuple[str | None, str | None]:
    """The status a lead gives its award lines; a short heading ('Grants awarded in March') needs no colon."""
    if not (_LEAD_END.search(lead) or _INTRODUCES.search(lead) or (heading and len(lead.split()) <= 10)):
        return None, None
    if not (GRANT_WORDS.search(lead) or _AWARD_NOUNS.search(lead)) or lists_no_projects(lead):
        return None, None
    return status_of_context(lead)


def _segments(text: str, start: int, end: int):
    """(offset, text) of each line from ``start``; a line holding several figures run on with semicolons ('A — £350 to
    X; B — £415 for Y; C') is read as the lines it was flattened from, one figure a segment."""
    cursor = start
    for line in text[start:end].split("\n"):
        line_start, cursor = cursor, cursor + len(line) + 1
        if line.count("£") < 2 or ";" not in line:
            yield line_start, line
            continue
        offset = 0
        for part in line.split(";"):
            lead = len(part) - len(part.lstrip())
            yield line_start + offset + lead, part.strip() + ";"
            offset += len(part) + 1


def _pairs(layout: FundingLayout, start: int, end: int, claimed: set[int]) -> list[tuple[int, str, object]]:
    """The award lines from ``start``: spacer lines skipped, a theme heading skipped when an award line follows it,
    the first other line ends them."""
    pairs: list[tuple[int, str, object]] = []
    heading = False
    for line_start, line in _segments(unwrapped(layout.text, start, end, joins=_wrapped_award), start, end):
        if _SPACER.match(line) or (pairs and _description(line)):
            continue  # 'Org – £N' over a few lines saying what the money is for: the next award line goes on the list
        if _TOTAL.match(line):
            break
        if not heading and _group_heading(line):
            heading = True
            continue
        heading = False
        decided = TO_BE_FUNDED.search(line[: line.find("£")]) if "£" in line else None
        match = _PAIR.match(line[: decided.start()] + " – " + line[decided.end() :] if decided else line)
        inside = layout.amounts_in(line_start, line_start + len(line))
        if len(inside) != 1 or inside[0].start in claimed or inside[0].amount is None:
            break
        if _RETURNED.search(line):
            continue  # 'Tarn Shed, unspent grant returned to the council, £400.': money back, no award
        bare = match is None or (match.group("sep").isspace() and not title_case_name(strip_name(match.group("name"))))
        if bare and (described := _described_name(line)) is not None:
            pairs.append((line_start + described[0], described[1], inside[0]))
            continue
        if not match:
            break
        name = REF_CODE.sub("", strip_name(match.group("name")))
        if _PURPOSE_SENTENCE.search(name) and (split := _DASH.search(name)) is not None:
            name = name[: split.start()]
        elif (split := _PURPOSE_SPLIT.search(name)) is not None and not title_case_name(name[split.end() :]):
            name = name[: split.start()]
        if not valid_name(name) or ((match.group("sep") in ": \t(" or match.group("sep")[0] in ".…") and not title_case_name(name)):
            break
        pairs.append((line_start + match.start("name"), name, inside[0]))
    return pairs


def _description(line: str) -> bool:
    """A line of prose under an award line saying what the money is for: five words or more, no figure, no lead's
    colon ending it, nothing refused or asked."""
    text = line.strip()
    return (
        len(text.split()) >= 5 and "£" not in text and not text.endswith(":") and bool(re.match(r"[A-Za-z“\"‘']", text))
        and not _NOT_AWARDED.search(text)
    )


def _described_name(line: str) -> tuple[int, str] | None:
    """(offset, name) of a line closed by its figure after a description: the Title-Case run of two or more words
    opening it, when a description follows the run."""
    described = _DESCRIBED.match(line)
    if described is None:
        return None
    head = described.group("head")
    opening = _OPENING_NAME.match(head, len(head) - len(head.lstrip(" \t-•*·▪●■➢►")))
    if opening is None:
        return None
    name = re.sub(r"['’]s$", "", opening.group(0)) if re.match(r"\s+[a-z0-9]", head[opening.end() :]) else opening.group(0)
    rest = head[opening.end() :]
    if not rest.strip() or not re.match(r",\s+\S|\s+[a-z0-9]|['’]s\s+[a-z0-9]", rest) or not title_case_name(name):
        return None
    return None if _NOT_RECIPIENT.match(name) else (opening.start(), name)


def _wrapped_award(above: str, below: str) -> bool:
    """An award line hard-wrapped before its figure ('Org – Refit of the shop floor and a' / 'new chiller. £9,830'):
    read as one line. A line that already holds a figure ends its award."""
    return "£" not in above and soft_break(above, below)


def _heading_next(blocks, block) -> bool:
    """The paragraph's last line leads into a heading or a row ('Name<tab>£N' lines read as a table): the lines below
    may be its list."""
    return block.index + 1 < len(blocks) and blocks[block.index + 1].kind in ("heading", "table_row")


def _group_heading(line: str) -> bool:
    """A theme heading over award lines: short, no figure or digit, no sentence, no refusal or ask."""
    return bool(_GROUP_HEADING.match(line)) and not re.search(r"\d|£", line) and not _NOT_AWARDED.search(line)


def pair_run_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    found = []
    blocks = layout.blocks
    for block in blocks:
        if block.kind != "paragraph":
            continue
        leads = []
        if block.index > 0 and blocks[block.index - 1].kind in ("paragraph", "heading"):
            previous = blocks[block.index - 1]
            leads.append((clean(layout.flat[previous.start : previous.end]), previous.start, block.start, previous.kind == "heading"))
        cursor = block.start
        for line in layout.text[block.start : block.end].split("\n"):
            cursor += len(line) + 1
            # A lead inside the paragraph: a line ending in a colon, or a whole sentence saying what follows ('The
            # following awards were approved at the meeting.'), as a page printed without blank lines sets it.
            if (_LEAD_END.search(line) or _INTRODUCES.search(line) and _SENTENCE.fullmatch(line.strip())) and (
                cursor < block.end or _heading_next(blocks, block)
            ):
                leads.append((clean(line), cursor - len(line) - 1, cursor, False))
        for lead, lead_start, start, heading in leads:
            status, evidence = _lead_ok(lead, heading)
            if status is None:
                continue
            pairs = _pairs(layout, start, layout.end, claimed)
            if len(pairs) < _PAIRS_MIN:
                continue
            year = _relative_lead_year(layout, lead_start, start)
            found += list_mentions(
                layout, extractor, pairs, status=status, evidence=evidence, block=block, claimed=claimed, year=year
            )
    return found


def _relative_lead_year(layout: FundingLayout, start: int, end: int) -> str | None:
    """The one year a lead gives its lines in relative words ('During the current financial year, ... agreed the
    following grants'), read against the span's date; None when the lead prints a year (the section rules read it)
    or none."""
    years = {y.year for y in layout.years_in(start, end) if y.year}
    relative = [y for y in layout.years_in(start, end) if y.form == "relative"]
    return relative[0].year if relative and len(years) == 1 and len(relative) == len(layout.years_in(start, end)) else None
