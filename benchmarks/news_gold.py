"""Load, validate and summarise the multi-event news gold set (``benchmarks/data/news_gold``).

The format is documented in ``benchmarks/data/news_gold/README.md``. This module is stdlib
only, has no import-time side effects, and is both importable and runnable::

    python benchmarks/news_gold.py            # validate dev (and test when present), print counts

Typical use from a scorer::

    from benchmarks.news_gold import load_split, write_corpus
    docs, groups = load_split("dev")
    offsets = write_corpus(docs, "/tmp/dev_corpus")   # gold offset + offsets[doc] = file offset

Offsets: :attr:`GoldClaim.start` / :attr:`GoldClaim.end` are offsets of ``number`` in the
document ``text`` (title excluded). Not-claims get the same two keys added to their dict.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "CATEGORIES",
    "DATA_DIR",
    "HEDGES",
    "LANGUAGES",
    "ROLES",
    "SCOPES",
    "VERDICTS",
    "GoldClaim",
    "GoldDoc",
    "GoldGroup",
    "bounds_overlap",
    "load_docs",
    "load_split",
    "main",
    "summary",
    "write_corpus",
]

DATA_DIR = Path(__file__).resolve().parent / "data" / "news_gold"
"""Folder holding ``{split}.jsonl`` and ``{split}_groups.jsonl``."""

LANGUAGES = ("nb", "da", "ar", "en")
CATEGORIES = (
    "troops",
    "killed",
    "wounded",
    "missing",
    "arrested",
    "displaced",
    "people",
    "vehicles",
    "rockets",
    "buildings",
    "other",
)
HEDGES = ("exact", "approx", "at_most", "at_least", "vague")
ROLES = ("from", "target")
SCOPES = ("incident", "running_total", "standing_level")
VERDICTS = ("agree", "conflict", "differ_over_time", "single")

_CLAIM_KEYS = (
    "quote",
    "number",
    "value",
    "low",
    "high",
    "hedge",
    "category",
    "noun",
    "role",
    "quantity",
)
_DOC_KEYS = ("doc", "event", "language", "published", "title", "text", "claims")
_GROUP_KEYS = ("quantity", "event", "scope", "verdict", "note")


@dataclass(frozen=True)
class GoldClaim:
    """One annotated claim.

    Attributes:
        doc: Id of the document the claim is in.
        quote: Substring of the document text (occurs exactly once) holding the claim.
        number: The number as written inside ``quote`` (occurs exactly once in it).
        start: Offset of ``number`` in the document text.
        end: End offset (exclusive) of ``number`` in the document text.
        value: Numeric value, ``None`` for vague words ("dozens", "عشرات").
        low: Lower bound (``None`` = open).
        high: Upper bound (``None`` = open).
        hedge: One of :data:`HEDGES`.
        category: One of :data:`CATEGORIES`.
        noun: Counted noun as written, or ``None`` when the figure stands alone.
        role: ``None``, ``"from"`` or ``"target"`` (ends of a stated change).
        quantity: Quantity id (``{split}-qNNN``, three or more digits); ``None`` in kinds documents.
    """

    doc: str
    quote: str
    number: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    hedge: str
    category: str
    noun: str | None
    role: str | None
    quantity: str | None


@dataclass(frozen=True)
class GoldDoc:
    """One gold document (title separate from ``text``; claims are located in ``text``)."""

    doc: str
    event: str
    language: str
    published: datetime.date
    title: str
    text: str
    claims: tuple[GoldClaim, ...]
    not_claims: tuple[dict, ...]


@dataclass(frozen=True)
class GoldGroup:
    """Scope and verdict of one real-world quantity."""

    quantity: str
    event: str
    scope: str
    verdict: str
    note: str


def _occurrences(haystack: str, needle: str) -> list[int]:
    """All (possibly overlapping) start offsets of ``needle`` in ``haystack``."""
    found, i = [], haystack.find(needle)
    while i >= 0:
        found.append(i)
        i = haystack.find(needle, i + 1)
    return found


def _locate(text: str, quote: str, number: str, where: str) -> int:
    """Offset in ``text`` of ``number`` inside ``quote``; each must occur exactly once."""
    hits = _occurrences(text, quote)
    if len(hits) != 1:
        raise ValueError(f"{where}: quote occurs {len(hits)} times in text (must be exactly 1)")
    inner = _occurrences(quote, number)
    if len(inner) != 1:
        raise ValueError(f"{where}: number {number!r} occurs {len(inner)} times in quote")
    return hits[0] + inner[0]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _number_or_none(value: object, where: str, key: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{where}: '{key}' must be a number or null, got {value!r}")
    return float(value)


def _check_bounds(claim: GoldClaim, where: str) -> None:
    """Bounds must follow the README's hedge rules (vague: value null, low <= high)."""
    v, lo, hi, hedge = claim.value, claim.low, claim.high, claim.hedge
    if hedge == "vague":
        if v is not None:
            raise ValueError(f"{where}: a vague claim has value null, got {v}")
        if lo is None and hi is None:
            raise ValueError(f"{where}: a vague claim needs at least one bound")
    else:
        if v is None:
            raise ValueError(f"{where}: hedge '{hedge}' needs a value")
        ok = {
            "exact": _close(lo, v) and _close(hi, v),
            # "about N" -> [0.9N, 1.1N]; "nearly N" -> [0.9N, N]
            "approx": _close(lo, 0.9 * v) and (_close(hi, 1.1 * v) or _close(hi, v)),
            "at_most": lo is None and _close(hi, v),
            "at_least": _close(lo, v) and hi is None,
        }[hedge]
        if not ok:
            raise ValueError(
                f"{where}: bounds [{lo}, {hi}] do not follow the '{hedge}' rule for value {v} "
                "(exact N,N; approx 0.9N,1.1N or nearly 0.9N,N; at_most null,N; at_least N,null)"
            )
    if lo is not None and hi is not None and lo > hi:
        raise ValueError(f"{where}: low {lo} > high {hi}")


