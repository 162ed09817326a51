"""GL202 waitgroup-done-skipped."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding, Related
from ..model import checks
from ..rule import FuncContext, Rule


class WaitGroupDoneSkipped(Rule):
    code = "GL202"
    name = "waitgroup-done-skipped"
    summary = "A goroutine counted by a WaitGroup has a path that never calls Done: Wait blocks forever."
    triggers = frozenset({"go"})
    fixes = ("`defer wg.Done()` as the goroutine's first statement",)
    doc = """\
A goroutine counted with `wg.Add` calls `wg.Done()` at the end of its body, but
an early `return` (or a `panic`) leaves before reaching it. On that path the
counter never drops to zero and `wg.Wait()` blocks forever: the waiting
goroutine, and everything waiting on it, hangs.

goleash reports the exit that skips `Done`, with the `Add` that counts the
goroutine, the `Done` that is skipped and the `Wait` that hangs as related
locations. A goroutine whose body is a package function (`go worker(jobs, &wg)`,
`go s.loop(&wg)`) is reported at its `go` statement, with the exit of that
function that skips `Done` as a related location. A `t.Fatal` in the goroutine
skips `Done` too (it ends only that goroutine); a panic does not count (it ends
the process).

## Bad
```go
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			if it < 0 {
				return // wg.Done() never runs: wg.Wait() hangs
			}
			process(it)
			wg.Done()
		}(it)
	}
	wg.Wait()
```

## Good
```go
		go func(it int) {
			defer wg.Done()
			if it < 0 {
				return
			}
			process(it)
		}(it)
```

## Stays silent
- `defer wg.Done()` (or a deferred closure calling it) anywhere in the goroutine;
- a stop in a `default` no value can reach: `switch idx % 3` with cases `0`, `1` and `2`, `idx` the
  goroutine's parameter given a loop counter (never negative);
