"""Attendance round 3 (session 17): review mends and layouts of committee and authority minutes.
Our own words, names and bodies."""

from test_attendance_round3 import document, extract_attendance, split_papers


HEAD = "Minutes of the meeting of Ashby Parish Council held on 4th March 2024 at 7.30pm\n\n"


def _kinds(text: str) -> dict[str, str]:
    doc = document(HEAD + text)
    return {a.name: a.attendance for a in extract_attendance(doc, split_papers(doc))}


def test_a_member_printed_with_any_councillors_title_and_a_county_post_stays_a_member():
    for title in ("Clr", "Coun", "Cncllr", "Cnclr", "Councillor", "Cllr"):
        kinds = _kinds(
            f"Present: {title} Ann Lowe (Chairman), {title} Bob Ray, {title} Cai Sim, {title} Dee Hale (County Councillor)\n\n"
            "1. Apologies\nNone.\n"
        )
        assert kinds.get(f"{title} Dee Hale") == "present", (title, kinds)


def test_an_untitled_county_councillor_among_titled_members_is_present():
    # Whoever a present block lists is present, members of another council included (real_layouts README).
    kinds = _kinds(
        "Present: Clr Ann Lowe (Chairman), Clr Bob Ray, Clr Cai Sim, Dee Hale (County Councillor)\n\n1. Apologies\nNone.\n"
    )
    assert kinds.get("Dee Hale") == "present", kinds


def test_a_fallback_name_sharing_only_a_first_name_with_a_listed_one_is_kept():
    kinds = _kinds(
        "Present: Cllr John Lowe (Chairman), Cllr Ann Ray, Cllr Cai Sim\n\n1. Matters\n"
        "The panel met at 10am ATTENDEES Mr John Tate, Mrs Cara Dunn, Mr Ed Pike, Ms Flo Hart 2. Minutes\n"
    )
    assert {"Mr John Tate", "Mrs Cara Dunn", "Mr Ed Pike", "Ms Flo Hart"} <= set(kinds), kinds


def test_a_fallback_name_whose_surname_a_reader_found_is_not_added_again():
    kinds = _kinds(
        "Present: Cllr John Lowe (Chairman), Cllr Ann Ray, Cllr Cai Sim\n\n1. Matters\n"
        "The panel met at 10am ATTENDEES Cllr J Lowe, Mrs Cara Dunn, Mr Ed Pike, Ms Flo Hart 2. Minutes\n"
    )
    assert "Cllr J Lowe" not in kinds and "Mrs Cara Dunn" in kinds, kinds


def test_post_nominals_are_one_list_esq_among_them():
    from extractors.readers.names import TRAILING_POST_NOMINALS, bare_name

    assert bare_name("Mr R D Penn Esq") == "R D Penn"
    assert bare_name("Ann Lowe MBE JP") == "Ann Lowe"
    assert TRAILING_POST_NOMINALS.sub("", "Bob Ray Esq.") == "Bob Ray"


RUN_ON = (
    "EASTBY FIRE AUTHORITY\n\nMINUTES OF THE AUTHORITY MEETING The Hall, Eastby 4 MARCH 2024 10.00 – 12.00 "
    "PRESENOLDEB/ATTENDANCE Presennol yn y Cyfarfod/Present at Meeting: GADEIRYDD/ CHAIR: A Lowe\n\n"
    "AELODAU/MEMBERS: Cyng/Cllrs: C Sim, D E Hale, F Pike YMDDIHEURIADAU/APOLOGIES: Cyng/Cllrs: H Dunn, J Hart\n\n"
    "YN BRESENNOL /IN ATTENDANCE: K Moss, L Reed\n\n1 APOLOGIES FOR ABSENCE\n\n"
    "Apologies for absence were received from Councillors H Dunn and J Hart.\n\n2 DECLARATIONS\n"
)


def test_a_bilingual_label_run_on_after_a_list_opens_its_own_list_titled_by_its_plural():
    doc = document(RUN_ON)
    records = extract_attendance(doc, split_papers(doc))
    apologies = [(r.name, r.role) for r in records if r.attendance == "apologies"]
    assert apologies == [("Cllr H Dunn", None), ("Cllr J Hart", None)], apologies


def test_an_apologies_sentence_naming_the_list_s_people_with_another_title_adds_no_one():
    kinds = _kinds(
        "Present: Cllr A Lowe, Cllr B Ray\nApologies: Cllr C Sim, Cllr D Hale\n\n1. Apologies\n"
        "Apologies for absence were received from Councillors C Sim and D Hale.\n"
    )
    assert [n for n, k in kinds.items() if k == "apologies"] == ["Cllr C Sim", "Cllr D Hale"], kinds


def test_an_apologies_list_names_one_key_twice_only_across_kinds():
    kinds = _kinds("Present: Duncan Lowe (Chair), Ann Ray, Bob Sim\nApologies: Cllr. David Lowe, Cllr. Cai Hale\n\n1. Minutes\n")
    assert kinds.get("Cllr. David Lowe") == "apologies" and kinds.get("Duncan Lowe") == "present", kinds
