"""Number-fidelity benchmark on FLORES test output of real MT systems.

For each language pair and system (and the human reference ``flores-test.en`` as a sanity
system, whose flags are mostly false alarms of the checker), print the number of
sentences with numbers, the share with any mismatch and per flag, and flagged examples.

Usage:
    python benchmarks/number_fidelity.py [--data ../shared/data/flores] [--examples 20]
        [--system nllb] [--lang da]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from translate.claims import check_fidelity
from translate.claims.fidelity import FLAGS

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "flores"


def _systems(pair_dir: Path) -> list[str]:
    files = pair_dir.glob("flores-test.*.en")
    names = sorted(p.name[len("flores-test."):-len(".en")] for p in files)
    return ["reference", *names]


def run(data: Path, examples: int, only_system: str | None, only_lang: str | None) -> None:
    rows = []
    for pair_dir in sorted(data.glob("*-en")):
        lang = pair_dir.name.split("-")[0]
        if only_lang and lang != only_lang:
            continue
        src = (pair_dir / f"flores-test.{lang}").read_text(encoding="utf-8").splitlines()
        for system in _systems(pair_dir):
            if only_system and system != only_system:
                continue
            name = "flores-test.en" if system == "reference" else f"flores-test.{system}.en"
            hyp = (pair_dir / name).read_text(encoding="utf-8").splitlines()
            with_numbers, mismatched, by_flag, flagged = 0, 0, Counter(), []
            for i, (s, h) in enumerate(zip(src, hyp, strict=True)):
                result = check_fidelity(s, lang, h, "en")
                if not (result.source_quantities or result.target_quantities):
                    continue
                with_numbers += 1
                if result.flags:
                    mismatched += 1
                    by_flag.update(result.flag_types())
                    flagged.append((i, s, h, result))
            rows.append((lang, system, with_numbers, mismatched, by_flag))
            if examples:
                print(f"\n=== {lang} {system}: {len(flagged)} flagged sentences, examples ===")
                shown = random.Random(0).sample(flagged, min(examples, len(flagged)))
                for i, s, h, result in shown:
                    print(f"[{i}] {'; '.join(f.describe() for f in result.flags)}")
                    print(f"   SRC {s}\n   HYP {h}")
    print("\n| lang | system | sentences with numbers | any mismatch | "
          + " | ".join(FLAGS) + " |")
    print("|---|---|---:|---:|" + "---:|" * len(FLAGS))
    for lang, system, n, bad, by_flag in rows:
        pct = " | ".join(f"{100 * by_flag[f] / max(n, 1):.1f}%" for f in FLAGS)
        print(f"| {lang} | {system} | {n} | {100 * bad / max(n, 1):.1f}% | {pct} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--examples", type=int, default=20)
    parser.add_argument("--system")
    parser.add_argument("--lang")
    args = parser.parse_args()
    run(args.data, args.examples, args.system, args.lang)


if __name__ == "__main__":
    main()
