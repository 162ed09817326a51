"""GL206 waitgroup-wait-in-spawn-loop."""

from __future__ import annotations

from collections.abc import Iterator

from .. import syntax
from ..findings import Finding
from ..model.effects import ADD, WAIT
from ..rule import FuncContext, Rule


class WaitInSpawnLoop(Rule):
    code = "GL206"
    name = "waitgroup-wait-in-spawn-loop"
    summary = "wg.Wait() inside the loop that starts goroutines counted before it: the first Wait never returns."
    triggers = frozenset({"go"})
    fixes = ("move `wg.Wait()` after the loop",)
    doc = """\
`wg.Add(len(jobs))` counts every goroutine before the loop starts them, but
`wg.Wait()` sits inside the loop: on the first iteration it waits for all of
them, while only one has been started. `Wait` never returns.

goleash reports a `Wait` inside a loop that also starts goroutines counted by
the same WaitGroup, when the `Add` runs before the loop (an `Add` inside the
loop counts one iteration at a time, and a `Wait` there only serialises).

## Bad
```go
	wg.Add(len(jobs))
	for _, j := range jobs {
		go func(j Job) { defer wg.Done(); run(j) }(j)
		wg.Wait()
	}
```

## Good
```go
	for _, j := range jobs {
		go func(j Job) { defer wg.Done(); run(j) }(j)
	}
	wg.Wait()
```

## Stays silent
- `Add` inside the loop (each iteration waits for its own goroutines);
- a `Wait` in another loop than the one starting the goroutines.

## Fixes
- **Move `wg.Wait()` after the loop**, when it is a statement of the loop body.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        wgm = ctx.waitgroups
        um = ctx.model
        counted = [(cg.go, cg.add, cg.wg, cg.body.parent) for cg in wgm.counted()]
        counted += [(cc.go, cc.add, cc.wg, cc.starter) for cc in wgm.counted_named()]   # go worker(&wg)
        for go, add, wgp, starter in counted:
            loops = um.loops(go)
            if starter is None or not loops:
                continue
            loop = loops[-1]
            if syntax.inside(add, loop):
                continue   # counted per iteration
            for place, w in wgm.ops(starter, WAIT):
                if place != wgp or not syntax.inside(w, loop) or w.start_byte < go.end_byte:
                    continue
                if any(syntax.inside(a, loop) for p, a in wgm.ops(starter, ADD) if p == wgp):
                    continue
                wg = um.spell(wgp)
                stmt = w.parent
                fixes = ()
                body = loop.child_by_field_name("body")
                if stmt is not None and stmt.type == "expression_statement" and stmt.parent is not None and \
                        stmt.parent.parent is not None and body is not None and stmt.parent.parent.id == body.id and \
                        loop.parent is not None and loop.parent.type == "statement_list":
                    fixes = (ctx.fix("Wait after the loop", ctx.delete_line(stmt),
                                     ctx.insert_line_after(loop, f"{wg}.Wait()"), preferred=True),)
                yield ctx.finding(w, f"{wg}.Wait() inside the loop that starts the goroutines it waits for. The Add "
                                     f"before the loop counted them all: the first Wait waits for goroutines not started yet",
                                  [ctx.related(add, f"{wg}.Add counts them all here"),
                                   ctx.related(go.child(0), "only one is started per iteration")], fixes)
                break
