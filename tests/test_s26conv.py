"""One recipient with two figures in one document, ruled in one place (``project_merge``): two award lines of one list
are two projects (the list readers keep every line, a recipient's second line too); the same recipient in two lists of
one document is one project restated, the later figure kept and the other flagged in data_quality with its printed
text and its own span; a figure printed again unchanged is no other figure and is not flagged; a hedged figure ('more
than £20,000' in a caption) yields to the exact one it is consistent with ('£20,629' on the list line)."""

from decimal import Decimal

import pytest

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.projects import find_mentions, merge
from funding_helpers import document

_LEAD = "The ward panel agreed to share out its budget of £6,000 between local groups.\nIt was agreed that the funding would be split as follows:\n"


def _merged(text: str):
    return merge(find_mentions(FundingLayout(document(text)), set()))


def _differ(flags):
    return [f for f in flags if f.check == "amounts_differ_between_mentions"]


_DESCRIBED = _LEAD + (
    "Tarn Valley Allotment Society, new fencing for the lower plots, £1250.\n"
    "Brook Lane Youth Club, a trip to the coast for members, £980.\n"
    "Tarn Valley Allotment Society, a shed for shared tools, £310.\n"
    "Other bids did not score enough points.\n"
)
_DASHED = (
    "The following grants were approved:\n"
    "Fellside Carers- £400 to support its summer outings;\n"
    "Moss Lane Foodbank- £250 for a chest freezer;\n"
    "Fellside Carers- £150 for winter hampers.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_DESCRIBED, [("Tarn Valley Allotment Society", "£1250"), ("Brook Lane Youth Club", "£980"), ("Tarn Valley Allotment Society", "£310")]),
        (_DASHED, [("Fellside Carers", "£400"), ("Moss Lane Foodbank", "£250"), ("Fellside Carers", "£150")]),
    ],
)
def test_two_award_lines_to_one_recipient_in_one_list_are_two_projects(text, expected):
    projects, flags = _merged(text)
    assert [(p.name, p.amount_text) for p in projects] == expected
    assert _differ(flags) == []
    for project in projects:
        assert project.provenance.text.startswith(project.name) and project.amount_text in project.provenance.text


def test_one_recipient_in_two_lists_is_one_project_and_the_other_figure_is_flagged_at_its_span():
    text = (
        "3. Panel recommendations\n\nThe panel recommended the following grants:\n\n"
        "• Tarn Forum (£1,200)\n"
        "• Fell Scouts (£800)\n\n"
        "4. Decision\n\nThe Committee approved the following grants:\n\n"
        "• Tarn Forum (£1,000)\n"
        "• Fell Scouts (£800)\n"
    )
    projects, flags = _merged(text)
    assert [(p.name, p.amount_text, p.status) for p in projects] == [
        ("Tarn Forum", "£1,000", "approved"), ("Fell Scouts", "£800", "approved")
    ]
    (flag,) = _differ(flags)
    earlier = text.index("• Tarn Forum (£1,200)")
    assert (flag.result, flag.stated, flag.stated_text, flag.computed) == ("mismatch", Decimal("1200"), "£1,200", Decimal("1000"))
    assert flag.provenance.start <= text.index("£1,200") < flag.provenance.end and flag.provenance.start >= earlier
    assert "£1,200" in flag.provenance.text and text[flag.provenance.start : flag.provenance.end] == flag.provenance.text
    kept = projects[0].provenance
    assert text[kept.start : kept.end] == kept.text and "£1,000" in kept.text


def test_a_line_printed_again_with_the_same_figure_is_one_project_and_no_flag():
    text = (
        "3. Panel recommendations\n\nThe panel recommended the following grants:\n\n"
        "• Tarn Forum (£1,200)\n"
        "• Fell Scouts (£800)\n\n"
        "4. Decision\n\nThe Committee approved the following grants:\n\n"
        "• Tarn Forum (£1,200)\n"
        "• Fell Scouts (£800)\n"
    )
    projects, flags = _merged(text)
    assert [(p.name, p.amount_text, len(p.mentions)) for p in projects] == [("Tarn Forum", "£1,200", 2), ("Fell Scouts", "£800", 2)]
    assert _differ(flags) == []


def test_a_hedged_figure_yields_to_the_exact_figure_it_is_consistent_with():
    text = (
        "Among those to benefit from the heritage fund in the valley were:\n\n"
        "  • Tarn Forum: £20,629\n"
        "  • Fell Scouts: £18,400\n\n"
        "Tarn Forum has received more than £20,000. Picture: supplied\n"
    )
    projects, flags = _merged(text)
    assert [(p.name, p.amount_text) for p in projects] == [("Tarn Forum", "£20,629"), ("Fell Scouts", "£18,400")]
    (flag,) = _differ(flags)
    assert (flag.result, flag.stated_text, flag.computed) == ("within_approximation", "£20,000", Decimal("20629"))
    assert "more than £20,000" in flag.provenance.text


def test_a_hedged_figure_the_exact_one_falls_outside_of_is_no_yield():
    text = (
        "Among those to benefit from the heritage fund in the valley were:\n\n"
        "  • Tarn Forum: £20,629\n"
        "  • Fell Scouts: £18,400\n\n"
        "Tarn Forum has received more than £25,000. Picture: supplied\n"
    )
    projects, flags = _merged(text)
    assert projects[0].amount_text == "£25,000" and [f.result for f in _differ(flags)] == ["mismatch"]
