#!/usr/bin/env python3
"""Hostile inputs at full size over LSP and the CLI (see tests/fuzz/hostile.py): prints for
each input its size, the time to the first publication (and to the full one after a
diagnostic-free first result), the bound, and the slowest answer to a request meanwhile;
then goleash check --timeout on each.

    .venv/bin/python scripts/hostile_lsp.py [--scale full|ci] [--only SUBSTRING] [--no-cli]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from fuzz import hostile  # noqa: E402

GO_SRC = Path("/usr/share/go-1.19/src")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", choices=("full", "ci"), default="full")
    ap.add_argument("--only", default=None)
    ap.add_argument("--no-cli", action="store_true")
    a = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="goleash-hostile-"))
    inputs = [(n, d) for n, d in hostile.inputs(a.scale, GO_SRC) if not a.only or a.only in n]
    c, small = hostile.lsp_session(root)
    failed = 0
    print(f"{'input':28} {'lines':>7} {'bytes':>9} {'first':>7} {'full':>7} {'bound':>6} {'worst req':>9} {'findings':>8}")
    try:
        for name, data in inputs:
            o = hostile.run_lsp(c, small, root, name, data, wait_full=True)
            ok = o.publish <= o.bound and o.worst_request <= 0.2
            failed += not ok
            full = f"{o.final_publish:6.2f}s" if o.final_publish else "      -"
            print(f"{o.name:28} {o.lines:7} {o.size:9} {o.publish:6.2f}s {full} {o.bound:5.1f}s "
                  f"{o.worst_request * 1000:7.0f}ms {o.findings:8} {'' if ok else 'OVER'} {' '.join(o.notes)}",
                  flush=True)
        e = hostile.run_edited_during_analysis(c, small, root, funcs=6000)
        print(f"{e.name:28} {e.lines:7} {e.size:9} {e.publish:6.2f}s {e.final_publish:6.2f}s {e.bound:5.1f}s "
              f"{e.worst_request * 1000:7.0f}ms {e.findings:8} {' '.join(e.notes)}")
        print(f"tracebacks: {len(c.tracebacks())}, pop-ups: {len(c.pop_ups())}")
        c.shutdown_and_exit()
    finally:
        c.close()
    if not a.no_cli:
        print(f"\ngoleash check --timeout 2, per input:")
        for name, data in inputs:
            r = hostile.run_cli(root, name, data, timeout=2)
            print(f"{name:28} {r.seconds:6.2f}s exit {r.returncode} {'TRACEBACK' if r.traceback else ''}"
                  f" {r.stderr_tail.strip().splitlines()[-1][:90] if r.stderr_tail.strip() else ''}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
