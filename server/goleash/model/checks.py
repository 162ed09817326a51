"""A test's checks: can one fail on some run of correct code?

A check compares what the code under test computed with what the test expects. With the test's own
inputs (constants, values computed from them) it gives the same answer on every run: it fails only if
that code is wrong, and then on every run alike (the test is marked failed all the same). A check can
fail on one run and pass on the next when it tests an error (the environment failed: a closed
connection, a timeout), or a value read from the clock, received from another goroutine, or handed in by
a caller.

GL505 reports a ``t.Fatal`` or ``require`` in a goroutine (and a late ``t.Errorf``) only when its check
can vary so (:func:`value_assertion`, :func:`value_guarded`); the effect summaries count only those
among a helper's stops (``EffectSummary.stops``: a helper that may stop the test).
"""

from __future__ import annotations

import re
from typing import Callable

from tree_sitter import Node

from .. import syntax
from .package import NIL_FUNC, infallible, infallible_std, literal_returns_nil, under_nil_error
from .types import func_sig

REQUIRE_ERRORS = frozenset({"NoError", "NoErrorf", "Nil", "Nilf"})    # an error result checked nil
REQUIRE_FAILS = frozenset({"Fail", "Failf", "FailNow", "FailNowf"})   # a failure asked for
# a value read from the clock (not a duration: time.Second) or received from another goroutine
VARYING = re.compile(r"\btime\.(?:Now|Since|Until|After|Tick|NewTimer|NewTicker|AfterFunc)\b|<-")
_ERRORISH = re.compile(r"\b\w*(?:err|Err)\w*\b|\be\b|\.Error\(\)")   # an error tested (by its usual names)


def guards(call: Node, lit: Node) -> list[Node]:
    """The conditions of the ``if`` statements whose body holds ``call``, inside the function ``lit``,
    the innermost first."""
    return syntax.if_conditions(call, lit)


def value_assertion(call: Node, name: str, um=None) -> bool:
    """``require.Equal(t, want, got)``, ``require.True(t, ok)``, ``require.NotNil(t, x)``...: a check of a
    value the code under test computed, not of an error it returned (``NoError``, ``Nil``) nor a failure
    asked for (``Fail``), with no argument that reads the clock (``time.Since(start)``) or receives
    (``<-ch``)."""
    if name in REQUIRE_ERRORS or name in REQUIRE_FAILS:
        return False
    args = syntax.call_args(call)
    return not any(VARYING.search(_without_value_receives(syntax.text(a), um)) for a in args[1:])


_RECEIVE = re.compile(r"<-\s*([\w.]+(?:\(\))?)")


def _without_value_receives(text: str, um=None) -> str:
    """``text`` without its receives of values (``<-peer.ReplReqCh``, ``<-s.Updates()``): what a receive
    gives is what some goroutine sent, the same on every run unless the code under test changed; only an
    error received (``<-errc``) can carry a failure of the environment, and the wait itself is not the
    check's (it blocks, it does not fail). Not a local channel of the declaration (``um``) that it sends on
    more than once, or in a loop: which of those values comes first is the goroutines' timing."""
    return _RECEIVE.sub(lambda m: "" if _value_receive(um, m.group(1)) else m.group(0), text)


def _value_receive(um, chan: str) -> bool:
    """Is a receive from ``chan`` (as spelled) one of a value fixed by the sender (see
    :func:`_without_value_receives`)?"""
    if _ERRORISH.search(chan):
        return False
    if um is None or not chan.isidentifier():
        return True
    sends = [n for n in syntax.walk(um.unit) if n.type == "send_statement" and
             syntax.text(n.child_by_field_name("channel")) == chan]
    return len(sends) <= 1 and not any(a.type in ("for_statement", "range_clause")
                                       for n in sends for a in syntax.ancestors(n, um.unit))


def value_guarded(um, call: Node, lit: Node) -> bool:
    """Is ``call`` (in the function ``lit``) reached only under an ``if`` that compares computed values
    (``if got != want``, ``if !reflect.DeepEqual(req, &args)``, ``if id == ""``): no error in the
    condition (a name of ``err``, ``errors.Is``, ``.Error()``), and nothing in it that :func:`varies`?"""
    conds = guards(call, lit)
    cond = conds[0] if conds else None
    if cond is None:
        return False   # (unconditional, or in a select case: a timeout)
    text = syntax.text(cond)
    if VARYING.search(_without_value_receives(text, um)):
        return False
    if _error_missing(cond) and syntax.call_name(call)[0] not in ("require", "assert", ""):
        return True   # ``t.Fatal("no error")``, as ``require.Error(t, err)`` is (:func:`value_assertion`)
    if _ERRORISH.search(text):
        return False
    return not varies(um, cond, receives=False)


def _error_missing(cond: Node) -> bool:
    """``err == nil``: the test asked for an error and got none, the shape of ``require.Error(t, err)``
    (a check of what the code under test computed, not a failure of the environment)."""
    if cond.type != "binary_expression" or syntax.text(cond.child_by_field_name("operator")) != "==":
        return False
    sides = [syntax.unparen(cond.child_by_field_name(f)) for f in ("left", "right")]
    return any(x is not None and x.type == "nil" for x in sides) and \
        any(x is not None and x.type == "identifier" and _ERRORISH.fullmatch(syntax.text(x)) for x in sides)


def may_vary(um, call: Node, lit: Node, pkg=None) -> bool:
    """Can the stop ``call`` (``t.Fatal``, ``require.X(t, ...)`` in the function ``lit``) happen on one run
    and not on another? Not a testify value assertion, nor a package helper that is one
    (:meth:`PackageModel.value_helper`: ``Equal(t, len(buf), size)``), given no error, clock read or
    receive."""
    recv, name = syntax.call_name(call)
    if recv == "require" and (value_assertion(call, name, um) or _nil_of_value(um, call, name)):
        return False
    if not recv and pkg is not None and pkg.value_helper(name) and \
            not any(VARYING.search(syntax.text(a)) or _ERRORISH.search(syntax.text(a)) for a in syntax.call_args(call)):
        return False
    return not value_guarded(um, call, lit)


def _nil_of_value(um, call: Node, name: str) -> bool:
    """``require.Nil(t, ev.Data)`` of a value whose type cannot hold an error (a slice, map, string,
    number or bool, a pointer to a struct of the package that has no ``Error`` method, or to a value type of
    the standard library, ``*big.Int``; not an interface or error): a check of a computed value, like
    ``require.Equal(t, nil, x)``."""
    if name not in ("Nil", "Nilf"):
        return False
    args = syntax.call_args(call)
    arg = syntax.unparen(args[1]) if len(args) > 1 else None
    if arg is None or VARYING.search(syntax.text(arg)):
        return False
    t = um.types.of(arg)
    u = um.index.underlying(t) if t else None
    if u and u.startswith("*") and (_plain_struct(um.index, u[1:]) or u[1:] in _STD_VALUES):
        return True   # ``require.Nil(t, p.Pull(1))`` of a ``*Block``: a pointer to a package struct, no error
    return bool(u) and (u.startswith(("[]", "map[")) or u in _BASIC)


def _plain_struct(index, name: str) -> bool:
    """A struct type of the package with no ``Error`` method, none promoted from an embedded field (its
    embedded fields are types of the package too): a pointer to it cannot hold an error."""
    st = index.struct(name)
    if st is None or "." in name or index.method(name, "Error")[0] is not None:
        return False
    return not any(f.embedded and "." in (f.type or "") for f in st.fields)


# value types of the standard library with no ``Error`` method: a pointer to one cannot hold an error
_STD_VALUES = frozenset({"big.Int", "big.Float", "big.Rat", "time.Time", "time.Location", "url.URL",
                         "url.Userinfo", "netip.Addr", "netip.Prefix", "net.IPNet", "net.TCPAddr", "net.UDPAddr",
                         "regexp.Regexp", "bytes.Buffer", "strings.Builder", "x509.Certificate"})

_BASIC = frozenset({"string", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
                    "uint32", "uint64", "uintptr", "float32", "float64", "byte", "rune"})


def varies(um, expr: Node, depth: int = 0, receives: bool = True) -> bool:
    """Can ``expr`` differ from one run to the next as far as its names show: one of them is a parameter
    (a value handed in; for a goroutine's own literal, the argument of its ``go`` call is followed),
    received (``case r := <-ch``, a range), assigned more than once, an error under another name, a
    channel (``len(ch)``), or declared by a statement that reads the clock or receives; followed through the names their
    declarations use, a few steps. ``receives=False``: a value received (``case rpc := <-rpcCh``) counts as
    what was sent, not as varying (see :func:`_without_value_receives`), unless it is named for an error."""
    for ident in (n for n in [expr, *syntax.walk(expr)] if n.type == "identifier"):
        v = um.scopes.var(ident)
        if v is None:
            continue
        stmt_text = syntax.text(v.stmt) if v.stmt is not None else ""
        if not receives and not _ERRORISH.search(v.name) and "<-" in stmt_text and \
                (v.kind == "recv" or (v.kind == "local" and not v.assigned)) and \
                not VARYING.search(_without_value_receives(stmt_text, um)):
            if v.value is None or not varies(um, v.value, depth + 1, receives) or v.kind == "recv":
                continue   # (``req := rpc.Command.(*Req)`` of ``case rpc := <-rpcCh``: what the sender sent)
        if v.kind == "param" and depth < 3:
            f = um.func_of_node.get(v.func.id) if v.func is not None else None
            call = next((c for c in f.start.named_children if c.type == "call_expression"), None) \
                if f is not None and f.how == "go" and f.start is not None else None
            args = syntax.call_args(call) if call is not None else []
            if v.index < len(args) and not VARYING.search(syntax.text(args[v.index])) and \
                    not varies(um, args[v.index], depth + 1, receives):
                continue   # ``go func(c *Ctx) {...}(ctx.Copy())``: what the go statement hands it
            return True
        if (v.kind == "range" and _counts_constant(um, v)) or (v.assigned and _inert_assigns(um, v, depth)):
            continue   # ``for i := range 10``; ``var b []byte`` then ``b = appendX(b)``: the same on every run
        if v.kind in ("param", "receiver", "recv", "range") or v.assigned or \
                (v.stmt is not None and VARYING.search(syntax.text(v.stmt))) or \
                (v.type_node is not None and ("error" in syntax.text(v.type_node) or
                                              v.type_node.type == "channel_type")) or \
                (v.value is not None and syntax.text(v.value).startswith("make(chan")):
            return True   # (a channel: what it holds, len(ch), depends on the goroutines' timing)
        if v.value is not None and (depth >= 3 or varies(um, v.value, depth + 1, receives)):
            return True
    return False


def _counts_constant(um, v) -> bool:
    """Is the range variable ``v`` the key of ``for i := range n`` over an integer literal or a local
    constant of numbers (Go 1.22), assigned nowhere else: 0, 1, ... on every run?"""
    if v.assigned or v.index != 0 or v.value is None:
        return False
    over = syntax.unparen(v.value)
    return over.type == "int_literal" or number_const(um, over)


