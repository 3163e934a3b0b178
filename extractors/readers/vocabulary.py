"""Word lists that readers of several entries share (meetings, papers, report headers, projects, funding layouts), so the
module has its own ``VERSION``; a reader adds its own words around a list, never copies it.

``BODY_KINDS``: the nine nouns a council's meeting body's name ends in ('Planning Committee', 'Police and Crime Panel').
``ADDRESSED_KINDS`` adds forum and scrutiny: ``report_header`` reads a report's 'To:' value by it, narrower than
``BODY_NOUN`` (no group, trust, assembly, plural or Welsh noun) as it was written; widening it would change the rules.
``BODY_NOUN``: a body's noun anywhere in a line, the test that a line names a body rather than a sentence (``split``, the
meeting readers, ``report_front``).
``REFUSED_WORDS`` and ``GIVEN_WORDS``: the words a decision refuses and gives by, each reader adding its own forms ('not
supported', 'missed out', 'recommended').
"""

from __future__ import annotations

import re

VERSION = "1"

BODY_KINDS = ("council", "authority", "committee", "cabinet", "panel", "board", "partnership", "commission", "executive")
ADDRESSED_KINDS = (*BODY_KINDS, "forum", "scrutiny")
BODY_NOUN = re.compile(
    r"\b(?:" + "|".join(("committees?", *ADDRESSED_KINDS, "group", "assembly", "sub-committee", "trust", "cyngor", "pwyllgor")) + r")\b",
    re.I,
)
# Alternations to match case-insensitively (every word is in small letters).
REFUSED_WORDS = r"(?:declined|refused|rejected|turned\s+down|unsuccessful)"
GIVEN_WORDS = r"(?:awarded|approved|agreed|granted)"


def kinds_alternation(kinds: tuple[str, ...], case: str = "lower", more: tuple[str, ...] = ()) -> str:
    """The kinds as one alternation, ``case`` a str method ("lower", "capitalize", "upper"), then ``more`` words as given:
    ``(?:Council|Authority|...)``."""
    return "(?:" + "|".join((*(getattr(kind, case)() for kind in kinds), *more)) + ")"