def _parse_claim(raw: dict, doc_id: str, text: str, index: int, kinds: bool) -> GoldClaim:
    where = f"{doc_id} claim {index}"
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: a claim must be an object")
    missing = [k for k in _CLAIM_KEYS if k not in raw]
    if missing:
        raise ValueError(f"{where}: missing keys {missing}")
    extra = sorted(set(raw) - set(_CLAIM_KEYS))
    if extra:
        raise ValueError(f"{where}: unknown keys {extra}")
    quote, number = raw["quote"], raw["number"]
    if not isinstance(quote, str) or not isinstance(number, str) or not number:
        raise ValueError(f"{where}: quote and number must be non-empty strings")
    where = f"{where} ({quote!r})"
    start = _locate(text, quote, number, where)
    for key, vocab in (("hedge", HEDGES), ("category", CATEGORIES)):
        if raw[key] not in vocab:
            raise ValueError(f"{where}: {key} {raw[key]!r} not in {list(vocab)}")
    if raw["role"] is not None and raw["role"] not in ROLES:
        raise ValueError(f"{where}: role {raw['role']!r} not in null/{list(ROLES)}")
    if raw["noun"] is not None and (not isinstance(raw["noun"], str) or not raw["noun"]):
        raise ValueError(f"{where}: noun must be a non-empty string or null")
    if isinstance(raw["noun"], str) and raw["noun"] not in quote:
        raise ValueError(f"{where}: noun {raw['noun']!r} is not inside the quote")
    quantity = raw["quantity"]
    if kinds and quantity is not None:
        raise ValueError(f"{where}: claims of kinds documents have quantity null")
    if not kinds and (not isinstance(quantity, str) or not quantity):
        raise ValueError(f"{where}: claims of event documents need a quantity id")
    claim = GoldClaim(
        doc=doc_id,
        quote=quote,
        number=number,
        start=start,
        end=start + len(number),
        value=_number_or_none(raw["value"], where, "value"),
        low=_number_or_none(raw["low"], where, "low"),
        high=_number_or_none(raw["high"], where, "high"),
        hedge=raw["hedge"],
        category=raw["category"],
        noun=raw["noun"],
        role=raw["role"],
        quantity=quantity,
    )
    _check_bounds(claim, where)
    return claim


def _parse_not_claim(raw: dict, doc_id: str, text: str, index: int) -> dict:
    where = f"{doc_id} not_claim {index}"
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: a not_claim must be an object")
    quote, number = raw.get("quote"), raw.get("number")
    if not isinstance(quote, str) or not isinstance(number, str) or not number:
        raise ValueError(f"{where}: quote and number must be non-empty strings")
    if not isinstance(raw.get("why"), str) or not raw["why"]:
        raise ValueError(f"{where} ({quote!r}): 'why' must be a non-empty string")
    start = _locate(text, quote, number, f"{where} ({quote!r})")
    return {**raw, "start": start, "end": start + len(number)}


