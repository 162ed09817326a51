"""GL103 loop-without-exit."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Edit, Finding, Related
from ..rule import FuncContext, Rule

# A goroutine documented as living as long as the process is not a leak.
LIFETIME_RE = re.compile(r"(?i)(forever|until the process exits|for the (life|lifetime) of|never (returns|exits|stops)|"
                         r"runs until exit|process lifetime|background loop|\bone global\b|singleton|started (only )?once)")


class LoopWithoutExit(Rule):
    code = "GL103"
    name = "loop-without-exit"
    summary = "A goroutine loops on channel operations with no way out: it never ends and leaks."
    triggers = frozenset({"go"})
    fixes = ("add `case <-ctx.Done(): return` to the select (when a context is in scope)",)
    doc = """\
A goroutine runs `for { select { ... } }` (or `for { v := <-ch ... }`) and no
case ever returns: there is no `<-ctx.Done()` case, no done or quit channel, no
`v, ok := <-ch; if !ok { return }`, no `break` out of the loop. Each time the
function that starts it runs, one more goroutine is left waiting forever, with
everything it references.

## Bad
```go
func (w *Watcher) Start(ctx context.Context) {
	go func() {
		for {
			select {
			case ev := <-w.events:
				w.handle(ev)
			case <-w.ticker.C:
				w.flush()
			}
		}
	}()
}
```

## Good
```go
			select {
			case <-ctx.Done():
				return
			case ev := <-w.events:
```

## Stays silent
- any way out of the loop: a `return` in any case, a labelled `break`, an
  `ok`-checked receive that returns, a closed-channel case, `if ctx.Err() != nil { return }`;
- goroutines meant to live as long as the process: started in `main` or
  `init` (or a function of package main that main calls as its last act) or inside a `sync.Once` (also in
  the function literal a package variable holds, `launch = func() { go reap() }`, when every call of the
  variable is inside a `once.Do`, or in an unexported package function only ever handed to one,
  `initOnce.Do(bpfInit)`, or called inside one, never handed on otherwise; or a lazily made singleton's,
  under `if instance == nil` of a package variable the body sets before the `go` and the package never
  sets back to `nil`; or under `if atomic.CompareAndSwapInt32(&started, 0, 1)` of a package
  variable nothing else in the package stores, adds to or assigns), or documented as such in a comment on the `go`
  statement or the function (`// runs until the process exits`, `// loops forever`,
  "for the lifetime of", "one global", "singleton", "started once");
- a function of package main that runs once in the process's life: called in place, outside loops, only
  by `main` or functions the process ends after (`e.Start()` then `http.ListenAndServe(...)` in `main`): its
  goroutines are the program's background loops, one each;
- `for v := range ch` loops (they end when `ch` is closed: see GL102);
- a `go` statement after which its function, or the func literal it is in (a cobra `Run` callback),
  cannot return (an endless loop of its own, `for ; true; <-resync {}`, `os.Exit`, or a call of a package
  function no path of which returns: `go pushStats(); acceptLoop(l)`, a serve loop that never leaves): the
  goroutine does not outlive the function that started it.

