"""GL602 context-not-propagated."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding, Severity
from ..model.contexts import ContextModel
from ..model.module import file_imports
from ..model.sync import receiver
from ..rule import FuncContext, Rule


# what a comment says when it explains a fresh context: the context, its cancellation, or that the work
# must outlive the caller (not any comment above the call: ``// First, see if we exist in the cluster``)
_WHY = re.compile(rb"cancel|detach|background|todo|outliv|independ|even (?:if|when|after)|shut ?down|"
                  rb"context|ctx|timeout|deadline|lifetime|long[- ]running|separate|regardless|"
                  rb"fire[- ]and[- ]forget|not tied|keep running|surviv|beyond|must (?:not|finish|complete)")


class ContextNotPropagated(Rule):
    code = "GL602"
    name = "context-not-propagated"
    linters = frozenset({"contextcheck"})   # golangci-lint's check of the same thing: //nolint:contextcheck
    severity = Severity.WARNING
    summary = "context.Background()/TODO() inside a function that receives a ctx: the caller's cancellation is lost."
    triggers = frozenset({"mcall"})
    methods = frozenset({"Background", "TODO"})   # it reports context.Background() and context.TODO()
    fixes = ("use the received ctx",)
    doc = """\
A function that receives a `context.Context` creates a fresh
`context.Background()` (or `context.TODO()`) instead of passing its own ctx on.
Whatever runs under the new context ignores the caller's cancellation and
deadline: when the request is abandoned, the work — and the goroutines and
connections it holds — goes on.

## Bad
```go
func (s *Store) Load(ctx context.Context, id string) (*Item, error) {
	rows, err := s.db.QueryContext(context.Background(), q, id)
```

## Good
```go
	rows, err := s.db.QueryContext(ctx, q, id)
```

## Stays silent
- functions without a context parameter (and parameters named `_` or `_ctx`: unused on purpose), test
  files, and test helpers elsewhere (a function with a `*testing.T`/`testing.TB` parameter, such as a
  shared test suite, or a method of a package type that embeds a `*testing.T`);
- comparisons such as `ctx != context.Background()`;
- a variadic `ctx ...context.Context` given none: a context made under `if len(ctx) == 0`, in the `else`
  of `if len(ctx) > 0`, or after an `if len(ctx) > 0 { ...; return }`, or a default the next statement
  replaces when one is given (`parent := context.Background(); if len(parents) > 0 && parents[0] != nil {
  parent = parents[0] }`);
- a context made where the received ctx is nil (`if ctx == nil { ctx = context.Background() }`, also
  through a local copy of it: `base := ctx; if base == nil { base = context.Background() }`, or a local
  of a type goleash cannot read that is given the received ctx, `planCtx := cc.GetContext(); if planCtx ==
  nil { planCtx = reqCtx }; if planCtx == nil { planCtx = context.Background() }`, or a default
  the next statement replaces whenever there is a ctx: `base := context.Background(); if ctx != nil { base =
  context.WithoutCancel(ctx) }`, or a package
  helper whose first statement is `if ctx == nil { return true }`: `if isNilContext(ctx)`), or
  where an error is being handled;
- the documented detach pattern: a comment in the three lines above the call or above the statement
  it is in (a comment block that reaches into those lines counts whole, however long) saying
  why — one that speaks of the context, its cancellation or deadline, or of work that must outlive the
  caller (`// detached: the audit log must be written even if the request is cancelled`; a comment on
  something else, `// First, see if we exist in the cluster`, is no reason) — or a doc comment of the
  function that speaks of cancellation or detaching,
  or `context.WithoutCancel(ctx)` (Go 1.21), which keeps values and drops cancellation on purpose.
