"""Projects merged from their mentions.

Mentions merge when their names share nearly all their words (acronyms such as '(BSL)'
expanded, '&' = 'and', hyphens ignored) and their years agree, unless they are two lines of one list with
different figures (two awards to one recipient, two projects: the one place this is ruled, the list readers keep
every line); a bare recipient ('Tarn Forum') and that recipient's named award
('Tarn Forum – a new fence') with one figure are one award; the merged project keeps
the most precise of close amounts (else the latest; a hedged figure, 'more than £20,000', yields to an exact one
within it, '£20,629') and flags each other figure at its own span (a figure repeated
is no other figure: no flag). A mention without a printed amount
(a heading over a list) only adds facts to a priced project: it is never a project of its own. These rules
are versioned by ``extractors.grants.projects.VERSION`` (no version of their own).
"""

from __future__ import annotations

import re

from extractors.grants.project_status import STATUS_RANK
from extractors.grants.reconcile import judge
from extractors.grants.word_sets import WordSetIndex, same_project
from extractors.readers import money
from schemas.funding import CheckResult, DataQualityRecord, MoneyAmount, ProjectMention, ProjectRecord

_STOPWORDS = frozenset("the a an of in on to for and with by at from".split())


def _acronyms(names: list[str]) -> dict[str, set[str]]:
    """'(BSL)' after 'British Sign Language' -> {'bsl': {'british', 'sign', 'language'}}."""
    found: dict[str, set[str]] = {}
    for name in names:
        for match in re.finditer(r"\(([A-Z]{2,6})\)", name):
            letters = match.group(1).lower()
            words = [w for w in re.findall(r"[A-Za-z]+", name[: match.start()]) if w.lower() not in _STOPWORDS]
            initials = "".join(w[0].lower() for w in words[-len(letters) :])
            if initials == letters:
                found[letters] = {w.lower() for w in words[-len(letters) :]}
            else:
                found.setdefault(letters, set())
        for match in re.finditer(r"\b([A-Z]{2,6})\b\s*\(([^)]+)\)", name):
            words = [w.lower() for w in re.findall(r"[A-Za-z]+", match.group(2)) if w.lower() not in _STOPWORDS]
            if "".join(w[0] for w in words) == match.group(1).lower():
                found[match.group(1).lower()] = set(words)
    return found


def name_words(name: str, acronyms: dict[str, set[str]]) -> frozenset[str]:
    """Comparable words of a name: lower case, stop words dropped, plural 's' dropped, acronyms expanded."""
    words: set[str] = set()
    for word in re.findall(r"[a-z0-9]+", name.lower().replace("&", " and ")):
        if word in _STOPWORDS:
            continue
        if acronyms.get(word):
            words |= {w.rstrip("s") if len(w) > 3 else w for w in acronyms[word]}
        else:
            words.add(word.rstrip("s") if len(word) > 3 else word)
    return frozenset(words)


def merge(mentions: list[ProjectMention]) -> tuple[list[ProjectRecord], list[DataQualityRecord]]:
    """One project per group of similar names (and compatible years); amountless mentions only add facts.

    A mention joins the first group whose first name ``same_project`` accepts; the groups worth
    comparing come from a ``WordSetIndex``, so a list of thousands of projects stays linear."""
    acronyms = _acronyms([m.name for m in mentions])
    ordered = sorted(mentions, key=lambda m: (m.amount_text is None, m.provenance.start))
    words_of = [name_words(mention.name, acronyms) for mention in ordered]
    index = WordSetIndex(words_of)
    groups: list[list[ProjectMention]] = []
    keys: list[frozenset[str]] = []
    # Each group's readable figures by (list, layout): one name in thousands of lists stays linear.
    figures: list[dict[tuple, set]] = []
    # Groups opened by a list line kept apart from a same-named group by its figure: out of the index (a
    # list of thousands of such lines would make every lookup scan them all), found by their exact key.
    apart: dict[tuple, int] = {}
    # Groups opened by a bare recipient ('Tarn Forum') and by a recipient's named award ('Tarn Forum – a new fence'),
    # by (recipient's words, figure): the other form of one award joins them.
    bare: dict[tuple, int] = {}
    by_recipient: dict[tuple, int] = {}
    for mention, words in zip(ordered, words_of):
        blocked = False
        target = None
        for i in index.candidates(words):
            if not same_project(keys[i], words) or not _same_year(groups[i], mention):
                continue
            if _other_line_of_list(figures[i], mention):
                blocked = True
                continue
            target = i
            break
        line_key = (words, mention.list_id, mention.layout, mention.amount)
        if target is None and blocked:
            target = apart.get(line_key)
        recipient = name_words(mention.recipient, acronyms) if mention.recipient else words
        if target is None and not blocked and mention.amount is not None:
            # 'Tarn Forum' (a list line) and 'Tarn Forum – a new fence' (its decision), one figure: one award
            target = bare.get((recipient, mention.amount)) if recipient != words else by_recipient.get((words, mention.amount))
        if target is None:
            if mention.amount_text is None:
                continue
            if blocked:
                apart[line_key] = len(groups)
            else:
                index.add(len(groups), words)
            groups.append([mention])
            keys.append(words)
            figures.append({})
            if mention.amount is not None:
                (bare if recipient == words else by_recipient).setdefault(
                    (words if recipient == words else recipient, mention.amount), len(groups) - 1
                )
        else:
            groups[target].append(mention)
        if mention.list_id is not None and mention.amount is not None:
            joined = len(groups) - 1 if target is None else target
            figures[joined].setdefault((mention.list_id, mention.layout), set()).add(mention.amount)
    projects, flags = [], []
    for group in groups:
        group.sort(key=lambda m: m.provenance.start)
        record, flag = _merged(group)
        projects.append(record)
        flags.extend(flag)
    projects.sort(key=lambda p: p.mentions[0].provenance.start)
    return projects, flags


