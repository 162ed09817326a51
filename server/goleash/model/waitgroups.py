"""WaitGroups: which goroutine each WaitGroup counts, and whether every path of it calls Done.

A goroutine ``go func(){...}()`` is *counted* by a WaitGroup place ``wg`` when
its body calls ``wg.Done()`` (directly, deferred, or through a helper, a
method value or a closure — the effect summaries say) and the function that
starts it calls ``wg.Add`` before the ``go`` statement (in the same function,
earlier in the source). ``wg.Go(f)`` (Go 1.25) and errgroup are counted by
the library and never skip Done.

Questions: :meth:`WaitGroupModel.counted` (the counted goroutines with their
Add and Wait calls), :meth:`WaitGroupModel.skipping_exits` (the exits of a
body — return, ``t.Fatal``, the end of the function — reached without Done;
panics are not, they end the process).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tree_sitter import Node

from .. import syntax
from . import cfg as cfgmod
from .cfg import GOEXIT, PANIC, RETURN, CNode, reaches
from .checks import reached_before_leaving
from .effects import ADD, CALL, DONE, GO, WAIT, Effect, Func, Place, UnitModel, translate
from .obligations import ObligationFlow
from .summary import EffectModel
from .types import func_sig, sync_kind


@dataclass(eq=False)
class Counted:
    go: Node                        # the go statement
    body: Func                      # its literal
    wg: Place                       # the WaitGroup counting it
    add: Node                       # the Add call in the starting function
    waits: list[Node] = field(default_factory=list)    # Wait calls of the starter after the go
    dones: list[Node] = field(default_factory=list)    # Done calls directly in the body


@dataclass(eq=False)
class CountedCall:
    """``go worker(ch, &wg)``: a goroutine whose body is a package function, counted by ``wg``."""
    go: Node                        # the go statement
    callee: str                     # the function's key (``worker``, ``Server.loop``)
    wg: Place                       # the WaitGroup, as the starter spells it
    add: Node
    skip: object                    # Anchor: an exit of the callee reached without Done, or None
    waits: list[Node] = field(default_factory=list)
    starter: Func | None = None     # the function that runs the go statement
    callee_wg: Place | None = None  # the WaitGroup as the called function spells it (its parameter...)
    kinds: frozenset = frozenset()  # what the called function does on it (Done, Wait, ...)

    @property
    def name(self) -> str:
        """The called function's name, as messages show it (``loop`` for ``Server.loop``)."""
        return self.callee.rsplit(".", 1)[-1]


