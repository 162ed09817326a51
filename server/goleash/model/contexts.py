"""Contexts: derived contexts and their cancel funcs, received contexts, detached uses.

* :meth:`ContextModel.derived` — every ``ctx, cancel := context.WithCancel/WithTimeout/WithDeadline(...)``
  (and ``signal.NotifyContext``), with the cancel variable and the parent;
* :meth:`ContextModel.cancel_leaks` — for one of them, the exits reached without the cancel func
  called (an obligation: paid by a call, a ``defer``, handing the func on — returned, stored,
  passed, used by a closure);
* :meth:`ContextModel.received` — the ``context.Context`` parameter a function receives;
* :meth:`ContextModel.detached` — why a ``context.Background()`` is meant to outlive the caller's
  ctx: it runs in a goroutine or a deferred call, its result is stored beyond the function, or it
  sits on a path where the received ctx is nil or an error is being handled (cleanup that must not
  be cancelled).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from .. import syntax
from . import cfg as cfgmod
from .checks import NEVER_DONE
from .effects import CANCEL, Func, UnitModel
from .module import VALUE_GETTER, VALUE_ONLY_CTX, cancelled_at_return, file_imports, value_read, wraps_values
from .obligations import ObligationFlow
from .scope import Var, param_refs
from .summary import EffectModel
from .types import result_types

_ERR_RE = re.compile(r"\b\w*[eE]rr\w*\s*!=\s*nil\b")
_NIL_CTX_RE = re.compile(r"\bctx\w*\s*==\s*nil\b")
WITH_CANCEL = re.compile(r"^(context\.With(Cancel|Timeout|Deadline)(Cause)?|signal\.NotifyContext)$")


_NOT_CANCELED = re.compile(r"(\w+)\.Err\(\)!=context\.Canceled|!errors\.Is\((\w+)\.Err\(\),context\.Canceled\)")


@dataclass(eq=False)
class Derived:
    call: Node              # the context.WithX call
    stmt: Node              # the := / = statement
    func: Func              # the function running it
    ctx_var: Var | None     # the derived context variable
    cancel_ident: Node      # the identifier on the left receiving the cancel func (maybe `_`)
    cancel: Var | None      # its variable (None for `_` or a field)
    parent: Node | None     # the parent context expression


class ContextModel:
    def __init__(self, um: UnitModel, effects: EffectModel, path: str | None = None):
        self.um = um
        self.effects = effects
        self.path = path
        self._derived: list[Derived] | None = None

    # ---------------------------------------------------------- derived
    def derived(self) -> list[Derived]:
        if self._derived is not None:
            return self._derived
        out = []
        um = self.um
        for f in um.funcs:
            g = um.cfg(f)
            for n in (g.nodes if g is not None else ()):
                stmt = n.ast
                if stmt is None or n.kind != "stmt" or stmt.type not in ("short_var_declaration",
                                                                         "assignment_statement"):
                    continue
                right = stmt.child_by_field_name("right")
                left = stmt.child_by_field_name("left")
                vals = right.named_children if right is not None else []
                names = left.named_children if left is not None else []
                if len(vals) != 1 or len(names) != 2 or vals[0].type != "call_expression":
                    continue
                fn = vals[0].child_by_field_name("function")
                if fn is None or not WITH_CANCEL.match(_text(fn)):
                    continue
                args = vals[0].child_by_field_name("arguments")
                parent = args.named_children[0] if args is not None and args.named_children else None
                cancel = names[1]
                out.append(Derived(vals[0], stmt, f, um.scopes.var(names[0]), cancel,
                                   um.scopes.var(cancel) if cancel.type == "identifier" else None, parent))
        self._derived = out
        return out

    def handed_on(self, d: Derived) -> bool:
        """Is the cancel func given to someone else: returned, stored, passed, captured by a closure,
        reassigned, or a named result?"""
        v = d.cancel
        if v is None:
            return True
        if v.kind == "result":
            return True
        for r in v.refs:
            f = self.um.func_at(r)
            if f is not None and f.node.id != d.func.node.id:
                return True   # used by a closure or goroutine: it may call it
            p = r.parent
            if p is None:
                continue
            if p.type == "call_expression" and p.child_by_field_name("function") == r:
                continue      # a call: pays on its path
            if p.type == "type_conversion_expression":
                return True   # ``NewPromise[R](cancel)``: a call with type arguments (tree-sitter parses it as a
                #               conversion to a generic type), or a conversion whose value holds it
            if p.type == "unary_expression" and _text(p.child_by_field_name("operator")) == "&":
                return True   # its address, stored or passed: ``j.cancelFunc = &cancel``, called as ``(*p)()``
            if p.type in ("argument_list", "return_statement", "expression_list", "keyed_element",
                          "literal_element", "send_statement", "assignment_statement", "short_var_declaration"):
                if p.type == "expression_list" and p.parent is not None and \
                        p.parent.type in ("assignment_statement", "short_var_declaration") and \
                        p.parent.child_by_field_name("left") == p:
                    return True   # reassigned: out of this model's depth
                if p.type == "expression_list" and p.parent is not None and p.parent.type == "return_statement":
                    return True
                if p.type in ("argument_list", "keyed_element", "literal_element", "send_statement",
                              "return_statement"):
                    return True
                if p.type == "expression_list":
                    return True   # stored: s.cancel = cancel / x, c := v, cancel
        return False

    def cancel_leaks(self, d: Derived) -> list[tuple[cfgmod.CNode, bool]]:
        """(last node before the exit, never called at all) for each return reached with the cancel func
        not called on that path."""
        v = d.cancel
        g = self.um.cfg(d.func)
        if v is None or g is None:
            return []
        place = self.um.var_place(v)
        start = g.node_of(d.stmt)
        if start is None:
            return []
        calls = [r for r in v.refs if r.parent is not None and r.parent.type == "call_expression"]
        want = (place, CANCEL)
        parent_done = self._parent_done(d)

        def pays(n, st):
            return {place} if want in self.effects.pays(g, n) or parent_done(n) else set()

        # the cancel func of context.WithX is never nil: ``if cancel != nil { cancel() }`` always calls it
        nil_key = self._nil_test_key(v)
        cond_key = self.um.tracked_key
        if nil_key is not None:
            def cond_key(c, _k=nil_key):
                k = self.um.cond_key(c)
                return k if k is not None and k[0] == _k else self.um.tracked_key(c)
        flow = ObligationFlow(g, lambda n: [place] if n.id == start.id else [], pays, cond_key=cond_key,
                              made_guard=frozenset({(nil_key, False)}) if nil_key is not None else frozenset())
        return [(q, not calls) for _, q in flow.pending_at_exit(cfgmod.RETURN)]

    def _nil_test_key(self, v) -> str | None:
        """The condition key of a nil test of the cancel variable ``v`` (``cancel != nil``), if it has one."""
        for r in v.refs:
            p = r.parent
            while p is not None and p.type == "parenthesized_expression":
                p = p.parent
            if p is not None and p.type == "binary_expression" and \
                    _text(p.child_by_field_name("operator")) in ("==", "!="):
                k = self.um.cond_key(p)
                if k is not None and k[0].startswith("nil:"):
                    return k[0]
        return None

    def _parent_done(self, d: Derived):
        """A test of CFG nodes: does the node receive from the parent's ``Done()`` (``case <-ctx.Done():``,
        ``<-ctx.Done()``), or from the derived context's own, the context a variable not assigned again? Past
        the parent's the parent is cancelled, and a cancelled parent cancels its children, stops their timers
        and forgets them; past its own the context is cancelled (its deadline passed, its parent was
        cancelled, or its cancel ran), which did the same: its cancel func has nothing left to release."""
        parent = d.parent
        pv = self.um.scopes.var(parent) if parent is not None and parent.type == "identifier" else None
        wanted = {v.ident.id: f"<-{v.name}.Done()" for v in (pv, d.ctx_var) if v is not None and not v.assigned}
        if not wanted:
            return lambda n: False

        def test(n) -> bool:
            x = n.ast
            if x is None:
                return False
            if n.kind == "comm":
                x = x.child_by_field_name("communication")
            elif n.kind == "stmt" and x.type == "expression_statement" and x.named_children:
                x = x.named_children[0]
            else:
                return False
            if x is not None and x.type == "receive_statement":   # (``case <-ctx.Done():``)
                x = x.child_by_field_name("right")
            if x is None or x.type != "unary_expression" or "".join(_text(x).split()) not in wanted.values():
                return False
            ident = next((c for c in syntax.walk(x) if c.type == "identifier"), None)
            v = self.um.scopes.var(ident) if ident is not None else None
            return v is not None and wanted.get(v.ident.id) == "".join(_text(x).split())
        return test

    def waited_out(self, d: Derived) -> bool:
        """Does the function wait for the derived context to end right after making it: the statements that
        follow it in its block reach ``<-ctx.Done()`` before anything can leave? It returns only once the
        context was cancelled (its timer fired), which released what the context held: its cancel func has
        nothing left to release."""
        from .checks import reached_before_leaving
        if d.ctx_var is None or d.ctx_var.assigned or d.stmt.parent is None:
            return False
        done = f"<-{d.ctx_var.name}.Done()"
        stmts = [c for c in d.stmt.parent.named_children if c.type != "comment"]
        ids = [c.id for c in stmts]
        rest = stmts[ids.index(d.stmt.id) + 1:] if d.stmt.id in ids else []
        return reached_before_leaving(rest, lambda n: n.type == "expression_statement" and
                                      " ".join(_text(n).split()) == done)

    def asserted_expired(self, d: Derived, testing: frozenset = frozenset()) -> bool:
        """Does the test go on past the derived context only once its deadline has passed: a statement
        after it, in its block, checks ``context.DeadlineExceeded`` and fails the test otherwise (``if err !=
        context.DeadlineExceeded { t.Fatalf(...) }``, ``if !errors.Is(err, context.DeadlineExceeded) {``, or an
        assertion given it: ``require.ErrorIs(t, err, context.DeadlineExceeded)``,
        ``Expect(errors.Is(ctx.Err(), context.DeadlineExceeded)).To(BeTrue())``)? On every passing run the
        timer has fired, which cancelled the context and released it."""
        if d.stmt.parent is None or d.stmt.parent.type not in ("block", "statement_list") or \
                b"DeadlineExceeded" not in (d.func.node.text or b""):
            return False
        after = False
        for st in d.stmt.parent.named_children:
            if st.id == d.stmt.id:
                after = True
                continue
            if not after or b"context.DeadlineExceeded" not in (st.text or b""):
                continue
            if st.type == "if_statement":
                cond = st.child_by_field_name("condition")
                then = st.child_by_field_name("consequence")
                if cond is not None and b"context.DeadlineExceeded" in (cond.text or b"") and then is not None \
                        and syntax.reports_failure(then, testing):
                    return True
            elif st.type == "expression_statement":
                call = st.named_children[0] if st.named_children else None
                fn = _text(call.child_by_field_name("function")) if call is not None and \
                    call.type == "call_expression" else ""
                if fn.startswith(("require.", "assert.")) or "Expect(" in fn:
                    return True   # (a Gomega ``Expect(...).To(...)``, also ``g.Expect``)
        return False

    def holds_nothing(self, d: Derived) -> bool:
        """Is ``d`` a ``context.WithCancel`` (or ``WithCancelCause``) of ``context.Background()`` or
        ``TODO()`` (also of a local bound once to one, ``root := context.Background()``, never assigned
        again)? Those parents are never cancelled, so the child registers nothing with them and starts
        no timer: dropping its cancel leaks nothing (the child is collected with its last reference)."""
        fn = _text(d.call.child_by_field_name("function"))
        parent = syntax.unparen(d.parent)
        if parent is not None and parent.type == "identifier":
            v = self.um.scopes.var(parent)
            parent = syntax.unparen(v.value) if v is not None and v.kind == "local" and not v.assigned and \
                not v.addressed else None
        return fn in ("context.WithCancel", "context.WithCancelCause") and parent is not None and \
            parent.type == "call_expression" and \
            _text(parent.child_by_field_name("function")) in ("context.Background", "context.TODO")

    @staticmethod
    def born_expired(d: Derived) -> bool:
        """Is ``d`` a ``context.WithTimeout`` of a constant duration that is not positive (``-time.Second``,
        ``0``), or a ``context.WithDeadline`` at ``time.Now()`` (or a constant step back from it)? Its
        deadline has passed when it is made: ``WithDeadline`` cancels it at once, before it returns, which
        detaches it from its parent and starts no timer. Its cancel has nothing left to release. So is a
        ``WithDeadline`` at a fixed instant long past (``time.Unix(0, 0)``, ``time.Time{}``)."""
        fn = _text(d.call.child_by_field_name("function"))
        args = syntax.call_args(d.call)
        if len(args) != 2:
            return False
        arg = syntax.unparen(args[1])
        if fn in ("context.WithTimeout", "context.WithTimeoutCause"):
            return _non_positive(arg)
        if fn in ("context.WithDeadline", "context.WithDeadlineCause"):
            if arg is not None and arg.type == "call_expression" and _text(arg) == "time.Now()":
                return True
            if _long_past(arg):
                return True
            f = arg.child_by_field_name("function") if arg is not None and arg.type == "call_expression" else None
            step = syntax.call_args(arg) if f is not None else []
            return f is not None and _text(f) == "time.Now().Add" and len(step) == 1 and _non_positive(step[0])
        return False

    def parent_cancelled(self, d: Derived) -> bool:
        """Is the parent a context derived here whose own cancel is deferred or called (a child's timer
        then ends with it)?"""
        parent = d.parent
        if parent is None or parent.type != "identifier":
            return False
        pv = self.um.scopes.var(parent)
        if pv is None:
            return False
        for other in self.derived():
            if other.ctx_var is pv and other is not d:
                if other.cancel is None or self.handed_on(other):
                    return True
                return not self.cancel_leaks(other)
        return False

    # ---------------------------------------------------------- never done
    def never_done(self, expr: Node | None) -> bool:
        """Is the context ``expr`` one that is never done while this code runs, so that ``case
        <-expr.Done():`` is never taken? A local made by ``context.Background()``/``context.TODO()`` (or
        ``context.WithValue`` of such), or a parameter of an unexported package function that every call
        in the package gives such a context (:func:`_never_done_param`)."""
        expr = syntax.unparen(expr)
        if expr is None or expr.type != "identifier":
            return False
        v = self.um.scopes.var(expr)
        if v is None or v.assigned or v.addressed:
            return False
        if v.kind == "local":
            return _never_done_value(self.um, v.value if v.index == 0 else None, 0)
        if v.kind != "param" or v.func.id != self.um.unit.id or self.um.key is None:
            return False
        from .types import func_sig
        i = func_sig(self.um.unit).param_index(v.name)
        return i is not None and _never_done_param(self.effects.package, self.um.key, i, 3)

    # ---------------------------------------------------------- received
    def received(self, node: Node) -> tuple[str, Node] | None:
        """The ``context.Context`` parameter (name, identifier) of the function running ``node`` or an
        enclosing function (closures see it)."""
        f = self.um.func_at(node)
        while f is not None:
            for v in self.um.scopes.declared_in(f.node):
                if v.kind == "param" and v.type_node is not None and _text(v.type_node) == "context.Context":
                    return v.name, v.ident
            f = f.parent
        return None

    def none_received(self, call: Node, ident: Node) -> bool:
        """Is the received ctx a variadic parameter (``ctx ...context.Context``) that ``call`` runs only
        without: under ``if len(ctx) == 0``, in the ``else`` of ``if len(ctx) > 0``, or after an ``if
        len(ctx) > 0 { ...; return }``? Then the caller passed no context to propagate."""
        if ident.parent is None or ident.parent.type != "variadic_parameter_declaration":
            return False
        name = _text(ident)
        empty = {f"len({name}) == 0", f"len({name}) < 1", f"0 == len({name})"}
        some = {f"len({name}) > 0", f"len({name}) != 0", f"len({name}) >= 1", f"0 < len({name})"}
        fn = syntax.enclosing_func(call)
        cur = call
        for a in syntax.ancestors(call, fn):
            if a.type == "if_statement":
                cond = " ".join(_text(a.child_by_field_name("condition")).split())
                cons, alt = a.child_by_field_name("consequence"), a.child_by_field_name("alternative")
                if cond in empty and cons is not None and syntax.inside(call, cons):
                    return True
                if cond in some and alt is not None and syntax.inside(call, alt):
                    return True
            if a.type in ("block", "statement_list") and cur.type.endswith("statement"):
                sib = cur.prev_named_sibling
                while sib is not None:
                    if sib.type == "if_statement" and sib.child_by_field_name("alternative") is None and \
                            " ".join(_text(sib.child_by_field_name("condition")).split()) in some:
                        last = syntax.stmt_list(sib.child_by_field_name("consequence"))
                        if last and last[-1].type == "return_statement":
                            return True
                    sib = sib.prev_named_sibling
            cur = a
        return False

    def returned_only(self, call: Node) -> bool:
        """Is ``call`` (a ``context.Background()``) only handed back to the caller as a placeholder: a value
        of a ``return`` where another ``return`` of the function gives another context in its place
        (``return context.Background(), item{}, false`` beside ``return q.next(ctx)``), or the initial value
        of a local used only as a return value and assigned anew on some path (``restored :=
        context.Background()`` ... ``restored, it, err = decode(b)``)? Nothing runs under it here."""
        def returned(n: Node) -> bool:
            p = n.parent
            if p is not None and p.type == "expression_list":
                p = p.parent
            return p is not None and p.type == "return_statement"
        if returned(call):
            ret = call.parent.parent if call.parent.type == "expression_list" else call.parent
            vals = syntax.return_values(ret)
            i = next((i for i, x in enumerate(vals) if x.id == call.id), None)
            fn = syntax.enclosing_func(call)
            for other in syntax.walk(fn, skip_funcs=True) if fn is not None and i is not None else ():
                if other.type != "return_statement" or other.id == ret.id:
                    continue
                ovals = syntax.return_values(other)
                if len(ovals) == 1 and len(vals) > 1 and ovals[0].type == "call_expression":
                    return True   # ``return q.next(ctx)``: the other results come from a call
                if i < len(ovals) and _text(ovals[i]) not in ("context.Background()", "context.TODO()"):
                    return True
            return False
        p = call.parent
        stmt = p.parent if p is not None and p.type == "expression_list" else None
        if stmt is None or stmt.type != "short_var_declaration":
            return False
        left, right = stmt.child_by_field_name("left"), stmt.child_by_field_name("right")
        vals = right.named_children if right is not None else []
        i = next((i for i, x in enumerate(vals) if x.id == call.id), None)
        names = left.named_children if left is not None else []
        if i is None or len(names) != len(vals):
            return False
        v = self.um.scopes.var(names[i])
        if v is None or v.addressed or not v.refs or not v.assigns:
            return False
        for r in v.refs:
            q = r.parent
            if q is not None and q.type == "expression_list" and q.parent is not None and \
                    q.parent.type == "assignment_statement" and q.parent.child_by_field_name("left") is not None \
                    and q.parent.child_by_field_name("left").id == q.id:
                continue   # assigned a new value
            if not returned(r):
                return False
        return True

    def after_done(self, node: Node, name: str) -> bool:
        """Is ``node`` reached, on some path, after ``<-name.Done()`` was received (in a select case or as
        a statement; also from a local holding ``name.Done()``)? There the received ctx is already
        cancelled: the work that follows (a graceful shutdown bounded by a timeout of its own) needs a
        context that is not."""
        f = self.um.func_at(node)
        g = self.um.cfg(f) if f is not None else None
        end = _cnode(g, node) if g is not None else None
        if end is None:
            return False
        # (also after the Done of a context made from it, ``egCtx`` of ``eg, egCtx := errgroup.WithContext(ctx)``:
        # it is done on the path where the received ctx was cancelled)
        if any(cfgmod.reaches(n, end) for nm in sorted(self.made_from(f.node, name)) for n in self._done_waits(g, nm)):
            return True
        return _under_err_test(node, name, f.node)

    def only_after_done(self, node: Node, name: str) -> bool:
        """Is ``node`` reached only after ``<-name.Done()`` was received, on every path of its function (a
        select's other cases return: ``select { case <-sig.Done(): return; case <-ctx.Done(): }``, or it is
        in the ``case <-ctx.Done():`` itself)? There the received ctx is cancelled already."""
        f = self.um.func_at(node)
        g = self.um.cfg(f) if f is not None else None
        end = _cnode(g, node) if g is not None else None
        if end is None:
            return False
        waits = {n.id for n in self._done_waits(g, name)}
        return bool(waits) and end.id not in waits and not cfgmod.reaches(g.entry, end, avoid=waits)

    def _done_waits(self, g, name: str) -> list:
        """The nodes of the CFG ``g`` that receive ``<-name.Done()``: a select case or a statement, also a
        receive from a local that holds ``name.Done()`` (``ctxDone := ctx.Done()``)."""
        wants = {f"<-{name}.Done()"} | {f"<-{v.name}" for v in self.um.scopes.vars
                                         if v.kind == "local" and v.value is not None and not v.addressed and
                                         all(x is not None and x.type == "nil" for _n, x in v.assigns) and
                                         "".join(_text(v.value).split()) == f"{name}.Done()"}
        out = []
        for n in g.nodes:
            if n.ast is None:
                continue
            if n.kind == "comm":
                t = _text(n.ast.child_by_field_name("communication"))
            elif n.ast.type == "expression_statement":
                t = _text(n.ast)
            else:
                continue
            if "".join(t.split()) in wants:
                out.append(n)
        return out

    def behind_never_done(self, node: Node) -> bool:
        """Is ``node`` reached only after a statement ``<-ctx.Done()`` of a context that is never done
        (:meth:`never_done`: a ``Background()`` local, or a parameter every call fills with one)? It never
        runs: ``go func() { <-ctx.Done(); a.cache = nil }()`` under a context nothing cancels."""
        f = self.um.func_at(node)
        g = self.um.cfg(f) if f is not None else None
        end = _cnode(g, node) if g is not None else None
        if end is None:
            return False
        waits = set()
        for n in g.nodes:
            if n.ast is None or n.ast.type != "expression_statement" or not n.ast.named_children:
                continue
            e = syntax.unparen(n.ast.named_children[0])
            if e is None or e.type != "unary_expression" or _text(e.child_by_field_name("operator")) != "<-":
                continue
            call = syntax.unparen(e.child_by_field_name("operand"))
            fn = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
            if fn is not None and fn.type == "selector_expression" and \
                    _text(fn.child_by_field_name("field")) == "Done" and not syntax.call_args(call) and \
                    self.never_done(fn.child_by_field_name("operand")):
                waits.add(n.id)
        return bool(waits) and end.id not in waits and not cfgmod.reaches(g.entry, end, avoid=waits)

    def err_not_canceled_dead(self, node: Node) -> bool:
        """Is ``node`` in the branch of ``if c.Err() != context.Canceled`` (``!errors.Is(c.Err(),
        context.Canceled)``) inside ``case <-c.Done():``, where ``c`` is a ``context.WithCancel`` (or
        ``WithCancelCause``) of a context that is never done, not assigned again? With no deadline, ``c``
        is done only once cancelled, and its ``Err()`` is then ``context.Canceled``: the branch never runs."""
        for a in syntax.ancestors(node):
            if a.type != "if_statement" or not syntax.inside(node, a.child_by_field_name("consequence")):
                continue
            m = _NOT_CANCELED.fullmatch("".join(_text(a.child_by_field_name("condition")).split()))
            name = (m.group(1) or m.group(2)) if m is not None else None
            d = next((d for d in self.derived() if name and d.ctx_var is not None and d.ctx_var.name == name), None)
            if d is None or d.ctx_var.assigned or d.parent is None or \
                    _text(d.call.child_by_field_name("function")) not in ("context.WithCancel", "context.WithCancelCause") \
                    or "".join(_text(d.parent).split()) not in NEVER_DONE:
                continue
            ident = next((i for i in syntax.walk(a.child_by_field_name("condition")) if i.type == "identifier"
                          and _text(i) == name), None)
            if ident is None or self.um.scopes.var(ident) is not d.ctx_var:
                continue
            case = next((c for c in syntax.ancestors(a) if c.type == "communication_case"), None)
            comm = case.child_by_field_name("communication") if case is not None else None
            if comm is not None and "".join(_text(comm).split()) == f"<-{name}.Done()":
                return True
        return False

    def scoped(self, root: Node) -> bool:
        """Is ``root`` (a ``context.Background()``) the parent of a context derived for this call only,
        beside the received ctx? ``c, cancel := context.WithCancel(context.Background())`` (or a timeout)
        under a new name, whose cancel runs on every exit of the function (deferred), while the function
        goes on using its received ctx after it: the caller's cancellation still reaches the function's
        own work, and whatever runs under ``c`` is cancelled when the function returns."""
        d = next((d for d in self.derived() if d.parent is not None and d.parent.id == root.id), None)
        got = self.received(root)
        if d is None or got is None or d.cancel is None or d.ctx_var is None or d.stmt.type != "short_var_declaration":
            return False
        name, ident = got
        param = self.um.scopes.var(ident)
        if d.ctx_var.name == name or param is None or (param.assigned and not _self_derived(param)):
            return False   # the received ctx shadowed or replaced: the rest of the function loses it
        if not any(r.start_byte > d.stmt.end_byte and self.um.func_at(r) is d.func for r in param.refs):
            return False   # the function's own work does not follow the caller's ctx after it
        return not self.cancel_leaks(d)

    def detached(self, call: Node) -> str | None:
        """Why a fresh context at ``call`` is meant to be independent of the received one, or None."""
        um = self.um
        f = um.func_at(call)
        if f is None:
            return None
        # runs in a goroutine, a deferred call, or a closure handed elsewhere
        cur = f
        while cur is not None and cur.how != "decl":
            if cur.how in ("go", "defer", "value"):
                return {"go": "goroutine", "defer": "deferred", "value": "callback"}[cur.how]
            cur = cur.parent
        g = um.cfg(f)
        if g is None:
            return None
        n = _cnode(g, call)
        if n is None:
            return None
        if n.kind in ("go", "defer"):
            return "goroutine" if n.kind == "go" else "deferred"
        if self._go_only(call):
            return "goroutine"   # bound to locals only goroutines started here use
        if self._lifetime_kept(call):
            return "stored"   # a lifetime for goroutines started here, ended by a cancel kept past the call
        if self._latch(call):
            return "latch"   # only its Done channel is used, closed by a cancel kept past the call
        # the result outlives the function: stored in a field or a package variable
        stmt = n.ast
        if stmt is not None and stmt.type in ("assignment_statement",):
            left = stmt.child_by_field_name("left")
            for x in (left.named_children if left is not None else []):
                if x.type in ("selector_expression", "index_expression"):
                    return "stored"
                if x.type == "identifier" and um.scopes.var(x) is None and x.text != b"_":
                    return "stored"   # (a package variable; ``_ = f(...)`` only discards the result)
        if self._returned_field(call, f) or self._returned_derived(call, f):
            return "stored"
        # on a path where the received ctx is nil, or where an error is being handled
        for key, value in um.guard_literals_to(g, n):
            if key.startswith("nil:") and value and self._is_ctx_key(key[4:]):
                return "nil ctx"
        if self._default_for_nil(call):
            return "nil ctx"
        p = call.parent
        for _ in range(40):
            if p is None or p.id == f.node.id:
                break
            if p.type == "block" and p.parent is not None and p.parent.type == "if_statement" and \
                    p.parent.child_by_field_name("consequence") == p:
                cond = _text(p.parent.child_by_field_name("condition"))
                if _ERR_RE.search(cond):
                    return "error path"
                if _NIL_CTX_RE.search(cond) or self._nil_ctx_test(p.parent.child_by_field_name("condition")):
                    return "nil ctx"
            p = p.parent
        return None

    def bound_locals(self, call: Node) -> list[Var] | None:
        """The locals a fresh context ``call`` is bound to at its statement: ``c := context.Background()``,
        or the results of a call that only puts a span or values on it, ``span, c :=
        trace.StartSpanFromContext(context.Background(), "op")`` (``_`` left out), or of one that derives a
        context from it which the statement discards, ``eg, _ := errgroup.WithContext(context.TODO())`` (the
        group: its goroutines get no context from it); None when it goes anywhere else (an argument of
        work, a field, a package variable)."""
        node = call
        derived = None   # the index of the derived context among the results of the call it is given to
        if call.parent is not None and call.parent.type == "argument_list":
            outer, idx = syntax.argument_of(call)
            derived = _CTX_RESULT.get(_text(outer.child_by_field_name("function"))) if outer is not None else None
            if outer is None or idx != 0 or not (self._puts_values(outer) or derived is not None):
                return None
            node = outer
        stmt = node.parent
        if stmt is not None and stmt.type == "expression_list" and stmt.named_child_count == 1:
            stmt = stmt.parent
        if stmt is None or stmt.type not in ("short_var_declaration", "assignment_statement"):
            return None
        left, right = stmt.child_by_field_name("left"), stmt.child_by_field_name("right")
        if right is None or right.named_child_count != 1 or syntax.unparen(right.named_children[0]).id != node.id \
                or (stmt.type == "assignment_statement" and _text(stmt.child_by_field_name("operator")) != "="):
            return None
        names = left.named_children if left is not None else []
        if derived is not None and (derived >= len(names) or names[derived].text != b"_"):
            return None   # the derived context is kept: work may run under it
        out = []
        for x in names:
            if x.type != "identifier":
                return None   # a field or an element: stored past this call
            if x.text == b"_":
                continue
            v = self.um.scopes.var(x)
            if v is None or v.kind != "local" or v.addressed:
                return None
            out.append(v)
        return out

    def _puts_values(self, call: Node) -> bool:
        """Is ``call`` one that only puts values on the context it is given and returns it with a span
        (``context.WithValue``, a tracer's ``Start``/``StartSpan...``, ``metadata.NewOutgoingContext``,
        OpenCensus's ``tag.New`` putting tags for its measures) —
        of another package: a function of this one is read for what it does?"""
        fn = _text(call.child_by_field_name("function"))
        name = syntax.call_name(call)[1]
        return fn == "context.WithValue" or fn in _TAGS_ONLY or (
            (name in VALUE_ONLY_CTX or name.startswith(_SPAN_HELPERS)) and fn not in self._pkg.types.funcs)

    def runs_nothing(self, call: Node) -> bool:
        """Does nothing run under the fresh context ``call``: bound only to locals that are never handed to
        a call nor waited on, only asked for values or spans (``span, _ :=
        trace.StartSpanFromContextWithTraceID(context.Background(), "", id)`` then ``span.Infof(...)``; ``_,
        finish := h.TraceUpload(context.Background(), ...)`` then ``defer finish()``), or
        stored in a struct literal's field that nothing in the package reads (``&runtime{statsCtx:
        context.Background()}``, ``statsCtx`` never read: kept and forgotten)? A local handed only to log
        lines or recorded measures (``ctxBg := context.Background()`` then ``rm.latency.Record(ctxBg, ms)``
        with ``latency metric.Float64Histogram``: a type of a package named for metrics or logs), also once
        a measure's tags are put on it (``ctx, _ := tag.New(context.Background(), ...)`` then
        ``stats.Record(ctx, m.M(1))``, :meth:`to_logger_typed`), runs nothing either."""
        field = _stored_field(call)
        if field is not None:
            return self._pkg is not None and self._pkg.field_never_read(field)
        bound = self.bound_locals(call)
        outer = syntax.argument_of(call)[0] if call.parent is not None and call.parent.type == "argument_list" \
            else None
        if bound is not None and outer is not None and _text(outer.child_by_field_name("function")) in _CTX_RESULT:
            return True   # (``eg, _ := errgroup.WithContext(...)``: a Group hands out no context, wherever it goes)
        spans = outer is not None and syntax.call_name(outer)[1].startswith(_SPAN_HELPERS)
        return bound is not None and all(self._nothing_runs_on(v, call, spans, frozenset(bound))
                                         for v in bound if not _error_result(v))

    def _nothing_runs_on(self, v: Var, after: Node, spans: bool, seen: frozenset) -> bool:
        """Are the uses of the local ``v`` that see the value given at ``after`` only: receivers of calls that
        neither wait nor ask about cancellation, span ends (``spans``), log lines and measures, new values
        given to it, or the context of a call that only puts values or a span on it whose results are such
        locals in turn (``ctx = context.WithValue(ctx, k, id)`` then ``span, _ := tracer.StartTrace(ctx, op)``
        and ``span.End()``)?"""
        for r in self._uses_after(v, after):
            if _only_receiver(r) or (spans and _called(r)) or self.to_logger_typed(r, by_package=True) or \
                    _assigned_to(r):
                continue
            outer, idx = syntax.argument_of(r) if r.parent is not None and r.parent.type == "argument_list" \
                else (None, None)
            onto = self.bound_locals(r) if outer is not None and idx == 0 and self._puts_values(outer) else None
            if onto is None or len(seen) > 8:
                return False
            more = syntax.call_name(outer)[1].startswith(_SPAN_HELPERS)
            if not all(self._nothing_runs_on(w, r, more, seen | {w}) for w in onto
                       if w not in seen and not _error_result(w)):
                return False
        return True

    @staticmethod
    def _uses_after(v: Var, call: Node) -> list[Node]:
        """The uses of ``v`` that can see the value the statement of ``call`` gives it: those after it, and
        all those of a loop around it (the next turn); for its declaration, every use."""
        if v.ident.start_byte >= syntax.stmt_of(call).start_byte:
            return v.refs
        loop = next((a for a in syntax.ancestors(call) if a.type == "for_statement" or a.id == v.func.id), None)
        lo = loop.start_byte if loop is not None and loop.type == "for_statement" else call.start_byte
        return [r for r in v.refs if r.start_byte >= lo]

    def _go_only(self, call: Node) -> list[Node]:
        """The uses of the locals a fresh context ``call`` is bound to, when every use that is not a span's or a
        value's (:func:`_only_receiver`) lies in a ``go`` statement of this function (its arguments or the
        literal it runs): the context is made for goroutines that outlive the call (``bgSpan, bgCtx :=
        trace.StartSpan...(context.Background(), ...)`` then ``go func() { push(bgCtx) }()``, ``asyncCtx :=
        context.Background(); go r.asyncCache(asyncCtx, key)``); empty otherwise."""
        bound = self.bound_locals(call)
        fn = syntax.enclosing_func(call)
        uses = []
        for v in bound or ():
            for r in self._uses_after(v, call):
                if _only_receiver(r):
                    continue
                go = next((a for a in syntax.ancestors(r) if a.type in ("go_statement", "function_declaration",
                                                                          "method_declaration")
                           or (a.type == "func_literal" and fn is not None and a.id == fn.id)), None)
                if go is None or go.type != "go_statement":
                    return []
                uses.append(r)
        return uses

    def _latch(self, call: Node) -> bool:
        """``ready, markReady := context.WithCancel(context.Background())`` whose context is only ever asked
        for its ``Done()`` channel (handed to waiters: ``handler(w, ready.Done())``; not by a goroutine
        started here) and whose cancel is kept past the call (``wh.synced = markReady``): a one-shot
        broadcast latch, no work runs under it."""
        got = self._ctx_and_cancel(call)
        if got is None:
            return False
        (ctx_var, cancel_var), names, home, _stmt = got
        if ctx_var.kind != "local":
            return False
        uses = [r for r in self._uses_after(ctx_var, call) if r.id != names[0].id]
        asked = [r for r in uses if _value_asked(r)]   # (``context.Cause(c)``, ``c.Err()``, ``c != nil``)
        waits = []
        for r in uses:
            if any(r.id == a.id for a in asked):
                continue
            sel = r.parent
            outer = sel.parent if sel is not None else None
            if sel is None or sel.type != "selector_expression" or _text(sel.child_by_field_name("field")) != "Done" \
                    or outer is None or outer.type != "call_expression" or _in_goroutine(r, home):
                return False   # (waited on by a goroutine started here: its lifetime, see _lifetime_kept)
            waits.append(outer)
        if not waits:
            return False
        cancels = [r for r in self._uses_after(cancel_var, call) if r.id != names[1].id]
        if any(_kept(r, self.um, 2, home) for r in cancels):
            return True
        # fired by a callback handed on (``events.Hook(func(e E) { ...; done(nil) })``), and every wait on it
        # here a select that also stops with the received ctx (or one made from it): nothing is lost
        got = self.received(call)
        made = self.made_from(home, _text(got[1])) if got is not None and home is not None else set()
        return bool(made) and any(_in_callback(r, home) for r in cancels) and \
            all(_select_also_on(w, made) for w in waits)

    def _ctx_and_cancel(self, call: Node):
        """For ``c, cancel := context.WithCancel(call)`` (a cause, a timeout, a deadline; ``c`` may give the
        received ctx a new value): the variables of ``c`` and ``cancel``, their identifiers there, and the
        function it is in, and the statement; None otherwise."""
        outer, idx = syntax.argument_of(call)
        fn = _text(outer.child_by_field_name("function")) if outer is not None else ""
        if idx != 0 or fn not in _LIFETIME_CTORS:
            return None
        stmt = outer.parent
        if stmt is not None and stmt.type == "expression_list" and stmt.named_child_count == 1:
            stmt = stmt.parent
        if stmt is None or stmt.type not in ("short_var_declaration", "assignment_statement"):
            return None
        left = stmt.child_by_field_name("left")
        names = left.named_children if left is not None else []
        if len(names) != 2 or any(x.type != "identifier" or x.text == b"_" for x in names):
            return None
        ctx_var, cancel_var = (self.um.scopes.var(x) for x in names)
        if ctx_var is None or cancel_var is None or cancel_var.kind != "local" or ctx_var.addressed:
            return None
        return (ctx_var, cancel_var), names, syntax.enclosing_func(call), stmt

    def _lifetime_kept(self, call: Node) -> bool:
        """``c, cancel := context.WithCancel(context.Background())`` (a cause, a timeout, a deadline) whose
        ``c`` only goroutines started here use (``go``, or the literal handed to ``wg.Go``/``g.Go``), or that
        is itself kept past the call (``e.cancelCtx = c``, for the goroutines a later ``Start`` runs), and
        whose ``cancel`` is kept past the call: stored in a field or a package variable, returned, or called
        by a function literal that is (``s.stop = func() { cancel(); <-done }``, also through a local
        ``stop`` stored so), while the received ctx is not used after it. A component's lifetime: its Stop
        ends the goroutines, the received ctx only bounds the start."""
        got = self._ctx_and_cancel(call)
        if got is None:
            return False
        (ctx_var, cancel_var), names, home, stmt = got
        if ctx_var.kind not in ("local", "param"):
            return False
        if ctx_var.kind == "param":   # ``ctx, cancel := ...`` gives the received ctx a new value: the uses after it
            if any(a.type == "for_statement" for a in syntax.ancestors(stmt, home)):
                return False
            uses = [r for r in ctx_var.refs if r.start_byte > stmt.end_byte]
        else:
            uses = self._uses_after(ctx_var, call)
            got = self.received(call)
            param = self.um.scopes.var(got[1]) if got is not None else None
            if param is None or any(r.start_byte > stmt.end_byte for r in param.refs):
                return False   # the received ctx is still asked after (a select on its Done, a log line)
        if not uses or any(r.id != names[0].id and not _in_goroutine(r, home) and not _stored(r, self.um, 2, home)
                           for r in uses):
            return False   # (``e.cancelCtx = c``: kept with its cancel for the goroutines a later Start runs)
        return any(_kept(r, self.um, 2, home) for r in self._uses_after(cancel_var, call) if r.id != names[1].id)

    def _default_for_nil(self, call: Node) -> bool:
        """``base := context.Background()`` followed by ``if ctx != nil { base = ... }`` (``ctx`` a context
        parameter, ``base`` given a value by a statement of that block itself): the default survives only
        where the received ctx is nil."""
        stmt = call.parent
        while stmt is not None and stmt.type == "expression_list":
            stmt = stmt.parent
        if stmt is None or stmt.type != "short_var_declaration":
            return False
        left, right = stmt.child_by_field_name("left"), stmt.child_by_field_name("right")
        if len(left.named_children) != 1 or len(right.named_children) != 1 or \
                syntax.unparen(right.named_children[0]).id != call.id:
            return False
        name = _text(left.named_children[0])
        nxt = stmt.next_named_sibling
        while nxt is not None and nxt.type == "comment":
            nxt = nxt.next_named_sibling
        cond = syntax.unparen(nxt.child_by_field_name("condition")) if nxt is not None and \
            nxt.type == "if_statement" and nxt.child_by_field_name("initializer") is None else None
        if cond is None or not any(self._given_ctx(c) for c in syntax.conjuncts(cond)):
            return False
        block = nxt.child_by_field_name("consequence")
        for st in syntax.stmt_list(block):
            if st.type == "assignment_statement" and _text(st.child_by_field_name("operator")) == "=":
                targets = st.child_by_field_name("left").named_children
                if len(targets) == 1 and _text(targets[0]) == name:
                    return True
        return False

    def _given_ctx(self, cond: Node) -> bool:
        """Is ``cond`` true only when the caller gave a context: ``ctx != nil`` of a ``context.Context``
        parameter, or ``len(parents) > 0`` (``!= 0``, ``>= 1``), ``parents[0] != nil`` of a variadic
        ``parents ...context.Context``?"""
        if cond.type != "binary_expression":
            return False
        op = _text(cond.child_by_field_name("operator"))
        left = syntax.unparen(cond.child_by_field_name("left"))
        right = _text(cond.child_by_field_name("right"))
        variadic = False
        if op == "!=" and right == "nil" and left is not None and left.type == "index_expression" and \
                _text(left.child_by_field_name("index")) == "0":
            left, variadic = syntax.unparen(left.child_by_field_name("operand")), True
        elif (op, right) in ((">", "0"), ("!=", "0"), (">=", "1")) and left is not None and \
                left.type == "call_expression" and _text(left.child_by_field_name("function")) == "len":
            args = syntax.call_args(left)
            left, variadic = (syntax.unparen(args[0]) if len(args) == 1 else None), True
        elif not (op == "!=" and right == "nil"):
            return False
        v = self.um.scopes.var(left) if left is not None and left.type == "identifier" else None
        if v is None or v.kind != "param" or v.type_node is None:
            return False
        spread = v.type_node.parent is not None and v.type_node.parent.type == "variadic_parameter_declaration"
        return _text(v.type_node).lstrip(".") == "context.Context" and spread == variadic

    def restores(self, node: Node, received: str) -> bool:
        """Is ``node`` (a ``context.Background()``) the argument of a call that puts back a holder's
        context after work ran under the caller's: the same method on the same receiver was called
        before it in the function with the received ctx, or a local made from it, in that place
        (``r.SetContext(ctx)`` ... ``r.Invoke(...)`` ... ``r.SetContext(context.Background())``)? The
        call resets a pooled holder; nothing runs under the new context here."""
        call, idx = syntax.argument_of(node)
        fn = call.child_by_field_name("function") if call is not None else None
        if idx is None or fn is None or fn.type != "selector_expression" or not self._setter(call, fn, idx):
            return False
        f = self.um.func_at(call)
        if f is None:
            return False
        target = " ".join(_text(fn).split())
        for other in syntax.walk(f.node):
            if other.start_byte >= call.start_byte:
                break
            if other.type != "call_expression" or self.um.func_at(other) is not f:
                continue
            ofn = other.child_by_field_name("function")
            if ofn is None or " ".join(_text(ofn).split()) != target:
                continue
            args = other.child_by_field_name("arguments")
            vals = [a for a in args.named_children if a.type != "comment"] if args is not None else []
            if idx < len(vals) and self._from_received(syntax.unparen(vals[idx]), received):
                return True
        return False

    def _setter(self, call: Node, fn: Node, idx: int) -> bool:
        """Does ``call`` only store its argument ``idx``: a package method whose parameter there is used
        only as the value assigned to a field (``func (r *R) SetContext(c context.Context) { r.ctx = c }``),
        or, for a method goleash cannot read, a statement of its own calling a ``Set...`` method (Go's
        name for a setter)?"""
        callee = self.um.callee(call)[0]
        decl = self._decl(callee.key) if callee is not None and callee.key is not None else None
        if decl is None:
            field = fn.child_by_field_name("field")
            return call.parent is not None and call.parent.type == "expression_statement" and \
                field is not None and _text(field).startswith("Set")
        recv, _, name = callee.key.rpartition(".")
        sig = self.um.index.methods.get(recv, {}).get(name) if recv else self.um.index.funcs.get(name)
        body = decl[0].child_by_field_name("body")
        if sig is None or idx >= len(sig.params) or body is None:
            return False
        param = sig.params[idx][0]
        refs = list(syntax.references(param, body)) if param not in ("", "_") else []
        for r in refs:
            right = r.parent
            stmt = right.parent if right is not None and right.type == "expression_list" else None
            left = stmt.child_by_field_name("left") if stmt is not None and stmt.type == "assignment_statement" else None
            if left is None or stmt.child_by_field_name("right").id != right.id or \
                    any(x.type != "selector_expression" for x in left.named_children):
                return False
        return bool(refs)

    def _from_received(self, expr: Node | None, received: str) -> bool:
        """``expr`` is the received ctx, or a local made from it (:meth:`made_from`)."""
        f = self.um.func_at(expr) if expr is not None and expr.type == "identifier" else None
        return f is not None and _text(expr) in self.made_from(f.node, received)

    def cancelled_after(self, ident: Node, before: Node) -> bool:
        """Is ``ident`` a context that ends only after ``before``: a local of the function ``before`` is in, made
        there with its cancel func from a root that nothing cancels sooner (``ctx, cancel :=
        context.WithCancel(context.Background())``, or of ``t.Context()``), never given another value, whose
        cancel func is only called — after ``before`` and in no loop around it, or deferred — and not handed
        on; or that function's own test context, ``t.Context()``? A call given it that returns only once it is
        done (a run loop) returns after ``before``."""
        fn = syntax.enclosing_func(before)
        if ident is not None and ident.type == "call_expression" and fn is not None:
            return self._test_context(ident, fn)
        v = self.um.scopes.var(ident) if ident is not None and ident.type == "identifier" else None
        value = syntax.unparen(v.value) if v is not None and v.kind == "local" and v.value is not None else None
        if value is None or v.assigned or v.addressed or fn is None or v.func.id != fn.id or \
                value.type != "call_expression" or v.index != 0 or \
                _text(value.child_by_field_name("function")) not in ("context.WithCancel", "context.WithCancelCause"):
            return False
        args = syntax.call_args(value)
        root = syntax.unparen(args[0]) if args else None
        if root is None or _text(root) not in ("context.Background()", "context.TODO()") and not (
                root.type == "call_expression" and syntax.call_name(root)[1] == "Context" and
                not syntax.call_args(root)):
            return False   # (a parent that may be cancelled at any time)
        cancel = next((w for w in self.um.scopes.vars if w.stmt is not None and w.stmt.id == v.stmt.id and
                       w.index == 1), None)
        if cancel is None or cancel.assigned:
            return False
        loops = syntax.loops_between(before, fn)
        for r in cancel.refs:
            call = r.parent
            if call is None or call.type != "call_expression" or call.child_by_field_name("function").id != r.id:
                return False   # handed on: whoever has it may cancel at any time
            stmt = syntax.stmt_of(call)
            if stmt is not None and stmt.type == "defer_statement" and syntax.enclosing_func(stmt).id == fn.id:
                continue
            if r.start_byte < before.end_byte or any(syntax.inside(r, lp) for lp in loops) or \
                    syntax.enclosing_func(r).id != fn.id:
                return False
        return True

    def _test_context(self, call: Node, fn: Node) -> bool:
        """Is ``call`` ``t.Context()`` of the test function ``fn``'s own ``t`` (``*testing.T``/``B``, ``TB``)? It
        is cancelled only once ``fn`` has returned, before its cleanups run: after everything ``fn`` does."""
        callee = call.child_by_field_name("function")
        operand = callee.child_by_field_name("operand") if callee is not None and \
            callee.type == "selector_expression" else None
        if operand is None or syntax.call_name(call)[1] != "Context" or syntax.call_args(call):
            return False
        v = self.um.scopes.var(operand) if operand.type == "identifier" else None
        return v is not None and v.kind == "param" and v.func.id == fn.id and v.type_node is not None and \
            " ".join(_text(v.type_node).split()) in _TESTING

    def made_from(self, fn: Node, name: str) -> set[str]:
        """``name`` (a context of ``fn``) and the locals of ``fn`` declared from it, or from one of those,
        and given again only values made from them (``vmCtx := context.WithValue(ctx, k, v)``, ``rctx,
        cancel := context.WithCancel(ctx)``: the context, not its cancel func): contexts that carry what
        ``name`` carries, and end when it does."""
        def mentions(expr, within) -> bool:
            return expr is not None and any(n.type == "identifier" and _text(n) in within
                                            for n in [expr, *syntax.walk(expr)])

        def a_context(v) -> bool:   # ``context.WithX(...)``, or a value of type context.Context
            value = syntax.unparen(v.value)
            fn = value.child_by_field_name("function") if value.type == "call_expression" else None
            return (fn is not None and _text(fn).startswith("context.With")) or \
                (v.type_node is not None and _text(v.type_node) == "context.Context") or \
                self.um.types.of(value) == "context.Context"

        def derived(v) -> bool:   # ``eg, egCtx := errgroup.WithContext(ctx)``: the group's context
            value = syntax.unparen(v.value)
            fn = value.child_by_field_name("function") if value is not None and value.type == "call_expression" \
                else None
            return fn is not None and _CTX_RESULT.get(_text(fn)) == v.index

        names = {name}
        for v in self.um.scopes.declared_in(fn):   # (in the order they are declared)
            if v.kind == "local" and mentions(v.value, names) and (v.index == 0 and a_context(v) or derived(v)) and \
                    all(mentions(x, names | {v.name}) for _n, x in v.assigns):
                names.add(v.name)   # (given again, from itself: ``vmCtx = wrap(vmCtx, ...)``)
        return names

    def ignored_by_callee(self, node: Node) -> bool:
        """``node`` is an argument of a call to a package function whose parameter for it is ``_``,
        unnamed, or never used in its body: whatever context is passed, the callee does not look at it;
        or the value of a local (``c := context.Background()``) handed only to such calls, and to
        functions that only put values on it, rebinding it (``c = authz.With(c, user)``)."""
        v = self._bound_local(node)
        if v is not None:
            return self._only_ignored(v)
        for _depth in range(3):
            call, idx = syntax.argument_of(node)
            if call is None or idx is None:
                return False
            if not self._wraps(call, idx):
                return self._ignores(call, idx)
            node = call   # ``h.Get(withDB(context.TODO()))``: what the wrapped context is handed to
        return False

    def _wraps(self, call: Node, idx: int) -> bool:
        """Does the callee of ``call`` only put values on its argument ``idx`` (a package function, or one
        of another package of the module)?"""
        callee = self.um.callee(call)[0]
        if callee is None or callee.key is None:
            return self._ignored_in_module(call, idx, wraps=True)
        return self._value_wrapper(callee.key, idx)

    def _ignores(self, call: Node, idx: int) -> bool:
        callee = self.um.callee(call)[0]
        if callee is None or callee.key is None:
            return self._ignored_in_module(call, idx)
        return self._param_ignored(callee.key, idx, frozenset(), self._bound_funcs(call, callee.key))

    def _bound_funcs(self, call: Node, key: str, um=None) -> dict[str, str]:
        """The package functions ``call`` hands to the func-typed parameters of the package function ``key``,
        by the parameter's name: ``m.syncContact(ctx, c, m.dispatchMessage)`` binds ``handler`` to
        ``Messenger.dispatchMessage``."""
        um = um or self.um
        recv, _, name = key.rpartition(".")
        index = um.index
        sig = index.methods.get(recv, {}).get(name) if recv else index.funcs.get(name)
        out = {}
        for i, arg in enumerate(syntax.call_args(call)):
            if sig is None or i >= len(sig.params) or not sig.params[i][0]:
                break
            arg = syntax.unparen(arg)
            fkey = None
            if arg.type == "identifier" and um.scopes.var(arg) is None and _text(arg) in index.funcs:
                fkey = _text(arg)
            elif arg.type == "selector_expression":
                t = (um.types.of(arg.child_by_field_name("operand")) or "").lstrip("*")
                m = _text(arg.child_by_field_name("field"))
                fkey = f"{t}.{m}" if m in index.methods.get(t, {}) else None
            if fkey is not None:
                out[sig.params[i][0]] = fkey
        return out

    def _bound_local(self, node: Node) -> Var | None:
        """The local ``node`` is the only initial value of (``c := context.Background()``)."""
        p = node.parent
        if p is not None and p.type == "expression_list" and p.named_child_count == 1:
            p = p.parent
        if p is None or p.type not in ("short_var_declaration", "var_spec"):
            return None
        left = p.child_by_field_name("left") if p.type == "short_var_declaration" else None
        names = left.named_children if left is not None else p.children_by_field_name("name")
        if len(names) != 1:
            return None
        v = self.um.scopes.var(names[0])
        return v if v is not None and v.kind == "local" else None

    def _only_ignored(self, v: Var) -> bool:
        """Is the local ``v`` only handed to callees that ignore it, or to value wrappers whose result is
        given back to it (``c = authz.With(c, user)``, every assignment of it such)?"""
        rebinds = 0
        for r in v.refs:
            p = r.parent.parent if r.parent is not None and r.parent.type == "expression_list" else None
            if p is not None and p.type == "assignment_statement" and p.child_by_field_name("left") == r.parent:
                continue   # (given a value: each assignment is looked at through the value's own ref)
            call, idx = syntax.argument_of(r)
            if call is None or idx is None:
                return False
            stmt = call.parent.parent if call.parent is not None and call.parent.type == "expression_list" else None
            if stmt is not None and stmt.type == "assignment_statement" and \
                    _text(stmt.child_by_field_name("left")) == v.name and \
                    stmt.child_by_field_name("right").named_child_count == 1:
                if not self._wraps(call, idx):
                    return False
                rebinds += 1
            elif not self.ignored_by_callee(r):
                return False
        return bool(v.refs) and rebinds == len(v.assigns)

    def _ignored_in_module(self, call: Node, idx: int, wraps: bool = False, um=None) -> bool:
        """``pkg.F(ctx)`` of another package of the module, or ``x.M(ctx)`` with ``x`` of a type ``pkg.T``
        declared there (an interface: every method ``M`` of the module), whose parameter for ``ctx`` is
        ``_``, unnamed, or never used (PackageModel.ignored_in_module). ``um``: the model of the
        declaration ``call`` is in, when not this one's."""
        um = um or self.um
        fn = syntax.unparen(call.child_by_field_name("function"))
        if self._pkg is None or fn is None or fn.type != "selector_expression":
            return False
        operand, name = fn.child_by_field_name("operand"), syntax.text(fn.child_by_field_name("field"))
        root = call
        while root.parent is not None:
            root = root.parent
        imports = file_imports(root)
        if operand.type == "identifier" and um.scopes.var(operand) is None and syntax.text(operand) in imports:
            return self._pkg.ignored_in_module(imports[syntax.text(operand)], name, idx, None, wraps=wraps)
        inner = syntax.unparen(operand.child_by_field_name("operand")) if operand.type == "selector_expression" else None
        if not wraps and inner is not None and inner.type == "identifier" and syntax.text(inner) in imports:
            return self._pkg.ignored_by_var_method(operand, imports, name, idx, local=um.scopes.var(inner) is not None)
        alias, _, typ = (um.types.of(operand) or "").lstrip("*").rpartition(".")
        path = (imports.get(alias) or self._pkg.import_of(alias)) if alias else \
            self._pkg.import_path()   # (a type of this package: an interface)
        return not wraps and typ.isidentifier() and path is not None and \
            self._pkg.ignored_in_module(path, name, idx, typ)

    def _value_wrapper(self, key: str, idx: int) -> bool:
        """Does the package function ``key`` only put values on its context parameter ``idx``: every
        ``return`` gives ``context.WithValue(p, ...)`` (or ``p``)?"""
        fn = self._pkg.decl_node(key) if self._pkg is not None else None   # (its text: a recorded dependency)
        return fn is not None and wraps_values(fn, idx)

    def _param_ignored(self, key: str, idx: int, seen: frozenset, bound: dict | None = None) -> bool:
        """Is parameter ``idx`` of the package function ``key`` ``_``, unnamed, or used only as the same
        argument of package functions that ignore it in turn (``func (c *conn) pull(ctx context.Context)
        { return c.inner(ctx) }`` with ``inner`` never reading its ctx), up to ``_MAX_HOPS`` calls down; of a
        function of another package of the module that does not read it (``m.sender.SendPrivate(ctx, p)``:
        ModuleIndex's reading); or of the function ``bound`` gives for a func-typed parameter the call
        passes it to (``handler(ctx, raw)`` with ``m.dispatchMessage`` passed for ``handler``)?"""
        recv, _, name = key.rpartition(".")
        index = self.um.index
        sig = index.methods.get(recv, {}).get(name) if recv else index.funcs.get(name)
        if sig is None or idx >= len(sig.params) or sig.params[idx][1].startswith("..."):
            return False
        name = sig.params[idx][0]
        if name in ("", "_") or (key, idx) in seen:
            return True   # (a recursive call hands it on to itself: that alone is no use)
        decl = self._decl(key)
        body = decl[0].child_by_field_name("body") if decl is not None else None
        if body is None:
            return False
        uses = param_refs(decl[0], name)
        if uses is None:
            return False
        refs = [r for r in uses if not value_read(r)]
        if not refs:
            return True
        if len(seen) >= _MAX_HOPS:
            return False
        um = None
        for r in refs:
            call, i = syntax.argument_of(r)
            if call is None or i is None:
                return False
            um = um or UnitModel(decl[0], decl[1], index)
            fn = syntax.unparen(call.child_by_field_name("function"))
            if bound and fn is not None and fn.type == "identifier" and _text(fn) in bound:
                if not self._param_ignored(bound[_text(fn)], i, seen | {(key, idx)}):
                    return False
                continue
            callee = um.callee(call)[0]
            if callee is None or callee.key is None:
                if not self._ignored_in_module(call, i, um=um):
                    return False
                continue
            if not self._param_ignored(callee.key, i, seen | {(key, idx)}, self._bound_funcs(call, callee.key, um)):
                return False
        return True

    @staticmethod
    def to_logger(node: Node, by_package: bool = False) -> bool:
        """``node`` is an argument of a logging or metrics call, or the only argument of a getter of a value
        it carries (``trace.SpanFromContext(ctx)``, ``logr.FromContext(ctx)``): the function as spelled names a logger or
        a log (``log.G(ctx)``, ``logger.Infof(ctx, ...)``, ``internal.Logger.Printf(ctx, ...)``,
        ``auditLogInternal(ctx, ...)``), or metrics (``diag.DefaultMonitoring.RequestSent(ctx, ...)``,
        ``metrics.Record(ctx, ...)``), or a trace propagator's ``Inject`` (``otel.GetTextMapPropagator().Inject(ctx,
        carrier)``): a log line, a recorded measure or headers take a context for its values (a trace id, tags),
        they have no work a cancellation could stop. Also through calls that only put a value on it
        (``trace.ContextWithSpanContext(context.Background(), sc)``). With ``by_package``, a method's name does
        not count, only what it is called on (``log.G``, ``logger.Infof``; not ``c.FilterLogs``)."""
        call, idx = syntax.argument_of(ContextModel._value_wrapped(node))
        fn = call.child_by_field_name("function") if call is not None else None
        if fn is None or idx is None:
            return False
        if syntax.text(fn) in _LABELS_ONLY:
            return True   # ``pprof.SetGoroutineLabels(context.Background())``: resets the profiler's labels;
            #               ``trace.StartRegion(context.Background(), "phase")``: marks a region of the trace
        name = syntax.text(fn.child_by_field_name("field") if fn.type == "selector_expression" else fn)
        if idx == 0 and VALUE_GETTER.fullmatch(name) and len(syntax.call_args(call)) == 1:
            return True   # ``trace.SpanFromContext(context.Background())``: reads a value out of it, no work
        if idx == 0 and name == "Inject" and fn.type == "selector_expression" and \
                _PROPAGATOR.search(syntax.text(fn.child_by_field_name("operand"))):
            return True   # ``propagator.Inject(ctx, carrier)``: copies the values it carries into the carrier
        if _LEVEL_CTX.fullmatch(name):
            return True   # ``base.InfofCtx(ctx, ...)``, ``logger.WarnContext(ctx, ...)``: a log line at a level,
            #               the context only for the values it carries
        if by_package and fn.type == "selector_expression":
            fn = fn.child_by_field_name("operand")
        return _names_logger(syntax.text(fn))

    @staticmethod
    def _value_wrapped(node: Node) -> Node:
        """``node``, or the call that only puts a value on it and gives it back, around it
        (``trace.ContextWithSpanContext(node, sc)``), outermost first."""
        call, idx = syntax.argument_of(node)
        fn = call.child_by_field_name("function") if call is not None else None
        while fn is not None and idx == 0 and _VALUE_WRAPPER.fullmatch(
                syntax.text(fn.child_by_field_name("field") if fn.type == "selector_expression" else fn)):
            node = call
            call, idx = syntax.argument_of(node)
            fn = call.child_by_field_name("function") if call is not None else None
        return node

    def to_logger_typed(self, node: Node, by_package: bool = False) -> bool:
        """:meth:`to_logger`, or an argument of a method of a value whose type names a logger
        (``sl.next.Enabled(ctx, lvl)`` with ``next *slog.Logger``, ``h.Handle(ctx, r)`` of a ``slog.Handler``):
        a log line, or the question whether one would be written. With ``by_package``, only the package
        of the type counts (``metric.Int64Counter``, ``*slog.Logger``; not a ``logFilterer`` of this one)."""
        if self.to_logger(node, by_package):
            return True
        call, idx = syntax.argument_of(self._value_wrapped(node))   # (through ``trace.ContextWithSpanContext``)
        fn = call.child_by_field_name("function") if call is not None else None
        if fn is None or fn.type != "selector_expression":
            return False
        typ = self.um.types.of(fn.child_by_field_name("operand")) or ""
        if idx == 0 and syntax.text(fn.child_by_field_name("field")) == "Inject" and _PROPAGATOR.search(typ):
            return True   # ``prop.Inject(ctx, carrier)`` of a ``propagation.TextMapPropagator``: reads values only
        if by_package:
            typ = typ.lstrip("*").rpartition(".")[0]
        return _names_logger(typ)

    def to_error(self, node: Node) -> bool:
        """``node`` is an argument of an error's constructor: a call named for one (``NewBadConfig``,
        ``Wrapf``, ``Errorf``, ``ErrNotFound``) whose value is an error where it goes — a result the
        enclosing function declares as ``error`` (``return moerr.NewBadConfig(context.Background(), msg)``),
        an ``err`` it is assigned to, or ``panic``'s argument. An error value takes a context for what it
        carries (a trace id, a tenant), nothing runs under it."""
        call, _idx = syntax.argument_of(node)
        fn = syntax.unparen(call.child_by_field_name("function")) if call is not None else None
        if fn is None:
            return False
        name = syntax.text(fn.child_by_field_name("field") if fn.type == "selector_expression" else fn)
        if not _ERROR_CTOR.match(name):
            return False
        p = call.parent
        if p is not None and p.type == "expression_list":
            p = p.parent
        if p is None:
            return False
        if p.type == "return_statement":
            vals = syntax.return_values(p)
            i = next((k for k, v in enumerate(vals) if syntax.unparen(v).id == call.id), None)
            f = self.um.func_at(call)
            results = result_types(f.node) if f is not None else []
            return i is not None and len(results) == len(vals) and results[i] == "error"
        if p.type in ("assignment_statement", "short_var_declaration"):
            left = p.child_by_field_name("left")
            names = left.named_children if left is not None else []
            return len(names) == 1 and _ERR_NAME.fullmatch(syntax.text(names[0])) is not None
        args = p if p.type == "argument_list" else None
        outer = args.parent if args is not None else None
        return outer is not None and outer.type == "call_expression" and \
            syntax.text(outer.child_by_field_name("function")) == "panic"

    def _decl(self, key: str) -> tuple[Node, bytes] | None:
        """The declaration node of the package function ``key``, and its file's source."""
        package = self.effects.package
        hit = package.decls.get(key) if package is not None else None
        node = hit[0].unit_node(hit[1]) if hit is not None else None
        return (node, hit[0].source) if node is not None else None

    def runs_until_cancelled(self, call: Node) -> bool:
        """``call`` is an argument of ``go f(...)`` and ``f`` stops only when that context is cancelled
        (every way out of its body passes ``<-ctx.Done()``): with a fresh context it never stops."""
        go_call, idx = syntax.argument_of(call)
        if go_call is None or go_call.parent is None or go_call.parent.type != "go_statement":
            # a local bound to it and handed to ``go f(c)``
            return any(self.runs_until_cancelled(r) for r in self._go_only(call) if r.id != call.id)
        callee = self.um.callee(go_call)[0]
        decl = self._decl(callee.key) if idx is not None and callee is not None and callee.key is not None else None
        if decl is None:
            return False
        node, source = decl
        um = UnitModel(node, source, self.um.index)
        params = [v for v in um.scopes.declared_in(node) if v.kind == "param"]
        if idx >= len(params) or params[idx].type_node is None or _text(params[idx].type_node) != "context.Context":
            return False
        ctx_name = params[idx].name
        top = um.top
        g = um.cfg(top) if top is not None else None
        if g is None:
            return False
        done = {n.id for n in g.nodes if n.kind == "comm" and n.ast is not None and
                " ".join(_text(n.ast.child_by_field_name("communication")).split()) == f"<-{ctx_name}.Done()"}
        if not done:
            return False
        seen, stack = set(), [g.entry]
        while stack:
            n = stack.pop()
            if n.terminal and n.kind in (cfgmod.RETURN, cfgmod.GOEXIT, cfgmod.PANIC, cfgmod.PROCESS):
                return False
            if n.id in seen or n.id in done:
                continue
            seen.add(n.id)
            stack.extend(x for x, _ in n.succ)
        return True

    def _returned_derived(self, call: Node, f) -> bool:
        """Is ``call`` the parent given to ``context.WithCancel`` (a timeout, a value) whose context goes,
        through a local, only into field values of struct literals the function returns (``base, cancel
        := context.WithCancel(context.Background())``; ``w := &Worker{baseContext: base, baseCancel:
        cancel}`` ... ``return w, nil``)? The lifetime context of the value it builds."""
        args = call.parent
        derive = args.parent if args is not None and args.type == "argument_list" else None
        if derive is None or derive.type != "call_expression" or syntax.call_args(derive)[:1] != [call] or \
                not _text(derive.child_by_field_name("function")).startswith("context.With"):
            return False
        p = derive.parent
        stmt = p.parent if p is not None and p.type == "expression_list" else None
        left = stmt.child_by_field_name("left") if stmt is not None and stmt.type == "short_var_declaration" else None
        names = left.named_children if left is not None else []
        v = self.um.scopes.var(names[0]) if names and names[0].type == "identifier" else None
        if v is None or v.addressed or v.assigned or not v.refs:
            return False
        return all(r.id == names[0].id or self._returned_field(r, f) for r in v.refs)

    @staticmethod
    def _returned_field(call: Node, f) -> bool:
        """Is ``call`` a field value of a struct literal the function returns (``m := &Manager{ctx:
        context.Background()}`` ... ``return m, nil``, or ``return &T{ctx: ...}``): the lifetime context
        of the value it builds, kept past this call?"""
        el = _keyed_element(call)
        if el is None:
            return False
        lit = el.parent.parent if el.parent is not None else None
        if lit is None or lit.type != "composite_literal":
            return False
        up = lit.parent
        if up is not None and up.type == "unary_expression":
            up = up.parent
        while up is not None and up.type == "expression_list":
            up = up.parent
        if up is not None and up.type == "return_statement":
            return True
        if up is None or up.type != "short_var_declaration":
            return False
        left = up.child_by_field_name("left")
        names = [syntax.text(n) for n in left.named_children] if left is not None else []
        if len(names) != 1:
            return False
        return any(r.type == "return_statement" and names[0] in {syntax.text(v).lstrip("&").strip()
                                                                 for v in syntax.return_values(r)}
                   for r in syntax.walk(f.node, skip_funcs=True))   # (``return m`` or ``return &m``)

    def _nil_ctx_test(self, cond: Node | None) -> bool:
        """``base == nil`` for a local holding a context (``base := ctx``), or a package helper's nil test of
        the received ctx (``isNilContext(ctx)``: its first statement ``if ctx == nil { return true }``):
        the ctx is nil there (or a typed nil, as good as none)."""
        cond = syntax.unparen(cond)
        if cond is not None and cond.type == "call_expression" and self._nil_test_helper(cond):
            return True
        if cond is None or cond.type != "binary_expression" or \
                _text(cond.child_by_field_name("operator")) != "==" or \
                _text(cond.child_by_field_name("right")) != "nil":
            return False
        left = syntax.unparen(cond.child_by_field_name("left"))
        v = self.um.scopes.var(left) if left is not None and left.type == "identifier" else None
        if v is None:
            return False
        if self.um.types.var_type(v) == "context.Context":
            return True
        # a local of a type goleash cannot read that is given a context (``planCtx := c.GetContext(); if
        # planCtx == nil { planCtx = reqCtx }``): it holds one
        return v.kind == "local" and any(
            val is not None and val.type == "identifier" and (w := self.um.scopes.var(val)) is not None and
            self.um.types.var_type(w) == "context.Context" for _a, val in v.assigns)

    def _nil_test_helper(self, call: Node) -> bool:
        """``isNilContext(ctx)`` with ``ctx`` a context, of a package function that takes one context and
        returns a bool, and whose first statement is ``if p == nil { return true }``."""
        args = syntax.call_args(call)
        arg = syntax.unparen(args[0]) if len(args) == 1 else None
        v = self.um.scopes.var(arg) if arg is not None and arg.type == "identifier" else None
        if v is None or self.um.types.var_type(v) != "context.Context":
            return False
        callee = self.um.callee(call)[0]
        decl = self._decl(callee.key) if callee is not None and callee.key is not None else None
        node = decl[0] if decl is not None else None
        params = syntax.params(node)[1 if node is not None and node.type == "method_declaration" else 0:] \
            if node is not None else []
        result = node.child_by_field_name("result") if node is not None else None
        if len(params) != 1 or result is None or _text(result) != "bool":
            return False
        body = syntax.stmt_list(node.child_by_field_name("body"))
        first = body[0] if body else None
        if first is None or first.type != "if_statement" or first.child_by_field_name("initializer") is not None:
            return False
        cond = " ".join(_text(first.child_by_field_name("condition")).split())
        then = syntax.stmt_list(first.child_by_field_name("consequence"))
        return cond == f"{params[0][0]} == nil" and len(then) == 1 and \
            " ".join(_text(then[0]).split()) == "return true"

    def _is_ctx_key(self, root: str) -> bool:
        v = self._var_of_root(root)
        return v is not None and v.type_node is not None and _text(v.type_node) == "context.Context"

    def _is_error_key(self, root: str) -> bool:
        v = self._var_of_root(root)
        if v is None:
            return False
        t = self.um.types.var_type(v)
        return t == "error" or (t is None and v.name.lower().endswith("err"))

    def _var_of_root(self, root: str) -> Var | None:
        for v in self.um.scopes.vars:
            if self.um.var_place(v).root == root and not self.um.var_place(v).path:
                return v
        return None


    # ------------------------------------------------- never-done contexts
    @property
    def _pkg(self):
        return self.effects.package

    @property
    def _in_test(self) -> bool:
        return bool(self.path and self.path.endswith("_test.go"))

    def _package_main(self) -> bool:
        root = self.um.unit.parent
        clause = next((c for c in (root.named_children if root is not None else ()) if c.type == "package_clause"),
                      None)
        return clause is not None and bool(clause.named_children) and syntax.text(clause.named_children[0]) == "main"

    def received_never_done(self, param: Node) -> bool:
        """Is ``param`` a parameter of this declaration that every call fills with ``context.Background()``/
        ``TODO()`` (in the package for an unexported one, in the module for one other packages can call)?
        Then the received ctx has no cancellation to lose."""
        if self.um.unit.type not in ("function_declaration", "method_declaration") or self._in_test:
            return False
        name = syntax.text(self.um.unit.child_by_field_name("name"))
        main = self._package_main()
        if not name or name in ("main", "init"):
            return False
        params = self.um.unit.child_by_field_name("parameters")
        idx, i, variadic = None, 0, False
        for decl in (params.named_children if params is not None else ()):
            if decl.type not in ("parameter_declaration", "variadic_parameter_declaration"):
                continue
            variadic = decl.type == "variadic_parameter_declaration"
            names = decl.children_by_field_name("name") or [None]
            for n in names:
                if n is not None and (n.id == param.id or syntax.inside(param, n) or syntax.inside(n, param)):
                    idx = i
                i += 1
        if idx == 0 and self._pkg.command_handler(name) and re.search(rb"\*cli\.Command\b", params.text or b"") \
                and (main or self._pkg.in_application()) and self._pkg.cli_background_root():
            return True   # a urfave/cli v3 Action, run with context.Background(): nothing to cancel
        if idx == 0 and name == "Execute" and self.um.unit.type == "method_declaration" and \
                _SUBCOMMAND_PARAMS.fullmatch(" ".join(syntax.text(params).split())) and \
                (main or self._pkg.in_application()) and self._pkg.subcommands_root():
            return True   # a google/subcommands command, run by ``subcommands.Execute(context.Background())``
        if idx == 0 and self._hertz_handler(params) and self._pkg.hertz_root_context():
            return True   # a Hertz handler: its server's root context, a client's disconnection cancels nothing
        if idx is None:
            return False
        if not self._private(name, main):   # callable from other packages: ask the module
            return self._pkg.never_done_in_module(name, idx, None if variadic else i,
                                                self.um.unit.type == "method_declaration")
        return self._background_at_calls(name, idx, main, set(), self.um.unit.type == "method_declaration")

    def _hertz_handler(self, params: Node | None) -> bool:
        """Are the declaration's parameters ``(ctx context.Context, c *app.RequestContext)``, ``app`` the
        import of Hertz's ``github.com/cloudwego/hertz/pkg/app``: a Hertz handler's?"""
        decls = [d for d in (params.named_children if params is not None else ()) if d.type == "parameter_declaration"]
        types = [" ".join(syntax.text(d.child_by_field_name("type")).split()) for d in decls
                 for _ in (d.children_by_field_name("name") or [None])]
        if len(types) != 2 or types[0] != "context.Context" or not types[1].endswith(".RequestContext") or \
                not types[1].startswith("*"):
            return False
        alias = types[1][1:].rsplit(".", 1)[0]
        return file_imports(self.um.unit.parent if self.um.unit.parent is not None else self.um.unit).get(alias) \
            == "github.com/cloudwego/hertz/pkg/app"

    def _background_at_calls(self, name: str, idx: int, main: bool, seen: set, method: bool) -> bool:
        """Does every call of ``name`` in the package pass ``context.Background()``/``TODO()`` as its argument
        ``idx``, or the received ctx of a caller whose own calls all do (``Update(ctx)`` → ``fetch(ctx, url)``
        with ``cache.Update(context.Background())`` everywhere), a few callers up? Callers must be private
        (unexported, or any name of package main): no call from another package can reach them."""
        callers = self._pkg.callers(name)
        if not callers or len(seen) > 8:
            return False
        seen.add(name)
        # an unexported package function is called bare: ``r.name(pvc)`` calls a method of that name
        func_only = not method and name in self._pkg.types.funcs and not name[0].isupper()
        found = False
        for c in callers:
            sites = self._pkg.call_args(c, name, func_only)
            if sites == [] and func_only:
                continue   # (a caller of the method only)
            if not sites:
                return False
            found = True
            for a in sites:
                if idx >= len(a):
                    return False
                if a[idx] in NEVER_DONE or a[idx].startswith("context.WithoutCancel(") or \
                        self._root_local(c, a[idx]) or self._quiet_field(c, a[idx]) or \
                        (self._cancelled_at_return(c, a[idx]) and self._pkg.calls_in_place(c, name)) or \
                        (main and self._cobra_background(c, a[idx])):
                    continue
                up = self._param_index(c, a[idx])
                short = c.rsplit(".", 1)[-1]
                if up is None or short in seen or short in ("main", "init"):
                    return False
                if not self._private(short, main):   # an exported caller: its callers module-wide
                    recv, _, mname = c.rpartition(".")
                    sig = self._pkg.types.methods.get(recv, {}).get(mname) if recv else self._pkg.types.funcs.get(mname)
                    arity = len(sig.params) if sig is not None and not any(
                        t.startswith("...") for _p, t in sig.params) else None
                    if not self._pkg.never_done_in_module(short, up, arity, bool(recv)):
                        return False
                elif not self._background_at_calls(short, up, main, seen, "." in c):
                    return False
        return found

    def _cobra_background(self, func: str, arg: str) -> bool:
        """Is ``arg`` ``cmd.Context()`` of a cobra command (``cmd *cobra.Command``, a parameter in the package
        function ``func`` or a handler literal in it) in a package main that runs its commands with
        ``Execute()`` and never with ``ExecuteContext`` nor ``SetContext``? cobra then gives every command
        ``context.Background()``: there is no cancellation to lose."""
        m = re.fullmatch(r"(\w+)\.Context\(\)", arg)
        node = self._pkg.decl_node(func) if m is not None else None
        if node is None or not re.search(rb"\b" + m.group(1).encode() + rb"\s+\*cobra\.Command\b", node.text or b""):
            return False
        return bool(self._pkg.callers("Execute")) and not any(
            self._pkg.callers(name) for name in ("ExecuteContext", "ExecuteContextC", "SetContext"))

    def _quiet_field(self, func: str, arg: str) -> bool:
        """Is ``arg`` ``s.f`` of the receiver ``s`` of the method ``func``, ``f`` an unexported context field of
        the receiver's type that the package sets only to a context that never ends
        (:meth:`PackageModel.context_field_never_ends`: ``sessionCtx: context.Background()`` in every literal)?"""
        m = re.fullmatch(r"(\w+)\.([a-z_]\w*)", arg)
        owner = func.rpartition(".")[0]
        if m is None or not owner:
            return False
        from .sync import receiver
        node = self._pkg.decl_node(func)
        recv = receiver(node) if node is not None and node.type == "method_declaration" else None
        return recv is not None and recv[0] == m.group(1) and recv[1] == owner and \
            self._pkg.context_field_never_ends(owner, m.group(2))

    def _root_local(self, func: str, arg: str) -> bool:
        """Is ``arg`` a local of the package function ``func`` declared from ``context.Background()`` or
        ``TODO()``, maybe wrapped with values (:meth:`_value_root`), and assigned again only with values
        wrapped around itself (``ctx := initState(context.Background())``; ``ctx =
        context.WithValue(ctx, k, v)`` ... ``login(ctx)``)?"""
        from .module import bound_only_to
        node = self._pkg.decl_node(func) if arg.isidentifier() else None
        return node is not None and bound_only_to(
            node, arg, lambda value, again: self._value_root(value, arg if again else None, 0))

    def _cancelled_at_return(self, func: str, arg: str) -> bool:
        """Is ``arg`` a local of the package function ``func`` that is never done while ``func`` runs
        (:func:`cancelled_at_return`: ``arg, cancel := context.WithCancel(context.Background())``, ``defer
        cancel()`` its only use)?"""
        node = self._pkg.decl_node(func) if arg.isidentifier() else None
        return node is not None and cancelled_at_return(node, arg)

    def _value_root(self, value: Node, self_name: str | None, depth: int) -> bool:
        """Is ``value`` a context that is never done: ``context.Background()``/``TODO()``, or one wrapped
        only with values (``context.WithValue(root, k, v)``, a tracer's ``Start(root, "op")`` or
        ``metadata.NewOutgoingContext(root, md)`` of another package; a package function whose every return is
        ``context.WithValue(p, ...)`` or ``p`` of its context parameter, given such a root:
        ``initState(context.Background())``); with ``self_name``, the local itself wrapped so again
        (``ctx = context.WithValue(ctx, k, v)``)?"""
        value = syntax.unparen(value)
        if value is None or depth > 3:
            return False
        text = " ".join(syntax.text(value).split())
        if text in NEVER_DONE or (self_name is not None and text == self_name):
            return True
        if value.type != "call_expression":
            return False
        args = syntax.call_args(value)
        fn = syntax.text(value.child_by_field_name("function"))
        if not args:
            return False
        if fn == "context.WithValue":
            return self._value_root(args[0], self_name, depth + 1)
        if fn == "context.WithoutCancel":
            return True   # its parent's values, never its cancellation or deadline
        if syntax.call_name(value)[1] in VALUE_ONLY_CTX and fn not in self._pkg.types.funcs:
            # ``ctx, span := tracer.Start(context.Background(), "op")``: a span (metadata, labels) on it
            return self._value_root(args[0], self_name, depth + 1)
        return fn in self._pkg.types.funcs and self._value_wrapper(fn, 0) and \
            self._value_root(args[0], self_name, depth + 1)

    @staticmethod
    def _private(name: str, main: bool) -> bool:
        """Can only this package call the function ``name`` (unexported, or any name of package main; not
        ``main``/``init``, which the runtime calls)?"""
        return name not in ("main", "init") and (main or not name[0].isupper())

    def _param_index(self, func: str, arg: str) -> int | None:
        """The index of the parameter ``arg`` of the package function ``func`` (``Type.Name`` or ``Name``)."""
        recv, _, name = func.rpartition(".")
        sig = self._pkg.types.methods.get(recv, {}).get(name) if recv else self._pkg.types.funcs.get(name)
        if sig is None:
            return None
        return next((i for i, (p, _t) in enumerate(sig.params) if p == arg), None)


