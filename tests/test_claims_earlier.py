"""An earlier value stated after the later one ("Dagen før var tallet 844", "compared with
832 a day earlier", "بعد أن كانت 832"), two-word revision verbs ("revised down to 71") and
counts right after a month name ("At the end of August 1,162 people had died"). Own
sentences only; nothing is downloaded."""

from __future__ import annotations

import pytest

from translate.claims.extract import extract_claims, sentence_claims
from translate.corpus.document import Sentence
from translate.testing import claim_with


def _claims(text: str, lang: str, antecedent: str | None = None):
    return sentence_claims(text, lang, antecedent=antecedent)


_one = claim_with


def _doc(*texts: str, lang: str):
    sentences, start = [], 0
    for n, text in enumerate(texts):
        sentences.append(Sentence("d", n, start, start + len(text), text, lang))
        start += len(text) + 1
    return extract_claims(sentences)


# --- the clause states the figure as an earlier one: a past "be", a figure noun, a time ----

@pytest.mark.parametrize("text, lang, number", [
    ("Dagen før var tallet 844.", "nb", "844"),
    ("Tidligere på dagen var tallet 832.", "nb", "832"),
    ("Dagen før var tallet 844.", "da", "844"),
    ("Tidligere på dagen lød tallet på 151.", "da", "151"),
    ("I sidste uge lød dødstallet på 310.", "da", "310"),
    ("The previous figure was 844.", "en", "844"),
    ("A day earlier the toll had stood at 832.", "en", "832"),
    ("The figure was 790 the day before.", "en", "790"),
    ("وكانت الحصيلة 832 أمس.", "ar", "832"),
])
def test_past_figure_with_earlier_time_is_from(text, lang, number):
    c = _one(text, lang, number, antecedent="killed")
    assert (c.role, c.direction, c.category) == ("from", "from", "killed")


@pytest.mark.parametrize("text, lang, number", [
    ("Tallet var 844 mandag.", "nb", "844"),  # a named day alone: the value of that day
    ("Dødstallet er 844.", "nb", "844"),  # present: the current value
    ("The toll was 844, officials said.", "en", "844"),  # no word of earlier time
    ("Earlier, 30 people had been killed in another attack.", "en", "30"),  # no figure noun
    ("Tidligere var 30 mennesker drept i et annet angrep.", "nb", "30"),
    ("كانت الحصيلة 832 قتيلا.", "ar", "832"),
])
def test_no_from_without_all_three_marks(text, lang, number):
    assert _one(text, lang, number, antecedent="killed").role is None


# --- a figure set beside the one before it, with a word of earlier time ------------------

@pytest.mark.parametrize("text, lang, new, old", [
    ("Dødstallet er nu 1000, mod 832 dagen før.", "da", "1000", "832"),
    ("Dødstallet er nå 1000, mot 832 dagen før.", "nb", "1000", "832"),
    ("Dødstallet er nå 1000, sammenlignet med 832 i går.", "nb", "1000", "832"),
    ("The death toll stood at 900, compared with 832 a day earlier.", "en", "900", "832"),
    ("The toll reached 900 on Monday, against 832 the previous day.", "en", "900", "832"),
    ("ارتفعت حصيلة القتلى إلى 400 قتيل مقارنة بـ 296 أمس.", "ar", "400", "296"),
    ("ارتفع عدد اللاجئين إلى 270 ألف لاجئ، مقابل 164 ألفا في اليوم السابق.", "ar", "270",
     "164"),
])
def test_compared_with_earlier_value(text, lang, new, old):
    a, b = _one(text, lang, old, "killed"), _one(text, lang, new, "killed")
    assert (a.role, a.direction) == ("from", "from")
    assert (b.role, b.direction) == ("target", "target")
    assert a.category == b.category
    assert "dagen" not in text[a.start:a.end]  # a time after a bare figure, not its noun


@pytest.mark.parametrize("text, lang, number", [
    ("Israel carried out 30 strikes against 10 targets yesterday.", "en", "10"),
    ("Israel gjennomførte 30 angrep mot 10 mål i går.", "nb", "10"),
    ("Hæren sendte 300 soldater mod 10 landsbyer.", "da", "10"),
    ("The toll reached 900, against 832 in the neighbouring province.", "en", "832"),
    ("شن الجيش 30 غارة مقابل 10 مواقع.", "ar", "10"),
])
def test_comparison_without_earlier_time_or_of_other_things(text, lang, number):
    assert _one(text, lang, number, antecedent="killed").role is None


# --- up/down from, and "from" that states no change -----------------------------------

