"""GL402 double-close."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding
from ..model import checks
from ..model.cfg import process_exits_after, reaches
from ..model.channels import Channel, ChanOp, may_close
from ..rule import FuncContext, Rule


class DoubleClose(Rule):
    code = "GL402"
    name = "double-close"
    summary = "close(ch) that can run twice: the second close panics with \"close of closed channel\"."
    triggers = frozenset({"builtin"})
    fixes = ("guard every close of the channel with one `sync.Once`",)
    doc = """\
Closing a channel twice panics. goleash reports a close that can run after
another close of the same channel:

- two closes on one path of a function (including an explicit `close(ch)` and a `defer close(ch)`);
- a close in a goroutine started in a loop: every instance closes the same channel;
- unconditional closes in two goroutines (or in a goroutine and the function that starts it).

## Bad
```go
	for _, w := range workers {
		go func(w Worker) {
			defer close(done) // the second worker to finish panics
			w.Run()
		}(w)
	}
```

## Good
```go
	var closeOnce sync.Once
	for _, w := range workers {
		go func(w Worker) {
			defer closeOnce.Do(func() { close(done) })
			w.Run()
		}(w)
	}
```
(or count the workers with a `sync.WaitGroup` and close once after `Wait`).

## Stays silent
- a close in a local closure (`fail := func(err error) {...; close(out)}`) called only where the
  goroutine that also closes it is not started before or after (`return fail(err)` ahead of the `go`);
- closes of elements by different indexes (`close(chans[0])`, `close(chans[1])`);
- closes in different branches (`if`/`else`, select cases) of one function, also when one of them is in a
  closure handed to a call on its branch (`wg.Go(func() { close(ch) })`, `run(func() { ... })`);
- a close guarded by a condition in a goroutine started in a loop (`if atomic.AddInt32(&n, -1) == 0 { close(done) }`);
- a closing goroutine started in one turn of its loop at most: under `if i == e` (also as a term of an
  `&&` chain, `if parent && i == n/2`) with `i` the loop's counter (or the index or key of a range over a slice, array, string or map) and `e` the same in every
  turn (`if i == n/4 { go func() { close(done) }() }`);
- a close inside `once.Do(func() { close(ch) })`;
- a close in a local closure made and called (plainly) only inside one goroutine (`sendErr := func(err
  error) { ch <- r; close(ch) }`, each call followed by `return`), beside that goroutine's own last close:
  one goroutine runs both, on paths that exclude each other;
- an explicit close beside a `defer close(ch)` when the process ends after it, before the function can
  return (`close(errCh); os.Exit(255)`, `log.Fatal`): deferred calls do not run then;
- a close after another on the same path, in the `default` of a select that receives from the same
  channel (`close(done)` then `select { case <-done: default: close(done) }`): the closed channel's
  receive is always ready, so the default does not run;
- the channel re-made between the closes, also each turn of the loop that starts the closing goroutine,
  before it (`done := make(...)`, `done = make(...)`, or a field: `c.quit = make(chan struct{})`, also by a
  method of the package called on the same value in between, `r.startOutput()` whose body sets
  `r.out = make(chan string)`), or by the goroutine itself before its close, when the other close comes
  before the `go` statement; or the value holding it handed by address to a call in between, which may
  fill it anew (`recv(t, &call, calls)` between two `close(call.goOn)`);
- a close in a function literal the function hands out (`unsubscribe := func() { close(ch) }; return ch,
  unsubscribe`) made on a path that the other close's start can neither follow nor precede (the branch
  for no sources returns it; the waiter goroutine is started only on the other way), of a channel each call
  makes;
- closes in two Ginkgo specs (`It(..., func() { go func() { defer close(doneC); ... }() })` in each) of
  a container whose `BeforeEach` makes the channel anew (`doneC = make(chan struct{})`): each spec runs
  after its own `BeforeEach` and closes the channel of its run.

