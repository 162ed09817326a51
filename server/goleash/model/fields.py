"""Field and package-variable accesses of goroutines: who writes which field, under which lock.

For a function of the declaration, :meth:`FieldAccess.writes` lists the
assignments and ``++``/``--`` to a field path (``s.count``, ``c.stats.hits``)
or a package variable, with the mutexes held there (the lock model);
:meth:`FieldAccess.reads` the reads of given places. Writes rooted at a
variable declared inside a loop iteration (``for _, w := range ws { go
func(){ w.n++ }() }``) belong to one value each: :meth:`FieldAccess.per_iteration`.
For ``go s.method()``, :meth:`FieldAccess.callee_writes` reads the method's
declaration from the package and maps its writes, and the mutexes held at each,
onto the caller's places.
"""

from __future__ import annotations

from dataclasses import dataclass

from tree_sitter import Node

from .effects import Func, Place, UnitModel


@dataclass(frozen=True)
class Access:
    place: Place
    node: Node            # the assignment / inc-dec statement, or the read selector
    locked: bool          # some mutex held there
    held: frozenset = frozenset()   # the places of the mutexes held


class FieldAccess:
    def __init__(self, um: UnitModel, locks):
        self.um = um
        self.locks = locks

    def _held(self, f: Func, node: Node) -> frozenset:
        if self.locks is None or not self.locks.relevant:
            return frozenset()
        flow = self.locks.flow(f)
        if flow is None or flow.trivial:
            return frozenset()
        return frozenset(flow.held_at(node))

    def writes(self, f: Func) -> list[Access]:
        """Field and package-variable writes that run in ``f`` itself (not in its literals)."""
        out = []
        um = self.um
        g = um.cfg(f)
        for n in (g.nodes if g is not None else ()):
            ast = n.ast
            if ast is None or n.kind != "stmt":
                continue
            targets = []
            if ast.type == "assignment_statement":
                left = ast.child_by_field_name("left")
                targets = left.named_children if left is not None else []
            elif ast.type in ("inc_statement", "dec_statement"):
                targets = ast.named_children[:1]
            for t in targets:
                if t.type not in ("selector_expression", "identifier"):
                    continue
                if t.text == b"_":
                    continue
                place = um.place(t)
                if place is None or (t.type == "identifier" and not place.is_global):
                    continue   # locals are GL502's business
                if "[]" in place.path or any(x.startswith("(") for x in place.path):
                    continue   # an element of a slice or map: per-index writes are GL503's (and usually disjoint)
                if t.type == "selector_expression" and not place.path:
                    continue
                held = self._held(f, ast)
                out.append(Access(place, ast, bool(held), held))
        return out

    def reads(self, f: Func, places: set[Place], after: int) -> list[Access]:
        """Reads of ``places`` in ``f`` itself after byte offset ``after`` (the go statement)."""
        um = self.um
        body = f.body
        if body is None:
            return []
        out = []
        stack = [body]
        while stack:
            n = stack.pop()
            if n.type == "func_literal":
                continue
            if n.type in ("selector_expression", "identifier") and n.start_byte > after:
                place = um.place(n) if n.type == "selector_expression" or n.text else None
                if place in places and not _written_at(n):
                    out.append(Access(place, n, bool(self._held(f, n)), self._held(f, n)))
                    continue
            stack.extend(n.named_children)
        out.sort(key=lambda a: a.node.start_byte)
        return out

    def per_iteration(self, place: Place, loop: Node) -> bool:
        """Is the place rooted at a variable declared inside ``loop`` (a new value each iteration)?"""
        if not place.is_local:
            return False
        name, off = place.root[2:].rsplit(":", 1)
        start = self.um.unit.start_byte + int(off)
        return loop.start_byte <= start < loop.end_byte

    def callee_writes(self, package, e) -> list[tuple[Place, str, frozenset]]:
        """Writes that a called package function makes, on the caller's places: (place, the callee's
        spelling, the mutexes held there as the caller spells them; a mutex the caller cannot name, such
        as the callee's own local, counts as none)."""
        from .effects import translate
        from .locks import LockModel
        if package is None or e.callee is None or e.callee.key is None:
            return []
        um = package.decl_model(e.callee.key)   # (its text is a dependency of the result)
        if um is None:
            return []
        top = um.top
        fa = FieldAccess(um, LockModel(um, package))
        out = []
        for a in fa.writes(top):
            p = translate(a.place, e)
            if p is not None:
                held = frozenset(q for q in (translate(h, e) for h in a.held) if q is not None)
                out.append((p, um.spell(a.place), held))
        return out


@dataclass(frozen=True)
class ParamMapWrite:
    """A called function writes ``param[k]`` (assignment, ``++``, ``delete``) with no mutex held."""
    index: int            # the parameter's position (receiver -1)
    start: int            # where, relative to the function's declaration
    end: int


def callee_map_writes(package, key: str) -> list[ParamMapWrite]:
    """Unguarded writes of the package function ``key`` to elements of its map parameters (the function's
    text is a recorded dependency)."""
    from .. import syntax
    from .locks import LockModel
    um = package.decl_model(key) if package is not None else None
    if um is None:
        return []
    top, node = um.top, um.unit
    params = {v.name: v for v in um.scopes.declared_in(node) if v.kind == "param" and v.type_node is not None
              and v.type_node.type == "map_type" and not v.assigned}
    if not params:
        return []
    locks = LockModel(um, package)
    flow = locks.flow(top) if locks.relevant else None
    out = []
    for n in syntax.walk(syntax.func_body(node), skip_funcs=True):
        target = None
        if n.type in ("assignment_statement", "inc_statement", "dec_statement"):
            left = n.child_by_field_name("left") if n.type == "assignment_statement" else None
            targets = left.named_children if left is not None else n.named_children[:1]
            target = next((t for t in targets if t.type == "index_expression"), None)
            target = target.child_by_field_name("operand") if target is not None else None
        elif n.type == "call_expression" and syntax.call_name(n) == ("", "delete"):
            args = syntax.call_args(n)
            target = args[0] if args else None
        if target is None or target.type != "identifier" or syntax.text(target) not in params:
            continue
        v = um.scopes.var(target)
        if v is None or v is not params[syntax.text(target)]:
            continue
        if flow is not None and flow.held_at(n):
            continue
        out.append(ParamMapWrite(um.var_place(v).param_index, n.start_byte - node.start_byte,
                                 n.end_byte - node.start_byte))
    return out


def _written_at(n: Node) -> bool:
    """Is this selector the target of an assignment (a write, not a read)?"""
    p = n.parent
    if p is not None and p.type == "expression_list":
        gp = p.parent
        return gp is not None and gp.type == "assignment_statement" and gp.child_by_field_name("left") == p
    return p is not None and p.type in ("inc_statement", "dec_statement")
