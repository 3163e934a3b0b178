"""Attendance written as prose and run-on lists, as real minutes print it (our own words and names)."""

from extractors.proceedings.attendance import extract_attendance
from extractors.readers.name_runs import run_on_parts
from extractors.readers.names import looks_like_name, name_prefix
from extractors.proceedings.split import split_papers
from structure_helpers import document

HEAD = "MINUTES of a meeting of the Licensing Committee held at the Town Hall on 4 March 2025 at 7.00 pm.\n"


def attendance_of(text: str) -> list[tuple[str, str]]:
    doc = document(HEAD + text)
    return [(a.name, a.attendance) for a in extract_attendance(doc, split_papers(doc))]


def test_shared_plural_title_is_written_with_each_name_until_a_name_has_its_own():
    assert attendance_of("Apologies for absence were received from Councillors Ada Price (Vale Council), R. Moss and Mr T Lane.\n") == [
        ("Councillor Ada Price", "apologies"), ("Councillor R. Moss", "apologies"), ("Mr T Lane", "apologies"),
    ]


def test_also_received_and_on_behalf_of_sentences():
    assert attendance_of(
        "Apologies were received from Councillor Ivo Dent. Apologies for absence were also received from "
        "Councillor Una Hale, who was unwell.\nAn apology for absence was received on behalf of Councillor P. J. Orr.\n"
    ) == [("Councillor Ivo Dent", "apologies"), ("Councillor Una Hale", "apologies"), ("Councillor P. J. Orr", "apologies")]


def test_lateness_after_a_semicolon_is_not_an_apology():
    assert attendance_of(
        "There were apologies for absence from Councillors Bo Field (civic duties), and Cy Hart; "
        "and for lateness from Councillors Di Lowe and Ed Marsh.\n"
    ) == [("Councillor Bo Field", "apologies"), ("Councillor Cy Hart", "apologies")]


def test_a_name_running_into_its_sentence_is_cut_to_the_name():
    assert attendance_of("An apology for absence was received from Councillor J Pike who was attending a civic event.\n") == [
        ("Councillor J Pike", "apologies")
    ]
    assert name_prefix("Mr W Orme Clerk to the Council") == "Mr W Orme"
    assert name_prefix("County Cllr A Rudd The Town Clerk") == "County Cllr A Rudd"
    assert name_prefix("the meeting noted") == ""


def test_city_titles_deputy_alderwoman_and_the_revd():
    assert attendance_of("Apologies were received from Deputy Ann Cole, Alderwoman Bea Ford, The Revd Dr Cal Gray and Dee Hunt.\n") == [
        ("Deputy Ann Cole", "apologies"), ("Alderwoman Bea Ford", "apologies"), ("The Revd Dr Cal Gray", "apologies"), ("Dee Hunt", "apologies"),
    ]
    assert not looks_like_name("Deputy Town Clerk")


def test_substitutes_in_their_printed_forms_are_present():
    found = attendance_of(
        "Apologies were received from Councillor Ames.\nCouncillor Birch confirmed he was attending as a substitute for Councillor Ames.\n"
        "Councillor Cole substituted for Councillor Dean.\n"
        "Apologies were received from Cllr. E. Frost with Cllr G. Hale attending as her substitute.\n"
        "Apologies for absence were received from Cllr Ida Jay and Kit Lee (Lou Moss substituting).\n"
    )
    present = [name for name, kind in found if kind == "present"]
    assert present == ["Councillor Birch", "Councillor Cole", "Cllr G. Hale", "Lou Moss"]
    assert ("Cllr. E. Frost", "apologies") in found


def test_in_the_chair_opens_an_unlabelled_present_list():
    assert attendance_of("Councillor N Oak (in the Chair); Councillors Pike, Quill and Rowe.\n") == [
        ("Councillor N Oak", "present"), ("Councillor Pike", "present"), ("Councillor Quill", "present"), ("Councillor Rowe", "present"),
    ]
    assert attendance_of("Councillor Sal Tate in the Chair.\n") == [("Councillor Sal Tate", "present")]


def test_people_in_attendance_for_an_item_with_roles_after_commas():
    found = attendance_of(
        "5. BUDGET UPDATE\nUma Vale, Chief Finance Officer, Office of the Commissioner; Wes Xu, Head of Policy; "
        "and Yan Zell, Treasurer, were in attendance for this item.\n\n"
        "6. COMPLAINTS\nOfficers attending: Abe Bond, Monitoring Officer; Cara Dunn, Scrutiny Officer.\n"
    )
    assert found == [("Abe Bond", "in_attendance"), ("Cara Dunn", "in_attendance"),
                     ("Uma Vale", "in_attendance"), ("Wes Xu", "in_attendance"), ("Yan Zell", "in_attendance")]
    assert attendance_of("The Town Clerk and Deputy Town Clerk were in attendance.\n") == []


