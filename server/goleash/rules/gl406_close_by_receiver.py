"""GL406 close-by-receiver."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding
from ..model.channels import Channel, ChanOp, may_close
from ..model.shared import deferred_by
from ..rule import FuncContext, Rule


class CloseByReceiver(Rule):
    code = "GL406"
    name = "close-by-receiver"
    summary = "The receiving side closes a channel that another goroutine keeps sending on: that send panics."
    triggers = frozenset({"builtin"})
    fixes = ("move the `close` to the sending goroutine (`defer close(ch)` there)",)
    doc = """\
Only a sender knows when no more values will come, so only a sender should
close a channel. When the receiving side closes it — to say "stop", or after it
got what it wanted — a sender that is still looping panics on its next send
("send on closed channel").

goleash reports a `close(ch)` in a goroutine (or function) that receives from
`ch` and never sends on it, while another goroutine sends on `ch` in a loop.

## Bad
```go
	go func() {
		for _, v := range values {
			ch <- v
		}
	}()
	for v := range ch {
		if v == target {
			close(ch) // the producer's next send panics
			break
		}
	}
```

## Good
Signal "stop" on a separate channel (or cancel a context) that the producer
selects on, and let the producer close `ch`:
```go
	go func() {
		defer close(ch)
		for _, v := range values {
			select {
			case ch <- v:
			case <-stop:
				return
			}
		}
	}()
```

A sender outside a loop is reported too when it sends more values on some path
than the receiver receives before closing (`ch <- a; ch <- b` against one `<-ch`
before `close(ch)`): only the received sends are known to have run; the other
one can run after the close, buffer or not.

A goroutine whose body is a package function that sends in a loop (`go emit(ch, n)`)
is such a sender too.

## Stays silent
- the closing goroutine also sends on the channel;
- subtests run one after another (`t.Run`, no `t.Parallel()`): a sender of an earlier subtest that
  waits for it before it ends (`wg.Wait()`), and a sender started after the close once the channel
  variable got a fresh channel at the close's statement or later (`errs = requireNoErrs(t, errs)`,
  which closes errs and returns a new one), send on no closed channel;
- a close after a join in the `default` of a select whose other case is a timer the select makes
  (`select { case <-time.After(5 * time.Second): default: wg.Wait() }`): with a constant duration that
  case is never ready when the select looks, so the join always runs (every rule reads such a select
  so);
- a sender started only in another branch of the `if`/`switch` that closes (`if dst == nil { close(out)
  } else { go func() { out <- copy() }() }`);
- a send in a loop followed by `return` (or a `break` out of the loop), directly or after other
  statements that cannot `continue`: it runs once; so does a send under a run-once latch (`if isFirst {
  ids <- id; isFirst = false }`, `isFirst := true` before the loop and never set true again);
- senders outside loops that send no more values than the receiver takes before
  its close: they are done by then;
- a close after `wg.Wait()` (or another join) that waits for the senders, also for senders started in
  the callback of a synchronous iteration (`m.Range(func(k, v any) bool { wg.Add(1); go ... })`,
  `ForEach`, `filepath.Walk`): they are all started before it returns; also in a closure the function
  defers, after its own `wg.Wait()` (`defer func() { wg.Wait(); close(errs); for range errs {...} }()`):
  it runs as the function returns, after every `go` statement it ran; also a Wait relayed by a goroutine
  that closes a channel right after it (`go func() { wg.Wait(); close(done) }()`), then `<-done` or a
  select case on it whose other cases end the test (`t.Fatal` on a timeout);
- a close after receiving what the sender sends (or closes) after its last send on the channel
  (`done <- true` as its last act, or in a closure it defers, `defer func() { done <- true }()`), for
  goroutines started in a loop once per goroutine (`for i := 0; i < n; i++ { <-done }`, the same
  clause as the loop that starts them);
