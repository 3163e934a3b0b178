"""Labelled attendance lists: where each list's text runs after its label (``section_text``), what each of its lines
is read by ``attendance_list_lines``; where the labels of ``attendance_labels`` open them is ``attendance_sections``,
and ``extractors.proceedings.attendance`` reads the entries.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``,
which a change here must bump.
"""

from __future__ import annotations

import re

from extractors.proceedings.attendance_entries import shared_post, slash_list
from extractors.proceedings.attendance_labels import ABSENT_LABEL as _ABSENT, GROUP_HEADING, INLINE_LABEL, LIST_LABEL, PARTY_HEADING, PARTY_PREFIX
from extractors.proceedings.attendance_list_lines import (
    ITEM_HEADING as _ITEM_HEADING, OWN_LINE as _OWN_LINE, bare_name_line as _bare_name_line, entry_below as _entry_below,
    entry_line as _entry_line, group_line as _group_line, joined_post as _joined_post, name_then_post, new_sentence as _new_sentence,
    next_text as _next_text, one_name_a_line as _one_name_a_line, one_titled_name as _one_titled_name, opens_group as _heading,
    paragraph_end as _paragraph_end, titled_next as _titled_next, untitled as _untitled,
)
from extractors.proceedings.attendance_roles import TIER_LINE
from extractors.proceedings.attendance_sentences import (
    APOLOGY_SENTENCE as _APOLOGY_SENTENCE, NAME_POST_VERB, SENTENCE_END as _SENTENCE_END,
)
from extractors.proceedings.post_then_name import (
    SUB_GROUP as _SUB_GROUP, SUB_GROUP_LINE as _SUB_GROUP_LINE, cells as _cells, colon_post, continued_lists,
    flows as _flows, is_comma_list as _is_comma_list, office_line as _office_line, own_name_line as _own_name_line,
    post_column, post_then_name, posted_sentences as _posted_sentences, titled_entry as _titled_entry,
)
from extractors.readers.name_lists import entry_name, listed_name, split_list
from extractors.readers.name_posts import group_heading, initials_split, name_and_body, name_and_role
from extractors.readers.name_runs import group_entries
from extractors.readers.names import PERSONAL_TITLE, PLURAL_LINE, PLURAL_TITLE, ROLE_DASH, looks_like_name
from extractors.readers.spans import Line, clean_markup

