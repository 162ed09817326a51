"""GL307 lock-order-inversion."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..model.sync import LOCKS, held_at, lock_events, receiver
from ..rule import FuncContext, Rule


class LockOrderInversion(Rule):
    code = "GL307"
    name = "lock-order-inversion"
    summary = "Two methods take the same two mutexes in opposite orders (AB–BA): two goroutines can deadlock."
    triggers = frozenset({"mcall"})
    doc = """\
One method locks `a` then `b`; another locks `b` then `a`. When two goroutines
run them at the same time, each can take its first lock and wait forever for
the other's: a classic AB–BA deadlock that shows up only under load.

goleash builds the lock order of every method of the package, keyed by the
receiver type's fields (`T.a`, `T.b`), and reports the second lock of the
inverted pair. It only compares fields of the same receiver type, to stay precise.

## Bad
```go
func (b *Bank) Deposit()  { b.accounts.Lock(); b.audit.Lock(); ... }
func (b *Bank) Report()   { b.audit.Lock(); b.accounts.Lock(); ... }
```

## Good
Take the two locks in one global order everywhere (accounts, then audit).

## Stays silent
- the same order everywhere; locks of different receiver types; local mutexes.
"""

    def summarize(self, ctx: FuncContext) -> dict[str, list] | None:
        pairs = [(a, b, ctx.func_name) for a, b, _ in self._pairs(ctx)]
        return {"lock-order": pairs} if pairs else None

    @staticmethod
    def _pairs(ctx: FuncContext):
        recv = receiver(ctx.unit)
        if recv is None:
            return []
        name, typ = recv
        events = lock_events(ctx, ctx.unit)
        out = []
        for e in events:
            if e.kind not in LOCKS or e.deferred or not e.target.startswith(name + "."):
                continue
            for target, h in held_at(events, e.call).items():
                if target != e.target and target.startswith(name + "."):
                    out.append((f"{typ}.{target[len(name) + 1:]}", f"{typ}.{e.target[len(name) + 1:]}",
                                (h, e)))
        return out

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        facts = ctx.package.get("lock-order")
        for a, b, (h, e) in self._pairs(ctx):
            other = next((m for x, y, m in facts if (x, y) == (b, a) and m != ctx.func_name), None)
            if other is None:
                continue
            yield ctx.finding(e.call, f"lock order inversion: {ctx.func_name} locks {b} while holding {a}, but "
                                      f"{other} locks {a} while holding {b}: two goroutines running both can "
                                      f"deadlock", [ctx.related(h.call, f"{a} is locked first here")])
