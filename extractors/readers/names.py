"""Person names as printed in council papers: honorifics and ranks, name shape, a linking key.

Lists of names are parted by ``name_lists`` (commas, semicolons, 'and' or '&'; one after another by ``name_runs``),
a name with its post or body by ``name_posts``; a plural title is shared ('Councillors A and B' are 'Councillor A' and
'Councillor B'), and so is the title of a group heading line ('BAILIES') over the names under it. Scottish minutes print surnames in capitals;
parish websites print a title in capitals with the name ('COUNCILLOR A LOWE') or in lower case ('cllr Lowe').
The person key drops honorifics, ranks and post-nominals and keeps the initials of the
given names and the surname, lowercase: 'Mr P Webb', 'Peter Webb' and 'Cllr. P. Webb'
all give 'p webb', so one person links across meetings that print the name differently.
"""

from __future__ import annotations

import re

from extractors.readers.given_names import GIVEN_NAMES

VERSION = "64"

# Longest first so 'Chief Inspector' is taken before 'Chief'. 'Cl' is how 'CI' often reads in extracts.
# The one-word titles a list of members prints before a person's name (no rank, post or tier): the attendance fallback's.
PERSONAL_TITLES = (
    "Cllr", "Councillor", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Prof", "Professor", "Revd", "Rev", "Alderman",
    "Lord", "Lady",
)
# The same titles as one regex alternation, longest first ('Professor' before 'Prof'), for rules matching a titled name.
PERSONAL_TITLE = rf"(?:{'|'.join(sorted(PERSONAL_TITLES, key=len, reverse=True))})"
# A police rank with its acting, temporary, detective or chief mark before a slash, as partnership and force minutes print
# them: 'T/Inspector', 'A/Insp', 'C/Supt', 'D/Chief Superintendent', 'T/ACC', 'A/DCO' (a slash keeps 'DCO' a rank here).
_SLASHED = (
    "PC", "Sgt", "Sergeant", "Insp", "Inspector", "Chief Inspector", "Ch Insp", "CI", "DI", "DCI", "DS", "Supt", "Superintendent",
    "Chief Supt", "Chief Superintendent", "Ch Supt", "ACC", "DCC", "CC", "Chief Constable", "ACO", "DCO", "Commander",
)
SLASH_RANKS = tuple(f"{mark}/{rank}" for mark in ("A", "T", "D", "C", "Det", "A/D", "T/D") for rank in _SLASHED)
HONORIFICS = sorted(
    [
        *PERSONAL_TITLES,
        "Baroness", "Baron", "Reverend", "The Rev", "The Revd", "The Reverend", "Fr", "Canon",
        "Rt Hon", "The Rt Hon", "Hon", "Deputy", "Alderwoman", "Unitary Cllr", "Unitary Councillor",
        "Cllrs", "Councillors", "Clr", "Clrs", "CClr", "CClrs", "Coun", "Cncllr", "Cnclr", "Cyng", "Cynghorydd", "Cynghorwyr", "Y Cynghorydd", "Y Cynghorwyr", "County Councillor",
        "County Borough Councillor", "County Borough Councillors", "County Cllr", "District Cllr", "District Councillor", "Borough Cllr", "Borough Councillor",
        "Town Councillor", "Parish Councillor", "City Councillor", "City Cllr", "Ward Councillor", "Ward Cllr",
        "Community Councillor", "Divisional Councillor", "Councilor", "County Councilor", "District and County Councillor",
        "County and District Councillor", "Borough and County Councillor", "Honorary Alderman", "Mayor", "Deputy Mayor", "Metro Mayor",
        "Provost", "Lord Provost", "Depute Provost", "Depute Lord Provost", "Bailie",
        "PC", "PCSO", "DC", "PS", "DS", "Sgt", "Sergeant", "Insp", "Inspector", "DI", "CI", "Cl", "DCI",
        "Chief Inspector", "Supt", "Sup", "Superintendent", "Ch Supt", "C Supt", "Chief Superintendent", "DCS",
        "Det Supt", "Ch Insp", "Chief Supt", "Ch Inspector", "Detective Sergeant", "Det Sgt", "Detective Inspector", "Det Insp",
        "Detective Constable", "Detective Chief Inspector", "Detective Superintendent", "Detective Chief Superintendent", "Station Manager", "Group Manager", "Watch Manager",
        # Fire and rescue services' chief officers ('CFO A Lowe', 'DCFO B Ray', 'ACO C Sim'); not 'DCO', which planning
        # papers print for a Development Consent Order ('DCO Examination').
        "CFO", "DCFO", "ACFO", "DACFO", "ACO", "ACC", "DCC", "Chief Constable", "Assistant Chief Constable", "Deputy Chief Constable",
        "Divisional Commander", "Area Commander", "Local Area Commander", "Group Commander", "Station Commander",
        "Wing Commander", "Squadron Leader", "Group Captain", "Flight Lieutenant", "Lieutenant Colonel", "Lt Col", "Colonel",
        "Brigadier", "Commodore", "Air Commodore",
        *SLASH_RANKS,
    ],
    key=len,
    reverse=True,
)
# A parish's visiting councillors by tier's initials run into the title: 'CCllr A Lowe' (county), 'NDCllr B Ray' (district),
# or by their council's initials before it: 'WDC Cllr B Ray', 'ECC Councillor C Sim', 'E.D.Councillor D Hale'.
_DOTTED_CLLR = r"(?:[A-Z]\.\s?){0,2}[A-Z]\.(?:Councillor|Cllr)"
_TIER_CLLR = rf"(?-i:[A-Z]{{1,3}}Cllr|{_DOTTED_CLLR}|[A-Z]{{1,3}}C(?=[ \t]+(?:Cllr|Councillor)\b))"
# Parish websites print titles in capitals ('COUNCILLOR A LOWE') or lower case ('cllr Lowe'): those of members and of the public.
_CASED_TITLES = ("Councillor", "Cllr", "Mr", "Mrs", "Ms", "Miss", "Dr")
_CAPITAL_TITLES = frozenset(t.upper() for t in _CASED_TITLES)
_HONORIFIC = re.compile(
    r"^(?:(?:" + "|".join(re.escape(h) for h in [*HONORIFICS, *sorted(_CAPITAL_TITLES, key=len, reverse=True), "cllr"]) + rf"|{_TIER_CLLR})\.?\s+)+"
)
# Letters after a name (honours, offices, degrees, 'Esq'): never a word of the name; the one list every reader uses.
POST_NOMINALS = ("OBE", "MBE", "CBE", "KBE", "DBE", "QPM", "KPM", "BEM", "JP", "DL", "KC", "QC", "MP", "MEP", "MSP", "MS", "AM", "PhD", "FRSA", "Esq")
POST_NOMINAL = rf"(?:{'|'.join(sorted(POST_NOMINALS, key=len, reverse=True))})\.?"
# A degree after a name ('B.A. (Hons)', 'BSc', 'LLB').
_DEGREE = r"(?:[BM]\.?\s?(?:A|Sc|Ed|Eng)|LL\.?\s?[BM])\.?(?:\s*\(Hons\.?\))?"
# Post-nominals closing a name ('Ann Lowe MBE JP', 'R D Penn Esq.', 'A. Lowe, B.A. (Hons)': a degree after a comma).
TRAILING_POST_NOMINALS = re.compile(rf"(?:,?\s+{POST_NOMINAL}|,\s*{_DEGREE})+\s*$")
# A degree closing a list entry ('A. Lowe, B.A. (Hons)'): no part of the name as the gold records it, nor a post.
TRAILING_DEGREE = re.compile(rf"(?:,\s*{_DEGREE})+\s*$")
# Lower-case letters of a name include accented ones (Welsh 'Siân', 'Llŷr'; 'Zoë', 'Seán').
_LOWER = "a-zà-öø-ÿŵŷ"
# A Welsh initial is a digraph: 'R.Ll. Hughes', 'C.Rh. Owen' (in capitals 'R.LL.' on a page printed in capitals).
_DIGRAPHS = r"Ch|Dd|Ff|Ll|Rh|Th|CH|DD|FF|LL|RH|TH"
_WELSH_INITIAL = rf"(?:{_DIGRAPHS})\."
_NAME_WORD = (
    rf"(?:[A-ZÀ-ÖØ-Þ][{_LOWER}]*[''’]?[A-Z]?[{_LOWER}]+(?:-[A-Z][{_LOWER}]*[A-Z]?[{_LOWER}]+)*|[A-Z]\.?|{_WELSH_INITIAL}|[A-Z]{{2,3}}(?=\s))"
)
# Scottish minutes print the surname in capitals after the given name: 'Ann J LOWE', 'Ben McTARN'.
CAPITAL_SURNAME = r"(?:Mc|Mac|O['’])?[A-Z]{2,}(?:-[A-Z]{2,})?"
# Some Scottish minutes print the whole name in capitals after its title: 'Councillors ANN LOWE, BEN McTARN'.
# A name in capitals after a title in capitals: 'A LOWE', 'ANN B O'NEILL' (two words at least, so no heading word).
_CAPITALS_AFTER_TITLE = re.compile(rf"^(?:[A-Z]\.?\s+|[A-Z][A-Z'’-]+\s+){{1,3}}{CAPITAL_SURNAME}$")
_CAPITALS_NAME = re.compile(rf"^[A-Z][A-Z'’-]+(?:\s+{CAPITAL_SURNAME}){{1,2}}$")
# Particles printed in lower case inside a surname ('Alastair da Costa', 'Jan van der Berg'): never a name's last word.
_PARTICLE = r"(?:da|de|del|della|der|den|di|dos|du|la|le|van|von|ter|bin|binti|ibn|ap)"
_NAME_SHAPE = re.compile(
    rf"^(?:{_PARTICLE}\s+){{0,2}}{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_WORD}){{0,4}}$"
    rf"|^(?:[A-Z][a-z][\w'’-]*|[A-Z]\.?)(?:\s+{_NAME_WORD}){{0,3}}\s+{CAPITAL_SURNAME}$"
)
# Words that make a capitalised phrase a post, a body or a heading rather than a person (Welsh posts too: 'Swyddog Pwyllgor';
# a post's adjectives: 'Corporate Director'; the minute's verbs printed after a post: 'Councillor A Lowe, Chairman, Presided.').
NOT_NAME_WORDS = frozenset(
    """
    the of and for to in on at with from by an chair chairman chairwoman chairperson vice deputy director head officer
    manager lead leader member members council county borough district city partnership committee board
    panel group team service services police fire commissioner chief executive unit authority office
    agenda minutes item items report apologies present attendance topics meeting meetings summary
    update updates business public press none there were no also other officers substitutes
    town parish assistant secretary treasurer spokesperson invitee substitute representative nhs
    management development planning highways strategic operational solicitor commander administrator
    swyddog swyddogion pennaeth cyfarwyddwr rheolwr cyfreithiwr gweithredwr cadeirydd clerc
    corporate interim presided attended intern trainee
    """.split()
)
# A civic post that is also a surname: a name's word only as its surname after one given name or initial ('Cllr Ann
# Mayor', 'Mr T Mayor'); alone ('Councillor A, Mayor, Councillors B and C' gave 'Councillor Mayor'), first, or after a
# full name ('Cllr Ann Lowe Mayor') it is the post.
_POST_SURNAMES = frozenset({"mayor", "mayoress"})