_MAX_HOPS = 8   # calls followed down when reading whether a function looks at its context


# a function named for building an error (``NewBadConfig``, ``Wrapf``, ``Errorf``, ``ErrNotFound``)
_ERROR_CTOR = re.compile(r"(?:New|Wrap|Errorf?|Err)(?:[A-Z_]|f?$)")
_ERR_NAME = re.compile(r"err|\w*Err|\w*Error")


def _error_result(v: Var) -> bool:
    """Is ``v`` the error a call that puts values on a context returns beside it (``ctx, err :=
    tag.New(...)``)? Nothing runs under an error."""
    return v.name == "err" or (v.type_node is not None and _text(v.type_node) == "error")


def _names_logger(text: str) -> bool:
    """Does ``text`` (a function as spelled, or a type) name a logger, a log or metrics, by its words?"""
    words = {w.lower() for w in _WORDS.findall(text)}
    return bool(words & _LOG_WORDS) or any(w.endswith("log") and w not in _NOT_LOGS for w in words)


_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")   # camelCase / dotted words
# a package or type named for its log (``bklog.G(ctx)``, ``hclog``, ``zerolog``), but for these words
_NOT_LOGS = frozenset({"catalog", "dialog", "backlog", "changelog", "blog", "prolog", "epilog", "analog"})
# calls that only put a measure's tags on a context (OpenCensus): what it is handed to records measures
_TAGS_ONLY = frozenset({"tag.New"})
# calls that only read a context's values for the profiler, and run nothing under it
# calls that only label or annotate with a context's values: the profiler's labels, runtime/trace's regions and
# log events (``trace.StartRegion(ctx, "load")`` gives a *Region to End, no context, runs nothing)
_LABELS_ONLY = frozenset({"pprof.SetGoroutineLabels", "trace.StartRegion", "trace.Log", "trace.Logf"})
# OpenTelemetry's propagators (``otel.GetTextMapPropagator()``, ``propagation.TraceContext{}``) and the functions
# that only put a value on a context and give it back (``trace.ContextWithSpanContext``, ``baggage.ContextWithBaggage``)
_PROPAGATOR = re.compile(r"[Pp]ropagat")
# a google/subcommands command's Execute: ``(ctx context.Context, f *flag.FlagSet, args ...interface{})``
_SUBCOMMAND_PARAMS = re.compile(r"\(\s*\w+ context\.Context, \w+ \*flag\.FlagSet, \w+ \.\.\.(?:interface\{\}|any)\s*\)")
# a log call named for its level and the context it takes (``InfofCtx``, ``ErrorContext``, ``DebugWithContext``)
_LEVEL_CTX = re.compile(r"(?:Trace|Debug|Info|Notice|Warn|Warning|Error|Critical|Fatal|Panic)(?:f|w|ln)?"
                        r"(?:Ctx|Context|WithContext)")
