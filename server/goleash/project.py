"""Files and packages on disk: walking paths like the go tool, package facts per directory."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass

from . import limits
from .analysis import Analyzer, Evidence
from .document import Unparsable
from .document import parse as parse_source
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


_KIND = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
         (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def read_source(path: str) -> bytes:
    """The bytes of a Go file. Only regular files are read (a FIFO named x.go would block,
    a symlink to /dev/zero never end): the check is made on the opened descriptor, and no
    more than MAX_FILE_BYTES are read even if the file grows meanwhile."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = next((name for test, name in _KIND if test(st.st_mode)), "not a regular file")
            raise OSError(f"not a regular file ({kind})")
        if st.st_size > MAX_FILE_BYTES:
            raise OSError(f"file too large ({st.st_size} bytes)")
        chunks, total = [], 0
        while total <= MAX_FILE_BYTES:
            b = os.read(fd, min(1 << 20, MAX_FILE_BYTES + 1 - total))
            if not b:
                break
            chunks.append(b)
            total += len(b)
        if total > MAX_FILE_BYTES:
            raise OSError(f"file too large (more than {MAX_FILE_BYTES} bytes)")
    finally:
        os.close(fd)
    data = b"".join(chunks)
    why = limits.document_refusal(data)
    if why:
        raise OSError(why)
    return data


@dataclass
class FileResult:
    path: str
    source: bytes
    findings: list[Finding]


def check_paths(paths: list[str], analyzer: Analyzer, errors: list[str],
                evidence: Evidence | None = None, budget: float | None = None,
                notes: list[str] | None = None) -> Iterator[FileResult]:
    """Analyse files package by package (one directory at a time, facts shared within it).
    ``budget``: seconds per file (limits.time_budget); a file that takes longer is reported
    in ``errors`` and yields no result. ``notes``: declarations the engine skipped."""
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
            try:
                tree = parse_source(src)
            except Unparsable as e:
                if f in named:
                    errors.append(f"{f}: not analysed: {e}")
                continue
            parsed[f] = (src, tree)
        facts = analyzer.package_facts([(f, src, tree) for f, (src, tree) in parsed.items()])
        analyzer.drain_skipped()  # noted per file by analyze below
        for f in named:
            if f not in parsed:
                continue
            src, tree = parsed[f]
            gov = module_go_version(f, analyzer.settings.go_version)
            try:
                with limits.time_budget(budget) as deadline:
                    found = analyzer.analyze(src, tree, f, facts, gov, evidence, check=deadline if budget else None)
            except limits.AnalysisTimeout:
                errors.append(f"{f}: analysis stopped after {budget:g} s (--timeout): not checked")
                continue
            _note(analyzer, f, notes)
            yield FileResult(f, src, found)


def _note(analyzer: Analyzer, path: str, notes: list[str] | None) -> None:
    for s in analyzer.drain_skipped():
        if notes is not None:
            notes.append(f"{path}:{s}")


def _dir_go_files(d: str) -> list[str]:
    try:
        return [f for f in os.listdir(d) if f.endswith(".go") and not f.startswith((".", "_"))]
    except OSError:
        return []


class PackageIndex:
    """The package of an open document: its siblings from the editor when open, else from disk."""

    def __init__(self, analyzer: Analyzer):
        self.analyzer = analyzer
        self._disk: dict[str, tuple[tuple[int, int], bytes | None]] = {}  # None: not a usable Go file

    def facts_for(self, path: str | None, own: tuple[bytes, object] | None,
                  open_docs: dict[str, tuple[bytes, object]], read_disk: bool = True,
                  missing: list[str] | None = None, check=None) -> PackageFacts:
        """Facts for the package of ``path``: its own text and tree, open siblings, then disk.
        With ``read_disk=False`` only siblings already read are used, the others are appended
        to ``missing`` (the server reads them after the first diagnostics, with ``load``).
        ``check``: see Analyzer.analyze."""
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
                src = self._from_disk(f, read_disk)
                if src is _MISSING:
                    if missing is not None:
                        missing.append(f)
                    continue
                if src is not None:
                    files.append((f, src, None))
        return self.analyzer.package_facts(files, check)

    def load(self, f: str, check=None) -> None:
        """Read, parse and summarise the file ``f`` now (what a ``read_disk=False`` call skipped)."""
        src = self._from_disk(f, True)
        if src is not None and src is not _MISSING:
            try:
                tree = parse_source(src)  # large files: in chunks, the GIL handed back meanwhile
            except Unparsable:
                self._disk[f] = (self._disk[f][0], None)
                return
            self.analyzer.package_facts([(f, src, tree)], check)  # the file's index and summaries, cached

    def _from_disk(self, f: str, read: bool = True):
        try:
            st = os.stat(f)
        except OSError:
            return None
        stamp = (st.st_mtime_ns, st.st_size)
        hit = self._disk.get(f)
        if hit and hit[0] == stamp:
            return hit[1]
        if not read:
            return _MISSING
        try:
            src = read_source(f)
        except OSError:
            src = None  # unreadable, special or binary: contributes nothing (until it changes)
        self._disk[f] = (stamp, src)
        return src


_MISSING = object()
