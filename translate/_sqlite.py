"""One way to open the workbench's on-disk SQLite caches (translations, embeddings)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

__all__ = ["cache_file", "open_cache_db"]


def cache_file(path: str | Path | None, name: str) -> Path:
    """The database file a cache uses: ``path`` itself when it ends in ``.sqlite``, else
    ``name`` inside the folder ``path`` (default :func:`translate.mt.cache.default_cache_dir`).
    """
    if path is None:
        from translate.mt.cache import default_cache_dir

        path = default_cache_dir()
    p = Path(path)
    return p if p.suffix == ".sqlite" else p / name


def open_cache_db(path: Path, schema: str) -> sqlite3.Connection:
    """Open (creating folders and tables) a cache database in WAL mode.

    WAL lets readers in other processes go on while one process writes; ``synchronous=NORMAL``
    is safe with WAL (a crash may lose the last writes, never corrupt the file).

    Args:
        path: The database file.
        schema: One ``CREATE TABLE IF NOT EXISTS …`` statement.

    Returns:
        A connection usable from several threads (callers hold their own lock).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=30, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(schema)
    conn.commit()
    return conn
