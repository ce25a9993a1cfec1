"""CTranslate2 backend with the tiny random models (converted once, on the fly)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip(
    "ctranslate2",
    reason="ctranslate2 not installed (pip install 'ctranslate2>=4.5')",
)

from translate.errors import MissingDependencyError  # noqa: E402
from translate.mt import Hypothesis, TranslationCache, create_backend  # noqa: E402
from translate.mt.ct2 import CT2Backend, converted_model_dir  # noqa: E402
from translate.mt.types import DocumentTranslation  # noqa: E402

LINES = [
    "USA vil sende nesten 3.000 ekstra soldater til Midtøsten.",
    "Hei.",
    "Iran har truet med å gjengjelde angrepet.",
    "",
    "Soldatene kommer i tillegg til de rundt 700 soldatene som ble utplassert i Kuwait.",
]


def test_converts_once_and_reuses(tiny_marian: Path) -> None:
    before = CT2Backend.conversions
    a = create_backend("ctranslate2", str(tiny_marian), cache=False, num_beams=1, progress=False)
    assert a.ct2_dir == converted_model_dir(a.resolved, "int8")
    assert a.ct2_dir.parent.parent.name != "" and (a.ct2_dir / "model.bin").is_file()
    assert not [p for p in a.ct2_dir.parent.iterdir() if p.name.startswith(".")]  # no temp left
    mtime = (a.ct2_dir / "model.bin").stat().st_mtime_ns
    b = create_backend("ctranslate2", str(tiny_marian), cache=False, num_beams=2, progress=False)
    assert b.ct2_dir == a.ct2_dir
    assert (b.ct2_dir / "model.bin").stat().st_mtime_ns == mtime
    assert CT2Backend.conversions - before == 1  # each test has its own cache folder


def test_marian_outputs_count_order_and_types(tiny_marian: Path) -> None:
    be = create_backend("ctranslate2", str(tiny_marian), cache=False, num_beams=2, progress=False)
    hyps = be.translate_batch(LINES, src_lang="nb")
    assert len(hyps) == len(LINES)
    assert all(isinstance(h, Hypothesis) for h in hyps)
    assert hyps[3] == Hypothesis("", 0.0, 0, ("empty",))
    for h in hyps[:3] + hyps[4:]:
        assert h.tokens > 0 and h.logprob < 0 and isinstance(h.text, str)
        assert set(h.flags) <= {"length_limit"}
    # Same text alone or in a batch: order is restored, nothing is shuffled.
    alone = be.translate_batch([LINES[2]], src_lang="nb")[0]
    assert alone.text == hyps[2].text
    sig = str(be.signature("nb"))
    assert "backend:ctranslate2" in sig and "compute_type=int8" in sig and "ctranslate2=" in sig


def _float32_pair(model: Path, family: str, num_beams: int) -> tuple[Any, Any]:
    """The CTranslate2 float32 backend and the transformers backend, same decoding."""
    ct = create_backend(
        "ctranslate2",
        str(model),
        cache=False,
        num_beams=num_beams,
        progress=False,
        compute_type="float32",
    )
    hf = create_backend(family, str(model), cache=False, num_beams=num_beams, progress=False)
    # At the length limit transformers replaces the last token by the config's forced EOS;
    # CTranslate2 does not apply it. The tiny random models always run to the limit.
    hf.model.generation_config.forced_eos_token_id = None
    return ct, hf


@pytest.mark.parametrize("num_beams", [1, 2])
def test_float32_decoding_matches_transformers(tiny_marian: Path, num_beams: int) -> None:
    # float32, same search: the same tokens and text as transformers, and the score is the
    # mean token log-prob (a cumulative score would be ~64x off). CTranslate2 drops the
    # <pad> row from the output layer, so its softmax leaves out pad's probability: with the
    # tiny model's ~200-token vocabulary that moves each token's log-prob by ~0.006.
    ct, hf = _float32_pair(tiny_marian, "marian", num_beams)
    got = ct.translate_batch(LINES, src_lang="nb")
    ref = hf.translate_batch(LINES, src_lang="nb")
    assert [h.text for h in got] == [h.text for h in ref]
    assert [h.tokens for h in got] == [h.tokens for h in ref]
    assert [h.flags for h in got] == [h.flags for h in ref]
    for a, b in zip(got, ref):
        assert a.logprob == pytest.approx(b.logprob, abs=0.01)
    assert all(h.logprob < -1 for i, h in enumerate(got) if i != 3)  # random model: unsure


def test_m2m_target_prefix_and_document(tiny_m2m: Path) -> None:
    be, hf = _float32_pair(tiny_m2m, "nllb", 1)
    assert be.family == "nllb" and be.supports("da", "en") and not be.supports("xx", "en")
    got = be.translate_batch(LINES[:2], src_lang="da")
    ref = hf.translate_batch(LINES[:2], src_lang="da")
    # The English token is the target prefix on both engines: same tokens, same text.
    assert [h.text for h in got] == [h.text for h in ref]
    assert [h.tokens for h in got] == [h.tokens for h in ref] and all(h.tokens > 0 for h in got)

    from translate.corpus.document import Sentence

    sents = [Sentence("d", i, 0, len(t), t, "da") for i, t in enumerate(LINES[:2])]
    doc = be.translate_sentences(sents)
    assert isinstance(doc, DocumentTranslation) and len(doc.sentences) == 2
    assert [s.translation for s in doc.sentences] == [h.text for h in got]
    assert doc.signature.backend == "ctranslate2"


def test_cache_serves_second_run_and_is_separate_from_transformers(
    tiny_marian: Path, tmp_path: Path
) -> None:
    cache = TranslationCache(tmp_path)
    be = create_backend("ctranslate2", str(tiny_marian), cache=cache, num_beams=1, progress=False)
    first = be.translate_batch(LINES, src_lang="nb")
    second = be.translate_batch(LINES, src_lang="nb")
    assert [h.text for h in first] == [h.text for h in second]
    assert all("cached" in h.flags for i, h in enumerate(second) if i != 3)
    hf = create_backend("marian", str(tiny_marian), cache=cache, num_beams=1, progress=False)
    assert not any("cached" in h.flags for h in hf.translate_batch(LINES[:1], src_lang="nb"))


def test_missing_package_is_a_clear_error(
    tiny_marian: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "ctranslate2", None)  # import now raises ImportError
    with pytest.raises(MissingDependencyError, match=r"pip install 'ctranslate2"):
        create_backend("ctranslate2", str(tiny_marian), cache=False, progress=False)
