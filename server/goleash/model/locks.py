"""Which mutexes are held where, on which path: one dataflow per function, summaries across calls.

Facts flowing through a function's CFG (see :mod:`goleash.model.flow`):

* ``("held", place, mode, origin, guard)`` — ``place`` is locked (``mode`` "w" or
  "r") since ``origin`` (the CFG node of the Lock or of the call that took it;
  ``-1`` when the function's contract says its caller holds it);
* ``("defer", place, mode, origin)`` — a deferred call releases ``place`` at exit;
* ``("released", place, origin)`` — ``place`` was unlocked at ``origin`` on this path.

Calls use the callee's :class:`LockSummary` (same-package functions and
methods through the :class:`~goleash.model.package.PackageModel`, closures of
the declaration directly): the locks it takes inside, what it returns holding,
what it releases that its caller held — each possibly only for a literal
``true``/``false`` argument (``readErr(locked bool)``). ``go`` statements take
no lock of their caller; ``defer`` registers the release for the exits.

Rules ask: :meth:`FuncLocks.held_at` (what is held when a node runs, with the
lock that took it), :meth:`FuncLocks.held_at_exit` (per terminal, after the
deferred calls), and the events found while replaying each node's effects
(double locks, unlocks of what is not held, mode mismatches).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import NamedTuple

from tree_sitter import Node

from .. import syntax
from . import cfg as cfgmod
from .cfg import CFG, CNode
from .effects import (CALL, DEFER, GO, LOCK, RLOCK, RUNLOCK, UNLOCK, Callee, Effect, Func, Place, test_driver,
                      translate, UnitModel)
from .flow import Solver, consistent

HELD, DEFERRED, RELEASED, FREE = "held", "defer", "released", "free"


class Fact(NamedTuple):
    """One lock fact on a path (see the module doc). ``guard``: the branch outcomes it depends on."""
    kind: str                 # held | defer | released | free
    place: Place
    mode: str = ""            # "w" / "r" (held, defer)
    origin: int = -2          # CFG node id that made the fact (-1: the contract)
    guard: frozenset = frozenset()   # conditions of the path so far (grows as branches are taken)
    born: frozenset = frozenset()    # conditions that held where the fact was made
CONTRACT = -1
UNTOUCHED = -3   # origin of a "free" fact that holds since the entry: the function has not locked it yet
UNTOUCHED_HELPER = -4   # ... nor called the lock helper that returns holding it (FuncLocks.helper_places)
_MODE = {LOCK: "w", RLOCK: "r", UNLOCK: "w", RUNLOCK: "r"}
READ_MODES = ("r", "r2")   # the modes of a held read lock
_READ = READ_MODES
_HELD_RE = re.compile(r"\b(?:must|should)\s+(?:be\s+)?(?:held|locked|hold)|\bwith\s+(?:\S+\s+){1,3}?(?:held|locked)\b|"
                      r"\b(?:is|are)\s+(?:assumed|expected)\s+(?:to\s+be\s+)?(?:held|locked)|\bheld\s+on\s+entry|"
                      r"\b(?:lock|mutex|mu)\s+(?:is\s+)?held\b|\bunder\s+(?:the\s+)?(?:\S+\s+)?lock\b|"
                      r"\b(?:requires?|expects?|assumes?)\s+\S*\s*(?:\S+\s+)?(?:lock|mutex|mu)\b.*\bheld\b|"
                      r"\b(?:requires?|expects?|assumes?)\s+(?:the\s+)?(?:\S+\s+)?(?:lock|mutex|mu)\s+(?:is\s+|to\s+be\s+)?"
                      r"(?:read[- ]?)?locked\b|"
                      r"\bcaller\s+(?:must\s+)?holds?\b|\bheld\s+by\s+(?:the\s+)?caller\b|\block(?:ed)?\s+by\s+(?:the\s+)?caller|"
                      r"\b(?:LOCKS_REQUIRED|UNLOCK_FUNCTION)\s*\(|\+checklocks(?:read|release)?:\w",
                      re.I)
# ``// LOCKS_REQUIRED(dh.mu)``, ``// UNLOCK_FUNCTION(fs.mu)`` (the thread-safety annotations of
# github.com/jacobsa/syncutil's users): the mutex named is held when the function starts
_REQUIRED_RE = re.compile(r"\b(?:LOCKS_REQUIRED|UNLOCK_FUNCTION)\s*\(\s*(\w+(?:\.\w+)*)\s*\)|"
                          r"\+checklocks(?:release)?:(\w+(?:\.\w+)*)")
# ``// +checklocks:h.mu`` (gVisor's checklocks analyzer): the function is entered with ``h.mu`` held;
# ``+checklocksread:`` read-locked, ``+checklocksrelease:`` held and released by it
_READ_REQUIRED_RE = re.compile(r"\+checklocksread:(\w+(?:\.\w+)*)")


@dataclass(frozen=True)
class Anchor:
    """A place in another declaration, resolved to offsets when a finding is published."""
    func: str            # function key (``Name`` / ``Type.Name``)
    start: int           # offsets relative to the start of that declaration
    end: int
    what: str = ""


@dataclass(frozen=True)
class LockUse:
    """What one function does to one mutex (a place relative to its parameters or a package var).

    Guards are conditions on the function's parameters (``("p:2", False)``: only when the third
    argument is false; ``("nil:p:0", True)``: only when the first is nil) — or, for a closure of
    the same declaration, on the enclosing function's variables, which carry over to its caller.
    """
    place: Place
    locks: str | None = None          # "Lock"/"RLock": it locks the mutex itself (possibly inside a callee)
    lock_guard: frozenset = frozenset()
    certain: bool = True              # no condition deeper down the chain that this caller cannot see
    via: tuple[Anchor, ...] = ()      # the chain of calls down to the Lock
    acquires: str | None = None       # "w"/"r": it returns holding the mutex
    acquire_guard: frozenset = frozenset()
    always: bool = False              # ... on every normal return where acquire_guard holds
    releases: bool = False            # it unlocks a mutex it did not lock: the caller's
    release_guard: frozenset = frozenset()
    released_before: frozenset = frozenset()   # the caller's mutexes it has let go of before it locks this one
    once: Place | None = None         # it locks only on its first call for this value (a once-gate on it:
                                      # ``if s.stopped { return }; s.stopped = true``), on every path that locks
    modes: tuple[tuple[str, frozenset], ...] = ()   # (mode, guard) when it returns holding the mutex in either
                                      # mode by path (``if rLock { mu.RLock() } else { mu.Lock() }``)
    stored_as: Place | None = None    # it returns holding the mutex of a value it also stores in a field its
                                      # caller sees (``r.resc = n.c1; n.c1.L.Lock()``): released later by that name


@dataclass(frozen=True)
class OrderEdge:
    """The function takes mutex ``second`` while holding ``first`` (package-wide names by type)."""
    first: str
    second: str
    held_at: Anchor        # where ``first`` was taken
    taken_at: Anchor       # where ``second`` is taken (or the call that takes it)
    via: tuple[Anchor, ...] = ()
    related: bool = False  # both mutexes hang off one value (s.mu, s.db.mu) or are package variables
    test: bool = False     # in a _test.go file
    # where each lies in memory (UnitModel.field_object): ``("Conn", ("in", "Mutex"))``, or None
    first_obj: tuple | None = None
    second_obj: tuple | None = None
    driver: bool = False   # taken by a test function's own goroutine (effects.test_driver)
    gates: frozenset = frozenset()   # other mutexes held for writing on every path here (:func:`gates`)
    # the mutexes held for writing on every path here, the first one too, that hang off the value holding a
    # mutex of the pair as its own field (:func:`value_gates`): (that value's type, path from it)
    value_gates: frozenset = frozenset()

    def may_meet(self, first_obj, second_obj) -> bool:
        """Can this edge's two mutexes be the ones at ``first_obj`` and ``second_obj`` (an inverse pair's,
        swapped by the caller)? Not when one is known to lie at another field of the same type."""
        return _may_alias(self.first_obj, first_obj) and _may_alias(self.second_obj, second_obj)


def _may_alias(a, b) -> bool:
    return a is None or b is None or a[0] != b[0] or a[1] == b[1]


@dataclass
class LockSummary:
    uses: dict[Place, LockUse] = field(default_factory=dict)
    order: tuple[OrderEdge, ...] = ()
    writes: tuple[tuple[str, Anchor], ...] = ()   # mutexes it write-locks itself (package-wide names), on
    #                                               values others may hold (not one it has just made: _unpublished)
    frees: tuple[str, ...] = ()   # mutexes it unlocks without having locked them (package-wide names)
    worker_frees: tuple[str, ...] = ()   # ... that a goroutine it starts unlocks so (a semaphore's worker)

    def fingerprint(self) -> tuple:
        got = self.__dict__.get("_fp")   # a summary is not changed once made: computed once
        if got is None:
            got = self.__dict__["_fp"] = self._fingerprint()
        return got

    def _fingerprint(self) -> tuple:
        return (tuple(sorted((repr(p), u.locks, tuple(sorted(u.lock_guard)), u.certain, u.acquires,
                              tuple(sorted(u.acquire_guard)), u.always, u.releases, tuple(sorted(u.release_guard)),
                              tuple(sorted(map(repr, u.released_before))), repr(u.once),
                              tuple((m, tuple(sorted(g))) for m, g in u.modes))
                             for p, u in self.uses.items())),
                tuple(sorted((o.first, o.second, repr(o.first_obj), repr(o.second_obj)) for o in self.order)),
                self.frees, self.worker_frees)


@dataclass
class LockEvent:
    kind: str                # double | upgrade | unlock-unheld | mode-mismatch | double-unlock
    node: CNode
    effect: Effect
    place: Place
    other: tuple | None = None   # the conflicting fact
    use: LockUse | None = None   # for events through a call: the callee's use
    certain: bool = True         # the call's arguments show the callee takes the lock


_LOCK_CALL = re.compile(r"\.(?:R?Lock|R?Unlock)\(\)")


class FuncLocks:
    """Lock states of one function (declaration or literal)."""

    def __init__(self, model: "LockModel", func: Func, g: CFG, entry_held: frozenset = frozenset()):
        self.model = model
        self.func = func
        self.g = g
        self.um: UnitModel = model.um
        self.entry_held = entry_held
        # the mutexes the function's own annotation or doc names as held on entry (``+checklocks:c.mu``):
        # taken again there, they deadlock; one inferred from its name alone (``...Locked``) may be another
        self.stated = model.stated_contract(func)
        self.events: list[LockEvent] = []
        self._handle_memo: dict[int, frozenset] = {}
        self._prio: frozenset | None = None
        self.trivial = not entry_held and (not model.text_may_change_held or not self._needs_flow())
        if self.trivial:   # no lock of its own, no callee that returns holding or releases one: nothing held
            self.state_in = {}
            return
        solver = Solver(g, self._transfer, cond_key=self.um_cond_key, guard_at=4, edge=self._edge)
        solver.priority = self._lock_conditions()
        init = frozenset(Fact(HELD, p, m, CONTRACT) for p, m in entry_held)
        held_at_entry = {p for p, _ in entry_held}
        init |= frozenset(Fact(FREE, p, "", UNTOUCHED) for p in self.locked_places if p not in held_at_entry)
        init |= frozenset(Fact(FREE, p, "", UNTOUCHED_HELPER) for p in self.helper_places if p not in held_at_entry)
        self.state_in = solver.run(init)
        self._replay()

    def _needs_flow(self) -> bool:
        """Does anything in this function change which mutexes are held?"""
        for n in self.g.nodes:
            if n.kind == "cond" and n.ast is not None and ("TryLock" in (n.ast.text or b"").decode("utf-8", "replace")
                                                            or self.um.trylock(n.ast) is not None):
                return True
            for e in self.um.node_effects(self.g, n):
                for x in (e.inner if e.kind in (DEFER, GO) else (e,)):
                    if x.kind in (LOCK, RLOCK, UNLOCK, RUNLOCK):
                        return True
                    if x.kind == CALL and self._release_call(x):
                        return True
                    if x.kind == CALL:
                        if not self._may_hold(x.callee):
                            continue   # (by its text and its callees': no need to summarise it)
                        sm = self.model.summary_of(x.callee, self.func)
                        if sm is not None and any(u.acquires or u.releases for u in sm.uses.values()):
                            return True
        return False

    def _may_hold(self, c) -> bool:
        """May a call of ``c`` change which mutexes are held? Not a package function whose text and
        callees' never lock nor unlock (:meth:`PackageModel.may_change_held`)."""
        return not (c is not None and c.literal is None and c.key is not None and self.model.package is not None
                    and not self.model.package.may_change_held(c.key.rsplit(".", 1)[-1]))

    @cached_property
    def locked_places(self) -> frozenset[Place]:
        """Mutexes this function locks itself: they start out free (``("free", p)`` facts)."""
        return frozenset(e.place for n in self.g.nodes for e in self.um.node_effects(self.g, n)
                         if e.kind in (LOCK, RLOCK) and e.place is not None)

    @cached_property
    def helper_places(self) -> frozenset[Place]:
        """Mutexes only a callee returns holding (a lock helper's): they start out free too (origin
        ``UNTOUCHED_HELPER``), so a path that never calls it (``switch r.owner { case me: r.depth++;
        default: r.take() }``) still says so at the return: the function does not take it on every path."""
        out = set()
        for n in self.g.nodes:
            for e in self.um.node_effects(self.g, n):
                s = self.model.summary_of(e.callee, self.func) if e.kind == CALL and self._may_hold(e.callee) \
                    else None
                for use in (s.uses.values() if s is not None else ()):
                    p = self.model.translate(use.place, e) if use.acquires else None
                    if p is not None:
                        out.add(p)
        return frozenset(out) - self.locked_places

    # --------------------------------------------------------------- queries
    def state(self, n: CNode) -> frozenset:
        return self.state_in.get(n.id, frozenset())

    def held_at(self, node: Node) -> dict[Place, tuple]:
        """Mutexes held on some path when the statement ``node`` starts (place -> a held fact)."""
        n = self._cnode(node)
        if n is None:
            return {}
        st = self.state(n)
        if n.ast is not None and n.ast.id != node.id:
            st = self._upto(n, st, node)
        out: dict[Place, tuple] = {}
        for f in st:
            if f.kind == HELD:
                out.setdefault(f.place, f)
        return out

    def _cnode(self, node: Node) -> CNode | None:
        g = self.g
        n = g.node_of(node)
        cur = node
        hops = 0
        while n is None and cur is not None and hops < 64:
            cur = cur.parent
            hops += 1
            if cur is None or cur.id == self.func.node.id:
                return None
            n = g.node_of(cur)
        return n

    def _upto(self, n: CNode, st: frozenset, node: Node) -> frozenset:
        """The state inside node ``n`` just before ``node`` (effects before it in the statement applied)."""
        for e in self.um.node_effects(self.g, n):
            if e.node.start_byte >= node.start_byte:
                break
            st = self._apply(n, e, st, None)
        return st

    def held_at_exit(self, kind: str = cfgmod.RETURN) -> list[tuple]:
        """Held facts reaching a terminal, after the deferred unlocks registered on the same path ran."""
        st = self.state(self.g.exits[kind])
        deferred = {f.place for f in st if f.kind == DEFERRED and not f.mode.startswith("+")}
        return [f for f in st if f.kind == HELD and f.place not in deferred]

    def exit_states(self, kind: str = cfgmod.RETURN) -> frozenset:
        return self.state(self.g.exits[kind])

    # ------------------------------------------------------------- transfer
    def um_cond_key(self, cond):
        return self.um.tracked_key(cond)

    def _edge(self, n: CNode, br, state: frozenset) -> frozenset:
        # if mu.TryLock() { ... }: held on the success branch only
        if br is None:
            return state
        got = self.um.trylock(br.cond)
        if got is None:
            return state
        place, mode, positive = got
        if br.value == positive:   # taken: no longer free or released on this branch, as after a Lock
            return frozenset(f for f in state if not (f.kind in (RELEASED, FREE) and f.place == place)) | \
                {Fact(HELD, place, mode, n.id)}
        return state

    def _pc(self, n: CNode) -> frozenset:
        """Trackable conditions that hold on every path to ``n``: the guard of a fact created there."""
        pc = self.um.guard_literals_to(self.g, n)
        if len(pc) <= 3:
            return pc
        # keep the conditions that guard lock operations, then those on parameters (what callers decide)
        prio = self._prio if self._prio is not None else self._lock_conditions()
        self._prio = prio
        return frozenset(sorted(pc, key=lambda x: (x[0] not in prio, not x[0].startswith("p:"), x))[:3])

    def _transfer(self, n: CNode, st: frozenset) -> frozenset:
        fresh = self.um.declared_roots(n)
        if fresh:   # a variable declared again (each loop iteration) names a new value
            st = frozenset(f for f in st if f.place.root not in fresh)
        for dst, _src in self.um.reassigned_roots(n):   # y = l: y names another value; what held y.mu is moot
            st = frozenset(f for f in st if f.place.root != dst or not f.place.path)
        for key, value in self.um.flag_sets(n):   # flag = true: every path through here has that value now
            st = frozenset(f._replace(guard=frozenset(x for x in f.guard if x[0] != key) | {(key, value)})
                           for f in st)
        for e in self.um.node_effects(self.g, n):
            st = self._apply(n, e, st, None)
        return st

    def _replay(self) -> None:
        """Walk each reachable node once with its fixpoint state and record the lock events."""
        for n in self.g.nodes:
            if n.terminal or n.id not in self.state_in:
                continue
            st = self.state_in[n.id]
            for e in self.um.node_effects(self.g, n):
                st = self._apply(n, e, st, self.events)

    def _apply(self, n: CNode, e: Effect, st: frozenset, events: list | None) -> frozenset:
        k = e.kind
        if k in (LOCK, RLOCK):
            if e.place is None:
                return st
            mode = _MODE[k]
            if events is not None:
                for f in st:
                    if f.kind == HELD and f.place == e.place and (f.origin != CONTRACT or f.place in self.stated):
                        if f.mode in _READ and mode == "r":
                            events.append(LockEvent("rlock-again", n, e, e.place, f))
                        else:
                            events.append(LockEvent("upgrade" if f.mode in _READ else "double", n, e, e.place, f))
                        break
            taken = [f for f in st if f.kind in (RELEASED, FREE) and f.place == e.place]
            st = frozenset(f for f in st if not (f.kind in (RELEASED, FREE) and f.place == e.place))
            pc = self._pc(n) | self.um.nonnil_by_lock(e.place)
            if mode == "r" and any(f.kind == HELD and f.place == e.place and f.mode in ("r", "r2") for f in st):
                mode = "r2"   # read locks nest: the next RUnlock releases this one
            return st | {Fact(HELD, e.place, mode, n.id, g, pc) for g in _with_flags(pc, taken)}
        if k in (UNLOCK, RUNLOCK):
            if e.place is None:
                return st
            held = [f for f in st if f.kind == HELD and f.place == e.place]
            if events is not None and not st and e.place in self.locked_places:
                events = None   # no path reaches it: every feasible one carries this mutex's facts (a flag
                # that says it is free, ``if locked { mu.Unlock() }`` where ``locked`` is false on each)
            if events is not None:
                rel = next((f for f in st if f.kind == RELEASED and f.place == e.place), None)
                free = next((f for f in st if f.kind == FREE and f.place == e.place), None)
                if not held:
                    events.append(LockEvent("double-unlock" if rel else "unlock-unheld", n, e, e.place, rel))
                else:
                    want = _MODE[k]
                    if all(f.mode[:1] != want for f in held) and all(f.origin != CONTRACT for f in held):
                        events.append(LockEvent("mode-mismatch", n, e, e.place, held[0]))
                    if free is not None:   # held on some paths here, free on others
                        events.append(LockEvent("maybe-unheld", n, e, e.place, free))
            if k == RUNLOCK and any(f.mode == "r2" for f in held):
                # a nested read lock (taken while another was held) goes first
                return frozenset(f for f in st if not (f.kind == HELD and f.place == e.place and f.mode == "r2"))
            # released (the caller's lock when nothing here held it): a later Lock re-takes it
            gs = _with_flags(self._pc(n), held)
            return frozenset(f for f in st if not (f.kind == HELD and f.place == e.place)) | \
                {Fact(RELEASED, e.place, "", n.id, g) for g in gs} | {Fact(FREE, e.place, "", -2, g) for g in gs}
        if k == CALL:
            return self._call(n, e, st, events, deferred=False)
        if k == "pass":
            return self._via_handle(n, e, st, deferred=False)
        if k == DEFER:
            for x in e.inner:
                if x.kind in (LOCK, RLOCK) and x.place is not None:
                    # re-taken at exit (``mu.Unlock(); defer mu.Lock()``): the caller gets it back
                    st = st | {Fact(DEFERRED, x.place, "+" + _MODE[x.kind], n.id, self._pc(n))}
                elif x.kind in (UNLOCK, RUNLOCK) and x.place is not None:
                    held = [f for f in st if f.kind == HELD and f.place == x.place]
                    if events is not None:
                        if not held:
                            events.append(LockEvent("unlock-unheld", n, x, x.place, None))
                        elif all(f.mode[:1] != _MODE[x.kind] for f in held) and \
                                all(f.origin != CONTRACT for f in held):
                            events.append(LockEvent("mode-mismatch", n, x, x.place, held[0]))
                    st = st | {Fact(DEFERRED, x.place, _MODE[x.kind], n.id, self._pc(n))}
                elif x.kind == CALL:
                    st = self._call(n, x, st, None, deferred=True)
                elif x.kind == "pass":
                    st = self._via_handle(n, x, st, deferred=True)
            return st
        if k == GO:
            # a goroutine that unlocks what this function holds takes the lock over
            for x in e.inner:
                if x.kind in (LOCK, RLOCK) and x.place is not None:
                    # re-taken at exit (``mu.Unlock(); defer mu.Lock()``): the caller gets it back
                    st = st | {Fact(DEFERRED, x.place, "+" + _MODE[x.kind], n.id, self._pc(n))}
                elif x.kind in (UNLOCK, RUNLOCK) and x.place is not None:
                    st = self._hand_over(st, x.place, n)
                elif x.kind == CALL:
                    s = self.model.summary_of(x.callee, self.func)
                    for use in (s.uses.values() if s is not None else ()):
                        if use.releases:
                            p = self.model.translate(use.place, x)
                            if p is not None:
                                st = self._hand_over(st, p, n)
                    # ``go safely(func() { defer mu.Unlock(); ... })``: a closure handed to the function the
                    # goroutine runs is run there (a wrapper's business): what it releases is handed over too
                    for arg in (syntax.call_args(x.node) if x.node.type == "call_expression" else ()):
                        lit = self.um.literal(arg.id) if arg.type == "func_literal" else None
                        ls = self.model.literal_summary(lit) if lit is not None else None
                        for use in (ls.uses.values() if ls is not None else ()):
                            if use.releases:
                                st = self._hand_over(st, use.place, n)
            return st
        return st

    def _lock_conditions(self) -> frozenset:
        """Keys of the conditions of ``if`` statements whose branches lock or unlock directly
        (``if locked { mu.Unlock() }``): the correlations GL301/GL304 need are kept first."""
        out = set()
        for n in self.g.nodes:
            ast = n.ast.parent if n.kind == "cond" and n.ast is not None else None
            if ast is None or ast.type != "if_statement":
                continue
            cons = ast.child_by_field_name("consequence")
            alt = ast.child_by_field_name("alternative")
            if not any(b is not None and _LOCK_CALL.search(syntax.text(b)) for b in (cons, alt)):
                continue
            key = self.um_cond_key(ast.child_by_field_name("condition"))
            if key is not None:
                out.add(key[0])
        return frozenset(out)

    def _via_handle(self, n: CNode, e: Effect, st: frozenset, deferred: bool) -> frozenset:
        """``tx := s.Begin()`` returned holding ``s.mu``; ``tx.End()`` (a method goleash cannot resolve: an
        interface's, another package's) is how such APIs give the lock back. A call on the handle the
        lock came with hands the lock over to it: not held after it (or, deferred, at exit)."""
        fn = e.node.child_by_field_name("function") if e.node.type == "call_expression" else None
        operand = fn.child_by_field_name("operand") if fn is not None and fn.type == "selector_expression" else None
        if operand is None or operand.type != "identifier":
            return st
        name = syntax.text(operand)
        for f in list(st):
            if f.kind != HELD or f.origin < 0 or name not in self._handles(f.origin):
                continue
            if deferred:
                st = st | {Fact(DEFERRED, f.place, f.mode[:1] or "w", n.id, self._pc(n))}
            else:
                st = self._hand_over(st, f.place, n)
        return st

    def _handles(self, origin: int) -> frozenset:
        """Names assigned the results of the call at CFG node ``origin`` (``tx, err := s.Begin()``)."""
        got = self._handle_memo.get(origin)
        if got is None:
            node = next((x for x in self.g.nodes if x.id == origin), None)
            stmt = node.ast if node is not None else None
            got = frozenset()
            if stmt is not None and stmt.type in ("short_var_declaration", "assignment_statement"):
                left, right = stmt.child_by_field_name("left"), stmt.child_by_field_name("right")
                if right is not None and any(c.type == "call_expression" for c in right.named_children):
                    got = frozenset(syntax.text(c) for c in (left.named_children if left is not None else ())
                                    if c.type == "identifier" and syntax.text(c) != "_")
            self._handle_memo[origin] = got
        return got

    @staticmethod
    def _hand_over(st: frozenset, place: Place, n: CNode) -> frozenset:
        if not any(f.kind == HELD and f.place == place for f in st):
            return st
        return frozenset(f for f in st if not (f.kind == HELD and f.place == place)) | {Fact(RELEASED, place, "", n.id)}

    def _release_call(self, e: Effect) -> list:
        """(kind, place) the call ``e`` releases by calling a release func a package function returned:
        a func value made so (``unl := s.rlock(); defer unl()``, or at once: ``defer s.mutex()()``), or given
        to a package function that
        calls its func parameter (``defer unlock(s.rlock())`` with ``func unlock(fn func()) { fn() }``)."""
        pkg = self.model.package
        call = e.node
        if pkg is None or call is None or call.type != "call_expression":
            return []
        fn = call.child_by_field_name("function")
        values = []
        if fn is not None and fn.type == "identifier":
            v = self.um.scopes.var(fn)
            if v is not None and not v.assigned and v.value is not None:
                values.append(syntax.unparen(v.value))
        elif fn is not None and syntax.unparen(fn).type == "call_expression":
            values.append(syntax.unparen(fn))   # ``defer s.mutex()()``: the result of the call, called
        key = e.callee.key if e.callee is not None else None
        args = syntax.call_args(call)
        if key and pkg.takes_func(key) and any(a.type == "call_expression" for a in args):
            i = pkg.calls_func_param(key)   # (read only for a func taking a func and given a call's result)
            if i is not None and i < len(args):
                values.append(syntax.unparen(args[i]))
        out = []
        for value in values:
            value = self._unwrapped(value)
            if value is None or value.type != "call_expression":
                continue
            callee, cargs, consts = self.um.callee(value)
            ckey = callee.key if callee is not None else None
            if not ckey or not pkg.returns_func(ckey):
                continue
            ce = Effect(CALL, value, None, callee=callee, args=cargs, consts=consts)
            for kind, place in pkg.release_places(ckey):
                q = translate(place, ce)
                if q is not None:
                    out.append((kind, q))
        return out

    def _unwrapped(self, value: Node | None) -> Node | None:
        """The release func a wrapper was given, when ``value`` calls one whose result runs it
        (``doOnce(unlock)`` of a package wrapper, :meth:`PackageModel.wraps_func_param`, or
        ``sync.OnceFunc(unlock)``): the call that made ``unlock`` (``now, unlock := r.lockNow()``), or
        ``value`` itself."""
        pkg = self.model.package
        for _ in range(3):
            if value is None or value.type != "call_expression":
                return value
            fn = value.child_by_field_name("function")
            args = syntax.call_args(value)
            i = 0 if syntax.text(fn) == "sync.OnceFunc" else None
            if i is None:
                callee = self.um.callee(value)[0]
                key = callee.key if callee is not None else None
                i = pkg.wraps_func_param(key) if key and pkg is not None else None
            if i is None or i >= len(args):
                return value
            arg = syntax.unparen(args[i])
            if arg is not None and arg.type == "identifier":
                v = self.um.scopes.var(arg)
                arg = syntax.unparen(v.value) if v is not None and not v.assigned and v.value is not None else None
            value = arg
        return value

    def _behind_same_gate(self, held: Fact, use: LockUse, e: Effect) -> bool:
        """Was the held lock taken by a call that locks only behind a once-gate on the same value as this
        one's (``css.stop()`` twice: the second finds ``css.stopped`` set and locks nothing)?"""
        if use.once is None or held.origin < 0:
            return False
        gated = self.model.translate(use.once, e)
        origin = self.g.nodes[held.origin] if held.origin < len(self.g.nodes) else None
        if gated is None or origin is None:
            return False
        for x in self.um.node_effects(self.g, origin):
            if x.kind != CALL:
                continue
            s = self.model.summary_of(x.callee, self.func)
            for u in (s.uses.values() if s is not None else ()):
                if u.once is not None and self.model.translate(u.place, x) == held.place and \
                        self.model.translate(u.once, x) == gated:
                    return True
        return False

    def _stored_under(self, st: frozenset, place: Place) -> Place | None:
        """The held mutex a callee took and stored the value of under ``place`` (``LockUse.stored_as``):
        ``r.NextResultCh()`` returns holding ``r.store[i].c1.L`` and keeps ``n.c1`` in ``r.resc``, so
        ``r.FinishResult()``'s ``r.resc.L.Unlock()`` lets that one go."""
        for f in st:
            if f.kind != HELD or f.origin < 0:
                continue
            for e in self.um.node_effects(self.g, self.g.nodes[f.origin]):
                s = self.model.summary_of(e.callee, self.func) if e.kind == CALL else None
                for use in (s.uses.values() if s is not None else ()):
                    if use.stored_as is not None and self.model.translate(use.stored_as, e) == place and \
                            self.model.translate(use.place, e) == f.place:
                        return f.place
        return None

    def _handle_of(self, st: frozenset, place: Place, at: Node) -> Place:
        """The held mutex a release through a handle lets go of: ``tx.Commit()`` unlocks ``tx.db.mu`` where
        ``tx`` was last set (before ``at``, in the text) by a call on ``db`` or given ``db`` (``tx :=
        db.Begin()``, ``newTx(db)``) while this function holds ``db.mu`` (a mutex of the same type's
        field, owned by that value): that one. Otherwise ``place``."""
        if any(f.kind == HELD and f.place == place for f in st) or not place.path:
            return place
        stored = self._stored_under(st, place)
        if stored is not None:
            return stored
        um = self.um
        v = um.root_var(place)
        if v is None:
            return place
        sets = [(v.ident.start_byte, v.value)] + [(node.start_byte, value) for node, value in v.assigns]
        last = max((x for x in sets if x[0] < at.start_byte), key=lambda x: x[0], default=None)
        value = syntax.unparen(last[1]) if last is not None else None
        if value is None or value.type != "call_expression":
            return place
        name = um.abstract_place(place)
        fn = value.child_by_field_name("function")
        givens = [syntax.unparen(a) for a in syntax.call_args(value)]
        if fn is not None and fn.type == "selector_expression":
            givens.append(fn.child_by_field_name("operand"))
        owners = {um.place(x) for x in givens if x is not None} - {None}
        owner_type = name.rsplit(".", 2)[-2] if name is not None and name.count(".") >= 1 else None
        for f in st:
            if f.kind != HELD or f.place.path == () or um.abstract_place(f.place) != name:
                continue
            holder = Place(f.place.root, f.place.path[:-1])
            if holder in owners:
                return f.place   # (the value the handle was made from owns the held mutex)
            if holder.path and holder.path[-1] == owner_type and Place(holder.root, holder.path[:-1]) in owners:
                return f.place   # (through the type it embeds: ``m.RLockLow()`` of ``PriorityRWMutex`` in ``m``)
        return place

    def _call(self, n: CNode, e: Effect, st: frozenset, events: list | None, deferred: bool) -> frozenset:
        released = self._release_call(e)
        if released:
            for _kind, place in released:
                if deferred:
                    st = st | {Fact(DEFERRED, place, "w", n.id, frozenset())}
                else:
                    st = _release(st, place, frozenset(), n.id, self._pc(n))
            return st
        summary = self.model.summary_of(e.callee, self.func)
        recv, method = syntax.call_name(e.node)
        if recv and _RELEASE_VERB.match(method) and \
                not any(u.releases or u.locks for u in (summary.uses.values() if summary is not None else ())):
            # ``g := mu.Lock("why")`` returned a guard; ``g.Unlock()`` runs a release func the guard keeps,
            # out of the summary's sight: the lock goes back through the handle it came with
            return self._via_handle(n, e, st, deferred)
        if summary is None:
            return st
        lit = e.callee is not None and e.callee.literal is not None
        pc = self._pc(n)
        for use in summary.uses.values():
            place = self.model.translate(use.place, e)
            if place is None:
                continue
            if deferred:
                if use.releases:
                    status, carried = resolve_guard(use.release_guard, e, lit)
                    if status != "no":
                        st = st | {Fact(DEFERRED, self._handle_of(st, place, e.node), "w", n.id, carried)}
                continue
            if use.locks and events is not None:
                status, carried = resolve_guard(use.lock_guard, e, lit)
                if status != "no" and not lit and self.model.entry_excludes(use.lock_guard, e):
                    status = "no"
                if status != "no":
                    for f in st:
                        if f.kind == HELD and f.place == place and (f.origin != CONTRACT or place in self.stated) and \
                                consistent(f.guard, carried) and use.place not in use.released_before and \
                                not self._behind_same_gate(f, use, e):
                            mode = _MODE[use.locks]
                            kind = "rlock-again" if f.mode in _READ and mode == "r" else \
                                ("upgrade" if f.mode in _READ else "double")
                            events.append(LockEvent(kind, n, e, place, f, use, certain=status == "yes"))
                            break
            if use.releases:
                status, carried = resolve_guard(use.release_guard, e, lit)
                if status != "no":
                    st = _release(st, self._handle_of(st, place, e.node), carried, n.id, pc)
            if use.acquires and not use.always:
                # locked again on some of the callee's paths (``found, v := lookupCached(k)`` returns holding
                # the lock when nothing is found): an earlier unlock no longer says it is free on every path
                st = frozenset(f for f in st if not (f.kind == RELEASED and f.place == place))
            if use.acquires and use.always:   # a callee leaking the lock on some path is GL301's report there
                status, carried = resolve_guard(use.acquire_guard, e, lit)
                if status == "yes":
                    # held in the mode of the callee's paths this call can take (its bool argument decides
                    # ``relock(true)``); in either when the arguments do not tell
                    modes = [(m, resolve_guard(g, e, lit)) for m, g in use.modes]
                    modes = [(m, more) for m, (s, more) in modes if s != "no"] or [(use.acquires, frozenset())]
                    st = frozenset(f for f in st if not (f.kind in (RELEASED, FREE) and f.place == place and
                                                         consistent(f.guard, carried)))
                    for m, more in modes:
                        g = _cap_guard(pc | carried | more)
                        st = st | {Fact(HELD, place, m, n.id, g, g)}
        if summary.worker_frees and not deferred:
            # the callee starts a goroutine that unlocks a mutex it never locks: the lock held here is
            # handed over to it (``m.mu.Lock(); p := m.addPending(k)`` whose goroutine defers the unlock)
            for f in st:
                if f.kind == HELD and self.um.abstract_place(f.place) in summary.worker_frees:
                    st = _release(st, f.place, frozenset(), n.id, pc)
        return st