class WaitGroupModel:
    def __init__(self, um: UnitModel, effects: EffectModel):
        self.um = um
        self.effects = effects
        self._counted: list[Counted] | None = None
        self._named: list[CountedCall] | None = None
        self._callees: dict[str, WaitGroupModel | None] = {}   # by function key: the models of named bodies

    # ----------------------------------------------------------- counting
    def ops(self, f: Func, kind: str) -> list[tuple[Place, Node]]:
        """(WaitGroup place, call) for the ``kind`` (Add/Done/Wait) calls running in ``f`` itself."""
        return [(x.place, x.node) for x in self._ops(f, kind)]

    def adds(self, f: Func) -> list[tuple[Place, Node, int | None]]:
        """(WaitGroup place, call, amount) for the Add calls running in ``f`` itself; the amount when it is
        a literal, None otherwise."""
        return [(x.place, x.node, x.count) for x in self._ops(f, ADD)]

    def _ops(self, f: Func, kind: str) -> list:
        g = self.um.cfg(f)
        out = []
        for n in (g.nodes if g is not None else ()):
            for e in self.um.node_effects(g, n):
                effs = e.inner if e.kind == "defer" else (e,)
                for x in effs:
                    if x.kind == kind and x.place is not None and self.is_waitgroup(x):
                        out.append(x)
        out.sort(key=lambda x: x.node.start_byte)
        return out

    def is_waitgroup(self, e) -> bool:
        """The receiver of an Add/Done/Wait effect is a sync.WaitGroup (by type; by name when unknown)."""
        fn = e.node.child_by_field_name("function")
        operand = fn.child_by_field_name("operand") if fn is not None and fn.type == "selector_expression" else None
        if operand is None:
            return False
        t = self.um.types.of(operand)
        if t is not None:
            return sync_kind(self.um.index.underlying(t) if not t.startswith("*") else t) == "WaitGroup" or \
                self.um.index.method(t, e.kind)[2] == "sync.WaitGroup"
        return True

    def counted(self) -> list[Counted]:
        if self._counted is not None:
            return self._counted
        out = []
        um = self.um
        for f in um.funcs:
            if f.how != "go" or f.start is None:
                continue
            starter = f.parent
            if starter is None:
                continue
            body_g = um.cfg(f)
            if body_g is None:
                continue
            done_places = {p for n in body_g.nodes for p, k, _ in self.effects.occurrences(body_g, n)
                           if k == DONE and p is not None}
            if not done_places:
                continue
            adds = [(p, c) for p, c in self.ops(starter, ADD) if p in done_places and c.start_byte < f.start.start_byte]
            if not adds:
                continue
            wg, add = adds[-1]
            if self._counts_itself(starter, wg, add):
                continue
            # the goroutine owes one Done of its own: not only per-item Dones inside its loops (a count
            # of jobs, not of goroutines), and counted one per go statement (Add(1), Add(n) literal, or
            # an Add before a loop that starts one goroutine per iteration)
            own = [node for n in body_g.nodes for p, k, node in self.effects.occurrences(body_g, n)
                   if k == DONE and p == wg and node is not None and not um.loops(node)]
            if not own or any(self._shared_latch(node, f) for node in own):
                continue
            arg = _first_arg(add)
            if (arg is None or arg.type != "int_literal") and not um.loops(f.start):
                continue
            waits = [c for p, c in self.ops(starter, WAIT) if p == wg and c.start_byte > f.start.end_byte]
            dones = [c for p, c in self.ops(f, DONE) if p == wg]
            out.append(Counted(f.start, f, wg, add, waits, dones))
        self._counted = out
        return out

    def _shared_latch(self, node: Node, f: Func) -> bool:
        """Is ``node`` (a Done the goroutine ``f`` owes) a call of a local closure that code outside the
        goroutine calls too (``finish := func() { once.Do(func() { close(done); wg.Done() }) }``, called by
        an event handler and by the goroutine)? The WaitGroup counts that one completion, whoever reaches
        it first, not the goroutine: a path of the goroutine without it is the other caller's turn."""
        fn = node.child_by_field_name("function") if node.type == "call_expression" else None
        v = self.um.scopes.var(fn) if fn is not None and fn.type == "identifier" else None
        if v is None or v.assigned or v.value is None or syntax.unparen(v.value).type != "func_literal":
            return False
        return any(r.parent is not None and r.parent.type == "call_expression" and
                   r.parent.child_by_field_name("function") == r and not syntax.inside(r, f.node) for r in v.refs)

    def done_for_callers(self, go: Node) -> bool:
        """Does the goroutine started at ``go`` (a literal, started by this declaration's function itself)
        say it is done on a WaitGroup parameter of that function (``defer wg.Done()`` first in its body),
        counted by the callers (the ``Add`` there or here), and does every caller wait for that WaitGroup
        before returning (as :meth:`waited_by_callers`)? ``startServer(t, &wg)`` ... ``wg.Wait()``."""
        pkg = self.effects.package
        um = self.um
        f = um.func_at(go)
        lit = syntax.go_literal(go)
        body = syntax.stmt_list(syntax.func_body(lit)) if lit is not None else []
        if pkg is None or f is None or f is not um.top or not body:
            return False
        first = body[0]
        call = first.named_children[0] if first.type == "defer_statement" and first.named_children else None
        if call is None or call.type != "call_expression" or syntax.call_name(call)[1] != "Done" or \
                syntax.call_args(call):
            return False
        fn = call.child_by_field_name("function")
        place = um.place(fn.child_by_field_name("operand")) if fn is not None and \
            fn.type == "selector_expression" else None
        i = place.param_index if place is not None else None
        if i is None or i < 0 or place.path:
            return False
        return _waited_by_callers(pkg, um.key, i, 3)

    def waited_by_callers(self, cg: Counted) -> bool:
        """Does every caller of the function starting ``cg`` wait for it before returning? So when the
        goroutine's WaitGroup is a parameter of that function (``start(t, &wg)``) and every call passes
        ``&w`` for a ``w`` the calling function waits for in a ``defer w.Wait()`` made before the call, or passes on a
        WaitGroup parameter of its own that its callers wait for in turn."""
        pkg = self.effects.package
        i = cg.wg.param_index
        if pkg is None or i is None or i < 0 or cg.wg.path or cg.body.parent is not self.um.top:
            return False
        return _waited_by_callers(pkg, self.um.key, i, 3)

    def never_waited(self, cg: Counted) -> bool:
        """Can nothing wait on ``cg``'s WaitGroup? It is an unexported field the package only counts, sets or
        nil-checks (:meth:`~goleash.model.package.PackageModel.waitgroup_field_never_waited`); or it is a
        local of the declaration (or a field of one:
        ``p.inFlight`` of a ``p`` made here), nothing in the declaration waits on it, and the local
        reaches only package functions that never call ``Wait`` (directly or through their callees): as a
        receiver (``p.retry(...)``), an argument (``f(p)``, ``f(&wg)``), fields read or set. Handed on any
        other way (stored, returned, sent, an unknown function), someone else may wait. A Done skipped on
        a WaitGroup nobody waits on blocks nothing."""
        wg = cg.wg
        if not wg.is_local:
            return self.field_never_waited(wg)
        um = self.um
        if any(p.root == wg.root for f in um.funcs for p, _ in self.ops(f, WAIT)):
            return False
        v = next((x for x in um.scopes.vars if um.var_place(x).root == wg.root), None)
        if v is None or v.addressed:
            return False
        for r in v.refs:
            if r.id == v.ident.id:
                continue
            node, parent = r, r.parent
            while parent is not None and parent.type == "selector_expression" and \
                    parent.child_by_field_name("operand").id == node.id:
                node, parent = parent, parent.parent      # ``p.inFlight.Add``: up the selector chain
            if parent is not None and parent.type == "call_expression" and \
                    parent.child_by_field_name("function").id == node.id:
                if node.type != "selector_expression":
                    return False                          # ``p()``: a func value
                field = syntax.text(node.child_by_field_name("field"))
                if field in (ADD, DONE):
                    continue
                if field == WAIT:
                    return False
                call = parent
            elif parent is not None and parent.type == "argument_list":
                call = parent.parent
            elif parent is not None and parent.type == "unary_expression" and \
                    syntax.text(parent.child_by_field_name("operator")) == "&" and parent.parent is not None and \
                    parent.parent.type == "argument_list":
                call = parent.parent.parent               # ``f(&wg)``, ``f(&p.wg)``
            elif node.type == "selector_expression" and parent is not None and \
                    parent.type not in ("argument_list", "expression_list", "return_statement",
                                        "composite_literal", "literal_value", "keyed_element",
                                        "literal_element", "send_statement") and \
                    not (parent.type == "unary_expression" and
                         syntax.text(parent.child_by_field_name("operator")) == "&"):
                continue                                  # a field read or set: ``p.errors``, ``<-p.done``
            else:
                return False                              # stored, returned, sent: handed on
            if call is None or call.type != "call_expression":
                return False
            fn = syntax.text(call.child_by_field_name("function"))
            if fn in ("close", "len", "cap"):
                continue
            callee = um.callee(call)[0]
            if callee is None or (callee.key is None and callee.literal is None):
                return False                              # an unknown function: it may wait
            s = self.effects.summary_of(callee)
            if s is not None and any(WAIT in u.some for u in s.uses.values()):
                return False
        return True

    def field_never_waited(self, wg: Place) -> bool:
        """Is ``wg`` a field every spelling of which in the package only counts, sets or nil-checks it
        (``e.wg.Add(1)``, ``defer e.wg.Done()``, ``e.wg = &sync.WaitGroup{}``): no ``Wait``, nothing hands it
        on?"""
        pkg = self.effects.package
        return bool(wg.path) and not wg.is_local and pkg is not None and \
            pkg.waitgroup_field_never_waited(wg.path[-1])

    def counted_calls(self) -> list[CountedCall]:
        """Goroutines started as ``go f(args)`` of a package function that counts them with a Done of a
        WaitGroup passed to it (or a field of its receiver), whose summary shows an exit that skips it."""
        return [c for c in self.counted_named() if c.skip is not None]

    def counted_named(self) -> list[CountedCall]:
        """Goroutines started as ``go f(args)`` of a package function that calls Done on a WaitGroup passed
        to it (or a field of its receiver), counted by an Add of the starter before the go statement."""
        if self._named is not None:
            return self._named
        out = []
        um = self.um
        adds: dict[Func, list] = {}
        for starter, n, x, s in self.effects.started_calls():
            for use in s.uses.values():
                if DONE not in use.some:
                    continue
                skip = use.skipped_at(DONE, x)
                wg = translate(use.place, x)
                if wg is None:
                    continue
                if starter not in adds:
                    adds[starter] = self.ops(starter, ADD)
                before = [c for p, c in adds[starter] if p == wg and c.start_byte < n.ast.start_byte]
                if not before or self._counts_itself(starter, wg, before[-1]):
                    continue
                arg = _first_arg(before[-1])
                if (arg is None or arg.type != "int_literal") and not um.loops(n.ast):
                    continue
                waits = [c for p, c in self.ops(starter, WAIT) if p == wg and c.start_byte > n.ast.end_byte]
                out.append(CountedCall(n.ast, x.callee.key, wg, before[-1], skip, waits, starter,
                                       use.place, frozenset(use.some)))
        self._named = out
        return out

    def second_done(self, body: Func, wg: Place) -> tuple[Node, bool, Node | None, bool] | None:
        """A path of ``body`` on which ``wg.Done()`` runs a second time: (that Done, whether it is deferred,
        the Done that already ran, whether that one is deferred), or None. Done calls per item of a loop
        (a count of jobs) do not count twice."""
        from .flow import Solver
        um, eff = self.um, self.effects
        g = um.cfg(body)
        if g is None:
            return None
        want = (wg, DONE)

        def dones(n):
            return [(e.node, e.kind == "defer") for e in um.node_effects(g, n)
                    if want in eff.pays_effect(e, unseen=False)   # (``wg.Go(f)`` is not a Done of this one)
                    and not (e.kind == CALL and _added_just_before(um, e.node, wg))]

        # a Done each turn of a loop makes, at the top of its body (``for p := range w.gzCh { ...;
        # w.gzWg.Done() }``), of a WaitGroup the package also counts items with (an Add in a loop, or in
        # a function besides the one starting the goroutine): one per item, not the goroutine's own
        per_item = {node.id for n in g.nodes for node, _d in dones(n) if _per_turn(node)}
        if per_item and not self._item_adds(wg, body):
            per_item = set()

        def transfer(n, st, record=None):
            for node, deferred in dones(n):
                if node.id in per_item:
                    continue
                loops = um.loops(node)
                for f in st:
                    if f[1] != node.id and not any(lp.start_byte <= f[3] <= lp.end_byte for lp in loops):
                        if record is not None:
                            record.append((node, deferred, f))
                        break
                st = st | {("done", node.id, deferred, node.start_byte, frozenset())}
            return st

        state = Solver(g, transfer, cond_key=um.tracked_key, guard_at=4).run(frozenset())
        events: list = []
        ends = [g.exits[k] for k in (RETURN, PANIC, GOEXIT)]   # (the exits that run deferred calls)
        for n in g.nodes:
            if n.id in state and not n.terminal:
                found: list = []
                transfer(n, state[n.id], found)
                # a deferred Done runs only where the goroutine ends by a return, a panic or Goexit: not on a
                # path that only goes on to os.Exit (``wg.Done(); wg.Wait(); os.Exit(1)``)
                events += [e for e in found if not (e[1] or e[2][2]) or any(reaches(n, x) for x in ends)]
        if not events:
            return None
        node, deferred, first = events[0]
        first_node = next((d for n in g.nodes for d, _ in dones(n) if d.id == first[1]), None)
        return node, deferred, first_node, first[2]

    def _item_adds(self, wg: Place, body: Func) -> bool:
        """Does the package count items with the field WaitGroup ``wg`` besides goroutines: an ``Add`` of it
        (by its name, ``w.gzWg.Add(``) in a loop, or in two declarations other than the one of ``body`` (the
        goroutine's starter, and one that adds a count per item it queues)?"""
        found = self._field_adds(wg)
        return any(syntax.loops_between(c, node) for _key, node, adds in found for c in adds) or len(found) >= 2

    def added_elsewhere(self, wg: Place) -> bool:
        """Does another declaration of the package add to the field WaitGroup ``wg`` (``l.wg.Add(1)`` in
        ``postToLog``, by its name)? Its count is then not only the goroutines this one starts: what they
        mark done may pay it."""
        return bool(self._field_adds(wg))

    def _field_adds(self, wg: Place) -> list[tuple[str, Node, list[Node]]]:
        """The declarations of the package other than this one that call ``Add`` on the field WaitGroup
        ``wg`` (found by its name): (key, declaration, the Add calls)."""
        package = self.effects.package
        abstract = self.um.abstract_place(wg)
        if package is None or not wg.path or abstract is None:
            return []
        name = wg.path[-1]
        own = self.um.unit
        out = []
        for key, _digest in package.spelled_by(name):
            node = package.decl_node(key)
            if node is None or node.id == own.id or (node.start_byte == own.start_byte and node.text == own.text):
                continue
            um = package.decl_model(key)
            adds = [c for c in syntax.walk(node) if c.type == "call_expression" and um is not None and
                    (fn := c.child_by_field_name("function")) is not None and fn.type == "selector_expression" and
                    syntax.text(fn.child_by_field_name("field")) == "Add" and
                    um.abstract_place(um.place(fn.child_by_field_name("operand"))) == abstract]
            if adds:
                out.append((key, node, adds))
        return out

    def named_second_done(self, cc: CountedCall) -> tuple[str, int, int] | None:
        """Where the named body of ``cc`` calls Done on its WaitGroup a second time on some path: (function
        key, start, end relative to it), or None."""
        inner = self._callee_model(cc)
        if inner is None:
            return None
        got = inner.second_done(inner.um.top, cc.callee_wg)
        if got is None:
            return None
        node = inner.um.unit
        return cc.callee, got[0].start_byte - node.start_byte, got[0].end_byte - node.start_byte

    def _callee_model(self, cc: CountedCall) -> "WaitGroupModel | None":
        """The WaitGroup model of the function a ``go f(...)`` runs (its text a recorded dependency), built
        once per function for the rules of this declaration."""
        package = self.effects.package
        if package is None or cc.callee_wg is None:
            return None
        if cc.callee not in self._callees:
            um = package.decl_model(cc.callee)
            self._callees[cc.callee] = WaitGroupModel(um, EffectModel(um, package)) if um is not None else None
        return self._callees[cc.callee]

    def self_waits(self, cc: CountedCall) -> tuple[str, int, int] | None:
        """Where the named body of ``cc`` waits on its own WaitGroup before it has called Done on every path
        to there (a goroutine waiting for itself): (function key, start, end relative to it), or None."""
        inner = self._callee_model(cc) if WAIT in cc.kinds else None
        if inner is None:
            return None
        top, node = inner.um.top, inner.um.unit
        owing = inner.owing_at(top, cc.callee_wg)
        for p, w in inner.ops(top, WAIT):
            if p == cc.callee_wg and w.id in owing:
                return cc.callee, w.start_byte - node.start_byte, w.end_byte - node.start_byte
        return None

    def _counts_itself(self, starter: Func, wg: Place, add: Node) -> bool:
        """``wg.Add(1); defer wg.Done()`` in the starter: that Add counts the starter itself (a worker that
        may start more workers, each counting itself), not the goroutine it starts later."""
        arg = _first_arg(add)
        if arg is None or arg.type != "int_literal" or syntax.text(arg) != "1":
            return False
        g = self.um.cfg(starter)
        for n in (g.nodes if g is not None else ()):
            if n.kind != "defer" or n.ast is None or n.ast.start_byte < add.end_byte:
                continue
            for e in self.um.node_effects(g, n):
                if any(x.kind == DONE and x.place == wg for x in e.inner):
                    return True
        return False

    def add_guard(self, cg: Counted) -> frozenset:
        """Conditions under which the starter counts the goroutine (``if wg != nil { wg.Add(1) }``)."""
        starter = cg.body.parent
        g = self.um.cfg(starter) if starter is not None else None
        if g is None:
            return frozenset()
        cur = cg.add
        n = None
        for _ in range(32):
            if cur is None:
                break
            n = g.node_of(cur)
            if n is not None:
                break
            cur = cur.parent
        if n is None:
            return frozenset()
        pc = self.um.guard_literals_to(g, n)
        return frozenset(x for x in pc if self.um._tested().get(x[0], 0) > 1 or x[0].startswith(("p:", "nil:p:"))) \
            | self._param_guards(cg, pc) | self._index_guards(cg) | self._flag_guards(cg)

    def _flag_guards(self, cg: Counted) -> frozenset:
        """A local flag that is true exactly when the starter counted the goroutine: it starts false and its
        one assignment, ``added = true``, is a statement of the block that holds the ``Add`` (``added :=
        false; if !eosed { wg.Add(1); added = true }``, then ``go func() { ...; if added { wg.Done() } }()``).
        The body owes ``Done`` only when the flag is true."""
        st = cg.add
        while st is not None and (st.parent is None or st.parent.type not in ("block", "statement_list")):
            st = st.parent
        if st is None or cg.body.parent is None or self.um.func_at(st) is not cg.body.parent:
            return frozenset()
        out = set()
        for a in st.parent.named_children:
            left, right = a.child_by_field_name("left"), a.child_by_field_name("right")
            if a.type != "assignment_statement" or left is None or right is None or \
                    len(left.named_children) != 1 or syntax.text(right) != "true":
                continue
            ident = left.named_children[0]
            v = self.um.scopes.var(ident) if ident.type == "identifier" else None
            init = syntax.unparen(v.value) if v is not None else None
            if v is None or len(v.assigns) != 1 or (init is not None and init.type != "false") or \
                    not self.um.is_flag(v):
                continue
            k = self.um.cond_key(ident)
            if k is not None:
                out.add((k[0], True))
        return frozenset(out)

    def _param_guards(self, cg: Counted, pc: frozenset) -> frozenset:
        """The guards of the ``Add`` handed to the goroutine as an argument: ``if i == 0 { wg.Add(1) }``
        then ``go func(first bool) { if first { ...; wg.Done() } ... }(i == 0)`` counts only the goroutine
        whose ``first`` is true, so the body owes ``Done`` only when ``first`` is."""
        call = cg.go.named_children[0] if cg.go.named_children else None
        lit = cg.body.node
        if not pc or call is None or call.type != "call_expression" or lit.type != "func_literal":
            return frozenset()
        args = syntax.call_args(call)
        body = syntax.func_body(lit)
        out = set()
        for k, (name, _t) in enumerate(syntax.params(lit)):
            if k >= len(args) or not name or body is None:
                break
            ak = self.um.cond_key(args[k])
            held = next((pos for key, pos in pc if ak is not None and key == ak[0]), None)
            if held is None:
                continue
            ref = next((r for r in syntax.walk(body) if r.type == "identifier" and syntax.text(r) == name), None)
            rk = self.um.cond_key(ref) if ref is not None else None
            if rk is not None:
                out.add((rk[0], (held == ak[1]) == rk[1]))
        return frozenset(out)

    def defers_done(self, cg: Counted) -> bool:
        """Does the goroutine ``cg`` call its ``Done`` in a defer of its body's top level (``defer
        wg.Done()``, or a statement of its own in a deferred closure: ``defer func() { ...; wg.Done() }()``)?
        Then ``Done`` runs after everything else the goroutine does, on every exit."""
        call = f"{self.um.spell(cg.wg)}.Done()"
        for st in syntax.stmt_list(syntax.func_body(cg.body.node)):
            x = st.named_children[0] if st.type == "defer_statement" and st.named_children else None
            if x is None or x.type != "call_expression":
                continue
            if syntax.text(x) == call:
                return True
            fn = syntax.unparen(x.child_by_field_name("function"))
            if fn is not None and fn.type == "func_literal" and any(
                    inner.type == "expression_statement" and syntax.text(inner) == call
                    for inner in syntax.stmt_list(syntax.func_body(fn))):
                return True
        return False

    def other_elements(self, a: Node, b: Node) -> bool:
        """Do the calls ``a`` and ``b`` on one WaitGroup place (``wg[heartbeat].Add(1)``,
        ``wg[connecting].Wait()``) name two elements of a slice or array for sure: at some index, each a
        literal or a local never assigned again that holds one, and the two differ?"""
        def fixed(ix: Node | None) -> str | None:
            ix = syntax.unparen(ix) if ix is not None else None
            if ix is not None and ix.type == "identifier":
                v = self.um.scopes.var(ix)
                ix = syntax.unparen(v.value) if v is not None and v.kind == "local" and not v.assigned and \
                    not v.addressed and v.value is not None else None
            return syntax.text(ix) if ix is not None and ix.type in ("int_literal", "interpreted_string_literal") \
                else None

        def index_nodes(call: Node) -> list[Node | None]:
            fn = call.child_by_field_name("function")
            return syntax.index_nodes(fn.child_by_field_name("operand")) \
                if fn is not None and fn.type == "selector_expression" else []

        ia, ib = index_nodes(a), index_nodes(b)
        if not ia or len(ia) != len(ib):
            return False
        for x, y in zip(ia, ib):
            fx, fy = fixed(x), fixed(y)
            if fx is not None and fy is not None and fx != fy:
                return True
        return False

    def done_last(self, cg: Counted) -> bool:
        """Is ``Done`` the last statement of the goroutine's body, with no way out of the body before it
        (``go func() { r.work(jobs, done); wg.Done() }()``: no ``return``, ``goto``, ``recover`` nor
        ``Goexit``/``FailNow`` in it)? Then it runs after everything else the goroutine does, on every exit
        but a panic, which ends the process."""
        body = syntax.func_body(cg.body.node)
        stmts = syntax.stmt_list(body) if body is not None else []
        if not stmts or stmts[-1].type != "expression_statement" or \
                syntax.text(stmts[-1]) != f"{self.um.spell(cg.wg)}.Done()":
            return False
        for n in syntax.walk(body):
            if n.type in ("return_statement", "goto_statement"):
                return False
            if n.type == "call_expression" and syntax.call_name(n)[1] in (
                    "recover", "Goexit", "FailNow", "Fatal", "Fatalf", "SkipNow", "Skip", "Skipf"):
                return False
        return True

    def joined_before(self, goroutines: list[Node], node: Node) -> bool:
        """Does ``node`` run only after a ``Wait`` (earlier in its own block, straight-line) of a WaitGroup
        that counts every one of ``goroutines`` (go statements) with a deferred ``Done``, or a ``Done`` as the
        last statement of a body with no way out before it (:meth:`done_last`)? Everything those goroutines
        do has then happened."""
        counting = None
        for g in goroutines:
            wgs = {cg.wg for cg in self.counted() if cg.go.id == g.id and (self.defers_done(cg) or
                                                                            self.done_last(cg))}
            counting = wgs if counting is None else counting & wgs
        f = self.um.func_at(node)
        if not counting or f is None:
            return False
        return any(p in counting and syntax.runs_before(c, node) for p, c in self.ops(f, WAIT))

    def _index_guards(self, cg: Counted) -> frozenset:
        return self._index_test(cg)[0]

    def done_deferred_when_counted(self, cg: Counted) -> bool:
        """Does the goroutine owe ``Done`` only as one of a subset its index selects (:meth:`_index_guards`)
        and call it, under that very test, in a closure its body defers (``defer func() { wg.Done(); if idx%2
        == 0 { wgEven.Done() } }()``), the test one of the closure's own statements with no exit before it?
        The deferred closure runs on every exit: every counted goroutine calls ``Done``."""
        keys, test = self._index_test(cg)
        lit = next((a for a in syntax.ancestors(test) if a.type in ("func_literal", "function_declaration",
                                                                   "method_declaration")), None) if keys else None
        body = syntax.func_body(lit) if lit is not None and lit.type == "func_literal" else None
        stmts = syntax.stmt_list(body) if body is not None else []
        if body not in _deferred_bodies(syntax.func_body(cg.body.node)) or not any(st.id == test.id for st in stmts):
            return False
        return not any(n.type in ("return_statement", "goto_statement")
                       for st in stmts if st.end_byte <= test.start_byte for n in syntax.walk(st))

    def _index_test(self, cg: Counted) -> tuple[frozenset, Node | None]:
        """Goroutines left uncounted by their index. ``wg.Add(len(xs) - 1)`` before ``for i := range xs { go
        func(i int) { if i == 0 { ... } else { ...; wg.Done() } }(i) }`` counts every goroutine but one, and
        the body skips ``Done`` only for one index (compared with a literal or a constant): the one not
        counted. Likewise a count that is not the loop's number of turns (``wgEven.Add(m / 2)`` before ``for
        i := 0; i < m; i++``) counts a subset of the goroutines, and a body that calls ``Done`` only under one
        test of the index (``idx := i``, or a parameter given it; ``if idx%2 == 0 { wgEven.Done() }``, in the
        body or its deferred closure) owes it only where that test holds: the counted ones. The guard is
        that test's outcome."""
        args = syntax.call_args(cg.add)
        arg = syntax.unparen(args[0]) if len(args) == 1 else None
        if arg is None:
            return frozenset(), None
        minus_one = arg.type == "binary_expression" and \
            syntax.text(arg.child_by_field_name("operator")) == "-" and \
            syntax.text(arg.child_by_field_name("right")).strip() == "1"
        loop = next((a for a in syntax.ancestors(cg.go) if a.type in ("for_statement", "func_literal",
                                                                     "function_declaration",
                                                                     "method_declaration")), None)
        if loop is None or loop.type != "for_statement" or syntax.inside(cg.add, loop):
            return frozenset(), None
        if not minus_one and not _not_the_turns(arg, loop):
            return frozenset(), None
        index = _loop_index(loop)
        call = cg.go.named_children[0] if cg.go.named_children else None
        lit = cg.body.node
        body = syntax.func_body(lit)
        if index is None or call is None or call.type != "call_expression" or lit.type != "func_literal" or \
                body is None:
            return frozenset(), None
        args = syntax.call_args(call)
        names = {name for k, (name, _t) in enumerate(syntax.params(lit))
                 if name and k < len(args) and syntax.text(args[k]) == index}
        if not minus_one:
            names |= _index_copies(loop, index, cg.go)
        blocks = [body] + ([] if minus_one else _deferred_bodies(body))
        spelled = f"{self.um.spell(cg.wg)}.Done()"

        def done_in(b: Node | None) -> bool:   # (a direct Done; or, in a deferred closure, one spelled so)
            return _calls_done(b, cg) or (b is not None and any(
                x.type == "call_expression" and syntax.text(x) == spelled for x in syntax.walk(b, skip_funcs=True)))
        keys = set()
        test = None
        for n in (x for b in blocks for x in syntax.walk(b, skip_funcs=True)):
            if n.type != "if_statement":
                continue
            cond = syntax.unparen(n.child_by_field_name("condition"))
            then, other = n.child_by_field_name("consequence"), n.child_by_field_name("alternative")
            if cond is None or done_in(then) == done_in(other):
                continue   # (not the test that decides the Done)
            if minus_one:
                if cond.type != "binary_expression" or \
                        syntax.text(cond.child_by_field_name("operator")) not in ("==", "!="):
                    continue
                left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
                if left is None or right is None or left.type != "identifier" or syntax.text(left) not in names or \
                        not (right.type == "int_literal" or (right.type == "identifier" and
                                                             self.um.scopes.var(right) is None)):
                    continue
            elif not any(r.type == "identifier" and syntax.text(r) in names for r in syntax.walk(cond)):
                continue
            k = self.um.cond_key(cond)
            if k is not None:   # (the outcome under which the Done runs: the counted goroutines')
                keys.add((k[0], k[1] if done_in(then) else not k[1]))
                test = n
        return (frozenset(keys), test) if len(keys) == 1 else (frozenset(), None)

    # ------------------------------------------------------------ paths
    def skipping_exits(self, body: Func, wg: Place, entry_guard: frozenset = frozenset()) -> list[tuple[CNode, str]]:
        """Exits of ``body`` reached with ``wg.Done()`` still owed: (last node, exit kind)."""
        g = self.um.cfg(body)
        if g is None:
            return []
        want = (wg, DONE)
        handed = self._done_handed_on(body, wg, g)

        def pays(n, st):
            if n.id in handed:
                return {want: None}   # a closure that calls Done, handed on here: its holder calls it
            got = self.effects.pays_map(g, n)
            return {want: got[want]} if want in got else {}

        keys = {k for k, _pos in entry_guard}

        def cond_key(c):   # (the entry guard's keys are followed even when the body tests them once)
            k = self.um.tracked_key(c)
            if k is None and keys:
                k = self.um.cond_key(c)
                return k if k is not None and k[0] in keys else None
            return k

        flow = ObligationFlow(g, lambda n: (), pays, at_entry=[want], cond_key=cond_key, entry_guard=entry_guard)
        out = []
        for kind in (cfgmod.RETURN, cfgmod.GOEXIT):
            for _, q in flow.pending_at_exit(kind):
                out.append((q, kind))
        return out

    def _done_handed_on(self, body: Func, wg: Place, g) -> set[int]:
        """Ids of the CFG nodes of ``body`` that hand on, as a value, a local closure calling ``wg.Done()`` on
        every path (``handler := func(resp *Resp, err error) { ...; wg.Done() }`` then ``req :=
        &Request{Callback: handler}`` or ``client.Send(req, handler)``): whoever is given it calls the
        ``Done`` the goroutine owes, once its work is over. Likewise a package function or method value
        handed as an argument that calls ``wg.Done()`` on every path (``pool.Submit(task.run)``, ``func (t
        *task) run() { defer wg.Done(); ... }``), or a function literal handed so (``time.AfterFunc(d, func() {
        release(); wg.Done() })``)."""
        out: set[int] = set()
        for arg in syntax.walk(body.node, skip_funcs=True):
            if arg.parent is not None and arg.parent.type == "argument_list" and self._hands_done_func(arg, wg):
                n = g.node_of(syntax.stmt_of(arg))
                if n is not None and n.kind not in (GO, "defer"):
                    out.add(n.id)
        for v in self.um.scopes.declared_in(body.node):
            lit = syntax.unparen(v.value) if v.kind == "local" and v.value is not None and not v.assigned else None
            if lit is None or lit.type != "func_literal" or v.addressed:
                continue
            if not self._literal_pays_done(lit, wg):
                continue
            for r in v.refs:
                p = r.parent
                if r.id == v.ident.id or syntax.inside(r, lit) or self.um.func_at(r) is not body or \
                        (p is not None and p.type == "call_expression" and p.child_by_field_name("function") == r):
                    continue   # (its declaration, a call of it, or a use inside another closure)
                if p is None or p.type not in ("argument_list", "literal_element", "keyed_element"):
                    continue
                n = g.node_of(syntax.stmt_of(r))
                if n is not None:
                    out.add(n.id)
        return out

    def _literal_pays_done(self, lit: Node, wg: Place) -> bool:
        """Does the function literal ``lit`` call ``wg.Done()``, on every path?"""
        f = self.um.func_at(lit.child_by_field_name("body") or lit)
        g = self.um.cfg(f) if f is not None and f.node.id == lit.id else None
        return g is not None and any(p == wg and k == DONE for n in g.nodes
                                     for p, k, _ in self.effects.occurrences(g, n)) and \
            not self.skipping_exits(f, wg)

    def _hands_done_func(self, arg: Node, wg: Place) -> bool:
        """Is the argument ``arg`` a function literal, package function or method value (not called there)
        whose every path calls ``wg.Done()``?"""
        if arg.type == "func_literal":   # ``time.AfterFunc(d, func() { release(); wg.Done() })``
            return self._literal_pays_done(arg, wg)
        if arg.type not in ("selector_expression", "identifier"):
            return False
        got = self.um.func_value(arg)
        if got is None:
            return False
        callee, args, consts = got
        s = self.effects.summary_of(callee)
        as_called = Effect(CALL, arg, None, callee=callee, args=args, consts=consts)
        return any(DONE in use.every and translate(use.place, as_called) == wg for use in (s.uses.values() if s else ()))

    def owing_at(self, body: Func, wg: Place) -> set[int]:
        """Ids of the call nodes in ``body`` reached on some path before ``wg.Done()`` was called."""
        g = self.um.cfg(body)
        if g is None:
            return set()
        want = (wg, DONE)
        flow = ObligationFlow(g, lambda n: (), lambda n, st: {want} if want in self._direct_pays(g, n) else set(),
                              at_entry=[want], cond_key=self.um.tracked_key)
        out = set()
        for n in g.nodes:
            if any(o.key == want for o in flow.pending(n)):
                for e in self.um.node_effects(g, n):
                    out.add(e.node.id)
        return out

    def _direct_pays(self, g, n) -> set:
        """Like EffectModel.pays, but a deferred Done does not count before the function ends."""
        out = set()
        for e in self.um.node_effects(g, n):
            if e.kind not in ("defer", "go"):
                out |= self.effects.pays_effect(e)
        return out

    def starts_goroutines(self, f: Func) -> list[Node]:
        g = self.um.cfg(f)
        return [n.ast for n in (g.nodes if g is not None else ()) if n.kind == GO]


