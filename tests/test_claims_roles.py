"""Change roles and revisions (issue 11): which verb governs a count, the earlier value of a
revision, and lower bounds stated by a verb ("has passed", "تجاوز"). Own sentences only."""

from __future__ import annotations

import pytest

from translate.claims.extract import sentence_claims


def _claims(text: str, lang: str) -> list[tuple[str, float | None, str, str | None, str | None]]:
    return [(text[c.start:c.end], c.quantity.value, c.quantity.hedge, c.direction, c.role)
            for c in sentence_claims(text, lang)]


def _one(text: str, lang: str, number: str):
    hits = [c for c in sentence_claims(text, lang) if number in text[c.start:c.end]]
    assert hits, f"no claim with {number!r} in {_claims(text, lang)}"
    return hits[0]


# --- a verb of keeping or leaving behind governs its count: a level, not a change -------

@pytest.mark.parametrize("text, lang, number", [
    ("Britain's withdrawal in May left about 900 British soldiers in the region.", "en", "900"),
    ("The pullout kept 400 troops at the base.", "en", "400"),
    ("Tilbagetrækningen efterlod omkring 900 soldater i regionen.", "da", "900"),
    ("Tilbaketrekkingen etterlot rundt 900 soldater i regionen.", "nb", "900"),
    ("وكانت بريطانيا، التي كان لها نحو 900 جندي في البلاد عند إعلان انسحابها، قد غادرت.",
     "ar", "900"),
])
def test_level_verb_governs_count(text, lang, number):
    assert _one(text, lang, number).direction is None


def test_change_verb_still_governs_its_object():
    assert _one("The army will withdraw 3,000 troops from the north.", "en",
                "3,000").direction == "reduce"
    assert _one("Hæren sender 500 soldater til grænsen.", "da", "500").direction == "deploy"


def test_attributive_adjective_is_no_change_verb():
    # "lower" modifies "house": no count is lowered
    for c in sentence_claims("The party won 120 of the 300 seats in the lower house.", "en"):
        assert c.direction is None


def test_pull_is_a_withdrawal_only_with_its_particle():
    assert _one("Divers pulled 12 people from the river.", "en", "12").direction is None
    assert _one("The US will pull out 2,000 troops.", "en", "2,000").direction == "reduce"
    assert _one("Regjeringen vil trekke 200 soldater hjem.", "nb", "200").direction == "reduce"


@pytest.mark.parametrize("text, lang, number", [
    ("More than 50 fires were burning, and the army was sending three planes.", "en", "50"),
    ("Butikken, der har over 40 ansatte, var fyldt, da skuddene faldt.", "da", "40"),
    ("ولا يزال نحو 300 جندي في البلاد، بعد أن سحبت الحكومة معظم قواتها.", "ar", "300"),
    ("The toll has risen to 25, and more than 2,000 homes have burned.", "en", "2,000"),
])
def test_change_word_of_another_clause(text, lang, number):
    assert _one(text, lang, number).direction is None


# --- revisions: the earlier value is ``from`` ------------------------------------------

@pytest.mark.parametrize("text, lang, earlier, later", [
    ("The count of injured soldiers has risen to 45, up from 30 in May.", "en", "30", "45"),
    ("Antallet skadde har steget til 45, opp fra 30.", "nb", "30", "45"),
    ("Antallet sårede er steget til 45, op fra 30.", "da", "30", "45"),
    ("Police lowered the toll to 30, saying the earlier figure of 40 was wrong.", "en",
     "40", "30"),
])
def test_earlier_value_of_a_revision(text, lang, earlier, later):
    a, b = _one(text, lang, earlier), _one(text, lang, later)
    assert a.role == "from"
    assert b.role == "target"
    assert a.category == b.category  # both ends count the same thing


def test_down_from_without_a_change_verb():
    c = _one("Tallet på døde er nå 45, ned fra 50.", "nb", "50")
    assert c.role == "from"


def test_level_reached_without_a_stated_start_has_no_role():
    c = _one("The death toll has risen to 45.", "en", "45")
    assert c.role is None and c.direction == "target"  # a level, never an addition
    c = _one("Dødstallet er steget til 45.", "da", "45")
    assert c.role is None and c.direction == "target"


# --- lower bounds stated by a verb -------------------------------------------------------