def _with_flags(pc: frozenset, before: list) -> set[frozenset]:
    """The guards of the facts a Lock or an Unlock makes: the conditions ``pc`` of the node, with the values
    of the tracked bool flags (``flag:`` keys, :meth:`UnitModel.flag_sets`) that the facts it replaces had
    on their paths (``locked := true`` before ``mu.Lock()``): one guard per set of values met, so a later
    ``if !locked { mu.Lock() }`` follows only the paths where the flag says the mutex is free."""
    out = set()
    for f in before:
        flags = frozenset(x for x in f.guard if x[0].startswith("flag:"))
        if consistent(pc, flags):
            out.add(_cap_guard(pc | flags))
    return out or {pc}


def _cap_guard(g: frozenset) -> frozenset:
    """At most three conditions: those on parameters first (the ones a call's arguments decide)."""
    return g if len(g) <= 3 else frozenset(sorted(g, key=lambda x: (not x[0].startswith("p:"), x))[:3])


def _release(st: frozenset, place: Place, carried: frozenset, origin: int, pc: frozenset) -> frozenset:
    """Unlock ``place`` on the paths where ``carried`` holds: held facts consistent with it are released
    (with a single condition, the fact stays held on the other outcome)."""
    out = set()
    for f in st:
        if f.kind == HELD and f.place == place and consistent(f.guard, carried):
            extra = [lit for lit in carried if lit not in f.guard]
            if len(extra) == 1:
                k, v = extra[0]
                out.add(f._replace(guard=_cap_guard(f.guard | {(k, not v)})))
            continue
        out.add(f)
    g = _cap_guard(pc | carried)
    out.add(Fact(RELEASED, place, "", origin, g))
    out.add(Fact(FREE, place, "", -2, g))
    return frozenset(out)


