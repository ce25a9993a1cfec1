"""The Ray Data executor: the same stages as the single-process stream, on a Ray cluster.

Stages (:mod:`translate.stream.stages`), as a Ray Data pipeline:

1. reading and preparing documents: ``map_batches`` on a small autoscaling actor pool
   (:class:`StageActor`: warm processes; a plain task function would do, but cold task
   workers re-import the language detector);
2. translation: an actor pool per run (``map_batches`` with a callable class,
   ``compute=ActorPoolStrategy(size=workers, max_tasks_in_flight_per_actor=1)``,
   ``num_gpus=1`` per actor on GPUs), each actor loading its models once and batching
   sentences across the documents of its block by the model's token budget. On CPUs each
   actor runs torch with one thread: the actors, not threads inside one, use the cores
   (one window in flight per actor, so no actor queues work another could take);
3. claims and number fidelity: ``map_batches`` on a small actor pool, as stage 1.

Outcomes come back to the driver in corpus order (``preserve_order``), where the same
collector as the single-process path writes the JSONL files and the journal (so a Ray run
resumes like any other) and grouping runs over the collected claims. Rows carry pickled
stage values (``payload``), so any engine that moves bytes could run the same functions.

Without ``address`` a local Ray instance is started (``ray.init()``); ``"auto"`` or
``"ray://host:10001"`` joins a running cluster.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from translate.corpus.loader import LoadProblem
from translate.errors import MissingDependencyError
from translate.stream.stages import (
    DocumentOutcome,
    Source,
    finish_document,
    load_models,
    prepare_documents,
    read_source,
    translate_documents,
)
from translate.stream.timing import StageRecord, timed

if TYPE_CHECKING:
    from translate.mt.translator import ModelStatus
    from translate.stream.progress import Bars

__all__ = ["stream_ray", "import_ray"]

logger = logging.getLogger(__name__)

TASK_CPUS = 0.25
"""CPUs a read/prepare or claims actor (:class:`StageActor`) asks of Ray; the translation
actors leave room for two of them at once and take the rest of the node."""

ACTOR_THREADS = 1
"""Torch threads per translation actor on CPUs (one core each: ``W`` actors use ``W``
cores without competing with each other's threads)."""


def import_ray() -> Any:
    """The ``ray`` module with Ray Data.

    Raises:
        MissingDependencyError: Ray is not installed (``pip install -e ".[ray]"``).
    """
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise MissingDependencyError(
            f"--executor ray needs Ray Data ({exc}); install it with "
            "pip install -e \".[ray]\" (or pip install \"ray[data]\")") from None
    return ray


def _objects(values: Sequence[Any]) -> Any:
    import numpy as np

    out = np.empty(len(values), dtype=object)
    out[:] = [pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL) for v in values]
    return out


def _rows(values: Sequence[Any], ns: Sequence[int],
          times: Sequence[list[StageRecord]] | None = None) -> dict[str, Any]:
    """Ray rows: the window number, its pickled values and the stage timings so far."""
    import numpy as np

    return {"n": np.asarray(ns, dtype=np.int64), "payload": _objects(values),
            "times": _objects(times if times is not None else [[] for _ in values])}


def _values(batch: Mapping[str, Any]) -> tuple[list[int], list[Any]]:
    return [int(n) for n in batch["n"]], [pickle.loads(p) for p in batch["payload"]]


def _times(batch: Mapping[str, Any]) -> list[list[StageRecord]]:
    if "times" not in batch:
        return [[] for _ in batch["n"]]
    return [pickle.loads(t) for t in batch["times"]]


def prepare_batch(batch: Mapping[str, Any], *, encoding: str) -> dict[str, Any]:
    """Ray stage 1: read and prepare windows (one row = one window of :class:`Source`).

    Payload out: per window, a list of ``("doc", PreparedDocument)`` or
    ``("problem", LoadProblem)``.
    """
    ns, windows = _values(batch)
    out, times = [], []
    for items in windows:
        records: list[StageRecord] = []
        with timed(records, "prepare") as count:
            read = [read_source(item, encoding=encoding) for item in items]
            ready = [d for d in read if not isinstance(d, LoadProblem)]
            prepared = iter(prepare_documents(ready))
            out.append([("problem", d) if isinstance(d, LoadProblem) else
                        ("doc", next(prepared)) for d in read])
            count[0] = len(ready)
        times.append(records)
    return _rows(out, ns, times)


