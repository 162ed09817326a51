"""GL311 cond-never-signalled."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding, Related
from ..model.chanindex import new_cond
from ..model.effects import BROADCAST, CWAIT, SIGNAL
from ..rule import FuncContext, Rule


class CondNeverSignalled(Rule):
    code = "GL311"
    name = "cond-never-signalled"
    summary = "cond.Wait() on a Cond that nothing in the package signals or broadcasts: it never returns."
    triggers = frozenset({"mcall"})
    methods = frozenset({"Wait"})   # it reports Cond.Wait calls
    doc = """\
`sync.Cond.Wait` returns only after a `Signal` or `Broadcast` on the same
`Cond`. When nothing in the package ever calls either on it, every waiter
blocks forever.

goleash looks for `Signal`/`Broadcast` on the same Cond anywhere in the
package: a local Cond in its function and closures, a struct field (by type
and field) in every method.

## Bad
```go
type Queue struct {
	mu    sync.Mutex
	ready *sync.Cond
	items []int
}

func (q *Queue) Pop() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.ready.Wait() // Push never signals
	}
	...
}
```

## Good
Call `q.ready.Signal()` after adding an item (or `Broadcast()` after a change every waiter must see).

## Stays silent
- exported Cond fields (other packages may signal them), a Cond handed to other packages, or copied
  into another field or variable (`r.cur = s.cond`: it may be signalled under that name);
