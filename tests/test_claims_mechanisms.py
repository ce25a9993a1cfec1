"""Category mechanisms of claims: where a count of people is, what its clause says.

Sentences written for these tests (none taken from the gold sets).
"""

from __future__ import annotations

import pytest

from translate.claims.sentence import sentence_claims


def _cats(text: str, language: str) -> list[tuple[float | None, str]]:
    return [(c.quantity.value, c.category) for c in sentence_claims(text, language)]


# -- people in (or brought to) hospital are hurt --------------------------------------

@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Thirty-one passengers remain in hospital after the derailment.",
     [(31.0, "wounded")]),
    ("en", "About 40 were taken to hospital with burns, 6 of them in a serious condition.",
     [(40.0, "wounded"), (6.0, "wounded")]),
    ("nb", "Rundt 60 personer ligger fortsatt på sykehus etter brannen.", [(60.0, "wounded")]),
    ("da", "Omkring 45 mennesker ligger stadig på hospitalet efter ulykken.",
     [(45.0, "wounded")]),
    ("da", "Tre er indbragt til et lokalt sygehus.", [(3.0, "wounded")]),
    ("ar", "وما زال ٤٠ شخصا يرقدون في المستشفى بعد الحادث.", [(40.0, "wounded")]),
])
def test_people_in_hospital_are_wounded(language: str, text: str, expected) -> None:
    assert _cats(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a hospital that is only where people stood, or a count of hospitals
    ("nb", "Flere hundre mennesker samlet seg utenfor sykehuset i går kveld.",
     [(None, "people")]),
    ("en", "About 200 protesters gathered outside the hospital on Sunday.",
     [(200.0, "people")]),
])
def test_hospital_as_a_mere_place(language: str, text: str, expected) -> None:
    assert _cats(text, language) == expected


# -- a count after a preposition of place says where, not who -----------------------

@pytest.mark.parametrize(("language", "text", "expected"), [
    ("da", "Ni mennesker er indlagt på seks hospitaler, fire af dem på intensiv.",
     [(9.0, "wounded"), (6.0, "other"), (4.0, "wounded")]),
    ("nb", "Over 50 mennesker har omkommet i fire fylker.", [(50.0, "killed"), (4.0, "other")]),
    ("en", "Eleven people were injured in three villages.",
     [(11.0, "wounded"), (3.0, "other")]),
])
def test_count_of_places_keeps_its_category(language: str, text: str, expected) -> None:
    assert _cats(text, language) == expected


# -- a denied casualty word labels no count ---------------------------------------------

@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The clinic has recorded 300 cases of the fever, but no deaths so far.",
     [(300.0, "people")]),
    ("en", "Officials counted 70 cases in the district without any deaths.",
     [(70.0, "people")]),
    ("nb", "Kommunen har registrert 45 tilfeller, men ingen døde.", [(45.0, "people")]),
    ("da", "Regionen har registreret 45 tilfælde, men ingen dødsfald.", [(45.0, "people")]),
])
def test_denied_casualty_word_is_no_cue(language: str, text: str, expected) -> None:
    assert _cats(text, language) == expected


# -- the object of a coordinated clause counts what the first clause's object counts ---

@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The north has reported 240 cases, and the south has confirmed 35.",
     [(240.0, "people"), (35.0, "people")]),
    ("en", "The army has deployed 900 soldiers, and the navy has sent 150.",
     [(900.0, "troops"), (150.0, "troops")]),
    ("nb", "Nord har meldt om 240 tilfeller, og sør har bekreftet 35.",
     [(240.0, "people"), (35.0, "people")]),
])
def test_parallel_object(language: str, text: str, expected) -> None:
    assert _cats(text, language) == expected


# -- Arabic "إصابة": infection in an outbreak, injury elsewhere ----------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("سجلت السلطات ٣٥٠ إصابة جديدة بالحصبة خلال أسبوع.", [(350.0, "people")]),
    ("ارتفع عدد الإصابات بفيروس كورونا في المدينة إلى ١٢٠٠ إصابة.", [(1200.0, "people")]),
    ("أعلنت الوزارة تسجيل ٤٠ إصابة و٣ وفيات بسبب تفشي الكوليرا.",
     [(40.0, "people"), (3.0, "killed")]),
    # no outbreak in the sentence: injuries
    ("أسفر الانفجار عن ٤٠ إصابة بين العمال.", [(40.0, "wounded")]),
    ("أصيب ١٢ شخصا في الهجوم.", [(12.0, "wounded")]),
])
def test_arabic_infection_in_an_outbreak(text: str, expected) -> None:
    assert _cats(text, "ar") == expected


# -- a toll before a noun of people counts them ------------------------------------------

@pytest.mark.parametrize(("language", "text", "expected"), [
    ("da", "Dødstallet er nu steget til 48 mennesker.", [(48.0, "killed")]),
    ("nb", "Dødstallet har passert 120 personer.", [(120.0, "killed")]),
    ("ar", "ارتفعت حصيلة الفيضانات إلى ٧٥ شخصا.", [(75.0, "killed")]),
    ("ar", "وصل عدد ضحايا الانهيار إلى ما لا يقل عن ٣٠ عاملا.", [(30.0, "killed")]),
    # a toll with its own figure before: the next count is not the toll's
    ("nb", "Dødstallet har steget til 14, og 60 personer er evakuert.",
     [(14.0, "killed"), (60.0, "displaced")]),
    ("da", "Dødstallet er 14, og 60 mennesker venter ved grænsen.",
     [(14.0, "killed"), (60.0, "people")]),
])
def test_toll_before_a_people_noun(language: str, text: str, expected) -> None:
    assert _cats(text, language) == expected


