"""Obligations along paths: something that must happen before a function (or goroutine) ends.

A WaitGroup-counted goroutine owes ``wg.Done()``; the caller of
``context.WithCancel`` owes ``cancel()``. An :class:`ObligationFlow` creates
obligations (at the entry or at a node), discharges them where an effect
pays them (a direct call, a ``defer`` — which runs on every later exit — a
callee that pays on every path, a hand-off such as passing the value on), and
tells which exits are reached with one still pending, and from which node.

Panics are not reported: a goroutine that panics without a deferred
``recover`` takes the process down; a deferred call still runs on the way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from . import cfg as cfgmod
from .cfg import CFG, CNode
from .flow import MAX_GUARD, Solver, consistent


class Owe(NamedTuple):
    key: object              # what is owed (a place, a variable...)
    origin: int              # CFG node id that created it (-1: the entry)
    unused: int = 0
    guard: frozenset = frozenset()


class ObligationFlow:
    """Which obligations are still pending when each node runs (a may-analysis over paths)."""

    def __init__(self, g: CFG, create: Callable[[CNode], list[object]],
                 pays: Callable[[CNode, frozenset], set | dict],
                 at_entry: list[object] = (), cond_key=None, entry_guard: frozenset = frozenset(),
                 made_guard: frozenset = frozenset()):
        """``pays(n, state)``: the keys node ``n`` pays — a set (paid on every path through ``n``) or a
        dict key -> None (paid) or a list of guards (paid unless the obligation's path is consistent
        with one of them: a callee that pays only when some condition holds). ``made_guard``: what holds
        of an obligation from the node that creates it on (``cancel`` is not nil): a branch that
        contradicts it is no path of the obligation."""
        self.g = g
        self._create = create
        self._pays = pays
        self._made_guard = made_guard

        def transfer(n: CNode, st: frozenset) -> frozenset:
            st = frozenset(r for o in st for r in self._left(o, n, st))
            made = self._create(n)
            if made:
                st = st | {Owe(k, n.id, 0, made_guard) for k in made}
            return st

        init = frozenset(Owe(k, -1, 0, entry_guard) for k in at_entry)
        self.state_in = Solver(g, transfer, cond_key=cond_key, guard_at=3).run(init)

    def _paid(self, o: Owe, n: CNode, st: frozenset, _cache: dict = None) -> bool:
        got = self._pays(n, st)
        if not got:
            return False
        if isinstance(got, dict):
            if o.key not in got:
                return False
            unpaid = got[o.key]
            return unpaid is None or not any(consistent(o.guard, u) for u in unpaid)
        return o.key in got

    def _left(self, o: Owe, n: CNode, st: frozenset) -> list[Owe]:
        """What is left of ``o`` after node ``n``: nothing when ``n`` pays it; when ``n`` pays it unless a
        condition holds (a deferred ``if counted { wg.Done() }``), ``o`` on the paths where that condition
        holds only, so that a later branch on it, or a caller's constant argument, can rule them out."""
        got = self._pays(n, st)
        if not got:
            return [o]
        if not isinstance(got, dict):
            return [] if o.key in got else [o]
        if o.key not in got:
            return [o]
        unpaid = got[o.key]
        if unpaid is None:
            return []
        out = []
        for u in unpaid:
            if consistent(o.guard, u):
                g = o.guard | u
                out.append(o._replace(guard=g) if len(g) <= MAX_GUARD else o)
        return out

    def pending_at_exit(self, kind: str = cfgmod.RETURN) -> list[tuple[Owe, CNode]]:
        """(obligation, last node before the exit) for each obligation still pending at the exit."""
        out = []
        term = self.g.exits[kind]
        for q in term.pred:
            st = self.state_in.get(q.id)
            if st is None:
                continue
            for o in st:
                if not self._paid(o, q, st):
                    out.append((o, q))
            made = self._create(q)
            for k in made:
                out.append((Owe(k, q.id, 0, self._made_guard), q))
        out.sort(key=lambda t: t[1].ast.start_byte if t[1].ast is not None else 1 << 60)
        return out

    def pending(self, n: CNode) -> frozenset:
        return self.state_in.get(n.id, frozenset())
