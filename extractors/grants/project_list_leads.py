"""What the lead of a list or table says its lines are, when that is not awards: the force's own spending (a lead
naming the precept, the council tax or the police budget: 'approved the following investment from the precept:'),
what a grant the body won will be spent on ('The money will be spent on:'), the lines of a payments schedule, or kinds of recipient named in capitals
('Community Safety Partnerships – £N' under a budget's 'This includes:'). These rules are versioned by
``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.allocation_cues import PAYMENT_WORDS
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.round_cues import STAFF_AWARDS

_LEAD_CHARS = 600
# The last line before a list that introduces it: it ends in a colon.
_LEAD_LINE = re.compile(r"[^\n]*:[ \t]*[-–—]?[ \t]*\n", re.M)
_PRECEPT = re.compile(r"\b(?:precept|council\s+tax|police\s+budget|policing\s+budget|force(?:'s|’s)?\s+budget)\b", re.I)
_SPENDING = re.compile(
    r"\b(?:(?:will\s+be|is|was|were|are|being|be)\s+(?:spent|used|invested)\s+(?:on|for|to|in)|will\s+(?:fund|pay\s+for)"
    r"|to\s+pay\s+for|spending\s+(?:on|plans?))\b",
    re.I,
)
# 'Members agreed the Eastby clerk's expenses and March bills as below:': a payments schedule (payees, salaries,
# mileage, printing);
# never 'the following grant payments:', 'a payment to the following charities,', nor a line naming its grant or donation.
_PAYMENTS = re.compile(PAYMENT_WORDS, re.I)
_GIFT = re.compile(r"\b(?:grants?|donations?|awards?|s\.?\s?137|charit(?:y|ies|able)|contributions?)\b", re.I)
# 'Community Safety Partnerships', 'Parish Councils': a kind of recipient in capitals, plural, names no one body ('Tarn
# Municipal Charities', 'Fell United Charities' are one trust's name).
KIND_PLURAL = re.compile(
    r"\b(?:Partnerships|Councils|Groups|(?<!Municipal\s)(?<!United\s)(?<!Consolidated\s)(?<!Almshouse\s)Charities|Organisations|Organizations|Projects|Clubs|Schemes|Boroughs|Districts|"
    r"Authorities|Initiatives|Causes)$"
)


def list_lead(layout: FundingLayout, start: int) -> str:
    """The nearest lead within the few hundred characters before ``start`` ('' when none): the last line ending in a
    colon, unless a later line without a figure names grants or donations ('The following grants were awarded.'),
    which then leads the lines below it (a payments schedule printed just above a grants list leads only its own)."""
    floor = max(layout.start, start - _LEAD_CHARS)
    before = layout.text[floor:start]
    leads = list(_LEAD_LINE.finditer(before))
    if not leads:
        return ""
    at = floor + leads[-1].end()
    for line in re.finditer(r"[^\n]+", layout.text[at:start]):
        if _GIFT.search(line.group(0)) and not layout.amounts_in(at + line.start(), at + line.end()):
            return line.group(0)
    return leads[-1].group(0)


def own_spending(layout: FundingLayout, start: int, recipient_named: bool) -> bool:
    """A list line under a lead naming the precept or police budget (the force's own spending, whatever its name), or
    under a lead saying what money will be spent on, unless the line names a recipient; a line of a payments schedule
    (its lead approves payments or expenses, and neither names a grant or donation), whoever it pays; awards to staff."""
    lead = list_lead(layout, start)
    line_end = layout.text.find("\n", start)
    line = layout.text[start : line_end if line_end >= 0 else layout.end]
    if _PAYMENTS.search(lead) and not _GIFT.search(lead) and not _GIFT.search(line):
        return True
    return bool(_PRECEPT.search(lead) or STAFF_AWARDS.search(lead) or (_SPENDING.search(lead) and not recipient_named))
