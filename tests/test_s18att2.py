"""Attendance recall, second pass (session 18): a present label chained with role labels in capitals and run on in
one paragraph of a bilingual fire authority's minutes ('ATTENDANCE Present at Meeting: CHAIR: ... DEPUTY CHAIR: ...'
over 'MEMBERS: Cllrs: ... APOLOGIES: Cllrs: ...'). Our own words, names and bodies."""

from test_attendance_round3 import document, extract_attendance, split_papers

from extractors.proceedings.attendance_labels import INLINE_LABEL, LIST_LABEL


def _attendees(text: str) -> dict[str, tuple[str, str | None]]:
    doc = document(text)
    return {a.name: (a.attendance, a.role) for a in extract_attendance(doc, split_papers(doc))}


def _all_of(text: str, names: tuple[str, ...], kind: str) -> None:
    found = _attendees(text)
    assert all(found.get(name, ("",))[0] == kind for name in names), (names, kind, found)


CHAINED = (
    "MINUTES OF THE RESCUE AUTHORITY MEETING Station Hall, Eastby 3 MAY 2021 10.00 - 11.30 ATTENDANCE "
    "Present at Meeting: CHAIR: A Lowe DEPUTY CHAIR: B Ray\n\n"
    "MEMBERS: Cllrs: C Sim, D Tay, E Fen APOLOGIES: Cllrs: F Gow, H Kerr\n\n"
    "IN ATTENDANCE: G Hale, J Moss\n\n"
    "1 APOLOGIES FOR ABSENCE\n\nApologies were received from Councillors F Gow and H Kerr.\n"
)


def test_present_at_meeting_is_a_present_label():
    assert LIST_LABEL.match("Present at Meeting:")["present"]
    assert LIST_LABEL.match("Present at the meeting: Cllr A Lowe")["present"]
    assert INLINE_LABEL.search("Eastby 3 May 2021 Present at Meeting: A Lowe")["present"]


def test_a_label_after_a_wide_gap_inside_a_line_opens_a_list():
    """A bilingual page read by its English half leaves the Welsh half's width as spaces before the label."""
    assert INLINE_LABEL.search("3 MAY 2021 ATTENDANCE                Present at Meeting: A Lowe")["present"]


def test_role_labels_in_capitals_chained_after_a_present_label_give_their_names_roles():
    found = _attendees(CHAINED)
    assert found["A Lowe"][0] == "present" and found["A Lowe"][1].lower() == "chair"
    assert found["B Ray"][0] == "present" and found["B Ray"][1].lower() == "deputy chair"


def test_a_members_label_in_capitals_over_a_plural_title_gives_each_name_the_title():
    _all_of(CHAINED, ("Cllr C Sim", "Cllr D Tay", "Cllr E Fen"), "present")


def test_an_apologies_label_run_on_after_the_members_ends_their_run():
    _all_of(CHAINED, ("Cllr F Gow", "Cllr H Kerr"), "apologies")
    assert all(kind != "present" for name, (kind, _) in _attendees(CHAINED).items() if "Gow" in name or "Kerr" in name)


SPEAKERS = (
    "Minutes of the Planning Committee\n\nPresent:\nMr A Lowe (Chairman)\nMr B Ray\n\n"
    "Members of the public in attendance who spoke:\n\n"
    "       EA/2020/0101/FUL Mill House, Low Road, Eastby\n"
    "       Mr D Tay        Agent for applicant\n\n"
    "       EA/2020/ 0102/HOUSE 4 High Street,\n"
    "       Westby\n"
    "       Mrs E Fen         Applicant\n"
    "       Mr F Gow\n\n"
    "(1) CHAIRMAN'S ANNOUNCEMENTS\nThe Chairman welcomed everyone.\n\nMr G Hale\n"
)


def test_public_speakers_under_their_applications_attend():
    _all_of(SPEAKERS, ("Mr D Tay", "Mrs E Fen", "Mr F Gow"), "in_attendance")


def test_the_speakers_list_ends_at_the_next_minutes_heading():
    found = _attendees(SPEAKERS)
    assert "Mr G Hale" not in found and not any("Westby" in name or "Mill" in name for name in found), found


def test_a_titled_line_is_no_speaker_without_the_speakers_label():
    text = SPEAKERS.replace("Members of the public in attendance who spoke:", "Applications considered:")
    found = _attendees(text)
    assert not {"Mr D Tay", "Mrs E Fen", "Mr F Gow"} & set(found), found


def test_the_next_item_run_on_after_the_last_name_ends_the_list():
    text = "Minutes of the Panel\n\nPresent: Cllr A Lowe, Cllr B Ray\n\nIN ATTENDANCE: G Hale, H Ives 2 2 APOLOGIES FOR ABSENCE\n\nNone.\n"
    found = _attendees(text)
    assert found.get("H Ives", ("",))[0] == "in_attendance", found
    assert not any("APOLOGIES" in name for name in found), found
