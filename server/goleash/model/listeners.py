"""Listeners and servers of one declaration: when can an ``Accept`` or a ``Serve`` end at all.

A listener's ``Accept`` returns a connection or blocks; it fails once the listener is closed. A
server's ``Serve(l)`` (``http.Serve(l, h)``) is an accept loop: it returns only once its
listener's ``Accept`` failed, or once the server was shut down. So on a listener that nothing in
the function closes or hands on (it is only asked for ``Accept``, ``Addr`` or ``Dial``), by a server
nothing shuts down or hands on, ``Serve`` never returns and ``Accept`` never fails: what follows
them in a goroutine (a report of their error, a write of their result) never runs.

When something may stop it, ``Serve`` returns only after that stop: an access that comes before every
such close, shutdown or hand-on in the function that starts the goroutine (a ``defer s.Close()``
runs at its end) comes before the goroutine's write after ``Serve``.

GL505 asks :meth:`ListenerModel.kept` for its late reports and :meth:`ListenerModel.after_endless_serve`
for its checks; the shared-variable model (GL502) asks the latter for writes after a ``Serve``, and
:meth:`ListenerModel.serve_ends_after` for the accesses such a write cannot race with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tree_sitter import Node

from .. import syntax
from .scope import Var

SERVES = frozenset({"Serve"})   # a server's accept loop on the listener it is given (not ServeTLS: it
# fails at once when its certificates or TLS settings do, before any Accept)
_LISTENER_USES = frozenset({"Accept", "Addr", "Dial"})   # asked of a listener without closing it
_PKG_SERVES = frozenset({("http", "Serve")})
_DIALS = re.compile(r"\b(?:grpc\.(?:Dial|DialContext|NewClient)|net\.Dial\w*|tls\.Dial\w*)\(")


@dataclass(frozen=True)
class AcceptLoop:
    """A call that ends only once ``listener`` fails: ``listener.Accept()``, or ``server.Serve(listener)``
    (``server`` None for the package-level ``http.Serve``)."""
    call: Node
    listener: Var
    server: Var | None
    serve: bool


class ListenerModel:
    def __init__(self, um, package=None):
        self.um = um
        self.package = package

    def loop(self, call: Node | None) -> AcceptLoop | None:
        """``l.Accept()`` or ``s.Serve(l)`` with ``l`` (and ``s``) variables of the declaration."""
        if call is None or call.type != "call_expression":
            return None
        recv, name = syntax.call_name(call)
        args = syntax.call_args(call)
        fn = call.child_by_field_name("function")
        operand = syntax.unparen(fn.child_by_field_name("operand")) if fn.type == "selector_expression" else None
        fresh = operand is not None and operand.type == "call_expression" and name in SERVES and \
            self._fresh_server(operand)
        if operand is None or (operand.type != "identifier" and not fresh):
            return None
        scopes = self.um.scopes
        if name == "Accept" and not args:
            listener = scopes.var(operand)
            return AcceptLoop(call, listener, None, False) if listener is not None else None
        inner = _wrapped_listener(args[0]) if name in SERVES and args else None
        if name not in SERVES or not args or (syntax.unparen(args[0]).type != "identifier" and inner is None):
            return None
        listener = scopes.var(inner if inner is not None else syntax.unparen(args[0]))
        if listener is None:
            return None
        if (recv, name) in _PKG_SERVES or fresh:
            return AcceptLoop(call, listener, None, True)   # (a server made for this call: none to stop)
        server = scopes.var(operand)
        return AcceptLoop(call, listener, server, True) if server is not None else None

    def _fresh_server(self, call: Node) -> bool:
        """``newHTTPServer(h)``: a package function that returns a server it has just made and kept no
        reference to. Nothing else can shut it down."""
        key = getattr(self.um.callee(call)[0], "key", None) if self.package is not None else None
        return bool(key) and self.package.fresh_result(key)

    def closed_after_flag(self, loop: AcceptLoop, flag: str, within: Node, closing: bool = False) -> bool:
        """Is every reference that may stop ``loop``'s listener (outside the goroutine ``within``) a
        ``l.Close()`` statement that comes after ``flag = true`` in its own block, ``flag`` a local bool of
        the function that is never set back? A report under ``!flag`` then leaves the closing out. With
        ``closing``, ``flag`` is a local channel closed by ``close(flag)`` before each ``l.Close()`` (also
        in a closer the function hands back, ``return func() { close(shutdown); l.Close() }``): a report
        in the ``default`` of a select that receives from it leaves the closing out."""
        v = loop.listener
        if v is None or not _outside(v, within):
            return False
        var = next((x for x in self.um.scopes.vars if x.name == flag and x.kind == "local" and
                    x.stmt is not None and not syntax.inside(x.stmt, within) and
                    syntax.enclosing_func(x.stmt) is not None and
                    syntax.enclosing_func(x.stmt).id == syntax.enclosing_func(v.stmt).id), None) \
            if v.stmt is not None else None
        if var is None or var.addressed:
            return False
        if closing:   # ``shutdown := make(chan struct{})``, given no other value
            if var.assigns or var.value is None or not syntax.text(var.value).replace(" ", "").startswith("make(chan"):
                return False
            marker = f"close({flag})"
        elif any(syntax.text(val) != "true" for _n, val in var.assigns if val is not None) or \
                any(val is None for _n, val in var.assigns):
            return False
        else:
            marker = f"{flag} = true"
        stops = [r for r in v.refs if self._may_stop(loop, v, r) and not _after_loop(r, loop.call, within)]
        if not stops:
            return False
        for r in stops:
            p = r.parent
            call = p.parent if p is not None and p.type == "selector_expression" else None
            if call is None or call.type != "call_expression" or syntax.text(p.child_by_field_name("field")) != "Close":
                return False
            stmt = syntax.stmt_of(call)
            prev = stmt.prev_named_sibling if stmt is not None else None
            while prev is not None and " ".join(syntax.text(prev).split()) != marker:
                prev = prev.prev_named_sibling
            if prev is None:
                return False
        return True

    def kept(self, loop: AcceptLoop, within: Node) -> bool:
        """Does nothing in the declaration close ``loop``'s listener or hand it on, nor shut its server
        down or hand it on (:meth:`server_kept`)? Both locals (of the goroutine ``within`` too), not
        parameters (the caller may close those)."""
        return self._untouched(loop, loop.listener, within) and self.server_kept(loop, within)

    def http_served_until_closed(self, loop: AcceptLoop, within: Node) -> bool:
        """Is ``loop`` ``srv.Serve(l)`` of a local ``*http.Server`` (``srv := &http.Server{...}``) on a listener
        nothing else closes or hands on? Its ``Serve`` then returns ``http.ErrServerClosed`` once the server
        is shut down or closed, before it started too, and retries the temporary errors of an open listener:
        no other error."""
        v = loop.server
        if not loop.serve or v is None or v.kind != "local" or v.value is None or v.assigns:
            return False
        made = " ".join(syntax.text(v.value).split())
        return made.startswith(("&http.Server{", "http.Server{")) and \
            self._untouched(loop, loop.listener, within)

    def server_kept(self, loop: AcceptLoop, within: Node) -> bool:
        """Is ``loop``'s server (if any) a local made outside ``within`` that nothing shuts down or hands
        on (it is only asked to ``Serve``, and its fields read or set)?"""
        return loop.server is None or self._untouched(loop, loop.server, within)

    def _untouched(self, loop: AcceptLoop, v: Var, within: Node) -> bool:
        """Is ``v`` (the listener or the server of ``loop``) a local (made outside ``within``, or in it before
        the ``Serve``: ``ln, err := net.Listen(...)`` in the goroutine itself) that no reference may stop
        (:meth:`_may_stop`; registering a service on the server is no stop; what the goroutine does after the
        ``Serve`` cannot stop it)?"""
        return (v.kind == "local" or (v is loop.listener and self._param_kept(v))) and \
            not any(self._may_stop(loop, v, r) and not _after_loop(r, loop.call, within)
                    and not (v is loop.server and _registered(r)) and
                    not self._returned_unused(loop, v, r) for r in v.refs)

    def _param_kept(self, v: Var) -> bool:
        """Is ``v`` a listener parameter of a package function (``simulateServer(t, wg, ln)``) that every
        call in the package hands a local listener of its caller that the caller only asks for its
        ``Addr()`` (``Accept``, ``Dial``) besides this call: no caller closes it or hands it elsewhere?"""
        pkg, key = self.package, self.um.key
        decl = pkg.decl_node(key) if pkg is not None and key else None
        params = syntax.params(decl) if decl is not None and decl.type in (
            "function_declaration", "method_declaration") else []
        idx = next((i for i, (n, _t) in enumerate(params) if n == v.name), None)
        last = [c for c in decl.child_by_field_name("parameters").named_children if c.type != "comment"] \
            if decl is not None else []
        if idx is None or (last and last[-1].type == "variadic_parameter_declaration" and idx == len(params) - 1):
            return False   # (the variadic parameter, last: its arguments are a list)
        if decl.type == "method_declaration":
            idx -= 1   # (the receiver is no argument)
        if idx < 0:
            return False
        calls = pkg.calls_of(key)
        if not calls:
            return False
        for ck, _node, call, _owner in calls:
            args = syntax.call_args(call)
            arg = syntax.unparen(args[idx]) if idx < len(args) else None
            um = pkg.decl_model(ck)
            got = um.scopes.var(arg) if um is not None and arg is not None and arg.type == "identifier" else None
            if got is None or got.kind != "local" or got.addressed:
                return False
            if any(r.id != arg.id and not _asked_only(r) for r in got.refs):
                return False
        return True

    def _returned_unused(self, loop: AcceptLoop, v: Var, ref: Node) -> bool:
        """Is ``ref`` a value of a ``return`` of an unexported package function (a test helper that starts
        the server: ``return s, l``) whose every call in the package takes that result into ``_`` or into a
        local only asked for its ``Addr()`` (``_, l := startServer(t); addr := l.Addr().String()``)? Then
        no caller closes the listener or stops the server either."""
        p = ref.parent
        if p is not None and p.type == "expression_list":
            p = p.parent
        pkg, key = self.package, self.um.key
        if p is None or p.type != "return_statement" or pkg is None or not key or \
                not key.rsplit(".", 1)[-1][:1].islower():
            return False
        vals = syntax.return_values(p)
        index = next((i for i, x in enumerate(vals) if x.id == ref.id), None)
        calls = pkg.calls_of(key)
        if index is None or not calls:
            return False
        for ck, _node, call, _owner in calls:
            st = call.parent
            while st is not None and st.type == "expression_list":
                st = st.parent
            left = st.child_by_field_name("left") if st is not None and \
                st.type in ("short_var_declaration", "assignment_statement") else None
            names = left.named_children if left is not None else []
            if len(names) != len(vals):
                return False
            target = names[index]
            if syntax.text(target) == "_":
                continue
            um = pkg.decl_model(ck)
            got = um.scopes.var(target) if um is not None and target.type == "identifier" else None
            if got is None or got.assigned or got.addressed or v is not loop.listener:
                return False
            for r in got.refs:
                if r.id == target.id:
                    continue
                if not _asks_addr(r):
                    return False
        return True

    def after_endless_serve(self, node: Node, lit: Node) -> bool:
        """Is ``node`` (in the goroutine literal ``lit``) reached only once a ``Serve`` returned that never
        does: a statement of the body before it (``srv.Serve(l)``), or its own statement's call
        (``err = srv.Serve(l)``, ``require.NoError(t, srv.Serve(l))``)?"""
        return any(self.kept(loop, lit) for loop in self._serves_before(node, lit))

    def stopped_at_end(self, node: Node, lit: Node, stopped_filtered: bool = False) -> bool:
        """Is ``node`` (in the goroutine literal ``lit``) reached only once a gRPC server's ``Serve`` returned
        (``require.NoError(t, srv.Serve(l))``), where the server (``grpc.NewServer(...)``) and its listener
        are stopped only when the function that starts ``lit`` returns (``defer srv.GracefulStop()``,
        ``t.Cleanup(srv.Stop)``) or later, by a closer it returns (``closer := func() { srv.GracefulStop();
        lis.Close() }`` ... ``return client, closer``), and that function dials the listener's address (or
        the in-memory listener itself, ``lis.Dial()``) after the ``go`` statement
        (its clients reach the server, so ``Serve`` is accepting before the stop)? gRPC's ``Serve`` returns
        nil once ``Stop`` or ``GracefulStop`` ended it: its error is nil there. With ``stopped_filtered``
        (the check leaves ``grpc.ErrServerStopped`` out, what ``Serve`` returns when the stop came first)
        no dial is needed, but the server must be stopped before its listener is closed (in one cleanup
        func, or deferred in the other order)."""
        fn = syntax.enclosing_func(lit.parent) if lit.parent is not None else None
        if fn is None:
            return False
        for loop in self._serves_before(node, lit):
            srv, lis = loop.server, loop.listener
            value = syntax.unparen(srv.value) if srv is not None and srv.value is not None else None
            if value is None or value.type != "call_expression" or \
                    syntax.text(value.child_by_field_name("function")) != "grpc.NewServer" or srv.assigned:
                continue
            stops, ok = 0, True
            for v in (srv, lis):
                if not _outside(v, lit):
                    ok = False
                    break
                for r in v.refs:
                    if not self._may_stop(loop, v, r) or _after_loop(r, loop.call, lit) or _registered(r):
                        continue
                    if not (syntax.deferred_in(r, fn) or _cleanup(r, fn) or self._returned_closer(r, fn)):
                        ok = False
                        break
                    stops += v is srv
                if not ok:
                    break
            dialed = any(r.start_byte > lit.end_byte and (_asks_addr(r) or _dials_itself(r)) for r in lis.refs) or \
                any(r.start_byte > lit.end_byte and self._addr_only_arg(r, dials=True) for r in lis.refs) or \
                _dials_literal(lis, fn, lit, self.um.scopes)
            if ok and stops and (dialed or (stopped_filtered and _stopped_before_closed(srv, lis, fn))):
                return True
        return False

    def _returned_closer(self, node: Node, fn: Node) -> bool:
        """Is ``node`` in a function literal of ``fn`` that ``fn`` only returns, for its caller to run
        later (``closer := func() { srv.GracefulStop() }`` ... ``return client, closer``, or ``return
        func() {...}``): it does not run while ``fn`` does?"""
        lit = next((a for a in syntax.ancestors(node, fn) if a.type == "func_literal"), None)
        if lit is None or syntax.enclosing_func(lit).id != fn.id:
            return False
        p = lit.parent
        if p is not None and p.type == "expression_list" and p.parent is not None and \
                p.parent.type == "return_statement":
            return True
        if p is None or p.type != "expression_list" or p.parent is None or \
                p.parent.type != "short_var_declaration" or len(p.named_children) != 1:
            return False
        left = p.parent.child_by_field_name("left").named_children
        v = self.um.scopes.var(left[0]) if len(left) == 1 and left[0].type == "identifier" else None
        if v is None or v.assigned or v.addressed:
            return False
        uses = [r for r in v.refs if r.id != left[0].id]
        return bool(uses) and all(r.parent is not None and r.parent.type == "expression_list" and
                                  r.parent.parent is not None and r.parent.parent.type == "return_statement" and
                                  syntax.enclosing_func(r).id == fn.id for r in uses)

    def serve_ends_after(self, node: Node, lit: Node, before: Node) -> bool:
        """Is ``node`` (in the goroutine literal ``lit``) reached only once a ``Serve`` returned that can end
        only after ``before`` (an access in the function that starts ``lit``): every reference to its
        listener or server that may stop it (a close, a shutdown, a hand-on: :meth:`_may_stop`) comes
        after ``before`` in that function and in no loop around ``before``, or runs when the function
        returns (a deferred call). The stop then follows ``before``, and the return of ``Serve`` the stop."""
        fn = syntax.enclosing_func(before)
        if fn is None or fn.id == lit.id or syntax.inside(before, lit) or b"goto" in (fn.text or b""):
            return False
        loops = syntax.loops_between(before, fn)
        for loop in self._serves_before(node, lit):
            ok = True
            for v in (loop.listener, loop.server):
                if v is None:
                    continue
                if not _outside(v, lit):
                    ok = False
                    break
                for r in v.refs:
                    if not self._may_stop(loop, v, r) or syntax.deferred_in(r, fn) or \
                            (v is loop.server and _registered(r)):
                        continue   # (registering a service on the server does not stop it)
                    if r.start_byte < before.end_byte or any(syntax.inside(r, l) for l in loops):
                        ok = False
                        break
                if not ok:
                    break
            if ok:
                return True
        return False

    def closed_at_end(self, loop: AcceptLoop, within: Node) -> bool:
        """Does the function that starts the goroutine ``within`` stop ``loop`` only as it returns, and
        surely then: its listener and server are locals of that function, and every reference that may
        stop them (:meth:`_may_stop`) is in one of its ``defer`` statements (``defer ln.Close()``, ``defer
        srv.Close()``), at least one? ``loop`` is an ``Accept`` in a loop of the goroutine (or a single one
        on a listener the function names only in the close: nothing can dial it), or net/http's
        ``Serve`` (``http.Serve(l, h)``, ``srv.Serve(l)`` of a local ``&http.Server{...}``), which fail
        once their listener is closed or their server shut down, whatever came before: the deferred stop
        makes them fail on every run, as the function returns."""
        fn = syntax.enclosing_func(within.parent) if within.parent is not None else None
        if fn is None:
            return False
        if loop.serve:
            v = loop.server
            made = " ".join(syntax.text(v.value).split()) if v is not None and v.value is not None else ""
            if v is not None and (v.assigns or not made.startswith(("&http.Server{", "http.Server{"))):
                return False
            if v is None and syntax.call_name(loop.call) != ("http", "Serve"):
                return False
        elif not any(a.type == "for_statement" for a in syntax.ancestors(loop.call, within)) and any(
                not syntax.inside(r, within) and not syntax.deferred_in(r, fn)
                for r in loop.listener.refs):
            return False   # (one Accept: it may have taken a connection of the test's before the close)
        stops = 0
        for v in (loop.listener, loop.server):
            if v is None:
                continue
            if not _outside(v, within) or v.stmt is None or syntax.enclosing_func(v.stmt) is None or \
                    syntax.enclosing_func(v.stmt).id != fn.id:
                return False
            for r in v.refs:
                if not self._may_stop(loop, v, r) or _after_loop(r, loop.call, within):
                    continue
                if not syntax.deferred_in(r, fn):
                    return False
                stops += 1
        return stops > 0

    def _may_stop(self, loop: AcceptLoop, v: Var, ref: Node) -> bool:
        """Can this reference to ``loop``'s listener or server end its ``Serve``: anything but the ``Serve``
        call itself, a listener's ``Accept``/``Addr``/``Dial``, the listener given to another accept loop
        of a server nothing else can stop, and a read or set of a server's field?"""
        p = ref.parent
        if p is not None and p.type == "argument_list" and p.parent is not None and p.parent.id == loop.call.id:
            return False
        serve_args = syntax.call_args(loop.call) if v is loop.listener else []
        inner = _wrapped_listener(serve_args[0]) if serve_args else None
        if inner is not None and inner.id == ref.id:
            return False   # ``s.Serve(tls.NewListener(l, cfg))``: the wrapper is the Serve's, and fails with ``l``
        if v is loop.listener and p is not None and p.type == "argument_list" and p.named_children and \
                p.named_children[0].id == ref.id and self._endless_serve_of(p.parent):
            return False   # another server accepting on it: it closes the listener only once its Serve returns
        if v is loop.listener and self._addr_only_arg(ref):
            return False   # ``launchClient(t, lis)``, a helper that only asks ``lis.Addr()``
        if v is loop.listener or p is None or p.type != "selector_expression":
            return not _asked_only(ref)   # (handed on, unless only given a value or compared with nil)
        field = syntax.text(p.child_by_field_name("field"))
        return p.parent is not None and p.parent.type == "call_expression" and field not in SERVES

    def _addr_only_arg(self, ref: Node, dials: bool = False) -> bool:
        """Is ``ref`` an argument of a call of a package function (``launchClient(t, lis)``) whose parameter
        there is only asked for its address (``lis.Addr().String()``)? The helper cannot close the
        listener. With ``dials``: and the helper dials (``grpc.NewClient``, ``net.Dial``...)."""
        p = ref.parent
        call = p.parent if p is not None and p.type == "argument_list" else None
        fn = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
        if fn is None or fn.type != "identifier" or self.package is None:
            return False
        idx = next((i for i, a in enumerate(syntax.call_args(call)) if a.id == ref.id), None)
        decl = self.package.decl_node(syntax.text(fn))
        body = decl.child_by_field_name("body") if decl is not None and decl.type == "function_declaration" \
            else None
        params = syntax.params(decl) if body is not None else []
        if idx is None or idx >= len(params) or not params[idx][0] or \
                any(t is not None and syntax.text(t).startswith("...") for _n, t in params):
            return False
        refs = list(syntax.references(params[idx][0], body))
        if not refs or not all(_asks_addr(r) for r in refs):
            return False
        return not dials or _DIALS.search(syntax.text(body)) is not None

    def _endless_serve_of(self, call: Node | None) -> bool:
        """``newAPIServer(h).Serve(l)`` or ``.ServeTLS(l, cert, key)`` of a server a package function has
        just made (``http.Serve(l, h)``): nothing can shut that server down, so it leaves ``l`` open until
        its own ``Serve`` returns, which needs ``l`` closed; ``ServeTLS`` failing on its certificates
        returns before it accepts, and does not close ``l`` either."""
        if call is None or call.type != "call_expression":
            return False
        recv, name = syntax.call_name(call)
        if (recv, name) in _PKG_SERVES:
            return True
        fn = call.child_by_field_name("function")
        operand = syntax.unparen(fn.child_by_field_name("operand")) if fn is not None and \
            fn.type == "selector_expression" else None
        return name in ("Serve", "ServeTLS") and operand is not None and operand.type == "call_expression" and \
            self._fresh_server(operand)

    def _serves_before(self, node: Node, lit: Node) -> list[AcceptLoop]:
        """The ``Serve`` calls on the way to ``node`` in the goroutine literal ``lit``: a statement of its
        body before it, or its own statement's call (and that call's arguments, which run first)."""
        out = []
        body = syntax.func_body(lit) if lit is not None else None
        for st in (syntax.stmt_list(body) if body is not None else ()):
            if st.start_byte > node.start_byte:
                break
            call = _stmt_call(st)
            calls = [call] if call is not None else []
            if call is not None and st.start_byte <= node.start_byte < st.end_byte:
                calls += [syntax.unparen(a) for a in syntax.call_args(call)]   # its arguments run first
            for c in calls:
                loop = self.loop(c)
                if loop is not None and loop.serve:
                    out.append(loop)
        return out


