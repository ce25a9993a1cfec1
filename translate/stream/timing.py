"""Where a streamed run's time goes: busy seconds and wall-clock span of each stage.

Every executor times its stage calls (:func:`stage_record`) and hands the records to a
:class:`StageClock`, which keeps one running aggregate per stage (memory does not grow
with the corpus). Stages: ``prepare`` (read, clean, detect, segment), ``load`` (building
the translator and loading its models), ``translate``, ``claims`` (claims and number
fidelity) and ``group`` (stories and claim groups, in the driver).

A stage's *span* runs from the start of its first call to the end of its last, on any
worker; its *busy* time is the sum of its calls; its *active* time is the wall time during
which at least one of its calls was running. With ``W`` workers translating at once, busy
time is up to ``W`` times the active time, and ``items / active`` is the stage's throughput
while it works, once its workers are loaded (model loading is the ``load`` stage, not
``translate``): in one process, where the stages take turns, the span would also count the
other stages' turns.
Records carry wall-clock times (``time.time()``), so spans across the processes of one
machine are comparable; across machines they are as good as the clocks.
"""

from __future__ import annotations

import bisect
import os
import socket
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

__all__ = ["StageRecord", "StageTiming", "RunTimings", "StageClock", "stage_record",
           "timed"]

STAGES = ("prepare", "load", "translate", "claims", "group")


@dataclass(frozen=True)
class StageRecord:
    """One timed call of a stage.

    Attributes:
        stage: ``prepare``, ``load``, ``translate``, ``claims`` or ``group``.
        worker: The process that ran it (``pid@host``).
        start: Wall-clock start (seconds since the epoch).
        end: Wall-clock end.
        items: Documents (``prepare``, ``claims``), translated sentences
            (``translate``), models (``load``) or claims (``group``) it handled.
        cpu: CPU seconds of its process during the call (all its threads).
    """

    stage: str
    worker: str
    start: float
    end: float
    items: int = 0
    cpu: float = 0.0


def _worker() -> str:
    return f"{os.getpid()}@{socket.gethostname()}"


def stage_record(stage: str, start: float, items: int = 0, cpu_start: float | None = None
                 ) -> StageRecord:
    """A record of ``stage`` that started at ``start`` (``time.time()``; ``cpu_start``:
    ``time.process_time()`` then) and ends now."""
    cpu = 0.0 if cpu_start is None else time.process_time() - cpu_start
    return StageRecord(stage, _worker(), start, time.time(), items, cpu)


@contextmanager
def timed(records: list[StageRecord], stage: str) -> Iterator[list[int]]:
    """Time a block as one call of ``stage``, appended to ``records`` when it ends.

    Yields a one-item list the block may set to the number of items it handled.

    Example:
        >>> records = []
        >>> with timed(records, "claims") as items:
        ...     items[0] = 3
        >>> records[0].stage, records[0].items
        ('claims', 3)
    """
    items = [0]
    start, cpu = time.time(), time.process_time()
    try:
        yield items
    finally:
        records.append(stage_record(stage, start, items[0], cpu))


@dataclass(frozen=True)
class StageTiming:
    """One stage over a whole run.

    Attributes:
        stage: The stage name.
        calls: How many calls were timed.
        busy: Seconds spent in its calls, summed over workers.
        active: Wall-clock seconds during which at least one of its calls ran.
        cpu: CPU seconds of the processes during its calls, summed (busy minus cpu is
            time spent waiting, for example for a core another process holds).
        first: Wall-clock start of its first call.
        last: Wall-clock end of its last call.
        items: Items handled (see :class:`StageRecord`).
        workers: Distinct processes that ran it.
    """

    stage: str
    calls: int
    busy: float
    active: float
    cpu: float
    first: float
    last: float
    items: int
    workers: int

    @property
    def span(self) -> float:
        """Seconds from the start of the first call to the end of the last."""
        return max(0.0, self.last - self.first)

    @property
    def rate(self) -> float:
        """Items per second of active time (0 when it is empty)."""
        return self.items / self.active if self.active > 0 else 0.0

    @property
    def parallelism(self) -> float:
        """Busy over active time: how many calls ran at once, on average."""
        return self.busy / self.active if self.active > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"stage": self.stage, "calls": self.calls, "busy_s": round(self.busy, 3),
                "active_s": round(self.active, 3), "cpu_s": round(self.cpu, 3),
                "span_s": round(self.span, 3),
                "items": self.items, "workers": self.workers,
                "items_per_s": round(self.rate, 3), "parallelism": round(self.parallelism, 2)}


