"""The bodies a page's prose names as the funder of its money, and a heading naming the body the page is of.

Press pages and web notices of commissioners and councils print no meeting heading: the body
whose money it is appears only in prose, in a few recurring roles (``FunderMention.role``):

- ``awards``: the subject of an award verb: 'Anyshire District Council has awarded', 'the
  Commissioner has allocated', a title's 'Westby Town Council Allocates £N', an office before its
  holder's name ('Police and Crime Commissioner Jane Roe has allocated');
- ``by_or_from``: the agent after 'by' or the source after 'from', next to an award word or an
  amount: 'funded by the PCC', 'a grant from the Commissioner', '£N from the Home Office';
- ``fund_owner``: the owner of a named fund, "the Commissioner's Community Fund";
- ``fund_holder``: a commissioner in a sentence naming 'his Youth Fund'.

A national funder (Home Office, a government department, the National Lottery) is read in the
same roles only: 'has announced £N funding', 'allocated £N from the Home Office' say the money
is theirs, a mention elsewhere does not. A body after 'to' is the recipient and never read, nor
an officer or member of a body ('Leader of Anyshire Council'), nor commissioners in the plural.
``heading``: one of the page's first three lines is a body, or ends 'of'/'by' one (a site's
banner, 'Decisions of the Anyshire Combined Authority'); a body after 'for' or 'to' in a title is a
recipient. Which of these names the page's one funder (none when two bodies are named) is the
warehouse's choice (``pipeline/page_bodies.py``): the body directory decides which printings are
one body. Sentences are ``FundingLayout``'s (one carried on from a block into the next is one), each read
with its white space collapsed but its line breaks kept (a title's line ends its words), every span mapped
back to the document. Blocks without a body's word and a funding word are never split into sentences.
"""

from __future__ import annotations

import bisect
import re

from extractors.grants.funding_layout import Block, FundingLayout
from extractors.readers.spans import provenance
from extractors.registry import fact
from schemas.funding import FunderMention, FunderRole
from schemas.parsed import ParsedDocument
from schemas.records import FunderMentionRow

VERSION = "2"

# A name word starts a word: not inside one, nor after a word's hyphen or apostrophe ('A-A-A…', a row of capitals
# was tried from every letter, quadratic, review s18 item 1); an apostrophe opening a quote still precedes one.
_CAP = r"(?:(?<![\w-])(?<!\w['’])[A-Z][\w'’-]*|&)"
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
# A word every body printing above holds, and a word every role below needs (an award verb, money, a fund):
# a block without both names no funder, and is not split into sentences.
_BODY_WORD = re.compile(r"Commissioner|PCC|OPCC|PFCC|PCVC|Council|Authority|Mayor|Office|Department|Lottery|Government|Board|Partnership|Violence")
_ROLE_WORD = re.compile(
    r"£|award|allocat|grant|distribut|provid|giv|gave|invest|fund|contribut|approved|confirmed|announce|established"
    r"|launched|developed|set\s+up|created|hand\s+out|money|cash|support|received|benefit|scheme",
    re.I,
)