def _asked_only(ref: Node) -> bool:
    """Is the reference ``ref`` to a listener one that cannot stop it: given its value (``ln, err =
    net.Listen(...)``), compared with nil (``if ln != nil``), or asked for ``Accept``/``Addr``/``Dial``?"""
    p = ref.parent
    if p is None:
        return False
    if p.type == "expression_list" and p.parent is not None and \
            p.parent.type in ("assignment_statement", "short_var_declaration") and \
            p.parent.child_by_field_name("left") is not None and p.parent.child_by_field_name("left").id == p.id:
        return True
    if p.type == "binary_expression" and syntax.text(p.child_by_field_name("operator")) in ("==", "!=") and \
            syntax.text(p.child_by_field_name("right")) == "nil":
        return True
    return p.type == "selector_expression" and syntax.text(p.child_by_field_name("field")) in _LISTENER_USES


def _wrapped_listener(arg: Node | None) -> Node | None:
    """``tls.NewListener(l, cfg)``, ``netutil.LimitListener(l, n)``, ``manet.NetListener(l)``: a package
    function named for a listener, given a variable ``l`` first, that wraps it; the wrapper's ``Accept``
    fails once ``l``'s does (closing the wrapper closes ``l``). ``l``'s identifier, or None."""
    arg = syntax.unparen(arg) if arg is not None else None
    if arg is None or arg.type != "call_expression":
        return None
    fn = arg.child_by_field_name("function")
    if fn is None or fn.type != "selector_expression" or \
            syntax.unparen(fn.child_by_field_name("operand")).type != "identifier" or \
            "Listener" not in syntax.text(fn.child_by_field_name("field")):
        return None
    args = syntax.call_args(arg)
    first = syntax.unparen(args[0]) if args else None
    return first if first is not None and first.type == "identifier" else None


