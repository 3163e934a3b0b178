"""The attendance label grammar: the words that label an attendance list, the attendance each gives, and the shapes a
label takes on its line. The attendance readers build their label patterns from here: the list readers'
(``attendance_lists``), the side-by-side columns', the stacked labels', the parish fallback's bare label, the labels
alone on their line (``attendance_members``, ``attendance_posted``), the fallback's and the flattened tables' labels.

Words (``LABELS``): 'present' gives present; 'apologies' and 'apologies for absence' apologies; 'in attendance' and
'also present' in attendance (officers, guests, councillors who are not members); 'attendance' alone heads the members'
list (present); 'absent' names no attendance (a reader that meets it ends the list before it). ``words`` gives an
alternation of the labels a reader reads in any case, ``capitals`` of the labels in capitals (a case-sensitive pattern
in run-on text), ``kind`` the attendance of a label as printed. Each reader names the labels it reads and adds its own
phrasings around them ('Panel Members Present', 'Officers in attendance').

Spacing (``GAP``): the words of one label are parted by any white space but a line break. A label is printed on one
line, so a pattern run over the whole text never takes the last word of one line and the first of the next for one
label ('... were present' / 'Absent: ...'); a tab or a no-break space (an HTML page's '&nbsp;') between two words of a
label parts them as a space does. On one line's text (``Line.text``, ``Line.raw``) it is the same as ``\\s+``.

Shapes, what follows the label on its line: ``COLON`` a colon ('Present: Cllr A Lowe'); ``ALONE`` nothing but a colon or
a dash (the list under it); ``BARE`` no colon, a capital straight after it ('PRESENT Ann Lowe (Chair)').

The list readers' labels (``LIST_LABEL``, ``INLINE_LABEL``) extend the words with the phrasings minutes print ('the
following members were present', 'apologies were received from', 'Officers in attendance', the clerk's post, Welsh),
each alternative in the named group of its attendance (``matched_kind``).

Group headings inside a list (``GROUP_HEADING``: 'Representing Eastby Council:', 'Police Force:') name the body a group of
members or officers comes from; they end no list. A flattened table's header cells (``ATTENDEE_CELL``,
``REPRESENTING_CELL``) and the membership groups of an apologies list (``MEMBER_GROUPS``, ``NOBODY``) are read here too;
``cased`` gives a word in capitals or title case for case-sensitive patterns.

Not labels, so not here: a status printed beside a name ('Cllr A Lowe - Apologies', a table's 'Present' cell:
``attendance_status_rows``, ``attendance``'s status posts) and the sentences that name attendance ('apologies were
received from ...': ``attendance_sentences``).

Misspellings (``MISSPELT``): minutes print 'Appologies', 'Apoligies', 'IN ATTENDENCE', 'Apologies were recieved from',
and the verb 'Apologise' for the label before a titled name. The text is read as spelt
before any reader sees it (``spelt_labels``), not folded into the label patterns: the word is read by more than the
labels, by the sentence readers ('Apoligies were received from ...') and the name tests ('apologies' is one of
``readers.names.NOT_NAME_WORDS``), which folding it into the labels alone would leave reading it as printed.

Part of the attendance extractor: its records carry ``attendance.NAME`` and ``attendance.VERSION``, which a change here
must bump.
"""

from __future__ import annotations

import re

from schemas.structure import Attendance

GAP = r"[^\S\n]+"

# Each label: its words, the words it may add ('apologies for absence'), the attendance it gives (None: none).
LABELS: dict[str, tuple[str, str, Attendance | None]] = {
    "present": ("present", "", "present"),
    "apologies": ("apologies", "for absence", "apologies"),
    "in attendance": ("in attendance", "", "in_attendance"),
    "also present": ("also present", "", "in_attendance"),
    "attendance": ("attendance", "", "present"),
    "absent": ("absent", "", None),
}


def _pattern(label: str, upper: bool = False) -> str:
    """The pattern of one of ``LABELS``, its words in capitals when ``upper``."""
    printed, more, _ = LABELS[label]
    phrase = [GAP.join(word.upper() if upper else word for word in words.split()) for words in (printed, more)]
    return phrase[0] + (f"(?:{GAP}{phrase[1]})?" if more else "")