TABLE_HEADER = _TABLE_HEADER = re.compile(r"^\W*(?:attendee|name|member)s?(?:\s*\|\s*|\t+|\s{2,})role(?:\s*\|\s*|\t+|\s{2,})attendance\b", re.I)
# 'five further members of the public', '3 residents': people counted, not named, after a list's names.
_COUNTED = re.compile(r"^\s*(?:[a-z]+|\d+)\s+(?:[a-z]+\s+){0,2}(?:members?\s+of\s+the\s+(?:public|press)|residents|parishioners|visitors|observers)\b")
_PUBLIC = re.compile(r"^\W*(?:one|two|three|four|five|\d+|no|several)\s+members?\s+of\s+the\s+(?:public|press)\b", re.I)
# The header row of a whitespace-aligned attendance table ('Name        Representing').
_COLUMN_HEADER = re.compile(
    r"^\W*(?:name|member|attendee|councillor)s?(?:\s{2,}|\t+|\s*\|\s*)(?:representing|organisation|role|on\s+behalf\s+of|party|ward|division|group|council|authority|post|position|(?:job\s+)?title)\W*$",
    re.I,
)
_MAX_LIST_LINES = 40
# 'NATIONAL ANTHEM' ending a list, never a titled name in capitals ('CLLR CAT CORRIE' on its own line).
_CAPITALS_HEADING = re.compile(rf"(?!(?i:{PERSONAL_TITLE})\b)[A-Z][A-Z'’&/-]+(?:[ \t]+[A-Z][A-Z'’&/-]+){{1,4}}")
_CIVIC_HOLDER = re.compile(
    r"(?:(?:His|Her)\s+Worship\s+)?(?:[Tt]he\s+)?(?:(?:Deputy|Lord|Town|City)\s+)?(?:Mayor|Provost|Chair(?:man|woman|person)?)"
    r"\s*\(\s*(?:Councillor|Cllr|Clr)\.?\s+[A-Z][^()]{1,40}\)"
)
_SURNAME = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")
# A meeting page item's description under its 'Apologies for absence:' title, before the minuted names:
# 'Members are requested to advise ... of any apologies for this meeting.', 'To receive any apologies.'
# 'Apologies from members.' (a Scottish minute's item, its names on the line under it) too.
_ITEM_DESCRIPTION = re.compile(
    r"^\W*(?:(?:To\s+(?:receive|note|record)|Members\s+(?:are|should)|Any\s+member)\b.*\bapolog.*\.|apologies\s+from\s+(?:members|councillors)\.)\s*$", re.I
)
# 'Minutes:' and a ModernGov item's 'Additional documents:' link line over the minuted names.
_MINUTES_LINE = re.compile(r"^\W*(?:minutes|additional\s+documents)\s*:\s*$", re.I)
_ROLE_LINE = re.compile(r"^\s*[-–]\s+(?=\S)")
_DITTO = re.compile(r"^\s*[\"“”]\s+(?=[A-Z])")
# '... B Roe (Clerk) 4 parishioners were present.': the public counted at the list's end are the sentence's subject.
_WAS_ATTENDING = re.compile(r"(?<!parishioners\s)(?<!residents\s)(?<!public\s)(?<!press\s)(?<!visitors\s)\b(?:was|were)\s+(?:also\s+)?(?:in\s+attendance|present)\s*\.?\s*$")
_POST_WRAP = re.compile(r"^[ \t]{12,}[A-Z][^\t]*$")
_COLUMNED = re.compile(r"\S[ \t]{3,}(?:[-–][ \t]+)?[A-Z]")
# The rest of an apologies label's sentence opening the line under it: 'were submitted on behalf of', 'were received from'.
_SENT_FROM = re.compile(
    r"^[ \t]*(?:were|was|have\s+been|had\s+been)\s+(?:received|submitted|given|tendered|sent)\s+(?:from|by|on\s+behalf\s+of)\s+(?=[A-Z])"
)
# A group of the body named alone on its line ('Cabinet', 'Executive Members'): one to four capitalised words.
_GROUP_NAME = re.compile(r"^[ \t]*(?!(?i:none|nil)\b)[A-Z][a-z]+(?:[ \t]+(?:[A-Z][a-z]+|of|and|the)){0,3}[ \t]*$")
_GLUED_CELLS = re.compile(r"^\W*[A-Z][a-z]{2,}[A-Z][a-z]{2,}[A-Z]")
# A line labelled for the public or press ('Public: A Lowe and B Ray', 'Members of the public: 2') or an action in the
# minutes ('Action: Clerk'): nobody of the list above it.
_PUBLIC_LABEL = re.compile(
    r"^\W*(?:(?:members?\s+of\s+(?:the\s+)?)?(?:public|press)(?:\s+(?:and|&)\s+(?:the\s+)?(?:public|press))?|actions?)\s*:", re.I
)


# An office-bearer's post alone on its line above (or below) the name in a one-name-a-line list ('In the chair' /
# 'Ann Lee' / 'Vice-chair' / 'Tom Roe'): no name, and no end of the list.
_POST_LINE = re.compile(
    r"^\W*(?:in\s+the\s+chair|(?:(?:vice|deputy)[-\s]?)?(?:chair(?:man|woman|person)?|convener|president)|(?:minute\s+)?secretary|treasurer)\W*$",
    re.I,
)
# Where an apologies sentence may open inside a list's line: 'Apologies' or 'Apology' in title case after a word or a bracket.
_RUN_IN_APOLOGY = re.compile(r"(?<=[\w.)][ \t])Apolog(?:y|ies)\b")
# Never from inside a run of spaces (the match would start at its first), spaces possessive: a padded line was split
# every way from every space, cubic (review s18 sweep).
_CONTACT = re.compile(r"(?:\||(?<!\s)\s{2,}+)\s*+(?:E-?mail|Tel(?:ephone)?|Phone|Mobile)\s*:", re.I)


