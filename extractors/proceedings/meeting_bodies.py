"""A meeting's body as printed, normalised ('KENT COMMUNITY SAFETY PARTNERSHIP (KCSP)' -> 'Kent Community
Safety Partnership'), and the key that tells two printings of one body apart from another body's.
Rules of ``extractors.proceedings.meetings``, under its VERSION.
"""

from __future__ import annotations

import re

from extractors.readers.spans import squash
from extractors.readers.vocabulary import BODY_NOUN

_SMALL_WORDS = frozenset("a an and as at by for in of on or the to with".split())
_ACRONYM = re.compile(r"\s*\(\s*[A-Z][A-Za-z&]*[A-Z]\s*\)")
# A flattened table row's label cell before the body: 'Committee<TAB>Cabinet', '| Meeting | Cabinet |'.
_CELL_LABEL = re.compile(r"^\W*(?:committee|meeting|body|name\s+of\s+meeting|report\s+to)\s*(?:\t+|\|)\s*(?=\S)|\s*\|\s*$", re.I)
_WELSH_NOUN = re.compile(r"\b(?:cyngor|pwyllgor|is-bwyllgor|bwrdd|awdurdod|cyd-bwyllgor)\b", re.I)
_TITLE_WORDS = re.compile(
    r"^(?:draft\s+)?(?:minutes\s+)?of\s+(?:(?:the|an?)\s+)?(?:(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?)?(?=[A-Z])"
    # A title 'Annual Meeting of Ashcombe Parish Council – DATE', 'MEETING OF THE X': the occasion is not the body.
    # So is the opening 'At a Meeting of the X' printed as a heading line.
    r"|^(?:at\s+)?(?:(?:the|an?)\s+)?(?:(?:annual|extraordinary|special|ordinary)\s+)?meeting\s+of\s+(?:the\s+)?(?=[A-Z])",
    re.I,
)
_PAPER_WORD = re.compile(r"(?<=\w)\s+(?:agenda|minutes)$", re.I)
# 'Parish Council Meeting - Tuesday 12th March 2024': the word 'Meeting' after the body's noun is not part of it.
# So is 'Meeting in Public' after it ('Health Partnership Board Meeting in Public').
_MEETING_AFTER_NOUN = re.compile(
    r"\b(?P<noun>council|committee|cabinet|board|panel|authority|forum)\s+meeting(?:\s+(?:held\s+)?in\s+(?:public|private))?$", re.I
)
# 'Community Council Special General (Meeting)', 'Town Council Annual': the occasion printed after the body's noun.
_OCCASION_AFTER_NOUN = re.compile(
    r"\b(?P<noun>council|committee|cabinet|board|panel|authority|forum|partnership)\s+(?:annual|special|extraordinary)(?:\s+general)?(?:\s+meeting)?$",
    re.I,
)
# 'Community Council Meeting - Draft', 'X Community Council – Draft Minutes of Latest Meeting': the paper's status.
_DRAFT_TAIL = re.compile(r"\s*(?:[–—-]\s*|\(\s*)draft\b[^()]*\)?$", re.I)
# ModernGov's '<meeting title>, <committee>': 'Annual Council, Council', 'Annual, Council' are meetings of the Council.
_OCCASION_TITLE = re.compile(r"^(?:annual|extraordinary|special|budget|ordinary|reconvened)(?:\s+[A-Za-z]+){0,2},\s+(?=[A-Z])", re.I)
# 'Full Parish Meeting of the Council': the occasion's words, the council's kind and the noun.
_OCCASION_OF_COUNCIL = re.compile(
    r"^(?:(?:full|annual|extraordinary|special|ordinary|monthly)\s+)+(?P<kind>(?:parish|town|community)\s+)?meeting\s+of\s+(?:the\s+)?(?P<noun>council)$",
    re.I,
)
_OCCASION_WORDS = frozenset("full annual extraordinary special ordinary".split())
_KIND_WORDS = frozenset("parish town community city county borough district".split())
_GENERIC_NOUNS = frozenset("council authority".split())
_PAPER_WORDS = re.compile(r"\b(?:minutes|meeting|agenda|notes)\b|[:.|]", re.I)
# A lower-case word other than these makes a mixed-case line a sentence, not an organisation's name.
_PROSE_WORD = re.compile(r"\b(?!(?:and|of|for|the|on|upon|with)\b)[a-z]+\b")


