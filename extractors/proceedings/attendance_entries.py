"""The entries of one attendance list: where each name starts and ends in the text
(``extractors.proceedings.attendance`` finds the lists and decides their kind)."""

from __future__ import annotations

import re

from extractors.proceedings.attendance_sentences import NAME_PATTERN, SENTENCE_END, TYPED_STOP
from extractors.proceedings.post_then_name import OFFICE_FIRST, THE_CLERK, cells as _cells, post_column, post_run_parts, post_then_name, sub_labelled
from extractors.readers.furniture import furniture_between
from extractors.readers.name_runs import bare_name_pairs, group_entries, run_on_parts
from extractors.readers.runon_bare import split_bare_runs
from extractors.readers.name_lists import entry_name, split_list
from extractors.readers.name_posts import LEAD_IN, post_entries
from extractors.readers.names import BULLET, PLURAL_TITLE, ROLE_DASH, split_honorifics, looks_like_name

# A column beside the names giving each one's ward, party, group or council.
_AFFILIATION = re.compile(r"\b(?:Ward|Party|Division|Group|Council|Authority|Parish|Independents?)\s*$", re.I)
# A new clause after a semicolon ('...; and for lateness from ...') ends a list.
_CLAUSE = re.compile(r";\s*(?:and\s+(?=[a-z])|(?!and\b)(?=[a-z]))")
# 'Members of public: A, B': the public named under their own label are not attendees; the list before ends there.
# '... Ann Lee (Press) plus three Members of the public': the count after 'plus' names nobody.
_PLUS_OTHERS = re.compile(r"\s+plus\s+(?:\w+\s+)?(?:members?|others?|residents?)\b", re.I)
# '... from A (post) with B (post) attending as their representative': B is in attendance; the list ends before 'with'.
# '... &D. Hale (Clerk) 5 parishioners were present': a count of the public after the names ends the list, with the 'and'
# before it ('D. Hale (Clerk) and two members of the public'); a count opening the list, after a table's cell bar
# ('| 3 Members of the Public and District Councillor A Lowe |'), ends nothing.
COUNTED = re.compile(
    r"(?<![|\s])(?:\s+(?:and|&|plus))?\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|no)\s+(?:parishioners|residents|villagers|electors"
    r"|members\s+of\s+the\s+(?:public|press))\b",
    re.I,
)
# 'A Lowe(Vice Chairman) Messrs. B Ray', 'B Ray &C Sim': a plural 'Messrs.' after a bracket, or an '&' glued to
# the next name, starts a new entry.
_GLUED = re.compile(r"(?<=\))\s*(?=Messrs\b)|\s*&(?=[A-Z])")
# Words of an organisation's or a post's name, never of a person's: a list part holding one ('Stanningley Forum', glued
# to the post before it: 'Co-opteeBramley & Stanningley Forum') is a fragment of an entry's post.
ORG_WORDS = frozenset(
    """
    forum policing neighbourhood association society constabulary agency network federation alliance directorate
    department foundation housing community commission trust club college university centre school team service
    services council partnership committee board panel group unit authority police office governance resources
    regeneration operations transformation commissioning safeguarding communications standards
    """.split()
)
# '... T. Lowe          Parishioners: 2': a second label across a wide gap on the list's line ends the list.
_NEXT_COLUMN = re.compile(r"[ \t]{3,}(?=[A-Z][A-Za-z ]{1,30}:)")
# '... S Flather, C Margetts 1 1 APOLOGIES FOR ABSENCE': the next item's number and heading in capitals run on after the
# last name of a flattened page end the list (a name in capitals follows a title, never a number).
_NEXT_ITEM = re.compile(r"\s+\d{1,3}\.?(?:\s+\d{1,3}\.?)?\s+(?=[A-Z]{4,}(?:\s+(?:[A-Z&]{2,}|OF|FOR))*\s*$)")
# '... Ann Lee, Committee Officer (Clerk) PU12 APOLOGIES AND SUBSTITUTIONS Apologies ...' (run on): a minute reference and
# its heading in capitals after the list's last name end the list.
# The heading's capitals end before a word in small letters or the text's end ('Flat 3 ROSE COURT, Mr ...' is no heading).
_NEXT_MINUTE = re.compile(r"\s+[A-Z]{0,4}\d{1,4}\.?\s+(?=[A-Z]{4,}(?:\s+(?:[A-Z&]{2,}|OF|FOR))+(?:\s+[A-Z]?[a-z]|\s*$))")
_ORG_INITIALS = re.compile(r"[A-Z]{2,6}\s+(?=[A-Z][a-z])")
# 'Eastby Health and Care Trust Mr Bob Roe, Director' / 'Eastby Fire Service (EFS) Mr. A Lowe': the organisation that sent
# the people after it, its last word an organisation's (or its initials in brackets) straight before a title.
_ORG_BEFORE_TITLE = re.compile(r"(?:\b(?P<word>[A-Z][a-z]+)|\([A-Z]{2,8}\))\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z])")
# A titled person before the bracket makes it a post's initials ('Mrs Jo Kerr (CE) Mr Ken Bell'), not an organisation.
_TITLE_WORD = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\b\.?\s")
_SUBSTITUTED = re.compile(r"\s+who\s+(?:was|were)\s+substituted\s+by\s")
# '... Head of Planning and, on item 4, Bob Roe, Planner': an aside naming the items someone attended for, no entry.
_ITEM_ASIDE = re.compile(r"(?:on|for|during)\s+(?:agenda\s+)?items?\s+\d[\w./]*", re.I)
# An honour printed after a comma ('B Ray, OBE'): part of the name before it, no entry of its own.
HONOUR = re.compile(r"(?:[CKDGMO]BE|BEM|JP|DL|QPM|KC|QC)")
_HONOUR_LEAD = re.compile(rf"^[ \t]*{HONOUR.pattern}\.?(?=[ \t\n|]+[A-Z])")
REPRESENTED = re.compile(rf"\s+with\s+(?P<name>{NAME_PATTERN})\s*(?:\([^()]*\))?\s+attending\s+as\s+(?:his|her|their)\s+representative\b")


