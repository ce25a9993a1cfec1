"""Results as Parquet: the rows of the JSONL files, one file per kind, written as produced.

With ``format="parquet"`` (``--format parquet``; needs ``pyarrow``, which ``pip install
pyarrow`` or the ``[ray]`` extra installs) a streamed run writes ``documents.parquet``,
``sentences.parquet``, ``claims.parquet`` and ``fidelity.parquet`` instead of the JSONL
files: the same rows, one row group per ``rows_per_group`` documents (a window by
default), so memory holds one row group; ``stories.parquet`` and ``groups.parquet`` when
grouping ends. A file is written as ``NAME.parquet.partial`` and renamed when complete, so
a file under its final name is always readable.

Columns: every key of the JSONL rows, in the same order. Keys with a known scalar type
(ids, text, offsets, scores, lists of strings) get that Arrow type; nested or unknown
values (a document's ``metadata``, ``removed``, ``sentences``, ``translation``; a group's
``evidence`` and ``links``) hold JSON text, listed in the file's schema metadata
(``translate.json_columns``). :func:`read_rows` reads a file back as the JSONL rows.

Resuming: Parquet files cannot be appended to after a kill, so a resumed run rewrites
them, taking the rows of the documents an earlier run finished from the journal (the
finished documents are not recomputed).
"""

from __future__ import annotations

import json
import typing
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from translate.errors import MissingDependencyError
from translate.stream.sink import STREAM_FILES, document_row, sentence_rows
from translate.stream.stages import DocumentOutcome

__all__ = ["ParquetSink", "import_pyarrow", "iter_rows", "read_rows", "write_parquet",
           "parquet_name"]

JSON_COLUMNS_KEY = b"translate.json_columns"


def import_pyarrow() -> Any:
    """The ``pyarrow`` module.

    Raises:
        MissingDependencyError: pyarrow is not installed (``pip install pyarrow``).
    """
    try:
        import pyarrow  # type: ignore[import-untyped]
        import pyarrow.parquet  # type: ignore[import-untyped]  # noqa: F401
    except ImportError as exc:
        raise MissingDependencyError(
            f"format='parquet' (--format parquet) needs pyarrow ({exc}); install it with "
            "pip install pyarrow, or write JSON lines with --format jsonl (the default)"
        ) from None
    return pyarrow


def parquet_name(jsonl_name: str) -> str:
    """``claims.jsonl`` → ``claims.parquet``."""
    return jsonl_name.rsplit(".", 1)[0] + ".parquet"


def _scalar_types(pa: Any) -> dict[str, dict[str, Any]]:
    """Declared Arrow types per file (name without extension) and column."""
    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    strings = pa.list_(pa.string())
    return {
        "sentences": {"doc": s, "index": i, "start": i, "end": i, "text": s, "language": s,
                      "translation": s, "logprob": f, "flags": strings, "fidelity": strings},
        "documents": {"id": s, "title": s, "path": s, "language": s, "language_source": s,
                      "detected_language": s, "language_confidence": f, "published": s,
                      "chars": i, "warnings": strings},
        "claims": _claim_types(pa),
        "fidelity": {"doc": s, "index": i, "source": s, "translation": s, "flags": strings},
        "stories": {"id": s, "documents": strings, "label": s, "evidence": strings},
        "groups": {"id": s, "claims": strings, "category": s, "verdict": s, "reason": s,
                   "signature": s, "scope": s, "documents": strings, "cross_source": b,
                   "stories": strings},
    }


def _claim_types(pa: Any) -> dict[str, Any]:
    """Arrow types of the claim columns, read from :class:`~translate.claims.types.Claim`'s
    annotations (``int`` → int64, ``float`` → float64, ``str`` → string, ``| None`` kept
    nullable); a field of any other type is JSON text."""
    from translate.claims.types import Claim

    simple = {int: pa.int64(), float: pa.float64(), str: pa.string(), bool: pa.bool_()}
    out: dict[str, Any] = {}
    for name, hint in typing.get_type_hints(Claim).items():
        args = [a for a in typing.get_args(hint) if a is not type(None)] or [hint]
        if len(args) == 1 and args[0] in simple:
            out[name] = simple[args[0]]
    return out


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False,
                                                 separators=(",", ":"))


class _Table:
    """Turns rows (dicts with the same keys) into Arrow tables of one fixed schema."""

    def __init__(self, pa: Any, kind: str, first: Mapping[str, Any]) -> None:
        declared = _scalar_types(pa).get(kind, {})
        self.pa = pa
        self.columns = list(first)
        self.json = [c for c in self.columns if c not in declared]
        fields = [pa.field(c, declared.get(c, pa.string())) for c in self.columns]
        self.schema = pa.schema(fields, metadata={JSON_COLUMNS_KEY: ",".join(self.json)})

    def table(self, rows: list[Mapping[str, Any]]) -> Any:
        extra = {k for r in rows for k in r} - set(self.columns)
        if extra:
            raise ValueError(f"rows gained columns the file does not have: {sorted(extra)}")
        arrays = []
        for field in self.schema:
            values = [r.get(field.name) for r in rows]
            if field.name in self.json:
                values = [_json(v) for v in values]
            arrays.append(self.pa.array(values, type=field.type))
        return self.pa.Table.from_arrays(arrays, schema=self.schema)


