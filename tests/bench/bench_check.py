"""Benchmarks of `goleash check` at scale (print figures; not run by pytest).

    .venv/bin/python tests/bench/bench_check.py [--src DIR] [--only parse,std,vet,src]

Sections (all by default):

* ``parse``: in one process, a parse-only pass over every file a cold check of
  ``std`` reads (the checked files and their package siblings), then that cold
  check (no cache, one process): CPU of each and the ratio.
* ``std``: cold ``goleash check`` of the non-test files of the packages of
  ``go list std`` (fresh cache dir, ``--jobs 1`` and default jobs).
* ``vet``: cold ``go vet std`` and ``go-staticcheck std`` (fresh GOCACHE and
  XDG_CACHE_HOME; Debian's golang-go and go-staticcheck), then warm staticcheck.
* ``src``: all of ``src/``: cold at ``--jobs 1`` and ``--jobs 2`` (fresh cache
  dirs) with peak RSS, the unchanged re-run, and a copy of ``src/`` with one
  edited file re-checked (the file alone and the whole tree), for an edit that
  keeps the package facts and one that changes them.

CPU is user+sys of the command and all its processes (``RUSAGE_CHILDREN``);
peak RSS is the largest process's high-water mark (VmHWM) and the largest sum
over the process tree, sampled every 20 ms. The load average is printed with
each figure: on a shared machine wall time depends on it, CPU time much less.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bytecode import ensure_bytecode  # noqa: E402
GOLEASH = [sys.executable, "-m", "goleash"]


# ------------------------------------------------------------------ measuring
def _children(pid: int) -> list[int]:
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                out.extend(int(x) for x in f.read().split())
    except OSError:
        pass
    return out


def _tree(pid: int) -> list[int]:
    todo, seen = [pid], []
    while todo:
        p = todo.pop()
        seen.append(p)
        todo.extend(_children(p))
    return seen


def _status_kb(pid: int, field: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_s(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def measure(cmd: list[str], env: dict | None = None, cwd: str | None = None, out=subprocess.DEVNULL) -> dict:
    """Run ``cmd``; wall, CPU (user+sys of it and its descendants), peak RSS, load average."""
    load0 = os.getloadavg()[0]
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, env=env, cwd=cwd)
    hwm: dict[int, int] = {}
    cpus: dict[int, float] = {}   # CPU seconds of each descendant (workers), last seen
    peak_sum = 0
    err: list[bytes] = []
    reader = threading.Thread(target=lambda: err.append(p.stderr.read()), daemon=True)
    reader.start()
    while p.poll() is None:
        total = 0
        for pid in _tree(p.pid):
            total += _status_kb(pid, "VmRSS")
            hwm[pid] = max(hwm.get(pid, 0), _status_kb(pid, "VmHWM"))
            if pid != p.pid:
                cpus[pid] = max(cpus.get(pid, 0.0), _cpu_s(pid))
        peak_sum = max(peak_sum, total)
        time.sleep(0.02)
    wall = time.perf_counter() - t0
    reader.join()
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return {"wall": wall, "cpu": cpu, "rc": p.returncode, "stderr": b"".join(err).decode(errors="replace"),
            "peak_one": max(hwm.values(), default=0) / 1024, "peak_sum": peak_sum / 1024,
            "load": (load0 + os.getloadavg()[0]) / 2, "workers": sorted(cpus.values(), reverse=True)}


def show(label: str, m: dict, rss: bool = False) -> None:
    extra = f", peak RSS {m['peak_one']:.0f} MB (largest process), {m['peak_sum']:.0f} MB (all)" if rss else ""
    print(f"  {label:<52} wall {m['wall']:7.2f} s  CPU {m['cpu']:7.2f} s{extra}  [load {m['load']:.1f}]",
          flush=True)


def calibrate() -> float:
    """How much faster two CPU-bound processes finish than one after the other, right now
    (2.0 on two free cores; less with hyperthreads or other load)."""
    loop = [sys.executable, "-c", "s = 0\nfor i in range(40_000_000): s += i"]
    t = time.perf_counter()
    subprocess.run(loop, check=True)
    one = time.perf_counter() - t
    t = time.perf_counter()
    ps = [subprocess.Popen(loop) for _ in range(2)]
    for p in ps:
        p.wait()
    return 2 * one / (time.perf_counter() - t)


def check(args: list[str], cache_dir: str | None, out=subprocess.DEVNULL) -> dict:
    cache = ["--cache-dir", cache_dir] if cache_dir else ["--no-cache"]
    m = measure(GOLEASH + ["check", "--stats", *cache, *args], out=out)
    if m["rc"] not in (0, 1):
        print(m["stderr"], file=sys.stderr)
        raise SystemExit(f"goleash check failed ({m['rc']})")
    return m


# --------------------------------------------------------------------- corpus
def std_files(goroot_src: str) -> list[str]:
    """Non-test .go files of the packages of `go list std` (their directories under goroot_src)."""
    dirs = subprocess.run(["go", "list", "-f", "{{.Dir}}", "std"], capture_output=True, text=True,
                          check=True).stdout.split()
    out = []
    for d in dirs:
        d = os.path.join(goroot_src, os.path.relpath(os.path.realpath(d), os.path.realpath(goroot_src)))
        for n in sorted(os.listdir(d)):
            if n.endswith(".go") and not n.endswith("_test.go") and not n.startswith((".", "_")):
                out.append(os.path.join(d, n))
    return out


# ------------------------------------------------------------------- sections
def section_parse(src: str) -> None:
    from goleash import syntax
    from goleash.analysis import Analyzer
    from goleash.launch import tune_gc
    from goleash.project import _dir_go_files, check_paths, read_source

    tune_gc()   # (as the goleash command does before a check)

    files = std_files(src)
    read = sorted(set(files) | {os.path.join(os.path.dirname(f), n) for f in files
                                for n in _dir_go_files(os.path.dirname(f))})
    load0 = os.getloadavg()[0]
    t, w = time.process_time(), time.perf_counter()
    size = 0
    for f in read:
        try:
            s = read_source(f)
        except OSError:
            continue
        size += len(s)
        syntax.parse(s)
    parse_cpu, parse_wall = time.process_time() - t, time.perf_counter() - w
    t, w = time.process_time(), time.perf_counter()
    stats: dict = {}
    n = sum(len(r.findings) for r in check_paths(files, Analyzer(), [], cache=None, stats=stats))
    check_cpu, check_wall = time.process_time() - t, time.perf_counter() - w
    print(f"parse-only vs cold check, one process, {len(files)} std files checked ({len(read)} files "
          f"read with their package siblings, {size / 2**20:.1f} MB) [load {(load0 + os.getloadavg()[0]) / 2:.1f}]")
    print(f"  parse only: CPU {parse_cpu:.2f} s (wall {parse_wall:.2f} s)")
    print(f"  cold check: CPU {check_cpu:.2f} s (wall {check_wall:.2f} s), {stats['parsed']} parses, "
          f"{n} findings")
    print(f"  check / parse CPU: {check_cpu / parse_cpu:.2f}x (target <= 1.6x)", flush=True)


def section_std(src: str, tmp: str) -> None:
    files = std_files(src)
    print(f"goleash check std ({len(files)} non-test files of `go list std`), cold (fresh cache dir):")
    for jobs in (1, 2):
        show(f"--jobs {jobs}", check([f"--jobs={jobs}", *files], os.path.join(tmp, f"std-cache-{jobs}")), rss=True)
    show("unchanged re-run (default jobs)", check(files, os.path.join(tmp, "std-cache-2")))


def section_vet(tmp: str) -> None:
    print("go vet std and go-staticcheck std (fresh GOCACHE / XDG_CACHE_HOME):")
    env = dict(os.environ, GOCACHE=os.path.join(tmp, "gocache-vet"), GOFLAGS="")
    m = measure(["go", "vet", "std"], env=env)
    show("go vet std, cold" + ("" if m["rc"] == 0 else f" (exit {m['rc']})"), m)
    if shutil.which("go-staticcheck") is None:
        print("  go-staticcheck: not installed (apt-get install go-staticcheck)")
        return
    env = dict(os.environ, GOCACHE=os.path.join(tmp, "gocache-sc"), XDG_CACHE_HOME=os.path.join(tmp, "xdg-sc"))
    m = measure(["go-staticcheck", "std"], env=env)
    show("go-staticcheck std, cold" + ("" if m["rc"] in (0, 1) else f" (exit {m['rc']})"), m)
    m = measure(["go-staticcheck", "std"], env=env)
    show("go-staticcheck std, warm (re-run)", m)


ANCHOR = "func (t *Transport) CloseIdleConnections() {\n"
EDITS = {
    # a statement in a function body: the package's types and facts stay, only this file is re-analysed
    "body edit": lambda src, n: src.replace(ANCHOR, ANCHOR + f"\t_ = {n}\n", 1),
    # a new method: the package's types change, so every file of net/http is re-analysed
    "new method": lambda src, n: src + f"\nfunc (t *Transport) goleashBench{n}() {{\n\tt.idleMu.Lock()\n"
                                       f"\tdefer t.idleMu.Unlock()\n}}\n",
}


def section_src(src: str, tmp: str, repeat: int = 1) -> None:
    print(f"all of {src}:")
    out = os.path.join(tmp, "out")
    cold: dict[int, list[dict]] = {1: [], 2: []}
    for rep in range(repeat):          # interleaved, so both see the same background load
        for jobs in (1, 2):
            cache = os.path.join(tmp, f"src-cache-{jobs}")
            shutil.rmtree(cache, ignore_errors=True)
            cal = calibrate()
            with open(f"{out}{jobs}", "wb") as fo:
                m = check([f"--jobs={jobs}", src], cache, out=fo)
            m["calibration"] = cal
            cold[jobs].append(m)
            show(f"cold, --jobs {jobs}" + (f" (run {rep + 1})" if repeat > 1 else ""), m, rss=True)
            print(f"    {m['stderr'].strip().splitlines()[-1]}; two processes vs one just before: {cal:.2f}x")
    same = open(f"{out}1", "rb").read() == open(f"{out}2", "rb").read()
    best = {j: min(ms, key=lambda m: m["wall"]) for j, ms in cold.items()}
    w = best[2]["workers"]
    if len(w) >= 2:  # what two free cores would give: the busiest worker (plus the parent) is the wall
        parent = best[2]["cpu"] - sum(w)
        print(f"  --jobs 2 work split: workers {w[0]:.1f} s and {w[1]:.1f} s of CPU, parent {parent:.1f} s: "
              f"on two free cores {best[1]['cpu'] / (w[0] + max(parent, 0)):.2f}x the --jobs 1 run")
    print(f"  --jobs 2 vs --jobs 1 (best of {repeat} each): {best[1]['wall'] / best[2]['wall']:.2f}x faster "
          f"(wall; target >= 1.25x); output identical: {same}")
    cache = os.path.join(tmp, "src-cache-2")
    warm = [check([src], cache) for _ in range(5)]
    med = sorted(warm, key=lambda m: m["wall"])[2]
    show("unchanged re-run, default jobs (median of 5)", med)
    walls = ", ".join(f"{m['wall']:.2f}" for m in warm)
    print(f"    walls: {walls}; {med['stderr'].strip().splitlines()[-1]}")

    copy = os.path.join(tmp, "src-copy")
    shutil.copytree(src, copy, symlinks=True,
                    ignore=lambda d, names: [n for n in names if os.path.isfile(os.path.join(d, n))
                                             and not n.endswith((".go", "go.mod"))])
    target = os.path.join(copy, "net", "http", "transport.go")
    original = open(target, "rb").read()
    check([copy], cache)  # same contents: served by the cache warmed above
    n = 0
    for what, edit in EDITS.items():
        one, whole = [], []
        for _ in range(3):
            n += 1  # a new edit each time: nothing of it is in the cache
            with open(target, "wb") as f:
                f.write(edit(original.decode(), n).encode())
            one.append(check([target], cache))
            n += 1
            with open(target, "wb") as f:
                f.write(edit(original.decode(), n).encode())
            whole.append(check([copy], cache))
        mo = sorted(one, key=lambda m: m["wall"])[1]
        mw = sorted(whole, key=lambda m: m["wall"])[1]
        show(f"transport.go, {what}: check the file (median of 3)", mo)
        print(f"    {mo['stderr'].strip().splitlines()[-1]}")
        show(f"transport.go, {what}: check all of src (median of 3)", mw)
        print(f"    {mw['stderr'].strip().splitlines()[-1]}")
    with open(target, "wb") as f:
        f.write(original)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default="/usr/share/go-1.19/src")
    ap.add_argument("--only", default="parse,std,vet,src")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    ap.add_argument("--repeat", type=int, default=1, help="cold src runs per --jobs value (best is compared)")
    a = ap.parse_args()
    only = set(a.only.split(","))
    print(ensure_bytecode())
    tmp = tempfile.mkdtemp(prefix="goleash-bench-")
    print(f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}; python {sys.version.split()[0]}; "
          f"temp {tmp}")
    try:
        if "parse" in only:
            section_parse(a.src)
        if "std" in only:
            section_std(a.src, tmp)
        if "vet" in only:
            section_vet(tmp)
        if "src" in only:
            section_src(a.src, tmp, a.repeat)
    finally:
        if not a.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        print(f"load average at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
