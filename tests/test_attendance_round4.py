"""Attendance layouts met on fresh real pages in round 4 (town, parish and community councils, fire
authorities, a joint meeting page); our own words and names."""

from extractors.readers.names import looks_like_name
from test_attendance_round3 import attendance_of as round3_attendance_of

HEAD = "Minutes of the Meeting of Ashby Vale Town Council held on 14 May 2024 at 7.00pm.\n"


def attendance_of(text: str, head: str = HEAD) -> list[tuple[str, str]]:
    return round3_attendance_of(text, head)


def test_present_label_with_its_list_three_spaces_to_the_right():
    assert attendance_of("Present          The Mayor, Cllr. R. Pell (RP) (in the chair).\n") == [("Cllr. R. Pell", "present")]


def test_councillors_heading_with_colon_lists_members_present_in_minutes():
    text = "Councillors:  Mrs. A. Varley (AV), T. Owusu (TO) and B.K. Linwood (BKL).\n\n1. Apologies\nNone.\n"
    assert attendance_of(text) == [
        ("Councillor Mrs. A. Varley", "present"), ("Councillor T. Owusu", "present"), ("Councillor B.K. Linwood", "present"),
    ]


def test_councillors_heading_outside_minutes_is_a_membership_not_attendance():
    text = "Agenda of the Planning Committee\nCouncillors: Ann Lee, Bob Roe and Cath Poe\n1. Apologies\n"
    assert attendance_of(text, head="") == []


def test_names_with_run_together_initials():
    assert looks_like_name("D.J.E. Hall") and looks_like_name("S.Dale") and looks_like_name("Mrs. S.E. Locking")
    assert not looks_like_name("B.K. Committee")


def test_numbered_apologies_label_with_colon():
    text = "1. Apologies for absence: Mr Owain Jenkins and Mrs Nia Howells.\n2. Declarations: None\n"
    assert attendance_of(text) == [("Mr Owain Jenkins", "apologies"), ("Mrs Nia Howells", "apologies")]


def test_one_name_per_line_list_with_blank_lines_between_runs_past_forty_lines():
    names = [f"{initial} Surname{chr(97 + i)}" for i, initial in enumerate("ABCDEFGHJKMNOPRSTUVWY")]
    names = [f"{n[0]} {n[2:].replace('Surname', 'Hol')}" for n in names]
    text = "Present:\n\n" + "\n\n".join(names) + "\n\n1. Welcome\n"
    assert [name for name, _ in attendance_of(text)] == names


def test_unlabelled_members_and_officer_lines_under_the_minutes_heading():
    text = (
        "\n\nCllrs R Allard, T Brennan (Deputy Mayor), J Dunmore,\nK Fairbairn (Town Mayor) and W Jellicoe\n\n\n"
        "D Kersey, Town Clerk\nF Lomax, Projects Officer\n\n1 Apologies for Absence\n\nNone.\n"
    )
    assert attendance_of(text) == [
        ("Cllr R Allard", "present"), ("Cllr T Brennan", "present"), ("Cllr J Dunmore", "present"),
        ("Cllr K Fairbairn", "present"), ("Cllr W Jellicoe", "present"),
        ("D Kersey", "in_attendance"), ("F Lomax", "in_attendance"),
    ]


def test_text_under_the_minutes_heading_that_is_not_a_list_of_names_is_not_attendance():
    text = "\nThe Mayor, Town Clerk and Projects Officer met the Trust.\n\n1 Apologies for Absence\n"
    assert attendance_of(text) == []
    text = "\nRiver Lane, Mill Street and Church Road were closed for resurfacing works.\n\n1 Apologies\n"
    assert attendance_of(text) == []


def test_heading_wrapped_over_two_lines_still_opens_the_unlabelled_list():
    head = "Minutes of the Meeting of Ashby Vale Town Council held on 14 May 2024 at 7pm by Video\nConference.\n"
    assert attendance_of("Cllrs A Birch, C Dale and E Frost\n1 Apologies\n", head=head) == [
        ("Cllr A Birch", "present"), ("Cllr C Dale", "present"), ("Cllr E Frost", "present"),
    ]


def test_clerk_in_a_present_list_is_in_attendance():
    text = "Present: Cllrs I Robin (IR), R Tate (RT), J Frame (JF, Clerk)\nClerk Mr M Waller\n\n1. Apologies\n"
    assert attendance_of(text)[:2] == [("Cllr I Robin", "present"), ("Cllr R Tate", "present")]
    assert attendance_of(text)[2:] == [("J Frame", "in_attendance"), ("Mr M Waller", "in_attendance")]


def test_member_attending_remotely_noted_in_brackets_is_present():
    text = "Parish Councillors: | Cllrs Iris Penn & Owen Laird (Cllr Petra Voss attended via Zoom, but had no voting rights) |\n"
    assert attendance_of(text) == [("Cllr Iris Penn", "present"), ("Cllr Owen Laird", "present"), ("Cllr Petra Voss", "present")]


def test_apologies_from_the_following_group_colon_names():
    text = (
        "Apologies for absence were received from the following Children and Families Overview and\n"
        "Scrutiny Committee co-opted voting Members: Lena Ostrova, Paul Quigley and Ruth Samson.\n"
    )
    assert attendance_of(text) == [("Lena Ostrova", "apologies"), ("Paul Quigley", "apologies"), ("Ruth Samson", "apologies")]


def test_present_label_followed_directly_by_a_titled_name():
    assert attendance_of("Present The Mayor, Cllr. R. Pell (RP) (in the chair).\n") == [("Cllr. R. Pell", "present")]
    assert attendance_of("Present arrangements for the hall were noted.\n") == []


