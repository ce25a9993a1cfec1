"""Optional COMET scores, for users who have ``unbabel-comet`` and a COMET model.

``comet`` (and its PyTorch Lightning stack) is imported inside
:func:`comet_score` only. When the package or the model is missing a
:class:`~translate.errors.MissingDependencyError` says what to install
or download, instead of a bare ``ImportError``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from translate.errors import MissingDependencyError
from translate.evaluate.scores import MetricScore

__all__ = ["DEFAULT_COMET_MODEL", "comet_score"]

logger = logging.getLogger(__name__)

#: The reference-based model the FLORES publisher's ``.comet`` figures are usually made with.
DEFAULT_COMET_MODEL = "Unbabel/wmt22-comet-da"

_INSTALL_HINT = (
    "COMET scoring needs the optional package 'unbabel-comet' (import name 'comet') and the "
    "model {model!r}. Install the package with `pip install unbabel-comet`, then fetch the "
    'model once while online with `python -c "import comet; '
    "comet.download_model('{model}')\"` (it is cached by huggingface_hub), or pass "
    "model=<path to a local checkpoints/model.ckpt>."
)


def _import_comet(model: str) -> Any:
    try:
        import comet
    except ImportError as exc:
        raise MissingDependencyError(_INSTALL_HINT.format(model=model)) from exc
    return comet


def _load_model(comet: Any, model: str) -> Any:
    path = Path(model)
    if path.is_file():
        return comet.load_from_checkpoint(str(path))
    try:
        checkpoint = comet.download_model(model)
    except Exception as exc:  # network, hub or licence errors differ between versions
        raise MissingDependencyError(
            f"could not load COMET model {model!r} ({type(exc).__name__}: {exc}). "
            + _INSTALL_HINT.format(model=model)
        ) from exc
    return comet.load_from_checkpoint(checkpoint)


def comet_score(
    sources: Sequence[str],
    hypotheses: Sequence[str],
    references: Sequence[str] | None,
    *,
    model: str = DEFAULT_COMET_MODEL,
    batch_size: int = 16,
    gpus: int = 0,
) -> MetricScore:
    """Score a system with COMET (system score = mean of segment scores).

    Args:
        sources: Source segments.
        hypotheses: System output, one per source.
        references: One reference per source; ``None`` for reference-free (QE) models.
        model: A Hugging Face model name (e.g. ``"Unbabel/wmt22-comet-da"``) or the
            path of a local ``model.ckpt``.
        batch_size: Segments per forward pass.
        gpus: Number of GPUs (0: CPU).

    Returns:
        A :class:`MetricScore` named ``"COMET"`` (0-1 scale, as COMET reports), whose
        signature names the model and the comet version.

    Raises:
        MissingDependencyError: When ``unbabel-comet`` or the model is unavailable,
            with instructions.
        ValueError: When the inputs differ in length.

    Example:
        >>> comet_score(srcs, hyps, refs, gpus=1).score  # doctest: +SKIP
        0.891
    """
    lengths = {len(sources), len(hypotheses)} | (set() if references is None else {len(references)})
    if len(lengths) != 1:
        raise ValueError(f"sources, hypotheses and references differ in length: {lengths}")
    comet = _import_comet(model)
    scorer = _load_model(comet, model)
    data = [
        {"src": s, "mt": h} | ({} if references is None else {"ref": references[i]})
        for i, (s, h) in enumerate(zip(sources, hypotheses, strict=True))
    ]
    logger.info("COMET %s on %d segments", model, len(data))
    output = scorer.predict(data, batch_size=batch_size, gpus=gpus, progress_bar=False)
    version = getattr(comet, "__version__", "unknown")
    nrefs = 0 if references is None else 1
    return MetricScore(
        metric="COMET",
        score=float(output.system_score),
        signature=f"model:{model}|nrefs:{nrefs}|comet:{version}",
        n_segments=len(data),
    )
