"""Verdicts for a group of linked claims, from the claims' hedge bounds and publication dates.

Fixed vocabulary (:data:`VERDICTS`):

* ``agree`` — every pair of values overlaps once hedges are applied ("nearly 3,000"
  [2,700, 3,000] ~ "about 3,000" [2,700, 3,300] ~ "up to 3,500" [–, 3,500]).
* ``conflict`` — some values cannot both be true, and the documents were published close
  together (or their dates are unknown, which the reason says).
* ``differ_over_time`` — values incompatible, documents published ``gap_days`` or more apart.
* ``single`` — no other source reports it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence

from translate.claims.types import Claim

__all__ = ["VERDICTS", "compatible", "describe", "decide"]

VERDICTS: tuple[str, ...] = ("agree", "conflict", "differ_over_time", "single")


def compatible(a: Claim, b: Claim) -> bool:
    """True when the hedged intervals ``[low, high]`` of two claims overlap (None = open)."""
    lo_a = a.low if a.low is not None else float("-inf")
    hi_a = a.high if a.high is not None else float("inf")
    lo_b = b.low if b.low is not None else float("-inf")
    hi_b = b.high if b.high is not None else float("inf")
    return lo_a <= hi_b and lo_b <= hi_a


def _n(x: float | None) -> str:
    return "?" if x is None else f"{x:,.0f}"


def describe(c: Claim) -> str:
    """Short English description of a claim's value: ``"up to 3,500 (upper bound)"``."""
    if c.hedge == "vague":
        return f"'{c.quote}' ({_n(c.low)}–{_n(c.high)})"
    if c.hedge == "at_most":
        return f"up to {_n(c.value)} (an upper bound)"
    if c.hedge == "at_least":
        return f"more than {_n(c.value)} (a lower bound)"
    if c.hedge == "approx":
        return f"~{_n(c.value)} ({_n(c.low)}–{_n(c.high)})"
    return _n(c.value)


def _date(c: Claim, dates: Mapping[str, _dt.date | None]) -> _dt.date | None:
    return dates.get(c.doc)


def decide(claims: Sequence[Claim], dates: Mapping[str, _dt.date | None], *,
           gap_days: int = 30) -> tuple[str, str]:
    """Verdict and one-line reason for a group of claims.

    Args:
        claims: The group's claims (at least one).
        dates: Publication date per document id (missing or ``None`` = unknown).
        gap_days: Documents this many days apart or more may report different values
            because the quantity changed.

    Returns:
        ``(verdict, reason)`` with verdict in :data:`VERDICTS`.
    """
    if len({c.doc for c in claims}) < 2 and len(claims) < 2:
        return "single", f"only {claims[0].doc} reports {describe(claims[0])} {claims[0].category}"
    bad = [(a, b) for i, a in enumerate(claims) for b in claims[i + 1:] if not compatible(a, b)]
    if not bad:
        lows = [c.low for c in claims if c.low is not None]
        highs = [c.high for c in claims if c.high is not None]
        lo = max(lows) if lows else None
        hi = min(highs) if highs else None
        seen: dict[str, int] = {}
        for c in claims:
            seen[describe(c)] = seen.get(describe(c), 0) + 1
        values = "; ".join(d + (f" ×{n}" if n > 1 else "") for d, n in seen.items())
        return "agree", f"{values} — overlap in [{_n(lo)}, {_n(hi)}]"
    unknown, close, apart = [], [], []
    for a, b in bad:
        da, db = _date(a, dates), _date(b, dates)
        if da is None or db is None:
            unknown.append((a, b))
        elif abs((da - db).days) >= gap_days:
            apart.append((a, b, abs((da - db).days)))
        else:
            close.append((a, b))
    if close or unknown:
        a, b = (close or unknown)[0]
        why = f"{describe(a)} ({a.doc}) vs {describe(b)} ({b.doc}) cannot both hold"
        if close:
            why += f"; published {_dates(a, b, dates)}"
        else:
            why += "; publication date unknown, so a change over time cannot be ruled out"
        return "conflict", why
    a, b, days = apart[0]
    return "differ_over_time", (
        f"{describe(a)} ({a.doc}) vs {describe(b)} ({b.doc}) differ, but the documents were "
        f"published {days} days apart ({_dates(a, b, dates)})")


def _dates(a: Claim, b: Claim, dates: Mapping[str, _dt.date | None]) -> str:
    da, db = _date(a, dates), _date(b, dates)
    return f"{da.isoformat() if da else '?'} and {db.isoformat() if db else '?'}"
