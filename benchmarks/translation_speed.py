"""Translation speed: the workbench's paths against naive per-sentence ``generate``.

Run ``python benchmarks/translation_speed.py`` (2-3 minutes on 2 idle CPU cores). It prints
target tokens/s, sentences/s and peak RSS for

  (a) naive: one ``model.generate`` call per sentence with transformers (the baseline);
  (b) batched: ``create_backend("marian", dir, cache=False)`` (``--engine transformers``);
  (c) ctranslate2: ``create_backend("ctranslate2", dir, cache=False)`` (int8 on CPU), the
      workbench default on CPU (``--engine auto`` with ctranslate2 installed);
  (d) warm cache: (c) with a :class:`TranslationCache` in a temp dir, second run.

Inputs are the non-English seed sentences (``seeds/`` through ``load_corpus`` +
``prepare_all``) repeated to ``--sentences``. Every path runs in its own process (so peak
RSS is its own) with the same beam size and thread count.

Without ``--model`` the model has the published OPUS-MT base architecture (d_model 512,
6+6 layers, 8 heads, FFN 2048, vocabulary 58,101: a SentencePiece vocabulary trained on the
seed text, padded with unused entries) and random weights, so every path is forced to emit
exactly ``--out-len`` tokens per sentence (transformers ``min_new_tokens=max_new_tokens``,
CTranslate2 ``min_decoding_length=max_decoding_length``): a random model would otherwise
stop at arbitrary lengths and the paths would not do equal work. With ``--model DIR`` a
real Marian checkpoint is measured and nothing is forced.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PATHS = {
    "a": "naive per-sentence generate (transformers)",
    "b": "workbench batched transformers",
    "c": "workbench default: ctranslate2 int8",
    "d": "warm cache re-run (ctranslate2 + cache)",
}
REFERENCES = (
    "EasyNMT (opus-mt, CPU): 6 sentences/s; CTranslate2 benchmark (OPUS-MT en-de, 4 CPU "
    "threads): transformers 147 vs CTranslate2 int8 696 target tokens/s = 4.7x"
)


# ---- inputs and model ---------------------------------------------------------------------
def seed_sentences(n: int) -> list[tuple[str, str]]:
    """``n`` (language, sentence) pairs: the non-English seed sentences, repeated."""
    from translate import load_corpus
    from translate.corpus.prepare import prepare_all

    docs = prepare_all(load_corpus(ROOT / "seeds"))
    pool = [(s.language, s.text) for d in docs if d.language != "en" for s in d.sentences]
    pool = [(lang, t) for lang, t in pool if t.strip()]
    return [pool[i % len(pool)] for i in range(n)]


def build_opus_base(directory: Path, lines: list[str], *, vocab_size: int = 58101) -> Path:
    """A random-weight MarianMT with the OPUS-MT base architecture and a padded vocabulary."""
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    from translate.testing import train_sentencepiece

    directory.mkdir(parents=True, exist_ok=True)
    spm = train_sentencepiece(directory / "_spm" / "spm.model", lines, vocab_size=8000)
    import sentencepiece

    sp = sentencepiece.SentencePieceProcessor(model_file=str(spm))
    vocab: dict[str, int] = {}
    for tok in ["</s>", "<unk>", *(sp.id_to_piece(i) for i in range(sp.get_piece_size()))]:
        vocab.setdefault(tok, len(vocab))
    i = 0
    while len(vocab) < vocab_size - 1:  # unused rows, as many as the real vocabulary has
        vocab.setdefault(f"▁unused{i}", len(vocab))
        i += 1
    vocab["<pad>"] = vocab_size - 1  # OPUS-MT keeps <pad> last
    (directory / "_spm" / "vocab.json").write_text(json.dumps(vocab), encoding="utf-8")
    tok = MarianTokenizer(str(spm), str(spm), str(directory / "_spm" / "vocab.json"))
    cfg = MarianConfig(  # Helsinki-NLP/opus-mt-*-en config.json
        vocab_size=vocab_size,
        d_model=512,
        encoder_layers=6,
        decoder_layers=6,
        encoder_attention_heads=8,
        decoder_attention_heads=8,
        encoder_ffn_dim=2048,
        decoder_ffn_dim=2048,
        max_position_embeddings=512,
        activation_function="swish",
        scale_embedding=True,
        static_position_embeddings=True,
        pad_token_id=vocab_size - 1,
        eos_token_id=0,
        decoder_start_token_id=vocab_size - 1,
        forced_eos_token_id=0,
        num_beams=4,
    )
    torch.manual_seed(0)
    MarianMTModel(cfg).save_pretrained(directory)
    tok.save_pretrained(directory)
    return directory


# ---- one path, in its own process ---------------------------------------------------------
def _by_language(items: list[tuple[str, str]]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for i, (lang, _) in enumerate(items):
        groups.setdefault(lang, []).append(i)
    return groups


def _force_hf(model: Any, n: int | None) -> None:
    if n is None:
        return
    original = model.generate

    def generate(*args: Any, **kw: Any) -> Any:
        kw.update(min_new_tokens=n, max_new_tokens=n)
        return original(*args, **kw)

    model.generate = generate


class _ForcedCT2:
    def __init__(self, translator: Any, n: int) -> None:
        self.translator, self.n = translator, n

    def translate_batch(self, *args: Any, **kw: Any) -> Any:
        kw.update(min_decoding_length=self.n, max_decoding_length=self.n)
        return self.translator.translate_batch(*args, **kw)


def _translate_all(backend: Any, items: list[tuple[str, str]]) -> int:
    tokens = 0
    for lang, idx in _by_language(items).items():
        hyps = backend.translate_batch([items[i][1] for i in idx], src_lang=lang)
        tokens += sum(h.tokens for h in hyps)
    return tokens


def worker(path: str, spec: dict[str, Any]) -> dict[str, Any]:
    import torch

    torch.set_num_threads(spec["threads"])
    items = [tuple(x) for x in spec["items"]]
    model_dir, beams, forced = spec["model"], spec["beams"], spec["out_len"]
    out: dict[str, Any] = {"path": path}
    if path == "a":
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        tok = AutoTokenizer.from_pretrained(model_dir)
        model = AutoModelForSeq2SeqLM.from_pretrained(model_dir).eval()
        kw = {"min_new_tokens": forced, "max_new_tokens": forced} if forced else {}
        t0, tokens = time.perf_counter(), 0
        with torch.inference_mode():
            for _, text in items:
                enc = tok([text], return_tensors="pt")
                seq = model.generate(**enc, num_beams=beams, **kw)
                tokens += int(seq.shape[1]) - 1  # minus the decoder start token
        seconds = time.perf_counter() - t0
    else:
        from translate.mt import TranslationCache, create_backend

        common = {"num_beams": beams, "progress": False, "device": "cpu"}
        if spec.get("max_tokens"):
            common["max_tokens"] = spec["max_tokens"]
        t0 = time.perf_counter()
        if path == "c":
            be = create_backend(
                "ctranslate2", model_dir, cache=False, **common, intra_threads=spec["threads"]
            )
            out["load_s"] = time.perf_counter() - t0  # includes the one-off conversion
            if forced:
                be.translator = _ForcedCT2(be.translator, forced)
        elif path == "d":  # the fast path with a cache: cold run, then the timed warm one
            be = create_backend(
                "ctranslate2",
                model_dir,
                cache=TranslationCache(spec["cache_dir"]),
                **common,
                intra_threads=spec["threads"],
            )
            if forced:
                be.translator = _ForcedCT2(be.translator, forced)
        else:
            be = create_backend("marian", model_dir, cache=False, **common)
            _force_hf(be.model, forced)
        if path == "d":
            t1 = time.perf_counter()
            _translate_all(be, items)
            out["cold_s"] = time.perf_counter() - t1
        t0 = time.perf_counter()
        tokens = _translate_all(be, items)
        seconds = time.perf_counter() - t0
    out.update(
        seconds=seconds,
        sentences=len(items),
        tokens=tokens,
        peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    )
    return out


# ---- driver ---------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sentences", type=int, default=16, help="inputs per path (default 16)")
    ap.add_argument("--beams", type=int, default=4, help="beam size on every path (default 4)")
    ap.add_argument("--model", help="a real Marian checkpoint directory (no forced length)")
    ap.add_argument("--out-len", type=int, help="forced output tokens (random model only)")
    ap.add_argument("--threads", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--max-tokens", type=int, help="token budget per batch, paths b-d")
    ap.add_argument("--paths", default="abcd", help="which of a, b, c, d to run")
    ap.add_argument("--_worker", help=argparse.SUPPRESS)
    ap.add_argument("--_spec", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._worker:
        spec = json.loads(Path(args._spec).read_text(encoding="utf-8"))
        print("RESULT " + json.dumps(worker(args._worker, spec)))
        return 0

    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    with tempfile.TemporaryDirectory(prefix="mt-bench-") as tmp:
        work = Path(tmp)
        os.environ["TRANSLATE_CACHE_DIR"] = str(work / "cache")  # never the user's cache
        items = seed_sentences(args.sentences)
        t0 = time.perf_counter()
        if args.model:
            model_dir, forced = Path(args.model), None
            what = f"real model {args.model} (outputs end where the model ends them)"
        else:
            model_dir = build_opus_base(work / "opus-base", [t for _, t in items])
            from transformers import AutoTokenizer

            tok = AutoTokenizer.from_pretrained(model_dir)
            mean_src = sum(len(tok(t)["input_ids"]) for _, t in items) / len(items)
            forced = args.out_len or round(1.1 * mean_src)
            what = (
                "OPUS-MT base architecture (512d, 6+6 layers, 8 heads, FFN 2048, vocab 58,101), "
                f"random weights; every output forced to {forced} tokens on every path "
                f"(mean source {mean_src:.1f} tokens)"
            )
        print(f"model: {what} (setup {time.perf_counter() - t0:.0f}s)")
        print(f"inputs: {len(items)} seed sentences; beams {args.beams}; {args.threads} threads")
        spec = {
            "items": items,
            "model": str(model_dir),
            "beams": args.beams,
            "out_len": forced,
            "threads": args.threads,
            "cache_dir": str(work / "bench-cache"),
            "max_tokens": args.max_tokens,
        }
        spec_file = work / "spec.json"
        spec_file.write_text(json.dumps(spec), encoding="utf-8")
        results: dict[str, dict[str, Any]] = {}
        for p in args.paths:
            proc = subprocess.run(
                [sys.executable, __file__, "--_worker", p, "--_spec", str(spec_file)],
                capture_output=True,
                text=True,
                env=os.environ.copy(),
            )
            line = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")]
            if proc.returncode or not line:
                print(f"({p}) failed:\n{proc.stderr[-2000:]}")
                continue
            results[p] = json.loads(line[-1][7:])
            r = results[p]
            print(f"  ({p}) done in {r['seconds']:.1f}s", flush=True)
    print_table(results)
    return 0


def print_table(results: dict[str, dict[str, Any]]) -> None:
    base = results.get("a")
    print()
    print(f"{'path':<46} {'tok/s':>8} {'sent/s':>8} {'vs (a)':>7} {'peak RSS':>9}")
    for p, r in results.items():
        tps, sps = r["tokens"] / r["seconds"], r["sentences"] / r["seconds"]
        ratio = f"{(base['seconds'] / r['seconds']):.1f}x" if base else "-"
        print(
            f"({p}) {PATHS[p]:<42} {tps:>8.0f} {sps:>8.1f} {ratio:>7} {r['peak_rss_mb']:>6.0f} MB"
        )
    if "b" in results and "c" in results:
        print(
            f"ctranslate2 vs batched transformers: "
            f"{results['b']['seconds'] / results['c']['seconds']:.1f}x "
            f"(first load incl. conversion {results['c']['load_s']:.0f}s, once per model)"
        )
    if "d" in results:
        d = results["d"]
        print(
            f"warm cache vs its own cold run: {d['cold_s'] / d['seconds']:.0f}x "
            f"({d['cold_s']:.1f}s cold, {d['seconds'] * 1000:.0f} ms warm)"
        )
    print(f"references: {REFERENCES}")
    print("ratios are the ones to compare: absolute times drift with the machine and its load")


if __name__ == "__main__":
    sys.exit(main())
