"""Places and effects: what a function does to channels, mutexes, WaitGroups and contexts.

A *place* is a variable or a field path rooted at one: a local (``ch``), a
parameter or the receiver (``s.mu`` is the ``mu`` field of parameter -1), a
package variable (``g:registry.mu``). The same place is the same object
wherever it is touched in the declaration; across functions, places rooted at
parameters are translated through the call's arguments, and every place also
has an *abstract* name by type (``Server.mu``) that identifies it package-wide.

An *effect* is one synchronisation step a CFG node performs: a lock or unlock,
a channel send/receive/close/range, a WaitGroup Add/Done/Wait, a Cond
Wait/Signal, a cancel call, a call of a package function (resolved to its
declaration or a local closure) with the places its arguments bind, a ``go``
or ``defer`` of any of those.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Callable

from tree_sitter import Node, Query, QueryCursor

from .. import syntax
from .scope import FUNC_TYPES, Scopes, Var
from .types import (LocalTypes, TypeIndex, _descendants, base_name, decl_types, deref, is_chan, sync_kind,
                    wrapper_lock_kind)

# effect kinds
LOCK, RLOCK, UNLOCK, RUNLOCK, TRYLOCK = "Lock", "RLock", "Unlock", "RUnlock", "TryLock"
SEND, RECV, CLOSE, RANGE = "send", "recv", "close", "range"
ADD, DONE, WAIT = "Add", "Done", "Wait"
CWAIT, SIGNAL, BROADCAST = "CondWait", "Signal", "Broadcast"
CANCEL, CALL, GO, DEFER, ONCE = "cancel", "call", "go", "defer", "once"
PASS = "pass"   # a place handed to a call goleash cannot resolve (another package, a func value)
STOP = "stop"   # t.Fatal/FailNow/Skip, require.X(t, ...): may end the goroutine through the test's FailNow
_STOP_METHODS = frozenset({"Fatal", "Fatalf", "FailNow", "Skip", "Skipf", "SkipNow"})
# the types of a test's ``t``: std's, and the interface ``testing.T`` of github.com/mitchellh/go-testing-interface
# (imported as ``testing``; std's ``testing.T`` is never passed by value: vet's copylocks)
TESTING_TYPES = frozenset({"*testing.T", "*testing.B", "*testing.F", "testing.TB", "testing.T"})


def abstract_label(name: str) -> str:
    """An abstract place (``UnitModel.abstract_place``) as a message shows it: ``Server.mu``, ``registry.mu``
    (a package variable, without the ``g:`` of its key)."""
    return name[2:] if name.startswith("g:") else name


def test_driver(fn: Node) -> bool:
    """Is ``fn`` a test's top function (``TestX(t *testing.T)``, a benchmark, a fuzz test)? Its own
    goroutine drives the code under test step by step (call it only on declarations of _test.go files)."""
    if fn.type != "function_declaration":
        return False
    name = syntax.text(fn.child_by_field_name("name"))
    return name.startswith(("Test", "Benchmark", "Fuzz")) and \
        any(typ is not None and syntax.text(typ) in TESTING_TYPES for _, typ in syntax.params(fn))
LOCK_KINDS = frozenset({LOCK, RLOCK, UNLOCK, RUNLOCK, TRYLOCK})
CHAN_KINDS = frozenset({SEND, RECV, CLOSE, RANGE})
WG_KINDS = frozenset({ADD, DONE, WAIT})


_METHOD_VALUE = {   # a method value, not a call
    ("Unlock", "RUnlock"): re.compile(rb"\.R?Unlock\b(?![ \t]*\()"),
    ("Lock", "RLock"): re.compile(rb"\.R?Lock\b(?![ \t]*\()"),
}

_COUNTED_TYPE = re.compile(r"\*?\[.*|map\[.*|string|u?int(?:8|16|32|64)?")   # what a range counts through
_CTX_LOCK = re.compile(r"(R?)Lock(?:With)?(?:Context|Ctx)")   # a lock that gives up with an error


@dataclass(frozen=True)
class Place:
    """A variable or field path. ``root``: ``v:name:offset`` local, ``p:i`` parameter (receiver
    ``p:-1``), ``g:name`` package variable, ``t:Type`` some value of a package type."""
    root: str
    path: tuple[str, ...] = ()

    def child(self, name: str) -> "Place":
        return Place(self.root, self.path + (name,))

    def extend(self, path: tuple[str, ...]) -> "Place":
        return Place(self.root, self.path + path) if path else self

    @property
    def is_param(self) -> bool:
        return self.root.startswith("p:")

    @property
    def param_index(self) -> int | None:
        return int(self.root[2:]) if self.root.startswith("p:") else None

    @property
    def is_local(self) -> bool:
        return self.root.startswith("v:")

    @property
    def is_global(self) -> bool:
        return self.root.startswith("g:")

    def spelled(self) -> str:
        base = self.root.split(":", 2)[1]
        return ".".join((base,) + self.path)


@dataclass(frozen=True)
class Callee:
    """What a call runs: a package function/method (``key``: ``Name`` or ``Type.Name``) or a literal."""
    key: str | None = None          # package function or method
    literal: int | None = None      # func literal node id (same declaration)
    param: int | None = None        # a func-typed parameter of the caller (``f()``)
    place: Place | None = None      # a func value stored in a variable/field (``s.cancel()``)
    params: tuple = ()              # a local closure called by name (``wait := func(c chan T) {...}``):
                                    # (root of each parameter's place, its index), bound per call


@dataclass(eq=False)
class Effect:
    kind: str
    node: Node                      # the call / send / receive / go / defer node
    place: Place | None = None      # the mutex, channel, WaitGroup, cancel func...
    callee: Callee | None = None
    args: tuple[Place | None, ...] = ()   # places of the receiver (index 0 for methods) and arguments
    consts: tuple[object, ...] = ()        # literal arguments (True/False/int) by the same index
    inner: tuple["Effect", ...] = ()      # for go/defer: what runs later
    pre: tuple["Effect", ...] = ()        # for go/defer: effects of evaluating the arguments now
    select_case: Node | None = None       # the communication_case when this op is a select case
    count: int | None = None              # wg.Add(n): n when literal

    @property
    def is_lock(self) -> bool:
        return self.kind in LOCK_KINDS


@dataclass(eq=False)
class Func:
    """A function of the declaration: the declaration itself or a literal inside it."""
    node: Node
    parent: "Func | None"
    start: Node | None = None        # go/defer statement that runs this literal, if any
    how: str = "decl"                # decl | go | defer | call (invoked at once) | value (stored/passed)
    call: Node | None = None         # the call expression invoking the literal (go/defer/call)
    bound_to: Var | None = None      # ``f := func(){...}``: the variable holding it
    literals: list["Func"] = field(default_factory=list)

    @property
    def is_goroutine(self) -> bool:
        return self.how == "go"

    @property
    def body(self) -> Node | None:
        return self.node.child_by_field_name("body")


_SUITES = frozenset({"suite.Suite", "assert.Assertions", "require.Assertions"})   # testify's


def _case_values(switch: Node, kind: str) -> set[str]:
    """The texts of the case values of an expression switch that are nodes of type ``kind`` (the names of
    ``case A, B:``; the literals of ``case 0, 1:``)."""
    named = set()
    for case in switch.named_children:
        if case.type == "expression_case":
            for v in case.children_by_field_name("value"):
                named.update(_text(x) for x in (v.named_children if v.type == "expression_list" else [v])
                             if x.type == kind)
    return named


def _assigned_before(v: Var, at: Node) -> bool:
    """Is every assignment of the local ``v`` made by its own function (not a closure), earlier in the source
    than ``at`` and in no loop around ``at``, in a function without ``goto``? Then no path leads from ``at``
    back to one of them: every test at such a place sees the value the last assignment left, the same one
    (``parallel := true; if ctx != nil { parallel = false }``, then ``if !parallel { wg.Wait() }`` in a loop
    and ``if parallel { wg.Wait() }`` after it)."""
    if b"goto" in (v.func.text or b""):
        return False
    for a, _value in v.assigns:
        if a.end_byte > at.start_byte or syntax.enclosing_func(a) is None or syntax.enclosing_func(a).id != v.func.id:
            return False
        if any(lp.type == "for_statement" and syntax.inside(at, lp) for lp in syntax.ancestors(a, v.func)):
            return False
    return True


class UnitModel:
    """Functions, places and effects of one top-level declaration."""

    def __init__(self, unit: Node, source: bytes, index: TypeIndex, caps: dict | None = None, stops=None,
                 converted=None, getters=None, onces=None, const_args=None, chan_locks=None, lock_types=None,
                 field_setters=None, never_returns=None):
        self.unit = unit
        self.source = source
        self.index = index
        self._caps = caps
        self._stops = stops   # name -> does that package helper end the goroutine on every path?
        self._converted = converted   # type name -> may the package convert a value to it (``readType(n)``)?
        self._getters = getters       # method key -> a getter of a field nothing sets after construction?
        self._onces = onces           # method key -> a once-gate of the package's own (``o.Do(f)``)?
        self._chan_locks = chan_locks  # method key -> Lock/Unlock of a mutex made of a one-slot channel?
        self._lock_types = lock_types  # another package's type -> the sync lock it embeds ("Mutex"...), or None
        self._const_args = const_args  # (key, i) -> the bool every call passes for parameter i, or None
        self._field_setters = field_setters   # field name -> keys of the package declarations that may set it
        self._never_returns = never_returns   # function key -> does that package function never return?
        self._setter_calls: dict[str, list[Node]] = {}   # field name -> calls here of such declarations
        self.scopes = Scopes(unit)
        if unit.type in ("function_declaration", "method_declaration") and \
                re.search(rb"\n[ \t]*type\b[ \t]*[\w(]", source[unit.start_byte:unit.end_byte]):
            local = [decl_types(n) for n in _descendants(unit, "type_declaration")]
            if any(f.types for f in local):
                index = self.index = index.with_local(local)
        self.types = LocalTypes(self.scopes, index, _tested_package(unit))
        self.funcs: list[Func] = []
        self.func_of_node: dict[int, Func] = {}     # func node id -> Func
        self._starts: list[int] = []
        self._loop_bodies: list = []
        self._collect_funcs()
        self._cfgs: dict[int, object] = {}
        self._reach: dict[int, set[int]] = {}
        self._effects: dict = {}
        self._must: dict[object, dict] = {}   # fn id (or ("nilflow", fn id, var id)) -> must_conditions
        self._decl_roots: dict[int, frozenset] | None = None
        self._method_values: dict[tuple, list] = {}   # (names, func node id) -> unlock_values/lock_values(func)
        self._assigned_fields: dict[str, list[Node]] | None = None
        self._flags: dict = {}   # id(var) (or ("lp", id(var))) -> bool
        self._aliases: dict[int, Place | None] = {}
        self._test_counts: dict[str, int] | None = None
        self._effect_index: tuple[list[Node], list[int]] | None = None

    # ----------------------------------------------------------- functions
    def _collect_funcs(self) -> None:
        """Functions (the declaration and its literals) and loops, from the candidate query's captures;
        which function or loops a node is in is then a lookup by position."""
        caps = self._captures()
        how: dict[int, tuple[str, Node | None, Node | None]] = {}   # literal id -> (how, call, go/defer stmt)
        for stmt in list(caps.get("go", [])) + list(caps.get("defer", [])):
            call = next((c for c in stmt.named_children if c.type == "call_expression"), None)
            fn = _unparen(call.child_by_field_name("function")) if call is not None else None
            if fn is not None and fn.type == "func_literal":
                how[fn.id] = ("go" if stmt.type == "go_statement" else "defer", call, stmt)
        nodes = ([self.unit] if self.unit.type in FUNC_TYPES else []) + list(caps.get("funclit", []))
        nodes.sort(key=lambda n: (n.start_byte, -n.end_byte))
        stack: list[Func] = []
        for n in nodes:
            while stack and not (stack[-1].node.start_byte <= n.start_byte and n.end_byte <= stack[-1].node.end_byte):
                stack.pop()
            cur = stack[-1] if stack else None
            f = Func(n, cur)
            if n.type == "func_literal":
                got = how.get(n.id)
                if got is None:
                    p = n.parent
                    while p is not None and p.type == "parenthesized_expression":
                        p = p.parent
                    if p is not None and p.type == "call_expression" and \
                            _unparen(p.child_by_field_name("function")) == n:
                        got = ("call", p, None)
                f.how, f.call, f.start = got or ("value", None, None)
            if cur is not None:
                cur.literals.append(f)
            self.funcs.append(f)
            self.func_of_node[n.id] = f
            stack.append(f)
        self._starts = [f.node.start_byte for f in self.funcs]
        bodies = []
        for loop in caps.get("for", []):
            body = loop.child_by_field_name("body")
            if body is not None:
                bodies.append((body.start_byte, body.end_byte, loop))
        bodies.sort(key=lambda t: t[0])
        self._loop_bodies = bodies
        for v in self.scopes.vars:   # f := func(){...}
            val = _unparen(v.value)
            if val is not None and val.type == "func_literal" and v.kind == "local":
                f = self.func_of_node.get(val.id)
                if f is not None and f.how == "value":
                    f.bound_to = v

    def only_started(self, v) -> Node | None:
        """The ``go`` statement that is the one use of the local func variable ``v`` (``f := func(i int)
        {...}`` then ``go f(i)``), never reassigned nor addressed; else None. (The literal stays a value to
        the goroutine rules: its join is not followed like a ``go func(){...}()``'s.)"""
        if v.assigned or v.addressed or len(v.refs) != 1:
            return None
        call = v.refs[0].parent
        stmt = call.parent if call is not None and call.type == "call_expression" and \
            call.child_by_field_name("function") == v.refs[0] else None
        return stmt if stmt is not None and stmt.type == "go_statement" else None

    def only_called(self, v) -> tuple[Node, ...]:
        """The calls that are every use of the local func variable ``v`` (``run := func(fn func()) {...}``
        then ``run(a); run(b)``), each a plain statement or a value of one (not ``go run()``, not
        ``defer run()``), ``v`` never reassigned nor addressed; else ()."""
        if v is None or v.assigned or v.addressed or not v.refs:
            return ()
        out = []
        for r in v.refs:
            call = r.parent
            if call is None or call.type != "call_expression" or call.child_by_field_name("function") != r:
                return ()
            if call.parent is not None and call.parent.type in ("go_statement", "defer_statement"):
                return ()
            out.append(call)
        return tuple(out)

    def counted_loop(self, loop: Node) -> bool:
        """Does the ``for`` statement run a number of turns fixed when it starts: a counter to a bound
        (``for i := 0; i < n; i++``), a range over a number (``for range runtime.GOMAXPROCS(0)``), or over a
        slice, array, map or string the types know? Not ``for {}``, ``for cond {}`` nor a range over a
        channel (an accept or event loop, as long as the program runs)."""
        clause = next((c for c in loop.named_children if c.type in ("for_clause", "range_clause")), None)
        if clause is None:
            return False
        if clause.type == "for_clause":
            return syntax.counting_loop(clause) is not None
        right = _unparen(clause.child_by_field_name("right"))
        if right is None:
            return False
        if right.type in ("int_literal", "composite_literal", "interpreted_string_literal"):
            return True
        if right.type == "call_expression" and syntax.call_name(right) in (
                ("", "len"), ("", "cap"), ("runtime", "GOMAXPROCS"), ("runtime", "NumCPU")):
            return True
        t = self.types.of(right)
        t = self.types.index.underlying(t) if t else t
        return bool(t) and _COUNTED_TYPE.fullmatch(t) is not None

    def loops(self, node: Node) -> tuple[Node, ...]:
        """The ``for`` statements whose body runs ``node`` in its own function, outermost first."""
        if not self._loop_bodies:
            return ()
        f = self.func_at(node)
        lo = f.node.start_byte if f is not None else -1
        out = [loop for s, e, loop in self._loop_bodies
               if s <= node.start_byte and node.end_byte <= e and loop.start_byte > lo]
        if out and f is not None and f.literals:   # not the loops of a function literal around it
            out = [l for l in out if self.func_at(l) is f]
        return tuple(out)

    def func_at(self, node: Node) -> Func | None:
        """The innermost function whose body runs ``node`` (``node`` itself when it is a function)."""
        f = self.func_of_node.get(node.id)
        if f is not None:
            return f
        i = bisect.bisect_right(self._starts, node.start_byte) - 1
        while i >= 0:
            f = self.funcs[i]
            if f.node.start_byte <= node.start_byte and node.end_byte <= f.node.end_byte:
                return f
            i -= 1
        return None

    @property
    def key(self) -> str | None:
        """The package-wide key of the declaration (``Name``, ``Type.Name``); None for other declarations."""
        if "_key" not in self.__dict__:
            from .types import func_sig
            self.__dict__["_key"] = func_sig(self.unit).key if self.unit.type in (
                "function_declaration", "method_declaration") else None
        return self.__dict__["_key"]

    @property
    def top(self) -> Func | None:
        return self.funcs[0] if self.funcs and self.funcs[0].node.id == self.unit.id else None

    def goroutine_of(self, f: Func | None) -> Func | None:
        """The goroutine literal (``go func(){...}()``) whose body runs ``f``, else None."""
        while f is not None:
            if f.how == "go":
                return f
            if f.how in ("value", "decl"):
                return None
            f = f.parent
        return None

    def literal(self, node_id: int) -> Func | None:
        return self.func_of_node.get(node_id)

    # ---------------------------------------------------------------- CFGs
    def cfg(self, f: Func):
        from . import cfg as cfgmod
        g = self._cfgs.get(f.node.id, False)
        if g is False:
            g = cfgmod.build(f.node, self.source, self.never_closed, self._helper_stops, self._exhaustive)
            self._cfgs[f.node.id] = g
        return g

    def _file_const(self, name: str) -> bool:
        """Is ``name`` a constant the file declares at top level (``const lockOps = false``, or in a
        ``const ( ... )`` group)? (Read once per file text: every declaration's model asks the same.)"""
        source = self.source
        return name in syntax.text_memo(source, "consts", lambda: _const_names(source) if b"const" in source else set())

    def returns_after(self, node: Node) -> bool:
        """Can the function that runs ``node`` end after it while the process goes on (a path from it to a
        ``return``, the end of the body, or ``t.Fatal``/``runtime.Goexit``)? False for a ``go`` statement
        followed only by an endless loop, or by ``os.Exit``/``panic``. True when the function cannot be
        modelled."""
        from . import cfg as cfgmod
        f = self.func_at(node)
        g = self.cfg(f) if f is not None else None
        n = _node_at(g, node) if g is not None else None
        if n is None:
            return True
        exits = [g.exits[k] for k in (cfgmod.RETURN, cfgmod.GOEXIT) if k in g.exits]
        if not any(cfgmod.reaches(n, x) for x in exits):
            return False
        stuck = self._calls_never_returning(g, n)   # (``go push(); serve(l)``, ``serve`` an endless accept loop)
        return not stuck or any(cfgmod.reaches(n, x, avoid=stuck) for x in exits)

    def _calls_never_returning(self, g, start) -> set[int]:
        """Ids of the statements of ``g`` after ``start`` that call, as a statement of their own, a package
        function that never returns (:meth:`PackageModel.never_returns`: a serve loop): no path goes on past
        one."""
        if self._never_returns is None:
            return set()
        out = set()
        seen, stack = set(), [s for s, _ in start.succ]
        while stack:
            n = stack.pop()
            if n.id in seen:
                continue
            seen.add(n.id)
            stack.extend(s for s, _ in n.succ)
            st = n.ast
            call = st.named_children[0] if st is not None and st.type == "expression_statement" and \
                st.named_children else None
            if n.kind == "stmt" and call is not None and call.type == "call_expression":
                callee = self.callee(call)[0]
                if callee is not None and callee.key is not None and "#" not in callee.key and \
                        self._never_returns(callee.key):
                    out.add(n.id)
        return out

    def only_exits_after(self, node: Node) -> bool:
        """Is ending the process (``os.Exit``, ``log.Fatal``, a logger's ``Fatal``) the only way the
        function goes on from ``node``: it can reach such an exit, and no ``return``, end of the body,
        ``panic`` (a caller may recover it) or ``t.Fatal``/``runtime.Goexit`` (a loop that waits for a
        signal and then exits may run on meanwhile)? False when the function cannot be modelled."""
        from . import cfg as cfgmod
        f = self.func_at(node)
        g = self.cfg(f) if f is not None else None
        n = _node_at(g, node) if g is not None else None
        return n is not None and cfgmod.PROCESS in g.exits and cfgmod.reaches(n, g.exits[cfgmod.PROCESS]) and \
            not any(cfgmod.reaches(n, g.exits[k]) for k in (cfgmod.RETURN, cfgmod.GOEXIT, cfgmod.PANIC)
                    if k in g.exits)

    def reachable(self, node: Node) -> bool:
        """Can ``node`` run at all? False after an unconditional ``return``, ``t.Skip``, ``panic`` or
        ``os.Exit`` in its function (or in a function around the literal it is in)."""
        if self._dead_branch(node):
            return False
        f = self.func_at(node)
        at = node
        while f is not None:
            g = self.cfg(f)
            if g is None:
                return True
            n = None
            cur = at
            while cur is not None and cur.id != f.node.id:
                n = g.node_of(cur)
                if n is not None:
                    break
                cur = cur.parent
            if n is not None:
                reach = self._reach.get(f.node.id)
                if reach is None:
                    reach = self._reach[f.node.id] = g.reachable()
                if n.id not in reach:
                    return False
            at = f.node
            f = f.parent
        return True

    def _dead_branch(self, node: Node) -> bool:
        """Is ``node`` in the body of an ``if x`` where ``x`` is a local set to ``false`` once and never
        changed (``debug := false``; ``if debug { ... }``: code kept for a debugging session)? Or in a
        branch of ``if p`` (``if !p``) that a bool parameter ``p`` of this unexported function rules out:
        every call in the package passes the same constant for it (``r.query(ctx, cur, true)`` only:
        the ``else`` of ``if waitForResponse`` never runs)?"""
        for a in syntax.ancestors(node, self.unit):
            if a.type == "block" and a.parent is not None and a.parent.type == "for_statement" and \
                    self._never_entered(a.parent):
                return True
            if a.type != "block" or a.parent is None or a.parent.type != "if_statement":
                continue
            then = a.parent.child_by_field_name("consequence")
            other = a.parent.child_by_field_name("alternative")
            in_then = then is not None and then.id == a.id
            if not in_then and (other is None or other.id != a.id):
                continue
            cond, negated = _negations(a.parent.child_by_field_name("condition"))
            if cond is None or cond.type != "identifier":
                continue
            v = self.scopes.var(cond)
            val = _unparen(v.value) if v is not None and v.kind == "local" else None
            if in_then and not negated and val is not None and val.type == "false" and not v.assigned and \
                    not v.addressed:
                return True
            fixed = self._param_constant(v) if v is not None else self._flag(cond)
            if fixed is not None and (fixed != negated) != in_then:
                return True
        return self._after_flag_return(node)

    def _never_entered(self, loop: Node) -> bool:
        """``done := false; for done { ...; done = true }``: a ``for x`` loop on a local declared ``false``
        that only the loop's own body assigns, and nothing takes the address of. The condition is false
        the first time, so the body never runs, and its assignments never do."""
        conds = [c for c in loop.named_children if c.type not in ("block", "comment", "for_clause", "range_clause")]
        if len(conds) != 1 or conds[0].type != "identifier":
            return False
        v = self.scopes.var(conds[0])
        val = _unparen(v.value) if v is not None and v.kind == "local" else None
        body = loop.child_by_field_name("body")
        return val is not None and val.type == "false" and not v.addressed and body is not None and \
            all(syntax.inside(stmt, body) for stmt, _value in v.assigns)

    def _after_flag_return(self, node: Node) -> bool:
        """Does ``node`` follow, in a statement list around it, an ``if`` on the package's boolean constant
        whose body always returns (``if !runLocalTests { return }`` with ``const runLocalTests = false``)?
        (Only what a finding stands on: the lock flows still see the branch, whose lock shows what the
        function means to hold.)"""
        for a in syntax.ancestors(node, self.unit):
            if a.type not in ("block", "statement_list"):
                continue
            for st in a.named_children:
                if st.end_byte > node.start_byte:
                    break
                if st.type != "if_statement" or st.child_by_field_name("alternative") is not None or \
                        st.child_by_field_name("initializer") is not None:
                    continue
                cond, negated = _negations(st.child_by_field_name("condition"))
                value = self._flag(cond) if cond is not None and cond.type == "identifier" else None
                body = syntax.stmt_list(st.child_by_field_name("consequence"))
                if value is not None and value != negated and body and body[-1].type == "return_statement":
                    return True
        return False

    def _param_constant(self, v) -> bool | None:
        """The constant every call passes for ``v``, a parameter of this declaration's function that its
        body never assigns, else None."""
        if v is None or v.kind != "param" or v.assigned or v.addressed or self._const_args is None or \
                self.key is None:
            return None
        at = self.param_position(v)
        return self._const_args(self.key, at) if at is not None else None

    def param_position(self, v) -> int | None:
        """The position of ``v`` among the parameters of this declaration's function (the receiver not
        counted), as its calls pass the arguments; None for another variable or a literal's parameter."""
        if v is None or v.kind != "param" or v.func.id != self.unit.id:
            return None
        return v.index - (1 if self.unit.type == "method_declaration" else 0)

    def _flag(self, ident: Node) -> bool | None:
        """The value of the package's boolean constant ``ident`` names (not a local of the same name)."""
        flags = getattr(self.index, "flags", None)
        if not flags or self.scopes.var(ident) is not None:
            return None
        return flags.get(_text(ident))

    def _exhaustive(self, switch: Node) -> bool:
        """Do the cases of ``switch`` name every constant of its tag's type, an enum of the package that
        no other package can name (unexported) and that the package never converts a value to
        (``readType(n)``)? Its tag then holds one of them, and its ``default`` is never chosen."""
        tag = switch.child_by_field_name("value")
        if _unparen(tag) is not None and _unparen(tag).type == "binary_expression":
            return self._all_remainders(switch, _unparen(tag))
        t = self.types.of(tag) if tag is not None else None
        consts = self.index.consts.get(t or "")
        if not consts or not (t[0] == "_" or t[0].islower()) or self._converted is None or self._converted(t):
            return False
        return consts <= _case_values(switch, "identifier")

    def _all_remainders(self, switch: Node, tag: Node) -> bool:
        """``switch i % n`` with a literal ``n`` and cases naming every remainder ``0`` to ``n-1``, of an ``i``
        that is never negative (:meth:`_non_negative`): its ``default`` is never chosen."""
        right = _unparen(tag.child_by_field_name("right"))
        if _text(tag.child_by_field_name("operator")) != "%" or right is None or right.type != "int_literal" or \
                not _text(right).isdigit() or not 0 < int(_text(right)) <= 64 or \
                not self._non_negative(tag.child_by_field_name("left")):
            return False
        return {str(k) for k in range(int(_text(right)))} <= _case_values(switch, "int_literal")

    def _non_negative(self, x: Node | None, depth: int = 0) -> bool:
        """Is ``x`` never negative: a literal, ``len``/``cap``, the index of a range over a slice, array or
        string, a counter ``for i := 0; ...; i++`` that only its update changes, or a go (or called)
        literal's parameter given one of those?"""
        x = _unparen(x)
        if x is None:
            return False
        if x.type == "int_literal":
            return True
        if x.type == "call_expression":
            return _text(x.child_by_field_name("function")) in ("len", "cap")
        v = self.scopes.var(x) if x.type == "identifier" else None
        if v is None or v.addressed:
            return False
        if v.kind == "range":
            t = self.types.of(v.value) if v.value is not None else None
            return v.index == 0 and not v.assigned and t is not None and (t.startswith("[") or t == "string")
        if v.kind == "param" and v.func.type == "func_literal" and depth == 0 and not v.assigned:
            call = v.func.parent
            if call is None or call.type != "call_expression" or call.child_by_field_name("function") is None or \
                    _unparen(call.child_by_field_name("function")).id != v.func.id:
                return False
            args = syntax.call_args(call)
            return v.index < len(args) and self._non_negative(args[v.index], 1)
        if v.kind == "local" and v.stmt is not None and v.stmt.type == "for_statement":
            clause = next((c for c in v.stmt.named_children if c.type == "for_clause"), None)
            got = syntax.counting_loop(clause)
            update = clause.child_by_field_name("update") if clause is not None else None
            if got is None or got[0] != v.name or got[1].type != "int_literal" or update is None or \
                    " ".join(_text(update).split()) != f"{v.name}++":
                return False
            return all(syntax.inside(a, update) for a, _value in v.assigns)
        return False

    def _helper_stops(self, name: str) -> bool:
        if self._stops is None or self.scopes is None:
            return False
        if "." in name:   # ``s.FailNow``: the receiver of a method of a testify suite
            return name.partition(".")[0] == self.suite_receiver()
        return self._stops(name)

    def suite_receiver(self) -> str | None:
        """The receiver's name when this is a method of a struct embedding testify's ``suite.Suite`` or an
        ``Assertions`` value (a few levels down): its promoted ``Fail`` fails the test, its ``FailNow`` ends
        the test's goroutine."""
        got = self.__dict__.get("_suite_recv", False)
        if got is not False:
            return got
        recv = self.unit.child_by_field_name("receiver") if self.unit.type == "method_declaration" else None
        decl = next((c for c in recv.named_children if c.type == "parameter_declaration"), None) if recv else None
        name = decl.child_by_field_name("name") if decl is not None else None
        got = _text(name) if name is not None and self.index.embeds(
            _text(decl.child_by_field_name("type")), lambda t: t in _SUITES) else None
        self.__dict__["_suite_recv"] = got
        return got

    def never_closed(self, expr: Node) -> bool:
        """A channel the library never closes: a ticker's ``C``, ``time.Tick(d)``."""
        expr = _unparen(expr)
        if expr is None:
            return False
        if expr.type == "selector_expression" and _text(expr.child_by_field_name("field")) == "C":
            operand = expr.child_by_field_name("operand")
            t = self.types.of(operand)
            if t in ("*time.Ticker", "time.Ticker"):
                return True
            if operand is not None and operand.type == "call_expression" and \
                    _text(operand.child_by_field_name("function")) == "time.NewTicker":
                return True
        if expr.type == "call_expression" and _text(expr.child_by_field_name("function")) == "time.Tick":
            return True
        return False

    # -------------------------------------------------------------- places
    def place(self, expr: Node | None) -> Place | None:
        """The place an expression denotes (variable or field path), through ``&``, ``*`` and parentheses."""
        expr = _unparen(expr)
        if expr is None:
            return None
        t = expr.type
        if t == "identifier":
            v = self.scopes.var(expr)
            if v is None:
                name = _text(expr)
                if name in self.index.vars:
                    return Place("g:" + name)
                return None
            return self.var_place(v)
        if t == "selector_expression":
            operand = expr.child_by_field_name("operand")
            name = _text(expr.child_by_field_name("field"))
            base = self.place(operand)
            if base is None:
                return None
            ot = self.types.of(operand)
            if ot is not None:
                f = self.index.field(ot, name)
                if f is not None:
                    return base.extend(f[1])
            return base.child(name)
        if t == "unary_expression":
            op = expr.child_by_field_name("operator")
            if op is not None and op.type in ("&", "*"):
                return self.place(expr.child_by_field_name("operand"))
            return None
        if t == "index_expression":
            base = self.place(expr.child_by_field_name("operand"))
            return base.child("[]") if base is not None else None
        if t == "call_expression":   # ``l.Lock()`` of a method that returns its receiver: ``l`` (chained calls);
            # a channel accessor's call: the field it returns
            fn = _unparen(expr.child_by_field_name("function"))
            operand = fn.child_by_field_name("operand") if fn is not None and fn.type == "selector_expression" else None
            ot = self.types.of(operand) if operand is not None else None
            sig = self.index.methods.get(base_name(ot), {}).get(_text(fn.child_by_field_name("field"))) \
                if ot else None
            if sig is not None and sig.returns_field and not _call_args(expr):
                base = self.place(operand)   # ``c.ExecCh()`` of an accessor ``return c.execCh``: that field
                return base.child(sig.returns_field) if base is not None else None
            return self.place(operand) if sig is not None and sig.returns_recv else None
        return None

    def var_place(self, v: Var) -> Place:
        # a literal's parameter bound to the argument of the go/defer/call that runs it
        if v.kind == "param" and v.func.type == "func_literal" and self._shares(v):
            f = self.func_of_node.get(v.func.id)
            if f is not None and f.call is not None and not self.assigned(v):
                args = _call_args(f.call)
                if v.index < len(args):
                    bound = self.place(args[v.index])
                    if bound is not None:
                        return bound
        if v.kind in ("receiver", "param") and v.func.id == self.unit.id:
            return Place(f"p:{-1 if v.kind == 'receiver' else self._param_index(v)}")
        # a channel element ranged over (``for _, ch := range chans``): the element of that slice or map
        if v.kind == "range" and v.index == 1 and v.value is not None and not self.assigned(v) and \
                not v.addressed:
            bound = self._ranged_chan(v)
            if bound is not None:
                return bound
        # aliases (never reassigned): ``mu := &s.mu``, ``ch := s.ch``, ``c := s.conn``, ``ms, ok := x.(*T)``
        if v.kind == "local" and v.value is not None and not v.addressed and \
                (not self.assigned(v) or self._chan_nilled_only(v)):
            bound = self._alias(v)
            if bound is not None:
                return bound
        return Place(f"v:{v.name}:{v.ident.start_byte - self.unit.start_byte}")

    def _closure_params(self, lit: Node) -> tuple:
        """(place root, index) of each named, non-variadic parameter of the local closure ``lit``, which
        :func:`translate` binds to the arguments of each call by name (``wait("a", done)``)."""
        out = []
        for v in self.scopes.declared_in(lit):
            if v.kind != "param" or (v.ident.parent is not None and v.ident.parent.type == "variadic_parameter_declaration"):
                continue
            out.append((self.var_place(v).root, v.index))
        return tuple(out)

    def _shares(self, v: Var) -> bool:
        """Does a parameter of this type share its argument's object (a pointer, channel, map, slice, func,
        interface), rather than hold a copy of it (a struct or basic value)?"""
        t = self.types.var_type(v)
        if t is None:
            return True
        u = self.index.underlying(t) or t
        if u.startswith(("*", "chan", "<-chan", "map[", "[]", "func", "interface")) or sync_kind(u):
            return True
        b = base_name(u)
        if b is None:
            return True
        if b in self.index.types:
            return self.index.types[b].kind == "interface"
        return b in ("error", "any") or _interface_like(b)

    def _ranged_chan(self, v: Var) -> Place | None:
        """For the value variable of a ``range`` over a slice, array or map of channels (``for _, ch :=
        range chans``): the place of their elements (``chans[]``, as ``chans[i]`` names it), so that what
        the loop does to ``ch`` is done to the channels stored there."""
        t = self.types.var_type(v)
        over = self.types.of(v.value)
        over_u = self.index.underlying(over) if over else None
        if t is None or over_u is None or is_chan(over_u) or not is_chan(self.index.underlying(t) or t):
            return None
        base = self.place(_unparen(v.value))
        return base.child("[]") if base is not None else None

    def _chan_nilled_only(self, v: Var) -> bool:
        """Is ``v`` a channel local given no other value after its declaration than ``nil`` (``events :=
        s.events`` ... ``events = nil``, a select loop turning off the case of a closed channel)? It still
        names only that channel: an operation on it is one on the channel, or on nil."""
        t = self.types.var_type(v)
        if t is None or not is_chan(self.index.underlying(t)):
            return False
        for r in v.refs:
            p = r.parent
            if p is not None and p.type in ("inc_statement", "dec_statement"):
                return False
            if p is None or p.type != "expression_list" or p.parent is None or \
                    p.parent.type != "assignment_statement" or p.parent.child_by_field_name("left") != p:
                continue
            right = p.parent.child_by_field_name("right")
            i = next((k for k, x in enumerate(p.named_children) if x.id == r.id), None)
            vals = right.named_children if right is not None else []
            if i is None or len(vals) != len(p.named_children) or vals[i].type != "nil":
                return False
        return True

    def _alias(self, v: Var) -> Place | None:
        got = self._aliases.get(id(v), False)
        if got is not False:
            return got
        self._aliases[id(v)] = None   # a cycle resolves to the variable itself
        val = _unparen(v.value)
        asserted = None
        if val is not None and val.type == "type_assertion_expression" and v.index == 0:
            asserted = "(" + _text(val.child_by_field_name("type")) + ")"
            val = _unparen(val.child_by_field_name("operand"))
        bound = None
        if val is not None and v.index == 0 or (val is not None and v.stmt.type == "var_declaration"):
            if val.type == "unary_expression" and _text(val.child_by_field_name("operator")) == "&":
                bound = self.place(val)
            elif val.type == "selector_expression":
                t = self.types.var_type(v)
                # a pointer, a channel or a mutex value names the same object as where it came from
                if t is None or t.startswith("*") or sync_kind(t) or is_chan(self.index.underlying(t)):
                    bound = self.place(val)
            elif val.type == "identifier":
                src = self.scopes.var(val)
                # (``o := base`` of a struct or basic value is a copy: writes to ``o.f`` are not ``base``'s)
                if src is not None and not src.assigned and src.kind != "range" and self._shares(v):
                    bound = self.place(val)
        if bound is not None and asserted is not None:
            bound = bound.child(asserted)   # x.(*A) and x.(*B) are different values
        self._aliases[id(v)] = bound
        return bound

    def abstract_place(self, place: Place | None) -> str | None:
        """Package-wide name of a place by type: ``Server.mu`` (the innermost named struct owning the last
        field), ``g:registry.mu`` for package variables; None when the type is unknown or there is no field."""
        if place is None:
            return None
        if place.is_global:
            return place.root + ("." + ".".join(place.path) if place.path else "")
        if not place.path:
            return None
        owner = self._owner(place)
        if owner is None:
            return None
        cur = owner
        for i, step in enumerate(place.path):
            if step.startswith("(") or step == "[]":
                return None
            if i == len(place.path) - 1:
                return f"{cur}.{step}"
            fld = self.index.field(cur, step)
            nxt = base_name(fld[0]) if fld is not None else None
            if nxt is None or self.index.struct(nxt) is None:
                return f"{cur}." + ".".join(place.path[i:])
            cur = nxt
        return None

    def field_object(self, place: Place | None) -> tuple[str, tuple[str, ...]] | None:
        """Where the field ``place`` lies in memory: (the struct type of the value that holds it, the
        fields from there), past the last pointer on its path. ``c.in.Mutex`` with ``c *Conn`` and
        ``in halfConn`` lies in a ``Conn`` at ``in.Mutex``: two places in the same type at different
        fields are never one object, whatever values they belong to. None when unknown (a package
        variable, an index, an embedded step, an unknown type)."""
        if place is None or place.is_global or not place.path:
            return None
        cur = self._owner(place)
        if cur is None:
            return None
        alloc, offsets = cur, []
        for i, step in enumerate(place.path):
            if step.startswith("(") or step == "[]":
                return None
            offsets.append(step)
            if i == len(place.path) - 1:
                return alloc, tuple(offsets)
            fld = self.index.field(cur, step)
            if fld is None or len(fld[1]) != 1:
                return None
            nxt = base_name(fld[0])
            if nxt is None or self.index.struct(nxt) is None:
                return None
            if fld[0].startswith("*"):
                alloc, offsets = nxt, []     # a pointer: the rest lies in the value it points to
            cur = nxt
        return None

    def _owner(self, place: Place) -> str | None:
        """The named type of the variable at the root of ``place`` (pointer removed)."""
        t = None
        root = place.root
        if root.startswith("p:"):
            idx = int(root[2:])
            for v in self.scopes.declared_in(self.unit):
                if (v.kind == "receiver" and idx == -1) or (v.kind == "param" and idx >= 0 and
                                                            self._param_index(v) == idx):
                    t = self.types.var_type(v)
                    break
        elif root.startswith("v:"):
            v = self.root_var(place)
            t = self.types.var_type(v) if v is not None else None
        return base_name(deref(t)) if t is not None else None

    def root_var(self, place: Place) -> Var | None:
        """The local variable at the root of ``place`` (None: not a local, or not found)."""
        if not place.root.startswith("v:"):
            return None
        name, off = place.root[2:].rsplit(":", 1)
        return next((x for x in self.scopes.vars if x.name == name and
                     x.ident.start_byte - self.unit.start_byte == int(off)), None)

    def lock_handed_on(self, place: Place, func: Node, before: Node) -> bool:
        """Does ``func`` hand the mutex at ``place`` itself on as a value before the end of the statement
        ``before`` (in the text, or anywhere in a loop around it): ``&db.mu`` or ``db.mu.RLocker()`` (a
        ``sync.Locker`` stored in a transaction, passed to a constructor or returned)? Whoever holds that
        value may unlock it: a lock left held at ``before`` is handed over, not leaked."""
        if any(n.end_byte <= before.end_byte and p == place for n, p in self.unlock_values(func)):
            return True   # ``s.NotifyStarted = mu.Unlock``: whoever calls it releases the lock
        spelled = self.spell(place)
        if not spelled:
            return False
        pointer = self._pointer_mutex(place)
        # (later in the text, but in a loop around ``before``: an earlier turn may have handed it on)
        loops = [a for a in syntax.ancestors(before, func) if a.type == "for_statement"]
        for n in syntax.walk(func, skip_funcs=True):
            if n.end_byte > before.end_byte and not any(syntax.inside(n, lp) for lp in loops):
                continue
            if pointer and _text(n) == spelled and _handed_value(n):
                return True   # ``newWriter(c.writeLocker, w)`` of a ``*sync.Mutex`` field: the mutex itself
            if n.type == "unary_expression" and _text(n.child_by_field_name("operator")) == "&" and \
                    _text(_unparen(n.child_by_field_name("operand"))) == spelled:
                return True
            if n.type == "call_expression":
                fn = n.child_by_field_name("function")
                if fn is not None and fn.type == "selector_expression" and \
                        _text(fn.child_by_field_name("field")) == "RLocker" and \
                        _text(fn.child_by_field_name("operand")) == spelled:
                    return True
        return False

    def _pointer_mutex(self, place: Place) -> bool:
        """Is ``place`` a field declared as a pointer to a mutex (``writeLocker *sync.Mutex``)? Its value
        is the mutex itself: whoever it is handed to can unlock it."""
        if not place.path or place.path[-1].startswith("(") or place.path[-1] == "[]":
            return False
        owner = self._owner(place) if len(place.path) == 1 else None
        if owner is None and len(place.path) > 1:
            name = self.abstract_place(place)
            owner = name.rsplit(".", 1)[0] if name and not name.startswith("g:") else None
        fld = self.index.field(owner, place.path[-1]) if owner is not None else None
        return fld is not None and fld[0] in ("*sync.Mutex", "*sync.RWMutex")

    def unlock_values(self, func: Node) -> list[tuple[Node, Place]]:
        """The method values ``mu.Unlock`` / ``mu.RUnlock`` that ``func`` (its closures included) uses other
        than by calling them — stored in a field, passed, sent (``Server{NotifyStarted: mu.Unlock}``,
        ``once.Do(mu.Unlock)``) — each with the mutex's place: whoever holds the value may release the
        lock, from another goroutine too (a mutex used as a start signal)."""
        return self._values_of(func, ("Unlock", "RUnlock"))

    def lock_values(self, func: Node) -> list[tuple[Node, Place]]:
        """The method values ``mu.Lock`` / ``mu.RLock`` that ``func`` uses other than by calling them
        (``newLockGrabber(c.stateLock.Lock, c.stateLock.Unlock, stopCh)``, ``grabLockOrStop(mu.Lock, ...)``):
        whoever is handed the value takes the lock, for this function, when the flow cannot see it."""
        return self._values_of(func, ("Lock", "RLock"))

    def _values_of(self, func: Node, names: tuple[str, str]) -> list[tuple[Node, Place]]:
        got = self._method_values.get((names, func.id))
        if got is None:
            got = self._method_values[(names, func.id)] = self._find_method_values(func, names)
        return got

    def _find_method_values(self, func: Node, names: tuple[str, str]) -> list[tuple[Node, Place]]:
        if not _METHOD_VALUE[names].search(func.text or b""):
            return []   # (no such method but in calls: nothing to walk for)
        out = []
        for n in syntax.walk(func):
            if n.type != "selector_expression" or _text(n.child_by_field_name("field")) not in names:
                continue
            up = n.parent
            if up is not None and up.type == "call_expression" and up.child_by_field_name("function") == n:
                continue
            call = up.parent if up is not None and up.type == "argument_list" else None
            fn = call.child_by_field_name("function") if call is not None else None
            if fn is not None and fn.type == "selector_expression" and _text(fn.child_by_field_name("field")) == "Do":
                continue   # ``once.Do(mu.Unlock)``: a call of it, which the flow follows
            p = self.place(n.child_by_field_name("operand"))
            if p is not None:
                out.append((n, p))
        return out

    def escapes(self, place: Place) -> bool:
        """Does the local variable at the root of ``place`` leave this function's hands (passed to a call,
        stored, appended, sent, returned, captured by a goroutine)? Then another owner may unlock it."""
        if not place.root.startswith("v:"):
            return False
        v = self.root_var(place)
        if v is None:
            return True
        for r in v.refs:
            p = r.parent
            if p is None:
                continue
            if p.type in ("argument_list", "return_statement", "send_statement", "literal_element",
                          "keyed_element", "expression_list"):
                if p.type == "expression_list":
                    gp = p.parent
                    if gp is None or gp.type not in ("return_statement", "assignment_statement",
                                                     "short_var_declaration"):
                        continue
                    if gp.type != "return_statement" and gp.child_by_field_name("right") != p:
                        continue
                if p.type == "send_statement" and p.child_by_field_name("value") != r:
                    continue
                return True
            g = self.goroutine_of(self.func_at(r))
            if g is not None and g.node.id != v.func.id and not syntax_inside(v.func, g.node):
                return True
        return False

    def spell(self, place: Place | None) -> str:
        """How the code spells a place of this declaration (``c.mu``, ``mu``, ``registry.mu``)."""
        if place is None:
            return "?"
        root = place.root
        if root.startswith("p:"):
            idx = int(root[2:])
            name = next((v.name for v in self.scopes.declared_in(self.unit)
                         if (v.kind == "receiver" and idx == -1) or
                         (v.kind == "param" and idx >= 0 and self._param_index(v) == idx)), root)
        else:
            name = root.split(":")[1]
        path = tuple(x for x in place.path if x != "[]")
        if path and path[-1] in ("Mutex", "RWMutex"):
            path = path[:-1]   # an embedded mutex: the code says c.Lock(), not c.Mutex.Lock()
        return ".".join((name,) + path)

    def _param_index(self, v: Var) -> int:
        recv = 1 if self.unit.type == "method_declaration" else 0
        return v.index - recv

    @staticmethod
    def assigned(v: Var) -> bool:
        """Is the variable assigned after its declaration (``x = ...``, ``x++``)?"""
        return v.assigned

    def abstract(self, expr: Node | None) -> str | None:
        """Package-wide name of the place ``expr`` denotes: ``Server.mu``, ``g:registry``; None for locals."""
        expr = _unparen(expr)
        if expr is None:
            return None
        if expr.type == "identifier":
            v = self.scopes.var(expr)
            if v is None:
                name = _text(expr)
                return "g:" + name if name in self.index.vars else None
            return None
        if expr.type == "selector_expression":
            operand = expr.child_by_field_name("operand")
            name = _text(expr.child_by_field_name("field"))
            ot = self.types.of(operand)
            if ot is not None:
                f = self.index.field(ot, name)
                if f is not None:
                    owner = base_name(deref(ot))
                    path = f[1]
                    # the innermost named struct that owns the last field
                    cur = owner
                    for step in path[:-1]:
                        fld = self.index.field(cur, step)
                        nb = base_name(fld[0]) if fld else None
                        if nb is None or self.index.struct(nb) is None:
                            return f"{cur}." + ".".join(path[path.index(step):])
                        cur = nb
                    return f"{cur}.{path[-1]}"
            inner = self.abstract(operand)
            return f"{inner}.{name}" if inner else None
        if expr.type == "unary_expression":
            return self.abstract(expr.child_by_field_name("operand"))
        return None

    def reassigned_roots(self, n) -> tuple[tuple[str, str | None], ...]:
        """``y = l`` at CFG node ``n``, for locals whose place is their own (not an alias): (root of y,
        root of l when it is a local too, else None). The places rooted at y name l's from here on."""
        ast = n.ast
        if ast is None or ast.type != "assignment_statement" or _text(ast.child_by_field_name("operator")) != "=":
            return ()
        left, right = ast.child_by_field_name("left"), ast.child_by_field_name("right")
        out = []
        for ln, rn in zip(left.named_children if left else [], right.named_children if right else []):
            if ln.type != "identifier":
                continue
            v = self.scopes.var(ln)
            if v is None or v.kind not in ("local", "param") or v.addressed:
                continue
            dst = self.var_place(v)
            if dst.path or not dst.root.startswith("v:"):
                continue
            src = None
            rv = self.scopes.var(rn) if rn.type == "identifier" else None
            if rv is not None and not rv.addressed:
                sp = self.var_place(rv)
                src = sp.root if not sp.path else None
            out.append((dst.root, src))
        return tuple(out)

    def declared_roots(self, n) -> frozenset:
        """Place roots of the local variables CFG node ``n`` declares (``:=``, ``var``, range variables)."""
        if self._decl_roots is None:
            m: dict[int, set] = {}
            for v in self.scopes.vars:
                if v.kind in ("local", "range", "recv", "switch"):
                    m.setdefault(v.stmt.id, set()).add(f"v:{v.name}:{v.ident.start_byte - self.unit.start_byte}")
            self._decl_roots = {k: frozenset(x) for k, x in m.items()}
        ast = n.ast
        if ast is None:
            return frozenset()
        if ast.type == "communication_case":   # ``case b := <-q:`` (the CFG's node for its receive)
            comm = ast.child_by_field_name("communication")
            if comm is not None and comm.id in self._decl_roots:
                return self._decl_roots[comm.id]
        return self._decl_roots.get(ast.id, frozenset())

    # ----------------------------------------------------------- conditions
    def cond_key(self, cond: Node | None) -> tuple[str, bool] | None:
        """A condition whose value cannot change between two tests in the function: (key, positive).

        ``x`` / ``!x`` for a bool local or parameter never reassigned, ``x == nil`` / ``x != nil``; a
        package variable (``g:``) or another package's (``q:``) that the declaration never assigns.
        Parameters are keyed ``p:i`` so summaries can state conditions on arguments.
        """
        cond = _unparen(cond)
        if cond is None:
            return None
        t = cond.type
        if t == "identifier":
            v = self.scopes.var(cond)
            if v is None:
                # a package variable this declaration never assigns (a flag set at init: ``if lockNeeded``),
                # or a constant of the file (``const lockOps = false``): the same at every test of it
                name = _text(cond)
                if name in self.index.vars:
                    return ("g:" + name, True) if name not in self._assigned() else None
                return ("g:" + name, True) if self._file_const(name) else None
            val = _unparen(v.value)
            if v.index == 1 and val is not None and val.type == "type_assertion_expression" and \
                    not v.assigned and self._pure(val.child_by_field_name("operand")):
                return "x:" + " ".join(_text(val).split()), True    # ok of x.(T): keyed by the assertion
            if self.latch_done(v) is not None:
                return "latch:" + self.var_place(v).root, True
            if self.is_flag(v):
                return "flag:" + self.var_place(v).root, True
            if not self._stable(v, cond):
                return None
            return self._cond_root(v), True
        if t == "unary_expression" and _text(cond.child_by_field_name("operator")) == "!":
            inner = self.cond_key(cond.child_by_field_name("operand"))
            return (inner[0], not inner[1]) if inner is not None else None
        if t == "binary_expression":
            op = _text(cond.child_by_field_name("operator"))
            left = _unparen(cond.child_by_field_name("left"))
            right = _unparen(cond.child_by_field_name("right"))
            if op in ("==", "!=") and right is not None and right.type == "nil" and left is not None and \
                    (_is_recover(left) or (left.type == "identifier" and self.scopes.var(left) is not None and
                                           _is_recover(self.scopes.var(left).value) and
                                           not self.scopes.var(left).assigned)):
                # ``if r := recover(); r != nil``: a panic was recovered (never on a return or Goexit)
                return "rc:" + _text(left), op == "!="
            if op in ("==", "!=") and right is not None and right.type == "nil" and left is not None and \
                    left.type == "identifier":
                v = self.scopes.var(left)
                if v is not None and self.locked_pointer(v):
                    return "nilk:" + self._cond_root(v), op == "=="
                if v is None or not self._stable(v, cond):
                    return None
                return "nil:" + self._cond_root(v), op == "=="
            if op in ("==", "!=") and right is not None and right.type == "nil" and left is not None and \
                    left.type == "selector_expression":
                key = self._stable_field(left)
                return ("nil:" + key, op == "==") if key else None
            if op in ("==", "!=", "<", ">", "<=", ">=", "&&", "||") and self._pure(cond):
                if op == "!=":
                    return "x:" + _text(left) + "==" + _text(right), False
                return "x:" + " ".join(_text(cond).split()), True
        if t == "selector_expression":
            if self._qualified(cond):   # ``if noiseutil.EncryptLockNeeded``: another package's flag
                return "q:" + _text(cond), True
            key = self._stable_field(cond)
            return (key, True) if key else None
        if t == "call_expression" and self._pure(cond):
            return "x:" + " ".join(_text(cond).split()), True
        return None

    def summary_key(self, cond: Node | None) -> tuple[str, bool] | None:
        """``tracked_key``, and a nil test of a field of a parameter or the receiver (``c.conn != nil``):
        the conditions a function's summary states its effects under, for its callers to decide."""
        k = self.tracked_key(cond)
        if k is None:
            k = self.cond_key(cond)
            if k is None or not k[0].startswith("nil:f:p:"):
                return None
        return k

    def tracked_key(self, cond: Node | None) -> tuple[str, bool] | None:
        """``cond_key``, for conditions worth keeping on a path: tested more than once in the declaration,
        or on a parameter or flag (what summaries and lock flags correlate)."""
        k = self.cond_key(cond)
        if k is None:
            return None
        if k[0].startswith(("p:", "lp:", "flag:", "nil:p:", "nil:lp:", "nilk:", "rc:", "latch:")):
            return k
        tested = self._tested()
        if tested.get(k[0], 0) > 1:
            if k[0].startswith(("f:", "nil:f:")) and self._set_by_call_before(cond, k[0]):
                return None   # a test again after a call that may have set the field: no repeat of the first
            return k
        if k[0].startswith("x:") and "==" in k[0]:
            # ``if mode == ModeA {...}`` then ``if mode == ModeB {...}``, each tested once: one mode at a
            # time (a value tested again, ``GOOS == "linux"`` twice, is kept by the count above instead)
            left = k[0].partition("==")[0] + "=="
            siblings = [n for key, n in tested.items() if key.startswith(left)]
            if len(siblings) > 1 and all(n == 1 for n in siblings):
                return k
        return None

    def _tested(self) -> dict[str, int]:
        if self._test_counts is None:
            counts: dict[str, int] = {}
            for f in self.funcs:
                g = self.cfg(f)
                for n in (g.nodes if g is not None else ()):
                    for _, br in n.succ:
                        if br is not None and br.value:
                            for k in self._cond_keys(br.cond):
                                counts[k] = counts.get(k, 0) + 1
            self._test_counts = counts
        return self._test_counts

    def _cond_keys(self, cond: Node | None) -> set[str]:
        """The keys a condition tests: its own, and those of the operands of ``&&``, ``||`` and ``!``
        (``ok && cur != v`` tests ``ok``; a later ``!ok`` tests it again)."""
        out: set[str] = set()
        stack = [cond]
        while stack:
            c = _unparen(stack.pop())
            if c is None:
                continue
            k = self.cond_key(c)
            if k is not None:
                out.add(k[0])
            if c.type == "unary_expression" and _text(c.child_by_field_name("operator")) == "!":
                stack.append(c.child_by_field_name("operand"))
            elif c.type == "binary_expression" and _text(c.child_by_field_name("operator")) in ("&&", "||"):
                stack.extend((c.child_by_field_name("left"), c.child_by_field_name("right")))
        return out

    def stable_expr(self, expr: Node) -> bool:
        """An expression that gives the same value wherever the declaration evaluates it (:meth:`_pure`)."""
        return self._pure(expr)

    def _pure(self, expr: Node) -> bool:
        """An expression of variables and fields this declaration never assigns, literals, operators and
        ``len``/``cap``: two tests of it in one function give the same answer."""
        stack = [expr]
        while stack:
            n = stack.pop()
            t = n.type
            if t == "identifier":
                v = self.scopes.var(n)
                if v is not None and (v.addressed or v.assigned and not _loop_counter_at(v, n)):
                    return False
            elif t == "selector_expression":
                if self._stable_field(n) is None and not self._qualified(n):
                    return False
                continue
            elif t == "index_expression":
                # ``wg[0]`` of a variable never assigned, whose elements the declaration never sets
                operand = _unparen(n.child_by_field_name("operand"))
                index = _unparen(n.child_by_field_name("index"))
                v = self.scopes.var(operand) if operand is not None and operand.type == "identifier" else None
                if v is None or v.assigned or v.addressed or index is None or index.type != "int_literal" or \
                        any(_element_set(r) for r in v.refs):
                    return False
                continue
            elif t == "call_expression":
                fn = n.child_by_field_name("function")
                if fn is not None and fn.type == "selector_expression" and self._getters is not None and \
                        not _call_args(n):
                    # ``s.a.isBlocking()``: a getter of a field nothing sets after construction
                    callee = self.callee(n)[0]
                    if callee is not None and callee.key and "." in callee.key and self._getters(callee.key):
                        stack.append(fn.child_by_field_name("operand"))
                        continue
                if fn is None or _text(fn) not in ("len", "cap"):
                    return False
                args = n.child_by_field_name("arguments")
                stack.extend(args.named_children if args is not None else [])
                continue
            elif t in ("int_literal", "interpreted_string_literal", "true", "false", "nil", "float_literal",
                       "raw_string_literal", "rune_literal", "imaginary_literal"):
                continue   # not into a string's content and escape nodes
            elif t not in ("binary_expression", "unary_expression", "parenthesized_expression"):
                return False
            stack.extend(n.named_children)
        return True

    def is_flag(self, v: Var) -> bool:
        """A local bool set only to ``true``/``false`` literals in its own function (``lockHeld := false``, or
        ``var lockHeld bool``, false until set): its value on each path is tracked through the assignments.
        A deferred literal of that function may set it too (``defer func() { if locked { mu.Unlock();
        locked = false } }()``): it runs when the function leaves, after every test of the function's own."""
        got = self._flags.get(id(v))
        if got is not None:
            return got
        init = _unparen(v.value)
        ok = v.kind == "local" and not v.addressed and (
            (init is not None and init.type in ("true", "false")) or
            (v.value is None and v.type_node is not None and _text(v.type_node) == "bool"))   # ``var done bool``
        if ok:
            for node, value in v.assigns:
                value = _unparen(value)
                f = self.func_at(node)
                if value is None or value.type not in ("true", "false") or f is None or (
                        f.node.id != v.func.id and not (f.how == "defer" and f.parent is not None and
                                                        f.parent.node.id == v.func.id)):
                    ok = False
                    break
        self._flags[id(v)] = ok
        return ok

    def once_latch(self, node: Node, loop: Node) -> bool:
        """Does ``node`` (in ``loop``) run at most once: under ``if first { ... }`` (or ``if !sent``) in the
        loop, ``first`` a local bool declared before the loop with the value the test wants (``first :=
        true``), set in that if's own block (``first = false``, one of its statements, the block with no
        ``continue`` or ``goto``), and only ever set to the other value, in the same function? After the first
        time the block runs, the test fails for good."""
        for a in syntax.ancestors(node):
            if a.id == loop.id:
                return False
            if a.type in ("func_literal", "function_declaration", "method_declaration"):
                return False
            if a.type != "if_statement" or not syntax.inside(node, a.child_by_field_name("consequence")):
                continue
            cond = _unparen(a.child_by_field_name("condition"))
            want = True
            if cond is not None and cond.type == "unary_expression" and _text(cond.child_by_field_name("operator")) == "!":
                cond, want = _unparen(cond.child_by_field_name("operand")), False
            v = self.scopes.var(cond) if cond is not None and cond.type == "identifier" else None
            if v is None or v.kind != "local" or v.addressed or not v.assigns or syntax.inside(v.ident, loop):
                continue
            val = _unparen(v.value)
            start = val.type == "true" if val is not None and val.type in ("true", "false") else \
                (False if val is None and v.type_node is not None and _text(v.type_node) == "bool" else None)
            if start is not want:
                continue
            other = "false" if want else "true"
            block = a.child_by_field_name("consequence")
            mine = syntax.stmt_list(block)
            if any(x.type in ("continue_statement", "goto_statement") for x in syntax.walk(block, skip_funcs=True)):
                continue
            ok, here = True, False
            for at, value in v.assigns:
                stmt = at if at.type == "assignment_statement" else at.parent
                if _unparen(value) is None or _unparen(value).type != other or stmt is None or \
                        stmt.type != "assignment_statement" or self.func_at(stmt) is not self.func_at(a):
                    ok = False
                    break
                here = here or any(x.id == stmt.id for x in mine)
            if ok and here:
                return True
        return False

    def latch_done(self, v: Var) -> Place | None:
        """A local bool that starts false and is set only to ``true``, each time beside a ``wg.Done()`` of one
        WaitGroup in the same statement list (``if !first { first = true; wg.Done() }``): while it is true,
        that Done has run. The WaitGroup's place, or None. Also the other way round: one that starts true
        and is set only to ``false`` beside the Done (``pending := true``; ``if pending { pending = false;
        wg.Done() }``): while it is false, the Done has run (:meth:`latch_set_when`)."""
        key = ("latch", id(v))
        if key in self._flags:
            return self._flags[key]
        got = None
        val = _unparen(v.value)
        starts_false = val.type == "false" if val is not None else \
            (v.type_node is not None and _text(v.type_node) == "bool" and v.stmt.type == "var_declaration")
        starts_true = val is not None and val.type == "true"
        setting = "false" if starts_true else "true"
        if v.kind == "local" and not v.addressed and (starts_false or starts_true) and v.assigns:
            for node, value in v.assigns:
                value = _unparen(value)
                stmt = node if node.type == "assignment_statement" else node.parent
                if value is None or value.type != setting or stmt is None or stmt.type != "assignment_statement" or \
                        stmt.parent is None or stmt.parent.type != "statement_list":
                    got = None
                    break
                done = None
                for sib in stmt.parent.named_children:
                    call = sib.named_children[0] if sib.type == "expression_statement" and sib.named_children else None
                    e = self.effect_of_call(call) if call is not None else None
                    if e is not None and e.kind == DONE and e.place is not None:
                        done = e.place
                        break
                if done is None or (got is not None and done != got):
                    got = None
                    break
                got = done
        self._flags[key] = got
        return got

    def latch_set_when(self, v: Var) -> bool:
        """The value a latch (:meth:`latch_done`) holds once its Done ran: true, or false for one that
        starts true."""
        val = _unparen(v.value)
        return not (val is not None and val.type == "true")

    def latch_rules_out(self, guard: frozenset, place: Place) -> bool:
        """Does a path condition say a latch (:meth:`latch_done`) is set, i.e. that ``place.Done()`` ran?"""
        for key, value in guard:
            if key.startswith("latch:"):
                v = self.root_var(Place(key[len("latch:"):]))
                if v is not None and self.latch_done(v) == place and value == self.latch_set_when(v):
                    return True
        return False

    def flag_sets(self, n) -> list[tuple[str, bool]]:
        """``flag = true`` (or the declaration ``flag := false``) at CFG node ``n``: (key, value)."""
        ast = n.ast
        if ast is None or ast.type not in ("assignment_statement", "short_var_declaration", "var_declaration"):
            return []
        out = []
        if ast.type == "assignment_statement":
            left = ast.child_by_field_name("left")
            right = ast.child_by_field_name("right")
            pairs = zip(left.named_children if left else [], right.named_children if right else [])
        elif ast.type == "short_var_declaration":
            left = ast.child_by_field_name("left")
            right = ast.child_by_field_name("right")
            pairs = zip(left.named_children if left else [], right.named_children if right else [])
        else:
            pairs = []
            specs = [c for c in ast.named_children if c.type == "var_spec"] + \
                [c for l in ast.named_children if l.type == "var_spec_list" for c in l.named_children
                 if c.type == "var_spec"]   # (``var ( ... )``)
            for spec in specs:
                value = spec.child_by_field_name("value")
                names = spec.children_by_field_name("name")
                # ``var locked bool``: false until set
                pairs += list(zip(names, value.named_children if value else [None] * len(names)))
        for x, val in pairs:
            if x.type != "identifier":
                continue
            v = self.scopes.var(x)
            val = _unparen(val)
            if v is not None and self.is_flag(v) and (val is None or val.type in ("true", "false")):
                out.append(("flag:" + self.var_place(v).root, val is not None and val.type == "true"))
        return out

    @staticmethod
    def _stable(v: Var, at: Node) -> bool:
        """Does the variable still hold the value it had at the start when ``at`` tests it?

        Never assigned; or a parameter first assigned later in the source (``if key == nil
        { key = def }``): a later test, after the assignment, is not stable.
        """
        if v.addressed:
            return False
        if not v.assigned:
            return True
        if v.is_param:
            return v.first_assign > at.start_byte
        return v.kind == "local" and _assigned_before(v, at)

    def locked_pointer(self, v: Var) -> bool:
        """A local pointer declared nil (``var mu *sync.Mutex``) and assigned by one statement only, right
        followed by ``mu.Lock()`` (or ``RLock``): ``mu != nil`` then says that lock was taken (a Lock
        through a nil pointer would have panicked). The lock model keys the lock's fact by it."""
        got = self._flags.get(("lp", id(v)))
        if got is None:
            got = False
            if v.kind == "local" and v.value is None and not v.addressed and len(v.assigns) == 1 and \
                    v.type_node is not None and v.type_node.type == "pointer_type":
                stmt = v.assigns[0][0]
                while stmt is not None and stmt.type not in ("assignment_statement", "short_var_declaration"):
                    stmt = stmt.parent
                nxt = stmt.next_named_sibling if stmt is not None else None
                call = nxt.named_children[0] if nxt is not None and nxt.type == "expression_statement" and \
                    nxt.named_children else None
                got = call is not None and call.type == "call_expression" and \
                    syntax.call_name(call) in ((v.name, "Lock"), (v.name, "RLock"))
            self._flags[("lp", id(v))] = got
        return got

    def nonnil_by_lock(self, place: Place | None) -> frozenset:
        """The condition a ``Lock`` through a :meth:`locked_pointer` establishes: ``mu != nil``."""
        if place is None or place.path or place.is_global:
            return frozenset()
        v = next((x for x in self.scopes.vars if x.kind == "local" and self.var_place(x) == place), None)
        if v is None or not self.locked_pointer(v):
            return frozenset()
        return frozenset({("nilk:" + self._cond_root(v), False)})

    def _cond_root(self, v: Var) -> str:
        """Key of a variable in conditions: ``p:i`` for parameters (also of a closure called by name)."""
        if v.kind == "param" and v.func.type == "func_literal":
            f = self.func_of_node.get(v.func.id)
            if f is not None and f.how == "value":
                return f"lp:{v.index}"
        return self.var_place(v).root

    def _captures(self) -> dict[str, list[Node]]:
        """The candidate query's captures in the declaration (the context's, or queried once here)."""
        if self._caps is None:
            self._caps = syntax.captures(self.unit)
        return self._caps

    def _assigned(self) -> dict[str, list[Node]]:
        """The selectors this declaration assigns (``s.f = v``, ``s.n++``), and the package variables
        (identifiers no local declares: ``fastPath = false``), by text: the statements assigning each."""
        if self._assigned_fields is None:
            self._assigned_fields = {}
            caps = self._captures()
            for n in list(caps.get("assign", ())) + list(caps.get("incdec", ())):
                left = n.child_by_field_name("left") if n.type == "assignment_statement" else n
                for x in (left.named_children if left is not None else []):
                    if x.type == "selector_expression" or (x.type == "identifier" and self.scopes.var(x) is None):
                        self._assigned_fields.setdefault(_text(x), []).append(n)
        return self._assigned_fields

    def _stable_field(self, sel: Node) -> str | None:
        """``s.f`` / ``s.a.b`` rooted at a variable, a field this declaration does not assign before the
        test ``sel`` (never, or only later in the source and in no loop around both): a stable key."""
        text = _text(sel)
        if "(" in text:
            return None
        assigns = self._assigned().get(text)
        if assigns and not all(a.start_byte > sel.end_byte and not any(
                lp.type == "for_statement" and syntax.inside(a, lp) for lp in syntax.ancestors(sel, self.unit))
                for a in assigns):
            return None
        if sel.type == "selector_expression" and \
                (self.types.of(sel.child_by_field_name("operand")) or "").startswith("*") and \
                self._read_across_lock(text):
            return None   # (a field of a value behind a pointer, which other goroutines share)
        place = self.place(sel)
        if place is None or not place.path:
            return None
        return "f:" + place.root + "." + ".".join(place.path)

    def _read_across_lock(self, text: str) -> bool:
        """Does the declaration read the field ``text`` (``x.initialized``) both before and after a
        ``Lock()``/``RLock()`` call of its own, in the source, that is not itself taken under a test of the
        field (``if s.blockWrite { s.mu.Lock() }``, ``if fs, ok := s.store.(*fileStore); ok { fs.mu.Lock() }``:
        conditional locking keyed on it)? Taking a lock is where other goroutines' writes show: a
        double-checked test (``RLock``, ``if x.initialized``, ``RUnlock``, ``Lock``, ``if x.initialized``
        again) may find another value the second time."""
        got = self._flags.get(("xlock", text))
        if got is None:
            src = self.unit.text or b""
            base = self.unit.start_byte
            reads = [base + m.start() for m in re.finditer(re.escape(text.encode()) + rb"(?![\w(])", src)]
            got = False
            if len(reads) > 1 and re.search(rb"\.R?Lock\(\)", src):
                for call in (n for n in syntax.walk(self.unit) if n.type == "call_expression"):
                    if not reads[0] < call.start_byte < reads[-1] or syntax.call_name(call)[1] not in ("Lock", "RLock"):
                        continue
                    if not any(a.type == "if_statement" and (text in _text(a.child_by_field_name("condition")) or
                                                             text in _text(a.child_by_field_name("initializer")))
                               for a in syntax.ancestors(call, self.unit)):
                        got = True
                        break
            self._flags[("xlock", text)] = got
        return got

    def _set_by_call_before(self, cond: Node, key: str) -> bool:
        """Is the field of ``key`` (``f:...`` or ``nil:f:...``) maybe set, before the test ``cond`` (or in a
        loop around it), by a call of this declaration to a package function that may set it
        (``l.lazyInit(ctx)`` setting ``l.res`` between two tests of it)? Then the test may answer otherwise
        than an earlier one."""
        field = key.rsplit(".", 1)[-1]
        return any(c.start_byte < cond.start_byte or any(
            lp.type == "for_statement" and syntax.inside(c, lp) for lp in syntax.ancestors(cond, self.unit))
            for c in self._setter_calls_of(field))

    def _setter_calls_of(self, field: str) -> list[Node]:
        """The calls of this declaration to package declarations whose text may set a field named ``field``
        (:meth:`PackageModel.field_setters`): a test of such a field before and after one may differ."""
        got = self._setter_calls.get(field)
        if got is None:
            got = []
            setters = set(self._field_setters(field)) if self._field_setters is not None else set()
            if setters:
                for n in _descendants(self.unit, "call_expression"):
                    callee = self.callee(n)[0]
                    if callee is not None and callee.key in setters:
                        got.append(n)
            self._setter_calls[field] = got
        return got

    def _qualified(self, sel: Node) -> bool:
        """``pkg.Name``: a name of an imported package (``runtime.GOOS``), or a field path from one
        (``conf.Global.Mode``), that this declaration never assigns. Its root is no variable of the
        function or of the package."""
        operand = sel.child_by_field_name("operand")
        while operand is not None and operand.type == "selector_expression":   # ``conf.Global.Mode``
            operand = operand.child_by_field_name("operand")
        if operand is None or operand.type != "identifier" or self.scopes.var(operand) is not None or \
                _text(operand) in self.index.vars:
            return False
        return _text(sel) not in self._assigned()

    def trylock(self, cond: Node | None) -> tuple[Place, str, bool] | None:
        """``mu.TryLock()`` / ``!mu.TryRLock()`` as a condition: (mutex, mode, positive)."""
        cond = _unparen(cond)
        positive = True
        while cond is not None and cond.type == "unary_expression" and \
                _text(cond.child_by_field_name("operator")) == "!":
            positive = not positive
            cond = _unparen(cond.child_by_field_name("operand"))
        if cond is not None and cond.type == "binary_expression":
            return self._ctx_lock(cond, positive)
        if cond is None or cond.type != "call_expression":
            return None
        fn = _unparen(cond.child_by_field_name("function"))
        if fn is None or fn.type != "selector_expression":
            return None
        name = _text(fn.child_by_field_name("field"))
        if name not in ("TryLock", "TryRLock") or _call_args(cond):
            return None   # (``locks.TryLock(key)``: a lock per key, as ``Lock(key)``, which no flow follows)
        place = self.place(fn.child_by_field_name("operand"))
        if place is None:
            return None
        return place, ("w" if name == "TryLock" else "r"), positive

    def _ctx_lock(self, cond: Node, positive: bool) -> tuple[Place, str, bool] | None:
        """``if err := mu.LockWithContext(ctx); err == nil {`` (or ``err != nil``): a lock that gives up with
        an error (``LockContext``, ``RLockCtx``...), held when the error is nil."""
        op = _text(cond.child_by_field_name("operator"))
        left, right = _unparen(cond.child_by_field_name("left")), _unparen(cond.child_by_field_name("right"))
        if op not in ("==", "!=") or right is None or right.type != "nil" or left is None or \
                left.type != "identifier":
            return None
        stmt = cond.parent
        while stmt is not None and stmt.type in ("parenthesized_expression", "unary_expression"):
            stmt = stmt.parent
        init = stmt.child_by_field_name("initializer") if stmt is not None and stmt.type == "if_statement" else None
        if init is None or init.type != "short_var_declaration":
            return None
        names, vals = init.child_by_field_name("left"), init.child_by_field_name("right")
        if names is None or vals is None or names.named_child_count != 1 or vals.named_child_count != 1 or \
                _text(names.named_children[0]) != _text(left):
            return None
        call = _unparen(vals.named_children[0])
        fn = _unparen(call.child_by_field_name("function")) if call.type == "call_expression" else None
        if fn is None or fn.type != "selector_expression":
            return None
        m = _CTX_LOCK.fullmatch(_text(fn.child_by_field_name("field")))
        place = self.place(fn.child_by_field_name("operand")) if m is not None else None
        if place is None:
            return None
        return place, ("r" if m.group(1) else "w"), positive == (op == "==")

    def known_nil(self, ident: Node, at: Node) -> bool:
        """Is the variable ``ident`` names nil on every path to ``at`` (``if err != nil { return }`` above
        it, and not assigned since)?"""
        v = self.scopes.var(ident) if ident is not None and ident.type == "identifier" else None
        f = self.func_at(at)
        g = self.cfg(f) if f is not None and v is not None else None
        if g is None:
            return False
        n = _node_at(g, at)
        if n is None:
            return False
        if ("nil:" + self._cond_root(v), True) in self.guard_literals_to(g, n):
            return True
        return ("nilv", True) in self._nil_flow(f, g, v).get(n.id, frozenset())

    def _nil_flow(self, f, g, v: Var) -> dict[int, frozenset]:
        """Where a local assigned more than once (``err``) is nil on every path: after ``if err != nil {
        return }`` (or ``err = nil``), until a statement assigns it again. Empty when it is not a local of
        ``f`` that only ``f`` assigns (a closure could set it at any time), or its address is taken."""
        key = ("nilflow", f.node.id, v.ident.id)
        got = self._must.get(key)
        if got is not None:
            return got
        got = {}
        if v.kind == "local" and not v.addressed and all(self.func_at(a) is f for a, _ in v.assigns) and \
                self.func_at(v.ident) is f:
            kill: dict[int, frozenset] = {}
            gen: dict[int, frozenset] = {}
            decl_nil = v.value is None and v.stmt is not None and v.stmt.type == "var_declaration"
            sets = [(v.ident, v.value, decl_nil)] + [(a, val, val is not None and _unparen(val).type == "nil")
                                                       for a, val in v.assigns]
            ok = True
            for a, _val, nil in sets:
                cn = _node_at(g, a)
                if cn is None:
                    ok = False
                    break
                if nil:
                    gen[cn.id] = frozenset({("nilv", True)})
                else:
                    kill[cn.id] = frozenset({"nilv"})
            if ok:
                def cond_key(c):
                    if c is None or c.type != "binary_expression":
                        return None
                    op = _text(c.child_by_field_name("operator"))
                    left, right = _unparen(c.child_by_field_name("left")), _unparen(c.child_by_field_name("right"))
                    if op in ("==", "!=") and right is not None and right.type == "nil" and left is not None and \
                            left.type == "identifier" and self.scopes.var(left) is v:
                        return "nilv", op == "=="
                    return None
                from .flow import must_conditions
                got = must_conditions(g, cond_key, kill, gen)
        self._must[key] = got
        return got

    def captured_nil(self, ident: Node, at: Node, requires_nil: Callable[[Node], Node | None]) -> bool:
        """Is the local ``ident`` names, declared by a function enclosing the literal that runs ``at``, nil
        whenever that literal runs? Only the declaring function assigns it (no literal does); it is nil
        where the outermost literal holding ``at`` is made — an earlier statement of an enclosing block
        stops unless it is (``requires_nil(call)``: the argument that must be nil, ``err`` of
        ``require.NoError(t, err)``), with no assignment in between, or a guard shows it (``if err != nil
        { return }``) —; and no assignment of it is
        reachable from there (``port, err := free(); require.NoError(t, err); go func() {
        require.NoError(t, err) ... }()``)."""
        v = self.scopes.var(ident) if ident is not None and ident.type == "identifier" else None
        f = self.func_at(at)
        if v is None or f is None or v.kind != "local" or v.addressed or v.func.id == f.node.id:
            return False
        owner = self.func_at(v.func)
        if owner is None or any(self.func_at(a) is not owner for a, _ in v.assigns):
            return False
        lit = f.node
        while True:   # the outermost literal inside the declaring function
            outer = self.func_at(lit.parent) if lit.parent is not None else None
            if outer is None:
                return False
            if outer is owner:
                break
            lit = outer.node
        g = self.cfg(owner)
        start = _node_at(g, lit) if g is not None else None
        if start is None:
            return False
        from . import cfg as cfgmod
        for a, _ in v.assigns:
            an = _node_at(g, a)
            if an is None or an.id == start.id or cfgmod.reaches(start, an):
                return False
        if ("nil:" + self._cond_root(v), True) in self.guard_literals_to(g, start):
            return True
        cur = lit   # an earlier statement of an enclosing block that stops unless it is nil
        while cur is not None and cur.id != owner.node.id:
            if cur.parent is not None and cur.parent.type in ("block", "statement_list"):
                for stmt in cur.parent.named_children:
                    if stmt.start_byte >= cur.start_byte:
                        break
                    call = stmt.named_children[0] if stmt.type == "expression_statement" and \
                        stmt.named_children else None
                    arg = _unparen(requires_nil(call)) if call is not None and call.type == "call_expression" \
                        else None
                    if arg is None or arg.type != "identifier" or self.scopes.var(arg) is not v:
                        continue
                    sn = _node_at(g, stmt)
                    if sn is not None and not any(
                            (an := _node_at(g, a)) is None or cfgmod.reaches(sn, an) for a, _ in v.assigns):
                        return True
            cur = cur.parent
        return False

    def field_zero_at(self, expr: Node | None, field: str, at: Node, made=None) -> bool:
        """Is ``expr.field`` still its zero value (nil, false) when ``at`` runs, as far as this declaration
        shows? ``expr`` is a local variable made here by a composite literal that leaves the field out
        (``dc := &conn{l: l}``, ``new(conn)``) — or by a call ``made(call)`` accepts (a constructor that
        does) —, never reassigned nor addressed, and every statement of the declaration that sets a
        ``.field`` (or takes its address) sets ``expr.field``, in the function that runs ``at``, with no
        path from it to ``at``. (Whether other declarations set the field is the package model's question.)"""
        expr = _unparen(expr)
        v = self.scopes.var(expr) if expr is not None and expr.type == "identifier" else None
        if v is None or v.kind != "local" or v.assigned or v.addressed:
            return False
        value = _unparen(v.value)
        if not leaves_out(value, field) and not (
                made is not None and value is not None and value.type == "call_expression" and made(value)):
            return False
        from . import cfg as cfgmod
        f = self.func_at(at)
        g = self.cfg(f) if f is not None else None
        end = _node_at(g, at) if g is not None else None
        if end is None:
            return False
        for sel in syntax.walk(self.unit):
            if sel.type != "selector_expression" or _text(sel.child_by_field_name("field")) != field or \
                    not _sets(sel):
                continue
            operand = _unparen(sel.child_by_field_name("operand"))
            w = self.scopes.var(operand) if operand is not None and operand.type == "identifier" else None
            if w is not v:
                if w is not None and w.kind == "local" and not w.assigned and not w.addressed and \
                        _made(w.value) is not None:
                    continue      # another value made here (``dc := &conn{}`` of another branch)
                return False      # set on another value, which may be an alias of this one
            if self.func_at(sel) is not f:
                return False      # set by another function of the declaration (a goroutine, a closure)
            start = _node_at(g, sel)
            if start is None or start.id == end.id or cfgmod.reaches(start, end):
                return False
        return True

    def result_at(self, ident: Node | None, at: Node) -> tuple[Node, int, int] | None:
        """The call whose result the local ``ident`` holds where ``at`` runs, with the result's index and
        the number taken: the variable's declaration or an assignment that is an earlier statement of the
        same statement list as ``at``'s, with no other assignment of it in between
        (``j, ok = q.pop(); require.True(t, ok)``), or its declaration in a block around ``at`` when nothing
        assigns it again (``err := f(); if want != nil { ... } else { require.NoError(t, err) }``)."""
        ident = _unparen(ident)
        v = self.scopes.var(ident) if ident is not None and ident.type == "identifier" else None
        if v is None or v.kind != "local" or v.addressed:
            return None
        stmt = at
        while stmt.parent is not None and stmt.parent.type not in ("statement_list", "block"):
            stmt = stmt.parent
        if stmt.parent is None:
            return None
        defs = [v.stmt] + [a for a, _ in v.assigns]
        before = [d for d in defs if d.parent is not None and d.parent.id == stmt.parent.id and
                  d.end_byte <= stmt.start_byte]
        if not before and not v.assigns and v.stmt is not None and v.stmt.parent is not None and \
                v.stmt.end_byte <= stmt.start_byte and syntax.inside(stmt, v.stmt.parent):
            before = [v.stmt]   # never assigned again: where ``at`` runs, below it, it holds what it was declared with
        if not before:
            return None
        d = max(before, key=lambda x: x.start_byte)
        if any(d.end_byte <= a.start_byte < stmt.start_byte for a in defs if a.id != d.id):
            return None   # assigned again in between (in a nested statement)
        if d.type not in ("short_var_declaration", "assignment_statement"):
            return None
        left, right = d.child_by_field_name("left"), d.child_by_field_name("right")
        names = left.named_children if left is not None else []
        vals = right.named_children if right is not None else []
        op = d.child_by_field_name("operator")
        if len(vals) != 1 or (d.type == "assignment_statement" and (op is None or op.type != "=")):
            return None
        call = _unparen(vals[0])
        i = next((i for i, x in enumerate(names) if x.type == "identifier" and x.text == ident.text), None)
        if call is None or call.type != "call_expression" or i is None:
            return None
        return call, i, len(names)

    def guard_literals_to(self, g, n) -> frozenset:
        """Trackable conditions that hold on every path to CFG node ``n`` (``if !locked { <n> }``)."""
        key = g.fn.id
        got = self._must.get(key)
        if got is None:
            from .flow import must_conditions
            got = must_conditions(g, self.cond_key)
            self._must[key] = got
        return got.get(n.id, frozenset())

    # ---------------------------------------------------------------- calls
    def callee(self, call: Node) -> tuple[Callee | None, tuple[Place | None, ...], tuple[object, ...]]:
        """What a call expression runs, the places of its receiver+arguments, and its literal arguments."""
        fn = _unparen(call.child_by_field_name("function"))
        args = _call_args(call)
        consts = tuple(_const(a) for a in args)
        if fn is None:
            return None, (), ()
        if fn.type == "func_literal":
            return Callee(literal=fn.id), tuple(self.place(a) for a in args), consts
        if fn.type == "identifier":
            v = self.scopes.var(fn)
            if v is None:
                name = _text(fn)
                if name in self.index.funcs:
                    return Callee(key=name), tuple(self.place(a) for a in args), consts
                return None, (), ()
            # a local closure: f := func(){...}; f()
            if not self.assigned(v):
                lit = _unparen(v.value) if v.value is not None else None
                if lit is not None and lit.type == "func_literal":
                    return Callee(literal=lit.id, params=self._closure_params(lit)), \
                        tuple(self.place(a) for a in args), consts
                if lit is not None and lit.type in ("selector_expression", "identifier", "call_expression"):
                    # method value (f := s.close) or a constructor of a closure (unlock := s.lockFor(x))
                    got = self._func_value(lit)
                    if got is not None:
                        return got[0], got[1] + tuple(self.place(a) for a in args), got[2] + consts
            if v.kind == "param" and v.func.id == self.unit.id:
                return Callee(param=self._param_index(v)), tuple(self.place(a) for a in args), consts
            return Callee(place=self.var_place(v)), tuple(self.place(a) for a in args), consts
        if fn.type == "selector_expression":
            operand = fn.child_by_field_name("operand")
            name = _text(fn.child_by_field_name("field"))
            if self.types.own(operand):   # ``foo.New(x)`` from package foo_test: the package's own function
                if name in self.index.funcs:
                    return Callee(key=name), tuple(self.place(a) for a in args), consts
                return None, (), ()
            ot = self.types.of(operand)
            if ot is not None:
                m, path, _lib = self.index.method(ot, name)
                if m is not None:
                    recv = self.place(operand)
                    recv = recv.extend(path) if recv is not None else None
                    return Callee(key=m.key), (recv,) + tuple(self.place(a) for a in args), (None,) + consts
                fld = self.index.field(ot, name)
                if fld is not None and fld[0].startswith("func"):
                    return Callee(place=self.place(fn)), tuple(self.place(a) for a in args), consts
            return None, (), ()
        return None, (), ()

    def _value_effect(self, value: Node, call: Node, depth: int = 0) -> Effect | None:
        """The effect of calling a func value: ``mu.Unlock`` (method value of a mutex), ``wg.Done``, a literal,
        ``sync.OnceFunc(f)`` — as if the value were called at ``call``."""
        value = _unparen(value)
        if value is None or depth > 3:
            return None
        if value.type == "func_literal":
            return Effect(CALL, call, None, callee=Callee(literal=value.id))
        if value.type == "selector_expression":
            operand = value.child_by_field_name("operand")
            name = _text(value.child_by_field_name("field"))
            if name not in LOCK_KINDS and name not in (DONE, WAIT):
                return None
            ot = self.types.of(operand)
            m, path, lib = self.index.method(ot, name) if ot is not None else (None, (), None)
            if m is not None:
                return None
            kind = self._sync_kind(operand, ot, lib)   # (``m.Unlock`` of a struct embedding the mutex: its path)
            recv = self.place(operand)
            if recv is not None and path:
                recv = recv.extend(path)
            if name in LOCK_KINDS and (kind in ("Mutex", "RWMutex") or (ot is None and self._lockish(operand, name))):
                return Effect(name, call, recv)
            if name in (DONE, WAIT) and (kind == "WaitGroup" or (ot is None and self._wgish(operand, name))):
                return Effect(name, call, recv)   # done := wg.Done; defer done()
            return None
        if value.type == "call_expression":
            fn = _unparen(value.child_by_field_name("function"))
            if fn is not None and _text(fn) in ("sync.OnceFunc",):
                args = _call_args(value)
                return self._value_effect(args[0], call, depth + 1) if args else None
        if value.type == "identifier":
            v = self.scopes.var(value)
            if v is not None and not v.assigned and v.value is not None:
                return self._value_effect(v.value, call, depth + 1)
        return None

    def func_value(self, expr: Node) -> tuple[Callee, tuple, tuple] | None:
        """The package function a func value not called here names, as :meth:`callee` gives a call's: a
        method value (``task.run``, its receiver the one argument) or a package function's name (``work``,
        no arguments: what it is given is not known here)."""
        expr = _unparen(expr)
        if expr is not None and expr.type == "identifier":
            return (Callee(key=_text(expr)), (), ()) if self.scopes.var(expr) is None and \
                _text(expr) in self.index.funcs else None
        return self._func_value(expr) if expr is not None and expr.type == "selector_expression" else None

    def _func_value(self, expr: Node):
        """A func value: ``s.close`` (method value) -> its method; ``g(x)`` returning a literal -> unknown."""
        expr = _unparen(expr)
        if expr.type == "selector_expression":
            operand = expr.child_by_field_name("operand")
            name = _text(expr.child_by_field_name("field"))
            ot = self.types.of(operand)
            if ot is not None:
                m, path, _ = self.index.method(ot, name)
                if m is not None:
                    recv = self.place(operand)
                    return Callee(key=m.key), ((recv.extend(path) if recv else None),), (None,)
        if expr.type == "call_expression":
            c, args, consts = self.callee(expr)
            if c is not None and c.key is not None:
                return Callee(key=c.key + "#ret"), args, consts
        return None

    # -------------------------------------------------------------- effects
    def go_calls(self) -> list[tuple[Func, object, Effect]]:
        """Every call a ``go`` statement of the declaration runs later, in every function of it: (the
        starting Func, the go statement's CFG node, the call effect; its ``callee`` may be None). Computed
        once."""
        got = self.__dict__.get("_go_calls")
        if got is None:
            got = self.__dict__["_go_calls"] = []
            for f in self.funcs:
                g = self.cfg(f)
                for n in (g.nodes if g is not None else ()):
                    if n.kind == GO:
                        got += [(f, n, x) for e in self.node_effects(g, n) if e.kind == GO
                                for x in e.inner if x.kind == CALL]
        return got

    def node_effects(self, g, n) -> list[Effect]:
        """Effects of CFG node ``n`` of graph ``g`` (computed once)."""
        key = (g.fn.id, n.id)
        cache = self._effects
        got = cache.get(key)
        if got is None:
            got = self._extract(n)
            cache[key] = got
        return got

    def _stop(self, call: Node, operand: Node, name: str) -> Effect | None:
        """``t.Fatal(...)`` on a testing parameter or ``require.X(t, ...)`` (testify): STOP on ``t``."""
        if operand.type != "identifier":
            return None
        if name in _STOP_METHODS:
            if self._testing(operand):
                return Effect(STOP, call, self.place(operand))
            return None
        if operand.text == b"require" and self.scopes.var(operand) is None:
            args = _call_args(call)
            if args and args[0].type == "identifier" and self._testing(args[0]):
                return Effect(STOP, call, self.place(args[0]))
        return None

    def _testing(self, ident: Node) -> bool:
        v = self.scopes.var(ident)
        if v is None or v.type_node is None:
            return False
        return _text(v.type_node).replace(" ", "") in TESTING_TYPES

    def effect_of_call(self, call: Node) -> Effect | None:
        """The effect of one call expression (CALL with its callee and argument places, LOCK, SEND...)."""
        if call is None or call.type != "call_expression":
            return None
        memo = self.__dict__.setdefault("_call_effects", {})
        if call.id not in memo:
            memo[call.id] = self._effect_of(call)
        return memo[call.id]

    def _extract(self, n) -> list[Effect]:
        ast = n.ast
        if ast is None:
            return []
        k = n.kind
        if k in ("go", "defer"):
            e = self._go_defer(ast)
            return [*e.pre, e]   # (the function value and the arguments are evaluated now, in this goroutine)
        roots: list[Node] = []
        if k in ("stmt", "label") and ast.type != "labeled_statement":
            roots = [ast]
        elif k == "cond":
            if ast.type == "for_statement":
                cond = syntax.for_condition(ast)
                roots = [cond] if cond is not None else []
            elif ast.type != "if_statement":
                roots = [ast]
        elif k == "range":
            rc = next((c for c in ast.named_children if c.type == "range_clause"), None)
            right = rc.child_by_field_name("right") if rc is not None else None
            out = self._collect(right) if right is not None else []
            p = self.place(right)
            rt = self.index.underlying(self.types.of(right)) if right is not None else None
            if right is not None and (is_chan(rt) or (rt is None and p is not None)):
                out.append(Effect(RANGE, ast, p))   # unknown types: ranges over a variable may be a channel
            return out
        elif k == "switch":
            v = ast.child_by_field_name("value")
            roots = [v] if v is not None else []
        elif k == "case":
            if ast.type == "expression_case":
                roots = list(ast.children_by_field_name("value"))
        elif k == "comm":
            comm = ast.child_by_field_name("communication")
            if comm is not None:
                out = self._collect(comm)
                for e in out:
                    if e.kind in (SEND, RECV) and e.select_case is None:
                        e.select_case = ast
                return out
        out: list[Effect] = []
        for r in roots:
            out.extend(self._collect(r))
        return out

    def _collect(self, root: Node) -> list[Effect]:
        """Effects inside an expression or simple statement, post-order (arguments before the call). The
        candidate nodes come from one query over the declaration (``_effect_nodes``), not a walk."""
        nodes, starts = self._effect_nodes()
        start, end = root.start_byte, root.end_byte
        got = []
        skip_to = -1
        for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            n = nodes[i]
            if n.start_byte < skip_to or n.end_byte > end:
                continue   # in a func literal (its body runs when called: CALL effects of it), or not in root
            if n.type == "func_literal":
                skip_to = n.end_byte
                continue
            got.append(n)
        got.sort(key=_post_order)
        out: list[Effect] = []
        for n in got:
            e = self._effect_of(n)
            if e is not None:
                out.append(e)
        return out

    def _effect_nodes(self) -> tuple[list[Node], list[int]]:
        """The declaration's calls, sends, unary expressions and func literals, by position (outer first)."""
        if self._effect_index is None:
            cursor = QueryCursor(_EFFECT_QUERY)
            nodes = cursor.captures(self.unit).get("n", [])
            nodes.sort(key=_pre_order)
            self._effect_index = (nodes, [n.start_byte for n in nodes])
        return self._effect_index

    def _effect_of(self, n: Node) -> Effect | None:
        t = n.type
        if t == "send_statement":
            return Effect(SEND, n, self.place(n.child_by_field_name("channel")))
        if t == "unary_expression":
            if _text(n.child_by_field_name("operator")) == "<-":
                return Effect(RECV, n, self.place(n.child_by_field_name("operand")))
            return None
        if t != "call_expression":
            return None
        fn = _unparen(n.child_by_field_name("function"))
        if fn is None:
            return None
        if fn.type == "identifier" and self.scopes.var(fn) is None:
            name = _text(fn)
            if name == "close":
                args = _call_args(n)
                return Effect(CLOSE, n, self.place(args[0]) if args else None)
        if fn.type == "selector_expression":
            operand = fn.child_by_field_name("operand")
            name = _text(fn.child_by_field_name("field"))
            stop = self._stop(n, operand, name)
            if stop is not None:
                return stop
            ot = self.types.of(operand)
            m, path, lib = self.index.method(ot, name) if ot is not None else (None, (), None)
            if m is not None and name in (LOCK, UNLOCK) and self._chan_locks is not None and \
                    not _call_args(n) and self._chan_locks(m.key):
                recv = self.place(operand)   # ``m.Lock()`` of a one-slot channel's mutex: as a sync.Mutex's
                return Effect(name, n, recv.extend(path) if recv is not None and path else recv)
            if m is not None and name == "Do" and self._onces is not None:
                callee = self.callee(n)[0]
                args = _call_args(n)
                if callee is not None and callee.key and len(args) == 1 and self._onces(callee.key):
                    inner = self._value_effect(args[0], n)   # ``once.Do(mu.Unlock)``: as sync.Once's Do
                    if inner is not None:
                        return inner
            if m is None:
                kind = self._sync_kind(operand, ot, lib)
                if kind is None and name in LOCK_KINDS and ot is not None and self._lock_types is not None and \
                        "." in (base_name(ot) or ""):
                    kind = self._lock_types(ot)   # (``x.rts.Lock()``, ``rts *routes.LPM`` embedding a sync.RWMutex)
                recv = self.place(operand)
                if recv is not None and path:
                    recv = recv.extend(path)
                chained = _chained_lock(n, name)
                if ot is None and recv is None and chained is not None:
                    operand = chained   # ``x.Lock().Unlock()``: the second call acts on ``x`` too
                    recv = self.place(operand)
                release = _named_release(name)
                if release is not None and kind in ("Mutex", "RWMutex", None) and not _call_args(n) and \
                        not _value_used(n) and (kind is not None or self._lockish(operand, release)):
                    # ``l.UnlockWithoutNotify()`` of a lock type goleash does not read: a release, as its name says
                    return Effect(release, n, None if recv is not None and self._per_element(operand, n) else recv)
                # (a wrapper's ``Lock`` whose result is used, ``if err := m.Lock(); ...``, is another kind of lock)
                if kind in ("Mutex", "RWMutex", None) and name in LOCK_KINDS and not _call_args(n) and \
                        ((kind is not None and (sync_kind(lib or ot) is not None or not _value_used(n))) or
                         (kind is None and self._lockish(operand, name) and
                          (chained is not None or not _value_used(n)))):
                    if recv is not None and self._per_element(operand, n):
                        recv = None   # ``w.shards[i].mu.Lock()`` in a loop over i: a mutex per turn, not one
                    return Effect(name, n, recv)
                if kind in ("WaitGroup", None) and name in WG_KINDS and (kind is not None or self._wgish(operand, name)):
                    cnt = None
                    if name == ADD:
                        args = _call_args(n)
                        c = _const(args[0]) if args else None
                        cnt = c if isinstance(c, int) and not isinstance(c, bool) else None
                    return Effect(name, n, recv, count=cnt)
                if kind == "Cond" and name in ("Wait", "Signal", "Broadcast"):
                    return Effect(CWAIT if name == "Wait" else name, n, recv)
                if kind == "Once" and name == "Do":
                    args = _call_args(n)
                    inner = self._value_effect(args[0], n) if args else None
                    return inner if inner is not None else Effect(ONCE, n, recv)
                if (ot in ("context.CancelFunc", "context.CancelCauseFunc")):
                    return None
        if fn.type == "identifier":
            v = self.scopes.var(fn)
            # (a local closure, ``wait("a", done)``, is :meth:`callee`'s: its parameters are these arguments)
            if v is not None and not v.assigned and v.value is not None and _unparen(v.value).type != "func_literal":
                direct = self._value_effect(v.value, n)
                if direct is not None:
                    return direct
        callee, args, consts = self.callee(n)
        if callee is None and fn.type == "selector_expression":
            stringer = self._formatted_stringer(n, fn)
            if stringer is not None:
                return stringer
        if callee is None:
            passed = tuple(self.place(a) for a in _call_args(n))
            if fn.type == "selector_expression":   # x.Method(...) of another package's type may use x too
                passed += (self.place(fn.child_by_field_name("operand")),)
            if any(p is not None for p in passed):
                return Effect(PASS, n, None, args=passed)
            return None
        if callee.place is not None or callee.param is not None:
            t = self._func_value_type(fn)
            if t in ("context.CancelFunc", "context.CancelCauseFunc") or (
                    t is None and callee.place is not None and _text(fn).lower().endswith("cancel")):
                return Effect(CANCEL, n, callee.place if callee.place is not None
                              else Place(f"p:{callee.param}"), callee=callee, args=args, consts=consts)
        return Effect(CALL, n, None, callee=callee, args=args, consts=consts)

    def _formatted_stringer(self, call: Node, fn: Node) -> Effect | None:
        """``fmt.Printf("... %s", rdc)``, ``log.Println(rdc)``: fmt calls the ``String`` method of an operand
        that has one, so the call runs it. The call of a package method ``String`` with a pointer receiver
        on the first such operand a string verb formats (``%s``, ``%v``, ``%q``, ``%x``, ``%X``; any operand of
        ``Print``/``Println``/``Sprint``...), as if written ``rdc.String()`` there; None otherwise."""
        operand = fn.child_by_field_name("operand")
        name = _text(fn.child_by_field_name("field"))
        pkg = _text(operand) if operand is not None and operand.type == "identifier" else ""
        if pkg not in _FORMATTERS or name not in _FORMATTERS[pkg] or self.scopes.var(operand) is not None:
            return None
        args = _call_args(call)
        if name.startswith("F"):
            args = args[1:]   # (the writer)
        if name.endswith("f"):
            fmt_arg = _unparen(args[0]) if args else None
            verbs = _format_verbs(fmt_arg)
            if verbs is None:
                return None
            operands = [(a, v) for a, v in zip(args[1:], verbs)]
        else:
            operands = [(a, "v") for a in args]
        for a, verb in operands:
            if verb not in ("s", "v", "q", "x", "X"):
                continue
            t = self.types.of(a)
            if t is None or not t.startswith("*"):
                continue
            m, path, _lib = self.index.method(t, "String")
            if m is None or path or not m.ptr_recv or m.params or m.results != ("string",):
                continue
            return Effect(CALL, call, None, callee=Callee(key=m.key), args=(self.place(a),), consts=(None,))
        return None

    def _func_value_type(self, fn: Node) -> str | None:
        return self.types.of(fn)

    def _sync_kind(self, operand: Node, ot: str | None, lib: str | None) -> str | None:
        """The sync type ``operand`` is (or embeds, ``lib``): "Mutex", "WaitGroup"...; also "Mutex" /
        "RWMutex" for another package's mutex wrapper (:func:`wrapper_lock_kind`)."""
        if lib is not None:
            return sync_kind(lib) or wrapper_lock_kind(lib)
        if ot is None:
            return None
        return sync_kind(self.index.underlying(ot) if not ot.startswith("*") else ot) or wrapper_lock_kind(ot)

    def _lockish(self, operand: Node, name: str) -> bool:
        """``x.Lock()`` on an expression of unknown type: a mutex unless the name says otherwise."""
        t = _text(operand).rsplit(".", 1)[-1].lower()
        return any(w in t for w in ("mu", "lock", "mtx", "mutex", "sync")) or t in ("l", "m", "rw")

    def _per_element(self, operand: Node, at: Node) -> bool:
        """Does ``operand`` index a collection by a variable of a ``for`` loop around ``at``
        (``w.shards[i].mu`` in ``for i := range w.shards``), a loop that only locks or only unlocks it
        (lock all, then unlock all in another loop)? Then each turn names another element: the place
        ``w.shards[].mu`` stands for many mutexes, which one flow cannot follow. (A loop that locks and
        unlocks the element in one turn is followed as usual.) So does a lock of an element picked by a
        parameter of a method that locks or unlocks it only there (``func (s Sharded) Lock(i int) {
        s.shards[i].mu.Lock() }``): each call names the mutex of its argument, which the caller's flow
        cannot tell apart. (Its unlock stays followed: a lock the caller took, ``sh := &m.shards[i];
        sh.mu.Lock(); m.write(i)``, is released there.) Also through a local of the turn that only names
        the element's mutex (``mu := &d.table[index].mutex``, then ``mu.Lock()``)."""
        want = _text(operand)
        alias = self._element_alias(operand)
        if alias is not None:
            operand = alias
        for ix in [operand, *syntax.walk(operand)]:
            if ix.type != "index_expression":
                continue
            index = ix.child_by_field_name("index")
            if index is not None and index.type == "identifier" and _text(
                    at.child_by_field_name("function").child_by_field_name("field")) in (LOCK, RLOCK):
                v = self.scopes.var(index)
                if v is not None and v.kind == "param" and not v.assigned and v.func is not None and \
                        v.func.type == "method_declaration" and sum(
                            1 for c in syntax.walk(v.func) if c.type == "call_expression" and
                            (fn := c.child_by_field_name("function")) is not None and
                            fn.type == "selector_expression" and
                            _text(fn.child_by_field_name("operand")) == want and
                            _text(fn.child_by_field_name("field")) in LOCK_KINDS) == 1:
                    return True   # ``func (s) Lock(i int) { s.shards[i].mu.Lock() }``: a mutex per argument
            for ident in ([index] if index is not None else []) + list(syntax.walk(index) if index else []):
                if ident.type != "identifier":
                    continue
                v = self.scopes.var(ident)
                loop = v.stmt if v is not None and v.stmt is not None and v.stmt.type == "for_statement" \
                    else self._turn_local_loop(v)
                if loop is not None and syntax.inside(at, loop):
                    names = set()
                    for c in syntax.walk(loop):
                        fn = c.child_by_field_name("function") if c.type == "call_expression" else None
                        if fn is not None and fn.type == "selector_expression" and \
                                _text(fn.child_by_field_name("operand")) == want and \
                                not (c.parent is not None and c.parent.type == "defer_statement"):
                            # (a deferred unlock runs at the function's end, not in the turn: ``m.locks[k].Lock();
                            # defer m.locks[k].Unlock()`` holds every element until then)
                            names.add(_text(fn.child_by_field_name("field")))
                    return not (names & {"Lock", "RLock"} and names & {"Unlock", "RUnlock"})
        return False

    def _element_alias(self, operand: Node) -> Node | None:
        """The element a local names when it is only ``mu := &d.table[index].mutex`` (never assigned nor
        addressed after): ``d.table[index].mutex``; None for anything else."""
        v = self.scopes.var(operand) if operand.type == "identifier" else None
        value = _unparen(v.value) if v is not None and v.kind == "local" and not v.assigned and \
            not v.addressed and v.value is not None and v.stmt is not None and \
            v.stmt.type == "short_var_declaration" else None
        if value is not None and value.type == "unary_expression" and \
                _text(value.child_by_field_name("operator")) == "&":
            value = _unparen(value.child_by_field_name("operand"))
        return value if value is not None and any(x.type == "index_expression" for x in syntax.walk(value)) else None

    def _turn_local_loop(self, v) -> Node | None:
        """The ``for`` loop whose body declares ``v`` afresh each turn from that turn's values (``slot :=
        hash % n`` in ``for _, hash := range hashes``: a variable of the loop, or another such local, in its
        initializer), never assigned afterwards; None for any other variable. Like the loop's own variable,
        it may name another element on every turn."""
        if v is None or v.kind != "local" or v.assigned or v.value is None or v.stmt is None or \
                v.stmt.type != "short_var_declaration":
            return None
        loop = next((a for a in syntax.ancestors(v.stmt) if a.type in (
            "for_statement", "func_literal", "function_declaration", "method_declaration")), None)
        if loop is None or loop.type != "for_statement":
            return None
        for ident in [v.value, *syntax.walk(v.value)]:
            if ident.type != "identifier":
                continue
            w = self.scopes.var(ident)
            if w is not None and w is not v and (w.stmt is not None and w.stmt.id == loop.id or
                                                 self._turn_local_loop(w) is not None and
                                                 syntax.inside(w.stmt, loop)):
                return loop
        return None

    def _wgish(self, operand: Node, name: str) -> bool:
        t = _text(operand).rsplit(".", 1)[-1].lower()
        return "wg" in t or "waitgroup" in t or "group" in t or t.endswith("wait")

    def _go_defer(self, stmt: Node) -> Effect:
        kind = GO if stmt.type == "go_statement" else DEFER
        call = next((c for c in stmt.named_children if c.type == "call_expression"), None)
        if call is None:
            return Effect(kind, stmt)
        fn = _unparen(call.child_by_field_name("function"))
        # arguments are evaluated now, in this goroutine
        pre: list[Effect] = []
        for a in _call_args(call):
            pre.extend(self._collect(a))
        if fn is not None and fn.type == "func_literal":
            inner = Effect(CALL, call, None, callee=Callee(literal=fn.id),
                           args=tuple(self.place(a) for a in _call_args(call)),
                           consts=tuple(_const(a) for a in _call_args(call)))
        else:
            if fn is not None and fn.type == "selector_expression":
                pre.extend(self._collect(fn.child_by_field_name("operand")))
            inner = self._effect_of(call)
            if fn is not None and fn.type == "call_expression":
                # ``defer s.mutex()()``: ``s.mutex()`` runs now, the func it returns later
                pre.extend(self._collect(fn))
                inner = inner or Effect(CALL, call, None)
        # the statement evaluates the arguments now (``pre``); ``inner`` runs later
        return Effect(kind, stmt, None, inner=(inner,) if inner is not None else (), pre=tuple(pre))


# the nodes that may be effects (calls, sends, receives), and func literals (their body runs when called)
_EFFECT_QUERY = Query(syntax.LANGUAGE, "[(call_expression) (send_statement) (unary_expression) (func_literal)] @n")


def _pre_order(n: Node) -> tuple[int, int]:
    return n.start_byte, -n.end_byte


def _post_order(n: Node) -> tuple[int, int]:
    """Inner before outer, left before right: the order a walk emits nodes after their children."""
    return n.end_byte, -n.start_byte


def _negations(cond: Node | None) -> tuple[Node | None, bool]:
    """A condition without its ``!``s (and parentheses), and whether an odd number of them negates it."""
    cond, negated = _unparen(cond), False
    while cond is not None and cond.type == "unary_expression" and _text(cond.child_by_field_name("operator")) == "!":
        cond, negated = _unparen(cond.child_by_field_name("operand")), not negated
    return cond, negated


def _unparen(n: Node | None) -> Node | None:
    while n is not None and n.type == "parenthesized_expression" and n.named_children:
        n = n.named_children[0]
    return n


def _made(value: Node | None) -> Node | None:
    """The new struct ``value`` makes: the composite literal of ``&T{...}`` or ``T{...}``, or the
    ``new(T)`` call; None for anything else (which may be an alias of another variable)."""
    value = _unparen(value)
    if value is not None and value.type == "unary_expression" and _text(value.child_by_field_name("operator")) == "&":
        value = _unparen(value.child_by_field_name("operand"))
    if value is None:
        return None
    if value.type == "call_expression":
        fn = value.child_by_field_name("function")
        return value if fn is not None and _text(fn) == "new" else None
    return value if value.type == "composite_literal" else None


def leaves_out(value: Node | None, field: str) -> bool:
    """Is ``value`` a new struct whose ``field`` is the zero value: ``new(T)``, or ``&T{a: x}`` / ``T{}``
    without that key (and no positional elements)?"""
    made = _made(value)
    if made is None or made.type == "call_expression":
        return made is not None
    body = made.child_by_field_name("body")
    for el in (body.named_children if body is not None else ()):
        if el.type == "comment":
            continue
        if el.type != "keyed_element":
            return False
        key = el.named_children[0] if el.named_children else None
        if key is None or _text(key) == field:
            return False
    return True


def _sets(sel: Node) -> bool:
    """Is the selector written here: the left of an assignment, ``x.f++``, or ``&x.f``?"""
    p = sel.parent
    while p is not None and p.type == "parenthesized_expression":
        sel, p = p, p.parent
    if p is None:
        return False
    if p.type in ("inc_statement", "dec_statement"):
        return True
    if p.type == "unary_expression":
        return _text(p.child_by_field_name("operator")) == "&"
    if p.type == "expression_list" and p.parent is not None and p.parent.type == "assignment_statement":
        return p.parent.child_by_field_name("left") == p
    return False


def _element_set(ref: Node) -> bool:
    """Is this use of a variable the operand of an element set (``xs[i] = v``, ``xs[i]++``) or of ``&xs[i]``?"""
    p = ref.parent
    if p is None or p.type != "index_expression":
        return False
    up = p.parent
    if up is not None and up.type == "expression_list":
        up = up.parent
    if up is not None and up.type in ("assignment_statement", "inc_statement", "dec_statement"):
        left = up.child_by_field_name("left") if up.type == "assignment_statement" else up.named_children[0]
        return left is not None and left.start_byte <= p.start_byte and p.end_byte <= left.end_byte
    return up is not None and up.type == "unary_expression" and _text(up.child_by_field_name("operator")) == "&"


def _node_at(g, node: Node):
    """The CFG node of ``g`` that holds ``node`` (its innermost enclosing statement that has one)."""
    cur = node
    while cur is not None:
        n = g.node_of(cur)
        if n is not None:
            return n
        cur = cur.parent
    return None


def _call_args(call: Node) -> list[Node]:
    args = call.child_by_field_name("arguments")
    return [a for a in args.named_children if a.type != "comment"] if args is not None else []


def _const(n: Node | None):
    n = _unparen(n)
    if n is None:
        return None
    if n.type == "true":
        return True
    if n.type == "false":
        return False
    if n.type == "int_literal":
        try:
            return int(_text(n).replace("_", ""), 0)
        except ValueError:
            return None
    if n.type == "unary_expression" and _text(n.child_by_field_name("operator")) == "-":
        v = _const(n.child_by_field_name("operand"))
        return -v if isinstance(v, int) and not isinstance(v, bool) else None
    if n.type == "nil":
        return "nil"
    return None


def _text(node: Node | None) -> str:
    return node.text.decode("utf-8", "replace") if node is not None and node.text is not None else ""


def syntax_inside(node: Node, outer: Node) -> bool:
    return outer.start_byte <= node.start_byte and node.end_byte <= outer.end_byte


_IDLIST = rb"([A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)*)"
_CONST_ONE = re.compile(rb"(?m)^const[ \t]+" + _IDLIST + rb"\b")
_CONST_GROUP = re.compile(rb"(?ms)^const[ \t]*\((.*?)^\)")
_GROUP_LINE = re.compile(rb"(?m)^[ \t]+" + _IDLIST + rb"\b")


def _const_names(source: bytes) -> set:
    """The names the top-level ``const`` declarations of a file's text give (``const A = 1``, ``const (
    A Kind = iota; B; C, D = 1, 2 )``)."""
    out = set()
    for m in _CONST_ONE.finditer(source):
        out.update(n.strip().decode() for n in m.group(1).split(b","))
    for g in _CONST_GROUP.finditer(source):
        for m in _GROUP_LINE.finditer(g.group(1)):
            out.update(n.strip().decode() for n in m.group(1).split(b",") if n.strip())
    return out


_PRINT = ("Print", "Printf", "Println", "Sprint", "Sprintf", "Sprintln", "Fprint", "Fprintf", "Fprintln",
          "Errorf")
_FORMATTERS = {"fmt": frozenset(_PRINT),
               "log": frozenset(("Print", "Printf", "Println", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf",
                                 "Panicln"))}
_VERB = re.compile(r"%([-+# 0]*)(\*|\d+)?(?:\.(\*|\d+)?)?([a-zA-Z%])")


def _format_verbs(fmt_arg: Node | None) -> list[str] | None:
    """The verb of each operand of a literal format string (``"%d: %s"`` gives ``["d", "s"]``; ``%#v`` gives
    ``#v``); None for a format that is not a plain literal or that uses ``*`` widths or indexes."""
    if fmt_arg is None or fmt_arg.type not in ("interpreted_string_literal", "raw_string_literal"):
        return None
    text = _text(fmt_arg)
    if "[" in text:
        return None   # explicit argument indexes (``%[2]s``)
    out = []
    for m in _VERB.finditer(text):
        flags, width, prec, verb = m.groups()
        if verb == "%":
            continue
        if width == "*" or prec == "*":
            return None
        out.append(("#" if "#" in flags else "") + verb)
    return out


def call_label(e: Effect, um: "UnitModel") -> str:
    """How a message names the call ``e``: ``s.refresh()``; ``fmt.Printf's rdc.String()`` for the method
    fmt runs on an operand (UnitModel._formatted_stringer)."""
    fn = e.node.child_by_field_name("function")
    label = _text(fn) + "()"
    key = e.callee.key if e.callee is not None else None
    if key and key.endswith(".String") and fn is not None and fn.type == "selector_expression" and \
            _text(fn.child_by_field_name("field")) != "String":
        arg = next((a for a in _call_args(e.node) if e.args and e.args[0] is not None and um.place(a) == e.args[0]),
                   None)
        return f"{_text(fn)}'s {_text(arg) if arg is not None else 'operand'}.String()"
    return label


def translate(place: Place, e: Effect) -> Place | None:
    """A callee's place (rooted at its parameters) as the caller's place for the call ``e``."""
    if e.callee is not None and e.callee.literal is not None:
        for root, i in e.callee.params:   # a closure called by name: its parameter is this call's argument
            if place.root == root and not place.is_param:
                base = e.args[i] if i < len(e.args) else None
                return base.extend(place.path) if base is not None else None
        return place     # closures share the declaration's places
    idx = place.param_index
    if idx is None:
        return place if place.is_global else None
    method = e.callee is not None and e.callee.key is not None and "." in e.callee.key.split("#")[0]
    i = idx + (1 if method else 0)
    if i < 0 or i >= len(e.args):
        return None
    base = e.args[i]
    return base.extend(place.path) if base is not None else None


def _interface_like(qualified: str) -> bool:
    """A type of another package that shares its value when copied: interfaces goleash knows, and
    context.Context-like handles."""
    return qualified in ("context.Context", "io.Reader", "io.Writer", "io.ReadWriter", "io.Closer", "net.Conn",
                         "net.Listener", "http.Handler", "http.ResponseWriter")


def _named_release(name: str) -> str | None:
    """``Unlock`` or ``RUnlock`` for a method named as a variant of one (``UnlockWithoutNotify``,
    ``RUnlockQuiet``: the name goes on with a capital), else None."""
    for base in (RUNLOCK, UNLOCK):
        if name.startswith(base) and len(name) > len(base) and name[len(base)].isupper():
            return base
    return None


_PARTNER = {LOCK: UNLOCK, UNLOCK: LOCK, RLOCK: RUNLOCK, RUNLOCK: RLOCK}


def _chained_lock(call: Node, name: str) -> Node | None:
    """A lock whose methods return the lock itself, for chaining (``defer l.mtx.Lock().Unlock()`` locks
    now and unlocks at exit; ``defer l.Unlock().Lock()`` the other way round): for either call of the
    pair, the operand both act on (``l.mtx``); None when ``call`` is not in such a chain."""
    partner = _PARTNER.get(name)
    if partner is None:
        return None
    fn = call.child_by_field_name("function")
    inner = _unparen(fn.child_by_field_name("operand")) if fn is not None else None
    if inner is not None and inner.type == "call_expression" and not _call_args(inner):
        ifn = _unparen(inner.child_by_field_name("function"))   # the outer call of the chain
        if ifn is not None and ifn.type == "selector_expression" and \
                _text(ifn.child_by_field_name("field")) == partner:
            return ifn.child_by_field_name("operand")
        return None
    sel = call.parent   # the inner call of the chain
    outer = sel.parent if sel is not None and sel.type == "selector_expression" else None
    if outer is not None and outer.type == "call_expression" and not _call_args(outer) and \
            _text(sel.child_by_field_name("field")) == partner and _value_used(outer) is False:
        return fn.child_by_field_name("operand") if fn is not None else None
    return None


def _value_used(call: Node) -> bool:
    """Is the call's result used (``unlock, err := mu.Lock()``)? sync's Lock/Unlock return nothing: a
    ``Lock`` whose value is used belongs to another type (a file lock that returns its unlock func)."""
    p = call.parent
    while p is not None and p.type == "parenthesized_expression":
        p = p.parent
    return p is not None and p.type not in ("expression_statement", "defer_statement", "go_statement")


_MODELLED_STD = frozenset({"context", "sync", "atomic", "time", "testing", "signal", "http", "net", "errgroup",
                           "synctest", "runtime", "os", "log"})


def _loop_counter_at(v: Var, at: Node) -> bool:
    """``v`` is assigned only by the update clause of one ``for`` loop (``for i := 0; i < n; i++``) and ``at``
    is in that loop's body: within one turn of the loop it keeps its value, so two tests of it there agree."""
    loop = None
    for node, _ in v.assigns:
        clause = node.parent
        if clause is None or clause.type != "for_clause" or clause.child_by_field_name("update") is None or \
                clause.child_by_field_name("update").id != node.id:
            return False
        if loop is not None and loop.id != clause.parent.id:
            return False
        loop = clause.parent
    body = loop.child_by_field_name("body") if loop is not None else None
    return body is not None and body.start_byte <= at.start_byte and at.end_byte <= body.end_byte


def _tested_package(unit: Node) -> str | None:
    """``foo`` when the declaration is in an external test package ``foo_test`` (its directory's other
    package, whose exported names it uses as ``foo.Name``)."""
    root = unit
    while root.parent is not None:
        root = root.parent
    for i in range(root.named_child_count):   # (the clause comes first, after comments: no list of all)
        c = root.named_child(i)
        if c.type == "package_clause":
            name = next((_text(x) for x in c.named_children if x.type == "package_identifier"), "")
            tested = name[:-5] if name.endswith("_test") and len(name) > 5 else None
            # (the std packages whose API the models know by name, tested from their own examples:
            # ``context.WithCancel`` there is the library call the models know, not a summary to follow)
            if tested is None or tested in _MODELLED_STD:
                return None
            return _tested_alias(root, tested)
        if c.type != "comment":
            return None
    return None


def _tested_alias(root: Node, tested: str) -> str:
    """The name the external test file uses for its package ``tested``: the alias of the one import whose
    path ends in that name (``rp "github.com/x/common/resourcepool"`` in ``resourcepool_test``), else
    ``tested`` itself."""
    from .module import file_imports
    hits = [alias for alias, path in file_imports(root).items()
            if path.rstrip("/").rsplit("/", 1)[-1] == tested]
    return hits[0] if len(hits) == 1 else tested


def _is_recover(expr: Node | None) -> bool:
    """``recover()``."""
    expr = _unparen(expr)
    if expr is None or expr.type != "call_expression":
        return False
    fn = expr.child_by_field_name("function")
    args = expr.child_by_field_name("arguments")
    return fn is not None and fn.type == "identifier" and _text(fn) == "recover" and \
        (args is None or not args.named_children)


def _handed_value(n: Node) -> bool:
    """Is the expression ``n`` used as a value that goes somewhere else: an argument of a call, an element
    of a composite literal (``{l: c.mu}``), a value assigned or returned? (Not the operand of a selector,
    ``c.mu.Lock()``, nor a comparison.)"""
    p = n.parent
    if p is None:
        return False
    if p.type in ("argument_list", "literal_element"):
        return True
    if p.type == "expression_list" and p.parent is not None:
        gp = p.parent
        if gp.type == "return_statement":
            return True
        if gp.type in ("assignment_statement", "short_var_declaration") and \
                gp.child_by_field_name("right") is not None and gp.child_by_field_name("right").id == p.id:
            return True
    return False
