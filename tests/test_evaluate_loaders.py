"""Loaders: strict line reading, parallel files, TSV, Tatoeba and the FLORES layout."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from translate.errors import UnknownNameError, UnsupportedLanguageError
from translate.evaluate import (
    TestSetError,
    TestSetWarning,
    flores_pairs,
    flores_systems,
    load_flores,
    load_flores_outputs,
    load_parallel,
    load_tatoeba,
    load_tsv,
    published_scores,
    read_hypotheses,
)
from translate.evaluate.textfile import read_lines

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
needs_data = pytest.mark.skipif(
    not DATA.is_dir(), reason=f"shared evaluation data not found at {DATA}"
)


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_read_lines_strips_terminators_and_bom(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbfone\r\ntwo  \nthree")
    assert read_lines(path) == ("one", "two", "three")


def test_read_lines_splits_on_newline_only(tmp_path: Path) -> None:
    # U+2028 and U+0085 are text, not line breaks: str.splitlines would shift lines.
    path = write(tmp_path / "a.txt", "a\u2028b\nc\x85d\ne\x0cf\n")
    assert read_lines(path) == ("a\u2028b", "c\x85d", "e\x0cf")


def test_encoding_errors_are_listed_with_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.txt", b"ok\nbad \xff byte\nok\n\xc3\n")
    with pytest.raises(TestSetError) as info:
        read_lines(path)
    assert [(p.path, p.line) for p in info.value.problems] == [(str(path), 2), (str(path), 4)]
    assert f"{path}:2: invalid UTF-8" in str(info.value)


def test_empty_lines_raise_by_default(tmp_path: Path) -> None:
    path = write(tmp_path / "ref.txt", "a\n\n   \nb\n")
    with pytest.raises(TestSetError) as info:
        read_lines(path)
    assert [p.line for p in info.value.problems] == [2, 3]
    assert f"{path}:3: empty line" in str(info.value)


def test_empty_hypothesis_lines_are_kept_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path / "hyp.txt", "a\n\nb\n")
    with pytest.warns(TestSetWarning, match=r"hyp\.txt:2: empty line"):
        hyps = read_hypotheses(path, expected=3)
    assert hyps == ("a", "", "b")


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(TestSetError, match="file is empty"):
        read_lines(write(tmp_path / "e.txt", b""))


def test_line_count_mismatch_names_file_and_line(tmp_path: Path) -> None:
    src = write(tmp_path / "src.txt", "a\nb\nc\n")
    ref = write(tmp_path / "ref.txt", "A\nB\n")
    with pytest.raises(TestSetError) as info:
        load_parallel(ref, source=src)
    (problem,) = info.value.problems
    assert (problem.path, problem.line) == (str(ref), 3)
    assert "ends after 2 lines" in problem.message


def test_hypothesis_count_mismatch(tmp_path: Path) -> None:
    hyp = write(tmp_path / "hyp.txt", "a\nb\nc\nd\n")
    with pytest.raises(TestSetError, match=r"hyp\.txt:4: extra"):
        read_hypotheses(hyp, expected=3, reference="ref.txt")


def test_load_parallel_multiple_references(tmp_path: Path) -> None:
    src = write(tmp_path / "src.da", "Hej\nTak\n")
    r1 = write(tmp_path / "r1.en", "Hi\nThanks\n")
    r2 = write(tmp_path / "r2.en", "Hello\nThank you\n")
    ts = load_parallel([r1, r2], source=src, src_lang="da", tgt_lang="en")
    assert ts.references == (("Hi", "Thanks"), ("Hello", "Thank you"))
    assert ts.sources == ("Hej", "Tak") and ts.n_refs == 2 and len(ts) == 2
    assert ts.subset([1]).references == (("Thanks",), ("Thank you",))


def test_load_parallel_collects_problems_from_all_files(tmp_path: Path) -> None:
    src = write(tmp_path / "src.txt", b"a\n\xff\n")
    ref = write(tmp_path / "ref.txt", "A\n\n")
    with pytest.raises(TestSetError) as info:
        load_parallel(ref, source=src)
    assert {(Path(p.path).name, p.line) for p in info.value.problems} == {
        ("src.txt", 2),
        ("ref.txt", 2),
    }


def test_tsv_multi_reference_and_bad_rows(tmp_path: Path) -> None:
    good = write(tmp_path / "g.tsv", 'source\treference\treference2\nHej "du"\tHi\tHello\n')
    ts = load_tsv(good, src_lang="da", tgt_lang="en")
    assert ts.sources == ('Hej "du"',) and ts.references == (("Hi",), ("Hello",))

    bad = write(tmp_path / "b.tsv", "source\treference\nA\tB\nonly one field\nC\t \tD\n")
    with pytest.raises(TestSetError) as info:
        load_tsv(bad)
    assert [p.line for p in info.value.problems] == [3, 4]


def test_tsv_requires_header(tmp_path: Path) -> None:
    path = write(tmp_path / "h.tsv", "Hej\tHi\n")
    with pytest.raises(TestSetError, match=r"h\.tsv:1: header"):
        load_tsv(path)


def test_testset_rejects_flat_mismatch() -> None:
    from translate.evaluate import TestSet

    with pytest.raises(ValueError, match="differ in length"):
        TestSet(name="x", references=(("a", "b"),), sources=("a",))


@needs_data
def test_seed_references_tsv() -> None:
    ts = load_tsv(DATA / "seed-references" / "002.tsv", src_lang="da", tgt_lang="en")
    assert len(ts) == 22 and ts.n_refs == 1
    assert ts.sources[0].startswith("USA's forsvarsminister")
    assert ts.references[0][0].startswith("US Defense Secretary")


@needs_data
@pytest.mark.parametrize(
    ("pair", "src", "tgt"),
    [("dan-eng", "da", "en"), ("nob-eng", "nb", "en"), ("ara-eng", "ar", "en")],
    ids=["dan-eng", "nob-eng", "ara-eng"],
)
def test_tatoeba_pairs(pair: str, src: str, tgt: str) -> None:
    ts = load_tatoeba(DATA / "tatoeba", pair)
    assert (len(ts), ts.src_lang, ts.tgt_lang) == (1000, src, tgt)
    reverse = load_tatoeba(DATA / "tatoeba", "-".join(reversed(pair.split("-"))))
    assert reverse.sources == ts.references[0]


@needs_data
def test_tatoeba_unknown_pair_lists_known() -> None:
    with pytest.raises(FileNotFoundError, match="dan-eng"):
        load_tatoeba(DATA / "tatoeba", "fin-eng")


@needs_data
def test_flores_layout() -> None:
    root = DATA / "flores"
    assert flores_pairs(root) == ("ar-en", "da-en", "nb-en")
    assert flores_systems(root, "da-en") == ("argos", "bergamot-tiny", "nllb", "opusmt")
    assert flores_systems(root, "nb-en", split="dev") == ("bergamot-tiny",)
    ts = load_flores(root, "da-en")
    assert (ts.name, len(ts), ts.src_lang, ts.tgt_lang) == ("flores-test da-en", 1012, "da", "en")
    assert ts.sources is not None and len(ts.sources) == 1012
    assert len(load_flores(root, "ar-en", split="dev")) == 997
    outputs = load_flores_outputs(root, "da-en", systems=["opusmt"])
    assert list(outputs) == ["opusmt"] and len(outputs["opusmt"]) == 1012
    published = published_scores(root, "ar-en")
    assert published["nllb"].bleu == 36.5 and published["nllb"].comet == 0.8536


@needs_data
def test_flores_errors_list_what_exists() -> None:
    root = DATA / "flores"
    with pytest.raises(FileNotFoundError, match="da-en"):
        load_flores(root, "fi-en")
    with pytest.raises(UnknownNameError,
                       match=r"\['google'\] for da-en test; known systems: .*opusmt"):
        load_flores_outputs(root, "da-en", systems=["google"])
    with pytest.raises(UnknownNameError,
                       match="unknown FLORES split 'devtest'; known FLORES splits: dev, test"):
        flores_systems(root, "da-en", split="devtest")
    with pytest.raises(UnsupportedLanguageError, match="must look like 'da-en'"):
        load_flores(root, "danish")


def test_no_warnings_on_clean_files(tmp_path: Path) -> None:
    path = write(tmp_path / "h.txt", "a\nb\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert read_hypotheses(path) == ("a", "b")
