"""Themes from the analyst-editable rule file: a PhraseMatcher over names and descriptions."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.grants.themes import ThemeMatcher
from pipeline.derive import default_themes_path, load_theme_rules


@pytest.fixture(scope="module")
def matcher() -> ThemeMatcher:
    return ThemeMatcher(load_theme_rules())


def test_the_shipped_rules_cover_every_priority_and_are_versioned():
    rules = load_theme_rules(default_themes_path())
    assert rules.version
    assert set(rules.labels) == {
        "violence_against_women_and_girls", "domestic_abuse", "extremism_and_hate", "asb_and_neighbourhood_crime",
        "fraud_and_scams", "safeguarding", "substance_misuse", "road_safety", "serious_violence", "other",
    }
    assert all(rules.terms[theme] for theme in rules.labels if theme != "other")


@pytest.mark.parametrize(
    "name, theme",
    [
        ("Violence Against Women & Girls Support Champions", "violence_against_women_and_girls"),
        ("Kent Community Domestic Abuse Champions – Branding & Resources", "domestic_abuse"),
        ("Countering the Extreme Right-Wing Training", "extremism_and_hate"),
        ("Teacher in Your Pocket (TEPO) – Scams Module", "fraud_and_scams"),
        ("Local Vape Action Retailer Packs", "substance_misuse"),
        ("Knife Crime Awareness Sessions", "serious_violence"),
        ("E-scooter Safety Campaign", "road_safety"),
        ("Community Safety Conference", "other"),
    ],
)
def test_names_map_to_their_priority(matcher: ThemeMatcher, name: str, theme: str):
    primary = [m for m in matcher.match([name], []) if m.is_primary]
    assert len(primary) == 1 and primary[0].theme == theme
    assert bool(primary[0].terms) == (theme != "other")


def test_the_name_outweighs_the_description_and_overlaps_count_once(matcher: ThemeMatcher):
    matches = matcher.match(["Hateful Extremism CPD Event"], ["Training on drugs and alcohol."])
    assert [(m.theme, m.is_primary) for m in matches] == [("extremism_and_hate", True), ("substance_misuse", False)]
    assert matches[0].terms == ("hateful extremism",)
    assert matches[1].terms == ("drugs", "alcohol")


def test_analysts_edit_the_rule_file(tmp_path: Path):
    rules = tmp_path / "themes.toml"
    rules.write_text(default_themes_path().read_text().replace('"fraud", "scam",', '"fraud", "scam", "community safety conference",'))
    edited = ThemeMatcher(load_theme_rules(rules))
    assert edited.match(["Community Safety Conference"], [])[0].theme == "fraud_and_scams"
    rules.write_text('version = "x"\n[themes.parking]\nterms = ["car"]\n[themes.other]\nterms = []\n')
    with pytest.raises(ValueError, match="unknown theme"):
        load_theme_rules(rules)
