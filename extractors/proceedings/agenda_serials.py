"""Item marks that are letters or Roman numerals ('A. APOLOGIES', 'I. Apologies', 'iv) Open forum', '(ii) Minutes'),
read by the agenda fallback (``agenda_numbered_runs``) as one more numbering scheme.

A mark is one capital letter, or a Roman numeral in capitals or in small letters, then its stop ('.' or ')'), or a
numeral in brackets; a title opening with a capital follows. 'I.', 'V.' and 'X.' read both as letters and as numerals:
the page's sequence tells which ('I.' after 'H.' is the ninth letter, 'I.' before 'II.' the first numeral). A small
letter ('a)') is no mark here: such lines are an item's points. The fallback starts a run of these marks only at
the first one ('A', 'I', 'i'), so a lone 'C. Brown' or a point '(iii)' continues nothing.
Part of the agenda extractor: a change here must bump ``agenda.VERSION``.
"""

from __future__ import annotations

import re

from extractors.readers.numerals import roman_value

_MARK = re.compile(
    r"^(?:(?P<capital>[A-Z])(?P<stop>[.)])|(?P<upper>[IVX]{1,5})(?P<upper_stop>[.)])|(?P<lower>[ivx]{1,5})(?P<lower_stop>[.)])"
    r"|\((?P<bracketed>[ivx]{1,5}|[IVX]{1,5})\))(?:[ \t]+(?=[A-Z‘'\"“(])|[ \t]*$)"
)
# The serial numerals read, in capitals or small letters: I to XXXIX.
_MAX_ROMAN = 39
# The run key of every serial reading opens with this, so the fallback knows a run of them must start at 1.
SERIAL_KEY = "serial:"


def serial_mark(text: str) -> tuple[str, int, tuple[tuple[str, int], ...]] | None:
    """The mark opening ``text`` as (printed without its stop, where the rest starts, readings as (run key, value)),
    or None."""
    match = _MARK.match(text)
    if match is None:
        return None
    readings: list[tuple[str, int]] = []
    if match["capital"]:
        readings.append((f"{SERIAL_KEY}capital{match['stop']}", ord(match["capital"]) - ord("A") + 1))
    numeral = match["upper"] or match["lower"] or match["bracketed"] or match["capital"]
    stop = "()" if match["bracketed"] else match["upper_stop"] or match["lower_stop"] or match["stop"]
    value = roman_value(numeral.upper()) if re.fullmatch(r"[IVXivx]+", numeral) else None
    if value is not None and value <= _MAX_ROMAN:
        readings.append((f"{SERIAL_KEY}roman-{'upper' if numeral.isupper() else 'lower'}{stop}", value))
    if not readings:
        return None
    return numeral, match.end(), tuple(readings)
