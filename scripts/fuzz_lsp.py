#!/usr/bin/env python3
"""Differential fuzzing, long: the real server vs goleash check after random incremental
edits (see tests/fuzz/lspfuzz.py). Default: 56,000 edits over transport.go and a
goroutine-dense file, UTF-16 and UTF-8, with the engine's per-declaration cache (what
users run) and without it (the server's own work alone). Prints per run: edits,
checkpoints, mismatches, time, the slowest publication; and where mismatch texts were
saved.

    .venv/bin/python scripts/fuzz_lsp.py [--scale 1.0] [--seed 100]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from fuzz import lspfuzz  # noqa: E402

RUNS = [  # (file, encoding, edits, engine cache)
    ("transport.go", "utf-16", 8000, True),
    ("transport.go", "utf-8", 8000, True),
    ("dense.go", "utf-16", 10000, True),
    ("dense.go", "utf-8", 10000, True),
    ("transport.go", "utf-16", 4000, False),
    ("dense.go", "utf-16", 8000, False),
    ("dense.go", "utf-8", 8000, False),
]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every run's edits")
    ap.add_argument("--seed", type=int, default=100)
    ap.add_argument("--checkpoints", type=int, default=50)
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="goleash-fuzz-"))
    total = bad = 0
    rows = []
    for i, (name, enc, edits, cached) in enumerate(RUNS):
        src = lspfuzz.dense_source(300) if name == "dense.go" else \
            (lspfuzz.GO_SRC / "net/http/transport.go").read_text()
        n = int(edits * a.scale)
        print(f"== {name} {enc} {n} edits, engine cache {'on' if cached else 'off'}", flush=True)
        r = lspfuzz.run(src, name, a.seed + i, n, a.checkpoints, enc, work / f"run{i}",
                        log=lambda s: print(s, flush=True) if "MISMATCH" in s else None,
                        sync_probability=0.01 if name == "transport.go" and not cached else 0.05,
                        fresh_engine=not cached)
        total += r.edits
        bad += len(r.mismatches) if not cached else 0
        rows.append((name, enc, "on" if cached else "off", r.edits, r.checkpoints, len(r.mismatches),
                     r.seconds, r.max_publish_wait, len(r.tracebacks)))
    print()
    print(f"{'file':14} {'enc':6} {'cache':5} {'edits':>7} {'checkpoints':>11} {'mismatches':>10} {'seconds':>8} "
          f"{'slowest publish':>15} {'tracebacks':>10}")
    for row in rows:
        print(f"{row[0]:14} {row[1]:6} {row[2]:5} {row[3]:7} {row[4]:11} {row[5]:10} {row[6]:8.1f} {row[7]:14.2f}s "
              f"{row[8]:10}")
    print(f"total: {total} edits; mismatch texts under {work}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
