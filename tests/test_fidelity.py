"""Number fidelity between a source sentence and its translation."""

import pytest

from translate import __version__
from translate.claims import check_fidelity

CASES = [
    ("da", "Der bor 2.200.112 mennesker i regionen.", "There are 2,200,12 people in the region.",
     {"changed"}),
    ("da", "Der bor 2.200.112 mennesker i regionen.", "2,200,112 people live in the region.",
     set()),
    ("nb", "USA vil sende nesten 3.000 ekstra soldater.", "The US will send 3,000 extra troops.",
     {"hedge_changed"}),
    ("nb", "USA vil sende nesten 3.000 ekstra soldater.", "The US will send nearly 3,000 troops.",
     set()),
    ("da", "Tre mennesker døde.", "Three people died.", set()),
    ("da", "25 militante blev dræbt.", "Five militants were killed.", {"changed"}),
    ("da", "25 militante blev dræbt.", "Militants were killed.", {"missing"}),
    ("en", "Five people died.", "5 people died.", set()),
    ("da", "Prisen er 2,5 millioner kroner.", "The price is 2.5 million kroner.", set()),
    ("ar", "أرسلت 30 مركبة مدرعة في عام 2020", "It sent 30 armoured vehicles in 2020", set()),
    ("ar", "أرسلت ٣٠ مركبة", "It sent 13 vehicles and 40 tanks", {"changed", "extra"}),
    ("da", "Hun kom på 3. pladsen.", "She came third.", set()),
    ("da", "Mødet sluttede kl. 14.00.", "The meeting ended at 2 p.m.", set()),
    ("nb", "Alpint går tilbake til 1600-tallet.", "Skiing goes back to the 17th century.", set()),
    ("da", "Mellem 10 og 15 procent.", "Between 10 and 15 percent.", set()),
    ("da", "Flere tusinde personer demonstrerede.", "Thousands of people demonstrated.", set()),
    ("ar", "عشرات المركبات", "dozens of vehicles", set()),
]


@pytest.mark.parametrize(("lang", "src", "hyp", "flags"), CASES,
                         ids=[f"{i}-{c[0]}-{'+'.join(sorted(c[3])) or 'ok'}"
                              for i, c in enumerate(CASES)])
def test_check_fidelity(lang, src, hyp, flags):
    result = check_fidelity(src, lang, hyp)
    assert result.flag_types() == flags, [f.describe() for f in result.flags]
    assert result.ok is (not flags)
    assert result.signature == f"fidelity:{__version__}|src:{lang}|tgt:en"


FLORES = [  # real FLORES-200 test lines
    ("da", "Den irakiske studiegruppe fremlagde rapporten kl. 12.00 i dag (GMT).",
     "The Iraqi study group presented its report at 12.00 GMT today.", set()),
    ("da", "Som det første af 78 anbefalinger er, at der bør tages et nyt diplomatisk initiativ.",
     "First of 78 recommendations is that a new diplomatic initiative should be taken.", set()),
    ("nb", "Paralympics vil være fra 24.08.2021 til 05.09.2021.",
     "The Paralympics will take place from 24 August to 5 September 2021.", set()),
]


@pytest.mark.parametrize(("lang", "src", "hyp", "flags"), FLORES,
                         ids=[f"flores-{i}" for i in range(len(FLORES))])
def test_flores_lines(lang, src, hyp, flags):
    assert check_fidelity(src, lang, hyp).flag_types() == flags


HEDGES_AND_PARAPHRASE = [
    # a hedge the translation adds is not flagged; one it loses or turns around is
    ("nb", "Kapselen reiser 12,8 kilometer i sekundet.", "It travels at about 12.8 km a second.",
     set()),
    ("da", "Mindst 50 hektar.", "At most 50 hectares.", {"hedge_changed"}),
    ("da", "Mindst 50 hektar.", "No fewer than 50 hectares.", set()),
    ("nb", "Vinder opp mot 480 km/t.", "Winds up to 480 km/h.", set()),
    # centuries counted from 0 or 1, ranges sharing a scale word, dozens, vague words
    ("nb", "Før spanjolene kom på 1600-tallet.", "Before the Spanish came in the 16th century.",
     set()),
    ("nb", "Fossiler som er 2–3 millioner år gamle.", "Fossils two million to three million "
     "years old.", set()),
    ("da", "Omkring 50 baser.", "Some four dozen bases.", set()),
    ("da", "Linser i tusindvis af år.", "Lenses for thousands and thousands of years.", set()),
    # small numbers the source spells in ways no parser reads (Arabic dual) are not extra
    ("ar", "خطابه الذي استمر لمدة ساعتين", "his 2 hour speech", set()),
    ("ar", "(٠٢٣٠ التوقيت العالمي)", "(0230 UTC)", set()),
    ("ar", "خلال الساعات الـ48 الماضية", "in the past 48 hours", set()),
    ("ar", "خلال الساعات الـ48 الماضية", "in the past 84 hours", {"changed"}),
]


@pytest.mark.parametrize(("lang", "src", "hyp", "flags"), HEDGES_AND_PARAPHRASE,
                         ids=[f"p{i}-{c[0]}-{'+'.join(sorted(c[3])) or 'ok'}"
                              for i, c in enumerate(HEDGES_AND_PARAPHRASE)])
def test_hedges_and_paraphrase(lang, src, hyp, flags):
    result = check_fidelity(src, lang, hyp)
    assert result.flag_types() == flags, [f.describe() for f in result.flags]