class TranslateActor:
    """Ray stage 2: one translation actor (each model loaded once).

    The models named in ``models`` are loaded when the actor starts, while the first
    windows are being prepared (Ray sends an actor work once it is ready); a default
    model is loaded on first use.

    Args:
        models, backend, options: As for :class:`~translate.mt.Translator`; ``options``
            may name the translation cache by its folder (``cache_path``).
        require_models: Raise when a language has no usable model.
        threads: Torch threads of this actor (0: leave as is; on CPUs the executor
            passes :data:`ACTOR_THREADS`).
    """

    def __init__(self, *, models: Mapping[str, str] | None, backend: str | None,
                 options: Mapping[str, Any], require_models: bool, threads: int = 0) -> None:
        if threads:
            import torch

            torch.set_num_threads(threads)
        opts = dict(options)
        cache_path = opts.pop("cache_path", None)
        if cache_path is not None:
            from translate.mt.cache import TranslationCache

            opts["cache"] = TranslationCache(cache_path)
        opts["progress"] = False
        self.factory: Callable[[], Any] = lambda: _make_translator(models, backend, opts)
        self.translator: Any = None
        self.require_models = require_models
        self.preloaded: list[StageRecord] = []  # sent with the first window's timings
        if models:
            with timed(self.preloaded, "load") as count:
                self.translator = self.factory()
                count[0] = sum(self.translator.status(lang).available for lang in models)

    def __call__(self, batch: Mapping[str, Any]) -> dict[str, Any]:
        """Payload in: stage 1's; out: per window, ``("doc", prepared, translation | None,
        statuses)`` or the problem."""
        ns, windows = _values(batch)
        times = _times(batch)
        out = []
        if self.preloaded and times:
            times[0].extend(self.preloaded)
            self.preloaded = []
        for values, records in zip(windows, times):  # one window at a time: the local
            prepared = [v[1] for v in values if v[0] == "doc"]  # path's batches exactly
            translations: dict[str, Any] = {}
            statuses: dict[str, Any] = {}
            if any(d.language not in (None, "en") for d in prepared):
                with timed(records, "load") as count:  # ~0 s once the models are loaded
                    if self.translator is None:
                        self.translator = self.factory()
                    count[0] = len(load_models(prepared, self.translator))
                with timed(records, "translate") as count:
                    translations, statuses = translate_documents(
                        prepared, self.translator, require_models=self.require_models)
                    count[0] = sum(len(t.sentences) for t in translations.values())
            out.append([v if v[0] == "problem" else
                        ("doc", v[1], translations.get(v[1].id), statuses) for v in values])
        return _rows(out, ns, times)


def _make_translator(models: Mapping[str, str] | None, backend: str | None,
                     options: Mapping[str, Any]) -> Any:
    from translate.mt.translator import Translator

    return Translator(models, backend=backend, **options)


def finish_batch(batch: Mapping[str, Any]) -> dict[str, Any]:
    """Ray stage 3: claims and fidelity. Payload out: per window, ``("outcome", outcome,
    statuses)`` or ``("problem", LoadProblem)``."""
    ns, windows = _values(batch)
    times = _times(batch)
    out = []
    for values, records in zip(windows, times):
        done: list[Any] = []
        with timed(records, "claims") as count:
            for v in values:
                if v[0] == "problem":
                    done.append(v)
                else:
                    translation = v[2] if len(v) > 2 else None
                    statuses = v[3] if len(v) > 3 else {}
                    done.append(("outcome", finish_document(v[1], translation), statuses))
            count[0] = sum(v[0] == "outcome" for v in done)
        out.append(done)
    return _rows(out, ns, times)


class StageActor:
    """Ray stages 1 and 3 in a warm process: :func:`prepare_batch` or :func:`finish_batch`.

    A plain Ray task would do: but Ray starts task workers cold and, on a small node, ends
    an idle one within a second, so nearly every window paid the imports of the language
    detector or the claim lexicons again (5 of 7 claims tasks in fresh processes on 2
    CPUs). A small autoscaling actor pool pays them once per process.

    Args:
        stage: ``"prepare"`` or ``"claims"``.
        encoding: Text encoding of the files (``prepare``).
    """

    def __init__(self, *, stage: str, encoding: str = "utf-8") -> None:
        if stage not in ("prepare", "claims"):
            raise ValueError(f"stage must be 'prepare' or 'claims', not {stage!r}")
        self.stage = stage
        self.encoding = encoding

    def __call__(self, batch: Mapping[str, Any]) -> dict[str, Any]:
        if self.stage == "prepare":
            return prepare_batch(batch, encoding=self.encoding)
        return finish_batch(batch)


def _ray_options(options: Mapping[str, Any] | None) -> dict[str, Any]:
    """Translator options a Ray worker can rebuild (the cache by its folder)."""
    if options is None:
        raise ValueError("executor='ray' builds its translators in the workers: pass "
                         "models=/backend=/options, not a Translator object")
    opts = {k: v for k, v in options.items() if k != "cache"}
    cache = options.get("cache")
    if cache is False:
        opts["cache"] = False
    elif cache is not None and cache is not True:
        opts["cache_path"] = str(cache.path)
    return opts


