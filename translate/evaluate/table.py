"""Multi-system, multi-test-set evaluation and its table (pandas, text and HTML).

:func:`evaluate_systems` scores several systems on one test set (optionally with
confidence intervals or a paired test against a baseline, and an optional
number-fidelity column); :class:`EvaluationTable` collects such rows across test
sets and language pairs and renders them for people (``str``), notebooks
(``_repr_html_``) and scripts (:meth:`EvaluationTable.to_records`).
"""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from translate.evaluate._seed import DEFAULT_SEED
from translate.evaluate.metrics import DEFAULT_METRICS, corpus_scores
from translate.evaluate.scores import SystemEvaluation
from translate.evaluate.significance import TestType, paired_test
from translate.evaluate.testsets import TestSet

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["EvaluationTable", "FidelityFn", "evaluate_flores", "evaluate_systems"]

logger = logging.getLogger(__name__)

#: Number-fidelity hook: ``(sources, hypotheses, src_lang) -> rate in [0, 1]``.
FidelityFn = Callable[[list[str], list[str], str], float]


@dataclass(frozen=True)
class EvaluationTable:
    """Rows of system scores across test sets, printable and notebook-friendly.

    Attributes:
        rows: One :class:`SystemEvaluation` per (test set, system).
        width: Decimals for scores when rendered (p-values always get four).
    """

    rows: tuple[SystemEvaluation, ...]
    width: int = 1

    def __add__(self, other: EvaluationTable) -> EvaluationTable:
        return EvaluationTable(self.rows + other.rows, width=self.width)

    @classmethod
    def concat(cls, tables: Iterable[EvaluationTable], *, width: int = 1) -> EvaluationTable:
        """Join tables (e.g. one per language pair) into one.

        Args:
            tables: The tables.
            width: Decimals for rendering.

        Returns:
            A table with all rows, in order.
        """
        return cls(tuple(row for table in tables for row in table.rows), width=width)

    def signatures(self) -> dict[str, str]:
        """Signature of each metric column (several joined by `` / `` if they differ).

        Returns:
            ``{metric: signature}`` in column order.
        """
        found: dict[str, list[str]] = {}
        for row in self.rows:
            for score in row.scores:
                sigs = found.setdefault(score.metric, [])
                if score.signature not in sigs:
                    sigs.append(score.signature)
        methods = {row.fidelity_method for row in self.rows if row.fidelity_method}
        if methods:
            found["fidelity"] = sorted(methods)
        return {metric: " / ".join(sigs) for metric, sigs in found.items()}

    def to_frame(self) -> pd.DataFrame:
        """Return the scores as a DataFrame indexed by ``(test_set, system)``.

        Columns per metric: ``<metric>`` and, when computed, ``<metric> ci_low``,
        ``<metric> ci_high`` and ``<metric> p``; then ``fidelity`` when any row has it.

        Returns:
            A ``pandas.DataFrame`` of floats (NaN where a value was not computed).
        """
        import pandas as pd

        tested = {s.metric for r in self.rows for s in r.scores if s.baseline is not None}
        records = []
        for row in self.rows:
            record: dict[str, Any] = {"test_set": row.test_set, "system": row.system}
            for score in row.scores:
                record[score.metric] = score.score
                if score.ci_low is not None:
                    record[f"{score.metric} ci_low"] = score.ci_low
                    record[f"{score.metric} ci_high"] = score.ci_high
                if score.metric in tested:
                    record[f"{score.metric} p"] = score.p_value
            if row.fidelity is not None:
                record["fidelity"] = row.fidelity
            records.append(record)
        frame = pd.DataFrame.from_records(records)
        if frame.empty:
            return frame
        return frame.set_index(["test_set", "system"])

    def _formatters(self, columns: Sequence[str]) -> dict[str, Callable[[Any], str]]:
        def number(decimals: int) -> Callable[[Any], str]:
            def fmt(value: Any) -> str:
                return "" if value is None or value != value else f"{value:.{decimals}f}"

            return fmt

        return {
            c: number(4 if c.endswith(" p") or c == "fidelity" else self.width) for c in columns
        }

    def to_string(self) -> str:
        """Render a plain-text table followed by the metric signatures.

        Returns:
            The text.
        """
        frame = self.to_frame()
        if frame.empty:
            return "(no results)"
        text = frame.to_string(formatters=self._formatters(list(frame.columns)), na_rep="-")
        sigs = "\n".join(f"  {m:<10} {s}" for m, s in self.signatures().items())
        return f"{text}\n\nSignatures:\n{sigs}"

    def __str__(self) -> str:
        return self.to_string()

    def _repr_html_(self) -> str:
        frame = self.to_frame()
        if frame.empty:
            return "<p>(no results)</p>"
        table = frame.to_html(formatters=self._formatters(list(frame.columns)), na_rep="-")
        items = "".join(
            f"<li><b>{html.escape(m)}</b> <code>{html.escape(s)}</code></li>"
            for m, s in self.signatures().items()
        )
        return f"{table}<p>Signatures:</p><ul>{items}</ul>"

    def to_records(self) -> list[dict[str, Any]]:
        """Return plain dicts (JSON-ready), one per row, every score with its signature.

        Returns:
            ``[{"test_set", "system", "n_segments", "fidelity", "fidelity_method",
            "scores": [{"metric", "score", "signature", ...}, ...]}, ...]``.
        """
        return [asdict(row) for row in self.rows]

    def to_json(self, *, indent: int | None = 2) -> str:
        """Serialise :meth:`to_records` as JSON.

        Args:
            indent: JSON indentation.

        Returns:
            The JSON text.
        """
        return json.dumps(self.to_records(), indent=indent, ensure_ascii=False)


