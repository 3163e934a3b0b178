"""Attendance in parish, town and community council minutes (session 17): apologies worded as sentences or agenda
headings, bilingual Welsh titles, freely worded labels, untitled names run on after a post, stacked labels, a
minute reference ending a list. Our own words, names and bodies."""

from test_attendance_round3 import document, extract_attendance, split_papers

from extractors.proceedings.attendance_bilingual import english_text
from extractors.facts import extract_facts
from pipeline.read import parse_file

HEAD = "Minutes of the meeting of Ashby Parish Council held on 4th March 2024 at 7.30pm\n\n"
PRESENT = "Present: Cllr A Lowe (Chairman), Cllr B Ray, Cllr C Sim\n"


def _kinds(text: str) -> dict[str, str]:
    doc = document(HEAD + text)
    return {a.name: a.attendance for a in extract_attendance(doc, split_papers(doc))}


def test_names_that_sent_or_gave_apologies_under_an_apologies_heading():
    for sentence in (
        "Cllr D Hale and Cllr E Pike sent apologies which were approved.",
        "Cllr D Hale and Cllr E Pike had given their apologies.",
        "Cllrs Hale and Pike apologised for their absence.",
    ):
        kinds = _kinds(PRESENT + "1. To receive and approve apologies for absence\n" + sentence + "\n2. Declarations\n")
        apologies = {name for name, kind in kinds.items() if kind == "apologies"}
        assert len(apologies) == 2 and all("Hale" in n or "Pike" in n for n in apologies), sentence


def test_an_apology_for_something_else_or_another_meeting_names_no_absentee():
    kinds = _kinds(PRESENT + "5. Planning\nCllr Ray apologised for the delay in sending the papers.\n"
                   "Cllr Sim gave apologies for the next meeting.\n")
    assert "apologies" not in kinds.values()


def test_an_apologies_item_worded_as_the_agenda_with_its_names_on_the_line():
    for line in (
        "1. To accept apologies for absence – Cllr D Hale and Cllr E Pike.",
        "1. To receive apologies for absence: Cllr D Hale – work; Cllr E Pike – illness. Apologies accepted.",
        "1. Apologies: received and accepted from Cllrs Hale and Pike.",
        "24/031 APOLOGIES AND REASONS FOR ABSENCE – Cllr D Hale, Cllr E Pike.",
    ):
        kinds = _kinds(PRESENT + line + "\n2. Declarations\n")
        assert sum(kind == "apologies" for kind in kinds.values()) == 2, line
        assert sum(kind == "present" for kind in kinds.values()) == 3, line


def test_a_minute_reference_heading_ends_the_present_list_above_it():
    kinds = _kinds(PRESENT + "24/031 Declarations of interest – Cllr D Hale, Cllr E Pike.\n24/032 Minutes\n")
    assert not any("Hale" in name or "Pike" in name for name in kinds)


def test_a_bilingual_title_reads_as_its_english_half_with_the_same_offsets():
    text = "Cynghorwyr / Councillors Alun Rees, Cyng. / Cllr. Bryn Hywel, Councillors / Cynghorwyr Ceri Wyn"
    english = english_text(text)
    assert len(english) == len(text)
    assert english.split() == ["Councillors", "Alun", "Rees,", "Cllr.", "Bryn", "Hywel,", "Councillors", "Ceri", "Wyn"]
    assert english_text("Cyng. Dafydd Rees") == "Cyng. Dafydd Rees"


def test_a_welsh_community_councils_bilingual_present_list():
    kinds = _kinds(
        "Yn bresennol / Present: Cynghorwyr / Councillors Alun Rees (Cadeirydd / Chair), Bryn Hywel, Ceri Wyn.\n"
        "Ymddiheuriadau / Apologies: Cynghorydd / Councillor Dafydd Owain.\n\n1. Croeso / Welcome\n"
    )
    assert kinds == {"Councillor Alun Rees": "present", "Councillor Bryn Hywel": "present", "Councillor Ceri Wyn": "present",
                     "Councillor Dafydd Owain": "apologies"}