def _calls_done(block: Node | None, cg: Counted) -> bool:
    """Does ``block`` hold one of the goroutine's direct ``Done`` calls?"""
    return block is not None and any(syntax.inside(d, block) for d in cg.dones)


def _per_turn(node: Node) -> bool:
    """Is ``node`` (a Done call) a statement of a ``for`` loop's body itself, run on every turn that gets
    there (not under an ``if`` of the turn)?"""
    stmt = syntax.stmt_of(node)
    up = stmt.parent if stmt is not None else None
    if up is not None and up.type == "statement_list":
        up = up.parent
    return up is not None and up.type == "block" and up.parent is not None and up.parent.type == "for_statement"


def _not_the_turns(count: Node, loop: Node) -> bool:
    """Is ``count`` (an ``Add``'s argument) plainly not the number of turns of ``loop``: an expression of
    the loop's bound other than the bound itself (``m / 2`` for ``i < m``, ``len(xs) / 2`` for ``range
    xs``)?"""
    bound = syntax.loop_bound(loop)
    if bound is None:
        return False
    b = " ".join(syntax.text(bound).split())
    turns = {b, f"len({b})"}
    c = " ".join(syntax.text(count).split())
    return c not in turns and any(b == " ".join(syntax.text(x).split()) or
                                  f"len({b})" == " ".join(syntax.text(x).split()) for x in syntax.walk(count))


