"""The funder a page's prose names, for funding facts no heading, report or sentence places.

Press pages and web notices of commissioners and councils print no meeting heading: the body
whose money it is appears only in prose, in a few recurring roles:

- the subject of an award verb: 'Anyshire District Council has awarded', 'the Commissioner
  has allocated', a title's 'Westby Town Council Allocates £N', an office before its holder's
  name ('Police and Crime Commissioner Jane Roe has allocated');
- the agent after 'by' or the source after 'from', next to an award word or an amount: 'funded by
  the PCC', 'grants from the Police and Crime Commissioner', '£N from the Home Office';
- the owner of a named fund: "the Commissioner's Community Fund", 'his Youth Fund' in a
  sentence naming a commissioner.

A national funder (Home Office, a government department, the National Lottery) takes part in
the same roles only: 'has announced £N funding', 'allocated £N from the Home Office' say the
money is theirs, a mention elsewhere does not. A body after 'to' is the recipient and never
read. A page naming two different funders this way names none (precision over recall); the
commissioner's printings ('PCC', 'the Commissioner', 'Police and Crime Commissioner for X')
are one body on a page. Pure text: no I/O.
"""

from __future__ import annotations

import re
import typing

_CAP = r"(?:[A-Z][\w'’-]*|&)"
_PLACE = rf"{_CAP}(?:\s+(?:of\s+|and\s+|the\s+|&\s+|upon\s+|on\s+|le\s+)*{_CAP}){{0,5}}"
_COMMISSIONER = (
    rf"(?:(?:{_PLACE})(?:['’]s)?\s+)?"
    r"(?:Police,?\s+(?:Fire\s+)?(?:and\s+|&\s+)?Crime(?:\s+and\s+Victims['’]?)?\s+|Police\s+)?"
    rf"Commissioner(?!s)(?:\s+for\s+(?:the\s+)?{_PLACE})?"
    rf"|(?:{_PLACE}\s+)?\b(?:PCC|OPCC|PFCC|PCVC)\b(?!s)"
)
_COUNCIL = (
    rf"{_PLACE}\s+(?:(?:Town|Parish|District|Borough|City|County|Community|Metropolitan\s+Borough|Area)\s+)?Council(?!s|lor)"
)
_AUTHORITY = rf"{_PLACE}\s+Combined\s+(?:County\s+)?Authority|Mayor\s+of\s+(?:the\s+)?{_PLACE}|{_PLACE}\s+Mayor\b"
_NATIONAL = (
    r"Home\s+Office|Department\s+for\s+[A-Z][\w,]*(?:\s+(?:and\s+)?[A-Z]\w*){0,4}"
    r"|(?:The\s+)?National\s+Lottery\s+(?:Community|Heritage)\s+Fund|Welsh\s+Government|Scottish\s+Government"
)
_BOARD = rf"{_PLACE}\s+(?:Safer\s+Neighbourhood\s+Board|Community\s+Safety\s+Partnership|Violence\s+Reduction\s+(?:Unit|Network))"
_BODY = rf"(?P<body>{_NATIONAL}|{_AUTHORITY}|{_BOARD}|{_COUNCIL}|{_COMMISSIONER})"