def _workers_and_resources(ray: Any, workers: int | None) -> tuple[int, float, float, int]:
    """``(actors, cpus per actor, gpus per actor, torch threads per actor)``.

    On GPUs: one actor per GPU (or ``workers``). On CPUs: ``workers`` actors (default one
    per CPU of the cluster), each with :data:`ACTOR_THREADS` torch thread and a share of
    the CPUs that leaves room for two read/prepare or claims actors at once.
    """
    resources = ray.cluster_resources()
    gpus = int(resources.get("GPU", 0))
    cpus = float(resources.get("CPU", 1))
    if gpus:
        n = workers or gpus
        return n, 1.0, 1.0, 0
    n = workers or max(1, int(cpus))
    return n, max(0.05, min(1.0, (cpus - 2 * TASK_CPUS) / n)), 0.0, ACTOR_THREADS


def _unwrapped(batches: Iterator[Any]) -> Iterator[Any]:
    """``batches``, with a workbench error raised in a worker raised here as itself
    (Ray wraps it in its own task and user-code errors)."""
    from translate.errors import WorkbenchError

    try:
        yield from batches
    except Exception as exc:
        cause: BaseException | None = exc
        while cause is not None:
            if isinstance(cause, WorkbenchError) and type(cause).__module__.startswith(
                    "translate"):
                raise cause from None
            cause = getattr(cause, "cause", None) or cause.__cause__  # RayTaskError.cause
        raise


def stream_ray(
    windows: Sequence[Sequence[Source]],
    *,
    encoding: str,
    translator: Callable[[], Any] | None,
    require_models: bool,
    bars: Bars,
    on_statuses: Callable[[dict[str, ModelStatus]], Any],
    on_times: Callable[[list[StageRecord]], Any] | None = None,
    address: str | None = None,
    workers: int | None = None,
    models: Mapping[str, str] | None = None,
    backend: str | None = None,
    options: Mapping[str, Any] | None = None,
) -> Iterator[DocumentOutcome | LoadProblem]:
    """Run the stages on Ray Data; yield outcomes and problems in corpus order.

    Args:
        windows: What to read, cut into windows
            (:func:`~translate.stream.local.plan_windows`); a window is one row, the unit
            of every stage, so batches are those of the single-process path.
        encoding: Text encoding of the files.
        translator: ``None`` when the run does not translate (else unused: each actor
            builds its own from ``models``, ``backend`` and ``options``).
        require_models: Raise when a language has no usable model.
        bars: Progress bars (advanced as outcomes arrive).
        on_statuses: Called with the model statuses each block reports.
        on_times: Called with each window's stage timings (from the workers).
        address: ``None`` (local Ray), ``"auto"`` or ``"ray://host:port"``.
        workers: Translation actors (default: one per GPU, else one per CPU).
        models, backend, options: How each actor builds its :class:`Translator`.
    """
    ray = import_ray()
    if not windows:
        return
    opts = _ray_options(options) if translator is not None else {}
    started = False
    if not ray.is_initialized():
        init: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                "ignore_reinit_error": True, "logging_level": logging.WARNING}
        if address is not None:
            init["address"] = address
        ray.init(**init)
        started = True
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = bars.enabled
        if hasattr(ctx, "raise_original_map_exception"):  # Ray ≥ 2.4x: keep the error's type
            ctx.raise_original_map_exception = True
        block = 1  # one window per call
        ds = ray.data.from_items(
            [{"n": n, "payload": pickle.dumps(list(w))} for n, w in enumerate(windows)],
            override_num_blocks=len(windows))
        n, cpus, gpus, threads = _workers_and_resources(ray, workers)
        warm = ray.data.ActorPoolStrategy(min_size=1, max_size=n)
        ds = ds.map_batches(StageActor, batch_size=block, batch_format="numpy",
                            compute=warm, num_cpus=TASK_CPUS,
                            fn_constructor_kwargs={"stage": "prepare", "encoding": encoding})
        if translator is not None:
            ds = ds.map_batches(
                TranslateActor, batch_size=block, batch_format="numpy",
                compute=ray.data.ActorPoolStrategy(size=n, max_tasks_in_flight_per_actor=1),
                num_cpus=cpus, num_gpus=gpus,
                fn_constructor_kwargs={"models": dict(models or {}), "backend": backend,
                                       "options": opts, "require_models": require_models,
                                       "threads": threads})
        ds = ds.map_batches(StageActor, batch_size=block, batch_format="numpy",
                            compute=warm, num_cpus=TASK_CPUS,
                            fn_constructor_kwargs={"stage": "claims"})
        for batch in _unwrapped(ds.iter_batches(batch_size=None, batch_format="numpy")):
            if on_times is not None:
                for records in _times(batch):
                    on_times(records)
            for value in (v for window in _values(batch)[1] for v in window):
                if value[0] == "problem":
                    yield value[1]
                    continue
                on_statuses(value[2])
                outcome = value[1]
                bars.update("read")
                bars.update("translate", len(outcome.translation.sentences)
                            if outcome.translation else 0)
                bars.update("claims")
                yield outcome
    finally:
        if started:
            ray.shutdown()
