"""GL102 receive-never-ends."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding, Related
from ..model import checks
from ..model.channels import Channel, ChanOp, may_range_field
from ..rule import FuncContext, Rule


class ReceiveNeverEnds(Rule):
    code = "GL102"
    name = "receive-never-ends"
    summary = "A range over a channel that no producer closes: the loop never ends and its goroutine blocks forever."
    triggers = frozenset({"range", "go"})
    fixes = ("`defer close(ch)` in the sole producer (or `close(ch)` after the parent's last send)",
             "`close(ch)` at the end of a goroutine that can return early becomes `defer close(ch)`")
    doc = """\
`for v := range ch` ends only when `ch` is closed. When the producers finish
without closing it, the ranging goroutine waits forever for a value that never
comes: a goroutine leak, or, when the ranging code is the function itself, a
deadlock.

goleash reports the range, with the `make(chan)` and the producer as related
locations. For a generator — a function that returns a channel fed by a
goroutine — it reports the goroutine when some code of the package ranges over
the function's result and nothing in the package closes the channel.

## Bad
```go
	results := make(chan int)
	go func() {
		for _, j := range jobs {
			results <- work(j)
		}
	}()
	for r := range results { // never ends: nobody closes results
		total += r
	}
```

## Good
```go
	go func() {
		defer close(results)
		for _, j := range jobs {
			results <- work(j)
		}
	}()
```

A close on one path does not end the range on another: when the goroutine that
closes the channel can return before its `close(ch)` (an error, a cancelled
context, a limit reached), goleash reports that `return`, with the range that
then waits forever; the fix moves the close into a `defer` at the start of the
goroutine. The same holds when the function closes the channel itself for the
goroutines it started to range over it (`for _, c := range chs { close(c) }`): a
`return` between their start and the close leaves them waiting forever.

## Also: a channel handed to code that never signals it
A receive (not a `select` case) or a range on a channel the function makes and hands to package
functions that never use it, when nothing sends on it or closes it (`done := make(chan bool); go
w.watch(done); <-done`, `watch` never touching `done`), waits forever: the goroutine meant to close it
does something else. A channel made only to be waited on (`stop := make(chan struct{}); <-stop` at the
end of a `main`, a test stub that must hang) blocks on purpose: not reported.

## Stays silent
- every path of the producing goroutine closes the channel (a deferred close, a
  close before each return, a helper that closes it on every path; for channels in a slice, a loop over
  the slice that closes each element, `for i := range s.chans { close(s.chans[i]) }`);
- several goroutines that close; a parent function that closes the channel on every path after it
  started the goroutines that range over it (a deferred close, no `return` before the close);