def resolve_guard(guard: frozenset, e: Effect, literal: bool) -> tuple[str, frozenset]:
    """Evaluate a callee's guard at a call: ("yes" | "no" | "unknown", conditions carried to the caller).

    A package function's guard names its parameters (``p:i``): the call's constant arguments decide
    it. A closure's guard names its own parameters (``lp:i``, decided the same way) or variables of the
    enclosing function (carried over as they are: the caller shares them).
    """
    if not guard:
        return "yes", frozenset()
    method = not literal and e.callee is not None and e.callee.key is not None and "." in e.callee.key
    status = "yes"
    carried = set()
    for key, value in guard:
        if key.startswith("rc:"):   # a recovered panic: the summaries' exits (return, Goexit) recover nil
            if value:
                return "no", frozenset()
            continue
        if key.startswith("f:p:") and not literal:
            got = _literal_field(e, key[2:])
            if got is not None and got != value:
                return "no", frozenset()
            continue   # (decided by a literal argument, or not by the arguments: taken as it was)
        nil = key.startswith("nil:")
        k = key[4:] if nil else key
        own = k.startswith("lp:") if literal else k.startswith("p:")
        if not own:
            if literal:
                carried.add((key, value))
            continue
        i = int(k.split(":", 1)[1]) + (1 if method else 0)
        c = e.consts[i] if 0 <= i < len(e.consts) else None
        if nil and c == "nil":
            if not value:
                return "no", frozenset()
        elif not nil and isinstance(c, bool):
            if c != value:
                return "no", frozenset()
        else:
            status = "unknown"
    return status, frozenset(carried)


