"""Shared code of the Hugging Face ``transformers`` sequence-to-sequence backends."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from translate.mt.base import Backend
from translate.mt.langtokens import TokenizerLanguages
from translate.mt.loading import ResolvedModel
from translate.mt.types import Hypothesis

__all__ = ["HFSeq2SeqBackend"]

logger = logging.getLogger(__name__)

_RESCORE_ROWS = 8  # rows per teacher-forced scoring pass: bounds the logits' memory


class HFSeq2SeqBackend(TokenizerLanguages, Backend):
    """A ``transformers`` encoder-decoder model; ``family`` sets the language handling.

    Confidence is the mean log-probability of the output tokens, computed by one
    teacher-forced pass over the finished outputs (reusing the encoder states) in small
    chunks: asking ``generate`` for per-step scores would keep a full-vocabulary tensor
    per step and beam, gigabytes for a large batch.
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

    def _generate_kwargs(self, tgt_lang: str) -> dict[str, Any]:
        """Extra ``generate`` arguments for the target language."""
        bos = self._target_token_id(tgt_lang)
        return {} if bos is None else {"forced_bos_token_id": bos}

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
            encoder_outputs = self.model.get_encoder()(**enc)
            # generate() expands encoder_outputs in place for beam search: keep our tensor.
            hidden = encoder_outputs.last_hidden_state
            seqs = self.model.generate(
                **enc,
                encoder_outputs=encoder_outputs,
                num_beams=self.num_beams,
                max_new_tokens=max_new,
                **self._generate_kwargs(tgt_lang),
            )
            logprobs, mask = self._score(seqs, enc["attention_mask"], hidden)
        decoded = self.tokenizer.batch_decode(seqs, skip_special_tokens=True)
        eos = self.model.generation_config.eos_token_id
        eos_ids = set(eos if isinstance(eos, list) else [eos])
        hyps = []
        for i, text in enumerate(decoded):
            toks = seqs[i, 1:][mask[i]]
            n = int(toks.numel())
            lp = float(logprobs[i][mask[i]].sum() / max(n, 1))
            ended = n > 0 and int(toks[-1]) in eos_ids
            flags = ("length_limit",) if n >= max_new and not (ended and n < max_new) else ()
            hyps.append(Hypothesis(text.strip(), lp, n, flags))
        return hyps

    def _score(self, seqs: Any, attention_mask: Any, hidden: Any) -> tuple[Any, Any]:
        """Log-probability of each generated token (teacher forcing), and the token mask.

        ``seqs`` starts with the decoder start token; row ``i``'s token ``t + 1`` is scored
        from positions ``0..t``. Padding after the end of a row is masked out.
        """
        torch = self._torch
        pad = self.model.config.pad_token_id
        targets = seqs[:, 1:]
        mask = targets != pad if pad is not None else torch.ones_like(targets, dtype=torch.bool)
        start = self.model.generation_config.decoder_start_token_id
        if pad is not None and pad == start:  # the start token is also padding: keep col 0
            mask[:, 0] = True
        out = torch.empty(targets.shape, dtype=torch.float32, device=seqs.device)
        for a in range(0, seqs.shape[0], _RESCORE_ROWS):
            b = a + _RESCORE_ROWS
            logits = self.model(
                encoder_outputs=(hidden[a:b],),
                attention_mask=attention_mask[a:b],
                decoder_input_ids=seqs[a:b, :-1],
            ).logits.float()
            lp = logits.log_softmax(-1).gather(-1, targets[a:b, :, None]).squeeze(-1)
            out[a:b] = lp
        return out, mask