@pytest.mark.parametrize("text, lang", [
    ("The death toll rose to 400, up from 296.", "en"),
    ("Antallet af døde er steget til 400, op fra 296.", "da"),
    ("Antallet døde har steget til 400, opp fra 296.", "nb"),
])
def test_up_from(text, lang):
    assert _one(text, lang, "296").role == "from"
    assert _one(text, lang, "400").role == "target"


@pytest.mark.parametrize("text, lang, number", [
    ("Delegates from 10 countries attended.", "en", "10"),
    ("Delegerede fra 10 lande deltog.", "da", "10"),
    ("Delegater fra 10 land deltok.", "nb", "10"),
    ("حضر مندوبون من 10 دول.", "ar", "10"),
    ("Rescuers brought 12 people up from the basement.", "en", "12"),
    ("Rescuers brought up from the basement 12 people.", "en", "12"),
])
def test_from_without_change_is_no_role(text, lang, number):
    c = _one(text, lang, number)
    assert c.role is None and c.direction is None


# --- Arabic "after it had been" --------------------------------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("ارتفعت حصيلة القتلى إلى 844 قتيلا، بعد أن كانت ٨٣٢ قتيلا مساء الأحد.", "844", "٨٣٢"),
    ("ارتفع عدد القتلى إلى 900 بعدما كان العدد 844.", "900", "844"),
    ("أعلنت الشرطة أن 58 شخصا لقوا حتفهم، بعد أن كانت الحصيلة المؤكدة 30 قتيلا.", "58", "30"),
])
def test_arabic_after_it_had_been(text, new, old):
    a, b = _one(text, "ar", old), _one(text, "ar", new)
    assert (a.role, b.role) == ("from", "target")
    assert "بعدما" not in text[b.start:b.end]


def test_arabic_pluperfect_event_is_no_earlier_value():
    text = "قتل 12 شخصا اليوم، بعد أن كان 30 شخصا قد قتلوا أمس."
    assert _one(text, "ar", "30").role is None


# --- the later value of the previous sentence becomes the earlier value's target ------

@pytest.mark.parametrize("first, second, lang", [
    ("Dødstallet etter jordskjelvet har steget til 1234, opplyser etaten.",
     "Dagen før var tallet 844.", "nb"),
    ("Myndighederne oplyste lørdag, at 207 mennesker har mistet livet.",
     "Tidligere på dagen lød tallet på 151.", "da"),
    ("The death toll from the quake has risen to 1,234, the agency said.",
     "A day earlier the figure was 844.", "en"),
])
def test_target_in_previous_sentence(first, second, lang):
    claims = _doc(first, second, lang=lang)
    assert [c.role for c in claims] == ["target", "from"]
    assert claims[0].direction == "target"
    assert claims[0].category == claims[1].category


def test_no_target_two_sentences_back():
    claims = _doc("The death toll has risen to 1,234.", "Rescuers are still searching.",
                  "A day earlier the figure was 844.", lang="en")
    assert [c.role for c in claims] == [None, "from"]


def test_from_to_pair_keeps_its_own_target():
    claims = _doc("More than 15,000 people have been killed, the ministry says.",
                  "Israel revised its count down from about 1,400 to about 1,200.", lang="en")
    assert [c.role for c in claims] == [None, "from", "target"]


# --- two-word revision verbs: the particle gives the direction --------------------------

@pytest.mark.parametrize("text, lang, number, change", [
    ("The death toll was revised down to 71.", "en", "71", "reduce"),
    ("Police revised the toll down to 71.", "en", "71", "reduce"),
    ("Police revised the death toll down to 71.", "en", "71", "reduce"),
    ("The toll was scaled back to 71.", "en", "71", "reduce"),
    ("Officials scaled back the deployment to 2,000 troops.", "en", "2,000", "reduce"),
    ("Officials lowered the death toll to 71.", "en", "71", "reduce"),
    ("The death toll was cut to 71.", "en", "71", "reduce"),
    ("The death toll was revised up to 90.", "en", "90", "increase"),
    ("The death toll was raised to 90.", "en", "90", "increase"),
    ("Politiet har justert dødstallet ned til 78.", "nb", "78", "reduce"),
    ("Politiet har justert dødstallet opp til 80.", "nb", "80", "increase"),
    ("Politiet nedjusterer dødstallet til 71.", "nb", "71", "reduce"),
    ("Politiet har justeret dødstallet ned til 78.", "da", "78", "reduce"),
    ("Politiet har justeret dødstallet op til 80.", "da", "80", "increase"),
])
def test_particle_of_revision_gives_change(text, lang, number, change):
    c = _one(text, lang, number)
    assert (c.change, c.direction) == (change, "target")
    assert c.quantity.hedge == "exact"


