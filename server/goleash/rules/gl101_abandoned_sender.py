"""GL101 abandoned-sender."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from tree_sitter import Node

from .. import syntax
from ..findings import Finding, Related
from ..model.channels import Channel, ChanOp, spells_chan_field
from ..model.checks import nil_error_guarded, nonnil_test
from ..rule import FuncContext, Rule


class _Skip(NamedTuple):
    """A path on which nothing receives: why, where it leaves, and the senders (their ``go`` statements'
    ids) that the select case it takes hears from only once they are done (``defer close(end)``)."""
    reason: str
    where: Node | None
    spared: frozenset = frozenset()


class AbandonedSender(Rule):
    code = "GL101"
    name = "abandoned-sender"
    summary = "A goroutine sends on a channel that its parent may stop receiving from: the goroutine blocks forever."
    triggers = frozenset({"go", "dropped", "send"})
    fixes = ("buffer the channel (capacity = number of sends)", "wrap the send in a select with ctx.Done()")
    doc = """\
A goroutine sends its result on an unbuffered (or too small) channel made by the
function that started it (a local, or an unexported field the function makes and
that nothing else in the package receives from, closes or hands out). The function has a path on which it stops listening
before the value arrives: a `select` whose timeout or `ctx.Done()` case wins, an
early `return` on an error, a `break` out of the receive loop, a polling loop (a `select`
with a `default`) that runs out of turns (`for range 100`) while the goroutine is late, with
nothing after it that fails the test on that path (a loop whose turns each start their own goroutine
polls for no other turn's value: there a `select` with a `default` is a one-off poll; a loop that goes on
while a flag is true that only a case receiving from a channel it makes clears, `for cont := true; cont; { ... case <-done: cont =
false ... }`, ends only once it received). On that path the
send never completes, the goroutine is blocked forever, and everything it
references stays alive: a goroutine leak that grows with every call.

goleash reports the send and names, as related locations, the `make(chan)`, the
path on which nobody receives, and the receive that does not happen. Of a goroutine that sends
several times, the send reported is the first one left over once the plain receives before that path
took theirs.

## Bad
```go
func fetch(ctx context.Context) (int, error) {
	ch := make(chan int)
	go func() {
		ch <- compute() // blocks forever once fetch has returned
	}()
	select {
	case v := <-ch:
		return v, nil
	case <-time.After(time.Second):
		return 0, errors.New("timeout")
	}
}
```

## Good
```go
	ch := make(chan int, 1) // the send always completes, the goroutine ends
```
or, when a context is in scope and cancelled when the caller gives up (the goroutine
then returns):
```go
		select {
		case ch <- compute():
		case <-ctx.Done():
			return
		}
```

## Stays silent
- a return before the receive only under an error that cannot occur: `if err := group.Wait(); err != nil {
  return }` of a local errgroup whose every `Go` literal returns `nil` or a call of a package function that
  returns nil on every path, or `if err := r.register(ch); err != nil` of such a function;
- a channel in a field of a value that every `return` of the function hands back, which another
  function of the package waits on with a plain receive or a range (`m.data` of the `m` a constructor
  returns, received by `func (m *conn) Read(...)`; a select case there, which may only poll or stop, does
  not count): its receiver is not this function's to count;
- a field channel another function receives from through a local copy, also one it sets to `nil` once
  the channel is closed (`events := s.events` ... `case e, ok := <-events: if !ok { events = nil }`, a
  select loop turning off a finished case): the copy names the field's channel;
- the channel is buffered with at least as many slots as sends (a literal
  capacity, or `len(items)` for one goroutine per item); goroutines of one value each that the
  function starts in exclusive branches (one per `switch` arm) count once;
- every path of the parent receives (no timeout case, no early return between
  the `go` statement and the receive, nor before the closure that receives is made: `return nil, err`
  above `wait := func() { select { case err := <-errc: ... } }` is such a return); or an early return leaves no more values in flight than the
  buffer holds (a second writer started only after the first value was received); or it returns under
  `if err := <-errc; err != nil` where the goroutine sends `nil` on `errc` before each send on the
  channel, and an error only as its last act (`errc <- err; return`): an error means no value; or a select's
  timeout case leaves no more than the buffer holds, counting as received an earlier select that waited
  on the same one-shot timer (`t := time.NewTimer(d)`, never reset: its channel delivers once, so of two
  selects on `t.C` one at most times out and the other received);
- a select whose other case waits on a context that is never done there: a local
  `context.Background()` (or a `context.WithValue` of one), or a parameter of an unexported function
  that every call in the package gives `context.Background()`/`context.TODO()`, the test's
  `t.Context()` in the body of the function whose `t` it is (cancelled only once that function has
  returned), or a parameter of its own that is such in turn;
- a select whose other case receives a signal given only after a `Wait` of a WaitGroup that counts every
  sender with a deferred `Done`, or with a `Done` that ends the sender's body with no way out before it
  (`go func() { r.work(jobs, out); wg.Done() }()`, the send in `work`), then `wg.Wait(); close(exit)`: when
  it fires, every send has been taken;
- the send is already a `select` case beside another case (`<-ctx.Done()`,
  `<-done`);
- a path that already fails the test or ends the process (a timeout case that calls
  `t.Fatal`/`t.Error` (also on a test suite's `s.T()`, on a `*testing.T` field of the receiver or of a
  parameter, `td.test.Fatal(...)`, or on a harness parameter whose type embeds
  `*testing.T`, or that the function hands to testify as its `TestingT`, `require.Equal(ht, ...)`:
  `ht.Fatalf`), testify's `require.Fail`/`assert.Fail` (`FailNow`, also of an `Assertions` value:
  `re := require.New(t)`, or a suite's field of that type, `s.re.FailNow(...)`, or the suite itself, whose type embeds `suite.Suite`:
  `s.FailNow(...)`, `s.Fail(...)`), Ginkgo's `Fail` in a file that imports
  Ginkgo, `panic`, `log.Fatal`, `os.Exit`;
  an early return after `t.Errorf(...)` or under `if !assert.NoError(t, err)`; in a `case
  <-ctx.Done():`, an assertion that `ctx.Err()` is nil, `require.NoError(t, ctx.Err())` (gotest.tools:
  `assert.NilError(t, ctx.Err())`), which always fails there):
  the failure is reported there; the goroutine left behind is not the bug; so is an early error
  return of an unexported helper whose every caller fails the test on that error right away
  (`c, s, err := connPair(); if err != nil { t.Fatal(err) }`, `require.NoError(b, err)`);
- a send of a function the goroutine runs that is nested under a condition the call rules out:
  `if w.retry != nil { side <- err }` where `w` was made by a literal (or a constructor copying
  `retry` from an options literal) that leaves `retry` out, or a bool parameter given a constant;
- a channel made anew in each turn of a loop (`ch := make(chan error)` in its body) whose goroutines'
  values are all received before a return (`go a(); if err := <-ch; err != nil { return err }; go b();
  ...`): later turns' goroutines send on their own channels;
- a send in the branch of `if ctx.Err() != context.Canceled` (`!errors.Is(ctx.Err(), context.Canceled)`)
  inside `case <-ctx.Done():` of a `ctx, stop := context.WithCancel(context.Background())`: with no
  deadline that context ends only cancelled, so the branch never runs; likewise a send under `if err !=
  nil` of a call whose error is nil on every run (`if _, err := rand.Read(buf); err != nil { errs <- err
  }`, or a package function that returns `nil` there on every path);
- a receive loop left under `if !ok` of its own `v, ok := <-ch`: the channel is closed then, so no
  send on it can block (the sender closed it as its last act, or a later send panics);
- a select case whose exit needs the value received from this channel (`if e1 != nil && e2 != nil
  { break loop }`, `e1` set only by receiving from it): that exit comes after the receive;
- a field channel (`w.end`) whose field, on another variable of its type, the
  function receives (`w := worklist[ended]; <-w.end`): it may be this one;
