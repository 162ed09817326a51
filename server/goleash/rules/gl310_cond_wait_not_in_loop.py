"""GL310 cond-wait-not-in-loop."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding
from ..model.effects import BROADCAST, CWAIT, DEFER, GO, SIGNAL
from ..rule import FuncContext, Rule


class CondWaitNotInLoop(Rule):
    code = "GL310"
    name = "cond-wait-not-in-loop"
    summary = "cond.Wait() under an if, not a loop: it returns while the condition may be false again."
    triggers = frozenset({"mcall"})
    methods = frozenset({"Wait"})   # it reports Cond.Wait calls
    fixes = ("turn the `if` into a `for` that re-checks the condition",)
    doc = """\
`sync.Cond.Wait` unlocks `c.L`, sleeps, and locks it again before returning.
Between the `Signal`/`Broadcast` that woke it and the moment it has the lock
back, another goroutine can run and make the condition false again (take the
item, reset the flag); `Broadcast` also wakes every waiter for one change.
Code that checks the condition once with `if` and then proceeds acts on a
state that no longer holds: it takes from an empty queue, reads a nil value.
The `sync` documentation says it: "the caller typically cannot assume that the
condition is true when Wait returns. Instead, the caller should Wait in a loop".

## Bad
```go
	q.mu.Lock()
	if len(q.items) == 0 {
		q.cond.Wait()
	}
	it := q.items[0] // may be empty again
```

A `Wait` that checks no condition at all — the function only locks, waits and
unlocks (`c.L.Lock(); c.Wait(); c.L.Unlock()`) — is worse: a `Signal` or `Broadcast` sent before the waiter reached `Wait` is not
remembered, so the waiter sleeps forever (a lost wake-up). goleash reports it too,
and the same bare `Wait` after a `go` statement whose goroutine is the only signaller
of a local Cond (its Signal can come first, unless the waiter holds the Cond's
mutex from before the `go` to the Wait and the goroutine signals holding it);
there is no mechanical fix — wait in a loop on the state the signaller changes
under the lock.

## Good
```go
	for len(q.items) == 0 {
		q.cond.Wait()
	}
```

## Stays silent
- a Wait right after the `go` of a timeout backstop that sleeps first (`go func() { time.Sleep(s.timeout);
  w.Signal() }()`, the duration not a literal zero), the only goroutine of the function that signals: it
  cannot signal before the Wait unless the waiter stalls for the whole timeout between two statements;
- a barrier's Wait: the `else` of its `if` holds the only `Broadcast` of a Cond local to the function,
  signalled nowhere else nor handed on (`if v := n.Add(1); v < total { c.Wait() } else { c.Broadcast()
  }`): the one wake-up comes once the last party arrived;
- a Wait followed, in its `if` or after it, by `goto` to a label before that `if` (`again: if q.full() {
  q.notFull.Wait(); goto again }`, or `if !avail() { c.Wait() }; c.L.Unlock(); goto again`, nothing
  leaving in between): a loop written with `goto`;
