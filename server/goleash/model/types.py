"""Types of a package, and a light inference of the types of local expressions.

Package level (:class:`TypeIndex`): struct types with their fields (embedded
fields included, so ``type T struct{ sync.Mutex }`` makes ``t.Lock()`` a lock of
``t``), named types, function and method signatures, package variables. It is
merged from :class:`DeclTypes` facts, one per top-level declaration, which are
small, picklable and carry no positions.

Local level (:class:`LocalTypes`): the type of an expression inside one
declaration, from declarations (parameters, ``var x T``), ``make``, composite
literals, ``new``, ``&T{}``, conversions, field selectors, method and
same-package function results, receives, index expressions and range
clauses. Types are spelled as normalised Go text (``*sync.Mutex``,
``chan int``, ``map[string]*conn``); unknown is None.
"""

from __future__ import annotations

from functools import cached_property

import functools
import re
from dataclasses import dataclass

from tree_sitter import Node

from .. import syntax
from .scope import Scopes, Var

SYNC_KINDS = ("Mutex", "RWMutex", "WaitGroup", "Once", "Cond", "Map", "Pool")

# results of well-known library calls: (package, name) -> result types
_KNOWN_RESULTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("context", "Background"): ("context.Context",),
    ("context", "TODO"): ("context.Context",),
    ("context", "WithCancel"): ("context.Context", "context.CancelFunc"),
    ("context", "WithTimeout"): ("context.Context", "context.CancelFunc"),
    ("context", "WithDeadline"): ("context.Context", "context.CancelFunc"),
    ("context", "WithCancelCause"): ("context.Context", "context.CancelCauseFunc"),
    ("context", "WithTimeoutCause"): ("context.Context", "context.CancelFunc"),
    ("context", "WithDeadlineCause"): ("context.Context", "context.CancelFunc"),
    ("context", "WithValue"): ("context.Context",),
    ("context", "WithoutCancel"): ("context.Context",),
    ("signal", "NotifyContext"): ("context.Context", "context.CancelFunc"),
    ("time", "NewTicker"): ("*time.Ticker",),
    ("time", "NewTimer"): ("*time.Timer",),
    ("time", "AfterFunc"): ("*time.Timer",),
    ("time", "After"): ("<-chan time.Time",),
    ("time", "Tick"): ("<-chan time.Time",),
    ("time", "Now"): ("time.Time",),
    ("sync", "NewCond"): ("*sync.Cond",),
    ("errgroup", "WithContext"): ("*errgroup.Group", "context.Context"),
    ("net", "ResolveTCPAddr"): ("*net.TCPAddr", "error"),
    ("net", "ResolveUDPAddr"): ("*net.UDPAddr", "error"),
}


_SPACES = re.compile(r"\s+")
_PUNCT_SPACES = re.compile(r"\s*([\[\]\*\(\),{};])\s*")
_NAME = re.compile(r"[A-Za-z_][\w.]*")
_CHAN_GLUED = re.compile(r"\bchan(?=[\[\*\(])")


@functools.lru_cache(maxsize=4096)
def norm(text: str) -> str:
    """Canonical spelling of a type's source text (no spaces where Go needs none)."""
    if _NAME.fullmatch(text):
        return text   # a plain (qualified) name: nothing to do
    t = _SPACES.sub(" ", text.strip())
    t = _PUNCT_SPACES.sub(r"\1", t)
    t = t.replace("chan<-", "chan<- ").replace("<-chan", "<-chan ")
    t = _CHAN_GLUED.sub("chan ", t)   # ``chan []byte``, ``chan *T``: the space is part of the spelling
    t = _SPACES.sub(" ", t)
    return t


def type_text(node: Node | None, depth: int = 0) -> str | None:
    if node is None or node.text is None:
        return None
    if node.type == "struct_type" and depth < 8:   # deeper: its text as written (no recursion without end)
        # fields joined by ";" (the line breaks that separate them are gone after norm)
        parts = [f.type if f.embedded else f"{f.name} {f.type}" for f in _fields(node, depth + 1)]
        return "struct{" + ";".join(parts) + "}"
    return norm(node.text.decode("utf-8", "replace"))


def struct_key(t: str | None) -> str | None:
    """The name :meth:`TypeIndex.struct` knows ``t`` by: a named type's base name, or the text of an
    anonymous struct type (``struct{sync.Mutex;n int}``)."""
    d = deref(t)
    if d is not None and d.startswith("struct{"):
        return d
    return base_name(t)


