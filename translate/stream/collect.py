"""What a streamed run keeps while documents flow: bounded by ``keep``, not by the corpus.

:class:`Collector` receives every finished document in corpus order (from any executor),
appends it to the output files and the journal, and keeps only what the end of the run
needs: each document's :class:`~translate.stream.stages.DocumentDigest` (id, language,
date, lead), every claim (grouping links claims across the whole corpus), counts, and the
first ``keep`` documents in full (the terminal summary, ``report.html`` and, for a corpus
of at most ``keep`` documents, the full ``report.json``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from translate.corpus.loader import LoadProblem
from translate.stream.stages import DocumentDigest, DocumentOutcome

if TYPE_CHECKING:
    from translate.claims.types import Claim
    from translate.mt.translator import ModelStatus
    from translate.stream.journal import RunJournal
    from translate.stream.parquet import ParquetSink
    from translate.stream.sink import JsonlSink

__all__ = ["Collector"]


@dataclass
class Collector:
    """Accumulates a run's outcomes (see the module docstring).

    Args:
        keep: Documents kept in full (the first ``keep`` in corpus order).
        keep_sentences: Sentences kept in full at most (the document that crosses it is
            kept, later ones are not).
        lead_chars: Lead length kept per document for story detection.
        sink: Where rows are written as documents finish (JSONL or Parquet; ``None``:
            nowhere).
        journal: Where finished documents are recorded (``None``: no resume).
    """

    keep: int
    keep_sentences: int = 2**62
    lead_chars: int = 400
    sink: JsonlSink | ParquetSink | None = None
    journal: RunJournal | None = None
    head: list[DocumentOutcome] = field(default_factory=list)
    digests: list[DocumentDigest] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)
    statuses: dict[str, ModelStatus] = field(default_factory=dict)
    documents: int = 0
    sentences: int = 0
    translated: int = 0
    fidelity: int = 0
    claim_documents: int = 0
    head_sentences: int = 0

    def add(self, outcome: DocumentOutcome, *, resumed: bool = False) -> None:
        """Take one finished document (``resumed``: finished by an earlier run, already
        written and journaled)."""
        if not resumed:
            if self.sink is not None:
                sizes = self.sink.write(outcome)
                if self.journal is not None:  # with the model statuses seen so far
                    self.journal.record(outcome.id, outcome.key,
                                        (outcome, dict(self.statuses)), sizes)
        self.documents += 1
        self.sentences += len(outcome.document.sentences)
        self.translated += outcome.translation is not None
        self.fidelity += len(outcome.fidelity)
        self.claim_documents += bool(outcome.claims)
        self.claims.extend(outcome.claims)
        self.digests.append(outcome.digest(lead_chars=self.lead_chars))
        if len(self.head) < self.keep and self.head_sentences < self.keep_sentences \
                and len(self.head) == self.documents - 1:
            self.head.append(outcome)
            self.head_sentences += len(outcome.document.sentences)

    def add_problem(self, problem: LoadProblem) -> None:
        self.problems.append(problem)

    def add_statuses(self, statuses: Mapping[str, ModelStatus]) -> None:
        for lang, st in statuses.items():
            self.statuses.setdefault(lang, st)

    @property
    def complete(self) -> bool:
        """Whether every document is kept in full (within both budgets)."""
        return len(self.head) == self.documents and self.sentences <= self.keep_sentences

    def counts(self) -> dict[str, Any]:
        return {"documents": self.documents, "sentences": self.sentences,
                "translated_documents": self.translated, "claims": len(self.claims),
                "claim_documents": self.claim_documents, "fidelity": self.fidelity,
                "problems": len(self.problems)}
