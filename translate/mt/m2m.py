"""NLLB-200 / M2M-100 backend: one multilingual model, languages chosen by code."""

from __future__ import annotations

from translate.mt.hf import HFSeq2SeqBackend
from translate.mt.registry import register

__all__ = ["M2MBackend"]


@register("nllb")
class M2MBackend(HFSeq2SeqBackend):
    """NLLB (``facebook/nllb-200-distilled-600M``) and M2M-100 models.

    The tokenizer's language tokens decide the code style: NLLB's ``dan_Latn`` or
    M2M-100's ``__da__``. The source code is set on the tokenizer, the target code is
    forced as the first generated token.
    """

    family = "nllb"