_JSON_BASIC = frozenset({"string", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
                         "uint32", "uint64", "byte", "rune"})
_JSON_KEYS = frozenset({"string", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
                        "uint64"})
_JSON_NEVER = frozenset({"any", "interface{}", "error", "float32", "float64", "complex64", "complex128",
                         "uintptr"})


@functools.lru_cache(maxsize=512)
def anonymous_struct(text: str) -> "TypeDecl | None":
    """The fields of an anonymous struct type spelled by :func:`type_text`."""
    if not text.startswith("struct{") or not text.endswith("}"):
        return None
    body, parts, depth, start = text[7:-1], [], 0, 0
    for i, ch in enumerate(body):
        if ch in "{[(":
            depth += 1
        elif ch in "}])":
            depth -= 1
        elif ch == ";" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    fields = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        m = re.match(r"([A-Za-z_]\w*) (.+)$", part)
        if m:
            fields.append(FieldInfo(m.group(1), m.group(2)))
        else:
            fields.append(FieldInfo((base_name(part) or part).rsplit(".", 1)[-1], part, True))
    return TypeDecl(text, "struct", "struct", tuple(fields))


def deref(t: str | None) -> str | None:
    while t is not None and t.startswith("*"):
        t = t[1:]
    return t


@functools.lru_cache(maxsize=4096)
def base_name(t: str | None) -> str | None:
    """``*Server[T]`` -> ``Server``; None for composite types."""
    t = deref(t)
    if not t:
        return None
    t = t.split("[", 1)[0]
    if not _NAME.fullmatch(t):
        return None
    return t


def chan_elem(t: str | None) -> str | None:
    if t is None:
        return None
    for p in ("<-chan ", "chan<- ", "chan "):
        if t.startswith(p):
            return t[len(p):]
    return None


def is_chan(t: str | None) -> bool:
    return chan_elem(t) is not None


def sync_kind(t: str | None) -> str | None:
    """``sync.Mutex`` / ``*sync.RWMutex`` ... -> "Mutex" / "RWMutex"."""
    b = base_name(t)
    if b and b.startswith("sync.") and b[5:] in SYNC_KINDS:
        return b[5:]
    return None


def foreign_lock(t: str | None) -> bool:
    """Is ``t`` another package's type that is no wrapper of sync's locks (``*lockfile.LockFile``,
    ``*xsync.ReadPreferringRWMutex``)? Its ``RLock``/``Unlock`` need not behave as sync.RWMutex's do: one
    ``Unlock`` for both modes, read locks that do not queue behind a writer."""
    b = base_name(t)
    return bool(b) and "." in b and not b.startswith("sync.") and wrapper_lock_kind(b) is None


def wrapper_lock_kind(t: str | None) -> str | None:
    """Another package's ``Mutex`` / ``RWMutex`` type (``syncutil.RWMutex``, ``deadlock.Mutex``: a wrapper
    of sync's, with its methods) -> "Mutex" / "RWMutex"; None for sync's own and for other types."""
    b = base_name(t)
    if b and "." in b and not b.startswith("sync."):
        last = b.rsplit(".", 1)[1]
        if last in ("Mutex", "RWMutex"):
            return last
    return None


def elem_of(t: str | None) -> str | None:
    """Element type of a slice, array or map value."""
    t = deref(t) if t and t.startswith("*[") else t
    if t is None:
        return None
    if t.startswith("[]"):
        return t[2:]
    if t.startswith("["):
        depth = 0
        for i, ch in enumerate(t):
            if ch == "[":
                depth += 1
            elif ch == "]":
                depth -= 1
                if depth == 0:
                    return t[i + 1:]
    if t.startswith("map["):
        k, v = map_kv(t)
        return v
    return None


def map_kv(t: str) -> tuple[str | None, str | None]:
    if not t.startswith("map["):
        return None, None
    depth = 0
    for i, ch in enumerate(t):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return t[4:i], t[i + 1:]
    return None, None


# ------------------------------------------------------------------ package facts
@dataclass(frozen=True)
class FieldInfo:
    name: str
    type: str
    embedded: bool = False


@dataclass(frozen=True)
class TypeDecl:
    name: str
    kind: str                      # struct | interface | other
    underlying: str                # the type text for non-structs
    fields: tuple[FieldInfo, ...] = ()
    methods: tuple[str, ...] = ()  # interface methods


