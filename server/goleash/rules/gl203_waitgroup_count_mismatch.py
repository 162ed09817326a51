"""GL203 waitgroup-count-mismatch."""

from __future__ import annotations

import re

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding
from ..model.effects import ADD, DONE, GO
from ..model.types import func_sig
from ..rule import FuncContext, Rule


class WaitGroupCountMismatch(Rule):
    code = "GL203"
    name = "waitgroup-count-mismatch"
    summary = "wg.Add(n) with a literal n that differs from the goroutines started, or a negative Add."
    triggers = frozenset({"mcall"})
    methods = frozenset({"Add"})   # it reports wg.Add calls
    fixes = ("set `Add` to the number of goroutines started",)
    doc = """\
`wg.Add(3)` followed by two `go` statements that each call `Done` leaves the
counter at one forever: `wg.Wait()` never returns. With four goroutines the
counter goes negative and the program panics ("sync: negative WaitGroup
counter"). A negative literal `wg.Add(-1)` is a `Done` in disguise that is easy
to misplace.

## Bad
```go
	wg.Add(3)
	go func() { defer wg.Done(); a() }()
	go func() { defer wg.Done(); b() }()
	wg.Wait() // never returns
```

## Good
```go
	wg.Add(2)
```

## Stays silent
- `Add` with a non-literal argument; goroutines started in loops; more than one `Add`
  between the first and the `Wait`; goroutines not visibly counted (no `Done` of that group);
- a count above the goroutines' when the function hands out a closure that calls `Done` (a field of a
  literal or an argument: `&mockInformer{RunFunc: func(ctx context.Context) error { <-ctx.Done();
  wg.Done(); return nil }}`): the code that runs it pays the rest;
- literal `Add`s in a row before the goroutines (`wg.Add(1); wg.Add(1)`, no goroutine started nor
  the group touched otherwise between them) count together: their sum is checked;
  goroutines that call `Done` in a loop of their own (once per item, not per goroutine), also in the
  package function (or the local closure, `post := func(wg *sync.WaitGroup, ...)`) a `go f(..., &wg)` runs;
- (not counted) a goroutine whose body calls a package function that never returns (a serve loop
  left only by `log.Fatal`: `go func() { defer wg.Done(); srv.serveUDP(addr) }()`): its `Done` never runs;
- (counted) a call between the `Add` and the `Wait` of a package function that calls `Done` on the
  group it is given on every path pays one count, as a goroutine does (`readAll(wg, p)` in place, also
  as an `if`'s statement, `if err := diffOnBase(ctx, &wg); err != nil {`);
- `Add(-n)` with no other `Add` nor a `Wait` of the group in the function, and no call in the package
  that hands the function its group (a method taking back the count another method raised:
  a WaitGroup that counts registered listeners): nothing shows a path on which it runs first;
- `Add(-n)` after an `Add(k)` (`k >= n`) earlier on its path, with no `Done` on that group nor a
  goroutine handed it in between (a start barrier released by the goroutine that raised it; a job that
  cannot start taking back its own count: `wg.Add(1); if !ready() { wg.Add(-1); continue }`); also in
  a deferred literal registered after the `Add(k)` (`wg.Add(1); defer func() { wg.Add(-1) }()`), with no
  `Done` nor such a goroutine from the `Add` to the function's end: it runs when the function returns;
- an `Add` after a goroutine started earlier in the block that calls `Done` twice (a barrier: "started",
  then "finished"): its second `Done` pays part of the new count;
- for `wg.Add(len(xs))` before `for ... range xs`: iterations that start no goroutine but call
  `wg.Done()` themselves (the work done in place on one platform), or call a package function that
  calls `Done` on the group it is handed on every path (`s.scanOne(dev, &wg)` in place of
  `go s.scanOne(dev, &wg)`), also in a `select` case before its `continue`; iterations that leave
  the function (`return err`): the `Wait` after the loop is not reached then (a deferred `Wait` is, and
  stays reported).

## Fixes
- **Set `Add` to the count** of goroutines started between the `Add` and the `Wait`.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        yield from self._skipped_spawns(ctx)
        for add in ctx.calls(method="Add"):
            wg, _ = syntax.call_name(add)
            args = syntax.call_args(add)
            if not wg or len(args) != 1 or args[0].type not in ("int_literal", "unary_expression"):
                continue
            if not self._is_waitgroup(ctx, add):
                continue
            try:
                n = int(syntax.text(args[0]).replace(" ", ""), 0)
            except ValueError:
                continue
            if n < 0:
                if self._raised_before(ctx, add, wg, -n):
                    continue   # a start barrier: Add(n) earlier on this path, and nothing counts it down
                others = [c for c in ctx.calls(method="Add", receiver=wg) if c.id != add.id] or \
                    ctx.calls(method="Wait", receiver=wg)
                related = [ctx.related(others[0], f"{wg}'s count is raised here; Done calls may lower it first"
                                       if syntax.call_name(others[0])[1] == "Add" else f"{wg} is waited on here")] \
                    if others else []
                site = ctx.pkg.call_site(ctx.func_name) if not related and \
                    ctx.unit.type == "function_declaration" else None
                if site is not None:
                    related = [ctx.related_at(site, f"{wg} comes from this call")]
                if not related:
                    continue   # no Add, Wait or caller of the group in view: no path shows it runs first
                yield ctx.finding(add, f"{wg}.Add({n}) is a Done in disguise. When it runs before "
                                       f"the matching Add the counter goes negative and the program panics", related)
                continue
            stmt = add.parent
            if stmt is None or stmt.parent is None or stmt.parent.type != "statement_list":
                continue
            block = stmt.parent
            f = ctx.model.func_at(add)
            place = next((p for p, c in ctx.waitgroups.ops(f, ADD) if c.id == add.id), None) if f is not None \
                else None
            count, wait = 0, None
            ok = True
            for s in block.named_children:
                if s.start_byte <= stmt.end_byte:
                    continue
                t = syntax.text(s)
                if s.type == "expression_statement" and t.startswith(f"{wg}.Wait("):
                    wait = s
                    break
                if f"{wg}.Add(" in t or (s.type != "go_statement" and f"{wg}.Done(" in t):
                    ok = False
                    break
                if s.type == "go_statement":
                    if self._done_in_loop(s, wg) or self._named_done_in_loop(ctx, s, wg):
                        ok = False   # one Done per item it handles, not per goroutine: cannot count
                        break
                    if self._never_done(ctx, s):
                        continue   # ``go func() { defer wg.Done(); srv.serveUDP() }()`` of a loop that never returns
                    if self._counted(s, wg):
                        count += 1
                    else:
                        ok = False
                        break
                elif any(n2.type == "go_statement" for n2 in syntax.walk(s, skip_funcs=True)):
                    ok = False  # goroutines in loops or branches: cannot count
                    break
                elif place is not None and self._pays_done(ctx, f, self._runs_first(s), place):
                    count += 1   # ``readLots(t, wg, p)`` in place: a package function that calls Done on it
                    #              (also ``if err := work(ctx, &wg); err != nil {``: the if's statement)
            earlier = self._added_before(block, stmt, wg)
            if not ok or wait is None or count == n + earlier or count == 0:
                continue
            if self._still_counting(block, stmt, wg):
                continue   # a goroutine started before (a barrier's "started" Done) pays part of this Add
            if count < n + earlier and self._done_in_callback(ctx, wg):
                continue   # ``&mockInformer{RunFunc: func(ctx) error { ...; wg.Done() }}``: code it is handed to pays
            total = n + earlier
            result = "Wait never returns" if count < total else "the counter goes negative and the program panics"
            what = f"{wg}.Add({n})" if not earlier else f"{wg}'s Adds count {total}"
            fixes = (ctx.fix(f"Add({count - earlier})", ctx.replace(args[0], str(count - earlier)), preferred=True),) \
                if count > earlier else ()
            yield ctx.finding(add, f"{what} but {count} goroutine{'s' if count != 1 else ''} "
                                   f"call{'s' if count == 1 else ''} {wg}.Done() before {wg}.Wait(). {result[0].upper()}{result[1:]}",
                              [ctx.related(wait, f"{wg}.Wait() here")], fixes)

    @staticmethod
    def _done_in_callback(ctx: FuncContext, wg: str) -> bool:
        """Does the function hand out a closure that calls ``wg.Done()`` (a field of a literal, an argument:
        ``&mockInformer{RunFunc: func(ctx context.Context) error { <-ctx.Done(); wg.Done(); return nil }}``)?
        Whatever code runs it pays part of the count: the goroutines started here are not all its payers."""
        for call in syntax.walk(ctx.unit):
            if call.type != "call_expression" or syntax.call_name(call) != (wg, "Done"):
                continue
            lit = next((a for a in syntax.ancestors(call) if a.type in ("func_literal", "function_declaration",
                                                                      "method_declaration")), None)
            if lit is None or lit.type != "func_literal":
                continue
            holder = lit.parent
            if holder is not None and holder.type in ("keyed_element", "literal_element", "argument_list"):
                outer = holder.parent.parent if holder.type == "argument_list" and holder.parent is not None \
                    else None
                if outer is None or outer.type != "go_statement":
                    return True
        return False

    @staticmethod
    def _added_before(block: Node, stmt: Node, wg: str) -> int:
        """What the literal ``wg.Add(k)`` statements just before ``stmt`` in ``block`` add (``wg.Add(1);
        wg.Add(1)`` then two goroutines), over statements that neither start a goroutine nor touch ``wg``."""
        total = 0
        s = stmt.prev_named_sibling
        while s is not None:
            if s.type == "comment":
                s = s.prev_named_sibling
                continue
            if any(n.type == "go_statement" for n in [s, *syntax.walk(s)]):
                break
            t = syntax.text(s)
            if re.search(rf"(?<![\w.]){re.escape(wg)}\b", t):   # (``wg = sync.WaitGroup{}``: a new count)
                call = s.named_children[0] if s.type == "expression_statement" and s.named_children else None
                args = syntax.call_args(call) if call is not None and call.type == "call_expression" else []
                if call is None or syntax.call_name(call) != (wg, "Add") or len(args) != 1 or \
                        args[0].type != "int_literal":
                    break
                try:
                    total += int(syntax.text(args[0]), 0)
                except ValueError:
                    break
            s = s.prev_named_sibling
        return total

    @staticmethod
    def _still_counting(block: Node, stmt: Node, wg: str) -> bool:
        """A goroutine started earlier in the block that calls ``wg.Done()`` more than once (``wg.Done()``
        when started, again when finished): after the ``Wait`` between, it is still running and its
        second ``Done`` counts against this ``Add``."""
        for s in block.named_children:
            if s.start_byte >= stmt.start_byte:
                break
            lit = syntax.go_literal(s) if s.type == "go_statement" else None
            if lit is not None and sum(1 for n in syntax.walk(lit) if n.type == "call_expression" and
                                       syntax.call_name(n) == (wg, "Done")) > 1:
                return True
        return False

    @staticmethod
    def _is_waitgroup(ctx: FuncContext, add: Node) -> bool:
        fn = add.child_by_field_name("function")
        operand = fn.child_by_field_name("operand") if fn is not None else None
        t = ctx.model.types.of(operand) if operand is not None else None
        if t is not None:
            return (t.lstrip("*") == "sync.WaitGroup" or
                    ctx.model.index.method(t, "Add")[2] == "sync.WaitGroup")
        # unknown type: a WaitGroup if the same receiver is also waited on and counted down here
        recv = syntax.text(operand)
        return bool(ctx.calls(receiver=recv, method="Wait")) and bool(ctx.calls(receiver=recv, method="Done"))

    @staticmethod
    def _done_in_loop(g: Node, wg: str) -> bool:
        """Does the goroutine call ``wg.Done()`` inside a loop of its own (once per item)?"""
        lit = syntax.go_literal(g)
        return lit is not None and _done_in_own_loop(lit, wg)

    @staticmethod
    def _runs_first(stmt: Node) -> Node:
        """The statement an ``if``/``switch`` runs before anything else, its initializer (``err := work(&wg)``
        of ``if err := work(&wg); err != nil {``), or the statement itself."""
        if stmt.type in ("if_statement", "expression_switch_statement", "type_switch_statement"):
            init = stmt.child_by_field_name("initializer")
            if init is not None:
                return init
        return stmt

    @staticmethod
    def _pays_done(ctx: FuncContext, f, stmt: Node, place) -> bool:
        """Does the statement (a call of a package function given the group) call Done on it on every
        path, once (the function runs here, not as a goroutine)?"""
        g = ctx.model.cfg(f)
        n = g.node_of(stmt) if g is not None else None
        return n is not None and n.kind != GO and _surely_pays(ctx, g, n, place)

    @staticmethod
    def _named_done_in_loop(ctx: FuncContext, g: Node, wg: str) -> bool:
        """``go f(..., &wg)`` of a package function (or of a local closure, ``doEvent := func(wg
        *sync.WaitGroup, ...)``) that calls ``Done`` on that parameter inside a loop of its own (once per item
        it handles, not once per goroutine)."""
        call = g.named_children[0] if g.named_children else None
        if call is None or call.type != "call_expression":
            return False
        args = syntax.call_args(call)
        i = next((k for k, a in enumerate(args) if syntax.text(a) in (f"&{wg}", wg)), None)
        callee = ctx.model.callee(call)[0]
        f = ctx.model.literal(callee.literal) if callee is not None and callee.literal is not None else None
        lit = f.node if f is not None else None
        if lit is not None and i is not None:   # ``go doEvent(wg, want)`` of a local ``doEvent := func(...)``
            names = [n for n, _t in syntax.params(lit)]
            return i < len(names) and _done_in_own_loop(lit, names[i])
        key = getattr(callee, "key", None)
        node = ctx.pkg.decl_node(key) if key and i is not None else None
        if node is None:
            return False
        sig = func_sig(node)
        name = sig.params[i][0] if i < len(sig.params) else None
        return bool(name) and _done_in_own_loop(node, name)

    @staticmethod
    def _raised_before(ctx: FuncContext, add: Node, wg: str, n: int) -> bool:
        """``wg.Add(k)`` with ``k >= n`` in a statement that runs before ``add`` on its path (an earlier
        statement of a block around it), and, from it to ``add``, no ``wg.Done()`` nor a goroutine handed
        the WaitGroup (``wg.Add(1); if !ready() { wg.Add(-1); continue }; go ...``; a start barrier's
        goroutines that only ``Wait``): the Add(-n) takes back what this goroutine has just counted, so
        it cannot take the counter below zero (every other Done has its own Add)."""
        dones = ctx.calls(receiver=wg, method="Done")
        end, skip = add.start_byte, None   # (to where nothing may count it down; a deferred literal's own text)

        def between(a: Node) -> bool:
            for x in syntax.walk(ctx.unit):
                if not a.end_byte <= x.start_byte < end or (skip is not None and syntax.inside(x, skip)):
                    continue
                if any(x.id == d.id for d in dones):
                    return False
                if x.type == "go_statement" and x.named_children and x.named_children[0].type == "call_expression" \
                        and any(syntax.text(y) in (wg, "&" + wg) for y in syntax.call_args(x.named_children[0])):
                    return False
            return True

        for stmt in syntax.ancestors(add):
            if stmt.type in syntax.FUNC_TYPES:
                call = stmt.parent
                deferred = call.parent if call is not None and call.type == "call_expression" else None
                if stmt.type != "func_literal" or deferred is None or deferred.type != "defer_statement" or skip:
                    break   # (an Add before a closure that may run at any time is not "before" it)
                # ``wg.Add(1); defer func() { wg.Add(-1) }()``: it runs when the function returns, after
                # everything the function does from the ``defer`` on
                fn = syntax.enclosing_func(deferred)
                end, skip = (fn.end_byte if fn is not None else end), stmt
                continue   # (on up from the ``defer`` statement)
            if stmt.parent is None or stmt.parent.type != "statement_list":
                continue
            sib = stmt.prev_named_sibling
            while sib is not None:
                c = sib.named_children[0] if sib.type == "expression_statement" and sib.named_children else None
                if c is not None and c.type == "call_expression" and syntax.call_name(c) == (wg, "Add"):
                    args = syntax.call_args(c)
                    try:
                        k = int(syntax.text(args[0]), 0) if len(args) == 1 else None
                    except ValueError:
                        k = None
                    if k is not None and k >= n and between(c):
                        return True
                sib = sib.prev_named_sibling
        return False

    @staticmethod
    def _never_done(ctx: FuncContext, g: Node) -> bool:
        """Does the goroutine's literal call, as a statement of its body, a package function that never
        returns (PackageModel.never_returns: a serve loop left only by ``log.Fatal``)? Its deferred ``Done``
        never runs, so it pays nothing of the count."""
        lit = syntax.go_literal(g)
        body = syntax.func_body(lit) if lit is not None else None
        for st in syntax.stmt_list(body) if body is not None else ():
            call = st.named_children[0] if st.type == "expression_statement" and st.named_children else None
            if call is None or call.type != "call_expression":
                continue
            callee = ctx.model.callee(call)[0]
            key = callee.key if callee is not None else None
            if key and ctx.pkg is not None and ctx.pkg.never_returns(key):
                return True
        return False

    @staticmethod
    def _counted(g: Node, wg: str) -> bool:
        lit = syntax.go_literal(g)
        if lit is not None:
            dones = [n for n in syntax.walk(lit) if n.type == "call_expression" and syntax.call_name(n) == (wg, "Done")]
            return len(dones) == 1
        call = g.named_children[0] if g.named_children else None
        return call is not None and any(syntax.text(a) in (f"&{wg}", wg) for a in syntax.call_args(call))

    def _skipped_spawns(self, ctx: FuncContext) -> Iterator[Finding]:
        """``wg.Add(len(xs))`` then ``for ... range xs`` that can skip starting its goroutine (continue)."""
        um = ctx.model
        for add in ctx.calls(method="Add"):
            args = syntax.call_args(add)
            if len(args) != 1 or args[0].type != "call_expression" or syntax.call_name(args[0]) != ("", "len") or \
                    not self._is_waitgroup(ctx, add):
                continue
            counted = syntax.text(syntax.call_args(args[0])[0]) if syntax.call_args(args[0]) else None
            stmt = add.parent
            if counted is None or stmt is None or stmt.parent is None or stmt.parent.type != "statement_list":
                continue
            wg = syntax.text(add.child_by_field_name("function").child_by_field_name("operand"))
            loop = next((x for x in stmt.parent.named_children if x.start_byte > stmt.end_byte and
                         x.type == "for_statement"), None)
            rc = next((c for c in loop.named_children if c.type == "range_clause"), None) if loop is not None else None
            if rc is None or syntax.text(rc.child_by_field_name("right")) != counted:
                continue
            gos = [g for g in ctx.go_statements if syntax.inside(g, loop) and self._counted(g, wg) and
                   um.loops(g) and um.loops(g)[-1].id == loop.id]
            if len(gos) != 1:
                continue
            go = gos[0]
            f = um.func_at(loop)
            g = um.cfg(f) if f is not None else None
            head = g.node_of(loop) if g is not None else None
            gnode = g.node_of(go) if g is not None else None
            if head is None or gnode is None:
                continue
            # an iteration that calls wg.Done() itself (it does the work in place) pays its count too
            # a call that hands the group to a package function which calls Done on it on every path
            # (``m.gatherDisk(dev, &wg)`` in place of ``go m.gatherDisk(dev, &wg)``) pays it as well
            place = next((p for p, c in ctx.waitgroups.ops(f, ADD) if c.id == add.id), None)
            paid = {n.id for n in g.nodes if n.ast is not None and syntax.inside(n.ast, loop) and n.kind != GO and (
                    n.ast.type == "expression_statement" and "".join(syntax.text(n.ast).split()) == f"{wg}.Done()" or
                    place is not None and _surely_pays(ctx, g, n, place))}
            # (an iteration that leaves the function skips the Wait too, unless the Wait is deferred)
            deferred_wait = any(n.kind == "defer" and "".join(syntax.text(n.ast).split()) == f"defer{wg}.Wait()"
                                for n in g.nodes if n.ast is not None)
            skip = self._skip_path(head, gnode, paid, exits_skip=deferred_wait)
            if skip is None:
                continue
            related = [ctx.related(go.child(0), "the goroutine each element should get")]
            if skip.ast is not None:
                related.append(ctx.related(skip.ast, "an iteration that starts no goroutine"))
            fixes = ()
            if go.parent is not None and go.parent.type == "statement_list":
                fixes = (ctx.fix("Add(1) before each go statement instead",
                                 ctx.delete_line(stmt), ctx.insert_line_before(go, f"{wg}.Add(1)"), preferred=True),)
            yield ctx.finding(add, f"{wg}.Add(len({counted})) counts every element, but the loop can skip one. "
                                   f"That element starts no goroutine, so {wg}.Wait() never returns", related, fixes)

    @staticmethod
    def _skip_path(head, go, paid=frozenset(), exits_skip=True):
        """The first node of an iteration that goes back to the loop's head (or leaves it) without passing
        the go statement (or a node of ``paid``: a ``wg.Done()`` of its own), or None when every iteration
        starts it. With ``exits_skip`` false, an iteration that leaves the function (``return``, a panic)
        is no skip: the ``Wait`` after the loop is not reached on that path."""
        body = next((s for s, _ in head.succ if s.kind == "body"), None)
        after = next((s for s, _ in head.succ if s.kind == "after"), None)
        if body is None:
            return None
        seen = set()
        stack = [(body, None)]
        while stack:
            n, branch = stack.pop()
            if n.id == go.id or n.id in seen or n.id in paid:
                continue
            seen.add(n.id)
            for s, br in n.succ:
                if s.terminal and not exits_skip:
                    continue
                if s.id == head.id or (after is not None and s.id == after.id) or s.terminal:
                    return branch or n
                mark = n if n.ast is not None and n.ast.type in ("continue_statement", "if_statement") or \
                    n.kind == "cond" else branch
                if n.ast is not None and n.ast.type == "continue_statement":
                    mark = n
                stack.append((s, mark))
        return None


def _done_in_own_loop(fn: Node, wg: str) -> bool:
    """Does the function (a literal or a declaration) call ``wg.Done()`` inside a loop of its own?"""
    return any(n.type == "call_expression" and syntax.call_name(n) == (wg, "Done") and
               any(a.type == "for_statement" for a in syntax.ancestors(n, fn)) for n in syntax.walk(fn))


def _surely_pays(ctx: FuncContext, g, n, place) -> bool:
    """Does CFG node ``n`` call Done on ``place`` on every path, itself or through a package function it
    calls (not a hand-off to code goleash cannot see: ``wg.Go(f)`` pays the count it adds itself)?"""
    return any((place, DONE) in ctx.effects.pays_effect(e, unseen=False) for e in ctx.model.node_effects(g, n))
