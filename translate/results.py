"""What the main job produces: :class:`RunResult`, its typed records and its JSON form.

``report.json`` is :meth:`RunResult.to_dict`; a large corpus writes the same records one
JSON line each beside it (see :mod:`translate.stream.sink`), and its ``report.json`` then
holds the summary, the stories and groups shared by several documents, and pointers.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # display and align import numpy/pandas: only when used
    from translate.align.stories import Story
    from translate.align.types import ClaimGroup
    from translate.claims.types import Claim, FidelityResult
    from translate.corpus.loader import LoadProblem
    from translate.corpus.prepare import PreparedDocument
    from translate.mt.translator import ModelStatus
    from translate.mt.types import DocumentTranslation

__all__ = ["REPORT_VERSION", "RunResult", "SentenceFidelity", "models_dict"]

REPORT_VERSION = 1

_FIDELITY_KEYS = ("doc", "index", "source", "translation", "flags")


@dataclass(frozen=True)
class SentenceFidelity:
    """A translated sentence whose numbers did not survive translation.

    Attributes:
        doc: Document id.
        index: Sentence index in the document.
        source: The source sentence.
        translation: Its English.
        result: The full check (:func:`translate.claims.check_fidelity`): quantities on
            both sides, matches and flags, so that views need not check again.

    ``to_dict()`` is the ``report.json`` form ``{"doc", "index", "source", "translation",
    "flags": [description, ...]}``. Reading it like that dict (``f["doc"]``,
    ``f.get("flags")``) still works, for code written against the dict form.
    """

    doc: str
    index: int
    source: str
    translation: str
    result: FidelityResult

    @property
    def flags(self) -> list[str]:
        """One description per problem, e.g. ``changed: '2.200' -> '2,20'``."""
        return [f.describe() for f in self.result.flags]

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "index": self.index,
            "source": self.source,
            "translation": self.translation,
            "flags": self.flags,
        }

    # the dict form's reading interface (report.json rows were dicts before)
    def __getitem__(self, key: str) -> Any:
        if key not in _FIDELITY_KEYS:
            raise KeyError(key)
        return self.flags if key == "flags" else getattr(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in _FIDELITY_KEYS else default

    def keys(self) -> tuple[str, ...]:
        return _FIDELITY_KEYS

    def __iter__(self) -> Iterator[str]:
        return iter(_FIDELITY_KEYS)


def models_dict(models: Mapping[str, ModelStatus]) -> dict[str, dict[str, Any]]:
    """The ``models`` section of ``report.json``."""
    return {
        lang: {"model": st.model, "backend": st.backend, "available": st.available,
               "reason": st.reason}
        for lang, st in sorted(models.items())
    }


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat()


@dataclass(frozen=True)
class RunResult:
    """Everything the main job produced.

    Attributes:
        documents: Prepared documents (language, removals, sentences).
        translations: Document id → translation, for documents that were translated.
        models: Source language → model status (available, or why not).
        problems: Files that could not be loaded.
        claims: Quantities about something counted, from every document (source text,
            with the English sentence when there is one): a tuple, or for a large streamed
            run a sequence reading them from its claims file on demand
            (:class:`~translate.stream.rows.ClaimsFile`, same API).
        fidelity: Translated sentences whose numbers did not survive translation, as
            :class:`SentenceFidelity` records (``to_dict()`` is the JSON form).
        groups: Claims of different sources that report the same quantity, each with a
            verdict (``agree``, ``conflict``, ``differ_over_time``, ``single``) and evidence.
        stories: Documents grouped by the event they report, in any language (see
            :func:`translate.align.stories.find_stories`); every document is in one story.
        created: When the run finished (ISO 8601, UTC).
    """

    documents: tuple[PreparedDocument, ...]
    translations: Mapping[str, DocumentTranslation]
    models: Mapping[str, ModelStatus]
    problems: tuple[LoadProblem, ...] = ()
    claims: Sequence[Claim] = ()
    fidelity: tuple[SentenceFidelity, ...] = ()
    groups: tuple[ClaimGroup, ...] = ()
    stories: tuple[Story, ...] = ()
    created: str = field(default_factory=_now)

    def document(self, doc_id: str) -> PreparedDocument:
        """The prepared document ``doc_id``.

        Raises:
            KeyError: No such document; the message lists (the first twenty) known ids.
        """
        for d in self.documents:
            if d.id == doc_id:
                return d
        ids = [d.id for d in self.documents]
        shown = ", ".join(ids[:20]) + (f", … ({len(ids) - 20} more)" if len(ids) > 20 else "")
        raise KeyError(f"no document {doc_id!r}; known ids: {shown or '(none)'}")

    def _repr_html_(self) -> str:
        from translate._repr import repr_html  # the view lives in translate.display.render

        return repr_html(self)

    def claims_frame(self) -> Any:
        """The claims as a pandas DataFrame (see :func:`translate.display.claims_frame`)."""
        from translate.display.frames import claims_frame

        return claims_frame(self.claims)

    def sentences_frame(self) -> Any:
        """Every sentence with its English, flags and number fidelity, as a DataFrame."""
        from translate.display.frames import sentences_frame

        return sentences_frame(self)

    def document_dict(self, doc: PreparedDocument) -> dict[str, Any]:
        """One entry of ``report.json`` ``documents`` (the document with its translation)."""
        item = doc.to_dict()
        tr = self.translations.get(doc.id)
        item["translation"] = tr.to_dict() if tr else None
        return item

    def header_dict(self) -> dict[str, Any]:
        """The fields every form of ``report.json`` opens with (format version, workbench
        version, creation time, models, the claims signature, problems)."""
        from translate import __version__
        from translate.claims.settings import claims_signature

        return {
            "version": REPORT_VERSION,
            "workbench": __version__,
            "created": self.created,
            "models": models_dict(self.models),
            "claims_signature": claims_signature(),
            "problems": [{"path": p.path, "reason": p.reason} for p in self.problems],
        }

    def to_dict(self) -> dict[str, Any]:
        """The ``report.json`` form (see the README, section ``report.json``)."""
        return {
            **self.header_dict(),
            "documents": [self.document_dict(d) for d in self.documents],
            "claims": [c.to_dict() for c in self.claims],
            "stories": [s.to_dict() for s in self.stories],
            "groups": [g.to_dict() for g in self.groups],
            "groups_signature": self.groups[0].signature if self.groups else None,
            "fidelity": [f.to_dict() for f in self.fidelity],
        }

    def summary(self, *, limit: int = 20) -> str:
        """A readable summary for the terminal: every count, the first ``limit`` of each list."""
        from translate.summary import format_summary

        return format_summary(self, limit=limit)
