"""Progress bars for the long stages of a run (hidden with ``progress=False``/``--quiet``)."""

from __future__ import annotations

from typing import Any

__all__ = ["Bars"]

_LABELS = {
    "read": ("load", "doc"),
    "prepare": ("prepare", "doc"),
    "translate": ("translate", "sent"),
    "claims": ("claims", "doc"),
    "group": ("group", "step"),
}


class Bars:
    """One tqdm bar per stage, created on first use.

    Args:
        enabled: Show bars (on stderr).
        total: Documents in the corpus, when known (the total of the document stages).
    """

    def __init__(self, *, enabled: bool, total: int | None = None) -> None:
        self.enabled = enabled
        self.total = total
        self._bars: dict[str, Any] = {}

    def _bar(self, stage: str) -> Any:
        if stage not in self._bars:
            from tqdm.auto import tqdm

            desc, unit = _LABELS[stage]
            total = self.total if unit == "doc" else None
            self._bars[stage] = tqdm(total=total, desc=desc, unit=unit,
                                     position=len(self._bars), leave=True, dynamic_ncols=True)
        return self._bars[stage]

    def update(self, stage: str, n: int = 1) -> None:
        """Advance ``stage`` by ``n``."""
        if self.enabled and n:
            self._bar(stage).update(n)

    def set_total(self, stage: str, total: int) -> None:
        """Give ``stage`` a total (grouping's number of steps)."""
        if self.enabled:
            bar = self._bar(stage)
            bar.total = total
            bar.refresh()

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()
        self._bars.clear()

    def __enter__(self) -> Bars:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