@dataclass(frozen=True)
class FuncSig:
    name: str
    recv: str | None               # receiver base type name (methods)
    ptr_recv: bool
    params: tuple[tuple[str, str], ...]   # (name, type); receiver not included
    results: tuple[str, ...]
    recv_name: str = ""
    returns_recv: bool = False     # a method whose every return gives back its receiver (``return l``: chained calls)
    returns_field: str = ""        # a channel accessor: no parameters, body ``return r.f`` (``func (c *C) ExecCh()
                                   # chan error { return c.execCh }``): the field it hands out

    @property
    def key(self) -> str:
        return f"{self.recv}.{self.name}" if self.recv else self.name

    def param_index(self, name: str) -> int | None:
        """The position of the parameter ``name`` (the receiver not counted), or None."""
        return next((k for k, (p, _t) in enumerate(self.params) if p == name), None)


@dataclass(frozen=True)
class VarDecl:
    name: str
    type: str | None


@dataclass(frozen=True)
class DeclTypes:
    """Type facts one top-level declaration contributes to its package."""
    types: tuple[TypeDecl, ...] = ()
    funcs: tuple[FuncSig, ...] = ()
    vars: tuple[VarDecl, ...] = ()
    consts: tuple[VarDecl, ...] = ()   # typed constants (``_ReadFromStore readType = iota`` and the
                                       # specs after it in its group that repeat its type)
    flags: tuple[tuple[str, bool], ...] = ()   # boolean constants (``const runLocal = false``)


def literal_type(value: Node | None) -> str | None:
    """The type a package variable's value spells itself, with nothing else to read: ``make(chan T, n)``,
    ``new(T)``, ``T{...}``, ``&T{...}`` (a ``var ready = make(chan string, 2)`` is a channel)."""
    while value is not None and value.type == "parenthesized_expression" and value.named_children:
        value = value.named_children[0]
    if value is None:
        return None
    if value.type == "composite_literal":
        return type_text(value.child_by_field_name("type"))
    if value.type == "unary_expression":
        op = value.child_by_field_name("operator")
        inner = literal_type(value.child_by_field_name("operand")) if op is not None and op.type == "&" and \
            value.child_by_field_name("operand").type == "composite_literal" else None
        return "*" + inner if inner else None
    if value.type == "call_expression":
        fn = value.child_by_field_name("function")
        args = value.child_by_field_name("arguments")
        first = args.named_children[0] if args is not None and args.named_children else None
        name = _text(fn) if fn is not None and fn.type == "identifier" else ""
        t = type_text(first) if first is not None and name in ("make", "new") else None
        if t:
            return t if name == "make" else "*" + t
    return None


def decl_types(unit: Node, local_types: "LocalTypes | None" = None) -> DeclTypes:
    """The type facts of one top-level declaration (type, func, method, var)."""
    t = unit.type
    if t == "type_declaration":
        out = []
        for spec in unit.named_children:
            if spec.type not in ("type_spec", "type_alias"):
                continue
            name = _text(spec.child_by_field_name("name"))
            typ = spec.child_by_field_name("type")
            if typ is None or not name:
                continue
            if typ.type == "struct_type":
                out.append(TypeDecl(name, "struct", "struct", tuple(_fields(typ))))
            elif typ.type == "interface_type":
                methods = tuple(_text(m.child_by_field_name("name")) for m in typ.named_children
                                if m.type in ("method_spec", "method_elem"))
                out.append(TypeDecl(name, "interface", "interface", methods=methods))
            else:
                out.append(TypeDecl(name, "other", type_text(typ) or ""))
        return DeclTypes(types=tuple(out))
    if t in ("function_declaration", "method_declaration"):
        return DeclTypes(funcs=(func_sig(unit),))
    if t == "var_declaration":
        out_v = []
        for spec in _descendants(unit, "var_spec"):
            typ = type_text(spec.child_by_field_name("type"))
            value = spec.child_by_field_name("value")
            vals = value.named_children if value is not None else []
            for i, n in enumerate(spec.children_by_field_name("name")):
                vt = typ
                if vt is None and i < len(vals):
                    vt = local_types.of(vals[i]) if local_types is not None else literal_type(vals[i])
                out_v.append(VarDecl(_text(n), vt))
        return DeclTypes(vars=tuple(out_v))
    if t == "const_declaration":
        out_c, last, flags = [], None, []
        for spec in unit.named_children:
            if spec.type != "const_spec":
                continue
            typ = spec.child_by_field_name("type")
            names = spec.children_by_field_name("name")
            value = spec.child_by_field_name("value")
            vals = value.named_children if value is not None else []
            if len(names) == len(vals) and (typ is None or _text(typ) == "bool"):
                flags.extend((_text(n), v.type == "true") for n, v in zip(names, vals) if v.type in ("true", "false"))
            if typ is not None:
                last = type_text(typ)
            elif spec.child_by_field_name("value") is not None:
                vals = spec.child_by_field_name("value").named_children
                fn = vals[0].child_by_field_name("function") if len(vals) == 1 and \
                    vals[0].type == "call_expression" else None
                # ``D = readType(7)``: a constant of that type; otherwise untyped (or not followed)
                last = _text(fn) if fn is not None and fn.type == "identifier" else None
            out_c.extend(VarDecl(_text(n), last) for n in spec.children_by_field_name("name") if last)
        return DeclTypes(consts=tuple(out_c), flags=tuple(flags))
    return DeclTypes()