def test_an_abbreviated_welsh_title_does_not_end_the_list():
    kinds = _kinds("Presennol: Cyng. Alun Rees (Cadeirydd), Cyng. Bryn Hywel, Cyng. Ceri Wyn\nYmddiheuriadau: Cyng. Dafydd Owain\n"
                   "Clerc: Mrs Gwen Parri\n\n1. Croeso\n")
    assert kinds == {"Cyng. Alun Rees": "present", "Cyng. Bryn Hywel": "present", "Cyng. Ceri Wyn": "present",
                     "Cyng. Dafydd Owain": "apologies", "Mrs Gwen Parri": "in_attendance"}


def test_a_minute_takers_or_acting_clerks_label_is_in_attendance():
    for label in ("Minutes Secretary", "Minute taker", "Acting Clerk"):
        kinds = _kinds(PRESENT + f"{label}: Mrs Eve Poe\n\n1. Welcome\n")
        assert kinds["Mrs Eve Poe"] == "in_attendance", label


def test_a_clerk_after_a_dash_in_a_one_name_a_line_list_is_in_attendance():
    kinds = _kinds("Present\nAnn Lowe – Chairman\nBob Ray – Vice Chairman\nCarl Sim\nKate Finch – Clerk\n\n1. Welcome\n")
    assert kinds == {"Ann Lowe": "present", "Bob Ray": "present", "Carl Sim": "present", "Kate Finch": "in_attendance"}


def test_freely_worded_labels_over_untitled_names():
    for label, kind in (("Attended by:", "present"), ("Present were Councillors:", "present"), ("Parish Councillors present:", "present"),
                        ("Councillors present (6):", "present"), ("Roll call:", "present"), ("Apologies given:", "apologies"),
                        ("In attendance (Clerk):", "in_attendance")):
        kinds = _kinds(f"{label} Ann Lowe (Chair), Bob Ray, Carl Sim\n\n1. Welcome\n")
        assert len(kinds) == 3 and set(kinds.values()) == {kind}, label


def test_a_freely_worded_label_of_absence_or_business_reads_nobody():
    for label in ("Councillors not present:", "Members of the public:", "Declarations of interest:", "Absent:"):
        assert _kinds(f"{label} Ann Lowe, Bob Ray, Carl Sim\n\n1. Welcome\n") == {}, label


def test_a_freely_worded_label_whose_list_is_no_list_of_names_reads_nobody():
    assert _kinds("Attended by: Ann Lowe, Bob Ray and the Chairman of Eastby Football Club\n\n1. Welcome\n") == {}


def test_untitled_names_run_on_after_a_bracketed_post():
    assert _kinds("Present: Ann Lowe (Chair) Bob Ray Carl Sim Dee Hale Eve Pike\n\n1. Welcome\n") == dict.fromkeys(
        ("Ann Lowe", "Bob Ray", "Carl Sim", "Dee Hale", "Eve Pike"), "present")
    assert _kinds("Present: J Lowe (Chairman) B Ray C Sim D Hale\n\n1. Welcome\n") == dict.fromkeys(
        ("J Lowe", "B Ray", "C Sim", "D Hale"), "present")


def test_two_labels_stacked_over_their_two_lists(tmp_path):
    # A page flattened into one line (read as the page store gives it): the labels' column, then the values'.
    page = tmp_path / "burial.txt"
    page.write_text("Minutes of the Ordinary Meeting of the Ashby Burial Committee, 4th March 2024 Present: In Attendance: "
                   "Cllrs Mr Lowe (Chairman), Mr Ray (Vice-Chair), and Mrs Sim Miss D Poe (Clerk) PART I 1. APOLOGIES FOR ABSENCE "
                   "None received. 2. DECLARATIONS OF INTEREST None received. 3. MINUTES It was RESOLVED to approve the Minutes "
                   "of the 12th July 2023. 4. MEMORIALS Members noted the memorials approved by the Clerk since the last meeting "
                   "and approved one memorial that had arrived too late for the list. 5. ACCOUNTS Members noted the bank "
                   "reconciliations for the quarter and approved the payments listed. 6. MAINTENANCE The grass cutting contract "
                   "is being monitored by the Clerk and the Chairman. 7. DATE OF NEXT MEETING To be confirmed.")
    kinds = {a.name: a.attendance for a in extract_facts(parse_file(page)).attendees}
    assert kinds == {"Cllr Mr Lowe": "present", "Mr Ray": "present", "Mrs Sim": "present", "Miss D Poe": "in_attendance"}
    kinds = _kinds("Present:\nApologies:\nCllr A Lowe (Chair), Cllr B Ray and Cllr C Sim\nCllr D Hale\n1. Welcome\n")
    assert kinds == {"Cllr A Lowe": "present", "Cllr B Ray": "present", "Cllr C Sim": "present", "Cllr D Hale": "apologies"}