def _same_year(group: list[ProjectMention], mention: ProjectMention) -> bool:
    first = group[0].financial_year
    return mention.financial_year is None or first is None or first == mention.financial_year


def _other_line_of_list(figures: dict[tuple, set], mention: ProjectMention) -> bool:
    """``mention`` and a member of a group (its readable ``figures`` by list and layout) are two lines of one list with
    different figures: one recipient given two awards ('Primary Bid: X - £N ... Secondary Bid: X - £M'), never one
    project restated."""
    if mention.list_id is None or mention.amount is None:
        return False
    return any(amount != mention.amount for amount in figures.get((mention.list_id, mention.layout), ()))


def _merged(group: list[ProjectMention]) -> tuple[ProjectRecord, list[DataQualityRecord]]:
    priced = [m for m in group if m.amount_text is not None] or group
    readable = [m for m in priced if m.amount is not None]
    flags = []
    chosen = priced[0]
    if readable:
        hedges = {id(m): hedge for m in readable if (hedge := _hedged(m)) is not None}
        exact = [m.amount for m in readable if id(m) not in hedges]
        # 'has received more than £20,000' yields to the '£20,629' of the project's list line it is consistent with
        within = {i for i, hedge in hedges.items() if any(judge(hedge, amount) == "within_approximation" for amount in exact)}
        latest = [m for m in readable if id(m) not in within][-1]
        close = [m for m in readable if abs(m.amount - latest.amount) < 1 and id(m) not in within]
        chosen = max(close, key=lambda m: (len(str(m.amount).split(".")[-1]) if "." in str(m.amount) else 0, m.provenance.start))
        for other in (m for m in readable if m.amount != chosen.amount):
            flags.append(_figure_not_kept(other, chosen, "within_approximation" if id(other) in within else None))
    statuses = [m for m in group if m.status is not None]
    status = max(statuses, key=lambda m: STATUS_RANK[m.status]).status if statuses else "proposed"
    return (
        ProjectRecord(
            name=priced[0].name,
            amount=chosen.amount,
            amount_text=chosen.amount_text,
            financial_year=next((m.financial_year for m in group if m.financial_year), None),
            pot=next((m.pot for m in priced if m.pot), None) or next((m.pot for m in group if m.pot), None),
            status=status,
            recipient=next((m.recipient for m in group if m.recipient), None),
            provenance=chosen.provenance,
            mentions=group,
        ),
        flags,
    )


def _hedged(mention: ProjectMention) -> MoneyAmount | None:
    """The mention's figure with the hedge printed before it ('more than £20,000'), or None when it has none."""
    found = [amount for amount in money.find_amounts(mention.provenance.text) if amount.text == mention.amount_text]
    return found[-1] if found and found[-1].qualifier is not None else None


def _figure_not_kept(other: ProjectMention, chosen: ProjectMention, result: CheckResult | None) -> DataQualityRecord:
    """The flag of a figure a merged project does not keep: that figure as printed, at its own span."""
    gap = other.amount - chosen.amount
    return DataQualityRecord(
        check="amounts_differ_between_mentions",
        result=result or ("rounding" if abs(gap) < 1 else "mismatch"),
        financial_year=chosen.financial_year,
        stated=other.amount,
        stated_text=other.amount_text,
        computed=chosen.amount,
        difference=gap,
        detail=f"'{chosen.name}' is {other.amount_text} here and {chosen.amount_text} at offset "
        f"{chosen.provenance.start}, the {'exact' if result else 'more precise' if abs(gap) < 1 else 'later'} figure, which is kept",
        provenance=other.provenance,
    )
