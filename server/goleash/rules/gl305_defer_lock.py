"""GL305 defer-lock."""

from __future__ import annotations

from collections.abc import Iterator

from .. import syntax
from ..findings import Finding
from ..rule import FuncContext, Rule

_UNLOCK = {"Lock": "Unlock", "RLock": "RUnlock"}


class DeferLock(Rule):
    code = "GL305"
    linters = frozenset({"staticcheck", "SA2003"})
    name = "defer-lock"
    summary = "`defer mu.Lock()` right after `mu.Lock()`: the function locks twice and deadlocks or never unlocks."
    triggers = frozenset({"defer"})
    fixes = ("`defer mu.Unlock()`",)
    doc = """\
`mu.Lock()` followed by `defer mu.Lock()` is a typo for `defer mu.Unlock()`.
The mutex is never released, and the deferred call locks it a second time when
the function returns: the goroutine blocks forever in its own defer, and every
other user of the mutex after it. (anchor: staticcheck SA2003)

## Bad
```go
	mu.Lock()
	defer mu.Lock()
```

## Good
```go
	mu.Lock()
	defer mu.Unlock()
```

## Stays silent
- `defer mu.Unlock()`; a deferred Lock that does not follow a Lock of the same mutex.

## Fixes
- **`defer mu.Unlock()`** (`RUnlock` after `RLock`).
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        for d in ctx.nodes("defer"):
            call = d.named_children[0] if d.named_children else None
            if call is None or call.type != "call_expression":
                continue
            recv, name = syntax.call_name(call)
            if name not in _UNLOCK or not recv:
                continue
            prev = d.prev_named_sibling
            while prev is not None and prev.type == "comment":
                prev = prev.prev_named_sibling
            if prev is None or prev.type != "expression_statement" or not prev.named_children:
                continue
            pc = prev.named_children[0]
            if pc.type != "call_expression" or syntax.call_name(pc) != (recv, name):
                continue
            fn = call.child_by_field_name("function")
            field = fn.child_by_field_name("field")
            yield ctx.finding(d, f"defer {recv}.{name}() right after {recv}.{name}(): it never unlocks. {recv} is "
                                 f"never released, and the deferred call blocks forever locking it again",
                              [ctx.related(pc, f"{recv} is locked here")],
                              (ctx.fix(f"defer {recv}.{_UNLOCK[name]}()", ctx.replace(field, _UNLOCK[name]),
                                       preferred=True),))
