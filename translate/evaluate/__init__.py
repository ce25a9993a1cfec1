"""Evaluation: sacrebleu scores with signatures, significance tests and test-set loaders.

Quickstart::

    from translate.evaluate import evaluate_systems, load_parallel, read_hypotheses

    refs = load_parallel("flores-test.en", source="flores-test.da", src_lang="da", tgt_lang="en")
    table = evaluate_systems(refs, {"base": read_hypotheses("a.en"),
                                    "new": read_hypotheses("b.en")}, paired="bs")
    print(table)            # or table.to_frame(); notebooks render it as HTML

Everything heavy (sacrebleu's metrics, pandas, comet) is imported when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from translate._lazy import lazy_exports

if TYPE_CHECKING:
    from translate.evaluate.comet import comet_score
    from translate.evaluate.errors import MissingDependencyError, TestSetError, TestSetWarning
    from translate.evaluate.flores import (
        flores_pairs,
        flores_systems,
        load_flores,
        load_flores_outputs,
        published_scores,
    )
    from translate.evaluate.matching import match_run, score_run
    from translate.evaluate.metrics import (
        corpus_score,
        corpus_scores,
        get_metric,
        metric_names,
        register_metric,
        sentence_scores,
    )
    from translate.evaluate.scores import MetricScore, SentenceScores, SystemEvaluation
    from translate.evaluate.significance import PairedTestResult, paired_test
    from translate.evaluate.table import EvaluationTable, evaluate_flores, evaluate_systems
    from translate.evaluate.testsets import (
        TestSet,
        load_parallel,
        load_tatoeba,
        load_tsv,
        read_hypotheses,
    )

__all__ = [
    "EvaluationTable",
    "MetricScore",
    "MissingDependencyError",
    "PairedTestResult",
    "SentenceScores",
    "SystemEvaluation",
    "TestSet",
    "TestSetError",
    "TestSetWarning",
    "comet_score",
    "corpus_score",
    "corpus_scores",
    "evaluate_flores",
    "evaluate_systems",
    "flores_pairs",
    "flores_systems",
    "get_metric",
    "load_flores",
    "load_flores_outputs",
    "load_parallel",
    "load_tatoeba",
    "load_tsv",
    "match_run",
    "metric_names",
    "paired_test",
    "published_scores",
    "read_hypotheses",
    "register_metric",
    "score_run",
    "sentence_scores",
]

_HOMES = {
    "comet_score": "comet",
    "MissingDependencyError": "errors",
    "TestSetError": "errors",
    "TestSetWarning": "errors",
    "flores_pairs": "flores",
    "flores_systems": "flores",
    "load_flores": "flores",
    "load_flores_outputs": "flores",
    "published_scores": "flores",
    "match_run": "matching",
    "score_run": "matching",
    "corpus_score": "metrics",
    "corpus_scores": "metrics",
    "sentence_scores": "metrics",
    "get_metric": "metrics",
    "metric_names": "metrics",
    "register_metric": "metrics",
    "MetricScore": "scores",
    "SentenceScores": "scores",
    "SystemEvaluation": "scores",
    "PairedTestResult": "significance",
    "paired_test": "significance",
    "EvaluationTable": "table",
    "evaluate_flores": "table",
    "evaluate_systems": "table",
    "TestSet": "testsets",
    "load_parallel": "testsets",
    "load_tatoeba": "testsets",
    "load_tsv": "testsets",
    "read_hypotheses": "testsets",
}


__getattr__, __dir__ = lazy_exports(__name__, _HOMES, __all__)
