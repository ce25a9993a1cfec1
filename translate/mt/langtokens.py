"""Language handling shared by every backend that tokenizes with a Hugging Face tokenizer.

Two model families: ``marian`` (OPUS-MT: one model per language pair or group; a
multi-target model picks its output language with a ``>>xxx<<`` token at the start of the
source) and ``nllb`` (NLLB-200 and M2M-100: the source language is set on the tokenizer and
the target language token starts the output).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from translate.errors import UnsupportedLanguageError
from translate.mt.languages import iso639_3, nllb_code

__all__ = ["TokenizerLanguages"]


class TokenizerLanguages:
    """Mixin for backends; needs ``self.tokenizer``, ``self.model_id`` and ``self.family``."""

    tokenizer: Any
    model_id: str
    family: str = "marian"

    def _has_token(self, token: str) -> bool:
        """Whether the tokenizer knows ``token`` (vocabulary or added special tokens)."""
        tid = self.tokenizer.convert_tokens_to_ids(token)
        return tid is not None and tid != self.tokenizer.unk_token_id

    def _lang_token(self, lang: str) -> str:
        """The NLLB (``dan_Latn``) or M2M-100 (``__da__``) token of a language."""
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

    def supports(self, src_lang: str, tgt_lang: str) -> bool:
        """Whether the model can translate ``src_lang`` into ``tgt_lang``.

        A Marian model's languages are not recorded in its files, so it is trusted.
        """
        if self.family != "nllb":
            return True
        try:
            self._lang_token(src_lang)
            self._lang_token(tgt_lang)
        except UnsupportedLanguageError:
            return False
        return True

    def _prefix(self, tgt_lang: str) -> str:
        """Text put before every source: Marian's ``>>xxx<<`` target token, if the model has it."""
        if self.family == "nllb":
            return ""
        for code in (iso639_3(tgt_lang), tgt_lang):
            if self._has_token(f">>{code}<<"):
                return f">>{code}<< "
        return ""

    def _set_source_language(self, src_lang: str) -> None:
        if self.family == "nllb":
            tok = self._lang_token(src_lang)
            m2m_style = tok.startswith("__") and tok.endswith("__")
            self.tokenizer.src_lang = tok[2:-2] if m2m_style else tok

    def _target_token_id(self, tgt_lang: str) -> int | None:
        """Token id forced as the first output token (NLLB / M2M-100), else ``None``."""
        if self.family != "nllb":
            return None
        return int(self.tokenizer.convert_tokens_to_ids(self._lang_token(tgt_lang)))

    def _encode(self, texts: Sequence[str], src_lang: str, tgt_lang: str = "en") -> list[list[int]]:
        """Token ids of each source (prefix and special tokens included), never truncated."""
        self._set_source_language(src_lang)
        prefix = self._prefix(tgt_lang)
        enc = self.tokenizer(
            [prefix + t for t in texts], add_special_tokens=True, truncation=False, verbose=False
        )
        return [list(ids) for ids in enc["input_ids"]]

    def _count_tokens(self, texts: Sequence[str], src_lang: str) -> list[int]:
        return [len(ids) for ids in self._encode(texts, src_lang)]
