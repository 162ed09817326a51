"""A forward may-dataflow solver over a :class:`~goleash.model.cfg.CFG`, with correlated branches.

States are frozensets of facts (hashable tuples). A fact may carry a *guard*:
the branch outcomes of *trackable* conditions (a local or parameter that is
never reassigned, ``!x``, ``x == nil``) taken since it was created. Taking a
branch that contradicts a fact's guard drops the fact on that path, so
``if locked { mu.Lock() } ... if locked { mu.Unlock() }`` leaves nothing held,
and ``if !locked { mu.Lock(); defer mu.Unlock() }`` in a callee is known to
lock only when the caller passes ``false``. The false branch of ``a && b`` (the
true one of ``a || b``) keeps a clause, "not all of these", that a later branch
completing it contradicts: after ``if a == nil && b == nil { ...; return }``, a
path through ``a == nil`` and then ``b == nil`` cannot happen.

The solver is a worklist over nodes with union as the join; each node's
transfer is applied once per change of its input, so the cost is linear in
the graph for the bounded fact sets the models use.
"""

from __future__ import annotations

import re

from collections.abc import Callable

from .cfg import CFG, Branch, CNode

Guard = frozenset   # of (key, bool)
MAX_GUARD = 4
MAX_FACTS = 96
MAX_VISITS = 40     # per node: a safety net against pathological growth


class Solver:
    """Forward may-analysis: ``transfer(node, state) -> state``; facts with guards at index ``guard_at``."""

    def __init__(self, g: CFG, transfer: Callable[[CNode, frozenset], frozenset],
                 cond_key: Callable[[object], tuple[str, bool] | None] | None = None,
                 guard_at: int | None = None, edge: Callable[[CNode, Branch | None, frozenset], frozenset] | None = None):
        self.g = g
        self.transfer = transfer
        self.cond_key = cond_key
        self.guard_at = guard_at
        self.edge = edge
        self.priority: frozenset = frozenset()   # condition keys kept in a full guard before others
        self.state_in: dict[int, frozenset] = {}
        self._lits: dict[int, list] = {}          # id(branch) -> the literals taking it establishes

    def run(self, init: frozenset) -> dict[int, frozenset]:
        g = self.g
        self.state_in = {g.entry.id: init}
        order = _rpo(g)
        rank = {n.id: i for i, n in enumerate(order)}
        pending = {g.entry.id}
        visits: dict[int, int] = {}
        by_id = {n.id: n for n in g.nodes}
        import heapq
        heap = [(rank.get(g.entry.id, 0), g.entry.id)]
        while heap:
            _, nid = heapq.heappop(heap)
            if nid not in pending:
                continue
            pending.discard(nid)
            n = by_id[nid]
            visits[nid] = visits.get(nid, 0) + 1
            if visits[nid] > MAX_VISITS:
                continue
            if n.terminal:
                continue
            out = self.transfer(n, self.state_in.get(nid, frozenset()))
            for s, br in n.succ:
                st = self._take(n, br, out)
                old = self.state_in.get(s.id)
                new = st if old is None else _cap(old | st, self.guard_at)
                if old is None or new != old:
                    self.state_in[s.id] = new
                    if s.id not in pending:
                        pending.add(s.id)
                        heapq.heappush(heap, (rank.get(s.id, len(rank)), s.id))
        return self.state_in

    def _take(self, n: CNode, br: Branch | None, state: frozenset) -> frozenset:
        if self.edge is not None:
            state = self.edge(n, br, state)
        if br is None or self.guard_at is None or self.cond_key is None:
            return state
        lits = self._lits.get(id(br))
        if lits is None:
            lits = self._lits[id(br)] = literals(br.cond, br.value, self.cond_key)
        for lit in lits:
            state = self._assume(state, lit)
        return state

    def _assume(self, state: frozenset, lit: tuple[str, bool]) -> frozenset:
        neg = (lit[0], not lit[1])
        gi = self.guard_at
        out = set()
        for f in state:
            if len(f) <= gi or not isinstance(f[gi], frozenset):
                out.add(f)
                continue
            guard = f[gi]
            if neg in guard or _refutes(guard, lit):
                continue            # this path contradicts how the fact came about
            if lit not in guard and (len(guard) < MAX_GUARD or lit[0] in self.priority):
                if len(guard) >= MAX_GUARD:   # full: a condition that guards the operations themselves goes first
                    drop = sorted(x for x in guard if x[0] not in self.priority)
                    if not drop:
                        out.add(f)
                        continue
                    guard = guard - {drop[0]}
                new = f[:gi] + (guard | {lit},) + f[gi + 1:]
                f = type(f)(*new) if hasattr(f, "_fields") else new
            out.add(f)
        return frozenset(out)


