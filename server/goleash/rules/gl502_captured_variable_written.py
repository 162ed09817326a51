"""GL502 captured-variable-written."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding
from ..fixes import guard_fix, used_outside
from ..model import checks
from ..model.shared import ASSIGN, INCDEC, Conflict, SharedVars, Var
from ..rule import FuncContext, Rule

_KINDS = frozenset({ASSIGN, INCDEC})


class CapturedVariableWritten(Rule):
    code = "GL502"
    name = "captured-variable-written"
    summary = "A goroutine writes a variable of the enclosing function that others use at the same time: a data race."
    triggers = frozenset({"go"})
    fixes = ("declare it inside the goroutine (`err :=`) when nobody outside reads it",
             "guard the writes with the function's mutex (or a new one, for goroutines started in a loop)")
    doc = """\
A goroutine closure shares the variables of the function that starts it. When
the goroutine assigns one of them (`err = ...`, `count++`, `results =
append(results, r)`, a named result) while another goroutine — a sibling
started by the same loop, or the function itself — reads or writes it, the
accesses race: the race detector reports them, appends are lost, and the value
the function finally reads is whichever write happened to land last.

goleash reports the first unguarded write in each goroutine and names the
access it races with.

## Bad
```go
	var err error
	for _, f := range files {
		wg.Add(1)
		go func(f string) {
			defer wg.Done()
			if e := upload(f); e != nil {
				err = e // every worker writes err at the same time
			}
		}(f)
	}
	wg.Wait()
	return err
```

## Good
```go
	var mu sync.Mutex
	...
			if e := upload(f); e != nil {
				mu.Lock()
				err = e
				mu.Unlock()
			}
```
(or `errgroup.Group`, or a channel of errors).

