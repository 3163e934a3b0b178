"""A present list parted by role labels: 'Present: Chairman: Cllr A Lowe Councillors: B, C Clerk: Mrs D',
'PRESENT: Chairman - Cllr A' / 'Members - Cllrs B, C' / 'Others in attendance Cllrs D, E' (parish and town minutes).

Each label gives the kind of the names after it: a chair's or mayor's post (present, with that role), councillors or
members (present; a plural title is shared), a clerk, officers, others or 'in attendance' (in attendance), another
tier's councillors ('County Councillors:', in attendance). A count ('Members of public: 6') names nobody.
Labels may be printed in capitals and the list run on after its label inside a line ('... ATTENDANCE Present at
Meeting: CHAIR: A Lowe DEPUTY CHAIR: B Ray' / 'MEMBERS: Cllrs: C Sim, D Tay APOLOGIES: Cllrs: E Fen'): another list's
label run on ends the last run, and a plural title with its colon after 'MEMBERS:' is every name's.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

from itertools import chain, islice
import re

from extractors.proceedings.attendance_labels import INLINE_LABEL, LIST_LABEL
from extractors.proceedings.post_then_name import THE_CLERK
from extractors.readers.name_lists import listed_name, singular_title
from extractors.readers.names import looks_like_name
from extractors.readers.spans import Line

# Each label as printed in title case or in capitals ('DEPUTY CHAIR:', 'MEMBERS:', a run-on bilingual page's English half).
_CHAIR = r"(?:(?:Vice|Deputy|VICE|DEPUTY)[-\s]?)?(?:Chair(?:man|woman|person)?|CHAIR(?:MAN|WOMAN|PERSON)?|(?:Town\s+)?Mayor)"
_MEMBERS = r"(?:Councillors|Cllrs\.?|(?:Council\s+|Committee\s+)?Members|MEMBERS)"
_TIER = r"(?:County|District|Borough|Ward|Unitary)(?:\s*/\s*(?:County|District|Borough|Ward|Unitary))?\s+(?:Councillors|Cllrs\.?)"
_ATTENDING = (
    r"(?:(?:Parish|Town|Assistant|Deputy)\s+)?Clerk|RFO|Officers?|Others?(?:\s+[A-Za-z]+){0,2}\s+in\s+attendance"
    r"|In\s+attendance|Also\s+(?:present|in\s+attendance)"
)
_ROLE = rf"(?P<chair>{_CHAIR})|(?P<tier>{_TIER})|(?P<members>{_MEMBERS})|(?P<attending>{_ATTENDING})"
# A label opening the list or one of its lines: a colon or a spaced dash after it; 'in attendance' may run into a titled name.
_OPENING = re.compile(
    rf"(?:{_ROLE})(?:\s*:\s*|\s+[-–]\s+|(?<=attendance)\s+(?=(?:Cllrs?|Councillors?|Mrs?|Ms|Miss|Dr)\.?\s))"
)
# A label inside the line after a name: a colon after it.
_INSIDE = re.compile(rf"(?<=[\w.),])\s+(?:{_ROLE})\s*:\s*")
_COUNT = re.compile(r"^\W*\d")
_TITLES = re.compile(r"(?P<title>Councillors|Cllrs)\.?[ \t]*:[ \t]*(?=[A-Z])")
_MAX_LINES = 6


def _segments(line: Line, start: int) -> list[tuple[str, str, int, int]]:
    """(kind, post, names start, names end) of each role label from ``start`` on ``line``; [] unless one opens it."""
    raw, offset = line.raw, start - line.start
    opening = _OPENING.match(raw, offset + len(raw[offset:]) - len(raw[offset:].lstrip(" \t")))
    if opening is None:
        return []
    # Another list's label run on after the last run ('... B Ray APOLOGIES: Cllrs: C Sim') ends it.
    stop = next((label.start() for label in INLINE_LABEL.finditer(raw, opening.end())), len(raw.rstrip()))
    labels = [opening] + [label for label in _INSIDE.finditer(raw, opening.end()) if label.start() < stop]
    ends = [label.start() for label in labels[1:]] + [stop]
    found = []
    for label, end in zip(labels, ends):
        if _COUNT.match(raw[label.end() : end]):
            continue
        kind = next(k for k in ("chair", "tier", "members", "attending") if label[k])
        post, names = " ".join(label[kind].split()), label.end()
        # 'MEMBERS: Cllrs: A Lowe, B Ray': the members' plural title with its colon is every name's.
        if kind == "members" and (titles := _TITLES.match(raw, names)):
            post, names = titles["title"], titles.end()
        found.append((kind, post, line.start + names, line.start + end))
    return found


def role_lists(region: list[Line], index: int, value_start: int) -> list[tuple[str, int, int, str | None, str]]:
    """(attendance, start, end, role, shared title) of each labelled run of a present list opening at ``value_start``
    on ``region[index]``, when role labels part it (two or more runs); else []. A plural label ('Councillors: A, B')
    gives its names its singular title ('Councillor')."""
    found = _segments(region[index], value_start)
    counted = 0
    for line in region[index + 1 :]:
        if line.is_blank:
            continue
        counted += 1
        more = [] if counted > _MAX_LINES or LIST_LABEL.match(line.text) else _segments(line, line.start)
        # 'Chairman: Cllr A Lowe' / 'Vice-Chairman: Cllr B Ray' / 'Cllr C Sim': the members under two runs or more (a
        # single label over names is a list of its own; another tier's councillor attends: ``staff_after``).
        member = listed_name(line.text) and not _TIER_LINE.match(line.text) and not LIST_LABEL.match(line.text)
        if not more and len(found) >= 2 and counted <= _MAX_LINES and member:
            more = [("members", "", line.start, line.end)]
        if not more:
            break
        found += more
    if len(found) < 2:
        return []
    runs = []
    for kind, post, start, end in found:
        attendance = "present" if kind in ("chair", "members") else "in_attendance"
        role = post if kind == "chair" or re.match(r"(?i)(?:\w+\s+)?clerk|rfo", post) else None
        plural = singular_title(post) if kind == "members" and re.match(r"(?i)councillors|cllrs", post) else ""
        runs.append((attendance, start, end, role, plural))
    return runs


# A member of staff on a line of their own: 'Mrs A Lowe – Clerk to the Council', 'B Ray (Parish Clerk)'.
_STAFF_POST = re.compile(
    r"(?i)\b(?:clerk|officer|rfo|secretary|treasurer|manager|administrator|assistant|adviser|advisor|solicitor|engineer|co-?ordinator)\b"
)
# 'Mrs A Lowe (Clerk) and 5 members of the public.': the count of the public after the clerk names nobody.
_STAFF_LINE = re.compile(
    r"^[ \t]*(?P<name>[A-Z][^\n()–—,;]{2,60}?)(?:\s+[-–—]\s+(?P<dashed>[^\n]{3,80}?)|\s*\((?P<bracket>[^()\n]{3,80})\)"
    # 'Ian West, Speedwatch Co-ordinator;': a post after the name's comma, to the line's end.
    r"|,[ \t]*(?P<comma>[A-Z][^\n;]{2,80}?))"
    r"(?P<public>\s+and\s+(?:\d+|one|two|three|four|five|six|several)\s+members?\s+of\s+the\s+public)?[ \t.;]*$"
)
TIER_LINE = _TIER_LINE = re.compile(r"^[ \t]*(?:Ward|District|County|Borough|Unitary)\s+(?:Cllr|Councillor)\.?\s+[A-Z][^\n,;:]{2,50}?[ \t.]*$")
_CLERK_AFTER_COUNT = re.compile(r"(?:;|,|\band\b)[ \t]*(?P<entry>" + THE_CLERK.pattern + r")")
_PUBLIC_COUNT = re.compile(r"(?i)^\W*(?:\d+|one|two|three|four|five|six|several|no)\s+members?\s+of\s+(?:the\s+)?(?:public|press)\b")


def staff_after(region: list[Line], end: int) -> list[tuple[int, int]]:
    """(start, end) of each line under a present list ending at ``end`` that names a member of staff with their post
    ('Mrs A Lowe – Clerk to the Council') or another tier's councillor ('County Councillor B Ray'), before the first
    line of any other kind; counts of the public between them name nobody."""
    found: list[tuple[int, int]] = []
    for line in region:
        if line.end <= end or line.is_blank:
            continue
        if LIST_LABEL.match(line.text):
            break
        staff = _STAFF_LINE.match(line.raw)
        post = staff and (staff["dashed"] or staff["bracket"] or staff["comma"])
        if staff and _STAFF_POST.search(post) and looks_like_name(staff["name"].strip()) or _TIER_LINE.match(line.raw):
            found.append((line.start, line.start + (staff.start("public") if staff and staff["public"] else len(line.raw.rstrip(" \t.;")))))
        elif not (public := _PUBLIC_COUNT.match(line.text)):
            break
        # '16 members of the public; the Clerk A Lowe': the clerk named after the count.
        elif clerk := _CLERK_AFTER_COUNT.search(line.raw, public.end()):
            found.append((line.start + clerk.start("entry"), line.start + len(line.raw.rstrip(" \t.;"))))
    return found


# A ModernGov 'Attendance' item: its minute ('Minutes:') lists people one a line under group headings
# ('Officers on the dais', 'Other people attending', 'In the public gallery', 'Members present'). Without the 'Minutes:'
# line the first heading must name officers or guests and a person's line follow it (a members' heading there is the
# list readers', whose plural title each name shares).
_MINUTES_LINE = re.compile(r"^\W*minutes\s*:?\s*$", re.I)
_ATTENDING_HEADING = re.compile(r"(?i)\b(?:officers?|staff|attending|observing|observers?|gallery|guests?|others?|public|in\s+attendance|also\s+present)\b")
_MEMBERS_HEADING = re.compile(r"(?i)\b(?:members|councillors|cllrs|present)\b")
_ITEM_NUMBER = re.compile(r"^\W*\d{1,3}[.)]?\W*$")
# What parts a person's line from the post after it: a dash (spaced, or ending the line), a wide gap, or a comma.
_POST_CUT = re.compile(r"\s+[-–—](?:\s+|$)|[ \t]{2,}|\t|,")
# Two people sharing one line and one post ('Ann Lee & Bo Roe – Youth Council').
_PAIR = re.compile(r"\s+(?:&|and)\s+")


def _people(text: str) -> list[tuple[int, int, str | None]] | None:
    """(start, end, post) of each person a line names: 'Ann Lee', 'Ann Lee,', 'Ann Lee, Head of Service', 'Ann Lee -',
    'Ann Lee - Prayers', 'Ann Lee & Bo Roe  Youth Council'; None when the line is no person's."""
    cut = _POST_CUT.search(text)
    names, post = (text[: cut.start()], text[cut.end() :].strip(" .;,-–—")) if cut else (text.rstrip(" .;"), "")
    if post and not (post[:1].isupper() and len(post) <= 90):
        return None
    found, offset = [], 0
    for part in _PAIR.split(names):
        start = text.index(part, offset)
        offset = start + len(part)
        if not looks_like_name(part.strip()):
            return None
        found.append((start, offset, post or None))
    return found


