"""Control flow of one function body, with the exits Go really has.

A node is one step of the function: a simple statement, the condition of an
``if``/``for``, the head of a ``switch``/``select``, a case clause, a ``go`` or
``defer`` statement. Edges carry the branch they take (``Branch``: the
condition node and whether it held), so analyses can keep correlated
conditions apart (``if locked { ... }`` twice) and drop constant ones
(``if false``).

Terminal nodes tell how the function ends:

* ``RETURN`` — a ``return`` or the end of the body; deferred calls run;
* ``PANIC`` — ``panic(...)``: deferred calls run, then the goroutine (and the
  process, unless a deferred ``recover`` stops it) dies;
* ``GOEXIT`` — ``t.Fatal``/``FailNow``/``SkipNow``/``runtime.Goexit`` (testify's ``require.Fail``): the
  goroutine ends, deferred calls run;
* ``PROCESS`` — ``os.Exit``/``log.Fatal``: the process ends, nothing else runs.

Function literals get graphs of their own. Building is top-down and touches
each statement once; a body nested deeper than ``MAX_DEPTH`` is not modelled
(``build`` returns None) rather than costing super-linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tree_sitter import Node

from .. import syntax

RETURN, PANIC, GOEXIT, PROCESS = "return", "panic", "goexit", "process"
TERMINALS = (RETURN, PANIC, GOEXIT, PROCESS)
MAX_DEPTH = 120

_PROCESS_EXIT = {("os", "Exit"), ("syscall", "Exit")}
_FATAL_PREFIXES = ("Fatal", "Panic", "Crash")   # log.Fatal*, log.Panic*, logger.Fatalf, log4go's LOG.Crashf ...
_GOEXIT = frozenset({"Fatal", "Fatalf", "FailNow", "Skip", "Skipf", "SkipNow"})
_TEST_NAMES = frozenset({"t", "b", "tb", "f", "c", "tt", "st"})


@dataclass(frozen=True)
class Branch:
    """The edge out of a condition taken when ``cond`` evaluates to ``value``."""
    cond: Node
    value: bool


@dataclass(eq=False, slots=True)
class CNode:
    id: int
    kind: str                 # entry | stmt | cond | switch | case | select | comm | go | defer | range | terminal kinds
    ast: Node | None          # the statement, condition expression, or case clause
    succ: list[tuple["CNode", Branch | None]] = field(default_factory=list)
    pred: list["CNode"] = field(default_factory=list)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        where = f" L{self.ast.start_point[0] + 1}" if self.ast is not None else ""
        return f"<{self.kind}{where} #{self.id}>"

    @property
    def terminal(self) -> bool:
        return self.kind in TERMINALS


class TooDeep(Exception):
    pass


@dataclass
class _Targets:
    brk: CNode | None = None
    cont: CNode | None = None
    label: str | None = None


class CFG:
    """The graph of one function (declaration or literal)."""

    def __init__(self, fn: Node, source: bytes):
        self.fn = fn
        self.source = source
        self.nodes: list[CNode] = []
        self.entry = self._new("entry", fn)
        self.exits = {k: self._new(k, None) for k in TERMINALS}
        self.defers: list[CNode] = []
        self.gos: list[CNode] = []
        self._labels: dict[str, CNode] = {}
        self._gotos: list[tuple[CNode, str]] = []
        self._label_targets: dict[str, _Targets] = {}
        self.by_ast: dict[int, CNode] = {}

    # ------------------------------------------------------------------ basics
    def _new(self, kind: str, ast: Node | None) -> CNode:
        n = CNode(len(self.nodes), kind, ast)
        self.nodes.append(n)
        if ast is not None and kind not in ("entry",):
            self.by_ast.setdefault(ast.id, n)
        return n

    @staticmethod
    def _edge(a: CNode, b: CNode, br: Branch | None = None) -> None:
        a.succ.append((b, br))
        b.pred.append(a)

    def node_of(self, ast: Node) -> CNode | None:
        """The CFG node whose step is ``ast`` (a statement, condition or case)."""
        return self.by_ast.get(ast.id)

    @property
    def ret(self) -> CNode:
        return self.exits[RETURN]

    def reachable(self) -> set[int]:
        seen = {self.entry.id}
        stack = [self.entry]
        while stack:
            n = stack.pop()
            for s, _ in n.succ:
                if s.id not in seen:
                    seen.add(s.id)
                    stack.append(s)
        return seen


def reaches(start: CNode, end: CNode, avoid: set[int] | frozenset = frozenset(),
            cut: set[tuple[int, int]] | frozenset = frozenset()) -> bool:
    """Is there a path from ``start`` (exclusive) to ``end`` that passes no node whose id is in ``avoid``
    (and no edge ``(from id, to id)`` in ``cut``)?"""
    seen = set()
    stack = [s for s, _ in start.succ if not cut or (start.id, s.id) not in cut]
    while stack:
        n = stack.pop()
        if n.id == end.id:
            return True
        if n.id in seen or n.id in avoid:
            continue
        seen.add(n.id)
        if cut:
            stack.extend(s for s, _ in n.succ if (n.id, s.id) not in cut)
        else:
            stack.extend(s for s, _ in n.succ)
    return False


def build(fn: Node, source: bytes, endless_range=None, stops=None, exhaustive=None) -> CFG | None:
    """The CFG of a function declaration or literal; None when its body cannot be modelled.

    ``endless_range(expr)``: is a ``for range expr`` loop one that never ends by itself (a channel
    nobody closes, such as a ticker's)? Then only a break or return leaves it. ``stops(name)``: does
    the package function ``name`` end the goroutine on every path (``func skip(t) { t.SkipNow() }``)?
    ``exhaustive(switch)``: do the cases of an expression switch cover every value its tag can have (each
    constant of an enum type)? Then its ``default`` is entered only by a ``fallthrough``.
    """
    g = CFG(fn, source)
    body = fn.child_by_field_name("body")
    try:
        b = _Builder(g)
        b.endless_range = endless_range
        b.stops = stops
        b.exhaustive = exhaustive
        b.ginkgo = syntax.file_ginkgo(fn)
        ends = b.block(body, [g.entry], [], 0) if body is not None else [g.entry]
        for e in ends:
            g._edge(e, g.ret)
        for node, label in g._gotos:
            target = g._labels.get(label)
            if target is not None:
                g._edge(node, target)
    except (TooDeep, RecursionError):
        return None
    return g


class _Builder:
    def __init__(self, g: CFG):
        self.g = g
        self.endless_range = None
        self.stops = None
        self.exhaustive = None
        self.ginkgo: frozenset = frozenset()   # how this file spells Ginkgo's package ("" when dot-imported)

    # Each method takes the nodes flowing in (``preds``) and returns the nodes flowing out.
    def block(self, block: Node | None, preds: list[CNode], stack: list[_Targets], depth: int) -> list[CNode]:
        if block is None:
            return preds
        for s in _statements(block):
            preds = self.stmt(s, preds, stack, depth)
        return preds

    def _link(self, preds: list[CNode], node: CNode, br: Branch | None = None) -> None:
        for p in preds:
            self.g._edge(p, node, br)

    def _pending_branch(self, preds):
        return preds

    def stmt(self, s: Node, preds: list[CNode], stack: list[_Targets], depth: int) -> list[CNode]:
        if depth > MAX_DEPTH:
            raise TooDeep
        g = self.g
        t = s.type
        if t == "block":
            return self.block(s, preds, stack, depth + 1)
        if t == "labeled_statement":
            label = _text(s.child_by_field_name("label"))
            inner = next((c for c in s.named_children if c.type not in ("label_name", "comment")), None)
            anchor = g._new("label", s)
            self._link(preds, anchor)
            g._labels[label] = anchor
            if inner is None:
                return [anchor]
            if inner.type in ("for_statement", "expression_switch_statement", "type_switch_statement",
                              "select_statement"):
                return self.stmt_labelled(inner, [anchor], stack, depth, label)
            return self.stmt(inner, [anchor], stack, depth)
        if t == "if_statement":
            return self.if_stmt(s, preds, stack, depth)
        if t in ("for_statement", "expression_switch_statement", "type_switch_statement", "select_statement"):
            return self.stmt_labelled(s, preds, stack, depth, None)
        if t == "return_statement":
            n = g._new("stmt", s)
            self._link(preds, n)
            g._edge(n, g.ret)
            return []
        if t == "break_statement":
            n = g._new("stmt", s)
            self._link(preds, n)
            target = self._target(stack, s, "brk")
            if target is not None:
                g._edge(n, target)
            return []
        if t == "continue_statement":
            n = g._new("stmt", s)
            self._link(preds, n)
            target = self._target(stack, s, "cont")
            if target is not None:
                g._edge(n, target)
            return []
        if t == "goto_statement":
            n = g._new("stmt", s)
            self._link(preds, n)
            label = _text(next((c for c in s.named_children if c.type == "label_name"), None))
            g._gotos.append((n, label))
            return []
        if t == "fallthrough_statement":
            n = g._new("fallthrough", s)
            self._link(preds, n)
            return [n]
        if t == "go_statement":
            n = g._new("go", s)
            g.gos.append(n)
            self._link(preds, n)
            return [n]
        if t == "defer_statement":
            n = g._new("defer", s)
            g.defers.append(n)
            self._link(preds, n)
            return [n]
        if t == "empty_statement":
            return preds
        n = g._new("stmt", s)
        self._link(preds, n)
        end = exit_kind(s)
        if end is None and self.ginkgo:
            end = self._ginkgo_exit(s)
        if end is None and self.stops is not None:
            end = self._helper_exit(s)
        if end is not None:
            g._edge(n, g.exits[end])
            return []
        return [n]

    def _ginkgo_exit(self, s: Node) -> str | None:
        """``Fail("...")`` (dot-imported) or ``ginkgo.Fail(...)``, ``Skip``, ``AbortSuite``: Ginkgo ends the
        spec by a panic it recovers (``defer GinkgoRecover()`` in a goroutine of the spec): like
        ``t.FailNow``, it ends the goroutine, its deferred calls run."""
        call = s.named_children[0] if s.type == "expression_statement" and s.named_children else None
        if call is None or call.type != "call_expression":
            return None
        recv, name = call_target(call)
        return GOEXIT if name in syntax.GINKGO_ENDS and recv in self.ginkgo else None

    def _helper_exit(self, s: Node) -> str | None:
        """``skip(t)`` / ``mustSkip(t)``: a package helper that ends the goroutine on every path (it calls
        ``t.SkipNow()``, ``t.Fatal(...)``… unconditionally), per the ``stops`` callback; or ``s.FailNow(...)``
        of a receiver the callback knows for a test suite's (testify's ``suite.Suite`` embeds
        ``*assert.Assertions``, whose ``FailNow`` calls ``t.FailNow``)."""
        call = s.named_children[0] if s.type == "expression_statement" and s.named_children else None
        fn = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
        if fn is not None and fn.type == "selector_expression" and \
                _text(fn.child_by_field_name("field")) in ("FailNow", "FailNowf"):
            return GOEXIT if self.stops(_text(fn)) else None   # (a suite's promoted ``s.FailNow(...)``)
        if fn is None or fn.type != "identifier":
            return None
        args = call.child_by_field_name("arguments")
        if args is None or not any(a.type == "identifier" for a in args.named_children):
            return None
        return GOEXIT if self.stops(_text(fn)) else None

    @staticmethod
    def _target(stack: list[_Targets], s: Node, kind: str) -> CNode | None:
        label = next((c for c in s.named_children if c.type == "label_name"), None)
        name = _text(label) if label is not None else None
        for t in reversed(stack):
            node = getattr(t, kind)
            if node is None:
                continue
            if name is None or t.label == name:
                return node
        return None

    def if_stmt(self, s: Node, preds: list[CNode], stack, depth) -> list[CNode]:
        g = self.g
        init = s.child_by_field_name("initializer")
        if init is not None:
            preds = self.stmt(init, preds, stack, depth + 1)
        cond = s.child_by_field_name("condition")
        c = g._new("cond", cond if cond is not None else s)
        g.by_ast.setdefault(s.id, c)
        self._link(preds, c)
        const = _constant(cond)
        outs: list[CNode] = []
        cons = s.child_by_field_name("consequence")
        alt = s.child_by_field_name("alternative")
        if const is not False:
            start = g._new("then", cons)
            g._edge(c, start, Branch(cond, True) if cond is not None else None)
            outs += self.block(cons, [start], stack, depth + 1)
        if const is not True:
            if alt is None:
                els = g._new("else", None)
                g._edge(c, els, Branch(cond, False) if cond is not None else None)
                outs.append(els)
            else:
                start = g._new("else", alt)
                g._edge(c, start, Branch(cond, False) if cond is not None else None)
                outs += self.stmt(alt, [start], stack, depth + 1)
        return outs

    def stmt_labelled(self, s: Node, preds, stack, depth, label: str | None) -> list[CNode]:
        t = s.type
        if t == "for_statement":
            return self.for_stmt(s, preds, stack, depth, label)
        if t == "select_statement":
            return self.select_stmt(s, preds, stack, depth, label)
        return self.switch_stmt(s, preds, stack, depth, label)

    def for_stmt(self, s: Node, preds, stack, depth, label) -> list[CNode]:
        g = self.g
        clause = next((c for c in s.named_children if c.type in ("for_clause", "range_clause")), None)
        body = s.child_by_field_name("body")
        cond_expr = None
        update = None
        if clause is not None and clause.type == "for_clause":
            init = clause.child_by_field_name("initializer")
            if init is not None:
                preds = self.stmt(init, preds, stack, depth + 1)
            update = clause.child_by_field_name("update")
        cond_expr = syntax.for_condition(s)
        kind = "range" if clause is not None and clause.type == "range_clause" else "cond"
        head = g._new(kind, s)
        g.by_ast[s.id] = head
        if cond_expr is not None:
            g.by_ast.setdefault(cond_expr.id, head)
        once = _runs_once(clause)
        if once:   # the first test cannot fail: the way in goes straight to the body
            entry = g._new("loop1", None)
            self._link(preds, entry)
        else:
            self._link(preds, head)
        after = g._new("after", None)
        cont = head
        if update is not None:
            cont = g._new("stmt", update)
            g._edge(cont, head)
        infinite = kind == "cond" and (cond_expr is None or _constant(cond_expr) is True)
        if kind == "range" and self.endless_range is not None:
            right = clause.child_by_field_name("right")
            infinite = right is not None and self.endless_range(right)
        if not infinite:
            g._edge(head, after, Branch(cond_expr, False) if cond_expr is not None else None)
        start = g._new("body", body)
        g._edge(head, start, Branch(cond_expr, True) if cond_expr is not None else None)
        if once:
            g._edge(entry, start)
        stack.append(_Targets(after, cont, label))
        ends = self.block(body, [start], stack, depth + 1)
        stack.pop()
        self._link(ends, cont)
        return [after] if after.pred else []

    def switch_stmt(self, s: Node, preds, stack, depth, label) -> list[CNode]:
        g = self.g
        init = s.child_by_field_name("initializer")
        if init is not None:
            preds = self.stmt(init, preds, stack, depth + 1)
        head = g._new("switch", s)
        self._link(preds, head)
        after = g._new("after", None)
        cases = [c for c in s.named_children if c.type in ("expression_case", "type_case", "default_case")]
        if not any(c.type == "default_case" for c in cases):
            g._edge(head, after)
        unreached = s.type == "expression_switch_statement" and self.exhaustive is not None and \
            any(c.type == "default_case" for c in cases) and self.exhaustive(s)
        stack.append(_Targets(after, None, label))
        pending_fall: list[CNode] = []
        for case in cases:
            cn = g._new("case", case)
            if not (unreached and case.type == "default_case"):
                g._edge(head, cn)
            ins = [cn] + pending_fall
            ends = self.block(case, ins, stack, depth + 1)
            pending_fall = [e for e in ends if e.kind == "fallthrough"]
            self._link([e for e in ends if e.kind != "fallthrough"], after)
        self._link(pending_fall, after)
        stack.pop()
        return [after] if after.pred else []

    def select_stmt(self, s: Node, preds, stack, depth, label) -> list[CNode]:
        g = self.g
        head = g._new("select", s)
        self._link(preds, head)
        after = g._new("after", None)
        cases = [c for c in s.named_children if c.type in ("communication_case", "default_case")]
        stack.append(_Targets(after, None, label))
        has_default = any(c.type == "default_case" for c in cases)
        for case in cases:
            cn = g._new("comm" if case.type == "communication_case" else "case", case)
            if not (has_default and _fresh_timer_case(case)):   # (never ready when the select looks)
                g._edge(head, cn)
            ends = self.block(case, [cn], stack, depth + 1)
            self._link(ends, after)
        stack.pop()
        return [after] if after.pred else []   # select {} blocks forever


_TIME_CONST = re.compile(r"(?:[\d._eE]+|time\.(?:Nanosecond|Microsecond|Millisecond|Second|Minute|Hour)|[\s*+()])+")


def _fresh_timer_case(case: Node) -> bool:
    """``case <-time.After(5 * time.Second):``: a receive from a timer the select itself makes, with a
    constant positive duration. It cannot be ready at the moment the select looks at its cases, so in a
    select with a ``default`` the case is never taken."""
    call = syntax.case_received(case)
    if call is None or call.type != "call_expression" or _text(call.child_by_field_name("function")) != "time.After":
        return False
    args = call.child_by_field_name("arguments")
    arg = args.named_children[0] if args is not None and args.named_child_count == 1 else None
    text = _text(arg) if arg is not None else ""
    return bool(_TIME_CONST.fullmatch(text)) and any(ch in "123456789" for ch in text)


def _runs_once(clause: Node | None) -> bool:
    """Does the loop's body surely run at least once? ``for _, x := range []T{a, b}`` (a literal with
    elements), ``for range 3``, ``for i := 0; i < 10; i++`` (constant bounds: literals, or constants the
    function declares before the loop)."""
    if clause is None:
        return False
    if clause.type == "range_clause":
        right = clause.child_by_field_name("right")
        if right is None:
            return False
        if right.type == "composite_literal":
            body = right.child_by_field_name("body")
            return body is not None and any(c.type not in ("comment",) for c in body.named_children)
        return _int(right) not in (None, 0)   # ``for range 3``, ``for range n`` with ``const n = 3``
    got = syntax.counting_loop(clause)
    if got is None:
        return False
    _, start, op, bound = got
    a, b = _int(start), _int(bound)
    if a is None or b is None:
        return False
    return (op == "<" and a < b) or (op == "<=" and a <= b)


def _int(n: Node) -> int | None:
    if n.type == "identifier":
        return _const_int(n)
    if n.type != "int_literal":
        return None
    try:
        return int(_text(n).replace("_", ""), 0)
    except ValueError:
        return None


def _const_int(ident: Node) -> int | None:
    """The value of a constant the function declares before ``ident`` (``const n = 4``, or in a
    ``const ( ... )`` group) as an integer literal, None otherwise."""
    name = _text(ident)
    for a in syntax.ancestors(ident):
        if a.type != "statement_list":
            continue
        for st in a.named_children:
            if st.start_byte >= ident.start_byte:
                break
            if st.type != "const_declaration":
                continue
            for spec in st.named_children:
                names = spec.children_by_field_name("name") if spec.type == "const_spec" else []
                value = spec.child_by_field_name("value")
                if len(names) == 1 and _text(names[0]) == name and value is not None and \
                        len(value.named_children) == 1 and value.named_children[0].type == "int_literal":
                    return _int(value.named_children[0])
    return None


def _statements(block: Node) -> list[Node]:
    """Statements of a block or case clause (tree-sitter-go wraps them in a statement_list)."""
    out = []
    for c in block.named_children:
        if c.type == "statement_list":
            out.extend(x for x in c.named_children if x.type != "comment")
        elif c.type in ("comment", "expression_list", "label_name") or c.type.endswith("_type") or \
                c.type in ("type_identifier", "qualified_type"):
            continue
        elif block.type in ("communication_case",) and c.id == _field_id(block, "communication"):
            continue
        elif block.type in ("expression_case", "type_case") and c.id in _field_ids(block, ("value", "type")):
            continue
        else:
            out.append(c)
    return out


def _field_id(node: Node, name: str) -> int:
    c = node.child_by_field_name(name)
    return c.id if c is not None else -1


def _field_ids(node: Node, names) -> set[int]:
    out = set()
    for n in names:
        out.update(c.id for c in node.children_by_field_name(n))
    return out


def _text(node: Node | None) -> str:
    return node.text.decode("utf-8", "replace") if node is not None and node.text is not None else ""


def _constant(cond: Node | None) -> bool | None:
    if cond is None:
        return None
    while cond.type == "parenthesized_expression" and cond.named_children:
        cond = cond.named_children[0]
    if cond.type == "true":
        return True
    if cond.type == "false":
        return False
    return None


def call_target(call: Node) -> tuple[str, str]:
    """(receiver text, name): ``wg.Add(1)`` -> ("wg", "Add"), ``close(c)`` -> ("", "close")."""
    fn = call.child_by_field_name("function")
    if fn is None:
        return "", ""
    if fn.type == "selector_expression":
        return _text(fn.child_by_field_name("operand")), _text(fn.child_by_field_name("field"))
    return "", _text(fn)


def exit_kind(stmt: Node) -> str | None:
    """How an expression statement ends the function, if it does (panic, os.Exit, log.Fatal, t.Fatal)."""
    if stmt.type != "expression_statement" or not stmt.named_children:
        return None
    e = stmt.named_children[0]
    if e.type != "call_expression":
        return None
    recv, name = call_target(e)
    if recv == "" and name == "panic":
        return PANIC
    if (recv, name) in _PROCESS_EXIT:
        return PROCESS
    if recv == "runtime" and name == "Goexit":
        return GOEXIT
    base = recv.rsplit(".", 1)[-1]
    if name in _GOEXIT and (base in _TEST_NAMES or recv.endswith(("T()", "B()"))):
        return GOEXIT
    if (recv == "require" or recv.endswith(".Require()")) and name in ("Fail", "Failf", "FailNow", "FailNowf"):
        return GOEXIT   # testify: it fails the test and calls t.FailNow, whatever the arguments
    if name.startswith(_FATAL_PREFIXES) and _logger(e.child_by_field_name("function").child_by_field_name("operand")):
        return PROCESS if name.startswith("Fatal") else PANIC
    return None


# a variable that names a logger: ``log``, ``logger``, ``klog``, ``logCxt``, ``reqLogger``, ``l``, log4go's ``LOG`` (not ``catalog``)
_LOGGER = re.compile(r"(?:[kg]?log(?:rus|ger|ctx|cxt|entry|ctxt)?|log[A-Z_]\w*|\w*Log(?:ger)?|\w*_log(?:ger)?|l|LOG(?:GER)?)")


def _logger(operand: Node | None) -> bool:
    """Is ``operand`` a logger: a variable (or a field) that names one, maybe with fields added on the
    way (``logCxt.WithField("signal", sig)``, ``log.WithError(err)``: a logrus entry of it)?"""
    while operand is not None and operand.type == "call_expression":
        fn = operand.child_by_field_name("function")
        if fn is None or fn.type != "selector_expression" or \
                not _text(fn.child_by_field_name("field")).startswith("With"):
            return False
        operand = fn.child_by_field_name("operand")
    if operand is not None and operand.type == "selector_expression":
        operand = operand.child_by_field_name("field")
    return operand is not None and operand.type in ("identifier", "field_identifier") and \
        _LOGGER.fullmatch(_text(operand)) is not None


def then_ends(call: Node, body: Node) -> bool:
    """Does the function whose body is ``body`` end once the statement holding ``call`` is done? Each
    block around it, from the innermost out, has after it only statements that end the function or the
    process (``if err := run(); err != nil { log.Fatal(err) }; return``), or nothing (then the statement
    holding that block is done in turn), up to the body's end."""
    for a in syntax.ancestors(call, body):
        if a.type in ("block", "statement_list"):
            break
        if a.type.endswith("_case"):
            return False   # (in a case's header: its body runs after it)
    for block, stmts, st in syntax.around(call, body):
        after = [x for x in stmts if x.start_byte >= st.end_byte]
        if not all(exits_only(x) for x in after):
            return False
        if after or block.id == body.id:
            return True    # it leaves there, or at the end of the body
    return False