## Stays silent
- an access of the function in the other branch of the `if` that starts the goroutine (`if err != nil {
  go func() { err = retry() }() } else { err = other() }`), the variable declared with no loop between it
  and that `if` (in the loop's body, fresh each turn): one run of the `if` takes one branch;
- a goroutine its loop starts in one turn at most: a counting loop from 0 whose bound is 1, or a name
  the statement right before the loop sets to 1 (`t.threads = 1`) and the body does not assign; or the `go` under `if i == k`, `i` the loop's own
  index (`for i := range xs`, not assigned in the body) and `k` the same in every turn, or under `if
  !started` that sets `started = true` on its way in (the flag never reset in the loop);
- a write by one goroutine of a loop only: under `if id == 0` or `if k == "vsan"` where `id` (`k`) is the
  goroutine's parameter given the loop's counter (`for i := 0; i < n; i++ { go func(id int) { ... }(i)
  }`) or a range loop's key, read after the join;
- goroutines of a loop that hold a one-slot semaphore (`case sem <- struct{}{}: go func() { defer
  func() { <-sem }(); ... }()`, `sem` made with capacity 1): one writes at a time;
- a join that a helper's result tells of: `if opWait(done, ctx) { return }`, where `opWait` returns
  false only after receiving from `done`, then the reads; also a timed wait of a WaitGroup
  (`if waitTimeout(&wg, d) { t.Fatal(...) }`, `assert.True(t, wgWait(&wg))`), where the helper's
  goroutine calls `wg.Wait()` first and then closes the channel whose receive gives the result;
- reads after testify asserts a flag true (`assert.True(t, ok)`, `require.Equal(t, true, ok)`) that
  starts false and is set only by receiving (`case ok = <-done:` in a polling loop that may run out of
  turns): going on with it false is a failed test's path;
- reads after a loop that goes on while a flag is true (`for cont { select { ... case <-done: cont = false
  } }`, the flag starting true) that only cases receiving from channels the function makes clear (not a
  timer's `case <-timeout:`): the loop ends only once it received;
- accesses after a send on a local unbuffered channel (`quit <- struct{}{}`, `quit := make(chan
  struct{})`) that only the goroutine receives from, each receive leading straight to its end (`case
  <-quit: ticker.Stop(); return`, or `<-quit` as its last statement; no write, report or deferred function
  on the way; or a case that keeps the value and ends when it is true, `case cancel := <-done: if cancel {
  return }`, when every send says `true`): the send completes only once the goroutine took it, after all
  its writes;
- a mutex held at the write (locked before it, unlocked after or deferred), a package's own mutex made of
  a channel with one slot among them (`Lock()` sends on a field of its receiver, `Unlock()` receives from
  it, the field made with a buffer of one wherever it is made) or of atomics and a channel (both change a
  field of the receiver with `sync/atomic`, `Lock()` waits on `<-m.ch`, neither calls another `Lock`:
  a flag that only stores 0 and 1 excludes no one, and stays reported), and another package's type of the module
  that embeds a `sync.Mutex`/`RWMutex` and has no `Lock` of its own (`c.rts.Lock()`, `rts *routes.Table`
  with `type Table struct { sync.RWMutex; ... }`: sync's lock; a type whose `Lock` is its own, a lock
  file, stays reported); also a keyed lock, `m.Lock(key)`
  ... `m.Unlock(key)` (`if err := m.Lock(ctx, key); err != nil { return }`, `defer m.Unlock(key)`), a
  lock per key that a package hands out, when the key is the same in every goroutine: a literal, or a
  variable of the enclosing function nothing assigns, declared outside the loops around it; likewise a
  lock whose `Lock` takes a context and whose `Unlock` takes nothing (`if err := l.Lock(ctx); err != nil
  { return }`, `defer l.Unlock()`), when `l` is such a variable: the value itself is the lock;
- a write that never runs: under `if err != nil` where `err` is the error of a package function that
  returns nil there on every path (also passed up: `return streamBlocks(ctx, keys)`);
- a variable also used through `sync/atomic` (GL504's business) or whose address is passed on;
- the function reading the variable only after it waited: `wg.Wait()`, a receive, a `select`, a read to
  the end of a pipe it made (`io.ReadAll(client)` of `server, client := net.Pipe()`: it returns once the
  goroutine closed `server`; or of a pipe end a package function made and returns, `r, w := newStream()`, or a reader of its own type
  it returns wrapping one, `reader := &countingReader{src: pr}` whose `Read` reads `r.src`; also through readers that reach their source's end, `io.TeeReader`,
  `bufio.NewReader`, gzip's multistream reader, not a tar or limit reader), a
  package helper, or a local closure called by name (`wait := func(c chan struct{}) { select { case
  <-c: case <-time.After(d): t.Fatal(...) } }`), that receives on the channel it is given before it returns (on every path, or in a
  `for n := 0; n < want; { ... n++ }` loop the call gives a positive constant `want`), a
  loop on an atomic flag (`for !done.Load() {}`, `for atomic.LoadInt32(&finished) == 0 { time.Sleep(d) }`)
  or on a count of running goroutines
  (`for atomic.LoadInt64(&pending) != 0 {}`), Gomega's `Eventually(done).Should(BeClosed())` (or
  `Receive()`) of a channel it made, or testify's `require.Eventually` polling one
  (`require.Eventually(t, func() bool { return done.Load() }, ...)`: it stops the test unless the
  flag was seen set);
- in a `synctest` bubble, reads after `synctest.Wait()` with nothing in between that could wake a
  goroutine of the bubble (a channel operation, a call other than `t.Errorf`-style reports and
  side-effect-free helpers such as `cmp.Diff`, or a package function whose body does none of this
  itself, a getter): what the goroutines did happens before `Wait` returns;
- a start signal: the goroutine writes only after receiving from a channel the function
  made and alone sends on, and the function reads the variable only before that send (also in a loop
  that starts the goroutines when the one send or close comes after the loop: `close(exit)` after it); also
  a channel the function hands to one call only, read by the goroutine before it writes (`for s := range ch
  { after = s }`), when the function reads the variable as an argument of that call (`src.List(ch, after)`):
  every send is that call's, made after its arguments were read; or a start count: the goroutine writes
  only after `wg.Wait()` of a local WaitGroup counted before it starts, whose every `Done` runs in
  goroutines the function starts after it reads the variable (`ready.Add(n); go func() { ready.Wait();
  cancel = ... }(); defer cancel(); for ... { go func() { ready.Done() }() }`); or a channel field of a
  value the function made, received from directly or through its accessor (`<-t.Stopping()`) and closed
  or sent on only by the value's methods, which the function calls after its read (`t.Stop()` closing
  `t.stop`), the value used only as their receiver;
- one goroutine started outside a loop, the function not touching the variable until it joins;
- a goroutine started in a loop that waits for it in the same iteration;
- writes to distinct slice elements (`results[i] = r`), which do not race;
- writes behind a once-gate (`if atomic.SwapUint32(&once, 1) == 0 { first = err }`,
  `set.CompareAndSwap(false, true)`, with nothing setting the flag back): one goroutine writes;
- writes that follow a `Serve` that never returns (`err = s.Serve(ln)`, on a listener nothing in
  the function closes or hands on, by a server nothing shuts down: it blocks in `Accept` forever),
  also in an `if`'s initializer (`if err = s.Serve(ln); err != nil`) and by a server a package function
  has just made for the call and kept no reference to (`newServer(h).Serve(ln)`), also on a wrapper of the
  listener (`s.Serve(tls.NewListener(ln, cfg))`, `netutil.LimitListener(ln, n)`: a package function named
  for a listener, given it first; it fails only once `ln` does);
- uses that come before everything that could end such a `Serve`: every close, shutdown or hand-on
  of its listener and server (`return s` to a caller that closes it, a `defer s.Close()`, also in a
  deferred literal, `defer func() { s.Stop() }()`) follows the
  use in the function, in no loop around it (registering a service on the server,
  `pb.RegisterGreeterServer(s, impl)`, is no hand-on). `Serve` returns only after one of them, and the
  write after `Serve`;
- uses that come before the cancel of the context a run loop is given, when the goroutine writes only
  once it has returned (`err = s.Run(ctx)`, a call named `Run`, `Serve` or `running`; `ctx, cancel :=
  context.WithCancel(context.Background())` or of `t.Context()`, its cancel only called after the use, or
  deferred, and not handed on; or the test function's own `t.Context()`, cancelled once it has returned),
  and `s` is not told to stop before the use (`s.StopWithin(d)`, `s.Close()`, `s.Shutdown(...)`): a run
  loop returns once its context is done, or it is stopped.

## Fixes
- **Declare it inside the goroutine** (`err = f()` → `err := f()`) when nothing
  outside the goroutine reads the variable afterwards.
- **Guard with the mutex**: wrap each unguarded write of the goroutine in
  `mu.Lock()`/`mu.Unlock()` using a `sync.Mutex` variable of the function; for
  goroutines started in a loop, a new `var mu sync.Mutex` before the loop when
  there is none.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        shared = ctx.shared
        for v in shared:
            if v.is_loop_var:
                continue  # GL501
            for c in shared.conflicts(v, _KINDS):
                w = c.write
                lit = syntax.go_literal(w.runner) if w.runner is not None else None
                if lit is not None and checks.nil_error_guarded(ctx.model, ctx.pkg, w.ident, lit):
                    continue   # under ``if err != nil`` of a package function that returns nil there
                clause, related = c.explain(ctx, v.name)
                stmt = syntax.stmt_of(w.ident)
                target = stmt if stmt.type in ("assignment_statement", "inc_statement", "dec_statement") else w.ident
                msg = f"data race on {v.name}: written here with no mutex held. It is written {clause}"
                yield ctx.finding(target, msg, related, self._fixes(ctx, shared, v, c))

    def _fixes(self, ctx: FuncContext, shared: SharedVars, v: Var, c: Conflict):
        out = []
        g = c.write.runner
        local = self._declare_inside(ctx, shared, v, g)
        if local is not None:
            out.append(local)
        guard = guard_fix(ctx, shared, v, c, _KINDS, preferred=local is None)
        if guard is not None:
            out.append(guard)
        return out

    @staticmethod
    def _declare_inside(ctx: FuncContext, shared: SharedVars, v: Var, g: Node):
        if used_outside(shared, v, g) or v.is_result or v.decl.type in syntax.FUNC_TYPES:
            return None
        mine = [a for a in v.accesses if a.runner == g]
        first = min(mine, key=lambda a: a.ident.start_byte)
        stmt = syntax.stmt_of(first.ident)
        lit = syntax.go_literal(g)
        if first.kind != ASSIGN or stmt.type != "assignment_statement" or \
                syntax.text(stmt.child_by_field_name("operator")) != "=" or \
                stmt.parent is None or stmt.parent.parent != syntax.func_body(lit):
            return None
        left = stmt.child_by_field_name("left").named_children
        if any(syntax.text(n) not in (v.name, "_") for n in left):
            return None
        edits = [ctx.replace(stmt.child_by_field_name("operator"), ":=")]
        outside = [a for a in v.accesses if a.runner != g and not syntax.inside(a.ident, v.decl)]
        if not outside:
            # the outer variable would be left unused: remove its `var x T` line
            d = v.decl
            specs = [s for s in syntax.walk(d) if s.type == "var_spec"]
            if d.type != "var_declaration" or len(specs) != 1 or len(specs[0].children_by_field_name("name")) != 1 \
                    or specs[0].child_by_field_name("value") is not None:
                return None
            edits.append(ctx.delete_line(d))
        return ctx.fix(f"Declare {v.name} inside the goroutine ({v.name} :=)", *edits, preferred=True)
