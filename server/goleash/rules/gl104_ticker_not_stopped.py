"""GL104 ticker-not-stopped."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding
from ..model.cfg import PROCESS, exit_kind
from ..rule import FuncContext, Rule


class TickerNotStopped(Rule):
    code = "GL104"
    name = "ticker-not-stopped"
    summary = "A ticker that is never stopped keeps firing and is never collected (Go before 1.23)."
    triggers = frozenset({"mcall"})
    methods = frozenset({"NewTicker", "Tick"})   # it reports time.NewTicker and time.Tick
    go_versions = ((1, 0), (1, 23))
    fixes = ("`defer t.Stop()` after `time.NewTicker`", "replace `time.Tick` with `time.NewTicker` + `defer Stop()`")
    doc = """\
Before Go 1.23 the runtime keeps every ticker alive until `Stop` is called: a
`time.NewTicker` whose `Stop` is never called, or any `time.Tick`, keeps firing
into its channel for the rest of the process, even after the function that
used it returned. In a function called per request this is a steady leak of
timers and CPU. (anchor: staticcheck SA1015 for `time.Tick`)

Applies when the module's `go` directive is below 1.23 (since Go 1.23 tickers
without references are collected).

## Bad
```go
func poll(ctx context.Context) {
	t := time.NewTicker(time.Second)
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			check()
		}
	}
}
```

## Good
```go
	t := time.NewTicker(time.Second)
	defer t.Stop()
```

## Stays silent
- `t.Stop()` called anywhere in the function (deferred or not), or the ticker handed
  on (returned, stored in a field, passed to a function);
- `time.Tick` or `time.NewTicker` in `main` (not in a goroutine it starts), in a function or method of package main that main calls as its last act
  (`d.run()`, also through an interface value, `cmd.run(args)`, or as the last act of a method that
  is itself one: `func (w *wrapper) run() { w.inner.run() }`), `time.Tick` in tests (a `NewTicker` a test
  never stops is reported: it fires on through the rest of the test binary), or feeding a loop that never exits (the function runs for the life of the
  process): its only ways out end the process (`case err := <-fatal: log.Fatal(err)`) or wait in a select
  case on a field channel no value of its type ever has (never made, assigned or handed out in the
  package: a nil channel's case never fires), or in a function with no `return` that ends the process as its last statement (`os.Exit(0)`,
  `log.Fatal(...)`);
- a ticker whose every use is in one goroutine (`go func() { ... }()`, or a literal a `go` statement hands
  to a function, `go recoverWrapper(func() { ... })`) that loops on it with no way out but ending the
  process (`for range t.C {`, or `for {` over a select with no `return`; a `time.Tick` kept in a local,
  `tick := time.Tick(d)`, then `for range tick {`): the goroutine uses it for the
  rest of the process, there is no moment to stop it;
- a ticker made after a loop of the function that never ends (`for {}`, or a range over a ticker's
  channel, `for range time.NewTicker(d).C`, which is never closed) and has no way out (a `break` in a
  `switch` leaves only the switch): it is never made;
- `time.NewTimer` (a timer is released once it fires).

