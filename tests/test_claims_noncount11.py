"""Non-count numbers of the FLORES claims guideline, read by mechanism in all four languages
(round 11): results and counted nouns of a game, identifiers after numbering words and label
nouns, measures (fractions of a unit, Arabic prefixed units and coordinates), money in
CLDR's currency names, ranks, ages in apposition, margins in a standing; and the counts
beside them that must stay claims.

Sentences written for these tests (none taken from FLORES or the news gold sets).
"""

from __future__ import annotations

import pytest

from translate.claims.noncount import fractional, game_report
from translate.claims.sentence import sentence_claims
from translate.claims.tokens import tokenize
from translate.claims.types import Quantity
from translate.claims.units import currency_words, unit_words


def _values(text: str, language: str) -> list[float | None]:
    return [c.quantity.value for c in sentence_claims(text, language)]


# --- results of a game: "won 3-1", "vant 2–0", "فاز 2-1", "21 to 20", basketball scores

@pytest.mark.parametrize(("language", "text"), [
    ("en", "The home side won 3-1 after trailing at the break."),
    ("en", "The Hawks won 109–96 on the road."),
    ("en", "The visitors lost 1–3 to the league leaders."),
    ("en", "Canada held on to win the final 26 to 24."),
    ("en", "At half-time the score stood at 14 – 0."),
    ("en", "Spain sealed a 3–2 victory late on."),
    ("da", "Hjemmeholdet vandt 3-1 efter pausen."),
    ("da", "Gæsterne tabte 1–3 til førerholdet."),
    ("da", "Canada vandt finalen med 26 mod 24."),
    ("da", "Holdet vandt kampen 104–99."),
    ("nb", "Rosenborg vant 2–0 borte."),
    ("nb", "Bortelaget tapte 1–3 mot serielederen."),
    ("nb", "Canada vant finalen 26 mot 24."),
    ("nb", "Ved pause stod det 14 – 0 i kampen."),
    ("ar", "فاز الفريق 2-1 على منافسه."),
    ("ar", "خسر الضيوف 1-3 أمام المتصدر."),
    ("ar", "فاز المنتخب بنتيجة 26 مقابل 24 في النهائي."),
    ("ar", "وفي نهاية الشوط الأول كانت النتيجة 14 – 0 للمضيفين."),
])
def test_results_are_no_claims(language: str, text: str) -> None:
    assert _values(text, language) == []


# --- the counted nouns of a game: points, sets, rounds, laps, wins

@pytest.mark.parametrize(("language", "text"), [
    ("en", "She scored 31 points and grabbed 12 rebounds in the win."),
    ("en", "The champion needed five sets to win the match."),
    ("en", "He completed 44 laps before his engine failed."),
    ("en", "The club has 9 wins and 3 losses this season."),
    ("en", "The boxer won the title fight in 12 rounds."),
    ("da", "Hun scorede 31 point i kampen."),
    ("da", "Mesteren skulle bruge fem sæt for at vinde kampen."),
    ("da", "Han vandt 12 af de sidste 14 partier i turneringen."),
    ("da", "Klubben har 9 sejre og 3 nederlag i denne sæson."),
    ("nb", "Hun scoret 31 poeng i kampen."),
    ("nb", "Mesteren trengte fem sett for å vinne kampen."),
    ("nb", "Bokseren vant tittelkampen etter 12 runder."),
    ("nb", "Klubben har 9 seire og 3 tap denne sesongen."),
    ("ar", "سجلت 31 نقطة في المباراة."),
    ("ar", "احتاج البطل إلى خمسة أشواط للفوز بالمباراة."),
    ("ar", "أكمل السائق 44 لفة قبل أن يتعطل محركه."),
    ("ar", "حقق النادي 9 انتصارات هذا الموسم."),
])
def test_game_nouns_are_no_claims(language: str, text: str) -> None:
    assert _values(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "He is now twenty points behind the leader and five ahead of the third."),
    ("da", "Holdet sluttede sæsonen 10 point foran nummer to i ligaen."),
    ("nb", "Laget endte 10 poeng foran nummer to i eliteserien."),
    ("nb", "Laget endte sesongen 10 poeng foran nummer to i serien."),
    ("ar", "أنهى الفريق الموسم بفارق 10 نقاط عن أقرب منافسيه."),
])
def test_margins_in_a_standing(language: str, text: str) -> None:
    assert _values(text, language) == []


# --- identifiers: numbering words and label nouns

@pytest.mark.parametrize(("language", "text"), [
    ("en", "The number 7 bus leaves the square every hour."),
    ("en", "Passengers on flight 370 were never found."),
    ("en", "The storm was upgraded to a category 4 hurricane."),
    ("en", "He wore the No. 10 shirt for the club."),
    ("da", "Bus nummer 7 kører fra torvet hver time."),
    ("da", "Stormen blev opgraderet til en kategori 4 orkan."),
    ("da", "Toget holder ved perron 3 i morgen."),
    ("nb", "Buss nummer 7 går fra torget hver time."),
    ("nb", "Stormen ble oppgradert til kategori 4 natt til søndag."),
    ("nb", "Flyet står ved gate 12 på terminalen."),
    ("ar", "تسير الحافلة رقم 7 من الساحة كل ساعة."),
    ("ar", "اختفت الرحلة 370 وعلى متنها طاقمها."),
    ("ar", "تحولت العاصفة إلى إعصار من الفئة 4 ليلا."),
])
def test_identifiers_are_no_claims(language: str, text: str) -> None:
    assert _values(text, language) == []


