"""Themes of a funded project from an analyst-editable rule file (``warehouse/themes.toml``).

A spaCy PhraseMatcher (lower-case token match) finds each rule term in the project's names and
descriptions. The rule file, not this code, holds the vocabulary; see its header for the scoring.
Reading the file is ``pipeline.derive.load_theme_rules``'s job: this module takes its text.
"""

from __future__ import annotations

import tomllib
import typing
from dataclasses import dataclass
from typing import Iterable

from extractors.readers.nlp import nlp
from schemas.records import Theme

FALLBACK: Theme = "other"
NAME_WEIGHT = 2


@dataclass(frozen=True)
class ThemeRules:
    version: str
    labels: dict[str, str]
    terms: dict[str, tuple[str, ...]]

    @property
    def order(self) -> list[str]:
        return list(self.labels)


@dataclass(frozen=True)
class ThemeMatch:
    theme: str
    label: str
    terms: tuple[str, ...]
    score: int
    is_primary: bool


def read_rules(text: str, source: str) -> ThemeRules:
    """Parse and validate the rule file's text (``source`` names it in errors): every theme key
    must be one of ``schemas.records.Theme``."""
    data = tomllib.loads(text)
    allowed = set(typing.get_args(Theme))
    themes = data.get("themes", {})
    unknown = sorted(set(themes) - allowed)
    if unknown:
        raise ValueError(f"{source}: unknown theme(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")
    if FALLBACK not in themes:
        raise ValueError(f"{source}: the theme '{FALLBACK}' must be listed (it takes projects that match nothing)")
    return ThemeRules(
        version=str(data.get("version", "0")),
        labels={key: str(value.get("label", key)) for key, value in themes.items()},
        terms={key: tuple(str(term) for term in value.get("terms", [])) for key, value in themes.items()},
    )


def _normalise(text: str) -> str:
    return " ".join(text.replace("&", " and ").split())


class ThemeMatcher:
    """Matches the rule terms; build once per load (spaCy tokenises every term)."""

    def __init__(self, rules: ThemeRules) -> None:
        from spacy.matcher import PhraseMatcher

        self.rules = rules
        self._matcher = PhraseMatcher(nlp().vocab, attr="LOWER")
        self._keys: dict[int, tuple[str, str]] = {}
        for theme, terms in rules.terms.items():
            for term in terms:
                key = f"{theme}\x1f{term}"
                self._matcher.add(key, [nlp().make_doc(_normalise(term))])
                self._keys[nlp().vocab.strings[key]] = (theme, term)

    def terms_in(self, text: str) -> list[tuple[str, str]]:
        """(theme, rule term) of every match in ``text``, in text order; of overlapping matches
        only the longest counts ('hateful extremism', not also 'extremism')."""
        from spacy.util import filter_spans

        doc = nlp().make_doc(_normalise(text))
        spans = filter_spans(self._matcher(doc, as_spans=True))
        return [self._keys[span.label] for span in spans]

    def match(self, names: Iterable[str], descriptions: Iterable[str]) -> list[ThemeMatch]:
        """Every matched theme with its terms and score; exactly one is primary ('other' when none
        matched). Ties go to the theme with more matches in the name, then to the file's order."""
        scores: dict[str, int] = {}
        in_name: dict[str, int] = {}
        terms: dict[str, list[str]] = {}
        for weight, texts in ((NAME_WEIGHT, names), (1, descriptions)):
            for text in texts:
                for theme, term in self.terms_in(text):
                    scores[theme] = scores.get(theme, 0) + weight
                    in_name[theme] = in_name.get(theme, 0) + (weight == NAME_WEIGHT)
                    if term not in terms.setdefault(theme, []):
                        terms[theme].append(term)
        if not scores:
            return [ThemeMatch(FALLBACK, self.rules.labels[FALLBACK], (), 0, True)]
        order = self.rules.order
        ranked = sorted(scores, key=lambda theme: (-scores[theme], -in_name[theme], order.index(theme)))
        return [
            ThemeMatch(theme, self.rules.labels[theme], tuple(terms[theme]), scores[theme], index == 0)
            for index, theme in enumerate(ranked)
        ]
