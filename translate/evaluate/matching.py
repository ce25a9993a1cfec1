"""Evaluate a workbench translation run against reference rows, matched by source text.

A run is anything iterable whose items have ``.source`` and ``.translation``
string attributes (the MT layer's result type), or plain ``(source,
translation)`` pairs. Items are matched to test-set rows by source text after
whitespace normalisation; what does not match is listed in both directions,
never dropped silently.
"""

from __future__ import annotations

import logging
import unicodedata
import warnings
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from translate.evaluate._seed import DEFAULT_SEED
from translate.evaluate.errors import TestSetWarning
from translate.evaluate.metrics import DEFAULT_METRICS, corpus_scores
from translate.evaluate.scores import SystemEvaluation
from translate.evaluate.testsets import TestSet

__all__ = [
    "RunEvaluation",
    "RunMatch",
    "TranslatedSegment",
    "match_run",
    "normalize_source",
    "score_run",
]

logger = logging.getLogger(__name__)

#: How many unmatched sources a warning spells out.
_LISTED = 10


@runtime_checkable
class TranslatedSegment(Protocol):
    """The minimal shape of one translated segment of a run."""

    @property
    def source(self) -> str:
        """The source text that was translated."""
        ...

    @property
    def translation(self) -> str:
        """The system's translation."""
        ...


RunItem = TranslatedSegment | tuple[str, str]


def normalize_source(text: str) -> str:
    """Key used to match sources: Unicode NFC, whitespace runs collapsed, ends stripped.

    Args:
        text: A source segment.

    Returns:
        The matching key.
    """
    return " ".join(unicodedata.normalize("NFC", text).split())


def _pair(item: RunItem, index: int) -> tuple[str, str]:
    if isinstance(item, tuple):
        if len(item) != 2 or not all(isinstance(x, str) for x in item):
            raise TypeError(f"run item {index}: expected (source, translation) strings")
        return item[0], item[1]
    source, translation = getattr(item, "source", None), getattr(item, "translation", None)
    if not isinstance(source, str) or not isinstance(translation, str):
        raise TypeError(
            f"run item {index} ({type(item).__name__}) needs str .source and .translation"
        )
    return source, translation


@dataclass(frozen=True)
class RunMatch:
    """How a run's segments line up with a test set's rows.

    Attributes:
        test_set: The test-set name.
        run_indices: Run position (0-based) of each matched segment.
        rows: Test-set row (0-based) of each matched segment, same order.
        hypotheses: The run's translation of each matched segment, same order.
        unmatched_run: ``(run position, source)`` of run segments with no reference row.
        unmatched_rows: ``(row, source)`` of reference rows the run did not translate.
    """

    test_set: str
    run_indices: tuple[int, ...]
    rows: tuple[int, ...]
    hypotheses: tuple[str, ...]
    unmatched_run: tuple[tuple[int, str], ...]
    unmatched_rows: tuple[tuple[int, str], ...]

    @property
    def complete(self) -> bool:
        """True when every run segment and every reference row was matched."""
        return not self.unmatched_run and not self.unmatched_rows

    def describe(self) -> str:
        """Summarise the match with the first unmatched sources of each side.

        Returns:
            A multi-line description.
        """
        lines = [
            f"{len(self.rows)} matched; {len(self.unmatched_run)} run segment(s) without a "
            f"reference row; {len(self.unmatched_rows)} reference row(s) not in the run"
        ]
        for label, items in (("run", self.unmatched_run), ("reference row", self.unmatched_rows)):
            for index, source in items[:_LISTED]:
                lines.append(f"  unmatched {label} {index}: {source[:80]!r}")
            if len(items) > _LISTED:
                lines.append(f"  ... and {len(items) - _LISTED} more unmatched {label}(s)")
        return "\n".join(lines)


def match_run(run: Iterable[RunItem], testset: TestSet) -> RunMatch:
    """Match a run's segments to test-set rows by normalised source text.

    Duplicated sources are paired in order of appearance: the first run segment
    with a given source gets the first row with that source, and so on; any
    surplus on either side is reported as unmatched.

    Args:
        run: Items with ``.source``/``.translation`` or ``(source, translation)`` pairs.
        testset: A test set with sources.

    Returns:
        The match, in run order.

    Raises:
        ValueError: When the test set has no sources.
        TypeError: When a run item has neither shape.
    """
    if testset.sources is None:
        raise ValueError(f"test set {testset.name!r} has no sources to match a run against")
    free_rows: dict[str, deque[int]] = defaultdict(deque)
    for row, source in enumerate(testset.sources):
        free_rows[normalize_source(source)].append(row)

    run_indices: list[int] = []
    rows: list[int] = []
    hyps: list[str] = []
    unmatched_run: list[tuple[int, str]] = []
    for index, item in enumerate(run):
        source, translation = _pair(item, index)
        queue = free_rows.get(normalize_source(source))
        if queue:
            run_indices.append(index)
            rows.append(queue.popleft())
            hyps.append(translation)
        else:
            unmatched_run.append((index, source))
    matched = set(rows)
    unmatched_rows = tuple(
        (row, source) for row, source in enumerate(testset.sources) if row not in matched
    )
    return RunMatch(
        test_set=testset.name,
        run_indices=tuple(run_indices),
        rows=tuple(rows),
        hypotheses=tuple(hyps),
        unmatched_run=tuple(unmatched_run),
        unmatched_rows=unmatched_rows,
    )


@dataclass(frozen=True)
class RunEvaluation:
    """Scores of a run on the reference rows it matched.

    Attributes:
        match: How the run lined up with the test set (unmatched items listed).
        evaluation: Corpus scores over the matched rows only.
    """

    match: RunMatch
    evaluation: SystemEvaluation


def score_run(
    run: Iterable[RunItem],
    testset: TestSet,
    *,
    system: str = "run",
    metrics: Sequence[str] = DEFAULT_METRICS,
    n_bootstrap: int = 1,
    seed: int | None = DEFAULT_SEED,
) -> RunEvaluation:
    """Match a run to a test set and score the matched rows.

    A :class:`~translate.evaluate.errors.TestSetWarning` lists unmatched items when
    the match is incomplete; the scores then cover the matched rows only (their
    ``n_segments`` says how many).

    Args:
        run: Items with ``.source``/``.translation`` or ``(source, translation)`` pairs.
        testset: A test set with sources.
        system: Name for the run in the result.
        metrics: Registry names.
        n_bootstrap: Bootstrap resamples for 95% CIs (when > 1).
        seed: Resampling seed.

    Returns:
        The match and the scores.

    Raises:
        ValueError: When nothing matched.
    """
    match = match_run(run, testset)
    if not match.rows:
        raise ValueError(f"no run segment matched a row of {testset.name!r}:\n{match.describe()}")
    if not match.complete:
        warnings.warn(match.describe(), TestSetWarning, stacklevel=2)
    subset = testset.subset(match.rows, name=testset.name)
    scores = corpus_scores(
        match.hypotheses,
        subset.references,
        metrics=metrics,
        trg_lang=testset.tgt_lang,
        n_bootstrap=n_bootstrap,
        seed=seed,
    )
    evaluation = SystemEvaluation(
        system=system, test_set=testset.name, scores=scores, n_segments=len(match.rows)
    )
    return RunEvaluation(match=match, evaluation=evaluation)