def _parse_doc(raw: dict, split: str, line_no: int) -> GoldDoc:
    where = f"{split}.jsonl line {line_no}"
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: a document must be an object")
    doc_id = raw.get("doc", "?")
    where = f"{where} ({doc_id})"
    missing = [k for k in _DOC_KEYS if k not in raw]
    if missing:
        raise ValueError(f"{where}: missing keys {missing}")
    event, language = raw["event"], raw["language"]
    if language not in LANGUAGES:
        raise ValueError(f"{where}: language {language!r} not in {list(LANGUAGES)}")
    kinds = event == f"{split}-kinds"
    if not kinds and not re.fullmatch(rf"{re.escape(split)}-e\d{{2,}}", str(event)):
        raise ValueError(f"{where}: event {event!r} is neither {split}-eNN (two or more "
                         f"digits) nor {split}-kinds")
    if not re.fullmatch(rf"{re.escape(str(event))}-{language}-\d+", str(doc_id)):
        raise ValueError(f"{where}: doc id must be '{event}-{language}-<n>'")
    try:
        published = datetime.date.fromisoformat(str(raw["published"]))
    except ValueError:
        raise ValueError(f"{where}: published {raw['published']!r} is not an ISO date") from None
    title, text = raw["title"], raw["text"]
    if not isinstance(title, str) or not title.strip() or "\n" in title:
        raise ValueError(f"{where}: title must be one non-empty line")
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"{where}: text must be a non-empty string")
    if not isinstance(raw["claims"], list):
        raise ValueError(f"{where}: claims must be a list")
    claims = tuple(_parse_claim(c, doc_id, text, i, kinds) for i, c in enumerate(raw["claims"], 1))
    for a, b in zip(claims, claims[1:]):
        if b.start < a.end:
            raise ValueError(
                f"{doc_id}: claims out of text order or overlapping: {a.quote!r} / {b.quote!r}"
            )
    not_claims = tuple(
        _parse_not_claim(n, doc_id, text, i) for i, n in enumerate(raw.get("not_claims") or [], 1)
    )
    for n in not_claims:
        for c in claims:
            if n["start"] < c.end and c.start < n["end"]:
                raise ValueError(f"{doc_id}: not_claim {n['quote']!r} overlaps claim {c.quote!r}")
    return GoldDoc(
        doc=doc_id,
        event=event,
        language=language,
        published=published,
        title=title,
        text=text,
        claims=claims,
        not_claims=not_claims,
    )


def _read_jsonl(path: Path) -> Iterable[tuple[int, object]]:
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield line_no, json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path.name} line {line_no}: invalid JSON ({exc})") from None


def bounds_overlap(a: GoldClaim, b: GoldClaim) -> bool:
    """Whether the bound intervals of two claims overlap (open bounds are infinite)."""
    a_lo = -math.inf if a.low is None else a.low
    a_hi = math.inf if a.high is None else a.high
    b_lo = -math.inf if b.low is None else b.low
    b_hi = math.inf if b.high is None else b.high
    return a_lo <= b_hi and b_lo <= a_hi


def _check_groups(docs: Sequence[GoldDoc], groups: dict[str, GoldGroup], split: str) -> None:
    by_quantity: dict[str, list[tuple[GoldDoc, GoldClaim]]] = {}
    for doc in docs:
        for claim in doc.claims:
            if claim.quantity is not None:
                by_quantity.setdefault(claim.quantity, []).append((doc, claim))
    for quantity, uses in by_quantity.items():
        first = uses[0][1]
        where = f"{first.doc} ({first.quote!r})"
        if not re.fullmatch(rf"{re.escape(split)}-q\d{{3,}}", quantity):
            raise ValueError(f"{where}: quantity id {quantity!r} is not {split}-qNNN "
                             f"(three or more digits)")
        group = groups.get(quantity)
        if group is None:
            raise ValueError(f"{where}: quantity {quantity} has no line in {split}_groups.jsonl")
        events = {d.event for d, _ in uses}
        if group.event not in events:
            raise ValueError(
                f"{split}_groups {quantity}: event {group.event} but claims are in {sorted(events)}"
            )
        if len(events) > 1 and group.scope != "standing_level":
            raise ValueError(
                f"{split}_groups {quantity}: claims span events {sorted(events)}; "
                "only a standing_level may"
            )
        _check_verdict(group, [(d, c) for d, c in uses if c.role != "from"], split)
    unused = sorted(set(groups) - set(by_quantity))
    if unused:
        raise ValueError(f"{split}_groups.jsonl: quantities no claim uses: {unused}")