def number_const(um, expr: Node | None) -> bool:
    """Is ``expr`` a local constant declared with a number (``const n = 200``, ``const n = 4 * 50``)?"""
    c = um.scopes.var(expr) if expr is not None and expr.type == "identifier" else None
    value = syntax.unparen(c.value) if c is not None and c.kind == "const" and c.value is not None else None
    return value is not None and all(n.type in ("int_literal", "binary_expression", "parenthesized_expression")
                                     for n in [value, *syntax.walk(value)] if n.is_named)


def _inert_assigns(um, v, depth: int) -> bool:
    """Is ``v`` a local declared with its zero value (``var b []byte``), used in its own function only (no
    goroutine or closure reads or sets it), and assigned there values that do not vary but for ``v``
    itself (``b = appendX(b)``)?"""
    if v.kind != "local" or v.value is not None or v.addressed or depth >= 3 or v.stmt is None or \
            v.stmt.type != "var_declaration" or not v.assigns:
        return False
    own = um.func_at(v.ident)
    if any(um.func_at(r) is not own for r in v.refs):
        return False   # (read or set by a goroutine or closure too: its value there depends on the timing)
    for node, value in v.assigns:
        if value is None or um.func_at(node) is not own or VARYING.search(syntax.text(value)):
            return False
        if any(x.type == "identifier" and syntax.text(x) != v.name and varies(um, x, depth + 1)
               for x in [value, *syntax.walk(value)]):
            return False   # (``varies`` of an identifier: that name alone)
    return True


# --------------------------------------------------------------- checks that cannot fail
def cannot_fail(um, pkg, call: Node, lit: Node, live_ctx: tuple[str, ...] = (),
                down: Callable[[], frozenset[str]] | None = None) -> bool:
    """Is the stop or report ``call`` (in the function ``lit``) reached only when a check fails that
    cannot? ``require.NoError(t, err)`` (or a package helper that fails only when its argument is not
    nil) with ``err`` nil on every path to it (:func:`nil_checked`); ``require.NoError(t, f())`` or
    ``require.Nil(t, x)`` of a result a package function returns as ``nil`` on every path this call can
    take (:func:`nil_result_checked`); a stop under ``if err != nil`` with ``err`` such a result
    (:func:`nil_error_guarded`). Used by GL505 for the calls in a goroutine and by the effect summaries
    for a helper's stops, alike. ``live_ctx``: contexts, as :func:`arg_texts` spells them, that stay live
    while the goroutine runs to the call (a test's own ``t.Context()`` when the test waits for the
    goroutine before it returns; a ``context.WithCancel(context.Background())`` the goroutine makes and
    cancels only after the call): their ``Err()`` is nil there. ``down``: asked only when nothing else
    shows it, the flags nothing raises while the goroutine runs (:func:`flags_down`): a return under ``if
    s.closed`` is not taken."""
    if pkg is None:
        return False
    recv, name = syntax.call_name(call)
    helper_arg = pkg.fails_only_on_nonnil(name) if not recv else None
    live = frozenset(f"live:{c}" for c in live_ctx)
    if nil_checked(um, pkg, call, recv, name) or _nil_results(um, pkg, call, recv, name, helper_arg, lit, live) or \
            _guard_known_nil(um, call, lit):
        return True
    source = error_source(um, pkg, call, recv, name, lit)
    if source is not None and (pipe_drained(um, pkg, source, call, lit) or constant_parse(um, pkg, source) or
                               fresh_conn_op(um, source, lit) or infallible_std(source) or
                               memory_write(um, source) or regression_only(um, pkg, source)):
        return True
    flags = down() if down is not None and pkg.raised_flags() else frozenset()
    return bool(flags) and _nil_results(um, pkg, call, recv, name, helper_arg, lit, live | flags)


def _nil_results(um, pkg, call: Node, recv: str, name: str, helper_arg: int | None, lit: Node,
                 tolerated: frozenset) -> bool:
    """The checks of :func:`cannot_fail` that read what a package function returns."""
    return (recv == "require" and nil_result_checked(um, pkg, call, name, tolerated=tolerated)) or \
        (helper_arg is not None and nil_result_checked(um, pkg, call, "NoError", helper_arg, tolerated)) or \
        nil_error_guarded(um, pkg, call, lit, tolerated)


_TEST_FUNC = re.compile(r"(?:Test|Benchmark|Fuzz)(?:[A-Z0-9_]\w*)?$")


def flags_down(um, pkg, shared, lit: Node, go: Node) -> frozenset[str]:
    """``down:F`` for each bool flag field ``F`` (``closed``, ``isClosed``) that nothing raises while the
    goroutine ``lit``, started at ``go``, runs: every declaration of the package that raises it
    (:meth:`PackageModel.flag_raisers`, ``Close`` setting ``m.closed = true``) is called only by this
    declaration, outside the goroutine, where the goroutine was waited for first (a ``defer q.Close()``,
    or ``t.Cleanup(q.Close)``, when it is waited for before the function returns)."""
    key = um.key
    if pkg is None or key is None:
        return frozenset()
    out = set()
    for fl in pkg.raised_flags():
        raisers = pkg.flag_raisers(fl)
        if raisers is None:
            continue
        if all(_raised_after(um, pkg, shared, k.rsplit(".", 1)[-1], "." in k, lit, go) for k in raisers):
            out.add(f"down:{fl}")
    return frozenset(out)


def _raised_after(um, pkg, shared, name: str, method: bool, lit: Node, go: Node) -> bool:
    """Is ``name`` (a function raising a flag) named, of the package's declarations, only in this one
    and in other test functions (``TestX``: the test runner calls them, on values of their own), and
    here only outside the goroutine ``lit``, once it was waited for (:func:`flags_down`)?"""
    word = name.encode()
    want = "field_identifier" if method else "identifier"
    named = re.compile((rb"\.\s*" if method else rb"(?<![\w.])") + re.escape(word) + rb"\b")
    for c in pkg.callers(name):
        if c == um.key or _TEST_FUNC.match(c):
            continue
        node = pkg.decl_node(c)
        if node is None or named.search(node.text or b""):
            return False   # (for a method, ``x.name``: a bare ``close(ch)`` is another function)
    for n in syntax.walk(um.unit):
        if n.type != want or n.text != word:
            continue
        if n.parent is not None and n.parent.type in ("function_declaration", "method_declaration"):
            continue
        if syntax.inside(n, lit):
            return False
        fn = n if n.type == "identifier" else n.parent
        call = fn.parent if fn is not None else None
        deferred = any(a.type == "defer_statement" for a in syntax.ancestors(n))
        if call is not None and call.type == "call_expression" and call.child_by_field_name("function") == fn:
            ok = shared.joined_before_exit(go) if deferred else shared.joined(go, call)
        else:   # a value: ``t.Cleanup(q.Close)`` runs it once the test function has returned
            args = call.parent if call is not None and call.type == "argument_list" else None
            holder = args.parent if args is not None else None
            ok = holder is not None and holder.type == "call_expression" and \
                syntax.call_name(holder)[1] == "Cleanup" and shared.joined_before_exit(go)
        if not ok:
            return False
    return True


_MEMORY_WRITERS = frozenset({"bytes.Buffer", "*bytes.Buffer", "strings.Builder", "*strings.Builder"})
_WRITES = frozenset({"Write", "WriteString", "WriteByte", "WriteRune"})


def memory_write(um, call: Node) -> bool:
    """Is ``call`` a write into memory, whose error is nil on every run: ``buf.WriteString(s)`` (``Write``,
    ``WriteByte``, ``WriteRune``) of a ``bytes.Buffer`` or ``strings.Builder``, or ``fmt.Fprintf(&buf,
    ...)`` into one? (They grow the buffer, or panic when they cannot: they never return an error.)"""
    if call is None or call.type != "call_expression":
        return False
    fn = call.child_by_field_name("function")
    if fn is None or fn.type != "selector_expression":
        return False
    name = syntax.text(fn.child_by_field_name("field"))
    operand = fn.child_by_field_name("operand")
    if name in _WRITES:
        target = operand
    elif syntax.text(operand) == "fmt" and name in ("Fprint", "Fprintf", "Fprintln") and syntax.call_args(call):
        target = syntax.unparen(syntax.call_args(call)[0])
        if target is not None and target.type == "unary_expression" and \
                syntax.text(target.child_by_field_name("operator")) == "&":
            target = target.child_by_field_name("operand")
    else:
        return False
    return target is not None and um.types.of(target) in _MEMORY_WRITERS


_PIPE_READERS = frozenset({"io.ReadAll", "io.ReadFull", "bufio.NewReader"})


def error_source(um, pkg, call: Node, recv: str, name: str, lit: Node) -> Node | None:
    """The call whose error result the check ``call`` (in the function ``lit``) tests, when it is the last
    result of a call assigned just so: ``require.NoError(t, err)`` (``require.Nil`` alike) or a package
    helper that fails only when its argument is not nil, of ``x, err := f(...)`` (``err := f(...)``), or a
    stop under ``if err != nil`` of such an ``err``."""
    idx = _nil_arg(pkg, recv, name, REQUIRE_ERRORS)
    if idx is not None:
        args = syntax.call_args(call)
        arg = syntax.unparen(args[idx]) if len(args) > idx else None
        if arg is not None and arg.type == "call_expression":
            return arg   # ``require.NoError(t, c.Close())``
        got = um.result_at(arg, call) if arg is not None else None   # (``err = c.Close()`` right before)
        if got is None:
            return None
        value, at, count = got
        return syntax.unparen(value) if at == count - 1 else None
    for c in guards(call, lit):
        test, _ = nonnil_conjunct(c)
        _, got, index, count = nonnil_test(um, test) if test is not None else (None, None, None, None)
        if got is not None and count is not None and index == count - 1:
            return got
    return None


def failure_op(um, pkg, call: Node, lit: Node) -> str | None:
    """The call of the environment (``os.ReadFile``, ``conn.Read``, ``ctx.Err()``) whose failure makes the
    check ``call`` (in the function ``lit``) fail, as spelled where goleash found it; None when unknown."""
    from .failures import ENV
    if pkg is None:
        return None
    recv, name = syntax.call_name(call)
    source = error_source(um, pkg, call, recv, name, lit)
    got = source_reach(um, pkg, source) if source is not None else None
    return got.op if got is not None and got.kind == ENV and got.op else None


def regression_only(um, pkg, source: Node) -> bool:
    """Is there no path known on which the error of the call ``source`` (:func:`error_source`) comes from
    the environment (:class:`~goleash.model.failures.FailureReach`): a file, a socket, a process, a
    deadline, or another goroutine's timing? Either every result it keeps was read and none reaches one
    (the error is the same on every run of the test's inputs, and fails only once the code regressed),
    or it comes from code goleash cannot read, and no path to a failure can be shown. A method that
    tests and changes its receiver's own field (``STATE``) varies when goroutines started in a loop
    call it at once."""
    from .failures import ENV, STATE
    got = source_reach(um, pkg, source)
    if got.kind == STATE:   # (goroutines started in a loop call it at once: the field's value depends on them)
        return not any(a.type in ("for_statement", "range_clause") for a in syntax.ancestors(source, um.unit))
    if got.kind == ENV and got.conn and in_memory_transports(um, pkg, source):
        return True   # (a connection in memory: it fails only on the test's own close or deadline)
    if got.kind == ENV and got.db and mock_database_only(um, pkg):
        return True   # (a mock database: it answers what the test scripted, the same on every run)
    return got.kind != ENV


