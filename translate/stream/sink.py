"""Results written as they are produced: one JSON line per document, sentence and claim.

Files (in the output folder, beside ``report.json``):

* ``documents.jsonl`` — one ``report.json`` ``documents`` entry per line (with its
  ``translation``);
* ``sentences.jsonl`` — one line per sentence: ``doc``, ``index``, ``start``, ``end``,
  ``text``, ``language``, ``translation`` (``null`` when not translated), ``logprob``,
  ``flags`` and ``fidelity`` (the number-fidelity problems of the sentence);
* ``claims.jsonl`` — one ``report.json`` ``claims`` entry per line;
* ``fidelity.jsonl`` — one ``report.json`` ``fidelity`` entry per line;
* ``stories.jsonl``, ``groups.jsonl`` — written when the run ends (grouping needs every
  claim).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from translate.stream.stages import DocumentOutcome

__all__ = ["JsonlSink", "STREAM_FILES", "sentence_rows"]

STREAM_FILES = ("documents.jsonl", "sentences.jsonl", "claims.jsonl", "fidelity.jsonl")
FINAL_FILES = ("stories.jsonl", "groups.jsonl")


def _line(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"


def sentence_rows(outcome: DocumentOutcome) -> Iterable[dict[str, Any]]:
    """The ``sentences.jsonl`` rows of one document."""
    doc = outcome.document
    english = ({s.index: s for s in outcome.translation.sentences}
               if outcome.translation else {})
    problems = {f.index: f.flags for f in outcome.fidelity}
    for s in doc.sentences:
        tr = english.get(s.index)
        yield {
            "doc": s.doc, "index": s.index, "start": s.start, "end": s.end, "text": s.text,
            "language": s.language,
            "translation": tr.translation if tr else None,
            "logprob": tr.logprob if tr else None,
            "flags": list(tr.flags) if tr else [],
            "fidelity": problems.get(s.index, []),
        }


def document_row(outcome: DocumentOutcome) -> dict[str, Any]:
    """The ``documents.jsonl`` row (the ``report.json`` ``documents`` entry)."""
    item = outcome.document.to_dict()
    item["translation"] = outcome.translation.to_dict() if outcome.translation else None
    return item


class JsonlSink:
    """Appends each finished document's rows to the JSONL files of ``out``.

    Args:
        out: The output folder.
    """

    appends = True
    """Whether the files keep the rows of documents an earlier run finished (a resumed
    run appends; :class:`~translate.stream.parquet.ParquetSink` rewrites instead)."""

    def __init__(self, out: str | Path) -> None:
        self.out = Path(out)
        self._files: dict[str, IO[str]] = {}

    def __enter__(self) -> JsonlSink:
        self.out.mkdir(parents=True, exist_ok=True)
        for name in STREAM_FILES:
            self._files[name] = (self.out / name).open("a", encoding="utf-8")
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()
        self._files.clear()

    def write(self, outcome: DocumentOutcome) -> dict[str, int]:
        """Append one document's rows; returns every file's size after them (flushed)."""
        f = self._files
        f["documents.jsonl"].write(_line(document_row(outcome)))
        f["sentences.jsonl"].write("".join(_line(r) for r in sentence_rows(outcome)))
        f["claims.jsonl"].write("".join(_line(c.to_dict()) for c in outcome.claims))
        f["fidelity.jsonl"].write("".join(_line(x.to_dict()) for x in outcome.fidelity))
        sizes = {}
        for name, fh in f.items():
            fh.flush()
            sizes[name] = fh.tell()
        return sizes


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> Path:
    """Write ``rows`` to ``path`` (through a temporary file: a kill leaves no half file)."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(_line(row))
    tmp.replace(path)
    return path
