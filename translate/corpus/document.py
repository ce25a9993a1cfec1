"""Typed documents, sentences and removal records.

Every piece of text the workbench produces points back into the raw text of the
document it came from: ``doc.raw[sentence.start:sentence.end] == sentence.text``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from translate.corpus.normalise import ReadingText, reading_text

__all__ = ["Document", "Sentence", "Removal", "Span"]


@dataclass(frozen=True)
class Span:
    """A character span ``[start, end)`` in the raw text of document ``doc``."""

    doc: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """One article as loaded from disk (or from a string), text kept verbatim.

    Attributes:
        id: Document id; the file stem when loaded from a file.
        raw: The raw text exactly as read (UTF-8), never modified.
        title: The first non-empty line of ``raw``, stripped.
        path: Where the text was read from, or ``None`` for in-memory text.
        language: Language declared by the sidecar ``metadata.csv`` (ISO 639-1,
            e.g. ``"nb"``), or ``None`` when unknown. Detection fills
            :attr:`PreparedDocument.language`.
        published: Publication date from the sidecar, when present.
        metadata: Every sidecar column for this document, verbatim.
        warnings: What was wrong with its sidecar row (a date that is not a date, an
            unknown language code, a duplicate id); shown in the summary and the report.
    """

    id: str
    raw: str
    title: str
    path: Path | None = None
    language: str | None = None
    published: _dt.date | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document with its character offsets into ``Document.raw``.

    Invariant: ``document.raw[start:end] == text``.
    """

    doc: str
    index: int
    start: int
    end: int
    text: str
    language: str

    @property
    def span(self) -> Span:
        return Span(self.doc, self.start, self.end)

    @property
    def reading(self) -> ReadingText:
        """The text to read: without NUL bytes, soft hyphens, zero-width and other
        invisible characters, with offsets back into :attr:`text` (see
        :mod:`translate.corpus.normalise`).

        Example:
            >>> s = Sentence("d", 0, 10, 23, "2\u00ad500 drept.", "nb")
            >>> r = s.reading
            >>> r.text, s.raw_span(0, 4)
            ('2500 drept.', (10, 15))
        """
        return reading_text(self.text)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in ``Document.raw`` of ``self.reading.text[start:end]``."""
        a, b = self.reading.span(start, end)
        return self.start + a, self.start + b


@dataclass(frozen=True)
class Removal:
    """A piece of raw text that cleaning removed, and the rule that removed it."""

    doc: str
    start: int
    end: int
    text: str
    rule: str
