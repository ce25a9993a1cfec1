"""Length-sorted batching by a token budget, with the input order restored."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TypeVar

__all__ = ["make_batches", "windowed"]

T = TypeVar("T")


def make_batches(
    lengths: Sequence[int], *, max_tokens: int, max_batch_size: int = 64
) -> list[list[int]]:
    """Group item indices into batches, longest first, by a padded-token budget.

    A batch's cost is ``len(batch) * longest_item``; a batch is closed before its cost
    would exceed ``max_tokens`` (one item longer than the budget still gets a batch of
    its own). Sorting by length keeps padding low.

    Args:
        lengths: Length in tokens of each item.
        max_tokens: Budget of padded tokens per batch.
        max_batch_size: Hard cap on items per batch.

    Returns:
        Lists of indices into ``lengths``; together they cover every index exactly once.
    """
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batches: list[list[int]] = []
    current: list[int] = []
    longest = 0
    for i in order:
        n = max(1, lengths[i])
        width = max(longest, n)
        if current and (width * (len(current) + 1) > max_tokens or len(current) >= max_batch_size):
            batches.append(current)
            current, width = [], n
        current.append(i)
        longest = width
    if current:
        batches.append(current)
    return batches


def windowed(
    items: Iterable[T],
    process: Callable[[list[T]], list[object]],
    *,
    window: int = 1024,
) -> Iterator[object]:
    """Stream ``items`` through ``process`` a window at a time, yielding in input order.

    ``process`` receives up to ``window`` items and must return one result per item, in
    the same order (it may sort internally).
    """
    it = iter(items)
    while chunk := list(islice(it, window)):
        yield from process(chunk)
