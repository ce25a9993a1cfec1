"""The ``evaluate`` command: score hypothesis files or stored FLORES outputs.

Wired as ``python -m translate evaluate ...`` through :func:`add_evaluate_parser`,
and standalone as ``python -m translate.evaluate ...`` through :func:`main`.

Examples::

    python -m translate.evaluate -r ref.en -i base.en new.en --paired bs
    python -m translate.evaluate --flores da-en nb-en --metrics bleu chrf --json
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from translate.evaluate._seed import DEFAULT_SEED
from translate.evaluate.errors import TestSetError
from translate.evaluate.metrics import DEFAULT_METRICS, METRIC_NAMES

__all__ = ["add_evaluate_parser", "build_parser", "configure_parser", "main", "run_evaluate"]

logger = logging.getLogger(__name__)

_DESCRIPTION = (
    "Score system outputs with sacrebleu (BLEU, chrF, chrF++, TER), optionally with a "
    "paired significance test of every system against the first one (the baseline)."
)


def _seed(text: str) -> int | None:
    if text.lower() == "none":
        return None
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("seed must be a positive integer or 'none'")
    return value


def default_flores_dir() -> Path:
    """The shared FLORES folder beside a source checkout: ``<checkout>/../shared/data/flores``.

    Returns:
        The path (it may not exist; pass ``--flores-dir`` then).
    """
    return Path(__file__).resolve().parents[3] / "shared" / "data" / "flores"


def configure_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``evaluate`` options to ``parser``.

    Args:
        parser: A parser or subparser.

    Returns:
        The same parser.
    """
    files = parser.add_argument_group("files (one segment per line, UTF-8)")
    files.add_argument(
        "-r",
        "--references",
        nargs="+",
        metavar="REF",
        help="reference file(s); several = multi-reference",
    )
    files.add_argument(
        "-i",
        "--input",
        nargs="+",
        metavar="HYP",
        help="hypothesis file(s); the first is the baseline",
    )
    flores = parser.add_argument_group("stored FLORES outputs")
    flores.add_argument(
        "--flores", nargs="+", metavar="PAIR", help="score all systems stored for PAIR (e.g. da-en)"
    )
    flores.add_argument(
        "--flores-dir",
        type=Path,
        default=None,
        help="FLORES folder (default: ../shared/data/flores)",
    )
    flores.add_argument("--split", choices=("test", "dev"), default="test", help="test = devtest")
    flores.add_argument("--systems", nargs="+", metavar="NAME", help="only these systems")
    flores.add_argument("--baseline", metavar="NAME", help="baseline system for --paired")
    scoring = parser.add_argument_group("scoring")
    scoring.add_argument(
        "-m", "--metrics", nargs="+", choices=METRIC_NAMES, default=list(DEFAULT_METRICS)
    )
    scoring.add_argument(
        "--paired",
        choices=("bs", "ar"),
        help="paired bootstrap (bs) or approximate randomization (ar)",
    )
    scoring.add_argument(
        "--paired-n", type=int, default=None, help="resamples/trials (default 1000 bs, 10000 ar)"
    )
    scoring.add_argument("--confidence", action="store_true", help="95%% bootstrap CIs")
    scoring.add_argument(
        "--seed", type=_seed, default=DEFAULT_SEED, help="resampling seed or 'none' (default 12345)"
    )
    scoring.add_argument(
        "--fidelity",
        action="store_true",
        help="add the number-fidelity column (share of number-bearing sentences whose "
        "numbers survive translation; FLORES mode, needs the sources)",
    )
    output = parser.add_argument_group("output")
    output.add_argument("--json", action="store_true", help="JSON records instead of a table")
    output.add_argument("-w", "--width", type=int, default=1, help="decimals in the table")
    return parser


def add_evaluate_parser(
    subparsers: Any, *, parents: Sequence[argparse.ArgumentParser] = ()
) -> argparse.ArgumentParser:
    """Register the ``evaluate`` subcommand on an argparse subparsers object.

    Args:
        subparsers: What ``parser.add_subparsers()`` returned.
        parents: Parsers whose options the subcommand shares (``-v``/``--quiet``).

    Returns:
        The new subparser; its ``func`` default is :func:`run_evaluate`.
    """
    parser = subparsers.add_parser(
        "evaluate",
        help="score translations against references",
        description=_DESCRIPTION,
        parents=list(parents),
    )
    configure_parser(parser)
    parser.set_defaults(func=run_evaluate)
    return parser


def build_parser() -> argparse.ArgumentParser:
    """Build the standalone parser used by ``python -m translate.evaluate``.

    Returns:
        The parser.
    """
    parser = argparse.ArgumentParser(prog="python -m translate.evaluate", description=_DESCRIPTION)
    configure_parser(parser)
    parser.set_defaults(func=run_evaluate)
    return parser


def _options(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "metrics": args.metrics,
        "paired": args.paired,
        "n_samples": args.paired_n,
        "confidence": args.confidence,
        "seed": args.seed,
        "width": args.width,
        **({"fidelity": _number_fidelity()} if getattr(args, "fidelity", False) else {}),
    }


