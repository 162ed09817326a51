#!/usr/bin/env python3
"""Soak: 20,000 edits to one open document (a tenth of them no-op changes), the server's
RSS sampled every 1,000. Prints the curve and the growth after warm-up (target: <= 10%).

    .venv/bin/python scripts/soak_lsp.py [--edits 20000] [--every 1000] [--warmup 2000] [--file transport|dense]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from fuzz import lspfuzz, soak  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--edits", type=int, default=20_000)
    ap.add_argument("--every", type=int, default=1000)
    ap.add_argument("--warmup", type=int, default=4000)
    ap.add_argument("--file", choices=("transport", "dense"), default="transport")
    a = ap.parse_args()
    if a.file == "transport":
        src, name = (lspfuzz.GO_SRC / "net/http/transport.go").read_text(), "transport.go"
    else:
        src, name = lspfuzz.dense_source(300), "dense.go"
    print(f"soak: {a.edits} edits to {name}, RSS every {a.every}")
    samples = soak.run(src, name, a.edits, a.every, Path(tempfile.mkdtemp()))
    g = soak.growth(samples, a.warmup)
    print(f"RSS growth after {a.warmup} edits: {g:+.1%} (target <= 10%)")
    return 0 if g <= 0.10 else 1


if __name__ == "__main__":
    raise SystemExit(main())
