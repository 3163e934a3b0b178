"""Bilingual titles of Welsh community councils' attendance lists, read as their English half.

'Cynghorwyr / Councillors A Jones (Cadeirydd / Chair), B Evans', 'Cyng. / Cllr. C Hughes', 'Councillors / Cynghorwyr
D Price': the Welsh half of a title printed with its English one is blanked, one space for one character, so every
reader sees 'Councillors A Jones ...' (the plural shared, the names given the English title, as the gold records
them) and every span stays where it was printed. A Welsh title printed alone ('Cyng. A Jones') is kept.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``, which a change here
must bump.
"""

from __future__ import annotations

import re

_WELSH = r"(?:Y\s+)?(?:Cynghorwyr|Cynghorydd|Cyng)\.?(?:\s+Sir)?"
_ENGLISH = r"(?:County\s+)?(?:Councillors|Councillor|Cllrs|Cllr)\b\.?"
_WELSH_FIRST = re.compile(rf"\b{_WELSH}\s*/\s*(?={_ENGLISH})")
_WELSH_AFTER = re.compile(rf"(?<=[a-z.])\s*/\s*{_WELSH}(?![\w'’])")
_ENGLISH_BEFORE = re.compile(rf"\b{_ENGLISH}$")


def english_titles(text: str) -> str:
    """``text`` with the Welsh half of each bilingual title blanked (same length, same offsets)."""
    text = _WELSH_FIRST.sub(lambda match: " " * len(match.group(0)), text)

    def after(match: re.Match) -> str:
        english = _ENGLISH_BEFORE.search(text, max(0, match.start() - 20), match.start())
        return " " * len(match.group(0)) if english else match.group(0)

    return _WELSH_AFTER.sub(after, text)
