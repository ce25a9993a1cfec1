"""Translation speed: the workbench's paths against naive per-sentence ``generate``.

Run ``python benchmarks/translation_speed.py`` (about 15 minutes on 2 idle CPU cores,
estimated from the CPU time of smaller runs; on a shared machine add ``--threads 1`` and read
the ratios by CPU seconds). It
prints target tokens/s, sentences/s, the spread of repeated runs, CPU time and peak memory
for

  (a) naive: one ``model.generate`` call per sentence with transformers (the baseline);
  (b) batched transformers, ``generate`` only: path (c) without its confidence pass;
  (c) batched transformers as the workbench runs it: ``create_backend("marian", dir,
      cache=False)`` (``--engine transformers``), ``generate`` plus one teacher-forced pass
      that scores the outputs (the confidence);
  (d) CTranslate2 float32: ``create_backend("ctranslate2", dir, compute_type="float32")``;
  (e) CTranslate2 int8, the workbench default on CPU (``--engine auto``);
  (f) warm cache: (e) with a :class:`TranslationCache`, after one cold run.

so that batching (a→b), rescoring (b→c), engine (b→d, both float32, CTranslate2 scores
while it decodes) and quantisation (d→e) are separate figures.

How it is measured:

* One process builds and saves the model (and its CTranslate2 float32 and int8
  conversions); every path then runs in a fresh process that only loads it. Peak memory is
  that process's ``VmHWM`` from ``/proc/self/status`` (reset at ``exec``; ``ru_maxrss``,
  which on Linux carries a forking parent's peak over, is the fallback elsewhere).
* Inputs are distinct FLORES-200 *dev* sentences in Bokmål, Danish and Arabic (a third
  each, from different lines), never the seeds and never repeated: the backends skip
  identical inputs even with the cache off, so repeats would credit work never done.
* Each path translates the whole sample ``--repeats`` times after a two-sentence warm-up;
  the table gives the median and the spread ``(max - min) / median`` of the repeats, and
  the CPU seconds (user + system) of the timed runs. The load average is printed beside
  every path: absolute times drift with whatever else runs on the machine.

Without ``--model`` the model has the published OPUS-MT base architecture (d_model 512,
6+6 layers, 8 heads, FFN 2048, vocabulary 58,101: a SentencePiece vocabulary trained on
FLORES dev text, padded with unused entries) and random weights, so every path is forced to
emit exactly ``--out-len`` tokens per sentence (transformers
``min_new_tokens=max_new_tokens``, CTranslate2 ``min_decoding_length=max_decoding_length``):
a random model would otherwise stop at arbitrary lengths and the paths would not do equal
work. With ``--model DIR`` a real Marian checkpoint is measured and nothing is forced (give
``--languages`` the source language(s) it translates).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FLORES = ROOT.parent / "shared" / "data" / "flores"
PATHS = {
    "a": "naive per-sentence generate (transformers)",
    "b": "batched transformers, generate only",
    "c": "batched transformers + confidence pass",
    "d": "ctranslate2 float32",
    "e": "ctranslate2 int8 (workbench default, CPU)",
    "f": "warm cache re-run of (e)",
}
REFERENCES = (
    "EasyNMT (opus-mt, CPU): 6 sentences/s; CTranslate2 benchmark (OPUS-MT en-de, 4 CPU "
    "threads): transformers 147 vs CTranslate2 int8 696 target tokens/s = 4.7x"
)
#: (label, from path, to path): each isolates one change; printed as time(from) / time(to).
COMPARISONS = (
    ("batching (a -> b)", "a", "b"),
    ("dropping the confidence pass (c -> b)", "c", "b"),
    ("engine, both float32, no rescoring (b -> d)", "b", "d"),
    ("engine, both with confidence (c -> d)", "c", "d"),
    ("int8 quantisation (d -> e)", "d", "e"),
    ("ctranslate2 int8 vs batched transformers (c -> e)", "c", "e"),
    ("workbench default vs naive (a -> e)", "a", "e"),
)


# ---- inputs ---------------------------------------------------------------------------------
def flores_sentences(n: int, languages: list[str], root: Path = FLORES) -> list[tuple[str, str]]:
    """``n`` distinct ``(language, sentence)`` pairs from FLORES dev, a share per language.

    Language ``j`` takes consecutive lines starting at ``j * ceil(n / len(languages))``, so no
    two languages translate the same sentence either.

    Raises:
        FileNotFoundError: When the FLORES folder or a language pair is missing.
        ValueError: When the dev split has too few lines for ``n``.
    """
    from translate.evaluate.flores import load_flores

    if not root.is_dir():
        raise FileNotFoundError(f"FLORES data not found at {root} (see the README's data set-up)")
    share = -(-n // len(languages))
    items: list[tuple[str, str]] = []
    for j, lang in enumerate(languages):
        sources = load_flores(root, f"{lang}-en", split="dev").sources or ()
        want = min(share, n - len(items))
        picked = list(sources[j * share : j * share + want])
        if len(picked) < want:
            raise ValueError(f"FLORES dev {lang}-en has {len(sources)} lines; asked for more")
        items += [(lang, t) for t in picked]
    texts = [t for _, t in items]
    if len(set(texts)) != len(texts):
        raise ValueError("FLORES sample has repeated sentences; the benchmark needs distinct ones")
    return items


def tokenizer_lines(languages: list[str], root: Path = FLORES) -> list[str]:
    """All FLORES dev source lines of ``languages`` (SentencePiece training text)."""
    from translate.evaluate.flores import load_flores

    sets = [load_flores(root, f"{lang}-en", split="dev") for lang in languages]
    return [t for s in sets for t in s.sources or ()]


# ---- building (its own process) -------------------------------------------------------------
def build_opus_base(directory: Path, lines: list[str], *, vocab_size: int = 58101) -> Path:
    """A random-weight MarianMT with the OPUS-MT base architecture and a padded vocabulary."""
    import sentencepiece
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    from translate.testing import train_sentencepiece

    directory.mkdir(parents=True, exist_ok=True)
    spm = train_sentencepiece(directory / "_spm" / "spm.model", lines, vocab_size=8000)
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


def build(spec: dict[str, Any]) -> dict[str, Any]:
    """Build (or take) the model, convert it for CTranslate2 twice, pick the forced length."""
    from translate.mt import create_backend

    t0 = time.perf_counter()
    items = [tuple(x) for x in spec["items"]]
    out: dict[str, Any] = {}
    if spec["real_model"]:
        model_dir, forced = Path(spec["real_model"]), None
        out["what"] = f"real model {model_dir} (outputs end where the model ends them)"
    else:
        model_dir = build_opus_base(Path(spec["work"]) / "opus-base", spec["spm_lines"])
        from transformers import AutoTokenizer

        tok = AutoTokenizer.from_pretrained(model_dir)
        mean_src = sum(len(tok(t)["input_ids"]) for _, t in items) / len(items)
        forced = spec["out_len"] or round(1.1 * mean_src)
        out["what"] = (
            "OPUS-MT base architecture (512d, 6+6 layers, 8 heads, FFN 2048, vocab 58,101), "
            f"random weights; every output forced to {forced} tokens on every path "
            f"(mean source {mean_src:.1f} tokens)"
        )
    out.update(model=str(model_dir), out_len=forced, build_s=time.perf_counter() - t0)
    if set(spec["paths"]) & set("def"):
        for compute_type in ("float32", "int8"):  # convert here, so workers only load
            t1 = time.perf_counter()
            create_backend(
                "ctranslate2", str(model_dir), cache=False, progress=False, device="cpu",
                compute_type=compute_type,
            )
            out[f"convert_{compute_type}_s"] = time.perf_counter() - t1
    return out


# ---- one path, in its own fresh process -----------------------------------------------------
def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (``VmHWM``; ``ru_maxrss`` where absent)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


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


def _skip_confidence(backend: Any) -> None:
    """Path (b): the workbench's batched ``generate`` without the teacher-forced scoring."""
    torch = backend._torch
    pad = backend.model.config.pad_token_id

    def no_score(seqs: Any, attention_mask: Any, hidden: Any) -> tuple[Any, Any]:
        targets = seqs[:, 1:]
        mask = targets != pad
        mask[:, 0] = True
        return torch.zeros(targets.shape, dtype=torch.float32), mask

    backend._score = no_score


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


