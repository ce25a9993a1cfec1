"""Gaps seen on fresh events: people nouns the lexicon lacked and nominalised participles
("antallet af smittede", "the number of infected"), estimate verbs, relative clauses,
members of a toll, Arabic definite number adjectives, adverbs after a count. Own
sentences only; nothing is downloaded."""

from __future__ import annotations

import pytest

from translate.claims.extract import sentence_claims
from translate.testing import claim_with


def _claims(text: str, lang: str, antecedent: str | None = None):
    return sentence_claims(text, lang, antecedent=antecedent)


_one = claim_with


# --- 1. people nouns: lexicon entries and nominalised participles -----------------------

@pytest.mark.parametrize("text, lang, number", [
    ("Sygehuset udskrev 31 patienter i går.", "da", "31"),
    ("Sykehuset skrev ut 31 pasienter i går.", "nb", "31"),
    ("Myndighederne følger nu over 250 nærkontakter.", "da", "250"),
    ("Helsemyndighetene følger opp rundt 300 nærkontakter.", "nb", "300"),
    ("Health workers are tracing more than 250 contacts.", "en", "250"),
    ("وتتابع السلطات الصحية 250 مخالطا.", "ar", "250"),
    ("وغادر 37 مريضا المستشفى بعد تعافيهم.", "ar", "37"),
    ("Antallet af smittede er nu steget til 71.", "da", "71"),
    ("Antall smittede har økt til 71.", "nb", "71"),
    ("The number of infected has climbed to 71.", "en", "71"),
    ("Myndighederne har registreret 71 smittede.", "da", "71"),
    ("Hotellet evakuerede 120 gæster og 15 udlændinge.", "da", "120"),
    ("Hotellet evakuerte 120 gjester.", "nb", "120"),
    ("The hotel moved 120 guests and 18 officials to safety.", "en", "18"),
    ("Over 900 brannmannskaper deltok i slukkingen.", "nb", "900"),
    ("وشارك 60 غواصا في عمليات البحث.", "ar", "60"),
])
def test_people_nouns(text, lang, number):
    c = _one(text, lang, number)
    assert c.category in ("people", "displaced"), (c.category, c.noun)


@pytest.mark.parametrize("text, lang, number, category", [
    # a participle before a noun is its modifier: the noun says what is counted
    ("Antallet af ødelagte huse er steget til 71.", "da", "71", "buildings"),
    ("The number of damaged vehicles has risen to 71.", "en", "71", "vehicles"),
])
def test_participle_modifier_negatives(text, lang, number, category):
    assert _one(text, lang, number).category == category


@pytest.mark.parametrize("text, lang", [
    ("Kystvagten fandt 12 forladte både ved øen.", "da"),
    ("Kystvakten fant 12 forlatte båter ved øya.", "nb"),
])
def test_participle_before_noun_is_no_person(text, lang):
    assert all(c.category != "people" for c in _claims(text, lang))


def test_already_is_no_participle():
    assert not _claims("Hun har allerede set det.", "da")


# --- 2. a bare figure after a verb of estimating or saying counts what it estimates -----

@pytest.mark.parametrize("text, lang, number", [
    ("Politiet anslår at 180 000 deltok i toget.", "nb", "180 000"),
    ("Politiet sier 180 000 deltok.", "nb", "180 000"),
    ("Politiet siger 180.000 deltog i demonstrationen.", "da", "180.000"),
    ("Officials said 52,000 had joined the march.", "en", "52,000"),
    ("Police put the crowd in the old town at about 30,000.", "en", "30,000"),
    ("Organisers put attendance at 75,000.", "en", "75,000"),
    ("Police estimated the protesters at 12,000.", "en", "12,000"),
])
def test_estimate_people(text, lang, number):
    assert _one(text, lang, number).category == "people"


@pytest.mark.parametrize("text, lang", [
    ("The ministry put the cost at 40,000.", "en"),
    ("The train was set at 10 o'clock to leave.", "en"),
    ("He said 52,000 dollars were lost.", "en"),
])
def test_estimate_negatives(text, lang):
    assert all(c.category != "people" for c in _claims(text, lang))


@pytest.mark.parametrize("text, lang, number", [
    ("I landet er der kun omkring 60 tilbage.", "da", "60"),
    ("I landet er det nå bare rundt 60 igjen.", "nb", "60"),
    ("Only about 60 are left in the country.", "en", "60"),
])
def test_left_over_takes_antecedent(text, lang, number):
    c = _one(text, lang, number, antecedent="troops")
    assert (c.category, c.source) == ("troops", "antecedent")