# transports in memory, and constructors of real ones
_IN_MEMORY = re.compile(r"\bnet\.Pipe\(\)|\bNewInmemoryListener\(|\bbufconn\.Listen\(|\bNewPipeConns\(|"
                        r"\bio\.Pipe\(\)|\bmemconn\.|\bmocknet\.")
_REAL_TRANSPORT = re.compile(r"\bnet\.(?:Listen\w*|Dial\w*|Resolve\w+Addr)\(|\bhttptest\.New\w*Server\(|"
                             r"\btls\.(?:Dial|Listen)\(|\bhttp\.(?:Get|Post|Head|ListenAndServe\w*)\(|"
                             r"\.ListenAndServe\w*\(|\bgrpc\.(?:Dial|DialContext|NewClient)\(|\bos\.Pipe\(\)|"
                             r"\bexec\.Command|\bos\.(?:Open|OpenFile|Create|CreateTemp)\(")


_ENDS_TRANSPORT = re.compile(r"\.(?:Close|CloseWrite|CloseRead|SetDeadline|SetReadDeadline|SetWriteDeadline)$")


# databases the test scripts (go-sqlmock, pgxmock), and constructors of real ones
_MOCK_DB = re.compile(r"\bsqlmock\.New\w*\(|\bpgxmock\.New\w*\(")
_REAL_DB = re.compile(r"\bsql\.Open(?:DB)?\((?!\s*\"sqlmock\")|\bsqlx\.(?:Open|Connect|MustConnect)\w*\(|"
                      r"\bpgx(?:pool)?\.(?:Connect|New)\w*\(|\bgorm\.Open\(")


def mock_database_only(um, pkg) -> bool:
    """Does the test (the declaration of ``um``, and the package functions it calls) make its database a
    mock (``db, mock, err := sqlmock.New()``, pgxmock) and none that reaches a server (``sql.Open`` of another
    driver, ``pgxpool.New``, ``sqlx.Connect``)? The queries then get exactly the rows and errors the test
    scripted (``mock.ExpectQuery(...).WillReturnRows(rows)``): the same on every run."""
    text = _with_helpers(um, pkg)
    return _MOCK_DB.search(text) is not None and _REAL_DB.search(text) is None


def _with_helpers(um, pkg) -> str:
    """The text of the test (the declaration of ``um``) and of the package functions it calls by name (a
    helper that makes its transports or its database)."""
    texts = [syntax.text(um.unit)]
    for n in syntax.walk(um.unit):
        fn = n.child_by_field_name("function") if n.type == "call_expression" else None
        if fn is not None and fn.type == "identifier" and pkg is not None:
            node = pkg.decl_node(syntax.text(fn))
            if node is not None:
                texts.append(syntax.text(node))
    return "\n".join(texts)


def in_memory_transports(um, pkg, source: Node) -> bool:
    """Does the test (the declaration of ``um``, and the package functions it calls) make its connections
    in memory only — ``net.Pipe()``, an in-memory listener (``fasthttputil.NewInmemoryListener``, grpc's
    ``bufconn.Listen``), ``io.Pipe()`` — and none that reach the system (``net.Listen``, ``net.Dial``,
    ``httptest.NewServer``, a process's pipes, a file it opens: a Read may be the file's)? Then a Read,
    Write or Accept on them fails only once the
    program itself closed an end or set a deadline: and outside the goroutine of ``source``, the test
    closes one (``b.Close()``, ``SetReadDeadline``) only in a ``defer`` or a Cleanup, once it is done."""
    lit = next((a for a in syntax.ancestors(source, um.unit) if a.type == "func_literal"), None)
    for n in syntax.walk(um.unit):
        fn = n.child_by_field_name("function") if n.type == "call_expression" else None
        if fn is not None and fn.type != "identifier" and _ENDS_TRANSPORT.search(syntax.text(fn)) and \
                not (lit is not None and syntax.inside(n, lit)) and \
                not any(a.type == "defer_statement" or (a.type == "call_expression" and
                                                         syntax.call_name(a)[1] == "Cleanup")
                        for a in syntax.ancestors(n, um.unit)):
            return False   # (the test ends the transport while the goroutine may still use it)
    text = _with_helpers(um, pkg)   # (a package function the test calls: its transports are the test's)
    return _IN_MEMORY.search(text) is not None and _REAL_TRANSPORT.search(text) is None


def pipe_end(um, pkg, v, read_through: bool = False) -> bool:
    """Is the local ``v`` an end of an ``io.Pipe()``: made by it (``pr, pw := io.Pipe()``), or the result
    of a package function every ``return`` of which gives, at that position, such an end of its own
    (``uz, wc := NewUnzip(dst)`` returning ``pw``; a ``nil`` beside an error is no end, and no reader)?
    With ``read_through``, also a wrapper of one made there whose ``Read`` reads it (``reader :=
    &readCloser{src: pr}``, ``func (r *readCloser) Read(p []byte) (int, error) { return r.src.Read(p) }``):
    read to its end, it reads the pipe to its end."""
    value = syntax.unparen(v.value) if v.value is not None and not v.assigned else None
    if value is None or value.type != "call_expression":
        return False
    if " ".join(syntax.text(value).split()) == "io.Pipe()":
        return True
    key = callee_key(um, pkg, value)
    decl = pkg.decl_node(key) if key else None
    body = decl.child_by_field_name("body") if decl is not None else None
    rets = [r for r in syntax.walk(body, skip_funcs=True) if r.type == "return_statement"] if body is not None else []
    ends = 0
    for r in rets:
        vals = syntax.return_values(r)
        x = syntax.unparen(vals[v.index]) if v.index < len(vals) else None
        if x is not None and x.type == "nil":
            continue   # (``return zip{}, nil, err``: an error path's placeholder)
        if x is None or x.type != "identifier" or \
                not (_made_by_pipe(body, syntax.text(x)) or (read_through and _pipe_wrapper(pkg, body, x))):
            return False
        ends += 1
    return ends > 0


_READER_TAKERS = frozenset({"io.Copy", "io.CopyN", "io.CopyBuffer", "io.ReadAll", "io.ReadFull", "io.ReadAtLeast",
                            "io.LimitReader", "io.TeeReader", "io.MultiReader", "bufio.NewReader",
                            "bufio.NewReaderSize", "bufio.NewScanner", "ioutil.ReadAll"})
_WRITER_TAKERS = frozenset({"io.Copy", "io.CopyN", "io.CopyBuffer", "io.WriteString", "io.MultiWriter",
                            "bufio.NewWriter", "bufio.NewWriterSize", "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln",
                            "json.NewEncoder", "gob.NewEncoder"})
# per end of ``r, w := io.Pipe()``: the interface it can be handed as without a Close, and its own I/O method
_PIPE_ENDS = (("io.Reader", "Read", _READER_TAKERS), ("io.Writer", "Write", _WRITER_TAKERS))


def _pipe_kept_open(um, pkg, v, method: str, call: Node) -> bool:
    """Is the local ``v`` an end of an ``r, w := io.Pipe()`` that nothing can close: neither end is closed
    (``Close``, ``CloseWithError``) in the declaration, and each is only used for its own I/O (``r.Read``,
    ``w.Write``) or handed as an ``io.Reader``/``io.Writer`` (which have no ``Close``) to a package function
    or a standard helper (``io.Copy``, ``bufio.NewReader``)? ``method`` (``Write``/``Read``, the ``call``) on
    such an end returns no error: a pipe's Write fails only once its read end is closed (or its own, which
    a ``w.Close()`` after the Write in the same function does not do first), its Read once an end is."""
    decl = syntax.unparen(v.value) if v.value is not None and not v.assigned else None
    if decl is None or " ".join(syntax.text(decl).split()) != "io.Pipe()" or v.index != (method == "Write"):
        return False
    left = v.stmt.child_by_field_name("left") if v.stmt is not None else None
    names = left.named_children if left is not None else []
    if len(names) != 2:
        return False
    for end, (iface, own, takers) in zip(names, _PIPE_ENDS):
        if end.type != "identifier":
            return False
        var = um.scopes.var(end)
        if var is None:
            if syntax.text(end) == "_":
                continue   # (a discarded end: no one can close it)
            return False
        closed_after = call if own == method == "Write" else None
        if var.assigned or var.addressed or not _only_used_as(um, pkg, var, iface, own, takers, closed_after):
            return False
    return True


def _reads_kept_pipe(um, pkg, v, call: Node) -> bool:
    """Is the local ``v`` a reader made once over the read end of an ``io.Pipe()`` that nothing can close
    (:func:`_pipe_kept_open`), handed as an ``io.Reader`` to the package function or standard helper that
    made ``v`` (``r, err := NewScrubReader(in, env)``, ``br := bufio.NewReader(in)``)? Its Read then meets
    no failure of the pipe; what it makes of the bytes the test wrote is the same on every run."""
    value = syntax.unparen(v.value) if v.value is not None and not v.assigned else None
    if value is None or value.type != "call_expression":
        return False
    for a in syntax.call_args(value):
        a = syntax.unparen(a)
        end = um.scopes.var(a) if a is not None and a.type == "identifier" else None
        if end is not None and end is not v and _pipe_kept_open(um, pkg, end, "Read", call):
            return True
    return False


def _only_used_as(um, pkg, var, iface: str, own: str, takers: frozenset, closed_after: Node | None = None) -> bool:
    """Is every use of ``var`` a call of its method ``own``, or an argument of a standard helper in
    ``takers`` or of a package function whose parameter there has the type ``iface``? With ``closed_after``
    (a call), also a ``Close``/``CloseWithError`` after it in the same function."""
    for ref in var.refs:
        p = ref.parent
        if p is not None and p.type == "selector_expression" and p.child_by_field_name("operand") == ref:
            field = syntax.text(p.child_by_field_name("field"))
            if field == own or (closed_after is not None and field in ("Close", "CloseWithError") and
                                p.start_byte > closed_after.end_byte and
                                syntax.enclosing_func(p) == syntax.enclosing_func(closed_after)):
                continue
            return False
        if p is None or p.type != "argument_list" or p.parent is None or p.parent.type != "call_expression":
            return False
        call = p.parent
        if syntax.text(call.child_by_field_name("function")) in takers:
            continue
        key = callee_key(um, pkg, call)
        node = pkg.decl_node(key) if key else None
        if node is None:
            return False
        params = func_sig(node).params
        i = [a.id for a in p.named_children].index(ref.id)
        typ = params[i][1] if i < len(params) else (params[-1][1] if params else "")
        if typ.lstrip(".") != iface:
            return False
    return True


def _made_by_pipe(body: Node, name: str) -> bool:
    """Is ``name`` declared in ``body`` by ``... := io.Pipe()``?"""
    return re.search(rf"\b{re.escape(name)}\b[^\n=]*:=\s*io\.Pipe\(\)", syntax.text(body)) is not None


