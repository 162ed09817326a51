"""GL301 lock-not-released."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding
from ..rule import FuncContext, Rule

_UNLOCK = {"Lock": "Unlock", "RLock": "RUnlock"}


class LockNotReleased(Rule):
    code = "GL301"
    name = "lock-not-released"
    summary = "A return while a mutex is held, on a path that skips its Unlock: the next Lock blocks forever."
    triggers = frozenset({"mcall"})
    fixes = ("`defer mu.Unlock()` right after the lock, removing the explicit unlocks it replaces",)
    doc = """\
A function locks a mutex and unlocks it explicitly, but one path leaves the
function with an early `return` before the `Unlock`. The mutex stays
locked: the next `Lock` anywhere blocks forever, and every goroutine that needs
the mutex piles up behind it.

goleash follows the paths from the `Lock` to each exit of the function and
reports the exit that skips the unlock, with the `Lock` and the skipped
`Unlock` as related locations.

## Bad
```go
func (c *Cache) Get(k string) (string, error) {
	c.mu.Lock()
	v, ok := c.m[k]
	if !ok {
		return "", ErrMissing // c.mu is still locked
	}
	c.mu.Unlock()
	return v, nil
}
```

## Good
```go
	c.mu.Lock()
	defer c.mu.Unlock()
```

## Stays silent
- `defer mu.Unlock()` (or a deferred closure that unlocks);
- the mutex released in every branch before its return;
- lock/unlock pair methods: a function that locks and never unlocks the mutex
  itself (`func (c *Conn) lock() { c.mu.Lock() }`) hands the lock to its caller on purpose;
- `TryLock`;
- a `return` that hands a release function to the caller (`return conn, c.releaseLocked`);
- `panic` paths: a panic while locked matters only when it is recovered, and
  assertion panics are common in correct code.

## Fixes
- **`defer mu.Unlock()`** right after the lock, removing the explicit unlocks — offered
  only when every explicit unlock comes right before the function leaves (a
  `return` or the end of the function). When an unlock is followed by more work
  (released early on purpose, before slow I/O), no fix is offered.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        for call in ctx.calls():
            recv, name = syntax.call_name(call)
            if name not in _UNLOCK or not recv:
                continue
            stmt = call.parent
            if stmt is None or stmt.type != "expression_statement" or stmt.parent is None or \
                    stmt.parent.type != "statement_list":
                continue
            fn = syntax.enclosing_func(stmt) or ctx.unit
            unlock = _UNLOCK[name]
            mine = [c for c in ctx.calls(receiver=recv) if syntax.inside(c, fn)]
            if any(syntax.call_name(c)[1] == unlock and c.start_byte > stmt.end_byte and self._deferred(c, fn)
                   for c in mine):
                continue
            unlocks = [c for c in mine if syntax.call_name(c)[1] == unlock and c.start_byte > stmt.end_byte
                       and syntax.enclosing_func(c) == fn]
            if not unlocks:
                continue  # lock handed to the caller (lock/unlock pair methods)
            relocks = [c for c in mine if syntax.call_name(c)[1] in _UNLOCK and c.start_byte > stmt.end_byte
                       and syntax.enclosing_func(c) == fn]
            exit_node = self._skipping_exit(ctx, stmt, fn, unlocks, relocks)
            if exit_node is None:
                continue
            blocked = f"{recv}.Lock()" + (" (any writer)" if name == "RLock" else "")
            msg = (f"return while {recv} is locked: {recv}.{unlock}() is skipped on this path, and the next "
                   f"{blocked} blocks forever")
            related = [ctx.related(call, f"{recv} is locked here"),
                       ctx.related(unlocks[0], f"the {recv}.{unlock}() this path skips")]
            yield ctx.finding(exit_node, msg, related, self._fix(ctx, stmt, fn, recv, unlock, unlocks, relocks))

    @staticmethod
    def _deferred(call: Node, fn: Node) -> bool:
        for p in syntax.ancestors(call, fn):
            if p.type == "defer_statement":
                return True
        return False

    @staticmethod
    def _skipping_exit(ctx: FuncContext, stmt: Node, fn: Node, unlocks: list[Node], relocks: list[Node]):
        """A return after the lock, in its block, that no unlock reaches on its path."""
        block = stmt.parent
        next_relock = min((c.start_byte for c in relocks), default=None)
        for n in syntax.walk(block, skip_funcs=True):
            if n.start_byte <= stmt.end_byte or n.type != "return_statement":
                continue
            if next_relock is not None and n.start_byte >= next_relock:
                break  # a later Lock/RLock starts another critical section
            if any(syntax.inside(u, n) for u in unlocks) or syntax.guaranteed_before(unlocks, n, fn):
                continue
            if any(w in syntax.text(n).lower() for w in ("unlock", "release")):
                continue  # hands a release func to the caller: the lock is held on purpose
            return n
        return None

    @staticmethod
    def _fix(ctx: FuncContext, stmt: Node, fn: Node, recv: str, unlock: str, unlocks: list[Node],
             relocks: list[Node]):
        if relocks:
            return ()
        body = syntax.func_body(fn)
        stmts = []
        for u in unlocks:
            s = u.parent
            if s is None or s.type != "expression_statement" or s.parent is None or s.parent.type != "statement_list":
                return ()
            nxt = s.next_named_sibling
            while nxt is not None and nxt.type == "comment":
                nxt = nxt.next_named_sibling
            at_end = nxt is None and s.parent.parent == body
            if not (at_end or (nxt is not None and nxt.type == "return_statement")):
                return ()  # released before more work: keep the early unlock
            stmts.append(s)
        edits = [ctx.insert_line_after(stmt, f"defer {recv}.{unlock}()")] + [ctx.delete_line(s) for s in stmts]
        return (ctx.fix(f"defer {recv}.{unlock}() right after the lock", *edits, preferred=True),)