- a return that skips the close only under an error that cannot occur: `if err := r.register(ch); err
  != nil { return err }` where the package's `register` returns nil on every path, or `if err :=
  group.Wait(); err != nil { return }` of a local errgroup whose every `Go` literal returns `nil` or such a
  call (`return probeOne(ctx, t, out)`): Wait gives what they return;
- the channel is passed to another function (it may close it); a close in a goroutine of its own, `go
  close(release)`, is a close;
- the ranging goroutine is started once by the program's `main` (or what it calls as its last act), or
  a fixed number of times on one channel (a pool: `for range runtime.GOMAXPROCS(0) { go worker(jobs) }`,
  a counted loop, a range over a slice): parked after the last value, it ends with the process when `main`
  returns (one started by an endless loop, one per value of a channel, or one per turn on a channel made
  in that turn, accumulates while the program runs);
- the producer runs forever (`for { ch <- tick() }`, `for ; true; <-tick.C { ... }`, in the literal, in a
  closure kept in a local that is called only in such loops (`push := func() { ... }`, then `for { select {
  case <-tick.C: push() } }`), in goroutines such a loop starts, one per turn (`for { time.Sleep(d); go
  func() { ch <- work() }() }`), or in
  the package function the `go` statement starts, `go u.watch(ch)`; or a `for v := range x.in` over an unexported
  channel field that nothing in the package closes): the range is meant to run forever too;
- a range that runs only after a receive from a channel the goroutine signals only after its close
  (`close(vals); done <- struct{}{}`, then `select { case <-done: case err := <-errs: return ... }`
  before the range): the path that skips the close never gives that signal.

## Fixes
- **`defer close(ch)`** as the first statement of the sole producing goroutine; when
  the producer is the function itself, **`close(ch)`** right after its last send.
  Offered only when exactly one function sends.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        text = ctx.source[ctx.unit.start_byte:ctx.unit.end_byte]
        if b"make(" not in text and not may_range_field(ctx.pkg, text):
            return   # no channel made here, none of the package's channel fields ranged over
        yield from self._fields(ctx)
        for ch in ctx.channels:
            if ch.make is None or ch.param:
                continue
            if ch.closes:
                yield from self._skipped_close(ctx, ch)
                continue
            sends = ch.sends
            if not sends and ch.local and not ch.nil_assigns and ch.var is not None and not ch.var.assigned:
                yield from self._unsent(ctx, ch)
                continue
            if not sends or any(self._endless(ctx, o) or self._fed_forever(ctx, o) for o in sends):
                continue
            producers = {o.func.id: o.func for o in sends}
            # a range that can leave early (return/break) does not depend on close
            ranges = [o for o in ch.ops if o.kind == "range" and not syntax.contains_exit(
                o.node.child_by_field_name("body") or o.node, o.node)]
            if not ch.escapes and ranges:
                r = ranges[0]
                if r.goroutine is not None and ctx.returns_to_exit and \
                        all(ctx.model.counted_loop(l) and not syntax.inside(ch.make, l)
                            for l in ctx.model.loops(r.goroutine)):
                    continue   # main's goroutine (or pool of them), parked at the end: it ends with the process
                who = "this goroutine" if r.goroutine is not None else "the function"
                related = [ctx.related(ch.make, f"{ch.name} is made here and never closed"),
                           ctx.related(sends[-1].node, "the last value is sent here")]
                msg = (f"range over {ch.name} never ends: nothing closes it. After the last value {who} blocks "
                       f"forever")
                yield ctx.finding(self._head(r.node), msg, related, self._fixes(ctx, ch, producers, sends))
            elif not any(o.kind == "range" for o in ch.ops) and ch.escapes and all(self._returned(e) for e in ch.escapes) and ctx.func_name and \
                    ctx.func_name in ctx.package.ranged_calls:
                g = sends[0].goroutine
                if g is None or len(producers) != 1:
                    continue
                related = [ctx.related(ch.make, f"{ch.name} is made here and returned to callers"),
                           ctx.related(sends[-1].node, "the last value is sent here")]
                msg = (f"nothing closes {ch.name}, but callers range over {ctx.func_name}(). Their loop never ends "
                       f"after the last value")
                yield ctx.finding(self._head(g), msg, related, self._fixes(ctx, ch, producers, sends))

    def _skipped_close(self, ctx: FuncContext, ch: Channel) -> Iterator[Finding]:
        """The goroutine that closes the channel has a path that returns without closing it, while a range
        over the channel in another goroutine waits for that close."""
        generator = bool(ch.escapes)
        if generator and not (all(self._returned(e) for e in ch.escapes) and ctx.func_name and
                              ctx.func_name in ctx.package.ranged_calls):
            return
        closers = {o.func.id for o in ch.closes}
        if len(closers) != 1 or any(o.via is not None for o in ch.closes):
            return
        close = ch.closes[0]
        if any(o.goroutine is None for o in ch.closes):
            yield from self._parent_skips_close(ctx, ch, close)
            return
        ranges = [o for o in ch.ops if o.kind == "range" and o.func.id != close.func.id and not
                  syntax.contains_exit(o.node.child_by_field_name("body") or o.node, o.node)]
        if (not ranges and not generator) or any(o.kind == "range" and o.func.id == close.func.id for o in ch.ops):
            return
        if any(o.kind == "recv" and o.func.id != close.func.id for o in ch.ops):
            return   # other receives may stop the consumer another way
        f = ctx.model.func_of_node.get(close.func.id)
        if f is None or f.how != "go":
            return
        exits = [q for q in ctx.channels.unclosed_exits(f, ch.place)
                 if q.ast is None or not checks.nil_error_guarded(ctx.model, ctx.pkg, q.ast, f.node)]
        if not exits:
            return
        q = exits[0]
        exit_stmt = q.ast if q.ast is not None and q.ast.type == "return_statement" else None
        if exit_stmt is None:
            return   # the end of the body without close: the close is elsewhere in a branch; keep quiet
        if ranges and all(self._gated(ctx, close, r) for r in ranges):
            return   # each range runs only after a signal the goroutine gives after the close
        related = [ctx.related(close.node, "the close that this path skips"),
                   ctx.related(ch.make, f"{ch.name} is made here" + (" and returned" if generator else ""))]
        if ranges:
            related.insert(0, ctx.related(self._head(ranges[0].node), f"this range over {ch.name} waits for the close"))
            msg = f"goroutine returns here without closing {ch.name}. The range over {ch.name} then waits forever"
        else:
            msg = (f"goroutine returns here without closing {ch.name}. Callers range over {ctx.func_name}() and "
                   f"then wait forever")
        yield ctx.finding(exit_stmt, msg, related, self._defer_close_fix(ctx, f, close))

    def _parent_skips_close(self, ctx: FuncContext, ch: Channel, close: ChanOp) -> Iterator[Finding]:
        """The function closes the channel itself (``for _, c := range chs { close(c) }``) for goroutines it
        started that range over it, but returns before the close on some path after starting them (``if err
        != nil { return err }``): those ranges wait forever."""
        if ch.escapes or ch.make is None or any(o.goroutine is not None for o in ch.closes):
            return
        ranges = [o for o in ch.ops if o.kind == "range" and o.goroutine is not None and not
                  syntax.contains_exit(o.node.child_by_field_name("body") or o.node, o.node)]
        if not ranges or any(o.kind in ("recv", "range") and o.goroutine is None for o in ch.ops):
            return
        f = ctx.model.func_of_node.get(close.func.id)
        if f is None or f.how == "go" or any(ctx.model.func_at(r.goroutine) is not f for r in ranges):
            return
        started = min(r.goroutine.end_byte for r in ranges)
        exits = [q.ast for q in ctx.channels.unclosed_exits(f, ch.place)
                 if q.ast is not None and q.ast.type == "return_statement" and
                 started < q.ast.start_byte < close.node.start_byte and not ctx.model.loops(q.ast) and
                 not checks.nil_error_guarded(ctx.model, ctx.pkg, q.ast, f.node)]   # (an error that cannot occur)
        if not exits:
            return
        related = [ctx.related(self._head(ranges[0].node), f"this range over {ch.name} waits for the close"),
                   ctx.related(close.node, "the close that this path skips")]
        yield ctx.finding(exits[0], f"returns here without closing {ch.name}. The range over {ch.name} in the "
                                    f"goroutine started above then waits forever", related)

    @staticmethod
    def _defer_close_fix(ctx: FuncContext, f, close: ChanOp):
        """``close(ch)`` as the last statement of the goroutine -> ``defer close(ch)`` as its first."""
        stmts = syntax.stmt_list(syntax.func_body(f.node))
        stmt = close.node.parent
        if not stmts or stmt is None or stmt.id != stmts[-1].id or stmt.type != "expression_statement" or \
                syntax.line_start(ctx.source, stmts[0].start_byte) == syntax.line_start(ctx.source, f.node.start_byte):
            return ()
        text = syntax.text(close.node)
        return (ctx.fix(f"defer {text} at the start of the goroutine",
                        ctx.insert_line_before(stmts[0], f"defer {text}"), ctx.delete_line(stmt), preferred=True),)

    @staticmethod
    def _gated(ctx: FuncContext, close, rng) -> bool:
        """Does ``rng`` run only after a receive from a channel the closing goroutine sends on or closes only
        after the close (``close(vals); done <- struct{}{}``, then ``select { case <-done: case err := <-errs:
        return ... }`` before ``for v := range vals``)? A path of the goroutine that skips the close never
        gives that signal, and the function leaves through another case first."""
        stmt = next((a for a in [rng.node, *syntax.ancestors(rng.node)] if a.parent is not None and
                     a.parent.type == "statement_list"), None)
        sib = stmt.prev_named_sibling if stmt is not None else None
        while sib is not None:
            gate = None
            if sib.type == "select_statement":
                cases = [c for c in sib.named_children if c.type in ("communication_case", "default_case")]
                staying = [c for c in cases if not syntax.contains_exit(c)]
                if len(staying) == 1 and staying[0].type == "communication_case":
                    gate = staying[0].child_by_field_name("communication")
            elif sib.type == "expression_statement":
                gate = sib
            if gate is not None:
                for ch in ctx.channels:
                    recv = [o for o in ch.receives if o.kind == "recv" and syntax.inside(o.node, gate)]
                    signals = [o for o in ch.ops if o.kind in ("send", "close")]
                    if recv and signals and all(o.func.id == close.func.id and ctx.channels.dominates(close, o)
                                                for o in signals):
                        return True
            sib = sib.prev_named_sibling
        return False

    @staticmethod
    def _head(node: Node) -> Node:
        """Report on the first line of a statement (``for ... range ch {`` / ``go func() {``)."""
        return node.child(0) if node.child_count else node

    @staticmethod
    def _endless(ctx: FuncContext, op: ChanOp) -> bool:
        """Is the send inside a loop that never exits (a producer meant to run forever): ``for { ... }``,
        ``for true``, ``for ; true; <-tick.C``, with no way out of its body? For a send of the package
        function the ``go`` statement starts (``go u.watch(c)``), the loops around it in that function."""
        loops = op.loops
        if op.via is not None and op.started:
            decl = ctx.pkg.decl_node(op.via.func)
            node = decl.descendant_for_byte_range(decl.start_byte + op.via.start, decl.start_byte + op.via.end) \
                if decl is not None else None
            loops = [a for a in syntax.ancestors(node, decl) if a.type == "for_statement"] if node is not None else []
        for loop in loops:
            if syntax.endless_loop(loop) and not syntax.contains_exit(loop.child_by_field_name("body") or loop, loop):
                return True
        return op.via is None and (_called_forever(op.func) or _started_forever(op.func, ctx.unit))

    @staticmethod
    def _fed_forever(ctx: FuncContext, op: ChanOp) -> bool:
        """Is the send inside a ``for v := range x.in`` (with no way out of its body) over a channel field
        that nothing in the package closes and that code outside the package cannot reach? That loop
        never ends: the producer forwards forever, and the range over what it sends is meant to as well."""
        um = ctx.model
        for loop in op.loops:
            rng = next((c for c in loop.named_children if c.type == "range_clause"), None)
            over = syntax.unparen(rng.child_by_field_name("right")) if rng is not None else None
            if over is None or over.type != "selector_expression" or \
                    syntax.contains_exit(loop.child_by_field_name("body") or loop, loop):
                continue
            name = um.abstract_place(um.place(over))
            index = ctx.pkg.chan_index() if name else None
            if index is not None and index.made(name) and not index.of(name, "assign") and \
                    not index.of(name, "close") and not index.escapes(name):
                return True   # (made by the package, never given a channel from elsewhere)
        return False

    @staticmethod
    def _returned(ident: Node) -> bool:
        p = ident.parent
        while p is not None and p.type == "expression_list":
            p = p.parent
        return p is not None and p.type == "return_statement"

    @staticmethod
    def _fixes(ctx: FuncContext, ch: Channel, producers: dict, sends: list[ChanOp]):
        if len(producers) != 1:
            return ()
        fn = next(iter(producers.values()))
        first = sends[0]
        if first.goroutine is not None and fn.type == "func_literal":
            stmts = syntax.stmt_list(syntax.func_body(fn))
            if not stmts or syntax.line_start(ctx.source, stmts[0].start_byte) == \
                    syntax.line_start(ctx.source, fn.start_byte):
                return ()  # one-line goroutine: no line to insert before
            name = syntax.text(first.chan)
            return (ctx.fix(f"defer close({name}) in the goroutine that sends",
                            ctx.insert_line_before(stmts[0], f"defer close({name})"), preferred=True),)
        if first.goroutine is None and ch.decl is not None and ch.decl.parent is not None:
            block = ch.decl.parent
            last = sends[-1].node
            stmt = last
            while stmt.parent is not None and stmt.parent != block:
                stmt = stmt.parent
            if stmt.parent == block:
                return (ctx.fix(f"close({ch.name}) after the last send",
                                ctx.insert_line_after(stmt, f"close({ch.name})"), preferred=True),)
        return ()

    @staticmethod
    def _unsent(ctx: FuncContext, ch: Channel) -> Iterator[Finding]:
        """A receive (not a select case) or range on a channel this function makes, that nothing sends on or
        closes and that goes nowhere (but to package functions that never use it): it waits forever."""
        waits = [o for o in ch.receives if o.select_case is None and not o.deferred and o.via is None]
        if not waits:
            return
        ops = {o.chan.id for o in ch.ops}
        if not any(r.id not in ops for r in ch.var.refs):
            return   # made only to be waited on (``stop := make(chan struct{}); <-stop``): a block on purpose
        w = waits[0]
        what = f"range over {ch.name}" if w.kind == "range" else f"receive from {ch.name}"
        where = "this goroutine" if w.goroutine is not None else "the function"
        related = [ctx.related(ch.make, f"{ch.name} is made here; nothing sends on it or closes it")]
        yield ctx.finding(ReceiveNeverEnds._head(w.node) if w.kind == "range" else w.node,
                          f"{what} blocks forever: nothing sends on or closes {ch.name}. {where.capitalize()} "
                          f"waits here for good", related)

    def _fields(self, ctx: FuncContext) -> Iterator[Finding]:
        """A field channel ranged over that nothing in the package closes, on a type that shuts its other
        goroutines down (closes another of its channels): after that shutdown this loop waits forever."""
        pkg = ctx.pkg
        index = None
        for ch in ctx.channels:
            if ch.place is None or ch.place.is_local or ch.place.is_global:
                continue
            ranges = [o for o in ch.ops if o.kind == "range" and not syntax.contains_exit(
                o.node.child_by_field_name("body") or o.node, o.node)]
            if not ranges:
                continue
            name = ctx.model.abstract_place(ch.place)
            if name is None or not pkg.is_chan_name(name):
                continue
            if index is None:
                index = pkg.chan_index()
            if index.escapes(name) or index.of(name, "close") or not index.made(name) or \
                    index.of(name, "assign") or not index.of(name, "send"):
                continue
            shutdown = index.siblings_closed(name)
            if not shutdown:
                continue
            r = ranges[0]
            s = index.of(name, "send")[0]
            related = [Related(0, 0, f"{name} is sent on here", anchor=(s.at.func, s.at.start, s.at.end)),
                       Related(0, 0, f"the type shuts down here, but {ch.name} is never closed",
                               anchor=(shutdown[0].at.func, shutdown[0].at.start, shutdown[0].at.end))]
            msg = (f"range over {ch.name} never ends: nothing in the package closes it. After the last value "
                   f"this loop waits forever, even once the rest of {name.split('.')[0]} has shut down")
            yield ctx.finding(self._head(r.node), msg, related)


def _started_forever(fn: Node, unit: Node) -> bool:
    """Is ``fn`` the literal of a ``go func() { ... }()`` that a loop which never exits starts, once per
    turn (``for { time.Sleep(d); go func() { ch <- work() }() }``), in the function around it or in a
    goroutine literal around that? Its sends keep coming for as long as the program runs: there is no
    last value."""
    while fn is not None and fn.type == "func_literal":
        call = fn.parent
        while call is not None and call.type == "parenthesized_expression":
            call = call.parent
        go = call.parent if call is not None and call.type == "call_expression" else None
        if go is None or go.type != "go_statement" or syntax.go_literal(go) is None or \
                syntax.go_literal(go).id != fn.id:
            return False
        outer = go.parent
        while outer is not None and outer.id != unit.id and outer.type not in ("func_literal",):
            if syntax.endless_loop(outer) and \
                    not syntax.contains_exit(outer.child_by_field_name("body") or outer, outer):
                return True
            outer = outer.parent
        fn = outer if outer is not None and outer.type == "func_literal" else None
    return False


def _called_forever(fn: Node) -> bool:
    """Is ``fn`` a closure kept in a local (``push := func() { ... }``) that its function calls only
    inside loops that never exit (``for { select { case <-tick.C: push() } }``), at least once?"""
    decl = fn.parent
    if fn.type != "func_literal" or decl is None or decl.type != "expression_list" or decl.parent is None or \
            decl.parent.type != "short_var_declaration":
        return False
    stmt = decl.parent
    left, right = stmt.child_by_field_name("left"), stmt.child_by_field_name("right")
    if left is None or right is None or len(left.named_children) != 1 or len(right.named_children) != 1:
        return False
    name = syntax.text(left.named_children[0])
    scope = stmt.parent
    calls = 0
    for ref in syntax.references(name, scope):
        if ref.id == left.named_children[0].id:
            continue
        call = ref.parent
        if call is None or call.type != "call_expression" or call.child_by_field_name("function") != ref:
            return False   # handed on, or called some other way
        loops = [a for a in syntax.ancestors(call, scope) if a.type == "for_statement"]
        if not any(syntax.endless_loop(lp) and not syntax.contains_exit(lp.child_by_field_name("body") or lp, lp)
                   for lp in loops):
            return False
        calls += 1
    return calls > 0
