"""Attendance recall, second pass (session 18): a present label chained with role labels in capitals and run on in
one paragraph of a bilingual fire authority's minutes ('ATTENDANCE Present at Meeting: CHAIR: ... DEPUTY CHAIR: ...'
over 'MEMBERS: Cllrs: ... APOLOGIES: Cllrs: ...'). Our own words, names and bodies."""

from test_attendance_round3 import document, extract_attendance, split_papers

from extractors.proceedings.attendance_labels import INLINE_LABEL, LIST_LABEL


def _attendees(text: str) -> dict[str, tuple[str, str | None]]:
    doc = document(text)
    return {a.name: (a.attendance, a.role) for a in extract_attendance(doc, split_papers(doc))}


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
    found = _attendees(CHAINED)
    for name in ("Cllr C Sim", "Cllr D Tay", "Cllr E Fen"):
        assert found.get(name, ("",))[0] == "present", (name, found)


def test_an_apologies_label_run_on_after_the_members_ends_their_run():
    found = _attendees(CHAINED)
    for name in ("Cllr F Gow", "Cllr H Kerr"):
        assert found.get(name, ("",))[0] == "apologies", (name, found)
    assert all(kind != "present" for name, (kind, _) in found.items() if "Gow" in name or "Kerr" in name)