- a Cond reached through a value goleash cannot name; a local that only names a Cond made elsewhere
  (`var cond *sync.Cond` then `cond = e.cond2`, a call's result): it may be signalled under that name;
- a field Cond of a value a local holds (`d := Open(); d.cond.Wait()`) that a method of its type
  signals anywhere in the package, or of a value of an unknown type that was not made in the function;
  likewise a Cond of an element or field (`s.pieces[i].ready.Wait()`, `pieces []pieceReader`) that a
  method of the element's type signals (`func (p *pieceReader) markDone() { p.ready.Signal() }`);
- a Cond inside an anonymous struct field (`mu struct{ sync.Mutex; cond sync.Cond }`) signalled through
  that field anywhere in the package.
- a `*sync.Cond` field the package never sets (the `Wait` cannot run on a nil Cond
  without panicking first) or sets from a variable (it may be signalled under that
  name): only fields set with `sync.NewCond(...)` are reported.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        um = ctx.model
        index = None
        local_signals = set()
        waits = []
        for f in um.funcs:
            g = um.cfg(f)
            for n in (g.nodes if g is not None else ()):
                for e in um.node_effects(g, n):
                    for x in (e.inner if e.kind in ("go", "defer") else (e,)):
                        if x.kind in (SIGNAL, BROADCAST) and x.place is not None:
                            local_signals.add(x.place)
                        elif x.kind == CWAIT and x.place is not None:
                            waits.append(x)
        for w in waits:
            if w.place in local_signals:
                continue
            name = um.spell(w.place)
            if w.place.is_local:
                if self._escapes_local(um, w.place) or self._alias(um, w.place):
                    continue
                if w.place.path:   # a field of the value a local holds (d := Open(); d.cond.Wait())
                    abstract = um.abstract_place(w.place)
                    if abstract is None:
                        if not self._made_here(um, w.place):
                            continue   # a value of an unknown type from elsewhere: its code may signal it
                    else:
                        if index is None:
                            index = ctx.pkg.chan_index()
                        if index.escapes(abstract) or index.of(abstract, SIGNAL) or index.of(abstract, BROADCAST):
                            continue   # a method of its type signals it (d.finish() broadcasts d.cond)
                        yield ctx.finding(w.node, f"{name}.Wait() never returns: nothing signals it. Nothing in the "
                                                  f"package signals or broadcasts {abstract}",
                                          self._made(index, abstract) or self._declared(ctx, um, w.place, name) or
                                          self._waited_for(ctx, w.node, name))
                        continue
                yield ctx.finding(w.node, f"{name}.Wait() never returns: nothing signals it. Nothing signals or "
                                          f"broadcasts {name}", self._declared(ctx, um, w.place, name))
                continue
            abstract = um.abstract_place(w.place)
            if abstract is None or w.place.is_global:
                continue
            if index is None:
                index = ctx.pkg.chan_index()
            if any(index.escapes(a) or index.of(a, SIGNAL) or index.of(a, BROADCAST)
                   for a in (abstract, *_by_owner(ctx.pkg.types, abstract))):
                continue   # (``s.pieces[i].cond`` is ``piece.cond`` of the element type: its methods signal it)
            if self._pointer(um, w) and (not index.made(abstract) or index.of(abstract, "assign")):
                continue   # never set (a nil Cond: the Wait is dead or panics), or set from a value that may be
                           # signalled under another name
            yield ctx.finding(w.node, f"{name}.Wait() never returns: nothing signals it. Nothing in the package "
                                      f"signals or broadcasts {abstract}",
                              self._made(index, abstract) or self._waited_for(ctx, w.node, name))

    @staticmethod
    def _made(index, abstract: str) -> list[Related]:
        """Where the package makes the Cond of this package-wide name (its first ``sync.NewCond``)."""
        return [FuncContext.related_at(f.at, f"{abstract} is made here; nothing signals it")
                for f in index.of(abstract, "make")[:1]]

    @staticmethod
    def _waited_for(ctx: FuncContext, wait: Node, name: str) -> list[Related]:
        """The condition of the loop around the Wait (``for v.blocks[i].pending > 0``): what the Wait waits
        for, which nothing that changes it signals; [] when the Wait is in no loop with a condition."""
        loop = next((a for a in syntax.ancestors(wait) if a.type == "for_statement"), None)
        head = next((c for c in loop.named_children if c.type not in ("block", "comment")), None) \
            if loop is not None else None
        cond = head.child_by_field_name("condition") if head is not None and head.type == "for_clause" else \
            (head if head is not None and head.type != "range_clause" else None)
        if cond is None or not syntax.inside(loop, syntax.enclosing_func(wait) or loop):
            return []
        return [ctx.related(cond, f"it waits here for {syntax.text(cond)} to change; nothing signals {name} when "
                                  f"it does")]

    @staticmethod
    def _declared(ctx: FuncContext, um, place, name: str) -> list:
        """Where the local variable holding the Cond (or the value it is a field of) is declared."""
        v = um.root_var(place)
        node = (v.stmt or v.ident) if v is not None else None
        if node is None:
            return []
        what = f"{name} is made here" if v.name == name else f"{v.name} is declared here"
        return [ctx.related(node, f"{what}; nothing signals {name}")]

    @staticmethod
    def _pointer(um, w) -> bool:
        fn = w.node.child_by_field_name("function")
        operand = fn.child_by_field_name("operand") if fn is not None else None
        t = um.types.of(operand) if operand is not None else None
        return t is None or (um.index.underlying(t) or t).startswith("*")

    @staticmethod
    def _made_here(um, place) -> bool:
        """Is the value at the root of ``place`` made in this function (``&T{}``, ``T{}``, ``new(T)``,
        ``var x T``), so that only this function can reach its fields?"""
        v = um.root_var(place)
        if v is None:
            return False
        if v.value is None:
            return v.kind == "local" and v.type_node is not None and not v.assigned
        x = v.value
        if x.type == "unary_expression" and x.child_by_field_name("operator") is not None \
                and x.child_by_field_name("operator").type == "&":
            x = x.child_by_field_name("operand")
        if x is not None and x.type == "call_expression":
            return syntax.text(x.child_by_field_name("function")) == "new" and not v.assigned
        return x is not None and x.type == "composite_literal" and not v.assigned

    @staticmethod
    def _escapes_local(um, place) -> bool:
        return um.escapes(place)

    @staticmethod
    def _alias(um, place) -> bool:
        """Is the local Cond a name for one made elsewhere: given a value that does not make one, a field
        (``var cond *sync.Cond`` then ``cond = e.cond2``), a call's result, a parameter? Its maker's code
        may signal it under the other name."""
        v = um.root_var(place) if not place.path else None
        if v is None or v.kind != "local":
            return False
        values = [v.value] + [val for _a, val in v.assigns]
        return any(x is not None and not _makes_cond(syntax.unparen(x)) for x in values)


def _makes_cond(x: Node | None) -> bool:
    """``sync.NewCond(...)``, ``&sync.Cond{...}`` (:func:`~goleash.model.chanindex.new_cond`) or a
    ``sync.Cond{...}`` value: a new Cond."""
    return new_cond(x) or (x is not None and x.type == "composite_literal" and
                           syntax.text(x.child_by_field_name("type")) == "sync.Cond")


def _by_owner(types, abstract: str) -> tuple[str, ...]:
    """The package-wide name of the same field under the struct type that holds it last: ``pieceReader.cond``
    for ``StripeReader.pieces.[].cond`` (``pieces []pieceReader``), a method of the element type naming it
    so (``r.cond.Signal()``); () when a step's type is not the package's."""
    from ..model.types import base_name
    parts = abstract.split(".")
    if len(parts) < 3:
        return ()
    owner, steps, last = parts[0], parts[1:-1], parts[-1]
    t = owner
    for step in steps:
        if step == "[]":
            if not t.startswith("[]"):
                return ()
            t = t[2:]
            continue
        st = types.struct(base_name(t))
        f = next((f for f in (st.fields if st is not None else ()) if f.name == step), None)
        if f is None:
            return ()
        t = f.type.lstrip("*")
    name = base_name(t)
    return (f"{name}.{last}",) if name and types.struct(name) is not None else ()