## Fixes
- **Add a `ctx.Done()` case**: `case <-ctx.Done(): return` as the select's first
  case, using the context in scope (a parameter, a captured variable or the
  receiver's `ctx` field), indented like the other cases.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        if ctx.unit.type == "function_declaration" and ctx.func_name in ("main", "init"):
            return
        if self._documented_lifetime(ctx, ctx.unit) or ctx.returns_to_exit:
            return   # (main's last act: the process ends when it returns, the goroutine with it)
        if ctx.unit.type in ("function_declaration", "method_declaration") and \
                ctx.runs_once_before_exit(ctx.func_name, ctx.unit.type == "method_declaration"):
            return   # (run once in the process's life, in place, by main or what main ends with: its
            #          goroutines are the program's background loops, one each, not one more per call)
        for g in ctx.go_statements:
            lit = syntax.go_literal(g)
            if self._documented_lifetime(ctx, g) or self._in_once(g) or self._var_called_once(ctx, g) or \
                    _under_global_cas(ctx, g) or _run_by_once_only(ctx, g) or _singleton_start(ctx, g):
                continue
            if lit is None:
                yield from self._named(ctx, g)
                continue
            loop = self._endless_blocking_loop(lit)
            if loop is None or not ctx.model.returns_after(g):
                continue   # (or the function, or literal: a cobra Run callback, never returns once it started
                #            it: the goroutine cannot outlive it; asked last, it may read the callees)
            select = next((s for s in syntax.stmt_list(loop.child_by_field_name("body"))
                           if s.type == "select_statement"), None)
            fixes = ()
            ctx_name = syntax.context_in_scope(select, ctx.unit) if select is not None else None
            if select is not None and ctx_name is not None:
                ind = ctx.indent(select)
                head_end = select.child(0).end_byte  # after "select"
                brace = ctx.source.find(b"{", head_end)
                fixes = (ctx.fix(f"Return when {ctx_name} is cancelled",
                                 Edit(brace + 1, brace + 1, f"\n{ind}case <-{ctx_name}.Done():\n{ind}\treturn"),
                                 preferred=True),)
            where = f"each time {ctx.func_name} runs" if ctx.func_name else "each time it is started"
            msg = (f"this goroutine loops forever: nothing in its loop returns. No ctx.Done(), done channel or "
                   f"closed-channel check, so one more goroutine leaks {where}")
            related = [ctx.related(loop.child(0), "the loop without an exit")]
            yield ctx.finding(g.child(0), msg, related, fixes)

    def _named(self, ctx: FuncContext, g: Node) -> Iterator[Finding]:
        """``go w.loop()`` of a package function whose body is such a loop (no fix: the loop is there)."""
        call = g.named_children[0] if g.named_children else None
        if call is None or call.type != "call_expression":
            return
        callee = ctx.model.callee(call)[0]
        key = callee.key if callee is not None else None
        node = ctx.pkg.decl_node(key) if key is not None and ctx.pkg is not None else None
        if node is None or node.type not in ("function_declaration", "method_declaration"):
            return
        if self._documented_lifetime(ctx, node, ctx.pkg.decl_source(key)):
            return
        loop = self._endless_blocking_loop(node)
        if loop is None or not ctx.model.returns_after(g):
            return
        where = f"each time {ctx.func_name} runs" if ctx.func_name else "each time it is started"
        name = syntax.text(call.child_by_field_name("function"))
        msg = (f"this goroutine loops forever: nothing in {name}'s loop returns. No ctx.Done(), done channel or "
               f"closed-channel check, so one more goroutine leaks {where}")
        at = loop.child(0)
        related = [Related(0, 0, "the loop without an exit",
                           anchor=(key, at.start_byte - node.start_byte, at.end_byte - node.start_byte))]
        yield ctx.finding(g.child(0), msg, related)

    @staticmethod
    def _endless_blocking_loop(lit: Node) -> Node | None:
        """The body's ``for { ... }`` with no exit whose iterations block on a channel."""
        enders = None
        for stmt in syntax.stmt_list(syntax.func_body(lit)):
            if stmt.type != "for_statement":
                continue
            header = [c for c in stmt.named_children if c.type not in ("block", "comment")]
            body = stmt.child_by_field_name("body")
            if header or body is None:
                continue
            if syntax.contains_exit(body, stmt) or any(n.type in ("goto_statement", "labeled_statement")
                                                        for n in syntax.walk(body, skip_funcs=True)):
                continue
            if enders is None:
                enders = _ending_closures(lit)
            if enders and any(n.type == "call_expression" and syntax.text(n.child_by_field_name("function")) in enders
                              for n in syntax.walk(body, skip_funcs=True)):
                continue   # calls a local closure that ends the process (``exit(stopProcess())``)
            blocking = any(n.type == "select_statement" or (n.type == "unary_expression" and n.child(0) is not None
                                                            and n.child(0).type == "<-")
                           for n in syntax.walk(body, skip_funcs=True))
            if blocking:
                return stmt
        return None

    @staticmethod
    def _documented_lifetime(ctx: FuncContext, node: Node, source: bytes | None = None) -> bool:
        """A comment right above ``node`` (or on its first line) says it lives as long as the process.
        ``source``: the text ``node`` is in, when not the checked file's."""
        source = source if source is not None else ctx.source
        start = syntax.line_start(source, node.start_byte)
        end = syntax.line_end(source, node.start_byte)
        texts = [source[start:end]]
        prev = node.prev_sibling
        while prev is not None and prev.type == "comment" and prev.end_byte <= node.start_byte:
            texts.append(prev.text or b"")
            prev = prev.prev_sibling
        if node.type in ("function_declaration", "method_declaration"):
            body = syntax.func_body(node)   # comments at the top of its body
            for c in (body.named_children if body is not None else []):
                if c.type == "comment":
                    texts.append(c.text or b"")
                if c.type == "statement_list":
                    texts += [x.text or b"" for x in c.named_children[:3] if x.type == "comment"]
        if node.type == "go_statement":
            # comments inside the literal's body before the loop
            lit = syntax.go_literal(node)
            body = syntax.func_body(lit) if lit is not None else None
            for c in (body.named_children if body is not None else []):
                if c.type == "comment":
                    texts.append(c.text or b"")
                if c.type == "statement_list":
                    texts += [x.text or b"" for x in c.named_children if x.type == "comment"]
        return any(LIFETIME_RE.search(t.decode("utf-8", "replace")) for t in texts if b"//" in t or b"/*" in t)

    @staticmethod
    def _in_once(g: Node) -> bool:
        for p in syntax.ancestors(g):
            if p.type == "call_expression" and syntax.call_name(p)[1] == "Do":
                return True
        return False

    @classmethod
    def _var_called_once(cls, ctx: FuncContext, g: Node) -> bool:
        """The ``go`` statement is in the function literal a package variable starts with (``launch = func()
        { go reap() }``, a seam for tests), and every call of that variable in the package is inside a
        ``once.Do(...)``: the goroutine is started once per process at most."""
        if ctx.unit.type != "var_declaration" or ctx.pkg is None:
            return False
        lit = next((a for a in syntax.ancestors(g, ctx.unit) if a.type == "func_literal"), None)
        spec = lit.parent.parent if lit is not None and lit.parent is not None and \
            lit.parent.type == "expression_list" else None
        if spec is None or spec.type != "var_spec":
            return False
        names = spec.children_by_field_name("name")
        values = lit.parent.named_children
        if len(names) != len(values):
            return False
        calls = ctx.pkg.calls_of(syntax.text(names[values.index(lit)]))
        return bool(calls) and all(cls._in_once(call) for _key, _node, call, _owner in calls)


def _singleton_start(ctx: FuncContext, g: Node) -> bool:
    """Is the ``go`` statement in the ``then`` of ``if inst == nil`` of a package variable that this body
    sets (to something other than ``nil``) before the ``go``, and that nothing in the package sets to ``nil``
    (``if instance == nil { instance = &Bucket{}; go instance.rotate() }``)? A lazily made singleton: the
    first call starts it, the calls after find it made."""
    if ctx.pkg is None:
        return False
    for a in syntax.ancestors(g, ctx.unit):
        if a.type != "if_statement" or not syntax.inside(g, a.child_by_field_name("consequence")):
            continue
        cond = syntax.unparen(a.child_by_field_name("condition"))
        if cond is None or cond.type != "binary_expression" or \
                syntax.text(cond.child_by_field_name("operator")) != "==" or \
                syntax.text(cond.child_by_field_name("right")) != "nil":
            continue
        v = syntax.unparen(cond.child_by_field_name("left"))
        if v is None or v.type != "identifier" or ctx.model.scopes.var(v) is not None:
            continue
        name = syntax.text(v)
        sets = [x for x in syntax.walk(a.child_by_field_name("consequence"), skip_funcs=True)
                if x.type == "assignment_statement" and syntax.text(x.child_by_field_name("left")) == name and
                x.end_byte <= g.start_byte and syntax.text(x.child_by_field_name("right")) != "nil"]
        if sets and name in ctx.pkg.types.vars and not ctx.pkg.set_to_nil(name, field=False):
            return True
    return False


def _run_by_once_only(ctx: FuncContext, g: Node) -> bool:
    """Is the ``go`` statement in the body of a package function (not in a literal of it) that the package
    only ever hands to a ``sync.Once``'s ``Do`` (``bpfInitOnce.Do(bpfInit)``) and never calls or hands on
    otherwise? It runs once per process at most."""
    if ctx.pkg is None or ctx.unit.type != "function_declaration" or not ctx.func_name or \
            (syntax.enclosing_func(g) or ctx.unit).id != ctx.unit.id:
        return False
    return ctx.pkg.only_run_by_once(ctx.func_name) and \
        all(LoopWithoutExit._in_once(call) for _key, _node, call, _owner in ctx.pkg.calls_of(ctx.func_name) or ())


def _under_global_cas(ctx: FuncContext, g: Node) -> bool:
    """Is the ``go`` statement in the ``then`` of an ``if`` that needs a compare-and-swap of a package
    variable (``atomic.CompareAndSwapInt32(&initialised, 0, 1)``, ``started.CompareAndSwap(false, true)``)
    that nothing else in the package stores, swaps, adds to or assigns? Only the first caller of the
    process gets there: the goroutine is started once per process at most."""
    if ctx.pkg is None:
        return False
    for cond, _then in syntax.guards(g, ctx.unit):
        target = syntax.cas_target(cond)
        if target is None or target.type != "identifier" or ctx.model.scopes.var(target) is not None:
            continue
        if ctx.pkg.only_swapped_once(syntax.text(target)):
            return True
    return False


def _ending_closures(fn: Node) -> set[str]:
    """Local closures of ``fn`` (``exit := func(ok bool) { ...; os.Exit(1) }``) whose body ends with a
    statement that leaves for good (os.Exit, log.Fatal, panic): a call of one ends the loop."""
    out = set()
    for n in syntax.walk(syntax.func_body(fn), skip_funcs=True):
        if n.type != "short_var_declaration":
            continue
        left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
        names = [c for c in left.named_children] if left is not None else []
        values = [c for c in right.named_children] if right is not None else []
        for name, value in zip(names, values):
            if value.type != "func_literal":
                continue
            stmts = syntax.stmt_list(syntax.func_body(value))
            if stmts and syntax.is_terminating(stmts[-1]) and stmts[-1].type != "return_statement":
                out.add(syntax.text(name))
    return out
