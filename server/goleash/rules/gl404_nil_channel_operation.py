"""GL404 nil-channel-operation."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding, Severity
from ..model.channels import CLOSE, RANGE, Channel
from ..rule import FuncContext, Rule


class NilChannelOperation(Rule):
    code = "GL404"
    name = "nil-channel-operation"
    severity = Severity.ERROR
    summary = "A channel declared with var and never made is nil: sends and receives on it block forever, close panics."
    triggers = frozenset({"send", "recv", "range", "builtin"})
    fixes = ("initialise it with `make`",)
    doc = """\
`var ch chan T` declares a nil channel. A send or receive on a nil channel
blocks forever, a `range` over it never starts, and `close` panics. When the
variable is never assigned anywhere in the function, every such operation on it
is a bug: usually the `make` was forgotten.

A nil channel in a `select` is different: it disables that case, and setting a
channel to nil after it is closed is the usual idiom to stop selecting on it.
goleash stays silent on select cases and on any variable that is assigned
somewhere (`ch = make(...)`, `ch = nil`, `ch = other`, `&ch`).

## Bad
```go
	var done chan struct{}
	go func() { work(); close(done) }() // panics
	<-done                                  // blocks forever
```

## Good
```go
	done := make(chan struct{})
```

## Stays silent
- operations in `select` cases (the nil-channel idiom), and in the body of a case on another field
  channel that is never made either (`case <-p.testBlocker: <-p.testUnblocker`: that case is never chosen);
- a variable assigned anywhere in the function, passed by address, or a parameter; a field channel
  unless it is unexported and nothing in the package makes, assigns or hands it out while the package
  builds the values of its type (a select case `case <-q.done:` does not count as setting `done`);
- an operation under `if ch != nil` (an optional channel nobody happens to set), or under `if s.started`
  (`&&` other conditions) where `started` is an unexported bool field that nothing in the package sets
  (no assignment, keyed literal, address taken, nor unkeyed literal of its type), or under a test that is
  false on every run for another reason: `if e.drainDone != nil` of a field channel the package never
  makes (also through a local, `drained := e.drainDone != nil; if drained {...}`), or `if n&notifyDrain
  != 0` of an unexported flag constant the package only ever tests (never passes it, ORs it in or
  stores it: no value has that bit). The operation never runs.

## Fixes
- **Initialise with `make`**: `var ch chan T` becomes `ch := make(chan T)`.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        yield from self._fields(ctx)
        for ch in ctx.channels:
            v = ch.var
            if v is None or ch.make is not None or v.stmt.type != "var_declaration" or v.value is not None or \
                    v.assigned or v.addressed or ch.nil_assigns:
                continue
            ops = [o for o in ch.ops if o.select_case is None and not _nil_checked(o.node)]
            if not ops:
                continue
            spec = v.ident.parent
            o = min(ops, key=lambda o: o.node.start_byte)
            what = {CLOSE: "close of nil channel panics", RANGE: "range over it blocks forever"}.get(
                o.kind, "this blocks forever")
            target = o.node if o.kind != RANGE else o.node.child(0)
            yield ctx.finding(target, f"{ch.name} is declared but never made, so it is nil: {what}. "
                                      f"A channel variable declared with var is nil until it is made",
                              [ctx.related(spec, f"{ch.name} is declared here, without make")],
                              self._fixes(ctx, ch, spec, v.stmt))

    @staticmethod
    def _fixes(ctx: FuncContext, ch: Channel, spec, stmt):
        names = spec.children_by_field_name("name")
        typ = spec.child_by_field_name("type")
        if stmt.type != "var_declaration" or len(names) != 1 or typ is None or \
                len([s for s in syntax.walk(stmt) if s.type == "var_spec"]) != 1 or \
                stmt.parent is None or stmt.parent.type != "statement_list":
            return ()
        return (ctx.fix(f"Make {ch.name}: {ch.name} := make({syntax.text(typ)})",
                        ctx.replace(stmt, f"{ch.name} := make({syntax.text(typ)})"), preferred=True),)

    def _fields(self, ctx: FuncContext) -> Iterator[Finding]:
        """A field channel that nothing in the package ever makes or assigns: it is always nil."""
        pkg = ctx.pkg
        for ch in ctx.channels:
            if ch.place is None or ch.place.is_local or ch.place.is_global or not ch.ops:
                continue
            name = ctx.model.abstract_place(ch.place)
            if name is None or not pkg.is_chan_name(name):
                continue
            if not pkg.never_made(name):
                continue   # set somewhere, or the type is only built elsewhere (its fields unknown)
            field = name.rsplit(".", 1)[-1]
            index = pkg.chan_index()
            ops = [o for o in ch.ops if o.select_case is None and not _nil_checked(o.node) and
                   not _guarded_off(ctx, o.node) and not _in_dead_case(ctx, o.node)]
            if not ops:
                continue
            o = ops[0]
            what = {CLOSE: "close of nil channel panics", RANGE: "range over it blocks forever"}.get(
                o.kind, "this blocks forever")
            target = o.node if o.kind != RANGE else o.node.child(0)
            owner = name.rsplit(".", 1)[0]
            related = [ctx.related_at(c.at, f"{owner} is built here without {field}")
                       for c in index.of(owner, "construct")[:1]]
            yield ctx.finding(target, f"{ch.name} is never made, so it is nil: {what}. Nothing in the package "
                                      f"makes or assigns it", related)


