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

import bisect
import hashlib
import itertools
import os
import re
from collections import Counter, OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from tree_sitter import Node, Tree

from . import buildtags
from .cfg import then_ends
from .types import DeclTypes, TypeIndex, decl_types


_LOCK_RE = re.compile(rb"\.(?:R?Lock|R?Unlock|TryR?Lock)\b")
# ``x.Lock()`` (or RLock) right before ``defer x.Unlock()``: held until the function returns, and
# released then on every path; a function whose lock operations are all of this form leaves its
# callers' locks as they were
_LOCK_DEFER_RE = re.compile(rb"([\w.]+)\.(R?)Lock\(\)[ \t]*(?:;[ \t]*|\r?\n\s*)defer[ \t]+\1\.\2Unlock\(\)")
# ``x.Lock()`` ... ``x.Unlock()`` alone on their lines in one statement list, with only simple statements
# between (no brace: no block, closure or literal; no label, and no exit below): released on every path
# that took it, unless a panic (which a deferred recover seldom follows) or a goto (none in the
# declaration) leaves in between
_LOCK_PAIR_RE = re.compile(rb"(?m)^[ \t]*([\w.]+)\.(R?)Lock\(\)[ \t]*\r?\n((?:(?![ \t]*\w+:\s*$)[^{}\n]*\n)*?)"
                           rb"[ \t]*\1\.\2Unlock\(\)[ \t]*$")
_EXIT_RE = re.compile(rb"\b(?:return|break|continue|goto|fallthrough|case|default)\b")


def hands_over_locks(text: bytes) -> bool:
    """By a declaration's text: could it leave other mutexes held than at its start (one it locked and
    left held, or one it released without locking it)? Not when each of its lock operations is part of
    ``x.Lock(); defer x.Unlock()``, or of an ``x.Lock()`` ... ``x.Unlock()`` pair around simple statements
    that cannot leave (:data:`_LOCK_PAIR_RE`)."""
    text = _LOCK_DEFER_RE.sub(b"", text)
    if not _LOCK_RE.search(text):
        return False
    if b"goto" not in text:
        text = _LOCK_PAIR_RE.sub(lambda m: m.group(0) if _EXIT_RE.search(m.group(3)) else b"", text)
    return bool(_LOCK_RE.search(text))


# ``\b([A-Za-z_]\w*+)\s*+\(`` (a name, then a parenthesis) read on the reversed text (call_names)
_CALL_BACKWARDS = re.compile(rb"\(\s*+(\w+)")
_DIGITS = frozenset(b"0123456789")
_CALL_NAMES: OrderedDict = OrderedDict()   # declaration text -> call_names(text), the latest first out
_CALL_NAMES_MAX = 4096


def call_names(text: bytes) -> frozenset[str]:
    """The names a declaration's text calls (``name(``, ``x.name(``). Read once per text: the file index,
    the lock model and the channel model all ask for the same declaration's (a regex over every byte of
    a package costs more than hashing it)."""
    got = _CALL_NAMES.get(text)
    if got is None:
        # read backwards: a pattern that starts with "(" is searched for many times faster than
        # one that starts with \b; the greedy name behind it is the whole word (one that starts with a
        # digit is a number's end, not a name)
        got = _CALL_NAMES[text] = frozenset(m[::-1].decode() for m in set(_CALL_BACKWARDS.findall(text[::-1]))
                                            if m[-1] not in _DIGITS)
        if len(_CALL_NAMES) > _CALL_NAMES_MAX:
            _CALL_NAMES.popitem(last=False)
    return got


_STOP_CALL = re.compile(rb"\.(?:SkipNow|Skipf?|Fatalf?|FailNow)\s*\(")
# A declaration's text that may have channel/WaitGroup/cancel effects or stop a test (``effectish``): the
# plain tokens first (substring scans in C, several times faster than one alternation over the text),
# then the three that need a word boundary
_EFFECT_TOKENS = (b"<-", b".Done(", b".Add(", b".Wait(", b".Go(", b".Fatal(", b".Fatalf(", b".FailNow(", b".Skip(",
                  b".Skipf(", b".SkipNow(")
_CLOSE_RE = re.compile(rb"\bclose\(")
_CANCEL_RE = re.compile(rb"[cC]ancel\w*+\(")
_REQUIRE_RE = re.compile(rb"\brequire\.")


def effect_text(text: bytes, is_test: bool) -> bool:
    """Could a declaration of this text have effects an effect summary records (a channel operation, a
    WaitGroup or cancel call, a close, a test stop; in a ``_test.go`` file a report too: ``t.Errorf``)?"""
    if any(t in text for t in _EFFECT_TOKENS):
        return True
    if (b"close(" in text and _CLOSE_RE.search(text)) or (b"ancel" in text and _CANCEL_RE.search(text)) or \
            (b"require." in text and _REQUIRE_RE.search(text)):
        return True
    return is_test and (b".Error(" in text or b".Errorf(" in text)


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
    effectish: bool = False         # its text touches a channel, a WaitGroup or a cancel func
    chanmake: bool = False          # its text makes a channel
    handish: bool = False           # it may change which mutexes are held (hands_over_locks)
                                    # (it may leave a lock held, or release one it did not take)


@dataclass(frozen=True)
class ReachedByTests:
    """The functions and methods the package's test files declare (keys), and those a test can run."""
    units: frozenset
    live: frozenset


@dataclass
class FileIndex:
    path: str | None
    is_test: bool
    units: list[UnitInfo]
    builds_default: bool = True   # builds for linux/amd64 (buildtags): its declarations come first


def unit_digest(source: bytes, node: Node, prev_end: int = 0) -> bytes:
    """The digest of a declaration with the comments above it that its analysis reads (its doc comment:
    ``syntax.decl_context``)."""
    from .. import syntax
    h = hashlib.blake2b(source[node.start_byte:node.end_byte], digest_size=16)
    h.update(b"\0" + syntax.decl_context(source, node.start_byte, prev_end))
    return h.digest()


def index_file(path: str | None, source: bytes, units: list[Node]) -> FileIndex:
    infos = []
    is_test = bool(path and path.endswith("_test.go"))
    prev_end = 0
    for u in units:
        types = decl_types(u)
        keys: tuple[str, ...] = tuple(f.key for f in types.funcs)   # (a function's one signature)
        text = source[u.start_byte:u.end_byte]
        lockish = bool(_LOCK_RE.search(text))
        handish = lockish and hands_over_locks(text)
        effectish = effect_text(text, is_test)
        chanmake = b"make(chan" in text
        calls = call_names(text) if keys else frozenset()
        digest = unit_digest(source, u, prev_end)
        prev_end = u.end_byte
        infos.append(UnitInfo(u.start_byte, u.end_byte, digest, u.type, keys, types,
                              lockish, calls, effectish, chanmake, handish))
    fi = FileIndex(path, is_test, infos, buildtags.builds_default(path, source))
    for which in ("types", "calls"):  # worked out now, so that the disk cache's copy carries them
        _file_key(fi, which)
    return fi


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


# a name a const declaration declares: first on a line (``const X =``, ``\tX Type = iota``, ``\tA, B = 1, 2``)
_CONST_NAME = re.compile(rb"(?m)(?:^const[ \t]+|^[ \t]+|,[ \t]*)([A-Za-z_]\w*)(?=[ \t]*(?:,|=|[A-Za-z_*\[][^=\n]*=|$))")
_BUILTINS = frozenset({"len", "cap", "nil", "true", "false", "append", "string", "int", "int64", "uint64",
                       "float64", "byte", "rune", "bytes", "reflect", "fmt", "strings"})
_PIPE_ENDERS = frozenset({"Close", "SetDeadline", "SetReadDeadline", "SetWriteDeadline"})
_WORD = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_SPACE = frozenset(b" \t\r\n\f\v")


# where a method of a type uses the synchroniser it holds (PackageModel.lock_site)
_USE_OF = {"sync.Mutex": re.compile(rb"\.R?Lock\(\)"), "sync.Once": re.compile(rb"\.Do\("),
           "sync.Cond": re.compile(rb"\.(?:Wait|Signal|Broadcast)\(\)")}


def _call_count(name: str, source: bytes, start: int, end: int) -> int:
    """How many times ``name(`` (``name (``) is written in ``source[start:end]``, not as the tail of a
    longer word. A scan with ``bytes.find``: a regular expression per name cost more to compile (6,900
    names in a cold check of six std packages, 5 % of it) than the scans it served."""
    nb = name.encode()
    n = 0
    i = source.find(nb, start, end)
    while i != -1:
        if i == 0 or source[i - 1] not in _WORD:
            j = i + len(nb)
            while j < end and source[j] in _SPACE:
                j += 1
            if j < end and source[j] == 0x28:   # "("
                n += 1
        i = source.find(nb, i + 1, end)
    return n


def _file_key(fi: FileIndex, which: str) -> bytes:
    """A digest of what a file contributes to the package's merged types (``types``) or to its
    text-level call graph (``calls``): unchanged while typing inside a function body. Memoised on
    the FileIndex (which is cached by the file's content)."""
    attr = "_key_" + which
    got = fi.__dict__.get(attr)
    if got is None:
        if which == "types":
            data = repr([u.types for u in fi.units])
        else:
            data = repr([(u.keys, sorted(u.calls), u.lockish, u.effectish, u.handish) for u in fi.units])
        got = hashlib.blake2b(data.encode(), digest_size=16).digest()
        fi.__dict__[attr] = got
    return got


OUTSIDE_DEPS = frozenset({"modnever", "modctx", "modign", "modignvar", "modexit", "modcallers", "modapp", "modtest",
                          "modfail", "modlock",
                          "modindex", "modkind", "hertzroot"})   # dependency kinds read from other packages' files (model/module.py)


# dependency kinds whose recorded value is the answer to one question, asked again (``kind:key`` -> the
# question of the key): PackageModel._deps_valid
_ASKED_AGAIN = {
    "stops": lambda m, k: m.always_stops(k, record=False),
    "selections": lambda m, k: m.selections(k, record=False),
    "importof": lambda m, k: m.import_of(k, record=False),
    "const": lambda m, k: m.is_const(k, record=False),
    "neverread": lambda m, k: m.field_never_read(k, record=False),
    "neverwaited": lambda m, k: m.waitgroup_field_never_waited(k, record=False),
    "settrue": lambda m, k: m.only_set_true(k, record=False),
    "bitnever": lambda m, k: m.bit_never_raised(k, record=False),
    "swaponce": lambda m, k: m.only_swapped_once(k, record=False),
    "onceonly": lambda m, k: m.only_run_by_once(k, record=False),
    "releasedunheld": lambda m, k: m.released_unheld(k, record=False),
    "nilfield": lambda m, k: m.set_to_nil(k, True, record=False),
    "nilvar": lambda m, k: m.set_to_nil(k, False, record=False),
    "fieldassigns": lambda m, k: m.field_assignments(k, record=False),
    "nevertrue": lambda m, k: m.never_true(k, record=False),
    "litvar": lambda m, k: m.is_literal_var(k, record=False),
    "semvar": lambda m, k: m.semaphore_var(k, record=False),
    "freshrecv": lambda m, k: m.fresh_receivers_only(k.rpartition(".")[0], k.rpartition(".")[2], record=False),
    "callflags": lambda m, k: m.flags_at_calls(k.partition(":")[2], int(k.partition(":")[0]), record=False),
    "modecalls": lambda m, k: m.mode_only_calls(*k.split("\x00"), record=False),
    "testsonly": lambda m, k: m.tests_only_method(k, record=False),
    "testdead": lambda m, k: m.never_runs(k, record=False),
    "unsharedrecv": lambda m, k: m.unshared_receivers_only(k.rpartition(".")[0], k.rpartition(".")[2],
                                                         record=False),
    "spells": lambda m, k: m.spelling(k),
    "quietctx": lambda m, k: m.context_field_never_ends(k.rpartition(".")[0], k.rpartition(".")[2], record=False),
    "watched": lambda m, k: m.watched_kind(k, record=False),
    "inplace": lambda m, k: m.locked_in_place(k, record=False),
    "onlyinplace": lambda m, k: m.only_called_in_place(k, record=False),
}

# the same for answers read from other packages' files of the module (recorded as (answer, module stamp)),
# asked again once the module changed
_ASKED_AGAIN_IN_MODULE = {
    "modindex": lambda m, k: m.indexed_field(k, record=False),
    "modkind": lambda m, k: m.indexed_kind(k, record=False),
    "hertzroot": lambda m, k: m.hertz_root_context(record=False),
    "subroot": lambda m, k: m.subcommands_root(record=False),
    "modlock": lambda m, k: m.embedded_lock(k, record=False),
    "modapp": lambda m, k: m.in_application(record=False),
    "modtest": lambda m, k: m.test_only_package(record=False),
    "modexit": lambda m, k: m.exits_in_module(k.lstrip("."), record=False, method=k.startswith(".")),
    "modnever": lambda m, k: m.never_called_in_module(k, record=False),
}


class Deps(dict):
    """What a cached result used: ``{"kind:key": fingerprint}`` (see PackageModel.recording), with the
    token of the last package model that found it valid (PackageModel.deps_valid's fast path)."""

    token: int = 0
    _split: tuple | None = None
    _out: tuple | None = None

    def __reduce__(self):
        # pickled (the disk cache) without the token: tokens count models of one process only
        return (Deps, (dict(self),))

    def split(self) -> tuple[frozenset, frozenset, frozenset, dict]:
        """The keys by kind, for set tests: declarations whose text was used, functions whose callers
        were, and functions whose summaries were (``kind:key#...`` reduced to the key); and the fields
        whose setters were (field -> the declarations that set it then). Entries of recursion cycles
        count with what they were computed from."""
        return self._parts()[1:5]

    def summary_entries(self) -> dict[str, frozenset]:
        """The summary and ``stops`` entries used (``lock:Type.name#...``), those of recursion cycles too,
        by the function they summarise (``Type.name``)."""
        return self._parts()[5]

    def _parts(self) -> tuple:
        if self._split is None or self._split[0] != len(self):
            text, callers, summaries, setters, entries, asked = set(), set(), set(), {}, {}, {}
            for key, fp in self.items():
                kind, _, fkey = key.partition(":")
                if kind == "text":
                    text.add(fkey)
                elif kind == "callers":
                    callers.add(fkey)
                elif kind in ("setters", "raisers"):
                    setters[fkey] = setters.get(fkey, frozenset()) | {k for k, _d in fp or ()}
                elif kind == "cycle":
                    t, c, sm, st = fp[1].split()
                    text |= t
                    callers |= c
                    summaries |= sm
                    for k, es in fp[1].summary_entries().items():
                        entries.setdefault(k, set()).update(es)
                    for f, ks in st.items():
                        setters[f] = setters.get(f, frozenset()) | ks
                elif kind in OUTSIDE_DEPS:
                    pass   # (outside())
                elif kind == "spells":
                    asked[fkey] = fp
                else:
                    k = fkey.split("#", 1)[0]
                    summaries.add(k)
                    entries.setdefault(k, set()).add(key)
            self._split = (len(self), frozenset(text), frozenset(callers), frozenset(summaries), setters,
                           {k: frozenset(es) for k, es in entries.items()}, asked)
        return self._split

    def spelled(self) -> dict:
        """The ``spells:`` entries (word -> the declarations spelling it then): what the channel index read."""
        return self._parts()[6]

    def outside(self) -> frozenset:
        """The entries about files outside the package (``modctx:``): no package model's token vouches
        for them, each use asks again. (Asked of every result read from the cache: a scan of the keys only.)"""
        got = self._out
        if got is None or got[0] != len(self):
            got = self._out = (len(self), frozenset(k for k in self if k.partition(":")[0] in OUTSIDE_DEPS))
        return got[1]


@dataclass
class _Epoch:
    """What a package model leaves for the next model of the same package (the next keystroke):
    its declarations' digests and the summaries it computed."""
    token: int
    types_fp: str
    calls: tuple
    layout: "_Layout"
    memo: dict[str, dict[str, object]]
    stops: dict[str, bool]
    cycles: dict[str, dict[str, "Deps"]]


@dataclass(eq=False)
class _ChanRead:
    """How far the channel index has been read (PackageModel._load_chans)."""
    names: set[str]                                   # the package's channel (and Cond) field and var names
    types: set[str] = field(default_factory=set)      # ... the struct types among them (not also a field or var)
    tokens: set[str] = field(default_factory=set)     # the names whose declarations were read
    units: set[tuple[int, int]] = field(default_factory=set)   # (file, declaration) read
    order: dict[int, tuple[int, int, int]] = field(default_factory=dict)   # id(fact) -> its place in the package


_TOKENS = itertools.count(1)


def _without(d: dict, keys: set) -> dict:
    """A copy of ``d`` without ``keys`` (few keys, a large dict: copy, then drop)."""
    out = dict(d)
    for k in keys:
        out.pop(k, None)
    return out


class ModelCache:
    """Caches shared by every package model of one analyzer (server or CLI run)."""

    def __init__(self):
        self.summaries = LRU(50000)    # (kind, digest, types fp) -> (summary, {dep key: dep fp})
        # by the files' _file_key("types"), in order: the merged TypeIndex and its fingerprint
        self.types: LRU = LRU(32)
        # by (kind, the files' _file_key("calls"), in order): PackageModel._relevant_names, and the
        # text-level call graph (PackageModel._text_calls) under ("graph", ...)
        self.relevant: LRU = LRU(64)
        # by the files' paths, in order: the last model of that package (_Epoch)
        self.epochs: LRU = LRU(16)


@dataclass
class PkgFile:
    path: str | None
    source: bytes
    index: FileIndex
    tree: Tree | None = None

    def unit_node(self, info: UnitInfo) -> Node | None:
        """The top-level declaration ``info`` describes, in this file's tree (parsed on first need): the
        top-level node holding its first byte, found from the root down (no table of every declaration of
        the file: a file's model asks for a few of them)."""
        if self.tree is None:
            from .. import syntax
            self.tree = syntax.parse(self.source)
        root = self.tree.root_node
        idx = root.first_named_child_for_byte(info.start) if info.start < root.end_byte else None
        return idx if idx is not None and idx.start_byte == info.start and idx.type == info.kind else None


@dataclass(eq=False)
class _Decls:
    """``key -> (PkgFile, UnitInfo)`` over a layout's ``key -> (file position, UnitInfo)`` and the
    model's files, resolved on access: a model is made per keystroke, and copying the ~1,500 entries of
    a package like net/http each time cost more than the few lookups an edit makes."""

    __slots__ = ("_d", "_files")

    def __init__(self, d: dict[str, tuple[int, UnitInfo]], files: list[PkgFile]):
        self._d, self._files = d, files

    def get(self, key: str, default=None):
        hit = self._d.get(key)
        return (self._files[hit[0]], hit[1]) if hit is not None else default

    def __getitem__(self, key: str) -> tuple[PkgFile, UnitInfo]:
        i, u = self._d[key]
        return self._files[i], u

    def __contains__(self, key) -> bool:
        return key in self._d

    def __len__(self) -> int:
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def items(self):
        return ((k, (self._files[i], u)) for k, (i, u) in self._d.items())


@dataclass
class _Layout:
    """Where a package's declarations are: key -> (file position, UnitInfo) (the first file's, as
    ``PackageModel.decls``: build-tag variants), their digests, and the digests of the declarations
    without function keys (types, vars...). Patched from the package's last layout when only a few files
    changed and kept their keys (typing in a function body), else built over every file."""
    indexes: tuple                      # the files' FileIndex objects, in order
    decls: dict[str, tuple[int, UnitInfo]]
    digests: dict[str, bytes]
    others: tuple                       # per file: sorted digests of its declarations without keys
    dups: frozenset                     # keys declared more than once (patches must not touch them)
    changed: set[str] | None = None     # when patched: the keys whose digest differs from ``base``'s
    base: "_Layout | None" = None

    @staticmethod
    def of(files: list[PkgFile], cache: ModelCache) -> "_Layout":
        indexes = tuple(f.index for f in files)
        pkey = tuple(f.path for f in files)
        prev = cache.epochs.get_(pkey) if all(pkey) else None
        if prev is not None:
            got = prev.layout._patched(indexes)
            if got is not None:
                return got
        decls: dict[str, tuple[int, UnitInfo]] = {}
        dups = set()
        for i, fi in _default_first(indexes):   # (a function declared per platform: linux's first)
            for u in fi.units:
                for k in u.keys:
                    if k in decls:
                        dups.add(k)
                    else:
                        decls[k] = (i, u)
        digests = {k: u.digest for k, (_i, u) in decls.items()}
        others = tuple(_others(fi) for fi in indexes)
        return _Layout(indexes, decls, digests, others, frozenset(dups))

    def _patched(self, indexes: tuple) -> "_Layout | None":
        if len(indexes) != len(self.indexes):
            return None
        moved = [i for i, (a, b) in enumerate(zip(self.indexes, indexes)) if a is not b]
        if len(moved) > 4:
            return None
        decls, digests, changed = dict(self.decls), dict(self.digests), set()
        for i in moved:
            old, new = self.indexes[i], indexes[i]
            if _others(old) != _others(new):
                return None
            old_keys = [k for u in old.units for k in u.keys]
            new_keys = [k for u in new.units for k in u.keys]
            if old_keys != new_keys or not self.dups.isdisjoint(new_keys):
                return None
            for u in new.units:
                for k in u.keys:
                    decls[k] = (i, u)
                    if digests[k] != u.digest:
                        digests[k] = u.digest
                        changed.add(k)
        return _Layout(indexes, decls, digests, self.others, self.dups, changed, self)


def _default_first(indexes) -> list[tuple[int, FileIndex]]:
    """The files (position, index) with those that build for linux/amd64 first, each group in order."""
    got = list(enumerate(indexes))   # (a FileIndex cached before the field existed has its default, True)
    return [x for x in got if x[1].builds_default] + [x for x in got if not x[1].builds_default]


def _others(fi: FileIndex) -> tuple:
    """The sorted digests of a file's declarations without function keys (memoised on the FileIndex)."""
    got = fi.__dict__.get("_others")
    if got is None:
        got = fi.__dict__["_others"] = tuple(sorted(u.digest for u in fi.units if not u.keys))
    return got


UNIT_MODELS = 64   # UnitModels a PackageModel keeps for reuse (see PackageModel.unit_model)


