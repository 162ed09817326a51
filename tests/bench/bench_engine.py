"""Benchmarks (print figures; not run by pytest).

    .venv/bin/python tests/bench/bench_engine.py [GO_SRC_DIR]

Measures on real Go code (default: the Go std lib from Debian's golang-go):
parse throughput, candidate-query cost, cold whole-tree analysis, keystroke
latency on a large file (edit -> incremental parse -> re-analysis of the
touched function only), and the memory an open document costs.
"""

from __future__ import annotations

import gc
import os
import resource
import statistics
import subprocess
import sys
import time

from goleash import syntax
from goleash.analysis import Analyzer
from goleash.document import Document
from goleash.project import check_paths, iter_go_files, read_source

SRC = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/usr/share/go-1.19/src"
BIG = os.path.join(SRC, "net/http/h2_bundle.go")


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    files = list(iter_go_files([SRC], []))
    sources = []
    for f in files:
        try:
            sources.append(read_source(f))
        except OSError:
            pass
    total = sum(map(len, sources))
    lines = sum(s.count(b"\n") for s in sources)
    print(f"corpus: {len(sources)} files, {total / 2**20:.1f} MB, {lines:,} lines ({SRC})")

    t = time.perf_counter()
    trees = [syntax.parse(s) for s in sources[:3000]]
    parse_s = time.perf_counter() - t
    part = sum(map(len, sources[:3000]))
    print(f"parse: {part / 2**20 / parse_s:.1f} MB/s")
    t = time.perf_counter()
    for tr in trees:
        syntax.captures(tr.root_node)
    q = time.perf_counter() - t
    print(f"candidate query: {q / parse_s:.2f}x a parse")
    del trees
    gc.collect()

    t = time.perf_counter()
    analyzer = Analyzer()
    n = sum(len(r.findings) for r in check_paths([SRC], analyzer, []))
    cold = time.perf_counter() - t
    print(f"goleash check (cold, parse + facts + all rules): {cold:.1f} s, {total / 2**20 / cold:.2f} MB/s, "
          f"{lines / cold:,.0f} lines/s, {n} findings, {analyzer.stats['analysed']} declarations analysed")

    if os.path.exists(BIG):
        src = read_source(BIG)
        doc = Document("file://" + BIG, src, 1, BIG)
        an = Analyzer()
        t = time.perf_counter()
        an.analyze(doc.source, doc.tree, BIG)
        first = time.perf_counter() - t
        lines_ = doc.source.split(b"\n")
        target = next(i for i, l in enumerate(lines_) if l.startswith(b"func (sc *http2serverConn) serve("))
        lat, touched = [], []
        for k in range(200):
            before = an.stats["analysed"]
            t = time.perf_counter()
            doc.apply_changes([((target + 2, 0, target + 2, 0), "x" if k % 2 == 0 else "")], k + 2)
            if k % 2 == 1:
                doc.apply_changes([((target + 2, 0, target + 2, 1), "")], k + 2)
            an.analyze(doc.source, doc.tree, BIG)
            lat.append((time.perf_counter() - t) * 1000)
            touched.append(an.stats["analysed"] - before)
        print(f"keystroke on {os.path.basename(BIG)} ({len(src) / 1024:.0f} KB, {len(lines_):,} lines): first analysis "
              f"{first * 1000:.0f} ms; per edit median {statistics.median(lat):.1f} ms, p95 "
              f"{sorted(lat)[int(len(lat) * .95)]:.1f} ms, declarations re-analysed per edit: max {max(touched)}")

        # In a fresh process: after the cold check above, freed heap is reused and RSS does not grow.
        out = subprocess.run([sys.executable, __file__, "--doc-memory", BIG], capture_output=True, text=True)
        print(out.stdout.strip() or out.stderr.strip())
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def doc_memory(path: str) -> None:
    """RSS cost of ten open documents of ``path``, measured from a fresh interpreter."""
    src = read_source(path)
    gc.collect()
    base = rss_mb()
    docs = [Document(f"u{i}", src, 1) for i in range(10)]
    per = (rss_mb() - base) / len(docs)
    print(f"memory per open document: {per:.1f} MB for {len(src) / 2**20:.2f} MB of source "
          f"({per / (len(src) / 2**20):.0f}x)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--doc-memory"]:
        doc_memory(sys.argv[2])
    else:
        main()
