#!/usr/bin/env python3
"""What the instrument step costs: extraction with and without it, in one run.

    python benchmarks/generate_corpus.py --lang en --size-mb 10 --out /tmp/xb3/en10
    python benchmarks/bench_instruments.py /tmp/xb3/en10
    python benchmarks/bench_instruments.py /work/shared/corpus data/seeds --runs 5
    python benchmarks/bench_instruments.py /tmp/xb3/zh10 --dump /tmp/zh10.tsv

Every ``.txt`` / ``.md`` file under the folders is read once
(``xref.read_document``); then ``xref.extract_document`` runs over all of
them, with the instrument step and with it replaced by a no-op, both on one
document before the next (in turns), ``--runs`` times (default 3).  Each
document's best CPU time (``time.process_time``) of each variant is kept,
the sums are compared and the overhead of the instrument step is printed:

    overhead = (with - without) / without

``--dump FILE`` writes every instrument mention and fact found (one TSV line
each) so that two versions of the code can be compared for identical output.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

import xref
import xref.extract as extract_mod


def _files(folders: list[Path]) -> list[Path]:
    out: list[Path] = []
    for folder in folders:
        if folder.is_file():
            out.append(folder)
            continue
        out.extend(sorted(p for p in folder.rglob("*")
                          if p.suffix in (".txt", ".md") and p.name != "README.md"))
    return out


def _no_instruments(d, source, mentions):
    return [], []


def _best_per_document(docs: list, runs: int) -> tuple[float, float]:
    """Sum over the documents of each one's best CPU time, without and with.

    Both variants run on one document before the next, in turns, so that
    another process loading the machine for a while costs both alike.
    """
    real = extract_mod.find_instruments
    best = [[float("inf")] * len(docs), [float("inf")] * len(docs)]
    clock = time.process_time
    gc.collect()
    try:
        for r in range(runs):
            for k, doc in enumerate(docs):
                for flag in ((0, 1) if (r + k) % 2 == 0 else (1, 0)):
                    extract_mod.find_instruments = real if flag else _no_instruments
                    t0 = clock()
                    xref.extract_document(doc)
                    t = clock() - t0
                    best[flag][k] = min(best[flag][k], t)
    finally:
        extract_mod.find_instruments = real
    return sum(best[0]), sum(best[1])


def _dump(docs: list, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for doc in docs:
            r = xref.extract_document(doc)
            for m in r.mentions:
                if m.target_kind == "instrument" or m.source.startswith("instrument:") \
                        or m.via == "ibid":
                    fh.write("\t".join(map(str, (doc.path, m.source, m.target, m.start, m.end,
                                                 m.paragraph, m.relation, m.via,
                                                 m.raw.replace("\n", " ")))) + "\n")
            for f in r.instruments:
                fh.write(f"{doc.path}\tFACT\t{f.instrument}\t{f.title}\t{f.footnote}\t{f.adopted_by}\t{f.relation}\t{f.unts_no}\t{f.unts_vols}" + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dump", type=Path, help="write the instrument output to this TSV")
    a = ap.parse_args(argv)
    files = _files(a.folders)
    if not files:
        print("bench_instruments: no .txt or .md file under the folders", file=sys.stderr)
        return 2
    docs = [xref.read_document(p) for p in files]
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    if a.dump:
        _dump(docs, a.dump)
    for doc in docs[:20]:  # compile every pattern and the gazetteer first
        xref.extract_document(doc)
    without, with_ = _best_per_document(docs, a.runs)
    mb = size / 1e6
    print(f"files={len(docs)} size={mb:.2f} MB runs={a.runs} (best CPU time per document)")
    print(f"without instruments: {without:7.3f} s  {mb / without:6.2f} MB/s")
    print(f"with instruments:    {with_:7.3f} s  {mb / with_:6.2f} MB/s")
    print(f"instrument step:     {with_ - without:7.3f} s  overhead "
          f"{100 * (with_ - without) / without:+.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
