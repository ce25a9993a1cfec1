"""Relative similarity: ratio margin over k nearest neighbours (Artetxe & Schwenk, 2019).

Raw cosine is not comparable across sentences: multilingual-e5 puts unrelated pairs near
0.75. The ratio margin divides the cosine of a pair by the mean cosine of each side's
``k`` nearest neighbours in the other collection::

    margin(x, y) = cos(x, y) / ((mean_{z in NN_k(x)} cos(x, z) + mean_{z in NN_k(y)} cos(y, z)) / 2)

A margin above 1 means the pair is closer than each side's typical nearest neighbours.
"""

from __future__ import annotations

import numpy as np

__all__ = ["cosine_matrix", "knn_mean", "margin_matrix", "DEFAULT_K"]

DEFAULT_K = 4


def cosine_matrix(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Cosine similarities of L2-normalised rows: ``(n, d) x (m, d) -> (n, m)``."""
    return np.asarray(x @ y.T, dtype=np.float32)


def knn_mean(sim: np.ndarray, k: int = DEFAULT_K) -> np.ndarray:
    """Mean of the ``k`` largest values of each row of ``sim`` ``(n, m) -> (n,)``."""
    if sim.shape[1] == 0:
        return np.ones(sim.shape[0], dtype=np.float32)
    k = max(1, min(k, sim.shape[1]))
    part = np.partition(sim, sim.shape[1] - k, axis=1)[:, -k:]
    return part.mean(axis=1)


def margin_matrix(x: np.ndarray, y: np.ndarray, *, k: int = DEFAULT_K,
                  x_pool: np.ndarray | None = None,
                  y_pool: np.ndarray | None = None) -> np.ndarray:
    """Ratio-margin scores between every row of ``x`` and every row of ``y``.

    Args:
        x: ``(n, d)`` normalised vectors.
        y: ``(m, d)`` normalised vectors.
        k: Neighbours averaged on each side.
        x_pool: Candidates that ``x``'s neighbours are drawn from (default ``y``); add
            unrelated "background" sentences when ``y`` is tiny.
        y_pool: Candidates for ``y``'s neighbours (default ``x``).

    Returns:
        ``(n, m)`` float32 margins.
    """
    cos = cosine_matrix(x, y)
    kx = knn_mean(cosine_matrix(x, y if x_pool is None else x_pool), k)
    ky = knn_mean(cosine_matrix(y, x if y_pool is None else y_pool), k)
    return cos / np.maximum((kx[:, None] + ky[None, :]) / 2, 1e-6)
