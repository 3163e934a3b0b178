"""Names printed run together in a list, with no comma or 'and' between them.

Three layouts: honorifics or brackets open each name ('Cllr A (Mayor) Cllr B', and dotted initials
'C. D. Ray E. Sim'); bare 'Given Surname' pairs in PDF text of board minutes ('Eric Baird William
McKenna ...'), read two words a name; and a group label over 'Name, post' entries ('Deputy Portfolio
Holders Councillor A Bell, Housing Councillor C Dunn, Transport'). Rules under the VERSION of
``extractors.readers.names``.
"""

from __future__ import annotations

import re

from extractors.readers.name_posts import ROLE_WORDS, initials_of
from extractors.readers.names import CAPITAL_SURNAME, HONORIFIC_WORDS, HONORIFICS, NOT_NAME_WORDS, PLURAL_TITLE, ROLE_DASH, looks_like_name, name_prefix, split_honorifics

# Where a run-on list of names starts a new one: before an honorific that follows another word, or after ')'; in a
# PDF's text run together at a line's end, before a common title glued to the lower-case letter or bracket before
# it ('Councillor A RoeCouncillor B Lee', 'Mr C Kay, Chief ExecutiveMrs D Hay', '(+ Housing)Councillor E').
RUN_ON = re.compile(
    rf"(?<=\))\s+(?=[A-Z])|(?<=[\w.])\s+(?=(?:{HONORIFIC_WORDS})\.?\s+[A-Z])"
    r"|(?<=[a-z’')])(?=(?:Councillor|Cllr|Alderman|Mrs|Mr|Ms|Miss|Dr)\.?\s+[A-Z])"
)


def _starts_name(before: str, after: str) -> bool:
    """A new name may start between ``before`` and ``after``: after a bracket (not one holding the initials of
    the name before it: 'Ann Lee (AL) Clinical Chair'), or a capitalised or post word ('Co-opted member') that
    is no honorific and no part of one ('Ch' of 'Ch Insp')."""
    last = before.rsplit(None, 1)  # from the right: splitting all of a long line's text for each cut was quadratic
    word = last[-1] if last else ""
    joined = f"{word} {after}"
    if word.endswith(")"):
        bracket = re.search(r"\(([^()]*)\)$", before.rstrip())
        # 'C Sim (CS) G Hale (GH)': a name with its own initials after the bracket starts anew.
        own = re.match(r"((?:[A-Z]\.?\s+|[A-Z][a-z]+\s+){1,3}[A-Z][\w'’-]+)\s*\(([A-Z]{2,4})\)", after)
        return not (bracket and initials_of(before[: bracket.start()], bracket.group(1))) or bool(own and initials_of(*own.groups()))
    posted = word[:1].isupper() and not initials_of(before.rstrip()[: -len(word)], word) or word.lower() in ROLE_WORDS
    return posted and not split_honorifics(joined)[0] and not PLURAL_TITLE.match(joined)


# 'Councillor Lowe Ann Roe (clerk)', 'Cllr B Lowe Ann Roe (Parish Clerk)': a councillor printed by surname (after
# initials or not), then the clerk's given name and surname with the post in brackets (a two-column present list
# flattened, the clerk in its last cell; no councillor is the clerk, though one may be the RFO: 'Councillor Peter Lisle
# Jones (RFO)' is one name).
_CLERK_AFTER_SURNAME = re.compile(
    r"(?<![^\s(])(?:Cllr|Councillor)\.?\s+(?:[A-Z]\.?\s+){0,2}[A-Z][\w'’-]+\s+"
    r"(?=[A-Z][a-z]+\s+[A-Z][\w'’-]+\s*\((?i:(?:parish\s+|town\s+|assistant\s+|deputy\s+)?clerk)\))"
)
# A name of initials and a surname after its organisation, with no comma between them: '..., Northshire
# Police Authority G Hill, ...', '..., Mayor of Eastby A Cole'.
_ORG_THEN_INITIALS = re.compile(
    r"\b(?:Council|Authority|Constabulary|Police|Service|Trust|Partnership|[Mm]ember|Commissioner|of\s[A-Z][a-z]{2,20})"
    r"\s+(?=(?:[A-Z]\.?\s+){1,3}[A-Z](?:[a-z]|[A-Z]+\b))"
)
# Names of initials and a surname printed one after another: 'C. D. Ray E. Sim F. G. Hale', 'Mrs C Ray E Sim' (a single
# capital after a surname opens the next name: no surname is followed by initials).
_INITIALS_NAME = rf"(?:[A-Z](?:\.\s?|\s)){{1,3}}\s*(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|{CAPITAL_SURNAME})(?=\s|$)"
_INITIALS_RUN = re.compile(rf"(?:(?<=[a-z])|(?<=[A-Z]{{2}}))\s+(?={_INITIALS_NAME})")
# The titles before such a run: 'Mrs', 'Councillors: Mrs' (a plural with its colon, then a name's own title).
_TITLE = rf"(?:{HONORIFIC_WORDS}|Messrs|Councillors|Cllrs)\.?:?"
_TITLES_ONLY = re.compile(rf"(?:{_TITLE}\s*)*")
_INITIALS_ONLY = re.compile(rf"(?:{_TITLE}\s+){{0,2}}{_INITIALS_NAME}(?:\s+{_INITIALS_NAME})+")