def _check_verdict(group: GoldGroup, uses: list[tuple[GoldDoc, GoldClaim]], split: str) -> None:
    """The verdict must be consistent with the claims' bounds and publication dates."""
    where = f"{split}_groups {group.quantity} ({group.verdict})"
    n_docs = len({d.doc for d, _ in uses})
    if n_docs <= 1:
        if group.verdict != "single":
            raise ValueError(f"{where}: only {n_docs} document reports it; verdict is 'single'")
        return
    if group.verdict == "single":
        raise ValueError(f"{where}: {n_docs} documents report it, so it is not 'single'")
    clashes = [
        (da, ca, db, cb)
        for i, (da, ca) in enumerate(uses)
        for db, cb in uses[i + 1 :]
        if da.doc != db.doc and not bounds_overlap(ca, cb)
    ]
    if group.verdict == "agree" and clashes:
        da, ca, db, cb = clashes[0]
        raise ValueError(f"{where}: {ca.doc} {ca.quote!r} and {cb.doc} {cb.quote!r} disagree")
    if group.verdict == "conflict" and not any(
        da.published == db.published for da, _, db, _ in clashes
    ):
        raise ValueError(f"{where}: no two documents of the same day have incompatible bounds")
    if group.verdict == "differ_over_time" and not any(
        da.published != db.published for da, _, db, _ in clashes
    ):
        raise ValueError(f"{where}: no two documents of different days have incompatible bounds")


def _parse_group(raw: object, split: str, line_no: int) -> GoldGroup:
    where = f"{split}_groups.jsonl line {line_no}"
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: a group must be an object")
    missing = [k for k in _GROUP_KEYS if k not in raw]
    if missing:
        raise ValueError(f"{where}: missing keys {missing}")
    if raw["scope"] not in SCOPES:
        raise ValueError(f"{where} ({raw['quantity']}): scope {raw['scope']!r} not in {SCOPES}")
    if raw["verdict"] not in VERDICTS:
        raise ValueError(
            f"{where} ({raw['quantity']}): verdict {raw['verdict']!r} not in {VERDICTS}"
        )
    return GoldGroup(**{k: raw[k] for k in _GROUP_KEYS})


def load_docs(split: str, *, folder: str | Path | None = None) -> list[GoldDoc]:
    """Load and validate the documents of one split only (the groups file is not read).

    For scorers of claim extraction, which need no groups. Raises like :func:`load_split`.
    """
    if split not in ("dev", "test"):
        raise ValueError(f"split must be 'dev' or 'test', got {split!r}")
    folder = Path(folder) if folder is not None else DATA_DIR
    docs_path = folder / f"{split}.jsonl"
    if not docs_path.is_file():
        raise FileNotFoundError(f"no {docs_path}")
    docs = [_parse_doc(raw, split, n) for n, raw in _read_jsonl(docs_path)]
    seen: set[str] = set()
    for doc in docs:
        if doc.doc in seen:
            raise ValueError(f"{split}.jsonl: doc id {doc.doc} occurs twice")
        seen.add(doc.doc)
    return docs


def load_split(
    split: str, *, folder: str | Path | None = None
) -> tuple[list[GoldDoc], dict[str, GoldGroup]]:
    """Load and validate one split.

    Args:
        split: ``"dev"`` or ``"test"``.
        folder: Folder holding the files (default :data:`DATA_DIR`).

    Returns:
        The documents in file order and the groups keyed by quantity id.

    Raises:
        FileNotFoundError: The split file is missing.
        ValueError: Any rule of the README is broken (message names the document and reason).
    """
    docs = load_docs(split, folder=folder)
    folder = Path(folder) if folder is not None else DATA_DIR
    groups_path = folder / f"{split}_groups.jsonl"
    groups: dict[str, GoldGroup] = {}
    if groups_path.is_file():
        for n, raw in _read_jsonl(groups_path):
            group = _parse_group(raw, split, n)
            if group.quantity in groups:
                raise ValueError(f"{split}_groups.jsonl: quantity {group.quantity} occurs twice")
            groups[group.quantity] = group
    _check_groups(docs, groups, split)
    return docs, groups


