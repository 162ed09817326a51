"""What a function does to channels, WaitGroups and cancel funcs its caller can see.

An :class:`EffectSummary` maps each visible place (a parameter, the receiver,
a package variable, or — for a closure — any variable of its declaration)
to the effect kinds it performs on *some* path and on *every* normal return
(deferred calls count on every later path), through the functions it calls.

:class:`EffectModel` answers, per CFG node of a declaration, what it does
(``occurrences``) and what it guarantees (``pays``): the direct effect, the
deferred effects registered there, and the summaries of the functions called.
A value handed to a function outside the package (``t.Cleanup(cancel)``,
``process(&wg)`` of another package) may be used there: ``pays`` counts that
hand-off, so obligations on it are not reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tree_sitter import Node

from .cfg import CNode
from .effects import (ADD, CALL, CANCEL, CLOSE, DEFER, DONE, GO, PASS, RANGE, RECV, SEND, WAIT, Effect, Func,
                      Place, UnitModel, translate)
from .locks import Anchor, resolve_guard
from .obligations import ObligationFlow

KINDS = frozenset({DONE, ADD, WAIT, SEND, RECV, CLOSE, RANGE, CANCEL})


@dataclass(frozen=True)
class PlaceEffects:
    place: Place
    some: frozenset = frozenset()     # effect kinds on some path
    every: frozenset = frozenset()    # effect kinds on every normal return
    where: tuple[tuple[str, Anchor], ...] = ()   # (kind, first place it happens) for related locations
    unpaid: tuple[tuple[str, tuple[frozenset, ...]], ...] = ()
    # (kind, path conditions under which it may not happen): for a kind done on every path *unless*
    # those conditions hold (``if wg != nil { wg.Done() }``); conditions on the parameters, or for a
    # closure on the declaration's variables


@dataclass
class EffectSummary:
    uses: dict[Place, PlaceEffects] = field(default_factory=dict)

    def fingerprint(self) -> tuple:
        return tuple(sorted((repr(p), tuple(sorted(u.some)), tuple(sorted(u.every))) for p, u in self.uses.items()))

    def get(self, place: Place) -> PlaceEffects | None:
        return self.uses.get(place)


class EffectModel:
    """Effects of the functions of one declaration on places, with the package's summaries for calls."""

    def __init__(self, um: UnitModel, package):
        self.um = um
        self.package = package
        self._lit: dict[int, EffectSummary | None] = {}

    # ------------------------------------------------------------ summaries
    def summary_of(self, callee, caller: Func | None = None) -> EffectSummary | None:
        if callee is None:
            return None
        if callee.literal is not None:
            lit = self.um.literal(callee.literal)
            if lit is None:
                return None
            if lit.node.id in self._lit:
                return self._lit[lit.node.id]
            self._lit[lit.node.id] = None   # recursion guard
            got = self.summary(lit, None)
            self._lit[lit.node.id] = got
            return got
        if callee.key is not None and self.package is not None:
            return self.package.effect_summary(callee.key)
        return None

    def summary(self, f: Func, key: str | None, unit_start: int = 0) -> EffectSummary:
        g = self.um.cfg(f)
        if g is None:
            return EffectSummary()
        literal = f.how != "decl"

        def visible(p: Place) -> bool:
            return p.is_param or p.is_global or literal

        some: dict[Place, set] = {}
        where: dict[Place, dict] = {}
        for n in g.nodes:
            for place, kind, node in self.occurrences(g, n):
                if place is None or not visible(place):
                    continue
                some.setdefault(place, set()).add(kind)
                if key is not None and node is not None:
                    where.setdefault(place, {}).setdefault(
                        kind, Anchor(key, node.start_byte - unit_start, node.end_byte - unit_start, kind))
        if not some:
            return EffectSummary()
        owed = [(p, k) for p, ks in some.items() for k in ks]
        flow = ObligationFlow(g, lambda n: (), lambda n, st: self.pays_map(g, n), at_entry=owed,
                              cond_key=self.um.tracked_key)
        reaches = g.ret.id in flow.state_in
        pending: dict = {}
        for o, _ in (flow.pending_at_exit() if reaches else ()):
            pending.setdefault(o.key, []).append(o.guard)

        def keep(guard: frozenset) -> frozenset:
            return guard if literal else frozenset(x for x in guard if x[0].startswith(("p:", "nil:p:")))

        out = {}
        for p, ks in some.items():
            every, unpaid = set(), []
            for k in ks:
                if not reaches:
                    continue
                gs = pending.get((p, k))
                if gs is None:
                    every.add(k)
                    continue
                kept = tuple(sorted({keep(x) for x in gs}, key=sorted))
                if all(kept):
                    unpaid.append((k, kept))    # unpaid only on paths with these conditions
            out[p] = PlaceEffects(p, frozenset(ks), frozenset(every), tuple(sorted(where.get(p, {}).items())),
                                  tuple(sorted(unpaid)))
        return EffectSummary(out)

    # ---------------------------------------------------------- per node
    def occurrences(self, g, n: CNode) -> list[tuple[Place | None, str, Node | None]]:
        """(place, kind, node) for every effect node ``n`` may perform (callees' effects included)."""
        out = []
        for e in self.um.node_effects(g, n):
            if e.kind == GO:
                continue                      # another goroutine's business
            effs = e.inner if e.kind == DEFER else (e,)
            for x in effs:
                if x.kind in KINDS:
                    out.append((x.place, x.kind, x.node))
                elif x.kind == CALL:
                    s = self.summary_of(x.callee)
                    for use in (s.uses.values() if s is not None else ()):
                        p = translate(use.place, x)
                        for k in use.some:
                            out.append((p, k, x.node))
        return out

    def pays(self, g, n: CNode) -> set:
        """(place, kind) pairs node ``n`` guarantees: direct effects, deferred ones (they run at every later
        exit), callees' effects on every path, and hand-offs to code outside the package."""
        out = set()
        for e in self.um.node_effects(g, n):
            out |= self.pays_effect(e)
        return out

    def pays_map(self, g, n: CNode) -> dict:
        """Like ``pays``, keyed (place, kind) -> None when paid on every path, or a list of the conditions
        under which it may not be (a callee that pays ``unless`` something, see ``PlaceEffects.unpaid``)."""
        out: dict = {}
        for e in self.um.node_effects(g, n):
            for key in self.pays_effect(e):
                out[key] = None
            effs = e.inner if e.kind == DEFER else ((e,) if e.kind != GO else ())
            for x in effs:
                if x.kind != CALL:
                    continue
                s = self.summary_of(x.callee)
                lit = x.callee is not None and x.callee.literal is not None
                for use in (s.uses.values() if s is not None else ()):
                    p = translate(use.place, x)
                    if p is None:
                        continue
                    for k, guards in use.unpaid:
                        if out.get((p, k), 0) is None:
                            continue
                        kept = []
                        for guard in guards:
                            status, carried = resolve_guard(guard, x, lit)
                            if status == "no":
                                continue       # the call's constants rule that path out
                            if not lit or (status == "unknown" and not carried):
                                kept = None    # a condition the caller cannot see: not paid
                                break
                            kept.append(carried)
                        if kept is None:
                            continue
                        prev = out.get((p, k), [])
                        out[(p, k)] = None if not kept else (prev + kept if isinstance(prev, list) else kept)
        return out

    def pays_effect(self, e: Effect) -> set:
        """What one effect of a node guarantees (see ``pays``)."""
        out = set()
        if e.kind == GO:
            for x in e.inner:
                if x.kind == PASS:
                    out.update(self._passed(x))
            return out
        effs = e.inner if e.kind == DEFER else (e,)
        for x in effs:
            if x.kind in KINDS and x.place is not None:
                out.add((x.place, x.kind))
            elif x.kind == CALL:
                s = self.summary_of(x.callee)
                for use in (s.uses.values() if s is not None else ()):
                    p = translate(use.place, x)
                    if p is not None:
                        out.update((p, k) for k in use.every)
            elif x.kind == PASS:
                out.update(self._passed(x))
        return out

    @staticmethod
    def _passed(x: Effect) -> set:
        """A value handed to code goleash cannot see: anything may happen to it there."""
        out = set()
        for p in x.args:
            if p is not None:
                out.update((p, k) for k in KINDS)
        return out
