"""Regressions found when the session-23 branches met on main (each passed alone)."""

from extractors.readers.spacing import rewrapped


def test_rewrapped_page_keeps_a_short_post_dash_name_line_under_a_full_list_line():
    """s23robust's rewrapped reading joined 'Deputy Clerk – ...' to a full line of councillors above it on a
    hard-wrapped parish page, so s23new's 'Post – Name' reader took the clerk for a councillor (present)."""
    prose = (
        "Minutes of an ordinary meeting of the Brookford Parish Council held on Monday 3rd March 2025 at 7pm\n"
        "at the Village Hall, Mill Lane, Brookford, when the following business was transacted by those\n"
        "present and the meeting was opened by the Chairman who welcomed everybody to the Village Hall for\n"
        "the evening and thanked the volunteers for their work on the hall over the course of the year.\n"
    )
    members = "Parish Councillors – A Lowe (Ann), B. Ray (Bob), C. Dale (Cara), D Holt (Dan), E. Fenn (Eve) F Moss\n"
    page = prose + "Present:\n" + members + "Deputy Clerk – G. Vale (Gail)\nApologies – none\n"
    read = rewrapped(page)
    assert len(read) == len(page)
    assert "\nDeputy Clerk – G. Vale (Gail)\n" in read
    assert read.split("\n")[0].endswith("over the course of the year."), "the wrapped paragraph reads as one line"


def test_rewrapped_award_lines_quote_the_stored_page_not_the_reading():
    """CI at de5d30a (test_bad_inputs: projects_are_traceable failed): FundingLayout.provenance quoted the reading, in
    which the rewrapped layer had made each wrapped line break a space, so a project's span text no longer matched
    the stored page at its offsets and the warehouse's traceability check refused five projects."""
    from structure_helpers import document

    from extractors.extraction import extract_document

    award = (
        "To award Brookford Rowing Club £3,400 towards coaching sessions for young people referred by the\n"
        "youth offending service and the local schools over the spring and summer terms of the year.\n"
    )
    text = (
        "Decision record of the Police and Crime Commissioner for Westshire: community safety grants\n"
        "The Commissioner has considered the applications made to the community safety fund this year and\n"
        "the recommendations of the grants panel, which met on two occasions to assess the bids received.\n"
        "The panel's assessment of each bid against the criteria of the fund is set out in the appendix.\n"
        "Decision\n" + award + "To award Ashvale Community Trust £1,250 towards a youth diversion project.\n"
    )
    doc = document(text)
    found = extract_document(doc).funding
    assert [p.amount for p in found.projects] == [3400, 1250]
    for record in [*found.projects, *found.project_mentions, *found.allocations]:
        quoted = record.provenance
        assert quoted.text == doc.text[quoted.start : quoted.end]
    assert "\n" in found.projects[0].provenance.text