_AWARD = r"(?:award|allocat|grant|distribut|provid|giv|gave|invest|fund|contribut)\w*"
_VERB = (
    rf"(?:(?:has|have|had|is|are|will|today)\s+)?(?:(?:now|also|just|recently|today)\s+)?"
    rf"(?:{_AWARD}|agreed\s+to\s+(?:hand\s+out|distribute|award|give|fund)|to\s+(?:award|allocate|grant|fund)"
    r"|approved|confirmed|announce[sd]?|established|launched|developed|set\s+up|created)\b"
)
_HOLDER = r"(?:\s+(?:[A-Z][a-z]+|[A-Z]\.)(?:\s+[A-Z][\w'’-]+){0,2}(?:,\s+[^,.]{3,60},)?)?"
_ACRONYM = r"(?:\s*\([A-Z][A-Za-z]{1,6}\))?"
_SUBJECT = re.compile(rf"(?:^|(?<=[\s(]))(?:[Tt]he\s+)?{_BODY}{_ACRONYM}{_HOLDER}\s+{_VERB}(?P<rest>[^.\n]{{0,160}})")
_NO_MONEY_VERB = re.compile(r"announce|confirm|approved|established|launched|developed|set up|created")
_AGENT = re.compile(
    rf"(?:\b(?i:{_AWARD}|money|cash|grants?|support|received|benefit)|£[\d,.]+(?:\s*(?:m|k|million|bn|billion)\b)?)"
    rf"\s+(?:by|from)\s+(?:the\s+)?{_BODY}"
)
_OWNER = re.compile(rf"(?:[Tt]he\s+)?{_BODY}['’]s?\s+(?:[£\d.,]+[mk]?\s+)?(?:[A-Z][\w-]*\s+){{0,5}}(?:Fund|Grants?|Scheme)\b")
_HIS_FUND = re.compile(r"\b(?:his|her|their)\s+(?:[A-Z][\w-]*\s+){1,5}Fund\b")
# Words the patterns above cannot match without (tried first: the body pattern is slow to fail), and
# ``_SUBJECT`` after any non-word character: in a block, a sentence's start follows the sentence before.
_AGENT_WORD = re.compile(r"\s(?:by|from)\s")
_OWNER_WORDS = (re.compile(r"['’]"), re.compile(r"Fund|Grant|Scheme"))
_SUBJECT_IN_BLOCK = re.compile(rf"(?<!\w)(?:[Tt]he\s+)?{_BODY}{_ACRONYM}{_HOLDER}\s+{_VERB}")
_ANY_BODY = re.compile(_BODY)
_MONEY_CUE = re.compile(r"£|\bfund|\bgrant|\bmoney|\bcash", re.I)
_PLURAL = re.compile(r"Commissioners\b|PCCs\b")
# A heading line that is a body, or ends 'of'/'by' a body: 'Decisions of the Anyshire Combined Authority (ACA)'.
_LOCAL_BODY = rf"(?P<body>{_AUTHORITY}|{_BOARD}|{_COUNCIL}|{_COMMISSIONER})"
_HEADING = re.compile(rf"^(?:.{{0,80}}\b(?:of|by)\s+)?(?:[Tt]he\s+)?{_LOCAL_BODY}{_ACRONYM}\s*$")
_HEADING_LINES = 3
_HEADING_WIDTH = 120
_OFFICER = re.compile(r"^(?:Leaders?|Chief|Members?|Deputy|Chair|Cabinet|Head)\b")
_LEADING_THE = re.compile(r"^(?:The|the)\s+")
_COMMISSIONER_WORD = re.compile(r"Commissioner|\b(?:PCC|OPCC|PFCC|PCVC)\b")
_WORD = re.compile(r"\S+")
_BREAK = re.compile(r"[\n\f]")
_LOWER = re.compile(r"[a-z]")
_STOPS = (".", "!", "?", ":")


class _Collapsed:
    """``flat[start:end]`` with its white space collapsed, mapped back word by word. A gap holding a line break in
    ``text`` (the same offsets) is a line break, unless the line carries on: no closing stop before it and a
    lower-case word after ('Dunmere's Police / and Crime Commissioner'); any other gap is one space."""

    def __init__(self, flat: str, start: int, end: int, text: str | None = None) -> None:
        words = list(_WORD.finditer(flat, start, end))
        self._starts: list[int] = []  # where each word starts in the collapsed text
        self._offsets = [word.start() for word in words]  # and in the document
        pieces: list[str] = []
        at = 0
        for index, word in enumerate(words):
            if index:
                pieces.append(self._gap(text, words[index - 1], word))
            pieces.append(word.group())
            self._starts.append(at)
            at += len(word.group()) + 1
        self.text = "".join(pieces)

    @staticmethod
    def _gap(text: str | None, before: re.Match, after: re.Match) -> str:
        if text is None or not _BREAK.search(text, before.end(), after.start()):
            return " "
        return " " if _LOWER.match(after.group()) and not before.group().endswith(_STOPS) else "\n"

    def _offset(self, at: int) -> int:
        word = bisect.bisect_right(self._starts, at) - 1
        return self._offsets[word] + at - self._starts[word]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Document offsets of the collapsed ``text[start:end]``, which starts and ends on a word's character."""
        return self._offset(start), self._offset(end - 1) + 1


def _mention(document: ParsedDocument, line: _Collapsed, match: re.Match, role: FunderRole) -> FunderMention | None:
    """The mention of ``match``'s body, or None for an officer of the body or commissioners in the plural."""
    printed = _LEADING_THE.sub("", " ".join(match["body"].split()))
    if _PLURAL.fullmatch(printed.split()[-1]) or _OFFICER.match(printed):
        return None
    start, end = line.span(match.start("body"), match.end("body"))
    return FunderMention(
        body=printed, role=role, commissioner=bool(_COMMISSIONER_WORD.search(printed)),
        provenance=provenance(document, document.text, start, end, "funder_mentions", VERSION),
    )


