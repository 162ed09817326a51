"""Atomic accesses: which package variables and receiver fields a declaration reaches through
``sync/atomic`` (``atomic.AddInt64(&s.hits, 1)``).

The package fact is :class:`AtomicAccess`, one per atomic call on a package variable or a field of
the method's receiver; the engine gathers them from every declaration of the package
(``DeclFacts.atomics``, ``PackageFacts.atomic_accesses``). GL504 asks which plain accesses touch
one of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from .. import syntax
from .locks import Anchor
from .sync import receiver

_OPS = ("CompareAndSwap", "Add", "Load", "Store", "Swap", "And", "Or")
_TYPES = ("Int32", "Int64", "Uint32", "Uint64", "Uintptr")
_NAMES = rb"(?:" + b"|".join(o.encode() for o in _OPS) + rb")(?:" + b"|".join(t.encode() for t in _TYPES) + rb")"
_ATOMIC_NAME = re.compile(_NAMES + rb"\Z")
_ATOMIC_CALL = re.compile(rb"\." + _NAMES + rb"\s*\(")


@dataclass(frozen=True)
class AtomicAccess:
    """``atomic.<Op><suffix>(&x)`` in function ``func``: ``x`` is the package variable ``name``
    (``owner`` empty) or the field ``name`` of the receiver type ``owner``."""
    owner: str
    name: str
    suffix: str     # Int64, Uint32, ...: the type the atomic calls use
    func: str
    op: str = ""    # Load, Store, Add, Swap, CompareAndSwap, And, Or
    at: Anchor | None = None   # the call, in its declaration

    @property
    def writes(self) -> bool:
        """Does the call change the value (anything but a Load)?"""
        return self.op != "Load"

    @property
    def key(self) -> tuple[str, str]:
        """The variable or field, whichever function touches it."""
        return (self.owner, self.name)


def type_suffix(func: str) -> str | None:
    """``AddInt64`` -> ``Int64``; None for a name that is not one of sync/atomic's functions."""
    for op in _OPS:
        if func.startswith(op) and func[len(op):] in _TYPES:
            return func[len(op):]
    return None


def atomic_alias(root: Node) -> str | None:
    """The name ``sync/atomic`` is imported as in this file: "" when not imported, None when
    another package is imported as ``atomic`` (``runtime/internal/atomic``)."""
    out = ""
    decls = []
    for i in range(root.named_child_count):   # imports come first: stop at the first declaration
        d = root.named_child(i)
        if d.type == "import_declaration":
            decls.append(d)
        elif d.type not in ("package_clause", "comment"):
            break
    specs = [s for d in decls for s in syntax.walk(d)]
    for spec in specs:
        if spec.type == "import_spec":
            path = syntax.text(spec.child_by_field_name("path")).strip('"`')
            name = spec.child_by_field_name("name")
            if path == "sync/atomic":
                return syntax.text(name) if name is not None else "atomic"
            if (syntax.text(name) if name is not None else path.rsplit("/", 1)[-1]) == "atomic":
                out = None
    return out


def access_key(unit: Node, expr: Node, recv: tuple[str, str] | None) -> tuple[str, str] | None:
    """The ``AtomicAccess.key`` an expression of declaration ``unit`` names: a package variable
    (not a local), or a field of the method's receiver ``recv`` (its name, its type), or a field of a
    struct field of it (``c.stats.Writes``: name ``stats.Writes``)."""
    expr = syntax.unparen(expr)
    if expr is None:
        return None
    if expr.type == "identifier":
        if syntax.resolve_decl(expr, unit) is not None:
            return None  # a local variable
        return ("", syntax.text(expr))
    path = []
    while expr is not None and expr.type == "selector_expression" and recv is not None:
        # (``s.hits``; a field of a struct field, ``c.stats.Writes``: "stats.Writes")
        path.append(syntax.text(expr.child_by_field_name("field")))
        expr = syntax.unparen(expr.child_by_field_name("operand"))
    if path and expr is not None and expr.type == "identifier" and syntax.text(expr) == recv[0]:
        return (recv[1], ".".join(reversed(path)))
    return None


def accesses(ctx) -> tuple[AtomicAccess, ...]:
    """The atomic accesses of one top-level function or method (``ctx``: its FuncContext)."""
    if ctx.unit.type not in ("function_declaration", "method_declaration"):
        return ()
    # one scan of the declaration's text first: most declarations call no sync/atomic function
    if not _ATOMIC_CALL.search(ctx.source, ctx.unit.start_byte, ctx.unit.end_byte):
        return ()
    calls = [m.parent.parent for m in ctx.nodes("method") if _ATOMIC_NAME.match(m.text)]
    if not calls:
        return ()
    alias = atomic_alias(ctx.unit.parent)
    if not alias:
        return ()
    recv = receiver(ctx.unit)
    out = []
    for call in calls:
        r, fn = syntax.call_name(call)
        if r != alias:
            continue
        args = syntax.call_args(call)
        if not args or args[0].type != "unary_expression" or not syntax.text(args[0]).startswith("&"):
            continue
        key = access_key(ctx.unit, args[0].named_children[0], recv)
        if key is not None:
            suffix = type_suffix(fn)
            at = Anchor(f"{recv[1]}.{ctx.func_name}" if recv is not None else ctx.func_name,
                        call.start_byte - ctx.unit.start_byte, call.end_byte - ctx.unit.start_byte)
            out.append(AtomicAccess(key[0], key[1], suffix, ctx.func_name, fn[:-len(suffix)] if suffix else "", at))
    return tuple(out)
