"""Extraction: the only package that imports spaCy.

``extract(source)`` masks page furniture, normalizes the text, runs the spaCy pipeline
(rule-based tokenizer, sentencizer, and the policygraph components that attach document
references, places and agencies to the ``Doc`` as span groups) and maps every span back to
the original text, giving an ``Extraction``.
"""

from .pipeline import extract, extract_all, make_pipeline

__all__ = ["extract", "extract_all", "make_pipeline"]