PRESENT, APOLOGIES, IN_ATTENDANCE, ALSO_PRESENT, ATTENDANCE, ABSENT = map(
    _pattern, ("present", "apologies", "in attendance", "also present", "attendance", "absent")
)
# The labels every list reader reads: the present, apologies and in-attendance lists.
CORE = ("present", "apologies", "in attendance", "also present")

# What follows a label on its line.
COLON = r"[ \t]*:"
ALONE = r"\s*[:\-–]?\s*$"
BARE = r"[ \t]*\.?[ \t]+(?=[A-Z])"

KINDS: tuple[Attendance, ...] = ("present", "in_attendance", "apologies")


def words(*labels: str) -> str:
    """An alternation of the patterns of ``labels`` (keys of ``LABELS``), to be matched in any case (``re.I``)."""
    return "(?:" + "|".join(map(_pattern, labels)) + ")"


def capitals(*labels: str) -> str:
    """An alternation of ``labels`` printed in capitals ('APOLOGIES FOR ABSENCE'), for a case-sensitive pattern: inside
    run-on text a label stands out by its capitals, where 'present' in lower case is a word of a sentence."""
    return "(?:" + "|".join(_pattern(label, upper=True) for label in labels) + ")"


def kind(label: str) -> Attendance | None:
    """The attendance a label gives, as printed ('Apologies  for Absence' gives apologies); a KeyError for a label that
    is not one of ``LABELS``."""
    printed = " ".join(label.lower().split())
    return "apologies" if printed.startswith("apologies") else LABELS[printed][2]


def grouped(present: str, in_attendance: str, apologies: str) -> str:
    """One alternation of each attendance's labels, each in the named group of its attendance (``matched_kind``)."""
    return rf"(?:(?P<present>{present})|(?P<in_attendance>{in_attendance})|(?P<apologies>{apologies}))"


def matched_kind(match: re.Match, kinds: tuple[str, ...] = KINDS) -> str:
    """The attendance of the group of ``kinds`` that ``match`` (of a ``grouped`` pattern) matched."""
    return next(k for k in kinds if match[k])


# A label alone on its line (its list under it or above it): a body's members present, the officers in attendance.
LABEL_ALONE = re.compile(
    r"^\W*"
    + grouped(
        rf"(?:(?:panel|board|committee|authority|council|forum)\s+)?(?:members\s+)?{PRESENT}|{ATTENDANCE}|attendees|those\s+{PRESENT}",
        rf"(?:also|officers|others)\s+{PRESENT}|(?:(?:officers|others)\s+)?(?:also\s+)?{IN_ATTENDANCE}|officers",
        APOLOGIES,
    )
    + ALONE,
    re.I,
)

