"""GL505 fatal-in-goroutine."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding, Related
from ..model import checks
from ..model.effects import TESTING_TYPES, test_driver, translate
from ..model.types import func_sig
from ..rule import FuncContext, Rule

_REPORTERS = frozenset({"Error", "Errorf"})   # Fail() panics once the test is done (a late Log is redirected)
_STOPPERS = frozenset({"Fatal", "Fatalf", "FailNow", "SkipNow", "Skip", "Skipf"})
_LEAK_CHECK = re.compile(rb"\bgoleak\.Verify\w*|\bgleak\.HaveLeaked\b|\bleakcheck\.Check\w*|"
                         rb"\bfor\s+runtime\.NumGoroutine\(\)\s*>")


class FatalInGoroutine(Rule):
    code = "GL505"
    linters = frozenset({"staticcheck", "SA2002", "testifylint"})
    name = "fatal-in-goroutine"
    summary = ("t.Fatal/FailNow/require in a goroutine end only that goroutine: the test then hangs on what it "
               "skipped, or panics when it fails after the test returned.")
    triggers = frozenset({"go"})
    overlaps = "vet testinggoroutine"
    fixes = ("`defer close(done)` / `defer wg.Done()` at the goroutine's start, for the signal the check skips",)
    doc = """\
`t.Fatal`, `t.FailNow`, `t.SkipNow` (and `Fatalf`, `Skip`, `Skipf`, testify's `require.X`, a helper
that calls them) stop the test by calling `runtime.Goexit` — in the goroutine that calls them. Called
from a goroutine the test started, they end only that goroutine: its deferred calls run, nothing
else. goleash reports the call where that does harm a failing check would not otherwise do:

- **the test hangs**: it waits (`<-done`, `for range ch`, `wg.Wait()`, with no other way out) for a
  send, a close or a `Done` the goroutine makes only after the check, not deferred. When the check
  fails the signal never comes and the test blocks until `go test`'s timeout (10 minutes by default)
  kills the binary, its failure message lost in a dump of every goroutine;