# A bracketed note closing an entry's line ('Cllr B Ray (holiday).').
_BRACKET_NOTE = re.compile(r"\s*\([^()\n]*\)[\s.]*$")


def _label_in(line: Line, after: int) -> int | None:
    """Where a label inside ``line`` (at or after offset ``after``) starts, if it holds one; an 'ABSENT:' label
    ('... Mrs A Lowe ABSENT: Mr B Ray ...') ends the list before it and names nobody."""
    found = [m.start() for m in (INLINE_LABEL.search(line.raw, max(0, after - line.start)), _ABSENT.search(line.raw, max(0, after - line.start))) if m]
    # '... Rory Munro (RM) Apologies for absence were tendered by A and B.': the apologies sentence run on after the list.
    run_in = (m.start() for m in _RUN_IN_APOLOGY.finditer(line.raw, max(0, after - line.start)) if _APOLOGY_SENTENCE.match(line.raw, m.start()))
    found += [start for start in (next(run_in, None),) if start is not None]
    return line.start + min(found) if found else None


_CELL_END = re.compile(r"[^\W_][.)]?[ \t]+\|[ \t]*$")
# '| | Cllr C, Cllr D |' under 'Present: | Cllrs A, B |': a row of empty label cell carries the same list on.
_EMPTY_LABEL_ROW = re.compile(r"^[ \t]*\|[ \t]*\|")


