"""Award entries run on in one printed line: 'A — £350 to improve the hall; B — £415 for a projector', 'It was
resolved to make the following donations: A £200, B £150 and C £100', 'grants be made - A £250; B £300'.

Press pages, newsletters and parish minutes print a round's results or a meeting's donations as one line (often after
a bullet glyph that the text layer renders as a letter, 'l' for a Wingdings bullet); the list readers see one line
holding several figures. The line is parted by semicolons, or by commas and 'and' when it prints none, and each part
read alone (the first after the words of a sentence running into it, 'The beneficiaries were A (£N), ...', which then
lead the run): a Title-Case recipient, an optional separator (dash of any kind, colon, or a bracket round the figure),
then its figure ('A, £N; B, £M' a comma between, read only under a lead calling them awards; 'A, B and C (£N each)' is one figure for several names, ``project_shared``'s to read). Two parts at least must read so, each with a figure no other reader claimed; a part that does not
(a cut-off last entry) is left out. The lead (on the line before a colon or dash, else the text above) must name
grants, donations or funding, and one calling its list payments or accounts (a payments schedule: salaries, HMRC,
hire) gives none. Status comes from that lead; a run that nothing calls an award keeps only recipients' names
(``unbacked_line``). Versioned by ``extractors.grants.projects.VERSION``.
"""

from __future__ import annotations

import re

from extractors.grants.allocation_cues import PAYMENT_WORDS
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import build_mention, recipient_shaped, strip_name, title_case_name
from extractors.grants.project_shared import EACH_BRACKET_AFTER
from extractors.grants.project_status import refusing_lead, status_of_context
from extractors.readers.blocks import clean
from schemas.funding import MoneyAmount, ProjectMention

# A bullet glyph the text layer printed as a letter or symbol before the first entry.
_GLYPH = re.compile(r"[ \t]*(?:[l•▪◦●■\uf0b7\uf0a7o-](?=[ \t]+[A-Z]))?[ \t]*")
# A lead-in the entries run on after, on the same line ('Groups funded this year include: A — £N; ...', 'Resolved that
# the following grants be made - A £N; B £M').
_INLINE_LEAD = re.compile(r"[^£:;\n]{10,300}?(?::|[ \t][-–—])(?=[ \t]*(?:[l•▪◦●■\uf0b7\uf0a7o-][ \t]+)?[A-Z])")

# 'clubs given Small Grants so far include:', 'It was resolved to make the following
# donations:': a lead reporting money given or a meeting giving it.
_GIVEN_LEAD = re.compile(
    r"\b(?:(?:have|has|had)\s+(?:been\s+)?(?:received|awarded|granted|given)|(?:were|was)\s+awarded|"
    r"(?:resolved|agreed)\b[^.:;£]{0,60}?\b(?:make|made|award|give|donate|pay|approve|grant))\b",
    re.I,
)

# A run is awards only under a lead naming grants; one its own lead calls payments or accounts lists payees.
_GRANT_WORDS = re.compile(
    r"\b(?:grants?|awards?|awarded|donations?|donated|fund(?:s|ed|ing)?|bursar(?:y|ies)|chest|successful|recipients?|"
    r"s\.?\s?137)\b",
    re.I,
)
_PAYMENTS = re.compile(PAYMENT_WORDS, re.I)


# A sentence running into the first entry: 'The beneficiaries were ', 'Grants went to ', 'Recipients included '.
_RUN_IN = re.compile(
    r"(?:^|[.!?][ \t]+)(?P<lead>[A-Z][\w'’]*(?:[ \t]+[a-z][\w'’-]*){0,5}[ \t]+(?:were|are|include[sd]?|went[ \t]+to))[ \t]+(?=[A-Z])"
)

# 'Eastby has been granted £N, Northby £M and Southby £K': places' bare shares of a fund, no projects (a share printed
# with the scheme it pays for is read by the clause readers).
_PLACE_SHARES_BEFORE = re.compile(
    r"\b(?-i:[A-Z][\w'’-]*)(?:[ \t]+(?-i:[A-Z][\w'’-]*)){0,3}[ \t]+(?:has|have)[ \t]+been[ \t]+(?:granted|given|allocated|awarded)"
    r"[ \t]+£[ \t]?[\d.,]+(?:[ \t]*(?:m|bn|k|million|billion)\b)?[ \t]*,[ \t]*$",
    re.I,
)


