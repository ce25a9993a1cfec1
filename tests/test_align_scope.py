"""Scope from the structure of the clause that holds the figure (four languages)."""

from __future__ import annotations

import pytest

from translate.align.config import LinkingConfig
from translate.align.cues import has_cue
from translate.align.scope import clauses_of, is_held, scope_of
from translate.claims.types import Claim


def _claim(sentence: str, quote: str, category: str, *, direction: str | None = None,
           lang: str = "en") -> Claim:
    start = sentence.index(quote)
    return Claim("d#c1", "d", quote, start, start + len(quote), 1.0, 1.0, 1.0, "exact",
                 category, direction, None, sentence, 0, lang)


@pytest.mark.parametrize("sentence, quote, category, lang, scope", [
    # a verb of keeping or possession holds the figure: a level
    ("France has about 4,300 troops in the Sahel.", "about 4,300 troops", "troops", "en",
     "standing_level"),
    ("Frankrike har bare 900 soldater i landet.", "900 soldater", "troops", "nb",
     "standing_level"),
    ("FN-missionen tæller omkring 13.000 soldater.", "omkring 13.000 soldater", "troops", "da",
     "standing_level"),
    ("وكانت لها نحو 2400 جندي في البلاد.", "نحو 2400 جندي", "troops", "ar", "standing_level"),
    ("Rundt 2 500 soldater blir værende i Sahel.", "Rundt 2 500 soldater", "troops", "nb",
     "standing_level"),
    ("وتنشر فرنسا نحو ثلاثة آلاف جندي في مالي.", "نحو ثلاثة آلاف جندي", "troops", "ar",
     "standing_level"),
    ("ستنشر فرنسا نحو ثلاثة آلاف جندي في مالي.", "نحو ثلاثة آلاف جندي", "troops", "ar",
     "incident"),
    # a contingent kept somewhere for good is a level, even while it is being sent
    ("Berlin is ready to station about 5,000 troops in Latvia.", "about 5,000 troops",
     "troops", "en", "standing_level"),
    ("Danmark vil sende 800 soldater permanent til Letland.", "800 soldater", "troops", "da",
     "standing_level"),
    ("وقررت ألمانيا نشر لواء دائم قوامه ٥٠٠٠ جندي في لاتفيا.", "٥٠٠٠ جندي", "troops", "ar",
     "standing_level"),
    # the same verb as an auxiliary of a deployment is no possession
    ("Forsvaret har satt inn omkring 850 soldater.", "omkring 850 soldater", "troops", "nb",
     "incident"),
    ("The army sent 3,000 extra troops on Monday.", "3,000 extra troops", "troops", "en",
     "incident"),
    # the perfect or stative aspect of a cumulative count: counted up to now
    ("At least 58 people have died in western Germany.", "At least 58 people", "killed", "en",
     "running_total"),
    ("Omkring 500 mennesker er såret.", "Omkring 500 mennesker", "wounded", "da",
     "running_total"),
    ("Politiet har anholdt 24 personer.", "24 personer", "arrested", "da", "running_total"),
    # the pluperfect counts up to then
    ("The agency said 900 houses had collapsed.", "900 houses", "buildings", "en",
     "running_total"),
    ("Politiet sa at 14 personer hadde omkommet.", "14 personer", "killed", "nb",
     "running_total"),
    # the simple past of one event stays an incident
    ("Seven people were killed in the blast.", "Seven people", "killed", "en", "incident"),
    ("Sju personer ble drept i eksplosjonen.", "Sju personer", "killed", "nb", "incident"),
    # a count that reached or crossed a mark accumulates
    ("The number of registered cases has reached 31,000.", "31,000", "people", "en",
     "running_total"),
    ("Antallet smittede har passert 12 000.", "12 000", "people", "nb", "running_total"),
    ("تجاوز عدد المصابين ثلاثة آلاف.", "ثلاثة آلاف", "people", "ar", "running_total"),
    # possession of a count that cannot be kept is no level
    ("The hospital has 40 wounded patients.", "40 wounded patients", "wounded", "en",
     "incident"),
], ids=lambda x: x[:28] if isinstance(x, str) and len(x) > 12 else None)
def test_scope_from_clause_structure(sentence, quote, category, lang, scope):
    assert scope_of(_claim(sentence, quote, category, lang=lang)) == scope


def test_cues_count_only_in_the_figure_s_own_clause():
    # "siden 2013" belongs to the other clause: the troops the country has are a level,
    # the 50 killed "since 2013" a running total
    s = ("Frankrig har mere end 4.000 soldater i regionen, og over 50 franske soldater er "
         "dræbt siden 2013.")
    assert scope_of(_claim(s, "mere end 4.000 soldater", "troops", lang="da")) == \
        "standing_level"
    assert scope_of(_claim(s, "over 50 franske soldater", "killed", lang="da")) == \
        "running_total"