def test_sentence_on_a_numbered_apologies_label_line_ends_the_list():
    text = "82/23 Apologies: Cllr. A Eddy sent his apologies.\nCllr. C Eddy – Chair started the meeting.\n"
    assert attendance_of(text) == [("Cllr. A Eddy", "apologies")]


def test_those_attending_label_and_minute_numbers_before_a_heading():
    text = (
        "THOSE ATTENDING:\n\nCllr P Ash\n\nCllr T Bell (Chair)\n\n"
        "C011/24      1.         APOLOGIES FOR ABSENCE.\n\nCllr K Ibbs and Cllr L Jowl (leave). The meeting accepted these.\n"
    )
    assert attendance_of(text) == [
        ("Cllr P Ash", "present"), ("Cllr T Bell", "present"), ("Cllr K Ibbs", "apologies"), ("Cllr L Jowl", "apologies"),
    ]


def test_lettered_minute_number_present_heading_and_a_name_with_its_post_on_the_next_line():
    text = "A24/021 PRESENT\nCouncillors Ainsley, Bramwell and Eldon\nP Fenchurch (Town Clerk)\nA24/022 APOLOGIES\n"
    assert attendance_of(text) == [
        ("Councillor Ainsley", "present"), ("Councillor Bramwell", "present"), ("Councillor Eldon", "present"),
        ("P Fenchurch", "in_attendance"),
    ]


def test_employees_present_label_is_in_attendance():
    assert attendance_of("Council Employees Present: RFO Gina Hartley, Clerk Ivo Jessop\n1. Apologies\n") == [
        ("RFO Gina Hartley", "in_attendance"), ("Clerk Ivo Jessop", "in_attendance"),
    ]


def test_post_after_an_honorific_word_is_not_a_name():
    assert not looks_like_name("Deputy Parish Clerk")
    text = "IN ATTENDANCE:\n\nMrs E Fair, Parish Clerk, Mr G Garr Deputy Parish Clerk, and Mr J Heb Admin Officer.\n"
    assert attendance_of(text) == [("Mrs E Fair", "in_attendance"), ("Mr G Garr", "in_attendance"), ("Mr J Heb", "in_attendance")]


def test_apologies_for_whom_a_substitute_attended_over_blank_lines():
    text = (
        "Apologies for absence were received from:\n\n \n\nCouncillor Amir Doss, for whom Councillor Bea Whit was substitute;\n\n"
        "Councillor Carl Eyre, for whom Councillor Dina Fors was substitute.\n\n2.\n\nDECLARATIONS\n"
    )
    assert sorted(attendance_of(text)) == sorted([
        ("Councillor Amir Doss", "apologies"), ("Councillor Carl Eyre", "apologies"),
        ("Councillor Bea Whit", "present"), ("Councillor Dina Fors", "present"),
    ])


def test_unlabelled_list_under_the_minutes_heading_shares_its_plural_title():
    text = "Councillors Mrs Ames, Birch, Cole (Chairman), D Dunn and Evans\n\nAlso Present:\nCouncillor Fenn\n\n1. Apologies\n"
    assert attendance_of(text, head="Minutes of the meeting held on Monday 3 June 2024\n\n") == [
        ("Councillor Fenn", "in_attendance"), ("Councillor Mrs Ames", "present"), ("Councillor Birch", "present"),
        ("Councillor Cole", "present"), ("Councillor D Dunn", "present"), ("Councillor Evans", "present"),
    ]


def test_heading_sentence_ending_when_there_were_present_opens_a_one_per_line_list():
    text = (
        "Minutes of a meeting of the LICENSING PANEL held in the Town Hall, Elmford at 10.00 am when there were present:\n"
        "Councillors\nMrs J Alder (Chairman)\nK Birch\nL Cedar – substitute for M Dale\nN Elm – Riverside Ward\n"
        "Mrs O Fir - observer\nOfficers\nMr P Gale – Licensing Manager\n(12)\nAPOLOGIES\n"
    )
    assert attendance_of(text, head="") == [
        ("Mrs J Alder", "present"), ("Councillor K Birch", "present"), ("Councillor L Cedar", "present"),
        ("Councillor N Elm", "in_attendance"), ("Mrs O Fir", "present"), ("Mr P Gale", "in_attendance"),
    ]


def test_run_on_pdf_header_with_members_present_and_other_councillors_present_labels():
    text = (
        "MINUTES OF A MEETING OF THE LICENSING COMMITTEE HELD ON 2 MAY 2024 FROM 7.00 PM Committee Members Present "
        "Councillors: Ann Holt (Chairman), Ben Kerr-McLean, Cai Lund and Dee Moss Other Councillors Present Councillors: "
        "Eve Nash and Finn Orr Officers Present Gil Pratt, Highways Development Management Hal Quin, Licensing Officer 4. APOLOGIES\n"
    )
    assert attendance_of(text, head="") == [
        ("Councillor Ann Holt", "present"), ("Councillor Ben Kerr-McLean", "present"), ("Councillor Cai Lund", "present"),
        ("Councillor Dee Moss", "present"), ("Councillor Eve Nash", "in_attendance"), ("Councillor Finn Orr", "in_attendance"),
        ("Gil Pratt", "in_attendance"), ("Hal Quin", "in_attendance"),
    ]


def test_posts_of_officers_are_not_names_and_hyphenated_surnames_keep_inner_capitals():
    assert not looks_like_name("Highways Development Management Hal Quin")
    assert not looks_like_name("Strategic Planning Solicitor")
    assert looks_like_name("Rhian Shepherd-DuPont") and looks_like_name("Tom Lee-McKay")