- a fan-out / fan-in: workers `for p := range in` that send at most once per item (`continue` after an
  error's send), `in` filled by the closer with every element of `xs` (`for _, x := range xs { in <- x
  }`, or `for i := 1; i <= n; i++ { in <- i }`), and the closer receiving first thing in each turn of a
  loop as long (`for range xs`, `for i := 0; i < len(xs); i++`, `i < n` with `n := len(xs)` never changed,
  `for i := 1; i <= n; i++`) that no `break` leaves early (a `return`
  does not reach a close that is not deferred): it takes as many values as can be sent, so every send
  has completed at the close. The workers may be a package function or method the `go` statement calls
  with the channels (`go d.dump(jobs, results)`), when it only sends on its results parameter.

## Fixes
- **Move the close to the sender**: removes the receiver's `close(ch)` statement and
  puts `defer close(ch)` first in the sole sending goroutine. Offered when the close
  is a plain statement of the receiver's function body (not inside a loop or branch),
  so the receiver no longer relies on it to stop.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        if not may_close(ctx.pkg, ctx.source[ctx.unit.start_byte:ctx.unit.end_byte]):
            return   # nothing here closes a channel (a make or a panic brought the rule here)
        for ch in ctx.channels:
            for c in ch.closes:
                runner = c.goroutine
                mine = [o for o in ch.ops if o.goroutine == runner and o.func == c.func]
                if not any(o.kind in ("recv", "range") for o in mine) or any(o.kind == "send" for o in mine):
                    continue
                senders = [o for o in ch.sends if o.goroutine is not None and o.goroutine != runner
                           and ((o.direct and o.loops and _may_repeat(o.node, ctx.model)) or
                                self._named_loop_sender(ctx, ch, o))]
                senders = [o for o in senders if not (c.goroutine is None and (
                    ctx.shared.joined(o.goroutine, c.node, waits_only=True) or self._joined_by_last(ctx, ch, o, c)))
                    and not syntax.exclusive_branches(o.goroutine, c.node) and not _remade_before(ctx, ch, c, o)
                    and not _done_in_earlier_subtest(ctx, c, o)]
                if senders and c.goroutine is None and all(ctx.channels.fan_in(ch, o, c) is not None for o in senders):
                    senders = []   # as many receives as items handed out, one send per item: all are done
                if senders:
                    s = senders[0]
                    msg = (f"close({ch.name}) by its receiver while its sender keeps sending. The sender's "
                           f"next send on {ch.name} panics (send on closed channel)")
                    yield ctx.finding(c.node, msg, [ctx.related_op(s, "sends in a loop here")],
                                      self._fixes(ctx, ch, c, senders)
                                      if all(o.via is None for o in senders) else ())
                    break
                more = self._outnumbered(ctx, ch, c, mine)
                if more is not None:
                    s, sent, received = more
                    msg = (f"close({ch.name}) by its receiver while its sender has more to send. It sends up to "
                           f"{sent} values and {received} {'is' if received == 1 else 'are'} received: its next send "
                           f"on {ch.name} panics (send on closed channel)")
                    # no fix: moving the close to the sender would leave its extra send blocked forever
                    yield ctx.finding(c.node, msg, [ctx.related(s.node, "this send can run after the close")])
                    break

    @staticmethod
    def _named_loop_sender(ctx: FuncContext, ch: Channel, o: ChanOp) -> bool:
        """``go produce(ch)``: a package function that sends on ``ch`` inside one of its loops, and signals
        nothing else (no send or close on another channel that the receiver could wait for)."""
        if o.via is None or not o.started or ctx.pkg is None:
            return False
        if any(x.goroutine == o.goroutine and x.kind in ("send", "close") for other in ctx.channels
               if other is not ch for x in other.ops):
            return False
        node = ctx.pkg.anchor_node(o.via.func, o.via.start, o.via.end)
        return node is not None and _may_repeat(node)

    @staticmethod
    def _joined_by_last(ctx: FuncContext, ch: Channel, send: ChanOp, close: ChanOp) -> bool:
        """Does the closer receive, before the close, what the sender sends (or closes) on another channel
        after its last possible send on ``ch`` (``done <- true`` as its last act)? Then the sender is done."""
        g = send.goroutine
        last = max(o.node.end_byte for o in ch.sends if o.goroutine is not None and o.goroutine.id == g.id)
        for other in ctx.channels:
            if other is ch:
                continue
            signals = [o for o in other.ops if o.kind in ("send", "close") and o.goroutine is not None and
                       o.goroutine.id == g.id and (o.direct or _deferred_closure(o)) and not o.loops and
                       not o.select_case and (o.deferred or o.node.start_byte > last)]
            if not signals:
                continue
            waits = [o.node for o in other.receives if o.goroutine is None and o.func == close.func and
                     o.node.start_byte < close.node.start_byte]
            if waits and ctx.shared.joined_through(g, close.node, waits):
                return True
        return False

    @staticmethod
    def _outnumbered(ctx: FuncContext, ch: Channel, c: ChanOp, mine: list[ChanOp]):
        """A goroutine that sends (not in a loop) more values on some path than the closer receives before the
        close: only the received sends are known to have completed, another one can run after the close (a
        buffer does not change that).
        (the send, its count, the receives) or None."""
        if c.loops or c.deferred:
            return None
        recvs = [o for o in mine if o.node.start_byte < c.node.start_byte]
        if any(o.kind == "range" or o.loops for o in recvs):
            return None
        received = syntax.max_per_path(syntax.func_body(c.func) or c.func, {o.node.id for o in recvs})
        if received is None:
            return None
        by_go: dict[int, list[ChanOp]] = {}
        for o in ch.sends:
            if o.goroutine is None or o.goroutine == c.goroutine or not o.direct or o.loops:
                continue
            if syntax.exclusive_branches(o.goroutine, c.node):
                continue   # started only where the close does not run (``if dst == nil { close(out) } else { go ... }``)
            if c.goroutine is None and ctx.shared.joined(o.goroutine, c.node, waits_only=True):
                continue
            if ctx.channels.goroutine_loops.get(o.goroutine.id):
                return None   # one goroutine per iteration: counts unknown
            by_go.setdefault(o.goroutine.id, []).append(o)
        if len(by_go) != 1:
            return None
        sends = next(iter(by_go.values()))
        if any(o.select_case is not None for o in sends):
            return None
        lit = syntax.go_literal(sends[0].goroutine)
        sent = syntax.max_per_path(syntax.func_body(lit), {o.node.id for o in sends}) if lit is not None else None
        if sent is None or sent <= received:
            return None   # every send was received (so had completed) before the close
        return sends[min(received, len(sends) - 1)], sent, received

    @staticmethod
    def _fixes(ctx: FuncContext, ch: Channel, c: ChanOp, senders: list[ChanOp]):
        gs = {o.goroutine.id for o in ch.sends if o.goroutine is not None}
        if len(gs) != 1 or any(o.goroutine is None for o in ch.sends) or not c.unconditional or c.deferred:
            return ()
        stmt = c.node.parent
        if stmt is None or stmt.type != "expression_statement" or stmt.parent is None or \
                stmt.parent.type != "statement_list":
            return ()
        lit = syntax.go_literal(senders[0].goroutine)
        stmts = syntax.stmt_list(syntax.func_body(lit))
        if not stmts or syntax.line_start(ctx.source, stmts[0].start_byte) == syntax.line_start(ctx.source, lit.start_byte):
            return ()
        name = syntax.text(senders[0].chan)
        return (ctx.fix(f"Move close({ch.name}) to the sending goroutine",
                        ctx.delete_line(stmt), ctx.insert_line_before(stmts[0], f"defer close({name})"),
                        preferred=True),)


def _deferred_closure(o: ChanOp) -> bool:
    """Is ``o`` in a function literal its goroutine's literal defers itself (``defer func() { done <- true
    }()``): it runs as the goroutine ends, after everything else it does?"""
    lit = syntax.go_literal(o.goroutine) if o.goroutine is not None else None
    return lit is not None and o.deferred and o.func is not None and deferred_by(o.func, lit)


def _may_repeat(send: Node, um=None) -> bool:
    """Is the send inside a loop of its function that can go round again after it (not followed by a
    ``return`` or a ``break`` out of that loop: ``out <- err; return`` sends once), and send again then
    (not under a run-once latch, ``if first { ch <- v; first = false }``: UnitModel.once_latch)?"""
    loop = None
    for a in syntax.ancestors(send):
        if a.type == "for_statement":
            loop = a
            break
        if a.type in ("function_declaration", "method_declaration", "func_literal"):
            return False
    if loop is None or (um is not None and um.once_latch(send, loop)):
        return False
    stmt = send if send.type == "send_statement" else next(
        (a for a in syntax.ancestors(send) if a.parent is not None and a.parent.type == "statement_list"), None)
    if stmt is None or stmt.type == "statement_list":
        return True
    nxt = stmt.next_named_sibling
    while nxt is not None:   # a later statement of the block that leaves the loop, with no continue between
        if nxt.type == "comment":
            nxt = nxt.next_named_sibling
            continue
        if nxt.type == "return_statement" or syntax.is_terminating(nxt):
            return False
        if nxt.type == "break_statement" and not nxt.named_children and syntax.breaks_out_of(nxt) is not None and \
                syntax.breaks_out_of(nxt).id == loop.id:
            return False
        if any(n.type in ("continue_statement", "goto_statement", "labeled_statement")
               for n in [nxt, *syntax.walk(nxt, skip_funcs=True)]):
            return True   # may go round again before it leaves
        nxt = nxt.next_named_sibling
    return True


def _remade_before(ctx: FuncContext, ch, close, sender) -> bool:
    """Is ``sender`` started after the close, in the same function and in no loop around both, with the
    channel variable given a new channel at the close's statement or after it, before that ``go``
    (``errs = requireNoErrs(t, errs)``, returning a fresh channel, then the next subtest's goroutines)? It
    sends on the new channel, not on the closed one. (Not where a ``t.Parallel()`` may run subtests at
    once.)"""
    g, st = sender.goroutine, syntax.stmt_of(close.node)
    if g is None or st is None or g.start_byte <= close.node.end_byte or b"Parallel()" in (ctx.unit.text or b""):
        return False
    if any(a.type == "for_statement" and syntax.inside(g, a) for a in syntax.ancestors(close.node, ctx.unit)):
        return False   # (a loop around both: its next turn may start the goroutine before the channel is remade)
    return ctx.channels.reassigned_between(ch, st.start_byte, g.start_byte)


def _done_in_earlier_subtest(ctx: FuncContext, close, sender) -> bool:
    """Is ``sender`` started in the body of an earlier subtest (``t.Run(name, func(t *testing.T) {...})``
    ending before the close, in no loop around both) that waits for it before it ends (``wg.Wait()``)?
    ``t.Run`` returns once its subtest is over: the goroutine is done before the close can run. (Not
    where a ``t.Parallel()`` may run subtests at once.)"""
    g = sender.goroutine
    lit = next((a for a in syntax.ancestors(g, ctx.unit) if a.type == "func_literal"), None) if g is not None else None
    call = syntax.argument_of(lit)[0] if lit is not None else None
    if call is None or syntax.call_name(call)[1] != "Run" or lit.end_byte >= close.node.start_byte or \
            b"Parallel()" in (ctx.unit.text or b""):
        return False
    if any(a.type == "for_statement" and syntax.inside(close.node, a) for a in syntax.ancestors(call, ctx.unit)):
        return False
    return ctx.shared.joined_before_exit(g, waits_only=True)
