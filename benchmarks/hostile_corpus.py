"""Build a corpus of good and hostile files and check that extraction names every bad one.

``generate`` writes N files (default 2,000) into a folder outside the repo:
90 % good documents made from the sample texts and fixtures (UTF-8, GB18030,
Big5, UTF-16 and Windows-1252 text, PDF, DOCX and HTML) and 10 % hostile
files, of every kind in issue 6, with ``expected.json`` saying which is which.
``run`` extracts the folder in this process and checks that every good file
was read and every bad one named, then prints the time and peak memory.
``build`` runs ``xref build`` on the folder as a child process (the real
command), checks that every good file is stored and every bad one named on
stderr with its reason, and prints the child's time and peak RSS; with
``--kill N`` it then builds a second store, SIGKILLing the build N times at
random moments and running it again until it ends, and checks that the
exported tables are byte for byte those of the uninterrupted build.

    python benchmarks/hostile_corpus.py generate --out /tmp/xref-hostile
    /usr/bin/time -v python benchmarks/hostile_corpus.py run --corpus /tmp/xref-hostile
    python benchmarks/hostile_corpus.py build --corpus /tmp/xref-hostile --kill 3

Run it as a user other than root (``runuser -u nobody -- …``) for the
unreadable files to be unreadable.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_formats import make_docx, make_pdf

HOSTILE_KINDS = [
    "zero", "binary", "truncated_pdf", "encrypted_pdf", "zip_bomb", "one_line_200mb",
    "slashes_and_digits", "backtracking_list", "symlink_loop", "unreadable", "dangling_link",
    "fifo", "old_doc", "damaged_pdf",
]


def _sources() -> list[tuple[str, str]]:
    files = sorted((ROOT / "data" / "seeds").glob("*.txt"))
    files += sorted((ROOT / "tests" / "fixtures").glob("*/*.txt"))
    return [(p.stem, p.read_text(encoding="utf-8-sig")) for p in files]


def _html(text: str) -> bytes:
    from html import escape

    paras = "".join(f"<p class=MsoNormal>{escape(ln)}</p>\n" for ln in text.split("\n"))
    return (f"<html><head><meta charset=utf-8><title>t</title><script>var x='46/999';"
            f"</script></head><body>{paras}</body></html>").encode()


def _zip_bomb(size: int) -> bytes:
    buf = io.BytesIO()
    with (zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z,
          z.open("word/document.xml", "w", force_zip64=True) as f):
        chunk = b" " * (1 << 20)
        for _ in range(size >> 20):
            f.write(chunk)
    return buf.getvalue()


def generate(out: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    docs = _sources()
    n_bad = n // 10
    expected: dict[str, str] = {}
    pdf_cache: dict[str, bytes] = {}
    for i in range(n - n_bad):
        stem, text = docs[i % len(docs)]
        kind = rng.choices(["utf8", "enc", "pdf", "docx", "html"], [40, 20, 20, 10, 10])[0]
        name = f"good_{i:04d}_{stem}"
        if kind == "utf8":
            path, data = out / f"{name}.txt", text.encode("utf-8")
        elif kind == "enc":
            encs = [e for e in ("gb18030", "big5", "utf-16", "cp1252") if _encodes(text, e)]
            enc = rng.choice(encs)
            path, data = out / f"{name}.{enc}.txt", text.encode(enc)
        elif kind == "pdf":
            if stem not in pdf_cache:
                pdf_cache[stem] = make_pdf(text, header="A/64/123", job="09-41234")
            path, data = out / f"{name}.pdf", pdf_cache[stem]
        elif kind == "docx":
            path, data = out / f"{name}.docx", make_docx(text)
        else:
            path, data = out / f"{name}.html", _html(text)
        path.write_bytes(data)
        expected[path.name] = "good"
    pdf = make_pdf(docs[0][1])
    bomb = _zip_bomb(1 << 30)
    big = out / "_big_one_line.bin"  # hard-linked into place: one copy on disk
    with open(big, "wb") as f:
        chunk = ("resolution 46/152 " * 58255).encode()  # ~1 MB, no line break
        f.writelines(chunk for _ in range(200))
    slashes = "".join(rng.choice("/0123456789") for _ in range(1_000_000)).encode()
    backtrack = ("第" + "46/152 号、" * 100_000 + "号决议").encode()
    for j in range(n_bad):
        kind = HOSTILE_KINDS[j % len(HOSTILE_KINDS)]
        path = out / f"bad_{j:04d}_{kind}.{'pdf' if 'pdf' in kind else 'docx' if kind == 'zip_bomb' else 'doc' if kind == 'old_doc' else 'txt'}"
        if kind == "zero":
            path.write_bytes(b"")
        elif kind == "binary":
            path.write_bytes(os.urandom(20000))
        elif kind == "truncated_pdf":
            path.write_bytes(pdf[: len(pdf) // 2])
        elif kind == "encrypted_pdf":
            path.write_bytes(make_pdf(docs[j % len(docs)][1][:2000], encrypt=("secret", "o")))
        elif kind == "zip_bomb":
            path.write_bytes(bomb)
        elif kind == "one_line_200mb":
            os.link(big, path)
        elif kind == "slashes_and_digits":
            path.write_bytes(slashes)
        elif kind == "backtracking_list":
            path.write_bytes(backtrack)
        elif kind == "symlink_loop":
            other = path.with_name(path.stem + "_b.txt")
            os.symlink(other, path)
            os.symlink(path, other)
            expected[other.name] = kind
        elif kind == "unreadable":
            path.write_text("Recalling its resolution 46/152,\n", encoding="utf-8")
            path.chmod(0)
        elif kind == "dangling_link":
            os.symlink(out / "nowhere", path)
        elif kind == "fifo":
            os.mkfifo(path)
        elif kind == "old_doc":
            path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(4096))
        elif kind == "damaged_pdf":
            path.write_bytes(b"%PDF-1.7\n" + os.urandom(5000) + b"\n%%EOF\n")
        expected[path.name] = kind
    os.symlink(out, out / "loop_dir")  # a directory link back to the corpus
    (out / "expected.json").write_text(json.dumps(expected, indent=1), encoding="utf-8")
    print(f"{len(expected)} files ({sum(v == 'good' for v in expected.values())} good) in {out}")


def _encodes(text: str, enc: str) -> bool:
    try:
        text.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def run(corpus: Path) -> int:
    import xref

    expected = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
    t0 = time.monotonic()
    r = xref.extract_paths([corpus])
    elapsed = time.monotonic() - t0
    read = {Path(d.path).name for d in r.documents}
    failed = {Path(e.path).name: e.reason for e in r.errors}
    good = {k for k, v in expected.items() if v == "good"}
    bad = {k: v for k, v in expected.items() if v != "good"}
    missing_good = sorted(good - read)
    # Harmless when read: a million slashes and digits, or a list that never
    # closes, only has to finish in time.
    may_read = {"slashes_and_digits", "backtracking_list"} | ({"unreadable"} if os.geteuid() == 0 else set())
    unnamed_bad = sorted(k for k in bad if k not in failed
                         and not (bad[k] in may_read and k in read))
    by_kind: dict[str, set[str]] = {}
    for k, kind in bad.items():
        if k in failed:
            by_kind.setdefault(kind, set()).add(failed[k])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"files: {len(expected)}; read {len(r.documents)} ({len(good & read)}/{len(good)} good), "
          f"failed {len(r.errors)} ({len(set(failed) & set(bad))}/{len(bad)} hostile named, "
          f"{len(set(read) & set(bad))} hostile read); "
          f"{len(r.mentions)} mentions, {len(r.edges)} edges")
    print(f"time {elapsed:.1f} s; peak RSS {peak:.0f} MB")
    for kind in HOSTILE_KINDS:
        n_read = sum(1 for k, v in bad.items() if v == kind and k in read)
        reasons = " | ".join(sorted(by_kind.get(kind, set())))
        print(f"  {kind:20} {reasons}" + (f" [{n_read} read]" if n_read else ""))
    if missing_good:
        print("good files not read:", missing_good[:10])
    if unnamed_bad:
        print("hostile files not named:", unnamed_bad[:10])
    return 1 if missing_good or unnamed_bad else 0


def _child(args: list[str], kill_after: float | None = None,
           kill_when: Callable[[], bool] | None = None) -> tuple[int, float, float, str]:
    """Run ``python -m xref ARGS``: exit status, seconds, peak RSS (MB) and stderr.

    With ``kill_after``, SIGKILL it after that many seconds if still running;
    with ``kill_when``, as soon as that returns true.
    """
    import signal
    import subprocess
    import tempfile

    with tempfile.TemporaryFile() as err:
        t0 = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "xref", *args], stdout=subprocess.DEVNULL,
                                stderr=err, env={**os.environ, "PYTHONPATH": str(ROOT)})
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        killing = kill_after is not None or kill_when is not None
        while pid == 0 and killing:
            if kill_after is not None and time.monotonic() - t0 >= kill_after:
                break
            if kill_when is not None and kill_when():
                break
            time.sleep(0.05)
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid == 0:
            if killing:
                os.kill(proc.pid, signal.SIGKILL)
            _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.monotonic() - t0
        err.seek(0)
        return proc.returncode, elapsed, usage.ru_maxrss / 1024, err.read().decode("utf-8",
                                                                                  "replace")


def _exported(db: Path, out: Path) -> dict[str, bytes]:
    from xref.export import store_snapshot

    return store_snapshot(db, out)


def build_check(corpus: Path, work: Path, kills: int, seed: int,
                options: list[str] | None = None) -> int:
    import sqlite3

    from xref.store import stored_documents

    expected = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
    work.mkdir(parents=True, exist_ok=True)
    db = work / "full.db"
    for f in work.glob("full.db*"):
        f.unlink()
    options = options or []
    code, elapsed, peak, err = _child(["build", str(corpus), "--db", str(db), *options])
    named: dict[str, str] = {}
    prefix = f"xref: {corpus}{os.sep}"
    for line in err.splitlines():
        if line.startswith(prefix):
            name, _, reason = line[len(prefix):].partition(": ")
            named[name] = reason
    con = sqlite3.connect(db)
    stored = {Path(r[0]).name for r in con.execute("SELECT path FROM documents")}
    con.close()
    good = {k for k, v in expected.items() if v == "good"}
    bad = {k: v for k, v in expected.items() if v != "good"}
    may_read = {"slashes_and_digits", "backtracking_list"} | (
        {"unreadable"} if os.geteuid() == 0 else set())
    missing_good = sorted(good - stored)
    unnamed_bad = sorted(k for k, v in bad.items()
                         if k not in named and not (v in may_read and k in stored))
    summary = err.strip().splitlines()[-1] if err.strip() else ""
    print(f"xref build {corpus} {' '.join(options)}: exit {code}, {elapsed:.1f} s, "
          f"peak RSS {peak:.0f} MB")
    print(f"  {summary}")
    print(f"  good stored {len(good & stored)}/{len(good)}; hostile named "
          f"{len(set(named) & set(bad))}/{len(bad)}; stderr lines {len(err.splitlines())}")
    for kind in HOSTILE_KINDS:
        reasons = sorted({named[k] for k, v in bad.items() if v == kind and k in named})
        n_stored = sum(1 for k, v in bad.items() if v == kind and k in stored)
        print(f"  {kind:20} {' | '.join(reasons)}" + (f" [{n_stored} stored]" if n_stored else ""))
    if missing_good:
        print("  good files not stored:", missing_good[:10])
    if unnamed_bad:
        print("  hostile files not named:", unnamed_bad[:10])
    ok = code == 1 and not missing_good and not unnamed_bad
    if kills:
        rng = random.Random(seed)
        kdb = work / "killed.db"
        for f in work.glob("killed.db*"):
            f.unlink()
        peaks, t_total = [], 0.0

        def count() -> int:
            return stored_documents(kdb)

        n_docs = len(stored)
        for k in range(kills):
            # Half the kills at a random moment, half once the build has stored
            # a random number more documents (each run starts over on the
            # files that failed, which are not stored, so a kill by time alone
            # lands mostly among them).
            before = count()
            if k % 2:
                target = min(before + rng.randint(1, n_docs // max(kills, 1)), n_docs - 1)
                code_k, el, _pk, _ = _child(
                    ["build", str(corpus), "--db", str(kdb), *options],
                    kill_when=lambda target=target: count() >= target)
                what = f"killed at {target} documents"
            else:
                at = rng.uniform(0.1, 0.9) * elapsed
                code_k, el, _pk, _ = _child(["build", str(corpus), "--db", str(kdb), *options],
                                            kill_after=at)
                what = f"killed after {at:.1f} s"
            if code_k != -9:
                what = f"ended (exit {code_k}) before it was killed"
            print(f"  {what}: {count()} documents stored (was {before})")
            t_total += el
            peaks.append(_pk)
        code_r, el, pk, err_r = _child(["build", str(corpus), "--db", str(kdb), *options])
        peaks.append(pk)
        t_total += el
        same = _exported(db, work / "full") == _exported(kdb, work / "killed")
        print(f"  resumed: exit {code_r}, {el:.1f} s; {err_r.strip().splitlines()[-1]}")
        print(f"  {kills} kills + resume: {t_total:.1f} s in all, peak RSS {max(peaks):.0f} MB; "
              f"edges, nodes, mentions and documents {'identical' if same else 'DIFFER'} "
              f"to the uninterrupted build")
        ok = ok and same and code_r == 1
    return 0 if ok else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("--out", type=Path, required=True)
    g.add_argument("-n", type=int, default=2000)
    g.add_argument("--seed", type=int, default=6)
    r = sub.add_parser("run")
    r.add_argument("--corpus", type=Path, required=True)
    b = sub.add_parser("build")
    b.add_argument("--corpus", type=Path, required=True)
    b.add_argument("--work", type=Path, default=Path("/tmp/xref-hostile-build"))
    b.add_argument("--kill", type=int, default=0, help="kill and resume this many times")
    b.add_argument("--seed", type=int, default=6)
    b.add_argument("--xref", default="", help="more options for xref build, e.g. '--time-limit 2'")
    args = ap.parse_args()
    if args.cmd == "generate":
        generate(args.out, args.n, args.seed)
        return 0
    if args.cmd == "build":
        return build_check(args.corpus, args.work, args.kill, args.seed, args.xref.split())
    return run(args.corpus)


if __name__ == "__main__":
    sys.exit(main())