def list_entries(text: str, pieces: list[tuple[int, int, bool | None]], run_on: bool = True) -> list[tuple[int, int]]:
    """(start, end) of each list entry, leading/trailing punctuation trimmed.

    Consecutive comma-separated pieces are one list (a name may wrap across their lines); with
    ``run_on``, names printed one after another without separators are split too.
    """
    chunks: list[tuple[int, int, bool | None]] = []
    for start, end, comma in pieces:
        # A group's own label between two lists ('... and Sim\nCo-opted: Mr A'), or a full stop, keeps them apart.
        gap = text[chunks[-1][1] : start] if chunks else ""
        # A line opening with its own plural title ('Aldermen A and B' / 'Councillors C, D') is a list of its own.
        titled = PLURAL_TITLE.match(text[start:end].lstrip())
        own_title = titled and "\n" in gap and text[start:end].lstrip()[titled.end() :].strip()
        # A page's footer or header between them ends the first piece where its page does, for its names' spans to
        # hold none of it (``furniture``).
        apart = bool(gap) and furniture_between(text, chunks[-1][1], start)
        # Words between them are a line the list reader stepped over ('LABOUR GROUP (2)' between two groups' names):
        # no name wraps across it.
        worded = bool(re.search(r"[A-Za-z]", gap))
        if comma and chunks and chunks[-1][2] is True and ":" not in gap and not gap.lstrip().startswith(".") and not own_title and not apart and not worded:
            chunks[-1] = (chunks[-1][0], end, True)
        else:
            chunks.append((start, end, comma))
    spans: list[tuple[int, int]] = []
    for piece_start, piece_end, comma_mode in chunks:
        chunk = text[piece_start:piece_end]
        if comma_mode is None:
            spans += [(piece_start + s, piece_start + e) for s, e in group_entries(chunk)]
            continue
        if not comma_mode:
            cells = _cells(chunk)
            # 'Cllr Ann Lowe | North Ward', 'Cllr Bob Ray   Green Party': a column of wards, parties or councils names nobody.
            names = len(cells) > 1 and all(looks_like_name(entry_name(cell)) and not _AFFILIATION.search(cell) for cell in cells)
            names = names and len({bool(split_honorifics(entry_name(cell))[0]) for cell in cells}) == 1
            # 'Chair<TAB>Cllr Ann Lowe': an office's column before the name keeps them together (the entry reads its post).
            office = len(cells) == 2 and OFFICE_FIRST.match(f"{cells[0]} {cells[1]}") and looks_like_name(entry_name(cells[1]))
            parts = cells if names else [chunk.strip()] if office else [post_column(chunk) or cells[0]] if cells else []
            parts = [cut for part in parts for cut in sub_labelled(part)]
        else:
            found = (SENTENCE_END.search(chunk), _CLAUSE.search(chunk), REPRESENTED.search(chunk), _PLUS_OTHERS.search(chunk), COUNTED.search(chunk), _NEXT_COLUMN.search(chunk), _NEXT_ITEM.search(chunk), _NEXT_MINUTE.search(chunk))
            cuts = [m.start() for m in found if m]
            chunk = chunk[: min(cuts)] if cuts else chunk
            chunk = TYPED_STOP.sub(";", slash_list(chunk))
            parts = [cut for part in post_entries(chunk) or post_run_parts(chunk) or split_list(chunk) for cut in sub_labelled(part)]
            parts = [glued for part in parts for glued in _GLUED.split(part) if not _ITEM_ASIDE.fullmatch(part.strip())]
            # 'A Lowe who was substituted by B Ray': the substitute is read by ``attendance_table``; the entry is A's name.
            parts = [_SUBSTITUTED.split(part)[0] for part in parts if not HONOUR.fullmatch(part.strip(" .,"))]
            # 'Ann Lowe, JP Bob Ray Cy Sim': an honour the comma parted from its name opens the next piece, no name of it.
            parts = [_after_honour(part) for part in parts]
            parts = [_after_org(part) for part in parts]
        offset = piece_start
        for index, part in enumerate(parts):
            position = text.find(part, offset, piece_end) if part else offset
            position = offset if position == -1 else position
            offset = position + len(part)
            # 'the assistant to the clerk Mrs A Lowe' is one entry, its post before the name.
            whole = not run_on or THE_CLERK.match(part.strip())
            for shift, piece in [(0, part)] if whole else (_pairs(part) or post_then_name(part) or split_bare_runs(run_on_parts(part), _pairs)):
                stripped = BULLET.sub("", piece)
                lead = len(piece) - len(stripped)
                inner = stripped.strip(" \t\n.*_|")
                inner = inner[len(m.group(0)) :] if (m := LEAD_IN.match(inner)) else inner
                # 'Ann Lee, Chief Executive, EPA Bob Roe, Head of Policy': the organisation's initials closing the post before.
                after_post = index and not looks_like_name(entry_name(parts[index - 1]))
                if comma_mode and after_post and (org := _ORG_INITIALS.match(inner)) and not split_honorifics(inner)[0] and looks_like_name(inner[org.end() :]):
                    inner = inner[org.end() :]
                if inner:
                    begin = position + shift + lead + stripped.index(inner)
                    spans.append((begin, begin + len(inner)))
    return spans