def _fidelity_name(fn: Callable[..., Any]) -> str:
    module = getattr(fn, "__module__", None) or ""
    name = getattr(fn, "__qualname__", None) or repr(fn)
    return f"{module}.{name}" if module else name


def evaluate_systems(
    testset: TestSet,
    systems: Mapping[str, Sequence[str]],
    *,
    metrics: Sequence[str] = DEFAULT_METRICS,
    paired: TestType | None = None,
    baseline: str | None = None,
    n_samples: int | None = None,
    confidence: bool = False,
    seed: int | None = DEFAULT_SEED,
    fidelity: FidelityFn | None = None,
    width: int = 1,
) -> EvaluationTable:
    """Score several systems on one test set.

    Args:
        testset: Sources (optional) and references.
        systems: ``{name: hypotheses}``; insertion order is the row order.
        metrics: Registry names (``"bleu"``, ``"chrf"``, ``"chrf++"``, ``"ter"``).
        paired: ``"bs"`` or ``"ar"`` to test every system against ``baseline``.
        baseline: Baseline system for ``paired``; the first system when ``None``.
        n_samples: Resamples / trials (sacrebleu's defaults when ``None``); also the
            number of bootstrap resamples for ``confidence``.
        confidence: Add 95% bootstrap confidence intervals (implied by ``paired="bs"``).
        seed: Resampling seed (sacrebleu's default ``12345``).
        fidelity: Optional number-fidelity hook, called as
            ``fidelity(sources, hypotheses, src_lang)``; needs sources and ``src_lang``.
        width: Decimals when the table is rendered.

    Returns:
        An :class:`EvaluationTable` with one row per system.

    Raises:
        ValueError: When ``fidelity`` is given but the test set lacks sources or
            source language.
        UnknownNameError: For an unknown metric or paired test (also a ``ValueError``).
    """
    if fidelity is not None and (testset.sources is None or not testset.src_lang):
        raise ValueError(
            f"the fidelity hook needs sources and src_lang; test set {testset.name!r} lacks them"
        )
    trg_lang = testset.tgt_lang
    rows: list[SystemEvaluation]
    if paired is not None and len(systems) > 1:
        result = paired_test(
            systems,
            testset.references,
            metrics=metrics,
            test=paired,
            n_samples=n_samples,
            seed=seed,
            baseline=baseline,
            ar_confidence_n=1000 if confidence else -1,
            trg_lang=trg_lang,
            test_set=testset.name,
        )
        rows = list(result.rows)
    else:
        n_bootstrap = (n_samples or 1000) if (confidence or paired == "bs") else 1
        rows = [
            SystemEvaluation(
                system=name,
                test_set=testset.name,
                scores=corpus_scores(
                    hyps,
                    testset.references,
                    metrics=metrics,
                    trg_lang=trg_lang,
                    n_bootstrap=n_bootstrap,
                    seed=seed,
                ),
                n_segments=len(hyps),
            )
            for name, hyps in systems.items()
        ]
    if fidelity is not None:
        assert testset.sources is not None and testset.src_lang
        sources = list(testset.sources)
        method = _fidelity_name(fidelity)
        rows = [
            replace(
                row,
                fidelity=float(fidelity(sources, list(systems[row.system]), testset.src_lang)),
                fidelity_method=method,
            )
            for row in rows
        ]
    return EvaluationTable(tuple(rows), width=width)


def evaluate_flores(
    root: str | Path,
    pairs: Sequence[str] | None = None,
    *,
    split: str = "test",
    systems: Sequence[str] | None = None,
    **options: Any,
) -> EvaluationTable:
    """Score every stored system of every FLORES pair: a systems × languages table.

    Args:
        root: The ``flores`` folder (``<root>/<pair>/flores-<split>.*``).
        pairs: Pairs to score; all stored pairs when ``None``.
        split: ``"test"`` (devtest) or ``"dev"``.
        systems: Restrict to these systems where present (each pair keeps its own).
        **options: Passed to :func:`evaluate_systems` (``metrics``, ``paired``,
            ``baseline``, ``confidence``, ``seed``, ``fidelity``, ``width``, ...).

    Returns:
        One table with a row per (pair, system).
    """
    from translate.evaluate.flores import (
        flores_pairs,
        flores_systems,
        load_flores,
        load_flores_outputs,
    )

    tables = []
    for pair in pairs if pairs is not None else flores_pairs(root):
        present = flores_systems(root, pair, split=split)
        wanted = [s for s in present if systems is None or s in systems]
        if not wanted:
            logger.warning("no systems to score for %s %s", pair, split)
            continue
        testset = load_flores(root, pair, split=split)
        outputs = load_flores_outputs(root, pair, split=split, systems=wanted)
        pair_options = dict(options)
        if pair_options.get("baseline") not in outputs:
            pair_options["baseline"] = None
        tables.append(evaluate_systems(testset, outputs, **pair_options))
    return EvaluationTable.concat(tables, width=int(options.get("width", 1)))
