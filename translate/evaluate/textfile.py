"""Strict line-oriented reading of test-set and system-output files.

Files are split on ``\\n`` only (never :meth:`str.splitlines`, which also splits
on U+2028, U+0085 and form feeds and so silently shifts every following line).
Each line is decoded as UTF-8 on its own so that an encoding error is reported
with its line number; trailing whitespace (including ``\\r``) is removed, as the
``sacrebleu`` command line does, so scores match it exactly.
"""

from __future__ import annotations

import codecs
import logging
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from translate.evaluate.errors import Problem, TestSetError, TestSetWarning, format_problems

__all__ = ["EmptyPolicy", "check_same_length", "read_lines"]

logger = logging.getLogger(__name__)

#: What to do with empty (or whitespace-only) lines: raise, warn and keep, or keep quietly.
EmptyPolicy = Literal["error", "warn", "keep"]


def read_lines(path: str | Path, *, empty: EmptyPolicy = "error") -> tuple[str, ...]:
    """Read a one-segment-per-line UTF-8 file, reporting every bad line.

    Args:
        path: The file to read.
        empty: Policy for empty lines: ``"error"`` (default) raises, ``"warn"`` keeps
            them as ``""`` and emits one :class:`TestSetWarning` listing ``file:line``,
            ``"keep"`` keeps them quietly. Empty lines are never dropped.

    Returns:
        The lines, without terminators or trailing whitespace; a UTF-8 byte-order
        mark at the start of the file is removed.

    Raises:
        TestSetError: On undecodable lines (always), empty lines (``empty="error"``)
            or an empty file, each listed as ``file:line``.
        FileNotFoundError: When ``path`` does not exist.
    """
    name = str(path)
    data = Path(path).read_bytes()
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    raw_lines = data.split(b"\n")
    if raw_lines[-1] == b"":
        raw_lines.pop()  # the terminator of the last line, not an extra line
    if not raw_lines:
        raise TestSetError([Problem(name, None, "file is empty")])

    lines: list[str] = []
    bad: list[Problem] = []
    blank: list[Problem] = []
    for number, raw in enumerate(raw_lines, start=1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            snippet = raw[exc.start : exc.start + 4]
            bad.append(Problem(name, number, f"invalid UTF-8 at byte {exc.start} ({snippet!r})"))
            lines.append("")
            continue
        text = text.rstrip()
        if not text:
            blank.append(Problem(name, number, "empty line"))
        lines.append(text)

    if bad or (blank and empty == "error"):
        problems = bad + (blank if empty == "error" else [])
        problems.sort(key=lambda p: p.line or 0)
        raise TestSetError(problems, f"{len(problems)} bad line(s) in {name}")
    if blank and empty == "warn":
        warnings.warn(
            f"{len(blank)} empty line(s) kept as empty segments in {name}:\n"
            f"{format_problems(blank)}",
            TestSetWarning,
            stacklevel=2,
        )
    logger.debug("read %d lines from %s", len(lines), name)
    return tuple(lines)


def check_same_length(files: Sequence[tuple[str, Sequence[str]]]) -> None:
    """Check that parallel files have the same number of lines.

    Args:
        files: ``(name, lines)`` pairs; the first one sets the expected length.

    Raises:
        TestSetError: Listing each file whose length differs, at the first line
            where it runs out (or the first extra line).
    """
    if not files:
        return
    first_name, first_lines = files[0]
    expected = len(first_lines)
    problems = []
    for name, lines in files[1:]:
        if len(lines) < expected:
            problems.append(
                Problem(
                    name,
                    len(lines) + 1,
                    f"missing: file ends after {len(lines)} lines but {first_name} has {expected}",
                )
            )
        elif len(lines) > expected:
            problems.append(
                Problem(
                    name,
                    expected + 1,
                    f"extra: file has {len(lines)} lines but {first_name} has {expected}",
                )
            )
    if problems:
        raise TestSetError(problems, "parallel files have different line counts")
