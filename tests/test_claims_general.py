"""Claims on news beyond the seeds: any counted noun, clause categories, tolls, revisions,
"N of them", non-claims, unsupported languages and linear cost (sentences written here)."""


import pytest

from translate.claims import extract_claims
from translate.claims.extract import sentence_claims
from translate.corpus.document import Sentence


def _claims(text: str, lang: str):
    return [(text[c.start:c.end], c.quantity.value, c.category, c.noun, c.role)
            for c in sentence_claims(text, lang)]


NOUNS = [
    ("en", "Police said 14 attackers stormed the depot.", "14 attackers", "attackers", "people"),
    ("en", "The firm laid off 320 employees on Monday.", "320 employees", "employees", "people"),
    ("en", "Officials sent 12 ambulances to the scene.", "12 ambulances", "ambulances",
     "other"),
    ("en", "The navy moved 4 ships into the strait.", "4 ships", "ships", "other"),
    ("en", "Some 60 rescuers worked through the night.", "Some 60 rescuers", "rescuers",
     "people"),
    ("en", "The Pentagon will send 30,000 additional U.S. troops to the region.",
     "30,000 additional U.S. troops", "troops", "troops"),
    ("da", "USA sender 3.000 ekstra amerikanske soldater til regionen.",
     "3.000 ekstra amerikanske soldater", "soldater", "troops"),
    ("nb", "Kommunen kjøpte 40 nye ferger i fjor.", "40 nye ferger", "ferger", "other"),
    ("nb", "Over 4000 ukrainere kom til byen.", "Over 4000 ukrainere", "ukrainere", "people"),
    ("en", "About 5,000 Palestinians gathered in the square.", "About 5,000 Palestinians",
     "Palestinians", "people"),
    ("ar", "وصل 35 مهاجرا إلى الجزيرة.", "35 مهاجرا", "مهاجرا", "people"),
]


@pytest.mark.parametrize(("lang", "text", "quote", "noun", "category"), NOUNS,
                         ids=[n[2] for n in NOUNS])
def test_any_counted_noun(lang, text, quote, noun, category):
    (claim,) = _claims(text, lang)
    assert claim[0] == quote
    assert (claim[3], claim[2]) == (noun, category)


