"""Pages printed wholly in capitals read as mixed case (``extractors.readers.capitals``), our own words."""

from __future__ import annotations

from extractors.facts import extract_facts
from extractors.readers.capitals import recase, recased
from structure_helpers import document


def _facts(text: str):
    return extract_facts(document(text))


def test_recasing_keeps_every_offset_and_lowers_joining_words_and_verbs():
    text = "THE PANEL AWARDED £3,000 TO TARN ROVERS, WHO WILL USE IT FOR KIT.\n"
    mixed = recase(text)
    assert len(mixed) == len(text) and mixed.upper() == text
    assert mixed.startswith("The Panel awarded £3,000 to Tarn Rovers, who will use it for Kit.")


def test_a_verb_that_is_also_a_noun_is_lower_case_only_after_a_word_that_makes_it_a_verb():
    assert recase("MONEY FROM THE COMMUNITY FUND WILL FUND TWO GROUPS AND HELP THE HALL") == (
        "Money from the Community Fund will fund Two Groups and Help the Hall"
    )


def test_acronyms_references_labels_and_roman_numerals_as_mixed_case_prints_them():
    assert recase("HWFA/21 MINUTES; 52A/24 FINANCE; (B) THAT CCTV BE FITTED; III FIREWORKS") == (
        "HWFA/21 Minutes; 52a/24 Finance; (b) That CCTV be fitted; III Fireworks"
    )
    assert recase("MEETING AT 7PM ON THE 3RD, COUNCILLOR O'NEIL AND THE COUNCIL'S CLERK") == (
        "Meeting at 7pm on the 3rd, Councillor O'Neil and the Council's Clerk"
    )


def test_a_document_in_mixed_case_is_read_as_it_is():
    mixed = document("Minutes of the Eastby Parish Council\nPresent: Councillor J Lowe\n" * 3)
    assert recased(mixed) is mixed


def test_press_awards_in_capitals_give_the_projects_of_mixed_case():
    text = (
        "Grants for local groups\n\n"
        "The Commissioner has awarded £9,000 to local groups from the Safer Lanes Fund.\n\n"
        "Among those to benefit is Tarn Valley Boxing Club, which receives £2,500 to run evening sessions.\n\n"
        "Fellside Repair Cafe was given £1,200 towards new tools, and Brook Lane Allotment Society received £800.\n"
    )
    mixed = sorted((p.name.lower(), p.amount) for p in _facts(text).projects)
    capitals = sorted((p.name.lower(), p.amount) for p in _facts(text.upper()).projects)
    assert len(mixed) == 3 and capitals == mixed


def test_facts_read_from_capitals_keep_their_span_texts_as_printed():
    text = (
        "Grants for local groups\n\n"
        "Tarn Valley Boxing Club was awarded £2,500 to run evening sessions for young people.\n"
    ).upper()
    facts = _facts(text)
    assert facts.projects
    from extractors.extraction import extract_document

    extraction = extract_document(document(text))
    spans = [p.provenance.text for p in extraction.funding.projects]
    assert spans and all(span == span.upper() for span in spans)


def test_minute_references_over_titles_in_capitals_are_the_items_of_mixed_case():
    text = (
        "Agenda and minutes\n\nVenue: Room 3, Eastby House\n\nItems\nNo. Item\n\n"
        "EBFA/11\n\nMinutes pdf icon PDF 120 KB\n\nMinutes:\n\nRESOLVED that the minutes be signed.\n\n"
        "EBFA/12\n\nFleet Replacement Plan pdf icon PDF 98 KB\n\nMinutes:\n\nThe Authority noted the plan.\n\n"
        "EBFA/12a\n\nStation Cover Review\n\nMinutes:\n\nMembers agreed to consult on it.\n"
    )
    mixed = [(i.number.lower(), i.title.lower()) for i in _facts(text).agenda_items]
    capitals = [(i.number.lower(), i.title.lower()) for i in _facts(text.upper()).agenda_items]
    assert [number for number, _ in mixed] == ["ebfa/11", "ebfa/12", "ebfa/12a"] and capitals == mixed


def test_a_numbered_heading_line_stays_in_capitals_over_its_recased_minute():
    text = "3.\nMINUTES OF THE APRIL MEETING\nTHE MINUTES WERE AGREED.\nIV FIREWORKS CONTROL ZONES\nMEMBERS NOTED THE REPORT.\n"
    assert recase(text) == (
        "3.\nMINUTES OF THE APRIL MEETING\nThe Minutes were agreed.\nIV FIREWORKS CONTROL ZONES\nMembers noted the Report.\n"
    )


def _people(text: str) -> list[tuple[str, str]]:
    from extractors.proceedings.attendance import extract_attendance
    from extractors.proceedings.split import split_papers

    doc = document(text)
    return [(a.name.lower(), a.attendance) for a in extract_attendance(doc, split_papers(doc))]


def test_capitals_attendance_reads_substitute_sentences_and_a_list_closed_by_and_after_a_semicolon():
    mixed = (
        "Minutes of the Eastby Panel held on 3 May 2024\n\n"
        "Present: Councillors Ann Lowe, Ben Ray and Cai Dunn.\n\n"
        "Cllrs Dee Hale and Eve Moss attended the meeting as substitutes.\n\n"
        "Fay Gill, Head of Housing; Gus Hart, Finance Officer; and Hal Ives, Clerk, were in attendance for this item.\n"
    )
    found = _people(mixed)
    assert len(found) == 8 and _people(mixed.upper()) == found


def test_a_lone_capital_a_after_a_title_is_an_initial():
    assert recase("COUNCILLOR A LOWE GAVE A REPORT") == "Councillor A Lowe gave a Report"


def test_capitals_present_label_run_on_after_a_place_and_apologies_with_their_reasons():
    mixed = (
        "EASTBY PARK AUTHORITY MINUTES OF THE BOARD MEETING held at Eastby Hall, Eastby PRESENT Ann Lowe Ben Ray "
        "Cai Dunn In Attendance: Dee Hale Apologies: Eve Moss\n\n"
        "1. Apologies for absence\nCllr. Fay Gill due to a family illness, Cllr. Gus Hart owing to work\n"
    )
    found = _people(mixed)
    assert ("ann lowe", "present") in found and ("cllr. gus hart", "apologies") in found
    assert _people(mixed.upper()) == found
