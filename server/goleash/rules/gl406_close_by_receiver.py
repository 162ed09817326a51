"""GL406 close-by-receiver."""

from __future__ import annotations

from collections.abc import Iterator

from .. import syntax
from ..findings import Finding
from ..model.channels import Channel, ChanOp
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

## Stays silent
- the closing goroutine also sends on the channel;
- senders that send once (not in a loop) — they may be done by then;
- a close after `wg.Wait()` (or another join) that waits for the senders.

## Fixes
- **Move the close to the sender**: removes the receiver's `close(ch)` statement and
  puts `defer close(ch)` first in the sole sending goroutine. Offered when the close
  is a plain statement of the receiver's function body (not inside a loop or branch),
  so the receiver no longer relies on it to stop.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        for ch in ctx.channels:
            for c in ch.closes:
                runner = c.goroutine
                mine = [o for o in ch.ops if o.goroutine == runner and o.func == c.func]
                if not any(o.kind in ("recv", "range") for o in mine) or any(o.kind == "send" for o in mine):
                    continue
                senders = [o for o in ch.sends if o.goroutine is not None and o.goroutine != runner
                           and o.direct and o.loops]
                senders = [o for o in senders if not (c.goroutine is None and ctx.shared.joined(o.goroutine, c.node, waits_only=True))]
                if not senders:
                    continue
                s = senders[0]
                msg = (f"close({ch.name}) by its receiver while a goroutine it started keeps sending "
                       f"on {ch.name}: its next send panics (send on closed channel)")
                yield ctx.finding(c.node, msg, [ctx.related(s.node, "sends in a loop here")],
                                  self._fixes(ctx, ch, c, senders))
                break

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