CLAUSE = [
    ("nb", "Fem personer mistet livet i ulykken.", [(5, "killed")]),
    ("en", "Two people have been injured and five killed.", [(2, "wounded"), (5, "killed")]),
    ("en", "At least 110 were diagnosed with brain injuries.", [(110, "wounded")]),
    ("en", "Police arrested 15 protesters and 3 remain missing.",
     [(15, "arrested"), (3, "missing")]),
    ("nb", "13 soldater og 170 afghanere ble drept.", [(13, "killed"), (170, "killed")]),
    ("en", "Some 2,000 residents were evacuated.", [(2000, "displaced")]),
    ("da", "Stormen ødelagde 300 huse.", [(300, "buildings")]),
    ("ar", "أصيب 12 فلسطينيا وقتل ثلاثة جنود.", [(12, "wounded"), (3, "killed")]),
    ("ar", "أعلنت الوزارة مقتل 45 شخصا وإصابة 120 آخرين.", [(45, "killed"), (120, "wounded")]),
    ("nb", "Mannskapene fant ti døde og reddet 27 overlevende.", [(10, "killed"), (27, "people")]),
    ("en", "The quake killed at least 2,000 and injured thousands more.",
     [(2000, "killed"), (None, "wounded")]),
    ("da", "Mere end 200 frivillige leder efter savnede.", [(200, "people")]),
    ("nb", "Minst 30 mennesker er savnet etter skredet.", [(30, "missing")]),
    ("nb", "Han er siktet for drapene på fem personer.", [(5, "killed")]),
    ("nb", "Det er fire kvinner og én mann blant de drepte.", [(4, "killed"), (1, "killed")]),
    ("en", "Three of the five suspects were arrested.", [(3, "arrested"), (5, "arrested")]),
    ("en", "The 10 gunmen were killed in the two attacks.", [(10, "killed")]),
    ("nb", "Mellom 20 og 30 personer ble skadet.", [(20, "wounded"), (30, "wounded")]),
    ("en", "The coastguard sent four ships to search for the missing fishermen.",
     [(4, "other")]),
    ("nb", "Styrken forsterkes med 3000 soldater etter drapet på en general.", [(3000, "troops")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLAUSE, ids=[c[1][:30] for c in CLAUSE])
def test_category_from_clause(lang, text, expected):
    assert [(c[1], c[2]) for c in _claims(text, lang)] == expected


TOLLS = [
    ("en", "The death toll has risen to 154.", 154),
    ("da", "Dødstallet er 68, oplyser politiet.", 68),
    ("da", "Antallet af dræbte er steget til 49.", 49),
    ("ar", "ارتفعت حصيلة القتلى إلى 110.", 110),
    ("en", "The death toll from the floods has passed 4,000.", 4000),
]


@pytest.mark.parametrize(("lang", "text", "value"), TOLLS, ids=[t[1][:25] for t in TOLLS])
def test_toll_without_noun(lang, text, value):
    assert [(c[1], c[2], c[3]) for c in _claims(text, lang)] == [(value, "killed", None)]


def test_revision_gives_from_and_target():
    got = _claims("Dødstallet er nedjusteret fra 86 til 68.", "da")
    assert [(c[1], c[2], c[4]) for c in got] == [(86, "killed", "from"), (68, "killed", "target")]
    got = _claims("Police cut the number of people killed from 86 to 68.", "en")
    assert [(c[1], c[2], c[4]) for c in got] == [(86, "killed", "from"), (68, "killed", "target")]


def test_n_of_them_takes_the_clause_category():
    got = _claims("Over 200 people were hurt, 40 of them seriously.", "en")
    assert [(c[0], c[2]) for c in got] == [("Over 200 people", "wounded"),
                                          ("40 of them", "wounded")]


NOT_CLAIMS = [
    ("en", "The Jan. 8 attacks shocked the city."),
    ("en", "Test scores rose sharply this year."),
    ("en", "The H5N1 strain spread to p109 farms."),
    ("en", "The army has five times the force it had."),
    ("en", "The search lasted three days and covered 20 km of coast."),
    ("en", "COVID-19 patients were moved."),
    ("da", "Politiet anholdt tyve i nat."),
    ("ar", "ضرب الزلزال فجر الاثنين بقوة 7.8 درجات."),
    ("en", "At least 96 people were injured in the two attacks."),
    ("nb", "Norge tok en 3-0 seier over Sverige."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CLAIMS, ids=[n[1][:25] for n in NOT_CLAIMS])
def test_not_claims(lang, text):
    got = _claims(text, lang)
    assert all(c[1] == 96 for c in got), got


def test_claim_fields_in_report_form():
    text = "Ti personer ble drept."
    (c,) = extract_claims([Sentence("d", 0, 0, len(text), text, "nb")])
    d = c.to_dict()
    assert (d["noun"], d["role"], d["number"], d["category"]) == ("personer", None, "Ti",
                                                                  "killed")


def test_unsupported_language_warns_and_skips():
    s = Sentence("de1", 0, 0, 30, "Es wurden 25 Menschen getötet.", "de")
    with pytest.warns(UserWarning, match="'de'"):
        assert extract_claims([s]) == []
    assert extract_claims([s], unsupported="skip") == []
    with pytest.raises(ValueError, match="no claim lexicon"):
        extract_claims([s], unsupported="raise")
    nn = Sentence("nn1", 0, 0, 27, "Ti personar vart drepne.", "nn")
    assert extract_claims([nn])[0].language == "nn"  # read with the Bokmål lexicon


def test_run_reports_unsupported_language(tmp_path):
    import translate

    (tmp_path / "a.txt").write_text("Bei dem Angriff wurden 25 Menschen getötet und 40 "
                                    "verletzt. Die Polizei nahm 12 Personen fest.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ved angrepet ble 25 mennesker drept og 40 skadet.\n",
                                    encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("id,language\na,de\nb,nb\n", encoding="utf-8")
    result = translate.run(tmp_path, translate=False, align=False)
    doc = result.document("a")
    assert doc.language == "de"
    assert any("claims skipped" in w for w in doc.warnings)
    assert {c.doc for c in result.claims} == {"b"}


def test_linear_cost(monkeypatch):
    """Every window is bounded: tokens scanned grow with the text, not with its square."""
    import translate.claims.sentence as ex

    scanned = []
    real = ex.nearest

    def counting(classes, first, last, lo, hi, *args, **kwargs):
        scanned.append(hi - lo)
        return real(classes, first, last, lo, hi, *args, **kwargs)

    monkeypatch.setattr(ex, "nearest", counting)
    words = ("troops were sent and 25 people killed near 3000 homes while about 40 others "
             "fled").split()
    totals = []
    for n_words in (1500, 6000):
        scanned.clear()
        text = " ".join(words[k % len(words)] for k in range(n_words))
        assert len(sentence_claims(text, "en")) > n_words // 20
        totals.append(sum(scanned))
    assert max(scanned) <= 64  # no window spans the paragraph
    assert totals[1] < 5 * totals[0]  # 4x the words, about 4x the work


@pytest.mark.parametrize("text,lang", [
    ("Five people were killed and 2,500 troops were deployed to the area.", "en"),
    ("Fem personer ble drept, og 2500 soldater ble sendt til området.", "nb"),
    ("25 militante blev dræbt, og 2500 soldater blev sendt til området.", "da"),
])
def test_a_verb_before_and_belongs_to_the_count_before_it(text, lang):
    from translate.claims.extract import extract_claims
    from translate.corpus.document import Sentence

    claims = extract_claims([Sentence("x", 0, 0, len(text), text, lang)])
    assert [c.category for c in claims] == ["killed", "troops"]


def test_invisible_characters_inside_a_word_keep_the_claim_and_exact_offsets():
    from translate.claims.extract import extract_claims
    from translate.corpus.document import Sentence

    text = "Mindst 25 mili\u00adtante blev dræbt og 2\u200b500 soldater sendt."
    claims = extract_claims([Sentence("x", 0, 0, len(text), text, "da")])
    first = claims[0]
    assert (first.value, first.category) == (25, "killed")
    assert text[first.start:first.end] == first.quote == "Mindst 25 mili\u00adtante"
    assert claims[1].value == 2500 and text[claims[1].start:claims[1].end] == claims[1].quote
