"""Who gives a figure: ``translate.claims.attribution`` and ``Claim.attribution``."""

from __future__ import annotations

import pytest

from translate.claims import extract_claims
from translate.claims.attribution import Attribution, attribution, attributions
from translate.claims.sentence import sentence_claims
from translate.corpus.document import Sentence


def _sources(text: str, language: str) -> list[tuple[str, str | None]]:
    """(figure as quoted, source text or None) for every claim of the sentence."""
    claims = sentence_claims(text, language)
    found = attributions(text, [(c.start, c.end) for c in claims], language)
    return [(text[c.start:c.end], a.text if a else None) for c, a in zip(claims, found)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # single source, subject before the verb
    ("en", "The interior ministry said 35 soldiers were killed in the ambush.",
     [("35 soldiers", "The interior ministry")]),
    ("en", "Eleven people drowned near the pier, the coast guard said on Monday.",
     [("Eleven people", "the coast guard")]),
    ("en", "Nine miners were trapped underground, said rescuers.",
     [("Nine miners", "rescuers")]),
    ("en", "According to the fire brigade, 14 houses burned down.",
     [("14 houses", "the fire brigade")]),
    ("en", "A spokesman for the Red Cross told reporters that 60 volunteers were deployed.",
     [("60 volunteers", "A spokesman for the Red Cross")]),
    ("nb", "Brannvesenet sier at 12 personer ble evakuert.",
     [("12 personer", "Brannvesenet")]),
    ("da", "Beredskabet oplyser, at 30 familier er evakueret.",
     [("30 familier", "Beredskabet")]),
    # Norwegian and Danish V2 inversion
    ("nb", "Sju personer ble skadd i ulykken, sa politiet torsdag.",
     [("Sju personer", "politiet")]),
    ("nb", "I natt opplyste sykehuset at fire pasienter var flyttet.",
     [("fire pasienter", "sykehuset")]),
    ("da", "Otte soldater blev såret, sagde ministeriet.",
     [("Otte soldater", "ministeriet")]),
    ("da", "To brandfolk er kommet til skade, siger vagtchef Lars Holm til avisen.",
     [("To brandfolk", "vagtchef Lars Holm")]),
    # according to: ifølge
    ("nb", "Ifølge kommunen er 200 boliger uten strøm.",
     [("200 boliger", "kommunen")]),
    ("da", "Ifølge redningstjenesten blev 16 personer reddet op af vandet.",
     [("16 personer", "redningstjenesten")]),
    # Arabic VSO, بحسب, وفقاً لـ
    ("ar", "قالت وزارة الداخلية إن 20 شخصا اعتقلوا.",
     [("20 شخصا اعتقلوا", "وزارة الداخلية")]),
    ("ar", "وبحسب الدفاع المدني، أصيب 15 شخصا.",
     [("15 شخصا", "الدفاع المدني")]),
    ("ar", "وفقاً لوزارة الصحة، توفي 9 أشخاص.",
     [("9 أشخاص", "وزارة الصحة")]),
    ("ar", "أعلن الجيش مقتل 6 جنود.",
     [("6 جنود", "الجيش")]),
    ("ar", "ارتفع عدد القتلى إلى 30 قتيلا، بحسب ما أعلنه الدفاع المدني.",
     [("30 قتيلا", "الدفاع المدني")]),
    # a subject that starts with ل is no addressee ("لجنة": committee); "لرويترز إن" is
    ("ar", "وقالت لجنة الإغاثة إن 300 عائلة نزحت.",
     [("300 عائلة", "لجنة الإغاثة")]),
    ("ar", "وقالت الشرطة لرويترز إن 12 شخصا اعتقلوا.",
     [("12 شخصا اعتقلوا", "الشرطة")]),
    # the verb after a name ends the source ("Ifølge FN mangler …")
    ("da", "Ifølge FN mangler 40 landsbyer rent vand.",
     [("40 landsbyer", "FN")]),
    # an article that is also a pronoun ("den", "det") before an adjective
    ("da", "Otte soldater blev såret, oplyser det danske forsvar.",
     [("Otte soldater", "det danske forsvar")]),
    ("nb", "Fem soldater er sendt hjem, sa den nye forsvarsministeren.",
     [("Fem soldater", "den nye forsvarsministeren")]),
])
def test_single_source(language: str, text: str, expected: list) -> None:
    assert _sources(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Police say 40 protesters were arrested, while organisers said 70 protesters "
           "were arrested.",
     [("40 protesters", "Police"), ("70 protesters", "organisers")]),
    ("da", "Ifølge politiet blev 12 personer anholdt, mens arrangørerne siger, at 70 "
           "demonstranter blev anholdt.",
     [("12 personer", "politiet"), ("70 demonstranter", "arrangørerne")]),
    ("nb", "Politiet sier 15 personer er savnet, mens Røde Kors sier at 40 personer er "
           "savnet.",
     [("15 personer", "Politiet"), ("40 personer", "Røde Kors")]),
    ("ar", "قتل 40 شخصا، حسب وزارة الصحة، بينما قال المتمردون إن 70 شخصا قتلوا.",
     [("40 شخصا", "وزارة الصحة"), ("70 شخصا قتلوا", "المتمردون")]),
])
def test_two_figures_two_sources(language: str, text: str, expected: list) -> None:
    assert _sources(text, language) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "He said 40 people died in the fire."),
    ("en", "Twelve people died, they said."),
    ("nb", "12 personer er drept, sa han."),
    ("da", "Hun siger, at 25 personer er savnet."),
    ("ar", "وقال إن 40 شخصا قتلوا."),  # the subject is in the verb: no named source
    ("ar", "قال لرويترز إن 40 شخصا قتلوا."),  # told Reuters: the one told is no source
    ("ar", "وأعلنت أنها أرسلت 200 جندي."),  # "أنها": that she/it
])
def test_pronoun_subject_is_no_source(language: str, text: str) -> None:
    assert [a for _, a in _sources(text, language)] == [None]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Forty people died in the fire."),
    ("en", "An estimated 300 people were displaced."),  # "estimated" is no verb here
    ("en", "Twelve people were reported killed in the attack."),  # passive: no speaker
    ("nb", "40 personer døde i brannen."),
    ("da", "Tre personer blev dræbt i ulykken."),
    ("ar", "قتل 40 شخصا في الهجوم."),
])
def test_no_cue_no_source(language: str, text: str) -> None:
    assert [a for _, a in _sources(text, language)] == [None]