def _post_surname_misplaced(words: list[str]) -> bool:
    """True when a word of ``words`` (a name's, after its title) is a civic post's other than as the surname of two."""
    return any(word.lower() in _POST_SURNAMES and not (index == 1 == len(words) - 1) for index, word in enumerate(words))
# Initials run into the next word ('D.J.E. Hall', Welsh 'R.Ll.Penn').
_RUN_INITIAL = re.compile(rf"\b([A-Z]|{_DIGRAPHS})\.(?=[A-Z])(?!Councillor|Cllr)")
HONORIFIC_WORDS = "|".join(re.escape(h) for h in HONORIFICS) + f"|{_TIER_CLLR}"
# A dash between a name and its post, spaced both sides or, as some pages print it, on one side only ('Ann Lee -Clerk').
ROLE_DASH = re.compile(r"\s+[-–—]\s+|[ \t]+[-–—](?=[A-Z][a-z])|(?<=[a-z])[-–—][ \t]+(?=[A-Z][a-z])")
# PDF text may glue the plural to the first name ('CouncillorsBriggs, Vickers and Waltham').
# 'Eastshire County Councillors A and B' (or alone before them): the place is no name; so placed, a title may end its entry.
PLURAL_TITLE = re.compile(r"^(?:(?!(?:County|District|Borough|Town|Parish|City|Community)\b)(?P<place>[A-Z][a-z'’-]+)\s+(?=(?:County|District|Borough)\s+(?:Councillors|Cllrs)\b))?(?P<title>(?:(?:County\s+Borough|County|District|Borough|Town|Parish)\s+)?(?:Councillors|Cllrs\.?|C?Clrs\.?)|(?:Y\s+)?Cynghorwyr|Messrs\.?|(?:Honorary\s+)?(?:Aldermen|Freemen)|Trustees(?=\s+[A-Z](?:[a-z]|[A-Z]+\b)))(?::?\s+|(?<=Councillors)(?=[A-Z][a-z])|(?(place)\s*$|(?!)))")
# A group heading in a list ('Councillors', 'BAILIES'): the names under it take its title.
PLURAL_LINE = re.compile(
    r"^\W*(?P<title>(?:(?:County\s+Borough|County|District|Borough|Town)\s+)?(?:Councillors|Cllrs\.?|Bailies))\W*$", re.I
)
# A bullet as lists print in text: '-', '•', Word's 'o' and private-use symbol glyphs, '▪', or '1.'.
BULLET = re.compile(r"^\s*(?:[-•*·▪◦●■➢\uf0a7\uf0b7\uf076\uf0d8]|o(?=\s+[A-Z])|\d+[.)])\s+")
# A bullet between entries of a list flattened onto one line ('Cllr A • Cllr B').
INLINE_BULLET = r"\s+[•▪◦●■\uf0a7\uf0b7]\s+"


