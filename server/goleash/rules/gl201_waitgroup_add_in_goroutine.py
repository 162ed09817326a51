"""GL201 waitgroup-add-in-goroutine."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding, Related
from ..model.effects import ADD, DONE, WAIT, translate
from ..rule import FuncContext, Rule


class WaitGroupAddInGoroutine(Rule):
    code = "GL201"
    linters = frozenset({"staticcheck", "SA2000"})
    name = "waitgroup-add-in-goroutine"
    summary = "wg.Add inside the goroutine it counts: Wait can return before Add runs, so the goroutine is not waited for."
    triggers = frozenset({"go"})
    overlaps = "vet waitgroup"
    fixes = ("move `wg.Add(1)` before the `go` statement",)
    doc = """\
`wg.Add` must run before the goroutine it counts is started. Called inside the
goroutine, it races with `wg.Wait()`: when `Wait` runs first it sees a zero
counter and returns at once, while the goroutine still runs — its results are
read too early, or it outlives the function. (anchor: staticcheck SA2000, vet `waitgroup`)

## Bad
```go
	for _, it := range items {
		go func(it int) {
			wg.Add(1)
			defer wg.Done()
			process(it)
		}(it)
	}
	wg.Wait()
```

## Good
```go
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			defer wg.Done()
			process(it)
		}(it)
	}
	wg.Wait()
```

## Stays silent
- `Add` before the `go` statement;
- an `Add` that gives back part of a count made before the `go` (`wg.Add(len(es))`, then in the goroutine
  `wg.Add(i - len(es))`, `i` the index of its range over `es`, for the turns it will not start), or a
  negative one (`wg.Add(-1)`): a release;
- `Add` in a goroutine that another WaitGroup counts, with its `Done` deferred (or the last statement of
  its body, with no way out before it), when the starting
  function waits on that one first (`enqueued.Wait()` before `queries.Wait()`): every `Add` ran
  before that first `Wait` returned;
- `Add` to one element of a slice or array of WaitGroups when the starting function waits on another only
  (`wg[heartbeat].Add(1)` in the goroutine, `wg[connecting].Wait()`, each index a literal or a local that
  holds one);
- `Add` in a goroutine that starts further goroutines (counting its children) when
  the starting function has no `Wait` of the same WaitGroup after the `go`, or when
  the goroutine itself is counted (`wg.Add(1)` before `go`, `defer wg.Done()` in it, or a `wg.Done()`
  of its own that comes after its `Add`s: `go tailFile(p, done, &wg)` whose `wg.Add(1)` for its reader
  precedes its final `wg.Done()`): the counter cannot reach zero while its children are being added.

A goroutine whose body is a package function (`go worker(&wg)`) is reported at the
`go` statement when that function calls `Add` and the starter waits after it — unless
the function's first statement is the `Add` and, before the `Wait` (for a deferred
`Wait`: before anything can leave the function), the starter sends on an unbuffered
channel handed to that goroutine (an argument of the `go` call or of the constructor
that made its receiver, `w := newWorker(reqs)`, or a field of the receiver made
unbuffered in its literal): the send completes only once a receiver took the value, and
the goroutine may be that receiver, after its `Add`; or unless, before the `Wait`, the
starter receives from a package channel whose every send in the package comes after that
`Add` — later in the function, or in a function that only it starts, with `go` statements
after the `Add` (`helperWg.Add(1); go serve(ctx, port)`, where `serve` sends on `ready`):
the value received was sent after an `Add`.

