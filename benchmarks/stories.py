"""Story finding measured on the multi-event news gold set and on FLORES.

Usage::

    python benchmarks/stories.py                 # dev and test gold splits + FLORES dev/devtest
    python benchmarks/stories.py --split dev     # one gold split (tune on dev only)
    python benchmarks/stories.py --flores-lines 300
    python benchmarks/stories.py --split dev --explain   # the dev events cut across stories,
                                                         # and why each piece stayed out
    python benchmarks/stories.py --split all             # dev + test in one corpus
    python benchmarks/stories.py --split dev --gold-folder DIR   # split files from DIR (a
                                                         # subset of the events)
    python benchmarks/stories.py --dev-fold 1            # half of the dev events (and 2:
                                                         # the other half; dev only)

Figures (per split):

* ``purity``: share of documents whose story's most common gold event is their own event;
* ``completeness``: share of documents found in the story that holds most of their event
  (1.0 = no event is split across stories, languages included);
* ``pair P/R``: precision and recall over document pairs put in one story;
* ``cross-event``: stories that join documents of different gold events (goal: 0).

``gold undated`` is the same split with every date removed (content and places alone).

FLORES: each line of the multi-parallel set (da, nb, ar, en) becomes four one-sentence
documents without dates; each line must make one story of four, different lines must not join.
FLORES takes three to five consecutive sentences from each source article, so neighbouring
lines may share a topic: ``cross_far`` counts only stories joining lines more than
:data:`NEAR_LINES` apart (goal: 0).

:func:`stories_report` returns the figures for the linking benchmark.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NEAR_LINES = 3  # FLORES takes a few consecutive sentences from each source article
FLORES = ROOT.parent / "shared" / "data" / "flores"
sys.path.insert(0, str(ROOT / "benchmarks"))


def score(stories: Sequence[Any], gold: Mapping[str, str]) -> dict[str, float]:
    """Purity, completeness, pairwise precision/recall and cross-event joins.

    Args:
        stories: :class:`~translate.align.stories.Story` objects (or anything with
            ``documents``).
        gold: Document id → gold event.
    """
    n = len(gold)
    purity_hits = 0
    cross = 0
    pred_pairs = true_pairs = 0
    for s in stories:
        events = Counter(gold[d] for d in s.documents)
        purity_hits += events.most_common(1)[0][1]
        cross += len(events) > 1
        k = len(s.documents)
        pred_pairs += k * (k - 1) // 2
        true_pairs += sum(c * (c - 1) // 2 for c in events.values())
    by_event: dict[str, Counter] = {}
    for s in stories:
        for d in s.documents:
            by_event.setdefault(gold[d], Counter())[s.id] += 1
    complete_hits = sum(c.most_common(1)[0][1] for c in by_event.values())
    gold_pairs = sum(
        sum(c.values()) * (sum(c.values()) - 1) // 2 for c in by_event.values()
    )
    return {
        "documents": n,
        "events": len(by_event),
        "stories": len(stories),
        "purity": purity_hits / n if n else 1.0,
        "completeness": complete_hits / n if n else 1.0,
        "pair_precision": true_pairs / pred_pairs if pred_pairs else 1.0,
        "pair_recall": true_pairs / gold_pairs if gold_pairs else 1.0,
        "cross_event": cross,
    }


def gold_documents(split: str, folder: str | Path | None = None
                   ) -> tuple[list[Any], dict[str, str]]:
    """The gold split as prepared documents (written as a corpus, loaded, prepared);
    ``"all"`` is dev and test in one corpus (look-alikes across the splits: Oslo 2011 and
    Christchurch, US troops in Afghanistan and in Germany in 2020; figures only).
    ``folder`` holds the split files instead of ``benchmarks/data/news_gold`` (a subset of
    the events, to check that adding events leaves the stories of the others alone)."""
    from news_gold import load_split, write_corpus

    from translate.corpus.loader import load_corpus
    from translate.corpus.prepare import prepare_all

    if split == "all":
        docs = load_split("dev", folder=folder)[0] + load_split("test", folder=folder)[0]
    else:
        docs, _groups = load_split(split, folder=folder)
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(docs, tmp)
        prepared = prepare_all(load_corpus(tmp).documents)
    # Kinds documents are unrelated sentences: each is its own event.
    gold = {d.doc: d.doc if d.event.endswith("-kinds") else d.event for d in docs}
    return prepared, gold


def undated(split: str, folder: str | Path | None = None) -> tuple[list[Any], dict[str, str]]:
    """The gold split with every date removed: a stress test of content and places alone
    (every event then competes with every other, as if all happened the same week)."""
    docs, gold = gold_documents(split, folder)
    return [SimpleNamespace(id=d.id, language=d.language, sentences=d.sentences, title=d.title,
                            document=SimpleNamespace(published=None)) for d in docs], gold


def flores_documents(split: str, lines: int) -> tuple[list[Any], dict[str, str]]:
    """``lines`` FLORES lines × {da, nb, ar, en} as one-sentence documents."""
    name = "dev" if split == "dev" else "test"
    files = {"en": f"da-en/flores-{name}.en", "da": f"da-en/flores-{name}.da",
             "nb": f"nb-en/flores-{name}.nb", "ar": f"ar-en/flores-{name}.ar"}
    text = {lang: (FLORES / f).read_text(encoding="utf-8").splitlines()[:lines]
            for lang, f in files.items()}
    docs, gold = [], {}
    for i in range(lines):
        for lang in files:
            doc_id = f"flores-{i}-{lang}"
            sentence = SimpleNamespace(text=text[lang][i])
            docs.append(SimpleNamespace(id=doc_id, language=lang, sentences=(sentence,),
                                        document=SimpleNamespace(published=None)))
            gold[doc_id] = str(i)
    return docs, gold


def split_events(stories: Sequence[Any], gold: Mapping[str, str],
                 published: Mapping[str, Any]) -> list[str]:
    """One line per gold event cut across stories: its pieces with their dates (dev only:
    never print test lines)."""
    pieces: dict[str, dict[str, list[str]]] = {}
    for st in stories:
        for d in st.documents:
            pieces.setdefault(gold[d], {}).setdefault(st.id, []).append(d)
    lines = []
    for event, parts in sorted(pieces.items()):
        if len(parts) < 2:
            continue
        shown = []
        for sid, docs in parts.items():
            dates = sorted(str(published[d]) for d in docs if published.get(d))
            span = (dates[0] if dates[0] == dates[-1] else f"{dates[0]}..{dates[-1]}") \
                if dates else "undated"
            shown.append(f"{sid} [{', '.join(docs)}] {span}")
        lines.append(f"{event}: " + " | ".join(shown))
    return lines


def explain_pieces(docs: Sequence[Any], stories: Sequence[Any], gold: Mapping[str, str], *,
                   embedder: Any = None, config: Any = None) -> list[str]:
    """Why each document outside its event's main story stayed out (dev only: never print
    test lines): its places, numbers and date, then the average score parts against the
    main story of its own event and against the best other story.

    Parts are averages over the story's members of :func:`~translate.align.stories.pair_parts`
    (content cosine, places, names, numbers) and the time cost of the nearest-dated member.
    """
    import numpy as np

    from translate.align.stories import (
        StoryConfig,
        _nearest_gap,
        _time_cost,
        pair_parts,
        story_inputs,
    )

    cfg = config or StoryConfig()
    facts, vecs = story_inputs(docs, embedder=embedder, config=cfg)
    row = {f.id: i for i, f in enumerate(facts)}
    of = {d: st for st in stories for d in st.documents}
    main: dict[str, Any] = {}
    for st in stories:
        for event, count in Counter(gold[d] for d in st.documents).items():
            if event not in main or count > sum(gold[d] == event for d in main[event].documents):
                main[event] = st

    def against(x: int, st: Any) -> tuple[float, str]:
        others = [row[d] for d in st.documents if row[d] != x]
        if not others:
            return float("-inf"), "-"
        sims = vecs[others] @ vecs[x]
        parts = [pair_parts(facts[x], facts[y], float(c), cfg) for y, c in zip(others, sims)]
        avg = {k: float(np.mean([p[k] for p in parts])) for k in parts[0]}
        dates = sorted(facts[y].published for y in others if facts[y].published)
        gap = _nearest_gap([facts[x].published] if facts[x].published else [], dates)
        cost = _time_cost(gap, cfg)
        total = sum(avg.values()) - cost
        shown = " ".join(f"{k} {v:+.3f}" for k, v in avg.items())
        return total, (f"{st.id} ({len(st.documents)} docs) score {total:.3f} = {shown} "
                       f"time -{cost:.3f} (gap {gap})")

    lines = []
    for d in sorted(of):
        event = gold[d]
        if of[d] is main[event] or len({of[x].id for x in of if gold[x] == event}) < 2:
            continue
        x = row[d]
        f = facts[x]
        lines.append(f"{d} [{f.language}, {f.published}] places: "
                     f"{', '.join(sorted(f.places.values())) or '-'}; countries: "
                     f"{','.join(sorted(f.countries)) or '-'}; numbers: "
                     f"{','.join(map(str, sorted(f.numbers))) or '-'}; "
                     f"names: {','.join(sorted(f.names)[:6]) or '-'}")
        lines.append(f"    own event: {against(x, main[event])[1]}")
        best = max((st for st in stories if st is not of[d] and st is not main[event]),
                   key=lambda st: against(x, st)[0], default=None)
        if best is not None:
            lines.append(f"    best other: {against(x, best)[1]}")
    return lines


def stories_report(split: str = "dev", *, embedder: Any = None, config: Any = None,
                   flores_lines: int = 200, explain: bool = False,
                   gold_folder: str | Path | None = None) -> dict[str, dict[str, float]]:
    """Story-finding figures on one gold split and the matching FLORES split.

    Args:
        split: ``"dev"`` (tune), ``"test"`` (report only) or ``"all"`` (both in one corpus,
            report only; no FLORES).
        embedder: Passed to :func:`~translate.align.stories.find_stories`.
        config: A :class:`~translate.align.stories.StoryConfig`.
        flores_lines: FLORES lines used (0 skips FLORES).
        explain: Print the gold events cut across stories (dev only).
        gold_folder: Folder of the gold split files (default ``benchmarks/data/news_gold``).

    Returns:
        ``{"gold": {...}, "flores": {...}}`` as :func:`score` gives, plus ``seconds``.
    """
    from translate.align.stories import find_stories

    out: dict[str, dict[str, float]] = {}
    sets = {"gold": lambda: gold_documents(split, gold_folder),
            "gold undated": lambda: undated(split, gold_folder)}
    if flores_lines and FLORES.is_dir() and split != "all":
        sets["flores"] = lambda: flores_documents(split, flores_lines)
    for name, make in sets.items():
        try:
            docs, gold = make()
        except FileNotFoundError as exc:
            print(f"{name} {split}: {exc}", file=sys.stderr)
            continue
        t = time.perf_counter()
        stories = find_stories(docs, embedder=embedder, config=config)
        figures = score(stories, gold)
        if explain and split == "dev" and name == "gold":
            published = {d.id: getattr(getattr(d, "document", None), "published", None)
                         for d in docs}
            for line in split_events(stories, gold, published):
                print("  split " + line, file=sys.stderr)
            for line in explain_pieces(docs, stories, gold, embedder=embedder, config=config):
                print("  " + line, file=sys.stderr)
        figures["seconds"] = time.perf_counter() - t
        if name == "flores":
            figures["cross_far"] = sum(
                1 for st in stories
                if (lambda ln: max(ln) - min(ln) > NEAR_LINES)([int(gold[d]) for d in st.documents])
            )
        out[name] = figures
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], action="append",
                    help="gold split (all: dev and test as one corpus, figures only)")
    ap.add_argument("--flores-lines", type=int, default=200)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="a story setting (StoryConfig field), e.g. number_bonus=0")
    ap.add_argument("--explain", action="store_true",
                    help="print the dev gold events cut across stories and, for each "
                         "document outside its event's main story, its places and the score "
                         "parts against that story and the best other one (never test)")
    ap.add_argument("--gold-folder", type=Path, default=None,
                    help="folder holding the gold split files (default "
                         "benchmarks/data/news_gold), e.g. a subset of the dev events")
    ap.add_argument("--dev-fold", type=int, choices=(1, 2), default=None,
                    help="only half of the dev events (1: the 1st, 3rd, 5th... event in id "
                         "order; 2: the others, as benchmarks/linking.py --dev-fold), to check "
                         "that a setting which helps dev helps both halves (dev only)")
    args = ap.parse_args(argv)
    if args.dev_fold:
        from linking import _dev_fold

        args.gold_folder = Path(_dev_fold(args.gold_folder, args.dev_fold))
        args.split = ["dev"]
    from translate.align.config import parse_setting, resolve_config

    config = resolve_config({f"stories.{k}": v for k, v in map(parse_setting, args.set)}).stories
    cols = ["documents", "events", "stories", "purity", "completeness", "pair_precision",
            "pair_recall", "cross_event", "cross_far", "seconds"]
    print(f"{'set':<19}" + "".join(f"{c[:12]:>13}" for c in cols))
    for split in args.split or ["dev", "test"]:
        for name, fig in stories_report(split, flores_lines=args.flores_lines,
                                        config=config, explain=args.explain,
                                        gold_folder=args.gold_folder).items():
            row = "".join(f"{fig[c]:>13.3f}" if isinstance(fig.get(c), float)
                          else f"{fig.get(c, '-'):>13}" for c in cols)
            print(f"{name + ' ' + split:<19}{row}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
