"""GL201 waitgroup-add-in-goroutine."""

from __future__ import annotations

from collections.abc import Iterator

from .. import syntax
from ..findings import Finding, Related
from ..model.effects import ADD, DONE, WAIT, translate
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
- `Add` before the `go` statement;
- `Add` in a goroutine that starts further goroutines (counting its children) when
  the starting function has no `Wait` of the same WaitGroup after the `go`, or when
  the goroutine itself is counted (`wg.Add(1)` before `go`, `defer wg.Done()` in it):
  the counter cannot reach zero while its children are being added.

A goroutine whose body is a package function (`go worker(&wg)`) is reported at the
`go` statement when that function calls `Add` and the starter waits after it.

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
            counted = {cg.wg for cg in wgm.counted() if cg.go.id == g.id}
            for place, add in wgm.ops(f, ADD):
                if place in counted:
                    continue  # the starter counts this goroutine: its Adds for children run while Wait waits
                waits = [c for p, c in wgm.ops(starter, WAIT) if p == place and c.start_byte > g.end_byte]
                if not waits:
                    continue
                if self._synced(ctx, f, g, add, waits[0]):
                    continue  # the starter waits for a message the goroutine sends after its Adds
                wg = um.spell(place)
                if place in dones and not any(x.start_byte > add.end_byte for x in wgm.starts_goroutines(f)):
                    msg = (f"{wg}.Add runs inside the goroutine it counts. {wg}.Wait() can return before it runs, "
                           f"and the goroutine is not waited for")
                    fixes = self._fix(ctx, f, g, add)
                else:
                    msg = (f"{wg}.Add runs in a goroutine {wg} does not count. {wg}.Wait() can return before it "
                           f"runs, and what it counts is not waited for")
                    fixes = ()
                yield ctx.finding(add, msg, [ctx.related(waits[0], f"{wg}.Wait() may see a zero counter here"),
                                             ctx.related(g.child(0), "goroutine started here")], fixes)
        yield from self._named(ctx)

    @staticmethod
    def _synced(ctx: FuncContext, f, g, add, wait) -> bool:
        """Does the starter receive, between the go statement and Wait, on a channel the goroutine sends on or
        closes after the Add (so the Add happens before Wait)?"""
        for ch in ctx.channels:
            if not any(o.kind in ("send", "close") and o.func == f.node and o.node.start_byte > add.end_byte
                       for o in ch.ops):
                continue
            if any(o.kind in ("recv", "range") and o.func == f.parent.node and
                   g.end_byte <= o.node.start_byte < wait.start_byte for o in ch.ops):
                return True
        return False

    @staticmethod
    def _fix(ctx: FuncContext, f, g, add):
        stmt = add.parent
        body_stmts = syntax.stmt_list(syntax.func_body(f.node))
        if stmt is not None and stmt.type == "expression_statement" and body_stmts and stmt == body_stmts[0] \
                and g.parent is not None and g.parent.type == "statement_list" and \
                syntax.line_start(ctx.source, stmt.start_byte) != syntax.line_start(ctx.source, g.start_byte):
            return (ctx.fix(f"Move {syntax.text(add)} before the go statement",
                            ctx.insert_line_before(g, syntax.text(add)), ctx.delete_line(stmt), preferred=True),)
        return ()

    @staticmethod
    def _named(ctx: FuncContext) -> Iterator[Finding]:
        """``go worker(&wg)`` where ``worker`` calls ``wg.Add`` and the starter waits after the go."""
        wgm = ctx.waitgroups
        um = ctx.model
        for starter, n, x, s in ctx.effects.started_calls():
            for use in s.uses.values():
                if ADD not in use.some:
                    continue
                wg = translate(use.place, x)
                if wg is None:
                    continue
                adds = [c for p, c in wgm.ops(starter, ADD) if p == wg and c.start_byte < n.ast.start_byte]
                if adds and DONE in use.every:
                    continue  # counted by the starter until it is done
                waits = [c for p, c in wgm.ops(starter, WAIT)
                         if p == wg and c.start_byte > n.ast.end_byte]
                if not waits:
                    continue
                name = x.callee.key.rsplit(".", 1)[-1]
                w = um.spell(wg)
                where = dict(use.where).get(ADD)
                related = [ctx.related(waits[0], f"{w}.Wait() may see a zero counter here")]
                if where is not None:
                    related.insert(0, Related(0, 0, f"{name} calls {w}.Add here",
                                              anchor=(where.func, where.start, where.end)))
                yield ctx.finding(n.ast, f"goroutine {name} calls {w}.Add after it starts. {w}.Wait() "
                                         f"can return before that Add, and what it counts is not waited for",
                                  related)
