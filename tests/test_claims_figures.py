"""Figures fresh news states that the extractor used to miss: Arabic thousands after a
digit number, negated comparative hedges, bare figures of a stated toll or count. Own
sentences only (not the gold set's)."""

from __future__ import annotations

import pytest

from translate.claims.extract import sentence_claims
from translate.claims.quantities import parse_quantities


def _by_number(text: str, lang: str, number: str, **kw):
    hits = [c for c in sentence_claims(text, lang, **kw) if number in text[c.start:c.end]]
    assert hits, [text[c.start:c.end] for c in sentence_claims(text, lang, **kw)]
    return hits[0]


@pytest.mark.parametrize("text, value", [
    ("فر 40 ألفا من المدينة", 40_000),
    ("وصل 12 مليونا إلى الحدود", 12_000_000),
])
def test_arabic_dual_form_after_digits_is_the_scale(text, value):
    (q,) = parse_quantities(text, "ar")
    assert q.value == value and q.kind == "count"


def test_amounting_to_is_no_age_past_a_lifetime():
    (q,) = parse_quantities("الحصيلة البالغة 240 ألف قتيل", "ar")
    assert q.kind == "count" and q.value == 240_000
    (age,) = parse_quantities("الرجل البالغ 45 عاما", "ar")
    assert age.kind == "age"


@pytest.mark.parametrize("text, lang, hedge", [
    ("قدرت الحصيلة بما لا يزيد على 60 ألفا", "ar", "at_most"),
    ("نجا ما لا يقل عن 30 شخصا", "ar", "at_least"),
    ("not more than 40 people were hurt", "en", "at_most"),
])
def test_negation_turns_a_comparative_hedge(text, lang, hedge):
    (q,) = [q for q in parse_quantities(text, lang) if q.kind == "count"]
    assert q.hedge == hedge
