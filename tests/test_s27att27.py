"""Session 27 attendance regressions from the parish, town and community council field study (att27). Our own words,
names and bodies."""

from test_attendance_round3 import attendance_of

HEAD = "Minutes of the meeting of Eastmere Town Council held on 3rd March 2025 at 7pm\n\n"
ITEMS = "\n\n1. Minutes\nThe minutes were signed as a correct record.\n"


def test_absent_label_glued_to_a_title_ends_the_list_and_names_nobody():
    # A PDF that lost the space after 'Absent' ('... Cllr C AbsentCouncillor D'), on the list's line or a line of its own.
    for text in (
        "PresentCouncillor Ann Arkwright (Mayor), Councillor Bob Bell, Councillor Cat Cole AbsentCouncillor Dan Dole",
        "PresentCouncillor Ann Arkwright (Mayor), Councillor Bob Bell, Councillor Cat Cole\nAbsentCouncillor Dan Dole",
        "Present: Councillor Ann Arkwright, Councillor Bob Bell\nApologies: Councillor Cat Cole\nAbsentCouncillor Dan Dole",
    ):
        found = attendance_of(text + ITEMS, HEAD)
        assert not any("Dole" in name or name.endswith("Absent") for name, _ in found), found
        assert ("Councillor Bob Bell", "present") in found, found


def test_a_name_ending_in_the_letters_absent_is_no_label():
    # 'Absent' must be a word of its own before a title: a line of names is read as before.
    found = attendance_of("Present: Councillor Ann Arkwright, Councillor Bob Bell and Councillor Cat Cole" + ITEMS, HEAD)
    assert {name for name, _ in found} == {"Councillor Ann Arkwright", "Councillor Bob Bell", "Councillor Cat Cole"}, found
