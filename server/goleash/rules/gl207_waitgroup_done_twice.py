"""GL207 waitgroup-done-twice."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Related
from ..model.effects import WAIT
from ..rule import FuncContext, Rule


class WaitGroupDoneTwice(Rule):
    code = "GL207"
    name = "waitgroup-done-twice"
    summary = "A goroutine counted once calls Done twice on one path: the counter goes negative and the program panics."
    triggers = frozenset({"go"})
    fixes = ("remove the explicit `Done` that a deferred `Done` already covers",)
    doc = """\
A goroutine counted by one `wg.Add(1)` calls `wg.Done()` twice on some path —
typically `defer wg.Done()` at the top and an explicit `wg.Done()` left
further down, or a helper that calls `Done` plus a direct call. The second
`Done` drives the counter below zero: the program panics with "sync: negative
WaitGroup counter" (or, with other goroutines still counted, `Wait` returns
before they finish).

goleash follows each counted goroutine's paths, counting `Done` calls made
directly, deferred, or through helpers, method values and closures.

## Bad
```go
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := work(); err != nil {
			wg.Done() // second Done on this path
			return
		}
	}()
```

## Good
Keep the deferred `Done` only.

## Stays silent
- a `Done` per item inside a loop (a count of jobs, not of goroutines); also beside the goroutine's own
  deferred `Done`, a statement of the body of its loop over what it is handed (`for p := range w.gzCh {
  ...; w.gzWg.Done() }`), when the package counts items with the group too (an `Add` in a loop, or in a
  function besides the goroutine's starter: `enqueue` adding one per path it queues);
- `Done` calls on paths that exclude each other;
- a field WaitGroup another declaration of the package adds to (`queue` doing `p.wg.Add(1)` before it
  hands an item over; an `Add` before a call whose callee defers `Done`): the count is not only the
  goroutines', and a second `Done` may pay one of those adds — goleash cannot show it going below zero;
- an explicit `Done` beside a deferred one, on a path that goes on only to `os.Exit` (`log.Fatal`): the
  process ends there and deferred calls do not run (`wg.Done(); wg.Wait(); os.Exit(1)`);
- a call whose function calls `Done`, made right after the goroutine's own `wg.Add(1)` (`wg.Add(1);
  s.sendOffset(i)` with `sendOffset` deferring `wg.Done()`): that `Done` pays the count just added;
- `wg.Go(f)` (Go 1.25), or the WaitGroup handed to code goleash cannot see: `Go` adds one and calls
  `Done` for its own function, and only a `Done` that surely runs counts twice;
- a starter that adds more than the goroutines it counts, before the `go` and since its last `Wait`
  (`wg.Add(1); go produce(out)` where `produce` calls no `Done`): the extra count is other work, which
  this goroutine may mark done. (An `Add` after a `Wait` starts a new round: it counts only as below.)
- a goroutine that adds to its own WaitGroup, outside loops, as much as its `Done` calls exceed one
  (`wg.Add(1); defer func() { eg.Wait(); wg.Done() }()` beside its `defer wg.Done()`): each `Done` has a
  count to take back;
- a WaitGroup re-armed for goroutines already running: after the `go`, the starter waits, then adds more
  than the goroutines it starts before its next `Wait` (`wg.Wait(); wg.Add(2); go put()`): the first
  `Done` said "started", the second pays the new count. Both hold for a goroutine whose body is a
  package function given the WaitGroup (`go serve(t, &wg)`) as for a literal.

## Fixes
- **Remove the explicit `Done`** when a `defer wg.Done()` covers the same goroutine.
"""

    @staticmethod
    def _spare_count(ctx: FuncContext, cg) -> bool:
        """Does the starter add more to the WaitGroup than the goroutines it counts (``wg.Add(1); go
        produce(out)`` with no Done in ``produce``)? That count is for other work, which this goroutine may
        be the one to mark done: its second Done can balance it."""
        wgm = ctx.waitgroups
        starter = ctx.model.func_at(cg.go)
        if starter is None:
            return False
        # the Adds of this round: before the go statement, after the last Wait before it (a WaitGroup
        # reused after a Wait counts a new round)
        since = max((c.end_byte for p, c in wgm.ops(starter, WAIT) if p == cg.wg and c.end_byte <= cg.go.start_byte),
                    default=-1)
        total = 0
        for p, call, amount in wgm.adds(starter):
            if p != cg.wg or not since <= call.start_byte < cg.go.start_byte:
                continue
            if amount is None:
                return True   # an amount goleash cannot read
            total += amount
        counted = sum(1 for x in wgm.counted() if x.wg == cg.wg) + \
            sum(1 for x in wgm.counted_named() if x.wg == cg.wg)
        return total > counted

    @staticmethod
    def _adds_for_itself(ctx: FuncContext, cg) -> bool:
        """Does the goroutine add to its own WaitGroup, outside loops, at least as much as its Done calls
        exceed one (``wg.Add(1); defer func() { eg.Wait(); wg.Done() }()`` beside its ``defer wg.Done()``)?
        Each Done then has a count to take back."""
        adds = [(call, amount) for p, call, amount in ctx.waitgroups.adds(cg.body) if p == cg.wg]
        if not adds or any(amount is None or ctx.model.loops(call) for call, amount in adds):
            return False
        return len(cg.dones) <= 1 + sum(amount for _c, amount in adds)

    @staticmethod
    def _rearmed(ctx: FuncContext, cg) -> bool:
        """Does the starter, after the ``go`` statement, wait and then add again more than the goroutines it
        starts before its next ``Wait`` (``wg.Wait(); wg.Add(2); go put()``)? The extra count is for the
        goroutines already running: a WaitGroup used as a barrier, whose first ``Done`` says "started" and
        second "finished", is counted twice."""
        wgm = ctx.waitgroups
        starter = ctx.model.func_at(cg.go)
        if starter is None:
            return False
        waits = sorted(c.end_byte for p, c in wgm.ops(starter, WAIT) if p == cg.wg and c.start_byte > cg.go.end_byte)
        if not waits:
            return False
        gos = [x.go.start_byte for x in wgm.counted() if x.wg == cg.wg] + \
            [x.go.start_byte for x in wgm.counted_named() if x.wg == cg.wg]
        for p, call, amount in wgm.adds(starter):
            if p != cg.wg or call.start_byte < waits[0]:
                continue
            nxt = min((w for w in waits if w > call.end_byte), default=1 << 60)
            started = sum(1 for g in gos if call.end_byte <= g < nxt)
            if amount is None or amount > started:
                return True
        return False

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        wgm = ctx.waitgroups
        um = ctx.model
        for cg in wgm.counted():
            got = wgm.second_done(cg.body, cg.wg)
            if got is None or self._spare_count(ctx, cg) or self._rearmed(ctx, cg) or \
                    self._adds_for_itself(ctx, cg) or wgm.added_elsewhere(cg.wg):
                continue   # (a field another declaration adds to: a second Done may pay that count)
            node, deferred, first_node, first_deferred = got
            wg = um.spell(cg.wg)
            related = [ctx.related(cg.add, "the goroutine is counted once here")]
            if first_node is not None:
                related.append(ctx.related(first_node, f"{wg}.Done() already runs here on this path"
                                           + (" (deferred: at the goroutine's end)" if first_deferred else "")))
            fixes = ()
            if first_deferred and not deferred and node.parent is not None and \
                    node.parent.type == "expression_statement" and node in [d for d in cg.dones]:
                fixes = (ctx.fix(f"Remove this {wg}.Done(): the deferred one covers it",
                                 ctx.delete_line(node.parent), preferred=True),)
            yield ctx.finding(node, f"{wg}.Done() runs twice on this path for a goroutine counted once. "
                                    f"The counter goes negative and the program panics", related, fixes)
        for cc in wgm.counted_named():   # go worker(&wg): the function calls Done twice on some path
            at = wgm.named_second_done(cc)
            if at is None or self._spare_count(ctx, cc) or self._rearmed(ctx, cc):
                continue
            wg = um.spell(cc.wg)
            name = cc.name
            yield ctx.finding(cc.go, f"{name} can call {wg}.Done() twice for a goroutine counted once. The counter "
                                     f"goes negative and the program panics",
                              [Related(0, 0, f"{name} calls Done a second time here", anchor=at),
                               ctx.related(cc.add, "the goroutine is counted once here")])
