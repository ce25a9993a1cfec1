"""The main job's stages as plain functions any engine can call.

Each stage takes and returns picklable values (documents, prepared documents, outcomes),
holds no state between calls, and loads nothing at import time, so the single-process
stream (:mod:`translate.stream.local`), Ray Data (:mod:`translate.stream.ray`) or another
engine (Spark's ``mapPartitions``) can run them:

1. :func:`list_sources` / :func:`read_source` — what to read, and reading one item;
2. :func:`prepare_documents` — clean, detect the language, segment (a batch of documents);
3. :func:`translate_documents` — a batch of documents through one model per language,
   sentences batched across documents (:func:`load_models` loads the models first);
4. :func:`finish_document` — claims and number fidelity of one document;
5. :func:`group_outcomes` — stories and claim groups over the digests and claims of all
   documents (the one step that sees the whole corpus; it holds no document text).
"""

from __future__ import annotations

import hashlib
import logging
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from translate.corpus.document import Document, Sentence
from translate.corpus.loader import (
    Corpus,
    LoadProblem,
    list_folder,
    load_corpus,
    read_document,
)
from translate.corpus.prepare import PreparedDocument, prepare_all
from translate.errors import CorpusError
from translate.results import SentenceFidelity

if TYPE_CHECKING:
    from translate.align.stories import Story
    from translate.align.types import ClaimGroup
    from translate.claims.types import Claim
    from translate.mt.translator import ModelStatus, Translator
    from translate.mt.types import DocumentTranslation

__all__ = [
    "Source",
    "SourceList",
    "DocumentDigest",
    "DocumentOutcome",
    "list_sources",
    "read_source",
    "document_key",
    "prepare_documents",
    "load_models",
    "translate_documents",
    "finish_document",
    "group_outcomes",
]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Source:
    """One item to read: a file, or a document already in memory.

    Attributes:
        id: The document id.
        path: The file to read (``None`` when ``document`` is given).
        metadata: Its sidecar metadata row.
        document: The document itself, for in-memory sources.
        notes: Warnings about its metadata row (kept with the document).
        size: Its size in bytes (how windows are cut; 0 when unknown).
    """

    id: str
    path: str | None = None
    metadata: Mapping[str, str] | None = None
    document: Document | None = None
    notes: tuple[str, ...] = ()
    size: int = 0


@dataclass(frozen=True)
class SourceList:
    """What a run reads, listed without reading the texts.

    Attributes:
        items: One :class:`Source` per document, in corpus order.
        problems: Items already known to be unreadable.
        encoding: Text encoding of the files.
    """

    items: tuple[Source, ...]
    problems: tuple[LoadProblem, ...] = ()
    encoding: str = "utf-8"


def list_sources(source: Any, *, encoding: str = "utf-8") -> SourceList:
    """List the documents of ``source`` without reading a folder's files.

    A folder is listed (:func:`~translate.corpus.loader.list_folder`: ``.txt`` files
    sorted by name, ``metadata.csv`` read) and its files are read one by one later by
    :func:`read_source`; any other source (files, texts, a
    mapping, a :class:`~translate.corpus.loader.Corpus`) goes through
    :func:`~translate.corpus.loader.load_corpus` as before.

    Raises:
        CorpusError: The folder holds no ``.txt`` file, or ids repeat.
    """
    if isinstance(source, Corpus):
        return SourceList(tuple(Source(d.id, document=d, size=len(d.raw.encode("utf-8")))
                                for d in source.documents),
                          source.problems, encoding)
    if isinstance(source, (str, Path)) and "\n" not in str(source) and Path(source).is_dir():
        listing = list_folder(source)
        if not listing.files:
            detail = "; ".join(f"{p.path}: {p.reason}" for p in listing.problems)
            raise CorpusError(f"{source}: no .txt documents found"
                              + (f" ({detail})" if detail else ""))
        problems = list(listing.problems)
        for p in problems:
            warnings.warn(f"skipped: {p.path}: {p.reason}", stacklevel=2)
        meta = listing.metadata
        items: list[Source] = []
        seen: set[str] = set()
        for path in listing.files:
            if path.stem in seen:
                why = (f"{path}: duplicate document id '{path.stem}' (another file has the "
                       "same name); rename one of them")
                warnings.warn(f"skipped: {why}", stacklevel=2)
                problems.append(LoadProblem(str(path), why))
                continue
            seen.add(path.stem)
            items.append(Source(path.stem, str(path),
                                meta.table.get(path.stem) if meta else None,
                                notes=tuple(meta.warnings.get(path.stem, ())) if meta else (),
                                size=_size(path)))
        return SourceList(tuple(items), tuple(problems), encoding)
    corpus = load_corpus(source, encoding=encoding)
    return list_sources(corpus, encoding=encoding)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reading it will say why