def _literal_field(e: Effect, key: str) -> bool | None:
    """The value of the bool field ``p:i.F`` (or ``p:i.F.G``) in a call's argument written as a composite
    literal (``removeContainer(ctr, rmOpts{RemovePod: true})``, ``&opts{...}``): the constant given, or
    false when a literal with keyed fields leaves it out (its zero value). None when the argument does not
    say."""
    root, _, path = key.partition(".")
    try:
        i = int(root[2:])
    except ValueError:
        return None
    args = syntax.call_args(e.node) if e.node is not None and e.node.type == "call_expression" else []
    if i < 0 or i >= len(args) or not path:
        return None
    x = syntax.unparen(args[i])
    if x is not None and x.type == "identifier":
        x = _literal_local(e.node, syntax.text(x))   # ``opts := ctrRmOpts{...}`` then ``f(c, opts)``
    for name in path.split("."):
        if x is not None and x.type == "unary_expression" and syntax.text(x.child_by_field_name("operator")) == "&":
            x = syntax.unparen(x.child_by_field_name("operand"))
        body = x.child_by_field_name("body") if x is not None and x.type == "composite_literal" else None
        if body is None:
            return None
        elems = [c for c in body.named_children if c.type != "comment"]
        if any(c.type != "keyed_element" for c in elems):
            return None
        hit = None
        for c in elems:
            k = c.named_children[0] if c.named_children else None
            k = k.named_children[0] if k is not None and k.type == "literal_element" and k.named_children else k
            if k is not None and syntax.text(k) == name:
                hit = c.named_children[-1]
                hit = hit.named_children[0] if hit.type == "literal_element" and hit.named_children else hit
        if hit is None:
            return False if name == path.split(".")[-1] else None
        x = syntax.unparen(hit)
    if x is not None and x.type in ("true", "false"):
        return x.type == "true"
    return None


def _literal_local(call: Node, name: str) -> Node | None:
    """The composite literal a local of the function around ``call`` is declared with, when that is its only
    value: declared once from it, never assigned again, its address never taken, none of its fields set
    (``opts := ctrRmOpts{Force: force, RemovePod: true}`` ... ``removeContainer(ctx, c, opts)``)."""
    fn = syntax.enclosing_func(call)
    body = syntax.func_body(fn) if fn is not None else None
    if body is None:
        return None
    found = None
    for n in syntax.walk(body):
        if n.type == "identifier" and syntax.text(n) == name:
            p = n.parent
            if p is not None and p.type == "unary_expression" and syntax.text(p.child_by_field_name("operator")) == "&":
                return None
            if p is not None and p.type == "expression_list" and p.parent is not None and \
                    p.parent.type in ("short_var_declaration", "assignment_statement") and \
                    p.parent.child_by_field_name("left") == p:
                right = p.parent.child_by_field_name("right")
                vals = right.named_children if right is not None else []
                names = [syntax.text(c) for c in p.named_children]
                if found is not None or p.parent.type == "assignment_statement" or len(vals) != len(names):
                    return None
                found = syntax.unparen(vals[names.index(name)])
            if p is not None and p.type == "selector_expression" and p.child_by_field_name("operand") == n and \
                    p.parent is not None and p.parent.type == "expression_list" and p.parent.parent is not None and \
                    p.parent.parent.type == "assignment_statement" and \
                    p.parent.parent.child_by_field_name("left") == p.parent:
                return None   # ``opts.RemovePod = false``
    return found if found is not None and found.type == "composite_literal" and \
        syntax.inside(call, body) and found.start_byte < call.start_byte else None