- the channel escapes (passed to another function, also a generic one given its type arguments,
  `newFanOut[any](c.updates)`, returned, stored; a channel in an exported field of a local value (not in package main) that is itself
  returned, passed or stored, `ret.Outs[n]` of `return &ret, nil`; a field channel copied into a
  field of another value, `&virtualAcceptor{results: m.results}`, also as a positional value,
  `&resumeStep{r.resumeCh}`, or into a value whose type a literal elides, `[]*handler{{q: w.q}}`, or into
  a value of another package's type, `rpcutil.ServeOptions{Cancel: eng.cancel}`): someone else may
  receive.
- a send in a method of a _test.go file that nothing in the package selects (`x.Name`: no call, no
  method value, no call through an interface): a test double's method that only completes an interface
  never runs;
- a select case that receives from the channel itself, also by calling a local closure that does
  (`drain := func() error { cancel(); return <-errc }`; `case <-pingCtx.Done(): return drain()`);
- a select case that receives what the goroutine sends *instead of* this send
  (`if err != nil { errc <- err } else { vals <- v }`, or `if err != nil { errc <- err; return }` before
  the other send or before its close, the send also in a case of a `switch` that the `return` follows, `close(done)`, in no loop, or a send followed only by statements that end in `return`, `resultc <- l; warm(l);
  return` in a loop with `errc <- err` after it; also before the `go` statement of a goroutine it starts to make the other send), or a
  channel the goroutine
  closes as its last act (`close(done); return`, `defer close(done)`, also in the function the `go`
  statement starts, `go c.receive(resC, errC)`), or sends on in a function it defers from its body's top
  level, the other sends made in that body (`defer func() { ...; donec <- id }()`), or ends as its last
  act, `stop()` of a local `stopped, stop := context.WithCancel(context.Background())` that only it
  calls (`case <-stopped.Done():`): when it fires,
  this send never happens, or has been taken already — for a goroutine started once (or once per turn
  with channels made in that turn): one of several started in a loop on one channel may still send after
  another's value made the receiver leave. Another case of the
  same select (a timeout) is still a path that strands it; and with two senders, one closing `end` as
  its last act, the case `<-end` strands only the other (reported there: an interrupt goroutine's
  `lines <- ""` beside the reader's `defer close(end)`); also a case on a readiness signal of the value
  whose method the send depends on (`if err := l.Listen(a); err != nil { errc <- err }` beside `case
  <-l.Ready():`), when that method signals the field only once it can fail no more: every non-nil error
  return before the signal, only `return nil` after it (the signal made by the method or one of its own
  it returns, `return l.listenUDP(a)`; nothing else in the package sends on or closes a field of that
  name);
- a path that leaves with an error every caller ends the process on (`case <-time.After(d): return
  errTimeout`, each call followed by `if err != nil { log.Fatal(err) }`): the goroutine ends with it;
- `func main`, a CLI command's handler in package main (`RunE: buildCmdRun` of a `cobra.Command`,
  `Action:` of an urfave `cli.Command`, also a method value, an assignment, `cmd.RunE = c.run`, or a
  literal that only calls it, `Action: func(c *cli.Context) error { return simulate(c) }`, or that
  returns its call, `RunE: func(c *cobra.Command, args []string) error { ...; return gardenRun(&opts) }`, or
  that is the handler itself, written in place, `RunE: func(cmd *cobra.Command, args []string) error {
  ... case err := <-errs: return err ... }`; also a
  command's handler in another package of an application, a module with a program whose `main` runs
  the command tree: `Run: runCommand` in package `monitor`), and
  functions that these call as their last act
  (`if err := run(); err != nil { log.Fatal(err) }`; also one of two calls picked by an `if`/`else`,
  `err = child()` or `err = parent()`, followed only by an `if` that reports the error and exits; a method
  `m.Run()` whose own body calls another type's `Run`), on a path that returns: the
  process ends, and the blocked goroutine with it. Also a function of another package of an application
  whose every call in the module (none in a test) is such a last act (`if err := discover.Run(ctx);
  err != nil { rook.TerminateFatal(err) }; return nil` in a command's handler), maybe through other
  such functions. This includes leaving a labeled run
  loop (`case <-ctx.Done(): break loop`) followed only by straight-line code
  (`wg.Wait(); return nil`): while the loop runs, its select takes every value sent; and a case that
  ends its select (`case <-ctx.Done(): srv.Shutdown(...)`) of a select followed only by such code;
- a path on which nothing receives, after which the function can never return, only end the process
  (`os.Exit`, `log.Fatal`, a logger's `Fatal`, also on an entry it adds fields to,
  `logCxt.WithField("signal", sig).Fatal(...)`), maybe after a loop that waits for it (a signal loop
  that only ends in such a `Fatal`): the blocked goroutine goes with the process. A `return`, a `panic`
  (a caller may recover it) or a `t.Fatal` after it keeps the finding, and so does a loop that runs on
  with no way to end the process (`for range time.Tick(...)`: the process goes on, the goroutine
  stays blocked);
- a receive in a function literal the function hands back to its caller (`canceler := func() {...;
  case err := <-errCh: ...}` ... `return device, canceler, nil`): the caller gets it to call, and it
  takes the send after the function returned;
- a `go` statement inside a callback (a literal handed to a call) whose own `return` comes before the
  receive: the callback's return skips nothing, the function that receives goes on;
- a `select` with a `default` case that returns, the whole body of a callback that the goroutine does
  not start in (`require.Eventually(t, func() bool { select { case v = <-ch: return true; default:
  return false } }, ...)`): a poll, called again until it reports success, which only a case can (or
  until the wait fails the test). A poll that can succeed without receiving (other checks after the
  `select`) stays reported;
- a select case fed only by goroutines of *another* callback, when this channel's senders all start in
  callbacks (`p.Then(func(v int) { go ...values <- v }).Catch(func(err error) { go ...errs <- err })`):
  the other case is taken when the other callback ran, and whether both run is the callee's affair. A
  timeout case is still a path that strands a callback's goroutine.

## Also: a field channel nothing receives from
A send on an unexported field channel that is made unbuffered wherever it is made, and that nothing
in the package receives from, ranges over or hands out (returned by a getter, passed to a call, copied
into another variable or field; spelled on a value goleash cannot type, `c.(*conn).out`): the send
blocks forever, in a goroutine of the function or in whatever goroutine runs the method (`go w.run()`,
whose `w.results <- ok` nobody takes). A type defined as a struct type of the package (`type socket
endpoint`) has that type's fields: a receive through one is a receive of the other's channel.

## Also: a dropped result
A package function that makes an unbuffered channel, starts a goroutine that sends on it, and returns
it (`func goResult(f func() error) chan error`), called with its result dropped (`goResult(f)` as a
statement, `_ = goResult(f)`): nobody else holds the channel, so the send never completes. (Not when
the function also stores or passes the channel, buffers it, or sends in a `select`.)

## Fixes
- **Buffer the channel** (preferred): `make(chan T, N)` with N the number of
  sends, or `len(items)` for one goroutine per item.
- **Select on the context**: wrap the send in `select { case ch <- v: case <-ctx.Done(): }`
  when a `context.Context` is in scope.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        yield from self._dropped(ctx)
        text = ctx.source[ctx.unit.start_byte:ctx.unit.end_byte]
        reported = set()   # (one finding per send: a field nothing receives from is not reported twice)
        named = spells_chan_field(ctx.pkg, text)   # one of the package's channel fields
        if "send" in ctx.present and named:
            for f in self._fields(ctx):
                reported.add(f.start)
                yield f
        if "go" not in ctx.present or (b"make(" not in text and not named):
            return   # no goroutine; or no channel made here, and none of the package's channel fields named
        for ch in ctx.channels:
            owned = not ch.local and self._owned_field(ctx, ch)
            if not ch.local and not owned:
                continue
            sends = [o for o in ch.sends if o.goroutine is not None and
                     not ctx.contexts.err_not_canceled_dead(o.node) and
                     not (ctx.pkg is not None and o.func is not None and
                          nil_error_guarded(ctx.model, ctx.pkg, o.node, o.func))]   # (a branch that never runs)
            if owned:   # go f.produce(n): a method that sends on the field
                sends += ctx.channels.started_field_sends(ch)
            exposed = [o for o in sends if o.select_case is None and not o.deferred]
            if not exposed:
                continue
            if any(o.goroutine is not None for o in ch.receives):
                continue  # a consumer goroutine: out of this rule's reach
            if any(o.kind == "close" and o.goroutine is None for o in ch.ops):
                continue  # the parent closes it: a send would panic, not block (GL401's business)
            parent_recvs = [o for o in ch.receives if o.goroutine is None]
            if any(o.deferred for o in parent_recvs):
                continue  # drained in a deferred call
            starters = {f.id for o in sends if o.goroutine is not None
                        and (f := syntax.enclosing_func(o.goroutine)) is not None}
            if any(_handed_back(ctx, o.func, starters) for o in parent_recvs):
                continue  # received in a closure handed back to the caller (``return device, canceler, nil``)
            count = self._send_count(ctx, sends, ch)
            cap = ch.capacity
            if isinstance(cap, str):
                continue  # sized by an expression: trust it
            if count is None and cap:
                continue
            if count is not None and cap is not None and cap >= count:
                continue
            path = self._skip_path(ctx, ch, parent_recvs, sends, count)
            if path is None:
                continue
            reason, where, spared = path   # (spared: senders the path's select case hears from once done)
            if (ctx.returns_to_exit or (where is not None and ctx.command_literal_at(where))) and \
                    (_returns(where) or _leaves_to_return(where) or
                                        not any(ctx.model.loops(o.goroutine) for o in sends)):
                continue   # main (or its last act): one goroutine at most, ended with the process
            if where is not None and ctx.model.only_exits_after(where):
                continue   # the function never returns once nothing receives: it goes on only to end the process
            ret = _path_return(where)
            if ret is not None and ctx.shared.error_ends_process(ret):
                continue   # an error every caller ends the process on: the goroutine goes with it
            first = next((o for o in exposed if o.goroutine.id not in spared), None)
            if first is None:
                continue
            if isinstance(cap, int) and cap > 0:
                # a buffer takes the first sends: the one that blocks comes later on the path (``ch <- v;
                # break`` in the loop, then ``ch <- v`` after it), the last of that goroutine's
                first = max((o for o in exposed if o.goroutine.id == first.goroutine.id),
                            key=lambda o: o.node.start_byte)
            if reason.startswith("the receive loop"):
                # the goroutine that can have more values to send when the loop is left, if one can
                counts = {g.id: n for g, n in _per_goroutine(sends)}
                first = next((o for o in exposed if counts.get(o.goroutine.id) is None or
                              counts[o.goroutine.id] > 1 or ctx.channels.goroutine_loops.get(o.goroutine.id)),
                             first)
            taken = [r for r in parent_recvs if where is not None and _taken_before(r, where)] if not cap else []
            mine = sorted((o for o in ch.sends if o.goroutine is not None and o.goroutine.id == first.goroutine.id and
                           o.direct and not o.loops and o.select_case is None),
                          key=lambda o: o.node.start_byte)
            if taken and len(mine) > len(taken) and \
                    all(syntax.inside(where, lp) for lp in ctx.channels.goroutine_loops.get(first.goroutine.id) or ()):
                first = mine[len(taken)]   # (the sends before it were taken by the receives before the path's,
                #                            in the goroutine's own turn of any loop around it)
            kind = "unbuffered" if not cap else f"buffered ({cap})"
            related = [Related(ch.make.start_byte, ch.make.end_byte, f"{ch.name} is made {kind} here")]
            if where is not None:
                related.append(ctx.related(where, f"on this path nothing receives from {ch.name}"))
            for r in [r for r in parent_recvs if r not in taken][:1] or parent_recvs[:1]:
                related.append(ctx.related(r.node, "the receive that is skipped"))
            related.append(ctx.related(first.goroutine, "goroutine started here"))
            if first.via is not None:
                callee = first.via.func.rsplit(".", 1)[-1]
                related.insert(0, Related(0, 0, f"{callee} sends on it here",
                                          anchor=(first.via.func, first.via.start, first.via.end)))
            when = f"{reason}, and" if reason.startswith("nothing ") else f"when {reason}, nothing receives, and"
            msg = (f"goroutine blocks forever sending on {ch.name}. {kind.capitalize()} channel: {when} "
                   f"the goroutine leaks with everything it references")
            found = ctx.finding(first.node, msg, related, self._fixes(ctx, ch, first, sends, count))
            if found.start not in reported:
                yield found

    # ------------------------------------------------------------------ model
    @staticmethod
    def _dropped(ctx: FuncContext) -> Iterator[Finding]:
        """A call whose result is dropped (``goResult(f)`` as a statement, ``_ = goResult(f)``) of a package
        function that returns a fresh unbuffered channel a goroutine of its own sends on
        (PackageModel.fed_result_channel): nobody can ever receive that send."""
        if ctx.pkg is None:
            return
        names = ctx.pkg.types.chan_results
        for call in ctx.nodes("dropped"):
            fn = syntax.unparen(call.child_by_field_name("function"))
            if fn is not None and fn.type == "selector_expression":
                fn = fn.child_by_field_name("field")
            if fn is None or syntax.text(fn) not in names:
                continue   # (no function of the package by that name returns a channel)
            callee = ctx.model.callee(call)[0]
            key = callee.key if callee is not None and callee.literal is None else None
            at = ctx.pkg.fed_result_channel(key) if key else None
            if at is None:
                continue
            name = syntax.text(call.child_by_field_name("function"))
            yield ctx.finding(call, f"the channel {name} returns is dropped: its sender blocks forever. {name} "
                                    f"starts a goroutine that sends on it, unbuffered, and nobody else holds it",
                              [Related(0, 0, f"{name}'s goroutine sends here", anchor=(at.func, at.start, at.end))])

    @staticmethod
    def _send_count(ctx: FuncContext, sends: list[ChanOp], ch: Channel | None = None) -> int | None:
        """How many values the goroutines send at most on one path, None when loops make it unknown. A
        loop that also makes the channel (a fresh one each turn) does not multiply them."""
        if any(l for o in sends for l in ctx.channels.goroutine_loops.get(o.goroutine.id, ())
               if not _fresh_per_turn(ch, l)):
            return None  # one goroutine per iteration
        counts = _per_goroutine(sends)
        if any(n is None for _, n in counts):
            return None
        total = sum(n for _, n in counts)
        if len(counts) > 1 and all(n == 1 for _, n in counts):
            # goroutines of one value each, started by one function: as many as one path starts (those
            # in exclusive switch arms or branches do not add up)
            gos = [g for g, _ in counts]
            starter = syntax.enclosing_func(gos[0])
            if starter is not None and all(syntax.enclosing_func(g) is not None and
                                           syntax.enclosing_func(g).id == starter.id for g in gos):
                most = syntax.max_per_path(syntax.func_body(starter), {g.id for g in gos})
                if most is not None:
                    return min(total, most)
        return total

    @staticmethod
    def _field_received(ctx: FuncContext, ch: Channel) -> bool:
        """Is ``ch`` a field (``w.end``) whose same field, on another variable of the same type, is received in
        this declaration (``w := worklist[ended]; <-w.end``)? Then the value may well be this one."""
        um = ctx.model
        name = um.abstract_place(ch.place) if ch.place is not None and ch.place.path else None
        if name is None:
            return False
        return any(other is not ch and other.place is not None and other.receives and
                   um.abstract_place(other.place) == name for other in ctx.channels.by_place.values())

    @staticmethod
    def _never_ready(ctx: FuncContext, case: Node) -> bool:
        """``case <-c.Done():`` where ``c`` is a context that is never done while this code runs."""
        call = syntax.case_received(case)
        if call is None or call.type != "call_expression" or syntax.call_args(call):
            return False
        fn = call.child_by_field_name("function")
        if fn is None or fn.type != "selector_expression" or syntax.text(fn.child_by_field_name("field")) != "Done":
            return False
        return ctx.contexts.never_done(fn.child_by_field_name("operand"))

    def _skip_path(self, ctx: FuncContext, ch: Channel, recvs: list[ChanOp], sends: list[ChanOp],
                   count: int | None) -> "_Skip | None":
        if not recvs:
            if self._field_received(ctx, ch):
                return None   # the same field of another value of its type is received: maybe this one
            return _Skip("nothing ever receives from it", None)
        first_go = min((o.goroutine for o in sends), key=lambda g: g.start_byte)
        # 1. a select that can take another case and leave
        for r in recvs:
            if r.select_case is None:
                continue
            loop = r.loops[0] if r.loops else None
            for case in r.other_cases():
                if self._receives_in(ch, case, ctx) or syntax.reports_failure(case, ctx.testing_params, ctx.assertion_values):
                    continue  # this case still takes the value, or the path already fails
                if self._never_ready(ctx, case):
                    continue  # ``case <-ctx.Done():`` of a context that is never done here
                spared = {s.goroutine.id for s in sends if s.goroutine is not None and
                          self._instead(ctx, ch, [o for o in sends if o.goroutine is s.goroutine], case)}
                if all(s.goroutine is not None and s.goroutine.id in spared for s in sends):
                    continue  # it receives what the goroutines send instead of sending on ch
                # (``defer close(end)`` of one sender: when the case fires, that one is done; another may not be)
                if self._after_senders_joined(ctx, ch, sends, case):
                    continue  # it fires only once every sender is done (``wg.Wait(); done <- true``)
                if ctx.channels.ready_after_errors(case, sends):
                    continue  # ``case <-l.Listening():`` signalled once ``l.Listen`` can fail no more
                if self._other_callback(ctx, sends, case):
                    continue  # fed only by another callback: both running is no path goleash can show
                if loop is None and isinstance(ch.capacity, int) and ch.capacity > 0 and \
                        (pending := self._pending_at(ch, sends, recvs, r.select, ctx, _one_shot(ctx, case))) is not None \
                        and pending <= ch.capacity:
                    continue  # the values still in flight there fit in the buffer
                exits = syntax.contains_exit(case, loop, unless=lambda stmt: ctx.channels.received_by_guard(
                    stmt, ch.place))   # (``if e1 != nil && e2 != nil { break loop }``: both received)
                if case.type == "default_case":
                    if _poll(r.select, case) and \
                            not any(o.goroutine is None or syntax.inside(o.goroutine, _callback_of(r.select))
                                    for o in sends):
                        continue   # a poll handed to a call (require.Eventually): it is called again
                    polls = loop is not None and not all(
                        o.goroutine is not None and syntax.inside(o.goroutine, loop) for o in sends)
                    #       (senders started in the loop's own turn: a later turn polls for another one)
                    if not polls and (exits or not self._received_after(ch, r.select)):
                        return _Skip("the select takes its default case", case)
                    if polls and self._runs_out(ctx, ch, r, loop):
                        return _Skip("the polling loop runs out of turns before the value comes", loop)
                    continue   # (a default that falls out of the select into another receive)
                if not exits and self._received_after(ch, r.select):
                    continue  # falls out of the select into another receive
                if loop is None or exits:
                    comm = case.child_by_field_name("communication")
                    label = syntax.text(comm).strip() if comm is not None else "another"
                    return _Skip(f"the select takes case {label} first", comm or case, frozenset(spared))
        # 2. an early return between the go statement and the first receive
        first_recv = min(recvs, key=lambda o: o.node.start_byte)
        block = first_go.parent
        for ret in ctx.nodes("return"):
            if not (first_go.end_byte <= ret.start_byte < first_recv.node.start_byte):
                continue
            if block is None or not syntax.inside(ret, block) or syntax.inside(first_recv.node, ret):
                continue
            recv_fn = syntax.enclosing_func(first_recv.node)
            if syntax.enclosing_func(ret) != syntax.enclosing_func(first_go) or \
                    (syntax.enclosing_func(ret) != recv_fn and not _closure_made_after(recv_fn, ret)):
                continue   # (a callback's return: the function that receives goes on)
            if any(r.select_case is not None and syntax.inside(ret, r.select) for r in recvs):
                continue   # a case of the select that receives it: judged above, case by case
            if syntax.after_failure(ret, syntax.enclosing_func(ret)):
                continue   # ``if !assert.NoError(t, err) { return }``: the test has failed already
            if ctx.shared.error_fails_callers(ret):
                continue   # an error return every caller fails the test on: a failed test's path
            if _nil_first(ctx, ch, sends, ret):
                continue   # under ``if err := <-errc; err != nil``: the goroutine sent that error instead
            fn = syntax.enclosing_func(ret)
            if ctx.pkg is not None and fn is not None and \
                    nil_error_guarded(ctx.model, ctx.pkg, ret, fn):
                continue   # under ``if err != nil`` of a call whose error is nil on every path: never taken
            if isinstance(ch.capacity, int) and ch.capacity > 0 and \
                    (pending := self._pending_at(ch, sends, recvs, ret)) is not None and pending <= ch.capacity:
                continue   # the values in flight when it returns fit in the buffer (a goroutine started
                #            later, once the first value was received, is not started on this path)
            return _Skip("the function returns before receiving", ret)
        # 3. a receive loop left early, on the strength of a received value, while more values are coming
        # (that do not all fit in the buffer: one at least was received before leaving)
        if (count is None or count > 1) and not (count is not None and isinstance(ch.capacity, int) and
                                                 count - 1 <= ch.capacity):
            for r in recvs:
                loop = r.node if r.kind == "range" else (r.loops[0] if r.loops else None)
                if loop is None:
                    continue
                fresh = _fresh_per_turn(ch, loop)   # (a channel made anew each turn: later turns' values
                # come on another one; what counts is what this turn's goroutines may still send)
                body = loop.child_by_field_name("body")
                names = self._received_names(r)
                if body is None or not names:
                    continue
                for n in syntax.walk(body, skip_funcs=True):
                    leaves = n.type == "return_statement" or (
                        n.type == "break_statement" and self._leaves(n, loop))
                    if leaves and self._guarded_by(n, names, body) and not self._closed_seen(n, r, body) and \
                            not syntax.reports_failure(
                            n.parent or n, ctx.testing_params, ctx.assertion_values) and \
                            not (fresh and _pending_in_turn(sends, recvs, n, body) == 0):
                        what = "returns" if n.type == "return_statement" else "breaks"
                        return _Skip(f"the receive loop {what} early", n)
        return None

    @staticmethod
    def _other_callback(ctx: FuncContext, sends: list[ChanOp], case: Node) -> bool:
        """Do the goroutines sending on ``ch`` all start in callbacks (literals handed to a call), and the
        channel ``case`` receives from only in goroutines started by other callbacks? The case is taken
        when the other callback ran; then whether this one runs too is the callee's affair (a promise's
        then/catch runs one of them): no path shows both."""
        mine = {_callback_of(o.goroutine) for o in sends}
        if None in mine:
            return False
        for other in ctx.channels:
            if not any(o.select_case is not None and o.select_case.id == case.id for o in other.receives):
                continue
            feeds = [o for o in other.sends if o.goroutine is not None]
            theirs = {_callback_of(o.goroutine) for o in feeds}
            return bool(feeds) and len(feeds) == len(other.sends) and None not in theirs and \
                {x.id for x in theirs}.isdisjoint(x.id for x in mine)
        return False

    @staticmethod
    def _pending_at(ch: Channel, sends: list[ChanOp], recvs: list[ChanOp], at: Node,
                    ctx: FuncContext | None = None, timer: object | None = None) -> int | None:
        """How many sent values can be waiting for a receiver when ``at`` runs: the sends of the goroutines
        started before it (at most per path), less the receives that run before it on every path: a plain one, or
        a select's whose other cases all leave (``go a(); <-ch; go b(); select {...}``: one value at most).
        ``timer``: the path goes on past ``at`` by receiving from that one-shot timer (:func:`_one_shot`), so an
        earlier select could not take it: one whose other cases leave or wait on the same timer received.
        None when unknown."""
        fn = syntax.enclosing_func(at)
        events: list[tuple[int, int]] = []
        for g, n in _per_goroutine([o for o in sends if o.goroutine.start_byte < at.start_byte]):
            if n is None or syntax.enclosing_func(g) != fn or syntax.loops_between(g, fn):
                return None   # (goroutines started after ``at`` are not in flight yet)
            events.append((g.start_byte, n))
        for r in recvs:
            if r.kind == "range" or r.node.start_byte >= at.start_byte:
                continue
            where = r.node
            if r.select_case is not None:
                if syntax.inside(at, r.select) or not all(
                        _ends(c) or (timer is not None and _one_shot(ctx, c) is timer) for c in r.other_cases()):
                    continue
                where = r.select   # every other case leaves: going on past the select means it received
            if syntax.runs_before(where, at) and not syntax.loops_between(where, fn):
                events.append((where.start_byte, -1))
        pending = 0
        for _, d in sorted(events):
            pending = max(0, pending + d)
        return pending

    @staticmethod
    def _instead(ctx: FuncContext, ch: Channel, sends: list[ChanOp], case: Node) -> bool:
        """Does ``case`` receive from a channel that the goroutines send on *instead of* ``ch`` (``if err
        != nil { errc <- err } else { linec <- line }``), or close as their last act (``close(done);
        return``)? When it fires, the send on ``ch`` never happens, or has already been taken."""
        other = _case_channel(ctx, ch, case)
        if other is None:
            return _cancelled_after(ctx, sends, case)
        for s in sends:
            if s.goroutine is not None and any(
                    not _fresh_per_turn(ch, lp)
                    for lp in syntax.loops_between(s.goroutine, syntax.enclosing_func(s.goroutine))):
                return False   # started once per turn on one channel: another may still send on ch
            if s.select_case is not None and any(c.type == "default_case" for c in s.select_case.parent.named_children):
                continue   # ``select { case ch <- v: default: }``: it never waits
            alts = [o for o in other.sends + other.closes
                    if o.goroutine is not None and o.goroutine.id == s.goroutine.id]
            nested = [(o, pts) for o in other.sends if o.goroutine is not None and o.via is None and s.via is None
                      and (pts := _nested_points(s, o)) is not None]
            if not alts and nested and all(_exclusive(a, b, w) for _o, (a, b, w) in nested):
                continue   # the other send is made by a goroutine the sender starts only where it does not
                # send (``if err != nil { errc <- err; return }; go func() { addrc <- a }()``), or the reverse
            if not alts:
                return False
            for o in alts:
                if o.kind == "close" and syntax.enclosing_func(s.goroutine) == syntax.enclosing_func(case) and \
                        _send_returns_first(ctx, s, o):
                    continue   # ``if err != nil { errc <- err; return }; close(done)``: a path closes or sends
                if o.kind == "close":
                    # the goroutine's last act: every send it made before it has been taken
                    stmt = o.node.parent if o.node.parent is not None else o.node
                    body = syntax.go_literal(s.goroutine)
                    if o.via is not None:   # in the function the go statement starts (``go c.receive(...)``)
                        node = ctx.pkg.anchor_node(o.via.func, o.via.start, o.via.end) if o.started else None
                        stmt = node.parent if node is not None and node.parent is not None else None
                        body = ctx.pkg.decl_node(o.via.func)
                        if stmt is None or body is None:
                            return False
                    if stmt.type == "defer_statement":   # ``defer close(done)`` in the goroutine's body
                        if syntax.enclosing_func(stmt) != body:
                            return False
                    elif stmt.type != "expression_statement" or not _last_act(stmt):
                        return False
                    continue
                if o.via is None and s.via is None and _exclusive(s.node, o.node, s.goroutine):
                    continue
                if o.via is None and s.via is None and o.kind == "send" and o.func.id == s.func.id and \
                        other.local and all(x.goroutine is not None and x.goroutine.id == s.goroutine.id
                                            for x in other.sends + other.closes) and \
                        _returns_before(o.node, s.node, o.func):
                    continue   # ``if err != nil { ...; errc <- err; ...; return }; okc <- v``: one or the other
                    # (errc local, sent on by this goroutine alone: the case fires only after its send)
                node = at = _op_at(ctx, o)
                while node is not None and node.type != "send_statement" and node.parent is not None and \
                        node.type not in ("block", "statement_list"):
                    node = node.parent
                if node is not None and node.type == "send_statement" and _last_act(node):
                    continue
                # a send in a function the goroutine defers from its body's top level (``defer func() {
                # ...; donec <- id }()``), the send on ch made in that body itself: it runs after it
                if at is None or (s.via is None) != (o.via is None) or \
                        (o.via is not None and o.via.func != s.via.func):
                    return False
                fn = syntax.go_literal(s.goroutine) if o.via is None else ctx.pkg.decl_node(o.via.func)
                mine = _op_at(ctx, s)
                if fn is None or mine is None or not _deferred_at_top(at, fn) or \
                        syntax.enclosing_func(mine) != fn:
                    return False
        return True

    @staticmethod
    def _after_senders_joined(ctx: FuncContext, ch: Channel, sends: list[ChanOp], case: Node) -> bool:
        """Does ``case`` receive from a channel that is sent on or closed only after a ``Wait`` of a
        WaitGroup counting every goroutine that sends on ``ch``, with a deferred ``Done`` (``wg.Wait();
        done <- true``)? When it fires, every send on ``ch`` has been taken."""
        other = _case_channel(ctx, ch, case)
        signals = (other.sends + other.closes) if other is not None else []
        if not signals or any(s.goroutine is None or (s.via is not None and not _in_own_body(s)) for s in sends) \
                or any(o.via is not None for o in signals):
            return False   # (a send of a package function the goroutine's literal calls runs in its body too)
        goroutines = list({s.goroutine.id: s.goroutine for s in sends}.values())
        return all(ctx.waitgroups.joined_before(goroutines, o.node) for o in signals)

    def _runs_out(self, ctx: FuncContext, ch: Channel, r: ChanOp, loop: Node) -> bool:
        """A polling loop (its select has a ``default``) that ends by its own count or condition
        (``for range 100``), not only once it received (``for !a || !b`` with flags set only by receiving),
        with no receive of ``ch`` after it and no check after it of what it received (``assert.True(t,
        closed)``: that path fails the test): when the goroutine is late, the loop ends without its value."""
        if loop.type != "for_statement" or syntax.endless_loop(loop) or ctx.shared.until_received(loop) or \
                self._received_after(ch, loop):
            return False
        names = self._received_names(r)
        stmt = syntax.stmt_of(loop.parent if loop.parent is not None and loop.parent.type == "labeled_statement"
                              else loop)
        nxt = stmt.next_named_sibling
        while nxt is not None:
            for n in [nxt, *syntax.walk(nxt, skip_funcs=True)]:
                if n.type == "call_expression" and syntax.call_name(n)[0] in ("assert", "require") and \
                        any(a.type == "identifier" and syntax.text(a) in names
                            for arg in syntax.call_args(n) for a in [arg, *syntax.walk(arg)]):
                    return False
            if syntax.reports_failure(nxt, ctx.testing_params, ctx.assertion_values):
                return False
            nxt = nxt.next_named_sibling
        return True

    @staticmethod
    def _received_after(ch: Channel, select: Node) -> bool:
        """Is there a receive that runs after ``select`` in sequence (not in a sibling branch)?"""
        for o in ch.receives:
            if o.node.start_byte < select.end_byte:
                continue
            lca = next((a for a in syntax.ancestors(select) if syntax.inside(o.node, a)), None)
            if lca is not None and lca.type in ("statement_list", "block"):
                return True
        return False

    @staticmethod
    def _receives_in(ch: Channel, node: Node, ctx: FuncContext | None = None) -> bool:
        """Does ``node`` receive from ``ch``: itself, or by calling a local closure that does (``drain :=
        func() error { cancel(); return <-errc }`` called in the case)?"""
        if any(syntax.inside(o.node, node) for o in ch.receives):
            return True
        if ctx is None:
            return False
        um = ctx.model
        for o in ch.receives:
            f = um.func_at(o.node)
            v = f.bound_to if f is not None and f.how == "value" and f.parent is um.top else None
            if v is None or v.assigned or o.goroutine is not None:
                continue
            if any(syntax.inside(r, node) and r.parent is not None and r.parent.type == "call_expression" and
                   r.parent.child_by_field_name("function") == r for r in v.refs):
                return True
        return False

    @staticmethod
    def _received_names(op: ChanOp) -> set[str]:
        """Variables a receive assigns (``v := <-ch``, ``for v := range ch``, ``if err := <-ch; ...``)."""
        left = _receive_left(op)
        if left is None:
            return set()
        return {syntax.text(n) for n in left.named_children if n.type == "identifier" and syntax.text(n) != "_"}

    @staticmethod
    def _guarded_by(exit_node: Node, names: set[str], body: Node) -> bool:
        """Is the exit under an ``if`` whose condition reads one of ``names``?"""
        for p in syntax.ancestors(exit_node, body):
            if p.type == "if_statement":
                cond = p.child_by_field_name("condition")
                if cond is not None and any(syntax.text(i) in names for i in syntax.walk(cond)
                                            if i.type == "identifier"):
                    return True
        return False

    @staticmethod
    def _closed_seen(exit_node: Node, op: ChanOp, body: Node) -> bool:
        """Is the exit under ``if !ok`` (``ok == false``) of the receive ``v, ok := <-ch``: it leaves once
        the channel is closed, after which no send on it can block (it would panic)?"""
        left = _receive_left(op) if op.kind != "range" else None
        names = [syntax.text(n) for n in left.named_children] if left is not None else []
        if len(names) != 2 or not names[1].isidentifier() or names[1] == "_":
            return False
        closed = {"!" + names[1], names[1] + "==false", "false==" + names[1]}
        for a in syntax.ancestors(exit_node, body):
            if a.type == "if_statement" and syntax.inside(exit_node, a.child_by_field_name("consequence")):
                return "".join(syntax.text(a.child_by_field_name("condition")).split()) in closed
        return False

    @staticmethod
    def _leaves(brk: Node, loop: Node) -> bool:
        target = syntax.break_target(brk)
        return target is not None and target.id == loop.id

    # ------------------------------------------------------------------ fixes
    def _fixes(self, ctx: FuncContext, ch: Channel, send: ChanOp, sends: list[ChanOp], count: int | None):
        fixes = []
        capacity = str(count) if count else None
        if capacity is None and len(sends) == 1 and not send.loops:
            loops = ctx.channels.goroutine_loops.get(send.goroutine.id) or []
            if len(loops) == 1:
                rc = next((c for c in loops[0].named_children if c.type == "range_clause"), None)
                over = rc.child_by_field_name("right") if rc is not None else None
                if over is not None and over.type in ("identifier", "selector_expression") and \
                        not syntax.inside(ch.make, loops[0]):
                    capacity = f"len({syntax.text(over)})"
        if capacity is not None:
            args = syntax.call_args(ch.make)
            if len(args) == 1:
                edit = ctx.replace(ch.make, f"make({syntax.text(args[0])}, {capacity})")
            else:
                edit = ctx.replace(args[1], capacity)
            fixes.append(ctx.fix(f"Buffer {ch.name} with capacity {capacity} so the send always completes",
                                 edit, preferred=True))
        ctx_name = syntax.context_in_scope(send.node, ctx.unit)
        if ctx_name is not None and send.node.parent is not None and send.node.parent.type == "statement_list":
            fixes.append(ctx.fix(f"Stop waiting to send when {ctx_name} is cancelled",
                                 ctx.select_with_done(send.node, ctx_name,
                                                      syntax.return_zero_stmt(send.func) or None),
                                 preferred=not fixes))
        return fixes

    @staticmethod
    def _owned_field(ctx: FuncContext, ch: Channel) -> bool:
        """An unexported field channel (``f.results``) made in this declaration that nothing else in the
        package receives from, closes, makes, assigns or hands out: its receiver is this function, as for
        a local channel."""
        if ch.make is None or ch.place is None or ch.place.is_local or ch.place.is_global or not ch.place.path:
            return False
        name = ctx.model.abstract_place(ch.place)
        if name is None or not ctx.pkg.is_chan_name(name) or name.rsplit(".", 1)[-1][:1].isupper():
            return False
        index = ctx.pkg.chan_index()
        if index.escapes(name):
            return False
        key = ctx.func_key
        return key is not None and all(f.at.func == key for f in index.of(name)
                                       if f.kind in ("recv", "range", "close", "make", "assign"))

    def _fields(self, ctx: FuncContext) -> Iterator[Finding]:
        """A goroutine sends on an unbuffered field channel that nothing in the package receives from."""
        pkg = ctx.pkg
        index = None
        for ch in ctx.channels:
            if ch.place is None or ch.place.is_local or ch.place.is_global:
                continue
            sends = [o for o in ch.sends if o.select_case is None and not o.deferred]
            if not sends:
                continue
            name = ctx.model.abstract_place(ch.place)
            if name is None or not pkg.is_chan_name(name):
                continue
            if index is None:
                index = pkg.chan_index()
            makes = index.made(name)
            if index.escapes(name) or not makes or index.of(name, "assign") or \
                    any(m.capacity != 0 for m in makes) or index.of(name, "recv") or index.of(name, "range"):
                continue
            if pkg.unselected_test_method(ctx.unit, ctx.is_test_file):
                continue   # (a test double's method nothing calls: its send never runs)
            s = sends[0]
            related = [Related(0, 0, f"{name} is made unbuffered here", anchor=(makes[0].at.func, makes[0].at.start,
                                                                              makes[0].at.end))]
            if s.goroutine is not None:
                related.append(ctx.related(s.goroutine.child(0), "goroutine started here"))
                msg = f"goroutine blocks forever sending on {ch.name}. Nothing in the package receives from {name}"
            else:
                msg = f"send on {ch.name} blocks forever. Nothing in the package receives from {name}"
            yield ctx.finding(s.node, msg, related)


def _receive_left(op: ChanOp) -> Node | None:
    """What a receive assigns to: the left side of ``v, ok := <-ch`` (``=``, a select case's ``v :=
    <-ch``), or of a ``for v := range ch`` clause; None when it assigns nothing."""
    if op.kind == "range":
        rc = next((c for c in op.node.named_children if c.type == "range_clause"), None)
        return rc.child_by_field_name("left") if rc is not None else None
    p = op.node.parent
    while p is not None and p.type in ("expression_list", "parenthesized_expression"):
        p = p.parent
    return p.child_by_field_name("left") if p is not None and p.type in (
        "short_var_declaration", "assignment_statement", "receive_statement") else None


def _in_own_body(op: ChanOp) -> bool:
    """Does the op of a called package function (``via``) run in the body of its goroutine's literal
    (``go func() { r.work(jobs, done); wg.Done() }()``: a call of the literal's own, not of a closure made
    there), so before that body's last statement?"""
    lit = syntax.go_literal(op.goroutine) if op.goroutine is not None else None
    return lit is not None and op.func.id == lit.id


def _op_at(ctx: FuncContext, op: ChanOp) -> Node | None:
    """Where ``op`` runs: its node, or for an op of a called package function its node in that function."""
    if op.via is None:
        return op.node
    return ctx.pkg.anchor_node(op.via.func, op.via.start, op.via.end) if ctx.pkg is not None else None


def _closure_made_after(lit: Node | None, ret: Node) -> bool:
    """Is ``lit`` (the function holding the first receive) a function literal of the function that holds the
    return ``ret``, written after it (``waitAndUnlock := func() {...}`` below an early ``return nil, err``)?
    A run that takes that return never makes the closure, so never receives."""
    return lit is not None and lit.type == "func_literal" and lit.start_byte > ret.end_byte and \
        syntax.enclosing_func(lit.parent) == syntax.enclosing_func(ret)


def _send_returns_first(ctx: FuncContext, s: ChanOp, o: ChanOp) -> bool:
    """Is the goroutine's send ``s`` followed by a ``return`` before anything could reach its close ``o``
    (``if err != nil { errc <- err; return }; close(done)``, in its literal or in the function the ``go``
    statement starts)? A run that closes never made that send."""
    if (s.via is None) != (o.via is None) or (s.via is not None and s.via.func != o.via.func):
        return False
    send, close = _op_at(ctx, s), _op_at(ctx, o)
    while send is not None and send.type != "send_statement" and send.parent is not None and \
            send.type not in ("block", "statement_list"):
        send = send.parent
    fn = syntax.enclosing_func(send) if send is not None else None
    if send is None or close is None or send.type != "send_statement" or fn != syntax.enclosing_func(close) or \
            send.start_byte > close.start_byte or syntax.loops_between(send, fn):
        return False   # (in a loop, a close of an earlier turn can come before the send)
    return _then_returns(send, close)


def _cancelled_after(ctx: FuncContext, sends: list[ChanOp], case: Node) -> bool:
    """Is ``case`` ``<-c.Done()`` of a local ``c, stop := context.WithCancel(context.Background())`` whose
    ``stop`` only the sending goroutine calls, as its last act (``...; errc <- err; ...; stop()``), that
    goroutine started once by the function that selects (in no loop, not by a closure it may call again)?
    The case fires only once it is past its sends: the one on ``ch`` has been taken."""
    comm = case.child_by_field_name("communication")
    recv = comm.named_children[0] if comm is not None and comm.type == "expression_statement" and \
        comm.named_children else (comm.child_by_field_name("right") if comm is not None else None)
    recv = syntax.unparen(recv.named_children[0] if recv is not None and recv.type == "expression_list" and
                          recv.named_children else recv)
    op = syntax.unparen(recv.child_by_field_name("operand")) if recv is not None and \
        recv.type == "unary_expression" else None
    if op is None or op.type != "call_expression" or syntax.call_name(op)[1] != "Done" or syntax.call_args(op):
        return False
    fn = op.child_by_field_name("function")
    c = syntax.unparen(fn.child_by_field_name("operand")) if fn is not None else None
    v = ctx.model.scopes.var(c) if c is not None and c.type == "identifier" else None
    made = syntax.unparen(v.value) if v is not None and v.kind == "local" and not v.assigned and v.index == 0 \
        and v.value is not None else None
    if made is None or made.type != "call_expression" or \
            syntax.text(made.child_by_field_name("function")) != "context.WithCancel" or \
            " ".join(syntax.text(syntax.call_args(made)[0]).split()) not in ("context.Background()", "context.TODO()"):
        return False   # (a parent that can end would fire the case too)
    left = v.stmt.child_by_field_name("left") if v.stmt is not None else None
    names = left.named_children if left is not None else []
    stop = ctx.model.scopes.var(names[1]) if len(names) == 2 and names[1].type == "identifier" else None
    if stop is None or stop.assigned or stop.addressed:
        return False
    goroutines = {s.goroutine.id for s in sends if s.goroutine is not None and s.via is None}
    if len(goroutines) != 1 or any(s.goroutine is None or s.via is not None for s in sends):
        return False
    go = sends[0].goroutine
    if syntax.enclosing_func(go) != syntax.enclosing_func(case) or syntax.loops_between(go, syntax.enclosing_func(go)):
        return False   # (started by a closure called more than once, or in a loop: one instance's stop
        #               fires the case while another's send still waits)
    lit = syntax.go_literal(go)
    uses = [r for r in stop.refs if r.id != names[1].id]
    for r in uses:
        call = r.parent
        stmt = call.parent if call is not None and call.type == "call_expression" and \
            call.child_by_field_name("function") == r else None
        if lit is None or stmt is None or stmt.type != "expression_statement" or \
                syntax.enclosing_func(stmt) != lit or not _last_act(stmt):
            return False
    return bool(uses)


def _case_channel(ctx: FuncContext, ch: Channel, case: Node) -> Channel | None:
    """The channel other than ``ch`` that the select ``case`` receives from, if goleash knows it."""
    comm = case.child_by_field_name("communication")
    if comm is None:
        return None
    return next((c for c in ctx.channels if c is not ch and any(syntax.inside(o.node, comm) for o in c.receives)),
                None)


def _callback_of(go: Node) -> Node | None:
    """The func literal a ``go`` statement (or another node) runs in when that literal is handed to a
    call (a callback)."""
    f = syntax.enclosing_func(go)
    return f if f is not None and f.type == "func_literal" and f.parent is not None and \
        f.parent.type == "argument_list" else None


def _poll(select: Node, default: Node) -> bool:
    """Is ``select`` the whole body of a callback (a literal handed to a call) whose ``default`` case
    returns (``func() bool { select { case v = <-ch: return true; default: return false } }``)? The
    callee calls it again until it reports success, which only a case can: it succeeds only once it
    received (or took another case)."""
    cb = _callback_of(select)
    if cb is None:
        return False
    body = [s for s in syntax.stmt_list(syntax.func_body(cb)) if s.type != "comment"]
    if len(body) != 1 or body[0].id != select.id:
        return False
    stmts = [s for s in syntax.stmt_list(default) if s.type != "comment"]
    return bool(stmts) and stmts[-1].type == "return_statement"


def _nested_points(s: ChanOp, o: ChanOp) -> tuple[Node, Node, Node] | None:
    """For two sends in two goroutines, one started directly by the other's body: the points to compare in
    the outer goroutine (its own send, and the ``go`` statement of the inner one) and that outer ``go``
    statement; None for other goroutines."""
    for outer, inner, a, b in ((s, o, s.node, o.goroutine), (o, s, s.goroutine, o.node)):
        lit = syntax.go_literal(outer.goroutine)
        if lit is not None and inner.goroutine.id != outer.goroutine.id and syntax.inside(inner.goroutine, lit) \
                and syntax.enclosing_func(inner.goroutine) == lit and syntax.enclosing_func(outer.node) == lit:
            return a, b, outer.goroutine
    return None


def _exclusive(a: Node, b: Node, within: Node) -> bool:
    """Are ``a`` and ``b`` in different branches of one ``if``/``switch``/``select`` (no loop around it in
    ``within``), so that one run of ``within`` does at most one of them?"""
    up = [x for x in syntax.ancestors(a, within)]
    lca = next((x for x in up if syntax.inside(b, x)), None)
    if lca is None:
        return False
    if lca.type == "for_statement":
        return False
    for x in syntax.ancestors(lca, within):
        if x.type == "for_statement":
            return False   # both, in two iterations
        if x.type == "func_literal":   # the goroutine's body, or a literal called who knows how often
            if syntax.enclosing_func(x) is not None and x.parent is not None and \
                    x.parent.type == "call_expression" and x.parent.parent is not None and \
                    x.parent.parent.id == within.id:
                break
            return False
    first, second = (a, b) if a.start_byte <= b.start_byte else (b, a)
    if first.type == "send_statement" and second.start_byte >= first.end_byte and \
            (_last_act(first) or _then_returns(first, second)) and \
            first.parent is not None and first.parent.type == "statement_list":
        return True   # ``errc <- err; return`` before the other: a run that sends there sends nothing after
    return syntax.other_arms(lca, a, b)


def _per_goroutine(sends: list[ChanOp]) -> list[tuple[Node, int | None]]:
    """Each sending goroutine (its ``go`` statement) with the most sends one run of its literal makes
    on a path (None: unknown, or not a literal)."""
    by_goroutine: dict[int, tuple[Node, set[int]]] = {}
    for o in sends:
        by_goroutine.setdefault(o.goroutine.id, (o.goroutine, set()))[1].add(o.node.id)
    out = []
    for g, ids in by_goroutine.values():
        lit = syntax.go_literal(g)
        out.append((g, syntax.max_per_path(syntax.func_body(lit), ids) if lit is not None else None))
    return out


def _ends(case: Node) -> bool:
    """Does the select case end with a statement that leaves (return, t.Fatal, panic...)?"""
    last = _case_last(case)
    return last is not None and syntax.is_terminating(last)


def _nil_first(ctx: FuncContext, ch: Channel, sends: list[ChanOp], ret: Node) -> bool:
    """Is ``ret`` under ``if err != nil`` of an ``err`` just received from another channel of the function
    (``if err := <-errc; err != nil { return err }``), on which the goroutines that send on ``ch`` send
    ``nil`` before each of those sends, and a value that may be an error only as their last act (``errc <-
    err; return``)? The parent returns there only when the goroutine sent an error, and so no value on
    ``ch``."""
    stmt = next((a for a in syntax.ancestors(ret) if a.type == "if_statement"), None)
    if stmt is None or not syntax.inside(ret, stmt.child_by_field_name("consequence")):
        return False
    v, value, _i, _n = nonnil_test(ctx.model, stmt.child_by_field_name("condition"))
    if v is None or v.assigned or value is None or value.type != "unary_expression" or \
            syntax.text(value.child_by_field_name("operator")) != "<-":
        return False
    other = ctx.channels.by_place.get(ctx.model.place(value.child_by_field_name("operand")))
    if other is None or other is ch or other.escapes or not other.local or other.closes or \
            any(o.goroutine is None or o.via is not None for o in other.sends):
        return False
    nils = [o for o in other.sends if syntax.text(o.node.child_by_field_name("value")) == "nil"]
    for o in other.sends:
        if o not in nils and not _last_act(o.node):
            return False   # (an error sent, and then maybe a value on ch too)
    for s in sends:
        if s.goroutine is None or s.via is not None or not any(
                n.goroutine is not None and n.goroutine.id == s.goroutine.id and syntax.runs_before(n.node, s.node)
                for n in nils):
            return False
    return True


def _one_shot(ctx: FuncContext, case: Node) -> object | None:
    """The timer local ``t`` (its scope variable) when ``case`` is ``case <-t.C:`` of a ``t :=
    time.NewTimer(d)`` made in the same function, never reset, given another value nor handed on: its
    channel delivers one value, so of two selects waiting on it one at most takes it."""
    sel = syntax.case_received(case)
    if sel is None or sel.type != "selector_expression" or syntax.text(sel.child_by_field_name("field")) != "C":
        return None
    ident = syntax.unparen(sel.child_by_field_name("operand"))
    v = ctx.model.scopes.var(ident) if ident is not None and ident.type == "identifier" else None
    value = syntax.unparen(v.value) if v is not None and v.value is not None and not v.assigned else None
    fn = value.child_by_field_name("function") if value is not None and value.type == "call_expression" else None
    if fn is None or " ".join(syntax.text(fn).split()) != "time.NewTimer" or \
            syntax.enclosing_func(value) != syntax.enclosing_func(case):
        return None
    for r in v.refs:
        p = r.parent
        if p is None or p.type != "selector_expression" or syntax.text(p.child_by_field_name("field")) == "Reset":
            return None   # (reset, or handed on: someone else may reset it)
    return v


def _handed_back(ctx: FuncContext, fn: Node, starters: set[int]) -> bool:
    """Is ``fn`` a function literal that a function starting the senders (``starters``: ids of the functions
    holding their ``go`` statements) returns: a value of its ``return`` (or the local it is bound to,
    ``canceler := func() {...}`` ... ``return device, canceler, nil``)? Its caller gets it to call: a
    receive in it can run after the function returned. (Not the starting function itself returned by a
    factory: its receive is the one skipped.)"""
    if fn.type != "func_literal" or fn.id in starters:
        return False
    names = {syntax.text(fn)}
    p = fn.parent
    if p is not None and p.type == "expression_list" and p.parent is not None and \
            p.parent.type == "short_var_declaration" and p.named_child_count == 1:
        left = p.parent.child_by_field_name("left")
        if left is not None and left.named_child_count == 1:
            v = ctx.model.scopes.var(left.named_children[0])
            if v is None or v.assigned:
                return False
            names.add(v.name)
    outer = syntax.enclosing_func(fn)
    body = outer.child_by_field_name("body") if outer is not None and outer.id in starters else None
    return body is not None and any(
        r.type == "return_statement" and any(syntax.text(x) in names for x in syntax.return_values(r))
        for r in syntax.walk(body, skip_funcs=True))


def _returns(where: Node | None) -> bool:
    """Is the path's witness a ``return``, or a select case that ends in one?"""
    if where is None:
        return False
    if where.type == "return_statement":
        return True
    last = _case_last(where)
    return last is not None and last.type == "return_statement"


def _case_last(where: Node) -> Node | None:
    """The last statement of the select case that is (or whose communication is) the path's witness."""
    case = where if where.type in ("communication_case", "default_case") else where.parent
    if case is None or case.type not in ("communication_case", "default_case"):
        return None
    stmts = syntax.stmt_list(case)
    return stmts[-1] if stmts else None


def _leaves_to_return(where: Node | None) -> bool:
    """Is the path's witness a select case that ends in ``break L`` out of a loop of the function body,
    with only straight-line code after that loop (``wg.Wait(); return nil``)? The function then returns:
    while the loop runs, its select takes every value sent, so no goroutine is left blocked before it
    ends. So is a case that ends its select (a shutdown, then the end of the case) when that select is a
    statement of the function body with only straight-line code after it."""
    last = _case_last(where) if where is not None else None
    case = where if where is not None and where.type in ("communication_case", "default_case") else \
        (where.parent if where is not None else None)
    label = next((c for c in last.named_children if c.type == "label_name"), None) \
        if last is not None and last.type == "break_statement" else None
    if label is None:
        # a case that ends the select (falls through, or a plain break) of a select that is a statement of
        # the function body: what follows it decides
        if case is None or case.type not in ("communication_case", "default_case") or (
                last is not None and last.type in ("return_statement", "continue_statement", "goto_statement")):
            return False
        loop = case.parent
    else:
        loop = syntax.break_target(last)
        if loop is not None and loop.type != "for_statement":
            loop = None
    if loop is None:
        return False
    top = loop.parent if label is not None else loop
    fn = syntax.enclosing_func(top)
    if fn is None or fn.type not in ("function_declaration", "method_declaration"):
        return False
    stmts = syntax.stmt_list(fn.child_by_field_name("body"))
    if not any(st.id == top.id for st in stmts):
        return False   # a loop inside another statement: what follows it is not known to end the function
    for st in stmts:
        if st.start_byte >= top.end_byte and any(
                n.type in ("for_statement", "go_statement", "select_statement", "send_statement")
                for n in (st, *syntax.walk(st))):
            return False
    return True


def _returns_before(send: Node, other: Node, fn: Node) -> bool:
    """After ``send``, does every run of ``fn`` return before it could reach ``other``: out of the
    blocks, cases and ``if``s around the send (no loop among them), the first statement after it that
    is not passed over is a ``return``, with nothing before it that holds ``other`` or could jump
    (``switch err { case errA: errc <- errB; default: errc <- err }; return``, then ``okc <- v`` after
    the ``if``)? A run that makes the send never makes the other."""
    node = send
    while node is not None and node.id != fn.id:
        par = node.parent
        if par is None or par.type in ("for_statement", "func_literal", "function_declaration",
                                       "method_declaration"):
            return False
        if par.type in ("block", "statement_list", "expression_case", "default_case", "type_case",
                        "communication_case"):
            for st in par.named_children:
                if st.start_byte < node.end_byte or st.type == "comment":
                    continue
                if syntax.inside(other, st) or any(n.type in ("break_statement", "continue_statement",
                                                              "goto_statement", "labeled_statement")
                                                   for n in (st, *syntax.walk(st, skip_funcs=True))):
                    return False
                if st.type == "return_statement":
                    return True
        node = par
    return False


def _then_returns(send: Node, other: Node) -> bool:
    """Do the statements after ``send`` in its block end in a ``return``, with nothing between that could
    leave the block another way (``break``, ``continue``, ``goto``) or reach ``other`` (``resultc <- l;
    s.prefetch(l); return`` in a loop over sources, ``errc <- err`` after the loop)? A run that makes the
    send then ends without making the other."""
    after = [x for x in (send.parent.named_children if send.parent is not None else ())
             if x.start_byte >= send.end_byte and x.type != "comment"]
    if not after or after[-1].type != "return_statement":
        return False
    for st in after[:-1]:
        if syntax.inside(other, st) or any(n.type in ("break_statement", "continue_statement", "goto_statement")
                                           for n in syntax.walk(st, skip_funcs=True)):
            return False
    return True


def _deferred_at_top(node: Node, fn: Node) -> bool:
    """Is ``node`` in (or the call of) a function literal that ``fn`` defers from its body's top level
    (``defer func() { ...; donec <- id }()``, no loop or branch around the ``defer``)? It runs once
    ``fn``'s body is done."""
    if node.type == "call_expression" and node.child_by_field_name("function") is not None and \
            node.child_by_field_name("function").type == "func_literal":
        node = node.child_by_field_name("function").child_by_field_name("body") or node
    lit = node.parent
    while lit is not None and lit.type != "func_literal":
        lit = lit.parent
    call = lit.parent if lit is not None else None
    stmt = call.parent if call is not None and call.type == "call_expression" and \
        call.child_by_field_name("function") == lit else None
    body = fn.child_by_field_name("body")
    return stmt is not None and stmt.type == "defer_statement" and body is not None and \
        syntax.enclosing_func(stmt) == fn and stmt in syntax.stmt_list(body)


def _last_act(send: Node) -> bool:
    """Is the send followed by ``return`` (or the end of the goroutine's body), maybe after ``go``
    statements? A goroutine sends nothing after it: once its value is received, it is done with every
    other channel too."""
    stmt = send
    nxt = stmt.next_named_sibling
    while nxt is not None and nxt.type in ("comment", "go_statement"):
        nxt = nxt.next_named_sibling   # (a goroutine it starts on the way out sends as its own op, if at all)
    if nxt is not None:
        return nxt.type == "return_statement"
    block = stmt.parent.parent if stmt.parent is not None and stmt.parent.type == "statement_list" else stmt.parent
    return block is not None and block.parent is not None and block.parent.type in (
        "func_literal", "function_declaration", "method_declaration")


def _pending_in_turn(sends: list[ChanOp], recvs: list[ChanOp], at: Node, body: Node) -> int | None:
    """In one turn of a loop whose body makes the channel: how many values this turn's goroutines, started
    before ``at``, may still be waiting to send when ``at`` runs (None: unknown). Statement by statement down
    to ``at``: a goroutine started adds what it sends at most, a receive that runs whenever its statement
    does (a plain one, one in an ``if``'s header) takes one; a branch adds what it may leave pending (never
    less than nothing: it may not run); in the statement that holds ``at``, its header, then its block."""
    counts = {g.id: n for g, n in _per_goroutine(sends)}
    plain = [r for r in recvs if r.kind != "range" and r.select_case is None]
    starts = {o.goroutine.id: o.goroutine for o in sends}

    def own(part: Node) -> int | None:
        """What a statement's part outside its blocks starts less what it receives."""
        n = 0
        for g in starts.values():
            if syntax.inside(g, part):
                if counts.get(g.id) is None:
                    return None
                n += counts[g.id]
        return n - sum(1 for r in plain if syntax.inside(r.node, part))

    def seq(stmts: list[Node], stop: Node | None) -> int | None:
        total = 0
        for st in stmts:
            if stop is not None and (syntax.inside(stop, st) or st.start_byte >= stop.start_byte):
                break
            n = net(st)
            if n is None:
                return None
            total = max(total + n, 0)
        return total

    def net(st: Node) -> int | None:
        blocks = [b for b in syntax.walk(st, skip_funcs=True) if b.type == "block" and b.id != st.id and
                  not any(a.type == "block" and a.id != b.id for a in syntax.ancestors(b, st))]
        if not blocks:
            return own(st)
        if st.type == "for_statement" and any(syntax.inside(g, st) for g in starts.values()):
            return None   # goroutines of a nested loop: how many, unknown
        n = 0
        for part in st.named_children:
            if part.type != "block" and not any(syntax.inside(b, part) for b in blocks):
                got = own(part)
                if got is None:
                    return None
                n += got
        for b in blocks:
            got = seq(syntax.stmt_list(b), None)
            if got is None:
                return None
            n += got
        return n

    pending, block = 0, body
    for _ in range(32):
        got = seq(syntax.stmt_list(block), at)
        if got is None:
            return None
        pending = max(pending + got, 0)
        holder = next((st for st in syntax.stmt_list(block) if syntax.inside(at, st)), None)
        if holder is None or holder.id == at.id or holder.type == "return_statement":
            return pending
        inner = next((b for b in holder.named_children if b.type == "block" and syntax.inside(at, b)), None)
        if inner is None:   # (an else-if chain, a switch case...: its header's receives, then stop)
            return pending
        for part in holder.named_children:   # the header: ``if err := <-ch; ...``
            if part.type != "block" and part.end_byte <= inner.start_byte:
                got = own(part)
                if got is None:
                    return None
                pending = max(pending + got, 0)
        block = inner
    return pending


def _fresh_per_turn(ch: Channel | None, loop: Node) -> bool:
    """Is ``ch`` a local made inside ``loop`` (``for ... { ch := make(chan T); ... }``): each turn has its
    own channel, its senders and receives those of that turn?"""
    if ch is None or ch.make is None or ch.place is None or not ch.place.is_local or ch.place.path or \
            not syntax.inside(ch.make, loop.child_by_field_name("body") or loop):
        return False
    decl = ch.make.parent
    while decl is not None and decl.type in ("expression_list", "parenthesized_expression"):
        decl = decl.parent
    return decl is not None and decl.type in ("short_var_declaration", "var_spec")   # (``ch := make(...)``)


def _path_return(where: Node | None) -> Node | None:
    """The ``return`` a path that leaves at ``where`` takes: ``where`` itself, or the first statement of the
    select case it opens (``case <-time.After(d): return errTimeout``)."""
    if where is None:
        return None
    if where.type == "return_statement":
        return where
    case = where if where.type == "communication_case" else where.parent
    if case is None or case.type != "communication_case":
        return None
    stmts = [x for c in case.named_children if c.id != where.id and c.type != "comment" and
             c != case.child_by_field_name("communication")
             for x in (syntax.stmt_list(c) if c.type in ("statement_list", "block") else [c])]
    return stmts[0] if stmts and stmts[0].type == "return_statement" else None


def _taken_before(r, where: Node) -> bool:
    """Is ``r`` a plain receive (no select) that runs before ``where`` on every path to it
    (:func:`syntax.runs_before`: its statement is an earlier one of a block holding ``where``)? It took a
    value before the path went wrong."""
    return r.select_case is None and syntax.runs_before(r.node, where)