def read_source(item: Source, *, encoding: str = "utf-8") -> Document | LoadProblem:
    """Read one item: its :class:`Document`, or the :class:`LoadProblem` saying why not.

    An unreadable file is not an error here: it is returned as a problem (and warned
    about) so that the run goes on and reports it.
    """
    if item.document is not None:
        return item.document
    assert item.path is not None
    try:
        return read_document(item.path, metadata=item.metadata, encoding=encoding,
                             notes=item.notes)
    except CorpusError as exc:
        warnings.warn(f"skipped: {exc}", stacklevel=2)
        return LoadProblem(item.path, str(exc))


def document_key(doc: Document) -> str:
    """A hash of everything about a document that changes its results."""
    h = hashlib.sha256()
    h.update(doc.id.encode("utf-8") + b"\0" + doc.raw.encode("utf-8") + b"\0")
    h.update(repr(sorted((doc.metadata or {}).items())).encode("utf-8"))
    return h.hexdigest()[:32]


def prepare_documents(docs: Sequence[Document]) -> list[PreparedDocument]:
    """Clean, detect and segment a batch of documents (language detection in one call)."""
    return prepare_all(docs) if docs else []


def load_models(prepared: Sequence[PreparedDocument], translator: Translator
                ) -> dict[str, ModelStatus]:
    """Load (once per translator) the model of every non-English language in ``prepared``.

    :func:`translate_documents` calls it too; an executor calls it first to time model
    loading apart from translation.

    Returns:
        Language → model status (whether it is usable, or why not).
    """
    langs = sorted({d.language for d in prepared if d.language and d.language != "en"})
    return {lang: translator.status(lang) for lang in langs}


def translate_documents(
    prepared: Sequence[PreparedDocument],
    translator: Translator,
    *,
    require_models: bool = False,
) -> tuple[dict[str, DocumentTranslation], dict[str, ModelStatus]]:
    """Translate a batch of prepared documents, sentences batched across documents.

    Documents in English, in a language without a usable model, or without sentences
    are left out (the model statuses say why).

    Args:
        prepared: The batch.
        translator: Loads each model once (see :class:`~translate.mt.Translator`).
        require_models: Raise when a non-English language has no usable model.

    Returns:
        ``(document id → translation, language → model status)`` for this batch.

    Raises:
        MissingModelsError: With ``require_models``, a language has no usable model.
    """
    statuses = load_models(prepared, translator)
    missing = [st for st in statuses.values() if not st.available]
    if missing and require_models:
        from translate.pipeline import MissingModelsError

        raise MissingModelsError(
            "no usable model for: " + "; ".join(f"{st.language}: {st.reason}" for st in missing)
        )
    todo = [d for d in prepared
            if d.sentences and d.language in statuses and statuses[d.language].available]
    if not todo:
        return {}, statuses
    # a part in another language (translate.corpus.mixed) is translated with the document's
    # model, as the document is one unit of translation; its claims were read in its language
    done = translator.translate_documents(
        [[s if s.language == d.language else replace(s, language=d.language or s.language)
          for s in d.sentences] for d in todo])
    return {d.id: tr for d, tr in zip(todo, done)}, statuses


@dataclass(frozen=True)
class DocumentDigest:
    """What grouping needs of a document: id, language, date and lead sentences.

    Stands in for a :class:`PreparedDocument` in
    :func:`translate.align.stories.find_stories` and
    :func:`translate.align.linking.link_claims` (``document`` is the digest itself), so
    grouping a corpus holds no document text beyond its leads.
    """

    id: str
    language: str | None
    published: Any
    sentences: tuple[Sentence, ...]
    raw: str = ""

    @property
    def document(self) -> DocumentDigest:
        return self