_VALUE_WRAPPER = re.compile(r"ContextWith\w+")
_LOG_WORDS = frozenset({"log", "logs", "logf", "logger", "logging", "slog", "klog", "glog", "zap", "logrus",
                        "metric", "metrics", "monitoring", "telemetry", "stats"})   # (a metrics recorder: ctx for its tags)


_TESTING = ("*testing.T", "*testing.B", "testing.TB")


def _never_done_param(package, key: str, i: int, depth: int) -> bool:
    """Does every call in the package of the unexported function ``key`` give its parameter ``i`` a context
    that is never done while the call runs: ``context.Background()``/``context.TODO()``, the test's
    ``t.Context()`` in the body of the function whose parameter ``t`` is (the test, or a subtest's
    function: it is cancelled once that function has returned), or a parameter of the calling function
    that is such in turn (a few calls up)?"""
    name = key.rsplit(".", 1)[-1]
    if package is None or depth == 0 or not name or not (name[0] == "_" or name[0].islower()):
        return False   # (an exported function: callers in other packages may pass anything)
    calls = package.calls_of(key) if package.callers(name) else None
    if not calls:
        return False
    from .types import func_sig
    for ck, node, call, owner in calls:
        args = syntax.call_args(call)
        arg = syntax.unparen(args[i]) if i < len(args) else None
        text = " ".join(syntax.text(arg).split()) if arg is not None else ""
        if text in NEVER_DONE:
            continue
        if owner is None:
            return False
        params = {}
        for decl in (owner.child_by_field_name("parameters").named_children
                     if owner.child_by_field_name("parameters") is not None else ()):
            for n in decl.children_by_field_name("name"):
                params[_text(n)] = _text(decl.child_by_field_name("type"))
        recv, _, rest = text.partition(".")
        if rest == "Context()" and params.get(recv) in _TESTING:
            continue   # ``t.Context()`` in the function of ``t``: not done before it returns
        if arg is not None and arg.type == "identifier" and owner.id == node.id and text in params:
            j = func_sig(node).param_index(text)
            if j is not None and _never_done_param(package, ck, j, depth - 1):
                continue   # handed on from a caller's parameter that is never done
        if arg is not None and arg.type == "identifier" and text not in params and \
                _never_done_value(None, _only_binding(owner, text), 0, package):
            continue   # a local of the caller bound once to one: ``ctx := withStatus(context.Background())``
        return False
    return True


