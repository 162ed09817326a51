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

from tree_sitter import Node

from .. import syntax

REQUIRE_ERRORS = frozenset({"NoError", "NoErrorf", "Nil", "Nilf"})    # an error result checked nil
REQUIRE_FAILS = frozenset({"Fail", "Failf", "FailNow", "FailNowf"})   # a failure asked for
# a value read from the clock (not a duration: time.Second) or received from another goroutine
VARYING = re.compile(r"\btime\.(?:Now|Since|Until|After|Tick|NewTimer|NewTicker|AfterFunc)\b|<-")
_ERRORISH = re.compile(r"\b\w*(?:err|Err)\w*\b|\be\b|\.Error\(\)")   # an error tested (by its usual names)


def guards(call: Node, lit: Node) -> list[Node]:
    """The conditions of the ``if`` statements whose body holds ``call``, inside the function ``lit``,
    the innermost first."""
    conds = []
    cur = call
    while cur is not None and cur.id != lit.id:
        parent = cur.parent
        if parent is not None and parent.type == "if_statement" and \
                parent.child_by_field_name("consequence") is not None and \
                parent.child_by_field_name("consequence").id == cur.id:
            conds.append(syntax.unparen(parent.child_by_field_name("condition")))
        cur = parent
    return conds


def value_assertion(call: Node, name: str) -> bool:
    """``require.Equal(t, want, got)``, ``require.True(t, ok)``, ``require.NotNil(t, x)``...: a check of a
    value the code under test computed, not of an error it returned (``NoError``, ``Nil``) nor a failure
    asked for (``Fail``), with no argument that reads the clock (``time.Since(start)``) or receives
    (``<-ch``)."""
    if name in REQUIRE_ERRORS or name in REQUIRE_FAILS:
        return False
    args = syntax.call_args(call)
    return not any(VARYING.search(syntax.text(a)) for a in args[1:])


def value_guarded(um, call: Node, lit: Node) -> bool:
    """Is ``call`` (in the function ``lit``) reached only under an ``if`` that compares computed values
    (``if got != want``, ``if !reflect.DeepEqual(req, &args)``, ``if id == ""``): no error in the
    condition (a name of ``err``, ``errors.Is``, ``.Error()``), and nothing in it that :func:`varies`?"""
    conds = guards(call, lit)
    cond = conds[0] if conds else None
    if cond is None:
        return False   # (unconditional, or in a select case: a timeout)
    text = syntax.text(cond)
    if _ERRORISH.search(text) or VARYING.search(text):
        return False
    return not varies(um, cond)


def may_vary(um, call: Node, lit: Node) -> bool:
    """Can the stop ``call`` (``t.Fatal``, ``require.X(t, ...)`` in the function ``lit``) happen on one run
    and not on another?"""
    recv, name = syntax.call_name(call)
    if recv == "require" and value_assertion(call, name):
        return False
    return not value_guarded(um, call, lit)


def varies(um, expr: Node, depth: int = 0) -> bool:
    """Can ``expr`` differ from one run to the next as far as its names show: one of them is a parameter
    (a value handed in; for a goroutine's own literal, the argument of its ``go`` call is followed),
    received (``case r := <-ch``, a range), assigned more than once, an error under another name, a
    channel (``len(ch)``), or declared by a statement that reads the clock or receives; followed through the names their
    declarations use, a few steps."""
    for ident in (n for n in syntax.walk(expr) if n.type == "identifier"):
        v = um.scopes.var(ident)
        if v is None:
            continue
        if v.kind == "param" and depth < 3:
            f = um.func_of_node.get(v.func.id) if v.func is not None else None
            call = next((c for c in f.start.named_children if c.type == "call_expression"), None) \
                if f is not None and f.how == "go" and f.start is not None else None
            args = syntax.call_args(call) if call is not None else []
            if v.index < len(args) and not VARYING.search(syntax.text(args[v.index])) and \
                    not varies(um, args[v.index], depth + 1):
                continue   # ``go func(c *Ctx) {...}(ctx.Copy())``: what the go statement hands it
            return True
        if v.kind in ("param", "receiver", "recv", "range") or v.assigned or \
                (v.stmt is not None and VARYING.search(syntax.text(v.stmt))) or \
                (v.type_node is not None and ("error" in syntax.text(v.type_node) or
                                              v.type_node.type == "channel_type")) or \
                (v.value is not None and syntax.text(v.value).startswith("make(chan")):
            return True   # (a channel: what it holds, len(ch), depends on the goroutines' timing)
        if v.value is not None and (depth >= 3 or varies(um, v.value, depth + 1)):
            return True
    return False