def test_tables_are_configuration():
    c = _claim("Norway has 120 soldiers in Mali.", "120 soldiers", "troops")
    assert scope_of(c) == "standing_level"
    assert scope_of(c, config=LinkingConfig(scope_possession=())) == "incident"
    assert scope_of(c, config=LinkingConfig(standing_categories=())) == "incident"


def test_clauses_of_reads_the_english_quote_too():
    c = _claim("Norge har 120 soldater i Mali.", "120 soldater", "troops", lang="nb")
    import dataclasses

    c = dataclasses.replace(c, english="Norway, a NATO member, has 120 soldiers in Mali.",
                            english_quote="120 soldiers")
    assert clauses_of(c) == [("norge har 120 soldater i mali.", "120 soldater"),
                             ("has 120 soldiers in mali.", "120 soldiers")]


def test_arabic_cue_after_a_clitic_at_the_start_of_a_sentence():
    # "wa-la yazal" (and still): the clitic و at the very start of the text
    assert has_cue("ولا يزال نحو 650 جندياً في أفغانستان", ["لا يزال"])
    assert not has_cue("xلا يزال", ["لا يزال"])  # inside a word: no


@pytest.mark.parametrize("sentence, quote, lang", [
    ("ولا يزال نحو 650 جندياً أمريكياً في أفغانستان، بعد أن سحبت واشنطن معظم قواتها.",
     "نحو 650 جندياً أمريكياً", "ar"),
    ("About 650 soldiers remain in Afghanistan after the US withdrew most of its forces.",
     "About 650 soldiers", "en"),
])
def test_a_figure_kept_somewhere_is_a_level_whatever_change_the_sentence_states(
        sentence, quote, lang):
    from translate.align.linking import claim_infos

    c = _claim(sentence, quote, "troops", direction="reduce", lang=lang)
    assert is_held(c)
    (info,) = claim_infos([c], {"d": "s1"}, {})
    assert info.role == "level" and info.scope == "standing_level"
    withdrawn = _claim("The US withdrew 650 soldiers from Afghanistan.", "650 soldiers",
                       "troops", direction="reduce")
    assert claim_infos([withdrawn], {"d": "s1"}, {})[0].role == "remove"


def test_clause_countries_are_the_figure_s_own_not_the_sentence_s():
    from translate.align.cues import claim_cues

    def focus(sentence: str, quote: str) -> frozenset[str]:
        return claim_cues(sentence, quote, language="en", events={}, actors={}).focus

    s = ("A jet bound for Nairobi crashed after taking off from Addis Ababa on Sunday, "
         "killing all 157 people on board.")
    assert focus(s, "all 157 people") == frozenset()  # the route is not the toll's place
    s = "Turkey's toll rose to 41,156, while Syria's reached 5,800."
    assert focus(s, "41,156") == {"TR"} and focus(s, "5,800") == {"SY"}


@pytest.mark.parametrize("sentence, quote, lang, want", [
    # a bare name before the figure is the actor, not where the figure is
    ("Iran fired 16 missiles at two bases in Iraq.", "16 missiles", "en", {"IQ"}),
    ("Iran fired 16 missiles at two bases.", "16 missiles", "en", set()),
    ("Ifølge Pentagon avfyrte Iran 16 missiler.", "16 missiler", "nb", set()),
    # after the figure a located place comes before a possessor ("Irans angreb")
    ("34 soldater blev såret efter Irans angreb på basen i Irak.", "34 soldater", "da",
     {"IQ"}),
    # a possessor or a locative before the figure still counts
    ("Turkey's agency said 1,541 people had been killed.", "1,541 people", "en", {"TR"}),
    ("Tyrkiets myndigheder siger at 3.419 er døde.", "3.419", "da", {"TR"}),
    ("I Tyrkia er dødstallet nå 17 674.", "17 674", "nb", {"TR"}),
    ("I nabolandet Belgien har 20 mennesker mistet livet.", "20 mennesker", "da", {"BE"}),
    ("وفي تركيا بلغ عدد القتلى ٥٤٣٤ شخصاً.", "٥٤٣٤ شخصاً", "ar", {"TR"}),
], ids=lambda x: x[:24] if isinstance(x, str) and len(x) > 12 else None)
def test_clause_countries_are_where_the_figure_is_not_who_acts(sentence, quote, lang, want):
    from translate.align.cues import claim_cues

    cfg = LinkingConfig()
    cues = claim_cues(sentence, quote, language=lang, events={}, actors={},
                      locatives=cfg.locatives)
    assert cues.focus == want
    if sentence.startswith("Iran fired 16 missiles at two bases."):  # without the table
        assert claim_cues(sentence, quote, language=lang, events={}, actors={}).focus == {"IR"}
