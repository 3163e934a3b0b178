"""Attendance read on layouts of police and crime panels, parish and community councils (session 16), our own words."""

from __future__ import annotations

from extractors.proceedings.attendance_fallback import fallback_attendance


def _names(text: str) -> list[tuple[str, str]]:
    return [(kind, text[start:end]) for kind, start, end in fallback_attendance(text)]


def test_fallback_titles_and_post_words_come_from_the_name_reader():
    """The fallback's titles are the name reader's personal titles ('Mx' too); a post word ends a name."""
    text = "Present:\nMx Robin Hale, Cllr Ann Lowe Portfolio Holder, Mrs B Ray (Clerk)\n"
    assert _names(text) == [("present", "Mx Robin Hale"), ("present", "Cllr Ann Lowe"), ("in_attendance", "Mrs B Ray")]


def _extract(text: str) -> list[tuple[str, str]]:
    """The attendance of ``text`` read as the whole pipeline reads it (run-on lines split first)."""
    from extractors.facts import extract_facts
    from structure_helpers import document

    return [(a.name, a.attendance) for a in extract_facts(document(text)).attendees]


_HEAD = "Minutes of the meeting of the Eastby Partnership held on 5 March 2024 at 2pm in the Town Hall\n"


def test_community_councillor_titles_are_titles():
    """'CClr', 'Clr' and their plurals are titles: a plural one is shared ('Clrs A and B')."""
    text = _HEAD + "2. Apologies: Apologies were received from CClrs Lowe, Pike and Moss, and from Clrs Roe and Hale.\n"
    found = set(_extract(text))
    assert {("CClr Lowe", "apologies"), ("CClr Moss", "apologies"), ("Clr Roe", "apologies"), ("Clr Hale", "apologies")} <= found


def test_esq_names_run_on_after_a_label_in_capitals():
    """A drainage board's flattened list: initials, a surname and 'Esq' a name, one after another."""
    text = (
        "EASTFEN DRAINAGE BOARD At a Meeting of the Eastfen Drainage Board held at the Pumping Station on Thursday the 6th"
        " June 2024 PRESENT A B Lowe Esq (Chairman) C Ray Esq D E Sim Esq (Vice Chairman) F Moss Esq G H Dale Esq"
        " Miss Ada Penn (representing the Clerk) was in attendance. Apologies for absence were received from J Kent Esq."
    )
    found = _extract(text)
    assert ("A B Lowe Esq", "present") in found and ("G H Dale Esq", "present") in found
    assert ("J Kent Esq", "apologies") in found


def test_bare_names_a_line_under_present_with_the_bodies_below():
    """A partnership's table printed a cell a line: names without titles under 'Present', their bodies after them."""
    text = _HEAD + (
        "Present\nRoy Ashdown\n-\nEastby Fire Service (Chair)\nKaren Bliss\nOwen Tate\nLucy Marr\nIan Penrose\n-\n"
        "Eastby Council\nWestby Council\nEastby Police\n1.\nWelcome and Apologies\nThe Chair welcomed those present.\n"
    )
    found = _extract(text)
    assert {("Karen Bliss", "present"), ("Owen Tate", "present"), ("Ian Penrose", "present")} <= set(found)
    assert not any("Council" in name or "Welcome" in name for name, _ in found)


def test_a_name_glued_to_its_post_is_cut_where_the_cell_ended():
    """PDF text that lost a table's cell edge: 'Ann LoweHead of Policy' is Ann Lowe, an official, in attendance."""
    text = _HEAD + (
        "Present\n\nAnn LoweHead of Policy, Eastby Office\n\nBen O’NeillPanel member - Westby resident\n\n"
        "Cara McBrideCommunity Liaison Officer\n\nWelcome and Introductions\n\nIntroductions were made by all present.\n"
    )
    found = _extract(text)
    assert ("Ann Lowe", "in_attendance") in found and ("Cara McBride", "in_attendance") in found
    assert ("Ben O’Neill", "present") in found


def test_a_missed_run_under_a_label_is_added_beside_what_the_readers_found():
    """The readers stop at the posts under 'IN ATTENDANCE'; the fallback reads the ranked names past them."""
    text = _HEAD + (
        "PRESENT:\nCouncillor A Lowe (Chairman)\nMr B Ray\n"
        "IN ATTENDANCE:\nDirector of Corporate Services\nCommittee Secretary\n"
        "Chief Inspector C Sim\nSergeant D Moss\nSergeant E McCall\n1\nApologies\nThere were none.\n"
    )
    found = _extract(text)
    assert ("Councillor A Lowe", "present") in found
    assert {("Chief Inspector C Sim", "in_attendance"), ("Sergeant D Moss", "in_attendance"), ("Sergeant E McCall", "in_attendance")} <= set(found)


def test_fallback_names_end_before_post_nominal_initials_and_labels():
    """'Cllr A Lowe O.B.E' is Cllr A Lowe; a label in capitals ('ABSENT') after a name is no part of it."""
    assert _names("Present: Cllr Ann Lowe O.B.E, Cllr Ben Ray\n") == [("present", "Cllr Ann Lowe"), ("present", "Cllr Ben Ray")]
    assert _names("PRESENT: Mrs Ann Lowe Mr Ben Ray ABSENT: Mrs Cara Sim\n") == [("present", "Mrs Ann Lowe"), ("present", "Mr Ben Ray")]
    assert _names("Present: Councillor Martin DALE (Convener), Councillor Ann McCRAE\n") == [
        ("present", "Councillor Martin DALE"), ("present", "Councillor Ann McCRAE"),
    ]


