"""Number reading and fidelity false alarms (sections 1 and 2b of ``benchmarks/claims.py``).

Per language (en, da, nb, ar) it prints:

1. spelled numbers read right, on two sets:
   - ``oracle``: ``num2words`` (a kept library, used here and in tests only, never at run
     time) spelling every number 1..200, round numbers and a log-uniform sample up to 10^9;
   - ``news``: the spellings newsrooms use that ``num2words`` does not produce, made from
     the oracle text by documented rewrites (``news_variants``): "et hundrede" for
     "ethundrede", "tjue-en", no "and", "مئة" for "مائة", attached "و", no hamza...;
   a reading is right when ``parse_quantities`` returns exactly one quantity, of that value;
2. digit numbers read right with every group separator a newsroom of the language uses
   (comma/dot, space, NBSP, NNBSP, thin space, figure space, apostrophe, Arabic thousands
   separator and comma, Arabic-Indic digits) and with scale words ("2,5 millioner");
3. the fidelity check's false-alarm rate on FLORES human references (a flagged sentence
   among those with a number on either side; the references are faithful, so every flag
   is a false alarm), on dev (tuned on) and devtest (reported only);
4. the time to parse a 6,000-word paragraph without punctuation.

Usage:
    python benchmarks/_claims_numbers.py [--data ../shared/data/flores] [--sample 600]
"""

from __future__ import annotations

import argparse
import math
import random
import re
import time
from collections.abc import Iterator
from pathlib import Path

from translate.claims import check_fidelity, parse_quantities
from translate.evaluate.flores import load_flores

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "flores"
LANGS = ("en", "da", "nb", "ar")
_N2W = {"en": "en", "da": "da", "nb": "no", "ar": "ar"}
_AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def numbers(sample: int = 600, seed: int = 0) -> list[int]:
    """1..200, round numbers (k·10^e) and a log-uniform sample up to 10^9, sorted."""
    rng = random.Random(seed)
    out = set(range(1, 201))
    out |= {k * 10**e for k in range(1, 10) for e in range(2, 9)} | {10**9}
    out |= {int(math.exp(rng.uniform(0, math.log(10**9)))) for _ in range(sample)}
    return sorted(n for n in out if 1 <= n <= 10**9)


def spell(n: int, lang: str) -> str:
    """``num2words`` spelling of ``n`` (imported here: a test/benchmark oracle only)."""
    from num2words import num2words

    return num2words(n, lang=_N2W[lang])


def news_variants(text: str, lang: str) -> list[str]:
    """News spellings of a number that ``num2words`` writes as ``text``.

    Rewrites (each yields one variant when it changes the text):

    - en: no "and" (US style), no comma, "twenty one" without hyphen, "a hundred";
    - da: compounds split at scale words ("to hundrede og", "et tusind"), "ethundrede" ->
      "hundrede", grammatical "million"/"millioner";
    - nb: "tjue-en" hyphenated, "ett hundre", "hundre" without "en", "millioner", "milliard";
    - ar: "مئة" for "مائة", "و" attached to the next word, hamza-less alif, tanween on
      thousands/millions ("ألفاً").
    """
    out: list[str] = []

    def add(variant: str) -> None:
        variant = re.sub(r"\s+", " ", variant).strip()
        if variant != text and variant not in out:
            out.append(variant)

    if lang == "en":
        add(text.replace(" and ", " "))
        add(text.replace(",", ""))
        add(text.replace("-", " "))
        add(re.sub(r"^one (hundred|thousand|million|billion)", r"a \1", text))
    elif lang == "da":
        split = re.sub(r"(hundrede|tusinde(?=\s|$)|tusind|millioner|milliarder)", r" \1 ", text)
        add(split)
        add(re.sub(r"^et ?hundrede", "hundrede", text))
        add(re.sub(r"^et ?tusinde?", "tusind", split.strip()))
        add(re.sub(r"\ben millioner\b", "en million", text))
    elif lang == "nb":
        tens = "tjue|tretti|førti|femti|seksti|sytti|åtti|nitti"
        units = "en|to|tre|fire|fem|seks|sju|syv|åtte|ni"
        add(re.sub(rf"\b({tens})({units})\b", r"\1-\2", text))
        add(re.sub(r"^en (hundre|tusen)", r"ett \1", text))
        add(re.sub(r"^en (hundre|tusen)", r"\1", text))
        add(re.sub(r"\b(to|tre|fire|fem|seks|syv|åtte|ni|ti|\w+ti\w*) million\b",
                   r"\1 millioner", text))
        add(text.replace("millard", "milliard"))
    elif lang == "ar":
        add(text.replace("مائة", "مئة"))
        add(text.replace(" و ", " و"))
        add(text.replace("أ", "ا").replace("إ", "ا"))
        add(re.sub(r"[\u064b-\u0652]", "", text))
        add(re.sub(r"(?<=[^\sو] )(ألف|مليون)(?=\s|$)", r"\1اً", text))
    return out


