"""Score :func:`translate.claims.extract_claims` on the FLORES claims gold (real text).

``benchmarks/data/flores_claims/{dev,devtest}.jsonl`` judges every number of the English
FLORES lines as a claim or not (see its README). FLORES is multi-parallel, so the same
annotation is the gold for the da, nb and ar line. Each annotated line is run through the
extractor in the four languages; a predicted claim matches a gold number by span overlap in
English and by value elsewhere (a vague gold number, value ``null``, matches a predicted claim
without a value). Per language and split this prints claim precision and recall (ambiguous
numbers are scored neither way; numbers marked ``missing_in`` a language are skipped there),
value (English; elsewhere it is the match) and category accuracy on matched claims, and the
false claims made on ``claim: false`` numbers, by why. A language's line whose translation
changed a figure (``missing_in``) has that figure left out there, and as many of its
unmatched predicted claims (column ``chg``) are left out of precision with it; the others
are ``unann``. ``--verbose`` lists the first 10 misses and false claims per language, for
dev only (nobody tunes on devtest)::

    python benchmarks/_claims_flores_gold.py                  # dev and devtest
    python benchmarks/_claims_flores_gold.py --split dev --verbose
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._claims_flores import FLORES  # noqa: E402
from benchmarks._claims_gold import _context, _same, _sentences  # noqa: E402
from translate.claims import extract_claims  # noqa: E402
from translate.evaluate.flores import load_flores  # noqa: E402

__all__ = [
    "DATA_DIR",
    "LANGUAGES",
    "GoldLine",
    "GoldNumber",
    "LangScore",
    "flores_texts",
    "load_gold",
    "main",
    "print_scores",
    "score_lines",
    "score_split",
]

DATA_DIR = Path(__file__).resolve().parent / "data" / "flores_claims"
#: Split name (file stem and what is printed) -> FLORES file infix.
SPLITS = {"dev": "dev", "devtest": "test"}
LANGUAGES = ("en", "da", "nb", "ar")
CATEGORIES = frozenset({"troops", "killed", "wounded", "missing", "arrested", "displaced",
                        "people", "vehicles", "rockets", "buildings", "other"})
WHYS = frozenset({"year", "date", "time", "age", "percent", "money", "measure", "duration",
                  "ordinal", "identifier", "multiplier", "rank", "score", "other-non-count"})
SHOW = 10


@dataclass(frozen=True)
class GoldNumber:
    """One number of an English FLORES line, as annotated.

    Attributes:
        text: The number as written in English.
        start: Character offset of ``text`` in the English line.
        value: Its value, ``None`` for vague quantities and forms without one value.
        claim: Whether it is a reported figure.
        category: Claim category (claims only).
        noun: Counted noun as written in English, or ``None``.
        why: Why it is not a claim (non-claims only).
        ambiguous: A claim in doubt, scored neither way.
        missing_in: Languages whose line lacks or changes the number.
    """

    text: str
    start: int
    value: float | None
    claim: bool
    category: str | None = None
    noun: str | None = None
    why: str | None = None
    ambiguous: bool = False
    missing_in: tuple[str, ...] = ()

    @property
    def end(self) -> int:
        """End offset of ``text`` in the English line."""
        return self.start + len(self.text)


@dataclass(frozen=True)
class GoldLine:
    """One annotated FLORES line: its index, English text and numbers."""

    line: int
    en: str
    numbers: tuple[GoldNumber, ...]


@dataclass(frozen=True)
class _Doc:
    """The shape :func:`benchmarks._claims_gold._sentences` segments."""

    doc: str
    language: str
    text: str


@dataclass
class LangScore:
    """Counts for one language of one split."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    value: int = 0
    category: int = 0
    on_ambiguous: int = 0
    on_changed: int = 0
    false_on: Counter = field(default_factory=Counter)
    unannotated: int = 0
    misses: list[str] = field(default_factory=list)
    false_claims: list[str] = field(default_factory=list)

    @property
    def scored(self) -> int:
        """Predicted claims that count for precision (those on ambiguous numbers, and those
        standing for a figure the translation changed, do not)."""
        return self.predicted - self.on_ambiguous - self.on_changed

    @property
    def precision(self) -> float:
        return self.matched / self.scored if self.scored else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