def test_a_number_in_the_source_name_is_not_the_figure() -> None:
    assert _sources("The 12-member council said 40 soldiers were killed.", "en") == [
        ("40 soldiers", "The 12-member council")]


def test_a_rival_clause_after_the_figure_does_not_claim_it() -> None:
    text = ("The war has killed more than 900 people, and aid agencies say clean water is "
            "scarce.")
    assert _sources(text, "en") == [("more than 900 people", None)]


def test_attribution_span_and_cue() -> None:
    text = "Eleven people drowned, the coast guard said."
    a = attribution(text, (0, 13), "en")
    assert a == Attribution("the coast guard", (23, 38), "said")
    assert text[a.span[0]:a.span[1]] == a.text
    b = attribution("Ifølge kommunen er 200 boliger uten strøm.", (19, 30), "nb")
    assert b is not None and b.cue == "Ifølge"
    c = attribution("وفقاً لـ وزارة الصحة، توفي 9 أشخاص.", (27, 34), "ar")
    assert c is not None and (c.text, c.cue) == ("وزارة الصحة", "وفقاً لـ")
    assert attribution("Eleven people drowned.", (0, 13), "de") is None


def test_claims_carry_their_attribution_in_document_offsets() -> None:
    raw = "Intro. Nine miners were trapped, the mine operator said."
    s = Sentence("d", 1, 7, len(raw), raw[7:], "en")
    (c,) = extract_claims([s])
    assert (c.quote, c.attribution, c.attribution_cue) == ("Nine miners", "the mine operator",
                                                           "said")
    assert c.attribution_start is not None and c.attribution_end is not None
    assert raw[c.attribution_start:c.attribution_end] == c.attribution
    d = c.to_dict()
    assert (d["attribution"], d["attribution_cue"]) == ("the mine operator", "said")
    assert d["attribution_start"] == c.attribution_start
    (none,) = extract_claims([Sentence("d", 0, 0, 22, "Nine miners were trapped.", "en")])
    assert none.attribution is None and none.to_dict()["attribution"] is None


def test_invisible_characters_keep_the_source_exact() -> None:
    raw = "Sju personer ble skadd, sa poli\u00adtiet."
    (c,) = extract_claims([Sentence("d", 0, 0, len(raw), raw, "nb")])
    assert c.attribution == "poli\u00adtiet"
    assert raw[c.attribution_start:c.attribution_end] == c.attribution


def test_claims_table_and_groups_show_the_attribution() -> None:
    from translate.display.views import attribution_html, claims_html

    raw = "Nine miners were trapped, the mine operator said."
    (c,) = extract_claims([Sentence("d", 0, 0, len(raw), raw, "en")])
    assert attribution_html(c) in claims_html([c])
    assert "per <span" in attribution_html(c) and "the mine operator" in attribution_html(c)
    (none,) = extract_claims([Sentence("d", 0, 0, 25, "Nine miners were trapped.", "en")])
    assert attribution_html(none) == ""


def test_a_conflict_reason_names_the_rival_sources() -> None:
    import datetime as dt

    from translate.align.verdict import decide

    a_text = "The health ministry said 40 people were killed in the raid."
    b_text = "Rebel commanders said 70 people were killed in the raid."
    (a,) = extract_claims([Sentence("d1", 0, 0, len(a_text), a_text, "en")])
    (b,) = extract_claims([Sentence("d2", 0, 0, len(b_text), b_text, "en")])
    day = dt.date(2024, 5, 1)
    verdict, reason = decide([a, b], {"d1": day, "d2": day})
    assert verdict == "conflict"
    assert "(d1, per The health ministry)" in reason and "(d2, per Rebel commanders)" in reason
