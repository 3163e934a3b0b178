"""Attendance labels in run-on text (``readers.runon``): where a flattened line's 'Present', 'In attendance' or
'Apologies' line began.

In a long line, a line began before an attendance label that opens its list:

- printed in capitals, with a colon or ':-' or before a word in title case ('... TOWN HALL, PRESENT: Provost A Lowe',
  '... 9.15 am PRESENT Board members: ...', 'ATTENDING: ...');
- in title case with ':-' ('Present:- Members ...'), or with no colon before a titled name or a common given name and
  a capitalised word ('... Eastby Present Ann Lowe - Chair ...', '... 10.30 am Present Councillor Bob RAY ...',
  'In Attendance Cy Sim ...');
- 'Also in attendance:' or 'Also present:' with a colon before a capital ('... Services Officer Also in attendance: Eastby
  Trust Mr A Lowe, ...');
- 'In the Chair:' before a titled name ('... Civic Centre, Eastby In the Chair: Councillor A Lowe In attendance: ...').

Never inside a sentence: the word before is no lower-case word (but a time's 'am', 'pm'), nor an item's number
('4. PRESENT ...' is a heading: the number's line).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.readers.given_names import GIVEN_NAMES

_CAPITALS = r"(?:ALSO\s+PRESENT|PRESENT|IN\s+ATTENDANCE|ATTENDING|APOLOGIES(?:\s+FOR\s+ABSENCE)?|SEDERUNT)"
_TITLE_CASE = (
    r"(?:Also\s+[Pp]resent|Present|In\s+[Aa]ttendance|Attending|Apologies(?:\s+for\s+[Aa]bsence)?|Sederunt)"
)
_TITLED = r"(?:Councillors?|Cllrs?\.?|County\s+Councillor|Mr|Mrs|Ms|Miss|Dr|Provost|Bailie|Sir|Dame|Professor|Prof\.?)"
# 'In the Chair: Councillor A Lowe In attendance: ...': the chair's own label, its titled name then the next label.
_CHAIR = r"(?:In\s+the\s+[Cc]hair|IN\s+THE\s+CHAIR)"
# 'Also in attendance: Eastby Trust Mr A Lowe, ...': a label that names non-members, with its colon, before a capital.
_ALSO = r"(?:Also\s+(?:[Ii]n\s+[Aa]ttendance|[Pp]resent))"
_LABEL = re.compile(
    rf"(?<=\s)(?:{_CAPITALS}(?=\s*(?P<colon>:)-?\s+\S)|{_CHAIR}(?=\s*:\s*{_TITLED}\.?\s+[A-Z])|{_ALSO}(?=\s*:\s+[A-Z(])|(?:{_CAPITALS}|{_TITLE_CASE})(?=\s*(?P<dash>:)-\s+\S|\s+{_TITLED}\.?\s+[A-Z]|\s+(?P<given>[A-Z][a-z]+)\s+[A-Z]))"
)
# The word before the label: a lower-case word ('were present') but a time's, an item's number, or a group the label
# names ('Members Present:', 'COUNCILLORS PRESENT:') leads into it.
_BEFORE = re.compile(r"(?:(?i:councillors|members|officers|others|staff|trustees|governors|directors|commissioners)|(?<![\w.])(?!(?:am|pm|a\.m|p\.m|hrs)\b)[a-z][\w'’-]*[.,;:]?|\(?\d{1,3}[.)]|[–-])\s*$")
_LOOK_BACK = 24
# A first name on a common given name closed by a comma: the label leads a sentence's list of bare names, which the
# attendance readers split in its line ('... at 7.00pm Present Ann Lowe, Bob Ray, Cy Sim The panel ...').
_COMMA_LIST = re.compile(r"\s+(?P<first>[A-Z][a-z]+)\s+[^,:;()\n]{1,30},")


def label_breaks(text: str, start: int, end: int) -> Iterator[int]:
    """Offsets of the spaces in the long line ``text[start:end]`` before each attendance label (docstring)."""
    for match in _LABEL.finditer(text, start, end):
        if match["given"] and match["given"] not in GIVEN_NAMES:
            continue
        listed = _COMMA_LIST.match(text, match.end(), end)
        if match["colon"] is None and match["dash"] is None and listed and listed["first"] in GIVEN_NAMES:
            continue
        if not _BEFORE.search(text, max(start, match.start() - _LOOK_BACK), match.start()):
            yield match.start() - 1