def process_exits_after(node: Node) -> bool:
    """Does the process end after the statement holding ``node``, before its function could return: the
    first statement after it in its block that leaves is an ``os.Exit``/``log.Fatal`` (``close(errCh);
    os.Exit(255)``)? Deferred calls do not run then."""
    stmt = syntax.stmt_of(node)
    block = stmt.parent if stmt is not None else None
    if block is None or block.type not in ("statement_list", "block"):
        return False
    for x in syntax.stmt_list(block):
        if x.start_byte < stmt.end_byte:
            continue
        kind = exit_kind(x)
        if kind == PROCESS:
            return True
        if kind is not None or any(n.type in ("return_statement", "goto_statement", "break_statement",
                                              "continue_statement") for n in syntax.walk(x, skip_funcs=True)):
            return False   # (it may leave another way first, running the deferred calls)
    return False


def exits_only(stmt: Node) -> bool:
    """A statement that only ends the function or the process (``return``, ``os.Exit(1)``, ``log.Fatal(err)``,
    ``panic(...)``: what the CFG treats as those exits), or an ``if`` that only reports and does so (``if err
    != nil { fmt.Fprintln(os.Stderr, err); os.Exit(1) }``): past it, the function ends either way."""
    if stmt.type == "return_statement" or exit_kind(stmt) in (PANIC, PROCESS):
        return True
    if stmt.type != "if_statement" or stmt.child_by_field_name("initializer") is not None:
        return False
    for branch in (stmt.child_by_field_name("consequence"), stmt.child_by_field_name("alternative")):
        if branch is None:
            continue
        if branch.type == "if_statement":
            if not exits_only(branch):
                return False
            continue
        for x in syntax.stmt_list(branch):
            call = x.named_children[0] if x.type == "expression_statement" and x.named_children else None
            if not (exits_only(x) or (call is not None and call.type == "call_expression" and
                                      _REPORT_CALL.match(syntax.call_name(call)[1] or ""))):
                return False
    return True


# a call that only reports, or that ends the process by its name (``rook.TerminateFatal(err)``, ``exitWith(err)``)
_REPORT_CALL = re.compile(r"(?i)^(?:f?print(?:f|ln)?|(?:error|warn|warning|info|debug|log)(?:f|ln|w)?|"
                          r"\w*(?:fatal|exit|terminate|abort)\w*|die\w*)$")
