"""Neural machine translation: backends, registry, cache and typed results.

Names are imported on first use (PEP 562): ``import translate.mt.types`` loads the result
types only, not the translator, the backends or the cache.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from translate._lazy import lazy_exports

if TYPE_CHECKING:
    from translate.mt.base import Backend, LongInputWarning
    from translate.mt.cache import TranslationCache
    from translate.mt.loading import resolve_model
    from translate.mt.registry import (
        backend_names,
        create_backend,
        get_backend,
        register,
        register_backend,
    )
    from translate.mt.translator import ModelStatus, Translator
    from translate.mt.types import (
        DocumentTranslation,
        Hypothesis,
        SentenceTranslation,
        TranslationSignature,
    )

_HOMES = {
    "Backend": "base", "LongInputWarning": "base", "TranslationCache": "cache",
    "resolve_model": "loading", "backend_names": "registry", "create_backend": "registry",
    "get_backend": "registry", "register": "registry", "register_backend": "registry",
    "ModelStatus": "translator", "Translator": "translator", "DocumentTranslation": "types",
    "Hypothesis": "types", "SentenceTranslation": "types", "TranslationSignature": "types",
}

__all__ = [
    "Backend",
    "DocumentTranslation",
    "Hypothesis",
    "LongInputWarning",
    "ModelStatus",
    "SentenceTranslation",
    "TranslationCache",
    "TranslationSignature",
    "Translator",
    "backend_names",
    "create_backend",
    "get_backend",
    "register",
    "register_backend",
    "resolve_model",
]

__getattr__, __dir__ = lazy_exports(__name__, _HOMES, __all__)