## Fixes
- **Guard with `sync.Once`**: declares `var closeOnce sync.Once` after the
  channel is made (or before the loop) and turns every `close(ch)` of the
  function into `closeOnce.Do(func() { close(ch) })`. Offered for channels made
  in the function.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        if not may_close(ctx.pkg, ctx.source[ctx.unit.start_byte:ctx.unit.end_byte]):
            return   # nothing here closes a channel (a make or a panic brought the rule here)
        for ch in ctx.channels:
            closes = [o for o in ch.closes if o.started]
            if not closes:
                continue
            hit = self._second_close(ctx, ch, closes)
            if hit is None:
                continue
            second, first, why = hit
            yield ctx.finding(second.node, f"close({ch.name}) can run twice: the second close panics. "
                                           f"{why} (close of closed channel)",
                              [ctx.related(first.node, f"{ch.name} is also closed here")],
                              self._once_fix(ctx, ch, closes))

    def _second_close(self, ctx: FuncContext, ch: Channel, closes: list[ChanOp]):
        for a in closes:
            for b in closes:
                if a is b or a.func != b.func or a.goroutine != b.goroutine or \
                        syntax.indexes(a.chan) != syntax.indexes(b.chan):
                    continue   # (chans[0] and chans[1]: two elements, nothing shows they are one)
                if a.deferred and b.deferred:
                    continue
                if not a.deferred and not b.deferred:
                    if b.node.start_byte > a.node.end_byte and syntax.runs_before(a.node, b.node) and \
                            not ctx.channels.reassigned_between(ch, a.node.end_byte, b.node.start_byte) and \
                            not ctx.channels.closed_check(b):
                        return b, a, "It runs twice on the same path"
                elif b.deferred and not a.deferred and (syntax.runs_before(b.node, a.node)
                                                        or syntax.runs_before(a.node, b.node)) and \
                        not process_exits_after(a.node):   # (``close(ch); os.Exit(1)``: no deferred call runs)
                    return b, a, "The deferred close runs after this one"
        for c in closes:
            g = c.goroutine
            if g is None or not c.started or not c.unconditional:
                continue
            loops = [l for l in syntax.loops_between(g, syntax.enclosing_func(g) or ctx.unit)
                     if not self._per_iteration(ctx, c, l) and not _one_turn(ctx, g, l)]
            if loops:
                return c, c, "Every goroutine started by this loop closes it"
        uncond = [c for c in closes if c.unconditional]
        runners = {}
        for c in uncond:
            g = c.goroutine if c.goroutine is not None else _closure_goroutine(ctx.model, c.func)
            runners.setdefault(g.id if g is not None else 0, c)
        if len(runners) > 1 and any(k != 0 for k in runners):
            ordered = sorted(runners.values(), key=lambda c: c.node.start_byte)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    if self._both_run(ctx, ch, a, b):
                        return b, a, "Two goroutines close it"
        return None

    @staticmethod
    def _both_run(ctx: FuncContext, ch: Channel, a: ChanOp, b: ChanOp) -> bool:
        """Can the closes of two runners both happen on one execution of the function, on the same channel:
        one's start (go statement, or the close itself in the function) reaches the other's on a path of
        the function, and the channel variable is not re-made in between?"""
        um = ctx.model
        if syntax.indexes(a.chan) != syntax.indexes(b.chan):
            return False   # two elements of a slice or map of channels
        sa = a.goroutine if a.goroutine is not None else a.node
        sb = b.goroutine if b.goroutine is not None else b.node
        f, fb = um.func_at(sa), um.func_at(sb)
        if f is not None and fb is not None and fb is not f:
            # a closure handed to a call of the other's function (wg.Go(func() { close(ch) })): from that call
            x = _handed_at(um, f, sb)
            y = _handed_at(um, fb, sa) if x is None else None
            if x is not None:
                sb = x
            elif y is not None:
                sa, f = y, fb
            else:
                f = None
        if f is None and fb is not None:
            # a local closure that closes it (``fail := func(err error) {...; close(out)}``), called only
            # where the other's start cannot follow nor precede (``return fail(err)`` before the go statement)
            for one, other in ((a, sb), (b, sa)):
                calls = _closure_calls(um, one.node)
                if calls is not None:
                    fo = um.func_at(other)
                    g2 = um.cfg(fo) if fo is not None else None
                    no = _node(g2, other) if g2 is not None else None
                    if no is None or any(um.func_at(c) is not fo for c in calls):
                        return True
                    return any(reaches(nc, no) or reaches(no, nc) for nc in (_node(g2, c) for c in calls)
                               if nc is not None) or any(_node(g2, c) is None for c in calls)
            # a closure handed out (``unsubscribe := func() { close(ch) }; return ch, unsubscribe``) made on a
            # path that the other's start can neither follow nor precede: each call of the function makes its
            # channel and takes one of the two ways
            for one, other in ((a, sb), (b, sa)):
                lit = next((x for x in syntax.ancestors(one.node) if x.type == "func_literal"), None)
                fo = um.func_at(other)
                outer = syntax.enclosing_func(lit) if lit is not None else None
                if outer is None or fo is None or outer.id != fo.node.id or ch.make is None or ch.param:
                    continue
                g2 = um.cfg(fo)
                nl, no = (_node(g2, lit), _node(g2, other)) if g2 is not None else (None, None)
                if nl is not None and no is not None and not reaches(nl, no) and not reaches(no, nl):
                    return False
        if f is None or fb is None:
            # started from different functions: assume they can, but in two Ginkgo specs of a container
            # whose BeforeEach makes the channel anew, each spec closes its own
            return not _specs_apart(um, ch, sa, sb)
        g = um.cfg(f)
        if g is None:
            return True
        na, nb = _node(g, sa), _node(g, sb)
        if na is None or nb is None:
            return True
        first, second = (sa, sb) if sa.start_byte <= sb.start_byte else (sb, sa)
        if ctx.channels.reassigned_between(ch, first.end_byte, second.start_byte):
            return False   # a fresh channel for the second one
        later = b if second is sb else a
        lit = syntax.go_literal(later.goroutine) if later.goroutine is not None else None
        body = lit.child_by_field_name("body") if lit is not None else None
        if body is not None and later.goroutine.id == second.id and \
                ctx.channels.reassigned_between(ch, body.start_byte, later.node.start_byte):
            return False   # the goroutine, started after the other close, makes the channel anew first
        # paths through a statement that makes the channel anew (a loop's next iteration) close another one
        remade = {n.id for n in (_node(g, x) for x in _defining(ch)) if n is not None}
        return reaches(na, nb, remade) or reaches(nb, na, remade)

    @staticmethod
    def _per_iteration(ctx: FuncContext, c: ChanOp, loop) -> bool:
        """Does the closed channel expression name something each iteration has its own of
        (made in the loop, a loop variable, a goroutine parameter: ``close(jobs[i].done)``)?"""
        for ident in [c.chan, *syntax.walk(c.chan)]:
            if ident.type != "identifier":
                continue
            d = syntax.resolve_decl(ident, ctx.unit)
            if d is not None and syntax.inside(d, loop):
                return True
        # ``done = make(chan struct{})`` in the iteration, before the go statement and on its way
        place = ctx.model.place(c.chan)
        g = c.goroutine
        for v in (ctx.model.scopes.vars if place is not None and g is not None else ()):
            if ctx.model.var_place(v) != place:
                continue
            for node, value in v.assigns:
                stmt = syntax.stmt_of(node)
                block = stmt.parent if stmt is not None else None
                if stmt is not None and loop.start_byte < stmt.start_byte and stmt.end_byte <= g.start_byte and \
                        block is not None and syntax.inside(g, block) and syntax.inside(block, loop):
                    return True
                # ``go run(next); cur, next = next, make(chan struct{})``: the goroutine got the channel as
                # an argument (evaluated at the go statement), and the variable gets a fresh one right after
                value = syntax.unparen(value)
                if c.via is not None and stmt is not None and block is not None and \
                        syntax.stmt_of(g).parent == block and stmt.start_byte >= g.end_byte and \
                        syntax.inside(block, loop) and value is not None and value.type == "call_expression" and \
                        syntax.call_name(value) == ("", "make"):
                    return True
        # ``c.done = make(chan struct{})`` in the iteration, before the go statement and on its way: a
        # field made anew each turn, as a variable is
        for stmt in (syntax.walk(loop, skip_funcs=True) if place is not None and g is not None else ()):
            if stmt.type != "assignment_statement" or not (loop.start_byte < stmt.start_byte and
                                                           stmt.end_byte <= g.start_byte):
                continue
            left, right = stmt.child_by_field_name("left"), stmt.child_by_field_name("right")
            block = stmt.parent
            if left is None or right is None or len(left.named_children) != 1 or len(right.named_children) != 1 \
                    or block is None or not syntax.inside(g, block):
                continue
            value = syntax.unparen(right.named_children[0])
            if value is not None and value.type == "call_expression" and syntax.call_name(value) == ("", "make") \
                    and ctx.model.place(left.named_children[0]) == place:
                return True
        return False

    @staticmethod
    def _once_fix(ctx: FuncContext, ch: Channel, closes: list[ChanOp]):
        decl = ch.decl
        if decl is None or ch.param or decl.parent is None or decl.parent.type != "statement_list":
            return ()
        once = syntax.unique_name("closeOnce", ctx.unit)
        edits = [ctx.insert_line_after(decl, f"var {once} sync.Once")]
        for c in closes:
            edits.append(ctx.replace(c.node, f"{once}.Do(func() {{ close({syntax.text(c.chan)}) }})"))
        return (ctx.fix(f"Guard close({ch.name}) with a sync.Once", *edits, preferred=True, imports=("sync",)),)


