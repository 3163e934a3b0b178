"""A minutes page's opening sentence, read as one grammar at any line of the page's head.

    [status] (Minutes|Notes|Record|Summary) (of|for|from) [a|an|the] [occasion] (meeting|session) of [the] BODY TAIL
    [status] (Minutes|Notes|Record|Summary) (of|for|from) [a|an|the] [occasion] BODY (meeting|session) [of [the] BODY] TAIL
    [status] (Minutes|Notes|Record|Summary) of [the] [occasion] BODY (held|on|at|in ...) TAIL
    BODY [–|:] [status] (Minutes|Notes|Record) of [a|the] [occasion] meeting TAIL
    [status] (Minutes|Notes|Record) of [a|the] [occasion] meeting TAIL   (the body from a heading above, else the
    one local council the page calls 'the Parish|Town|Community Council')

TAIL: '[held|which was held] (on|at|in|via|commencing at ...)' pieces of date, time and place in any order,
to the sentence's end (wrapped lines joined): 'on Tuesday 4th March 2025 at 7.30 pm at the Village Hall',
'held at 7pm in the Town Hall on 7 th April 2025', '7 April 2025, 7.30pm, Village Hall'. Bodies may be printed
in capitals; 'the Council' or 'the Committee' takes the organisation's name from the heading block above.
Never read: a line under the page's first numbered item, a sentence approving minutes ('... were approved as
a correct record'), minutes of a previous, last or next meeting, a meeting page's linked item (PDF n KB), a
weekday that is not the date's. Rules of ``extractors.proceedings.meetings``, under its VERSION.
"""

from __future__ import annotations

import re