def run_on_parts(part: str) -> list[tuple[int, str]]:
    """(offset, text) of the names in one list part printed without separators ('Cllr A (Mayor) Cllr B Cllr C').

    A leading run of words before the first honorific is the role of the name before it, not a name
    ('..., Mayor's Chaplain Mr S Kaye'), unless a bracket closes it ('L. Hopkins (remote) R. Bevan').
    """
    cuts = [m.end() for m in RUN_ON.finditer(part) if _starts_name(part[: m.start()], part[m.end() :])]
    cuts = sorted({*cuts, *(m.end() for m in _ORG_THEN_INITIALS.finditer(part)), *(m.end() for m in _CLERK_AFTER_SURNAME.finditer(part))})
    bounds = [0, *cuts, len(part)]
    runs = [
        m.end() for a, b in zip(bounds, bounds[1:]) if _INITIALS_ONLY.fullmatch(part[a:b].strip())
        for m in _INITIALS_RUN.finditer(part, a, b) if not _TITLES_ONLY.fullmatch(part[a : m.start()].strip())
    ]
    initials_run = bool(runs)
    cuts = sorted({*cuts, *runs})
    if not cuts:
        return [(0, part)]
    cuts = [0, *cuts, len(part)]
    pieces = [(cuts[i], part[cuts[i] : cuts[i + 1]]) for i in range(len(cuts) - 1)]
    lead = pieces[0][1].strip()
    after_bracket = lead.endswith(")")
    if not (after_bracket or initials_run) and not split_honorifics(lead)[0] and not PLURAL_TITLE.match(lead) and not ROLE_DASH.search(lead):
        pieces = pieces[1:]
    return pieces


# A bare given name or surname: 'Eric', 'MacLennan', "O'Neil", 'Cuninghame-Ross' (no initials, no capitals-only words).
_BARE_WORD = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?")
_PAIR_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr)$")


def bare_name_pairs(part: str) -> list[tuple[int, str]]:
    """(offset, name) of the 'Given Surname' pairs of a list printed with no separators at all.

    PDF text of board minutes runs its lists together ('PRESENT Eric Baird William McKenna Mrs Lucy
    Grant ...'): a run of four or more bare capitalised words (a 'Mr'/'Mrs'/'Ms'/'Dr' joins the pair
    after it) is read two words a name. A run that goes on into a sentence loses its last word (the
    heading that follows: '... Robert Severn Minutes of Last Meeting'); an odd count is not read.
    """
    # 'Divisional Commander Gary Ritchie': a title of two words opens one name.
    if " " in split_honorifics(part)[0]:
        return []
    words = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", part)]
    run: list[tuple[int, str]] = []
    names_in_run = 0  # counted as the run grows: recounting it at every word made a long run quadratic
    for index, (start, word) in enumerate(words):
        # A surname in capitals ('Eric BAIRD') is the second word of a pair, after a given name in title case.
        given = names_in_run % 2 == 1 and _BARE_WORD.fullmatch(run[-1][1])
        capital = given and len(word) > 2 and re.fullmatch(CAPITAL_SURNAME, word)
        if not (_BARE_WORD.fullmatch(word) or _PAIR_HONORIFIC.match(word) or capital) or word.lower() in NOT_NAME_WORDS:
            if re.match(r"[a-z]", word) and run:
                run.pop()
            break
        run.append((start, word))
        names_in_run += not _PAIR_HONORIFIC.match(word)
    names = [(s, w) for s, w in run if not _PAIR_HONORIFIC.match(w)]
    if any(w in HONORIFICS for _, w in names) or len(names) < 4 or len(names) % 2 or _PAIR_HONORIFIC.match(run[-1][1] if run else ""):
        return []
    pairs, index = [], 0
    while index < len(run):
        start = run[index][0]
        if _PAIR_HONORIFIC.match(run[index][1]):
            index += 1
        if index + 1 >= len(run):
            return []
        end_start, end_word = run[index + 1]
        pairs.append((start, part[start : end_start + len(end_word)]))
        index += 2
    return pairs


# A group label opening a list paragraph: capitalised words naming a kind of membership.
_GROUP_LABEL = re.compile(r"^[A-Z][\w'’-]*(?:\s+(?:of|the|and|for|[A-Z][\w'’-]*)){0,7}$")
_GROUP_WORD = re.compile(r"\b(?:Members?|Holders?|Advis[oe]rs?|Representatives?|Authority|Committee|Board|Panel)\b")


def group_entries(text: str) -> list[tuple[int, int]]:
    """(start, end) of the names in a paragraph that opens with a group label and runs 'Name, role' entries
    together: 'Deputy Portfolio Holders Councillor A Bell, Housing Councillor C Dunn, Transport'.

    A name has its honorific, or follows the label or a closing bracket; [] when the line is not so laid out.
    """
    starts = {m.start() for m in re.finditer(rf"(?<!\S)(?:{HONORIFIC_WORDS})\.?\s+[A-Z]", text)}
    starts |= {m.end() for m in re.finditer(r"\)\s+(?=[A-Z])", text)}
    label_end = _GROUP_WORD.search(text)
    if label_end:
        starts.add(label_end.end() + len(text[label_end.end():]) - len(text[label_end.end():].lstrip()))
    entries: list[tuple[int, int]] = []
    for start in sorted(starts):
        comma = text.find(",", start)
        if (entries and start < entries[-1][1]) or comma == -1:
            continue
        candidate = text[start:comma].rstrip()
        if split_honorifics(candidate)[0]:
            named = name_prefix(candidate) == " ".join(candidate.split())
        else:
            named = looks_like_name(candidate) and len(candidate.split()) <= 4 and start != 0
        if named:
            entries.append((start, start + len(candidate)))
    label = text[: entries[0][0]].strip() if entries else ""
    if not _GROUP_LABEL.match(label) or not _GROUP_WORD.search(label):
        return []
    return entries
