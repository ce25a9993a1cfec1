"""Translation layer with tiny random models loaded through the real loading code."""

from __future__ import annotations

import socket
import subprocess
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

import pytest

from translate.corpus.document import Sentence
from translate.errors import ModelNotAvailableError, UnknownNameError
from translate.mt import (
    Hypothesis,
    LongInputWarning,
    TranslationCache,
    Translator,
    create_backend,
    get_backend,
)
from translate.mt.base import Backend
from translate.mt.batching import make_batches
from translate.mt.loading import ResolvedModel
from translate.mt.splitting import split_to_fit

SEED_LINES = [
    "USAs militære nærvær i Midtøsten blir forsterket med nesten 3.000 soldater.",
    "Hei.",
    "Nyhetsbyrået AFP siterer en kilde som sier at det skal utplasseres opptil 3.500 ekstra "
    "soldater.",
    "Iran har truet med å gjengjelde angrepet.",
    "Trump-ordre",
    "Soldatene kommer i tillegg til de rundt 700 soldatene som ble utplassert i Kuwait.",
]


class ReverseBackend(Backend):
    """A fake backend that reverses its input: makes order mistakes visible."""

    name = "reverse"
    calls: list[list[str]]

    def _load(self, resolved: ResolvedModel) -> None:
        self.calls = []

    def _model_max_input_tokens(self) -> int:
        return 12

    def _count_tokens(self, texts: Sequence[str], src_lang: str) -> list[int]:
        return [len(t.split()) + 1 for t in texts]

    def _generate(self, texts: Sequence[str], src_lang: str, tgt_lang: str) -> list[Hypothesis]:
        self.calls.append(list(texts))
        return [Hypothesis(t[::-1], -0.5, len(t.split())) for t in texts]

    def signature(self, src_lang: str, tgt_lang: str = "en"):  # type: ignore[override]
        return super().signature(src_lang, tgt_lang)


def test_marian_loads_from_local_dir_and_translates(tiny_marian: Path, tmp_path: Path) -> None:
    backend = create_backend("marian", str(tiny_marian), cache=False, num_beams=2, progress=False)
    assert backend.max_input_tokens == 64
    hyps = backend.translate_batch(SEED_LINES[:2], src_lang="nb")
    assert len(hyps) == 2
    assert all(isinstance(h.text, str) and h.tokens > 0 and h.logprob < 0 for h in hyps)
    sig = str(backend.signature("nb"))
    assert "backend:marian" in sig and "num_beams=2" in sig and "transformers=" in sig


def test_nllb_backend_with_m2m_model(tiny_m2m: Path) -> None:
    backend = create_backend("nllb", str(tiny_m2m), cache=False, num_beams=1, progress=False)
    assert backend.supports("da", "en") and not backend.supports("xx", "en")
    hyps = backend.translate_batch(["USA sender ekstra soldater."], src_lang="da")
    assert hyps[0].tokens > 0


def test_order_restored_with_real_model(tiny_marian: Path) -> None:
    backend = create_backend(
        "marian", str(tiny_marian), cache=False, num_beams=1, max_tokens=60, progress=False
    )
    lengths = backend._count_tokens(SEED_LINES, "nb")
    assert len(set(lengths)) == len(lengths)  # distinct lengths: same batches either way
    forward = backend.translate_batch(SEED_LINES, src_lang="nb")
    backward = backend.translate_batch(SEED_LINES[::-1], src_lang="nb")[::-1]
    assert [(h.text, h.logprob) for h in forward] == [(h.text, h.logprob) for h in backward]
    assert len({round(h.logprob, 4) for h in forward}) > 1  # outputs differ by input


def test_length_sorting_restores_input_order(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}")
    backend = ReverseBackend(str(tmp_path), cache=False, max_tokens=20, progress=False)
    texts = ["a b c d e", "x", "p q r", "m n", "the longest one here now ok"]
    out = backend.translate_batch(texts, src_lang="nb")
    assert [h.text for h in out] == [t[::-1] for t in texts]
    assert len(backend.calls) > 1  # really batched
    assert backend.calls[0][0] == "the longest one here now ok"  # longest first
    streamed = list(backend.translate_iterable(iter(texts * 3), src_lang="nb", window=4))
    assert [h.text for h in streamed] == [t[::-1] for t in texts * 3]