# The list readers' labels (``attendance_lists``), opening a line: a numbered item's label ('3. Present:', '1/ Present'), a Welsh form
# before the English ('Yn bresennol / Present:'), then one of these, then what ends the label (_LIST_END).
_ITEM_NUMBERS = (
    r"(?:(?:[A-Z]?\d{1,4}(?:[./]\d{1,4})?(?:[./]?\s+|\.(?=[A-Z]))){1,2}"
    r"(?=(?:(?:(?:committee|board|panel|council)\s+)?(?:members|councillors|cllrs)\s+)?(?:present|sederunt|attendance)(?:\W*$|\s*:|\s+(?:councillors|cllrs)\s*:)))?"
)
# A heading alone on its line that means present, its list under it ('PRESENNOL', 'Yn bresennol', 'Present in the Chamber',
# 'Meeting attended by:'): a parish's roll by the heading's words, whatever the list's form.
_PRESENT_HEADING = (
    r"(?:(?:yn\s+)?(?:b|p)resennol|(?:(?:the\s+)?meeting\s+(?:was\s+)?)?attended\s+by"
    r"|present\s+in\s+the\s+(?:chamber|room|hall))(?=[ \t]*[:\-–]?[ \t]*$)"
)
_LIST_PRESENT = rf"\d{{1,3}}[.)]?\s+attending(?=\s*:)|{_ITEM_NUMBERS}(?:" + "|".join((
    r"(?:(?:committee|board|panel)\s+)?(?:members|councillors|cllrs)\s+(?:present|attending(?=\s*:))",
    r"(?:yn\s+)?(?:b|p)resennol(?=\s*:)",
    _PRESENT_HEADING,
    rf"(?:(?:committee|board|panel)\s+)?members\s+{IN_ATTENDANCE}(?=\s*:)",
    r"those\s+(?:attending|present)",
    r"the\s+following(?:\s+(?:members|councillors|persons|people))?\s+(?:were|was)\s+present",
    r"there\s+(?:were|was)\s+present(?=\s*:)",
    # 'Present (5):', 'PRESENT (Five Councillors):-': the members counted in the label's bracket.
    r"present(?:\s+were|\s+at\s+(?:the\s+)?meeting(?=\s*:)|\s*\((?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s+(?:councillors|cllrs|members))?|in\s+person|in\s+the\s+(?:room|chamber)|remotely|virtually|online|via\s+[\w\s]{2,20}?)\))?",
    r"(?:attended|attending|present|participating|joined)\s+(?:virtually|remotely|online)(?=\s*:)",
    r"(?:remote|virtual|online)\s+attendance(?=\s*:)",
    r"p\s+r\s+e\s+s\s+e\s+n\s+t",
    r"attendance(?:\s+details)?",
    r"attendees",
    r"sederunt(?=\s*:|\s*$)",
    # 'Observers:' among a present list's groups: whoever a present block lists is present, observers included.
    r"observers?(?=\s*:)",
)) + ")"
# 'Clerk - Mrs A Lowe': the clerk's post, then a spaced dash and one name ending the line (the minute-taker's initials
# after it: 'Clerk – Ann Lowe (AL).').
_DASHED_NAME = r"\s+[-–]\s+(?-i:(?:(?:Mrs?|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\.?\s*){0,3}[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)(?:\s*\([A-Z]{2,4}\))?\.?\s*$"
_CLERK = (
    r"(?:the\s+)?(?:(?:parish|town|council|assistant|deputy|acting|locum|interim)\s+)?cler[kc]"
    r"(?:\s+to\s+the\s+(?:parish\s+|town\s+|community\s+)?council|\s+(?:and|&)\s+(?:rfo|responsible\s+financial\s+officer))?"
    rf"(?=\s*[:/]|{_DASHED_NAME})"
)
_LIST_IN_ATTENDANCE = "|".join((
    r"attending(?=\s*:)",
    rf"(?:councillors|cllrs)\s+{IN_ATTENDANCE}(?=\s*:)",
    r"hefyd\s+yn\s+bresennol(?=\s*:|[ \t]*$)",
    r"swyddogion(?=\s*:)",
    r"wrth\s+law(?=\s*:)",
    rf"officials(?:\s+(?:also\s+)?(?:present|{IN_ATTENDANCE}))?(?=\s*:)",
    # '(Officials)Mr A Lowe, Chief Executive...': the officials' group in brackets under an attendance label, the first
    # name glued to it.
    r"(?<=\()(?:officials|officers)\)(?=(?-i:Mrs?|Ms|Miss|Dr)\.?\s)",
    rf"(?:non[-\s]?(?:committee\s+)?members|other\s+(?:members|councillors))(?:\s+(?:also\s+)?(?:present|{IN_ATTENDANCE}))?(?=\s*:)",
    # 'Other Majority Group Members in attendance:', 'Shadow Cabinet Members in attendance:': members of another group
    # than the meeting's own (a committee's own 'Members in attendance:' is its present list, read first).
    rf"(?:other|shadow|opposition)\s+(?:[\w'’-]+\s+){{0,3}}(?:members?|councillors?)\s+(?:also\s+)?{IN_ATTENDANCE}(?=\s*:)",
    r"by\s+invitation(?=\s*:)",
    r"(?:guests?|visitors?)(?=\s*:)",
    r"(?:ward|district|county|borough|unitary)\s+(?:councillor|cllr)(?=\s*:)",
    r"minutes?[\s-]+(?:secretary|taker)(?=\s*:)",
    _CLERK,
    rf"others(?:\s+(?:present|{IN_ATTENDANCE}))?(?=\s*:)",
    rf"{IN_ATTENDANCE}(?:\s+for\s+(?:this|the)\s+item(?:\s+were)?)?",
    # 'Also in attendance at the above meeting were:' (a CMIS page's other attendees): the phrase ends at its colon.
    rf"also\s+(?:present|{IN_ATTENDANCE})\s+at\s+(?:the|this)\s+(?:above\s+)?meeting\s+(?:were|was)(?=\s*:)",
    rf"also(?:\s+(?:present|{IN_ATTENDANCE}|attending(?=\s*:))|(?=\s*:))",
    r"other\s+(?:attendees|attendance)",
    r"(?:council\s+)?(?:employees|staff)\s+present",
    r"members\s+of\s+the\s+public\s+present",
    rf"officers(?:\s+(?:present|{IN_ATTENDANCE}|attending|contributing\s+to\s+and\s+attending(?:\s+the\s+meeting)?))?",
))
# '... and reasons for absence' / '... and Reasons Given' / '... & reasons' after an apologies label or item heading.
APOLOGY_REASONS = r"(?:\s+(?:and|&)\s+(?:the\s+)?reasons(?:\s+for\s+absence|\s+given)?)?"
# 'APOLOGIES FOR' ending its line: a table's label cell wrapped before its last word ('ABSENCE' on the next line).
_APOLOGIES_FOR = r"apologies(?:\s+for\s+(?:absence|non-?\s?attendance)|[^\S\n]+for(?=[^\S\n]*$))?"
# An apologies item's number(s) before its label: '2. Apologies:', 'C048/23 APOLOGIES - ...', '| 3 | Apologies Cllr A'.
_APOLOGIES_NUMBERS = (
    rf"(?:(?:[A-Z]?\d{{1,4}}(?:[./]\d{{1,4}})?[.):]?[\s|]+){{1,2}}(?={_APOLOGIES_FOR}{APOLOGY_REASONS}(?:\s+and\s+substitut(?:ions|es))?(?:\s+received)?"
    r"(?:\W*$|\s*:|\s+[-–](?:\s|(?=[A-Z]))|\s+(?=(?-i:(?:Councillors?|Cllrs?|Alderm[ae]n|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z])))))?"
)
_LIST_APOLOGIES = (
    r"absent\s+with\s+apolog(?:y|ies)"
    rf"|{_APOLOGIES_NUMBERS}(?:the\s+following\s+)?(?:officers?['’]?\s+)?{_APOLOGIES_FOR}{APOLOGY_REASONS}"
    r"(?:\s+received(?=\s*(?::|[-–]\s)))?(?:\s+and\s+substitut(?:ions|es)(?=\W*$))?"
    r"(?:\s+(?:were|was|have\s+been|had\s+been)\s+(?:received|submitted|given|noted|accepted|presented|tendered)(?:\s+and\s+(?:accepted|noted))?"
    r"(?:\s+(?:from|by|for|on\s+behalf\s+of)|(?:\s+as\s+follows)?(?=\s*:)))?"
    r"|ymddiheuriadau(?=\s*:|[ \t]*$)"
)
# 'Councillors:' (or 'Eastby County Councillors:', ``joint``): the members' list, read by kind of the labels around it.
_LIST_MEMBERS = (
    r"(?P<joint>(?-i:[A-Z][a-z'’-]+\s+){1,3}(?:county|borough|district|city|metropolitan)\s+)?(?:parish\s+|town\s+)?(?:councillors|cllrs\.?)(?=\s*:)"
)
# What ends a list label: its English form after a Welsh one, then a colon, the plural title with its colon after 'PRESENT'
# in capitals ('PRESENT Councillors: A Lowe', every name's title; in title case the freely worded label's), a dash, a
# semicolon before a name, an ellipsis, a table's bar, 'from' / 'by' / 'for' ending an apologies sentence, a wide gap,
# the line's end, or a titled name.
_LIST_END = (
    r"(?:\s*/\s*[^\W\d][\w'’ ]{2,30}?(?=\s*:|\s*$))?[\s*_]*(?::[ \t]*[-–—/](?=[ \t])|:-?|;(?=[ \t]*(?-i:[A-Z]|\d{1,3}\s+[A-Z]))"
    r"|(?<=\))(?=(?-i:Mrs?|Ms|Miss|Dr)\.?\s)|(?-i:(?<=PRESENT))[ \t]+(?:councillors|cllrs)[ \t]*:[ \t]*|[-–](?:\s|(?-i:(?=[A-Z])))|(?:…|\.{3})(?=\s)|\|(?=\s*$)|(?<=from)\s|(?<=by)\s|(?<=for)\s|\s{3,}(?=[A-Z])|\.?$|[ \t]*[-–][ \t]*$"
    r"|(?:(?-i:(?<=PRESENT))\.)?\s+(?=(?-i:The\s+(?:Mayor|Chair)|(?:Chair(?:man|woman)?\s+)?(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s))"
    r"|\s*(?:…|\.{3})\s*(?=\S)"
    # 'APOLOGIESCouncillor A Lowe', 'In AttendanceMrs B Ray': a label glued to the titled name after it (a lost space or line break).
    r"|(?<=[A-Za-z])(?=(?-i:(?:Councillors?|Cllrs?|Alderm[ae]n|Mrs?|Ms|Miss|Dr)\.?\s+[A-Z])))[\s*_]*"
)
LIST_LABEL = re.compile(
    r"^\W*(?:[^\W\d][\w'’]*(?:\s+[\w'’]+){0,2}\s*/\s*(?=[A-Z]))?(?:"
    rf"(?P<present>{_LIST_PRESENT})|(?P<in_attendance>{_LIST_IN_ATTENDANCE})|(?P<apologies>{_LIST_APOLOGIES})|(?P<members>{_LIST_MEMBERS})"
    rf"){_LIST_END}",
    re.I,
)
# A label inside a line of run-on text (a PDF's paragraph), in capitals or title case: 'HALL PRESENT: Cllr A ...
# APOLOGIES: Cllr B', glued in PDF text run together ('... March 2013PRESENTCouncillor A Lowe, Leader'),
# '... 7.00 PM Committee Members Present Councillors: A (Chairman), B Other Councillors Present Councillors: C Officers Present ...'.
# After a wide gap too: a bilingual page read by its English half keeps the Welsh half's width as spaces before the
# label ('ATTENDANCE          Present at Meeting: CHAIR: A Lowe').
# Not just after a word printed all in lower case ('the', 'to'): one fixed-width look-behind for each length of word.
# A label cell of two lines flattened beside its list: its head, then the list's first entry (no colon), then its rest.
_SPLIT_HEAD = r"(?:Officers|Others|Staff|Also)[ \t]+in"
_SPLIT_REST = r"[ \t]+[A-Z][^:\n]{1,80}?[ \t]Attendance[ \t]*:"
_NOT_AFTER_LOWER_WORD = "".join(rf"(?<!\b[a-z]{{{n}}}[ \t])" for n in range(1, 16))
INLINE_LABEL = re.compile(
    r"(?:(?<=[\w.);-]\s)|(?<=[\w.);%-][ \t]{3})|(?<=[ \t]{4})|(?<=[a-z\d])(?=PRESENT(?:Councillor|Cllr)\s))"
    + grouped(
        rf"{capitals('present')}|Present(?:\s+Members|\s+at\s+(?:the\s+)?[Mm]eeting(?=\s*:))?|(?:Committee\s+)?Members\s+Present",
        rf"{capitals('in attendance', 'also present')}|ATTENDING|In\s+[Aa]ttendance|Also\s+present|Other\s+(?:Councillors|Members)\s+Present"
        r"|Officers\s+(?:Present|Attending(?=\s*:))|Others(?=\s*:)|(?<=[.)]\s)(?:Also|Clerk)(?=:)|(?:OFFICIALS|OFFICERS)(?=[ \t]*:)"
        # '... and Wilson Officers in Mr A Lowe, Chief Executive Attendance: Dr B Ray, ...': a two-line label cell ('Officers in' /
        # 'Attendance:') flattened beside its list, the list's first entry printed between its two lines.
        rf"|{_SPLIT_HEAD}(?={_SPLIT_REST})"
        # '... C Sim & Mrs D Sim Also PCSO E Moss': 'Also' run on after a list's last name, before a titled name; in
        # capitals after a bracket too ('... Mrs E Lee (Clerk) ALSO Cllr F Poe (County)').
        r"|(?:(?<=[a-z][ \t])Also|(?<=[a-z)][ \t])ALSO)(?=[ \t]+(?:PCSO|PC|Sgt|Insp|Inspector|Cllr|Councillor|Mrs?|Ms|Miss|Dr|Rev)\.?[ \t]+[A-Z])"
        # '... Cllr A Rhead Parish Clerk: Mrs B Lowe', '...; Clerk: Mrs B Lowe': the clerk's label run on after a list's last name
        # (a name's word, so not after a word in lower case: 'passed to the Clerk: Mrs E Poe will reply' is prose).
        r"|(?<=[a-z;,][ \t])" + _NOT_AFTER_LOWER_WORD + r"(?<!Parish\s)(?<!Town\s)(?<!Assistant\s)(?<!Deputy\s)(?:(?:Parish|Town|Assistant|Deputy)[ \t]+)?Clerk(?=[ \t]*:)",
        rf"{capitals('apologies')}|Apologies(?:\s+for\s+[Aa]bsence)?",
    )
    + r"(?:\s*:\s*|(?<=PRESENT)\s+(?=[A-Z][a-z]|[A-Z]\.?\s+[A-Z][a-z])|(?<=Present)\s+(?=Councillors\s*:)"
    r"|(?<=Officers\sPresent)\s+(?=[A-Z][a-z])"
    r"|(?<=\sin)[ \t]+(?=[A-Z])"
    # '... Cllr A LOWE In Attendance Bob Ray, Director of X ...' (run on): 'In Attendance' before a name and its comma.
    r"|(?<=In\sAttendance)\s+(?=[A-Z][a-z]+\s+[A-Z][\w'’-]+,\s+[A-Z])|(?:(?<=Also)|(?<=ALSO))[ \t]+(?=[A-Z])|(?<=PRESENT)(?=(?:Councillor|Cllr)\s)"
    # '... 304 APOLOGIES FOR ABSENCE Councillors Lowe and Ray.': the heading in capitals, then the titled names.
    r"|(?:(?<=APOLOGIES)|(?<=ABSENCE))\s+(?=(?:Councillors?|Cllrs?)\.?\s+[A-Z]))"
)