def _only_binding(fn: Node, name: str) -> Node | None:
    """The value of the one ``name := value`` of the function ``fn`` (its literals included) when nothing
    else assigns ``name`` there (nor takes its address)."""
    value = None
    for n in syntax.walk(fn):
        if n.type in ("short_var_declaration", "assignment_statement", "var_spec"):
            left = n.child_by_field_name("left") or n.child_by_field_name("name")
            names = [x for x in (left.named_children if left is not None and left.type == "expression_list"
                                 else [left]) if x is not None]
            if any(_text(x) == name for x in names):
                right = n.child_by_field_name("right") or n.child_by_field_name("value")
                vals = right.named_children if right is not None and right.type == "expression_list" else \
                    ([right] if right is not None else [])
                if value is not None or n.type != "short_var_declaration" or len(names) != 1 or len(vals) != 1:
                    return None
                value = vals[0]
        elif n.type == "unary_expression" and _text(n.child_by_field_name("operator")) == "&" and \
                _text(n.child_by_field_name("operand")) == name:
            return None
    return value


def _never_done_value(um: UnitModel | None, value: Node | None, depth: int, package=None) -> bool:
    """``context.Background()``, ``context.TODO()``, or ``context.WithValue`` of a context never done (a
    local holding one, a few steps, with the declaration's model ``um``); with the ``package``, also a
    call of a package function that only puts values on its context (:func:`wraps_values`) given one."""
    value = syntax.unparen(value)
    if value is None or depth > 3:
        return False
    if " ".join(syntax.text(value).split()) in NEVER_DONE:
        return True
    if value.type == "call_expression" and syntax.call_args(value):
        fn = value.child_by_field_name("function")
        args = syntax.call_args(value)
        if syntax.text(fn) == "context.WithValue":
            return _never_done_value(um, args[0], depth + 1, package)
        if fn is not None and fn.type == "identifier" and package is not None:
            decl = package.decl_node(syntax.text(fn))
            idx = next((k for k, a in enumerate(args) if _never_done_value(um, a, depth + 1, package)), None)
            return decl is not None and idx is not None and wraps_values(decl, idx)
        return False
    if value.type == "identifier" and um is not None:
        v = um.scopes.var(value)
        if v is not None and v.kind == "local" and not v.assigned and not v.addressed and v.index == 0:
            return _never_done_value(um, v.value, depth + 1, package)
    return False


