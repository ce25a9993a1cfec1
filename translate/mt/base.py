"""The translation backend contract.

A backend fills in three hooks: :meth:`Backend._load` (read model and tokenizer from a
resolved directory), :meth:`Backend._count_tokens` and :meth:`Backend._generate` (one
padded batch in, one :class:`Hypothesis` per text out). Everything else is concrete here
and shared: the cache, length-sorted batching by a token budget, splitting of inputs
longer than the model can take, order restoration, progress bars and the signature.
"""

from __future__ import annotations

import logging
import warnings
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, ClassVar

from translate.corpus.document import Sentence
from translate.mt.batching import make_batches, windowed
from translate.mt.cache import TranslationCache, cache_key
from translate.mt.loading import ResolvedModel, resolve_model
from translate.mt.splitting import split_to_fit
from translate.mt.types import (
    DocumentTranslation,
    Hypothesis,
    SentenceTranslation,
    TranslationSignature,
)

__all__ = ["Backend", "LongInputWarning"]

logger = logging.getLogger(__name__)


class LongInputWarning(UserWarning):
    """A sentence was longer than the model can take and was translated in pieces."""


def _pick_device(device: str) -> str:
    if device != "auto":
        return device
    import torch

    if torch.cuda.is_available():
        return "cuda"
    if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
        return "mps"
    return "cpu"