def literals(cond, value: bool, cond_key) -> list[tuple[str, bool]]:
    """The trackable facts a branch establishes: ``a || b`` false gives both false, ``a && b`` true both
    true, ``!a`` flips; otherwise the condition's own key."""
    while cond is not None and cond.type == "parenthesized_expression" and cond.named_children:
        cond = cond.named_children[0]
    if cond is None:
        return []
    k = cond_key(cond)
    if k is not None:
        own = [(k[0], value if k[1] else not value)]
        op = cond.child_by_field_name("operator") if cond.type == "binary_expression" else None
        op = op.type if op is not None else ""
        if (op == "||" and not value) or (op == "&&" and value):   # and what it says of each operand
            return own + literals(cond.child_by_field_name("left"), value, cond_key) + \
                literals(cond.child_by_field_name("right"), value, cond_key)
        if (op == "&&" and not value) or (op == "||" and value):
            return own + _clause(cond, op, cond_key)
        return own
    if cond.type == "unary_expression":
        op = cond.child_by_field_name("operator")
        if op is not None and op.type == "!":
            return literals(cond.child_by_field_name("operand"), not value, cond_key)
        return []
    if cond.type == "binary_expression":
        op = cond.child_by_field_name("operator")
        op = op.type if op is not None else ""
        if (op == "||" and not value) or (op == "&&" and value):
            return literals(cond.child_by_field_name("left"), value, cond_key) + \
                literals(cond.child_by_field_name("right"), value, cond_key)
        if (op == "&&" and not value) or (op == "||" and value):
            return _clause(cond, op, cond_key)
    return []


# "notall:..." condition keys: the literals that cannot all hold on a path that took the branch
_CLAUSES: dict[str, frozenset] = {}


def _clause(cond, op: str, cond_key) -> list[tuple[str, bool]]:
    """What the false branch of ``a && b`` (or the true one of ``a || b``) says: its operands' literals do
    not all hold (``!(a && b)``; ``!(!a && !b)``), as one literal ``("notall:...", True)`` whose literals
    :func:`_refutes` reads back. Empty when an operand has no trackable literal."""
    want = op == "&&"
    parts = []
    for side in ("left", "right"):
        got = _exact(cond.child_by_field_name(side), want, cond_key)
        if not got:
            return []
        parts.extend(got)
    lits = frozenset(parts)
    if any((k, not v) in lits for k, v in lits):
        return []   # (never all true: nothing to say)
    key = "notall:" + "\x00".join(f"{k}\x01{int(v)}" for k, v in sorted(lits))
    if key not in _CLAUSES:
        if len(_CLAUSES) > 20000:
            _CLAUSES.clear()
        _CLAUSES[key] = lits
    return [(key, True)]