def _pipe_wrapper(pkg, body: Node, x: Node) -> bool:
    """Is the local ``x`` of ``body`` made once as ``&T{f: pr}`` (or ``T{f: pr}``) of a package type ``T``
    whose ``Read`` method reads its field ``f`` (``r.f.Read(p)``), with ``pr`` an ``io.Pipe()`` end made in
    ``body``?"""
    name = syntax.text(x)
    decls = [d for d in syntax.walk(body, skip_funcs=True) if d.type == "short_var_declaration" and
             [syntax.text(n) for n in d.child_by_field_name("left").named_children] == [name]]
    if len(decls) != 1 or re.search(rf"(?<![\w.]){re.escape(name)}\s*=[^=]", syntax.text(body)):
        return False
    vals = decls[0].child_by_field_name("right").named_children
    lit = syntax.unparen(vals[0]) if len(vals) == 1 else None
    if lit is not None and lit.type == "unary_expression" and syntax.text(lit.child_by_field_name("operator")) == "&":
        lit = syntax.unparen(lit.child_by_field_name("operand"))
    typ = lit.child_by_field_name("type") if lit is not None and lit.type == "composite_literal" else None
    if typ is None or typ.type != "type_identifier":
        return False
    read = pkg.decl_node(f"{syntax.text(typ)}.Read")
    text = syntax.text(read) if read is not None else ""
    for el in syntax.walk(lit.child_by_field_name("body")):
        if el.type != "keyed_element" or len(el.named_children) != 2:
            continue
        k, val = (syntax.unparen(c.named_children[0] if c.type.endswith("_element") and c.named_children else c)
                  for c in el.named_children)
        if val is not None and val.type == "identifier" and _made_by_pipe(body, syntax.text(val)) and \
                re.search(rf"\.{re.escape(syntax.text(k))}\.Read\(", text):
            return True
    return False


_STD_MEMORY_TYPES = frozenset({"bytes.Buffer", "strings.Builder", "bytes.Reader", "strings.Reader"})


def source_reach(um, pkg, source: Node):
    """What the errors of the call ``source``, in the declaration of ``um``, can carry (a
    :class:`~goleash.model.failures.Reach`): read through the package function it runs, or the module's
    function or method it names, or by what it is (a standard function or method)."""
    from .failures import ENV, PURE, Reach, bind, std_path, _IO_VERB, _ENV_PKGS
    from .module import file_imports
    fr = pkg.failure_reach()
    fr.fresh()
    key = callee_key(um, pkg, source)
    node = pkg.decl_node(key) if key else None
    pkg.note_failure_reach(key or syntax.text(source.child_by_field_name("function")))
    spell = lambda a: _context_text(um, a, 0, pkg)   # noqa: E731
    if node is not None:
        return _by_values(um, source, bind(fr.of_decl(node, fr.own_path), source, None, spell))
    root = um.unit
    while root.parent is not None:
        root = root.parent
    imports = file_imports(root)
    fn = syntax.unparen(source.child_by_field_name("function"))
    if fn is not None and fn.type == "selector_expression":
        operand = syntax.unparen(fn.child_by_field_name("operand"))
        name = syntax.text(fn.child_by_field_name("field"))
        if operand is not None and not (operand.type == "identifier" and syntax.text(operand) in imports):
            v = um.scopes.var(operand) if operand.type == "identifier" else None
            if v is not None and name in ("Close", "CloseWithError") and pipe_end(um, pkg, v):
                return Reach(PURE)   # (an io.Pipe end's Close returns nil on every call)
            if v is not None and name in ("Write", "Read") and (_pipe_kept_open(um, pkg, v, name, source) or
                                                                name == "Read" and _reads_kept_pipe(um, pkg, v, source)):
                return Reach(PURE)   # (a pipe's Write or Read fails only once one of its ends is closed)
            t = (um.types.of(operand) or "").lstrip("*")
            alias, _, typ = t.rpartition(".")
            path = (imports.get(alias) or pkg.import_of(alias, record=False)) if alias else None
            if path and std_path(path):
                if t in _STD_MEMORY_TYPES or (t in ("io.PipeWriter", "io.PipeReader") and
                                              name in ("Close", "CloseWithError")):
                    return Reach(PURE)   # (an io.Pipe end's Close returns nil on every call)
                streams = ("net", "crypto/tls", "bufio", "io", "encoding/json", "encoding/gob", "encoding/xml",
                           "compress/gzip", "archive/tar", "archive/zip", "mime/multipart")
                if path in _ENV_PKGS or path in streams or _IO_VERB.match(name):
                    return Reach(ENV, f"{syntax.text(operand)}.{name}", conn=path in streams,
                                 db=path == "database/sql")
                return Reach(PURE)
            if path and typ and "[" not in typ:
                decls = fr._decls(path, name, typ)
                if decls:
                    return _by_values(um, source, bind(fr._resolved(decls, 0), source, None, spell))
    got = fr.of_call(source, None, "", imports, fr.own_path, 0, spell)
    if got.kind == PURE:   # (a parse, a decode: of what? an input read from the environment can differ)
        r = _env_input(um, fr, imports, syntax.call_args(source), 0)
        if r is not None:
            return r
    return _by_values(um, source, got)


def _env_input(um, fr, imports, exprs, depth: int):
    """The environment reached by the calls in ``exprs`` or by the values the names in them are given in
    the test function (``target := os.Getenv("URL")``, ``if b, err := os.ReadFile(p); err == nil { key
    = b }``), a few steps; None when none is."""
    from .failures import ENV
    names = set()
    for e in exprs:
        for n in [e, *syntax.walk(e)]:
            if n.type == "call_expression":
                r = fr.of_call(n, None, "", imports, fr.own_path, 0)
                if r.kind == ENV:
                    return r
            elif n.type == "identifier":
                names.add(syntax.text(n))
    if not names or depth >= 3:
        return None
    values = []
    for st in syntax.walk(um.unit):
        if st.type not in ("short_var_declaration", "assignment_statement", "var_spec"):
            continue
        left = st.child_by_field_name("left") or st.child_by_field_name("name")
        right = st.child_by_field_name("right") or st.child_by_field_name("value")
        if left is None or right is None:
            continue
        lefts = left.named_children if left.type == "expression_list" else [left]
        if any(syntax.text(x) in names for x in lefts):
            values.append(right)
    return _env_input(um, fr, imports, values, depth + 1) if values else None


def _by_values(um, source: Node, got):
    """``got``, or ``ENV`` when it is ``UNKNOWN`` and the call is handed a connection, a file or a stream
    (by its type in the declaration's model): what the code out of sight does with it can fail."""
    from .failures import ENV, UNKNOWN, Reach, by_name
    if got.kind != UNKNOWN:
        return got
    named = by_name(source)
    if named is not None:
        return named
    fn = source.child_by_field_name("function")
    for a in syntax.call_args(source):
        at = (um.types.of(syntax.unparen(a)) or "").lstrip("*")
        if at in _STD_ENV_VALUES:
            return Reach(ENV, f"{syntax.text(fn)}({syntax.text(a)})", conn=at.split(".")[0] in ("net", "io", "bufio", "tls"))
    return got


_STD_ENV_VALUES = frozenset({"net.Conn", "net.TCPConn", "net.UDPConn", "net.UnixConn", "net.Listener",
                             "net.TCPListener", "net.PacketConn", "os.File", "tls.Conn", "http.Client",
                             "sql.DB", "sql.Conn", "sql.Tx", "exec.Cmd", "io.Reader", "io.Writer", "io.ReadWriter",
                             "io.ReadCloser", "io.WriteCloser", "io.ReadWriteCloser", "http.Response",
                             "http.Request", "bufio.Reader", "bufio.Writer", "bufio.ReadWriter"})


# std functions that only parse or decode their arguments: on constants, the same result on every run
_PURE_PARSES = frozenset({
    "tls.X509KeyPair", "x509.ParseCertificate", "x509.ParseCertificates", "x509.ParsePKCS1PrivateKey",
    "x509.ParsePKCS8PrivateKey", "x509.ParseECPrivateKey", "x509.ParsePKIXPublicKey", "url.Parse",
    "url.ParseRequestURI", "url.ParseQuery", "regexp.Compile", "regexp.CompilePOSIX", "time.Parse",
    "time.ParseDuration", "time.LoadLocation", "strconv.Atoi", "strconv.ParseInt", "strconv.ParseUint",
    "strconv.ParseFloat", "strconv.ParseBool", "strconv.Unquote", "netip.ParseAddr", "netip.ParsePrefix",
    "netip.ParseAddrPort", "net.ParseCIDR", "mail.ParseAddress", "hex.DecodeString",
    "base64.StdEncoding.DecodeString", "base64.URLEncoding.DecodeString", "base64.RawStdEncoding.DecodeString",
    "base64.RawURLEncoding.DecodeString", "uuid.Parse"})


def constant_parse(um, pkg, value: Node) -> bool:
    """Is the checked error (that of the call ``value``: :func:`error_source`) that of a std encoder of a
    value built from the test's own inputs (``json.Marshal(dr)``, nothing in it that :func:`varies`), or of
    a std parse of constants only (``tls.X509KeyPair([]byte(certPEM), []byte(keyPEM))`` with package constants,
    ``url.Parse("http://x")``, ``http.NewRequest("GET", ts.URL+"/x", body)`` of a test server's URL)? It gives the same result on every run: it cannot fail on one execution and
    not on another (if it fails, every run fails, and the test is marked failed all the same)."""
    if value.type != "call_expression":
        return False
    fn = syntax.text(value.child_by_field_name("function"))
    args = syntax.call_args(value)
    if fn in _REQUESTS:   # the method, the URL (its body is no input of the parse; its ctx: any)
        args = args[-3:-1]
        return len(args) == 2 and (_constant(um, pkg, args[0]) or bool(_HTTP_METHOD.fullmatch(syntax.text(args[0])))) \
            and _constant_url(um, pkg, args[1])
    if fn in _ENCODERS:   # (a value built from the test's own inputs: encoded the same on every run)
        return bool(args) and not any(VARYING.search(syntax.text(a)) or varies(um, a) for a in args)
    if fn in _DECODERS and len(args) == 2:   # ``json.Unmarshal(data, &m)`` of what such an encoding gave
        a = syntax.unparen(args[0])
        v = um.scopes.var(a) if a.type == "identifier" else None
        made = syntax.unparen(v.value) if v is not None and v.kind == "local" and not v.assigned and \
            v.index == 0 else None
        return made is not None and constant_parse(um, pkg, made) and \
            syntax.text(made.child_by_field_name("function")) in _ENCODERS and not varies(um, args[1])
    if fn in _RESOLVES and len(args) == 2:   # ``net.ResolveTCPAddr("tcp", "127.0.0.1:11234")``: no lookup
        addr = syntax.unparen(args[1])
        return _constant(um, pkg, args[0]) and addr is not None and \
            addr.type in ("interpreted_string_literal", "raw_string_literal") and \
            _NUMERIC_HOSTPORT.fullmatch(syntax.text(addr)[1:-1]) is not None
    return fn in _PURE_PARSES and bool(args) and all(_constant(um, pkg, a) for a in args)


# resolving a numeric address parses it, without a lookup: the same result on every run
_RESOLVES = frozenset({"net.ResolveTCPAddr", "net.ResolveUDPAddr", "net.ResolveIPAddr"})
_NUMERIC_HOSTPORT = re.compile(r"(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9A-Fa-f:.]+\])?(?::\d{1,5})?")


