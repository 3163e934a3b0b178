"""Text a DuckDB column can store, whatever bytes a Linux file name carried."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator


def storable_text(text: str) -> str:
    """``text`` as a UTF-8 string DuckDB can store. A Linux file name need not be UTF-8: Python
    carries its undecodable bytes as lone surrogates, which are shown as ``\\xNN`` escapes of
    the bytes (any other lone surrogate as ``\\udNNN``). Valid text is returned as it is."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


# Paths, titles and reasons that may carry a file name's undecodable bytes.
StorableText = Annotated[str, AfterValidator(storable_text)]
