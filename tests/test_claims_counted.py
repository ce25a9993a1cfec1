"""Counted nouns read through scare quotes, Arabic possessive partitives and Arabic duals
that an adjective agrees with (issue 11). Own sentences only."""

from __future__ import annotations

import pytest

from translate.claims.extract import sentence_claims


def _by_number(text: str, lang: str, number: str):
    hits = [c for c in sentence_claims(text, lang) if number in text[c.start:c.end]]
    assert hits, [text[c.start:c.end] for c in sentence_claims(text, lang)]
    return hits[0]


@pytest.mark.parametrize("text, lang, number, category", [
    ('Police said 40 "foreign fighters" had been killed.', "en", "40", "killed"),
    ('قالت الشرطة إن 40 "مقاتلاً أجنبياً" قتلوا في الهجوم.', "ar", "40", "killed"),
])
def test_noun_in_scare_quotes(text, lang, number, category):
    c = _by_number(text, lang, number)
    assert c.category == category
    assert c.noun is not None


def test_quoted_number_is_unchanged():
    c = _by_number('He said "10 people" is wrong.', "en", "10")
    assert c.noun == "people"


def test_arabic_partitive_with_possessive_suffix():
    c = _by_number("وفقدت الشركة 15 من موظفيها في الحادث.", "ar", "15")
    assert c.quantity.value == 15 and c.category == "people"


def test_arabic_partitive_not_a_time_phrase():
    assert sentence_claims("وقالت الشرطة إن 2500 من أوائل الشهر", "ar") == []


def test_arabic_dual_with_agreeing_adjective():
    c = _by_number("وكان بين القتلى طالبان سويديان في العشرين من العمر.", "ar", "طالبان")
    assert c.quantity.value == 2 and c.category == "killed"
    c = _by_number("وصل طالبان سويديان إلى المدينة.", "ar", "طالبان")
    assert c.category == "people"


@pytest.mark.parametrize("text", [
    "قالت حركة طالبان إن الهجوم فشل.",      # a name, no agreeing adjective
    "زار الوزير لبنان وإيران أمس.",           # place names in -ان
    "التقى الوزير سلمان عثمان أمس.",          # two names in -ان, no nisba adjective
])
def test_arabic_an_ending_without_agreement_is_no_dual(text):
    assert all(c.quantity.value != 2 for c in sentence_claims(text, "ar"))