def split_honorifics(name: str) -> tuple[str, str]:
    """('Cllr.', 'A. Khan') from 'Cllr. A. Khan'; ('', name) when there is none."""
    match = _HONORIFIC.match(name.strip())
    if not match:
        return "", name.strip()
    return match.group(0).strip(), name.strip()[match.end() :].strip()


def bare_name(name: str) -> str:
    """The name without honorific, rank or post-nominals: 'Cl Lizzie Jones' -> 'Lizzie Jones'."""
    return TRAILING_POST_NOMINALS.sub("", split_honorifics(name)[1]).strip(" ,")


_INNER_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Cllr", "Councillor"})


def looks_like_name(text: str, *, honorific_required: bool = False) -> bool:
    """A person's name: an honorific and a surname, or two to five capitalised words, none a post word.

    Initials may run into the next word ('D.J.E. Hall', 'S.Dale').
    """
    text = _RUN_INITIAL.sub(r"\1. ", " ".join(text.split()))
    honorific, rest = split_honorifics(text)
    rest = TRAILING_POST_NOMINALS.sub("", rest).strip(" ,")
    if honorific.rstrip(".") in _CAPITAL_TITLES:
        capitals = bool(_CAPITALS_AFTER_TITLE.match(rest))
        parts = rest.replace(".", " ").split()
        return capitals and not any(w.lower() in NOT_NAME_WORDS for w in parts) and not _post_surname_misplaced(parts)
    capitals = honorific and (_CAPITALS_NAME.match(rest) or _CAPITALS_AFTER_TITLE.match(rest) or re.fullmatch(CAPITAL_SURNAME, rest) and len(rest) > 2)
    if not rest or not (_NAME_SHAPE.match(rest) or capitals):
        return False
    words = rest.replace(".", " ").split()
    if any(len(word) > 1 and word.lower() in NOT_NAME_WORDS for word in words) or _post_surname_misplaced(words):
        return False
    # A second title inside ('Cllr Ray Mrs G Hay') means two names run together.
    if any(word in _INNER_TITLES for word in words):
        return False
    if honorific:
        return True
    # A particle opens a surname only after a title ('Cllr de Souza'); a bare 'de Souza' is no name.
    return not honorific_required and words[0][:1].isupper() and len(words) >= 2 and any(len(w) > 1 for w in words)


