"""Corpus: loading, cleaning, language identification and sentence segmentation."""

from translate.corpus.document import Document, Removal, Sentence, Span
from translate.corpus.prepare import PreparedDocument, prepare, prepare_all

__all__ = ["Document", "PreparedDocument", "Removal", "Sentence", "Span", "prepare", "prepare_all"]