def func_sig(fn: Node) -> FuncSig:
    name = _text(fn.child_by_field_name("name"))
    recv = None
    ptr = False
    recv_name = ""
    if fn.type == "method_declaration":
        rl = fn.child_by_field_name("receiver")
        decl = next((d for d in rl.named_children if d.type == "parameter_declaration"), None) if rl else None
        if decl is not None:
            rt = type_text(decl.child_by_field_name("type")) or ""
            ptr = rt.startswith("*")
            recv = base_name(rt)
            names = decl.children_by_field_name("name")
            recv_name = _text(names[0]) if names else ""
    params = []
    pl = fn.child_by_field_name("parameters")
    for decl in pl.named_children if pl is not None else []:
        if decl.type not in ("parameter_declaration", "variadic_parameter_declaration"):
            continue
        typ = type_text(decl.child_by_field_name("type")) or ""
        if decl.type == "variadic_parameter_declaration":
            typ = "..." + typ
        names = decl.children_by_field_name("name")
        for n in names:
            params.append((_text(n), typ))
        if not names:
            params.append(("", typ))
    results = tuple(result_types(fn))
    returns_recv = bool(recv_name) and recv_name != "_" and len(results) == 1 and \
        results[0] == ("*" if ptr else "") + (recv or "") and _returns_only(fn.child_by_field_name("body"), recv_name)
    returns_field = ""
    if recv_name and recv_name != "_" and not params and len(results) == 1 and "chan" in results[0]:
        stmts = syntax.stmt_list(fn.child_by_field_name("body"))
        vals = syntax.return_values(stmts[0]) if len(stmts) == 1 and stmts[0].type == "return_statement" else []
        if len(vals) == 1 and vals[0].type == "selector_expression" and \
                _text(vals[0].child_by_field_name("operand")) == recv_name:
            returns_field = _text(vals[0].child_by_field_name("field"))
    return FuncSig(name, recv, ptr, tuple(params), results, recv_name, returns_recv, returns_field)


def _returns_only(body: Node | None, name: str) -> bool:
    """Does every ``return`` of ``body`` (func literals aside) give back the variable ``name``, and is there
    one at least?"""
    found = False
    stack = list(body.named_children) if body is not None else []
    while stack:
        n = stack.pop()
        if n.type == "func_literal":
            continue
        if n.type == "return_statement":
            vals = [c for c in n.named_children if c.type != "comment"]
            vals = vals[0].named_children if len(vals) == 1 and vals[0].type == "expression_list" else vals
            if len(vals) != 1 or vals[0].type != "identifier" or _text(vals[0]) != name:
                return False
            found = True
            continue
        stack.extend(n.named_children)
    return found


def result_types(fn: Node) -> list[str]:
    res = fn.child_by_field_name("result")
    if res is None:
        return []
    if res.type != "parameter_list":
        return [type_text(res) or ""]
    out = []
    for decl in res.named_children:
        if decl.type != "parameter_declaration":
            continue
        typ = type_text(decl.child_by_field_name("type")) or ""
        out.extend([typ] * max(1, len(decl.children_by_field_name("name"))))
    return out


def _fields(struct: Node, depth: int = 0) -> list[FieldInfo]:
    out = []
    fdl = next((c for c in struct.named_children if c.type == "field_declaration_list"), None)
    for fd in fdl.named_children if fdl is not None else []:
        if fd.type != "field_declaration":
            continue
        typ = fd.child_by_field_name("type")
        tt = type_text(typ, depth) or ""
        names = fd.children_by_field_name("name")
        if names:
            for n in names:
                out.append(FieldInfo(_text(n), tt))
        else:
            ptr = any(c.type == "*" for c in fd.children)
            full = ("*" if ptr else "") + tt
            out.append(FieldInfo((base_name(tt) or tt).rsplit(".", 1)[-1], full, True))
    return out


