"""Load articles from a folder, files or strings into typed :class:`Document` objects."""

from __future__ import annotations

import csv
import datetime as _dt
import logging
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from translate.corpus.document import Document
from translate.errors import CorpusError

__all__ = ["Corpus", "LoadProblem", "load_corpus", "read_document", "read_metadata"]

logger = logging.getLogger(__name__)

METADATA_FILE = "metadata.csv"


@dataclass(frozen=True)
class LoadProblem:
    """A file that was not loaded, and why (shown to the user, never dropped silently)."""

    path: str
    reason: str


@dataclass(frozen=True)
class Corpus:
    """The documents of a corpus plus every file that could not be loaded."""

    documents: tuple[Document, ...]
    problems: tuple[LoadProblem, ...] = ()
    metadata_path: Path | None = None

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)

    def __getitem__(self, key: int | str) -> Document:
        if isinstance(key, int):
            return self.documents[key]
        for doc in self.documents:
            if doc.id == key:
                return doc
        raise KeyError(f"no document '{key}'; ids: {', '.join(d.id for d in self.documents)}")

    @property
    def ids(self) -> list[str]:
        return [d.id for d in self.documents]


def _title(raw: str) -> str:
    for line in raw.splitlines():
        if line.strip():
            return line.strip()
    return ""