_SPAN_HELPERS = ("StartSpan", "StartTrace", "Trace")   # a tracer's helpers: they put a span on the context
#                                                         they are given


def _called(ref: Node) -> bool:
    """Is ``ref`` called (``finishSpan()``, ``defer finishSpan()``, ``endTrace(TraceEndError(err))``): the end
    func of a span, run with its end options?"""
    call = ref.parent
    return call is not None and call.type == "call_expression" and call.child_by_field_name("function") == ref


def _assigned_to(ref: Node) -> bool:
    """Is ``ref`` a target of a plain assignment (``ctx = ...``): given a new value, not used?"""
    p = ref.parent
    stmt = p.parent if p is not None and p.type == "expression_list" else None
    return stmt is not None and stmt.type == "assignment_statement" and stmt.child_by_field_name("left") == p \
        and _text(stmt.child_by_field_name("operator")) == "="


def _only_receiver(ref: Node) -> bool:
    """Is ``ref`` only the receiver of a method call that is neither a wait nor a question about
    cancellation (``span.Infof(...)``, ``c.Value(k)``; not ``c.Done()``, ``c.Err()``, ``c.Deadline()``)?"""
    sel = ref.parent
    if sel is None or sel.type != "selector_expression" or sel.child_by_field_name("operand") != ref:
        return False
    call = sel.parent
    return call is not None and call.type == "call_expression" and call.child_by_field_name("function") == sel \
        and _text(sel.child_by_field_name("field")) not in ("Done", "Err", "Deadline")


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


