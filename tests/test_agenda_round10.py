"""Agenda shapes found across the dev sets in round 10; our own words."""

from extractors.proceedings.agenda import find_items

HEAD = "OAKFIELD DISTRICT COUNCIL\nLICENSING COMMITTEE\nTuesday 3 May 2022 at 7.00 pm\n\nAGENDA\n\n"


def test_numbers_alone_on_their_lines_over_short_titles_are_items():
    text = HEAD + "1.\nApologies for absence\n\n2.\nDeclarations of interest\n\n3.\nMinutes of the last meeting\n\n4.\nReview of taxi fares\n"
    assert [(item.number, item.title) for item in find_items(text)] == [
        ("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Minutes of the last meeting"),
        ("4", "Review of taxi fares"),
    ]


def test_lone_numbers_over_sentences_are_paragraphs_not_items():
    text = HEAD + "1.\nThe chair welcomed all.\n\n2.\nMembers noted the report\n\n3.\nThe meeting was closed\n"
    assert find_items(text) == []
