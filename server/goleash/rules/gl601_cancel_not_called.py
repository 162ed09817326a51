"""GL601 cancel-not-called."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding
from ..model import checks
from ..rule import FuncContext, Rule

class CancelNotCalled(Rule):
    code = "GL601"
    name = "cancel-not-called"
    summary = "The cancel func of a derived context is discarded or not called on some path: the context leaks."
    triggers = frozenset({"mcall"})
    methods = frozenset({"WithCancel", "WithTimeout", "WithDeadline", "WithCancelCause", "WithTimeoutCause",
                         "WithDeadlineCause", "NotifyContext"})   # the cancel funcs of these calls (ContextModel.derived)
    overlaps = "vet lostcancel"
    fixes = ("`defer cancel()` right after the call",)
    doc = """\
`context.WithCancel`, `WithTimeout` and `WithDeadline` return a cancel func
that must be called once the derived context is no longer needed. Until it is,
the context stays registered with its parent (and a `WithTimeout` timer keeps
running; with a parent of a foreign type a goroutine waits on it). A discarded
cancel func, or one skipped by an early return, leaks them until the parent
itself is cancelled — for `context.Background()`, never.

goleash reports the `_` that discards the cancel func, or the `return` on
which it is not called, with the call that created it as related location.
(anchor: vet `lostcancel`)

## Bad
```go
	ctx, _ = context.WithTimeout(ctx, time.Second)

	ctx, cancel := context.WithCancel(parent)
	if err := prepare(); err != nil {
		return err // cancel is not called on this path
	}
	defer cancel()
```

## Good
```go
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
```

## Stays silent
- `defer cancel()` or `defer func() { ...; cancel() }()`;
- cancel called before every return (`cancel(); return err`);
- cancel handed on: returned to the caller, stored in a struct field or map (but a cancel stored straight
  into an unexported field that nothing in the package reads, `ctx, rs.cancel = context.WithCancel(ctx)`
  with every `.cancel` an assignment, is never called: reported — unless the context is a
  `context.WithCancel` of `context.Background()` kept in a field nothing reads either, or dropped as it
  is made, `_, a.stop = context.WithCancel(root)`: a child of a root registers nothing and starts no
  timer, and nothing waits on its `Done()`),
  passed to a function (`t.Cleanup(cancel)`, also with type arguments: `newPromise[R](cancel)`), called from a closure or goroutine, or its address
  taken (`j.stop = &stop`, called later as `(*j.stop)()`).
- `go cancel()`: it runs.
- a child whose parent is derived here with a cancel that runs on every path (`ctx, shutdown :=
  context.WithCancel(...)`, `child, stop := context.WithCancel(ctx)`, `stop()` on some paths,
  `shutdown()` before every return): cancelling the parent cancels and unregisters the child;
- a path that leaves only after receiving from the parent's `Done()` (`case <-ctx.Done(): return` in the
  loop that makes `child, stop := context.WithTimeout(ctx, ...)` per item): the parent is cancelled by
  then, and so is every child made from it, timers stopped; likewise a path that leaves only after
  receiving from the context's own `Done()` (`case <-waitCtx.Done(): return`): it is cancelled by then
  (its deadline passed, its parent or its cancel ended it), which stopped its timer and let its parent go;
- in a test, a discarded cancel of a context whose deadline the test then asserts passed (`if err !=
  context.DeadlineExceeded { t.Fatalf(...) }`, `require.ErrorIs(t, err, context.DeadlineExceeded)`, a
  Gomega `Expect(errors.Is(ctx.Err(), context.DeadlineExceeded)).To(BeTrue())`, a statement after it in
  its block): on every passing run the timer has fired and released it;
- a discarded cancel of a context the function then waits out (`ctx, _ := context.WithTimeout(...)` with
  `<-ctx.Done()` right after, before anything can leave): it goes on only once the timer cancelled the
  context, which released it;