# --- measures: fractions of a unit, Arabic prefixed units, coordinates

@pytest.mark.parametrize(("language", "text"), [
    ("en", "The quake had a strength of 6.4 and shook the coast."),
    ("da", "Et jordskælv med en styrke på 7,8 ramte kysten."),
    ("nb", "Et skjelv med styrke 6,1 rystet byen i natt."),
    ("ar", "ضرب زلزال بقوة 6.4 الساحل."),
    ("ar", "تنتج المحطة 600 ميغاواط من الكهرباء."),
    ("ar", "هطلت 300 ملليمتر من الأمطار على المدينة."),
    ("ar", "يمتد الطريق لمسافة 650 كلم عبر الصحراء."),
    ("ar", "نشأت العاصفة عند خط الطول 35 غربا."),
    ("en", "Oil output fell to 500,000 barrels a day."),
    ("da", "Branden har ødelagt 2.000 hektar skov."),
    ("nb", "Toget kjører i 300 km/t."),
])
def test_measures_are_no_claims(language: str, text: str) -> None:
    assert _values(text, language) == []


# --- money: every CLDR currency name, also the neighbour language's form

@pytest.mark.parametrize(("language", "text"), [
    ("en", "A room costs 2,000 rupees a night."),
    ("en", "The bridge cost five billion yuan."),
    ("da", "Et værelse koster 2.000 rupier per nat."),
    ("da", "Broen kostede fem milliarder yuan."),
    ("nb", "Et rom koster 2000 rupees natten."),
    ("nb", "Brua kostet 300 millioner kroner."),
    ("ar", "تبلغ تكلفة الغرفة 2000 روبية في الليلة."),
    ("ar", "بلغت قيمة الصفقة 20 مليار جنيه."),
])
def test_money_is_no_claim(language: str, text: str) -> None:
    assert _values(text, language) == []


def test_danish_and_norwegian_share_currency_names() -> None:
    assert {"rupier", "rupees"} <= currency_words("da")
    assert {"rupier", "rupees"} <= currency_words("nb")
    assert "sum" not in currency_words("nb")  # Uzbek "sum" is a sum


# --- ranks and ages

@pytest.mark.parametrize(("language", "text"), [
    ("en", "The top 10 teams qualify for the playoffs."),
    ("da", "De top 10 hold går videre til slutspillet."),
    ("nb", "Topp 10 i sammendraget får premie."),
    ("ar", "يتأهل أفضل 10 فرق إلى الأدوار الإقصائية."),
    ("en", "The driver, 85, died in hospital on Sunday."),
    ("da", "Chaufføren, 85, døde på hospitalet søndag."),
    ("nb", "Sjåføren, 85, døde på sykehuset søndag."),
    ("ar", "وتوفي السائق، 85، في المستشفى يوم الأحد."),
])
def test_ranks_and_ages_are_no_claims(language: str, text: str) -> None:
    assert _values(text, language) == []


# --- counts that stay claims beside the mechanisms

@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "About 3,000 troops were sent to the border.", 3000.0),
    ("en", "Gunmen killed 7 in the attack on the market.", 7.0),
    ("en", "Two Americans were among the dead.", 2.0),
    ("en", "Some 1.5 million people fled the region.", 1_500_000.0),
    ("da", "Omkring 3.000 soldater blev sendt til grænsen.", 3000.0),
    ("da", "Oprørerne dræbte 7 ved angrebet på markedet.", 7.0),
    ("da", "To amerikanere var blandt de døde.", 2.0),
    ("da", "Omkring 1,5 millioner mennesker flygtede fra regionen.", 1_500_000.0),
    ("nb", "Rundt 3000 soldater ble sendt til grensen.", 3000.0),
    ("nb", "Opprørerne drepte 7 i angrepet på markedet.", 7.0),
    ("nb", "To amerikanere var blant de drepte.", 2.0),
    ("nb", "Rundt 1,5 millioner mennesker flyktet fra regionen.", 1_500_000.0),
    ("ar", "تم نشر نحو 3000 جندي على الحدود.", 3000.0),
    ("ar", "قتل المسلحون 7 أشخاص في الهجوم على السوق.", 7.0),
    ("ar", "فر نحو 1.5 مليون شخص من المنطقة.", 1_500_000.0),
    # a game's sentence still reports casualties and counts of people
    ("en", "Two fans were killed after the match ended 2-1.", 2.0),
    ("en", "The stadium was evacuated and 40,000 spectators were sent home.", 40_000.0),
    ("da", "To tilskuere blev dræbt efter kampen, der endte 2-1.", 2.0),
    ("nb", "To tilskuere ble drept etter kampen, som endte 2-1.", 2.0),
    ("ar", "قتل مشجعان بعد المباراة التي انتهت 2-1.", 2.0),
    # a range of people is no result: a counted noun follows the pair
    ("en", "After the match, 20-30 fans were arrested outside the stadium.", 20.0),
    # "rounds" without a game: ammunition; a label noun before a counted noun
    ("en", "Soldiers fired 30 rounds at the car.", 30.0),
    ("en", "Police found in room 5 people hiding under a bed.", 5.0),
    ("ar", "وفي المنطقة 300 جندي من القوات الخاصة.", 300.0),
])
def test_counts_stay_claims(language: str, text: str, value: float) -> None:
    assert value in _values(text, language)