from extractors.proceedings.electors_meetings import electors_body, electors_meeting, heading_phrase
from extractors.proceedings.meeting_bodies import body_key, is_generic, is_welsh, named_above, names_people, normalise_body
from extractors.proceedings.meeting_dates import PrintedMeeting, date_with_stated_year, first_date
from extractors.proceedings.meeting_labels import other_weekday
from extractors.proceedings.split import LINKED_ITEM
from extractors.readers.vocabulary import BODY_NOUN
from extractors.readers.dates import WEEKDAY, find_times
from extractors.readers.spans import lines, squash

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
# Status words, repeated as a document mirror prints a watermark: 'DRAFT DRAFT DRAFT Minutes of ...'.
_STATUS = r"(?:(?i:draft|approved|confirmed|unconfirmed|unapproved|signed|final|open|public)\s+)*"
_KIND = r"(?i:minutes|notes|record|summary)"
# A parish's running minute number before its opening sentence ('12929. CONFIRMED minutes of ...'); a number of one to
# three digits is an item's and ends the page's head (``_ITEM_LINE``).
_OPEN = r"^\W*(?:\d{4,5}\.[ \t]+)?"
_OCCASION = (
    r"(?:(?i:annual|extraordinary|special|ordinary|monthly|full|additional|emergency|adjourned|reconvened|virtual|remote|"
    r"general|public|inaugural|statutory|formal|\d+(?:st|nd|rd|th)|first|second|third)\s+){0,3}"
)
_MEETING = r"(?i:meeting|session|sitting)"
_ARTICLE = r"(?:(?i:an?|the)\s+)?"
_BODY = r"(?P<body>[A-Za-z][\w&'’(),/ -]{1,100}?)"
# Where the body ends: the tail's first word, a date's digits or weekday, or the line's end.
_GAP = r"(?:\s*[,;:–—-]\s*|\s+)"
_TAIL = (
    r"(?=" + _GAP + r"(?i:held|which|that|on|at|in|via|commencing|starting|convened|from|" + WEEKDAY + r")\b"
    r"|" + _GAP + r"\d|\s*[,.]?\s*$)"
)
_FORMS = [
    # 'At a Meeting of the X held at VENUE on DATE': the opening sentence of boards', authorities' and panels' minutes.
    re.compile(r"^\W*(?i:at)\s+" + _ARTICLE + _OCCASION + _MEETING + r"\s+(?i:of)\s+(?:(?i:the)\s+)?" + _BODY + _TAIL, re.M),
    re.compile(_OPEN + _STATUS + _KIND + r"\s+(?i:of|for|from)\s+" + _ARTICLE + _OCCASION + _MEETING + r"\s+(?i:of)\s+(?:(?i:the)\s+)?" + _BODY + _TAIL, re.M),
    re.compile(
        _OPEN + _STATUS + _KIND + r"\s+(?i:of|for|from)\s+" + _ARTICLE + _OCCASION + _BODY + r"\s+" + _MEETING + r"\b"
        r"(?:\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<owner>[A-Z][\w&'’ -]{2,80}?)" + _TAIL + r")?",
        re.M,
    ),
    re.compile(_OPEN + _STATUS + _KIND + r"\s+(?i:of)\s+(?:(?i:the)\s+)?" + _OCCASION + _BODY + r"(?=\s+(?i:held|at|in|on)\s)", re.M),
    re.compile(
        r"^\W*(?P<body>[A-Z][\w&'’() -]{2,80}?)\s*(?:[–—:|.-]\s*)?" + _STATUS + _KIND + r"\s+(?i:of|for|from)\s+" + _ARTICLE + _OCCASION
        + r"(?:[A-Z][\w&'’-]*\s+){0,3}?" + _MEETING + _TAIL,
        re.M,
    ),
    re.compile(_OPEN + _STATUS + _KIND + r"\s+(?i:of|for|from)\s+" + _ARTICLE + _OCCASION + _MEETING + r"(?P<body>)" + _TAIL, re.M),
    # A bodyless page title: 'Agenda for Tuesday 14 May 2019', 'Minutes for 4 March 2026'.
    re.compile(r"^\W*" + _STATUS + r"(?i:agenda|minutes)\s+(?i:for)(?P<body>)(?=\s+(?:(?i:" + WEEKDAY + r")\b|\d))", re.M),
    # A heading naming the body before its meeting, no paper's word: 'COUNCIL MEETING HELD ON THURSDAY, 15 MAY 2016'.
    _HELD_HEADING := re.compile(r"^\W*" + _STATUS + r"(?!(?i:minutes?|notes|record|summary|agenda|report)\b)" + _BODY + r"\s+" + _OCCASION + _MEETING + r"(?=\s+(?i:held)\s+(?i:on|at|in)\b)", re.M),
    # A heading block ('X Parish Council' / 'Annual Meeting' / 'MINUTES') whose sentence goes on 'Held at 7pm on DATE'.
    re.compile(r"^\W*(?P<body>)(?=(?i:held)\s+(?i:at|on|in|via|remotely|online)\b)", re.M),
]
_SENTENCE_WORD = re.compile(r"\b(?!(?:and|of|for|the|in|on|to|with|upon)\b)[a-z][a-z]*\b")
_EARLIER = re.compile(r"\b(?:previous|last|earlier|preceding|prior|next|following|future|forthcoming)\b", re.I)
# '... were approved as a correct record', 'to be signed', 'were taken as read': minutes of another meeting, approved.
_APPROVAL = re.compile(
    r"\b(?:were|was|are|is|be|been|being)\s+(?:\w+\s+){0,2}?(?:approved|agreed|confirmed|signed|adopted|accepted|received|noted|"
    r"taken|read|circulated|amended|ratified)\b|\bas\s+an?\s+(?:true|correct|accurate|fair)\b|\b(?:to\s+)?(?:approve|confirm|receive|note)\b",
    re.I,
)
# The business begins: a numbered item (its number alone on a line too), or a meeting page's 'Items' table heading.
_ITEM_LINE = re.compile(
    # A numeric date opening a line ('04.03.2015 Views', a mirror's upload date) is no item's number.
    r"^\W*(?!\d{1,2}[./]\d{1,2}[./]\d{2,4}\b)(?:(?:item\s+)?\d{1,3}(?:\.\d+)*[.)]?|[a-z][.)]|\(?[ivx]+\))\s+(?!(?:st|nd|rd|th)\b|" + _MONTH + r")\S"
    r"|^\W*\d{1,3}[.)]\s*$|^\W*(?:items|no\.?\s+item)\W*$",
    re.I,
)
_LABEL_LINE = re.compile(r"^\W*[A-Za-z][A-Za-z /&]{0,30}:")
_PRESENT = re.compile(r"^\W*(?:present|members\s+present|attendance|in\s+attendance|apologies)\b", re.I)
_SENTENCE_END = re.compile(r"(?<!\b[ap])(?<!\.m)(?<!\bst)(?<!\bno)\.(?=\s|$)|\s(?=(?-i:PRESENT|Present)\b)", re.I)
# A wrapped sentence goes on: no date yet, or its line ends on a comma, a dash or a joining word.
_OPEN_END = re.compile(r"(?:[,–—-]|\b(?:held|on|at|in|of|the|and|via|commencing|starting|from))\s*$|^(?!.*\d{4})", re.I | re.S)
_PLACE_AFTER_PREP = re.compile(
    r"(?:^|\s)(?i:held\s+)?(?i:at|in|via|within)\s+(?:(?i:the)\s+)?(?P<place>[A-Z][^|]*?)\s*"
    r"(?=\||\s+(?i:on|at|commencing|starting|from|held|when)\b|[.;,]?\s*$)"
)
_PLACE_AFTER_COMMA = re.compile(r"\|\s*,\s*(?P<place>[A-Z][^|]*?)\s*(?=\||[.;]?\s*$)")
_PLACE_WORD = re.compile(r"\b(?:chamber|room|hall|centre|center|offices?|civic|suite|library|headquarters|house|pavilion|church|school|zoom|teams|online|building)\b", re.I)
_WEEKDAY_WORD = re.compile(r"^" + WEEKDAY + r"\b", re.I)
_REACH = 4000
_BARE_NOUNS = frozenset("committee sub-committee board panel partnership forum group commission".split())
_CONNECTOR = re.compile(r"^\W*(?:held|on|at|in|via|commencing|starting|from)\b", re.I)
# A heading naming the occasion or the paper, not the body: 'Annual Parish Council Meeting', 'Council Minutes'.
_OCCASION_LINE = re.compile(r"^\W*(?:annual|extraordinary|special|ordinary|monthly|full)\b|\b(?:meeting|minutes|agenda|notes)\W*$", re.I)
_ASSEMBLY = re.compile(r"\bannual\s+(?:assembly\s+of\s+the\s+)?(?P<kind>parish|town|village|community)\s+(?:meeting|assembly)\b", re.I)


