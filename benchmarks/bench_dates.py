"""Date fast path vs python-dateutil on the same strings, in the same run.

usage: python benchmarks/bench_dates.py [--rounds N]

The strings are date forms printed in the corpus (date lines, title tails, mid.ru's run-together date and
time, Russian genitive months). dateutil gets one call per string with the parserinfo of the string's
language (the cheapest fair use of it: our fallback needs that to read Russian months at all). Prints both
timings, the ratio, and the fast path's throughput in MB/s. The issue asks for a ratio of at least 20.
"""

from __future__ import annotations

import argparse
import time

from dateutil import parser

from mfatext.parsers.date_fallback import parserinfo
from mfatext.parsers.dates import parse_date

SAMPLES = [
    ("en", "11.06.2022"),
    ("en", "4 December 2021"),
    ("en", "June 10, 2022"),
    ("en", "October 15, 2016"),
    # mid.ru's run-together "11 October 202113:23" is left out: dateutil cannot read it at all.
    ("en", "18 July 2022 00:03"),
    ("en", "19.12.2019"),
    ("en", "10 April 2020"),
    ("ru", "10 ноября 2021 года"),
    ("ru", "12 июня 2019 года"),
    ("ru", "10 ноября 2021 г."),
    ("ru", "28 июня 2023"),
]


def _dateutil(lang_strings: list[tuple[parser.parserinfo, str]]) -> None:
    for info, s in lang_strings:
        parser.parse(s, parserinfo=info, dayfirst=True)


def _fast(strings: list[str]) -> None:
    for s in strings:
        parse_date(s, fallback=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=2000)
    args = ap.parse_args()
    infos = {"en": parserinfo("en"), "ru": parserinfo("ru")}
    strings = [s for _, s in SAMPLES] * args.rounds
    with_info = [(infos[lang], s) for lang, s in SAMPLES] * args.rounds
    # Same answers first: the comparison is meaningless if the fast path reads something else.
    for (lang, s), (info, _) in zip(SAMPLES, with_info, strict=False):
        fast = parse_date(s, fallback=False)
        slow = parser.parse(s, parserinfo=info, dayfirst=True)
        if fast is None or str(fast)[:10] != slow.date().isoformat():
            raise SystemExit(f"the two paths disagree on {s!r} ({lang}): {fast} vs {slow}")
    t0 = time.perf_counter()
    _fast(strings)
    fast_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    _dateutil(with_info)
    slow_s = time.perf_counter() - t0
    size_mb = sum(len(s.encode("utf-8")) for s in strings) / 1e6
    print(f"strings:   {len(strings)} ({size_mb:.2f} MB)")
    print(f"fast path: {fast_s:.3f} s  ({size_mb / fast_s:.2f} MB/s, {len(strings) / fast_s:,.0f} dates/s)")
    print(f"dateutil:  {slow_s:.3f} s  ({size_mb / slow_s:.2f} MB/s, {len(strings) / slow_s:,.0f} dates/s)")
    print(f"ratio:     {slow_s / fast_s:.1f}x faster")


if __name__ == "__main__":
    main()