class PackageModel:
    """Types and function summaries of one package (a directory's files, tests with their package)."""

    def __init__(self, files: list[PkgFile], cache: ModelCache | None = None):
        self.files = files
        self.cache = cache or ModelCache()
        tkey = tuple(_file_key(f.index, "types") for f in files)
        got = self.cache.types.get_(tkey)
        if got is None:   # typing in a function body keeps the package's types: built once
            index = TypeIndex([u.types for _, fi in _default_first([f.index for f in files]) for u in fi.units])
            # (the index is made of what each file contributes, in this order: their digests name it, at a
            # fraction of the cost of printing the merged index)
            got = (index, hashlib.blake2b(repr((tkey, [f.index.builds_default for f in files])).encode(),
                                          digest_size=16).hexdigest())
            self.cache.types.put(tkey, got)
        self.types, self.types_fp = got
        self._layout = _Layout.of(files, self.cache)
        self.decls = _Decls(self._layout.decls, files)
        self._memo: dict[str, dict[str, object]] = {}
        self._rel: dict[str, set[str]] = {}
        self._orders: dict | None = None
        self._writes: dict | None = None
        self._frees: dict | None = None
        self._worker_frees: dict | None = None
        self._unshared: set[str] | None = None
        self._chans = None
        self._chan_read: _ChanRead | None = None
        self._held_memo: dict = {}
        self._callers_held: dict = {}
        self._callers_written: dict = {}
        self._unit_models: dict = {}
        self._ums: LRU = LRU(UNIT_MODELS)
        self._busy: set[tuple[str, str]] = set()
        self._computing: list[list[bool]] = []          # summaries being computed: [on a recursion cycle]
        self._cycles: dict[str, dict[str, Deps]] = {}   # kind -> key -> what a summary on a cycle used
        # while held_by_callers builds its callers' flows: summaries made meanwhile that met a recursion
        # cycle (kind -> key -> summary), kept only until it returns, and the depth of _computing it began at
        self._sandbox: dict[str, dict] | None = None
        self._sandbox_from = 0
        self._recording: list[dict] = []
        self._callers: dict[str, set[str]] | None = None
        self._consts: set[str] | None = None
        self._litvars: dict[str, bool] = {}
        self._semvars: dict[str, bool] = {}
        self._setters: dict[str, tuple[str, ...]] = {}
        self._changed_sets: dict[str, bool] = {}
        self._stops_memo: dict[str, bool] = {}
        self._field_set: dict[str, bool] = {}
        self._spelling: dict[str, tuple] = {}   # word -> the declarations spelling it (spelling)
        self._never_set: dict[str, bool] = {}
        self._never_read: dict[str, bool] = {}
        self._never_waited: dict[str, bool] = {}
        self._never_true: dict[str, bool] = {}
        self._quiet_ctx: dict[str, bool] = {}
        self._valid_memo: dict[tuple[str, object], bool] = {}   # (question, recorded answer) -> still right
        self.token = next(_TOKENS)
        self._inherit(files)

    # ------------------------------------------------------------- epochs
    def _inherit(self, files: list[PkgFile]) -> None:
        """Take over from the last model of this package (same files, same types, same text-level call
        graph: typing inside function bodies) the summaries of every function that neither changed nor
        calls, directly or not, one that changed; and let deps_valid accept, by a set lookup, results that
        model found valid and that used none of those."""
        self._base = 0                       # the token of the model inherited from
        self._changed: set[str] = set()      # declarations whose text changed since then
        self._dirty: set[str] = set()        # ... and the functions whose summaries may have changed
        self._kept: set[str] = set()         # "kind:key" summaries of changed declarations found unchanged
        self._changed_calls: set[str] | None = None
        lay = self._layout
        calls = tuple(_file_key(f.index, "calls") for f in files)
        pkey = tuple(f.path for f in files)
        prev = self.cache.epochs.get_(pkey) if all(pkey) else None
        # a layout patched from the last one has its keys and others by construction
        patched = prev is not None and lay.base is prev.layout and lay.changed is not None
        lay.base = None   # (no chain of layouts kept)
        if prev is not None and prev.types_fp == self.types_fp and prev.calls == calls and \
                (patched or (prev.layout.others == lay.others and prev.layout.digests.keys() == lay.digests.keys())):
            changed = lay.changed if patched else {k for k, d in lay.digests.items() if prev.layout.digests.get(k) != d}
            self._base, self._changed, self._dirty = prev.token, changed, changed
            self._memo = {kind: _without(m, changed) for kind, m in prev.memo.items()}
            self._cycles = {kind: _without(m, changed) for kind, m in prev.cycles.items()}
            self._stops_memo = _without(prev.stops, changed)
            kept = self._same_summaries(prev, changed)
            if kept is not None:
                self._kept = kept
            else:   # the callers' summaries may change too
                dirty = self._dirty = self._callers_closure(changed)
                self._memo = {kind: _without(m, dirty) for kind, m in prev.memo.items()}
                self._cycles = {kind: _without(m, dirty) for kind, m in prev.cycles.items()}
                self._stops_memo = _without(prev.stops, dirty)
        if all(pkey):
            self.cache.epochs.put(pkey, _Epoch(self.token, self.types_fp, calls, lay, self._memo, self._stops_memo,
                                                   self._cycles))

    def _same_summaries(self, prev: _Epoch, changed: set[str]) -> set[str] | None:
        """Do the declarations that changed have the summaries they had in ``prev`` (the ones it asked
        for)? Typing that does not touch a function's locks, channels or exits keeps them. The summaries
        compared (``kind:key``), or None when one differs."""
        kept = set()
        for k in changed:
            for kind, m in prev.memo.items():
                if k in m:
                    old, new = m[k], self._summary(kind, k, record=False)
                    if (old.fingerprint() if old is not None else None) != \
                            (new.fingerprint() if new is not None else None):
                        return None
                    kept.add(f"{kind}:{k}")
            if k in prev.stops:
                if self.always_stops(k, record=False) != prev.stops[k]:
                    return None
                kept.add(f"stops:{k}")
        return kept

    def _text_calls(self) -> tuple[dict[str, list[tuple[str, UnitInfo]]], dict[str, set[str]]]:
        """The package's call graph by text: function name -> its declarations (key, UnitInfo), and callee
        name -> the keys of the functions whose text calls it. Cached by what each file contributes."""
        ckey = ("graph", tuple(_file_key(f.index, "calls") for f in self.files))
        got = self.cache.relevant.get_(ckey)
        if got is None:
            by_name: dict[str, list[tuple[str, UnitInfo]]] = {}
            callers: dict[str, set[str]] = {}
            for f in self.files:
                for u in f.index.units:
                    for k in u.keys:
                        by_name.setdefault(k.rsplit(".", 1)[-1], []).append((k, u))
                        for c in u.calls:
                            callers.setdefault(c, set()).add(k)
            got = (by_name, callers)
            self.cache.relevant.put(ckey, got)
        return got

    def _callers_closure(self, keys: set[str]) -> set[str]:
        """``keys`` and every function that calls one of them, transitively (by the names their text calls)."""
        if not keys:
            return set()
        by_name, callers = self._text_calls()
        out = set(keys)
        todo = list({k.rsplit(".", 1)[-1] for k in keys})
        seen = set(todo)
        while todo:
            for k in callers.get(todo.pop(), ()):
                out.add(k)
                name = k.rsplit(".", 1)[-1]
                if name not in seen:
                    seen.add(name)
                    out.update(k2 for k2, _u in by_name.get(name, ()))
                    todo.append(name)
        return out

    def _still_valid(self, deps: Deps) -> bool:
        """The fast path of deps_valid: ``deps`` was valid for the model this one inherited from, and
        none of what it used can have changed since."""
        text, callers, summaries, setters = deps.split()
        if any(self._spells_touched(w, fp) for w, fp in deps.spelled().items()):
            return False
        if not (text.isdisjoint(self._changed) and callers.isdisjoint(self._calls_of_changed()) and
                not any(self._setters_touched(f, ks) for f, ks in setters.items())):
            return False
        if summaries.isdisjoint(self._dirty):
            return True
        # it used the summaries of a changed declaration (itself, or through a recursion cycle it used):
        # still valid when each one was found unchanged
        if not self._kept:
            return False
        entries = deps.summary_entries()
        for k in summaries & self._dirty:
            used = entries.get(k)
            if not used or not used <= self._kept:
                return False
        return True

    def _setters_touched(self, field: str, keys) -> bool:
        """May the declarations setting ``field`` differ from ``keys`` (what a result saw) since the
        inherited model: a changed declaration among them, or one whose text now sets it?"""
        if not self._changed.isdisjoint(keys):
            return True
        got = self._changed_sets.get(field)
        if got is None:
            pats = _setter_re(field)
            got = self._changed_sets[field] = any(
                p.search(self.decls[k][0].source, self.decls[k][1].start, self.decls[k][1].end)
                for k in self._changed if k in self.decls for p in pats)
        return got

    def _calls_of_changed(self) -> set[str]:
        """The names the changed declarations call (their callers' lists may have changed)."""
        if self._changed_calls is None:
            self._changed_calls = set()
            for k in self._changed:
                if k in self.decls:
                    self._changed_calls.update(self.decls[k][1].calls)
        return self._changed_calls

    def _touched(self, deps: Deps) -> dict:
        """The entries of ``deps`` (valid for the inherited model) whose value may have changed since: the
        text of a changed declaration, the callers of a name a changed declaration calls, the summary of a
        function that changed or calls one that did, and every recursion-cycle entry. Each entry depends on
        its own key only, so the others are still valid."""
        changed_calls = self._calls_of_changed()
        out = {}
        for key, fp in deps.items():
            kind, _, fkey = key.partition(":")
            if kind == "text":
                hit = fkey in self._changed
            elif kind == "callers":
                hit = fkey in changed_calls
            elif kind in ("cycle", "handler", "selections", "raisers", "callflags", "testsonly", "testdead",
                          "modecalls"):
                hit = True   # (a handler is named anywhere in the package's text: asked again; so are uses
                #             of a method name and assignments of a field, which any body may add)
            elif kind == "rel":
                hit = False   # (an inherited model has the same text-level call graph: the same answers)
            elif kind == "setters":
                hit = self._setters_touched(fkey, {k for k, _d in fp})
            elif kind == "spells":
                hit = self._spells_touched(fkey, fp)
            else:
                hit = fkey.split("#", 1)[0] in self._dirty
            if hit:
                out[key] = fp
        return out

    # ------------------------------------------------------------ recording
    @contextmanager
    def recording(self):
        deps = Deps()
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
        outside = deps.outside() if isinstance(deps, Deps) else ()
        if outside and not self._deps_valid({k: deps[k] for k in outside}):
            return False   # (what other packages do is asked again each time: no token covers it)
        token = getattr(deps, "token", 0)
        if token == self.token or (token and token == self._base and self._still_valid(deps)):
            deps.token = self.token
            return True
        # valid for the model this one inherited from: only what may have changed since needs a look
        if not self._deps_valid(self._touched(deps) if token and token == self._base else deps):
            return False
        if isinstance(deps, Deps):
            deps.token = self.token
        return True

    def _deps_valid(self, deps: dict[str, object]) -> bool:
        memo = self._valid_memo
        for key, fp in deps.items():
            try:
                hit = memo.get((key, fp))
            except TypeError:   # (an answer that cannot be hashed: checked each time)
                if not self._dep_valid(key, fp):
                    return False
                continue
            if hit is None:
                hit = self._dep_valid(key, fp)
                if not self._computing and self._sandbox is None and key.partition(":")[0] not in OUTSIDE_DEPS:
                    memo[(key, fp)] = hit   # (this model's answers do not change: its files are fixed; what
                    # other packages' files say may, and is asked again each time)
            if not hit:
                return False
        return True

    def _dep_valid(self, key: str, fp) -> bool:
        """Is the recorded answer ``fp`` to the question ``key`` still this model's answer?"""
        kind, _, fkey = key.partition(":")
        ask = _ASKED_AGAIN.get(kind)
        if ask is not None:   # a recorded answer, asked again
            return ask(self, fkey) == fp
        if kind == "callers":
            return self._callers_fp(fkey) == fp
        if kind == "raisers":
            got = self.flag_raisers(fkey, record=False)
            return (None if got is None else tuple((k, self.decls[k][1].digest if k in self.decls else b"")
                                                   for k in got)) == fp
        if kind == "setters":
            got = self.field_setters(fkey, record=False)
            return tuple((k, self.decls[k][1].digest if k in self.decls else b"") for k in got) == fp
        if kind == "text":
            return (self.decls[fkey][1].digest if fkey in self.decls else None) == fp
        if kind == "handler":
            return self.command_handler(fkey.lstrip("."), record=False, method=fkey.startswith(".")) == fp
        if kind == "cliroot":
            return self.cli_background_root(record=False) == fp
        if kind in OUTSIDE_DEPS and self._module_unchanged(fp[1]):
            return True   # (no file of the module added, removed or written since: the same answer)
        if kind == "modctx":
            name, idx, arity, how = fkey.rsplit(":", 3)
            return self.never_done_in_module(name, int(idx), int(arity) if arity else None, how == "m",
                                             record=False) == fp[0]
        if kind in ("modcallers", "modfail", "modignvar"):
            return False   # (declarations read from a module that changed since: asked again)
        ask = _ASKED_AGAIN_IN_MODULE.get(kind)
        if ask is not None:   # a module answer recorded with the module's stamp: (answer, stamp)
            return ask(self, fkey) == fp[0]
        if kind == "modign":
            path, name, idx, typ, wraps = fkey.rsplit("|", 4)
            return self.ignored_in_module(path, name, int(idx), typ or None, record=False,
                                          wraps=wraps == "w") == fp[0]
        if kind == "neverset":
            owner, _, field = fkey.rpartition(".")
            return self.field_never_set(owner, field, record=False) == fp
        if kind == "rel":   # a "no" of relevant(): still no
            rkind, _, names = fkey.partition(":")
            return self.relevant(rkind, names.split("|"), record=False) == fp
        if kind == "cycle":   # a summary on a recursion cycle: what it was computed from, or its value
            value, used = fp
            if self.deps_valid(used):
                return True
            skind, _, skey = fkey.partition(":")
            s = self._summary(skind, skey, record=False)
            return (s.fingerprint() if s is not None else None) == value
        s = self._summary(kind, fkey, record=False)
        return (s.fingerprint() if s is not None else None) == fp

    def _decl_node(self, key: str, record: bool = False) -> Node | None:
        """The syntax node of the package declaration ``key`` (parsed on demand); with ``record``, its
        text is noted as a dependency of the result being computed."""
        hit = self.decls.get(key)
        if record:
            self._note("text:" + key, hit[1].digest if hit is not None else None)
        return hit[0].unit_node(hit[1]) if hit is not None else None

    def decl_node(self, key: str) -> Node | None:
        """The syntax node of the package function ``key`` (parsed on demand; its text is a dependency of
        the result being computed)."""
        return self._decl_node(key, record=True)

    def calls_in_place(self, caller: str, name: str, method: bool | None = None) -> bool | None:
        """Does the package function ``caller`` name ``name`` only in direct calls that run in its own
        goroutine, there and then: ``name(...)`` or ``x.name(...)``, not in a ``go`` or ``defer`` statement,
        not inside a function literal, not as a value? None when it does not name it at all (with
        ``method``, only ``x.name`` counts; with ``method=False``, only a bare ``name``). (Its text is a
        recorded dependency.)"""
        from .. import syntax
        node = self.decl_node(caller)
        if node is None:
            return False
        word = name.encode()
        found = None
        for r in syntax.walk(node):
            if r.text != word or r.type not in ("identifier", "field_identifier"):
                continue
            if r.parent is not None and r.parent.type in ("function_declaration", "method_declaration") and \
                    r.parent.child_by_field_name("name") == r:
                continue   # (its own name, in a recursive function's header)
            if method is not None and (r.type == "field_identifier") != method:
                continue
            fn = r if r.type == "identifier" else r.parent
            call = fn.parent if fn is not None else None
            if fn is None or call is None or call.type != "call_expression" or call.child_by_field_name("function") != fn \
                    or (call.parent is not None and call.parent.type in ("go_statement", "defer_statement")):
                return False
            up = call.parent
            while up is not None and up.id != node.id:
                if up.type == "func_literal":
                    return False
                up = up.parent
            found = True
        return found

    def run_within(self, key: str, tests: bool = True) -> tuple[str, frozenset[str]] | None:
        """The unexported function ``R`` whose calls alone run the package function ``key``, and the
        functions that run only inside a call of ``R``, in its goroutine: ``key``, each caller of a member that
        calls it in place, up to ``R``, which is only started as a goroutine (``go le.mainLoop()``) or has
        no caller (``isLeader`` <- ``tick`` <- ``mainLoop``, and ``publish`` <- ``tick`` too). None when a
        member is also called otherwise than in place, or there is more than one such ``R``. Without
        ``tests``, the calls of test files are left out (a test that drives ``tick`` itself)."""
        members, todo, roots = {key}, [key], set()
        while todo:
            k = todo.pop()
            name = k.rsplit(".", 1)[-1]
            how = {c: self.calls_in_place(c, name, "." in k) for c in self.callers(name)
                   if c != k and (tests or c not in self.decls or not self.decls[c][0].index.is_test)}
            how = {c: v for c, v in how.items() if v is not None}
            if all(v is False for v in how.values()):
                roots.add(k)   # a goroutine's body (or nothing calls it)
                continue
            if any(v is False for v in how.values()):
                return None   # run in place by some, in other goroutines by others
            for c in how:
                if c not in members:
                    members.add(c)
                    todo.append(c)
            if len(members) > 8:
                return None
        if len(roots) != 1:
            return None
        root = next(iter(roots))
        return (root, frozenset(members)) if root.rsplit(".", 1)[-1][:1].islower() else None

    def decl_model(self, key: str):
        """The UnitModel of the package function ``key`` (its text a recorded dependency), for a model
        that reads what a called function does (``go worker(&wg)``); None when it is not in the package."""
        node = self.decl_node(key)
        src = self.decl_source(key) if node is not None else None
        if node is None or src is None:
            return None
        um = self.unit_model(node, src)
        return um if um.top is not None else None

    def never_returns(self, key: str) -> bool:
        """Does the package function ``key`` never return to its caller: no path of its body reaches its end
        or a ``return`` (an endless ``for`` loop left only by ``log.Fatal``/``os.Exit``, a ``continue``
        on every error: a server's serve loop)? Its caller's statements after the call never run."""
        um = self.decl_model(key)
        g = um.cfg(um.top) if um is not None else None
        return g is not None and g.ret.id not in g.reachable()

    def unit_model(self, node: Node, source: bytes, caps: dict | None = None):
        """The UnitModel of the top-level declaration ``node`` of ``source`` (without a test file's
        always-stopping helpers), shared by everything this package model and the rules' contexts build
        for it during one analysis: a declaration whose summary a caller needed is not walked again to be
        checked. The last ``UNIT_MODELS`` are kept."""
        from .effects import UnitModel
        key = (id(source), node.start_byte, node.end_byte)
        um = self._ums.get_(key)
        if um is None or um.source is not source or um.unit != node:
            um = UnitModel(node, source, self.types, caps, **self.unit_hooks())
            self._ums.put(key, um)
        return um

    def unit_hooks(self) -> dict:
        """What a UnitModel of this package asks the package about (its keyword arguments)."""
        return dict(converted=self.converted, getters=self.stable_getter, onces=self.once_like,
                    const_args=self.const_bool_arg, chan_locks=self.chan_lock, lock_types=self.embedded_lock,
                    field_setters=self.field_setters, never_returns=self.never_returns)

    def decl_source(self, key: str) -> bytes | None:
        """The text of the file that declares ``key`` (what its ``decl_node`` offsets are in)."""
        hit = self.decls.get(key)
        return hit[0].source if hit is not None else None

    def callers(self, name: str, record: bool = True) -> tuple[str, ...]:
        """The package functions that may call ``name`` (by the names their text calls: an
        over-approximation), as sorted function keys."""
        if self._callers is None:
            self._callers = {}
            for f in self.files:
                for u in f.index.units:
                    own = {k.rsplit(".", 1)[-1] for k in u.keys}
                    for c in u.calls:
                        if c in own and _call_count(c, f.source, u.start, u.end) <= 1:
                            continue   # only its own header (``func (p *T) run(``) names it
                        self._callers.setdefault(c, set()).update(k for k in u.keys if k != c)
        out = tuple(sorted(self._callers.get(name, ())))
        if record:
            self._note("callers:" + name, self._callers_fp(name))
        return out

    def call_site(self, name: str):
        """The first call of the package function ``name`` in another package function (by its text: a
        call of that name), as an Anchor (the caller's text a recorded dependency), or None."""
        from .locks import Anchor
        pat = re.compile(rb"(?<![\w.])" + re.escape(name.encode()) + rb"\s*\(")
        for key in self.callers(name):
            hit = self.decls.get(key)
            if hit is None or key == name:
                continue
            pf, info = hit
            m = pat.search(pf.source, info.start, info.end)
            if m is not None:
                self._note("text:" + key, info.digest)
                return Anchor(key, m.start() - info.start, m.end() - 1 - info.start, "")
        return None

    def lock_site(self, typ: str, held: str = "sync.Mutex"):
        """The first ``Lock()``/``RLock()`` call (by its text) in a method of the package type ``typ``, as
        an Anchor, or None: where the original value's lock is taken. For a ``held`` ``sync.Once`` its
        first ``Do(``, for a ``sync.Cond`` its first ``Wait()``/``Signal()``/``Broadcast()``."""
        from .locks import Anchor
        pat = _USE_OF.get(held, _USE_OF["sync.Mutex"])
        for key in sorted(k for k in self.decls if k.startswith(typ + ".")):
            pf, info = self.decls[key]
            m = pat.search(pf.source, info.start, info.end)
            if m is not None:
                self._note("text:" + key, info.digest)
                return Anchor(key, m.start() + 1 - info.start, m.end() - info.start, "")
        return None

    def locked_in_place(self, typ: str, record: bool = True) -> bool:
        """May the package lock the lock of a ``typ`` value where it lies (not on a copy)? No, when ``typ``
        and every struct type it holds by value (the way down to its lock) have only value-receiver methods,
        and no file of the package spells a pointer to one of them (``*T``, ``&T{``, ``new(T)``): every
        ``Lock`` then runs in a method's copy, and the lock of a stored value is never taken (the OCI SDK's
        configuration providers). Yes otherwise, and when a type cannot be read."""
        got = self._locked_in_place(typ)
        if record:
            self._note("inplace:" + typ, got)
        return got

    def _locked_in_place(self, typ: str) -> bool:
        idx = self.types
        names = idx.held_by_value(typ)
        for t in names:
            if idx.struct(t) is None:
                return True   # (a type of the package holding the lock some other way: unknown)
            if any(fs.ptr_recv for fs in idx.methods.get(t, {}).values()):
                return True
        pat = re.compile(rb"(?:\*|&|new\()\s*(?:" + b"|".join(re.escape(n.encode()) for n in names) + rb")\b")
        return any(pat.search(f.source) for f in self.files)

    def field_setters(self, field: str, record: bool = True) -> tuple[str, ...]:
        """The package declarations whose text may set a field named ``field`` of some value
        (``x.field = v``, ``x.field++``, ``&x.field``): an over-approximation by text, as sorted keys."""
        got = self._setters.get(field)
        if got is None:
            name = field.encode()
            pats = _setter_re(field)
            keys = set()
            for f in self.files:
                if name not in f.source:
                    continue
                units = f.index.units
                starts = [u.start for u in units]
                for m in (m for p in pats for m in p.finditer(f.source)):   # matches placed in their declarations
                    i = bisect.bisect_right(starts, m.start()) - 1
                    if i >= 0 and m.start() < units[i].end:
                        u = units[i]
                        keys.update(u.keys or (f"<{u.kind}@{u.start}>",))
            got = self._setters[field] = tuple(sorted(keys))
        if record:
            self._note("setters:" + field, tuple((k, self.decls[k][1].digest if k in self.decls else b"") for k in got))
        return got

    def raised_flags(self) -> frozenset[str]:
        """The names of the fields some declaration of the package raises as a bool flag (``x.f = true``,
        ``x.f.Store(true)``, ``x.f.CompareAndSwap(false, true)``, ``x.f.Swap(true)``): the candidates of
        :meth:`flag_raisers`."""
        got = self.__dict__.get("_raised")
        if got is None:
            pat = re.compile(rb"\.(\w+)(?:\s*=\s*true\b|\.(?:Store\(\s*true\s*\)|Swap\(\s*true\s*\)|"
                             rb"CompareAndSwap\(\s*false\s*,\s*true\s*\)))")
            got = self.__dict__["_raised"] = frozenset(
                m.group(1).decode() for f in self.files for m in pat.finditer(f.source))
        return got

    def flag_raisers(self, field: str, record: bool = True) -> tuple[str, ...] | None:
        """The package declarations that raise the bool flag ``field`` (``x.field = true``, or on an
        ``atomic.Bool`` ``x.field.Store(true)``, ``CompareAndSwap(false, true)``, ``Swap(true)``), as sorted
        keys; None when anything else may set it true: another value assigned or stored, its address
        taken, a composite literal that gives it a value other than ``false``. Until one of these runs on a
        value, its flag stays false. (By text, like :meth:`field_setters`; a recorded dependency.)"""
        memo = self.__dict__.setdefault("_raisers_memo", {})
        if field not in memo:
            memo[field] = self._raisers(field)
        got = memo[field]
        if record:
            self._note("raisers:" + field, None if got is None else tuple(
                (k, self.decls[k][1].digest if k in self.decls else b"") for k in got))
        return got

    def _raisers(self, field: str) -> tuple[str, ...] | None:
        name = re.escape(field.encode())
        write = re.compile(rb"\." + name + rb"(?:\s*(?:[-+*/%|&^]|<<|>>|&\^)?=(?!=)\s*(\w*)|\s*(?:\+\+|--)()|"
                           rb"\.(?:Store|Swap|CompareAndSwap)\(([^()]*)\))")
        keyed = re.compile(name + rb"\s*:\s*(\w*)")   # (led by the name: a fast literal search)
        addr = _setter_re(field)[1]   # ``&x.field``
        keys: set[str] = set()
        for f in self.files:
            if field.encode() not in f.source:
                continue
            if addr.search(f.source) or any(m.group(1) != b"false" and _keyed_at(f.source, m.start())
                                            for m in keyed.finditer(f.source)):
                return None
            units = f.index.units
            starts = [u.start for u in units]
            for m in write.finditer(f.source):
                value = m.group(1) if m.group(1) is not None else m.group(3)
                if value is None:
                    return None   # ``x.field++``
                value = b"".join(value.split())
                if value == b"false":
                    continue
                if value not in (b"true", b"false,true"):
                    return None   # (``x.field = !x.field``, ``x.field = ok``, ``x.field.Store(v)``)
                i = bisect.bisect_right(starts, m.start()) - 1
                if i < 0 or m.start() >= units[i].end or not units[i].keys:
                    return None
                keys.update(units[i].keys)
        return tuple(sorted(keys))

    def _callers_fp(self, name: str):
        """What a result that asked for the callers of ``name`` depends on: who they are, and their text."""
        keys = self.callers(name, record=False)
        return tuple((k, self.decls[k][1].digest if k in self.decls else b"") for k in keys)

    def calls_last(self, caller: str, name: str, method: bool = False) -> bool:
        """Is every call of ``name`` in the declaration ``caller`` its last act: in the last statement of
        its body (``if err := run(); err != nil { log.Fatal(err) }``), or followed only by exits, and not
        in a loop or a function literal? Then ``caller`` ends when ``name`` returns. With ``method``,
        ``x.name()`` calls count too. Callers come from :meth:`callers` (which records the dependency)."""
        from .. import syntax
        node = self._decl_node(caller)
        body = node.child_by_field_name("body") if node is not None else None
        if body is None:
            return False
        found = False
        for call in syntax.walk(body):
            if call.type != "call_expression":
                continue
            fn = call.child_by_field_name("function")
            if fn is not None and method and fn.type == "selector_expression":
                fn = fn.child_by_field_name("field")   # ``d.run()``: a method of that name
            if fn is None or fn.type not in ("identifier", "field_identifier") or syntax.text(fn) != name:
                continue
            found = True
            if any(a.type in ("for_statement", "func_literal") for a in syntax.ancestors(call, body)):
                return False
            if not then_ends(call, body):
                return False
        return found

    def always_stops(self, name: str, record: bool = True) -> bool:
        """Is ``name`` a package function (or a package variable holding a func literal) whose body calls
        ``t.SkipNow()``/``t.Skip(...)``/``t.Fatal(...)``/``t.FailNow()`` on its first parameter as a
        statement of its own, unconditionally? A call of it then ends the goroutine (a test is skipped)."""
        got = self._stops_memo.get(name)
        if got is None:
            got = self._stops_memo[name] = self._compute_stops(name)
        if record:
            self._note("stops:" + name, got)
        return got

    def _compute_stops(self, name: str) -> bool:
        from .. import syntax
        hit = self.decls.get(name)
        if hit is not None and not _STOP_CALL.search(hit[0].source, hit[1].start, hit[1].end):
            return False   # (by its text, before parsing its file: no Skip/Fatal/FailNow call at all)
        fn = self._decl_node(name)
        if name not in self.decls:
            pat = re.compile(rb"\b" + re.escape(name.encode()) + rb"\s*=\s*func\s*\(")
            for f in self.files:
                for u in f.index.units:
                    if u.kind == "var_declaration" and pat.search(f.source, u.start, u.end):
                        node = f.unit_node(u)
                        fn = next((n for n in syntax.walk(node) if n.type == "func_literal"), None) if node else None
                        break
                if fn is not None:
                    break
        if fn is None:
            return False
        params = fn.child_by_field_name("parameters")
        first = params.named_children[0] if params is not None and params.named_children else None
        pname = first.child_by_field_name("name") if first is not None else None
        if pname is None:
            return False
        t = syntax.text(pname)
        for st in syntax.stmt_list(fn.child_by_field_name("body")):
            call = st.named_children[0] if st.type == "expression_statement" and st.named_children else None
            if call is not None and call.type == "call_expression":
                recv, m = syntax.call_name(call)
                if recv == t and m in ("SkipNow", "Skip", "Skipf", "Fatal", "Fatalf", "FailNow"):
                    return True
            if any(n.type == "return_statement" for n in syntax.walk(st, skip_funcs=True)):
                return False   # (``select { case <-ok: return }; t.Fatalf(...)``: it may return first)
        return False

    def is_const(self, name: str, record: bool = True) -> bool:
        """Is ``name`` a constant the package declares at top level (``const certPEM = `...```, or in a
        ``const ( ... )`` group)?"""
        if self._consts is None:
            self._consts = set()
            for f in self.files:
                for u in f.index.units:
                    if u.kind == "const_declaration":
                        self._consts.update(m.decode() for m in _CONST_NAME.findall(f.source, u.start, u.end))
        got = name in self._consts
        if record:
            self._note("const:" + name, got)
        return got

    def _uses_in_code(self, name: str):
        """Every place the package's code (not a comment or string) spells the identifier ``name`` (not as a
        field, ``x.name``): (the file's text, start, end)."""
        pat = _in_code(rb"(?<![\w.])" + re.escape(name.encode()) + rb"\b")
        return ((src, m.start(), m.end()) for src, m in self._code_matches(name, pat))

    def _code_matches(self, word: str, pat: re.Pattern):
        """The matches of an ``_in_code`` pattern in the code of the package's files that spell ``word``:
        (the file's text, the match)."""
        for f in self.files:
            if word.encode() in f.source:
                yield from ((f.source, m) for m in pat.finditer(f.source) if m.group(1))

    def set_to_nil(self, name: str, field: bool, record: bool = True) -> bool:
        """Does the package's code set ``name`` to ``nil`` anywhere: a field of that name (``field``:
        ``x.name = nil``) or the package variable itself (``name = nil``)? (A dependency by its answer.)"""
        pat = _in_code((rb"\." if field else rb"(?<![\w.])") + re.escape(name.encode()) + rb"\s*=\s*nil\b")
        got = next(self._code_matches(name, pat), None) is not None
        if record:
            self._note(("nilfield:" if field else "nilvar:") + name, got)
        return got

    def released_unheld(self, field: str, record: bool = True) -> bool:
        """Does a declaration of the package unlock a mutex field named ``field`` (``un.wait.Unlock()``)
        without locking one of that name anywhere in its text? The lock is then handed over: taken by one
        function, released by another (a callback's ``un.wait.Unlock()`` signalling a waiter blocked in
        ``un.wait.Lock()``). (A dependency by its answer.)"""
        got = False
        if field.isidentifier():
            unlock = re.compile(rb"\." + re.escape(field.encode()) + rb"\.Unlock\(\)")
            lock = re.compile(rb"\." + re.escape(field.encode()) + rb"\.(?:Try)?Lock\(\)")
            for f in self.files:
                if unlock.search(f.source) is None:
                    continue
                for u in f.index.units:
                    text = f.source[u.start:u.end]
                    if unlock.search(text) and not lock.search(text):
                        got = True
                        break
                if got:
                    break
        if record:
            self._note("releasedunheld:" + field, got)
        return got

    def only_run_by_once(self, name: str, record: bool = True) -> bool:
        """Is the package function ``name`` named in the package's code, besides its declaration, only as
        the argument of a ``Do`` (``initOnce.Do(bpfInit)``) or in calls (``name(...)``, which the caller reads
        for where they are), once at least: never handed on otherwise? (Code outside the package cannot call
        it when it is unexported.)"""
        got = False
        if name.isidentifier() and not name[:1].isupper():
            do = re.compile(rb"\.Do\(\s*$")
            decls = uses = 0
            ok = True
            for src, start, end in self._uses_in_code(name):
                before, after = src[max(0, start - 40):start], src[end:end + 2].lstrip()
                if before.rstrip().endswith(b"func"):
                    decls += 1
                elif (do.search(before) and after.startswith(b")")) or after.startswith(b"("):
                    uses += 1   # handed to a ``Do``, or a call
                else:
                    ok = False
                    break
            got = ok and decls == 1 and uses > 0
        if record:
            self._note("onceonly:" + name, got)
        return got

    def only_swapped_once(self, name: str, record: bool = True) -> bool:
        """Is the package variable ``name`` changed by compare-and-swap only: no text of the package stores,
        swaps, adds to, assigns (but its own ``var`` declaration) or increments it, nor hands its address
        anywhere but to a ``CompareAndSwap``/``Load`` (``var initialised int32``,
        ``atomic.CompareAndSwapInt32(&initialised, 0, 1)``)? Then one caller of the process at most sees its swap
        succeed."""
        got = False
        if name.isidentifier() and name in self.types.vars:
            n = re.escape(name.encode())
            touch = _in_code(rb"(?<![\w.])&\s*" + n + rb"\b|(?<![\w.])" + n + rb"\s*(?:[-+*/|&^]?=(?!=)|\+\+|--|,[^=\n]*=(?!=))|"
                             rb"(?<![\w.])" + n + rb"\.(?:Store|Swap|Add|And|Or)\w*\(")
            cas = re.compile(rb"(?:CompareAndSwap|Load)\w*\(\s*$")
            decls = {id(f.source): [(u.start, u.end) for u in f.index.units if u.kind == "var_declaration"]
                     for f in self.files}
            ok = True
            for src, m in self._code_matches(name, touch):
                if m.group(1).startswith(b"&"):
                    ok = bool(cas.search(src[max(0, m.start() - 60):m.start()]))
                else:   # (its declaration, ``var started = int32(0)``, and nothing else, assigns it)
                    ok = any(a <= m.start() < b for a, b in decls.get(id(src), ()))
                if not ok:
                    break
            got = ok
        if record:
            self._note("swaponce:" + name, got)
        return got

    def bit_never_raised(self, name: str, record: bool = True) -> bool:
        """Is ``name`` an unexported constant of the package (a flag bit, ``notifyDrain`` of an ``iota``
        group) that its code only ever tests (``n&notifyDrain != 0``: every use the right operand of ``&``),
        never passes, ORs in or stores (``notify(notifyDrain)``, ``v|notifyDrain``)? Then no value the
        package makes has that bit: such a test is false on every run."""
        got = False
        if name.isidentifier() and not name[:1].isupper() and self.is_const(name, record=False):
            decls = tests = 0
            for src, start, _end in self._uses_in_code(name):
                before = src[max(0, start - 80):start]
                line, lead = before.rsplit(b"\n", 1)[-1], before.rstrip()
                if lead.endswith(b"&") and not lead.endswith(b"&&"):
                    tests += 1
                elif not line.strip() or line.strip() == b"const":
                    decls += 1   # (its line in a ``const ( ... )`` group, or ``const name = ...``)
                else:
                    decls = 2
                if decls > 1:
                    break
            got = decls == 1 and tests > 0
        if record:
            self._note("bitnever:" + name, got)
        return got

    def semaphore_var(self, name: str, record: bool = True) -> bool:
        """Is the package variable ``name`` a counting semaphore: declared once as a buffered channel (``var
        workQueue = make(chan struct{}, 16)``), and every other use of it in the package's code a send (an
        acquire, ``workQueue <- struct{}{}``) or a receive deferred alone in a literal (the release, ``defer
        func() { <-workQueue }()``)? Every holder gives its slot back as its function ends: an acquire
        waits only while holders run."""
        got = self._semvars.get(name)
        if got is None:
            n = re.escape(name.encode())
            decl = re.compile(rb"(?<![\w.])" + n + rb"\s*=\s*make\(\s*chan\s[^,()\n]+,\s*(?!0\s*\))[^)\n]+\)")
            declared = sum(1 for f in self.files for u in f.index.units
                           if u.kind == "var_declaration" and decl.search(f.source, u.start, u.end))
            got = declared == 1
            if got:
                release = re.compile(rb"defer\s+func\s*\(\)\s*\{\s*<-\s*" + n + rb"\s*\}\s*\(\)")
                for src, start, end in self._uses_in_code(name):
                    if re.match(rb"\s*=\s*make\(", src[end:end + 40]) or re.match(rb"\s*<-", src[end:end + 8]):
                        continue   # the declaration, an acquire
                    line = src.rfind(b"\n", 0, start)
                    window = src[max(0, start - 120):end + 40]
                    if src[max(line, start - 8):start].rstrip().endswith(b"<-") and release.search(window):
                        continue   # a deferred release
                    got = False
                    break
            self._semvars[name] = got
        if record:
            self._note("semvar:" + name, got)
        return got

    def is_literal_var(self, name: str, record: bool = True) -> bool:
        """Is ``name`` a package variable declared with a string literal (``var keyPEM = []byte(`...`)``,
        ``var addr = "x"``) that no text of the package assigns, indexes into, appends to or takes the
        address of? It then holds that literal on every run, as a constant would."""
        got = self._litvars.get(name)
        if got is None:
            n = re.escape(name.encode())
            decl = re.compile(rb"(?<![\w.])" + n + rb"\s*=\s*(?:\[\]byte\(\s*)?(?:`[^`]*`|\"(?:[^\"\\\n]|\\.)*\")\s*\)?\s*(?:\n|;|$)")
            touch = re.compile(rb"(?<![\w.])&?" + n + rb"\s*(?:\[[^\]\n]*\]\s*)?(?:[-+*/|&^]?=(?!=)|:=|\+\+|--)|&" + n + rb"\b|append\(\s*" + n + rb"\b")
            declared = sum(1 for f in self.files for u in f.index.units
                           if u.kind == "var_declaration" and decl.search(f.source, u.start, u.end))
            touched = sum(len(touch.findall(f.source)) for f in self.files)
            got = declared == 1 and touched == 1   # (the declaration's own ``name = ...``)
            self._litvars[name] = got
        if record:
            self._note("litvar:" + name, got)
        return got

    def field_never_read(self, field: str, record: bool = True) -> bool:
        """Is the unexported field ``field`` (of any struct type of the package) never read: every ``.field`` the
        package spells is the target of a plain assignment (``x.field = v``), and no method value, address or
        other use names it? What is stored there is never used (a field kept for later and forgotten)."""
        got = self._never_read.get(field)
        if got is None:
            got = self._never_read[field] = self._only_selected_as(field, rb"\s*=[^=]")
        if record:
            self._note("neverread:" + field, got)
        return got

    def waitgroup_field_never_waited(self, field: str, record: bool = True) -> bool:
        """Is the unexported WaitGroup field ``field`` (of any struct type of the package) only ever counted
        and set: every ``.field`` the package's code spells goes on to ``.Add(``/``.Done(``, is assigned
        (``e.wg = &sync.WaitGroup{}``) or compared with nil? Nothing can then wait on it: no ``Wait``, no
        address or value handed on."""
        got = self._never_waited.get(field)
        if got is None:
            got = self._never_waited[field] = self._only_selected_as(
                field, rb"\s*\.\s*(?:Add|Done)\s*\(|\s*=[^=]|\s*[=!]=\s*nil\b")
        if record:
            self._note("neverwaited:" + field, got)
        return got

    def _only_selected_as(self, field: str, after: bytes) -> bool:
        """Is ``field`` unexported, and every ``.field`` the package's code spells (not its comments or
        strings: ``// rs.cancel()``) followed by what ``after`` matches?"""
        if field[:1].isupper() or not field.isidentifier():
            return False
        name = field.encode()
        use = _in_code(rb"\." + re.escape(name) + rb"\b(" + after + rb")?")
        return all(all(m.group(2) for m in use.finditer(f.source) if m.group(1)) for f in self.files
                   if name in f.source)

    def never_true(self, name: str, record: bool = True) -> bool:
        """Is the package variable ``name`` a bool that nothing sets true: every assignment of it in the
        package's code (its declaration included) is ``= false``, and nothing takes its address
        (``var alwaysFalse bool``, ``alwaysFalse = false``: a guard that keeps code the compiler must not
        drop)? (A dependency by its answer.)"""
        got = self._never_true.get(name)
        if got is None:
            n = re.escape(name.encode())
            pat = _in_code(rb"(?<![\w.])(?:&\s*" + n + rb"\b|" + n + rb"\s*(?:=(?!=)\s*(\w*)|,[^=\n]*=(?!=)|:=))")
            decl = re.compile(rb"(?m)\bvar\s+" + n + rb"\s+bool\b|^\s*" + n + rb"\s*=\s*false\b")
            got = name.isidentifier() and name in self.types.vars and \
                any(decl.search(f.source) for f in self.files) and \
                all(m.group(2) == b"false" for f in self.files for m in pat.finditer(f.source) if m.group(1))
            self._never_true[name] = got
        if record:
            self._note("nevertrue:" + name, got)
        return got

    def only_set_true(self, field: str, record: bool = True) -> bool:
        """Is every assignment of ``.field`` in the package's code ``.field = true`` (a flag that, once set,
        stays set; a keyed literal ``field: false`` is its zero value)? (A dependency by its answer.)"""
        pat = _in_code(rb"\." + re.escape(field.encode()) + rb"\s*(?:=(?!=)\s*(\w*)|,[^=\n]*=(?!=))")
        got = field.isidentifier() and all(m.group(2) == b"true" for f in self.files
                                           for m in pat.finditer(f.source) if m.group(1))
        if record:
            self._note("settrue:" + field, got)
        return got

    def field_assignments(self, field: str, record: bool = True) -> int | None:
        """How many statements of the package's code assign ``.field`` (``x.field = v``, ``x.field, y =
        ...``, ``x.field++``); None when its address is taken anywhere (``&s.field``: written through a
        pointer, uncounted). (A dependency by its answer.)"""
        f = re.escape(field.encode())
        pat = _in_code(rb"\." + f + rb"\s*(?:=(?!=)|,[^=\n]*=(?!=)|\+\+|--|[-+*/|&^]=)|&\s*[\w.()\[\]]*\." + f + rb"\b")
        got: int | None = 0
        for _src, m in self._code_matches(field, pat):
            if m.group(1).lstrip().startswith(b"&"):
                got = None
                break
            got += 1
        if record:
            self._note(f"fieldassigns:{field}", got)
        return got

    def field_never_set(self, owner: str, field: str, record: bool = True) -> bool:
        """Is the unexported field ``field`` of the package's struct type ``owner`` surely left at its zero
        value on every run: no text of the package assigns it (``.field =``, ``.field, ... =``), names it
        in a keyed literal (``field: v``) or takes its address (``&s.field``, ``flag.BoolVar(&s.field,
        ...)``), and no literal of ``owner`` is unkeyed (``owner{true, ch}``)? (A bool field: always false.)"""
        key = f"{owner}.{field}"
        memo = self._never_set
        got = memo.get(key)
        if got is None:
            f = re.escape(field.encode())
            addr = re.compile(rb"&\s*[\w.()\[\]]*\." + f + rb"\b")
            unkeyed = _unkeyed_literal(owner)
            got = not field[:1].isupper() and owner.isidentifier() and owner in self.types.types and \
                not self.field_maybe_set(field) and \
                not any(field.encode() in x.source and addr.search(x.source) for x in self.files) and \
                not any(unkeyed.search(x.source) for x in self.files)
            memo[key] = got
        if record:
            self._note("neverset:" + key, got)
        return got

    def context_field_never_ends(self, owner: str, field: str, record: bool = True) -> bool:
        """Is the unexported context field ``field`` of the package's struct type ``owner`` given, wherever
        the package sets it, a context that never ends: ``context.Background()``/``TODO()`` or a local
        made so (``ctx := context.Background(); req := &reqs{ctx: ctx}``)? Every keyed literal naming
        ``field`` and every ``x.field = v`` is read (also those of other types with a field of that name);
        none may take its address, set it with others (``s.ctx, s.cancel = ...``) or fill an ``owner``
        literal by position. Then ``tr.ctx`` is done never and its ``Err()`` is nil."""
        key = f"{owner}.{field}"
        got = self._quiet_ctx.get(key)
        if got is None:
            got = self._quiet_ctx[key] = self._context_field_never_ends(owner, field)
        if record:
            self._note("quietctx:" + key, got)
        return got

    def _context_field_never_ends(self, owner: str, field: str) -> bool:
        from .. import syntax
        from .checks import NEVER_DONE, _context_text
        from .types import base_name
        if not field[:1].islower() or not owner.isidentifier() or owner not in self.types.types:
            return False
        name = field.encode()
        unkeyed = _unkeyed_literal(owner)
        pat = re.compile(rb"\." + re.escape(name) + rb"\b|\b" + re.escape(name) + rb"\s*:[^=]")
        seen = False
        for f in self.files:
            if name not in f.source:
                continue
            if unkeyed.search(f.source):
                return False
            units = f.index.units
            starts = [u.start for u in units]
            keys = set()
            for m in pat.finditer(f.source):
                i = bisect.bisect_right(starts, m.start()) - 1
                if i < 0 or m.start() >= units[i].end:
                    continue
                if not units[i].keys:   # (a package-level var, a type: read no further)
                    if units[i].kind != "type_declaration":
                        return False
                    continue
                keys.update(units[i].keys)
            for k in sorted(keys):
                um = self.decl_model(k)
                if um is None:
                    return False
                for n in syntax.walk(um.unit):
                    value = None
                    if n.type == "keyed_element" and len(n.named_children) == 2 and \
                            syntax.text(n.named_children[0]) == field:
                        lit = n.parent.parent if n.parent is not None else None
                        typ = lit.child_by_field_name("type") if lit is not None and \
                            lit.type == "composite_literal" else None
                        if typ is not None and base_name(syntax.text(typ)) not in (owner, None):
                            continue   # (a literal of another type)
                        value = n.named_children[1]
                        value = value.named_children[0] if value.type == "literal_element" and \
                            value.named_children else value
                    elif n.type == "selector_expression" and syntax.text(n.child_by_field_name("field")) == field:
                        p = n.parent
                        if p is not None and p.type == "unary_expression" and \
                                syntax.text(p.child_by_field_name("operator")) == "&":
                            return False
                        if p is None or p.type != "expression_list" or p.parent is None or \
                                p.parent.type != "assignment_statement" or p.parent.child_by_field_name("left") != p:
                            continue   # (a read)
                        if base_name(um.types.of(n.child_by_field_name("operand"))) not in (owner, None):
                            continue   # (a field of another type)
                        right = p.parent.child_by_field_name("right")
                        vals = right.named_children if right is not None else []
                        if len(p.named_children) != 1 or len(vals) != 1 or \
                                syntax.text(p.parent.child_by_field_name("operator")) != "=":
                            return False
                        value = vals[0]
                    else:
                        continue
                    if _context_text(um, value, 0) not in NEVER_DONE:
                        return False
                    seen = True
        return seen

    def fails_only_on_nonnil(self, name: str) -> int | None:
        """For a package test helper ``name(t, err)`` whose every ``t.Fatal``/``FailNow`` sits under
        ``if err != nil`` on one of its parameters: that parameter's index (a call with a nil there
        cannot fail), else None."""
        from .. import syntax
        fn = self._decl_node(name, record=True)
        body = fn.child_by_field_name("body") if fn is not None else None
        if body is None:
            return None
        params = [n for d in fn.child_by_field_name("parameters").named_children
                  for n in d.children_by_field_name("name")]
        names = [syntax.text(n) for n in params]
        found = None
        for call in syntax.walk(body):
            if call.type != "call_expression":
                continue
            recv, m = syntax.call_name(call)
            if m not in ("Fatal", "Fatalf", "FailNow", "SkipNow", "Skip", "Skipf") or recv != (names[0] if names else ""):
                continue
            guard = None
            for a in syntax.ancestors(call, body):
                if a.type == "if_statement":
                    cond = a.child_by_field_name("condition")
                    if cond is not None and cond.type == "binary_expression" and \
                            syntax.text(cond.child_by_field_name("operator")) == "!=" and \
                            syntax.text(cond.child_by_field_name("right")) == "nil":
                        left = syntax.text(cond.child_by_field_name("left"))
                        if left in names[1:]:
                            guard = names.index(left)
            if guard is None or (found is not None and guard != found):
                return None
            found = guard
        return found

    def value_helper(self, name: str, _depth: int = 0) -> bool:
        """Is the package test helper ``name(t, ...)`` a value assertion (``Equal(t, got, want)``,
        ``MustTrue(t, cond)``, ``Assert(t, cond, msg...)``): every ``t.Fatal``/``FailNow`` of its testing
        parameter sits only under ``if`` conditions that read nothing but its own parameters (``got !=
        want``, ``!cond``), and every other helper it hands ``t`` to is such in turn, given only its
        parameters? Then it fails only when the values it is given differ from what the test expects."""
        from .. import syntax
        fn = self._decl_node(name, record=True)
        body = fn.child_by_field_name("body") if fn is not None else None
        plist = fn.child_by_field_name("parameters") if fn is not None else None
        if body is None or plist is None or fn.type != "function_declaration" or _depth > 2:
            return False
        names = [syntax.text(n) for d in plist.named_children for n in d.children_by_field_name("name")]
        if not names:
            return False
        t, own = names[0], set(names[1:])
        stops = 0

        def params_only(expr) -> bool:
            for n in [expr, *syntax.walk(expr)]:
                if n.type == "identifier" and syntax.text(n) not in own and syntax.text(n) not in _BUILTINS:
                    p = n.parent
                    if not (p is not None and p.type == "call_expression" and
                            p.child_by_field_name("function") == n and syntax.text(n) in _BUILTINS):
                        return False
            return True

        for call in syntax.walk(body, skip_funcs=True):
            if call.type != "call_expression":
                continue
            recv, m = syntax.call_name(call)
            args = syntax.call_args(call)
            if recv == t:
                if m in ("Fatal", "Fatalf", "FailNow", "SkipNow", "Skip", "Skipf", "Fail", "Error", "Errorf"):
                    conds = [syntax.unparen(a.child_by_field_name("condition")) for a in syntax.ancestors(call, body)
                             if a.type == "if_statement"]
                    if not conds or not all(c is not None and params_only(c) for c in conds):
                        return False
                    stops += m in ("Fatal", "Fatalf", "FailNow")
                continue
            if any(syntax.text(a) == t for a in args):   # ``Assert(t, val == nil, val)``
                if recv or not self.value_helper(m, _depth + 1) or \
                        not all(params_only(a) for a in args if syntax.text(a) != t):
                    return False
                stops += 1
        return stops > 0

    def returns_nil(self, key: str, index: int = -1, count: int | None = None,
                    args: list[str] | None = None, _depth: int = 0, tolerated: frozenset = frozenset(),
                    fields: dict[str, str] | None = None) -> bool:
        """Does the package function ``key`` (``Name`` / ``Type.Name``) return a literal ``nil`` as its
        result ``index`` on every return (by default the last: its error)? ``count``: how many results the
        caller takes (each return must spell that many). Then a check that this result is nil cannot fail.
        ``args``: the texts of a call's arguments; a return that this call cannot reach is left out
        (:func:`_unreachable_with`: inside a ``range`` over a parameter the call passes ``nil`` or no
        variadic values for, under ``if p != nil``/``len(p) > 0``/``if p`` with ``nil``/``false`` passed,
        in a ``case <-ctx.Done()`` of a ``context.Background()``). An error passed up from a package
        function that returns nil on every path counts as nil (``return s.g()``, ``if err := g(); err !=
        nil { return err }``), a few calls deep. ``return ctx.Err()`` with ``ctx`` given
        ``context.Background()`` is nil; with a context that can only be cancelled
        (``context.WithCancel(context.Background())``, no deadline) it is nil or ``context.Canceled``, which
        counts as nil when it is in ``tolerated`` (the error values the caller's check leaves out: ``err !=
        nil && !errors.Is(err, context.Canceled)``). ``fields``: the package types the receiver's
        interface-typed fields hold (:meth:`bound_fields`), so that ``m.provider.GetKey(id)`` runs
        ``testProvider.GetKey``."""
        from .. import syntax
        node = self._decl_node(key, record=True)
        if node is None:
            return False
        result = node.child_by_field_name("result")
        if result is None or (index == -1 and not syntax.text(result).rstrip(")").strip().endswith("error")):
            return False
        body = node.child_by_field_name("body") or node
        rets = [n for n in syntax.walk(body, skip_funcs=True) if n.type == "return_statement"]
        if not rets:
            return False
        passed = _passed_args(node, args) if args is not None else None
        if passed:
            for name in _assigned_names(body, set(passed)):
                del passed[name]   # (``if opts == nil { opts = &Options{} }``: not what the call passed)
        nil_call = None
        if _depth < 3:
            def nil_call(call, _node=node):
                if infallible(call, self.types):
                    return True
                fn = call.child_by_field_name("function")
                if passed and fn is not None and fn.type == "identifier" and syntax.text(fn) in passed:
                    # ``return fn(s.m)`` of a func parameter the call gives a literal returning nil on
                    # every path (``s.update(func(m map[string]int) error { ...; return nil })``)
                    return passed[syntax.text(fn)] == NIL_FUNC
                k = _callee_key_in(_node, call, self.decls, self.types)
                inner_fields = None
                if k is None and fields:
                    got = _bound_field(_node, call, fields, self.decls)
                    k = got[0] if got is not None else None
                    # (what that field's value holds in its own fields: ``Message.Message`` -> ``Message``)
                    if got is not None:
                        inner_fields = {x[len(got[1]) + 1:]: t for x, t in fields.items()
                                        if x.startswith(got[1] + ".")} or None
                elif k is not None and fields and _on_receiver(_node, call):
                    inner_fields = fields   # (another method on the same receiver: the same fields)
                if k == key:
                    # a call of itself with its own parameters (``return s.Start(ctx, key)``): the same
                    # returns again, which the others decide (a run that never returns returns nothing)
                    own = [n for n, _t in syntax.params(_node)][1 if _node.type == "method_declaration" else 0:]
                    got = [" ".join(syntax.text(x).split()) for x in syntax.call_args(call)]
                    return bool(own) and got == own
                if k is None:
                    return False
                # the inner call's arguments, this function's parameters spelled as its caller passed them
                # (``return c.Wait(ctx)`` with ``t.Context()`` given for ``ctx``)
                inner = [passed.get(a, a) or a if passed else a for a in
                         (" ".join(syntax.text(x).split()) for x in syntax.call_args(call))]
                return self.returns_nil(k, -1, None, inner, _depth + 1, tolerated, inner_fields)
        named = [n for d in result.named_children if d.type == "parameter_declaration"
                 for n in d.children_by_field_name("name")] if result.type == "parameter_list" else []
        for r in rets:
            vals = syntax.return_values(r)
            if not vals and named and (index == -1 or index == len(named) - 1) and \
                    (count is None or count == len(named)) and _never_set(body, syntax.text(named[-1])):
                continue   # a bare ``return`` of a named error result nothing assigns: nil
            if len(vals) == 1 and vals[0].type == "call_expression" and count != 1 and nil_call is not None and \
                    (index == -1 or (count is not None and index == count - 1)) and nil_call(vals[0]):
                continue   # ``return g(ctx, keys)`` of a multi-result g whose error is nil on every path
            if not vals or (count is not None and len(vals) != count) or not -len(vals) <= index < len(vals):
                return False   # (a bare return with named results returns whatever they hold)
            v = syntax.unparen(vals[index])
            if v.type == "nil" or (passed and _unreachable_with(r, body, passed, tolerated)):
                continue
            if any(f"down:{fl}" in tolerated for fl in _flag_guards(r, body, node)):
                continue   # under ``if s.closed`` of a flag nothing raises while the caller's check runs
            last = index == -1 or index == len(vals) - 1   # the error result
            if last and passed and _ctx_err_nil(v, passed, tolerated):
                continue   # ``return ctx.Err()`` of a context that is never done, or only cancelled
            if nil_call is not None and last and ((v.type == "call_expression" and len(vals) == 1 and nil_call(v))
                                                  or under_nil_error(r, body, nil_call)):
                continue   # ``return s.g()``, ``if err := g(); err != nil { return err }``: g returns nil
            return False
        return True

    def bound_fields(self, maker: str, args: list[Node], typ: str) -> dict[str, str]:
        """The package types that the constructor ``maker`` (``New(provider Provider) Manager``, returning
        ``&manager{provider: provider}``) stores, from the arguments ``args`` of one call of it, in the
        fields of the struct ``typ`` it makes: ``{"provider": "testProvider"}`` for ``New(&testProvider{})``.
        Only arguments that spell their type (``&T{...}``, ``T{...}``, ``new(T)``), or are given as a type
        name already, of a type the package declares methods for."""
        from .. import syntax
        from .types import literal_type, deref
        maker, args = self._inner_ctor(maker, list(args))
        st = self.types.struct(typ)
        out = {}
        for fl in (st.fields if st is not None else ()):
            at = self.ctor_field(maker, fl.name)
            if not at or at[1] is not None or at[0] >= len(args):
                continue
            a = args[at[0]]
            t = a if isinstance(a, str) else deref(literal_type(syntax.unparen(a)) or "")
            if t and t in self.types.methods:
                out[fl.name] = t
        return out

    def _inner_ctor(self, maker: str, args: list, depth: int = 0) -> tuple[str, list]:
        """A constructor whose only statement that returns is ``return newX(p, defaultTTL)`` hands its
        parameters on: the inner constructor, with the call's arguments put where it takes them."""
        from .. import syntax
        fn = self.decl_node(maker)
        if fn is None or fn.type != "function_declaration" or depth > 3:
            return maker, args
        rets = [n for n in syntax.walk(fn, skip_funcs=True) if n.type == "return_statement"]
        vals = syntax.return_values(rets[0]) if len(rets) == 1 else []
        inner = syntax.unparen(vals[0]) if len(vals) == 1 else None
        callee = inner.child_by_field_name("function") if inner is not None and inner.type == "call_expression" \
            else None
        if callee is None or callee.type != "identifier" or syntax.text(callee) not in self.decls:
            return maker, args
        params = [name for name, _ in syntax.params(fn)]
        mapped = []
        for a in syntax.call_args(inner):
            name = syntax.text(a) if a.type == "identifier" else None
            mapped.append(args[params.index(name)] if name in params and params.index(name) < len(args) else a)
        return self._inner_ctor(syntax.text(callee), mapped, depth + 1)

    def pipe_end_result(self, key: str, index: int) -> bool:
        """Does the package function ``key`` return, as result ``index`` on every return, one end of a
        ``net.Pipe()`` it made (``r, w = net.Pipe(); cl = newClient(w); return cl, r, w``) and did not
        close nor give a deadline to? A read of that end then fails only once its holder closes it."""
        from .. import syntax
        node = self._decl_node(key, record=True)
        body = node.child_by_field_name("body") if node is not None else None
        if body is None:
            return False
        ends = set()
        for st in syntax.walk(body, skip_funcs=True):
            if st.type in ("short_var_declaration", "assignment_statement"):
                right = st.child_by_field_name("right")
                vals = right.named_children if right is not None else []
                if len(vals) == 1 and syntax.text(vals[0]) == "net.Pipe()":
                    ends |= {syntax.text(n) for n in st.child_by_field_name("left").named_children}
        results = node.child_by_field_name("result")
        named = [syntax.text(n) for d in (results.named_children if results is not None else ())
                 if d.type == "parameter_declaration" for n in d.children_by_field_name("name")]
        rets = [r for r in syntax.walk(body, skip_funcs=True) if r.type == "return_statement"]
        if not ends or not rets:
            return False
        names = set()
        for r in rets:
            vals = syntax.return_values(r)
            name = syntax.text(vals[index]) if index < len(vals) else (
                named[index] if not vals and index < len(named) else None)
            if name not in ends:
                return False
            names.add(name)
        return not any(n.type == "selector_expression" and syntax.text(n.child_by_field_name("operand")) in names
                       and syntax.text(n.child_by_field_name("field")) in _PIPE_ENDERS for n in syntax.walk(body))

    def fresh_receivers_only(self, typ: str, name: str, record: bool = True) -> bool:
        """Is every use of the unexported method ``name`` of ``typ`` in the package (by its text: each
        ``.name``) a call on a value a package function has just made and returned as its only reference
        (``rcvTLSConn(conn).read()``, :meth:`fresh_result`)? Each call then has its receiver to itself.
        (Noted as a dependency by its answer: a use in any file, a method value too, can change it.)"""
        got = self._fresh_receivers_only(typ, name)
        if record:
            self._note(f"freshrecv:{typ}.{name}", got)
        return got

    def _fresh_receivers_only(self, typ: str, name: str) -> bool:
        from .. import syntax
        if not name[:1].islower():
            return False
        total = self._dot_uses(name)
        seen = 0
        for ck in self.callers(name):
            node = self._decl_node(ck, record=True)
            for sel in syntax.walk(node) if node is not None else ():
                if sel.type != "selector_expression" or syntax.text(sel.child_by_field_name("field")) != name:
                    continue
                call, made = sel.parent, syntax.unparen(sel.child_by_field_name("operand"))
                lit = syntax.unparen(made.child_by_field_name("operand")) if made is not None and \
                    made.type == "unary_expression" else made
                if lit is not None and lit.type == "composite_literal" and call is not None and \
                        call.type == "call_expression" and call.child_by_field_name("function") == sel and \
                        syntax.text(lit.child_by_field_name("type")) == typ:
                    seen += 1   # ``(&tlsConn{}).read()``
                    continue
                fn = made.child_by_field_name("function") if made is not None and \
                    made.type == "call_expression" else None
                key = syntax.text(fn) if fn is not None and fn.type == "identifier" else None
                hit = self._decl_node(key, record=True) if key in self.decls else None
                result = hit.child_by_field_name("result") if hit is not None else None
                if call is None or call.type != "call_expression" or call.child_by_field_name("function") != sel \
                        or result is None or syntax.text(result).lstrip("*") != typ or not self.fresh_result(key):
                    return False
                seen += 1
        return seen > 0 and seen == total

    def flags_at_calls(self, key: str, index: int, record: bool = True,
                       depth: int = 0) -> frozenset[tuple[str, bool]]:
        """The bool fields of one parameter (``index``; -1 the receiver) of the unexported package function
        or method ``key`` that hold, with their value, at every call of it in the package: ``if
        p.nodeScope { ...; p.scrape(ctx) }`` everywhere gives ``{("nodeScope", True)}`` for the receiver
        (an ``else`` branch the negation; ``!p.f`` and ``a && p.f`` too), the function making the call
        never assigning that field. A call passing its own parameter on carries what holds at its own
        calls (``scrape`` calls ``update(p, req)``: ``update``'s ``p`` has ``nodeScope`` too), a few
        levels up. Empty when some use is no call (a function or method value) or a call is under no
        such test. (Noted as a dependency by its answer.)"""
        got = self._flags_at_calls(key, index, record, depth)
        if record:
            self._note(f"callflags:{index}:{key}", got)
        return got

    def _flags_at_calls(self, key: str, index: int, record: bool, depth: int) -> frozenset[tuple[str, bool]]:
        from .. import syntax
        typ, dot, name = key.rpartition(".")
        if not name[:1].islower() or depth > 3 or (index < 0) == (not dot):
            return frozenset()
        total = self._dot_uses(name) if dot else self._bare_uses(name)
        seen = 0
        out: frozenset | None = None
        for ck in self.callers(name, record=record):
            node = self._decl_node(ck, record=record)
            for use in syntax.walk(node) if node is not None else ():
                if dot and (use.type != "selector_expression" or
                            syntax.text(use.child_by_field_name("field")) != name):
                    continue
                if not dot and (use.type != "identifier" or syntax.text(use) != name or
                                (use.parent is not None and use.parent.type == "function_declaration")):
                    continue
                call = use.parent
                if call is None or call.type != "call_expression" or call.child_by_field_name("function") != use:
                    return frozenset()
                args = syntax.call_args(call)
                arg = syntax.unparen(use.child_by_field_name("operand")) if index < 0 else \
                    syntax.unparen(args[index]) if index < len(args) else None
                if dot and index >= 0:
                    recv = syntax.unparen(use.child_by_field_name("operand"))
                    t = _param_type(node, syntax.text(recv)) if recv is not None and \
                        recv.type == "identifier" else None
                    if t is not None and t.lstrip("*").split("[")[0] != typ:
                        seen += 1
                        continue   # the method of another type by that name
                if arg is None or arg.type != "identifier":
                    return frozenset()
                if dot and index < 0:
                    t = _param_type(node, syntax.text(arg))
                    if t is not None and t.lstrip("*").split("[")[0] != typ:
                        seen += 1
                        continue   # the method of another type by that name
                seen += 1
                flags = _flags_around(call, node, syntax.text(arg))
                j = _param_index(node, syntax.text(arg))
                if j is not None and ck != key and not _rebinds(node.child_by_field_name("body"), arg.text):
                    flags = _consistent(flags | frozenset(
                        (f, v) for f, v in self.flags_at_calls(ck, j, record, depth + 1)
                        if not _assigns_field(node, syntax.text(arg), f)))
                out = flags if out is None else out & flags
                if not out:
                    return frozenset()
        return out if out and seen == total else frozenset()

    def only_called_in_place(self, name: str, record: bool = True) -> bool:
        """Is the package function ``name`` (not a method) named in the package's code only by calls that run
        in the caller's own goroutine (:meth:`calls_in_place`: no ``go``, no ``defer``, no function value,
        no call inside a function literal), so that within the package one run of it ends before another
        starts? (A dependency by its answer.)"""
        calls = re.compile(rb"(?<![\w.])" + re.escape(name.encode()) + rb"\s*\(")
        callers = self.callers(name, record=False)
        got = self._bare_uses(name) == sum(len(calls.findall(self.decls[c][0].source[
            self.decls[c][1].start:self.decls[c][1].end])) for c in callers if c in self.decls) and \
            all(self.calls_in_place(c, name, method=False) is not False for c in callers)
        if record:
            self._note("onlyinplace:" + name, got)
        return got

    def _bare_uses(self, name: str) -> int:
        """How many times the package's code names ``name`` other than after a dot, its declaration's
        own name left out (calls and function values, by the text; not in comments or string literals)."""
        pat = re.compile(rb'"(?:[^"\\\n]|\\.)*"|`[^`]*`|//[^\n]*|/\*.*?\*/|((?<![\w.])' + re.escape(name.encode()) +
                         rb"\b)", re.S)
        decl = re.compile(rb"\bfunc\s+" + re.escape(name.encode()) + rb"\b")
        return sum(1 for f in self.files for m in pat.finditer(f.source) if m.group(1)) - \
            sum(1 for f in self.files for _ in decl.finditer(f.source))

    def mode_only_calls(self, typ: str, name: str, path: str, value: str, record: bool = True) -> bool:
        """:meth:`_mode_only_calls`, its answer a recorded dependency (an assignment typed in any method can
        change it)."""
        got = self._mode_only_calls(typ, name, path, value)
        if record:
            self._note(f"modecalls:{typ}\x00{name}\x00{path}\x00{value}", got)
        return got

    def _mode_only_calls(self, typ: str, name: str, path: str, value: str) -> bool:
        """Is every use of the unexported method ``name`` of ``typ`` in the package (``.name``, by its text) a
        call on the receiver of a method of ``typ``, inside the then-branch of ``if <receiver><path> ==
        <value> {`` (``if s.sess.config.Version == 2 { return s.writeV2(b) }``), and does no method of the
        package assign a field along ``path`` (``.sess``, ``.config``, ``.Version``)? The method then runs
        only on values in that mode, which none of them leaves. (Its callers' texts are recorded.)"""
        from .. import syntax
        parts = [p for p in path.split(".") if p]
        if not name[:1].islower() or not parts:
            return False
        assign = re.compile(rb"\.\s*(?:" + b"|".join(re.escape(p.encode()) for p in parts) +
                            rb")\s*(?:[-+*/|&^%]?=[^=]|\+\+|--)")
        for key, (pf, info) in self.decls.items():
            if assign.search(pf.source, info.start, info.end) and not _assigns_only_fresh(
                    self._decl_node(key), parts):
                return False
        total = self._dot_uses(name)
        seen = 0
        for ck in self.callers(name):
            node = self._decl_node(ck, record=True)
            ps = syntax.params(node) if node is not None and node.type == "method_declaration" else []
            recv = ps[0][0] if ps and ps[0][0] else None
            for sel in syntax.walk(node) if node is not None else ():
                if sel.type != "selector_expression" or syntax.text(sel.child_by_field_name("field")) != name:
                    continue
                call, x = sel.parent, syntax.unparen(sel.child_by_field_name("operand"))
                if recv is None or call is None or call.type != "call_expression" or \
                        call.child_by_field_name("function") != sel or x is None or syntax.text(x) != recv:
                    return False
                if ck.rsplit(".", 1)[0] != typ:
                    seen += 1
                    continue   # on the receiver of another type's method: that type's method by the name
                want = f"{recv}.{'.'.join(parts)}=={value}"
                if not any(a.type == "if_statement" and syntax.inside(call, a.child_by_field_name("consequence"))
                           and "".join(syntax.text(a.child_by_field_name("condition")).split()) == want
                           for a in syntax.ancestors(call, node)):
                    return False
                seen += 1
        return seen > 0 and seen == total

    def watched_kind(self, typ: str, record: bool = True) -> bool:
        """Is ``typ`` (``v1beta1.Rollout``) a kind a controller-runtime controller of the package watches
        through the manager's cache (``.For(&T{})``, ``.Owns(&T{})``, ``.Watches(&T{}, ...)``,
        ``source.Kind(mgr.GetCache(), &T{})``), in a package that uses the manager's client
        (``mgr.GetClient()``)? The manager starts and syncs that informer before any worker runs, so a
        ``Get`` of the kind through the cached client is a lookup in memory: it consults no context."""
        word = re.escape(typ.encode())
        pat = re.compile(rb"(?:(?<![\w])(?:For|Owns|Watches)\(\s*|source\.Kind(?:\[[^\]]*\])?\([^,()]*\(\)\s*,\s*)&"
                         + word + rb"\{\}")
        got = any(b"GetClient()" in f.source for f in self.files) and \
            any(pat.search(f.source) is not None for f in self.files)
        if record:
            self._note(f"watched:{typ}", got)
        return got

    def indexed_field(self, key: str, record: bool = True) -> bool:
        """Is ``key`` (a ``client.MatchingFields`` key's text) a field index the module registers with
        ``IndexField`` (ModuleIndex.indexed_field)? A List by it can only be served by the manager's cache."""
        mod, _d = self._module()
        got = mod is not None and mod.indexed_field(key)
        if record and mod is not None:
            self._note(f"modindex:{key}", (got, mod.current_stamp()))
        return got

    def indexed_kind(self, kind: str, record: bool = True) -> bool:
        """Is ``kind`` (``import/path|Name``) a kind the module registers a field index of with ``IndexField``
        (ModuleIndex.indexed_kind)? Its informer is made with the manager's cache before the manager starts,
        and synced before any controller or event handler runs: a List of it reads memory."""
        mod, _d = self._module()
        path, _, name = kind.partition("|")
        got = mod is not None and mod.indexed_kind(path, name)
        if record and mod is not None:
            self._note(f"modkind:{kind}", (got, mod.current_stamp()))
        return got

    def never_runs(self, key: str, record: bool = True) -> bool:
        """Is ``key`` a declaration of a ``_test.go`` file that no test can run? ``go test`` runs only
        ``TestXxx``, ``BenchmarkXxx``, ``FuzzXxx``, ``ExampleXxx``, ``TestMain`` and ``init``; a function of
        a test file runs only when one of those, or a package-level declaration of a test file (``var _ =
        Describe(...)``, a suite's fields), names it, a few calls down (``DisabledTestRoutes`` and the
        helpers only it calls: never). A method of a type a test file declares runs only when the type is
        named so (``newFakeContext`` never called: its ``fakeContext`` methods never run, whatever
        interface lists them). By the names the test files spell (comments too: an over-approximation of
        what runs). (A dependency by its answer.)"""
        reach = self._test_reach()
        dead = key in reach.units and key not in reach.live
        if record:
            self._note(f"testdead:{key}", dead)
        return dead

    def _test_reach(self) -> "ReachedByTests":
        """Which functions of the test files a test can run (:meth:`never_runs`), cached by their text."""
        ckey = ("testlive", tuple(u.digest for f in self.files if f.index.is_test for u in f.index.units))
        got = self.cache.relevant.get_(ckey)
        if got is not None:
            return got
        units: dict[str, tuple[frozenset, str | None]] = {}
        test_types: set[str] = set()
        mentioned: set[bytes] = set()
        for f in self.files:
            if not f.index.is_test:
                continue
            for u in f.index.units:
                test_types.update(t.name for t in u.types.types)
        for f in self.files:
            if not f.index.is_test:
                continue
            for u in f.index.units:
                names = frozenset(_IDENT.findall(f.source, u.start, u.end))
                if not u.keys:   # a type, var or const: what it names runs (its own name is no use of it)
                    mentioned.update(names - {t.name.encode() for t in u.types.types})
                    continue
                for k in u.keys:
                    recv = k.rpartition(".")[0] or None
                    units[k] = (names, recv if recv in test_types else None)
        live: set[str] = set()
        changed = True
        while changed:
            changed = False
            for k, (names, recv) in units.items():
                if k in live:
                    continue
                name = k.rpartition(".")[2]
                if recv is not None:
                    runs = recv.encode() in mentioned
                elif "." in k:
                    runs = True   # a method of a type of the package's code: any interface may call it
                else:
                    runs = bool(_TEST_ROOT.match(name)) or name.encode() in mentioned
                if runs:
                    live.add(k)
                    mentioned.update(names)
                    changed = True
        got = ReachedByTests(frozenset(units), frozenset(live))
        self.cache.relevant.put(ckey, got)
        return got

    def tests_only_method(self, name: str, record: bool = True) -> bool:
        """Is every use of the method name ``name`` in the package (by its text: ``.name``, not in comments or
        string literals) in a ``_test.go`` file — one at least —, and does no interface of the package list
        it? A method of an unexported type used so is a test double's accessor (``fake.Count()``), run by
        the test, which inspects after the concurrent part as a test file itself does. (A dependency by its
        answer.)"""
        pat = _in_code(rb"\.\s*" + re.escape(name.encode()) + rb"\b")
        tests = other = 0
        for f in self.files:
            n = sum(1 for m in pat.finditer(f.source) if m.group(1))
            if f.index.is_test:
                tests += n
            else:
                other += n
        got = tests > 0 and other == 0 and not any(
            t.kind == "interface" and name in t.methods for t in self.types.types.values())
        if record:
            self._note(f"testsonly:{name}", got)
        return got

    def _dot_uses(self, name: str) -> int:
        """How many times the package's code names ``.name`` (a method's calls and values, by its text; not in
        comments or string literals: ``// so tsTable.loadSnapshot finds them`` is no use)."""
        counts = self.__dict__.get("_dot_use_counts")
        if counts is None:   # (one pass over the package for every name: a method's callers ask for many)
            counts = self.__dict__["_dot_use_counts"] = Counter(
                m.group(1) for f in self.files for m in _DOT_NAME.finditer(f.source) if m.group(1))
        return counts.get(name.encode(), 0)

    def unshared_receivers_only(self, typ: str, name: str, record: bool = True) -> bool:
        """Is every use of the unexported method ``name`` of ``typ`` in the package (by its text: each
        ``.name``) a call made before the value it is called on can be seen by another goroutine: on a
        local the caller has just made (``db := &DB{...}``, ``T{...}``, ``new(T)``, ``newT(id)`` of a
        package function returning a value it just made, :meth:`_makes_fresh`), in the caller's own
        body, with no ``go`` statement before the call (nor in a loop around it) and no earlier use of
        the local but its fields (``db.seq = n``): a constructor's recovery step (``db.recover()`` before
        it starts the workers); or, a step deeper, on the receiver of a method that is itself such a
        method. The value then has one goroutine while it runs. (A dependency by its answer.)"""
        memo = self.__dict__.setdefault("_unshared_recv", {})
        got = memo.get((typ, name))
        if got is None:
            got = memo[(typ, name)] = self._unshared_receivers_only(typ, name, 0)
        if record:
            self._note(f"unsharedrecv:{typ}.{name}", got)
        return got

    def _unshared_receivers_only(self, typ: str, name: str, depth: int) -> bool:
        from .. import syntax
        if not name[:1].islower() or depth > 2:
            return False
        total = self._dot_uses(name)
        seen = 0
        for ck in self.callers(name):
            node = self._decl_node(ck, record=True)
            if node is None:
                return False
            body = node.child_by_field_name("body")
            gos = [g for g in syntax.walk(body) if g.type == "go_statement"] if body is not None else []
            ps = syntax.params(node) if node.type == "method_declaration" else []
            recv = ps[0][0] if ps and ps[0][0] else None
            for sel in syntax.walk(node):
                if sel.type != "selector_expression" or syntax.text(sel.child_by_field_name("field")) != name:
                    continue
                call, x = sel.parent, syntax.unparen(sel.child_by_field_name("operand"))
                if call is None or call.type != "call_expression" or call.child_by_field_name("function") != sel \
                        or x is None or x.type != "identifier" or body is None or \
                        next((a for a in syntax.ancestors(call) if a.type in syntax.FUNC_TYPES), None) != node:
                    return False
                if any(g.start_byte < call.start_byte or any(
                        syntax.inside(g, loop) for loop in syntax.loops_between(call, node)) for g in gos):
                    return False
                var = x.text
                other = (_param_type(node, var.decode()) if not _rebinds(body, var) else None) or \
                    _literal_local_type(body, var, call, self._result_type)
                if other is not None and other.lstrip("*&").split("[")[0].split("{")[0] != typ:
                    seen += 1
                    continue   # the method of another type by that name (a parameter, or a literal, of it)
                if recv is not None and recv.encode() == var:
                    # ``db.step()`` in a method of the type on its own receiver: that method must be one too
                    if ck.rsplit(".", 1)[0] != typ or not self._unshared_receivers_only(
                            typ, ck.rsplit(".", 1)[-1], depth + 1) or _rebinds(body, var):
                        return False
                    seen += 1
                    continue
                made = _made_local(body, var, typ, self._makes_fresh, call)
                if made is None or made.start_byte > call.start_byte:
                    return False
                for r in syntax.walk(body):
                    if r.type != "identifier" or r.text != var or r.start_byte <= made.end_byte or \
                            r.start_byte >= call.start_byte or any(
                                a.type in ("if_statement", "expression_switch_statement") and
                                syntax.inside(call, a) and syntax.other_arms(a, r, call)
                                for a in syntax.ancestors(r, body)):
                        continue   # (a use in another branch than the call's: ``if ro { db.a() } else { db.b() }``)
                    if any(a.type == "block" and not syntax.inside(call, a) and syntax.stmt_list(a) and
                           syntax.stmt_list(a)[-1].type == "return_statement" for a in syntax.ancestors(r, body)):
                        continue   # (``if len(ee) == 0 { return &t, nil }``: that path leaves before the call)
                    q = r.parent
                    if self._own_field_handoff(r, var):
                        continue   # ``t.gc.init(&t)``: given to a method of its own field, which starts nothing
                    if q is None or q.type != "selector_expression" or q.child_by_field_name("operand") != r or \
                            (q.parent is not None and q.parent.type == "call_expression" and
                             q.parent.child_by_field_name("function") == q):
                        return False   # handed on, or a method of it run, before the call
                seen += 1
        return seen > 0 and seen == total

    def _result_type(self, key: str) -> str | None:
        """The one result type a package function ``key`` declares (``func newA() *A``: ``*A``), by its text."""
        from .. import syntax
        node = self._decl_node(key, record=True) if key in self.decls else None
        result = node.child_by_field_name("result") if node is not None and \
            node.type == "function_declaration" else None
        return syntax.text(result) if result is not None and result.type != "parameter_list" else None

    def _makes_fresh(self, key: str, typ: str) -> bool:
        """Is ``key`` a package function declared to return a ``typ`` (or ``*typ``) that it has just made and
        kept no other reference to (:meth:`fresh_result`: ``func newAlloc(id ID) *alloc { return
        &alloc{...} }``)?"""
        result = self._result_type(key)
        return result is not None and result.lstrip("*") == typ and self.fresh_result(key)

    def _own_field_handoff(self, r, var: bytes) -> bool:
        """Is the use ``r`` of the local ``var`` (or ``&var``) an argument of a call of a method on one of its
        own fields (``t.gc.init(&t)``: a back-reference kept inside the value itself), a method that no
        declaration of that name in the package starts a goroutine in? The value stays with its maker."""
        from .. import syntax
        a = r.parent
        if a is not None and a.type == "unary_expression" and syntax.text(a.child_by_field_name("operator")) == "&":
            a = a.parent
        call = a.parent if a is not None and a.type == "argument_list" else None
        fn = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
        if fn is None or fn.type != "selector_expression":
            return False
        owner = syntax.unparen(fn.child_by_field_name("operand"))
        if owner is None or owner.type != "selector_expression":
            return False
        root = owner
        while root is not None and root.type == "selector_expression":
            root = syntax.unparen(root.child_by_field_name("operand"))
        if root is None or root.type != "identifier" or root.text != var:
            return False
        name = syntax.text(fn.child_by_field_name("field"))
        keys = [k for k in self.decls if k.endswith("." + name)]
        return bool(keys) and not any(
            _GO_STMT.search(self.decls[k][0].source, self.decls[k][1].start, self.decls[k][1].end) for k in keys)

    def fresh_result(self, key: str) -> bool:
        """Does the package function ``key`` return, as its first result on every return, a value it has
        just made and kept no other reference to: ``&T{...}``, or a local made so that the function only
        reads or sets fields of (``s := &http.Server{Handler: h}; s.TLSConfig = c; return s``)? The caller
        then holds the only reference."""
        from .. import syntax
        node = self._decl_node(key, record=True)
        body = node.child_by_field_name("body") if node is not None else None
        if body is None:
            return False

        def literal(expr) -> bool:
            expr = syntax.unparen(expr)
            if expr is not None and expr.type == "unary_expression" and \
                    syntax.text(expr.child_by_field_name("operator")) == "&":
                expr = syntax.unparen(expr.child_by_field_name("operand"))
            return expr is not None and expr.type == "composite_literal"

        rets = [r for r in syntax.walk(body, skip_funcs=True) if r.type == "return_statement"]
        if not rets:
            return False
        for r in rets:
            vals = syntax.return_values(r)
            v = syntax.unparen(vals[0]) if vals else None
            if v is None or literal(v):
                if v is None:
                    return False
                continue
            if v.type != "identifier":
                return False
            name = syntax.text(v)
            decls = [st for st in syntax.walk(body) if st.type == "short_var_declaration" and
                     [syntax.text(n) for n in st.child_by_field_name("left").named_children] == [name]]
            if len(decls) != 1 or not literal(decls[0].child_by_field_name("right").named_children[0]
                                              if decls[0].child_by_field_name("right").named_children else None):
                return False
            for ref in syntax.walk(body):
                if ref.type != "identifier" or syntax.text(ref) != name or ref.parent is None:
                    continue
                p = ref.parent
                if p.type == "selector_expression" and p.child_by_field_name("operand").id == ref.id and \
                        not (p.parent is not None and p.parent.type == "call_expression" and
                             p.parent.child_by_field_name("function").id == p.id):
                    continue   # ``s.TLSConfig = ...``, a field read (not a method call: it could store s)
                if p.type == "expression_list" and p.parent is not None and \
                        (p.parent.type == "return_statement" or p.parent.id == decls[0].id):
                    continue   # the return, or its declaration
                if p.type == "return_statement" or p.id == decls[0].id:
                    continue
                return False
        return True

    def concrete_result(self, key: str, index: int, _depth: int = 0) -> str | None:
        """The one type (``watcher``) whose values the package function ``key`` returns as its result
        ``index`` wherever that result is not ``nil``: ``&T{...}``, ``T{...}``, ``new(T)``, a local made
        so, or what a package constructor it returns the call of returns (``return newManager(p, ttl)``, its
        first result); None when it returns something else anywhere, or several types. Then a method call on that
        result, held in an interface (``w, err := r.Watch(); w.Stop()``), runs ``T``'s method."""
        from .. import syntax
        node = self._decl_node(key, record=True)
        body = node.child_by_field_name("body") if node is not None else None
        if body is None:
            return None

        def made(expr) -> str | None:
            expr = syntax.unparen(expr)
            if expr is None:
                return None
            if expr.type == "unary_expression" and syntax.text(expr.child_by_field_name("operator")) == "&":
                expr = syntax.unparen(expr.child_by_field_name("operand"))
            if expr is not None and expr.type == "composite_literal":
                t = expr.child_by_field_name("type")
                return syntax.text(t) if t is not None and t.type == "type_identifier" else None
            if expr is not None and expr.type == "call_expression" and \
                    syntax.text(expr.child_by_field_name("function")) == "new":
                args = syntax.call_args(expr)
                return syntax.text(args[0]) if len(args) == 1 and args[0].type == "type_identifier" else None
            fn = expr.child_by_field_name("function") if expr is not None and expr.type == "call_expression" \
                else None
            if fn is not None and fn.type == "identifier" and syntax.text(fn) in self.decls and _depth < 3 and \
                    syntax.text(fn) != key:
                return self.concrete_result(syntax.text(fn), 0, _depth + 1)   # ``return newManager(p, ttl)``
            return None

        locals_: dict[str, list] = {}
        for st in syntax.walk(body, skip_funcs=True):
            if st.type in ("short_var_declaration", "assignment_statement"):
                left, right = st.child_by_field_name("left"), st.child_by_field_name("right")
                ls, rs = (left.named_children if left else []), (right.named_children if right else [])
                for i, n in enumerate(ls):
                    if n.type == "identifier":
                        locals_.setdefault(syntax.text(n), []).append(rs[i] if len(rs) == len(ls) else None)
        types = set()
        for r in syntax.walk(body, skip_funcs=True):
            if r.type != "return_statement":
                continue
            vals = syntax.return_values(r)
            if not vals or not -len(vals) <= index < len(vals):
                return None
            v = syntax.unparen(vals[index])
            if v.type == "nil":
                continue
            t = made(v)
            if t is None and v.type == "identifier":
                defs = locals_.get(syntax.text(v), [])
                got = {made(d) for d in defs}
                t = got.pop() if len(got) == 1 and defs else None
            if t is None:
                return None
            types.add(t)
        return types.pop() if len(types) == 1 else None

    def setters_of(self, type_name: str, field: str) -> tuple[str, ...]:
        """The declarations that may set ``field`` of a ``type_name`` value: the ``field_setters``, less
        those whose every such write is on a value of another (known) type."""
        from .. import syntax
        from .types import base_name
        out = []
        for k in self.field_setters(field):
            um = self.decl_model(k)
            if um is None:
                out.append(k)
                continue
            for sel in syntax.walk(um.unit):
                if sel.type != "selector_expression" or syntax.text(sel.child_by_field_name("field")) != field:
                    continue
                t = um.types.of(sel.child_by_field_name("operand"))
                if t is None or base_name(t) == type_name:
                    out.append(k)
                    break
        return tuple(out)

    def never_reset(self, type_name: str, field: str, flag: bool = False) -> bool:
        """Once a ``type_name`` value's ``field`` is set, does it stay non-nil? Every write of ``.field``
        on such a value in the package assigns something other than a literal ``nil``, and nothing
        takes its address (which could write anything). ``flag``: a bool field that, once true, stays
        true: every write assigns the literal ``true`` (a literal's ``done: false`` is its start)."""
        from .. import syntax
        from .effects import _sets
        from .types import base_name
        for k in self.setters_of(type_name, field):
            um = self.decl_model(k)
            if um is None:
                return False
            for sel in syntax.walk(um.unit):
                if sel.type != "selector_expression" or syntax.text(sel.child_by_field_name("field")) != field or \
                        not _sets(sel):
                    continue
                t = um.types.of(sel.child_by_field_name("operand"))
                if t is not None and base_name(t) != type_name:
                    continue
                lhs = sel.parent
                stmt = lhs.parent if lhs is not None else None
                if lhs is None or lhs.type != "expression_list" or stmt is None or \
                        stmt.type != "assignment_statement" or syntax.text(stmt.child_by_field_name("operator")) != "=":
                    return False   # &x.field, x.field++: not a plain store
                right = stmt.child_by_field_name("right")
                vals = right.named_children if right is not None else []
                i = next((j for j, x in enumerate(lhs.named_children) if x.id == sel.id), None)
                if i is None or len(vals) != len(lhs.named_children) or \
                        (syntax.unparen(vals[i]).type != "true" if flag else syntax.unparen(vals[i]).type == "nil"):
                    return False
        return True

    def signalled_when_set(self, cond: str, field: str, flag: bool = False) -> bool:
        """Does every ``Signal``/``Broadcast`` of the Cond ``cond`` (package-wide name: ``Payload.cond``)
        run only once ``x.field`` is non-nil, ``x`` the value it signals through (``x.cond.Broadcast()``)?
        On every path from its function's entry to it, the function set ``x.field`` to something other
        than ``nil``, or took a branch that says ``x.field != nil`` (``if x.field == nil || … {`` not
        taken). With ``never_reset``, a waiter woken by it finds the field set. ``flag``: the same for a
        bool field set to ``true`` (a branch that says ``x.field``)."""
        from .. import syntax
        from .effects import BROADCAST, SIGNAL, _node_at
        from .flow import literals
        idx = self.chan_index()
        sigs = idx.of(cond, SIGNAL) + idx.of(cond, BROADCAST)
        if not sigs or idx.escapes(cond):
            return False
        for s in sigs:
            got = self._anchor_model(s.at)
            if got is None or got[2].type != "call_expression":
                return False
            um, _lm, node = got
            fn = syntax.unparen(node.child_by_field_name("function"))
            cond_sel = syntax.unparen(fn.child_by_field_name("operand")) if fn is not None else None
            x = cond_sel.child_by_field_name("operand") if cond_sel is not None and \
                cond_sel.type == "selector_expression" else None
            if x is None:
                return False
            target = syntax.text(x) + "." + field
            f = um.func_at(node)
            g = um.cfg(f) if f is not None else None
            end = _node_at(g, node) if g is not None else None
            if end is None:
                return False

            def nil_key(c, target=target):
                if flag:
                    return ("nil", False) if " ".join(syntax.text(c).split()) == target else None
                op = c.child_by_field_name("operator") if c.type == "binary_expression" else None
                right = syntax.unparen(c.child_by_field_name("right")) if op is not None else None
                if op is None or op.type not in ("==", "!=") or right is None or right.type != "nil" or \
                        " ".join(syntax.text(c.child_by_field_name("left")).split()) != target:
                    return None
                return "nil", op.type == "=="

            def sets(n, target=target) -> bool:
                a = n.ast
                if n.kind != "stmt" or a is None or a.type != "assignment_statement":
                    return False
                left, right = a.child_by_field_name("left"), a.child_by_field_name("right")
                for ln, rn in zip(left.named_children if left else [], right.named_children if right else []):
                    if syntax.text(ln) == target and (syntax.unparen(rn).type == "true" if flag
                                                      else syntax.unparen(rn).type != "nil"):
                        return True
                return False

            seen, todo = {g.entry.id}, [g.entry]
            while todo:
                n = todo.pop()
                if n.id == end.id:
                    return False   # a path on which the field may still be nil
                if sets(n):
                    continue
                for s2, br in n.succ:
                    if br is not None and ("nil", False) in literals(br.cond, br.value, nil_key):
                        continue
                    if s2.id not in seen:
                        seen.add(s2.id)
                        todo.append(s2)
        return True

    def reaching(self, keys) -> set[str]:
        """The names of the package functions that call one of ``keys`` (by the names their text calls,
        transitively), with the names of ``keys`` themselves."""
        names = {k.rsplit(".", 1)[-1] for k in keys}
        todo = list(names)
        while todo:
            for c in self.callers(todo.pop()):
                n = c.rsplit(".", 1)[-1]
                if n not in names:
                    names.add(n)
                    todo.append(n)
        return names

    def command_handler(self, name: str, record: bool = True, method: bool = False) -> bool:
        """Is the function ``name`` (with ``method``, a method of that name: ``c.run``) a CLI command's
        handler: the value of a ``RunE:``/``Run:`` field of a ``cobra.Command`` literal (or ``Action:`` of an
        urfave ``cli.Command``/``cli.App``) in the package, or assigned to one (``cmd.RunE = c.run``)? A
        command runs once per process, which ends when it returns (``rootCmd.Execute()``, main's last act)."""
        from .module import is_handler
        memo = self.__dict__.setdefault("_handlers", {})
        got = memo.get((name, method))
        if got is None:
            got = memo[(name, method)] = is_handler([f.source for f in self.files], name, method) or \
                (not method and self._wrapped_handler(name))
        if record:
            self._note("handler:" + ("." if method else "") + name, got)
        return got

    def _wrapped_handler(self, name: str) -> bool:
        """Is the function ``name`` handed to a package function whose result is a command's handler
        (``Action: withArgs[createArgs](CreateAction)``), one that returns a literal whose every path ends
        ``return f(ctx, cmd, args)``: the wrapped function, called with the literal's own context (never
        assigned), ends the command when it returns?"""
        from .. import syntax
        from .module import HANDLER_FIELDS, declares_commands
        pat = re.compile(rb"\b(?:" + "|".join(HANDLER_FIELDS).encode() + rb")\s*:\s*(\w+)\s*(?:\[[^\]\n]*\])?\(\s*" +
                         re.escape(name.encode()) + rb"\s*\)")
        for f in self.files:
            if name.encode() not in f.source or not declares_commands(f.source):
                continue
            for m in pat.finditer(f.source):
                decl = self._decl_node(m.group(1).decode(), record=True)
                lit = _returned_literal(decl)
                ps = syntax.params(decl) if lit is not None else []
                fparam = next((n for n, t in ps if t is not None and t.type == "function_type"), None)
                if fparam is not None and _returns_call_with_first_param(lit, fparam):
                    return True
        return False

    def hertz_root_context(self, record: bool = True) -> bool:
        """Do the module's Hertz servers give their handlers a context that is never done (no
        ``WithSenseClientDisconnection`` anywhere in the module: ModuleIndex.hertz_senses_disconnect)?"""
        mod, _d = self._module()
        got = mod is not None and not mod.hertz_senses_disconnect()
        if record and mod is not None:
            self._note("hertzroot:", (got, mod.current_stamp()))
        return got

    def subcommands_root(self, record: bool = True) -> bool:
        """Do the module's google/subcommands commands receive a context that is never done
        (ModuleIndex.subcommands_root)?"""
        mod, _d = self._module()
        got = mod is not None and mod.subcommands_root()
        if record and mod is not None:
            self._note("subroot:", (got, mod.current_stamp()))
        return got

    def cli_background_root(self, record: bool = True) -> bool:
        """Does the package run its urfave/cli (v3) commands with a root context that is never done: every
        ``app.Run(ctx, os.Args)`` (or ``args``) passes ``context.Background()`` or ``context.TODO()`` (one at least), and
        no command literal of the package has a ``Before:`` hook that may return another context (one whose
        every ``return`` gives back the context it was handed, ``return ctx, check(cmd)``, keeps it)? v3's
        ``Run`` only adds values to that context, so every ``Action`` receives one with no cancellation."""
        got = self.__dict__.get("_cli_root")
        if got is None:
            runs, before = [], False
            for f in self.files:
                runs += _cli_run().findall(f.source)
                if not before and (b"cli.Command{" in f.source or b"cli.App{" in f.source) and \
                        b"Before:" in f.source:
                    before = not self._before_hooks_keep_context(f)
            if not runs and not before:   # (the commands declared here, run by the application's main)
                mod, _d = self._module(closed=True)
                got = mod is not None and mod.cli_runs_root()
            else:
                got = bool(runs) and not before and all(
                    r in (b"context.Background()", b"context.TODO()") for r in runs)
            self.__dict__["_cli_root"] = got
        if record:
            self._note("cliroot:", got)
        return got

    def _before_hooks_keep_context(self, f: PkgFile) -> bool:
        """Does every ``Before:`` hook of the file's composite literals hand back the context it is given:
        a function literal, a package function, or the literal a package function returns
        (``Before: confirm[args](check)`` of ``return func(ctx context.Context, cmd *cli.Command)
        (context.Context, error) { return ctx, check(ctx, cmd) }``), whose every ``return`` gives its first
        parameter, never assigned, as its first value?"""
        from .. import syntax
        if f.tree is None:
            f.tree = syntax.parse(f.source)
        for n in syntax.walk(f.tree.root_node):
            if n.type != "keyed_element" or n.named_child_count != 2 or \
                    syntax.text(n.named_children[0]) != "Before":
                continue
            v = n.named_children[1]
            v = v.named_children[0] if v.type == "literal_element" and v.named_child_count == 1 else v
            if v.type in ("call_expression", "type_conversion_expression"):
                # ``wrap(check)``, ``wrap[args](check)`` (parsed as a conversion to a generic type)
                fn = v.child_by_field_name("function" if v.type == "call_expression" else "type")
                if fn is not None and fn.type in ("index_expression", "generic_type"):
                    fn = fn.named_children[0] if fn.named_children else None
                decl = self.decl_node(syntax.text(fn)) if fn is not None and \
                    fn.type in ("identifier", "type_identifier") else None
                v = _returned_literal(decl)
            elif v.type == "identifier":
                v = self.decl_node(syntax.text(v))
            if v is None or not _keeps_first_param(v):
                return False
        return True

    def selections(self, name: str, record: bool = True) -> int:
        """How many times the package's files (code and comments) select ``name`` (``x.name``, ``T.name``):
        0 for a method nothing calls, takes the value of, or reaches through an interface. A recorded
        dependency that any edit asks again."""
        got = self.__dict__.setdefault("_selections", {}).get(name)
        if got is None:
            pat = re.compile(rb"\.\s*" + re.escape(name.encode()) + rb"\b")
            got = self._selections[name] = sum(1 for f in self.files for m in pat.finditer(f.source)
                                               if b"\n" not in m.group(0) or not _in_line_comment(f.source, m.start()))
        if record:
            self._note("selections:" + name, got)
        return got

    def unselected_test_method(self, decl: Node, in_test_file: bool) -> bool:
        """Is ``decl`` a method of a _test.go file that nothing in the package selects (``x.Name``: a call,
        a method value, a call through an interface)? A test double's method that only completes an
        interface: no other package can call it, and it never runs."""
        if not in_test_file or decl.type != "method_declaration":
            return False
        from .. import syntax
        name = syntax.text(decl.child_by_field_name("name"))
        return bool(name) and self.selections(name) == 0

    def reads_param_to_end(self, key: str, idx: int) -> bool:
        """Does the package function ``key`` read its parameter ``idx`` (a reader) to its end before it
        can return: a statement of its body, or the header of one (``if _, err := b.ReadFrom(p); err !=
        nil``), does ``io.ReadAll(p)``, ``io.Copy(w, p)`` or ``x.ReadFrom(p)``, and no statement before it
        returns or touches ``p``? A pipe end handed to it is read until the writer closes it. (The
        declaration's text is a recorded dependency.)"""
        from .. import syntax
        node = self.decl_node(key)
        if node is None:
            return False
        ps = syntax.params(node)[1 if node.type == "method_declaration" else 0:]
        body = node.child_by_field_name("body")
        if idx >= len(ps) or not ps[idx][0] or ps[idx][0] == "_" or body is None:
            return False
        p = ps[idx][0]
        for st in syntax.stmt_list(body):
            head = [st] if st.type != "if_statement" else \
                [c for c in (st.child_by_field_name("initializer"), st.child_by_field_name("condition")) if c]
            for h in head:
                for c in [h, *syntax.walk(h, skip_funcs=True)]:
                    src = syntax.read_to_end_source(c) if c.type == "call_expression" else None
                    if src is not None and syntax.text(src) == p:
                        return True
            if any(n.type == "return_statement" or (n.type == "identifier" and syntax.text(n) == p)
                   for n in syntax.walk(st, skip_funcs=False)):
                return False
        return False

    def _module(self, closed: bool = False):
        """The module index of the package's module and the package's directory ((None, "") outside a
        module; with ``closed``, also when other modules can call the package: ModuleIndex.closed)."""
        from .module import ModuleIndex
        path = next((f.path for f in self.files if f.path), None)
        mod = ModuleIndex.of(path)
        d = os.path.dirname(os.path.abspath(path)) if mod is not None and path else ""
        if mod is None or (closed and not mod.closed(d)):
            return None, ""
        return mod, d

    def never_done_in_module(self, name: str, idx: int, arity: int | None, method: bool,
                             record: bool = True) -> bool:
        """Does every call of the function ``name`` anywhere in the module (other packages included; one
        call at least) pass as its argument ``idx`` a context that is never done (ModuleIndex), the module
        being the only caller there can be (ModuleIndex.closed: an internal package, an application)?"""
        mod, d = self._module(closed=True)
        if mod is None:
            return False   # (no module, or a library's API: the answer is no without reading other files)
        got = mod.never_done_at_calls(name, idx, arity, method, d)
        if record:
            self._note(f"modctx:{name}:{idx}:{'' if arity is None else arity}:{'m' if method else 'f'}",
                       (got, mod.current_stamp()))
        return got

    def never_called_in_module(self, name: str, record: bool = True) -> bool:
        """Is the function or method ``name`` of the package called nowhere in the module (by name: no
        call of a package function or of any method so named, tests included; no use of it as a value),
        the module being the only caller there can be (ModuleIndex.closed: an internal package, an
        application)? It never runs."""
        mod, d = self._module(closed=True)
        if mod is None:
            return False   # (no module, or a library's API: other modules may call it)
        got = mod.call_sites(name) == () and mod.call_sites(name, d) == ()
        if record:
            self._note("modnever:" + name, (got, mod.current_stamp()))
        return got

    def _module_unchanged(self, stamp: str) -> bool:
        """Is the module the package is in listed as it was when ``stamp`` was taken (ModuleIndex.stamp)?"""
        mod, _d = self._module()
        return mod is not None and mod.current_stamp() == stamp

    def module_callers(self, name: str, literals: bool = False) -> list | None:
        """The declarations across the module that call the package function ``name`` (ModuleIndex.
        caller_decls, ``literals`` as there), when only the module can call it (ModuleIndex.closed); None
        otherwise. What the caller makes of them is valid while the module is unchanged (a ``modcallers``
        dependency)."""
        mod, d = self._module(closed=True)
        if mod is None:
            return None
        got = mod.caller_decls(name, d, literals)
        self._note("modcallers:" + name, (None, mod.current_stamp()))
        return got

    def exits_in_module(self, name: str, record: bool = True, method: bool = False) -> bool:
        """Does the process end once the package function ``name`` (``method``: a method of that name,
        every ``x.name(...)`` of the module counted) returns: every call of it in the module is the last act
        of a program's ``main`` or command handler, or of a function that is such (ModuleIndex.exits_after)?"""
        mod, d = self._module(closed=True)
        if mod is None:
            return False   # (no module, or a library's API: the answer is no without reading other files)
        got = mod.exits_after(name, d, method=method)
        if record:
            self._note("modexit:" + ("." if method else "") + name, (got, mod.current_stamp()))
        return got

    def in_application(self, record: bool = True) -> bool:
        """Is the package part of an application (ModuleIndex.application): a module with a program, whose
        ``main`` runs the CLI commands the package declares?"""
        mod, d = self._module()
        got = mod is not None and mod.application(d)
        if record and mod is not None:
            self._note("modapp:", (got, mod.current_stamp()))
        return got

    def test_only_package(self, record: bool = True) -> bool:
        """Does the package run only in tests: only its module can import it, and the files of the module
        that do are all ``_test.go`` files, one at least (ModuleIndex.test_only: an integration-test harness
        package that only the tests drive)?"""
        mod, d = self._module()
        got = mod is not None and mod.test_only(d)
        if record and mod is not None:
            self._note("modtest:", (got, mod.current_stamp()))
        return got

    def import_of(self, alias: str, record: bool = True) -> str | None:
        """The path the package's files import under ``alias`` (``protocol`` for
        ``"github.com/x/y/protocol"``, or an explicit name), when they all agree; None otherwise. A type
        read from a field may name a package that the file using the field does not import."""
        memo = self.__dict__.setdefault("_import_of", {})
        if alias not in memo:
            from .module import file_imports
            from .. import syntax
            found = set()
            for f in self.files:
                m = _IMPORT_BLOCK.search(f.source)
                if m is None or alias.encode() not in m.group(0):
                    continue
                got = file_imports(syntax.parse(m.group(0)).root_node).get(alias)
                if got is not None:
                    found.add(got)
            memo[alias] = found.pop() if len(found) == 1 else None
        if record:
            self._note("importof:" + alias, memo[alias])
        return memo[alias]

    def import_path(self) -> str | None:
        """The package's import path, by the nearest ``go.mod`` above it (None: in no module)."""
        mod, d = self._module()
        return mod.import_path(d) if mod is not None else None

    def ignored_in_module(self, import_path: str, name: str, idx: int, typ: str | None,
                          record: bool = True, wraps: bool = False) -> bool:
        """Does the function ``name`` of another package of the module (``import_path``; with ``typ``, its
        method of that type, or every method of an interface's: ModuleIndex.ignores_param) never look at
        its parameter ``idx`` (with ``wraps``: only put values on it)?"""
        mod, _d = self._module()
        if mod is None or mod.package_dir(import_path) is None:
            return False   # (no module, or another module's package: the answer is no without reading files)
        got = mod.ignores_param(import_path, name, idx, typ, wraps)
        if record:
            self._note(f"modign:{import_path}|{name}|{idx}|{typ or ''}|{'w' if wraps else ''}", (got, mod.current_stamp()))
        return got

    def ignored_by_var_method(self, operand, imports: dict[str, str], name: str, idx: int,
                              local: bool = False) -> bool:
        """``pkg.V.name(..., ctx, ...)`` with ``V`` a variable of another package of the module: does the
        method ``name`` of its type (every implementation's, an interface) never look at parameter ``idx``
        (ModuleIndex.var_method_type, ignores_param)? ``local``: ``pkg`` is a local here, not the import."""
        from .. import syntax
        mod, _d = self._module()
        if mod is None or local:
            return False
        found = mod.var_method_type(operand, imports)
        got = found is not None and mod.ignores_param(found[0], name, idx, found[1])
        self._note(f"modignvar:{syntax.text(operand)}|{name}|{idx}", (got, mod.current_stamp()))
        return got

    def failure_reach(self):
        """The :class:`~goleash.model.failures.FailureReach` of the package: how far the errors of its
        functions, and of the module's they call, can reach (the environment, or only their own code).
        What it reads of other packages is valid while the module is unchanged (a ``modfail``
        dependency, noted by :meth:`note_failure_reach`)."""
        fr = self.__dict__.get("_failure_reach")
        if fr is None:
            from .failures import FailureReach
            mod, d = self._module()
            fr = self.__dict__["_failure_reach"] = FailureReach(
                mod, mod.import_path(d) if mod is not None else None, self.decl_node)
        return fr

    def note_failure_reach(self, what: str) -> None:
        """Note that the result being computed read the module's other packages for ``what``."""
        mod, _d = self._module()
        if mod is not None:
            self._note("modfail:" + what, (None, mod.current_stamp()))

    def ctor_field(self, key: str, field: str) -> tuple | None:
        """Where the constructor ``key`` takes the ``field`` of the struct it returns, when its only
        ``return`` is a literal ``&T{...}`` / ``T{...}`` (and ``nil`` for an error): ``()`` left out (zero), ``(i, "G")`` copied from
        ``pI.G`` of its i-th parameter, ``(i, None)`` the i-th parameter itself; None otherwise."""
        from .. import syntax
        from .effects import leaves_out
        fn = self.decl_node(key)
        if fn is None or fn.type != "function_declaration":
            return None
        rets = [n for n in syntax.walk(fn, skip_funcs=True) if n.type == "return_statement"]
        vals = syntax.return_values(rets[0]) if len(rets) == 1 else []
        lit = syntax.unparen(vals[0]) if vals and all(syntax.text(v) == "nil" for v in vals[1:]) else None
        if lit is not None and lit.type == "unary_expression" and syntax.text(lit.child_by_field_name("operator")) == "&":
            lit = syntax.unparen(lit.child_by_field_name("operand"))
        if lit is None or lit.type != "composite_literal":
            return None
        if leaves_out(lit, field):
            return ()
        body = lit.child_by_field_name("body")
        value = None
        for el in (body.named_children if body is not None else ()):
            if el.type == "keyed_element" and len(el.named_children) == 2 and \
                    syntax.text(el.named_children[0]) == field:
                value = el.named_children[1]
                value = syntax.unparen(value.named_children[0] if value.type == "literal_element" and
                                       value.named_children else value)
        params = [name for name, _ in syntax.params(fn)]   # (a function: no receiver first)
        if value is not None and value.type == "selector_expression":
            operand = value.child_by_field_name("operand")
            name = syntax.text(operand) if operand is not None and operand.type == "identifier" else None
            if name in params:
                return params.index(name), syntax.text(value.child_by_field_name("field"))
        if value is not None and value.type == "identifier" and syntax.text(value) in params:
            return params.index(syntax.text(value)), None
        return None

    def once_like(self, key: str) -> bool:
        """Is the method ``key`` (``T.Do``) a once-gate of the package's own: one func parameter, called once
        in its body, under an ``if`` that tests the receiver and sets it in the same branch (``func (o
        *doOnce) Do(cb func()) { if !*o { *o = true; cb() } }``)? Then ``once.Do(mu.Unlock)`` and a
        deferred one release the mutex as ``sync.Once`` would: the first that runs."""
        from .. import syntax
        memo = self.__dict__.setdefault("_once_like", {})
        if key in self.decls:
            self._note("text:" + key, self.decls[key][1].digest)
        if key not in memo:
            memo[key] = False
            node = self._decl_node(key) if key in self.decls else None
            ps = syntax.params(node) if node is not None and node.type == "method_declaration" else []
            recv = ps[0][0] if ps else None
            plist = node.child_by_field_name("parameters") if node is not None else None
            args = [(syntax.text(n), syntax.text(d.child_by_field_name("type")))
                    for d in (plist.named_children if plist is not None else ()) if d.type == "parameter_declaration"
                    for n in d.children_by_field_name("name")]
            if recv and len(args) == 1 and args[0][1].replace(" ", "") == "func()":
                f = args[0][0].encode()
                calls = [c for c in syntax.walk(node) if c.type == "call_expression" and
                         (c.child_by_field_name("function") is not None and
                          c.child_by_field_name("function").text == f)]
                gate = next((a for a in syntax.ancestors(calls[0], node) if a.type == "if_statement"), None) \
                    if len(calls) == 1 else None
                cond = gate.child_by_field_name("condition") if gate is not None else None
                cons = gate.child_by_field_name("consequence") if gate is not None else None
                r = recv.encode()
                if cond is not None and cons is not None and syntax.inside(calls[0], cons) and \
                        any(i.type == "identifier" and i.text == r for i in syntax.walk(cond)):
                    memo[key] = b"CompareAndSwap" in (cond.text or b"") or any(
                        st.type == "assignment_statement" and any(
                            i.type == "identifier" and i.text == r
                            for i in syntax.walk(st.child_by_field_name("left")))
                        for st in syntax.walk(cons))
        return memo[key]

    def chan_lock(self, key: str) -> bool:
        """Is the method ``key`` (``T.Lock`` or ``T.Unlock``) one half of a mutex the package makes itself: of
        atomics and a channel (:func:`_atomic_lock`, netstack's ``tmutex.Mutex``), or of a channel: ``T``'s
        ``Lock()`` only sends on a channel field of its receiver (``m.ch <- struct{}{}``), its ``Unlock()``
        only receives from that field (``<-m.ch``, or a select of that receive and a ``default``), and the
        package makes the field everywhere with a buffer of one and assigns it nothing else? One value then
        holds the slot between the two calls, as a ``sync.Mutex`` would be held."""
        memo = self.__dict__.setdefault("_chan_locks", {})
        typ, _, name = key.rpartition(".")
        if not typ or name not in ("Lock", "Unlock"):
            return False
        if typ in memo:
            return memo[typ]
        memo[typ] = False   # (asked again while the index below is read: not one)
        for k in (typ + ".Lock", typ + ".Unlock"):
            if k in self.decls:
                self._note("text:" + k, self.decls[k][1].digest)
        lock_decl, unlock_decl = self._decl_node(typ + ".Lock"), self._decl_node(typ + ".Unlock")
        if _atomic_lock(lock_decl, unlock_decl):
            memo[typ] = True
            return True
        lock, unlock = _chan_lock_field(lock_decl, "send"), _chan_lock_field(unlock_decl, "recv")
        if lock is None or lock != unlock:
            return False
        idx = self.chan_index()
        chan = f"{typ}.{lock}"
        made = idx.made(chan)
        memo[typ] = bool(made) and not idx.of(chan, "assign") and all(m.capacity == 1 for m in made)
        return memo[typ]

    def embedded_lock(self, typ: str, record: bool = True) -> str | None:
        """"Mutex" / "RWMutex" for another package's struct type of the module (``*routes.LPM``) that embeds
        that sync type and has no Lock of its own (ModuleIndex.embedded_lock): ``x.rts.Lock()`` locks it."""
        from .types import base_name
        alias, _, name = (base_name(typ) or "").partition(".")
        if not name or "." in name:
            return None
        mod, _d = self._module()
        if mod is None:
            return None   # (no module: no other package of it to read)
        path = self._module_import(alias, mod)
        got = mod.embedded_lock(path, name) if path is not None else None
        if record:
            self._note("modlock:" + typ, (got, mod.current_stamp()))
        return got

    def _module_import(self, alias: str, mod) -> str | None:
        """The path of a package of the module ``mod`` that the package's files import under ``alias``
        (when they all agree), read from their import blocks by text: no file is parsed."""
        from .module import import_name
        memo = self.__dict__.setdefault("_module_imports", {})
        if alias not in memo:
            found = set()
            for f in self.files:
                m = _IMPORT_BLOCK.search(f.source)
                for a, raw in (_IMPORT_SPEC.findall(m.group(0)) if m is not None else ()):
                    path = raw.decode(errors="replace")
                    if (a.decode() if a else import_name(path)) == alias:
                        found.add(path)
            path = found.pop() if len(found) == 1 else None
            memo[alias] = path if path is not None and mod.package_dir(path) is not None else None
        return memo[alias]

    def returned_field(self, key: str) -> str | None:
        """The field of its receiver that the method ``key`` gives back (``return t.listening``), its other
        statements only locking around it (``t.Lock(); defer t.Unlock()``); None otherwise."""
        node = self.decl_node(key) if key else None
        if node is None:
            return None
        self._note("text:" + key, self.decls[key][1].digest)
        return _returned_field(node, locked=True)

    def ready_after_errors(self, key: str, field: str) -> bool:
        """Does the method ``key`` (``T.Listen``) signal readiness on its receiver's channel field ``field``
        (``t.listening <- true``, ``close(t.ready)``; itself, or a method of ``T`` it calls) on some path, and
        return no error but ``nil`` once it did: every non-nil error return comes before the signal (``if
        err != nil { return err }`` for the resolve and the listen), after it only ``return nil`` (a
        serving loop)? And does nothing else in the package signal ``field``? A caller that saw the signal
        then knows the call will not fail. (A return of another method of the receiver, ``return
        t.listenUDP(addr)``, where no signal came before, holds when that method holds.)"""
        memo = self.__dict__.setdefault("_ready_after_memo", {})
        mk = (key, field)
        if mk not in memo:
            memo[mk] = False
            seen: set[str] = set()
            got = self._ready_after(key, field, 0, seen)
            if got:
                pat = _signals_field(field)
                total = sum(len(pat.findall(f.source)) for f in self.files)
                mine = sum(len(pat.findall(n.text or b"")) for k in seen if (n := self.decl_node(k)) is not None)
                got = total == mine
            memo[mk] = got
        if key in self.decls:
            self._note("text:" + key, self.decls[key][1].digest)
        return memo[mk]

    def _ready_after(self, key: str, field: str, depth: int, seen: set) -> bool:
        from .. import syntax
        from .cfg import reaches
        node = self.decl_node(key)
        um = self.decl_model(key) if node is not None and node.type == "method_declaration" else None
        ps = syntax.params(node) if um is not None else []
        recv = ps[0][0] if ps else None
        g = um.cfg(um.top) if um is not None and recv else None
        if g is None or depth > 3:
            return False
        self._note("text:" + key, self.decls[key][1].digest)
        typ = key.rsplit(".", 1)[0]
        target = f"{recv}.{field}"

        def own_call(n: Node) -> str | None:   # ``t.setup(...)``: a method of the receiver's type
            fn = n.child_by_field_name("function") if n.type == "call_expression" else None
            if fn is None or fn.type != "selector_expression" or syntax.text(fn.child_by_field_name("operand")) != recv:
                return None
            k = f"{typ}.{syntax.text(fn.child_by_field_name('field'))}"
            return k if k in self.decls else None

        pat = _signals_field(field)

        def deep(k: str, d: int) -> bool:   # (a method of the type that may signal, a few calls down)
            n = self.decl_node(k)
            src = (n.text or b"") if n is not None else b""
            if pat.search(src):
                return True
            return d < 3 and any(f"{typ}.{m.decode()}" in self.decls and f"{typ}.{m.decode()}" != k and
                                 deep(f"{typ}.{m.decode()}", d + 1) for m in set(_METHOD_CALL.findall(src)))

        def signals(stmt: Node) -> bool:
            for n in [stmt, *syntax.walk(stmt, skip_funcs=True)]:
                if n.type == "send_statement" and syntax.text(n.child_by_field_name("channel")) == target:
                    return True
                if n.type == "call_expression" and syntax.text(n.child_by_field_name("function")) == "close" and \
                        [syntax.text(a) for a in syntax.call_args(n)] == [target]:
                    return True
                if n.type == "call_expression" and (k := own_call(n)) is not None and deep(k, 0):
                    return True   # (a helper that signals: counted as the signal, however it does it)
            return False

        seen.add(key)
        sig = [n for n in g.nodes if n.ast is not None and n.kind == "stmt" and n.ast.type != "return_statement"
               and signals(n.ast)]
        signalled = bool(sig)
        for n in g.nodes:
            ast = n.ast
            if ast is None or ast.type != "return_statement":
                continue
            vals = syntax.return_values(ast)
            last = syntax.unparen(vals[-1]) if vals else None
            if last is None:
                return False   # (a bare return of a named error: not read)
            if last.type == "nil":
                continue
            if any(reaches(s, n) for s in sig):
                return False   # an error after the signal
            sub = own_call(last) if last.type == "call_expression" and len(vals) == 1 else None
            if sub is not None and sub not in seen:
                if not self._ready_after(sub, field, depth + 1, seen):
                    return False
                signalled = True
            elif sub is not None:
                return False
        return signalled

    def stable_getter(self, key: str) -> bool:
        """Is the method ``key`` (``T.m``) a getter of a field nothing sets after construction: its body only
        ``return r.f`` on its receiver, and no declaration of the package assigns, increments or takes the
        address of a field named ``f`` (composite literals set it, at construction)? Two calls of it on one
        value then give the same answer."""
        memo = self.__dict__.setdefault("_getters", {})
        if key not in memo:
            memo[key] = self._field_of_getter(key)
        field = memo[key]
        if key in self.decls:   # (the answer depends on the getter's text and on the field's setters)
            self._note("text:" + key, self.decls[key][1].digest)
        return field is not None and not self.field_setters(field)

    def _field_of_getter(self, key: str) -> str | None:
        if "." not in key or key not in self.decls:
            return None
        return _returned_field(self._decl_node(key), locked=False)

    def converted(self, type_name: str) -> bool:
        """May a declaration of the package convert a value to the named type (``readType(n)``, by the
        names the declarations call)? A recorded dependency, as ``callers``."""
        return bool(self.callers(type_name))

    def calls_of(self, key: str):
        """Every call of the package function ``key`` in the package (by its name: ``name(...)`` or
        ``x.name(...)``), as (caller's key, caller's declaration node, call node, the function or literal
        the call is written in); None as soon as a caller's declaration cannot be read. The callers and
        their texts are recorded dependencies."""
        from .. import syntax
        name = key.rsplit(".", 1)[-1]
        out = []
        for ck in self.callers(name):
            node = self.decl_node(ck)
            if node is None:
                return None
            for call in syntax.walk(node):
                if call.type != "call_expression":
                    continue
                fn = call.child_by_field_name("function")
                if fn is not None and fn.type == "selector_expression":
                    fn = fn.child_by_field_name("field")
                if fn is None or syntax.text(fn) != name:
                    continue
                owner = next((a for a in syntax.ancestors(call) if a.type in syntax.FUNC_TYPES), None)
                out.append((ck, node, call, owner))
        return out

    def const_bool_arg(self, key: str, idx: int) -> bool | None:
        """The constant every call of the unexported package function ``key`` passes for its parameter
        ``idx`` (``true`` or ``false``, the same at each call), else None (no call, another value, or a method
        also selected otherwise than in these calls: a method value, an interface). A recorded dependency."""
        from .. import syntax
        name = key.rsplit(".", 1)[-1]
        if not name or not (name[0] == "_" or name[0].islower()):
            return None
        calls = self.calls_of(key)
        if not calls or ("." in key and self.selections(name) != len(calls)):
            return None
        values = set()
        for _ck, _node, call, _owner in calls:
            args = syntax.call_args(call)
            arg = syntax.unparen(args[idx]) if idx < len(args) else None
            if arg is None or arg.type not in ("true", "false"):
                return None
            values.add(arg.type == "true")
        return values.pop() if len(values) == 1 else None

    def waits_for_func_param(self, key: str) -> int | None:
        """The index of a func parameter ``f`` that the package function ``key`` runs in a goroutine of its
        own and waits for: the goroutine calls ``f()`` first and then signals on a channel the function made
        (a send or a close), and every path of the function from its ``go`` statement to a normal return
        receives from that channel (its other way out stops the test: ``t.Fatal``, ``require.Fail``). Such a
        helper (``waitOrFail(t, wg.Wait, "...")``) returns only once ``f`` has returned. None otherwise."""
        from .. import syntax
        from .cfg import reaches
        from .effects import CLOSE, SEND
        um = self.decl_model(key)
        top = um.top if um is not None else None
        g = um.cfg(top) if top is not None else None
        if g is None:
            return None
        params = [v for v in um.scopes.vars if v.kind == "param" and v.func.id == top.node.id]
        for n in g.nodes:
            if n.kind != "go" or n.ast is None:
                continue
            lit = syntax.go_literal(n.ast)
            stmts = syntax.stmt_list(syntax.func_body(lit)) if lit is not None else []
            first = stmts[0].named_children[0] if stmts and stmts[0].type == "expression_statement" and \
                stmts[0].named_children else None
            fn = first.child_by_field_name("function") if first is not None and first.type == "call_expression" \
                else None
            v = um.scopes.var(fn) if fn is not None and fn.type == "identifier" else None
            if v is None or v not in params or v.assigned or syntax.call_args(first):
                continue
            lf = um.func_of_node.get(lit.id)
            lg = um.cfg(lf) if lf is not None else None
            signals = {e.place for m in (lg.nodes if lg is not None else ()) for e in um.node_effects(lg, m)
                       if e.kind in (SEND, CLOSE) and e.place is not None and e.place.is_local}
            recvs = _receives_of(um, g, signals)
            if signals and recvs and not reaches(n, g.ret, recvs):
                return v.index
        return None

    def joins_when(self, key: str) -> tuple[int, bool] | None:
        """``(i, v)`` when the package function ``key`` returns the bool ``v`` only after it received from
        its channel parameter ``i`` (``func opWait(done <-chan struct{}, ctx context.Context) (canceled bool)
        { select { case <-ctx.Done(): canceled = true; case <-done: }; return }``): a caller that goes on
        on that result (``if opWait(done, ctx) { return }``) has waited for whoever closes or sends on the
        channel. The returns must be constants, or the bool result (named or a local) that starts out
        ``!v`` and is only ever set to ``!v``'s opposite (each such assignment is taken as the other way
        out). None otherwise."""
        from .. import syntax
        from .effects import RECV
        um = self.decl_model(key)
        top = um.top if um is not None else None
        g = um.cfg(top) if top is not None else None
        res = top.node.child_by_field_name("result") if top is not None else None
        if g is None or res is None:
            return None
        named = None
        if res.type == "parameter_list":
            decls = [d for d in res.named_children if d.type == "parameter_declaration"]
            names = decls[0].children_by_field_name("name") if len(decls) == 1 else []
            if len(decls) != 1 or len(names) > 1 or syntax.text(decls[0].child_by_field_name("type")) != "bool":
                return None
            named = syntax.text(names[0]) if names else None
        elif syntax.text(res) != "bool":
            return None
        params = [v for v in um.scopes.vars if v.kind == "param" and v.func.id == top.node.id]
        exits = [q for q in g.ret.pred]
        if not exits or any(q.ast is None or q.ast.type != "return_statement" for q in exits):
            return None
        params.sort(key=lambda v: v.ident.start_byte)   # (the i-th argument of a call, receiver not counted)
        for i, v in enumerate(params):
            if v.type_node is None or "chan" not in syntax.text(v.type_node):
                continue
            place = um.place(v.ident) if v.ident is not None else None
            if place is None:
                continue
            recvs = {m.id for m in g.nodes if m.kind != "select" for e in um.node_effects(g, m)
                     if e.kind == RECV and e.place == place}   # (a select's case: its ``comm`` node)
            if not recvs:
                continue
            for want in (False, True):
                if self._returns_only_after(um, g, exits, recvs, want, named):
                    return i, want
        for i, v in enumerate(params):   # a WaitGroup waited for in a goroutine of its own, the function
            # receiving its signal in a select with a way out (``waitTimeout(wg, d) bool``)
            if v.type_node is None or not syntax.text(v.type_node).endswith("sync.WaitGroup") or v.assigned:
                continue
            recvs = self._wait_signals(um, g, v)
            for want in (False, True):
                if recvs and self._returns_only_after(um, g, exits, recvs, want, named):
                    return i, want
        return None

    @staticmethod
    def _wait_signals(um, g, wg) -> set[int]:
        """CFG node ids of ``g`` (a function's) that receive from a local channel only one goroutine of the
        function sends on or closes, one whose first act is ``wg.Wait()`` (deferred acts before it:
        ``go func() { defer close(c); wg.Wait() }()``): a receive there comes after the wait returned."""
        from .. import syntax
        signals: list[tuple[object, Node]] = []   # every send and close of the function, literals included
        for x in syntax.walk(syntax.func_body(g.entry.ast)):
            if x.type == "send_statement":
                signals.append((um.place(x.child_by_field_name("channel")), x))
            elif x.type == "call_expression" and syntax.call_name(x) == ("", "close") and syntax.call_args(x):
                signals.append((um.place(syntax.call_args(x)[0]), x))
        out: set[int] = set()
        for n in g.nodes:
            lit = syntax.go_literal(n.ast) if n.kind == "go" and n.ast is not None else None
            stmts = syntax.stmt_list(syntax.func_body(lit)) if lit is not None else []
            k = next((j for j, st in enumerate(stmts) if st.type != "defer_statement"), len(stmts))
            first = stmts[k].named_children[0] if k < len(stmts) and stmts[k].type == "expression_statement" \
                and stmts[k].named_children else None
            if first is None or first.type != "call_expression" or syntax.call_name(first)[1] != "Wait" or \
                    syntax.call_args(first):
                continue
            x = syntax.unparen(first.child_by_field_name("function").child_by_field_name("operand"))
            if x is None or x.type != "identifier" or um.scopes.var(x) is not wg:
                continue
            mine = {p for p, at in signals if syntax.inside(at, lit)}
            if len(mine) != 1 or None in mine or not next(iter(mine)).is_local or \
                    any(p in mine and not syntax.inside(at, lit) for p, at in signals):
                continue
            out |= _receives_of(um, g, mine)
        return out

    @staticmethod
    def _returns_only_after(um, g, exits, recvs: set, want: bool, named: str | None) -> bool:
        from .. import syntax
        from .cfg import reaches
        lit = "true" if want else "false"
        other = "false" if want else "true"
        flag = None      # the variable a bare ``return`` / ``return x`` gives
        flips: set[int] = set()
        for q in exits:
            vals = [c for c in q.ast.named_children if c.type != "comment"]
            vals = vals[0].named_children if len(vals) == 1 and vals[0].type == "expression_list" else vals
            if len(vals) > 1:
                return False
            x = syntax.unparen(vals[0]) if vals else None
            if x is not None and x.type in ("true", "false"):
                if x.type == lit and reaches(g.entry, q, recvs):
                    return False
                continue
            name = named if x is None else (syntax.text(x) if x.type == "identifier" else None)
            if name is None or (flag is not None and name != flag):
                return False
            flag = name
        if flag is None:
            return True
        var = next((v for v in um.scopes.vars if v.name == flag and v.func.id == um.top.node.id
                    and v.kind in ("local", "result", "param")), None)
        if var is None or var.addressed or var.kind == "param":
            return False
        start = syntax.unparen(var.value) if var.value is not None else None
        if not ((start is None and var.kind == "result") or (start is not None and start.type == lit)):
            return False   # it must start out as the value the receive is needed for
        for stmt, val in var.assigns:
            val = syntax.unparen(val) if val is not None else None
            node = g.node_of(stmt) if val is not None and val.type == other else None
            if node is None:
                return False
            flips.add(node.id)
        return not any(reaches(g.entry, q, recvs | flips) for q in exits if q.id not in flips)

    def fed_result_channel(self, key: str):
        """Where the package function ``key`` sends (an Anchor), in a goroutine it starts, on an unbuffered
        channel it has just made and returns: every use of that local is the ``make``, a send of a goroutine
        literal the function starts (a plain statement, not a select's case), or ``return ch``. A caller that
        drops the result leaves that send nobody to receive it. None otherwise. (A recorded dependency: the
        function's text.)"""
        from .. import syntax
        from .locks import Anchor
        um = self.decl_model(key)
        if um is None:
            return None
        base = um.unit.start_byte
        for v in um.scopes.vars:
            if v.kind != "local" or v.func.id != um.unit.id or v.value is None:
                continue
            made = syntax.unparen(v.value)
            args = syntax.call_args(made) if made.type == "call_expression" else []
            if syntax.call_name(made) != ("", "make") or len(args) != 1 or args[0].type != "channel_type":
                continue
            sends, returned = [], False
            for r in v.refs:
                up = r.parent
                if up is not None and up.type == "send_statement" and up.child_by_field_name("channel") == r:
                    f = um.func_at(up)
                    if f is None or f.how != "go" or up.parent is None or up.parent.type == "communication_case":
                        break
                    sends.append(up)
                elif up is not None and up.type == "expression_list" and up.parent is not None and \
                        up.parent.type == "return_statement" and len(up.named_children) == 1:
                    returned = True
                else:
                    break
            else:
                if sends and returned:
                    return Anchor(key, sends[0].start_byte - base, sends[0].end_byte - base)
        return None

    def started_chan_capacity(self, key: str, index: int) -> int | None:
        """The smallest buffer of the channel each start of the package function ``key`` hands it as its
        ``index``-th argument, when every call of it is a ``go`` statement (``go c.readLoop(errCh)``) or a
        call for itself, whose argument is a local of the starter made there with a constant buffer (``errCh
        := make(chan error, 1)``) that the starter only receives from otherwise, measures (``len``,
        testify's assertions) or closes: no other goroutine, call or send gets it — but other starts of the function
        in the same declaration, not in a loop, each then getting its share (``respC := make(chan error, 2);
        go expect(cl, respC); go expect(cl2, respC)``: one slot each); None otherwise. The goroutine then has
        that many slots for itself."""
        from .. import syntax
        calls = self.calls_of(key)
        if not calls:
            return None
        got = None
        for ck, _node, call, _owner in calls:
            if call.parent is None or call.parent.type not in ("go_statement", "expression_statement"):
                return None   # (started, or called for itself: the caller cannot receive while it runs)
            args = syntax.call_args(call)
            arg = syntax.unparen(args[index]) if 0 <= index < len(args) else None
            um = self.decl_model(ck)
            v = um.scopes.var(arg) if um is not None and arg is not None and arg.type == "identifier" else None
            made = syntax.unparen(v.value) if v is not None and not v.assigned and not v.addressed else None
            margs = syntax.call_args(made) if made is not None and made.type == "call_expression" and \
                syntax.text(made.child_by_field_name("function")) == "make" else []
            if len(margs) != 2:
                return None
            size = " ".join(syntax.text(margs[1]).split())
            loops = [lp for lp in syntax.loops_between(call, _node) if not syntax.inside(made, lp)]
            if loops:
                # started once per turn of a loop around it (not around the make): the turns share the
                # buffer, a slot each when it is made as large as the loop runs (``make(chan int64, *num)``
                # and ``for i := 0; i < *num; i++ { go handler(..., result) }``)
                turns = syntax.loop_turns(loops[0])
                if len(loops) != 1 or not turns:
                    return None
                if size in [str(t) for t in turns]:
                    cap = 1
                elif margs[1].type == "int_literal" and isinstance(turns[0], int) and turns[0] > 0:
                    cap = int(margs[1].text, 0) // turns[0]
                else:
                    return None
            elif margs[1].type != "int_literal":
                return None
            else:
                cap = int(margs[1].text, 0)
            # other starts handing the same channel (``go expect(cl, respC); go expect(cl2, respC)``) share
            # its buffer: a slot each of what it holds
            sharing = [c for _k, _n, c, _o in calls if c.id != call.id and syntax.inside(c, _node) and
                       index < len(syntax.call_args(c)) and syntax.unparen(syntax.call_args(c)[index]).type ==
                       "identifier" and um.scopes.var(syntax.unparen(syntax.call_args(c)[index])) is v]
            shared_args = {syntax.unparen(syntax.call_args(c)[index]).id for c in sharing}
            if sharing:
                if loops:
                    return None
                cap //= len(sharing) + 1
            for r in v.refs:
                if r.id == arg.id or r.id in shared_args:
                    continue
                p = r.parent
                while p is not None and p.type == "parenthesized_expression":
                    p = p.parent
                up = p.parent if p is not None and p.type == "argument_list" else None
                if p is None or not ((p.type == "unary_expression" and
                                      syntax.text(p.child_by_field_name("operator")) == "<-") or
                                     (up is not None and up.type == "call_expression" and (
                                         syntax.text(up.child_by_field_name("function")) in ("len", "cap", "close")
                                         or syntax.call_name(up)[0] in ("require", "assert")))):
                    return None   # handed on, sent on, ranged over...: not only this goroutine's (a close
                    #               takes no slot: a send after it panics, it does not wait)
            got = cap if got is None else min(got, cap)
        return got

    def started_chan_drained(self, key: str, index: int) -> bool:
        """Does every start of the package function ``key`` (each a ``go`` statement) hand it, as its
        ``index``-th argument, a local channel of the starter that a goroutine of the starter drains until
        it is closed, closed only once every sender is done? That is: the channel's other uses in the
        starter are ``go`` starts of senders — functions that only send on their parameter, not from a
        goroutine of their own, and open with ``defer wg.Done()`` of a WaitGroup the starter hands them —,
        one ``go`` start of a drainer started first, at the starter's top level — a function whose only use
        of its parameter is a ``for range`` that nothing leaves early —, and one ``close`` preceded in its
        block by ``Wait()`` of every sender's WaitGroup (``go s.collect(stats, &cwg)``, ``go s.generate(..,
        &gwg, stats)``, ..., ``gwg.Wait(); close(stats)``). A send then always finds the drainer."""
        from .. import syntax
        calls = self.calls_of(key)
        if not calls:
            return False
        seen = 0
        for ck, node, call, owner in calls:
            um = self.decl_model(ck)
            callee = um.callee(call)[0] if um is not None else None
            if callee is not None and callee.key is not None and callee.key != key:
                continue   # the function of another type by that name
            seen += 1
            if call.parent is None or call.parent.type != "go_statement" or owner is None or owner.id != node.id:
                return False
            args = syntax.call_args(call)
            arg = syntax.unparen(args[index]) if 0 <= index < len(args) else None
            v = um.scopes.var(arg) if um is not None and arg is not None and arg.type == "identifier" else None
            made = syntax.unparen(v.value) if v is not None and v.kind == "local" and not v.assigned and \
                not v.addressed else None
            if made is None or made.type != "call_expression" or \
                    syntax.text(made.child_by_field_name("function")) != "make":
                return False
            if not self._drained_in(um, node, v):
                return False
        return seen > 0

    def _drained_in(self, um, node: Node, v) -> bool:
        """The starter side of :meth:`started_chan_drained`, for the channel local ``v`` of ``node``."""
        from .. import syntax
        body = node.child_by_field_name("body")
        top = syntax.stmt_list(body) if body is not None else []
        drainer_at, senders, closes = None, [], []
        for r in v.refs:
            p = r.parent
            while p is not None and p.type == "parenthesized_expression":
                p = p.parent
            call = p.parent if p is not None and p.type == "argument_list" else None
            if call is not None and syntax.text(call.child_by_field_name("function")) == "close" and \
                    call.parent is not None and call.parent.type == "expression_statement":
                closes.append(call.parent)
                continue
            if call is None or call.parent is None or call.parent.type != "go_statement" or \
                    next((a for a in syntax.ancestors(call) if a.type in syntax.FUNC_TYPES), None) != node:
                return False   # sent on, received, handed to a call or a literal here: not only theirs
            callee, _places, _consts = um.callee(call)
            decl = self._decl_node(callee.key, record=True) if callee is not None and callee.key in self.decls \
                else None
            j = next((i for i, a in enumerate(syntax.call_args(call)) if syntax.unparen(a).id == r.id), -1)
            pname = _param_name(decl, j) if decl is not None else None
            if pname is None:
                return False
            role = _chan_role(decl, pname)
            if role == "drain":
                if drainer_at is not None or call.parent not in top:
                    return False
                drainer_at = call.parent
            elif role == "send":
                wg = _done_first(decl)
                k = _param_index(decl, wg) if wg is not None else None
                cargs = syntax.call_args(call)
                warg = syntax.unparen(cargs[k]) if k is not None and 0 <= k < len(cargs) else None
                if warg is None or warg.type != "unary_expression" or not syntax.text(warg).startswith("&"):
                    return False
                senders.append((call.parent, syntax.text(warg.child_by_field_name("operand"))))
            else:
                return False
        if drainer_at is None or len(closes) != 1 or not senders or \
                any(g.start_byte < drainer_at.start_byte for g, _ in senders):
            return False
        close = closes[0]
        block = close.parent
        waits = {m.group(1) for st in (block.named_children if block is not None else [])
                 if st.end_byte <= close.start_byte and st.type == "expression_statement"
                 for m in [re.match(r"^([A-Za-z_]\w*)\.Wait\(\)$", syntax.text(st).strip())] if m}
        return all(w in waits for _, w in senders)

    def call_args(self, caller: str, name: str, func_only: bool = False) -> list[tuple[str, ...]] | None:
        """The argument texts of every call of ``name`` (``name(...)`` or ``x.name(...)``) in the
        declaration ``caller``; None when ``name`` also appears there other than called (a func value:
        calls goleash cannot see). When only methods of the package have that name, only ``x.name``
        counts. ``func_only``: the calls of the unexported package function ``name``, which its package
        can only call bare (``x.name(...)`` and ``x.name`` are a method's of the same name). Callers come
        from :meth:`callers` (which records the dependency)."""
        from .. import syntax
        node = self._decl_node(caller)
        if node is None:
            return None
        # a name only methods of the package have: a bare ``name`` is another thing (a local
        # ``isScaling, err := m.isScaling(ctx)``), neither a call nor a value of the method
        method_only = not func_only and name not in self.types.funcs and \
            any(name in ms for ms in self.types.methods.values())
        out, called = [], set()
        for n in syntax.walk(node):
            if method_only and n.type == "identifier":
                continue
            if func_only and n.type == "field_identifier":
                continue
            if n.type == "call_expression":
                fn = n.child_by_field_name("function")
                ident = fn.child_by_field_name("field") if fn is not None and fn.type == "selector_expression" else fn
                if ident is not None and ident.type == "identifier" and method_only:
                    continue
                if ident is not None and ident.type == "field_identifier" and func_only:
                    continue
                if ident is not None and syntax.text(ident) == name:
                    called.add(ident.id)
                    out.append(tuple(" ".join(syntax.text(a).split()) for a in syntax.call_args(n)))
            elif n.type in ("identifier", "field_identifier") and syntax.text(n) == name and n.id not in called:
                p = n.parent
                if p is not None and p.type in ("function_declaration", "method_declaration"):
                    continue
                return None
        return out

    # ------------------------------------------------------------ summaries
    def lock_summary(self, key: str, record: bool = True):
        """The lock summary of a package function or method (``Name`` / ``Type.Name``), or None."""
        return self._summary("lock", key, record)

    def effect_summary(self, key: str, record: bool = True):
        """Channel/WaitGroup/cancel effects of a package function on its parameters' places, or None."""
        return self._summary("effect", key, record)

    def lock_orders(self) -> dict[tuple[str, str], list]:
        """Every (held, then taken) pair of mutexes in the package's functions, with where it happens."""
        if self._orders is None:
            orders: dict[tuple[str, str], list] = {}
            for f in self.files:
                for u in f.index.units:
                    if not u.lockish:
                        continue
                    for k in u.keys:
                        s = self.lock_summary(k)
                        for edge in (s.order if s is not None else ()):
                            orders.setdefault((edge.first, edge.second), []).append(edge)
            self._orders = orders
        return self._orders

    def field_maybe_set(self, field: str) -> bool:
        """A cheap test before :meth:`chan_index`: does any file of the package spell an assignment or
        a keyed element of ``field`` (``.field =``, ``field:``)? False means it is surely never set."""
        got = self._field_set.get(field)
        if got is None:
            name = field.encode()
            # (a keyed element ``done: x``, not a select case ``case <-q.done:``)
            pat = re.compile(rb"\." + re.escape(name) + rb"\s*(?:=[^=]|,)|(?<![.\w])" + re.escape(name) + rb"\s*:[^=]")
            # (the name as a substring first: a scan in C, where the pattern's \b is slow on megabytes)
            got = self._field_set[field] = any(name in f.source and pat.search(f.source) for f in self.files)
        return got

    def never_made(self, chan: str) -> bool:
        """Is the field channel ``chan`` (``Queue.done``) nil in every value of its type: unexported, and
        nothing in the package makes it, assigns it or hands it out, while the package builds the values
        (``&Queue{name: n}``)? A send or receive on it blocks forever; a select case on it never fires."""
        field = chan.rsplit(".", 1)[-1]
        if chan.startswith("g:") or field[:1].isupper() or self.field_maybe_set(field):
            return False   # (spelled as set somewhere: the index would say so)
        index = self.chan_index()
        return not index.escapes(chan) and not index.set_anywhere(chan) and index.constructed(chan)

    def chan_index(self):
        """Field and package-variable channels of the whole package (goleash.model.chanindex), read on
        demand: the facts about a name come from the declarations that spell a part of it."""
        if self._chans is None:
            from .chanindex import ChanIndex
            names, types = self._chan_names()
            self._chans = ChanIndex(load=self._load_chans if names else None, note=self._note_chan,
                                    twins=self._twin_types)
            self._chan_read = _ChanRead(names, types)
        return self._chans

    def _twin_types(self, owner: str) -> list[str]:
        """The package's types defined as ``owner`` (``type udpConn endpoint``), or the one ``owner`` is
        defined as, when that is a struct type of the package: their values convert into each other, the
        same fields on the same value."""
        types = self.types.types
        td = types.get(owner)
        out = []
        if td is not None and td.kind == "other" and td.underlying in types and types[td.underlying].kind == "struct":
            out.append(td.underlying)
        if td is not None and td.kind == "struct":
            out += [n for n, x in types.items() if x.kind == "other" and x.underlying == owner]
        return out

    def _note_chan(self, chan: str) -> None:
        """Record, as a dependency of the result being made, the declarations the channel index read to
        answer about ``chan``: those spelling its field name (or, for ``Type.*``, each channel field's)."""
        if not self._recording:
            return
        head = chan[2:] if chan.startswith("g:") else chan
        owner, _, last = head.rpartition(".")
        if last == "*":
            st = self.types.types.get(owner)
            words = [fl.name for fl in (st.fields if st is not None else ()) if fl.name in self._chan_read.names]
        else:
            words = [last]
        for w in words:
            self._note("spells:" + w, self.spelling(w))

    def spelled_by(self, word: str) -> tuple:
        """:meth:`spelling`, recorded as a dependency of the result being made (``spells:word``): an edit that
        makes a declaration spell the word, or stop, asks the result again."""
        got = self.spelling(word)
        self._note("spells:" + word, got)
        return got

    def spelling(self, word: str) -> tuple:
        """(key, digest) of every declaration of the package whose text spells ``word``, in the package's
        order."""
        got = self._spelling.get(word)
        if got is None:
            out = []
            end = len(word)
            for f in self.files:   # (one scan of each file, its hits placed in their units: not a search per unit)
                units = f.index.units
                starts = [u.start for u in units]
                hit: set[int] = set()
                for at in _word_at(f.source, word):
                    i = bisect.bisect_right(starts, at) - 1
                    if i >= 0 and at + end <= units[i].end:
                        hit.add(i)
                out.extend((units[i].keys[0] if units[i].keys else f"<{units[i].kind}@{units[i].start}>",
                            units[i].digest) for i in sorted(hit))
            got = self._spelling[word] = tuple(out)
        return got

    def _spells_touched(self, word: str, fp) -> bool:
        """May the declarations spelling ``word`` differ from ``fp`` since the inherited model: a changed
        declaration among them, or a changed one that spells it now?"""
        if not self._changed.isdisjoint(k for k, _d in fp):
            return True
        return any(next(_word_at(self.decls[k][0].source, word, self.decls[k][1].start, self.decls[k][1].end), None)
                   is not None for k in self._changed if k in self.decls)

    def _load_chans(self, chan: str) -> None:
        """Read into the channel index every declaration that spells a part of ``chan`` not read yet
        (``Server.events``: ``events``, or a literal of ``Server``; ``Server.*``: the type's literals and
        each of its channel fields)."""
        from .chanindex import chan_facts
        read = self._chan_read
        names, done, units_done, order = read.names, read.tokens, read.units, read.order
        head = chan[2:] if chan.startswith("g:") else chan
        parts = set(head.split("."))
        if "*" in parts:
            parts.discard("*")
            st = self.types.types.get(head.rsplit(".", 1)[0])
            parts.update(fl.name for fl in (st.fields if st is not None else ()))
        # and the accessors that hand the field out (``func (c *C) ExecCh() chan error { return c.execCh }``):
        # a receive from ``c.ExecCh()`` is one of ``C.execCh``
        owner, _, fld = head.rpartition(".")
        accessors = {m for m, sig in self.types.methods.get(owner, {}).items()
                     if fld and sig.returns_field == fld} if owner else set()
        tokens = sorted(((parts & names) | accessors) - done)
        if not tokens:
            return
        done.update(tokens)
        # a field or variable wherever it is spelled; a struct type only where a literal of it is built
        # (``T{...}``, ``&T{...}``, ``new(T)``): its name alone (a receiver, a parameter) touches no channel
        plain = [re.escape(t.encode()) for t in tokens if t not in read.types]
        built = [re.escape(t.encode()) for t in tokens if t in read.types]
        alts = [rb"\b(?:" + b"|".join(plain) + rb")\b"] if plain else []
        if built:
            b = b"|".join(built)
            alts.append(rb"\b(?:" + b + rb")\s*(?:\[[^\]{}]*\]\s*)?\{|\bnew\(\s*(?:\w+\.)?(?:" + b + rb")\b")
        pattern = re.compile(b"|".join(alts))
        idx = self._chans
        touched = set()
        for fi, f in enumerate(self.files):
            for ui, u in enumerate(f.index.units):
                if (fi, ui) in units_done or not pattern.search(f.source, u.start, u.end):
                    continue
                units_done.add((fi, ui))
                ck = ("chans", u.digest, self.types_fp, f.index.is_test)
                facts = self.cache.summaries.get_(ck)
                if facts is None:
                    node = f.unit_node(u)
                    if node is None:
                        continue
                    um = self.unit_model(node, f.source)
                    key = u.keys[0] if u.keys else f"<{u.kind}@{u.start}>"
                    facts = chan_facts(um, key, node.start_byte, None, self.is_chan_name)
                    self.cache.summaries.put(ck, facts)
                for j, fact in enumerate(facts):
                    idx.facts.setdefault(fact.chan, []).append(fact)
                    order[id(fact)] = (fi, ui, j)
                    touched.add(fact.chan)
        for name in touched:   # in the order of the package's files, whatever the order of the questions
            idx.facts[name].sort(key=lambda fact: order[id(fact)])

    def held_at_anchor(self, at, write: bool = False) -> frozenset:
        """Package-wide names of the mutexes held at a place in some declaration (an Anchor); with
        ``write``, only those held write-locked."""
        got = self._held_memo.get((at, write))
        if got is not None:
            return got
        out = frozenset()
        hit = self._anchor_model(at, record=False)
        if hit is not None:
            um, lm, target = hit
            f = um.func_at(target)
            flow = lm.flow(f) if f is not None else None
            if flow is not None:
                out = frozenset(a for a in (um.abstract_place(p) for p, x in flow.held_at(target).items()
                                            if not write or x.mode[:1] == "w") if a)
        self._held_memo[(at, write)] = out
        return out

    def writers_hold(self, mutex: str) -> frozenset:
        """Package-wide names of the mutexes write-locked wherever the package write-locks ``mutex``
        (itself or by the callers' contract: ``add`` locks ``set.mtx`` and every caller holds
        ``store.mtx``): while a goroutine holds one of them, no writer of ``mutex`` can be waiting.
        Each function's first write-lock of ``mutex`` stands for its others."""
        out = None
        for key, s in self._lockish_summaries():
            anchor = dict(s.writes).get(mutex)
            if anchor is None:
                continue
            here = self.held_at_anchor(anchor, write=True) | self.written_by_callers(key)
            out = here if out is None else out & here
            if not out:
                return frozenset()
        return frozenset(out or ()) - {mutex}

    def held_by_callers(self, key: str) -> frozenset:
        """Package-wide names of the mutexes held at every call of the unexported method ``key``
        (``Type.name``) in the package: the contract its callers keep (``Read`` locks ``s.mu`` and calls
        ``s.readImpl``). Empty when a call holds none, runs as a goroutine, is on a value of another or an
        unknown type, or the method is used other than called (a method value); empty for an exported
        method or a function (callers in other packages keep no contract goleash can see)."""
        typ, _, name = key.rpartition(".")
        if not typ or not name[:1].islower():
            return frozenset()
        got = self._callers_held.get(key)
        if got is not None:
            return got
        self._callers_held[key] = frozenset()   # (a caller whose own contract asks again: none)
        if self._sandbox is not None:
            return self._held_by_callers(key)
        # The callers' flows need the summaries of what they call, and so of the function asking (``wUnlock``
        # is summarised by what its callers hold, and its callers' summaries need wUnlock's): one that met
        # such a cycle saw an empty summary, and holds only for this answer (the lock held at each call
        # does not depend on the call itself); it and the flows built on it are dropped after.
        self._sandbox, self._sandbox_from = {}, len(self._computing)
        models, helds = set(self._unit_models), set(self._held_memo)
        try:
            return self._held_by_callers(key)
        finally:
            if any(self._sandbox.values()):
                for memo, had in ((self._unit_models, models), (self._held_memo, helds)):
                    for k in [k for k in memo if k not in had]:
                        del memo[k]
            self._sandbox = None

    def _held_by_callers(self, key: str) -> frozenset:
        from .. import syntax
        from .types import base_name, deref
        from .locks import Anchor
        typ, _, name = key.rpartition(".")
        out = wout = None
        own = self.decls.get(key)
        tested = own is not None and own[0].index.is_test
        for ck in self.callers(name):
            if ck == key:
                continue   # its own recursive calls: made with what it holds, its callers' locks included
            hit = self.decls.get(ck)
            if hit is not None and hit[0].index.is_test and not tested:
                continue   # a test driving the method on a value of its own: not the package's contract
            node = hit[0].unit_node(hit[1]) if hit is not None else None
            if node is None:
                out = frozenset()
                break
            whole = self._anchor_model(Anchor(ck, 0, node.end_byte - node.start_byte))
            if whole is None:
                out = frozenset()
                break
            um, lm, _ = whole
            for sel in syntax.walk(um.unit):
                if sel.type != "selector_expression" or syntax.text(sel.child_by_field_name("field")) != name:
                    continue
                call = sel.parent
                t = um.types.of(sel.child_by_field_name("operand"))
                bt = base_name(deref(t)) if t is not None else None
                if bt is not None and bt != typ:
                    sig = self.types.method(t, name)[0]
                    if sig is None or sig.recv != typ:
                        continue   # the method of that name of another type (not promoted from ``typ``)
                if call is None or call.type != "call_expression" or call.child_by_field_name("function") != sel \
                        or (call.parent is not None and call.parent.type in ("go_statement", "defer_statement")) \
                        or bt != typ:
                    out = frozenset()
                    break
                f = um.func_at(call)
                flow = lm.flow(f) if f is not None else None
                facts = flow.held_at(call) if flow is not None else {}
                held = frozenset(a for a in (um.abstract_place(p) for p in facts) if a)
                written = frozenset(a for a in (um.abstract_place(p) for p, x in facts.items()
                                                if x.mode[:1] == "w") if a)
                if f is um.top and ck.partition(".")[0] == typ:
                    # a method of the type whose own callers all hold a mutex (``Write`` locks and calls
                    # ``calc``, which calls this): held here too, a few calls down
                    held |= self.held_by_callers(ck)
                    written |= self.written_by_callers(ck)
                out = held if out is None else out & held
                wout = written if wout is None else wout & written
            if out is not None and not out:
                break
        result = frozenset(out or ())
        self._callers_held[key] = result
        self._callers_written[key] = frozenset(wout or ()) & result
        return result

    def written_by_callers(self, key: str) -> frozenset:
        """The part of :meth:`held_by_callers` that every call holds write-locked (``Lock``, not ``RLock``):
        what excludes every other holder, readers included."""
        self.held_by_callers(key)
        return self._callers_written.get(key, frozenset())

    def senders_hold(self, chan: str, mutexes) -> bool:
        """Does every send on the field or package channel ``chan`` in the package hold one of ``mutexes``
        (package-wide names) where it runs?"""
        sends = self.chan_index().of(chan, "send")
        return bool(sends) and all(self.held_at_anchor(s.at) & set(mutexes) for s in sends)

    def _anchor_model(self, at, record: bool = True):
        """(UnitModel, LockModel, node) for an Anchor's place in its declaration, or None; with
        ``record``, that declaration's text is noted as a dependency of the result being computed."""
        hit = self.decls.get(at.func)
        if hit is None:
            return None
        pf, info = hit
        node = pf.unit_node(info)
        if node is None:
            return None
        from .locks import LockModel
        um, lm = self._unit_models.get(at.func, (None, None))
        if um is None:
            um = self.unit_model(node, pf.source)
            lm = LockModel(um, self)
            self._unit_models[at.func] = (um, lm)
        if record:
            self._note("text:" + at.func, info.digest)
        target = node.descendant_for_byte_range(info.start + at.start, info.start + at.end)
        return (um, lm, target) if target is not None else None

    def _anchor_node(self, at):
        """(UnitModel, LockModel, node, its function, that function's CFG, the CFG node holding it) for an
        Anchor (see _anchor_model), or None."""
        from .effects import _node_at
        got = self._anchor_model(at)
        if got is None:
            return None
        um, lm, target = got
        f = um.func_at(target)
        g = um.cfg(f) if f is not None else None
        n = _node_at(g, target) if g is not None else None
        return (um, lm, target, f, g, n) if n is not None else None

    def relocks_after(self, at, mutex: str):
        """Where (an Anchor) the function that receives at ``at`` write-locks ``mutex`` (package-wide name),
        itself or in a call, after the receive and on a path back to it (the receive runs in a loop): that
        receiver needs the mutex between two receives. None when it does not."""
        from . import cfg as cfgmod
        from .locks import Anchor
        got = self._anchor_node(at)
        if got is None:
            return None
        um, lm, target, f, g, start = got
        base = self.decls[at.func][1].start
        out = None   # a lock after the receive on the way out, for a function called again and again
        seen, todo = {start.id}, [s for s, _ in start.succ]
        while todo:
            n = todo.pop()
            if n.id in seen:
                continue
            seen.add(n.id)
            for e in um.node_effects(g, n):
                hit = _write_locks(um, lm, f, e, mutex)
                if hit and cfgmod.reaches(n, start):
                    return Anchor(at.func, e.node.start_byte - base, e.node.end_byte - base)
                if hit and out is None and f is um.top and cfgmod.reaches(n, g.ret):
                    out = Anchor(at.func, e.node.start_byte - base, e.node.end_byte - base)
            todo.extend(s for s, _ in n.succ)
        return out if out is not None and self._called_in_loops(at.func) else None

    def locks_before(self, at, mutex: str):
        """Where (an Anchor) the function that sends on or closes a channel at ``at`` write-locks ``mutex``
        (package-wide name), itself or in a call, on a path that reaches that operation (anywhere in the
        function for a deferred close: it runs at the end): that goroutine may need the mutex before it
        signals. None when it does not."""
        from .. import syntax
        from . import cfg as cfgmod
        from .locks import Anchor
        got = self._anchor_node(at)
        if got is None:
            return None
        um, lm, target, f, g, end = got
        deferred = any(a.type == "defer_statement" for a in syntax.ancestors(target, f.node))
        base = self.decls[at.func][1].start
        for n in g.nodes:
            if not deferred and n.id != end.id and not cfgmod.reaches(n, end):
                continue
            for e in um.node_effects(g, n):
                if n.id == end.id and e.node.start_byte >= target.start_byte:
                    continue
                if _write_locks(um, lm, f, e, mutex):
                    return Anchor(at.func, e.node.start_byte - base, e.node.end_byte - base)
        return None

    def _called_in_loops(self, key: str) -> bool:
        """Is every call of the package function ``key`` in the package made again on a path back to itself
        (``for { s.syncBatch() }`` in a goroutine): what the function does after its receive comes before
        its next receive?"""
        from . import cfg as cfgmod
        from .effects import _node_at
        calls = self.calls_of(key)
        if not calls:
            return False
        for ck, _node, call, _owner in calls:
            um = self.decl_model(ck)
            f = um.func_at(call) if um is not None else None
            g = um.cfg(f) if f is not None else None
            n = _node_at(g, call) if g is not None else None
            if n is None or not cfgmod.reaches(n, n) or (call.parent is not None and call.parent.type in (
                    "go_statement", "defer_statement")):
                return False
        return True

    def _chan_names(self) -> tuple[set[str], set[str]]:
        """Names of the package's channel-typed struct fields and package variables, with the struct
        types that hold them; and those types alone (the ones not also a field's or variable's name)."""
        from .types import anonymous_struct, deref, is_chan, sync_kind
        out, types = set(), set()
        for td in self.types.types.values():
            todo, depth = list(td.fields), 0
            while todo and depth < 4:   # a field of an anonymous struct field (mu struct{ sync.Mutex; c sync.Cond })
                nested = []
                for fl in todo:
                    if is_chan(self.types.underlying(fl.type)):
                        out.add(fl.name)
                        types.add(td.name)   # T{...} literals set its channel fields
                    elif sync_kind(fl.type) == "Cond":
                        out.add(fl.name)
                    else:
                        inner = anonymous_struct(deref(fl.type) or "")
                        if inner is not None:
                            nested.extend(inner.fields)
                todo, depth = nested, depth + 1
        for v in self.types.vars.values():
            if v.type is not None and is_chan(self.types.underlying(v.type)):
                out.add(v.name)
        return out | types, types - out

    def chan_words(self) -> frozenset[bytes]:
        """The names of the package's channel fields and variables (and of the types that hold them), as
        bytes: a declaration whose text spells none of them touches no such channel by name."""
        got = self.__dict__.get("_chan_words")
        if got is None:
            got = self.__dict__["_chan_words"] = frozenset(n.encode() for n in self._chan_names()[0])
        return got

    def is_chan_name(self, name: str) -> bool:
        """Is a package-wide name (``Server.events``, ``g:queue``) a channel?"""
        from .types import is_chan
        if name.startswith("g:"):
            v = self.types.vars.get(name[2:])
            return v is not None and v.type is not None and is_chan(self.types.underlying(v.type))
        owner, _, fname = name.rpartition(".")
        fld = self.types.field(owner, fname) if owner else None
        return fld is not None and is_chan(self.types.underlying(fld[0]))

    def _lockish_summaries(self) -> Iterator[tuple[str, object]]:
        """(key, lock summary) of every function of the package that touches a mutex."""
        for f in self.files:
            for u in f.index.units:
                if u.lockish:
                    for k in u.keys:
                        s = self.lock_summary(k)
                        if s is not None:
                            yield k, s

    def write_locks(self) -> dict[str, object]:
        """Package-wide names of the mutexes some function write-locks, with the first place it does."""
        if self._writes is None:
            out: dict[str, object] = {}
            for _, s in self._lockish_summaries():
                for name, anchor in s.writes:
                    out.setdefault(name, anchor)
            self._writes = out
        return self._writes

    def joins_its_group(self, key: str, names: frozenset[str]) -> bool:
        """Does the package function ``key`` start the functions ``names`` only on goroutines of one group it
        waits for before it returns: each named only inside a literal handed to ``g.Go(...)`` of the group
        (``group.Go(func() error { return r.storeDocs(ctx, docs) })``), no ``go`` statement of its own, and
        ``g.Wait()`` a statement of its body (``return group.Wait()``, ``err := g.Wait()``) after every ``Go``,
        with no ``return`` between the first ``Go`` and it? What they do is done when the call returns."""
        from .. import syntax
        node = self.decl_node(key)
        body = node.child_by_field_name("body") if node is not None else None
        if body is None:
            return False
        starts, group = [], None
        for n in syntax.walk(body):
            if n.type == "go_statement":
                return False
            if n.type == "call_expression" and syntax.call_name(n)[1] == "Go":
                recv = syntax.call_name(n)[0]
                if not recv or (group is not None and recv != group):
                    return False
                group = recv
                starts.append(n)
        if group is None:
            return False
        for n in syntax.walk(body):
            if n.type in ("identifier", "field_identifier") and n.text.decode() in names and \
                    not any(syntax.inside(n, s) for s in starts):
                return False   # named outside the group's goroutines: run in place too, or handed on
        wait = next((st for st in syntax.stmt_list(body) if st.start_byte > starts[-1].end_byte and
                     f"{group}.Wait()" in syntax.text(st).replace(" ", "") and
                     not any(x.type == "func_literal" for x in syntax.walk(st))), None)
        if wait is None:
            return False
        return not any(r.start_byte > starts[0].start_byte and r.end_byte <= wait.start_byte
                       for r in syntax.walk(body, skip_funcs=True) if r.type == "return_statement")

    def documented_unshared(self, type_name: str) -> bool:
        """Does the doc comment of the package's type ``type_name`` rule out concurrent use ("It is NOT
        thread-safe", "not safe for concurrent use")? (One pass over the package's sources for the rare
        phrase; then the type each such comment block documents.)"""
        if self._unshared is None:
            from .. import syntax
            out: set[str] = set()
            for f in self.files:
                src = f.source
                for m in syntax.NOT_CONCURRENT_LOWER.finditer(src.lower()):
                    if m.start() > 0 and src[m.start() - 1] in _WORD_BYTES:
                        continue   # (inside a word)
                    if not src[src.rfind(b"\n", 0, m.start()) + 1:m.start()].lstrip().startswith(b"//"):
                        continue   # not in a line comment
                    pos = src.find(b"\n", m.end())
                    while pos != -1:   # past the rest of the comment block, to the line it documents
                        nxt = src.find(b"\n", pos + 1)
                        line = src[pos + 1:nxt if nxt != -1 else len(src)]
                        if not line.lstrip().startswith(b"//"):
                            t = _TYPE_LINE.match(line)
                            if t is not None:
                                out.add(t.group(1).decode())
                            break
                        pos = nxt
            self._unshared = out
        return type_name in self._unshared

    def returns_release(self, key: str, name: str) -> bool:
        """Does the package function ``key`` return a func value (a ``func()`` result) made of a literal
        that unlocks the mutex ``name`` (package-wide: ``queue.mtx``, by its field): a release func
        for the caller to call or defer (``cleanup := func() { q.mtx.RUnlock() }; ...; return ch,
        cleanup, nil``)?"""
        from .. import syntax
        node = self._decl_node(key, record=True)
        result = node.child_by_field_name("result") if node is not None else None
        if result is None or "func()" not in syntax.text(result).replace(" ", ""):
            return False
        field = name.rsplit(".", 1)[-1]
        for lit in syntax.walk(node.child_by_field_name("body") or node):
            if lit.type != "func_literal":
                continue
            for c in syntax.walk(lit):
                fn = c.child_by_field_name("function") if c.type == "call_expression" else None
                if fn is None or fn.type != "selector_expression" or \
                        syntax.text(fn.child_by_field_name("field")) not in ("Unlock", "RUnlock"):
                    continue
                operand = fn.child_by_field_name("operand")
                if operand is not None and syntax.text(operand).rsplit(".", 1)[-1] == field:
                    return True
        return False

    def _sig(self, key: str):
        """The signature of the package function ``key`` (``Name`` / ``Type.Name``) from the merged types:
        no text dependency recorded (the types are fingerprinted as a whole)."""
        recv, _, name = key.rpartition(".")
        return self.types.methods.get(recv, {}).get(name) if recv else self.types.funcs.get(name)

    def returns_func(self, key: str) -> bool:
        """Does the package function ``key`` return a func of no parameters (a release func, a cleanup;
        ``func() (relock func())``, one that hands back how to take the lock again)?"""
        sig = self._sig(key)
        return sig is not None and any(r.replace(" ", "").startswith("func()") for r in sig.results)

    def takes_func(self, key: str) -> bool:
        """Does the package function ``key`` take a ``func()`` parameter?"""
        sig = self._sig(key)
        return sig is not None and any(t.replace(" ", "") == "func()" for _, t in sig.params)

    def calls_func_param(self, key: str) -> int | None:
        """The index of a func parameter the package function ``key`` calls as a statement of its body
        (``func unlock(fn func()) { fn() }``), else None."""
        from .. import syntax
        node = self._decl_node(key, record=True)
        plist = node.child_by_field_name("parameters") if node is not None else None
        if plist is None:
            return None
        names = [syntax.text(n) for d in plist.named_children for n in d.children_by_field_name("name")]
        for st in syntax.stmt_list(node.child_by_field_name("body")):
            c = st.named_children[0] if st.type == "expression_statement" and st.named_children else None
            fn = c.child_by_field_name("function") if c is not None and c.type == "call_expression" else None
            if fn is not None and fn.type == "identifier" and syntax.text(fn) in names and not syntax.call_args(c):
                return names.index(syntax.text(fn))
        return None

    def wraps_func_param(self, key: str) -> int | None:
        """The index of the func parameter that the func the package function ``key`` returns calls: a
        wrapper whose result runs the func it was given, maybe only once (``func doOnce(f func()) func() {
        called := false; return func() { if called { return }; called = true; f() } }``), else None.
        Every ``return`` of a func must be one literal calling the same parameter as a statement."""
        from .. import syntax
        if not self.takes_func(key) or not self.returns_func(key):
            return None
        node = self._decl_node(key, record=True)
        plist = node.child_by_field_name("parameters") if node is not None else None
        if plist is None:
            return None
        names = [syntax.text(n) for d in plist.named_children for n in d.children_by_field_name("name")]
        found = None
        for r in syntax.walk(node.child_by_field_name("body"), skip_funcs=True):
            if r.type != "return_statement":
                continue
            values = [syntax.unparen(v) for v in syntax.return_values(r)]
            lit = next((v for v in values if v is not None and v.type == "func_literal"), None)
            if lit is None:
                return None
            called = {syntax.text(c.child_by_field_name("function"))
                      for c in syntax.walk(lit.child_by_field_name("body"), skip_funcs=True)
                      if c.type == "call_expression" and not syntax.call_args(c) and c.parent is not None
                      and c.parent.type == "expression_statement"} & set(names)
            if len(called) != 1 or (found is not None and names.index(next(iter(called))) != found):
                return None
            found = names.index(next(iter(called)))
        return found

    def release_places(self, key: str) -> tuple:
        """(kind, place) for each mutex the func value that the package function ``key`` returns releases
        (``func (s *Store) rlock() func() { s.mu.RLock(); return func() { s.mu.RUnlock() } }``: ("RUnlock",
        the receiver's ``mu``); also a method value, ``return s.mu.RUnlock``), places rooted at ``key``'s
        parameters or at package variables, as a call's effects are; () when it returns no such literal or method value (directly,
        or a literal through a local it was assigned to)."""
        from .. import syntax
        um = self.decl_model(key)
        node = um.top.node if um is not None else None
        result = node.child_by_field_name("result") if node is not None else None
        if result is None or "func()" not in syntax.text(result).replace(" ", ""):
            return ()
        body = node.child_by_field_name("body")
        lits = []
        out = []
        for r in syntax.walk(body, skip_funcs=True):
            if r.type != "return_statement":
                continue
            for v in syntax.return_values(r):
                v = syntax.unparen(v)
                if v is not None and v.type == "identifier":
                    var = um.scopes.var(v)
                    v = syntax.unparen(var.value) if var is not None and not var.assigned else None
                if v is not None and v.type == "func_literal":
                    lits.append(v)
                elif v is not None and v.type == "call_expression" and self.returns_func(key):
                    # the release func of another package function handed back as it is (``func (cc *P)
                    # setContext() func() { return setConfigContext(cc.prefix) }``): its releases, translated
                    from .effects import translate
                    e = um._effect_of(v)
                    inner = e.callee.key if e is not None and e.kind == "call" and e.callee is not None else None
                    busy = self.__dict__.setdefault("_release_busy", set())
                    if inner and inner != key and inner not in busy and len(busy) < 4:
                        busy.add(key)
                        try:
                            for kind, q in self.release_places(inner):
                                q = translate(q, e)
                                if _lasting(q):
                                    out.append((kind, q))
                        finally:
                            busy.discard(key)
                elif v is not None and v.type == "selector_expression" and \
                        syntax.text(v.child_by_field_name("field")) in ("Unlock", "RUnlock"):
                    # the method value itself (``m.Lock(); return m.Unlock``): calling it is the unlock
                    place = um.place(v.child_by_field_name("operand"))
                    if _lasting(place):
                        out.append((syntax.text(v.child_by_field_name("field")), place))
        for lit in lits:
            for c in syntax.walk(lit):
                fn = c.child_by_field_name("function") if c.type == "call_expression" else None
                args = syntax.call_args(c) if fn is not None else []
                if fn is not None and fn.type == "selector_expression" and len(args) == 1 and \
                        syntax.text(fn.child_by_field_name("field")) == "Do":
                    value = syntax.unparen(args[0])   # ``once.Do(l.Unlock)``: released once, on the first call
                    kind = syntax.text(value.child_by_field_name("field")) \
                        if value is not None and value.type == "selector_expression" else None
                    place = um.place(value.child_by_field_name("operand")) if kind in ("Unlock", "RUnlock") else None
                    if _lasting(place):
                        out.append((kind, place))
                    continue
                if fn is None or fn.type != "selector_expression" or args:
                    continue
                kind = syntax.text(fn.child_by_field_name("field"))
                e = um._effect_of(c)   # (``s.Unlock()`` of an embedded mutex: the path the promotion gives)
                if kind not in ("Unlock", "RUnlock") or (e is not None and e.kind == "call"):
                    # a package method that unlocks its receiver's mutex on every path (``s.release()``,
                    # ``func (s *State) release() { s.mu.Unlock() }``): its summary's release, translated
                    from .effects import translate
                    sm = self.lock_summary(e.callee.key) if e is not None and e.kind == "call" and \
                        e.callee is not None and e.callee.key and e.callee.key != key else None
                    for use in (sm.uses.values() if sm is not None else ()):
                        q = translate(use.place, e) if use.releases and not use.release_guard else None
                        if _lasting(q):
                            out.append(("Unlock", q))
                    continue
                place = e.place if e is not None and e.kind == kind else None
                if _lasting(place):
                    out.append((kind, place))
        return tuple(out)

    def freed_by(self, name: str) -> tuple[str, ...]:
        """The functions that unlock the mutex ``name`` (package-wide: ``DB.rwlock``) without having locked
        it: the release half of a lock handed over (``(*Tx).Rollback`` unlocking ``tx.db.rwlock``)."""
        if self._frees is None:
            self._frees = self._by_mutex("frees")
        return self._recorded(self._frees.get(name, ()))

    def freed_by_workers(self, name: str) -> tuple[str, ...]:
        """The functions that start a goroutine unlocking the mutex ``name`` without locking it: a worker
        releasing, each turn, what whoever handed it the work locked (a mutex used as a semaphore)."""
        if self._worker_frees is None:
            self._worker_frees = self._by_mutex("worker_frees")
        return self._recorded(self._worker_frees.get(name, ()))

    def _by_mutex(self, field: str) -> dict[str, tuple[str, ...]]:
        """Mutex name -> the functions whose lock summaries list it in ``field`` (``frees``...)."""
        out: dict[str, list[str]] = {}
        for k, s in self._lockish_summaries():
            for m in getattr(s, field):
                out.setdefault(m, []).append(k)
        return {m: tuple(ks) for m, ks in out.items()}

    def _recorded(self, keys: tuple[str, ...]) -> tuple[str, ...]:
        for k in keys:
            self.lock_summary(k)   # (recorded: a result that used it depends on those summaries)
        return keys

    def lock_relevant(self, names) -> bool:
        """Could calling functions of these names touch a mutex (directly or through their callees)?"""
        return self.relevant("lock", names)

    def may_change_held(self, name: str) -> bool:
        """Could calling a function of this name return with other mutexes held than at the call (one
        it locked and left held, or one it released without locking it), directly or through its
        callees? Not when every lock operation in them is ``x.Lock(); defer x.Unlock()``."""
        return self.relevant("hand", (name,))

    def relevant(self, kind: str, names, record: bool = True) -> bool:
        """Could a function of one of these names have a summary of ``kind`` (by the package's text)? A
        "no" is recorded as a dependency of the result being computed (``rel:kind:names``): the
        summaries it made unnecessary were not asked for, so nothing else would notice when an edit of
        another declaration makes one of the names relevant."""
        rel = self._relevant_names(kind)
        names = frozenset(names)
        got = any(n in rel for n in names)
        if not got and record and self._recording and names:
            self._note(f"rel:{kind}:{'|'.join(sorted(names))}", False)
        return got

    def _relevant_names(self, kind: str) -> set[str]:
        """Names of package functions/methods whose summary of ``kind`` may be non-empty: a text-level
        fixpoint over the names each declaration calls."""
        got = self._rel.get(kind)
        if got is None:
            ckey = (kind, tuple(_file_key(f.index, "calls") for f in self.files))
            got = self.cache.relevant.get_(ckey)
            if got is not None:
                self._rel[kind] = got
                return got
            flag = {"lock": "lockish", "hand": "handish"}.get(kind, "effectish")
            by_name, callers = self._text_calls()
            rel = {name for name, us in by_name.items() if any(getattr(u, flag) for _k, u in us)}
            todo = list(rel)
            while todo:   # everything that calls a relevant name, transitively
                for k in callers.get(todo.pop(), ()):
                    name = k.rsplit(".", 1)[-1]
                    if name not in rel:
                        rel.add(name)
                        todo.append(name)
            self._rel[kind] = got = rel
            self.cache.relevant.put(ckey, rel)
        return got

    def _summary(self, kind: str, key: str, record: bool):
        base = key.split("#", 1)[0]
        if key.endswith("#ret"):
            return None
        memo = self._memo.setdefault(kind, {})
        s = memo.get(base, False)
        if s is False and self._sandbox is not None:
            s = self._sandbox.get(kind, {}).get(base, False)
        if s is False:
            if (kind, base) in self._busy:
                self._on_cycle()   # recursion: the cycle sees an empty summary
                return None
            s = self._compute(kind, base)
        if record:
            used = self._cycles.get(kind, {}).get(base)
            if used is None:
                self._note(f"{kind}:{base}", s.fingerprint() if s is not None else None)
            else:
                self._on_cycle()
                self._note(f"cycle:{kind}:{base}", (s.fingerprint() if s is not None else None, used))
        return s

    def _on_cycle(self) -> None:
        """A summary being computed met a recursion cycle (or used a summary that did). Its value then
        depends on where the cycle was entered: which function saw the empty summary. Whoever uses it
        records, besides its value, what it was computed from (``cycle:kind:key`` -> (fingerprint, its
        Deps: the cycle's texts, the other summaries it used)). The result stays valid while either
        holds: the same texts (whatever order the next run enters the cycle in), or the same value
        (an edit that changed no summary)."""
        for entry in self._computing:
            entry[0] = True

    def _compute(self, kind: str, key: str):
        memo = self._memo.setdefault(kind, {})
        busy = (kind, key)
        hit = self.decls.get(key)
        if hit is None or not self.relevant(kind, (key.rsplit(".", 1)[-1],), record=False):
            memo[key] = None
            return None
        pf, info = hit
        ck = (kind, info.digest, self.types_fp, pf.index.is_test)
        cached = self.cache.summaries.get_(ck)
        if cached is not None:
            summary, deps, on_cycle = cached
            self._busy.add(busy)
            try:
                ok = self.deps_valid(deps)
            finally:
                self._busy.discard(busy)
            if ok:
                memo[key] = summary
                if on_cycle:
                    self._cycles.setdefault(kind, {})[key] = deps
                return summary
        self._busy.add(busy)
        entry = [False]
        self._computing.append(entry)
        try:
            with self.recording() as deps:
                summary = self._from_tree(kind, pf, info, key)
            deps.pop(f"{kind}:{key}", None)
        finally:
            self._busy.discard(busy)
            self._computing.pop()
        if entry[0] and self._sandbox is not None and len(self._computing) >= self._sandbox_from:
            self._sandbox.setdefault(kind, {})[key] = summary   # (see held_by_callers)
            return summary
        memo[key] = summary
        deps.token = self.token
        if entry[0]:
            deps[f"text:{key}"] = info.digest
            self._cycles.setdefault(kind, {})[key] = deps
        self.cache.summaries.put(ck, (summary, deps, entry[0]))
        return summary

    def _from_tree(self, kind: str, pf: PkgFile, info: UnitInfo, key: str):
        node = pf.unit_node(info)
        if node is None:
            return None
        um = self.unit_model(node, pf.source)
        top = um.top
        if top is None:
            return None
        if kind == "lock":
            from .locks import LockModel, summarize
            flow = LockModel(um, self).flow(top)
            return summarize(flow, key, node.start_byte, pf.index.is_test) if flow is not None else None
        from .summary import EffectModel
        return EffectModel(um, self).summary(top, key, node.start_byte)

    # --------------------------------------------------------------- anchors
    def anchor_node(self, func: str, rel_start: int, rel_end: int) -> Node | None:
        """The syntax node an anchor names (the smallest one covering it) in the declaration ``func``, with
        that declaration's digest recorded as a dependency."""
        hit = self.decls.get(func)
        self._note("text:" + func, hit[1].digest if hit is not None else None)
        unit = hit[0].unit_node(hit[1]) if hit is not None else None
        if unit is None:
            return None
        return unit.descendant_for_byte_range(hit[1].start + rel_start, hit[1].start + rel_end)

    def resolve_anchor(self, func: str, rel_start: int, rel_end: int) -> tuple[str | None, int, int] | None:
        """(path, start, end) in the current text of the declaration ``func``."""
        hit = self.decls.get(func)
        if hit is None:
            return None
        pf, info = hit
        return pf.path, info.start + rel_start, info.start + rel_end