#: News spellings written by hand (not by num2words): value per spelling.
HAND: dict[str, dict[str, float]] = {
    "en": {"twenty one": 21, "fifteen hundred": 1500, "a thousand": 1000,
           "3 hundred and 21": 321, "2.5 million": 2_500_000,
           "1.2 billion": 1.2e9, "a hundred and fifty": 150, "ninety-nine": 99,
           "three trillion": 3e12, "sixty": 60, "forty thousand": 40_000},
    "da": {"femogtyve": 25, "halvtreds": 50, "halvtredsindstyve": 50, "tres": 60,
           "treds": 60, "tresindstyve": 60, "halvfjerds": 70, "firs": 80, "halvfems": 90,
           "seksoghalvfems": 96, "et hundrede og tyve": 120, "hundrede og fem": 105,
           "to tusinde": 2000, "tusinde": 1000, "et hundrede tusinde": 100_000,
           "1,5 millioner": 1_500_000, "2,5 mia.": 2.5e9, "halvanden million": 1_500_000,
           "tre billioner": 3e12, "fire hundrede": 400, "femten": 15},
    "nb": {"tjueen": 21, "tjue-en": 21, "trettito": 32, "førtifem": 45, "sekstisju": 67,
           "ett hundre og en": 101, "to tusen tre hundre": 2300, "hundre og tjue": 120,
           "tusen": 1000, "1,5 millioner": 1_500_000, "tre milliarder": 3e9,
           "halvannen million": 1_500_000, "fem billioner": 5e12, "nittini": 99,
           "ett tusen": 1000, "femti tusen": 50_000},
    "ar": {"ثلاثمئة": 300, "خمسمائة": 500, "ثمانمائة": 800, "ألف ومائة": 1100,
           "مليون ونصف": 1_500_000, "مليون": 1_000_000, "ألفين": 2000, "ألفان": 2000,
           "مئتين": 200, "مئتا": 200, "ثلاثين ألفاً": 30_000, "ثلاثون ألفا": 30_000,
           "عشرين": 20, "ستون ألفا": 60_000, "ستين ألفا": 60_000,
           "خمسة وستون": 65, "مليونين": 2_000_000,
           "خمسة وعشرون": 25, "ثلاثة عشر": 13, "اربعمائة": 400, "ثلاثة آلاف": 3000,
           "عشرة آلاف": 10_000, "ثلاثة ملايين": 3_000_000, "تريليون": 1e12,
           "2.5 مليون": 2_500_000, "مائة وخمسون": 150, "إثنا عشر": 12},
}


def reads_as(text: str, lang: str, value: float) -> bool:
    """True when ``text`` parses to exactly one quantity equal to ``value``."""
    qs = parse_quantities(text, lang)
    return len(qs) == 1 and qs[0].value is not None and math.isclose(qs[0].value, value,
                                                                     rel_tol=1e-9)