def _outside(v: Var, within: Node) -> bool:
    """Is ``v`` a local variable declared outside ``within`` (not a parameter: a caller may close it)?"""
    return v.kind == "local" and not (v.stmt is not None and syntax.inside(v.stmt, within))


def _after_loop(ref: Node, call: Node, within: Node) -> bool:
    """Is ``ref`` in the goroutine ``within`` after ``call`` (its ``Accept`` or ``Serve``) and outside
    every loop around that call there (``for i := 0; i < n; i++ { c, err := l.Accept() ... }; l.Close()``),
    or in a ``defer`` of the goroutine itself (``defer l.Close()``, anywhere in it)? It runs once the
    accepting is over: it cannot make that call fail."""
    if not syntax.inside(ref, within):
        return False
    deferred = next((a for a in syntax.ancestors(ref, within) if a.type == "defer_statement"), None)
    if deferred is not None and syntax.enclosing_func(deferred) is not None and \
            syntax.enclosing_func(deferred).id == within.id and syntax.enclosing_func(call).id == within.id:
        return True   # ``defer l.Close()`` of the goroutine itself: it runs once the goroutine ends
    if ref.start_byte < call.end_byte:
        return False
    loops = [a for a in syntax.ancestors(call, within) if a.type == "for_statement"]
    if any(syntax.inside(ref, lp) for lp in loops):
        return False
    fn = syntax.enclosing_func(ref)
    return fn is not None and fn.id == within.id and syntax.enclosing_func(call).id == within.id


