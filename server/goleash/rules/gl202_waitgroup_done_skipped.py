"""GL202 waitgroup-done-skipped."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding
from ..model.sync import CountedGoroutine, counted_goroutines
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
locations.

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
- every exit is preceded by a `Done` call on its path (`wg.Done(); return`);
- `Done` called through a helper (`s.finish()`): goleash does not guess;
- goroutines not counted by an `Add` in the function that starts them.

## Fixes
- **`defer wg.Done()`**: inserted as the goroutine's first statement, with the
  WaitGroup spelled as in the code (`wg`, `s.wg`, `p.group`); the explicit
  `Done` calls it replaces are removed.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        for cg in counted_goroutines(ctx):
            if cg.deferred_done or not cg.done_calls:
                continue
            exit_node = self._skipping_exit(cg)
            if exit_node is None:
                continue
            what = "returns" if exit_node.type == "return_statement" else "panics"
            related = [ctx.related(cg.add, f"the goroutine is counted by {cg.wg} here"),
                       ctx.related(cg.done_calls[-1], f"the {cg.wg}.Done() that is skipped")]
            related += [ctx.related(w, f"{cg.wg}.Wait() blocks forever") for w in cg.waits[:1]]
            msg = (f"goroutine {what} here without calling {cg.wg}.Done(): "
                   f"{cg.wg}.Wait() {'blocks' if cg.waits else 'would block'} forever")
            yield ctx.finding(exit_node, msg, related, self._fix(ctx, cg))

    @staticmethod
    def _skipping_exit(cg: CountedGoroutine) -> Node | None:
        """An exit (return/panic) of the goroutine body reached without a Done on its path."""
        body = syntax.func_body(cg.literal)
        last_done = max(d.start_byte for d in cg.done_calls)
        for n in syntax.walk(body, skip_funcs=True):
            if n.start_byte >= last_done:
                break
            is_exit = n.type == "return_statement" or (
                n.type == "expression_statement" and syntax.is_terminating(n) and "panic" in syntax.text(n)[:6])
            if not is_exit:
                continue
            if not any(WaitGroupDoneSkipped._precedes(d, n) for d in cg.done_calls):
                return n
        return None

    @staticmethod
    def _precedes(done: Node, exit_node: Node) -> bool:
        """Does ``done`` run before ``exit_node`` on every path to it (an earlier statement of an enclosing block)?"""
        stmt = done
        while stmt.parent is not None and stmt.parent.type != "statement_list":
            stmt = stmt.parent
        block = stmt.parent
        return block is not None and stmt.end_byte <= exit_node.start_byte and syntax.inside(exit_node, block)

    @staticmethod
    def _fix(ctx: FuncContext, cg: CountedGoroutine):
        stmts = []
        for d in cg.done_calls:
            s = d.parent
            if s is None or s.type != "expression_statement" or s.parent is None or s.parent.type != "statement_list":
                return ()
            stmts.append(s)
        body = syntax.func_body(cg.literal)
        first = syntax.stmt_list(body)[0]
        edits = [ctx.insert_line_before(first, f"defer {cg.wg}.Done()")]
        edits += [ctx.delete_line(s) for s in stmts if syntax.line_start(ctx.source, s.start_byte) !=
                  syntax.line_start(ctx.source, first.start_byte)]
        if any(syntax.line_start(ctx.source, s.start_byte) == syntax.line_start(ctx.source, first.start_byte)
               for s in stmts):
            return ()  # Done is the first statement itself: nothing sensible to move
        return (ctx.fix(f"Call {cg.wg}.Done() with defer at the start of the goroutine",
                        *edits, preferred=True),)
