"""Session 29 debt: the not-a-grant vocabularies in one place (``round_cues``), read by their readers as before; the
police resources part names IT in capitals only ('it' is no resource)."""

from extractors.grants.round_cues import NOT_INVESTED_IN, PLACE_CENTRE, STAFF_AWARDS
from tests.page_helpers import page_facts


def _allocations(page: str) -> list[tuple[str, float]]:
    return [(a.kind, float(a.amount)) for a in page_facts(page).allocations]


def test_it_in_lower_case_after_an_investment_is_no_police_resource():
    page = "The fund had its best year, with £5,120.50 invested into neighbourhoods across Fellshire, where it paid for youth clubs.\n"
    assert _allocations(page) == [("approved_total", 5120.5)]


def test_new_it_for_the_force_is_still_its_own_spending():
    page = "The Commissioner has so far invested £40,000 in the current financial year in new IT for the control room.\n"
    assert _allocations(page) == []


def test_the_shared_vocabularies_read_what_their_readers_read():
    assert NOT_INVESTED_IN.search("in 12 extra PCSOs") and NOT_INVESTED_IN.search("to resurface the roads")
    assert not NOT_INVESTED_IN.search("where it paid for youth clubs")
    assert STAFF_AWARDS.search("Awards were presented to long-serving staff:") and not STAFF_AWARDS.search("Awards to groups:")
    assert PLACE_CENTRE.search("Westby Town Centre") and not PLACE_CENTRE.search("Westby Advice Centre")