def _dials_itself(ref: Node) -> bool:
    """Is the reference ``ref`` to a listener the operand of its own ``Dial`` (an in-memory listener's
    client end, ``lis.Dial()`` of grpc's bufconn)?"""
    p = ref.parent
    return p is not None and p.type == "selector_expression" and \
        syntax.text(p.child_by_field_name("field")) in ("Dial", "DialContext")


def _asks_addr(ref: Node) -> bool:
    """Is the reference ``ref`` to a listener only the operand of ``.Addr`` (``lis.Addr().String()``)?"""
    p = ref.parent
    return p is not None and p.type == "selector_expression" and \
        syntax.text(p.child_by_field_name("field")) == "Addr"


def _stopped_before_closed(srv, lis, fn: Node) -> bool:
    """Does every reference to the listener ``lis`` (outside its ``Serve``) come after a stop of the
    server ``srv`` that runs first at the end: in the same cleanup literal, later in it; or deferred
    earlier (defers run last first)?"""
    stops = [r for r in srv.refs if syntax.deferred_in(r, fn) or _cleanup(r, fn)]
    for r in lis.refs:
        if r.parent is not None and r.parent.type == "argument_list":
            continue   # ``srv.Serve(lis)``, a dial's ``lis.Addr()`` argument: not a close
        if r.parent is not None and r.parent.type == "selector_expression" and \
                syntax.text(r.parent.child_by_field_name("field")) in ("Addr", "Dial", "DialContext"):
            continue
        lit_r = next((a for a in syntax.ancestors(r, fn) if a.type == "func_literal"), None)
        ok = False
        for s in stops:
            lit_s = next((a for a in syntax.ancestors(s, fn) if a.type == "func_literal"), None)
            if lit_r is not None and lit_s is not None and lit_r.id == lit_s.id and s.start_byte < r.start_byte:
                ok = True
            elif syntax.deferred_in(r, fn) and syntax.deferred_in(s, fn) and r.start_byte < s.start_byte:
                ok = True
        if not ok:
            return False
    return True


