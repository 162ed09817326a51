"""Fix builders shared by several rules (rules decide; this module writes the edits).

Each builder returns a :class:`goleash.findings.Fix` (or None when no safe
edit exists), built with the rule's :class:`goleash.rule.FuncContext`.
"""

from __future__ import annotations

from tree_sitter import Node

from . import syntax
from .model.shared import Conflict, SharedVars, Var


def used_outside(shared: SharedVars, v: Var, g: Node) -> bool:
    """Is ``v`` used outside goroutine ``g`` after ``g`` starts (by the function or another goroutine)?"""
    return any(a.runner != g and (a.runner is not None or a.ident.start_byte > g.end_byte)
               for a in v.accesses)


def guard_fix(ctx: FuncContext, shared: SharedVars, v: Var, c: Conflict, kinds, preferred: bool = True):
    """The "guard with a mutex" fix for a goroutine-vs-goroutine conflict, or None."""
    if c.why not in ("loop", "goroutine"):
        return None  # the function's own access would stay unguarded
    g = c.write.runner
    writes = shared.unguarded_writes(v, g, kinds)
    mutex = shared.mutex_in_scope(g)
    extra = []
    imports = ()
    if mutex is None:
        if c.why != "loop":
            return None
        loop = c.other
        block = syntax.stmt_of(loop)
        if block.parent is None or block.parent.type != "statement_list":
            return None
        mutex = syntax.unique_name("mu", ctx.unit)
        extra.append(ctx.insert_line_before(block, f"var {mutex} sync.Mutex"))
        imports = ("sync",)
    edits = shared.guard_edits(writes, mutex)
    if edits is None:
        return None
    return ctx.fix(f"Guard the writes to {v.name} with {mutex}", *extra, *edits,
                   preferred=preferred, imports=imports)