def _in_dead_case(ctx: FuncContext, op: Node) -> bool:
    """Is the operation in the body of a ``select`` case on another field channel that is never made
    either (``case <-pace.testBlocker: <-pace.testUnblocker``, both test hooks nothing in the package
    makes)? A case on a nil channel is never chosen: its body never runs."""
    for a in syntax.ancestors(op):
        if a.type in ("func_literal", "function_declaration", "method_declaration"):
            return False
        if a.type != "communication_case":
            continue
        comm = a.child_by_field_name("communication")
        if comm is None or syntax.inside(op, comm):
            continue
        chan = None
        if comm.type == "send_statement":
            chan = comm.child_by_field_name("channel")
        else:
            recv = next((n for n in [comm, *syntax.walk(comm)] if n.type == "unary_expression" and
                         n.child(0) is not None and n.child(0).type == "<-"), None)
            chan = recv.child_by_field_name("operand") if recv is not None else None
        place = ctx.model.place(syntax.unparen(chan)) if chan is not None else None
        name = ctx.model.abstract_place(place) if place is not None and not place.is_local else None
        if name is not None and ctx.pkg.is_chan_name(name) and ctx.pkg.never_made(name):
            return True
    return False


def _guarded_off(ctx: FuncContext, op: Node) -> bool:
    """Is the operation in the ``then`` branch of an ``if`` whose condition needs a bool field that is
    false on every run (``if s.started { <-s.exitCh }``, ``started`` set nowhere in the package:
    PackageModel.field_never_set)? It never runs."""
    for a in syntax.ancestors(op):
        if a.type in ("func_literal", "function_declaration", "method_declaration"):
            return False
        cons = a.child_by_field_name("consequence") if a.type == "if_statement" else None
        if cons is None or not syntax.inside(op, cons):
            continue
        if _false_on_every_run(ctx, a.child_by_field_name("condition"), 0):
            return True
    return False


def _false_on_every_run(ctx: FuncContext, cond: Node | None, depth: int) -> bool:
    """Does ``cond`` need (as a conjunct) something false on every run: a bool field nothing in the package
    sets (``s.started``), a channel field nothing makes to be non-nil (``e.drainDone != nil``), a flag bit
    the package only ever tests (``n&notifyDrain != 0``: PackageModel.bit_never_raised), or a local bool
    declared once from such a test and not assigned again (``drained := e.drainDone != nil``)?"""
    for c in syntax.operands(cond, "&&"):
        if c.type == "selector_expression":
            owner = (ctx.model.types.of(c.child_by_field_name("operand")) or "").lstrip("*")
            if owner and ctx.pkg.field_never_set(owner, syntax.text(c.child_by_field_name("field"))):
                return True
        elif c.type == "identifier" and depth < 2:
            v = ctx.model.scopes.var(c)
            if v is not None and v.kind == "local" and v.value is not None and not v.assigned and \
                    not v.addressed and _false_on_every_run(ctx, v.value, depth + 1):
                return True
        elif c.type == "binary_expression":
            op = syntax.text(c.child_by_field_name("operator"))
            left, right = syntax.unparen(c.child_by_field_name("left")), syntax.unparen(c.child_by_field_name("right"))
            if op == "!=" and right is not None and right.type == "nil" and left is not None:
                name = ctx.model.abstract_place(ctx.model.place(left)) if left.type == "selector_expression" else None
                if name is not None and ctx.pkg.is_chan_name(name) and ctx.pkg.never_made(name):
                    return True
            if op == "!=" and right is not None and syntax.text(right) == "0" and left is not None and \
                    left.type == "binary_expression" and syntax.text(left.child_by_field_name("operator")) == "&":
                bit = syntax.unparen(left.child_by_field_name("right"))
                if bit is not None and bit.type == "identifier" and ctx.model.scopes.var(bit) is None and \
                        ctx.pkg.bit_never_raised(syntax.text(bit)):
                    return True
    return False


def _nil_checked(op: Node) -> bool:
    """Is the operation in the ``then`` branch of an ``if`` that tests its channel ``!= nil`` (an optional
    channel: the code only touches it when someone set it)?"""
    chan = op.child_by_field_name("channel") or op.child_by_field_name("operand")
    if chan is None and op.type == "call_expression":
        args = syntax.call_args(op)
        chan = args[0] if args else None
    if chan is None and op.type == "for_statement":
        rc = next((c for c in op.named_children if c.type == "range_clause"), None)
        chan = rc.child_by_field_name("right") if rc is not None else None
    if chan is None:
        return False
    want = " ".join(syntax.text(chan).split()) + " != nil"
    for a in syntax.ancestors(op):
        if a.type in ("func_literal", "function_declaration", "method_declaration"):
            return False
        if a.type == "if_statement":
            cond, cons = a.child_by_field_name("condition"), a.child_by_field_name("consequence")
            if cond is not None and cons is not None and syntax.inside(op, cons) and \
                    want in " ".join(syntax.text(cond).split()):
                return True
    return False