def _one_turn(ctx: FuncContext, g: Node, loop: Node) -> bool:
    """Is the ``go`` statement ``g`` started in one turn of ``loop`` at most: under ``if i == e`` (or an ``&&``
    chain with such a term) with ``i``
    the loop's counter or range key (each turn its own value, nothing else assigns it) and ``e`` the same
    in every turn (variables the declaration never assigns, literals, ``len``)?"""
    um = ctx.model
    clause = next((c for c in loop.named_children if c.type in ("for_clause", "range_clause")), None)
    if clause is None:
        return False
    if clause.type == "for_clause":
        got = syntax.counting_loop(clause)
        counter = got[0] if got is not None else None
    else:
        left = clause.child_by_field_name("left")
        keys = left.named_children if left is not None else []
        over = clause.child_by_field_name("right")
        t = um.types.of(over) if over is not None else None
        t = um.index.underlying(t) if t else t
        counter = syntax.text(keys[0]) if keys and keys[0].type == "identifier" and (
            t and t.startswith(("[]", "[", "map[", "string")) or _integer(um, over, t)) else None
        # (an index, a key or Go 1.22's ``range n`` counter: each once; not a channel's or an iterator's
        # values, which may repeat)
    if not counter or counter == "_":
        return False
    body = loop.child_by_field_name("body")
    if body is None or any(n.type in ("assignment_statement", "inc_statement", "dec_statement") and
                           counter in {syntax.text(x) for x in syntax.walk(n.named_children[0])
                                       if x.type == "identifier"}
                           for n in syntax.walk(body)):
        return False   # (the counter is assigned in the body)
    for a in syntax.ancestors(g, loop):
        if a.type != "if_statement" or a.child_by_field_name("consequence") is None or \
                not syntax.inside(g, a.child_by_field_name("consequence")):
            continue
        for cond in syntax.conjuncts(a.child_by_field_name("condition")):   # (``isParent && i == n/2``)
            if cond.type != "binary_expression" or syntax.text(cond.child_by_field_name("operator")) != "==":
                continue
            left, right = syntax.unparen(cond.child_by_field_name("left")), \
                syntax.unparen(cond.child_by_field_name("right"))
            for x, e in ((left, right), (right, left)):
                if x is not None and e is not None and x.type == "identifier" and syntax.text(x) == counter and \
                        counter not in {syntax.text(n) for n in syntax.walk(e) if n.type == "identifier"} and \
                        um.stable_expr(e):
                    return True
    return False