# A local council's minutes speak of themselves: 'The Parish Council RESOLVED', 'the AGM of the Community Council'.
# Only as the meeting's own actor or owner: 'The Parish Council met|resolved|agreed ...', 'a meeting of the Town Council'.
_SELF_NAMED = re.compile(
    r"(?:\b(?i:meeting)\s+of\s+)?\b[Tt]he\s+(?:(?i:annual|full|ordinary|extraordinary)\s+)?(?P<kind>Parish|Town|Community)\s+Council\b"
    r"(?P<acts>\s+(?i:met|resolved|agreed|noted|received|considered|approved|decided|unanimously|RESOLVED)\b)?"
)


def _self_named(text: str, page_start: int) -> str | None:
    """With no body named above a bodyless opening, the one local council the page calls 'the X Council': as the
    meeting's actor or owner, or named so twice or more (a council named once in passing is not the meeting's own)."""
    named = list(_SELF_NAMED.finditer(text, page_start, page_start + 2 * _REACH))
    kinds = {m["kind"] for m in named}
    own = len(named) >= 2 or any(m["acts"] or m.group().lower().startswith("meeting") for m in named)
    return f"{kinds.pop()} Council" if len(kinds) == 1 and own else None



# A corporate body named by its members: 'the Harbour Commissioners', 'the Trustees of X'.
_MEMBERS_NOUN = re.compile(r"\b(?:commissioners|trustees|governors|conservators|directors)\b", re.I)


def _is_body(body: str) -> bool:
    named = BODY_NOUN.search(body) or _MEMBERS_NOUN.search(body)
    return bool(named) and not _SENTENCE_WORD.search(body) and len(body.split()) <= 10


def _head_lines(text: str, start: int, end: int):
    """The page's lines down to its first numbered item (the opening sentence comes before the business)."""
    head = []
    for line in lines(text, start, min(end, start + _REACH)):
        if _ITEM_LINE.match(line.text):
            break
        head.append(line)
    return head


