"""GL205 waitgroup-wait-in-counted-goroutine."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Related
from ..model.effects import WAIT
from ..rule import FuncContext, Rule


class WaitInCountedGoroutine(Rule):
    code = "GL205"
    name = "waitgroup-wait-in-counted-goroutine"
    summary = "wg.Wait() inside a goroutine counted by the same wg: it waits for its own Done and never returns."
    triggers = frozenset({"go"})
    doc = """\
A goroutine counted by a WaitGroup calls `Wait` on that same WaitGroup before
its own `Done`. The counter cannot reach zero while the goroutine waits, and
the goroutine cannot call `Done` until the wait returns: it blocks forever, and
so does every other `Wait` on the group.

## Bad
```go
	wg.Add(1)
	go func() {
		defer wg.Done()
		startChildren(&wg)
		wg.Wait() // waits for itself
	}()
```

## Good
Use a second WaitGroup for the children, or wait in the parent.

## Stays silent
- `Wait` on another WaitGroup; `Wait` in goroutines not counted by that group;
- `wg.Done(); wg.Wait()`: every goroutine arrives, then waits for the others (a barrier).
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        wgm = ctx.waitgroups
        um = ctx.model
        for cg in wgm.counted():
            waits = [c for p, c in wgm.ops(cg.body, WAIT) if p == cg.wg]
            if not waits:
                continue
            owing = wgm.owing_at(cg.body, cg.wg)
            for w in waits:
                if w.id not in owing:
                    continue  # Done first on every path, then Wait: a barrier, not a self-wait
                wg = um.spell(cg.wg)
                yield ctx.finding(w, f"{wg}.Wait() inside a goroutine counted by {wg}. It waits for its own "
                                     f"{wg}.Done() and never returns",
                                  [ctx.related(cg.add, f"this goroutine is counted by {wg} here")])
        for cc in wgm.counted_named():   # go worker(&wg): the function waits on it before its own Done
            at = wgm.self_waits(cc)
            if at is None:
                continue
            wg = um.spell(cc.wg)
            name = cc.name
            yield ctx.finding(cc.go, f"{name} waits on {wg} inside a goroutine {wg} counts. It waits for its own "
                                     f"{wg}.Done() and never returns",
                              [Related(0, 0, f"{name} calls Wait here, before its Done", anchor=at),
                               ctx.related(cc.add, f"this goroutine is counted by {wg} here")])
