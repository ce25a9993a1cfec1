"""Machine-translation and cross-source claim alignment workbench."""

__version__ = "0.1.0"