def guard_holds(guard: frozenset, e: Effect, certain: bool = False) -> bool:
    """Do the call's constant arguments allow a guarded use (``certain``: do they show it)?"""
    status, _ = resolve_guard(guard, e, e.callee is not None and e.callee.literal is not None)
    return status == "yes" if certain else status != "no"


def documented_held(name: str, doc: str | None) -> bool:
    """Does a function say that its callers hold a lock, by its name (``...Locked``, ``lockedX``,
    ``xWithLock``) or its doc comment ("mu must be held", "lock is assumed held on entry")?"""
    return bool(re.search(r"[a-z0-9]R?Locked$|^locked[A-Z]|[a-z]WithLock$|[a-z]UnderLock$|Locked_", name)) or \
        bool(doc and _HELD_RE.search(doc))


class LockModel:
    """Lock flows of the functions of one declaration, and the summaries they need."""

    def __init__(self, um: UnitModel | Callable[[], UnitModel], package, text: bytes | None = None,
                 decl: tuple[Node, bytes] | None = None):
        self._um = um               # (or a function that builds it: ``relevant`` alone needs only ``text``)
        self._text = text           # the declaration's source, when ``um`` is not built yet
        self._decl = decl           # (the declaration's node, its file's source): for ``quiet`` before ``um``
        self._quiet: bool | None = None
        self.package = package      # PackageModel (summaries of other declarations) or None
        self._flows: dict[int, FuncLocks | None] = {}
        self._lit_summaries: dict[int, LockSummary | None] = {}
        self._in_progress: set[int] = set()
        self._relevant: bool | None = None
        self._text_may_change: bool | None = None
        self._names: frozenset[str] | None = None
        self._entry_flags: dict[int, frozenset] = {}

    @property
    def text_may_change_held(self) -> bool:
        """By the text alone: could a function of this declaration change which mutexes are held? Not
        when the declaration has no lock operation of its own and calls no package function that may
        (PackageModel.may_change_held): then no flow needs its CFG, nor its callees' summaries."""
        if self._text_may_change is None:
            from .package import _LOCK_RE
            text = self._decl_text()
            self._text_may_change = self.package is None or bool(_LOCK_RE.search(text)) or any(
                self.package.may_change_held(name) for name in self._called_names(text))
        return self._text_may_change

    @property
    def quiet(self) -> bool:
        """Is no mutex ever held or released in this declaration's functions? So when no lock operation is
        in its text, no package function it calls may change which mutexes are held
        (:attr:`text_may_change_held`), and the function does not say that its callers hold one
        (``...Locked``, "mu must be held": :meth:`contract`). Every flow is then trivial; the rules that
        report what is held where can stop before the declaration's model and CFGs are built."""
        if self._quiet is None:
            self._quiet = not self.text_may_change_held and not self._documented_contract()
        return self._quiet

    def _documented_contract(self) -> bool:
        """Does the declaration's function say, by its name or doc comment, that it starts with a lock
        held (the only contract possible without a lock operation in its text)?"""
        node, source = self._decl if self._decl is not None else (self.um.unit, self.um.source)
        if node.type not in ("function_declaration", "method_declaration"):
            return False
        return documented_held(_text(node.child_by_field_name("name")), syntax.contract_comment(source, node))

    def _decl_text(self) -> bytes:
        """The declaration's source (given, or read from its model)."""
        if self._text is None:
            self._text = self.um.source[self.um.unit.start_byte:self.um.unit.end_byte]
        return self._text

    def _called_names(self, text: bytes) -> frozenset[str]:
        """The names the declaration's text calls (``name(``), read once."""
        if self._names is None:
            from .package import call_names
            self._names = call_names(text)
        return self._names

    @property
    def um(self) -> UnitModel:
        if callable(self._um):
            self._um = self._um()
        return self._um

    @property
    def relevant(self) -> bool:
        """Could this declaration touch a mutex at all (its text, or a package function it calls)?"""
        if self._relevant is None:
            from .package import _LOCK_RE
            text = self._decl_text()
            self._relevant = bool(_LOCK_RE.search(text)) or (
                self.package is not None and
                self.package.lock_relevant(self._called_names(text)))
        return self._relevant

    def flow(self, f: Func) -> FuncLocks | None:
        """The lock flow of a function of this declaration (None when its body cannot be modelled)."""
        if f.node.id in self._flows:
            return self._flows[f.node.id]
        self._flows[f.node.id] = None    # recursion guard
        g = self.um.cfg(f)
        res = FuncLocks(self, f, g, self.contract(f)) if g is not None else None
        self._flows[f.node.id] = res
        return res

    def stated_contract(self, f: Func) -> frozenset:
        """The receiver's mutexes the function's doc comment names as held on entry (``// +checklocks:c.mu``,
        ``LOCKS_REQUIRED(c.mu)``, "c.mu must be held"), as places; empty for a literal."""
        if f.how != "decl":
            return frozenset()
        doc, recv = self._doc_and_receiver(f)
        return frozenset(Place("p:-1", path) for _, path in self._receiver_named(doc, recv))

    def _doc_and_receiver(self, f: Func):
        """A declared function's contract comment (maybe empty) and its receiver's variable (None for a
        function)."""
        return syntax.contract_comment(self.um.source, f.node), self._receiver(f)

    def _receiver(self, f: Func):
        """The receiver's variable of a declared method (None for a function or a literal)."""
        return next((v for v in self.um.scopes.declared_in(f.node) if v.kind == "receiver"), None)

    def _receiver_named(self, doc: str, recv) -> list[tuple[str, tuple]]:
        """The mutexes ``doc`` names as held that are spelled as fields of the receiver ``recv``: (as spelled,
        the field path)."""
        if not doc or recv is None:
            return []
        out = []
        for spelled in self._named_held(doc):
            parts = spelled.split(".")
            if parts[0] == recv.name and len(parts) > 1:
                out.append((spelled, tuple(parts[1:])))
        return out

    @staticmethod
    def _named_held(doc: str) -> list[str]:
        """The mutexes ``doc`` names as held (``x.mu must be held``, ``LOCKS_REQUIRED(x.mu)``, ``+checklocks:x.mu``,
        ``+checklocksread:x.mu``), as spelled."""
        return re.findall(r"\b(\w+(?:\.\w+)*)\s+(?:must|should|is|needs to)\s+(?:be\s+|already\s+|assumed\s+"
                          r"(?:to\s+be\s+)?)*(?:held|(?:read[- ]?|r)?locked|hold)\b", doc, re.I) + \
            [a or b for a, b in _REQUIRED_RE.findall(doc)] + _READ_REQUIRED_RE.findall(doc)

    def contract(self, f: Func) -> frozenset:
        """Mutexes the function's callers hold when it starts, by its name (``...Locked``) or doc comment;
        for a goroutine's literal, the ones handed over to it (:meth:`_handed_to_goroutine`)."""
        if f.how == "go":
            return self._handed_to_goroutine(f)
        if f.how != "decl":
            return frozenset()
        name = _text(f.node.child_by_field_name("name"))
        doc, recv = self._doc_and_receiver(f)
        if not documented_held(name, doc):
            return self._callers_contract(f, name)
        read_named = set(_READ_REQUIRED_RE.findall(doc or ""))
        first = self._first_ops(f)
        out = {(Place("p:-1", path), "r" if spelled in read_named else "w")
               for spelled, path in self._receiver_named(doc, recv) if self._names_a_mutex(recv, path, first)}
        if not out and recv is not None:
            # the receiver's mutexes it releases before it takes them (``c.mu.Unlock(); <-ch; c.mu.Lock()``:
            # held on entry, whatever other locks the type holds, ``mu struct{ sync.RWMutex; ... }`` beside a
            # ``checker *leakChecker`` that embeds one); else its mutex fields; for a field of no sync type
            # (``lock lock.Locker``), those it locks or unlocks
            fields = sorted(p.path for p, op in first.items() if p.root == "p:-1" and p.path and
                            op in (UNLOCK, RUNLOCK)) or \
                self._mutex_fields(recv) or self._mutex_fields(recv, wrapped=True) or sorted(
                p.path for p in first if p.root == "p:-1" and p.path)
            usual = [f for f in fields if f[-1].lower() in ("mu", "mutex", "lock", "mtx", "m")]
            for fld in (usual if usual and len(usual) < len(fields) else fields):
                out.add((Place("p:-1", fld), "w"))
        # ``encodeWithLock(e *enc, ...)`` ("entered with e locked"): the mutexes of its parameters that it
        # unlocks before it locks them
        out |= {(p, "w" if op == UNLOCK else "r") for p, op in first.items()
                if p.root.startswith("p:") and p.root != "p:-1" and op in (UNLOCK, RUNLOCK)}
        # entered read-locked: a mutex whose first operation here is ``RUnlock`` (``mu.RUnlock(); mu.Lock()``
        # to upgrade), or one the comment says is read-locked ("assumes RLock is held")
        read = bool(re.search(r"\bRLock|\bread[- ]?lock", doc or "", re.I))
        return frozenset((p, "r" if first.get(p) == RUNLOCK or (read and first.get(p) is None) else m)
                         for p, m in out if first.get(p) not in (LOCK, RLOCK))

    def _handed_to_goroutine(self, f: Func) -> frozenset:
        """Mutexes a ``go func() { defer mu.Unlock(); ... }()`` is handed: it only unlocks them (no Lock of
        its own, maybe in a ``defer``), or unlocks them first of all (then takes them again), and the
        function starting it holds them at the ``go`` statement
        (``mc.firstDoneMu.Lock(); go func() { defer mc.firstDoneMu.Unlock(); mc.firstDoneErr = err }()``):
        the goroutine starts holding them, and whoever locks them next waits for its unlock."""
        g = self.um.cfg(f)
        if g is None or b"Unlock()" not in (f.node.text or b""):
            return frozenset()
        ops: dict[Place, set] = {}
        for n in g.nodes:
            for e in self.um.node_effects(g, n):
                for x in (e.inner if e.kind == DEFER else (e,)):
                    if x.kind in (LOCK, RLOCK, UNLOCK, RUNLOCK) and x.place is not None:
                        ops.setdefault(x.place, set()).add(x.kind)
        unlocked = {p: ks for p, ks in ops.items() if ks and ks <= {UNLOCK, RUNLOCK} and len(ks) == 1}
        first = self._first_ops(f)   # (or that unlocks one before it locks it again: ``defer mu.RUnlock(); for
        #                               { ...; mu.RUnlock(); <-ch; mu.RLock() }``)
        unlocked.update({p: {op} for p, op in first.items() if op in (UNLOCK, RUNLOCK) and p not in unlocked})
        stmt = f.node.parent.parent if f.node.parent is not None and f.node.parent.parent is not None else None
        if not unlocked or stmt is None or stmt.type != "go_statement":
            return frozenset()
        taken = self._locked_before(stmt)
        return frozenset((p, "w" if ks == {UNLOCK} else "r") for p, ks in unlocked.items()
                         if taken.get(p) == ("RLock" if ks == {RUNLOCK} else "Lock"))

    def _locked_before(self, stmt: Node) -> dict[Place, str]:
        """Mutexes locked by a statement before ``stmt`` in its block (``mu.Lock()``, ``mu.RLock()``) and not
        unlocked between: place -> the method. (Read off the block, not the function's flow: the goroutine's
        own flow is asked for while its parent's is being worked out.)"""
        out: dict[Place, str] = {}
        prev = stmt.prev_named_sibling
        while prev is not None:
            call = syntax.unparen(prev.named_children[0]) if prev.type == "expression_statement" and \
                prev.named_children else None
            fn = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
            if fn is not None and fn.type == "selector_expression":
                method = syntax.text(fn.child_by_field_name("field"))
                place = self.um.place(fn.child_by_field_name("operand"))
                if place is not None and method in ("Lock", "RLock", "Unlock", "RUnlock"):
                    out.setdefault(place, method)
            elif prev.type not in ("expression_statement", "assignment_statement", "short_var_declaration",
                                   "comment", "inc_statement", "dec_statement"):
                break   # (a branch, a loop: what it locks or unlocks is not on every path)
            prev = prev.prev_named_sibling
        return out

    def _callers_contract(self, f: Func, name: str) -> frozenset:
        """An unexported method whose first operation on a mutex field of its receiver is an unlock
        (``s.mu.Unlock(); <-s.wake; s.mu.Lock()``), called only with that mutex held by its callers in the
        package: it starts with it held (PackageModel.held_by_callers)."""
        if self.package is None or not name or not name[0].islower():
            return frozenset()
        text = syntax.text(f.node.child_by_field_name("body"))
        unlock_at = min((i for i in (text.find("Unlock()"), text.find("RUnlock()")) if i >= 0), default=-1)
        lock_at = min((i for i in (text.find(".Lock()"), text.find(".RLock()")) if i >= 0), default=len(text))
        if unlock_at < 0 or unlock_at > lock_at:
            return frozenset()   # (by its text: no unlock before the first lock, the common case)
        recv = self._receiver(f)
        typ = _base(self.um.types.var_type(recv)) if recv is not None else None
        if typ is None:
            return frozenset()
        first = self._first_ops(f)
        cands = [(fld, first.get(Place("p:-1", fld))) for fld in self._mutex_fields(recv, wrapped=True)]
        cands = [(fld, op) for fld, op in cands if op in (UNLOCK, RUNLOCK)]
        if not cands:
            return frozenset()
        held = self.package.held_by_callers(f"{typ}.{name}")
        return frozenset((Place("p:-1", fld), "w" if op == UNLOCK else "r") for fld, op in cands
                         if self._field_name(typ, fld) in held)

    def entry_flags(self, index: int) -> frozenset[tuple[str, bool]]:
        """The bool fields of a parameter of this declaration's function (``index``; -1 its receiver) that
        hold, with their value, whenever it runs: every call of it in the package is made under that test
        (``if p.nodeScope { p.scrape() }``, PackageModel.flags_at_calls), and it never assigns the field."""
        got = self._entry_flags.get(index)
        if got is None:
            got = frozenset()
            unit = self.um.unit
            name = _text(unit.child_by_field_name("name")) if unit.type in (
                "method_declaration", "function_declaration") and self.package is not None else ""
            key = name
            if unit.type == "method_declaration":
                recv = next((v for v in self.um.scopes.declared_in(unit) if v.kind == "receiver"), None)
                typ = _base(self.um.types.var_type(recv)) if recv is not None else None
                key = f"{typ}.{name}" if typ else ""
            var = next((v for v in self.um.scopes.declared_in(unit) if (v.kind == "receiver" and index < 0) or
                        (v.kind == "param" and v.index == index)), None) if key else None
            if var is not None:
                from .package import _assigns_field
                got = frozenset((f, v) for f, v in self.package.flags_at_calls(key, index)
                                if not _assigns_field(unit, var.name, f))
            self._entry_flags[index] = got
        return got

    def entry_excludes(self, guard: frozenset, e: Effect) -> bool:
        """Does a callee's guard on a bool field of an argument (``if !p.nodeScope { p.mu.Lock() }`` in
        ``register(pod, p)``) contradict what holds on entry to this method (:meth:`entry_flags`), the
        argument being its receiver or a parameter? Then the callee does not take that path from here."""
        if not guard or e.node is None or e.node.type != "call_expression":
            return False
        for key, value in guard:
            if not key.startswith("f:p:"):
                continue
            root, _, path = key[2:].partition(".")
            if not path or "." in path:
                continue
            try:
                i = int(root[2:])
            except ValueError:
                continue
            if i >= 0:
                args = syntax.call_args(e.node)
                arg = syntax.unparen(args[i]) if i < len(args) else None
            else:
                fn = syntax.unparen(e.node.child_by_field_name("function"))
                arg = syntax.unparen(fn.child_by_field_name("operand")) if fn is not None and \
                    fn.type == "selector_expression" else None
            v = self.um.scopes.var(arg) if arg is not None and arg.type == "identifier" else None
            if v is None or v.kind not in ("receiver", "param") or v.func.id != self.um.unit.id or v.assigned:
                continue   # (a parameter given another value before the call holds no caller's flags)
            if (path, not value) in self.entry_flags(-1 if v.kind == "receiver" else v.index):
                return True
        return False

    def _field_name(self, typ: str, fld: tuple[str, ...]) -> str:
        """The package-wide name of the mutex at path ``fld`` of ``typ``: the type that owns its last
        field, and that field (``monitor.mu``; ``Mutex.Mutex`` for the ``sync.Mutex`` embedded in a
        ``mu Mutex`` field)."""
        owner = typ
        for part in fld[:-1]:
            st = self.um.index.struct(owner)
            ft = next((x.type for x in (st.fields if st is not None else ()) if x.name == part), None)
            owner = _base(ft) if ft else None
            if owner is None:
                return f"{typ}.{'.'.join(fld)}"
        return f"{owner}.{fld[-1]}"

    def first_op(self, f: Func, place: Place) -> str | None:
        """The first lock operation on ``place`` in the function's source (``Lock``, ``RUnlock``...), or None."""
        return self._first_ops(f).get(place)

    def _first_ops(self, f: Func) -> dict[Place, str]:
        """The first lock operation on each mutex in the function's source (closures it calls included):
        a function that starts by locking a mutex does not expect its caller to hold it."""
        out: dict[Place, str] = {}
        g = self.um.cfg(f)
        if g is None:
            return out
        nodes = sorted((n for n in g.nodes if n.ast is not None), key=lambda n: n.ast.start_byte)
        for n in nodes:
            for e in self.um.node_effects(g, n):
                if e.kind in (LOCK, RLOCK, UNLOCK, RUNLOCK) and e.place is not None:
                    out.setdefault(e.place, e.kind)
                elif e.kind == CALL and e.callee is not None and e.callee.literal is not None:
                    lit = self.um.literal(e.callee.literal)
                    lg = self.um.cfg(lit) if lit is not None else None
                    for ln in (lg.nodes if lg is not None else ()):
                        for x in self.um.node_effects(lg, ln):
                            if x.kind in (LOCK, RLOCK, UNLOCK, RUNLOCK) and x.place is not None:
                                out.setdefault(x.place, x.kind)
        return out

    def _names_a_mutex(self, recv, path: tuple[str, ...], first: dict) -> bool:
        """Is the receiver's ``path``, named by a doc comment ("s.mu must be held"), a mutex: one the function
        locks or unlocks, or a mutex field? ("... until every table referenced by txn.deletedBlocks is
        resolved" names no lock.)"""
        return any(p.root == "p:-1" and p.path[:len(path)] == path for p in first) or \
            any(f[:len(path)] == path for f in self._mutex_fields(recv, wrapped=True))

    def _mutex_fields(self, recv, wrapped: bool = False) -> list[tuple[str, ...]]:
        """Paths of the receiver's mutex fields (``("mu",)``; with ``wrapped``, also the ``sync.Mutex``
        embedded in a field of a wrapper type: ``("mu", "Mutex")`` of ``mu rateMutex``)."""
        from .types import sync_kind, wrapper_lock_kind
        t = self.um.types.var_type(recv)
        st = self.um.index.struct(_base(t))
        if st is None:
            return []
        out = []
        for f in st.fields:
            if sync_kind(f.type) in ("Mutex", "RWMutex") or (
                    wrapped and not f.embedded and wrapper_lock_kind(f.type) is not None):
                out.append((f.name,))   # (with ``wrapped``: ``mu cmtsync.Mutex``, another package's wrapper)
                continue
            inner = self.um.index.struct(_base(f.type)) if wrapped and not f.embedded else None
            for g in (inner.fields if inner is not None else ()):   # ``mu Mutex`` of ``type Mutex struct{
                if g.embedded and sync_kind(g.type) in ("Mutex", "RWMutex"):   # sync.Mutex }``: ``mu.Mutex``
                    out.append((f.name, g.name))
        return out

    def object_flag_gate(self, f: Func, lock: Node) -> str | None:
        """The flag of the receiver that decides whether ``lock`` runs, when the function never sets it:
        ``if !c.batched { c.lock.Lock() }`` -> ``c.batched``. Such a flag is the object's word on who
        holds the lock (set on a copy made under that lock, for callbacks that run inside it); a path
        that skips the lock is then no proof that the mutex is free."""
        if f.how != "decl" or f.node.type != "method_declaration":
            return None
        recv = self._receiver(f)
        body = f.node.child_by_field_name("body")
        if recv is None or body is None:
            return None
        for anc in syntax.ancestors(lock, body):
            if anc.type != "if_statement":
                continue
            cond = syntax.unparen(anc.child_by_field_name("condition"))
            while cond is not None and cond.type == "unary_expression" and _text(
                    cond.child_by_field_name("operator")) == "!":
                cond = syntax.unparen(cond.child_by_field_name("operand"))
            if cond is None or cond.type != "selector_expression":
                continue
            operand = cond.child_by_field_name("operand")
            if operand is None or operand.type != "identifier" or _text(operand) != recv.name:
                continue
            spelled = _text(cond)
            if re.search(rb"(?<![\w.])" + re.escape(spelled.encode()) + rb"\s*(?:=[^=]|\+\+|--)",
                         syntax.text(body).encode()):
                continue   # the function sets the flag itself: it is no word of the object's
            return spelled
        return None

    # --------------------------------------------------------- summaries
    def summary_of(self, callee: Callee | None, caller: Func) -> LockSummary | None:
        if callee is None:
            return None
        if callee.literal is not None:
            lit = self.um.literal(callee.literal)
            return self.literal_summary(lit) if lit is not None else None
        if callee.key is not None and self.package is not None:
            return self.package.lock_summary(callee.key)
        return None

    def literal_summary(self, f: Func) -> LockSummary | None:
        if f.node.id in self._lit_summaries:
            return self._lit_summaries[f.node.id]
        self._lit_summaries[f.node.id] = None
        flow = self.flow(f)
        s = summarize(flow, key=None) if flow is not None else None
        self._lit_summaries[f.node.id] = s
        return s

    translate = staticmethod(translate)


