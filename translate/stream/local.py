"""The single-process executor: documents stream through the stages in windows.

The corpus is cut into windows before anything is read (:func:`plan_windows`:
``window_documents`` documents or ``window_chars`` bytes of text, whichever comes first; a
longer document is a window of its own). Each window is read, prepared (language detection
in one call), translated (the sentences of all its documents in one language batched
together by the model's token budget) and finished (claims, fidelity), and its outcomes go
to the collector in corpus order. Memory holds one window and the models, not the corpus.

Every executor uses the same windows, so the same sentences share translation batches and
the outputs are identical (batch composition can change a model's last digits).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from translate.corpus.document import Document
from translate.corpus.loader import LoadProblem
from translate.stream.progress import Bars
from translate.stream.stages import (
    DocumentOutcome,
    Source,
    finish_document,
    load_models,
    prepare_documents,
    read_source,
    translate_documents,
)
from translate.stream.timing import StageRecord, timed

if TYPE_CHECKING:
    from translate.mt.translator import ModelStatus, Translator

__all__ = ["WindowSettings", "plan_windows", "process_window", "stream_documents"]


@dataclass(frozen=True)
class WindowSettings:
    """How many documents go through the stages together.

    Attributes:
        window_chars: Bytes of text per window (default 400,000: a few thousand
            sentences, enough for full translation batches).
        window_documents: Documents per window at most (default 32: a window is also the
            unit of work a Ray task or actor takes, so a corpus of 200 articles makes 7
            windows and two actors finish within a window of each other, where 64 made 4
            and left one actor idle for a quarter of the run; 32 short articles still
            fill several translation batches per language).
    """

    window_chars: int = 400_000
    window_documents: int = 32

    def __post_init__(self) -> None:
        if self.window_chars < 1 or self.window_documents < 1:
            raise ValueError("window_chars and window_documents must be at least 1")


def plan_windows(items: Sequence[Source], settings: WindowSettings) -> list[list[Source]]:
    """Cut the corpus into windows of at most ``window_documents`` documents and
    ``window_chars`` bytes (:attr:`Source.size`), in corpus order."""
    out: list[list[Source]] = []
    window: list[Source] = []
    size = 0
    for item in items:
        if window and (size + item.size > settings.window_chars
                       or len(window) >= settings.window_documents):
            out.append(window)
            window, size = [], 0
        window.append(item)
        size += item.size
    if window:
        out.append(window)
    return out


def process_window(
    items: Sequence[Source],
    *,
    encoding: str,
    translator: Callable[[], Translator] | None,
    require_models: bool,
    bars: Bars | None = None,
    records: list[StageRecord] | None = None,
) -> tuple[list[DocumentOutcome | LoadProblem], dict[str, ModelStatus]]:
    """Read, prepare, translate and finish one window (any engine may call this).

    Args:
        items: The window.
        encoding: Text encoding of the files.
        translator: Gives the translator (called only when the window has a non-English
            document); ``None``: no translation.
        require_models: Raise when a non-English language has no usable model.
        bars: Progress bars to advance.
        records: Where to append the stage timings of this window
            (:mod:`translate.stream.timing`); ``None``: not timed.

    Returns:
        ``(outcomes and problems in corpus order, model statuses of the window)``.
    """
    times: list[StageRecord] = [] if records is None else records
    read: list[Document | LoadProblem] = []
    with timed(times, "prepare") as count:
        for item in items:
            read.append(read_source(item, encoding=encoding))
            if bars is not None:
                bars.update("read")
        prepared = iter(prepare_documents([d for d in read if isinstance(d, Document)]))
        docs = [d if isinstance(d, LoadProblem) else next(prepared) for d in read]
        ready = [d for d in docs if not isinstance(d, LoadProblem)]
        count[0] = len(ready)
    if bars is not None:
        bars.update("prepare", len(ready))
    translations: dict[str, Any] = {}
    statuses: dict[str, ModelStatus] = {}
    if translator is not None and any(d.language not in (None, "en") for d in ready):
        with timed(times, "load") as count:  # once per model: later windows take ~0 s
            tr = translator()
            count[0] = len(load_models(ready, tr))
        with timed(times, "translate") as count:
            translations, statuses = translate_documents(ready, tr,
                                                         require_models=require_models)
            count[0] = sum(len(t.sentences) for t in translations.values())
        if bars is not None:
            bars.update("translate", count[0])
    out: list[DocumentOutcome | LoadProblem] = []
    with timed(times, "claims") as count:
        for d in docs:
            out.append(d if isinstance(d, LoadProblem) else finish_document(
                d, translations.get(d.id)))
            if bars is not None and not isinstance(d, LoadProblem):
                bars.update("claims")
        count[0] = len(ready)
    return out, statuses


def stream_documents(
    windows: Iterable[Sequence[Source]],
    *,
    encoding: str,
    translator: Callable[[], Translator] | None,
    require_models: bool,
    bars: Bars,
    on_statuses: Callable[[dict[str, ModelStatus]], Any],
    on_times: Callable[[list[StageRecord]], Any] | None = None,
) -> Iterator[DocumentOutcome | LoadProblem]:
    """Process windows one after the other in this process, yielding in corpus order.

    Args:
        windows: From :func:`plan_windows` (documents finished by an earlier run left
            out).
        encoding: Text encoding of the files.
        translator: Makes the translator when the first window needs one (``None``: no
            translation); it is made once.
        require_models: Raise when a non-English language has no usable model.
        bars: Progress bars.
        on_statuses: Called with each window's model statuses.
        on_times: Called with each window's stage timings.
    """
    made: list[Translator] = []

    def once() -> Translator:
        if not made:
            assert translator is not None
            made.append(translator())
        return made[0]

    for window in windows:
        records: list[StageRecord] = []
        out, statuses = process_window(window, encoding=encoding,
                                       translator=once if translator else None,
                                       require_models=require_models, bars=bars,
                                       records=records)
        on_statuses(statuses)
        if on_times is not None:
            on_times(records)
        yield from out