def _sentence(text: str, start: int, head, index: int) -> tuple[int, str]:
    """The rest of the sentence from ``start``: wrapped lines joined until a blank line, a label or an attendance line."""
    end = head[index].end
    following = head[index + 1 : index + 4]
    if following and following[0].is_blank and len(head) > index + 2 and head[index + 2].text[:1].islower() and _OPEN_END.search(text[start:end]):
        # A page printing a blank line after every line: the sentence goes on, lower case, under the blank.
        following = head[index + 2 : index + 5]
    for line in following:
        if line.is_blank or _LABEL_LINE.match(line.text) or _PRESENT.match(line.text):
            break
        if not (_OPEN_END.search(text[start:end]) or _CONNECTOR.match(line.text)):
            break
        end = line.end
    stop = _SENTENCE_END.search(text, start, end)
    end = stop.start() if stop else end
    return end, text[start:end]


def _place(tail: str, spans: list[tuple[int, int]]) -> str | None:
    """The place of the tail: an 'at/in/via X' piece that is neither its date nor its time, or a ', X Hall' piece after them."""
    blanked = list(tail)
    for start, end in spans:
        blanked[start:end] = "|" * (end - start)
    text = "".join(blanked)
    for match in _PLACE_AFTER_PREP.finditer(text):
        place = match["place"].strip(" ,")
        if place and not _WEEKDAY_WORD.match(place) and not re.match(r"^\d", place):
            # A reference printed on after the place ('Westacre Ref/12/24-25') leaves it unsure where the place ends.
            return None if re.search(r"\S/\S", place) or len(place) > 120 else squash(place)
    after = _PLACE_AFTER_COMMA.search(text)
    return squash(after["place"]).strip(" ,") if after and _PLACE_WORD.search(after["place"]) else None


def _before_place(words: str) -> str | None:
    """'X Joint Burial Committee Parish Pavilion, Station Road, Town': the body ends at its noun where a place follows
    (a capitalised run naming a hall, pavilion, room ... and no body: 'Council House Committee' is one name), or None."""
    for noun in BODY_NOUN.finditer(words):
        head, rest = words[: noun.end()], words[noun.end() :].strip(" ,")
        if rest[:1].isupper() and _PLACE_WORD.search(rest) and not BODY_NOUN.search(rest) and _is_body(head):
            return head
    return None


def _capitals_block(lines_above: list[str]) -> list[str]:
    """The lines above, a heading in capitals wrapped over consecutive lines read as one ('NORTHSHIRE POLICE AND CRIME' / 'PANEL')."""
    joined: list[str] = []
    for line in lines_above:
        capitals = bool(re.search(r"[A-Z]{2}", line)) and line.upper() == line
        # A bilingual heading's Welsh line ('CYNGOR CYMUNED X' under 'X COMMUNITY COUNCIL') is a name of its own.
        welsh = is_welsh(line) != bool(joined and is_welsh(joined[-1]))
        if joined and capitals and not welsh and joined[-1] and joined[-1].upper() == joined[-1] and re.search(r"[A-Z]{2}", joined[-1]):
            joined[-1] = joined[-1] + " " + line
        else:
            joined.append(line)
    return joined


def heading_above(text: str, page_start: int, position: int) -> str | None:
    """The body the nearest heading above ``position`` names (of the four printed lines above; a capitals heading
    wrapped over lines read as one). A bilingual heading prints the body in Welsh and English ('X Community Council' /
    'Cyngor Cymuned X'): the English is taken."""
    above = [n for n in _capitals_block([squash(n.text) for n in lines(text, page_start, position)]) if n][-4:]
    named = [
        normalise_body(n) for n in reversed(above)
        if len(n) <= 80 and _is_body(normalise_body(n)) and not re.search(r"\d|:", n) and not _OCCASION_LINE.search(n)
    ]
    english = [n for n in named if not is_welsh(n)]
    return (english or named or [None])[0]


def _body_of(match, text: str, page_start: int) -> str | None:
    assembly = _ASSEMBLY.search(match.group())
    phrase = heading_phrase(match.group())
    if electors_meeting(phrase) or assembly:
        # 'Minutes of the Annual Parish Meeting', '... Annual Assembly of the Parish Meeting': the electors' meeting.
        return electors_body(phrase if electors_meeting(phrase) else assembly.group(), heading_above(text, page_start, match.start()))
    owner = match.groupdict().get("owner")
    body = (owner if owner and _is_body(owner) else match["body"] or "").strip(" ,–—-")
    # 'the Community Council virtual Meeting', '... EXTRA ORDINARY MEETING': an occasion's words after the body are not part of it.
    body = re.sub(r"(?:\s+(?i:meeting|virtual|remote|online|annual|extra\s+ordinary|extraordinary|special|ordinary|monthly))+$", "", body)
    if not body or names_people(body):
        # 'Minutes of the meeting held on ...', '... of Trustees’ Meeting ...': the body is the nearest heading above naming one.
        return heading_above(text, page_start, match.start()) or _self_named(text, page_start)
    first, _, rest = body.partition(",")
    if rest and _is_body(first) and _PLACE_WORD.search(rest):
        # 'the Parish Council, Village Hall, on DATE': the place after a comma is not part of the body.
        body = first
    body = _before_place(body) or body
    if not _is_body(body) or _EARLIER.search(body):
        return None
    body = normalise_body(body)
    if is_generic(body) or body.lower() in _BARE_NOUNS:
        # 'the Council', 'the Committee': the organisation named in the page's title or first heading.
        body = named_above(text, page_start, match.start(), body) or body
    return body


