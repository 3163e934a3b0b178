"""What one line of a labelled attendance list is, read by ``attendance_lists.section_text`` as it walks the list: a
line opening a new sentence, a titled group's line, a name alone, one 'Name, post' entry (and whether the next line is
one), a heading opening a group inside the list, where a group's hard-wrapped paragraph ends.

Moved from ``attendance_lists`` (session 29). Part of the attendance extractor: a change here must bump
``attendance.VERSION``.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_entries import ORG_WORDS
from extractors.proceedings.attendance_labels import GROUP_HEADING, LIST_LABEL, PARTY_HEADING, PARTY_PREFIX
from extractors.proceedings.attendance_sentences import NAME_PATTERN as _NAME
from extractors.readers.name_lists import entry_name, singular_title, split_list
from extractors.readers.name_posts import ROLE_WORDS, name_and_body, name_and_role
from extractors.readers.name_runs import group_entries
from extractors.readers.names import PLURAL_TITLE, ROLE_DASH, looks_like_name, split_honorifics
from extractors.readers.spans import Line, clean_markup

# 'and later in the meeting Cllr A Lowe', 'Eastvale North Ward Councillor Mr A Lowe': words before an entry's title are no name.
BEFORE_TITLE = re.compile(
    r"^(?:(?:and\s+)?later(?:\s+in\s+the\s+meeting)?[,:]?\s+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b)"
    r"|(?:[A-Z][\w'’-]+\s+){1,4}(?=(?:Ward|Division|Divisional|County|District|Borough|Unitary)\s+(?:Councillor|Cllr)\b\.?\s+[A-Z]))"
)
# 'Town Mayor Cllr A Lowe', 'The Right Worshipful The Mayor Councillor A Lowe': a civic post printed before a titled name is its role.
CIVIC_BEFORE_TITLE = re.compile(
    r"^(?:(?:The\s+)?Right\s+Worshipful\s+)?(?:[Tt]he\s+)?(?:(?:Deputy|Town|City|Lord|Civic)\s+)*(?:Mayor|Provost|Chair(?:man)?)\s+"
    r"(?=(?:Cllr|Councillor|Alderman|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z])"
)
# A parish's minute reference numbers it too ('24/031 Declarations of interest', 'C048/23 APOLOGIES').
ITEM_HEADING = re.compile(
    r"^\s*(?:\d{1,3}[.)]?|[A-Z]{0,3}\d{1,4}(?:[./-]\d{1,4}){1,2}[.):]?)\s+"
    r"(?!(?i:members?|parishioners|residents|people|others|public|press|visitors)\b)(?:[A-Z][a-z]+|[A-Z]{3,}\b)"
)
# '42. DECLARATIONS OF INTEREST': a numbered heading in capitals, the next item's, where no blank line ends a paragraph.
CAPS_ITEM_HEADING = re.compile(r"^\s*\d{1,3}[.)]?\s+[A-Z][A-Z'’&,/-]+(?:\s+[A-Z'’&,/()-]+)*\s*$")
OWN_LINE = re.compile(rf"\W*+{_NAME}\s*+\([^()]+\)\W*")  # a name starts with a letter: possessive, the same matches


# 'The Chairman, Councillor A Lowe, welcomed ...': a post, the name in commas, then the sentence's verb.
_POST_NAME_VERB = re.compile(rf"^\W*The\s+(?:[A-Z][\w-]*\s+){{0,3}}?[A-Z][\w-]*,\s+{_NAME},\s+[a-z]")


def new_sentence(previous: str, line: str) -> bool:
    """``line`` opens a sentence about someone ('Cllr X opened the meeting', 'The Chair, Cllr X, welcomed ...') or is one
    'Name (Post)' entry ('A Roe (Town Clerk)') after a list line that ended."""
    ended = not re.search(r"(?:[,;&(]|\band)\s*$", previous)
    opens = re.match(rf"^\W*{_NAME}\s+(?!(?:and|of|for)\b)[a-z]", line) or _POST_NAME_VERB.match(line)
    return ended and bool(opens or OWN_LINE.fullmatch(line))




def one_titled_name(text: str) -> bool:
    """'Councillors B Ray': a plural title before one name, no separator after it."""
    shared = PLURAL_TITLE.match(text.strip())
    return bool(shared) and len(split_list(text[shared.end() :])) == 1 and not re.search(r"(?:[,;&(]|\band)\s*$", text)


def bare_name_line(text: str) -> bool:
    """A name alone on its line, untitled, with no separator ('C Dunn')."""
    name = text.strip()
    return not re.search(r"[,;&()]|\band\b", name) and not split_honorifics(name)[0] and len(name.split()) <= 4 and looks_like_name(name)


def untitled(part: str) -> str:
    """A list's part without the words before its title ('Chairman Councillor A Lowe': the name's own post)."""
    return CIVIC_BEFORE_TITLE.sub("", BEFORE_TITLE.sub("", part))


def group_line(text: str) -> bool:
    """A list line of its own group, titled: 'Aldermen A Lowe, B Ray and C Sim' (every part a name under the shared
    plural) or 'The Right Worshipful The Mayor Councillor D Poe' (a civic post before a titled name)."""
    text = clean_markup(text).strip().rstrip(".")
    if re.search(r"[:|\t]", text):
        return False
    civic = CIVIC_BEFORE_TITLE.match(text)
    if civic and re.search(r"Mayor|Provost", civic.group(0)):
        return looks_like_name(entry_name(text[civic.end() :]))
    shared = PLURAL_TITLE.match(text)
    parts = split_list(text[shared.end() :]) if shared else []
    title = singular_title(shared["title"]) if shared else ""
    return bool(parts) and all(looks_like_name(entry_name(f"{title} {part.strip()}")) for part in parts)


def titled_next(region: list[Line], position: int) -> bool:
    """The next line with text opens with a titled name ('Councillor A Lowe, Leader;', 'Councillors B Ray and C Sim')."""
    following = next_text(region, position)
    first = (split_list(following) or [""])[0].strip()
    return bool(split_honorifics(first)[0] or PLURAL_TITLE.match(first)) and looks_like_name(entry_name(first))


def opens_group(text: str) -> bool:
    """``text`` opens a group inside a list, so a blank line before it ends no list: a heading naming the body its
    members sit for ('Representing Eastby Council:', ``GROUP_HEADING``) or their political group ('Conservative Group',
    ``PARTY_HEADING``), or a political group's line of names ('Labour: Councillors A and B', ``PARTY_PREFIX``)."""
    return bool(GROUP_HEADING.match(text) or PARTY_HEADING.match(text) or PARTY_PREFIX.match(text))


