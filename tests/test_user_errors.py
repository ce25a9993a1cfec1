"""Issue 13: every mistake a user makes gets a clear answer, before the work, no traceback.

Each test makes one mistake from the issue's table and checks the answer: the exit code,
one clear line on stderr, and that nothing was lost or half-written. Most call
``translate.cli.main`` in-process; two subprocess tests hold the no-traceback guarantee.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import translate
from translate.checks import UsageError, check_device
from translate.cli import main
from translate.corpus.loader import load_corpus
from translate.errors import CorpusError

REPO = Path(__file__).resolve().parents[1]
FLORES = REPO.parent / "shared" / "data" / "flores"
DA = "Mindst 25 militante blev dræbt i angrebet søndag, oplyser myndighederne i Irak."
NB = "Minst 25 militante ble drept i angrepet søndag, opplyser myndighetene i Irak."
DE = ("Mindestens 25 Kämpfer wurden am Sonntag bei dem Angriff getötet, teilten die "
      "Behörden im Irak mit. Die Regierung verurteilte den Angriff scharf.")


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def _one_error_line(err: str, *needles: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("error: "), err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(DA + "\n", "utf-8")
    (folder / "b.txt").write_text(NB + "\n", "utf-8")
    return folder


@pytest.fixture
def no_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if the main job starts: the mistake must be caught before."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the run started although an option was wrong")

    import translate.pipeline

    monkeypatch.setattr(translate.pipeline, "run", refuse)


# ---- what the user asks the run to read ----------------------------------------------------


def test_unsupported_language_article_is_reported_not_fatal() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = translate.run({"da": DA, "de": DE}, translate=False, align=False)
    doc = result.document("de")
    assert doc.language == "de"
    assert any("no claim lexicon" in w and "'de'" in w for w in doc.warnings)
    assert any(c.doc == "da" for c in result.claims)  # the Danish article is still read
    with pytest.raises(KeyError, match="no document 'nope'; known ids: da, de"):
        result.document("nope")


def test_source_file_that_is_not_an_article(capsys, corpus, tmp_path, no_work) -> None:
    (corpus / "metadata.csv").write_text("id,language\na,da\n", "utf-8")
    rc, _, err = _cli(capsys, "run", str(corpus / "metadata.csv"), "--out", str(tmp_path / "o"))
    assert rc == 2
    _one_error_line(err, "metadata.csv: not a .txt article")


def test_typo_folder_is_no_such_folder(capsys, tmp_path, monkeypatch, no_work) -> None:
    (tmp_path / "seeds").mkdir()
    monkeypatch.chdir(tmp_path)
    rc, out, err = _cli(capsys, "run", "seed", "--out", str(tmp_path / "o"))
    assert rc == 2 and out == ""
    _one_error_line(err, "seed: no such file or folder", "did you mean")
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(
    ("source", "error", "message"),
    [
        ("seedz", CorpusError, "seedz: no such file or folder"),
        (b"seeds/", TypeError, "not bytes"),
        (123, TypeError, "not int"),
        ([1, 2], TypeError, "item 0 must be a path or article text"),
        (["seeds/nope.txt"], CorpusError, "seeds/nope.txt: no such file or folder"),
        (Path("nope-folder"), CorpusError, "no such file or folder"),
    ],
    ids=["typo", "bytes", "int", "list-of-ints", "missing-file-in-list", "missing-path"],
)
def test_run_source_of_the_wrong_kind(source, error, message) -> None:
    with pytest.raises(error, match=message):
        translate.run(source, translate=False, align=False)


def test_run_generator_source_is_not_used_up_by_the_check() -> None:
    result = translate.run((t for t in [DA, NB]), translate=False, align=False)
    assert len(result.documents) == 2


def test_run_unknown_keyword_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="'modles'.*did you mean 'models'"):
        translate.run([DA], modles={"da": "x"}, translate=False, align=False)
    with pytest.raises(UsageError, match="beams"):
        translate.run([DA], num_beams=0, translate=False, align=False)


# ---- options checked before the work --------------------------------------------------------


def test_out_is_an_existing_file(capsys, corpus, tmp_path, no_work) -> None:
    target = tmp_path / "report"
    target.write_text("keep me", "utf-8")
    rc, _, err = _cli(capsys, "run", str(corpus), "--out", str(target))
    assert rc == 2
    _one_error_line(err, "--out", "is a file")
    assert target.read_text("utf-8") == "keep me"  # nothing lost


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs Linux /sys")
def test_out_on_a_read_only_file_system(capsys, corpus, no_work) -> None:
    rc, _, err = _cli(capsys, "run", str(corpus), "--out", "/sys")
    assert rc == 2
    _one_error_line(err, "--out /sys: cannot write the report there")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root may write into a read-only folder")
def test_out_is_a_read_only_folder(capsys, corpus, tmp_path, no_work) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        rc, _, err = _cli(capsys, "run", str(corpus), "--out", str(ro / "out"))
    finally:
        ro.chmod(0o755)
    assert rc == 2
    _one_error_line(err, "cannot write the report there")


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--beams", "0"], "--beams must be a whole number ≥ 1"),
        (["--beams", "-1"], "--beams must be a whole number ≥ 1"),
        (["--device", "banana"], "--device banana: unknown device"),
        (["--device", "cuda:x"], "unknown device"),
        (["--model", "xx=foo/bar"], "unknown language 'xx'"),
        (["--model", "en=foo/bar"], "English is the target language"),
        (["--model", "da=/nonexistent/model"], "no such folder"),
        (["--encoding", "klingon"], "--encoding klingon: unknown encoding"),
    ],
    ids=["beams-0", "beams-negative", "device-banana", "device-cuda-x", "model-xx",
         "model-en", "model-missing-dir", "encoding"],
)
def test_bad_option_refused_up_front(capsys, corpus, tmp_path, no_work, option, message):
    out_dir = tmp_path / "out"
    rc, out, err = _cli(capsys, "run", str(corpus), "--out", str(out_dir), *option)
    assert rc == 2 and out == ""
    _one_error_line(err, message)
    assert "connect" not in err  # not the unrelated "connect once" download hint
    assert not out_dir.exists()  # refused before anything was created


def test_model_folder_that_holds_no_model(capsys, corpus, tmp_path, no_work) -> None:
    empty = tmp_path / "not-a-model"
    empty.mkdir()
    rc, _, err = _cli(capsys, "run", str(corpus), "--out", str(tmp_path / "o"),
                      "--model", f"da={empty}")
    assert rc == 2
    _one_error_line(err, f"--model da={empty}: this folder holds no model", "config.json")


def test_cache_dir_that_is_a_file(capsys, corpus, tmp_path, no_work) -> None:
    f = tmp_path / "cache"
    f.write_text("x", "utf-8")
    rc, _, err = _cli(capsys, "run", str(corpus), "--out", str(tmp_path / "o"),
                      "--cache-dir", str(f))
    assert rc == 2
    _one_error_line(err, "--cache-dir", "is a file")


def test_cuda_without_a_gpu(capsys, corpus, tmp_path, no_work) -> None:
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    rc, _, err = _cli(capsys, "run", str(corpus), "--out", str(tmp_path / "o"),
                      "--device", "cuda")
    assert rc == 2
    _one_error_line(err, "no CUDA GPU is available")
    assert check_device("CPU") == "cpu"


# ---- the corpus folder -------------------------------------------------------------------


def _write_metadata(folder: Path, rows: str) -> None:
    (folder / "metadata.csv").write_text("id,language,published\n" + rows, "utf-8")


def test_metadata_problems_are_warnings_per_row(corpus, tmp_path) -> None:
    _write_metadata(corpus, "a,da,2020-13-45\nb,norsk,2020-01-03\nb,nb,03/01/2020\n"
                            "ghost,da,2020-01-01\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = translate.run(load_corpus(corpus), translate=False, align=False)
    report = json.loads(translate.write_report(result, tmp_path / "o").read_text("utf-8"))
    docs = {d["id"]: d for d in report["documents"]}
    assert docs["a"]["published"] is None
    assert any("'2020-13-45' is not a date" in w for w in docs["a"]["warnings"])
    assert any("lines 3 and 4; line 4 is used" in w for w in docs["b"]["warnings"])
    assert any("'03/01/2020' is not a date" in w for w in docs["b"]["warnings"])
    assert [p["reason"] for p in report["problems"]] == [
        "line 5: id 'ghost' has no document (no file ghost.txt)"]
    summary = result.summary()
    for needle in ("'2020-13-45' is not a date", "line 4 is used", "ghost"):
        assert needle in summary  # the terminal summary says it too


def test_metadata_unknown_language_code_is_detected_instead(corpus) -> None:
    _write_metadata(corpus, "a,xx,2020-01-01\nb,fr,2020-01-01\n")
    docs = {d.id: d for d in load_corpus(corpus)}
    assert docs["a"].language is None  # detected instead
    assert any("'xx' is not a language code" in w for w in docs["a"].warnings)
    assert docs["b"].language == "fr" and not docs["b"].warnings  # a real language is kept


def test_metadata_not_utf8(capsys, corpus, tmp_path) -> None:
    (corpus / "metadata.csv").write_bytes("id,language\na,da\nb,nb # Bokmål\n".encode("cp1252"))
    rc, _, err = _cli(capsys, "run", str(corpus), "--out", str(tmp_path / "o"),
                      "--no-translate", "--no-align", "--quiet")
    assert rc == 2
    _one_error_line(err, "metadata.csv:3: not valid UTF-8", "re-save")


def test_upper_case_suffix_and_broken_links(tmp_path: Path) -> None:
    (tmp_path / "UPPER.TXT").write_text(DA, "utf-8")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.warns(UserWarning, match="skipped"):
        corpus = load_corpus(tmp_path)
    assert corpus.ids == ["UPPER"]
    reasons = {Path(p.path).name: p.reason for p in corpus.problems}
    assert reasons == {"loop.txt": "symbolic link loop",
                       "dangling.txt": f"dangling symbolic link (to {tmp_path / 'gone.txt'})"}
    with pytest.raises(CorpusError, match="symbolic link"):
        load_corpus(tmp_path, strict=True)


# ---- help, version, verbosity -------------------------------------------------------------


def test_help_names_the_outputs(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["run", "--help"])
    assert exit_.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    for word in ("claims", "groups", "stories", "report.json", "report.html"):
        assert word in text


def test_version_and_verbose_after_the_subcommand(capsys, corpus, tmp_path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0 and translate.__version__ in capsys.readouterr().out
    rc, _, err = _cli(capsys, "run", "-v", "--quiet", str(tmp_path / "nope"))
    assert rc == 2 and "no such file or folder" in err  # -v and --quiet parsed, not rejected
    rc, _, err = _cli(capsys, "evaluate", "-v", "-r", str(tmp_path))
    assert rc == 2 and "-i/--input are needed" in err


# ---- evaluate -----------------------------------------------------------------------------


def test_evaluate_folder_as_reference(capsys, tmp_path: Path) -> None:
    hyp = tmp_path / "hyp.en"
    hyp.write_text("A cat.\n", "utf-8")
    rc, _, err = _cli(capsys, "evaluate", "-r", str(tmp_path), "-i", str(hyp))
    assert rc == 2 and "Traceback" not in err
    assert err.strip() == (f"evaluate: -r/--references {tmp_path}: is a folder; give a text "
                           "file with one segment per line")


@pytest.mark.skipif(not FLORES.is_dir(), reason="shared FLORES data not found")
def test_evaluate_unknown_system_and_lonely_paired_test(capsys) -> None:
    rc, out, err = _cli(capsys, "evaluate", "--flores", "da-en", "--flores-dir", str(FLORES),
                        "--systems", "nope")
    assert rc == 2 and out == ""
    assert err.startswith("evaluate: --systems: no stored outputs for nope") and "nllb" in err
    rc, out, err = _cli(capsys, "evaluate", "--flores", "da-en", "--flores-dir", str(FLORES),
                        "--systems", "nllb", "--paired", "bs", "--split", "dev", "-m", "chrf")
    assert rc == 0 and "nllb" in out
    assert "one system only" in err and "no paired test was done" in err


# ---- no traceback, as a process -----------------------------------------------------------


def _process(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run([sys.executable, "-m", "translate", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_process_typo_folder_no_traceback(tmp_path: Path) -> None:
    proc = _process("run", "seed", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip() == "error: seed: no such file or folder"


def test_process_bad_out_no_traceback(tmp_path: Path, corpus: Path) -> None:
    (tmp_path / "taken").write_text("x", "utf-8")
    proc = _process("run", str(corpus), "--out", "taken", "--beams", "2", cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == "error: --out taken: is a file, not a folder; choose a " \
                                  "folder for the report"


# ---- invisible characters and mixed languages -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("25 mili\u00adtante blev dræbt.", "25 militante blev dræbt."),
        ("2\u00ad500 soldater ble drept.", "2500 soldater ble drept."),
        ("25 militante blev dr\u200bæbt.", "25 militante blev dræbt."),
        ("25 militante blev dræ\x00bt.", "25 militante blev dræbt."),
        ("\ufeff30 مركبة\u200f مدرعة", "30 مركبة مدرعة"),
    ],
    ids=["soft-hyphen", "soft-hyphen-in-number", "zero-width-space", "nul", "bom-rlm"],
)
def test_invisible_characters_read_with_exact_offsets(text: str, reading: str) -> None:
    from translate.corpus.document import Sentence

    raw = "Titel\n" + text
    s = Sentence("d", 1, 6, len(raw), raw[6:], "da")
    assert s.reading.text == reading
    for a in range(len(reading)):
        for b in range(a + 1, len(reading) + 1):
            ra, rb = s.raw_span(a, b)
            visible = "".join(ch for ch in raw[ra:rb] if ch == " " or ch.isprintable())
            assert visible.replace("\u00ad", "") == reading[a:b]  # exact into the raw text
            assert raw[ra] == reading[a] and raw[rb - 1] == reading[b - 1]


def test_nul_bytes_never_reach_the_html(tmp_path: Path) -> None:
    from translate.display.html import esc

    assert esc("dræ\x00bt\x07") == "dræ\u2400bt\u2407"  # visible, nothing lost
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = translate.run({"nul": "Overskrift\n" + DA.replace("dræbt", "dræ\x00bt")},
                               translate=False, align=False)
    html = translate.write_report(result, tmp_path).with_suffix(".html").read_text("utf-8")
    assert "\x00" not in html and "dræ\u2400bt" in html


def _mixed_article(seeds_dir: Path) -> str:
    arabic = (seeds_dir / "001_c4055bec1780aea0.txt").read_text("utf-8").splitlines()[:8]
    danish = (seeds_dir / "002_78143a0e187769e1.txt").read_text("utf-8").splitlines()[16:19]
    return "\n".join(arabic + danish)


def test_mixed_language_article_is_reported(seeds_dir: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = translate.run({"mixed": _mixed_article(seeds_dir)}, translate=False,
                               align=False)
    doc = result.document("mixed")
    assert doc.language == "ar"
    warning = next(w for w in doc.warnings if w.startswith("mixed languages:"))
    first = next(s.index for s in doc.sentences if s.text.startswith("USA mistænker"))
    last = len(doc.sentences) - 1
    assert f"sentences {first}–{last} in 'da'" in warning  # where the Danish part is
    assert {s.language for s in doc.sentences[first:]} == {"da"}  # read as Danish
    quotes = [c.quote for c in result.claims]
    assert "25 militante" in quotes and any("مركبة" in q for q in quotes)  # nothing lost


def test_mixed_language_article_is_translated_as_one_document(seeds_dir: Path, tmp_path):
    from translate.testing import build_tiny_marian

    model = build_tiny_marian(tmp_path / "tiny-ar")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = translate.run({"mixed": _mixed_article(seeds_dir)}, align=False,
                               models={"ar": str(model)}, cache=False)
    doc = result.document("mixed")
    tr = result.translations["mixed"]
    assert len(tr.sentences) == len(doc.sentences)  # every sentence, the Danish ones too
    assert "25 militante" in [c.quote for c in result.claims]


def test_mixed_language_parts_read_in_their_own_language(seeds_dir: Path) -> None:
    from translate.claims.extract import extract_claims
    from translate.corpus.mixed import MixedLanguageSettings
    from translate.corpus.prepare import prepare_all

    docs = load_corpus({"mixed": _mixed_article(seeds_dir)}).documents
    doc = prepare_all(docs)[0]  # read_parts is the default
    assert doc.language == "ar" and "read in their own language" in doc.warnings[-1]
    whole = prepare_all(docs, mixed=MixedLanguageSettings(read_parts=False))[0]
    assert {s.language for s in whole.sentences} == {"ar"}
    danish = [s for s in doc.sentences if "militante" in s.text]
    assert danish and all(s.language == "da" for s in danish)
    quotes = [c.quote for c in extract_claims(doc.sentences)]
    assert "25 militante" in quotes  # the Danish claims are read, as Danish
    assert any("مركبة" in q for q in quotes)  # and the Arabic ones as Arabic


def test_one_language_seeds_are_not_called_mixed(seeds_dir: Path) -> None:
    from translate.corpus.prepare import prepare_all

    docs = prepare_all(load_corpus(seeds_dir).documents)
    assert not [d.id for d in docs if any("mixed" in w for w in d.warnings)]
    assert all({s.language for s in d.sentences} == {d.language} for d in docs)


def test_the_suite_never_writes_the_user_cache() -> None:
    from translate.mt.cache import default_cache_dir

    home_cache = (Path.home() / ".cache").resolve()
    places = [default_cache_dir()] + [Path(os.environ[v]) for v in
                                      ("HF_HOME", "XDG_CACHE_HOME", "MPLCONFIGDIR")]
    for place in places:
        assert not place.resolve().is_relative_to(home_cache), place


def test_ctranslate2_conversions_follow_the_cache_dir(tiny_marian: Path, tmp_path: Path) -> None:
    pytest.importorskip("ctranslate2", reason="ctranslate2 not installed")
    from translate.mt import TranslationCache, create_backend

    cache = TranslationCache(tmp_path / "my-cache")
    backend = create_backend("ctranslate2", str(tiny_marian), cache=cache, num_beams=1,
                             progress=False)
    assert backend.ct2_dir.parent == tmp_path / "my-cache" / "ct2"
    assert (backend.ct2_dir / "model.bin").is_file()


def test_run_to_checks_its_arguments_before_any_work(tmp_path):
    from translate.errors import WorkbenchError
    from translate.pipeline import run_to

    with pytest.raises(TypeError):
        run_to(b"seeds/", tmp_path / "out", translate=False, align=False)
    with pytest.raises(TypeError, match="modles"):
        run_to("seeds", tmp_path / "out", translate=False, align=False, modles={})
    a_file = tmp_path / "report"
    a_file.write_text("x")
    with pytest.raises(WorkbenchError, match="is a file"):
        run_to(Path(__file__).resolve().parents[1] / "seeds", a_file, translate=False,
               align=False)
    assert not (tmp_path / "out").exists()