def item_groups(region: list[Line], index: int) -> list[tuple[str, int, int, str | None]]:
    """(attendance, name start, name end, post) of each person line of an 'Attendance' item's minute opening under ``region[index]``
    ('Minutes:' the next line with text, or a heading naming officers or guests over a person's line); a heading line
    naming officers, guests or the gallery makes the lines under it in attendance, one naming members present; the
    item's next number or label ends it."""
    lines_with_text = (line for line in region[index + 1 :] if not line.is_blank)
    opening = list(islice(lines_with_text, 2))
    if not opening:
        return []
    if _MINUTES_LINE.match(opening[0].text):
        opening = opening[1:]
    elif not (len(opening) > 1 and _heading_line(opening[0].text) and _ATTENDING_HEADING.search(opening[0].text) and _people(opening[1].text.strip())):
        return []
    found, kind = [], "present"
    for line in chain(opening, lines_with_text):
        text = line.text.strip()
        if _ITEM_NUMBER.match(text) or LIST_LABEL.match(text):
            break
        if (people := _people(text)) is not None:
            begin = line.start + line.raw.index(text[:1])
            found += [(kind, begin + start, begin + end, post) for start, end, post in people]
        elif _heading_line(text):
            kind = "in_attendance" if _ATTENDING_HEADING.search(text) else "present" if _MEMBERS_HEADING.search(text) else kind
        else:
            break
    return found


def _heading_line(text: str) -> bool:
    """A group heading's line: no comma, no figure, fourteen words at most."""
    return "," not in text and len(text.split()) <= 14 and not re.search(r"\d", text)
