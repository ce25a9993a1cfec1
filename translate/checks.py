"""Argument checks shared by the command line and :func:`translate.run`.

Every check runs before any work is done (no model loaded, no document read), so a
mistake costs the user a second, not a whole run, and it ends in one line that says what
was wrong and what was expected instead of a traceback at the end of the job.

Each function raises :class:`UsageError` (a :class:`~translate.errors.WorkbenchError`, so the
command line prints it as ``error: ...`` with exit code 2), :class:`TypeError` for a value of
the wrong type, or :class:`~translate.errors.CorpusError` for a source that does not exist.
"""

from __future__ import annotations

import inspect
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from translate.errors import CorpusError, WorkbenchError

__all__ = [
    "UsageError",
    "check_beams",
    "check_cache_dir",
    "check_device",
    "check_model_languages",
    "check_model_paths",
    "check_out_dir",
    "check_run_arguments",
    "check_source",
    "check_translator_options",
    "model_languages",
    "translator_keywords",
]


class UsageError(WorkbenchError, ValueError):
    """An option or argument the workbench cannot use; the message says what it expects."""


_DEVICE = re.compile(r"(auto|cpu|mps|cuda(:\d+)?)")


def check_source(source: Any) -> Any:
    """Check what :func:`translate.run` was given to read.

    Accepted: a :class:`~translate.corpus.loader.Corpus`, a folder or file path (``str`` or
    :class:`~pathlib.Path`), article text (a ``str`` with whitespace), a mapping
    ``{id: text}``, or an iterable of paths and texts.

    Args:
        source: What the caller passed.

    Returns:
        ``source``, or a list of its items when it was a one-shot iterator (a generator),
        so checking it does not use it up.

    Raises:
        TypeError: ``bytes``, a number or another object that is none of the above.
        CorpusError: A path (a :class:`~pathlib.Path`, or a short ``str`` with no whitespace
            that does not exist) names no file or folder.
    """
    from translate.corpus.loader import Corpus

    expected = ("a folder or file path (str or Path), article text, a Corpus, a mapping "
                "{id: text}, or a list of paths/texts")
    if isinstance(source, Corpus):
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        raise TypeError(f"source must be {expected}, not {type(source).__name__} "
                        "(decode bytes first, e.g. data.decode('utf-8'))")
    if isinstance(source, (str, Path)):
        _check_one(source)
        return source
    if isinstance(source, Mapping):
        bad = [k for k, v in source.items() if not isinstance(v, str)]
        if bad:
            raise TypeError(f"source mapping values must be article texts (str); "
                            f"{bad[0]!r} is {type(source[bad[0]]).__name__}")
        return source
    if not isinstance(source, Iterable):
        raise TypeError(f"source must be {expected}, not {type(source).__name__}")
    items = list(source) if not isinstance(source, (list, tuple)) else source
    if not items:
        raise CorpusError("source is empty: no documents to read")
    for n, item in enumerate(items):
        if not isinstance(item, (str, Path)):
            raise TypeError(f"source item {n} must be a path or article text (str or Path), "
                            f"not {type(item).__name__}")
        _check_one(item)
    return items


def _check_one(item: str | Path) -> None:
    from translate.corpus.loader import looks_like_path

    if isinstance(item, str) and not looks_like_path(item):
        return  # article text
    if not item:
        raise CorpusError("source is an empty string: pass a folder, a file or article text")
    try:
        exists = Path(item).exists()
    except (OSError, ValueError):
        exists = False
    if not exists:
        raise CorpusError(f"{item}: no such file or folder")


def check_out_dir(out: str | Path) -> Path:
    """Check that the report can be written into ``out`` before the work starts.

    The folder is created when missing (as :func:`translate.write_report` would) and a probe
    file is written and removed, which also catches read-only file systems such as ``/sys``.

    Args:
        out: The output folder.

    Returns:
        The folder as a :class:`~pathlib.Path`.

    Raises:
        UsageError: ``out`` is an existing file, or the folder cannot be created or written.
    """
    path = Path(out).expanduser()
    if path.exists() and not path.is_dir():
        raise UsageError(f"--out {out}: is a file, not a folder; choose a folder for the report")
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path, prefix=".write-check-"):
            pass
    except OSError as exc:
        raise UsageError(f"--out {out}: cannot write the report there "
                         f"({exc.strerror or exc}); choose a writable folder") from None
    return path


def check_beams(num_beams: Any) -> int:
    """Beam size: a whole number ≥ 1 (1 = greedy decoding).

    Raises:
        UsageError: Zero, negative or not a whole number.
    """
    if isinstance(num_beams, bool) or not isinstance(num_beams, int) or num_beams < 1:
        raise UsageError(f"--beams must be a whole number ≥ 1 (1 = greedy), not {num_beams!r}")
    return num_beams


def check_device(device: Any) -> str:
    """``auto``, ``cpu``, ``cuda``, ``cuda:N`` or ``mps``, and only one this machine has.

    Raises:
        UsageError: An unknown device name, or a GPU the machine does not have.
    """
    text = str(device).strip().lower()
    if not _DEVICE.fullmatch(text):
        raise UsageError(f"--device {device}: unknown device; use auto, cpu, cuda, cuda:N or mps")
    if text.startswith("cuda"):
        import torch

        count = torch.cuda.device_count() if torch.cuda.is_available() else 0
        index = int(text.partition(":")[2] or 0)
        if count == 0:
            raise UsageError(f"--device {device}: no CUDA GPU is available on this machine "
                             "(use --device cpu or auto)")
        if index >= count:
            raise UsageError(f"--device {device}: this machine has {count} CUDA GPU(s), "
                             f"numbered 0 to {count - 1}")
    elif text == "mps":
        import torch

        mps = getattr(torch.backends, "mps", None)
        if mps is None or not mps.is_available():
            raise UsageError(f"--device {device}: Apple MPS is not available on this machine "
                             "(use --device cpu or auto)")
    return text


