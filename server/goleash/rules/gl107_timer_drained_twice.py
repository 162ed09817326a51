"""GL107 timer-drained-twice."""

from __future__ import annotations

from collections.abc import Iterator

from .. import syntax
from ..findings import Finding
from ..model.cfg import reaches
from ..model.effects import RECV
from ..rule import FuncContext, Rule


class TimerDrainedTwice(Rule):
    code = "GL107"
    name = "timer-drained-twice"
    summary = "`if !t.Stop() { <-t.C }` after t.C was already received from: the drain blocks forever."
    triggers = frozenset({"recv"})
    go_versions = ((1, 0), (1, 23))
    fixes = ("drain without blocking: `select { case <-t.C: default: }`",)
    doc = """\
Before Go 1.23, resetting a `time.Timer` safely meant stopping it and
draining its channel when `Stop` reports it had already fired:
`if !t.Stop() { <-t.C }`. But when the code already received that value —
the loop's `case <-t.C:` took it — `Stop` still returns false and the drain
waits for a second value that never comes: the goroutine blocks forever.

goleash reports a drain `<-t.C` under `!t.Stop()` that a path reaches after
another receive from `t.C`, with no `Reset` in between, nor a new timer in the variable
(`t := time.NewTimer(d)` again, or `t = time.NewTimer(d)`).

## Bad
```go
	for {
		select {
		case <-t.C:
			flush()
		case v := <-in:
			add(v)
		}
		if !t.Stop() {
			<-t.C // after the t.C case fired, this waits forever
		}
		t.Reset(d)
	}
```

## Good
```go
		if !t.Stop() {
			select {
			case <-t.C:
			default:
			}
		}
```

## Fixes
- **Drain without blocking** (`select { case <-t.C: default: }`).
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        um = ctx.model
        for f in um.funcs:
            g = um.cfg(f)
            if g is None:
                continue
            recvs = [(n, e) for n in g.nodes for e in um.node_effects(g, n)
                     if e.kind == RECV and e.place is not None and e.place.path[-1:] == ("C",)]
            for n, drain in recvs:
                cond = self._stop_guard(drain.node)
                if cond is None or um.place(cond) is None or um.place(cond).extend(("C",)) != drain.place:
                    continue
                resets = {m.id for m in g.nodes if m.ast is not None and m.kind == "stmt" and
                          syntax.text(m.ast).startswith(syntax.text(cond) + ".Reset(")}
                # a new timer in the variable (``timer := NewTimer(d)`` each iteration) starts afresh too
                resets |= {m.id for m in g.nodes if drain.place.root in um.declared_roots(m)}
                # ... and so does one assigned to it (``delay = time.NewTimer(d)``)
                resets |= {m.id for m in g.nodes if m.ast is not None and m.ast.type == "assignment_statement" and
                           any(syntax.text(x) == syntax.text(cond)
                               for x in m.ast.child_by_field_name("left").named_children)}
                earlier = next((m for m, e in recvs if e is not drain and e.place == drain.place and
                                reaches(m, n, resets)), None)
                if earlier is None:
                    continue
                stmt = drain.node.parent
                fixes = ()
                if stmt is not None and stmt.type == "expression_statement":
                    ind = ctx.indent(stmt)
                    fixes = (ctx.fix("Drain without blocking",
                                     ctx.replace(stmt, f"select {{\n{ind}case {syntax.text(drain.node)}:\n"
                                                       f"{ind}default:\n{ind}}}"), preferred=True),)
                yield ctx.finding(drain.node, f"this drain may block forever: {syntax.text(cond)}.C was received "
                                              f"already. Stop reports the fire, but the loop took the value",
                                  [ctx.related(earlier.ast, "received here already, with no Reset since")], fixes)

    @staticmethod
    def _stop_guard(recv):
        """The timer expression ``t`` when ``recv`` sits directly under ``if !t.Stop() { ... }``."""
        p = recv.parent
        for _ in range(4):
            if p is None:
                return None
            if p.type == "if_statement":
                cond = syntax.unparen(p.child_by_field_name("condition"))
                if cond is not None and cond.type == "unary_expression" and syntax.text(cond).startswith("!"):
                    call = syntax.unparen(cond.child_by_field_name("operand"))
                    if call is not None and call.type == "call_expression" and syntax.call_name(call)[1] == "Stop":
                        return call.child_by_field_name("function").child_by_field_name("operand")
                return None
            p = p.parent
        return None