- an unexported function (any function of package main) whose every call in the package passes
  `context.Background()`/`TODO()` (or `context.WithoutCancel(ctx)`) for that ctx (or a local of the caller declared from one and never
  assigned again, `ctx := context.TODO()`, or `s.traceCtx` of the calling method's receiver, an unexported
  context field that every literal and assignment of the package sets to `context.Background()`, also one wrapped with values only: `ctx :=
  withState(context.Background())` of a package function that only returns `context.WithValue(ctx,
  ...)`, then `ctx = context.WithValue(ctx, k, v)`, or a span or metadata another package's call puts on it,
  `ctx, span := tracer.Start(context.Background(), "op")`; or, in package main, a cobra command's `cmd.Context()` where
  the program runs its commands with `Execute()` and never `ExecuteContext` nor `SetContext`: cobra gives
  them `context.Background()`; or the `Action` of a urfave/cli v3 command, `func(ctx context.Context, cmd
  *cli.Command) error` (also one a package function wraps, `Action: withArgs[listArgs](List)` returning
  `func(ctx context.Context, cmd *cli.Command) error { ...; return f(ctx, cmd, args) }`), in a program
  (package main, or a package of an application whose `main` runs the commands) whose every `app.Run(ctx,
  os.Args)` passes `context.Background()` and whose commands have no `Before:` hook but ones that hand back
  the context they are given, `return ctx, check(cmd)`: v3 gives each `Action` that context with values
  added); or a Hertz
  handler, `func(ctx context.Context, c *app.RequestContext)`, in a module that never turns on
  `WithSenseClientDisconnection`: its server hands it the root context, which nothing cancels; or a
  google/subcommands command's `Execute(ctx context.Context, f *flag.FlagSet, args ...interface{})` in a
  program whose every `subcommands.Execute(ctx)` passes `context.Background()` (or a local bound only to
  it) and where no other `x.Execute(ctx, f, ...)` hands on another context), or the
  received ctx of such a caller, a few callers up (a method's calls are the `x.name(...)` ones: a caller's
  local of the same name, `probing, err := m.probing(ctx)`, is neither a call nor a method value):
  there is no cancellation to lose;
