"""Plain text and markdown files (e.g. text extracts of papers).

Pages are split on form feeds when the file has them; otherwise the file is one page.
"""

from __future__ import annotations

from pathlib import Path

from extractors.errors import EmptyDocument, UndecodableText
from extractors.parsing.page_numbers import printed_page_number
from extractors.parsing.text_markup import unmarked
from schemas.parsed import PAGE_SEPARATOR, ParsedDocument

VERSION = "6"
PARSER = "text 1"


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8; failing that, line by line, each line UTF-8 or else strict
    Windows-1252, with a warning naming the lines; never guess past that.

    Council exports saved from Word are often Windows-1252 (£ is 0xA3 there), and a
    file pasted together from two sources can mix both encodings line by line.
    A UTF-16 byte-order mark decodes the file as UTF-16. Otherwise NUL bytes in the first 8 KB
    make the file binary; later ones are removed with a warning.
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Windows 'Unicode' text: UTF-16 with its byte-order mark
        try:
            return data.decode("utf-16"), ["decoded as UTF-16 (the file starts with its byte-order mark)"]
        except UnicodeDecodeError as error:
            raise UndecodableText(f"a UTF-16 byte-order mark, but not valid UTF-16 (byte {error.start})") from None
    if b"\x00" in data[:8192]:
        raise UndecodableText("binary content (NUL bytes) in a text file")
    if b"\x00" in data:
        first, count = data.index(b"\x00"), data.count(b"\x00")
        text, warnings = decode_text(data.replace(b"\x00", b""))
        return text, [f"{count} NUL byte(s) removed (the first at byte {first})", *warnings]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as utf8_error:
        position = utf8_error.start
    lines, fallback, utf8_non_ascii = [], [], 0
    for number, raw in enumerate(data.removeprefix(b"\xef\xbb\xbf").split(b"\n"), start=1):
        try:
            lines.append(raw.decode("utf-8"))
            utf8_non_ascii += not raw.isascii()
        except UnicodeDecodeError:
            try:
                lines.append(raw.decode("cp1252"))
            except UnicodeDecodeError as cp1252_error:
                raise UndecodableText(
                    f"not valid UTF-8 (byte {position}) nor Windows-1252 (line {number}, byte {cp1252_error.start})"
                ) from None
            fallback.append(number)
    if not utf8_non_ascii:
        return "\n".join(lines), [f"not valid UTF-8 (byte {position}); decoded as Windows-1252"]
    shown = ", ".join(map(str, fallback[:10])) + (" ..." if len(fallback) > 10 else "")
    return "\n".join(lines), [
        f"mixed encodings: {len(fallback)} of {len(lines)} lines are not UTF-8 and were decoded as "
        f"Windows-1252 (lines {shown})"
    ]


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_text(path: Path, data: bytes, sha256: str) -> ParsedDocument:
    text, warnings = decode_text(data)
    text, tags = unmarked(normalise_newlines(text))
    if tags:
        warnings.append(f"{tags} HTML tags in the text read as the lines they draw (block tags end a line)")
    if not text.strip():
        raise EmptyDocument("the text file holds only white space")
    page_texts = text.split(PAGE_SEPARATOR)
    return ParsedDocument.from_page_texts(
        page_texts,
        printed_numbers=[printed_page_number(t) for t in page_texts],
        sha256=sha256,
        path=str(path),
        format="text",
        parser=PARSER,
        warnings=warnings,
    )