_INTEGERS = frozenset({"int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64",
                       "uintptr", "byte", "rune"})


def _integer(um, over: Node | None, t: str | None) -> bool:
    """Is ``over`` (what a ``for range`` ranges over) an integer: a literal, an expression of an integer
    type, or a constant declared with a number (``const n = 200``)?"""
    over = syntax.unparen(over) if over is not None else None
    if over is None:
        return False
    return over.type == "int_literal" or t in _INTEGERS or checks.number_const(um, over)


def _node(g, ast):
    cur = ast
    for _ in range(16):
        if cur is None:
            return None
        n = g.node_of(cur)
        if n is not None:
            return n
        cur = cur.parent
    return None


def _defining(ch: Channel) -> list[Node]:
    """The statements that give the channel variable a (new) value: its declaration and assignments."""
    out = [ch.decl] if ch.decl is not None else []
    if ch.var is not None:
        out += [node for node, _ in ch.var.assigns]
    return out


_SPECS = frozenset({"It", "FIt", "PIt", "XIt", "Specify", "FSpecify", "PSpecify", "XSpecify"})
_SETUPS = frozenset({"BeforeEach", "JustBeforeEach"})


def _ginkgo_block(node: Node, names: frozenset) -> Node | None:
    """The function literal around ``node`` handed to a Ginkgo call named in ``names`` (``It("...",
    func() {...})``, ``ginkgo.BeforeEach(func() {...})``), the innermost such; None when there is none."""
    for a in syntax.ancestors(node):
        call = syntax.argument_of(a)[0] if a.type == "func_literal" else None
        if call is not None and syntax.call_name(call)[1] in names:
            return a
    return None