def test_compound_past_is_no_noun_but_employees_are():
    # "deltog" (took part) is a verb, "ansatte" (employees) a noun though "satte" is a past
    assert _one("Politiet oplyser, at 9.000 deltog.", "da", "9.000").noun is None
    c = _one("Firmaet hadde 17 ansatte på anlegget.", "nb", "17")
    assert c.noun == "ansatte" and c.category == "people"


# --- 6. an adverb after a count is no counted noun ---------------------------------------

@pytest.mark.parametrize("text, lang, number", [
    ("Over 500 er savnet, ned fra mere end 900 umiddelbart efter skredet.", "da", "900"),
    ("Over 500 er savnet, ned fra over 900 umiddelbart etter skredet.", "nb", "900"),
])
def test_adverb_is_no_noun(text, lang, number):
    c = _one(text, lang, number)
    assert c.noun is None and c.category == "missing" and c.role == "from"


# --- 3. a verb inside a relative clause is not the figure's predicate --------------------

@pytest.mark.parametrize("text, lang, number, category", [
    ("Dozens of firefighters who were sent to the site before the blasts were still "
     "unaccounted for.", "en", "Dozens", "missing"),
    ("Snesevis af brandfolk, som blev sendt til stedet før eksplosionerne, er stadig "
     "savnet.", "da", "Snesevis", "missing"),
    ("30 brannfolk som ble sendt til stedet før eksplosjonene, er fortsatt savnet.", "nb",
     "30", "missing"),
    ("Twelve workers who were injured in the fire have died.", "en", "Twelve", "killed"),
])
def test_relative_clause_is_no_predicate(text, lang, number, category):
    c = _one(text, lang, number)
    assert (c.category, c.direction, c.change) == (category, None, None)


@pytest.mark.parametrize("text, lang, number, category, direction", [
    # no main verb after it: the relative clause still says what happened to them
    ("40 soldiers who were killed in the attack were buried on Friday.", "en", "40",
     "killed", None),
    ("Dozens of firefighters who were sent to the site are fighting the blaze.", "en",
     "Dozens", "people", None),
    # the relative clause is about the noun; the main verb before the count stays
    ("The Pentagon sent 3,000 troops who were based in Kuwait.", "en", "3,000", "troops",
     "deploy"),
])
def test_relative_clause_negatives(text, lang, number, category, direction):
    c = _one(text, lang, number)
    assert (c.category, c.direction) == (category, direction)


def test_relative_clause_stops_at_another_clause():
    text = "En politimann som var på stedet, sier at seks personer ble skadd."
    assert all(c.category != "wounded" or "seks" in text[c.start:c.end]
               for c in _claims(text, "nb"))


# --- 4. members of a toll after "among them" are of the toll's category ------------------

@pytest.mark.parametrize("text, lang", [
    ("ارتفعت حصيلة القتلى إلى ٩٠ قتيلا، بينهم ٨١ طالبا وأربعة جنود وخمسة من رجال الشرطة.",
     "ar"),
    ("قتل 90 شخصا بينهم 81 طالبا وأربعة جنود.", "ar"),
    ("The toll rose to 90 dead, among them 81 students, four soldiers and five police "
     "officers.", "en"),
    ("Dødstallet steg til 90, heriblandt 81 studerende og fire soldater.", "da"),
    ("Dødstallet steg til 90, blant dem 81 studenter og fire soldater.", "nb"),
])
def test_members_of_a_toll_are_killed(text, lang):
    claims = _claims(text, lang)
    assert len(claims) >= 3 and all(c.category == "killed" for c in claims), [
        (text[c.start:c.end], c.category) for c in claims]
    assert all(c.direction is None for c in claims[1:])


@pytest.mark.parametrize("text, lang, number, category", [
    # not after a toll: a list of deployed forces keeps its own categories
    ("نشرت الحكومة 500 جندي وثلاثة آلاف شرطي.", "ar", "500", "troops"),
    ("نشرت الحكومة 500 جندي وثلاثة آلاف شرطي.", "ar", "ثلاثة", "people"),
    # "one" (واحد) carries its own و: no conjunction
    ("قتل 12 شخصا بينهم طفل واحد.", "ar", "12", "killed"),
])
def test_members_negatives(text, lang, number, category):
    assert _one(text, lang, number).category == category


# --- 5. Arabic: a number adjective after a definite noun; a bare figure after كان ----------

@pytest.mark.parametrize("text, number, category", [
    ("وأضافت الشرطة أن المسلحين الثلاثة قتلوا خلال الاشتباك.", "الثلاثة", "killed"),
    ("وقال المتحدث إن الجنود الخمسة أصيبوا بجروح طفيفة.", "الخمسة", "wounded"),
])
def test_definite_number_adjective(text, number, category):
    c = _one(text, "ar", number)
    assert c.category == category and c.noun is not None