class TypeIndex:
    """The merged type facts of a package."""

    def __init__(self, facts: list[DeclTypes] = ()):
        self.types: dict[str, TypeDecl] = {}
        self.funcs: dict[str, FuncSig] = {}
        self.methods: dict[str, dict[str, FuncSig]] = {}
        self.vars: dict[str, VarDecl] = {}
        self.variants: dict[str, list[TypeDecl]] = {}   # every declaration of a name (build-tag variants)
        self.consts: dict[str, set[str]] = {}           # a named type's typed constants, by the type's name
        self.flags: dict[str, bool | None] = {}         # boolean constants (None: build variants disagree)
        for f in facts:
            for name, val in f.flags:
                self.flags[name] = val if self.flags.get(name, val) == val else None
            for c in f.consts:
                self.consts.setdefault(c.type, set()).add(c.name)
            for td in f.types:
                self.types.setdefault(td.name, td)
                self.variants.setdefault(td.name, []).append(td)
            for fs in f.funcs:
                if fs.recv:
                    self.methods.setdefault(fs.recv, {}).setdefault(fs.name, fs)
                else:
                    self.funcs.setdefault(fs.name, fs)
            for v in f.vars:
                self.vars.setdefault(v.name, v)

    @cached_property
    def chan_results(self) -> frozenset[str]:
        """Names of the package's functions and methods whose one result is a channel (``chan error``,
        ``<-chan int``)."""
        sigs = list(self.funcs.values()) + [fs for ms in self.methods.values() for fs in ms.values()]
        return frozenset(fs.name for fs in sigs if len(fs.results) == 1 and "chan" in fs.results[0].split("[")[0])

    @cached_property
    def chan_fields(self) -> frozenset[str]:
        """Names of the channel-typed fields of the package's struct types."""
        return frozenset(fl.name for td in self.types.values() for fl in td.fields
                         if is_chan(self.underlying(fl.type)))

    def with_local(self, facts: list[DeclTypes]) -> "TypeIndex":
        """This index and the types a function declares inside its body (``type counters struct{
        sync.Mutex; n int }`` in a test), which shadow the package's of the same name there."""
        out = TypeIndex.__new__(TypeIndex)
        out.types, out.funcs, out.methods = dict(self.types), self.funcs, self.methods
        out.vars, out.variants, out.consts, out.flags = self.vars, self.variants, self.consts, self.flags
        for f in facts:
            for td in f.types:
                out.types[td.name] = td
        return out

    # ------------------------------------------------------------------ types
    def held_by_value(self, name: str) -> list[str]:
        """``name`` and the package types its struct holds by value, transitively (``entry cacheEntry``, not
        ``p *Peer``), breadth first: the types a copy of a ``name`` value copies."""
        out, todo = [], [name]
        while todo:
            t = todo.pop(0)
            if t in out:
                continue
            out.append(t)
            td = self.struct(t)
            todo.extend(b for f in (td.fields if td is not None else ()) if not f.type.startswith("*")
                        and (b := base_name(f.type)) and b in self.types)
        return out

    def struct(self, name: str | None) -> TypeDecl | None:
        if name is not None and name.startswith("struct{"):
            return anonymous_struct(name)
        td = self.types.get(name or "")
        seen = 0
        while td is not None and td.kind == "other" and seen < 5:   # type A B
            nxt = self.types.get(base_name(td.underlying) or "")
            if nxt is None:
                break
            td, seen = nxt, seen + 1
        return td if td is not None and td.kind == "struct" else None

    def json_encodable(self, t: str | None, _seen: frozenset = frozenset()) -> bool:
        """Does ``json.Marshal`` of any value of type ``t`` succeed? Strings, bools and integers; pointers,
        slices and arrays of such; maps keyed by strings or integers; structs of the package (or
        anonymous ones) whose exported and embedded fields are such, with no ``MarshalJSON`` or
        ``MarshalText`` method of their own. Not a float (NaN and infinities fail), an interface, a type
        of another package, nor a type that refers to itself (a cyclic value fails)."""
        t = (t or "").strip()
        if not t or t in _JSON_NEVER or len(_seen) > 12:
            return False
        if t in _JSON_BASIC:
            return True
        if t.startswith("*"):
            return self.json_encodable(t[1:], _seen)
        if t.startswith("[]"):
            return self.json_encodable(t[2:], _seen)
        if t.startswith("[") and "]" in t:
            return self.json_encodable(t[t.index("]") + 1:], _seen)
        if t.startswith("map["):
            depth, i = 0, 3
            for i in range(3, len(t)):
                depth += t[i] == "["
                depth -= t[i] == "]"
                if depth == 0:
                    break
            return t[4:i] in _JSON_KEYS and self.json_encodable(t[i + 1:], _seen)
        if t.startswith("struct{"):
            st = anonymous_struct(t)
            return st is not None and self._json_fields(st, _seen)
        if not t.replace("_", "a").isalnum() or t in _seen:
            return False   # (another package's type, a func, a chan, an interface; or a type met again)
        td = self.types.get(t)
        methods = self.methods.get(t, {})
        if td is None or "MarshalJSON" in methods or "MarshalText" in methods:
            return False
        if td.kind == "struct":
            return self._json_fields(td, _seen | {t})
        return td.kind == "other" and self.json_encodable(td.underlying, _seen | {t})

    def _json_fields(self, st: TypeDecl, seen: frozenset) -> bool:
        return all(self.json_encodable(f.type, seen) for f in st.fields
                   if f.embedded or (f.name[:1].isupper() and f.name != "_"))

    def has_lock(self, name: str | None) -> bool:
        """Does the struct type ``name`` hold a ``sync.Mutex`` or ``sync.RWMutex`` (a field, embedded or
        not, or a pointer to one)? A type with a lock is made to be used by several goroutines at once."""
        st = self.struct(name)
        return st is not None and any(sync_kind(f.type) in ("Mutex", "RWMutex") for f in st.fields)

    def underlying(self, t: str | None) -> str | None:
        """Follow named types of the package to what they are (``type ch chan int`` -> ``chan int``)."""
        for _ in range(5):
            b = base_name(t)
            td = self.types.get(b or "") if b else None
            if td is None or td.kind != "other" or (t or "").startswith("*"):
                return t
            t = td.underlying
        return t

    def field(self, typ: str | None, name: str) -> tuple[str, tuple[str, ...]] | None:
        """(field type, path from ``typ``) of ``x.name`` for ``x`` of type ``typ``, through embedded fields."""
        start = struct_key(self.underlying(typ) if not (typ or "").startswith("*") else typ)
        if start is None:
            return None
        frontier = [(start, ())]
        seen = set()
        for _depth in range(4):
            nxt = []
            for tname, path in frontier:
                if tname in seen:
                    continue
                seen.add(tname)
                st = self.struct(tname)
                if st is None:
                    if tname.startswith("sync.") and not path:
                        continue
                    continue
                for f in st.fields:
                    if f.name == name:
                        return f.type, path + (f.name,)
                for f in st.fields:
                    if f.embedded:
                        b = struct_key(f.type)
                        if b:
                            nxt.append((b, path + (f.name,)))
            frontier = nxt
            if not frontier:
                break
        return None

    def is_testing(self, typ: str | None) -> bool:
        """Is ``typ`` a testing value (``*testing.T``, ``testing.TB``...), or a package struct that embeds
        one, a few levels down (``type Harness struct{ *testing.T; ... }``: ``ht.Fatalf`` is ``T``'s)?"""
        return self.embeds(typ, lambda t: t.startswith("testing."))

    def embeds(self, typ: str | None, match) -> bool:
        """Is ``typ`` (pointer or not) a type ``match`` accepts, or a package struct that embeds one, a few
        levels down?"""
        frontier, seen = [typ], set()
        for _depth in range(4):
            nxt = []
            for t in frontier:
                if t is None or t in seen:
                    continue
                seen.add(t)
                if match(deref(t) or ""):
                    return True
                st = self.struct(struct_key(t))
                nxt.extend(f.type for f in (st.fields if st is not None else ()) if f.embedded)
            frontier = nxt
        return False

    def method(self, typ: str | None, name: str) -> tuple[FuncSig | None, tuple[str, ...], str | None]:
        """A method ``name`` of ``typ``: (package method or None, embedded path to its receiver, library type).

        For a promoted method of an embedded library type (``sync.Mutex``'s ``Lock`` in
        ``type T struct{ sync.Mutex }``) the third value names that type.
        """
        start = struct_key(typ)
        if start is None:
            return None, (), None
        frontier = [(start, ())]
        seen = set()
        for _depth in range(4):
            nxt = []
            for tname, path in frontier:
                if tname in seen:
                    continue
                seen.add(tname)
                m = self.methods.get(tname, {}).get(name)
                if m is not None:
                    return m, path, None
                st = self.struct(tname)
                if st is None:
                    if path and ("." in tname):
                        sk = sync_kind(tname) or wrapper_lock_kind(tname)
                        if sk is not None and name in _SYNC_METHODS.get(sk, ()):
                            return None, path, tname
                    continue
                for f in st.fields:
                    if f.embedded:
                        b = struct_key(f.type)
                        if b:
                            nxt.append((b, path + (f.name,)))
            frontier = nxt
            if not frontier:
                break
        return None, (), None