def _specs_apart(um, ch: Channel, sa: Node, sb: Node) -> bool:
    """Are ``sa`` and ``sb`` in two different Ginkgo specs (``It`` bodies) of a container whose
    ``BeforeEach`` gives the channel variable a fresh channel (``doneC = make(chan struct{})``) before
    each spec, both in its tree? Each spec then closes the channel of its own run."""
    if not syntax.GINKGO_IMPORT.search(um.source):
        return False
    a, b = _ginkgo_block(sa, _SPECS), _ginkgo_block(sb, _SPECS)
    if a is None or b is None or a.id == b.id:
        return False
    for d in _defining(ch):
        setup = _ginkgo_block(d, _SETUPS)
        rhs = d.child_by_field_name("right") if d.type == "assignment_statement" else None
        made = rhs is not None and len(rhs.named_children) == 1 and \
            syntax.text(rhs.named_children[0]).replace(" ", "").startswith("make(")
        # (the container: the function literal that calls BeforeEach, a Describe's or Context's body)
        container = next((x for x in syntax.ancestors(setup) if x.type == "func_literal"), None) \
            if setup is not None and made else None
        if container is not None and syntax.inside(a, container) and syntax.inside(b, container):
            return True
    return False


def _closure_calls(um, node: Node) -> list[Node] | None:
    """The calls of the local closure variable whose literal holds ``node`` (``fail := func(...) {...}``
    then ``fail(err)``), when that is all it is used for; None otherwise."""
    fx = um.func_at(node)
    v = getattr(fx, "bound_to", None) if fx is not None else None
    if v is None or v.assigned or v.addressed or not v.refs:
        return None
    calls = []
    for r in v.refs:
        p = r.parent
        if p is None or p.type != "call_expression" or p.child_by_field_name("function") is None or \
                p.child_by_field_name("function").id != r.id:
            return None   # handed on as a value: called who knows where
        calls.append(p)
    return calls


def _handed_at(um, f, node: Node) -> Node | None:
    """Where in ``f`` the function literal around ``node`` is handed to a call (``wg.Go(func() {...})``,
    ``run(func() {...})``): it can run only once that call ran. None when it is not such a literal of ``f``."""
    for _ in range(8):
        fx = um.func_at(node)
        if fx is None:
            return None
        if fx is f:
            return node
        lit = fx.node
        if lit.type != "func_literal" or lit.parent is None or lit.parent.type != "argument_list":
            return None
        node = lit.parent.parent   # the call the literal is given to
    return None


def _closure_goroutine(um, fn: Node):
    """The ``go`` statement whose goroutine alone runs the local closure ``fn`` (``sendErr := func(err error)
    { ch <- r; close(ch) }`` made and only called, plainly, in one goroutine literal): its closes are that
    goroutine's, not a second runner's. None for anything else."""
    lit = um.func_of_node.get(fn.id) if fn is not None else None
    v = lit.bound_to if lit is not None and lit.how == "value" else None
    calls = um.only_called(v) if v is not None else ()
    gos = {um.goroutine_of(um.func_at(c)) for c in calls}
    g = gos.pop() if len(gos) == 1 else None
    return g.start if g is not None and g.start is not None else None
