#!/usr/bin/env python3
"""Assemble the Python side of one platform's VSIX: goleash and its dependencies, ready to import.

    python scripts/bundle_python.py TARGET OUT_DIR

TARGET is a `vsce --target` name (linux-x64, darwin-arm64, win32-x64, ...). OUT_DIR becomes the
extension's ``bundled/libs``: the pinned wheels of ``vscode-extension/bundle-requirements.txt`` for that
platform, downloaded from PyPI with ``pip download --platform`` for every supported CPython (tree-sitter's
compiled module is per Python version; the files of each version sit side by side), unpacked, plus the
goleash package from ``server/goleash`` and ``bundle.json`` (target, Pythons, package versions).
Wheels are kept in ``~/.cache/goleash/vsix-wheels/TARGET`` (``$GOLEASH_WHEEL_CACHE``): a rebuild needs no
network.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REQUIREMENTS = os.path.join(ROOT, "vscode-extension", "bundle-requirements.txt")
PYTHONS = ["3.11", "3.12", "3.13", "3.14"]  # from pyproject's requires-python up to the newest with wheels

_MANYLINUX = ["manylinux_2_28_{a}", "manylinux_2_17_{a}", "manylinux2014_{a}", "manylinux_2_5_{a}", "manylinux1_{a}"]
_MAC = ["macosx_" + v + "_{a}" for v in ("10_9", "10_12", "10_13", "10_15", "11_0", "12_0")]
PLATFORMS = {
    "linux-x64": [t.format(a="x86_64") for t in _MANYLINUX],
    "linux-arm64": [t.format(a="aarch64") for t in _MANYLINUX[:3]],
    "alpine-x64": ["musllinux_1_2_x86_64", "musllinux_1_1_x86_64"],  # (no tree-sitter wheel for alpine-arm64)
    "darwin-x64": [t.format(a=a) for t in _MAC for a in ("x86_64", "universal2")],
    "darwin-arm64": [t.format(a=a) for t in _MAC if "10_" not in t for a in ("arm64", "universal2")],
    "win32-x64": ["win_amd64"],
    "win32-arm64": ["win_arm64"],
}


CACHE = os.environ.get("GOLEASH_WHEEL_CACHE") or os.path.join(
    os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "goleash", "vsix-wheels")


def download(target: str, python: str, dest: str, requirements: list[str]) -> None:
    """The wheels of ``requirements`` for ``target`` and CPython ``python`` into ``dest`` (offline when cached)."""
    argv = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--no-deps",
            "--only-binary=:all:", "--implementation", "cp", "--python-version", python, "-d", dest, *requirements]
    for tag in PLATFORMS[target]:
        argv += ["--platform", tag]
    if subprocess.run(argv + ["--no-index", "--find-links", dest], capture_output=True).returncode == 0:
        return
    r = subprocess.run(argv, capture_output=True, text=True)
    if r.returncode != 0:
        errors = [line for line in r.stderr.splitlines() if not line.startswith("WARNING")]
        raise SystemExit(f"bundle {target}: pip download for Python {python} failed:\n" + "\n".join(errors))


def _cached(wheels: str, pins: dict[str, str]) -> bool:
    """Every pinned wheel already in the target's cache (tree-sitter once per Python): no pip run needed."""
    names = os.listdir(wheels)
    for dist, version in pins.items():
        have = [n for n in names if n.lower().startswith(f"{dist}-{version}-") and n.endswith(".whl")]
        tags = [f"cp{py.replace('.', '')}-" for py in PYTHONS] if dist == "tree_sitter" else [""]
        if not all(any(tag in n for n in have) for tag in tags):
            return False
    return True


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in PLATFORMS:
        print(f"usage: bundle_python.py TARGET OUT_DIR   (TARGET: {' '.join(PLATFORMS)})", file=sys.stderr)
        return 2
    target, out = argv[0], os.path.abspath(argv[1])
    pins = {}
    with open(REQUIREMENTS, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\s*([A-Za-z0-9_.-]+)==([^\s;#]+)", line)
            if m:
                pins[re.sub(r"[-_.]+", "_", m.group(1).lower())] = m.group(2)
    wheels = os.path.join(CACHE, target)
    os.makedirs(wheels, exist_ok=True)
    reqs = [f"{d}=={v}" for d, v in pins.items()]
    compiled = [r for r in reqs if r.startswith("tree_sitter==")]  # the rest is pure or abi3: one download
    if not _cached(wheels, pins):
        download(target, PYTHONS[0], wheels, reqs)
        for py in PYTHONS[1:]:
            download(target, py, wheels, compiled)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    got = {}
    for name in sorted(os.listdir(wheels)):
        if not name.endswith(".whl"):
            continue
        dist, version = name.split("-")[:2]
        if pins.get(dist.lower()) != version:
            continue  # an older pin's wheel in the cache
        got[dist.lower()] = version
        with zipfile.ZipFile(os.path.join(wheels, name)) as z:
            z.extractall(out)  # the compiled modules of each Python version have distinct names
    missing = {d: v for d, v in pins.items() if got.get(d) != v}
    if missing:
        raise SystemExit(f"bundle {target}: not downloaded: {missing}")
    # tree-sitter's compiled module for every Python we claim
    binaries = os.listdir(os.path.join(out, "tree_sitter"))
    for py in PYTHONS:
        tag = py.replace(".", "")
        if not any(re.search(rf"(cpython-{tag}|cp{tag})", b) for b in binaries):
            raise SystemExit(f"bundle {target}: no tree-sitter build for Python {py} in {binaries}")
    shutil.copytree(os.path.join(ROOT, "server", "goleash"), os.path.join(out, "goleash"),
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    with open(os.path.join(out, "bundle.json"), "w", encoding="utf-8") as f:
        json.dump({"target": target, "pythons": PYTHONS, "packages": got}, f, indent=1, sort_keys=True)
    size = sum(os.path.getsize(os.path.join(d, n)) for d, _, ns in os.walk(out) for n in ns)
    print(f"bundle {target}: {len(got)} packages for Python {', '.join(PYTHONS)}, {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
