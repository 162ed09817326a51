"""Variables shared between a function and the goroutines it starts, and what orders their accesses.

For one declaration: every access to a local variable (declared in the
function, including parameters and named results) from the function itself or
from a ``go func`` literal, classified as read or write, with the goroutine
it runs in. ``x.f = v`` writes a field through ``x``; it is not a write of
``x`` (and not counted as a plain read of it either).

Happens-before (:meth:`SharedVars.joined`): the parent waits for a goroutine
between starting it and an access when *every path* of the CFG from the
``go`` statement to the access passes a join — ``wg.Wait()``, a receive, a
range or a select; in a ``synctest`` bubble, ``synctest.Wait()`` when nothing between it and the
access can wake a goroutine again. Accesses with a mutex held on both sides (the lock model)
do not race. GL501–GL503 and the channel rules read this model.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from tree_sitter import Node

from .. import syntax
from .cfg import reaches
from .flow import reaches_feasible
from .checks import reached_before_leaving
from .effects import CLOSE, DONE, LOCK, Place, PASS, RANGE, RECV, SEND, WAIT, Func, UnitModel, translate
from .scope import Var as ScopeVar

READ, ASSIGN, INCDEC, INDEX, ADDR, ATOMIC, DEREF = "read", "assign", "incdec", "index", "addr", "atomic", "deref"
WRITES = frozenset({ASSIGN, INCDEC, INDEX})

_GOMEGA_WAIT = re.compile(r"(?:\w+\.)?Eventually\(\s*(\w+)\s*[,)].{0,200}?\.Should\(\s*(?:\w+\.)?(?:BeClosed|Receive)\(",
                          re.S)
# readers whose EOF is their source's: read to the end, they read the source to its end (gzip's
# multistream reader reads members until its source's EOF; a tar reader stops at its trailer)
_WRAPPERS = frozenset({"io.TeeReader", "bufio.NewReader", "bufio.NewReaderSize", "gzip.NewReader",
                       "io.MultiReader"})
# a decompressing reader over a stream (``zstd.NewReader(pr)``): read to its end, it has read its source to its end
_DECOMPRESSOR = re.compile(r"^(?:gzip|zlib|flate|bzip2|zstd|snappy|s2|lz4|xz)\.NewReader$")


def _own_part(n, c: Node) -> bool:
    """Is ``c`` part of what the CFG node ``n`` runs itself: a simple statement, or the header of a
    compound one (an ``if``'s initializer and condition, a ``switch``'s value, a ``for``'s clause), not
    its branches, which have nodes of their own?"""
    ast = n.ast
    heads = {"if_statement": ("initializer", "condition"), "expression_switch_statement": ("initializer", "value"),
             "type_switch_statement": ("initializer", "value")}
    if ast.type in heads:
        return any(h is not None and syntax.inside(c, h) for h in (ast.child_by_field_name(k) for k in heads[ast.type]))
    if ast.type == "for_statement":
        body = ast.child_by_field_name("body")
        return body is None or not syntax.inside(c, body)
    return ast.type not in ("select_statement", "block", "labeled_statement", "communication_case",
                            "expression_case", "default_case", "type_case")


def _wrapped_reader(expr: Node | None) -> Node | None:
    """The source of a reader wrapping one (``io.TeeReader(r, h)``, ``bufio.NewReader(r)``, a decompressor's
    ``zstd.NewReader(r, opts...)``): its first argument; None for anything else."""
    expr = syntax.unparen(expr) if expr is not None else None
    if expr is None or expr.type != "call_expression":
        return None
    fn = syntax.text(expr.child_by_field_name("function"))
    if fn not in _WRAPPERS and not _DECOMPRESSOR.match(fn):
        return None
    args = syntax.call_args(expr)
    return syntax.unparen(args[0]) if args else None


_PAIRED_JOINS = frozenset({"Wait", "Finish"})   # an unseen type's join, paired with the goroutine's Done


def _paired_join(name: str) -> bool:
    """An unseen type's join, paired with the goroutine's ``Done``: ``Wait``, ``Finish`` (a throttle's), or a
    wait for every counted goroutine (``WaitAll``, a concurrency limiter's ``WaitAllDone``)."""
    return name in _PAIRED_JOINS or name.startswith("WaitAll")


# a service's run loop: returns once the context it is given is done, or once the service is told to stop
_RUN_LOOPS = frozenset({"Run", "run", "Serve", "serve", "running"})
_STOPS = re.compile(r"(?:Stop|Close|Shutdown|Cancel|Kill|Terminate|Halt|Quit)")


@dataclass
class Access:
    ident: Node
    kind: str
    runner: Node | None      # go_statement whose literal runs it; None: the function itself
    func: Node               # innermost function (declaration or literal) around it

    @property
    def write(self) -> bool:
        return self.kind in WRITES


@dataclass
class Var:
    name: str
    decl: Node                       # declaring statement, for_statement (loop var) or function (param)
    sv: ScopeVar | None = None       # the scope model's variable
    accesses: list[Access] = field(default_factory=list)

    @property
    def ident(self) -> Node:
        """The identifier that declares the variable."""
        return self.sv.ident if self.sv is not None else self.decl

    @property
    def is_loop_var(self) -> bool:
        return self.decl.type == "for_statement" and self.sv is not None and self.sv.kind in ("range", "local")

    @property
    def is_result(self) -> bool:
        return self.sv is not None and self.sv.kind == "result"


def _kind(ident: Node) -> str:
    p = ident.parent
    if p is None:
        return READ
    if p.type in ("inc_statement", "dec_statement"):
        return INCDEC
    if p.type == "expression_list":
        gp = p.parent
        if gp is not None and gp.type == "assignment_statement" and gp.child_by_field_name("left") == p:
            return ASSIGN
    if p.type == "selector_expression" and p.child_by_field_name("operand") == ident:
        gp = p.parent
        if gp is not None and gp.type == "expression_list":
            ggp = gp.parent
            if ggp is not None and ggp.type == "assignment_statement" and ggp.child_by_field_name("left") == gp:
                return DEREF   # x.f = v: a write of the field, not of x
        if gp is not None and gp.type in ("inc_statement", "dec_statement"):
            return DEREF
    if p.type == "index_expression" and p.child_by_field_name("operand") == ident:
        gp = p.parent
        if gp is not None and gp.type in ("inc_statement", "dec_statement"):
            return INDEX
        if gp is not None and gp.type == "expression_list":
            ggp = gp.parent
            if ggp is not None and ggp.type == "assignment_statement" and ggp.child_by_field_name("left") == gp:
                return INDEX
    if p.type == "argument_list":
        call = p.parent
        if syntax.call_name(call) == ("", "delete") and syntax.call_args(call)[:1] == [ident]:
            return INDEX
    if p.type == "unary_expression" and p.child_by_field_name("operator") is not None and \
            p.child_by_field_name("operator").type == "&":
        gp = p.parent
        if gp is not None and gp.type == "argument_list" and syntax.call_name(gp.parent)[0] == "atomic":
            return ATOMIC
        return ADDR
    return READ


class SharedVars:
    """Local variables of ``ctx.unit`` that some goroutine literal of it uses."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.unit: Node = ctx.unit
        self.um: UnitModel = ctx.model
        self.vars: list[Var] = []
        self._reach: dict = {}
        self._fed: dict = {}
        self._cut: dict[int, frozenset] = {}
        self._paired: dict[tuple[int, int], set[int]] = {}
        if self.unit.type in ("function_declaration", "method_declaration") and \
                any(f.how == "go" for f in self.um.funcs):
            self._build()

    def _runner(self, node: Node) -> Node | None:
        g = self.um.goroutine_of(self.um.func_at(node))
        return g.start if g is not None else None

    def _build(self) -> None:
        um = self.um
        gors = [f for f in um.funcs if f.how == "go"]
        for v in um.scopes.vars:
            refs = v.refs
            used_in = {id(g) for g in gors for r in refs
                       if syntax.inside(r, g.node) and not syntax.inside(v.ident, g.node)}
            if not used_in:
                continue
            decl = v.stmt if v.kind not in ("receiver", "param", "result") else v.func
            sv = Var(v.name, decl, v)
            for r in [v.ident] + refs:
                if r.id == v.ident.id and v.kind in ("receiver", "param", "result", "range"):
                    continue
                f = um.func_at(r) or um.top
                kind = _kind(r) if r.id != v.ident.id else ASSIGN
                if r.id == v.ident.id:
                    continue
                sv.accesses.append(Access(r, kind, self._runner(r), f.node if f is not None else self.unit))
            if sv.accesses:
                self.vars.append(sv)

    def __iter__(self):
        return iter(self.vars)

    # ----------------------------------------------------------- questions
    def locked(self, node: Node) -> bool:
        """Is some mutex held (locked on a path to ``node``, not yet unlocked) when ``node`` runs?"""
        f = self.um.func_at(node)
        if f is None:
            return False
        if self.ctx.locks.relevant:
            flow = self.ctx.locks.flow(f)
            if flow is not None and flow.held_at(node):
                return True
        return self._keyed_lock(node, f)

    def _keyed_lock(self, node: Node, f: Func) -> bool:
        """Is ``node`` between ``m.Lock(key)`` and ``m.Unlock(key)`` of a keyed lock (a lock per key: a
        package's ``LockGroup``, a ``multimutex``), the key the same value in every goroutine that runs
        this code (a literal, or a variable of the enclosing function that nothing assigns, declared
        outside every loop around this one)? Each such goroutine then holds one and the same lock there
        (held as :func:`keyed_locks_held` says)."""
        key = ("unlocks", f.node.id)   # (asked per access: the function's text is read once)
        got = self._reach.get(key)
        if got is None:
            got = self._reach[key] = b"Unlock(" in (f.node.text or b"")
        if not got:
            return False
        return any(self._same_key_everywhere(lock, f) for _recv, lock, _bare in keyed_locks_held(node, f.node))

    def _same_key_everywhere(self, key: Node, f: Func) -> bool:
        """Is ``key`` a literal, or a variable nothing assigns, declared outside ``f`` and outside every
        loop around ``f`` (``spaceID`` of the test, not the loop's ``i``)?"""
        if key.type in ("interpreted_string_literal", "raw_string_literal", "int_literal"):
            return True
        if key.type != "identifier":
            return False
        v = self.um.scopes.var(key)
        if v is None or v.assigned or v.addressed or v.kind in ("range", "recv", "switch") or \
                syntax.inside(v.ident, f.node):
            return False
        loops = [a for a in syntax.ancestors(f.node) if a.type in ("for_statement",)]
        return not any(syntax.inside(v.ident, lp) for lp in loops)

    def _joins(self, f: Func) -> set[int]:
        """CFG node ids of ``f`` where it waits for something: ``.Wait()``, a receive, a range, a select,
        a call of a package function that waits on every path on a channel or WaitGroup it is given, a loop
        that spins until an atomic flag is set (``for !done.Load() {...}``), testify's
        ``require.Eventually`` polling one (``func() bool { return done.Load() }``: it stops the test
        unless the flag was seen set)."""
        g = self.um.cfg(f)
        out = set(self._bubble_waits(f))
        piped = b"Pipe()" in (f.node.text or b"")
        for n in (g.nodes if g is not None else ()):
            if piped and n.ast is not None and n.kind != "go" and any(
                    c.type == "call_expression" and self._reads_pipe_to_end(c)
                    for c in [n.ast, *syntax.walk(n.ast, skip_funcs=True)] if _own_part(n, c)):
                out.add(n.id)   # (``io.Copy(io.Discard, io.TeeReader(pr, h))``: no effect names the pipe)
                continue
            if n.kind == "select" or (n.kind == "cond" and (_spins_on_atomic(n.ast) or self.until_received(n.ast))) \
                    or _polls_atomic(n.ast) or self._gomega_waits(n.ast) or self._asserts_received(n.ast):
                out.add(n.id)
                continue
            for e in self.um.node_effects(g, n):
                if e.kind in (WAIT, RECV, RANGE) or (e.kind == "call" and _text_name(e.node) == "Wait") or \
                        (e.kind == "call" and (self._helper_waits(e) or self._asserted_join(e))) or \
                        (e.kind in ("call", "pass") and self._reads_pipe_to_end(e.node)) or \
                        (e.kind == SEND and self._fills_semaphore(e, f)):
                    out.add(n.id)
                    if e.kind == SEND:   # (the fill loop's test too: a path leaves only through it)
                        loop = next((a for a in syntax.ancestors(e.node, f.node) if a.type == "for_statement"), None)
                        clause = next((c for c in loop.named_children if c.type == "for_clause"), None) \
                            if loop is not None else None
                        cond = clause.child_by_field_name("condition") if clause is not None else None
                        head = g.node_of(cond) if cond is not None else None
                        if head is not None:
                            out.add(head.id)
                    break
        return out

    def _fills_semaphore(self, send, f: Func) -> bool:
        """Is ``send`` the body of a loop that fills a semaphore to its capacity (``for n := parallel; n > 0;
        n-- { sem <- true }`` of ``sem := make(chan bool, parallel)``), a channel the function's goroutines
        only receive from in a ``defer`` (``defer func() { <-sem }()``, their token given back as they end)?
        The loop completes once every token is back: it waits for every goroutine holding one."""
        loop = next((a for a in syntax.ancestors(send.node, f.node) if a.type == "for_statement"), None)
        ch = next((c for c in self.ctx.channels if c.place == send.place), None)
        if loop is None or ch is None or ch.make is None or not isinstance(ch.capacity, (int, str)) or \
                not ch.capacity or ch.param:
            return False
        args = syntax.call_args(ch.make)
        cap = " ".join(syntax.text(args[1]).split()) if len(args) == 2 else None
        clause = next((c for c in loop.named_children if c.type == "for_clause"), None)
        init = clause.child_by_field_name("initializer") if clause is not None else None
        cond = syntax.unparen(clause.child_by_field_name("condition")) if clause is not None else None
        counted = syntax.counting_loop(clause)
        turns = None
        if counted is not None and syntax.text(counted[1]) == "0" and counted[2] == "<":
            turns = " ".join(syntax.text(counted[3]).split())   # for i := 0; i < cap; i++
        elif init is not None and cond is not None and init.type == "short_var_declaration" and \
                cond.type == "binary_expression" and syntax.text(cond.child_by_field_name("operator")) == ">" and \
                syntax.text(cond.child_by_field_name("right")) == "0":
            right = init.child_by_field_name("right")   # for n := cap; n > 0; n--
            turns = " ".join(syntax.text(right).split()) if right is not None else None
        if cap is None or turns != cap or len(syntax.stmt_list(loop.child_by_field_name("body"))) != 1:
            return False
        recvs = [o for o in ch.ops if o.kind in (RECV, RANGE)]
        return bool(recvs) and all(o.goroutine is not None and o.deferred for o in recvs)

    def until_received(self, loop: Node | None) -> bool:
        """``for !a || !b { select { case a = <-ca: case b = <-cb: default: } }``: the loop goes on until
        every flag of its condition is true, and a flag (a local bool that starts false) is set only by
        receiving into it: the loop ends only after a receive into each."""
        cond = syntax.for_condition(loop) if loop is not None and loop.type == "for_statement" else None
        if cond is None:
            return False
        ands = syntax.operands(cond, "&&")
        if ands and all(self._cleared_on_receive(t, loop) for t in ands):
            return True   # ``for cont { select { case x = <-resC: ... case <-done: cont = false } }``
        terms = syntax.operands(cond, "||")
        for term in terms:
            if term.type != "unary_expression" or \
                    syntax.text(term.child_by_field_name("operator")) != "!" or \
                    not self._received_flag(term.child_by_field_name("operand")):
                return False
        return bool(terms)

    def _received_flag(self, x: Node | None) -> bool:
        """Is ``x`` a local bool that starts false and is set only by receiving into it (``case done =
        <-ch:``)? Seen true, it says a receive ran."""
        x = syntax.unparen(x)
        v = self.um.scopes.var(x) if x is not None and x.type == "identifier" else None
        start = syntax.unparen(v.value) if v is not None else None
        return v is not None and v.kind == "local" and not v.addressed and bool(v.assigns) and \
            ((start is not None and start.type == "false") or
             (start is None and v.type_node is not None and syntax.text(v.type_node) == "bool")) and \
            all(_receives_into(node, value) for node, value in v.assigns)

    def _cleared_on_receive(self, x: Node | None, loop: Node) -> bool:
        """Is ``x`` a local bool that starts true (``cont := true``, ``for cont := true; cont; {``) and is set
        only to false, only in the body of a ``select`` case of ``loop`` that receives from a channel the
        function makes (``case <-done: cont = false``; not a timer's ``case <-deadline:``)? Seen false, it
        says that receive ran."""
        x = syntax.unparen(x)
        v = self.um.scopes.var(x) if x is not None and x.type == "identifier" else None
        start = syntax.unparen(v.value) if v is not None else None
        if v is None or v.kind != "local" or v.addressed or not v.assigns or start is None or start.type != "true":
            return False
        for node, value in v.assigns:
            case = next((a for a in syntax.ancestors(node, loop) if a.type == "communication_case"), None)
            comm = case.child_by_field_name("communication") if case is not None else None
            if syntax.unparen(value) is None or syntax.unparen(value).type != "false" or comm is None or \
                    syntax.inside(node, comm) or syntax.enclosing_func(node) != syntax.enclosing_func(loop) or \
                    comm.type != "receive_statement" or not self._made_channel(comm.child_by_field_name("right")):
                return False
        return True

    def _made_channel(self, recv: Node | None) -> bool:
        """Is ``recv`` (``<-ch``) a receive from a local channel the function makes (``done := make(chan
        bool)``), not a clock's or a context's (``time.After(d)``, ``ctx.Done()``): one a goroutine sends on?"""
        recv = syntax.unparen(recv)
        ch = syntax.unparen(recv.child_by_field_name("operand")) if recv is not None and \
            recv.type == "unary_expression" else None
        v = self.um.scopes.var(ch) if ch is not None and ch.type == "identifier" else None
        made = syntax.unparen(v.value) if v is not None and not v.assigned else None
        return made is not None and made.type == "call_expression" and syntax.call_name(made) == ("", "make")

    def _asserts_received(self, stmt: Node | None) -> bool:
        """``assert.True(t, done)``, ``require.Equal(t, true, done)`` (or ``done, true``) of a flag set only
        by receiving (``_received_flag``): going on past it with the flag false is a failed test's path,
        so the path that goes on received (a polling loop that ran out of turns, then the check)."""
        call = stmt.named_children[0] if stmt is not None and stmt.type == "expression_statement" and \
            stmt.named_children else None
        got = self._testify_check(call, ("True", "Equal"))
        if got is None:
            return False
        name, args = got
        if name == "True":
            return len(args) >= 2 and self._received_flag(args[1])
        pair = args[1:3]
        return len(pair) == 2 and any(a is not None and a.type == "true" and self._received_flag(b)
                                      for a, b in (pair, pair[::-1]))

    def _gomega_waits(self, stmt: Node | None) -> bool:
        """Gomega's ``Eventually(done).Should(BeClosed())`` (or ``Receive()``, also with ``WithTimeout``
        between) of a channel variable: it returns only once it saw the channel closed (or received from
        it), and fails the test otherwise — a receive of that channel, as far as ordering goes."""
        if stmt is None or stmt.type != "expression_statement":
            return False
        m = _GOMEGA_WAIT.match(syntax.text(stmt))
        if m is None:
            return False
        for n in syntax.walk(stmt):
            if n.type == "identifier" and syntax.text(n) == m.group(1):
                v = self.um.scopes.var(n)
                return v is not None and v.value is not None and "make(chan" in syntax.text(v.value)
        return False

    def drains_pipe_closed_by(self, stmt: Node, lit: Node | None) -> bool:
        """Does the statement ``stmt`` (a ``defer``, maybe of a closure) read one end of a pipe the function
        made to its end (``defer func() { io.Copy(io.Discard, out); out.Close() }()`` of ``in, out :=
        net.Pipe()``), while the goroutine literal ``lit`` closes the other end (``in.Close()``, also
        deferred)? The read returns at the other end's close: the function waits for the goroutine to get
        that far."""
        if lit is None:
            return False
        closed = {syntax.text(c.child_by_field_name("function").child_by_field_name("operand"))
                  for c in syntax.walk(lit) if c.type == "call_expression" and
                  syntax.call_name(c)[1] == "Close" and not syntax.call_args(c) and
                  c.child_by_field_name("function").type == "selector_expression"}
        for c in [stmt, *syntax.walk(stmt)]:
            if c.type != "call_expression" or not self._reads_pipe_to_end(c):
                continue
            reader = syntax.read_to_end_source(c)
            v = self.um.scopes.var(reader) if reader is not None and reader.type == "identifier" else None
            decl = v.stmt if v is not None else None
            left = decl.child_by_field_name("left") if decl is not None and \
                decl.type == "short_var_declaration" else None
            ends = [syntax.text(x) for x in (left.named_children if left is not None else ())]
            if len(ends) == 2 and v.name in ends and ends[1 - ends.index(v.name)] in closed:
                return True
        return False

    def _reads_pipe_to_end(self, call: Node) -> bool:
        """``io.ReadAll(b)``, ``io.Copy(w, b)`` or ``x.ReadFrom(b)`` of an end of a pipe the function made
        (``a, b := net.Pipe()``, ``io.Pipe()``), or a package function given it that reads it so before it
        can return (PackageModel.reads_param_to_end): it returns once the other end is closed, so it waits
        for the goroutine that closes it (and, before the close, did what it did)."""
        reader = syntax.read_to_end_source(call)
        if reader is None and self.ctx.pkg is not None:   # ``q.Enqueue(pr)``, a package function that does
            callee = self.um.callee(call)[0]
            key = getattr(callee, "key", None)
            reader = next((syntax.unparen(a) for i, a in enumerate(syntax.call_args(call))
                           if key and syntax.unparen(a).type == "identifier" and
                           self.ctx.pkg.reads_param_to_end(key, i)), None)
        for _ in range(4):   # through readers that reach their source's EOF (``io.TeeReader(zr, h)``)
            inner = _wrapped_reader(reader)
            if inner is None and reader is not None and reader.type == "identifier":
                w = self.um.scopes.var(reader)
                made = syntax.unparen(w.value) if w is not None and w.value is not None and not w.assigned \
                    and w.index == 0 else None
                inner = _wrapped_reader(made)   # (``hashed := io.TeeReader(zr, h)``, ``zr, err := gzip.NewReader(pr)``)
            if inner is None:
                break
            reader = inner
        v = self.um.scopes.var(reader) if reader is not None and reader.type == "identifier" else None
        value = syntax.unparen(v.value) if v is not None and v.value is not None and not v.assigned else None
        if value is None or value.type != "call_expression":
            return False
        if syntax.text(value.child_by_field_name("function")) in ("net.Pipe", "io.Pipe"):
            return True
        from .checks import pipe_end   # (``z, rc, err := NewZip(dir)``, returning an io.Pipe end it made)
        return self.ctx.pkg is not None and pipe_end(self.um, self.ctx.pkg, v, read_through=True)

    def _helper_waits(self, e) -> bool:
        """A call of a package function that waits, on every path back to the caller, on a channel or
        WaitGroup it is given (``firstErr(errc)`` returns ``<-errc``): a wait here, as the receive itself
        would be. (One that may return another way, on a context's ``Done``, waits on nothing for sure.)
        Also one that waits for a func it is given to return, given ``wg.Wait`` (or a literal calling it)."""
        key = getattr(e.callee, "key", None)
        if key and self.ctx.pkg is not None and b"Wait" in (e.node.text or b""):
            i = self.ctx.pkg.waits_for_func_param(key)
            args = syntax.call_args(e.node) if i is not None else []
            arg = syntax.unparen(args[i]) if i is not None and i < len(args) else None
            waited = arg.child_by_field_name("operand") if arg is not None and arg.type == "selector_expression" \
                and syntax.text(arg.child_by_field_name("field")) == "Wait" else None
            if waited is None and arg is not None and arg.type == "func_literal":
                waited = next((c.child_by_field_name("function").child_by_field_name("operand")
                               for c in syntax.walk(arg) if c.type == "call_expression" and
                               syntax.call_name(c)[1] == "Wait" and
                               c.child_by_field_name("function").type == "selector_expression"), None)
            if waited is not None and self._fed_by_goroutine(self.um.place(waited)):
                return True   # ``waitOrFail(t, wg.Wait, "...")``: it returns once ``wg.Wait()`` has
        s = self.ctx.effects.summary_of(e.callee) if e.callee is not None else None
        if s is None:
            return False
        if any(u.every & {WAIT, RECV, RANGE} and self._fed_by_goroutine(translate(u.place, e))
               for u in s.uses.values()):
            return True
        return any(RECV in u.some and self._fed_by_goroutine(translate(u.place, e)) for u in s.uses.values()) and \
            self._counted_receive(e)

    def _testify_check(self, call: Node | None, names: tuple[str, ...]) -> tuple[str, list] | None:
        """(name, arguments with the testing value's slot first) of a testify check among ``names``
        (``require.True(t, ok)``, ``is.True(ok)`` of ``is := assert.New(t)``: ``[None, ok]``); None otherwise."""
        if call is None or call.type != "call_expression":
            return None
        recv, name = syntax.call_name(call)
        form = syntax.testify_form(recv, self.ctx.assertion_values) if name in names else None
        if form is None:
            return None
        args = [syntax.unparen(a) for a in syntax.call_args(call)]
        return name, ([None, *args] if form == "value" else args)

    def _asserted_join(self, e) -> bool:
        """``assert.True(t, wgWait(&wg))`` (``require.False(t, waitTimeout(&wg, d))``): testify asserts the
        result that a package helper gives only after it waited for a goroutine of this function
        (``PackageModel.joins_when``); going on past it otherwise is a failed test's path, as after ``if
        !wgWait(&wg) { t.Fatal(...) }``."""
        call = e.node.parent.parent if e.node.parent is not None and e.node.parent.type == "argument_list" \
            else None
        got = self._testify_check(call, ("True", "False")) if call is not None and call.parent is not None and \
            call.parent.type == "expression_statement" else None
        if got is None:
            return False
        name = got[0]
        key = getattr(e.callee, "key", None)
        fact = self.ctx.pkg.joins_when(key) if key and self.ctx.pkg is not None else None
        args = syntax.call_args(e.node) if fact is not None else []
        return fact is not None and fact[0] < len(args) and fact[1] == (name == "True") and \
            self._fed_by_goroutine(self.um.place(syntax.unparen(args[fact[0]])))

    def _fed_by_goroutine(self, place) -> bool:
        """Does a goroutine the declaration starts send on, close or call ``Done`` on ``place`` (directly
        or in a package function it calls)? A helper's wait on it then waits for that goroutine; a wait on
        a channel only callbacks signal (``done1`` closed by a handler) waits for none of them."""
        if place is None:
            return False
        got = self._fed.get(place)
        if got is None:
            got = False
            for f in self.um.funcs:
                if f.how != "go":
                    continue
                g = self.um.cfg(f)
                for n in (g.nodes if g is not None else ()):
                    if any(p == place and k in (SEND, CLOSE, DONE) for p, k, _ in self.ctx.effects.occurrences(g, n)):
                        got = True
                        break
                if got:
                    break
            if not got:   # ``go worker(ch)``: a package function started on it
                got = any(ch.place == place and any(o.goroutine is not None and o.kind in (SEND, CLOSE) for o in ch.ops)
                          for ch in self.ctx.channels)
            self._fed[place] = got
        return got

    def _counted_receive(self, e) -> bool:
        """``drain(t, errCh, 2)`` of a package function that loops ``for n := 0; n < want; { ... }`` with
        the positive constant the call gives ``want``, and receives in every iteration (``n++`` at most
        once in it, after the receive), or stops the goroutine: it receives at least once before it returns."""
        def positive(arg: int) -> bool:
            value = e.consts[arg] if arg < len(e.consts) else None
            return isinstance(value, int) and not isinstance(value, bool) and value > 0
        return self._receive_loop(e, positive)

    def _counted_helpers(self, g, go: Node) -> set[int]:
        """Calls (CFG node ids) of package functions that receive once per turn of a loop ``for n := 0; n <
        count; n++`` over the parameter the call fills with the bound of the loop that starts ``go``
        (``for i := 0; i < workers; i++ { go work(done) }; wait(done, workers)``): like a counting loop
        of the function itself (:meth:`_counted_loops`), they wait once per goroutine started."""
        spawn = _spawn_loop(go)
        got = _zero_to(spawn) if spawn is not None else None
        if got is None or got[2] is None or syntax.text(got[2]) != got[0] + "++":
            return set()   # (one turn per count)
        bound = syntax.text(got[1])
        out = set()
        for n in g.nodes:
            if n.ast is None or syntax.inside(n.ast, spawn) or b"(" not in (n.ast.text or b""):
                continue
            for e in self.um.node_effects(g, n):
                if e.kind != "call" or getattr(e.callee, "key", None) is None:
                    continue
                args = syntax.call_args(e.node)
                skip = 1 if "." in e.callee.key else 0   # (a method's receiver comes first)
                if self._receive_loop(e, lambda i: 0 <= i - skip < len(args) and
                                      syntax.text(syntax.unparen(args[i - skip])) == bound, first=True):
                    out.add(n.id)
        return out

    def _receive_loop(self, e, accept, first: bool = False) -> bool:
        """Does the package function ``e`` calls loop, among its first statements, ``for n := 0; n <
        param; ...`` with ``accept(i)`` for the call's argument ``i`` of that parameter (its receiver
        first, for a method), and receive from a channel it is given in every turn (``n++`` once in the
        body, after the receive) — no return before the loop (with ``first``, no statement at all that
        closes a channel or starts a goroutine: whatever the function does with the channel comes after
        the receives)?"""
        key = getattr(e.callee, "key", None)
        um = self.ctx.pkg.decl_model(key) if key else None
        top = um.top if um is not None else None
        g = um.cfg(top) if top is not None else None
        if g is None:
            return False
        params = [v for v in um.scopes.vars if v.kind == "param" and v.func.id == top.node.id]
        method = top.node.type == "method_declaration"
        for st in syntax.stmt_list(syntax.func_body(top.node)):
            if st.type == "return_statement":
                return False
            if first and st.type != "for_statement" and (b"close(" in (st.text or b"") or st.type == "go_statement"):
                return False
            if st.type != "for_statement":
                continue
            got = _zero_to(st)
            if got is None:
                continue
            counter, bound, update = got
            idx = next((i for i, v in enumerate(params) if v.name == syntax.text(bound)), None)
            arg = idx + (1 if method else 0) if idx is not None else None
            if arg is None or not accept(arg):
                continue
            body = st.child_by_field_name("body")
            incs = [n for n in syntax.walk(body) if n.type == "inc_statement" and
                    syntax.text(n.named_children[0]) == counter] if body is not None else []
            if first and not incs and update is not None and update.type == "inc_statement" and \
                    syntax.text(update.named_children[0]) == counter and body is not None and \
                    not any(n.type == "assignment_statement" and syntax.text(n.child_by_field_name("left")) == counter
                            for n in syntax.walk(body)):
                pass   # ``for i := 0; i < n; i++ { <-done }``: one turn per count, the body receives in each
            elif len(incs) != 1 or any(a.type in ("for_statement", "func_literal") for a in syntax.ancestors(incs[0])
                                       if syntax.inside(a, body) and a.id != body.id):
                continue
            head = g.node_of(st)
            recvs = set()
            for n in g.nodes:
                for x in um.node_effects(g, n):
                    if x.kind == RECV and translate(x.place, e) is not None:   # (a channel it is given; in a
                        # select, the case receives, not the select)
                        c = g.node_of(x.select_case) if x.select_case is not None else n
                        recvs.add(c.id if c is not None else n.id)
            entry = next((s_ for s_, _ in head.succ if s_.kind == "body"), None) if head is not None else None
            if entry is None or entry.id in recvs:
                return entry is not None
            return not reaches(entry, head, recvs) and not reaches(entry, g.ret, recvs)
        return False

    def one_of(self, go1: Node, go2: Node) -> bool:
        """Does at most one of the two ``go`` statements of one function run, by a local bool flag that
        only ever becomes true: the earlier one follows ``flag = true`` in its block, outside any loop, and
        the later one is under ``if ... && !flag`` and follows ``flag = true`` in that ``if``
        (``written = true; go write()`` ... ``if expectContinue && !written { written = true; go write()
        }``), with no path from the later one back to the earlier?"""
        f = self.um.func_at(go1)
        if f is None or self.um.func_at(go2) is not f:
            return False
        g = self.um.cfg(f)
        a, b = (_cnode(g, go1), _cnode(g, go2)) if g is not None else (None, None)
        if a is None or b is None:
            return False
        if reaches(b, a):
            a, b, go1, go2 = b, a, go2, go1
            if reaches(b, a):
                return False
        if syntax.loops_between(go1, f.node):
            return False
        for flag in _set_before(go2):
            v = self.um.scopes.var(flag)
            start = syntax.unparen(v.value) if v is not None and v.value is not None else None
            if v is None or v.kind != "local" or v.addressed or (start is not None and start.type != "false") or \
                    (start is None and (v.type_node is None or syntax.text(v.type_node) != "bool")) or \
                    any(x is None or syntax.unparen(x).type != "true" for _n, x in v.assigns) or \
                    flag.text not in (x.text for x in _set_before(go1)):
                continue
            for anc in syntax.ancestors(go2, f.node):
                if anc.type == "if_statement" and syntax.inside(go2, anc.child_by_field_name("consequence")) and \
                        any(c.type == "unary_expression" and syntax.text(c).replace(" ", "") == "!" + flag.text.decode()
                            for c in syntax.operands(syntax.unparen(anc.child_by_field_name("condition")), "&&")):
                    return True
        return False

    def joined(self, go: Node, later: Node, waits_only: bool = False) -> bool:
        """Does every path from the ``go`` statement to ``later`` wait for something first?

        ``waits_only``: only ``.Wait()`` calls count (not receives, ranges, selects).
        """
        f = self.um.func_at(go)
        if f is not None and f.how == "go" and f.start is not None and self.um.func_at(later) is not None and \
                self.um.func_at(later).node.id != f.node.id and self.joined_before_exit(go, waits_only):
            # started by a goroutine that waits for it before it ends: joined when that goroutine is
            return self.joined(f.start, later, waits_only)
        it = _iteration_call(f.node) if f is not None and f.how == "value" else None
        if it is not None and self.um.func_at(later) is not None and self.um.func_at(later).node.id != f.node.id:
            # started in a callback of a synchronous iteration (``m.Range(func(k, v any) bool { wg.Add(1);
            # go ... })``): every such goroutine is started before the iterating call returns
            return self.joined(it, later, waits_only)
        calls = self.um.only_called(f.bound_to) if f is not None and f.how == "value" and it is None else ()
        if calls and self.um.func_at(later) is not None and self.um.func_at(later).node.id != f.node.id and \
                not syntax.inside(later, f.node):
            # started by a local func every use of which is a call (``run := func(fn func() error) { wg.Add(1);
            # go ... }``, then ``run(a); run(b); wg.Wait()``): joined when each of those calls is
            return all(self.joined(c, later, waits_only) for c in calls)
        lf = self.um.func_at(later)
        if f is not None and lf is not None and lf.node.id != f.node.id and deferred_by(lf.node, f.node):
            # ``defer func() { wg.Wait(); close(ch) }()``: the closure runs as the function returns, after every
            # ``go`` statement it ran; joined when the closure waits on every path before ``later``
            lg = self.um.cfg(lf)
            end = _cnode(lg, later) if lg is not None else None
            joins = (self._joins(lf) if not waits_only else self._waits(lf)) if end is not None else set()
            return end is not None and (end.id in joins or not reaches(lg.entry, end, joins))
        if f is None or lf is None or lf.node.id != f.node.id:
            return False
        g = self.um.cfg(f)
        if g is None:
            return False
        start = _cnode(g, go)
        end = _cnode(g, later)
        if start is None or end is None:
            return False
        joins = (self._joins(f) if not waits_only else self._waits(f)) | self._paired_waits(f, go)
        if end.id in joins and not syntax.inside(go, end.ast if end.ast is not None else go):
            return True   # ``later`` is itself in the joining statement (``v := <-ch``)
        cut = self._result_joins(f) if not waits_only else frozenset()
        if reaches(start, end, joins, cut):
            counted = joins | self._counted_loops(g, go, joins)
            if reaches(start, end, counted, cut):
                helpers = self._counted_helpers(g, go)
                if (not helpers or (end.id not in helpers and reaches(start, end, counted | helpers, cut))) and \
                        reaches_feasible(start, end, counted | helpers, cut, self.um.cond_key, self.um.flag_sets):
                    return False   # (``later`` in such a call: after its receives, as the helper starts with them;
                    #               a path only through branches that contradict each other is no path)
        bubble = self._bubble_waits(f)
        if bubble and reaches(start, end, joins - bubble, cut):
            return self._quiet_after(g, bubble, end, joins)   # some path is ordered by synctest.Wait alone
        return True

    def _bubble_waits(self, f: Func) -> set[int]:
        """CFG node ids of ``f`` that call ``synctest.Wait()``: every other goroutine of the bubble is
        durably blocked when it returns, and all they did happens before it returns."""
        key = ("bubble", f.node.id)
        got = self._reach.get(key)
        if got is None:
            got = set()
            g = self.um.cfg(f)
            if g is not None and b"synctest.Wait" in (f.node.text or b""):
                for n in g.nodes:
                    a = n.ast
                    call = a.named_children[0] if a is not None and a.type == "expression_statement" and \
                        a.named_children else None
                    if call is not None and call.type == "call_expression" and \
                            syntax.call_name(call) == ("synctest", "Wait"):
                        got.add(n.id)
            self._reach[key] = got
        return got

    def _quiet_after(self, g, bubble: set[int], end, joins: set[int]) -> bool:
        """From each ``synctest.Wait()`` to ``end`` (up to the next join), does the function do nothing
        that could wake a blocked goroutine of the bubble (a channel operation, a call other than
        ``t.Errorf``-style reports and side-effect-free helpers, a ``go`` statement)? A goroutine it
        woke could write again, unordered with ``end``."""
        by_id = {n.id: n for n in g.nodes}
        todo = [s for b in bubble for s, _ in by_id[b].succ]
        forward = set()
        while todo:   # what runs after a synctest.Wait() before the next join
            n = todo.pop()
            if n.id in forward or n.id == end.id or n.id in joins:
                continue
            forward.add(n.id)
            todo.extend(s for s, _ in n.succ)
        todo, seen = list(end.pred), set()
        while todo:   # ... on the way to ``end``
            n = todo.pop()
            if n.id in seen or n.id not in forward:
                continue
            seen.add(n.id)
            if n.ast is not None and n.kind in ("stmt", "cond", "go", "defer", "switch", "case") and \
                    _may_wake(n.ast, self._quiet_call):
                return False
            todo.extend(n.pred)
        return True

    def _quiet_call(self, call: Node) -> bool:
        """A call of a package function whose body wakes nothing itself (no channel operation, ``go``, or
        call other than quiet ones): a getter (``func (d *Def) GetName() string { if d == nil { return
        "" }; return d.name }``)."""
        pkg = self.ctx.pkg
        callee = self.um.callee(call)[0]
        key = getattr(callee, "key", None)
        node = pkg.decl_node(key) if pkg is not None and key else None
        body = node.child_by_field_name("body") if node is not None else None
        return body is not None and not _may_wake(body)

    def joined_through(self, go: Node, later: Node, waits: list[Node]) -> bool:
        """Does every path from the ``go`` statement to ``later`` pass one of ``waits`` (statements that
        wait for that goroutine: a receive of the value it sends last), or a loop that runs them once per
        goroutine the loop around ``go`` starts?"""
        f = self.um.func_at(go)
        g = self.um.cfg(f) if f is not None else None
        if g is None or self.um.func_at(later) is not f:
            return False
        start, end = _cnode(g, go), _cnode(g, later)
        avoid = {n.id for n in (_cnode(g, w) for w in waits) if n is not None}
        if start is None or end is None or not avoid:
            return False
        # (a loop that waits once per goroutine the spawning loop starts, ``for i := 0; i < n; i++ { <-done
        # }``, joins them all though it might, as written, run zero times)
        return not reaches(start, end, avoid | self._counted_loops(g, go, avoid))

    def joined_before_exit(self, go: Node, waits_only: bool = False) -> bool:
        """Does every path from the ``go`` statement to its function's normal return wait for something
        (with ``waits_only``, a ``.Wait()``)?"""
        f = self.um.func_at(go)
        g = self.um.cfg(f) if f is not None else None
        start = _cnode(g, go) if g is not None else None
        if start is None:
            return False
        joins = self._joins(f) if not waits_only else self._waits(f)
        joins = joins | self._paired_waits(f, go)
        cut = self._result_joins(f) if not waits_only else frozenset()
        return not reaches(start, g.ret, joins | self._counted_loops(g, go, joins), cut)

    def _result_joins(self, f: Func) -> frozenset[tuple[int, int]]:
        """Branches of ``f`` taken only once a goroutine was waited for, by what a package helper returned:
        ``if opWait(done, ctx) { return }`` where ``opWait`` returns false only after it received from
        ``done`` (``PackageModel.joins_when``), and ``done`` is what the function's goroutine closes or
        sends on: the edge into the code after the ``if`` (as (cond node id, successor id))."""
        got = self._cut.get(f.node.id)
        if got is not None:
            return got
        out = set()
        g = self.um.cfg(f)
        pkg = self.ctx.pkg
        for n in (g.nodes if g is not None and pkg is not None else ()):
            if n.kind != "cond" or n.ast is None:
                continue
            cond, neg = syntax.unparen(n.ast), False
            if cond.type == "unary_expression" and syntax.text(cond.child_by_field_name("operator")) == "!":
                cond, neg = syntax.unparen(cond.child_by_field_name("operand")), True
            if cond is None or cond.type != "call_expression":
                continue
            e = next((e for e in self.um.node_effects(g, n) if e.kind == "call" and e.node.id == cond.id), None)
            key = getattr(e.callee, "key", None) if e is not None else None
            fact = pkg.joins_when(key) if key else None
            args = syntax.call_args(cond) if fact is not None else []
            if fact is None or fact[0] >= len(args) or \
                    not self._fed_by_goroutine(self.um.place(syntax.unparen(args[fact[0]]))):
                continue
            taken = fact[1] != neg
            out.update((n.id, s.id) for s, br in n.succ if br is not None and br.value == taken)
        got = self._cut[f.node.id] = frozenset(out)
        return got

    def error_fails_callers(self, ret: Node) -> bool:
        """Is ``ret`` a ``return`` of an error (its last value not ``nil``) from an unexported package
        function whose every call in the package keeps that error and fails the test on it right away
        (``cs, ss, err := pair(false); if err != nil { t.Fatal(err) }``, ``require.NoError(b, err)``)? That
        path of the helper is a failed test: what it leaves behind is not the bug."""
        return self._callers_act_on_error(ret, _fails_on, module=False)

    def error_ends_process(self, ret: Node) -> bool:
        """Is ``ret`` a ``return`` of an error (its last value not ``nil``) from the declared function, whose
        every call ends the process on that error right away (``err := lvmnode.Start(...); if err != nil {
        klog.Fatalf(...) }``): in the package for an unexported function, across the module for an exported
        one only the module can call (calls in goroutine literals too)? What the path leaves behind (a mutex
        held) meets no one."""
        return self._callers_act_on_error(ret, _exits_on, module=True)

    def _callers_act_on_error(self, ret: Node, acts, module: bool) -> bool:
        """Is ``ret`` a ``return`` of a non-nil error from the declared function, and does every call of it
        keep that error and ``acts`` on it (``acts(next statement, the error's name)``) right after? The
        calls: the package's (PackageModel.calls_of) for an unexported function; with ``module``, for an
        exported package function, the module's (PackageModel.module_callers)."""
        um, pkg = self.um, self.ctx.pkg
        vals = syntax.return_values(ret)
        fn = syntax.enclosing_func(ret)
        if not vals or syntax.text(vals[-1]) == "nil" or fn is None or um.top is None or fn.id != um.top.node.id or \
                not um.key or pkg is None:
            return False
        types = syntax.result_types(fn)
        if not types or syntax.text(types[-1]) != "error" or len(types) != len(vals):
            return False
        name = um.key.rsplit(".", 1)[-1]
        if name[:1].islower():
            calls = pkg.calls_of(um.key)
            sites = [(owner, call) for _ck, _node, call, owner in calls or ()]
        elif module and fn.type == "function_declaration":
            decls = pkg.module_callers(name, literals=True)
            sites = []
            for decl in decls or ():
                found = [c for c in syntax.walk(decl) if c.type == "call_expression" and syntax.call_name(c)[1] == name]
                if not found:
                    return False
                sites += [(next((a for a in syntax.ancestors(c) if a.type in syntax.FUNC_TYPES), decl), c)
                          for c in found]
        else:
            return False
        if not sites:
            return False
        for owner, call in sites:
            kept = _kept_result(owner, call, len(types) - 1) if owner is not None else None
            if kept is None or not kept[0] or not acts(kept[0][0], kept[1]):
                return False
        return True

    def stranded_by(self, go: Node, at: Node) -> "Stranded | None":
        """If the goroutine literal started by ``go`` ended at ``at`` (``runtime.Goexit``, which a failed
        ``t.FailNow`` calls: its deferred calls run, nothing else does), would the function that started it
        wait forever? Yes when, on a path after the ``go``, that function waits without an alternative
        (``<-done``, ``for range ch``, ``wg.Wait()``, also deferred) on a channel or WaitGroup that the
        goroutine signals only with a statement still to come at ``at`` (``close(done)``, ``ch <- v``,
        ``wg.Done()`` after it in the text and not on every path to it), not deferred. A wait in a select
        with another case that something else can satisfy (a timeout, ``ctx.Done()``) ends by itself; one
        whose every case waits for such a skipped signal does not."""
        um = self.um
        fg = um.func_at(at)
        spawner = um.func_at(go)
        if fg is None or fg.how != "go" or fg.start is None or fg.start.id != go.id or spawner is None:
            return None
        gg, sg = um.cfg(fg), um.cfg(spawner)
        sn = _cnode(gg, at) if gg is not None else None
        gn = _cnode(sg, go) if sg is not None else None
        if sn is None or gn is None:
            return None
        deferred: set[Place] = set()
        later: dict[Place, dict[str, Node]] = {}   # place -> the first signal of each kind still to come
        for n in gg.nodes:
            effs = um.node_effects(gg, n)
            if n.kind == "defer":
                deferred.update(x.place for x in self._run_effects(effs) if x.kind in (SEND, CLOSE, DONE) and
                                x.place is not None)
                continue
            for e in effs:
                if e.kind not in (SEND, CLOSE, DONE) or e.place is None or e.kind in later.get(e.place, ()):
                    continue
                # still to come when the check fails: after it in the text, and not on every path to it
                # (``if err != nil { t.Fatal(err) }; ch <- v``: the CFG ends the goroutine at the Fatal)
                if e.node.start_byte >= at.end_byte and (n.id == sn.id or reaches(gg.entry, sn, {n.id})):
                    later.setdefault(e.place, {})[e.kind] = e.node
        later = {p: s for p, s in later.items() if p not in deferred}
        if not later:
            return None
        for n in sg.nodes:
            effs = um.node_effects(sg, n)
            if n.kind == "defer":
                effs = list(self._run_effects(effs))   # (runs at the function's exit: after the go)
            elif n.id == gn.id or not reaches(gn, n):
                continue
            for e in effs:
                kinds = later.get(e.place, {}) if e.place is not None else {}
                # (a range waits for the close; a receive for a send or the close; a Wait for a Done)
                signal = kinds.get(DONE) if e.kind == WAIT else kinds.get(CLOSE) if e.kind == RANGE else \
                    kinds.get(SEND) or kinds.get(CLOSE) if e.kind == RECV else None
                if signal is None:
                    continue
                case = e.select_case
                if case is not None and case.parent is not None and any(
                        c.id != case.id and not self._waits_on(sg, c, later)
                        for c in case.parent.named_children if c.type in ("communication_case", "default_case")):
                    continue   # a select with a way out (a timeout, ``ctx.Done()``, another goroutine's result)
                return Stranded(e.node, signal, e.place, all(x.terminal for x, _ in sn.succ))
        return None

    def _waits_on(self, g, case: Node, later: dict) -> bool:
        """Is the select ``case`` (a CFG node of ``g``) a receive only the goroutine's skipped signals
        (``later``) would satisfy (``case err := <-errc:`` beside ``case v := <-res:``, both sent after the
        check)?"""
        n = g.node_of(case)
        effs = self.um.node_effects(g, n) if n is not None else ()
        return any(e.kind == RECV and e.place is not None and (later.get(e.place, {}).keys() & {SEND, CLOSE})
                   for e in effs)

    def _run_effects(self, effs):
        """The effects a deferred call runs: those of its call, and of a literal it runs
        (``defer func() { wg.Done() }()``), one level."""
        for e in effs:
            for x in (e.inner or (e,)):
                yield x
                lit = x.callee.literal if x.kind == "call" and x.callee is not None else None
                f = self.um.func_of_node.get(lit) if lit is not None else None
                g = self.um.cfg(f) if f is not None else None
                for n in (g.nodes if g is not None else ()):
                    yield from self.um.node_effects(g, n)

    def joined_by_callers(self, go: Node) -> bool:
        """Is the goroutine of ``go`` (a literal started by the declared function itself, a helper) joined by
        every caller through a channel the helper makes and returns, which the goroutine sends on or
        closes: each call's result is received from (``step, resp := testServer(t); step(); <-resp``)
        before anything that can leave the caller (a ``return``, a stop of the test)? The helper's callers
        then wait for the goroutine, as a receive in the function itself would."""
        um = self.um
        f = um.func_at(go)
        lit = syntax.go_literal(go)
        pkg = self.ctx.pkg
        if f is None or f is not um.top or lit is None or um.key is None or pkg is None:
            return False
        signals = set()
        for n in syntax.walk(lit):
            if n.type == "send_statement":
                c = syntax.unparen(n.child_by_field_name("channel"))
            elif n.type == "call_expression" and syntax.call_name(n) == ("", "close") and syntax.call_args(n):
                c = syntax.unparen(syntax.call_args(n)[0])
            else:
                continue
            if c is not None and c.type == "identifier":
                signals.add(syntax.text(c))
        # a returned stop function that joins it: ``func() { srv.Shutdown(ctx); wg.Wait() }`` where the
        # goroutine calls ``wg.Done()``, or one that receives from a channel it sends on or closes
        dones = {m.group(1) for m in re.finditer(r"\b([A-Za-z_]\w*)\.Done\(\)", syntax.text(lit))}
        joins = {f"{w}.Wait()" for w in dones}
        joins |= {f"<-{c}" for c in signals}
        # a WaitGroup it returns, that the goroutine says Done on after every report (``wg.Done()`` last, or
        # deferred): a caller's ``wg.Wait()`` returns only after them (or never, when it leaves without Done)
        waited = {w for w in dones if self._done_after_reports(lit, w)}
        body = syntax.func_body(um.unit)
        rets = [r for r in syntax.walk(body, skip_funcs=True) if r.type == "return_statement"] if body else []
        index = None
        how = None   # "recv" a channel, "call" a stop function, "wait" a WaitGroup
        for r in rets:
            vals = syntax.return_values(r)
            got = {(i, "recv") for i, v in enumerate(vals) if syntax.text(v) in signals} | \
                {(i, "call") for i, v in enumerate(vals) if _joining_literal(v, joins)} | \
                {(i, "wait") for i, v in enumerate(vals) if syntax.text(v) in waited}
            if len(got) != 1 or (index is not None and got != {(index, how)}):
                return False
            index, how = next(iter(got))
        if index is None:
            return False
        name = um.key.rsplit(".", 1)[-1]
        calls = pkg.calls_of(um.key) if pkg.callers(name) else None
        if not calls:
            return False
        after = {"call": _calls_result_after, "recv": _receives_result_after, "wait": _waits_result_after}[how]
        return all(owner is not None and after(owner, call, index) for _ck, _node, call, owner in calls)

    @staticmethod
    def _done_after_reports(lit: Node, wg: str) -> bool:
        """Does the goroutine literal ``lit`` call ``wg.Done()`` only deferred or after every report of its
        own (``t.Error``, ``t.Errorf``, ``t.Log``... of a testing value: what a late run would do after the
        test returned)?"""
        done = [c for c in syntax.walk(lit, skip_funcs=True) if c.type == "call_expression" and
                syntax.text(c.child_by_field_name("function")) == f"{wg}.Done"]
        reports = [c for c in syntax.walk(lit, skip_funcs=True) if c.type == "call_expression" and
                   _REPORT_CALL.fullmatch(syntax.text(c.child_by_field_name("function")) or "")]
        last = max((r.start_byte for r in reports), default=-1)

        def last_act(c: Node) -> bool:   # after it, the goroutine ends: no later turn of a loop reports again
            st = syntax.stmt_of(c)
            nxt = st.next_named_sibling if st is not None else None
            return (nxt is not None and nxt.type == "return_statement") or \
                not any(a.type == "for_statement" for a in syntax.ancestors(c, lit))
        return bool(done) and all((c.parent is not None and c.parent.type == "defer_statement") or
                                  (c.start_byte > last and last_act(c)) for c in done)

    def _paired_waits(self, f: Func, go: Node) -> set[int]:
        """``x.Wait()`` (or ``x.Finish()``, a throttle's) on a value of a type goleash cannot see (a tomb)
        where the goroutine of ``go`` calls ``x.Done()`` (``defer tb.Done()``): that Wait returns once the
        goroutine said it is done. (Not any unseen ``Wait``: ``cmd.Wait()`` waits for a process, not for
        the goroutines beside it.)"""
        got = self._paired.get((f.node.id, go.id))
        if got is None:
            got = self._paired[(f.node.id, go.id)] = self._compute_paired_waits(f, go)
        return got

    def _compute_paired_waits(self, f: Func, go: Node) -> set[int]:
        lit = syntax.go_literal(go)
        if lit is None:
            return set()
        out = self._exit_sends(f, go, lit)
        done = {syntax.text(c.child_by_field_name("function").child_by_field_name("operand"))
                for c in syntax.walk(lit) if c.type == "call_expression" and
                c.child_by_field_name("function") is not None and
                c.child_by_field_name("function").type == "selector_expression" and _text_name(c) == "Done"}
        if not done:
            return out
        g = self.um.cfg(f)
        for n in (g.nodes if g is not None else ()):
            for e in self.um.node_effects(g, n):
                fn = e.node.child_by_field_name("function") if e.node.type == "call_expression" else None
                if e.kind == "pass" and _paired_join(_text_name(e.node)) and fn is not None and \
                        fn.type == "selector_expression" and syntax.text(fn.child_by_field_name("operand")) in done:
                    out.add(n.id)
        return out

    def _exit_sends(self, f: Func, go: Node, lit: Node) -> set[int]:
        """Sends of ``f`` (outside the goroutine) that complete only once the goroutine of ``go`` is done:
        ``quit <- struct{}{}`` on a local unbuffered channel (``quit := make(chan struct{})``) that only that
        goroutine receives from, each receive leading straight to its end (``case <-quit: ticker.Stop();
        return``, or ``<-quit`` as its last statement) with no write, send, report or deferred function on
        the way. A receive of an unbuffered channel is synchronized before the send completes: everything
        the goroutine did comes before what follows the send."""
        if b"<-" not in (lit.text or b"") or b"make(chan" not in (f.node.text or b""):
            return set()
        g = self.um.cfg(f)
        if g is None or any(d.type == "defer_statement" for d in syntax.walk(lit, skip_funcs=True)):
            return set()
        out = set()
        for n in g.nodes:
            a = n.ast
            if a is None or a.type != "send_statement" or syntax.inside(a, lit):
                continue
            ch = syntax.unparen(a.child_by_field_name("channel"))
            v = self.um.scopes.var(ch) if ch is not None and ch.type == "identifier" else None
            if v is None or v.kind != "local" or v.assigned or v.addressed or not _unbuffered_make(v.value) or \
                    syntax.inside(v.ident, lit):
                continue
            recvs = [r for r in v.refs if syntax.inside(r, lit)]
            others = [r for r in v.refs if not syntax.inside(r, lit)]
            sent = {" ".join(syntax.text(syntax.stmt_of(r).child_by_field_name("value")).split())
                    for r in others if _sent_on(r)}
            if not recvs or not all(_sent_on(r) for r in others) or \
                    not all(_receive_then_exit(r, lit, sent) for r in recvs):
                continue
            out.add(n.id)
        return out

    def _counted_loops(self, g, go: Node, joins: set[int]) -> set[int]:
        """Heads of loops that run as often as the loop that starts ``go`` (the same ``for`` clause,
        ``for i := 0; i < n; i++``; ``go`` the only goroutine it starts) and wait in every iteration:
        waiting once per goroutine joins them all, so such a loop is a join even though, as written, it
        might run zero times. A loop that starts ``k`` goroutines in every turn (``go store(...); go
        del(...)``, statements of its body) is matched by a loop that runs ``k`` times as often (``for range
        2 * numWorkers``)."""
        spawn, k = _spawn_loop(go), 1
        if spawn is None:
            spawn, k = _spawn_loop_each(go)
        clause = syntax.loop_clause(spawn)
        if clause is None:
            return set()
        out = set()
        for n in g.nodes:
            if n.kind not in ("cond", "range") or n.ast is None or n.ast.type != "for_statement" or \
                    n.ast.id == spawn.id or syntax.inside(go, n.ast):
                continue
            if (syntax.loop_clause(n.ast) != clause) if k == 1 else not _runs_times(n.ast, spawn, k):
                continue
            body = next((s for s, _ in n.succ if s.kind == "body"), None)
            if body is not None and not reaches(body, n, joins):
                out.add(n.id)
        return out

    def _waits(self, f: Func) -> set[int]:
        """The nodes that call ``Wait``: of a WaitGroup, of a package type, or of a group of another
        package that the function starts goroutines with (``eg.Go(...)`` then ``eg.Wait()``); also the
        receives of a channel a goroutine of the function closes as its last act right after a ``Wait``
        (``go func() { wg.Wait(); close(done) }()``, then ``<-done`` or a select case on it): a relayed Wait."""
        g = self.um.cfg(f)
        out = set(self._relayed_waits(f))
        groups = None
        for n in (g.nodes if g is not None else ()):
            for e in self.um.node_effects(g, n):
                if e.kind == WAIT or (e.kind == "call" and _text_name(e.node) == "Wait"):
                    out.add(n.id)
                elif e.kind == PASS and _text_name(e.node) == "Wait":
                    if groups is None:
                        groups = {syntax.text(c.child_by_field_name("function").child_by_field_name("operand"))
                                  for c in syntax.walk(f.node) if c.type == "call_expression" and
                                  _text_name(c) == "Go"}
                    fn = e.node.child_by_field_name("function")
                    if syntax.text(fn.child_by_field_name("operand")) in groups:
                        out.add(n.id)
        return out

    def _relayed_waits(self, f: Func) -> set[int]:
        """The nodes of ``f`` that receive from a channel one of its goroutine literals closes as its last
        act after waiting (``go func() { wg.Wait(); close(done) }()``; every statement before the close a
        ``Wait()`` call): the receive completes only once that Wait returned."""
        key = ("relay", f.node.id)
        got = self._reach.get(key)
        if got is not None:
            return got
        got = set()
        relayed = set()
        for lit in f.literals:
            if lit.how != "go":
                continue
            chan = _closed_last(lit.node)
            body = syntax.func_body(lit.node)
            if chan is None or body is None:
                continue
            before = [st for st in syntax.stmt_list(body) if st.type != "defer_statement" and
                      " ".join(syntax.text(st).split()) != f"close({chan})"]
            if before and all(st.type == "expression_statement" and st.named_children and
                              st.named_children[0].type == "call_expression" and
                              _text_name(st.named_children[0]) == "Wait" for st in before):
                relayed.add(chan)
        g = self.um.cfg(f) if relayed else None
        for n in (g.nodes if g is not None else ()):
            for e in self.um.node_effects(g, n):
                if e.kind == RECV and e.place is not None and self.um.spell(e.place) in relayed:
                    got.add(n.id)
        self._reach[key] = got
        return got

    def signal_orders(self, first: Func, second: Func, nodes_first: list[Node], nodes_second: list[Node]) -> bool:
        """Do two goroutine literals of this function reach ``nodes_first`` and ``nodes_second`` (their
        writes of one field) in an order a channel fixes: one closes a channel as its last act (``close(
        rop.done)`` as the last statement of its body, with no ``return`` before it, or ``defer
        close(rop.done)``) after its nodes, and the other receives from it (``<-rop.done``, a statement of
        its body) before its nodes, the channel closed nowhere else in the package and never sent on — or
        ranges over it to its close (``for res := range ch``, no ``break`` out of it: a local closed once,
        the closer's nodes its own, not in a function it hands on) before its nodes, after that loop? The
        close happens before the receive completes (or the range ends): the first's nodes before the
        second's."""
        for closer, receiver, before, after in ((first, second, nodes_first, nodes_second),
                                                (second, first, nodes_second, nodes_first)):
            chan = _closed_last(closer.node)
            if chan is None or not all(syntax.inside(n, closer.node) for n in before):
                continue
            body = syntax.func_body(receiver.node)
            recv = next((st for st in syntax.stmt_list(body) if st.type == "expression_statement" and
                         " ".join(syntax.text(st).split()) == f"<-{chan}"), None) if body is not None else None
            ranged = False
            if recv is None and body is not None:
                # ``for res := range ch { ... }`` left by no ``break``: it ends only once ``ch`` is closed (a
                # ``return`` in it leaves the goroutine, past nothing after the loop); sends do not end it
                recv = next((st for st in syntax.stmt_list(body) if _ranges_to_close(st, chan)), None)
                ranged = recv is not None and all(self.um.func_at(n) is closer for n in before)
            if recv is None or (recv.type == "for_statement" and not ranged) or \
                    any(n.start_byte < recv.end_byte or not syntax.inside(n, receiver.node) for n in after):
                continue
            root = chan.split(".", 1)[0]
            v = next((x for x in self.um.scopes.vars if x.name == root and x.kind == "local" and
                      syntax.inside(x.ident, self.unit) and not syntax.inside(x.ident, closer.node) and
                      not syntax.inside(x.ident, receiver.node)), None)
            if v is None or v.assigned:
                continue
            if "." not in chan:   # a local channel: closed once and (but for a range) never sent on, here
                text = syntax.text(self.unit)
                if len(re.findall(rf"close\(\s*{re.escape(chan)}\s*\)", text)) == 1 and \
                        (ranged or not re.search(rf"(?<![\w.]){re.escape(chan)}\s*<-", text)):
                    return True
                continue
            operand = recv.named_children[0].child_by_field_name("operand") if recv.named_children else None
            place = self.um.place(operand) if operand is not None else None
            name = self.um.abstract_place(place) if place is not None else None
            pkg = self.ctx.pkg
            if name is None or pkg is None or not pkg.is_chan_name(name):
                continue
            index = pkg.chan_index()   # (the field of that type, wherever the package touches it)
            if not index.escapes(name) and not index.of(name, SEND) and \
                    sum(1 for c in index.of(name, CLOSE)
                        if c.at.func == self.ctx.func_key or not _own_local(pkg, c.at)) == 1:
                return True
        return False

    def joined_in_loop(self, go: Node, loop: Node) -> bool:
        """Does each iteration of ``loop`` wait (or leave the loop) after starting ``go``?

        True when every path from the ``go`` statement back to the loop's head passes a join, or a
        ``continue`` that follows a reported test failure; or every path from the head on to the ``go``
        passes a receive from a channel that goroutine sends on or closes (``for { select { case err =
        <-done: ...; go run(done) } }`` starts the next goroutine only after the last one's report).
        """
        f = self.um.func_at(go)
        g = self.um.cfg(f) if f is not None else None
        if g is None:
            return False
        start = _cnode(g, go)
        head = g.node_of(loop)
        if start is None or head is None:
            return False
        joins = self._joins(f)
        # a path that has reported a test failure first (``if !assert.Equal(...) { continue }``) is not
        # one that strands the loop's goroutine: the test has failed there already
        failed = {n.id for n in g.nodes if n.ast is not None and n.ast.type in ("continue_statement", "goto_statement")
                  and syntax.after_failure(n.ast, f.node)}
        if not reaches(start, head, joins | failed | self._counted_loops(g, go, joins)):
            return True
        theirs = {ch.place for ch in self.ctx.channels.by_place.values()
                  if any(o.goroutine is not None and o.goroutine.id == go.id for o in ch.sends + ch.closes)}
        for _f, n, x in self.um.go_calls():   # ``go c.run(1)``: what the package function sends on or closes
            got = self.ctx.effects.summary_of(x.callee) if n.ast is not None and n.ast.id == go.id else None
            theirs |= {translate(p, x) for p, u in (got.uses.items() if got is not None else ())
                       if u.some & {SEND, CLOSE}} - {None}
        theirs = {p for p in theirs if self._filled_only_by(p, loop)}
        if not theirs:
            return False
        reports = {n.id for n in g.nodes if any(e.kind in (RECV, RANGE) and e.place in theirs
                                                 for e in self.um.node_effects(g, n))}
        return bool(reports) and not reaches(head, start, reports | failed)

    def _filled_only_by(self, place, loop: Node) -> bool:
        """Is every send on (and close of) the channel at ``place`` made by goroutines that ``loop`` starts
        (literals in it, or the package functions its ``go`` statements call)? Then a receive from it
        waits for one of them; a channel someone else fills (a pool of tokens sent up front) does not."""
        um = self.um
        ch = self.ctx.channels.by_place.get(place)
        if ch is not None and any(o.goroutine is None or not syntax.inside(o.goroutine, loop)
                                  for o in ch.sends + ch.closes if o.via is None):
            return False
        name = um.abstract_place(place) if not place.is_local else None
        if name is None:
            return ch is not None and ch.local
        started = {x.callee.key for _f, n, x in um.go_calls()
                   if n.ast is not None and syntax.inside(n.ast, loop) and x.callee is not None and x.callee.key}
        index = self.ctx.pkg.chan_index() if self.ctx.pkg is not None else None
        if index is None or index.escapes(name):
            return False
        facts = index.of(name, "send") + index.of(name, "close")
        return bool(facts) and all(f.at.func in started or (f.at.func == self.ctx.func_key and f.in_goroutine)
                                   for f in facts)

    def mutex_in_scope(self, node: Node) -> str | None:
        """Name of a ``sync.Mutex`` local variable declared before ``node`` in an enclosing scope."""
        for v in self.um.scopes.vars:
            if v.kind != "local" or v.type_node is None or syntax.text(v.type_node) not in ("sync.Mutex",
                                                                                           "sync.RWMutex"):
                continue
            scope = v.stmt.parent
            if v.stmt.end_byte <= node.start_byte and scope is not None and syntax.inside(node, scope):
                return v.name
        return None

    # ------------------------------------------------------------ conflicts
    def conflicts(self, v: Var, kinds: frozenset[str], contents: bool = False) -> list[Conflict]:
        """Unguarded writes (of ``kinds``) of ``v`` in goroutines, each with the access it races with.
        ``contents``: the writes are of what ``v`` refers to (a map's entries), so the function handing the
        value itself back (``return pr, m``) does not touch them.

        One per (variable, go statement): the first unguarded write. A write
        races when the goroutine is started in a loop that does not wait for
        it (its other instances write too), when the starting function touches
        the variable after the ``go`` without waiting first (or returns, for a
        named result), or when another goroutine started alongside writes it.
        """
        if any(a.kind in (ATOMIC, ADDR) for a in v.accesses):
            return []  # atomics (GL504) or a pointer handed out: synchronised elsewhere
        out: list[Conflict] = []
        seen: set[int] = set()
        for w in v.accesses:
            g = w.runner
            if w.kind not in kinds or g is None or g.id in seen or self.locked(w.ident) or \
                    w.func != syntax.go_literal(g):  # a closure made in the goroutine runs who knows when
                continue
            if not self.um.reachable(g):
                continue   # after an unconditional return or t.Skip: never started
            if self._after_endless_serve(w, g):
                continue   # never runs
            c = self._conflict(v, w, g, contents)
            if c is not None:
                seen.add(g.id)
                out.append(c)
        return out

    def once_gate(self, node: Node) -> str | None:
        """The flag of a once-gate that ``node`` runs under: ``if atomic.SwapUint32(&done, 1) == 0``,
        ``atomic.CompareAndSwapInt32(&done, 0, 1)``, ``done.CompareAndSwap(false, true)``,
        ``!done.Swap(true)`` (also as one conjunct of an ``&&``), with nothing in the declaration setting
        the flag back: one goroutine at most gets through."""
        cur = node
        while cur is not None and cur.type not in syntax.FUNC_TYPES:
            parent = cur.parent
            if parent is not None and parent.type == "if_statement":
                cons = parent.child_by_field_name("consequence")
                if cons is not None and cons.id == cur.id:
                    cond = " ".join(syntax.text(parent.child_by_field_name("condition")).split())
                    for part in cond.split("&&"):
                        part = part.strip()
                        m = _ONCE_GATE.fullmatch(part) or _ONCE_GATE.fullmatch(part.strip("()").strip())
                        flag = m and next(x for x in m.groups() if x)
                        if flag and not re.search(rf"(?:&{re.escape(flag)}\b[^)]*\)|\b{re.escape(flag)}\.Store\(|"
                                                  rf"\b{re.escape(flag)}\s*=[^=])", self._unit_text_without_gates(flag)):
                            return flag
            cur = parent
        return None

    def _unit_text_without_gates(self, flag: str) -> str:
        """The declaration's text with its once-gate tests on ``flag`` (and the flag's declaration) left
        out: what remains must not store to the flag."""
        text = " ".join(syntax.text(self.unit).split())
        text = _ONCE_GATE.sub("", text)
        return re.sub(rf"\b(?:var\s+)?{re.escape(flag)}\s+(?:u?int(?:32|64)|atomic\.\w+)\b", "", text)

    def _conflict(self, v: Var, w: Access, g: Node, contents: bool = False) -> Conflict | None:
        fn = self.um.func_at(g)
        fn_node = fn.node if fn is not None else self.unit
        gate = self.once_gate(w.ident)
        loops = [l for l in reversed(self.um.loops(g)) if not syntax.inside(v.decl, l)]
        if loops and not self.joined_in_loop(g, loops[0]) and gate is None and \
                not self.one_turn_node(w.ident, g, loops[0]) and not (len(loops) == 1 and self.one_turn_go(g, loops[0])) \
                and not self.ctx.channels.serialised(g):   # (a one-slot semaphore: one goroutine at a time)
            return Conflict(w, "loop", loops[0])
        parent = self._runner(g)
        for a in v.accesses:
            if a.kind == DEREF:
                continue
            if contents and _returned_value(a.ident):
                continue   # (the reference handed back to the caller: not an access of what it refers to)
            if a.runner == parent and a.func == fn_node and a.ident.start_byte > g.end_byte and \
                    not self._other_branch(v, g, a.ident) and \
                    not self.joined(g, a.ident) and not self.locked(a.ident) and not self.gated(w, g, a.ident) and \
                    not self.ctx.listeners.serve_ends_after(w.ident, syntax.go_literal(g), a.ident) and \
                    not self._after_run_loop(w, g, a.ident):
                return Conflict(w, "parent", a.ident)
        if v.is_result and v.sv is not None and v.sv.func.id == fn_node.id:
            for r in self.ctx.nodes("return"):
                rf = self.um.func_at(r)
                if rf is not None and rf.node.id == fn_node.id and r.start_byte > g.end_byte and \
                        not self.joined(g, r):
                    return Conflict(w, "return", r)
        lit = syntax.go_literal(g)
        for a in v.accesses:
            g2 = a.runner
            if g2 is None or g2.id == g.id or not a.write or self.locked(a.ident):
                continue
            f2 = self.um.func_at(g2)
            if f2 is None or f2.node.id != fn_node.id or syntax.inside(g2, lit) or \
                    syntax.inside(g, syntax.go_literal(g2)):
                continue
            first, second = sorted((g, g2), key=lambda n: n.start_byte)
            if self.joined(first, second) or self._synchronises(lit) or self._synchronises(syntax.go_literal(g2)):
                continue
            if gate is not None and self.once_gate(a.ident) == gate:
                continue   # both behind one once-gate: one of them writes
            return Conflict(w, "goroutine", a.ident)
        return None

    def _other_branch(self, v: Var, g: Node, node: Node) -> bool:
        """Are the ``go`` statement ``g`` and ``node`` in the two branches of one ``if`` (the goroutine
        started in its then-branch, ``node`` in its else-branch, or the other way), with no loop between
        that ``if`` and the declaration of ``v`` (``err := add(id)`` in the loop's body, then ``if err !=
        nil { go retry() } else { err = other() }``)? One run of the ``if`` takes one branch, and every
        run has its own ``v``."""
        for st in syntax.ancestors(g):
            if st.type != "if_statement":
                if st.type in syntax.FUNC_TYPES:
                    return False
                continue
            cons, alt = st.child_by_field_name("consequence"), st.child_by_field_name("alternative")
            if cons is None or alt is None:
                continue
            if (syntax.inside(g, cons) and syntax.inside(node, alt)) or (syntax.inside(g, alt) and syntax.inside(node, cons)):
                return not [l for l in self.um.loops(st) if not syntax.inside(v.decl, l)]
        return False

    def one_turn_go(self, g: Node, loop: Node) -> bool:
        """Does ``loop`` start the goroutine of ``g`` in one turn at most: the ``go`` runs only under ``if
        i == k`` (a conjunct of the condition), ``i`` the loop's own index (``for i := range xs``, ``for i
        := 0; i < n; i++``, not assigned in the body) and ``k`` the same in every turn (a literal, or a name
        the body does not assign)? Each turn has its own ``i``: one of them at most passes the test. Or a
        flag gates it (:meth:`_flag_gated`)."""
        body = loop.child_by_field_name("body")
        if self._flag_gated(g, loop) or _single_turn(loop):
            return True
        clause = next((c for c in loop.named_children if c.type in ("for_clause", "range_clause")), None)
        counter = None
        if clause is not None and clause.type == "range_clause":
            left = clause.child_by_field_name("left")
            first = left.named_children[0] if left is not None and left.named_children else None
            counter = syntax.text(first) if first is not None and first.type == "identifier" else None
        elif clause is not None:
            got = syntax.counting_loop(clause)
            counter = got[0] if got is not None else None
        if counter in (None, "_") or body is None:
            return False
        assigned = _assigned_in(body)
        if counter in assigned:
            return False
        for c, _then in syntax.guards(g, body):
            if c is None or c.type != "binary_expression" or syntax.text(c.child_by_field_name("operator")) != "==":
                continue
            sides = [syntax.unparen(c.child_by_field_name("left")), syntax.unparen(c.child_by_field_name("right"))]
            texts = [syntax.text(x) for x in sides]
            if counter in texts:
                other = sides[1 - texts.index(counter)]
                if other is not None and (other.type == "int_literal" or (
                        other.type == "identifier" and syntax.text(other) not in assigned | {counter})):
                    return True
        return False

    def _flag_gated(self, g: Node, loop: Node) -> bool:
        """Does ``loop`` run the ``go`` statement ``g`` in one turn at most because a flag gates it (see
        :meth:`_set_flags`), the flag a variable declared outside the loop, or a field of one the loop does
        not assign (``!s.freezed``), which nothing in the package assigns anything but true?"""
        for flag, root, v in self._set_flags(g, loop):
            if syntax.inside(v.ident, loop) or (root is not flag and any(syntax.inside(x, loop) for x, _ in v.assigns)):
                continue   # (a field's value: the same one in every turn)
            if flag.type == "identifier" or self._never_cleared(flag):
                return True
        return False

    def once_per_value(self, g: Node, loop: Node) -> Place | None:
        """The value (``s``) on which the ``go`` statement ``g`` starts its goroutine once at most, in any turn
        of ``loop``: it runs under ``if !s.freezed`` having set ``s.freezed = true`` (see :meth:`_set_flags`),
        a field nothing in the package assigns anything but true: the flag stays set on that value."""
        for flag, _root, _v in self._set_flags(g, loop):
            if flag.type == "selector_expression" and self._never_cleared(flag):
                return self.um.place(flag.child_by_field_name("operand"))
        return None

    def _never_cleared(self, flag: Node) -> bool:
        return self.ctx.pkg is not None and self.ctx.pkg.only_set_true(syntax.text(flag.child_by_field_name("field")))

    def _set_flags(self, g: Node, loop: Node):
        """The flags that gate ``g`` within ``loop``: ``g`` under ``if !done`` (a conjunct of the condition),
        ``done = true`` set by a statement before ``g`` on its way in (in its block or an enclosing one, inside
        that ``if``), and nothing but ``true`` assigned to it in the loop: (the flag, the variable at its
        root's node, that Var)."""
        body = loop.child_by_field_name("body")
        if body is None:
            return
        for c, then in syntax.guards(g, body):
            if c is None or c.type != "unary_expression" or not syntax.text(c).startswith("!"):
                continue
            flag = syntax.unparen(c.child_by_field_name("operand"))
            root = flag
            while root is not None and root.type == "selector_expression":
                root = syntax.unparen(root.child_by_field_name("operand"))
            v = self.um.scopes.var(root) if root is not None and root.type == "identifier" else None
            if v is None:
                continue
            sets = [n for n in syntax.walk(body) if n.type == "assignment_statement" and
                    syntax.text(n.child_by_field_name("left")) == syntax.text(flag)]
            if any(syntax.text(n.child_by_field_name("right")) != "true" for n in sets):
                continue
            if any(n.end_byte <= g.start_byte and syntax.inside(n, then) and n.parent is not None and
                   syntax.inside(g, n.parent) for n in sets):
                yield flag, root, v

    def one_turn_node(self, node: Node, g: Node, loop: Node) -> bool:
        """Does ``node`` of the goroutine run in one turn's goroutine only: under ``if id == 0`` or ``if k ==
        "vsan"`` (a conjunct of its condition, a literal on the other side), ``id`` a parameter of the
        goroutine's literal that the ``go`` statement gives the loop's own counter (``for i := 0; i < n; i++
        { go func(id int) {...}(i) }``) or key (``for k, res := range kinds { go func(k string) {...}(k) }``:
        a map's keys and a slice's indexes are distinct), not assigned in the body? Every goroutine of the
        loop has its own value, and one at most passes the test."""
        lit = syntax.go_literal(g)
        call = g.named_children[0] if g.named_children else None
        clause = next((c for c in loop.named_children if c.type in ("for_clause", "range_clause")), None)
        counter = None
        if clause is not None and clause.type == "range_clause":
            left = clause.child_by_field_name("left")
            names = left.named_children if left is not None else []
            if len(names) == 2 and names[0].type == "identifier":   # (one name may be a channel's values)
                counter = syntax.text(names[0])
        else:
            got = syntax.counting_loop(clause)
            counter = got[0] if got is not None else None
        params = [n for n, _t in syntax.params(lit)] if lit is not None else []
        args = syntax.call_args(call) if call is not None and call.type == "call_expression" else []
        body = loop.child_by_field_name("body")
        if counter in (None, "_") or len(args) != len(params) or body is None:
            return False
        if any(n.type in ("assignment_statement", "inc_statement", "dec_statement") and
               any(x.type == "identifier" and syntax.text(x) == counter for x in n.named_children[:1] +
                   (n.child_by_field_name("left").named_children if n.type == "assignment_statement" and
                    n.child_by_field_name("left") is not None else [])) for n in syntax.walk(body)):
            return False   # (the counter moved inside the body: two turns may share a value)
        mine = {p for p, a in zip(params, args) if syntax.text(syntax.unparen(a)) == counter}
        if not mine:
            return False
        if lit is None or not syntax.inside(node, lit):
            return False
        for c, _then in syntax.guards(node, lit):
            if c is not None and c.type == "binary_expression" and syntax.text(c.child_by_field_name("operator")) == "==":
                l, r = syntax.unparen(c.child_by_field_name("left")), syntax.unparen(c.child_by_field_name("right"))
                if l is not None and r is not None and syntax.text(r) in mine:
                    l, r = r, l
                if l is not None and r is not None and syntax.text(l) in mine and self._constant(r):
                    return True
        for case in syntax.ancestors(node, lit):   # ``switch k { case eventspersec: m.rate = v }``
            sw = case.parent
            if case.type != "expression_case" or sw is None or sw.type != "expression_switch_statement" or \
                    sw.child_by_field_name("value") is None or \
                    syntax.text(syntax.unparen(sw.child_by_field_name("value"))) not in mine:
                continue
            values = case.child_by_field_name("value")
            if values is not None and all(self._constant(syntax.unparen(v)) for v in values.named_children):
                return True
        return False

    def _constant(self, x: Node | None) -> bool:
        """A literal, or a constant the function or the package declares (``eventspersec``): the same in
        every turn."""
        if x is None:
            return False
        if x.type in ("int_literal", "interpreted_string_literal", "raw_string_literal"):
            return True
        if x.type != "identifier":
            return False
        v = self.um.scopes.var(x)
        if v is not None:
            return v.kind == "const"
        return self.ctx.pkg is not None and self.ctx.pkg.is_const(syntax.text(x))

    def _after_run_loop(self, w: Access, g: Node, before: Node) -> bool:
        """Is the goroutine's access ``w`` reached only once a run loop returned (``err = s.Run(ctx)``, a call
        named ``Run``, ``Serve`` or ``running``, a statement of the literal's body at or ahead of ``w``) that is
        given a context the starter cancels only after ``before`` (ContextModel.cancelled_after: ``cancel()``
        after its last use of ``err``, or deferred)? A run loop returns once its context is done: after
        ``before``."""
        lit = syntax.go_literal(g)
        body = syntax.func_body(lit) if lit is not None else None
        if body is None:
            return False
        for st in syntax.stmt_list(body):
            if st.start_byte > w.ident.start_byte:
                break
            right = st.child_by_field_name("right") if st.type in ("assignment_statement", "short_var_declaration") \
                else st
            call = syntax.unparen(right.named_children[0]) if right is not None and right.named_children and \
                right.type in ("expression_list", "expression_statement") else None
            if call is None or call.type != "call_expression" or syntax.call_name(call)[1] not in _RUN_LOOPS:
                continue
            if self._stopped_before(call, g, before):
                continue   # ``streamOut.StopWithin(d)`` before ``before``: the loop may return then
            if any(self.ctx.contexts.cancelled_after(syntax.unparen(a), before) for a in syntax.call_args(call)):
                return True
        return False

    def _stopped_before(self, call: Node, g: Node, before: Node) -> bool:
        """Is the value whose run loop ``call`` is (``s`` of ``s.Run(ctx)``, a variable) told to stop by the
        starter between the ``go`` statement ``g`` and ``before`` (``s.StopWithin(d)``, ``s.Close()``,
        ``s.Shutdown(ctx)``)? Its run loop may return then, before its context is done."""
        fn = call.child_by_field_name("function")
        operand = syntax.unparen(fn.child_by_field_name("operand")) if fn is not None and \
            fn.type == "selector_expression" else None
        v = self.um.scopes.var(operand) if operand is not None and operand.type == "identifier" else None
        if v is None:
            return operand is not None   # (a run loop of an expression goleash cannot follow)
        for r in v.refs:
            if not g.end_byte <= r.start_byte < before.start_byte:
                continue
            sel = r.parent
            name = syntax.text(sel.child_by_field_name("field")) if sel is not None and \
                sel.type == "selector_expression" and sel.child_by_field_name("operand").id == r.id else ""
            if _STOPS.match(name):
                return True
        return False

    def _after_endless_serve(self, w: Access, g: Node) -> bool:
        """Is ``w`` reached only once a ``Serve`` returned that never does (``err = s.Serve(ln)``, on a
        listener nothing closes, by a server nothing shuts down: the listener model)?"""
        return self.ctx.listeners.after_endless_serve(w.ident, syntax.go_literal(g))

    def gated(self, w: Access, g: Node, before: Node) -> bool:
        """Is the goroutine's access ``w`` ordered after the parent's ``before`` by a start signal: a receive
        from a channel the parent made, in the goroutine's body ahead of ``w`` on every path, where only the
        parent sends on or closes that channel, and only after ``before`` (``go func() { <-start; x = 1 }();
        use(x); start <- 0``), and not inside a loop around ``before`` that the channel was made outside of
        (a close after the loop comes after every turn's use)? The receive cannot complete before such a
        send."""
        lit = syntax.go_literal(g)
        body = syntax.func_body(lit) if lit is not None else None
        if body is None:
            return False
        stmts = syntax.stmt_list(body)
        top = next((st for st in stmts if st.start_byte <= w.ident.start_byte < st.end_byte), None)
        if top is None:
            return False
        chans = self.ctx.channels
        ahead = [_received(st) for st in stmts if st.start_byte < top.start_byte]
        clause = next((c for c in top.named_children if c.type == "range_clause"), None) \
            if top.type == "for_statement" else None
        ranged = syntax.unparen(clause.child_by_field_name("right")) if clause is not None else None
        if ranged is not None and ranged.type == "identifier" and \
                syntax.inside(w.ident, top.child_by_field_name("body") or top):
            ahead.append(ranged)   # ``for s := range ch { ...; x = s }``: a receive before each turn's write
        if any(self._wait_ordered(st, g, lit, before) or self._method_signal(st, g, lit, before)
               for st in stmts if st.start_byte < top.start_byte):
            return True
        for chan in ahead:
            ch = chans.by_place.get(self.um.place(chan)) if chan is not None else None
            if ch is None or ch.make is None or ch.param:
                continue
            outer = [l for l in self.um.loops(before) if not syntax.inside(ch.make, l)]
            if ch.escapes:   # (made in the turn of ``before``: a later turn's call feeds a channel of its own)
                if not outer and self._fed_by_call_after(ch, chan, lit, before):
                    return True
                continue
            if any(o.kind in (SEND, CLOSE) and syntax.inside(o.node, l) for l in outer for o in ch.ops):
                continue   # another iteration's read could follow this one's send
            if all(o.kind not in (SEND, CLOSE) or
                   (o.goroutine is None and o.node.start_byte > before.end_byte and not o.deferred)
                   for o in ch.ops):
                return True
        return False

    def _method_signal(self, stmt: Node, g: Node, lit: Node, before: Node) -> bool:
        """Is ``stmt`` (of the goroutine ``lit`` started at ``g``) a receive from a channel field of a local
        value (``<-t.stop``, or through its accessor, ``<-t.Stopping()``) that only the value's methods
        close or send on, called by the parent only after ``before`` (not deferred, in no loop around it)
        — the value made fresh by the function (a constructor's result, a literal) and used only as the
        receiver of method calls and field reads (``t := NewTomb(); go func() { <-t.Stopping(); x = 1
        }(); use(x); t.Stop()`` with ``Stop`` closing ``t.stop``)? The receive cannot complete before."""
        from .effects import CALL
        expr = _received_expr(stmt)
        place = self.um.place(expr) if expr is not None else None
        base = expr
        while base is not None and base.type in ("call_expression", "selector_expression", "parenthesized_expression"):
            base = syntax.unparen(base.child_by_field_name("function") if base.type == "call_expression"
                                  else base.child_by_field_name("operand") if base.type == "selector_expression"
                                  else base)
        v = self.um.scopes.var(base) if base is not None and base.type == "identifier" else None
        value = syntax.unparen(v.value) if v is not None and v.value is not None else None
        if place is None or len(place.path) != 1 or v is None or v.kind != "local" or v.assigned or \
                v.addressed or value is None or value.type not in ("call_expression", "unary_expression",
                                                                   "composite_literal"):
            return False
        eff = self.ctx.effects
        parent_fn = syntax.enclosing_func(g)
        around = self.um.loops(before)
        signalled = False
        for r in v.refs:
            sel = r.parent
            if sel is None or sel.type != "selector_expression" or sel.child_by_field_name("operand") != r:
                return False   # (handed on: someone else may close it)
            call = sel.parent if sel.parent is not None and sel.parent.type == "call_expression" and \
                sel.parent.child_by_field_name("function") == sel else None
            if call is None:
                continue   # (a field read: ``<-t.stop``)
            e = self.um._effect_of(call)
            kinds = set()
            if e is not None and e.kind == CALL:
                s = eff.summary_of(e.callee)
                if s is None and e.callee is not None and e.callee.key is None:
                    return False   # (a method goleash cannot read)
                for use in (s.uses.values() if s is not None else ()):
                    if translate(use.place, e) == place:
                        kinds |= set(use.some)
            if not kinds & {SEND, CLOSE}:
                continue
            stmt_of = syntax.stmt_of(call)
            if syntax.inside(call, lit) or syntax.enclosing_func(call) != parent_fn or \
                    call.start_byte < before.end_byte or (stmt_of is not None and stmt_of.type == "defer_statement") \
                    or any(syntax.inside(call, l) for l in around):
                return False
            signalled = True
        return signalled

    def _wait_ordered(self, stmt: Node, g: Node, lit: Node, before: Node) -> bool:
        """Is ``stmt`` (of the goroutine ``lit`` started at ``g``) ``wg.Wait()`` of a local WaitGroup only ever
        added to, waited on and marked done (no other use), whose every ``Add`` the parent makes before
        ``g`` (with a count that is not a literal 0) and whose every ``Done`` runs in a goroutine the
        parent starts after ``before``, outside any loop around ``before`` (``wg.Add(n); go func() {
        wg.Wait(); x = 1 }(); use(x); for ... { go func() { wg.Done() }() }``)? The Wait cannot return
        before those Dones, nor they run before their goroutines start, after ``before``."""
        call = syntax.unparen(stmt.named_children[0]) if stmt.type == "expression_statement" and \
            stmt.named_children else None
        fn = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
        if fn is None or fn.type != "selector_expression" or syntax.text(fn.child_by_field_name("field")) != "Wait":
            return False
        operand = syntax.unparen(fn.child_by_field_name("operand"))
        v = self.um.scopes.var(operand) if operand is not None and operand.type == "identifier" else None
        if v is None or v.kind != "local" or v.assigned or v.addressed or \
                (self.um.types.of(operand) or "").lstrip("*") != "sync.WaitGroup":
            return False
        parent_fn = syntax.enclosing_func(g)
        around = self.um.loops(before)
        dones = 0
        for r in v.refs:
            sel = r.parent
            use = sel.parent if sel is not None and sel.type == "selector_expression" else None
            if use is None or use.type != "call_expression" or sel.child_by_field_name("operand") != r:
                return False   # (handed on, or a method value: someone else may Add or Done)
            kind = syntax.text(sel.child_by_field_name("field"))
            if kind == "Wait":
                continue
            if kind == "Add":
                args = syntax.call_args(use)
                if syntax.enclosing_func(use) != parent_fn or use.start_byte > g.start_byte or \
                        not args or syntax.text(args[0]).strip() == "0":
                    return False
                continue
            if kind != "Done":
                return False
            starter = next((a for a in syntax.ancestors(use) if a.type == "go_statement"), None)
            if starter is None or syntax.inside(starter, lit) or syntax.enclosing_func(starter) != parent_fn or \
                    starter.start_byte < before.end_byte or any(syntax.inside(starter, l) for l in around):
                return False
            dones += 1
        return dones > 0

    def _fed_by_call_after(self, ch, chan: Node, lit: Node, before: Node) -> bool:
        """Is the channel ``chan`` (made by the function, handed on) named outside the goroutine ``lit`` only
        where it is made and as an argument of one call, whose arguments hold ``before``
        (``go func() { for s := range ch { after = s } }(); src.Enumerate(ch, after)``)? Every send on it
        is that call's, made after its arguments were read."""
        if any(o.kind in (SEND, CLOSE) and o.goroutine is None for o in ch.ops):
            return False
        v = self.um.scopes.var(chan)
        if v is None or v.assigned:
            return False
        call = None
        for r in v.refs:   # (its uses: the declaring name is not one)
            if syntax.inside(r, lit):
                continue
            args = r.parent
            c = args.parent if args is not None and args.type == "argument_list" else None
            if c is None or c.type != "call_expression" or (call is not None and c.id != call.id):
                return False
            call = c
        args = call.child_by_field_name("arguments") if call is not None else None
        return args is not None and syntax.inside(before, args)

    def _synchronises(self, lit: Node) -> bool:
        """Does a goroutine body wait on something (receive, select, Wait, Lock)?"""
        f = self.um.func_of_node.get(lit.id)
        if f is None:
            return False
        if self._joins(f):
            return True
        g = self.um.cfg(f)
        return any(e.kind == LOCK for n in (g.nodes if g is not None else ()) for e in self.um.node_effects(g, n))

    def unguarded_writes(self, v: Var, g: Node, kinds: frozenset[str]) -> list[Access]:
        return [a for a in v.accesses if a.runner == g and a.kind in kinds and not self.locked(a.ident)]

    def guard_edits(self, writes: list[Access], mutex: str):
        """Edits wrapping each write statement in ``mutex.Lock()`` / ``Unlock()`` (None: a write is not a statement)."""
        edits = []
        stmts = {}
        for a in writes:
            s = syntax.stmt_of(a.ident)
            if s.parent is None or s.parent.type != "statement_list" or \
                    s.type not in ("assignment_statement", "inc_statement", "dec_statement", "expression_statement"):
                return None
            stmts[s.id] = s
        for s in stmts.values():
            edits.append(self.ctx.insert_line_before(s, f"{mutex}.Lock()"))
            edits.append(self.ctx.insert_line_after(s, f"{mutex}.Unlock()"))
        return edits


@dataclass(frozen=True)
class Stranded:
    """A wait of the function that started a goroutine that only the goroutine's code past some point
    satisfies (:meth:`SharedVars.stranded_by`)."""
    wait: Node     # the starter's receive, range or ``Wait()``
    signal: Node   # the goroutine's send, close or ``Done()`` it waits for, not deferred
    place: Place
    ends: bool     # the point always ends the goroutine (``t.Fatal``, ``require.Fail``: an exit of its CFG)


@dataclass
class Conflict:
    write: Access
    why: str          # "loop" | "parent" | "return" | "goroutine"
    other: Node       # the loop, the racing access, or the return

    def explain(self, ctx, name: str) -> tuple[str, list]:
        """(clause for the message, related locations)."""
        if self.why == "loop":
            return ("by every goroutine this loop starts, at the same time",
                    [ctx.related(self.other.child(0), "goroutines are started in this loop and not awaited in it")])
        if self.why == "parent":
            return (f"while the function uses {name} without waiting for the goroutine",
                    [ctx.related(self.other, f"{name} is used here, concurrently")])
        if self.why == "return":
            return (f"while the function returns (writing its result {name}) without waiting for the goroutine",
                    [ctx.related(self.other, "returns here without waiting")])
        return ("by this goroutine and another one at the same time",
                [ctx.related(self.other, f"{name} is also written here")])


_SWAP = r"atomic\.Swap(?:Int32|Int64|Uint32|Uint64)\(&(\w+), [1-9]\d*\) == 0"
_CAS = r"atomic\.CompareAndSwap(?:Int32|Int64|Uint32|Uint64)\(&(\w+), 0, [1-9]\d*\)"
_CAS_T = r"(\w+)\.CompareAndSwap\((?:false, true|0, [1-9]\d*)\)"
_SWAP_T = r"!(\w+)\.Swap\(true\)|(\w+)\.Swap\(true\) == false|(\w+)\.Swap\([1-9]\d*\) == 0"
_ONCE_GATE = re.compile("|".join((_SWAP, _CAS, _CAS_T, _SWAP_T)))


def deferred_by(lit: Node, fn: Node) -> bool:
    """Is ``lit`` a function literal that ``fn`` defers itself (``defer func() { ... }()`` in ``fn``'s own
    body, not in a closure of it)?"""
    call = lit.parent
    stmt = call.parent if call is not None and call.type == "call_expression" else None
    return lit.type == "func_literal" and stmt is not None and stmt.type == "defer_statement" and \
        call.child_by_field_name("function") is not None and call.child_by_field_name("function").id == lit.id and \
        syntax.enclosing_func(stmt) is not None and syntax.enclosing_func(stmt).id == fn.id


def _cnode(g, node: Node):
    cur = node
    for _ in range(64):
        if cur is None:
            return None
        n = g.node_of(cur)
        if n is not None:
            return n
        cur = cur.parent
    return None


# ``!done.Load()``, or a count of running goroutines not yet down to zero (``atomic.LoadInt64(&pending) != 0``,
# ``pending.Load() > 0``): the loop ends once the last of them has counted itself out
_SPIN_RE = re.compile(r"!\s*[\w.\[\]]+\.Load\(\)|"
                      r"(?:atomic\.Load\w+\(&[\w.\[\]]+\)|[\w.\[\]]+\.Load\(\))\s*(?:!=\s*0|>\s*0|==\s*0|!=\s*1|<\s*1)\b")


def _receives_into(node: Node, value: Node | None) -> bool:
    """Is this assignment of a variable a receive (``case x = <-ch:``, ``x = <-ch``)?"""
    value = syntax.unparen(value)
    return node.type == "receive_statement" or (
        value is not None and value.type == "unary_expression" and
        syntax.text(value.child_by_field_name("operator")) == "<-")


def _spins_on_atomic(loop: Node | None) -> bool:
    """``for !done.Load() {}`` / ``for i := 0; i%8 != 0 || !done.Load(); i++ {}`` / ``for
    atomic.LoadInt64(&pending) != 0 {}`` / ``for atomic.LoadInt32(&finished) == 0 { time.Sleep(d) }``: the
    loop goes on while an atomic flag is unset or a counter of running goroutines is not back to zero
    (sequentially consistent: a Store before it is seen after)."""
    cond = syntax.for_condition(loop) if loop is not None and loop.type == "for_statement" else None
    return cond is not None and bool(_SPIN_RE.search(syntax.text(cond)))


_POLL_RE = re.compile(r"^(?:func\(\)\s*bool\s*\{\s*return\s+)?[\w.\[\]]+\.Load(?:\(\)\s*\})?$")


def _polls_atomic(stmt: Node | None) -> bool:
    """``require.Eventually(t, func() bool { return done.Load() }, ...)`` (or ``done.Load`` as a method
    value) as a statement: it returns only once the flag was seen set; otherwise it stops the test."""
    if stmt is None or stmt.type != "expression_statement" or not stmt.named_children:
        return False
    call = stmt.named_children[0]
    if call.type != "call_expression":
        return False
    recv, name = syntax.call_name(call)
    if recv != "require" or name not in ("Eventually", "Eventuallyf"):
        return False
    args = call.child_by_field_name("arguments")
    cond = args.named_children[1] if args is not None and len(args.named_children) > 1 else None
    return cond is not None and bool(_POLL_RE.match(" ".join(syntax.text(cond).split())))


# packages whose functions only compute or report: calling them wakes no goroutine
_QUIET_PKGS = frozenset({"cmp", "fmt", "strings", "bytes", "reflect", "errors", "strconv", "sort", "slices",
                         "maps", "math", "assert", "require", "must", "qt", "json", "utf8", "unicode"})
_QUIET_BUILTINS = frozenset({"len", "cap", "append", "make", "new", "copy", "min", "max", "string", "int",
                             "int64", "uint64", "float64", "byte", "rune"})
_TEST_PARAMS = frozenset({"t", "b", "tb", "tt"})   # (not cfg.TEST_NAMES: its "c" and "f" are as often a conn)


def _may_wake(stmt: Node, quiet_call=None) -> bool:
    """Can running ``stmt`` wake a blocked goroutine: a send, receive or close, a ``go`` statement, or a
    call that is not a report on the test (``t.Errorf``), a builtin, a side-effect-free package helper
    (``cmp.Diff``, ``fmt.Sprintf``), or a call ``quiet_call`` says is quiet (a getter of the package)?"""
    for n in [stmt, *syntax.walk(stmt, skip_funcs=True)]:
        t = n.type
        if t in ("send_statement", "go_statement"):
            return True
        if t == "unary_expression" and syntax.text(n.child_by_field_name("operator")) == "<-":
            return True
        if t == "call_expression":
            recv, name = syntax.call_name(n)
            if recv in _QUIET_PKGS or recv in _TEST_PARAMS or (not recv and name in _QUIET_BUILTINS) or \
                    (quiet_call is not None and quiet_call(n)):
                continue
            return True
    return False


def _text_name(call: Node) -> str:
    fn = call.child_by_field_name("function")
    if fn is not None and fn.type == "selector_expression":
        return syntax.text(fn.child_by_field_name("field"))
    return ""


def _kept_result(fn: Node, call: Node, index: int) -> tuple[list[Node], str] | None:
    """When ``call`` is the value of a statement of ``fn``'s body (or of a block in it: a loop's, an
    ``if``'s) that keeps its result ``index`` in a variable (``step, resp := f(t)``): the statements after
    it in that block, and the variable's name."""
    stmt, stmts, at = call, [], None
    while stmt is not None and stmt.id != fn.id and stmt.type != "func_literal":
        p = stmt.parent
        if p is not None and p.type in ("statement_list", "block"):
            stmts = syntax.stmt_list(p.parent if p.type == "statement_list" else p)
            at = next((i for i, n in enumerate(stmts) if n.id == stmt.id), None)
            break
        stmt = p
    stmt = stmts[at] if at is not None else None
    if stmt is None or stmt.type not in ("short_var_declaration", "assignment_statement"):
        return None
    right = stmt.child_by_field_name("right")
    left = stmt.child_by_field_name("left")
    if right is None or left is None or len(right.named_children) != 1 or \
            syntax.unparen(right.named_children[0]).id != call.id or index >= len(left.named_children):
        return None
    var = syntax.text(left.named_children[index])
    return (stmts[at + 1:], var) if var != "_" else None


def _fails_on(st: Node, err: str) -> bool:
    """Does the statement ``st`` fail the test when ``err`` is not nil: ``if err != nil { t.Fatal(err) }``
    (its block's first statement reports a failure), or ``require.NoError(t, err)``?"""
    if st.type == "if_statement":
        cond = syntax.unparen(st.child_by_field_name("condition"))
        body = syntax.stmt_list(st.child_by_field_name("consequence"))
        return cond is not None and " ".join(syntax.text(cond).split()) == f"{err} != nil" and \
            st.child_by_field_name("initializer") is None and bool(body) and \
            body[0].type == "expression_statement" and syntax.reports_failure(body[0])
    call = st.named_children[0] if st.type == "expression_statement" and st.named_children else None
    if call is None or call.type != "call_expression":
        return False
    args = syntax.call_args(call)
    return syntax.call_name(call) in (("require", "NoError"), ("assert", "NoError")) and len(args) >= 2 and \
        syntax.text(args[1]) == err


def _exits_on(st: Node, err: str) -> bool:
    """Does the statement ``st`` end the process when ``err`` is not nil: ``if err != nil {
    klog.Fatalf(...) }`` (its block's first statement an ``os.Exit``/``log.Fatal``)?"""
    from .cfg import PROCESS, exit_kind
    if st.type != "if_statement" or st.child_by_field_name("initializer") is not None:
        return False
    cond = syntax.unparen(st.child_by_field_name("condition"))
    body = syntax.stmt_list(st.child_by_field_name("consequence"))
    return cond is not None and " ".join(syntax.text(cond).split()) == f"{err} != nil" and bool(body) and \
        exit_kind(body[0]) == PROCESS


def _receives_result_after(fn: Node, call: Node, index: int) -> bool:
    """Is ``call``'s result ``index`` kept in a variable (``step, resp := f(t)``) that the statements after
    it receive from (``<-resp``, ``v := <-resp``) before any ``return``, ``break``, ``goto`` or stop of the
    test (``t.Fatal``, ``require.X``, ``panic``)?"""
    kept = _kept_result(fn, call, index)
    return kept is not None and reached_before_leaving(
        kept[0], lambda n: (got := _received(n)) is not None and syntax.text(got) == kept[1])


def _unbuffered_make(value: Node | None) -> bool:
    """``make(chan T)`` (or ``make(chan T, 0)``): a channel whose send waits for its receive."""
    value = syntax.unparen(value)
    if value is None or value.type != "call_expression" or syntax.call_name(value) != ("", "make"):
        return False
    args = syntax.call_args(value)
    return (len(args) == 1 or (len(args) == 2 and syntax.text(args[1]) == "0")) and \
        args[0].type == "channel_type"


def _sent_on(ref: Node) -> bool:
    """Is ``ref`` the channel of a send statement (``quit <- v``)?"""
    p = ref.parent
    while p is not None and p.type == "parenthesized_expression":
        p = p.parent
    return p is not None and p.type == "send_statement" and p.child_by_field_name("channel") is not None and \
        syntax.unparen(p.child_by_field_name("channel")).id == ref.id


# a report of a testing value or a testify check: what a goroutine does to tell the test
_REPORT_CALL = re.compile(r"\w+\.(?:Error|Errorf|Fatal|Fatalf|Log|Logf|Fail|FailNow|Skip|Skipf|SkipNow)|"
                          r"(?:assert|require)\.\w+")


def _receive_then_exit(ref: Node, lit: Node, sent: set[str] = frozenset()) -> bool:
    """Is ``ref`` received from (``<-ref``) in a select case or a statement of the goroutine literal ``lit``'s
    top level, after which the goroutine only makes calls that are no reports and ends (a ``return``, or
    the end of its body)? A case that keeps the value and ends when it is true (``case cancel := <-done: if
    cancel { return }``) counts when every send on the channel (``sent``, their values) sends ``true``."""
    recv = ref.parent
    if recv is None or recv.type != "unary_expression" or syntax.text(recv.child_by_field_name("operator")) != "<-":
        return False
    holder = recv.parent
    kept = None
    if holder is not None and holder.type == "receive_statement":
        left = holder.child_by_field_name("left")
        names = [syntax.text(x) for x in left.named_children] if left is not None else []
        kept = names[0] if len(names) == 1 and sent == {"true"} else None
        holder = holder.parent if left is None or kept is not None else None
    if holder is not None and holder.type == "communication_case":
        rest = [c for c in holder.named_children if c.id != recv.id and c.type not in ("receive_statement", "comment")]
        rest = [st for c in rest for st in (syntax.stmt_list(c) if c.type == "statement_list" else [c])
                if st.type != "comment"]
        if kept is not None:   # ``if cancel { return }`` alone: every send says true
            cond = rest[0].child_by_field_name("condition") if len(rest) == 1 and rest[0].type == "if_statement" \
                else None
            if cond is None or syntax.text(cond) != kept or rest[0].child_by_field_name("alternative") is not None:
                return False
            rest = syntax.stmt_list(rest[0].child_by_field_name("consequence"))
        if not rest or rest[-1].type != "return_statement" or rest[-1].named_children:
            return False
        return all(_quiet_stmt(st) for st in rest[:-1])
    if holder is None or holder.type != "expression_statement":
        return False
    body = syntax.stmt_list(syntax.func_body(lit))
    at = next((i for i, st in enumerate(body) if st.id == holder.id), None)
    if at is None:
        return False
    rest = body[at + 1:]
    if rest and rest[-1].type == "return_statement" and not rest[-1].named_children:
        rest = rest[:-1]
    return all(_quiet_stmt(st) for st in rest)


def _quiet_stmt(st: Node) -> bool:
    """A statement that is a call (no assignment, send, report or goroutine): ``ticker.Stop()``."""
    call = st.named_children[0] if st.type == "expression_statement" and st.named_children else None
    if call is None or call.type != "call_expression":
        return False
    fn = syntax.text(call.child_by_field_name("function")) or ""
    return not _REPORT_CALL.fullmatch(fn) and \
        not any(c.type in ("func_literal", "unary_expression") for c in syntax.walk(call))


def _joining_literal(v: Node, joins: set[str]) -> bool:
    """Is ``v`` a func literal with a statement of its own top level that is one of ``joins``
    (``wg.Wait()``, ``<-done``)?"""
    v = syntax.unparen(v)
    if v is None or v.type != "func_literal":
        return False
    return any(st.type == "expression_statement" and syntax.text(st) in joins
               for st in syntax.stmt_list(syntax.func_body(v)))


def _calls_result_after(fn: Node, call: Node, index: int, method: str = "") -> bool:
    """Is ``call``'s result ``index`` kept in a variable (``addr, stop := serve(t, h)``) that the statements
    after it defer or call (``defer stop()``, ``stop()``, ``t.Cleanup(stop)``) before anything can leave?
    With ``method``, a method of it (``wg := waitState(t, s)``; ``wg.Wait()``, ``defer wg.Wait()``)."""
    kept = _kept_result(fn, call, index)
    if kept is None:
        return False
    stmts, var = kept
    what = f"{var}.{method}" if method else var
    runs = {f"{what}()", f"defer {what}()"}
    return reached_before_leaving(stmts, lambda n: " ".join(syntax.text(n).split()) in runs or (
        not method and re.fullmatch(rf"\w+\.Cleanup\({re.escape(var)}\)", syntax.text(n)) is not None) or (
        not method and _calls_in_value(n, var)))


def _calls_in_value(stmt: Node, var: str) -> bool:
    """Is ``stmt`` an assignment or declaration whose values call ``var()`` there and then (``a, b := getA(),
    getB()``: each join returns what its goroutine computed), not in a function literal?"""
    if stmt.type not in ("assignment_statement", "short_var_declaration", "var_declaration"):
        return False
    return any(c.type == "call_expression" and not syntax.call_args(c) and
               syntax.text(c.child_by_field_name("function")) == var
               for c in syntax.walk(stmt, skip_funcs=True))


def _waits_result_after(fn: Node, call: Node, index: int) -> bool:
    return _calls_result_after(fn, call, index, "Wait")


def _returned_value(ident: Node) -> bool:
    """Is ``ident`` one of the values of a ``return`` statement, as is (``return pr, m``)?"""
    p = ident.parent
    if p is not None and p.type == "expression_list":
        p = p.parent
    return p is not None and p.type == "return_statement"


def _received_expr(stmt: Node) -> Node | None:
    """The channel expression of a statement that only receives (``<-c``, ``<-t.stop``, ``<-t.Stopping()``)."""
    expr = None
    if stmt.type == "expression_statement" and stmt.named_children:
        expr = stmt.named_children[0]
    elif stmt.type in ("assignment_statement", "short_var_declaration"):
        right = stmt.child_by_field_name("right")
        if right is not None and len(right.named_children) == 1:
            expr = right.named_children[0]
    if expr is None or expr.type != "unary_expression" or syntax.text(expr.child_by_field_name("operator")) != "<-":
        return None
    return syntax.unparen(expr.child_by_field_name("operand"))


def _received(stmt: Node) -> Node | None:
    """The channel variable of a statement that only receives: ``<-c``, ``_ = <-c``, ``v, ok := <-c``."""
    operand = _received_expr(stmt)
    return operand if operand is not None and operand.type == "identifier" else None


def _zero_to(loop: Node) -> tuple[str, Node, Node | None] | None:
    """``for c := 0; c < n; <update>`` with ``n`` a name: (the counter, ``n``, the update statement or
    None); None for any other loop."""
    clause = next((c for c in loop.named_children if c.type == "for_clause"), None)
    got = syntax.counting_loop(clause)
    if got is None or syntax.text(got[1]) != "0" or got[2] != "<" or got[3].type != "identifier":
        return None
    return got[0], got[3], clause.child_by_field_name("update")


def _spawn_loop(go: Node) -> Node | None:
    """The ``for`` loop around the ``go`` statement that starts one goroutine per turn, that one (None: no
    loop, or one that starts another goroutine too: two per turn make twice as many goroutines as a loop
    of the same clause waits for)."""
    spawn = next((a for a in syntax.ancestors(go) if a.type == "for_statement"), None)
    if spawn is None or sum(1 for x in syntax.walk(spawn) if x.type == "go_statement") != 1:
        return None
    return spawn


def _spawn_loop_each(go: Node) -> tuple[Node | None, int]:
    """The ``for`` loop around the ``go`` statement whose every goroutine is started by a statement of its
    own body (``for range n { go store(m); go del(m) }``: each turn starts the same ``k`` goroutines), with
    that ``k``; (None, 0) otherwise."""
    spawn = next((a for a in syntax.ancestors(go) if a.type == "for_statement"), None)
    body = spawn.child_by_field_name("body") if spawn is not None else None
    if body is None:
        return None, 0
    gos = [x for x in syntax.walk(spawn) if x.type == "go_statement"]
    own = {st.id for st in syntax.stmt_list(body) if st.type == "go_statement"}
    if len(gos) < 2 or any(x.id not in own for x in gos):
        return None, 0
    return spawn, len(gos)


def _runs_times(loop: Node, spawn: Node, k: int) -> bool:
    """Does ``loop`` run ``k`` times per turn of ``spawn``: its count is ``k * n`` (``n * k``) where ``n``
    is how often ``spawn`` runs (``for range 2 * numWorkers`` after ``for range numWorkers``), or the
    product itself when both are numbers?"""
    bound = syntax.loop_bound(loop)
    turns = syntax.loop_turns(spawn)
    if bound is None or not turns:
        return False
    if bound.type == "int_literal" and syntax.text(bound).isdigit():
        return any(isinstance(t, int) and t * k == int(syntax.text(bound)) for t in turns)
    if bound.type != "binary_expression" or syntax.text(bound.child_by_field_name("operator")) != "*":
        return False
    a, b = syntax.unparen(bound.child_by_field_name("left")), syntax.unparen(bound.child_by_field_name("right"))
    for x, y in ((a, b), (b, a)):
        if x.type == "int_literal" and syntax.text(x) == str(k) and \
                " ".join(syntax.text(y).split()) in {t for t in turns if isinstance(t, str)}:
            return True
    return False


_STARTERS = re.compile(rb"\.(?:Go|AfterFunc)\s*\(")
_GO_WORD = re.compile(rb"go\s+(?:func\b|\(|[A-Za-z_][\w.]*\s*[(\[])")   # (what a go statement may look like;
#                                                                      the word start is checked apart)


def goroutine_calls(ctx) -> tuple[str, ...]:
    """The package fact ``DeclFacts.go_calls`` of one declaration: the names of the functions its
    goroutines call — the function a ``go`` statement starts (``go s.loop()``: ``loop``), every call in
    the body of a started literal, and the same for ``x.Go(f)`` (errgroup, ``wg.Go``) and
    ``time.AfterFunc(d, f)``, which run ``f`` on a goroutine of their own."""
    bodies: list[Node] = []
    out: list[str] = []
    starters = _STARTERS.search(ctx.source, ctx.unit.start_byte, ctx.unit.end_byte) is not None
    if not starters and not any(syntax.word_starts(ctx.source, m.start()) for m in
                                _GO_WORD.finditer(ctx.source, ctx.unit.start_byte, ctx.unit.end_byte)):
        return ()   # (one scan of the text: most declarations start no goroutine; no query for them)
    for g in ctx.nodes("go"):
        call = next((c for c in g.named_children if c.type != "comment"), None)
        if call is not None and call.type == "call_expression":
            fn = syntax.unparen(call.child_by_field_name("function"))
            if fn is not None and fn.type == "func_literal":
                bodies.append(fn)
            else:
                out.append(syntax.call_name(call)[1])
    if starters:
        for m in ctx.nodes("method"):
            if m.text not in (b"Go", b"AfterFunc") or m.parent is None or m.parent.parent is None:
                continue
            args = syntax.call_args(m.parent.parent)
            f = syntax.unparen(args[-1]) if args else None
            if f is None:
                continue
            if f.type == "func_literal":
                bodies.append(f)
            elif f.type == "selector_expression":
                out.append(syntax.text(f.child_by_field_name("field")))
            elif f.type == "identifier":
                out.append(syntax.text(f))
    for b in bodies:
        out.extend(syntax.call_name(c)[1] for c in syntax.walk(b) if c.type == "call_expression")
    return tuple(sorted(set(n for n in out if n)))


_ITERATIONS = frozenset({"Range", "ForEach", "Walk", "WalkDir"})


def _iteration_call(lit: Node) -> Node | None:
    """The call that runs the func literal ``lit`` as its callback before it returns: ``m.Range(lit)``
    (``sync.Map``, and the like), ``x.ForEach(lit)``, ``filepath.Walk(root, lit)``; else None."""
    args = lit.parent
    call = args.parent if args is not None and args.type == "argument_list" else None
    if call is None or call.type != "call_expression" or syntax.call_name(call)[1] not in _ITERATIONS:
        return None
    return call


def keyed_locks_held(node: Node, fn: Node):
    """The keyed locks held at ``node`` of the function ``fn`` (a lock per key: a package's ``LockGroup``, a
    ``multimutex``, ``util.KeyLocks``): the lock statement (``m.Lock(k)``, or ``if err := m.Lock(ctx, k); err
    != nil { return }``) comes before ``node`` in a block around it, and ``defer m.Unlock(k)`` or a
    ``m.Unlock(k)`` after ``node`` follows it in that block, with no ``m.Unlock(k)`` in between. Yields (the
    receiver's text, the lock: the key node, or for a lock unlocked with no argument (``mu.Lock(ctx)`` ...
    ``mu.Unlock()``) the identifier of the value itself, whether it is that bare kind)."""
    for _block, stmts, st in syntax.around(node, fn):
        for i, s in enumerate(stmts):
            if s.start_byte >= st.start_byte:
                break
            got = _keyed_call(s, ("Lock", "RLock"))
            if got is None:
                continue
            recv, key, kind = got
            unlock = "RUnlock" if kind == "RLock" else "Unlock"
            # a lock whose Lock takes a context (``mu.Lock(ctx)``) and whose Unlock takes nothing: the
            # lock is the value itself, one and the same where the variable holding it is
            bare = _bare_unlock(stmts[i + 1:], recv, unlock)
            lock = key if not bare else _lock_var(s, recv)
            if lock is None:
                continue
            held = False
            for later in stmts[i + 1:]:
                u = _keyed_call(later, (unlock,), deferred=True, bare=bare)
                if u is None or u[0] != recv or (not bare and syntax.text(u[1]) != syntax.text(key)):
                    continue
                if later.type == "defer_statement" or later.start_byte >= st.end_byte:
                    held = True
                elif later.start_byte < st.start_byte:
                    held = False   # unlocked before node
                    break
            if held:
                yield recv, lock, bare


def _bare_unlock(stmts: list[Node], recv: str, unlock: str) -> bool:
    """Is one of ``stmts`` ``recv.Unlock()`` (or deferred) with no argument, and none with one?"""
    found = False
    for st in stmts:
        u = _keyed_call(st, (unlock,), deferred=True, bare=True)
        if u is not None and u[0] == recv:
            if u[1] is not None:
                return False
            found = True
    return found


def _lock_var(st: Node, recv: str) -> Node | None:
    """The identifier ``recv`` in the lock statement ``st`` (``mu`` of ``if err := mu.Lock(ctx)...``)."""
    return next((n for n in syntax.walk(st) if n.type == "identifier" and syntax.text(n) == recv), None)


def _keyed_call(st: Node, names: tuple[str, ...], deferred: bool = False, bare: bool = False):
    """For a statement ``x.Lock(..., key)`` (``if err := x.Lock(ctx, key); err != nil { return ... }``, or
    with ``deferred`` a ``defer x.Unlock(key)``) of one of ``names`` with at least one argument: (the text
    of ``x``, the key node, the method name); with ``bare`` also a call with none (the key None); else
    None."""
    call = None
    if st.type == "expression_statement" and st.named_children:
        call = st.named_children[0]
    elif st.type == "defer_statement" and deferred and st.named_children:
        call = st.named_children[0]
    elif st.type == "assignment_statement" and syntax.text(st.child_by_field_name("left")) == "_":
        right = st.child_by_field_name("right")   # ``_ = m.Lock(ctx, k)``
        call = right.named_children[0] if right is not None and len(right.named_children) == 1 else None
    elif st.type == "if_statement" and st.child_by_field_name("initializer") is not None:
        init = st.child_by_field_name("initializer")
        right = init.child_by_field_name("right") if init.type == "short_var_declaration" else None
        cons = st.child_by_field_name("consequence")
        stmts = syntax.stmt_list(cons) if cons is not None else []
        if right is not None and len(right.named_children) == 1 and stmts and \
                stmts[-1].type in ("return_statement", "continue_statement", "break_statement"):
            call = right.named_children[0]   # ``if err := m.Lock(ctx, k); err != nil { return }``
    call = syntax.unparen(call) if call is not None else None
    if call is None or call.type != "call_expression":
        return None
    fn = call.child_by_field_name("function")
    if fn is not None and st.type == "expression_statement" and not (
            fn.type == "selector_expression" and syntax.text(fn.child_by_field_name("field")) in names):
        # ``require.NoError(t, m.Lock(ctx, k))``: the lock is the check's argument (a failed one stops the test)
        inner = [syntax.unparen(a) for a in syntax.call_args(call)]
        call = next((a for a in inner if a is not None and a.type == "call_expression" and
                     a.child_by_field_name("function") is not None and
                     a.child_by_field_name("function").type == "selector_expression" and
                     syntax.text(a.child_by_field_name("function").child_by_field_name("field")) in names), None)
        if call is None:
            return None
        fn = call.child_by_field_name("function")
    if fn is None or fn.type != "selector_expression":
        return None
    name = syntax.text(fn.child_by_field_name("field"))
    args = syntax.call_args(call)
    if name not in names or not (args or bare):
        return None
    return " ".join(syntax.text(fn.child_by_field_name("operand")).split()), args[-1] if args else None, name


def _closed_last(lit: Node) -> str | None:
    """The channel (as spelled: ``rop.done``) a function literal closes as its last act: ``close(x)`` as the
    last statement of its body with no ``return`` of its own before it, or ``defer close(x)`` anywhere in
    its body's statements."""
    body = syntax.func_body(lit)
    stmts = syntax.stmt_list(body) if body is not None else []
    for st in stmts:
        if st.type == "defer_statement":
            m = re.fullmatch(r"defer close\(([\w.]+)\)", " ".join(syntax.text(st).split()))
            if m:
                return m.group(1)
    if not stmts:
        return None
    m = re.fullmatch(r"close\(([\w.]+)\)", " ".join(syntax.text(stmts[-1]).split()))
    if m is None or any(n.type == "return_statement" for n in syntax.walk(body, skip_funcs=True)):
        return None
    return m.group(1)


def _ranges_to_close(st: Node, chan: str) -> bool:
    """Is the statement ``st`` a ``for ... range chan`` loop that only the channel's close ends: no ``break``
    of its own (one in a nested ``for``, ``switch`` or ``select`` leaves that one), no labelled ``break``
    and no ``goto`` in it?"""
    rng = next((c for c in st.named_children if c.type == "range_clause"), None) if st.type == "for_statement" else None
    right = syntax.unparen(rng.child_by_field_name("right")) if rng is not None else None
    if right is None or " ".join(syntax.text(right).split()) != chan:
        return False
    inner = ("for_statement", "expression_switch_statement", "type_switch_statement", "select_statement")
    for n in syntax.walk(st.child_by_field_name("body"), skip_funcs=True):
        if n.type == "goto_statement" or (n.type == "break_statement" and n.named_children):
            return False
        if n.type == "break_statement":
            up = n.parent
            while up is not None and up.id != st.id and up.type not in inner:
                up = up.parent
            if up is None or up.id == st.id:
                return False
    return True


def _own_local(pkg, at) -> bool:
    """Is the close at ``at`` (an anchor in another declaration) one of a value that declaration made
    itself: its channel spelled from a local declared there (``rop := op{...}``; ``close(rop.done)``), not a
    parameter, receiver or package variable? Another declaration's own value is not this function's."""
    node = pkg.anchor_node(at.func, at.start, at.end)
    fn = syntax.enclosing_func(node) if node is not None else None
    while fn is not None and fn.type == "func_literal":
        fn = syntax.enclosing_func(fn.parent)
    if node is None or fn is None:
        return False
    arg = node if node.type != "call_expression" else next(iter(syntax.call_args(node)), None)
    root = syntax.text(arg).split(".", 1)[0] if arg is not None else ""
    if not root.isidentifier() or root in {n for n, _t in syntax.params(fn)}:
        return False
    recv = fn.child_by_field_name("receiver")
    if recv is not None and re.search(rf"\b{re.escape(root)}\b", syntax.text(recv)):
        return False
    body = fn.child_by_field_name("body")
    return body is not None and re.search(rf"(?<![\w.]){re.escape(root)}\s*:=|\bvar\s+{re.escape(root)}\b",
                                          syntax.text(body)) is not None


def _set_before(go: Node) -> list[Node]:
    """The identifiers of the ``flag = true`` statements before the ``go`` statement in its block."""
    out = []
    s = go.prev_named_sibling
    while s is not None:
        if s.type == "assignment_statement":
            left, right = s.child_by_field_name("left"), s.child_by_field_name("right")
            if left is not None and right is not None and left.named_child_count == 1 and \
                    right.named_child_count == 1 and left.named_children[0].type == "identifier" and \
                    syntax.unparen(right.named_children[0]).type == "true":
                out.append(left.named_children[0])
        s = s.prev_named_sibling
    return out


def _single_turn(loop: Node) -> bool:
    """Does ``loop`` turn once: its bound (:func:`syntax.loop_bound`, ``for i := 0; i < n; i++``) is the
    literal 1, or a name the statement right before the loop sets to 1 (``test.threads = 1``) and the
    loop's body does not assign?"""
    if not any(c.type == "for_clause" for c in loop.named_children):
        return False
    bound = syntax.loop_bound(loop)
    if bound is None:
        return False
    if bound.type == "int_literal":
        return syntax.text(bound) == "1"
    name = " ".join(syntax.text(bound).split())
    at = loop.parent if loop.parent is not None and loop.parent.type == "labeled_statement" else loop
    prev = at.prev_named_sibling
    while prev is not None and prev.type == "comment":
        prev = prev.prev_named_sibling
    if prev is None or prev.type != "assignment_statement" or syntax.text(prev.child_by_field_name("operator")) != "=":
        return False
    left, right = prev.child_by_field_name("left"), prev.child_by_field_name("right")
    if left is None or right is None or len(left.named_children) != 1 or len(right.named_children) != 1 or \
            " ".join(syntax.text(left.named_children[0]).split()) != name or syntax.text(right.named_children[0]) != "1":
        return False
    body = loop.child_by_field_name("body")
    return name not in _assigned_in(body if body is not None else loop)


def _assigned_in(body: Node) -> set[str]:
    """The texts (spaces folded) of what ``body`` assigns, declares or steps (``x = ...``, ``x := ...``, ``x++``)."""
    out = set()
    for n in syntax.walk(body):
        if n.type in ("assignment_statement", "short_var_declaration"):
            left = n.child_by_field_name("left")
            out.update(" ".join(syntax.text(x).split()) for x in (left.named_children if left is not None else ()))
        elif n.type in ("inc_statement", "dec_statement") and n.named_children:
            out.add(" ".join(syntax.text(n.named_children[0]).split()))
    return out
