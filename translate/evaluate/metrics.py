"""Corpus- and sentence-level scores through sacrebleu (never re-implemented).

Metrics are looked up by name in a small registry: ``bleu``, ``chrf``,
``chrf++`` and ``ter``, each built with sacrebleu's defaults (the same settings
as ``python -m sacrebleu``), so scores and signatures match its command line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from translate.evaluate._seed import DEFAULT_SEED, sacrebleu_seed
from translate.evaluate.scores import MetricScore, SentenceScores
from translate.registry import Registry

if TYPE_CHECKING:
    from sacrebleu.metrics.base import Metric

__all__ = [
    "DEFAULT_METRICS",
    "METRICS",
    "METRIC_NAMES",
    "MetricEntry",
    "check_references",
    "corpus_score",
    "corpus_scores",
    "display_name",
    "get_metric",
    "make_metric",
    "metric_names",
    "register_metric",
    "sentence_scores",
]

logger = logging.getLogger(__name__)

#: Metrics scored when none are named.
DEFAULT_METRICS = ("bleu", "chrf", "ter")


#: Builds a sacrebleu metric: ``factory(trg_lang, sentence_level, references)``.
MetricFactory = Callable[[str, bool, Any], "Metric"]


@dataclass(frozen=True)
class MetricEntry:
    """A registered metric.

    Attributes:
        display: sacrebleu's name for it (``"chrF2++"``), used in scores and tables.
        factory: Builds the sacrebleu metric object (see :data:`MetricFactory`).
    """

    display: str
    factory: MetricFactory


#: The metric registry; names are lower case, sacrebleu's display names are aliases.
METRICS: Registry[MetricEntry] = Registry("metric")


def register_metric(name: str, *, display: str) -> Callable[[MetricFactory], MetricFactory]:
    """Function decorator adding a metric factory under ``name`` (and its display name).

    Args:
        name: Registry name, lower case (``"chrf++"``).
        display: sacrebleu's display name (``"chrF2++"``); also accepted by lookups.

    Raises:
        ValueError: ``name`` is already taken.
    """

    def deco(factory: MetricFactory) -> MetricFactory:
        METRICS.add(name, MetricEntry(display, factory), aliases=(display.lower(),))
        return factory

    return deco


@register_metric("bleu", display="BLEU")
def _bleu(trg_lang: str, sentence_level: bool, refs: Any) -> Metric:
    from sacrebleu.metrics import BLEU

    # sacrebleu's CLI switches effective order on for sentence-level BLEU.
    return BLEU(trg_lang=trg_lang, effective_order=sentence_level, references=refs)


@register_metric("chrf", display="chrF2")
def _chrf(trg_lang: str, sentence_level: bool, refs: Any) -> Metric:
    from sacrebleu.metrics import CHRF

    return CHRF(references=refs)


@register_metric("chrf++", display="chrF2++")
def _chrf_pp(trg_lang: str, sentence_level: bool, refs: Any) -> Metric:
    from sacrebleu.metrics import CHRF

    return CHRF(word_order=2, references=refs)


@register_metric("ter", display="TER")
def _ter(trg_lang: str, sentence_level: bool, refs: Any) -> Metric:
    from sacrebleu.metrics import TER

    return TER(references=refs)


#: Names accepted by :func:`make_metric` (the built-in metrics, in registration order).
METRIC_NAMES = tuple(METRICS.entries)


def get_metric(name: str) -> MetricEntry:
    """The registered metric called ``name`` (registry or display name, any case).

    Raises:
        UnknownNameError: For an unknown metric (a ``ValueError``), listing the known ones.
    """
    return METRICS.get(name.lower())


def metric_names() -> list[str]:
    """Names of the registered metrics."""
    return METRICS.names()


def display_name(name: str) -> str:
    """Map a registry name to sacrebleu's display name (``"chrf++"`` -> ``"chrF2++"``).

    Args:
        name: A registry name or display name.

    Returns:
        The display name.

    Raises:
        UnknownNameError: For an unknown metric (a ``ValueError``), listing the known ones.
    """
    return get_metric(name).display


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
        UnknownNameError: For an unknown name (a ``ValueError``), listing the known ones.
    """
    return get_metric(name).factory(trg_lang or "", sentence_level, references)


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