def test_sent_apologies_but_not_apologies_for_lateness():
    assert attendance_of("- Cllr E Fenn & Cllr G Fenn sent apologies.\nCllr. Holt had sent his apologies for his late arrival.\n") == [
        ("Cllr E Fenn", "apologies"), ("Cllr G Fenn", "apologies"),
    ]


def test_ampersand_and_abbreviated_plural_title_with_a_full_stop():
    assert attendance_of("Present: Cllr A Ince (Chair), Cllr B Joy & Cllr C Kerr.\nApologies for absence had been received from Cllrs. Lamb and Mayo.\n") == [
        ("Cllr A Ince", "present"), ("Cllr B Joy", "present"), ("Cllr C Kerr", "present"),
        ("Cllr. Lamb", "apologies"), ("Cllr. Mayo", "apologies"),
    ]


def test_run_on_names_and_labels_inside_one_line():
    found = attendance_of(
        "HELD AT THE GUILDHALL PRESENT: Cllr D Nash (Mayor) Cllr Mrs E Orr Cllr F Penn APOLOGIES: Cllr G Quin "
        "Rev Canon H Ross, Mayor's Chaplain Mr I Shaw, Liaison Officer County Cllr J Todd The Town Clerk was in attendance.\n"
    )
    assert found == [
        ("Cllr D Nash", "present"), ("Cllr Mrs E Orr", "present"), ("Cllr F Penn", "present"),
        ("Cllr G Quin", "apologies"), ("Rev Canon H Ross", "apologies"), ("Mr I Shaw", "apologies"), ("County Cllr J Todd", "apologies"),
    ]
    assert [text for _, text in run_on_parts("Ch Insp K Vale")] == ["Ch Insp K Vale"]


def test_one_name_per_line_with_the_public_skipped_and_a_role_run_on():
    assert attendance_of("In Attendance:\n\nOne member of the public\n\nMr L Wren Clerk to the Parish Council\n\nMrs M Yates Assistant Clerk\n") == [
        ("Mr L Wren", "in_attendance"), ("Mrs M Yates", "in_attendance"),
    ]


def test_a_singular_title_shared_by_the_surnames_that_follow_in_brackets():
    assert attendance_of("Present: Councillor Abbot (Chair) Barker (Opposition Spokesperson) and Carver (Group Spokesperson).\n") == [
        ("Councillor Abbot", "present"), ("Councillor Barker", "present"), ("Councillor Carver", "present"),
    ]


def test_noted_apologies_and_apologies_received_without_a_verb():
    assert attendance_of("In addition, the apologies of Councillors Drake, and Ellis were noted.\nApologies received from Cllrs Ford, Gale and Hope.\n") == [
        ("Councillor Drake", "apologies"), ("Councillor Ellis", "apologies"),
        ("Cllr Ford", "apologies"), ("Cllr Gale", "apologies"), ("Cllr Hope", "apologies"),
    ]


def test_a_present_list_ends_before_a_sentence_about_someone():
    # The clerk closing the list ('and the Clerk – Owen Kemp') attends as an officer (the conventions' non-members rule;
    # session 28 parish28: this test first wrote him present, before that rule).
    assert attendance_of("Present: Cllr Mrs P Irwin – Chairman, Cllrs K Jay, L Jay and the Clerk – Owen Kemp\nCllr Mrs P Irwin opened the meeting.\n") == [
        ("Cllr Mrs P Irwin", "present"), ("Cllr K Jay", "present"), ("Cllr L Jay", "present"), ("Owen Kemp", "in_attendance"),
    ]


def test_virtual_attendance_in_a_meeting_attendance_table():
    assert attendance_of(
        "Attendee | Role | Attendance | Attendance comment\nCouncillor Rae Lund | Vice-Chair | Present, virtual |\n"
        "Councillor Sam Mace | Ward Councillor | In attendance, virtual |\n"
    ) == [("Councillor Rae Lund", "present"), ("Councillor Sam Mace", "in_attendance")]


def test_nobody_for_no_apologies_and_late_arrivals():
    assert attendance_of("There were no apologies for absence.\nCouncillor Tia Noon joined the meeting at 10.20am.\nNo apologies were recorded.\n") == []


def test_markdown_attendance_table_with_outer_pipes():
    assert attendance_of(
        "| Attendee | Role | Attendance | Attendance comment |\n|---|---|---|---|\n"
        "| Councillor Uli Vance | Member | Present | |\n| Councillor Wyn Yarrow | Member | Expected | |\n"
    ) == [("Councillor Uli Vance", "present")]


