"""Session 28 regressions from the wide study of fresh parish, town and community council minutes (parish28). Our own
words, names and bodies."""

from test_attendance_round3 import attendance_of

HEAD = "Minutes of the meeting of Eastmere Parish Council held on 3rd March 2025 at 7pm\n\n"
ITEMS = "\n\n1. Minutes\nThe minutes were signed as a correct record.\n"


def test_the_clerk_before_a_spaced_dash_closing_a_present_list_is_in_attendance():
    # 'and the Clerk – Name' ends the members' list: the clerk attends, with or without a courtesy title.
    for clerk in ("Owen Fairlie", "Mrs Jo Fairlie", "J Fairlie"):
        for dash in ("–", "-"):
            found = attendance_of(f"Present: Cllr Ann Arkwright, Cllrs Bob Bell, Cat Cole and the Clerk {dash} {clerk}" + ITEMS, HEAD)
            assert (clerk, "in_attendance") in found, found
            assert ("Cllr Cat Cole", "present") in found, found


def test_the_clerk_in_a_sentence_is_not_read_as_a_list_entry():
    # Prose about the clerk names nobody new.
    found = attendance_of("Present: Cllr Ann Arkwright and Cllr Bob Bell\nThe Clerk - as agreed - will write to the school." + ITEMS, HEAD)
    assert {name for name, _ in found} == {"Cllr Ann Arkwright", "Cllr Bob Bell"}, found


def test_clerk_dash_name_line_with_initials_under_a_present_list():
    found = attendance_of("Present:\nAnn Arkwright (AA), Bob Bell (BB) and Cat Cole (CC)\nClerk – Dee Dunn (DD).\n" + ITEMS, HEAD)
    assert ("Dee Dunn", "in_attendance") in found, found
    assert ("Cat Cole", "present") in found, found


def test_present_label_counting_its_members_in_words_or_figures():
    for label in ("PRESENT (Four Councillors):-", "Present (4):", "Present (four members):"):
        found = attendance_of(f"{label} Ann Arkwright (AA) Bob Bell (BB) - Chair, Cat Cole (CC) and Dee Dunn (DD)" + ITEMS, HEAD)
        present = {name for name, kind in found if kind == "present"}
        assert len(present) == 4 and any("Dee Dunn" in name for name in present), found


def test_present_label_with_a_bracket_that_is_no_count_is_unchanged():
    # '(in person)' was read before; a bracket of other words is still no count.
    found = attendance_of("Present (in person): Cllr Ann Arkwright and Cllr Bob Bell" + ITEMS, HEAD)
    assert ("Cllr Bob Bell", "present") in found, found


def test_a_county_name_before_a_plural_tier_title_is_no_councillor():
    for text in (
        "Apologies were received from Councillors Cat Cole and Dee Dunn and Westshire County Councillors Eve Eden and Fay Ford.",
        "1. Apologies for absence Apologies were received from Parish Councillors Cat Cole and Dee Dunn and District and "
        "Westshire County Councillors, Eve Eden and Fay Ford.",
    ):
        found = attendance_of("Present: Cllr Ann Arkwright, Cllr Bob Bell\n" + text + ITEMS, HEAD)
        assert not any("Westshire" in name for name, _ in found), found
        assert ("County Councillor Eve Eden", "apologies") in found and ("County Councillor Fay Ford", "apologies") in found, found
        assert any("Dee Dunn" in name and kind == "apologies" for name, kind in found), found


def test_a_tier_title_without_a_place_is_read_as_before():
    found = attendance_of("Present: Cllr Ann Arkwright\nApologies: County Councillors Eve Eden and Fay Ford" + ITEMS, HEAD)
    assert ("County Councillor Eve Eden", "apologies") in found and ("County Councillor Fay Ford", "apologies") in found, found


def test_capitals_also_run_on_after_the_clerks_bracket_gives_in_attendance():
    found = attendance_of(
        "PRESENT Cllr Ann Arkwright, Cllr Bob Bell, Mrs Cat Cole (Clerk) ALSO Cllr Dee Dunn (WCC) 2 members of the public" + ITEMS, HEAD
    )
    assert ("Cllr Dee Dunn", "in_attendance") in found and ("Cllr Bob Bell", "present") in found, found
    # A name in capitals is no label: 'ALSO' must stand before a titled name.
    found = attendance_of("Present: Cllr Ann Arkwright, Cllr Bob Bell (Chair) ALSOP Farm was discussed." + ITEMS, HEAD)
    assert all(kind == "present" for _, kind in found), found
