"""Tiny random translation models, and a toy concept embedder, for tests, demos and
benchmarks (no download).

A SentencePiece model is trained on a few lines in well under a second, and a
Marian or M2M-100 model with random weights is built from a config and saved with its
tokenizer to a directory, which then loads through exactly the same code as a real
hub model. The outputs are gibberish; the plumbing is real.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["build_tiny_marian", "build_tiny_m2m", "train_sentencepiece", "concept_embedder",
           "story_document", "first_claim", "claim_with"]

_SAMPLE = [
    "USA vil sende nesten 3.000 ekstra soldater til Midtøsten.",
    "USA sender ekstra soldater til Irak efter ambassadeangreb.",
    "The United States said it was sending about 3,000 more troops to the Middle East.",
    "أعلنت الولايات المتحدة أنها أرسلت 30 مركبة مدرعة للجيش العراقي.",
    "Soldatene kommer i tillegg til de rundt 700 soldatene.",
    "25 militante blev dræbt, og 51 andre blev såret.",
    "Around 5,200 US troops are based in Iraq.",
    "Iran har truet med å gjengjelde angrepet.",
    "Flere tusinde personer brændte amerikanske flag af foran ambassaden.",
    "قال الرئيس إن القوات ستنسحب من العراق إلى 2500 جندي.",
    "abcdefghijklmnopqrstuvwxyzæøå ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ 0123456789 .,;:!?»«“”'-()",
]


def train_sentencepiece(
    path: Path, lines: Sequence[str] | None = None, *, vocab_size: int = 200
) -> Path:
    """Train a unigram SentencePiece model on ``lines``; returns ``path`` (``.model``)."""
    import sentencepiece as spm

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = list(lines or _SAMPLE) * 3
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(text),
        model_prefix=str(path.with_suffix("")),
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        pad_id=-1,
        bos_id=-1,
        eos_id=-1,
        unk_id=0,
        minloglevel=2,
    )
    return path.with_suffix(".model")


def _prepare(
    directory: str | Path, lines: Sequence[str] | None, specials: Sequence[str]
) -> tuple[Path, Path, Path, dict[str, int]]:
    """Train the SentencePiece model and write ``vocab.json`` in a scratch folder.

    Returns ``(out, spm_path, vocab_path, vocab)``; the scratch folder is ``out / "_spm"``.
    """
    import sentencepiece as spm

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    spm_path = train_sentencepiece(out / "_spm" / "spm.model", lines)
    sp = spm.SentencePieceProcessor(model_file=str(spm_path))
    vocab: dict[str, int] = {}
    for tok in [*specials, *(sp.id_to_piece(i) for i in range(sp.get_piece_size()))]:
        vocab.setdefault(tok, len(vocab))
    vocab_path = out / "_spm" / "vocab.json"
    vocab_path.write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    return out, spm_path, vocab_path, vocab


def _sizes(d_model: int, layers: int, max_positions: int) -> dict[str, Any]:
    return {
        "d_model": d_model,
        "encoder_layers": layers,
        "decoder_layers": layers,
        "encoder_attention_heads": 2,
        "decoder_attention_heads": 2,
        "encoder_ffn_dim": 2 * d_model,
        "decoder_ffn_dim": 2 * d_model,
        "max_position_embeddings": max_positions,
    }


def _save(model_cls: Any, cfg: Any, tokenizer: Any, out: Path, seed: int) -> Path:
    import torch

    torch.manual_seed(seed)
    model_cls(cfg).save_pretrained(out)
    tokenizer.save_pretrained(out)
    shutil.rmtree(out / "_spm")
    return out


def build_tiny_marian(
    directory: str | Path,
    *,
    lines: Sequence[str] | None = None,
    d_model: int = 16,
    layers: int = 2,
    max_positions: int = 64,
    seed: int = 0,
) -> Path:
    """Save a random MarianMT model + tokenizer to ``directory`` and return it."""
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out, spm_path, vocab_path, vocab = _prepare(directory, lines, ["</s>", "<unk>", "<pad>"])
    tok = MarianTokenizer(
        str(spm_path), str(spm_path), str(vocab_path), model_max_length=max_positions
    )
    cfg = MarianConfig(
        vocab_size=len(vocab),
        **_sizes(d_model, layers, max_positions),
        pad_token_id=vocab["<pad>"],
        eos_token_id=vocab["</s>"],
        decoder_start_token_id=vocab["<pad>"],
        forced_eos_token_id=vocab["</s>"],
    )
    return _save(MarianMTModel, cfg, tok, out, seed)


def build_tiny_m2m(
    directory: str | Path,
    *,
    lines: Sequence[str] | None = None,
    d_model: int = 16,
    layers: int = 2,
    max_positions: int = 64,
    seed: int = 0,
) -> Path:
    """Save a random M2M-100 model + tokenizer (language tokens ``__da__`` …)."""
    from transformers import M2M100Config, M2M100ForConditionalGeneration, M2M100Tokenizer

    out, spm_path, vocab_path, _ = _prepare(directory, lines, ["<s>", "<pad>", "</s>", "<unk>"])
    tok = M2M100Tokenizer(
        str(vocab_path),
        str(spm_path),
        src_lang="da",
        tgt_lang="en",
        language_codes="m2m100",
        model_max_length=max_positions,
    )
    cfg = M2M100Config(
        vocab_size=max(len(tok), max(tok.lang_token_to_id.values()) + 1),
        **_sizes(d_model, layers, max_positions),
        pad_token_id=tok.pad_token_id,
        eos_token_id=tok.eos_token_id,
        bos_token_id=tok.bos_token_id,
        decoder_start_token_id=tok.eos_token_id,
    )
    return _save(M2M100ForConditionalGeneration, cfg, tok, out, seed)


def concept_embedder(concepts: Sequence[set[str]], *, name: str = "concepts",
                     shared: float = 0.2, floor: float = 0.05,
                     use_shipped: bool = True) -> Any:
    """An :class:`~translate.align.embed.Embedder` class with one axis per concept (a set of
    words in any language: ``{"flood", "flom", "فيضان"}``) plus a shared constant, so a test
    knows exactly which texts are near — what a multilingual model does, made visible.

    Each text gets ``floor`` on every axis, +1 per word of a concept (punctuation ``.,:;``
    stripped, lower case) and ``shared`` on the last axis. ``name`` keeps the vectors of
    two test embedders apart in the embedding cache; ``use_shipped=False`` never takes the
    shipped vectors of constant texts (:attr:`~translate.align.embed.Embedder.use_shipped`).
    """
    import numpy as np

    from translate.align.embed import Embedder

    words_of = [frozenset(c) for c in concepts]

    class ConceptEmbedder(Embedder):
        model_id = "test"

        def _embed(self, texts: list[str]) -> np.ndarray:
            out = np.full((len(texts), len(words_of) + 1), floor, np.float32)
            for i, t in enumerate(texts):
                words = {w.strip(".,:;").lower() for w in t.split()}
                for k, c in enumerate(words_of):
                    out[i, k] += len(words & c)
                out[i, -1] += shared
            return out

    ConceptEmbedder.name = name
    ConceptEmbedder.use_shipped = use_shipped
    return ConceptEmbedder


def story_document(doc_id: str, language: str | None, text: str,
                   published: Any = None) -> Any:
    """A stand-in for a prepared document as story finding reads it: ``id``, ``language``,
    ``sentences`` (``text`` cut at ". ") and ``document.published``."""
    from types import SimpleNamespace

    sents = tuple(SimpleNamespace(text=s) for s in text.split(". "))
    return SimpleNamespace(id=doc_id, language=language, sentences=sents,
                           document=SimpleNamespace(published=published))


def first_claim(doc_id: str, language: str, text: str, published: Any = None) -> Any:
    """The first claim :func:`translate.claims.extract_claims` finds in ``text``, read as
    a one-document corpus (``IndexError`` when there is none)."""
    from translate.claims import extract_claims
    from translate.corpus.document import Document
    from translate.corpus.prepare import prepare_all

    doc = Document(doc_id, text, text, language=language, published=published)
    return extract_claims(prepare_all([doc])[0].sentences)[0]


def claim_with(text: str, language: str, number: str, antecedent: str | None = None) -> Any:
    """The first claim of one sentence whose span holds ``number`` (``AssertionError``
    listing the claims found when there is none): :func:`~translate.claims.extract.
    sentence_claims` with its ``antecedent``."""
    from translate.claims.extract import sentence_claims

    found = sentence_claims(text, language, antecedent=antecedent)
    hits = [c for c in found if number in text[c.start:c.end]]
    assert hits, f"no claim with {number!r} in " + repr(
        [(text[c.start:c.end], c.category, c.role) for c in found])
    return hits[0]
