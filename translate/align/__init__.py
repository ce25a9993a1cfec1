"""Cross-lingual alignment: sentence similarity, sentence alignment, claim linking.

Two calls cover most uses::

    from translate.align import link_claims, groups_to_dict

    groups = link_claims(claims, documents={d.id: d for d in corpus})
    report["groups"] = groups_to_dict(groups)["groups"]

Sentence-level tools: :func:`match_sentences` (comparable articles, margin scores) and
:func:`align_parallel` (monotonic m:n alignment of parallel text).

Names are imported on first use (PEP 562): ``import translate.align.types`` loads the
result types only, not numpy nor the embedders.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from translate._lazy import lazy_exports

if TYPE_CHECKING:
    from translate.align.embed import (
        EMBEDDERS,
        Embedder,
        embedder_names,
        get_embedder,
        register_embedder,
    )
    from translate.align.linking import groups_to_dict, link_claims
    from translate.align.margin import margin_matrix
    from translate.align.sentences import Bead, SentenceMatch, align_parallel, match_sentences
    from translate.align.types import ClaimGroup, Evidence
    from translate.align.verdict import VERDICTS

_HOMES = {
    "link_claims": "linking", "groups_to_dict": "linking", "ClaimGroup": "types",
    "Evidence": "types", "VERDICTS": "verdict", "match_sentences": "sentences",
    "align_parallel": "sentences", "SentenceMatch": "sentences", "Bead": "sentences",
    "margin_matrix": "margin", "Embedder": "embed", "get_embedder": "embed",
    "register_embedder": "embed", "embedder_names": "embed", "EMBEDDERS": "embed",
}

__all__ = [
    "link_claims", "groups_to_dict", "ClaimGroup", "Evidence", "VERDICTS",
    "match_sentences", "align_parallel", "SentenceMatch", "Bead", "margin_matrix",
    "Embedder", "get_embedder", "register_embedder", "embedder_names", "EMBEDDERS",
]

__getattr__, __dir__ = lazy_exports(__name__, _HOMES, __all__)
