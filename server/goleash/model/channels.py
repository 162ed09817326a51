"""Per-function channel model, shared by the channel and leak rules.

For each channel variable of a top-level function it records where the channel
is made (and with what capacity), every send, receive, range and close, which
goroutine each runs in (the function itself or a ``go func`` literal), whether
it sits in a ``select`` and in which loops, and every use that lets the channel
escape the function (passed to a call, returned, stored).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from tree_sitter import Node

from .. import syntax

SEND, RECV, RANGE, CLOSE = "send", "recv", "range", "close"


@dataclass
class ChanOp:
    kind: str
    node: Node           # send_statement / unary_expression / for_statement / call_expression
    chan: Node           # the expression naming the channel
    goroutine: Node | None   # go_statement running it, None: the function itself
    func: Node           # function (declaration or literal) whose body runs it
    select_case: Node | None  # communication_case when the op is a select case
    loops: list[Node]    # for statements around it within ``func`` (innermost first)
    deferred: bool       # inside a deferred call

    @property
    def direct(self) -> bool:
        """Does the op run in the body of its goroutine's literal (not in a closure made there)?
        Outside goroutines: always True."""
        return self.goroutine is None or self.func == syntax.go_literal(self.goroutine)

    @property
    def unconditional(self) -> bool:
        """Does the op run whenever its function body runs (no branch, loop or select around it)?"""
        for p in syntax.ancestors(self.node, self.func):
            if p.id == self.func.id:
                return True
            if p.type in ("if_statement", "expression_switch_statement", "type_switch_statement",
                          "select_statement", "for_statement", "communication_case", "expression_case"):
                return False
        return True

    @property
    def select(self) -> Node | None:
        return self.select_case.parent if self.select_case is not None else None

    def other_cases(self) -> list[Node]:
        """Other cases (including ``default``) of the select this op belongs to."""
        sel = self.select
        if sel is None:
            return []
        return [c for c in sel.named_children
                if c.type in ("communication_case", "default_case") and c.id != self.select_case.id]


@dataclass
class Channel:
    name: str
    decl: Node | None = None          # statement declaring it (None for parameters/fields)
    make: Node | None = None          # the make(chan ...) call
    capacity: int | str | None = None  # 0 unbuffered, int literal, str: a non-literal expression
    param: bool = False
    ops: list[ChanOp] = field(default_factory=list)
    escapes: list[Node] = field(default_factory=list)
    nil_assigns: list[Node] = field(default_factory=list)

    def of(self, kind: str) -> list[ChanOp]:
        return [o for o in self.ops if o.kind == kind]

    @property
    def sends(self) -> list[ChanOp]:
        return self.of(SEND)

    @property
    def receives(self) -> list[ChanOp]:
        """Receives and ranges."""
        return [o for o in self.ops if o.kind in (RECV, RANGE)]

    @property
    def closes(self) -> list[ChanOp]:
        return self.of(CLOSE)

    @property
    def local(self) -> bool:
        """Made in this function and never leaves it."""
        return self.make is not None and not self.escapes and not self.param


def _make_capacity(call: Node) -> tuple[bool, int | str | None]:
    """(is make(chan ...), capacity) for a call expression."""
    if call.type != "call_expression" or syntax.call_name(call) != ("", "make"):
        return False, None
    args = syntax.call_args(call)
    if not args or args[0].type != "channel_type":
        return False, None
    if len(args) == 1:
        return True, 0
    cap = args[1]
    if cap.type == "int_literal":
        try:
            return True, int(syntax.text(cap).replace("_", ""), 0)
        except ValueError:
            return True, syntax.text(cap)
    return True, syntax.text(cap)


class ChannelModel:
    def __init__(self, ctx):
        self.ctx = ctx
        self.unit: Node = ctx.unit
        self.channels: dict[str, Channel] = {}
        self._aliases: dict[int, dict[str, str]] = {}  # func literal id -> param -> outer name
        self._build()

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        unit = self.unit
        # goroutine literal parameters bound to outer channel variables
        for g in self.ctx.go_statements:
            lit = syntax.go_literal(g)
            if lit is None:
                continue
            args = syntax.call_args(g.named_children[0])
            names = [n for n, _ in syntax.params(lit)]
            m = {}
            for pname, arg in zip(names, args):
                arg = syntax.unparen(arg)
                if pname and arg is not None and arg.type in ("identifier", "selector_expression"):
                    m[pname] = syntax.text(arg)
            self._aliases[lit.id] = m
        # declarations
        if unit.type in ("function_declaration", "method_declaration"):
            for name, typ in syntax.params(unit):
                if name and typ is not None and typ.type == "channel_type":
                    self.channels[name] = Channel(name, param=True)
        body = syntax.func_body(unit) if unit.type in ("function_declaration", "method_declaration") else unit
        if body is None:
            return
        declared = {name for name, _ in syntax.params(unit)} if unit.type != "func_literal" else set()
        for n in syntax.walk(unit):
            if n.type in ("short_var_declaration", "var_declaration"):
                declared.update(syntax.text(x) for x in syntax.declared_names(n))
            elif n.type == "func_literal":
                declared.update(name for name, _ in syntax.params(n))
        for n in syntax.walk(body):
            if n.type in ("short_var_declaration", "assignment_statement"):
                left = n.child_by_field_name("left")
                right = n.child_by_field_name("right")
                if left is None or right is None:
                    continue
                for ln, rn in zip(left.named_children, right.named_children):
                    is_make, cap = _make_capacity(rn)
                    key = syntax.text(ln)
                    if is_make and key != "_":
                        if n.type == "assignment_statement" and key not in declared:
                            # made into a variable of an outer scope (package var, field): shared
                            self.channels.setdefault(key, Channel(key, make=rn, capacity=cap, decl=n, param=True))
                            continue
                        ch = self.channels.get(key)
                        if ch is None or (n.type == "short_var_declaration" and ch.make is None and not ch.param):
                            ch = self.channels.setdefault(key, Channel(key))
                        if ch.make is None:
                            ch.make, ch.capacity, ch.decl = rn, cap, n
            elif n.type == "var_spec":
                typ = n.child_by_field_name("type")
                value = n.child_by_field_name("value")
                for i, nm in enumerate(n.children_by_field_name("name")):
                    key = syntax.text(nm)
                    vals = value.named_children if value is not None else []
                    if i < len(vals):
                        is_make, cap = _make_capacity(vals[i])
                        if is_make:
                            self.channels.setdefault(key, Channel(key, decl=n, make=vals[i], capacity=cap))
                    elif typ is not None and typ.type == "channel_type":
                        self.channels.setdefault(key, Channel(key, decl=n))
        self._collect_ops()
        self._collect_escapes()

    def resolve(self, expr: Node) -> str | None:
        """Outer channel name an expression denotes at its place (through goroutine params)."""
        expr = syntax.unparen(expr)
        if expr is None or expr.type not in ("identifier", "selector_expression"):
            return None
        name = syntax.text(expr)
        base = name.split(".", 1)[0]
        for p in syntax.ancestors(expr, self.unit):
            if p.type == "func_literal":
                alias = self._aliases.get(p.id)
                if alias and base in alias:
                    name = alias[base] + name[len(base):]
                    base = name.split(".", 1)[0]
                elif syntax.shadows(base, p):
                    return None
        return name

    def _op(self, kind: str, node: Node, chan: Node) -> None:
        name = self.resolve(chan)
        if name is None:
            return
        ch = self.channels.get(name)
        if ch is None:
            if "." not in name:
                return
            ch = self.channels.setdefault(name, Channel(name, param=True))
        func = syntax.enclosing_func(node) or self.unit
        ch.ops.append(ChanOp(
            kind=kind, node=node, chan=chan,
            goroutine=syntax.goroutine_of(node, self.unit),
            func=func,
            select_case=syntax.enclosing_select_case(node) if kind in (SEND, RECV) else None,
            loops=syntax.loops_between(node, func),
            deferred=any(p.type == "defer_statement" for p in syntax.ancestors(node, self.unit)),
        ))

    def _collect_ops(self) -> None:
        ctx = self.ctx
        for s in ctx.nodes("send"):
            c = s.child_by_field_name("channel")
            if c is not None:
                self._op(SEND, s, c)
        for r in ctx.nodes("recv"):
            c = r.child_by_field_name("operand")
            if c is not None:
                self._op(RECV, r, c)
        for f in ctx.nodes("range"):
            rc = next((c for c in f.named_children if c.type == "range_clause"), None)
            right = rc.child_by_field_name("right") if rc is not None else None
            if right is not None:
                self._op(RANGE, f, right)
        for c in ctx.builtin_calls("close"):
            args = syntax.call_args(c)
            if args:
                self._op(CLOSE, c, args[0])

    def _collect_escapes(self) -> None:
        local = [c for c in self.channels.values() if c.make is not None or c.decl is not None]
        if not local:
            return
        op_chans = {o.chan.id for c in self.channels.values() for o in c.ops}
        names = {c.name: c for c in local if "." not in c.name}
        for ident in syntax.walk(self.unit):
            if ident.type != "identifier":
                continue
            ch = names.get(syntax.text(ident))
            if ch is None or ident.id in op_chans:
                continue
            if self.resolve(ident) != ch.name:
                continue
            role = self._role(ident)
            if role == "nil":
                ch.nil_assigns.append(ident)
            elif role == "escape":
                ch.escapes.append(ident)

    def _role(self, ident: Node) -> str:
        p = ident.parent
        if p is None:
            return "escape"
        if p.type == "expression_list":
            gp = p.parent
            if gp is not None and gp.type in ("short_var_declaration", "assignment_statement"):
                if gp.child_by_field_name("left") is not None and gp.child_by_field_name("left").id == p.id:
                    right = gp.child_by_field_name("right")
                    if right is not None and syntax.text(right) == "nil":
                        return "nil"
                    return "decl"
            if gp is not None and gp.type == "argument_list":
                p = gp
        if p.type == "var_spec":
            return "decl"
        if p.type == "argument_list":
            call = p.parent
            recv, name = syntax.call_name(call)
            if recv == "" and name in ("len", "cap", "close"):
                return "use"
            if call.parent is not None and call.parent.type == "go_statement" and syntax.go_literal(call.parent) is not None:
                return "use"  # bound to a goroutine parameter (see aliases)
            return "escape"
        if p.type == "binary_expression" and p.child_by_field_name("operator") is not None:
            return "use"
        if p.type == "binary_expression":
            return "use"
        return "escape"

    # --------------------------------------------------------------- queries
    def reassigned_between(self, name: str, start: int, end: int) -> bool:
        """Is the channel variable assigned (``ch = ...``) between two byte offsets?"""
        for ident in syntax.references(name.split(".")[-1], self.unit):
            if start <= ident.start_byte < end and syntax.ident_role(ident) in ("assign", "decl") and \
                    self.resolve(ident if "." not in name else ident.parent) == name:
                return True
        return False

    def get(self, name: str) -> Channel | None:
        return self.channels.get(name)

    def __iter__(self):
        return iter(self.channels.values())

    @cached_property
    def goroutine_loops(self) -> dict[int, list[Node]]:
        """For each go statement: the loops around it in its function (it starts once per iteration)."""
        out = {}
        for g in self.ctx.go_statements:
            fn = syntax.enclosing_func(g) or self.unit
            out[g.id] = syntax.loops_between(g, fn)
        return out
