"""Welsh and English attendance labels and titles joined by a slash ('PRESENNOL / PRESENT:', 'YMDDIHEURIADAU/APOLOGIES:',
'Cyng/Cllrs: A Lowe, B Ray', 'Cynghorwyr/Councillors A Lowe and B Ray'): the readers read the English half.

``english_half`` gives a copy of the document with each pair printed as its English half padded with spaces (same
offsets), so every reader sees the English label; ``as_printed`` gives a record read from it its span text as printed. A Welsh half counts
only when every word of it is a word of Welsh labels and titles, and only before an English label or title; a title
printed English first ('Councillors / Cynghorwyr D Price', 'Cllr / Cyng. C Hughes') has its Welsh half blanked too. A
Welsh title printed alone ('Cyng. A Jones') is kept.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``.
"""

from __future__ import annotations

import re

from schemas.parsed import ParsedDocument
from schemas.structure import AttendeeRecord

_WELSH_WORDS = frozenset(
    """
    yn y yr presennol bresennol ymddiheuriadau aelodau cadeirydd gadeirydd is-gadeirydd is-cadeirydd cynghorydd
    cynghorwyr cyng cyngh sir swyddogion presenoldeb hefyd wrth law eraill cyfarfod
    """.split()
)
_ENGLISH = (
    r"(?i:present|apologies|in\s+attendance|also\s+present|attendance|members|(?:deputy\s+|vice[\s-]?)?chair(?:man|person)?"
    r"|(?:county\s+)?councillors?|cllrs?|officers)(?![\w])"
)
_WELSH_WORD = "|".join(re.escape(word) for word in sorted(_WELSH_WORDS, key=len, reverse=True))
_PAIR = re.compile(
    rf"(?<![\w/-])(?P<welsh>(?i:{_WELSH_WORD})(?:[ \t]+(?i:{_WELSH_WORD})){{0,4}})\.?[ \t]*/[ \t]*(?P<english>{_ENGLISH}[ \t]*:?)"
)


_WELSH_TITLE = r"(?:Y\s+)?(?:Cynghorwyr|Cynghorydd|Cyng)\.?(?:\s+Sir)?"
_ENGLISH_TITLE = r"(?:County\s+)?(?:Councillors|Councillor|Cllrs|Cllr)\b\.?"
# The Welsh 'a' (and) before a Welsh title parts two entries ('Mrs A Lowe (clerc / clerk) a Cynghorydd Sir / County
# Councillor B Ray'): read as a comma.
_WELSH_AND = re.compile(rf"(?<=[\w).])[ \t]+a(?=[ \t]+{_WELSH_TITLE}\b)")
_WELSH_AFTER = re.compile(rf"(?<=[a-z.])\s*/\s*{_WELSH_TITLE}(?![\w'’])")
_ENGLISH_BEFORE = re.compile(rf"\b{_ENGLISH_TITLE}$")


def _welsh_after_blanked(text: str) -> str:
    """``text`` with the Welsh half of each title printed after its English one blanked (same length)."""

    def after(match: re.Match) -> str:
        english = _ENGLISH_BEFORE.search(text, max(0, match.start() - 20), match.start())
        return " " * len(match.group(0)) if english else match.group(0)

    return _WELSH_AFTER.sub(after, text)


def english_text(text: str) -> str:
    """``text`` with each Welsh half replaced by spaces, to the same length: after the English half at a line's start (the
    label keeps its line's start) and after a label with its colon within a line (run-on text: '... B Ray APOLOGIES:    Cllrs:
    C Sim' keeps the label one space from the words before it, as run-on labels are found), before it elsewhere (a title
    stays next to its name)."""

    def blank(match: re.Match) -> str:
        padding = " " * (len(match.group(0)) - len(match["english"]))
        line_start = not text[text.rfind("\n", 0, match.start()) + 1 : match.start()].strip()
        label = match["english"].endswith(":")
        return match["english"] + padding if line_start or label else padding + match["english"]

    text = _WELSH_AND.sub(lambda match: "," + " " * (len(match.group(0)) - 1), text)
    return _welsh_after_blanked(_PAIR.sub(blank, text))


def english_half(document: ParsedDocument) -> ParsedDocument:
    """``document``, or a copy with its Welsh label and title halves blanked (same offsets) where it prints any."""
    pages = [page.model_copy(update={"text": english_text(page.text)}) for page in document.pages]
    if all(new.text == old.text for new, old in zip(pages, document.pages)):
        return document
    return ParsedDocument(
        sha256=document.sha256, path=document.path, format=document.format, parser=document.parser,
        title=document.title, pages=pages, warnings=document.warnings,
    )


def as_printed(record: AttendeeRecord, text: str) -> AttendeeRecord:
    """``record`` read from the English half, its span text as printed in ``text``."""
    start, end = record.provenance.start, record.provenance.end
    return record.model_copy(update={"provenance": record.provenance.model_copy(update={"text": text[start:end]})})
