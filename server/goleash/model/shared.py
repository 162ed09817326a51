"""Variables shared between a function and the goroutines it starts.

For one top-level function: every access to a local variable (declared in the
function, including parameters and named results) from the function itself or
from a ``go func`` literal, classified as read or write, with the goroutine it
runs in and whether a mutex is held there. GL501–GL503 read this model; the
join test (``joined``) answers "has the parent waited for the goroutine here".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from tree_sitter import Node

from .. import syntax
from .sync import held_at, lock_events

READ, ASSIGN, INCDEC, INDEX, ADDR, ATOMIC = "read", "assign", "incdec", "index", "addr", "atomic"
WRITES = frozenset({ASSIGN, INCDEC, INDEX})


@dataclass
class Access:
    ident: Node
    kind: str
    runner: Node | None      # go_statement whose literal runs it; None: the function itself
    func: Node               # innermost function (declaration or literal) around it

    @property
    def write(self) -> bool:
        return self.kind in WRITES


@dataclass
class Var:
    name: str
    decl: Node                       # declaring statement, for_statement (loop var) or function (param)
    accesses: list[Access] = field(default_factory=list)

    @property
    def ident(self) -> Node:
        """The identifier that declares the variable (the declaration itself when not found)."""
        if self.decl.type in syntax.FUNC_TYPES:
            names = syntax.func_param_names(self.decl)
        else:
            names = (n for n in syntax.walk(self.decl) if n.type == "identifier")
        return next((n for n in names if n.text.decode() == self.name), self.decl)

    @property
    def is_loop_var(self) -> bool:
        return self.decl.type == "for_statement"

    @property
    def is_result(self) -> bool:
        res = self.decl.child_by_field_name("result") if self.decl.type in syntax.FUNC_TYPES else None
        return res is not None and any(n.text.decode() == self.name for n in syntax.walk(res)
                                       if n.type == "identifier")


def _kind(ident: Node) -> str:
    p = ident.parent
    if p is None:
        return READ
    if p.type in ("inc_statement", "dec_statement"):
        return INCDEC
    if p.type == "expression_list":
        gp = p.parent
        if gp is not None and gp.type == "assignment_statement" and gp.child_by_field_name("left") == p:
            return ASSIGN
    if p.type == "index_expression" and p.child_by_field_name("operand") == ident:
        gp = p.parent
        if gp is not None and gp.type in ("inc_statement", "dec_statement"):
            return INDEX
        if gp is not None and gp.type == "expression_list":
            ggp = gp.parent
            if ggp is not None and ggp.type == "assignment_statement" and ggp.child_by_field_name("left") == gp:
                return INDEX
    if p.type == "argument_list":
        call = p.parent
        if syntax.call_name(call) == ("", "delete") and syntax.call_args(call)[:1] == [ident]:
            return INDEX
    if p.type == "unary_expression" and p.child_by_field_name("operator") is not None and \
            p.child_by_field_name("operator").type == "&":
        gp = p.parent
        if gp is not None and gp.type == "argument_list" and syntax.call_name(gp.parent)[0] == "atomic":
            return ATOMIC
        return ADDR
    return READ


class SharedVars:
    """Local variables of ``ctx.unit`` that some goroutine literal of it uses."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.unit: Node = ctx.unit
        self.vars: list[Var] = []
        self._events: dict[int, list] = {}
        if self.unit.type in ("function_declaration", "method_declaration") and ctx.go_statements:
            self._build()

    def _build(self) -> None:
        lits = [(g, syntax.go_literal(g)) for g in self.ctx.go_statements]
        lits = [(g, lit) for g, lit in lits if lit is not None]
        if not lits:
            return
        captured: dict[tuple[int, str], Var] = {}
        for g, lit in lits:
            body = syntax.func_body(lit)
            if body is None:
                continue
            for n in syntax.walk(body):
                if n.type != "identifier" or n.text == b"_":
                    continue
                d = syntax.resolve_decl(n, self.unit)
                if d is None or syntax.inside(d, lit):
                    continue
                key = (d.id, n.text.decode())
                if key not in captured:
                    captured[key] = Var(key[1], d)
        if not captured:
            return
        names = {v.name for v in captured.values()}
        for n in syntax.walk(self.unit):
            if n.type != "identifier" or n.text.decode() not in names:
                continue
            d = syntax.resolve_decl(n, self.unit)
            v = captured.get((d.id, n.text.decode())) if d is not None else None
            if v is None:
                continue
            v.accesses.append(Access(n, _kind(n), syntax.goroutine_of(n, self.unit),
                                     syntax.enclosing_func(n) or self.unit))
        self.vars = [v for v in captured.values() if v.accesses]

    def __iter__(self):
        return iter(self.vars)

    # ----------------------------------------------------------- questions
    def locked(self, node: Node) -> bool:
        """Is some mutex held (locked earlier on every path, not yet unlocked) at ``node``?"""
        fn = syntax.enclosing_func(node) or self.unit
        if fn.id not in self._events:
            self._events[fn.id] = lock_events(self.ctx, fn)
        return bool(held_at(self._events[fn.id], node))

    @cached_property
    def _joins(self) -> list[Node]:
        """Places where the function waits for goroutines: ``.Wait()``, receives, ranges, selects."""
        out = list(self.ctx.calls("Wait"))
        out.extend(self.ctx.nodes("recv"))
        out.extend(self.ctx.nodes("range"))
        out.extend(self.ctx.nodes("select"))
        return out

    def joined(self, go: Node, later: Node, waits_only: bool = False) -> bool:
        """Does the function wait for something between starting ``go`` and running ``later``?

        ``waits_only``: count only ``.Wait()`` calls (not receives, ranges, selects).
        """
        fn = syntax.enclosing_func(go)
        for loop in syntax.loops_between(go, fn):
            if not waits_only and not syntax.inside(later, loop) and self.joined_in_loop(go, loop):
                return True  # every iteration waited for its goroutine before the loop ended
        cands = [j for j in self._joins
                 if go.end_byte <= j.start_byte < later.start_byte and syntax.enclosing_func(j) == fn
                 and (not waits_only or j.type == "call_expression")]
        if any(syntax.inside(later, syntax.stmt_of(j)) for j in cands):
            return True
        return bool(cands) and syntax.guaranteed_before(cands, later, fn)

    def joined_in_loop(self, go: Node, loop: Node) -> bool:
        """Does each iteration of ``loop`` wait (or leave the loop) after starting ``go``?

        Looks at the statements after ``go`` in every block from the ``go``
        statement out to the loop body: a join (``.Wait()``, a receive, a
        range, a select) or a ``break``/``return`` there ends the iteration's
        concurrency with the goroutine.
        """
        node = go
        while node is not None and node.id != loop.id:
            parent = node.parent
            if parent is None or parent.type in syntax.FUNC_TYPES:
                return False
            if parent.type == "statement_list":
                for s in parent.named_children:
                    if s.start_byte < node.end_byte:
                        continue
                    if s.type in ("break_statement", "return_statement"):
                        return True
                    if any(syntax.inside(j, s) and syntax.enclosing_func(j) == syntax.enclosing_func(go)
                           for j in self._joins):
                        return True
            node = parent
        return False

    def mutex_in_scope(self, node: Node) -> str | None:
        """Name of a ``sync.Mutex`` local variable declared before ``node`` in an enclosing scope."""
        for n in syntax.walk(self.unit):
            if n.type == "var_spec":
                typ = n.child_by_field_name("type")
                if typ is not None and syntax.text(typ) in ("sync.Mutex", "sync.RWMutex"):
                    for nm in n.children_by_field_name("name"):
                        scope = syntax.stmt_of(n).parent
                        if n.end_byte <= node.start_byte and scope is not None and syntax.inside(node, scope):
                            return syntax.text(nm)
        return None

    # ------------------------------------------------------------ conflicts
    def conflicts(self, v: Var, kinds: frozenset[str]) -> list[Conflict]:
        """Unguarded writes (of ``kinds``) of ``v`` in goroutines, each with the access it races with.

        One per (variable, go statement): the first unguarded write. A write
        races when the goroutine is started in a loop that does not wait for
        it (its other instances write too), when the starting function touches
        the variable after the ``go`` without waiting first (or returns, for a
        named result), or when another goroutine started alongside writes it.
        """
        if any(a.kind in (ATOMIC, ADDR) for a in v.accesses):
            return []  # atomics (GL504) or a pointer handed out: synchronised elsewhere
        out: list[Conflict] = []
        seen: set[int] = set()
        for w in v.accesses:
            g = w.runner
            if w.kind not in kinds or g is None or g.id in seen or self.locked(w.ident) or \
                    w.func != syntax.go_literal(g):  # a closure made in the goroutine runs who knows when
                continue
            c = self._conflict(v, w, g)
            if c is not None:
                seen.add(g.id)
                out.append(c)
        return out

    def _conflict(self, v: Var, w: Access, g: Node) -> Conflict | None:
        fn = syntax.enclosing_func(g) or self.unit
        loops = [l for l in syntax.loops_between(g, fn) if not syntax.inside(v.decl, l)]
        if loops and not self.joined_in_loop(g, loops[0]):
            return Conflict(w, "loop", loops[0])
        parent = syntax.goroutine_of(g, self.unit)
        for a in v.accesses:
            if a.runner == parent and a.func == fn and a.ident.start_byte > g.end_byte and \
                    not self.joined(g, a.ident) and not self.locked(a.ident):
                return Conflict(w, "parent", a.ident)
        if v.is_result and v.decl == fn:
            for r in self.ctx.nodes("return"):
                if syntax.enclosing_func(r) == fn and r.start_byte > g.end_byte and not self.joined(g, r):
                    return Conflict(w, "return", r)
        lit = syntax.go_literal(g)
        for a in v.accesses:
            g2 = a.runner
            if g2 is None or g2.id == g.id or not a.write or self.locked(a.ident) or \
                    syntax.enclosing_func(g2) != fn or syntax.inside(g2, lit) or syntax.inside(g, syntax.go_literal(g2)):
                continue
            first, second = sorted((g, g2), key=lambda n: n.start_byte)
            if self.joined(first, second) or self._synchronises(lit) or self._synchronises(syntax.go_literal(g2)):
                continue
            return Conflict(w, "goroutine", a.ident)
        return None

    def _synchronises(self, lit: Node) -> bool:
        """Does a goroutine body wait on something (receive, select, Wait, Lock)?"""
        for j in self._joins:
            if syntax.inside(j, lit):
                return True
        return any(syntax.inside(c, lit) for c in self.ctx.calls("Lock"))

    def unguarded_writes(self, v: Var, g: Node, kinds: frozenset[str]) -> list[Access]:
        return [a for a in v.accesses if a.runner == g and a.kind in kinds and not self.locked(a.ident)]

    def guard_edits(self, writes: list[Access], mutex: str):
        """Edits wrapping each write statement in ``mutex.Lock()`` / ``Unlock()`` (None: a write is not a statement)."""
        edits = []
        stmts = {}
        for a in writes:
            s = syntax.stmt_of(a.ident)
            if s.parent is None or s.parent.type != "statement_list" or \
                    s.type not in ("assignment_statement", "inc_statement", "dec_statement", "expression_statement"):
                return None
            stmts[s.id] = s
        for s in stmts.values():
            edits.append(self.ctx.insert_line_before(s, f"{mutex}.Lock()"))
            edits.append(self.ctx.insert_line_after(s, f"{mutex}.Unlock()"))
        return edits


@dataclass
class Conflict:
    write: Access
    why: str          # "loop" | "parent" | "return" | "goroutine"
    other: Node       # the loop, the racing access, or the return

    def explain(self, ctx, name: str) -> tuple[str, list]:
        """(clause for the message, related locations)."""
        line = ctx.source.count(b"\n", 0, self.other.start_byte) + 1
        if self.why == "loop":
            return ("by every goroutine this loop starts, at the same time",
                    [ctx.related(self.other.child(0), "goroutines are started in this loop and not awaited in it")])
        if self.why == "parent":
            return (f"while the function uses {name} at line {line} without waiting for the goroutine",
                    [ctx.related(self.other, f"{name} is used here, concurrently")])
        if self.why == "return":
            return (f"while the function returns (writing its result {name}) without waiting for the goroutine",
                    [ctx.related(self.other, "returns here without waiting")])
        return (f"and by another goroutine at line {line}",
                [ctx.related(self.other, f"{name} is also written here")])
