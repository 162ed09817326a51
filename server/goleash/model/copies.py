"""Values that carry a lock: passing or receiving them by value copies the lock.

A type *holds* a sync primitive when it is one (``sync.Mutex``, ``sync.RWMutex``,
``sync.WaitGroup``, ``sync.Once``, ``sync.Cond``) or is a package struct with
such a field by value — directly, in an array, or in an embedded or nested
struct held by value. Every declaration of the name (one per build
configuration) must hold it. A parameter or receiver of such a type (not a
pointer) gets a copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tree_sitter import Node

from .. import syntax
from .scope import FUNC_TYPES
from .types import TypeIndex, type_text

HELD_TYPES = frozenset({"sync.Mutex", "sync.RWMutex", "sync.WaitGroup", "sync.Once", "sync.Cond"})


def lock_bearing_types(index: TypeIndex) -> dict[str, str]:
    """Package types that hold a sync primitive by value, mapped to the primitive they hold."""
    cache = getattr(index, "_lock_bearing", None)
    if cache is not None:
        return cache
    found: dict[str, str] = {}
    changed = True
    while changed:
        changed = False
        for name, decls in index.variants.items():
            if name in found:
                continue
            held = [_held(td, found) for td in decls]
            if held and all(held):
                found[name] = held[0]
                changed = True
    index._lock_bearing = found
    return found


def _held(td, found: dict[str, str]) -> str | None:
    if td.kind == "other":
        t = _element(td.underlying)
        return t if t in HELD_TYPES else found.get(t)
    if td.kind != "struct":
        return None
    for f in td.fields:
        if f.type.startswith("*"):
            continue
        t = _element(f.type)
        if t in HELD_TYPES:
            return t
        if t in found:
            return found[t]
    return None


def _element(t: str) -> str:
    """Arrays hold their elements by value: ``[4]sync.Mutex`` -> ``sync.Mutex``."""
    while t.startswith("[") and "]" in t and not t.startswith("[]"):
        t = t.split("]", 1)[1]
    return t


@dataclass
class CopiedValue:
    type_node: Node     # the parameter's or receiver's type
    type: str           # its text
    held: str           # the sync primitive it holds
    receiver: bool
    names: tuple[str, ...] = ()    # the names it is given (``func f(a, b sync.WaitGroup)``: a, b)
    func: Node | None = None       # the function it is a parameter or receiver of

    def calls(self, methods: frozenset[str]) -> list[Node]:
        """The calls of these methods on the copy in its function, in source order: ``wg.Done()`` on a
        copied WaitGroup, ``c.mu.Lock()`` or ``c.Lock()`` on a copied value holding a mutex (closures
        of the function included, unless they declare a parameter of the same name)."""
        body = self.func.child_by_field_name("body") if self.func is not None else None
        out: list[Node] = []
        todo = [body] if body is not None else []
        while todo:
            n = todo.pop()
            if n.type == "func_literal":
                own = {p for p, _t in syntax.params(n) if p}
                if own & set(self.names):
                    continue
            if n.type == "call_expression":
                fn = n.child_by_field_name("function")
                if fn is not None and fn.type == "selector_expression" and \
                        syntax.text(fn.child_by_field_name("field")) in methods:
                    root = fn.child_by_field_name("operand")
                    while root is not None and root.type == "selector_expression":
                        root = root.child_by_field_name("operand")
                    if root is not None and root.type == "identifier" and syntax.text(root) in self.names:
                        out.append(n)
            todo.extend(reversed(n.named_children))
        return out


    def lock_untouched(self, index: TypeIndex) -> bool:
        """Does the function only read or write fields of the copy that hold no lock (``h.s[i]``,
        ``len(h.items)``)? No method is called on it, it is not passed on, returned, assigned or addressed
        whole: its lock is never used, so the copy guards nothing and deadlocks nothing (a heap's value
        ``Len``/``Less``/``Swap`` beside pointer methods that lock the original)."""
        body = self.func.child_by_field_name("body") if self.func is not None else None
        if body is None:
            return False
        holders = lock_bearing_types(index)
        names = set(self.names)
        todo = [body]
        while todo:
            n = todo.pop()
            if n.type == "func_literal" and {p for p, _t in syntax.params(n) if p} & names:
                continue
            if n.type == "identifier" and syntax.text(n) in names:
                sel = n.parent
                if sel is None or sel.type != "selector_expression" or sel.child_by_field_name("operand") != n:
                    return False   # the copy itself: passed, returned, assigned, addressed
                up = sel.parent
                if up is not None and up.type == "call_expression" and up.child_by_field_name("function") == sel:
                    return False   # a method of the copy (promoted Lock included) may lock it
                got = index.field(self.type, syntax.text(sel.child_by_field_name("field")))
                # a field that holds a lock by value is read only through its own lock-free fields
                # (``e.State.state`` of ``State SyncConnState{sync.RWMutex; state uint8}``)
                while got is not None and not got[0].startswith("*") and _element(got[0]) in holders:
                    outer = sel.parent
                    if outer is None or outer.type != "selector_expression" or \
                            outer.child_by_field_name("operand") != sel or \
                            (outer.parent is not None and outer.parent.type == "call_expression" and
                             outer.parent.child_by_field_name("function") == outer):
                        return False   # the struct holding the lock itself, or a method of it
                    got, sel = index.field(_element(got[0]), syntax.text(outer.child_by_field_name("field"))), outer
                if got is None:
                    return False   # not a known field (a method value, a field of another build)
                ft = _element(got[0])
                if not got[0].startswith("*") and (ft in HELD_TYPES or ft in holders):
                    return False   # the lock itself, or a struct holding one
                continue
            todo.extend(n.named_children)
        return True


def copied_values(unit: Node, index: TypeIndex, literals: list[Node] = ()) -> Iterator[CopiedValue]:
    """Parameters and receivers (of the declaration and its ``literals``) that receive a lock by value."""
    if unit.type not in ("function_declaration", "method_declaration"):
        return
    holders = lock_bearing_types(index)
    shadowed = syntax.type_param_names(unit)   # ``func Exec[Main any](m Main)``: not the package's Main
    for f in [unit, *literals]:
        if f.type in FUNC_TYPES:
            lists = []
            if f.type == "method_declaration":
                lists.append((f.child_by_field_name("receiver"), True))
            lists.append((f.child_by_field_name("parameters"), False))
            for plist, is_recv in lists:
                for decl in (plist.named_children if plist is not None else []):
                    if decl.type != "parameter_declaration":
                        continue
                    typ = decl.child_by_field_name("type")
                    t = type_text(typ)
                    if t is None or t in shadowed:
                        continue
                    held = t if t in HELD_TYPES else holders.get(t)
                    if held is not None:
                        names = tuple(syntax.text(x) for x in decl.children_by_field_name("name"))
                        yield CopiedValue(typ, t, held, is_recv, names, f)
