"""Shared code of the Hugging Face ``transformers`` sequence-to-sequence backends."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from translate.mt.base import Backend
from translate.mt.loading import ResolvedModel
from translate.mt.types import Hypothesis

__all__ = ["HFSeq2SeqBackend"]

logger = logging.getLogger(__name__)


class HFSeq2SeqBackend(Backend):
    """A ``transformers`` encoder-decoder model; subclasses set the language handling.

    Hooks for subclasses: :meth:`_set_source_language`, :meth:`_generate_kwargs`,
    :meth:`_prefix`.
    """

    name = "hf"

    def _load(self, resolved: ResolvedModel) -> None:
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        from transformers.utils import logging as hf_logging

        verbosity = hf_logging.get_verbosity()
        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(resolved.path)
            self.model = AutoModelForSeq2SeqLM.from_pretrained(resolved.path)
        except (OSError, ValueError) as exc:
            from translate.errors import ModelNotAvailableError

            raise ModelNotAvailableError(
                self.model_id, f"cannot load from {resolved.path}: {exc}"
            ) from None
        finally:
            hf_logging.set_verbosity(verbosity)
            hf_logging.enable_progress_bar()
        self.model.to(self.device)
        self.model.eval()
        self._torch = torch

    def _model_max_input_tokens(self) -> int:
        cfg = self.model.config
        limits = [getattr(cfg, "max_position_embeddings", None), self.tokenizer.model_max_length]
        return int(min(x for x in limits if isinstance(x, int) and 0 < x < 10**6))

    def _has_token(self, token: str) -> bool:
        """Whether the tokenizer knows ``token`` (vocabulary or added special tokens)."""
        tid = self.tokenizer.convert_tokens_to_ids(token)
        return tid is not None and tid != self.tokenizer.unk_token_id

    # hooks ----------------------------------------------------------------------
    def _set_source_language(self, src_lang: str) -> None:
        """Prepare the tokenizer for a source language (no-op by default)."""

    def _generate_kwargs(self, tgt_lang: str) -> dict[str, Any]:
        """Extra ``generate`` arguments for the target language."""
        return {}

    def _prefix(self, tgt_lang: str) -> str:
        """Text prepended to every source (Marian multi-target ``>>xxx<<`` tokens)."""
        return ""

    # Backend hooks --------------------------------------------------------------
    def _count_tokens(self, texts: Sequence[str], src_lang: str) -> list[int]:
        self._set_source_language(src_lang)
        prefix = self._prefix("en")
        enc = self.tokenizer(
            [prefix + t for t in texts], add_special_tokens=True, truncation=False, verbose=False
        )
        return [len(ids) for ids in enc["input_ids"]]

    def _generate(self, texts: Sequence[str], src_lang: str, tgt_lang: str) -> list[Hypothesis]:
        torch = self._torch
        self._set_source_language(src_lang)
        prefix = self._prefix(tgt_lang)
        enc = self.tokenizer(
            [prefix + t for t in texts],
            return_tensors="pt",
            padding=True,
            truncation=False,
            verbose=False,
        ).to(self.device)
        src_len = int(enc["input_ids"].shape[1])
        cfg_max = getattr(self.model.config, "max_position_embeddings", 512) or 512
        max_new = int(min(cfg_max, 2 * src_len + 16))
        with torch.inference_mode():
            out = self.model.generate(
                **enc,
                num_beams=self.num_beams,
                max_new_tokens=max_new,
                output_scores=True,
                return_dict_in_generate=True,
                **self._generate_kwargs(tgt_lang),
            )
            scores = self.model.compute_transition_scores(
                out.sequences, out.scores, getattr(out, "beam_indices", None), normalize_logits=True
            )
        seqs = out.sequences
        decoded = self.tokenizer.batch_decode(seqs, skip_special_tokens=True)
        pad = self.model.config.pad_token_id
        eos = self.model.generation_config.eos_token_id
        eos_ids = set(eos if isinstance(eos, list) else [eos])
        hyps = []
        gen = seqs[:, -scores.shape[1] :]
        for i, text in enumerate(decoded):
            toks = gen[i]
            mask = toks != pad if pad is not None else torch.ones_like(toks, dtype=torch.bool)
            n = int(mask.sum())
            lp = float(scores[i][mask].sum() / max(n, 1))
            ended = any(int(t) in eos_ids for t in toks[mask][-1:])
            flags = ("length_limit",) if n >= max_new and not (ended and n < max_new) else ()
            hyps.append(Hypothesis(text.strip(), lp, n, flags))
        return hyps