class _Writer:
    """One Parquet file written a row group at a time (``.partial`` until closed)."""

    def __init__(self, pa: Any, path: Path) -> None:
        self.pa = pa
        self.path = path
        self.partial = path.with_name(path.name + ".partial")
        self.rows: list[Mapping[str, Any]] = []
        self.table: _Table | None = None
        self.writer: Any = None

    def add(self, rows: Iterable[Mapping[str, Any]]) -> None:
        self.rows.extend(rows)

    def flush(self) -> None:
        if not self.rows:
            return
        if self.table is None:
            self.table = _Table(self.pa, self.path.stem, self.rows[0])
        data = self.table.table(self.rows)
        if self.writer is None:
            import pyarrow.parquet as pq

            self.writer = pq.ParquetWriter(self.partial, self.table.schema)
        self.writer.write_table(data)
        self.rows = []

    def close(self, *, complete: bool) -> None:
        if complete:
            self.flush()
        if self.writer is not None:
            self.writer.close()
            self.writer = None
        if not complete:
            return
        if not self.partial.exists():  # no row at all: an empty file with no columns
            import pyarrow.parquet as pq

            pq.write_table(self.pa.table({}), self.partial)
        self.partial.replace(self.path)


class ParquetSink:
    """Writes each finished document's rows to the Parquet files of ``out``.

    The same interface as :class:`~translate.stream.sink.JsonlSink`; rows are buffered
    and written as one row group per ``rows_per_group`` documents.

    Args:
        out: The output folder.
        rows_per_group: Documents per row group (the run passes its window size).

    Raises:
        MissingDependencyError: pyarrow is not installed.
    """

    appends = False
    """Whether the files keep the rows of documents an earlier run finished (JSONL: yes;
    Parquet: no, a resumed run writes them again from the journal)."""

    def __init__(self, out: str | Path, *, rows_per_group: int = 32) -> None:
        if rows_per_group < 1:
            raise ValueError(f"rows_per_group must be at least 1, got {rows_per_group}")
        self.pa = import_pyarrow()
        self.out = Path(out)
        self.rows_per_group = rows_per_group
        self._writers: dict[str, _Writer] = {}
        self._pending = 0

    def __enter__(self) -> ParquetSink:
        self.out.mkdir(parents=True, exist_ok=True)
        for name in STREAM_FILES:
            self._writers[name] = _Writer(self.pa, self.out / parquet_name(name))
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.close(complete=exc_type is None)

    def close(self, *, complete: bool = True) -> None:
        """Write what is buffered and close the files (``complete``: rename each
        ``.partial`` file to its final name; else leave it, as a kill would)."""
        for w in self._writers.values():
            w.close(complete=complete)
        self._writers.clear()

    def write(self, outcome: DocumentOutcome) -> dict[str, int]:
        """Buffer one document's rows (a row group is written every ``rows_per_group``
        documents); returns no file sizes (a resumed run rewrites Parquet files)."""
        w = self._writers
        w["documents.jsonl"].add([document_row(outcome)])
        w["sentences.jsonl"].add(sentence_rows(outcome))
        w["claims.jsonl"].add(c.to_dict() for c in outcome.claims)
        w["fidelity.jsonl"].add(x.to_dict() for x in outcome.fidelity)
        self._pending += 1
        if self._pending >= self.rows_per_group:
            for writer in w.values():
                writer.flush()
            self._pending = 0
        return {}


def write_parquet(path: Path, rows: Iterable[Mapping[str, Any]]) -> Path:
    """Write ``rows`` to ``path`` in one go (through a ``.partial`` file)."""
    writer = _Writer(import_pyarrow(), path)
    writer.add(rows)
    writer.close(complete=True)
    return path


def read_rows(path: str | Path) -> list[dict[str, Any]]:
    """The rows of a Parquet file this module wrote, as the JSONL file has them (JSON
    columns decoded)."""
    import_pyarrow()
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    meta = table.schema.metadata or {}
    json_columns = set(filter(None, meta.get(JSON_COLUMNS_KEY, b"").decode().split(",")))
    rows: list[dict[str, Any]] = table.to_pylist()
    for row in rows:
        for c in json_columns:
            if row[c] is not None:
                row[c] = json.loads(row[c])
    return rows


def iter_rows(path: str | Path) -> Iterator[dict[str, Any]]:
    """The rows of :func:`read_rows`, one row group in memory at a time."""
    import_pyarrow()
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    meta = pf.schema_arrow.metadata or {}
    json_columns = set(filter(None, meta.get(JSON_COLUMNS_KEY, b"").decode().split(",")))
    for group in range(pf.num_row_groups):
        for row in pf.read_row_group(group).to_pylist():
            for c in json_columns:
                if row[c] is not None:
                    row[c] = json.loads(row[c])
            yield row
