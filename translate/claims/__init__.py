"""Quantities, claims and number fidelity for nb, da, ar and en news text.

Three entry points cover most uses::

    from translate.claims import parse_quantities, extract_claims, check_fidelity

    parse_quantities("nesten 3.000 ekstra soldater", "nb")[0].hedge   # 'approx'
    claims = extract_claims(sentences, translations={0: "about 3,000 more troops"})
    check_fidelity("2.200.112 indbyggere", "da", "2,200,12 inhabitants").flags
"""

from translate.claims.extract import extract_claims
from translate.claims.fidelity import FLAGS, check_fidelity, number_fidelity
from translate.claims.hedges import RULES as HEDGE_RULES
from translate.claims.lexicon import LANGUAGES, Lexicon, get_lexicon, with_category
from translate.claims.numbers import format_number, parse_number
from translate.claims.quantities import parse_quantities
from translate.claims.settings import ClaimSettings, claims_signature
from translate.claims.types import (
    DIRECTIONS,
    HEDGES,
    KINDS,
    Claim,
    FidelityFlag,
    FidelityResult,
    Quantity,
)

__all__ = [
    "extract_claims",
    "claims_signature",
    "ClaimSettings",
    "check_fidelity",
    "number_fidelity",
    "parse_quantities",
    "parse_number",
    "format_number",
    "Claim",
    "Quantity",
    "FidelityResult",
    "FidelityFlag",
    "Lexicon",
    "get_lexicon",
    "with_category",
    "LANGUAGES",
    "HEDGES",
    "KINDS",
    "DIRECTIONS",
    "FLAGS",
    "HEDGE_RULES",
]
