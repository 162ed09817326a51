"""GL505 fatal-in-goroutine."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Edit, Finding
from ..rule import FuncContext, Rule

_STOPPERS = {"Fatal": "Error", "Fatalf": "Errorf", "FailNow": "Fail",
             "SkipNow": None, "Skip": None, "Skipf": None}
_TESTING_TYPES = ("*testing.T", "*testing.B", "*testing.F", "testing.TB")


class FatalInGoroutine(Rule):
    code = "GL505"
    name = "fatal-in-goroutine"
    summary = "t.Fatal/FailNow/SkipNow in a goroutine only stops that goroutine: the test goes on and may hang or pass wrongly."
    triggers = frozenset({"go"})
    overlaps = "vet testinggoroutine"
    fixes = ("`t.Error`/`t.Errorf`/`t.Fail` followed by `return`",)
    doc = """\
`t.Fatal`, `t.FailNow`, `t.SkipNow` (and `Fatalf`, `Skip`, `Skipf`) stop the test
by calling `runtime.Goexit` — in the goroutine that calls them. Called from a
goroutine the test started, they end only that goroutine: the test function
keeps running, often waiting for a result the goroutine will now never send,
and the testing package may panic ("test executed panic(nil) or
runtime.Goexit") or report the failure against the wrong test.
(anchors: staticcheck SA2002, vet testinggoroutine)

## Bad
```go
	go func() {
		if err := srv.Serve(l); err != nil {
			t.Fatal(err)
		}
	}()
```

## Good
```go
	go func() {
		if err := srv.Serve(l); err != nil {
			t.Error(err)
			return
		}
	}()
```

## Stays silent
- `t.Error`/`t.Errorf`/`t.Log` in goroutines (they are safe to call from any goroutine);
- `t.Fatal` in the test function itself or in a `t.Run` subtest body;
- a `t` that is not a `*testing.T`/`*testing.B`/`*testing.F`/`testing.TB` parameter.

## Fixes
- **`t.Error` + `return`**: `Fatal`→`Error`, `Fatalf`→`Errorf`, `FailNow`→`Fail`, with a
  `return` after it unless it is the goroutine's last statement. None for the Skip family.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        for call in ctx.calls():
            recv, name = syntax.call_name(call)
            if name not in _STOPPERS:
                continue
            g = syntax.goroutine_of(call, ctx.unit)
            lit = syntax.go_literal(g) if g is not None else None
            if lit is None or syntax.enclosing_func(call) != lit or not self._is_testing(recv, call, ctx.unit):
                continue
            msg = (f"{recv}.{name} in a goroutine ends only this goroutine, not the test: the test goes on "
                   f"(and may wait forever for it); use {recv}.{_STOPPERS[name] or 'Log'} and return")
            yield ctx.finding(call, msg, [ctx.related(g.child(0), "the goroutine is started here")],
                              self._fixes(ctx, call, recv, name, lit))

    @staticmethod
    def _is_testing(recv: str, call: Node, unit: Node) -> bool:
        """Is the call's receiver a ``*testing.T``-like parameter of an enclosing function?"""
        fn = call.child_by_field_name("function")
        operand = fn.child_by_field_name("operand") if fn is not None else None
        if operand is None or operand.type != "identifier":
            return False
        d = syntax.resolve_decl(operand, unit)
        if d is None or d.type not in syntax.FUNC_TYPES:
            return False
        return any(n == recv and t is not None and syntax.text(t) in _TESTING_TYPES for n, t in syntax.params(d))

    @staticmethod
    def _fixes(ctx: FuncContext, call: Node, recv: str, name: str, lit: Node):
        repl = _STOPPERS[name]
        stmt = call.parent
        if repl is None or stmt is None or stmt.type != "expression_statement" or \
                stmt.parent is None or stmt.parent.type != "statement_list" or syntax.result_types(lit):
            return ()
        field = call.child_by_field_name("function").child_by_field_name("field")
        edits = [Edit(field.start_byte, field.end_byte, repl)]
        body_stmts = syntax.stmt_list(syntax.func_body(lit))
        last = body_stmts and body_stmts[-1].id == stmt.id
        nxt = stmt.next_named_sibling
        if not last and not (nxt is not None and nxt.type == "return_statement"):
            edits.append(ctx.insert_line_after(stmt, "return"))
        return (ctx.fix(f"Use {recv}.{repl} and return from the goroutine", *edits, preferred=True),)