@dataclass(frozen=True)
class RunTimings:
    """The stages of one run, with the run's own start and end (wall clock).

    Attributes:
        started: When the run started (before listing the corpus).
        finished: When every document was finished (before grouping).
        stages: Per stage name, its :class:`StageTiming` (stages that never ran are absent).
    """

    started: float
    finished: float
    stages: dict[str, StageTiming] = field(default_factory=dict)

    @property
    def seconds(self) -> float:
        return max(0.0, self.finished - self.started)

    def until(self, stage: str) -> float | None:
        """Seconds from the run's start to the first call of ``stage`` (``None``: never
        ran): for ``translate``, the start-up cost (executor, workers, models)."""
        st = self.stages.get(stage)
        return None if st is None else max(0.0, st.first - self.started)

    def to_dict(self) -> dict[str, Any]:
        return {"seconds": round(self.seconds, 3),
                "stages": [s.to_dict() for s in self.stages.values()]}

    def __str__(self) -> str:
        lines = [f"{'stage':<10} {'calls':>6} {'workers':>7} {'busy s':>8} {'cpu s':>8} "
                 f"{'active s':>8} {'span s':>8} {'items':>8} {'items/s':>9}"]
        for s in self.stages.values():
            lines.append(f"{s.stage:<10} {s.calls:>6} {s.workers:>7} {s.busy:>8.1f} "
                         f"{s.cpu:>8.1f} {s.active:>8.1f} {s.span:>8.1f} {s.items:>8} "
                         f"{s.rate:>9.1f}")
        return "\n".join(lines)


class StageClock:
    """Aggregates :class:`StageRecord` s into one :class:`StageTiming` per stage."""

    def __init__(self) -> None:
        self.started = time.time()
        self._agg: dict[str, list[Any]] = {}
        self._workers: dict[str, set[str]] = {}
        self._intervals: dict[str, list[list[float]]] = {}  # disjoint, sorted, merged

    def _cover(self, stage: str, start: float, end: float) -> None:
        """Add ``[start, end]`` to the stage's union of intervals (a busy stage keeps one
        interval; memory grows only with its idle gaps)."""
        spans = self._intervals.setdefault(stage, [])
        i = bisect.bisect_left(spans, [start, start])
        if i > 0 and spans[i - 1][1] >= start:
            i -= 1
        j = i
        while j < len(spans) and spans[j][0] <= end:
            start, end = min(start, spans[j][0]), max(end, spans[j][1])
            j += 1
        spans[i:j] = [[start, end]]

    def add(self, records: Iterable[StageRecord]) -> None:
        """Take the records of some stage calls (from any worker, in any order)."""
        for r in records:
            self._cover(r.stage, r.start, max(r.start, r.end))
            agg = self._agg.get(r.stage)
            if agg is None:
                self._agg[r.stage] = [1, r.end - r.start, r.start, r.end, r.items, r.cpu]
                self._workers[r.stage] = {r.worker}
                continue
            agg[0] += 1
            agg[1] += r.end - r.start
            agg[2] = min(agg[2], r.start)
            agg[3] = max(agg[3], r.end)
            agg[4] += r.items
            agg[5] += r.cpu
            self._workers[r.stage].add(r.worker)

    def result(self) -> RunTimings:
        """The timings so far (the run's end is now)."""
        order = {s: i for i, s in enumerate(STAGES)}
        stages = {name: StageTiming(name, a[0], a[1],
                                    sum(e - s for s, e in self._intervals[name]), a[5],
                                    a[2], a[3], a[4], len(self._workers[name]))
                  for name, a in sorted(self._agg.items(),
                                        key=lambda kv: order.get(kv[0], len(order)))}
        return RunTimings(self.started, time.time(), stages)
