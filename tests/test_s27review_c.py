"""Session 27 review of the day's attendance rules (absence labels, 'Mayor' as a post word). Our own words, names
and bodies."""

from test_attendance_round3 import attendance_of

from extractors.readers.names import looks_like_name, name_prefix, printed_name

HEAD = "Minutes of the meeting of Eastmere Town Council held on 3rd March 2025 at 7pm\n\n"
ITEMS = "\n\n1. Minutes\nThe minutes were signed as a correct record.\n"


def test_a_surname_mayor_after_one_given_name_is_kept_whole():
    # names 57 cut 'Cllr Ann Mayor' to 'Cllr Ann' (a wrong name): Mayor is the surname after one given name or initial.
    for text, name in (
        ("Present: Councillor Ann Mayor, Councillor Bob Bell, Councillor Cat Cole", "Councillor Ann Mayor"),
        ("Present: Cllr Jim Mayor (Chairman), Cllr Bob Bell", "Cllr Jim Mayor"),
        ("Present: Councillor A Mayor (Town Mayor), Councillor B Bell", "Councillor A Mayor"),
        ("Present: Mr Tom Mayor, Mrs Sue Bell, Mr Cy Cole", "Mr Tom Mayor"),
        ("Present:\nCllr Ann Mayoress\nCllr Bob Bell\nCllr Cat Cole", "Cllr Ann Mayoress"),
    ):
        names = [found for found, _ in attendance_of(text + ITEMS, HEAD)]
        assert name in names and name.rsplit(" ", 1)[0] not in names, names


def test_mayor_alone_first_or_after_a_full_name_is_the_post():
    assert not looks_like_name("Councillor Mayor") and not printed_name("Councillor Mayor")
    assert not printed_name("Ann Lowe Mayor") and not looks_like_name("Ann Lowe Mayor")
    assert looks_like_name("Cllr Ann Mayor") and printed_name("Ann Mayor")
    assert name_prefix("Councillor Ann Arkwright Mayor") == "Councillor Ann Arkwright"
    for text in ("PRESENT: Councillor Ann Arkwright, Mayor, Councillors Bob Bell and Cat Cole",
                 "Present: Councillor Ann Arkwright Mayor, Councillor Bob Bell, Councillor Cat Cole"):
        names = [found for found, _ in attendance_of(text + ITEMS, HEAD)]
        assert "Councillor Ann Arkwright" in names and not any("Mayor" in found for found in names), names


def test_a_spaced_absence_label_ends_the_list_and_names_nobody():
    # 'Absent Cllr D' (spaced, on the list's line or its own, in capitals, or before a spaced dash) gave 'Cllr C Absent'
    # and D present.
    for text in (
        "Present: Cllr Ann Arkwright, Cllr Bob Bell, Cllr Cat Cole Absent Cllr Dan Dole",
        "PRESENT Cllr Ann Arkwright (Chair), Cllr Bob Bell, Cllr Cat Cole ABSENT Cllr Dan Dole",
        "Present: Councillor Ann Arkwright, Councillor Bob Bell, Councillor Cat Cole\nAbsent Mr Dan Dole",
        "Present: Cllr Ann Arkwright, Cllr Bob Bell, Cllr Cat Cole\nAbsent - Cllr Dan Dole",
    ):
        found = attendance_of(text + ITEMS, HEAD)
        assert not any("Dole" in name or "Absent" in name or "ABSENT" in name for name, _ in found), found
        assert len(found) == 3 and all(kind == "present" for _, kind in found), found


def test_an_absence_heading_of_its_own_line_ends_the_list():
    # 'Councillors Absent' read as a group line gave 'Councillor Absent' and the name under it present.
    for heading in ("Councillors Absent", "Absent Councillors:", "Members Absent:"):
        found = attendance_of(f"Councillors Present\nCllr Ann Arkwright\nCllr Bob Bell\n{heading}\nCllr Dan Dole, Cllr Eve Eden" + ITEMS, HEAD)
        assert found == [("Cllr Ann Arkwright", "present"), ("Cllr Bob Bell", "present")], (heading, found)


def test_a_surname_absent_after_a_comma_is_still_a_name():
    found = attendance_of("Present: Councillor Ann Arkwright, Councillor Bob Absent, Councillor Cat Cole" + ITEMS, HEAD)
    assert [name for name, _ in found] == ["Councillor Ann Arkwright", "Councillor Bob Absent", "Councillor Cat Cole"], found
