"""Paired significance tests between systems, run by sacrebleu's ``PairedTest``.

This is exactly what ``python -m sacrebleu REF -i BASE SYS... --paired-bs`` (or
``--paired-ar``) computes: the first system is the baseline, each other system
is compared to it, and with the same seed the p-values, bootstrap means and 95%
confidence intervals are identical to the command line's.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from translate.errors import UnknownNameError
from translate.evaluate._seed import DEFAULT_SEED, check_seed, sacrebleu_seed
from translate.evaluate.metrics import check_references, make_metric
from translate.evaluate.scores import MetricScore, SystemEvaluation

__all__ = ["DEFAULT_SAMPLES", "PairedTestResult", "TestType", "paired_test"]

logger = logging.getLogger(__name__)

#: ``"bs"``: paired bootstrap resampling; ``"ar"``: approximate randomization.
TestType = Literal["bs", "ar"]

#: sacrebleu's defaults: 1000 bootstrap resamples, 10000 randomization trials.
DEFAULT_SAMPLES: dict[str, int] = {"bs": 1000, "ar": 10000}


@dataclass(frozen=True)
class PairedTestResult:
    """Outcome of a paired test of several systems against a baseline.

    Attributes:
        test: ``"bs"`` or ``"ar"``.
        n_samples: Bootstrap resamples (``bs``) or randomization trials (``ar``).
        seed: The seed used, or ``None`` for an unseeded run.
        baseline: Name of the baseline system.
        rows: One :class:`SystemEvaluation` per system, baseline first; its scores carry
            ``p_value`` (``None`` for the baseline) and, for ``bs``, the 95% CI.
    """

    test: str
    n_samples: int
    seed: int | None
    baseline: str
    rows: tuple[SystemEvaluation, ...]

    def get(self, system: str, metric: str) -> MetricScore:
        """Return one system's score for one metric.

        Args:
            system: System name.
            metric: Metric name, e.g. ``"bleu"`` or ``"chrF2"``.

        Returns:
            The score with its p-value.

        Raises:
            UnknownNameError: For an unknown system or metric (a ``KeyError``).
        """
        for row in self.rows:
            if row.system == system:
                return row.get(metric)
        raise UnknownNameError.of("system", system, [r.system for r in self.rows])


def paired_test(
    systems: Mapping[str, Sequence[str]] | Sequence[tuple[str, Sequence[str]]],
    references: Sequence[Sequence[str]],
    *,
    metrics: Sequence[str] = ("bleu", "chrf"),
    test: TestType = "bs",
    n_samples: int | None = None,
    seed: int | None = DEFAULT_SEED,
    baseline: str | None = None,
    ar_confidence_n: int = -1,
    trg_lang: str | None = None,
    test_set: str = "",
    n_jobs: int = 1,
) -> PairedTestResult:
    """Compare systems against a baseline with sacrebleu's paired tests.

    Args:
        systems: ``{name: hypotheses}`` or ``[(name, hypotheses), ...]``; at least two.
        references: Reference streams, ``references[k][i]``.
        metrics: Registry names (``"bleu"``, ``"chrf"``, ``"chrf++"``, ``"ter"``).
        test: ``"bs"`` (paired bootstrap, with 95% CIs) or ``"ar"`` (approximate
            randomization).
        n_samples: Resamples / trials; sacrebleu's defaults (1000 / 10000) when ``None``.
        seed: RNG seed, sacrebleu's default ``12345``; ``None`` for unseeded.
        baseline: Name of the baseline; the first system when ``None``.
        ar_confidence_n: For ``ar``, bootstrap resamples for CIs (-1: none, as the CLI).
        trg_lang: Target language (BLEU tokenizer choice).
        test_set: Test-set name recorded in the rows.
        n_jobs: Worker processes for sacrebleu (1: none).

    Returns:
        The result, baseline first, other systems in the order given.

    Raises:
        ValueError: For fewer than two systems, duplicate names, a bad seed, or references
            of the wrong length.
        UnknownNameError: For an unknown baseline, test type or metric (a ``ValueError``).
    """
    from sacrebleu.significance import PairedTest

    named = list(systems.items()) if isinstance(systems, Mapping) else list(systems)
    names = [name for name, _ in named]
    if len(named) < 2:
        raise ValueError("a paired test needs a baseline and at least one other system")
    if len(set(names)) != len(names):
        raise ValueError(f"system names must be unique, got {names}")
    if test not in DEFAULT_SAMPLES:
        raise UnknownNameError.of("paired test", test, DEFAULT_SAMPLES)
    check_seed(seed)
    if baseline is not None:
        if baseline not in names:
            raise UnknownNameError.of("baseline system", baseline, names)
        named.sort(key=lambda item: item[0] != baseline)  # stable: baseline first
    streams = check_references(named[0][1], references)
    for _name, hyps in named[1:]:
        check_references(hyps, streams)
    samples = n_samples if n_samples is not None else DEFAULT_SAMPLES[test]
    if samples < 1:
        raise ValueError(f"n_samples must be positive, got {samples}")

    metric_objs = {
        name.upper(): make_metric(name, references=streams, trg_lang=trg_lang) for name in metrics
    }
    logger.info("paired %s test, %d samples, seed %s, %d systems", test, samples, seed, len(named))
    with sacrebleu_seed(seed):  # sacrebleu reads SACREBLEU_SEED while constructing
        runner = PairedTest(
            [(name, list(hyps)) for name, hyps in named],
            metric_objs,
            references=None,  # use each metric's reference cache, as the CLI does
            test_type=test,
            n_samples=samples,
            n_ar_confidence=ar_confidence_n,
            n_jobs=n_jobs,
        )
    signatures, table = runner()

    n_segments = len(streams[0])
    rows = []
    for index, name in enumerate(table["System"]):
        scores = []
        for metric_name, results in table.items():
            if metric_name == "System":
                continue
            result = results[index]
            if isinstance(result, str):  # only the "System" column holds names
                raise TypeError(f"sacrebleu returned a name in the {metric_name!r} column")
            mean, radius = result.mean, result.ci
            scores.append(
                MetricScore(
                    metric=metric_name,
                    score=float(result.score),
                    signature=signatures[metric_name].format(),
                    n_segments=n_segments,
                    ci_low=float(mean - radius) if mean is not None and radius is not None
                    else None,
                    ci_high=float(mean + radius) if mean is not None and radius is not None
                    else None,
                    bootstrap_mean=float(mean) if mean is not None and radius is not None
                    else None,
                    p_value=None if result.p_value is None else float(result.p_value),
                    baseline=None if index == 0 else named[0][0],
                )
            )
        rows.append(
            SystemEvaluation(
                system=str(name), test_set=test_set, scores=tuple(scores), n_segments=n_segments
            )
        )
    return PairedTestResult(
        test=test, n_samples=samples, seed=seed, baseline=named[0][0], rows=tuple(rows)
    )
