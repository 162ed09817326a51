"""GL302 double-lock."""

from __future__ import annotations

from collections.abc import Iterator

from .. import syntax
from ..findings import Finding
from ..model.sync import LOCKS, held_at, lock_events, receiver
from ..rule import FuncContext, Rule


class DoubleLock(Rule):
    code = "GL302"
    name = "double-lock"
    summary = "A mutex locked again while this goroutine holds it (directly or through a method): it deadlocks."
    triggers = frozenset({"mcall"})
    doc = """\
Go mutexes are not reentrant. Locking a mutex that the same goroutine already
holds blocks forever — whether the second `Lock` is in the same function, or
in a method of the same receiver that it calls (`Get` locks `c.mu`, then calls
`c.refresh()`, which locks `c.mu` again). Upgrading a read lock (`RLock`, then
`Lock`) deadlocks the same way.

goleash follows calls to methods of the same receiver type anywhere in the
package and names the call chain in the related locations.

## Bad
```go
func (c *Cache) Get(k string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stale() {
		c.refresh() // refresh locks c.mu too: deadlock
	}
	return c.m[k]
}

func (c *Cache) refresh() {
	c.mu.Lock()
	defer c.mu.Unlock()
	// ...
}
```

## Good
Split a `refreshLocked` that expects the lock to be held, and call that.

## Stays silent
- `RLock` while holding `RLock` (shared read locks);
- a mutex that another goroutine or closure of the function unlocks (a semaphore:
  the second `Lock` waits for it on purpose);
- methods whose first operation on the mutex is an unlock (`...Locked` helpers that
  expect the caller to hold it);
- an unlock between the two locks; locks in branches that cannot both run;
- methods of other receivers, and functions of other packages.
"""

    def summarize(self, ctx: FuncContext) -> dict[str, list] | None:
        recv = receiver(ctx.unit)
        if recv is None:
            return None
        name, typ = recv
        locks, seen = [], set()
        for e in lock_events(ctx, ctx.unit):
            if not e.target.startswith(name + ".") or e.target in seen:
                continue
            seen.add(e.target)  # only the first event on each mutex tells what the method expects
            if e.kind in LOCKS and not e.deferred:
                locks.append((typ, ctx.func_name, e.target[len(name) + 1:], e.kind))
        return {"method-locks": locks} if locks else None

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        fns = [ctx.unit] + [n for n in syntax.walk(ctx.unit) if n.type == "func_literal"]
        recv = receiver(ctx.unit)
        method_locks = {}
        for typ, m, path, kind in ctx.package.get("method-locks"):
            method_locks.setdefault((typ, m), []).append((path, kind))
        # a mutex released by another goroutine or closure is used as a semaphore: locking twice waits for it
        unlocks = [c for c in ctx.calls() if syntax.call_name(c)[1] in ("Unlock", "RUnlock")]
        for fn in fns:
            released_elsewhere = {syntax.call_name(c)[0] for c in unlocks if syntax.enclosing_func(c) != fn}
            events = lock_events(ctx, fn)
            for e in events:
                if e.kind not in LOCKS or e.deferred or e.target in released_elsewhere:
                    continue
                held = held_at(events, e.call).get(e.target)
                if held is None or (held.kind == "RLock" and e.kind == "RLock"):
                    continue
                what = "upgraded from a read lock" if held.kind == "RLock" else "locked again"
                yield ctx.finding(e.call, f"{e.target} is {what} while this goroutine holds it: mutexes are not "
                                          f"reentrant, so this call blocks forever",
                                  [ctx.related(held.call, f"{e.target} is locked here")])
            if recv is None or fn != ctx.unit:
                continue
            rname, rtype = recv
            for c in ctx.calls(receiver=rname):
                m = syntax.call_name(c)[1]
                if syntax.enclosing_func(c) != fn or (rtype, m) not in method_locks:
                    continue
                held = held_at(events, c)
                for path, kind in method_locks[(rtype, m)]:
                    h = held.get(f"{rname}.{path}")
                    if h is None or (h.kind == "RLock" and kind == "RLock"):
                        continue
                    yield ctx.finding(c, f"{rname}.{m}() locks {rname}.{path} again while it is held here: "
                                         f"the call blocks forever",
                                      [ctx.related(h.call, f"{rname}.{path} is locked here"),
                                       ctx.related(c, f"{rname}.{m}() calls {rname}.{path}.{kind}()")])
                    break
