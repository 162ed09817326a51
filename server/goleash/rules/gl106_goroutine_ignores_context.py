"""GL106 goroutine-ignores-context."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding
from ..model.channels import Channel
from ..model.fields import FieldAccess
from ..rule import FuncContext, Rule


class GoroutineIgnoresContext(Rule):
    code = "GL106"
    name = "goroutine-ignores-context"
    summary = "A goroutine of a function that takes a ctx blocks sending downstream and never watches ctx."
    triggers = frozenset({"go"})
    fixes = ("wrap the send in a `select` with `case <-ctx.Done(): return`",)
    doc = """\
A function receives a `context.Context` and starts a goroutine that sends its
results downstream — on a channel it was given, a channel of its receiver, or
the channel it returns (a pipeline stage) — with a plain `ch <- v`. When the
caller gives up and cancels the context, the consumer stops receiving; the
goroutine, which never looks at ctx, blocks on that send forever.

## Bad
```go
func squares(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v // blocks forever once the consumer stops on ctx
		}
	}()
	return out
}
```

The same holds for a goroutine whose body is a package function (`go relay(in, out)`)
that sends on the channel and is not given the context.

## Good
```go
		for v := range in {
			select {
			case out <- v * v:
			case <-ctx.Done():
				return
			}
		}
```

## Stays silent
- a function whose every call passes a context that is never done (`context.Background()`, maybe
  wrapped with values, or the ctx of a caller whose own calls all do; as GL602 reads it: in the package
  for an unexported function, in the module for an exported one only the module can call);
- a method of a _test.go file that nothing in the package selects (`x.Name`: no call, no method value,
  no call through an interface): a test stub's method that only completes an interface never runs;
- the goroutine refers to ctx anywhere (it selects on `ctx.Done()`, checks
  `ctx.Err()`, or passes ctx on), or to a context the function made from it
  (`rctx, cancel := context.WithCancel(ctx)`: it ends when ctx does);
- the send is already a `select` case beside another case;
- a field or package channel that another function of the package receives from (its
  run loop, also a goroutine of the same function ranging over it, `go func() { for m := range
  v.syncMessages { ... } }()`; also through an accessor that hands the field out, `<-c.ExecCh()` of `func (c *C)
  ExecCh() chan error { return c.execCh }`), with a plain receive, a range, or a select with no
  `Done()` case: that receiver serves the channel for as long as it runs, which this ctx does not
  decide (one that selects on a `ctx.Done()` beside it stops on cancellation, and stays reported);
- a field or package channel whose every `make` has a slot for each send of it in the package (or,
  when every function that sends on it also closes it, `defer close(s.errs); s.errs <- srv.Serve(ln)`,
  for the sends of one of them: a second sender would find the channel closed), wherever its
  receiver is, and whether it stops on a `ctx.Done()` or not: no send blocks
  (`httpErrs: make(chan error, 1)` in the constructor, and one `go func() { p.httpErrs <- serve() }()`);
- the give-back of a one-slot channel semaphore the goroutine holds, taken by its starter for it (`case
  <-s.startCycle: go func() { s.runCycle(); s.startCycle <- struct{}{} }()`) or by itself: the token is
  out, its slot free, the send does not wait;
