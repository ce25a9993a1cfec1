"""Scope from general clause structure: existential and presence clauses, possession with
adverbs or an inverted subject between the verb and the figure, verbless clauses, and
what must stay an incident (four languages; sentences written for these tests)."""

from __future__ import annotations

import dataclasses

import pytest

from translate.align.config import LinkingConfig
from translate.align.scope import is_held, scope_of
from translate.claims.types import Claim


def _claim(sentence: str, quote: str, category: str = "troops", lang: str = "en", *,
           direction: str | None = None) -> Claim:
    start = sentence.index(quote)
    return Claim("d#c1", "d", quote, start, start + len(quote), 1.0, 1.0, 1.0, "exact",
                 category, direction, None, sentence, 0, lang)


LEVELS = [
    # existential clauses: the figure is what there is somewhere
    ("Der er omkring 2.000 soldater i Irak.", "omkring 2.000 soldater", "da"),
    ("I dag er der kun 80 franske soldater tilbage i landet.", "80 franske soldater", "da"),
    ("Det finnes rundt 300 soldater på basen.", "rundt 300 soldater", "nb"),
    ("There are more than 1,000 troops in Niger.", "more than 1,000 troops", "en"),
    ("ويوجد في العراق نحو ٢٥٠٠ جندي أمريكي.", "نحو ٢٥٠٠ جندي أمريكي", "ar"),
    ("وهناك حاليا نحو ٩٠٠ جندي في سوريا.", "نحو ٩٠٠ جندي", "ar"),
    # a present copula (and a stative participle) with a static locative
    ("About 2,000 troops are deployed in Syria.", "About 2,000 troops", "en"),
    ("Some 5,000 marines are now in the region.", "Some 5,000 marines", "en"),
    ("Omkring 500 soldater er allerede i landet.", "Omkring 500 soldater", "da"),
    ("Styrken mener at 1.000 leiesoldater nu er i landet.", "1.000 leiesoldater", "da"),
    ("Mens 120 er utplassert i hovedstaden.", "120", "nb"),
    ("Ifølge hæren er omkring 400 soldater allerede på basen.", "omkring 400 soldater", "da"),
    # possession with adverbs between the verb and the figure
    ("Frankrike har i tillegg 3 000 soldater i Tsjad.", "3 000 soldater", "nb"),
    ("Norge har nå bare 60 soldater igjen.", "60 soldater", "nb"),
    ("Britain still has about 500 troops in Estonia.", "about 500 troops", "en"),
    ("ولها حاليا نحو ألف جندي في النيجر.", "نحو ألف جندي", "ar"),
    # an inverted verb: its subject between it and the figure
    ("I fjor hadde Danmark omkring 750 soldater i Irak.", "omkring 750 soldater", "nb"),
    ("Samlet har Tyskland omkring 3.000 soldater i udlandet.", "omkring 3.000 soldater",
     "da"),
    ("وتضم القوة الدولية نحو ١٠ آلاف جندي.", "نحو ١٠ آلاف جندي", "ar"),
    # the base form after a modal, and verbs of composition
    ("A battalion can number up to 1,000 soldiers.", "up to 1,000 soldiers", "en"),
    ("Styrken skal bestå af 2.000 soldater.", "2.000 soldater", "da"),
    # serving or based somewhere now
    ("About 300 soldiers are serving in Estonia.", "About 300 soldiers", "en"),
    ("I dag tjenestegjør 400 norske soldater i landet.", "400 norske soldater", "nb"),
    ("Rundt 200 av dem holder til i leiren.", "Rundt 200 av dem", "nb"),
    # a verbless clause after a clause of presence: an ellipsis, an Arabic nominal clause
    ("It keeps 600 troops in Chad, about 350 in Gabon and 1,500 in Djibouti.",
     "about 350", "en"),
    ("وتنشر الولايات المتحدة نحو ٩٠٠ جندي في سوريا، إضافة إلى ٢٥٠٠ جندي في العراق.",
     "٢٥٠٠ جندي", "ar"),
    ("وتنشر الدولة نحو ٥٠ ألف جندي، أكثر من ٢٠ ألفا منهم في الجزيرة.",
     "أكثر من ٢٠ ألفا منهم", "ar"),
]


@pytest.mark.parametrize("sentence, quote, lang", LEVELS)
def test_standing_levels(sentence: str, quote: str, lang: str) -> None:
    claim = _claim(sentence, quote, lang=lang)
    assert scope_of(claim) == "standing_level"
    assert is_held(claim)


