"""GL304 unlock-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding
from ..model.locks import UNTOUCHED
from ..model.types import foreign_lock
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
- two elements of a collection unlocked at two indexes the code tells apart (`if first != second {
  keyLocks[second].Unlock() }; keyLocks[first].Unlock()`): two mutexes, each released once;
- the mutex of each element of a collection locked in one loop and unlocked in another
  (`for i := range w.shards { w.shards[i].mu.Lock() }`, then a deferred loop that unlocks them):
  each turn names another mutex (a loop that locks and unlocks its element in one turn is followed);
- functions that take both kinds of lock on the same mutex (goleash does not guess
  which unlock belongs to which lock);
- an unlock in a function entered with the mutex held: by its name or doc comment ("mu must be held",
  "MUST BE CALLED with container `c` locked", `...WithLock`; also a comment opening its body, `// assumes
  RLock is held`, "assumes mutex is read locked": entered read-locked; a mutex of its receiver, whatever its type,
  or of a parameter it unlocks before it locks it), or an unexported
  method whose callers in the package all hold it at the call; likewise a goroutine started right after
  its starter took the lock, that unlocks it before it locks it again (`p.lock.RLock(); go func() { defer
  p.lock.RUnlock(); for ... { p.lock.RUnlock(); <-ch; p.lock.RLock() } }()`): the lock is handed to it;
- a lock and its unlock under the same unchanging condition (a package variable the function never
  sets, a constant of the file: `if lockReads { m.mu.RLock() } ... if lockReads { m.mu.RUnlock() }`);
  likewise a local bool set only to `true`/`false` that says whether the lock is held, followed through
  its assignments, also one a deferred literal clears on the way out (`locked := false; defer func() { if
  locked { c.mu.Unlock(); locked = false } }()`, then in a loop `if !locked { c.mu.Lock() }`);
- a lock skipped under a flag of the receiver that the function never sets, nor a package function it
  calls before the test (`if !c.batched {
  c.lock.Lock() }`, then `c.lock.Unlock()`): the flag is the object's word on who holds the lock (a copy
  flagged under that lock, for callbacks that run inside it), so the path that skips the lock is no
  proof that the mutex is free;
- an unlock in a loop of a function that never locks that mutex: a worker releasing, each turn, the
  lock its sender took for the task it received;
- a lock taken by a helper in the mode its bool argument picks (`func (fh *H) relock(rLock bool) { if rLock {
  fh.mu.RLock() } else { fh.mu.Lock() } }`): `fh.relock(true)` returns holding the read lock, so a
  `defer fh.mu.RUnlock()` after it matches (`relock(false)` then `RUnlock` is reported); with an
  argument goleash cannot evaluate either mode may be held, and nothing is reported;
- a mode mismatch, or an unlock of a lock maybe not held, on another package's lock type that is no wrapper
  of sync's (`lock *lockfile.LockFile`: its one `Unlock` ends either mode; `lock *api.Lock`, Consul's
  distributed lock, whose `Unlock` of a free lock returns an error): the fatal error is sync's alone;
- an unlock after the function handed the mutex's `Lock` on as a value (`l := newLockGrabber(c.stateLock.Lock,
  c.stateLock.Unlock, stopCh)`; `go l.grab()`; `l.lockOrStop()`): the lock is taken through it, where the
  flow cannot follow; a function that does so releases its own lock, not its caller's;
- test files (they provoke the fatal error on purpose).

## Fixes
- **Use the matching unlock.**
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        if not ctx.locks.relevant or ctx.locks.quiet:
            return
        if ctx.is_test_file:
            return  # tests provoke the fatal error on purpose
        um = ctx.model
        for f in um.funcs:
            flow = ctx.locks.flow(f)
            if flow is None:
                continue
            for ev in flow.events:
                if ev.kind == "mode-mismatch":
                    if not _foreign_operand(um, ev.effect.node):
                        yield self._mismatch(ctx, um, flow, ev)
                elif ev.kind in ("double-unlock", "maybe-unheld"):
                    if _foreign_operand(um, ev.effect.node):
                        continue   # another package's lock (``*api.Lock``): its Unlock of a free lock is no sync fatal
                    if any(n.start_byte < ev.effect.node.start_byte and p == ev.place
                           for n, p in um.lock_values(f.node)):
                        continue   # locked through the value handed on (``newLockGrabber(c.mu.Lock, ...)``)
                    got = self._unheld(ctx, um, flow, ev)
                    if got is not None:
                        yield got

    @staticmethod
    def _mismatch(ctx, um, flow, ev) -> Finding:
        name = um.spell(ev.place)
        taken = "RLock" if ev.other.mode[:1] == "r" else "Lock"
        used = ev.effect.kind
        right = _RIGHT[taken]
        lock_node = flow.g.nodes[ev.other.origin].ast
        related = [ctx.related(lock_node, f"{name}.{taken}() here")] if lock_node is not None else []
        fn = ev.effect.node.child_by_field_name("function")
        field = fn.child_by_field_name("field") if fn is not None and fn.type == "selector_expression" else None
        fixes = (ctx.fix(f"Use {name}.{right}()", ctx.replace(field, right), preferred=True),) \
            if field is not None else ()
        return ctx.finding(ev.effect.node, f"{name}.{used}() releases a lock taken with {name}.{taken}(). The "
                                           f"program dies with a fatal error (\"sync: {used} of unlocked RWMutex\")",
                           related, fixes)

    @staticmethod
    def _unheld(ctx, um, flow, ev):
        name = um.spell(ev.place)
        origin = ev.other.origin if ev.other is not None else -2
        if ev.kind == "double-unlock":
            if um.loops(ev.effect.node) and ev.place not in flow.locked_places:
                return None   # a worker that only releases, each turn, the lock taken for its task
            first = flow.g.nodes[origin].ast if origin >= 0 else None
            if first is not None and _distinct_elements(first, ev.effect.node, flow.func.node):
                return None   # ``if i != j { m[j].Unlock() }; m[i].Unlock()``: two elements, not one twice
            related = [ctx.related(first, f"{name} is already unlocked here")] if first is not None else []
            msg = (f"{name} is unlocked twice on this path: fatal error. The program dies with "
                   f"\"sync: unlock of unlocked mutex\"")
            return ctx.finding(ev.effect.node, msg, related)
        if origin != UNTOUCHED:
            return None   # free again after an earlier unlock on a loop path: the loop's business
        locks = [n for n in flow.g.nodes for e in um.node_effects(flow.g, n)
                 if e.place == ev.place and e.kind in ("Lock", "RLock")]
        if not locks or locks[0].ast is None:
            return None
        before = [n for n in locks if n.ast is not None and n.ast.start_byte < ev.effect.node.start_byte]
        if before and all(ctx.locks.object_flag_gate(flow.func, n.ast) for n in before):
            return None   # skipped under a flag of the object: its word on who holds the lock
        msg = (f"{name} may not be locked when this Unlock runs. It is locked only on some paths: the program "
               f"dies with a fatal error (\"sync: unlock of unlocked mutex\")")
        return ctx.finding(ev.effect.node, msg, [ctx.related(locks[0].ast, f"{name} is locked only on this path")])


def _foreign_operand(um, call) -> bool:
    """Is the lock released by ``call`` (``lock.Unlock()``) of another package's type that is no wrapper
    of sync's (``lock *lockfile.LockFile``, whose one ``Unlock`` ends either mode)?"""
    fn = call.child_by_field_name("function") if call is not None else None
    operand = fn.child_by_field_name("operand") if fn is not None and fn.type == "selector_expression" else None
    return operand is not None and foreign_lock(um.types.of(operand))


def _element_index(node: Node) -> str | None:
    """For ``m[i].Unlock()`` (or a statement holding it), the text of ``i``; None otherwise."""
    call = node if node.type == "call_expression" else next(
        (c for c in syntax.walk(node, skip_funcs=True) if c.type == "call_expression"), None)
    fn = call.child_by_field_name("function") if call is not None else None
    operand = syntax.unparen(fn.child_by_field_name("operand")) if fn is not None and \
        fn.type == "selector_expression" else None
    index = syntax.index_nodes(operand)[0] if operand is not None and operand.type == "index_expression" else None
    return " ".join(syntax.text(index).split()) if index is not None else None


def _distinct_elements(first: Node, second: Node, top: Node) -> bool:
    """Are the two unlocks of elements of one collection at two indexes the code tells apart: ``m[j]``
    unlocked only under ``if i != j`` before ``m[i]`` (or the other way round)? They release two mutexes,
    each once."""
    a, b = _element_index(first), _element_index(second)
    if a is None or b is None or a == b:
        return False
    want = {f"{a} != {b}", f"{b} != {a}"}
    return any(" ".join(syntax.text(c).split()) in want
               for n in (first, second) for c, _branch in syntax.guards(n, top))