# An absence label ending the list before it and naming nobody: '... Mrs A Lowe ABSENT: Mr B Ray', 'Absent - Mr B
# Ray', before a titled name, spaced or glued where a PDF lost the space ('... Cllr C Sim Absent Cllr D Poe', '...
# AbsentCouncillor D Poe'), or a heading of its own line ('Councillors Absent', 'Absent Members:').
ABSENT_LABEL = re.compile(
    r"(?:(?<=[\w.)]\s)|^[ \t]*)(?:ABSENT|Absent)(?:\s*:|[ \t]+[-–][ \t]|[ \t]*(?=(?:Councillors?|Cllrs?|Mrs?|Ms|Miss|Dr)\.?[ \t]+[A-Z]))"
    r"|^[ \t]*(?:(?:Councillors|Members)[ \t]+)?(?:ABSENT|Absent)(?:[ \t]+(?:Councillors|Members))?[ \t]*(?::|$)",
    re.M,
)

# Misspelt labels and the word each stands for ('appologies' and 'apoligies': the letters of 'apologies' doubled or
# in another order).
MISSPELT: dict[str, str] = {
    **{f"{stem}g{end}": f"apolog{end}" for stem in ("appolo", "appoli", "apoli") for end in ("ies", "y")},
    "attendence": "attendance",
    **{f"reciev{end}": f"receiv{end}" for end in ("e", "ed", "es")},
}
_MISSPELT = re.compile(rf"\b(?:{'|'.join(MISSPELT)})\b", re.I)