def test_make_batches_covers_every_item_once() -> None:
    lengths = [5, 50, 3, 20, 20, 7, 1, 64]
    batches = make_batches(lengths, max_tokens=60, max_batch_size=3)
    flat = sorted(i for b in batches for i in b)
    assert flat == list(range(len(lengths)))
    for b in batches:
        assert len(b) <= 3
        assert len(b) == 1 or max(lengths[i] for i in b) * len(b) <= 60


def test_too_long_sentence_is_split_never_cut(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}")
    backend = ReverseBackend(str(tmp_path), cache=False, progress=False)
    long = (
        "one two three four five six, seven eight nine ten; "
        "eleven twelve thirteen fourteen fifteen sixteen"
    )
    with pytest.warns(LongInputWarning, match="exceeds the 12-token limit"):
        (h,) = backend.translate_batch([long], src_lang="nb")
    assert "split" in h.flags
    pieces = [p for call in backend.calls for p in call]
    assert len(pieces) > 1 and all(len(p.split()) + 1 <= 12 for p in pieces)
    # every word of the source went to the model: nothing dropped
    assert sorted(" ".join(pieces).split()) == sorted(long.split())


def test_real_model_long_sentence_flagged(tiny_marian: Path) -> None:
    backend = create_backend("marian", str(tiny_marian), cache=False, num_beams=1, progress=False)
    long = ", ".join(SEED_LINES * 3)
    assert backend._count_tokens([long], "nb")[0] > 64
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        (h,) = backend.translate_batch([long], src_lang="nb")
    assert any(issubclass(w.category, LongInputWarning) for w in caught)
    assert {"split", "hard_split"} & set(h.flags)


def test_split_to_fit_keeps_all_text() -> None:
    text = "Samtidig bryter beslutningen med løfter, om å trekke soldater ut; fra alle konflikter."
    pieces, clean = split_to_fit(text, lambda s: len(s.split()) <= 6)
    assert "".join(pieces) == text and clean
    assert all(len(p.split()) <= 6 for p in pieces)


def test_cache_hit_on_rerun(tiny_marian: Path, tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "c")
    b1 = create_backend("marian", str(tiny_marian), cache=cache, num_beams=1, progress=False)
    first = b1.translate_batch(SEED_LINES, src_lang="nb")
    assert cache.misses == len(SEED_LINES) and cache.hits == 0
    # a fresh process-like reopen of the same file
    cache2 = TranslationCache(tmp_path / "c")
    b2 = create_backend("marian", str(tiny_marian), cache=cache2, num_beams=1, progress=False)
    b2._generate = None  # type: ignore[assignment,method-assign]  # any model call would fail
    second = b2.translate_batch(SEED_LINES, src_lang="nb")
    assert cache2.hits == len(SEED_LINES)
    assert [h.text for h in second] == [h.text for h in first]
    assert all("cached" in h.flags for h in second)
    # other decoding settings are a different key
    b3 = create_backend("marian", str(tiny_marian), cache=cache2, num_beams=2, progress=False)
    b3.translate_batch(SEED_LINES[:1], src_lang="nb")
    assert cache2.misses == 1


