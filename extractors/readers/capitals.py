"""Pages printed wholly in capitals read as mixed case, one character for one.

Every rule that tells a name from prose, a title from its description or a heading from its minute
keys on case ('Owl Lane Hospice receives £6,000 to open a day room'). A document whose letters are
(nearly) all capitals is read from a copy recased by vocabulary, the same length so every offset holds:

- a word of the language's closed classes (articles, prepositions, pronouns, auxiliaries), a common
  adverb or adjective of prose, or a form of a verb that is no noun ('received', 'gets', 'went') is in
  lower case; a verb that is also a noun of names ('fund', 'award', 'support', 'help') only after a word
  that makes it a verb ('to help', 'will fund');
- any word opening a line, a sentence, a bracket or quotation, a label or a list item ('1.', '(b)')
  takes a capital, as mixed-case text prints it;
- every other word is in title case: names, headings and the nouns of titles ('Ashvale Rowing Club');
- acronyms and references stay as printed ('CCTV', 'PCSO', 'HWFA/21', 'B24/035'); a letter after a
  minute's number ('52A/24') and a list label in brackets ('(B)', '(II)') are lower case; Roman numerals
  opening an item ('III FIREWORKS ...') stay in capitals.

So prose reads as headline-style mixed case: not the page as its author typed it, but with its verbs and
joining words in lower case, which is what the rules read. The facts found keep the spans of the copy;
``as_printed`` gives their span texts back in the page's own capitals.
"""

from __future__ import annotations

import re
from typing import TypeVar

from pydantic import BaseModel

from schemas.parsed import ParsedDocument
from schemas.provenance import Provenance

# Share of lower-case letters under which a text counts as printed in capitals.
_LOWER_SHARE = 0.02
_MIN_CAPITALS = 40

_CLOSED_CLASSES = """
a an the of and or but nor for to in on at by with from into onto upon within without towards toward through throughout
across after before during under over between among amongst about above below against along around behind beside besides
beyond despite except inside outside per since than then till until unless via whether while whilst where when which
who whom whose what that this these those there here it its they them their theirs he him his she her hers we us our ours
you your me my is are was were be been being am has have had having do does did done will would shall should can could
might must not also as so if such both each every all any some many much more most another very only just even
still yet again already however therefore thus too either neither whereby itself themselves himself herself ourselves
"""
_ADVERBS = """
recently currently previously formally fully partly jointly locally respectively unanimously approximately initially
additionally finally originally subsequently accordingly particularly especially usually generally mainly largely
directly nearly annually newly successfully shortly briefly duly further instead meanwhile later earlier now
today tonight yesterday tomorrow ago soon ever never always often once twice alone almost away
"""
_ADJECTIVES = """
new local several various total additional whole available eligible successful unsuccessful able following previous
current last next same own few less least due owing
"""
# Verbs of council and press prose, as their base form or an irregular form; regular forms are made by ``_inflected``.
_VERBS = """
award receive agree approve note resolve decide allocate grant give provide support fund help run buy create mend open
use pay cover replace repair improve install purchase deliver enable offer apply request hold meet attend welcome thank
declare report discuss consider review recommend propose carry adopt sign confirm accept reject defer refuse withdraw
return spend raise reach include involve take make see go come get say tell serve continue ensure allow expect hope want
need bring build teach learn visit host organise organize launch promote encourage tackle reduce prevent protect keep
celebrate enjoy share become remain seem appear explain describe state add ask answer inform advise circulate donate
contribute benefit set establish extend expand develop increase employ train engage operate manage look bid pass vote
second introduce release thank submit tender benefitted benefitting
went gone came made took taken met paid spent brought bought built said told found kept sent put began begun chose
chosen drew drawn grew grown knew known saw seen shown wrote written spoke spoken thought gave given got gotten ran won
win lent lend sought
"""
# Verbs that are nouns of names and titles too ('Community Fund', 'Advice and Support', 'Repair Cafe'): their base
# and '-s' forms are verbs only after a word that makes them one (``_VERB_CUE``).
_NOUNS_TOO = """
fund grant award support help note review report purchase benefit bid vote return offer request share hope visit host
look pass set train build cover repair run state open second use welcome thank keep deliver enable create serve hold meet
release
"""
# Forms of those verbs that are nouns or adjectives of names as often ('Funding Panel', 'Shared Prosperity Fund').
_NAME_FORMS = frozenset(
    """
    opening building meeting meetings present funding training shared reading planning spending setting supported
    learning offering holding
    """.split()
)
_VERB_CUE = re.compile(r"\b(?:TO|WILL|WOULD|CAN|COULD|MUST|SHOULD|SHALL|NOT|DID|DOES|DO|ALSO)$")
# After an auxiliary a word in '-ED' is a participle ('HAS BEEN SHARED', 'WERE INTIMATED'), whatever its other uses.
_AUXILIARY = re.compile(r"\b(?:BE|BEEN|BEING|WAS|WERE|IS|ARE|HAS|HAVE|HAD)$")