def test_an_officers_post_printed_before_a_titled_name_after_a_dash():
    kinds = _kinds("Present: Chairman – Cllr A Lowe; Vice Chairman – Cllr B Ray; Cllrs C Sim, D Hale\n\n1. Welcome\n")
    assert kinds == dict.fromkeys(("Cllr A Lowe", "Cllr B Ray", "Cllr C Sim", "Cllr D Hale"), "present")


def test_one_attendance_word_with_no_colon_over_untitled_names():
    for label in ("PRESENT", "Present", "Present."):
        kinds = _kinds(f"{label} Ann Lowe (Chairman), Bob Ray, Carl Sim, Dee Hale\n\n1. Welcome\n")
        assert kinds == dict.fromkeys(("Ann Lowe", "Bob Ray", "Carl Sim", "Dee Hale"), "present"), label


def test_a_label_in_a_tables_first_cell():
    kinds = _kinds("| Present | Cllr A Lowe (Chairman), Cllr B Ray, Cllr C Sim |\n| Apologies | Cllr D Hale |\n"
                   "| In attendance | Mrs E Poe (Clerk) |\n\n1. Welcome\n")
    assert kinds == {"Cllr A Lowe": "present", "Cllr B Ray": "present", "Cllr C Sim": "present", "Cllr D Hale": "apologies",
                     "Mrs E Poe": "in_attendance"}


def test_a_status_table_printed_with_no_header():
    kinds = _kinds("Cllr A Lowe (Chairman)    Present\nCllr B Ray                Present\nCllr C Sim                Apologies\n"
                   "Cllr D Hale               Absent\n\n1. Welcome\n")
    assert kinds == {"Cllr A Lowe": "present", "Cllr B Ray": "present", "Cllr C Sim": "apologies"}


def test_two_lists_printed_side_by_side():
    kinds = _kinds("Present: Cllr A Lowe (Chair)          Apologies: Cllr D Hale\n"
                   "         Cllr B Ray                              Cllr E Pike\n"
                   "         Cllr C Sim\n\n1. Welcome\n")
    assert kinds == {"Cllr A Lowe": "present", "Cllr B Ray": "present", "Cllr C Sim": "present", "Cllr D Hale": "apologies",
                     "Cllr E Pike": "apologies"}


def test_an_indented_councillors_heading_under_the_present_line(tmp_path):
    page = tmp_path / "town.txt"
    page.write_text("    Minutes of the Town Council Meeting 4th March 2024\n\n"
                    "    Present                                        The Mayor, Cllr. D. Lowe (DL) (in the chair).\n\n"
                    "    Councillors:  Mrs. E. Ray (ER), J. Sim (JS), M. Hale (MH), L. Pike (LP)\n\n"
                    "    301.         Apologies for Absence\n    None.\n")
    names = {a.name for a in extract_facts(parse_file(page)).attendees}
    assert len(names) == 5 and any("Pike" in name for name in names)


def test_misspelt_attendance_labels_read_as_spelt_with_the_same_offsets():
    from extractors.proceedings.attendance_labels import spelt_labels

    for printed, spelt in (("IN ATTENDENCE:", "IN ATTENDANCE:"), ("Appologies:", " Apologies:"), ("Apoligies were", "Apologies were")):
        assert spelt_labels(printed) == spelt
    kinds = _kinds("Present: Mr A Lowe (Chairman), Mr B Ray, Mrs C Sim\nIN ATTENDENCE: Mr D Hale - Eastby Marine & Harbour Master\n"
                   "Appologies: Mr E Pike\n\n1. Welcome\n")
    assert kinds == {"Mr A Lowe": "present", "Mr B Ray": "present", "Mrs C Sim": "present", "Mr D Hale": "in_attendance",
                     "Mr E Pike": "apologies"}


def test_a_freely_worded_label_over_names_with_surnames_in_capitals():
    assert _kinds("Present Councillors: Ann LOWE and Ben RAY\n\n1. Welcome\n") == {"Ann LOWE": "present", "Ben RAY": "present"}