def summarize(flow: FuncLocks, key: str | None, unit_start: int = 0, is_test: bool = False) -> LockSummary:
    """What a function does to the mutexes its caller can see (parameters, receiver, package vars)."""
    uses: dict[Place, dict] = {}
    um = flow.um
    literal = flow.func.how != "decl"

    def visible(p: Place) -> bool:
        return p.is_param or p.is_global or literal

    def keep(g: frozenset) -> frozenset:
        """Conditions a caller can evaluate: on the parameters (closures: anything of the declaration)."""
        if literal:
            return g
        return frozenset(lit for lit in g if lit[0].startswith(("p:", "nil:p:", "f:p:")))

    def anchor(node: Node, what: str) -> tuple[Anchor, ...]:
        if key is None:
            return ()
        return (Anchor(key, node.start_byte - unit_start, node.end_byte - unit_start, what),)

    gate = _once_gate(flow) if not literal else None   # (place of the gated value, the gate's statement)

    def once_of(node: Node, via: Place | None) -> Place | None:
        if gate is not None and node.start_byte >= gate[1].end_byte:
            return gate[0]   # after the function's own once-gate
        return via

    # locks taken inside (first op on a path), directly or in a callee, with the conditions of the path
    reach = flow.g.reachable() if flow.trivial else None
    for n in flow.g.nodes:
        if n.terminal or (n.id not in flow.state_in and (reach is None or n.id not in reach)):
            continue
        st = flow.state_in.get(n.id, frozenset())
        pc = flow._pc(n)
        for e in um.node_effects(flow.g, n):
            if e.kind in (LOCK, RLOCK) and e.place is not None and visible(e.place):
                if _retaken(st, e.place) or _fresh_holder(flow, e.place, e.node):
                    continue   # re-taken after releasing the caller's lock, or a new value's: not the caller's
                d = uses.setdefault(e.place, {})
                if "locks" not in d:
                    d["locks"] = e.kind
                    d["via"] = anchor(e.node, f"{um.spell(e.place)}.{e.kind}() here")
                    d["guards"] = []
                    d["before"] = _released(st, visible)
                else:
                    d["before"] = d.get("before", frozenset()) & _released(st, visible)
                d["guards"].append(pc)
                d.setdefault("onces", []).append(once_of(e.node, None))
            elif e.kind == CALL:
                s = flow.model.summary_of(e.callee, flow.func)
                if s is None:
                    continue
                lit = e.callee.literal is not None
                for use in s.uses.values():
                    if not use.locks:
                        continue
                    status, carried = resolve_guard(use.lock_guard, e, lit)
                    if status == "no":
                        continue
                    p = flow.model.translate(use.place, e)
                    if p is None or not visible(p) or _retaken(st, p) or _fresh_holder(flow, p, e.node):
                        continue
                    d = uses.setdefault(p, {})
                    sure = use.certain and status == "yes"
                    before = _released(st, visible) | frozenset(
                        x for x in (flow.model.translate(q, e) for q in use.released_before) if x is not None)
                    if "locks" not in d or (sure and not d.get("certain", True)):
                        d["locks"] = use.locks
                        d["via"] = anchor(e.node, f"calls {_text(e.node.child_by_field_name('function'))}()") \
                            + use.via
                        d["guards"] = []
                        d["certain"] = sure
                        d["before"] = before
                    else:
                        d["before"] = d.get("before", frozenset()) & before
                    d["guards"].append(pc | carried)
                    d.setdefault("onces", []).append(
                        once_of(e.node, flow.model.translate(use.once, e) if use.once is not None else None))
    # the caller's locks this function releases: unlocked without being taken here (or by contract)
    callers = {p for p, _ in flow.entry_held}
    freed = {ev.place for ev in flow.events if ev.kind == "unlock-unheld"}   # (also through callees, below)
    callers |= freed
    for n in flow.g.nodes:
        if n.id not in flow.state_in:
            continue
        for e in um.node_effects(flow.g, n):
            effs = e.inner if e.kind == DEFER else (e,)
            for x in effs:
                if x.kind != CALL:
                    continue
                s = flow.model.summary_of(x.callee, flow.func)
                for use in (s.uses.values() if s is not None else ()):
                    if use.releases:
                        p = flow.model.translate(use.place, x)
                        if p is not None and not any(f.kind == HELD and f.place == p and f.origin != CONTRACT
                                                     for f in flow.state_in[n.id]):
                            callers.add(p)
                            freed.add(p)
    # (not one whose ``Lock`` it hands on as a value, ``grabLockOrStop(c.mu.Lock, c.mu.Unlock, stopCh)``: the
    # lock it releases is the one taken through that value, for itself)
    taken_by_value = {p for _n, p in um.lock_values(flow.func.node)}
    callers -= taken_by_value
    freed -= taken_by_value
    ret_states = flow.exit_states(cfgmod.RETURN)
    reaches_ret = flow.g.ret.id in flow.state_in
    deferred = [f for f in ret_states if f.kind == DEFERRED and not f.mode.startswith("+")]
    relocked = {f.place for f in ret_states if f.kind == DEFERRED and f.mode.startswith("+")}
    for p in callers:
        if not visible(p) or p in relocked:
            continue
        rel = [f.guard for f in ret_states if f.kind == RELEASED and f.place == p]
        rel += [f.guard for f in deferred if f.place == p]
        if not rel:
            continue   # re-taken before every return: restored for the caller
        d = uses.setdefault(p, {})
        d["releases"] = True
        d["release_guard"] = keep(frozenset.intersection(*rel))
    # what this function returns holding (a lock helper when on every return)
    aliases = None   # (read off the body only for a function that returns holding a lock)
    for f in ret_states:
        if f.kind != HELD or f.origin == CONTRACT or not visible(f.place) or f.place in callers:
            continue
        if any(x.place == f.place and consistent(x.guard, f.guard) for x in deferred):
            continue
        d = uses.setdefault(f.place, {})
        if aliases is None:
            aliases = _stored_aliases(flow) if not literal else {}
        alias = _alias_of(f.place, aliases)
        if alias != f.place and visible(alias):
            d["stored_as"] = alias
        d["acquires"] = f.mode[:1]
        d.setdefault("held_guards", []).append(f.born)
        d.setdefault("mode_guards", {}).setdefault(f.mode[:1], []).append(f.born)
    for p, d in uses.items():
        if d.get("acquires") and reaches_ret:
            g = keep(frozenset.intersection(*d["held_guards"]))
            d["acquire_guard"] = g
            if len(d["mode_guards"]) > 1:   # read-locked on some paths, write-locked on others
                d["modes"] = tuple((m, keep(frozenset.intersection(*gs)) - g)
                                   for m, gs in sorted(d["mode_guards"].items()))
            # every path that reaches the return without it contradicts the guard
            # (a path that never calls the lock helper counts when nothing a caller can see tells the two
            # apart: no guard, no once-gate — ``switch r.owner { case me: ...; default: r.take() }``)
            d["always"] = not any(f.kind in (FREE, RELEASED) and f.place == p and consistent(f.guard, g) and
                                  not (f.origin == UNTOUCHED_HELPER and (g or gate is not None))
                                  for f in ret_states)
    order = _order_edges(flow, key, unit_start, is_test) if key is not None else ()
    writes = {}
    if key is not None:
        for n in flow.g.nodes:
            for e in um.node_effects(flow.g, n):
                if e.kind == LOCK and e.place is not None and not _unpublished(um, e.place, e.node):
                    a = um.abstract_place(e.place)
                    if a is not None:
                        writes.setdefault(a, Anchor(key, e.node.start_byte - unit_start, e.node.end_byte - unit_start))
    out = {}
    for p, d in uses.items():
        guards = d.get("guards") or [frozenset()]
        out[p] = LockUse(p, d.get("locks"), keep(frozenset.intersection(*guards)), d.get("certain", True),
                         d.get("via", ()), d.get("acquires"), d.get("acquire_guard", frozenset()),
                         bool(d.get("always")), bool(d.get("releases")), d.get("release_guard", frozenset()),
                         d.get("before", frozenset()), _same_once(d.get("onces")), d.get("modes", ()),
                         d.get("stored_as"))
    frees = sorted({a for a in map(um.abstract_place, freed) if a is not None}) if key is not None else ()
    workers = sorted({a for a in map(um.abstract_place, _freed_by_goroutines(flow)) if a is not None}) \
        if key is not None and not literal else ()
    return LockSummary(out, order, tuple(sorted(writes.items())), tuple(frees), tuple(workers))