def test_game_report_reads_the_sentence() -> None:
    assert game_report(tokenize("The hosts won the final.", "en"), "en") == 1
    assert game_report(tokenize("Holdet vandt kampen i superligaen.", "da"), "da") == 2
    assert game_report(tokenize("وفاز الفريق بالمباراة", "ar"), "ar") == 1
    assert game_report(tokenize("Rebels fired 30 rounds at the convoy.", "en"), "en") == 0


@pytest.mark.parametrize(("language", "text", "value"), [
    # a war's nouns that are also a game's stay counts without a sure word of a game
    ("en", "The army won the battle after firing 300 rounds at the fort.", 300.0),
    ("ar", "سجل الجيش 30 هدفا في الغارة.", 30.0),
    ("ar", "نفذت الطائرات 40 ضربة بعد فوز القوات في المعركة.", 40.0),
    ("nb", "Hæren vant slaget og avfyrte 300 skudd.", 300.0),
])
def test_war_nouns_stay_counts(language: str, text: str, value: float) -> None:
    assert value in _values(text, language)


def test_fractional_is_a_measure() -> None:
    def q(value: float, words: bool = False) -> Quantity:
        return Quantity(text="x", start=0, end=1, value=value, low=value, high=value,
                        hedge="exact", kind="count", words=words)
    assert fractional(q(6.4))
    assert not fractional(q(1_500_000.0))
    assert not fractional(q(12.0))


def test_arabic_prefixed_units() -> None:
    from translate.claims.filters import is_unit
    units = unit_words("ar")
    assert is_unit("ميغاواط", units, "ar")
    assert is_unit("ملليمتر", units, "ar")
    assert not is_unit("مسلحين", units, "ar")


# --- kinds and parts: a count of kinds, or of the few parts a thing is divided into

@pytest.mark.parametrize(("language", "text"), [
    ("en", "Visitors can apply for two types of permit at the border."),
    ("en", "After the bridge the column split into two groups."),
    ("en", "The molecule is made up of three atoms."),
    ("da", "Turister kan søge om to slags visum ved grænsen."),
    ("da", "Efter broen delte kolonnen sig i to grupper."),
    ("da", "Molekylet består af tre atomer."),
    ("nb", "Turister kan søke om to typer visum på grensen."),
    ("nb", "Etter brua delte kolonnen seg opp i to grupper."),
    ("nb", "Molekylet består av tre atomer."),
    ("ar", "يمكن للزوار التقدم بطلب للحصول على نوعين من التأشيرات."),
    ("ar", "بعد الجسر انقسم الرتل إلى مجموعتين."),
    ("ar", "يتكون الجزيء من ثلاث ذرات."),
])
def test_kinds_and_parts_are_no_claims(language: str, text: str) -> None:
    assert _values(text, language) == []


@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "The relief convoy consisted of 40 trucks.", 40.0),
    ("en", "The force is made up of 3,000 troops.", 3000.0),
    ("da", "Styrken består af 3.000 soldater.", 3000.0),
    ("nb", "Øygruppen består av 15 øyer.", 15.0),
    ("ar", "تتكون القوة من 3000 جندي.", 3000.0),
])
def test_larger_or_known_parts_stay_claims(language: str, text: str, value: float) -> None:
    assert value in _values(text, language)


@pytest.mark.parametrize(("language", "text", "value"), [
    # targets, fights and parties: a war's or an election's nouns that a game shares stay
    # counts with only a weak word of a game ("won", "kampene", "فاز")
    ("da", "Under kampene ramte flyene 30 mål i byen.", 30.0),
    ("nb", "Under kampene traff flyene 30 mål i byen.", 30.0),
    ("da", "Valget blev vundet af en koalition af 14 partier.", 14.0),
    ("ar", "فاز الجيش بالمعركة بعد أن قصف 30 هدفا.", 30.0),
])
def test_targets_and_parties_stay_counts(language: str, text: str, value: float) -> None:
    assert value in _values(text, language)


@pytest.mark.parametrize(("language", "text", "value"), [
    # "foran"/"efter" are also a place's and a time's: a crowd after a weak word of a game
    ("da", "Efter sejren stod 300 fans foran rådhuset.", 300.0),
    ("nb", "Etter kampene var 40 drept etter angrepet.", 40.0),
])
def test_place_and_time_words_are_no_margins(language: str, text: str, value: float) -> None:
    assert value in _values(text, language)