# Words of a newspaper, an advisory post, a designation or a post's last word ('Harbour Engineer', 'Harbour
# Master', 'Senior Planner'): never one of a person's printed names.
# Words of a newspaper, a post, or a venue ('Lomond Suite, Park HQ Eastby' under a minutes' heading): never a person's;
# 'locum' marks a stand-in post ('Locum Clerk (RFO)' names nobody).
_NOT_PERSON_WORDS = frozenset(
    "advertiser gazette herald chronicle courier journal newspaper adviser advisor expert designate engineer master planner "
    "suite hq headquarters personnel locum".split()
)
# A post with its patch after it ('Place Maker South', 'Team Leader North'): an untitled phrase of three or more words
# ending on a compass point, opening on no given name nor initial ('Mary Jane West' stays a name).
_COMPASS_POINTS = frozenset("north south east west".split())
_PARTICLES = frozenset(_PARTICLE.strip("(?:)").split("|"))
_TITLES_ALONE = frozenset(h.lower() for h in HONORIFICS)


# The first words of places' names, never a person's given name.
_PLACE_OPENERS = frozenset("north south east west great little upper lower mid central greater wester easter nether".split())


def printed_name(name: str) -> bool:
    """The one check every attendee's name passes: a person's name as printed, with or without its title.

    False for a title alone, a number, a lower-case word (other than a surname's particle), more than six
    words after the title, a possessive before another word, or a word of a post, a body or a newspaper ('Expert
    Advisor', 'Brechin Advertiser').
    """
    text = " ".join(name.split())
    if not text or re.search(r"\d", text) or text.rstrip(".").lower() in _TITLES_ALONE:
        return False
    # 'Mayor’s Announcements', 'Chair's Report': a possessive before another word names an item, not a person.
    if re.search(r"\w['’]s\s+\S", text):
        return False
    honorific, rest = split_honorifics(text)
    rest = TRAILING_POST_NOMINALS.sub("", rest).strip(" ,")
    words = [w.strip(".,'’") for w in _RUN_INITIAL.sub(r"\1. ", rest).split()]
    words = [w for w in words if w]
    if not words or len(words) > 6 or _post_surname_misplaced(words):
        return False
    # 'West Tarnby', 'Great Fellside': a place's name, cut from a body's ('Borough Council of Eastby and West Tarnby').
    if not honorific and words[0].lower() in _PLACE_OPENERS:
        return False
    if not honorific and len(words) >= 3 and words[-1].lower() in _COMPASS_POINTS and len(words[0]) > 1 and words[0] not in GIVEN_NAMES:
        return False
    for word in words:
        if word[:1].islower() and word not in _PARTICLES:
            return False
        if len(word) > 1 and (word.lower() in NOT_NAME_WORDS or word.lower() in _NOT_PERSON_WORDS):
            return False
    return True


