"""CTranslate2 backend: the same Marian / M2M-100 / NLLB checkpoints, converted once, run fast.

The checkpoint is resolved like every other backend (hub id or local directory), converted
with ``ctranslate2.converters.TransformersConverter`` (int8 on CPU, float16 on CUDA) and the
converted model is kept on disk under
``default_cache_dir() / "ct2" / <model>-<revision>-<quantization>`` (written to a temporary
folder first and renamed, so a killed conversion leaves nothing half-written). The Hugging
Face tokenizer turns text into the token strings CTranslate2 reads, as CTranslate2's docs show
for Marian; M2M-100 / NLLB get their target language as a one-token target prefix.

Cache, batching by token budget, long-input splitting and typed results are the shared
:class:`~translate.mt.base.Backend` machinery; this module fills in the hooks only.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from translate.errors import MissingDependencyError
from translate.mt.base import Backend
from translate.mt.langtokens import TokenizerLanguages
from translate.mt.loading import ResolvedModel
from translate.mt.registry import register
from translate.mt.types import Hypothesis, TranslationSignature

__all__ = ["CT2Backend", "converted_model_dir"]

logger = logging.getLogger(__name__)

_INSTALL_HINT = "pip install 'ctranslate2>=4.5'"
_CONVERT_LOCK = threading.Lock()


def _import_ct2() -> Any:
    try:
        import ctranslate2
    except ImportError as exc:
        raise MissingDependencyError(
            f"the 'ctranslate2' backend needs the ctranslate2 package: {_INSTALL_HINT} "
            f"(import failed: {exc})"
        ) from None
    return ctranslate2


def converted_model_dir(
    resolved: ResolvedModel, quantization: str, *, root: Path | None = None
) -> Path:
    """Where the converted CTranslate2 copy of ``resolved`` lives (it may not exist yet).

    Args:
        resolved: The model.
        quantization: CTranslate2 compute type (``int8``, ``float16``...).
        root: The cache folder (``ct2/`` is made inside it); default: the folder of the
            translation cache, :func:`translate.mt.cache.default_cache_dir`.
    """
    from translate.mt.cache import default_cache_dir

    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(resolved.model.rstrip("/")).name)[:60] or "model"
    digest = hashlib.sha256(f"{resolved.model}\n{resolved.revision}".encode()).hexdigest()[:12]
    rev = re.sub(r"[^A-Za-z0-9_-]+", "_", resolved.revision)[:24]
    return (root or default_cache_dir()) / "ct2" / f"{slug}-{digest}-{rev}-{quantization}"


def _marian_pad_not_last(path: Path) -> bool:
    """Whether a Marian checkpoint keeps ``<pad>`` somewhere other than the last id.

    Published OPUS-MT models put it last (CTranslate2's Marian loader assumes so); models
    built by :mod:`translate.testing` do not.
    """
    try:
        cfg = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if str(cfg.get("model_type", "")).lower() != "marian":
        return False
    pad, size = cfg.get("pad_token_id"), cfg.get("vocab_size")
    return isinstance(pad, int) and isinstance(size, int) and pad != size - 1


def _vocab_by_id(tokenizer: Any, size: int) -> list[str]:
    """Token string of every id ``0..size-1``; ids the tokenizer lacks get placeholders.

    With transformers 5, ``get_vocab()`` of M2M-100 leaves the language tokens out, which
    CTranslate2's own M2M loader relies on; asking id by id does not.
    """
    tokens = tokenizer.convert_ids_to_tokens(list(range(size)))
    seen: set[str] = set()
    out = []
    for i, tok in enumerate(tokens):
        if tok is None or tok in seen:
            tok = f"madeupword{i}"
        seen.add(tok)
        out.append(tok)
    return out


def _patched_loaders(src: Path) -> dict[str, Any]:
    """Loaders that build the vocabulary id by id (see :func:`_vocab_by_id`)."""
    from ctranslate2.converters.transformers import BartLoader, M2M100Loader, MarianMTLoader
    from ctranslate2.specs import common_spec

    class M2MByIdLoader(M2M100Loader):
        def get_vocabulary(self, model: Any, tokenizer: Any) -> list[str]:
            return _vocab_by_id(tokenizer, model.config.vocab_size)

    class PadAnywhereMarianLoader(MarianMTLoader):
        """Drops the ``<pad>`` row wherever it sits (the stock loader assumes last)."""

        def get_model_spec(self, model: Any) -> Any:
            model.config.normalize_before = False
            model.config.normalize_embedding = False
            spec = BartLoader.get_model_spec(self, model)
            pad, size = model.config.pad_token_id, model.config.vocab_size
            keep = [i for i in range(size) if i != pad]
            enc, dec = spec.encoder, spec.decoder
            for vs in (enc.embeddings[0], dec.embeddings, dec.projection):
                if vs.weight.shape[0] == size:  # shared weights are trimmed once
                    vs.weight = vs.weight[keep]
                if (
                    isinstance(vs, common_spec.LinearSpec)
                    and vs.has_bias()
                    and vs.bias.shape[0] == size
                ):
                    vs.bias = vs.bias[keep]
            return spec

        def get_vocabulary(self, model: Any, tokenizer: Any) -> list[str]:
            tokens = _vocab_by_id(tokenizer, model.config.vocab_size)
            del tokens[model.config.pad_token_id]
            return tokens

    loaders: dict[str, Any] = {"M2M100Config": M2MByIdLoader()}
    if _marian_pad_not_last(src):
        loaders["MarianConfig"] = PadAnywhereMarianLoader()
    return loaders


def _convert(src: Path, dest: Path, quantization: str) -> None:
    """Convert ``src`` into ``dest`` atomically (temporary folder, then rename)."""
    _import_ct2()
    from ctranslate2.converters import transformers as ct2_tf
    from transformers.utils import logging as hf_logging

    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", dir=dest.parent))
    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    with _CONVERT_LOCK:
        # The converter picks loaders from a module-level dict; swap ours in for this call.
        patched = _patched_loaders(src)
        saved = {k: ct2_tf._MODEL_LOADERS.get(k) for k in patched}
        ct2_tf._MODEL_LOADERS.update(patched)
        try:
            converter = ct2_tf.TransformersConverter(str(src), low_cpu_mem_usage=True)
            converter.convert(str(tmp), quantization=quantization, force=True)
            try:
                os.rename(tmp, dest)
            except OSError:  # another process finished first: keep theirs
                if not (dest / "model.bin").is_file():
                    raise
        finally:
            for k, v in saved.items():
                if v is not None:
                    ct2_tf._MODEL_LOADERS[k] = v
            hf_logging.set_verbosity(verbosity)
            hf_logging.enable_progress_bar()
            shutil.rmtree(tmp, ignore_errors=True)


@register("ctranslate2")
class CT2Backend(TokenizerLanguages, Backend):
    """Marian (OPUS-MT), M2M-100 and NLLB checkpoints through CTranslate2.

    Takes every :class:`~translate.mt.base.Backend` argument, plus:

    Args:
        compute_type: CTranslate2 compute type; default ``int8`` on CPU, ``float16`` on
            CUDA (also the quantization the model is converted with).
        intra_threads: Threads per translation; 0 (default) uses every core this process
            may run on.

    Attributes:
        conversions: Class-wide count of conversions run in this process (a converted
            model found on disk is reused and not counted).

    Example:
        >>> be = create_backend("ctranslate2", "Helsinki-NLP/opus-mt-da-en")  # doctest: +SKIP
        >>> be.translate_batch(["Hej verden."], src_lang="da")[0].text  # doctest: +SKIP
        'Hello world.'
    """

    conversions: ClassVar[int] = 0

    def __init__(
        self, model: str, *, compute_type: str | None = None, intra_threads: int = 0, **kw: Any
    ) -> None:
        self._compute_type_arg = compute_type
        self.intra_threads = intra_threads
        super().__init__(model, **kw)

    # ---- loading -------------------------------------------------------------------
    def _load(self, resolved: ResolvedModel) -> None:
        ct2 = _import_ct2()
        from transformers import AutoTokenizer
        from transformers.utils import logging as hf_logging

        from translate.mt.defaults import backend_for

        cuda = self.device.startswith("cuda") and ct2.get_cuda_device_count() > 0
        self.ct2_device = "cuda" if cuda else "cpu"
        self.compute_type = self._compute_type_arg or ("float16" if cuda else "int8")
        # beside the translation cache, so --cache-dir moves the conversions too
        root = self.cache.path.parent if self.cache is not None else None
        self.ct2_dir = converted_model_dir(resolved, self.compute_type, root=root)
        if not (self.ct2_dir / "model.bin").is_file():
            logger.info("converting %s to CTranslate2 (%s)", self.model_id, self.compute_type)
            _convert(resolved.path, self.ct2_dir, self.compute_type)
            type(self).conversions += 1
        verbosity = hf_logging.get_verbosity()
        hf_logging.set_verbosity_error()
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(resolved.path)
        finally:
            hf_logging.set_verbosity(verbosity)
        self.family = backend_for(resolved)  # "marian" or "nllb"
        self.config = json.loads((resolved.path / "config.json").read_text(encoding="utf-8"))
        threads = self.intra_threads or len(os.sched_getaffinity(0))
        self.translator = ct2.Translator(
            str(self.ct2_dir),
            device=self.ct2_device,
            compute_type=self.compute_type,
            intra_threads=threads if self.ct2_device == "cpu" else 0,
        )

    def _model_max_input_tokens(self) -> int:
        limits = [self.config.get("max_position_embeddings"), self.tokenizer.model_max_length]
        return int(min(x for x in limits if isinstance(x, int) and 0 < x < 10**6))

    # ---- Backend hooks ---------------------------------------------------------------
    @property
    def decoding(self) -> dict[str, Any]:
        # The backend and compute type change outputs: keep them apart in the cache.
        return super().decoding | {"engine": "ctranslate2", "compute_type": self.compute_type}

    def signature(self, src_lang: str, tgt_lang: str = "en") -> TranslationSignature:
        import ctranslate2

        sig = super().signature(src_lang, tgt_lang)
        return dataclasses.replace(
            sig, versions=sig.versions + (("ctranslate2", ctranslate2.__version__),)
        )

    def _generate(self, texts: Sequence[str], src_lang: str, tgt_lang: str) -> list[Hypothesis]:
        ids = self._encode(texts, src_lang, tgt_lang)
        source = [self.tokenizer.convert_ids_to_tokens(x) for x in ids]
        target_prefix = None
        if self.family == "nllb":
            target_prefix = [[self._lang_token(tgt_lang)]] * len(texts)
        src_len = max(len(x) for x in ids)
        cfg_max = int(self.config.get("max_position_embeddings") or 512)
        max_new = int(min(cfg_max, 2 * src_len + 16))
        results = self.translator.translate_batch(
            source,
            target_prefix=target_prefix,
            beam_size=self.num_beams,
            max_decoding_length=max_new,
            max_input_length=0,
            length_penalty=1.0,  # score = sum of token log-probs / length: the mean
            return_scores=True,
            return_end_token=True,
        )
        eos = self.tokenizer.eos_token
        hyps = []
        for res in results:
            toks = list(res.hypotheses[0])
            ended = bool(toks) and toks[-1] == eos
            n = len(toks)
            text = self.tokenizer.decode(
                self.tokenizer.convert_tokens_to_ids(toks), skip_special_tokens=True
            )
            flags = () if ended else ("length_limit",)
            hyps.append(Hypothesis(text.strip(), float(res.scores[0]), n, flags))
        return hyps
