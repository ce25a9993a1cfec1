"""Load articles from a folder, files or strings into typed :class:`Document` objects."""

from __future__ import annotations

import csv
import datetime as _dt
import errno
import io
import logging
import os
import re
import stat
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from translate.corpus.document import Document
from translate.errors import CorpusError

__all__ = [
    "Corpus",
    "LoadProblem",
    "Metadata",
    "load_corpus",
    "read_document",
    "read_metadata",
    "read_metadata_rows",
]

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


@dataclass(frozen=True)
class Metadata:
    """A sidecar ``metadata.csv`` read row by row.

    Attributes:
        table: ``{id: {column: value}}``; when an id has several rows, the last one.
        rows: ``{id: line number}`` of the row used for each id.
        warnings: ``{id: [message, ...]}`` about the rows of that id (duplicates).
    """

    table: Mapping[str, Mapping[str, str]]
    rows: Mapping[str, int]
    warnings: Mapping[str, tuple[str, ...]]


def read_metadata_rows(path: str | Path) -> Metadata:
    """Read a sidecar ``metadata.csv`` (``id,language,published,...``), keeping row numbers.

    Raises:
        CorpusError: The file is not UTF-8, or has no ``id`` column.
    """
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        data = path.read_bytes()
        line = data[: exc.start].count(b"\n") + 1
        raise CorpusError(
            f"{path}:{line}: not valid UTF-8 (byte {exc.start}: {exc.reason}); re-save the "
            "metadata file as UTF-8 (e.g. 'CSV UTF-8' in a spreadsheet)"
        ) from None
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read ({exc.strerror or exc})") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames is None or "id" not in reader.fieldnames:
        raise CorpusError(f"{path}: a metadata file needs an 'id' column")
    table: dict[str, dict[str, str]] = {}
    rows: dict[str, int] = {}
    notes: dict[str, list[str]] = {}
    for row in reader:
        doc_id = (row.get("id") or "").strip()
        line = reader.line_num
        if not doc_id:
            notes.setdefault("", []).append(f"{path.name} line {line}: no id; row ignored")
            continue
        if doc_id in table:
            notes.setdefault(doc_id, []).append(
                f"{path.name}: id '{doc_id}' is on lines {rows[doc_id]} and {line}; "
                f"line {line} is used"
            )
        table[doc_id] = {k: (v or "").strip() for k, v in row.items() if k}
        rows[doc_id] = line
    return Metadata(table, rows, {k: tuple(v) for k, v in notes.items()})


def read_metadata(path: str | Path) -> dict[str, dict[str, str]]:
    """Read a sidecar ``metadata.csv`` (``id,language,published,...``) keyed by id.

    See :func:`read_metadata_rows` for row numbers and duplicate ids.

    Raises:
        CorpusError: The file is not UTF-8, or has no ``id`` column.
    """
    return {k: dict(v) for k, v in read_metadata_rows(path).table.items()}


