"""Typed errors and warnings for evaluation data problems.

Every problem found in a test set or a system output names the file and the
1-based line it was found on, so a user can open the file and fix it. Nothing is
padded, truncated or dropped silently: either a :class:`TestSetError` is raised
or a :class:`TestSetWarning` lists what was kept as-is.

:class:`TestSetError` is a :class:`~translate.errors.WorkbenchError`;
``MissingDependencyError`` is re-exported from :mod:`translate.errors` (one hierarchy).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from translate.errors import MissingDependencyError, WorkbenchError

__all__ = ["MissingDependencyError", "Problem", "TestSetError", "TestSetWarning"]

#: How many problems an error or warning message spells out before summarising.
MAX_LISTED = 20


@dataclass(frozen=True)
class Problem:
    """One problem in one file.

    Attributes:
        path: The file, as given by the caller.
        line: 1-based line number, or ``None`` when the problem concerns the whole file.
        message: What is wrong, in words.
    """

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


def format_problems(problems: Sequence[Problem], *, limit: int = MAX_LISTED) -> str:
    """Render problems one per line, listing at most ``limit`` of them.

    Args:
        problems: The problems to list.
        limit: How many to spell out before ``... and N more``.

    Returns:
        A multi-line string, ``path:line: message`` per line.
    """
    lines = [f"  {p}" for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"  ... and {len(problems) - limit} more")
    return "\n".join(lines)


class TestSetError(WorkbenchError, ValueError):
    """A test set or system output cannot be scored as it stands.

    Attributes:
        problems: Every problem found, each with its file and line.
    """

    __test__ = False  # not a pytest test class

    def __init__(self, problems: Sequence[Problem], summary: str | None = None) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        head = summary or f"{len(self.problems)} problem(s) in evaluation data"
        super().__init__(f"{head}:\n{format_problems(self.problems)}")


class TestSetWarning(UserWarning):
    """Data was kept as-is but looks suspicious (for example empty hypothesis lines)."""

    __test__ = False  # not a pytest test class