def digest(doc: PreparedDocument, *, lead_chars: int) -> DocumentDigest:
    """The :class:`DocumentDigest` of ``doc``: the sentences of its first ``lead_chars``."""
    lead: list[Sentence] = []
    size = 0
    for s in doc.sentences:
        lead.append(s)
        size += len(s.text) + 1
        if size >= lead_chars:
            break
    raw = "" if lead else doc.document.raw[:lead_chars]
    return DocumentDigest(doc.id, doc.language, doc.document.published, tuple(lead), raw)


@dataclass(frozen=True)
class DocumentOutcome:
    """Everything one document produced.

    Attributes:
        document: The prepared document (with a warning added when claims were skipped).
        translation: Its English, when translated.
        claims: Its claims (anchored in its raw text).
        fidelity: Its translated sentences that changed a number.
        key: :func:`document_key` of the document (what a resumed run compares).
    """

    document: PreparedDocument
    translation: DocumentTranslation | None
    claims: tuple[Claim, ...]
    fidelity: tuple[SentenceFidelity, ...]
    key: str

    @property
    def id(self) -> str:
        return self.document.id

    def digest(self, *, lead_chars: int | None = None) -> DocumentDigest:
        """The document's digest; ``lead_chars`` ``None``: story finding's default."""
        if lead_chars is None:
            from translate.align.stories import StoryConfig

            lead_chars = StoryConfig().lead_chars
        return digest(self.document, lead_chars=lead_chars)


def finish_document(doc: PreparedDocument, translation: DocumentTranslation | None
                    ) -> DocumentOutcome:
    """Claims and number fidelity of one document.

    A language without a claim lexicon (German, French...) is no error: the document
    gets a warning saying why it has no claims.
    """
    from translate.claims.extract import extract_claims, supported_language
    from translate.claims.fidelity import check_fidelity
    from translate.claims.lexicon import LANGUAGES

    key = document_key(doc.document)
    if doc.sentences and supported_language(doc.language) is None:
        doc = replace(doc, warnings=doc.warnings + (
            f"claims skipped: no claim lexicon for language {doc.language!r} "
            f"(read: {', '.join(LANGUAGES)}, nn/no as nb)",))
        logger.warning("%s: %s", doc.id, doc.warnings[-1])
        return DocumentOutcome(doc, translation, (), (), key)
    english = {s.index: s.translation for s in translation.sentences} if translation else None
    claims = tuple(extract_claims(doc.sentences, translations=english))
    fidelity: list[SentenceFidelity] = []
    if translation is not None and doc.language is not None:
        for s in translation.sentences:
            check = check_fidelity(s.source, doc.language, s.translation)
            if not check.ok:
                fidelity.append(SentenceFidelity(doc.id, s.index, s.source, s.translation, check))
    return DocumentOutcome(doc, translation, claims, tuple(fidelity), key)


def group_outcomes(
    digests: Sequence[DocumentDigest],
    claims: Iterable[Claim],
    *,
    embedder: Any,
    linking: Any,
) -> tuple[list[Story], list[ClaimGroup]]:
    """Stories over the documents and claim groups over the claims of a whole corpus.

    Args:
        digests: One :class:`DocumentDigest` per document, in corpus order.
        claims: Every claim, in corpus order.
        embedder: An embedder or registry name (loaded once for stories and links).
        linking: A resolved :class:`~translate.align.config.LinkingConfig`.
    """
    from translate.align.embed import get_embedder
    from translate.align.linking import link_claims
    from translate.align.stories import find_stories

    claims = list(claims)
    if not digests:
        return [], []
    embedder = get_embedder(embedder)
    stories = find_stories(digests, embedder=embedder, config=linking.stories)
    groups: list[ClaimGroup] = []
    if claims:
        groups = link_claims(claims, documents={d.id: d for d in digests}, embedder=embedder,
                             config=linking, stories=stories)
    return stories, groups
