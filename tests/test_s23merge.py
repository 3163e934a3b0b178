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
