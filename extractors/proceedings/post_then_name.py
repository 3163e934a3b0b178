"""Names printed straight after the post of the name before them in a run-on officers' list.

PDF minutes run 'Officers Present' lists together with no separator between one entry's post and the
next entry's name: 'A Corrigan, Strategic Development Service Manager Chris Easton, Borough Solicitor
Jo Turvey, ...'. Split on commas, a part reads 'Post words ... Manager Chris Easton': the post ends in a
post word and the name is the two or three capitalised words after it.

Also the shapes of one line of an attendance list ('Post: Name', a group's own label, a comma list, a titled
name alone) that ``attendance`` reads a list by. Part of the attendance extractor (its VERSION covers this).
"""

from __future__ import annotations

import re

from extractors.readers.name_lists import entry_name, split_list
from extractors.readers.name_posts import ROLE_WORDS
from extractors.readers.name_runs import RUN_ON
from extractors.readers.names import INLINE_BULLET, PLURAL_TITLE, ROLE_DASH, looks_like_name, split_honorifics
from extractors.proceedings.attendance_sentences import SENTENCE_END
from extractors.readers.spans import Line, clean_markup

_WORD = re.compile(r"[A-Za-z&][\w'’-]*")
# Words of a post or an organisation, never of a person's name here.
_NOT_NAME = ROLE_WORDS | {
    "council", "services", "service", "development", "planning", "borough", "county", "district", "management",
    "policy", "team", "group", "board", "committee", "housing", "finance", "legal", "democratic", "case", "senior",
    "principal", "assistant", "present", "officers", "members", "authority", "police", "highways", "strategic",
}
# The surname may be printed in capitals ('Jo TURVEY'), the given name before it not.
_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_CAPITALS_WORD = r"(?:Mc|Mac|O['’])?[A-Z]{3,}(?:-[A-Z]{2,})?"
_CONNECTORS = {"of", "and", "for", "the", "&", "to"}


def _post_shaped(words: list[str]) -> bool:
    """Two or more capitalised words (and connectors) that end in a post word ('Head of Legal Services Officer'), or a
    post word and 'of' opening them and a capitalised word ending them ('Head of Law and Corporate Governance'), or
    words of posts and services alone ('Highways Development Management')."""
    headed = len(words) >= 3 and words[0].lower() in ROLE_WORDS and words[1] == "of" and words[-1].lower() not in _CONNECTORS
    service = words[-1:] and words[-1].lower() in _NOT_NAME and all(word.lower() in _NOT_NAME | _CONNECTORS for word in words)
    return (
        len(words) >= 2 and words[0][:1].isupper() and (words[-1].lower() in ROLE_WORDS or headed or service)
        and all(word[:1].isupper() or word.lower() in _CONNECTORS for word in words)
    )


def post_then_name(part: str) -> list[tuple[int, str]]:
    """[(offset, name)] of the name after a post in ``part`` ('Borough Solicitor Jo Turvey'), else []."""
    if split_honorifics(part.strip())[0] or part.rstrip()[-1:] in ")" or ROLE_DASH.search(part):
        return []
    # 'Ann Lowe, Depute Chief Executive: Safer Towns': a name before the comma makes the rest her post, its words no name.
    if looks_like_name(part.partition(",")[0].strip()) and "," in part:
        return []
    words = list(_WORD.finditer(part))
    for size in (2, 3):
        name, post = words[-size:], [w.group(0) for w in words[:-size]]
        if len(words) <= size or not _post_shaped(post):
            continue
        text = part[name[0].start() : name[-1].end()]
        shaped = [bool(re.fullmatch(_NAME_WORD, w.group(0)) or i == size - 1 and re.fullmatch(_CAPITALS_WORD, w.group(0))) for i, w in enumerate(name)]
        if all(shaped) and all(w.group(0).lower() not in _NOT_NAME for w in name) and looks_like_name(text):
            return [(name[0].start(), text)]
    return []


# '... Mr Lowe Appointed Members: Cllr Ray Co-opted Members:': a board's next member group glued to a list's last name.
def post_run_parts(chunk: str) -> list[str]:
    """The entries of an officers' list run on with posts that hold 'and' ('Ann Lee, Head of Law and Governance Bob Roe,
    Director of Parks Cai Sim'): parts between commas that read as a post then a name are kept whole, the others are
    split as any list; [] unless two parts or more read so and one of them holds 'and' or '&' (a list of another
    shape is split by ``split_list``). A bracket or semicolon in ``chunk`` gives []."""
    if re.search(r"[();]", chunk):
        return []
    commas = chunk.split(",")
    posted = [bool(post_then_name(part)) for part in commas]
    joined = any(flag and re.search(r"\s(?:and|&)\s", part) for flag, part in zip(posted, commas))
    if sum(posted) < 2 or not joined:
        return []
    return [piece for flag, part in zip(posted, commas) for piece in ([part] if flag else split_list(part))]


