"""Cheap word checks that skip sentence splitting must never skip a block the full rule would match."""

import pytest


def _spacy_sentence(text: str, start: int) -> str:
    """What ``dated_events._sentence`` read before its shortcut: spaCy's sentence holding ``start``."""
    from extractors.readers.nlp import span_doc

    doc, _ = span_doc(text)
    found = next((s.text for s in doc.sents if s.start_char <= start < s.end_char), text)
    return " ".join(found.split())


@pytest.mark.parametrize(
    "text",
    [
        "Meeting date 12 March 2025 in the Willow Room",
        "Meeting date 12 March 2025 in the Willow Room ",
        "Meeting date   12 March 2025\tin the   Willow Room  ",
    ],
)
def test_dated_event_sentence_without_full_stop_is_its_window(text):
    from extractors.proceedings.dated_events import _sentence

    start = text.index("12")
    assert _sentence(text, start, start + 13, 0, len(text)) == _spacy_sentence(text, start)


def test_dated_event_sentence_one_over_the_limit_still_asks_spacy():
    from extractors.proceedings.dated_events import _LONGEST_SENTENCE, _sentence

    text = "Held on 12 March 2025 " + "x" * (_LONGEST_SENTENCE - 22) + " "
    assert len(text) == _LONGEST_SENTENCE + 1
    assert _sentence(text, 8, 21, 0, len(text)) == _spacy_sentence(text, 8)


def test_date_windows_without_a_month_or_numeric_date_are_skipped_but_dates_are_kept():
    from extractors.readers import dates

    text = "Item 4.2 costs £1,200 (page 17). The panel met on 3rd March 2025 and again on 04/06/2025.\nRef 12.3.4"
    found = [d.text for d in dates.find_dates(text)]
    assert found == ["3rd March 2025", "04/06/2025"]
    assert [d.text for d in dates.find_dates(text.upper())] == ["3RD MARCH 2025", "04/06/2025"]


def test_stacked_rows_need_three_amount_lines():
    from extractors.grants.decision_layout import stacked_rows

    rows = "Grant awards\nAlder Choir\n£1,000\nBeech Radio\n£2,000\nCedar Club\n£3,000\n"
    assert [row.name for row in stacked_rows(rows, 0, len(rows))[0]] == ["Alder Choir", "Beech Radio", "Cedar Club"]
    short = rows.replace("Cedar Club\n£3,000\n", "")
    assert stacked_rows(short, 0, len(short)) == []


def test_header_block_lines_between_labels_are_passed_over_with_the_same_gaps():
    from extractors.proceedings.report_header import find_header_blocks

    text = "Intro line\n\nTitle: Spring grants round\nDate: 3 March 2025\nPurpose: to agree the awards\n" + "filler\n" * 3
    text += "Title: Second paper\nReport author: Ann Smith\n"
    assert [block.value("title") for block in find_header_blocks(text)] == ["Spring grants round", "Second paper"]
    far = text.replace("filler\n" * 3, "filler\n" * 40)
    assert [block.value("title") for block in find_header_blocks(far)] == ["Spring grants round", "Second paper"]
    assert [block.value("title") for block in find_header_blocks(text, 5, len(text) - 3)] == ["Spring grants round", "Second paper"]


def test_block_line_shapes_tried_in_one_match_keep_every_kind():
    from extractors.readers.blocks import split_blocks

    text = (
        "Community Grants\n\nThe panel met to consider the bids received this spring.\n"
        "- Alder Choir (£1,000)\n(a) Beech Radio (£2,000)\n1. Cedar Club (£3,000)\n"
        "2.1 The remaining funds will be carried forward to next year.\n\n## Next steps\n\nAppendix A\n"
    )
    kinds = [(block.kind, text[block.start : block.end].split("\n")[0]) for block in split_blocks(text)]
    assert kinds == [
        ("heading", "Community Grants"),
        ("paragraph", "The panel met to consider the bids received this spring."),
        ("item", "- Alder Choir (£1,000)"),
        ("item", "(a) Beech Radio (£2,000)"),
        ("item", "1. Cedar Club (£3,000)"),
        ("paragraph", "2.1 The remaining funds will be carried forward to next year."),
        ("heading", "## Next steps"),
        ("heading", "Appendix A"),
    ]


def test_line_values_are_computed_once_and_kept():
    from extractors.readers.spans import lines

    first = lines("**Minutes** of the panel\nThis page is intentionally left blank\n")
    assert first[0].text == "Minutes of the panel" and first[0].__dict__["text"] == "Minutes of the panel"
    assert first[1].is_blank_page_marker and not first[0].is_blank_page_marker and not first[0].is_page_footer


def test_honorifics_grouped_by_first_letter_match_as_the_flat_alternation():
    import re

    from extractors.proceedings.named_people import _honorific_word
    from extractors.readers.names import HONORIFICS

    words = sorted({h.lower() for h in HONORIFICS if " " not in h}, key=len, reverse=True)
    text = (
        "Cllr Ada Fern (Chair), Councillors Bo Lane and Cy Moss; Mrs. Dee Hart, Mr Eli Ford, mrx Ms-Gail, "
        "DCI Hal Ives, Supt. Ian Jay, Insp Kay Lee, PCSO Max Ng, Sgt Ola Pike, Prof Quin Roe, Rev Sam Tay, "
        "Councillorship, Mister, Dr.Uma Vale, Sir\nLord Wyn, Lady Xia; cllrs; Deputy Mayor Yan Zed, Ald. Cyng Bryn"
    )
    for ignore_case, target in ((False, text.lower()), (True, text)):
        flat = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I if ignore_case else 0)
        grouped = _honorific_word(ignore_case)
        assert [m.span() for m in grouped.finditer(target)] == [m.span() for m in flat.finditer(target)]
        assert len(list(grouped.finditer(target))) == 20


def test_label_hints_found_with_str_find_are_the_alternations_matches():
    import re

    from extractors.proceedings.report_header import _label_hints

    text = "| Report Summary:\tx\nREFERENCE NO: 12\nreferencereference ummaryummary\nSummary\n:\t:\nExecutive summary – ref"
    expected = [m.span() for m in re.finditer(r"[:\t|]|ummary|reference", text.lower())]
    assert _label_hints(text) == expected and len(expected) == 15
    assert _label_hints("İ summary:") is None


def test_digit_window_reaches_are_what_the_greedy_patterns_read():
    import re

    from extractors.readers import dates

    text = "Item 4 \u00a0 on 3 March\n\n  2025 at\t10.30am   ends" + " x" * 70 + "\n 7  "
    for reach, pattern in ((dates._BEFORE_DIGITS, dates._BACK), (dates._AFTER_DIGITS, dates._AHEAD)):
        greedy = re.compile(r"(?:\s*\S){1,%d}" % reach)
        for position in range(len(text) + 1):
            mine, theirs = pattern.match(text, position), greedy.match(text, position)
            assert (mine and mine.end()) == (theirs and theirs.end())