def _stored_aliases(flow: FuncLocks) -> dict[Place, Place]:
    """Values this function stores in a field its caller can see (``r.resc = n.c1``, ``s.held = &e.mu``):
    the value's place -> the field's. A mutex of that value it returns holding is released, later, through the
    field (``r.resc.L.Unlock()`` in ``FinishResult``): the caller holds it under the field's name."""
    out: dict[Place, Place] = {}
    um = flow.um
    body = flow.func.node.child_by_field_name("body")
    if body is None:
        return out   # (a declaration without a body: implemented in assembly)
    for st in syntax.walk(body):
        if st.type != "assignment_statement" or syntax.text(st.child_by_field_name("operator")) != "=":
            continue
        left, right = st.child_by_field_name("left"), st.child_by_field_name("right")
        if left is None or right is None or left.named_child_count != 1 or right.named_child_count != 1:
            continue
        value = syntax.unparen(right.named_children[0])
        if value is None or not (value.type == "unary_expression" and syntax.text(value).startswith("&") or
                                 (um.types.of(value) or "").startswith("*")):
            continue   # (a struct copied into the field is another value, with a mutex of its own)
        q, r = um.place(left.named_children[0]), um.place(value)
        if q is not None and r is not None and q.path and (q.is_param or q.is_global) and r != q:
            out[r] = q
    return out


