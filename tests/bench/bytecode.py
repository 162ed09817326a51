"""Compile goleash's bytecode before timing start-up, as ``pip install`` does.

An installed package has its ``.pyc`` files; an editable one writes them on its first
run — unless PYTHONDONTWRITEBYTECODE is set (as on some CI machines and containers),
when every process compiles every module again (~0.2 s of each start). The benchmarks
measure a normal install."""

from __future__ import annotations

import compileall
import os
import sys


def ensure_bytecode() -> str:
    import goleash
    pkg = os.path.dirname(goleash.__file__)
    ok = compileall.compile_dir(pkg, quiet=1, workers=1)
    env = " (PYTHONDONTWRITEBYTECODE is set here: without this, each start would compile them again)" \
        if os.environ.get("PYTHONDONTWRITEBYTECODE") else ""
    return f"bytecode of {pkg} compiled{'' if ok else ' (with errors)'}, as pip install does{env}"


if __name__ == "__main__":
    print(ensure_bytecode(), file=sys.stderr)
