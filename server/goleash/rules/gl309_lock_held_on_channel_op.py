"""GL309 lock-held-on-channel-op."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Related
from ..model.effects import RANGE, RECV, SEND, abstract_label
from ..model.locks import READ_MODES as _READ
from ..rule import FuncContext, Rule


class LockHeldOnChannelOp(Rule):
    code = "GL309"
    name = "lock-held-on-channel-op"
    summary = ("A receive or send that waits holding a mutex every counterpart needs first: sender and receiver "
               "block forever.")
    triggers = frozenset({"send", "recv"})
    doc = """\
A goroutine locks `s.mu` and then waits to receive from an unbuffered channel
`s.events`, still holding the lock. Every goroutine that sends on `s.events`
takes `s.mu` first. The receiver waits for a sender, the sender waits for the
mutex: both block forever. This is the most common "channel and lock"
blocking bug in large Go programs (Tu et al., ASPLOS 2019).

The send side is the same bug: a method sends on `s.events` holding `s.mu`,
and every receiver of `s.events` locks `s.mu` before it receives. The sender
waits for a receiver that waits for the mutex. (When every send holds the mutex
too, the deadlock is reported once, at the receive.)

The send side also deadlocks when the receiver does not hold the mutex at the
receive but takes it between two receives (`for e := range s.events { s.mu.Lock();
...; s.mu.Unlock() }`, or a call that locks it; also after the receive of a method
that the package only calls in loops, `for { s.syncBatch() }`): it received one value and now
waits for `s.mu`, which a sender holds while it waits for the next receive. A
second `Publish` is enough (verified at run time with Go 1.19: "all goroutines
are asleep - deadlock!").

The receive side deadlocks the same way when the channel is closed rather than
sent on: `stop` locks `s.mu`, then waits `<-s.done`, which the worker closes when
its loop ends, and the loop locks `s.mu` (a pending item, a tick): the worker waits
for the mutex, `stop` for the close. Every goroutine that closes or sends on it must
take the mutex before it does (a deferred close: anywhere in its function).

The send side deadlocks too when nothing in the package receives from the channel (and it goes
nowhere else): only a close can end the send, and every close takes the mutex first (`publish`
sends `s.result <- v` to each watcher holding `b.mu`; `stop` locks `b.mu` and then closes it).

goleash looks at field and package-variable channels across the package: the
operation happens with the mutex write-locked, every counterpart operation on
that channel anywhere in the package (every send for a receive, every receive
or range for a send) happens with the same mutex held, and the channel is
unbuffered everywhere it is made. A channel local to one function is checked the
same way, between the function and the goroutines it starts. The related
locations show the lock and the counterparts.

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

The send side:
```go
func (s *Server) Notify(e Event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.events <- e // waits holding s.mu
}

func (s *Server) loop() {
	for {
		s.mu.Lock()
		e := <-s.events // needs s.mu before it can receive
		s.mu.Unlock()
		s.handle(e)
	}
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
- the operation in a select with another case (that case can proceed), buffered channels; (a
  sender whose send is a select case, `select { case c.wake <- x: default: }`, still reports the receive
  when it holds the mutex there: it cannot reach its select while the receiver holds it);
- a receiver that takes the mutex only on its way out (after that receive it never receives
  again), or takes another mutex, or only a read lock; a receiver that does not need the mutex
  at all serves the sender;
- when some counterpart does not hold the mutex;
- a read lock held here (`RLock`): a counterpart that read-locks too is not blocked;
- exported fields and channels handed to other packages (their other side is unknown).

## Fix
No single edit is safe: moving only the receive above the `Lock` still deadlocks when a
sender holds the mutex while sending and the receiver then waits for it. Receive
without the lock *and* send without it (or use a buffered channel sized for the
senders).
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        if not ctx.locks.relevant or ctx.locks.quiet:
            return
        yield from self._local(ctx)
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
                # (a read lock held on both sides blocks neither: only a write lock held here is a wait)
                held = {um.abstract_place(x.place): x for x in st
                        if x.kind == "held" and x.origin >= 0 and x.mode not in _READ}
                held.pop(None, None)
                if not held:
                    continue
                for e in um.node_effects(flow.g, n):
                    # this side waits holding the mutex; every counterpart needs it first
                    if e.kind not in (RECV, SEND) or e.place is None or e.select_case is not None:
                        continue
                    chan = um.abstract_place(e.place)
                    if chan is None or not pkg.is_chan_name(chan):
                        continue
                    if index is None:
                        index = pkg.chan_index()
                    got = self._blocked(ctx, index, chan, e.kind, held)
                    if got is None:
                        continue
                    mutex, others, relocks = got
                    fact = held[mutex]
                    name = um.spell(e.place)
                    mname = um.spell(fact.place)
                    lock_node = flow.g.nodes[fact.origin].ast
                    related = [ctx.related(lock_node, f"{mname} is locked here")] if lock_node is not None else []
                    if relocks:
                        if e.kind == RECV:
                            where = f"the goroutine that signals {abstract_label(chan)} may wait here for " \
                                f"{abstract_label(mutex)} first"
                            msg = (f"receive from {name} can block forever while it holds {mname}. The goroutine "
                                   f"that closes it locks {mname} first: each side waits for the other")
                        else:
                            where = f"the receiver received, and waits here for {abstract_label(mutex)} before " \
                                "it receives again"
                            msg = (f"send on {name} can block forever while it holds {mname}. The receiver locks "
                                   f"{mname} between two receives: it waits for the mutex, this send waits for the "
                                   f"receiver")
                        related += [Related(0, 0, where, anchor=(a.func, a.start, a.end)) for a in relocks[:3]]
                        yield ctx.finding(e.node, msg, related)
                        continue
                    if relocks is None:   # no receiver: the closers hold the mutex
                        verb = "closes"
                        msg = (f"send on {name} waits holding {mname}, and nothing receives from it. Only a close "
                               f"ends the send, and the closer locks {mname} first: both wait forever")
                    else:
                        if e.kind == RECV:
                            what, them, verb = f"receive from {name}", "sender", "sends on"
                        else:
                            what, them, verb = f"send on {name}", "receiver", "receives from"
                        msg = (f"{what} waits holding {mname}, which every {them} needs. The {them}s lock "
                               f"{mname} first: each side waits for the other forever")
                    related += [Related(0, 0, f"{verb} {abstract_label(chan)} only while holding "
                                              f"{abstract_label(mutex)}", anchor=(a.func, a.start, a.end))
                                for a in others[:3]]
                    yield ctx.finding(e.node, msg, related)

    def _local(self, ctx: FuncContext) -> Iterator[Finding]:
        """The same deadlock on a channel local to the declaration, between the function and the goroutines
        it starts (or between those goroutines)."""
        um = ctx.model

        def held(op) -> dict:
            f = um.func_of_node.get(op.func.id)
            flow = ctx.locks.flow(f) if f is not None else None
            if flow is None:
                return {}
            return {p: x for p, x in flow.held_at(op.node).items() if x.origin >= 0 and x.mode not in _READ}

        for ch in ctx.channels:
            if not ch.local or ch.capacity != 0 or ch.closes:
                continue   # (a close ends the receives)
            ops = [o for o in ch.ops if o.kind in (SEND, RECV, RANGE) and not o.deferred and o.via is None]
            for o in sorted(ops, key=lambda o: o.kind != RECV):   # (both sides hold it: reported at the receive)
                if o.select_case is not None or o.kind == RANGE:
                    continue
                mine = held(o)
                if not mine:
                    continue
                others = [x for x in ops if (x.kind == SEND) != (o.kind == SEND)]
                if not others or any(x.select_case is not None or (x.goroutine == o.goroutine and x.func == o.func)
                                     for x in others):
                    continue
                theirs = [held(x) for x in others]
                mutex = next((p for p in mine if all(p in h for h in theirs)), None)
                if mutex is None:
                    continue
                mname = um.spell(mutex)
                lock_node = ctx.locks.flow(um.func_of_node[o.func.id]).g.nodes[mine[mutex].origin].ast
                related = [ctx.related(lock_node, f"{mname} is locked here")] if lock_node is not None else []
                if o.kind == RECV:
                    what, them, verb = f"receive from {ch.name}", "sender", "sends on"
                else:
                    what, them, verb = f"send on {ch.name}", "receiver", "receives from"
                related += [ctx.related(x.node, f"{verb} {ch.name} only while holding {mname}") for x in others[:3]]
                yield ctx.finding(o.node, f"{what} waits holding {mname}, which every {them} needs. The {them}s "
                                          f"lock {mname} first: each side waits for the other forever", related)
                break

    @staticmethod
    def _closer_blocked(ctx, index, chan: str, held: dict):
        """(mutex, anchors of the other side, the closers' locks) when a receive from ``chan``, which is closed
        somewhere, waits holding a mutex that every goroutine sending on or closing ``chan`` takes before
        it does (``stop`` holds ``s.mu`` and waits ``<-s.done``; the worker, which closes ``done`` when its
        loop ends, locks ``s.mu`` in the loop): the closer waits for the mutex, the receiver for the close."""
        signals = index.of(chan, "send") + index.of(chan, "close")
        if any(f.select or not f.in_goroutine for f in signals):
            return None   # (a select case may go another way; a signal by a caller's own code is unknown)
        for mutex in held:
            relocks = []
            for f in signals:
                at = ctx.pkg.locks_before(f.at, mutex) if mutex not in ctx.pkg.held_at_anchor(f.at) else f.at
                if at is None:
                    break
                relocks.append(at)
            else:
                return mutex, [f.at for f in signals], relocks
        return None

    @staticmethod
    def _blocked(ctx, index, chan: str, kind: str, held: dict):
        """(mutex, anchors of the other side) when every counterpart op on ``chan`` holds one of ``held``."""
        if index.escapes(chan):
            return None
        makes = index.made(chan)
        if not makes or any(m.capacity != 0 for m in makes) or index.of(chan, "assign"):
            return None   # buffered, made elsewhere, or assigned another channel: not provably unbuffered
        want = ("send",) if kind == RECV else ("recv", "range")
        others = [f for f in index.of(chan) if f.kind in want]
        if kind == RECV and index.of(chan, "close"):
            return LockHeldOnChannelOp._closer_blocked(ctx, index, chan, held)
        if not others:
            # nothing in the package receives from it (and it goes nowhere else): only a close ends this
            # send, and every close takes the mutex first (``Stop`` locks ``m.lock``, then ``close(w.result)``)
            closes = index.of(chan, "close")
            for mutex in held:
                if closes and all(mutex in ctx.pkg.held_at_anchor(f.at) for f in closes):
                    return mutex, [f.at for f in closes], None
            return None
        in_select = any(f.select for f in others)
        for mutex in held:
            # (a sender that holds the mutex at its send cannot reach it, in a select or not, while this
            # receive waits holding it: ``select { case c.awaken <- x: default: }`` under the lock)
            if (kind == RECV or not in_select) and all(mutex in ctx.pkg.held_at_anchor(f.at) for f in others):
                if kind == SEND and all(mutex in ctx.pkg.held_at_anchor(f.at)
                                        for f in index.of(chan, "send")):
                    continue   # every send holds it too: the receives report this deadlock, once
                return mutex, [f.at for f in others], []
            if kind == SEND:
                # every receiver locks the mutex between two receives (``for e := range s.events {
                # s.mu.Lock() ... }``, or a select case in a loop): while it waits for it, this send
                # holding it waits for the receiver
                relock = [ctx.pkg.relocks_after(f.at, mutex) if mutex not in ctx.pkg.held_at_anchor(f.at) else None
                          for f in others]
                if any(relock) and all(r is not None or mutex in ctx.pkg.held_at_anchor(f.at)
                                       for r, f in zip(relock, others)):
                    return mutex, [f.at for f in others], [r for r in relock if r is not None]
        return None