- `if c != nil { c.Wait() }`: a nil test of the Cond itself is not a condition; nor is a test of the
  function's own parameters and locals that no other goroutine can change (`if startTime > 0 {
  p.loaded.Wait() }`: not addressed, not named in a closure): waking cannot find it false again;
- a Cond made in the `if`'s own block, after the test (`if addr != "" { cond := sync.NewCond(&mu);
  ... cond.Wait() }`): the test is not what it waits for; such a Wait is read as one not under an
  `if` (reported when the goroutine started in that block can signal before it);
- a Wait followed by a return of constants or of locals computed before it (`return 0, false`,
  `return n, nil`, also right after the `if`): the function acts on nothing after waking, its
  caller re-checks in its own loop; likewise a Wait after which the function only resets what the
  condition tests to constants, locks or unlocks, signals, and returns (`if !b.ready { b.c.Wait() };
  b.ready = false`: a one-shot barrier);
- a Wait after which every step that acts on the state tests it again first (`if len(p.buf) == 0 &&
  p.closed != nil { return 0, p.closed }`, then `for len(p.buf) > 0 { ... }`), the rest only locking,
  signalling, setting locals from constants or returning: a wake-up to a state gone again finds out;
- `Wait` inside a loop;
- `if x.f == nil { x.c.Wait() }` where the package never sets `f` back to `nil` and every
  `Signal`/`Broadcast` of `c` runs only after `f` was set (assigned, or tested non-nil, on every path
  to it): whatever wakes the waiter, the field is set then and stays set; likewise `if !x.done {
  x.c.Wait() }` where the package only ever sets `done` to `true`, and every `Signal`/`Broadcast`
  follows such a set (a one-shot "executed" latch);
- a bare `Wait` in a function that goes on to read state after it (it waits for the
  next change, whatever it is);
- a `Wait` that is its function's only statement (`func (w *T) Wait() { w.cond.Wait() }`): a
  pass-through whose callers hold the lock and check their condition.

## Fixes
- **`for` instead of `if`**, when the `if` has no `else` and holds only the `Wait`.
"""

    @staticmethod
    def _signallers(ctx: FuncContext, um, wait, name: str) -> list:
        """Where the Cond is signalled: in this declaration, else anywhere in the package (by its
        package-wide name), the first place."""
        for f in um.funcs:
            g = um.cfg(f)
            for n in (g.nodes if g is not None else ()):
                for e in um.node_effects(g, n):
                    for x in (e.inner if e.kind in (GO, DEFER) else (e,)):
                        if x.kind in (SIGNAL, BROADCAST) and x.place == wait.place:
                            return [ctx.related(x.node, f"{name} is signalled here; a Signal before the Wait is lost")]
        abstract = um.abstract_place(wait.place) if wait.place is not None else None
        if abstract is None:
            return []
        index = ctx.pkg.chan_index()
        hits = index.of(abstract, SIGNAL) or index.of(abstract, BROADCAST)
        return [ctx.related_at(h.at, f"{abstract} is signalled here; a Signal before the Wait is lost")
                for h in hits[:1]]

    @staticmethod
    def _nil_guard(cond, operand) -> bool:
        """Is the condition a nil test of the Cond (or what holds it)?"""
        if cond is None or cond.type != "binary_expression" or operand is None:
            return False
        left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
        if right is None or right.type != "nil" or left is None:
            return False
        return syntax.text(operand).startswith(syntax.text(left))

    @staticmethod
    def _resets_only(wait, block, if_stmt, fn, cond) -> bool:
        """Does everything after the Wait, to the end of the function, only reset what the condition
        tests to constants (``b.ready = false``), lock or unlock, signal, or return nothing? A one-shot wait that
        acts on nothing after waking: a spurious wake-up (another goroutine first) loses nothing here."""
        tested = {syntax.text(n) for n in [cond, *syntax.walk(cond)] if n.type in ("identifier", "selector_expression")}
        after = _after_wait(wait, block, if_stmt, fn)
        if after is None:
            return False
        for st in after:
            if st.type == "comment":
                continue
            if st.type == "return_statement" and not st.named_children:
                continue
            if st.type == "assignment_statement":
                left, right = st.child_by_field_name("left"), st.child_by_field_name("right")
                if len(left.named_children) == 1 and syntax.text(left.named_children[0]) in tested and \
                        len(right.named_children) == 1 and right.named_children[0].type in (
                            "true", "false", "nil", "int_literal", "interpreted_string_literal"):
                    continue
                return False
            if _locks_or_signals(st):
                continue
            return False
        return bool(after)

    @staticmethod
    def _rechecked(wait, block, if_stmt, fn, cond) -> bool:
        """Does everything after the Wait, to the end of the function, either test again the state the
        condition tests (an ``if`` or ``for`` whose condition reads one of its fields: ``if len(p.buf) == 0
        && p.closed != nil { return 0, p.closed }``, ``for len(p.buf) > 0 { ... }``), or act on nothing
        (lock, unlock, signal, a local set from a constant, a return of constants or locals)? A wake-up to a
        state that no longer holds then finds out and acts on nothing."""
        tested = {syntax.text(n) for n in [cond, *syntax.walk(cond)] if n.type == "selector_expression"}
        if not tested:
            return False
        after = _after_wait(wait, block, if_stmt, fn)
        if after is None:
            return False
        plain = ("int_literal", "nil", "true", "false", "interpreted_string_literal", "raw_string_literal",
                 "float_literal", "identifier", "selector_expression")
        rechecks = 0
        for st in after:
            if st.type == "comment":
                continue
            if st.type in ("if_statement", "for_statement"):
                test = st.child_by_field_name("condition") if st.type == "if_statement" else \
                    syntax.for_condition(st)
                if test is None or st.type == "if_statement" and st.child_by_field_name("initializer") is not None:
                    return False
                if not any(n.type == "selector_expression" and syntax.text(n) in tested for n in syntax.walk(test)):
                    return False
                rechecks += 1
                continue
            if st.type == "return_statement" and all(v.type in plain for v in syntax.return_values(st)):
                continue
            if st.type in ("short_var_declaration", "assignment_statement"):
                right = st.child_by_field_name("right")
                if right is not None and all(v.type in plain[:-2] and v.type != "identifier"
                                             for v in right.named_children):
                    continue   # a local or a flag set to a constant (``bp.readBlock = false``)
                return False
            if st.type == "var_declaration" and not any(
                    c.child_by_field_name("value") is not None for c in syntax.walk(st) if c.type == "var_spec"):
                continue   # ``var n int``
            if _locks_or_signals(st):
                continue
            return False
        return rechecks > 0

    @staticmethod
    def _returns_after(wait, block) -> bool:
        """Is the Wait followed, in its block, by a return of constants only (``return 0, false``,
        ``return nil``, ``return``), so nothing after it acts on the waited-for state?"""
        stmts = syntax.stmt_list(block)
        stmt = wait.parent
        idx = next((i for i, s in enumerate(stmts) if s.id == stmt.id), None) if stmt is not None else None
        if idx is None:
            return False
        if idx + 1 < len(stmts):
            nxt = stmts[idx + 1]
        else:   # the last statement of the if's body: what follows the if
            if_stmt = block.parent if block.type == "block" else None
            outer = if_stmt.parent if if_stmt is not None and if_stmt.type == "if_statement" else None
            after = [s for s in syntax.stmt_list(outer.parent if outer is not None and outer.type == "statement_list"
                                                 else None) if s.start_byte >= if_stmt.end_byte] if outer else []
            if not after:
                return False
            nxt = after[0]
        if nxt.type != "return_statement":
            return False
        # constants, or locals computed before the Wait (``return n, nil``): nothing read after waking
        plain = ("int_literal", "nil", "true", "false", "interpreted_string_literal", "raw_string_literal",
                 "float_literal", "identifier")
        vals = syntax.return_values(nxt)
        return all(v.type in plain for v in vals)

    @staticmethod
    def _unconditional(node, fn) -> bool:
        """Is ``node`` the only thing its function does besides locking and unlocking (no state read that could
        tell a wake-up already happened, no branch or loop around it)?"""
        stmt = node.parent
        body = syntax.func_body(fn)
        if stmt is None or stmt.type != "expression_statement" or body is None:
            return False
        if len(syntax.stmt_list(body)) == 1:
            return False   # a pass-through (func (w *T) Wait() { w.cond.Wait() }): its callers hold the lock and loop
        for s in syntax.stmt_list(body):
            if s.id == stmt.id:
                continue
            call = s.named_children[0] if s.type in ("expression_statement", "defer_statement") and \
                s.named_children else None
            if call is None or call.type != "call_expression" or \
                    syntax.call_name(call)[1] not in ("Lock", "Unlock", "RLock", "RUnlock"):
                return False
        return any(s.id == stmt.id for s in syntax.stmt_list(body))

    @staticmethod
    def _early_signaller(um, locks, f, wait) -> object | None:
        """The go statement of ``f``, before the bare ``wait`` in the same statement list of ``f`` (its body's,
        or a block's of it: the if's that made the Cond), whose goroutine is the only thing in the
        declaration that signals that Cond, a local one (nothing else can wake it). Its Signal may run
        before the Wait: lost."""
        stmt = wait.node.parent
        body = syntax.func_body(f.node)
        if wait.place is None or not wait.place.is_local or stmt is None or body is None or \
                stmt.type != "expression_statement" or stmt.parent is None or \
                syntax.enclosing_func(stmt) is None or syntax.enclosing_func(stmt).id != f.node.id:
            return None
        starts, signals = set(), []
        for h in um.funcs:
            gh = um.cfg(h)
            for n in (gh.nodes if gh is not None else ()):
                for x in um.node_effects(gh, n):
                    for y in (x.inner if x.kind in ("defer", "go") else (x,)):
                        if y.kind not in (SIGNAL, BROADCAST) or y.place != wait.place:
                            continue
                        gor = um.goroutine_of(h) if x.kind != "go" else None
                        if gor is None or gor.start is None or gor.parent is not f or \
                                gor.start.start_byte > wait.node.start_byte:
                            return None   # signalled elsewhere too (or later): it may wake this Wait
                        signals.append((h, y.node))
                        starts.add(gor.start)
        if len(starts) != 1:
            return None
        go = next(iter(starts))
        if go.parent is None or go.parent.id != stmt.parent.id:
            return None   # (started in another block: it may not run before this Wait)
        # the waiter holds the Cond's mutex from before the go statement to the Wait (which releases it),
        # and the goroutine signals holding it: the Signal cannot come before the Wait
        flow = locks.flow(f)
        held = set(flow.held_at(go)) & set(flow.held_at(wait.node)) if flow is not None else set()
        for h, node in signals:
            hf = locks.flow(h)
            if held and hf is not None and held & set(hf.held_at(node)):
                return None
        if all(_sleeps_first(h.node, node) for h, node in signals) and _next_statement(go, stmt):
            return None   # a timeout backstop (``time.Sleep(s.timeout); w.Signal()``) started right before the
            #               Wait: it cannot signal first unless the waiter stalls for the whole timeout
        return go

    @staticmethod
    def _set_for_good(ctx, wait, cond) -> bool:
        """``if x.f == nil { x.c.Wait() }`` where, in the package, ``x.f`` is never set back to nil and
        every Signal/Broadcast of ``c`` runs only once ``f`` is set: whatever wakes the Wait, the
        condition is false then and stays false. Likewise ``if !x.done { x.c.Wait() }`` of a bool field
        the package only ever sets to ``true``."""
        from ..model.types import base_name
        um = ctx.model
        cond = syntax.unparen(cond)
        flag = cond is not None and cond.type == "unary_expression" and \
            syntax.text(cond.child_by_field_name("operator")) == "!"
        if flag:   # ``if !x.done { x.c.Wait() }``: a flag that, once true, stays true
            left = syntax.unparen(cond.child_by_field_name("operand"))
            if left is None or left.type != "selector_expression":
                return False
        elif cond is None or cond.type != "binary_expression" or \
                syntax.text(cond.child_by_field_name("operator")) != "==":
            return False
        else:
            left, right = syntax.unparen(cond.child_by_field_name("left")), \
                syntax.unparen(cond.child_by_field_name("right"))
            if right is None or right.type != "nil" or left is None or left.type != "selector_expression":
                return False
        t = um.types.of(left.child_by_field_name("operand"))
        name = um.abstract_place(wait.place)
        if t is None or name is None:
            return False
        field = syntax.text(left.child_by_field_name("field"))
        return ctx.pkg.never_reset(base_name(t), field, flag) and ctx.pkg.signalled_when_set(name, field, flag)

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        um = ctx.model
        for f in um.funcs:
            g = um.cfg(f)
            for n in (g.nodes if g is not None else ()):
                for e in um.node_effects(g, n):
                    if e.kind != CWAIT or um.loops(e.node):
                        continue
                    stmt = e.node.parent
                    block = stmt.parent.parent if stmt is not None and stmt.parent is not None else None
                    if_stmt = block.parent if block is not None and block.type == "block" else None
                    if if_stmt is not None and _made_in(um, e.node, block):
                        if_stmt = None   # a Cond made after the test: the test is not what it waits for
                    if if_stmt is None or if_stmt.type != "if_statement" or \
                            if_stmt.child_by_field_name("consequence") != block:
                        name = syntax.text(e.node.child_by_field_name("function").child_by_field_name("operand"))
                        if self._unconditional(e.node, f.node):
                            yield ctx.finding(e.node, f"{name}.Wait() checks no condition: a Signal sent before it is "
                                                      f"lost. It then waits forever; wait in a loop on the state the "
                                                      f"signaller changes", self._signallers(ctx, um, e, name))
                            continue
                        go = self._early_signaller(um, ctx.locks, f, e)
                        if go is not None:
                            yield ctx.finding(e.node, f"{name}.Wait() may miss the goroutine's Signal and block forever. "
                                                      f"The goroutine started above can signal before the Wait, "
                                                      f"which checks no condition",
                                              [ctx.related(go.child(0), f"this goroutine signals {name}, maybe "
                                                                        f"before the Wait")])
                        continue
                    cond = if_stmt.child_by_field_name("condition")
                    operand = e.node.child_by_field_name("function").child_by_field_name("operand")
                    if self._nil_guard(cond, operand):
                        continue   # ``if c != nil { c.Wait() }``: the Cond is optional, not a condition
                    if _own_values(um, cond, f.node):
                        continue   # ``if startTime > 0 { c.Wait() }``: no goroutine changes what it tests
                    if self._returns_after(e.node, block) or self._resets_only(e.node, block, if_stmt, f.node, cond):
                        continue   # acts on nothing after waking: its caller re-checks (a loop one call up)
                    if self._rechecked(e.node, block, if_stmt, f.node, cond):
                        continue   # every step that acts after waking is under a new test of the same state
                    if _goes_back(e.node, block, if_stmt, f.node):
                        continue   # ``goto again`` to a label before the check: a loop written with goto
                    if self._set_for_good(ctx, e, cond):
                        continue   # waits for a field that, once set, stays set; every signal follows the set
                    if _barrier(um, operand, if_stmt, ctx.unit):
                        continue   # ``if v < n { c.Wait() } else { c.Broadcast() }``: the one wake-up ends it
                    fixes = ()
                    if if_stmt.child_by_field_name("alternative") is None and \
                            if_stmt.child_by_field_name("initializer") is None and len(syntax.stmt_list(block)) == 1:
                        fixes = (ctx.fix("Re-check the condition in a loop (for instead of if)",
                                         ctx.replace(if_stmt.child(0), "for"), preferred=True),)
                    name = syntax.text(e.node.child_by_field_name("function").child_by_field_name("operand"))
                    yield ctx.finding(e.node, f"{name}.Wait() under an if, not a loop. When it returns, "
                                              f"{syntax.text(cond)} may hold again (another goroutine ran first)",
                                      [ctx.related(cond, "checked once, not after waking")], fixes)


_LITERALS = frozenset({"int_literal", "float_literal", "imaginary_literal", "rune_literal", "true", "false", "nil",
                       "interpreted_string_literal", "raw_string_literal", "iota"})


def _own_values(um, cond: Node | None, fn: Node) -> bool:
    """Does the condition read only parameters and locals of the function ``fn`` that no other goroutine can
    change (not addressed, not named in a function literal), compared with constants (``startTime > 0``)?
    The Wait does not wait for it to hold: waking cannot find it false again."""
    if cond is None:
        return False
    named = False
    for n in (cond, *syntax.walk(cond)):
        if n.type in ("binary_expression", "unary_expression", "parenthesized_expression") or n.type in _LITERALS:
            continue
        if n.type != "identifier":
            return False   # (a field, a call, an index: state others may share)
        v = um.scopes.var(n)
        if v is None or v.kind not in ("param", "local") or v.func.id != fn.id or v.addressed or \
                any(a.type == "func_literal" and a.id != fn.id for r in v.refs for a in syntax.ancestors(r, fn)):
            return False
        named = True
    return named


def _made_in(um, wait: Node, block: Node) -> bool:
    """Is the Cond of ``wait`` a local declared in ``block`` itself, before the Wait (``cond :=
    sync.NewCond(&mu)`` in the if's own block)?"""
    fn = wait.child_by_field_name("function")
    operand = syntax.unparen(fn.child_by_field_name("operand")) if fn is not None else None
    v = um.scopes.var(operand) if operand is not None and operand.type == "identifier" else None
    up = v.stmt.parent if v is not None and v.stmt is not None else None
    if up is not None and up.type == "statement_list":
        up = up.parent
    return v is not None and v.kind == "local" and not v.assigned and up is not None and up.id == block.id and \
        v.stmt.end_byte <= wait.start_byte


def _barrier(um, operand, if_stmt, unit) -> bool:
    """Is the Wait a barrier's: the ``else`` of its ``if`` is the only ``Broadcast`` of a Cond local to the
    declaration, which nothing else signals or hands on (``v := n.Add(1); if v < total { c.Wait() } else {
    c.Broadcast() }``)? Its only wake-up comes once the last party arrived: the Wait cannot return early, and
    what it waited for does not come undone."""
    alt = if_stmt.child_by_field_name("alternative")
    if alt is None or operand is None or operand.type != "identifier":
        return False
    v = um.scopes.var(operand)
    if v is None or v.kind != "local" or v.assigned or v.addressed:
        return False
    name = syntax.text(operand)
    wakes = [c for c in syntax.walk(unit) if c.type == "call_expression" and
             syntax.call_name(c) in ((name, "Broadcast"), (name, "Signal"))]
    handed = [r for r in v.refs if r.parent is not None and r.parent.type in ("argument_list", "expression_list",
                                                                             "keyed_element", "literal_element")]
    return len(wakes) == 1 and syntax.call_name(wakes[0])[1] == "Broadcast" and syntax.inside(wakes[0], alt) and \
        not handed


def _goes_back(wait, block, if_stmt, fn) -> bool:
    """Does the function go, after the Wait, to a label placed before the ``if`` holding it (``again: ... if
    q.full() { q.notFull.Wait(); goto again }``, or the same ``goto`` after the ``if``, every statement
    before it running on)? The condition is then checked again after every wake-up: a loop written with
    ``goto``."""
    after = _after_wait(wait, block, if_stmt, fn) or []
    labels = set()
    for st in after:   # (the first statement that leaves: a goto in the block, or after the if, ``if
        #               !avail() { c.Wait() }; c.L.Unlock(); goto again``)
        if st.type == "goto_statement" and st.named_children:
            labels.add(syntax.text(st.named_children[0]))
            break
        if any(n.type in ("return_statement", "goto_statement", "break_statement", "continue_statement")
               for n in syntax.walk(st, skip_funcs=True)):
            break
    if not labels:
        return False
    for n in syntax.walk(fn):
        if n.type == "labeled_statement" and n.start_byte < if_stmt.start_byte:
            name = n.child_by_field_name("label")
            if name is not None and syntax.text(name) in labels:
                return True
    return False


def _after_wait(wait, block, if_stmt, fn) -> list | None:
    """The statements that run after the Wait, to the end of the function: the rest of its ``if`` block,
    then the rest of each block around it. None when a loop or a function literal is around the ``if``
    (what follows is not all that runs after it)."""
    after = [s for s in syntax.stmt_list(block) if s.start_byte > wait.end_byte]
    cur = if_stmt
    while cur is not None and cur.id != fn.id:
        if cur.parent is not None and cur.parent.type == "statement_list":
            after += [s for s in cur.parent.named_children if s.start_byte >= cur.end_byte]
        if cur.type in ("for_statement", "func_literal"):
            return None
        cur = cur.parent
    return after


def _locks_or_signals(stmt) -> bool:
    """``mu.Lock()``, ``mu.Unlock()`` (and their read forms), ``c.Signal()``, ``c.Broadcast()`` as a statement:
    a step after the Wait that reads nothing of the waited-for state."""
    call = stmt.named_children[0] if stmt.type == "expression_statement" and stmt.named_children else None
    return call is not None and call.type == "call_expression" and \
        syntax.call_name(call)[1] in ("Lock", "RLock", "Unlock", "RUnlock", "Signal", "Broadcast")


def _sleeps_first(fn: Node, signal: Node) -> bool:
    """Does the function ``fn`` (a goroutine's literal) start by sleeping a duration that is not a literal
    zero (``time.Sleep(d)``, ``<-time.After(d)``), as a statement of its body before the one holding
    ``signal``?"""
    stmts = [s for s in syntax.stmt_list(syntax.func_body(fn)) if s.type != "comment"]
    if len(stmts) < 2 or not any(syntax.inside(signal, s) for s in stmts[1:]):
        return False
    first = stmts[0]
    expr = first.named_children[0] if first.type == "expression_statement" and first.named_children else None
    if expr is not None and expr.type == "unary_expression" and syntax.text(expr).replace(" ", "").startswith("<-time.After("):
        expr = expr.named_children[-1] if expr.named_children else None
    elif expr is None or expr.type != "call_expression" or \
            syntax.text(expr.child_by_field_name("function")) != "time.Sleep":
        return False
    args = syntax.call_args(expr) if expr is not None and expr.type == "call_expression" else []
    return len(args) == 1 and syntax.text(args[0]).strip() not in ("0", "time.Duration(0)")


def _next_statement(go: Node, stmt: Node) -> bool:
    """Is ``stmt`` the statement right after ``go`` (comments aside)?"""
    nxt = go.next_named_sibling
    while nxt is not None and nxt.type == "comment":
        nxt = nxt.next_named_sibling
    return nxt is not None and nxt.id == stmt.id
