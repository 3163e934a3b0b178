"""Where a minute's heading ends when the minute runs on after it on the same line with no colon or dash between.

Parish and town minutes print an item's heading and its minute in one paragraph: 'Record of members present Noted.',
'Public comments None.', 'To note the notice on filming the meeting The notice was shown to all present.'. Two forms
end the heading, both only when what is left reads as a heading (no verb, or an agenda's 'To ...' wording):

- a one-word outcome closing the line ('Noted.', 'None.', 'Agreed.', 'Nil.', 'None received.'), or after the heading's
  full stop a short sentence of one ('... on the Agenda. None were declared') (``outcome_head``);
- a sentence opening mid-line with an article or pronoun after a word in lower case, a figure or a closing bracket, the
  sentence a minute's (a verb of the minutes, or closed by its full stop) (``sentence_head``).

An attendance heading in capitals before the first word in mixed case ends there when a colon follows later in its
minute ('APOLOGIES Apologies were received from Councillors: A Lowe') (``capitals_head``).

A standing item's heading ('Apologies for absence', 'Declaration of Interest', 'Election of Vice-Chairman', 'Public
Forum', 'Matters arising', 'Reports', 'Finance'), perhaps with a rider in lower case or a bracket ('on agenda items',
'(15 MINUTES)'), ends before its minute's first point ('Reports 7.1 Chair's Report') or a sentence opening on an article,
a member's title, the heading's own first word or a name before its verb ('... Apologies were received', '... No
declarations were made', '... A resident asked', '... Ann Lowe was nominated') (``business_head``).

Rules of ``extractors.proceedings.minuted``, under its VERSION.
"""

from __future__ import annotations

import re

from extractors.proceedings.minute_items import SENTENCE_VERB

_OUTCOME = re.compile(
    r"^(?P<head>[A-Z‘'“(].*?[\w)’'”])\s+(?:noted|none|nil|agreed|approved|accepted|received|none\s+(?:received|declared|made))\.?\s*$",
    re.I,
)
# The same outcome as a sentence after the heading's full stop: '... on the Agenda. None were declared', '... Interest. None.'.
_STOPPED_OUTCOME = re.compile(
    r"^(?P<head>[A-Z‘'“(].*?[\w)’'”])\.\s+(?:none|nil|no\s+(?:declarations|interests|apologies|questions))"
    r"(?:\s+(?:were|was|had\s+been|have\s+been))?(?:\s+(?:received|declared|made|given))?\.?\s*$",
    re.I,
)
# A sentence opening mid-line: 'the meeting The notice was ...', '2026 The Clerk said ...', '(draft) It was agreed ...'.
_SENTENCE_OPENS = re.compile(r"(?<=[a-z\d)’'”])\s+(?=(?-i:The|This|It|There|These|Members|Councillors)\s+[A-Za-z])")
_AGENDA_WORDING = re.compile(r"^To\s+[a-z]{3,}\s")
# A heading in capitals before the first word in mixed case, a colon perhaps later in its minute.
_CAPS_WORD = r"[A-Z][A-Z'’&/-]*[A-Z]"
_CAPS_LEAD = re.compile(rf"^(?P<head>{_CAPS_WORD}(?:\s+(?:{_CAPS_WORD}|[A-Z]|&|-|–))*)\s+(?=[A-Z][a-z])")
_DECISION = re.compile(r"^(?:RESOLVED|AGREED|NOTED|APPROVED|THAT)\b")
_ATTENDANCE_HEAD = re.compile(r"^(?:(?:MEMBERS\s+)?PRESENT|(?:IN\s+)?ATTENDANCE|APOLOGIES(?:\s+FOR\s+ABSENCE)?|SEDERUNT)$")
_MIN_CAPS_LETTERS = 5
_OWN_SPLIT = re.compile(r":|\s[-–—]\s")
_LINKING_END = re.compile(r"\b(?:of|to|the|and|for|at|in|on|from|by|with|&)$", re.I)
_MIN_HEAD_WORDS = 3
_MAX_HEAD_WORDS = 30
# A standing item's heading words; a rider in lower case (in capitals under a heading in capitals) or a bracket may follow.
_BUSINESS_OPENING = re.compile(
    r"(?P<opening>apologies(?:\s+for\s+absence)?|declarations?\s+of\s+(?:members['’]?\s+)?interests?"
    r"|(?:election|appointment)\s+of\s+(?:the\s+)?(?:vice[- ]?)?chair(?:man|person)?|public\s+(?:forum|participation|session|questions)"
    r"|open\s+(?:forum|session)|matters\s+arising|reports?|finances?|correspondence)\b",
    re.I,
)
_RIDER = re.compile(r"(?:\s+(?:[a-z][\w'’-]*|\([^()\n]{1,40}\)|&))*")
_CAPS_RIDER = re.compile(r"(?:\s+(?:[A-Z][A-Z'’&/-]+|\([^()a-z\n]{1,40}\)|&))*")
# What opens the minute: its first point, or a sentence's first words.
_POINT_OPENS = re.compile(r"\s+(?:\d{1,3}\.\d{1,2}|[ivx]{1,4}[.)]|\(?[a-z]\))\s+(?=[A-Z])")
_SENTENCE_WORD = re.compile(
    r"\s+(?=(?:The|A|An|No|None|There|It|All|Members|Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b\.?\s+\S"
    r"|[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)*\s+[A-Z][\w'’-]+\s+(?:was|were|had|has|proposed|nominated|agreed|reported)\b)"
)
_MAX_BUSINESS_WORDS = 12