def normalise_body(text: str) -> str:
    """'KENT COMMUNITY SAFETY PARTNERSHIP (KCSP)' -> 'Kent Community Safety Partnership'.

    Text printed in capitals is title-cased (small words lower case); mixed-case text keeps
    its case. A leading 'the', an acronym in brackets and a table row's label cell
    ('Committee<TAB>Cabinet') are dropped; of a Welsh / English name the English half is kept.
    """
    text = squash(_ACRONYM.sub("", _CELL_LABEL.sub("", text.strip()))).strip(" ,.:;-–—")
    halves = text.split(" / ")
    if len(halves) == 2:
        # A bilingual name ('Pwyllgor Cynllunio / Planning Committee'): the English half.
        english = [h for h in halves if BODY_NOUN.search(h) and not _WELSH_NOUN.search(h)]
        if len(english) == 1 and any(_WELSH_NOUN.search(h) for h in halves):
            text = english[0].strip()
    # A document mirror's page counter printed before the heading ('Page 1 WESTBY PARISH COUNCIL') is not the name.
    text = re.sub(r"^(?:page\s+\d+\s+(?:of\s+\d+\s+)?)?the\s+|^page\s+\d+\s+(?:of\s+\d+\s+)?(?=[A-Z])", "", text, flags=re.I)
    text = _DRAFT_TAIL.sub("", text) or text
    text = _OCCASION_TITLE.sub("", text) or text
    text = _OCCASION_OF_COUNCIL.sub(lambda m: (m["kind"] or "") + m["noun"], text)
    # 'Minutes of the Planning Committee', 'of the Planning Committee': the paper's title words are not the body.
    text = _TITLE_WORDS.sub("", text) or text
    # 'Cabinet Agenda', 'Planning Committee Minutes': the paper's kind after the body is not part of it.
    text = _PAPER_WORD.sub("", text) or text
    if not re.match(r"(?:special|extraordinary|annual)\b", text, re.I):
        # 'Special Park Authority Meeting' names an occasion and is kept as printed.
        text = _MEETING_AFTER_NOUN.sub(lambda m: m["noun"], text)
        text = _OCCASION_AFTER_NOUN.sub(lambda m: m["noun"], text)
    if text.upper() == text:
        words = text.lower().split()
        text = " ".join(
            word if index and word in _SMALL_WORDS else word[:1].upper() + word[1:] for index, word in enumerate(words)
        )
        text = re.sub(r"-(\w)", lambda m: "-" + m.group(1).upper(), text)
    return text


# 'Trustees’' of 'Minute(s) of Trustees’ Meeting held on' (not a quoted name: '‘Eastby Partnership’ Meeting'): a plural
# possessive names the people who met, no body.
_PEOPLES = re.compile(r"^[^‘'\"“]*s['’]$")


def names_people(body: str) -> bool:
    """Whether a minutes heading's words before 'Meeting' are a plural possessive ('Trustees’'), naming no body."""
    return bool(_PEOPLES.search(body.strip()))


def is_welsh(name: str) -> bool:
    """A body named in Welsh ('Cyngor Cymuned X', 'Pwyllgor Cynllunio')."""
    return bool(_WELSH_NOUN.search(name))


def body_key(body: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", body.lower().replace("&", " and ")).split())


def is_generic(body: str) -> bool:
    """A body named only by its kind: 'Council', 'Full Authority', 'Parish Council'."""
    words = [w for w in body.lower().split() if w not in _OCCASION_WORDS]
    return bool(words) and words[-1] in _GENERIC_NOUNS and all(w in _KIND_WORDS for w in words[:-1])


# Words naming an authority by its service: 'Fire Authority', 'Fire and Rescue Authority', 'Police Authority'.
_SERVICE_WORDS = frozenset("fire rescue and police crime combined".split())


def is_service_kind(body: str) -> bool:
    """A body named only by its service and noun ('Fire Authority'): the organisation's full name is printed elsewhere."""
    words = [w for w in body.lower().split() if w not in _OCCASION_WORDS]
    return 2 <= len(words) <= 4 and words[-1] in _GENERIC_NOUNS and all(w in _SERVICE_WORDS for w in words[:-1])


# A one-line bilingual name, the Welsh first: 'CYNGOR CYMUNED TREFAN COMMUNITY COUNCIL' is 'Trefan Community Council'.
_WELSH_LEAD = re.compile(r"^(?:cyngor|pwyllgor)\s+(?:cymuned|tref|dinas|sir|bro)\s+(?=\S+(?:\s+\S+){0,3}\s+(?:community|town|city|county)\s+council\b)", re.I)


def named_above(text: str, start: int, end: int, body: str) -> str | None:
    """The organisation a generic body belongs to, named in the heading block from ``start`` to ``end``: the
    nearest line (capitals wrapped over up to three lines, a Welsh line among them skipped) ending with the
    same noun and naming more than its kind ('LLANFAIR TARN' / 'COMMUNITY COUNCIL' over
    'Minutes of the Council Meeting'), or None."""
    words = [w for w in body.lower().split() if w not in _OCCASION_WORDS]
    found, block = None, []
    for raw in text[start:end].split("\n"):
        line = _WELSH_LEAD.sub("", squash(raw).strip(" ,"))
        capitals = bool(re.search(r"[A-Z]{2}", line)) and line.upper() == line
        block = block + [line] if capitals else []
        if not line or len(line) > 80 or _PAPER_WORDS.search(line) or not line.lower().endswith(words[-1]):
            continue
        if not capitals and (_PROSE_WORD.search(line) or "," in line):
            continue
        named = " ".join(n for n in block[-3:] if not _WELSH_NOUN.search(n)) if capitals else line
        named = normalise_body(named)
        kinds = set(named.lower().split())
        if BODY_NOUN.search(named) and not is_generic(named) and set(words) <= kinds:
            found = named
    return found