def read_document(
    path: str | Path,
    *,
    metadata: Mapping[str, str] | None = None,
    encoding: str = "utf-8",
    notes: Iterable[str] = (),
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
    return make_document(path.stem, raw, path=path, metadata=metadata, notes=notes)


def make_document(
    doc_id: str,
    raw: str,
    *,
    path: Path | None = None,
    metadata: Mapping[str, str] | None = None,
    notes: Iterable[str] = (),
) -> Document:
    """Build a :class:`Document` from text already in memory.

    A sidecar ``language`` that is no language code is dropped (the language is detected
    instead) and a ``published`` value that is no ``YYYY-MM-DD`` date is left unset; each
    with a warning on the document, never silently.
    """
    meta = dict(metadata or {})
    notes = list(notes)
    language = (meta.get("language") or "").strip().lower() or None
    if language is not None and not _language_code(language):
        notes.append(f"metadata language '{meta['language']}' is not a language code "
                     "(ISO 639-1, e.g. nb, da, ar, en); the language is detected instead")
        language = None
    published = _parse_date(meta.get("published"))
    if published is None and (meta.get("published") or "").strip():
        notes.append(f"metadata published '{meta['published']}' is not a date (YYYY-MM-DD); "
                     "the publication date is unknown")
    return Document(
        id=doc_id,
        raw=raw,
        title=_title(raw),
        path=path,
        language=language,
        published=published,
        metadata=meta,
        warnings=tuple(notes),
    )


def _language_code(code: str) -> bool:
    """Whether ``code`` is a language code: one the workbench names, or one CLDR knows."""
    from translate.corpus.langid import DEFAULT_LANGUAGES, GUARD_LANGUAGES
    from translate.mt.languages import LANGUAGE_NAMES

    if code in {*DEFAULT_LANGUAGES, *GUARD_LANGUAGES, *LANGUAGE_NAMES, "no"}:
        return True
    if not re.fullmatch(r"[a-z]{2,3}", code):
        return False
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return False
    return True


def looks_like_path(text: str) -> bool:
    """Whether a string is meant as a path rather than article text: one short token
    with no whitespace (``seed``, ``seeds/``, ``news.txt``), or one short line that ends
    like a folder or a text file (``my articles/``, ``day 1.txt``); article text has
    spaces and ends otherwise."""
    if not 0 < len(text) <= 255 or "\n" in text:
        return False
    return not any(ch.isspace() for ch in text) or text.rstrip().lower().endswith(
        ("/", os.sep, ".txt"))


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
    listing = FolderListing((), ())
    if isinstance(source, Mapping):
        items = [(str(k), str(v)) for k, v in source.items()]
    elif isinstance(source, (str, Path)) and _names(source, "dir"):
        if metadata is None:
            listing = list_folder(source)
        else:
            files, link_problems = _folder_files(Path(source))
            listing = FolderListing(tuple(files), tuple(link_problems))
        items = [(p.stem, p) for p in listing.files]
        meta_path = listing.metadata_path
    elif isinstance(source, Path) or _names(source, "file"):
        p = Path(source)  # type: ignore[arg-type]  # _names: a str or Path
        if not p.exists():
            raise CorpusError(f"{p}: no such file or folder")
        items = [(p.stem, p)]
        if (p.parent / METADATA_FILE).is_file():
            meta_path = p.parent / METADATA_FILE
    elif isinstance(source, str):
        if looks_like_path(source):
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
        detail = "; ".join(f"{p.path}: {p.reason}" for p in listing.problems)
        raise CorpusError(f"{source}: no .txt documents found" + (f" ({detail})" if detail
                                                                   else ""))

    table: Mapping[str, Mapping[str, str]] = {}
    meta = listing.metadata or Metadata({}, {}, {})
    if isinstance(metadata, Mapping):
        table = metadata
    elif metadata is not None:
        meta_path = Path(metadata)
    if listing.metadata is None and meta_path is not None and not isinstance(metadata, Mapping):
        meta = read_metadata_rows(meta_path)
    table = table or meta.table

    docs: list[Document] = []
    problems: list[LoadProblem] = []
    for problem in listing.problems:
        if strict:
            raise CorpusError(f"{problem.path}: {problem.reason}")
        warnings.warn(f"skipped: {problem.path}: {problem.reason}", stacklevel=2)
        problems.append(problem)
    seen: set[str] = set()
    for doc_id, obj in items:
        try:
            if doc_id in seen:
                raise CorpusError(f"{obj}: duplicate document id '{doc_id}' (another file has "
                                  "the same name); rename one of them")
            seen.add(doc_id)
            notes = meta.warnings.get(doc_id, ())
            if isinstance(obj, Path):
                docs.append(read_document(obj, metadata=table.get(doc_id), encoding=encoding,
                                          notes=notes))
            else:
                if not obj.strip():
                    raise CorpusError(f"{doc_id}: the text is empty")
                docs.append(make_document(doc_id, obj, metadata=table.get(doc_id),
                                          notes=notes))
        except CorpusError as exc:
            if strict:
                raise
            warnings.warn(f"skipped: {exc}", stacklevel=2)
            problems.append(LoadProblem(str(obj) if isinstance(obj, Path) else doc_id, str(exc)))
    if not docs:
        detail = "; ".join(p.reason for p in problems)
        raise CorpusError(f"{source}: no readable documents ({detail})")
    return Corpus(tuple(docs), tuple(problems), meta_path)


def _metadata_problems(path: Path, meta: Metadata, ids: set[str], *,
                       warn: bool = True) -> list[LoadProblem]:
    """Rows of ``metadata.csv`` that describe no document (a warning each)."""
    out = [LoadProblem(str(path), note) for note in meta.warnings.get("", ())]
    for doc_id in sorted(set(meta.table) - ids):
        out.append(LoadProblem(str(path), f"line {meta.rows[doc_id]}: id '{doc_id}' has no "
                               f"document (no file {doc_id}.txt)"))
    if warn:
        for p in out:
            warnings.warn(f"{p.path}: {p.reason}", stacklevel=3)
    return out


@dataclass(frozen=True)
class FolderListing:
    """What a corpus folder holds, listed without reading the articles.

    Attributes:
        files: The ``.txt`` files (any case), sorted by name.
        problems: ``.txt`` entries that are no readable file (dangling link, symlink
            loop) and ``metadata.csv`` rows that describe no file.
        metadata: The sidecar ``metadata.csv`` when there is one.
        metadata_path: Its path, or ``None``.
    """

    files: tuple[Path, ...]
    problems: tuple[LoadProblem, ...]
    metadata: Metadata | None = None
    metadata_path: Path | None = None

    def read(self, path: Path, *, encoding: str = "utf-8") -> Document:
        """Read one of :attr:`files` with its metadata row and that row's warnings.

        Raises:
            CorpusError: See :func:`read_document`.
        """
        meta = self.metadata or Metadata({}, {}, {})
        return read_document(path, metadata=meta.table.get(path.stem), encoding=encoding,
                             notes=meta.warnings.get(path.stem, ()))


def list_folder(folder: str | Path) -> FolderListing:
    """List a corpus folder: its articles, its ``metadata.csv`` and what is wrong with them.

    A streaming reader lists with this, then reads each file with
    :meth:`FolderListing.read`; :func:`load_corpus` does both at once.

    Raises:
        CorpusError: The folder cannot be listed, or ``metadata.csv`` is not UTF-8 or has
            no ``id`` column.
    """
    folder = Path(folder)
    files, problems = _folder_files(folder)
    meta_path = folder / METADATA_FILE
    if not meta_path.is_file():
        return FolderListing(tuple(files), tuple(problems))
    meta = read_metadata_rows(meta_path)
    problems += _metadata_problems(meta_path, meta, {p.stem for p in files}, warn=False)
    return FolderListing(tuple(files), tuple(problems), meta, meta_path)


def _folder_files(folder: Path) -> tuple[list[Path], list[LoadProblem]]:
    """The ``.txt`` files of a folder (any case: ``UPPER.TXT`` too), sorted, and the
    ``.txt`` entries that cannot be read as files (dangling link, symlink loop, folder)."""
    files: list[Path] = []
    problems: list[LoadProblem] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise CorpusError(f"{folder}: cannot list the folder ({exc.strerror or exc})") from None
    for p in entries:
        if p.suffix.lower() != ".txt":
            continue
        try:
            st = p.stat()
        except OSError as exc:
            if p.is_symlink():
                why = ("symbolic link loop" if exc.errno == errno.ELOOP else
                       f"dangling symbolic link (to {os.readlink(p)})")
            else:
                why = f"cannot read ({exc.strerror or exc})"
            problems.append(LoadProblem(str(p), why))
            continue
        if stat.S_ISREG(st.st_mode):
            files.append(p)
        elif stat.S_ISDIR(st.st_mode):
            problems.append(LoadProblem(str(p), "a folder named like an article; not read"))
    return files, problems
