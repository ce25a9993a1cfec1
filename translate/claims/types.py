"""Typed results: parsed quantities, claims and fidelity checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from translate._repr import repr_html

__all__ = ["HEDGES", "KINDS", "DIRECTIONS", "CATEGORIES", "ROLES", "Quantity", "Claim",
           "FidelityFlag", "FidelityResult"]

#: Fixed hedge vocabulary.
HEDGES: tuple[str, ...] = ("exact", "approx", "at_most", "at_least", "vague")
#: What a parsed number is. Only ``count`` (and ``money``) can become claims.
KINDS: tuple[str, ...] = ("count", "year", "decade", "date", "time", "age", "ordinal",
                          "percent", "money", "list")
#: Direction of a change stated in the sentence.
DIRECTIONS: tuple[str, ...] = ("deploy", "reduce", "increase", "target", "from")
#: What a claim counts (the gold vocabulary; a user lexicon may add its own names).
CATEGORIES: tuple[str, ...] = ("troops", "killed", "wounded", "missing", "arrested", "displaced",
                               "people", "vehicles", "rockets", "buildings", "other")
#: Role of a claim in a stated change or revision ("from 86 to 68").
ROLES: tuple[str, ...] = ("from", "target")


@dataclass(frozen=True)
class Quantity:
    """One number found in a text, with its hedge and kind.

    Attributes:
        text: The verbatim number text (``text[start:end]`` of the parsed string), hedge
            excluded.
        start: Start offset of the number in the parsed string.
        end: End offset of the number in the parsed string.
        value: The number, or ``None`` for a vague quantity ("dozens").
        low: Lower bound implied by the hedge, or ``None`` for open-ended.
        high: Upper bound implied by the hedge, or ``None`` for open-ended.
        hedge: One of :data:`HEDGES`.
        kind: One of :data:`KINDS`.
        words: True when written in words ("five", "tusinde") rather than digits.
        hedge_start: Start offset of the hedge phrase (== ``start`` when exact).
        hedge_text: The hedge phrase as written, or ``""``.
        soft: True for readings too ambiguous to flag when unmatched (small number words,
            "1", ordinals, month numbers of dotted dates, conversions in parentheses).
    """

    text: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    hedge: str = "exact"
    kind: str = "count"
    words: bool = False
    hedge_start: int = -1
    hedge_text: str = ""
    soft: bool = False

    def key(self) -> float | None:
        """Value used for matching: the value, or the low bound of a vague quantity."""
        return self.value if self.value is not None else self.low


@dataclass(frozen=True)
class Claim:
    """A quantity about something counted, anchored in the raw document text.

    Attributes:
        id: Stable readable id ``"{doc}#c{n}"`` (n from 1, in text order).
        doc: Document id.
        quote: Hedge + number + counted noun phrase, verbatim from the raw text.
        start: Offset of ``quote`` in the raw document text.
        end: End offset; ``raw[start:end] == quote``.
        value: The number, or ``None`` when vague.
        low: Lower bound (see :mod:`translate.claims.hedges`).
        high: Upper bound.
        hedge: One of :data:`HEDGES`.
        category: What is counted (``troops``, ``killed``, ...).
        direction: ``deploy``/``reduce``/``increase``/``target``/``from`` or ``None``.
        change: The change verb class of the sentence (deploy/reduce/increase) or ``None``.
        sentence: The sentence text.
        sentence_index: Index of the sentence in its document.
        language: Language of the source sentence.
        english: The English sentence (translation, or the source when it is English).
        english_quote: The matching quantity quote found in ``english``, when any.
        noun: The counted noun as written ("soldater", "attackers", "قتيلا"), or ``None``
            when the figure stands alone ("the death toll rose to 154").
        role: ``from`` or ``target`` for the two ends of a stated change or revision
            ("nedjusteret fra 86 til 68"), else ``None``.
        number: The number as written (hedge and noun excluded).
        category_source: Where ``category`` came from: ``lexicon``, ``noun``, ``clause``,
            ``toll``, ``antecedent``, ``translation`` or ``default``
            (:data:`translate.claims.sentence.CATEGORY_SOURCES`); ``None`` when unknown.
        attribution: Who gives the figure, as written in the sentence ("the health
            ministry", "politiet", "وزارة الصحة"): the subject of the nearest reporting
            verb or the object of "according to"/"ifølge"/"بحسب"
            (:mod:`translate.claims.attribution`); ``None`` when the sentence names no
            source for it (no cue, or a pronoun: "he said").
        attribution_start: Offset of ``attribution`` in the raw document text, or ``None``.
        attribution_end: End offset; ``raw[attribution_start:attribution_end] ==
            attribution``.
        attribution_cue: The reporting word as written ("said", "ifølge", "according to",
            "قالت"), or ``None``.
    """

    id: str
    doc: str
    quote: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    hedge: str
    category: str
    direction: str | None
    change: str | None
    sentence: str
    sentence_index: int
    language: str
    english: str | None = None
    english_quote: str | None = None
    noun: str | None = None
    role: str | None = None
    number: str | None = None
    category_source: str | None = None
    attribution: str | None = None
    attribution_start: int | None = None
    attribution_end: int | None = None
    attribution_cue: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the report.json form (documented in the README, section "Claims")."""
        return {
            "id": self.id, "doc": self.doc, "quote": self.quote, "start": self.start,
            "end": self.end, "value": _num(self.value), "low": _num(self.low),
            "high": _num(self.high), "hedge": self.hedge, "category": self.category,
            "direction": self.direction, "change": self.change, "sentence": self.sentence,
            "sentence_index": self.sentence_index, "language": self.language,
            "english": self.english, "english_quote": self.english_quote,
            "noun": self.noun, "role": self.role, "number": self.number,
            "category_source": self.category_source, "attribution": self.attribution,
            "attribution_start": self.attribution_start,
            "attribution_end": self.attribution_end, "attribution_cue": self.attribution_cue,
        }

    def _repr_html_(self) -> str:
        return repr_html(self)


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


@dataclass(frozen=True)
class FidelityFlag:
    """One number-fidelity problem.

    Attributes:
        flag: ``missing``, ``changed``, ``extra`` or ``hedge_changed``.
        source: The source quantity involved, if any.
        target: The translation quantity involved, if any.
    """

    flag: str
    source: Quantity | None
    target: Quantity | None

    def describe(self) -> str:
        """One-line human description, e.g. ``changed: '2.200.112' -> '2,200,12'``."""
        s = f"{self.source.hedge_text} {self.source.text}".strip() if self.source else "-"
        t = f"{self.target.hedge_text} {self.target.text}".strip() if self.target else "-"
        return f"{self.flag}: {s!r} -> {t!r}"


@dataclass(frozen=True)
class FidelityResult:
    """Comparison of the quantities of a source sentence and its translation.

    Attributes:
        source_quantities: Quantities parsed from the source.
        target_quantities: Quantities parsed from the translation.
        matched: ``(source, target)`` pairs judged equal in value.
        flags: Problems found; empty when the numbers are faithful.
        signature: How the check was made (languages, package version).
    """

    source_quantities: tuple[Quantity, ...]
    target_quantities: tuple[Quantity, ...]
    matched: tuple[tuple[Quantity, Quantity], ...]
    flags: tuple[FidelityFlag, ...] = field(default_factory=tuple)
    signature: str = ""

    @property
    def ok(self) -> bool:
        """True when no flag was raised."""
        return not self.flags

    def flag_types(self) -> set[str]:
        """The set of flag names raised."""
        return {f.flag for f in self.flags}
