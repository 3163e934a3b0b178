"""Attendance in the preamble of minutes, where lists are headed loosely or not at all.

- A '(Parish/Town) Councillors:' heading lists members present when it follows a present label, a
  'Chair:' line or the meeting's heading line ('Minutes of ... held on ...'); after other text
  ('The following Members declared an interest:-') it lists something else.
- A list under the meeting's heading line with no label at all ('Cllrs A, B (Deputy Mayor) and C'; a heading wraps onto
  the line under it unless that line reads as the list's first),
  then 'Name, Post' lines for the officers, up to the first numbered item: present, then in attendance; a line naming
  another tier's councillor ('County Councillor A Lowe') under members titled otherwise is in attendance too. The heading
  line may be the meeting's title with its date ('Eastby Town Council Monthly Meeting Wednesday 15th January 2026').
  A first item calling the roll ('1. Calling of the Roll and Apologies', 'Sederunt') may stand between
  heading and list, with one line under it that is not names (its title in another language).
- A note on the minutes' status under the heading ('This is a draft of the minutes ...:-') stands before the list.
- Someone attending remotely noted in brackets inside a list ('(Cllr X attended via Zoom ...)') is present.
- A heading naming the meeting before its weekday and date ('Ashby Town Council Monthly Meeting Wednesday 15 January
  2014') is the meeting's heading line too. A councillor of another council on a line of its own in the unlabelled list
  ('County Councillor A Roe' under the town councillors) is in attendance.
- A ward member printed in a present list ('B Roe – Northfield Ward') is in attendance; an observer there ('C Poe -
  observer') is present.
- A clerk or officer printed in a present list with the post in brackets or before the name ('J Roe (Clerk)',
  'Clerk Mr M Roe') is in attendance.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_labels import ABSENT_LABEL, LIST_LABEL
from extractors.readers.name_lists import split_list
from extractors.readers.name_posts import name_and_role
from extractors.readers.name_runs import run_on_parts
from extractors.readers.names import HONORIFIC_WORDS, PLURAL_TITLE, looks_like_name
from extractors.readers.spans import Line, clean_markup, lines
from schemas.structure import AttendeeRecord, Paper

# The heading line of a set of minutes: 'Minutes of the Meeting of X held on ...', 'Meeting of the Parish Council held at ...'.
MEETING_HEAD = re.compile(
    r"^\W*(?:(?:(?:draft|provisional|unconfirmed|approved)\s+)?minutes\s+of\b|meeting\s+of\b|held\s+(?:on|at)\b).{0,250}$"
    # 'Eastby Town Council Monthly Meeting Wednesday 15th January 2026': the meeting's title line and its date.
    r"|^[\w\s&'’,-]{0,80}\b(?:council|committee|board|authority|panel)\s+(?:[a-z]+\s+){0,2}meeting\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}\s*(?:st|nd|rd|th)?\s+[a-z]+,?\s+\d{4}\s*$",
    re.I,
)
# 'County Councillor A Roe' on a line of its own under a town or parish council's members: another council's member.
_OTHER_COUNCILLOR = re.compile(r"^\W*(?:County|District|Borough)\s+(?:Councillor|Cllr)\b\.?\s+[A-Z]")
_HELD = re.compile(r"^\W*held\s+(?:on|at)\b", re.I)
_TO_BE_HELD = re.compile(r"\b(?:to\s+be|will\s+be)\s+held\b", re.I)
# 'Careston - Mr J. Adamson': a list line that opens with the ward or place its members sit for; 'Co-opted Member of
# Eastby Panel: Mr C Sim and Mrs D Poe', 'Vice-Chairman: Mr B Ray' (a dotted leader is read as the colon:
# ``attendance_labels.spelt_labels``): with the group or post before a colon (no label of ``attendance_labels``).
_PLACE_FIRST = re.compile(
    r"^\s*[A-Z][\w'’&]*(?:\s+[A-Z][\w'’&]*){0,3}\s+[-–]\s+(?=\S)"
    r"|^\s*(?!(?i:absent|not\s+present|excused)\b)[A-Z][\w'’-]*(?:\s+(?:of|the|for|[A-Z][\w'’-]*)){0,6}\s*:\s+(?=(?:Mrs?|Ms|Miss|Dr|Sir|Lady|Cllrs?|Councillors?)\.?\s+[A-Z])"
)

_MINUTES_OF = re.compile(r"\bminutes\s+of\b", re.I)
# What only minutes say of their meeting ('The meeting started at 5.30pm', 'Apologies were received from').
_MINUTES_SAY = re.compile(
    r"\bthe\s+meeting\s+(?:started|opened|commenced|began|closed)\s+at\b|\bapologies(?:\s+for\s+absence)?\s+(?:were|was)\s+(?:received|given|noted)\b", re.I
)
# 'The Parish Council met on Tuesday, 6th September in the Hall': the minutes' opening sentence.
_MET = re.compile(r"^\W*(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,5}(?:council|committee|board|meeting)\s+(?:met|was\s+held)\s+(?:on|at|in)\b", re.I)
_PRESENT_ALONE = re.compile(r"^\W*present\s*:?\s*$", re.I)
_CHAIR_LINE = re.compile(r"^\W*chair(?:man|woman|person)?\s*:", re.I)
_TITLED = re.compile(r"^[\s|]*(?:[A-Z]\w+\s+)?(?:cllrs?|councillors?)\b", re.I)
# An agenda item line ('1 Apologies', '23/165 Receive ...', '336. Apologies'): the preamble ends there.
_ITEM = re.compile(r"^\W*\d{1,4}(?:[./]\d{1,4})*[a-z]?\.?\s+[A-Z]")
# '(Cllr X attended via Zoom, ...)', '(Mr Y attended remotely)', '... it was noted that Councillor Z took part virtually':
# X, Y and Z are present.
REMOTE = re.compile(
    rf"(?:\(|\b(?P<that>that)\s+)(?P<name>(?:(?:{HONORIFIC_WORDS})\.?\s+)+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]+){{0,3}})\s+"
    r"(?:attended|joined|was\s+present|participated|took\s+part)\s+(?:(?:in\s+)?the\s+meeting\s+)?"
    # After 'that' the clause ends on the remote word or names the meeting: 'that Mr Z attended on behalf of the Council
    # at the forum', '... took part virtually in the consultation event' is no attendance.
    r"(?(that)(?:(?:remotely|virtually|online|via\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?=[ \t]*(?:[.,;)\n]|$)|\s+(?:in|at)\s+(?:the|this)\s+meeting\b|\s+(?:at|from)\s+\d|\s+(?:and|but)\s))"
    r"|(?:via|by|on|remotely|virtually|online)\b)"
)
# Posts of officers, not members: a present list's entry holding one is in attendance.
_OFFICER = re.compile(
    r"\b(?:clerk|(?:proper|finance|responsible\s+financial|democratic\s+services|committee|executive|monitoring)\s+officer|"
    r"RFO|minute[-\s]?(?:taker|sec(?:retary)?)|chief\s+executive)\b",
    re.I,
)
# A post after the name's comma ending in 'Officer' or 'Manager', or a personal assistant's ('Ann Lee, Area Project Officer',
# 'Bo Roe, PA to the Area Manager'): staff, whatever their field.
_OFFICER_POST = re.compile(r"\b(?:officer|manager)\s*$|^(?:PA|personal\s+assistant)\s+to\b", re.I)
# A bracketed post of the body's paid staff ('Mr A Lowe (Campsite Warden)', '(Hall Caretaker)'): not a member; a
# councillor's own volunteer post ('(Tree Warden)', '(Footpaths Warden)', '(Allotments Warden)', '(Village Hall
# Manager)', '(Playing Field Manager)') is none of these.
_BRACKET_AFTER = re.compile(r"[ \t]*\(([^()\n]{2,60})\)")
_STAFF_BRACKET = re.compile(
    r"^(?!.*\b(?:tree|snow|footpaths?|flood|emergency|speed|allotments?|playing\s+fields?|village\s+hall|recreation\s+ground)\s+(?:warden|manager)\b)"
    r".*\b(?:warden|caretaker|groundsman|manager)\s*$",
    re.I,
)
# A present list's entry that attends for its ward ('B Roe – Northfield Ward'); an observer there is present ('C Poe -
# observer'): whoever a present block lists is present, observers included.
_VISITING = re.compile(r"(?:^|\s)ward(?:\s+(?:member|councillor))?\s*$", re.I)
_COUNCILLOR = re.compile(r"^(?:Councillors?|Cllrs?\.?)\s+")
# A first item that calls the roll: the unlabelled list of members present is printed under it.
_ROLL_ITEM = re.compile(r"^\W*(?:1\.?\s+)?(?:calling\s+of\s+the\s+roll|roll\s+call|sederunt)\b", re.I)
_TIER_TITLE = re.compile(r"^\W*(?:County|District|Borough|Unitary|Ward)\s+(?:Councillor|Cllr)\.?\s+[A-Z]")
# A note on the minutes' status between heading and list ('This is a draft of the minutes ...:-', 'Subject to approval').
_DRAFT_NOTE = re.compile(
    r"\W*(?:(?:this|these)\s+(?:is|are)\s+(?:a\s+|the\s+)?(?:draft|unapproved|unconfirmed)\b|draft\b|subject\s+to\s+(?:approval|ratification|confirmation)\b"
    r"|(?:these\s+)?minutes\s+(?:are|remain)\s+(?:draft|unapproved|unconfirmed|subject\s+to)\b)",
    re.I,
)
_OFFICER_FIRST = re.compile(r"^\W*(?:(?:town|parish|acting|deputy|assistant)\s+)*clerk\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\b)", re.I)


def _previous_texts(region: list[Line], index: int) -> list[str]:
    """The last line with text before ``index``, and it joined to the line before when that runs on (a wrapped heading)."""
    before = [line.text for line in region[:index] if not line.is_blank][-2:]
    joined = [" ".join(before)] if len(before) == 2 and not re.search(r"[.:|)]\s*$", before[0]) else []
    return before[-1:] + joined


def members_heading_start(
    text: str, paper: Paper, region: list[Line], index: int, value_start: int, labelled: re.Pattern
) -> int | None:
    """Where the names of a 'Councillors:' heading start, or None when the heading does not list members present.

    Only minutes list members present so (an agenda's 'Councillors:' is the committee's membership). A value
    that opens without a title of its own takes the heading's ('Councillors: A, B' are 'Councillor A', ...).
    """
    # 'Present:' alone on the line above ('Present:' / 'Councillors: Cllr. A, Cllr. B') lists members present in any paper.
    after_present = any(_PRESENT_ALONE.match(t) for t in _previous_texts(region, index)[:1])
    minutes = _MINUTES_OF.search(text, paper.start, paper.start + 600) or _MINUTES_SAY.search(text, paper.start, paper.start + 1500)
    if paper.kind != "minutes" and not minutes and not after_present:
        return None
    if (label := labelled.match(region[index].text)) and label["joint"]:
        return value_start if _joint_group(region, index, labelled) else None
    previous = _previous_texts(region, index)
    # A heading that opens the paper ('Cllrs: A, B' on the first line of minutes) lists the members present.
    if previous and not any(
        labelled.match(t) or _CHAIR_LINE.match(t) or _chair_entry(t) is not None or MEETING_HEAD.match(t) or _MET.search(t) for t in previous
    ):
        return None
    # An indented heading line's names start at its text, not at its indent.
    line = region[index]
    return value_start if _TITLED.match(text[value_start : value_start + 40]) else line.start + len(line.raw) - len(line.raw.lstrip())


# 'At a meeting of the Joint Fire Authority ... held at ...': the opening line of a joint body's minutes.
_AT_A_MEETING = re.compile(r"^\W*at\s+an?\s+(?:[\w-]+\s+){0,2}meeting\s+of\b", re.I)


def _joint_group(region: list[Line], index: int, labelled: re.Pattern) -> bool:
    """A joint body's group label ('Eastshire County Councillors:' / 'Councillors A, B and C.' / 'Westby Borough
    Councillors:' / ...) lists members present only in a run of such groups right under the meeting's opening line:
    after a present list, the same label names visiting councillors."""
    for line in reversed([line for line in region[:index] if not line.is_blank]):
        label = labelled.match(line.text)
        if MEETING_HEAD.match(line.text) or _AT_A_MEETING.match(line.text):
            return True
        if not (label and label["joint"] or PLURAL_TITLE.match(line.text) and not label):
            return False
    return False


def names_line(line: str) -> bool:
    """A line of a list of names: every comma/'and' part a name (a plural title shared by the first)."""
    # A bracket left open at the line's end runs on to the next line ('Mr A Roe (via' / 'VC), Mrs B Poe').
    line = re.sub(r"\s*\([^()]*$", "", line)
    parts = [re.sub(r"\s*\([^()]*\)\s*", " ", part).strip(" .") for part in split_list(clean_markup(line))]
    # 'Lady J Roe Mrs L Poe': two titled names printed without a separator are two parts (words before the first
    # title, a post that ``run_on_parts`` drops, keep the part whole).
    parts = [piece.strip() for part in parts if part for _, piece in _run_on(part)]
    # 'Councillors Mrs Ames, Birch (Chairman) and D Cole': a plural title shares itself with the surnames after it.
    shared = bool(parts) and PLURAL_TITLE.match(parts[0])
    return len(parts) > 1 and all(
        looks_like_name(part) or shared and re.fullmatch(r"(?:[A-Z]\.?\s+)?[A-Z][\w'’-]+", part) for part in parts
    )


def _run_on(part: str) -> list[tuple[int, str]]:
    """``run_on_parts`` of ``part`` when they begin at its start, else the part whole."""
    pieces = run_on_parts(part)
    return pieces if pieces[0][0] == 0 else [(0, part)]


def _titled_name_line(line: str) -> bool:
    """A line holding one name with its title and perhaps a post in brackets ('Councillor A Roe (Chairman)')."""
    name = re.sub(r"\s*\([^()]*\)\s*$", "", clean_markup(line)).strip(" .")
    return "," not in name and looks_like_name(name, honorific_required=True)


def _list_line(raw: str) -> bool:
    """A line that reads as an entry of the unlabelled list under the heading: names, or one titled name, perhaps after
    the place its members sit for."""
    place = _PLACE_FIRST.match(raw)
    value = raw[place.end() :] if place else raw
    return names_line(value) or _titled_name_line(value)


def preamble_lists(text: str, start: int, end: int) -> list[tuple[str, list[tuple[int, int, bool]]]]:
    """The unlabelled (kind, pieces) lists between the minutes' heading line and their first item.

    Pieces are (start, end, comma-separated) as ``attendance._entries`` takes them: the lines of names
    that follow the heading (a line may run on to the next after a comma) are present, the 'Name, Post'
    lines after them in attendance. Any label or other text before them means this is not the layout.
    """
    region = lines(text, start, end)
    opening = [i for i, line in enumerate(region) if not line.is_blank][:8]
    head = next((i for i in opening if MEETING_HEAD.match(region[i].text)), None)
    # 'Meeting of the Parish Council to be held on ...': an agenda's heading; the members under it are summoned.
    if head is None or _TO_BE_HELD.search(region[head].text):
        return []
    # A heading wrapped over two lines or more ('... by Video' / 'Conference.', a full line hard-wrapped) goes on to
    # the line after it, unless that line reads as the list's first ('Councillor A Roe (Chair)', 'Eastby - Mr B Poe'):
    # with no blank line under the heading, only the line's words tell the two apart.
    for _ in range(3):
        following = next((i for i in range(head + 1, len(region)) if not region[i].is_blank), head)
        full = len(region[head].text.strip()) >= 50 and not names_line(region[following].text)
        if re.search(r"[.:]\s*$", region[head].text) or following - head != 1 or _list_line(region[following].raw) or not (
            len(region[following].text) < 60 or _HELD.match(region[following].text) or full
        ):
            break
        head = following
    after = [i for i in range(head + 1, min(len(region), head + 12)) if not region[i].is_blank][:3]
    if after and _DRAFT_NOTE.match(region[after[0]].text):
        head, after = after[0], after[1:]
    if after and _ROLL_ITEM.match(region[after[0]].text):
        skip = [i for i in after[1:2] if not names_line(region[i].text)]
        head = (skip or after[:1])[0]
    present: list[tuple[int, int, bool]] = []
    officers: list[tuple[int, int, bool]] = []
    singles, placed = 0, False
    for line in region[head + 1 : head + 30]:
        if line.is_blank:
            continue
        if _ITEM.match(line.text):
            break
        running_on = present and not officers and re.search(r"(?:,|\([^()]*)\s*$", text[present[-1][0] : present[-1][1]])
        place = None if LIST_LABEL.match(line.raw) else _PLACE_FIRST.match(line.raw)
        value = line.raw[place.end() :] if place else line.raw
        # 'County Councillor A Lowe' alone on its line under a town council's members: another tier's councillor attending.
        if present and not running_on and _TIER_TITLE.match(line.text) and not _TIER_TITLE.match(text[present[0][0] : present[0][1]]):
            officers.append((line.start, line.end, False))
            continue
        if not officers and (running_on or names_line(value) or _titled_name_line(value)):
            singles += not running_on and not names_line(value)
            placed = placed or bool(place)
            # '... Councillor C Sim AbsentCouncillor D Poe': an absence label ends the list and names nobody.
            absent = ABSENT_LABEL.search(line.raw, place.end() if place else 0)
            present.append((line.start + (place.end() if place else 0), line.start + absent.start() if absent else line.end, True))
            if absent:
                break
        elif present and name_and_role(line.text):
            officers.append((line.start, line.end, False))
        else:
            break
    # One titled name a line ('Councillor A Roe (Chair)' / 'Councillor B Poe') is a list when it runs to two lines or more.
    if not present or singles == len(present) == 1:
        return []
    guests = [piece for piece in present if _OTHER_COUNCILLOR.match(text[piece[0] : piece[1]])]
    if len(guests) < len(present):
        present, officers = [piece for piece in present if piece not in guests], guests + officers
    # Lines that each open with their place are separate lists: a name does not wrap from one into the next.
    lists = [("present", [piece]) for piece in present] if placed else [("present", present)]
    return lists + ([("in_attendance", officers)] if officers else [])


# 'Chair: | Cllr A Lowe |', 'Vice-Chairman: Cllr B Ray': the chair's own line printed just above a list of members present.
# 'Vice-Chairman Nicholas Lowe' alone on its line: the post printed before a bare name, no colon.
_CHAIR_ENTRY = re.compile(r"^[\W_]*(?:in\s+the\s+)?(?:(?:vice|deputy)[-\s]?)?chair(?:man|woman|person)?(?P<colon>[\s*|]*:[\s*|]*(?=\S)|\s+(?=[A-Z]))", re.I)


# 'Councillor A Lowe (the Chair, presiding)': a titled name with the chair's post in brackets after it, the bracket
# perhaps wrapped onto the next line ('PRESIDING)', ``_BRACKET_TAIL``).
_NAMED_CHAIR = re.compile(
    r"^[\W_]*(?=(?:councillor|cllr|mr|mrs|ms|miss|dr)\b)(?P<name>[^()]+?)\s*\(\s*(?:the\s+)?(?:(?:vice|deputy)[-\s]?)?"
    r"(?:chair(?:man|woman|person)?|presiding)\b[^()]*\)?\s*$",
    re.I,
)
_BRACKET_TAIL = re.compile(r"^[^()]{1,30}\)\W*$")
_POST_THEN_BRACKET = re.compile(r"^(?:the\s+)?(?:(?:deputy|lord)\s+)*(?:mayor|provost)\s*\(\s*(?P<name>[^()]+?)\s*\)$", re.I)


def _chair_entry(raw: str) -> int | None:
    """Where the name of a chair's own line starts ('Chair: Cllr A Lowe', 'Vice-Chairman Nicholas Lowe', 'Cllr A Lowe
    (the Chair, presiding)'), else None."""
    if (named := _NAMED_CHAIR.match(raw)) and looks_like_name(named["name"].strip(), honorific_required=True):
        return named.start("name")
    entry = _CHAIR_ENTRY.match(raw)
    name = raw[entry.end() :].strip(" |*.") if entry else ""
    # 'In the Chair : Mayor (Councillor A Lowe)': the civic post, then its holder's titled name in brackets.
    if entry and (posted := _POST_THEN_BRACKET.match(name)) and looks_like_name(posted["name"], honorific_required=True):
        return entry.end()
    bare = entry and ":" not in entry["colon"]
    if not entry or not looks_like_name(name, honorific_required=not bare) or (bare and len(name.split()) > 4):
        return None
    return entry.end()