class Backend(ABC):
    """A neural MT model behind a batch primitive.

    Args:
        model: Hub id or local directory.
        revision: Hub revision (branch, tag or commit).
        device: ``"auto"`` (CUDA, then MPS, then CPU), or a torch device string.
        num_beams: Beam size. 4 is the quality/speed point most MT papers report; use 1
            (greedy) for about 2-3x the speed at a small quality cost.
        max_tokens: Padded source tokens per batch (the batch-size budget).
        max_batch_size: Hard cap on sentences per batch.
        max_input_tokens: Override the model's source-length limit (default: the
            model's own, ``min(max_position_embeddings, tokenizer.model_max_length)``).
        cache: A :class:`TranslationCache`, ``None`` for the default on-disk cache, or
            ``False`` for none.
        allow_download: Fetch from the hub when not cached locally.
        progress: Show a progress bar for jobs of more than one batch.
        resolved: ``model`` already located by :func:`~translate.mt.loading.resolve_model`
            (the :class:`~translate.mt.Translator` resolves each model once); default:
            located here.
    """

    name: ClassVar[str] = "base"

    def __init__(
        self,
        model: str,
        *,
        revision: str | None = None,
        device: str = "auto",
        num_beams: int = 4,
        max_tokens: int = 4096,
        max_batch_size: int = 64,
        max_input_tokens: int | None = None,
        cache: TranslationCache | None | bool = None,
        allow_download: bool = True,
        progress: bool = True,
        resolved: ResolvedModel | None = None,
    ) -> None:
        self.model_id = str(model)
        self.resolved: ResolvedModel = resolved or resolve_model(
            model, revision=revision, allow_download=allow_download
        )
        self.device = _pick_device(device)
        self.num_beams = num_beams
        self.max_tokens = max_tokens
        self.max_batch_size = max_batch_size
        self.progress = progress
        if cache is False:
            self.cache: TranslationCache | None = None
        elif cache is None or cache is True:
            self.cache = TranslationCache()
        else:
            self.cache = cache
        self._load(self.resolved)
        self.max_input_tokens = max_input_tokens or self._model_max_input_tokens()

    # ---- hooks -------------------------------------------------------------------
    @abstractmethod
    def _load(self, resolved: ResolvedModel) -> None:
        """Load model and tokenizer from ``resolved.path``."""

    @abstractmethod
    def _model_max_input_tokens(self) -> int:
        """The longest source (in tokens, special tokens included) the model takes."""

    @abstractmethod
    def _count_tokens(self, texts: Sequence[str], src_lang: str) -> list[int]:
        """Source length in tokens of each text, special tokens included."""

    @abstractmethod
    def _generate(self, texts: Sequence[str], src_lang: str, tgt_lang: str) -> list[Hypothesis]:
        """Translate one batch; every text fits the model. One hypothesis per text."""

    def supports(self, src_lang: str, tgt_lang: str) -> bool:
        """Whether this model translates ``src_lang`` into ``tgt_lang``."""
        return True

    # ---- concrete ------------------------------------------------------------------
    @property
    def decoding(self) -> dict[str, Any]:
        """Decoding settings that change outputs (part of the cache key and signature)."""
        return {"num_beams": self.num_beams, "max_input_tokens": self.max_input_tokens}

    def signature(self, src_lang: str, tgt_lang: str = "en") -> TranslationSignature:
        import torch
        import transformers

        from translate import __version__

        return TranslationSignature(
            backend=self.name,
            model=self.model_id,
            revision=self.resolved.revision,
            src_lang=src_lang,
            tgt_lang=tgt_lang,
            decoding=tuple(sorted(self.decoding.items())),
            versions=(
                ("translate", __version__),
                ("transformers", transformers.__version__),
                ("torch", torch.__version__),
            ),
        )

    def translate_batch(
        self, texts: Sequence[str], *, src_lang: str, tgt_lang: str = "en"
    ) -> list[Hypothesis]:
        """Translate texts; the core primitive.

        Serves what it can from the cache, splits over-long inputs at clause boundaries
        (flag ``split``, with a :class:`LongInputWarning`), batches the rest by token
        budget in length order and returns results in input order.
        """
        texts = list(texts)
        settings = self.decoding
        keys = [
            cache_key(self.model_id, self.resolved.revision, settings, src_lang, tgt_lang, t)
            for t in texts
        ]
        found = self.cache.get_many(keys) if self.cache is not None else {}
        todo = {k: t for k, t in zip(keys, texts) if k not in found and t.strip()}
        new = self._translate_uncached(list(todo.values()), src_lang, tgt_lang)
        fresh = dict(zip(todo.keys(), new))
        if self.cache is not None and fresh:
            self.cache.put(fresh, model=self.model_id, sources=todo)
        out = []
        for k, t in zip(keys, texts):
            if not t.strip():
                out.append(Hypothesis("", 0.0, 0, ("empty",)))
            else:
                out.append(found.get(k) or fresh[k])
        return out

    def translate_iterable(
        self, texts: Iterable[str], *, src_lang: str, tgt_lang: str = "en", window: int = 1024
    ) -> Iterator[Hypothesis]:
        """Stream translations of any number of texts, in input order."""
        for h in windowed(
            texts,
            lambda chunk: list(self.translate_batch(chunk, src_lang=src_lang, tgt_lang=tgt_lang)),
            window=window,
        ):
            assert isinstance(h, Hypothesis)
            yield h

    def translate_sentences(
        self, sentences: Sequence[Sentence], *, tgt_lang: str = "en"
    ) -> DocumentTranslation:
        """Translate the sentences of one document, each tied to its source span."""
        if not sentences:
            raise ValueError("no sentences to translate")
        src = sentences[0].language
        hyps = self.translate_batch([s.text for s in sentences], src_lang=src, tgt_lang=tgt_lang)
        return assemble_translation(self, sentences, hyps, tgt_lang)

    # ---- internals -----------------------------------------------------------------
    def _translate_uncached(
        self, texts: list[str], src_lang: str, tgt_lang: str
    ) -> list[Hypothesis]:
        if not texts:
            return []
        # Expand over-long texts into pieces; remember which pieces belong together.
        lengths = self._count_tokens(texts, src_lang)
        pieces: list[str] = []
        piece_lengths: list[int] = []
        owner: list[int] = []
        split_kind: dict[int, str] = {}
        limit = self.max_input_tokens
        for i, (text, n) in enumerate(zip(texts, lengths)):
            if n <= limit:
                pieces.append(text)
                piece_lengths.append(n)
                owner.append(i)
                continue
            parts, clean = split_to_fit(
                text, lambda s: self._count_tokens([s], src_lang)[0] <= limit
            )
            parts = [p.strip() for p in parts]
            part_lengths = self._count_tokens(parts, src_lang)
            too_long = [p for p, m in zip(parts, part_lengths) if m > limit]
            if too_long:
                raise ValueError(
                    f"a single word of {len(too_long[0])} characters is longer than the "
                    f"model's input limit of {limit} tokens: {too_long[0][:60]!r}…"
                )
            split_kind[i] = "split" if clean else "hard_split"
            warnings.warn(
                f"sentence of {n} tokens exceeds the {limit}-token limit of "
                f"{self.model_id}; translated in {len(parts)} pieces: {text[:60]!r}…",
                LongInputWarning,
                stacklevel=3,
            )
            pieces.extend(parts)
            piece_lengths.extend(part_lengths)
            owner.extend([i] * len(parts))
        results = self._run_batches(pieces, piece_lengths, src_lang, tgt_lang)
        merged: list[list[Hypothesis]] = [[] for _ in texts]
        for i, h in zip(owner, results):
            merged[i].append(h)
        out = []
        for i, hs in enumerate(merged):
            if len(hs) == 1:
                out.append(hs[0])
                continue
            tokens = sum(h.tokens for h in hs)
            logprob = sum(h.logprob * h.tokens for h in hs) / max(tokens, 1)
            flags = tuple(dict.fromkeys([split_kind[i], *(f for h in hs for f in h.flags)]))
            out.append(Hypothesis(" ".join(h.text for h in hs), logprob, tokens, flags))
        return out

    def _run_batches(
        self, texts: list[str], lengths: list[int], src_lang: str, tgt_lang: str
    ) -> list[Hypothesis]:
        batches = make_batches(
            lengths, max_tokens=self.max_tokens, max_batch_size=self.max_batch_size
        )
        results: list[Hypothesis | None] = [None] * len(texts)
        bar = None
        if self.progress and len(batches) > 1:
            from tqdm.auto import tqdm

            bar = tqdm(total=len(texts), desc=f"translate {src_lang}→{tgt_lang}", unit="sent")
        try:
            for batch in batches:
                hyps = self._generate([texts[i] for i in batch], src_lang, tgt_lang)
                if len(hyps) != len(batch):
                    raise RuntimeError(f"{self.name}: {len(hyps)} outputs for {len(batch)} inputs")
                for i, h in zip(batch, hyps):
                    results[i] = h
                if bar is not None:
                    bar.update(len(batch))
        finally:
            if bar is not None:
                bar.close()
        assert all(r is not None for r in results)
        return [r for r in results if r is not None]


def assemble_translation(
    backend: Backend, sentences: Sequence[Sentence], hyps: Sequence[Hypothesis], tgt_lang: str
) -> DocumentTranslation:
    """One document's :class:`DocumentTranslation` from its sentences and their outputs:
    each sentence tied to its source span, warnings for split or cut outputs (used by
    :meth:`Backend.translate_sentences` and by
    :meth:`~translate.mt.Translator.translate_documents`)."""
    doc, src = sentences[0].doc, sentences[0].language
    rows = tuple(
        SentenceTranslation(
            s.doc, s.index, s.start, s.end, s.text, h.text, h.logprob, backend.model_id, h.flags
        )
        for s, h in zip(sentences, hyps)
    )
    warns = tuple(
        f"sentence {r.index}: {flag}"
        for r in rows
        for flag in r.flags
        if flag in {"split", "hard_split", "length_limit"}
    )
    return DocumentTranslation(doc, src, tgt_lang, rows, backend.signature(src, tgt_lang), warns)
