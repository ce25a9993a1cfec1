"""Default model per source language, chosen from published quality tables.

OPUS-MT ``tc-big`` models lead FLORES for all three source languages (model cards,
FLORES-101 devtest BLEU into English: Danish 49.3 and Bokmål 44.2 for
``opus-mt-tc-big-gmq-en``; Arabic for ``opus-mt-tc-big-ar-en``). NLLB-200-distilled-600M is
the one-model alternative (``--backend nllb``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from translate.mt.loading import ResolvedModel

__all__ = ["ModelChoice", "DEFAULT_MODELS", "NLLB_DEFAULT", "default_model", "backend_for"]


@dataclass(frozen=True)
class ModelChoice:
    backend: str
    model: str
    evidence: str


DEFAULT_MODELS: dict[str, ModelChoice] = {
    "da": ModelChoice(
        "marian",
        "Helsinki-NLP/opus-mt-tc-big-gmq-en",
        "FLORES-101 devtest dan-eng BLEU 49.3 (model card)",
    ),
    "nb": ModelChoice(
        "marian",
        "Helsinki-NLP/opus-mt-tc-big-gmq-en",
        "FLORES-101 devtest nob-eng BLEU 44.2 (model card)",
    ),
    "ar": ModelChoice(
        "marian",
        "Helsinki-NLP/opus-mt-tc-big-ar-en",
        "best OPUS-MT ara-eng model on FLORES (model card)",
    ),
}
NLLB_DEFAULT = ModelChoice(
    "nllb", "facebook/nllb-200-distilled-600M", "one model for all 200 FLORES languages"
)


def default_model(src_lang: str, backend: str | None = None) -> ModelChoice | None:
    """The default model for ``src_lang`` → English, or ``None`` when there is none."""
    if backend == "nllb":
        return NLLB_DEFAULT
    return DEFAULT_MODELS.get(src_lang)


def backend_for(resolved: ResolvedModel) -> str:
    """Registry name of the backend that runs a model, from its ``config.json``."""
    try:
        cfg = json.loads((Path(resolved.path) / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cfg = {}
    kind = str(cfg.get("model_type", "")).lower()
    if kind in {"m2m_100", "nllb", "nllb-moe"} or "nllb" in resolved.model.lower():
        return "nllb"
    return "marian"
