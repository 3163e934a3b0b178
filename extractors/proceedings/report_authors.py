"""The values of a report header's author and addressee labels read into their parts: an author's entry into name,
post and organisation ('Ann Lowe – Head of Safety, Tarn Fire & Rescue Service'), an author's lines into one entry a
person (a new one opens on a line that starts with a name and a dash; 'A and B' two names), a To: value into the
body addressed and the date printed with it.

Rules of ``extractors.proceedings.report_header``, under its VERSION (a part of it kept apart for size).
"""

from __future__ import annotations

import re

from extractors.readers.dates import find_dates
from extractors.readers.names import bare_name, looks_like_name
from extractors.readers.spans import Line, squash
from schemas.structure import Author

_DASH = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*")
_ACRONYM = re.compile(r"\s*\(\s*[A-Z][A-Za-z&]*[A-Z]\s*\)")


def parse_author(entry: str) -> Author:
    """'Stephen Perez – Lead, Kent Fire & Rescue Service (Chair of X)' -> name, role, organisation."""
    printed = squash(entry)
    parts = _DASH.split(printed, maxsplit=1)
    if len(parts) == 1:
        head, _, rest = printed.partition(",")
        parts = [head, rest] if rest else [printed]
    who = parts[0].strip(" ,")
    post = parts[1].strip(" ,") if len(parts) > 1 else ""
    if not looks_like_name(who):
        return Author(name=None, printed=printed, role=printed or None, organisation=None)
    role, organisation = post, None
    bracket = re.search(r"\s*\(([^)]*)\)\s*$", role)
    note = bracket.group(0).strip() if bracket else ""
    if bracket:
        role = role[: bracket.start()].strip(" ,")
    if "," in role:
        role, organisation = (part.strip() for part in role.rsplit(",", 1))
    role = " ".join(filter(None, [role, note])) or None
    return Author(name=bare_name(who), printed=printed, role=role, organisation=organisation or None)


def author_entries(value_lines: list[Line]) -> list[str]:
    """One string per author: a new author starts on a line that opens with a name and a dash."""
    entries: list[str] = []
    for line in value_lines:
        text = line.text
        head = _DASH.split(text, maxsplit=1)[0].strip(" ,")
        starts_author = len(_DASH.split(text, maxsplit=1)) > 1 and looks_like_name(head)
        if entries and not starts_author:
            entries[-1] += " " + text
        else:
            entries.extend(part for part in re.split(r"\s*;\s*", text) if part)
    split: list[str] = []
    for entry in entries:
        names = re.split(r"\s+and\s+|\s*&\s*", entry)
        split.extend(names if len(names) > 1 and all(looks_like_name(n) for n in names) else [entry])
    return split


def addressee(value: str) -> tuple[str, str | None]:
    """('Kent Community Safety Partnership', '4th July 2024') from a To: value with its date."""
    dates = find_dates(value)
    date_text = None
    if dates:
        date_text = dates[0].text
        value = value[: dates[0].start] + value[dates[0].end :]
    value = _ACRONYM.sub("", value)
    value = re.sub(r"(?:\s*(?:[-–—,:]|\bon\b|\bmeeting\b|\bdated\b))+\s*$", "", value.strip())
    return squash(value).strip(" ,-–—"), date_text
