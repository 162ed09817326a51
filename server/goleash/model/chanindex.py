"""Channels in struct fields and package variables, across the whole package.

A field channel (``(*Server).events``) is one channel wherever a method of
the package touches it. For each declaration, :func:`chan_facts` lists the
operations on such channels (by package-wide name, ``Server.events``): sends,
receives, ranges, closes — with the mutexes held at each, whether it runs in
a goroutine — where they are made (``s.events = make(chan T, n)``, or in a
composite literal ``&Server{events: make(...)}``) or assigned something else,
and where they escape (handed to a call as an argument, where the callee's
parameter names it; returned; copied into another variable or field). The
:class:`ChanIndex` merges them: who can close, receive from, send on or make
a field channel, anywhere in the package.

An exported field may be used by other packages: it is treated as escaping.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tree_sitter import Node, Query, QueryCursor

from .. import syntax
from .effects import BROADCAST, CLOSE, CWAIT, DEFER, GO, PASS, RANGE, RECV, SEND, SIGNAL, UnitModel
from .locks import HELD, Anchor
from .types import base_name, is_chan


@dataclass(frozen=True)
class ChanFact:
    chan: str                  # package-wide name: Server.events, g:queue
    kind: str                  # send | recv | range | close | make | assign | escape | unresolved (spelled on
    #                            a value goleash could not attribute: ``?.field`` when even its type is unknown)
    at: Anchor
    capacity: object = None    # make: int, a string for a non-literal size, 0 unbuffered
    held: frozenset = frozenset()      # package-wide names of mutexes held at the op
    in_goroutine: bool = False
    select: bool = False       # a select case (does not block when another case is ready)


def chan_facts(um: UnitModel, key: str, unit_start: int, locks=None, is_chan_name=None) -> tuple[ChanFact, ...]:
    """Operations of one declaration on channels named package-wide (fields, package variables)."""
    out = []
    chan = is_chan_name or (lambda name: True)

    def anchor(node: Node) -> Anchor:
        return Anchor(key, node.start_byte - unit_start, node.end_byte - unit_start)

    for f in um.funcs:
        g = um.cfg(f)
        if g is None:
            continue
        in_go = um.goroutine_of(f) is not None
        flow = locks.flow(f) if locks is not None and locks.relevant else None
        for n in g.nodes:
            st = flow.state_in.get(n.id, frozenset()) if flow is not None else frozenset()
            held = frozenset(a for a in (um.abstract_place(x.place) for x in st if x.kind == HELD) if a)
            for e in um.node_effects(g, n):
                effs = e.inner if e.kind in (DEFER, GO) else (e,)
                for x in effs:
                    if x.kind in (CWAIT, SIGNAL, BROADCAST) and x.place is not None:
                        name = um.abstract_place(x.place)
                        if name is not None:
                            out.append(ChanFact(name, x.kind, anchor(x.node), in_goroutine=in_go or e.kind == GO))
                    elif x.kind in (SEND, RECV, RANGE, CLOSE) and x.place is not None:
                        name = um.abstract_place(x.place)
                        if name is not None and chan(name):
                            out.append(ChanFact(name, x.kind, anchor(x.node), None,
                                                held if e.kind not in (GO, DEFER) else frozenset(),
                                                in_go or e.kind == GO, x.select_case is not None))
                    elif x.kind == PASS:
                        for p in x.args:
                            name = um.abstract_place(p) if p is not None else None
                            if name is not None and chan(name):
                                out.append(ChanFact(name, "escape", anchor(x.node)))
            ast = n.ast
            if ast is not None and ast.type == "return_statement":   # a getter hands the channel out
                for r in syntax.return_values(ast):
                    name = um.abstract_place(um.place(r))
                    if name is not None and chan(name):
                        out.append(ChanFact(name, "escape", anchor(r)))
            if ast is not None and n.kind == "stmt" and ast.type == "assignment_statement":
                left, right = ast.child_by_field_name("left"), ast.child_by_field_name("right")
                for ln, rn in zip(left.named_children if left else [], right.named_children if right else []):
                    src = um.abstract_place(um.place(rn)) if rn.type == "selector_expression" else None
                    if src is not None and (chan(src) or _is_cond(um, um.types.of(rn))):
                        # copied into another field or variable (``r.cur = n.cond``): it may be signalled,
                        # sent on or closed under that name
                        out.append(ChanFact(src, "escape", anchor(rn)))
                    name = um.abstract_place(um.place(ln))
                    if name is not None and _is_cond(um, um.types.of(ln)):
                        out.append(ChanFact(name, "make" if new_cond(rn) else "assign", anchor(rn)))
                        continue
                    if name is None or not chan(name):
                        continue
                    cap = _make_cap(rn)
                    out.append(ChanFact(name, "make" if cap is not _NOT else "assign", anchor(rn),
                                        cap if cap is not _NOT else None))
    # a channel field spelled where goleash cannot tell whose it is (``c.(*conn).addrs <- a``, a field of a
    # value of unknown type, of a package variable): it may be this one, sent on, received from or closed
    fields = um.index.chan_fields
    if fields:
        for f in QueryCursor(_FIELD_QUERY).captures(um.unit).get("f", ()):
            name = _text(f)
            sel = f.parent
            if name not in fields or (sel.parent is not None and sel.parent.type == "call_expression" and
                                      sel.parent.child_by_field_name("function") == sel):
                continue   # (``f.out(v)``: a method of that name)
            whose = um.abstract_place(um.place(sel))
            if whose is not None and chan(whose):
                continue
            # (``g:logWriter.logCh``: a package variable's field; ``c.(*conn).addrs``: a value typed only here)
            owner = base_name(um.types.of(sel.child_by_field_name("operand")))
            if owner is None or um.index.struct(owner) is None:
                out.append(ChanFact("?." + name, "unresolved", anchor(sel)))
            elif chan(f"{owner}.{name}"):
                out.append(ChanFact(f"{owner}.{name}", "unresolved", anchor(sel)))
    # handed to any call as an argument (``go runProxy(g.stopCh, g.acceptCh)``, ``notify(ctx, d.conn)``): the
    # callee may receive from it, send on it or close it under its parameter's name
    for arg in QueryCursor(_ARG_QUERY).captures(um.unit).get("arg", ()):
        call = arg.parent if arg.parent.type == "type_conversion_expression" else arg.parent.parent
        if _text(call.child_by_field_name("function")) in _BUILTINS:
            continue
        name = um.abstract_place(um.place(arg))
        if name is not None and chan(name):
            out.append(ChanFact(name, "escape", anchor(arg)))
    # composite literals: &Server{events: make(chan Event)} / Server{events: ch}; new(Server)
    got = QueryCursor(_CONSTRUCT_QUERY).captures(um.unit)
    # (in the order a depth-first walk that visits the last child first meets them: the facts' order is kept)
    for node in sorted(got.get("n", ()), key=lambda x: (-x.end_byte, x.start_byte)):
        if node.type == "call_expression" and _text(node.child_by_field_name("function")) == "new":
            args = node.child_by_field_name("arguments")
            t = args.named_children[0] if args is not None and args.named_children else None
            tname = _text(t).lstrip("*").split("[", 1)[0] if t is not None else ""
            if um.index.struct(tname) is not None:
                out.append(ChanFact(tname, "construct", anchor(node)))
        if node.type == "composite_literal":
            t = node.child_by_field_name("type")
            body = node.child_by_field_name("body")
            tname = _text(t).lstrip("*").split("[", 1)[0] if t is not None else ""
            st = um.index.struct(tname)
            if st is not None:
                out.append(ChanFact(tname, "construct", anchor(node)))
            elif body is not None:
                # a value of another package's type (``rpcutil.ServeOptions{Cancel: eng.cancel}``), or of one
                # goleash cannot read: what it is handed to may receive from the channel, send on it or close it
                for el in body.named_children:
                    val = el.named_children[-1] if el.type == "keyed_element" and el.named_children else el
                    val = val.named_children[0] if val.type == "literal_element" and val.named_children else val
                    if val.type not in ("selector_expression", "identifier"):
                        continue
                    src = um.abstract_place(um.place(val))
                    if src is not None and chan(src):
                        out.append(ChanFact(src, "escape", anchor(val)))
            if body is not None:
                # values whose type the literal elides (``[]*hdlr{{q: w.q}}``), and the positional values of
                # a package type (``&pauseStep{e.resumeCh}``): a channel field copied there may be received
                # from, sent on or closed under the other value's name
                copies = [el for el in body.named_children if st is not None and el.type == "literal_element"]
                for inner in syntax.walk(body):
                    if inner.type == "literal_value" and inner.id != body.id and inner.parent is not None and \
                            inner.parent.type in ("literal_element", "keyed_element"):
                        copies.extend(inner.named_children)
                for el in copies:
                    val = el.named_children[-1] if el.type == "keyed_element" and el.named_children else el
                    val = val.named_children[0] if val.type == "literal_element" and val.named_children else val
                    src = um.abstract_place(um.place(val)) if val.type == "selector_expression" else None
                    if src is not None and chan(src):
                        out.append(ChanFact(src, "escape", anchor(val)))
            if st is not None and body is not None:
                positional = [el for el in body.named_children if el.type == "literal_element"]
                if positional:   # T{a, b, c}: every channel field is set to something
                    for fl in st.fields:
                        if is_chan(um.index.underlying(fl.type)):
                            out.append(ChanFact(f"{tname}.{fl.name}", "assign", anchor(node)))
                for el in body.named_children:
                    if el.type != "keyed_element" or len(el.named_children) != 2:
                        continue
                    k, v = el.named_children
                    fname = _text(k)
                    fld = next((x for x in st.fields if x.name == fname), None)
                    if fld is not None and _is_cond(um, fld.type):
                        val = v.named_children[0] if v.type == "literal_element" and v.named_children else v
                        out.append(ChanFact(f"{tname}.{fname}", "make" if new_cond(val) else "assign", anchor(val)))
                        continue
                    val = v.named_children[0] if v.type == "literal_element" and v.named_children else v
                    src = um.abstract_place(um.place(val)) if val.type == "selector_expression" else None
                    if src is not None and chan(src):
                        # copied into a field of another value (``&vl{acceptCh: m.acceptCh}``): it may be
                        # received from, sent on or closed under that name
                        out.append(ChanFact(src, "escape", anchor(val)))
                    if fld is None or not is_chan(um.index.underlying(fld.type)):
                        continue
                    cap = _make_cap(val)
                    out.append(ChanFact(f"{tname}.{fname}", "make" if cap is not _NOT else "assign", anchor(val),
                                        cap if cap is not _NOT else None))
    return tuple(out)


# what constructs a value of a struct type: T{...}, &T{...} (its composite literal), new(T)
_CONSTRUCT_QUERY = Query(syntax.LANGUAGE, """
(composite_literal) @n
(call_expression function: (identifier) @_f (#eq? @_f "new")) @n
""")


# a channel field or package variable given to a call as an argument; also the one argument of a generic
# function given its type arguments, ``NewDispatcher[any](c.updates)`` (which parses as a conversion)
_ARG_QUERY = Query(syntax.LANGUAGE, """
(call_expression arguments: (argument_list [(selector_expression) (identifier)] @arg))
(type_conversion_expression type: (generic_type) operand: [(selector_expression) (identifier)] @arg)
""")
_BUILTINS = frozenset({"close", "len", "cap"})
_FIELD_QUERY = Query(syntax.LANGUAGE, "(selector_expression field: (field_identifier) @f)")


_NOT = object()


def _is_cond(um: UnitModel, t: str | None) -> bool:
    return t is not None and (um.index.underlying(t) or t).replace(" ", "") == "*sync.Cond"


def new_cond(expr: Node | None) -> bool:
    """``sync.NewCond(l)`` or ``&sync.Cond{...}``: a fresh Cond nothing else holds yet."""
    while expr is not None and expr.type == "parenthesized_expression" and expr.named_children:
        expr = expr.named_children[0]
    if expr is None:
        return False
    if expr.type == "call_expression":
        return _text(expr.child_by_field_name("function")) == "sync.NewCond"
    if expr.type == "unary_expression" and expr.named_children:
        inner = expr.named_children[-1]
        return inner.type == "composite_literal" and _text(inner.child_by_field_name("type")) == "sync.Cond"
    return False


def _make_cap(expr: Node | None):
    while expr is not None and expr.type == "parenthesized_expression" and expr.named_children:
        expr = expr.named_children[0]
    if expr is None or expr.type != "call_expression":
        return _NOT
    fn = expr.child_by_field_name("function")
    if _text(fn) != "make":
        return _NOT
    args = expr.child_by_field_name("arguments")
    kids = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    if not kids or kids[0].type != "channel_type":
        return _NOT
    if len(kids) == 1:
        return 0
    if kids[1].type == "int_literal":
        try:
            return int(_text(kids[1]).replace("_", ""), 0)
        except ValueError:
            return _text(kids[1])
    return _text(kids[1])


@dataclass
class ChanIndex:
    """The package's field and package-variable channels: every fact about each, by name.

    Filled on demand when ``load`` is set: before answering about a name, ``load(name)`` reads the
    declarations that spell a part of it (``events``, or a literal of ``Server``, for
    ``Server.events``), so a rule asking about one field does not pay for every channel of the
    package."""
    facts: dict[str, list[ChanFact]] = field(default_factory=dict)
    load: Callable[[str], None] | None = field(default=None, repr=False, compare=False)
    # told of each name asked about (PackageModel records it as a dependency of the result being made)
    note: Callable[[str], None] | None = field(default=None, repr=False, compare=False)

    # the other struct types of the package that share a type's fields (``type udpConn endpoint``: a
    # value converted between them is the same value)
    twins: Callable[[str], list[str]] | None = field(default=None, repr=False, compare=False)

    def of(self, chan: str, kind: str | None = None) -> list[ChanFact]:
        names = [chan]
        owner, _, last = chan.rpartition(".")
        if self.twins is not None and owner and not chan.startswith("g:"):
            names += [f"{t}.{last}" for t in self.twins(owner)]
        got: list[ChanFact] = []
        for name in names:
            if self.load is not None:
                self.load(name)
            if self.note is not None:
                self.note(name)
            got = got + self.facts.get(name, []) if got else self.facts.get(name, [])
        return got if kind is None else [f for f in got if f.kind == kind]

    def escapes(self, chan: str, allowed: Callable[[ChanFact], bool] | None = None) -> bool:
        """Can code outside the package reach it (an exported field, a hand-off to another package)? Escapes
        ``allowed`` says are no hand-off (an unexported accessor that returns the field) left out."""
        last = chan.rsplit(".", 1)[-1]
        if last[:1].isupper():
            return True
        if any(allowed is None or not allowed(f) for f in self.of(chan, "escape")) or self.of(chan, "unresolved"):
            return True
        # (spelled somewhere on a value goleash cannot type: ``conn.(*blockingConn).addrs <- a``)
        return not chan.startswith("g:") and bool(self.facts.get("?." + last))

    def made(self, chan: str) -> list[ChanFact]:
        return self.of(chan, "make")

    def buffered(self, chan: str) -> bool:
        """Is the channel made somewhere, and everywhere with a buffer (a literal size above 0, or a size
        computed at run time) and never assigned anything else?"""
        made = self.made(chan)
        return bool(made) and not self.of(chan, "assign") and \
            all(isinstance(m.capacity, str) or (isinstance(m.capacity, int) and m.capacity > 0) for m in made)

    def constructed(self, chan: str) -> bool:
        """Does the package build values of the channel's struct type (``T{...}``, ``&T{...}``)?"""
        return bool(self.of(chan.rsplit(".", 1)[0], "construct"))

    def set_anywhere(self, chan: str) -> bool:
        """Is the channel made or assigned anything anywhere in the package?"""
        return bool(self.of(chan, "make") or self.of(chan, "assign"))

    def siblings_closed(self, chan: str) -> list[ChanFact]:
        """Closes of other channel fields of the same type: the type has a shutdown path."""
        owner = chan.rsplit(".", 1)[0]
        if self.load is not None:
            self.load(owner + ".*")
        if self.note is not None:
            self.note(owner + ".*")
        return [f for name, facts in self.facts.items() if name != chan and name.rsplit(".", 1)[0] == owner
                for f in facts if f.kind == "close"]


def _text(node: Node | None) -> str:
    return node.text.decode("utf-8", "replace") if node is not None and node.text is not None else ""