@pytest.mark.parametrize("text, lang, value", [
    ("Tallet har passert en halv million.", "nb", 500_000),
    ("Antallet har passeret en halv million.", "da", 500_000),
    ("The number has passed half a million.", "en", 500_000),
    ("تجاوز عدد الوفيات 2000 حالة.", "ar", 2000),
    ("تخطى عدد المصابين الجدد 500 شخص.", "ar", 500),
    ("فاق عدد القتلى 500 شخص.", "ar", 500),
    ("Antallet oversteg 500 i går.", "da", 500),
    ("Tallet passerte 500 i går.", "nb", 500),
    ("Dødstallet passerer 450.", "nb", 450),
    ("Antallet passerer 450.", "da", 450),
    ("The toll exceeds 500.", "en", 500),
])
def test_exceeded_is_a_lower_bound(text, lang, value):
    from translate.claims import parse_quantities

    q = [q for q in parse_quantities(text, lang) if q.value == value][0]
    assert q.hedge == "at_least" and q.low == value and q.high is None


def test_arabic_subject_stays_outside_the_number():
    from translate.claims import parse_quantities

    text = "تجاوز عدد الوفيات 2500."
    q = parse_quantities(text, "ar")[0]
    assert q.hedge_text == "تجاوز"
    assert text[q.start:q.end] == "2500"
    assert _one(text, "ar", "2500").category == "killed"  # the toll word still reads


def test_unrelated_number_after_arabic_number_noun_is_not_hedged():
    from translate.claims import parse_quantities

    assert parse_quantities("قال عدد من المسؤولين 500", "ar")[0].hedge == "exact"


def test_noun_modifier_is_not_what_a_revision_counts():
    text = ("The number of soldiers treated for brain injuries after the rocket attack on the "
            "base has risen to 45, up from 30.")
    assert {c.category for c in sentence_claims(text, "en")} == {"wounded"}


@pytest.mark.parametrize("text, lang", [
    ("About 500 troops are stationed in Chad.", "en"),
    ("Omkring 500 soldater er udstationeret i Irak.", "da"),
    ("Rundt 500 soldater er utstasjonert i Irak.", "nb"),
])
def test_stative_passive_of_stationing_is_a_level(text, lang):
    assert _one(text, lang, "500").direction is None


def test_sent_stays_an_event():
    assert _one("500 soldater er sendt til Irak.", "da", "500").direction == "deploy"


def test_second_predicate_after_and_does_not_govern_the_first_object():
    text = ("The commission has set up more than 9,000 voting stations and will deploy 15 "
            "million staff.")
    assert _one(text, "en", "9,000").direction is None
    assert _one(text, "en", "15 million").direction == "deploy"
    assert _one("Officials said 3,000 troops and jets were sent.", "en",
                "3,000").direction == "deploy"


@pytest.mark.parametrize("text, lang", [
    ("Partiet fordobler sit mandattal fra 52 til 99.", "da"),
    ("Klubben økte medlemstallet fra 52 til 99.", "nb"),
    ("The party raised its tally from 52 to 99.", "en"),
])
def test_change_of_a_named_number_is_a_pair_of_figures(text, lang):
    claims = sentence_claims(text, lang)
    assert [(c.quantity.value, c.role) for c in claims] == [(52, "from"), (99, "target")]


@pytest.mark.parametrize("text", ["Open from 9 to 5 on weekdays.", "The score went from 2 to 3."])
def test_bare_from_to_without_a_number_noun_is_no_figure(text):
    assert sentence_claims(text, "en") == []


@pytest.mark.parametrize("text, direction", [
    ("وتنشر الولايات المتحدة نحو 4000 جندي في سوريا.", None),   # present + in: a presence
    ("ترسل الحكومة 3000 جندي إلى الحدود في الشمال.", "deploy"),  # to: sent
    ("سترسل فرنسا 500 جندي في الأسابيع المقبلة.", "deploy"),     # future: sent
])
def test_arabic_present_deploy_in_a_place_is_a_presence(text, direction):
    assert sentence_claims(text, "ar")[0].direction == direction


@pytest.mark.parametrize("text, lang", [
    ("Three Danes were among the 40 who died.", "en"),
    ("Tre danskere er blandt de 40, der omkom.", "da"),
    ("Tre dansker var blant de 40 som omkom.", "nb"),
])
def test_part_of_a_counted_group(text, lang):
    assert [c.category for c in sentence_claims(text, lang)] == ["killed", "killed"]


@pytest.mark.parametrize("text, lang", [
    ("The dead are a 60-year-old man from Bergen and two 19-year-old Swedes.", "en"),
    ("The victims were three children.", "en"),
    ("Ofrene var tre børn.", "da"),
])
def test_count_in_the_predicate_of_a_group_subject(text, lang):
    assert sentence_claims(text, lang)[-1].category == "killed"


def test_group_subject_with_its_own_verb_is_no_copula():
    assert sentence_claims("The dead came from 35 countries.", "en")[0].category == "other"


def test_part_after_including_and_a_possessive_name():
    text = "The alliance holds 300 seats, including the Labour Party's 240."
    claims = sentence_claims(text, "en")
    assert [(c.quantity.value, c.category, c.source) for c in claims] == [
        (300, "other", "default"), (240, "other", "antecedent")]