def _spelt(match: re.Match) -> str:
    """The word a misspelling stands for, right-aligned in its place (a doubled letter gives a space before it), in
    capitals when printed in capitals, else with its first letter as printed."""
    printed = match.group(0)
    spelt = MISSPELT[printed.lower()]
    spelt = spelt.upper() if printed[1:].isupper() else printed[0] + spelt[1:]
    return " " * (len(printed) - len(spelt)) + spelt


# A dotted leader between a post and its holder's name ('Chairman…………… Mr A Lowe', 'Clerk.......... Mrs B Ray'): two
# ellipsis characters or more, or four dots or more (three dots are prose's ellipsis), between a word and a capital.
_LEADER = re.compile(r"(?<=[A-Za-z)])[ \t]*(?:(?=[.…]*…)[.…]{2,}|\.{4,})[ \t]*(?=[A-Z])")


# 'Apologise Mr A Lowe' opening a line: the verb printed for the apologies label, a titled name after it and no word
# in lower case but 'and' to the line's end (a sentence's 'apologise', even wrapped to open a line, is followed by words
# in lower case: 'Apologise Mr A Lowe for the delay').
_VERB_LABEL = re.compile(
    r"(?m)^([ \t]*)(APOLOGISE|Apologise)(?=[ \t]+(?:Cllrs?|Councillors?|Mrs?|Ms|Miss|Dr)\.?[ \t]+[A-Z]"
    r"(?:(?!\b(?!and\b)[a-z]{2,})[^\n])*$)"
)


