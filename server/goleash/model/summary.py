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

from .. import syntax
from . import checks
from .cfg import CNode
from .effects import (ADD, CALL, CANCEL, CLOSE, DEFER, DONE, GO, PASS, RANGE, RECV, SEND, STOP, TESTING_TYPES, WAIT,
                      Effect, Func, Place, UnitModel, leaves_out, translate)
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
    skips: tuple[tuple[str, Anchor], ...] = ()   # (kind, an exit reached without it) for related locations
    # (a kind in ``unpaid`` is skipped only on paths with those conditions: see ``skipped_at``)
    guards: tuple[tuple[str, frozenset], ...] = ()
    # (kind, conditions every occurrence of it is nested under): ``if v.retry != nil { errc <- err }``
    # sends only while that field is set; by the syntax (an early return before it is not seen)


    def skipped_at(self, kind: str, x: Effect) -> Anchor | None:
        """An exit of the function reached without ``kind`` when the call ``x`` runs it: any such exit
        when it is skipped unconditionally; when it is skipped only under conditions on the parameters
        (``defer func() { if counted { wg.Done() } }()``), only if the call's constant arguments meet
        one of them (``go walk(..., false)``): a condition they leave open is the caller's to know."""
        at = next((a for k, a in self.skips if k == kind), None)
        conds = next((gs for k, gs in self.unpaid if k == kind), None)
        if at is None or conds is None:
            return at
        lit = x.callee is not None and x.callee.literal is not None
        for guard in conds:
            if all(key.startswith(("p:", "nil:p:")) for key, _ in guard) and \
                    resolve_guard(guard, x, lit) == ("yes", frozenset()):
                return at
        return None


@dataclass
class EffectSummary:
    uses: dict[Place, PlaceEffects] = field(default_factory=dict)
    confined: frozenset = frozenset()   # channel parameters used only by this function's own operations
                                        # (send, receive, range, close, len): it does not hand them on
    selected: frozenset = frozenset()   # those of them it uses in a select case too (``case v, ok := <-in:``)
    stops: tuple = ()                   # (place of a *testing.T-like parameter, Anchor): the function may
                                        # call Fatal/FailNow/Skip on it (directly, via require.X(t, ...) or
                                        # a callee), which ends the goroutine that runs it
    reports: tuple = ()                 # (place of a *testing.T-like parameter, Anchor): the function may call
                                        # Error/Errorf on it itself (a late one panics once the test is done)

    def fingerprint(self) -> tuple:
        got = self.__dict__.get("_fp")   # a summary is not changed once made: computed once
        if got is None:
            got = self.__dict__["_fp"] = self._fingerprint()
        return got

    def _fingerprint(self) -> tuple:
        # anchors included: a finding that points into the callee must move when the callee's body changes
        return (tuple(sorted((repr(p), tuple(sorted(u.some)), tuple(sorted(u.every)), repr(u.unpaid), u.where,
                              u.skips, repr(u.guards)) for p, u in self.uses.items())),
                tuple(sorted(map(repr, self.confined))), tuple(sorted(map(repr, self.selected))), self.stops,
                self.reports)

    def get(self, place: Place) -> PlaceEffects | None:
        return self.uses.get(place)


