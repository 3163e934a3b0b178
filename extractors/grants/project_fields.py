"""Project mentions in labelled fields: decision records and grant forms printed 'Label: value' a line.

'Recipient: X' (or 'Organisation', 'Applicant', 'Name of organisation', 'Organisation name', 'Grantee',
'Awarded to'; a bilingual label may print the other language's words before or after a slash) followed
within a few lines by 'Amount: £N' (or 'Grant', 'Value', 'Amount awarded', 'Grant (£)', or a schedule's
'Decision: Award grant of £N (90%)') names one award.
Its status comes from a 'Decision' / 'Outcome' / 'Status' line near it ('Approved', 'Recommended'; a
refusal or deferral means no project), else from an amount label that says it was awarded, else from a
signed decision nearby; with none of these the award is left out. An amount labelled as asked for
('Amount requested', 'Amount applied for') is no award. These rules are versioned by
``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import build_mention, strip_name, valid_name
from extractors.readers.vocabulary import GIVEN_WORDS
from schemas.funding import ProjectMention

# A bilingual label prints the other language's words before or after a slash: 'Sefydliad / Organisation:'.
_OTHER_TONGUE_BEFORE = r"(?:[^\W\d_][^\n:/|£\d]{1,40}?[ \t]*/[ \t]*)?"
_OTHER_TONGUE_AFTER = r"(?:[ \t]*/[ \t]*[^\W\d_][^\n:/|£\d]{1,40}?)?"
_RECIPIENT = re.compile(
    rf"^[ \t]*{_OTHER_TONGUE_BEFORE}(?:name\s+of\s+(?:the\s+)?(?:organisation|organization|applicant|recipient|group)"
    r"|(?:organisation|organization|applicant|group)\s+name|organisation|organization|recipient"
    rf"|grant\s+recipient|applicant|grantee|awarded\s+to){_OTHER_TONGUE_AFTER}[ \t]*(?:[:|–-][ \t]*|:[ \t]*\n[ \t]*)"
    r"(?P<name>[^\n£]{2,100}?)[ \t]*$",
    re.I | re.M,
)
_AMOUNT_LABEL = (
    rf"^[ \t]*{_OTHER_TONGUE_BEFORE}(?P<label>(?:(?:grant|funding|award)\s+)?(?:amount|value|sum|grant|award|funding)(?:\s+(?:{GIVEN_WORDS}"
    r"|requested|applied\s+for|sought|of\s+(?:grant|award)))?)(?:\s*\(£\))?"
    rf"{_OTHER_TONGUE_AFTER}[ \t]*"
)
_AMOUNT = re.compile(rf"{_AMOUNT_LABEL}[:|–-][ \t]*£?\d", re.I)
# A label alone on its line ending in a colon, its value alone on the next: 'Amount awarded:' / '£2,500'.
_AMOUNT_ALONE = re.compile(rf"{_AMOUNT_LABEL}:[ \t]*$", re.I)
# A schedule's decision line giving the figure itself: 'Decision: Award grant of £4,300 (90%)'.
_DECISION_AWARD = re.compile(r"^[ \t]*(?:decision|outcome)[ \t]*:[ \t]*(?P<label>award(?:ed)?\s+(?:a\s+)?grant\s+of)[ \t]*£\d", re.I)
_FIGURE_LINE = re.compile(r"^[ \t]*£[\d,.]+[km]?[ \t]*$", re.I)
_ASKED = re.compile(r"\b(?:requested|applied|sought)\b", re.I)
_GIVEN_LABEL = re.compile(rf"\b{GIVEN_WORDS}\b", re.I)
_OUTCOME = re.compile(r"^[ \t]*(?:decision|outcome|status|recommendation)[ \t]*[:|–-][ \t]*(?P<value>[^\n]{2,80})$", re.I | re.M)
_REFUSED = re.compile(r"\b(?:refused|declined|rejected|deferred|withdrawn|not\s+(?:approved|supported|agreed|funded)|unsuccessful)\b", re.I)
_APPROVED = re.compile(r"\b(?:approved|agreed|awarded|granted|accepted)\b|^award\s+(?:a\s+)?grant\b", re.I)
_RECOMMENDED = re.compile(r"\b(?:recommended|supported|endorsed)\b", re.I)
_REACH_LINES = 6


def field_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    """Awards printed as labelled fields (module docstring)."""
    found = []
    text, start, end = layout.text, layout.start, layout.end
    recipients = list(_RECIPIENT.finditer(text, start, end))
    for index, recipient in enumerate(recipients):
        name = strip_name(recipient.group("name"))
        if not valid_name(name) or not re.match(r"[A-Z0-9]", name) or "|" in name or name.endswith(":"):
            continue
        limit = recipients[index + 1].start() if index + 1 < len(recipients) else end
        lines_end = recipient.end()
        for _ in range(_REACH_LINES):
            next_end = text.find("\n", lines_end + 1, limit)
            lines_end = limit if next_end < 0 else next_end
        window_start = text.rfind("\n", start, max(start, recipient.start() - 1)) if recipient.start() > start else start
        amount = _field_amount(layout, recipient.end(), lines_end, claimed)
        if amount is None:
            continue
        label, money = amount
        status = _status(text, max(start, window_start - 400), recipient.start(), lines_end, label, layout.decision_at(money.start))
        if status is None:
            continue
        claimed.add(money.start)
        found.append(
            build_mention(
                layout, extractor, name=name, amount=money, start=recipient.start("name"), end=money.end, status=status,
                evidence=label, layout_kind="decision", block=layout.block_at(money.start) or layout.blocks[0], recipient=name,
            )
        )
    return found


def _field_amount(layout: FundingLayout, start: int, end: int, claimed: set[int]):
    """(label, amount) of the first 'Amount: £N' line in text[start:end] that is not an amount asked for."""
    cursor = start
    while cursor < end:
        line_end = layout.text.find("\n", cursor + 1, end)
        line_end = end if line_end < 0 else line_end
        line = layout.text[cursor:line_end].lstrip("\n")
        match = _AMOUNT.match(line) or _DECISION_AWARD.match(line)
        if match is None and (match := _AMOUNT_ALONE.match(line)):
            following = layout.text.find("\n", line_end + 1, end)
            following = end if following < 0 else following
            if not _FIGURE_LINE.match(layout.text[line_end:following].lstrip("\n")):
                return None
            line_end = following
        if match:
            if _ASKED.search(match.group("label")):
                return None
            inside = layout.amounts_in(cursor, line_end)
            if len(inside) == 1 and inside[0].start not in claimed and inside[0].amount is not None:
                return match.group("label"), inside[0]
            return None
        cursor = line_end
    return None


def _status(text: str, start: int, own: int, end: int, label: str, decision):
    """approved / recommended from an outcome line (the recipient's own, from ``own`` on, before one printed
    above it for an earlier entry), the amount's label or a nearby decision; None otherwise."""
    outcome = next(_OUTCOME.finditer(text, own, end), None) or next(_OUTCOME.finditer(text, start, end), None)
    if outcome is not None:
        value = outcome.group("value")
        if _REFUSED.search(value):
            return None
        if _APPROVED.search(value):
            return "approved"
        if _RECOMMENDED.search(value):
            return "recommended"
    if _GIVEN_LABEL.search(label):
        return "approved"
    return decision[0] if decision else None