_SYNC_METHODS = {
    "Mutex": ("Lock", "Unlock", "TryLock"),
    "RWMutex": ("Lock", "Unlock", "RLock", "RUnlock", "TryLock", "TryRLock", "RLocker"),
    "WaitGroup": ("Add", "Done", "Wait", "Go"),
    "Once": ("Do",),
    "Cond": ("Wait", "Signal", "Broadcast"),
}


# ------------------------------------------------------------------ local types
class LocalTypes:
    """Types of expressions inside one declaration (memoised per variable)."""

    def __init__(self, scopes: Scopes, index: TypeIndex, self_pkg: str | None = None):
        self.scopes = scopes
        self.index = index
        self._var: dict[int, str | None] = {}
        # in an external test package (``package foo_test`` beside ``package foo``): ``foo``, whose
        # names (``foo.New``, ``*foo.Server``) are the package's own
        self.self_pkg = self_pkg
        self._qual = re.compile(rf"(?<![\w.]){re.escape(self_pkg)}\.") if self_pkg else None

    def _tt(self, node: Node | None) -> str | None:
        """The text of a type as the package names it (``*foo.Server`` in ``foo_test``: ``*Server``)."""
        t = type_text(node)
        return self._qual.sub("", t) if t and self._qual is not None else t

    def own(self, operand: Node | None) -> bool:
        """Does ``operand`` (of ``x.F``) name the package itself, from its external test package?"""
        return self.self_pkg is not None and operand is not None and operand.type == "identifier" and \
            _text(operand) == self.self_pkg and self.scopes.var(operand) is None

    def var_type(self, v: Var) -> str | None:
        key = id(v)
        if key in self._var:
            return self._var[key]
        self._var[key] = None   # cycles (x := f(x)) end as unknown
        t = self._infer_var(v)
        self._var[key] = t
        return t

    def _infer_var(self, v: Var) -> str | None:
        if v.type_node is not None:
            t = self._tt(v.type_node)
            if v.kind == "param" and v.type_node.parent is not None and \
                    v.type_node.parent.type == "variadic_parameter_declaration":
                return "[]" + (t or "")
            return t
        if v.value is None:
            return None
        if v.kind == "range":
            over = self.of(v.value)
            over_u = self.index.underlying(over)
            if over_u is None:
                return None
            if is_chan(over_u):
                return chan_elem(over_u) if v.index == 0 else None
            if over_u.startswith("map["):
                k, val = map_kv(over_u)
                return k if v.index == 0 else val
            if v.index == 0:
                return "int"
            return elem_of(over_u)
        if v.kind == "recv":
            t = self.of(v.value)
            return t if v.index == 0 else "bool"
        if v.kind == "switch":
            return None
        # ``a, b := f()``: the index-th result
        if v.stmt.type == "short_var_declaration" or v.stmt.type == "var_declaration":
            right = v.stmt.child_by_field_name("right")
            vals = right.named_children if right is not None else ([v.value] if v.value is not None else [])
            if v.stmt.type == "short_var_declaration" and right is not None:
                left = v.stmt.child_by_field_name("left")
                n_left = len(left.named_children) if left is not None else 1
                if len(vals) == 1 and n_left > 1:
                    res = self.results(vals[0])
                    if res and v.index < len(res):
                        return res[v.index]
                    if vals[0].type == "unary_expression" and v.index == 1:
                        return "bool"   # v, ok := <-ch
                    if vals[0].type in ("index_expression", "type_assertion_expression") and v.index == 1:
                        return "bool"
                    if vals[0].type in ("index_expression", "type_assertion_expression", "unary_expression") \
                            and v.index == 0:
                        return self.of(vals[0])   # ``set, ok := s.sets[h]``: the element (or T, or the value)
                    return None
        return self.of(v.value)

    def of(self, expr: Node | None) -> str | None:
        """The type of an expression, or None."""
        if expr is None:
            return None
        t = expr.type
        if t == "parenthesized_expression":
            return self.of(expr.named_children[0]) if expr.named_children else None
        if t == "identifier":
            v = self.scopes.var(expr)
            if v is not None:
                return self.var_type(v)
            gv = self.index.vars.get(_text(expr))
            return gv.type if gv is not None else None
        if t == "selector_expression":
            operand = expr.child_by_field_name("operand")
            name = _text(expr.child_by_field_name("field"))
            ot = self.of(operand)
            if ot is None:
                return None
            f = self.index.field(ot, name)
            if f is None:
                return None
            # (a field declared in the external test package, ``svc *foo.Service``: the package's own type)
            return self._qual.sub("", f[0]) if f[0] and self._qual is not None else f[0]
        if t == "composite_literal":
            return self._tt(expr.child_by_field_name("type"))
        if t == "unary_expression":
            op = expr.child_by_field_name("operator")
            operand = expr.child_by_field_name("operand")
            if op is not None and op.type == "&":
                inner = self.of(operand)
                return "*" + inner if inner else None
            if op is not None and op.type == "<-":
                return chan_elem(self.index.underlying(self.of(operand)))
            if op is not None and op.type == "*":
                inner = self.of(operand)
                return inner[1:] if inner and inner.startswith("*") else None
            return None
        if t == "call_expression":
            res = self.results(expr)
            return res[0] if res else None
        if t == "index_expression":
            return elem_of(self.index.underlying(self.of(expr.child_by_field_name("operand"))))
        if t == "type_assertion_expression":
            return self._tt(expr.child_by_field_name("type"))
        if t == "type_conversion_expression":
            typ = expr.child_by_field_name("type")
            base = typ.child_by_field_name("type") if typ is not None and typ.type == "generic_type" else None
            name = _text(base) if base is not None and base.type == "type_identifier" else ""
            sig = self.index.funcs.get(name) if name and name not in self.index.types else None
            if sig is not None:   # ``New[int](10)``: a generic function's call (one argument), parsed as a conversion
                return sig.results[0] if sig.results else None
            return None
        if t == "func_literal":
            return "func"
        if t in ("interpreted_string_literal", "raw_string_literal"):
            return "string"
        if t == "int_literal":
            return "int"
        return None

    def results(self, call: Node) -> tuple[str, ...] | None:
        """Result types of a call: make/new, conversions, package functions and methods, known library calls."""
        fn = call.child_by_field_name("function")
        if fn is None:
            return None
        while fn.type == "parenthesized_expression" and fn.named_children:
            fn = fn.named_children[0]
        args = call.child_by_field_name("arguments")
        first = args.named_children[0] if args is not None and args.named_children else None
        if fn.type == "identifier":
            name = _text(fn)
            if name == "make" and first is not None:
                return (self._tt(first) or "",)
            if name == "new" and first is not None:
                return ("*" + (self._tt(first) or ""),)
            v = self.scopes.var(fn)
            if v is None:
                sig = self.index.funcs.get(name)
                if sig is not None:
                    return sig.results
                if name in self.index.types:
                    return (name,)      # conversion T(x)
                return None
            lit = v.value
            while lit is not None and lit.type == "parenthesized_expression" and lit.named_children:
                lit = lit.named_children[0]
            if lit is not None and lit.type == "func_literal" and not v.assigned and v.index == 0:
                return tuple(result_types(lit)) or None   # ``mk := func() *T {...}``: ``mk()``
            return None
        if fn.type == "selector_expression":
            operand = fn.child_by_field_name("operand")
            name = _text(fn.child_by_field_name("field"))
            if self.own(operand):
                sig = self.index.funcs.get(name)
                if sig is not None:
                    return sig.results
                return (name,) if name in self.index.types else None   # conversion foo.T(x)
            if operand is not None and operand.type == "identifier" and self.scopes.var(operand) is None and \
                    _text(operand) not in self.index.vars:
                known = _KNOWN_RESULTS.get((_text(operand), name))
                return known
            ot = self.of(operand)
            if ot is None:
                return None
            m, _, _ = self.index.method(ot, name)
            return m.results if m is not None else None
        if fn.type in ("generic_type", "array_type", "slice_type", "map_type", "pointer_type", "qualified_type",
                       "channel_type", "type_identifier"):
            return (self._tt(fn) or "",)
        return None


def _text(node: Node | None) -> str:
    return node.text.decode("utf-8", "replace") if node is not None and node.text is not None else ""


def _descendants(node: Node, typ: str) -> list[Node]:
    out = []
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type == typ:
            out.append(n)
            continue
        stack.extend(reversed(n.named_children))
    return out
