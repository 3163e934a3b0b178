"""Project mentions and the projects merged from them.

Layouts read first: a single decision whose title names its applicant ('X - Application for Financial Assistance',
'Grant to X') and whose decision gives one figure naming no one (``project_titled``). Then list items 'Name (£N)', 'Name – £N', '**Name** (£N) – description', a list
flattened onto one line after a colon ('included: Name A - £5000 Name B - £500 ...') or after a lead of example
awards, each figure followed by its purpose ('Examples A – £N to buy ... B - £M towards ...', ``project_purpose_runs``),
bold headings without an amount ('**Name**', 'WITHDRAWN: Name') that add a status to
a project listed elsewhere, decisions ('To award X £N to ...', 'approved a grant of
£N to X for ...', '£N has been awarded to X for ...', 'X received £N to ...', 'X will get £N towards ...', 'a grant had been made to X in the sum of £N', resolutions
'That a grant of £N be awarded to X towards ...'), table rows with a name (or purpose)
and an amount column (ParsedPage.tables, ' | ' and tab rows, cells one a line closed by ' |' (``project_cell_runs``), 'Name £N' rows, or name and figure on lines of their own, under a plain 'Applicant Amount Granted' header or its money column alone), award lines spaced apart under a lead saying they were given (``project_pair_runs``), items opening on a figure
that name only its purpose ('a) £N for the delivery of ...', ``project_purposes``), figure-first award lines
('£N to X towards ...', '£N for “a quoted purpose” at X', ``project_awards``), a recipient's name printed over its
award paragraph under a lead of grants awarded ('Eastmere Refugee Welcome' over '£95,000 over three years ...',
``project_name_heads``), several awards in one run after one
decision's verb ('agreed to give £N towards the repair of X, £M to Y and £P for Z', ``project_award_runs``), one figure for each of several
bodies ('grants of £N to A, B and C', ``project_shared``), Title-Case names
before '(£N)' in prose, entries run on with semicolons on one line ('A — £N for ...; B — £M ...', ``project_segments``),
and last, for a figure no reader claimed, the award clause around it in any wording ('X was awarded £N in funding',
'X benefitted from £N', 'a grant of £N per annum (...) be awarded to X', ``project_clauses``), before it a figure closed by
its verdict under the entry's applicant ('Eastby Scouts. New tents. £400 awarded.', ``project_verdicts``). A project is a mention with a printed amount: a recipient named without one (a list of the
groups a round funded, 'Recipients include A, B and C') is no project.
A decision under an 'Organisation – Project' title is named by that title; an applicant printed after a purpose's
figure ('Goal Posts – £N – submitted by X', '– Mr X') names it 'X – Goal Posts'. Money for a pot, for 'N projects' or for a
partnership's year is not a project, nor a bound on grants ('£250 or less', 'Small grants – up to £N', '£N to £M'), money for
counted recipients ('£N awarded to 12 groups'), a name that is a stage, a kind of recipient or an aim ('Round 2', 'Youth clubs',
'Tackle ...') or a fund listed as a source of money ('from the following funding streams: X Fund £N'); a list line or row
that nothing around calls an award, a bid or a decision is a project only under a recipient's name (``unbacked_line``).

Status comes from the words around a mention: the list's lead-in paragraph (or the
heading above it; 'were delivered during the year' completes the items that say nothing
themselves), a sentence after the list ('All projects have now received approval'), the
item's own description (progress updates), a note right after the amount ('£3,000 -
approved'), and a table's status column. Money outside the partnership's grant (another
funder's grant, a council's own budget, a failed bid) is no project. A decision statement
(see ``decision_layout``) sets the status of the items printed near it. Pot comes only from
the paper's structure: the last 'upfront' or 'tactical' printed before the mention
in the same section. Mentions merge when their names share nearly all their words
(acronyms such as '(BSL)' expanded, '&' = 'and', hyphens ignored).
"""