# '... Mr Lowe Lay Members Mr Ray Independent Members Mrs Sim': the group's words without a colon between titled names part
# the entries on both sides (a title may be glued to the name in PDF text: 'MrRay').
_GROUP_TITLE = r"(?:Mrs?|Ms|Miss|Dr|Councillors?|Cllrs?)\.?\s*(?=[A-Z])"
_GROUP_AFTER_NAME = (
    r"(?:(?<=[a-z])|(?<=[A-Z]{2}))\s+(?=[A-Z][\w'’-]+\s+Members\s*:(?:\s|$))"
    rf"|(?:(?<=[a-z])|(?<=[A-Z]{{2}}))\s+(?=[A-Z][\w'’-]+\s+Members\s+{_GROUP_TITLE})|(?<=[a-z]\sMembers)\s+(?={_GROUP_TITLE})"
)
# A line of a list opening with a label of its own ('Co-opted Members: Mr A Roe', 'Absent: Cllr B Poe').
# '... Linda Lowe County Councillors: Jon Ray': a council's group label inside a run-on line opens a piece too.
_SUB_LABEL = re.compile(
    r"\n[ \t]*(?=[A-Z][\w'’-]*(?:[ \t-]+[A-Za-z][\w'’-]*){0,4}[ \t]*:\s)|(?:(?<=[a-z])|(?<=[A-Z]{2}))\s+(?=(?:Community|County|Town|Parish|Borough|District|City)\s+Councillors\s*:\s)"
    # '... and Kim Hale Penn & Ashby Borough Council: Lee Moss': the next council's label glued to a list's last name.
    r"|(?:(?<=[a-z])|(?<=[A-Z]{2}))\s+(?=[A-Z][\w'’-]+\s+(?:(?:and|&)\s+[A-Z][\w'’-]+\s+)?(?:(?:Borough|District|County|City|Town|Parish|Community)\s+)*(?:Council|Partnership|Authority|Trust)\s*:\s)"
    + "|" + _GROUP_AFTER_NAME
)
_ABSENT = re.compile(r"(?i)absent\b")
_COLON_POST = re.compile(r"^(?P<post>[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,4})\s*:\s+(?P<name>\S.*)$")


def colon_post(entry: str) -> tuple[str, str] | None:
    """(name, post) of a 'Post: Name' entry ('Ward Councillor: Jo Roe', 'Parish Clerk: Al Fry'), else None."""
    match = _COLON_POST.match(entry.strip())
    if match is None or _ABSENT.match(match["post"]) or looks_like_name(entry.strip()) or not looks_like_name(match["name"].strip(" .,;")):
        return None
    return match["name"].strip(" .,;"), match["post"]


def sub_labelled(part: str) -> list[str]:
    """``part`` cut before each of its lines that opens with a label ('Carl Ince\\nCo-opted Members: Mr A Roe'
    -> ['Carl Ince', 'Co-opted Members: Mr A Roe']), so a list's last name does not run into the next list;
    from an 'Absent:' line on, nothing."""
    pieces = [piece for piece in _SUB_LABEL.split(part) if piece.strip()]
    # Those listed as absent ('Absent: Cllr B Poe') are neither present nor apologies.
    absent = next((index for index, piece in enumerate(pieces) if index and _ABSENT.match(piece)), len(pieces))
    return pieces[:absent]


