"""Arabic nationalities: nisba adjectives and peoples, never the country troops are in."""

from __future__ import annotations

import datetime as dt

import pytest

from translate.align.config import resolve_config
from translate.align.linking import blocked, claim_infos
from translate.align.nationality import nationalities, nationality_forms
from translate.testing import first_claim


@pytest.mark.parametrize("phrase, want", [
    # singular, feminine, tanwin (with and without its mark), sound plurals, clitics
    ("وصل خمسمئة جندي أمريكي", {"US"}),
    ("قتل جندياً أمريكياً", {"US"}),
    ("قتل جنديا امريكيا", {"US"}),
    ("أكثر من ثلاثة آلاف من القوات الأمريكية", {"US"}),
    ("أعادت ٤٠ من الأميركيين", {"US"}),
    ("سلّمت الأسرى للأمريكيين", {"US"}),
    ("دولار أمريكى", {"US"}),  # final ى for ي
    ("ينتشر ٨٠٠ من الجنود الألمان", {"DE"}),
    ("قوامها ٨٠٠ من القوات الألمانية", {"DE"}),
    ("٢٣ سائحاً بريطانياً", {"GB"}),
    ("نقل ١٥ من المصابين البريطانيين", {"GB"}),
    ("أعيد ستون مواطناً فرنسياً", {"FR"}),
    ("والإيطاليون الثلاثة", {"IT"}),
    ("تسعة طلاب نمساويين", {"AT"}),
    ("نحو ٢٠٠ من الأفغان", {"AF"}),
    ("والقوات السعودية", {"SA"}),
    ("أصيب أربعة قرغيزيين", {"KG"}),
    ("٧ جنود ألمانياً", {"DE"}),  # the accusative of the adjective, not the name
    ("اثنين من اليونان", {"GR"}),  # من right after a count: where they come from
])
def test_arabic_nationality_words(phrase, want):
    assert set(nationalities(phrase, "ar")) == want


@pytest.mark.parametrize("phrase, want", [
    ("يبقى نحو ألف جندي ألماني في أفغانستان", {"DE"}),
    ("يبقى نحو ألف جندي ألماني بأفغانستان", {"DE"}),
    ("لا يزال ٢٥٠٠ جندي في العراق", set()),
    ("أرسلت ثلاثة آلاف جندي إلى الصومال", set()),
    ("سحبت ألف جندي من سوريا", set()),
    ("تنشر ٤٠٠ جندي في السعودية", set()),  # a short name, located: no nationality
    ("وصل ٣٠٠ جندي إلى ألمانيا", set()),
])
def test_a_located_country_is_no_nationality(phrase, want):
    assert set(nationalities(phrase, "ar")) == want


@pytest.mark.parametrize("phrase", [
    "قتل نحو ثلاثة آلاف شخص",
    "درس مئة طالب في الجامعة",
    "زار جورج الموقع مع ٢٠ صحفيا",  # جورج is George, not the Georgians
    "خسر ٣٠ مليون في السوق المالية",  # مالية is "financial", not Mali
    "بعد وفاة رجل في الخامسة والسبعين",
])
def test_no_nationality(phrase):
    assert nationalities(phrase, "ar") == frozenset()


def test_arabic_forms_are_derived_from_kept_data():
    forms = nationality_forms("ar")
    assert len(forms) > 1000
    assert all(len(code) == 2 and code.isupper() for code in forms.values())
    # folded forms: the US from its CLDR currency name, Britain from a CLDR territory name
    assert forms["امريكي"] == "US" and forms["البريطانية"] == "GB"
    assert forms["الالمان"] == "DE" and forms["الافغان"] == "AF"


def test_english_and_norwegian_are_unchanged():
    assert nationalities("Thirteen U.S. service members", "en", "service members") == {"US"}
    assert nationalities("2,500 troops in Iraq", "en", "troops") == frozenset()
    assert nationalities("tyske soldater", "nb", "soldater") == {"DE"}
    assert nationalities("omkring 750 soldater i Afghanistan", "da", "soldater") == \
        frozenset()


def test_german_and_us_levels_in_one_country_are_other_forces():
    """The German contingent in Afghanistan is no step of the US level there: the levels
    keep their own nationalities, and Afghanistan, where both are, keeps neither."""
    de = first_claim("g", "ar", "ولا يزال نحو ألف جندي ألماني متمركزين في أفغانستان "
                                "حاليا.", dt.date(2021, 4, 14))
    us = first_claim("u", "ar", "ولا يزال نحو ألف جندي أمريكي متمركزين في أفغانستان "
                                "حاليا.", dt.date(2020, 11, 17))
    us2 = first_claim("v", "ar", "ولا يزال نحو ألف من الجنود الأميركيين متمركزين "
                                 "بأفغانستان.", dt.date(2020, 11, 18))
    cfg = resolve_config(None)
    claims = [de, us, us2]
    infos = dict(zip((c.id for c in claims), claim_infos(
        claims, {"g": "s1", "u": "s2", "v": "s3"},
        {"g": dt.date(2021, 4, 14), "u": dt.date(2020, 11, 17), "v": dt.date(2020, 11, 18)},
        cfg)))
    assert all(infos[c.id].scope == "standing_level" for c in claims)
    assert infos[de.id].keepers == {"DE"}
    assert infos[us.id].keepers == {"US"} and infos[us2.id].keepers == {"US"}
    assert blocked(de, us, infos[de.id], infos[us.id], cfg) == \
        "levels of two stories, other countries' forces"
    assert blocked(us, us2, infos[us.id], infos[us2.id], cfg) != \
        "levels of two stories, other countries' forces"


@pytest.mark.parametrize("phrase, want", [
    ("أصيب ١٢ بريطانيا", {"GB"}),  # twelve Britons (tanwin unwritten)
    ("يعيش ١٢ ألف لاجئ في بريطانيا", set()),  # Britain: no CLDR name, still a place
    ("وصل ٢٠٠ جندي لسورية", set()),
])
def test_a_word_shaped_like_a_name_is_a_place_after_a_locative(phrase, want):
    assert set(nationalities(phrase, "ar")) == want
