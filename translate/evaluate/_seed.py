"""Pass an explicit seed to sacrebleu's resampling code.

sacrebleu's bootstrap (``significance._bootstrap_resample``) and ``PairedTest``
read their seed from the ``SACREBLEU_SEED`` environment variable (default
``12345``, ``"none"`` for an unseeded generator) instead of an argument. To keep
this package's API explicit we set the variable only for the duration of the
call, under a lock, and restore the previous value afterwards.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["DEFAULT_SEED", "check_seed", "sacrebleu_seed"]

#: sacrebleu's own default seed, so results match ``python -m sacrebleu`` out of the box.
DEFAULT_SEED = 12345

_ENV = "SACREBLEU_SEED"
_LOCK = threading.Lock()


def check_seed(seed: int | None) -> None:
    """Reject seeds sacrebleu would silently treat differently.

    Args:
        seed: A non-negative integer, or ``None`` for an unseeded generator.

    Raises:
        ValueError: For ``0`` (``PairedTest`` treats a falsy seed as "no seed", so
            results would not be reproducible) or a negative seed.
    """
    if seed is None:
        return
    if seed == 0:
        raise ValueError(
            "seed=0 is treated by sacrebleu's PairedTest as 'no seed' (results would not be "
            "reproducible); use a positive seed, or None for an explicitly unseeded run"
        )
    if seed < 0:
        raise ValueError(f"seed must be a positive integer or None, got {seed}")


@contextmanager
def sacrebleu_seed(seed: int | None) -> Iterator[None]:
    """Make sacrebleu's resampling use ``seed`` inside the ``with`` block.

    Args:
        seed: The seed, or ``None`` for an unseeded generator.

    Yields:
        Nothing; the environment is restored on exit.
    """
    check_seed(seed)
    value = "none" if seed is None else str(seed)
    with _LOCK:
        previous = os.environ.get(_ENV)
        os.environ[_ENV] = value
        try:
            yield
        finally:
            if previous is None:
                os.environ.pop(_ENV, None)
            else:
                os.environ[_ENV] = previous
