"""The words a paper names its own body by, its kind alone: 'the Partnership', 'the Board', 'the Council', 'the
Commissioner'. One list for the money readers that tell the paper's own body from a named recipient or funder
(``allocation_parties``: a lone word naming the paper's body; ``project_decisions``: a subject that is no recipient;
``project_mention``: an owner whose money is no project; ``project_clauses``: a whole name made of a kind;
``stated_forms``: a grant confirmed to the body); and the kinds of the body that takes or holds an area's grant:
``GRANT_TAKER`` ('the Partnership was awarded £N', read by ``allocation_clauses`` and ``round_cues``) and ``GRANT_HOLDER``, with
the commissioner's office ('given to the PCC' is the grant's own money, read by ``allocation_clauses`` and
``project_decisions``). Readers of three entries (``projects``, ``allocation_parties``,
``stated_totals``) share these words, so the module has its own ``VERSION``.
"""

from __future__ import annotations

VERSION = "2"

OWN_BODY_KINDS = (
    "Partnership", "CSP", "Board", "Committee", "Panel", "Cabinet", "Council", "Authority", "Commissioner", "PCC", "OPCC",
)
# The kinds as one regular-expression alternation (match it case-insensitively).
OWN_BODY_KIND = "(?:" + "|".join(OWN_BODY_KINDS) + ")"
# Matched case-insensitively by ``allocation_clauses`` and ``round_cues``, as printed by ``project_decisions``.
GRANT_TAKER_KINDS = ("Partnership", "CSP", "Board")
GRANT_TAKER = "(?:" + "|".join(GRANT_TAKER_KINDS) + ")"
GRANT_HOLDER = "(?:" + "|".join((*GRANT_TAKER_KINDS, "Commissioner", "PCC", "OPCC")) + ")"
_LOWER = frozenset(kind.lower() for kind in OWN_BODY_KINDS)


def own_body_kind(word: str) -> bool:
    """One word that names the paper's own body by its kind ('Partnership', 'board')."""
    return word.strip().lower() in _LOWER
