"""Payouts, running totals and balances as commissioners' and mayors' news pages word them.

Read by ``stated_totals.stated_kind`` after its own forms, for a yearless figure whose clause alone fixes its kind; the
forms are declared in ``stated_forms`` with the other totals' (one vocabulary), read here.
``approved_total``: 'by granting a total of £N to <projects>' (a payout to collective recipients); 'brings the total
amount of funding provided to <projects> to £N' (a running total); 'the £N already delivered by the scheme to 700
projects'; 'has given away £N from his X Fund'; 'organisations will get a share of £N'; 'the fund has supported 100 projects with £N';
'Charities and groups ..., including A and B, will receive £N of funding from <funder>'. ``grant_total``: '<funder>
provided the PCSP with £N', 'to apply to the Commissioner for a share of £N'; never 'A further £N has been allocated to
the fund' (``top_up``: a sum added to a fund is not its size). ``remaining``: '£N still to be allocated'. ``underspend``: 'an
under-spend of £N'. A cumulative figure 'since the fund was launched' or 'since 2014' spans years (``since_launch``).
A total the next sentence splits into two or more printed shares adding up to it is left for the shares
(``split_into_shares``: '... granted £N by the two commissioners. Area A will receive a share of £A and area B
will get a share of £B').
"""

from __future__ import annotations

from extractors.grants import stated_forms as forms
from extractors.grants.funding_layout import FundingLayout
from extractors.grants.round_cues import TO_MANY
from schemas.facts import AllocationKind
from schemas.funding import MoneyAmount


def running_kind(left: str, right: str) -> AllocationKind | None:
    """The kind one of the forms read here (module docstring) fixes for a yearless figure, else None."""
    if forms.UNDERSPEND_OF.search(left):
        return "underspend"
    if forms.STILL_TO_GIVE.match(right):
        return "remaining"
    if forms.GRANTING_A_TOTAL.search(left) and TO_MANY.match(right):
        return "approved_total"
    if forms.RUNNING_TOTAL_TO.search(left) or forms.ALREADY_GIVEN_TO_COUNTED.match(right):
        return "approved_total"
    if forms.GAVE_AWAY.search(left) and forms.FROM_OWN_FUND.match(right):
        return "approved_total"
    if forms.GET_A_SHARE.search(left) and not forms.COUNTED.search(left):
        return "approved_total"
    if forms.SUPPORTED_COUNTED_WITH.search(left):
        return "approved_total"
    opening = forms.RECIPIENTS_OPENING.match(left)
    if opening and not forms.COUNTED.search(left) and forms.RECEIVE_BEFORE.search(left) and forms.FUNDING_FROM_AFTER.match(right):
        return "approved_total"
    if forms.PROVIDED_PARTNERSHIP_WITH.search(left) or forms.APPLY_FOR_A_SHARE.search(left):
        return "grant_total"
    return None


def top_up(left: str, right: str) -> bool:
    """'A further £N has been allocated to the fund': a sum put into a fund, not the fund's size (never 'has been
    awarded a further £N', a grant of its own)."""
    return bool(forms.TOP_UP_BEFORE.search(left) and forms.INTO_FUND_AFTER.match(right))


def since_launch(sentence: str) -> bool:
    """The figure's sentence counts from a fund's start ('since the fund was launched'): a total over several years."""
    return bool(forms.SINCE_LAUNCH.search(sentence))


def split_into_shares(layout: FundingLayout, amount: MoneyAmount, sentence: tuple[int, int]) -> bool:
    """The next sentence prints two or more figures as 'a share of £N' that add up to the figure (to within half a
    per cent: the total may be rounded): the figure is the shares' sum, each share a body's own total."""
    if amount.amount is None or not amount.amount or sentence[1] >= layout.end:
        return False
    following = layout.sentence_at(min(sentence[1] + 1, layout.end - 1))
    if following[0] < sentence[1]:
        return False
    shares = [
        a.amount for a in layout.amounts_in(*following)
        if a.amount is not None and forms.SHARE_OF.search(layout.flat[max(following[0], a.start - 30) : a.start])
    ]
    return len(shares) >= 2 and abs(sum(shares) - amount.amount) <= amount.amount / 200