# The shapes of one line of an attendance list, for ``attendance._section_text``.
# Columns three or more spaces apart, or table cells parted by tabs or pipes ('Ann KERR | Rob LINDSAY |').
_COLUMN_GAP = re.compile(r"\s{3,}|\s*(?:\t|\|)\s*")
# An office-bearer's post printed before the name ('Chair Ann Lee', 'Treasurer Bob Roe', 'Clerk Mrs G Hay', 'Clerk G Hay': a clerk's only before an honorific or initials).
OFFICE_FIRST = re.compile(r"^(?P<post>(?:vice[-\s]?)?(?:chair(?:man|woman|person)?|convener)|secretary|sec|treasurer|(?:(?:parish|town|assistant|deputy)\s+)?clerk(?=\s+(?-i:Mrs?|Ms|Miss|Dr)\.?\s|\s+(?-i:(?:[A-Z]\.?\s+){1,2}[A-Z][a-z])))\s+(?=[A-Z][a-z]|(?-i:(?:[A-Z]\.?\s+){1,2}[A-Z][a-z]))", re.I)
# '... and the clerk A. Lowe and the assistant to the clerk Mrs B. Ray': a clerk's post before the name in a list.
# The post may be capitalised ('the Parish Clerk') and parted from the name by a comma or a dash ('the Clerk, Mrs A Lowe',
# 'the Clerk – Bob Ray').
THE_CLERK = re.compile(
    r"[Tt]he\s+(?P<post>(?:(?:assistant|deputy)\s+to\s+the\s+)?(?:(?i:acting|temporary|parish|town|assistant|deputy)\s+)*[Cc]lerk)"
    r"(?:,|\s*[-–—])?\s+(?=(?:Mrs?|Ms|Miss|Dr)\.?\s+[A-Z]|(?:[A-Z]\.?\s+){1,3}[A-Z](?:[a-z]|[A-Z]+\b)|(?-i:[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})\W*$)"
)
# A list parted at the clerk's comma: '... and the Clerk,' ends the text before the clerk's own entry ('Mrs A Lowe').
# (``attendance`` reads it only before an entry without a councillor's title: 'Cllr B Ray, the Clerk, Cllr C Sim' names
# the clerk's post alone in mid-list.)
CLERK_BEFORE = re.compile(
    r"\b[Tt]he\s+(?P<post>(?:(?i:acting|temporary|parish|town|assistant|deputy)\s+)*[Cc]lerk)\s*,\s*$"
)
# '..., Kerry Lowe (KL), the temporary clerk, was in attendance': the clerk's post after the name in a list.
CLERK_AFTER = re.compile(
    r"\s*+(?:\([A-Z]{2,4}\))?\s*+,?\s*+[Tt]he\s+(?P<post>(?:(?:acting|temporary|parish|town|assistant|deputy)\s+)*clerk)\b(?=\s*,|\s+(?:was|is)\s)"
)
# A group's own label on a line of a list ('Elected members: A, B', 'Co-opted: Mr C', 'Messrs: D, E', 'Councillors, Mr A',
# 'In attendance: Officers: Mr F - Clerk'): its names follow.
SUB_GROUP = re.compile(
    r"^\W*(?:[A-Z][\w'’-]*\s+(?:[a-z][\w'’-]*\s+)?){0,2}(?:[Mm]embers?|MEMBERS?|[Rr]epresentatives?|[Cc]o-?opted|CO-?OPTED|[Cc]o-?optees|[Oo]fficers|OFFICERS)"
    r"(?:\s*\([^()]*\))?\s*:\s*(?=\S)|^\W*(?=Messrs\.?\s*:?\s+[A-Z])|^\W*(?:Councillors|Members)\s*,\s*(?=(?:Mrs?|Ms|Miss|Dr|Cllr)\.?\s)"
)
# The same label alone on its line ('School members:', 'Substitutes:'): the group's names follow on the lines under it.
SUB_GROUP_LINE = re.compile(
    r"^\W*(?:[A-Za-z][\w'’-]*\s+){0,3}(?:members?|representatives?|co-?opted|co-?optees|substitutes|subs|messrs\.?)\s*:\s*$", re.I
)


def cells(text: str) -> list[str]:
    """The cells of a line laid out in columns (three or more spaces apart, or between pipes)."""
    return [cell for cell in _COLUMN_GAP.split(text.strip()) if cell]


def flows(value: str) -> bool:
    """A list value written as running text: separators, or names that follow one another without them."""
    separated = "," in value or ";" in value or bool(re.search(rf"\band\b|\s&\s|{INLINE_BULLET}", value))
    return separated or len(RUN_ON.findall(value)) > 1


def is_comma_list(text: str) -> bool:
    """A line listing several names: its first comma/'and' part is shaped like a name.

    Entries separated by semicolons may each carry a dashed role ('A Booth - Police; B Lowry - Trust').
    """
    if ";" in text:
        parts = [part for part in clean_markup(text).split(";") if part.strip()]
        return len(parts) > 1 and looks_like_name(entry_name(parts[0]))
    if len(ROLE_DASH.split(text, maxsplit=1)) > 1:
        return False
    parts = [part for part in split_list(clean_markup(text)) if part.strip()]
    # 'Councillors Cook and Davis': a plural title shares itself with the surnames after it.
    shared = bool(parts) and PLURAL_TITLE.match(parts[0].strip())
    return len(parts) > 1 and all(
        looks_like_name(entry_name(part)) or shared and re.fullmatch(r"[A-Z][\w'’-]+", entry_name(part)) for part in parts
    )


