"""Roman numerals as item marks print them: a numeral's value only when it is written the one usual way.

``roman_value('XIV')`` is 14; 'IIII', 'VX', 'IIX' and a numeral in small letters are None (a reader wanting 'iv' passes
it in capitals). ``plain_tens`` reads the tens as repeated X's, as a list marked with I, V and X alone prints them
('XXXX' is 40, 'XL' nothing). Each reader keeps its own range: the agenda's serial marks stop at 39, the minutes' Roman
headings at 89 without the forties. The agenda and minuted readers share this, so the module has its own ``VERSION``.
"""

from __future__ import annotations

VERSION = "1"

_LETTERS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_STEPS = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)
_UNITS = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")


def roman_text(value: int, plain_tens: bool = False) -> str:
    """The numeral of ``value`` (1 or more) in capitals: 'XL' for 40, or 'XXXX' with ``plain_tens``."""
    if plain_tens:
        tens, units = divmod(value, 10)
        return "X" * tens + _UNITS[units]
    text = ""
    for step, letters in _STEPS:
        count, value = divmod(value, step)
        text += letters * count
    return text


def roman_value(numeral: str, plain_tens: bool = False) -> int | None:
    """The value of ``numeral`` in capitals written as ``roman_text`` writes it, or None."""
    if not numeral or any(letter not in _LETTERS for letter in numeral):
        return None
    values = [_LETTERS[letter] for letter in numeral]
    value = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return value if value > 0 and roman_text(value, plain_tens) == numeral else None
