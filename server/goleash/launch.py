"""The ``goleash`` command's entry point: as little as possible before the real work.

It pins the hash seed first (a re-exec: nothing heavy is imported yet, so the first start is cheap),
then runs :func:`goleash.cli.main`. A ``check`` ends with ``os._exit`` once its output is flushed:
tearing down the interpreter would free every object of the package models one by one (~0.1 s on
net/http) for nothing. The server ends its own way.
"""

from __future__ import annotations

import os
import sys


def _pin_hash_seed() -> None:
    """Run with a fixed PYTHONHASHSEED. A few analyses cap what they track on very large functions, and
    which facts survive a cap can depend on the iteration order of string sets, which Python salts
    per process: pinning the seed makes every run (and every --jobs worker, forked from this process)
    give the same findings. POSIX only (exec keeps the process, its stdio and its parent)."""
    if os.environ.get("PYTHONHASHSEED") is not None or os.name != "posix":
        return
    orig = getattr(sys, "orig_argv", None)
    if not orig or not sys.executable:
        return
    env = dict(os.environ, PYTHONHASHSEED="0")
    try:
        sys.stdout.flush()
        sys.stderr.flush()
        os.execve(sys.executable, [sys.executable, *orig[1:]], env)
    except OSError:
        return   # cannot re-exec: run as we are


def tune_gc() -> None:
    """Collect the youngest GC generation every 5,000 allocations net instead of 700, and the oldest after
    3 middle collections instead of 10. An analysis makes many short-lived objects (tree nodes, facts,
    flow states) and some cycles (a CFG's nodes point at each other): at the default each young
    collection examines few and promotes the rest. Measured, cold ``check --jobs 1`` of all of src/,
    alternated runs: 25.6-26.6 s user at the default, 25.0-26.9 s here, peak RSS 194 MB both; with
    5,000/10/10 the RSS rose to 293 MB (cycles freed later), with 10,000/10/2 to 242 MB. In one process
    that keeps every package's model (bench_check's parse section, std): 14.5-14.8 s -> 13.1-14.4 s, peak
    RSS 387 -> 320 MB. Forked ``--jobs`` workers inherit it; spawned ones set it again."""
    import gc
    gc.set_threshold(5000, 10, 3)


def main() -> int:
    _pin_hash_seed()
    tune_gc()
    from .cli import main as run

    rc = run()
    if len(sys.argv) > 1 and sys.argv[1] == "serve":
        return rc
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        rc = rc or 1
    if "logging" in sys.modules:
        sys.modules["logging"].shutdown()
    os._exit(rc)
