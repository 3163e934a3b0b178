"""Session 27 attendance regressions. Our own words, names and bodies."""

from test_attendance_round3 import attendance_of

HEAD = "Minutes of the meeting of Eastmere Town Council held on 3rd March 2025 at 7pm\n\n"


def test_mayor_after_a_comma_in_a_present_list_is_a_post_not_councillor_mayor():
    # 'Councillor A, Mayor, Councillors B and C': the shared title once made 'Councillor Mayor' of the post.
    for text in ("PRESENT: Councillor Ann Arkwright, Mayor, Councillors Bob Bell and Cat Cole\n\n1. Apologies\n",
                 "Present: Cllr Ann Arkwright, Mayoress, Cllrs Bob Bell, Cat Cole and Dan Dole.\n\n1. Apologies\n"):
        names = [name for name, _ in attendance_of(text, HEAD)]
        assert not any(name.endswith(("Mayor", "Mayoress")) for name in names), names
        assert any(name.endswith("Ann Arkwright") for name in names) and any(name.endswith("Cat Cole") for name in names)
