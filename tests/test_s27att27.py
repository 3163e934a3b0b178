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


def test_an_apologies_sentence_run_on_after_a_present_list_ends_it():
    # A flattened page: the last entry's bracket, then the apologies sentence with no full stop before it.
    found = attendance_of(
        "Present: - Ann Arkwright (AA) Bob Bell (BB), Cat Cole (CC) Apologies for absence were tendered by Dan Dole and "
        "Eve Eden. 1. Chair's remarks. The Chair opened the meeting." + ITEMS, HEAD,
    )
    assert ("Eve Eden", "apologies") in found and ("Dan Dole", "apologies") in found, found
    assert not any(kind == "present" and ("Eden" in name or "Dole" in name) for name, kind in found), found
    # After the list's full stop: 'Apologies from X' run on, two spaces or one.
    for gap in (" ", "  "):
        found = attendance_of(f"Present: Ann Arkwright, Bob Bell and Cat Cole.{gap}Apologies from Dan Dole and Eve Eden." + ITEMS, HEAD)
        assert {("Dan Dole", "apologies"), ("Eve Eden", "apologies"), ("Cat Cole", "present")} <= set(found), found


def test_apologies_from_inside_a_sentence_is_no_run_in_sentence():
    # Only after a sentence's full stop: 'the Chair read apologies from the Vicar' names no apology of a member.
    found = attendance_of("Present: Ann Arkwright, Bob Bell and Cat Cole.\nThe Chair read apologies from Westby Hall Committee." + ITEMS, HEAD)
    assert all(kind == "present" for _, kind in found), found


def test_present_were_over_bare_names_is_a_present_list_to_its_full_stop():
    found = attendance_of(
        "Present were Ann Arkwright, Bob Bell, Cat Cole (chairperson), Dan Cole and Eve Eden.  Apologies from Cllr Fay Ford." + ITEMS, HEAD,
    )
    assert {(name, "present") for name in ("Ann Arkwright", "Bob Bell", "Cat Cole", "Dan Cole", "Eve Eden")} <= set(found), found
    assert ("Cllr Fay Ford", "apologies") in found, found


def test_the_clerk_in_a_freely_labelled_present_list_is_in_attendance():
    for text in ("Present were Ann Arkwright, Bob Bell and Jo Roe (Clerk).", "PRESENT Ann Arkwright, Bob Bell and Jo Roe (Clerk)"):
        found = attendance_of(text + ITEMS, HEAD)
        assert ("Jo Roe", "in_attendance") in found and ("Bob Bell", "present") in found, found
