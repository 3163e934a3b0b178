"""Session 22 content fallback: unnumbered minutes whose items are topic headings in title case over their paragraphs
(``agenda_topic_heads``), read only where no other reader finds an item; news pages, fee tables and contents pages
give nothing."""

from extractors.extraction import reflowed_document
from extractors.facts import extract_facts
from extractors.proceedings.agenda_topic_heads import topic_headings
from extractors.proceedings.structure import extract_structure
from pipeline.read import parse_file
from structure_helpers import document

_MINUTES = (
    "Eastby Parish Council Minutes : Meeting 07/02/24\n"
    "Mr Penrose, Mrs Moss (Clerk), Mr Ashdown (Chairman), Mr T Fenwick\n"
    "Minutes of the Last Meeting\n"
    "The minutes of the meeting on 10 January 2024 were read and signed as a correct record.\n"
    "Playing Field\n"
    "The new gate has been fitted and the Clerk will ask the contractor to look at the fence.\n"
    "Bus Shelter\n"
    "Quotes for a replacement roof were considered and the lowest was accepted.\n"
    "2024 Precept\n"
    "The precept request was agreed and the Clerk will send the form to the district council.\n"
)


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in extract_structure(reflowed_document(document(text))).agenda_items]


def _heads(text: str) -> list[str]:
    return [item.title for item in topic_headings(text)]


def test_topic_headings_over_paragraphs_are_items():
    assert _items(_MINUTES) == [
        ("", "Minutes of the Last Meeting"),
        ("", "Playing Field"),
        ("", "Bus Shelter"),
        ("", "2024 Precept"),
    ]


def test_business_heading_over_a_topic_heading_opens_the_run():
    text = (
        "The Amenities Meeting was held in the Pavilion on Thursday 14th March 2024\n"
        "Matters Arising\nPlay Area Surface\n"
        "The new safety surface has been laid and members thanked the contractor for finishing early.\n"
        "Bench Repairs\nTwo benches on the green need new slats and the Clerk was asked to obtain quotes.\n"
    )
    assert _heads(text) == ["Matters Arising", "Play Area Surface", "Bench Repairs"]


def test_news_page_subheadings_give_no_items():
    # No standard business opens the run: a news page's subheadings, however like topic headings.
    text = (
        "Village news after the council meeting\n"
        "New Play Area\n"
        "The new play area opens next month after a long wait for the equipment to arrive from the supplier.\n"
        "Summer Fete\n"
        "The fete will be held on the green and stalls can be booked through the village hall committee.\n"
        "Road Closures\n"
        "The lane will be shut for two days while the drains are cleared by the county council.\n"
    )
    assert _heads(text) == [] and _items(text) == []


def test_news_list_of_names_gives_no_items_or_attendees():
    text = (
        "Litter pick a great success\n\n"
        "Dozens of residents joined the spring litter pick on Saturday morning.\n\n"
        "Among the volunteers were Mr A Lowe, Mrs B Ray, Dr C Tarn and Ms D Wren, who filled forty bags between them.\n\n"
        "Organisers thanked everyone who took part and hope to hold another in the autumn.\n"
    )
    facts = extract_facts(document(text))
    assert facts.agenda_items == [] and facts.attendees == []


def test_fee_table_gives_nothing(tmp_path):
    text = (
        "Schedule of Fees 2024/25\n\n"
        "Hall Hire (per hour)     £12\n"
        "Marquee pitch            £40\n"
        "Burial plot              £300\n"
        "Memorial bench plaque    £85\n"
    )
    path = tmp_path / "fees.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract_facts(parse_file(path))
    assert facts.agenda_items == [] and facts.projects == [] and facts.allocations == []


def test_contents_page_gives_no_items():
    text = (
        "Minutes of meetings 2024\n\nContents\n"
        "Minutes of the Last Meeting ........ 3\n"
        "Playing Field ........ 5\n"
        "Bus Shelter ........ 7\n"
        "Litter Picking ........ 9\n"
    )
    assert _heads(text) == [] and _items(text) == []


def test_headings_over_name_lists_are_no_items():
    # A paper's own heading ('Cabinet Minutes') names no business, and a line of names is no paragraph.
    text = (
        "Meeting documents\n\nCabinet Minutes\n\nTuesday 12th March 2024\n\nAttendance Details\n\n"
        "Councillor A Penrose, Councillor T Quayle, Councillor R Ashdown-Lee, Councillor M Hart, Councillor D Fenwick\n\n"
        "Item Item/Resolution\n\nApologies for absence were received from Councillors Wrenfield and Moss.\n"
    )
    assert _heads(text) == []


def test_numbered_items_leave_the_fallback_unread():
    text = _MINUTES.replace("Playing Field\n", "1. Apologies\n2. Minutes\n3. Playing Field\n")
    assert _items(text)[:3] == [("1", "Apologies"), ("2", "Minutes"), ("3", "Playing Field")]
    assert [title for number, title in _items(text) if not number] == []


_CLOSED = (
    "Agenda and minutes\n\nEastshire Police and Crime Panel. - Friday, 8 March 2024 10.00 am\n\n"
    "Election of Chairman.\n\nIt was proposed by Mr. Hart and seconded by Mr. Slade that Mr. Ashdown be elected Chairman.\n\n"
    "Mr. Ashdown in the Chair\n\n"
    "Apologies for absence.\n\nApologies were received from two members of the Panel who were away.\n\n"
    "Declarations of interest.\n\nThe Chairman invited members to declare any interest in the items on the agenda.\n"
)


def test_headings_closed_by_a_full_stop_over_minutes_are_items():
    assert _heads(_CLOSED) == ["Election of Chairman.", "Apologies for absence.", "Declarations of interest."]


def test_closed_short_sentences_are_no_headings():
    # A short closed line with a verb is a sentence of the minute, whatever stands under it.
    text = _CLOSED.replace("Election of Chairman.", "Mr. Hart was thanked.").replace("Apologies for absence.", "Apologies were noted.")
    assert _heads(text) == []


def test_short_lines_not_over_prose_are_no_headings():
    # A list of short title-case lines (a contents or services list) stands over no paragraph.
    text = "Minutes of meetings\n\nApologies\nPlaying Field\nBus Shelter\nLitter Picking\nVillage Hall\n"
    assert _heads(text) == [] and _items(text) == []