- **the binary panics**: the test does not wait for the goroutine (no `Wait`, receive or deferred join
  on some path from the `go` statement to the test's return), so the check can fail after the test
  returned, and `Fail` panics ("Fail in goroutine after TestX has completed"), ending every test left.

Both need the check to fail on a run of correct code, so goleash reports it only where it can show
how (in the goroutine's literal, or in a package function it runs, `go checkFile(t)`): the error checked comes, on some path through the functions it runs (the package's, the module's),
from the environment — a function of `os`, `net`, `net/http`, `os/exec`, `syscall` or `database/sql`;
a read or write of a stream that is not in memory (`io.Copy(f, r)`, `fmt.Fprintf(os.Stderr, ...)`); a
method named for I/O (`Read`, `Write`, `Accept`, `Dial`, `Serve`, `Send`, `Recv`, `Query`, `Exec`,
`OpenStream`...); a wait that can time out or be cancelled (`ctx.Err()`, `<-ctx.Done()`, `time.After`, a
receive: another goroutine's timing); code goleash cannot read that is handed a context that can end
(`t.Context()`, a `WithTimeout` context, not `context.Background()`) or a connection; or a field of the
receiver that the method tests and changes itself, called by goroutines started in a loop. A value
received and compared (`case rpc := <-rpcCh:` then `if !reflect.DeepEqual(req, &args)`, `require.Equal(t,
want, <-peer.Requests)`) is what its sender sent, the same on every run: only an error received, or a
value of a local channel the test sends on more than once or in a loop (which comes first is the
goroutines' timing), varies. The message
names that call: "The error checked can come from os.ReadFile, which differs from run to run".
A wait or a reading of the clock counts only where it decides what the function returns (in the error
a `return` gives, a loop's condition, the condition of an `if` that returns an error, a `select` case
that returns one — not one whose only failing returns test the error of a call the case makes, `b, err
:= enc.Encode(m); if err != nil { return err }`, nor through the value received handed to such a call;
not `log.Printf("took %v", time.Since(start))`, not `<-ctx.Done(); return nil`); the errors of a
goroutine the function starts (`go func() { if err := write(); err != nil { log.Print(err) } }()`) are
not its own, nor is what a call gives to a field of a composite literal (`&tls.Config{Renegotiation:
pick(ctx, s)}`: a value, an error only under a key named for one, `Err: f()`), nor an error declared
in an `if`'s initializer that the `if` only panics with or logs, no `return` in it (`if _, err :=
s.restart(); err != nil { panic(err) }`: its scope ends there); a
stream the function is handed counts only where it operates on it (asks it a method, or hands it to
code goleash does not read; one it only keeps, `&framer{w: w}`, makes none of its errors), and a
context or stream the function is handed counts only where its caller hands one that can end or fail
(not `context.Background()`, `bytes.NewReader(b)` or crypto/rand's reader, also as a local holding one,
`dst := &bytes.Buffer{}`; with several, `io.CopyBuffer(dst, src, buf)` of two, only where one of them can;
nor an unexported context
field every literal and assignment of the package gives `context.Background()`, `tr.ctx` of a test's
`&reqs{ctx: ctx}`); a tracing span's child (`ctx, span := tracer.Start(ctx, "op")`) or a
`context.WithValue` of it is still the caller's context, and a function literal the function returns
runs with the context of whoever calls it (not its own failure); a group's `Wait` gives what
the functions handed to its `Go` return, a `Do` handed a function (`singleflight.Group.Do`) what that
function returns; `require.Nil(t, err)` of an error result is read like
`require.NoError`.

A goroutine that tells the test it is over in a `defer` (`defer wg.Done()`, `defer close(done)`) is not
reported: `Goexit` runs the deferred call, the test goes on marked failed and ends as it would after
`t.Error` and `return` (vet's testinggoroutine and staticcheck's SA2002 report it all the same).
(anchors: staticcheck SA2002, vet testinggoroutine, testifylint go-require)

## Bad
```go
	done := make(chan struct{})
	go func() {
		if err := srv.Serve(l); err != nil {
			t.Fatal(err)   // the test hangs at <-done
		}
		close(done)
	}()
	<-done
```

## Good
```go
	go func() {
		defer close(done)
		if err := srv.Serve(l); err != nil {
			t.Fatal(err)
		}
	}()
```

## Also: helpers and testify's require
A package helper that may call `t.Fatal` on the `t` it is given (directly or through
further helpers) does the same when called in a goroutine, or started as one
(`go mustStart(t, srv)`, reported when the test may return before it ends); so does testify's
`require.NoError(t, err)` (it calls `t.FailNow` when the check fails). goleash reports the call,
with the helper's `Fatal` as a related location. `assert.X` only reports and stays silent.
A `t.Fatal` (or `require.Fail`) that always ends the goroutine before a `wg.Done()` is GL202's finding.

## Also: reports after the test returned
`t.Error`/`t.Errorf` in a goroutine the test does not wait for: when
it runs after the test has finished, `Fail` panics with "Fail in goroutine after TestX has completed" and takes
the whole test binary down. goleash reports it only where it can show the test returning first: the
goroutine is started by the test itself (a `TestX` function or a `t.Run` literal: a helper's return does
not end the test), and either nothing on the test's way from the `go` statement to its return can wait
for the goroutine (no call that may block, no channel operation, loop or select; `time.Sleep` and a
context's `cancel()` wait for no one; every turn of a loop around the `go` statement alike), or the report
is reached when an accept loop fails that the test stops only in a `defer` (`defer ln.Close()` of a
listener accepted on in a loop, or accepted once and never dialed; `defer srv.Close()` of net/http's
`srv.Serve(l)`): that close makes it fail on every run, as the test returns. A test that goes on after the
`go` statement (dials, calls the code under test, receives) may wait for the goroutine through what they
share — a mock's channel, a connection's first message, a pipe — which goleash does not read, and the
report after the test then needs the test to fail first.

## Stays silent
- a check whose error comes only from the code under test and the test's own inputs — a validation
  (`if name == "" { return errors.New(...) }`), a lookup, a parse or an encoding (`strconv.Atoi`,
  `json.Marshal`), a mock's answer: the same on every run, it fails only once that code regressed, and
  then on every run alike (a failing test, not a hang that comes and goes); or from code goleash cannot
  read (another module's function, a func parameter, a method of a value whose type it does not know)
  handed nothing that can end or fail: no path to a failure can be shown. (Misses: a failure that
  depends on other goroutines changing state through another method or type, `q.stop()` raising the
  flag `q.acquire` tests.)
- `t.Error`/`t.Errorf`/`t.Log` in goroutines (they are safe to call from any goroutine);
  for the late-report case: a check of what the goroutine's start made, while the test sleeps right
  after starting it (`go ...` followed, with nothing between that can leave or stop the test, by
  `time.Sleep(d)`, `d` a constant of 100 ms or more), when nothing before the check in the goroutine (a
  literal, or the function it calls) can wait — no loop, channel operation or select, only calls that
  return at once: a listen (`net.Listen`, `tls.Listen`), a file read, `tls.LoadX509KeyPair`, a pure
  function, a constructor `NewX`, a registration — or a server the goroutine starts itself that no one
  else can close (`http.ListenAndServe(addr, h)`, `s.Serve(l)` of locals it never closes: it returns
  only when it cannot start); also goroutines the test waits for on every path to its normal return
  (`wg.Wait()`, or `x.Wait()` or `x.Finish()` of a type goleash cannot see, such as a tomb, when the goroutine calls
  `x.Done()`; a receive, a select; `t.Cleanup(wg.Wait)` or a Cleanup func that waits; a deferred read to
  the end of one end of a pipe whose other end the goroutine closes, `defer func() { io.Copy(io.Discard,
  out) }()` of `in, out := net.Pipe()` with the goroutine's `in.Close()`; a loop after the spawns that
  fills a semaphore to its capacity, `for n := parallel; n > 0; n-- { sem <- true }` of `sem := make(chan
  bool, parallel)`, the goroutines giving their token back in a `defer`; a loop
  with the spawning loop's clause that receives once per goroutine (or `k` times as often when every
  turn starts `k` goroutines, `go store(t, done); go del(t, done)` then `for range 2 * n`); a spin until a count of running
  goroutines is back to zero, `for atomic.LoadInt64(&pending) != 0 {}`); a helper's goroutine counted
  on a WaitGroup parameter (`start(t, &wg)`; the `Add` there or in the caller, the goroutine's first
  statement `defer wg.Done()`) when every caller waits for it in a `defer wg.Wait()` made before the
  call, or reaches `wg.Wait()` or `defer wg.Wait()` right after it with nothing between that can return
  or stop the test (a `t.Fatal` between completes the test first), or passes on a WaitGroup parameter
  its own callers wait for; a helper's goroutine that sends on (or closes) a channel the helper makes and
  returns, when every caller receives from that result (`step, resp := serve(t); step(); <-resp`) with
  nothing between that can return or stop the test; likewise a WaitGroup the helper makes and returns,
  when its goroutine says `wg.Done()` deferred or after every report of its own, and every caller waits
  on that result (`wg := waitForState(t, s, "up"); ...; wg.Wait()`: the reports come before the Wait
  returns, or the test never does); a helper that returns a stop function joining the
  goroutine (`func() { srv.Shutdown(ctx); wg.Wait() }` for a goroutine that calls `wg.Done()`, or one
  that receives from its channel), when every caller defers or calls it (`addr, stop := serve(t, h);
  defer stop()`, `t.Cleanup(stop)`, or for the value it returns: `getA := readAsync(t, "a"); ...; a, b :=
  getA(), getB()` with `func() []byte { wg.Wait(); return data }`) with nothing between that can return or stop the test; a helper that runs a func it is given in a
  goroutine and returns only once it returned, or stops the test (`waitOrFail(t, wg.Wait, "...")`);
- for the late-report case, a test that defers a goroutine-leak check (`defer goleak.VerifyNone(t)`,
  gomega's `gleak.HaveLeaked`, grpc's `leakcheck.Check`, directly or in a package helper): it waits until
  its goroutines have ended, or fails for the leak;
- for the late-report case, a test method that nothing in the package calls (`func (s) TestX(t
  *testing.T)`): a harness in another package runs it by reflection (grpc's `grpctest.RunSubTests`, a
  suite runner) and decides when it completes, maybe after waiting for its goroutines (a leak check in
  its teardown), which goleash cannot see; likewise a helper every caller of which passes such a test's
  own `t` (a subtest's `t` completes when its function returns, and stays reported);
- goroutines after an unconditional `t.Skip` or `return` (never started), after a helper that always
  skips, or under `if debug` with `debug := false`, or in the body of a loop that is never entered
  (`stop := false; for stop { ... }`, the flag set only in that body);
- checks that cannot fail:
  - `require.NoError(t, err)` of the test's own `err`, which the test required nil before the `go`
    statement (`require.NoError(t, err)`, `if err != nil { t.Fatal(err) }`) and which nothing assigns
    afterwards, no goroutine or closure at all (a stale check at the top of the goroutine's loop);
  - an error a package method returns only under `if q.closed` (or `q.closed.Load()`) of a flag that only
    functions the test calls raise (`close` setting `q.closed = true`, `Store(true)`,
    `CompareAndSwap(false, true)`; no other function of the package calls them but other `TestX`), called
    only once the goroutine was waited for (after `wg.Wait()`, or deferred by a test that waits for it):
    the flag is down while the goroutine runs (read by the field's name in the package: a literal
    `&T{closed: true}` or any other write of a field of that name keeps it reported);
  - a check under `if err != nil` of an `err` already nil on every path there: tested by an earlier stop
    (`if err != nil { t.Fatal(err) }`, a `return`) and given no other value on any path since (a
    read loop's `_, err := conn.Read(buf)` declares another one; `err = conn.Close()` after the loop is
    not on the way);
  - `require.NoError(t, err)` of `err := s.update(func(m M) error { ...; return nil })` where the package's
    `update` returns its callback's result (or nil): a literal that returns nil on every path;
  - `require.NoError(t, f())` (or `_, err := f()`, or `err = f()` right before — statements that do
    not name `err` may lie between, and `req, err := f()` gives an `err` declared above its new value —
    then `require.NoError(t, err)`) where `f` returns nil on every path, and `require.Nil(t, x)` where `x` is a result `f` returns as `nil` on every path;
    every path that this call can take: a return inside a `range` over a parameter the call passes
    `nil` for (or a variadic one it passes no values for: `New(u, nil)` of `New(u Upgrader, rc
    Manager, opts ...Option)`, whose only error comes from an option), under `if p != nil` (`len(p) >
    0`, a bool `p`) with `nil` (`false`) passed, under a validation `if p == c` (`p <= c`, `p < c`) that
    the constant passed fails (`if every <= 0` with `5*time.Second`, `if name == ""` with `"tick"`), under `if cfg.ProxyURL != ""` (a field of a parameter
    tested for being set) with a keyed literal that leaves the field out passed (`Config{Enabled:
    true}`), or in a `case <-ctx.Done():` with `context.Background()` passed (or the test's own `t.Context()`
    in a goroutine the test waits for before it returns: done only once the test has returned), is not a
    path of this call (unless the function gives the parameter another value first); an error passed up from a
    package function that returns nil on every path counts as nil (`return s.inner()`, `return g(ctx,
    keys)` of a multi-result `g`, a bare `return` of a named error result nothing sets, `if err :=
    c.node.remove(ch); err != nil { return err }`), a few calls deep, as does `return json.Marshal(&T{...})`
    of a type that always encodes (strings, bools, integers, string-keyed maps, slices, pointers and such
    structs of the package, no `MarshalJSON` of their own), and a call of the function itself
    with its own parameters (`return s.StartSession(ctx, key)`: a retry) counts as what its other returns
    give; so does `return ctx.Err()` with
    `context.Background()` passed, or with a context that can only be cancelled
    (`context.WithCancel(context.Background())`, `t.Context()`) when the check leaves
    `context.Canceled` out (`if err := c.Run(ctx); err != nil && !errors.Is(err, context.Canceled)`),
    or with the test's own `t.Context()` in a goroutine the test waits for before it returns (that
    context is cancelled only once the test function has returned), or with the goroutine's own `ctx,
    cancel := context.WithCancel(context.Background())` whose `cancel` it names only after the check
    (or defers); also after the function gives its context back a value only (`ctx, span :=
    tracer.Start(ctx, "op")`, `ctx = context.WithValue(ctx, k, v)`, `metadata.NewOutgoingContext`);
    also through a callee
    (`if err := c.signal.Wait(ctx); err != nil { return err }`);
  - for the late-report case, a report that leaves `context.Canceled` out, of the error of a call given
    the test's own context: `t.Context()`, or a `context.WithCancel` whose cancel the test defers (no
    deadline). When the test ends that context is cancelled, and the call's `context.Canceled` is not
    reported; a report after the test needs the call to fail by itself in that moment (a stream's
    `Run(t.Context())` of a library goleash cannot read);
  - `require.NoError(t, err)` or a helper that fails only when `err != nil`, where `err` is nil on
    every path to the call;
  - a check of the error of `c.Close()` (or a socket option, `SetLinger(0)`, also on `c.(*net.TCPConn)`)
    of a connection the goroutine accepted itself from a plain TCP listener (`net.Listen`, a
    `net.ListenConfig`), only read, written and given deadlines there, and closed there only: closing an
    open socket does not fail (a TLS connection writes an alert on close, and stays reported); likewise
    the one `ln.Close()` of a listener the declaration made with `net.Listen` and otherwise only
    accepts on and asks the address of (a second close fails, and stays reported); and a `ReadFrom` or
    `WriteTo` of a UDP socket the goroutine made itself (`net.ListenPacket`) and closes only in its own
    `defer`: the read fails only once the socket is closed, an unconnected send reports no refused
    destination;
  - a check of the error of a read of the system's random source (`rand.Read(b)`, `io.ReadFull(rand.Reader,
    b)`, `uuid.NewRandom()`, `ecdsa.GenerateKey(elliptic.P256(), rand.Reader)`), also passed up by
    package functions (or turned into another error under `if err != nil`, where `err` is a `var err
    error` set only by such calls, `token, err = randomToken(32)` in one arm of a switch), through a package helper that fails only when its argument is not nil too: since
    Go 1.24 crypto/rand never returns an error (it crashes the program instead);
  - a check of the error of `r.Read(buf)` of a local pseudo-random generator that the function sets only
    with math/rand's (or x/exp/rand's) `New` (`r := rand.New(rand.NewSource(seed))`): its `Read`
    always fills the buffer and returns nil;
  - a check of the error of a named signal sent to the process itself (`syscall.Kill(syscall.Getpid(),
    syscall.SIGTERM)`): kill(2) fails only for another process or an invalid signal;
  - a check of the error of a query (`db.QueryContext`, `rows.Err()`, `tx.Commit()`, also a few calls
    down) in a test whose database is a mock (`db, mock, err := sqlmock.New()`, pgxmock) and that opens no
    real one (`sql.Open` of another driver, `pgxpool.New`, `sqlx.Connect`): the mock answers exactly
    what the test scripted (`mock.ExpectQuery(q).WillReturnRows(rows)`), the same on every run; the error
    may also be assigned in the `if` itself (`if err = scrape(ctx, db, ch); err != nil`);
  - a check of the error of a write into memory: `buf.WriteString(s)` (`Write`, `WriteByte`, `WriteRune`)
    of a `bytes.Buffer` or `strings.Builder`, or `fmt.Fprintf(&buf, ...)` into one (they grow, or panic);
  - a check of the error of a std encoder into memory (`json.Marshal(rows)`, `xml.Marshal`) of a value built
    from the test's own inputs (nothing in it a parameter, received, or read from the clock), or of
    `json.Unmarshal(data, &m)` of what such an encoding gave: the same result on every run;
  - a check of the error of a std parse of constants only (`tls.X509KeyPair([]byte(certPEM),
    []byte(keyPEM))` with package constants, or package variables set from a literal that nothing
    assigns, `url.Parse("http://...")`, `regexp.Compile(pattern)`, `strconv.Atoi("42")`; `http.NewRequest`
    of a constant method and a constant URL, or the URL of a test server the function made, `ts :=
    httptest.NewServer(h)`, with constants appended, `ts.URL+"/health"`: only its port changes from run to
    run), or a resolve of a numeric address, `net.ResolveTCPAddr("tcp", "127.0.0.1:11234")` (no lookup):
    the same result on every run, so it cannot fail on one run only;
  - a check of the error of `io.ReadAll(x)` where `x` is one end of a `net.Pipe()` (made in the test,
    or returned by a package helper that made it), the read end of an `os.Pipe()`, or a command's
    `cmd.StdoutPipe()` (`StderrPipe()`) that nothing waits for (`cmd.Wait()` closes it) before the
    goroutine's result is received, that the test only reads and writes, closing it only
    after it received what the goroutine sends after the check: a pipe end's read fails only once that
    end is closed or past a deadline, and the other end's close is `io.EOF`, which `ReadAll` returns as
    nil;
  - a check of the error of `w.Write` or `r.Read` of an `r, w := io.Pipe()` of the test that nothing can
    close: neither end closed (the writer may close itself after its last Write, in the same function), each
    only used for its own I/O or handed on as an `io.Reader`/`io.Writer`, which have no `Close`
    (`NewScrubReader(in, ...)` of a package function taking an `io.Reader`, `bufio.NewReader(in)`): a pipe's
    Write fails only once its read end is closed, its Read only once one of its ends is; also the Read of a
    reader made over such a read end (`r, err := NewScrubReader(in, env)`, `bufio.NewReader(in)`): what
    it makes of the bytes the test wrote is the same on every run;
  - a check or report under `if err != nil` where `err` holds the error result of a package function
    that returns `nil` there on every path (`if err := n.Send(m); err != nil { t.Errorf(...) }`; also a
    method of an interface value a package function returns as one concrete type: `w, err :=
    r.Watch(ctx)` then `w.Stop()`, `watcher.Stop`; and a method whose receiver a package constructor made
    from the test's own type, `m := New(&fixedProvider{})` storing it in an interface field `provider` (or a
    local holding it, a field of what a package function returns, `s.cache` of `s := makeScaffold()`, a
    parameter of a helper every call passes such a value for): its calls `m.provider.Key(id)` are that
    type's methods, a few layers down when the argument is a constructor call too (`withAcked(withNotified(
    &memMessage{}))`: each decorator's `m.finisher.Finish(err)` runs the next one's); and a method of an
    interface parameter of an
    unexported helper every call of which passes one package type, `checkEpochs(t, newMemEpochs())`);
- testify's value assertions in the goroutine itself (`require.Equal(t, want, got)`, `require.True(t,
  ok)`, `require.NotNil(t, x)`, `require.Len`, `require.Contains`, `require.Error`...): they check a
  value the code under test computed from the test's inputs, so they fail only when that code computes
  another value than the test expects, on every run alike, and the test is then marked failed all the
  same; so is `require.Nil(t, x)` of a value whose type cannot hold an error (a slice, map, string,
  number or bool, a pointer to a struct of the package without an `Error` method, or to a value
  type of the standard library, `*big.Int`, `*time.Time`, `*url.URL`). Reported when an argument reads the clock (`time.Since(start)`) or receives (`<-ch`): a value
  that can differ from one run to the next. `require.NoError`/`Nil` (an error result: a failure of the
  environment, a closed connection, a timeout) and `require.Fail` stay reported;
- for the same reason, a package helper that is such an assertion (`Equal(t, got, want)`, `MustTrue(t,
  cond)`, `Assert(t, cond, msg...)`: every stop of it under conditions on its own parameters only,
  other helpers it calls such too), given no error, clock read or receive (`Equal(t, len(buf), size)`;
  `MustNil(t, err)` stays reported);
- for the same reason, a `t.Fatal`, a `require` or a late `t.Errorf` reached only under an `if` that
  compares such values (`if got != want`, `if !reflect.DeepEqual(a, b)`, `if id == ""`): no error in
  the condition (but `if err == nil { t.Fatal(...) }`, an error asked for and not got: `require.Error`'s
  shape; not a `require` under it, which checks another error), and nothing in it, nor in the declarations of the names it tests (followed a few
  steps; a counter of `for i := range 10` and a `var b []byte` set only in the function with such
  values, `b = appendX(b)`, are the same on every run), that reads the clock, receives, is a channel
  (`len(ch)`), or comes from a parameter (`if strict`); and a
  package helper whose only ways to stop the test are such checks;
- a `Fatal` or `require` reached only once `srv.Serve(l)` returned or failed (`require.NoError(t,
  srv.Serve(l))`), where nothing in the test closes `l` or hands it on (`l` made by the test, or by the
  goroutine itself before the `Serve`), nor shuts `srv` down (registering
  a service on it, `pb.RegisterGreeterServer(srv, impl)`, is neither; nor returning them from an
  unexported helper whose every caller drops them or only asks the listener for its `Addr()`): it never
  returns, so the check never runs (`Serve` retries the errors `Accept` returns on a live listener,
  running out of file descriptors among them; `l.Accept()` itself returns them, so a `Fatal` after it
  stays reported);
- a `Fatal` or `require` reached only once a gRPC server's `Serve(l)` returned (`require.NoError(t,
  srv.Serve(l))`, `srv := grpc.NewServer(...)`), where the test stops the server and closes the listener
  only when it returns (`defer srv.GracefulStop()`, `t.Cleanup(srv.Stop)`; or later, in a closer a helper
  returns to its caller, `closer := func() { srv.GracefulStop(); lis.Close() }` ... `return conn, closer`;
  registering a service, `pb.RegisterGreeterServer(srv, impl)`, is no stop) and dials `l.Addr()` (or an
  in-memory listener itself, `lis.Dial()` of bufconn; also through a package helper
  handed `l` that only asks it for its `Addr()` and dials: `conn := dialListener(t, l)`; or the very address literal
  the listener was made with, `":9999"`, or a local holding it that nothing changes; also in a subtest
  it runs, `t.Run(name, func(t *testing.T) {...})`) after starting the goroutine:
  gRPC's `Serve` returns nil once stopped while serving. A `srv.Stop()` in the test's own flow, or a
  server nothing dials, can come before `Serve` began, which then fails with `ErrServerStopped`; so a
  report that leaves `grpc.ErrServerStopped` out (`err != nil && err != grpc.ErrServerStopped`), late
  or not, of a server stopped only at the end and before its listener is closed (`t.Cleanup(func() {
  srv.Stop(); lis.Close() })`) needs no dial; likewise a report that leaves `http.ErrServerClosed` out
  (`err != nil && err != http.ErrServerClosed`) of `srv.Serve(l)`, `srv` a local `&http.Server{...}` and
  `l` a listener nothing else closes or hands on: `Serve` returns that error once the server is shut down
  or closed (before it started too) and retries an open listener's temporary errors;
- a late report reached only when `l.Accept()` failed, or `s.Serve(l)` (`http.Serve(l, h)`) with a
  server of the test that nothing shuts down or takes, on a listener of the test that nothing in it
  closes or hands on (the error declared by the call, or assigned by it right before the `if`), or
  with `net.ErrClosed` left out (`if !errors.Is(err, net.ErrClosed)`, or by its message:
  `!strings.Contains(err.Error(), "use of closed network connection")`, alone or in an `&&`; or an
  `if errors.Is(err, net.ErrClosed) { return }` before the report; or under `if !closed` with the
  test setting `closed = true` before each `l.Close()`; or in the `default` of a `select` that receives
  from a local channel the test closes before each `l.Close()`, also in a closer it hands back: `return
  func() { close(shutdown); l.Close() }`): a listener's Accept fails once it
  is closed, and that is not reported (a close the goroutine makes itself once its accept loop is
  over, `for i := 0; i < n; i++ { c, err := l.Accept() ... }; l.Close()`, cannot make an Accept fail);
- `t.Fatal` in the test function itself or in a `t.Run` subtest body;
- (from an external test package, `package foo_test`, the package's own functions are followed as in
  `foo` itself: `foo.New()`, `(*foo.Server).Ping`)
- a `t` that is not a `*testing.T`/`*testing.B`/`*testing.F`/`testing.TB` parameter.

## Fixes
- **Defer the signal**: the goroutine's last statement, `close(done)` or `wg.Done()`, moves to a
  `defer` at its start, so it runs however the goroutine ends. None for a send (`ch <- v` needs the
  value) or a late failure (the test must wait for the goroutine).
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        um = ctx.model
        downs: dict[int, frozenset] = {}   # the flags down, per goroutine (asked once each)
        late_reported = set()
        for call in ctx.calls():
            recv, name = syntax.call_name(call)
            f = um.func_at(call)
            if f is None or f.how != "go" or f.start is None:
                continue
            param = self._testing_param(um, call)
            if param is None or not um.reachable(call):
                continue   # (after an unconditional t.Skip or return: it never runs)
            g = f.start
            if name in _STOPPERS:
                if self._never_fails(ctx, call, f.node) or \
                        checks.cannot_fail(um, ctx.pkg, call, f.node, self._live_context(ctx, f.node, g, call),
                                           self._down(ctx, f.node, g, downs)) or \
                        not checks.may_vary(um, call, f.node, ctx.pkg):
                    continue
                found = self._harmful(ctx, call, f, param, f"{recv}.{name}")
                if found is not None:
                    yield found
            elif name in _REPORTERS and g.id not in late_reported and \
                    syntax.text(param.type_node) != "*testing.B" and \
                    (_returns_promptly(ctx, g) or self._closed_at_end(ctx, call, f.node)) and \
                    not self._accept_failure(ctx, call, f.node) and \
                    not checks.cannot_fail(um, ctx.pkg, call, f.node, (),
                                           self._down(ctx, f.node, g, downs)) and \
                    checks.may_vary(um, call, f.node, ctx.pkg) and \
                    not checks.ended_with_test(um, call, f.node, param.name) and \
                    not self._never_fails(ctx, call, f.node) and not self._stop_filtered(ctx, call, f.node) and \
                    self._outlives(ctx, g, param) and not _at_start_while_sleeping(ctx, g, call, f.node):
                # (a benchmark's late Errorf is reported late, it does not panic)
                late_reported.add(g.id)
                msg = (f"{recv}.{name} may run after the test returns: the test binary panics. The test does not "
                       f"wait for this goroutine (Fail in goroutine after the test has completed)") + \
                    _cause(ctx, call, f.node)
                yield ctx.finding(call, msg, [ctx.related(g.child(0), "the goroutine is started here, and the test "
                                                                      "can return before it ends")])
        yield from self._indirect(ctx, downs)

    def _indirect(self, ctx: FuncContext, downs: dict[int, frozenset]) -> Iterator[Finding]:
        """``require.NoError(t, err)`` or ``helper(t)`` (a package function that may call t.Fatal) in a
        goroutine, and ``go helper(t)``."""
        um = ctx.model
        for f in um.funcs:
            g = um.cfg(f)
            if g is None:
                continue
            if f.how == "go" and f.start is not None and um.reachable(f.start):
                for place, call in ctx.effects.stop_calls(g):
                    recv, name = syntax.call_name(call)
                    if name in _STOPPERS and recv and not recv.startswith("require"):
                        continue   # t.Fatal itself: reported above, with its fix
                    if not checks.may_vary(um, call, f.node, ctx.pkg) or checks.cannot_fail(
                            um, ctx.pkg, call, f.node, self._live_context(ctx, f.node, f.start, call),
                            self._down(ctx, f.node, f.start, downs)):
                        continue   # (a check of computed values: the same on every run; or one that cannot fail)
                    if self._never_fails(ctx, call, f.node):
                        continue
                    what = ".".join(x for x in (recv, name) if x)
                    found = self._harmful(ctx, call, f, self._t_param(um, call, place), what, place)
                    if found is not None:
                        yield found
            for n in g.nodes:
                if n.kind != "go" or not um.reachable(n.ast):
                    continue
                for e in um.node_effects(g, n):
                    for x in (e.inner if e.kind == "go" else ()):
                        s = ctx.effects.summary_of(x.callee) if x.kind == "call" else None
                        stopped = False
                        for p, anchor in (s.stops if s is not None else ()):
                            q = translate(p, x)
                            if q is not None:
                                stopped = True
                                v = self._t_param(um, x.node, q)
                                if v is not None and syntax.text(v.type_node) != "*testing.B" and \
                                        self._outlives(ctx, n.ast, v) and not _reported_at_start(ctx, n.ast, anchor):
                                    yield self._late_stop(ctx, n.ast, n.ast, syntax.text(
                                        x.node.child_by_field_name("function")), anchor, _helper_cause(ctx, anchor))
                                break
                        if not stopped and s is not None and s.reports:
                            yield from self._late_named(ctx, n.ast, x, s.reports)

    def _late_named(self, ctx: FuncContext, go: Node, x, reports) -> Iterator[Finding]:
        """``go check(t, ...)`` of a package function that calls t.Errorf, started by a test that can
        return before it ends."""
        um = ctx.model
        for p, anchor in reports:
            q = translate(p, x)
            arg = next((a for a in syntax.call_args(x.node) if q is not None and um.place(a) == q), None)
            v = _testing_var(um, arg)
            if v is None or syntax.text(v.type_node) == "*testing.B":
                continue
            if not _returns_promptly(ctx, go) or not self._outlives(ctx, go, v) or \
                    _reported_at_start(ctx, go, anchor):
                continue
            name = syntax.text(x.node.child_by_field_name("function"))
            msg = (f"{name} may call {v.name}.Errorf after the test returns. The test binary panics then: the test "
                   f"does not wait for this goroutine (Fail in goroutine after the test has completed)")
            yield ctx.finding(go, msg, [Related(0, 0, f"{name} reports a failure here",
                                                anchor=(anchor.func, anchor.start, anchor.end)),
                                        ctx.related(go.child(0), "the goroutine is started here, and the test can "
                                                                 "return before it ends")])
            return

    def _harmful(self, ctx: FuncContext, call: Node, f, t, what: str, place=None) -> Finding | None:
        """The finding for a stop ``call`` (``t.Fatal``, ``require.X(t, ...)``, a helper that may call
        ``t.Fatal``) in the goroutine literal ``f``, when its failing does harm the test does not see coming:
        the test waits forever for what the goroutine does after the call (it is skipped: ``FailNow`` ends
        the goroutine through ``runtime.Goexit``, which runs only its deferred calls), or the call can run
        after the test returned (``Fail`` then panics). Otherwise the goroutine ends and the test, marked
        failed, goes on to its end as after ``t.Error`` and ``return``: None."""
        um = ctx.model
        g = f.start
        stranded = ctx.shared.stranded_by(g, call)
        if stranded is not None and stranded.ends and stranded.signal.type == "call_expression" and \
                syntax.call_name(stranded.signal)[1] == "Done":
            return None   # ``t.Fatal`` before a ``wg.Done()``: a path that skips the Done, GL202's finding
        if stranded is not None:
            sig = syntax.text(stranded.signal)
            if stranded.signal.type == "send_statement":
                sig = f"the send on {syntax.text(stranded.signal.child_by_field_name('channel'))}"
            if place is not None and not what.startswith("require."):   # (a helper that may stop)
                msg = (f"{what} can call {um.spell(place)}.Fatal in a goroutine: the test then hangs. Fatal ends only "
                       f"this goroutine; the test waits for {sig}, which comes after this call")
            else:
                msg = (f"{what} in a goroutine ends only this goroutine: the test then hangs. It waits for {sig}, "
                       f"which comes after this call and is skipped when the check fails") + \
                    _cause(ctx, call, f.node)
            related = [ctx.related(stranded.wait, "the test waits here, forever when the check failed"),
                       ctx.related(stranded.signal, "skipped when the check fails: only deferred calls run"),
                       ctx.related(g.child(0), "the goroutine is started here")]
            return ctx.finding(call, msg, related, self._defer_fixes(ctx, stranded, f.node))
        if t is not None and t.func.id == f.node.id and f.call is not None:
            # ``go func(tt *testing.T) { ... }(t)``: the test's ``t``, handed to the goroutine
            names = [n for n, _ in syntax.params(f.node)]
            args = syntax.call_args(f.call)
            i = names.index(t.name) if t.name in names else None
            arg = syntax.unparen(args[i]) if i is not None and i < len(args) else None
            t = um.scopes.var(arg) if arg is not None and arg.type == "identifier" else None
            t = t if t is not None and t.kind == "param" and t.type_node is not None else None
        if t is None or syntax.text(t.type_node) == "*testing.B" or what.endswith(".SkipNow") or \
                self._accept_failure(ctx, call, f.node) or \
                checks.ended_with_test(um, call, f.node, t.name) or self._stop_filtered(ctx, call, f.node) or \
                not self._outlives(ctx, g, t) or _at_start_while_sleeping(ctx, g, call, f.node):
            return None
        return self._late_stop(ctx, call, g, what, None, _cause(ctx, call, f.node))

    @staticmethod
    def _late_stop(ctx: FuncContext, call: Node, go: Node, what: str, anchor, cause: str = "") -> Finding:
        msg = (f"{what} may run after the test returned: the test binary panics. The test does not wait for "
               f"this goroutine (FailNow after the test has completed)") + cause
        related = [ctx.related(go.child(0), "the goroutine is started here, and the test can return before it ends")]
        if anchor is not None:
            related.insert(0, Related(0, 0, f"{what} stops the test here", anchor=(anchor.func, anchor.start,
                                                                                   anchor.end)))
        return ctx.finding(call, msg, related)

    @staticmethod
    def _t_param(um, call: Node, place):
        """The ``*testing.T``-like parameter (a scope Var) a stop call acts on: its receiver (``t.Fatal``), or
        the argument of ``require.X(t, ...)`` or of a helper whose place is ``place``."""
        v = FatalInGoroutine._testing_param(um, call)
        if v is not None:
            return v
        for a in syntax.call_args(call):
            a = syntax.unparen(a)
            v = _testing_var(um, a) if place is None or um.place(a) == place else None
            if v is not None:
                return v
        return None

    @staticmethod
    def _defer_fixes(ctx: FuncContext, stranded, lit: Node):
        """Move the skipped signal, when it is ``close(done)`` or ``wg.Done()`` as the goroutine's last
        statement, to a ``defer`` at its start: it then runs on every way out, ``runtime.Goexit`` included."""
        stmt = stranded.signal.parent
        body = syntax.stmt_list(syntax.func_body(lit))
        if stranded.signal.type != "call_expression" or stmt is None or stmt.type != "expression_statement" or \
                not body or body[-1].id != stmt.id or body[0].id == stmt.id:
            return ()
        text = syntax.text(stranded.signal)
        return (ctx.fix(f"Defer {text} at the goroutine's start", ctx.delete_line(stmt),
                        ctx.insert_line_before(body[0], f"defer {text}"), preferred=True),)

    @staticmethod
    def _testing_param(um, call: Node):
        """The ``*testing.T``-like parameter (a scope Var) the call's receiver names, or None."""
        fn = call.child_by_field_name("function")
        operand = fn.child_by_field_name("operand") if fn is not None else None
        return _testing_var(um, operand)

    @staticmethod
    def _outlives(ctx, g: Node, param) -> bool:
        """Can the function that owns ``param`` return before the goroutine started at ``g`` ends?"""
        um = ctx.model
        owner = um.func_of_node.get(param.func.id)
        starter = um.func_at(g)
        if owner is None or starter is None or starter.node.id != owner.node.id:
            return False   # started from a closure (t.Run body, a helper): its lifetime is not this function's
        cfg = um.cfg(owner)
        if cfg is None:
            return False
        if not um.reachable(g):
            return False   # after an unconditional t.Skip or return: never started
        i = func_sig(ctx.unit).param_index(param.name)
        if owner.node.id == ctx.unit.id and i is not None and _run_by_harness(ctx.pkg, ctx.func_key, i, 3):
            return False   # the harness that runs the test decides when it completes
        return not FatalInGoroutine._waits_for(ctx, g, cfg)

    @staticmethod
    def _down(ctx, lit: Node, g: Node, memo: dict[int, frozenset]):
        """The flags nothing raises while the goroutine ``lit`` runs (:func:`checks.flags_down`), asked at
        most once per goroutine (``memo``) and only when a check needs them."""
        def down():
            if g.id not in memo:
                memo[g.id] = checks.flags_down(ctx.model, ctx.pkg, ctx.shared, lit, g)
            return memo[g.id]
        return down

    @staticmethod
    def _live_context(ctx, lit: Node, g: Node, call: Node) -> tuple[str, ...]:
        """The contexts live while the goroutine ``lit`` runs to the stop ``call`` (spelled as
        ``checks.arg_texts`` spells them): ``t.Context()`` when the function of the test's ``t`` started
        this goroutine itself and waits for it on every path to its normal return (that context is
        cancelled only once the test function has returned); the goroutine's own ``ctx, cancel :=
        context.WithCancel(context.Background())`` (the one such in it) whose ``cancel`` is named only
        after the call."""
        return tuple(c for c in (FatalInGoroutine._test_context_live(ctx, lit, g, call),
                                 _own_context_live(lit, call)) if c)

    @staticmethod
    def _test_context_live(ctx, lit: Node, g: Node, call: Node) -> str | None:
        um = ctx.model
        param = FatalInGoroutine._testing_param(um, call)
        if param is None:   # ``require.NoError(t, err)``
            args = syntax.call_args(call)
            param = _testing_var(um, syntax.unparen(args[0]) if args else None)
        if param is None or f"{param.name}.Context()" not in syntax.text(lit):
            return None
        owner = um.func_of_node.get(param.func.id)
        starter = um.func_at(g)
        if owner is None or starter is None or starter.node.id != owner.node.id:
            return None
        cfg = um.cfg(owner)
        return f"{param.name}.Context()" if cfg is not None and FatalInGoroutine._waits_for(ctx, g, cfg) else None

    @staticmethod
    def _waits_for(ctx, g: Node, cfg) -> bool:
        """Does the function of ``cfg``, which started the goroutine at ``g``, wait for it on every path to
        its normal return (a deferred or Cleanup join, a leak check, a join before each return)?"""
        um = ctx.model
        for n in cfg.nodes:   # a deferred Wait / receive (directly or in a deferred closure) joins at the end
            if n.kind == "stmt" and n.ast is not None and FatalInGoroutine._cleanup_joins(n.ast):
                return True
            if n.kind != "defer":
                continue
            if FatalInGoroutine._leak_check(ctx, n.ast):
                return True   # the test ends only once its goroutines have (or fails for the leak)
            if n.ast is not None and ctx.shared.drains_pipe_closed_by(n.ast, syntax.go_literal(g)):
                return True   # ``defer io.Copy(io.Discard, out)`` of the pipe whose other end the goroutine closes
            for e in um.node_effects(cfg, n):
                for x in e.inner:
                    if x.kind in ("Wait", "recv", "range"):
                        return True
                    s = ctx.effects.summary_of(x.callee) if x.kind == "call" else None
                    if s is not None and any(u.some & {"Wait", "recv", "range"} for u in s.uses.values()):
                        return True
        if ctx.shared.joined_before_exit(g) or ctx.shared.joined_by_callers(g):
            return True
        # a helper's goroutine counted on a WaitGroup its callers pass and wait for (``defer wg.Wait()``)
        return any(c.go.id == g.id and ctx.waitgroups.waited_by_callers(c) for c in ctx.waitgroups.counted()) \
            or ctx.waitgroups.done_for_callers(g)

    @staticmethod
    def _never_fails(ctx: FuncContext, call: Node, lit: Node) -> bool:
        """Is the check reached only once an accept loop that never ends returned or failed
        (``if err := srv.Serve(l); err != nil { t.Fatal(err) }``, ``require.NoError(t, srv.Serve(l))``:
        a listener nothing closes, a server nothing shuts down)? ``Serve`` retries what ``Accept`` returns
        on a live listener (out of file descriptors); ``l.Accept()`` itself returns it, so a check after
        it can fail."""
        return ctx.listeners.after_endless_serve(call, lit) or ctx.listeners.stopped_at_end(call, lit) or \
            FatalInGoroutine._accept_failure(ctx, call, lit, filters=False, serve_only=True)

    @staticmethod
    def _stop_filtered(ctx: FuncContext, call: Node, lit: Node) -> bool:
        """A report that leaves ``grpc.ErrServerStopped`` out (``err != nil && err != grpc.ErrServerStopped``)
        of a gRPC server's ``Serve``, the server stopped only at the end and before its listener is closed:
        ``Serve`` returns nil then, or that error when the stop came first; or that leaves
        ``http.ErrServerClosed`` out of net/http's ``srv.Serve(l)`` on a listener nothing else closes."""
        conds = checks.guards(call, lit)
        _test, tolerated = checks.nonnil_conjunct(conds)
        if "http.ErrServerClosed" in tolerated:
            _err, loop = FatalInGoroutine._checked_loop(ctx, conds)
            if loop is not None and loop.serve and ctx.listeners.http_served_until_closed(loop, lit):
                return True
        return "grpc.ErrServerStopped" in tolerated and ctx.listeners.stopped_at_end(call, lit,
                                                                                     stopped_filtered=True)

    @staticmethod
    def _closed_at_end(ctx: FuncContext, call: Node, lit: Node) -> bool:
        """Is the report reached when an accept loop failed (``c, err := l.Accept()`` in a loop, net/http's
        ``s.Serve(l)``) that the test stops only as it returns (``defer l.Close()``,
        :meth:`ListenerModel.closed_at_end`), the function that starts the goroutine a test (:func:`_test_body`)?
        Its close then makes the loop fail on every run, and the report comes as the test returns, or after."""
        _err, loop = FatalInGoroutine._checked_loop(ctx, checks.guards(call, lit))
        starter = syntax.enclosing_func(lit.parent) if lit.parent is not None else None
        return loop is not None and starter is not None and _test_body(starter) and \
            ctx.listeners.closed_at_end(loop, lit)

    @staticmethod
    def _checked_loop(ctx: FuncContext, conds):
        """The error variable a report's conditions test non-nil and the accept loop it comes from (``err :=
        s.Serve(l)``, ``c, err := l.Accept()``), or (None, None)."""
        err = loop = None
        for c in conds:   # (``err != nil`` alone or with other conjuncts, which only narrow it)
            v, value, index, _ = checks.nonnil_test(ctx.model, checks.nonnil_conjunct(c)[0])
            got = ctx.listeners.loop(value)
            if got is not None and index == (0 if got.serve else 1):   # ``err := s.Serve(l)``, ``c, err := ...``
                err, loop = v, got
        return err, loop

    @staticmethod
    def _accept_failure(ctx: FuncContext, call: Node, lit: Node, filters: bool = True,
                        serve_only: bool = False) -> bool:
        """Is the report reached only when ``l.Accept()`` (or ``s.Serve(l)``, a server's accept loop, with
        nothing that shuts ``s`` down or takes it) failed, ``l`` a listener of the test that fails
        only once closed — and either nothing in the test closes it or hands it on (``l`` is only asked for
        ``Accept``/``Addr``/``Dial``), or the report leaves out ``net.ErrClosed`` (``if !errors.Is(err,
        net.ErrClosed)``, or its message: ``!strings.Contains(err.Error(), "use of closed network
        connection")``)? A late Accept error is then the closing, which is not reported."""
        listeners = ctx.listeners
        conds = checks.guards(call, lit)
        err, loop = FatalInGoroutine._checked_loop(ctx, conds)
        if loop is None or (serve_only and not loop.serve) or loop.listener.kind not in ("local", "param") or \
                (loop.listener.stmt is not None and syntax.inside(loop.listener.stmt, lit)) or \
                not listeners.server_kept(loop, lit):
            return False
        if not filters:
            return listeners.kept(loop, lit)
        closed_filter = re.compile(
            rf"^(?:!errors\.Is\({err.name}, net\.ErrClosed\)|{err.name} != net\.ErrClosed|"
            rf"!strings\.Contains\({err.name}\.Error\(\), \"[^\"]*closed[^\"]*\"\))$")
        for c in conds:   # ``if !errors.Is(err, net.ErrClosed)``, ``err != net.ErrClosed``, or the message
            # tested for "use of closed network connection"; one conjunct of an ``&&`` is enough
            t = " ".join(syntax.text(c).split()) if c is not None else ""
            if any(closed_filter.match(part.strip().strip("()")) or closed_filter.match(part.strip())
                   for part in t.split("&&")):
                return True
        # or an ``if errors.Is(err, net.ErrClosed) { return }`` before it leaves on the closing first
        closed_test = re.compile(
            rf"^(?:errors\.Is\({err.name}, net\.ErrClosed\)|{err.name} == net\.ErrClosed|"
            rf"strings\.Contains\({err.name}\.Error\(\), \"[^\"]*closed[^\"]*\"\))$")
        if any(closed_test.match(" ".join(syntax.text(c).split()))
               for c in _leaving_tests_before(call, lit)):
            return True
        # or ``if !closed { t.Error(err) }`` with the test setting ``closed = true`` before each close
        flags = {p.strip()[1:].strip() for c in conds for p in (" ".join(syntax.text(c).split()) if c is not None
                                                                 else "").split("&&")
                 if re.fullmatch(r"!\s*\w+", p.strip())}
        if any(listeners.closed_after_flag(loop, flag, lit) for flag in flags):
            return True
        # or ``select { case <-shutdown: default: t.Error(err) }`` with ``close(shutdown)`` before each close
        case = next((a for a in syntax.ancestors(call, lit) if a.type in ("default_case", "communication_case")),
                    None)
        sel = case.parent if case is not None and case.type == "default_case" else None
        for c in (sel.named_children if sel is not None and sel.type == "select_statement" else ()):
            comm = c.child_by_field_name("communication") if c.type == "communication_case" else None
            x = syntax.unparen(comm.named_children[-1]) if comm is not None and \
                comm.type in ("expression_statement", "receive_statement") and comm.named_children else comm
            op = syntax.unparen(x.child_by_field_name("operand")) if x is not None and \
                x.type == "unary_expression" else None
            if op is not None and op.type == "identifier" and \
                    listeners.closed_after_flag(loop, syntax.text(op), lit, closing=True):
                return True
        return listeners.kept(loop, lit)

    @staticmethod
    def _leak_check(ctx, stmt: Node | None) -> bool:
        """``defer goleak.VerifyNone(t)`` (uber's goleak, gomega's gleak, grpc's leakcheck, a loop while
        ``runtime.NumGoroutine()`` is above a snapshot), directly or
        through a package helper whose body makes that check (``defer checkLeaks(setup())``): it waits
        until every goroutine the test started has ended, or fails the test for the leak."""
        call = next((c for c in (stmt.named_children if stmt is not None else ()) if c.type == "call_expression"),
                    None)
        if call is None:
            return False
        if _LEAK_CHECK.search(syntax.text(call.child_by_field_name("function")).encode()):
            return True
        key = getattr(ctx.model.callee(call)[0], "key", None)
        src = ctx.pkg.decl_source(key) if key else None
        return bool(src) and _LEAK_CHECK.search(src) is not None

    @staticmethod
    def _cleanup_joins(stmt: Node) -> bool:
        """``t.Cleanup(wg.Wait)`` or ``t.Cleanup(func() { ...; <-done })``: the test waits before it
        completes (Cleanup functions run before the test is reported done)."""
        call = stmt.named_children[0] if stmt.type == "expression_statement" and stmt.named_children else None
        if call is None or call.type != "call_expression" or syntax.call_name(call)[1] != "Cleanup":
            return False
        args = call.child_by_field_name("arguments")
        arg = args.named_children[0] if args is not None and args.named_children else None
        if arg is None:
            return False
        if arg.type == "selector_expression":   # a method value
            return syntax.text(arg.child_by_field_name("field")) == "Wait"
        if arg.type == "func_literal":
            body = syntax.text(arg)
            return ".Wait()" in body or "<-" in body
        return False

def _cause(ctx, call: Node, lit: Node) -> str:
    """``. The error checked can come from os.ReadFile``: what in the environment can make the check fail,
    when known."""
    return _cause_text(checks.failure_op(ctx.model, ctx.pkg, call, lit))


def _helper_cause(ctx, anchor) -> str:
    """:func:`_cause` for the stop of a package helper the goroutine runs (``go startServer(t, ...)``),
    named by its anchor in that helper."""
    call, _decl = _anchor_call(ctx, anchor)
    fn = syntax.enclosing_func(call) if call is not None else None
    um = ctx.pkg.decl_model(anchor.func) if fn is not None else None
    return _cause_text(checks.failure_op(um, ctx.pkg, call, fn) if um is not None else None)


def _cause_text(op: str | None) -> str:
    return f". The error checked can come from {op}, which differs from run to run" if op else ""


def _anchor_call(ctx, anchor) -> tuple[Node | None, Node | None]:
    """The call an anchor in a package function names (the node, or the call around it), and that
    function's declaration; (None, None) when it is not found."""
    node = ctx.pkg.anchor_node(anchor.func, anchor.start, anchor.end) if ctx.pkg is not None else None
    if node is None:
        return None, None
    decl = next((a for a in syntax.ancestors(node) if a.type in ("function_declaration", "method_declaration")),
                None)
    call = node if node.type == "call_expression" else \
        next((a for a in syntax.ancestors(node) if a.type == "call_expression"), None)
    return call, decl


def _testing_var(um, node: Node | None):
    """The ``*testing.T``-like parameter (a scope Var) the identifier ``node`` names, or None."""
    v = um.scopes.var(node) if node is not None and node.type == "identifier" else None
    if v is None or v.kind != "param" or v.type_node is None or syntax.text(v.type_node) not in TESTING_TYPES:
        return None
    return v


def _run_by_harness(pkg, key: str | None, i: int, depth: int) -> bool:
    """Does every test whose ``t`` parameter ``i`` of the package function ``key`` can be run by a
    harness goleash cannot see? So ``key`` is a test method (``func (s) TestX(t *testing.T)``) that nothing
    in the package calls: a harness in another package runs it by reflection (grpc's
    ``grpctest.RunSubTests``, a suite runner) and decides when it completes, maybe after waiting for its
    goroutines (a leak check in its teardown); or every call of ``key`` passes as argument ``i`` the
    ``t`` parameter of its caller (not a subtest's, declared by a literal), that caller in turn such a test."""
    if pkg is None or key is None or depth == 0:
        return False
    recv, _, name = key.rpartition(".")
    if not pkg.callers(name):
        return bool(recv) and name.startswith("Test") and i == 0
    calls = pkg.calls_of(key)
    if calls is None:
        return False
    for ck, node, call, owner in calls:
        args = syntax.call_args(call)
        arg = syntax.unparen(args[i]) if i < len(args) else None
        if arg is None or arg.type != "identifier" or owner is None or owner.id != node.id:
            return False
        j = func_sig(node).param_index(syntax.text(arg))
        if j is None or not _run_by_harness(pkg, ck, j, depth - 1):
            return False
    return True


def _leaving_tests_before(call: Node, lit: Node) -> list[Node]:
    """The conditions of the ``if`` statements that come before ``call`` in its blocks (inside ``lit``)
    and whose body ends by leaving (``if errors.Is(err, net.ErrClosed) { return }``)."""
    out = []
    for _block, stmts, st in syntax.around(call, lit):
        for s in stmts:
            if s.start_byte >= st.start_byte:
                break
            body = s.child_by_field_name("consequence") if s.type == "if_statement" else None
            last = syntax.stmt_list(body)[-1] if body is not None and syntax.stmt_list(body) else None
            if last is not None and last.type in ("return_statement", "break_statement", "continue_statement") \
                    and s.child_by_field_name("alternative") is None:
                out.append(syntax.unparen(s.child_by_field_name("condition")))
    return out


_OWN_CTX = re.compile(r"^(\w+), (\w+) := context\.WithCancel\((context\.Background\(\)|context\.TODO\(\))\)$")


def _own_context_live(lit: Node, call: Node) -> str | None:
    """``context.WithCancel(context.Background())`` when the goroutine ``lit`` makes exactly one such
    context itself, before ``call``, and names its cancel func only after ``call`` (not in a closure) or
    in a ``defer cancel()``: nothing can cancel it while the goroutine runs to the call."""
    found = None
    for st in syntax.walk(syntax.func_body(lit), skip_funcs=True):
        if st.type != "short_var_declaration":
            continue
        m = _OWN_CTX.match(" ".join(syntax.text(st).split()))
        if m is None:
            continue
        if found is not None:
            return None
        found = (st, m)
    if found is None or found[0].end_byte > call.start_byte:
        return None
    st, m = found
    cancel = m.group(2)
    for n in syntax.walk(lit):
        if n.type != "identifier" or syntax.text(n) != cancel or n.start_byte < st.end_byte:
            continue
        stmt = syntax.stmt_of(n)
        if stmt is not None and " ".join(syntax.text(stmt).split()) == f"defer {cancel}()":
            continue   # runs when the goroutine ends, after the call
        if n.start_byte < call.end_byte or any(a.type == "func_literal" and a.id != lit.id
                                               for a in syntax.ancestors(n, lit)):
            return None
    return f"context.WithCancel({m.group(3)})"


# calls that return at once (or that, as the goroutine's servers, return only when started badly): a
# check of what they return runs when the goroutine starts
_PROMPT_CALLS = frozenset({
    ("net", "Listen"), ("net", "ListenTCP"), ("net", "ListenUDP"), ("net", "ListenPacket"), ("net", "ListenUnix"),
    ("tls", "Listen"), ("tls", "LoadX509KeyPair"), ("tls", "X509KeyPair"), ("os", "ReadFile"),
    ("ioutil", "ReadFile"), ("os", "Open"), ("os", "OpenFile"), ("os", "Create"), ("os", "Stat"),
    ("os", "WriteFile"), ("os", "MkdirAll"), ("os", "Getwd"), ("x509", "ParseCertificate"), ("pem", "Decode"),
    ("time", "Now"), ("json", "Unmarshal"), ("json", "Marshal"), ("errors", "New")})
_PROMPT_PACKAGES = frozenset({"fmt", "strings", "strconv", "bytes", "filepath", "path", "errors"})
_BUILTINS = frozenset({"make", "len", "cap", "append", "new", "copy", "delete", "string", "int", "byte"})
# a server started in the goroutine: it returns an error at once when it cannot start, and afterwards only
# once something closes it (its Accept errors of a live listener are retried)
_SERVE_CALLS = frozenset({"ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS"})


def _at_start_while_sleeping(ctx: FuncContext, go: Node, report: Node, fn: Node) -> bool:
    """Does ``report`` (in the goroutine's function ``fn``: the ``go`` literal, or the function ``go``
    calls) run as the goroutine starts, while the test sleeps right after starting it? The starter goes
    on from the ``go`` statement, without leaving, to ``time.Sleep(d)`` with a constant ``d`` of 100 ms or
    more; in ``fn`` nothing before the report can wait (no loop, channel operation or select, and every
    call one that returns at once: a listen, a file read, a pure function, a constructor ``NewX``/
    ``RegisterX``), and the report is in no loop: it checks what the start of the goroutine made, long
    before the test can return. A server the goroutine starts itself (``http.ListenAndServe(addr, h)``,
    ``s.Serve(l)`` of a server and listener no one else can reach) returns an error only when it cannot
    start: at once too."""
    recv, name = syntax.call_name(report)
    if recv not in ("require", "assert") and name not in _REPORTERS | _STOPPERS:
        return False   # (a helper that may stop: what it does before its own check is not read here)
    if not _sleeps_after(go):
        return False
    body = syntax.func_body(fn)
    if body is None or not syntax.inside(report, body):
        return False
    before: list[Node] = []
    node = report
    for a in syntax.ancestors(report, body):
        if a.type in ("for_statement", "func_literal", "select_statement", "communication_case"):
            return False
        if a.type in ("statement_list", "block"):
            before += [s for s in a.named_children if s.end_byte <= node.start_byte]
        elif a.type == "if_statement":
            before += [c for c in (a.child_by_field_name("initializer"), a.child_by_field_name("condition"))
                       if c is not None and c.end_byte <= report.start_byte]
        elif a.type == "expression_switch_statement":
            before += [c for c in (a.child_by_field_name("initializer"), a.child_by_field_name("value"))
                       if c is not None]
        node = a
    checked = [x for x in syntax.call_args(report) if x.type == "call_expression"]   # (``require.Nil(t, f())``)
    return all(_prompt(ctx, n) for n in before + checked)


def _prompt(ctx: FuncContext, node: Node) -> bool:
    """Can ``node`` (statements run before a report) not wait: no loop, channel operation or select, and
    only calls that return at once (see :func:`_at_start_while_sleeping`)?"""
    for n in [node, *syntax.walk(node, skip_funcs=True)]:
        t = n.type
        if t in ("for_statement", "select_statement", "send_statement", "go_statement", "defer_statement") or \
                (t == "unary_expression" and syntax.text(n.child_by_field_name("operator")) == "<-"):
            if t in ("go_statement", "defer_statement"):
                continue   # (starts or postpones: does not wait here)
            return False
        if t != "call_expression":
            continue
        recv, name = syntax.call_name(n)
        fn = syntax.unparen(n.child_by_field_name("function"))
        if fn is not None and fn.type == "func_literal":
            return False
        if (recv, name) in _PROMPT_CALLS or recv in _PROMPT_PACKAGES or (not recv and name in _BUILTINS):
            continue
        if name.startswith(("New", "Register", "Handle")) or name in ("HandleFunc", "Handle"):
            continue   # a constructor or a registration
        if recv in ("t", "require", "assert") or recv.endswith(".t"):
            continue   # (the test's own reports)
        if name in _SERVE_CALLS and _unreachable_server(ctx, n):
            continue
        return False
    return True


def _unreachable_server(ctx: FuncContext, call: Node) -> bool:
    """``http.ListenAndServe(addr, h)`` (no handle to close), or ``s.Serve(l)`` / ``s.ListenAndServe()`` of a
    server (and listener) that are locals of the function running the call, which never closes, shuts
    down or stops them: nothing else can, so it returns only when it could not start."""
    recv, _name = syntax.call_name(call)
    if recv == "http":
        return True
    fn = syntax.unparen(call.child_by_field_name("function"))
    operand = syntax.unparen(fn.child_by_field_name("operand")) if fn is not None and \
        fn.type == "selector_expression" else None
    own = syntax.enclosing_func(call)
    for x in [operand, *syntax.call_args(call)]:
        x = syntax.unparen(x)
        if x is None or x.type != "identifier":
            return False
        v = ctx.model.scopes.var(x)
        if v is None or v.kind != "local" or own is None or v.func is None or v.func.id != own.id or any(
                not syntax.inside(r, own) or (r.parent is not None and r.parent.type == "selector_expression" and
                                             syntax.text(r.parent.child_by_field_name("field")) in
                                             ("Close", "Shutdown", "Stop", "GracefulStop"))
                for r in v.refs):
            return False
    return True


def _reported_at_start(ctx: FuncContext, go: Node, anchor) -> bool:
    """:func:`_at_start_while_sleeping` for a report of the package function ``go`` calls, named by its
    anchor in that function."""
    call, fn = _anchor_call(ctx, anchor)
    return fn is not None and call is not None and _at_start_while_sleeping(ctx, go, call, fn)


def _returns_promptly(ctx: FuncContext, go: Node) -> bool:
    """Does the function that runs the ``go`` statement go on from it to its return without waiting on
    anything: every statement after it (in its block and the blocks around it) and every ``defer`` of the
    function prompt (:func:`_prompt`: no loop, channel operation, select or call that can block; no
    subtest, ``t.Run``, nor ``t.Cleanup``; ``time.Sleep`` waits for the clock only, a context's ``cancel()``
    returns at once), the rest of a loop
    that holds the statement too? Only then can goleash show the
    test returning before its goroutine reports: a call the test makes after the ``go`` may wait for the
    goroutine through what they share (a mock's channel, a connection's first message, a pipe), which
    goleash does not read."""
    fn = syntax.enclosing_func(go)
    body = syntax.func_body(fn) if fn is not None and _test_body(fn) else None
    if body is None:
        return False
    after: list[Node] = []
    node = go
    for a in syntax.ancestors(go, body):
        if a.type == "func_literal":
            return False
        if a.type == "for_statement":   # every turn starts one: the rest of the loop runs after it too
            if len(a.named_children) < 2:
                return False   # (``for { ... }``: no way on to the return)
            after += _parts_beside(a, go)
        if a.type in ("statement_list", "block"):
            after += [s for s in a.named_children if s.start_byte >= node.end_byte]
        node = a
    after += [d for d in syntax.walk(body, skip_funcs=True) if d.type == "defer_statement"]
    for s in after:
        if any(n.type == "call_expression" and syntax.call_name(n)[1] in ("Run", "Cleanup")
               for n in [s, *syntax.walk(s, skip_funcs=True)]):
            return False
    return all(_prompt(ctx, s) or _is_sleep(s) or _cancels(ctx, s) for s in after)


def _cancels(ctx: FuncContext, stmt: Node) -> bool:
    """``cancel()`` or ``defer cancel()`` of a ``ctx, cancel := context.WithX(...)``: it returns at once."""
    call = stmt.named_children[0] if stmt.type in ("expression_statement", "defer_statement") and \
        stmt.named_children else None
    fn = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
    v = ctx.model.scopes.var(fn) if fn is not None and fn.type == "identifier" else None
    return v is not None and v.value is not None and syntax.text(v.value).startswith("context.With")


def _test_body(fn: Node) -> bool:
    """Is ``fn`` a test (``func TestX(t *testing.T)``, ``FuzzX``) or a subtest's literal (``t.Run(name,
    func(t *testing.T) {...})``): a function whose return completes a test? (A helper's return does not:
    its caller goes on.)"""
    if fn.type == "function_declaration":
        return test_driver(fn)   # (a benchmark's t is a *testing.B: its late reports are not followed here)
    p = fn.parent
    call = p.parent if p is not None and p.type == "argument_list" else None
    return fn.type == "func_literal" and call is not None and call.type == "call_expression" and \
        syntax.call_name(call)[1] == "Run" and p.named_children[-1].id == fn.id


def _parts_beside(node: Node, inner: Node) -> list[Node]:
    """The parts of ``node`` that do not hold ``inner``, down to ``inner``'s own block."""
    out = []
    for c in node.named_children:
        if c.id == inner.id:
            continue
        if syntax.inside(inner, c):
            out += _parts_beside(c, inner)
        else:
            out.append(c)
    return out


def _is_sleep(stmt: Node) -> bool:
    """``time.Sleep(d)``: it waits for the clock, not for the goroutine."""
    return _sleep_call(stmt) is not None


def _sleep_call(stmt: Node) -> Node | None:
    """The call of the statement ``time.Sleep(d)``, or None."""
    call = stmt.named_children[0] if stmt.type == "expression_statement" and stmt.named_children else None
    return call if call is not None and call.type == "call_expression" and \
        syntax.call_name(call) == ("time", "Sleep") else None


def _sleeps_after(go: Node) -> bool:
    """Is the ``go`` statement followed, in its statement list, by ``time.Sleep(d)`` (``d`` a constant of
    100 ms or more), with nothing in between that can leave the function (a ``return``, a stop of the test:
    ``t.Fatal``, ``require``, ``FailNow``)?"""
    nxt = go.next_named_sibling
    while nxt is not None:
        if nxt.type == "comment":
            nxt = nxt.next_named_sibling
            continue
        call = _sleep_call(nxt)
        if call is not None:
            args = syntax.call_args(call)
            d = syntax.const_duration(args[0]) if len(args) == 1 else None
            return d is not None and d >= 100e6
        if nxt.type not in ("short_var_declaration", "assignment_statement", "expression_statement", "go_statement",
                            "var_declaration", "const_declaration") or syntax.contains_exit(nxt) or any(
                n.type == "call_expression" and (syntax.call_name(n)[0] == "require" or
                                                 syntax.call_name(n)[1] in _STOPPERS)
                for n in syntax.walk(nxt, skip_funcs=True)):
            return False   # (a ``go`` statement's literal runs elsewhere: skipped)
        nxt = nxt.next_named_sibling
    return False