def _index_copies(loop: Node, index: str, go: Node) -> set[str]:
    """Names declared ``idx := i`` from the loop's index in the loop body's own statements before ``go``."""
    body = loop.child_by_field_name("body")
    out = set()
    for st in syntax.stmt_list(body):
        if st.start_byte >= go.start_byte:
            break
        if st.type != "short_var_declaration":
            continue
        left, right = st.child_by_field_name("left"), st.child_by_field_name("right")
        if left is not None and right is not None and left.named_child_count == right.named_child_count:
            out |= {syntax.text(a) for a, b in zip(left.named_children, right.named_children)
                    if a.type == "identifier" and syntax.text(syntax.unparen(b)) == index}
    return out


def _deferred_bodies(body: Node) -> list[Node]:
    """The bodies of the closures ``body`` defers at its top level (``defer func() { ... }()``)."""
    out = []
    for st in syntax.stmt_list(body):
        x = st.named_children[0] if st.type == "defer_statement" and st.named_children else None
        fn = syntax.unparen(x.child_by_field_name("function")) if x is not None and x.type == "call_expression" \
            else None
        if fn is not None and fn.type == "func_literal" and syntax.func_body(fn) is not None:
            out.append(syntax.func_body(fn))
    return out


def _loop_index(loop: Node) -> str | None:
    """The index variable of ``for i := range xs`` or ``for i := 0; i < n; i++`` (None for others)."""
    for child in loop.named_children:
        if child.type == "range_clause":
            left = child.child_by_field_name("left")
            first = left.named_children[0] if left is not None and left.named_children else None
            return syntax.text(first) if first is not None and first.type == "identifier" else None
        if child.type == "for_clause":
            c = syntax.counting_loop(child)
            return c[0] if c is not None else None
    return None


