"""pandas DataFrames of a run, one call each (pandas is imported when called)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from translate.align.types import ClaimGroup
    from translate.claims.types import Claim
    from translate.results import RunResult

__all__ = ["claims_frame", "sentences_frame", "documents_frame", "groups_frame"]

_CLAIM_COLUMNS = ["id", "doc", "language", "category", "hedge", "value", "low", "high",
                  "direction", "change", "quote", "english_quote", "sentence_index", "start",
                  "end", "sentence", "english", "attribution"]


def claims_frame(claims: Sequence[Claim]) -> pd.DataFrame:
    """One row per claim, indexed by claim id (bounds as floats, NaN = open-ended).

    Example:
        >>> claims_frame(result.claims).query("category == 'troops'")  # doctest: +SKIP
    """
    import pandas as pd

    frame = pd.DataFrame([c.to_dict() for c in claims], columns=_CLAIM_COLUMNS)
    for col in ("value", "low", "high"):
        frame[col] = frame[col].astype(float)
    return frame.set_index("id")


def sentences_frame(result: RunResult) -> pd.DataFrame:
    """One row per source sentence: offsets, text, English, confidence, flags, fidelity.

    Columns: ``doc, index, language, start, end, source, english, logprob, flags,
    fidelity`` (``english`` is the source for English documents, ``None`` when not
    translated; ``fidelity`` lists the number-fidelity problems of the sentence).
    """
    import pandas as pd

    fidelity = {(f.doc, f.index): f.flags for f in result.fidelity}  # what the run found
    rows: list[dict[str, Any]] = []
    for d in result.documents:
        tr = result.translations.get(d.id)
        english = {s.index: s for s in tr.sentences} if tr else {}
        for s in d.sentences:
            st = english.get(s.index)
            rows.append({
                "doc": d.id, "index": s.index, "language": d.language, "start": s.start,
                "end": s.end, "source": s.text,
                "english": st.translation if st else (s.text if d.language == "en" else None),
                "logprob": st.logprob if st else float("nan"),
                "flags": list(st.flags) if st else [],
                "fidelity": fidelity.get((d.id, s.index), []),
            })
    return pd.DataFrame(rows, columns=["doc", "index", "language", "start", "end", "source",
                                       "english", "logprob", "flags", "fidelity"])


def documents_frame(result: RunResult) -> pd.DataFrame:
    """One row per document: language (and how it was found), counts, translation status."""
    import pandas as pd

    rows = []
    for d in result.documents:
        tr = result.translations.get(d.id)
        st = result.models.get(d.language or "")
        rows.append({
            "doc": d.id, "title": d.title, "language": d.language,
            "language_source": d.language_source, "detected": d.detected,
            "confidence": d.confidence, "published": d.document.published,
            "sentences": len(d.sentences), "removed": len(d.removals),
            "claims": sum(c.doc == d.id for c in result.claims),
            "translated": tr is not None,
            "model": tr.signature.model if tr else (st.model if st else None),
            "warnings": list(d.warnings),
        })
    return pd.DataFrame(rows).set_index("doc")


def groups_frame(groups: Sequence[ClaimGroup]) -> pd.DataFrame:
    """One row per (group, claim): verdict, reason and the claim's evidence."""
    import pandas as pd

    rows = [{"group": g.id, "verdict": g.verdict, "category": g.category, "reason": g.reason,
             **e.to_dict()} for g in groups for e in g.evidence]
    return pd.DataFrame(rows)