def test_someone_who_attended_the_meeting_to_present_an_item():
    assert attendance_of("Councillor Z. Quarry attended the meeting to present the work programme.\n") == [
        ("Councillor Z. Quarry", "in_attendance")
    ]


def test_two_word_plural_title_and_a_name_after_a_bracket_in_aligned_columns():
    assert attendance_of(
        "PRESENT:\n\nCounty Borough Councillors\n\nA. Bell          C. Dunn (remote) E. Ford\n\n"
        "Apologies for absence were received from County Borough Councillors G. Hale and I. Jones.\n"
    ) == [
        ("A. Bell", "present"), ("C. Dunn", "present"), ("E. Ford", "present"),
        ("County Borough Councillor G. Hale", "apologies"), ("County Borough Councillor I. Jones", "apologies"),
    ]


def test_in_attendance_sentences_with_the_public_and_with_the_names_after_the_verb():
    assert attendance_of(
        "Present: Cllrs Abel and Baird. County Councillor Cleo Dyer was in attendance with six members of the public. "
        "Also in attendance for part of the meeting was Mrs Eve Frome, Head Teacher and Mr Gil Hart of the Rowing Club who spoke.\n"
    ) == [
        ("Cllr Abel", "present"), ("Cllr Baird", "present"), ("Mrs Eve Frome", "in_attendance"),
        ("Mr Gil Hart", "in_attendance"), ("County Councillor Cleo Dyer", "in_attendance"),
    ]


def test_one_singular_title_shared_by_surnames_after_be_received_from():
    assert attendance_of("Resolved: That apologies for absence be received from Councillor Ames, Bilton and Cope and Dyer. |\n") == [
        ("Councillor Ames", "apologies"), ("Councillor Bilton", "apologies"), ("Councillor Cope", "apologies"), ("Councillor Dyer", "apologies"),
    ]


def test_a_substitute_named_in_brackets_after_an_apology_is_present():
    doc = document(HEAD + "Apologies for absence had been received from Councillor R Lowe and Councillor N Shah (substituted by Councillor B Ivey).\n")
    found = [(a.name, a.attendance, a.role) for a in extract_attendance(doc, split_papers(doc))]
    assert found[:2] == [("Councillor R Lowe", "apologies", None), ("Councillor N Shah", "apologies", "substituted by Councillor B Ivey")]
    assert found[2:] == [("Councillor B Ivey", "present", "Substitute")]


def test_present_list_under_capital_group_headings_with_cell_pipes_and_capital_surnames():
    assert attendance_of(
        "Present:-\nLord Provost Ann KERR\n|\nDepute Lord Provost Rob LINDSAY |\nBAILIES\nJean M PATON |\n"
        "COUNCILLORS\nIan McNAB |\nMoira BELL |\nCouncillor Moira BELL, Convener, in the Chair.\n"
    ) == [
        ("Lord Provost Ann KERR", "present"), ("Depute Lord Provost Rob LINDSAY", "present"), ("Bailie Jean M PATON", "present"),
        ("Councillor Ian McNAB", "present"), ("Councillor Moira BELL", "present"),
    ]
    assert not looks_like_name("ROADS PROGRAMME")


def test_group_labels_each_followed_by_name_and_role_entries_run_together():
    assert attendance_of(
        "P r e s e n t:\n\nMetro Mayor J Orr Chairperson of the Authority (in the Chair)\n\n"
        "Deputy Portfolio Holders Councillor A Bell, Housing and Planning Councillor C Dunn, Roads, Rail and Buses\n\n"
        "Mayoral Advisor T Vane, Chair of the Youth Forum (YF) Esme Coll, OBE, Green Spaces\n\n"
        "12. APOLOGIES FOR ABSENCE\n\nApologies for absence were received on behalf of:\n\n"
        "Associate Members Councillor E Frye, Leader of Westvale Council\n"
    ) == [
        ("Metro Mayor J Orr", "present"), ("Councillor A Bell", "present"), ("Councillor C Dunn", "present"),
        ("T Vane", "present"), ("Esme Coll", "present"), ("Councillor E Frye", "apologies"),
    ]


def test_names_parted_by_table_cell_pipes_on_one_line_under_a_heading():
    assert attendance_of("Present:-\nProvost Ann KERR | Depute Provost Rob LINDSAY |\nCOUNCILLORS\nIan McNAB | Ed O'NEILL |\n\n") == [
        ("Provost Ann KERR", "present"), ("Depute Provost Rob LINDSAY", "present"),
        ("Councillor Ian McNAB", "present"), ("Councillor Ed O'NEILL", "present"),
    ]


