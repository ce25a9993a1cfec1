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


KINDS = [
    # group separators: thin, narrow and figure space, apostrophe, Arabic marks
    ("en", "3\u2009000 people", 3000, 3000, 3000, "exact", "count"),
    ("da", "3\u202f000 personer", 3000, 3000, 3000, "exact", "count"),
    ("nb", "12\u2007500 personer", 12500, 12500, 12500, "exact", "count"),
    ("en", "3'000 people", 3000, 3000, 3000, "exact", "count"),
    ("ar", "3،000 شخص", 3000, 3000, 3000, "exact", "count"),
    ("ar", "٣٬٠٠٠ شخص", 3000, 3000, 3000, "exact", "count"),
    # digits with scale words, singular scales, trillion
    ("en", "3 hundred and 21 people", 321, 321, 321, "exact", "count"),
    ("da", "1,5 millioner indbyggere", 1.5e6, 1.5e6, 1.5e6, "exact", "count"),
    ("ar", "مليون ونصف لاجئ", 1.5e6, 1.5e6, 1.5e6, "exact", "count"),
    ("ar", "مليون شخص", 1e6, 1e6, 1e6, "exact", "count"),
    ("en", "three trillion", 3e12, 3e12, 3e12, "exact", "count"),
    ("da", "tre billioner", 3e12, 3e12, 3e12, "exact", "count"),
    ("ar", "تريليون", 1e12, 1e12, 1e12, "exact", "count"),
    # number words
    ("nb", "tjueen soldater", 21, 21, 21, "exact", "count"),
    ("nb", "trettito", 32, 32, 32, "exact", "count"),
    ("nb", "ett hundre og en", 101, 101, 101, "exact", "count"),
    ("nb", "to tusen tre hundre", 2300, 2300, 2300, "exact", "count"),
    ("da", "halvtredsindstyve", 50, 50, 50, "exact", "count"),
    ("da", "tres soldater", 60, 60, 60, "exact", "count"),
    ("da", "et hundrede og tyve", 120, 120, 120, "exact", "count"),
    ("da", "tusinde soldater", 1000, 1000, 1000, "exact", "count"),
    ("ar", "ثلاثين ألفاً", 30000, 30000, 30000, "exact", "count"),
    ("ar", "ألف ومائة", 1100, 1100, 1100, "exact", "count"),
    ("ar", "ألفين", 2000, 2000, 2000, "exact", "count"),
    ("ar", "مئتين", 200, 200, 200, "exact", "count"),
    ("ar", "خمسة وستون", 65, 65, 65, "exact", "count"),
    ("ar", "ستون قتيلاً", 60, 60, 60, "exact", "count"),
    ("en", "four dozen bases", 48, 48, 48, "exact", "count"),
    ("en", "half a million people", 5e5, 5e5, 5e5, "exact", "count"),
    ("ar", "ربع مليون لاجئ", 2.5e5, 2.5e5, 2.5e5, "exact", "count"),
    ("nb", "en halv million", 5e5, 5e5, 5e5, "exact", "count"),
    ("en", "10 000 people", 10000, 10000, 10000, "exact", "count"),
    ("ar", "في عام ألفين وعشرين", 2020, 2020, 2020, "exact", "year"),
    # decades are not counts; percent in words is a percent
    ("nb", "på 60-tallet", 1960, 1960, 1960, "exact", "decade"),
    ("nb", "et 1600-tallets kloster", 1600, 1600, 1600, "exact", "decade"),
    ("en", "in their twenties", 1920, 1920, 1920, "exact", "decade"),
    ("ar", "في العشرينيات", 1920, 1920, 1920, "exact", "decade"),
    ("ar", "ثلاثينيات القرن التاسع عشر", 1830, 1830, 1830, "exact", "decade"),
    ("da", "fem procent", 5, 5, 5, "exact", "percent"),
    ("en", "five percent", 5, 5, 5, "exact", "percent"),
    ("ar", "خمسة في المئة", 5, 5, 5, "exact", "percent"),
    # hedges: negated, post-posed, tanween-marked
    ("da", "ikke under 5.000 mennesker", 5000, 5000, None, "at_least", "count"),
    ("da", "ikke færre end 300", 300, 300, None, "at_least", "count"),
    ("nb", "i hvert fall 20 personer", 20, 20, None, "at_least", "count"),
    ("da", "så mange som 300", 300, None, 300, "at_most", "count"),
    ("nb", "opptil 40", 40, None, 40, "at_most", "count"),
    ("ar", "49 قتيلا على الأقل", 49, 49, None, "at_least", "count"),
    ("ar", "300 شخص تقريباً", 300, 270, 330, "approx", "count"),
    ("ar", "قرابة 300", 300, 270, 300, "approx", "count"),  # nearly
    ("en", "no fewer than 50", 50, 50, None, "at_least", "count"),
    ("en", "about US$2.3 billion", 2.3e9, 2.07e9, 2.53e9, "approx", "money"),
    # dates and clock times
    ("en", "the Jan. 8 attacks", 8, 8, 8, "exact", "date"),
    ("en", "(0230 UTC)", 150, 150, 150, "exact", "time"),
    ("ar", "الساعة الخامسة صباحاً", 300, 300, 300, "exact", "time"),
]


@pytest.mark.parametrize(("lang", "text", "value", "low", "high", "hedge", "kind"), KINDS,
                         ids=[f"{q[0]}:{q[1]}" for q in KINDS])
def test_kinds_of_numbers(lang, text, value, low, high, hedge, kind):
    qs = parse_quantities(text, lang)
    assert len(qs) == 1, qs
    q = qs[0]
    assert (q.value, q.hedge, q.kind) == (pytest.approx(value), hedge, kind)
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "the H5N1 virus"), ("en", "F-16 jets"), ("en", "COVID-19 cases"),
    ("ar", "بسبب كوفيد-19"), ("en", "the p109 protein"), ("en", "test scores rose"),
    ("da", "tyve brød ind i huset"), ("ar", "قال أوليفر ستون"), ("ar", "على قناة ألفا تي في"),
    ("ar", "أحد الجنود"), ("en", "Weston said"), ("ar", "قال ويستون"),
    ("nb", "under krigen"), ("en", "over the weekend"),
])
def test_not_numbers(lang, text):
    assert parse_quantities(text, lang) == []


def test_range_shares_the_scale_word():
    qs = parse_quantities("2–3 millioner år", "nb")
    assert [q.value for q in qs] == [2e6, 3e6]
    qs = parse_quantities("بين مليوني وثلاثة ملايين", "ar")
    assert [q.value for q in qs] == [2e6, 3e6]


def test_long_unpunctuated_paragraph_is_read_whole():
    words = ("omkring tre hundrede og femogtyve soldater og 2 000 civile blev sendt til byen "
             "hvor mindst tyve mennesker døde og over 40 blev såret ").split()
    reps = 6000 // len(words) + 1
    qs = parse_quantities(" ".join(words * reps), "da")
    assert len(qs) == 4 * reps
    assert {q.value for q in qs} == {325, 2000, 20, 40}
