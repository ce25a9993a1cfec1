"""MarianMT / OPUS-MT backend: one model per language pair (or per language group)."""

from __future__ import annotations

from translate.mt.hf import HFSeq2SeqBackend
from translate.mt.registry import register

__all__ = ["MarianBackend"]


@register("marian")
class MarianBackend(HFSeq2SeqBackend):
    """OPUS-MT models (``Helsinki-NLP/opus-mt-*``) through ``transformers.MarianMTModel``.

    Multi-target models choose the output language with a ``>>xxx<<`` token; it is added
    when the model's vocabulary has one for the target language.
    """

    family = "marian"