def _inflected(verb: str) -> set[str]:
    """A regular verb's forms: 'award' -> awards, awarded, awarding; over-made forms ('wented') never occur."""
    if verb.endswith("e"):
        return {verb, verb + "s", verb + "d", verb[:-1] + "ing"}
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return {verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    if re.search(r"(?:s|sh|ch|x|z)$", verb):
        return {verb, verb + "es", verb + "ed", verb + "ing"}
    forms = {verb, verb + "s", verb + "ed", verb + "ing"}
    if len(verb) <= 4 and re.search(r"[^aeiou][aeiou][bdgmnprt]$", verb):
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


_VERB_FORMS = frozenset(form for verb in _VERBS.split() for form in _inflected(verb)) - _NAME_FORMS
_CUED = frozenset(form for verb in _NOUNS_TOO.split() for form in _inflected(verb) if not form.endswith(("ed", "ing")))
LOWER_WORDS = frozenset((_CLOSED_CLASSES + _ADVERBS + _ADJECTIVES).split()) | (_VERB_FORMS - _CUED)
# Acronyms with vowels, ranks and post-nominals kept as printed (also in attendance's copy, ``attendance_capitals``);
# vowel-less words of up to five letters are kept anyway ('CCTV', 'PCSP').
ACRONYMS = frozenset(
    "PC PCSO DC PS DS DI CI DCI DCS ACC DCC OBE MBE CBE KBE DBE QPM KPM JP DL KC QC MP MEP BEM CIC UK NHS OPCC".split()
)
# Vowel-less abbreviations printed in title case ('Cllr', 'Mrs', 'Ltd').
_ABBREVIATIONS = frozenset("mr mrs ms mx dr cllr cllrs st sgt supt insp revd jnr snr ltd rd".split())
# Two-letter words of the language and given names; other pairs of capitals are initials or acronyms ('AB', 'GP').
SHORT_WORDS = frozenset("of to in on at by an as or is be it he we no so up my me us do go if mr ms dr st jo al ed di vi".split())
_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ]+(?:['’][A-ZÀ-ÖØ-Þ]+)?")
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# What a word opening a line, a sentence, a label or a list item follows.
_OPENER = re.compile(
    r"(?:^|[\n\f.:!?•*–—“\"‘(-])[ \t]*$"
    r"|(?:^|\n)[ \t]*\(?(?:\d{1,3}[.)]?|[A-Z]{1,2}[.)]|[IVX]{1,4})[ \t]*$"
    r"|\(?\b(?:[A-Za-z]|[IVXivx]{1,4}|\d{1,3})\)[ \t]*$"
)


# A title or an initial before a lone 'A' makes it an initial ('COUNCILLOR A LOWE', 'ALDERMEN A G EWART', 'J A LOWE'); so
# does a list's comma or a line's start with a surname after it closing the name, other initials before it or none
# ('..., A HINDMARSH (MAYOR), ...', '..., A G EWART, ...').
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:MR|MRS|MS|MISS|MX|DR|CLLRS?|COUNCILLORS?|PROF(?:ESSOR)?|REVD?|SIR|DAME|LADY|LORD|ALDERM[AE]N|DEPUTY|MAYOR|[A-Z])\.?"
    r"|(?:^|[\n,])[ \t]*)[ \t]*$"
)
_ONE_WORD_AFTER = re.compile(r"(?:[ \t]+[A-Z]\.?)*[ \t]+[A-Z][A-Z'’-]+(?:[ \t]*(?:[,(;\n]|$)|[ \t]+(?:AND|&)[ \t])")


def initial_a(text: str, start: int) -> bool:
    """The capital 'A' at ``start`` of ``text`` (in capitals) is a name's initial, no article."""
    before = text[max(0, start - 20) : start]
    return bool(_TITLE_BEFORE.search(before)) and (
        not re.search(r"(?:^|[\n,])[ \t]*$", before) or bool(_ONE_WORD_AFTER.match(text, start + 1))
    )


