#!/usr/bin/env python3
"""Python speed figures (issue 6), all timed in this one process so machine drift cancels out:

1. ``minutes.parse_many(texts, threads=1)`` against a pure-Python regex splitter of items and
   titles (target: >= 3x the splitter's documents per second);
2. ``parse_many(threads=2)`` against ``threads=1`` (target: >= 1.7x on two cores), and the same
   from two Python threads each calling ``parse_many(threads=1)``, which only scales if the
   GIL is released while parsing;
3. a folder's sweep: ``parse_files(paths, threads=2)`` (files read on the worker threads)
   against reading the same files in Python and calling ``parse_many(threads=2)``;
4. ``to_dict()`` of every document with the results kept, with CPython's cyclic garbage
   collector on and paused around the loop;
5. figure 1 on each kind of document apart: whole documents (../shared/seeds) and the 2 KB
   excerpts of ../shared/corpus (page tops: headers and attendance lists, the parser's
   dearest bytes).

Documents: ../shared/seeds and ../shared/corpus when present, else this package's own test
fixtures, repeated to a workload of ``--docs`` documents. Each figure is the best of
``--repeat`` interleaved rounds (the least disturbed by other processes on a shared
machine).

    python bindings/python/bench.py [--docs 2000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import threading
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import minutes

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared"

# The splitter a competent data scientist would write: compiled once, run over the whole text
# by `re` (C code), no per-line Python loop. It finds numbered headings in both common
# layouts: "131. MINUTES OF THE PREVIOUS MEETING" and ModernGov's "12." line followed by the
# title line; minute numbers like "45/23", "C 10/034" and "3a" included.
ITEM = re.compile(
    r"^[ \t]*((?:[A-Z]{1,4} ?)?\d{1,4}(?:/\d{1,4})?[a-z]?(?:\.\d{1,2})?)\.?[ \t]*"
    r"(?:\n[ \t]*)?([A-Za-z][^\n]{2,})$",
    re.MULTILINE,
)
ATTACHMENT = re.compile(r"\s*pdf icon PDF \d+ KB\s*$")
RESOLVED = re.compile(r"^\s*(?:RESOLVED|Resolved|AGREED|Decision)\b[ :\-–]*(.*)$", re.MULTILINE)


def regex_split(text: str) -> List[Dict[str, object]]:
    """Items as dicts of number, title and the resolutions under them (text only)."""
    items: List[Dict[str, object]] = []
    heads = list(ITEM.finditer(text))
    for k, m in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        body = text[m.end() : end]
        items.append(
            {
                "number": m.group(1),
                "title": ATTACHMENT.sub("", m.group(2)).strip(),
                "resolutions": [r.group(1) for r in RESOLVED.finditer(body)],
            }
        )
    return items


def load_texts(
    limit_docs: int, folders: Sequence[str] = ("seeds", "corpus")
) -> Tuple[List[str], List[Path], str]:
    paths: List[Path] = []
    for name in folders:
        if (SHARED / name).is_dir():
            paths += sorted((SHARED / name).glob("*.txt"))
    source = " + ".join(f"../shared/{name}" for name in folders)
    if not paths:
        paths = sorted((HERE / "tests" / "data").glob("*.txt"))
        source = "bindings/python/tests/data (../shared is absent)"
    base = [p.read_text(encoding="utf-8") for p in paths]
    cycle = range(max(limit_docs, len(base)))
    texts = [base[i % len(base)] for i in cycle]
    return texts, [paths[i % len(paths)] for i in cycle], f"{len(base)} distinct documents from {source}"


def best_times(
    repeat: int, runs: Dict[str, Callable[[], object]]
) -> Dict[str, Tuple[float, float, float]]:
    """Best wall time of each run over `repeat` rounds, with the process CPU time of that
    round (CPU/wall above 1 means threads really ran at once) and the best time of the call
    alone, before its result is dropped (freeing the documents is the caller's, on its own
    thread). Rounds interleave the runs, so a burst of load from other processes hits all
    of them alike instead of one figure."""
    for run in runs.values():
        run()  # warm-up: imports, allocator, caches
    best = {name: (float("inf"), 0.0, float("inf")) for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            cpu, start = time.process_time(), time.perf_counter()
            result = run()
            returned = time.perf_counter()
            del result
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu
            call = min(best[name][2], returned - start)
            best[name] = (wall, cpu, call) if wall < best[name][0] else (*best[name][:2], call)
    return best


def two_python_threads(texts: Sequence[str]) -> None:
    half = len(texts) // 2
    parts = [texts[:half], texts[half:]]
    workers = [
        threading.Thread(target=minutes.parse_many, args=(part,), kwargs={"threads": 1})
        for part in parts
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def without_gc(run: Callable[[], object]) -> object:
    """`run()` with CPython's cyclic garbage collector paused, as a user converting many
    documents may do: the millions of dicts and lists `to_dict()` makes are no garbage, but
    every 700 new ones set off a collection, and the older generations' collections walk
    every result kept so far."""
    was = gc.isenabled()
    gc.disable()
    try:
        return run()
    finally:
        if was:
            gc.enable()


def read_items(docs: Sequence[minutes.Document]) -> int:
    """What the splitter returns, read from the typed documents: numbers and titles."""
    return sum(len([(i.number, i.title) for i in d.items]) for d in docs)


def main(argv: Optional[Sequence[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=2000, help="documents per run (default 2000)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per figure; best kept (5)")
    args = ap.parse_args(argv)

    texts, paths, source = load_texts(args.docs)
    n = len(texts)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"workload: {n} documents, {mb:.1f} MB ({source})")
    print(f"machine: {os.cpu_count()} CPUs, load average {load} (other processes share them)")

    # Both sides must actually find items, or the comparison says nothing.
    split_items = sum(len(regex_split(t)) for t in texts)
    docs = minutes.parse_many(texts)  # also what the to_dict() rows convert
    parsed_items = sum(len(d.items) for d in docs)
    print(f"items found: regex splitter {split_items}, minutes {parsed_items}")

    figures = best_times(
        args.repeat,
        {
            "regex splitter (pure Python)": lambda: [regex_split(t) for t in texts],
            "parse_many(threads=1)": lambda: minutes.parse_many(texts, threads=1),
            "parse_many(threads=1) + read items": lambda: read_items(
                minutes.parse_many(texts, threads=1)
            ),
            "parse_many(threads=2)": lambda: minutes.parse_many(texts, threads=2),
            "2 Python threads x parse_many(threads=1)": lambda: two_python_threads(texts),
            "files: read in Python + parse_many(threads=2)": lambda: minutes.parse_many(
                [p.read_bytes() for p in paths], threads=2
            ),
            "files: parse_files(threads=2)": lambda: minutes.parse_files(paths, threads=2),
            "to_dict() of each document, results kept": lambda: [d.to_dict() for d in docs],
            "the same inside gc.disable() / gc.enable()": lambda: without_gc(
                lambda: [d.to_dict() for d in docs]
            ),
        },
    )
    for name, (seconds, cpu, alone) in figures.items():
        print(
            f"  {name:<46} {n / seconds:>9.0f} docs/s {mb / seconds:>8.1f} MB/s"
            f"   cpu/wall {cpu / seconds:4.2f}   call alone {1000 * alone:6.1f} ms"
            f" of {1000 * seconds:6.1f}"
        )

    wall = {name: seconds for name, (seconds, _, _) in figures.items()}
    call = {name: alone for name, (_, _, alone) in figures.items()}
    regex = wall["regex splitter (pure Python)"]
    one = wall["parse_many(threads=1)"]
    ratios = [
        ("parse_many 1 thread / regex splitter", regex / one, 3.0),
        ("parse_many 1 thread + read items / regex splitter",
         regex / wall["parse_many(threads=1) + read items"], None),
        ("parse_many 2 threads / 1 thread", one / wall["parse_many(threads=2)"], 1.7),
        ("the same, the calls alone (results dropped after)",
         call["parse_many(threads=1)"] / call["parse_many(threads=2)"], None),
        ("2 Python threads / parse_many 1 thread",
         one / wall["2 Python threads x parse_many(threads=1)"], None),
        ("files, 2 threads: parse_files / read + parse_many",
         wall["files: read in Python + parse_many(threads=2)"]
         / wall["files: parse_files(threads=2)"], None),
        ("to_dict() kept: with the collector / without",
         wall["to_dict() of each document, results kept"]
         / wall["the same inside gc.disable() / gc.enable()"], None),
    ]
    print("ratios:")
    for name, ratio, target in ratios:
        verdict = "" if target is None else (" ok" if ratio >= target else " BELOW TARGET")
        goal = "" if target is None else f" (target >= {target}x)"
        print(f"  {name:<50} {ratio:5.2f}x{goal}{verdict}")
    by_kind(args.repeat, args.docs)


def by_kind(repeat: int, docs: int) -> None:
    """The 1-thread ratio on each kind of document apart: ../shared/corpus holds 2 KB
    excerpts (the top of a page: header and attendance, the parser's dearest bytes, and
    little for the splitter), ../shared/seeds whole documents, as an archive holds them."""
    if not (SHARED / "seeds").is_dir() or not (SHARED / "corpus").is_dir():
        return
    print("parse_many 1 thread / regex splitter, by kind of document (same process):")
    # About the same bytes of each: a seed is five to ten times an excerpt.
    for folder, count, kind in [("seeds", max(5, docs // 5), "whole documents"),
                                ("corpus", docs, "2 KB excerpts")]:
        texts, _, source = load_texts(count, (folder,))
        times = best_times(
            repeat,
            {
                "regex": lambda: [regex_split(t) for t in texts],
                "parse": lambda: minutes.parse_many(texts, threads=1),
            },
        )
        mb = sum(len(t.encode()) for t in texts) / 1e6
        ratio = times["regex"][0] / times["parse"][0]
        print(f"  {kind:<50} {ratio:5.2f}x   ({len(texts)} documents, {mb:.1f} MB: {source})")


if __name__ == "__main__":
    main()