INCIDENTS = [
    # events stay incidents: sending, a past deployment, an auxiliary and its participle
    ("3,000 troops were sent to Poland on Monday.", "3,000 troops", "troops", "en"),
    ("3,000 troops are sent to Poland.", "3,000 troops", "troops", "en"),
    ("The US has sent 3,000 troops to Poland.", "3,000 troops", "troops", "en"),
    ("USA har sendt 3000 soldater til Polen.", "3000 soldater", "troops", "nb"),
    ("Forsvaret har nå satt inn 850 soldater.", "850 soldater", "troops", "nb"),
    ("Der er sendt 1.000 soldater til grænsen.", "1.000 soldater", "troops", "da"),
    ("ستنشر فرنسا ألف جندي في مالي.", "ألف جندي", "troops", "ar"),
    # an addition is no level, even with a verb of presence
    ("Yderligere 1.000 soldater er på vej til Kabul.", "1.000 soldater", "troops", "da"),
    ("About 1,500 extra soldiers are in the streets of the capital.",
     "About 1,500 extra soldiers", "troops", "en"),
    # a verb between a verbless-looking figure and its place
    ("About 1,000 soldiers served in Iraq.", "About 1,000 soldiers", "troops", "en"),
    ("Næsten 1.000 soldater stod opstillet på pladsen.", "Næsten 1.000 soldater", "troops",
     "da"),
    # serving in the past counts who passed through, not who is there
    ("Om lag 9000 soldater tjenestegjorde i styrken.", "Om lag 9000 soldater", "troops",
     "nb"),
    # casualties are never levels
    ("Seven soldiers were killed in Kabul.", "Seven soldiers", "killed", "en"),
    ("seven were killed", "seven", "killed", "en"),
    ("There are 300 people in the hospital.", "300 people", "wounded", "en"),
]


@pytest.mark.parametrize("sentence, quote, category, lang", INCIDENTS)
def test_incidents_stay_incidents(sentence: str, quote: str, category: str,
                                  lang: str) -> None:
    claim = _claim(sentence, quote, category, lang)
    assert scope_of(claim) == "incident"
    assert not is_held(claim)


def test_definite_contingent_is_opt_in() -> None:
    claim = _claim("Seoul pays for the roughly 28,500 US troops on the peninsula.",
                   "roughly 28,500 US troops")
    assert scope_of(claim) == "incident"
    on = LinkingConfig(scope_definite=True)
    assert scope_of(claim, config=on) == "standing_level"
    # a genitive possessor and a Scandinavian definite determiner
    assert scope_of(_claim("Britain's 9,000 troops in Afghanistan will leave.", "9,000 troops"),
                    config=on) == "standing_level"
    assert scope_of(_claim("Udgifterne til de 28.500 soldater i landet stiger.",
                           "28.500 soldater", lang="da"), config=on) == "standing_level"
    # a verb between the figure and a place: not a contingent where it is
    assert scope_of(_claim("The 3,000 troops left on Monday.", "3,000 troops"),
                    config=on) == "incident"


def test_tables_can_be_overridden() -> None:
    claim = _claim("Der er omkring 2.000 soldater i Irak.", "omkring 2.000 soldater",
                   lang="da")
    cfg = LinkingConfig()
    # read twice: an existential clause, and an inverted copula with a place after it
    assert scope_of(claim, config=dataclasses.replace(cfg, scope_existential=())) == \
        "standing_level"
    assert scope_of(claim, config=dataclasses.replace(
        cfg, scope_existential=(), scope_copulas=())) == "incident"
    copular = _claim("About 2,000 troops are deployed in Syria.", "About 2,000 troops")
    assert scope_of(copular, config=dataclasses.replace(cfg, scope_locatives=())) == \
        "incident"
    # a narrower possession gap: one adverb, not two
    held = _claim("Frankrike har i tillegg 3 000 soldater i Tsjad.", "3 000 soldater",
                  lang="nb")
    assert scope_of(held, config=dataclasses.replace(cfg, possession_gap=0)) == "incident"


@pytest.mark.parametrize("sentence, quote, category, lang", [
    ("The death toll has risen to 1,700, including 600 children.", "600 children", "killed",
     "en"),
    ("Dødstallet er steget til 18, heraf 12 i hovedstaden.", "12", "killed", "da"),
    ("ارتفعت حصيلة ضحايا الزلزال إلى ٢٠٠ قتيل، بينهم ٣٩ طفلا.", "٣٩ طفلا", "killed", "ar"),
    ("ارتفعت حصيلة ضحايا الزلزال إلى ٢٠٠ قتيل، ٣٩ منهم في المدينة.", "٣٩ منهم", "killed",
     "ar"),
])
def test_part_of_a_toll_is_a_running_total(sentence: str, quote: str, category: str,
                                           lang: str) -> None:
    assert scope_of(_claim(sentence, quote, category, lang)) == "running_total"
    off = LinkingConfig(parts_share_scope=False)
    assert scope_of(_claim(sentence, quote, category, lang), config=off) == "incident"


def test_part_of_an_event_count_stays_an_incident() -> None:
    # a part whose whole is one event's count: no toll, no running total
    claim = _claim("Seven people were killed in the blast, among them two children.",
                   "two children", "killed")
    assert scope_of(claim) == "incident"
