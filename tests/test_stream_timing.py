"""Stage timings: busy time, wall span and throughput per stage, across workers."""

from __future__ import annotations

import pytest

from translate.stream.timing import StageClock, StageRecord, timed


def _clock(*records: StageRecord) -> StageClock:
    clock = StageClock()
    clock.started = 100.0
    clock.add(records)
    return clock


def test_two_workers_overlapping_give_a_span_shorter_than_the_busy_time() -> None:
    got = _clock(StageRecord("translate", "1@h", 110.0, 120.0, 100),
                 StageRecord("translate", "2@h", 111.0, 121.0, 100),
                 StageRecord("translate", "1@h", 120.0, 125.0, 50)).result()
    st = got.stages["translate"]
    assert (st.calls, st.workers, st.items) == (3, 2, 250)
    assert st.busy == pytest.approx(25.0) and st.span == pytest.approx(15.0)
    assert st.active == pytest.approx(15.0) and st.parallelism == pytest.approx(25 / 15)
    assert st.rate == pytest.approx(250 / 15)
    assert got.until("translate") == pytest.approx(10.0)  # the start-up
    assert got.until("group") is None


def test_active_time_leaves_out_the_other_stages_turns() -> None:
    # one process: translate, then claims, then translate again; calls arrive out of order
    got = _clock(StageRecord("translate", "1@h", 130.0, 140.0, 100),
                 StageRecord("translate", "1@h", 110.0, 120.0, 100),
                 StageRecord("claims", "1@h", 120.0, 130.0, 10),
                 StageRecord("translate", "1@h", 112.0, 115.0, 0)).result()
    st = got.stages["translate"]
    assert st.span == pytest.approx(30.0) and st.active == pytest.approx(20.0)
    assert st.rate == pytest.approx(10.0)
    clock = _clock(StageRecord("translate", "1@h", 1.0, 2.0), StageRecord("translate",
                   "2@h", 3.0, 4.0), StageRecord("translate", "3@h", 1.5, 3.5))
    assert clock.result().stages["translate"].active == pytest.approx(3.0)  # merged


def test_stages_come_in_pipeline_order_and_print_as_a_table() -> None:
    got = _clock(StageRecord("claims", "1@h", 103.0, 104.0, 2),
                 StageRecord("prepare", "1@h", 101.0, 102.0, 2)).result()
    assert list(got.stages) == ["prepare", "claims"]
    text = str(got)
    assert text.splitlines()[0].split()[:3] == ["stage", "calls", "workers"]
    assert [d["stage"] for d in got.to_dict()["stages"]] == ["prepare", "claims"]
    assert got.stages["prepare"].to_dict()["items_per_s"] == 2.0


def test_an_empty_span_has_no_rate_and_a_failing_block_is_still_timed() -> None:
    records: list[StageRecord] = []
    with pytest.raises(RuntimeError), timed(records, "prepare") as items:
        items[0] = 4
        raise RuntimeError("boom")
    assert [(r.stage, r.items) for r in records] == [("prepare", 4)]
    assert records[0].end >= records[0].start
    with timed(records, "claims"):
        sum(i * i for i in range(300_000))  # CPU work is counted
    assert records[1].cpu > 0
    assert _clock(*records).result().stages["claims"].cpu == records[1].cpu
    st = _clock(StageRecord("load", "1@h", 5.0, 5.0, 1)).result().stages["load"]
    assert st.span == 0.0 and st.rate == 0.0
