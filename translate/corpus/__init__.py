"""Corpus: loading, cleaning, language identification and sentence segmentation."""

from translate.corpus.document import Document, Removal, Sentence, Span

__all__ = ["Document", "Removal", "Sentence", "Span"]
