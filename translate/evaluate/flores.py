"""The FLORES layout: references, sources, system outputs and published scores.

One folder per pair, ``<root>/<src>-<tgt>/``, holding::

    flores-{dev,test}.<src>                 source sentences
    flores-{dev,test}.<tgt>                 references
    flores-{dev,test}.<system>.<tgt>        one system's output
    flores-{dev,test}.<system>.<tgt>.bleu   the publisher's BLEU for it
    flores-{dev,test}.<system>.<tgt>.comet  the publisher's COMET for it

``test`` is FLORES-200 *devtest* (1012 segments), ``dev`` is *dev* (997).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from translate.errors import UnknownNameError, UnsupportedLanguageError
from translate.evaluate.testsets import TestSet, load_parallel, read_hypotheses

__all__ = [
    "SPLITS",
    "PublishedScores",
    "flores_pairs",
    "flores_systems",
    "load_flores",
    "load_flores_outputs",
    "published_scores",
]

#: Split names as they appear in the file names.
SPLITS = ("dev", "test")


@dataclass(frozen=True)
class PublishedScores:
    """Scores the data publisher recorded beside one system output.

    Attributes:
        system: System name (the middle part of the file name).
        bleu: BLEU from the ``.bleu`` file, as written (one decimal), or ``None``.
        comet: COMET from the ``.comet`` file, or ``None``.
    """

    system: str
    bleu: float | None
    comet: float | None


def _split_pair(pair: str) -> tuple[str, str]:
    src, sep, tgt = pair.partition("-")
    if not sep or not src or not tgt:
        raise UnsupportedLanguageError(f"language pair must look like 'da-en', got {pair!r}")
    return src, tgt


def _check_split(split: str) -> None:
    if split not in SPLITS:
        raise UnknownNameError.of("FLORES split", split, SPLITS)


def _pair_dir(root: str | Path, pair: str) -> Path:
    directory = Path(root) / pair
    if not directory.is_dir():
        raise FileNotFoundError(
            f"no FLORES pair {pair!r} under {root}; available: {flores_pairs(root)}"
        )
    return directory


def flores_pairs(root: str | Path) -> tuple[str, ...]:
    """List the language pairs stored under ``root``.

    Args:
        root: The ``flores`` folder.

    Returns:
        Sorted pair names such as ``("ar-en", "da-en", "nb-en")``.
    """
    root = Path(root)
    if not root.is_dir():
        return ()
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and "-" in p.name))


def flores_systems(root: str | Path, pair: str, *, split: str = "test") -> tuple[str, ...]:
    """List the systems whose outputs are stored for ``pair`` and ``split``.

    Args:
        root: The ``flores`` folder.
        pair: Language pair, e.g. ``"da-en"``.
        split: ``"test"`` (devtest) or ``"dev"``.

    Returns:
        Sorted system names, e.g. ``("argos", "bergamot-tiny", "nllb", "opusmt")``.
    """
    _check_split(split)
    _, tgt = _split_pair(pair)
    prefix, suffix = f"flores-{split}.", f".{tgt}"
    names = []
    for path in _pair_dir(root, pair).glob(f"{prefix}*{suffix}"):
        middle = path.name[len(prefix) : -len(suffix)]
        if middle:
            names.append(middle)
    return tuple(sorted(names))


def load_flores(root: str | Path, pair: str, *, split: str = "test") -> TestSet:
    """Load the sources and references of one FLORES pair.

    Args:
        root: The ``flores`` folder.
        pair: Language pair, e.g. ``"da-en"``.
        split: ``"test"`` (devtest) or ``"dev"``.

    Returns:
        The test set named ``"flores-<split> <pair>"``; sources are ``None`` when
        the source file is absent.

    Raises:
        FileNotFoundError: When the pair or its reference file is missing.
        UnknownNameError: For a split other than ``dev`` / ``test``.
        UnsupportedLanguageError: When ``pair`` is not ``src-tgt``.
        TestSetError: On bad lines.
    """
    _check_split(split)
    src, tgt = _split_pair(pair)
    directory = _pair_dir(root, pair)
    source = directory / f"flores-{split}.{src}"
    return load_parallel(
        directory / f"flores-{split}.{tgt}",
        source=source if source.is_file() else None,
        src_lang=src,
        tgt_lang=tgt,
        name=f"flores-{split} {pair}",
    )


def load_flores_outputs(
    root: str | Path,
    pair: str,
    *,
    split: str = "test",
    systems: tuple[str, ...] | list[str] | None = None,
) -> dict[str, tuple[str, ...]]:
    """Read the stored system outputs of one pair.

    Args:
        root: The ``flores`` folder.
        pair: Language pair, e.g. ``"da-en"``.
        split: ``"test"`` (devtest) or ``"dev"``.
        systems: Which systems to read; all of them by default.

    Returns:
        ``{system: hypotheses}`` in the order of ``systems`` (sorted by default).

    Raises:
        UnknownNameError: When a requested system is not stored, listing those that are.
        TestSetError: When an output's line count differs from the references.
    """
    available = flores_systems(root, pair, split=split)
    wanted = tuple(systems) if systems is not None else available
    unknown = [s for s in wanted if s not in available]
    if unknown:
        raise UnknownNameError(f"unknown system(s) {unknown} for {pair} {split}; "
                               f"known systems: {', '.join(available) or '(none)'}")
    _, tgt = _split_pair(pair)
    directory = _pair_dir(root, pair)
    reference = directory / f"flores-{split}.{tgt}"
    n_lines = len(load_parallel(reference, name=reference.name).references[0])
    return {
        name: read_hypotheses(
            directory / f"flores-{split}.{name}.{tgt}", expected=n_lines, reference=str(reference)
        )
        for name in wanted
    }


def _read_number(path: Path) -> float | None:
    if not path.is_file():
        return None
    return float(path.read_text(encoding="utf-8").strip())


def published_scores(
    root: str | Path, pair: str, *, split: str = "test"
) -> dict[str, PublishedScores]:
    """Read the publisher's ``.bleu`` / ``.comet`` figures stored beside each output.

    Args:
        root: The ``flores`` folder.
        pair: Language pair, e.g. ``"da-en"``.
        split: ``"test"`` (devtest) or ``"dev"``.

    Returns:
        ``{system: PublishedScores}`` for every stored system.
    """
    _, tgt = _split_pair(pair)
    directory = _pair_dir(root, pair)
    result = {}
    for name in flores_systems(root, pair, split=split):
        base = directory / f"flores-{split}.{name}.{tgt}"
        result[name] = PublishedScores(
            system=name,
            bleu=_read_number(base.with_name(base.name + ".bleu")),
            comet=_read_number(base.with_name(base.name + ".comet")),
        )
    return result