def next_text(region: list[Line], position: int) -> str:
    """The text of the first line with text after ``region[position]``."""
    return next((line.text for line in region[position + 1 :] if not line.is_blank), "")


def paragraph_end(region: list[Line], first: Line) -> int:
    """Where the group paragraph opening at ``first`` ends: its hard-wrapped lines run on to a blank line, a label,
    the next group's paragraph ('Deputy Portfolio Holders Councillor A, Housing and' / 'Transport Councillor B, ...')
    or a numbered item heading ('42. DECLARATIONS OF INTEREST')."""
    end = first.end
    for line in region[region.index(first) + 1 :]:
        if line.is_blank or line.is_page_footer or LIST_LABEL.match(line.text) or group_entries(line.text):
            break
        if ITEM_HEADING.match(line.text) or CAPS_ITEM_HEADING.match(line.text):
            break
        end = line.end
    return end


# An organisation's initials after a name's comma ('Ann Lee, WREC').
_INITIALS = re.compile(r"[A-Z]{2,6}")


def name_then_post(text: str) -> bool | None:
    """None unless ``text`` is one name, a comma and words naming no titled person, with no separator after them
    ('Ann Lee, Westby Community Council'); then whether those words hold a post's or a body's word or initials
    ('Ann Lee, WREC' does; 'Ann Lee, Bob Roe' and 'Ann LEE, Bob ROE' may be two names, 'Ann Lee, Bob Roe, Cara Day' are)."""
    line = clean_markup(text).strip()
    head, comma, rest = line.partition(",")
    if not comma or re.search(r"(?:[,;&]|\band)\s*$", line) or PLURAL_TITLE.match(head.strip()):
        return None
    parts = [part.strip() for part in split_list(rest) if part.strip()]
    if not parts or not looks_like_name(entry_name(head)) or any(split_honorifics(part)[0] for part in parts):
        return None
    named = [part for part in parts if looks_like_name(entry_name(part))]
    if named:
        # 'Ann Lee, Bob Roe (Westby Council), Cara Day': names after the comma make a list, one may be a post.
        return None if len(parts) > 1 else False
    words = set(re.findall(r"[a-z]+", re.sub(r"\([^()]*\)", "", rest).lower()))
    return bool(words & (ROLE_WORDS | ORG_WORDS)) or any(_INITIALS.fullmatch(part) for part in parts)


def one_name_a_line(line: str, region: list[Line], index: int) -> bool:
    """``line`` (on ``region[index]`` or after its label) opens a list of one 'Name, post' a line: it and the next
    line with text are each one name and what follows its comma, and one of them is a post or body ('Ann Lee, WREC' /
    'Bo Roe, Dog Warden'), so the line break, not the comma, parts the entries."""
    following = next((other.text for other in region[index + 1 :] if not other.is_blank), None)
    shapes = (name_then_post(line), name_then_post(following) if following is not None else None)
    return None not in shapes and any(shapes)


# 'Ann Lee, Manager Parks & Open Spaces (Place & Roads)': an '&' joining two services inside a post, and a bracket.
_SERVICE_JOIN = re.compile(r"\([^()]*\)|[ \t]*&[ \t]*[A-Z][^,&()]*")


def joined_post(text: str) -> bool:
    """``text`` is one name and a post that an '&' inside it, or in its bracket, would split into a second name."""
    name, comma, post = text.partition(",")
    return bool(comma) and "&" in post and name_and_role(name + comma + _SERVICE_JOIN.sub("", post))


def entry_line(text: str) -> bool:
    """``text`` is one entry with its post or body ('Councillor A Lee – Westby Council', 'Ann Lee, Westby Community Council')."""
    text = text.strip()
    dashed = ROLE_DASH.split(text, maxsplit=1)
    posted = len(dashed) == 2 and "," not in dashed[0] and looks_like_name(dashed[0]) and not looks_like_name(dashed[1])
    return posted or name_and_role(text) or name_and_body(text)


def entry_below(region: list[Line], index: int) -> bool:
    """The next line with text after ``region[index]`` is one entry with its post or body (``entry_line``)."""
    return entry_line(next((line.text for line in region[index + 1 :] if not line.is_blank), ""))