def _registered(ref: Node) -> bool:
    """Is ``ref`` the first argument of a service registration (``pb.RegisterGreeterServer(srv, impl)``,
    ``reflection.Register(srv)``): the server is given a service, not stopped?"""
    p = ref.parent
    call = p.parent if p is not None and p.type == "argument_list" else None
    if call is None or call.type != "call_expression" or syntax.unparen(p.named_children[0]).id != ref.id:
        return False
    f = call.child_by_field_name("function")
    name = syntax.text(f.child_by_field_name("field") if f.type == "selector_expression" else f)
    return name.lower().startswith("register")


def _cleanup(node: Node, fn: Node) -> bool:
    """Is ``node`` in the argument of a ``t.Cleanup(...)`` call of ``fn`` (it runs when the test ends)?"""
    for p in syntax.ancestors(node, fn):
        if p.type == "call_expression":
            f = p.child_by_field_name("function")
            if f is not None and f.type == "selector_expression" and \
                    syntax.text(f.child_by_field_name("field")) == "Cleanup":
                return True
        if p.id == fn.id:
            return False
    return False


def _stmt_call(st: Node) -> Node | None:
    """The call a statement makes: ``f(x)``, ``v = f(x)``, ``v, err := f(x)``, also as the initializer of
    an ``if`` (``if err = f(x); err != nil``: it runs before the rest of the statement)."""
    if st.type == "if_statement" and st.child_by_field_name("initializer") is not None:
        st = st.child_by_field_name("initializer")
    if st.type == "expression_statement":
        call = st.named_children[0] if st.named_children else None
    elif st.type in ("assignment_statement", "short_var_declaration"):
        right = st.child_by_field_name("right").named_children
        call = right[0] if len(right) == 1 else None
    else:
        return None
    call = syntax.unparen(call) if call is not None else None
    return call if call is not None and call.type == "call_expression" else None