def _text(node: Node | None) -> str:
    return node.text.decode("utf-8", "replace") if node is not None and node.text is not None else ""


def _self_derived(v) -> bool:
    """Is every assignment of the variable ``v`` one that derives it from itself (``eg, ctx :=
    errgroup.WithContext(ctx)``, ``ctx, span := tracer.Start(ctx, name)``): a call given ``v`` as an argument?
    It then still carries what it was given: the caller's cancellation and deadline."""
    for stmt, _value in v.assigns:
        right = stmt.child_by_field_name("right") if stmt.type in ("short_var_declaration", "assignment_statement") \
            else None
        vals = right.named_children if right is not None else []
        if len(vals) != 1 or vals[0].type != "call_expression" or \
                not any(_text(a) == v.name for a in syntax.call_args(vals[0])):
            return False
    return True


# calls that derive a context from the one they are given, and the index of the derived one among their results
_CTX_RESULT = {"errgroup.WithContext": 1}
# derive a context with a cancel func of its own
_LIFETIME_CTORS = frozenset({"context.WithCancel", "context.WithCancelCause", "context.WithTimeout",
                             "context.WithTimeoutCause", "context.WithDeadline", "context.WithDeadlineCause"})


def _in_goroutine(ref: Node, home: Node | None) -> bool:
    """Is ``ref`` inside a goroutine started in ``home``: a ``go`` statement, or the function literal handed
    to a ``Go``/``TryGo`` method (``wg.Go(func() { ... })``, an errgroup's ``g.Go``)?"""
    for a in syntax.ancestors(ref):
        if home is not None and a.id == home.id:
            return False
        if a.type == "go_statement":
            return True
        if a.type == "func_literal":
            call, _ = syntax.argument_of(a)
            if call is not None and syntax.call_name(call)[1] in ("Go", "TryGo"):
                return True
    return False


