"""The Ray executor's stage functions and resource plan, without starting Ray."""

from __future__ import annotations

import pickle
from pathlib import Path
from types import SimpleNamespace

import pytest

from translate.stream.ray_data import (
    ACTOR_THREADS,
    TASK_CPUS,
    StageActor,
    _rows,
    _times,
    _values,
    _workers_and_resources,
)
from translate.stream.stages import list_sources


def _ray(**resources: float) -> SimpleNamespace:
    return SimpleNamespace(cluster_resources=lambda: resources)


@pytest.mark.parametrize(
    ("resources", "workers", "expected"),
    [({"CPU": 2.0}, None, (2, 0.75, 0.0, 1)),  # one actor per CPU, room for 2 stage actors
     ({"CPU": 2.0}, 1, (1, 1.0, 0.0, 1)),  # one worker: one core, one thread
     ({"CPU": 16.0}, 4, (4, 1.0, 0.0, 1)),
     ({"CPU": 1.0}, None, (1, 0.5, 0.0, 1)),
     ({"CPU": 8.0, "GPU": 2.0}, None, (2, 1.0, 1.0, 0))],  # one per GPU, threads as they are
    ids=["2cpu-default", "2cpu-1", "16cpu-4", "1cpu", "2gpu"],
)
def test_translation_actors_get_one_thread_and_leave_room_for_the_stage_actors(
        resources: dict[str, float], workers: int | None,
        expected: tuple[int, float, float, int]) -> None:
    got = _workers_and_resources(_ray(**resources), workers)
    assert got == pytest.approx(expected)
    n, cpus, gpus, _ = got
    if not gpus:
        assert n * cpus + 2 * TASK_CPUS <= resources["CPU"] + 1e-9
    assert ACTOR_THREADS == 1


def test_stage_actors_run_the_stages_and_carry_their_timings(seeds_dir: Path) -> None:
    items = list(list_sources(seeds_dir).items)[:2]
    rows = _rows([items], [7])
    assert _times(rows) == [[]]
    prepared = StageActor(stage="prepare")(rows)
    ns, [window] = _values(prepared)
    assert ns == [7] and [v[0] for v in window] == ["doc", "doc"]
    finished = StageActor(stage="claims")(prepared)  # no translation: claims of the source
    _, [done] = _values(finished)
    outcomes = [v[1] for v in done]
    assert [o.id for o in outcomes] == [i.id for i in items]
    assert all(o.claims for o in outcomes)
    [records] = _times(finished)
    assert [(r.stage, r.items) for r in records] == [("prepare", 2), ("claims", 2)]
    assert pickle.loads(pickle.dumps(records)) == records  # rows carry plain values
    with pytest.raises(ValueError, match="'prepare' or 'claims'"):
        StageActor(stage="translate")