def _entries(layout: FundingLayout, start: int, text: str, claimed: set[int]) -> list[tuple[str, int, MoneyAmount, bool]]:
    """The entries of a run starting at offset ``start``: each figure named by the words between it and the entry
    before, after that entry's last comma or semicolon (its purpose) and a joining 'and' ('..., A Sports and Social
    Club £100 and B £50'); the flag marks a name parted from its figure by a comma."""
    entries = []
    position = 0
    for amount in layout.amounts_in(start, start + len(text)):
        part = text[position : amount.start - start]
        position = amount.end - start
        pieces = re.split(r"[,;]", part)
        piece = pieces[-1]
        comma = not piece.strip() and len(pieces) > 1 and part.rstrip().endswith(",")
        if comma:
            piece = pieces[-2]  # 'A, £N; B, £M': a comma between each name and its figure
        if not entries and (run_in := _RUN_IN.search(piece)):
            piece = piece[run_in.end() :]  # 'The beneficiaries were A (£N), ...': the sentence runs into its first entry
        lead = re.match(r"[ \t]*(?:(?:and|&)[ \t]+)?", piece)
        name = strip_name(re.sub(r"[ \t]*[(—–:-][ \t]*$", "", piece[lead.end() :]))
        name = re.sub(r"^the\s+(?=[A-Z])", "", name)  # '; the Lantern Cafe, £N;': the article printed in lower case
        if re.search(r"[a-z]\s*$", piece) and not re.search(r"[A-Z][\w'’&.-]*\s*[(—–:-]?\s*$", piece):
            continue  # 'X received £N, Y got £M': a sentence with verbs, the clause readers' to read
        if amount.start in claimed or amount.qualifier is not None or not title_case_name(name):
            continue
        if EACH_BRACKET_AFTER.match(layout.flat, amount.end):
            continue
        entries.append((name, amount.start - len(piece) + lead.end(), amount, comma))
    return entries


def segment_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    found: list[ProjectMention] = []
    for block in layout.blocks:
        if block.kind not in ("paragraph", "item", "numbered") or block.end <= layout.start or block.start >= layout.end:
            continue
        for line in re.finditer(r"[^\n]+", layout.text[block.start : block.end]):
            if line.group(0).count("£") >= 2:
                found += _line_mentions(layout, block, block.start + line.start(), line.group(0), claimed, extractor)
    return found


def _line_mentions(layout: FundingLayout, block, start: int, text: str, claimed: set[int], extractor) -> list[ProjectMention]:
    inline = _INLINE_LEAD.match(text)
    inline = inline if inline and re.search(r"\b[a-z]{3,}\b", inline.group(0)) else None
    position = _GLYPH.match(text, inline.end() if inline else 0).end()
    entries = _entries(layout, start + position, text[position:], claimed)
    if len(entries) < 2 or _PLACE_SHARES_BEFORE.search(text, 0, entries[0][1] - start):
        return []
    before = text[position : entries[0][1] - start]
    run_in = None if inline else _RUN_IN.search(text, position, entries[0][1] - start + 1)
    lead = clean(layout.flat[max(layout.start, start - 300) : start] + (inline.group(0) if inline else before if run_in else ""))
    sentence = inline.group(0) if inline else run_in.group("lead") if run_in else re.split(r"(?<=[.!?])\s+", lead)[-1]
    if refusing_lead(lead) or refusing_lead(text) or not _GRANT_WORDS.search(lead) or _PAYMENTS.search(sentence):
        return []
    status, evidence = status_of_context(run_in.group("lead") if run_in else lead.rsplit(".", 1)[-1] or lead)
    if status is None and (given := _GIVEN_LEAD.search(lead)):
        status, evidence = "approved", given.group(0)
    years = {y.year for y in layout.years_in(start, start + len(text)) if y.year and y.form != "relative"}
    year = next(iter(years)) if len(years) == 1 else None  # 'grants for 2024/25: A £N, B £M': the line's one year
    found = []
    for name, at, amount, comma in entries:
        if status is None and (comma or not recipient_shaped(name)):
            continue  # 'Salaries, £8,200; Rent, £2,400': budget heads, unless a lead calls the list awards
        found.append(build_mention(
            layout, extractor, name=name, amount=amount, start=at, end=amount.end, status=status,
            evidence=evidence, layout_kind="bullet", block=block, own_year_only=True, year=year,
        ))
        claimed.add(amount.start)
    return found