def section_text(
    first: Line, value_start: int, region: list[Line], index: int, inline: bool = False
) -> list[tuple[int, int, bool | None]]:
    """The (start, end, comma-separated) pieces of one list after its label; a label further on ends it.

    After a label inside a line (``inline``) the list is running text that may wrap anywhere.
    """
    cut = _label_in(first, value_start)
    value_end = cut if cut is not None else first.end
    value = clean_markup(first.raw[value_start - first.start : value_end - first.start])
    # 'Present: Ann Lee, Chair – Westby Community Council' over 'Bo Roe, Eastby Community Council': one entry a line.
    per_line = not inline and _one_name_a_line(value, region, index)
    comma_mode = inline or (_flows(value) or slash_list(value) != value) and not per_line
    # 'Clerk: Mrs A Lowe | Email: ... | Tel: ...': a letterhead's contact line records no attendance.
    if _CONTACT.search(value):
        return []
    # A sentence after the list on its label's line ('... from Councillor A. Councillor B attended as ...') is no entry.
    stop = _SENTENCE_END.search(first.raw, value_start - first.start, value_end - first.start)
    if stop and first.raw[stop.end() : value_end - first.start].strip():
        return [(value_start, first.start + stop.start(), comma_mode)] + (_posted_sentences(first, value_start, stop, value_end) or continued_lists(first, stop, value_end))
    pieces = [(value_start, value_end, comma_mode)] if value.strip() else []
    # A sentence on the label's line ('Apologies: Cllr A sent his apologies.') is the whole list.
    sentence = re.search(r"\b(?:sent|gave|has|have|had|was|were)\b.*\.\s*$", value)
    # 'Apologies ... were received from Mrs A Lowe.': a label's sentence closed by its full stop is the whole list,
    # unless one titled name a line goes on under it ('... from Cllr A Lowe (work).' / 'Cllr B Ray (holiday).').
    sentence = sentence or (
        re.search(r"\b(?:from|by)\s*$", first.raw[: value_start - first.start]) and re.search(r"\.\s*$", value)
        and not _own_name_line(value, _BRACKET_NOTE.sub("", _next_text(region, index)))
    )
    # 'Present: | Cllrs A, B & C |': a table row's cell bar closes the list ('In The Chair | Cllr D |' is the next row),
    # unless the next row's label cell is empty.
    cell_end = comma_mode and _CELL_END.search(value) and not _EMPTY_LABEL_ROW.match(_next_text(region, index))
    if cut is not None or (comma_mode or sentence) and _SENTENCE_END.search(value.rstrip()) or cell_end:
        return pieces
    seen_names, previous, counted, grouped, paragraph_end, column = bool(pieces), value, 0, False, 0, False
    plural_above = False
    for position, line in enumerate(region[index + 1 :], start=index + 1):
        # A list's length counts its lines with text, not the blank lines between them.
        counted += not line.is_blank
        if counted > _MAX_LIST_LINES:
            break
        if line.is_page_footer:
            continue
        # A line with no letter or figure (a table's bar, a stray glyph the page's font lost: '�') reads as blank.
        if line.is_blank or not re.search(r"[^\W_]", line.text):
            following = _next_text(region, position)
            # A line ending in a comma or 'and' runs on over the blank line ('... Mrs L Lowe and' / '' / 'B Ray.').
            ended = not re.search(r"(?:[;,]|\band)\s*$", previous) and not _group_line(following) and not _heading(following)
            if seen_names and comma_mode and line.is_blank and ended:
                # 'Councillors A and B (Eastby Council)' / '' / 'Councillor C – Westby Council': a pair opening a list of
                # one entry a line under its label, not a run-on list.
                if len(pieces) == 1 and pieces[0][0] != value_start and _entry_below(region, region.index(line)):
                    comma_mode = False
                    continue
                break
            continue
        # 'Apologies for absence:' / 'were submitted on behalf of Councillors A, B and C': the label's sentence runs on under it.
        if not pieces and not seen_names and (verb := _SENT_FROM.match(line.text)):
            pieces.append((line.start + verb.end(), line.end, True))
            if not re.search(r"(?:,|\band)\s*$", line.text):
                break
            comma_mode, seen_names, previous = True, True, line.text
            continue
        # 'Councillors Absent' (a heading, no group of names) / 'Absent Cllr D Poe': the list is over.
        if _ABSENT.match(line.raw):
            break
        # 'PRESENT: Councillor A Lowe (Chair)' / 'Aldermen B Ray and C Sim' / 'Councillors D Poe, E Hale': a group a line.
        if (pieces or not seen_names) and _group_line(line.text):
            pieces.append((line.start, line.end, True))
            comma_mode, seen_names, previous = True, True, line.text
            continue
        # 'Councillors G Kerr and H Moss sent apologies.' after a list line that ended: a sentence, no more names.
        if comma_mode and pieces and not re.search(r"(?:[,;&(]|\band)\s*$", previous) and PLURAL_TITLE.match(line.text.strip()):
            break
        if LIST_LABEL.match(line.text) or _TABLE_HEADER.match(line.text) or _PUBLIC_LABEL.match(line.text):
            break
        # 'Police Force:' / 'WESTBY BOROUGH COUNCIL:-' over its members or officers: the list goes on under it.
        if GROUP_HEADING.match(line.text) or PARTY_HEADING.match(line.text):
            continue
        # 'Labour: Councillors D Tam and E Vale': a political group's members, read from after the party's name.
        if party := PARTY_PREFIX.match(line.text):
            pieces.append((line.start + party.end(), line.end, True))
            comma_mode, seen_names, previous = True, True, line.text[party.end() :]
            continue
        # 'Mr A Lowe      -   Director of Finance,' over '                 Eastby Police': a post column's wrapped line.
        if pieces and not comma_mode and _POST_WRAP.match(line.raw) and _COLUMNED.search(previous):
            continue
        if seen_names or not pieces:
            if _SUB_GROUP_LINE.match(line.text):
                comma_mode = False
                continue
        sub_group = _SUB_GROUP.match(line.text)
        if sub_group and not _PUBLIC.match(line.text[sub_group.end() :]):
            rest = line.text[sub_group.end() :]
            pieces.append((line.start + sub_group.end(), line.end, _flows(rest)))
            seen_names, previous = True, rest
            continue
        # An officer's line: 'Legal Adviser: Ann Lee', 'Monitoring Officer Ann Lee', 'Treasurer Ann Lee'.
        if not comma_mode and (colon_post(line.text) or "," not in line.text and (post_then_name(line.text) or _office_line(line.text) or post_column(line.text))):
            pieces.append((line.start, line.end, False))
            seen_names, previous = True, line.text
            continue
        # A meeting page's item: its description and the 'Minutes:' line stand between the title and the minuted names.
        if not seen_names and not pieces and (_ITEM_DESCRIPTION.match(line.text) or _MINUTES_LINE.match(line.text)):
            continue
        # '... Minutes:' / 'Cllr A Lowe, Chairman of the Council, welcomed ...': the minute opens with a sentence, no list.
        if not seen_names and not pieces and NAME_POST_VERB.match(line.text):
            break
        if not comma_mode and _POST_LINE.match(line.text):
            continue
        if not seen_names and (_COLUMN_HEADER.match(line.text) or PLURAL_LINE.match(line.text)):
            plural_above = plural_above or bool(PLURAL_LINE.match(line.text))
            continue
        if not comma_mode and group_heading(line.text):
            grouped = True
            continue
        # 'Present:' / 'Cabinet' / 'Councillor A Lowe, Leader;': the body's group named alone on its line over its titled names.
        if not pieces and not seen_names and _GROUP_NAME.match(line.text) and not listed_name(line.text) and _titled_next(region, position):
            continue
        # Under a group heading a titled name's post may hold no post word ('Councillor A Bell, Housing and Transport').
        if not comma_mode and grouped and _titled_entry(line.text):
            pieces.append((line.start, line.end, False))
            seen_names, previous = True, line.text
            continue
        # 'Ann Lee, Chief Executive' / 'Councillor Jo Roe, Westshire Council': one name a line with its post or body.
        # Once such lines run, a post's '&' ('Service Manager Parks & Open Spaces') joins two services, no second name.
        if not comma_mode and (name_and_role(line.text) or name_and_body(line.text) or seen_names and _joined_post(line.text)):
            pieces.append((line.start, line.end, False))
            seen_names, previous = True, line.text
            continue
        # 'Ann Lee – Chair' / 'Bo Roe & Cy Poe – Hall Committee': two names sharing one post, on one line of the list.
        if not comma_mode and seen_names and shared_post(line.text):
            pieces.append((line.start, line.end, True))
            previous = line.text
            continue
        # 'Eve Hill, WREC' / 'Fay Moss, Dog Warden': in a list of one name and its post a line, each line is one entry.
        if not comma_mode and (per_line or not seen_names) and name_then_post(line.text) is not None and (
            per_line or _one_name_a_line(line.text, region, region.index(line))
        ):
            pieces.append((line.start, line.end, False))
            seen_names, previous, per_line = True, line.text, True
            continue
        # 'Ann Lee - Services Officer, Fire and Rescue Service': a name, a dash and a post with commas opens no comma list.
        dashed = ROLE_DASH.split(line.text.strip(), maxsplit=1)
        posted = len(dashed) == 2 and "," not in dashed[0] and looks_like_name(dashed[0])
        # 'Mr A Lowe and two members of the public' under a label on its own line: an 'and' opens a list as a comma does.
        joined = "," in line.text or re.search(r"\s(?:and|&)\s", line.text) and all(
            looks_like_name(entry_name(_untitled(part))) or _COUNTED.match(part) for part in split_list(line.text)
        )
        opens_list = not seen_names and not posted and joined and looks_like_name(entry_name(_untitled(split_list(line.text)[0])))
        # 'PRESENT' / 'Councillors' / 'Ark (Chairman), Bell and Cole': the plural title split from its surnames by a line break.
        opens_list = opens_list or not seen_names and plural_above and "," in line.text and all(
            _SURNAME.fullmatch(entry_name(part).strip()) for part in split_list(line.text) if part.strip()
        )
        # 'PRESENT' / 'The Mayor (Clr Ark), Councillors Bell, Cole': a civic post with its holder in brackets opens the list.
        opens_list = opens_list or not seen_names and joined and bool(_CIVIC_HOLDER.fullmatch(split_list(line.text)[0].strip()))
        # 'Councillors A and B (Eastby Council)' over 'Councillor C – Westby Council': the pair opened a list of one entry a line.
        ended = not re.search(r"(?:[,;&(]|\band)\s*$", previous)
        if comma_mode and len(pieces) == 1 and pieces[0][0] != value_start and ended and _entry_line(line.text):
            comma_mode = False
        # 'The Clerk, Mrs A Lee, was in attendance.' after a list line that ended is a sentence of its own.
        if comma_mode and pieces and not re.search(r"(?:[,;&(]|\band)\s*$", previous) and _WAS_ATTENDING.search(line.text) and not re.match(r"\s*(?:and|&)\s", line.text):
            break
        # '... Dee Hart and Sam Pike' / '1 Welcome and introductions': a numbered item's heading after a list line that ended.
        if comma_mode and pieces and not re.search(r"(?:[,;&(]|\band)\s*$", previous) and _ITEM_HEADING.match(line.text):
            break
        # '... Mills and Smart' / 'NATIONAL ANTHEM': a short heading in capitals after a list line that ended.
        if comma_mode and pieces and not re.search(r"(?:[,;&(]|\band)\s*$", previous) and _CAPITALS_HEADING.fullmatch(line.text.strip()):
            break
        # '... C Sim, D Poe' / 'County Councillor E Hale': another tier's councillor on a line of their own is no member;
        # 'ItemDescriptionBackground ...', a table's header cells glued (a ModernGov page), is no name.
        if comma_mode and pieces and not re.search(r"(?:[,;&(]|\band)\s*$", previous) and (TIER_LINE.match(line.text) or _GLUED_CELLS.match(line.text)):
            break
        # 'Cllr A Lowe, Town Mayor' / 'Cllr B Ray': after a line that ended, a titled name alone on its line is one entry.
        # 'Councillors B Ray' / 'C Dunn' / 'D Hart': a plural title over one name a line, each line one entry.
        column = column or comma_mode and bool(pieces) and _one_titled_name(previous)
        if column and _bare_name_line(line.text):
            pieces.append((line.start, line.end, False))
            previous = line.text
            continue
        column = False
        if comma_mode and pieces and _own_name_line(previous, line.text):
            pieces.append((line.start, line.end, False))
            previous = line.text
            continue
        if comma_mode and pieces and _new_sentence(previous, line.text):
            if not _OWN_LINE.fullmatch(line.text):
                break
            pieces.append((line.start, line.end, False))
            previous = line.text
            continue
        if line.start < paragraph_end:
            continue
        if not comma_mode and group_entries(line.text):
            paragraph_end = _paragraph_end(region, line)
            pieces.append((line.start, paragraph_end, None))
            seen_names = True
            continue
        previous = line.text
        if comma_mode or opens_list or _is_comma_list(line.text):
            comma_mode = True
            cut = _label_in(line, line.start)
            pieces.append((line.start, line.end if cut is None else cut, True))
            seen_names = True
            if cut is not None or _SENTENCE_END.search(clean_markup(line.raw).rstrip()):
                break
            continue
        if PLURAL_LINE.match(line.text) or _PUBLIC.match(line.text):
            continue
        # Printed minutes set each member's authority on the line under the name ('- Northfield District Council').
        if pieces and not comma_mode and _ROLE_LINE.match(line.text) and not listed_name(_ROLE_LINE.sub("", line.text)):
            continue
        # A ditto mark repeats the title above it ('Councillor A Roe' / '"      B Poe').
        ditto = _DITTO.match(line.raw)
        if ditto and pieces and not comma_mode:
            pieces.append((line.start + ditto.end(), line.end, False))
            continue
        first_cell = (_cells(line.text) or [""])[0]
        if not listed_name(first_cell) and not initials_split(re.sub(r"[()]", "", first_cell)):
            break
        pieces.append((line.start, line.end, False))
        seen_names = True
    return pieces