def spelled_sets(lang: str, sample: int = 600) -> tuple[list[tuple[str, float]],
                                                         list[tuple[str, float]]]:
    """``(oracle, news)`` lists of ``(text, value)`` for a language."""
    oracle = [(spell(n, lang), float(n)) for n in numbers(sample)]
    news = [(v, value) for text, value in oracle for v in news_variants(text, lang)]
    news += [(text, float(value)) for text, value in HAND[lang].items()]
    return oracle, news


#: Separators per language: (name, group mark, decimal mark).
SEPARATORS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "en": (("comma", ",", "."), ("nbsp", "\u00a0", "."), ("nnbsp", "\u202f", "."),
           ("thin", "\u2009", "."), ("figure", "\u2007", "."), ("apostrophe", "'", ".")),
    "da": (("dot", ".", ","), ("space", " ", ","), ("nbsp", "\u00a0", ","),
           ("nnbsp", "\u202f", ","), ("thin", "\u2009", ","), ("figure", "\u2007", ","),
           ("apostrophe", "'", ",")),
    "ar": (("comma", ",", "."), ("arabic-sep", "٬", "٫"), ("arabic-comma", "،", "٫"),
           ("nbsp", "\u00a0", "."), ("thin", "\u2009", "."), ("indic", "٬", "٫")),
}
SEPARATORS["nb"] = SEPARATORS["da"]
_CONTEXT = {"en": "about {} people", "da": "omkring {} personer", "nb": "rundt {} personer",
            "ar": "حوالي {} شخص"}


def digit_set(lang: str, sample: int = 200, seed: int = 1) -> Iterator[tuple[str, str, float]]:
    """``(separator, text, value)``: sampled numbers 1000..10^9 grouped with each separator,
    some with decimals, in a short sentence of the language."""
    rng = random.Random(seed)
    values = [int(math.exp(rng.uniform(math.log(1000), math.log(10**9)))) for _ in range(sample)]
    for name, group, dec in SEPARATORS[lang]:
        for k, v in enumerate(values):
            text = f"{v:,}".replace(",", group)
            value = float(v)
            if k % 5 == 0:
                text, value = text + dec + "5", v + 0.5
            if name == "indic":
                text = text.translate(_AR_DIGITS)
            yield name, _CONTEXT[lang].format(text), value


def fidelity_rate(data: Path, lang: str, split: str) -> tuple[int, int]:
    """``(sentences with a number, flagged)`` for FLORES ``split`` ("dev"/"test")."""
    pair = load_flores(data, f"{lang}-en", split=split)
    src, ref = pair.sources or (), pair.references[0]
    with_numbers = flagged = 0
    for s, h in zip(src, ref, strict=True):
        result = check_fidelity(s, lang, h, "en")
        if result.source_quantities or result.target_quantities:
            with_numbers += 1
            flagged += bool(result.flags)
    return with_numbers, flagged


#: One unpunctuated news-like run per language, repeated to the wanted length.
_LONG = {
    "en": "about three hundred and twenty-five soldiers and 2,000 civilians were sent to the "
          "city where at least twenty people died and over 40 were wounded",
    "da": "omkring tre hundrede og femogtyve soldater og 2 000 civile blev sendt til byen "
          "hvor mindst tyve mennesker døde og over 40 blev såret",
    "nb": "rundt tre hundre og tjuefem soldater og 2 000 sivile ble sendt til byen der minst "
          "tjue mennesker døde og over 40 ble såret",
    "ar": "أرسل نحو ثلاثمائة وخمسة وعشرين جنديا و2000 مدني إلى المدينة حيث قتل عشرون شخصا "
          "على الأقل وأصيب أكثر من 40",
}


def long_paragraph_seconds(lang: str = "da", words: int = 6000) -> float:
    """Seconds to parse a ``words``-word paragraph without punctuation."""
    base = _LONG[lang].split()
    text = " ".join(base[k % len(base)] for k in range(words))
    start = time.perf_counter()
    parse_quantities(text, lang)
    return time.perf_counter() - start


GOLD = Path(__file__).resolve().parent / "data" / "news_gold"


