"""Helper parish29 of session 29: parish minutes' attendance layouts studied on fresh pages (our own words): a second
person with a bracketed post after a comma ('County Cllr A, Rosa Roe (Clerk)'), apologies headings worded with their
reasons ('Apologies for Absence and Reasons Given:-'), and a present list in a table row closed by its cell bar."""

from test_attendance_round3 import attendance_of

from extractors.proceedings.attendance_entries import list_entries

HEAD = "Minutes of the Meeting of the Parish Council held on 18/3/2027 in the Reading Room\n\n"
PRESENT = "Present:- Cllr Ann Abbey (Chairman), Cllr Bob Barlow.\n\n"


def _entries(text: str) -> list[str]:
    return [text[start:end] for start, end in list_entries(text, [(0, len(text), True)])]


def test_a_name_with_its_own_bracketed_post_after_a_comma_is_a_second_person():
    assert _entries("District Cllr P. Quenby, Rosa Tindall (Clerk).") == ["District Cllr P. Quenby", "Rosa Tindall (Clerk)"]
    assert _entries("Mr S Dunn, Mrs Eve Eaton (Parish Clerk)") == ["Mr S Dunn", "Mrs Eve Eaton (Parish Clerk)"]
    # A post of its own after the comma stays the first person's.
    assert _entries("Ann Lee, Principal Policy Adviser") == ["Ann Lee, Principal Policy Adviser"]
    found = attendance_of(PRESENT + "In attendance: County Cllr Cal Cope, Dee Dunn (Clerk).\n\n1. Minutes\nSigned.\n", HEAD)
    assert ("County Cllr Cal Cope", "in_attendance") in found and ("Dee Dunn", "in_attendance") in found, found


def test_apologies_headings_worded_with_their_reasons():
    for heading in (
        "2. Apologies for Absence and Reasons Given:- Cllrs Kay Yelland & Tom Varley.",
        "2. Apologies & reasons for absence: Cllr Kay Yelland, Cllr Tom Varley.",
        "2. Apologies for absence and reasons given\nCllr Kay Yelland and Cllr Tom Varley.",
    ):
        found = attendance_of(PRESENT + "1. Co-option: none.\n\n" + heading + "\n\n3. Planning: none.\n", HEAD)
        assert ("Cllr Kay Yelland", "apologies") in found and ("Cllr Tom Varley", "apologies") in found, (heading, found)
    # The heading with nobody after it names nobody.
    found = attendance_of(PRESENT + "2. Apologies for absence and reasons given\n\nThe Chair welcomed all.\n", HEAD)
    assert [kind for _, kind in found] == ["present", "present"], found


def test_a_table_rows_cell_bar_closes_its_list():
    text = (
        "HOLTBY PARISH COUNCIL |\nMINUTES OF THE MEETING HELD ON TUESDAY 9TH MARCH 2027 AT THE CHURCH ROOM. |\n"
        "Present: | Cllrs. Arden, Brisco & Denholm |\nMinute Secretary | Fay Gorton |\n"
        "Also Present: | 3 Members of the Public and District Councillor Hal Innes |\n412 | OPEN FORUM. | |||||\n"
    )
    found = attendance_of(text, "")
    # The minute secretary's row reads since parish29b.
    assert sorted(found) == sorted([("Cllr. Arden", "present"), ("Cllr. Brisco", "present"), ("Cllr. Denholm", "present"),
                                    ("District Councillor Hal Innes", "in_attendance"), ("Fay Gorton", "in_attendance")]), found
