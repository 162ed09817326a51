"""GL310 cond-wait-not-in-loop."""

from __future__ import annotations

from collections.abc import Iterator

from .. import syntax
from ..findings import Finding
from ..model.effects import CWAIT
from ..rule import FuncContext, Rule


class CondWaitNotInLoop(Rule):
    code = "GL310"
    name = "cond-wait-not-in-loop"
    summary = "cond.Wait() under an if, not a loop: it returns while the condition may be false again."
    triggers = frozenset({"mcall"})
    fixes = ("turn the `if` into a `for` that re-checks the condition",)
    doc = """\
`sync.Cond.Wait` unlocks `c.L`, sleeps, and locks it again before returning.
Between the `Signal`/`Broadcast` that woke it and the moment it has the lock
back, another goroutine can run and make the condition false again (take the
item, reset the flag); `Broadcast` also wakes every waiter for one change.
Code that checks the condition once with `if` and then proceeds acts on a
state that no longer holds: it takes from an empty queue, reads a nil value.
The `sync` documentation says it: "the caller typically cannot assume that the
condition is true when Wait returns. Instead, the caller should Wait in a loop".

## Bad
```go
	q.mu.Lock()
	if len(q.items) == 0 {
		q.cond.Wait()
	}
	it := q.items[0] // may be empty again
```

## Good
```go
	for len(q.items) == 0 {
		q.cond.Wait()
	}
```

## Stays silent
- `Wait` inside a loop;
- a bare `Wait` used as a one-shot barrier (no condition checked around it).

## Fixes
- **`for` instead of `if`**, when the `if` has no `else` and holds only the `Wait`.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        um = ctx.model
        for f in um.funcs:
            g = um.cfg(f)
            for n in (g.nodes if g is not None else ()):
                for e in um.node_effects(g, n):
                    if e.kind != CWAIT or um.loops(e.node):
                        continue
                    stmt = e.node.parent
                    block = stmt.parent.parent if stmt is not None and stmt.parent is not None else None
                    if_stmt = block.parent if block is not None and block.type == "block" else None
                    if if_stmt is None or if_stmt.type != "if_statement" or \
                            if_stmt.child_by_field_name("consequence") != block:
                        continue
                    cond = if_stmt.child_by_field_name("condition")
                    fixes = ()
                    if if_stmt.child_by_field_name("alternative") is None and \
                            if_stmt.child_by_field_name("initializer") is None and len(syntax.stmt_list(block)) == 1:
                        fixes = (ctx.fix("Re-check the condition in a loop (for instead of if)",
                                         ctx.replace(if_stmt.child(0), "for"), preferred=True),)
                    name = syntax.text(e.node.child_by_field_name("function").child_by_field_name("operand"))
                    yield ctx.finding(e.node, f"{name}.Wait() under an if, not a loop: when it returns, "
                                              f"{syntax.text(cond)} may hold again (another goroutine ran first)",
                                      [ctx.related(cond, "checked once, not after waking")], fixes)