def _number_fidelity() -> Any:
    from translate.claims.fidelity import number_fidelity

    return number_fidelity


def _table_from_files(args: argparse.Namespace) -> Any:
    from translate.evaluate.table import evaluate_systems
    from translate.evaluate.testsets import load_parallel, read_hypotheses

    testset = load_parallel(args.references)
    reference = args.references[0]
    if len(set(args.input)) != len(args.input):
        raise ValueError("a hypothesis file is given twice")
    # Name systems by file name when those are unique (readable tables), else by path.
    names = [Path(p).name for p in args.input]
    if len(set(names)) != len(names):
        names = list(args.input)
    systems: dict[str, tuple[str, ...]] = {
        name: read_hypotheses(path, expected=len(testset), reference=reference)
        for name, path in zip(names, args.input)
    }
    return evaluate_systems(testset, systems, baseline=names[0], **_options(args))


def _table_from_flores(args: argparse.Namespace) -> Any:
    from translate.evaluate.table import evaluate_flores

    root = args.flores_dir or default_flores_dir()
    if not root.is_dir():
        raise FileNotFoundError(f"FLORES folder {root} not found; pass --flores-dir")
    return evaluate_flores(
        root,
        args.flores,
        split=args.split,
        systems=args.systems,
        baseline=args.baseline,
        **_options(args),
    )


def run_evaluate(args: argparse.Namespace) -> int:
    """Run the ``evaluate`` command.

    Args:
        args: Parsed options from :func:`configure_parser`.

    Returns:
        0 on success, 1 for data problems (listed as ``file:line`` on stderr),
        2 for usage errors.
    """
    if bool(args.flores) == bool(args.references or args.input):
        print("evaluate: give either -r REF... -i HYP... or --flores PAIR...", file=sys.stderr)
        return 2
    if not args.flores and not (args.references and args.input):
        print("evaluate: both -r/--references and -i/--input are needed", file=sys.stderr)
        return 2
    try:
        if args.flores:
            counts = _check_flores_systems(args)
        else:
            _check_files(args.references, "-r/--references")
            _check_files(args.input, "-i/--input")
            counts = {"-i/--input": len(args.input)}
        table = _table_from_flores(args) if args.flores else _table_from_files(args)
    except TestSetError as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    if not table.rows:
        print("evaluate: nothing was scored (no system outputs found)", file=sys.stderr)
        return 1
    if args.paired:
        alone = [where for where, n in counts.items() if n < 2]
        if alone:
            print(f"evaluate: note: --paired {args.paired} compares each system with the "
                  f"baseline, but there is one system only ({', '.join(alone)}): no paired "
                  "test was done"
                  + (" (the intervals shown are that system's own bootstrap CIs)"
                     if args.paired == "bs" else ""), file=sys.stderr)
    print(table.to_json() if args.json else table.to_string())
    return 0


def _check_files(paths: Sequence[str], option: str) -> None:
    """Each path names a readable file (not a folder), before anything is read.

    Raises:
        FileNotFoundError: A path that does not exist.
        IsADirectoryError: A folder where a file of segments is expected.
    """
    for path in paths:
        p = Path(path)
        if not p.exists():
            raise FileNotFoundError(f"{option} {path}: no such file")
        if p.is_dir():
            raise IsADirectoryError(f"{option} {path}: is a folder; give a text file with "
                                    "one segment per line")


def _check_flores_systems(args: argparse.Namespace) -> dict[str, int]:
    """``--systems`` and ``--baseline`` name stored systems; returns systems per pair.

    Raises:
        ValueError: A system or baseline stored for none of the pairs (the message lists
            the stored ones).
        FileNotFoundError: The FLORES folder or a pair is missing.
    """
    from translate.evaluate.flores import flores_systems

    root = args.flores_dir or default_flores_dir()
    if not Path(root).is_dir():
        raise FileNotFoundError(f"FLORES folder {root} not found; pass --flores-dir")
    stored = {pair: flores_systems(root, pair, split=args.split) for pair in args.flores}
    every = sorted({s for names in stored.values() for s in names})
    for option, names in (("--systems", args.systems or []),
                          ("--baseline", [args.baseline] if args.baseline else [])):
        unknown = [n for n in names if n not in every]
        if unknown:
            raise ValueError(f"{option}: no stored outputs for {', '.join(unknown)} "
                             f"({'/'.join(args.flores)}, {args.split}); stored: "
                             f"{', '.join(every) or 'none'}")
    return {f"{pair} {args.split}": sum(1 for s in names if not args.systems or s in args.systems)
            for pair, names in stored.items()}


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run; the entry point of ``python -m translate.evaluate``.

    Args:
        argv: Arguments without the program name; ``sys.argv[1:]`` when ``None``.

    Returns:
        The exit status.
    """
    args = build_parser().parse_args(argv)
    return int(args.func(args))
