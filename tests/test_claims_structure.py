"""Claims read from clause structure, not from word lists: tolls of a named thing, a bare
count as the subject of its verb, a count inside "including", partitives with possessives.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from translate.claims.sentence import sentence_claims

CASES = [
    # a toll of a named thing: "the number of X has reached N"
    ("en", "The number of suspected flu cases has reached 12,500.", 12500, "people"),
    ("en", "The number of registered boats has reached 1,250.", 1250, "other"),
    ("da", "Antallet af registrerede flygtninge er steget til 4.000.", 4000, "displaced"),
    ("nb", "Antallet mistenkte influensatilfeller har passert 9000.", 9000, "people"),
    ("nb", "Tallet på asylsøkere steg til 3100.", 3100, "people"),
    # a bare count opening its clause, subject of a plural auxiliary or a past verb
    ("en", "Rescuers said the other 46 are still in hospital.", 46, "wounded"),  # in hospital
    ("da", "Kun 104 overlevede.", 104, "people"),
    ("nb", "Bare 35 overlevde.", 35, "people"),
    ("nb", "Politiet sier at 230 har fått hjelp av familie.", 230, "people"),
    ("da", "Mens 70 blev reddet, fortsatte arbejdet.", 70, "people"),
    # a bare count after "including": part of the count before
    ("en", "Spain keeps 3,100 soldiers abroad, including 650 in Lebanon.", 650, "troops"),
    ("nb", "Over 80 ble arrestert, deriblant 12 i Bergen.", 12, "arrested"),
    # a partitive with a possessive determiner
    ("en", "Officials fear that hundreds of their nationals were aboard.", None, "people"),
    ("da", "Myndighederne frygter, at hundredvis af deres borgere var om bord.", None, "people"),
]


@pytest.mark.parametrize("language,text,value,category", CASES,
                         ids=[f"{c[0]}-{c[1][:24]}" for c in CASES])
def test_structure_reads_the_claim(language: str, text: str, value: float | None,
                                   category: str) -> None:
    claims = [c for c in sentence_claims(text, language) if c.quantity.value == value]
    assert [c.category for c in claims] == [category]


@pytest.mark.parametrize("language,text", [
    ("en", "The number rose to 5."),  # a bare toll word names nothing
    ("nb", "Tallet er 68."),
    ("en", "The bridge is 40 in long."),  # an inch is still a unit after "40"... no claim
    ("da", "Det var 3 år siden."),  # a duration
    ("en", "In 1998, 3 is the answer."),  # no plural verb: not people
], ids=["bare-number", "bare-tallet", "unit", "duration", "singular-verb"])
def test_no_claim(language: str, text: str) -> None:
    assert sentence_claims(text, language) == []


@pytest.mark.parametrize("language,text", [
    ("en", "Each family paid 40 dollars for the tickets."),
    ("da", "Hver passager betalte flere tusinde dollar for turen."),
    ("nb", "Billettene kostet 3000 kroner."),
    ("ar", "دفع كل راكب 3000 دولار للمهربين."),
], ids=["en", "da", "nb", "ar"])
def test_a_currency_from_cldr_is_money_not_a_claim(language: str, text: str) -> None:
    assert sentence_claims(text, language) == []


def test_a_currency_is_a_whole_word() -> None:
    # Norwegian "skip" (ships) ends like the kip of Laos: a currency matches whole words only
    claims = sentence_claims("Marinen sendte 5 skip til Nordsjøen.", "nb")
    assert [c.noun for c in claims] == ["skip"]


def test_an_elided_noun_keeps_the_category_of_the_things_counted() -> None:
    text = "Of the 2,000 crates found, only 34 were opened."
    assert [(c.quantity.value, c.category) for c in sentence_claims(text, "en")] == [
        (2000, "other"), (34, "other")]


@pytest.mark.parametrize("language,text,expected", [
    ("en", "Police freed 12 detainees, 5 women and 3 boys.",
     [(12, "arrested"), (5, "arrested"), (3, "arrested")]),
    ("da", "Politiet løslod 12 anholdte og 5 kvinder.", [(12, "arrested"), (5, "arrested")]),
    ("en", "The injured came from 6 towns and included 4 Swedes and 2 Danes.",
     [(6, "other"), (4, "wounded"), (2, "wounded")]),
    ("da", "De sårede kom fra 6 byer.", [(6, "other")]),
], ids=["en-list", "da-list", "en-shared-subject", "da-group-noun"])
def test_lists_and_shared_subjects(language: str, text: str,
                                   expected: list[tuple[int, str]]) -> None:
    got = [(c.quantity.value, c.category) for c in sentence_claims(text, language)]
    assert got == expected


def test_english_plural_reads_a_singular_lexicon_term() -> None:
    claims = sentence_claims("The bus carried 15 girls.", "en")
    assert [(c.category, c.source) for c in claims] == [("people", "lexicon")]


@pytest.mark.parametrize("text,expected", [
    ("قتل شخصان في الهجوم.", [(2, "killed")]),
    ("أصيب رجلان بجروح طفيفة.", [(2, "wounded")]),
    ("نقل طفلين إلى المستشفى.", [(2, "wounded")]),  # taken to hospital: hurt
    ("اعتقلت الشرطة مواطنين في المدينة.", []),  # "-ين" of a participle: a plural
    ("ما زال السكان عالقين تحت الأنقاض.", []),  # a casualty participle, not a noun
    ("زار الوفد لبنان وفلسطين.", []),  # places in "-ان"/"-ين"
], ids=["nominative", "wounded", "oblique", "participle-plural", "participle-cue", "places"])
def test_arabic_masculine_dual_of_a_listed_noun(text: str,
                                                expected: list[tuple[int, str]]) -> None:
    assert [(c.quantity.value, c.category) for c in sentence_claims(text, "ar")] == expected


@pytest.mark.parametrize("language,text,value,noun", [
    ("en", "Twelve of these boats sank last year.", 12, "boats"),
    ("da", "Tolv af disse både sank sidste år.", 12, "både"),
    ("nb", "12 av disse båtene sank i fjor.", 12, "båtene"),
    ("ar", "غرقت اثنتا عشرة من هذه القوارب العام الماضي.", 12, "القوارب"),
], ids=["en", "da", "nb", "ar"])
def test_a_demonstrative_before_a_noun_is_a_determiner(language: str, text: str, value: int,
                                                       noun: str) -> None:
    claims = sentence_claims(text, language)
    assert [(c.quantity.value, c.noun) for c in claims] == [(value, noun)]


@pytest.mark.parametrize("language,text", [
    ("en", "She scored 31 goals in two seasons."),
    ("en", "Two thirds of the workers are women."),
    ("da", "To tredjedele af arbejderne er kvinder."),
    ("nb", "To tredeler av arbeiderne er kvinner."),
    ("nb", "Hun spilte der i tre sesonger."),
], ids=["goals", "en-fraction", "da-fraction", "nb-fraction", "seasons"])
def test_scores_fractions_and_seasons_are_not_claims(language: str, text: str) -> None:
    assert sentence_claims(text, language) == []


@pytest.mark.parametrize("language,text", [
    ("en", "A couple of thousand volunteers joined."),
    ("da", "Et par tusinde frivillige meldte sig."),
    ("nb", "Et par tusen frivillige meldte seg."),
], ids=["en", "da", "nb"])
def test_a_couple_of_thousand_is_vague(language: str, text: str) -> None:
    (claim,) = sentence_claims(text, language)
    assert (claim.quantity.hedge, claim.quantity.low, claim.quantity.high) == (
        "vague", 2000, 3999)


@pytest.mark.parametrize("language,text,expected", [
    ("en", "The molecule consists of two atoms.", []),
    ("en", "Police seized two rifles at the border.", [2]),
    ("da", "Molekylet består af to atomer.", []),
    ("da", "Politiet fandt to rifler ved grænsen.", [2]),
    ("nb", "Molekylet består av to atomer.", []),
    ("nb", "Politiet fant to rifler ved grensen.", [2]),
    ("ar", "وجدت الشرطة ثلاث بنادق.", [3]),  # Arabic marks no tense: always a report
    ("en", "Russia deploys three warships to the strait.", [3]),  # a change is a report
], ids=["en-description", "en-report", "da-description", "da-report", "nb-description",
        "nb-report", "ar", "en-deploy"])
def test_a_small_count_of_things_in_a_description_is_not_a_figure(
        language: str, text: str, expected: list[int]) -> None:
    assert [c.quantity.value for c in sentence_claims(text, language)] == expected


@pytest.mark.parametrize("language,text,category", [
    ("en", "A landing force of 1,200 men crossed the bay.", "troops"),
    ("da", "En landgangsstyrke på 1.200 mænd krydsede bugten.", "troops"),
    ("nb", "En landgangsstyrke på 1200 menn krysset bukta.", "troops"),
    ("en", "A crowd of 1,200 men gathered.", "people"),  # a group that is no force
], ids=["en", "da", "nb", "crowd"])
def test_a_count_of_men_measuring_a_force_is_troops(language: str, text: str,
                                                    category: str) -> None:
    assert [c.category for c in sentence_claims(text, language)] == [category]


@pytest.mark.parametrize("language,text", [
    ("en", "Health officials confirmed 340 cases in the region."),
    ("da", "Myndighederne bekræftede 340 tilfælde i regionen."),
    ("nb", "Myndighetene bekreftet 340 tilfeller i regionen."),
    ("ar", "أكدت السلطات 340 حالة في المنطقة."),
], ids=["en", "da", "nb", "ar"])
def test_disease_cases_are_people_in_every_language(language: str, text: str) -> None:
    assert [c.category for c in sentence_claims(text, language)] == ["people"]


def test_digits_after_a_century_word_are_the_century() -> None:
    assert sentence_claims("تعود المدينة إلى القرن 17 وتضم أسواقا قديمة.", "ar") == []


@pytest.mark.parametrize("language,text,expected", [
    ("da", "Blandt de sårede var tolv FN-ansatte.", [(12, "wounded")]),
    ("nb", "Hæren skjøt Russland 14 droner ned over havet.", [(14, "rockets")]),
    ("nb", "Hun kjørte Formel 1 i mange år.", []),  # a name: a singular or no noun follows
    ("en", "Of the 90 who were rescued, 40 were children.", [(90, "people"), (40, "people")]),
    ("en", "Four of them, all nurses, were released.", [(4, "people")]),
    ("da", "Seks af dem er fløjet til Oslo.", [(6, "people")]),
], ids=["hyphen-compound", "name-then-plural", "name", "after-comma", "of-them-apposition",
        "of-them-verb"])
def test_compounds_names_and_subjects(language: str, text: str,
                                      expected: list[tuple[int, str]]) -> None:
    assert [(c.quantity.value, c.category) for c in sentence_claims(text, language)] == expected


@pytest.mark.parametrize("language,text", [
    ("en", "The deal freed 40 prisoners."),
    ("da", "Aftalen frigav 40 fanger."),
    ("nb", "Avtalen frigjorde 40 fanger."),
    ("ar", "أفرج الاتفاق عن 40 أسيرا."),
], ids=["en", "da", "nb", "ar"])
def test_prisoners_are_one_category_in_every_lexicon(language: str, text: str) -> None:
    assert [c.category for c in sentence_claims(text, language)] == ["arrested"]