@pytest.mark.parametrize("text, number", [
    # a listed noun of persons and its definite count state how many they are, as English
    # keeps "the fifty students", "the four gunmen", "the six crew members"
    ("وصل الطلاب الخمسون إلى المدينة.", "الخمسون"),
    ("شارك المسلحون الأربعة في الهجوم.", "الأربعة"),
    # a definite noun after the number is a new subject, not the verb
    ("أنقذت فرق الإنقاذ أفراد الطاقم الستة وكانت الإصابة الوحيدة كسرا في اليد.", "الستة"),
])
def test_definite_number_adjective_of_persons_counts_them(text, number):
    assert _one(text, "ar", number).category == "people"


@pytest.mark.parametrize("text", [
    "وافق البرلمان على المواد الخمس في الجلسة.",  # a definite count of things refers
])
def test_definite_number_adjective_negatives(text):
    assert _claims(text, "ar") == []


@pytest.mark.parametrize("text, number", [
    ("ارتفع عدد المصابين إلى 64 مصابا، بعد أن كان 57 مساء الثلاثاء.", "57"),
    ("ارتفع عدد المصابين إلى 64 مصابا، بعد أن كان 57 صباح الثلاثاء، بينهم 9 أطفال.", "57"),
])
def test_earlier_value_before_a_time_of_day(text, number):
    c = _one(text, "ar", number)
    assert (c.category, c.role) == ("wounded", "from")


def test_member_after_earlier_value():
    text = "ارتفع عدد المصابين إلى 64 مصابا، بعد أن كان 57 صباح الثلاثاء، بينهم 9 شرطيا."
    assert _one(text, "ar", "9 ").category == "wounded"


@pytest.mark.parametrize("text", [
    "وقع الانفجار في الساعة 7 مساء.",  # a clock time stays a time
    "استمر الحصار 40 يوما.",  # a count of days is a duration
])
def test_time_of_day_negatives(text):
    assert _claims(text, "ar") == []


# --- lexicon: cars are vehicles (an ambulance stays other), "fatal", Danish "pågrebet" ----

@pytest.mark.parametrize("text, lang, number, category", [
    ("The fire destroyed 200 cars.", "en", "200", "vehicles"),
    ("Branden ødelagde 200 biler.", "da", "200", "vehicles"),
    ("Brannen ødela 200 biler og 12 brannbiler.", "nb", "12", "vehicles"),
    ("دمرت النيران 300 سيارة.", "ar", "300", "vehicles"),
    ("Some 40 fire engines were sent to the scene.", "en", "40", "vehicles"),
    ("أرسلت الحكومة 25 سيارة إسعاف إلى الموقع.", "ar", "25", "other"),
    ("Officials confirmed 30 cases, five of them fatal.", "en", "five", "killed"),
    ("Fire af dem blev pågrebet ved grænsen.", "da", "Fire", "arrested"),
])
def test_lexicon_additions(text, lang, number, category):
    assert _one(text, lang, number).category == category


# --- a genitive before the whole of a partitive; a figure set against the one before ------

@pytest.mark.parametrize("text, lang, part, category", [
    ("Tolv av selskapets 17 ansatte kom seg ut i live.", "nb", "Tolv", "people"),
    ("Tolv af selskabets 17 ansatte slap ud i live.", "da", "Tolv", "people"),
    ("Twelve of the company's 17 employees got out alive.", "en", "Twelve", "people"),
])
def test_part_of_a_possessed_whole(text, lang, part, category):
    c = _one(text, lang, part)
    assert c.category == category and c.noun is not None


@pytest.mark.parametrize("text, lang, number", [
    ("Det er nå rundt 4000 soldater igjen i landet, mot nesten 9000 på det meste.", "nb",
     "9000"),
    ("Der er nu omkring 4.000 soldater tilbage i landet, mod næsten 9.000 på det højeste.",
     "da", "9.000"),
    ("About 4,000 soldiers remain in the country, against nearly 9,000 at the peak.", "en",
     "9,000"),
])
def test_figure_against_the_one_before(text, lang, number):
    c = _one(text, lang, number)
    assert (c.category, c.source) == ("troops", "antecedent")


def test_against_after_a_thing_stays_itself():
    # the figure before counts things: the bare figure against it is no people or troops
    claims = _claims("The team won 3 games against 10 losses.", "en")
    assert all(c.category == "other" for c in claims)


