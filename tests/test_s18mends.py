"""Session 18 review mends (our own words): a run-on item title ends where a sentence opens with any personal title,
but a title word inside the item's own name ('Lord Mayor's Appeal') cuts nothing; a place word that makes a place name
with the given name after it ('St James Hall') opens no person in a flattened attendance table."""

from __future__ import annotations

import pytest

from extractors.readers.runon_items import title_ends


def _title(line: str) -> str | None:
    ends = list(title_ends(line, [1], []))
    return line[2 : ends[0]] if ends else None


@pytest.mark.parametrize(
    ("line", "title"),
    (
        ("5 Mayor's Charity Alderman Rowe reported on the year's events", "Mayor's Charity"),
        ("5 Mayor's Charity Professor K Rowe said the year went well", "Mayor's Charity"),
        ("5 Harvest Supper Revd Marsh gave thanks to the helpers", "Harvest Supper"),
        ("5 Garden Awards Dame Lowe presented the cups", "Garden Awards"),
        ("5 Youth Forum Mx Hale outlined the plans", "Youth Forum"),
    ),
)
def test_a_sentence_opening_with_a_personal_title_ends_a_runon_title(line, title):
    assert _title(line) == title


@pytest.mark.parametrize(
    ("line", "title"),
    (
        ("5 Lord Mayor's Appeal Members noted the total raised", "Lord Mayor's Appeal"),
        ("5 Charities of the Lord Mayor's Appeal Members noted the total raised", "Charities of the Lord Mayor's Appeal"),
    ),
)
def test_a_title_word_inside_the_items_own_name_does_not_cut_it(line, title):
    assert _title(line) == title
    # Nothing after the title word ends it either: with no sentence after, no end is found at all.
    assert _title(line.split(" Members ")[0]) is None


from test_s18attrec import _kinds  # noqa: E402

_APOLOGIES_AFTER_A_POST = (
    "Minutes of the Eastby Combined Authority Cabinet held on 4 March 2025. This record stays a draft, open to change, "
    "until the Cabinet agrees it at its next sitting. ATTENDEES Members Councillor Bob Ray Leader, Northby Council "
    "Councillor Cai Sim Leader, Southby Council Dee Hale Chair, Eastby Enterprise Partnership (EEP) Apologies for "
    "Absence Councillor Eve Moss Mayor of Westby {after} Member of EEP Sally Pike Governance Officer, EEP 1 Welcome\n"
)


@pytest.mark.parametrize("place", ("St James Hall", "King George Field", "Port William Quay", "Saint Helen Ward"))
def test_a_place_word_before_a_given_name_opens_no_person(place):
    kinds = _kinds(_APOLOGIES_AFTER_A_POST.format(after=place))
    assert kinds.get("Sally Pike") == "apologies", kinds
    assert not any(name.endswith(place.split(" ", 1)[1]) for name in kinds), kinds


def test_any_other_word_before_a_given_name_still_opens_a_person():
    kinds = _kinds(_APOLOGIES_AFTER_A_POST.format(after="Graham Tull"))
    assert kinds.get("Graham Tull") == "apologies", kinds
