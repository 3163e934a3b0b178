from extractors.grants.funding_layout import FundingLayout, clean
from funding_helpers import document


def blocks(*pages):
    layout = FundingLayout(document(*pages))
    return [(b.kind, clean(layout.flat[b.body_start : b.end])) for b in layout.blocks]


def test_wrapped_items_footers_and_page_breaks_join_into_one_item():
    assert blocks("2.0 Funding 2024/25\n• Rural Crime\nAwareness Roadshow (£5,000)\nPage 4", "• Next (£1)\n") == [
        ("heading", "2.0 Funding 2024/25"),
        ("item", "Rural Crime Awareness Roadshow (£5,000)"),
        ("item", "Next (£1)"),
    ]


def test_numbered_paragraphs_blank_line_wraps_and_markdown_bullets():
    text = "- 2.1 The funding for 2024/25 remains the same as in previous \n\nyears (£39,661).\n\n- **Best Bar None** (£622.50) – stickers.\n"
    assert blocks(text) == [
        ("paragraph", "The funding for 2024/25 remains the same as in previous years (£39,661)."),
        ("item", "Best Bar None (£622.50) – stickers."),
    ]


def test_a_web_paragraph_after_a_list_is_not_part_of_the_last_item():
    long = "All projects have now received approval from the Commissioner, and project leads have been informed accordingly by the team."
    assert [k for k, _ in blocks(f"- Youth Hub (£10,000)\n{long}\n")] == ["item", "paragraph"]


def test_sections_and_offsets_are_document_offsets():
    layout = FundingLayout(document("Appendix 2: Tactical Pot\n- A (£1)\n", "3.0 Other\nText.\n"))
    heading, item, other, text = layout.blocks
    assert item.section == heading.index and text.section == other.index
    assert layout.text[item.start : item.end] == "- A (£1)"


def test_sentences_do_not_end_at_approx():
    layout = FundingLayout(document("There will be approx. £10,600 remaining. Next sentence.\n"))
    (block,) = layout.blocks
    first, _ = layout.sentences(block)
    assert layout.text[first[0] : first[1]].strip() == "There will be approx. £10,600 remaining."


def test_year_for_prefers_the_sentence_then_the_section_and_never_reads_the_meeting_date():
    import datetime as dt

    layout = FundingLayout(document("1.0 Grant 2023/24\n\nSpent £5. In 2024/25 we got £6.\n"), meeting_date=dt.date(2026, 1, 5))
    five, six = layout.amounts
    assert layout.year_for(six.start, layout.sentence_at(six.start)) == ("2024/25", "sentence")
    assert layout.year_for(five.start, layout.sentence_at(five.start)) == ("2023/24", "section")
    bare = FundingLayout(document("Spent £5.\n"), meeting_date=dt.date(2026, 1, 5))
    assert bare.year_for(bare.amounts[0].start) == (None, "none")


def test_year_for_falls_back_to_the_one_year_the_paper_prints_before_the_meeting_date():
    import datetime as dt

    text = "Summary\n\nThe fund for 2023-24 was £9,000.\n\n3.0 Underspend\n\nAn underspend of £250 is returned.\n"
    layout = FundingLayout(document(text), meeting_date=dt.date(2024, 4, 18))
    underspend = layout.amounts[-1]
    assert layout.year_for(underspend.start, layout.sentence_at(underspend.start)) == ("2023/24", "section")
    two_years = FundingLayout(document(text + "\n4.0 Next year\n\nThe 2024/25 grant is unknown.\n"), meeting_date=dt.date(2024, 4, 18))
    assert two_years.year_for(underspend.start, two_years.sentence_at(underspend.start)) == (None, "none")


def test_space_aligned_table_joins_wrapped_cells_into_one_row():
    text = (
        "Scheme                     Provider            Cost (£)    Status\n"
        "Bus Station Wardens        Metro Patrols       4,100       Ongoing\n"
        "Victim Lock Fitting        Care and Repair     2,950       Completed\n"
        "(Repeat Burglary)          Agency\n"
        "Total                                          7,050\n"
        "\n"
        "The figures are provisional.\n"
    )
    layout = FundingLayout(document(text))
    rows = [layout.cells(b) for b in layout.blocks if b.kind == "table_row"]
    assert rows == [
        ["Scheme", "Provider", "Cost (£)", "Status"],
        ["Bus Station Wardens", "Metro Patrols", "4,100", "Ongoing"],
        ["Victim Lock Fitting (Repeat Burglary)", "Care and Repair Agency", "2,950", "Completed"],
        ["Total", "", "7,050", ""],
    ]
    assert layout.blocks[-1].kind == "paragraph"


def test_a_paragraph_after_a_dash_amount_item_is_not_its_description():
    text = "Agreed:\n- Park Lighting Survey - £1,200\n\nPartners will report back in March.\n"
    assert blocks(text)[-1] == ("paragraph", "Partners will report back in March.")


def test_a_comparison_year_is_not_the_year_of_the_figures_after_it():
    text = "Fund\n\nThe grant for 2025/26 is £20,000, the same as in 2024/25. A tactical pot of £5,000 is kept.\n"
    layout = FundingLayout(document(text))
    assert layout.year_for(text.index("£5,000"), layout.sentence_at(text.index("£5,000")))[0] == "2025/26"


def test_a_space_aligned_table_with_non_breaking_gaps_is_still_a_table():
    """Regression (review): a prefilter counting ASCII double spaces skipped header lines whose
    cells were set apart by non-breaking or em spaces, which _runs splits on."""
    gap = "\u00a0\u00a0"
    text = gap.join(["Scheme", "Provider", "Cost (£)"]) + "\n" + gap.join(["Bus Wardens", "Metro Patrols", "4,100"]) + "\n"
    layout = FundingLayout(document(text))
    assert [b.kind for b in layout.blocks] == ["table_row", "table_row"]