def _heading_words(head: str) -> bool:
    """``head`` reads as a heading: an agenda's 'To ...' wording, or words with no verb of the minutes."""
    words = head.split()
    # A colon or spaced dash inside is the run-in split ``minute_headings`` reads itself ('Apologies: None').
    if not words or len(words) > _MAX_HEAD_WORDS or head.rstrip().endswith(".") or _OWN_SPLIT.search(head):
        return False
    return bool(_AGENDA_WORDING.match(head)) or not SENTENCE_VERB.search(head)


def outcome_head(title: str) -> str | None:
    """The heading of a line closed by a one-word outcome ('Record of members present Noted.'), or None."""
    found = _OUTCOME.match(title) or _STOPPED_OUTCOME.match(title)
    head = found["head"] if found else ""
    return head if head and _heading_words(head) else None


def sentence_head(title: str) -> str | None:
    """The heading before a minute's sentence opening mid-line ('... of the meeting The notice was shown.'), or None."""
    for opens in _SENTENCE_OPENS.finditer(title):
        head, tail = title[: opens.start()].strip(), title[opens.end() :]
        if len(head.split()) < _MIN_HEAD_WORDS or _LINKING_END.search(head):
            continue  # 'Repairs to the roof of' / 'The Old Forge ...': the name carries the heading on
        if not (tail.rstrip().endswith(".") or SENTENCE_VERB.search(tail)):
            return None
        return head if _heading_words(head) else None
    return None


def capitals_head(title: str) -> str | None:
    """The attendance heading in capitals opening a line run into its minute in mixed case, a colon later in the minute
    ('APOLOGIES Apologies were received from Councillors: A Lowe', 'PRESENT Councillors: A Lowe, B Ray'); else None."""
    found = _CAPS_LEAD.match(title)
    if found is None or len(re.sub(r"[^A-Z]", "", found["head"])) < _MIN_CAPS_LETTERS or _DECISION.match(found["head"]):
        return None
    head = re.sub(r"(?:\s+[-–&])+$", "", found["head"])
    if _OWN_SPLIT.search(head + " "):
        return None  # 'NEW MEMBERS – The Clerk ...': the dash split ``minute_headings`` reads itself
    tail = title[found.end() :]
    if ":" not in tail or not _ATTENDANCE_HEAD.match(head):
        return None  # any other heading in capitals ``minute_headings`` reads itself
    return head


def business_head(title: str) -> str | None:
    """A standing item's heading run into its minute's first point or sentence (see the module docstring), or None."""
    opening = _BUSINESS_OPENING.match(title)
    if opening is None or not title[:1].isupper():
        return None
    capitals = opening["opening"].upper() == opening["opening"]
    rider = (_CAPS_RIDER if capitals else _RIDER).match(title, opening.end())
    end = rider.end()
    # A rider's last word may be the heading's own again ('Apologies for absence Apologies were ...').
    first = opening["opening"].split()[0]
    repeated = re.compile(rf"\s+(?={re.escape(first)}\s)", re.I).match(title, end)
    opens = _POINT_OPENS.match(title, end) or _SENTENCE_WORD.match(title, end) or repeated
    if opens is None:
        return None
    head, tail = title[:end].strip(), title[opens.end() :]
    point = opens.re is _POINT_OPENS
    if capitals and not point and tail.split()[0].isupper() and len(tail.split()[0]) > 1:
        return None  # still in capitals: the heading goes on
    bare = re.sub(r"\([^()]*\)", " ", head)
    if len(head.split()) > _MAX_BUSINESS_WORDS or _LINKING_END.search(head) or SENTENCE_VERB.search(bare):
        return None
    if not point and not (SENTENCE_VERB.search(tail.split(".")[0]) or "." in tail):
        return None  # no verb of the minutes and no full stop: no sentence follows
    return head
