"""Test sets: sources with one or more references, and loaders for common layouts.

A :class:`TestSet` holds segment-aligned sources (optional) and reference
streams in sacrebleu's layout: ``references[k][i]`` is the ``k``-th reference of
segment ``i``. Loaders never pad, truncate or drop lines; every problem is
raised as :class:`~translate.evaluate.errors.TestSetError` with ``file:line``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from translate.evaluate.errors import Problem, TestSetError
from translate.evaluate.textfile import EmptyPolicy, check_same_length, read_lines

__all__ = [
    "TestSet",
    "load_parallel",
    "load_tatoeba",
    "load_tsv",
    "read_hypotheses",
]

#: ISO 639-3 codes used in Tatoeba file names mapped to the ISO 639-1 codes used elsewhere.
ISO639_3_TO_1 = {"ara": "ar", "dan": "da", "eng": "en", "nob": "nb", "nor": "no", "swe": "sv"}


@dataclass(frozen=True)
class TestSet:
    """Sources and references, aligned segment by segment.

    Attributes:
        name: A label for tables and signatures, e.g. ``"flores-test da-en"``.
        references: Reference streams, ``references[k][i]`` is reference ``k`` of
            segment ``i`` (sacrebleu's layout); at least one stream.
        sources: Source segments, or ``None`` when only references are known.
        src_lang: Source language code (ISO 639-1 where known), if known.
        tgt_lang: Target language code, if known; passed to BLEU to pick its tokenizer.
        origin: The files the test set was read from.
    """

    __test__ = False  # not a pytest test class

    name: str
    references: tuple[tuple[str, ...], ...]
    sources: tuple[str, ...] | None = None
    src_lang: str | None = None
    tgt_lang: str | None = None
    origin: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.references:
            raise ValueError(f"test set {self.name!r} has no reference stream")
        lengths = {len(stream) for stream in self.references}
        if self.sources is not None:
            lengths.add(len(self.sources))
        if len(lengths) != 1:
            raise ValueError(
                f"test set {self.name!r}: sources and references differ in length ({lengths})"
            )

    def __len__(self) -> int:
        return len(self.references[0])

    @property
    def n_refs(self) -> int:
        """Number of reference streams."""
        return len(self.references)

    def subset(self, rows: Sequence[int], *, name: str | None = None) -> TestSet:
        """Return the test set restricted to ``rows`` (0-based), in that order.

        Args:
            rows: Row indices to keep.
            name: Name of the subset; defaults to ``"<name> (subset)"``.

        Returns:
            A new :class:`TestSet`.
        """
        return TestSet(
            name=name or f"{self.name} (subset)",
            references=tuple(tuple(stream[i] for i in rows) for stream in self.references),
            sources=None if self.sources is None else tuple(self.sources[i] for i in rows),
            src_lang=self.src_lang,
            tgt_lang=self.tgt_lang,
            origin=self.origin,
        )


def read_hypotheses(
    path: str | Path, *, expected: int | None = None, reference: str = "references"
) -> tuple[str, ...]:
    """Read a system output file; empty lines are kept (scored as empty) with a warning.

    Args:
        path: One hypothesis per line.
        expected: Number of lines the references have, checked when given.
        reference: Name of the reference file, used in the mismatch message.

    Returns:
        The hypotheses.

    Raises:
        TestSetError: On encoding errors or a line count different from ``expected``.
    """
    lines = read_lines(path, empty="warn")
    if expected is not None:
        check_same_length([(reference, [""] * expected), (str(path), lines)])
    return lines


def load_parallel(
    references: str | Path | Sequence[str | Path],
    *,
    source: str | Path | None = None,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    name: str | None = None,
    empty: EmptyPolicy = "error",
) -> TestSet:
    """Load plain parallel files where line ``i`` of each file belongs together.

    Args:
        references: One reference file, or several for multiple references.
        source: The source file, if any.
        src_lang: Source language code.
        tgt_lang: Target language code.
        name: Test-set name; defaults to the first reference file name.
        empty: Policy for empty lines in all files (see :func:`read_lines`).

    Returns:
        The test set.

    Raises:
        TestSetError: On encoding errors, empty lines or differing line counts,
            every problem listed with ``file:line``.

    Example:
        >>> ts = load_parallel("newstest.en", source="newstest.da")  # doctest: +SKIP
    """
    ref_paths = [references] if isinstance(references, (str, Path)) else list(references)
    if not ref_paths:
        raise ValueError("load_parallel needs at least one reference file")
    named: list[tuple[str, tuple[str, ...]]] = []
    problems: list[Problem] = []
    for path in ([source] if source is not None else []) + ref_paths:
        try:
            named.append((str(path), read_lines(path, empty=empty)))
        except TestSetError as exc:
            problems.extend(exc.problems)
    if problems:
        raise TestSetError(problems)
    check_same_length(named)
    sources = named[0][1] if source is not None else None
    refs = tuple(lines for _, lines in (named[1:] if source is not None else named))
    return TestSet(
        name=name or Path(ref_paths[0]).name,
        references=refs,
        sources=sources,
        src_lang=src_lang,
        tgt_lang=tgt_lang,
        origin=tuple(p for p, _ in named),
    )


def load_tatoeba(directory: str | Path, pair: str, *, empty: EmptyPolicy = "error") -> TestSet:
    """Load a Tatoeba pair stored as ``tatoeba.<src>-<tgt>.<src>`` / ``.<tgt>``.

    Args:
        directory: Folder holding the files.
        pair: ISO 639-3 pair as in the file names, e.g. ``"dan-eng"``; the first code
            is the source side. Use ``"eng-dan"`` to evaluate the other direction of
            the same files.
        empty: Policy for empty lines.

    Returns:
        The test set, with languages mapped to ISO 639-1 where known.

    Raises:
        FileNotFoundError: When no such pair is stored, listing the pairs that are.
        TestSetError: On bad lines, as :func:`load_parallel`.
    """
    directory = Path(directory)
    src, _, tgt = pair.partition("-")
    for stem in (f"tatoeba.{src}-{tgt}", f"tatoeba.{tgt}-{src}"):
        src_file, tgt_file = directory / f"{stem}.{src}", directory / f"{stem}.{tgt}"
        if src_file.is_file() and tgt_file.is_file():
            return load_parallel(
                tgt_file,
                source=src_file,
                src_lang=ISO639_3_TO_1.get(src, src),
                tgt_lang=ISO639_3_TO_1.get(tgt, tgt),
                name=f"tatoeba {src}-{tgt}",
                empty=empty,
            )
    known = sorted({p.name.split(".")[1] for p in directory.glob("tatoeba.*-*.*")})
    raise FileNotFoundError(f"no Tatoeba pair {pair!r} in {directory}; available: {known}")


def load_tsv(
    path: str | Path,
    *,
    src_lang: str | None = None,
    tgt_lang: str | None = None,
    name: str | None = None,
) -> TestSet:
    """Load ``source<TAB>reference[<TAB>reference...]`` rows under a header line.

    The header's first column must be ``source`` and the others start with
    ``reference`` (``reference``, ``reference2``, ...). Fields are split on tabs
    only; quotes are literal text.

    Args:
        path: The TSV file.
        src_lang: Source language code.
        tgt_lang: Target language code.
        name: Test-set name; defaults to the file name.

    Returns:
        The test set; file line ``n`` is row ``n - 2`` (0-based, after the header).

    Raises:
        TestSetError: On a bad header, rows with the wrong number of fields, empty
            fields or encoding errors, each listed with ``file:line``.
    """
    label = str(path)
    lines = read_lines(path, empty="error")
    header = lines[0].split("\t")
    if (
        header[0].strip().lower() != "source"
        or len(header) < 2
        or not all(h.strip().lower().startswith("reference") for h in header[1:])
    ):
        raise TestSetError(
            [Problem(label, 1, f"header must be 'source<TAB>reference...', got {header!r}")]
        )
    width = len(header)
    rows: list[list[str]] = []
    problems: list[Problem] = []
    for number, line in enumerate(lines[1:], start=2):
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) != width:
            problems.append(Problem(label, number, f"expected {width} fields, found {len(fields)}"))
            continue
        for column, value in zip(header, fields, strict=True):
            if not value:
                problems.append(Problem(label, number, f"empty {column.strip()!r} field"))
        rows.append(fields)
    if problems:
        raise TestSetError(problems, f"{len(problems)} bad row(s) in {label}")
    if not rows:
        raise TestSetError([Problem(label, None, "no rows after the header")])
    return TestSet(
        name=name or Path(path).name,
        references=tuple(tuple(row[k] for row in rows) for k in range(1, width)),
        sources=tuple(row[0] for row in rows),
        src_lang=src_lang,
        tgt_lang=tgt_lang,
        origin=(label,),
    )
