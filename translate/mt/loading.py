"""Find model files: a local directory, the Hugging Face cache, or a download.

A missing model fails fast with :class:`~translate.errors.ModelNotAvailableError` that
names the model and the two fixes. No retry loop, no hang: before downloading we check in
a couple of seconds whether the hub can be reached at all.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from translate.errors import ModelNotAvailableError

__all__ = ["ResolvedModel", "resolve_model", "hub_reachable"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ResolvedModel:
    """Where a model's files are and which revision they are.

    Attributes:
        model: The id the user asked for (hub id or path).
        path: Local directory holding config, weights and tokenizer files.
        revision: Hub commit hash, or a content fingerprint for a local directory.
    """

    model: str
    path: Path
    revision: str


_FILES = ("*.json", "*.safetensors", "pytorch_model*.bin", "*.spm", "*.model", "*.txt")


def _fingerprint(path: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(path.iterdir()):
        if f.is_file():
            st = f.stat()
            h.update(f"{f.name}:{st.st_size}".encode())
            if f.name.endswith(".json") and st.st_size < 1_000_000:
                h.update(f.read_bytes())
    return "local-" + h.hexdigest()[:16]


def hub_reachable(timeout: float = 3.0) -> bool:
    """Whether the Hugging Face endpoint answers a TCP connection within ``timeout``."""
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in {"1", "true", "yes"}:
        return False
    url = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co"))
    host, port = (
        url.hostname or "huggingface.co",
        url.port or (443 if url.scheme == "https" else 80),
    )
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def resolve_model(
    model: str | os.PathLike[str],
    *,
    revision: str | None = None,
    allow_download: bool = True,
) -> ResolvedModel:
    """Locate a model's files.

    Args:
        model: A local directory, or a Hugging Face hub id such as
            ``"Helsinki-NLP/opus-mt-tc-big-gmq-en"``.
        revision: Hub branch, tag or commit (default: the main branch).
        allow_download: Try the hub when the model is not in the local cache.

    Returns:
        A :class:`ResolvedModel`.

    Raises:
        ModelNotAvailableError: Not a local directory, not in the cache, and the hub
            cannot be reached (or downloads are off).
    """
    name = str(model)
    path = Path(name).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise ModelNotAvailableError(name, f"{path} has no config.json")
        return ResolvedModel(name, path.resolve(), _fingerprint(path))
    if name.startswith((".", "/", "~")) or os.sep + os.sep in name or name.count("/") > 1:
        raise ModelNotAvailableError(name, "no such local directory")

    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HFValidationError

    try:
        local = snapshot_download(name, revision=revision, local_files_only=True)
        return ResolvedModel(name, Path(local), Path(local).name)
    except HFValidationError as exc:
        raise ModelNotAvailableError(name, f"not a valid hub id ({exc})") from None
    except Exception as exc:  # not cached (LocalEntryNotFoundError and friends)
        logger.debug("%s not in the local cache: %s", name, exc)
    if not allow_download:
        raise ModelNotAvailableError(name, "not in the local Hugging Face cache; downloads are off")
    if not hub_reachable():
        raise ModelNotAvailableError(
            name, "not in the local Hugging Face cache and the hub cannot be reached (offline)"
        )
    try:
        local = snapshot_download(name, revision=revision, allow_patterns=list(_FILES))
    except Exception as exc:
        raise ModelNotAvailableError(name, f"download failed: {exc}") from None
    return ResolvedModel(name, Path(local), Path(local).name)
