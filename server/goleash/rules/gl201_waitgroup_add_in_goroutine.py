"""GL201 waitgroup-add-in-goroutine."""

from __future__ import annotations

from collections.abc import Iterator

from .. import syntax
from ..findings import Finding
from ..model.effects import ADD, DONE, WAIT
from ..rule import FuncContext, Rule


class WaitGroupAddInGoroutine(Rule):
    code = "GL201"
    name = "waitgroup-add-in-goroutine"
    summary = "wg.Add inside the goroutine it counts: Wait can return before Add runs, so the goroutine is not waited for."
    triggers = frozenset({"go"})
    overlaps = "vet waitgroup"
    fixes = ("move `wg.Add(1)` before the `go` statement",)
    doc = """\
`wg.Add` must run before the goroutine it counts is started. Called inside the
goroutine, it races with `wg.Wait()`: when `Wait` runs first it sees a zero
counter and returns at once, while the goroutine still runs — its results are
read too early, or it outlives the function. (anchor: staticcheck SA2000, vet `waitgroup`)

## Bad
```go
	for _, it := range items {
		go func(it int) {
			wg.Add(1)
			defer wg.Done()
			process(it)
		}(it)
	}
	wg.Wait()
```

## Good
```go
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			defer wg.Done()
			process(it)
		}(it)
	}
	wg.Wait()
```

## Stays silent
- `Add` before the `go` statement; `Add` in a goroutine that starts further goroutines
  (counting its children) without a `Wait` of the same WaitGroup in the starting function.

## Fixes
- **Move `wg.Add(...)` before the `go` statement** (when it is a statement of its own at
  the top of the goroutine's body).
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        wgm = ctx.waitgroups
        um = ctx.model
        for f in um.funcs:
            if f.how != "go" or f.start is None or f.parent is None:
                continue
            g = f.start
            starter = f.parent
            dones = {p for p, _ in wgm.ops(f, DONE)}
            for place, add in wgm.ops(f, ADD):
                if place not in dones:
                    continue  # not counting itself
                waits = [c for p, c in wgm.ops(starter, WAIT) if p == place and c.start_byte > g.end_byte]
                if not waits:
                    continue
                if any(x.start_byte > add.end_byte for x in wgm.starts_goroutines(f)):
                    continue  # the Add counts a child goroutine started after it
                wg = um.spell(place)
                stmt = add.parent
                fixes = ()
                body_stmts = syntax.stmt_list(syntax.func_body(f.node))
                if stmt is not None and stmt.type == "expression_statement" and body_stmts and stmt == body_stmts[0] \
                        and g.parent is not None and g.parent.type == "statement_list" and \
                        syntax.line_start(ctx.source, stmt.start_byte) != syntax.line_start(ctx.source, g.start_byte):
                    fixes = (ctx.fix(f"Move {syntax.text(add)} before the go statement",
                                     ctx.insert_line_before(g, syntax.text(add)), ctx.delete_line(stmt),
                                     preferred=True),)
                yield ctx.finding(add, f"{wg}.Add runs inside the goroutine it counts: {wg}.Wait() can return "
                                       f"before it runs, and the goroutine is not waited for",
                                  [ctx.related(waits[0], f"{wg}.Wait() may see a zero counter here"),
                                   ctx.related(g.child(0), "goroutine started here")], fixes)
