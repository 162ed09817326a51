"""GL204 waitgroup-copied."""

from __future__ import annotations

from collections.abc import Iterator

from .. import syntax
from ..findings import Finding
from ..rule import FuncContext, Rule
from ..model.copies import copied_values


class WaitGroupCopied(Rule):
    code = "GL204"
    name = "waitgroup-copied"
    summary = "A sync.WaitGroup passed by value: Done is called on a copy and Wait never returns."
    triggers = frozenset()
    overlaps = "vet copylocks"
    fixes = ()
    doc = """\
`func worker(wg sync.WaitGroup)` receives a copy of the WaitGroup. The
worker's `wg.Done()` decrements the copy; the caller's counter never reaches
zero and its `wg.Wait()` blocks forever. A helper that also calls `wg.Add`
on its copy (`start(f func(), wg sync.WaitGroup) { wg.Add(1); go func() {
f(); wg.Done() }() }`) leaves the caller's counter untouched: its `Wait`
returns at once, without waiting for the work. (anchor: vet `copylocks`)

## Bad
```go
func worker(wg sync.WaitGroup) {
	defer wg.Done()
}
```

## Good
```go
func worker(wg *sync.WaitGroup) {
	defer wg.Done()
}
	// caller: go worker(&wg)
```

## Stays silent
- `*sync.WaitGroup` parameters. (Structs that hold a WaitGroup are GL303.)

## Fixes
None automatic: every caller has to pass `&wg` as well.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        for cv in copied_values(ctx.unit, ctx.pkg.types, ctx.nodes("funclit")):
            if cv.type != "sync.WaitGroup":
                continue
            calls = cv.calls(frozenset({"Done"})) or cv.calls(frozenset({"Add", "Wait"}))
            related = [ctx.related(calls[0], f"{syntax.call_name(calls[0])[1]} on the copy here, not on the "
                                             f"caller's WaitGroup")] if calls else []
            if cv.calls(frozenset({"Add"})) and cv.calls(frozenset({"Done"})):
                # (counted and released on the copy: the caller's counter never moves)
                msg = ("sync.WaitGroup passed by value. Add and Done act on a copy, so the caller's Wait returns "
                       "at once, without waiting for this work")
            else:
                msg = "sync.WaitGroup passed by value. Done is called on a copy, so the caller's Wait never returns"
            yield ctx.finding(cv.type_node, msg, related)