- likewise an exported function (or method) that only its module can call — in an `internal`
  package, or in an application (a module with a `package main` outside its examples, in the tree of
  its own `go.mod` without the modules nested in it, and in a file a build includes — a generator
  marked `//go:build ignore` is no program of the module; a library's
  exported functions are called by programs goleash does not see) — whose every call in the whole module (the outermost
  directory with a `go.mod` above it, `vendor/` and `testdata/` left out; other packages and tests
  included; one call at least, and for a method one outside the tests: a method only tests call here
  runs in the program when something else calls it, a framework through an interface, while a package
  function only tests call does not run in the program at all) passes such a context: a `Background()`/`TODO()` root, maybe wrapped with
  values (`context.WithValue`, another package's `NewContext(ctx, v)` of a value: `klog.NewContext(ctx,
  logger)`, a tracer's span), a local bound only to one, a local `ctx, stop := context.WithCancel(context.Background())` whose
  `stop` is only deferred, given to a call the caller makes in place (no deadline, and done only once the
  caller returns, after the call), a call of a module function that only returns a package variable
  set once to one (`registry.Context()` of `func Context() context.Context { return cliCtx }`, `cliCtx =
  context.Background()`), a gin handler's `c *gin.Context` when no code of the module turns on the
  engine's `ContextWithFallback` (gin's `Done()` is then nil and it has no deadline: the request's end does
  not reach what it is handed to), or the received ctx of a named function whose own calls all do. A
  method's calls are matched by name, so a method of any type with that name counts, and a name used
  otherwise than by a call (a method value handed on, a field of that name) keeps the finding: its callers
  are unknown (not a method value only asked for its type, `reflect.TypeOf((*MockStore)(nil).Get)` as
  gomock's recorders write it: nothing calls it); a package function's calls are those that can name it — bare in its package, `pkg.F(...)`
  where `pkg` imports it (`health.Check(context.Background(), addr, opts...)`) — so another package's
  `Check`, or a method of that name used as a value, does not count (nor, for an unexported function,
  `r.name(...)`: a call of a method that shares its name);
- a `context.Background()` only handed back to the caller: a value of a `return` (a placeholder beside
  `ok == false`), or the first value of a local that is only returned or assigned anew; or a field of a
  struct the function returns (`m := &Manager{root: context.Background(), ...}` ... `return m, nil`, or
  `m := Manager{...}` ... `return &m, nil`; also
  a context derived from it that goes only there, `base, cancel := context.WithCancel(context.Background())`
  ... `&Worker{baseContext: base, baseCancel: cancel}`): the lifetime context of the value it builds,
  kept past this call;
- a context made once the received ctx is done, on some path (in a `case <-ctx.Done():`, or a case
  receiving from a local that holds `ctx.Done()`, after a select with that case, or after `<-ctx.Done()`,
  also of a context made from it: `<-egCtx.Done()` of `eg, egCtx := errgroup.WithContext(ctx)`;
  or in the branch of `if ctx.Err() != nil`, `case ctx.Err() == context.Canceled || ctx.Err() ==
  context.DeadlineExceeded:`): passing the received ctx there would cancel at once what
  must still run, a graceful `srv.Shutdown` bounded by a timeout of its own;
- an argument for a parameter its (package) callee names `_` or never uses (a local of the same name
  that a function literal inside declares, `ctx, cancel := context.WithCancel(req.Context())` in a handler
  it registers, is another variable), or only reads values from
  (`ctx.Value(key)`) or compares with nil, or only hands on as the argument of functions that do not use theirs (up to
  eight calls down: of the package, of another package of the module, methods of the receiver or of a
  receiver's field, `s.transport.SendPrivate(ctx, p)`, with the field's type read where the struct is
  declared; a func-typed parameter given a package function at the call, `syncPeer(ctx, p, m.dispatch)`
  calling `handler(ctx, p)`), also through a package function that only wraps values around it
  (`h.load(withDB(context.TODO()))`, `withDB` returning `context.WithValue(ctx, k, db)`), or a function
  of another package of the module that names it `_` or never uses it (`detect.NewExporter(context.TODO())`),
  or a method of a type declared there (`s.client.Put(context.TODO(), k, v)` with `client kv.Client`)
  or of a package variable's type (`imitator.Default.Get(context.TODO(), k)`, `var Default = newClient()`)
  — of an interface, every method of that name and parameter count of a type in the module that has
  all the interface's methods (its own and those of the package's interfaces it embeds, `Center
  interface { io.Closer; ConfigReader; Tenant() string }`) (a mock that records its arguments uses it),
  leaving out the types of a
  package only tests import in an application (a fake whose methods call the functions a test sets: no
  call of the program reaches it); also a local made from it
  (`c := context.Background()`) that is only handed to such callees, and to functions that only put values
  on it with their result given back to it (`c = authz.With(c, user); if authz.Allowed(c) == nil`): there
  is nothing to cancel;
- a holder put back after use: `r.SetContext(context.Background())` where the same method on the same
  receiver was given the received ctx (or a local made from it) earlier in the function
  (`r.SetContext(ctx)`, the work, then the reset of a pooled runtime): nothing runs under it here;
- a context nothing runs under: bound to locals (directly, or through a call that only puts a span or values
  on it, `span, _ := trace.StartSpanFromContext(context.Background(), "op")`) that are only receivers of
  method calls other than `Done`/`Err`/`Deadline` (`span.Infof(...)`): a span for log lines, no work; or
  the end func of a span helper whose context is discarded (`_, endTrace := StartTrace(context.Background(),
  "op")` then `defer endTrace()`, `endTrace(TraceEndError(err))`); or contexts of such calls in turn,
  whose results are such locals (`root = context.WithValue(root, k, id)`, then `s, _ :=
  tracer.StartTrace(root, "op")` and `s.End()`); or
  arguments of log lines and recorded measures (`tagged, err := tag.New(context.Background(), ...)` then
  `stats.Record(tagged, m.M(1))`: OpenCensus tags for a measure);
  or given only to log lines and recorded measures (`ctxBg := context.Background()` then
  `rm.latency.Record(ctxBg, ms)` with `latency metric.Float64Histogram`);
  or given to `errgroup.WithContext` whose derived context the statement discards (`eg, _ :=
  errgroup.WithContext(context.TODO())`: a plain group, its goroutines get no context from it, wherever
  the group goes then, `goSafely(eg, f)`); or
  stored in a struct literal's field that nothing in the package reads (`&provider{statsCtx:
  context.Background()}`, no `.statsCtx` but stores): kept and forgotten;
- a context made for goroutines started here, bound to locals (as above) that only `go` statements use,
  as an argument or in the literal they run (`bgSpan, bgCtx := trace.StartSpan...(context.Background(),
  ...)` then `go func() { v.proxy.Flush(bgCtx, host) }()`): fire-and-forget work that must outlive the
  call; passing the received ctx would cancel it when the caller returns. Still reported when the
  goroutine's function stops only when that context is done (`go s.loop(bgCtx)` with every exit of `loop`
  behind `<-ctx.Done()`): it never stops;
- a component's lifetime: `c, cancel := context.WithCancel(context.Background())` (a cause, a timeout)
  whose `c` only goroutines started here use (`go`, or the literal handed to `wg.Go`/`g.Go`) or is kept
  past the call itself (`e.loopCtx = c`, for the goroutines a later `Start` runs), whose
  `cancel` is kept past the call (stored in a field, returned, or called by a function literal that is:
  `s.stop = func() { cancel(); <-done }`, also through a local `stop` stored so), in a function that
  does not use its received ctx after it: the Stop that calls it ends the goroutines, the received ctx
  bounds only the start (still reported when work runs under `c` in place, or the received ctx is
  asked again after it: a select on its `Done()`);
- a one-shot latch: `ready, open := context.WithCancel(context.Background())` whose context is only
  asked for its `Done()` channel (handed to waiters, stored; not waited on by a goroutine started here)
  and whose `open` is kept past the call (a field, a struct literal's field, a named result): no work
  runs under it; likewise one (also asked `Err()`, `context.Cause(c)`, `c != nil`) whose cancel a callback
  handed on calls (`unhook := events.Hook(func(id string) { ...; retained(errRetained) })`) and whose every
  wait here is a `select` that also has a case on the `Done()` of the received ctx or of one made from it
  (`case <-processing.Done():`, `processing` from `context.WithTimeout(ctx, d)`): the wait still ends with
  the caller's ctx;
- `pprof.SetGoroutineLabels(context.Background())`: it only resets the goroutine's profiler labels; so
  `trace.StartRegion(context.Background(), "phase")`, `trace.Log`/`Logf` of runtime/trace: they only mark
  the execution trace;
- the only argument of a getter of a value a context carries, `trace.SpanFromContext(context.Background())`
  (a function whose name ends in `FromContext`): it reads the empty context's value (a no-op span), no
  work runs under it;
- an argument of a logging or metrics call, one whose function names a logger, a log or metrics
  (`log.G(context.TODO())`, a package named for its log, `bklog.G(context.TODO())`, but not `catalog`
  or `dialog`; `logger.Printf(context.Background(), ...)`, `auditLog(context.Background(),
  entry)`, `diag.DefaultMonitoring.RequestSent(context.Background(), ...)`, `metrics.Record(...)`), or a
  method of a value whose type names a logger (`h.next.Enabled(context.Background(), lvl)` with `next
  *slog.Logger`), or a function named for a log level and the context it takes (`base.InfofCtx(...)`,
  `WarnContext`, `DebugWithContext`): a log line, a recorded measure or the question whether one would be
  written takes a context for its values (a trace id, tags), it has no work to cancel;
- an argument of an error's constructor, a call named for one (`moerr.NewBadConfig(context.Background(),
  msg)`, `Wrapf`, `Errorf`, `ErrNotFound`) whose value is an error where it goes: a result the function
  declares as `error` (`return ...`), an `err` it is assigned to, `panic`'s argument: an error value takes a
  context for what it carries, nothing runs under it;
- the context of a trace propagator's `Inject` (`prop.Inject(ctx, carrier)` of a
  `propagation.TextMapPropagator`, `telemetry.Propagator.Inject(...)`), also through calls that only put a
  value on it (`trace.ContextWithSpanContext(context.Background(), origin)`): it copies the span context into
  the headers, nothing runs under it;
- a listen on a numeric or `":port"` address (also built from a port, `":"+cfg.Port`, `fmt.Sprintf(":%d",
  port)`), or on a unix socket's path (`lc.Listen(context.TODO(), "tcp", tcpAddr.String())`),
  also a listen wrapper given a resolved address (`listenPacket(context.Background(), &net.UDPAddr{IP:
  ip, Port: port})`): its ctx only bounds a name lookup that does not happen;
- a controller-runtime reconciler's `r.Get(context.TODO(), req.NamespacedName, obj)` (in `Reconcile` or
  another method of the reconciler's type, by any key: `client.ObjectKey{...}`) of a kind the
  package's controllers watch (`.For(&v1beta1.Rollout{})`, `.Owns`, `.Watches`, `source.Kind(mgr.GetCache(),
  &T{})`) with the manager's client (`mgr.GetClient()`): the manager syncs that informer before any worker
  runs, so the Get reads memory and never consults its context (a kind nothing watches starts an informer
  and waits for it, and stays reported); likewise a List by field indexes only
  (`c.List(context.Background(), &list, client.MatchingFields{idx.KeyRef: name})`) that the module registers
  with `IndexField(ctx, &T{}, idx.KeyRef, ...)`: such an index exists only in the manager's cache, made with
  the kind's informer before the manager starts; and so a List with no selector of a kind the module
  indexes (`c.List(context.Background(), &TList{})` with `IndexField(ctx, &T{}, ...)` somewhere in it);
- a private wake-up signal: a Background-derived context only ever waited on as `<-sig.Done()` in
  selects that also wait on the received ctx's `Done()`, or whose other case hands the received ctx to
  the work (`select { case <-found.Done(): return; default: r := probe(ctx) }`), and otherwise used only
  where the received ctx is done on every path (in `case <-ctx.Done(): gracefulStop(exited, cmd, d)`, or
  after a select whose other cases return): the received ctx would end that work at once;
- a merge: `c, cancel := context.WithCancel(context.Background())` (or `WithCancelCause`; also `var c,
  cancel = ...`, in a `var (...)` block too; also of a root wrapped with values first,
  `context.WithCancel(namespace.RootContext(context.Background()))`) with a goroutine (or `AfterFunc`) that receives from a
  received ctx's `Done()` and calls `cancel()` (`cancel(err)`), or whose first statement is `defer
  cancel()` and which hands the received ctx to a call (`defer cancel(); c.ctrl.Run(ctx)`: that call ends
  once ctx is done, if not before; a log line given it is no such call), or a select of the function itself with a `case <-ctx.Done():` that
  calls it (a `wg.Done()` is no wait on a context);
- a context scoped to the call: `c, cancel := context.WithCancel(context.Background())` (or a
  timeout) under a new name, whose `cancel` runs on every exit of the function (deferred), while the
  function goes on using its received ctx after it (an exit monitor stopped when the function returns).

## Fixes
- **Use the received ctx** in place of `context.Background()`.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        if ctx.is_test_file:
            return  # tests build their own contexts on purpose
        for call in ctx.calls(receiver="context"):
            name = syntax.call_name(call)[1]
            if name not in ("Background", "TODO"):
                continue
            if call.parent is not None and call.parent.type == "binary_expression":
                continue  # `ctx != context.Background()`: a comparison, not a new context
            received = ctx.contexts.received(call)
            if received is None or received[0].startswith("_") or self._explained(ctx, call):
                continue   # no ctx, or one named as unused (`_`, `_ctx`), or a detach explained
            if ctx.contexts.none_received(call, received[1]):
                continue   # ``ctx ...context.Context`` given none: there is no ctx to propagate
            if ctx.test_code(call):
                continue   # test code outside _test.go files (a suite package): builds its own contexts
            if ctx.contexts.returned_only(call):
                continue   # a result for the caller (a placeholder beside ok == false), nothing runs under it
            if ctx.contexts.runs_nothing(call):
                continue   # bound to locals only asked for a span or values, or to a field never read: nothing runs under it
            if ctx.contexts.after_done(call, received[0]):
                continue   # the received ctx is already done here (a shutdown after <-ctx.Done())
            if ctx.contexts.received_never_done(received[1]):
                continue   # the ctx it would pass on is Background at every call: nothing is lost
            if ctx.contexts.restores(call, received[0]):
                continue   # a holder given the received ctx for the work above, put back to Background after it
            if ctx.contexts.ignored_by_callee(call):
                continue   # handed to a function that never looks at that parameter (nor do its callees)
            if ctx.contexts.to_logger_typed(call) or ctx.contexts.to_error(call):
                continue   # a log line, a measure or an error value: a context for its values, nothing to cancel
            if self._local_listen(ctx, call):
                continue   # a listen on a numeric address: the ctx would only bound a name lookup it does not do
            if self._cached_get(ctx, call) or self._indexed_list(ctx, call):
                continue   # a reconciler's Get of a kind its controller watches, or a List by a field index:
                #            a read of the manager's synced cache
            if self._wakeup_only(ctx, call, received[0]):
                continue   # a private wake-up signal, waited on beside the received ctx's Done
            if self._merged(ctx, call, received[0]):
                continue   # a new root cancelled when the received ctx is done: its cancellation still reaches
            if ctx.contexts.scoped(call):
                continue   # a context for this call only, cancelled when it returns; its own work follows ctx
            why = ctx.contexts.detached(call)
            if why is not None and not (why == "goroutine" and ctx.contexts.runs_until_cancelled(call)):
                continue   # meant to outlive the caller's ctx (unless the goroutine stops only on cancel)
            param_name, param = received
            msg = (f"context.{name}() drops the received ctx ({param_name}). The caller's "
                   f"cancellation and deadline do not reach this call")
            yield ctx.finding(call, msg, [ctx.related(param, f"{param_name} is received here")],
                              (ctx.fix(f"Use {param_name}", ctx.replace(call, param_name), preferred=True),))

    @staticmethod
    def _local_listen(ctx: FuncContext, call: Node) -> bool:
        """``lc.Listen(context.TODO(), "tcp", addr.String())`` or ``listenPacket(context.Background(), "udp4",
        ":0")``: a listen's ctx bounds only the resolution of its address (the listener does not keep it);
        a literal ``":port"``/numeric address, a ``*net.TCPAddr`` (``&net.UDPAddr{IP: ip, Port: p}``, given
        to a wrapper) or its ``String()``, or a unix socket's path (``"unix"``, ``"unixgram"``,
        ``"unixpacket"``) needs none."""
        args = call.parent
        outer = args.parent if args is not None and args.type == "argument_list" else None
        if outer is None or outer.type != "call_expression" or "listen" not in syntax.call_name(outer)[1].lower():
            return False
        rest = syntax.call_args(outer)[1:]
        if rest and syntax.text(syntax.unparen(rest[0])).strip('"') in ("unix", "unixgram", "unixpacket"):
            return True   # a socket file: no name to look up
        for a in rest:
            a = syntax.unparen(a)
            if ctx.model.types.of(a) in _RESOLVED_ADDRS:
                return True   # ``listenPacket(ctx, &net.UDPAddr{IP: ip, Port: p})``: an address, not a name
            if a.type == "binary_expression" and syntax.text(a.child_by_field_name("operator")) == "+":
                a = syntax.unparen(a.child_by_field_name("left"))   # ``":"+cfg.Port``: the host is the literal's
                while a.type == "binary_expression" and syntax.text(a.child_by_field_name("operator")) == "+":
                    a = syntax.unparen(a.child_by_field_name("left"))
                if a.type != "interpreted_string_literal" or not syntax.text(a).endswith(':"'):
                    continue
            elif a.type == "call_expression" and syntax.text(a.child_by_field_name("function")) == "fmt.Sprintf":
                fa = syntax.call_args(a)   # ``fmt.Sprintf(":%d", port)``
                a = syntax.unparen(fa[0]) if fa else a
                if a.type != "interpreted_string_literal" or not syntax.text(a).startswith('":%'):
                    continue
            if a.type == "interpreted_string_literal":
                host = syntax.text(a).strip('"').rpartition(":")[0].strip("[]")
                if ":" in syntax.text(a) and not any(ch.isalpha() for ch in host.replace("::", "")):
                    return True
            elif a.type == "call_expression" and syntax.call_name(a)[1] == "String":
                fn = a.child_by_field_name("function")
                t = ctx.model.types.of(fn.child_by_field_name("operand")) if fn is not None and \
                    fn.type == "selector_expression" else None
                if t in _RESOLVED_ADDRS:
                    return True
        return False

    @staticmethod
    def _cached_get(ctx: FuncContext, call: Node) -> bool:
        """``r.Get(context.TODO(), req.NamespacedName, obj)`` in a controller-runtime ``Reconcile(ctx, req)``
        method, ``obj`` a ``*T`` (``&T{}``, ``new(T)``) of a kind the package's controllers watch through the
        manager's cache (:meth:`PackageModel.watched_kind`): the informer is synced before the worker runs, so
        the Get reads memory and never looks at its context."""
        args = call.parent
        outer = args.parent if args is not None and args.type == "argument_list" else None
        if outer is None or outer.type != "call_expression" or syntax.call_name(outer)[1] != "Get" or \
                ctx.pkg is None or not ContextNotPropagated._reconciler_method(ctx):
            return False
        a = syntax.call_args(outer)
        if len(a) != 3 or a[0].id != call.id:
            return False
        t = ctx.model.types.of(syntax.unparen(a[2]))   # (``&T{}``, ``new(T)``, a local holding one)
        return t is not None and t.startswith("*") and ctx.pkg.watched_kind(t[1:])

    @staticmethod
    def _reconciler_method(ctx: FuncContext) -> bool:
        """Is this declaration ``Reconcile``, or another method of a type that has one in the package (a
        reconciler's step, run by the controller's workers once the manager's informers synced)?"""
        if ctx.func_name == "Reconcile":
            return True
        recv = receiver(ctx.unit) if ctx.unit.type == "method_declaration" else None
        return recv is not None and "Reconcile" in ctx.model.index.methods.get(recv[1], {})

    @staticmethod
    def _indexed_list(ctx: FuncContext, call: Node) -> bool:
        """``c.List(context.Background(), &list, client.MatchingFields{idx.KeyRef: name})`` with every key a
        field index the module registers with ``IndexField`` (PackageModel.indexed_field), or with no
        selector, ``list`` a ``*TList`` of a kind ``T`` it registers one of (PackageModel.indexed_kind): an index
        exists only in the manager's cache, whose informer for the kind is made with it before the manager
        starts and synced before any controller or event handler runs; the List reads memory and never
        looks at its context."""
        outer, idx = syntax.argument_of(call)
        if outer is None or idx != 0 or syntax.call_name(outer)[1] != "List" or ctx.pkg is None:
            return False
        keys = []
        for a in syntax.call_args(outer)[2:]:
            a = syntax.unparen(a)
            typ = a.child_by_field_name("type") if a.type == "composite_literal" else None
            if typ is not None and syntax.text(typ).rsplit(".", 1)[-1] == "MatchingFields":
                keys += [el.named_children[0] for el in syntax.walk(a.child_by_field_name("body"))
                         if el.type == "keyed_element" and el.named_children]
        if keys:
            return all(ctx.pkg.indexed_field(syntax.text(k)) for k in keys)
        args = syntax.call_args(outer)
        kind = _list_kind(ctx, args[1]) if len(args) >= 2 else None
        return kind is not None and ctx.pkg.indexed_kind(kind)

    @staticmethod
    def _wakeup_only(ctx: FuncContext, call: Node, received: str) -> bool:
        """``sig, wake := context.WithCancel(context.Background())`` where ``sig`` is only ever waited on as
        ``case <-sig.Done():`` in selects that also wait on ``<-ctx.Done()`` of the received ctx, or whose
        other case runs the work under the received ctx (``default: probe(ctx)``), or used (waited on, or
        handed to work) only where the received ctx is done on every path (after ``case <-ctx.Done():``,
        :meth:`ContextModel.only_after_done`): the new context carries no work while ctx lives, it is a
        signal among the goroutines; the caller's cancellation still reaches the work."""
        stmt, _ = _derived_by(call)
        if stmt is None:
            return False
        assigned = _assigned(stmt)
        first = assigned[0] if assigned else None
        v = ctx.model.scopes.var(first) if first is not None and first.type == "identifier" else None
        if v is None or not v.refs:
            return False
        for ref in v.refs:
            if ctx.contexts.only_after_done(ref, received):
                continue   # the received ctx is done here on every path: passing it would end this at once
            sel = ref.parent
            call_ = sel.parent if sel is not None and sel.type == "selector_expression" else None
            if call_ is None or call_.type != "call_expression" or syntax.call_name(call_)[1] != "Done":
                return False
            case = next((a for a in syntax.ancestors(call_) if a.type == "communication_case"), None)
            select = case.parent if case is not None else None
            if select is None or not (any(
                    c.type == "communication_case" and f"{received}.Done()" in syntax.text(
                        c.child_by_field_name("communication") or c) for c in select.named_children) or
                    _hands_on(select, received)):
                return False
        return True

    @staticmethod
    def _merged(ctx: FuncContext, call: Node, received: str) -> bool:
        """``c, cancel := context.WithCancel(context.Background())`` with a function literal (a goroutine,
        an AfterFunc) that waits for a received ctx's ``Done()`` and calls ``cancel()``, or a select case
        of the function itself on that ``Done()`` that calls it: the contexts are merged, the caller's
        cancellation reaches ``c`` (while the call runs, for the select)."""
        stmt, outer = _derived_by(call)
        if stmt is None or syntax.call_name(outer)[0] != "context":
            return False
        names = [syntax.text(n) for n in _assigned(stmt)]
        if len(names) < 2 or names[1] == "_":
            return False
        cancel = names[1]
        calls_cancel = re.compile(rf"(?<![\w.]){re.escape(cancel)}\(".encode())
        for case in syntax.walk(ctx.unit):
            # the function's own select: ``case <-ctx.Done(): cancel()`` while the call runs
            if case.type != "communication_case" or not calls_cancel.search(case.text or b""):
                continue
            comm = case.child_by_field_name("communication")
            done = next((n for n in syntax.walk(comm) if n.type == "call_expression" and
                         syntax.call_name(n)[1] == "Done"), None) if comm is not None else None
            recv = syntax.call_name(done)[0] if done is not None else ""
            if recv and recv not in names:
                return True
        handed = received not in names   # (``ctx, cancel := ...``: ctx names the new one)
        for lit in syntax.walk(ctx.unit):
            if lit.type != "func_literal":
                continue
            body = syntax.text(lit)
            if not re.search(rf"(?<![\w.]){re.escape(cancel)}\(", body):
                continue   # (``cancel()``, or ``cancel(err)`` of WithCancelCause)
            if handed and _defers_after_handing(lit, cancel, received):
                return True
            for n in syntax.walk(lit):
                if n.type == "call_expression" and syntax.call_name(n)[1] == "Done" and _received_from(n):
                    recv = syntax.call_name(n)[0]
                    if recv and recv not in names:
                        return True
        return False

    @staticmethod
    def _explained(ctx: FuncContext, call: Node) -> bool:
        """A comment says why: in the three lines above the call or its statement (with the rest of a comment
        block reaching into them), or in the function's doc comment
        when that mentions cancellation or detaching."""
        fn = syntax.enclosing_func(call) or ctx.unit
        body = syntax.func_body(fn) or fn
        lines = syntax.lines_above(ctx.source, call.start_byte, 3, floor=body.start_byte)  # inside the function only
        if any(l.strip().startswith((b"//", b"/*")) and _WHY.search(l.lower()) for l in lines):
            return True
        stmt = syntax.stmt_of(call)   # (the statement the call is in: its comment is above its first line)
        lines = syntax.lines_above(ctx.source, stmt.start_byte, 12, floor=body.start_byte)
        comment = [l.strip().startswith((b"//", b"/*")) for l in lines]
        k = max(len(lines) - 3, 0)   # the three lines above, and the rest of a comment block reaching into them
        while k > 0 and comment[k] and comment[k - 1]:
            k -= 1
        if any(c and _WHY.search(l.lower()) for l, c in zip(lines[k:], comment[k:])):
            return True
        doc = []
        prev = ctx.unit.prev_sibling
        while prev is not None and prev.type == "comment":
            doc.append((prev.text or b"").lower())
            prev = prev.prev_sibling
        return any(w in d for d in doc for w in (b"cancel", b"detach"))


_RESOLVED_ADDRS = frozenset({"*net.TCPAddr", "*net.UDPAddr", "net.TCPAddr", "net.UDPAddr", "*net.UnixAddr",
                             "net.UnixAddr", "*net.IPAddr", "net.IPAddr"})


def _derived_by(call: Node) -> tuple[Node | None, Node | None]:
    """For ``c, cancel := context.WithX(context.Background())`` (or ``var c, cancel = ...``, also in a
    ``var (...)`` block): the assignment and the outer call (``context.WithX(...)``) when ``call`` is an
    argument of a call whose results are assigned — also through one call that wraps the root with values
    first, ``context.WithCancel(namespace.RootContext(context.Background()))`` (its first argument)."""
    args = call.parent
    outer = args.parent if args is not None and args.type == "argument_list" else None
    stmt = outer.parent if outer is not None and outer.type == "call_expression" else None
    if stmt is not None and stmt.type == "argument_list" and syntax.call_name(outer)[0] != "context" and \
            args.named_children and args.named_children[0] == call:
        wrapper = stmt.parent   # ``context.WithCancel(wrap(context.Background()))``: the call around the wrapper
        if wrapper is not None and wrapper.type == "call_expression" and syntax.call_name(wrapper)[0] == "context":
            outer, stmt = wrapper, wrapper.parent
    while stmt is not None and stmt.type == "expression_list":
        stmt = stmt.parent
    if stmt is None or stmt.type not in ("short_var_declaration", "assignment_statement", "var_spec"):
        return None, None
    return stmt, outer


def _defers_after_handing(lit: Node, cancel: str, received: str) -> bool:
    """Does the function literal ``lit`` defer ``cancel()`` as its first statement and hand the received ctx
    to a call of a statement of its own body (``defer cancel(); if err := c.ctrl.Run(ctx); ...``), not a log
    line's (as :func:`_hands_on` reads it)? The call ends when that ctx is done, if not before, and
    ``cancel`` follows it."""
    stmts = syntax.stmt_list(syntax.func_body(lit))
    if not stmts or stmts[0].type != "defer_statement" or \
            " ".join(syntax.text(stmts[0]).split()) not in (f"defer {cancel}()", f"defer {cancel}(nil)"):
        return False
    return any(not ContextModel.to_logger(a) for st in stmts[1:] for a in _handed(st, received))


def _hands_on(select: Node, received: str) -> bool:
    """Does the ``select`` run work under the received ctx itself: a call in one of its cases given it
    (``select { case <-stop.Done(): return; default: r := probe(ctx) }``), not a log line's?"""
    return any(not ContextModel.to_logger(a) for a in _handed(select, received))


def _handed(node: Node, name: str) -> Iterator[Node]:
    """The arguments ``name`` of the calls in ``node`` (itself included, not in its function literals)."""
    for n in (node, *syntax.walk(node, skip_funcs=True)):
        if n.type == "call_expression":
            yield from (a for a in syntax.call_args(n) if a.type == "identifier" and syntax.text(a) == name)


def _received_from(call: Node) -> bool:
    """Is ``call`` (``x.Done()``) received from, ``<-x.Done()`` (a context's; ``wg.Done()`` is a call)?"""
    p = call.parent
    while p is not None and p.type == "parenthesized_expression":
        p = p.parent
    return p is not None and p.type == "unary_expression" and syntax.text(p.child_by_field_name("operator")) == "<-"


def _assigned(stmt: Node) -> list[Node]:
    """The names an assignment, a short variable declaration or a ``var`` spec gives values to."""
    if stmt.type == "var_spec":
        return stmt.children_by_field_name("name")
    left = stmt.child_by_field_name("left")
    return left.named_children if left is not None else []


def _list_kind(ctx: FuncContext, arg: Node) -> str | None:
    """``import/path|T`` of the list ``arg`` of a ``List`` (``&ingress.IngressList{}``, a local holding one,
    ``&list`` of ``var list ingress.IngressList``): a ``*...TList`` whose item kind is ``T``."""
    t = ctx.model.types.of(syntax.unparen(arg))
    m = re.fullmatch(r"\*(?:(\w+)\.)?(\w+)List", t or "")
    if m is None:
        return None
    unit = ctx.model.unit
    path = ctx.pkg.import_path() if m.group(1) is None else \
        file_imports(unit.parent if unit.parent is not None else unit).get(m.group(1))
    return f"{path}|{m.group(2)}" if path else None
