"""GL308 recursive-read-lock."""

from __future__ import annotations

from collections.abc import Iterator

from .. import syntax
from ..findings import Finding, Related
from ..model.effects import call_label
from ..model.types import foreign_lock
from ..rule import FuncContext, Rule


class RecursiveReadLock(Rule):
    code = "GL308"
    name = "recursive-read-lock"
    summary = "RLock taken again while this goroutine holds a read lock: a writer waiting in between deadlocks both."
    triggers = frozenset({"mcall"})
    doc = """\
A `sync.RWMutex` read lock is not reentrant either. When a goroutine holding
`RLock` calls `RLock` again (directly, or in a method it calls) and another
goroutine calls `Lock` in between, Go's writer preference makes the second
`RLock` wait for the writer — and the writer waits for the first `RLock`.
Both block forever. It only shows under load, which makes it a classic
production deadlock.

goleash reports a second `RLock` on a path where the same mutex is
read-locked, when the package also write-locks that mutex somewhere (a
writer exists), with the chain of calls to the second `RLock`; also through a
`String` method that fmt runs on an operand (`fmt.Printf("miss in %s", c)` under
`c.mu.RLock()`, where `(*Cache).String` read-locks `c.mu`).

## Bad
```go
func (c *Cache) Get(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.lookup(k) // lookup RLocks c.mu again
}

func (c *Cache) lookup(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.m[k]
}
```

## Good
Split a `lookupLocked` that expects the read lock to be held, and call that.

## Stays silent
- two elements of one slice or map of mutexes that need not be the same (`s.locks[i]` then
  `s.locks[j]`, or one element per turn of a loop over the index: lock stripes);
- mutexes the package never write-locks (no writer can come between), or write-locks only on a value
  it has just made, before anyone else can see it (`hdr := snapHeader{}; hdr.m.Lock(); c.snapshots[k] =
  &hdr`, then a goroutine that fills it and unlocks);
- a second `RLock` made while holding another mutex that every writer of this one holds write-locked
  (itself, or by all its callers: `add` locks `set.mtx`, its callers hold `store.mtx`): no writer can
  be waiting in between;
- a second `RLock` after the first was released, or under a condition the call's arguments rule out;
- a read lock handed out with a handle (`tx := s.Begin()` returns holding it) and given back by a
  call on that handle (`tx.End()`, an interface method) before the next `RLock`;
- a mutex of a value the function made and shares with no one (`m := NewStripedLocks(4); m.RLock(1);
  m.RLock(1)`, no goroutine started, `m` only a method receiver, not captured nor passed): no writer
  can reach it;
- plain `sync.Mutex` (a second `Lock` is GL302's);
- a field of another package's lock type that is no wrapper of sync's (`bitmapsLock
  *xsync.ReadPreferringRWMutex`): its read lock need not wait behind a writer. A type named
  `RWMutex` (`syncutil.RWMutex`, `deadlock.RWMutex`) is taken for sync's.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        if not ctx.locks.relevant or ctx.locks.quiet:
            return
        um = ctx.model
        writers = None
        for f in um.funcs:
            flow = ctx.locks.flow(f)
            if flow is None:
                continue
            for ev in flow.events:
                if ev.kind != "rlock-again":
                    continue
                if ev.use is not None and not (ev.use.certain and ev.certain):
                    continue
                name = um.spell(ev.place)
                if writers is None:
                    writers = self._written(ctx)
                abstract = um.abstract_place(ev.place)
                if abstract is None or abstract not in writers or _own_read_lock(ctx, abstract):
                    continue
                if self._writers_excluded(ctx, f, flow, ev.effect.node, abstract):
                    continue
                if _unshared_local(ctx, f, ev.place):
                    continue   # a value this goroutine made and shares with no one: no writer can reach it
                held = flow.g.nodes[ev.other.origin].ast
                if ev.use is None and _other_elements(held, ev.effect.node):
                    continue   # ``s.locks[i]`` then ``s.locks[j]``: two elements, maybe two mutexes
                related = [ctx.related(held, f"{name} is read-locked here")] if held is not None else []
                related += [Related(0, 0, a.what, anchor=(a.func, a.start, a.end)) for a in
                            (ev.use.via if ev.use is not None else ())]
                w = writers[abstract]
                related.append(Related(0, 0, f"{name} is write-locked here: a writer waiting now blocks new readers",
                                       anchor=(w.func, w.start, w.end)))
                what = f"{call_label(ev.effect, um)} read-locks" \
                    if ev.use is not None else "read-locks"
                yield ctx.finding(ev.effect.node,
                                  f"{name} is read-locked again while its read lock is held. This {what} it "
                                  f"again: a writer waiting in between blocks it, and both goroutines deadlock",
                                  related)

    @staticmethod
    def _writers_excluded(ctx: FuncContext, f, flow, node, mutex: str) -> bool:
        """Does this goroutine hold, at the second ``RLock``, a mutex that every writer of ``mutex`` holds
        write-locked (``getFor`` runs under ``store.mtx.RLock``; ``add``/``remove`` lock the set under
        ``store.mtx.Lock``)? Then no writer can be waiting in between."""
        guards = ctx.pkg.writers_hold(mutex)
        if not guards:
            return False
        um = ctx.model
        held = {a for a in (um.abstract_place(p) for p in flow.held_at(node)) if a}
        if f is um.top and ctx.func_key:
            held |= ctx.pkg.held_by_callers(ctx.func_key)
        return bool(guards & held)

    @staticmethod
    def _written(ctx: FuncContext) -> dict:
        """Package-wide names of the mutexes some function write-locks, with where."""
        return ctx.pkg.write_locks()


def _unshared_local(ctx: FuncContext, f, place) -> bool:
    """Is the mutex's owner a local that ``f`` made (``m := NewShardedRWLocks(5)``, ``v := T{}``) and
    only calls methods on or reads fields of, in ``f`` itself (not in a closure, not passed nor stored),
    while ``f`` starts no goroutine? No other goroutine can then reach it, to write-lock it in between."""
    um = ctx.model
    v = um.root_var(place)
    if v is None or v.kind != "local" or v.assigned or v.addressed or um.func_at(v.ident) is not f:
        return False
    val = syntax.unparen(v.value)
    if val is not None and val.type == "unary_expression":
        val = syntax.unparen(val.child_by_field_name("operand"))
    if val is None or val.type not in ("call_expression", "composite_literal"):
        return False
    for r in v.refs:
        if um.func_at(r) is not f or r.parent is None or r.parent.type != "selector_expression" or \
                r.parent.child_by_field_name("operand") != r:
            return False
    return not any(syntax.inside(g, f.node) for g in ctx.go_statements)


def _own_read_lock(ctx: FuncContext, abstract: str) -> bool:
    """Is the mutex ``Type.field`` of another package's type that is no wrapper of sync's
    (``bitmapsLock *entsync.ReadPreferringRWMutex``)? Its ``RLock`` need not queue behind a waiting writer."""
    typ, _, fld = abstract.partition(".")
    if not fld or "." in fld or typ.startswith("g:"):
        return False
    got = ctx.pkg.types.field(typ, fld)
    return got is not None and foreign_lock(got[0])


def _lock_operand(node):
    """The mutex expression of the lock call at ``node`` (a call, or a statement holding one)."""
    call = node if node is not None and node.type == "call_expression" else next(
        (n for n in syntax.walk(node) if n.type == "call_expression"), None) if node is not None else None
    fn = call.child_by_field_name("function") if call is not None else None
    return fn.child_by_field_name("operand") if fn is not None and fn.type == "selector_expression" else None


def _other_elements(held, again) -> bool:
    """Are the two read locks of elements of one slice or map that need not be the same element: other
    index expressions (``s.locks[i]``, then ``s.locks[j]``), or the same lock statement again in a loop
    whose clause declares its index (``for i := range s.items { s.locks[i].RLock() ... }``: one element
    per turn)?"""
    a, b = _lock_operand(held), _lock_operand(again)
    ia, ib = syntax.indexes(a), syntax.indexes(b)
    if not ia and not ib:
        return False
    if ia != ib:
        return True
    if a is None or b is None or a.id != b.id:
        return False
    for loop in (x for x in syntax.ancestors(b) if x.type == "for_statement"):
        clause = next((c for c in loop.named_children if c.type in ("range_clause", "for_clause")), None)
        if clause is None:
            continue
        declared = {syntax.text(n) for n in syntax.walk(clause) if n.type == "identifier"}
        if set(ia) & declared:
            return True
    return False