- a cancel not called on a path that returns from `main` of package `main` (`case "--version": return`),
  or from a function of package main that `main` calls as its last act (`if err := run(); err != nil {
  os.Exit(1) }`, and what `run` returns as its own: `return runMount(ctx, args)`), or a command's handler,
  or a test binary's `TestMain` and a closure only ever called as `os.Exit`'s argument (`os.Exit(doIt())`):
  the program ends there, and the context with it; likewise a cancel discarded there (`ctx, _ :=
  context.WithTimeout(context.Background(), timeout)` before `s.Shutdown(ctx)` in `main`'s signal case)
  outside every loop: one context, made once, that lives no longer than the program (in a loop of `main`
  each turn leaks one more, and that stays reported).
- a path that can never be taken or that ends the program: a `return` under `if err != nil` of a
  call whose error is nil on every path (a package function whose every `return` gives `nil` there), or
  of an error every caller ends the process on (`if err != nil { os.Exit(1) }`, `log.Fatal(err)`);
- the cancel func of `context.WithCancel(context.Background())` (or `TODO()`, or `WithCancelCause`; also
  of a local bound once to one and never assigned again, `root := context.Background()`) discarded
  (`ctx, _ :=`): a parent that is never cancelled keeps no list of its children, and
  `WithCancel` starts no timer, so the context is a `Background` that nothing can cancel, and leaks
  nothing (`WithTimeout`/`WithDeadline` of `Background` still do: their timer runs until the deadline).
  A cancel kept and called on some paths only is still reported: what waits on the context is meant
  to end with it.
- the discarded cancel of a context born expired: `context.WithTimeout(parent, -time.Second)` (a
  constant duration that is not positive) or `context.WithDeadline(parent, time.Now())` (or a constant
  step back from it, also by a local given a constant once, `time.Now().Add(-d)` after `d := 3 *
  time.Minute`, or a fixed instant long past: `time.Unix(0, 0)`, `time.Time{}`): `WithDeadline` cancels it before it returns, which detaches it from its parent and
  starts no timer.

## Fixes
- **`defer cancel()`** inserted right after the call (naming the cancel func
  `cancel` when it was `_`).
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        cm = ctx.contexts
        for d in cm.derived():
            call, stmt = d.call, d.stmt
            callee = syntax.text(call.child_by_field_name("function"))
            related = [ctx.related(call, f"{callee} returns the cancel func here")]
            if syntax.text(d.cancel_ident) == "_":
                if cm.parent_cancelled(d):
                    continue  # the parent's cancel (deferred here) releases this child too
                if cm.holds_nothing(d):
                    continue  # WithCancel(context.Background()): no timer, nothing registered with the parent
                if cm.born_expired(d):
                    continue  # a deadline already past: cancelled and detached before it is returned
                if cm.waited_out(d):
                    continue  # ``<-ctx.Done()`` right after: it returns once the context ended and let go
                if ctx.is_test_file and cm.asserted_expired(d, ctx.testing_params):
                    continue  # the test fails unless its deadline passed: on a passing run it has ended
                if ((d.func.node.id == ctx.unit.id and ctx.returns_to_exit) or _exits_on_return(ctx, d.func)) \
                        and not syntax.loops_between(stmt, d.func.node):
                    continue  # made once in main (or its last act), in no loop: it lives no longer than the program
                fixes = ()
                if stmt.type == "short_var_declaration" and stmt.parent is not None and \
                        stmt.parent.type == "statement_list":
                    cname = syntax.unique_name("cancel", d.func.node)
                    fixes = (ctx.fix(f"Keep the cancel func and defer {cname}()", ctx.replace(d.cancel_ident, cname),
                                     ctx.insert_line_after(stmt, f"defer {cname}()"), preferred=True),)
                until = "its deadline passes or the parent is cancelled" if callee.endswith(
                    ("WithTimeout", "WithDeadline", "WithTimeoutCause", "WithDeadlineCause")) else "the parent is cancelled"
                yield ctx.finding(d.cancel_ident, f"the cancel func of {callee} is discarded. The context and its "
                                                  f"resources leak until {until}", related, fixes)
                continue
            stored = d.cancel_ident if d.cancel is None and d.cancel_ident.type == "selector_expression" else None
            name = syntax.text(stored.child_by_field_name("field")) if stored is not None else ""
            if stored is not None and ctx.pkg is not None and ctx.pkg.field_never_read(name) and \
                    not cm.parent_cancelled(d) and not (cm.holds_nothing(d) and _ctx_field_unread(ctx, stmt, stored)):
                yield ctx.finding(stored, f"{syntax.text(stored)} is never called: nothing in the package reads the "
                                          f"field {name}. The context from {callee} lives until its parent is "
                                          f"cancelled, and whatever waits on its Done() waits as long", related)
                continue
            if d.cancel is None or cm.handed_on(d):
                continue   # stored in a field, returned, passed or used by a closure: someone else cancels
            if cm.parent_cancelled(d):
                continue   # the parent's cancel runs on every path here: it releases this child too
            if (d.func.node.id == ctx.unit.id and ctx.returns_to_exit) or _exits_on_return(ctx, d.func):
                continue   # a return from main (or its last act) ends the program: nothing is left to leak
            body = d.func.node.child_by_field_name("body")
            leaks = [(q, never) for q, never in cm.cancel_leaks(d)
                     if never or q.ast is None or q.ast.type != "return_statement" or body is None or
                     not ((ctx.pkg is not None and checks.returns_under_nil_error(ctx.model, ctx.pkg, q.ast, body)) or
                          ctx.shared.error_ends_process(q.ast))]
            if not leaks:
                continue
            cname = d.cancel.name
            fixes = ()
            if stmt.parent is not None and stmt.parent.type == "statement_list":
                # the defers on some paths become redundant: one right after the call covers them all
                redundant = [n for n in syntax.walk(d.func.node.child_by_field_name("body"), skip_funcs=True)
                             if n.type == "defer_statement" and syntax.text(n).replace(" ", "") == f"defer{cname}()"
                             and n.parent is not None and n.parent.type == "statement_list"]
                fixes = (ctx.fix(f"defer {cname}() right after {callee}",
                                 ctx.insert_line_after(stmt, f"defer {cname}()"),
                                 *(ctx.delete_line(n) for n in redundant), preferred=True),)
            q, never = leaks[0]
            if never:
                msg = f"{cname} is never called: the context leaks. The context from {callee} lives until its parent is cancelled"
                yield ctx.finding(d.cancel_ident, msg, related, fixes)
                continue
            exit_node = q.ast if q.ast is not None and q.ast.type == "return_statement" else \
                (syntax.stmt_list(d.func.node.child_by_field_name("body")) or [d.stmt])[-1]
            msg = f"{cname} is not called on this path: the context leaks. It comes from {callee}"
            yield ctx.finding(exit_node, msg, related, fixes)



def _exits_on_return(ctx: FuncContext, f) -> bool:
    """Does the process end once the function ``f`` returns: a test binary's ``TestMain`` (its return goes to
    ``os.Exit``), or a function literal bound to a local that is only ever called as ``os.Exit``'s argument
    (``doIt := func() int { ...; return m.Run() }`` then ``os.Exit(doIt())``)?"""
    if f.node.type == "function_declaration":
        return ctx.is_test_file and syntax.text(f.node.child_by_field_name("name")) == "TestMain"
    v = f.bound_to
    if v is None or v.assigned or v.addressed or not v.refs:
        return False
    for r in v.refs:
        call = r.parent
        outer = call.parent.parent if call is not None and call.type == "call_expression" and \
            call.child_by_field_name("function") == r and call.parent is not None and \
            call.parent.type == "argument_list" else None
        if outer is None or outer.type != "call_expression" or \
                syntax.text(outer.child_by_field_name("function")) != "os.Exit":
            return False
    return True


def _ctx_field_unread(ctx: FuncContext, stmt: Node, stored: Node) -> bool:
    """Is the context made beside the stored cancel kept in a field nothing in the package reads
    (``p.ctx, p.cancel = context.WithCancel(context.Background())`` with no ``.ctx`` read), or dropped
    (``_, p.cancel = ...``)? Nothing then waits on its ``Done()``."""
    left = stmt.child_by_field_name("left")
    targets = left.named_children if left is not None else []
    if len(targets) != 2 or targets[1].start_byte != stored.start_byte:
        return False
    if syntax.text(targets[0]) == "_":
        return True   # (``_, p.cancel = context.WithCancel(root)``: the context is dropped as it is made)
    if targets[0].type != "selector_expression":
        return False
    name = syntax.text(targets[0].child_by_field_name("field"))
    return ctx.pkg.field_never_read(name) or ctx.pkg.selections(name) == 1   # (this store is its only mention)
