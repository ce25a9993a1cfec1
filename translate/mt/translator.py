"""Translate documents from several source languages with one object.

:class:`Translator` picks a model per source language (the defaults, or what the user
passes), loads each model once, shares one model between languages that use the same
one, and reports per language whether a model is available, instead of failing the
whole run.
"""

from __future__ import annotations

import importlib.util
import logging
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from translate.corpus.document import Sentence
from translate.errors import (
    MissingDependencyError,
    ModelNotAvailableError,
    UnsupportedLanguageError,
)
from translate.mt.base import Backend, assemble_translation
from translate.mt.cache import TranslationCache
from translate.mt.defaults import backend_for, default_model
from translate.mt.loading import resolve_model
from translate.mt.registry import get_backend
from translate.mt.types import DocumentTranslation

__all__ = ["Translator", "ModelStatus", "assemble_translation"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ModelStatus:
    """Whether a language can be translated, with which model, or why not."""

    language: str
    model: str | None
    backend: str | None
    available: bool
    reason: str = ""


class Translator:
    """Source-language → model routing over the registered backends.

    Args:
        models: ``{language: hub id or local directory}`` overriding the defaults.
        backend: Force a model family (``"marian"`` or ``"nllb"``) or any registered
            backend name; by default the family is read from each model's config.
            ``"nllb"`` with no ``models`` uses NLLB-200 for all languages.
        engine: What runs Marian/NLLB models: ``"auto"`` (default: CTranslate2 int8 on
            CPU when the ``ctranslate2`` package is installed — converted once and cached,
            about 10x faster — else ``transformers``; ``transformers`` on a GPU),
            ``"transformers"`` or ``"ctranslate2"``.
        target: Target language (``"en"``).
        cache: Shared :class:`TranslationCache`; ``None`` = the default on-disk cache,
            ``False`` = no cache.
        **backend_options: Passed to every backend (``device``, ``num_beams``,
            ``max_tokens``, ``allow_download``, ``progress``...).

    Example:
        >>> tr = Translator(models={"da": "/models/opus-mt-da-en"})  # doctest: +SKIP
        >>> tr.translate(sentences).sentences[0].translation  # doctest: +SKIP
    """

    def __init__(
        self,
        models: Mapping[str, str] | None = None,
        *,
        backend: str | None = None,
        engine: str = "auto",
        target: str = "en",
        cache: TranslationCache | None | bool = None,
        **backend_options: Any,
    ) -> None:
        self.models = dict(models or {})
        if engine not in {"auto", "transformers", "ctranslate2"}:
            raise ValueError(f"engine must be auto, transformers or ctranslate2, not {engine!r}")
        self.backend = backend
        self.engine = engine
        self.target = target
        self.cache = TranslationCache() if cache is None or cache is True else cache
        self.options = backend_options
        self._loaded: dict[str, Backend] = {}
        self._status: dict[str, ModelStatus] = {}
        self._errors: dict[str, Exception] = {}

    def model_for(self, language: str) -> tuple[str | None, str | None]:
        """``(model, backend)`` that would translate ``language``; ``(None, None)`` if none."""
        if language in self.models:
            return self.models[language], self.backend
        choice = default_model(language, self.backend)
        if choice is None:
            return None, None
        return choice.model, choice.backend

    def status(self, language: str) -> ModelStatus:
        """Load (once) the model for ``language`` and say whether it is usable."""
        if language in self._status:
            return self._status[language]
        model, backend = self.model_for(language)
        if language == self.target:
            st = ModelStatus(
                language, None, None, False, f"already in the target language ({self.target})"
            )
        elif model is None:
            st = ModelStatus(
                language,
                None,
                None,
                False,
                f"no default model for {language}→{self.target}; pass one with "
                f"models={{'{language}': ...}} (--model {language}=HUB_ID_OR_DIR)",
            )
        else:
            try:
                self._backend(model, backend)
                st = ModelStatus(language, model, self._loaded[model].name, True)
                if not self._loaded[model].supports(language, self.target):
                    st = ModelStatus(
                        language,
                        model,
                        st.backend,
                        False,
                        f"{model} does not translate {language}→{self.target}",
                    )
            except (
                ModelNotAvailableError,
                UnsupportedLanguageError,
                MissingDependencyError,
            ) as exc:
                st = ModelStatus(language, model, backend, False, str(exc))
                self._errors[language] = exc
        self._status[language] = st
        return st

    def _backend(self, model: str, backend: str | None) -> Backend:
        if model not in self._loaded:
            opts = dict(self.options)
            resolved = resolve_model(model, revision=opts.get("revision"),
                                     allow_download=opts.get("allow_download", True))
            opts["resolved"] = resolved  # located once, not again by the backend
            family = backend or backend_for(resolved)
            name = self._engine_for(family)
            try:
                # torch's OpenMP runtime reads OMP_WAIT_POLICY once, when torch loads:
                # passive idle threads (unless the user set it) keep a busy machine usable
                from translate.align.embed import _passive_openmp

                with _passive_openmp():
                    self._loaded[model] = get_backend(name)(model, cache=self.cache, **opts)
            except Exception as exc:
                if name == family or self.engine != "auto":
                    raise
                warnings.warn(
                    f"CTranslate2 could not run {model} ({type(exc).__name__}: {exc}); "
                    f"using transformers instead",
                    RuntimeWarning,
                    stacklevel=3,
                )
                self._loaded[model] = get_backend(family)(model, cache=self.cache, **opts)
        return self._loaded[model]

    def _engine_for(self, family: str) -> str:
        """Registry name of the backend that runs a model of ``family``."""
        if family not in {"marian", "nllb"} or self.engine == "transformers":
            return family
        if self.engine == "ctranslate2":
            return "ctranslate2"
        device = str(self.options.get("device", "auto"))
        if device.startswith(("cuda", "mps")):
            return family
        if device == "auto":
            import torch

            if torch.cuda.is_available():
                return family
        return "ctranslate2" if importlib.util.find_spec("ctranslate2") else family

    def backend_for_language(self, language: str) -> Backend:
        """The loaded backend for ``language``.

        Raises:
            ModelNotAvailableError: The language's model cannot be loaded.
            UnsupportedLanguageError: No model translates the language.
        """
        st = self.status(language)
        if language in self._errors:
            raise self._errors[language]
        if not st.available or st.model is None:
            raise UnsupportedLanguageError(st.reason)
        return self._loaded[st.model]

    def translate(self, sentences: Sequence[Sentence]) -> DocumentTranslation:
        """Translate one document's sentences (all in one language) into the target."""
        if not sentences:
            raise ValueError("no sentences to translate")
        languages = {s.language for s in sentences}
        if len(languages) != 1:
            raise ValueError(f"sentences of one document must share a language, got {languages}")
        backend = self.backend_for_language(sentences[0].language)
        return backend.translate_sentences(sentences, tgt_lang=self.target)

    def translate_documents(
        self, documents: Sequence[Sequence[Sentence]]
    ) -> list[DocumentTranslation]:
        """Translate several documents, batching their sentences across documents.

        The sentences of all documents in one language go through one
        :meth:`~translate.mt.base.Backend.translate_batch` call, which sorts them by
        length and batches them by the model's token budget, so a corpus of short
        articles runs in full batches. Each document's result is what :meth:`translate`
        gives for it alone.

        Args:
            documents: Per document, its sentences (each document in one language; every
                document non-empty).

        Returns:
            One :class:`DocumentTranslation` per document, in input order.

        Raises:
            ValueError: A document is empty or mixes languages.
            ModelNotAvailableError, UnsupportedLanguageError: A language has no model.
        """
        by_language: dict[str, list[int]] = {}
        for n, sentences in enumerate(documents):
            if not sentences:
                raise ValueError(f"document {n} has no sentences to translate")
            languages = {s.language for s in sentences}
            if len(languages) != 1:
                raise ValueError(
                    f"sentences of one document must share a language, got {languages}"
                )
            by_language.setdefault(sentences[0].language, []).append(n)
        out: list[DocumentTranslation | None] = [None] * len(documents)
        for language, members in by_language.items():
            backend = self.backend_for_language(language)
            texts = [s.text for n in members for s in documents[n]]
            hyps = backend.translate_batch(texts, src_lang=language, tgt_lang=self.target)
            pos = 0
            for n in members:
                size = len(documents[n])
                out[n] = assemble_translation(
                    backend, documents[n], hyps[pos : pos + size], self.target
                )
                pos += size
        return [t for t in out if t is not None]