- a `t.Fatal` or `require` that cannot stop the goroutine on a run of correct code, as GL505 reads it: a
  check of values the goroutine computed from the test's own inputs (`if got != "ABC" { t.Fatalf(...)
  }`), or of an error no path of the code it runs can set from the environment (a validation of a
  constant, a nil on every path);
- every exit is preceded by a `Done` call on its path (`wg.Done(); return`);
- a `Done` reached through a local closure that code outside the goroutine calls too (`finish :=
  func() { once.Do(func() { close(found); wg.Done() }) }`, called by an event handler and by the
  goroutine): the WaitGroup counts that one completion, not the goroutine;
- `Done` handed on: a local closure that calls it on every path, given as a value to a call or a
  composite literal (`handler := func(err error) { ...; wg.Done() }` then `req := &Request{Callback:
  handler}`): whoever holds it calls the `Done` once the work is over, on the paths after that; likewise
  a package function or method value handed to a call that calls `Done` on every path
  (`pool.Submit(task.run)`, `func (t *task) run() { defer wg.Done(); ... }`: the pool's worker runs it),
  or a function literal handed so (`time.AfterFunc(d, func() { release(); wg.Done() })`);
- `Done` called through a package helper that calls it on every path (`s.finish()`),
  including a recursive helper that calls it at the bottom of the recursion (each level
  returns after the one below it);
- a body that calls `Done` only under a condition the caller rules out (`if wg != nil`), including
  a nil field of the receiver or an argument: `c.Close()` that returns early when `c.conn != nil`, called
  while `c.conn` is still nil (`c` made here without it — by a literal, or by a constructor whose literal
  leaves it out or copies it from a field of an options literal that leaves that out —, no statement
  setting it on the path before, and no other function of the package setting a field of that name);
- a body that calls `Done` only under a bool parameter given the very condition under which the
  starter counted it (`if i == 0 { wg.Add(1) }; go func(first bool) { if first { ...; wg.Done() }; ...
  }(i == 0)`): the goroutines that skip `Done` were never counted;
- a function that calls `Done` only when a bool parameter says it was counted (`defer func() { if
  counted { wg.Done() } }()`, or `if counted { defer wg.Done() }`), started as `go walk(..., true)` and
  called in place with `false`: the calls that skip `Done` were never counted (given `false` by the
  counted `go` statement, it is reported);
- a body that calls `Done` only under a local flag of the starter that is true exactly when it counted
  the goroutine (`added := false; if !eosed { wg.Add(1); added = true }`, then `go func() { ...; if added
  { wg.Done() } }()`: the flag starts false and is set only beside the `Add`, in its block);
- one goroutine left uncounted by its index: `wg.Add(len(xs) - 1)` before `for i := range xs { go
  func(i int) { if i == 0 { ... } else { ...; wg.Done() } }(i) }` (the index compared with a literal or a
  constant, in the one test whose branches differ by the `Done`): only the goroutine of that index skips
  `Done`, and it is the one the count leaves out; likewise a count that is an expression of the loop's
  bound other than its number of turns (`wgEven.Add(m / 2)` before `for i := 0; i < m; i++`) with a body
  that calls `Done` only under one test of the index (`idx := i`, or a parameter given it: `if idx%2 == 0 {
  wgEven.Done() }`, in the body or as a statement of a closure it defers): the count is of the subset that
  test selects;
- per-item `Done` calls inside a loop (a count of jobs, not of goroutines);
- a latch: a local bool set only beside `wg.Done()` (to true, `if !first { first = true; wg.Done() }`, or,
  starting true, to false: `if pending { pending = false; wg.Done() }`) with a deferred closure that calls
  `Done` while the latch is not set: `Done` runs exactly once on every exit;
- a deferred `if r := recover(); r != nil { ... } else { wg.Done() }`: `recover()` is nil on a return
  or `Goexit`, so the `Done` runs on every normal exit;
- goroutines not counted by an `Add` in the function that starts them;
- a WaitGroup nothing can wait on: a local (or a field of a local value made here, `p.inFlight`) with no
  `Wait` in the declaration, that reaches only package functions which never call `Wait` (as their
  receiver or argument; its fields read or set); or an unexported field that the package's code only
  counts, sets or compares with nil (`e.wg.Add(1)`, `defer e.wg.Done()`, `e.wg = &sync.WaitGroup{}`, `e.wg
  == nil`; no `Wait`, no `&e.wg` or `e.wg` handed on), for a goroutine's literal or a method started by
  name (`go e.process()`): a skipped `Done` blocks nobody.

## Fixes
- **`defer wg.Done()`**: inserted as the goroutine's first statement, with the
  WaitGroup spelled as in the code (`wg`, `s.wg`, `p.group`); the explicit
  `Done` calls it replaces are removed.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        wgm = ctx.waitgroups
        um = ctx.model
        for cg in wgm.counted():
            exits = [x for x in wgm.skipping_exits(cg.body, cg.wg, wgm.add_guard(cg))
                     if x[1] != "goexit" or self._may_stop(ctx, x[0], cg.body.node)]
            if not exits or (not cg.waits and wgm.never_waited(cg)) or wgm.done_deferred_when_counted(cg):
                continue   # (no Wait can block: the WaitGroup is a local nothing waits on; or the counted
                #            goroutines call Done in their deferred closure)
            q, kind = exits[0]
            wg = um.spell(cg.wg)
            exit_stmt, what = self._exit(q, kind, cg.body.node)
            related = [ctx.related(cg.add, f"the goroutine is counted by {wg} here")]
            related += [ctx.related(d, f"the {wg}.Done() that is skipped") for d in cg.dones[-1:]]
            related += [ctx.related(w, f"{wg}.Wait() blocks forever") for w in cg.waits[:1]]
            msg = (f"goroutine {what} without calling {wg}.Done(). "
                   f"{wg}.Wait() {'blocks' if cg.waits else 'would block'} forever")
            yield ctx.finding(exit_stmt, msg, related, self._fix(ctx, cg, wg))
        for cc in wgm.counted_calls():
            if not cc.waits and wgm.field_never_waited(cc.wg):
                continue   # (a field nothing in the package waits on)
            wg = um.spell(cc.wg)
            name = cc.name
            related = [Related(0, 0, f"{name} can finish here without calling Done",
                               anchor=(cc.skip.func, cc.skip.start, cc.skip.end)),
                       ctx.related(cc.add, f"the goroutine is counted by {wg} here")]
            related += [ctx.related(w, f"{wg}.Wait() blocks forever") for w in cc.waits[:1]]
            msg = (f"goroutine {name} can return without calling {wg}.Done(). "
                   f"{wg}.Wait() {'blocks' if cc.waits else 'would block'} forever")
            yield ctx.finding(cc.go, msg, related)

    @staticmethod
    def _may_stop(ctx: FuncContext, q, lit: Node) -> bool:
        """Can the test stop at ``q`` (``t.Fatal``, a ``require``) on a run of correct code? Not a check of
        values the goroutine computed from the test's own inputs (``if string(c) != magic { t.Fatalf(...)
        }``), nor of an error that cannot be set (the failure model's answers, as GL505 reads them)."""
        calls = [c for c in ([q.ast, *syntax.walk(q.ast, skip_funcs=True)] if q.ast is not None else ())
                 if checks.stops_test(c)]
        if not calls:
            return True
        return any(checks.may_vary(ctx.model, c, lit, ctx.pkg) and not checks.cannot_fail(ctx.model, ctx.pkg, c, lit)
                   for c in calls)

    @staticmethod
    def _exit(q, kind: str, lit: Node) -> tuple[Node, str]:
        if q.ast is not None and q.ast.type == "return_statement":
            return q.ast, "returns here"
        if kind == "goexit" and q.ast is not None:
            return q.ast, "stops here (t.Fatal ends it)"
        stmts = syntax.stmt_list(lit.child_by_field_name("body"))
        return (stmts[-1] if stmts else lit), "reaches its end after this"

    @staticmethod
    def _fix(ctx: FuncContext, cg, wg: str):
        stmts = []
        for d in cg.dones:
            s = d.parent
            if s is None or s.type != "expression_statement" or s.parent is None or s.parent.type != "statement_list":
                return ()
            stmts.append(s)
        if not stmts:
            return ()
        body = syntax.func_body(cg.body.node)
        first = syntax.stmt_list(body)[0]
        if any(syntax.line_start(ctx.source, s.start_byte) == syntax.line_start(ctx.source, first.start_byte)
               for s in stmts):
            return ()  # Done is the first statement itself: nothing sensible to move
        edits = [ctx.insert_line_before(first, f"defer {wg}.Done()")] + [ctx.delete_line(s) for s in stmts]
        return (ctx.fix(f"Call {wg}.Done() with defer at the start of the goroutine", *edits, preferred=True),)
