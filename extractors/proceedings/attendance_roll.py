"""Attendance at the top of minutes printed without a present label.

- A block of three or more 'Cllr/Councillor Name' lines, each perhaps followed by a wide gap and a role
  ('Cllr A Lowe        Chair'), straight under the minutes' heading and before the first item: present. Lines
  after it that give a name, a wide gap and a post ('PCSO B Ray     Mercia Police', 'C Sim    Clerk/ RFO') are in
  attendance; 'No members of the public' names nobody. The block must end at an item (or an apologies heading).
- A grid of 'Cllr Name' cells under the heading, keyed by a line such as "('a' denotes absence)": a cell
  marked with the key's letter ('Cllr B Ray a Cllr C Sim': Sim) was absent and names nobody; the others are present.
- A 'Committee Members:' / 'Members:' label among the first lines of a paper that records a meeting (apologies
  were received, RESOLVED, there were no ...), its list under it: present. In an agenda (no record) it is the
  committee's membership and names nobody.
- A roll keyed '* Denotes attendance': a present entry on a line without the star was not there (``starred``).
  With no label over it, the starred lines right above the key ('* Cllr A Lowe     Chair, Eastby Fire Authority' /
  'Cllr B Ray     ...' / '* = Present') are its present members (``starred_rows``), two or more of them.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.readers.names import looks_like_name, split_honorifics
from extractors.readers.spans import lines
from schemas.structure import AttendeeRecord, Paper

_HEADING = re.compile(r"\bminutes\b", re.I)
_NOT_MINUTES = re.compile(r"\b(?:agenda|summons|to\s+be\s+held|contacts?|signed|declarations?)\b", re.I)
# 'Cllr A Lowe', 'Councillor B. Mary Ray      Vice- Chair', 'Cllr C Sim<TAB>County Councillor'.
_MEMBER_ROW = re.compile(r"^[ \t]*(?P<name>(?:Cllr\.?|Councillor)[ \t]+[^\t]+?)(?:(?:[ \t]{2,}|\t)(?P<role>[^\t]+?))?[ \t]*$")
# 'PCSO B Ray      Mercia Police', 'C Sim<TAB>Clerk/ responsible financial officer': a name, a wide gap, a post.
_OTHER_ROW = re.compile(r"^[ \t]*(?P<name>[A-Z][^\t]+?)(?:[ \t]{2,}|\t)(?P<role>[A-Z][^\t]+?)[ \t]*$")
_ROLE = re.compile(r"[A-Za-z][A-Za-z '’/,.&()-]{1,60}")
_RANK = re.compile(r"^(?:[A-Z]{2,5}|Sgt\.?|Insp\.?|Inspector|Sergeant|Constable)\s+(?=[A-Z])")
_PUBLIC = re.compile(r"^\W*(?:no|one|two|three|four|five|six|\d+)\s+members?\s+of\s+the\s+(?:public|press)\b.*$", re.I)
_ITEM = re.compile(r"^\W*(?:\d{1,4}(?:[./]\d{1,4})*[a-z]?\.?\s+[A-Z]|apolog)", re.I)
# A record of a meeting, not its summons: past-tense business.
RECORDED = re.compile(
    r"\b(?:(?:were|was|had\s+been|have\s+been)\s+received\s+from|RESOLVED\b|(?:was|were)\s+present\b|there\s+(?:were|was)\s+no\b"
    r"|it\s+was\s+(?:resolved|agreed|noted|proposed))",
    re.I,
)
_MEMBERS_LABEL = re.compile(r"^\W*(?:committee\s+|panel\s+|board\s+)?members\s*:\s*$", re.I)
_PLURAL = re.compile(r"^\W*(?:Councillors|Cllrs\.?)\s+[A-Z]")


def _row(match: re.Match | None, titled: bool) -> bool:
    """A row whose name is a name and whose role (if any) is words: no phone number, address or date."""
    if not match:
        return False
    name = _RANK.sub("", match["name"]) if not titled else match["name"]
    role = match["role"]
    return looks_like_name(name.strip(), honorific_required=titled) and (role is None or bool(_ROLE.fullmatch(role.strip())))


def roll_block(text: str, paper: Paper) -> list[tuple[str, int, int, str | None]]:
    """(attendance, name start, name end, role) of each row of an unlabelled block under the minutes' heading."""
    region = [line for line in lines(text, paper.start, paper.end) if not line.is_blank][:30]
    first = next((i for i, line in enumerate(region[:5]) if _MEMBER_ROW.match(line.raw)), None)
    if first is None or not any(_HEADING.search(line.text) for line in region[:first]):
        return []
    if any(_NOT_MINUTES.search(line.text) for line in region[:first]):
        return []
    rows: list[tuple[str, int, int, str | None]] = []
    members, ended = 0, False
    for line in region[first:]:
        member = _MEMBER_ROW.match(line.raw)
        other = _OTHER_ROW.match(line.raw)
        if not rows or rows[-1][0] == "present" and _row(member, True):
            kind, match = "present", member
            members += 1
        elif members and _row(other, False):
            kind, match = "in_attendance", other
        elif _PUBLIC.match(line.text):
            continue
        else:
            ended = bool(_ITEM.match(line.text))
            break
        if kind == "present" and not _row(match, True):
            return []
        rows.append((kind, line.start + match.start("name"), line.start + match.end("name"), (match["role"] or "").strip() or None))
    return rows if ended and members >= 3 else []


