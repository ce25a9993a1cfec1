"""Corpus loading, cleaning, language identification and segmentation on the seeds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from translate.corpus.cleaning import BoilerplateRule, Cleaner
from translate.corpus.loader import load_corpus
from translate.corpus.prepare import prepare_all
from translate.errors import CorpusError

EXPECTED_LANG = {
    "000_6e03027ed62215ce": "nb",
    "001_c4055bec1780aea0": "ar",
    "002_78143a0e187769e1": "da",
    "003_c80d0331e0b40ecc": "en",
    "004_7a160c6e970c7426": "en",
}


@pytest.fixture(scope="module")
def prepared(seeds_dir: Path):
    corpus = load_corpus(seeds_dir)
    return {p.id: p for p in prepare_all(corpus.documents)}


def test_load_seeds_with_metadata(seeds_dir: Path) -> None:
    corpus = load_corpus(seeds_dir)
    assert corpus.ids == sorted(EXPECTED_LANG)
    doc = corpus["002_78143a0e187769e1"]
    assert doc.raw == (seeds_dir / "002_78143a0e187769e1.txt").read_text(encoding="utf-8")
    assert doc.title.startswith("USA's forsvarsminister")
    assert doc.language == "da" and doc.published == dt.date(2019, 12, 31)
    assert "basis" in doc.metadata


def test_load_without_metadata_detects_language(tmp_path: Path, seeds_dir: Path) -> None:
    for name in EXPECTED_LANG:
        (tmp_path / f"{name}.txt").write_text(
            (seeds_dir / f"{name}.txt").read_text("utf-8"), "utf-8"
        )
    docs = prepare_all(load_corpus(tmp_path).documents)
    assert {d.id: d.language for d in docs} == EXPECTED_LANG
    assert all(d.language_source == "detected" and d.confidence > 0.9 for d in docs)


def test_language_of_each_seed(prepared) -> None:
    for doc_id, lang in EXPECTED_LANG.items():
        assert prepared[doc_id].detected == lang, doc_id
        assert not prepared[doc_id].warnings


def test_bad_inputs(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n", "utf-8")
    (tmp_path / "latin1.txt").write_bytes("Søndag blev 25 dræbt".encode("latin-1"))
    (tmp_path / "ok.txt").write_text("Hei. Dette er en tekst.", "utf-8")
    with pytest.warns(UserWarning, match="skipped"):
        corpus = load_corpus(tmp_path)
    assert corpus.ids == ["ok"]
    reasons = {Path(p.path).name: p.reason for p in corpus.problems}
    assert "empty" in reasons["empty.txt"]
    assert "latin1.txt:1: not valid utf-8" in reasons["latin1.txt"]
    with pytest.raises(CorpusError, match="not valid utf-8"):
        load_corpus(tmp_path / "latin1.txt", strict=True)
    assert load_corpus(tmp_path / "latin1.txt", encoding="latin-1")[0].raw.startswith("Søndag")
    with pytest.raises(CorpusError, match="no such file"):
        load_corpus(tmp_path / "missing-folder/")


def test_load_strings_and_mapping() -> None:
    corpus = load_corpus(["Første tekst. Anden sætning.", "Second text."])
    assert corpus.ids == ["text-0", "text-1"]
    long_text = "Dette er en lang tekst uden linjeskift. " * 40  # longer than a file name
    assert load_corpus([long_text])[0].raw == long_text
    assert load_corpus(long_text)[0].raw == long_text
    assert load_corpus({"a": "Hei."}).ids == ["a"]


def test_boilerplate_removed_and_reported(prepared, seeds_dir: Path) -> None:
    nb = prepared["000_6e03027ed62215ce"]
    rules = [r.rule for r in nb.removals]
    assert rules.count("continues_below_ad") == 4
    assert "article_age_notice" in rules and "duplicate_line" in rules and "photo_credit" in rules
    texts = " ".join(s.text for s in nb.sentences)
    assert "Artikkelen fortsetter" not in texts and "Foto:" not in texts and "scanpix" not in texts
    assert texts.count("General Qasem Soleimani fotografert") == 1
    assert [r.rule for r in prepared["004_7a160c6e970c7426"].removals] == ["ad_marker"]
    en = prepared["003_c80d0331e0b40ecc"]
    assert [r.rule for r in en.removals] == ["stray_period", "stray_period"]
    assert all(not s.text.endswith(". .") for s in en.sentences)
    for p in prepared.values():
        for r in p.removals:
            assert p.document.raw[r.start : r.end] == r.text


def test_offsets_point_into_raw_text(prepared) -> None:
    for p in prepared.values():
        raw = p.document.raw
        assert p.sentences, p.id
        for i, s in enumerate(p.sentences):
            assert raw[s.start : s.end] == s.text
            assert s.index == i and s.text == s.text.strip()
        starts = [s.start for s in p.sentences]
        assert starts == sorted(starts)


def _texts(prepared, doc_id: str) -> list[str]:
    return [s.text for s in prepared[doc_id].sentences]


def test_headline_is_its_own_sentence(prepared) -> None:
    nb = _texts(prepared, "000_6e03027ed62215ce")
    assert nb[0] == "Forsvarskilder: USA vil sende nesten 3.000 ekstra soldater til Midtøsten"
    assert "Mer ustabilt" in nb and "Trump-ordre" in nb
    ar = _texts(prepared, "001_c4055bec1780aea0")
    assert ar[0] == "الولايات المتحدة ترسل عشرات المركبات المدرعة إلى العراق قبل ذكرى وفاة سليماني"


def test_arabic_comma_does_not_split(prepared) -> None:
    ar = _texts(prepared, "001_c4055bec1780aea0")
    assert len(ar) == 14
    assert any(
        s.startswith("بغداد – أعلنت الولايات المتحدة، أنها أرسلت 30 مركبة مدرعة") for s in ar
    )
    assert all(not s.startswith("،") for s in ar)


def test_arabic_question_mark_and_full_stop_split() -> None:
    from translate.corpus.segment import split_text

    t = "قال الرئيس، إن القوات ستنسحب. هل هذا صحيح؟ نعم، بالتأكيد."
    assert [t[a:b] for a, b in split_text(t, 0, len(t), "ar")] == [
        "قال الرئيس، إن القوات ستنسحب.",
        "هل هذا صحيح؟",
        "نعم، بالتأكيد.",
    ]


def test_scandinavian_quotes_and_numbers(prepared) -> None:
    da = _texts(prepared, "002_78143a0e187769e1")
    assert (
        "»Død over USA«, lød det fra demonstranterne, mens de kastede sten og vandflasker "
        "mod ambassaden."
        in da
    )
    assert any(
        s.startswith("»Iran dræbte en amerikaner") and s.endswith("skriver Trump på Twitter.")
        for s in da
    )
    assert "25 militante blev dræbt, og 51 andre blev såret i angreb søndag." in da


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nb",
            "Han kom 3. januar til Oslo. Det var kaldt.",
            ["Han kom 3. januar til Oslo.", "Det var kaldt."],
        ),
        (
            "da",
            "Det skete kl. 14. Han kom ca. 25 min. senere.",
            ["Det skete kl. 14.", "Han kom ca. 25 min. senere."],
        ),
        (
            "en",
            "Mr. Smith agreed. The U.S. Army said so.",
            ["Mr. Smith agreed.", "The U.S. Army said so."],
        ),
        (
            "en",
            "forces in the United States. troops in Iraq left.",
            ["forces in the United States. troops in Iraq left."],
        ),
    ],
    ids=["nb-ordinal-date", "da-abbreviations", "en-abbreviations", "en-lowercase-continuation"],
)
def test_segmentation_fixes(lang: str, text: str, expected: list[str]) -> None:
    from translate.corpus.segment import split_text

    assert [text[a:b] for a, b in split_text(text, 0, len(text), lang)] == expected


def test_user_rule_extends_cleaning() -> None:
    rule = BoilerplateRule("subscribe", r"Abonner på .*", languages=frozenset({"da"}))
    cleaner = Cleaner([rule])
    raw = "Overskrift\nAbonner på vores nyhedsbrev\nTekst her."
    res = cleaner.clean(raw, doc="x", language="da")
    assert [r.rule for r in res.removals] == ["subscribe"]
    assert cleaner.clean(raw, doc="x", language="nb").removals == ()


def test_list_folder_for_streaming_readers(tmp_path: Path) -> None:
    from translate.corpus.loader import list_folder

    (tmp_path / "b.TXT").write_text("Minst 25 ble drept søndag.", "utf-8")
    (tmp_path / "a.txt").write_text("Mindst 25 blev dræbt søndag.", "utf-8")
    (tmp_path / "notes.md").write_text("# not an article", "utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "metadata.csv").write_text(
        "id,language,published\na,da,2020-01-01\na,da,2020-01-02\nb,nb,soon\nc,nb,\n", "utf-8")
    listing = list_folder(tmp_path)
    assert [p.name for p in listing.files] == ["a.txt", "b.TXT"]
    assert [(Path(p.path).name, p.reason.split(":")[0]) for p in listing.problems] == [
        ("gone.txt", "dangling symbolic link (to " + str(tmp_path / "nowhere.txt") + ")"),
        ("metadata.csv", "line 5")]
    a, b = (listing.read(p) for p in listing.files)
    assert a.published == dt.date(2020, 1, 2) and "lines 2 and 3" in a.warnings[0]
    assert b.language == "nb" and b.published is None and "'soon' is not a date" in b.warnings[0]
    # load_corpus reads the same folder the same way
    with pytest.warns(UserWarning, match="skipped"):
        corpus = load_corpus(tmp_path)
    assert corpus.ids == ["a", "b"] and corpus.problems == listing.problems
    assert corpus["b"].warnings == b.warnings


@pytest.mark.parametrize(
    ("text", "is_path"),
    [("seed", True), ("seedz/", True), ("my articles/", True), ("day 1.txt", True),
     ("Hei.", True), ("Hei der.", False), ("25 drept i går", False), ("a\nb.txt", False)],
)
def test_a_string_that_looks_like_a_path(text: str, is_path: bool) -> None:
    from translate.corpus.loader import looks_like_path

    assert looks_like_path(text) is is_path
    if is_path:
        with pytest.raises(CorpusError, match="no such file or folder"):
            load_corpus(text)
    else:
        assert load_corpus(text).documents[0].raw == text
