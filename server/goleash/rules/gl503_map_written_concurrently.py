"""GL503 map-written-concurrently."""

from __future__ import annotations

from collections.abc import Iterator

from .. import syntax
from ..findings import Finding, Related
from ..fixes import guard_fix
from ..model.shared import INDEX
from ..rule import FuncContext, Rule

_KINDS = frozenset({INDEX})


class MapWrittenConcurrently(Rule):
    code = "GL503"
    name = "map-written-concurrently"
    summary = "A map written from goroutines with no lock: the runtime aborts with \"concurrent map writes\"."
    triggers = frozenset({"go"})
    fixes = ("guard the writes with the function's mutex (or a new one, for goroutines started in a loop)",)
    doc = """\
Go maps are not safe for concurrent use. When goroutines started in a loop
each write `m[k] = v` (or `delete(m, k)`, `m[k]++`), or a goroutine writes
while the function that started it reads or writes the map, the runtime
detects it and kills the whole program with `fatal error: concurrent map
writes` (or `concurrent map read and map write`) — not a panic that `recover`
can catch.

Goroutines started in a loop as `go record(seen, u)`, of a package function that
writes `seen[u]` without a lock, are the same bug (no fix is offered there: the
lock belongs in that function).

goleash knows a variable is a map from its declaration (`make(map[K]V)`, a map
literal, `var m map[K]V`, a map parameter).

## Bad
```go
	seen := make(map[string]bool)
	for _, u := range urls {
		wg.Add(1)
		go func(u string) {
			defer wg.Done()
			seen[u] = fetch(u) // fatal error: concurrent map writes
		}(u)
	}
	wg.Wait()
```

## Good
```go
	var mu sync.Mutex
	...
			ok := fetch(u)
			mu.Lock()
			seen[u] = ok
			mu.Unlock()
```
(or `sync.Map`, or per-goroutine results merged after `wg.Wait()`).

## Stays silent
- a mutex held at the write; the function touching the map only after waiting
  (`wg.Wait()`, a receive, a `select`); one goroutine owning the map; the function only handing the
  map back (`return pr, tree`): that copies the reference, it reads no entry (where the caller reads it
  is the caller's affair, and goleash does not follow it there);
- slices written at distinct indices (`out[i] = v` is safe), and variables that are not known to be maps.

## Fixes
- **Guard with the mutex**: wrap each unguarded write in `mu.Lock()`/`mu.Unlock()`
  using a `sync.Mutex` variable of the function; for goroutines started in a
  loop, declare `var mu sync.Mutex` before the loop when there is none.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        shared = ctx.shared
        for v in shared:
            if v.is_loop_var or not self._is_map(ctx, v):
                continue
            for c in shared.conflicts(v, _KINDS, contents=True):
                clause, related = c.explain(ctx, v.name)
                stmt = syntax.stmt_of(c.write.ident)
                what = "map read and map write" if c.why == "parent" else "map writes"
                msg = (f"map {v.name} is written concurrently: the program dies. It is written in this goroutine "
                       f"{clause}, with no mutex held (\"concurrent {what}\")")
                related = [ctx.related(v.ident, f"{v.name} is declared here")] + related
                fix = guard_fix(ctx, shared, v, c, _KINDS)
                yield ctx.finding(stmt if stmt.parent is not None and stmt.parent.type == "statement_list"
                                  else c.write.ident, msg, related, [fix] if fix else [])
        yield from self._named(ctx)

    def _named(self, ctx: FuncContext) -> Iterator[Finding]:
        """``go record(m, k)`` in a loop, of a package function that writes ``m[k]`` with no mutex held."""
        from ..model.fields import callee_map_writes
        um = ctx.model
        for g in ctx.go_statements:
            call = g.named_children[0] if g.named_children else None
            loops = um.loops(g)
            if syntax.go_literal(g) is not None or call is None or call.type != "call_expression" or not loops:
                continue
            loop = loops[-1]
            callee = um.callee(call)[0]
            if callee is None or callee.key is None or ctx.shared.joined_in_loop(g, loop):
                continue
            args = syntax.call_args(call)
            for w in callee_map_writes(ctx.pkg, callee.key):
                arg = syntax.unparen(args[w.index]) if 0 <= w.index < len(args) else None
                v = um.scopes.var(arg) if arg is not None and arg.type == "identifier" else None
                if v is None or syntax.inside(v.ident, loop) or not self._is_map(ctx, v):
                    continue
                name = syntax.text(call.child_by_field_name("function"))
                yield ctx.finding(call, f"map {v.name} is written concurrently: the program dies. Every goroutine "
                                        f"this loop starts runs {name}, which writes it with no mutex held "
                                        f"(\"concurrent map writes\")",
                                  [Related(0, 0, f"{name} writes the map here", anchor=(callee.key, w.start, w.end)),
                                   ctx.related(loop.child(0), "goroutines started in this loop and not awaited in it"),
                                   ctx.related(v.ident, f"{v.name} is declared here")])
                break

    @staticmethod
    def _is_map(ctx: FuncContext, v) -> bool:
        """Is the variable (a shared or a scope Var: its declaring ``ident``) declared a map?"""
        ident = v.ident
        typ = syntax.declared_type(ident, ctx.unit) if ident.type == "identifier" else None
        return typ is not None and typ.type == "map_type"