@pytest.mark.parametrize("text, lang, number, noun", [
    ("Retten dømte 12 tidligere soldater.", "da", "12", "soldater"),
    ("Retten dømte 12 tidligere soldater.", "nb", "12", "soldater"),
    ("Over 200 mennesker er savnet.", "da", "200", "mennesker"),
])
def test_adjectives_are_no_adverbs(text, lang, number, noun):
    assert _one(text, lang, number).noun == noun


@pytest.mark.parametrize("text", [
    "About 80 left the city on Friday.",
])
def test_left_as_a_verb_is_no_rest(text):
    assert all(c.source != "antecedent" for c in _claims(text, "en", antecedent="killed"))


def test_left_in_a_place_is_the_rest():
    c = _one("Only about 80 left in Chad.", "en", "80", antecedent="troops")
    assert c.category == "troops"


@pytest.mark.parametrize("text, lang, number", [
    ("Officials said 40 paramedics and 12 pilots were at the airport.", "en", "12"),
    ("Officials said 40 paramedics were at the airport.", "en", "40"),
    ("Mindst 30 præster deltog i mødet.", "da", "30"),
    ("Minst 30 prester og 200 bønder deltok i møtet.", "nb", "200"),
    ("وقالت الوزارة إن 40 طبيبا و12 معلما وصلوا إلى المدينة.", "ar", "12"),
])
def test_more_people_nouns(text, lang, number):
    assert _one(text, lang, number).category == "people"


@pytest.mark.parametrize("text, lang", [
    ("شارك 40 من المزارع في المعرض.", "ar"),  # مزارع without its accusative: farms
    ("The aircraft carried 40 pilot projects.", "en"),
])
def test_people_noun_negatives(text, lang):
    assert all(c.category != "people" for c in _claims(text, lang))


@pytest.mark.parametrize("text, lang, number, category", [
    ("The number of people confirmed dead in the storm has risen to 5,209.", "en", "5,209",
     "killed"),
    ("The number of people killed has risen to 50.", "en", "50", "killed"),
    ("The number of people evacuated has risen to 5,000.", "en", "5,000", "displaced"),
    ("The number of people in the town has risen to 5,000.", "en", "5,000", "people"),
])
def test_a_casualty_word_after_a_toll_s_counted_phrase_says_what_it_counts(
        text, lang, number, category):
    """"the number of people confirmed dead": the participle after "people" says they
    are the dead (a plain "the number of people in the town" stays people)."""
    assert claim_with(text, lang, number).category == category


@pytest.mark.parametrize("text, lang, number", [
    ("Pakistan declares emergency as monsoon toll nears 1,000", "en", "1,000"),
    ("The death toll is nearing 500.", "en", "500"),
    ("Dødstallet nærmer seg 1000.", "nb", "1000"),
    ("Dødstallet nærmer sig 1.000.", "da", "1.000"),
    ("تقترب حصيلة القتلى من 1000 قتيل.", "ar", "1000"),
])
def test_a_toll_that_nears_a_figure_is_just_under_it(text, lang, number):
    """"toll nears 1,000" is a toll a little under 1,000 ([900, 1,000]), as "nearly"."""
    c = claim_with(text, lang, number)
    assert (c.quantity.low, c.quantity.high) == (900.0 if number != "500" else 450.0,
                                                 float(c.quantity.value))


@pytest.mark.parametrize("text, lang, number, category", [
    ("Congo has recorded more than 15,600 cases and 537 deaths so far this year.", "en",
     "15,600", "people"),
    ("Congo has recorded more than 15,600 cases and 537 deaths so far this year.", "en",
     "537", "killed"),
    ("13 soldater og 170 afghanere ble drept.", "nb", "13", "killed"),
    ("Seven soldiers and 12 civilians were killed in the attack.", "en", "Seven", "killed"),
])
def test_coordinated_counts_share_a_verb_not_the_other_count_s_noun(
        text, lang, number, category):
    """"15,600 cases and 537 deaths": "deaths" is the second count's noun, not what the
    cases are; "13 soldater og 170 afghanere ble drept" still share their verb."""
    assert claim_with(text, lang, number).category == category


@pytest.mark.parametrize("text, lang, number", [
    ("Vestlige diplomater anslår, at omkring 1.000 Wagner-folk nu er i landet.", "da",
     "1.000"),
    ("Rundt 1000 Wagner-folk er i landet.", "nb", "1000"),
    ("Omkring 1.000 folk var samlet på pladsen.", "da", "1.000"),
])
def test_folk_counts_people(text, lang, number):
    """Danish and Norwegian "folk" (people), also as a compound head ("Wagner-folk")."""
    assert claim_with(text, lang, number).category == "people"