def _value_asked(ref: Node) -> bool:
    """Is the context at ``ref`` only asked a question here: ``context.Cause(c)``, ``c.Err()``, ``c == nil``?"""
    p = ref.parent
    if p is not None and p.type == "binary_expression" and \
            any(x.type == "nil" for x in (p.child_by_field_name("left"), p.child_by_field_name("right")) if x is not None):
        return True
    if p is not None and p.type == "selector_expression" and _text(p.child_by_field_name("field")) == "Err" and \
            p.parent is not None and p.parent.type == "call_expression":
        return True
    call, idx = syntax.argument_of(ref)
    return call is not None and idx == 0 and _text(call.child_by_field_name("function")) == "context.Cause"


def _in_callback(ref: Node, home: Node | None) -> bool:
    """Is ``ref`` in a function literal of ``home`` handed as an argument to a call (``bus.Hook(func(e E) {
    ...; cancel() })``): run when the callee calls it back?"""
    for a in syntax.ancestors(ref):
        if home is not None and a.id == home.id:
            return False
        if a.type == "func_literal":
            return a.parent is not None and a.parent.type == "argument_list" and \
                a.parent.parent is not None and a.parent.parent.type == "call_expression"
    return False


def _select_also_on(done_call: Node, made: set) -> bool:
    """Is ``done_call`` (``c.Done()``) the channel of a select case whose select also has a case on the
    ``Done()`` of one of the contexts ``made`` (the received ctx, or one made from it)?"""
    case = next((a for a in syntax.ancestors(done_call) if a.type == "communication_case"), None)
    sel = case.parent if case is not None else None
    if sel is not None and sel.type == "block":
        sel = sel.parent
    if sel is None or sel.type != "select_statement":
        return False
    for other in sel.named_children:
        comm = other.child_by_field_name("communication") if other.type == "communication_case" else None
        for c in (syntax.walk(comm) if comm is not None else ()):
            if c.type == "call_expression" and c.id != done_call.id:
                fn = c.child_by_field_name("function")
                if fn is not None and fn.type == "selector_expression" and \
                        _text(fn.child_by_field_name("field")) == "Done" and \
                        _text(fn.child_by_field_name("operand")) in made:
                    return True
    return False