def _chair_line(record: AttendeeRecord, text: str) -> bool:
    """``record`` was read from a chair's own line ('In the Chair: Councillor A Lowe')."""
    start = text.rfind("\n", 0, record.provenance.start) + 1
    return bool(text) and _chair_entry(text[start : text.find("\n", record.provenance.start) % (len(text) + 1)]) is not None


def _last_with_text(region: list[Line], index: int, count: int) -> list[Line]:
    """The last ``count`` lines with text above ``region[index]``, in order (read backwards: a page of many labels stays
    linear)."""
    found: list[Line] = []
    for line in reversed(region[:index]):
        if len(found) == count:
            break
        if not line.is_blank:
            found.append(line)
    return found[::-1]


def chair_lines(region: list[Line], index: int) -> list[tuple[Line, int]]:
    """(line, where its name starts) of each chair's line printed straight above the present label at ``index``."""
    found: list[tuple[Line, int]] = []
    above = _last_with_text(region, index, 3)
    # A chair's bracket wrapped onto the line above the label ('Cllr A Lowe (the Chair,' / 'presiding)') is no line of its own.
    above = above[:-1] if above and _BRACKET_TAIL.match(above[-1].text) else above[-2:]
    for line in reversed(above):
        start = _chair_entry(line.raw)
        if start is None:
            break
        found.append((line, line.start + start))
    return found[::-1]