def test_apology_sentences_in_other_words():
    """One sentence of apologies, however worded: the names after its 'from' (a 'substitutes' lead-in dropped)."""
    from extractors.proceedings.attendance_sentences import APOLOGY_SENTENCE

    for sentence, names in (
        ("An apology of absence was recorded from Councillor A Lowe.", "Councillor A Lowe."),
        ("Members voted to accept apologies for non-attendance at this Meeting from Mrs B Ray, Mr C Sim.", "Mrs B Ray, Mr C Sim."),
        ("Apologies for non-attendance have been received from substitutes Councillors Dale, Penn and Hale.", "Councillors Dale, Penn and Hale."),
    ):
        match = APOLOGY_SENTENCE.search(sentence)
        assert match and sentence[match.end():] == names
    assert APOLOGY_SENTENCE.search("The Clerk apologised for the late papers received from the county.") is None


def test_a_run_on_list_of_titled_names_with_their_councils_past_a_label_inside_the_line():
    """A panel's list flattened into one line: a label with its colon inside the line, each name followed by its
    council; the run holds however the line goes on after it."""
    text = (
        "Eastshire Police and Crime Panel Minutes of the Meeting held on 5 March 2024 at 10am in the Council Chamber, Eastby"
        " Main Panel Members Present: Mr A Lowe (Chairman) Eastby County Council Mr B Ray Westby District Council"
        " Mrs C Sim Northby Borough Council Mr D Dale Co-opted Independent Member Mr E Moss Co-opted Independent Member"
        " and the Panel went on to hear the Commissioner at some length about the plan and its progress."
    )
    names = [name for _, name in _names(text)]
    assert names[:2] == ["Mr A Lowe", "Mr B Ray"] and "Mr E Moss" in names


def test_a_place_cut_from_a_bodys_name_is_no_person():
    """'West Norfolk' cut from 'Borough Council of Lynn and West Eastby' is a place; 'Mr West' keeps his title."""
    from extractors.readers.names import printed_name

    assert not printed_name("West Eastby") and not printed_name("Great Westby")
    assert printed_name("Mr Adam West") and printed_name("Cllr North") and printed_name("Ann West")


def test_each_label_of_a_run_on_line_reads_to_the_next():
    """'Members present: ... Officers present: ...' on one line: the officers' label gives its own kind, and a member
    before it takes no officer's post from it."""
    text = "Members present: Cllr Ann Lowe, Mr Ben Ray Officers present: Mrs Cara Sim (Clerk), Mr Dan Hale\n"
    assert _names(text) == [
        ("present", "Cllr Ann Lowe"), ("present", "Mr Ben Ray"), ("in_attendance", "Mrs Cara Sim"), ("in_attendance", "Mr Dan Hale"),
    ]


def test_a_sergeant_in_a_present_list_attends():
    """A police sergeant, like a constable, reports to the meeting: in attendance, also where the fallback reads him."""
    text = _HEAD + (
        "Present\n\nAnn LowePanel member - Eastby resident\n\nBen RayPanel member - Westby resident\n\n"
        "Sgt. Carl SimEastby LPT, Eastshire Police\n\nDeb FoxPanel member - Magistrate\n\nWelcome\n\nAll were welcomed.\n"
    )
    found = _extract(text)
    assert ("Sgt. Carl Sim", "in_attendance") in found and ("Ann Lowe", "present") in found


def test_a_surnames_own_capital_is_no_cell_edge():
    from extractors.proceedings.attendance_lines import line_name

    text = "Cllr A DeVito (Chair)"
    found = line_name(text, 0)
    assert found and text[found.start : found.end] == "Cllr A DeVito"
    text = "Jo McKenzieEastby Police"
    found = line_name(text, 0)
    assert found and text[found.start : found.end] == "Jo McKenzie" and found.officer is False


def test_an_others_present_label_puts_its_names_in_attendance():
    """'Others present:' over names, alone on their lines or in one line: in attendance, not members present."""
    alone = _HEAD + "Members present:\nAnn Lowe\nBen Ray\nCara Sim\n\nOthers present:\nDee Moss\nEd Penn\nFay Hale\n\n1. Apologies\nNone.\n"
    assert _extract(alone) == [
        ("Ann Lowe", "present"), ("Ben Ray", "present"), ("Cara Sim", "present"),
        ("Dee Moss", "in_attendance"), ("Ed Penn", "in_attendance"), ("Fay Hale", "in_attendance"),
    ]
    one_line = _HEAD + "Present: Cllr A Lowe, Cllr B Ray\nOthers Present: Dee Moss, Ed Penn, Fay Hale\n\n1. Apologies\nNone.\n"
    assert _extract(one_line) == [
        ("Cllr A Lowe", "present"), ("Cllr B Ray", "present"),
        ("Dee Moss", "in_attendance"), ("Ed Penn", "in_attendance"), ("Fay Hale", "in_attendance"),
    ]
