"""Story finding with a tiny fake embedder (no model): joins, splits and scale."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from translate.align.stories import Story, StoryConfig, document_facts, find_stories, story_of
from translate.testing import concept_embedder, story_document

# Concept → words in en, nb, da, ar: the fake embedder puts them on one axis, as a
# multilingual model would.
CONCEPTS = [
    {"explosion", "eksplosjon", "eksplosion", "انفجار"},
    {"port", "havn", "havnen", "مرفأ"},
    {"earthquake", "jordskjelv", "jordskælv", "زلزال"},
    {"flood", "flom", "oversvømmelse", "فيضان"},
    {"election", "valg", "انتخابات"},
]


ConceptEmbedder = concept_embedder(CONCEPTS, name="concepts", shared=0.2)


doc = story_document


D = dt.date(2020, 8, 5)
BEIRUT = [
    doc("en1", "en", "Explosion at the port of Beirut. The explosion killed dozens", D),
    doc("nb1", "nb", "Eksplosjon i havnen i Beirut. Eksplosjon drepte mange", D),
    doc("ar1", "ar", "انفجار في مرفأ بيروت. انفجار", D + dt.timedelta(days=2)),
]
QUAKE = [
    doc("da1", "da", "Jordskælv i Tyrkiet. Jordskælv dræbte tusinder", dt.date(2023, 2, 6)),
    doc("en2", "en", "Earthquake in Turkey. Earthquake kills thousands", dt.date(2023, 2, 7)),
]


def test_one_event_across_languages_and_two_events_apart():
    stories = find_stories(BEIRUT + QUAKE, embedder=ConceptEmbedder())
    assert [s.documents for s in stories] == [("en1", "nb1", "ar1"), ("da1", "en2")]
    assert [s.id for s in stories] == ["s1", "s2"]
    assert "Beirut" in stories[0].label and "shared places: Beirut" in " ".join(
        stories[0].evidence)
    assert story_of(stories) == {"en1": "s1", "nb1": "s1", "ar1": "s1", "da1": "s2", "en2": "s2"}
    assert set(stories[0].to_dict()) == {"id", "documents", "label", "evidence"}


def test_same_words_years_apart_are_two_stories_and_unknown_date_is_no_veto():
    later = doc("en3", "en", "Explosion at the port of Beirut. The explosion", dt.date(2022, 8, 5))
    undated = doc("nb3", "nb", "Eksplosjon i havnen i Beirut. Eksplosjon", None)
    stories = find_stories([*BEIRUT, later, undated], embedder=ConceptEmbedder())
    by = story_of(stories)
    assert by["en3"] != by["en1"]
    assert len(stories) == 2  # the undated article has no story of its own
    # With one candidate story the unknown date does not veto the join.
    alone = story_of(find_stories([*BEIRUT, undated], embedder=ConceptEmbedder()))
    assert alone["nb3"] == alone["en1"]


def test_same_country_different_event_is_not_joined():
    a = doc("a", "nb", "Flom i Bergen. Flom i Norge", dt.date(2021, 5, 1))
    b = doc("b", "en", "Election in Oslo. Norway votes in the election", dt.date(2021, 5, 2))
    stories = find_stories([a, b], embedder=ConceptEmbedder())
    assert len(stories) == 2


def test_nothing_joins_when_threshold_is_out_of_reach():
    stories = find_stories(BEIRUT, embedder=ConceptEmbedder(), config=StoryConfig(join=9.0))
    assert [s.documents for s in stories] == [("en1",), ("nb1",), ("ar1",)]


def test_duplicate_ids_are_an_error_and_empty_is_empty():
    assert find_stories([], embedder=ConceptEmbedder()) == []
    with pytest.raises(ValueError, match="unique"):
        find_stories([BEIRUT[0], BEIRUT[0]], embedder=ConceptEmbedder())


def test_huge_article_reads_only_its_lead():
    big = doc("big", "en", "Explosion in Beirut " + "word " * 4_000_000, D)  # ~20 MB
    cfg = StoryConfig()
    assert len(document_facts(big, config=cfg).lead) <= cfg.lead_chars
    stories = find_stories([big, *BEIRUT], embedder=ConceptEmbedder())
    assert isinstance(stories[0], Story) and sum(len(s.documents) for s in stories) == 4


def test_stories_reach_report_json_and_html():
    from translate.display.stories import stories_html
    from translate.pipeline import RunResult

    stories = tuple(find_stories(BEIRUT + QUAKE, embedder=ConceptEmbedder()))
    result = RunResult((), {}, {}, stories=stories)
    assert result.to_dict()["stories"][0] == stories[0].to_dict()
    assert "stories: 2 (2 reported by several documents)" in result.summary()
    html = stories_html(stories, languages={"ar1": "ar"})
    assert "s2" in html and "ar1</a> (ar)" in html and "Beirut" in html
    assert "<h2>Stories (2)</h2>" in result._repr_html_()


def test_odd_documents_never_crash(caplog):
    odd = [
        SimpleNamespace(id="empty", language=None, sentences=(),
                        document=SimpleNamespace(published=None, raw="")),
        doc("sv", "sv", "Explosion i Beirut", "2020-08-05T10:00"),
        doc("xx", "xx", "???", "last week"),
    ]
    stories = find_stories(odd, embedder=ConceptEmbedder())
    assert sorted(d for s in stories for d in s.documents) == ["empty", "sv", "xx"]
    assert "not ISO" in caplog.text


def test_numbers_of_the_lead_are_read_in_any_script_and_separator():
    from translate.align.stories import lead_numbers

    text = ("7.146 døde, 7,146 dead, 7 146 døde, ٧١٤٦ قتيلا in 2023; 7,8 magnitude; 3 boats; "
            "100 people; 5,000 homes")
    assert lead_numbers(text) == {7146}  # years, decimals, small and round counts left out
    assert lead_numbers("12 dead", smallest=5) == {12}


def test_a_shared_number_raises_the_pair_score_a_year_does_not():
    from translate.align.stories import _pair_score

    cfg = StoryConfig()
    toll_da = doc("da", "da", "Jordskælv: 7.146 dræbte i Tyrkiet og Syrien", D)
    toll_ar = doc("ar", "ar", "ارتفاع حصيلة الزلزال إلى 7146 قتيلاً", D)
    other = doc("en", "en", "Flood in 2023: 40 dead", D)
    fa, fb, fc = (document_facts(d, config=cfg) for d in (toll_da, toll_ar, other))
    assert fa.numbers == fb.numbers == {7146}
    assert _pair_score(fa, fb, 0.3, cfg) >= 0.3 + cfg.number_bonus
    off = StoryConfig(number_bonus=0.0)
    assert _pair_score(fa, fb, 0.3, off) < _pair_score(fa, fb, 0.3, cfg)
    assert not fa.numbers & fc.numbers


def test_a_lone_report_joins_the_one_story_it_is_clearly_nearest():
    """A follow-up whose lead shares less with each report than the reports share with
    each other stays out at ``join`` but joins the story it is far nearest
    (``attach``); not when another story is nearly as near (``attach_margin``), nor
    below ``attach``, nor with the pass off."""
    lone = doc("en9", "en", "Explosion damage assessed. Flood of aid and port",
               D + dt.timedelta(days=1))
    docs = [*BEIRUT, *QUAKE, lone]

    def groups(**kw):
        cfg = StoryConfig(join=1.0, **kw)
        return [s.documents for s in find_stories(docs, embedder=ConceptEmbedder(), config=cfg)]

    assert groups(attach=None) == [("en1", "nb1", "ar1"), ("da1", "en2"), ("en9",)]
    joined = find_stories(docs, embedder=ConceptEmbedder(), config=StoryConfig(join=1.0,
                                                                             attach=0.8))
    assert [s.documents for s in joined] == [("en1", "nb1", "ar1", "en9"), ("da1", "en2")]
    assert "a lone report nearest this story" in " ".join(joined[0].evidence)
    assert groups(attach=0.9) == groups(attach=None)  # its average is about 0.84
    assert groups(attach=0.8, attach_margin=0.85) == groups(attach=None)  # lead < 0.85


def test_a_story_of_two_first_day_reports_joins_the_larger_story_it_is_clearly_nearest():
    """Two reports that found each other but not the larger story of their event (their
    average with it is below ``join``) join it as a lone report would (``attach_size``
    2); with ``attach_size`` 1 they stay a story of their own."""
    follow = [doc("en8", "en", "Explosion damage assessed in Lebanon. Flood of aid and port",
                  D + dt.timedelta(days=1)),
              doc("da8", "da", "Eksplosion: skader i Libanon opgjort. Oversvømmelse af hjælp "
                  "og havn", D + dt.timedelta(days=2))]
    docs = [*BEIRUT, *QUAKE, *follow]

    def groups(**kw):
        cfg = StoryConfig(join=1.0, attach=0.6, **kw)
        return [s.documents for s in find_stories(docs, embedder=ConceptEmbedder(), config=cfg)]

    assert groups(attach_size=1) == [("en1", "nb1", "ar1"), ("da1", "en2"), ("en8", "da8")]
    assert groups(attach_size=2) == [("en1", "nb1", "ar1", "en8", "da8"), ("da1", "en2")]
    # a story never joins one no larger than itself: the quake pair stays apart
    assert groups(attach_size=3)[1] == ("da1", "en2")


def test_a_follow_up_years_later_joins_its_story_by_a_rare_shared_name():
    """A report three years on that names the event's own rare name ("Mallacoota") joins its
    story, time not counted (``follow_up_names``); without that name, or with the rule off,
    it stays apart."""
    later = D + dt.timedelta(days=1100)  # beyond what content alone bridges
    follow = doc("en7", "en", "Explosion at the port of Beirut, Mallacoota remembered",
                 later)
    plain = doc("en6", "en", "Explosion at the port of Beirut remembered", later)
    named = [doc(i, lang, text + " Mallacoota", day) for i, lang, text, day in (
        ("en1", "en", "Explosion at the port of Beirut. The explosion killed dozens", D),
        ("nb1", "nb", "Eksplosjon i havnen i Beirut. Eksplosjon drepte mange", D),
        ("ar1", "ar", "انفجار في مرفأ بيروت. انفجار", D + dt.timedelta(days=2)))]

    def groups(docs, **kw):
        cfg = StoryConfig(**kw)
        return [set(s.documents) for s in find_stories(docs, embedder=ConceptEmbedder(),
                                                       config=cfg)]

    assert {"en1", "nb1", "ar1", "en7"} in groups([*named, *QUAKE, follow])
    assert {"en7"} in groups([*named, *QUAKE, follow], follow_up_names=0)
    assert {"en6"} in groups([*named, *QUAKE, plain])


def test_a_follow_up_years_later_joins_its_story_by_naming_when_it_began():
    """With ``follow_up_dates`` on, a report years on whose lead names the year its story
    began ("the 2020 explosion") and a city of the story joins it, time not counted;
    naming another year, naming no city of the story, or with the rule off (the
    default), it stays apart."""
    later = D + dt.timedelta(days=1100)

    def follow(text):
        return doc("en7", "en", text, later)

    def groups(docs, **kw):
        cfg = StoryConfig(**{"follow_up_dates": True, **kw})
        return [set(s.documents) for s in find_stories(docs, embedder=ConceptEmbedder(),
                                                       config=cfg)]

    dated = follow("Explosion at the port of Beirut in 2020 remembered")
    assert {"en1", "nb1", "ar1", "en7"} in groups([*BEIRUT, *QUAKE, dated])
    assert {"en7"} in groups([*BEIRUT, *QUAKE, dated], follow_up_dates=False)
    assert {"en7"} in groups([*BEIRUT, *QUAKE, follow(
        "Explosion at the port of Beirut in 2019 remembered")])
    assert {"en7"} in groups([*BEIRUT, *QUAKE, follow(
        "Explosion at a port in Lebanon in 2020 remembered")])
    assert {"en7"} in [set(s.documents) for s in find_stories(  # the default: off
        [*BEIRUT, *QUAKE, dated], embedder=ConceptEmbedder())]
    assert document_facts(dated, config=StoryConfig(follow_up_dates=True)).past == (
        (dt.date(2020, 1, 1), dt.date(2020, 12, 31)),)
