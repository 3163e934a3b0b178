"""Mends of review 21's attendance findings (F1, F2, F3, F18): each probe gives what it gave before session 21's
attendance rules, or the right answer. Our own words, names and bodies."""

from structure_helpers import attendance_kinds as _kinds

HEAD = "Minutes of the meeting of Eastby Parish Council held on Tuesday 4 June 2024 at 7.00pm in the Village Hall.\n\n"


def test_councillor_with_a_bracketed_volunteer_post_stays_present():
    """F1: 'Councillors A, B (Allotment Warden)' - the shared title makes B a member, whatever the bracket."""
    text = HEAD + (
        "Present: Councillors A Lowe (Chairman), B Ray (Allotment Warden), C Sim (Village Hall Manager) and D Poe.\n\n"
        "In attendance: Mrs E Hale (Clerk).\n\n1. APOLOGIES\n\nNone.\n"
    )
    kinds = _kinds(text)
    assert kinds.get("Councillor B Ray") == "present", kinds
    assert kinds.get("Councillor C Sim") == "present", kinds
    assert "B Ray" not in kinds and "C Sim" not in kinds


def test_member_with_a_volunteer_warden_or_manager_post_stays_present():
    """F1: an allotments warden or playing-field manager in a present list of members is no paid staff."""
    text = HEAD + (
        "Present:\nMr A Lowe (Chairman)\nMr B Ray (Allotments Warden)\nMrs C Sim (Playing Field Manager)\nMr D Poe\n\n"
        "In attendance: Mrs E Hale (Clerk).\n"
    )
    kinds = _kinds(text)
    assert kinds.get("Mr B Ray") == "present", kinds
    assert kinds.get("Mrs C Sim") == "present", kinds


def test_apologise_inside_a_wrapped_sentence_is_no_apologies_label():
    """F2: 'asked the Council to / Apologise Mr Bob Ray for the delay' - the verb of a sentence, not the label."""
    text = HEAD + (
        "Present: Councillors A Lowe, C Sim and D Poe.\n\n4. CORRESPONDENCE\n\n"
        "A letter from the school asked the Council to\nApologise Mr Bob Ray for the delay in replying; agreed.\n"
    )
    kinds = _kinds(text)
    assert not any("Bob Ray" in name for name in kinds), kinds


def test_clerk_bullets_on_a_contact_page_are_no_attendance():
    """F3: a 'Contact us' page's 'Clerk •' bullets name no attendee."""
    assert _kinds("Contact us\n\nClerk • Mrs Ann Lowe. • Telephone 01234 567890. • Email clerk@eastby.gov.uk.\n") == {}


def test_officers_bullets_on_a_who_we_are_page_are_no_attendance():
    """F3: 'Councillors • ... Officers • ...' on a page about the council lists its people, not a meeting's."""
    kinds = _kinds("Who we are\n\nCouncillors • Ann Lowe. • Bob Ray. • Cy Sim. Officers • Dee Poe. • Eve Hale. • Fay Moss.\n")
    assert not {"Dee Poe", "Eve Hale", "Fay Moss"} & set(kinds), kinds


def test_also_present_bullets_alone_are_no_attendance():
    """F3: 'Grants awarded. Also present • Eastby Scouts. • ...' - no Present, In attendance or Apologies group."""
    kinds = _kinds("Grants awarded. Also present • Eastby Scouts. • Westby Youth Club. • Ann Lowe.\n")
    assert "Eastby Scouts" not in kinds, kinds


def test_apologies_sentence_from_a_name_goes_on_over_name_lines():
    """F18: 'Apologies were received from Cllr C Sim (work).' over one titled name a line: each line an apology."""
    text = HEAD + (
        "Present: Cllrs A Lowe, B Ray.\nApologies were received from Cllr C Sim (work).\nCllr D Poe (holiday).\n"
        "Cllr E Bell (unwell).\n\n1. MINUTES\n"
    )
    kinds = _kinds(text)
    assert {name: kinds.get(name) for name in ("Cllr C Sim", "Cllr D Poe", "Cllr E Bell")} == dict.fromkeys(
        ("Cllr C Sim", "Cllr D Poe", "Cllr E Bell"), "apologies"
    ), kinds