def _number(raw: dict, where: str) -> GoldNumber:
    claim = raw["claim"]
    if not isinstance(claim, bool):
        raise ValueError(f"{where}: 'claim' must be true or false")
    value = raw["value"]
    if value is not None and not isinstance(value, (int, float)):
        raise ValueError(f"{where}: value {value!r} is not a number or null")
    if claim and raw.get("category") not in CATEGORIES:
        raise ValueError(f"{where}: unknown category {raw.get('category')!r}")
    if not claim and raw.get("why") not in WHYS:
        raise ValueError(f"{where}: unknown why {raw.get('why')!r}")
    missing = tuple(raw.get("missing_in", ()))
    if set(missing) - set(LANGUAGES[1:]):
        raise ValueError(f"{where}: missing_in {missing} names an unknown language")
    return GoldNumber(text=raw["text"], start=raw["start"], value=value, claim=claim,
                      category=raw.get("category"), noun=raw.get("noun"),
                      why=raw.get("why"), ambiguous=bool(raw.get("ambiguous", False)),
                      missing_in=missing)


def load_gold(split: str, *, data_dir: Path = DATA_DIR) -> list[GoldLine]:
    """Read and check one split of the gold.

    Args:
        split: ``"dev"`` or ``"devtest"``.
        data_dir: Folder holding ``{split}.jsonl``.

    Returns:
        The annotated lines in file order.

    Raises:
        ValueError: For an unknown split, or a record whose text is not at its offset,
            whose value, category or why is invalid, or a line annotated twice.
    """
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; known: {', '.join(SPLITS)}")
    out: list[GoldLine] = []
    seen: set[int] = set()
    path = data_dir / f"{split}.jsonl"
    for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not text.strip():
            continue
        raw = json.loads(text)
        where = f"{path.name}:{n} (FLORES line {raw['line']})"
        if raw["line"] in seen:
            raise ValueError(f"{where}: line annotated twice")
        seen.add(raw["line"])
        numbers = tuple(_number(x, where) for x in raw["numbers"])
        for g in numbers:
            if raw["en"][g.start:g.end] != g.text:
                raise ValueError(f"{where}: {g.text!r} is not at offset {g.start}")
        out.append(GoldLine(line=raw["line"], en=raw["en"], numbers=numbers))
    return out


def flores_texts(split: str, *, root: Path = FLORES) -> dict[str, list[str]]:
    """The FLORES lines of every language of a split (English from the da-en references)."""
    infix = SPLITS[split]
    texts = {"en": list(load_flores(root, "da-en", split=infix).references[0])}
    for lang in LANGUAGES[1:]:
        texts[lang] = list(load_flores(root, f"{lang}-en", split=infix).sources or ())
    return texts


def _value_hit(g: GoldNumber, p) -> bool:
    if g.value is None:
        return p.value is None
    return p.value is not None and _same(p.value, float(g.value))


def _match(numbers: list[GoldNumber], predicted: list, lang: str) -> list[int | None]:
    """Per gold number, the index of the predicted claim it takes, else ``None``: claims
    first, then ambiguous numbers, then non-claims; span overlap in English, value
    elsewhere; each prediction is taken once."""
    used: set[int] = set()
    hits: list[int | None] = [None] * len(numbers)
    order = sorted(range(len(numbers)),
                   key=lambda k: (not numbers[k].claim, numbers[k].ambiguous))
    for k in order:
        g = numbers[k]
        for n, p in enumerate(predicted):
            if n in used:
                continue
            ok = (p.start < g.end and g.start < p.end) if lang == "en" else _value_hit(g, p)
            if ok:
                used.add(n)
                hits[k] = n
                break
    return hits


