#!/usr/bin/env python3
"""What the instrument step costs: extraction with and without it, in one run.

    python benchmarks/generate_corpus.py --lang en --size-mb 10 --out /tmp/xb3/en10
    python benchmarks/bench_instruments.py /tmp/xb3/en10
    python benchmarks/bench_instruments.py /work/shared/corpus data/seeds --runs 5
    python benchmarks/bench_instruments.py /tmp/xb3/zh10 --dump /tmp/zh10.tsv

Every ``.txt`` / ``.md`` file under the folders is read once
(``xref.read_document``); then ``xref.extract_document`` runs over all of
them, alternately with the instrument step and with it replaced by a no-op,
``--runs`` times each (default 3).  The best CPU time (``time.process_time``)
of each is kept and the overhead of the instrument step is printed:

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

import xref  # noqa: E402
import xref.extract as extract_mod  # noqa: E402


def _files(folders: list[Path]) -> list[Path]:
    out: list[Path] = []
    for folder in folders:
        if folder.is_file():
            out.append(folder)
            continue
        out.extend(sorted(p for p in folder.rglob("*")
                          if p.suffix in (".txt", ".md") and p.name != "README.md"))
    return out


def _no_instruments(d, source, mentions):  # noqa: ANN001, ANN202
    return [], []


def _run(docs: list, with_instruments: bool) -> float:
    real = extract_mod.find_instruments
    if not with_instruments:
        extract_mod.find_instruments = _no_instruments
    try:
        gc.collect()
        t0 = time.process_time()
        for doc in docs:
            xref.extract_document(doc)
        return time.process_time() - t0
    finally:
        extract_mod.find_instruments = real


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
                fh.write("\t".join((doc.path, "FACT", f.instrument, f.title, f.footnote,
                                    f.adopted_by, f.relation, f.unts_no, f.unts_vols)) + "\n")


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
    _run(docs[:20], True)  # compile every pattern and the gazetteer first
    best = {True: float("inf"), False: float("inf")}
    for _ in range(a.runs):
        for flag in (False, True):
            best[flag] = min(best[flag], _run(docs, flag))
    without, with_ = best[False], best[True]
    mb = size / 1e6
    print(f"files={len(docs)} size={mb:.2f} MB runs={a.runs} (best CPU time kept)")
    print(f"without instruments: {without:7.3f} s  {mb / without:6.2f} MB/s")
    print(f"with instruments:    {with_:7.3f} s  {mb / with_:6.2f} MB/s")
    print(f"instrument step:     {with_ - without:7.3f} s  overhead "
          f"{100 * (with_ - without) / without:+.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
