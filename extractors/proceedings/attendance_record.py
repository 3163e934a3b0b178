"""One attendance entry's record (``attendee``): the name as printed with its title, its post or role, the chair,
and the attendance a status printed as its post gives. An entry's text is cut from a list, a table row or a sentence by
the readers of ``extractors.proceedings.attendance`` and its helpers, which call this for each.

- A plural title shared from the list ('Councillors A, B and C') or the first name's title ('Councillor A (Chair) B')
  names the entry; a name running into its sentence ('Councillor A who ...') is cut to its name-shaped words.
- A post after a dash, a comma or in brackets is the role ('Ann Lee – Clerk', 'Fay Moss, Dog Warden', 'B Ray (Chair)');
  a post printed before the name ('Clerk – Mrs A Lee', 'The Mayor (Councillor A Lee)', 'In the Chair A.Lowe') too.
- Minute-takers' initials ('J Green (JG)') are neither name nor role; a Welsh title beside the English one is dropped.
- An apology for leaving early or arriving late ('... B Ray who left after item 9') records nobody.
- A status printed as the post ('– Apologies', '(Absent)') gives the attendance, or none; an organisation's name or a
  post alone is no person.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_entries import ORG_WORDS as _ORG_WORDS
from extractors.proceedings.attendance_list_lines import BEFORE_TITLE as _BEFORE_TITLE, CIVIC_BEFORE_TITLE as _CIVIC_BEFORE_TITLE, name_then_post
from extractors.proceedings.post_then_name import (
    OFFICE_FIRST as _OFFICE_FIRST, THE_CLERK as _THE_CLERK, CLERK_BEFORE as _CLERK_BEFORE, CLERK_AFTER as _CLERK_AFTER, colon_post,
)
from extractors.readers.name_lists import singular_title
from extractors.readers.name_posts import ROLE_WORDS, initials_of, initials_split, name_and_body, name_and_role
from extractors.readers.names import _PARTICLE, PLURAL_TITLE, ROLE_DASH, TRAILING_DEGREE, looks_like_name, name_prefix, person_key, split_honorifics
from extractors.readers.shared_titles import courtesy_under
from extractors.readers.spans import clean_markup, provenance
from schemas.structure import Attendance, AttendeeRecord, ChairRole

_NO_ONE = re.compile(r"^\W*(?:none|nil|no\s+apologies|there\s+were\s+no)\b", re.I)
CHAIR = re.compile(r"^\s*(?:in\s+the\s+)?(?P<vice>vice[-\s]?|deputy\s+)?chair(?:man|woman|person)?\b", re.I)
# A status printed as an entry's post ('Cllr A Lowe – Apologies', 'B Ray (Absent)'): it gives the attendance, or none.
_STATUS_POST = re.compile(
    r"(?P<present>present|attended)|(?P<apologies>apologies(?:\s+(?:received|sent|given))?|sent\s+apologies)"
    r"|(?P<in_attendance>in\s+attendance)|(?P<absent>absent|not\s+present|did\s+not\s+attend)",
    re.I,
)
_ROLE_WORDS = ROLE_WORDS
_LEFT_OR_LATE = re.compile(
    r"\bwho\s+(?:(?:had\s+to|would|will)\s+(?:leave\s+(?:early|the\s+meeting|after|before|at|during)|be\s+late|arrive\s+late)"
    # ... the meeting's leaving, not another ('who left the area').
    r"|left\s+(?:early|the\s+meeting|after|before|at|during)|arrived\s+late|was\s+late|would\s+be\s+leaving\s+(?:early|at|after))\b"
)
_POST_BEFORE = re.compile(
    r"(?:(?:His|Her)\s+Worship\s+)?(?:[Tt]he\s+)?(?:(?:Lord|Deputy|Town|City|Civic)\s+)?(?:Mayor|Provost|Convener|Chair(?:man|woman)?)"
    r"|(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+){0,4}(?:Commissioner|Constable|Officer|Executive|Director|Clerk|Treasurer|Manager|Solicitor|Secretary)(?:\s+of(?:\s+(?:and|[A-Z][a-z]+)){1,4})?"
)
_ORG_SHORT = frozenset("bid nhs ccg icb ltd plc cic llp".split())
# A bilingual title printed with its Welsh form ('Cynghorydd / Councillor A Lowe'): the name keeps the English title.
_WELSH_TITLE = re.compile(r"^(?:Cynghorydd|Cyng\.?)\s*/\s*(?=Councillor|Cllr)|(?<=^Councillor)\s*/\s*Cynghorydd\b|(?<=^Cllr)\s*/\s*Cyng\b\.?")
# 'Ann Lowe-Chairman (AL)': a chair's or clerk's post joined to the surname by a bare hyphen (not 'Ann Lowe-Hale').
_GLUED_POST = re.compile(r"(?<=[a-z])-(?=(?:(?:Vice|Deputy)[ -]?)?(?:Chair(?:man|woman|person)?|Clerk|Mayor)\b(?:\s*\([A-Z]{2,4}\))?\s*$)")
_CHAIR_FIRST = re.compile(r"^[Ii]n\s+the\s+[Cc]hair:?\s+(?=[A-Z])")
# 'Councillors A and B and C, Youth MP': a youth post after its holder's comma is no person.
_YOUTH_POST = re.compile(r"(?:[Tt]he\s+)?(?:Deputy\s+)?(?:Youth|Young)\s+(?:MPs?|Mayors?|Members?(?:\s+of\s+Parliament)?|Councillors?|Representatives?)\.?")
_YOUTH_AFTER = re.compile(rf"[ \t]*,[ \t]*(?P<post>{_YOUTH_POST.pattern})(?=[ \t]*(?:[.;,]|\band\b|$))", re.M)
# 'Jo Roe, Health and Wellbeing Manager': a lone word the list parted at the 'and' of a post closed by a post word.
_POST_AFTER_AND = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,3}(?P<word>[A-Za-z-]+)\b")
# 'Representing Eastby District Council' under a plural title: a group's sub-heading, no person.
_SUB_HEADING = re.compile(r"(?:Representing|Attending|Observing|Substituting|Deputi[sz]ing|On\s+behalf\s+of)\s+(?:the\s+)?[A-Z]")


def attendee(
    document, text, start, end, attendance: Attendance, hint: tuple = ("", ""), trim: bool = True
) -> AttendeeRecord | None:
    """The entry at ``text[start:end]``, named as printed with its title.

    ``hint`` is (the title a plural 'Councillors A, B and C' shares, the title of a list's first name
    that a lone surname after it shares: 'Councillor A (Chair) B (Spokesperson)'[, the plural also heads a
    courtesy-titled name: 'Councillors A, Mrs B']). A name that runs
    into the sentence ('Councillor A who was ...') is cut to its name-shaped words.
    """
    from extractors.proceedings.attendance import NAME, VERSION

    printed = " ".join(clean_markup(text[start:end]).split())
    if _NO_ONE.match(printed) or _SUB_HEADING.match(printed) or _YOUTH_POST.fullmatch(printed):
        return None
    # 'Apologies were received from ... Councillor B who left after item 9': an apology for leaving early or coming late.
    if attendance == "apologies" and _LEFT_OR_LATE.search(printed):
        return None
    if " " not in printed and (post := _POST_AFTER_AND.match(text, end)) and post["word"].lower() in _ROLE_WORDS:
        return None
    # 'Councillors Lo' ending a cut page: a plural title promises more names, so the list (and the name) ran on past the cut.
    if not text[end:].strip() and re.search(r"[A-Za-z]$", text[:end].rstrip()) and PLURAL_TITLE.match(printed):
        return None
    if clerk := _THE_CLERK.match(text, start + len(text[start:end]) - len(text[start:end].lstrip()), end):
        record = attendee(document, text, clerk.end(), end, "in_attendance", trim=trim)
        return record.model_copy(update={"role": record.role or clerk["post"]}) if record else None
    # '... Cllr B Ray and the Clerk, Mrs C Sim': the list was parted at the clerk's comma, her post left before her entry
    # (a councillor's entry there is a member's, the clerk's post standing alone).
    councillor = re.match(r"(?:Cllr|Councillor)\b", printed)
    if attendance == "present" and not councillor and (clerk := _CLERK_BEFORE.search(text, max(0, start - 40), start)):
        record = attendee(document, text, start, end, "in_attendance", trim=trim)
        return record.model_copy(update={"role": record.role or clerk["post"]}) if record else None
    # 'Kerry Lowe (KL), the temporary clerk, was in attendance' in a members' list: no member's title, in attendance.
    after = _CLERK_AFTER.match(text, end) if attendance != "apologies" and not councillor else None
    # 'Councillors A and B and C, Youth MP': C holds the youth post, not the councillors' title.
    youth = _YOUTH_AFTER.match(text, end)
    hint = ("", "") if after or youth else hint
    printed = TRAILING_DEGREE.sub("", _BEFORE_TITLE.sub("", printed))
    name, role = _WELSH_TITLE.sub("", printed), None
    dashed = ROLE_DASH.split(printed, maxsplit=1)
    if len(dashed) == 1 and (glued := _GLUED_POST.search(printed)):
        # The minute-taker's initials after the post ('Chairman (AL)') are dropped, as after a name.
        dashed = [printed[: glued.start()], re.sub(r"\s*\([A-Z]{2,4}\)\s*$", "", printed[glued.end() :])]
    # 'Ann Lee, County Secretary and Solicitor - Elmshire County Council': the post after the comma runs past the dash.
    head, comma, post = dashed[0].partition(",")
    if comma and looks_like_name(head.strip()) and set(re.findall(r"[a-z]+", post.lower())) & set(_ROLE_WORDS):
        dashed = dashed[:1]
    if len(dashed) == 2:
        name, role = dashed[0], dashed[1].strip() or None
        if re.match(r"(?i)the\s", name) and role and looks_like_name(role):
            name, role = role, name[4:].strip()
        # 'Clerk – Mrs A Lee', 'RFO – Mr B Roe', 'Vice Chairman – Cllr C Sim': the post printed before the titled name.
        elif role and split_honorifics(role)[0] and looks_like_name(role) and not split_honorifics(name)[0] and (
            re.fullmatch(r"[A-Z]{2,5}", name) or set(re.findall(r"[a-z]+", name.lower())) & set(_ROLE_WORDS)
            or CHAIR.fullmatch(name.strip())
        ):
            name, role = role, name
    bracket = re.search(r"\(([^)]*)\)?\s*$", name)
    if bracket:
        name, role = name[: bracket.start()].strip(), bracket.group(1).strip() or None
        # 'The Mayor (Councillor A Lee)', 'Chief Constable (Ben Roe)': the post printed before the name in brackets.
        # ... not a body in the brackets ('the Centre Manager (Eastby BID)').
        body = set(role.lower().split()) & (_ORG_WORDS | _ORG_SHORT) if role else True
        if role and not body and looks_like_name(role) and not looks_like_name(name) and _POST_BEFORE.fullmatch(name):
            name, role = role, re.sub(r"^(?:(?:His|Her)\s+Worship\s+)?[Tt]he\s+", "", name)
    # 'Ann Lowe (Chair) (Elmbrook Homes)': a second bracket before the last gives the post nearer the name.
    inner = re.search(r"\s*\(([^()]+)\)$", name) if bracket else None
    if inner and looks_like_name(name[: inner.start()]):
        name, role = name[: inner.start()].strip(), inner.group(1).strip()
    # Minute-takers' initials after a name ('J Green (JG)', 'A Lee (AL)(Chair)') are neither name nor role.
    initials = re.search(r"\s*\(([A-Z]{2}[A-Za-z]{0,2})\)\s*$", name)
    if initials and initials_of(name[: initials.start()], initials.group(1)):
        name = name[: initials.start()]
    if role and initials_of(name, role):
        role = None
    # 'Present: In the Chair A.Lowe, B.Ray': the list's first name printed after the words of its post.
    if (chaired := _CHAIR_FIRST.match(name)) and looks_like_name(name[chaired.end() :]):
        name, role = name[chaired.end() :], role or "Chair"
    # 'Chair Ann Lee (AL), Sec Bob Roe': a community council's office-bearer's post printed before the name.
    office = _OFFICE_FIRST.match(name)
    if office and looks_like_name(name[office.end() :].strip()) and " " in name[office.end() :].strip():
        name, role = name[office.end() :].strip(), role or office["post"]
    # 'Ann Lee AL Clinical Chair' / 'Ann Lee (AL) Clinical Chair': the minute-taker's initials part name and post.
    split = initials_split(re.sub(r"\(([A-Z]{2}[A-Za-z]{0,2})\)", r"\1", name))
    if split:
        name, role = split[0], role or split[1] or None
    name = re.sub(r"(?<=\bEsq)\.$", "", name.strip(" ,"))
    head, comma, post = name.partition(",")
    # 'Jo Roe, Ward Councillor': a post that is a title alone, with no name after it, is a post too.
    title_post = split_honorifics(f"{post.strip()} X")[1] == "X" and not re.fullmatch(r"(?:Mrs?|Ms|Miss|Mx|Dr)\.?", post.strip())
    # 'Ian West, Speedwatch Co-ordinator (CSW)': a hyphened post word is one word.
    post_words = set(re.findall(r"[a-z]+(?:-[a-z]+)?", post.lower()) + re.findall(r"[a-z]+", post.lower()))
    posted = comma and looks_like_name(head) and (post_words & set(_ROLE_WORDS) or title_post)
    # 'Fay Moss, Dog Warden' as one entry of a list of one name and its post a line: the words after the comma are its post
    # ('Fay Moss, Director (Housing)': the bracket closes the post).
    if (role is None or bracket and posted) and (name_and_role(name) or posted or name_and_body(name) or name_then_post(name) is not None):
        name, role = head.strip(), post.strip() + (f" ({role})" if role else "")
    # 'Councillors: Mrs C Ray': a plural title before the colon is the names' title, never a post.
    if role is None and not PLURAL_TITLE.match(name) and (posted_name := colon_post(name)):
        name, role = posted_name
    civic = _CIVIC_BEFORE_TITLE.match(name)
    if civic:
        name, role = name[civic.end() :], role or civic.group(0).strip()
    plural_title = PLURAL_TITLE.match(name)
    if plural_title:
        name = f"{singular_title(plural_title['title'])} {name[plural_title.end():]}"
    elif hint[2:3] == (True,) and courtesy_under(hint[0], name, ""):
        name = f"{hint[0]} {name}"
    elif not split_honorifics(name)[0] and (name[:1].isupper() or re.match(rf"{_PARTICLE}\s+[A-Z]", name)):
        plural, singular = hint[:2]
        if plural and name.lower() not in _ROLE_WORDS:
            name = f"{plural} {name}"
        elif singular and " " not in name and looks_like_name(f"{singular} {name}"):
            name = f"{singular} {name}"
    # 'Also: Mrs A Lowe, Deputy Clerk': a post alone after a comma names nobody.
    if re.fullmatch(r"(?:(?:[Tt]he|Assistant|Parish|Town)\s+)?(?:[A-Z][a-z-]+\s+)?[A-Z][a-z-]+", name) and set(
        re.findall(r"[a-z-]+", name.lower())
    ) <= set(_ROLE_WORDS) | {"the", "assistant", "parish", "town"}:
        return None
    if not looks_like_name(name):
        prefix = name_prefix(name) if trim else ""
        if not prefix:
            return None
        rest = name[len(prefix) :].strip(" ,")
        name = prefix
        if role is None and rest[:1].isupper() and len(rest) <= 80 and set(re.findall(r"[a-z]+", rest.lower())) & set(_ROLE_WORDS):
            role = rest
    # 'Stanningley Forum', 'Neighbourhood Policing': a fragment of a post or an organisation's name is no person.
    if set(re.findall(r"[a-z]+", split_honorifics(name)[1].lower())) & _ORG_WORDS:
        return None
    attendance, role = ("in_attendance", role or after["post"]) if after else (attendance, role)
    role = role or (youth["post"] if youth else None)
    status = _STATUS_POST.fullmatch((role or "").strip(" ."))
    if status and status["absent"]:
        return None
    if status:
        attendance, role = next(k for k in ("present", "apologies", "in_attendance") if status[k]), None
    chair_match = CHAIR.match(role or "")
    chair: ChairRole | None = None
    if chair_match:
        chair = "Vice-Chair" if chair_match["vice"] else "Chair"
    return AttendeeRecord(
        name=name,
        person_key=person_key(name),
        role=role,
        chair=chair,
        attendance=attendance,
        provenance=provenance(document, text, start, end, NAME, VERSION),
    )