## Fixes
- **Move `wg.Add(...)` before the `go` statement** (when it is a statement of its own at
  the top of the goroutine's body).
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        wgm = ctx.waitgroups
        um = ctx.model
        for f in um.funcs:
            if f.how != "go" or f.start is None or f.parent is None:
                continue
            g = f.start
            starter = f.parent
            dones = {p for p, _ in wgm.ops(f, DONE)}
            counted = {cg.wg for cg in wgm.counted() if cg.go.id == g.id}
            for place, add in wgm.ops(f, ADD):
                if place in counted:
                    continue  # the starter counts this goroutine: its Adds for children run while Wait waits
                if _gives_back(add, [c for p, c in wgm.ops(starter, ADD) if p == place and c.end_byte <= g.start_byte]):
                    continue  # ``wg.Add(i - len(es))`` after the starter's ``wg.Add(len(es))``: a release
                waits = [c for p, c in wgm.ops(starter, WAIT) if p == place and c.start_byte > g.end_byte and
                         not wgm.other_elements(add, c)]   # (``wg[connecting].Wait()``: another element)
                if not waits:
                    continue
                if self._synced(ctx, f, g, add, waits[0]):
                    continue  # the starter waits for a message the goroutine sends after its Adds
                if self._joined_first(ctx, f, g, place, waits[0]):
                    continue  # the starter waits for the goroutine itself (another WaitGroup) first
                wg = um.spell(place)
                recv = add.child_by_field_name("function").child_by_field_name("operand")
                if recv is not None and syntax.indexes(recv):
                    wg = syntax.text(recv)   # (the element: ``wgs[second]``)
                if place in dones and not any(x.start_byte > add.end_byte for x in wgm.starts_goroutines(f)):
                    msg = (f"{wg}.Add runs inside the goroutine it counts. {wg}.Wait() can return before it runs, "
                           f"and the goroutine is not waited for")
                    fixes = self._fix(ctx, f, g, add)
                else:
                    msg = (f"{wg}.Add runs in a goroutine {wg} does not count. {wg}.Wait() can return before it "
                           f"runs, and what it counts is not waited for")
                    fixes = ()
                yield ctx.finding(add, msg, [ctx.related(waits[0], f"{wg}.Wait() may see a zero counter here"),
                                             ctx.related(g.child(0), "goroutine started here")], fixes)
        yield from self._named(ctx)

    @staticmethod
    def _synced(ctx: FuncContext, f, g, add, wait) -> bool:
        """Does the starter receive, between the go statement and Wait, on a channel the goroutine sends on or
        closes after the Add (so the Add happens before Wait)?"""
        for ch in ctx.channels:
            if not any(o.kind in ("send", "close") and o.func == f.node and o.node.start_byte > add.end_byte
                       for o in ch.ops):
                continue
            if any(o.kind in ("recv", "range") and o.func == f.parent.node and
                   g.end_byte <= o.node.start_byte < wait.start_byte for o in ch.ops):
                return True
        return False

    @staticmethod
    def _joined_first(ctx: FuncContext, f, g, place, wait) -> bool:
        """Is the goroutine counted by another WaitGroup whose ``Done`` it defers (or calls as its body's last
        statement, with no way out before it), and does the starter
        wait on that one between the go statement and ``wait``? Its Adds then happen before that Wait
        returns, so before ``wait``."""
        wgm = ctx.waitgroups
        for cg in wgm.counted():
            if cg.go.id != g.id or cg.wg == place or not (wgm.defers_done(cg) or wgm.done_last(cg)):
                continue
            if any(p == cg.wg and g.end_byte <= c.start_byte < wait.start_byte
                   for p, c in wgm.ops(f.parent, WAIT)):
                return True
        return False

    @staticmethod
    def _handshake(ctx: FuncContext, go: Node, x, wait: Node) -> bool:
        """``go w.loop()`` where ``loop`` calls Add as its first statement, and before Wait the starter sends on
        an unbuffered channel handed to that goroutine (an argument of the go call or of the call that made
        ``w``, or a field of ``w``): the send completes only once a receiver took it, and the goroutine may be
        that receiver, after its Add. Nothing then shows a path where Wait runs before the Add."""
        node = ctx.pkg.decl_node(x.callee.key) if ctx.pkg is not None else None
        body = syntax.stmt_list(syntax.func_body(node)) if node is not None else []
        first = body[0] if body else None
        call = first.named_children[0] if first is not None and first.type == "expression_statement" and \
            first.named_children else None
        if call is None or call.type != "call_expression" or syntax.call_name(call)[1] != "Add":
            return False
        um = ctx.model
        gcall = go.named_children[0] if go.named_children else None
        handed: set = set()       # places of the channels handed to the goroutine
        roots: set = set()        # the receiver variable's place: its fields are the goroutine's too
        args = [gcall.child_by_field_name("arguments")] if gcall is not None else []
        fn = gcall.child_by_field_name("function") if gcall is not None else None
        operand = fn.child_by_field_name("operand") if fn is not None and fn.type == "selector_expression" else None
        v = um.scopes.var(operand) if operand is not None and operand.type == "identifier" else None
        if v is not None:
            roots.add(um.var_place(v).root)
            if v.value is not None and v.value.type == "call_expression":
                args.append(v.value.child_by_field_name("arguments"))
        for a in args:
            for arg in (a.named_children if a is not None else ()):
                av = um.scopes.var(arg) if arg.type == "identifier" else None
                if av is not None:
                    handed.add(um.var_place(av))
        deferred = any(a.type == "defer_statement" for a in syntax.ancestors(wait))
        for ch in ctx.channels:
            if ch.place is None or not (ch.place in handed or ch.place.root in roots):
                continue
            cap = ch.capacity
            if cap is None and ch.place.root in roots and len(ch.place.path) == 1 and v is not None:
                cap = WaitGroupAddInGoroutine._literal_cap(v.value, ch.place.path[0])
            if cap != 0:
                continue
            for o in ch.sends:
                if not deferred and go.end_byte <= o.node.start_byte < wait.start_byte:
                    return True
                if deferred and o.node.start_byte > go.end_byte and \
                        WaitGroupAddInGoroutine._straight(go, o.node):
                    return True   # (defer wg.Wait(): the send runs before any exit of the function)
        return False

    @staticmethod
    def _told_after(ctx: FuncContext, go: Node, add, wait: Node) -> bool:
        """``go main()`` of a function that calls Add, and before Wait the starter receives from a package
        channel whose every send in the package comes after that Add: later in the function itself, or in a
        function only it starts, with ``go f(...)`` statements after the Add (``srvWg.Add(1); go listen(ctx,
        port)``, where ``listen`` sends on ``ready``). The receive then happens after an Add, so before Wait."""
        if add is None or ctx.pkg is None:
            return False
        um = ctx.model
        starter = syntax.enclosing_func(go) or ctx.unit
        index = ctx.pkg.chan_index()
        decl = None
        for ch in ctx.channels:
            if ch.place is None or not any(o.func == starter and go.end_byte <= o.node.start_byte < wait.start_byte
                                           for o in ch.receives):
                continue
            name = um.abstract_place(ch.place)
            sends = index.of(name, "send") if name is not None else []
            if not sends or index.of(name, "escape") or index.of(name, "assign"):
                continue
            if decl is None:
                decl = ctx.pkg.decl_node(add.func)
                if decl is None:
                    return False
            if all(WaitGroupAddInGoroutine._sent_after(ctx, decl, add, f.at) for f in sends):
                return True
        return False

    @staticmethod
    def _sent_after(ctx: FuncContext, decl: Node, add, at) -> bool:
        """Does the send at ``at`` run only after the Add at ``add`` (both anchors of package functions)?"""
        if at.func == add.func:
            return at.start >= add.end
        fname = at.func.rsplit(".", 1)[-1]
        if "." in at.func or ctx.pkg.callers(fname) != (add.func,):
            return False   # (a method, or a function something else calls too)
        refs = list(syntax.references(fname, decl))
        return bool(refs) and all(
            r.parent is not None and r.parent.type == "call_expression" and r.parent.parent is not None and
            r.parent.parent.type == "go_statement" and r.start_byte - decl.start_byte >= add.end for r in refs)

    @staticmethod
    def _literal_cap(value: Node | None, field: str) -> int | None:
        """``&T{f: make(chan X)}``: 0 for the field ``f`` made unbuffered in the literal, None otherwise."""
        lit = syntax.unparen(value) if value is not None else None
        if lit is not None and lit.type == "unary_expression":
            lit = lit.child_by_field_name("operand")
        body = lit.child_by_field_name("body") if lit is not None and lit.type == "composite_literal" else None
        for el in (body.named_children if body is not None else ()):
            kids = el.named_children
            if el.type != "keyed_element" or len(kids) != 2 or syntax.text(kids[0]) != field:
                continue
            val = kids[1].named_children[0] if kids[1].type == "literal_element" and kids[1].named_children \
                else kids[1]
            if val.type == "call_expression" and syntax.text(val.child_by_field_name("function")) == "make":
                args = val.child_by_field_name("arguments")
                return 0 if args is not None and len(args.named_children) == 1 else None
        return None

    @staticmethod
    def _straight(go: Node, later: Node) -> bool:
        """Is ``later`` in a statement of the go statement's own list, with nothing in between that can
        leave the function (a return, a ``Fatal``/``FailNow``, a panic)?"""
        block = go.parent
        stmts = syntax.stmt_list(block) if block is not None else []
        between = [st for st in stmts if go.end_byte <= st.start_byte and st.end_byte <= later.start_byte]
        at = next((st for st in stmts if syntax.inside(later, st)), None)
        if at is None:
            return False
        for st in between:
            if syntax.contains_exit(st) or any(w in syntax.text(st) for w in ("Fatal", "FailNow", "require.")):
                return False   # (a check that may stop the test: testify's require.X, a helper's Fatal)
        return True

    @staticmethod
    def _fix(ctx: FuncContext, f, g, add):
        stmt = add.parent
        body_stmts = syntax.stmt_list(syntax.func_body(f.node))
        if stmt is not None and stmt.type == "expression_statement" and body_stmts and stmt == body_stmts[0] \
                and g.parent is not None and g.parent.type == "statement_list" and \
                syntax.line_start(ctx.source, stmt.start_byte) != syntax.line_start(ctx.source, g.start_byte):
            return (ctx.fix(f"Move {syntax.text(add)} before the go statement",
                            ctx.insert_line_before(g, syntax.text(add)), ctx.delete_line(stmt), preferred=True),)
        return ()

    @staticmethod
    def _named(ctx: FuncContext) -> Iterator[Finding]:
        """``go worker(&wg)`` where ``worker`` calls ``wg.Add`` and the starter waits after the go."""
        wgm = ctx.waitgroups
        um = ctx.model
        for starter, n, x, s in ctx.effects.started_calls():
            for use in s.uses.values():
                if ADD not in use.some:
                    continue
                wg = translate(use.place, x)
                if wg is None:
                    continue
                adds = [c for p, c in wgm.ops(starter, ADD) if p == wg and c.start_byte < n.ast.start_byte]
                if adds and DONE in use.every:
                    continue  # counted by the starter until it is done
                first = dict(use.where)
                if adds and DONE in use.some and first.get(ADD) is not None and first.get(DONE) is not None and \
                        first[DONE].func == first[ADD].func and first[DONE].start >= first[ADD].end:
                    continue  # counted by the starter, and gives its own count back only after its Adds: a path
                    #           that skips that Done (GL202's) leaves the counter up, it cannot let Wait through
                waits = [c for p, c in wgm.ops(starter, WAIT)
                         if p == wg and c.start_byte > n.ast.end_byte]
                where = dict(use.where).get(ADD)
                if not waits or WaitGroupAddInGoroutine._handshake(ctx, n.ast, x, waits[0]) or \
                        WaitGroupAddInGoroutine._told_after(ctx, n.ast, where, waits[0]):
                    continue
                name = x.callee.key.rsplit(".", 1)[-1]
                w = um.spell(wg)
                related = [ctx.related(waits[0], f"{w}.Wait() may see a zero counter here")]
                if where is not None:
                    related.insert(0, Related(0, 0, f"{name} calls {w}.Add here",
                                              anchor=(where.func, where.start, where.end)))
                yield ctx.finding(n.ast, f"goroutine {name} calls {w}.Add after it starts. {w}.Wait() "
                                         f"can return before that Add, and what it counts is not waited for",
                                  related)


def _gives_back(add: Node, before: list[Node]) -> bool:
    """Is ``add`` a release, not a count: ``wg.Add(-n)``, or ``wg.Add(i - len(es))`` taking back part of what
    an ``Add`` before the ``go`` counted (``wg.Add(len(es))``, the same expression subtracted), ``i`` the
    index of a range over ``es`` around it?"""
    args = syntax.call_args(add)
    arg = syntax.unparen(args[0]) if len(args) == 1 else None
    if arg is None:
        return False
    if arg.type == "unary_expression" and syntax.text(arg.child_by_field_name("operator")) == "-":
        return True
    if arg.type != "binary_expression" or syntax.text(arg.child_by_field_name("operator")) != "-":
        return False
    left, right = syntax.unparen(arg.child_by_field_name("left")), syntax.unparen(arg.child_by_field_name("right"))
    taken = " ".join(syntax.text(right).split())
    if left is None or left.type != "identifier" or right is None or right.type != "call_expression" or \
            syntax.call_name(right) != ("", "len") or len(syntax.call_args(right)) != 1:
        return False
    xs = " ".join(syntax.text(syntax.call_args(right)[0]).split())
    # ``i`` the index of a range over that very slice around the Add: ``i - len(es)`` is at most 0
    ranged = any(a.type == "for_statement" and (rc := next((c for c in a.named_children if c.type == "range_clause"),
                                                           None)) is not None and
                 " ".join(syntax.text(rc.child_by_field_name("right")).split()) == xs and
                 (lhs := rc.child_by_field_name("left")) is not None and lhs.named_children and
                 syntax.text(lhs.named_children[0]) == syntax.text(left)
                 for a in syntax.ancestors(add))
    return ranged and any(len(a := syntax.call_args(b)) == 1 and " ".join(syntax.text(a[0]).split()) == taken
                          for b in before)
