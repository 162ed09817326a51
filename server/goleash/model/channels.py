"""Channels of one declaration: where each is made, every send, receive, range and close.

Built on the unit model: a channel is a *place* (a local, a parameter, a
field path such as ``s.events``, a package variable), so a channel bound to a
goroutine's parameter (``go func(c chan int){...}(ch)``), an alias
(``c := s.ch``) and the original are one channel, and two variables of the
same name in different scopes are two. Each operation knows the goroutine
running it (the function itself or a ``go`` literal), its select case, the
loops around it, whether it is deferred, and its CFG node, so rules can ask
whether one operation can follow another on a path (:meth:`ChannelModel.reaches`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from tree_sitter import Node

from .. import syntax
from .effects import CALL, CLOSE, DEFER, GO, RANGE, RECV, SEND, Func, Place, UnitModel, translate

SEND, RECV, RANGE, CLOSE = SEND, RECV, RANGE, CLOSE


def may_close(pkg, text: bytes) -> bool:
    """Can the declaration with the source ``text`` close a channel: ``close(`` in its text, or a call of
    a package function that may (one whose text, or a callee's, touches a channel:
    ``PackageModel.relevant``, which records a "no" as a dependency)? A "no" needs no ChannelModel."""
    if b"close(" in text:
        return True
    if pkg is None:
        return False
    from .package import call_names
    return pkg.relevant("effect", call_names(text))


def spells_chan_field(pkg, text: bytes) -> bool:
    """Does the source ``text`` of a declaration spell the name of one of the package's channel fields
    or variables (or of a type that holds one)? If not, it operates on none of them itself nor hands one
    to a call: its channels are the ones it makes."""
    return pkg is None or any(w in text for w in pkg.chan_words())


def may_range_field(pkg, text: bytes) -> bool:
    """Can the declaration with the source ``text`` range over a channel field (``for v := range
    s.events``): ``range`` in its text and the name of one of the package's channel fields too?"""
    return b"range" in text and spells_chan_field(pkg, text)


@dataclass
class ChanOp:
    kind: str
    node: Node           # send_statement / unary_expression / for_statement / call_expression
    chan: Node           # the expression naming the channel
    goroutine: Node | None   # go_statement running it, None: the function itself
    func: Node           # function (declaration or literal) whose body runs it
    select_case: Node | None  # communication_case when the op is a select case
    loops: list[Node]    # for statements around it within ``func`` (innermost first)
    deferred: bool       # inside a deferred call
    cnode: object = None  # its CFG node (in ``func``'s graph)
    via: object = None   # for an op of a called package function (``go fetch(ch)``): the Anchor of the op
                         # in that function; ``node`` is then the call
    every: bool = True   # for such an op: the function does it on every normal return

    @property
    def direct(self) -> bool:
        """Does the op run in the body of its goroutine's literal (not in a closure made there)?
        Outside goroutines: always True."""
        return self.goroutine is None or self.func == syntax.go_literal(self.goroutine)

    @property
    def started(self) -> bool:
        """Does the op run in its goroutine's own body: the literal's (``direct``), or the package function
        the ``go`` statement calls (``go produce(ch)``: an op of that function, on some path of it)?"""
        return self.direct or (self.via is not None and self.goroutine is not None and
                               self.node.parent is not None and self.node.parent.id == self.goroutine.id)

    @property
    def unconditional(self) -> bool:
        """Does the op run whenever its function body runs (no branch, loop or select around it; for an op of
        a called function, the call is so placed and the function does it on every return)?"""
        if not self.every:
            return False
        if self.via is not None and self.goroutine is not None and self.started:
            return True   # ``go closer(ch)``: the goroutine's body is that function
        for p in syntax.ancestors(self.node, self.func):
            if p.id == self.func.id:
                return True
            if p.type in ("if_statement", "expression_switch_statement", "type_switch_statement",
                          "select_statement", "for_statement", "communication_case", "expression_case"):
                return False
        return True

    @property
    def select(self) -> Node | None:
        return self.select_case.parent if self.select_case is not None else None

    def other_cases(self) -> list[Node]:
        """Other cases (including ``default``) of the select this op belongs to."""
        sel = self.select
        if sel is None:
            return []
        return [c for c in sel.named_children
                if c.type in ("communication_case", "default_case") and c.id != self.select_case.id]


@dataclass
class Channel:
    name: str
    place: Place | None = None
    decl: Node | None = None          # statement declaring it (None for parameters/fields)
    make: Node | None = None          # the make(chan ...) call
    capacity: int | str | None = None  # 0 unbuffered, int literal, str: a non-literal expression
    param: bool = False               # not a local of this declaration (parameter, field, package var)
    ops: list[ChanOp] = field(default_factory=list)
    escapes: list[Node] = field(default_factory=list)
    nil_assigns: list[Node] = field(default_factory=list)
    var: object = None                # the local variable (goleash.model.scope.Var), when it is one

    def of(self, kind: str) -> list[ChanOp]:
        return [o for o in self.ops if o.kind == kind]

    @property
    def sends(self) -> list[ChanOp]:
        return self.of(SEND)

    @property
    def receives(self) -> list[ChanOp]:
        """Receives and ranges."""
        return [o for o in self.ops if o.kind in (RECV, RANGE)]

    @property
    def closes(self) -> list[ChanOp]:
        return self.of(CLOSE)

    @property
    def local(self) -> bool:
        """Made in this function and never leaves it."""
        return self.make is not None and not self.escapes and not self.param


def _acquires(send: ChanOp, go: Node) -> bool:
    """Does the send run just before ``go``: the send case of the select whose case body starts with the
    ``go``, or a statement of the ``go``'s block before it?"""
    if send.select_case is not None:
        body = [c for c in syntax.stmt_list(send.select_case) if c.id != send.node.id]
        return bool(body) and body[0].id == go.id
    block = go.parent
    return block is not None and send.node.parent is not None and send.node.parent.id == block.id and \
        send.node.end_byte <= go.start_byte


def _at_end(recv: ChanOp, go: Node) -> bool:
    """Is the receive the goroutine's release: in a deferred call of its literal, or its last statement?"""
    lit = syntax.go_literal(go)
    if lit is None:
        return False
    if recv.deferred:
        return True
    stmts = syntax.stmt_list(lit.child_by_field_name("body"))
    return bool(stmts) and syntax.inside(recv.node, stmts[-1]) and stmts[-1].type == "expression_statement"


def _make_capacity(call: Node | None) -> tuple[bool, int | str | None]:
    """(is make(chan ...), capacity) for a call expression."""
    if call is None or call.type != "call_expression" or syntax.call_name(call) != ("", "make"):
        return False, None
    args = syntax.call_args(call)
    if not args or args[0].type != "channel_type":
        return False, None
    if len(args) == 1:
        return True, 0
    cap = args[1]
    if cap.type == "int_literal":
        try:
            return True, int(syntax.text(cap).replace("_", ""), 0)
        except ValueError:
            return True, syntax.text(cap)
    return True, syntax.text(cap)


class ChannelModel:
    def __init__(self, ctx):
        self.ctx = ctx
        self.um: UnitModel = ctx.model
        self.effects = ctx.effects
        self.unit: Node = ctx.unit
        self.by_place: dict[Place, Channel] = {}
        self._inert: set[int] = set()   # arguments a package function takes and never uses
        self._build()

    def serialised(self, go: Node) -> bool:
        """Does the goroutine of ``go`` run one at a time, holding a one-slot semaphore: a channel this
        function makes with capacity 1, sent on just before the ``go`` (a statement before it in its block,
        or the select case whose send starts it: ``case sem <- struct{}{}: go func() {...}()``), and received
        from only by such goroutines, as they end (a deferred receive, or the body's last statement)? The
        memory model orders each release before the next acquire completes."""
        lit = syntax.go_literal(go)
        if lit is None:
            return False
        for ch in self.by_place.values():
            if ch.capacity != 1 or not ch.local or not ch.receives or \
                    any(o.goroutine is None or o.select_case is not None or not _at_end(o, o.goroutine)
                        for o in ch.receives):
                continue
            if any(_acquires(o, go) for o in ch.sends if o.goroutine is None):
                return any(o.goroutine.id == go.id for o in ch.receives)
        return False

    # ------------------------------------------------------------ building
    def _channel(self, place: Place) -> Channel:
        ch = self.by_place.get(place)
        if ch is None:
            ch = Channel(self.um.spell(place), place, param=not place.is_local)
            self.by_place[place] = ch
        return ch

    def _build(self) -> None:
        um = self.um
        # declarations: locals made with make (or declared with a channel type), parameters of channel type
        for v in um.scopes.vars:
            if v.kind not in ("local", "param", "receiver"):
                continue
            place = um.var_place(v)
            if v.kind == "local":
                if not place.is_local:
                    continue   # an alias of another channel
                is_make, cap = _make_capacity(syntax.unparen(v.value))
                t = v.type_node
                if is_make:
                    ch = self._channel(place)
                    ch.make, ch.capacity, ch.decl, ch.param = syntax.unparen(v.value), cap, v.stmt, False
                    ch.var = v
                elif t is not None and t.type == "channel_type":
                    ch = self._channel(place)
                    ch.decl, ch.param, ch.var = v.stmt, False, v
                    ch.name = v.name
            elif v.type_node is not None and v.type_node.type == "channel_type" and v.func.id == self.unit.id:
                self._channel(place).param = True
        # ``ch = make(...)`` into a declared variable, a field or a package var
        for f in um.funcs:
            g = um.cfg(f)
            for n in (g.nodes if g is not None else ()):
                if n.ast is None or n.ast.type != "assignment_statement" or n.kind != "stmt":
                    continue
                left, right = n.ast.child_by_field_name("left"), n.ast.child_by_field_name("right")
                for ln, rn in zip(left.named_children if left else [], right.named_children if right else []):
                    is_make, cap = _make_capacity(syntax.unparen(rn))
                    if not is_make:
                        continue
                    place = um.place(ln)
                    if place is None:
                        continue
                    ch = self._channel(place)
                    if ch.make is None:
                        ch.make, ch.capacity = syntax.unparen(rn), cap
                        if ch.decl is None:
                            ch.decl = n.ast
                    v = um.scopes.var(ln) if ln.type == "identifier" else None
                    if v is not None and v.kind == "result":
                        ch.escapes.append(ln)   # a named result: every return hands it to the caller
        self._collect_ops()
        self._collect_escapes()

    def _collect_ops(self) -> None:
        um = self.um
        for f in um.funcs:
            g = um.cfg(f)
            if g is None:
                continue
            gor = um.goroutine_of(f)
            go_stmt = gor.start if gor is not None else None
            for n in g.nodes:
                for e in um.node_effects(g, n):
                    if e.kind == GO:
                        # ``go fetch(ch)``: the ops of a package function on the channels handed to it;
                        # ``go close(release)``: a close in a goroutine of its own
                        for x in e.inner:
                            self._called_ops(x, n.ast, f, n, False)
                            if x.kind == CLOSE:
                                self._own_op(x, n.ast, f, n, False)
                        continue
                    deferred = e.kind == DEFER
                    for x in (e.inner if deferred else (e,)):
                        self._called_ops(x, go_stmt, f, n, deferred or (f.how == "defer"))
                    for x in (e.inner if deferred else (e,)):
                        self._own_op(x, go_stmt, f, n, deferred or (f.how == "defer"))
        for ch in self.by_place.values():
            ch.ops.sort(key=lambda o: o.node.start_byte)

    def _own_op(self, x, goroutine: Node | None, f: Func, n, deferred: bool) -> None:
        """Record ``x`` when it is a send, receive, range or close of a channel (one of this declaration's
        spelling), run in ``goroutine`` (None: the function's own)."""
        if x.kind not in (SEND, RECV, RANGE, CLOSE) or x.place is None:
            return
        chan = self._chan_expr(x)
        if chan is None:
            return
        self._channel(x.place).ops.append(ChanOp(
            kind=x.kind, node=x.node, chan=chan, goroutine=goroutine, func=f.node, select_case=x.select_case,
            loops=list(reversed(self.um.loops(x.node))), deferred=deferred, cnode=n))

    def ready_after_errors(self, case: Node, sends: list[ChanOp]) -> bool:
        """Is the select ``case`` a receive of a readiness signal (``case <-tl.Listening():``, ``case
        <-srv.ready:``) of the value whose method every send depends on: each send is ``if err != nil {
        errc <- err }`` of ``err := tl.Listen(addr)`` (also ``if err := ...; err != nil``), in a goroutine,
        and that method signals the field only once it cannot fail any more
        (PackageModel.ready_after_errors)? When the case fires, the method returns nil: the send never
        comes."""
        pkg = self.ctx.pkg
        comm = case.child_by_field_name("communication")
        if pkg is None or comm is None or not sends:
            return False
        recv = next((n for n in [comm, *syntax.walk(comm)] if n.type == "unary_expression" and
                     syntax.text(n.child_by_field_name("operator")) == "<-"), None)
        operand = syntax.unparen(recv.child_by_field_name("operand")) if recv is not None else None
        if operand is not None and operand.type == "call_expression" and not syntax.call_args(operand):
            callee = self.um.callee(operand)[0]
            fname = pkg.returned_field(callee.key) if callee is not None and callee.key else None
            fn = operand.child_by_field_name("function")
            owner = fn.child_by_field_name("operand") if fn is not None and fn.type == "selector_expression" else None
        elif operand is not None and operand.type == "selector_expression":
            fname = syntax.text(operand.child_by_field_name("field"))
            owner = operand.child_by_field_name("operand")
        else:
            return False
        if not fname or owner is None:
            return False
        for s in sends:
            if s.goroutine is None or s.via is not None:
                return False
            call = _error_source(self.um, s.node)
            fn = call.child_by_field_name("function") if call is not None else None
            if fn is None or fn.type != "selector_expression" or \
                    syntax.text(fn.child_by_field_name("operand")) != syntax.text(owner):
                return False
            callee = self.um.callee(call)[0]
            if callee is None or not callee.key or not pkg.ready_after_errors(callee.key, fname):
                return False
        return True

    def received_elsewhere(self, ch: Channel, func_key: str | None) -> list:
        """Receives (``ChanFact``: recv or range) of the field or package channel ``ch`` in the package's
        functions other than ``func_key`` (this declaration): a loop of the package that serves the channel
        for as long as it runs, whatever the caller of this function does."""
        place = ch.place
        if place is None or place.is_local or not (place.path or place.is_global):
            return []
        pkg = self.effects.package
        name = self.um.abstract_place(place)
        if pkg is None or name is None or not pkg.is_chan_name(name):
            return []
        index = pkg.chan_index()
        return [f for f in index.of(name) if f.kind in (RECV, RANGE) and f.at.func != func_key]

    def started_field_sends(self, ch: Channel) -> list[ChanOp]:
        """Sends on the field channel ``ch`` (``f.results``) by goroutines that run a method of the package
        on its owner (``go f.produce(n)``): the method sends on its receiver's field, on some path. Kept out
        of ``ch.ops``: only what asks for them sees them."""
        if ch.place is None or ch.place.is_local or ch.place.is_global or not ch.place.path:
            return []
        um = self.um
        out = []
        for f, n, x, s in self.effects.started_calls():
            for use in s.uses.values():
                if use.place.root != "p:-1" or SEND not in use.some or translate(use.place, x) != ch.place:
                    continue
                at = dict(use.where).get(SEND)
                node = self.effects.package.anchor_node(at.func, at.start, at.end) \
                    if at is not None and self.effects.package is not None else None
                if node is None or syntax.enclosing_select_case(node) is not None:
                    continue   # (a select case beside another: it need not block)
                out.append(ChanOp(kind=SEND, node=x.node, chan=x.node, goroutine=n.ast, func=f.node, select_case=None,
                                  loops=list(reversed(um.loops(x.node))), deferred=False, cnode=n, via=at,
                                  every=SEND in use.every))
        return out

    def _confined_params(self, x) -> dict[int, object]:
        """For a call of a package function: argument index -> its summary's uses, for the channel
        parameters the function only operates on itself (see EffectSummary.confined). One it uses in a select
        case counts only when a ``go`` statement runs the call (``go worker(ctx, jobs, &wg)``, a goroutine
        beside its starter, as a literal's would be); a call in place that may take another case (a
        ``pullNothing(t, errCh)`` that times out) is a receive its caller's paths cannot place."""
        if x.kind != CALL or x.callee is None or x.callee.key is None or not self._may_take_chan(x.callee.key):
            return {}
        s = self.effects.summary_of(x.callee)
        if s is None or not s.confined:
            return {}
        started = x.node.parent is not None and x.node.parent.type == "go_statement"
        out = {}
        for p in s.confined:
            if p in s.selected and not started:
                continue
            idx = p.param_index
            if idx is not None and idx >= 0:
                out[idx] = s.uses.get(p)
        return out

    def _may_take_chan(self, key: str) -> bool:
        """Can the package function ``key`` (``Name`` or ``Type.Name``) have a channel parameter? Asked
        before its summary is made: most calls pass no channel, and a summary costs a walk of the callee."""
        index = self.um.index
        recv, _, name = key.rpartition(".")
        sig = index.methods.get(recv, {}).get(name) if recv else index.funcs.get(name)
        return sig is None or any(t is None or "chan" in t for _, t in sig.params)

    def _called_ops(self, x, go_stmt, f: Func, n, deferred: bool) -> None:
        params = self._confined_params(x)
        if not params:
            return
        args = syntax.call_args(x.node)
        s = self.effects.summary_of(x.callee)   # (memoised: the one _confined_params read)
        selected = {p.param_index for p in s.selected} if s is not None else set()
        for idx, use in params.items():
            if idx >= len(args):
                continue
            if use is None:   # a channel parameter the callee never uses: handing it over is no escape
                self._inert.add(args[idx].id)
                continue
            place = self.um.place(args[idx])
            if place is None:
                continue
            where = dict(use.where)
            guards = dict(use.guards)
            ch = self._channel(place)
            for kind in (SEND, RECV, RANGE, CLOSE):
                if kind not in use.some:
                    continue
                if kind in guards and self.effects.guard_ruled_out(guards[kind], x):
                    continue   # only under a condition the call rules out (``v.retry != nil`` of a nil field)
                via = where.get(kind)
                ch.ops.append(ChanOp(
                    kind=kind, node=x.node, chan=args[idx], goroutine=go_stmt, func=f.node,
                    select_case=self._callee_case(via) if idx in selected else None,   # (no parse of the
                    #                                                        callee for one it uses in no select)
                    loops=list(reversed(self.um.loops(x.node))), deferred=deferred, cnode=n, via=via,
                    every=kind in use.every))

    def _callee_case(self, via) -> Node | None:
        """The select case of the called function an op's anchor is the communication of (``case v, ok :=
        <-jobs:`` of ``go worker(ctx, jobs)``): the op waits there beside the other cases, as one of a
        literal's select does."""
        pkg = self.ctx.pkg
        node = pkg.anchor_node(via.func, via.start, via.end) if via is not None and pkg is not None else None
        return syntax.enclosing_select_case(node) if node is not None else None

    @staticmethod
    def _chan_expr(e) -> Node | None:
        n = e.node
        if e.kind == SEND:
            return n.child_by_field_name("channel")
        if e.kind == RECV:
            return n.child_by_field_name("operand")
        if e.kind == RANGE:
            rc = next((c for c in n.named_children if c.type == "range_clause"), None)
            return rc.child_by_field_name("right") if rc is not None else None
        args = syntax.call_args(n)
        return args[0] if args else None

    def _collect_escapes(self) -> None:
        um = self.um
        op_ids = {o.chan.id for c in self.by_place.values() for o in c.ops} | self._inert
        for v in um.scopes.vars:
            if v.kind != "local":
                continue
            place = um.var_place(v)
            ch = self.by_place.get(place)
            if ch is None or not place.is_local:
                continue
            for ref in v.refs:
                if ref.id in op_ids:
                    continue
                role = self._role(ref)
                if role == "nil":
                    ch.nil_assigns.append(ref)
                elif role == "escape":
                    ch.escapes.append(ref)
        # a channel in an exported field of a local value (``ret.Outs[n]``, ``ret.C``) of a package others can
        # import escapes with the value:
        # ``return &ret``, ``return ret``, ``f(ret)``, ``s.out = ret``, ``T{r: ret}``
        library = self.ctx.package_name != "main"   # (no other package can import a program's)
        fielded = [(p, c) for p, c in self.by_place.items() if p.is_local and p.path and (
                   (library and any(x[:1].isupper() for x in p.path)) or self._used_elsewhere(p))]
        # (an unexported field, or any field of a program's value, escapes with the value only when
        # another function of the package operates on that field: ``m := &conn{}; m.data = make(chan
        # []byte); ...; return m`` beside ``func (m *conn) Read(...) { s := <-m.data }``)
        if fielded:
            for v in um.scopes.vars:
                if v.kind != "local":
                    continue
                root = um.var_place(v)
                if root is None or root.path:
                    continue
                mine = [c for p, c in fielded if p.root == root.root]
                if not mine:
                    continue
                out = [ref for ref in v.refs if _whole_value_escapes(ref)]
                for c in mine:
                    c.escapes.extend(out)
        # aliases of a local channel (``c := ch``) that escape count for it too
        for v in um.scopes.vars:
            if v.kind != "local":
                continue
            place = um.var_place(v)
            if place.is_local and place.root.startswith(f"v:{v.name}:"):
                continue
            ch = self.by_place.get(place)
            if ch is None:
                continue
            for ref in v.refs:
                if ref.id not in op_ids and self._role(ref) == "escape":
                    ch.escapes.append(ref)

    def _used_elsewhere(self, place) -> bool:
        """Does a function of the package other than this declaration wait on the field ``place`` (of a
        local value) names, by its type's field, a plain receive or a range (the package's channel index),
        and does every ``return`` of this function hand the value out? A select case is not counted: one
        beside a ``default`` only polls (``select { case <-dl.doneChan: default: }`` of a Close), one beside
        a ``ctx.Done()`` may stop, and the sender it leaves is this function's to report."""
        pkg = self.ctx.pkg
        name = self.um.abstract_place(place)
        key = self.ctx.func_key
        if pkg is None or name is None or key is None or not pkg.is_chan_name(name):
            return False
        if not any(f.at.func != key and f.kind in ("recv", "range") and not f.select
                   for f in pkg.chan_index().of(name)):
            return False
        # handed out on every way out: each ``return`` of the function gives the value back (``return m``,
        # ``return &m, nil``); a return that does not (``return err`` before the value is stored) leaves the
        # channel to this function alone on that path
        root = place.root.split(":")[1] if place.root.startswith("v:") else None
        body = self.um.top.node.child_by_field_name("body") if self.um.top is not None else None
        rets = [r for r in syntax.walk(body, skip_funcs=True) if r.type == "return_statement"] \
            if body is not None else []
        return bool(root) and bool(rets) and all(
            any(syntax.text(syntax.unparen(v)).lstrip("&") == root for v in syntax.return_values(r)) for r in rets)

    def _role(self, ident: Node) -> str:
        p = ident.parent
        if p is None:
            return "escape"
        if p.type == "expression_list":
            gp = p.parent
            if gp is not None and gp.type in ("short_var_declaration", "assignment_statement"):
                left = gp.child_by_field_name("left")
                if left is not None and left.id == p.id:
                    right = gp.child_by_field_name("right")
                    if right is not None and syntax.text(right) == "nil":
                        return "nil"
                    return "decl"
                if gp.type == "short_var_declaration":
                    # ``c := ch``: an alias; its own uses are looked at separately
                    return "use"
            if gp is not None and gp.type == "argument_list":
                p = gp
        if p.type == "var_spec":
            return "decl"
        if p.type == "argument_list":
            call = p.parent
            recv, name = syntax.call_name(call)
            if recv == "" and name in ("len", "cap", "close"):
                return "use"
            f = self.um.literal(_unparen_fn(call))
            if f is not None and f.how in ("go", "call", "defer"):
                return "use"  # bound to the literal's parameter: the same place there
            if self._confined_arg(call, ident):
                return "use"  # a package function that only operates on it (its ops are this channel's)
            return "escape"
        if p.type == "binary_expression":
            return "use"
        if p.type in ("unary_expression",) and syntax.text(p.child_by_field_name("operator")) == "<-":
            return "use"
        return "escape"

    def _confined_arg(self, call: Node, arg: Node) -> bool:
        x = self.um.effect_of_call(call)
        if x is None:
            return False
        params = self._confined_params(x)
        args = syntax.call_args(call)
        return any(a.id == arg.id and i in params for i, a in enumerate(args))

    # --------------------------------------------------------------- queries
    @property
    def channels(self) -> dict[str, Channel]:
        return {c.name: c for c in self.by_place.values()}

    def reassigned_between(self, ch: Channel, start: int, end: int) -> bool:
        """Is the channel variable assigned (``ch = ...``) between two byte offsets, or a value it is a field
        of (``w = newWallet()`` for ``w.quit``), or handed by address to a call that may assign it
        (``recv(t, &call, calls)`` for ``call.goOn``)? (The channel itself, not its name: a closure's ``unblock``
        is another variable than the function's.)"""
        if ch is None or ch.place is None:
            return False
        name = ch.name

        def holds(p) -> bool:   # the place itself, or a value it is a field of (``w = newWallet()`` for ``w.quit``)
            return p is not None and p.root == ch.place.root and ch.place.path[:len(p.path)] == p.path

        for v in self.um.scopes.vars:
            if holds(self.um.var_place(v)):
                for node, _ in v.assigns:
                    if start <= node.start_byte < end:
                        return True
                for ref in v.refs:   # ``recv(t, &call, calls)``: handed by address, the callee may assign it
                    p = ref.parent
                    if start <= ref.start_byte < end and p is not None and p.type == "unary_expression" and \
                            syntax.text(p.child_by_field_name("operator")) == "&":
                        return True
        if "." in name or not ch.local:   # a field or a package variable: assigned by any statement
            for f in self.um.funcs:
                g = self.um.cfg(f)
                for n in (g.nodes if g is not None else ()):
                    if n.ast is not None and n.ast.type == "assignment_statement" and \
                            start <= n.ast.start_byte < end:
                        left = n.ast.child_by_field_name("left")
                        if any(holds(self.um.place(x)) for x in (left.named_children if left else [])):
                            return True
        if ch.place.path and self._remade_by_method(ch.place, start, end):
            return True
        return False

    def _remade_by_method(self, place, start: int, end: int) -> bool:
        """Is a method of the package called between the two offsets, in place (not in a ``go``, ``defer`` or
        literal), on the value owning the field channel ``place`` (``r.startOutputWorker()`` for
        ``r.outputchan``), whose body assigns that field of its receiver (``r.outputchan = make(chan
        string)``) outside any literal? After the call the field holds another channel."""
        pkg = self.ctx.pkg
        field = place.path[-1]
        setters = pkg.field_setters(field) if pkg is not None else ()
        if not setters:
            return False
        for call in syntax.walk(self.unit, skip_funcs=True):
            if call.type != "call_expression" or not (start <= call.start_byte < end):
                continue
            fn = call.child_by_field_name("function")
            if fn is None or fn.type != "selector_expression" or \
                    any(a.type in ("go_statement", "defer_statement") for a in syntax.ancestors(call, self.unit)):
                continue
            owner = self.um.place(fn.child_by_field_name("operand"))
            if owner is None or owner.root != place.root or owner.path != place.path[:-1]:
                continue
            key = getattr(self.um.callee(call)[0], "key", None)
            decl = pkg.decl_node(key) if key in setters else None
            ps = syntax.params(decl) if decl is not None and decl.type == "method_declaration" else []
            recv = ps[0][0] if ps else ""
            if recv and any(st.type == "assignment_statement" and any(
                    x.type == "selector_expression" and syntax.text(x) == f"{recv}.{field}"
                    for x in (st.child_by_field_name("left").named_children
                              if st.child_by_field_name("left") is not None else ()))
                    for st in syntax.walk(syntax.func_body(decl), skip_funcs=True)):
                return True
        return False

    def drained_until_closed(self, ch: Channel, closer: Node) -> bool:
        """Is the local channel ``ch`` received only by ``for range ch`` loops that never leave them early
        (no return, break out or panic in the body), in goroutines (their literals, or a package function a
        ``go`` statement runs, :meth:`_worker_range`) or in the function that starts every
        sender, right after them (:meth:`_drains_after_start`), and closed only by the function ``closer``
        (the sender itself, in its stop case) or once every sender is done (:meth:`_closed_after_senders`)?
        Its receivers then take every value until the senders are done: a send always finds one."""
        if not ch.local or not ch.receives or not ch.closes:
            return False
        for o in ch.receives:
            unless = None
            if o.kind == RANGE and o.via is not None and o.started:
                loop = self._worker_range(o)   # ``go worker(ch, ...)`` of a package function ranging over it
            elif o.kind == RECV and o.goroutine is not None and o.started:
                loop, unless = self._receive_loop(o)   # ``for { select { case v, ok := <-ch: if !ok { return } } }``
            elif o.kind != RANGE or o.via is not None or o.node.type != "for_statement" or \
                    (o.goroutine is None and not self._drains_after_start(ch, o)):
                return False
            else:
                loop = o.node
            body = loop.child_by_field_name("body") if loop is not None else None
            if body is None or syntax.contains_exit(body, loop, unless):
                return False
        return all(o.via is None and (o.func.id == closer.id or syntax.deferred_in(o.node, closer) or
                                      self._closed_after_senders(ch, o))
                   for o in ch.closes)

    def _receive_loop(self, o: ChanOp) -> tuple[Node | None, object]:
        """For a receive ``v, ok := <-ch`` in a select case of an endless ``for { select { ... } }`` of a
        goroutine (its literal, or the package function a ``go`` statement runs), whose case tests ``if !ok``
        first: (the loop, a test of the exits under that ``if``). A loop that leaves only there takes every
        value until the channel is closed, as a ``for range`` does; a ``break`` in another case leaves only
        the select (``case <-ctx.Done(): break``). (None, None) for anything else."""
        node = self._op_node(o)
        case = syntax.enclosing_select_case(node) if node is not None else None
        then = syntax.closed_branch(node) if case is not None else None
        if then is None:
            return None, None
        loop = case.parent.parent if case.parent is not None and case.parent.type == "select_statement" else None
        while loop is not None and loop.type in ("statement_list", "block"):
            loop = loop.parent
        if loop is None or loop.type != "for_statement" or len(loop.named_children) != 1:
            return None, None   # (the select must be a statement of the body of ``for { ... }``)
        return loop, lambda n: syntax.inside(n, then)

    def _op_node(self, o: ChanOp) -> Node | None:
        """The syntax of the op: its own node, or for an op of a called package function, its anchor there."""
        pkg = self.ctx.pkg
        if o.via is None:
            return o.node
        return pkg.anchor_node(o.via.func, o.via.start, o.via.end) if pkg is not None else None

    def _worker_range(self, o: ChanOp) -> Node | None:
        """The ``for range`` loop over its channel parameter of the package function a ``go`` statement runs
        (``go connectionWorker(packets, ...)`` of ``func connectionWorker(p chan Frame, ...) { defer
        wg.Done(); for f := range p { ... } }``): the op's anchor in that function, or None."""
        node = self._op_node(o)
        if node is not None and node.type != "for_statement":
            node = next((a for a in syntax.ancestors(node) if a.type == "for_statement"), None)
        return node

    @staticmethod
    def _drains_after_start(ch: Channel, r: ChanOp) -> bool:
        """Is the function's own ``for range ch`` loop a statement of the block that starts every sending
        goroutine, right after them: nothing between but plain declarations and assignments (no call, receive,
        loop or other statement that could wait for the senders or leave)? Once they are started, it runs."""
        from .checks import reached_before_leaving
        block = r.node.parent
        gos = [o.goroutine for o in ch.sends if o.goroutine is not None]
        if block is None or not gos or len(gos) != len(ch.sends):
            return False
        stmts = list(block.named_children)
        starts = [next((i for i, st in enumerate(stmts) if syntax.inside(g, st)), -1) for g in gos]
        at = next((i for i, st in enumerate(stmts) if st.id == r.node.id), -1)
        last = max(starts)
        if min(starts) < 0 or at <= last:
            return False
        between = stmts[last + 1:at]
        if any(n.type in ("call_expression", "unary_expression", "select_statement", "for_statement",
                          "go_statement", "defer_statement", "send_statement")
               for st in between for n in [st, *syntax.walk(st)]):
            return False   # (it might wait for the senders first: ``wg.Wait(); close(out); for range out``)
        return reached_before_leaving(stmts[last + 1:], lambda n: n.id == r.node.id)

    def served_until_senders_done(self, ch: Channel) -> bool:
        """Is the local channel ``ch`` received only in select loops of goroutines (``for { select { case r :=
        <-ch: ...; case <-ctx1.Done(): return } }``) that leave only by their other case, whose stop — a
        ``cancel1()`` of ``ctx1, cancel1 := context.WithCancel(...)``, or ``close(stop)`` — the function
        gives only after ``wg.Wait()`` of a WaitGroup every sending goroutine says ``defer wg.Done()`` to
        first? The collector then takes every value until the senders are done: a send always finds it."""
        if not ch.local or not ch.receives or not ch.sends or \
                any(o.goroutine is None or not o.direct for o in ch.sends):
            return False
        waits = set()
        for o in ch.sends:
            body = syntax.stmt_list(syntax.func_body(syntax.go_literal(o.goroutine)))
            m = re.fullmatch(r"defer ([A-Za-z_][\w.]*)\.Done\(\)", " ".join(syntax.text(body[0]).split())) \
                if body else None
            if m is None:
                return False
            waits.add(m.group(1))
        if len(waits) != 1:
            return False
        wg = waits.pop()
        for o in ch.receives:
            case = o.select_case
            loop = o.loops[0] if o.loops else None
            if o.goroutine is None or case is None or loop is None or syntax.for_condition(loop) is not None or \
                    any(c.type == "for_clause" or c.type == "range_clause" for c in loop.named_children) or \
                    syntax.contains_exit(case, loop):
                return False
            sel = case.parent
            others = [c for c in sel.named_children if c.type in ("communication_case", "default_case")
                      and c.id != case.id]
            if len(others) != 1 or others[0].type != "communication_case" or \
                    not syntax.contains_exit(others[0], loop):
                return False
            stop = " ".join(syntax.text(others[0].child_by_field_name("communication")).split())
            m = re.fullmatch(r"<-\s*([A-Za-z_]\w*)(\.Done\(\))?", stop)
            if m is None or not self._stopped_after_wait(o.func, m.group(1), bool(m.group(2)), wg):
                return False
        return True

    def _stopped_after_wait(self, lit: Node, name: str, ctx: bool, wg: str) -> bool:
        """Is the stop ``name`` (a context, when ``ctx``, whose cancel func is then what stops it; else a
        channel closed by ``close(name)``) given, in the function around the goroutine ``lit``, only by
        statements preceded in their block by ``wg.Wait()``?"""
        fn = syntax.enclosing_func(lit.parent) if lit.parent is not None else None
        if fn is None:
            return False
        stoppers = [name]
        if ctx:   # ``ctx1, cancel1 := context.WithCancel(context.Background())``: cancel1 stops it
            stoppers = []
            for st in syntax.walk(fn):
                if st.type != "short_var_declaration":
                    continue
                names = [syntax.text(x) for x in st.child_by_field_name("left").named_children]
                right = st.child_by_field_name("right")
                if len(names) == 2 and names[0] == name and right is not None and \
                        syntax.text(right).startswith("context.With"):
                    stoppers.append(names[1])
            if len(stoppers) != 1:
                return False
        stopper = stoppers[0]
        found = False
        for r in syntax.references(stopper, fn):
            if ctx and r.parent is not None and r.parent.type == "expression_list" and \
                    r.parent.parent is not None and r.parent.parent.type == "short_var_declaration":
                continue   # (its declaration)
            call = r.parent if ctx else (r.parent.parent if r.parent is not None else None)
            if call is None or call.type != "call_expression" or \
                    (not ctx and syntax.call_name(call) != ("", "close")) or \
                    (ctx and call.child_by_field_name("function") != r):
                if ctx or not (r.parent is not None and r.parent.type == "unary_expression"):
                    return False
                continue   # (``<-stop``: a wait on it)
            st = syntax.stmt_of(call)
            if st is None or st.type != "expression_statement" or syntax.inside(st, lit):
                return False
            prev = st.prev_named_sibling
            while prev is not None and " ".join(syntax.text(prev).split()) != f"{wg}.Wait()":
                prev = prev.prev_named_sibling
            if prev is None:
                return False
            found = True
        return found

    @staticmethod
    def _closed_after_senders(ch: Channel, c: ChanOp) -> bool:
        """Is the close preceded, in its own block, by ``wg.Wait()`` of a WaitGroup that every goroutine
        sending on ``ch`` says ``defer wg.Done()`` to as its first statement (``go func() { for range stop {
        wg.Wait(); close(out) } }()``)? It closes only once every sender is done."""
        st = syntax.stmt_of(c.node)
        block = st.parent if st is not None else None
        if block is None or not ch.sends or any(o.goroutine is None or not o.direct for o in ch.sends):
            return False
        waits = {m for s2 in block.named_children if s2.end_byte <= st.start_byte and
                 s2.type == "expression_statement"
                 for m in re.findall(r"^([A-Za-z_][\w.]*)\.Wait\(\)$", syntax.text(s2).strip())}
        for o in ch.sends:
            body = syntax.stmt_list(syntax.func_body(syntax.go_literal(o.goroutine)))
            first = " ".join(syntax.text(body[0]).split()) if body else ""
            if not any(first == f"defer {w}.Done()" for w in waits):
                return False
        return bool(waits)

    def fan_in(self, ch: Channel, send: ChanOp, close: ChanOp) -> str | None:
        """Is ``send`` in a worker loop ``for p := range in`` that sends on ``ch`` at most once a turn (every
        send of its goroutine on ``ch`` is in that loop), where ``in`` is a channel local to the closer's
        function that it fills only in one loop ``for _, x := range xs { in <- x }`` (one send a turn),
        while the closer, before its close, receives from ``ch`` first thing in each turn of a loop that
        runs as often (``for range xs``, ``for i := 0; i < len(xs); i++``)? The workers send at most once
        per item, and the closer takes as many values as there are items: every send has completed when
        the close runs (a fan-out / fan-in; a worker that sends less leaves the closer waiting, not a
        panic). The name of ``in``, or None."""
        got = _worker_loop(self.ctx.pkg, ch, send)
        if got is None:
            return None
        loop, nodes, inch = got
        body = loop.child_by_field_name("body")
        most = syntax.max_per_path(body, {n.id for n in nodes}, turn=True)
        if most is None or most > 1:
            return None
        fn = close.func
        items = _fed_once_per(fn, inch, send.goroutine)
        if not items:
            return None
        block = close.node.parent
        while block is not None and block.type != "statement_list" and block.type != "block":
            block = block.parent
        for st in (syntax.stmt_list(block) if block is not None else []):
            if st.start_byte >= close.node.start_byte:
                break
            if st.type != "for_statement" or not set(_turns(self.um, st)) & set(items) or \
                    syntax.contains_exit(st.child_by_field_name("body"), st, unless=None if close.deferred else _leaves):
                continue   # (a receive loop that may stop early closes with sends still to come; one that
                #            returns does not reach a close that is not deferred)
            first = syntax.stmt_list(st.child_by_field_name("body"))[:1]
            got = first[0] if first else None
            if got is not None and got.type == "if_statement" and got.child_by_field_name("initializer") is not None:
                got = got.child_by_field_name("initializer")   # (``if err := <-results; err != nil {``)
            right = got.child_by_field_name("right") if got is not None and \
                got.type in ("short_var_declaration", "assignment_statement") else None
            recv = right.named_children[0] if right is not None and len(right.named_children) == 1 else \
                (got.named_children[0] if got is not None and got.type == "expression_statement" and
                 got.named_children else None)
            recv = syntax.unparen(recv) if recv is not None else None
            if recv is not None and recv.type == "unary_expression" and \
                    syntax.text(recv.child_by_field_name("operator")) == "<-" and \
                    syntax.text(syntax.unparen(recv.child_by_field_name("operand"))) == ch.name:
                return inch
        return None

    def __iter__(self):
        return iter(list(self.by_place.values()))

    def reaches(self, a: ChanOp, b: ChanOp) -> bool:
        """Can ``b`` run after ``a`` on one path of the same function (``a`` itself excluded)?"""
        if a.func.id != b.func.id or a.cnode is None or b.cnode is None:
            return False
        f = self.um.func_of_node.get(a.func.id)
        g = self.um.cfg(f) if f is not None else None
        if g is None:
            return False
        if a.cnode.id == b.cnode.id:
            return a.node.start_byte < b.node.start_byte or any(b.cnode.id == s.id for s, _ in a.cnode.succ)
        seen = set()
        stack = [s for s, _ in a.cnode.succ]
        while stack:
            n = stack.pop()
            if n.id == b.cnode.id:
                return True
            if n.id in seen:
                continue
            seen.add(n.id)
            stack.extend(s for s, _ in n.succ)
        return False

    def dominates(self, a: ChanOp, b: ChanOp) -> bool:
        """Does every path from the function's entry to ``b`` pass ``a`` first?"""
        if a.func.id != b.func.id or a.cnode is None or b.cnode is None:
            return False
        if a.cnode.id == b.cnode.id:
            return a.node.start_byte < b.node.start_byte
        f = self.um.func_of_node.get(a.func.id)
        g = self.um.cfg(f) if f is not None else None
        if g is None:
            return False
        seen = {a.cnode.id}
        stack = [g.entry]
        while stack:
            n = stack.pop()
            if n.id == b.cnode.id:
                return False
            if n.id in seen:
                continue
            seen.add(n.id)
            stack.extend(s for s, _ in n.succ)
        return True

    def unclosed_exits(self, f: Func, place: Place) -> list:
        """Exits of function ``f`` (returns, the end of its body, ``t.Fatal``) reached on a path that has not
        closed ``place`` — directly, by a deferred close, or in a callee that closes it on every path.
        Panics are not exits here (they end the process). Each item is the CFG node before the exit."""
        from . import cfg as cfgmod
        from .obligations import ObligationFlow
        g = self.um.cfg(f)
        if g is None:
            return []
        want = (place, CLOSE)
        effects = self.effects

        def pays(n, st):
            got = effects.pays_map(g, n)
            return {want: got[want]} if want in got else {}

        flow = ObligationFlow(g, lambda n: (), pays, at_entry=[want], cond_key=self.um.tracked_key)
        out = []
        for kind in (cfgmod.RETURN, cfgmod.GOEXIT):
            out.extend(q for _, q in flow.pending_at_exit(kind))
        return out

    def unreceived_exits(self, f: Func, place: Place, start: Node) -> list | None:
        """Exits of function ``f`` reached after the statement ``start`` (the ``go`` of a goroutine that sends
        on ``place``) on a path that has not received from ``place``: by a plain receive, a select case that
        receives it (on that case's branch), a callee, or a goroutine started on the path, that receives it on
        every path of its own. Each item is the CFG node before the exit; None when ``start`` is not a
        statement of ``f``."""
        from . import cfg as cfgmod
        from .obligations import ObligationFlow
        g = self.um.cfg(f)
        at = g.node_of(start) if g is not None else None
        if at is None:
            return None
        want = (place, RECV)
        effects = self.effects

        def receives(x) -> bool:
            if x.kind == RECV:
                return x.place == place
            if x.kind != CALL:
                return False
            s = effects.summary_of(x.callee)
            return any(RECV in use.every and translate(use.place, x) == place
                       for use in (s.uses.values() if s is not None else ()))

        def pays(n, st):
            for e in self.um.node_effects(g, n):
                if any(receives(x) for x in (e.inner if e.kind == GO else (e,))):
                    return {want}
            return {want} if self.received_by_guard(n.ast, place) else set()

        flow = ObligationFlow(g, lambda n: [want] if n.id == at.id else [], pays, cond_key=self.um.tracked_key)
        out = []
        for kind in (cfgmod.RETURN, cfgmod.GOEXIT):
            out.extend(q for _, q in flow.pending_at_exit(kind))
        return out

    def received_each_turn(self, f: Func, place: Place, start: Node, spawn: Node) -> bool:
        """Is the goroutine that the ``go`` statement ``start`` starts once per turn of the loop ``spawn``
        matched by a receive from ``place``: on every path from ``start`` to an exit of ``f``, a loop with
        ``spawn``'s clause (``for i := 0; i < n; i++`` both, a count neither loop can change) that receives
        from ``place`` in every turn and that nothing leaves early? The starter then receives once per
        goroutine started: each goroutine's one value finds its receiver."""
        from . import cfg as cfgmod
        from .obligations import ObligationFlow
        clause = syntax.loop_clause(spawn)
        g = self.um.cfg(f)
        at = g.node_of(start) if g is not None else None
        if clause is None or at is None or not self._fixed_count(spawn):
            return False
        heads = {n.id for n in g.nodes if n.kind in ("cond", "range") and n.ast is not None and
                 n.ast.type == "for_statement" and n.ast.start_byte >= spawn.end_byte and
                 syntax.loop_clause(n.ast) == clause and self._fixed_count(n.ast) and
                 self._receives_every_turn(n.ast, place)}
        if not heads:
            return False
        want = (place, RECV)
        flow = ObligationFlow(g, lambda n: [want] if n.id == at.id else [],
                              lambda n, st: {want} if n.id in heads else set(), cond_key=self.um.tracked_key)
        return not any(flow.pending_at_exit(kind) for kind in (cfgmod.RETURN, cfgmod.GOEXIT))

    def _fixed_count(self, loop: Node) -> bool:
        """Does the loop run a number of turns fixed before it starts: ``for i := 0; i < n; i++`` with ``n`` a
        literal or a local never assigned after its declaration (nor addressed) and ``i`` not written in the
        body, or ``for ... range n`` of such an ``n``?"""
        c = next((c for c in loop.named_children if c.type in ("for_clause", "range_clause")), None)
        if c is None:
            return False
        if c.type == "range_clause":
            bound, counter = c.child_by_field_name("right"), None
        else:
            got = syntax.counting_loop(c)
            update = c.child_by_field_name("update")
            if got is None or update is None or " ".join(syntax.text(update).split()) != f"{got[0]}++":
                return False
            counter, bound = got[0], got[3]
        bound = syntax.unparen(bound)
        if bound is None:
            return False
        if bound.type == "call_expression" and syntax.call_name(bound) == ("", "len"):
            args = bound.child_by_field_name("arguments")
            bound = args.named_children[0] if args is not None and args.named_child_count == 1 else None
        if bound is None or (bound.type != "int_literal" and bound.type != "identifier"):
            return False
        if bound.type == "identifier":
            v = self.um.scopes.var(bound)
            if v is None or v.assigned or v.addressed or v.kind not in ("local", "const"):
                return False
        if counter is None:
            return True
        for n in syntax.walk(loop.child_by_field_name("body"), skip_funcs=True):
            if n.type in ("inc_statement", "dec_statement"):
                targets = n.named_children[:1]
            elif n.type == "assignment_statement":
                left = n.child_by_field_name("left")
                targets = left.named_children if left is not None else []
            else:
                continue
            if any(syntax.text(x) == counter for x in targets):
                return False
        return True

    def _receives_every_turn(self, loop: Node, place: Place) -> bool:
        """Does every turn of ``loop`` receive from ``place``: a receive statement of its body (``<-c``, ``r :=
        <-c``) with no ``continue`` ahead of it, and nothing in the body that leaves the loop (a return, a panic,
        a ``goto``, a break out of it, a labelled ``continue``)?"""
        body = loop.child_by_field_name("body")
        if body is None or syntax.contains_exit(body, loop) or any(
                n.type == "continue_statement" and n.named_children for n in syntax.walk(body, skip_funcs=True)):
            return False
        for st in syntax.stmt_list(body):
            if any(n.type == "continue_statement" for n in syntax.walk(st, skip_funcs=True)):
                return False
            expr = st.named_children[0] if st.type == "expression_statement" and st.named_children else None
            if st.type in ("short_var_declaration", "assignment_statement"):
                right = st.child_by_field_name("right")
                expr = right.named_children[0] if right is not None and right.named_child_count == 1 else None
            expr = syntax.unparen(expr)
            if expr is not None and expr.type == "unary_expression" and \
                    syntax.text(expr.child_by_field_name("operator")) == "<-" and \
                    self.um.place(expr.child_by_field_name("operand")) == place:
                return True
        return False

    def closed_check(self, op: ChanOp) -> bool:
        """Is the close ``op`` the ``default`` of a select with a case that receives from the same channel
        (``select { case <-done: default: close(done) }``)? Once the channel is closed that receive is
        always ready, so the default, and the close, no longer run on a path after another close."""
        case = op.node.parent
        while case is not None and case.type not in ("default_case", "communication_case", "func_literal",
                                                     "function_declaration", "method_declaration"):
            case = case.parent
        sel = case.parent if case is not None and case.type == "default_case" else None
        if sel is None or sel.type != "select_statement":
            return False
        place = self.um.place(op.chan)
        return place is not None and any(
            ch is not None and self.um.place(ch) == place
            for ch in (syntax.case_received(c) for c in sel.named_children if c.type == "communication_case"))

    def received_by_guard(self, stmt: Node | None, place: Place) -> bool:
        """Is ``stmt`` in the then-branch of an ``if e1 != nil && e2 != nil`` (or ``if ok``) whose condition
        needs a variable that starts zero and is set only by receiving from ``place`` (``case e1 = <-c1:``)
        to be non-zero? Then a receive from ``place`` has happened."""
        if stmt is None:
            return False
        block = stmt.parent   # a statement of the branch itself (``break loop``), not of a block nested in it
        if block is not None and block.type == "statement_list":
            block = block.parent
        ifs = block.parent if block is not None and block.type == "block" else None
        then = ifs.child_by_field_name("consequence") if ifs is not None and ifs.type == "if_statement" else None
        if then is None or then.id != block.id:
            return False
        for term in syntax.operands(ifs.child_by_field_name("condition"), "&&"):
            x = term
            if term.type == "binary_expression" and \
                    syntax.text(term.child_by_field_name("operator")) == "!=" and \
                    syntax.text(term.child_by_field_name("right")) == "nil":
                x = syntax.unparen(term.child_by_field_name("left"))
            v = self.um.scopes.var(x) if x is not None and x.type == "identifier" else None
            start = syntax.unparen(v.value) if v is not None else None
            if v is None or v.kind != "local" or v.addressed or not v.assigns or \
                    (start is not None and start.type not in ("nil", "false")):
                continue
            froms = []
            for node_, _value in v.assigns:
                if node_.type != "receive_statement":
                    froms = None
                    break
                right = syntax.unparen(node_.child_by_field_name("right"))
                ch = right.child_by_field_name("operand") if right is not None and right.type == "unary_expression" \
                    else None
                froms.append(self.um.place(ch) if ch is not None else None)
            if froms and all(p == place for p in froms):
                return True
        return False

    @cached_property
    def goroutine_loops(self) -> dict[int, list[Node]]:
        """For each go statement: the loops around it in its function (it starts once per iteration)."""
        out = {}
        for f in self.um.funcs:
            if f.how == "go" and f.start is not None:
                out[f.start.id] = list(reversed(self.um.loops(f.start)))
        for g in self.ctx.go_statements:
            out.setdefault(g.id, list(reversed(self.um.loops(g))))
        return out


def _worker_loop(pkg, ch: Channel, send: ChanOp) -> tuple[Node, list[Node], str] | None:
    """The worker loop ``for p := range in`` of ``send``'s goroutine that holds all its sends on ``ch``:
    the outermost loop of the goroutine's literal, or of the package function the ``go`` statement calls
    (``go d.dump(ctx, jobs, results)``, ``in`` then one of its parameters). (the loop, the sends' nodes in
    it, the name of ``in`` in the closer's function: the literal's own, or the ``go`` call's argument
    for that parameter), or None."""
    g = send.goroutine
    mine = [o for o in ch.sends if o.goroutine is not None and g is not None and o.goroutine.id == g.id]
    if g is None or any(o.select_case is not None for o in mine):
        return None
    if send.direct:
        if not send.loops or not all(o.direct for o in mine):
            return None
        loop, nodes, fn = send.loops[-1], [o.node for o in mine], None
    else:
        if send.via is None or pkg is None or not all(o.via is not None and o.started for o in mine):
            return None
        first = pkg.anchor_node(send.via.func, send.via.start, send.via.end)
        fn = next((a for a in syntax.ancestors(first) if a.type in ("function_declaration", "method_declaration")),
                  None) if first is not None and first.type == "send_statement" else None
        nodes = _sends_on_param(fn, first) if fn is not None else None
        if not nodes:
            return None
        loop = next((a for a in reversed(list(syntax.ancestors(nodes[0], fn))) if a.type == "for_statement"), None) \
            if fn is not None else None
        if loop is None or any(a.type in ("communication_case", "func_literal") for n in nodes for a in syntax.ancestors(n, loop)):
            return None
    body = loop.child_by_field_name("body")
    rc = next((x for x in loop.named_children if x.type == "range_clause"), None)
    inch = syntax.unparen(rc.child_by_field_name("right")) if rc is not None else None
    if body is None or inch is None or inch.type != "identifier" or not all(syntax.inside(n, body) for n in nodes):
        return None
    if fn is None:
        return loop, nodes, syntax.text(inch)
    names = [n for n, _t in syntax.params(fn)][1 if fn.type == "method_declaration" else 0:]
    call = g.named_children[0] if g.named_children else None
    args = syntax.call_args(call) if call is not None and call.type == "call_expression" else []
    i = names.index(syntax.text(inch)) if syntax.text(inch) in names else None
    arg = syntax.unparen(args[i]) if i is not None and i < len(args) and len(args) == len(names) else None
    return (loop, nodes, syntax.text(arg)) if arg is not None and arg.type == "identifier" else None


def _sends_on_param(fn: Node, send: Node) -> list[Node] | None:
    """Every send of ``fn`` on the parameter ``send`` sends on (``results <- r``), when that is all ``fn``
    does with it (not handed to a call or a closure, not assigned); None otherwise."""
    name = syntax.text(syntax.unparen(send.child_by_field_name("channel")))
    body = fn.child_by_field_name("body")
    if name not in {n for n, _t in syntax.params(fn)} or body is None:
        return None
    out = []
    for n in syntax.walk(body):
        if n.type == "identifier" and syntax.text(n) == name:
            st = n.parent
            if st is None or st.type != "send_statement" or st.child_by_field_name("channel") is None or \
                    st.child_by_field_name("channel").id != n.id:
                return None
            out.append(st)
    return out


def _leaves(stmt: Node) -> bool:
    """A ``return`` or a statement that ends the goroutine (``panic``, ``t.Fatal``): it leaves the function."""
    return stmt.type != "break_statement" and stmt.type != "goto_statement"


def _turns(um: UnitModel, loop: Node) -> tuple:
    """:func:`syntax.loop_turns` of a loop, a counting loop's bound that is a local given one value and
    never assigned again (``numJobs := len(reqs)``) also spelled as that value."""
    turns, bound = syntax.loop_turns(loop), syntax.loop_bound(loop)
    if turns and bound is not None and bound.type == "identifier" and \
            not any(c.type == "range_clause" for c in loop.named_children):
        v = um.scopes.var(bound)
        if v is not None and v.kind == "local" and v.value is not None and v.index == 0 and \
                v.value.type != "expression_list" and not v.assigned and not v.addressed:
            turns += (" ".join(syntax.text(syntax.unparen(v.value)).split()),)
    return turns


def _fed_once_per(fn: Node, name: str, worker: Node) -> tuple:
    """How often (as :func:`syntax.loop_turns` says it) the one loop ``for _, x := range xs { name <- x }``
    of ``fn`` (outside the goroutine ``worker``) runs, that sends on the channel ``name`` once a turn (its
    only statement), when no other statement of ``fn`` sends on it; () otherwise."""
    sends = [n for n in syntax.walk(fn) if n.type == "send_statement" and
             syntax.text(syntax.unparen(n.child_by_field_name("channel"))) == name]
    if len(sends) != 1 or syntax.inside(sends[0], worker):
        return ()
    loop = sends[0].parent
    while loop is not None and loop.type in ("statement_list", "block"):
        loop = loop.parent
    body = loop.child_by_field_name("body") if loop is not None and loop.type == "for_statement" else None
    if body is None or [st.id for st in syntax.stmt_list(body)] != [sends[0].id]:
        return ()
    return syntax.loop_turns(loop)


def ranged_calls(ctx) -> tuple[str, ...]:
    """The package fact ``DeclFacts.ranged_calls`` of one declaration: the names of the functions whose
    result it ranges over (``for v := range gen()``), so a generator knows its callers wait for a close."""
    # by the text (a range over a call: ``range gen(``, ``range s.watch(``), without the candidate query
    # (the facts of every declaration are read before any is checked); a name too many, from a comment
    # or a range over a function that returns a slice, names no generator
    src = ctx.source
    return tuple(m.group(1).rsplit(b".", 1)[-1].decode() for m in
                 _RANGE_CALL.finditer(src, ctx.unit.start_byte, ctx.unit.end_byte) if syntax.word_starts(src, m.start()))


_RANGE_CALL = re.compile(rb"range\s+([A-Za-z_][\w.]*)\s*\(")   # (a literal first: a fast scan; the word start is checked apart)


def _unparen_fn(call: Node) -> int:
    fn = syntax.unparen(call.child_by_field_name("function")) if call is not None else None
    return fn.id if fn is not None else -1


def _error_source(um: UnitModel, send: Node) -> Node | None:
    """For a send under ``if err != nil`` (its nearest ``if``), the call whose last result ``err`` holds
    there (``if err := l.Listen(a); err != nil``, or ``err := l.Listen(a)`` before the ``if``:
    checks.nonnil_test); None otherwise."""
    from .checks import nonnil_test
    st = next((a for a in syntax.ancestors(send) if a.type == "if_statement"), None)
    cons = st.child_by_field_name("consequence") if st is not None else None
    if cons is None or not syntax.inside(send, cons):
        return None
    _v, value, index, count = nonnil_test(um, syntax.unparen(st.child_by_field_name("condition")))
    return value if value is not None and value.type == "call_expression" and count and index == count - 1 \
        else None


def _whole_value_escapes(ref: Node) -> bool:
    """Is the value a local names (not one of its fields: ``ret.Outs`` is no use of ``ret`` whole) handed
    where code elsewhere can reach it: returned (also by address, ``return &ret, nil``), passed to a call
    (not ``len``/``cap``), stored in a field, an element or a composite literal?"""
    node = ref
    p = node.parent
    if p is not None and p.type == "selector_expression" and p.child_by_field_name("operand") == node:
        return False
    if p is not None and p.type == "unary_expression" and syntax.text(p.child_by_field_name("operator")) == "&":
        node, p = p, p.parent
    while p is not None and p.type == "parenthesized_expression":
        node, p = p, p.parent
    if p is not None and p.type in ("literal_element", "keyed_element"):
        return True
    if p is not None and p.type == "expression_list":
        gp = p.parent
        if gp is not None and gp.type == "return_statement":
            return True
        if gp is not None and gp.type == "assignment_statement" and \
                syntax.inside(node, gp.child_by_field_name("right")):
            left = gp.child_by_field_name("left")
            i = next((j for j, x in enumerate(p.named_children) if x.id == node.id), None)
            target = left.named_children[i] if left is not None and i is not None and \
                i < left.named_child_count else None
            return target is not None and target.type != "identifier"
        return False
    if p is not None and p.type == "return_statement":
        return True
    if p is not None and p.type == "argument_list":
        recv, name = syntax.call_name(p.parent)
        return not (recv == "" and name in ("len", "cap"))
    return False

