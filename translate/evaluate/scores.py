"""Typed score results. Every score carries the signature that says how it was made."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MetricScore", "SentenceScores", "SystemEvaluation"]

#: Metrics where a lower score is better.
LOWER_IS_BETTER = frozenset({"TER"})


@dataclass(frozen=True)
class MetricScore:
    """One corpus-level score of one system on one test set.

    Attributes:
        metric: The metric's display name as sacrebleu reports it (``"BLEU"``,
            ``"chrF2"``, ``"chrF2++"``, ``"TER"``) or ``"COMET"``.
        score: The score (0-100 for sacrebleu metrics, as sacrebleu reports).
        signature: How it was made, e.g.
            ``nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0``; includes
            ``bs:``/``ar:`` and ``seed:`` when resampling was used.
        n_segments: Number of segments scored.
        ci_low: Lower end of the 95% confidence interval, when computed.
        ci_high: Upper end of the 95% confidence interval, when computed.
        bootstrap_mean: Mean score over bootstrap resamples, when computed.
            Following sacrebleu, the interval is ``bootstrap_mean ± r`` where ``r``
            is half the width between the 2.5th and 97.5th percentiles.
        p_value: p-value of the paired test against :attr:`baseline`, when computed.
        baseline: Name of the baseline system the p-value refers to.
        detail: sacrebleu's verbose part (BLEU n-gram precisions, brevity penalty).
    """

    metric: str
    score: float
    signature: str
    n_segments: int
    ci_low: float | None = None
    ci_high: float | None = None
    bootstrap_mean: float | None = None
    p_value: float | None = None
    baseline: str | None = None
    detail: str = ""

    @property
    def higher_is_better(self) -> bool:
        """Whether a higher score means a better translation (false for TER)."""
        return self.metric not in LOWER_IS_BETTER

    @property
    def ci_radius(self) -> float | None:
        """Half-width of the confidence interval (sacrebleu's ``±`` figure)."""
        if self.ci_low is None or self.ci_high is None:
            return None
        return (self.ci_high - self.ci_low) / 2

    def format(self, width: int = 1) -> str:
        """Render like sacrebleu: ``BLEU = 45.1 (μ = 45.1 ± 1.2) (p = 0.1019)``.

        Args:
            width: Decimals for scores (p-values always get four).

        Returns:
            One line without the signature.
        """
        text = f"{self.metric} = {self.score:.{width}f}"
        if self.bootstrap_mean is not None and self.ci_radius is not None:
            text += f" (μ = {self.bootstrap_mean:.{width}f} ± {self.ci_radius:.{width}f})"
        if self.p_value is not None:
            text += f" (p = {self.p_value:.4f})"
        return text

    def __str__(self) -> str:
        return f"{self.format()} [{self.signature}]"


@dataclass(frozen=True)
class SentenceScores:
    """Sentence-level scores of one system, for drilling down into a corpus score.

    Attributes:
        metric: Metric display name (``"BLEU"`` is sentence BLEU with effective order).
        signature: How each sentence score was made.
        scores: One score per segment, in test-set order.
    """

    metric: str
    signature: str
    scores: tuple[float, ...]

    def __len__(self) -> int:
        return len(self.scores)

    def worst(self, k: int = 10) -> tuple[int, ...]:
        """Indices of the ``k`` worst segments (lowest score; highest for TER).

        Args:
            k: How many to return.

        Returns:
            0-based segment indices, worst first.
        """
        reverse = self.metric in LOWER_IS_BETTER
        order = sorted(range(len(self.scores)), key=lambda i: self.scores[i], reverse=reverse)
        return tuple(order[:k])


@dataclass(frozen=True)
class SystemEvaluation:
    """All scores of one system on one test set: one row of an evaluation table.

    Attributes:
        system: System name.
        test_set: Test-set name, e.g. ``"flores-test da-en"``.
        scores: One :class:`MetricScore` per metric, in the order requested.
        n_segments: Number of segments scored.
        fidelity: Number-fidelity rate from the optional hook, or ``None``.
        fidelity_method: Qualified name of the callable that produced :attr:`fidelity`.
    """

    system: str
    test_set: str
    scores: tuple[MetricScore, ...]
    n_segments: int
    fidelity: float | None = None
    fidelity_method: str | None = None

    def get(self, metric: str) -> MetricScore:
        """Return the score for ``metric`` (``"bleu"``, ``"chrF2"``, ... case-insensitive).

        Args:
            metric: A registry key (``"chrf++"``) or display name (``"chrF2++"``).

        Returns:
            The matching score.

        Raises:
            UnknownNameError: Listing the metrics present (a ``KeyError``).
        """
        from translate.errors import UnknownNameError
        from translate.evaluate.metrics import display_name

        wanted = metric.lower()
        try:
            wanted = display_name(metric).lower()
        except UnknownNameError:
            pass
        for score in self.scores:
            if score.metric.lower() == wanted:
                return score
        raise UnknownNameError.of("metric score", metric, [s.metric for s in self.scores])
