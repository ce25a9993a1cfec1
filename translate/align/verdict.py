"""Verdicts for a group of linked claims, from hedge bounds, publication dates and scope.

Fixed vocabulary (:data:`VERDICTS`). Only pairs of claims from **different documents**
count, and the ``from`` end of a stated change ("from 3,000 to 2,500") is left out:

* ``agree`` — every such pair overlaps once hedges are applied ("nearly 3,000"
  [2,700, 3,000] ~ "about 3,000" [2,700, 3,300] ~ "up to 3,500" [–, 3,500]).
* ``conflict`` — values that cannot both hold, all published less than the scope's
  ``gap_days`` apart (or a date is unknown, which the reason says).
* ``differ_over_time`` — incompatible values published ``gap_days`` or more apart (a toll
  being updated); the reason gives the direction (rose / fell) and the dates. With
  ``same_time_conflict`` two reports of one time that cannot both hold make the group a
  ``conflict`` even then (the reason gives the change too); without it they are named in
  the reason.
* ``single`` — fewer than two documents report it (two claims of one article never make a
  cross-source verdict).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence

from translate.claims.types import Claim

__all__ = ["VERDICTS", "compatible", "describe", "decide"]

VERDICTS: tuple[str, ...] = ("agree", "conflict", "differ_over_time", "single")


def compatible(a: Claim, b: Claim, *, open_ratio: float = 0.0) -> bool:
    """True when the hedged intervals ``[low, high]`` of two claims overlap (None = open).

    With ``open_ratio`` > 0 an open bound is read as a near one: "at least N" as
    ``[N, N × open_ratio]``, "at most N" as ``[N / open_ratio, N]`` ("more than 5,000"
    and "more than 21,000" then differ).
    """
    def span(c: Claim) -> tuple[float, float]:
        lo = c.low if c.low is not None else float("-inf")
        hi = c.high if c.high is not None else float("inf")
        if open_ratio > 0 and c.low is not None and c.high is None:
            hi = c.low * open_ratio
        if open_ratio > 0 and c.high is not None and c.low is None:
            lo = c.high / open_ratio
        return lo, hi

    (lo_a, hi_a), (lo_b, hi_b) = span(a), span(b)
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


def _who(c: Claim) -> str:
    """The document of a claim, and who gives the figure when its sentence says so:
    ``"da1, per politiet"`` (rival sources are named in a conflict's reason)."""
    who = getattr(c, "attribution", None)
    return f"{c.doc}, per {who}" if who else c.doc


def _mid(c: Claim) -> float:
    if c.value is not None:
        return c.value
    if c.low is not None and c.high is not None:
        return (c.low + c.high) / 2
    return c.low if c.low is not None else (c.high or 0.0)


def decide(claims: Sequence[Claim], dates: Mapping[str, _dt.date | None], *,
           gap_days: int = 1, open_ratio: float = 0.0,
           same_time_conflict: bool = False,
           apart_open_ratio: float | None = None) -> tuple[str, str]:
    """Verdict and one-line reason for a group of claims.

    Args:
        claims: The group's claims (at least one).
        dates: Publication date per document id (missing or ``None`` = unknown).
        gap_days: Documents this many days apart or more may report different values
            because the quantity changed (per scope, from
            :attr:`~translate.align.config.LinkingConfig.gap_days`).
        open_ratio: Read open bounds as near ones (:func:`compatible`); 0 = plain
            intervals.
        same_time_conflict: Two reports less than ``gap_days`` apart that cannot both
            hold make the group a ``conflict`` even when its figure also changed over the
            days (the reason then gives the change too).
        apart_open_ratio: For two reports ``gap_days`` or more apart, read open bounds
            with this ratio instead (1.0: "more than 1,300" is the count of its day, so
            1,500 a week later is a change over time, not agreement); ``None``: as
            ``open_ratio``. For running totals, whose bounds are the day's count.

    Returns:
        ``(verdict, reason)`` with verdict in :data:`VERDICTS`.
    """
    docs = sorted({c.doc for c in claims})
    if len(docs) < 2:
        c = claims[0]
        if len(claims) == 1:
            return "single", f"only {c.doc} reports {describe(c)} {c.category}"
        return "single", (f"only {c.doc} reports it ({len(claims)} mentions in one "
                          "document; no cross-source verdict)")
    used = [c for c in claims if c.direction != "from" and getattr(c, "role", None) != "from"]
    if len({c.doc for c in used}) < 2:
        return "single", ("only one document reports its current value (the others give "
                          "the start of a stated change)")
    pairs = [(a, b) for i, a in enumerate(used) for b in used[i + 1:] if a.doc != b.doc]

    def days_apart(a: Claim, b: Claim) -> bool:
        da, db = dates.get(a.doc), dates.get(b.doc)
        return da is not None and db is not None and abs((da - db).days) >= gap_days

    bad = [(a, b) for a, b in pairs if not compatible(a, b, open_ratio=open_ratio) or (
        apart_open_ratio is not None and days_apart(a, b)
        and not compatible(a, b, open_ratio=apart_open_ratio))]
    if not bad:
        lows = [c.low for c in used if c.low is not None]
        highs = [c.high for c in used if c.high is not None]
        lo = max(lows) if lows else None
        hi = min(highs) if highs else None
        seen: dict[str, int] = {}
        for c in used:
            seen[describe(c)] = seen.get(describe(c), 0) + 1
        values = "; ".join(d + (f" ×{n}" if n > 1 else "") for d, n in seen.items())
        return "agree", f"{values} in {len(docs)} documents — overlap in [{_n(lo)}, {_n(hi)}]"
    unknown, close, apart = [], [], []
    for a, b in bad:
        da, db = dates.get(a.doc), dates.get(b.doc)
        if da is None or db is None:
            unknown.append((a, b))
        elif abs((da - db).days) >= gap_days:
            apart.append((a, b))
        else:
            close.append((a, b))
    if apart and close and not unknown and same_time_conflict:
        # Reports of one time that cannot both hold: a conflict, whatever happened later.
        a, b = close[0]
        return "conflict", (f"{describe(a)} ({_who(a)}) vs {describe(b)} ({_who(b)}) cannot "
                            f"both hold; published {_dates(a, b, dates)}; over the days it "
                            + _over_time(used, dates))
    if apart and not unknown:
        # The values changed over the days between reports: a toll being updated. Reports
        # of the same day that differ are then updates too; the reason says so.
        why = _over_time(used, dates)
        if close:
            a, b = close[0]
            why += f"; on {_dates(a, b, dates).split(' and ')[0]} already {describe(a)} " \
                   f"({_who(a)}) vs {describe(b)} ({_who(b)})"
        return "differ_over_time", why
    if close or unknown:
        a, b = (close or unknown)[0]
        why = f"{describe(a)} ({_who(a)}) vs {describe(b)} ({_who(b)}) cannot both hold"
        if close:
            why += f"; published {_dates(a, b, dates)}"
        else:
            why += "; publication date unknown, so a change over time cannot be ruled out"
        return "conflict", why
    return "differ_over_time", _over_time(used, dates)  # pragma: no cover - handled above


def _over_time(claims: Sequence[Claim], dates: Mapping[str, _dt.date | None]) -> str:
    dated = sorted((c for c in claims if dates.get(c.doc) is not None),
                   key=lambda c: (dates[c.doc], _mid(c)))
    first, last = dated[0], dated[-1]
    d0, d1 = dates[first.doc], dates[last.doc]
    assert d0 is not None and d1 is not None
    trend = "rose" if _mid(last) > _mid(first) else "fell" if _mid(last) < _mid(first) else \
        "changed"
    steps = " → ".join(f"{describe(c)} ({dates[c.doc].isoformat()}, {c.doc})"  # type: ignore[union-attr]
                       for c in dated)
    return (f"{trend} from {describe(first)} on {d0.isoformat()} to {describe(last)} on "
            f"{d1.isoformat()} ({(d1 - d0).days} days): {steps}")


def _dates(a: Claim, b: Claim, dates: Mapping[str, _dt.date | None]) -> str:
    da, db = dates.get(a.doc), dates.get(b.doc)
    return f"{da.isoformat() if da else '?'} and {db.isoformat() if db else '?'}"
