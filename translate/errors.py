"""Exceptions the workbench raises. Each message says what went wrong and how to fix it."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "WorkbenchError",
    "CorpusError",
    "UnknownNameError",
    "UnsupportedLanguageError",
    "ModelNotAvailableError",
    "MissingDependencyError",
]


class WorkbenchError(Exception):
    """Base class of every error the workbench raises on purpose."""


class CorpusError(WorkbenchError, ValueError):
    """A document could not be read: empty, wrong encoding, no such file."""


class UnknownNameError(WorkbenchError, KeyError, ValueError):
    """A lookup by an unknown name (backend, embedder, metric, split, test, system).

    The message lists the known names. It is a ``KeyError`` (a failed lookup) and a
    ``ValueError`` (a bad argument value), so callers catching either keep working.
    """

    def __str__(self) -> str:  # KeyError quotes its message; we want it plain.
        return str(self.args[0]) if self.args else ""

    @classmethod
    def of(cls, kind: str, name: object, known: Iterable[object]) -> UnknownNameError:
        """The error in the one wording every lookup uses.

        Example:
            >>> str(UnknownNameError.of("backend", "moses", ["marian", "nllb"]))
            "unknown backend 'moses'; known backends: marian, nllb"
        """
        names = ", ".join(str(k) for k in known) or "(none)"
        return cls(f"unknown {kind} {name!r}; known {kind}s: {names}")


class UnsupportedLanguageError(WorkbenchError, ValueError):
    """A language code the component does not handle."""


class MissingDependencyError(WorkbenchError, ImportError):
    """An optional package is needed for this feature but is not installed."""


class ModelNotAvailableError(WorkbenchError, OSError):
    """Model weights could not be found locally nor downloaded.

    Attributes:
        model: The hub id or local path that was asked for.
    """

    def __init__(self, model: str, detail: str = "") -> None:
        self.model = model
        self.detail = detail
        super().__init__(self._message())

    def _message(self) -> str:
        msg = (
            f"Model '{self.model}' is not available on this machine.\n"
            "  Fix 1: connect to the internet once and run again (or run "
            f"`hf download {self.model}`), so the Hugging Face cache fills;\n"
            "  Fix 2: pass a local directory that holds the model files "
            "(config.json, weights, tokenizer files) instead of the hub id, "
            "e.g. --model LANG=/path/to/model (da, nb, ar...)."
        )
        if self.detail:
            msg += f"\n  (cause: {self.detail})"
        return msg