def write_corpus(docs: Iterable[GoldDoc], folder: str | Path) -> dict[str, int]:
    """Write documents as a workbench corpus folder.

    Each document becomes ``{doc}.txt`` holding ``title + "\\n\\n" + text + "\\n"`` (UTF-8,
    no newline translation), plus a ``metadata.csv`` (``id,language,published``) that
    :func:`translate.corpus.loader.load_corpus` reads.

    Returns:
        Per document id, the offset of ``text`` inside the file: a gold offset plus this value
        is the offset in the raw file (``Document.raw``).
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    offsets: dict[str, int] = {}
    rows = []
    for doc in docs:
        head = doc.title + "\n\n"
        (folder / f"{doc.doc}.txt").write_text(head + doc.text + "\n", encoding="utf-8", newline="")
        offsets[doc.doc] = len(head)
        rows.append((doc.doc, doc.language, doc.published.isoformat()))
    with (folder / "metadata.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "language", "published"])
        writer.writerows(rows)
    return offsets


def _table(title: str, rows: dict[str, Counter], columns: Sequence[str]) -> str:
    widths = [max(8, len(c) + 2) for c in [*columns, "total"]]
    head = "".join(f"{c:>{w}}" for c, w in zip([*columns, "total"], widths))
    lines = [f"{title}:", "  " + " " * 18 + head]
    for key, counts in rows.items():
        cells = [counts.get(c, 0) for c in columns]
        row = "".join(f"{n:>{w}}" for n, w in zip([*cells, sum(cells)], widths))
        lines.append("  " + f"{key:>18}" + row)
    return "\n".join(lines)


def summary(docs: Sequence[GoldDoc], groups: dict[str, GoldGroup]) -> str:
    """Counts of documents and claims per language, category, hedge, event; groups per
    scope and verdict."""
    langs = list(LANGUAGES)
    out = []
    per_lang_docs = Counter(d.language for d in docs)
    per_lang_claims = Counter(d.language for d in docs for _ in d.claims)
    per_lang_event_claims = Counter(
        d.language for d in docs if not d.event.endswith("-kinds") for _ in d.claims
    )
    per_lang_not = Counter(d.language for d in docs for _ in d.not_claims)
    out.append(
        _table(
            "per language",
            {
                "documents": per_lang_docs,
                "claims": per_lang_claims,
                "event claims": per_lang_event_claims,
                "not_claims": per_lang_not,
            },
            langs,
        )
    )
    for attr, vocab in (("category", CATEGORIES), ("hedge", HEDGES)):
        rows: dict[str, Counter] = {v: Counter() for v in vocab}
        for d in docs:
            for c in d.claims:
                rows[getattr(c, attr)][d.language] += 1
        out.append(_table(f"claims per {attr} x language", rows, langs))
    events: dict[str, Counter] = {}
    for d in docs:
        events.setdefault(d.event, Counter())[d.language] += len(d.claims)
    out.append(_table("claims per event x language", events, langs))
    roles = Counter(c.role for d in docs for c in d.claims if c.role)
    out.append(f"claims with a role: {dict(roles)}")
    scope_rows: dict[str, Counter] = {s: Counter() for s in SCOPES}
    for g in groups.values():
        scope_rows[g.scope][g.verdict] += 1
    out.append(_table("quantities per scope x verdict", scope_rows, list(VERDICTS)))
    return "\n\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """Validate dev and test (when present) and print counts. Returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", default=str(DATA_DIR), help="folder of the split files")
    parser.add_argument("splits", nargs="*", default=["dev", "test"])
    args = parser.parse_args(argv)
    status = 0
    for split in args.splits:
        try:
            docs, groups = load_split(split, folder=args.folder)
        except FileNotFoundError as exc:
            print(f"== {split}: not present ({exc})\n")
            continue
        except ValueError as exc:
            print(f"== {split}: INVALID: {exc}\n", file=sys.stderr)
            status = 1
            continue
        n_claims = sum(len(d.claims) for d in docs)
        print(f"== {split}: {len(docs)} documents, {n_claims} claims, {len(groups)} quantities")
        print(summary(docs, groups))
        print()
    return status


if __name__ == "__main__":
    sys.exit(main())