# std encoders into memory: their error depends on the value alone (an unsupported type or value, a
# cycle, a Marshaler's own error)
_ENCODERS = frozenset({"json.Marshal", "json.MarshalIndent", "xml.Marshal", "xml.MarshalIndent"})
_DECODERS = frozenset({"json.Unmarshal", "xml.Unmarshal"})
_REQUESTS = frozenset({"http.NewRequest", "http.NewRequestWithContext", "httptest.NewRequest"})
_HTTP_METHOD = re.compile(r"http\.Method[A-Z][a-z]+")
_TEST_SERVERS = frozenset({"httptest.NewServer", "httptest.NewTLSServer", "httptest.NewUnstartedServer"})


def _constant_url(um, pkg, expr: Node | None) -> bool:
    """A constant, or the ``URL`` of a test server (``ts := httptest.NewServer(h)``, never assigned again,
    or a value of type ``*httptest.Server``, ``st.ts``) with constants appended (``ts.URL + "/health"``):
    ``http://127.0.0.1:port``, whose port alone changes from run to run, and parses the same on every
    run."""
    expr = syntax.unparen(expr)
    if expr is not None and expr.type == "binary_expression" and syntax.text(expr.child_by_field_name("operator")) == "+":
        return _constant_url(um, pkg, expr.child_by_field_name("left")) and \
            _constant(um, pkg, expr.child_by_field_name("right"))
    if expr is not None and expr.type == "selector_expression" and \
            syntax.text(expr.child_by_field_name("field")) == "URL":
        operand = expr.child_by_field_name("operand")
        if operand is not None and um.types.of(operand) in ("*httptest.Server", "httptest.Server"):
            return True   # (``st.ts.URL`` of a field of that type: ``""`` before its start, which parses too)
        v = um.scopes.var(operand) if operand is not None and operand.type == "identifier" else None
        made = syntax.unparen(v.value) if v is not None and v.kind == "local" and not v.assigned and \
            v.value is not None else None
        return made is not None and made.type == "call_expression" and \
            syntax.text(made.child_by_field_name("function")) in _TEST_SERVERS
    return _constant(um, pkg, expr)


def _constant(um, pkg, expr: Node | None) -> bool:
    """A literal, a constant (local or of the package), or ``[]byte(c)`` / ``string(c)`` of one."""
    expr = syntax.unparen(expr)
    if expr is None:
        return False
    if expr.type in ("interpreted_string_literal", "raw_string_literal", "int_literal", "float_literal",
                     "true", "false"):
        return True
    if expr.type == "type_conversion_expression":   # ``[]byte(certPEM)``
        typ = expr.child_by_field_name("type")
        return typ is not None and syntax.text(typ) in ("[]byte", "string") and \
            _constant(um, pkg, expr.child_by_field_name("operand"))
    if expr.type == "call_expression":   # ``string(c)``
        fn = expr.child_by_field_name("function")
        args = syntax.call_args(expr)
        return fn is not None and syntax.text(fn) == "string" and len(args) == 1 and _constant(um, pkg, args[0])
    if expr.type == "identifier":
        v = um.scopes.var(expr)
        if v is not None:
            return v.kind == "const"
        return pkg is not None and (pkg.is_const(syntax.text(expr)) or pkg.is_literal_var(syntax.text(expr)))
    return False


# what cannot fail on an open TCP socket the goroutine owns: its close, and socket options
_CONN_OPS = frozenset({"Close", "SetLinger", "SetNoDelay", "SetKeepAlive", "SetKeepAlivePeriod", "SetReadBuffer",
                       "SetWriteBuffer"})
_CONN_USES = frozenset({"Read", "Write", "SetDeadline", "SetReadDeadline", "SetWriteDeadline", "LocalAddr",
                        "RemoteAddr"}) | _CONN_OPS
_CONN_WRITERS = frozenset({"fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln", "io.ReadAll", "io.ReadFull", "io.Copy",
                           "io.WriteString", "bufio.NewReader", "bufio.NewWriter"})


def fresh_conn_op(um, value: Node, lit: Node) -> bool:
    """Is the checked error (that of the call ``value``) that of ``c.Close()`` (or a socket option,
    ``SetLinger(0)``) of a connection the goroutine ``lit`` itself accepted from a plain TCP listener
    (``net.Listen("tcp", ...)``), or of ``c.(*net.TCPConn)``, that it only reads, writes and gives
    deadlines to, and closes there only; or the one close of such a listener (:func:`_fresh_listener_close`)?
    Closing an open socket, or setting an option on it, does not fail (TLS or wrapped connections may
    write on close, and stay reported)."""
    fn = value.child_by_field_name("function") if value.type == "call_expression" else None
    if fn is None or fn.type != "selector_expression":
        return False
    op = syntax.text(fn.child_by_field_name("field"))
    x = syntax.unparen(fn.child_by_field_name("operand"))
    if op in ("ReadFrom", "WriteTo") and x is not None and x.type == "identifier":
        return _own_packet_socket(um, um.scopes.var(x), lit)
    if op not in _CONN_OPS or x is None or x.type != "identifier":
        return False
    closes: list[Node] = []
    v = um.scopes.var(x)
    if op == "Close" and _fresh_listener_close(um, v, value):
        return True
    if v is None or v.func != lit:
        return False
    made = syntax.unparen(v.value) if v.value is not None else None
    if made is not None and made.type == "type_assertion_expression" and \
            syntax.text(made.child_by_field_name("type")) == "*net.TCPConn" and v.index == 0:
        conn = syntax.unparen(made.child_by_field_name("operand"))
        if not _conn_only_used(um, v, closes) or conn is None or conn.type != "identifier":
            return False
        v = um.scopes.var(conn)
        if v is None or v.func != lit:
            return False
        made = syntax.unparen(v.value) if v.value is not None else None
    if made is None or not _tcp_accept(um, made) or not _conn_only_used(um, v, closes):
        return False
    # its one close: the checked one, or one after the check
    return len(closes) <= 1 and all(c.start_byte >= value.start_byte for c in closes)


_LISTENERS = frozenset({"net.Listen", "net.ListenTCP", "net.ListenUnix"})


def _made_by(v, funcs) -> bool:
    """Is the local ``v`` the first result of a call of one of ``funcs`` (``ln, err := net.Listen(...)``),
    never assigned again nor addressed?"""
    made = syntax.unparen(v.value) if v is not None and v.value is not None and v.index == 0 else None
    return made is not None and made.type == "call_expression" and not v.assigned and not v.addressed and \
        syntax.text(made.child_by_field_name("function")) in funcs


def _method_calls(v) -> list[tuple[str, Node]] | None:
    """(method name, call) for each use of ``v``, when every use is a call of one of its methods; None
    when one is not (it is handed on: another may close it)."""
    out = []
    for ref in v.refs:
        p = ref.parent
        if p is None or p.type != "selector_expression" or p.parent is None or p.parent.type != "call_expression":
            return None
        out.append((syntax.text(p.child_by_field_name("field")), p.parent))
    return out


def _own_packet_socket(um, v, lit: Node) -> bool:
    """Is ``v`` a UDP socket the goroutine ``lit`` made itself (``l, err := net.ListenPacket("udp",
    addr)``) and only reads datagrams from, sends datagrams with and asks the address of, closing it
    only in its own ``defer``, with no deadline? A read then returns only with a datagram, and fails only
    once the socket is closed; an unconnected UDP socket reports no refused destination, so a send to
    an address does not fail either."""
    if not _made_by(v, ("net.ListenPacket", "net.ListenUDP")) or v.func != lit:
        return False
    uses = _method_calls(v)
    return uses is not None and all(
        name in ("ReadFrom", "ReadFromUDP", "WriteTo", "WriteToUDP", "LocalAddr") or
        name == "Close" and syntax.enclosing_func(call) == lit and
        any(a.type == "defer_statement" for a in syntax.ancestors(call, lit))
        for name, call in uses)


def _fresh_listener_close(um, v, value: Node) -> bool:
    """Is ``value`` the one ``ln.Close()`` of a listener the declaration made (``ln, err :=
    net.Listen("tcp", addr)``) and otherwise only accepts on and asks the address of? Closing an open
    listener does not fail; only a second close does."""
    uses = _method_calls(v) if _made_by(v, _LISTENERS) else None
    return uses is not None and [call.id for name, call in uses if name == "Close"] == [value.id] and \
        all(name in ("Close", "Accept", "AcceptTCP", "AcceptUnix", "Addr") for name, _c in uses)


def _tcp_accept(um, made: Node) -> bool:
    """``ln.Accept()`` of a listener made by ``net.Listen``/``net.ListenTCP`` or a ``net.ListenConfig``."""
    fn = made.child_by_field_name("function") if made.type == "call_expression" else None
    if fn is None or fn.type != "selector_expression" or syntax.text(fn.child_by_field_name("field")) != "Accept":
        return False
    ln = syntax.unparen(fn.child_by_field_name("operand"))
    lv = um.scopes.var(ln) if ln is not None and ln.type == "identifier" else None
    lvalue = syntax.unparen(lv.value) if lv is not None and not lv.assigned and lv.value is not None else None
    lfn = lvalue.child_by_field_name("function") if lvalue is not None and lvalue.type == "call_expression" else None
    if lfn is None:
        return False
    text = syntax.text(lfn)
    if text in ("net.Listen", "net.ListenTCP", "(&net.ListenConfig{}).Listen", "(net.ListenConfig{}).Listen"):
        return True
    if lfn.type == "selector_expression" and syntax.text(lfn.child_by_field_name("field")) == "Listen":
        cfg = syntax.unparen(lfn.child_by_field_name("operand"))
        cv = um.scopes.var(cfg) if cfg is not None and cfg.type == "identifier" else None
        return cv is not None and not cv.assigned and cv.value is not None and \
            syntax.text(cv.value) in ("&net.ListenConfig{}", "net.ListenConfig{}")
    return False


def _conn_only_used(um, v, closes: list) -> bool:
    """Is the connection variable ``v`` only read, written, given deadlines or options, closed (collected in
    ``closes``) or asserted to ``*net.TCPConn``?"""
    if v.assigned or v.addressed:
        return False
    for ref in v.refs:
        p = ref.parent
        if p is not None and p.type == "selector_expression" and p.parent is not None and \
                p.parent.type == "call_expression":
            field = syntax.text(p.child_by_field_name("field"))
            if field == "Close":
                closes.append(p.parent)
            if field in _CONN_USES:
                continue
            return False
        if p is not None and p.type == "type_assertion_expression":
            continue
        call_of = p.parent if p is not None and p.type == "argument_list" else None
        if call_of is not None and syntax.text(call_of.child_by_field_name("function")) in _CONN_WRITERS:
            continue
        return False
    return True


