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


def test_model_number_is_no_count_and_its_part_is():
    claims = sentence_claims("All 212 of Airbus's 320 Neo planes remain grounded.", "en")
    assert [c.quantity.value for c in claims] == [212]


@pytest.mark.parametrize("text, number", [
    ("The ministry sent 3,000 Marines to the coast.", "3,000"),
    ("Officials said 12 Britons died.", "12"),
    ("Iran's 80 Revolutionary Guards were killed.", "80"),
])
def test_count_before_a_capitalised_plural_stays(text, number):
    _by_number(text, "en", number)


def test_partitive_over_a_possessive_name():
    c = _by_number("All 40 of Norway's ships were sunk.", "en", "40")
    assert c.noun == "ships"


def test_plural_noun_is_not_a_deploy_verb():
    c = _by_number("It has set up more than one million voting stations.", "en", "million")
    assert c.noun == "stations" and c.direction is None
    assert _by_number("About 500 troops were stationed in Chad in May.", "en",
                      "500").direction == "deploy"


@pytest.mark.parametrize("text, value", [
    ("بحلول الحادي والثلاثين من الشهر المقبل.", 31),
    ("في الخامس والعشرين من الشهر", 25),
    ("كان الجريح في السابعة عشرة من العمر.", 17),
])
def test_arabic_compound_ordinal_is_one_ordinal(text, value):
    from translate.claims import parse_quantities

    qs = parse_quantities(text, "ar")
    assert [(q.value, q.kind) for q in qs] == [(value, "ordinal")]
    assert sentence_claims(text, "ar") == []


def test_arabic_cardinal_compound_stays_a_count():
    c = _by_number("وصل خمسة وثلاثون جنديا إلى القاعدة.", "ar", "خمسة")
    assert c.quantity.value == 35


@pytest.mark.parametrize("text, lang, quote", [
    ("Police arrested two 17-year-old boys.", "en", "two 17-year-old boys"),
    ("Politiet anholdt to 17-årige drenge.", "da", "to 17-årige drenge"),
    ("Politiet pågrep tre 20 år gamle menn.", "nb", "tre 20 år gamle menn"),
])
def test_age_modifier_between_count_and_noun(text, lang, quote):
    claims = sentence_claims(text, lang)
    assert [text[c.start:c.end] for c in claims] == [quote]
    assert claims[0].category == "arrested"


@pytest.mark.parametrize("text, lang", [
    ("Ten hostages and 14 crew were freed.", "en"),
    ("Ti gidsler og 14 besætningsmedlemmer blev løsladt.", "da"),
    ("Ti gisler og 14 besetningsmedlemmer ble løslatt.", "nb"),
    ("أفرج عن عشرة رهائن و14 عضوا في الطاقم.", "ar"),
])
def test_hostages_and_crew_members_are_people_in_every_language(text, lang):
    assert [c.category for c in sentence_claims(text, lang)] == ["people", "people"]


def test_coordinated_modifiers_share_the_head_noun():
    text = "Some 200 navy and coast guard divers joined the search."
    c = _by_number(text, "en", "200")
    assert c.noun == "divers" and c.category == "people"


@pytest.mark.parametrize("text, quotes", [
    ("They sent 12 ships and 3 planes.", ["12 ships", "3 planes"]),
    ("Police held 12 rioters and looters.", ["12 rioters"]),
])
def test_two_phrases_joined_by_and_stay_apart(text, quotes):
    assert [text[c.start:c.end] for c in sentence_claims(text, "en")] == quotes


@pytest.mark.parametrize("text, lang", [
    ("A boat with 300 aboard capsized.", "en"),
    ("A plane with 120 on board crashed.", "en"),
    ("En båt med 300 om bord kantret.", "nb"),
    ("En båd med 300 om bord kæntrede.", "da"),
])
def test_bare_count_aboard_is_people(text, lang):
    claims = sentence_claims(text, lang)
    assert len(claims) == 1 and claims[0].category == "people"


@pytest.mark.parametrize("text, lang", [
    ("Antallet om bord er justert opp til 400.", "nb"),
    ("The number on board was revised to 400.", "en"),
])
def test_toll_of_those_on_board_counts_people(text, lang):
    assert [(c.quantity.value, c.category) for c in sentence_claims(text, lang)] == [
        (400, "people")]


def test_arabic_singular_after_a_large_number_is_the_listed_plural_noun():
    # numbers above ten count a singular noun: "حاج" is the singular of the listed "حجاج"
    c = _by_number("وصل نحو مليوني حاج إلى مكة.", "ar", "مليوني")
    assert c.category == "people"


def test_second_age_of_a_list_is_an_age():
    from translate.claims import parse_quantities

    text = "The injured are two women, aged 19 and 40, and two men."
    assert [(q.text, q.kind) for q in parse_quantities(text, "en")] == [
        ("two", "count"), ("19", "age"), ("40", "age"), ("two", "count")]
    text = "Two boys aged 12 and 30 adults died."
    assert [q.kind for q in parse_quantities(text, "en")] == ["count", "age", "count"]
