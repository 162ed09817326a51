"""GL404 nil-channel-operation."""

from __future__ import annotations

from collections.abc import Iterator

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
- operations in `select` cases (the nil-channel idiom);
- a variable assigned anywhere in the function, passed by address, or a parameter/field.

## Fixes
- **Initialise with `make`**: `var ch chan T` becomes `ch := make(chan T)`.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        for ch in ctx.channels:
            if ch.make is not None or ch.param or ch.decl is None or ch.decl.type != "var_spec" or \
                    "." in ch.name or ch.nil_assigns:
                continue
            if ch.decl.child_by_field_name("value") is not None:
                continue
            stmt = syntax.stmt_of(ch.decl)
            if self._assigned(ctx, ch, stmt):
                continue
            ops = [o for o in ch.ops if o.select_case is None]
            if not ops:
                continue
            o = min(ops, key=lambda o: o.node.start_byte)
            what = {CLOSE: "close of nil channel panics", RANGE: "range over it blocks forever"}.get(
                o.kind, "this blocks forever")
            target = o.node if o.kind != RANGE else o.node.child(0)
            yield ctx.finding(target, f"{ch.name} is declared but never made, so it is nil: {what}",
                              [ctx.related(ch.decl, f"{ch.name} is declared here, without make")],
                              self._fixes(ctx, ch, stmt))

    @staticmethod
    def _assigned(ctx: FuncContext, ch: Channel, stmt) -> bool:
        for ident in syntax.references(ch.name, ctx.unit):
            if syntax.inside(ident, stmt):
                continue
            if syntax.resolve_decl(ident, ctx.unit) != stmt:
                continue
            p = ident.parent
            q = p.parent if p is not None and p.type == "expression_list" else p
            if q is not None and q.type in ("range_clause", "receive_statement") and \
                    q.child_by_field_name("left") is not None and syntax.inside(ident, q.child_by_field_name("left")):
                return True  # for k, ch = range ... / ch = <-chans
            if syntax.ident_role(ident) in ("assign", "decl") or (
                    p is not None and p.type == "unary_expression" and syntax.text(p).startswith("&")):
                return True
        return False

    @staticmethod
    def _fixes(ctx: FuncContext, ch: Channel, stmt):
        spec = ch.decl
        names = spec.children_by_field_name("name")
        typ = spec.child_by_field_name("type")
        if stmt.type != "var_declaration" or len(names) != 1 or typ is None or \
                len([s for s in syntax.walk(stmt) if s.type == "var_spec"]) != 1 or \
                stmt.parent is None or stmt.parent.type != "statement_list":
            return ()
        return (ctx.fix(f"Make {ch.name}: {ch.name} := make({syntax.text(typ)})",
                        ctx.replace(stmt, f"{ch.name} := make({syntax.text(typ)})"), preferred=True),)