def _waited_by_callers(pkg, key: str | None, i: int, depth: int) -> bool:
    """Does every call of the package function ``key`` pass as argument ``i`` a WaitGroup its caller
    waits for before returning (see WaitGroupModel.waited_by_callers)?"""
    if key is None or depth == 0:
        return False
    calls = pkg.calls_of(key) if pkg.callers(key.rsplit(".", 1)[-1]) else None
    if calls is None:
        return False
    for ck, node, call, owner in calls:
        args = syntax.call_args(call)
        arg = syntax.unparen(args[i]) if i < len(args) else None
        if arg is None:
            return False
        if arg.type == "unary_expression" and syntax.text(arg.child_by_field_name("operator")) == "&":
            w = syntax.unparen(arg.child_by_field_name("operand"))
            if w is None or w.type != "identifier" or owner is None or \
                    not (_defers_wait(owner, syntax.text(w), call.start_byte) or
                         _waits_after(owner, syntax.text(w), call)):
                return False
        elif arg.type == "identifier" and owner is not None and owner.id == node.id:
            name_ = syntax.text(arg)
            j = func_sig(node).param_index(name_)
            if j is None or not _waited_by_callers(pkg, ck, j, depth - 1):
                return False
        else:
            return False
    return True


def _defers_wait(fn: Node, w: str, before: int) -> bool:
    """Does the body of ``fn`` run ``defer w.Wait()`` before offset ``before``: a statement of the body
    itself (not under a condition, not in a function literal), above it?"""
    body = fn.child_by_field_name("body")
    for n in syntax.stmt_list(body) if body is not None else ():
        if n.start_byte >= before:
            break
        call = n.named_children[0] if n.type == "defer_statement" and n.named_children else None
        if call is not None and call.type == "call_expression" and syntax.call_name(call) == (w, "Wait") and \
                not syntax.call_args(call):
            return True
    return False


