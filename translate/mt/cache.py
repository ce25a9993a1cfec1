"""Persistent on-disk translation cache (SQLite, safe against a kill mid-write).

Keys hash the model id, its revision, the decoding settings, the language pair and the
source text, so a change to any of them is a miss. SQLite in WAL mode commits each batch
atomically: a process killed mid-write leaves the previous state intact.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from translate.mt.types import Hypothesis

__all__ = ["TranslationCache", "default_cache_dir", "cache_key"]

logger = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    source TEXT NOT NULL,
    translation TEXT NOT NULL,
    logprob REAL NOT NULL,
    tokens INTEGER NOT NULL,
    flags TEXT NOT NULL,
    created REAL NOT NULL DEFAULT (julianday('now'))
)
"""


def default_cache_dir() -> Path:
    """``$TRANSLATE_CACHE_DIR``, else ``$XDG_CACHE_HOME/translate-workbench``, else
    ``~/.cache/translate-workbench``. Read when a cache is opened, never at import."""
    env = os.environ.get("TRANSLATE_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "translate-workbench"


def cache_key(
    model: str,
    revision: str,
    settings: Mapping[str, Any],
    src_lang: str,
    tgt_lang: str,
    source: str,
) -> str:
    """A stable key for one translation request."""
    payload = json.dumps(
        [model, revision, sorted(settings.items()), src_lang, tgt_lang, source],
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class TranslationCache:
    """A SQLite file of finished translations.

    Args:
        path: The database file, or a folder to put ``translations.sqlite`` in
            (default :func:`default_cache_dir`). Created on first use.

    Example:
        >>> cache = TranslationCache(tmp_path)  # doctest: +SKIP
        >>> cache.put({"k": Hypothesis("Hello", -0.2, 2)}, model="m", sources={"k": "Hei"})
    """

    def __init__(self, path: str | Path | None = None) -> None:
        from translate._sqlite import cache_file

        self.path = cache_file(path, "translations.sqlite")
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            from translate._sqlite import open_cache_db

            self._conn = open_cache_db(self.path, _SCHEMA)
        return self._conn

    def get_many(self, keys: Sequence[str]) -> dict[str, Hypothesis]:
        """Look up keys; returns the ones found (flagged ``cached``)."""
        found: dict[str, Hypothesis] = {}
        if not keys:
            return found
        with self._lock:
            conn = self._connect()
            for i in range(0, len(keys), 500):
                chunk = list(keys[i : i + 500])
                marks = ",".join("?" * len(chunk))
                rows = conn.execute(
                    f"SELECT key, translation, logprob, tokens, flags FROM translations "
                    f"WHERE key IN ({marks})",
                    chunk,
                ).fetchall()
                for key, text, logprob, tokens, flags in rows:
                    fl = tuple(json.loads(flags)) + ("cached",)
                    found[key] = Hypothesis(text, float(logprob), int(tokens), fl)
        self.hits += len(found)
        self.misses += len(set(keys)) - len(found)
        return found

    def put(
        self, items: Mapping[str, Hypothesis], *, model: str, sources: Mapping[str, str]
    ) -> None:
        """Store translations in one transaction (all or nothing)."""
        rows: Iterable[tuple[Any, ...]] = [
            (
                k,
                model,
                sources.get(k, ""),
                h.text,
                h.logprob,
                h.tokens,
                json.dumps([f for f in h.flags if f != "cached"]),
            )
            for k, h in items.items()
        ]
        with self._lock:
            conn = self._connect()
            with conn:
                conn.executemany(
                    "INSERT OR REPLACE INTO translations "
                    "(key, model, source, translation, logprob, tokens, flags) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )

    def __len__(self) -> int:
        with self._lock:
            return int(self._connect().execute("SELECT COUNT(*) FROM translations").fetchone()[0])

    def clear(self) -> None:
        with self._lock:
            conn = self._connect()
            with conn:
                conn.execute("DELETE FROM translations")

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