def test_arabic_toll_phrase_is_head_first() -> None:
    # "the number of British soldiers": the soldiers decide, not the adjective after them
    assert _cats("وبلغ عدد الجنود الفرنسيين في البلاد نحو خمسة آلاف.", "ar") == [
        (5000.0, "troops")]


# -- one predicate names a figure ---------------------------------------------------------

@pytest.mark.parametrize(("word", "language", "expected"), [
    ("tallet", "nb", True), ("tallene", "da", True), ("dødstallene", "nb", True),
    ("antallet", "da", True), ("mandattal", "da", True), ("medlemstall", "nb", True),
    ("hospital", "da", False), ("militærhospital", "da", False), ("kapital", "nb", False),
    ("toll", "en", True), ("hospital", "en", False),
    ("الحصيله", "ar", True), ("والعدد", "ar", True), ("مستشفي", "ar", False),
])
def test_is_figure_noun(word: str, language: str, expected: bool) -> None:
    from translate.claims.changes import figure_noun_before, is_figure_noun
    from translate.claims.tokens import Token

    assert is_figure_noun(word, language) is expected
    tokens = [Token("word", word, 0, len(word), word), Token("num", "5", 0, 1, "5")]
    assert figure_noun_before(tokens, 1, language) is expected


# -- Arabic verbs of dying in any person, and "the deceased" ----------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("وأعلنت الوزارة أن ١٢ عاملا توفوا في الحريق.", [(12.0, "killed")]),
    ("وقال المستشفى إن خمسة من المرضى ماتوا أو توفيت حالتهم.", [(5.0, "killed")]),
    ("وكان ٢٠ صيادا من بين المتوفين.", [(20.0, "killed")]),
])
def test_arabic_dying_verbs_make_a_toll(text: str, expected) -> None:
    assert _cats(text, "ar") == expected


def test_arabic_living_counts_stay_people() -> None:
    # a look-alike with no verb of dying: a count of people, not a toll
    assert _cats("ووصل ٢٠ شخصا إلى الميناء.", "ar") == [(20.0, "people")]


# -- a figure that says nothing of what it counts, in a text that opened by naming it -----

def _doc_cats(text: str, language: str) -> list[tuple[float | None, str]]:
    from translate.claims import extract_claims
    from translate.corpus.segment import segment_blocks

    sentences = segment_blocks(text, [(0, len(text))], doc="d", language=language)
    return [(c.value, c.category) for c in extract_claims(sentences)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("da", "Listen over savnede efter jordskredet er blevet kortere. Tirsdag faldt antallet "
           "fra 640 til 412.", [(640.0, "missing"), (412.0, "missing")]),
    ("nb", "Antallet arresterte etter opptøyene stiger. Torsdag kveld var tallet 57.",
     [(57.0, "arrested")]),
    ("en", "The number of people missing after the storm has fallen sharply. On Monday "
           "the figure dropped from 1,400 to 870.", [(1400.0, "missing"), (870.0, "missing")]),
])
def test_a_text_that_names_its_count_first_is_the_antecedent(language, text, expected) -> None:
    assert _doc_cats(text, language) == expected


def test_a_stated_figure_stays_the_antecedent_over_a_named_kind() -> None:
    # the toll was stated first; a sentence naming evacuations later does not take over
    text = ("Mindst 30 mennesker er omkommet i branden. Beboerne kritiserer, at "
            "evakueringen kom for sent. Politiet har indtil videre identificeret 12 af dem.")
    assert _doc_cats(text, "da") == [(30.0, "killed"), (12.0, "killed")]


def test_a_sentence_naming_two_kinds_names_no_antecedent() -> None:
    from translate.claims.sentence import named_category

    assert named_category("De dræbte og de sårede er kørt væk.", "da") is None
    assert named_category("Listen over savnede er kortere.", "da") == "missing"
    assert named_category("Vejret var godt.", "da") is None


def test_a_transliterated_name_ending_like_a_dual_is_no_count() -> None:
    # "-تان" after a long stem is a foreign name (a street), not "two ..."
    assert _cats("دهست شاحنة المارة في شارع دروتنينغغاتان وسط المدينة.", "ar") == []
    assert _cats("أسقطت الدفاعات طائرتين مسيرتين.", "ar") == [(2.0, "other")]


# -- "dead or missing": a count of both kinds together is people, not a toll -----------

@pytest.mark.parametrize(("language", "text", "expected"), [
    ("nb", "Til sammen er over 4 000 mennesker døde eller savnet etter flommen.",
     [(4000.0, "people")]),
    ("da", "I alt 230 personer er dræbt eller såret i kampene.", [(230.0, "people")]),
    ("en", "At least 40 people were killed or injured in the blast.", [(40.0, "people")]),
    ("ar", "وسقط أكثر من 300 شخص بين قتيل أو جريح.", [(300.0, "people")]),
])
def test_a_count_of_two_kinds_joined_by_or_is_people(language: str, text: str,
                                                      expected) -> None:
    assert _cats(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # "and" joins two events of the same people, or two counts: each keeps its kind
    ("en", "Five people were killed and 12 injured.", [(5.0, "killed"), (12.0, "wounded")]),
    ("en", "Fourteen people were arrested and charged.", [(14.0, "arrested")]),
    ("nb", "Fem mennesker ble drept, og ingen er savnet.", [(5.0, "killed")]),
])
def test_one_kind_of_count_keeps_its_kind(language: str, text: str, expected) -> None:
    assert _cats(text, language) == expected
