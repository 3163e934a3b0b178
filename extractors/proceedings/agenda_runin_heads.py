"""Unnumbered minutes whose items are headings in capitals run into their paragraphs' first sentence ('FINANCE. A
cheque was signed ...', 'MATTERS ARISING from the minutes.', 'APOLOGIES FOR ABSENCE were received from ...'): a small
parish council's minutes typed as prose.

A heading opens a paragraph (the first line, or after a blank line) and is the run of words in capitals before a
full stop or a word in lower case; one running into a word in lower case must name standard business (an acronym or
capitals for emphasis opening a sentence, 'NALC has ...', 'IT WAS AGREED that ...', is none). As for headings alone on their lines (``agenda_headings.heading_run``) the run
opens at the first naming standard business, counts three headings or more, and keeps no attendance label, decision
word or name; the meeting's own heading ('MINUTES of the meeting of X held on ...') is none.

Part of the agenda extractor: its records carry ``agenda.NAME`` and ``agenda.VERSION``, which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.agenda_headings import _BUSINESS_HEAD, _capital_head, heading_run
from extractors.proceedings.agenda_numbered_runs import RunItem
from extractors.readers.spans import lines

_CAPS = r"[A-Z][A-Z'’&/()-]*"
_RUN_IN = re.compile(rf"^[ \t]*(?P<head>{_CAPS}(?:[ \t]+(?:{_CAPS}|&))*)(?:(?P<stop>\.)[ \t]+(?=[A-Z(])|[ \t]+(?=[a-z]))")
_MEETING_HEADING = re.compile(r"\b(?:meeting|held)\s+(?:of|on|at)\b", re.I)


def _head(run_in: re.Match) -> str | None:
    """The heading a paragraph's capitals print: any closed by a full stop ('FINANCE.') but a lone acronym with no
    vowel ('CCTV.'); one running into a word in lower case only when it names standard business ('APOLOGIES FOR
    ABSENCE were ...', 'THE MINUTES of ...'), never capitals for emphasis or an acronym opening a sentence ('IT WAS
    AGREED that', 'THE CHAIRMAN thanked', 'NALC has offered')."""
    head = _capital_head(run_in["head"])
    if head is None:
        return None
    if run_in["stop"]:
        return None if " " not in head and not re.search(r"[AEIOUY]", head) else head
    return head if _BUSINESS_HEAD.search(head) else None


def _heads(text: str, start: int, end: int | None):
    after_blank = True
    for index, line in enumerate(lines(text, start, end)):
        opens, after_blank = after_blank, line.is_blank
        run_in = _RUN_IN.match(line.raw) if opens and not line.is_blank else None
        yield index, line, _head(run_in) if run_in and not _MEETING_HEADING.search(line.raw[:200]) else None


def runin_headings(text: str, start: int = 0, end: int | None = None) -> list[RunItem]:
    """Headings in capitals run into their paragraphs (see the module docstring), three or more, else []."""
    return heading_run(_heads(text, start, end))
