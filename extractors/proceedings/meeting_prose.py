"""A meeting named only in a sentence of the page, read when no heading, title or label names one.

Three sentences name the page's own meeting with its body and date, wherever they stand:

- the resolution excluding the press and public: 'THAT the press and public be excluded from the proceedings of the
  X on DATE during consideration of ...' (also 'from the meeting of the X held on DATE', 'the remainder of the
  meeting'), which minutes print for the meeting they record;
- a report's own reference to the meeting it goes to: 'Report 6 of the DATE meeting of the X', 'This paper to the
  DATE meeting of the X'. Only a report, paper or item 'of', 'to' or 'for' that meeting: 'deferred from the DATE
  meeting' is another meeting;
- a page's sentence naming the body and its meeting: 'For information of the X Council at its meeting on DATE',
  'confirmed by the council's Cabinet at a meeting on DATE' (the body the capitals before 'at' name).

The body is a name (a body noun, no sentence words), the date has its year printed. A sentence naming an earlier
or later meeting ('previous', 'next') is never read. Rules of ``extractors.proceedings.meetings``, under its VERSION.
"""

from __future__ import annotations

import re

from extractors.proceedings.meeting_dates import PrintedMeeting, first_date
from extractors.readers.vocabulary import BODY_NOUN
from extractors.readers.spans import squash

_NAME = r"[A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z][\w&'’-]*|of|and|for|&)){0,9}"
_BODY = r"(?:(?i:the)\s+)?(?P<body>" + _NAME + r"?)"
_EXCLUDED = re.compile(
    r"\b(?i:excluded)\s+(?i:from)\s+(?:(?i:the)\s+)?(?:(?i:remainder|rest)\s+(?i:of)\s+(?:(?i:the|this)\s+)?)?"
    r"(?i:proceedings|meeting)\s+(?i:of)\s+" + _BODY + r"\s+(?:(?i:held)\s+)?(?i:on)\s+(?P<rest>[^\n.;]{6,60})"
)
_REPORT_TO = re.compile(
    r"\b(?i:report|paper|item)\b[^\n.;]{0,20}?\s(?i:of|to|for)\s+(?i:the)\s+(?P<rest>[^\n.;]{6,40}?)\s+(?i:meeting)\s+(?i:of)\s+"
    + r"(?:(?i:the)\s+)?(?P<body>" + _NAME + r")"
)
# The body named before 'at a meeting on DATE': 'For information of X Parish Council at its meeting on DATE', 'were
# confirmed by the council's Cabinet at a meeting on DATE'.
_AT_MEETING = re.compile(
    r"(?<![\w’'])" + _BODY + r"\s+(?i:at)\s+(?i:a|its|their)\s+(?:(?i:special|ordinary|full|annual)\s+)?(?i:meeting)\s+"
    r"(?:(?i:held)\s+)?(?i:on)\s+(?P<rest>[^\n.;]{6,60})"
)
_OTHER_MEETING = re.compile(r"\b(?:previous|last|earlier|preceding|prior|next|following|future|forthcoming|adjourned)\b", re.I)
_SENTENCE_WORD = re.compile(r"\b(?!(?:and|of|for|the)\b)[a-z]+\b")
_REACH = 8000


def _is_body(body: str) -> bool:
    return bool(BODY_NOUN.search(body)) and not _SENTENCE_WORD.search(body) and len(body.split()) <= 10


def prose_meeting(text: str, start: int, end: int) -> PrintedMeeting | None:
    """The meeting an exclusion resolution or a report's reference to its meeting names, or None."""
    stop = min(end, start + _REACH)
    for pattern in (_EXCLUDED, _REPORT_TO, _AT_MEETING):
        for match in pattern.finditer(text, start, stop):
            body = re.sub(r"(?:\s+(?:of|and|for|&))+$", "", squash(match["body"]))
            if not _is_body(body) or _OTHER_MEETING.search(match.group()):
                continue
            date = first_date(match["rest"], match.start("rest"))
            if date is None or (pattern is _REPORT_TO and date.start != match.start("rest")):
                continue
            if pattern in (_EXCLUDED, _AT_MEETING) and date.start - match.start("rest") > 12:
                continue
            return PrintedMeeting(body, date.date, None, None, match.start(), match.end())
    return None