## Fixes
- **`defer t.Stop()`** right after `time.NewTicker`.
- **`time.NewTicker` + `defer Stop()`** in place of `time.Tick` (not inside a loop, where
  defers would pile up).
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        for call in ctx.calls(receiver="time"):
            name = syntax.call_name(call)[1]
            if name == "NewTicker":
                yield from self._new_ticker(ctx, call)
            elif name == "Tick":
                yield from self._tick(ctx, call)

    def _new_ticker(self, ctx: FuncContext, call: Node) -> Iterator[Finding]:
        stmt = call.parent.parent if call.parent is not None else None
        if stmt is None or stmt.type != "short_var_declaration" or stmt.parent is None or \
                stmt.parent.type != "statement_list":
            return
        names = syntax.declared_names(stmt)
        if len(names) != 1:
            return
        t = syntax.text(names[0])
        fn = syntax.enclosing_func(stmt) or ctx.unit
        for ref in syntax.references(t, fn):
            if ref.start_byte <= stmt.end_byte:
                continue
            p = ref.parent
            if p is not None and p.type == "selector_expression" and p.child_by_field_name("operand") == ref:
                field = syntax.text(p.child_by_field_name("field"))
                if field == "Stop":
                    return
                if field in ("C", "Reset"):
                    continue
            return  # handed on: someone else may stop it
        if self._endless_user(ctx, call, fn) or self._endless_goroutine(t, stmt, fn):
            return
        if fn.id == ctx.unit.id and (ctx.returns_to_exit or (
                ctx.unit.type == "function_declaration" and ctx.func_name in ("main", "init"))):
            return   # the process ends when this returns: the ticker goes with it
        fixes = () if syntax.loops_between(stmt, fn) else (
            ctx.fix(f"defer {t}.Stop()", ctx.insert_line_after(stmt, f"defer {t}.Stop()"), preferred=True),)
        yield ctx.finding(call, f"ticker {t} is never stopped (Go < 1.23). It keeps firing, and is never "
                                f"collected, after {ctx.func_name or 'this function'} returns",
                          self._exit(ctx, fn, call), fixes)

    @staticmethod
    def _exit(ctx: FuncContext, fn: Node, call: Node) -> list:
        """Where the function returns with the ticker running: its first ``return`` after the call, else
        the end of its body."""
        body = fn.child_by_field_name("body")
        exit_ = next((n for n in syntax.walk(body or fn, skip_funcs=True)
                      if n.type == "return_statement" and n.start_byte > call.end_byte), None)
        if exit_ is None and body is not None and body.child_count:
            exit_ = body.child(body.child_count - 1)
        return [ctx.related(exit_, "returns here; the ticker keeps firing")] if exit_ is not None else []

    def _tick(self, ctx: FuncContext, call: Node) -> Iterator[Finding]:
        if ctx.is_test_file or (ctx.unit.type == "function_declaration" and ctx.func_name in ("main", "init")) \
                or ctx.returns_to_exit:
            return   # the process ends when this returns: the ticker goes with it
        fn = syntax.enclosing_func(call) or ctx.unit
        if self._endless_user(ctx, call, fn):
            return
        stmt = syntax.stmt_of(call)
        names = syntax.declared_names(stmt) if stmt.type == "short_var_declaration" and \
            call.parent is not None and call.parent.parent == stmt else []
        held = syntax.text(names[0]) if len(names) == 1 else None
        if held is not None and self._endless_goroutine(held, stmt, fn, chan=held):
            return   # (``tick := time.Tick(d); go func() { for range tick { ... } }()``: used for good)
        fixes = ()
        args = syntax.call_args(call)
        if args and stmt.parent is not None and stmt.parent.type == "statement_list" and \
                not syntax.loops_between(stmt, fn) and not (stmt.type == "for_statement" and
                                                            syntax.loops_between(stmt.parent, fn)):
            tk = syntax.unique_name("ticker", fn)
            fixes = (ctx.fix(f"Use time.NewTicker and defer {tk}.Stop()",
                             ctx.insert_line_before(stmt, f"{tk} := time.NewTicker({syntax.text(args[0])})\n"
                                                          f"{ctx.indent(stmt)}defer {tk}.Stop()"),
                             ctx.replace(call, f"{tk}.C"), preferred=True),)
        yield ctx.finding(call, f"time.Tick's ticker is never stopped (Go < 1.23). It keeps firing, and is "
                                f"never collected, after {ctx.func_name or 'this function'} returns", self._exit(ctx, fn, call), fixes)

    @staticmethod
    def _endless_goroutine(t: str, stmt: Node, fn: Node, chan: str | None = None) -> bool:
        """Is every use of the ticker ``t`` (made by ``stmt``) inside one goroutine's literal (``go func() {
        ... }()``, or the literal a ``go`` statement hands to a function, ``go recoverWrapper(func() { ... })``)
        whose body loops on ``t.C`` with no way out but ending the process (``for range t.C {``, or ``for {``
        with a case on it)? The goroutine uses the ticker for the rest of the process: there is no moment
        to stop it. ``chan``: the channel it ticks on, spelled (``t.C``; a ``time.Tick``'s own name)."""
        chan = chan or f"{t}.C"
        refs = [r for r in syntax.references(t, fn) if r.start_byte > stmt.end_byte]
        lits = [next((a for a in syntax.ancestors(r, fn) if a.type == "func_literal"), None) for r in refs]
        if not lits or None in lits or len({lit.id for lit in lits}) != 1:
            return False
        lit = lits[0]
        call = lit.parent.parent if lit.parent is not None and lit.parent.type == "argument_list" else lit.parent
        if call is None or call.type != "call_expression" or call.parent is None or call.parent.type != "go_statement":
            return False
        if lit.parent.type != "argument_list" and call.child_by_field_name("function") != lit:
            return False
        body = lit.child_by_field_name("body")
        for loop in syntax.stmt_list(body) if body is not None else ():
            if loop.type != "for_statement":
                if syntax.contains_exit(loop, loop):
                    return False   # (a ``return`` before the loop: it may never be reached)
                continue
            rc = next((c for c in loop.named_children if c.type == "range_clause"), None)
            right = " ".join(syntax.text(rc.child_by_field_name("right")).split()) if rc is not None else ""
            header = [c for c in loop.named_children if c.type not in ("block", "comment")]
            if (right == chan or not header) and \
                    not syntax.contains_exit(loop.child_by_field_name("body"), loop,
                                             unless=lambda n: exit_kind(n) == PROCESS):
                return True
            return False
        return False

    @staticmethod
    def _endless_user(ctx: FuncContext, call: Node, fn: Node) -> bool:
        """The function never returns: the ticker feeds a ``for`` that has no exit but ending the process
        (``case err := <-fatal: log.Fatal(err)``: nothing fires on after that) or a select case on a field
        channel that is nil in every value (``case <-q.done: return``, ``done`` never made:
        ``PackageModel.never_made``), or the function has no ``return`` and ends the process as its last
        statement (``os.Exit(0)``, ``log.Fatal(...)``)."""
        def unreachable(n: Node) -> bool:
            if exit_kind(n) == PROCESS:
                return True
            case = next((a for a in syntax.ancestors(n, fn) if a.type == "communication_case"), None)
            got = syntax.case_received(case) if case is not None else None
            place = ctx.model.place(got) if got is not None else None
            name = ctx.model.abstract_place(place) if place is not None and not place.is_local else None
            return name is not None and ctx.pkg is not None and ctx.pkg.is_chan_name(name) and \
                ctx.pkg.never_made(name)

        body = syntax.func_body(fn)
        stmts = syntax.stmt_list(body)
        last = stmts[-1] if stmts else None
        if last is not None and exit_kind(last) == PROCESS and \
                not any(n.type == "return_statement" for n in syntax.walk(body, skip_funcs=True)):
            return True
        for stmt in syntax.stmt_list(body):
            if stmt.type == "for_statement" and stmt.end_byte <= call.start_byte and _never_ends(stmt) and \
                    not syntax.contains_exit(stmt.child_by_field_name("body"), stmt, unless=unreachable):
                return True   # (a loop before it that never ends: the ticker is never made)
            if stmt.type == "for_statement" and stmt.end_byte >= call.start_byte:  # at or after the ticker
                b = stmt.child_by_field_name("body")
                header = [c for c in stmt.named_children if c.type not in ("block", "comment", "range_clause")]
                if b is not None and not header and \
                        not syntax.contains_exit(b, stmt, unless=unreachable):
                    return True
        return False


def _never_ends(loop: Node) -> bool:
    """Is ``loop`` one whose header never ends it: ``for {}`` (``for true``), or a range over a ticker's
    channel, which is never closed (``for range time.NewTicker(d).C``, ``for range time.Tick(d)``)?"""
    if syntax.endless_loop(loop):
        return True
    rc = next((c for c in loop.named_children if c.type == "range_clause"), None)
    right = syntax.unparen(rc.child_by_field_name("right")) if rc is not None else None
    if right is None:
        return False
    if right.type == "selector_expression" and syntax.text(right.child_by_field_name("field")) == "C":
        right = syntax.unparen(right.child_by_field_name("operand"))
        return right is not None and right.type == "call_expression" and \
            syntax.call_name(right) == ("time", "NewTicker")
    return right.type == "call_expression" and syntax.call_name(right) == ("time", "Tick")
