"""Per-token classes of a sentence: casualty cues, change directions and number spans.

A lexicon table (``category -> terms``) becomes a memoised ``word -> class`` look-up that
reads Danish/Norwegian inflection stems, s-passives and compound heads
(:mod:`translate.claims.morphology`), so a cue is found in the forms a lexicon does not
list ("behandlede", "savnes", "brannskader").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from translate.claims.lexicon import Lexicon, normalise_word
from translate.claims.morphology import (
    english_singulars,
    passive_participles,
    scandinavian_stem,
    stem_table,
)
from translate.claims.nounphrase import FUNCTION_WORDS
from translate.claims.quantities import Found
from translate.claims.tokens import Token, compound_head_matches, word_matches

__all__ = ["TokenTags", "classifier", "tag_tokens"]


_CLASS_MEMO: dict[tuple[int, str], dict[str, str | None]] = {}


_STEM_MEMO: dict[int, dict[str, str]] = {}


#: Nouns that are cues only with a possessive (or "without") before them (closed class):
#: Danish/Norwegian "hjem" is also the adverb "home" ("tog hjem"); "fra deres hjem" is a
#: home left behind, "uten hjem" is homeless.
_POSSESSED: dict[str, tuple[frozenset[str], dict[str, str]]] = {
    "da": (frozenset({"deres", "sine", "sit", "sin", "vores", "uden"}), {"hjem": "displaced"}),
    "nb": (frozenset({"deres", "sine", "sitt", "sin", "våre", "uten"}), {"hjem": "displaced"}),
}


#: Nouns of a hospital (``*`` = prefix; Danish/Norwegian compounds by their head:
#: "militærhospital") and the prepositions that place people in or bring them to one
#: (closed classes). "Twenty-four people remain in hospital", "17 personer ligger på
#: sykehus", "took 74 patients to six hospitals", "يرقدون في المستشفى": who is in hospital
#: is hurt, as "hospitalised"/"innlagt" say; a hospital after "at"/"near"/"outside" is only
#: where something happened.
_HOSPITALS: dict[str, tuple[str, ...]] = {
    "en": ("hospital", "hospitals"),
    "da": ("hospital*", "sygehus*"),
    "nb": ("sykehus*", "hospital*"),
    "ar": (normalise_word("مستشفى"), normalise_word("مستشفيات")),
}
_TO_HOSPITAL: dict[str, frozenset[str]] = {
    "en": frozenset({"in", "to", "into"}),
    "da": frozenset({"på", "i", "til"}),
    "nb": frozenset({"på", "i", "til"}),
    "ar": frozenset({normalise_word("في"), normalise_word("إلى"), normalise_word("الى")}),
}
#: Arabic prepositions written on the noun ("بالمستشفى", "للمستشفى").
_AR_ATTACHED = ("بال", "لل", "وبال")
_HOSPITAL_REACH = 3  # words between the preposition and the noun ("på et amerikansk
# militærhospital", "to six hospitals")


def _in_hospital(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """``tokens[k]`` is a hospital that people are in or are brought to: a hospital noun
    after a preposition of place or direction (past at most a few words of its phrase),
    or, in Arabic, with the preposition on it."""
    lang = lex.language
    terms = _HOSPITALS.get(lang)
    norm = tokens[k].norm
    if not terms or tokens[k].kind != "word":
        return False
    if not word_matches(norm, terms, lex) and compound_head_matches(norm, terms, lex) is None:
        return False
    if lang == "ar" and norm.startswith(_AR_ATTACHED):
        return True
    preps = _TO_HOSPITAL.get(lang, frozenset())
    articles = _ARTICLES.get(lang, frozenset())
    function = FUNCTION_WORDS.get(lang, frozenset())
    for m in range(k - 1, max(-1, k - 2 - _HOSPITAL_REACH), -1):
        if tokens[m].norm in preps:
            return True
        if tokens[m].kind not in ("word", "num") or (
                tokens[m].norm in function and tokens[m].norm not in articles):
            return False  # "i kø utenfor sykehusene": another preposition's noun
    return False


#: Determiners that deny the noun after them (closed class): "no deaths were reported",
#: "without any injuries", "ingen døde", "أي إصابات": a casualty word they deny says
#: nothing happened, so it labels no count.
_DENYING: dict[str, frozenset[str]] = {
    "en": frozenset({"no", "any"}),
    "da": frozenset({"ingen", "intet"}),
    "nb": frozenset({"ingen", "intet"}),
    "ar": frozenset({normalise_word("أي"), normalise_word("أية")}),
}


#: "of the" before a group noun (closed class), and nouns of kin and mourners before it
#: (closed class): "relatives of the dead", "families of the victims", "pårørende til de
#: døde", "efterladte efter de dræbte".
_OF_THE: dict[str, frozenset[tuple[str, str]]] = {
    "en": frozenset({("of", "the"), ("of", "those")}),
    "da": frozenset({("til", "de"), ("af", "de"), ("efter", "de")}),
    "nb": frozenset({("til", "de"), ("av", "de"), ("etter", "de")}),
}
_KIN: dict[str, frozenset[str]] = {
    "en": frozenset({"relatives", "families", "relative", "family", "friends", "parents",
                     "children", "widows", "mourners", "kin", "loved", "ones"}),
    "da": frozenset({"pårørende", "familier", "familierne", "efterladte", "forældre",
                     "venner", "slægtninge"}),
    "nb": frozenset({"pårørende", "familier", "familiene", "etterlatte", "foreldre",
                     "venner", "slektninger"}),
}

#: "the only" before a casualty noun (closed class): "the only injury was a broken nose",
#: "den eneste skade": a single case of its own, not what happened to a count.
_THE_ONLY: dict[str, frozenset[tuple[str, str]]] = {
    "en": frozenset({("the", "only")}),
    "da": frozenset({("den", "eneste"), ("det", "eneste")}),
    "nb": frozenset({("den", "eneste"), ("det", "eneste")}),
}

#: "own" between a possessive and its noun ("i sine egne hjem").
_OWN = frozenset({"egne", "eget", "egen"})


#: Cue classes whose Danish/Norwegian compounds keep the meaning of their head.
_COMPOUND_CUES = frozenset({"wounded", "missing", "arrested"})


def classifier(table: Mapping[str, tuple[str, ...]], lex: Lexicon, name: str):
    """Memoised ``norm -> class`` look-up of a lexicon table (first matching class)."""
    key = (id(table), name)
    memo = _CLASS_MEMO.get(key)
    if memo is None or len(memo) > 50_000:
        memo = _CLASS_MEMO[key] = {}
    stems = None
    if name == "cue" and lex.language in ("da", "nb"):
        stems = _STEM_MEMO.get(id(table))
        if stems is None:
            stems = _STEM_MEMO[id(table)] = stem_table(table)

    def look(norm: str) -> str | None:
        hit = memo.get(norm, "")
        if hit != "":
            return hit
        found = None
        for cls, terms in table.items():
            if word_matches(norm, terms, lex):
                found = cls
                break
        for singular in english_singulars(norm) if (
                found is None and name == "cat" and lex.language == "en") else ():
            found = next((cls for cls, terms in table.items()
                          if word_matches(singular, terms, lex)), None)
            if found:  # "boys" as the listed "boy"
                break
        if found is None and name in ("cat", "cue"):
            # "politibetjente", "brannskader": the compound's head decides (for cues only the
            # heads of injury, missing and arrest words: "dyre|livet" is no death)
            longest = ""
            for cls, terms in table.items():
                if name == "cue" and cls not in _COMPOUND_CUES:
                    continue
                head = compound_head_matches(norm, terms, lex) or ""
                if len(head) > len(longest):
                    found, longest = cls, head
        if found is None and stems is not None:  # "behandlede" as the listed "behandlet"
            stem = scandinavian_stem(norm)
            found = stems.get(stem) if stem is not None else None
            for participle in passive_participles(norm) if found is None else ():
                found = next((cls for cls, terms in table.items()
                              if word_matches(participle, terms, lex)), None)
                if found:  # "40 savnes" as "savnet"
                    break
        memo[norm] = found
        return found

    return look


#: Arabic "فقد" is both "lost, went missing" and the particle "fa-qad" before a verb; it is
#: a missing cue only with a count (or its hedge) at most one word after it ("فقد 30
#: صيادا", "فُقد أثر 17 صيادا").
_AR_QAD = frozenset({"فقد", "وقد", "لقد"})


#: Folded "مأوى" (shelter), a displacement cue only after "without" ("بلا مأوى").
_AR_SHELTER = "ماوي"


_AR_WITHOUT = frozenset({"بلا", "دون", "بدون", "من"})


#: Articles before an attributive adjective ("the lower house", "den reducerede styrke").
_ARTICLES = {"en": frozenset({"the", "a", "an"}), "da": frozenset({"den", "det", "de", "en",
                                                                  "et"}),
             "nb": frozenset({"den", "det", "de", "en", "et", "ei"})}
#: Verbs that mean "withdraw" only with a particle of direction (closed class): "pulled out
#: 3,000 troops", "trække soldaterne hjem", "trekke styrkene ut"; alone they are "pull"
#: ("pulled 14 people from the water" is a rescue, not a reduction).
_PULL: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    "en": (("pull",), frozenset({"out", "back", "home"})),
    "da": (("træk", "trak"), frozenset({"ud", "tilbage", "hjem"})),
    "nb": (("trekk", "trakk"), frozenset({"ut", "tilbake", "hjem"})),
    "ar": ((), frozenset()),
}
_PARTICLE_REACH = 8  # tokens from a "pull" verb to its particle ("trække de 100 soldater hjem")
#: Present copulas before a participle of stationing: a state, not a deployment ("500
#: troops are stationed in Chad", "er udstationeret i Irak").
_PRESENT_COPULAS = {"en": frozenset({"is", "are"}), "da": frozenset({"er"}),
                    "nb": frozenset({"er"})}
#: Participles of stationing (verbs that also name a presence; "sendt"/"sent" stay events).
_STATIONED = {"en": ("stationed", "deployed", "based"),
              "da": ("udstationeret", "udstationerede", "stationeret"),
              "nb": ("utstasjonert", "utstasjonerte", "stasjonert", "utplassert")}


_AR_IN, _AR_TO = "في", ("الي", "إلى", "الى", "لـ")
_PRESENCE_REACH = 8  # tokens from the verb to its "in" or "to"


def _arabic_presence(tokens: list[Token], k: int) -> bool:
    """An Arabic deploy verb in the imperfect (present, no future "سـ": "تنشر", "ينشر")
    whose place is "في" (in) with no "إلى" (to) before it: a force kept somewhere, as
    English "keeps/stations 5,000 troops in Iraq", not one sent."""
    norm = tokens[k].norm
    if norm[:1] in ("و", "ف") and len(norm) > 3:
        norm = norm[1:]  # "وتنشر": the attached "and"
    if not norm.startswith(("ت", "ي")):
        return False
    for m in range(k + 1, min(len(tokens), k + 1 + _PRESENCE_REACH)):
        if tokens[m].norm in _AR_TO:
            return False
        if tokens[m].norm == _AR_IN:
            return True
    return False


def _verbs_only(tokens: list[Token], dir_of: list, is_num: list[bool], lang: str) -> None:
    """Drop direction words that cannot be the verb of a change (in place): an attributive
    adjective between an article and its noun ("the lower house", "den reducerede styrke":
    no count is lowered), a stative passive of stationing ("500
    troops are stationed in Chad": a level that stands, not an addition), and a "pull" verb
    without its particle of direction."""
    articles = _ARTICLES.get(lang, frozenset())
    function = FUNCTION_WORDS.get(lang, frozenset())
    pulls, particles = _PULL.get(lang, ((), frozenset()))
    for k, cls in enumerate(dir_of):
        if cls is None:
            continue
        if k and tokens[k - 1].norm in articles and k + 1 < len(tokens) and (
                tokens[k + 1].kind == "word" and tokens[k + 1].norm not in function
                and not is_num[k + 1]):
            dir_of[k] = None
        elif cls == "deploy" and tokens[k].norm in _STATIONED.get(lang, ()) and k and (
                tokens[k - 1].norm in _PRESENT_COPULAS.get(lang, frozenset())):
            dir_of[k] = None  # "are stationed": a standing level
        elif cls == "deploy" and lang == "ar" and _arabic_presence(tokens, k):
            dir_of[k] = None  # "تنشر الولايات المتحدة 5000 جندي في العراق": a presence
        elif pulls and tokens[k].norm.startswith(pulls) and not any(
                tokens[m].norm in particles
                for m in range(k + 1, min(len(tokens), k + 1 + _PARTICLE_REACH))):
            dir_of[k] = None


#: Particles of a phrasal verb of change (closed class), to their direction: "revised down
#: to 71", "revised the toll down to 71", "scaled back to 2,000", "revised up to 90",
#: "justert dødstallet ned til 78", "justeret op til 80".
_PARTICLE_DIRECTIONS: dict[str, dict[str, str]] = {
    "en": {"down": "reduce", "back": "reduce", "up": "increase"},
    "da": {"ned": "reduce", "op": "increase"},
    "nb": {"ned": "reduce", "opp": "increase"},
}
_OBJECT_REACH = 4  # words of an object between the particle and "to" ("down the toll to")
_VERB_REACH = 3  # words before the particle where its verb may stand


def _particles(tokens: list[Token], dir_of: list, is_num: list[bool], lex: Lexicon) -> None:
    """Give a particle of direction the change it states with its verb (in place): "down"
    or "back" reduces, "up" raises, when "to" and a number follow it, past at most a short
    object ("revised the death toll down to 71", "scaled back the force to 2,000"). Not a
    hedge ("up to 90 people": the particle is part of the number), not "up from 64" (the
    earlier value, no target), not after a verb that states its own change ("cut back to",
    "sent back to": the verb's). A noun of change in the object is what changes, not a verb
    ("scaled back the deployment to 2,000 troops")."""
    particles = _PARTICLE_DIRECTIONS.get(lex.language)
    if not particles:
        return
    for k, tok in enumerate(tokens):
        cls = particles.get(tok.norm)
        if cls is None or is_num[k] or dir_of[k] is not None or k == 0 or (
                tokens[k - 1].kind != "word"):
            continue
        if any(dir_of[m] is not None for m in range(max(0, k - _VERB_REACH), k)):
            continue
        m = k + 1
        while m < len(tokens) and m <= k + _OBJECT_REACH and tokens[m].kind == "word" and (
                tokens[m].norm not in lex.to_words) and not is_num[m]:
            m += 1
        if m + 1 < len(tokens) and tokens[m].norm in lex.to_words and is_num[m + 1]:
            dir_of[k] = cls
            for o in range(k + 1, m):
                dir_of[o] = None  # the object changed, not a verb: "back the deployment to"


@dataclass(frozen=True)
class TokenTags:
    """Per-token classes of one sentence (every tuple has one entry per token).

    Attributes:
        words: True for word tokens.
        cue_of: The casualty/arrest/missing/displacement class of each token, or ``None``.
        dir_of: The change direction (deploy/reduce/increase) of each token, or ``None``.
        is_cue: True where the token has a cue or a direction.
        is_num: True inside a count quantity and its leading hedge ("at least 20").
    """

    words: tuple[bool, ...]
    cue_of: tuple[str | None, ...]
    dir_of: tuple[str | None, ...]
    is_cue: tuple[bool, ...]
    is_num: tuple[bool, ...]


def tag_tokens(tokens: list[Token], found: list[Found], lex: Lexicon) -> TokenTags:
    """Classify every token of a sentence once (linear in its length).

    Args:
        tokens: The sentence's tokens (:func:`translate.claims.quantities.scan`).
        found: The quantities found in them.
        lex: The language's lexicon.

    Returns:
        The :class:`TokenTags` of the sentence.
    """
    lang = lex.language
    cue_look = classifier(lex.casualty, lex, "cue")
    dir_look = classifier(lex.directions, lex, "dir")
    words = [t.kind == "word" for t in tokens]
    cue_of = [cue_look(t.norm) if w else None for t, w in zip(tokens, words)]
    dir_of = [dir_look(t.norm) if w else None for t, w in zip(tokens, words)]
    is_num = [False] * len(tokens)
    for f in found:
        if f.quantity.kind == "count":
            for k in range(f.first, f.last):
                is_num[k] = True
            k = f.first - 1
            while k >= 0 and tokens[k].start >= f.quantity.hedge_start:
                is_num[k] = True  # "killed at least 20": the hedge leads to the number
                k -= 1
    possessives, possessed = _POSSESSED.get(lang, (frozenset(), {}))
    for k in range(1, len(tokens)):  # "fra deres hjem": home with its owner is a lost home
        if tokens[k].norm in possessed and (tokens[k - 1].norm in possessives or (
                k > 1 and tokens[k - 1].norm in _OWN and tokens[k - 2].norm in possessives)):
            cue_of[k] = possessed[tokens[k].norm]
    for k in range(len(tokens)):
        if cue_of[k] is None and not (k and is_num[k - 1]) and _in_hospital(tokens, k, lex):
            cue_of[k] = "wounded"  # (not "six hospitals": a count of its own)
    denying = _DENYING.get(lang, frozenset())
    for k in range(1, len(tokens)):
        if cue_of[k] is not None and tokens[k - 1].norm in denying:
            cue_of[k] = None  # "but neither has reported any deaths"
    of_the = _OF_THE.get(lang, frozenset())
    for k in range(3, len(tokens)):
        # "survivors and relatives of the dead", "pårørende til de døde": the casualty
        # word names whose relatives they are, not what happened to them
        if cue_of[k] is not None and (tokens[k - 2].norm, tokens[k - 1].norm) in of_the and (
                tokens[k - 3].kind == "word" and not is_num[k - 3]
                and cue_of[k - 3] is None and tokens[k - 3].norm in _KIN.get(lang, ())):
            cue_of[k] = None
    the_only = _THE_ONLY.get(lang, frozenset())
    for k in range(2, len(tokens)):
        if cue_of[k] is not None and (tokens[k - 2].norm, tokens[k - 1].norm) in the_only:
            cue_of[k] = None  # "og den eneste skade var en brækket næse"
    _verbs_only(tokens, dir_of, is_num, lang)
    _particles(tokens, dir_of, is_num, lex)
    is_cue = [c is not None or d is not None for c, d in zip(cue_of, dir_of)]
    if lang == "ar":  # "فقد تم الإبلاغ": the particle فـ+قد before a verb, not "lost"
        for k, tok in enumerate(tokens):
            if (tok.norm in _AR_QAD and not any(is_num[k + 1:k + 3])) or (
                    tok.norm == _AR_SHELTER and not (k and tokens[k - 1].norm in _AR_WITHOUT)):
                cue_of[k] = None  # "مأوى" (shelter) is a cue in "بلا مأوى", not "ماوي" (Maui)
                is_cue[k] = dir_of[k] is not None
    return TokenTags(tuple(words), tuple(cue_of), tuple(dir_of), tuple(is_cue),
                     tuple(is_num))
