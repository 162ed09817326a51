"""GL105 time-after-in-loop."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding, Severity
from ..rule import FuncContext, Rule


class TimeAfterInLoop(Rule):
    code = "GL105"
    name = "time-after-in-loop"
    severity = Severity.INFORMATION
    summary = "time.After in a select loop creates a timer per iteration that lives until it fires (Go before 1.23)."
    triggers = frozenset({"select"})
    go_versions = ((1, 0), (1, 23))
    fixes = ("hoist a `time.NewTimer` out of the loop and `Reset` it each iteration",)
    doc = """\
`case <-time.After(d):` inside a `for`/`select` loop creates a new timer on
every iteration. Before Go 1.23 a timer is not collected until it fires, so a
loop that turns quickly (a busy channel) with a long `d` piles up thousands of
live timers: memory and timer-heap work that grow with the traffic.

Applies when the module's `go` directive is below 1.23.

## Bad
```go
	for {
		select {
		case msg := <-in:
			handle(msg)
		case <-time.After(time.Minute):
			return errIdle
		}
	}
```

## Good
```go
	timer := time.NewTimer(time.Minute)
	defer timer.Stop()
	for {
		if !timer.Stop() {
			select {
			case <-timer.C:
			default:
			}
		}
		timer.Reset(time.Minute)
		select {
		case msg := <-in:
			handle(msg)
		case <-timer.C:
			return errIdle
		}
	}
```

## Stays silent
- `time.After` outside loops, or in a loop without `select`;
- selects whose other cases end the loop (also a `break out` of a loop around it, or by falling out of
  the select into statements that leave it: `case err = <-errc:` then `break` after the select, or by
  setting a flag the loop tests after the select before anything else can turn it again: `case <-c.closed:
  last = true` then `if last { return }`, also at the top of the next turn of a `for {` whose body starts
  with the work and then the test, `for { upload(); if last { return }; select {...} }`, or in the
  loop's condition, `for !done { ...; select { case <-removed: done = true; case <-time.After(d): } }`,
  the flag set nowhere in the body but to `true`) or are done/cancel
  cases (the timer case is then the normal wake-up, and each timer fires before the next is made), or
  receive the turn's own result, from a channel made in the loop's body (`result := make(chan error, 1);
  go func() { result <- run(name) }()`): the loop turns once per piece of work, not per message;
- a loop that turns a constant number of times at most through the case that keeps it going: the case
  counts down first (`i--; if i == 0 { break outer }`, `i := handshakeTolerance` set before the loop to a
  literal or a constant and changed nowhere else), so each call leaves a fixed number of timers;
- a constant duration of at most 10 ms (`time.After(time.Millisecond)`, `5 * time.Millisecond`): each
  timer fires and is freed before many more are made;
- a select after which every path leaves the loop (`case <-closeC: select { case <-pool: case
  <-time.After(d): }; return`): the loop makes one timer at most;
- test code: test files, and test helpers in other files (a function with a `*testing.T`-like parameter,
  go-testing-interface's `testing.T` among them, or a testify `*suite.Suite` one, and the closures in it;
  a method of a package type that embeds a `*testing.T`, `type SignalTester struct{ *testing.T; ... }`;
  a package only the module's tests import, or that nothing imports and its own tests drive: an
  integration-test harness);
- modules on Go 1.23 or newer.