def _exact(cond, value: bool, cond_key) -> list[tuple[str, bool]] | None:
    """Literals whose conjunction says exactly that ``cond`` has ``value`` (a keyed condition; ``!x``; ``a &&
    b`` true or ``a || b`` false, each side exact); None when some part is not trackable. (:func:`literals`
    may return only part of what a condition says — ``a && f()`` gives ``a`` —, which a clause cannot use:
    "not all of" a part would rule out paths the condition allows.)"""
    while cond is not None and cond.type == "parenthesized_expression" and cond.named_children:
        cond = cond.named_children[0]
    if cond is None:
        return None
    k = cond_key(cond)
    if k is not None:
        return [(k[0], value if k[1] else not value)]
    if cond.type == "unary_expression":
        op = cond.child_by_field_name("operator")
        return _exact(cond.child_by_field_name("operand"), not value, cond_key) \
            if op is not None and op.type == "!" else None
    if cond.type == "binary_expression":
        op = cond.child_by_field_name("operator")
        op = op.type if op is not None else ""
        if (op == "&&" and value) or (op == "||" and not value):
            left = _exact(cond.child_by_field_name("left"), value, cond_key)
            right = _exact(cond.child_by_field_name("right"), value, cond_key)
            return left + right if left is not None and right is not None else None
    return None


_CONST_SPELLING = re.compile(r'-?\d+|"[^"\\]*"|[a-z_]\w*\.[A-Z]\w*|[A-Z]\w*')


def _distinct_values(lit: tuple[str, bool], guard: frozenset) -> bool:
    """Is ``lit`` ``x == C2`` taken true on a path that already took ``x == C1`` true, ``C1`` and ``C2``
    two different constants (literals, or names of constants: ``mode == zconf.ModeBind`` then ``mode ==
    zconf.ModeDynamic``)? One value cannot equal both."""
    if not lit[1] or not lit[0].startswith("x:") or "==" not in lit[0]:
        return False
    left, _, right = lit[0][2:].partition("==")
    if not _CONST_SPELLING.fullmatch(right.strip()):
        return False
    for k, v in guard:
        if v and k.startswith("x:") and "==" in k:
            l2, _, r2 = k[2:].partition("==")
            if l2 == left and r2.strip() != right.strip() and _CONST_SPELLING.fullmatch(r2.strip()):
                return True
    return False


def _refutes(guard: frozenset, lit: tuple[str, bool]) -> bool:
    """Does taking ``lit`` on a path with ``guard`` make every literal of one of its ``notall`` clauses
    hold (``!(a == nil && b == nil)``, then ``a == nil``, then ``b == nil``)? The path cannot happen. So
    does ``x == C2`` after ``x == C1`` (two different constants: :func:`_distinct_values`)."""
    if _distinct_values(lit, guard):
        return True
    for clause in (*guard, lit):
        if clause[1] and clause[0].startswith("notall:"):
            lits = _CLAUSES.get(clause[0])
            if lits and all(x == lit or x in guard for x in lits):
                return True
    return False


def _cap(state: frozenset, guard_at: int | None = None) -> frozenset:
    """Too many facts (one per combination of branch conditions): first merge the facts that differ only
    in their guards into one each, guarded by the conditions they all share (``mu`` held under
    ``isRecovering`` on every path that locks it keeps that condition, whatever else was tested on the
    way); if that is not enough, forget the conditions."""
    if len(state) <= MAX_FACTS or guard_at is None:
        return state
    groups: dict = {}
    for f in state:
        if len(f) > guard_at and isinstance(f[guard_at], frozenset):
            groups.setdefault(f[:guard_at] + f[guard_at + 1:], []).append(f)
        else:
            groups.setdefault(("", f), []).append(f)
    if len(groups) <= MAX_FACTS:
        merged = set()
        for facts in groups.values():
            f = facts[0]
            if len(facts) > 1:
                common = frozenset.intersection(*(x[guard_at] for x in facts))
                new = f[:guard_at] + (common,) + f[guard_at + 1:]
                f = type(f)(*new) if hasattr(f, "_fields") else new
            merged.add(f)
        return frozenset(merged)
    out = set()
    for f in state:
        if len(f) > guard_at and isinstance(f[guard_at], frozenset) and f[guard_at]:
            new = f[:guard_at] + (frozenset(),) + f[guard_at + 1:]
            f = type(f)(*new) if hasattr(f, "_fields") else new
        out.add(f)
    return frozenset(out)


