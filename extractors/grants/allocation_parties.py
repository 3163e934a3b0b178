"""The funder and recipient an allocation's sentence names: 'The Commissioner has allocated £48,000 to the
Eastvale Community Safety Partnership', 'awarded to the Partnership by the PCC', 'a grant from the Office of ...',
'To award Harbour Rowing Club £4,750'.

Read from each allocation's own sentence (``AllocationRecord.sentence``, white space collapsed), in four
readings the warehouse replays in order (``pipeline/bodies.py``): ``funder`` and ``recipient`` from the first of
'awarded to R by F' and 'F has awarded ... to R'; else ``funder_by_or_from`` ('funded by F', 'grant from F'); else
``recipient_awarded`` ('to award R £'). A name keeps its capitalised words, a leading 'the'/'a'/'an' dropped;
one word that is not an acronym names nobody ('Members'), except a lone word naming a body by its kind
('Partnership', 'Board', 'Council', 'CSP': ``own_body.OWN_BODY_KINDS``), which is the paper's own body (``own_body``: the
warehouse puts that body's name in its place, and reads on when it has none). Each name's span is its printing nearest the allocation's amount on the
amount's page (matched word by word, any white space, any case); a name not found there keeps the amount's span.
"""

from __future__ import annotations

import re

from extractors.grants.own_body import own_body_kind
from extractors.readers.spans import provenance
from extractors.registry import fact
from schemas.funding import AllocationParty, AllocationRecord, PartyReading
from schemas.parsed import ParsedDocument
from schemas.records import AllocationPartyRow

VERSION = "3"

_CAP = r"[A-Z][A-Za-z'’&-]*"
_ORG = rf"{_CAP}(?:\s+(?:(?:of|and|for|the|&)\s+)*{_CAP})*"
_GIVE = r"(?:allocated|awarded|granted|provided|agreed|approved|given|paid)"
_FUNDER_TO = re.compile(rf"(?:\bthe\s+|^|(?<=[\s(]))(?P<funder>{_ORG})\s+(?:has\s+|have\s+|had\s+)?{_GIVE}\b[^.;]*?\bto\s+(?:the\s+)?(?P<recipient>{_ORG})")
_TO_BY = re.compile(rf"\b{_GIVE}\s+to\s+(?:the\s+)?(?P<recipient>{_ORG})\s+by\s+(?:the\s+)?(?P<funder>{_ORG})")
_BY = re.compile(rf"\b(?:{_GIVE}|funded)\s+by\s+(?:the\s+)?(?P<funder>{_ORG})")
_FROM = re.compile(rf"\b(?:grant|funding|allocation|award)\s+(?:of\s+£[\d,.]+\s+)?from\s+(?:the\s+)?(?P<funder>{_ORG})")
_AWARD = re.compile(rf"\b[Tt]o\s+award\s+(?:the\s+)?(?P<recipient>{_ORG})\s+£")
_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.I)


def organisation(printed: str | None) -> tuple[str, bool] | None:
    """(name, own_body) of a name the sentence prints: an acronym names a body ('by the PCC' on a partnership's
    paper is its funder); a lone generic word is the paper's own body; another single word is no name (None)."""
    printed = _ARTICLE.sub("", (printed or "").strip())
    if not printed:
        return None
    if len(printed.split()) == 1:
        if printed.isupper() and len(printed) >= 2:
            return printed, False
        return (printed, True) if own_body_kind(printed) else None
    return printed, False


def readings(sentence: str) -> list[tuple[PartyReading, str, bool]]:
    """(reading, name, own_body) of every name the sentence prints in one of the four readings."""
    sentence = " ".join(sentence.split())
    found: list[tuple[PartyReading, str | None]] = []
    for pattern in (_TO_BY, _FUNDER_TO):
        if match := pattern.search(sentence):
            found += [("funder", match.group("funder")), ("recipient", match.group("recipient"))]
            break
    if match := _BY.search(sentence) or _FROM.search(sentence):
        found.append(("funder_by_or_from", match.group("funder")))
    if match := _AWARD.search(sentence):
        found.append(("recipient_awarded", match.group("recipient")))
    return [(reading, *named) for reading, printed in found if (named := organisation(printed))]


def _printing(document: ParsedDocument, name: str, amount: int) -> tuple[int, int] | None:
    """The printing of ``name`` nearest ``amount`` on the amount's page."""
    page = document.page_at(amount)
    pattern = re.compile(r"\s+".join(re.escape(word) for word in name.split()), re.I)
    spans = [(m.start() + page.char_start, m.end() + page.char_start) for m in pattern.finditer(page.text)]
    return min(spans, key=lambda span: abs(span[0] - amount)) if spans else None


@fact("allocation_parties", output=AllocationParty, row=AllocationPartyRow, key=("amount_start", "reading"), allocations=True)
def find_allocation_parties(document: ParsedDocument, allocations: list[AllocationRecord]) -> list[AllocationParty]:
    """The names every allocation's sentence gives its funder and recipient."""
    found: list[AllocationParty] = []
    for allocation in allocations:
        amount = allocation.provenance
        for reading, name, own_body in readings(allocation.sentence):
            start, end = _printing(document, name, amount.start) or (amount.start, amount.end)
            found.append(AllocationParty(
                reading=reading, name=name, own_body=own_body, amount_start=amount.start, amount_end=amount.end,
                provenance=provenance(document, document.text, start, end, "allocation_parties", VERSION),
            ))
    return found