- the starting function sends on the same channel itself, with a plain send: the
  receiver serves the function while it runs (a stream handler's output), so
  nothing shows that it stops when ctx is cancelled;
- a channel a private function returns (unexported, or in package main; or an exported function only
  its module can call — of an `internal` package, or of an application — with its callers across the
  module) whose callers in the package
  never look at a context's `Done()` or `Err()`: they receive with plain receives or a `range`, so
  cancelling the context stops no receiver (a caller that ranges over the call itself, `for r :=
  range prepare(ctx)`, is judged by that loop's body; one that may leave it early, only when the
  channel carries one value at most: a goroutine's single send, or a relay forwarding one); a look in a
  closure that neither calls the function nor names its result (a cleanup's `if ctx.Err() != nil`)
  does not count, nor a `Done()` case whose body still receives the result (`case <-r.stop.Done():
  <-ch; return`);
- a channel parameter of such a private function, when every caller passes a channel it made itself
  (`pushed := make(chan int64, 100)`), and names it otherwise only to close it, to receive it (with
  plain receives or `range` loops that leave only at the close), or to hand it to another package
  function that only sends on it (`listenSignals(errCh)`: a fellow sender), in code that never looks at a
  context's `Done()` or `Err()` (a closure that names neither the function nor that channel does not
  count): cancelling the context stops no receiver. These two hold as well for a goroutine whose body is a
  package function (`out := make(chan *result); go im.report(out); return out`);
- a channel parameter that one goroutine sends on as its last act only (`errCh <- err; conn.Close();
  return`), when every caller passes a channel it makes for the call with a constant buffer of one slot or
  more (`errCh := make(chan error, 1)`) and names otherwise only to receive from it: the send finds a
  free slot whether the receiver stopped or not;
- a goroutine of a function whose return ends the process (package main's `main`, a command handler, a
  function they call as their last act), or of a function of package main called once, in place and in
  no loop, only by such functions (`readChan := reader(ctx)` in `run`, which main calls last): it
  runs once, and what it leaves blocked ends with the process;
- channels made and consumed inside the function (GL101 covers those) and buffered
  channels with a literal capacity.

## Fixes
- **Wrap the send in a select** with `case <-ctx.Done(): return`, using the ctx of
  the function and the right zero values for the goroutine's results.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        for g in ctx.go_statements:
            lit = syntax.go_literal(g)
            if lit is None:
                yield from self._named(ctx, g)
                continue
            starter = syntax.enclosing_func(g) or ctx.unit
            cname = self._ctx_param(starter)
            if cname is not None and (self._never_run(ctx, starter) or (
                    starter.id == ctx.unit.id and ctx.contexts.received_never_done(self._param_node(starter, cname)))):
                continue   # never run, or never given a context that can be cancelled
            if cname is None or any(True for n in ctx.contexts.made_from(starter, cname)
                                    for _ in syntax.references(n, lit)):
                continue   # (it watches the ctx, or a context made from it: ``rctx, cancel := WithCancel(ctx)``)
            if starter.id == ctx.unit.id and (ctx.returns_to_exit or ctx.runs_once_before_exit(
                    ctx.func_name, ctx.unit.type == "method_declaration")):
                continue   # run once, as the program ends: what it leaves blocked ends with the process
            for ch in ctx.channels:
                if not self._downstream(ch) or self._starter_sends(ch, starter) or \
                        self._served_elsewhere(ctx, ch) or self._callers_ignore_done(ctx, ch, starter) or \
                        self._callers_drain_param(ctx, ch, starter) or self._callers_buffer_param(ctx, ch, starter):
                    continue
                for op in ch.sends:
                    if op.goroutine != g or op.select_case is not None or op.deferred or op.func != lit:
                        continue
                    if ch.place is not None and self._gives_back(ctx, lit, op.node, ch.place):
                        continue   # the token of a one-slot semaphore this goroutine holds: its slot is free
                    yield ctx.finding(op.node, f"this send blocks forever once {cname} is cancelled. The receiver of "
                                               f"{ch.name} stops then, and the goroutine never looks at {cname}",
                                      [ctx.related(g.child(0), "goroutine started here"),
                                       ctx.related(self._param_node(starter, cname), f"{cname} is received here")],
                                      self._fix(ctx, op.node, lit, cname))
                    break

    @staticmethod
    def _gives_back(ctx: FuncContext, lit: Node, node: Node, place) -> bool:
        """Is the send ``node`` of the goroutine's literal ``lit`` the give-back of a channel semaphore the
        goroutine holds (FieldAccess.gives_back: ``case <-s.startCycle: go func() { s.runCycle();
        s.startCycle <- struct{}{} }()``)? The token is out, its one slot free: the send does not wait."""
        f = ctx.model.func_at(lit)
        return f is not None and FieldAccess(ctx.model, ctx.locks).gives_back(f, node, place)

    @staticmethod
    def _never_run(ctx: FuncContext, starter: Node) -> bool:
        """Is ``starter`` a method of a _test.go file that nothing in the package selects (``x.Name``: a
        call, a method value, through an interface)? A stub's method that only completes an interface:
        no other package can call it, it never runs, and no cancelled ctx ever reaches it."""
        return ctx.pkg.unselected_test_method(starter, ctx.is_test_file)

    def _named(self, ctx: FuncContext, g: Node) -> Iterator[Finding]:
        """``go forward(in, out)`` of a package function that sends on ``out``, started by a function with a
        context it does not hand on: the function cannot stop when the context is cancelled."""
        starter = syntax.enclosing_func(g) or ctx.unit
        cname = self._ctx_param(starter)
        call = g.named_children[0] if g.named_children else None
        if cname is None or call is None or any(True for _ in syntax.references(cname, call)):
            return
        for ch in ctx.channels:
            if not self._downstream(ch) or self._starter_sends(ch, starter) or \
                    self._served_elsewhere(ctx, ch) or self._callers_ignore_done(ctx, ch, starter) or \
                    self._callers_drain_param(ctx, ch, starter):
                continue
            for op in ch.sends:
                if op.goroutine != g or op.via is None or not op.started or op.select_case is not None:
                    continue
                name = syntax.text(call.child_by_field_name("function"))
                yield ctx.finding(call, f"{name} can block forever sending on {ch.name} once {cname} is "
                                        f"cancelled. The receiver stops then, and {cname} is not passed to it",
                                  [ctx.related_op(op, f"{name} sends on it here, without a select"),
                                   ctx.related(self._param_node(starter, cname), f"{cname} is received here")])
                return

    @staticmethod
    def _served_elsewhere(ctx: FuncContext, ch: Channel) -> bool:
        """Does another function of the package receive the field channel ``ch`` in a loop that does not
        stop on a context (a plain receive or range, or a select with no ``Done()`` case)? A receiver that
        selects on some ``ctx.Done()`` beside it stops when that context is cancelled, which is this rule's
        question, not an answer to it. Or does every make of the field or package channel have a slot for
        each of its sends in the package: then no send waits for a receiver at all."""
        pkg = ctx.pkg
        if ch.place is not None and not ch.place.is_local and any(
                op.kind == "range" and op.goroutine is not None and op.select_case is None for op in ch.ops):
            return True   # ``go func() { for m := range v.syncMessages { ... } }()`` here: a run loop of its own
        elsewhere = ctx.channels.received_elsewhere(ch, ctx.func_key)
        name = ctx.model.abstract_place(ch.place) if ch.place is not None and not ch.place.is_local else None
        if name is not None:
            index = pkg.chan_index()
            made, sends = index.made(name), index.of(name, "send")
            # functions that close the channel once they have sent (``defer close(s.errs); s.errs <- err``):
            # a later sender would panic on the closed channel, so one of them sends on a channel at most
            per_func = Counter(f.at.func for f in sends)
            closers = {f.at.func for f in index.of(name, "close")}
            need = max(per_func.values()) if per_func and set(per_func) <= closers else len(sends)
            if made and sends and not index.of(name, "assign") and all(
                    isinstance(m.capacity, int) and m.capacity >= need for m in made):
                return True   # a slot for every send of the package: none blocks, receiver or not
        for fact in elsewhere:
            node = pkg.anchor_node(fact.at.func, fact.at.start, fact.at.end) if fact.select else None
            sel = next((a for a in syntax.ancestors(node) if a.type == "select_statement"), None) \
                if node is not None else None
            if not fact.select or (sel is not None and not any(
                    c.type == "call_expression" and syntax.call_name(c)[1] == "Done" and not syntax.call_args(c)
                    for case in sel.named_children if case.type == "communication_case"
                    for c in syntax.walk(case.child_by_field_name("communication") or case))):
                return True
        return False

    @staticmethod
    def _callers_ignore_done(ctx: FuncContext, ch: Channel, starter: Node) -> bool:
        """Is ``ch`` the channel a private function returns (unexported, or any function of package main:
        no other package receives it), and does none of its callers in the package look at a context's
        ``Done()`` or ``Err()`` (they receive with plain receives or a ``range``)? Cancelling the context then stops no
        receiver: the send does not block because of it."""
        if ch.param or ch.make is None:
            return False
        nodes = GoroutineIgnoresContext._private_callers(ctx, starter)
        if not nodes:
            return False
        name = syntax.text(starter.child_by_field_name("name"))
        single = None
        for node in nodes:
            if node is None:
                return False
            for where in _consumers(node, name):
                held = _holders(where, name)
                looks = _context_looks(where, name, held)
                if any(syntax.call_name(c)[1] == "Err" for c in looks) or \
                        (looks and not _done_cases_drain(where, looks, held)):
                    return False
                if where.type == "block" and any(n.type in ("break_statement", "return_statement", "goto_statement")
                                                 for n in syntax.walk(where, skip_funcs=True)):
                    # a range that may leave early: only if one value at most comes, it is taken first
                    single = _single_value(ctx, ch) if single is None else single
                    if not single:
                        return False
        return True

    @staticmethod
    def _private_callers(ctx: FuncContext, starter: Node) -> list | None:
        """The declarations that call ``starter`` when only they can (unexported, or any function of package
        main: in the package; exported: its calls across the module, when only the module can call it),
        else None."""
        if starter.type not in ("function_declaration", "method_declaration"):
            return None
        name = syntax.text(starter.child_by_field_name("name"))
        if not name:
            return None
        if name[0].isupper() and ctx.package_name != "main":
            return ctx.pkg.module_callers(name) if starter.type == "function_declaration" else None
        return [ctx.pkg.decl_node(c) for c in ctx.pkg.callers(name)]

    @staticmethod
    def _callers_drain_param(ctx: FuncContext, ch: Channel, starter: Node) -> bool:
        """Is ``ch`` a channel parameter of a private function whose every caller passes a channel it made
        itself, and touches it otherwise only to receive it with plain receives or ``range`` loops that run
        to the close (no ``break``/``return`` in them), or to close it, with no look at a context's
        ``Done()``/``Err()`` in what names it? Cancelling the context then stops no receiver: the send does
        not block because of it."""
        name = syntax.text(starter.child_by_field_name("name"))
        return GoroutineIgnoresContext._every_call_passes(
            ctx, ch, starter, lambda node, call, arg: _drained_here(node, call, syntax.text(arg), ctx.pkg.decl_node)
            and not _context_looks(node, name, {syntax.text(arg)}))

    @staticmethod
    def _every_call_passes(ctx: FuncContext, ch: Channel, starter: Node, ok) -> bool:
        """Is ``ch`` a parameter of ``starter`` (a function only the package, or the module, can call), and
        is ``ok(caller's declaration, call, argument)`` true of the identifier every call of it passes there
        (one call at least in each caller)?"""
        if not ch.param or ch.place is None or ch.place.path:
            return False
        names = [n for n, _ in syntax.params(starter)]
        if starter.type == "method_declaration":
            names = names[1:]
        if ch.name not in names:
            return False
        index = names.index(ch.name)
        nodes = GoroutineIgnoresContext._private_callers(ctx, starter)
        if not nodes:
            return False
        name = syntax.text(starter.child_by_field_name("name"))
        for node in nodes:
            if node is None:
                return False
            calls = [c for c in syntax.walk(node) if c.type == "call_expression" and _callee_ident(c) == name]
            if not calls:
                return False
            for call in calls:
                args = syntax.call_args(call)
                arg = syntax.unparen(args[index]) if index < len(args) else None
                if arg is None or arg.type != "identifier" or not ok(node, call, arg):
                    return False
        return True

    @staticmethod
    def _callers_buffer_param(ctx: FuncContext, ch: Channel, starter: Node) -> bool:
        """Is ``ch`` a channel parameter that one goroutine of the function sends on once at most, each send
        its last act (``errCh <- err; conn.Close(); return``), and does every caller pass a channel it makes
        itself with a constant buffer of one slot or more (``errCh := make(chan error, 1)``), made afresh for
        the call (not in a loop around the call but not the make), named otherwise only by receives? The
        send then finds a free slot, whether the receiver stopped or not."""
        gos = {o.goroutine.id for o in ch.sends if o.goroutine is not None}
        if not ch.sends or len(gos) != 1 or any(o.goroutine is None or not o.direct or not _last_act(o.node, o.func)
                                                for o in ch.sends) or \
                any(o.kind != "send" for o in ch.ops) or syntax.loops_between(ch.sends[0].goroutine, starter):
            return False
        return GoroutineIgnoresContext._every_call_passes(ctx, ch, starter, _buffered_here)

    @staticmethod
    def _starter_sends(ch: Channel, starter: Node) -> bool:
        """Does the starting function send on ``ch`` itself, with a plain send that does not watch ctx?
        Then its receiver serves the function for as long as it runs (else the function's own send would
        hang too): nothing shows that it stops on cancel."""
        return any(op.goroutine is None and op.func == starter and op.select_case is None and not op.deferred
                   for op in ch.sends)

    @staticmethod
    def _ctx_param(fn: Node) -> str | None:
        for name, typ in syntax.params(fn):
            if name and name != "_" and syntax.is_context_type(typ):
                return name
        return None

    @staticmethod
    def _param_node(fn: Node, name: str) -> Node:
        for n in syntax.walk(fn.child_by_field_name("parameters") or fn):
            if n.type == "identifier" and syntax.text(n) == name:
                return n
        return fn

    @staticmethod
    def _downstream(ch: Channel) -> bool:
        """A channel whose receiver lives outside this function: a parameter, a field, or one returned."""
        if ch.make is None:
            return ch.param
        if isinstance(ch.capacity, str) or (isinstance(ch.capacity, int) and ch.capacity > 0):
            return False
        if ch.param:  # made into a field / package variable
            return True
        return bool(ch.escapes) and all(_returned(e) for e in ch.escapes)

    @staticmethod
    def _fix(ctx: FuncContext, send: Node, lit: Node, cname: str):
        if send.parent is None or send.parent.type != "statement_list":
            return ()
        ret = syntax.return_zero_stmt(lit)
        if ret is None:
            return ()
        return (ctx.fix(f"Stop sending when {cname} is cancelled", ctx.select_with_done(send, cname, ret),
                        preferred=True),)


def _callee_ident(call: Node) -> str:
    """The name a call calls: ``f`` of ``f(...)`` and of ``x.f(...)``; "" for another function value."""
    fn = call.child_by_field_name("function")
    ident = fn.child_by_field_name("field") if fn is not None and fn.type == "selector_expression" else fn
    return syntax.text(ident) if ident is not None and ident.type in ("identifier", "field_identifier") else ""


def _drained_here(decl: Node, call: Node, arg: str, decl_node=None) -> bool:
    """Is ``arg`` a channel ``decl`` makes itself (``arg := make(chan T, n)``), named otherwise only as the
    argument of ``call``, in ``close(arg)``, by plain receives and by ``range`` loops with no way out but
    the close, or as the argument of another package function (``decl_node`` finds it) that only sends on
    it (``addSignalListener(errCh)``: a fellow sender, no receiver that could stop)?"""
    made = False
    for ref in syntax.references(arg, decl):
        p = ref.parent
        if p is not None and p.id == (call.child_by_field_name("arguments") or call).id:
            continue
        if p is not None and p.type == "argument_list" and decl_node is not None and \
                _sends_only(p.parent, ref, decl_node):
            continue
        declared = _declared(ref)
        if declared is not None:
            val = declared[1]
            if val is None or val.type != "call_expression" or syntax.call_name(val) != ("", "make"):
                return False
            made = True
            continue
        if p is not None and p.type == "unary_expression" and syntax.text(p.child_by_field_name("operator")) == "<-":
            continue
        if p is not None and p.type == "argument_list" and p.parent is not None and \
                syntax.call_name(p.parent) == ("", "close"):
            continue
        if p is not None and p.type == "range_clause" and p.child_by_field_name("right") is not None and \
                p.child_by_field_name("right").id == ref.id:
            loop = p.parent
            body = loop.child_by_field_name("body") if loop is not None else None
            if body is None or any(n.type in ("break_statement", "return_statement", "goto_statement")
                                   for n in syntax.walk(body, skip_funcs=True)):
                return False
            continue
        return False
    return made


def _declared(ref: Node) -> tuple[Node, Node | None] | None:
    """When ``ref`` is a name ``:=`` declares (``errCh := make(chan error, 1)``): that statement and the value
    given to the name (None when the values do not line up with the names); None otherwise."""
    p = ref.parent
    stmt = p.parent if p is not None and p.type == "expression_list" else None
    left = stmt.child_by_field_name("left") if stmt is not None and stmt.type == "short_var_declaration" else None
    if left is None or left.id != p.id:
        return None
    right = stmt.child_by_field_name("right")
    vals = right.named_children if right is not None else []
    i = next((k for k, x in enumerate(p.named_children) if x.id == ref.id), -1)
    return stmt, (vals[i] if 0 <= i < len(vals) else None)


def _last_act(send: Node, func: Node) -> bool:
    """Is the send statement followed, in its own block, by a ``return`` before any loop or call that could
    come back to it (statements in between only plain calls and assignments): the goroutine's last send?"""
    stmt = send
    while stmt is not None and stmt.parent is not None and stmt.parent.type not in ("block", "statement_list"):
        stmt = stmt.parent
    nxt = stmt.next_named_sibling if stmt is not None else None
    while nxt is not None:
        if nxt.type == "return_statement":
            return True
        if nxt.type not in ("expression_statement", "assignment_statement", "short_var_declaration") or \
                any(n.type in ("send_statement", "func_literal") for n in syntax.walk(nxt)):
            return False
        nxt = nxt.next_named_sibling
    return False


def _buffered_here(decl: Node, call: Node, arg: Node) -> bool:
    """Is ``arg`` (at ``call``) a local of ``decl`` made there with a constant buffer of one slot or more
    (``errCh := make(chan error, 1)``), the make not outside a loop around the call, and named otherwise only
    by receives (``<-errCh``, ``case err := <-errCh:``) and ``len``/``cap``?"""
    made = None
    for ref in syntax.references(syntax.text(arg), decl):
        if ref.id == arg.id:
            continue
        p = ref.parent
        declared = _declared(ref)
        if declared is not None:
            val = syntax.unparen(declared[1])
            margs = syntax.call_args(val) if val is not None and val.type == "call_expression" and \
                syntax.call_name(val) == ("", "make") else []
            if made is not None or len(margs) != 2 or margs[1].type != "int_literal" or int(margs[1].text, 0) < 1:
                return False
            made = declared[0]
            continue
        if p is not None and p.type == "unary_expression" and syntax.text(p.child_by_field_name("operator")) == "<-":
            continue
        if p is not None and p.type == "argument_list" and p.parent is not None and \
                syntax.call_name(p.parent) in (("", "len"), ("", "cap")):
            continue
        return False
    return made is not None and made.start_byte < call.start_byte and \
        all(syntax.inside(made, lp) for lp in syntax.loops_between(call, decl))


def _sends_only(call: Node, arg: Node, decl_node) -> bool:
    """Is ``call`` one of a package function (a bare name) whose parameter that ``arg`` is given for is
    named in its body only by plain sends (``errCh <- err``)?"""
    fn = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
    if fn is None or fn.type != "identifier":
        return False
    node = decl_node(syntax.text(fn))
    if node is None or node.type != "function_declaration":
        return False
    args = syntax.call_args(call)
    i = next((j for j, a in enumerate(args) if a.id == arg.id), None)
    names = [n for n, _ in syntax.params(node)]
    if i is None or i >= len(names) or not names[i] or names[i] == "_":
        return False
    body = node.child_by_field_name("body")
    refs = list(syntax.references(names[i], body)) if body is not None else []
    return bool(refs) and all(r.parent is not None and r.parent.type == "send_statement" and
                              r.parent.child_by_field_name("channel") is not None and
                              r.parent.child_by_field_name("channel").id == r.id for r in refs)


def _returned(ident: Node) -> bool:
    p = ident.parent
    while p is not None and p.type == "expression_list":
        p = p.parent
    return p is not None and p.type == "return_statement"


def _single_value(ctx: FuncContext, ch: Channel) -> bool:
    """Does ``ch`` carry one value at most: its senders are goroutines that send on it once at most per
    path, outside loops, or relays that send once at most per value of a channel of this declaration
    that itself carries one at most (``for r := range in { out <- r }``)?"""
    seen = set()

    def one(c: Channel, depth: int) -> bool:
        if depth > 3 or id(c) in seen:
            return False
        seen.add(id(c))
        for g, ops in _by_goroutine(c.sends).items():
            lit = syntax.go_literal(ops[0].goroutine) if ops[0].goroutine is not None else None
            if lit is None or ctx.channels.goroutine_loops.get(ops[0].goroutine.id):
                return False
            loops = {o.loops[0].id if o.loops else None for o in ops}
            if loops == {None}:
                n = syntax.max_per_path(syntax.func_body(lit), {o.node.id for o in ops})
                if n is None or n > 1:
                    return False
                continue
            loop = ops[0].loops[0] if ops[0].loops else None
            if len(loops) != 1 or loop is None or any(len(o.loops) != 1 for o in ops):
                return False
            clause = next((x for x in loop.named_children if x.type == "range_clause"), None)
            src = clause.child_by_field_name("right") if clause is not None else None
            upstream = ctx.channels.by_place.get(ctx.model.place(src)) if src is not None else None
            n = syntax.max_per_path(loop.child_by_field_name("body"), {o.node.id for o in ops}, turn=True)
            if upstream is None or n is None or n > 1 or not one(upstream, depth + 1):
                return False
        return bool(c.sends)

    return one(ch, 0)


def _by_goroutine(ops) -> dict:
    out: dict = {}
    for o in ops:
        out.setdefault(o.goroutine.id if o.goroutine is not None else None, []).append(o)
    return out


def _consumers(decl: Node, name: str) -> list[Node]:
    """Where a caller's declaration consumes what ``name(...)`` returns: the body of a ``for ... range
    name(...)`` loop that ranges over the call itself (it can only leave through its body), else the
    whole declaration."""
    out = []
    for call in syntax.walk(decl):
        if call.type != "call_expression" or _callee_ident(call) != name:
            continue
        clause = call.parent
        loop = clause.parent if clause is not None and clause.type == "range_clause" and \
            clause.child_by_field_name("right") is not None and clause.child_by_field_name("right").id == call.id \
            else None
        if loop is None or loop.type != "for_statement":
            return [decl]
        out.append(loop.child_by_field_name("body") or loop)
    return out or [decl]


def _context_looks(where: Node, name: str, held: set[str]) -> list[Node]:
    """The ``x.Done()``/``x.Err()`` calls of a consumer, but those in a closure that neither calls ``name``
    nor names a local holding its result (``held``; ``sync.OnceFunc(func() { if ctx.Err() != nil ...``: a
    cleanup's look, not the receiver's)."""
    out = []
    for c in syntax.walk(where):
        if c.type != "call_expression" or syntax.call_name(c)[1] not in ("Done", "Err") or syntax.call_args(c):
            continue
        lit = next((a for a in syntax.ancestors(c, where) if a.type == "func_literal"), None)
        if lit is not None:
            text = lit.text or b""
            if name.encode() + b"(" not in text and not any(h.encode() in text for h in held):
                continue
        out.append(c)
    return out


def _holders(where: Node, name: str) -> set[str]:
    """Locals given the result of a call of ``name`` (``ch := r.runStage(...)``)."""
    held = set()
    for st in syntax.walk(where):
        if st.type in ("short_var_declaration", "assignment_statement"):
            right = st.child_by_field_name("right")
            vals = right.named_children if right is not None else []
            left = st.child_by_field_name("left")
            if len(vals) == 1 and vals[0].type == "call_expression" and _callee_ident(vals[0]) == name and \
                    left is not None and len(left.named_children) == 1:
                held.add(syntax.text(left.named_children[0]))
    return held


def _done_cases_drain(where: Node, looks: list[Node], held: set[str]) -> bool:
    """Does every ``Done()`` among ``looks`` (:func:`_context_looks`) sit in a select case whose body
    receives the channel held in a local of ``held`` (``ch := r.runStage(...)``; ``case <-r.ctx.Done(): <-ch;
    return``)? A receiver cancelled so still takes the value: the send does not block because of it."""
    if not held:
        return False
    for call in looks:
        if syntax.call_name(call)[1] != "Done":
            continue
        case = next((a for a in syntax.ancestors(call, where) if a.type == "communication_case"), None)
        comm = case.child_by_field_name("communication") if case is not None else None
        if comm is None or not syntax.inside(call, comm):
            return False
        if not any(n.type == "unary_expression" and syntax.text(n.child_by_field_name("operator")) == "<-" and
                   syntax.text(syntax.unparen(n.child_by_field_name("operand"))) in held
                   for n in syntax.walk(case) if not syntax.inside(n, comm)):
            return False
    return True
