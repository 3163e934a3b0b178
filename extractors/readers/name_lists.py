"""A list of names parted into its entries: commas, semicolons, 'and', '&' or a Welsh 'a' / 'ac' between names, never
inside brackets, a joined title ('District and County Councillor') or a body's name ('Tarnby & Fellside Borough
Council'); an entry's name with its bullet, plural title, role and reason removed.

Moved from ``names`` (session 29); versioned by ``extractors.readers.names.VERSION`` (no version of its own).
"""

from __future__ import annotations

import re

from extractors.readers.names import (
    BULLET, INLINE_BULLET, PLURAL_TITLE, ROLE_DASH, looks_like_name, name_prefix, split_honorifics,
)


# 'District and County Councillor A Lowe': one title, not two entries.
_JOINED_TITLE = re.compile(r"(?:(?<=\bDistrict)|(?<=\bBorough))\s+(?:and|&)\s+(?=County\s+Councillor\b)|(?<=\bCounty)\s+(?:and|&)\s+(?=(?:District|Borough)\s+Councillor\b)")
# 'from Tarnby & Fellside Borough Council', 'of the Eastby & Tarnby Safety Partnership': an 'and' / '&'
# between the places of a body's name (after 'from' / 'of' ..., before its 'Council' word) splits no list.
_BODY_AND = re.compile(
    r"\s+(?:and|&)\s+(?=(?:[A-Z][\w'’-]+\s+(?:(?:and|&)\s+)?){1,4}(?:(?:Borough|District|County|City|Town|Parish|Community|Safety|Combined|Housing|Health)\s+)*(?:Councils?|Partnership|Authority|Trust|Board)\b)"
)
# '... Kim Hale Penn & Ashby Borough Council: Lee Moss': a council's label glued after a list's last name.
_BODY_LABEL = re.compile(r"\s+(?:and|&)\s+[A-Z][\w'’-]+\s+(?:(?:Borough|District|County|City|Town|Parish|Community)\s+)*(?:Council|Partnership|Authority|Trust)\s*:\s")
_BODY_BEFORE = re.compile(r"\b(?:from|of|for|representing|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+(?:(?:and|&)\s+)?){0,3}[A-Z][\w'’-]+$")


def _inside_body(text: str, match: re.Match) -> bool:
    """The 'and' / '&' at ``match`` joins two places of a body's name."""
    return bool(_BODY_AND.match(text, match.start())) and bool(_BODY_BEFORE.search(text, 0, match.start()) or _BODY_LABEL.match(text, match.start()))


def _unclosed(text: str) -> set[int]:
    """Where the brackets of ``text`` open that no bracket closes ('A Lowe (Chair; B Ray (Vice-Chair); C Sim')."""
    stack: list[int] = []
    for match in re.finditer(r"[()]", text):
        if match.group(0) == "(":
            stack.append(match.start())
        elif stack:
            stack.pop()
    return set(stack)


# Welsh 'a' / 'ac' ('and'), alone or before its English ('a/and'), between two names of a bilingual or Welsh list
# ('Rory Francis a Glyn Daniels', 'M. Wynne a/and L. Hughes'); read only between a capitalised word and an untitled
# name (``_welsh_and``), so the English article ('who had a Council meeting') and a grid's absence mark before a titled
# name ('Cllr B Ray a Cllr C Sim') part nothing.
_WELSH_AND = r"(?<=[A-Za-z.'’])\s+ac?(?:\s*/\s*and)?\s+(?=[A-Z])"


def _welsh_and(text: str, match: re.Match) -> bool:
    """The Welsh 'a' / 'ac' of ``match`` stands between a capitalised word and a name's start ('Francis a Glyn',
    'Wynne a/and L.Hughes')."""
    before = re.search(r"(?:^|\s)(?:[A-Z][\w'’-]+|[A-Z]\.)$", text[: match.start()])
    after = re.match(r"(?:[A-Z][a-z'’-]+|[A-Z]\.?\s*[A-Z])", text[match.end() :])
    # 'Cllr B Ray a Cllr C Sim': a letter before a title marks a grid's absence ('a' denotes absence), no 'and'.
    titled = split_honorifics(text[match.end() :])[0]
    return bool(before and after) and not titled


def split_list(text: str) -> list[str]:
    """Split a list on commas, semicolons and 'and' (line wraps included), never inside brackets (a bracket
    no bracket closes holds nothing: the list goes on splitting after it)."""
    parts, depth, last, unclosed = [], 0, 0, _unclosed(text)
    # PDF text may glue 'and' to an initial ('J Turnbull andA Willis'): it still parts the names; so does an 'and'
    # typed before a comma ('C Sim and, D Tam').
    for match in re.finditer(rf"[(),;]|\s+(?:and|&)(?:\s+|(?=,))|\s+and(?=[A-Z]\.?\s+[A-Z][a-z])|{INLINE_BULLET}|(?P<welsh>{_WELSH_AND})", text):
        token = match.group(0)
        if match["welsh"] and not _welsh_and(text, match):
            continue
        if token == "(":
            depth += match.start() not in unclosed
        elif token == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and not _JOINED_TITLE.match(text, match.start()) and not _inside_body(text, match):
            parts.append(text[last : match.start()])
            last = match.end()
    parts.append(text[last:])
    return parts


def entry_name(text: str) -> str:
    """The name part of a list entry: bullet, plural honorific, bracketed and dashed role and a reason removed."""
    entry = BULLET.sub("", text)
    entry = ROLE_DASH.split(entry, maxsplit=1)[0]
    # An apology's reason after the name ('Cllr. A Lee due to illness') is no part of it.
    entry = re.sub(r"\s+(?:due|owing)\s+to\s.*$", "", entry)
    return PLURAL_TITLE.sub("Councillor ", entry.split("(")[0]).strip(" .,;|")


def listed_name(text: str) -> bool:
    """A list line's first entry is a name, or opens with one followed by its role ('Mr W Grosvenor Clerk to ...')."""
    name = entry_name(text)
    if looks_like_name(name):
        return True
    prefix = name_prefix(name)
    return bool(prefix) and name[len(prefix) :].strip()[:1].isupper()


def singular_title(title: str) -> str:
    """'Councillor' for 'Councillors' (or 'COUNCILLORS'), 'County Cllr' for 'County Cllrs', 'Bailie' for 'BAILIES', 'Mr' for 'Messrs',
    'Alderman' for 'Aldermen', 'Freeman' for 'Freemen', 'Trustee' for 'Trustees', Welsh 'Y Cynghorydd' for 'Y Cynghorwyr'."""
    title = title.title() if title.isupper() else title
    title = re.sub(r"(?<=Cynghor)wyr$", "ydd", title)
    return re.sub(r"(Councillor|Cllr|Clr|Bailie|Trustee)s|(?:(?<=Alderm)|(?<=Freem))en", lambda m: m.group(1) or "an", re.sub(r"^Messrs\.?$", "Mr", title))
