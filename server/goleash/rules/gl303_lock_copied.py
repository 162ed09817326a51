"""GL303 lock-copied (and GL204 waitgroup-copied, which shares its checker)."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Edit, Finding
from ..model.copies import copied_values
from ..model.sync import receiver
from ..rule import FuncContext, Rule


class LockCopied(Rule):
    code = "GL303"
    name = "lock-copied"
    summary = "A value holding a Mutex/RWMutex/Once/Cond (or a WaitGroup in a struct) is passed or received by value."
    triggers = frozenset()
    overlaps = "vet copylocks"
    fixes = ("pointer receiver",)
    doc = """\
A `sync.Mutex` (and `RWMutex`, `Once`, `Cond`, `WaitGroup`) must not be copied
after first use. A method with a value receiver, or a function taking such a
struct by value, gets its own copy of the lock: locking it protects nothing
shared, and a copy taken while the original was locked starts out locked and
deadlocks the first `Lock`. goleash knows the struct types of the whole package
(fields of type `sync.Mutex`, embedded mutexes, nested structs and arrays of them).
(anchor: vet `copylocks`)

## Bad
```go
type Counter struct {
	mu sync.Mutex
	n  int
}

func (c Counter) Inc() { // c is a copy: the lock and the count are the copy's
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}
```

## Good
```go
func (c *Counter) Inc() {
```

## Stays silent
- pointer receivers and pointer parameters; structs holding a `*sync.Mutex`;
- a copy of a value holding an `RWMutex`, `Once` or `Cond` (no plain `Mutex`) whose function only reads
  or writes its fields that hold no lock (`h.s[i]`, `len(h.items)`: a heap's value `Len`/`Less`/`Swap`
  beside pointer methods that lock the original; also through a field that holds the lock, to its own
  lock-free fields: `e.State.state`): no method is called on it, it is not passed on,
  returned or addressed, so its lock is never taken, and the race detector does not see the copy read
  the lock's words. (A plain `Mutex` copied so is still reported: a goroutine waiting on the original
  sets its state with an atomic write that `-race` reports against the copy.)
- a copy that does not lock, of a type whose lock no code takes where a value lies: every method of it
  (and of the struct types it holds the lock through) has a value receiver, and the package spells no
  pointer to one (`*T`, `&T{`, `new(T)`): each `Lock` runs on a method's own copy, so no goroutine
  writes the lock this copy reads (a copy that locks is still reported: its lock guards nothing shared);
- a constructor of its value receiver, every return the copy's address (`func (t Ticket) Init() *Ticket {
  ...; return &t }`, called as `Ticket{Total: 4}.Init()`) or what a call handed it gives back (`return
  Registry.Add(&s)`, a template registering its copy): the copy is the object its callers share and lock
  from then on; the original is a template whose lock nobody takes.

## Fixes
- **Pointer receiver** for methods. (A by-value parameter is reported without a fix:
  every caller has to pass a pointer too.)
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        for cv in copied_values(ctx.unit, ctx.pkg.types, ctx.nodes("funclit")):
            typ, t, held, is_recv = cv.type_node, cv.type, cv.held, cv.receiver
            if t == "sync.WaitGroup":
                continue  # GL204
            if is_recv and _literal_constructor(ctx):
                continue   # ``Ticket{Total: 4}.Init()`` returning ``&t``: the copy is the object from then on
            what = "receiver" if is_recv else "parameter"
            inner = f" (it holds a {held})" if t != held else ""
            fixes = (ctx.fix(f"Use a pointer receiver *{t}", Edit(typ.start_byte, typ.start_byte, "*"),
                             preferred=True),) if is_recv else ()
            untouched = cv.lock_untouched(ctx.pkg.types)
            if untouched and held != "sync.Mutex":
                continue   # its lock is never used, and copying it races with nothing -race can see
            if untouched and not ctx.pkg.locked_in_place(t):
                continue   # no lock of a stored value is ever taken: copying one races with no Lock
            locks = cv.calls(frozenset({"Lock", "RLock", "TryLock", "TryRLock"})) or \
                cv.calls(frozenset({"Unlock", "RUnlock"}))
            related = [ctx.related(locks[0], f"{syntax.call_name(locks[0])[1]} on the copy here")] if locks else []
            own = cv.func is not None and cv.func.id == ctx.unit.id   # (a parameter of the declared function)
            site = ctx.pkg.call_site(ctx.func_name) if not related and not is_recv and own and \
                ctx.unit.type == "function_declaration" else None
            if site is not None:
                related = [ctx.related_at(site, f"{t} copied here, by the call")]
            if untouched:   # the copy's lock is never taken: the failure is the copy itself
                at = _held_lock_site(ctx, t) if not related else None
                if at is not None:
                    related = [ctx.related_at(at, f"the original {t}'s lock is taken here")]
                yield ctx.finding(typ, f"{what} of type {t} is passed by value: its lock is copied. Copying "
                                       f"{t}{inner} reads the mutex while other goroutines may lock it: a data "
                                       f"race, which -race reports", related, fixes)
                continue
            at = ctx.pkg.lock_site(t, held) if not related else None
            if at is not None:
                verb = {"sync.Once": "runs", "sync.Cond": "is used"}.get(held, "is taken")
                related = [ctx.related_at(at, f"the original {t}'s {held.split('.')[-1]} {verb} here")]
            yield ctx.finding(typ, f"{what} of type {t} is passed by value: its lock is copied. {t}{inner} "
                                   f"is copied, so locking it guards nothing shared (and a copy of a held lock "
                                   f"deadlocks)", related, fixes)


def _held_lock_site(ctx: FuncContext, typ: str):
    """Where the package locks a ``typ`` value's lock where it lies: in a method of ``typ``, or of a struct
    type it holds by value (``entry cacheEntry`` whose ``Touch`` locks ``e.mu``) (PackageModel.lock_site)."""
    return next((at for t in ctx.pkg.types.held_by_value(typ) if (at := ctx.pkg.lock_site(t)) is not None), None)


def _literal_constructor(ctx: FuncContext) -> bool:
    """Is the method a constructor of its value receiver: every return is the copy's address (``func (t
    Ticket) Init() *Ticket { t.cond = sync.NewCond(&t.mu); return &t }``, called as ``Ticket{Total:
    4}.Init()``)? The copy it returns is the value its callers share and lock from then on; the original
    is a template (a literal, mostly) whose lock nobody takes."""
    recv = receiver(ctx.unit)
    body = ctx.unit.child_by_field_name("body")
    if recv is None or body is None:
        return False
    name = recv[0]
    rets = [n for n in syntax.walk(body, skip_funcs=True) if n.type == "return_statement"]

    def hands_copy(v: Node) -> bool:   # ``&t``, or a call given ``&t``: ``Registry.Add(&t)``
        v = syntax.unparen(v)
        if syntax.text(v).replace(" ", "") == f"&{name}":
            return True
        return v is not None and v.type == "call_expression" and \
            any(syntax.text(a).replace(" ", "") == f"&{name}" for a in syntax.call_args(v))

    return bool(rets) and all(len(vals := syntax.return_values(r)) == 1 and hands_copy(vals[0]) for r in rets)
