"""GL401 send-after-close."""

from __future__ import annotations

from collections.abc import Iterator

from .. import syntax
from ..findings import Finding
from ..model.channels import CLOSE, Channel, ChanOp, may_close
from ..rule import FuncContext, Rule


class SendAfterClose(Rule):
    code = "GL401"
    name = "send-after-close"
    summary = "A send that can run after close(ch): the program panics with \"send on closed channel\"."
    triggers = frozenset({"builtin"})
    doc = """\
Sending on a closed channel panics. Two shapes make it reachable:

- on one path of a function, `close(ch)` runs and a later statement sends on `ch`;
- a function starts goroutines that send on `ch` and then closes `ch` itself
  without first waiting for them (`wg.Wait()`, a receive): a goroutine that is
  still about to send panics, taking the program down. A `defer close(ch)` is
  such a close at every return: a function that can return before its sending
  goroutines are done panics them the same way.

## Bad
```go
	for _, j := range jobs {
		go func(j Job) { results <- run(j) }(j)
	}
	close(results) // the workers are still sending
```

## Good
```go
	for _, j := range jobs {
		wg.Add(1)
		go func(j Job) { defer wg.Done(); results <- run(j) }(j)
	}
	go func() { wg.Wait(); close(results) }()
```

## Stays silent
- the close of a fan-in's items channel once the results are all in: workers `for i := range reqChan`
  send at most one result per item, a goroutine (or the closer) feeds `reqChan` one item per element
  of `xs`, and the closer receives one result per element (`for range xs { <-resChan }`) before
  `close(reqChan)`: each result needed an item taken, so every send of the feeder has completed;
- a close after `wg.Wait()` (or `x.Wait()`, `x.Finish()`, `x.WaitAllDone()`, of a type goleash cannot see, such as a tomb, a throttle or a concurrency limiter, when the
  goroutine calls `x.Done()`; or a receive, or a `select`) that follows the `go` statements; also a
  loop that receives in every turn and runs as often as the loop that started them (the same `for`
  clause, or a `range` over the same value: `for range reqs { <-errCh }`), even though, as written, it
  might run no turn; likewise a call of a package function that starts with such a loop over the
  parameter the call fills with that loop's bound (`for i := 0; i < workers; i++ { go work(done) }`, then
  `waitWorkers(done, workers)`, which receives `workers` times and only then closes `done`);
- the channel re-made (`ch = make(...)`) between the close and the send, a local, a field or a
  package variable (a token channel resized at run time);
- a send on another element than the one closed (`close(chans[0])`, then `chans[1] <- v`);
- a deferred close when the function waits for its sending goroutines before every
  return (a deferred close is reported only when a return can come first), or in the deferred
  function itself before the close (`defer func() { wg.Wait(); close(ch) }()`, or a receive from the
  channel there: `defer func() { cmd.Process.Kill(); <-done; close(done) }()`).

No quick fix: where the close belongs depends on who knows that all senders are done.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        if not may_close(ctx.pkg, ctx.source[ctx.unit.start_byte:ctx.unit.end_byte]):
            return   # nothing here closes a channel (a make or a panic brought the rule here)
        for ch in ctx.channels:
            closes = [o for o in ch.closes if not o.deferred]
            if not ch.sends:
                continue
            reported = False
            for c in closes:
                for s in ch.sends:
                    if s.func == c.func and not c.deferred and ctx.channels.reaches(c, s) and \
                            syntax.indexes(c.chan) == syntax.indexes(s.chan) and \
                            not ctx.channels.reassigned_between(ch, c.node.end_byte, s.node.start_byte) and \
                            self._every_path(ctx, c, s):
                        yield ctx.finding(s.node, f"send on {ch.name} after close({ch.name}): it panics. "
                                                  f"This send runs after the close on this path (send on closed channel)",
                                          [ctx.related(c.node, f"{ch.name} is closed here")])
                        reported = True
                        break
                if reported:
                    break
            if reported:
                continue
            for c in closes:
                if any(o.kind in ("recv", "range") and o.goroutine == c.goroutine and o.func == c.func
                       and o.node.start_byte < c.node.start_byte for o in ch.ops):
                    continue  # the closer receives: close-by-receiver (GL406)
                s = self._concurrent_sender(ctx, ch, c)
                if s is not None:
                    g = s.goroutine
                    yield ctx.finding(c.node, f"close({ch.name}) while a goroutine may still send on it. "
                                              f"That send panics (send on closed channel)",
                                      [ctx.related(g.child(0), "this goroutine sends and is not waited for"),
                                       ctx.related_op(s, "the send that can run after the close")])
                    break
            else:
                yield from self._deferred(ctx, ch)

    def _deferred(self, ctx: FuncContext, ch: Channel) -> Iterator[Finding]:
        """``defer close(ch)`` in a function that starts a goroutine sending on ``ch`` and can return
        without waiting for it: the close runs at the return, the goroutine's send (or a send blocked
        at that moment) panics."""
        for c in ch.closes:
            if not c.deferred or c.goroutine is not None:
                continue
            stmt = next((a for a in syntax.ancestors(c.node) if a.type == "defer_statement"), None)
            fn = syntax.enclosing_func(stmt) if stmt is not None else None
            if fn is None or any(o.kind in ("recv", "range") and o.goroutine is None and o.func == fn
                                 for o in ch.ops):
                continue   # the function receives too: its own protocol (GL406 looks at closes by receivers)
            for s in ch.sends:
                g = s.goroutine
                if g is None or not s.started or syntax.enclosing_func(g) != fn or \
                        any(o.kind == CLOSE and o.goroutine == g for o in ch.ops) or \
                        ctx.shared.joined_before_exit(g) or self._waited_in_defer(ctx, g, c.node, ch):
                    continue
                yield ctx.finding(c.node, f"deferred close({ch.name}) runs at return, while a goroutine may still send. "
                                          f"That send panics (send on closed channel)",
                                  [ctx.related(g.child(0), "this goroutine sends and the function does not wait "
                                                           "for it before returning"),
                                   ctx.related_op(s, "the send that can run after the close")])
                return

    @staticmethod
    def _waited_in_defer(ctx: FuncContext, g, close, ch: Channel | None = None) -> bool:
        """``defer func() { wg.Wait(); close(ch) }()``: the deferred function waits, before the close, on the
        WaitGroup that counts the goroutine (a statement of its body before the close's), or receives from
        the channel itself there (``defer func() { cmd.Process.Kill(); <-done; close(done) }()``: the
        goroutine's send is taken before the close)."""
        counted = {cg.wg for cg in ctx.waitgroups.counted() if cg.go.id == g.id}
        lit = ctx.model.func_at(close)
        if lit is None or lit.node.type != "func_literal":
            return False
        body = syntax.stmt_list(syntax.func_body(lit.node))
        at = next((st for st in body if syntax.inside(close, st)), None)
        if at is None:
            return False
        before = [st for st in body if st.end_byte <= at.start_byte]
        if ch is not None and any(o.kind == "recv" and o.func == lit.node and o.select_case is None and
                                  any(syntax.inside(o.node, st) and st.type == "expression_statement"
                                      for st in before) for o in ch.ops):
            return True
        return bool(counted) and any(p in counted and w.start_byte < at.start_byte and any(
            st.type == "expression_statement" and syntax.inside(w, st) for st in body)
                   for p, w in ctx.waitgroups.ops(lit, "Wait"))

    @staticmethod
    def _every_path(ctx: FuncContext, c, s) -> bool:
        """The close is on every path to the send (not in a branch the send's path may skip)."""
        return ctx.channels.dominates(c, s)

    @staticmethod
    def _concurrent_sender(ctx: FuncContext, ch: Channel, c: ChanOp) -> ChanOp | None:
        for s in ch.sends:
            g = s.goroutine
            if g is None or g == c.goroutine or syntax.enclosing_func(g) != c.func:
                continue
            if not s.started:
                continue
            if g.end_byte > c.node.start_byte:
                continue
            if not any(syntax.runs_before(x, c.node) for x in [g, *syntax.loops_between(g, c.func)]):
                continue  # not started before the close on its path
            if any(o.kind == CLOSE and o.goroutine == g for o in ch.ops):
                continue
            if ctx.shared.joined(g, c.node) or _items_all_taken(ctx, ch, c):
                continue
            return s
        return None


def _items_all_taken(ctx: FuncContext, ch: Channel, c) -> bool:
    """Is ``ch`` the items channel of a fan-in the closer has fully collected before ``close(ch)``
    (ChannelModel.fan_in: workers ``for j := range ch`` send on ``results`` at most once per item, and the
    closer received as many results as ``ch`` is fed items)? Each result needed an item taken from ``ch``:
    every send on ``ch`` has completed."""
    for other in ctx.channels:
        if other is ch or not other.sends or any(o.goroutine is None for o in other.sends):
            continue
        if all(ctx.channels.fan_in(other, o, c) == ch.name for o in other.sends):
            return True
    return False
