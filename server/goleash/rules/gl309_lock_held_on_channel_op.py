"""GL309 lock-held-on-channel-op."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Related
from ..model.effects import RECV, abstract_label
from ..rule import FuncContext, Rule


class LockHeldOnChannelOp(Rule):
    code = "GL309"
    name = "lock-held-on-channel-op"
    summary = "A receive that waits holding a mutex every sender needs first: sender and receiver block forever."
    triggers = frozenset({"send", "recv"})
    doc = """\
A goroutine locks `s.mu` and then waits to receive from an unbuffered channel
`s.events`, still holding the lock. Every goroutine that sends on `s.events`
takes `s.mu` first. The receiver waits for a sender, the sender waits for the
mutex: both block forever. This is the most common "channel and lock"
blocking bug in large Go programs (Tu et al., ASPLOS 2019).

goleash looks at field and package-variable channels across the package: the
receive happens with the mutex held, every send on that channel anywhere in
the package happens with the same mutex held, and the channel is unbuffered
everywhere it is made. The related locations show the lock and the senders.

## Bad
```go
func (s *Server) run() {
	for {
		s.mu.Lock()
		e := <-s.events // waits holding s.mu
		s.handle(e)
		s.mu.Unlock()
	}
}

func (s *Server) Publish(e Event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.events <- e // needs s.mu before it can send
}
```

## Good
```go
	for {
		e := <-s.events
		s.mu.Lock()
		s.handle(e)
		s.mu.Unlock()
	}
	// ... and in Publish, update under the lock, send after Unlock
```

## Stays silent
- a select case (another case can proceed), buffered channels;
- when some sender does not hold the mutex;
- exported fields and channels handed to other packages (their other side is unknown).

## Fix
No single edit is safe: moving only the receive above the `Lock` still deadlocks when a
sender holds the mutex while sending and the receiver then waits for it. Receive
without the lock *and* send without it (or use a buffered channel sized for the
senders).
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        if not ctx.locks.relevant:
            return
        um = ctx.model
        pkg = ctx.pkg
        index = None
        for f in um.funcs:
            flow = ctx.locks.flow(f)
            if flow is None or flow.trivial:
                continue
            for n in flow.g.nodes:
                st = flow.state_in.get(n.id)
                if not st:
                    continue
                held = {um.abstract_place(x.place): x for x in st if x.kind == "held" and x.origin >= 0}
                held.pop(None, None)
                if not held:
                    continue
                for e in um.node_effects(flow.g, n):
                    # the receiver waits holding the mutex; its senders need it first
                    if e.kind != RECV or e.place is None or e.select_case is not None:
                        continue
                    chan = um.abstract_place(e.place)
                    if chan is None or not pkg.is_chan_name(chan):
                        continue
                    if index is None:
                        index = pkg.chan_index()
                    got = self._blocked(ctx, index, chan, e.kind, held)
                    if got is None:
                        continue
                    mutex, others = got
                    fact = held[mutex]
                    name = um.spell(e.place)
                    mname = um.spell(fact.place)
                    lock_node = flow.g.nodes[fact.origin].ast
                    related = [ctx.related(lock_node, f"{mname} is locked here")] if lock_node is not None else []
                    related += [Related(0, 0, f"sends on {abstract_label(chan)} only while holding {abstract_label(mutex)}",
                                        anchor=(a.func, a.start, a.end)) for a in others[:3]]
                    msg = (f"receive from {name} waits holding {mname}, which every sender needs. The senders lock "
                           f"{mname} first: each side waits for the other forever")
                    yield ctx.finding(e.node, msg, related)

    @staticmethod
    def _blocked(ctx, index, chan: str, kind: str, held: dict):
        """(mutex, anchors of the other side) when every counterpart op on ``chan`` holds one of ``held``."""
        if index.escapes(chan):
            return None
        makes = index.made(chan)
        if not makes or any(m.capacity != 0 for m in makes) or index.of(chan, "assign"):
            return None   # buffered, made elsewhere, or assigned another channel: not provably unbuffered
        want = ("send",)
        others = [f for f in index.facts.get(chan, []) if f.kind in want]
        if not others or any(f.select for f in others):
            return None
        for mutex in held:
            anchors = []
            for f in others:
                if mutex not in ctx.pkg.held_at_anchor(f.at):
                    break
                anchors.append(f.at)
            else:
                return mutex, anchors
        return None