# A group's plural title opening a line or following a label's colon, then a spaced dash: 'Aldermen – F Agnew, ...',
# 'Members Present : Councillors – J Archer, ...' (Northern Irish council minutes). The dash is the title's colon; a
# tier's title ('Parish Councillors – E Farrant') is a post label, not matched.
_GROUP_DASH = re.compile(r"(?m)(?:^|(?<=:))([ \t]*(?:Aldermen|Councillors))[ \t]+[-–][ \t]+(?=[A-Z])")
# A titled group run on after the last name of the group before it, as a document mirror joins a present list's lines:
# '... Deputy Mayor Councillor R Shaw Aldermen S Todd, ... and W Young Councillors A Agnew, ...'. The name before is
# initials and a surname (an honour after it), the group's first name too; the space before the title becomes ';'.
# So is the space before a civic post printed before its holder's titled name ('... Councillor P Quail Deputy Mayor
# Councillor R Shaw ...').
_HONOUR = r"(?:[ \t]+(?:MBE|OBE|CBE|BEM|JP))?"
_GROUP_RUN_ON = re.compile(
    rf"(?<![\w.])((?:[A-Z]\.?[ \t]+){{1,3}}[A-Z][\w'’-]*[a-z]{_HONOUR})[ \t](?=(?:Aldermen|Councillors)[ \t]+(?:[A-Z]\.?[ \t]+){{1,3}}[A-Z][a-z]"
    r"|(?:Deputy[ \t]+)?(?:Lord[ \t]+)?Mayor[ \t]+(?:Councillor|Alderman)[ \t]+[A-Z])"
)


