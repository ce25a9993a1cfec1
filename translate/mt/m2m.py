"""NLLB-200 / M2M-100 backend: one multilingual model, languages chosen by code."""

from __future__ import annotations

from typing import Any

from translate.errors import UnsupportedLanguageError
from translate.mt.hf import HFSeq2SeqBackend
from translate.mt.languages import nllb_code
from translate.mt.registry import register

__all__ = ["M2MBackend"]


@register("nllb")
class M2MBackend(HFSeq2SeqBackend):
    """NLLB (``facebook/nllb-200-distilled-600M``) and M2M-100 models.

    The tokenizer's language tokens decide the code style: NLLB's ``dan_Latn`` or
    M2M-100's ``__da__``. The source code is set on the tokenizer, the target code is
    forced as the first generated token.
    """

    def _lang_token(self, lang: str) -> str:
        candidates = []
        try:
            candidates.append(nllb_code(lang))
        except UnsupportedLanguageError:
            pass
        candidates += [f"__{lang}__", lang]
        for tok in candidates:
            if self._has_token(tok):
                return tok
        raise UnsupportedLanguageError(
            f"model {self.model_id} has no language token for '{lang}' (tried {candidates})"
        )

    def _tokenizer_code(self, lang: str) -> str:
        tok = self._lang_token(lang)
        return tok[2:-2] if tok.startswith("__") and tok.endswith("__") else tok

    def supports(self, src_lang: str, tgt_lang: str) -> bool:
        try:
            self._lang_token(src_lang)
            self._lang_token(tgt_lang)
        except UnsupportedLanguageError:
            return False
        return True

    def _set_source_language(self, src_lang: str) -> None:
        self.tokenizer.src_lang = self._tokenizer_code(src_lang)

    def _generate_kwargs(self, tgt_lang: str) -> dict[str, Any]:
        tok = self._lang_token(tgt_lang)
        return {"forced_bos_token_id": self.tokenizer.convert_tokens_to_ids(tok)}