def titled_entry(text: str) -> bool:
    """'Councillor A Bell, Housing and Transport': a name with its title, then a post naming nobody."""
    name, comma, rest = text.strip(" |").partition(",")
    name = entry_name(name)
    titled = bool(split_honorifics(name)[0]) and looks_like_name(name)
    return bool(comma) and titled and not any(split_honorifics(part.strip())[0] for part in split_list(rest))


def office_line(text: str) -> bool:
    """'Treasurer Ivor Dunn': a one-word office printed before a full name on a list's line."""
    office = OFFICE_FIRST.match(" ".join(text.split()))
    rest = text.strip()[office.end() :].strip() if office else ""
    return bool(office) and " " in rest and looks_like_name(rest)


def own_name_line(previous: str, line: str) -> bool:
    """``line`` is one titled name ('Cllr B Ray') after a list line that ended without a separator."""
    ended = not re.search(r"(?:[,;&(]|\band)\s*$", previous)
    name = line.strip(" .")
    return ended and bool(split_honorifics(name)[0]) and looks_like_name(name)


def posted_sentences(first: Line, value_start: int, stop: re.Match, value_end: int) -> list[tuple[int, int, bool]]:
    """'In attendance: Town Clerk: A Lee. Ward Councillor: B Roe. 4 members of the public': after a first
    'Post: Name' sentence, each further sentence of that shape is one more entry."""
    pieces: list[tuple[int, int, bool]] = []
    if not colon_post(first.raw[value_start - first.start : stop.start()].strip()):
        return pieces
    begin, end = stop.end(), value_end - first.start
    while begin < end:
        following = SENTENCE_END.search(first.raw, begin, end)
        sentence = first.raw[begin : following.start() if following else end]
        if not colon_post(sentence.strip()):
            break
        lead = len(sentence) - len(sentence.lstrip())
        pieces.append((first.start + begin + lead, first.start + begin + len(sentence.rstrip()), False))
        begin = following.end() if following else end
    return pieces


# A group label closing a list's sentence ('..., D Lowe Esq., Elected Members.') is no name.
_GROUP_TAIL = re.compile(r",?\s*(?:[A-Z][a-z]+\s+)?(?:Members|Councillors)\s*$")


def continued_lists(first: Line, stop: re.Match, value_end: int) -> list[tuple[int, int, bool]]:
    """'Present: A Lowe Esq., Elected Members. Cllr B Ray, Cllr C Sim, Appointed Members. ...', '... A. Inglis. P. Drewery':
    after a list's first sentence, each further sentence that is names alone (two, or one ending the line), one titled
    or with initials, lists more."""
    pieces: list[tuple[int, int, bool]] = []
    begin, end = stop.end(), value_end - first.start
    while begin < end:
        following = SENTENCE_END.search(first.raw, begin, end)
        sentence = first.raw[begin : following.start() if following else end]
        body = _GROUP_TAIL.sub("", sentence.strip())
        names = [entry_name(part) for part in split_list(body) if part.strip()]
        if not names or not all(looks_like_name(name) for name in names):
            break
        # One name closed by its own full stop ('... Cllr B Ray. Mr Smith.') may be a sentence's subject: not taken.
        if not any(split_honorifics(name)[0] or re.match(r"[A-Z]\.\s?[A-Z]", name) for name in names) or len(names) == 1 and following:
            break
        lead = len(sentence) - len(sentence.lstrip())
        pieces.append((first.start + begin + lead, first.start + begin + lead + len(body), True))
        begin = following.end() if following else end
    return pieces


def post_column(text: str) -> str | None:
    """'Finance Officer<TAB>Mr Tom Fenn', 'Member | Cllr Cy Sim': the titled name in a post's column after a post cell."""
    parts = cells(text)
    if len(parts) != 2 or re.search(r"\d", parts[0]) or len(parts[0].split()) > 5 or looks_like_name(entry_name(parts[0])):
        return None
    name = entry_name(parts[1])
    return parts[1] if split_honorifics(name)[0] and looks_like_name(name) else None
