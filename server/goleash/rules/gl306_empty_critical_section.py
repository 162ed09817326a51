"""GL306 empty-critical-section."""

from __future__ import annotations

from collections.abc import Iterator

from .. import syntax
from ..findings import Finding, Severity
from ..model.sync import held_at, lock_events
from ..rule import FuncContext, Rule

_PAIRS = {("Lock", "Unlock"), ("RLock", "RUnlock")}


class EmptyCriticalSection(Rule):
    code = "GL306"
    linters = frozenset({"staticcheck", "SA2001"})
    name = "empty-critical-section"
    severity = Severity.INFORMATION
    summary = "Lock immediately followed by Unlock protects nothing: a forgotten body, or a barrier that needs a comment."
    triggers = frozenset({"mcall"})
    methods = frozenset({"Lock", "RLock"})   # a Lock directly followed by its Unlock
    doc = """\
`mu.Lock()` directly followed by `mu.Unlock()` guards no code. Most often the
body of the critical section was lost in an edit, and the data it should
protect is now accessed without the lock. Sometimes it is a deliberate barrier
("wait until whoever holds mu is done"): then say so in a comment, which
silences this rule. (anchor: staticcheck SA2001)

## Bad
```go
	c.mu.Lock()
	c.mu.Unlock()
	c.count++
```

## Good
```go
	c.mu.Lock()
	c.count++
	c.mu.Unlock()
```

## Stays silent
- a comment between the two calls or in the four lines above them (a documented barrier), or a
  comment at a local mutex's declaration that calls it a barrier;
- test files (they exercise locks for their own sake);
- anything between the two calls;
- a mutex field the package hands over: some function unlocks a field of that name without locking it
  (`un.wait.Unlock()` in a callback, `un.wait.Lock(); un.wait.Unlock()` in the waiter): the pair waits
  for that release;
- a Lock of a mutex already held there (that is GL302's deadlock);
- a function (a declared one, not a literal) that is the barrier: the pair comes first in its body (after `if ... { return }`
  guards and other such pairs at most), nothing in the function touches the data of the mutex's owner (`x.f` for
  `x.mu`, other than another mutex's `Lock`/`Unlock`, a method call `x.m()` or `x.part.m()`, or a nil test
  of a part before such a call: `if r.fwd != nil { r.fwd.probeLocks() }`), and either the
  function has a doc comment (`// ProbeLocks acquires and releases the tracker's mutexes.`) or its
  body holds nothing but such pairs and guards.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        if ctx.is_test_file:
            return  # tests exercise locks for their own sake
        events: dict = {}
        for call in ctx.calls():
            recv, name = syntax.call_name(call)
            if name not in ("Lock", "RLock") or not recv:
                continue
            stmt = call.parent
            if stmt is None or stmt.type != "expression_statement":
                continue
            nxt = stmt.next_sibling
            if nxt is not None and nxt.type == "comment" and \
                    ctx.source.count(b"\n", stmt.end_byte, nxt.start_byte) == 0:
                nxt = nxt.next_sibling  # a comment trailing the Lock line is not an explanation
            if nxt is None or nxt.type != "expression_statement" or not nxt.named_children:
                continue  # includes a comment in between
            nc = nxt.named_children[0]
            if nc.type != "call_expression" or syntax.call_name(nc)[0] != recv or \
                    (name, syntax.call_name(nc)[1]) not in _PAIRS:
                continue
            start = syntax.line_start(ctx.source, stmt.start_byte)
            fn = syntax.enclosing_func(stmt) or ctx.unit
            body = syntax.func_body(fn) or fn
            above = syntax.lines_above(ctx.source, start, 4, floor=body.start_byte)
            if any(l.strip().startswith((b"//", b"/*")) for l in above):
                continue  # a comment just above explains the barrier
            if _declared_barrier(ctx, call):
                continue  # the mutex's declaration says it serves as a barrier
            if _barrier(ctx, stmt, fn, recv):
                continue  # the function is the barrier (``ProbeLocks``), and says so or does nothing else
            field = recv.rpartition(".")[2]
            if "." in recv and ctx.pkg is not None and field.isidentifier() and ctx.pkg.released_unheld(field):
                continue  # a handed-over lock (released by a function that does not take it): a wait for that release
            if fn.id not in events:
                events[fn.id] = lock_events(ctx, fn)
            if recv in held_at(events[fn.id], call):
                continue  # locking a held mutex: GL302's deadlock, not an empty section
            yield ctx.finding(call, f"empty critical section on {recv}: it protects nothing. {recv}.{name}() is "
                                    f"followed at once by {recv}.{syntax.call_name(nc)[1]}()",
                              [ctx.related(nc, "released here, before any guarded code")], end=nc)


def _declared_barrier(ctx: FuncContext, call) -> bool:
    """Is the mutex a local variable whose declaration's comment (the comment lines right above it, or
    at its end) calls it a barrier (``// the loop Lock/Unlocks as a barrier before swapping the job``
    above ``runMu := new(sync.Mutex)``)?"""
    fn = call.child_by_field_name("function")
    operand = fn.child_by_field_name("operand") if fn is not None and fn.type == "selector_expression" else None
    if operand is None or operand.type != "identifier":
        return False
    v = ctx.model.scopes.var(operand)
    if v is None or v.stmt is None or v.kind != "local":
        return False
    src = ctx.source
    start = syntax.line_start(src, v.stmt.start_byte)
    end = src.find(b"\n", v.stmt.end_byte)
    lines = [src[v.stmt.start_byte:end if end >= 0 else len(src)]]
    for line in reversed(syntax.lines_above(src, start, 12, floor=0)):
        if not line.strip().startswith(b"//"):
            break
        lines.append(line)
    return any(b"barrier" in line.lower() and b"//" in line for line in lines)


_MUTEX_OPS = frozenset({"Lock", "Unlock", "RLock", "RUnlock", "TryLock", "TryRLock"})


def _barrier(ctx: FuncContext, stmt, fn, recv: str) -> bool:
    """Is the function around the pair at ``stmt`` itself a barrier (``func (t *T) ProbeLocks() {
    t.mu.Lock(); t.mu.Unlock() }``)? The pair opens its body (after guards that return and other such
    pairs), nothing in it
    touches the data of the mutex's owner, and it has a doc comment or holds nothing but such pairs
    and guards."""
    if fn.type not in ("function_declaration", "method_declaration"):
        return False   # (a literal is a piece of its function, not a barrier of its own)
    body = syntax.func_body(fn)
    if body is None or stmt.parent is None or stmt.parent.id != _stmts_parent(body).id:
        return False
    stmts = syntax.stmt_list(body)
    i = next((k for k, s in enumerate(stmts) if s.id == stmt.id), None)
    if i is None or not all(_guard(s) or _mutex_op(s) for s in stmts[:i]):
        return False
    owner = recv.rpartition(".")[0]
    if owner and _touches_data(body, owner):
        return False
    rest_plain = all(_guard(s) or _mutex_op(s) for s in stmts)
    if not owner:
        return rest_plain
    prev = fn.prev_sibling
    documented = fn.type in ("function_declaration", "method_declaration") and prev is not None and \
        prev.type == "comment" and ctx.source.count(b"\n", prev.end_byte, fn.start_byte) <= 1
    return documented or rest_plain


def _stmts_parent(body):
    """The node whose children are the body's statements (the block's statement list, or the block)."""
    return next((c for c in body.named_children if c.type == "statement_list"), body)


def _guard(s) -> bool:
    """``if cond { return }`` with no else."""
    if s.type != "if_statement" or s.child_by_field_name("alternative") is not None:
        return False
    inner = syntax.stmt_list(s.child_by_field_name("consequence"))
    return len(inner) == 1 and inner[0].type == "return_statement" and not inner[0].named_children


def _mutex_op(s) -> bool:
    """``x.mu.Lock()`` (or Unlock, RLock...) as a statement."""
    call = s.named_children[0] if s.type == "expression_statement" and s.named_children else None
    return call is not None and call.type == "call_expression" and syntax.call_name(call)[1] in _MUTEX_OPS


def _touches_data(body, owner: str) -> bool:
    """Does anything in ``body`` read or write a field of ``owner`` other than a mutex it locks or
    unlocks (``owner.mu.Lock()``) or a method it calls (``owner.m()``)?"""
    for n in syntax.walk(body):
        if n.type != "selector_expression" or syntax.text(n.child_by_field_name("operand")) != owner:
            continue
        p = n.parent
        if p is not None and p.type == "call_expression" and p.child_by_field_name("function").id == n.id:
            continue   # owner.m(): a method call
        if p is not None and p.type == "selector_expression" and p.parent is not None and \
                p.parent.type == "call_expression" and syntax.text(p.child_by_field_name("field")) in _MUTEX_OPS:
            continue   # owner.mu.Lock()
        if p is not None and p.type == "selector_expression" and p.parent is not None and \
                p.parent.type == "call_expression" and p.parent.child_by_field_name("function").id == p.id:
            continue   # owner.f.m(): the call handed on to a part (``r.forwarder.probeLocks()``)
        if p is not None and p.type == "binary_expression" and \
                syntax.text(p.child_by_field_name("operator")) in ("==", "!=") and \
                p.child_by_field_name("right") is not None and p.child_by_field_name("right").type == "nil":
            continue   # owner.f != nil: whether there is a part to hand it on to
        return True
    return False
