"""Cross-lingual alignment: sentence similarity, sentence alignment, claim linking.

Two calls cover most uses::

    from translate.align import link_claims, groups_to_dict

    groups = link_claims(claims, documents={d.id: d for d in corpus})
    report["groups"] = groups_to_dict(groups)["groups"]

Sentence-level tools: :func:`match_sentences` (comparable articles, margin scores) and
:func:`align_parallel` (monotonic m:n alignment of parallel text).
"""

from translate.align.embed import EMBEDDERS, Embedder, get_embedder, register_embedder
from translate.align.linking import groups_to_dict, link_claims
from translate.align.margin import margin_matrix
from translate.align.sentences import Bead, SentenceMatch, align_parallel, match_sentences
from translate.align.types import ClaimGroup, Evidence
from translate.align.verdict import VERDICTS

__all__ = [
    "link_claims", "groups_to_dict", "ClaimGroup", "Evidence", "VERDICTS",
    "match_sentences", "align_parallel", "SentenceMatch", "Bead", "margin_matrix",
    "Embedder", "get_embedder", "register_embedder", "EMBEDDERS",
]