def officer_attendance(record: AttendeeRecord, text: str) -> AttendeeRecord:
    """A clerk or officer named in a present list is in attendance ('J Roe (Clerk)', 'Clerk Mr M Roe').

    A councillor's title shared from the list is not the officer's ('Councillors A and B' / 'P Roe (Town Clerk)').
    """
    if record.attendance != "present":
        return record
    if record.role and _VISITING.search(record.role):
        return record.model_copy(update={"attendance": "in_attendance"})
    # A police constable at a council's meeting attends it ('PCSO Evans', 'PC A Lee'): no member.
    if _POLICE_RANK.match(record.name):
        return record.model_copy(update={"attendance": "in_attendance"})
    printed = text[record.provenance.start : record.provenance.end]
    line_start = text.rfind("\n", 0, record.provenance.start) + 1
    # A run of names parted at their brackets ('Mr A Lowe (Campsite Warden) Mrs B Ray') leaves the bracket after the span.
    bracket = re.search(r"\(([^()]*)\)", printed) or _BRACKET_AFTER.match(text, record.provenance.end)
    role_first = _OFFICER_FIRST.match(text[line_start : record.provenance.end])
    role = record.role
    if role_first and "," not in text[line_start : record.provenance.start] and "clerk" not in record.name.lower():
        role = role or role_first.group(0).strip()
    else:
        # 'Ann Lee, Area Committee Officer': the post after the name's comma, printed as the entry's last words.
        comma_post = record.role if record.role and "," in printed and printed.rstrip(" .").endswith(record.role) else None
        # 'Kate Finch – Clerk': the post after a dash, as the entry's last words.
        dash_post = record.role if record.role and re.search(r"\s[-–—]\s", printed) and printed.rstrip(" .").endswith(record.role) else None
        post = bracket.group(1) if bracket else comma_post or dash_post
        # A councillor's title, printed or shared from the list ('Councillors A Lowe, B Ray (X)'), makes a member.
        staff = bracket and post and _STAFF_BRACKET.match(post) and not re.match(r"(?i)\W*(?:cllr|councillor)", printed) and not _MEMBER_TITLE.match(record.name)
        officer = post and (_OFFICER.search(post) or post is comma_post and _OFFICER_POST.search(post) or staff)
        if not (officer and not re.search(r"\bcouncillor|\bcllr", post, re.I)):
            return record
    name = record.name if re.match(r"(?i)\W*(?:cllr|councillor)", printed) else _COUNCILLOR.sub("", record.name)
    return record.model_copy(update={"attendance": "in_attendance", "role": role, "name": name})


# Constables and sergeants report to a parish meeting; an inspector or above may sit on a partnership board as a member.
_POLICE_RANK = re.compile(r"(?:PCSO|PC|Constable|Police\s+Constable|Sgt|Sergeant|PS|(?:Detective|Det)\.?\s+(?:Sgt|Sergeant|Constable))\.?\s+(?=[A-Z])")
_MEMBER_TITLE = re.compile(r"^(?:councillor|cllr)\b", re.I)


def members_in_attendance(found: list[AttendeeRecord], text: str = "") -> list[AttendeeRecord]:
    """Minutes that list their members under 'In Attendance' and print no present list ('In Attendance' /
    'Councillors A (Chair), B, C ...'): three or more councillors in attendance, and nobody present but the chair
    on a line of its own above them ('In the Chair: Councillor A'), are present."""
    members = [r for r in found if r.attendance == "in_attendance" and _MEMBER_TITLE.match(r.name)]
    if len(members) < 3 or any(r.attendance == "present" and not _chair_line(r, text) for r in found):
        return found
    return [r.model_copy(update={"attendance": "present"}) if r in members else r for r in found]
