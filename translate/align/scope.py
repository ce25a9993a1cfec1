"""Scope of a claim: one incident, a running total, or a standing level.

The scope is read from the structure of the clause that holds the figure (the stretch
between commas, semicolons, dashes or a contrastive conjunction, :func:`clause_of`), in
the source sentence and in its English translation:

* ``standing_level`` — a level kept over time, for categories that can be kept
  (``standing_categories``: troops, vehicles): the figure is

  - what a verb of **keeping or possession** holds ("France *has* about 4,300 troops in
    the Sahel", "Minusma *tæller* 13.000 soldater", "كان *لها* نحو 2400 جندي"): the verb,
    at most ``possession_gap`` adverbs, approximators or determiners, then the figure,
    with an inverted verb's subject allowed between ("*hadde* USA over 1000 soldater",
    "*وتضم* اليونيفيل نحو ١٠ آلاف جندي"); a participle between them is a clause of its own
    ("*has sent* 3,000 troops"),
  - in a clause with a verb of **presence** ("stationed", "based in", "udstationeret",
    "متمركز", "remain in", "blir værende"),
  - the subject of an **existential** clause ("*there are* 900 troops in Syria", "*der
    er* omkring 2.000 soldater", "*يوجد* حاليا في بولندا أكثر من ..."),
  - placed by a **present copula** and a static locative ("about 2,000 troops *are*
    deployed *in* Syria", "*er* omkring 500 soldater allerede *i* landet"), or by a
    static locative right after it in a **verbless clause** (an ellipsis, "…, about 350
    *in* Gabon"; the Arabic nominal sentence, "أكثر من ٣٠ ألفا منهم *في* جزيرة أوكيناوا"),
    never when the figure counts an addition ("3,000 *extra* troops"),
  - or one end of a stated **change of a level** ("drop from 3,000 to 2,500": the
    ``from`` and ``target`` ends, and reductions).
* ``running_total`` — a figure that accumulates: the clause has a cumulative adverbial or
  a toll noun ("so far", "since May", "in total", "the death toll", "hittil", "i alt",
  "حتى الآن", "حصيلة"), or a cumulative category (the dead, the wounded, arrests...)
  in the **perfect or stative aspect** — an auxiliary followed by a participle, the
  figure counted up to now ("at least 58 people *have died*", "500 mennesker *er skadd*",
  "politiet *har anholdt* 24 personer"), where the simple past of one event ("were
  killed", "ble drept") stays an incident. A figure that counts members of a group named
  before it ("…, *among them* 645 children", "٣٩ *منهم*") reads its sentence's earlier
  clauses too: a part of a toll is a running total (``parts_share_scope``).
* ``incident`` — anything else: a figure of one event ("seven were killed in the blast",
  "3,000 extra troops are sent").

The verb, adverb and particle tables are closed grammatical classes of the four
languages, kept in :class:`~translate.align.config.LinkingConfig` (``scope_running_total``,
``scope_standing_level``, ``scope_possession``, ``scope_fillers``, ``scope_existential``,
``scope_copulas``, ``scope_locatives``, ``scope_connectives``, ``scope_additive``,
``scope_perfect``, ``standing_categories``) so a user can extend them. A group's scope is
the widest of its claims' (:func:`translate.align.linking.link_claims`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from translate.align.config import LinkingConfig
from translate.align.cues import clause_of, has_cue
from translate.claims.types import Claim

__all__ = ["SCOPES", "scope_of", "clauses_of", "is_held"]

#: Fixed scope vocabulary.
SCOPES: tuple[str, ...] = ("incident", "running_total", "standing_level")

_PLAIN_WORD = re.compile(r"[^\W\d_]+|\d[\d.,\u00a0\u202f\u2009\u066b\u066c ]*", re.UNICODE)
# a word (with an English genitive "'s") or a number
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019]s)?|\d[\d.,\u00a0\u202f\u2009\u066b\u066c ]*", re.UNICODE)


def _tokens(text: str) -> list[str]:
    return [m.group(0).strip() for m in _WORD.finditer(text)]


def clauses_of(claim: Claim) -> list[tuple[str, str]]:
    """``(clause, quote)`` pairs, lower-cased: the claim's clause in the source sentence and,
    when the claim has an English quote, in the English sentence (else the whole English
    sentence, quote ``""``)."""
    return [(c.lower(), q.lower()) for c, q in _cased_clauses(claim)]


def _cased_clauses(claim: Claim) -> list[tuple[str, str]]:
    """:func:`clauses_of` in the sentences' own case."""
    out = [(clause_of(claim.sentence, claim.quote), claim.quote)]
    english = claim.english
    if english and english != claim.sentence:
        eq = getattr(claim, "english_quote", None)
        if eq and eq in english:
            out.append((clause_of(english, eq), eq))
        else:
            out.append((english, ""))
    return out