def score_lines(lines: list[GoldLine], texts: dict[str, list[str]], *,
                split: str = "dev") -> dict[str, LangScore]:
    """Score the extractor on annotated lines in every language.

    Args:
        lines: Gold lines (from :func:`load_gold`).
        texts: FLORES lines per language, indexed by line number.
        split: Split name, used in the document ids.

    Returns:
        A :class:`LangScore` per language of :data:`LANGUAGES`.
    """
    scores = {lang: LangScore() for lang in LANGUAGES}
    for gl in lines:
        for lang in LANGUAGES:
            s = scores[lang]
            text = texts[lang][gl.line]
            doc = _Doc(doc=f"flores-{split}-{gl.line}-{lang}", language=lang, text=text)
            predicted = extract_claims(_sentences(doc), unsupported="skip")
            numbers = [g for g in gl.numbers if lang not in g.missing_in]
            hits = _match(numbers, predicted, lang)
            s.predicted += len(predicted)
            for g, hit in zip(numbers, hits):
                if g.claim and g.ambiguous:
                    s.on_ambiguous += hit is not None
                elif g.claim:
                    s.gold += 1
                    if hit is None:
                        line = "" if lang == "en" else f"\n        {lang}: {text}"
                        s.misses.append(f"{gl.line}: {g.category:9} "
                                        f"{_context(gl.en, g.start, g.end)}{line}")
                        continue
                    s.matched += 1
                    s.value += _value_hit(g, predicted[hit])
                    s.category += predicted[hit].category == g.category
                elif hit is not None:
                    s.false_on[g.why] += 1
                    p = predicted[hit]
                    s.false_claims.append(f"{gl.line}: {g.why:9} {p.category:9} "
                                          f"{_context(text, p.start, p.end)}")
            taken = {h for h in hits if h is not None}
            # a figure the translation changed ("four dozen" -> "omkring 50") is not scored
            # in that language: as many unmatched claims as such figures are left out
            excused = sum(lang in g.missing_in for g in gl.numbers)
            for n, p in enumerate(predicted):
                if n not in taken and excused:
                    excused -= 1
                    s.on_changed += 1
                elif n not in taken:
                    s.unannotated += 1
                    s.false_claims.append(f"{gl.line}: {'(none)':9} {p.category:9} "
                                          f"{_context(text, p.start, p.end)}")
    return scores


def score_split(split: str, *, root: Path = FLORES, data_dir: Path = DATA_DIR,
                limit: int | None = None) -> dict[str, LangScore]:
    """Score one split (``limit``: only its first N annotated lines)."""
    lines = load_gold(split, data_dir=data_dir)[:limit]
    return score_lines(lines, flores_texts(split, root=root), split=split)


def _pct(a: int, b: int) -> str:
    return f"{a / b:7.1%}" if b else "      -"


def print_scores(split: str, scores: dict[str, LangScore], *, verbose: bool = False) -> None:
    """Print the table of one split; with ``verbose`` (dev only) the first misses and false
    claims per language."""
    print(f"FLORES claims gold, split={split}: P/R of claims (en by span, da/nb/ar by value); "
          "value/category accuracy on matched; false claims on non-claims by why")
    print(f"  {'lang':5}{'gold':>5}{'pred':>6}{'match':>6}{'P':>7}{'R':>7}{'value':>7}"
          f"{'categ':>7}{'false':>6}{'unann':>6}{'chg':>5}  false claims by why")
    for lang in LANGUAGES:
        s = scores[lang]
        why = ", ".join(f"{k} {v}" for k, v in s.false_on.most_common()) or "-"
        print(f"  {lang:5}{s.gold:5}{s.scored:6}{s.matched:6}{s.precision:7.1%}"
              f"{s.recall:7.1%}{_pct(s.value, s.matched)}{_pct(s.category, s.matched)}"
              f"{sum(s.false_on.values()):6}{s.unannotated:6}{s.on_changed:5}  {why}")
    if verbose and split == "dev":
        for lang in LANGUAGES:
            s = scores[lang]
            for title, rows in (("missed", s.misses), ("false claims", s.false_claims)):
                if rows:
                    print(f"  -- {lang} {title} (first {min(SHOW, len(rows))} of {len(rows)}):")
                    for r in rows[:SHOW]:
                        print(f"     {r}")


def main(argv: list[str] | None = None) -> int:
    """Print the scores of dev and devtest (examples for dev only, with ``--verbose``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "devtest", "both"), default="both")
    parser.add_argument("--verbose", action="store_true",
                        help=f"list the first {SHOW} misses and false claims (dev only)")
    args = parser.parse_args(argv)
    if not FLORES.is_dir():
        print(f"FLORES claims gold: {FLORES} not found")
        return 0
    for split in ("dev", "devtest") if args.split == "both" else (args.split,):
        if not (DATA_DIR / f"{split}.jsonl").is_file():
            print(f"FLORES claims gold, split={split}: not annotated yet")
            continue
        print_scores(split, score_split(split), verbose=args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