## Fixes
- **Hoist a timer**: `time.NewTimer` + `defer Stop()` before the loop, a stop-drain-`Reset`
  before the select, `timer.C` in the case. Offered when the duration does not
  depend on variables of the loop and the loop is not itself inside a loop.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        for call in ctx.calls(receiver="time", method="After"):
            comm = call.parent
            if comm is None or comm.type != "unary_expression":
                continue
            case = syntax.enclosing_select_case(comm)
            if case is None:
                continue
            select = case.parent
            fn = syntax.enclosing_func(select) or ctx.unit
            loops = syntax.loops_between(select, fn)
            if not loops:
                continue
            loop = loops[0]
            if ctx.test_code(call) or not self._other_case_continues(ctx, case, loop) or _leaves_after(select, loop) or \
                    (ctx.pkg is not None and ctx.pkg.test_only_package()):
                continue
            if _brief(call):
                continue   # ``time.After(time.Millisecond)``: each timer fires, and is freed, almost at once
            yield ctx.finding(call, "time.After in this loop starts a new timer every iteration. Before Go 1.23 "
                                    "each stays in memory until it fires", [ctx.related(loop.child(0), "the loop")],
                              self._fix(ctx, call, select, loop, fn))

    @staticmethod
    def _other_case_continues(ctx: FuncContext, case: Node, loop: Node) -> bool:
        """Another case (not a Done/cancel case, nor the receive of this turn's own result) can win and keep
        looping, leaving the timer pending."""
        for other in case.parent.named_children:
            if other.type != "communication_case" or other == case:
                continue
            comm = other.child_by_field_name("communication")
            t = syntax.text(comm) if comm is not None else ""
            if ".Done()" in t or "done" in t.lower() or "quit" in t.lower() or "stop" in t.lower():
                continue
            if _turn_result(ctx, comm, loop):
                continue   # ``c1 := make(chan error); go run(c1)`` this turn: the loop turns as fast as the work
            body = [c for c in other.named_children if c.type != "comment"][1:]
            if _always_leaves(body, loop):
                continue
            if _counts_down(ctx, body, loop):
                continue   # ``i--; if i == 0 { break loop }`` of ``i := tolerance``: a constant number of turns
            if not any(_jumps(x) for x in body) and _after_leaves(case.parent, loop):
                continue   # it falls out of the select into statements that leave the loop (``break``)
            if _sets_exit_flag(body, case.parent, loop):
                continue   # ``closed = true``, then ``if closed { return }`` after the select: this turn is the last
            return True   # some path of this case keeps looping (an exit on another path does not help)
        return False

    @staticmethod
    def _fix(ctx: FuncContext, call: Node, select: Node, loop: Node, fn: Node):
        args = syntax.call_args(call)
        if len(args) != 1 or len(syntax.loops_between(loop, fn)) > 0 or loop.parent is None or \
                loop.parent.type != "statement_list" or select.parent is None or \
                select.parent.type != "statement_list":
            return ()
        loop_body = loop.child_by_field_name("body")
        declared = set()
        for n in syntax.walk(loop):
            if n.type in ("short_var_declaration", "var_declaration"):
                declared.update(syntax.text(x) for x in syntax.declared_names(n))
            if n.type == "range_clause" and n.child_by_field_name("left") is not None:
                declared.update(syntax.text(x) for x in n.child_by_field_name("left").named_children)
        if any(i.type == "identifier" and syntax.text(i) in declared for i in syntax.walk(args[0])) or loop_body is None:
            return ()
        if len([c for c in ctx.calls(receiver="time", method="After") if syntax.inside(c, loop)]) != 1:
            return ()
        d = syntax.text(args[0])
        tm = syntax.unique_name("timer", fn)
        ind = ctx.indent(select)
        drain = (f"if !{tm}.Stop() {{\n{ind}\tselect {{\n{ind}\tcase <-{tm}.C:\n{ind}\tdefault:\n{ind}\t}}\n{ind}}}\n"
                 f"{ind}{tm}.Reset({d})")
        return (ctx.fix(f"Reuse one timer ({tm}) across iterations",
                        ctx.insert_line_before(loop, f"{tm} := time.NewTimer({d})\n{ctx.indent(loop)}defer {tm}.Stop()"),
                        ctx.insert_line_before(select, drain),
                        ctx.replace(call, f"{tm}.C"), preferred=True),)


def _counts_down(ctx: FuncContext, body: list[Node], loop: Node) -> bool:
    """Does the case count the loop's turns down to a constant bound first: ``i--`` then ``if i == 0 {`` (or
    ``i <= 0``) leaving the loop, with ``i`` a local set before the loop to a literal or a constant (``i :=
    handshakeMsgTolerance``) and changed nowhere else? The loop then turns a fixed number of times at most
    through this case: its timers are few, whatever the wait."""
    stmts = [st for b in body for st in (syntax.stmt_list(b) if b.type == "statement_list" else [b])
             if st.type != "comment"]
    if len(stmts) < 2 or stmts[0].type != "dec_statement" or stmts[1].type != "if_statement":
        return False
    name = syntax.text(stmts[0].named_children[0]) if stmts[0].named_children else ""
    cond = " ".join(syntax.text(stmts[1].child_by_field_name("condition")).split())
    then = stmts[1].child_by_field_name("consequence")
    if not name.isidentifier() or cond not in (f"{name} == 0", f"{name} <= 0") or then is None or \
            not syntax.contains_exit(then, loop):
        return False
    # set once before the loop, to a literal or a constant; changed in the loop only by this decrement
    at = loop.parent if loop.parent is not None and loop.parent.type == "labeled_statement" else loop
    decl = next((st for st in (at.parent.named_children if at.parent is not None else ())
                 if st.end_byte <= at.start_byte and st.type == "short_var_declaration" and
                 [syntax.text(x) for x in st.child_by_field_name("left").named_children] == [name]), None)
    value = decl.child_by_field_name("right").named_children if decl is not None else []
    if len(value) != 1 or not (value[0].type == "int_literal" or (
            value[0].type == "identifier" and ctx.pkg is not None and ctx.pkg.is_const(syntax.text(value[0])))):
        return False
    for n in syntax.walk(loop):
        if n.type in ("inc_statement", "dec_statement", "assignment_statement") and n.id != stmts[0].id:
            target = n.named_children[0] if n.type != "assignment_statement" else n.child_by_field_name("left")
            if name in {syntax.text(x) for x in ([target] if n.type != "assignment_statement" else target.named_children)}:
                return False
    return True


