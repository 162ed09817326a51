"""GL303 lock-copied (and GL204 waitgroup-copied, which shares its checker)."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Edit, Finding
from ..model.sync import LOCK_TYPES, lock_bearing_types, struct_fields
from ..rule import FuncContext, Rule


def copied_locks(ctx: FuncContext) -> Iterator[tuple[Node, str, str, bool]]:
    """(type node, type name, sync type held, is a receiver) for locks passed or received by value."""
    fn = ctx.unit
    if fn.type not in ("function_declaration", "method_declaration"):
        return
    holders = lock_bearing_types(ctx.package)
    funcs = [fn] + [n for n in syntax.walk(fn) if n.type == "func_literal"]
    for f in funcs:
        lists = []
        if f.type == "method_declaration":
            lists.append((f.child_by_field_name("receiver"), True))
        lists.append((f.child_by_field_name("parameters"), False))
        for plist, is_recv in lists:
            for decl in (plist.named_children if plist is not None else []):
                if decl.type != "parameter_declaration":
                    continue
                typ = decl.child_by_field_name("type")
                if typ is None:
                    continue
                t = syntax.text(typ)
                held = t if t in LOCK_TYPES else holders.get(t)
                if held is not None:
                    yield typ, t, held, is_recv


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
- pointer receivers and pointer parameters; structs holding a `*sync.Mutex`.

## Fixes
- **Pointer receiver** for methods. (A by-value parameter is reported without a fix:
  every caller has to pass a pointer too.)
"""

    def summarize(self, ctx: FuncContext) -> dict[str, list] | None:
        fields = struct_fields(ctx)
        return {"struct-fields": fields} if fields else None

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        for typ, t, held, is_recv in copied_locks(ctx):
            if t == "sync.WaitGroup":
                continue  # GL204
            what = "receiver" if is_recv else "parameter"
            inner = f" (it holds a {held})" if t != held else ""
            fixes = (ctx.fix(f"Use a pointer receiver *{t}", Edit(typ.start_byte, typ.start_byte, "*"),
                             preferred=True),) if is_recv else ()
            yield ctx.finding(typ, f"{what} of type {t}{inner} is passed by value: the lock is copied, so locking "
                                   f"it guards nothing shared (and a copy of a held lock deadlocks)", (), fixes)
