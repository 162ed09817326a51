"""GL307 lock-order-inversion."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Related
from .. import syntax
from ..model.effects import abstract_label, test_driver
from ..model.locks import value_gates, gates, order_pairs, related_places
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
- the same order everywhere; locks of different receiver types; local mutexes;
- both orders taken inside one gate: a third mutex held for writing (`Lock`, not `RLock`) on every path
  at both places, so the two sections never run at once; also a gate of the same type as one of the
  pair, another field of the value that holds the other (`c.defaultBridge` held around both orders of
  `c.flowMutex` and `c.gatewayBridge`: the value's own `flowMutex` pins the value, so both hold one
  `defaultBridge`);
- an order taken by a test function's own goroutine (`TestX` locking two structures to
  inspect them between the steps it drives): the test decides when the code under
  test is quiet, which goleash cannot see; goroutines the test starts still count;
- an order taken by a method that only ever runs on a value no other goroutine can see yet: every
  call of it is a constructor's step on the value it has just made (`s := &Store{...}; s.readCache();
  return s`, `PackageModel.unshared_receivers_only`), so nothing can hold the other lock meanwhile;
- a mutex taken again while this goroutine already holds it (`c.Headers()` read-locking `c.mu` under the
  caller's `c.mu.RLock()`, after `c.config.mu`): no other goroutine can hold it for writing meanwhile, so it
  orders nothing after the locks taken since (the recursive lock itself is GL308's or GL302's finding);
- two mutexes of one type held in two different fields of the same value (`c.in`
  and `c.out`, both a `halfConn`): one order takes `c.in`, the other `c.out`, never
  the same mutex, so no cycle.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        if not ctx.locks.relevant or ctx.locks.quiet:
            return
        um = ctx.model
        orders = None
        seen = set()
        driver = ctx.is_test_file and test_driver(ctx.unit)
        for f in um.funcs:
            if driver and um.goroutine_of(f) is None:
                continue   # the test's own goroutine, inspecting state between the steps it drives
            flow = ctx.locks.flow(f)
            if flow is None:
                continue
            for held, e, place, use, st in order_pairs(flow):
                a, b = um.abstract_place(held.place), um.abstract_place(place)
                if a is None or b is None or a == b or (a, b) in seen or not related_places(held.place, place):
                    continue
                if orders is None:
                    orders = ctx.pkg.lock_orders()
                qa, qb = um.field_object(held.place), um.field_object(place)
                # the other order, between mutexes of one value too, in code that runs (not a test's setup),
                # and of these two mutexes: not of another field of the same type (c.out where this takes c.in)
                if f.how == "decl" and _unshared(ctx, ctx.func_key, a, b) and held.place.root == "p:-1" and \
                        place.root == "p:-1":
                    continue   # a constructor's step on a value no other goroutine has yet (``s.readCache()``)
                inverse = [x for x in orders.get((b, a), ())
                           if x.related and (ctx.is_test_file or not x.test) and not x.driver and x.may_meet(qb, qa) and
                           not (x.taken_at.func == ctx.func_key and f.how == "decl") and
                           not _unshared(ctx, x.taken_at.func, a, b)]
                here = gates(um, st, held.place, place) if inverse else frozenset()
                inverse = [x for x in inverse if not (x.gates & here)]   # both orders inside one gate: serialised
                if inverse:   # or one mutex of the value a mutex of the pair pins, held by both
                    pinned = {(o[0], o[1]) for o in (qa, qb) if o is not None and len(o[1]) == 1}
                    mine = value_gates(um, st, held.place, place) - pinned
                    inverse = [x for x in inverse if not (mine & (x.value_gates - pinned))]
                if not inverse:
                    continue
                seen.add((a, b))
                other = inverse[0]
                a, b = abstract_label(a), abstract_label(b)
                held_node = flow.g.nodes[held.origin].ast
                related = [ctx.related(held_node, f"{a} is locked first here")] if held_node is not None else []
                related.append(Related(0, 0, f"elsewhere {a} is locked while {b} is held",
                                       anchor=(other.taken_at.func, other.taken_at.start, other.taken_at.end)))
                related.append(Related(0, 0, f"{b} is locked first there",
                                       anchor=(other.held_at.func, other.held_at.start, other.held_at.end)))
                how = f"{syntax.text(e.node.child_by_field_name('function'))}() locks" if use is not None else "locks"
                yield ctx.finding(e.node, f"lock order inversion: {b} taken while holding {a}. This {how} {b} "
                                          f"while holding {a}, but {other.taken_at.func} locks {a} while holding "
                                          f"{b}: two goroutines running both can deadlock", related)


def _unshared(ctx: FuncContext, key: str | None, a: str, b: str) -> bool:
    """Is ``key`` a method ``T.m`` of the type whose fields ``a`` and ``b`` are (``T.mu``), called only on a
    value its caller has just made and shares with no goroutine yet?"""
    if not key or "." not in key or ctx.pkg is None:
        return False
    typ, name = key.rsplit(".", 1)
    return a.startswith(typ + ".") and b.startswith(typ + ".") and ctx.pkg.unshared_receivers_only(typ, name)
