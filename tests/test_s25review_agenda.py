"""Review of the session-25 agenda rules on layouts of other bodies (in our own words): appendices, planning applications
and options marked '(i)' or '(a)' under an item are no sub-items; three references listed one under another over the
minutes are no minutes holding them as points; many items are filtered in linear time."""

from extractors.proceedings.agenda import find_items
from extractors.proceedings.minuted import find_minuted_items
from extractors.proceedings.structure import extract_structure
from schemas.structure import AgendaItemRecord
from structure_helpers import document


def _numbers(text: str) -> list[str]:
    return [item.number for item in find_items(text)]


def test_appendices_marked_under_an_item_are_no_sub_items():
    text = (
        "1. Apologies for absence\n2. Declarations of interest\n3. Waste Collection Contract\n(i) Appendix A - Options Appraisal\n"
        "(ii) Appendix B - Equality Impact Assessment\n(iii) Appendix C - Financial Summary\n4. Exclusion of the press and public\n"
    )
    assert _numbers(text) == ["1", "2", "3", "4"]


def test_planning_applications_marked_under_an_item_are_no_sub_items():
    text = (
        "1. Apologies for absence\n2. Planning Applications\n(i) 24/00123/FUL Land at Mill Lane\n(ii) 24/00456/HOU 3 Church Road\n"
        "(iii) 24/00789/FUL Hill Farm\n3. Appeals\n4. Any other business\n"
    )
    assert _numbers(text) == ["1", "2", "3", "4"]


def test_options_lettered_under_an_item_are_not_numbered_as_its_sub_items():
    text = (
        "1. Apologies\n2. Minutes\n3. Car Parking Charges\n(a) Option 1 - retain existing charges\n"
        "(b) Option 2 - raise charges by a tenth\n(c) Option 3 - free parking after 3pm\n4. Date of next meeting\n"
    )
    assert not {"3a", "3b", "3c"} & set(_numbers(text))


_MINUTES = "\n1. Apologies\nNone were received.\n2. Minutes\nApproved.\n3. Accounts\nNoted.\n4. Budget\nAgreed.\n5. Date of next meeting\n3 November.\n"


def test_a_schedule_of_three_references_over_the_minutes_does_not_make_them_points():
    text = "MINUTES of the Planning Committee\nApplications considered:\nP/2396 Land at Mill Lane\nP/2401 The Old Forge\nP/2410 Orchard House\n" + _MINUTES
    assert [item.number for item in find_minuted_items(text)] == ["1", "2", "3", "4", "5"]


def test_a_long_agenda_is_filtered_without_comparing_every_item_with_every_other(monkeypatch):
    """The items of no meeting's business were dropped by comparing each record with each dropped one (quadratic: a
    page of 1,600 items took 13 s); records compared here stay few."""
    lines = ["AGENDA", "Full Council", "Wednesday 6 March 2024 at 7.00 pm", ""]
    for n in range(1, 200):
        lines += [f"{n}. Item title number {n}", "(i) To consider the report.", "(ii) To note the appendix."]
    calls = []
    compare = AgendaItemRecord.__eq__
    monkeypatch.setattr(AgendaItemRecord, "__eq__", lambda self, other: calls.append(1) or compare(self, other))
    extract_structure(document("\n".join(lines)))
    assert len(calls) < 20_000