def _bare(word: str) -> str:
    """An Arabic word without a leading conjunction clitic (و, ف): "ولها" → "لها"."""
    return word[1:] if len(word) > 2 and word[0] in "وف" else word


@lru_cache(maxsize=256)
def _phrases(terms: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Terms as word sequences, longest first (a phrase is matched before its words)."""
    out = {tuple(t.split()) for t in terms if t.strip()}
    return tuple(sorted(out, key=len, reverse=True))


def _same(word: str, form: str) -> bool:
    return word == form or _bare(word) == form


def _phrase_at(words: list[str], k: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the longest phrase that starts at ``words[k]`` (0: none)."""
    for p in phrases:
        if k + len(p) <= len(words) and all(_same(w, f) for w, f in zip(words[k:], p)):
            return len(p)
    return 0


def _phrase_before(words: list[str], end: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the longest phrase that ends just before ``words[end]`` (0: none)."""
    for p in phrases:
        if len(p) <= end and all(_same(w, f) for w, f in zip(words[end - len(p):end], p)):
            return len(p)
    return 0


def _split(clause: str, quote: str) -> tuple[list[str], list[str]] | None:
    """The clause's words before and after the quote (``None``: quote not found)."""
    pos = clause.find(quote) if quote else -1
    if pos < 0:
        return None
    return _tokens(clause[:pos]), _tokens(clause[pos + len(quote):])


def _skip_back(words: list[str], end: int, fillers: tuple[tuple[str, ...], ...],
               most: int) -> int:
    """``end`` moved back over at most ``most`` filler phrases (adverbs, approximators,
    determiners) that end just before it."""
    for _ in range(most):
        k = _phrase_before(words, end, fillers)
        if not k:
            break
        end -= k
    return end


def _skip_fwd(words: list[str], start: int, fillers: tuple[tuple[str, ...], ...],
              most: int) -> int:
    """``start`` moved on over at most ``most`` filler phrases that start at it."""
    for _ in range(most):
        k = _phrase_at(words, start, fillers)
        if not k:
            break
        start += k
    return start


def _named(word: str) -> bool:
    """A word of a noun phrase that can be a subject: a capitalised name ("USA",
    "Danmark") or an Arabic word with the definite article ("اليونيفيل"); a verb is
    neither."""
    w = _bare(word)
    return word[:1].isupper() or (w.startswith("ال") and len(w) > 3)


def _held(before: list[str], cased: list[str], cfg: LinkingConfig) -> bool:
    """The figure is the object of a verb of keeping or possession: the verb, then at most
    ``possession_gap`` adverbs, approximators or determiners (``scope_fillers``), then the
    figure ("has about 4,300 troops", "har i tillegg 2 500 soldater", "has all its 96
    jets"); after an inverted verb its subject may come between (Norwegian and Danish
    verb-second, Arabic verb-subject-object: "hadde USA over 1000 soldater", "وتضم
    اليونيفيل نحو ١٠ آلاف جندي"). Any other word between them is the verb of a clause of
    its own ("has sent 3,000 troops": an auxiliary and its participle)."""
    fillers, verbs = _phrases(cfg.scope_fillers), _phrases(cfg.scope_possession)
    end = _skip_back(before, len(before), fillers, cfg.possession_gap)
    if _phrase_before(before, end, verbs):
        return True
    names = 0
    while end > 0 and names < 3 and _named(cased[end - 1]):
        end, names = end - 1, names + 1
    if not names:
        return False
    end = _skip_back(before, end, fillers, cfg.possession_gap)
    return _phrase_before(before, end, verbs) > 0


def _additive(before: list[str], quote_words: list[str], cfg: LinkingConfig) -> bool:
    """The figure counts an addition ("3,000 extra troops", "yderligere 1.000 soldater",
    "٣٠٠٠ جندي إضافي"): no level. An approximator is no addition ("more than")."""
    add, approx = _phrases(cfg.scope_additive), _phrases(cfg.scope_approximators)
    words = before[-1:] + quote_words
    k = 0
    while k < len(words):
        n = _phrase_at(words, k, approx)
        if n:
            k += n
            continue
        if _phrase_at(words, k, add):
            return True
        k += 1
    return False


def _located(words: list[str], start: int, cfg: LinkingConfig, reach: int) -> bool:
    """A static locative ("in", "i", "på", "في") within ``reach`` words from ``start``."""
    loc = _phrases(cfg.scope_locatives)
    return any(_phrase_at(words, k, loc) for k in range(start, min(len(words), start + reach)))


def _existential(before: list[str], cfg: LinkingConfig) -> bool:
    """An existential clause whose subject is the figure: the expletive and its verb
    ("there are", "der er", "er der", "det finnes", "يوجد", "هناك"), then at most two
    adverbs or approximators and at most a place ("يوجد حاليا في بولندا أكثر من ..."),
    then the figure ("Der er omkring 2.000 amerikanske soldater i Syrien"). A participle
    between them makes a passive of an event ("der er sendt 1.000 soldater")."""
    ex = _phrases(cfg.scope_existential)
    fillers, loc = _phrases(cfg.scope_fillers), _phrases(cfg.scope_locatives)
    for k in range(len(before)):
        n = _phrase_at(before, k, ex)
        if not n:
            continue
        j = _skip_fwd(before, k + n, fillers, 2)
        if j < len(before) and _phrase_at(before, j, loc):
            j = _skip_fwd(before, min(len(before), j + 3), fillers, 2)
        if j >= len(before):
            return True
    return False


def _present(before: list[str], after: list[str], cfg: LinkingConfig) -> bool:
    """The figure is where a clause of presence puts it: the subject of a present-tense
    copula, at most one participle after it, then a static locative ("about 2,000 troops
    *are* (deployed) *in* Syria", "1.000 Wagner-folk nu *er i* landet", "120 *er*
    utplassert *i* hovedstaden"), the same copula before it ("*er* omkring 500 af brigadens
    soldater allerede *i* landet"), or a clause with no verb before the figure (only
    ``scope_connectives`` and fillers) and a static locative right after it, or after a
    connective (an ellipsis: "*,* about 350 *in* Gabon"; the Arabic nominal sentence:
    "أكثر من ٣٠ ألفا منهم *في* جزيرة أوكيناوا")."""
    fillers, cop = _phrases(cfg.scope_fillers), _phrases(cfg.scope_copulas)
    reach = cfg.presence_reach
    if not cfg.scope_locatives:
        return False
    for k in range(min(len(after), reach + 1)):
        n = _phrase_at(after, k, cop)
        if n:
            j = _skip_fwd(after, k + n, fillers, 2)
            return _located(after, j, cfg, 2)
    end = _skip_back(before, len(before), fillers, 2)
    if _phrase_before(before, end, cop):
        j = _skip_fwd(after, 0, fillers, 2)
        return _located(after, j, cfg, reach)
    # no verb before the figure: only connectives ("and", "including", "إضافة إلى")
    conn = _phrases(cfg.scope_connectives)
    k = 0
    while k < len(before):
        n = _phrase_at(before, k, conn)
        if not n:
            return False
        k += n
    return _located(after, _skip_fwd(after, 0, conn, 1), cfg, 1)


def _definite(before: list[str], quote_words: list[str], after: list[str],
              cfg: LinkingConfig) -> bool:
    """A definite or possessed figure with a static locative right after it (after
    adverbs): a known contingent where it is ("*the* roughly 28,500 US troops *on* the
    peninsula", "*its* 9,000 troops *in* Afghanistan", "*de* 28.500 amerikanske soldater
    *i* landet", "Britain*'s* 9,000 troops in ...", "korps*ets* 630 soldater i ...").
    Only with ``scope_definite``."""
    if not cfg.scope_definite:
        return False
    det = _phrases(cfg.scope_determiners)
    fillers = _phrases(cfg.scope_fillers)
    end = _skip_back(before, len(before), _phrases(cfg.scope_approximators), 2)
    marked = _phrase_before(before, end, det) > 0 or _phrase_at(quote_words, 0, det) > 0 or (
        end > 0 and any(before[end - 1].endswith(g) for g in cfg.scope_genitives))
    if not marked:
        return False
    return _located(after, _skip_fwd(after, 0, fillers, 2), cfg, 1)


def _perfect(clause: str, quote: str, auxiliaries: tuple[str, ...]) -> bool:
    """An auxiliary of the perfect or stative aspect followed by a participle (any word
    that is not the figure): "have died", "har mistet", "er skadd", "has killed"."""
    words = [m.group(0) for m in _PLAIN_WORD.finditer(clause)]
    aux = frozenset(a.strip() for a in auxiliaries)
    skip = set(quote.split())
    for n, w in enumerate(words[:-1]):
        nxt = words[n + 1]
        if _bare(w) in aux and not nxt[0].isdigit() and nxt not in skip:
            return True
    return False


def is_held(claim: Claim, *, config: LinkingConfig | None = None) -> bool:
    """True when the claim's clause says the figure is kept somewhere (standing categories
    only): a verb of presence (``scope_standing_level``), a verb of keeping or possession
    holding the figure (:func:`_held`), an existential clause ("there are", "der er",
    "يوجد"), a present copula or a verbless clause placing the figure (:func:`_present`),
    or a definite or possessed figure with a place (:func:`_definite`); the last three
    never for a figure of an addition ("3,000 extra troops"). Such a figure is a level
    even when the sentence states a change elsewhere ("650 soldiers are still in
    Afghanistan, after Washington withdrew most of its forces")."""
    cfg = config or LinkingConfig()
    if claim.category not in cfg.standing_categories:
        return False
    for cased, cased_quote in _cased_clauses(claim):
        clause, quote = cased.lower(), cased_quote.lower()
        if has_cue(clause, cfg.scope_standing_level):
            return True
        split, cased_split = _split(clause, quote), _split(cased, cased_quote)
        if split is None or cased_split is None or len(cased_split[0]) != len(split[0]):
            continue
        before, after = split
        if _held(before, cased_split[0], cfg):
            return True
        quote_words = _tokens(quote)
        if _additive(before, quote_words, cfg):
            continue
        if _existential(before, cfg) or _present(before, after, cfg) or \
                _definite(before, quote_words, after, cfg):
            return True
    return False


def _wholes(claim: Claim, cfg: LinkingConfig) -> list[tuple[str, str]]:
    """For a figure that counts members of a group named before it ("…, among them 163",
    "بينهم 163 قتيلاً", "٣٩ منهم", "heraf 12"): the sentence up to the end of its clause,
    whose earlier clauses name the whole (its toll or total); else nothing."""
    if not cfg.parts_share_scope:
        return []
    out = []
    cues = _phrases(cfg.part_cues)
    for cased, cased_quote in _cased_clauses(claim):
        clause, quote = cased.lower(), cased_quote.lower()
        split = _split(clause, quote)
        if split is None:
            continue
        before, after = split
        quote_words = _tokens(quote)
        if _phrase_before(before, len(before), cues) or _phrase_at(after, 0, cues) or \
                _phrase_at(quote_words, len(quote_words) - 1, cues):
            sentence = claim.sentence if cased_quote == claim.quote else (claim.english or "")
            end = sentence.find(cased) + len(cased)
            out.append((sentence[:end].lower(), quote))
    return out


def scope_of(claim: Claim, *, config: LinkingConfig | None = None) -> str:
    """The scope of a claim, from the structure of the clause that holds it.

    Args:
        claim: The claim.
        config: Verb, adverb and category tables (default :class:`LinkingConfig`).

    Returns:
        One of :data:`SCOPES`.
    """
    cfg = config or LinkingConfig()
    clauses = clauses_of(claim)
    can_stand = claim.category in cfg.standing_categories
    if is_held(claim, config=cfg):
        return "standing_level"
    if any(has_cue(c, cfg.scope_running_total) for c, _q in clauses + _wholes(claim, cfg)):
        return "running_total"
    changed = claim.direction in ("from", "target", "reduce") or \
        getattr(claim, "role", None) in ("from", "target")
    if can_stand and changed:
        return "standing_level"
    if claim.category in cfg.cumulative_categories + cfg.perfect_categories and any(
            _perfect(c, q, cfg.scope_perfect) for c, q in clauses):
        return "running_total"
    return "incident"
