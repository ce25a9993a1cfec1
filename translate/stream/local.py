"""The single-process executor: documents stream through the stages in windows.

Documents are read one by one and gathered into a window (``window_chars`` of raw text
or ``window_documents`` documents, whichever comes first; a longer document is a window
of its own); each window is prepared (language detection in one call), translated (the
sentences of all its documents in one language batched together by the model's token
budget) and finished (claims, fidelity), and its outcomes go to the collector in corpus
order. Memory holds one window and the models, not the corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from translate.corpus.document import Document
from translate.corpus.loader import LoadProblem
from translate.stream.progress import Bars
from translate.stream.stages import (
    DocumentOutcome,
    Source,
    finish_document,
    prepare_documents,
    read_source,
    translate_documents,
)

if TYPE_CHECKING:
    from translate.mt.translator import ModelStatus, Translator

__all__ = ["WindowSettings", "stream_documents", "windows"]


@dataclass(frozen=True)
class WindowSettings:
    """How many documents go through the stages together.

    Attributes:
        window_chars: Raw characters per window (default 400,000: a few thousand
            sentences, enough for full translation batches).
        window_documents: Documents per window at most (default 512).
    """

    window_chars: int = 400_000
    window_documents: int = 512

    def __post_init__(self) -> None:
        if self.window_chars < 1 or self.window_documents < 1:
            raise ValueError("window_chars and window_documents must be at least 1")


def windows(docs: Iterator[Document], settings: WindowSettings) -> Iterator[list[Document]]:
    """Group documents into windows of at most ``window_chars`` / ``window_documents``."""
    window: list[Document] = []
    size = 0
    for doc in docs:
        if window and (size + len(doc.raw) > settings.window_chars
                       or len(window) >= settings.window_documents):
            yield window
            window, size = [], 0
        window.append(doc)
        size += len(doc.raw)
    if window:
        yield window


def stream_documents(
    items: Iterator[Source],
    *,
    encoding: str,
    translator: Callable[[], Translator] | None,
    require_models: bool,
    settings: WindowSettings,
    bars: Bars,
    on_statuses: Callable[[dict[str, ModelStatus]], Any],
) -> Iterator[DocumentOutcome | LoadProblem]:
    """Read, prepare, translate and finish documents in windows, in corpus order.

    Args:
        items: What to read (documents finished by an earlier run left out).
        encoding: Text encoding of the files.
        translator: Makes the translator when the first window needs one (``None``: no
            translation).
        require_models: Raise when a non-English language has no usable model.
        settings: Window sizes.
        bars: Progress bars.
        on_statuses: Called with each window's model statuses.

    Yields:
        One outcome per document, or the problem of an unreadable file, in corpus order.
    """
    problems: list[LoadProblem] = []

    def read() -> Iterator[Document]:
        for item in items:
            got = read_source(item, encoding=encoding)
            bars.update("read")
            if isinstance(got, LoadProblem):
                problems.append(got)
            else:
                yield got

    made: list[Translator] = []
    for window in windows(read(), settings):
        yield from problems
        problems.clear()
        prepared = prepare_documents(window)
        bars.update("prepare", len(prepared))
        translations: dict[str, Any] = {}
        if translator is not None and any(d.language not in (None, "en") for d in prepared):
            if not made:
                made.append(translator())
            translations, statuses = translate_documents(prepared, made[0],
                                                         require_models=require_models)
            on_statuses(statuses)
            bars.update("translate", sum(len(t.sentences) for t in translations.values()))
        for doc in prepared:
            yield finish_document(doc, translations.get(doc.id))
            bars.update("claims")
    yield from problems
