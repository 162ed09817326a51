"""The package model: all ``.go`` files of a directory, their types, and function summaries.

Built from one :class:`FileIndex` per file (picklable, no positions that go
stale: each declaration's digest, kind, the functions it declares and its
:class:`~goleash.model.types.DeclTypes`). Trees are parsed only when a
summary must be computed from a declaration that is not open.

Summaries are computed on demand, bottom-up through the calls a function
makes (memoised; a recursive cycle sees an empty summary), and cached by the
declaration's digest together with the fingerprints of the callee summaries
they used — so an edit recomputes the summaries of what it touched and of
the functions whose callees' summaries really changed.

Each check records the summaries it asked for (:meth:`PackageModel.recording`):
the findings of a declaration are reused only while those summaries and the
package's types are unchanged.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass, field

from tree_sitter import Node, Tree

from .types import DeclTypes, TypeIndex, decl_types, func_sig


_LOCK_RE = re.compile(rb"\.(?:R?Lock|R?Unlock|TryR?Lock)\b")
_CALL_RE = re.compile(rb"\b([A-Za-z_]\w*)\s*\(")


@dataclass(frozen=True)
class UnitInfo:
    start: int
    end: int
    digest: bytes
    kind: str                       # tree-sitter node type of the declaration
    keys: tuple[str, ...]           # function keys it declares (``Name`` / ``Type.Name``)
    types: DeclTypes
    lockish: bool = False           # its text touches a mutex (``.Lock(``, ``.Unlock``...)
    calls: frozenset = frozenset()  # names it calls (by text): an over-approximation of its callees


@dataclass
class FileIndex:
    path: str | None
    is_test: bool
    units: list[UnitInfo]


def unit_digest(source: bytes, node: Node) -> bytes:
    return hashlib.blake2b(source[node.start_byte:node.end_byte], digest_size=16).digest()


def index_file(path: str | None, source: bytes, units: list[Node]) -> FileIndex:
    infos = []
    for u in units:
        keys: tuple[str, ...] = ()
        if u.type in ("function_declaration", "method_declaration"):
            keys = (func_sig(u).key,)
        text = source[u.start_byte:u.end_byte]
        lockish = bool(_LOCK_RE.search(text))
        calls = frozenset(m.decode() for m in _CALL_RE.findall(text)) if keys else frozenset()
        infos.append(UnitInfo(u.start_byte, u.end_byte, unit_digest(source, u), u.type, keys, decl_types(u),
                              lockish, calls))
    return FileIndex(path, bool(path and path.endswith("_test.go")), infos)


class LRU(OrderedDict):
    def __init__(self, size: int):
        super().__init__()
        self.size = size

    def get_(self, key):
        if key in self:
            self.move_to_end(key)
            return self[key]
        return None

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.size:
            self.popitem(last=False)


class ModelCache:
    """Caches shared by every package model of one analyzer (server or CLI run)."""

    def __init__(self):
        self.summaries = LRU(50000)    # (kind, digest, types fp) -> (summary, {dep key: dep fp})


@dataclass
class PkgFile:
    path: str | None
    source: bytes
    index: FileIndex
    tree: Tree | None = None

    def unit_node(self, info: UnitInfo) -> Node | None:
        if self.tree is None:
            from .. import syntax
            self.tree = syntax.parse(self.source)
        for c in self.tree.root_node.named_children:
            if c.start_byte == info.start and c.type == info.kind:
                return c
        return None


class PackageModel:
    """Types and function summaries of one package (a directory's files, tests with their package)."""

    def __init__(self, files: list[PkgFile], cache: ModelCache | None = None):
        self.files = files
        self.cache = cache or ModelCache()
        self.types = TypeIndex([u.types for f in files for u in f.index.units])
        self.types_fp = self.types.fingerprint()
        self.decls: dict[str, tuple[PkgFile, UnitInfo]] = {}
        for f in files:
            for u in f.index.units:
                for k in u.keys:
                    self.decls.setdefault(k, (f, u))
        self._lock: dict[str, object] = {}
        self._lock_rel: set[str] | None = None
        self._busy: set[str] = set()
        self._recording: list[dict] = []

    # ------------------------------------------------------------ recording
    @contextmanager
    def recording(self):
        deps: dict[str, object] = {}
        self._recording.append(deps)
        try:
            yield deps
        finally:
            self._recording.pop()

    def _note(self, key: str, fp) -> None:
        for d in self._recording:
            d[key] = fp

    def deps_valid(self, deps: dict[str, object]) -> bool:
        """Are the summaries a cached result used unchanged?"""
        for key, fp in deps.items():
            kind, _, fkey = key.partition(":")
            if kind == "lock":
                s = self.lock_summary(fkey, record=False)
                if (s.fingerprint() if s is not None else None) != fp:
                    return False
        return True

    # ------------------------------------------------------------ summaries
    def lock_summary(self, key: str, record: bool = True):
        """The lock summary of a package function or method (``Name`` / ``Type.Name``), or None."""
        base = key.split("#", 1)[0]
        if key.endswith("#ret"):
            return None
        s = self._lock.get(base, False)
        if s is False:
            s = self._compute_lock(base)
        if record:
            self._note("lock:" + base, s.fingerprint() if s is not None else None)
        return s

    def lock_relevant(self, names) -> bool:
        """Could calling functions of these names touch a mutex (directly or through their callees)?"""
        rel = self._lock_names()
        return any(n in rel for n in names)

    def _lock_names(self) -> set[str]:
        """Names of package functions/methods that may lock: a text-level fixpoint over the call names."""
        if self._lock_rel is None:
            by_name: dict[str, list[UnitInfo]] = {}
            for f in self.files:
                for u in f.index.units:
                    for k in u.keys:
                        by_name.setdefault(k.rsplit(".", 1)[-1], []).append(u)
            rel = {name for name, us in by_name.items() if any(u.lockish for u in us)}
            changed = True
            while changed:
                changed = False
                for name, us in by_name.items():
                    if name not in rel and any(u.calls & rel for u in us):
                        rel.add(name)
                        changed = True
            self._lock_rel = rel
        return self._lock_rel

    def _compute_lock(self, key: str):
        if key in self._busy:
            return None            # recursion: the cycle sees an empty summary
        hit = self.decls.get(key)
        if hit is None or not self.lock_relevant((key.rsplit(".", 1)[-1],)):
            self._lock[key] = None
            return None
        pf, info = hit
        ck = ("lock", info.digest, self.types_fp, pf.index.is_test)
        cached = self.cache.summaries.get_(ck)
        if cached is not None:
            summary, deps = cached
            self._busy.add(key)
            try:
                ok = self.deps_valid(deps)
            finally:
                self._busy.discard(key)
            if ok:
                self._lock[key] = summary
                return summary
        self._busy.add(key)
        try:
            with self.recording() as deps:
                summary = self._lock_from_tree(pf, info, key)
            deps.pop("lock:" + key, None)
        finally:
            self._busy.discard(key)
        self._lock[key] = summary
        self.cache.summaries.put(ck, (summary, dict(deps)))
        return summary

    def _lock_from_tree(self, pf: PkgFile, info: UnitInfo, key: str):
        from .effects import UnitModel
        from .locks import LockModel, summarize
        node = pf.unit_node(info)
        if node is None:
            return None
        um = UnitModel(node, pf.source, self.types)
        lm = LockModel(um, self)
        top = um.top
        if top is None:
            return None
        flow = lm.flow(top)
        if flow is None:
            return None
        return summarize(flow, key, node.start_byte)

    # --------------------------------------------------------------- anchors
    def resolve_anchor(self, func: str, rel_start: int, rel_end: int) -> tuple[str | None, int, int] | None:
        """(path, start, end) in the current text of the declaration ``func``."""
        hit = self.decls.get(func)
        if hit is None:
            return None
        pf, info = hit
        return pf.path, info.start + rel_start, info.start + rel_end
