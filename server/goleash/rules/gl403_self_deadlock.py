"""GL403 self-deadlock."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Edit, Finding, Severity
from ..model.channels import RANGE, RECV, SEND, Channel, ChanOp
from ..rule import FuncContext, Rule


class SelfDeadlock(Rule):
    code = "GL403"
    name = "self-deadlock"
    severity = Severity.ERROR
    summary = "A goroutine blocks on an unbuffered channel whose other side only it could take: it waits forever."
    triggers = frozenset({"send", "recv", "range"})
    fixes = ("buffer the channel (capacity = sends before the receive)", "make the send happen in a goroutine")
    doc = """\
An operation on an unbuffered channel completes only when another goroutine
takes the other side. When every receive of the channel is in the same
goroutine as the send (or every send in the same goroutine as the receive),
and no other goroutine can reach the channel, the first operation blocks
forever: `fatal error: all goroutines are asleep - deadlock!` when it is the
main goroutine, a silent leak otherwise.

## Bad
```go
	ch := make(chan int)
	ch <- 1        // blocks forever: the receive below is in this same goroutine
	fmt.Println(<-ch)
```

The same holds for a send on a channel the function has just made, before it hands
the channel to anyone (returns it, passes it, stores it, starts a goroutine that
uses it): nobody can be receiving yet.

```go
	errC := make(chan error)
	if err != nil {
		errC <- err // blocks forever: errC is returned only below
		return errC
	}
```

## Good
```go
	ch := make(chan int, 1)
	ch <- 1
	fmt.Println(<-ch)
```

## Stays silent
- a goroutine (started before the operation, or any time — goleash does not order them) that takes the other side;
- the channel passed to a function or stored (someone else may take the other side) before the
  operation, or in a loop around it;
- buffered channels; operations in a `select`, which may take another case;
- a receive on a channel that is closed.

## Fixes
- **Buffer the channel** with as many slots as one path sends before it receives (when that is known).
- **Send in a goroutine**: `go func() { ch <- v }()`.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        for ch in ctx.channels:
            early = self._before_handed(ctx, ch)
            if early is not None:
                msg = (f"send on unbuffered {ch.name} blocks forever. No other goroutine can have the channel "
                       f"yet: it is handed on only after this send")
                related = [ctx.related(ch.make, f"{ch.name} is made unbuffered here"),
                           ctx.related(early[1], "handed on here, after the send")]
                yield ctx.finding(early[0].node, msg, related, self._fixes(ctx, ch, early[0]))
                continue
            if not ch.local or ch.capacity != 0:
                continue
            sends, recvs = ch.sends, ch.receives
            if not sends or not recvs or ch.closes:
                continue
            runners = {o.goroutine.id if o.goroutine is not None else 0 for o in ch.ops}
            funcs = {o.func.id for o in ch.ops}
            if len(runners) != 1 or len(funcs) != 1:
                continue  # another goroutine (or closure) takes part
            g = next(iter(ch.ops)).goroutine
            if g is not None and ctx.channels.goroutine_loops.get(g.id):
                continue  # the goroutine is started several times: its other instances take the other side
            first = min((o for o in ch.ops if o.kind in (SEND, RECV, RANGE)), key=lambda o: o.node.start_byte)
            if first.select_case is not None and first.other_cases():
                continue
            if any(o.select_case is not None and o.other_cases() for o in ch.ops):
                continue
            other = recvs[0] if first.kind == SEND else sends[0]
            who = "this goroutine" if first.goroutine is not None else "the function"
            if first.kind == SEND:
                msg = (f"send on unbuffered {ch.name} blocks forever. The only receive is in {who} itself, "
                       f"and no other goroutine can take it")
            else:
                msg = (f"receive from unbuffered {ch.name} blocks forever. The only sends are in {who} itself, "
                       f"and no other goroutine can send")
            related = [ctx.related(ch.make, f"{ch.name} is made unbuffered here"),
                       ctx.related(other.node, "the other side, in the same goroutine")]
            target = first.node if first.kind != RANGE else first.node.child(0)
            yield ctx.finding(target, msg, related, self._fixes(ctx, ch, first))

    @staticmethod
    def _before_handed(ctx: FuncContext, ch: Channel) -> tuple[ChanOp, Node] | None:
        """(the send, the first use that hands the channel on) when the declaration sends on an unbuffered
        channel it made before anything else can reach it (``errC := make(chan error); if err != nil { errC
        <- err; return errC }``): every use that hands it on — a return, a call, a store, a goroutine or
        closure that uses it — comes after the send in the source, none in a loop around the send, and the
        variable is never assigned again. Nobody can receive; the send blocks forever."""
        v = ch.var
        top = ctx.model.top
        if ch.make is None or ch.capacity != 0 or ch.param or not ch.escapes or v is None or v.assigned or \
                top is None or b"goto " in (ctx.unit.text or b""):
            return None
        mine = [o for o in ch.sends if o.goroutine is None and o.func.id == top.node.id and
                o.node.start_byte > ch.make.end_byte and not (o.select_case is not None and o.other_cases())]
        if not mine:
            return None
        send = min(mine, key=lambda o: o.node.start_byte)
        if syntax.enclosing_func(ch.make) is None or syntax.enclosing_func(ch.make).id != top.node.id:
            return None
        loops = [lp for lp in syntax.loops_between(send.node, top.node) if not syntax.inside(ch.make, lp)]
        later = [o.node for o in ch.ops if o is not send and (o.goroutine is not None or o.func.id != top.node.id
                                                               or o.kind != SEND)] + list(ch.escapes)
        if any(n.start_byte < send.node.end_byte or any(syntax.inside(n, lp) for lp in loops) for n in later):
            return None
        first = min(ch.escapes, key=lambda n: n.start_byte)
        return send, first

    @staticmethod
    def _fixes(ctx: FuncContext, ch: Channel, first: ChanOp):
        out = []
        if first.kind == SEND:
            fn = first.func
            body = syntax.func_body(fn) or fn
            n = syntax.max_per_path(body, {o.node.id for o in ch.sends})
            args = ch.make.child_by_field_name("arguments")
            if n and args is not None:
                close = args.end_byte - 1
                out.append(ctx.fix(f"Buffer {ch.name} with capacity {n}", Edit(close, close, f", {n}"),
                                   preferred=True))
            s = first.node
            if s.parent is not None and s.parent.type == "statement_list":
                out.append(ctx.fix("Send from a new goroutine",
                                   ctx.replace(s, f"go func() {{ {syntax.text(s)} }}()"), preferred=not out))
        return out