def spelt_labels(text: str) -> str:
    """``text`` with misspelt attendance words read as spelt and a dotted leader read as a colon ('Chairman......
    Mr A Lowe' as 'Chairman:     Mr A Lowe', a post before its holder's name), a group title's dash as its colon and a
    ';' before a titled group run on after a name (``_GROUP_DASH``, ``_GROUP_RUN_ON``); same length, case kept, so every
    span stays where it was printed and no name changes."""
    text = _VERB_LABEL.sub(lambda match: match[1] + ("APOLOGIES" if match[2].isupper() else "Apologies"), text)
    text = _GROUP_DASH.sub(lambda match: match[1] + ":" + " " * (len(match[0]) - len(match[1]) - 1), text)
    text = _GROUP_RUN_ON.sub(lambda match: match[1] + ";", text)
    return _LEADER.sub(lambda match: ":" + " " * (len(match.group(0)) - 1), _MISSPELT.sub(_spelt, text))


# A label over the members of the public who spoke, alone on its line ('Members of the public in attendance who spoke:',
# 'Public speakers:'): the speakers are listed under it between the planning applications they spoke on.
SPEAKERS_LABEL = re.compile(
    rf"^\W*(?:(?:members\s+of\s+the\s+)?public\s+(?:(?:present|{IN_ATTENDANCE})\s+who\s+spoke|speakers)"
    r"|(?:members\s+of\s+the\s+)?public\s+who\s+spoke)\s*:?\s*$",
    re.I,
)