def _alias_of(place: Place, aliases: dict[Place, Place]) -> Place:
    """``place`` by the name it is stored under (:func:`_stored_aliases`), the longest stored prefix's."""
    for i in range(len(place.path), -1, -1):
        q = aliases.get(Place(place.root, place.path[:i]))
        if q is not None:
            return q.extend(place.path[i:])
    return place


def _unpublished(um, place: Place, lock: Node) -> bool:
    """Is ``lock`` a Lock of a field of a value the function has just made and not shown anyone yet (``hdr :=
    snapshotHeader{...}; hdr.m.Lock()``, the declaration an earlier statement of the same block, no use of
    ``hdr`` in between)? No one else can be holding or waiting for that mutex then: a writer there cannot
    come between another goroutine's two read locks."""
    v = um.root_var(place) if place.path else None
    if v is None or v.kind != "local" or v.assigned or v.stmt is None:
        return False
    val = syntax.without_address(v.value)
    stmt = syntax.stmt_of(lock)
    if val is None or val.type != "composite_literal" or stmt is None or v.stmt.parent is None or \
            stmt.parent is None or v.stmt.parent.id != stmt.parent.id or v.stmt.start_byte >= stmt.start_byte:
        return False
    return not any(v.stmt.end_byte <= r.start_byte < lock.start_byte for r in v.refs)


def _fresh_holder(flow: FuncLocks, place: Place, lock: Node) -> bool:
    """Is a value ``place`` is a field of given a new value before ``lock``, by an assignment of a statement
    that runs before it on every path (``t.in = NewFileInode(...)`` then ``t.in.Lock()``)? The mutex
    locked is then the new value's, which no caller can hold yet."""
    if not place.path:
        return False
    um = flow.um
    for _block, stmts, holder in syntax.around(lock, flow.func.node):
        for st in stmts:
            if st.start_byte >= holder.start_byte:
                break
            if st.type != "assignment_statement" or syntax.text(st.child_by_field_name("operator")) != "=":
                continue
            left = st.child_by_field_name("left")
            for x in (left.named_children if left is not None else ()):
                q = um.place(x)
                if q is not None and q.root == place.root and len(q.path) < len(place.path) and \
                        place.path[:len(q.path)] == q.path:
                    return True
    return False


def _same_once(onces: list | None) -> Place | None:
    """The gated value every lock of a place waits behind, when they all do and it is one value."""
    if not onces or None in onces or len(set(onces)) != 1:
        return None
    return onces[0]


def _once_gate(flow: FuncLocks) -> tuple[Place, Node] | None:
    """A declaration that opens with a once-gate on a parameter or its receiver: ``if s.stopped { return }``
    then ``s.stopped = true`` (a bool field that no other function of the package sets). What follows runs
    only on its first call for that value. (gated value's place, the assignment) or None."""
    body = flow.func.node.child_by_field_name("body")
    stmts = syntax.stmt_list(body)
    if len(stmts) < 2 or stmts[0].type != "if_statement" or stmts[1].type != "assignment_statement":
        return None
    cond = syntax.unparen(stmts[0].child_by_field_name("condition"))
    then = syntax.stmt_list(stmts[0].child_by_field_name("consequence"))
    if cond is None or cond.type != "selector_expression" or stmts[0].child_by_field_name("alternative") is not None \
            or stmts[0].child_by_field_name("initializer") is not None or len(then) != 1 or \
            then[0].type != "return_statement" or syntax.return_values(then[0]):
        return None
    left, right = stmts[1].child_by_field_name("left"), stmts[1].child_by_field_name("right")
    if left is None or right is None or syntax.text(left) != syntax.text(cond) or syntax.text(right) != "true":
        return None
    operand = cond.child_by_field_name("operand")
    place = flow.um.place(operand) if operand is not None and operand.type == "identifier" else None
    field = syntax.text(cond.child_by_field_name("field"))
    pkg = flow.model.package
    if place is None or not place.is_param or place.path or pkg is None or \
            set(pkg.field_setters(field)) - {flow.um.key}:
        return None
    return place, stmts[1]


def _freed_by_goroutines(flow: FuncLocks) -> set:
    """Mutexes a goroutine the function starts (a ``go func(){...}()`` literal) unlocks without ever
    locking them itself: a worker releasing locks taken by whoever handed it the work (a semaphore)."""
    um = flow.um
    out = set()
    for f in um.funcs:
        if f.how != "go" or um.func_at(f.start) is not flow.func or b"Unlock" not in (f.node.text or b""):
            continue   # (no unlock in its text: no flow to build)
        lf = flow.model.flow(f)
        if lf is None:
            continue
        out |= {ev.place for ev in lf.events if ev.kind in ("unlock-unheld", "double-unlock", "maybe-unheld")
                and ev.place not in lf.locked_places}
    return out


def gates(um, st: frozenset, *taken: Place) -> frozenset[str]:
    """The mutexes (package-wide names, :meth:`UnitModel.abstract_place`) held for writing on every path
    in the lock state ``st``, besides ``taken``: a gate around whatever is locked here. Two functions
    that take ``a`` and ``b`` in opposite orders both inside one gate never run those sections at once."""
    loose = {f.place for f in st if f.kind in (FREE, RELEASED) or (f.kind == HELD and f.mode != "w")}
    out = set()
    for f in st:
        if f.kind == HELD and f.mode == "w" and f.place not in taken and f.place not in loose:
            name = um.abstract_place(f.place)
            if name is not None:
                out.add(name)
    return frozenset(out)


def value_gates(um, st: frozenset, held: Place, taken: Place) -> frozenset[tuple]:
    """The mutexes held for writing on every path in ``st`` (``held`` among them) that hang off the same
    value as a mutex of the pair that is a direct field of it (``c.flowMutex`` of ``c *openflowManager``):
    (the value's type, the path from it), ``("openflowManager", ("defaultBridge", "Mutex"))``. The pair's
    mutex pins the value: two functions that can deadlock on it lock it in one value, so a mutex both
    hold at the same path from it is one mutex, held by both — they never run those sections at once,
    even when it is of the same type as the other mutex of the pair (another field of that value)."""
    roots = {}
    for p in (held, taken):
        obj = um.field_object(p) if len(p.path) == 1 else None
        if obj is not None:
            roots[p.root] = obj[0]
    if len(roots) != 1:
        return frozenset()   # (none, or two values of which goleash cannot tell the gate's)
    loose = {f.place for f in st if f.kind in (FREE, RELEASED) or (f.kind == HELD and f.mode != "w")}
    return frozenset((roots[f.place.root], f.place.path) for f in st
                     if f.kind == HELD and f.mode == "w" and f.place.root in roots and f.place not in loose
                     and f.place.path)


def order_pairs(flow: FuncLocks):
    """(held fact, taking effect, place taken, callee use or None, the lock state there) for every lock
    taken while another mutex is held, in this function."""
    um = flow.um
    for n in flow.g.nodes:
        if n.terminal or n.id not in flow.state_in:
            continue
        st = flow.state_in[n.id]
        for e in um.node_effects(flow.g, n):
            if e.kind in (LOCK, RLOCK) and e.place is not None:
                if not _held_already(st, e.place):
                    for f in st:
                        if f.kind == HELD and f.origin >= 0 and f.place != e.place:
                            yield f, e, e.place, None, st
            elif e.kind == CALL:
                s = flow.model.summary_of(e.callee, flow.func)
                for use in (s.uses.values() if s is not None else ()):
                    if not use.locks or not use.certain:
                        continue
                    status, _ = resolve_guard(use.lock_guard, e, e.callee.literal is not None)
                    p = flow.model.translate(use.place, e)
                    if status != "yes" or p is None or _held_already(st, p):
                        continue
                    before = {flow.model.translate(q, e) for q in use.released_before}
                    for f in st:
                        if f.kind == HELD and f.origin >= 0 and f.place != p and f.place not in before:
                            yield f, e, p, use, st
            st = flow._apply(n, e, st, None)


def _held_already(st, place: Place) -> bool:
    """Does this goroutine hold ``place`` already (a re-acquisition: ``c.Headers()`` read-locking ``c.mu``
    under its caller's ``c.mu.RLock()``)? Another goroutine cannot hold it for writing meanwhile, so the
    re-acquisition orders nothing after the locks taken since; its own hazard is a recursive lock."""
    return any(f.kind == HELD and f.place == place for f in st)


def related_places(a: Place, b: Place) -> bool:
    """Two mutexes of one object graph (same root variable) or both package variables: the same two
    instances meet again wherever this pair of names is taken."""
    return a.root == b.root or (a.is_global and b.is_global)


def _order_edges(flow: FuncLocks, key: str, unit_start: int, is_test: bool = False) -> tuple[OrderEdge, ...]:
    um = flow.um
    out = {}
    driver = is_test and flow.func.how == "decl" and test_driver(um.unit)
    for f, e, place, use, st in order_pairs(flow):
        a, b = um.abstract_place(f.place), um.abstract_place(place)
        if a is None or b is None or a == b:
            continue
        held_node = flow.g.nodes[f.origin].ast
        if held_node is None:
            continue
        qa, qb = um.field_object(f.place), um.field_object(place)
        edge = OrderEdge(a, b, Anchor(key, held_node.start_byte - unit_start, held_node.end_byte - unit_start),
                         Anchor(key, e.node.start_byte - unit_start, e.node.end_byte - unit_start),
                         use.via if use is not None else (), related_places(f.place, place), is_test, qa, qb,
                         driver, gates(um, st, f.place, place), value_gates(um, st, f.place, place))
        had = out.get((a, b, qa, qb))
        out[(a, b, qa, qb)] = edge if had is None else replace(had, gates=had.gates & edge.gates,
                                                               value_gates=had.value_gates & edge.value_gates)
    return tuple(out.values())


def _released(st: frozenset, visible) -> frozenset:
    """The caller-visible mutexes released on every path here (no held fact left for them)."""
    rel = {f.place for f in st if f.kind == RELEASED and visible(f.place)}
    held = {f.place for f in st if f.kind == HELD}
    return frozenset(rel - held)


def _retaken(st: frozenset, p: Place) -> bool:
    """Is ``p`` released on the way here (or held by the caller's contract): locking it again is a re-take."""
    for f in st:
        if f.place == p and (f.kind == RELEASED or (f.kind == HELD and f.origin == CONTRACT)):
            return True
    return False


def _text(node: Node | None) -> str:
    return node.text.decode("utf-8", "replace") if node is not None and node.text is not None else ""


def _base(t):
    from .types import base_name
    return base_name(t)


_RELEASE_VERB = re.compile(r"^(?:R?Unlock|Release|Close|End|Done|Commit|Rollback|Finish|Free)$")
