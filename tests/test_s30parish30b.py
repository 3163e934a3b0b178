"""Session 30 (parish30b): a parish present list printed with no heading below a web page's menu. Our own words."""

from test_attendance_round3 import attendance_of

MENU = "Skip to content\nOakley Parish Council\n" + "".join(f"{word}\n" for word in (
    "Home", "About", "Councillors", "Meetings", "Agendas", "Minutes", "Planning", "Grants", "Contact", "Privacy",
))
HEAD = MENU + "\nMinutes of the meeting of Oakley Parish Council held on Monday 3 March 2025 at 7pm in the Hall\n\n"


def _present(text: str, head: str = HEAD) -> list[str]:
    return [name for name, kind in attendance_of(text, head) if kind == "present"]


def test_titled_comma_run_under_a_heading_below_the_menu_is_present():
    text = "Cllr Ada Birch (Chair), Cllr Bob Cole, Cllr Cat Dean\n\nIn attendance: Mrs Dot Eve (Clerk)\n\n1. Apologies\nNone.\n"
    assert _present(text) == ["Cllr Ada Birch", "Cllr Bob Cole", "Cllr Cat Dean"]


def test_run_with_clerk_and_a_count_of_the_public_reads_the_clerk_in_attendance():
    text = "Cllr Ada Birch (Chair), Cllr Bob Cole, Mrs Dot Eve (Clerk) and three residents.\n25/01 Apologies\n"
    found = attendance_of(text, HEAD)
    assert ("Cllr Ada Birch", "present") in found and ("Cllr Bob Cole", "present") in found
    assert ("Mrs Dot Eve", "in_attendance") in found and not any("resident" in name for name, _ in found)


def test_names_run_together_under_a_dated_meeting_title():
    head = MENU + "Parish Council Meeting – Monday 3 March 2025\nVenue: The Hall, 7pm\n\n"
    text = "Cllr Ada Birch (Chair) Cllr Bob Cole Cllr Cat Dean\n\nClerk: Mrs Dot Eve\n1. Apologies\n"
    assert _present(text, head) == ["Cllr Ada Birch", "Cllr Bob Cole", "Cllr Cat Dean"]


def test_one_titled_name_a_line_with_a_chair_after_a_dash():
    head = "Oakley Parish Council\nDraft Minutes of the Parish Council Meeting\nDate: 3 March 2025\nPlace: The Hall\n\n"
    text = "Cllr Ada Birch – Chair\nCllr Bob Cole\nCllr Cat Dean\n\nApologies: Cllr Eve Fox\n1. Footpaths\n"
    assert _present(text, head) == ["Cllr Ada Birch", "Cllr Bob Cole", "Cllr Cat Dean"]


def test_one_titled_name_is_no_run():
    text = "Cllr Ada Birch (Chair)\n\n1. Apologies\n"
    assert _present(text) == []


def test_run_under_an_apologies_or_public_line_is_not_present():
    for label in ("Apologies", "Also present", "Public forum"):
        text = f"{label}\nCllr Ada Birch, Cllr Bob Cole\n\n1. Minutes\n"
        assert not [name for name in _present(text) if "Birch" in name], label


def test_members_under_an_agenda_heading_are_not_present():
    head = MENU + "\nMeeting of Oakley Parish Council to be held on Monday 3 March 2025 at 7pm\n\n"
    text = "Cllr Ada Birch (Chair), Cllr Bob Cole, Cllr Cat Dean\nYou are summoned to attend.\n1. Apologies\n"
    assert _present(text, head) == []


def test_councillors_listed_on_a_menu_page_without_a_meeting_heading_are_not_present():
    text = MENU + "Our councillors\nCllr Ada Birch (Chair)\nCllr Bob Cole\nCllr Cat Dean\nEmail the Clerk\n"
    assert _present(text, "") == []


def test_names_in_a_sentence_under_the_heading_are_not_present():
    text = "Cllr Ada Birch and Cllr Bob Cole proposed the budget.\n1. Minutes\n"
    assert _present(text) == []


def test_semicolon_run_with_posts_after_commas_and_the_clerk_line_under_it():
    text = "Cllr Ada Birch, Chairman; Cllr Bob Cole, Vice Chairman; Cllr Cat Dean\nMrs Dot Eve, Clerk\n25/01 Apologies\n"
    found = attendance_of(text, HEAD)
    assert [name for name, kind in found if kind == "present"] == ["Cllr Ada Birch", "Cllr Bob Cole", "Cllr Cat Dean"]
    assert ("Mrs Dot Eve", "in_attendance") in found


def test_another_tiers_councillor_ends_the_run():
    head = MENU + "Annual Parish Council Meeting\nMonday 3rd March\n"
    text = "Cllr Ada Birch (Chair)\nCllr Bob Cole\nDistrict Cllr Cat Dean\n1. Apologies\n"
    found = attendance_of(text, head)
    assert ("Cllr Ada Birch", "present") in found and ("District Cllr Cat Dean", "present") not in found


def test_members_under_a_to_be_held_heading_in_the_first_lines_are_not_present():
    head = "Oakley Parish Council\nMeeting of the Parish Council to be held on Monday 3 March 2025 at 7pm\n"
    text = "Cllr Ada Birch (Chair), Cllr Bob Cole, Cllr Cat Dean\nYou are summoned to attend.\n1. Apologies\n"
    assert _present(text, head) == []


def test_run_on_the_headings_own_line_in_flattened_text(tmp_path):
    # The whole reading: a flattened line is split at its labels (``readers.runon``) before attendance reads it.
    from extractors.facts import extract_facts
    from pipeline.read import parse_file

    text = (
        "Oakley Parish Council Minutes of the meeting of Oakley Parish Council held on Monday 3 March 2025 at 7pm in the "
        "Hall Cllr Ada Birch (Chair), Cllr Bob Cole, Cllr Cat Dean In attendance: Mrs Dot Eve (Clerk) 1. Apologies None. "
        "2. Declarations None were made.\n"
    )
    page = tmp_path / "flat.txt"
    page.write_text(text, encoding="utf-8")
    found = extract_facts(parse_file(page)).attendees
    assert [a.name for a in found if a.attendance == "present"] == ["Cllr Ada Birch", "Cllr Bob Cole", "Cllr Cat Dean"]


def test_names_in_the_headings_sentence_are_not_a_run():
    text = "Minutes of the site meeting held on 3 March 2025 at which Cllr Ada Birch and Cllr Bob Cole met the contractor.\n1. Hedges\n"
    assert _present(text, "") == []