def _naive(spec: dict[str, Any]) -> Any:
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(spec["model"])
    model = AutoModelForSeq2SeqLM.from_pretrained(spec["model"]).eval()
    forced = spec["out_len"]
    kw = {"min_new_tokens": forced, "max_new_tokens": forced} if forced else {}

    def run(items: list[tuple[str, str]]) -> int:
        tokens = 0
        with torch.inference_mode():
            for _, text in items:
                enc = tok([text], return_tensors="pt")
                seq = model.generate(**enc, num_beams=spec["beams"], **kw)
                tokens += int(seq.shape[1]) - 1  # minus the decoder start token
        return tokens

    return run


def _workbench(path: str, spec: dict[str, Any]) -> Any:
    from translate.mt import TranslationCache, create_backend

    common: dict[str, Any] = {"num_beams": spec["beams"], "progress": False, "device": "cpu"}
    if spec.get("max_tokens"):
        common["max_tokens"] = spec["max_tokens"]
    forced = spec["out_len"]
    if path in "def":
        cache = TranslationCache(spec["cache_dir"]) if path == "f" else False
        be = create_backend(
            "ctranslate2",
            spec["model"],
            cache=cache,
            compute_type="float32" if path == "d" else "int8",
            intra_threads=spec["threads"],
            **common,
        )
        if forced:
            be.translator = _ForcedCT2(be.translator, forced)
    else:
        be = create_backend("marian", spec["model"], cache=False, **common)
        _force_hf(be.model, forced)
        if path == "b":
            _skip_confidence(be)
    return lambda items: _translate_all(be, items)


