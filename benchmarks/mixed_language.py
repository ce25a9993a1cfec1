"""Mixed-language articles: how often a part in another language is found, and how often a
one-language article is wrongly called mixed, on FLORES (dev to tune, devtest to report).

Articles are built from consecutive FLORES lines, one line a paragraph: *pure* articles of 12
paragraphs in one language, and *mixed* ones of 8 paragraphs in one language followed by 4 in
another (the lines of the second part are other sentences, as in a real quote or a glued
page). Every pair of nb, da, ar, en is mixed, Bokmål/Danish (the confusable pair) included.

Printed per split and per setting of :class:`~translate.corpus.mixed.MixedLanguageSettings`:

* ``false mixed``: pure articles with any part found (lower is better);
* ``part found``: mixed articles whose second part was found in its language;
* ``sentences right``: share of the paragraphs of mixed articles given their true language.

Run: ``python benchmarks/mixed_language.py`` (about 10 s; ``--high-accuracy`` detects the
paragraphs in lingua's high-accuracy mode instead, for comparison).
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from translate.corpus.langid import LanguageGuess, LanguageIdentifier
from translate.corpus.mixed import MixedLanguageSettings, find_parts

ROOT = Path(__file__).resolve().parents[1]
FLORES = ROOT.parent / "shared" / "data" / "flores"
LANGS = ("nb", "da", "ar", "en")
SPLITS = {"dev": "flores-dev", "devtest": "flores-test"}
GRID_CONFIDENCE = (0.8, 0.9, 0.95, 0.99)
GRID_PART_CHARS = (0, 100, 150, 300)


def _lines(lang: str, split: str) -> list[str]:
    pair = "da-en" if lang == "en" else f"{lang}-en"
    path = FLORES / pair / f"{SPLITS[split]}.{lang}"
    return path.read_text(encoding="utf-8").splitlines()


def _articles(split: str) -> tuple[list[tuple[str, list[tuple[str, str]]]], ...]:
    """``(document language, [(paragraph language, text), ...])`` for pure and mixed."""
    lines = {lang: _lines(lang, split) for lang in LANGS}
    pure = []
    for lang in LANGS:
        for k in range(0, len(lines[lang]) - 12, 12):
            pure.append((lang, [(lang, t) for t in lines[lang][k:k + 12]]))
    mixed = []
    for a, b in itertools.permutations(LANGS, 2):
        for k in range(0, 360, 12):  # 30 articles per ordered pair
            body = [(a, t) for t in lines[a][k:k + 8]]
            body += [(b, t) for t in lines[b][k + 8:k + 12]]  # other sentences than a's
            mixed.append((a, body))
    return pure, mixed


def _detect(articles, identifier: LanguageIdentifier) -> list[list[LanguageGuess]]:
    flat = [t for _, body in articles for _, t in body]
    guesses = identifier.detect_many(flat)
    out, pos = [], 0
    for _, body in articles:
        out.append(guesses[pos:pos + len(body)])
        pos += len(body)
    return out


def _score(articles, guesses, settings: MixedLanguageSettings) -> tuple[int, int, int, int]:
    """(articles with a part, articles whose foreign part was found, right paragraphs, all)."""
    flagged = found = right = total = 0
    for (lang, body), g in zip(articles, guesses):
        raw = "\n".join(t for _, t in body)
        blocks, pos = [], 0
        for _, t in body:
            blocks.append((pos, pos + len(t)))
            pos += len(t) + 1
        parts = find_parts(raw, blocks, lang, dict(enumerate(g)), settings)
        labels = [lang] * len(body)
        for p in parts:
            labels[p.first:p.last + 1] = [p.language] * (p.last - p.first + 1)
        flagged += bool(parts)
        truth = [t for t, _ in body]
        foreign = {t for t in truth if t != lang}
        found += bool(foreign) and any(p.language in foreign for p in parts)
        right += sum(x == y for x, y in zip(labels, truth))
        total += len(body)
    return flagged, found, right, total


def main() -> int:
    if not FLORES.is_dir():
        print(f"FLORES not found at {FLORES}", file=sys.stderr)
        return 1
    # as the pipeline detects paragraphs: lingua's low-accuracy mode (--high-accuracy compares)
    identifier = LanguageIdentifier(low_accuracy="--high-accuracy" not in sys.argv)
    default = MixedLanguageSettings()
    for split in SPLITS:
        pure, mixed = _articles(split)
        gp, gm = _detect(pure, identifier), _detect(mixed, identifier)
        print(f"\n{split}: {len(pure)} one-language articles, {len(mixed)} mixed "
              f"(12 paragraphs each)")
        print(f"{'min_confidence':>14} {'min_part_chars':>14} {'false mixed':>12} "
              f"{'part found':>11} {'sentences right':>16}")
        grid = (itertools.product(GRID_CONFIDENCE, GRID_PART_CHARS) if split == "dev"
                else [(default.min_confidence, default.min_part_chars)])
        for conf, chars in grid:
            settings = MixedLanguageSettings(min_confidence=conf, min_part_chars=chars)
            fp, _, _, _ = _score(pure, gp, settings)
            _, found, right, total = _score(mixed, gm, settings)
            mark = "  <- default" if settings == default else ""
            print(f"{conf:>14} {chars:>14} {fp / len(pure):>11.1%} {found / len(mixed):>10.1%} "
                  f"{right / total:>15.1%}{mark}")
        off = MixedLanguageSettings(enabled=False)
        _, _, right, total = _score(mixed, gm, off)
        print(f"{'(off)':>14} {'':>14} {0:>11.1%} {0:>10.1%} {right / total:>15.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
