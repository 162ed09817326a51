"""GL601 cancel-not-called."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding
from ..rule import FuncContext, Rule

WITH_CANCEL = re.compile(r"^context\.With(Cancel|Timeout|Deadline)(Cause)?$")


class CancelNotCalled(Rule):
    code = "GL601"
    name = "cancel-not-called"
    summary = "The cancel func of a derived context is discarded or not called on some path: the context leaks."
    triggers = frozenset({"mcall"})
    overlaps = "vet lostcancel"
    fixes = ("`defer cancel()` right after the call",)
    doc = """\
`context.WithCancel`, `WithTimeout` and `WithDeadline` return a cancel func
that must be called once the derived context is no longer needed. Until it is,
the context stays registered with its parent (and a `WithTimeout` timer keeps
running; with a parent of a foreign type a goroutine waits on it). A discarded
cancel func, or one skipped by an early return, leaks them until the parent
itself is cancelled — for `context.Background()`, never.

goleash reports the `_` that discards the cancel func, or the `return` on
which it is not called, with the call that created it as related location.
(anchor: vet `lostcancel`)

## Bad
```go
	ctx, _ = context.WithTimeout(ctx, time.Second)

	ctx, cancel := context.WithCancel(parent)
	if err := prepare(); err != nil {
		return err // cancel is not called on this path
	}
	defer cancel()
```

## Good
```go
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
```

## Stays silent
- `defer cancel()` or `defer func() { ...; cancel() }()`;
- cancel called before every return (`cancel(); return err`);
- cancel handed on: returned to the caller, stored in a struct field or map,
  passed to a function (`t.Cleanup(cancel)`), called from a closure or goroutine.

## Fixes
- **`defer cancel()`** inserted right after the call (naming the cancel func
  `cancel` when it was `_`).
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        for call in ctx.calls():
            recv, name = syntax.call_name(call)
            if not WITH_CANCEL.match(f"{recv}.{name}"):
                continue
            stmt = call.parent.parent if call.parent is not None else None
            if stmt is None or stmt.type not in ("short_var_declaration", "assignment_statement"):
                continue
            left = stmt.child_by_field_name("left")
            names = [n for n in left.named_children] if left is not None else []
            if len(names) != 2 or stmt.parent is None or stmt.parent.type != "statement_list":
                continue
            cancel = names[1]
            fn = syntax.enclosing_func(stmt) or ctx.unit
            related = [ctx.related(call, f"{recv}.{name} returns the cancel func here")]
            if syntax.text(cancel) == "_":
                fixes = ()
                if stmt.type == "short_var_declaration":
                    cname = syntax.unique_name("cancel", fn)
                    fixes = (ctx.fix(f"Keep the cancel func and defer {cname}()", ctx.replace(cancel, cname),
                                     ctx.insert_line_after(stmt, f"defer {cname}()"), preferred=True),)
                yield ctx.finding(cancel, f"the cancel func of {recv}.{name} is discarded: the context and its "
                                          f"resources leak until the parent is cancelled", related, fixes)
                continue
            if cancel.type != "identifier":
                continue  # stored in a field: someone else cancels
            exit_node = self._uncancelled_exit(ctx, syntax.text(cancel), stmt, fn)
            if exit_node is None:
                continue
            cname = syntax.text(cancel)
            fix = ctx.fix(f"defer {cname}() right after {recv}.{name}",
                          ctx.insert_line_after(stmt, f"defer {cname}()"), preferred=True)
            if exit_node is stmt:
                msg = f"{cname} is never called: the context from {recv}.{name} leaks until its parent is cancelled"
                yield ctx.finding(cancel, msg, related, (fix,))
            else:
                msg = f"{cname} is not called on this path: the context from {recv}.{name} leaks"
                yield ctx.finding(exit_node, msg, related, (fix,))

    @staticmethod
    def _uncancelled_exit(ctx: FuncContext, cname: str, stmt: Node, fn: Node) -> Node | None:
        """A return reached after ``stmt`` without calling ``cname``; ``stmt`` itself if never called."""
        body = syntax.func_body(fn) if fn.type != "source_file" else None
        if body is None:
            return None
        res = fn.child_by_field_name("result")
        if res is not None and any(syntax.text(n) == cname for d in res.named_children
                                   for n in d.children_by_field_name("name")):
            return None  # a named result: handed to the caller
        calls = []
        for ref in syntax.references(cname, body):
            if ref.start_byte <= stmt.end_byte:
                continue
            role = syntax.ident_role(ref)
            if role in ("decl", "assign"):
                return None  # reassigned: out of this rule's depth
            if role == "defer-call" or syntax.enclosing_func(ref) != fn:
                return None  # deferred, or called from a closure / goroutine
            if role == "use":
                return None  # handed on: returned, stored, passed to a function
            calls.append(ref)
        if not calls:
            return stmt
        for ret in ctx.nodes("return"):
            if ret.start_byte <= stmt.end_byte or syntax.enclosing_func(ret) != fn:
                continue
            if not syntax.inside(ret, stmt.parent):
                continue  # a return outside the block of the call: before it on the path
            if not any(syntax.runs_before(c, ret) or syntax.inside(c, ret) for c in calls):
                return ret
        return None
