"""Memory flat in the corpus size: the collector keeps no claim, grouping reads a spool,
and a large run's claims are read from claims.jsonl on demand."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

import translate
from translate.pipeline import SPOOL_FILE, run_to
from translate.stream.collect import Collector, FileSpool
from translate.stream.journal import JOURNAL_DIR
from translate.stream.local import WindowSettings
from translate.stream.rows import ClaimsFile, claim_from_row
from translate.stream.stages import (
    DocumentOutcome,
    finish_document,
    list_sources,
    prepare_documents,
    read_source,
)

pytestmark = pytest.mark.filterwarnings("ignore::translate.mt.LongInputWarning")

FILES = ("documents.jsonl", "sentences.jsonl", "claims.jsonl", "fidelity.jsonl",
         "stories.jsonl", "groups.jsonl")


def _report(path: Path) -> dict:
    data = json.loads(path.read_text("utf-8"))
    data.pop("created")
    return data


@pytest.fixture(scope="module")
def outcomes(seeds_dir: Path) -> list[DocumentOutcome]:
    """The seeds' outcomes, untranslated."""
    docs = [read_source(item) for item in list_sources(seeds_dir).items]
    return [finish_document(d, None) for d in prepare_documents(docs)]  # type: ignore[arg-type]


def _growth(collector: Collector, outcomes: list[DocumentOutcome], n: int) -> int:
    """Bytes still allocated after ``n`` documents went into ``collector``."""
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        for i in range(n):
            collector.add(outcomes[i % len(outcomes)])
        return tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()


def test_the_collector_keeps_no_claim_and_no_digest(outcomes: list[DocumentOutcome],
                                                    tmp_path: Path) -> None:
    per_doc = sum(len(o.claims) for o in outcomes) / len(outcomes)
    assert per_doc > 2  # the seeds have claims: holding them would show
    bare = Collector(keep=1)
    assert _growth(bare, outcomes, 2_000) < 20_000  # ~1 MB when claims and digests were kept
    assert bare.documents == 2_000 and len(bare.head) == 1
    assert bare.claims == sum(len(outcomes[i % 5].claims) for i in range(2_000))
    spool = FileSpool(tmp_path / "spool.pickle")
    spooled = Collector(keep=1, spool=spool)
    assert _growth(spooled, outcomes, 2_000) < 20_000  # the spool writes, it does not keep
    digests, claims = spooled.grouping_input()  # grouping reads everything back once
    assert len(digests) == 2_000 and len(claims) == spooled.claims
    assert claims[: len(outcomes[0].claims)] == list(outcomes[0].claims)
    assert [d.id for d in digests[:5]] == [o.id for o in outcomes]
    assert digests[1] == outcomes[1].digest(lead_chars=spooled.lead_chars)
    spool.close()
    assert not spool.path.exists()


def test_claims_read_back_from_the_file_equal_the_extracted_ones(
        outcomes: list[DocumentOutcome], tmp_path: Path) -> None:
    claims = [c for o in outcomes for c in o.claims]
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(json.dumps(c.to_dict()) + "\n" for c in claims), "utf-8")
    lazy = ClaimsFile(path, len(claims))
    assert len(lazy) == len(claims) and list(lazy) == claims and lazy == claims
    assert lazy[0] == claims[0] and lazy[-1] == claims[-1] and lazy[3] == claims[3]
    assert lazy[:4] == claims[:4] and lazy[2:9:3] == claims[2:9:3] and lazy[::-5] == claims[::-5]
    assert all(type(c.value) is float for c in lazy if c.value is not None)
    with pytest.raises(IndexError):
        lazy[len(claims)]
    row = dict(claims[0].to_dict(), unknown_key=1)  # a newer file: extra keys are skipped
    assert claim_from_row(row) == claims[0]


def test_a_large_run_reads_its_claims_from_the_file_with_the_tuple_api(
        seeds_dir: Path, tmp_path: Path) -> None:
    small = run_to(seeds_dir, tmp_path / "small", translate=False, progress=False,
                   html=False)
    large = run_to(seeds_dir, tmp_path / "large", translate=False, keep=2, progress=False)
    assert small.complete and isinstance(small.result.claims, tuple)
    assert not large.complete and isinstance(large.result.claims, ClaimsFile)
    assert large.result.claims == small.result.claims  # same claims, same order
    assert len(large.result.claims) == large.totals.claims == len(small.result.claims)
    rows = [json.loads(x) for x in (tmp_path / "large" / "claims.jsonl").read_text(
        "utf-8").splitlines()]
    assert [c.to_dict() for c in large.result.claims] == rows
    assert large.result.groups == small.result.groups  # grouping saw the same claims
    for name in ("stories.jsonl", "groups.jsonl"):
        assert (tmp_path / "large" / name).read_bytes() == (tmp_path / "small" / name
                                                            ).read_bytes()
    for out in ("small", "large"):  # the spool is gone once grouping is done
        assert not (tmp_path / out / JOURNAL_DIR / SPOOL_FILE).exists()
    assert "claims:" in large.summary(limit=3)


def test_an_interrupted_run_with_grouping_resumes_to_identical_groups(
        seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import translate.stream.collect as collect

    kw = {"translate": False, "progress": False, "window": WindowSettings(window_documents=2)}
    whole = run_to(seeds_dir, tmp_path / "whole", **kw)
    assert whole.result.groups
    real = collect.Collector.add

    def stopping(self, outcome, *, resumed=False):  # noqa: ANN001, ANN202
        if not resumed and self.documents == 3:
            raise KeyboardInterrupt  # after 3 documents were written and spooled
        return real(self, outcome, resumed=resumed)

    with monkeypatch.context() as m:
        m.setattr(collect.Collector, "add", stopping)
        with pytest.raises(KeyboardInterrupt):
            run_to(seeds_dir, tmp_path / "cut", **kw)
    assert not (tmp_path / "cut" / JOURNAL_DIR / SPOOL_FILE).exists()
    got = run_to(seeds_dir, tmp_path / "cut", **kw)
    assert got.timings is not None and got.timings.stages["prepare"].items == 2
    for name in FILES:
        assert (tmp_path / "cut" / name).read_bytes() == (tmp_path / "whole" / name
                                                          ).read_bytes(), name
    assert _report(tmp_path / "cut" / "report.json") == _report(
        tmp_path / "whole" / "report.json")


def test_run_keeps_everything_in_memory_as_before(seeds_dir: Path) -> None:
    result = translate.run(seeds_dir, translate=False, progress=False)
    assert isinstance(result.claims, tuple) and len(result.documents) == 5
    assert result.groups and {c for g in result.groups for c in g.claims} <= {
        c.id for c in result.claims}


def test_the_journal_keeps_this_runs_documents_on_disk_only(tmp_path: Path) -> None:
    from translate.stream.journal import RunJournal

    with RunJournal(tmp_path, key="k", files=()) as journal:
        for n in range(3):
            journal.record(f"d{n}", f"key{n}", None, {})
        assert journal.finished == {}  # not held in memory as the run goes
    with RunJournal(tmp_path, key="k", files=()) as journal:  # what a resumed run reads
        assert journal.finished == {"d0": "key0", "d1": "key1", "d2": "key2"}
        assert journal.is_finished("d1", "key1") and not journal.is_finished("d1", "other")