_CAPITALS_TAIL = re.compile(r"(?:^|\s)(?P<run>[A-Z][A-Z'’&-]+(?:\s+(?:[A-Z][A-Z'’&-]+|OF|AND|&))*)$")


def _capitals_run(body: str) -> str:
    """'Committee Name COUNCIL': a heading in capitals after a mirror's words in mixed case is the body (when it names one)."""
    run = _CAPITALS_TAIL.search(body)
    if run is None or run.start("run") == 0 or not BODY_NOUN.search(run["run"]) or body[: run.start()].upper() == body[: run.start()]:
        return body
    return normalise_body(run["run"])


def opening_meeting(text: str, start: int = 0, end: int | None = None) -> PrintedMeeting | None:
    """The meeting named by the first minutes opening sentence in the page's head, or None."""
    end = len(text) if end is None else end
    head = _head_lines(text, start, end)
    for index, line in enumerate(head):
        if line.is_blank or LINKED_ITEM.search(line.raw):
            continue
        for form in _FORMS:
            match = form.match(line.raw)
            if match is None:
                continue
            stop, tail = _sentence(text, line.start + match.end(), head, index)
            opening = text[line.start : line.start + match.end()]
            if _EARLIER.search(opening) or _APPROVAL.search(opening + tail):
                return None
            # A year-less date ('held on Monday 12th September') takes the one year printed in the page's head that fits it.
            date = first_date(tail, 0) or date_with_stated_year(tail, 0, text[start : head[-1].end])
            # A weekday printed inside a date with its year ('FRIDAY 27 TH SEPTEMBER 2010', a Monday) is a slip, not another day.
            weekday_end = 0 if date is None else date.start if not date.year_inferred else date.end
            if date is None or date.start > 200 or _EARLIER.search(tail[: date.start]) or other_weekday(tail[:weekday_end], date.date):
                continue
            body = _body_of(_Shifted(match, line.start), text, start)
            if form is _HELD_HEADING and body:
                body = _capitals_run(body)
            if body is None:
                continue
            times = [t for t in find_times(tail) if not (date.start <= t.start < date.end)]
            spans = [(date.start, date.end)] + [(t.start, t.end) for t in times]
            return PrintedMeeting(body, date.date, times[0].time if times else None, _place(tail, spans), line.start, stop)
    return None


def completed_by(found: list, opening: PrintedMeeting, place_of) -> list:
    """Records of the opening's date and body take its time and place and, printed in full there, its body;
    a record named by a heading word ('Minutes') takes its body."""
    key, completed = body_key(opening.body), []
    for meeting in found:
        mine = body_key(meeting.body)
        if meeting.date == opening.date and not BODY_NOUN.search(meeting.body):
            meeting = meeting.model_copy(update={"body": opening.body})
        elif meeting.date == opening.date and mine and (mine in key or key in mine):
            fuller = opening.body if mine in key and len(key) > len(mine) else meeting.body
            location = meeting.location or (opening.location and place_of(opening.location))
            meeting = meeting.model_copy(update={"body": fuller, "time": meeting.time or opening.time, "location": location})
        completed.append(meeting)
    return completed


class _Shifted:
    """A match on one line, its offsets moved into the page's text."""

    def __init__(self, match, base: int):
        self._match, self._base = match, base

    def __getitem__(self, name):
        return self._match[name]

    def group(self) -> str:
        return self._match.group()

    def groupdict(self):
        return self._match.groupdict()

    def start(self) -> int:
        return self._base + self._match.start()
