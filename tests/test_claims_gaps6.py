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


# -- a verb after a long apposition naming members of the count ----------------------------

@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Three people, among them a guard and the woman who stabbed him, died on Monday "
           "after the attack.", [(3.0, "killed")]),
    ("da", "Fem personer, blandt dem en betjent og den mand der skød ham, døde søndag.",
     [(5.0, "killed")]),
    ("nb", "Seks personer, blant dem en vekter og kvinnen som knivstakk ham, døde mandag.",
     [(6.0, "killed")]),
])
def test_verb_after_long_part_apposition(language: str, text: str, expected) -> None:
    assert _cats(text, language)[:1] == expected


# -- relatives of the dead: the casualty word says whose relatives, not what happened ------

@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Dozens of survivors and relatives of the dead joined the lawsuit.",
     [(None, "people")]),
    ("en", "About 300 families of the victims attended the service.", [(300.0, "people")]),
    ("da", "Omkring 200 pårørende til de dræbte deltog i mindehøjtideligheden.",
     [(200.0, "people")]),
    ("nb", "Rundt 200 pårørende til de drepte deltok i minnestunden.", [(200.0, "people")]),
    ("en", "Four of the wounded died overnight.", [(4.0, "killed")]),
])
def test_relatives_of_the_dead(language: str, text: str, expected) -> None:
    assert _cats(text, language) == expected


# -- a dot after a full month name ends a sentence: the number after it is no day ----------

@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "Two bodies were recovered in March. One more was found on Friday.", 1.0),
    ("en", "Two bodies were recovered in March. 12 more were found on Friday.", 12.0),
    ("da", "To lig blev fundet i marts. Yderligere tre blev fundet fredag.", 3.0),
    ("nb", "To lik ble funnet i mars. Ytterligere tre ble funnet fredag.", 3.0),
])
def test_number_after_month_and_full_stop(language: str, text: str, value: float) -> None:
    assert value in [v for v, _ in _cats(text, language)]


def test_abbreviated_month_still_dates() -> None:
    assert [v for v, _ in _cats("The attack came on Jan. 8 when 30 people were killed.",
                                "en")] == [30.0]
