"""Claims: counted quantities of people or things that a news reader calls a reported figure.

A claim is a ``count`` quantity (years, dates, times, ages, ordinals, percentages and list
numbers never are) that

* counts a noun right after it (:mod:`translate.claims.nounphrase`: any noun, listed or not:
  "3.000 ekstra amerikanske soldater", "12 ambulances", "49 قتيلا"), unless that noun is a
  unit, a duration or a multiplier ("20 km", "three days", "five times");
* or stands alone next to a casualty verb ("killed 25", "25 blev dræbt", "fem omkom");
* or is a toll without a counted noun ("the death toll has risen to 154", "dødstallet er 68",
  :mod:`translate.claims.cues`);
* or is "N of them" (category from the clause before);
* or is an end of a stated change or revision ("nedjusteret fra 86 til 68": 86 is ``from``,
  68 is ``target``), counted by a noun before it ("خفض عدد القوات ... إلى 2500");
* or is a figure that names nothing itself and so counts what its sentence, else its
  document, counted before: a toll noun that does not say what it counts ("raised that
  figure to 441", "hadde tallet steget til 377"), a figure with only a place ("80.000 i
  Paris", "3.5 million nationwide", "وفي جورجيا 33"), "heraf"/"including" a part, "the
  remaining 17" (``sentence_claims(..., antecedent=...)``, passed per document).

The category comes from the clause first (a casualty, arrest, missing or displacement word
near the number wins over a people noun: "fem personer mistet livet" is ``killed``), then from
the lexicon noun, then from the noun's form (people-shaped nouns are ``people``), else
``other``. So that one figure gets one category in every language, the clause is read by
structure rather than by more words: the group a count is part of ("Blandt ofrene er tre
børn", "Of the dead, 12 were children", "من بين القتلى"), an inverted clause's verb before its
subject ("توفي أربعة من الجرحى"), a verb shared by coordinated counts, a noun that already
says what happened ("nine victims") against a distant verb; cue words are matched through
morphology (:mod:`translate.claims.morphology`: Danish/Norwegian inflection stems and
s-passives, compound heads) and two-word terms around the head ("طائرة مسيرة"). With an
English translation of the sentence, a generic category (``people``/``other``) takes the
specific one the translation states for the same value (:mod:`translate.claims.evidence`).
Cost is linear in the sentence length: every window is bounded.

Modules, by concept: :mod:`~translate.claims.sentence` (one sentence's claims),
:mod:`~translate.claims.tagging` (per-token cue and direction classes),
:mod:`~translate.claims.window` (clause windows, the nearest cue),
:mod:`~translate.claims.clause` (clause structure), :mod:`~translate.claims.filters`
(numbers that are not claims), :mod:`~translate.claims.changes` (ranges, parts, the two ends
of a change), :mod:`~translate.claims.bare` (a count with no noun),
:mod:`~translate.claims.tense` (does a sentence report an event),
:mod:`~translate.claims.settings` (the claims signature); this module anchors claims in
documents.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable, Mapping

from translate.claims.attribution import attributions
from translate.claims.changes import earlier_targets
from translate.claims.evidence import english_evidence, refined_category
from translate.claims.lexicon import LANGUAGES, Lexicon
from translate.claims.sentence import (
    LANGUAGE_FALLBACK,
    SentenceClaim,
    named_category,
    sentence_claims,
    supported_language,
)
from translate.claims.types import Claim
from translate.corpus.normalise import reading_text

__all__ = ["extract_claims", "sentence_claims", "SentenceClaim", "supported_language",
           "LANGUAGE_FALLBACK"]

logger = logging.getLogger(__name__)


def extract_claims(sentences: Iterable, *, translations: Mapping[int, str] | None = None,
                   lexicons: Mapping[str, Lexicon] | None = None,
                   unsupported: str = "warn", translation_evidence: bool = True
                   ) -> list[Claim]:
    """Extract claims from sentences, anchored in the raw document text.

    Args:
        sentences: :class:`translate.corpus.document.Sentence` objects (``doc``, ``index``,
            ``start``, ``end``, ``text``, ``language``); offsets point into the raw text.
        translations: English text per sentence index, when a translation exists.
        lexicons: Per-language lexicons overriding the built-in ones.
        unsupported: What to do with a sentence whose language has no lexicon (German,
            French...): ``"warn"`` (default) skips it with a :class:`UserWarning` naming the
            language, ``"skip"`` skips it silently (the caller reports it), ``"raise"``
            raises :class:`ValueError`.
        translation_evidence: When a source claim has only a generic category
            (``people``/``other``) and the English translation of its sentence states the
            same value with a specific one ("omkom" unread, "perished" read), take the
            translation's category (:mod:`translate.claims.evidence`; default ``True``).
            A specific category read in the source is never changed.

    Returns:
        Claims in sentence order; ids ``"{doc}#c{n}"`` count from 1 within each document.

    Raises:
        ValueError: With ``unsupported="raise"``, for a language without a lexicon.

    Example:
        >>> from translate.corpus.document import Sentence
        >>> s = Sentence("002", 0, 0, 33, "25 militante blev dræbt i angreb.", "da")
        >>> c = extract_claims([s])[0]
        >>> (c.id, c.quote, c.value, c.category, c.noun)
        ('002#c1', '25 militante', 25.0, 'killed', 'militante')
    """
    if unsupported not in ("warn", "skip", "raise"):
        raise ValueError("unsupported must be 'warn', 'skip' or 'raise'")
    translations = translations or {}
    lexicons = lexicons or {}
    counters: dict[str, int] = {}
    claims: list[Claim] = []
    warned: set[str] = set()
    about: dict[str, str] = {}  # per document: the category of its last claim of a known kind
    for sent in sentences:
        lang = sent.language
        lexicon = lexicons.get(lang)
        if lexicon is None and supported_language(lang) is None:
            if unsupported == "raise":
                raise ValueError(f"no claim lexicon for {lang!r}; known: {', '.join(LANGUAGES)}")
            if unsupported == "warn" and lang not in warned:
                warnings.warn(f"claims not read for language {lang!r} (no lexicon; known: "
                              f"{', '.join(LANGUAGES)})", UserWarning, stacklevel=2)
            warned.add(lang)
            continue
        # read without invisible characters (soft hyphen, zero-width, NUL) so a word they
        # cut in two still reads; quotes and offsets map back exactly into the raw text
        reading = reading_text(sent.text)
        english = sent.text if lang == "en" else translations.get(sent.index)
        english_claims: list[SentenceClaim] | None = None
        found = sentence_claims(reading.text, lang, lexicon=lexicon,
                                antecedent=about.get(sent.doc))
        sources = attributions(reading.text, [(sc.start, sc.end) for sc in found], lang)
        for sc in found:
            if sc.category != "other":
                about[sent.doc] = sc.category
        if not found and sent.doc not in about and (
                named := named_category(reading.text, lang, lexicon=lexicon)):
            # a text that opens by naming what it counts ("For første gang er listen over
            # savnede blevet kortere.") before its first figure ("Søndag faldt antallet fra
            # 1.202 til 993"); a figure stated before stays the antecedent (so a sentence
            # is read for it only while the document has none)
            about[sent.doc] = named
        for sc, who in zip(found, sources):
            a, b = reading.span(sc.start, sc.end)
            wa, wb = reading.span(*who.span) if who is not None else (0, 0)
            counters[sent.doc] = counters.get(sent.doc, 0) + 1
            q = sc.quantity
            category, source = sc.category, sc.source
            if lang == "en":
                english_quote = sent.text[a:b]
            else:
                if english and english_claims is None:
                    english_claims = sentence_claims(english, "en")
                evidence = english_evidence(q.value, q.low, q.high, sc.category, english,
                                            english_claims) if english and english_claims else None
                english_quote = evidence.quote if evidence else None
                if translation_evidence:
                    category = refined_category(category, evidence)
                    if category != sc.category:
                        source = "translation"
            claims.append(Claim(
                id=f"{sent.doc}#c{counters[sent.doc]}", doc=sent.doc,
                quote=sent.text[a:b], start=sent.start + a, end=sent.start + b,
                value=q.value, low=q.low, high=q.high, hedge=q.hedge,
                category=category, direction=sc.direction, change=sc.change,
                sentence=sent.text, sentence_index=sent.index, language=lang, english=english,
                english_quote=english_quote, noun=sc.noun, role=sc.role, number=q.text,
                category_source=source,
                attribution=sent.text[wa:wb] if who is not None else None,
                attribution_start=sent.start + wa if who is not None else None,
                attribution_end=sent.start + wb if who is not None else None,
                attribution_cue=who.cue if who is not None else None,
            ))
    return earlier_targets(claims)