_TYPE_LINE = re.compile(rb"[ \t]*type[ \t]+(\w+)")


_SETTER_RES: dict[str, tuple[re.Pattern, re.Pattern]] = {}


_IDENT = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*")
# what ``go test`` runs: TestXxx (Xxx not starting with a lower-case letter), BenchmarkXxx, FuzzXxx, ExampleXxx,
# TestMain; init runs with the package
_TEST_ROOT = re.compile(r"(?:Test|Benchmark|Fuzz|Example)(?![a-z])|init$")


# ``.name`` in code (group 1: the name), string literals and comments matched whole first (no group)
_DOT_NAME = re.compile(rb'"(?:[^"\\\n]|\\.)*"|`[^`]*`|//[^\n]*|/\*.*?\*/|\.\s*([A-Za-z_]\w*)', re.S)


def _in_code(pattern: bytes) -> re.Pattern:
    """A regex whose group 1 matches ``pattern`` in code only: string literals and comments are matched
    first, as a whole, with no group (``m.group(1)`` is None for them)."""
    return re.compile(rb'"(?:[^"\\\n]|\\.)*"|`[^`]*`|//[^\n]*|/\*.*?\*/|(' + pattern + rb")", re.S)


def _keyed_at(source: bytes, start: int) -> bool:
    """Does the name at ``start`` key an element of a composite literal: a whole word led by ``{`` or
    ``,`` (spaces and newlines between)?"""
    if start > 0 and (source[start - 1:start].isalnum() or source[start - 1:start] == b"_"):
        return False
    before = source[max(0, start - 200):start].rstrip()
    return before.endswith((b"{", b","))