def _owner_words(text: str) -> bool:
    return all(words.search(text) for words in _OWNER_WORDS)


def _may_name_funder(block: str) -> bool:
    """Whether a sentence of the block (white space collapsed) may name a funder: one of the patterns matches
    the whole block (a block without a match has no sentence with one)."""
    return bool(
        _SUBJECT_IN_BLOCK.search(block)
        or (_AGENT_WORD.search(block) and _AGENT.search(block))
        or (_owner_words(block) and _OWNER.search(block))
        or (_HIS_FUND.search(block) and _COMMISSIONER_WORD.search(block))
    )


def _sentence_mentions(sentence: str) -> list[tuple[re.Match, FunderRole]]:
    """The body printings of one sentence (white space collapsed) in a funder's role."""
    found: list[tuple[re.Match, FunderRole]] = []
    for match in _SUBJECT.finditer(sentence):
        verb_and_rest = sentence[match.end("body") : match.end()]
        if _NO_MONEY_VERB.search(verb_and_rest) and not _MONEY_CUE.search(match["rest"]):
            continue  # announcing or approving something that is no money
        found.append((match, "awards"))
    if _AGENT_WORD.search(sentence):
        found.extend((match, "by_or_from") for match in _AGENT.finditer(sentence))
    if _owner_words(sentence):
        found.extend((match, "fund_owner") for match in _OWNER.finditer(sentence))
    if _HIS_FUND.search(sentence):
        found.extend((m, "fund_holder") for m in _ANY_BODY.finditer(sentence) if _COMMISSIONER_WORD.search(m["body"]))
    return found


def _heading(document: ParsedDocument) -> FunderMention | None:
    """The body one of the page's first three lines is, or is 'of'/'by'."""
    text = document.text
    lines = (line for line in re.finditer(r"[^\n\f]+", text) if line.group().strip())
    for _, line in zip(range(_HEADING_LINES), lines):
        collapsed = _Collapsed(text, line.start(), line.end())
        match = _HEADING.match(collapsed.text) if len(collapsed.text) <= _HEADING_WIDTH else None
        if match and (mention := _mention(document, collapsed, match, "heading")):
            return mention
    return None


def _carries_on(flat: str, above: Block, below: Block) -> bool:
    """``below`` carries on the sentence ``above`` ends: no closing stop above, a lower-case word below (a wrapped
    line read as a heading: 'Section 9 of the Act allows the Commissioner to' / 'award grants.')."""
    return not flat[above.start : above.end].rstrip().endswith(_STOPS) and bool(_LOWER.match(flat[below.start : below.end].lstrip()))


def _runs(layout: FundingLayout) -> list[list[Block]]:
    """The blocks in runs that carry one sentence on from block to block."""
    runs: list[list[Block]] = []
    for block in layout.blocks:
        if runs and _carries_on(layout.flat, runs[-1][-1], block):
            runs[-1].append(block)
        else:
            runs.append([block])
    return runs


def _sentences(layout: FundingLayout, run: list[Block]) -> list[tuple[int, int]]:
    """``FundingLayout``'s sentences of a run's blocks, the one carried from block to block joined."""
    spans: list[tuple[int, int]] = []
    for block in run:
        pieces = layout.sentences(block)
        if spans and pieces:
            spans[-1] = (spans[-1][0], pieces[0][1])
            pieces = pieces[1:]
        spans.extend(pieces)
    return spans


@fact("funder_mentions", output=FunderMention, row=FunderMentionRow, key=("body", "role"))
def find_funder_mentions(document: ParsedDocument) -> list[FunderMention]:
    """Every body the document's sentences name in a funder's role, in page order, then its heading's body."""
    layout = FundingLayout(document)
    flat = layout.flat
    found: list[FunderMention] = []
    seen: set[tuple[int, int, str]] = set()
    for run in _runs(layout):
        start, end = run[0].start, run[-1].end
        if not (_BODY_WORD.search(flat, start, end) and _ROLE_WORD.search(flat, start, end)):
            continue
        if not _may_name_funder(" ".join(flat[start:end].split())):
            continue
        for start, end in _sentences(layout, run):
            sentence = _Collapsed(flat, start, end, layout.text)
            for match, role in _sentence_mentions(sentence.text):
                mention = _mention(document, sentence, match, role)
                where = (mention.provenance.start, mention.provenance.end, role) if mention else None
                if mention and where not in seen:
                    seen.add(where)
                    found.append(mention)
    heading = _heading(document)
    return found + ([heading] if heading else [])
