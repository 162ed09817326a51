#!/usr/bin/env python3
"""Recall of goleash on GoBench's GoKer kernels, against the verdicts kept in tests/corpus/goker_*.tsv.

    python3 tests/corpus/goker.py GOKER_DIR [--goleash PATH] [--json OUT] [--missed] [--todo]

GOKER_DIR is the ``gobench/goker`` directory of https://github.com/timmyyuan/gobench (103 kernels: 68
blocking and 35 nonblocking bugs, each a small test file extracted from a real bug of kubernetes, etcd,
cockroach, grpc, moby, ... with a README describing it). Every kernel is its own package; goleash checks
them with ``--go-version 1.14`` (the kernels come without a go.mod and predate Go 1.22's per-iteration loop
variables). Each finding is matched with its verdict in ``goker_findings.tsv`` by kernel, line and code:
DETECTS (it points at the kernel's documented bug), TRUE-OTHER (a real bug of the kernel, not that one) or
FALSE. A kernel is detected when one of its findings DETECTS its bug. Prints recall per category of
``goker_kernels.tsv`` (GoBench's subtypes), the findings' verdicts, the unjudged findings (``--todo``) and
the kernels missed with what a checker would have to see to catch them (``--missed``).
Not a unit test: it needs GoBench's code, which this repository does not carry.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_tsv(name: str, width: int) -> list[list[str]]:
    rows = []
    for line in (HERE / name).read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            parts = line.split("\t")
            rows.append(parts + [""] * (width - len(parts)))
    return rows


def kernel_of(path: str) -> str:
    """``./blocking/etcd/5509/etcd5509_test.go`` -> ``blocking/etcd/5509``."""
    parts = Path(path).parts
    parts = parts[1:] if parts and parts[0] == "." else parts
    return "/".join(parts[:3])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("goker")
    ap.add_argument("--goleash", default=None, help="the goleash command (default: this Python's -m goleash)")
    ap.add_argument("--json", help="keep goleash's JSON output here")
    ap.add_argument("--missed", action="store_true", help="list the kernels not detected")
    ap.add_argument("--todo", action="store_true", help="list the findings without a verdict")
    a = ap.parse_args()

    cmd = [a.goleash] if a.goleash else [sys.executable, "-m", "goleash"]
    out = subprocess.run(cmd + ["check", "--no-cache", "--go-version", "1.14", "--format", "json", "."],
                         cwd=a.goker, capture_output=True, text=True, check=False)
    if out.returncode not in (0, 1):
        print(out.stderr, file=sys.stderr)
        return 2
    findings = json.loads(out.stdout or "[]")
    if a.json:
        Path(a.json).write_text(out.stdout)

    kernels = {k: (cat, need) for k, cat, need in load_tsv("goker_kernels.tsv", 3)}
    verdicts = {(k, int(ln), code): (v, why) for k, ln, code, v, why in load_tsv("goker_findings.tsv", 5)}
    on_disk = {str(Path(d).relative_to(a.goker)) for d in
               (p.parent for p in Path(a.goker).glob("*/*/*/*.go"))}
    unknown = sorted(on_disk - set(kernels))
    if unknown:
        print(f"kernels without a line in goker_kernels.tsv: {', '.join(unknown)}", file=sys.stderr)

    detected: set[str] = set()
    tally = collections.Counter()
    todo = []
    for f in findings:
        k = kernel_of(f["file"])
        v = verdicts.get((k, f["line"], f["code"]))
        if v is None:
            tally["unjudged"] += 1
            todo.append(f)
            continue
        tally[v[0]] += 1
        if v[0] == "DETECTS":
            detected.add(k)

    by_cat: dict[str, list[str]] = collections.defaultdict(list)
    for k, (cat, _need) in kernels.items():
        by_cat[(k.split("/")[0], cat)].append(k)
    print("| kind | category | kernels | detected | recall |")
    print("|---|---|---|---|---|")
    totals = collections.Counter()
    for (kind, cat), ks in sorted(by_cat.items()):
        d = sum(1 for k in ks if k in detected)
        totals[kind, "n"] += len(ks)
        totals[kind, "d"] += d
        print(f"| {kind} | {cat} | {len(ks)} | {d} | {100 * d / len(ks):.0f} % |")
    for kind in ("blocking", "nonblocking"):
        n, d = totals[kind, "n"], totals[kind, "d"]
        if n:
            print(f"| **{kind}** | | **{n}** | **{d}** | **{100 * d / n:.1f} %** |")
    n, d = sum(totals[k, "n"] for k in ("blocking", "nonblocking")), len(detected)
    print(f"| **all** | | **{n}** | **{d}** | **{100 * d / max(n, 1):.1f} %** |")
    print()
    judged = tally["DETECTS"] + tally["TRUE-OTHER"] + tally["FALSE"]
    print(f"findings: {len(findings)} — DETECTS {tally['DETECTS']}, TRUE-OTHER {tally['TRUE-OTHER']}, "
          f"FALSE {tally['FALSE']}, unjudged {tally['unjudged']}"
          + (f"; precision {100 * (judged - tally['FALSE']) / judged:.1f} %" if judged else ""))
    if a.todo and todo:
        print("\nunjudged:")
        for f in todo:
            print(f"  {kernel_of(f['file'])}\t{f['line']}\t{f['code']}\t{f['message'][:110]}")
    if a.missed:
        print("\nmissed:")
        for k in sorted(kernels):
            if k not in detected:
                print(f"  {k}\t{kernels[k][0]}\t{kernels[k][1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
