"""Example awards run together on one line, each a name, a dash, its figure and what it paid for: 'Examples Eastby
Tennis Club – £310 to purchase new nets Fellside Cricket Club - £520 towards the cost of a roller ...' (a grant scheme's
presentation whose slides the text layer flattened to a line each).

The line opens on a lead that says its entries are awards made ('Examples', 'Examples of funded projects', 'Recent
awards', 'Projects funded'); each name is the Title-Case run right before its dash, each figure is followed by a
purpose in lower case opening on 'to', 'towards' or 'for' that runs to the next name. Each name is a body's: it ends on
a word for one ('Club', 'Hall', 'Parish Council'), opens on 'Friends of' or is an acronym ('Hall Hire – £40 for a morning',
'Bench Repairs - £300 towards new slats' are costs or ideas, no awards). Three entries at least; the run stops at the
first entry that breaks the shape. The entries are approved awards; a year only when their line prints one.
These rules are versioned by ``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_mention import build_mention, valid_name
from schemas.funding import ProjectMention

_LEAD = re.compile(
    r"^[ \t]*(?:Examples?(?:[ \t]+of[ \t]+(?:funded[ \t]+)?(?:projects|grants|awards))?|Recent[ \t]+(?:awards|grants)"
    r"|Projects[ \t]+funded|Funded[ \t]+projects)[ \t]*:?[ \t]+(?=[A-Z])",
    re.M,
)
_WORD = r"[A-Z][\w'’&.]*(?:-[\w'’&.]+)*"
_NAME = rf"(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|of|and|&|the|for|on|in|at))*?)[ \t]+[-–—][ \t]*$"
_FIRST = re.compile(_NAME)
# What the previous figure paid for, in lower case, then the next entry's name.
_NEXT = re.compile(rf"[ \t]*(?:to|towards|for)\b[^A-Z£\n]*?[ \t]+{_NAME}")
_LAST = re.compile(r"[ \t]*(?:to|towards|for)\b[^A-Z£\n]*$")
_MIN_ENTRIES = 3
_BODY_LAST = frozenset(
    """club clubs group groups hall council society association trust church school academy centre center charity foundation
    cic team band choir scouts guides brownies cubs beavers rainbows committee network partnership project theatre players
    league pta ltd limited fc afc rfc cc alliance collective forum circle institute""".split()
)
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")


def _body_name(name: str) -> bool:
    """The name is a body's (module docstring), no cost or idea."""
    words = name.split()
    return words[-1].lower().strip(".'’") in _BODY_LAST or _ACRONYM.match(words[-1]) is not None or name.startswith("Friends of ")


def purpose_run_mentions(layout: FundingLayout, claimed: set[int], extractor: tuple[str, str]) -> list[ProjectMention]:
    """The entries of each run-on line of example awards (see the module docstring); their figures are claimed."""
    found = []
    for lead in _LEAD.finditer(layout.text, layout.start, layout.end):
        line_end = layout.text.find("\n", lead.end())
        line_end = layout.end if line_end < 0 else min(line_end, layout.end)
        block = layout.block_at(lead.start())
        if block is None:
            continue
        entries, cursor = [], lead.end()
        for amount in layout.amounts_in(lead.end(), line_end):
            if amount.start in claimed:
                break
            match = (_NEXT if entries else _FIRST).match(layout.text, cursor, amount.start)
            if match is None or not valid_name(match.group("name")) or not _body_name(match.group("name")):
                break
            entries.append((match.start("name"), match.group("name"), amount))
            cursor = amount.end
        if entries and not _LAST.match(layout.text, entries[-1][2].end, line_end):
            entries.pop()
        if len(entries) < _MIN_ENTRIES:
            continue
        for start, name, amount in entries:
            claimed.add(amount.start)
            found.append(build_mention(
                layout, extractor, name=name, amount=amount, start=start, end=amount.end, status="approved",
                evidence=lead.group(0).strip(), layout_kind="bullet", block=block, list_id=block.index, own_year_only=True,
            ))
    return found