# "('a' denotes absence)", 'A = Absent', '(x indicates apologies)': the key to a marked grid of members.
_GRID_KEY = re.compile(r"^[ \t]*\(?[ \t]*['‘’\"]?(?P<mark>[A-Za-z])['‘’\"]?[ \t]+(?:denotes|indicates|=)[ \t]+(?:absen(?:ce|t)|apologies)[ \t]*\)?\.?[ \t]*$", re.I | re.M)
_GRID_CELL = r"(?:(?<=\s)(?P<mark>{mark})[ \t]+)?(?P<name>(?:Cllr\.?|Councillor)[ \t]+(?:(?:Mrs?|Ms|Miss|Dr)\.?[ \t]+)?(?:[A-Z]\.?[ \t]+){{0,3}}[A-Z][a-z'’-]+(?:-[A-Z][a-z]+)?)"


def marked_grid(text: str, paper: Paper) -> list[tuple[int, int]]:
    """(start, end) of each unmarked name of a grid of members keyed by an absence mark among a paper's first lines."""
    region = [line for line in lines(text, paper.start, paper.end) if not line.is_blank][:25]
    key = next((i for i, line in enumerate(region) if _GRID_KEY.match(line.raw)), None)
    if key is None:
        return []
    cell = re.compile(_GRID_CELL.format(mark=re.escape(_GRID_KEY.match(region[key].raw)["mark"])))
    spans: list[tuple[int, int]] = []
    names = 0
    for line in reversed(region[max(0, key - 8) : key]):
        found = list(cell.finditer(line.raw))
        if not found or cell.sub("", line.raw).strip():
            if spans:
                break
            continue
        names += len(found)
        spans[:0] = [(line.start + m.start("name"), line.start + m.end("name")) for m in found if not m["mark"]]
    return spans if names >= 3 else []


def members_label(text: str, paper: Paper) -> list[tuple[int, int, bool]]:
    """The list pieces under a 'Committee Members:' label among a minuted paper's first lines ('Councillors A (Chair), B')."""
    if paper.kind in ("agenda", "meeting_page") or len(RECORDED.findall(text, paper.start, paper.end)) < 2:
        return []
    region = [line for line in lines(text, paper.start, paper.end) if not line.is_blank]
    label = next((i for i, line in enumerate(region[:4]) if _MEMBERS_LABEL.match(line.text)), None)
    if label is None or any(_NOT_MINUTES.search(line.text) for line in region[:label]):
        return []
    pieces: list[tuple[int, int, bool]] = []
    for line in region[label + 1 : label + 6]:
        if pieces and not re.search(r"(?:,|\band)\s*$", text[pieces[-1][0] : pieces[-1][1]]):
            break
        if not pieces and not _PLURAL.match(line.text):
            return []
        pieces.append((line.start, line.end, True))
    return pieces


_CHAIR = re.compile(r"^\s*(?P<vice>vice[-\s]*|deputy\s+)?chair(?:man|woman|person)?\b", re.I)


def with_role(record: AttendeeRecord | None, role: str | None) -> AttendeeRecord | None:
    """``record`` with the role printed in its row's column (and the chair it names), unless it read one of its own."""
    if record is None or record.role or not role:
        return record
    chair = _CHAIR.match(role)
    return record.model_copy(update={"role": role, "chair": ("Vice-Chair" if chair["vice"] else "Chair") if chair else None})


def shared_title(record: AttendeeRecord | None) -> AttendeeRecord | None:
    """A name of a 'Councillors A (Chair), Mrs B, C D' list takes the plural's title ('Councillor Mrs B', 'Councillor C D')."""
    if record is None or re.match(r"(?:Councillor|Cllr)\b", record.name):
        return record
    return record.model_copy(update={"name": f"Councillor {record.name}"})


# '* Denotes attendance' under a roll: a name on a line without the star was not there.
# The key under a starred roll: '* denotes attendance', '(*) indicates present', or the word alone after the star
# ('* Present', '*Present at the meeting'), nothing else on its line.
_STAR_KEY = re.compile(
    r"^[ \t]*\(?\*\)?[ \t]*(?:(?:denotes|indicates|=)[ \t]+(?:attendance|present|attended|in\s+attendance)\b"
    r"|(?:[-–:][ \t]*)?(?:present|attended)(?:[ \t]+at[ \t]+the[ \t]+meeting)?[ \t]*\.?[ \t]*$)",
    re.I | re.M,
)


def starred(found: list[AttendeeRecord], text: str) -> list[AttendeeRecord]:
    """``found`` less the present entries of a starred roll printed without their star."""
    keys = [match.start() for match in _STAR_KEY.finditer(text)]
    if not keys:
        return found

    def unstarred(record: AttendeeRecord) -> bool:
        start = record.provenance.start
        key = next((k for k in keys if start < k <= start + 1500), None)
        return key is not None and record.attendance == "present" and "*" not in text[text.rfind("\n", 0, start) + 1 : start]

    return [record for record in found if not unstarred(record)]


# A roll's line: a star or none, a titled name, then perhaps a wide gap and the member's post or body.
_ROLL_ROW = re.compile(r"^[ \t]*(?P<star>\*)?[ \t]*(?P<name>[A-Z][^\t*]*?)(?:(?:[ \t]{3,}|\t)[^\t]*)?[ \t]*$")
_MIN_STARRED = 2


def starred_rows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the names on the starred lines of each roll right above a star key in ``text[start:end]``; the
    rows run up from the key over blank lines to the first line that is no titled name."""
    found: list[tuple[int, int]] = []
    for key in _STAR_KEY.finditer(text, start, end):
        rows = [line for line in lines(text, start, key.start()) if not line.is_blank]
        names: list[tuple[int, int]] = []
        for line in reversed(rows):
            row = _ROLL_ROW.match(line.raw)
            if not row or not split_honorifics(row["name"])[0] or not looks_like_name(row["name"].strip()):
                break
            if row["star"]:
                names.append((line.start + row.start("name"), line.start + row.end("name")))
        if len(names) >= _MIN_STARRED:
            found += sorted(names)
    return found