def worker(path: str, spec: dict[str, Any]) -> dict[str, Any]:
    """Load the model for ``path`` and time ``spec["repeats"]`` runs over the inputs."""
    import torch

    torch.set_num_threads(spec["threads"])
    items = [tuple(x) for x in spec["items"]]
    out: dict[str, Any] = {"path": path, "load_before": os.getloadavg()[0]}
    t0 = time.perf_counter()
    run = _naive(spec) if path == "a" else _workbench(path, spec)
    out["load_s"] = time.perf_counter() - t0
    if path == "f":  # the cold run that fills the cache
        t1 = time.perf_counter()
        run(items)
        out["cold_s"] = time.perf_counter() - t1
    else:  # warm-up: first-call allocations, not the engine's speed
        run(items[:2])
    seconds, tokens = [], 0
    cpu0 = _cpu_s()
    for _ in range(spec["repeats"]):
        t1 = time.perf_counter()
        tokens = run(items)
        seconds.append(time.perf_counter() - t1)
    out.update(
        seconds=seconds,
        cpu_s=(_cpu_s() - cpu0) / spec["repeats"],
        sentences=len(items),
        tokens=tokens,
        peak_rss_mb=peak_rss_mb(),
        load_after=os.getloadavg()[0],
    )
    return out


# ---- driver (stays small: no torch here) ----------------------------------------------------
def _child(args: list[str]) -> dict[str, Any] | str:
    proc = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, env=os.environ.copy()
    )
    line = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")]
    if proc.returncode or not line:
        return proc.stderr[-2000:] or f"exit status {proc.returncode}"
    return dict(json.loads(line[-1][7:]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument(
        "--sentences", type=int, default=48, help="distinct inputs per path (default 48)"
    )
    ap.add_argument("--repeats", type=int, default=3, help="timed runs per path (default 3)")
    ap.add_argument("--beams", type=int, default=4, help="beam size on every path (default 4)")
    ap.add_argument("--languages", default="nb,da,ar", help="FLORES source languages")
    ap.add_argument("--model", help="a real Marian checkpoint directory (no forced length)")
    ap.add_argument("--out-len", type=int, help="forced output tokens (random model only)")
    ap.add_argument("--threads", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--max-tokens", type=int, help="token budget per batch, paths b-f")
    ap.add_argument("--paths", default="abcdef", help="which of a-f to run (default all)")
    ap.add_argument("--_worker", help=argparse.SUPPRESS)
    ap.add_argument("--_spec", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._worker:
        spec = json.loads(Path(args._spec).read_text(encoding="utf-8"))
        result = build(spec) if args._worker == "build" else worker(args._worker, spec)
        print("RESULT " + json.dumps(result))
        return 0
    unknown = set(args.paths) - set(PATHS)
    if unknown or args.repeats < 1 or args.sentences < 2:
        ap.error(f"--paths takes letters of {''.join(PATHS)}; --repeats >= 1; --sentences >= 2")

    languages = [x.strip() for x in args.languages.split(",") if x.strip()]
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    print(f"machine: {os.cpu_count()} CPUs, {args.threads} threads used; load average "
          f"{'/'.join(f'{x:.1f}' for x in os.getloadavg())} (1/5/15 min) at start")
    with tempfile.TemporaryDirectory(prefix="mt-bench-") as tmp:
        work = Path(tmp)
        os.environ["TRANSLATE_CACHE_DIR"] = str(work / "cache")  # never the user's cache
        items = flores_sentences(args.sentences, languages)
        spec: dict[str, Any] = {
            "items": items,
            "work": str(work),
            "real_model": args.model,
            "spm_lines": [] if args.model else tokenizer_lines(languages),
            "paths": args.paths,
            "beams": args.beams,
            "out_len": args.out_len,
            "threads": args.threads,
            "repeats": args.repeats,
            "cache_dir": str(work / "bench-cache"),
            "max_tokens": args.max_tokens,
        }
        spec_file = work / "spec.json"
        spec_file.write_text(json.dumps(spec), encoding="utf-8")
        built = _child(["--_worker", "build", "--_spec", str(spec_file)])
        if isinstance(built, str):
            print(f"building the model failed:\n{built}")
            return 1
        spec.update(model=built["model"], out_len=built["out_len"], spm_lines=[])
        spec_file.write_text(json.dumps(spec), encoding="utf-8")
        print(f"model: {built['what']} (built in {built['build_s']:.0f}s, own process)")
        counts = {lang: sum(1 for x, _ in items if x == lang) for lang in languages}
        print(f"inputs: {len(items)} distinct FLORES dev sentences "
              f"({', '.join(f'{k} {v}' for k, v in counts.items())}); beams {args.beams}; "
              f"{args.repeats} timed runs per path, each in a fresh process")
        results: dict[str, dict[str, Any]] = {}
        for p in args.paths:
            r = _child(["--_worker", p, "--_spec", str(spec_file)])
            if isinstance(r, str):
                print(f"  ({p}) failed:\n{r}")
                continue
            results[p] = r
            runs = ", ".join(f"{s:.1f}" for s in r["seconds"])
            print(f"  ({p}) runs {runs} s; load average {r['load_before']:.1f} -> "
                  f"{r['load_after']:.1f}", flush=True)
    print_table(results, built)
    return 0


def _median(r: dict[str, Any]) -> float:
    return float(statistics.median(r["seconds"]))


def print_table(results: dict[str, dict[str, Any]], built: dict[str, Any]) -> None:
    """Print one row per path, then the ratio that isolates each change."""
    base = results.get("a")
    print()
    print(f"{'path':<46} {'tok/s':>7} {'sent/s':>7} {'spread':>7} {'vs (a)':>7} "
          f"{'CPU s':>6} {'peak RSS':>9}")
    for p, r in results.items():
        med = _median(r)
        tps, sps = r["tokens"] / med, r["sentences"] / med
        spread = (max(r["seconds"]) - min(r["seconds"])) / med
        ratio = f"{_median(base) / med:.1f}x" if base else "-"
        print(f"({p}) {PATHS[p]:<42} {tps:>7.0f} {sps:>7.1f} {spread:>6.0%} {ratio:>7} "
              f"{r['cpu_s']:>6.1f} {r['peak_rss_mb']:>6.0f} MB")
    print("tok/s and sent/s: median of the timed runs; spread: (max - min) / median of them; "
          "CPU s: user + system per run")
    print()
    print("speed-up of one change: time before / time after (median runs; the range over "
          "every pair of runs), and the same by CPU seconds (steadier on a shared machine "
          "with --threads 1; with more threads it counts threads waiting on each other):")
    for label, slow, fast in COMPARISONS:
        if slow in results and fast in results:
            a, b = results[slow], results[fast]
            lo = min(a["seconds"]) / max(b["seconds"])
            hi = max(a["seconds"]) / min(b["seconds"])
            print(f"{label:<52} {_median(a) / _median(b):>5.2f}x  (runs give {lo:.2f}-{hi:.2f}x)"
                  f"  by CPU s {a['cpu_s'] / b['cpu_s']:>5.2f}x")
    if "e" in results:
        print(f"CTranslate2 load {results['e']['load_s']:.1f}s; one-off conversion "
              f"{built.get('convert_int8_s', 0):.0f}s (int8), "
              f"{built.get('convert_float32_s', 0):.0f}s (float32), once per model")
    if "f" in results:
        f = results["f"]
        print(f"warm cache vs its own cold run: {f['cold_s'] / _median(f):.0f}x "
              f"({f['cold_s']:.1f}s cold, {_median(f) * 1000:.1f} ms warm)")
    print(f"references: {REFERENCES}")
    print("compare ratios, not absolute times: those drift with the machine and its load")


if __name__ == "__main__":
    sys.exit(main())