class EffectModel:
    """Effects of the functions of one declaration on places, with the package's summaries for calls."""

    def __init__(self, um: UnitModel, package):
        self.um = um
        self.package = package
        self._lit: dict[int, EffectSummary | None] = {}

    # ------------------------------------------------------------ summaries
    def started_calls(self):
        """``go f(args)`` of a package function, in every function of the declaration: (the starting Func,
        the go statement's CFG node, the call effect, the function's summary)."""
        for f, n, x in self.um.go_calls():
            if x.callee is None or x.callee.key is None:
                continue
            s = self.summary_of(x.callee)
            if s is not None:
                yield f, n, x, s

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
        nested: dict[tuple, frozenset] = {}   # (place, kind) -> the conditions all its occurrences are under
        once: set = set()     # (place, kind) that happen somewhere outside the function's loops
        for n in g.nodes:
            for place, kind, node in self.occurrences(g, n):
                if place is None or not visible(place):
                    continue
                some.setdefault(place, set()).add(kind)
                under = self._nested_under(node, f.node) if node is not None else frozenset()
                nested[(place, kind)] = nested[(place, kind)] & under if (place, kind) in nested else under
                if node is not None and not self.um.loops(node):
                    once.add((place, kind))
                if key is not None and node is not None:
                    where.setdefault(place, {}).setdefault(
                        kind, Anchor(key, node.start_byte - unit_start, node.end_byte - unit_start, kind))
        confined, selected = self._confined(f) if not literal else (frozenset(), frozenset())
        stops = self._stops(g, key, unit_start) if not literal else ()
        reports = self._reports(f, key, unit_start) if not literal else ()
        if not some:
            return EffectSummary(confined=confined, selected=selected, stops=stops, reports=reports)
        owed = [(p, k) for p, ks in some.items() for k in ks]
        # a function that calls itself: its recursive calls are taken to do what it does on every path (what
        # a call that returns has done, by induction over the depth), starting from everything and
        # narrowed to what holds (countpwg: Done at the bottom of the recursion, every level returns after)
        # (``assumed`` is read when the flow asks what a node pays, also after the loop: it is changed
        # only before the next flow is made)
        assumed = set(owed) if key is not None and self._recursive(g, key) else None
        for i in range(4):
            flow = ObligationFlow(g, lambda n: (), lambda n, st: self.pays_map(g, n, key, assumed), at_entry=owed,
                                  cond_key=self.um.summary_key)
            if assumed is None:
                break
            paid = set(owed) - {o.key for o, _q in flow.pending_at_exit()} if g.ret.id in flow.state_in \
                else set()
            if paid == assumed or i == 3:
                break
            assumed = paid
        reaches = g.ret.id in flow.state_in
        pending: dict = {}
        skipped: dict = {}
        for o, q in (flow.pending_at_exit() if reaches else ()):
            pending.setdefault(o.key, []).append(o.guard)
            if key is not None and o.key not in skipped:
                at = _exit_node(q, f)
                skipped[o.key] = Anchor(key, at.start_byte - unit_start, at.end_byte - unit_start, "exit")

        def keep(guard: frozenset) -> frozenset:
            return guard if literal else frozenset(x for x in guard if x[0].startswith(("p:", "nil:p:", "nil:f:p:")))

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
            # an exit that skips it, for what the function does once (not per item of a loop); for a
            # kind unpaid only under conditions, the first exit reached under them (a caller decides)
            skips = tuple(sorted((k, skipped[(p, k)]) for k in ks
                                 if k not in every and (p, k) in skipped and (p, k) in once))
            guards = tuple(sorted((k, keep(nested[(p, k)])) for k in ks if keep(nested.get((p, k), frozenset()))))
            out[p] = PlaceEffects(p, frozenset(ks), frozenset(every), tuple(sorted(where.get(p, {}).items())),
                                  tuple(sorted(unpaid)), skips, guards)
        return EffectSummary(out, confined, selected, stops, reports)

    def _nested_under(self, node: Node, top: Node) -> frozenset:
        """The conditions ``node`` is nested under in its function ``top``: each ``if`` whose then-branch
        holds it gives its condition's conjuncts (``a && v.retry != nil``: both); an else-branch, the
        negation of a single condition. As summary keys (``UnitModel.summary_key``)."""
        out = set()
        child, cur = node, node.parent
        while cur is not None and cur.id != top.id and cur.type not in ("func_literal", "function_declaration",
                                                                         "method_declaration"):
            if cur.type == "if_statement":
                cond = cur.child_by_field_name("condition")
                then, alt = cur.child_by_field_name("consequence"), cur.child_by_field_name("alternative")
                if then is not None and then.id == child.id:
                    for c in syntax.operands(cond, "&&"):
                        k = self.um.summary_key(c)
                        if k is not None:
                            out.add(k)
                elif alt is not None and alt.id == child.id:
                    k = self.um.summary_key(cond)
                    if k is not None:
                        out.add((k[0], not k[1]))
            child, cur = cur, cur.parent
        return frozenset(out)

    def _recursive(self, g, key: str) -> bool:
        """Does the graph call the function ``key`` itself (not in a goroutine)?"""
        for n in g.nodes:
            for e in self.um.node_effects(g, n):
                for x in (e.inner if e.kind == DEFER else ((e,) if e.kind != GO else ())):
                    if _calls_itself(x, key):
                        return True
        return False

    def stop_calls(self, g) -> list[tuple[Place, Node]]:
        """(testing parameter place, call) for the calls in graph ``g`` that may end the running goroutine
        through a test's FailNow: ``t.Fatal(...)``, ``require.NoError(t, ...)``, ``helper(t)`` whose summary
        stops on its parameter."""
        um = self.um
        out = []
        for n in g.nodes:
            if n.kind == "go":
                continue
            for e in um.node_effects(g, n):
                if e.kind == STOP and e.place is not None:
                    out.append((e.place, e.node))
                elif e.kind == CALL:
                    s = self.summary_of(e.callee)
                    for p, _ in (s.stops if s is not None else ()):
                        q = translate(p, e)
                        if q is not None:
                            out.append((q, e.node))
        return out

    def _stops(self, g, key: str | None, unit_start: int) -> tuple:
        if key is None:
            return ()
        seen = {}
        for p, call in self.stop_calls(g):
            if p.param_index is not None and p.param_index >= 0 and p not in seen:
                f = self.um.func_at(call)
                if f is not None and (not checks.may_vary(self.um, call, f.node, self.package) or
                                      checks.cannot_fail(self.um, self.package, call, f.node)):
                    continue   # a check of computed values (the same on every run), or one that cannot fail
                seen[p] = Anchor(key, call.start_byte - unit_start, call.end_byte - unit_start, "stop")
        return tuple(sorted(seen.items(), key=lambda t: repr(t[0])))

    def _reports(self, f: Func, key: str | None, unit_start: int) -> tuple:
        """(testing parameter place, Anchor) for the parameters ``f`` calls ``Error``/``Errorf`` on
        itself (not in a goroutine it starts), where the report can run on a run of correct code: as for
        :meth:`_stops`, what it reports may vary from run to run and its check can fail."""
        if key is None:
            return ()
        out = []
        for v in self.um.scopes.declared_in(f.node):
            if v.kind != "param" or v.type_node is None or syntax.text(v.type_node) not in TESTING_TYPES:
                continue
            for r in v.refs:
                sel = r.parent
                call = sel.parent if sel is not None else None
                if sel is None or sel.type != "selector_expression" or call is None or \
                        call.type != "call_expression" or call.child_by_field_name("function") != sel or \
                        syntax.text(sel.child_by_field_name("field")) not in ("Error", "Errorf"):
                    continue
                inner = self.um.func_at(call)
                if inner is None or self.um.goroutine_of(inner) is not None:
                    continue
                if not checks.may_vary(self.um, call, inner.node, self.package) or \
                        checks.cannot_fail(self.um, self.package, call, inner.node):
                    continue   # a report of computed values (the same on every run), or of a check that cannot fail
                out.append((self.um.var_place(v), Anchor(key, call.start_byte - unit_start,
                                                        call.end_byte - unit_start, "report")))
                break
        return tuple(out)

    def _confined(self, f: Func) -> tuple[frozenset, frozenset]:
        """Channel parameters of ``f`` whose every use is one of its own channel operations (in its body, or
        in a literal it defers, ``defer func() { ...; done <- id }()``, which runs in its goroutine as it
        returns; not in a goroutine or another closure it makes: those run later, and its summary does not
        hold them); and those of them used in a select case."""
        um = self.um
        out, sel = set(), set()
        for v in um.scopes.declared_in(f.node):
            if v.kind != "param" or v.type_node is None or v.type_node.type != "channel_type" or v.assigned:
                continue
            if all(_chan_op_use(r) and _own_frame(um.func_at(r), f) for r in v.refs):
                out.add(um.var_place(v))
                if any(r.parent is not None and syntax.enclosing_select_case(r.parent) is not None for r in v.refs):
                    sel.add(um.var_place(v))
        return frozenset(out), frozenset(sel)

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

    def _closes_each(self, loop: Node):
        """For ``for i := range x { close(x[i]) ... }`` (or ``for _, c := range x { close(c) }``), a close
        of the loop's element as a statement of its body: the place of ``x``'s elements, all of them closed
        once the loop is done (an empty ``x`` has none to close). None otherwise."""
        rc = next((c for c in loop.named_children if c.type == "range_clause"), None)
        right = rc.child_by_field_name("right") if rc is not None else None
        left = rc.child_by_field_name("left") if rc is not None else None
        names = [syntax.text(x) for x in left.named_children] if left is not None else []
        base = self.um.place(right) if right is not None else None
        if base is None or not names:
            return None
        want = {f"{syntax.text(right)}[{names[0]}]"} if names[0] != "_" else set()
        if len(names) > 1 and names[1] != "_":
            want.add(names[1])
        for st in syntax.stmt_list(loop.child_by_field_name("body")):
            call = st.named_children[0] if st.type == "expression_statement" and st.named_children else None
            args = syntax.call_args(call) if call is not None and call.type == "call_expression" and \
                syntax.call_name(call) == ("", "close") else []
            if len(args) == 1 and " ".join(syntax.text(args[0]).split()) in want:
                return base.child("[]")
            if any(x.type in ("continue_statement", "break_statement", "return_statement", "goto_statement")
                   for x in [st, *syntax.walk(st, skip_funcs=True)]):
                return None   # (an element may be skipped before its close)
        return None

    def pays_map(self, g, n: CNode, self_key: str | None = None, assumed: set | None = None) -> dict:
        """Like ``pays``, keyed (place, kind) -> None when paid on every path, or a list of the conditions
        under which it may not be (a callee that pays ``unless`` something, see ``PlaceEffects.unpaid``).
        ``self_key``, ``assumed``: the function whose summary is being made, and what its recursive calls
        are taken to pay (see ``summary``)."""
        out: dict = {}
        if n.kind == "range" and n.ast is not None:
            each = self._closes_each(n.ast)
            if each is not None:
                out[(each, CLOSE)] = None   # ``for i := range x { close(x[i]) }``: every element, none left
        for e in self.um.node_effects(g, n):
            for key in self.pays_effect(e):
                out[key] = None
            effs = e.inner if e.kind == DEFER else ((e,) if e.kind != GO else ())
            for x in effs:
                if x.kind != CALL:
                    continue
                if assumed and _calls_itself(x, self_key):
                    for p, k in assumed:
                        q = translate(p, x) if p.is_param else None
                        if q is not None:
                            out[(q, k)] = None
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
                            if lit and self.um.latch_rules_out(guard, p):
                                continue       # the path where the latch is set: its Done already ran
                            status, carried = resolve_guard(guard, x, lit)
                            if status == "no" or (not lit and self._fields_rule_out(guard, x)):
                                continue       # the call's constants (its receiver's nil fields) rule that path out
                            if not lit or (status == "unknown" and not carried):
                                kept = None    # a condition the caller cannot see: not paid
                                break
                            kept.append(carried)
                        if kept is None:
                            continue
                        prev = out.get((p, k), [])
                        out[(p, k)] = None if not kept else (prev + kept if isinstance(prev, list) else kept)
        return out

    def _constructs_zero(self, call: Node, field: str) -> bool:
        """Does the constructor call ``call`` (``NewWorker(&Input{Source: f})``) make a value whose ``field``
        is zero: its literal leaves the field out, or copies it from a field of a parameter (``retry:
        i.Retry``) that the call's argument, a literal, leaves out (or from a parameter given ``nil``)?"""
        callee = self.um.callee(call)[0]
        key = callee.key if callee is not None else None
        src = self.package.ctor_field(key, field) if key and self.package is not None else None
        if src is None:
            return False
        if src == ():
            return True
        i, sub = src
        args = syntax.call_args(call)
        arg = syntax.unparen(args[i]) if i < len(args) else None
        if arg is None:
            return False
        if sub is None:
            return arg.type == "nil"
        return leaves_out(arg, sub)

    def guard_ruled_out(self, guard: frozenset, x: Effect) -> bool:
        """Can the call ``x`` not meet the callee's condition ``guard`` (its constant arguments, or the nil
        fields of a value it is given)?"""
        lit = x.callee is not None and x.callee.literal is not None
        status, _ = resolve_guard(guard, x, lit)
        return status == "no" or (not lit and self._fields_rule_out(guard, x))

    def _fields_rule_out(self, guard: frozenset, x: Effect) -> bool:
        """Does the callee's path condition test a field of an argument (``dc.con != nil`` in
        ``dc.Close()``) that the caller knows is nil here, the other way?"""
        method = x.callee is not None and x.callee.key is not None and "." in x.callee.key
        fn = x.node.child_by_field_name("function") if x.node.type == "call_expression" else None
        args = syntax.call_args(x.node) if fn is not None else []
        for key, value in guard:
            if value or not key.startswith("nil:f:p:"):
                continue       # (a path taken only when the field is nil: the caller cannot rule it out)
            root, _, path = key[len("nil:f:"):].partition(".")
            i = int(root.split(":", 1)[1])
            if method and i == -1:
                if fn is None or fn.type != "selector_expression" or x.args[:1] != (self.um.place(fn.child_by_field_name("operand")),):
                    continue   # (a method promoted from an embedded field: its receiver is a field)
                expr = fn.child_by_field_name("operand")
            else:
                expr = args[i] if 0 <= i < len(args) else None
            if path and "." not in path and self.package is not None and \
                    set(self.package.field_setters(path)) <= {self.um.key} and self.um.field_zero_at(
                        expr, path, x.node, made=lambda call, f=path: self._constructs_zero(call, f)):
                return True
        return False

    def pays_effect(self, e: Effect, unseen: bool = True) -> set:
        """What one effect of a node guarantees (see ``pays``). ``unseen=False``: not what a value handed
        to code goleash cannot see may do there (``wg.Go(f)``, ``lib.Run(wg)``), only what surely runs."""
        out = set()
        if e.kind == GO:
            for x in e.inner:
                if x.kind == PASS and unseen:
                    out.update(self._passed(x))
                elif x.kind == CANCEL and x.place is not None and x.node.type == "call_expression" and \
                        e.node.named_children and x.node.id == e.node.named_children[0].id:
                    out.add((x.place, CANCEL))   # ``go cancel()``: it runs, soon
                elif x.kind == CALL and unseen and x.callee is not None and x.callee.literal is not None and \
                        e.node.named_children and x.node.id == e.node.named_children[0].id:
                    # ``go func() { conn.Wait(); wg.Done() }()``: the count is handed to the goroutine, which
                    # says Done on every way it ends
                    s = self.summary_of(x.callee)
                    for use in (s.uses.values() if s is not None else ()):
                        p = translate(use.place, x) if DONE in use.every else None
                        if p is not None:
                            out.add((p, DONE))
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
            elif x.kind == PASS and unseen:
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