# A heading line: an item's number, reference or Roman numeral (or none), then a short phrase with no verb, no
# label's colon and no sentence's full stop ('4. MINUTES OF THE APRIL COUNCIL MEETING', 'III FIREWORKS CONTROL ZONES').
_HEADING_LINE = re.compile(
    r"(?m)^[ \t]*(?P<number>(?:\d{1,4}(?:\.\d{1,3})*[A-Z]?[.)]?|[A-Z]{1,5}\d{0,4}/\d{1,4}[A-Z]?(?:/\d{1,4})?|[IVX]{1,4}[.)]?)[ \t]+)?"
    r"(?P<words>[A-Z(‘'“\"][^\n:;.]*?(?:ETC\.)?)[ \t]*$"
)
# A number alone on the line above a heading ('2.' / '2.1' / '(41)' over 'URGENT ITEMS').
_LONE_NUMBER_ABOVE = re.compile(r"(?:^|\n)[ \t]*\(?\d{1,4}(?:\.\d{1,3})*[.)]?[ \t]*\n$")
_HEADING_WORDS = 10
_HEADING_STOPS = frozenset(
    "is are was were be been being has have had will would shall should can could may might must did does do not".split()
) | _VERB_FORMS


def in_capitals(text: str) -> bool:
    """``text`` has letters and (nearly) none of them lower case."""
    upper = sum(c.isupper() for c in text)
    lower = sum(c.islower() for c in text)
    return upper >= _MIN_CAPITALS and lower <= _LOWER_SHARE * (upper + lower)


def recase(text: str) -> str:
    """``text`` (in capitals) in mixed case by vocabulary, one character for one (see the module docstring)."""

    def one(match: re.Match) -> str:
        word, start, end = match.group(0), match.start(), match.end()
        low = word.lower()
        before_char = text[start - 1] if start else ""
        after_char = text[end : end + 1]
        if before_char.isdigit() and (len(word) == 1 or low in ("st", "nd", "rd", "th", "am", "pm")):
            return low
        if before_char.isdigit() or after_char.isdigit() or "/" in (before_char, after_char):
            return word
        if re.fullmatch(r"[A-Z]|[IVX]{1,4}", word) and after_char == ")" and (before_char == "(" or before_char in " \t\n\f"):
            return low
        if _ROMAN.fullmatch(word) or word in ACRONYMS or len(word) == 2 and low not in SHORT_WORDS:
            return word
        if len(word) <= 5 and not re.search(r"[AEIOUY]", word) and low not in _ABBREVIATIONS:
            return word
        before = text[max(0, start - 40) : start]
        if word == "A" and initial_a(text, start):
            return word
        participle = len(word) > 4 and word.endswith("ED") and _AUXILIARY.search(before.rstrip())
        if not _OPENER.search(before) and (low in LOWER_WORDS or participle or low in _CUED and _VERB_CUE.search(before.rstrip())):
            return low
        head, apostrophe, tail = re.split(r"(['’])", word) if ("'" in word or "’" in word) else (word, "", "")
        # "O'NEIL" -> "O'Neil"; "COUNCIL'S" -> "Council's".
        tail = tail[:1] + tail[1:].lower() if len(head) == 1 else tail.lower()
        return head[0] + head[1:].lower() + apostrophe + tail

    recased = _WORD.sub(one, text)
    if len(recased) != len(text):
        return text
    for heading in _HEADING_LINE.finditer(text):
        words = heading["words"].split()
        numbered = heading["number"] or _LONE_NUMBER_ABOVE.search(text, max(0, heading.start() - 16), heading.start())
        if numbered and len(words) <= _HEADING_WORDS and not any(w.lower().strip(".,()-–") in _HEADING_STOPS for w in words):
            recased = recased[: heading.start("words")] + heading["words"] + recased[heading.end("words") :]
    return recased


def recased(document: ParsedDocument) -> ParsedDocument:
    """``document`` itself when it is in mixed case; else a copy with its page texts and table cells recased."""
    if not in_capitals(document.text):
        return document
    pages = [
        page.model_copy(
            update={
                "text": recase(page.text),
                "tables": [[[recase(cell) if cell else cell for cell in row] for row in table] for table in page.tables],
            }
        )
        for page in document.pages
    ]
    return ParsedDocument(
        sha256=document.sha256, path=document.path, format=document.format, parser=document.parser,
        title=document.title, pages=pages, warnings=document.warnings,
    )


Model = TypeVar("Model", bound=BaseModel)


def as_printed(found: Model, text: str) -> Model:
    """``found`` with every span text in the case of ``text`` (the document as printed), letter for letter."""

    def restore(value):
        if isinstance(value, Provenance):
            printed = text[value.start : value.end]
            if len(printed) != len(value.text):
                return value
            letters = "".join(p if p.lower() == v.lower() else v for p, v in zip(printed, value.text))
            return value.model_copy(update={"text": letters})
        if isinstance(value, BaseModel):
            changed = {name: restore(getattr(value, name)) for name in type(value).model_fields}
            return value.model_copy(update=changed)
        if isinstance(value, list):
            return [restore(item) for item in value]
        if isinstance(value, tuple):
            return tuple(restore(item) for item in value)
        if isinstance(value, dict):
            return {key: restore(item) for key, item in value.items()}
        return value

    return restore(found)