from __future__ import annotations

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.project_award_runs import award_run_mentions
from extractors.grants.project_awards import amount_first_mentions, same_amount_mentions
from extractors.grants.project_bid_runs import bid_run_mentions
from extractors.grants.project_cell_runs import cell_run_mentions
from extractors.grants.project_clauses import clause_mentions
from extractors.grants.project_decisions import decision_mentions
from extractors.grants.project_fields import field_mentions
from extractors.grants.project_figure_lines import figure_line_mentions
from extractors.grants.project_lists import item_mentions, line_pair_mentions, run_on_mentions
from extractors.grants.project_mention import not_a_project, unbacked_line
from extractors.grants.project_name_heads import name_head_mentions
from extractors.grants.project_merge import merge, name_words
from extractors.grants.project_pair_runs import pair_run_mentions
from extractors.grants.project_prose import prose_mentions
from extractors.grants.project_purpose_runs import purpose_run_mentions
from extractors.grants.project_purposes import purpose_mentions
from extractors.grants.project_segments import segment_mentions
from extractors.grants.project_shared import shared_figure_mentions
from extractors.grants.project_status import STATUS_RANK, decided
from extractors.grants.project_verdicts import verdict_mentions
from extractors.grants.project_will_fund import will_fund_mentions
from extractors.grants.project_tables import plain_header_mentions, stacked_mentions, table_mentions
from extractors.grants.project_titled import titled_mentions
from extractors.grants.word_sets import same_project
from schemas.funding import ProjectMention

VERSION = "123"
NAME = "projects"

# Importable from here: the entry point of the project extractor.
__all__ = ["NAME", "STATUS_RANK", "VERSION", "find_mentions", "merge", "name_words", "same_project"]


def find_mentions(layout: FundingLayout, claimed: set[int]) -> list[ProjectMention]:
    """Every project mention in the span, in text order; adds the offsets of amounts used to ``claimed``."""
    extractor = (NAME, VERSION)
    mentions = titled_mentions(layout, claimed, extractor)
    mentions += stacked_mentions(layout, claimed, extractor)
    mentions += segment_mentions(layout, claimed, extractor)
    mentions += table_mentions(layout, claimed, extractor)
    mentions += cell_run_mentions(layout, claimed, extractor)
    mentions += plain_header_mentions(layout, claimed, extractor)
    mentions += name_head_mentions(layout, claimed, extractor)
    mentions += figure_line_mentions(layout, claimed, extractor)
    mentions += item_mentions(layout, claimed, extractor)
    mentions += purpose_mentions(layout, claimed, extractor)
    mentions += purpose_run_mentions(layout, claimed, extractor)
    mentions += run_on_mentions(layout, claimed, extractor)
    mentions += line_pair_mentions(layout, claimed, extractor)
    mentions += pair_run_mentions(layout, claimed, extractor)
    mentions += field_mentions(layout, claimed, extractor)
    mentions += shared_figure_mentions(layout, claimed, extractor)
    mentions += bid_run_mentions(layout, claimed, extractor)
    mentions += decision_mentions(layout, claimed, extractor)
    mentions += amount_first_mentions(layout, claimed, extractor)
    mentions += award_run_mentions(layout, claimed, extractor)
    mentions += prose_mentions(layout, claimed, extractor)
    mentions += will_fund_mentions(layout, claimed, extractor)
    mentions += same_amount_mentions(layout, claimed, extractor)
    mentions += verdict_mentions(layout, claimed, extractor)
    mentions += clause_mentions(layout, claimed, extractor)
    found = decided(mentions, layout.decision_at, layout.adoption_at)
    kept = [m for m in found if not not_a_project(layout, m) and not unbacked_line(m)]
    _release_dropped(layout, claimed, found, kept)
    return sorted(kept, key=lambda m: m.provenance.start)


def _release_dropped(layout: FundingLayout, claimed: set[int], found: list[ProjectMention], kept: list[ProjectMention]) -> None:
    """A figure claimed by a mention judged no project afterwards ('the Unit is to receive a core grant of £N': money
    for the body itself) is left to the allocation rules, unless a kept mention's span holds it too."""
    spans = [(m.provenance.start, m.provenance.end) for m in kept]
    kept_ids = {id(m) for m in kept}
    for mention in found:
        if id(mention) in kept_ids or mention.amount_text is None:
            continue
        for amount in layout.amounts_in(mention.provenance.start, mention.provenance.end):
            if amount.start in claimed and amount.text == mention.amount_text and not any(s <= amount.start < e for s, e in spans):
                claimed.discard(amount.start)