def test_cache_survives_kill_mid_write(tmp_path: Path) -> None:
    # The process dies inside the write transaction, after half of its rows went to SQLite:
    # none of them may be visible afterwards, and the earlier committed row must be.
    code = f"""
import os
from translate.mt.cache import TranslationCache
from translate.mt.types import Hypothesis
c = TranslationCache({str(tmp_path)!r})
c.put({{"done": Hypothesis("kept", -0.1, 1)}}, model="m", sources={{"done": "x"}})
conn = c._connect()

class DiesHalfway:
    def __enter__(self):
        return conn.__enter__()

    def __exit__(self, *exc):
        return conn.__exit__(*exc)

    def executemany(self, sql, rows):
        def rows_then_die():
            for i, row in enumerate(rows):
                if i == 2500:
                    os._exit(9)
                yield row
        return conn.executemany(sql, rows_then_die())

c._connect = lambda: DiesHalfway()
c.put({{f"k{{i}}": Hypothesis("t" * 200, -0.1, 1) for i in range(5000)}}, model="m", sources={{}})
"""
    proc = subprocess.run([sys.executable, "-c", code], timeout=120)
    assert proc.returncode == 9
    cache = TranslationCache(tmp_path)
    assert cache.get_many(["done"])["done"].text == "kept"
    assert len(cache) == 1  # the interrupted transaction left none of its 2,500 rows


def test_missing_model_fails_fast_with_fixes(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ModelNotAvailableError) as info:
        create_backend("marian", "Helsinki-NLP/opus-mt-not-a-real-model", cache=False)
    msg = str(info.value)
    assert "Helsinki-NLP/opus-mt-not-a-real-model" in msg
    assert "hf download" in msg and "local directory" in msg
    with pytest.raises(ModelNotAvailableError, match="no such local directory"):
        create_backend("marian", "./no/such/dir", cache=False)
    # Fast without a timed assertion: with the hub unreachable (HF_HUB_OFFLINE unset) the
    # only network use is one short connection probe, then the error.
    monkeypatch.delenv("HF_HUB_OFFLINE")
    probes: list[float | None] = []

    def unreachable(address: object, timeout: float | None = None, *a: object) -> None:
        probes.append(timeout)
        raise OSError("network unreachable (test)")

    monkeypatch.setattr(socket, "create_connection", unreachable)
    with pytest.raises(ModelNotAvailableError, match="hub cannot be reached"):
        create_backend("marian", "Helsinki-NLP/opus-mt-not-a-real-model", cache=False)
    assert len(probes) == 1 and probes[0] is not None and probes[0] <= 5


def test_unknown_backend_lists_known() -> None:
    with pytest.raises(UnknownNameError, match=r"known backends: (\w+, )*marian, nllb"):
        get_backend("moses")


def test_translator_routes_languages(tiny_marian: Path, tiny_m2m: Path) -> None:
    tr = Translator(
        {"nb": str(tiny_marian), "ar": str(tiny_m2m)},
        engine="transformers",
        cache=False,
        num_beams=1,
        progress=False,
    )
    assert tr.status("nb").available and tr.status("nb").backend == "marian"
    assert tr.status("ar").backend == "nllb"
    assert not tr.status("en").available
    da = tr.status("da")  # default hub model, not downloadable here
    assert not da.available and "opus-mt-tc-big-gmq-en" in da.reason
    with pytest.raises(ModelNotAvailableError, match="opus-mt-tc-big-gmq-en") as info:
        tr.backend_for_language("da")  # the original error, with its fixes
    assert "hf download" in str(info.value)
    sents = [Sentence("d", i, 0, len(t), t, "nb") for i, t in enumerate(SEED_LINES[:3])]
    doc = tr.translate(sents)
    assert [s.index for s in doc.sentences] == [0, 1, 2]
    assert all(s.source == t for s, t in zip(doc.sentences, SEED_LINES))
    assert doc.signature.model == str(tiny_marian)


def test_translator_engine_auto_prefers_ctranslate2_on_cpu(tiny_marian: Path) -> None:
    pytest.importorskip("ctranslate2", reason="ctranslate2 not installed")
    tr = Translator(
        {"nb": str(tiny_marian)}, cache=False, num_beams=1, progress=False, device="cpu"
    )
    assert tr.status("nb").backend == "ctranslate2"
    forced = Translator(
        {"nb": str(tiny_marian)}, engine="transformers", cache=False, progress=False
    )
    assert forced.status("nb").backend == "marian"
    with pytest.raises(ValueError, match="engine"):
        Translator(engine="fast")
