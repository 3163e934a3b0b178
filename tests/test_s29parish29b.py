"""Helper parish29b of session 29: parish and community council attendance layouts (our own words): a minute secretary
by post ('(minute sec)', a 'Minute Secretary | Name |' row) and the chair's row ('In The Chair | Cllr X |'); colon-less
'Also' and one-name 'Apologies' lines under a colon-less present line; the Welsh 'a' (and) before a bilingual county
councillor's title in a bilingual in-attendance line."""

from test_attendance_round3 import attendance_of

from extractors.proceedings.attendance_bilingual import english_text

HEAD = "Minutes of the Meeting of Eastby Parish Council held on 4th June 2027 in the Village Hall\n\n"


def test_a_minute_secretary_by_post_is_in_attendance():
    found = attendance_of("Present: Ann Abbey, Bob Barlow, Cy Carr, Di Dale (minute sec)\n\n1. Minutes\nSigned.\n", HEAD)
    assert ("Di Dale", "in_attendance") in found and ("Bob Barlow", "present") in found, found
    rows = (
        "Present: | Cllrs. Abbey, Barlow & Carr |\nIn The Chair | Cllr. Dale |\nMinute Secretary | Eve Eaton |\n"
        "101 | OPEN FORUM. | |||\nA resident spoke. | |||\n"
    )
    found = attendance_of(rows, HEAD)
    assert ("Cllr. Dale", "present") in found and ("Eve Eaton", "in_attendance") in found, found


def test_a_chairs_row_names_one_person_and_no_other_row_reads_as_a_post():
    found = attendance_of("Present: | Cllrs. Abbey & Barlow |\nIn The Chair | Annual report of the chair |\n", HEAD)
    assert sorted(kind for _, kind in found) == ["present", "present"], found


def test_colonless_also_and_one_name_apologies_under_a_colonless_present_line():
    text = (
        "Present Ann Abbey, Bob Barlow, Cy Carr,\n\nAlso Fay Fenn, Gil Gray and Hal Hunt (Manager of Eastby Mill)\n\n"
        "Apologies Ivy Irwin ,\n\nMinutes of last meeting be accepted proposed AA Seconded BB\n"
    )
    found = attendance_of(text, HEAD)
    for name in ("Fay Fenn", "Gil Gray", "Hal Hunt"):
        assert (name, "in_attendance") in found, found
    assert ("Ivy Irwin", "apologies") in found, found
    # 'Also' far from any attendance label opens a sentence, no list.
    far = "Present Ann Abbey, Bob Barlow, Cy Carr,\n\n1. Roads\n\nPotholes.\n\nMore potholes.\n\nAlso Fay Fenn and Gil Gray\n"
    assert [name for name, _ in attendance_of(far, HEAD)] == ["Ann Abbey", "Bob Barlow", "Cy Carr"]


def test_the_welsh_and_before_a_bilingual_county_title_parts_two_entries():
    line = "Hefyd yn bresennol / In attendance: Ann Abbey (Clerc/Clerk) a Cynghorydd Sir / County Councillor Bob Barlow."
    english = english_text(line)
    assert len(english) == len(line) and "), " in english and "Cynghorydd" not in english, english
    found = attendance_of("Presennol / Present: Cyng/Cllrs Cy Carr (Cadeirydd/Chair), Di Dale, Eve Eaton\n" + line + "\n", HEAD)
    assert ("Ann Abbey", "in_attendance") in found and ("County Councillor Bob Barlow", "in_attendance") in found, found
    # An English 'a' before no Welsh title is left as printed.
    assert english_text("Ann Abbey a Bob Barlow") == "Ann Abbey a Bob Barlow"
