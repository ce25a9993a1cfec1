"""Gaps: coordinated counts before one shared verb take its category even when the first
count's noun is a compound ("police officers") or the second count carries a hedge with an
attached Arabic "and" ("وأكثر من"); and what must not change.

Sentences written for these tests (none taken from the gold sets).
"""

from __future__ import annotations

import pytest

from translate.claims.sentence import sentence_claims


def _cats(text: str, language: str) -> list[tuple[float | None, str]]:
    return [(c.quantity.value, c.category) for c in sentence_claims(text, language)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Officials said 12 police officers and more than 30 protesters were hurt.",
     [(12.0, "wounded"), (30.0, "wounded")]),
    ("en", "Seven border police officers and about 20 villagers were killed overnight.",
     [(7.0, "killed"), (20.0, "killed")]),
    ("en", "Four fire fighters and two residents were missing after the blast.",
     [(4.0, "missing"), (2.0, "missing")]),
    ("nb", "Tolv politifolk og over 30 demonstranter ble skadd lørdag.",
     [(12.0, "wounded"), (30.0, "wounded")]),
    ("da", "Tolv politifolk og over 30 demonstranter blev såret lørdag.",
     [(12.0, "wounded"), (30.0, "wounded")]),
    ("ar", "أصيب 12 شرطيا وأكثر من 30 متظاهرا في المواجهات.",
     [(12.0, "wounded"), (30.0, "wounded")]),
    ("ar", "قتل سبعة جنود ونحو 20 قرويا في الهجوم.",
     [(7.0, "killed"), (20.0, "killed")]),
])
def test_coordinated_counts_share_the_verb(language: str, text: str, expected) -> None:
    assert _cats(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # each count has its own verb: the first keeps its own
    ("en", "Twelve police officers were hurt and 30 protesters were arrested.",
     [(12.0, "wounded"), (30.0, "arrested")]),
    # a count of cases is no casualty: no verb is shared across the second count's noun
    ("en", "Health officials reported 120 cases and 14 deaths on Monday.",
     [(120.0, "people"), (14.0, "killed")]),
    # a modifier and its head with no shared verb stay people
    ("en", "About 400 police officers and 50 volunteers searched the forest.",
     [(400.0, "people"), (50.0, "people")]),
    # an Arabic hedge with an attached "and" after a count of things is no list of persons
    ("ar", "دمرت الغارات 12 منزلا وأكثر من 30 سيارة.",
     [(12.0, "buildings"), (30.0, "vehicles")]),
])
def test_coordination_negatives(language: str, text: str, expected) -> None:
    assert _cats(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # defendants and the accused are people held to answer a charge: the arrested category
    ("en", "Five defendants were acquitted on Monday.", [(5.0, "arrested")]),
    ("en", "Two were released on bail on Friday.", [(2.0, "arrested")]),
    ("da", "Én er løsladt mod kaution.", [(1.0, "arrested")]),
    ("nb", "Én er løslatt mot kausjon.", [(1.0, "arrested")]),
    ("da", "Otte tiltalte nægter sig skyldige.", [(8.0, "arrested")]),
    ("nb", "Åtte tiltalte nekter straffskyld.", [(8.0, "arrested")]),
    ("ar", "مثل خمسة متهمين أمام المحكمة.", [(5.0, "arrested")]),
    ("ar", "أفرج عن ثلاثة أشخاص بكفالة.", [(3.0, "arrested")]),
])
def test_defendants_bail_and_trial_are_arrested(language: str, text: str, expected) -> None:
    assert _cats(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a trial of a vaccine or a drug holds nobody
    ("en", "About 3,000 volunteers took part in the vaccine trial.", [(3000.0, "people")]),
    ("da", "Retten hørte to vidner.", [(2.0, "other")]),
])
def test_trial_and_bail_negatives(language: str, text: str, expected) -> None:
    assert _cats(text, language) == expected
