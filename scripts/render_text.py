"""Text side of scripts/render_samples.py: extract lines -> layout blocks, and inline markup.

Markdown-ish extract text becomes reportlab Paragraph markup (``inline``); paragraphs are read
either one per line (``parse_lines``) or re-flowed from hard-wrapped lines (``parse_wrapped``)
into ``Block``s. No reportlab import: pure string work.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

BLANK_PAGE = "This page is intentionally left blank"
LINK_COLOUR = "#0563C1"


# --------------------------------------------------------------------------- inline markup

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", re.S)
# An italic "*" opens after a space, bracket or quote, so a footnote asterisk
# ("groups*,", "[Portal](#)*.") stays literal.
_ITALIC = re.compile(r"(?<![^\s(\[*'‘\"“])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\w)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]*)\)")
_AUTOLINK = re.compile(r"&lt;(https?://\S+?)&gt;")


def link(text: str, url: str) -> str:
    url = url.replace('"', "%22")
    if url in ("", "#"):  # the extract lost the target: look like a link, point nowhere
        return f'<font color="{LINK_COLOUR}"><u>{text}</u></font>'
    return f'<a href="{url}" color="{LINK_COLOUR}"><u>{text}</u></a>'


def inline(text: str) -> str:
    """Markdown/HTML-ish extract text -> reportlab Paragraph markup; newlines become <br/>."""
    out = html.escape(text, quote=False)
    out = out.replace("&lt;sup&gt;", "<super>").replace("&lt;/sup&gt;", "</super>")
    out = _AUTOLINK.sub(lambda m: link(m.group(1), m.group(1)), out)
    out = _MD_LINK.sub(lambda m: link(m.group(1), m.group(2)), out)
    out = _BOLD.sub(r"<b>\1</b>", out)
    out = _ITALIC.sub(r"<i>\1</i>", out)
    out = out.replace("\\(", "(").replace("\\)", ")")
    return out.replace("\n", "<br/>")


def plain(text: str) -> str:
    """The visible text of a line, for the heuristics that classify it."""
    text = _MD_LINK.sub(r"\1", text)
    return re.sub(r"\*\*|(?<!\w)\*|\*(?!\w)|</?sup>", "", text).strip()


# --------------------------------------------------------------------------- blocks


@dataclass
class Block:
    """One unit of layout.

    ``kind`` is one of: heading, para, numbered, bullet, footnote, table, rule, links
    (001's link targets), blank (a "This page is intentionally left blank" page),
    pagebreak, marker (a bare "Page N" line).
    """

    kind: str
    text: str = ""
    label: str = ""  # the enumerator of a numbered paragraph ("1.1", "a)", "A4")
    level: int = 0  # numbered: 0 = "1.1", 1 = "a)"; bullet: nesting depth from 1
    rows: list[list[str]] = field(default_factory=list)
    size: int = 0  # heading: markdown "#" count (0 = inferred)


_ENUM = re.compile(r"^(\d{1,3}\.(?:\d{1,2}\.?)?|[a-z]\)|\([ivx]+\)|[A-D]\d{1,2})\s+(?=\S)")
_BULLET = re.compile(r"^(\s*)([-*•])\s+(.*)$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
LABEL = re.compile(r"^(By|To|Classification|Subject|Title|Author|Date|Email|Tel):\s+(?=\S)")
SUMMARY = re.compile(r"^Summary\s+(?=[A-Z])")
MARKER = re.compile(r"^Page (\d+)$")
_URL_LINE = re.compile(r"^(https?://|mailto:)\S+$")
_FOOTNOTE = re.compile(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s")
_SPLIT_END = re.compile(r"[A-Za-z,\-–)]$")


def enum_level(label: str) -> int:
    return 1 if label[0] in "(abcdefghijklmnopqrstuvwxyz" else 0


def is_heading(text: str) -> bool:
    """A single line that is not a sentence: "1.0 Background", "Key drivers:"; "(Item A2)" is not."""
    visible = plain(text)
    if "\n" in text or not visible or len(visible) > 120 or not re.search(r"[A-Za-z]", visible):
        return False
    if visible[0] in "(" or visible[0].islower() or re.search(r"@|www\.|https?://", visible):
        return False
    if _MD_LINK.fullmatch(text.strip()) or (len(visible) > 80 and visible.count(",") > 2):
        return False  # a link on its own line; a long line that lists (an address)
    if visible.endswith(":"):
        return len(visible.split()) <= 5
    return visible[-1] not in ".,;!?"


def classify(text: str) -> Block:
    """A paragraph's kind, from its text."""
    heading = _MD_HEADING.match(text)
    if heading:
        return Block("heading", heading.group(2), size=len(heading.group(1)))
    if MARKER.match(text):
        return Block("marker", text)
    if _FOOTNOTE.match(text):
        return Block("footnote", text)
    if is_heading(text) and not LABEL.match(text):
        return Block("heading", text)
    enum = _ENUM.match(text)
    if enum:
        label = enum.group(1)
        return Block("numbered", text[enum.end():], label=label, level=enum_level(label))
    return Block("para", text)


def join_split_paragraphs(blocks: list[Block]) -> list[Block]:
    """Re-join a paragraph that the original's page break split mid-sentence."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (prev is not None and block.kind == "para" and block.text[:1].islower()
                and prev.kind in ("para", "numbered", "bullet") and _SPLIT_END.search(prev.text)):
            prev.text += ("" if prev.text.endswith("-") else " ") + block.text
            continue
        out.append(block)
    return out


def parse_lines(lines: list[str]) -> list[Block]:
    """Blocks of an extract written one paragraph per line (markdown-ish, tab tables)."""
    raw: list[Block] = []
    open_block: Block | None = None
    bullets: list[tuple[int, int, str]] = []  # (indent, level, text) of the current list
    for line in lines:
        line = line.rstrip(" \r\n")  # keep a trailing tab: an empty last table cell
        stripped = line.strip()
        if not stripped:
            open_block = None
            continue
        if "\t" in line:
            if not (raw and raw[-1].kind == "table" and open_block is raw[-1]):
                raw.append(Block("table"))
                open_block = raw[-1]
            raw[-1].rows.append(line.split("\t"))
            continue
        if stripped == "---":
            raw.append(Block("rule"))
            open_block = None
            continue
        if MARKER.match(stripped):
            raw.append(Block("marker", stripped))
            open_block = None
            continue
        if stripped == BLANK_PAGE:
            raw.append(Block("blank", BLANK_PAGE))
            open_block = None
            continue
        item = _BULLET.match(line)
        if item:
            indent, text = len(item.group(1)), item.group(3)
            enum = _ENUM.match(text)
            if enum:
                label = enum.group(1)
                raw.append(Block("numbered", text[enum.end():], label=label, level=enum_level(label)))
                bullets = []
            else:
                # The extracts indent all but the first item of a list by a space or two,
                # so more indentation means a sub-list only under an item ending in ":".
                level = 1
                if bullets and indent > bullets[-1][0]:
                    level = bullets[-1][1] + (1 if bullets[-1][2].rstrip().endswith(":") else 0)
                elif bullets:
                    level = next((lv for ind, lv, _ in reversed(bullets) if ind <= indent), 1)
                raw.append(Block("bullet", text, level=level))
                bullets.append((indent, level, text))
            open_block = raw[-1]
            continue
        if open_block is not None and open_block.kind in ("para", "bullet", "numbered") and not _ENUM.match(stripped):
            open_block.text += "\n" + stripped
            continue
        raw.append(Block("para", stripped))
        open_block = raw[-1]
        bullets = []
    blocks = [classify(b.text) if b.kind == "para" else b for b in raw]
    return join_split_paragraphs(blocks)


def parse_wrapped(lines: list[str]) -> list[Block]:
    """Blocks of a hard-wrapped extract (001): re-flow lines into paragraphs.

    A wrapped line is long (60+ characters); a short line ends its paragraph or is one
    line of an address block, kept as a line break. A blank line inside a paragraph
    (after a full line that ends mid-sentence, or before a lower-case continuation) is
    an extraction artefact. Link targets (``https://``, ``mailto:``) close each page
    of the original: they are printed after the paragraph they interrupt, and a page
    break follows them when the next line starts a new paragraph.
    """
    starts = re.compile(r"^(•|\d{1,2}\.\d{1,2}\s|For Further Information:|"
                        r"(By|To|Classification|Subject):|Summary\s)")
    blocks: list[Block] = []
    para: Block | None = None  # the paragraph being assembled
    last, count = "", 0  # its last source line and number of lines
    blank = after_links = False
    for line in lines:
        text = re.sub(r"\s+", " ", line).strip()
        if not text:
            blank = True
            continue
        if _URL_LINE.match(text):
            if blocks and blocks[-1].kind == "links":
                blocks[-1].text += "\n" + text
            else:
                blocks.append(Block("links", text))
            after_links = True
            continue
        wrapped = len(last) >= 60 and last[-1] not in ".:;!?"
        # A lower-case start continues a sentence, unless the line is an e-mail address.
        continues = text[0].islower() and not re.fullmatch(r"\S+@\S+", text)
        if para is None or starts.match(text):
            sep = None
        elif blank or after_links:
            sep = " " if wrapped or continues else None
        elif count == 1 and last.startswith("•") and text[0].isupper() and last[-1] not in ".:;!?":
            sep = "\n"  # a bullet's title line, then its description
        else:
            sep = " " if wrapped or continues else "\n"
        if sep is None:
            if after_links:
                blocks.append(Block("pagebreak"))
            para = Block("text", text)
            blocks.append(para)
            count = 1
        else:
            para.text += sep + text
            count += 1
        last = text
        blank = after_links = False
    out = []
    for block in blocks:
        if block.kind != "text":
            out.append(block)
        elif block.text.startswith("•"):
            out.append(Block("bullet", block.text[1:].strip(), level=1))
        else:
            out.append(classify(block.text))
    return out


def is_hard_wrapped(lines: list[str]) -> bool:
    """True for pdftotext-style extracts: most lines end in a space."""
    body = [line for line in lines if line.strip()]
    return sum(line.endswith(" ") for line in body) > 0.3 * len(body)


def parse(lines: list[str]) -> list[Block]:
    return parse_wrapped(lines) if is_hard_wrapped(lines) else parse_lines(lines)
