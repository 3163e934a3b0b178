"""Session 27 attendance regressions from the second field study (att27b): members' initials in square brackets, and
a present name sharing a surname with an apology. Our own words, names and bodies."""

import pytest
from test_attendance_round3 import attendance_of

HEAD = "Minutes of the meeting of Eastmere Community Council held on 3rd March 2025 at 7pm\n\n"
ITEMS = "\n\n1. Minutes\nThe minutes were signed as a correct record.\n"


@pytest.mark.parametrize(
    "present",
    [
        "Present: Ann Arkwright [AA], Bob Bell [BB], Cat Cole [CC].",
        "Present: Ann Arkwright (Chair) [AA], Bob Bell (Hon. Sec) [BB], Cat Cole [CC].",
        "Members Present – Ann Arkwright (Chair) [AA], Bob Bell [BB], Cat Cole [CC].",
    ],
)
def test_square_bracketed_initials_after_bare_names_keep_the_list(present):
    # 'Ann Lowe (Chair) [AL], Bob Ray [BR]': the initials read as round-bracketed ones, the names as before.
    found = set(attendance_of(present + ITEMS, HEAD))
    assert {("Ann Arkwright", "present"), ("Bob Bell", "present"), ("Cat Cole", "present")} <= found, found
    assert not any("[" in name or "(" in name for name, _ in found), found


def test_square_brackets_that_are_no_initials_are_left_alone():
    # A bracketed word or figure is no initials: nothing is read from it as a name.
    found = attendance_of("Present: Ann Arkwright [Deputy] and Bob Bell [2]." + ITEMS, HEAD)
    assert not any("Deputy" == name or name.endswith("2") for name, _ in found), found


def test_a_present_name_sharing_a_surname_with_an_apology_is_another_person():
    # 'Present were ... Dan Jones ...  Apologies from Cll Eve Jones.': two first names in full, two people.
    found = attendance_of("Present were Ann Arkwright, Dan Jones and Cat Cole.  Apologies from Cll Eve Jones." + ITEMS, HEAD)
    assert ("Dan Jones", "present") in found and ("Cll Eve Jones", "apologies") in found, found
    # A surname alone, or an initial, may be the same person: still read once.
    found = attendance_of("Present were Ann Arkwright, Dan Jones and Cat Cole.  Apologies from Cllr Jones." + ITEMS, HEAD)
    assert [name for name, _ in found].count("Dan Jones") <= 1, found