# A group's heading alone on its line inside a list, naming the body its members sit for or are officers of
# ('Representing Eastby District Council:', 'WESTBY BOROUGH COUNCIL:-', 'Police Force:'): no label and no name, the
# list goes on under it. Case-sensitive: capitalised words (title case or capitals) and the joining words of a body's
# name, then a body's word ('Representing' may head any name), then a colon. A partnership's minutes may print the
# body's initials in brackets before the colon ('Representing NHS Westby (NHSW):', 'Westby Fire Service (WFS):').
_BODY_WORD = r"(?i:council|authority|force|service|constabulary|police|partnership|trust|commission|board|committee|panel)"
_GROUP_WORDS = r"(?:[A-Z][\w'’&.-]*|of|and|&|the|upon|on|in)"
_GROUP_INITIALS = r"(?:[ \t]*\([A-Z][A-Za-z&]{1,7}\))?"
GROUP_HEADING = re.compile(
    rf"^\W*(?:(?:Representing|REPRESENTING)\s+(?:the\s+)?(?:{_GROUP_WORDS}\s+){{0,7}}[A-Z][\w'’.-]*"
    rf"|(?!The\b|THE\b)[A-Z][\w'’&.-]*\s+(?:{_GROUP_WORDS}\s+){{0,6}}{_BODY_WORD}){_GROUP_INITIALS}[ \t]*:-?[ \t]*$"
)


# A political group's heading inside a present list, alone on its line ('Conservative Group', 'LABOUR GROUP:', 'Liberal
# Democrats (4)', 'Independent Members'), or opening a line of its members' names ('Labour: Councillors A Lowe and B Ray',
# ``PARTY_PREFIX``): the names are the members present, the party is no name and ends no list. A party's name, then
# the words a group heading adds, then a count; case-sensitive (title case or capitals), so 'labour' in a sentence is no
# heading. Read only under a label: a run of party groups with no label may be a recorded vote's.
_PARTY = (
    r"(?:Conservative|CONSERVATIVE|Labour|LABOUR|Liberal|LIBERAL|Lib|LIB|Green|GREEN|Independent|INDEPENDENT|Plaid|PLAID"
    r"|SNP|Scottish|SCOTTISH|Reform|REFORM|UKIP|Residents|RESIDENTS|Alliance|ALLIANCE|Co-?operative|CO-?OPERATIVE)"
)
_PARTY_WORDS = (
    r"(?:Democrats?|DEMOCRATS?|Dems?|DEMS?|Cymru|CYMRU|National|NATIONAL|UK|Party|PARTY|Group|GROUP|Groups|GROUPS"
    r"|Members|MEMBERS|Councillors|COUNCILLORS|Association|ASSOCIATION|and|AND|&|Co-?operative|CO-?OPERATIVE|Labour|LABOUR"
    r"|Alliance|ALLIANCE|Greens|GREENS|Independents|INDEPENDENTS|Conservatives|CONSERVATIVES|[Tt]he|THE|[Oo]f|OF)"
)
_PARTY_NAME = rf"(?:The\s+|THE\s+)?{_PARTY}(?:['’]s?)?(?:[ \t]+{_PARTY_WORDS}){{0,4}}(?:[ \t]*\(\d{{1,3}}\))?"
PARTY_HEADING = re.compile(rf"^[ \t*•·-]*{_PARTY_NAME}[ \t]*[:\-–]?[ \t]*$")
PARTY_PREFIX = re.compile(rf"^[ \t*•·-]*{_PARTY_NAME}[ \t]*:[ \t]*(?=(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+[A-Z])")


def cased(*labels: str) -> str:
    """An alternation of ``labels`` (lower-case words; a space between two words stands for ``GAP``) printed in
    capitals or with a capital first letter ('ATTENDEES', 'Attendees'), for a case-sensitive pattern: a table's
    header cell, not the word inside a sentence."""
    forms = [GAP.join(words.split()) for label in labels for words in (label.upper(), label[:1].upper() + label[1:])]
    return "(?:" + "|".join(forms) + ")"


# A flattened table's header cells: the attendee's column, then the column of the body each represents.
ATTENDEE_CELL = cased("attendees", "attendee", "name")
REPRESENTING_CELL = cased("representing")
# The words that end a membership group's label over its names ('School members', 'Independent representatives').
MEMBER_GROUPS = ("members", "officers", "representatives", "observers", "substitutes", "councillors", "governors")
# A group or list that names nobody: 'None', 'Nil', 'N/A', 'No apologies'.
NOBODY = r"(?:none|nil|n/a|no\s+apologies)"