def _waits_after(fn: Node, w: str, call: Node) -> bool:
    """Does the body of ``fn``, after the statement of ``call`` (a statement of the body itself), reach
    ``w.Wait()`` or ``defer w.Wait()`` (statements of the body too) before anything that could leave
    without it: no ``return``, ``break`` or ``goto`` in the statements between, nor a stop of the test
    (``t.Fatal``, ``require.X``, ``panic``: the test completes then, and the goroutine's report comes
    after it)?"""
    body = fn.child_by_field_name("body")
    stmts = syntax.stmt_list(body) if body is not None else []
    at = next((i for i, n in enumerate(stmts) if syntax.inside(call, n)), None)
    if at is None or stmts[at].type not in ("expression_statement", "short_var_declaration",
                                            "assignment_statement"):
        return False

    def waits(n: Node) -> bool:
        inner = n.named_children[0] if n.type in ("defer_statement", "expression_statement") and \
            n.named_children else None
        return inner is not None and inner.type == "call_expression" and syntax.call_name(inner) == (w, "Wait") \
            and not syntax.call_args(inner)

    return reached_before_leaving(stmts[at + 1:], waits)


def _first_arg(call: Node) -> Node | None:
    args = call.child_by_field_name("arguments")
    kids = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    return kids[0] if kids else None


def _added_just_before(um: UnitModel, call: Node, wg: Place) -> bool:
    """Is the statement before the one of ``call`` ``wg.Add(1)`` (``wg.Add(1); s.sendOne(i)`` with
    ``sendOne`` deferring ``wg.Done()``): the goroutine counts the call's Done itself, it pays no Done
    of the goroutine's own count?"""
    stmt = call
    while stmt.parent is not None and stmt.parent.type not in ("block", "statement_list"):
        stmt = stmt.parent
    prev = stmt.prev_named_sibling
    while prev is not None and prev.type == "comment":
        prev = prev.prev_named_sibling
    add = syntax.unparen(prev.named_children[0]) if prev is not None and prev.type == "expression_statement" and \
        prev.named_children else None
    if add is None or add.type != "call_expression":
        return False
    e = um._effect_of(add)
    arg = _first_arg(add)
    return e is not None and e.kind == ADD and e.place == wg and arg is not None and syntax.text(arg) == "1"