def _sets_exit_flag(body: list[Node], select: Node, loop: Node) -> bool:
    """Does the case only set a local flag (``closed = true``) that the statements after ``select`` in the
    loop's body test first thing that could turn the loop again, leaving it (``if closed { return }``, with
    nothing before it that ``continue``s)? The turn the case wins is then the loop's last."""
    stmts = [st for b in body for st in (syntax.stmt_list(b) if b.type == "statement_list" else [b])
             if st.type != "comment"]
    flags = set()
    for st in stmts:
        left, right = st.child_by_field_name("left"), st.child_by_field_name("right")
        if st.type == "expression_statement" and st.named_children and \
                st.named_children[0].type == "call_expression" and not _jumps(st):
            continue   # (``log.Info("terminating on next pass")`` beside the flag)
        if st.type != "assignment_statement" or left is None or right is None or \
                [syntax.text(x) for x in right.named_children] != ["true"] or len(left.named_children) != 1 or \
                left.named_children[0].type != "identifier":
            return False
        flags.add(syntax.text(left.named_children[0]))
    if not flags:
        return False

    def decides(xs) -> bool | None:
        for x in xs:
            cond = syntax.unparen(x.child_by_field_name("condition")) if x.type == "if_statement" else None
            cons = x.child_by_field_name("consequence") if cond is not None else None
            if cond is not None and cond.type == "identifier" and syntax.text(cond) in flags and \
                    x.child_by_field_name("initializer") is None and cons is not None and \
                    _always_leaves([cons], loop):
                return True
            if _jumps(x) or any(n.type == "assignment_statement" and syntax.text(n).split("=")[0].strip() in flags
                                for n in [x, *syntax.walk(x, skip_funcs=True)]):
                return False   # (a ``continue`` first, or the flag cleared: another turn may come)
        return None

    body = loop.child_by_field_name("body")
    if _loop_tests_flag(loop, flags, body):
        return True
    for block, stmts_after, st in syntax.around(select, loop):
        got = decides(y for y in stmts_after if y.start_byte > st.start_byte and y.type != "comment")
        if got is None and body is not None and block.id == body.id and \
                not any(c.type == "for_clause" for c in loop.named_children):
            # the next turn starts over at the top of the body (``for { work(); if closing { return }; select
            # {...} }``); a ``for cond {`` may leave first, a clause's post statement runs in between
            got = decides(y for y in stmts_after if y.start_byte < st.start_byte and y.type != "comment")
        return bool(got)
    return False


def _loop_tests_flag(loop: Node, flags: set[str], body: Node | None) -> bool:
    """Is ``loop`` a ``for !done {`` (or an ``&&`` chain with such a term) whose body sets the flags only to
    ``true``, with no ``goto``? Once a case sets one, the condition ends the loop before another turn:
    however the turn goes on (a ``continue`` too), the next thing the loop does is test it."""
    cond = syntax.for_condition(loop) if not any(c.type == "for_clause" for c in loop.named_children) else None
    tested = {syntax.text(syntax.unparen(c.child_by_field_name("operand")))
              for c in syntax.conjuncts(cond) if c.type == "unary_expression" and
              syntax.text(c.child_by_field_name("operator")) == "!"} if cond is not None else set()
    if body is None or not flags & tested:
        return False
    for n in syntax.walk(body):
        if n.type == "goto_statement":
            return False
        if n.type in ("assignment_statement", "short_var_declaration"):
            left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
            names = [syntax.text(x) for x in (left.named_children if left is not None else [])]
            values = [syntax.text(x) for x in (right.named_children if right is not None else [])]
            if any(name in flags & tested and (n.type == "short_var_declaration" or i >= len(values) or
                                               values[i] != "true") for i, name in enumerate(names)):
                return False   # (the flag cleared, or a new one declared in the body)
    return True


