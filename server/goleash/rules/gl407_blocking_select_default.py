"""GL407 blocking-select-default."""

from __future__ import annotations

import re

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding
from ..model.effects import RANGE, RECV, SEND, WAIT
from ..model.types import is_chan
from ..rule import FuncContext, Rule


# a positive constant period: ``time.Second``, ``100 * time.Millisecond``, ``2*time.Minute`` (``time.Tick`` of
# a period <= 0 gives nil, whose receive blocks forever)
_CONST_PERIOD = re.compile(r"(?:[1-9][0-9_]*\s*\*\s*)?time\.(?:Nanosecond|Microsecond|Millisecond|Second|Minute|Hour)"
                           r"(?:\s*\*\s*[1-9][0-9_]*)?")

class BlockingSelectDefault(Rule):
    code = "GL407"
    name = "blocking-select-default"
    summary = "A select's default blocks on a channel while another case is the way to stop: stop is never seen."
    triggers = frozenset({"select"})
    doc = """\
A loop selects on a stop signal (`<-ctx.Done()`, `<-quit`) with a `default:`
branch so the work goes on meanwhile — but the work in `default:` blocks on a
channel operation (a plain send or receive, `wg.Wait()`). While it is blocked
the select is not being evaluated: the stop case is never taken, and when the
other side of that channel is gone the goroutine blocks forever.

## Bad
```go
	for {
		select {
		case <-ctx.Done():
			return
		default:
			out <- next() // blocks; ctx.Done() is not watched meanwhile
		}
	}
```

## Good
```go
	for {
		select {
		case <-ctx.Done():
			return
		case out <- next():
		}
	}
```

## Stays silent
- a default that does not block (or blocks only in a nested select);
- a receive in the default from a buffered channel a case of the select sends on (`case q.events <- e:
  return`, `default: <-q.events`, the drop-oldest queue): the send found the buffer full, so there is a
  value to take (not for a channel made unbuffered);
- a receive in the default from the very channel the stop case receives from (`case j, ok := <-w.ready:
  if !ok { return }`, then `j, ok := <-w.ready` in the default), also when the stop case leaves only once
  that channel is closed, tested inside it (`case <-p.statusReq: b, ok := <-statusCh; if !ok { return }`
  beside a default's `<-statusCh`): what ends the stop case wakes it too;
- a send that always finds room: a buffer at least as large as what one run of its only sending
  function sends (a send followed by a `break` out of its loop, `success <- 1; break loop`, counts once), one slot per element the function itself sends at most once per turn of a loop over
  them (`make(chan T, len(xs))`, then `for _, x := range xs`, `xs` never reassigned), or one slot per
  goroutine (`make(chan error, n)` and `for i := 0; i < n; i++ { go ... }`
  or `for i := range n`, each goroutine sending once at most; the goroutine a `go func(){...}()` or a
  `go f(i)` of a local `f := func(i int){...}`), or room for what several senders send together:
  goroutines `go func(){...}()` each started once by the function making the channel (in no loop that
  does not make it too), `errC := make(chan error, 2)` and two goroutines sending once each; also a channel parameter of a function whose every
  start (`go c.readLoop(errCh)`, or a call for itself) hands it the starter's own buffered channel
  (`errCh := make(chan error, 1)`) that the starter only receives from, measures or closes (the sends
  of the function itself, or of the one goroutine it starts, not in a loop: `go func() { for { ...; errCh
  <- err; return } }()`) — started (or called) once per
  turn of a loop the make is outside, the turns share it: a slot each when it is made as large as the
  loop runs (`make(chan int64, *num)` and `for i := 0; i < *num; i++ { go handler(..., result) }`);
  started by several `go` statements of the starter given the same channel, they share it too
  (`respC := make(chan error, 2); go expect(cl, respC); go expect(cl2, respC)`: a slot each);
- a receive from a running ticker, `time.Tick` (also a local bound once to `time.Tick` of a positive
  constant period: `throttle := time.Tick(time.Second)`, or to the channel of a ticker no one can stop,
  `throttle := time.NewTicker(rate).C`) or `time.After` in the default: the clock delivers
  within a period, and the stop case is seen on the next turn; so does a local `time.NewTimer` that the
  loop resets after the receive on every turn (`timer.Reset(d)` at the loop body's top level, no
  `continue` to skip it, no `Stop` in the loop);
- selects without a case that leaves the loop;
- waiting for work the default starts itself: a receive from a channel (or `Wait` on a WaitGroup)
  declared in the default and handed to goroutines it starts just before (a fan-out, fan-in round);
  whether those goroutines send is GL101's question;
- a send of the goroutine's one value that the function starting it receives on every path after the
  `go` (a select case, or on the timeout path a goroutine it starts to drain and close the result);
  also goroutines started once per turn of a loop (`for i := 0; i < n; i++ { go solver(i) }`), each
  sending once at most, when the starter then receives in every turn of a loop with the same clause
  (`for i := 0; i < n; i++ { r := <-results; ... }`, `n` never reassigned, nothing leaving that loop
  early) on every path: one receive per goroutine;
- a send on a channel made here that only `for range` loops in other goroutines receive, with no way
  out of their bodies, and that only the sending function closes (in its stop case): the receivers
  take every value until the sender is done (also an endless `for { select { ... } }` whose receive case
  leaves only under `if !ok`, a `case <-ctx.Done(): break` leaving the select alone, in a goroutine's
  literal or in the package function a `go worker(ctx, jobs, &wg)` runs); likewise a `for range` loop of the function that starts
  the senders, right after them with nothing between that can leave, when the channel is closed only
  after `wg.Wait()` of a WaitGroup each sender says `defer wg.Done()` to first (a closer goroutine:
  `go func() { <-stop; wg.Wait(); close(out) }()`); and a channel parameter of a function only ever
  started as a goroutine with its starter's channel, which a collector started first ranges over until the
  starter closes it after `Wait()` of every sender's WaitGroup (`go s.collect(stats, &cwg)`; `go
  s.generate(ctx, &gwg, stats)`, whose first statement is `defer wg.Done()`; `gwg.Wait(); close(stats)`);
- a send on an unexported field channel that only `for range` loops of the package receive, each in a
  goroutine with no way out of its body (also over an unexported accessor that returns the field, `for err
  := range p.err()`), and that only the sending declaration closes (`defer close(r.errCh)` once its loop is
  done): the rangers take every value until the sender closes it;
- a send on a channel made here that only a collector goroutine receives, in a select loop it leaves
  only by its stop case (`case <-ctx1.Done(): return`, or `<-stop`), the stop given (`cancel1()`,
  `close(stop)`) only after `wg.Wait()` of a WaitGroup every sender says `defer wg.Done()` to first:
  the collector takes every value until the senders are done;
- drop-oldest: a send right after a non-blocking receive from the same buffered field channel
  (`select { case <-d.ch: default: }`), under a mutex every sender of that channel in the package
  holds: no other send can take the slot the receive freed;
- the acquire of a counting semaphore: a send on a buffered channel every receive of which is a release
  deferred by its holder (`sem <- struct{}{}` then `go func() { defer func() { <-sem }(); ... }()` or an
  errgroup's `Go`, a channel made here; or a package variable `var workQueue = make(chan struct{}, 16)`
  that the package's code only sends on and releases so): it waits only while the holders run;
- a worker giving back its token: a receive from a buffered field channel that only this function
  receives from, once at most on any path, where every `go` starting the function comes right after a
  send on that channel (`case r.sem <- struct{}{}: go r.worker()`): each worker takes back the token
  put in for it;
- a receive from a channel the function fills and closes before it starts the goroutine (`for _, j :=
  range js { jobs <- j }; close(jobs)`, then the workers): it gives a value or says closed at once;
- a `for range` over a value whose type goleash cannot see (a field of another package's struct):
  it is a slice or a map as often as a channel.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        um = ctx.model
        for sel in ctx.nodes("select"):
            cases = [c for c in sel.named_children if c.type in ("communication_case", "default_case")]
            default = next((c for c in cases if c.type == "default_case"), None)
            if default is None:
                continue
            loops = um.loops(sel)
            stop = next((c for c in cases if c.type == "communication_case" and
                         syntax.contains_exit(c, loops[-1] if loops else None)), None)
            if stop is None or not loops:
                continue
            f = um.func_at(sel)
            g = um.cfg(f) if f is not None else None
            if g is None:
                continue
            blocker = None
            for n in g.nodes:
                if n.ast is None or not syntax.inside(n.ast, default) or n.kind in ("comm", "select"):
                    continue
                for e in um.node_effects(g, n):
                    if e.kind in (SEND, RECV, RANGE, WAIT) and e.select_case is None and \
                            um.func_at(e.node) is f and not self._in_nested_select(e.node, default) and \
                            not (e.kind == RECV and self._clock(um, e.node)) and \
                            not (e.kind == RANGE and not self._over_chan(um, e.node)) and \
                            not (e.kind == SEND and (self._room(ctx, e) or self._received_by_starter(ctx, e) or
                                                     self._received_per_goroutine(ctx, e) or
                                                     self._drained_first(ctx, e) or
                                                     self._drained_until_closed(ctx, e, f) or
                                                     self._field_ranged_until_closed(ctx, e) or
                                                     self._served_until_done(ctx, e) or
                                                     self._drained_at_starts(ctx, e) or
                                                     _semaphore_slot(ctx, e))) and \
                            not (e.kind in (RECV, WAIT) and self._served_here(um, e, default)) and \
                            not (e.kind == RECV and self._own_token(ctx, e)) and \
                            not (e.kind == RECV and _stop_channel(ctx, e, stop)) and \
                            not (e.kind == RECV and self._drops_oldest(ctx, sel, e)) and \
                            not (e.kind == RECV and self._closed_before_start(ctx, e, f)):
                        blocker = e
                        break
                if blocker is not None:
                    break
            if blocker is None:
                continue
            comm = stop.child_by_field_name("communication")
            yield ctx.finding(blocker.node, f"this blocks in the select's default, where the stop is not "
                                            f"watched. While blocked, {syntax.text(comm)} is not seen: if nobody is "
                                            f"on the other side, the goroutine blocks forever",
                              [ctx.related(comm, "the case that should stop it")])

    @staticmethod
    def _drops_oldest(ctx: FuncContext, sel: Node, recv) -> bool:
        """Is the receive one from a buffered channel a case of this select sends on (``case q.ch <- e:
        return; default: <-q.ch``)? The send found the buffer full, so the default takes the oldest value
        out to make room: there is one to take. (Unbuffered, made so here or anywhere in the package, a
        send not taken says nothing is there: the receive waits for another sender.)"""
        um = ctx.model
        if recv.place is None:
            return False
        ch = ctx.channels.by_place.get(recv.place)
        if ch is not None and ch.make is not None and ch.capacity == 0:
            return False
        name = um.abstract_place(recv.place)
        if name is not None and "." in name and any(m.capacity == 0 for m in ctx.pkg.chan_index().made(name)):
            return False
        for c in sel.named_children:
            comm = c.child_by_field_name("communication") if c.type == "communication_case" else None
            if comm is not None and comm.type == "send_statement" and \
                    um.place(comm.child_by_field_name("channel")) == recv.place:
                return True
        return False

    @staticmethod
    def _closed_before_start(ctx: FuncContext, recv, f) -> bool:
        """Is the receive from a channel this declaration makes and closes before it starts the goroutine
        running ``f`` (``for ... { jobs <- j }; close(jobs)``, then the workers): it holds its values, then
        says closed, and never blocks."""
        ch = _made_here(ctx, recv)
        lit = f.node if f is not None and f.node.type == "func_literal" else None
        if ch is None or lit is None or not ch.closes:
            return False
        start = syntax.stmt_of(lit)
        return start is not None and any(
            c.goroutine is None and not c.deferred and syntax.runs_before(c.node, start) for c in ch.closes)

    @staticmethod
    def _own_token(ctx: FuncContext, recv) -> bool:
        """A worker giving back the token its starter put in: the receive is from a buffered field channel
        of the package that only this function receives from, at most once on any path of it, and every
        start of this function (only ``go`` statements) comes right after a send of a token on that channel
        (``case r.sem <- struct{}{}: go r.worker()``, or the send as the statement before the ``go``).
        Each worker takes back at most one token, and each was put in before it started: the buffer is
        never empty when it receives."""
        um, pkg = ctx.model, ctx.pkg
        key, top = um.key, um.top
        name = um.abstract_place(recv.place) if recv.place is not None else None
        if name is None or key is None or top is None or um.func_at(recv.node) is not top:
            return False
        index = pkg.chan_index()
        if "." not in name or not index.buffered(name) or index.escapes(name):
            return False
        takes = index.of(name, "recv") + index.of(name, "range")
        if not takes or any(t.kind == "range" or t.at.func != key for t in takes):
            return False
        ch = ctx.channels.by_place.get(recv.place)
        mine = {op.node.id for op in ch.receives} if ch is not None else set()
        per = syntax.max_per_path(syntax.func_body(top.node), mine | {recv.node.id})
        if per is None or per > 1:
            return False
        calls = pkg.calls_of(key)
        if not calls:
            return False
        owner = key.rpartition(".")[0]
        for ck, _node, call, _owner in calls:
            cm = pkg.decl_model(ck)
            if cm is None:
                return False
            fn = call.child_by_field_name("function")
            ot = cm.types.of(fn.child_by_field_name("operand")) if owner and fn is not None and \
                fn.type == "selector_expression" else None
            if (ot is not None and ot.lstrip("*") != owner) or (owner and fn is not None and
                                                                fn.type != "selector_expression"):
                continue   # a method of the same name on another type, or a function value of that name
            stmt = call.parent
            if stmt is None or stmt.type != "go_statement" or not _after_token_send(cm, stmt, name):
                return False
        return True

    @staticmethod
    def _room(ctx: FuncContext, send) -> bool:
        """Does the send always find room? A channel made in this declaration with a buffer at least as
        large as the values one run of its only sending function can send (``errs <- err; return`` on
        every path; it may be handed out to be received elsewhere)."""
        ch = _made_here(ctx, send)
        if ch is None:
            return BlockingSelectDefault._room_given(ctx, send)
        if ch.capacity is None or ch.capacity == 0 or (isinstance(ch.capacity, int) and ch.capacity < 0):
            return False   # unbuffered
        sends = ch.sends
        funcs = {o.func.id for o in sends}
        if not any(o.node.id == send.node.id for o in sends):
            return False
        if len(funcs) > 1:
            return BlockingSelectDefault._room_for_each(ctx, ch, sends)
        func, g = sends[0].func, sends[0].goroutine
        if g is None and ch.make is not None and ctx.model.func_at(ch.make) is ctx.model.func_at(send.node):
            # the function fills the channel itself: ``make(chan T, len(xs))``, then one send at most per
            # turn of ``for ... range xs`` (``xs`` never reassigned), every send in that loop
            around = ctx.model.loops(send.node)
            if len(around) == 1 and not syntax.inside(ch.make, around[0]) and \
                    ch.capacity in syntax.loop_turns(around[0]) and _fixed_range(ctx, around[0]) and \
                    all(syntax.inside(o.node, around[0]) for o in sends):
                per = syntax.max_per_path(around[0].child_by_field_name("body"), {o.node.id for o in sends})
                return per is not None and per <= 1
        n = syntax.max_per_path(syntax.func_body(func), {o.node.id for o in sends})
        if n is None:
            return False
        lit = ctx.model.func_of_node.get(func.id)
        bound = getattr(lit, "bound_to", None) if lit is not None else None
        started = ctx.model.only_started(bound) if bound is not None else None
        if g is None and started is not None:
            g = started   # ``f := func(i int){...}`` then ``go f(i)``: the go statement starts the literal
        if g is not None and syntax.go_literal(g) != func and (started is None or started.id != g.id):
            return False
        loops = ctx.channels.goroutine_loops.get(g.id) if g is not None else None
        if loops:   # one goroutine per iteration: ``make(chan T, n)`` and ``for i := 0; i < n; i++`` (or
            # ``len(xs)`` and ``for ... range xs``; or a literal capacity and fewer turns, ``make(chan T, 100)``
            # and ``for range 4``), each goroutine sending once at most
            return len(loops) == 1 and n <= 1 and ch.make is not None and \
                not syntax.inside(ch.make, loops[0]) and (ch.capacity in syntax.loop_turns(loops[0]) or (
                    isinstance(ch.capacity, int) and
                    any(isinstance(k, int) and k <= ch.capacity for k in syntax.loop_turns(loops[0]))))
        return isinstance(ch.capacity, int) and n <= ch.capacity

    @staticmethod
    def _room_for_each(ctx: FuncContext, ch, sends) -> bool:
        """Several senders: each a ``go func() {...}()`` started once (in no loop the make is not in) by the function that makes
        the channel, the values they can send on one path each adding up to at most its (literal) capacity:
        ``errC := make(chan error, 2)`` and two goroutines sending once before they return."""
        if not isinstance(ch.capacity, int) or ch.make is None:
            return False
        maker = ctx.model.func_at(ch.make)
        total = 0
        for fid in {o.func.id for o in sends}:
            mine = [o for o in sends if o.func.id == fid]
            func, g = mine[0].func, mine[0].goroutine
            if g is None or syntax.go_literal(g) != func or ctx.model.func_at(g) is not maker or any(
                    not syntax.inside(ch.make, loop) for loop in ctx.model.loops(g)):
                return False   # (a loop around the make too makes a new channel each turn)
            n = syntax.max_per_path(syntax.func_body(func), {o.node.id for o in mine})
            if n is None:
                return False
            total += n
        return total <= ch.capacity

    @staticmethod
    def _room_given(ctx: FuncContext, send) -> bool:
        """A channel parameter of a function that only ``go`` statements start (or calls for itself), each
        handing it a buffered channel of the starter's that nothing else sends on (``errCh := make(chan
        error, 1); go c.readLoop(errCh)``; ``errCh := make(chan error, n)`` and ``for i := 0; i < n; i++ {
        startWorker(ctx, errCh) }``: a slot per call): does one run of the function (or of the one goroutine
        it starts, not in a loop) send no more than that share of the buffer?"""
        place, key = send.place, ctx.model.key
        i = place.param_index if place is not None and not place.path else None
        if i is None or i < 0 or key is None:
            return False
        ch = ctx.channels.by_place.get(place)
        sends = ch.sends if ch is not None else []
        top = ctx.model.top
        if top is None or not sends:
            return False
        body = top.node
        if any(o.func.id != top.node.id or o.goroutine is not None for o in sends):
            # or all in the literal of one goroutine the function starts once per call (not in a loop):
            # ``go func() { for { ...; if err != nil { errCh <- err; return } } }()``
            gos = {o.goroutine.id for o in sends if o.goroutine is not None}
            g = sends[0].goroutine
            lit = syntax.go_literal(g) if g is not None else None
            if len(gos) != 1 or lit is None or any(not o.direct for o in sends) or ctx.model.loops(g) or \
                    syntax.enclosing_func(g) != top.node:
                return False   # (sent on in a closure of its own too, or by goroutines of a loop)
            body = lit
        cap = ctx.pkg.started_chan_capacity(key, i)
        n = syntax.max_per_path(syntax.func_body(body), {o.node.id for o in sends}) if cap else None
        return n is not None and n <= cap

    @staticmethod
    def _drained_at_starts(ctx: FuncContext, send) -> bool:
        """A channel parameter of a function only ever started as a goroutine, each time given a channel of
        its starter that a goroutine started first drains until the starter closes it, once every sender's
        WaitGroup is done (PackageModel.started_chan_drained): the send always finds the drainer."""
        place, key = send.place, ctx.model.key
        i = place.param_index if place is not None and not place.path else None
        return i is not None and i >= 0 and key is not None and ctx.pkg.started_chan_drained(key, i)

    @staticmethod
    def _drained_until_closed(ctx: FuncContext, send, f) -> bool:
        """The channel is received only by goroutines that range over it until it is closed, and only this
        function (the sender, in its stop case) closes it: the send always finds a receiver."""
        ch = _made_here(ctx, send)
        return ch is not None and ctx.channels.drained_until_closed(ch, f.node)

    @staticmethod
    def _field_ranged_until_closed(ctx: FuncContext, send) -> bool:
        """A field channel of the package that only ``for range`` loops receive from, each in a goroutine with
        no way out of its body (also over the unexported accessor that hands the field out, ``for err :=
        range p.err()``), and that only this declaration closes (``defer close(r.errCh)`` once its loop is
        done): the rangers take every value until the sender closes it, so the send always finds one."""
        um, pkg = ctx.model, ctx.pkg
        key = um.key
        name = um.abstract_place(send.place) if send.place is not None and send.place.path else None
        if name is None or key is None or pkg is None or "." not in name or name.startswith("g:"):
            return False
        owner, _, field = name.rpartition(".")
        index = pkg.chan_index()
        methods = pkg.types.methods.get(owner, {})

        def accessor(esc) -> bool:   # (the unexported accessor's ``return r.errCh``)
            method = esc.at.func.rpartition(".")[2]
            sig = methods.get(method) if esc.at.func.startswith(owner + ".") else None
            return sig is not None and sig.returns_field == field and not method[:1].isupper()

        if index.escapes(name, allowed=accessor) or index.of(name, "recv") or index.of(name, "assign"):
            return False
        ranges, closes = index.of(name, "range"), index.of(name, "close")
        if not ranges or not closes or any(c.at.func != key for c in closes):
            return False
        for r in ranges:
            node = pkg.anchor_node(r.at.func, r.at.start, r.at.end) if r.in_goroutine else None
            loop = node if node is None or node.type == "for_statement" else \
                next((a for a in syntax.ancestors(node) if a.type == "for_statement"), None)
            body = loop.child_by_field_name("body") if loop is not None else None
            if body is None or syntax.contains_exit(body, loop):
                return False
        return True

    @staticmethod
    def _served_until_done(ctx: FuncContext, send) -> bool:
        """The channel is received only by a collector goroutine's select loop, stopped only after
        ``wg.Wait()`` of every sender (ChannelModel.served_until_senders_done): a send always finds it."""
        ch = _made_here(ctx, send)
        return ch is not None and ctx.channels.served_until_senders_done(ch)

    @staticmethod
    def _drained_first(ctx: FuncContext, send) -> bool:
        """Drop-oldest: the statement before the send is a non-blocking receive from the same field
        channel (``select { case <-d.ch: default: }``), the channel is buffered, and every send on it in
        the package holds a mutex held here too. Between the drain and the send no other sender can run,
        so a slot is free: the send does not block."""
        um = ctx.model
        prev = syntax.stmt_of(send.node).prev_named_sibling
        while prev is not None and prev.type == "comment":
            prev = prev.prev_named_sibling
        if prev is None or prev.type != "select_statement" or send.place is None:
            return False
        cases = [c for c in prev.named_children if c.type in ("communication_case", "default_case")]
        if not any(c.type == "default_case" for c in cases) or not any(
                c.type == "communication_case" and any(
                    um.place(syntax.unparen(r.child_by_field_name("operand"))) == send.place
                    for r in syntax.walk(c.child_by_field_name("communication"))
                    if r.type == "unary_expression" and syntax.text(r.child_by_field_name("operator")) == "<-")
                for c in cases):
            return False
        name = um.abstract_place(send.place)
        f = um.func_at(send.node)
        flow = ctx.locks.flow(f) if f is not None else None
        if name is None or flow is None:
            return False
        held = {a for a in (um.abstract_place(p) for p in flow.held_at(send.node)) if a} & \
            {a for a in (um.abstract_place(p) for p in flow.held_at(prev)) if a}
        index = ctx.pkg.chan_index()
        return bool(held) and not index.escapes(name) and index.buffered(name) and \
            ctx.pkg.senders_hold(name, held)

    @staticmethod
    def _received_by_starter(ctx: FuncContext, send) -> bool:
        """Is the send the one value of a goroutine (started once), on a channel made in this declaration,
        that the function starting it receives on every path after the ``go``, itself or in a goroutine it
        starts on the way out (``case <-time.After(d): go func() { <-results }()``)? Then a receiver always
        comes."""
        um = ctx.model
        ch = _made_here(ctx, send)
        if ch is None:
            return False
        sends = ch.sends
        g = sends[0].goroutine if sends else None
        if g is None or any(o.goroutine is None or o.goroutine.id != g.id or o.via is not None for o in sends):
            return False   # one sending goroutine, its own sends
        lit = syntax.go_literal(g)
        if lit is None or ctx.channels.goroutine_loops.get(g.id) or \
                syntax.max_per_path(syntax.func_body(lit), {o.node.id for o in sends}) != 1:
            return False   # started more than once, or more than one value per run
        starter = um.func_at(g)
        if starter is None:
            return False
        left = ctx.channels.unreceived_exits(starter, ch.place, g)
        return left is not None and not left

    @staticmethod
    def _received_per_goroutine(ctx: FuncContext, send) -> bool:
        """Is the send the one value of a goroutine started once per turn of a loop (``for i := 0; i < n;
        i++ { go solver(i) }``, a literal or a local func value), on a channel made in this declaration, that
        the starter receives once per goroutine afterwards, in a loop with the same clause on every path?"""
        um = ctx.model
        ch = _made_here(ctx, send)
        sends = ch.sends if ch is not None else []
        if not sends or len({o.func.id for o in sends}) != 1 or any(o.via is not None for o in sends):
            return False
        func = sends[0].func
        lit = um.func_of_node.get(func.id)
        bound = getattr(lit, "bound_to", None) if lit is not None else None
        g = sends[0].goroutine or (um.only_started(bound) if bound is not None else None)
        if g is None or (syntax.go_literal(g) != func and (bound is None or um.only_started(bound) is None)):
            return False
        loops = ctx.channels.goroutine_loops.get(g.id)
        starter = um.func_at(g)
        if not loops or len(loops) != 1 or starter is None or ch.make is None or syntax.inside(ch.make, loops[0]) or \
                syntax.max_per_path(syntax.func_body(func), {o.node.id for o in sends}) != 1:
            return False
        return ctx.channels.received_each_turn(starter, ch.place, g, loops[0])

    @staticmethod
    def _served_here(um, e, default) -> bool:
        """Does the op wait for work the default starts itself: a receive from a channel (or ``Wait`` on a
        WaitGroup) declared in the default case and handed, before the op, to a goroutine the default
        starts (``done := make(chan T, n); for ... { go fetch(x, done) }; <-done``)? The other side is
        then those goroutines, not something the stop case stands for."""
        if e.kind == RECV:
            ident = syntax.unparen(e.node.child_by_field_name("operand"))
        else:
            fn = e.node.child_by_field_name("function")
            ident = syntax.unparen(fn.child_by_field_name("operand")) if fn is not None else None
        v = um.scopes.var(ident) if ident is not None and ident.type == "identifier" else None
        if v is None or v.kind != "local" or v.stmt is None or not syntax.inside(v.stmt, default):
            return False
        for go in syntax.walk(default):
            if go.type == "go_statement" and go.end_byte <= e.node.start_byte and \
                    any(um.scopes.var(r) is v for r in syntax.references(v.name, go)):
                return True
        return False

    @staticmethod
    def _over_chan(um, stmt) -> bool:
        """A ``for range`` whose operand is known to be a channel (the model also keeps ranges over
        values of unknown type, such as a field of another package's struct: a slice or a map as often)."""
        rc = next((c for c in stmt.named_children if c.type == "range_clause"), None)
        right = rc.child_by_field_name("right") if rc is not None else None
        return right is not None and is_chan(um.index.underlying(um.types.of(right)))

    @staticmethod
    def _clock(um, recv) -> bool:
        """``<-ticker.C``, ``<-time.Tick(d)``, ``<-time.After(d)``: the clock always delivers, within a
        period; the stop case is seen again on the next turn."""
        operand = syntax.unparen(recv.child_by_field_name("operand"))
        if operand is None:
            return False
        if operand.type == "call_expression" and syntax.call_name(operand) in (("time", "After"), ("time", "Tick")):
            return True
        if operand.type == "identifier":   # ``throttle := time.Tick(time.Second)``: a running ticker's channel
            v = um.scopes.var(operand)
            value = syntax.unparen(v.value) if v is not None and v.kind == "local" and not v.assigned and \
                not v.addressed else None
            if value is not None and value.type == "call_expression" and \
                    syntax.call_name(value) == ("time", "Tick") and len(syntax.call_args(value)) == 1 and \
                    _CONST_PERIOD.fullmatch(syntax.text(syntax.call_args(value)[0])):
                return True
            made = syntax.unparen(value.child_by_field_name("operand")) \
                if value is not None and value.type == "selector_expression" and \
                syntax.text(value.child_by_field_name("field")) == "C" else None
            if made is not None and made.type == "call_expression" and syntax.call_name(made) == ("time", "NewTicker"):
                return True   # ``throttle := time.NewTicker(d).C``: a ticker no one can stop (NewTicker panics on d <= 0)
        return um.never_closed(operand) or BlockingSelectDefault._rearmed_timer(um, recv, operand)

    @staticmethod
    def _rearmed_timer(um, recv, operand) -> bool:
        """``<-timer.C`` of a local ``timer := time.NewTimer(d)`` (armed when made), in a loop whose body,
        after the statement holding the receive, resets it at its top level (``timer.Reset(d)``), with no
        ``continue`` that could skip the reset nor a ``Stop`` in the loop: the timer is armed at every
        receive, so it fires within ``d``."""
        holder = operand.child_by_field_name("operand") if operand.type == "selector_expression" else None
        if holder is None or holder.type != "identifier" or syntax.text(operand.child_by_field_name("field")) != "C":
            return False
        v = um.scopes.var(holder)
        value = syntax.unparen(v.value) if v is not None and not v.assigned and v.value is not None else None
        if value is None or value.type != "call_expression" or syntax.call_name(value) != ("time", "NewTimer"):
            return False
        loop = next((a for a in syntax.ancestors(recv) if a.type in ("for_statement", "func_literal",
                                                                        "function_declaration", "method_declaration")), None)
        if loop is None or loop.type != "for_statement":
            return False
        body = loop.child_by_field_name("body")
        stmts = syntax.stmt_list(body)
        at = next((i for i, st in enumerate(stmts) if syntax.inside(recv, st)), None)
        name = syntax.text(holder)
        if at is None or not any(st.type == "expression_statement" and st.named_children and
                                 st.named_children[0].type == "call_expression" and
                                 syntax.call_name(st.named_children[0]) == (name, "Reset") for st in stmts[at + 1:]):
            return False
        for n in syntax.walk(body, skip_funcs=True):
            if n.type == "continue_statement":
                inner = next((a for a in syntax.ancestors(n, loop) if a.type == "for_statement"), None)
                if n.named_children or inner is None or inner.id == loop.id:
                    return False   # a ``continue`` of this loop (or a labelled one) may skip the reset
            if n.type == "call_expression" and syntax.call_name(n) == (name, "Stop"):
                return False
        return True

    @staticmethod
    def _in_nested_select(node, default) -> bool:
        p = node.parent
        while p is not None and p.id != default.id:
            if p.type == "select_statement":
                return True
            p = p.parent
        return False


def _semaphore_slot(ctx: FuncContext, send) -> bool:
    """Is the send the acquire of a counting semaphore: a buffered channel made here whose every receive is
    the release a worker defers (``sem <- struct{}{}`` then ``eg.Go(func() error { defer func() { <-sem }();
    ... })``, or a ``go`` literal so), none of them in the function itself, and no other send? The send waits
    only while every slot is held by a running worker, each of which gives it back as it ends: it blocks
    only for as long as a worker runs, which is not this rule's forever. A package variable that the
    package only acquires and releases so (PackageModel.semaphore_var) is one too."""
    place = send.place
    if place is not None and place.is_global and not place.path and ctx.pkg is not None and \
            ctx.channels.by_place.get(place) is not None and not ctx.channels.by_place[place].closes:
        return ctx.pkg.semaphore_var(place.root.split(":", 1)[1])   # ``var workQueue = make(chan struct{}, 16)``
    ch = _made_here(ctx, send)
    if ch is None or not ch.capacity or not ch.local or len(ch.sends) != 1 or ch.closes:
        return False
    recvs = [o for o in ch.ops if o.kind != SEND]
    if not recvs:
        return False
    for o in recvs:
        if o.kind != RECV or o.via is not None:
            return False
        d = next((a for a in syntax.ancestors(o.node) if a.type == "defer_statement"), None)
        worker = next((a for a in syntax.ancestors(d) if a.type == "func_literal"), None) if d is not None else None
        holder = worker.parent if worker is not None else None
        call = holder.parent if holder is not None and holder.type == "argument_list" else holder
        if worker is None or call is None or not (
                call.type == "go_statement" or (call.type == "call_expression" and syntax.call_name(call)[1] == "Go")
                or (call.type == "call_expression" and call.parent is not None and call.parent.type == "go_statement")):
            return False
    return True


def _made_here(ctx: FuncContext, send):
    """The channel of ``send`` when this declaration makes it (a local ``make``), else None."""
    ch = ctx.channels.by_place.get(send.place) if send.place is not None else None
    return ch if ch is not None and ch.make is not None and not ch.param else None


def _fixed_range(ctx: FuncContext, loop: Node) -> bool:
    """Does the loop count what it ranges over, or up to, with a variable that nothing reassigns?"""
    clause = next((c for c in loop.named_children if c.type in ("for_clause", "range_clause")), None)
    if clause is None:
        return False
    if clause.type == "range_clause":
        right = clause.child_by_field_name("right")
        names = [right] if right is not None and right.type == "identifier" else []
    else:
        got = syntax.counting_loop(clause)
        names = [n for n in syntax.walk(got[3]) if n.type == "identifier"] if got is not None else []
    for n in names:
        v = ctx.model.scopes.var(n)
        if v is not None and (v.assigned or v.addressed):
            return False
    return True


def _after_token_send(um, go: Node, name: str) -> bool:
    """Is the ``go`` statement the first of a select case whose communication is a send on the channel
    ``name`` (package-wide), or right after a send statement on it?"""
    prev = go.prev_named_sibling
    while prev is not None and prev.type == "comment":
        prev = prev.prev_named_sibling
    if prev is not None and prev.type == "send_statement":
        send = prev
    elif prev is None and go.parent is not None and go.parent.type == "statement_list" and \
            go.parent.parent is not None and go.parent.parent.type == "communication_case":
        send = go.parent.parent.child_by_field_name("communication")
    elif prev is None and go.parent is not None and go.parent.type == "communication_case":
        send = go.parent.child_by_field_name("communication")
    else:
        return False
    if send is None or send.type != "send_statement":
        return False
    return um.abstract_place(um.place(send.child_by_field_name("channel"))) == name


def _stop_channel(ctx: FuncContext, e, stop) -> bool:
    """Is the receive ``e`` from the very channel the stop case receives from (``case j, ok := <-e.ready:
    if !ok { return }``, then ``j, ok := <-e.ready`` in the default)? Whatever ends the stop case (a value,
    or the close) also wakes it: the stop is seen. (The channel model's receive of that case.)"""
    ch = ctx.channels.by_place.get(e.place) if e.place is not None else None
    if ch is None:
        return False
    if any(o.select_case is not None and o.select_case.id == stop.id for o in ch.receives):
        return True
    # the stop case leaves only once that channel is closed, tested inside it (``case <-p.statusReq: b, ok
    # := <-statusCh; if !ok { return }`` beside a default's ``<-statusCh``): the close wakes the default
    closed = [then for o in ch.receives if o.kind == RECV and syntax.inside(o.node, stop)
              for then in (syntax.closed_branch(o.node),) if then is not None]
    loops = ctx.model.loops(stop)
    return bool(closed) and not syntax.contains_exit(stop, loops[-1] if loops else None,
                                                     lambda n: any(syntax.inside(n, c) for c in closed))