def _parse_date(value: str | None) -> _dt.date | None:
    if not value:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def read_metadata(path: str | Path) -> dict[str, dict[str, str]]:
    """Read a sidecar ``metadata.csv`` (``id,language,published,...``) keyed by id.

    Raises:
        CorpusError: The file has no ``id`` column.
    """
    path = Path(path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames is None or "id" not in reader.fieldnames:
            raise CorpusError(f"{path}: a metadata file needs an 'id' column")
        return {
            row["id"].strip(): {k: (v or "").strip() for k, v in row.items() if k} for row in reader
        }


def read_document(
    path: str | Path,
    *,
    metadata: Mapping[str, str] | None = None,
    encoding: str = "utf-8",
) -> Document:
    """Read one text file into a :class:`Document` (id = file stem, raw text verbatim).

    Raises:
        CorpusError: The file is missing, empty, or not valid text in ``encoding``.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        raw = data.decode(
            "utf-8-sig" if encoding.lower().replace("_", "-") == "utf-8" else encoding
        )
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CorpusError(
            f"{path}:{line}: not valid {encoding} (byte {exc.start}: {exc.reason}); "
            f"re-save the file as UTF-8 or pass encoding=... (--encoding on the command line)"
        ) from None
    if not raw.strip():
        raise CorpusError(f"{path}: the file is empty")
    return make_document(path.stem, raw, path=path, metadata=metadata)


def make_document(
    doc_id: str,
    raw: str,
    *,
    path: Path | None = None,
    metadata: Mapping[str, str] | None = None,
) -> Document:
    """Build a :class:`Document` from text already in memory."""
    meta = dict(metadata or {})
    language = meta.get("language") or None
    return Document(
        id=doc_id,
        raw=raw,
        title=_title(raw),
        path=path,
        language=language.lower() if language else None,
        published=_parse_date(meta.get("published")),
        metadata=meta,
    )


def _names(obj: object, kind: str) -> bool:
    """Whether ``obj`` is a path to an existing file or folder (``kind``).

    Article text passed as a string is not a path: a long one makes ``stat`` fail with
    "file name too long", which means "no".
    """
    if not isinstance(obj, (str, Path)):
        return False
    if isinstance(obj, str) and ("\n" in obj or len(obj) > 4096):
        return False
    try:
        path = Path(obj)
        return path.is_dir() if kind == "dir" else path.is_file()
    except (OSError, ValueError):
        return False


def load_corpus(
    source: str | Path | Iterable[str | Path] | Mapping[str, str],
    *,
    metadata: str | Path | Mapping[str, Mapping[str, str]] | None = None,
    encoding: str = "utf-8",
    strict: bool = False,
) -> Corpus:
    """Load a corpus of articles.

    Args:
        source: A folder of ``.txt`` files; a single file; a list of :class:`~pathlib.Path`
            objects and/or strings (a ``str`` naming an existing file is read, any other
            ``str`` is taken as the article text itself, id ``text-<n>``); or a mapping
            ``{id: text}``.
        metadata: A sidecar CSV path or a mapping ``{id: {column: value}}``. By default a
            ``metadata.csv`` next to the files is read when present.
        encoding: Text encoding of the files.
        strict: Raise on the first unreadable file instead of reporting it in
            :attr:`Corpus.problems` (with a warning).

    Returns:
        A :class:`Corpus`, documents sorted by id for folders, in input order otherwise.

    Raises:
        CorpusError: ``source`` does not exist, holds no documents, or (with ``strict``)
            a file is unreadable.

    Example:
        >>> corpus = load_corpus("seeds/")
        >>> corpus.ids[0]
        '000_6e03027ed62215ce'
    """
    meta_path: Path | None = None
    items: list[tuple[str, str | Path]] = []  # (id, text or path)
    if isinstance(source, Mapping):
        items = [(str(k), str(v)) for k, v in source.items()]
    elif isinstance(source, (str, Path)) and _names(source, "dir"):
        folder = Path(source)
        files = sorted(p for p in folder.iterdir() if p.suffix == ".txt" and p.is_file())
        items = [(p.stem, p) for p in files]
        if (folder / METADATA_FILE).is_file():
            meta_path = folder / METADATA_FILE
    elif isinstance(source, Path) or _names(source, "file"):
        p = Path(source)
        if not p.exists():
            raise CorpusError(f"{p}: no such file or folder")
        items = [(p.stem, p)]
        if (p.parent / METADATA_FILE).is_file():
            meta_path = p.parent / METADATA_FILE
    elif isinstance(source, str):
        if "\n" not in source and len(source) < 260 and ("/" in source or source.endswith(".txt")):
            raise CorpusError(f"{source}: no such file or folder")
        items = [("text-0", source)]
    else:
        n = 0
        for item in source:
            if isinstance(item, Path) or _names(item, "file"):
                items.append((Path(item).stem, Path(item)))
            else:
                items.append((f"text-{n}", str(item)))
                n += 1
    if not items:
        raise CorpusError(f"{source}: no .txt documents found")

    table: Mapping[str, Mapping[str, str]] = {}
    if isinstance(metadata, Mapping):
        table = metadata
    elif metadata is not None:
        meta_path = Path(metadata)
    if meta_path is not None and not isinstance(metadata, Mapping):
        table = read_metadata(meta_path)

    docs: list[Document] = []
    problems: list[LoadProblem] = []
    seen: set[str] = set()
    for doc_id, obj in items:
        if doc_id in seen:
            raise CorpusError(f"duplicate document id '{doc_id}'")
        seen.add(doc_id)
        try:
            if isinstance(obj, Path):
                docs.append(read_document(obj, metadata=table.get(doc_id), encoding=encoding))
            else:
                if not obj.strip():
                    raise CorpusError(f"{doc_id}: the text is empty")
                docs.append(make_document(doc_id, obj, metadata=table.get(doc_id)))
        except CorpusError as exc:
            if strict:
                raise
            warnings.warn(f"skipped: {exc}", stacklevel=2)
            problems.append(LoadProblem(str(obj) if isinstance(obj, Path) else doc_id, str(exc)))
    if not docs:
        detail = "; ".join(p.reason for p in problems)
        raise CorpusError(f"{source}: no readable documents ({detail})")
    unknown = set(table) - seen
    if unknown and meta_path is not None:
        logger.info("metadata rows without a document: %s", ", ".join(sorted(unknown)))
    return Corpus(tuple(docs), tuple(problems), meta_path)
