#!/usr/bin/env python3
"""Throughput of xref on a generated corpus, against a one-regex baseline.

    python benchmarks/bench_extract.py --corpus /tmp/xref-bench/zh --lang zh
    python benchmarks/bench_extract.py --corpus /tmp/xref-bench/en --lang en --json en.json

Measures, in one run (each measurement --runs times, default 2, best kept):

* baseline: read every .txt file, decode UTF-8, count the matches of ONE
  simple resolution pattern compiled with the `regex` module;
* end to end: ``xref.extract_paths([corpus_dir])``, counting the rows of
  ``result.mentions`` and ``result.edges`` and the entries of ``result.errors``;
* floor: the least any Python extractor that makes one Python object per
  reference must do: read and decode, find every anchor a reference hangs on
  (a slash; 号决/號決/决定, resolution/decision) with one standard-library
  scan, read the characters around each with one `regex` match, keep one
  tuple per anchor, and put them in a sorted DataFrame.  No line joining, no
  paragraphs, no deciding who issued a number;
* the ratio end-to-end / baseline throughput, and MB/s per core.

MB = 10^6 bytes.  Everything runs in this one process, so MB/s per core is the
same figure as MB/s; the CPU time used by child processes is recorded too, so
that a change to a multi-process implementation shows up.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

MB = 1_000_000

BASELINE_PATTERNS = {
    "zh": r"第\s*\d+/\d+\s*号决议",
    "en": r"resolution\s+\d+/\d+",
}

# The literals every reference is anchored on, and what is read around each.
FLOOR_ANCHORS = {
    "zh": r"/|号决|號決|决定|決定",
    "en": r"/|[Rr]esolutions?|[Dd]ecisions?",
}
FLOOR_WINDOW = r"[\w.\-()（）]{0,20}/[\w.\-]{1,20}|[\d()（）\s]{0,12}"

REPO_ROOT = Path(__file__).resolve().parent.parent


def fail(msg: str, code: int = 2) -> None:
    print(f"bench_extract: {msg}", file=sys.stderr)
    sys.exit(code)


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*.txt") if p.is_file())


def load_xref():
    """Return xref.extract_paths, or exit with one clear line."""
    # Prefer the checkout this script lives in over an installed copy.
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    try:
        import xref
    except Exception as exc:  # noqa: BLE001 -- ImportError, or a broken package while under development
        fail(f"cannot import xref ({type(exc).__name__}: {exc}); "
             "run with --baseline-only to measure the baseline alone")
    fn = getattr(xref, "extract_paths", None)
    if not callable(fn):
        fail(f"xref.extract_paths does not exist yet (xref from {getattr(xref, '__file__', '?')}); "
             "run with --baseline-only to measure the baseline alone")
    return xref, fn


def cpu_times() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF)
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, ch.ru_utime + ch.ru_stime


def run_baseline(files: list[Path], pattern) -> tuple[float, int]:
    t0 = time.perf_counter()
    matches = 0
    for f in files:
        with open(f, "rb") as fh:
            text = fh.read().decode("utf-8")
        matches += len(pattern.findall(text))
    return time.perf_counter() - t0, matches


def run_floor(files: list[Path], lang: str) -> tuple[float, int]:
    """The floor: one anchor scan, one window match and one tuple per anchor."""
    import re

    import pandas as pd
    import regex

    anchor = re.compile(FLOOR_ANCHORS[lang])
    window = regex.compile(FLOOR_WINDOW)
    t0 = time.perf_counter()
    rows = []
    append = rows.append
    for f in files:
        with open(f, "rb") as fh:
            text = fh.read().decode("utf-8")
        name = f.name
        for m in anchor.finditer(text):
            s = m.start()
            w = window.match(text, max(0, s - 12), s + 30)
            append((name, w.group() if w else "", s, m.end(), "cites"))
    rows.sort()
    frame = pd.DataFrame(rows, columns=["source", "target", "start", "end", "relation"])
    return time.perf_counter() - t0, len(frame)


def run_end_to_end(extract_paths, corpus: Path, jobs: int = 1) -> dict:
    gc.collect()
    cpu0, ch0 = cpu_times()
    t0 = time.perf_counter()
    result = extract_paths([str(corpus)], jobs=jobs) if jobs != 1 else extract_paths([str(corpus)])
    dt = time.perf_counter() - t0
    cpu1, ch1 = cpu_times()
    out = {
        "seconds": dt,
        "cpu_s": cpu1 - cpu0,
        "child_cpu_s": ch1 - ch0,
        "mentions": len(result.mentions),
        "edges": len(result.edges),
        "errors": len(result.errors),
    }
    del result
    gc.collect()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True, help="directory of .txt files (see generate_corpus.py)")
    ap.add_argument("--lang", choices=sorted(BASELINE_PATTERNS), required=True)
    ap.add_argument("--runs", type=int, default=2, help="repetitions of each measurement; the best is kept (default 2)")
    ap.add_argument("--json", metavar="FILE", help="also write the figures to FILE as JSON")
    ap.add_argument("--jobs", type=int, default=1,
                    help="worker processes for xref (default 1: all in this process)")
    ap.add_argument("--baseline-only", action="store_true",
                    help="measure only the regex baseline (works before xref.extract_paths exists)")
    args = ap.parse_args(argv)

    try:
        import regex
    except ImportError:
        fail("the `regex` module is required (pip install regex)")

    corpus = Path(args.corpus)
    if not corpus.is_dir():
        fail(f"{corpus} is not a directory; generate one with benchmarks/generate_corpus.py")
    files = corpus_files(corpus)
    if not files:
        fail(f"no .txt files under {corpus}")
    nbytes = sum(f.stat().st_size for f in files)
    mb = nbytes / MB
    runs = max(1, args.runs)

    xref = extract_paths = None
    if not args.baseline_only:
        xref, extract_paths = load_xref()  # fail fast, before any timing

    # -- baseline -------------------------------------------------------------
    pat_src = BASELINE_PATTERNS[args.lang]
    pattern = regex.compile(pat_src)
    base_times = []
    matches = None
    for _ in range(runs):
        dt, m = run_baseline(files, pattern)
        base_times.append(dt)
        matches = m
    base_best = min(base_times)
    baseline = {
        "pattern": pat_src,
        "seconds": base_times,
        "best_s": base_best,
        "mb_per_s": mb / base_best,
        "matches": matches,
    }

    # -- floor ------------------------------------------------------------------
    floor_times = []
    anchors = 0
    for _ in range(runs):
        dt, anchors = run_floor(files, args.lang)
        floor_times.append(dt)
    floor_best = min(floor_times)
    floor = {
        "anchors": FLOOR_ANCHORS[args.lang],
        "window": FLOOR_WINDOW,
        "seconds": floor_times,
        "best_s": floor_best,
        "mb_per_s": mb / floor_best,
        "rows": anchors,
    }

    # -- end to end -------------------------------------------------------------
    e2e = None
    if extract_paths is not None:
        e2e_runs = []
        for _ in range(runs):
            try:
                e2e_runs.append(run_end_to_end(extract_paths, corpus, args.jobs))
            except Exception as exc:  # noqa: BLE001 -- any failure is reported, not raised
                fail(f"xref.extract_paths failed: {type(exc).__name__}: {exc}", code=1)
        best = min(e2e_runs, key=lambda r: r["seconds"])
        e2e = {
            "call": "xref.extract_paths([corpus_dir])",
            "seconds": [r["seconds"] for r in e2e_runs],
            "best_s": best["seconds"],
            "mb_per_s": mb / best["seconds"],
            "cpu_s": best["cpu_s"],
            "child_cpu_s": best["child_cpu_s"],
            "mb_per_cpu_s": mb / (best["cpu_s"] + best["child_cpu_s"]) if best["cpu_s"] + best["child_cpu_s"] > 0 else None,
            "mentions": best["mentions"],
            "edges": best["edges"],
            "errors": best["errors"],
        }

    # -- report ---------------------------------------------------------------
    print(f"corpus: {corpus}  ({len(files)} files, {mb:.1f} MB, lang {args.lang}; MB = 10^6 bytes)")
    print(f"runs: {runs} per measurement, best kept; python {platform.python_version()}, "
          f"{platform.machine()}, {os.cpu_count()} CPUs visible")
    print()
    header = f"{'measurement':<22} {'best s':>8} {'MB/s':>9} {'mentions':>10} {'edges':>9} {'errors':>7}"
    print(header)
    print("-" * len(header))
    print(f"{'baseline (1 regex)':<22} {base_best:>8.2f} {baseline['mb_per_s']:>9.1f} {matches:>10} {'-':>9} {'-':>7}")
    print(f"{'floor (1 row/anchor)':<22} {floor_best:>8.2f} {floor['mb_per_s']:>9.1f} {anchors:>10} {'-':>9} {'-':>7}")
    if e2e:
        print(f"{'end to end (xref)':<22} {e2e['best_s']:>8.2f} {e2e['mb_per_s']:>9.2f} "
              f"{e2e['mentions']:>10} {e2e['edges']:>9} {e2e['errors']:>7}")
    else:
        print(f"{'end to end (xref)':<22} {'not run (--baseline-only)':>47}")
    print()
    print(f"baseline pattern: regex.compile(r\"{pat_src}\") -> 'mentions' column is its match count")
    print(f"floor: re.compile(r\"{FLOOR_ANCHORS[args.lang]}\"), one window match and one tuple per anchor, "
          "a sorted DataFrame -> 'mentions' column is its rows")
    result = {
        "corpus": str(corpus),
        "lang": args.lang,
        "files": len(files),
        "bytes": nbytes,
        "mb": mb,
        "runs": runs,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpu_count": os.cpu_count(),
        "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "baseline": baseline,
        "floor": floor,
        "end_to_end": e2e,
        "ratio_end_to_end_over_baseline": None,
        "mb_per_s_per_core": None,
        "per_core_note": "single process: MB/s per core = MB/s",
    }
    if e2e:
        ratio = e2e["mb_per_s"] / baseline["mb_per_s"]
        result["ratio_end_to_end_over_baseline"] = ratio
        result["ratio_end_to_end_over_floor"] = e2e["mb_per_s"] / floor["mb_per_s"]
        result["jobs"] = args.jobs
        # Workers are started by a fork server, not by this process, so their
        # CPU time is not among its children's: per core is MB/s over the
        # cores the workers can use.
        cores = 1 if args.jobs == 1 else min(args.jobs or os.cpu_count() or 1, os.cpu_count() or 1)
        result["cores_used"] = cores
        result["mb_per_s_per_core"] = e2e["mb_per_s"] / cores
        result["xref_file"] = getattr(xref, "__file__", None)
        result["xref_version"] = getattr(xref, "__version__", None)
        print(f"ratio end-to-end / baseline throughput: {ratio:.4f} "
              f"(end to end is {1 / ratio:.1f}x slower than the baseline)" if ratio < 1 else
              f"ratio end-to-end / baseline throughput: {ratio:.4f}")
        print(f"ratio end-to-end / floor throughput: {e2e['mb_per_s'] / floor['mb_per_s']:.3f}")
        if args.jobs == 1:
            print(f"MB/s per core: {e2e['mb_per_s']:.2f} (xref runs in this one process, so per core = total)")
        else:
            print(f"MB/s per core: {e2e['mb_per_s'] / cores:.2f} ({args.jobs} workers on {cores} cores)")
        if e2e["child_cpu_s"] > 0.05 * e2e["best_s"]:
            print(f"note: child processes used {e2e['child_cpu_s']:.1f} CPU-s; per-core figure by CPU time: "
                  f"{e2e['mb_per_cpu_s']:.2f} MB per CPU-second")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
