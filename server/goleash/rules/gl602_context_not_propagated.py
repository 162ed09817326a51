"""GL602 context-not-propagated."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding, Severity
from ..rule import FuncContext, Rule


class ContextNotPropagated(Rule):
    code = "GL602"
    name = "context-not-propagated"
    severity = Severity.WARNING
    summary = "context.Background()/TODO() inside a function that receives a ctx: the caller's cancellation is lost."
    triggers = frozenset({"mcall"})
    fixes = ("use the received ctx",)
    doc = """\
A function that receives a `context.Context` creates a fresh
`context.Background()` (or `context.TODO()`) instead of passing its own ctx on.
Whatever runs under the new context ignores the caller's cancellation and
deadline: when the request is abandoned, the work — and the goroutines and
connections it holds — goes on.

## Bad
```go
func (s *Store) Load(ctx context.Context, id string) (*Item, error) {
	rows, err := s.db.QueryContext(context.Background(), q, id)
```

## Good
```go
	rows, err := s.db.QueryContext(ctx, q, id)
```

## Stays silent
- functions without a context parameter (and parameters named `_`), and test files;
- comparisons such as `ctx != context.Background()`;
- the documented detach pattern: a comment in the three lines above the call saying
  why, or a doc comment of the function that speaks of cancellation or detaching (`// detached: the audit log must be written even if the request is cancelled`),
  or `context.WithoutCancel(ctx)` (Go 1.21), which keeps values and drops cancellation on purpose.

## Fixes
- **Use the received ctx** in place of `context.Background()`.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        if ctx.is_test_file:
            return  # tests build their own contexts on purpose
        for call in ctx.calls(receiver="context"):
            name = syntax.call_name(call)[1]
            if name not in ("Background", "TODO"):
                continue
            if call.parent is not None and call.parent.type == "binary_expression":
                continue  # `ctx != context.Background()`: a comparison, not a new context
            received = ctx.contexts.received(call)
            if received is None or received[0] == "_" or self._explained(ctx, call):
                continue
            why = ctx.contexts.detached(call)
            if why is not None and not (why == "goroutine" and ctx.contexts.runs_until_cancelled(call)):
                continue   # meant to outlive the caller's ctx (unless the goroutine stops only on cancel)
            param_name, param = received
            msg = (f"context.{name}() drops the ctx this function receives ({param_name}): the caller's "
                   f"cancellation and deadline do not reach this call")
            yield ctx.finding(call, msg, [ctx.related(param, f"{param_name} is received here")],
                              (ctx.fix(f"Use {param_name}", ctx.replace(call, param_name), preferred=True),))

    @staticmethod
    def _explained(ctx: FuncContext, call: Node) -> bool:
        """A comment says why: in the three lines above the call, or in the function's doc comment
        when that mentions cancellation or detaching."""
        fn = syntax.enclosing_func(call) or ctx.unit
        body = syntax.func_body(fn) or fn
        lines = syntax.lines_above(ctx.source, call.start_byte, 3, floor=body.start_byte)  # inside the function only
        if any(l.strip().startswith((b"//", b"/*")) for l in lines):
            return True
        doc = []
        prev = ctx.unit.prev_sibling
        while prev is not None and prev.type == "comment":
            doc.append((prev.text or b"").lower())
            prev = prev.prev_sibling
        return any(w in d for d in doc for w in (b"cancel", b"detach"))
