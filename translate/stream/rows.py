"""Reading a streamed run's claims back from its output file, lazily.

A streamed run over a large corpus does not keep its claims in memory (see
:mod:`translate.stream.collect`); :attr:`RunOutput.result.claims
<translate.pipeline.RunOutput>` is then a :class:`ClaimsFile`: a read-only sequence over
``claims.jsonl`` (or ``claims.parquet``) with the API of the tuple a small run holds —
``len()``, iteration, indexing and slicing — that reads the file on demand and keeps
nothing. Iterating it gives claims equal (``==``) to the ones the run extracted
(:func:`claim_from_row` restores the float values the JSON form writes as integers).
"""

from __future__ import annotations

import dataclasses
import json
import typing
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    from translate.claims.types import Claim

__all__ = ["ClaimsFile", "claim_from_row", "iter_rows"]


@lru_cache(maxsize=1)
def _claim_fields() -> tuple[frozenset[str], frozenset[str]]:
    """``(every field of Claim, the fields typed float)``."""
    from translate.claims.types import Claim

    hints = typing.get_type_hints(Claim)
    floats = {name for name, hint in hints.items()
              if float in ([a for a in typing.get_args(hint) if a is not type(None)]
                           or [hint])}
    return frozenset(f.name for f in dataclasses.fields(Claim)), frozenset(floats)


def claim_from_row(row: Mapping[str, Any]) -> Claim:
    """The :class:`~translate.claims.types.Claim` of one ``claims.jsonl`` row
    (``Claim.to_dict()``): float fields written as integers (``3000``) become floats
    again, keys the class does not know are left out."""
    from translate.claims.types import Claim

    known, floats = _claim_fields()
    values: dict[str, Any] = {k: (float(v) if k in floats and v is not None else v)
              for k, v in row.items() if k in known}
    return Claim(**values)


def iter_rows(path: str | Path) -> Iterator[dict[str, Any]]:
    """The rows of a JSONL or Parquet output file, one at a time (Parquet: one row group
    in memory)."""
    path = Path(path)
    if path.suffix == ".parquet":
        from translate.stream.parquet import iter_rows as parquet_rows

        yield from parquet_rows(path)
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


class ClaimsFile(Sequence["Claim"]):
    """Every claim of a run, read on demand from its claims file (see the module docstring).

    Args:
        path: ``claims.jsonl`` or ``claims.parquet``.
        size: How many claims it holds (the run's count: ``len()`` reads nothing).

    Indexing reads the file up to the index (``claims[:20]`` reads 20 rows); a negative
    index or a slice with a negative bound reads it to the end. Equality compares the
    claims, with a tuple too.
    """

    def __init__(self, path: str | Path, size: int) -> None:
        self.path = Path(path)
        self.size = size

    def __len__(self) -> int:
        return self.size

    def __iter__(self) -> Iterator[Claim]:
        for row in iter_rows(self.path):
            yield claim_from_row(row)

    @overload
    def __getitem__(self, index: int) -> Claim: ...

    @overload
    def __getitem__(self, index: slice) -> list[Claim]: ...

    def __getitem__(self, index: int | slice) -> Claim | list[Claim]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self.size)
            if step < 0:
                return list(self)[index]
            out: list[Claim] = []
            for n, claim in enumerate(self):
                if n >= stop:
                    break
                if n >= start and (n - start) % step == 0:
                    out.append(claim)
            return out
        n = index + self.size if index < 0 else index
        if not 0 <= n < self.size:
            raise IndexError(f"claim index {index} out of range ({self.size} claims)")
        for i, claim in enumerate(self):
            if i == n:
                return claim
        raise IndexError(f"claim index {index}: {self.path} holds fewer claims than "
                         f"{self.size}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(other) == self.size and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"ClaimsFile({str(self.path)!r}, {self.size} claims)"
