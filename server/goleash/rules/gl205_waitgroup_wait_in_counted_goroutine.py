"""GL205 waitgroup-wait-in-counted-goroutine."""

from __future__ import annotations

from collections.abc import Iterator

from .. import syntax
from ..findings import Finding
from ..model.sync import counted_goroutines
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
        for cg in counted_goroutines(ctx):
            for w in ctx.calls(method="Wait"):
                if syntax.call_name(w)[0] != cg.wg or syntax.enclosing_func(w) != cg.literal:
                    continue
                if any(syntax.guaranteed_before([d], w, cg.literal) for d in cg.done_calls):
                    continue  # Done first, then Wait: a barrier, not a self-wait
                yield ctx.finding(w, f"{cg.wg}.Wait() inside a goroutine counted by {cg.wg}: it waits for its own "
                                     f"{cg.wg}.Done() and never returns",
                                  [ctx.related(cg.add, f"this goroutine is counted by {cg.wg} here")])