def check_cache_dir(cache_dir: str | Path | None) -> None:
    """The cache location must be a folder (or a ``.sqlite`` file), not another file.

    Raises:
        UsageError: ``cache_dir`` is an existing file that is not a ``.sqlite`` database.
    """
    if cache_dir is None:
        return
    path = Path(cache_dir).expanduser()
    if path.exists() and not path.is_dir() and path.suffix != ".sqlite":
        raise UsageError(f"--cache-dir {cache_dir}: is a file; give a folder for the cache")


def model_languages() -> frozenset[str]:
    """Source languages a model may be given for: every language a document can be
    labelled with (identified by :mod:`translate.corpus.langid`, or named in
    :data:`translate.mt.languages.LANGUAGE_NAMES`), English excepted."""
    from translate.corpus.langid import DEFAULT_LANGUAGES, GUARD_LANGUAGES
    from translate.mt.languages import LANGUAGE_NAMES

    return frozenset({*DEFAULT_LANGUAGES, *GUARD_LANGUAGES, *LANGUAGE_NAMES, "no"}) - {"en"}


def check_model_languages(models: Mapping[str, str] | None) -> None:
    """Each ``--model LANG=...`` names a source language the workbench can meet.

    Raises:
        UsageError: An unknown code (``xx``), or ``en`` (the target language).
    """
    known = model_languages()
    for lang in models or {}:
        if lang == "en":
            raise UsageError("--model en=...: English is the target language; give models "
                             "for source languages (e.g. da=..., nb=..., ar=...)")
        if lang not in known:
            raise UsageError(f"--model {lang}=...: unknown language '{lang}'; use an ISO 639-1 "
                             f"code: {', '.join(sorted(known))}")


def _path_like_model(model: str) -> bool:
    return model.startswith((".", "/", "~")) or os.sep + os.sep in model or \
        model.count("/") > 1 or Path(model).expanduser().exists()


def check_model_paths(models: Mapping[str, str] | None) -> None:
    """A model given as a path must be a folder that holds a model (``config.json``).

    Hub ids (``Helsinki-NLP/opus-mt-da-en``) are left to the loader, which explains how to
    get a model that is not downloaded yet.

    Raises:
        UsageError: No such folder, a file, or a folder without ``config.json``.
    """
    for lang, model in (models or {}).items():
        if not isinstance(model, (str, os.PathLike)):
            raise TypeError(f"models[{lang!r}] must be a hub id or a folder path, not "
                            f"{type(model).__name__}")
        name = str(model)
        if not _path_like_model(name):
            continue
        path = Path(name).expanduser()
        if not path.exists():
            raise UsageError(f"--model {lang}={name}: no such folder (a local model is a "
                             "folder with config.json, weights and tokenizer files)")
        if not path.is_dir():
            raise UsageError(f"--model {lang}={name}: is a file; give the folder that holds "
                             "config.json, weights and tokenizer files")
        if not (path / "config.json").is_file():
            raise UsageError(f"--model {lang}={name}: this folder holds no model (no "
                             "config.json); give the folder of a downloaded model, e.g. "
                             "the one `hf download Helsinki-NLP/opus-mt-tc-big-gmq-en` printed")


def translator_keywords() -> frozenset[str]:
    """Keywords :class:`~translate.mt.translator.Translator` accepts, its backends' included."""
    from translate.mt.base import Backend
    from translate.mt.ct2 import CT2Backend
    from translate.mt.translator import Translator

    names: set[str] = set()
    for fn in (Translator.__init__, Backend.__init__, CT2Backend.__init__):
        for p in inspect.signature(fn).parameters.values():
            if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD) and p.name != "self":
                names.add(p.name)
    return frozenset(names - {"model", "models"})


def check_translator_options(options: Mapping[str, Any]) -> None:
    """Reject a keyword no translator takes (``modles=...``) instead of swallowing it.

    Raises:
        TypeError: An unknown keyword, with the closest known one when there is one.
    """
    import difflib

    known = translator_keywords() | {"models", "translator", "backend"}
    for key in options:
        if key not in known:
            close = difflib.get_close_matches(key, sorted(known), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise TypeError(f"run() got an unexpected keyword argument {key!r}{hint} "
                            f"(translator options: {', '.join(sorted(translator_keywords()))})")


def check_run_arguments(source: Any, *, models: Mapping[str, str] | None = None,
                        translator_options: Mapping[str, Any] | None = None) -> Any:
    """Everything :func:`translate.run` can check before it starts.

    Args:
        source: The corpus argument.
        models: ``{language: model}``.
        translator_options: The extra keywords given to ``run``.

    Returns:
        The source to read (see :func:`check_source`).

    Raises:
        TypeError: A wrong type or an unknown keyword.
        CorpusError: A source path that does not exist.
        UsageError: A bad model, beam size or device.
    """
    options = dict(translator_options or {})
    check_translator_options(options)
    source = check_source(source)
    if models is not None and not isinstance(models, Mapping):
        raise TypeError(f"models must be a mapping {{language: model}}, not "
                        f"{type(models).__name__}")
    check_model_languages(models)
    check_model_paths(models)
    if "num_beams" in options:
        check_beams(options["num_beams"])
    if "device" in options:
        check_device(options["device"])
    return source
