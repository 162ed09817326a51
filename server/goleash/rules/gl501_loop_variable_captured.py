"""GL501 loop-variable-captured."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding
from ..rule import FuncContext, Rule

_INT_TYPES = ("array_type", "slice_type")


class LoopVariableCaptured(Rule):
    code = "GL501"
    name = "loop-variable-captured"
    summary = "A goroutine reads a loop variable that the loop keeps changing (Go < 1.22): it sees a later value, and races."
    triggers = frozenset({"go"})
    go_versions = ((1, 0), (1, 22))
    overlaps = "vet loopclosure"
    fixes = ("pass the variable as an argument of the `go func(...)` call (when its type is known)",
             "`v := v` before the `go` statement")
    doc = """\
Before Go 1.22 a `for` loop has one variable for all iterations. A goroutine
started in the loop that uses the variable reads it while the loop goes on
writing it: most goroutines see a later value (often the last one), and the
race detector reports the unsynchronised read and write.

goleash reads the `go` line of the nearest `go.mod` (the `goVersion` setting
without one): from Go 1.22 on each iteration has its own variable and the rule
is silent.

## Bad
```go
	for _, job := range jobs {
		go func() {
			process(job) // every goroutine may process the last job
		}()
	}
```

## Good
```go
	for _, job := range jobs {
		go func(job Job) {
			process(job)
		}(job)
	}
```

## Stays silent
- Go 1.22 and later (per-iteration variables);
- the variable passed as an argument, or copied (`job := job`) before the `go` statement;
- the loop waits for the goroutine in the same iteration (`wg.Wait()`, a receive, a read to the end of a
  pipe the goroutine closes: `io.ReadAll(r)`, `buf.ReadFrom(r)`, or a package function given `r` that reads it
  so before it can return) or
  leaves right after starting it (`break`, `return`); a `continue` that skips the wait only after the
  test reported a failure (`if !assert.Equal(t, ...) { continue }`, `t.Errorf(...); continue`) does not count.

## Fixes
- **Pass the variable as an argument** — `go func(job Job) {...}(job)` — when
  goleash can tell its type from the loop (an integer counter, a range over a
  parameter or variable of a declared slice, array, map or string type).
- **`job := job`** before the `go` statement, always.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        shared = ctx.shared
        per_go: dict[int, list] = {}
        for v in shared:
            if not v.is_loop_var:
                continue
            loop = v.decl
            for a in v.accesses:
                g = a.runner
                if g is None or not syntax.inside(g, loop) or syntax.inside(loop, syntax.go_literal(g)):
                    continue
                if syntax.enclosing_func(g) != syntax.enclosing_func(loop):
                    continue  # started from a closure (t.Run body...): when that runs is not known here
                if shared.joined_in_loop(g, loop):
                    continue
                per_go.setdefault(g.id, (g, {}))[1].setdefault(v.name, (v, a))
        for g, used in per_go.values():
            names = list(used)
            v0, a0 = used[names[0]]
            shown = ", ".join(names)
            msg = (f"goroutine captures loop variable{'s' if len(names) > 1 else ''} {shown} (Go < 1.22). The loop "
                   f"changes {'them' if len(names) > 1 else 'it'} while the goroutine runs, so it may see "
                   f"a later value and races")
            related = [ctx.related(v.ident, f"{n} is one variable for all iterations")
                       for n, (v, _) in used.items()]
            yield ctx.finding(a0.ident, msg, related, self._fixes(ctx, g, used))

    def _fixes(self, ctx: FuncContext, g: Node, used: dict):
        fixes = []
        lit = syntax.go_literal(g)
        types = {n: self._type_of(ctx, v, n) for n, (v, _) in used.items()}
        call = g.named_children[0]
        plist = lit.child_by_field_name("parameters")
        args = call.child_by_field_name("arguments")
        if all(types.values()) and plist is not None and args is not None and \
                not any(syntax.shadows(n, lit) for n in used):
            new_params = ", ".join(f"{n} {t}" for n, t in types.items())
            new_args = ", ".join(types)
            has_params = any(c.type in ("parameter_declaration", "variadic_parameter_declaration")
                             for c in plist.named_children)
            has_args = bool(syntax.call_args(call))
            e1 = ctx.append_to_list(plist, new_params, has_params)
            e2 = ctx.append_to_list(args, new_args, has_args)
            fixes.append(ctx.fix(f"Pass {', '.join(types)} as argument{'s' if len(types) > 1 else ''} of the goroutine",
                                 e1, e2, preferred=True))
        if g.parent is not None and g.parent.type == "statement_list":
            copies = [ctx.insert_line_before(g, f"{n} := {n}") for n in used]
            fixes.append(ctx.fix(f"Copy {', '.join(used)} before the go statement ({', '.join(f'{n} := {n}' for n in used)})",
                                 *copies, preferred=not fixes))
        return fixes

    @staticmethod
    def _type_of(ctx: FuncContext, v, name: str) -> str | None:
        loop = v.decl
        clause = next((c for c in loop.named_children if c.type in ("range_clause", "for_clause")), None)
        if clause is None:
            return None
        if clause.type == "for_clause":
            init = clause.child_by_field_name("initializer")
            right = init.child_by_field_name("right") if init is not None else None
            vals = right.named_children if right is not None else []
            left = [syntax.text(n) for n in syntax.declared_names(init)] if init is not None else []
            if name in left and len(vals) == len(left):
                val = vals[left.index(name)]
                if val.type == "int_literal" or (val.type == "call_expression" and
                                                 syntax.call_name(val) in (("", "len"), ("", "cap"))):
                    return "int"
            return None
        left = clause.child_by_field_name("left")
        names = [syntax.text(n) for n in left.named_children] if left is not None else []
        pos = names.index(name) if name in names else -1
        typ = syntax.declared_type(clause.child_by_field_name("right"), ctx.unit)
        if typ is None or pos < 0:
            return None
        if typ.type in _INT_TYPES:
            return "int" if pos == 0 else syntax.text(typ.child_by_field_name("element"))
        if typ.type == "map_type":
            return syntax.text(typ.child_by_field_name("key" if pos == 0 else "value"))
        if syntax.text(typ) == "string":
            return "int" if pos == 0 else "rune"
        if typ.type == "channel_type" and pos == 0:
            return syntax.text(typ.child_by_field_name("value"))
        return None