def pipe_drained(um, pkg, value: Node, call: Node, lit: Node) -> bool:
    """Is the checked error (that of the call ``value``, checked by ``call``) that of ``io.ReadAll(x)``
    where ``x`` is one end of a ``net.Pipe()`` (made
    here, or returned by a package helper that made it: :meth:`PackageModel.pipe_end_result`), the read
    end of an ``os.Pipe()``, or a command's ``cmd.StdoutPipe()`` that nothing waits for first, that the
    declaration only reads and writes — no ``Close``, no deadline, not handed to any other call? A pipe
    end's read fails only once that end is closed or past a deadline; the other end's close gives
    ``io.EOF``, which ``ReadAll`` returns as nil. So the check cannot fail."""
    if value.type != "call_expression" or syntax.text(value.child_by_field_name("function")) != "io.ReadAll":
        return False
    args = syntax.call_args(value)
    end = syntax.unparen(args[0]) if len(args) == 1 else None
    v = um.scopes.var(end) if end is not None and end.type == "identifier" else None
    if v is None or v.kind != "local" or v.assigned or v.addressed or v.value is None:
        return False
    made = syntax.unparen(v.value)
    if made is None or made.type != "call_expression":
        return False
    text = syntax.text(made)
    if text == "os.Pipe()" and v.index == 0:
        pass   # the read end of an OS pipe: its read fails only once it is closed
    elif _CMD_PIPE.fullmatch(text) and v.index == 0:
        if not _cmd_not_waited(um, made, call, lit):
            return False   # (``cmd.Wait()`` closes the pipe once the command exited)
    elif text != "net.Pipe()":
        key = callee_key(um, pkg, made)
        if not key or not pkg.pipe_end_result(key, v.index):
            return False
    for ref in v.refs:
        p = ref.parent
        if p is not None and p.type == "selector_expression" and \
                syntax.text(p.child_by_field_name("field")) in ("Read", "Write") and \
                p.parent is not None and p.parent.type == "call_expression":
            continue   # ``x.Write(b)``: reads and writes do not end it
        call_of = p.parent if p is not None and p.type == "argument_list" else None
        if call_of is not None and syntax.text(call_of.child_by_field_name("function")) in _PIPE_READERS:
            continue
        if p is not None and p.type == "selector_expression" and \
                syntax.text(p.child_by_field_name("field")) == "Close" and _after_result(p, call, lit):
            continue   # ``<-recv; w.Close()``: closed once the goroutine has sent what follows the check
        return False
    return True


_CMD_PIPE = re.compile(r"\w+\.(?:StdoutPipe|StderrPipe)\(\)")


def _cmd_not_waited(um, made: Node, call: Node, lit: Node) -> bool:
    """For ``cmd.StdoutPipe()``: is ``cmd`` a local that nothing waits for (``Wait``, ``Run``,
    ``Output``, ``CombinedOutput``, which close the pipe once the command exits), or only once the
    goroutine has sent what follows the check?"""
    fn = made.child_by_field_name("function")
    operand = fn.child_by_field_name("operand") if fn is not None else None
    v = um.scopes.var(operand) if operand is not None and operand.type == "identifier" else None
    if v is None or v.kind != "local" or v.assigned or v.addressed:
        return False
    for ref in v.refs:
        p = ref.parent
        if p is not None and p.type == "selector_expression" and \
                syntax.text(p.child_by_field_name("field")) in ("Wait", "Run", "Output", "CombinedOutput") and \
                not _after_result(p, call, lit):
            return False
    return True


def _after_result(node: Node, call: Node, lit: Node) -> bool:
    """Does ``node`` (in the function that starts the goroutine ``lit``, not deferred) run only after a
    receive from a channel that ``lit`` sends on after ``call``: a statement before it, in its block or
    an enclosing one, receives from it?"""
    sent = {syntax.text(syntax.unparen(n.child_by_field_name("channel"))) for n in syntax.walk(lit)
            if n.type == "send_statement" and n.start_byte > call.end_byte}
    home = syntax.enclosing_func(lit)
    if not sent or home is None or syntax.enclosing_func(node) != home:
        return False
    cur = node
    while cur is not None and cur != home:
        if cur.type in ("defer_statement", "go_statement"):
            return False
        prev = cur.prev_named_sibling if cur.parent is not None and cur.parent.type == "statement_list" else None
        while prev is not None:
            if any(n.type == "unary_expression" and syntax.text(n.child_by_field_name("operator")) == "<-" and
                   syntax.text(syntax.unparen(n.child_by_field_name("operand"))) in sent
                   for n in [prev, *syntax.walk(prev, skip_funcs=True)]):
                return True
            prev = prev.prev_named_sibling
        cur = cur.parent
    return False



def nil_checked(um, pkg, call: Node, recv: str, name: str) -> bool:
    """``require.NoError(t, err)`` or ``helper(t, err)`` (a helper that fails only when err != nil)
    where ``err`` is nil on every path to the call (``if err != nil { return }`` above it)."""
    idx = _nil_arg(pkg, recv, name)
    args = syntax.call_args(call)
    if idx is None or idx >= len(args):
        return False
    arg = syntax.unparen(args[idx])
    return um.known_nil(arg, call) or um.captured_nil(arg, call, lambda c: _nil_required(pkg, c))


def _nil_arg(pkg, recv: str, name: str, checks: frozenset | tuple = ("NoError", "NoErrorf")) -> int | None:
    """The index of the argument that the check ``recv.name(...)`` fails on unless it is nil: testify's
    ``require.NoError(t, err)`` (``checks``: the names that count), or a package helper that fails only
    when its argument is not nil (:meth:`PackageModel.fails_only_on_nonnil`)."""
    if recv == "require":
        return 1 if name in checks else None
    return pkg.fails_only_on_nonnil(name) if not recv else None


def _nil_required(pkg, call: Node) -> Node | None:
    """The argument that ``call`` (a statement) stops the goroutine unless it is nil: ``err`` of
    ``require.NoError(t, err)`` (``require.Nil``) or of a package helper that fails only when it is not."""
    idx = _nil_arg(pkg, *syntax.call_name(call), REQUIRE_ERRORS)
    args = syntax.call_args(call)
    return args[idx] if idx is not None and idx < len(args) else None


def nil_result_checked(um, pkg, call: Node, name: str, at_arg: int = 1, tolerated: frozenset = frozenset()) -> bool:
    """``require.NoError(t, s.Serve())`` where ``Serve`` (a package function) returns nil on every
    path this call can take, or ``_, it, err := r.Get(x)`` then ``require.Nil(t, it)`` where ``Get``
    returns nil as that result on every path: the check cannot fail, so it never stops the goroutine."""
    if name not in REQUIRE_ERRORS:
        return False
    args = syntax.call_args(call)
    arg = syntax.unparen(args[at_arg]) if len(args) > at_arg else None
    index, count = -1, None
    if arg is not None and arg.type == "identifier":
        # ``_, err := tomb.Get(x)`` then ``require.NoError(t, err)``: err holds that call's result (or
        # ``err = s.running(ctx)`` right before, into a variable of the test's)
        v = um.scopes.var(arg)
        value = syntax.unparen(v.value) if v is not None and v.kind == "local" and not v.assigned and \
            not v.addressed else None
        left = v.stmt.child_by_field_name("left") if value is not None else None
        if value is not None and value.type == "call_expression" and left is not None:
            count, at = len(left.named_children), v.index
        else:
            got = um.result_at(arg, call)
            if got is None:
                return False
            value, at, count = got
        if name.startswith("NoError"):
            if count != at + 1:
                return False   # not its last (error) result
        else:
            index = at
        arg = value
    if arg is None or arg.type != "call_expression":
        return False
    key = callee_key(um, pkg, arg)   # (also a method of an interface a package function makes as one type)
    return bool(key) and pkg.returns_nil(key, index, count, arg_texts(arg, um), tolerated=tolerated,
                                         fields=receiver_fields(um, pkg, arg, key))


def nil_error_guarded(um, pkg, call: Node, lit: Node, live: frozenset = frozenset()) -> bool:
    """Is the check or report reached only under ``if err != nil`` where ``err`` holds the error result
    of a package function that returns a literal ``nil`` there on every path this call can take (``if
    err := n.Send(m); err != nil { t.Errorf(...) }``), or of a standard call that never fails
    (:func:`~goleash.model.package.infallible_std`: ``rand.Read(buf)``)? It never runs."""
    for c in guards(call, lit):
        test, tolerated = nonnil_conjunct(c)
        _, value, index, count = nonnil_test(um, test) if test is not None else (None, None, None, None)
        if value is None or value.type != "call_expression" or index is None:
            continue
        if group_wait_nil(um, pkg, value) or (index == count - 1 and infallible_std(value)):
            return True   # (``if _, err := rand.Read(buf); err != nil``: the system's random source never fails)
        key = callee_key(um, pkg, value)
        if key and pkg.returns_nil(key, index, count, arg_texts(value, um), tolerated=tolerated | live,
                                   fields=receiver_fields(um, pkg, value, key)):
            return True
    return False


def group_wait_nil(um, pkg, call: Node) -> bool:
    """Is ``call`` ``g.Wait()`` of a local errgroup (``g, ctx := errgroup.WithContext(ctx)``, ``var g
    errgroup.Group``) whose every ``g.Go(f)`` in the declaration hands a function literal that returns
    ``nil``, or what a package function that returns nil on every path returns (``return
    testOne(ctx, target)``), on every return? Wait gives what they return: nil."""
    fn = syntax.unparen(call.child_by_field_name("function"))
    if pkg is None or fn is None or fn.type != "selector_expression" or syntax.call_args(call) or \
            syntax.text(fn.child_by_field_name("field")) != "Wait":
        return False
    operand = fn.child_by_field_name("operand")
    v = um.scopes.var(operand) if operand is not None and operand.type == "identifier" else None
    if v is None or v.kind != "local" or v.stmt is None or "errgroup." not in syntax.text(v.stmt) or v.assigned:
        return False
    gos = 0
    for r in v.refs:
        p = r.parent
        if p is None or p.type != "selector_expression" or p.child_by_field_name("operand") != r:
            continue
        name = syntax.text(p.child_by_field_name("field"))
        if name == "Wait":
            continue
        if name != "Go" or p.parent is None or p.parent.type != "call_expression":
            return False   # (``SetLimit`` is harmless, but any other use: not read)
        args = syntax.call_args(p.parent)
        lit = syntax.unparen(args[0]) if len(args) == 1 else None
        if lit is None or lit.type != "func_literal":
            return False
        rets = [n for n in syntax.walk(lit.child_by_field_name("body") or lit, skip_funcs=True)
                if n.type == "return_statement"]
        for ret in rets:
            vals = [x for x in ret.named_children if x.type != "comment"]
            vals = vals[0].named_children if len(vals) == 1 and vals[0].type == "expression_list" else vals
            if len(vals) != 1:
                return False
            val = syntax.unparen(vals[0])
            if val.type == "nil":
                continue
            key = callee_key(um, pkg, val) if val.type == "call_expression" else None
            if not key or not pkg.returns_nil(key):
                return False
        if not rets:
            return False
        gos += 1
    return gos > 0


def _guard_known_nil(um, call: Node, lit: Node) -> bool:
    """Is the check or report ``call`` reached only under ``if err != nil`` with ``err`` nil on every path to
    that ``if``: tested already by an earlier stop (``if err != nil { t.Fatal(err) }``, a ``return``) and
    not assigned since (``UnitModel.known_nil``)? It never runs."""
    for c in guards(call, lit):
        test, _ = nonnil_conjunct(c)
        if nonnil_test(um, test)[0] is not None and um.known_nil(test.child_by_field_name("left"), test):
            return True
    return False


