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
- a comment between the two calls or in the four lines above them (a documented barrier);
- test files (they exercise locks for their own sake);
- anything between the two calls;
- a Lock of a mutex already held there (that is GL302's deadlock).
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
            if fn.id not in events:
                events[fn.id] = lock_events(ctx, fn)
            if recv in held_at(events[fn.id], call):
                continue  # locking a held mutex: GL302's deadlock, not an empty section
            yield ctx.finding(call, f"empty critical section on {recv}: it protects nothing. {recv}.{name}() is "
                                    f"followed at once by {recv}.{syntax.call_name(nc)[1]}()",
                              [ctx.related(nc, "released here, before any guarded code")], end=nc)
