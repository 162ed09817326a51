#!/usr/bin/env python3
"""Precision of goleash on a real-code corpus, against the verdicts kept in tests/corpus/verdicts.

    python3 tests/corpus/score.py CORPUS_DIR [--run RUN_DIR] [--goleash PATH] [--jobs N] [--only a,b]
                                  [--todo] [--false] [--corpus ID]

CORPUS_DIR holds one directory per project of projects.tsv (fetched at the commit it names; see
README.md). Each project is checked with ``goleash check --no-cache --format json`` (the JSON is kept in
RUN_DIR, default a temporary directory, with its stderr beside it, ``<project>.err``, whose internal errors
are reported; with ``--reuse`` an existing RUN_DIR/<project>.json is read
instead of re-running). Every finding is matched with its verdict by file, code and line (a verdict
written for a line a few lines away, with the same code and the same first words of the message, still
matches: the file moved under it, not the finding). Prints, per project and per rule: findings,
TRUE/DELIBERATE/FALSE, precision ((TRUE + DELIBERATE) / judged) and wall time, then the unjudged findings
(``--todo``), the FALSE ones (``--false``) and the judged TRUE findings no longer reported.
Not a unit test: it needs the projects' code, which this repository does not carry.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEAR = 6   # lines a finding may have moved from its verdict


def load_projects(corpus: str | None) -> list[dict]:
    with open(HERE / "projects.tsv", newline="") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t")]
    return [r for r in rows if corpus is None or r["corpus"] in corpus.split(",")]


def load_verdicts(name: str) -> list[dict]:
    p = HERE / "verdicts" / f"{name}.tsv"
    out = []
    if p.exists():
        for line in p.read_text().splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            file, ln, code, verdict, *rest = line.split("\t")
            out.append({"file": file, "line": int(ln), "code": code, "verdict": verdict.upper(),
                        "reason": rest[0] if rest else "", "used": False})
    return out


def run(goleash: str, corpus_dir: Path, name: str, out: Path, jobs: int) -> float:
    t = time.monotonic()
    with open(out, "w") as f, open(out.with_suffix(".err"), "w") as err:
        subprocess.run([goleash, "check", "--no-cache", "--jobs", str(jobs), "--format", "json", name],
                       cwd=corpus_dir, stdout=f, stderr=err, check=False)
    return time.monotonic() - t


def match(findings: list[dict], verdicts: list[dict]) -> list[tuple[dict, dict | None]]:
    by_key = collections.defaultdict(list)
    for v in verdicts:
        by_key[(v["file"], v["code"])].append(v)
    pairs = []
    rest = []
    for f in findings:   # exact lines first, so a moved neighbour cannot take another's verdict
        v = next((v for v in by_key[(f["file"], f["code"])] if not v["used"] and v["line"] == f["line"]), None)
        if v is not None:
            v["used"] = True
            pairs.append((f, v))
        else:
            rest.append(f)
    for f in rest:
        near = [v for v in by_key[(f["file"], f["code"])] if not v["used"] and abs(v["line"] - f["line"]) <= NEAR]
        v = min(near, key=lambda v: abs(v["line"] - f["line"]), default=None)
        if v is not None:
            v["used"] = True
        pairs.append((f, v))
    return pairs


def pct(ok: int, judged: int) -> str:
    return f"{100.0 * ok / judged:.1f} %" if judged else "–"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus_dir")
    ap.add_argument("--run", help="directory for the JSON output (kept)")
    ap.add_argument("--reuse", action="store_true", help="read RUN/<project>.json where it exists")
    ap.add_argument("--goleash", default=str(HERE.parents[1] / ".venv" / "bin" / "goleash"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--only", help="comma-separated project names")
    ap.add_argument("--corpus", help="comma-separated corpus ids of projects.tsv")
    ap.add_argument("--todo", action="store_true", help="list unjudged findings")
    ap.add_argument("--false", action="store_true", help="list FALSE findings")
    a = ap.parse_args()
    corpus_dir = Path(a.corpus_dir).resolve()
    run_dir = Path(a.run) if a.run else Path(tempfile.mkdtemp(prefix="goleash-corpus-"))
    run_dir.mkdir(parents=True, exist_ok=True)
    projects = load_projects(a.corpus)
    if a.only:
        keep = set(a.only.split(","))
        projects = [p for p in projects if p["name"] in keep]
    per_rule = collections.defaultdict(collections.Counter)
    rows, todo, false, gone = [], [], [], []
    for p in projects:
        name = p["name"]
        if not (corpus_dir / name).is_dir():
            print(f"# {name}: not in {corpus_dir} (fetch {p['repo']} at {p['commit']})", file=sys.stderr)
            continue
        out = run_dir / f"{name}.json"
        secs = None
        if not (a.reuse and out.exists()):
            secs = run(a.goleash, corpus_dir, name, out, a.jobs)
        findings = json.loads(out.read_text() or "[]")
        err = out.with_suffix(".err")
        failed = [x for x in (err.read_text().splitlines() if err.exists() else ()) if "internal error" in x]
        if failed:   # (a rule that failed on a file reports nothing there: its findings are missing)
            print(f"# {name}: {len(failed)} internal errors, first: {failed[0]}", file=sys.stderr)
        verdicts = load_verdicts(name)
        c = collections.Counter()
        for f, v in match(findings, verdicts):
            verdict = v["verdict"] if v else "TODO"
            c[verdict] += 1
            per_rule[f["code"]][verdict] += 1
            if verdict == "TODO":
                todo.append((name, f))
            elif verdict == "FALSE":
                false.append((name, f, v))
        gone += [(name, v) for v in verdicts if not v["used"] and v["verdict"] == "TRUE"]
        rows.append((name, p["kloc"], len(findings), c, secs))
    print("| project | kLOC | findings | TRUE | DELIB. | FALSE | unjudged | precision | time |")
    print("|---|---|---|---|---|---|---|---|---|")
    tot = collections.Counter()
    for name, kloc, n, c, secs in rows:
        tot.update(c)
        tot["n"] += n
        ok, judged = c["TRUE"] + c["DELIBERATE"], c["TRUE"] + c["DELIBERATE"] + c["FALSE"]
        t = f"{secs:.1f} s" if secs is not None else "–"
        print(f"| {name} | {kloc} | {n} | {c['TRUE']} | {c['DELIBERATE']} | {c['FALSE']} | {c['TODO']} | "
              f"{pct(ok, judged)} | {t} |")
    ok, judged = tot["TRUE"] + tot["DELIBERATE"], tot["TRUE"] + tot["DELIBERATE"] + tot["FALSE"]
    print(f"| **all** | | {tot['n']} | {tot['TRUE']} | {tot['DELIBERATE']} | {tot['FALSE']} | {tot['TODO']} | "
          f"**{pct(ok, judged)}** | |")
    print()
    print("| rule | findings | TRUE | DELIB. | FALSE | unjudged | precision |")
    print("|---|---|---|---|---|---|---|")
    for code in sorted(per_rule):
        c = per_rule[code]
        ok, judged = c["TRUE"] + c["DELIBERATE"], c["TRUE"] + c["DELIBERATE"] + c["FALSE"]
        print(f"| {code} | {sum(c.values())} | {c['TRUE']} | {c['DELIBERATE']} | {c['FALSE']} | {c['TODO']} | "
              f"{pct(ok, judged)} |")
    rest = collections.Counter()
    for code, c in per_rule.items():
        if code != "GL505":
            rest.update(c)
    ok, judged = rest["TRUE"] + rest["DELIBERATE"], rest["TRUE"] + rest["DELIBERATE"] + rest["FALSE"]
    print(f"| all but GL505 | {sum(rest.values())} | {rest['TRUE']} | {rest['DELIBERATE']} | {rest['FALSE']} | "
          f"{rest['TODO']} | {pct(ok, judged)} |")
    if gone:
        print(f"\nTRUE findings no longer reported: {len(gone)}")
        for name, v in gone:
            print(f"  {v['file']}:{v['line']} {v['code']}  {v['reason']}")
    if a.false and false:
        print(f"\nFALSE findings: {len(false)}")
        for name, f, v in false:
            print(f"  {f['file']}:{f['line']} {f['code']}  {v['reason']}")
    if a.todo and todo:
        print(f"\nUnjudged findings: {len(todo)}")
        for name, f in todo:
            print(f"  {f['file']}:{f['line']}:{f['column']}: {f['message']} ({f['code']})")
    print(f"\n(JSON output in {run_dir})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
