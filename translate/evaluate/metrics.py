"""Corpus- and sentence-level scores through sacrebleu (never re-implemented).

Metrics are looked up by name in a small registry: ``bleu``, ``chrf``,
``chrf++`` and ``ter``, each built with sacrebleu's defaults (the same settings
as ``python -m sacrebleu``), so scores and signatures match its command line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from translate.evaluate._seed import DEFAULT_SEED, sacrebleu_seed
from translate.evaluate.scores import MetricScore, SentenceScores

if TYPE_CHECKING:
    from sacrebleu.metrics.base import Metric

__all__ = [
    "DEFAULT_METRICS",
    "METRIC_NAMES",
    "check_references",
    "corpus_score",
    "corpus_scores",
    "display_name",
    "make_metric",
    "sentence_scores",
]

logger = logging.getLogger(__name__)

#: Metrics scored when none are named.
DEFAULT_METRICS = ("bleu", "chrf", "ter")


def _bleu(trg_lang: str, sentence_level: bool, refs: Any) -> Metric:
    from sacrebleu.metrics import BLEU

    # sacrebleu's CLI switches effective order on for sentence-level BLEU.
    return BLEU(trg_lang=trg_lang, effective_order=sentence_level, references=refs)


def _chrf(trg_lang: str, sentence_level: bool, refs: Any) -> Metric:
    from sacrebleu.metrics import CHRF

    return CHRF(references=refs)


def _chrf_pp(trg_lang: str, sentence_level: bool, refs: Any) -> Metric:
    from sacrebleu.metrics import CHRF

    return CHRF(word_order=2, references=refs)


def _ter(trg_lang: str, sentence_level: bool, refs: Any) -> Metric:
    from sacrebleu.metrics import TER

    return TER(references=refs)


_REGISTRY: dict[str, tuple[str, Callable[[str, bool, Any], Metric]]] = {
    "bleu": ("BLEU", _bleu),
    "chrf": ("chrF2", _chrf),
    "chrf++": ("chrF2++", _chrf_pp),
    "ter": ("TER", _ter),
}

#: Names accepted by :func:`make_metric`.
METRIC_NAMES = tuple(_REGISTRY)


def _lookup(name: str) -> tuple[str, Callable[[str, bool, Any], Metric]]:
    key = name.lower()
    for entry_key, entry in _REGISTRY.items():
        if key in (entry_key, entry[0].lower()):
            return entry
    raise ValueError(f"unknown metric {name!r}; known: {list(METRIC_NAMES)}")


def display_name(name: str) -> str:
    """Map a registry name to sacrebleu's display name (``"chrf++"`` -> ``"chrF2++"``).

    Args:
        name: A registry name or display name.

    Returns:
        The display name.

    Raises:
        ValueError: For an unknown metric, listing the known ones.
    """
    return _lookup(name)[0]


def make_metric(
    name: str,
    *,
    references: Sequence[Sequence[str]] | None = None,
    trg_lang: str | None = None,
    sentence_level: bool = False,
) -> Metric:
    """Build a sacrebleu metric object by name.

    Args:
        name: ``"bleu"``, ``"chrf"``, ``"chrf++"`` or ``"ter"``.
        references: Reference streams to pre-cache (speeds up repeated scoring).
        trg_lang: Target language; lets BLEU pick its tokenizer (``zh``, ``ja``, ``ko``).
        sentence_level: Build for sentence scores (BLEU then uses effective order).

    Returns:
        A ``sacrebleu.metrics.base.Metric``.

    Raises:
        ValueError: For an unknown name, listing the known ones.
    """
    _, factory = _lookup(name)
    return factory(trg_lang or "", sentence_level, references)


def check_references(
    hypotheses: Sequence[str], references: Sequence[Sequence[str]]
) -> list[list[str]]:
    """Validate reference streams against the hypotheses.

    Args:
        hypotheses: One string per segment.
        references: Reference streams, ``references[k][i]`` (sacrebleu's layout).

    Returns:
        The streams as lists.

    Raises:
        TypeError: When ``references`` is a flat list of strings (wrap it: ``[refs]``).
        ValueError: When a stream's length differs from the hypotheses'.
    """
    if isinstance(references, str) or (references and isinstance(references[0], str)):
        raise TypeError("references must be a list of reference streams, e.g. [refs], not [str]")
    if not references:
        raise ValueError("at least one reference stream is needed")
    if not hypotheses:
        raise ValueError("no hypotheses to score")
    streams = [list(stream) for stream in references]
    for k, stream in enumerate(streams):
        if len(stream) != len(hypotheses):
            raise ValueError(
                f"reference stream {k} has {len(stream)} segments, "
                f"hypotheses have {len(hypotheses)}"
            )
    return streams


def _to_metric_score(score: Any, metric: Metric, n_segments: int) -> MetricScore:
    mean = getattr(score, "_mean", -1.0)
    radius = getattr(score, "_ci", -1.0)
    has_ci = mean is not None and mean >= 0 and radius is not None and radius >= 0
    return MetricScore(
        metric=score.name,
        score=float(score.score),
        signature=metric.get_signature().format(),
        n_segments=n_segments,
        ci_low=float(mean - radius) if has_ci else None,
        ci_high=float(mean + radius) if has_ci else None,
        bootstrap_mean=float(mean) if has_ci else None,
        detail=getattr(score, "_verbose", ""),
    )


def corpus_scores(
    hypotheses: Sequence[str],
    references: Sequence[Sequence[str]],
    *,
    metrics: Sequence[str] = DEFAULT_METRICS,
    trg_lang: str | None = None,
    n_bootstrap: int = 1,
    seed: int | None = DEFAULT_SEED,
) -> tuple[MetricScore, ...]:
    """Score one system at corpus level with several metrics.

    Args:
        hypotheses: One string per segment.
        references: Reference streams, ``references[k][i]``; several streams for
            multiple references.
        metrics: Registry names, see :data:`METRIC_NAMES`.
        trg_lang: Target language (BLEU tokenizer choice).
        n_bootstrap: When > 1, add a 95% confidence interval from this many bootstrap
            resamples (sacrebleu's ``--confidence``; 1000 is its default).
        seed: Seed for the resampling (sacrebleu's default ``12345``; ``None`` unseeded).

    Returns:
        One :class:`MetricScore` per metric, in the order given.

    Example:
        >>> corpus_scores(["a cat sat"], [["a cat sat"]], metrics=["bleu"])[0].score
        100.00000000000004
    """
    streams = check_references(hypotheses, references)
    hyps = list(hypotheses)
    results = []
    for name in metrics:
        metric = make_metric(name, trg_lang=trg_lang)
        with sacrebleu_seed(seed):
            score = metric.corpus_score(hyps, streams, n_bootstrap=n_bootstrap)
        results.append(_to_metric_score(score, metric, len(hyps)))
    return tuple(results)


def corpus_score(
    hypotheses: Sequence[str],
    references: Sequence[Sequence[str]],
    *,
    metric: str = "bleu",
    trg_lang: str | None = None,
    n_bootstrap: int = 1,
    seed: int | None = DEFAULT_SEED,
) -> MetricScore:
    """Score one system with one metric; see :func:`corpus_scores`.

    Args:
        hypotheses: One string per segment.
        references: Reference streams, ``references[k][i]``.
        metric: Registry name.
        trg_lang: Target language (BLEU tokenizer choice).
        n_bootstrap: Bootstrap resamples for a 95% CI (when > 1).
        seed: Resampling seed.

    Returns:
        The score.
    """
    return corpus_scores(
        hypotheses,
        references,
        metrics=[metric],
        trg_lang=trg_lang,
        n_bootstrap=n_bootstrap,
        seed=seed,
    )[0]


def sentence_scores(
    hypotheses: Sequence[str],
    references: Sequence[Sequence[str]],
    *,
    metric: str = "bleu",
    trg_lang: str | None = None,
) -> SentenceScores:
    """Score every segment on its own (as ``sacrebleu --sentence-level`` does).

    Args:
        hypotheses: One string per segment.
        references: Reference streams, ``references[k][i]``.
        metric: Registry name.
        trg_lang: Target language (BLEU tokenizer choice).

    Returns:
        One score per segment with the metric's signature.
    """
    streams = check_references(hypotheses, references)
    scorer = make_metric(metric, trg_lang=trg_lang, sentence_level=True)
    values = []
    name = display_name(metric)
    for i, hyp in enumerate(hypotheses):
        result = scorer.sentence_score(hyp, [stream[i] for stream in streams])
        values.append(float(result.score))
        name = result.name
    return SentenceScores(
        metric=name, signature=scorer.get_signature().format(), scores=tuple(values)
    )
