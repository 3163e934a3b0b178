"""A register marking each member 'P.' (present) or 'A.' (absent) before the name, the member's council or group
heading the names it sent ('Westby Council P. Councillor Ann Lowe P. Councillor Bob Ray Eastby Council A. Councillor
Cy Dunn Independent Members P. Di Hart'): a panel's membership table whose cells a PDF's text ran together.

Only a run of at least three marks close together counts, with nothing but a comma or a capitalised heading between
an entry and the next mark and at least one such heading in the run; a mark is no initial of a title, plural or not
('Cllrs P. Ray Smith, A. Lowe'). A 'P.' entry is present; an 'A.' entry records no
attendance. The cells no longer part the name from the next council's name, so a name is its title, its initials
and two words ('Councillor Ann Lowe'), a bracketed post after it its role ('(Chairman)').

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.readers.names import looks_like_name
from schemas.structure import Attendance

# Not an initial: no title or other initial just before it ('Cllr P. Ray', 'J. P. Ray').
_MARK = re.compile(
    r"(?:(?<=\s)|^)(?<!Cllr )(?<!Cllr\. )(?<!Cllrs )(?<!Cllrs\. )(?<!Councillor )(?<!Councillors )(?<!Messrs )(?<!Mr )(?<!Mrs )(?<!Ms )(?<!Miss )(?<!Dr )(?<![A-Z]\. )"
    r"(?P<mark>[PA])\.[ \t]+(?=[A-Z])",
    re.M,
)
_TITLE = r"(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
_INITIALS = r"(?:[A-Z]\.?\s+){0,3}"
_WORD = r"[A-Z][a-z][\w'’-]*"
_NAME = re.compile(rf"{_TITLE}{_INITIALS}{_WORD}(?:\s+{_WORD})?(?=\s|$|[,(])")
_POST = re.compile(r"\s*\((?P<post>[^()]{2,40})\)")
# The most text between one mark and the next in one register.
_GAP = 80
_MIN_MARKS = 3
# What may stand between one entry and the next mark: nothing, a comma, or a council or group heading in capitalised
# words ('Eastby Council', 'Independent Members'); a lower-case word ('and', 'were') is prose.
_HEADING = re.compile(r"[\s,;]*(?P<heading>(?:[A-Z][\w'’&-]*\s+)*)")


def _gaps(text: str, run: list[re.Match], end: int) -> list[str] | None:
    """The heading between each entry of ``run`` and its next mark ('' for none), or None when prose stands there."""
    headings = []
    for mark, following in zip(run, run[1:]):
        name = _NAME.match(text, mark.end(), end)
        if not name:
            return None
        post = _POST.match(text, name.end(), end)
        gap = _HEADING.fullmatch(text, post.end() if post else name.end(), following.start())
        if not gap:
            return None
        headings.append(gap["heading"].strip())
    return headings


def _runs(text: str, start: int, end: int) -> list[list[re.Match]]:
    """The runs of at least three marks close together with a council or group heading between two of them (the
    layout's own sign: initials in a list, 'A. Green Lane, P. Church Street' in prose, have none)."""
    runs: list[list[re.Match]] = []
    for mark in _MARK.finditer(text, start, end):
        if runs and mark.start() - runs[-1][-1].end() <= _GAP:
            runs[-1].append(mark)
        else:
            runs.append([mark])
    return [run for run in runs if len(run) >= _MIN_MARKS and any(_gaps(text, run, end) or [])]


def marked_register(text: str, start: int, end: int) -> list[tuple[Attendance, int, int, str]]:
    """('present', name start, name end, bracketed post or '') of each 'P.' entry of a marked register."""
    found: list[tuple[Attendance, int, int, str]] = []
    for run in _runs(text, start, end):
        for mark in run:
            name = _NAME.match(text, mark.end(), end)
            if mark["mark"] != "P" or not name or not looks_like_name(name[0]):
                continue
            post = _POST.match(text, name.end(), end)
            found.append(("present", name.start(), name.end(), post["post"] if post else ""))
    return found
