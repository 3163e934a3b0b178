"""Records of the money extractors: amounts, allocations, projects and reconciliation checks.

Amounts are exact ``Decimal``s. A figure that cannot be read is kept with its printed
text and ``amount=None``, never guessed. Every record that comes from a document
carries a ``Provenance`` (document sha256, page, offsets, span text, extractor).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.facts import AllocationKind, Pot, ProjectStatus
from schemas.provenance import Provenance

Qualifier = Literal[
    "approximately", "around", "circa", "nearly", "just_over", "over", "just_under", "under", "up_to"
]
Scale = Literal["unit", "thousand", "million", "billion"]
YearSource = Literal["sentence", "relative", "section", "meeting_date", "none"]
YearForm = Literal["slash", "range", "fy_prefix", "period", "year_ending", "relative"]
MentionLayout = Literal["bullet", "heading", "decision", "table", "prose"]
FunderRole = Literal["awards", "by_or_from", "fund_owner", "fund_holder", "heading"]
PartyReading = Literal["funder", "recipient", "funder_by_or_from", "recipient_awarded"]
CheckName = Literal[
    "listed_projects_sum",
    "pots_sum_to_grant",
    "moved_to_tactical",
    "tactical_balance",
    "remaining_after_approvals",
    "underspend_total",
    "malformed_amount",
    "implausible_amount",
    "amounts_differ_between_mentions",
    "unparseable_year",
]
CheckResult = Literal[
    "ok", "within_approximation", "rounding", "mismatch", "malformed_amount", "implausible_amount", "unparseable"
]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MoneyAmount(_Record):
    """One printed £ amount; offsets index the text the parser was given."""

    text: str = Field(description="The amount exactly as printed, qualifier excluded, e.g. '£24K'.")
    start: int = Field(description="Offset of the '£' in the parsed text.")
    end: int = Field(description="Offset just past the amount (and its scale word) in the parsed text.")
    amount: Decimal | None = Field(description="Exact value in pounds; None when the figure is malformed.")
    qualifier: Qualifier | None = Field(
        default=None, description="Hedge printed before the amount, normalised (approx. -> approximately)."
    )
    qualifier_text: str | None = Field(default=None, description="The hedge as printed, e.g. 'approx.'.")
    scale: Scale = Field(default="unit", description="Multiplier printed after the figure (K, m, bn, million).")
    malformed: str | None = Field(default=None, description="Why the figure could not be read; None when it was.")
    implausible: bool = Field(
        default=False, description="The figure reads, but as no council's money (over £10bn, finer than a penny)."
    )

    @property
    def is_bound(self) -> bool:
        """True for 'over', 'under', 'up to': a limit, not a value."""
        return self.qualifier in {"just_over", "over", "just_under", "under", "up_to"}

    @property
    def is_approximate(self) -> bool:
        return self.qualifier is not None or self.scale != "unit"


class MoneyMention(_Record):
    money: MoneyAmount = Field(description="The parsed amount; offsets are document offsets.")
    provenance: Provenance = Field(description="Where the amount is printed.")


class YearMatch(_Record):
    """A financial year found in text; offsets index the parsed text."""

    year: str | None = Field(description="UK financial year 'YYYY/YY'; None when the printed form is not one.")
    text: str = Field(description="The words as printed, e.g. 'FY24/25' or 'this financial year'.")
    start: int = Field(description="Start offset in the parsed text.")
    end: int = Field(description="End offset in the parsed text.")
    form: YearForm = Field(description="Which printed form it was read from.")
    problem: str | None = Field(default=None, description="Why a year-like text could not be read, if so.")


class AllocationRecord(_Record):
    kind: AllocationKind = Field(description="What the figure is, in the contract's vocabulary.")
    financial_year: str | None = Field(description="Grant year 'YYYY/YY'; None when no year could be resolved.")
    year_source: YearSource = Field(description="Where the year was read: the sentence, section, meeting date...")
    amount: Decimal | None = Field(description="Exact amount in pounds; None when the printed figure is malformed.")
    amount_text: str = Field(description="The amount as printed.")
    qualifier: Qualifier | None = Field(description="Hedge printed with the amount (approx., just over...).")
    sentence: str = Field(description="The sentence the amount was classified from, whitespace collapsed.")
    provenance: Provenance = Field(description="The printed amount's span.")
    kind_stated: bool = Field(
        default=False, description="Its own words fix its kind without a year (a fund's size, a round's total)."
    )
    also_stated_at: list[Provenance] = Field(
        default_factory=list, description="Other places in the span stating the same kind, year and amount."
    )


class ProjectMention(_Record):
    name: str = Field(description="Project name as printed (markup and line breaks removed).")
    amount: Decimal | None = Field(description="Exact amount; None when absent or malformed.")
    amount_text: str | None = Field(description="Amount as printed; None when this mention gives no amount.")
    malformed: bool = Field(default=False, description="True when the printed amount could not be read.")
    financial_year: str | None = Field(description="Grant year 'YYYY/YY', or None.")
    year_source: YearSource = Field(description="Where the year was read.")
    pot: Pot | None = Field(description="Pot named by the paper's structure around the mention, or None.")
    status: ProjectStatus | None = Field(description="Status this mention gives; None when it gives none.")
    status_evidence: str | None = Field(description="The words that set the status.")
    recipient: str | None = Field(default=None, description="Organisation receiving the money, when named.")
    layout: MentionLayout = Field(description="Where it was found: bullet, bold heading, decision, table, prose.")
    list_id: int | None = Field(
        default=None, description="Mentions in the same printed list share an id (used to check stated totals)."
    )
    provenance: Provenance = Field(description="The mention's span (the list item, row or sentence).")
    description: str | None = Field(
        default=None,
        description="The paragraph printed under a bullet or heading mention (what the project is for); "
        "null for other layouts and when none is printed (set once the document's projects are merged).",
    )


class ProjectRecord(_Record):
    """One project of the span, merged from its mentions with their most specific facts."""

    name: str = Field(description="Name from the first mention that gives an amount.")
    amount: Decimal | None = Field(description="Most precise amount stated; None when only malformed ones exist.")
    amount_text: str | None = Field(description="The chosen amount as printed.")
    financial_year: str | None = Field(description="Grant year 'YYYY/YY', or None.")
    pot: Pot | None = Field(description="Upfront or tactical when a mention's context says so, else None.")
    status: ProjectStatus = Field(description="Most specific status of any mention; 'proposed' when none says.")
    recipient: str | None = Field(description="Recipient organisation, when a mention names one.")
    provenance: Provenance = Field(description="The mention the amount was taken from.")
    mentions: list[ProjectMention] = Field(description="Every mention merged into this project.")


class FunderMention(_Record):
    """A body a page names as the funder of its money, or a heading line naming the body the page is of."""

    body: str = Field(description="The body as printed, white space collapsed and a leading 'the' dropped.")
    role: FunderRole = Field(
        description="How the page names it: awards (the subject of an award verb: 'X has awarded'), by_or_from "
        "('funded by X', '£N from X'), fund_owner (\"X's Community Fund\"), fund_holder (a commissioner in a sentence "
        "naming 'his/her ... Fund'), heading (one of the page's first three lines is the body, or ends 'of'/'by' it)."
    )
    commissioner: bool = Field(
        description="The printing names a police (fire, crime) commissioner: 'PCC', 'the Commissioner' and "
        "'Police and Crime Commissioner for X' are one body on a page."
    )
    provenance: Provenance = Field(description="The body's printing.")


class AllocationParty(_Record):
    """A funder or recipient an allocation's sentence names ('The Commissioner has allocated £N to X')."""

    reading: PartyReading = Field(
        description="Which reading named it: funder and recipient ('awarded to R by F', 'F has awarded ... to R'), "
        "funder_by_or_from ('funded by F', 'grant from F'), recipient_awarded ('to award R £N'); the warehouse takes "
        "funder, else funder_by_or_from, and recipient, else recipient_awarded."
    )
    name: str = Field(description="The name as the sentence prints it, a leading 'the'/'a'/'an' dropped.")
    own_body: bool = Field(description="A lone word naming a body by its kind ('Partnership', 'Board', 'Council', 'CSP'): the paper's own body.")
    amount_start: int = Field(description="Start offset of the allocation's amount (allocations.char_start).")
    amount_end: int = Field(description="End offset of the allocation's amount (allocations.char_end).")
    provenance: Provenance = Field(description="The name's printing nearest the amount on its page, else the amount.")


class DataQualityRecord(_Record):
    check: CheckName = Field(description="Which rule was checked.")
    result: CheckResult = Field(description="ok, within_approximation, rounding (< £1), mismatch, malformed...")
    financial_year: str | None = Field(description="Year the figures belong to, when known.")
    stated: Decimal | None = Field(description="The figure the paper states (None when malformed).")
    stated_text: str | None = Field(description="That figure as printed, with its hedge.")
    computed: Decimal | None = Field(description="The figure the extracted parts give; None when not computable.")
    difference: Decimal | None = Field(description="stated - computed.")
    detail: str = Field(description="How 'computed' was obtained, in words and figures.")
    provenance: Provenance = Field(description="The stated figure's span.")


class FundingResult(_Record):
    """Everything the money extractors read from one span of a document."""

    money: list[MoneyMention] = Field(description="Every £ amount in the span.")
    allocations: list[AllocationRecord] = Field(description="Grant figures, one per kind, year and amount.")
    project_mentions: list[ProjectMention] = Field(description="Every project mention, in text order.")
    projects: list[ProjectRecord] = Field(description="Projects merged from the mentions.")
    data_quality: list[DataQualityRecord] = Field(description="Reconciliation results and flags.")
