"""Gaps: direction words of another clause, categories by clause structure, recall.

Sentences written for these tests (none taken from the gold sets).
"""

from __future__ import annotations

import pytest

from translate.claims.sentence import sentence_claims


def _cats(text: str, language: str) -> list[tuple[float | None, str]]:
    return [(c.quantity.value, c.category) for c in sentence_claims(text, language)]


def _dirs(text: str, language: str) -> list[tuple[float | None, str | None]]:
    return [(c.quantity.value, c.direction) for c in sentence_claims(text, language)]


# -- a change noun after a comma with a figure of its own states that change ---------------

@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The ministry registered 2,400 cases and 90 deaths in eight provinces, an "
           "increase of 35% on last year.", [(2400.0, None), (90.0, None), (8.0, None)]),
    ("da", "Myndighederne registrerede 5.000 tilfælde i fire regioner, en forøgelse på 40 "
           "procent i forhold til sidste år.", [(5000.0, None), (4.0, None)]),
    ("ar", "وسجلت الوزارة ٣٠٠٠ إصابة في سبع محافظات، بزيادة ٤٠٪ عن العام الماضي.",
     [(3000.0, None), (7.0, None)]),
])
def test_change_noun_with_its_own_figure(language: str, text: str, expected) -> None:
    assert _dirs(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The army will send 2,000 more soldiers to the border.", [(2000.0, "deploy")]),
    ("en", "The government has raised the number of troops to 4,000, an increase on last "
           "year.", [(4000.0, "target")]),
    ("ar", "وأرسلت الحكومة ٥٠٠ جندي إضافي، في زيادة كبيرة.", [(500.0, "deploy")]),
])
def test_change_words_without_own_figure_still_govern(language: str, text: str,
                                                      expected) -> None:
    assert _dirs(text, language) == expected


# -- vehicles: a listed two-word noun ends at its own head; a listed noun after an ----------
# -- unlisted adjective is the head ---------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Nine tanks and seven armoured personnel carriers reached the camp.",
     [(9.0, "vehicles"), (7.0, "vehicles")]),
    ("en", "The freight train had 30 tank cars and two locomotives.",
     [(30.0, "vehicles"), (2.0, "vehicles")]),
    ("nb", "Øvelsen samlet 2000 soldater med over 600 militære kjøretøy.",
     [(2000.0, "troops"), (600.0, "vehicles")]),
    ("nb", "Godstoget hadde 40 tankvogner og tre lokomotiver.",
     [(40.0, "vehicles"), (3.0, "vehicles")]),
    ("da", "Godstoget bestod af 40 tankvogne og tre lokomotiver.",
     [(40.0, "vehicles"), (3.0, "vehicles")]),
    ("da", "Fem pansrede mandskabsvogne kørte ind i byen.", [(5.0, "vehicles")]),
    ("ar", "ووصلت سبع ناقلات جند مدرعة إلى المعسكر.", [(7.0, "vehicles")]),
])
def test_vehicle_nouns(language: str, text: str, expected) -> None:
    assert _cats(text, language) == expected
