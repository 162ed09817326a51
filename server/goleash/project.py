"""Files and packages on disk: walking paths like the go tool, package facts per directory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

from . import syntax
from .analysis import Analyzer, Evidence
from .config import module_go_version
from .findings import Finding
from .rule import PackageFacts

MAX_FILE_BYTES = 8 * 1024 * 1024


def _skip_dir(name: str) -> bool:
    return name.startswith((".", "_")) or name in ("vendor", "testdata", "node_modules")


def iter_go_files(paths: list[str], errors: list[str]) -> Iterator[str]:
    """Go files named or found below directories (skipping vendor/, testdata/, hidden dirs)."""
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not _skip_dir(d))
                for f in sorted(files):
                    if f.endswith(".go") and not f.startswith((".", "_")):
                        yield os.path.join(root, f)
        elif os.path.exists(p):
            yield p
        else:
            errors.append(f"{p}: no such file or directory")


def read_source(path: str) -> bytes:
    size = os.path.getsize(path)
    if size > MAX_FILE_BYTES:
        raise OSError(f"file too large ({size} bytes)")
    with open(path, "rb") as f:
        data = f.read()
    if b"\0" in data[:8192]:
        raise OSError("binary file")
    return data


@dataclass
class FileResult:
    path: str
    source: bytes
    findings: list[Finding]


def check_paths(paths: list[str], analyzer: Analyzer, errors: list[str],
                evidence: Evidence | None = None) -> Iterator[FileResult]:
    """Analyse files package by package (one directory at a time, facts shared within it)."""
    by_dir: dict[str, list[str]] = {}
    for f in iter_go_files(paths, errors):
        by_dir.setdefault(os.path.dirname(f), []).append(f)
    for d in by_dir:
        named = by_dir[d]
        # package facts come from every .go file of the directory, checked or not
        siblings = sorted(set(named) | {os.path.join(d, f) for f in _dir_go_files(d)})
        parsed = {}
        for f in siblings:
            try:
                src = read_source(f)
            except OSError as e:
                if f in named:
                    errors.append(f"{f}: {e.strerror or e}")
                continue
            tree = syntax.parse(src)
            parsed[f] = (src, tree)
        facts = analyzer.package_facts([(f, src, tree) for f, (src, tree) in parsed.items()])
        for f in named:
            if f not in parsed:
                continue
            src, tree = parsed[f]
            gov = module_go_version(f, analyzer.settings.go_version)
            yield FileResult(f, src, analyzer.analyze(src, tree, f, facts, gov, evidence))


def _dir_go_files(d: str) -> list[str]:
    try:
        return [f for f in os.listdir(d) if f.endswith(".go") and not f.startswith((".", "_"))]
    except OSError:
        return []


class PackageIndex:
    """The package of an open document: its siblings from the editor when open, else from disk."""

    def __init__(self, analyzer: Analyzer):
        self.analyzer = analyzer
        self._disk: dict[str, tuple[tuple[int, int], bytes]] = {}

    def facts_for(self, path: str | None, own: tuple[bytes, object] | None,
                  open_docs: dict[str, tuple[bytes, object]]) -> PackageFacts:
        """Facts for the package of ``path``: its own text and tree, open siblings, then disk."""
        files = [(path, own[0], own[1])] if own is not None else []
        if path:
            d = os.path.dirname(path)
            for name in sorted(_dir_go_files(d)):
                f = os.path.join(d, name)
                if f == path:
                    continue
                if f in open_docs:
                    src, tree = open_docs[f]
                    files.append((f, src, tree))
                    continue
                src = self._from_disk(f)
                if src is not None:
                    files.append((f, src, None))
        return self.analyzer.package_facts(files)

    def _from_disk(self, f: str) -> bytes | None:
        try:
            st = os.stat(f)
            stamp = (st.st_mtime_ns, st.st_size)
            hit = self._disk.get(f)
            if hit and hit[0] == stamp:
                return hit[1]
            src = read_source(f)
        except OSError:
            return None
        self._disk[f] = (stamp, src)
        return src