def _rpo(g: CFG) -> list[CNode]:
    seen = set()
    order: list[CNode] = []
    stack = [(g.entry, iter(g.entry.succ))]
    seen.add(g.entry.id)
    while stack:
        n, it = stack[-1]
        nxt = next(it, None)
        if nxt is None:
            stack.pop()
            order.append(n)
            continue
        s = nxt[0]
        if s.id not in seen:
            seen.add(s.id)
            stack.append((s, iter(s.succ)))
    order.reverse()
    return order


def consistent(a: frozenset, b: frozenset) -> bool:
    """Can two guards hold on one path (no key taken both ways)?"""
    if not a or not b:
        return True
    da = dict(a)
    return all(da.get(k, v) == v for k, v in b)


def reaches_feasible(start: CNode, end: CNode, avoid, cut, cond_key, sets=None, limit: int = 4000) -> bool:
    """:func:`cfg.reaches` along paths whose branches agree: a branch that contradicts one taken earlier on
    the path (``if !parallel { wg.Wait() }`` in a loop, then ``if parallel { wg.Wait() }`` after it, with
    ``parallel`` set before both) is not followed. ``sets(node)``: the (key, value) a node gives a tracked
    flag (``done = true``: UnitModel.flag_sets); a latch's key is not followed. The tests remembered on a
    path are capped at ``MAX_GUARD`` (the first kept); past ``limit`` steps it answers True (as
    :func:`cfg.reaches` would)."""
    seen: set = set()
    stack = [(s, _take_lits(frozenset(), br, cond_key)) for s, br in start.succ
             if not cut or (start.id, s.id) not in cut]
    steps = 0
    while stack:
        n, state = stack.pop()
        if state is None:
            continue
        if n.id == end.id:
            return True
        if n.id in avoid or (n.id, state) in seen:
            continue
        seen.add((n.id, state))
        steps += 1
        if steps > limit:
            return True
        for key, value in (sets(n) if sets is not None else ()):
            state = (state - {(key, not value)}) | {(key, value)}
        for s, br in n.succ:
            if not cut or (n.id, s.id) not in cut:
                stack.append((s, _take_lits(state, br, cond_key)))
    return False


def _take_lits(state: frozenset, br: Branch | None, cond_key) -> frozenset | None:
    """The branch outcomes known after taking ``br`` (None: it contradicts them)."""
    if br is None:
        return state
    for lit in literals(br.cond, br.value, cond_key):
        if lit[0].startswith(("notall:", "latch:")):
            continue
        if (lit[0], not lit[1]) in state:
            return None
        if lit not in state and len(state) < MAX_GUARD:
            state = state | {lit}
    return state


def must_conditions(g: CFG, cond_key, kill: dict[int, frozenset[str]] | None = None,
                    gen: dict[int, frozenset] | None = None) -> dict[int, frozenset]:
    """For each node: the trackable branch outcomes taken on *every* path from the entry to it. ``kill``:
    the keys a node makes unknown (it assigns what they test), ``gen``: the outcomes a node makes hold
    (``err = nil``) — both applied as the node runs, before its branches."""
    order = _rpo(g)
    ins: dict[int, frozenset | None] = {n.id: None for n in order}
    ins[g.entry.id] = frozenset()
    changed = True
    rounds = 0
    while changed and rounds < 20:
        changed = False
        rounds += 1
        for n in order:
            cur = ins[n.id]
            if cur is None:
                continue
            if kill and n.id in kill:
                cur = frozenset(x for x in cur if x[0] not in kill[n.id])
            if gen and n.id in gen:
                cur = cur | gen[n.id]
            for s, br in n.succ:
                st = cur
                if br is not None:
                    st = st | frozenset(literals(br.cond, br.value, cond_key))
                old = ins.get(s.id)
                new = st if old is None else (old & st)
                if new != old:
                    ins[s.id] = new
                    changed = True
    return {k: v for k, v in ins.items() if v is not None}
