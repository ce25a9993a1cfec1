"""Command-line options of the streamed run (``--executor``, ``--address``, ``--workers``...).

Kept beside the executors so that ``translate.cli`` adds them with one call and passes them
on with another; importing this module loads nothing heavy.
"""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["add_scale_arguments", "scale_options"]


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got '{value}'") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def add_scale_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--executor``, ``--address``, ``--workers``, ``--format`` and ``--no-resume``
    to ``parser``."""
    group = parser.add_argument_group("large corpora")
    group.add_argument(
        "--executor", choices=["local", "ray"], default="local",
        help="local (default): one process, documents streamed in windows; ray: a Ray Data "
        "pipeline (pip install -e \".[ray]\"), translation in one actor pool per model")
    group.add_argument(
        "--address", default=None, metavar="auto|ray://HOST:PORT",
        help="with --executor ray: join a running Ray cluster ('auto' for the one started "
        "with `ray start` on this machine); default: start a local Ray instance")
    group.add_argument(
        "--workers", type=_workers, default=None, metavar="N",
        help="with --executor ray: translation actors, each loading the models once "
        "(default: one per GPU, else one per CPU with one torch thread each)")
    group.add_argument(
        "--format", choices=["jsonl", "parquet"], default="jsonl", dest="output_format",
        help="the per-document, sentence and claim rows beside report.json: jsonl "
        "(default: one JSON line per row) or parquet (one row group per window; needs "
        "pip install pyarrow)")
    group.add_argument(
        "--no-resume", action="store_true",
        help="start over even when --out holds an interrupted run with the same arguments "
        "(by default its finished documents are kept and skipped)")


def scale_options(args: argparse.Namespace) -> dict[str, Any]:
    """The :func:`translate.pipeline.run_to` keywords for the options above.

    Raises:
        WorkbenchError: ``--address`` or ``--workers`` without ``--executor ray``.
    """
    from translate.errors import WorkbenchError

    executor = getattr(args, "executor", "local")
    address = getattr(args, "address", None)
    workers = getattr(args, "workers", None)
    if executor != "ray" and (address is not None or workers is not None):
        raise WorkbenchError("--address and --workers need --executor ray")
    options: dict[str, Any] = {"executor": executor,
                               "resume": not getattr(args, "no_resume", False),
                               "output_format": getattr(args, "output_format", "jsonl")}
    if executor == "ray":
        options |= {"address": address, "workers": workers}
    return options
