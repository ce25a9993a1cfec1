"""Neural machine translation: backends, registry, cache and typed results."""

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