def gold_reading(split: str, gold: Path = GOLD) -> dict[str, tuple[int, int]]:
    """Per language ``(right, claims)``: the number of each gold claim read with its value,
    hedge and bounds (the quantity overlapping the claim's ``number`` in its ``quote``)."""
    import json

    out: dict[str, list[int]] = {}
    path = gold / f"{split}.jsonl"
    if not path.is_file():
        return {}

    def same(a: float | None, b: float | None) -> bool:
        return (a is None and b is None) or (
            a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6))

    for line in path.read_text("utf-8").splitlines():
        doc = json.loads(line)
        text, lang = doc["text"], doc["language"]
        qs = parse_quantities(text, lang)
        for c in doc["claims"]:
            at = text.find(c["quote"])
            at = text.find(c["number"], at) if at >= 0 else -1
            hits = [q for q in qs if at >= 0 and q.start < at + len(c["number"]) and at < q.end]
            good = any(same(q.value, c["value"]) and q.hedge == c["hedge"]
                       and same(q.low, c["low"]) and same(q.high, c["high"]) for q in hits)
            tally = out.setdefault(lang, [0, 0])
            tally[0] += good
            tally[1] += 1
    return {lang: (ok, n) for lang, (ok, n) in out.items()}


def _pct(ok: int, n: int) -> str:
    return f"{100 * ok / max(n, 1):.1f}% ({ok}/{n})"


def main(data: Path = DEFAULT_DATA, sample: int = 600, show: int = 5) -> None:
    """Print the number-reading and fidelity tables."""
    print("## 1. Number reading (exactly one quantity with the right value)\n")
    print("| lang | spelled: num2words oracle | spelled: news spellings | digits: all separators |")
    print("|---|---:|---:|---:|")
    misses: list[str] = []
    for lang in LANGS:
        oracle, news = spelled_sets(lang, sample)
        ok_o = [reads_as(t, lang, v) for t, v in oracle]
        ok_n = [reads_as(t, lang, v) for t, v in news]
        digits = list(digit_set(lang))
        ok_d = [reads_as(t, lang, v) for _, t, v in digits]
        misses += [f"{lang} oracle: {t!r} ({v:g})" for (t, v), ok in zip(oracle, ok_o)
                   if not ok][:show]
        misses += [f"{lang} news: {t!r} ({v:g})" for (t, v), ok in zip(news, ok_n) if not ok][:show]
        misses += [f"{lang} digits {s}: {t!r} ({v:g})" for (s, t, v), ok in zip(digits, ok_d)
                   if not ok][:show]
        print(f"| {lang} | {_pct(sum(ok_o), len(ok_o))} | {_pct(sum(ok_n), len(ok_n))} "
              f"| {_pct(sum(ok_d), len(ok_d))} |")
    if misses:
        print("\nFirst misses per set:\n" + "\n".join(f"- {m}" for m in misses))
    dev, test = gold_reading("dev"), gold_reading("test")
    if dev or test:
        print("\nGold claims' numbers read with value, hedge and bounds (news gold set):\n")
        print("| lang | dev | test |")
        print("|---|---:|---:|")
        for lang in LANGS:
            print(f"| {lang} | {_pct(*dev.get(lang, (0, 0)))} | {_pct(*test.get(lang, (0, 0)))} |")
    times = ", ".join(f"{lang} {long_paragraph_seconds(lang):.2f} s" for lang in LANGS)
    print(f"\nA 6,000-word paragraph without punctuation parses in: {times}.")
    print("\n## 2b. Fidelity false alarms on FLORES human references "
          "(flagged / sentences with a number; tuned on dev, devtest reported only)\n")
    print("| lang | dev | devtest |")
    print("|---|---:|---:|")
    for lang in ("da", "nb", "ar"):
        cells = []
        for split in ("dev", "test"):
            n, bad = fidelity_rate(data, lang, split)
            cells.append(f"{100 * bad / max(n, 1):.1f}% ({bad}/{n})")
        print(f"| {lang} | {cells[0]} | {cells[1]} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sample", type=int, default=600)
    args = parser.parse_args()
    main(args.data, args.sample)
