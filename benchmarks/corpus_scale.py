"""Corpus scale: documents/s, sentences/s and peak memory of the main job, by executor.

Generates corpora of 200 / 2,000 / 20,000 articles from ``seeds/`` (every paragraph made
unique: its numbers shifted and a reference appended, so neither the translation cache nor
batch deduplication removes work; publication dates spread over the year so that stories
stay small) and runs ``translate.pipeline.run_to`` on each, in a fresh process per
measurement, for:

* the single-process stream (``--executor local``, the default),
* Ray Data with 1 and 2 translation workers (``--executor ray --workers N``, a local Ray
  instance started by the run),

with two translation models built here with random weights (nothing is downloaded):
``tiny`` (the test model: d_model 16, 2 layers) and ``opus-base`` (the OPUS-MT-base
architecture: d_model 512, 6+6 layers, 8 heads, FFN 2048, vocabulary 58,101; outputs are
gibberish, cost is real). Random weights (almost) never emit the end-of-sentence token, so
generation length is capped the same way in every path: both models have
``--max-positions`` (default 64) positions, so a sentence yields
``min(64, 2 x its batch's source length + 16)`` tokens (the workbench's own limit) and a
longer source is split by the workbench as for any model. Translation runs with the
transformers engine, greedy, no translation cache; grouping (stories, claim links) is off
unless ``--align`` (it runs in the driver, the same code for every executor). Ray actors
run torch with one thread each; the single process uses torch's default (all cores).

It prints, per corpus size, model and executor: documents/s and translated sentences/s
over the whole run (start-up, read, prepare, translate, claims, writing), the translation
stage's own sentences/s once its workers have loaded the model (sentences over the wall
time during which at least one worker was translating: :mod:`translate.stream.timing`),
the start-up (seconds from the run's start to the first
translation call: Ray, actors, model loading), the peak resident memory of the run's
process tree (the driver and, with Ray, its raylet and workers; sampled every 0.2 s from
``/proc``, so Linux only), the 1-minute load average before the run, and whether the output
files equal the single-process ones; with ``--align``, what grouping reads back from the
run's spool and holds (every document's digest and every claim: count, seconds, MB by
``tracemalloc``; :mod:`translate.stream.collect`). Then, per corpus size and model, Ray's
speed-up from 1 to 2 workers, end to end and for the translation stage.

    python benchmarks/corpus_scale.py                       # 200 and 2,000 articles
    python benchmarks/corpus_scale.py --sizes 200 2000 20000 --models tiny opus-base
    python benchmarks/corpus_scale.py --sizes 200 --executors local --align
    python benchmarks/corpus_scale.py --sizes 10 --models opus-base --window-documents 1
    python benchmarks/corpus_scale.py --sizes 30 --models opus-base --window-documents 3 \
        --executors ray-1 ray-2 local --settle 0.5   # Ray 2 vs 1 worker, ~12 min

Generated corpora, models and outputs are kept in ``--work`` (default
``$TMPDIR/translate-corpus-scale``).
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
OUTPUTS = ("documents.jsonl", "sentences.jsonl", "claims.jsonl", "fidelity.jsonl",
           "stories.jsonl", "groups.jsonl")
EXECUTORS = {"local": ("local", None), "ray-1": ("ray", 1), "ray-2": ("ray", 2)}

_NUMBER = re.compile(r"\d+")


# ---- corpus --------------------------------------------------------------------------------


def _unique_paragraph(text: str, article: int, paragraph: int) -> str:
    """The paragraph with every number shifted by ``article`` and a reference appended."""
    if not text.strip():
        return text
    shifted = _NUMBER.sub(lambda m: str(int(m.group()) + article)
                          if len(m.group()) < 4 else m.group(), text)
    return f"{shifted.rstrip()} Ref. {article}-{paragraph}."


def make_corpus(folder: Path, size: int) -> Path:
    """``size`` articles from the seeds in ``folder`` (reused when already complete)."""
    if (folder / "metadata.csv").is_file() and len(list(folder.glob("*.txt"))) == size:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    with (SEEDS / "metadata.csv").open(encoding="utf-8") as fh:
        meta = {row["id"]: row for row in csv.DictReader(fh)}
    seeds = sorted(SEEDS.glob("*.txt"))
    rows = []
    start = _dt.date(2020, 1, 1)
    for n in range(size):
        seed = seeds[n % len(seeds)]
        paragraphs = seed.read_text("utf-8").split("\n\n")
        text = "\n\n".join(_unique_paragraph(p, n, i) for i, p in enumerate(paragraphs))
        doc_id = f"{n:06d}_{seed.stem.split('_')[1]}"
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        row = dict(meta.get(seed.stem, {}))
        row["id"] = doc_id
        row["published"] = (start + _dt.timedelta(days=(n // len(seeds)) % 366)).isoformat()
        rows.append(row)
    fields = list(dict.fromkeys(k for r in rows for k in r))
    with (folder / "metadata.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return folder


# ---- models --------------------------------------------------------------------------------


def make_model(work: Path, name: str, max_positions: int = 64) -> Path:
    """A random Marian model: ``tiny`` or ``opus-base`` (OPUS-MT-base architecture), with
    ``max_positions`` positions (the cap on source pieces and generated tokens)."""
    folder = work / f"model-{name}-{max_positions}"
    if (folder / "config.json").is_file():
        return folder
    from translate.testing import build_tiny_marian

    if name == "tiny":
        return build_tiny_marian(folder, max_positions=max_positions)
    import torch
    from transformers import MarianConfig, MarianMTModel

    build_tiny_marian(folder, max_positions=max_positions)
    small = MarianConfig.from_pretrained(folder)
    cfg = MarianConfig(
        vocab_size=58101, d_model=512, encoder_layers=6, decoder_layers=6,
        encoder_attention_heads=8, decoder_attention_heads=8, encoder_ffn_dim=2048,
        decoder_ffn_dim=2048, max_position_embeddings=max_positions,
        pad_token_id=small.pad_token_id, eos_token_id=small.eos_token_id,
        decoder_start_token_id=small.decoder_start_token_id,
        forced_eos_token_id=small.forced_eos_token_id)
    torch.manual_seed(0)
    model = MarianMTModel(cfg)
    with torch.no_grad():  # outputs stay inside the tokenizer's vocabulary
        bias = torch.full((1, cfg.vocab_size), -1e4)
        bias[:, : small.vocab_size] = 0.0
        model.final_logits_bias.copy_(bias)
    model.save_pretrained(folder)
    return folder


# ---- one measurement (a fresh process) -------------------------------------------------------


def measure(args: argparse.Namespace) -> None:
    """Run once and print a JSON line (called in a child process)."""
    import warnings

    warnings.simplefilter("ignore")
    from translate.pipeline import run_to

    executor, workers = EXECUTORS[args.executor]
    languages = ("da", "nb", "ar")
    kw = {"models": dict.fromkeys(languages, args.model), "num_beams": 1, "cache": False,
          "engine": "transformers", "progress": False, "allow_download": False,
          "align": args.align, "resume": False, "html": False}
    if executor == "ray":
        kw |= {"executor": "ray", "workers": workers}
    if args.window_documents:
        from translate.stream.local import WindowSettings

        kw["window"] = WindowSettings(window_documents=args.window_documents)
    import resource

    held = _trace_grouping_input() if args.align else {}
    t0, cpu0 = time.perf_counter(), time.process_time()
    got = run_to(args.corpus, args.out, **kw)
    seconds = time.perf_counter() - t0
    driver_cpu = time.process_time() - cpu0  # this process (Ray: the driver) only
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    translated = sum(1 for _ in _translated(Path(args.out) / "sentences.jsonl"))
    timings = got.timings
    assert timings is not None
    stage = timings.stages.get("translate")
    print(json.dumps({"seconds": seconds, "documents": got.totals.documents,
                      "translated_sentences": translated,
                      "translate_rate": stage.rate if stage else 0.0,
                      "translate_workers": stage.workers if stage else 0,
                      "startup": timings.until("translate"), "driver_cpu": driver_cpu,
                      "children_cpu": children.ru_utime + children.ru_stime,
                      "stages": timings.to_dict()["stages"], "grouping_input": held}))


def _trace_grouping_input() -> dict[str, Any]:
    """Measure (tracemalloc) what grouping reads back from the run's spool and holds: every
    document's digest and every claim (``translate.pipeline._grouping_input``)."""
    import tracemalloc

    import translate.pipeline as pipeline

    held: dict[str, Any] = {}
    real = pipeline._grouping_input

    def traced(collector: Any) -> Any:
        tracemalloc.start()
        try:
            t0 = time.perf_counter()
            got = real(collector)
            held["mb"] = tracemalloc.get_traced_memory()[0] / 2**20
            held["seconds"] = time.perf_counter() - t0
        finally:
            tracemalloc.stop()
        held["documents"], held["claims"] = len(got[0]), len(got[1])
        return got

    pipeline._grouping_input = traced
    return held