def returns_under_nil_error(um, pkg, ret: Node, body: Node) -> bool:
    """Is the return statement (or any node) ``ret`` (in the function body ``body``) under ``if err != nil`` whose ``err``
    comes from a call whose error is nil on every path: a package function that returns nil on every
    path (:meth:`PackageModel.returns_nil`, a few calls deep), or one that cannot fail on any run
    (:func:`package.infallible`)? It never runs."""
    def nil_call(call: Node) -> bool:
        if infallible(call, pkg.types) or group_wait_nil(um, pkg, call):
            return True
        key = callee_key(um, pkg, call)
        return bool(key) and pkg.returns_nil(key)
    return under_nil_error(ret, body, nil_call)


def receiver_fields(um, pkg, call: Node, key: str) -> dict[str, str] | None:
    """For ``m.Get(id)`` on a value a package constructor made (``m := New(&testProvider{})``; a local
    holding the argument; a field of what a package function returns, ``s.ch`` of ``s := makeScaffolding(t)``
    whose literal sets ``ch: newHandler(mock, actor)``; a parameter every call of this unexported helper
    passes such a value for): the package types its interface-typed fields hold (PackageModel.bound_fields),
    the same for every such value, so that the method's calls on them are read as those types' methods."""
    fn = call.child_by_field_name("function")
    operand = syntax.unparen(fn.child_by_field_name("operand")) if fn is not None and \
        fn.type == "selector_expression" else None
    if operand is None or "." not in key:
        return None
    made = _origins(um, pkg, operand, um.unit, 0)
    if not made:
        return None
    got = None
    for maker, args, decl in made:
        fields = _bound_by(pkg, maker, args, decl, um if decl is um.unit else None, key.rsplit(".", 1)[0], 0)
        got = fields if got is None else {k: v for k, v in got.items() if fields.get(k) == v}
    return got or None


def _bound_by(pkg, maker: str, args: list, decl: Node, um, typ: str, depth: int) -> dict[str, str]:
    """The package types the constructor call ``maker(args...)`` (in ``decl``) stores in the interface
    fields of the ``typ`` it makes (:meth:`PackageModel.bound_fields`), and, a few levels down, what such a
    value holds in its own fields when the argument is a constructor call too, keyed by the path:
    ``WithAcks(WithNotify(&base{}))`` gives ``{"Message": "notify", "Message.Message": "base"}``."""
    types = [_value_type(pkg, a, decl, um) or a for a in args]
    fields = pkg.bound_fields(maker, types, typ)
    if depth >= 3:
        return fields
    for a, t in zip(args, types):
        a = syntax.unparen(a) if not isinstance(a, str) else None
        fn = a.child_by_field_name("function") if a is not None and a.type == "call_expression" else None
        if fn is None or fn.type != "identifier" or syntax.text(fn) not in pkg.decls or not isinstance(t, str) or \
                types.count(t) != 1:
            continue
        inner = _bound_by(pkg, syntax.text(fn), syntax.call_args(a), decl, um, t, depth + 1)
        for f in [f for f, v in fields.items() if v == t and "." not in f]:
            fields.update({f"{f}.{k}": v for k, v in inner.items()})
    return fields


def _origins(um, pkg, expr: Node | None, decl: Node, depth: int) -> list | None:
    """The package constructor calls whose value ``expr`` (in ``decl``; with ``um`` its model) holds, as
    (maker's key, argument nodes, the declaration they are written in): the call itself, a local's one
    value, a parameter of an unexported function (what each call passes), a field set in the literal a
    package function returns."""
    expr = syntax.unparen(expr)
    if expr is None or depth > 4:
        return None
    if expr.type == "call_expression":
        fn = expr.child_by_field_name("function")
        return [(syntax.text(fn), syntax.call_args(expr), decl)] if fn is not None and fn.type == "identifier" \
            and syntax.text(fn) in pkg.decls else None
    if expr.type == "identifier":
        v = um.scopes.var(expr) if um is not None else None
        if v is not None and v.kind == "param":
            out = []
            for arg, node in _passed_for(um, pkg, v) or ():
                got = _origins(None, pkg, arg, node, depth + 1)
                if not got:
                    return None
                out += got
            return out or None
        if um is not None and (v is None or v.kind != "local" or v.assigned or v.addressed or v.index != 0):
            return None
        value = v.value if um is not None else _only_value(decl, syntax.text(expr))
        return _origins(None, pkg, value, decl, depth + 1) if value is not None else None
    if expr.type == "selector_expression":
        inner = _origins(um, pkg, expr.child_by_field_name("operand"), decl, depth + 1)
        field = syntax.text(expr.child_by_field_name("field"))
        out = []
        for maker, args, d in inner or ():
            m = pkg.decl_node(maker)
            value = _literal_field(m, field) if m is not None else None
            params = [n for n, _ in syntax.params(m)] if m is not None else []
            if value is not None and value.type == "identifier" and syntax.text(value) in params:
                i = params.index(syntax.text(value))
                got = _origins(None, pkg, args[i], d, depth + 1) if i < len(args) else None
            else:
                got = _origins(None, pkg, value, m, depth + 1) if value is not None else None
            if not got:
                return None
            out += got
        return out or None
    return None


def _literal_field(fn: Node, field: str) -> Node | None:
    """The value the function ``fn``'s one ``return`` of a literal (``&T{...}``) gives the field ``field``."""
    rets = [n for n in syntax.walk(fn, skip_funcs=True) if n.type == "return_statement"]
    vals = syntax.return_values(rets[0]) if len(rets) == 1 else []
    lit = syntax.unparen(vals[0]) if vals else None
    if lit is not None and lit.type == "unary_expression":
        lit = syntax.unparen(lit.child_by_field_name("operand"))
    body = lit.child_by_field_name("body") if lit is not None and lit.type == "composite_literal" else None
    for el in (body.named_children if body is not None else ()):
        if el.type == "keyed_element" and len(el.named_children) == 2 and syntax.text(el.named_children[0]) == field:
            v = el.named_children[1]
            return syntax.unparen(v.named_children[0] if v.type == "literal_element" and v.named_children else v)
    return None


def _value_type(pkg, arg: Node, decl: Node, um=None) -> str | None:
    """The package type an argument's value has, as it spells it: ``&T{...}``, ``new(T)``, a package
    constructor's concrete result (``newMockAPI()``), or a local of ``decl`` (with ``um``, its model)
    holding one of these."""
    from .types import literal_type, deref
    arg = syntax.unparen(arg)
    if arg is not None and arg.type == "identifier":
        v = um.scopes.var(arg) if um is not None else None
        if um is not None:
            arg = v.value if v is not None and v.kind == "local" and not v.assigned and not v.addressed and \
                v.index == 0 else None
        else:
            arg = _only_value(decl, syntax.text(arg))
    if arg is None:
        return None
    t = deref(literal_type(arg) or "")
    fn = arg.child_by_field_name("function") if arg.type == "call_expression" else None
    if not t and fn is not None and fn.type == "identifier" and syntax.text(fn) in pkg.decls:
        t = pkg.concrete_result(syntax.text(fn), 0)
    return t or None


def ended_with_test(um, call: Node, lit: Node, t: str) -> bool:
    """Is the report ``call`` (on the test's ``t``, in the goroutine ``lit``) reached only for an error
    other than ``context.Canceled`` from a call given the test's own context: ``t.Context()`` (cancelled
    once the test function has returned), or a local ``ctx, cancel := context.WithCancel(...)`` of the
    function of ``t`` with ``defer cancel()`` there (no deadline on the way)? When the test ends, that
    context is cancelled and the call returns ``context.Canceled``, which the report leaves out: a report
    after the test would need the call to fail by itself in that moment, no path goleash can show."""
    test, tolerated = nonnil_conjunct(guards(call, lit))   # (``if err != nil { if !errors.Is(...) {``)
    if test is None or "context.Canceled" not in tolerated:
        return False
    _, value, _, _ = nonnil_test(um, test)
    return value is not None and value.type == "call_expression" and \
        any(_test_context(um, a, t, 0) for a in syntax.call_args(value))


def _test_context(um, arg: Node, t: str, depth: int) -> bool:
    """``t.Context()``, or a local made from it (or from a context never done) by ``context.WithValue`` or
    by ``context.WithCancel`` whose cancel the function of ``t`` defers."""
    arg = syntax.unparen(arg)
    if arg is None or depth > 3:
        return False
    text = " ".join(syntax.text(arg).split())
    if text == f"{t}.Context()":
        return True
    if arg.type != "identifier":
        return False
    v = um.scopes.var(arg)
    value = syntax.unparen(v.value) if v is not None and v.kind == "local" and not v.assigned and \
        not v.addressed and v.index == 0 else None
    if value is None or value.type != "call_expression":
        return False
    if " ".join(syntax.text(value).split()) == f"{t}.Context()":
        return True   # ``ctx := t.Context()``
    fn = syntax.text(value.child_by_field_name("function"))
    args = syntax.call_args(value)
    if fn == "context.WithValue" and args:
        return _test_context(um, args[0], t, depth + 1)
    if fn not in ("context.WithCancel", "context.WithCancelCause") or not args:
        return False
    parent = " ".join(syntax.text(args[0]).split())
    if parent not in NEVER_DONE and not _test_context(um, args[0], t, depth + 1):
        return False
    left = v.stmt.child_by_field_name("left") if v.stmt is not None else None
    names = left.named_children if left is not None else []
    cancel = syntax.text(names[1]) if len(names) > 1 else ""
    owner = syntax.enclosing_func(v.stmt)
    if not cancel or cancel == "_" or owner is None or not _has_param(owner, t):
        return False   # (the cancel must run when the function of ``t`` ends)
    body = syntax.func_body(owner)
    return any(s.type == "defer_statement" and " ".join(syntax.text(s).split()) == f"defer {cancel}()" or
               " ".join(syntax.text(s).split()) == f"{t}.Cleanup({cancel})"
               for s in (syntax.stmt_list(body) if body is not None else ()))


def _has_param(fn: Node, name: str) -> bool:
    params = fn.child_by_field_name("parameters")
    return any(syntax.text(n) == name for d in (params.named_children if params is not None else ())
               for n in d.children_by_field_name("name"))


def nonnil_conjunct(cond) -> tuple[Node | None, frozenset]:
    """The ``err != nil`` that a condition requires (the condition itself, or a conjunct of ``&&``; of
    all of them for a list of conditions that all hold: nested ``if``s), and the error values the other
    conjuncts leave out (``!errors.Is(err, context.Canceled)``, ``err != context.Canceled``): a report
    under it runs only for a non-nil error other than those."""
    parts = [p for c in (cond if isinstance(cond, list) else [cond]) for p in syntax.operands(c, "&&")]
    test = next((p for p in parts if p.type == "binary_expression" and
                 syntax.text(p.child_by_field_name("operator")) == "!=" and
                 syntax.text(p.child_by_field_name("right")) == "nil" and
                 p.child_by_field_name("left").type == "identifier"), None)
    if test is None:
        return None, frozenset()
    name = syntax.text(test.child_by_field_name("left"))
    tolerated = set()
    for p in parts:
        t = " ".join(syntax.text(p).split())
        m = _LEFT_OUT.fullmatch(t)
        if m is not None and name in (m.group("a"), m.group("b")):
            tolerated.add(m.group("v") or m.group("w"))
    return test, frozenset(tolerated)