def _dials_literal(lis, fn: Node, lit: Node, scopes) -> bool:
    """Does ``fn``, after the goroutine ``lit``, call something with the very address literal the listener
    was made with (``net.Listen("tcp", ":9999")`` ... ``grpc.NewClient(":9999", ...)``), or with the local
    holding it (``address := "localhost:8001"``, never given another value), also in a subtest it runs
    (``t.Run(name, func(t *testing.T) {...})``)? A client of that address reaches this listener."""
    made = syntax.unparen(lis.value) if lis.value is not None else None
    if made is None or made.type != "call_expression":
        return False
    addrs = set()
    for a in syntax.call_args(made):
        value = a
        if a.type == "identifier":   # ``address := "localhost:8001"``, never given another value
            v = scopes.var(a)
            value = syntax.unparen(v.value) if v is not None and v.kind == "local" and not v.assigned and \
                not v.addressed and v.value is not None else None
        if value is not None and value.type == "interpreted_string_literal" and ":" in syntax.text(value) and \
                not syntax.text(value).endswith(':0"'):
            addrs.add(syntax.text(a))
    if not addrs:
        return False
    return any(n.type == "call_expression" and n.start_byte > lit.end_byte and
               any(syntax.text(a) in addrs for a in syntax.call_args(n))
               for n in _walk_in_subtests(fn))


def _walk_in_subtests(fn: Node):
    """The nodes of ``fn`` outside its function literals, but inside those it runs as subtests
    (``t.Run(name, func(t *testing.T) {...})``: run before ``t.Run`` returns)."""
    stack = [fn]
    while stack:
        n = stack.pop()
        yield n
        for c in n.children:
            if c.type == "func_literal" and not _subtest_body(c):
                continue
            stack.append(c)


def _subtest_body(lit: Node) -> bool:
    args = lit.parent
    call = args.parent if args is not None and args.type == "argument_list" else None
    return call is not None and call.type == "call_expression" and syntax.call_name(call)[1] == "Run" and \
        len(syntax.call_args(call)) == 2 and syntax.call_args(call)[1].id == lit.id