def _jumps(node: Node) -> bool:
    """Is ``node`` (or a statement in it, outside nested loops and literals) a ``continue`` or ``goto``?"""
    if node.type in ("continue_statement", "goto_statement"):
        return True
    return any(n.type in ("continue_statement", "goto_statement") and
               not any(a.type == "for_statement" for a in syntax.ancestors(n, node) if a.id != node.id)
               for n in syntax.walk(node, skip_funcs=True))


def _leaves_after(select: Node, loop: Node) -> bool:
    """Does every path leave ``loop`` once ``select`` is done (``case <-closeC: select {...}; return``)?
    Then the loop runs it once at most: one timer, not one per turn. (Not when a case of it goes on
    with the loop, ``case <-hello: continue``: the statements after it do not run then.)"""
    return not _jumps(select) and _after_leaves(select, loop)


def _after_leaves(select: Node, loop: Node) -> bool:
    """Do the statements that follow ``select`` in the loop's body leave the loop on every path (``select
    {...}; break``)?"""
    for _block, stmts, st in syntax.around(select, loop):
        after = [x for x in stmts if x.start_byte > st.start_byte and x.type != "comment"]
        if _always_leaves(after, loop):
            return True
        if any(_jumps(x) for x in after):
            return False   # (``continue reconnect`` after it: the next turn, not what follows)
    return False


_BRIEF_NS = 10_000_000   # 10 ms


def _brief(call: Node) -> bool:
    """Is the duration of ``time.After(d)`` a constant of at most 10 ms (``time.Millisecond``, ``5 *
    time.Millisecond``, ``time.Microsecond * 100``)? Such a timer fires and is freed before many more can
    be made: the timers alive at once stay few whatever the traffic."""
    args = syntax.call_args(call)
    ns = syntax.const_duration(args[0]) if len(args) == 1 else None
    return ns is not None and 0 <= ns <= _BRIEF_NS


def _always_leaves(stmts: list[Node], loop: Node) -> bool:
    """Does every path through these statements leave ``loop`` (return, panic, a break out of it)?"""
    for st in stmts:
        if st.type == "statement_list":
            if _always_leaves(list(st.named_children), loop):
                return True
            continue
        if syntax.is_terminating(st):
            return True
        if st.type == "break_statement" and _breaks_loop(st, loop):
            return True
        if st.type == "block" and _always_leaves(list(st.named_children), loop):
            return True
        if st.type == "if_statement":
            cons, alt = st.child_by_field_name("consequence"), st.child_by_field_name("alternative")
            if cons is not None and alt is not None and _always_leaves([cons], loop) and _always_leaves([alt], loop):
                return True
        if _jumps(st):
            return False   # (``if more { continue wait }`` before the break: that path goes round again)
    return False


def _breaks_loop(brk: Node, loop: Node) -> bool:
    """Does the ``break`` leave ``loop``: its target (:func:`syntax.break_target`) is the loop, or a loop
    around it (``break out``)?"""
    target = syntax.break_target(brk)
    return target is not None and (target.id == loop.id or syntax.inside(loop, target))


def _turn_result(ctx: FuncContext, comm: Node | None, loop: Node) -> bool:
    """Is ``comm`` a receive from a channel made in the body of ``loop`` (``c1 := make(chan error)``, a
    goroutine of the turn sending its result): each turn waits for its own work, not for traffic, so the
    loop makes one timer per piece of work it waits for?"""
    expr = comm.child_by_field_name("right") if comm is not None and comm.type == "receive_statement" else comm
    expr = syntax.unparen(expr) if expr is not None else None
    if expr is None or expr.type != "unary_expression" or syntax.text(expr.child_by_field_name("operator")) != "<-":
        return False
    chan = syntax.unparen(expr.child_by_field_name("operand"))
    v = ctx.model.scopes.var(chan) if chan is not None and chan.type == "identifier" else None
    made = syntax.unparen(v.value) if v is not None and v.kind == "local" and v.value is not None and \
        not v.assigned else None
    body = loop.child_by_field_name("body")
    return made is not None and made.type == "call_expression" and \
        syntax.text(made.child_by_field_name("function")) == "make" and body is not None and \
        syntax.inside(v.stmt, body)