# Posts that end a name run on into its role ('Mr W Grosvenor Clerk to the Council'); 'Jane Clerk' alone is a name.
POSTS_AFTER_NAME = frozenset({"clerk", "chaplain", "admin", "administrator"})
# Posts of the staff, not the members: a name printed with one is in attendance ('Mrs A Lowe (Clerk)', 'B Ray, RFO').
STAFF_POSTS = re.compile(
    r"\b(?:clerk|officer|secretary|manager|director|chief\s+executive|minute\s+taker|solicitor|treasurer|RFO)\b", re.I
)


def name_prefix(text: str) -> str:
    """The longest run of words opening ``text`` that is a name with its honorific, else ''.

    'Councillor J Lowe who was representing the Council' -> 'Councillor J Lowe';
    'Mr W Ray Clerk to the Council' -> 'Mr W Ray'; a second honorific ends the name.
    """
    honorific, rest = split_honorifics(" ".join(text.split()))
    if not honorific:
        return ""
    best, words = "", rest.split(" ")
    for count, word in enumerate(words[:8], start=1):
        if count > 1 and (_HONORIFIC.match(f"{word} X") or word.lower().split("/")[0] in POSTS_AFTER_NAME):
            break
        candidate = f"{honorific} {' '.join(rest.split(' ')[:count])}".rstrip(",;:")
        # A lone capitalised word cut from a longer run ('Councillors APPOINTMENT OF ...') is a heading, not a surname;
        # one ending the text or followed by a word not in capitals ('Cllr KERR', 'Councillor KERR was ...', 'Cllr KERR With ...') is a surname.
        heading = count == 1 and re.fullmatch(CAPITAL_SURNAME, word.rstrip(",;:")) and count < len(words) and re.fullmatch(r"[A-Z][A-Z'’-]*\W*", words[count])
        if looks_like_name(candidate, honorific_required=True) and not heading:
            best = candidate
        elif best:
            break
    return best


def person_key(name: str) -> str:
    """Initials of the given names and the surname, lowercase: 'Councillor Jane Smith' -> 'j smith'."""
    words = bare_name(name).replace(".", " ").split()
    if not words:
        return ""
    *given, surname = words
    initials: list[str] = []
    for word in given:
        letters = list(word) if word.isupper() and len(word) <= 3 else [word[0]]
        initials.extend(letter.lower() for letter in letters)
    return " ".join([*initials, surname.lower()])
