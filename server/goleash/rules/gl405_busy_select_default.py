"""GL405 busy-select-default."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Edit, Finding
from ..rule import FuncContext, Rule


class BusySelectDefault(Rule):
    code = "GL405"
    name = "busy-select-default"
    summary = "for { select { ... default: } } with an empty default spins a CPU core at 100% while it waits."
    triggers = frozenset({"select"})
    fixes = ("remove the empty `default` case, so the select blocks",)
    doc = """\
A `select` with a `default` case never blocks. In a loop whose only work is
that `select`, an empty `default` turns waiting into polling: the goroutine
spins through the loop millions of times a second, burning a whole CPU core and
starving other goroutines, until one of the other cases becomes ready.

## Bad
```go
	for {
		select {
		case msg := <-in:
			handle(msg)
		case <-ctx.Done():
			return
		default:
		}
	}
```

## Good
```go
	for {
		select {
		case msg := <-in:
			handle(msg)
		case <-ctx.Done():
			return
		}
	}
```

## Stays silent
- a `default` that does something — calls a function (work, `time.Sleep`, `runtime.Gosched`), sends, receives, returns or breaks,
  or continues an outer loop (`continue Outer`: it leaves this one);
- a loop body with more than the `select` (other work that may block or take time: a call, a channel
  operation, a loop of its own computing a chunk between two looks at a stop channel), or whose statement
  after the `select` leaves the loop (`select { case v = <-ch: continue; default: }; break`: a drain;
  also `default: empty = true` then `if empty { break }`);
- a `select` outside a loop (a non-blocking try), or in a loop with a condition or clause
  (`for i := 0; i < b.N; i++`, `for pb.Next()`): it polls a bounded number of times.

## Fixes
- **Remove the `default` case**, when the select has other cases: the loop then waits
  for one of them instead of spinning.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        for sel in ctx.nodes("select"):
            default = next((c for c in sel.named_children if c.type == "default_case"), None)
            if default is None:
                continue
            loop = sel.parent.parent if sel.parent is not None and sel.parent.type == "statement_list" else None
            if loop is None or loop.type != "block" or loop.parent is None or loop.parent.type != "for_statement":
                continue
            labeled = loop.parent.parent
            own = syntax.text(labeled.child_by_field_name("label")) if labeled is not None and \
                labeled.type == "labeled_statement" and labeled.child_by_field_name("label") is not None else None
            if not self._idle(default, own):
                continue
            header = [c for c in loop.parent.named_children if c.type not in ("block", "comment")]
            if header:
                continue  # a counted or conditional loop polls a bounded number of times (benchmarks)
            body = syntax.stmt_list(loop)
            if any(s.id != sel.id and self._works(s) for s in body):
                continue
            if any(s.start_byte > sel.end_byte and (_leaves(s, own) or _leaves_on_flag(s, default, own))
                   for s in body):
                continue   # ``select {...; default:}; break``: the default falls through and leaves (a drain);
                # also ``default: empty = true`` then ``if empty { break }``
            cases = [c for c in sel.named_children if c.type == "communication_case"]
            msg = ("empty default in a select loop: it spins a CPU core. The loop never blocks "
                   "until another case is ready")
            fixes = ()
            if cases:
                start = syntax.line_start(ctx.source, default.start_byte)
                end = syntax.line_end(ctx.source, default.end_byte)
                fixes = (ctx.fix("Remove the empty default case (block instead of spinning)",
                                 Edit(start, end + 1, ""), preferred=True),)
            yield ctx.finding(default.child(0), msg, [ctx.related(loop.parent.child(0), "the loop that spins")],
                              fixes)

    @staticmethod
    def _idle(default: Node, own_label: str | None) -> bool:
        """Does the default case do nothing (only comments, `continue` of this loop, plain assignments
        without calls)?"""
        for s in default.named_children:
            if s.type == "comment":
                continue
            for n in [s, *syntax.walk(s)]:
                if n.type in ("call_expression", "send_statement", "return_statement", "break_statement",
                              "goto_statement", "go_statement", "defer_statement") or \
                        (n.type == "unary_expression" and syntax.text(n).startswith("<-")):
                    return False
                if n.type == "continue_statement" and n.named_children and \
                        syntax.text(n.named_children[0]) != own_label:
                    return False   # ``continue Outer``: leaves this loop (a drain moving to the next channel)
        return True

    @staticmethod
    def _works(stmt: Node) -> bool:
        """Does ``stmt`` do work that takes time: a call, a send, a receive, a ``go``, or a loop of its own
        (a chunk of computation between two looks at the select: ``for i := 0; i < n; i++ { x = x*k + c }``)?"""
        return any(n.type in ("call_expression", "send_statement", "go_statement", "unary_expression") or
                   n.type == "for_statement" and _counted_loop(n) for n in [stmt, *syntax.walk(stmt)])


def _counted_loop(loop: Node) -> bool:
    """Is ``loop`` a loop with a clause, a condition or a range, and a body that does something (``for i :=
    0; i < n; i++ { x = x*k + c }``), not a ``for { break }``?"""
    header = [c for c in loop.named_children if c.type not in ("block", "comment")]
    body = loop.child_by_field_name("body")
    return bool(header) and body is not None and any(s.type != "comment" for s in syntax.stmt_list(body))


def _leaves_on_flag(stmt: Node, default: Node, own_label: str | None) -> bool:
    """``if empty { break }`` after the select, where the ``default`` sets ``empty``: the default's turn
    leaves the loop (a drain that stops once nothing is ready)."""
    if stmt.type != "if_statement" or stmt.child_by_field_name("initializer") is not None:
        return False
    cond = syntax.unparen(stmt.child_by_field_name("condition"))
    then = stmt.child_by_field_name("consequence")
    if cond is None or cond.type != "identifier" or then is None or \
            not any(_leaves(x, own_label) for x in syntax.stmt_list(then)):
        return False
    flag = syntax.text(cond)
    for n in syntax.walk(default):
        if n.type == "assignment_statement":
            left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
            if left is not None and right is not None and [syntax.text(x) for x in left.named_children] == [flag] \
                    and [x.type for x in right.named_children] == ["true"]:
                return True
    return False


def _leaves(stmt: Node, own_label: str | None) -> bool:
    """A statement of the loop's body that leaves the loop: ``break`` (of this loop), ``return``, ``goto``."""
    if stmt.type in ("return_statement", "goto_statement"):
        return True
    if stmt.type == "break_statement":
        label = next((c for c in stmt.named_children if c.type == "label_name"), None)
        return label is None or syntax.text(label) == own_label
    return False
