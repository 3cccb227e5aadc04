"""Coverage-guided fuzzing of ingest and extraction with atheris (a longer run than the
hypothesis tests in tests/test_fuzz.py).

    pip install atheris
    python benchmarks/fuzz_ingest.py -max_total_time=120 -rss_limit_mb=4096

Each input is taken as the bytes of a file (decoding, encodings, HTML) and, when it decodes,
as an article: ingest must either refuse it with one InputError or give a SourceText whose
extraction raises nothing and whose every span slices the text as read. Anything else is a
crash that atheris reports with the input that caused it.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from policygraph.errors import InputError
    from policygraph.extractor import extract
    from policygraph.html import read_html
    from policygraph.ingest import _decode, read_text
    from policygraph.models import extraction_record


def check(data: bytes) -> None:
    try:
        text, _ = _decode(data, "fuzz")
    except InputError:
        return
    for reader in (read_text, read_html):
        try:
            source = reader(text, "fuzz")
        except InputError:
            continue
        record = extraction_record(extract(source))
        for area in ("documents", "places", "organizations"):
            for entity in record[area]:
                for mention in entity["mentions"]:
                    surface = source.text[mention["start"] : mention["end"]]
                    if surface != mention["surface"]:
                        raise AssertionError(f"span {mention} does not slice the text")


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