_AWARD = r"(?:award|allocat|grant|distribut|provid|giv|gave|invest|fund|contribut)\w*"
_VERB = (
    rf"(?:(?:has|have|had|is|are|will|today)\s+)?(?:(?:now|also|just|recently|today)\s+)?"
    rf"(?:{_AWARD}|agreed\s+to\s+(?:hand\s+out|distribute|award|give|fund)|to\s+(?:award|allocate|grant|fund)"
    r"|approved|confirmed|announce[sd]?|established|launched|developed|set\s+up|created)\b"
)
_HOLDER = r"(?:\s+(?:[A-Z][a-z]+|[A-Z]\.)(?:\s+[A-Z][\w'’-]+){0,2}(?:,\s+[^,.]{3,60},)?)?"
_ACRONYM = r"(?:\s*\([A-Z][A-Za-z]{1,6}\))?"
_SUBJECT = re.compile(rf"(?:^|(?<=[\s(]))(?:[Tt]he\s+)?{_BODY}{_ACRONYM}{_HOLDER}\s+{_VERB}(?P<rest>[^.\n]{{0,160}})")
_AGENT = re.compile(
    rf"(?:\b(?i:{_AWARD}|money|cash|grants?|support|received|benefit)|£[\d,.]+(?:\s*(?:m|k|million|bn|billion)\b)?)"
    rf"\s+(?:by|from)\s+(?:the\s+)?{_BODY}"
)
_OWNER = re.compile(rf"(?:[Tt]he\s+)?{_BODY}['’]s?\s+(?:[£\d.,]+[mk]?\s+)?(?:[A-Z][\w-]*\s+){{0,5}}(?:Fund|Grants?|Scheme)\b")
_HIS_FUND = re.compile(r"\b(?:his|her|their)\s+(?:[A-Z][\w-]*\s+){1,5}Fund\b")
_MONEY_CUE = re.compile(r"£|\bfund|\bgrant|\bmoney|\bcash", re.I)
_PLURAL = re.compile(r"Commissioners\b|PCCs\b")
# A heading line that is a body, or ends 'of'/'by' a body: 'Decisions of the Anyshire Combined Authority (ACA)'.
_LOCAL_BODY = rf"(?P<body>{_AUTHORITY}|{_BOARD}|{_COUNCIL}|{_COMMISSIONER})"
_HEADING = re.compile(rf"^(?:.{{0,80}}\b(?:of|by)\s+)?(?:[Tt]he\s+)?{_LOCAL_BODY}{_ACRONYM}\s*$")


_OFFICER = re.compile(r"^(?:Leaders?|Chief|Members?|Deputy|Chair|Cabinet|Head)\b")


def _clean(printed: str) -> str | None:
    """The printing without a leading 'the'; None for an officer or member of the body ('Leader of
    Anyshire Council'), who is not the body."""
    printed = re.sub(r"^(?:The|the)\s+", "", " ".join(printed.split()))
    return None if _OFFICER.match(printed) else printed


def _is_commissioner(printed: str) -> bool:
    return bool(re.search(r"Commissioner|\b(?:PCC|OPCC|PFCC|PCVC)\b", printed))


def _sentences(text: str) -> list[str]:
    """Sentences, and lines without a full stop (titles); a line wrapped before a lower-case word
    ('Anyshire's Police / and Crime Commissioner') is joined to the next."""
    flat = re.sub(r"(?<![.!?:])\n(?=\s*[a-z])", " ", text.replace("\f", "\n"))
    return [" ".join(s.split()) for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"'])|\n", flat) if s.strip()]


def page_funders(text: str) -> list[str]:
    """Every printing of a body the page's prose names in a funder's role, in page order."""
    found: list[str] = []
    for sentence in _sentences(text):
        for match in _SUBJECT.finditer(sentence):
            verb_and_rest = sentence[match.end("body"):match.end()]
            if re.search(r"announce|confirm|approved|established|launched|developed|set up|created", verb_and_rest) and not _MONEY_CUE.search(match["rest"]):
                continue  # announcing or approving something that is no money
            found.append(match["body"])
        found.extend(match["body"] for match in _AGENT.finditer(sentence))
        found.extend(match["body"] for match in _OWNER.finditer(sentence))
        if _HIS_FUND.search(sentence):
            found.extend(m["body"] for m in re.finditer(_BODY, sentence) if _is_commissioner(m["body"]))
    cleaned = (_clean(body) for body in found if not _PLURAL.fullmatch(body.split()[-1]))
    return [body for body in cleaned if body]


def page_heading(text: str) -> str | None:
    """The body one of the page's first three lines is, or is 'of'/'by' (a site's banner, a
    decision list's title); a body after 'for' or 'to' in a title is a recipient and not read."""
    lines = [" ".join(line.split()) for line in text.replace("\f", "\n").splitlines() if line.strip()][:3]
    for line in lines:
        match = _HEADING.match(line) if len(line) <= 120 else None
        if match and (body := _clean(match["body"])):
            return body
    return None


def page_funder(text: str, key: typing.Callable[[str], str]) -> str | None:
    """The one body the page names as funder, as printed (its longest printing), or None when it
    names none or two. ``key`` normalises a name (``bodies.body_key``)."""
    printings = page_funders(text)
    if not printings:
        return None
    groups: dict[str, list[str]] = {}
    for printed in printings:
        groups.setdefault("commissioner" if _is_commissioner(printed) else key(printed), []).append(printed)
    if len(groups) != 1:
        return None
    return max(next(iter(groups.values())), key=len)

