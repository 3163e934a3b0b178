"""Round 21 attendance classes, each seen across bodies: the chair named in a sentence of what they did,
'sent his apology', 'apologies for inability to attend', a police officer in a present list, and a plural
'Honorary Freemen' title. Our own words and names."""

from test_attendance_round3 import attendance_of

HEAD = "Minutes of the meeting of the Council held on 2nd May 2023 at 7.30pm\n\n"


def test_chair_named_in_a_sentence_of_what_they_did_is_present():
    # Round 27: only where the paper states attendance too (here an apology sentence).
    apologies = "Apologies for absence were received from Councillor Dent.\n\n"
    assert attendance_of(apologies + "The Chairman, Councillor M Reeve, invited members to stand for a minute's silence.\n", HEAD) == [
        ("Councillor Dent", "apologies"), ("Councillor M Reeve", "present")
    ]
    assert attendance_of(apologies + "The Chair, Councillor Olds, declared a personal interest in item 9 as a trustee.\n", HEAD) == [
        ("Councillor Dent", "apologies"), ("Councillor Olds", "present")
    ]


def test_mayor_elected_to_chair_in_brackets_is_present():
    text = "The Worshipful the Mayor (Councillor Hale) was elected to chair the meeting.\n"
    assert attendance_of(text, HEAD) == [("Councillor Hale", "present")]


def test_chair_sentence_of_absence_or_death_names_nobody():
    for text in (
        "The Chair, Councillor Lowe, had sent apologies for the meeting.\n",
        "The Chairman, Councillor Lowe, apologised for his absence.\n",
        "The Chair, Councillor Lowe, was unable to attend.\n",
        "The Chairman, Councillor Hill, died in May.\n",
        "The Chairman of the Planning Committee, Councillor Ray, reported on its meeting.\n",
    ):
        assert attendance_of(text, HEAD) == [], text


def test_mayor_doing_other_than_chairing_is_not_read():
    assert attendance_of("The Mayor, Councillor Dunn, called for nominations for the office of Mayor.\n", HEAD) == []


def test_sent_his_apology_in_the_singular():
    text = "2. Apologies and reasons for absence: Absent AB illness which was accepted. Cllr Moss sent his apology.\n\n3. Minutes\nApproved.\n"
    assert attendance_of(text, HEAD) == [("Cllr Moss", "apologies")]


def test_apologies_for_inability_to_attend_were_received_from():
    text = "Apologies Minutes: Apologies for inability to attend the meeting were received from Councillor Platt and Councillor Dunn. |\n"
    assert attendance_of(text, HEAD) == [("Councillor Platt", "apologies"), ("Councillor Dunn", "apologies")]


def test_plural_honorary_freemen_title_is_shared_and_not_the_councillor_before_it():
    text = "Apologies for absence were received from Councillor Pike and Honorary Freemen Lowe and Ray.\n"
    assert attendance_of(text, HEAD) == [
        ("Councillor Pike", "apologies"), ("Honorary Freeman Lowe", "apologies"), ("Honorary Freeman Ray", "apologies"),
    ]


def test_police_officer_in_a_present_list_is_in_attendance():
    text = "Present: Cllr Parr (Chair), Cllr Gott, PCSO Evans, PC A Lee, C Hay (Clerk)\n1. Apologies - Cllr Ward\n"
    assert attendance_of(text, HEAD) == [
        ("Cllr Parr", "present"), ("Cllr Gott", "present"), ("PCSO Evans", "in_attendance"), ("PC A Lee", "in_attendance"),
        ("C Hay", "in_attendance"), ("Cllr Ward", "apologies"),
    ]


def test_police_inspector_on_a_partnership_board_stays_present():
    text = "Present: Cllr Ann Bray (Chair), Insp Tom Hale, Jo Reed\n1. Apologies - Cllr Ward\n"
    assert attendance_of(text, HEAD) == [
        ("Cllr Ann Bray", "present"), ("Insp Tom Hale", "present"), ("Jo Reed", "present"), ("Cllr Ward", "apologies"),
    ]


CC_HEAD = "MINUTES OF COMMUNITY COUNCIL MEETING\nTuesday 7th March 2023 at 7.00pm, Hall Room\n"


def test_one_name_a_line_with_the_body_after_a_comma_keeps_the_list_going():
    text = (
        "Present:\nAnn Lowe\nTom Reed\nApologies:\nJo Dunn\nCouncillor Ray Bell, Northshire Council\n"
        "In attendance:\nCouncillor Sue Hale, Northshire Council\nConstable Bob Pike, Northshire Police\n1. Minutes\nApproved.\n"
    )
    assert attendance_of(text, CC_HEAD) == [
        ("Ann Lowe", "present"), ("Tom Reed", "present"), ("Jo Dunn", "apologies"), ("Councillor Ray Bell", "apologies"),
        ("Councillor Sue Hale", "in_attendance"), ("Constable Bob Pike", "in_attendance"),
    ]


def test_a_rank_before_the_name_stays_with_a_body_after_it():
    text = "In attendance:\nCouncillor Sue Hale, Northshire Council\nInspector Bob Pike, Northshire Police\nMrs Jo Reed, Clerk\n\n1. Minutes\nApproved.\n"
    assert attendance_of(text, CC_HEAD) == [
        ("Councillor Sue Hale", "in_attendance"), ("Inspector Bob Pike", "in_attendance"), ("Mrs Jo Reed", "in_attendance"),
    ]


def test_a_second_name_after_the_comma_is_no_body():
    text = "Present:\nAnn Lowe\nTom Reed, Kay Hill\n\n1. Minutes\nApproved.\n"
    assert attendance_of(text, CC_HEAD) == [("Ann Lowe", "present"), ("Tom Reed", "present"), ("Kay Hill", "present")]


def test_office_bearer_posts_on_their_own_lines_above_the_names():
    text = (
        "Present:\nIn the chair\nAnn Lowe\nVice-chair\nTom Reed\nTreasurer\nSam Cole\nMembers present\nJo Dunn\nKay Hill\n"
        "Apologies:\nLee Ross\n1. Minutes\nApproved.\n"
    )
    assert attendance_of(text, CC_HEAD) == [
        ("Ann Lowe", "present"), ("Tom Reed", "present"), ("Sam Cole", "present"), ("Jo Dunn", "present"), ("Kay Hill", "present"),
        ("Lee Ross", "apologies"),
    ]


def test_a_post_line_with_no_name_after_it_adds_nobody():
    text = "Present:\nAnn Lowe\nSecretary\n\n1. Minutes\nThe minutes were approved.\n"
    assert attendance_of(text, CC_HEAD) == [("Ann Lowe", "present")]


def test_armed_forces_rank_is_a_title_of_the_name():
    head = "Minutes of an Ordinary Meeting of Oakby Parish Council\nheld at the Village Hall on Tuesday 5th December 2023\n\n"
    text = "Also present: Mrs C Mason (Clerk), Wing Commander Jo Daniels\n1 member of the public\n\n1. Apologies\nNone.\n"
    assert attendance_of(text, head) == [("Mrs C Mason", "in_attendance"), ("Wing Commander Jo Daniels", "in_attendance")]