def _after_org(part: str) -> str:
    """``part`` from the title after an organisation's name that heads it ('Eastby Care Trust Mr Bob Roe'), else as it is."""
    org = _ORG_BEFORE_TITLE.search(part)
    if org and _TITLE_WORD.search(part, 0, org.start()):
        return part
    if org and (org["word"] is None or org["word"].lower() in ORG_WORDS):
        return part[org.end() :]
    return part


def _after_honour(part: str) -> str:
    """``part`` without the honour opening it; nothing when bare words run on after it in an odd number, two words a
    name leaving one over ('JP Bob Ray Cy Sim Eastby and ...': a flattened page's running header read on)."""
    lead = _HONOUR_LEAD.match(part)
    if lead is None:
        return part
    words = part[lead.end() :].split()
    return "" if len(words) > 2 and len(words) % 2 and not split_honorifics(part[lead.end() :].strip())[0] else part[lead.end() :]


def slash_list(chunk: str) -> str:
    """``chunk`` with its slashes read as commas (the same length) where they part three names or more, as a community
    council's minutes print them ('Cllrs: Ann Lowe/Bob Ray/Cy Sim (Chair)/'); else ``chunk`` as it is."""
    parts = [part for part in chunk.split("/") if part.strip()]
    named = len(parts) >= 3 and all(looks_like_name(entry_name(part.split(":")[-1])) for part in parts)
    return chunk.replace("/", ",") if named else chunk


def _pairs(part: str) -> list[tuple[int, str]]:
    """``bare_name_pairs`` of ``part``, none when the run of bare words goes on into an organisation's or post's name
    ('West Inner Neighbourhood Policing Team Inspector': a post, not two names)."""
    pairs = bare_name_pairs(part)
    if pairs:
        start, last = pairs[-1]
        after = part[start + len(last) :].split()
        if after and after[0][:1].isupper() and after[0].strip(".,;:()").lower() in ORG_WORDS:
            return []
    return pairs


# A firm's word: 'Henry Boot & Gleeson Homes – developers' names two firms, no people.
_FIRM_WORDS = ORG_WORDS | frozenset("homes ltd limited plc llp developments estates associates sons partners properties".split())


def shared_post(text: str) -> bool:
    """``text`` is two names or more joined by '&' or 'and' and one post after a dash ('Ann Lee & Bo Roe – Hall Committee'),
    no firm's word among them."""
    dashed = ROLE_DASH.split(text.strip(), maxsplit=1)
    parts = split_list(dashed[0]) if len(dashed) == 2 and "," not in dashed[0] else []
    return (
        len(parts) > 1
        and all(looks_like_name(entry_name(part)) and not _FIRM_WORDS & set(part.lower().split()) for part in parts)
        and not looks_like_name(dashed[1])
    )
