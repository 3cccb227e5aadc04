"""Speed of the whole extraction pipeline against spaCy's bare rule tokenizer.

Run: ``.venv/bin/python benchmarks/bench_pipeline.py [--mb 2] [--runs 3]``

Both run over the same articles in the same process: the baseline is spaCy's rule-based
tokenizer alone (``spacy.blank("vi")`` with ``spacy.Tokenizer.v1``, the tokenizer the
pipeline uses); the pipeline is ``extract(read_text(article))``: reading the article
(metadata, furniture), normalising with the offset map, tokenising, the sentencizer, places,
agencies and document references, and mapping every span back to the text as read. The
figure is characters per second of CPU time on one core (best of ``--runs``), and the ratio
pipeline / tokenizer. The articles come from ``corpus_gen.py`` (whole articles of about
3,000 characters in the genre, units from the gazetteer; no corpus text); ``--density
dense`` uses its stress setting, as dense as the dev passages.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).parent))
import corpus_gen

from policygraph.extractor import extract, make_pipeline
from policygraph.ingest import read_text


def best(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=2.0, help="megabytes of text (default 2)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--density", choices=("full", "dense"), default="full")
    args = parser.parse_args()
    articles: list[str] = []
    size = 0
    for article in corpus_gen.generate(10**9, density=args.density):
        if size >= args.mb * 1_000_000:
            break
        articles.append(article.text)
        size += len(article.text)
    chars = sum(len(a) for a in articles)
    rule_tokenizer = {"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}}
    tokenizer = spacy.blank("vi", config=rule_tokenizer)
    nlp = make_pipeline()
    extract(read_text(articles[0], "warm-up"), nlp)  # load the gazetteer, build the indexes

    def tokenize() -> None:
        for article in articles:
            tokenizer(article)

    def pipeline() -> None:
        for number, article in enumerate(articles):
            extract(read_text(article, f"a{number}"), nlp)

    base = best(args.runs, tokenize)
    full = best(args.runs, pipeline)
    print(f"{len(articles)} articles, {chars:,} characters, best of {args.runs} runs (CPU time)")
    print(f"spaCy rule tokenizer alone : {chars / base / 1e6:6.2f} M chars/s")
    print(f"whole extraction pipeline  : {chars / full / 1e6:6.2f} M chars/s")
    print(f"ratio pipeline / tokenizer : {base / full:6.3f}")


if __name__ == "__main__":
    main()
