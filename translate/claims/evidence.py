"""Evidence from the English translation of a sentence for the category of its claims.

A claim read in a Danish, Norwegian or Arabic sentence may have only a generic category
(``people``, ``other``) when the clause's verb is one the lexicon does not list, while the
English translation of the same sentence states it with a verb the English lexicon knows:
"Ni migranter omkom i Middelhavet" / "Nine migrants perished in the Mediterranean". The
claim of the translation with the same value then says what was counted.

The rule is deliberately one-sided: the source sentence is the primary evidence, so a
specific category read in the source is kept, and only a generic one takes the specific
category of the translation's claim of the same value. A translation is a machine's reading;
it refines, it never overrules (measured on FLORES dev with real MT output:
``python benchmarks/_claims_translation.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["GENERIC_CATEGORIES", "EnglishEvidence", "english_evidence", "refined_category"]

#: Categories that say only "people" or "some thing": a translation may make them specific.
GENERIC_CATEGORIES: frozenset[str] = frozenset({"people", "other"})


@dataclass(frozen=True)
class EnglishEvidence:
    """The English claim matched to a source claim.

    Attributes:
        quote: The English claim's quote (hedge, number, noun).
        category: The English claim's category.
    """

    quote: str
    category: str


def english_evidence(value: float | None, low: float | None, high: float | None,
                     category: str, english: str,
                     english_claims: Sequence) -> EnglishEvidence | None:
    """The English claim that states the same quantity as a source claim, if any.

    Args:
        value: The source claim's value (``None`` when vague).
        low: Its lower bound.
        high: Its upper bound.
        category: Its category; among English claims of equal value, one of the same
            category is preferred.
        english: The English sentence.
        english_claims: :func:`translate.claims.extract.sentence_claims` of ``english``
            (objects with ``quantity``, ``category``, ``start``, ``end``).

    Returns:
        The matched claim's quote and category, or ``None`` when no English claim has the
        same value (or, for vague quantities, overlapping bounds).

    Example:
        >>> from translate.claims.extract import sentence_claims
        >>> en = "Nine migrants perished off the coast."
        >>> english_evidence(9.0, 9.0, 9.0, "people", en, sentence_claims(en, "en"))
        EnglishEvidence(quote='Nine migrants', category='killed')
    """
    best: EnglishEvidence | None = None
    for e in english_claims:
        eq = e.quantity
        same = (value is not None and eq.value == value) or (
            value is None and eq.low is not None and low is not None
            and eq.low <= (high or eq.low) and low <= (eq.high or low))
        if same:
            best = EnglishEvidence(english[e.start:e.end], e.category)
            if e.category == category:
                return best
    return best


def refined_category(category: str, evidence: EnglishEvidence | None) -> str:
    """The claim's category after the translation's evidence (see module docstring).

    Example:
        >>> refined_category("people", EnglishEvidence("Nine migrants", "killed"))
        'killed'
        >>> refined_category("wounded", EnglishEvidence("Nine migrants", "killed"))
        'wounded'
    """
    if evidence is None or category not in GENERIC_CATEGORIES:
        return category
    if evidence.category in GENERIC_CATEGORIES:
        return "people" if "people" in (category, evidence.category) else category
    return evidence.category