_LEFT_OUT_VALUES = r"context\.(?:Canceled|DeadlineExceeded)|grpc\.ErrServerStopped|http\.ErrServerClosed"
_LEFT_OUT = re.compile(rf"!\s*errors\.Is\((?P<a>\w+), (?P<v>{_LEFT_OUT_VALUES})\)|(?P<b>\w+) != (?P<w>{_LEFT_OUT_VALUES})")


def callee_key(um, pkg, call: Node, depth: int = 0) -> str | None:
    """The package function a call runs: as resolved, or for a method called on a local that holds an
    interface result of a package function returning one concrete type (``w, err := r.Watch(ctx)`` then
    ``w.Stop()``: ``watcher.Stop``; a few such steps: ``tr := NewTransport(); l, _ := tr.Listen(a);
    l.Accept(f)``)."""
    key = getattr(um.callee(call)[0], "key", None)
    if key or depth > 3:
        return key
    fn = call.child_by_field_name("function")
    operand = syntax.unparen(fn.child_by_field_name("operand")) if fn is not None and \
        fn.type == "selector_expression" else None
    v = um.scopes.var(operand) if operand is not None and operand.type == "identifier" else None
    if v is not None and v.kind == "param" and not v.assigned and um.top is not None and v.func.id == um.top.node.id:
        typ = _param_concrete(um, pkg, v)
        return f"{typ}.{syntax.text(fn.child_by_field_name('field'))}" if typ else None
    value = syntax.unparen(v.value) if v is not None and v.kind == "local" and not v.assigned else None
    maker = callee_key(um, pkg, value, depth + 1) if value is not None and value.type == "call_expression" \
        else None
    typ = pkg.concrete_result(maker, v.index) if maker else None
    return f"{typ}.{syntax.text(fn.child_by_field_name('field'))}" if typ else None


def _param_concrete(um, pkg, v) -> str | None:
    """The one package type every call of this unexported function passes for its parameter ``v``:
    ``testGenerator(t, NewMetaMock())`` everywhere, ``NewMetaMock`` returning ``&MetaMock{}`` (also
    ``&T{...}``, ``T{...}``, ``new(T)``, or ``cli := NewMetaMock(); testGenerator(t, cli)``)."""
    passed = _passed_for(um, pkg, v)
    types = {_value_type(pkg, arg, node) for arg, node in passed or ()}
    return types.pop() if len(types) == 1 and None not in types else None


def _passed_for(um, pkg, v) -> list | None:
    """What every call of this declaration's unexported function passes for its parameter ``v``: (argument,
    the caller's declaration), one per call; None when it is exported, ``v`` is no parameter of it, a call
    passes too few arguments, or nothing calls it."""
    key = um.key
    name = key.rsplit(".", 1)[-1] if key else ""
    idx = um.param_position(v)
    if not name or not (name[0] == "_" or name[0].islower()) or idx is None:
        return None
    out = []
    for _ck, node, call, _owner in pkg.calls_of(key) or ():
        args = syntax.call_args(call)
        if idx >= len(args):
            return None
        out.append((args[idx], node))
    return out or None


def _only_value(decl: Node, name: str) -> Node | None:
    """The one value ``decl`` gives the local ``name`` (``cli := NewMetaMock()``), when it declares it once
    and never assigns it again (module.bound_only_to); None otherwise."""
    from .module import bound_only_to
    got = []
    return got[0] if bound_only_to(decl, name, lambda value, again: not again and not got and
                                   got.append(syntax.unparen(value)) is None) else None


def arg_texts(call: Node, um=None) -> list[str]:
    """The texts of a call's arguments, spaces normalised (``context.Background()``, ``nil``). With the
    declaration's model, a local context made from another is spelled by how it was made:
    ``context.WithCancel(context.Background())`` for ``ctx`` of ``ctx, cancel :=
    context.WithCancel(context.Background())``, and a ``context.WithValue`` as its parent (it is done
    when that is). A function literal returning nil on every path is spelled ``NIL_FUNC``."""
    return [NIL_FUNC if a.type == "func_literal" and literal_returns_nil(a) else
            _context_text(um, a, 0) if um is not None else " ".join(syntax.text(a).split())
            for a in syntax.call_args(call)]


_DERIVED = ("context.WithCancel", "context.WithTimeout", "context.WithDeadline", "context.WithCancelCause")
NEVER_DONE = ("context.Background()", "context.TODO()")   # contexts whose Done never fires, Err is nil


def _context_text(um, arg: Node, depth: int, pkg=None) -> str:
    arg = syntax.unparen(arg)
    if pkg is not None and arg is not None and arg.type == "selector_expression" and depth < 4:
        from .types import base_name   # ``tr.ctx``, a field only ever given context.Background()
        owner = base_name(um.types.of(arg.child_by_field_name("operand")))
        if owner and pkg.context_field_never_ends(owner, syntax.text(arg.child_by_field_name("field"))):
            return "context.Background()"
    if arg is not None and arg.type == "identifier" and depth < 4:
        v = um.scopes.var(arg)
        value = syntax.unparen(v.value) if v is not None and v.kind == "local" and not v.assigned and \
            not v.addressed and v.index == 0 else None
        fn = syntax.text(value.child_by_field_name("function")) if value is not None and \
            value.type == "call_expression" else ""
        args = syntax.call_args(value) if fn else []
        if fn == "context.WithValue" and args:
            return _context_text(um, args[0], depth + 1)
        if fn in _DERIVED and args:
            return f"{fn}({_context_text(um, args[0], depth + 1)})"
        if fn in ("context.Background", "context.TODO", "t.Context", "b.Context", "tb.Context") and not args:
            return fn + "()"    # ``ctx := context.Background()``
        if pkg is not None and value is not None and value.type == "selector_expression":
            got = _context_text(um, value, depth + 1, pkg)   # ``ctx := tr.ctx``
            if got in NEVER_DONE:
                return got
        if value is not None and value.type in ("call_expression", "unary_expression", "composite_literal"):
            from .failures import in_memory
            spelled = " ".join(syntax.text(value).split())
            if in_memory(spelled):
                return spelled   # ``dst := &bytes.Buffer{}``: a writer in memory, as the failures model reads it
    return " ".join(syntax.text(arg).split()) if arg is not None else ""


def nonnil_test(um, cond: Node | None):
    """For ``err != nil`` with ``err`` a local holding a call's result where it is tested (declared by the
    ``if``'s init or right before it, or assigned right before): the variable, the call, the result's
    index and the number of results taken; Nones otherwise."""
    if cond is None or cond.type != "binary_expression" or \
            syntax.text(cond.child_by_field_name("operator")) != "!=" or \
            syntax.text(cond.child_by_field_name("right")) != "nil" or \
            cond.child_by_field_name("left").type != "identifier":
        return None, None, None, None
    v = um.scopes.var(cond.child_by_field_name("left"))
    fresh = v is not None and (not v.assigned or _next_stmt(v.stmt, cond, v.name))   # (tested right after)
    value = syntax.unparen(v.value) if v is not None and v.kind == "local" and fresh else None
    index = v.index if value is not None else None
    stmt = v.stmt if value is not None else None
    if value is None and v is not None and v.kind == "local":   # ``err = s.Serve(l)`` right before
        value, index, stmt = _assigned_before(cond, v.name)
    left = stmt.child_by_field_name("left") if stmt is not None else None
    count = len(left.named_children) if left is not None else None
    return v, value, index, count


def _next_stmt(decl: Node | None, cond: Node, name: str | None = None) -> bool:
    """Is ``cond`` the condition of the ``if`` statement right after ``decl`` (nothing in between can
    assign the variable ``decl`` declares), or after statements of the same block that do not name
    ``name`` (``conn, err := net.Dial(...)``, ``defer conn.Close()``, ``if err != nil``)?"""
    stmt = cond.parent
    if decl is None or stmt is None or stmt.type != "if_statement":
        return False
    return _clean_between(decl, stmt, name)


def _clean_between(first: Node, stmt: Node, name: str | None) -> bool:
    """Is ``stmt`` a later sibling of ``first`` with nothing in between, or (``name`` given) only
    statements that do not name ``name`` at all (no comment counts)?"""
    nxt = first.next_named_sibling
    while nxt is not None and nxt.id != stmt.id:
        if name is None:
            return False
        if nxt.type != "comment" and any(n.type == "identifier" and n.text == name.encode()
                                         for n in [nxt, *syntax.walk(nxt)]):
            return False
        nxt = nxt.next_named_sibling
    return nxt is not None


def _assigned_before(cond: Node, name: str) -> tuple[Node | None, int | None, Node | None]:
    """``err = f(x)`` (or ``c, err = f(x)``, or ``req, err := f(x)`` giving an ``err`` declared above a new
    value) as the statement right before the ``if`` of ``cond`` (statements that do not name ``err`` in
    between), or as its initializer (``if err = f(x); err != nil``): the call, the index of ``name`` among
    its results, and that statement."""
    stmt = cond.parent
    if stmt is None or stmt.type != "if_statement":
        return None, None, None
    prev = stmt.child_by_field_name("initializer") or stmt.prev_named_sibling
    while prev is not None and stmt.child_by_field_name("initializer") is None and \
            (prev.type == "comment" or
             not any(n.type == "identifier" and n.text == name.encode() for n in [prev, *syntax.walk(prev)])):
        prev = prev.prev_named_sibling   # (``req.Header.Set(...)`` in between: it does not name ``err``)
    # ``err = f(x)``, or ``req, err := f(x)`` giving an ``err`` declared above its new value
    if prev is None or prev.type not in ("assignment_statement", "short_var_declaration") or \
            prev.type == "assignment_statement" and syntax.text(prev.child_by_field_name("operator")) != "=":
        return None, None, None
    left = [syntax.text(n) for n in prev.child_by_field_name("left").named_children]
    right = prev.child_by_field_name("right").named_children
    if len(right) != 1 or name not in left or right[0].type != "call_expression":
        return None, None, None
    return syntax.unparen(right[0]), left.index(name), prev


def reached_before_leaving(stmts, hit) -> bool:
    """Does one of ``stmts`` (statements that follow one another) satisfy ``hit`` before any of them can
    leave without it: a ``return``, ``break`` or ``goto`` in them, or a stop of the test (:func:`stops_test`:
    the test completes there)?"""
    for n in stmts:
        if hit(n):
            return True
        if any(x.type in ("return_statement", "break_statement", "goto_statement") or stops_test(x)
               for x in syntax.walk(n, skip_funcs=True)):
            return False
    return False


_TEST_STOPS = frozenset({"Fatal", "Fatalf", "FailNow", "Skip", "Skipf", "SkipNow", "Goexit", "Exit"})


def stops_test(n: Node) -> bool:
    """A call that may end the function other than by returning: ``t.Fatal``, ``require.NoError``,
    ``panic``, ``os.Exit``... (the test completes there, and a goroutine's report comes after it)."""
    if n.type != "call_expression":
        return False
    recv, name = syntax.call_name(n)
    return name in _TEST_STOPS or recv == "require" or (not recv and name == "panic") or name.startswith("Fatal")