def test_a_singular_title_after_an_untitled_first_entry_is_shared_by_the_surnames_after_it():
    assert attendance_of("Apologies for absence were received from the Mayor, Councillor Adder, Birch and Mr T Cole, Dunn.\n") == [
        ("Councillor Adder", "apologies"), ("Councillor Birch", "apologies"), ("Mr T Cole", "apologies"),
    ]


def test_officers_apologies_lead_in_words_and_an_officer_apologies_label():
    assert attendance_of("Apologies for absence were received from Councillor Adder and from officers Jo Dove (Director of Finance) and Tom Reed.\n") == [
        ("Councillor Adder", "apologies"), ("Jo Dove", "apologies"), ("Tom Reed", "apologies"),
    ]
    assert attendance_of("Officer apologies: Jo Dove (Director of Finance), Tom Reed (Head of Legal).\n") == [
        ("Jo Dove", "apologies"), ("Tom Reed", "apologies"),
    ]


def test_also_present_one_name_and_post_per_line_after_a_comma():
    doc = document(HEAD + "Also Present:-\nJo DOVE, Chief Executive\nTom Reed, Head of Democratic Services\n\nCouncillor Ann Hale, Convener, in the Chair.\n")
    assert [(a.name, a.role, a.attendance) for a in extract_attendance(doc, split_papers(doc))] == [
        ("Jo DOVE", "Chief Executive", "in_attendance"), ("Tom Reed", "Head of Democratic Services", "in_attendance"),
    ]


def test_one_apology_printed_under_decision_and_under_minutes_names_the_person_once():
    assert attendance_of(
        "Decision: An apology for absence was received from Councillor Ann Lowe. Minutes: An apology for absence was received from Councillor Ann Lowe. |\n"
    ) == [("Councillor Ann Lowe", "apologies")]


def test_substitutes_named_after_the_apologies_in_other_wordings():
    assert attendance_of("Apologies were received from Councillors Ash and Birch, with Councillors Cole and Dunn attending as substitutes.\n") == [
        ("Councillor Ash", "apologies"), ("Councillor Birch", "apologies"), ("Councillor Cole", "present"), ("Councillor Dunn", "present"),
    ]
    assert attendance_of("Apologies for absence were received from Councillor Ash. Councillor Birch attended as her substitute.\n") == [
        ("Councillor Ash", "apologies"), ("Councillor Birch", "present"),
    ]
    assert attendance_of("Apologies were received from Councillor Ash. It was noted that Councillor Birch was substituting for Councillor Ash.\n") == [
        ("Councillor Ash", "apologies"), ("Councillor Birch", "present"),
    ]


def test_apologies_reported_and_officers_contributing_to_and_attending_the_meeting():
    assert attendance_of(
        "The Chair reported apologies from Councillors Ash and Birch.\n\nOfficers contributing to and attending the meeting:\n"
        "Jo Dove, Chief Executive\nTom Reed, Head of Law\n"
    ) == [("Jo Dove", "in_attendance"), ("Tom Reed", "in_attendance"), ("Councillor Ash", "apologies"), ("Councillor Birch", "apologies")]


def test_people_who_were_present_after_the_members_list_and_a_representative_are_in_attendance():
    assert attendance_of(
        "Present: Cllrs A Ash and B Birch.\nDistrict Cllrs Cole and Dunn were present\nNo members of public were present\n\n"
        "An apology for absence was received from Jo Dove (Director, Finance & Law) with Tom Reed (Deputy Director) attending as their representative.\n"
    ) == [
        ("Cllr A Ash", "present"), ("Cllr B Birch", "present"), ("Jo Dove", "apologies"),
        ("Tom Reed", "in_attendance"), ("District Cllr Cole", "in_attendance"), ("District Cllr Dunn", "in_attendance"),
    ]


def test_substitute_appointed_or_present_as_substitute_without_for_is_present():
    text = (
        "It was noted that, in accordance with Procedure Rule 4, Councillor P Quill had been appointed as a substitute member for Councillor R Stone.\n"
        "Councillor Tarn was present as a substitute for Councillor Vale. Councillor Wend was also present as a substitute.\n"
        "Councillor Yew was present as Substitute for Councillor Vale.\n"
    )
    found = {(n, a) for n, a in attendance_of(text)}
    assert {("Councillor P Quill", "present"), ("Councillor Tarn", "present"), ("Councillor Wend", "present"), ("Councillor Yew", "present")} <= found
    assert not {n for n, a in found if a == "present"} & {"Councillor R Stone", "Councillor Vale"}
