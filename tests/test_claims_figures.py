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


def _claims(texts: list[str], lang: str):
    from translate.claims import extract_claims
    from translate.corpus.document import Sentence

    sentences, at = [], 0
    for n, t in enumerate(texts):
        sentences.append(Sentence("d", n, at, at + len(t), t, lang))
        at += len(t) + 1
    return [(c.quote, c.category) for c in extract_claims(sentences, unsupported="skip")]


@pytest.mark.parametrize("texts, lang, quote, category", [
    (["Officials said 60 people were wounded in the blast.",
      "By the evening they had revised that figure to 85."], "en", "85", "wounded"),
    (["Mandag var 210 døde registreret.", "Tirsdag havde tallet nået 240."], "da", "240",
     "killed"),
    (["The state put the number of dead at 1,200, far above the agency's count of 700."],
     "en", "700", "killed"),
])
def test_a_figure_that_names_nothing_counts_what_the_text_counted(texts, lang, quote,
                                                                  category):
    assert (quote, category) in [(q[-len(quote):], c) for q, c in _claims(texts, lang)]


def test_a_bare_figure_without_a_text_before_stays_unread():
    assert sentence_claims("He raised that figure to 85.", "en") == []


@pytest.mark.parametrize("texts, lang, number, category", [
    (["Politiet talte 40 000 demonstranter.", "Fagforeningen oppga 90 000 for byen."],
     "nb", "90 000", "people"),
    (["Organisers counted 2 million marchers.", "Unions claimed 2.4 million nationwide."],
     "en", "2.4 million", "people"),
    (["Omkring 5 millioner mennesker er blevet evakueret.",
      "Heraf bor 300.000 i telte."], "da", "300.000", "displaced"),
    (["Ministeriet opgjorde demonstranterne til 2,3 millioner, heraf 50.000 i Aarhus."],
     "da", "50.000", "people"),
])
def test_an_elliptical_figure_takes_the_count_before(texts, lang, number, category):
    got = [(q, c) for q, c in _claims(texts, lang) if number in q]
    assert got and got[0][1] == category, _claims(texts, lang)


@pytest.mark.parametrize("text, lang, number, category", [
    ("Ministeriet opgjorde demonstranterne til 2,3 millioner.", "da", "2,3", "people"),
    ("Der er 3.000 soldater i landet og ikke 1.500, som ministeriet har sagt.", "da",
     "1.500", "troops"),
    ("Forbundet mener at hele 2,1 millioner gikk i tog.", "nb", "2,1", "people"),
])
def test_bare_figures_read_from_their_clause(text, lang, number, category):
    assert _by_number(text, lang, number).category == category


def test_a_place_after_a_small_bare_figure_is_no_claim():
    assert sentence_claims("Han scoret 3 i Bergen.", "nb") == []


def test_a_participle_after_its_noun_is_no_head():
    c = _by_number("Flyene har angrebet 60 mål tilhørende militsen.", "da", "60")
    assert c.noun == "mål" and c.category == "other"
    assert _by_number("Der var 40 unge studerende.", "da", "40").noun == "studerende"


@pytest.mark.parametrize("text, lang", [
    ("Stormen i 1999 dræbte omkring 9.000 mennesker.", "da"),
    ("Flommen i 1953 drepte over 1 800 mennesker.", "nb"),
])
def test_a_year_before_a_verb_with_its_object(text, lang):
    quantities = parse_quantities(text, lang)
    assert quantities[0].kind == "year"
    assert [c.category for c in sentence_claims(text, lang)] == ["killed"]


@pytest.mark.parametrize("text, lang, number, category", [
    ("About 40,000 people are still living in camps.", "en", "40,000", "displaced"),
    ("Rundt 90 000 bor fortsatt i nødleirer.", "nb", "90 000", "displaced"),
    ("Omkring 12.000 mennesker bor stadig i flygtningelejre.", "da", "12.000", "displaced"),
    ("Guards hold some 3,000 fighters in prisons.", "en", "3,000", "arrested"),
    ("Vaktene holder 3 000 krigere i fengsler.", "nb", "3 000", "arrested"),
])
def test_camps_and_prisons_say_who_is_counted(text, lang, number, category):
    assert _by_number(text, lang, number).category == category


def test_a_fronted_partitive_of_a_counted_group():
    text = "Of the 600 bodies recovered, more than 400 have been returned to families."
    assert _by_number(text, "en", "400").category == "killed"


def test_a_colon_after_a_count_lists_its_members():
    text = "Tre personer er pågrepet: to vakter og en sjåfør."
    assert _by_number(text, "nb", "to vakter").category == "arrested"


def test_an_object_relative_figure_counts_what_the_text_counts():
    texts = ["Regjeringen sier at 5 000 mennesker omkom i flommen.",
             "Det er langt flere enn de 3 000 som myndighetene oppga i fjor."]
    assert ("3 000", "killed") in _claims(texts, "nb")
    assert _by_number("Der var 500 millioner som snakker det.", "da", "500").category == \
        "people"


def test_a_name_with_a_figure_shares_the_count_before():
    text = "The north accounts for 410 of the deaths, followed by Kandahar with 120."
    assert _by_number(text, "en", "120").category == "killed"


def test_an_inverted_toll_keeps_its_counted_noun():
    c = _by_number("Sidste år havde antallet asylansøgere været 300.", "da", "300")
    assert c.category == "people"


def test_a_range_of_number_words_is_no_measured_noun():
    assert [c.category for c in sentence_claims(
        "في هولندا، الرقم من واحد إلى أربعين.", "ar")] in ([], ["other", "other"])


@pytest.mark.parametrize("text, lang, number, category", [
    ("Af de 200 passagerer er kun halvtreds reddet.", "da", "halvtreds", "people"),
    ("وفي ولاية تكساس قتل 40 شخصا، وفي أوهايو 12.", "ar", "12", "killed"),
])
def test_bare_subjects_and_coordinated_places(text, lang, number, category):
    assert _by_number(text, lang, number).category == category


def test_the_remaining_count_is_the_rest_of_the_group():
    texts = ["25 soldater blev såret ved angrebet.", "Mange af dem er fløjet til Tyskland.",
             "De øvrige 17 er vendt tilbage til tjeneste."]
    assert ("17", "wounded") in _claims(texts, "da")


@pytest.mark.parametrize("text", [
    "Omkring 1.500 venter stadig på hjælp.",
    "Skibet sank ud for kysten, hvor 40 sad fast i timevis.",
])
def test_a_count_before_its_verb_stays_a_claim(text):
    assert [c.category for c in sentence_claims(text, "da")] == ["people"]


def test_a_coordinated_place_name_is_no_label():
    text = "In Texas, 40 people were killed, and in Ohio 12."
    assert _by_number(text, "en", "12").category == "killed"
    assert sentence_claims("Hamilton won in Formula 1.", "en") == []
