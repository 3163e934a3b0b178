"""Award entries run on in one paragraph, parted by semicolons: 'A — £350 to improve the hall; B — £415 for a
projector; C (£200)'.

Press pages and newsletters print a round's results as one paragraph (often after a bullet glyph that the text
layer renders as a letter, 'l' for a Wingdings bullet); the list readers see one line holding several figures.
Each part is read alone: a Title-Case recipient, a separator (dash of any kind, colon, or a bracket round the
figure), then its figure. Two parts at least must read so, on one printed line, each with a figure no other reader claimed; a part
that does not (a cut-off last entry) is left out. Status comes from the lead-in before the paragraph or the
paragraph's own first words; a run that nothing calls an award keeps only recipients' names (``unbacked_line``).
Versioned by ``extractors.grants.projects.VERSION``.
"""

from __future__ import annotations

import re

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import build_mention, recipient_shaped, strip_name, title_case_name
from extractors.grants.project_status import refusing_lead, status_of_context
from extractors.readers.blocks import clean
from schemas.funding import ProjectMention

# A bullet glyph the text layer printed as a letter or symbol before the first entry.
_GLYPH = re.compile(r"[ \t]*(?:[l•▪◦●■\uf0b7\uf0a7o-](?=[ \t]+[A-Z]))?[ \t]*")
# A lead-in sentence the entries run on after, in the same paragraph ('Groups funded this year include: A — £N; ...').
_INLINE_LEAD = re.compile(r"[^£:;]{10,300}:(?=[ \t]*(?:[l•▪◦●■\uf0b7\uf0a7o-][ \t]+)?[A-Z])")
# 'Name — £N ...', 'Name: £N', 'Name (£N)'.
_ENTRY = re.compile(r"^[ \t]*(?:and[ \t]+)?(?P<name>[^;£()]{2,120}?)[ \t]*(?:[—–:-][ \t]*|\([ \t]*)£")

# 'groups that have received Community Chest grants this year include:': a lead reporting money given.
_GIVEN_LEAD = re.compile(r"\b(?:(?:have|has|had)\s+(?:been\s+)?(?:received|awarded|granted|given)|(?:were|was)\s+awarded)\b", re.I)

# A run is awards only under a lead naming grants; a schedule of payments or accounts lists payees.
_GRANT_WORDS = re.compile(r"\b(?:grants?|awards?|awarded|donations?|donated|fund(?:s|ed|ing)?|bursar(?:y|ies)|chest|successful|recipients?)\b", re.I)
_PAYMENTS = re.compile(r"\b(?:payments?|accounts?|cheques?|invoices?|payees?|bills|expenditure|salar(?:y|ies)|schedule)\b", re.I)


def segment_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    found: list[ProjectMention] = []
    for block in layout.blocks:
        if block.kind not in ("paragraph", "item") or block.end <= layout.start or block.start >= layout.end:
            continue
        text = layout.flat[block.start : block.end]
        if text.count(";") < 1 or text.count("£") < 2:
            continue
        entries = []
        inline = _INLINE_LEAD.match(text)
        inline = inline if inline and re.search(r"\b[a-z]{3,}\b", inline.group(0)) else None
        position = _GLYPH.match(text, inline.end() if inline else 0).end()
        for part in re.finditer(r"[^;]+", text[position:]):
            start = block.start + position + part.start()
            match = _ENTRY.match(part.group(0))
            if not match:
                continue
            name = strip_name(match.group("name"))
            amount = next(iter(layout.amounts_in(start + match.end() - 1, start + match.end())), None)
            if amount is None or amount.start in claimed or amount.qualifier is not None or not title_case_name(name):
                continue
            entries.append((name, start + match.start("name"), amount))
        if len(entries) < 2 or "\n" in layout.text[entries[0][1] : entries[-1][1]]:
            continue  # entries on lines of their own are the list readers' to read
        lead = clean(layout.flat[max(layout.start, block.start - 300) : block.start] + (inline.group(0) if inline else ""))
        if refusing_lead(lead) or not _GRANT_WORDS.search(lead) or _PAYMENTS.search(lead):
            continue
        status, evidence = status_of_context(lead.rsplit(".", 1)[-1] or lead)
        if status is None and (given := _GIVEN_LEAD.search(lead)):
            status, evidence = "approved", given.group(0)
        for name, start, amount in entries:
            if status is None and not recipient_shaped(name):
                continue
            found.append(build_mention(
                layout, extractor, name=name, amount=amount, start=start, end=amount.end, status=status,
                evidence=evidence, layout_kind="bullet", block=block, own_year_only=True,
            ))
            claimed.add(amount.start)
    return found
