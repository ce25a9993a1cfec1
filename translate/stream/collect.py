"""What a streamed run keeps while documents flow: bounded by ``keep``, not by the corpus.

:class:`Collector` receives every finished document in corpus order (from any executor),
appends it to the output files and the journal, and keeps in memory only counts, the
problems, the model statuses and the first ``keep`` documents in full (the terminal
summary, ``report.html`` and, for a corpus of at most ``keep`` documents, the full
``report.json``). Memory is flat in the corpus size.

Grouping (stories, claim links) is the one step that needs every document's
:class:`~translate.stream.stages.DocumentDigest` (id, language, date, lead) and every claim
at once. The collector hands them to a *spool* as documents finish:

* :class:`FileSpool` (what :func:`~translate.pipeline.run_to` uses, whatever the corpus
  size): one pickle per document appended to a file, read back once when grouping starts
  (so the streaming part of a run holds no claims at all, and grouping holds the digests
  and claims it links — pickled per document, a document's claims share their sentence
  strings as in the run — and nothing else of the documents). Pickle, not
  ``claims.jsonl``: it restores the exact objects (``float`` values, shared strings),
  whatever the output format, so grouping sees what an in-memory run sees and local, Ray
  and resumed runs group byte-identically.
* :class:`MemorySpool` (what :func:`~translate.pipeline.run` uses: it keeps everything
  anyway): the digests, and references to the claims the kept documents already hold.

A run without grouping has no spool and keeps no digest or claim.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from translate.corpus.loader import LoadProblem
from translate.stream.stages import DocumentDigest, DocumentOutcome

if TYPE_CHECKING:
    from translate.claims.types import Claim
    from translate.mt.translator import ModelStatus
    from translate.stream.journal import RunJournal
    from translate.stream.parquet import ParquetSink
    from translate.stream.sink import JsonlSink

__all__ = ["Collector", "FileSpool", "MemorySpool", "Spool"]


class Spool(Protocol):
    """Where the collector puts what grouping needs of each document (module docstring)."""

    def add(self, digest: DocumentDigest, claims: Sequence[Claim]) -> None: ...

    def read(self) -> Iterator[tuple[DocumentDigest, Sequence[Claim]]]: ...

    def close(self) -> None: ...


class MemorySpool:
    """The digests and claims of every document, in memory (for :func:`run`)."""

    def __init__(self) -> None:
        self._items: list[tuple[DocumentDigest, Sequence[Claim]]] = []

    def add(self, digest: DocumentDigest, claims: Sequence[Claim]) -> None:
        self._items.append((digest, claims))

    def read(self) -> Iterator[tuple[DocumentDigest, Sequence[Claim]]]:
        yield from self._items

    def close(self) -> None:
        self._items.clear()


class FileSpool:
    """The digests and claims of every document, one pickle per document in ``path``.

    The file is started empty (a run, resumed or not, adds every document again: the
    journal's finished ones first) and removed by :meth:`close`.

    Args:
        path: The spool file (in the output folder's ``.journal/``).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh: IO[bytes] | None = self.path.open("wb")
        self.documents = 0

    def add(self, digest: DocumentDigest, claims: Sequence[Claim]) -> None:
        assert self._fh is not None, "the spool is closed"
        pickle.dump((digest, tuple(claims)), self._fh, protocol=pickle.HIGHEST_PROTOCOL)
        self.documents += 1

    def read(self) -> Iterator[tuple[DocumentDigest, Sequence[Claim]]]:
        """Every document's ``(digest, claims)``, in the order added."""
        assert self._fh is not None, "the spool is closed"
        self._fh.flush()
        with self.path.open("rb") as fh:
            for _ in range(self.documents):
                yield pickle.load(fh)

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass


@dataclass
class Collector:
    """Accumulates a run's outcomes (see the module docstring).

    Args:
        keep: Documents kept in full (the first ``keep`` in corpus order).
        keep_sentences: Sentences kept in full at most (the document that crosses it is
            kept, later ones are not).
        lead_chars: Lead length kept per document for story detection (``None``: the
            default of :class:`translate.align.stories.StoryConfig`).
        sink: Where rows are written as documents finish (JSONL or Parquet; ``None``:
            nowhere).
        journal: Where finished documents are recorded (``None``: no resume).
        spool: Where each document's digest and claims go for grouping (``None``: no
            grouping; see the module docstring).
    """

    keep: int
    keep_sentences: int = 2**62
    lead_chars: int | None = None
    sink: JsonlSink | ParquetSink | None = None
    journal: RunJournal | None = None
    spool: Spool | None = None
    head: list[DocumentOutcome] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)
    statuses: dict[str, ModelStatus] = field(default_factory=dict)
    documents: int = 0
    sentences: int = 0
    translated: int = 0
    fidelity: int = 0
    claim_documents: int = 0
    claims: int = 0
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
        self.claims += len(outcome.claims)
        if self.spool is not None:
            self.spool.add(outcome.digest(lead_chars=self.lead_chars), outcome.claims)
        if len(self.head) < self.keep and self.head_sentences < self.keep_sentences \
                and len(self.head) == self.documents - 1:
            self.head.append(outcome)
            self.head_sentences += len(outcome.document.sentences)

    def add_problem(self, problem: LoadProblem) -> None:
        self.problems.append(problem)

    def add_statuses(self, statuses: Mapping[str, ModelStatus]) -> None:
        for lang, st in statuses.items():
            self.statuses.setdefault(lang, st)

    def grouping_input(self) -> tuple[list[DocumentDigest], list[Claim]]:
        """Every document's digest and every claim, in corpus order, read from the spool
        (what grouping holds in memory)."""
        if self.spool is None:
            raise ValueError("this collector has no spool: grouping was not asked for")
        digests: list[DocumentDigest] = []
        claims: list[Claim] = []
        for digest, got in self.spool.read():
            digests.append(digest)
            claims.extend(got)
        return digests, claims

    @property
    def complete(self) -> bool:
        """Whether every document is kept in full (within both budgets)."""
        return len(self.head) == self.documents and self.sentences <= self.keep_sentences

    def counts(self) -> dict[str, Any]:
        return {"documents": self.documents, "sentences": self.sentences,
                "translated_documents": self.translated, "claims": self.claims,
                "claim_documents": self.claim_documents, "fidelity": self.fidelity,
                "problems": len(self.problems)}