def _exit_node(q: CNode, f: Func) -> Node:
    """The statement of an exit: the return itself, or the last statement before the end of the body."""
    if q.ast is not None and q.ast.type == "return_statement":
        return q.ast
    body = f.node.child_by_field_name("body")
    stmts = [c for c in (body.named_children if body is not None else ()) if c.type == "statement_list"]
    kids = [c for c in (stmts[0].named_children if stmts else ()) if c.type != "comment"]
    return kids[-1] if kids else (q.ast if q.ast is not None else f.node)


def _chan_op_use(ref: Node) -> bool:
    """Is this reference to a channel the operand of a send, receive, range, close, len or cap (also as a
    select case: the caller's op then names that case, ``ChanModel._called_ops``)?"""
    p = ref.parent
    while p is not None and p.type == "parenthesized_expression":
        ref, p = p, p.parent
    if p is None:
        return False
    if p.type == "send_statement":
        return p.child_by_field_name("channel") == ref
    if p.type == "unary_expression":
        op = p.child_by_field_name("operator")
        return op is not None and op.type == "<-"
    if p.type == "range_clause":
        return p.child_by_field_name("right") == ref
    if p.type == "argument_list" and p.parent is not None:
        fn = p.parent.child_by_field_name("function")
        return fn is not None and fn.type == "identifier" and fn.text in (b"close", b"len", b"cap")
    return False


def _calls_itself(x, key: str | None) -> bool:
    """Is the effect ``x`` a call of the package function ``key`` (not of a literal)?"""
    return key is not None and x.kind == CALL and x.callee is not None and x.callee.literal is None and \
        x.callee.key == key



def _own_frame(fn: Func | None, top: Func) -> bool:
    """Is ``fn`` the function ``top`` itself, or a literal ``top`` defers directly (``defer func() {...}()``
    in ``top``'s own body): code that runs in ``top``'s call, on its goroutine?"""
    return fn is not None and (fn is top or (fn.how == "defer" and fn.parent is top))
