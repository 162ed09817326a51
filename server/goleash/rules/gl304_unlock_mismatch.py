"""GL304 unlock-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from .. import syntax
from ..findings import Finding
from ..rule import FuncContext, Rule

_RIGHT = {"Lock": "Unlock", "RLock": "RUnlock"}
_WRONG = {"Lock": "RUnlock", "RLock": "Unlock"}


class UnlockMismatch(Rule):
    code = "GL304"
    name = "unlock-mismatch"
    summary = "RLock released with Unlock, or Lock with RUnlock: a fatal error or a lock that is never released."
    triggers = frozenset({"mcall"})
    fixes = ("use the matching unlock",)
    doc = """\
An `RWMutex` read lock must be released with `RUnlock`, a write lock with
`Unlock`. `RLock` + `Unlock` and `Lock` + `RUnlock` crash the program ("fatal
error: sync: Unlock of unlocked RWMutex" / "RUnlock of unlocked RWMutex") — a
fatal error, not a recoverable panic.

## Bad
```go
	c.mu.RLock()
	defer c.mu.Unlock()
```

## Good
```go
	c.mu.RLock()
	defer c.mu.RUnlock()
```

## Stays silent
- functions that take both kinds of lock on the same mutex (goleash does not guess
  which unlock belongs to which lock);
- test files (they provoke the fatal error on purpose).

## Fixes
- **Use the matching unlock.**
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        if ctx.is_test_file:
            return  # tests provoke the fatal error on purpose
        calls = ctx.calls()
        by_fn: dict[tuple[int, str], list] = {}
        for c in calls:
            recv, name = syntax.call_name(c)
            if recv and name in ("Lock", "RLock", "Unlock", "RUnlock"):
                fn = syntax.enclosing_func(c) or ctx.unit
                by_fn.setdefault((fn.id, recv), []).append((name, c))
        for (_, recv), ops in by_fn.items():
            kinds = {n for n, _ in ops}
            for lock in ("Lock", "RLock"):
                other = "RLock" if lock == "Lock" else "Lock"
                if lock not in kinds or other in kinds or _RIGHT[lock] in kinds or _WRONG[lock] not in kinds:
                    continue
                locked = next(c for n, c in ops if n == lock)
                for n, c in ops:
                    if n != _WRONG[lock]:
                        continue
                    field = c.child_by_field_name("function").child_by_field_name("field")
                    yield ctx.finding(c, f"{recv}.{n}() releases a lock taken with {recv}.{lock}(): the program "
                                         f"dies with a fatal error (\"sync: {n} of unlocked RWMutex\")",
                                      [ctx.related(locked, f"{recv}.{lock}() here")],
                                      (ctx.fix(f"Use {recv}.{_RIGHT[lock]}()", ctx.replace(field, _RIGHT[lock]),
                                               preferred=True),))
