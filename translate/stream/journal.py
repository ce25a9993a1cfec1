"""Resumable output: a lock, the run's key, and a journal of finished documents.

The output folder holds ``.journal/``:

* ``lock`` — held (``fcntl.flock``) for the whole run: a second run on the same folder
  stops at once with :class:`OutputLockedError` naming the process that holds it. The
  operating system releases it when the process dies, so a killed run never blocks.
* ``run.json`` — the key of the run's arguments (models, decoding, settings, workbench
  version), and whether the run finished. A run with other arguments starts the folder
  over, and says so.
* ``outcomes.pickle`` — every finished document's outcome, one pickle after another.
* ``done.jsonl`` — one line per finished document, written after its output: id, content
  key, and the size of every output file at that point.

A run started again with the same arguments cuts every output file back to the sizes of
the last line of ``done.jsonl`` (dropping what a kill left half-written) and skips the
documents listed there whose content is unchanged: nothing finished is recomputed and
nothing is lost.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import shutil
import socket
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from translate.errors import WorkbenchError

__all__ = ["OutputLockedError", "RunJournal", "run_key"]

logger = logging.getLogger(__name__)

JOURNAL_DIR = ".journal"


class OutputLockedError(WorkbenchError):
    """Another run is writing to the same output folder."""


def run_key(settings: Mapping[str, Any]) -> str:
    """A stable hash of a run's arguments (anything JSON can write, else its ``repr``)."""
    text = json.dumps(settings, sort_keys=True, default=repr, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _lock(path: Path) -> IO[str]:
    fh = path.open("a+", encoding="utf-8")
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: an exclusive create instead
        try:
            fd = os.open(str(path) + ".pid", os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            fh.close()
            raise OutputLockedError(
                f"{path.parent.parent} is in use by another run (delete {path}.pid if no run "
                "is going on)") from None
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
        return fh
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.seek(0)
        holder = fh.read().strip() or "another process"
        fh.close()
        raise OutputLockedError(
            f"{path.parent.parent} is being written by another run ({holder}); wait for it "
            "to finish or choose another --out") from None
    fh.seek(0)
    fh.truncate()
    fh.write(f"pid {os.getpid()} on {socket.gethostname()}\n")
    fh.flush()
    return fh


class RunJournal:
    """The lock and journal of one output folder (see the module docstring).

    Args:
        out: The output folder (created if needed).
        key: :func:`run_key` of the run's arguments.
        files: Names of the output files the journal keeps consistent (in ``out``).
        resume: ``False`` starts over even when the folder holds a run with the same key.

    Use as a context manager; the lock is held until it exits.
    """

    def __init__(self, out: str | Path, *, key: str, files: tuple[str, ...],
                 resume: bool = True) -> None:
        self.out = Path(out)
        self.key = key
        self.files = files
        self.resume = resume
        self.dir = self.out / JOURNAL_DIR
        self._lock: IO[str] | None = None
        self._done: IO[str] | None = None
        self._pickle: IO[bytes] | None = None
        self.finished: dict[str, str] = {}
        """Document id → content key of the documents *earlier* runs finished (read when
        the journal opens; this run's own are written to ``done.jsonl`` only, so that
        memory does not grow with the corpus)."""
        self._offsets: dict[str, int] = {}

    # ---- lifecycle -------------------------------------------------------------------
    def __enter__(self) -> RunJournal:
        self.dir.mkdir(parents=True, exist_ok=True)
        self._lock = _lock(self.dir / "lock")
        try:
            self._open()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for fh in (self._done, self._pickle):
            if fh is not None:
                fh.close()
        self._done = self._pickle = None
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def _open(self) -> None:
        run_file = self.dir / "run.json"
        previous, done = None, False
        if run_file.is_file():
            try:
                state = json.loads(run_file.read_text("utf-8"))
                previous, done = state.get("key"), bool(state.get("complete"))
            except (ValueError, OSError, AttributeError):
                previous = None
        if previous == self.key and self.resume:
            self._recover(done)
            run_file.write_text(json.dumps({"key": self.key}) + "\n", encoding="utf-8")
        else:
            if previous is not None:
                logger.warning("%s holds a run with other arguments (or --no-resume): "
                               "starting over", self.out)
            self._reset()
            run_file.write_text(json.dumps({"key": self.key}) + "\n", encoding="utf-8")
        self._done = (self.dir / "done.jsonl").open("a", encoding="utf-8")
        self._pickle = (self.dir / "outcomes.pickle").open("ab")

    def _reset(self) -> None:
        for name in (*self.files, "done.jsonl", "outcomes.pickle"):
            path = (self.dir / name) if name in ("done.jsonl", "outcomes.pickle") else (
                self.out / name)
            if path.is_file():
                path.unlink()
        shards = self.out / "shards"
        if shards.is_dir():
            shutil.rmtree(shards)

    def _recover(self, done: bool) -> None:
        """Read ``done.jsonl``; cut every file back to its last complete document."""
        done_path = self.dir / "done.jsonl"
        offsets: dict[str, int] = {name: 0 for name in (*self.files, "outcomes.pickle")}
        if done_path.is_file():
            good = 0
            with done_path.open("rb") as fh:
                for line in fh:
                    if not line.endswith(b"\n"):
                        break  # torn by a kill: that document is not finished
                    try:
                        entry = json.loads(line)
                    except ValueError:
                        break
                    self.finished[entry["id"]] = entry["key"]
                    offsets.update(entry["offsets"])
                    good += len(line)
            with done_path.open("r+b") as fh:
                fh.truncate(good)
        for name, size in offsets.items():
            path = self.dir / name if name == "outcomes.pickle" else self.out / name
            if path.is_file() and path.stat().st_size > size:
                with path.open("r+b") as fh:
                    fh.truncate(size)
            elif not path.is_file() and size:
                logger.warning("%s is missing; the run starts over", path)
                self.finished.clear()
                self._reset()
                return
        self._offsets = offsets
        if self.finished:  # the user should know the run did not start from scratch
            what = ("a finished run with the same arguments" if done else
                    "an interrupted run with the same arguments")
            logger.warning("%s holds %s: its %d finished documents are reused, not "
                           "recomputed (--no-resume starts over)", self.out, what,
                           len(self.finished))

    def mark_complete(self) -> None:
        """Note that every document of the run is finished (what a later run says)."""
        (self.dir / "run.json").write_text(json.dumps({"key": self.key, "complete": True})
                                           + "\n", encoding="utf-8")

    def restart(self) -> None:
        """Forget what earlier runs finished and empty the output files (lock kept)."""
        for fh in (self._done, self._pickle):
            if fh is not None:
                fh.close()
        self.finished.clear()
        self._reset()
        self._done = (self.dir / "done.jsonl").open("a", encoding="utf-8")
        self._pickle = (self.dir / "outcomes.pickle").open("ab")

    # ---- use -----------------------------------------------------------------------
    def is_finished(self, doc_id: str, key: str) -> bool:
        """Whether ``doc_id`` with content ``key`` was finished by an earlier run."""
        return self.finished.get(doc_id) == key

    def outcomes(self) -> Iterator[Any]:
        """The outcomes finished by earlier runs, in the order they were finished."""
        path = self.dir / "outcomes.pickle"
        if not path.is_file():
            return
        with path.open("rb") as fh:
            while True:
                try:
                    yield pickle.load(fh)
                except EOFError:
                    return

    def record(self, doc_id: str, key: str, outcome: Any, sizes: Mapping[str, int]) -> None:
        """Mark a document finished, after its output was written (``sizes``: file sizes)."""
        assert self._pickle is not None and self._done is not None
        pickle.dump(outcome, self._pickle, protocol=pickle.HIGHEST_PROTOCOL)
        self._pickle.flush()
        offsets = dict(sizes) | {"outcomes.pickle": self._pickle.tell()}
        self._done.write(json.dumps({"id": doc_id, "key": key, "offsets": offsets}) + "\n")
        self._done.flush()