def _translated(path: Path):
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if '"translation":null' not in line:
                yield line


def _tree(root: int) -> tuple[int, dict[int, float]]:
    """``(resident bytes, {pid: CPU seconds})`` of ``root`` and all its descendants, from
    ``/proc`` (CPU: each process's own user + system time so far)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    cpu: dict[int, float] = {}
    page, tick = os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * page
            cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
        except (OSError, ValueError, IndexError):
            continue
    children: dict[int, list[int]] = {}
    for pid, ppid in parents.items():
        children.setdefault(ppid, []).append(pid)
    total, todo, seen = 0, [root], {}
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        seen[pid] = cpu.get(pid, 0.0)
        todo += children.get(pid, [])
    return total, seen


def run_measurement(corpus: Path, model: Path, executor: str, out: Path, align: bool,
                    window_documents: int | None = None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--measure", "--corpus", str(corpus), "--model",
           str(model), "--executor", executor, "--out", str(out)] + (["--align"] if align
                                                                       else [])
    if window_documents:
        cmd += ["--window-documents", str(window_documents)]
    env = dict(os.environ, TOKENIZERS_PARALLELISM="false", RAY_ENABLE_UV_RUN_RUNTIME_ENV="0")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)
    peak = 0
    cpu: dict[int, float] = {}  # the last CPU seconds seen of every process of the tree
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            rss, seen = _tree(proc.pid)
            peak = max(peak, rss)
            cpu.update(seen)
            stop.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{executor} on {corpus.name} failed:\n{stderr[-3000:]}")
    result: dict[str, Any] = json.loads(stdout.strip().splitlines()[-1])
    result["peak_rss_mb"] = peak / 2**20
    result["tree_cpu"] = sum(cpu.values())
    result["digest"] = _digest(out)
    return result


def _digest(out: Path) -> str:
    h = hashlib.sha256()
    for name in OUTPUTS:
        h.update((out / name).read_bytes())
    return h.hexdigest()[:16]


def _stage(r: dict[str, Any], name: str) -> dict[str, Any]:
    return next((st for st in r["stages"] if st["stage"] == name),
                {"cpu_s": 0.0, "items": 0, "active_s": 0.0})


def _speedup(size: int, model: str, one: dict[str, Any], two: dict[str, Any]) -> str:
    """The line comparing Ray with 2 translation workers to Ray with 1."""
    t1, t2 = _stage(one, "translate"), _stage(two, "translate")
    per = [f"{t['cpu_s'] / t['items']:.3f}" if t["items"] else "-" for t in (t1, t2)]
    return (f"{size:>8,} {model:<9} Ray 2 vs 1 worker: end to end "
            f"{one['seconds'] / two['seconds']:.2f}x, translation stage "
            f"{two['translate_rate'] / max(one['translate_rate'], 1e-9):.2f}x "
            f"({one['translate_rate']:.2f} -> {two['translate_rate']:.2f} sentences/s over "
            f"{t1['active_s']:.0f} -> {t2['active_s']:.0f} s active; translation CPU "
            f"{t1['cpu_s']:.0f} -> {t2['cpu_s']:.0f} s, {per[0]} -> {per[1]} s/sentence; "
            f"process tree CPU {one['tree_cpu']:.0f} -> {two['tree_cpu']:.0f} s)")


def _settle(load: float, *, most: float = 180.0) -> None:
    """Wait until the 1-minute load average is below ``load`` (at most ``most`` seconds)."""
    end = time.monotonic() + most
    while os.getloadavg()[0] >= load and time.monotonic() < end:
        time.sleep(5)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    p.add_argument("--models", nargs="+", default=["tiny", "opus-base"],
                   choices=["tiny", "opus-base"])
    p.add_argument("--executors", nargs="+", default=list(EXECUTORS), choices=list(EXECUTORS))
    p.add_argument("--align", action="store_true", help="also group claims (stories, links)")
    p.add_argument("--max-positions", type=int, default=64,
                   help="positions of both models: caps source pieces and generated tokens")
    p.add_argument("--window-documents", type=int, default=None,
                   help="documents per window (the unit of work of a Ray actor; default: "
                   "the workbench's, 32): every executor uses the same windows")
    p.add_argument("--settle", type=float, default=None, metavar="LOAD",
                   help="before each run, wait (up to 3 minutes) until the 1-minute load "
                   "average is below LOAD, so a run does not start in the previous one's load")
    p.add_argument("--stages", action="store_true",
                   help="also print each run's stage timings (busy, span, items/s)")
    p.add_argument("--work", type=Path,
                   default=Path(tempfile.gettempdir()) / "translate-corpus-scale")
    p.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--corpus", help=argparse.SUPPRESS)
    p.add_argument("--model", help=argparse.SUPPRESS)
    p.add_argument("--executor", default="local", help=argparse.SUPPRESS)
    p.add_argument("--out", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.measure:
        measure(args)
        return 0
    print(f"machine: {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f} "
          "(shared machines: compare rows of one run only)")
    print(f"{'articles':>8} {'model':<9} {'executor':<8} {'docs/s':>8} {'sent/s':>8} "
          f"{'tr sent/s':>9} {'start s':>7} {'peak MB':>8} {'seconds':>8} {'cpu s':>8} "
          f"{'load':>5}  same output")
    speedups = []
    for size in args.sizes:
        corpus = make_corpus(args.work / f"corpus-{size}", size)
        for name in args.models:
            model = make_model(args.work, name, args.max_positions)
            reference = None
            rows: dict[str, dict[str, Any]] = {}
            for executor in args.executors:
                out = args.work / f"out-{size}-{name}-{executor}"
                if args.settle is not None:
                    _settle(args.settle)
                load = os.getloadavg()[0]
                r = run_measurement(corpus, model, executor, out, args.align,
                                    args.window_documents)
                rows[executor] = r
                reference = reference or r["digest"]
                same = "yes" if r["digest"] == reference else "NO"
                startup = "-" if r["startup"] is None else f"{r['startup']:.1f}"
                print(f"{size:>8,} {name:<9} {executor:<8} "
                      f"{r['documents'] / r['seconds']:>8.2f} "
                      f"{r['translated_sentences'] / r['seconds']:>8.1f} "
                      f"{r['translate_rate']:>9.1f} {startup:>7} "
                      f"{r['peak_rss_mb']:>8.0f} {r['seconds']:>8.1f} {r['tree_cpu']:>8.1f} "
                      f"{load:>5.1f}  {same}", flush=True)
                held = r.get("grouping_input") or {}
                if held:
                    print(f"{'':>10}grouping input: {held['documents']:,} digests and "
                          f"{held['claims']:,} claims read back from the spool in "
                          f"{held['seconds']:.1f} s, holding {held['mb']:.1f} MB "
                          f"({held['mb'] * 2**20 / max(held['claims'], 1):,.0f} B/claim "
                          "with the digests; tracemalloc)")
                if args.stages:
                    print(f"{'':>10}driver CPU {r['driver_cpu']:.1f} s (the process that "
                          f"runs run_to; its children {r['children_cpu']:.1f} s)")
                    for st in r["stages"]:
                        print(f"{'':>10}{st['stage']:<10} calls {st['calls']:>5}  workers "
                              f"{st['workers']}  busy {st['busy_s']:>7.1f} s  cpu "
                              f"{st['cpu_s']:>7.1f} s  active "
                              f"{st['active_s']:>7.1f} s  span {st['span_s']:>7.1f} s  "
                              f"{st['items_per_s']:>8.1f} items/s  x{st['parallelism']:.2f}")
            if "ray-1" in rows and "ray-2" in rows:
                speedups.append(_speedup(size, name, rows["ray-1"], rows["ray-2"]))
    for line in speedups:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