def _kept(ref: Node, um, depth: int, home: Node | None) -> bool:
    """Does the value at ``ref`` (a cancel func) outlive the call of ``home`` it is in: stored in a field,
    an element or a package variable, returned, or held by a function literal that is (``s.stop = func() {
    cancel(); <-done }``), or by a local that is (``depth`` more steps)?"""
    if _stored(ref, um, depth, home):
        return True
    for a in syntax.ancestors(ref):
        if home is not None and a.id == home.id:
            break
        if a.type == "func_literal" and _stored(a, um, depth, home):
            return True
    return False


def _stored(node: Node, um, depth: int, home: Node | None) -> bool:
    """Is the value ``node`` returned, or assigned to a field, an element, a package variable, or a local
    that is in turn (see :func:`_kept`)?"""
    p = node.parent
    if p is not None and p.type == "literal_element":
        p = p.parent
    if p is not None and p.type == "keyed_element":   # ``&Webhook{synced: cancel}``: kept with the value built
        lit = p.parent.parent if p.parent is not None and p.parent.type == "literal_value" else None
        if lit is None or lit.type != "composite_literal" or depth <= 0:
            return False
        if lit.parent is not None and lit.parent.type == "unary_expression":
            lit = lit.parent
        return _stored(lit, um, depth - 1, home)
    if p is not None and p.type == "expression_list":
        p = p.parent
    if p is None:
        return False
    if p.type == "return_statement":
        return syntax.enclosing_func(p) is not None and home is not None and syntax.enclosing_func(p).id == home.id
    if p.type not in ("assignment_statement", "short_var_declaration"):
        return False
    right, left = p.child_by_field_name("right"), p.child_by_field_name("left")
    if right is None or left is None or not syntax.inside(node, right):
        return False
    i = next((j for j, x in enumerate(right.named_children) if x.id == node.id), None)
    if i is None or i >= left.named_child_count:
        return False
    target = left.named_children[i]
    if target.type in ("selector_expression", "index_expression"):
        return True
    if target.type != "identifier" or target.text == b"_":
        return False
    v = um.scopes.var(target)
    if v is None:
        return p.type == "assignment_statement"   # a package variable
    if v.kind == "result":
        return True   # a named result: the caller gets it
    return depth > 0 and v.kind == "local" and not v.addressed and \
        any(_kept(r, um, depth - 1, home) for r in v.refs if r.id != target.id)


def _keyed_element(call: Node) -> Node | None:
    """The keyed element ``f: call`` of a composite literal whose value ``call`` is, if it is one."""
    el = call.parent
    if el is not None and el.type == "literal_element":
        el = el.parent
    if el is None or el.type != "keyed_element" or not syntax.inside(call, el.named_children[-1]):
        return None
    return el


def _stored_field(call: Node) -> str | None:
    """The field name ``f`` when ``call`` is the value of a keyed element ``f: call`` of a composite literal."""
    kv = _keyed_element(call)
    key = kv.child_by_field_name("key") if kv is not None else None
    ident = key.named_children[0] if key is not None and key.named_children else None
    return _text(ident) if ident is not None and ident.type in ("identifier", "field_identifier") else None


def _non_positive(expr: Node | None) -> bool:
    """A constant duration that is zero or negative: ``0``, ``-time.Second``, ``-5 * time.Millisecond``,
    ``-1``."""
    expr = syntax.unparen(expr)
    if expr is None:
        return False
    t = " ".join(_text(expr).split())
    if t in ("0", "-0"):
        return True
    if expr.type == "unary_expression" and _text(expr.child_by_field_name("operator")) == "-":
        inner = syntax.unparen(expr.child_by_field_name("operand"))
        return inner is not None and _positive_const(inner)
    if expr.type == "binary_expression" and _text(expr.child_by_field_name("operator")) == "*":
        left, right = syntax.unparen(expr.child_by_field_name("left")), syntax.unparen(expr.child_by_field_name("right"))
        return (_non_positive(left) and _positive_const(right)) or (_positive_const(left) and _non_positive(right))
    return False


_PAST_UNIX = 1_000_000_000   # seconds since 1970: September 2001, before any clock this code runs under


def _long_past(expr: Node | None) -> bool:
    """A fixed instant long past: the zero ``time.Time{}``, or ``time.Unix(s, ns)`` of integer literals with
    ``s`` before 2001 (``time.Unix(0, 0)``, the epoch)."""
    expr = syntax.unparen(expr)
    if expr is None:
        return False
    if expr.type == "composite_literal":
        body = expr.child_by_field_name("body")
        return _text(expr.child_by_field_name("type")) == "time.Time" and body is not None and not body.named_children
    if expr.type != "call_expression" or _text(expr.child_by_field_name("function")) != "time.Unix":
        return False
    args = [syntax.unparen(a) for a in syntax.call_args(expr)]
    if len(args) != 2 or any(a is None or a.type != "int_literal" for a in args):
        return False
    try:
        return int(_text(args[0]).replace("_", ""), 0) < _PAST_UNIX
    except ValueError:
        return False


def _positive_const(expr: Node | None, depth: int = 1) -> bool:
    """``time.Second``, ``5``, ``3 * time.Millisecond``: a constant duration above zero; also a local given
    one once and never again (``duration := 3 * time.Minute``)."""
    d = syntax.const_duration(expr)
    if d is None and depth > 0 and expr is not None and expr.type == "identifier":
        value = _single_value(expr)
        return value is not None and _positive_const(value, depth - 1)
    return d is not None and d > 0


def _single_value(ident: Node) -> Node | None:
    """The value of the local ``ident`` names when its function declares it once with one
    (``duration := 3 * time.Minute``) and never assigns it, increments it or takes its address again."""
    fn = syntax.enclosing_func(ident)
    name = _text(ident)
    if fn is None:
        return None
    value = None
    for n in syntax.walk(fn):
        if n.type in ("short_var_declaration", "assignment_statement"):
            left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
            names = [_text(x) for x in (left.named_children if left is not None else [])]
            if name not in names:
                continue
            vals = right.named_children if right is not None else []
            if n.type == "assignment_statement" or value is not None or len(vals) != len(names):
                return None
            value = vals[names.index(name)]
        elif n.type in ("inc_statement", "dec_statement") and _text(n.named_children[0]) == name or \
                n.type == "unary_expression" and _text(n).replace(" ", "") == "&" + name or \
                n.type in ("var_spec", "parameter_declaration", "range_clause") and \
                any(x.type == "identifier" and _text(x) == name for x in n.named_children):
            return None
    return value


def _under_err_test(node: Node, name: str, fn: Node) -> bool:
    """Is ``node`` in the branch taken when ``name`` is done: ``if ctx.Err() != nil {``, ``case
    ctx.Err() == context.Canceled || ctx.Err() == context.DeadlineExceeded:`` (each operand such a test)?"""
    err = f"{name}.Err()"

    def done_test(c: Node | None) -> bool:
        c = syntax.unparen(c)
        if c is None or c.type != "binary_expression":
            return False
        op = _text(c.child_by_field_name("operator"))
        if op == "||":
            return done_test(c.child_by_field_name("left")) and done_test(c.child_by_field_name("right"))
        left, right = "".join(_text(c.child_by_field_name("left")).split()), _text(c.child_by_field_name("right"))
        return left == err and ((op == "!=" and right == "nil") or
                                (op == "==" and right in ("context.Canceled", "context.DeadlineExceeded")))

    for a in syntax.ancestors(node, fn):
        if a.type == "if_statement":
            cons = a.child_by_field_name("consequence")
            if cons is not None and syntax.inside(node, cons) and done_test(a.child_by_field_name("condition")):
                return True
        elif a.type == "expression_case":
            vals = a.child_by_field_name("value")
            sw = a.parent
            tag = sw.child_by_field_name("value") if sw is not None else None
            if tag is None and vals is not None and len(vals.named_children) == 1 and \
                    done_test(vals.named_children[0]) and not syntax.inside(node, vals):
                return True
    return False
