"""Locale number parsing, hedges and kinds; property tests for parse/format round trips."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translate.claims import format_number, parse_number, parse_quantities

NUMBERS = [
    ("nb", "3.000", 3000.0), ("da", "14.000", 14000.0), ("da", "2,5", 2.5),
    ("en", "3,000", 3000.0), ("ar", "٣٬٠٠٠", 3000.0), ("ar", "٢٫٥", 2.5), ("ar", "2500", 2500.0),
    ("nb", "3 000", 3000.0), ("da", "1.234,5", 1234.5), ("en", "2.5", 2.5),
    ("da", "2.4", 2.4), ("en", "2,200,12", 220012.0), ("da", "2.200.112", 2200112.0),
]


@pytest.mark.parametrize(("lang", "text", "value"), NUMBERS,
                         ids=[f"{n[0]}:{n[1]}" for n in NUMBERS])
def test_parse_number(lang, text, value):
    assert parse_number(text, lang) == value


QUANTITIES = [
    ("nb", "nesten 3.000 ekstra soldater", 3000, 2700, 3000, "approx", "count"),
    ("nb", "opptil 3.500 ekstra soldater", 3500, None, 3500, "at_most", "count"),
    ("nb", "de rundt 700 soldatene", 700, 630, 770, "approx", "count"),
    ("da", "Flere tusinde personer", None, 2000, 9999, "vague", "count"),
    ("ar", "عشرات المركبات المدرعة", None, 20, 99, "vague", "count"),
    ("ar", "أكثر من 30 مركبة", 30, 30, None, "at_least", "count"),
    ("ar", "حوالي 7,000 ين", 7000, 6300, 7700, "approx", "money"),
    ("en", "about 3,000 more troops", 3000, 2700, 3300, "approx", "count"),
    ("en", "dozens of people", None, 24, 99, "vague", "count"),
    ("en", "five people died", 5, 5, 5, "exact", "count"),
    ("en", "a dozen rockets", 12, 12, 12, "exact", "count"),
    ("da", "femogtyve soldater", 25, 25, 25, "exact", "count"),
    ("ar", "خمسة وعشرون جنديا", 25, 25, 25, "exact", "count"),
    ("ar", "سبعة عشر شخصاً", 17, 17, 17, "exact", "count"),
    ("da", "2,5 millioner kroner", 2_500_000, 2_500_000, 2_500_000, "exact", "money"),
    ("en", "50 percent", 50, 50, 50, "exact", "percent"),
    ("en", "in 2016", 2016, 2016, 2016, "exact", "year"),
    ("en", "before January 20", 20, 20, 20, "exact", "date"),
    ("da", "den 3. januar", 3, 3, 3, "exact", "date"),
    ("da", "kl. 14.30 i dag", 150, 150, 150, "exact", "time"),
    ("en", "at 2:30 p.m.", 150, 150, 150, "exact", "time"),
    ("en", "Soleimani, 62, was", 62, 62, 62, "exact", "age"),
    ("nb", "Denne artikkelen er over ett år gammel", 1, 1, 1, "exact", "age"),
    ("da", "kom på 3. plads", 3, 3, 3, "exact", "ordinal"),
    ("en", "the 16th century", 1500, 1500, 1500, "exact", "decade"),
    ("da", "i 1960'erne", 1960, 1960, 1960, "exact", "decade"),
]


@pytest.mark.parametrize(("lang", "text", "value", "low", "high", "hedge", "kind"), QUANTITIES,
                         ids=[f"{q[0]}:{q[1]}" for q in QUANTITIES])
def test_parse_quantities(lang, text, value, low, high, hedge, kind):
    q = parse_quantities(text, lang)[0]
    assert (q.value, q.low, q.high, q.hedge, q.kind) == (value, low, high, hedge, kind)


@pytest.mark.parametrize(("lang", "text"), [
    ("nb", "Fredag skal en av de mektige ledene"), ("en", "one of the most powerful"),
    ("da", "CO2-emissioner"), ("en", "a day"),
], ids=["nb-article", "en-pronoun", "da-identifier", "en-article"])
def test_not_quantities(lang, text):
    assert parse_quantities(text, lang) == []


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80), st.sampled_from(["en", "da", "nb", "ar"]))
def test_parser_never_crashes(text, lang):
    for q in parse_quantities(text, lang):
        assert text[q.start:q.end] == q.text


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.integers(0, 10**12), st.decimals(0, 10**9, places=3).map(float)),
       st.sampled_from(["en", "da", "nb", "ar"]))
def test_format_parse_round_trip(value, lang):
    text = format_number(value, lang)
    assert parse_number(text, lang) == pytest.approx(value, rel=1e-12, abs=1e-9)
    qs = parse_quantities(f"x {text} y", lang)
    assert qs and qs[0].value == pytest.approx(value, rel=1e-12, abs=1e-9)
