"""A meeting's body as printed, normalised ('KENT COMMUNITY SAFETY PARTNERSHIP (KCSP)' -> 'Kent Community
Safety Partnership'), and the key that tells two printings of one body apart from another body's.
Rules of ``extractors.proceedings.meetings``, under its VERSION.
"""

from __future__ import annotations

import re

from extractors.readers.spans import squash
from extractors.proceedings.split import BODY_NOUN

_SMALL_WORDS = frozenset("a an and as at by for in of on or the to with".split())
_ACRONYM = re.compile(r"\s*\(\s*[A-Z][A-Za-z&]*[A-Z]\s*\)")
# A flattened table row's label cell before the body: 'Committee<TAB>Cabinet', '| Meeting | Cabinet |'.
_CELL_LABEL = re.compile(r"^\W*(?:committee|meeting|body|name\s+of\s+meeting|report\s+to)\s*(?:\t+|\|)\s*(?=\S)|\s*\|\s*$", re.I)
_WELSH_NOUN = re.compile(r"\b(?:cyngor|pwyllgor|is-bwyllgor|bwrdd|awdurdod|cyd-bwyllgor)\b", re.I)
_TITLE_WORDS = re.compile(
    r"^(?:draft\s+)?(?:minutes\s+)?of\s+(?:(?:the|an?)\s+)?(?:(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?)?(?=[A-Z])"
    # A title 'Annual Meeting of Ashcombe Parish Council – DATE', 'MEETING OF THE X': the occasion is not the body.
    r"|^(?:(?:the|an?)\s+)?(?:(?:annual|extraordinary|special|ordinary)\s+)?meeting\s+of\s+(?:the\s+)?(?=[A-Z])",
    re.I,
)
_PAPER_WORD = re.compile(r"(?<=\w)\s+(?:agenda|minutes)$", re.I)
# 'Parish Council Meeting - Tuesday 12th March 2024': the word 'Meeting' after the body's noun is not part of it.
# So is 'Meeting in Public' after it ('Health Partnership Board Meeting in Public').
_MEETING_AFTER_NOUN = re.compile(
    r"\b(?P<noun>council|committee|cabinet|board|panel|authority|forum)\s+meeting(?:\s+(?:held\s+)?in\s+(?:public|private))?$", re.I
)


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
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    # 'Minutes of the Planning Committee', 'of the Planning Committee': the paper's title words are not the body.
    text = _TITLE_WORDS.sub("", text) or text
    # 'Cabinet Agenda', 'Planning Committee Minutes': the paper's kind after the body is not part of it.
    text = _PAPER_WORD.sub("", text) or text
    if not re.match(r"(?:special|extraordinary|annual)\b", text, re.I):
        # 'Special Park Authority Meeting' names an occasion and is kept as printed.
        text = _MEETING_AFTER_NOUN.sub(lambda m: m["noun"], text)
    if text.upper() == text:
        words = text.lower().split()
        text = " ".join(
            word if index and word in _SMALL_WORDS else word[:1].upper() + word[1:] for index, word in enumerate(words)
        )
        text = re.sub(r"-(\w)", lambda m: "-" + m.group(1).upper(), text)
    return text


def body_key(body: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", body.lower().replace("&", " and ")).split())
