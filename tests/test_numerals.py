"""The shared Roman numeral reader: a value only for a numeral written the usual way, and each caller's range."""

from __future__ import annotations

from extractors.proceedings.agenda_runs import _serial
from extractors.proceedings.agenda_serials import serial_mark
from extractors.proceedings.minute_headings import roman_number
from extractors.readers.numerals import roman_text, roman_value


def test_a_numeral_written_the_usual_way_has_its_value():
    assert [roman_value(n) for n in ("I", "IV", "IX", "XIV", "XL", "LXXXIX", "XC", "MCMXCIX")] == [1, 4, 9, 14, 40, 89, 90, 1999]


def test_a_numeral_written_otherwise_or_in_small_letters_has_none():
    assert [roman_value(n) for n in ("IIII", "VX", "IIX", "IL", "VV", "iv", "", "4", "IV.")] == [None] * 9


def test_plain_tens_read_forty_as_four_xs_and_never_as_xl():
    assert roman_value("XXXX", plain_tens=True) == 40 and roman_value("XXXXV", plain_tens=True) == 45
    assert roman_value("XL", plain_tens=True) is None and roman_value("XXXX") is None


def test_the_text_of_a_value_reads_back_to_it():
    assert roman_text(1994) == "MCMXCIV" and roman_text(40) == "XL" and roman_text(40, plain_tens=True) == "XXXX"
    assert all(roman_value(roman_text(value)) == value for value in range(1, 4000))


def test_each_reader_keeps_its_range():
    # Agenda runs: I, V and X in capitals only, the forties as X's.
    assert _serial("XXXIX") == ("roman", 39) and _serial("XXXX") == ("roman", 40) and _serial("xi") is None
    # Agenda serial marks: capitals or small letters, up to 39.
    assert serial_mark("iv) Open forum")[2] == (("serial:roman-lower)", 4),)
    assert serial_mark("XXXIX. Close")[2] == (("serial:roman-upper.", 39),) and serial_mark("XXXX. Close") is None
    # Minute headings: capitals with L, no forties, below XC.
    assert [roman_number(n) for n in ("L", "LXXXIX", "XXXIX", "XL", "XC", "iv")] == [50, 89, 39, None, None, None]
