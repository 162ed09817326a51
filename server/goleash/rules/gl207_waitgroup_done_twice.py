"""GL207 waitgroup-done-twice."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..model.effects import DEFER, DONE
from ..model.flow import Solver
from ..rule import FuncContext, Rule


class WaitGroupDoneTwice(Rule):
    code = "GL207"
    name = "waitgroup-done-twice"
    summary = "A goroutine counted once calls Done twice on one path: the counter goes negative and the program panics."
    triggers = frozenset({"go"})
    fixes = ("remove the explicit `Done` that a deferred `Done` already covers",)
    doc = """\
A goroutine counted by one `wg.Add(1)` calls `wg.Done()` twice on some path —
typically `defer wg.Done()` at the top and an explicit `wg.Done()` left
further down, or a helper that calls `Done` plus a direct call. The second
`Done` drives the counter below zero: the program panics with "sync: negative
WaitGroup counter" (or, with other goroutines still counted, `Wait` returns
before they finish).

goleash follows each counted goroutine's paths, counting `Done` calls made
directly, deferred, or through helpers, method values and closures.

## Bad
```go
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := work(); err != nil {
			wg.Done() // second Done on this path
			return
		}
	}()
```

## Good
Keep the deferred `Done` only.

## Stays silent
- a `Done` per item inside a loop (a count of jobs, not of goroutines);
- `Done` calls on paths that exclude each other.

## Fixes
- **Remove the explicit `Done`** when a `defer wg.Done()` covers the same goroutine.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        wgm = ctx.waitgroups
        um = ctx.model
        eff = ctx.effects
        for cg in wgm.counted():
            g = um.cfg(cg.body)
            if g is None:
                continue
            want = (cg.wg, DONE)
            events = []

            def dones(n):
                """(effect node, deferred) of each Done of the WaitGroup at CFG node ``n``."""
                out = []
                for e in um.node_effects(g, n):
                    if want in eff.pays_effect(e):
                        out.append((e.node, e.kind == DEFER))
                return out

            def transfer(n, st, record=None):
                for node, deferred in dones(n):
                    loops = um.loops(node)
                    for f in st:
                        if f[1] != node.id and not any(l.start_byte <= f[3] <= l.end_byte for l in loops):
                            if record is not None:
                                record.append((node, deferred, f))
                            break
                    st = st | {("done", node.id, deferred, node.start_byte, frozenset())}
                return st

            state = Solver(g, transfer, cond_key=um.tracked_key, guard_at=4).run(frozenset())
            for n in g.nodes:
                if n.id in state and not n.terminal:
                    transfer(n, state[n.id], events)
            if not events:
                continue
            node, deferred, first = events[0]
            wg = um.spell(cg.wg)
            related = [ctx.related(cg.add, f"the goroutine is counted once here")]
            first_node = next((d for n in g.nodes for d, _ in dones(n) if d.id == first[1]), None)
            if first_node is not None:
                related.append(ctx.related(first_node, f"{wg}.Done() already runs here on this path"
                                           + (" (deferred: at the goroutine's end)" if first[2] else "")))
            fixes = ()
            if first[2] and not deferred and node.parent is not None and node.parent.type == "expression_statement" \
                    and node in [d for d in cg.dones]:
                fixes = (ctx.fix(f"Remove this {wg}.Done(): the deferred one covers it",
                                 ctx.delete_line(node.parent), preferred=True),)
            yield ctx.finding(node, f"{wg}.Done() runs a second time on this path for a goroutine counted once: "
                                    f"the counter goes negative and the program panics", related, fixes)