def _word_at(source: bytes, word: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Where ``word`` stands as a whole word in ``source[start:end]`` (what :meth:`PackageModel.spelling`
    looks for). A plain search with the neighbours tested: ten times faster than a ``\\b`` regex, which
    cannot skip ahead to its first letter."""
    w = word.encode()
    stop = len(source) if end is None else end
    i = source.find(w, start, stop)
    while i != -1:
        j = i + len(w)
        if not (i > 0 and source[i - 1] in _WORD_BYTES) and not (j < len(source) and source[j] in _WORD_BYTES):
            yield i
        i = source.find(w, i + 1, stop)


_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _unkeyed_literal(owner: str) -> re.Pattern:
    """A literal of the struct type ``owner`` that fills its fields by position (``owner{true, ch}``): it
    sets fields no text names."""
    return re.compile(rb"\b" + re.escape(owner.encode()) + rb"\{\s*(?![\s}]|\w+\s*:[^=])")


def _setter_re(field: str) -> tuple[re.Pattern, re.Pattern]:
    """Text patterns for a write of ``.field``: ``x.field = v``, ``x.field += v``, ``x.field++``; and
    ``&x.field``. (Two patterns, each starting with a literal: a scan several times faster than one
    alternation.)"""
    got = _SETTER_RES.get(field)
    if got is None:
        name = re.escape(field.encode())
        got = _SETTER_RES[field] = (
            re.compile(rb"\." + name + rb"(?:\s*(?:[-+*/%|&^]|<<|>>|&\^)?=[^=]|\s*(?:\+\+|--))"),
            re.compile(rb"&[\w.()\[\]]*\." + name + rb"\b"))
    return got


# the text :func:`checks.arg_texts` gives a function literal argument whose every ``return`` gives a literal
# ``nil`` as its last value: what a callee returning that func's result returns is nil
NIL_FUNC = "func{return nil}"


def _flags_around(call: Node, unit: Node, recv: str) -> frozenset[tuple[str, bool]]:
    """The fields of ``recv`` that the ``if`` statements around ``call`` (inside ``unit``) test, with the
    value each has on the way to the call (``if p.f && ok {`` then-branch: ``("f", True)``; its ``else``:
    nothing unless the test is the field alone), minus those the unit assigns (``p.f = ...``)."""
    from .. import syntax
    out = set()
    for a in syntax.ancestors(call, unit):
        if a.type != "if_statement":
            continue
        cond = syntax.unparen(a.child_by_field_name("condition"))
        cons, alt = a.child_by_field_name("consequence"), a.child_by_field_name("alternative")
        if cons is not None and syntax.inside(call, cons):
            terms, want = syntax.conjuncts(cond), True
        elif alt is not None and syntax.inside(call, alt):
            terms, want = [cond], False
        else:
            continue
        for t in terms:
            neg = False
            while t is not None and t.type == "unary_expression" and \
                    syntax.text(t.child_by_field_name("operator")) == "!":
                neg, t = not neg, syntax.unparen(t.child_by_field_name("operand"))
            if t is None or t.type != "selector_expression" or \
                    syntax.text(t.child_by_field_name("operand")) != recv:
                continue
            out.add((syntax.text(t.child_by_field_name("field")), want != neg))
    return _consistent(frozenset((f, v) for f, v in out if not _assigns_field(unit, recv, f)))


def _consistent(flags: frozenset) -> frozenset:
    """Without the fields said both true and false."""
    return frozenset((f, v) for f, v in flags if (f, not v) not in flags)


def _assigns_field(unit: Node, recv: str, field: str) -> bool:
    """Does the declaration's text assign ``recv.field`` (``=``, ``op=``, ``++``, ``--``)?"""
    from .. import syntax
    return re.search(r"(?<![\w.])" + re.escape(f"{recv}.{field}") + r"\s*(?:[-+*/|&^%]?=[^=]|\+\+|--)",
                     syntax.text(unit)) is not None


def _indexed_params(decl: Node) -> list[tuple[int, str, Node | None]]:
    """(index, name, type node) of a declaration's parameters, as ``syntax.params`` gives them: the
    receiver at -1, then 0, 1, ... (an unnamed parameter has the name "")."""
    from .. import syntax
    if decl is None or decl.type not in ("method_declaration", "function_declaration"):
        return []
    first = -1 if decl.type == "method_declaration" else 0
    return [(first + i, name, typ) for i, (name, typ) in enumerate(syntax.params(decl))]


def _param_name(decl: Node, index: int) -> str | None:
    """The name of the ``index``-th parameter of a function or method declaration."""
    return next((n or None for i, n, _t in _indexed_params(decl) if i == index and i >= 0), None)


def _param_type(decl: Node, name: str) -> str | None:
    """The type written for the receiver or a (non-variadic) parameter ``name`` of a declaration."""
    from .. import syntax
    return next((syntax.text(t) for _i, n, t in _indexed_params(decl) if n == name and t is not None and
                 t.parent is not None and t.parent.type == "parameter_declaration"), None)


def _param_index(decl: Node, name: str) -> int | None:
    """The index of the parameter ``name`` of a function or method declaration (-1: its receiver)."""
    return next((i for i, n, _t in _indexed_params(decl) if n and n == name), None)


def _in_scope(st: Node, at: Node, body: Node) -> bool:
    """Is ``at`` inside the block (or ``if``/``for``/case/literal) whose scope the declaration ``st`` is
    made in? Else a declaration of the same name there is another variable."""
    from .. import syntax
    scope = next((a for a in syntax.ancestors(st, body) if a.type in (
        "block", "for_statement", "if_statement", "expression_case", "type_case",
        "communication_case", "default_case", "func_literal")), body)
    return syntax.inside(at, scope)


def _chan_role(decl: Node, name: str) -> str | None:
    """What a function does with its channel parameter ``name``: "drain" when its only use is one ``for
    range name`` whose body nothing leaves early (no return, break out of it, panic); "send" when every use
    is a send statement on it, none in a function literal; None otherwise (or when it is assigned)."""
    from .. import syntax
    body = decl.child_by_field_name("body")
    uses = [n for n in syntax.walk(body) if n.type == "identifier" and syntax.text(n) == name] \
        if body is not None else []
    if not uses:
        return None
    if len(uses) == 1:
        loop = uses[0].parent.parent if uses[0].parent is not None and \
            uses[0].parent.type == "range_clause" else None
        if loop is not None and loop.type == "for_statement" and \
                uses[0].parent.child_by_field_name("right") == uses[0] and \
                not syntax.contains_exit(loop.child_by_field_name("body"), loop) and \
                not any(a.type == "func_literal" for a in syntax.ancestors(loop, body)):
            return "drain"
    if all(u.parent is not None and u.parent.type == "send_statement" and
           u.parent.child_by_field_name("channel") == u and
           not any(a.type == "func_literal" for a in syntax.ancestors(u, body)) for u in uses):
        return "send"
    return None


def _done_first(decl: Node) -> str | None:
    """The WaitGroup parameter a function's first statement defers ``Done`` on (``defer wg.Done()``)."""
    from .. import syntax
    stmts = syntax.stmt_list(decl.child_by_field_name("body"))
    m = re.match(r"^defer\s+([A-Za-z_]\w*)\.Done\(\)$", syntax.text(stmts[0]).strip()) if stmts else None
    return m.group(1) if m else None


def literal_returns_nil(lit) -> bool:
    """Is the function literal ``lit`` one whose every ``return`` gives a literal ``nil`` as its last
    value (its own nested literals aside), with one return at least?"""
    from .. import syntax
    body = lit.child_by_field_name("body") if lit is not None else None
    if body is None:
        return False
    rets = [n for n in syntax.walk(body, skip_funcs=True) if n.type == "return_statement"]
    return bool(rets) and all(syntax.return_values(r) and syntax.return_values(r)[-1].type == "nil" for r in rets)


def _flag_guards(ret, body, decl) -> set[str]:
    """The fields ``F`` of the method ``decl``'s receiver ``r`` that an ``if r.F`` (or ``if
    r.F.Load()``) around ``ret``, in ``body``, tests true."""
    from .. import syntax
    from .types import func_sig
    recv = func_sig(decl).recv_name if decl is not None and decl.type == "method_declaration" else None
    if not recv:
        return set()
    out = set()
    for cond in syntax.if_conditions(ret, body):
        if cond is not None and cond.type == "call_expression" and not syntax.call_args(cond):
            fn = cond.child_by_field_name("function")
            cond = fn.child_by_field_name("operand") if fn is not None and fn.type == "selector_expression" and \
                syntax.text(fn.child_by_field_name("field")) == "Load" else None
        if cond is not None and cond.type == "selector_expression" and \
                syntax.text(cond.child_by_field_name("operand")) == recv:
            out.add(syntax.text(cond.child_by_field_name("field")))
    return out


def _passed_args(decl, args: list[str]) -> dict[str, str | None]:
    """Parameter name -> the text of the argument a call passes for it (``None`` for a variadic
    parameter given no values: the call passes exactly the fixed ones)."""
    from .. import syntax
    params = decl.child_by_field_name("parameters")
    out: dict[str, str | None] = {}
    i = 0
    for p in (params.named_children if params is not None else ()):
        names = [syntax.text(c) for c in p.children_by_field_name("name")]
        if p.type == "variadic_parameter_declaration":
            for n in names:
                out[n] = None if i >= len(args) else "..."
            return out
        for n in names or ["_"]:
            if i < len(args):
                out[n] = args[i]
            i += 1
    return out


def _assigned_names(body, names: set[str]) -> set[str]:
    """The ``names`` that ``body`` may give another value (or a field of theirs): assigned, declared
    again, incremented, ranged into, or their address taken."""
    from .. import syntax
    out = set()

    def root(e):
        while e is not None and e.type in ("selector_expression", "index_expression", "parenthesized_expression",
                                           "unary_expression") and e.named_children:
            e = e.child_by_field_name("operand") or e.named_children[0]
        return syntax.text(e) if e is not None and e.type == "identifier" else None

    for n in syntax.walk(body):
        lefts = []
        if n.type in ("assignment_statement", "short_var_declaration", "range_clause"):
            left = n.child_by_field_name("left")
            lefts = left.named_children if left is not None else []
            if lefts and _adds_values_only(n, lefts[0]):
                lefts = lefts[1:]   # ``ctx, span := tracer.Start(ctx, "op")``: the same context, with a value
        elif n.type == "inc_statement" or n.type == "dec_statement":
            lefts = n.named_children[:1]
        elif n.type == "unary_expression" and syntax.text(n.child_by_field_name("operator")) == "&":
            lefts = [n.child_by_field_name("operand")]
        for e in lefts:
            r = root(e)
            if r in names:
                out.add(r)
    return out




def _adds_values_only(stmt, first) -> bool:
    """``ctx, span := tracer.Start(ctx, "op")``, ``ctx = context.WithValue(ctx, k, v)``,
    ``ctx = metadata.NewOutgoingContext(ctx, md)``: the first name given back a context made from itself
    that only carries more values."""
    from .. import syntax
    right = stmt.child_by_field_name("right")
    vals = right.named_children if right is not None else []
    call = syntax.unparen(vals[0]) if len(vals) == 1 else None
    if call is None or call.type != "call_expression" or first.type != "identifier":
        return False
    args = syntax.call_args(call)
    from .module import VALUE_ONLY_CTX
    return syntax.call_name(call)[1] in VALUE_ONLY_CTX and bool(args) and \
        syntax.text(syntax.unparen(args[0])) == syntax.text(first)


_NILLISH_TESTS = ("{p} != nil", "len({p}) > 0", "len({p}) != 0", "{p}")
# a test that a field of a parameter is set: ``p.F != ""`` (nil, 0, false), ``len(p.F) > 0``, ``p.F``
_FIELD_TEST = re.compile(r'^(?:(?P<p>\w+)\.(?P<f>\w+)(?: != (?:""|nil|0|false))?|'
                         r'len\((?P<q>\w+)\.(?P<g>\w+)\) (?:> 0|!= 0))$')
_KEYED_LITERAL = re.compile(r'^&?[\w.]+\{(?P<body>.*)\}$', re.S)


def _leaves_zero(arg: str | None, field: str) -> bool:
    """Is ``arg`` a composite literal with keys (``Config{Enabled: true}``, ``&Options{}``) that does not
    set ``field``, so that it holds its zero value?"""
    m = _KEYED_LITERAL.match(arg or "")
    if m is None:
        return False
    body = m.group("body").strip()
    if body and not re.match(r"^\w+\s*:", body):
        return False   # positional: every field set
    return re.search(r"(?:^|[,{\s])" + re.escape(field) + r"\s*:", body) is None


def _on_receiver(decl, call) -> bool:
    """Is ``call`` a method call on the declaration's own receiver (``m.load(k)`` in a method of ``m``)?"""
    from .. import syntax
    from .types import func_sig
    fn = syntax.unparen(call.child_by_field_name("function"))
    operand = fn.child_by_field_name("operand") if fn is not None and fn.type == "selector_expression" else None
    sig = func_sig(decl)
    return bool(sig.recv) and operand is not None and operand.type == "identifier" and \
        syntax.text(operand) == sig.recv_name


def _bound_field(decl, call, fields: dict[str, str], decls) -> tuple[str, str] | None:
    """(``U.m``, ``f``) for ``r.f.m(...)`` on a field ``f`` of the declaration's receiver ``r`` that
    ``fields`` binds to a package type ``U``."""
    from .. import syntax
    from .types import func_sig
    fn = syntax.unparen(call.child_by_field_name("function"))
    operand = fn.child_by_field_name("operand") if fn is not None and fn.type == "selector_expression" else None
    inner = operand.child_by_field_name("operand") if operand is not None and \
        operand.type == "selector_expression" else None
    sig = func_sig(decl)
    if not sig.recv or inner is None or inner.type != "identifier" or syntax.text(inner) != sig.recv_name:
        return None
    f = syntax.text(operand.child_by_field_name("field"))
    owner = fields.get(f)
    k = f"{owner}.{syntax.text(fn.child_by_field_name('field'))}" if owner else None
    return (k, f) if k in decls else None


def _callee_key_in(decl, call, decls, types=None) -> str | None:
    """The package function a call in the declaration ``decl`` runs, by its text: ``g(...)`` of a package
    function ``g``, ``r.m(...)`` on the declaration's receiver ``r`` (``T.m``), or ``r.f.m(...)`` on a
    field of it whose type the package declares (``U.m``)."""
    from .. import syntax
    from .types import deref, func_sig
    fn = syntax.unparen(call.child_by_field_name("function"))
    if fn is None:
        return None
    if fn.type == "identifier":
        k = syntax.text(fn)
        return k if k in decls else None
    if fn.type == "selector_expression":
        sig = func_sig(decl)
        operand = fn.child_by_field_name("operand")
        if sig.recv and operand is not None and operand.type == "identifier" and \
                syntax.text(operand) == sig.recv_name:
            k = f"{sig.recv}.{syntax.text(fn.child_by_field_name('field'))}"
            return k if k in decls else None
        inner = operand.child_by_field_name("operand") if operand is not None and \
            operand.type == "selector_expression" else None
        if sig.recv and types is not None and inner is not None and inner.type == "identifier" and \
                syntax.text(inner) == sig.recv_name:
            fld = types.field(sig.recv, syntax.text(operand.child_by_field_name("field")))
            owner = deref(fld[0]) if fld is not None and fld[0] else None
            k = f"{owner}.{syntax.text(fn.child_by_field_name('field'))}" if owner else None
            return k if k in decls else None
    return None


# calls whose error is nil in practice: a read of the system's random source (crypto/rand; since Go
# 1.24 it never returns an error, it crashes the program instead; math/rand's Read always returns nil)
_RANDOM_READS = frozenset({"rand.Read", "uuid.NewRandom", "uuid.NewV4", "uuid.NewV7", "ed25519.GenerateKey"})
_OWN_PID = frozenset({"os.Getpid()", "syscall.Getpid()", "unix.Getpid()"})


def _never_set(body, name: str) -> bool:
    """Does nothing in ``body`` assign the variable ``name`` (``name = ...``, ``x, name := ...``, ``&name``, a
    closure naming it)? A named result nothing sets stays its zero value."""
    from .. import syntax
    for n in syntax.walk(body):
        if n.type in ("assignment_statement", "short_var_declaration"):   # (``x, err := f()`` may reuse it)
            left = n.child_by_field_name("left")
            if left is not None and any(syntax.text(x) == name for x in left.named_children):
                return False
        elif n.type == "unary_expression" and syntax.text(n) == "&" + name:
            return False
        elif n.type in ("func_literal",) and name in syntax.text(n):
            return False   # (a closure may set it)
    return True


# a file's package clause and imports, up to its last import declaration
# one import spec of an import block: its alias, if any, and its path
_IMPORT_SPEC = re.compile(rb'(?m)^\s*(?:import\s+)?(?:(\w+)\s+)?"([^"\n]+)"')
_IMPORT_BLOCK = re.compile(rb"\A(?:.*?\n)?package\s+\w+.*?(?:\nimport\s*(?:\([^)]*\)|[^\n]*))+", re.S)


def infallible_std(call) -> bool:
    """Is ``call`` one whose error is nil on every run: ``rand.Read(b)``, ``io.ReadFull(rand.Reader, b)``,
    ``uuid.NewRandom()``, ``ed25519.GenerateKey(rand.Reader)``, ``ecdsa.GenerateKey(elliptic.P256(),
    rand.Reader)``: a read of the system's random source; ``syscall.Kill(syscall.Getpid(),
    syscall.SIGTERM)``: a named signal to the process itself?"""
    from .. import syntax
    if call is None or call.type != "call_expression":
        return False
    fn = syntax.text(call.child_by_field_name("function"))
    args = [syntax.text(a) for a in syntax.call_args(call)]
    if fn in _RANDOM_READS:
        return fn != "ed25519.GenerateKey" or args in (["rand.Reader"], ["nil"])
    if fn in ("syscall.Kill", "unix.Kill"):
        # a signal to the process itself: kill(2) fails only for another process (ESRCH, EPERM) or an
        # invalid signal, and a named one is valid
        return len(args) == 2 and args[0] in _OWN_PID and re.fullmatch(r"(?:syscall|unix)\.SIG[A-Z0-9]+", args[1]) \
            is not None
    if fn in ("io.ReadFull", "io.ReadAtLeast"):
        return bool(args) and args[0] == "rand.Reader"
    if fn == "ecdsa.GenerateKey":
        return len(args) == 2 and args[1] == "rand.Reader" and args[0] in (
            "elliptic.P224()", "elliptic.P256()", "elliptic.P384()", "elliptic.P521()")
    return False


def json_literal_marshal(call, types) -> bool:
    """``json.Marshal(&T{...})`` (or ``json.Marshal(struct{...}{...})``): a composite literal of a type that
    always encodes (:meth:`TypeIndex.json_encodable`), so its error is nil on every run."""
    from .. import syntax
    from .types import type_text
    if call is None or call.type != "call_expression" or \
            syntax.text(call.child_by_field_name("function")) != "json.Marshal":
        return False
    args = syntax.call_args(call)
    arg = syntax.unparen(args[0]) if len(args) == 1 else None
    if arg is not None and arg.type == "unary_expression" and syntax.text(arg.child_by_field_name("operator")) == "&":
        arg = syntax.unparen(arg.child_by_field_name("operand"))
    typ = arg.child_by_field_name("type") if arg is not None and arg.type == "composite_literal" else None
    return typ is not None and types.json_encodable(type_text(typ))


def infallible(call, types) -> bool:
    """Is ``call`` one whose error is nil on every run, whatever the package: a read of the system's
    random source and the like (:func:`infallible_std`), or a ``json.Marshal`` of a literal of a type that
    always encodes (:func:`json_literal_marshal`)?"""
    return infallible_std(call) or json_literal_marshal(call, types)


def under_nil_error(ret, body, nil_call) -> bool:
    """Is the return statement ``ret`` under ``if err := g(...); err != nil`` (``_, err := g()``, or
    ``err = g()`` / ``err := g()`` right before the ``if``) where ``nil_call(g's call)`` says that g
    returns nil on every path? It never runs."""
    from .. import syntax
    cur = ret
    while cur is not None and cur.id != body.id:
        parent = cur.parent
        if parent is None:
            return False
        if parent.type == "if_statement" and parent.child_by_field_name("consequence") is not None and \
                parent.child_by_field_name("consequence").id == cur.id:
            cond = syntax.unparen(parent.child_by_field_name("condition"))
            if cond is not None and cond.type == "binary_expression" and \
                    syntax.text(cond.child_by_field_name("operator")) == "!=" and \
                    syntax.text(cond.child_by_field_name("right")) == "nil" and \
                    cond.child_by_field_name("left").type == "identifier":
                name = syntax.text(cond.child_by_field_name("left"))
                init = parent.child_by_field_name("initializer")
                prev = parent.prev_named_sibling
                for st in (init, prev):
                    if st is None or st.type not in ("short_var_declaration", "assignment_statement"):
                        continue
                    left = [syntax.text(x) for x in st.child_by_field_name("left").named_children]
                    right = st.child_by_field_name("right").named_children
                    if left and left[-1] == name and len(right) == 1 and \
                            syntax.unparen(right[0]).type == "call_expression" and nil_call(syntax.unparen(right[0])):
                        return True
                if _set_only_by(body, name, nil_call):
                    return True
        cur = parent
    return False


def _set_only_by(body, name: str, nil_call) -> bool:
    """Is ``name`` a local of ``body`` declared with no value (``var err error``) and given values only as
    the last of a call's results where ``nil_call`` says that the call's error is nil (``token, err =
    randstr(32)`` in one arm of a switch), never through ``&name``? It is nil wherever it is read."""
    from .. import syntax
    declared = False
    for st in syntax.walk(body):
        if st.type == "var_spec":
            if name in (syntax.text(n) for n in st.children_by_field_name("name")):
                if st.child_by_field_name("value") is not None or declared:
                    return False
                declared = True
        elif st.type in ("short_var_declaration", "assignment_statement"):
            left = [syntax.text(x) for x in st.child_by_field_name("left").named_children]
            if name not in left:
                continue
            right = st.child_by_field_name("right").named_children
            call = syntax.unparen(right[0]) if len(right) == 1 else None
            if st.type == "short_var_declaration" or left[-1] != name or call is None or \
                    call.type != "call_expression" or not nil_call(call):
                return False
        elif st.type == "unary_expression" and syntax.text(st).replace(" ", "") == "&" + name:
            return False
    return declared


def _ctx_err_nil(v, passed: dict[str, str | None], tolerated: frozenset) -> bool:
    """Is ``v`` ``ctx.Err()`` of a parameter given a context whose ``Err`` is nil (never done), or one
    that can end only cancelled (``context.WithCancel`` of such, the test's ``t.Context()``) when the
    caller leaves ``context.Canceled`` out, or the test's ``t.Context()`` while it is live (``live:``
    in ``tolerated``: the caller runs before the test returns)?"""
    from .. import syntax
    from .checks import NEVER_DONE
    if v.type != "call_expression" or syntax.call_args(v):
        return False
    recv, name = syntax.call_name(v)
    a = passed.get(recv) if name == "Err" else None
    if a is None:
        return False
    if a in NEVER_DONE or f"live:{a}" in tolerated:
        return True
    if "context.Canceled" not in tolerated:
        return False
    while a.startswith(("context.WithCancel(", "context.WithCancelCause(")) and a.endswith(")"):
        a = a[a.index("(") + 1:-1]
    return a in NEVER_DONE or a in ("t.Context()", "b.Context()", "tb.Context()")


_CONST_TEST = re.compile(r'^(?P<p>\w+) (?P<op>==|<=|<) (?P<lit>-?\d+|"[^"\\]*")$')
_POSITIVE_DURATION = re.compile(r"^(?:[1-9]\d*\s*\*\s*)?time\.(?:Nanosecond|Microsecond|Millisecond|Second|Minute|Hour)$")


def _const_value(text: str | None):
    """The value of a constant argument: an integer or a string literal, or a positive ``time``
    duration (``time.Second``, ``5 * time.Second``: returned as 1, its sign is what a test can ask);
    None for anything else."""
    if text is None:
        return None
    text = " ".join(text.split())
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r'"[^"\\]*"', text):
        return text[1:-1]
    return 1 if _POSITIVE_DURATION.match(text) else None


def _const_test_false(arg: str | None, op: str, lit: str) -> bool:
    """Is ``p op lit`` (``interval == 0``, ``n <= 0``, ``name == ""``) false with the constant ``arg``
    passed for ``p``?"""
    a, b = _const_value(arg), _const_value(lit)
    if a is None or b is None or type(a) is not type(b):
        return False
    if arg is not None and "time." in arg:   # (a duration's exact value is not kept: only that it is > 0)
        return b <= 0
    if op == "==":
        return a != b
    if isinstance(a, str):
        return False
    return not (a <= b if op == "<=" else a < b)


def _unreachable_with(ret, body, passed: dict[str, str | None], tolerated: frozenset = frozenset()) -> bool:
    """Can a call passing the arguments ``passed`` not reach the return statement ``ret`` (in the
    function body ``body``)? It sits in a ``range`` over a parameter given ``nil`` (or a variadic one
    given no values), under an ``if`` whose condition (or one conjunct of it) is ``p != nil``,
    ``len(p) > 0`` or ``p`` with ``nil``/``false`` passed for ``p``, ``p == c``/``p <= c``/``p < c`` false
    for the constant passed (``if interval == 0`` with ``time.Second``), or in a ``case <-ctx.Done():`` with
    ``ctx`` given ``context.Background()`` or ``context.TODO()``, or a context live while the caller runs
    (``live:`` in ``tolerated``: the test's ``t.Context()`` in a goroutine the test waits for)."""
    from .. import syntax
    from .checks import NEVER_DONE
    empty = {n for n, a in passed.items() if a is None or a == "nil"}
    false = {n for n, a in passed.items() if a in ("nil", "false")}
    never_done = {n for n, a in passed.items() if a in NEVER_DONE or f"live:{a}" in tolerated}
    cur = ret
    while cur is not None and cur.id != body.id:
        parent = cur.parent
        if parent is None:
            return False
        if parent.type == "for_statement":
            rng = next((c for c in parent.named_children if c.type == "range_clause"), None)
            over = syntax.unparen(rng.child_by_field_name("right")) if rng is not None else None
            if over is not None and over.type == "identifier" and syntax.text(over) in empty and \
                    cur.type == "block":
                return True
        if parent.type == "if_statement" and parent.child_by_field_name("consequence") is not None and \
                parent.child_by_field_name("consequence").id == cur.id:
            cond = " ".join(syntax.text(parent.child_by_field_name("condition")).split())
            for part in (x.strip().strip("()") for x in cond.split("&&")):
                if any(part == t.format(p=p) for p in false for t in _NILLISH_TESTS):
                    return True
                m = _FIELD_TEST.match(part)
                if m is not None and _leaves_zero(passed.get(m.group("p") or m.group("q")),
                                                  m.group("f") or m.group("g")):
                    return True   # ``if cfg.ProxyURL != ""`` with ``Config{Enabled: true}`` passed
                m = _CONST_TEST.match(part)
                if m is not None and m.group("p") in passed and \
                        _const_test_false(passed[m.group("p")], m.group("op"), m.group("lit")):
                    return True   # ``if interval == 0`` (or ``<= 0``) with ``time.Second`` passed
        if parent.type == "communication_case" and cur.type != "receive_statement":
            comm = " ".join(syntax.text(parent.child_by_field_name("communication")).split())
            if any(comm == f"<-{p}.Done()" for p in never_done):
                return True
        cur = parent
    return False


_GO_STMT = re.compile(rb"\bgo\s+[\w(]")
# ``app.Run(context.Background(), os.Args)``: the root context a CLI program runs its commands with
def _cli_run() -> re.Pattern:
    from .module import CLI_RUN
    return CLI_RUN


def _returned_literal(decl: Node | None) -> Node | None:
    """The function literal the function ``decl`` gives back, when its one ``return`` gives only that
    (``return func(ctx context.Context, cmd *cli.Command) error { ... }``), or None."""
    from .. import syntax
    body = syntax.func_body(decl) if decl is not None else None
    rets = [n for n in syntax.walk(body, skip_funcs=True) if n.type == "return_statement"] if body else []
    vals = syntax.return_values(rets[0]) if len(rets) == 1 else []
    return vals[0] if len(vals) == 1 and vals[0].type == "func_literal" else None


def _returns_call_with_first_param(lit: Node, callee: str) -> bool:
    """Does every ``return`` of the function literal ``lit`` (one at least) give the call ``callee(p, ...)``,
    ``p`` its first parameter, never assigned?"""
    from .. import syntax

    def calls(vals: list, first: str) -> bool:
        call = syntax.unparen(vals[-1]) if vals else None
        args = syntax.call_args(call) if call is not None and call.type == "call_expression" else []
        return bool(args) and syntax.text(call.child_by_field_name("function")) == callee and \
            syntax.text(args[0]) == first
    return _returns_with_first_param(lit, calls)


def _keeps_first_param(fn: Node) -> bool:
    """Does the function ``fn`` give back its first parameter as the first value of every ``return`` (one at
    least), never assigning it?"""
    from .. import syntax
    return _returns_with_first_param(fn, lambda vals, first: bool(vals) and syntax.text(vals[0]) == first)


def _returns_with_first_param(fn: Node, ok) -> bool:
    """Does ``ok(values, p)`` hold for every ``return`` of the function ``fn`` (one at least; not a method),
    ``p`` the name of its first parameter, which the function never assigns?"""
    from .. import syntax
    ps = syntax.params(fn)
    first = ps[0][0] if ps and fn.type != "method_declaration" else ""
    body = syntax.func_body(fn)
    if not first or first == "_" or body is None:
        return False
    found = False
    for n in syntax.walk(body, skip_funcs=True):
        if n.type == "return_statement":
            if not ok(syntax.return_values(n), first):
                return False
            found = True
        elif n.type in ("assignment_statement", "short_var_declaration") and \
                any(syntax.text(x) == first for x in n.child_by_field_name("left").named_children):
            return False
    return found




def _made_local(body: Node, var: bytes, typ: str, makes=None, at: Node | None = None) -> Node | None:
    """The one declaration of the local ``var`` in ``body`` that makes a fresh ``typ`` (``v := &T{...}``,
    ``v := T{...}``, ``v := new(T)``; ``v := newT(id)`` of a package function that ``makes(name, typ)``
    says returns one), as its statement; None when there is none, or more than one binding of the name
    (with ``at``, a use: more than one in the blocks around it — a declaration of that name in a sibling
    block names another variable)."""
    from .. import syntax
    found = None
    for st in syntax.walk(body):
        if st.type not in ("short_var_declaration", "var_spec", "assignment_statement"):
            continue
        if at is not None and st.type != "assignment_statement" and not _in_scope(st, at, body):
            continue   # another variable of that name, in a block that does not hold the use
        left = st.child_by_field_name("left") or st.child_by_field_name("name")
        names = [c for c in (left.named_children if left is not None and left.type == "expression_list"
                             else [left] if left is not None else []) if c.type == "identifier"]
        if not any(c.text == var for c in names):
            continue
        if found is not None or st.type == "assignment_statement":
            return None
        right = st.child_by_field_name("right") or st.child_by_field_name("value")
        vals = right.named_children if right is not None and right.type == "expression_list" else \
            [right] if right is not None else []
        if len(names) != 1 or len(vals) != 1:
            return None
        v = syntax.unparen(vals[0])
        if v is not None and v.type == "unary_expression" and syntax.text(v).startswith("&"):
            v = syntax.unparen(v.child_by_field_name("operand"))
        if v is not None and v.type == "composite_literal" and syntax.text(v.child_by_field_name("type")) == typ:
            found = st
        elif v is not None and v.type == "call_expression" and syntax.text(v.child_by_field_name("function")) == \
                "new" and syntax.text(v.child_by_field_name("arguments")) == f"({typ})":
            found = st
        elif v is not None and v.type == "call_expression" and makes is not None and \
                v.child_by_field_name("function").type == "identifier" and \
                makes(syntax.text(v.child_by_field_name("function")), typ):
            found = st
        else:
            return None
    return found


def _assigns_only_fresh(decl: Node | None, fields: list[str]) -> bool:
    """Does every assignment of one of ``fields`` in the declaration (``x.f = v``, ``x.f++``) set a field of
    a value the declaration is making (``s := new(Session); s.config = c``; ``st := &T{}``), rooted at such
    a local? A constructor filling a fresh value changes no live one."""
    from .. import syntax
    if decl is None:
        return False
    body = decl.child_by_field_name("body")
    for st in syntax.walk(decl):
        if st.type not in ("assignment_statement", "inc_statement", "dec_statement"):
            continue
        left = st.child_by_field_name("left") if st.type == "assignment_statement" else st
        targets = left.named_children if left is not None and left.type == "expression_list" else \
            [left] if st.type == "assignment_statement" else st.named_children[:1]
        for t in targets:
            t = syntax.unparen(t)
            if t is None or t.type != "selector_expression" or \
                    syntax.text(t.child_by_field_name("field")) not in fields:
                continue
            root = t
            while root is not None and root.type == "selector_expression":
                root = syntax.unparen(root.child_by_field_name("operand"))
            made = _fresh_decl(body, root.text) if root is not None and root.type == "identifier" and \
                body is not None else None
            if made is None or made.start_byte > st.start_byte:
                return False
    return True


def _fresh_decl(body: Node, var: bytes) -> Node | None:
    """The one declaration of the local ``var`` in ``body``, when it makes a fresh value (``new(T)``,
    ``&T{...}``, ``T{...}``) and the name is never assigned again; else None."""
    from .. import syntax
    found = None
    for st in syntax.walk(body):
        if st.type not in ("short_var_declaration", "assignment_statement", "var_spec"):
            continue
        left = st.child_by_field_name("left") or st.child_by_field_name("name")
        names = left.named_children if left is not None and left.type == "expression_list" else [left]
        if not any(n is not None and n.type == "identifier" and n.text == var for n in names):
            continue
        if found is not None or st.type != "short_var_declaration" or len(names) != 1:
            return None
        v = syntax.unparen(st.child_by_field_name("right").named_children[0]) \
            if st.child_by_field_name("right") is not None and st.child_by_field_name("right").named_children else None
        if v is not None and v.type == "unary_expression" and syntax.text(v).startswith("&"):
            v = syntax.unparen(v.child_by_field_name("operand"))
        if v is None or not (v.type == "composite_literal" or (
                v.type == "call_expression" and syntax.text(v.child_by_field_name("function")) == "new")):
            return None
        found = st
    return found


def _literal_local_type(body: Node, var: bytes, at: Node, result_of=None) -> str | None:
    """The type written in the composite literal that declares the local ``var`` in a block around ``at``
    (``a := &other{...}``: ``other``), or the result type of the package function whose one result
    declares it (``a := newOther(id)``, by ``result_of(name)``); else None (also when the name is declared
    more than once around the call)."""
    from .. import syntax
    found, got = 0, None
    for st in syntax.walk(body):
        if st.type != "short_var_declaration" or st.start_byte > at.start_byte:
            continue
        if not _in_scope(st, at, body):
            continue
        left, right = st.child_by_field_name("left"), st.child_by_field_name("right")
        names = left.named_children if left is not None else []
        vals = right.named_children if right is not None else []
        if any(n.text == var for n in names):
            found += 1
            if found > 1:
                return None   # (declared again in a block around the call: which one is it?)
        if len(names) != len(vals):
            continue
        for n, v in zip(names, vals):
            v = syntax.unparen(v)
            if n.text != var:
                continue
            if v is not None and v.type == "unary_expression" and syntax.text(v).startswith("&"):
                v = syntax.unparen(v.child_by_field_name("operand"))
            if v is not None and v.type == "composite_literal":
                got = syntax.text(v.child_by_field_name("type"))
            fn = v.child_by_field_name("function") if v is not None and v.type == "call_expression" else None
            if fn is not None and fn.type == "identifier" and result_of is not None:
                got = result_of(syntax.text(fn))
    return got


def _rebinds(body: Node, var: bytes) -> bool:
    """Is the name ``var`` assigned or declared anew in ``body``?"""
    from .. import syntax
    for st in syntax.walk(body):
        if st.type in ("short_var_declaration", "assignment_statement", "var_spec"):
            left = st.child_by_field_name("left") or st.child_by_field_name("name")
            if left is not None and any(c.type == "identifier" and c.text == var for c in
                                        ([left] if left.type == "identifier" else left.named_children)):
                return True
    return False


def _write_locks(um, lm, f, e, mutex: str) -> bool:
    """Does the effect ``e`` of ``f`` write-lock ``mutex`` (package-wide name): a ``Lock`` of it, or a call
    whose lock summary certainly locks it, unconditionally?"""
    from .effects import CALL, LOCK, translate
    if e.kind == LOCK and e.place is not None:
        return um.abstract_place(e.place) == mutex
    if e.kind != CALL:
        return False
    summary = lm.summary_of(e.callee, f)
    return any(u.locks == LOCK and u.certain and not u.lock_guard and
               um.abstract_place(translate(u.place, e)) == mutex
               for u in (summary.uses.values() if summary is not None else ()))


def _receives_of(um, g, places) -> set[int]:
    """CFG node ids of ``g`` that receive from one of ``places``: a receive, or a select case whose
    communication does."""
    from .effects import RECV
    out = {m.id for m in g.nodes for e in um.node_effects(g, m) if e.kind == RECV and e.place in places}
    out |= {m.id for m in g.nodes if m.kind == "case" and m.ast is not None and
            any(e.kind == RECV and e.place in places for e in um._collect(
                m.ast.child_by_field_name("communication") or m.ast))}
    return out


def _in_line_comment(source: bytes, at: int) -> bool:
    """Is the byte ``at`` after ``//`` on its line? (A comment's full stop, ``... if any.``, then a method
    named at the start of the next line is no selection.)"""
    return b"//" in source[source.rfind(b"\n", 0, at) + 1:at]


def _returned_field(fn: Node | None, locked: bool) -> str | None:
    """The field of its receiver that the method ``fn`` (no parameters) gives back as its one statement
    (``func (s *S) Name() string { return s.name }``), or with ``locked`` after statements that only lock
    and unlock the receiver's mutex (``t.Lock(); defer t.Unlock(); return t.listening``); None otherwise."""
    from .. import syntax
    if fn is None or fn.type != "method_declaration":
        return None
    params = fn.child_by_field_name("parameters")
    ps = syntax.params(fn)
    recv = ps[0][0] if ps else None
    if not recv or (params is not None and params.named_children):
        return None
    stmts = [c for c in syntax.stmt_list(fn.child_by_field_name("body")) if c.type != "comment"]
    if not stmts or stmts[-1].type != "return_statement" or (len(stmts) > 1 and not locked):
        return None
    for st in stmts[:-1]:
        if not re.fullmatch(r"(?:defer )?" + re.escape(recv) + r"(?:\.\w+)*\.R?(?:Lock|Unlock|RUnlock)\(\)",
                            " ".join(syntax.text(st).split())):
            return None
    vals = syntax.return_values(stmts[-1])
    v = syntax.unparen(vals[0]) if len(vals) == 1 else None
    operand = v.child_by_field_name("operand") if v is not None and v.type == "selector_expression" else None
    if operand is None or operand.type != "identifier" or syntax.text(operand) != recv:
        return None
    return syntax.text(v.child_by_field_name("field"))


def _signals_field(field: str) -> re.Pattern:
    """A send on, or a close of, a field of that name (``t.ready <- true``, ``close(t.ready)``)."""
    f = re.escape(field.encode())
    return re.compile(rb"\." + f + rb"\s*<-|close\(\s*[\w.]*\." + f + rb"\s*\)")


_METHOD_CALL = re.compile(rb"\b\w+\.(\w+)\(")   # ``x.m(``: the name of a method called


def _bare_method(decl: Node | None) -> str | None:
    """The receiver's name of a method with no parameters and no results (``func (m *T) Lock()``)."""
    from .. import syntax
    if decl is None or decl.type != "method_declaration" or decl.child_by_field_name("result") is not None:
        return None
    plist = decl.child_by_field_name("parameters")
    if plist is not None and any(c.type == "parameter_declaration" for c in plist.named_children):
        return None
    ps = syntax.params(decl)
    return (ps[0][0] or None) if ps else None


def _atomic_lock(lock: Node | None, unlock: Node | None) -> bool:
    """Are ``lock`` and ``unlock`` (``T.Lock``, ``T.Unlock``; no parameters, no results) a mutex made of
    atomics and a channel: both change a field of the receiver with ``sync/atomic``, ``Lock`` waits by
    receiving from a channel field of its receiver (``<-m.ch``), and neither calls another ``Lock`` or
    ``Unlock`` (a wrapper's are the wrapped mutex's)?"""
    from .. import syntax
    recv, urecv = _bare_method(lock), _bare_method(unlock)
    if not recv or not urecv:
        return False
    texts = [syntax.text(d.child_by_field_name("body")) for d in (lock, unlock)]

    def changes(r: str) -> re.Pattern:   # an atomic change of a field of the receiver ``r``
        return re.compile(r"atomic\.\w+\(\s*&" + re.escape(r) + r"\.\w+|" + re.escape(r) +
                          r"\.\w+\.(?:Add|Swap|CompareAndSwap|Store)\(")
    other = re.compile(r"\.R?(?:Lock|Unlock|RUnlock)\(\s*\)")
    return bool(changes(recv).search(texts[0])) and bool(changes(urecv).search(texts[1])) and \
        re.search(r"<-\s*" + re.escape(recv) + r"\.\w+", texts[0]) is not None and \
        not other.search(texts[0]) and not other.search(texts[1])


def _chan_lock_field(decl: Node | None, op: str) -> str | None:
    """The receiver's channel field the method ``decl`` (no parameters, no results) only sends on (``op``
    "send": one statement ``r.f <- v``) or only receives from ("recv": ``<-r.f``, or ``select { case <-r.f:
    default: ... }``); None otherwise."""
    from .. import syntax
    recv = _bare_method(decl)
    body = decl.child_by_field_name("body") if recv else None
    stmts = [c for c in syntax.stmt_list(body) if c.type != "comment"]
    if not recv or len(stmts) != 1:
        return None
    st = stmts[0]

    def field(expr: Node | None) -> str | None:
        expr = syntax.unparen(expr) if expr is not None else None
        if expr is None or expr.type != "selector_expression":
            return None
        operand = expr.child_by_field_name("operand")
        return syntax.text(expr.child_by_field_name("field")) if syntax.text(operand) == recv else None

    def received(expr: Node | None) -> str | None:
        expr = syntax.unparen(expr) if expr is not None else None
        if expr is None or expr.type != "unary_expression" or syntax.text(expr.child_by_field_name("operator")) != "<-":
            return None
        return field(expr.child_by_field_name("operand"))

    if op == "send":
        return field(st.child_by_field_name("channel")) if st.type == "send_statement" else None
    if st.type == "expression_statement" and st.named_children:
        return received(st.named_children[0])
    if st.type != "select_statement":
        return None
    cases = [c for c in st.named_children if c.type in ("communication_case", "default_case")]
    comms = [c for c in cases if c.type == "communication_case"]
    if len(cases) != 2 or len(comms) != 1:
        return None
    got = syntax.case_received(comms[0])
    return field(got) if got is not None else None


def _lasting(place) -> bool:
    """Does the place outlive a call of its function: rooted at a parameter (the receiver's ``mu``) or a
    package variable (``pool[i]`` of ``var pool [n]sync.Mutex``)? A caller can name it."""
    return place is not None and (place.param_index is not None or place.is_global)