@pytest.mark.parametrize("text, lang, number", [
    ("Up to 90 people may have died.", "en", "90"),  # a hedge, not a particle
    ("Op til 80 mennesker kan være døde.", "da", "80"),
    ("Opptil 80 mennesker kan være døde.", "nb", "80"),
])
def test_up_to_hedge_is_no_change(text, lang, number):
    c = _one(text, lang, number)
    assert c.change is None and c.quantity.hedge == "at_most"


def test_up_from_is_no_raise_of_the_later_figure():
    text = "The number of refugees reached 1 million, up from 800,000."
    a, b = _one(text, "en", "800,000"), _one(text, "en", "1 million")
    assert (a.role, b.role) == ("from", "target")
    assert b.change is None  # no "add": a level reached


def test_verb_with_its_own_change_keeps_it():
    c = _one("The US sent back 300 troops to the base.", "en", "300")
    assert c.change == "deploy"


def test_infinitive_is_no_counted_noun_before_a_target():
    text = ("De, der er villige til at ofre komfort for at presse udgifterne ned til næsten "
            "nul, kan rejse billigt.")
    assert _claims(text, "da") == []


# --- a count right after a month name ---------------------------------------------------

@pytest.mark.parametrize("text, lang, number, category", [
    ("At the end of August 1,162 people had died.", "en", "1,162", "killed"),
    ("By the end of August 1,162 had died.", "en", "1,162", "killed"),
    ("At the end of August 1162 people had died.", "en", "1162", "killed"),
    ("I slutten av august var 1162 døde.", "nb", "1162", "killed"),
    ("I slutten av august 1162 døde.", "nb", "1162", "killed"),
    ("Ved utgangen av august 1 162 mennesker hadde dødd.", "nb", "1 162", "killed"),
    ("I slutningen af august var 1.162 døde.", "da", "1.162", "killed"),
    ("I slutningen af august 1.162 mennesker var døde.", "da", "1.162", "killed"),
    ("بحلول نهاية أغسطس 1162 قتيلا.", "ar", "1162", "killed"),
])
def test_count_after_month_name(text, lang, number, category):
    c = _one(text, lang, number)
    assert (c.quantity.value, c.category) == (1162, category)


@pytest.mark.parametrize("text, lang", [
    ("In August 2023 people gathered.", "en"),  # a year
    ("On August 12 people gathered.", "en"),  # a day
    ("Jan. 8 attacks killed many.", "en"),
    ("In August 1991 Soviet troops left.", "en"),
    ("I august 2023 samlet folk seg.", "nb"),
])
def test_day_or_year_after_month_is_no_count(text, lang):
    assert _claims(text, lang) == []


# --- Arabic counts of nationals ---------------------------------------------------------

@pytest.mark.parametrize("text, number, category, noun", [
    ("قتل ٣٩ من الفلسطينيين.", "٣٩", "killed", "الفلسطينيين"),
    ("قتل 13 جنديا أمريكيا في الهجوم.", "13", "killed", "جنديا"),
    ("أصيب 20 من الأمريكيين في الانفجار.", "20", "wounded", "الأمريكيين"),
    ("اعتقلت الشرطة 5 من الفلسطينيين.", "5", "arrested", "الفلسطينيين"),
    ("وصل 13 من الأمريكيين إلى المطار.", "13", "people", "الأمريكيين"),
    ("تنشر الولايات المتحدة 2500 جندي أمريكي في العراق.", "2500", "troops", "جندي"),
])
def test_arabic_nationals_counted(text, number, category, noun):
    c = _one(text, "ar", number)
    assert (c.category, c.noun) == (category, noun)


@pytest.mark.parametrize("word, lang, want", [
    ("toll", "en", True), ("tallet", "nb", True), ("dødstallet", "da", True),
    ("الحصيله", "ar", True), ("والعدد", "ar", True), ("وعدد", "ar", True),
    ("tallene", "da", True), ("dødstallene", "nb", True), ("antallet", "da", True),
    ("soldiers", "en", False), ("والجنود", "ar", False), ("وال", "ar", False),
    ("hospital", "da", False), ("mandater", "da", False),
])
def test_a_figure_noun_is_read_with_the_arabic_article_and_conjunction(word, lang, want):
    from translate.claims.changes import is_figure_noun

    assert is_figure_noun(word, lang) is want
