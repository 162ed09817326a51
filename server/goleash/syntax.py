"""Shared syntax helpers over the tree-sitter-go tree.

Everything that walks Go syntax for more than one rule lives here: the parser,
the one combined candidate query, and small, documented helpers (enclosing
function, goroutine of a node, loops, scopes, context variables, indentation).
Rules call these helpers; no rule re-implements a scope walk.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from tree_sitter import Language, Node, Parser, Query, QueryCursor, Tree


def _go_language():
    """tree-sitter-go's grammar, from its compiled binding alone. The package's ``__init__`` imports
    ``importlib.resources`` (and with it pathlib, tempfile, shutil, bz2, lzma...) for query files goleash
    does not use: ~10 ms of every start-up. Any surprise: the ordinary import."""
    try:
        import importlib.util
        spec = importlib.util.find_spec("tree_sitter_go")
        for loc in (spec.submodule_search_locations or ()) if spec is not None else ():
            for name in sorted(os.listdir(loc)):
                if name.startswith("_binding.") and name.endswith((".so", ".pyd")):
                    bspec = importlib.util.spec_from_file_location("tree_sitter_go._binding", os.path.join(loc, name))
                    mod = importlib.util.module_from_spec(bspec)
                    bspec.loader.exec_module(mod)
                    return mod.language()
    except Exception:   # pragma: no cover - another layout of the package
        pass
    import tree_sitter_go
    return tree_sitter_go.language()


LANGUAGE = Language(_go_language())
_PARSER = Parser(LANGUAGE)

FUNC_TYPES = frozenset({"function_declaration", "method_declaration", "func_literal"})
LOOP_TYPES = frozenset({"for_statement"})
BLOCKING_CONTAINERS = frozenset({"select_statement"})

# One query, compiled once: every candidate a rule may start from. Rules name
# the captures they need (``Rule.triggers``) and are skipped in functions
# where none of them matched. ``@range`` is a range that may be over a channel:
# no iteration variable or one (``for _, x := range xs`` cannot be; 9 ranges in
# 10 in the std lib, each of which used to build a declaration's channel model).
# ``@builtin``: close, panic, and a make that may make a channel (of a channel
# type or a named type; not ``make([]T, n)`` or ``make(map[K]V)``). (One pattern per
# type: an alternation after the ``.`` anchor matches any argument.)
CANDIDATES = """
(go_statement) @go
(send_statement) @send
(unary_expression operator: "<-") @recv
(select_statement) @select
(defer_statement) @defer
(for_statement (range_clause !left)) @range
(for_statement (range_clause left: (expression_list . (_) .))) @range
(for_statement) @for
(call_expression function: (identifier) @_b (#any-of? @_b "close" "panic")) @builtin
(call_expression function: (identifier) @_b (#eq? @_b "make") arguments: (argument_list . (channel_type))) @builtin
(call_expression function: (identifier) @_b (#eq? @_b "make") arguments: (argument_list . (type_identifier))) @builtin
(call_expression function: (identifier) @_b (#eq? @_b "make") arguments: (argument_list . (qualified_type))) @builtin
(call_expression function: (identifier) @_b (#eq? @_b "make") arguments: (argument_list . (generic_type))) @builtin
(call_expression function: (identifier) @_b (#eq? @_b "make") arguments: (argument_list . (parenthesized_type))) @builtin
(call_expression function: (selector_expression field: (field_identifier) @method)) @mcall
(expression_statement (call_expression) @dropped)
(assignment_statement left: (expression_list . (identifier) @_u . ) (#eq? @_u "_")
                      right: (expression_list . (call_expression) @dropped . ))
(return_statement) @return
(func_literal) @funclit
(assignment_statement) @assign
(inc_statement) @incdec
(dec_statement) @incdec
"""
QUERY = Query(LANGUAGE, CANDIDATES)


def parse(source: bytes, old_tree: Tree | None = None) -> Tree:
    if old_tree is None:
        return _PARSER.parse(source)
    return _PARSER.parse(source, old_tree)


# Go's grammar is ambiguous in two places, which tree-sitter settles by precedence: ``a[b]`` (an index
# or a generic instantiation) and ``T(x)`` (a call or a conversion). A parse from scratch of a text
# without syntax errors takes the index and the call. With an error elsewhere in the file it can take
# the other reading in a sound declaration, and an incremental parse keeps that reading in the
# declarations it reuses after the error is gone: the editor's tree would then differ from the tree
# ``goleash check`` makes of the same text (``close(done)`` no longer a close). See document.reparse.
_AMBIGUOUS = Query(LANGUAGE, """
(type_conversion_expression type: [(type_identifier) (qualified_type)]) @amb
(type_instantiation_expression type: [(type_identifier) (qualified_type)]) @amb
""")


def unsettled(tree: Tree, old_tree: Tree | None = None) -> bool:
    """Does a top-level declaration without syntax errors hold an ambiguous form in the reading that a
    parse from scratch of a text without errors never gives (a call read as a conversion, an index as
    an instantiation)? Given the ``old_tree`` an incremental parse started from, only the declarations
    it made anew are looked at: one taken over whole from a settled tree is settled."""
    kept = {c.id for c in old_tree.root_node.children} if old_tree is not None else ()
    for decl in tree.root_node.children:
        if decl.id in kept or decl.has_error:
            continue
        for n in QueryCursor(_AMBIGUOUS).captures(decl).get("amb", ()):
            if n.type == "type_conversion_expression" or n.named_child_count == 2:
                return True
    return False


def captures(node: Node, start: int | None = None, end: int | None = None) -> dict[str, list[Node]]:
    """The combined query's captures under ``node``, each list in source order. (py-tree-sitter's
    ``captures`` gives them in an order that changes with memory layout: a rule that takes "the first"
    of them would pick another node from one run to the next.)"""
    cursor = QueryCursor(QUERY)
    if start is not None:
        cursor.set_byte_range(start, end)
    got = cursor.captures(node)
    for nodes in got.values():
        nodes.sort(key=_position)
    return got


def _position(n: Node) -> tuple[int, int]:
    return n.start_byte, -n.end_byte


# ----------------------------------------------------------------- basics
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def word_starts(source: bytes, at: int) -> bool:
    """Does a word start at byte ``at`` of ``source`` (no letter, digit or ``_`` just before)? A scan for a
    keyword by a pattern that starts with its letters (which ``re`` searches for many times faster than
    one that starts with ``\\b``) checks the start apart."""
    return at == 0 or source[at - 1] not in _WORD_BYTES


def text(node: Node | None) -> str:
    if node is None or node.text is None:
        return ""
    return node.text.decode("utf-8", "replace")


def if_conditions(node: Node, within: Node) -> list[Node]:
    """The conditions of the ``if`` statements whose body (not ``else``) holds ``node``, inside ``within``,
    the innermost first."""
    conds = []
    cur = node
    while cur is not None and cur.id != within.id:
        parent = cur.parent
        if parent is not None and parent.type == "if_statement" and \
                parent.child_by_field_name("consequence") is not None and \
                parent.child_by_field_name("consequence").id == cur.id:
            conds.append(unparen(parent.child_by_field_name("condition")))
        cur = parent
    return conds


def inside(node: Node, outer: Node) -> bool:
    """True when ``node`` lies within ``outer`` (inclusive)."""
    return outer.start_byte <= node.start_byte and node.end_byte <= outer.end_byte


def indexes(expr: Node | None) -> list[str]:
    """The index expressions on the way down an operand (``l.items[i].mu``: ``["i"]``; ``chans[0]``:
    ``["0"]``), outermost first. Two places that differ only there may be two elements."""
    return [text(ix) for ix in index_nodes(expr)]


def index_nodes(expr: Node | None) -> list[Node | None]:
    """The index expressions' nodes on the way down an operand, outermost first (see :func:`indexes`)."""
    out, cur = [], expr
    while cur is not None:
        if cur.type == "index_expression":
            out.append(cur.child_by_field_name("index"))
            cur = cur.child_by_field_name("operand")
        elif cur.type == "selector_expression":
            cur = cur.child_by_field_name("operand")
        elif cur.type == "parenthesized_expression":
            cur = cur.named_children[0] if cur.named_children else None
        else:
            break
    return out


def ancestors(node: Node, stop: Node | None = None) -> Iterator[Node]:
    """Parents of ``node`` up to (and including) ``stop``."""
    p = node.parent
    while p is not None:
        yield p
        if stop is not None and p.id == stop.id:
            return
        p = p.parent


def deferred_in(node: Node, fn: Node) -> bool:
    """Is ``node`` part of a ``defer`` statement of ``fn`` (it runs when ``fn`` returns), also in the
    literal it defers (``defer func() { grpcServer.Stop() }()``)?"""
    for p in ancestors(node, fn):
        if p.type == "defer_statement":
            return True
        if p.type in FUNC_TYPES and p.id != fn.id and not (
                p.type == "func_literal" and p.parent is not None and p.parent.type == "call_expression" and
                p.parent.parent is not None and p.parent.parent.type == "defer_statement"):
            return False
    return False


def enclosing_func(node: Node) -> Node | None:
    """Nearest function declaration, method or literal around ``node``."""
    for p in ancestors(node):
        if p.type in FUNC_TYPES:
            return p
    return None


def walk(node: Node, skip_funcs: bool = False) -> Iterator[Node]:
    """Pre-order walk of named descendants; optionally not into nested func literals."""
    stack = list(reversed(node.named_children))
    while stack:
        n = stack.pop()
        yield n
        if skip_funcs and n.type == "func_literal":
            continue
        stack.extend(reversed(n.named_children))


def func_body(fn: Node) -> Node | None:
    return fn.child_by_field_name("body")


def go_literal(go_stmt: Node) -> Node | None:
    """The func literal a ``go func(){...}()`` statement runs, if any."""
    call = go_stmt.named_children[0] if go_stmt.named_children else None
    if call is None or call.type != "call_expression":
        return None
    fn = call.child_by_field_name("function")
    while fn is not None and fn.type == "parenthesized_expression":
        fn = fn.named_children[0] if fn.named_children else None
    return fn if fn is not None and fn.type == "func_literal" else None


def goroutine_of(node: Node, unit: Node | None = None) -> Node | None:
    """The innermost ``go`` statement whose literal body contains ``node``.

    Returns None when ``node`` runs in the function itself (the parent).
    """
    for p in ancestors(node, unit):
        if p.type == "func_literal" and p.parent is not None and p.parent.type == "call_expression":
            g = p.parent.parent
            if g is not None and g.type == "go_statement":
                return g
        if p.type in ("function_declaration", "method_declaration"):
            return None
    return None


def runs_in(node: Node) -> Node | None:
    """The function node whose body executes ``node`` (literal or declaration)."""
    return enclosing_func(node)


def loops_between(node: Node, stop: Node) -> list[Node]:
    """``for`` statements around ``node`` inside ``stop`` (innermost first), not crossing functions."""
    out = []
    for p in ancestors(node, stop):
        if p.type in FUNC_TYPES and p.id != stop.id:
            break
        if p.type == "for_statement":
            out.append(p)
    return out


def closed_branch(recv: Node) -> Node | None:
    """For a receive ``v, ok := <-ch`` (a statement, or a select case's), the block of the ``if !ok {`` that
    follows it first (no ``else``): the code that runs once ``ch`` is closed. None otherwise."""
    st = recv.parent
    while st is not None and st.type in ("expression_list", "parenthesized_expression"):
        st = st.parent
    if st is None or st.type not in ("receive_statement", "short_var_declaration", "assignment_statement"):
        return None
    left = st.child_by_field_name("left")
    names = [text(x) for x in left.named_children] if left is not None else []
    if len(names) != 2:
        return None
    nxt = st.next_named_sibling if st.type != "receive_statement" else None
    if st.type == "receive_statement":   # (a select case: its body's first statement)
        case = st.parent
        body = next((c for c in case.named_children if c.type == "statement_list"), None) \
            if case is not None and case.type == "communication_case" else None
        nxt = body.named_children[0] if body is not None and body.named_children else None
    while nxt is not None and nxt.type == "comment":
        nxt = nxt.next_named_sibling
    cond = nxt.child_by_field_name("condition") if nxt is not None and nxt.type == "if_statement" else None
    if cond is None or " ".join(text(cond).split()) != f"!{names[1]}" or \
            nxt.child_by_field_name("alternative") is not None:
        return None
    return nxt.child_by_field_name("consequence")


def enclosing_select_case(node: Node) -> Node | None:
    """The ``communication_case`` whose communication is the send/receive ``node``."""
    p = node.parent
    while p is not None and p.type in ("expression_list", "receive_statement", "parenthesized_expression"):
        p = p.parent
    if p is not None and p.type == "communication_case":
        comm = p.child_by_field_name("communication")
        if comm is not None and inside(node, comm):
            return p
    return None


def case_received(case: Node) -> Node | None:
    """The operand of the receive a select case waits on (``x`` of ``case <-x:`` / ``case v := <-x:``),
    None for a send case or a ``default``."""
    comm = case.child_by_field_name("communication") if case.type == "communication_case" else None
    if comm is not None and comm.type == "receive_statement":
        comm = comm.child_by_field_name("right")
    elif comm is not None and comm.type == "expression_statement" and comm.named_children:
        comm = comm.named_children[0]
    comm = unparen(comm)
    if comm is None or comm.type != "unary_expression" or text(comm.child_by_field_name("operator")) != "<-":
        return None
    return unparen(comm.child_by_field_name("operand"))


def read_to_end_source(call: Node) -> Node | None:
    """The reader a call reads until EOF: ``b`` of ``io.ReadAll(b)``, ``io.Copy(w, b)`` or ``x.ReadFrom(b)``
    (an io.ReaderFrom reads to EOF); None for any other call."""
    name = call_name(call)
    args = call_args(call)
    if name == ("io", "ReadAll") and args:
        return unparen(args[0])
    if name == ("io", "Copy") and len(args) > 1:
        return unparen(args[1])
    if name[0] and name[1] == "ReadFrom" and len(args) == 1:
        return unparen(args[0])
    return None


def call_name(call: Node) -> tuple[str, str]:
    """(receiver text, name) of a call: ``wg.Add(1)`` -> ("wg", "Add"), ``close(c)`` -> ("", "close")."""
    fn = call.child_by_field_name("function")
    if fn is None:
        return "", ""
    if fn.type == "selector_expression":
        return text(fn.child_by_field_name("operand")), text(fn.child_by_field_name("field"))
    return "", text(fn)


def call_args(call: Node) -> list[Node]:
    args = call.child_by_field_name("arguments")
    return [a for a in args.named_children if a.type != "comment"] if args is not None else []


_DURATION_UNITS = {"time.Nanosecond": 1, "time.Microsecond": 1e3, "time.Millisecond": 1e6, "time.Second": 1e9,
                   "time.Minute": 60e9, "time.Hour": 3600e9}


def const_duration(node: Node | None) -> float | None:
    """Nanoseconds of a constant duration spelled with number literals, ``time.Unit`` and ``*``
    (``time.Second``, ``5 * time.Millisecond``, ``0.5 * time.Second``, ``5``); None for anything else."""
    node = unparen(node)
    if node is None:
        return None
    if node.type in ("int_literal", "float_literal"):
        try:
            return float(text(node).replace("_", ""))
        except ValueError:
            return None
    if node.type == "selector_expression":
        return _DURATION_UNITS.get(text(node))
    if node.type == "binary_expression" and text(node.child_by_field_name("operator")) == "*":
        a, b = const_duration(node.child_by_field_name("left")), const_duration(node.child_by_field_name("right"))
        return a * b if a is not None and b is not None else None
    return None


def unparen(node: Node | None) -> Node | None:
    while node is not None and node.type == "parenthesized_expression" and node.named_children:
        node = node.named_children[0]
    return node


def conjuncts(cond: Node | None) -> list[Node]:
    """The operands of a chain of ``&&`` (``a && b && c`` -> [a, b, c], each unparenthesised), or the
    condition itself; [] for None."""
    cond = unparen(cond)
    if cond is not None and cond.type == "binary_expression" and \
            text(cond.child_by_field_name("operator")) == "&&":
        return conjuncts(cond.child_by_field_name("left")) + conjuncts(cond.child_by_field_name("right"))
    return [cond] if cond is not None else []


def return_values(ret: Node) -> list[Node]:
    """The values a return statement spells (none for a bare return)."""
    kids = ret.named_children
    return kids[0].named_children if kids and kids[0].type == "expression_list" else kids


def stmt_list(block: Node | None) -> list[Node]:
    """Statements of a block (tree-sitter-go wraps them in a statement_list)."""
    if block is None:
        return []
    out = []
    for c in block.named_children:
        if c.type == "statement_list":
            out.extend(x for x in c.named_children if x.type != "comment")
        elif c.type != "comment":
            out.append(c)
    return out


def line_indent(source: bytes, offset: int) -> str:
    """Leading whitespace of the line holding ``offset``."""
    start = source.rfind(b"\n", 0, offset) + 1
    end = start
    while end < len(source) and source[end:end + 1] in (b" ", b"\t"):
        end += 1
    return source[start:end].decode("utf-8", "replace")


def line_start(source: bytes, offset: int) -> int:
    return source.rfind(b"\n", 0, offset) + 1


def argument_of(node: Node) -> tuple[Node | None, int | None]:
    """The call ``node`` is an argument of, and its position there; (None, None) when it is not one."""
    arg_list = node.parent
    call = arg_list.parent if arg_list is not None and arg_list.type == "argument_list" else None
    if call is None or call.type != "call_expression":
        return None, None
    args = [a for a in arg_list.named_children if a.type != "comment"]
    return call, next((i for i, a in enumerate(args) if a.id == node.id), None)


def lines_above(source: bytes, offset: int, n: int, floor: int = 0) -> list[bytes]:
    """The ``n`` whole lines above the line of ``offset`` (not above ``floor``)."""
    start = line_start(source, offset)
    return source[floor:start].split(b"\n")[-n - 1:-1]


def loop_clause(loop: Node | None) -> str | None:
    """The text of a loop's ``for`` clause, or ``range X`` of a ``range`` clause (``for _, r := range reqs`` and
    ``for range reqs`` run as often), None for a loop without one."""
    if loop is None:
        return None
    c = next((c for c in loop.named_children if c.type in ("for_clause", "range_clause")), None)
    if c is not None and c.type == "range_clause":
        return "range " + " ".join(text(c.child_by_field_name("right")).split())
    return " ".join(text(c).split()) if c is not None else None


def counting_loop(clause: Node | None) -> tuple[str, Node, str, Node] | None:
    """``for c := A; c < B; ...`` (or ``<=``): (the counter's name, ``A``, the operator, ``B``) of a
    ``for_clause``; None for any other loop."""
    if clause is None or clause.type != "for_clause":
        return None
    init = clause.child_by_field_name("initializer")
    cond = unparen(clause.child_by_field_name("condition"))
    if init is None or cond is None or init.type != "short_var_declaration" or cond.type != "binary_expression":
        return None
    left, right = init.child_by_field_name("left"), init.child_by_field_name("right")
    if left is None or right is None or left.named_child_count != 1 or right.named_child_count != 1:
        return None
    op = text(cond.child_by_field_name("operator"))
    counter = text(left.named_children[0])
    bound = cond.child_by_field_name("right")
    if op not in ("<", "<=") or bound is None or text(cond.child_by_field_name("left")) != counter:
        return None
    return counter, right.named_children[0], op, bound


def loop_bound(loop: Node) -> Node | None:
    """What a loop runs as many turns as: ``xs`` of ``for ... := range xs`` (a slice, or an integer since
    Go 1.22), ``n`` of ``for i := 0; i < n; i++`` (or ``for i := 1; i <= n; i++``, the start also a conversion, ``uint32(0)``);
    None for any other loop."""
    clause = next((c for c in loop.named_children if c.type in ("for_clause", "range_clause")), None)
    if clause is None:
        return None
    if clause.type == "range_clause":
        return unparen(clause.child_by_field_name("right"))
    got = counting_loop(clause)
    update = clause.child_by_field_name("update")
    if got is None or update is None:
        return None
    counter, start, op, bound = got
    start = re.sub(r"^\w+\((\d+)\)$", r"\1", " ".join(text(start).split()))   # (``uint32(0)``)
    if (start, op) not in (("0", "<"), ("1", "<=")) or \
            " ".join(text(update).split()) not in (f"{counter}++", f"{counter} += 1"):
        return None   # (``for i := 1; i <= n; i++`` runs n turns too)
    return unparen(bound)


def loop_turns(loop: Node) -> tuple:
    """How many times a loop runs, as the text (or int) of a channel capacity would say it: ``n`` for
    ``for i := 0; i < n; i++``; ``len(xs)`` for ``for ... := range xs``, or ``xs`` itself when it is
    an integer (Go 1.22: ``for i := range n``; a capacity spelled ``n`` is one)."""
    bound = loop_bound(loop)
    if bound is None:
        return ()
    if any(c.type == "range_clause" for c in loop.named_children):
        if bound.type == "int_literal":
            return (int(text(bound)),) if text(bound).isdigit() else ()
        return (f"len({text(bound)})", text(bound)) if bound.type == "identifier" else ()
    b = " ".join(text(bound).split())
    if b.isdigit():
        return (int(b), b)
    return (b,) if re.fullmatch(r"\*?\w+(?:\.\w+)*(?:\(\w+\))?", b) else ()   # (``n``, ``len(xs)``, ``*num``)


_COMMENT_TEXT = re.compile(rb"//[^\n]*|/\*.*?\*/", re.S)


def decl_context(source: bytes, start: int, prev_end: int) -> bytes:
    """What the analysis of a declaration starting at ``start`` may read above it: the comments between
    the previous declaration's end (``prev_end``) and it (its doc comment, ``/* ... */`` too, blank lines
    between allowed: a rule's reading of its doc), and the comments among the three lines above it
    (:func:`lines_above` of its first lines: a comment there explains an access), even inside the
    previous declaration. A cache of the declaration's results is keyed by these as well as by its text."""
    pos = start
    for _ in range(4):   # the start of the third line above the declaration's line
        pos = source.rfind(b"\n", 0, max(pos - 1, 0)) + 1 if pos > 0 else 0
    return b"\0".join(_COMMENT_TEXT.findall(source, min(pos, prev_end), start))


def doc_comment(source: bytes, node: Node) -> str:
    """The comment lines right above a declaration, joined."""
    lines = []
    pos = source.rfind(b"\n", 0, node.start_byte) + 1
    while pos > 0:
        prev_end = pos - 1
        prev_start = source.rfind(b"\n", 0, prev_end) + 1
        line = source[prev_start:prev_end].strip()
        if not line.startswith(b"//"):
            break
        lines.append(line[2:].decode("utf-8", "replace"))
        pos = prev_start
    return " ".join(reversed(lines))


def without_address(expr: Node | None) -> Node | None:
    """``T{...}`` of ``&T{...}`` (any ``&x``: ``x``), unparenthesised; ``expr`` itself otherwise."""
    expr = unparen(expr)
    if expr is not None and expr.type == "unary_expression" and text(expr.child_by_field_name("operator")) == "&":
        return unparen(expr.child_by_field_name("operand"))
    return expr


def contract_comment(source: bytes, node: Node) -> str:
    """A function's doc comment and the comment lines that open its body (``// assumes RLock is held`` as
    its first line): where Go code states what its callers must hold."""
    body = node.child_by_field_name("body")
    lines = []
    for c in (body.children if body is not None else ()):
        if c.type in ("{", "\n"):
            continue
        if c.type == "statement_list":
            c = c.children[0] if c.children else None
            if c is None or c.type != "comment":
                break
        if c.type != "comment":
            break
        lines.append(text(c).lstrip("/").strip())
    doc = doc_comment(source, node)
    return " ".join([doc] + lines) if lines else doc


# a doc comment that rules out concurrent use: "It is NOT thread-safe", "not safe for concurrent use"
NOT_CONCURRENT = re.compile(
    r"\bnot\s+(?:thread|goroutine|concurrency)[- ]?safe\b|\bnot\s+safe\s+for\s+concurren|"
    r"\bmust\s+not\s+be\s+(?:used|called|accessed)\s+concurrently|\bnot\s+safe\s+to\s+(?:use|call)\s+concurrently",
    re.IGNORECASE)
# the same on lowered bytes, each branch led by a literal the scan can skip ahead to (the word boundary
# before it tested by the caller): a fifth of the time of the case-blind ``\b`` pattern over a package
NOT_CONCURRENT_LOWER = re.compile(
    rb"not\s+(?:(?:thread|goroutine|concurrency)[- ]?safe\b|safe\s+for\s+concurren|safe\s+to\s+(?:use|call)\s+"
    rb"concurrently)|must\s+not\s+be\s+(?:used|called|accessed)\s+concurrently")


def line_end(source: bytes, offset: int) -> int:
    i = source.find(b"\n", offset)
    return len(source) if i == -1 else i


# --------------------------------------------------------- functions, types
def params(fn: Node) -> list[tuple[str, Node | None]]:
    """(name, type node) of a function's parameters, receiver first for methods."""
    out: list[tuple[str, Node | None]] = []
    lists = []
    if fn.type == "method_declaration":
        lists.append(fn.child_by_field_name("receiver"))
    lists.append(fn.child_by_field_name("parameters"))
    for plist in lists:
        if plist is None:
            continue
        for decl in plist.named_children:
            if decl.type not in ("parameter_declaration", "variadic_parameter_declaration"):
                continue
            typ = decl.child_by_field_name("type")
            names = decl.children_by_field_name("name")
            for n in names:
                out.append((text(n), typ))
            if not names:
                out.append(("", typ))
    return out


def result_types(fn: Node) -> list[Node]:
    """Result type nodes of a function (one per value)."""
    res = fn.child_by_field_name("result")
    if res is None:
        return []
    if res.type != "parameter_list":
        return [res]
    out = []
    for decl in res.named_children:
        if decl.type != "parameter_declaration":
            continue
        typ = decl.child_by_field_name("type")
        names = decl.children_by_field_name("name")
        out.extend([typ] * max(1, len(names)))
    return out


def has_named_results(fn: Node) -> bool:
    res = fn.child_by_field_name("result")
    return res is not None and res.type == "parameter_list" and any(
        d.children_by_field_name("name") for d in res.named_children if d.type == "parameter_declaration")


_ZERO = {
    "bool": "false", "string": '""', "error": "nil", "any": "nil",
}
_NUMERIC = {"int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64",
            "uintptr", "float32", "float64", "complex64", "complex128", "byte", "rune"}


def zero_value(typ: Node | None) -> str | None:
    """Go zero value literal for a type, or None when it cannot be spelled simply."""
    if typ is None:
        return None
    t = text(typ)
    if t in _ZERO:
        return _ZERO[t]
    if t in _NUMERIC:
        return "0"
    if typ.type in ("pointer_type", "slice_type", "map_type", "channel_type", "function_type",
                    "interface_type") or t.startswith(("*", "[]", "map[", "chan", "<-chan", "func")):
        return "nil"
    if typ.type in ("type_identifier", "qualified_type", "generic_type"):
        return None  # struct or named type: needs T{} or var; callers decide
    return None


def return_zero_stmt(fn: Node) -> str | None:
    """A ``return ...`` statement with zero values for ``fn``'s results (None if not spellable)."""
    if has_named_results(fn):
        return "return"
    vals = []
    for t in result_types(fn):
        z = zero_value(t)
        if z is None:
            if t is not None and t.type == "type_identifier":
                z = text(t) + "{}"
            else:
                return None
        vals.append(z)
    return "return" + (" " + ", ".join(vals) if vals else "")


def is_context_type(typ: Node | None) -> bool:
    return typ is not None and text(typ) == "context.Context"


def declared_names(stmt: Node) -> list[Node]:
    """Identifiers a ``:=`` / ``var`` statement declares."""
    if stmt.type == "short_var_declaration":
        left = stmt.child_by_field_name("left")
        return [n for n in (left.named_children if left else []) if n.type == "identifier"]
    if stmt.type == "var_declaration":
        out = []
        for spec in walk(stmt):
            if spec.type == "var_spec":
                out.extend(spec.children_by_field_name("name"))
        return out
    return []


def context_in_scope(node: Node, unit: Node) -> str | None:
    """Name (or selector text) of a ``context.Context`` usable at ``node``.

    Looks at the parameters of every enclosing function (literal closures
    capture them), then ``ctx, cancel := context.WithX(...)`` / ``ctx :=``
    declarations that come before ``node`` in enclosing blocks, and finally
    a receiver field named ``ctx`` used elsewhere in the method (``s.ctx``).
    """
    for fn in [p for p in ancestors(node, unit) if p.type in FUNC_TYPES]:
        for name, typ in params(fn):
            if name and name != "_" and is_context_type(typ):
                return name
        body = func_body(fn)
        if body is None:
            continue
        for n in walk(body, skip_funcs=True):
            if n.start_byte >= node.start_byte:
                break
            if n.type == "short_var_declaration":
                right = n.child_by_field_name("right")
                rt = text(right)
                if rt.startswith("context.With") or rt.startswith(("context.Background", "context.TODO")):
                    names = declared_names(n)
                    if names and text(names[0]) != "_" and _encloses_use(n, node):
                        return text(names[0])
            if n.type == "parameter_declaration":
                continue
    if unit.type == "method_declaration":
        recv = params(unit)
        if recv and recv[0][0]:
            want = recv[0][0] + ".ctx"
            for n in walk(unit):
                if n.type == "selector_expression" and text(n) == want:
                    return want
    return None


def _encloses_use(decl: Node, use: Node) -> bool:
    """A declaration statement is visible at ``use`` when its block contains ``use``."""
    block = decl.parent
    return block is not None and inside(use, block)


def is_terminating(stmt: Node) -> bool:
    """Statement that leaves the current flow: return, panic, os.Exit, log.Fatal, t.Fatal, goto."""
    if stmt.type in ("return_statement", "goto_statement"):
        return True
    if stmt.type == "expression_statement" and stmt.named_children:
        e = stmt.named_children[0]
        if e.type == "call_expression":
            recv, name = call_name(e)
            if (recv, name) == ("", "panic") or (recv == "os" and name == "Exit"):
                return True
            if recv == "log" and name.startswith(("Fatal", "Panic")):
                return True
            if name in ("Fatal", "Fatalf", "FailNow", "Skip", "Skipf", "SkipNow") and recv in ("t", "b", "tb", "f"):
                return True
            if recv == "require" and name in ("Fail", "Failf", "FailNow", "FailNowf"):
                return True   # testify: these call t.FailNow unconditionally
    return False


def contains_exit(node: Node, loop: Node | None = None, unless=None) -> bool:
    """Does ``node`` (a case body, block...) contain a return/panic, or a break/goto leaving ``loop``?

    A plain ``break`` inside a select/switch only leaves that statement; it leaves
    ``loop`` only when it is directly in the loop or names the loop's label. ``unless(stmt)``: an exit
    statement not to count.
    """
    for n in walk(node, skip_funcs=True):
        if unless is not None and n.type in ("return_statement", "break_statement", "goto_statement",
                                             "expression_statement") and unless(n):
            continue
        if is_terminating(n):
            return True
        if loop is not None and n.type == "break_statement":
            label = n.named_children[0] if n.named_children else None
            if label is not None:
                lp = loop.parent
                if lp is not None and lp.type == "labeled_statement" and text(lp.child_by_field_name("label")) == text(label):
                    return True
            elif breaks_out_of(n) is not None and breaks_out_of(n).id == loop.id:
                return True
    return False


def guards(node: Node, stop: Node) -> Iterator[tuple[Node, Node]]:
    """The conditions ``node`` runs under inside ``stop``: for every enclosing ``if`` whose ``then`` branch
    holds it, each conjunct of its condition (``if a && (b && c)``: ``a``, ``b``, ``c``, parentheses
    dropped), with that branch: (conjunct, branch)."""
    for a in ancestors(node, stop):
        then = a.child_by_field_name("consequence") if a.type == "if_statement" else None
        if then is None or not inside(node, then):
            continue
        for c in operands(a.child_by_field_name("condition"), "&&"):
            yield c, then


def operands(expr: Node | None, op: str) -> list[Node]:
    """The operands of a chain of one boolean operator, left to right, parentheses dropped
    (``a && (b && c)``, ``"&&"``: ``[a, b, c]``); ``[expr]`` for anything else."""
    out, stack = [], [unparen(expr)]
    while stack:
        c = stack.pop()
        if c is not None and c.type == "binary_expression" and text(c.child_by_field_name("operator")) == op:
            stack.extend((unparen(c.child_by_field_name("right")), unparen(c.child_by_field_name("left"))))
        elif c is not None:
            out.append(c)
    return out


def for_condition(loop: Node) -> Node | None:
    """The condition of a ``for`` statement (``for cond {}``, ``for i := 0; cond; i++ {}``); None for
    ``for {}`` and ``for range``."""
    clause = next((c for c in loop.named_children if c.type in ("for_clause", "range_clause")), None)
    if clause is not None:
        return clause.child_by_field_name("condition") if clause.type == "for_clause" else None
    body = loop.child_by_field_name("body")
    return next((c for c in loop.named_children if c.id != (body.id if body else -1) and c.type != "comment"),
                None)


def cas_target(call: Node | None) -> Node | None:
    """The value a compare-and-swap call changes: ``x`` of ``atomic.CompareAndSwapInt32(&x, 0, 1)`` or of
    ``x.CompareAndSwap(false, true)``; None for any other call."""
    call = unparen(call)
    if call is None or call.type != "call_expression" or not call_name(call)[1].startswith("CompareAndSwap"):
        return None
    args = call_args(call)
    fn = unparen(call.child_by_field_name("function"))
    if len(args) == 3 and args[0].type == "unary_expression" and text(args[0]).startswith("&"):
        return unparen(args[0].child_by_field_name("operand"))
    if len(args) == 2 and fn is not None and fn.type == "selector_expression":
        return unparen(fn.child_by_field_name("operand"))
    return None


def endless_loop(loop: Node) -> bool:
    """Is ``loop`` a ``for`` with no condition or the constant ``true`` (``for {}``, ``for true {}``,
    ``for ; true; <-tick.C {}``), not a range: only a way out of its body ends it?"""
    if loop.type != "for_statement" or any(c.type == "range_clause" for c in loop.named_children):
        return False
    cond = for_condition(loop)
    return cond is None or unparen(cond).type == "true"


def breaks_out_of(brk: Node) -> Node | None:
    """The statement an unlabelled ``break`` leaves (for / switch / select)."""
    for p in ancestors(brk):
        if p.type in ("for_statement", "expression_switch_statement", "type_switch_statement", "select_statement"):
            return p
        if p.type in FUNC_TYPES:
            return None
    return None


def type_param_names(decl: Node) -> frozenset[str]:
    """The type parameters a declaration brings into scope: ``func F[T any, U comparable]`` gives T and U;
    a method of a generic type, the names its receiver gives them (``func (s *Set[T]) ...``). Inside,
    such a name is that type parameter, not a package type of the same name."""
    out = []
    tps = decl.child_by_field_name("type_parameters") if decl.type == "function_declaration" else None
    for d in (tps.named_children if tps is not None else ()):
        if d.type == "type_parameter_declaration":
            out.extend(text(x) for x in d.children_by_field_name("name"))
    recv = decl.child_by_field_name("receiver") if decl.type == "method_declaration" else None
    for p in (recv.named_children if recv is not None else ()):
        t = p.child_by_field_name("type") if p.type == "parameter_declaration" else None
        while t is not None and t.type in ("pointer_type", "parenthesized_type"):
            t = t.named_children[-1] if t.named_children else None
        args = t.child_by_field_name("type_arguments") if t is not None and t.type == "generic_type" else None
        for e in (args.named_children if args is not None else ()):
            x = e.named_children[0] if e.type == "type_elem" and e.named_children else e
            if x.type == "type_identifier":
                out.append(text(x))
    return frozenset(out)


def break_target(brk: Node) -> Node | None:
    """The statement a ``break`` leaves: the innermost for / switch / select for a plain one, the statement
    its label names (``break out``) for a labelled one; None outside any (in the function)."""
    label = brk.named_children[0] if brk.named_children else None
    if label is None:
        return breaks_out_of(brk)
    name = text(label)
    for p in ancestors(brk):
        if p.type in FUNC_TYPES:
            return None
        lp = p.parent
        if lp is not None and lp.type == "labeled_statement" and text(lp.child_by_field_name("label")) == name:
            return p
    return None


def references(name: str, scope: Node, skip_funcs: bool = False) -> Iterator[Node]:
    """Identifier nodes spelling ``name`` inside ``scope``."""
    for n in walk(scope, skip_funcs=skip_funcs):
        if n.type == "identifier" and n.text == name.encode():
            yield n


def shadows(name: str, fn: Node) -> bool:
    """Does func literal ``fn`` declare ``name`` as a parameter (hiding an outer variable)?"""
    return any(p == name for p, _ in params(fn))


def top_level_units(root: Node) -> list[Node]:
    """Top-level declarations analysed one at a time (functions, methods, types, vars)."""
    return [c for c in root.named_children
            if c.type not in ("package_clause", "import_declaration", "comment")]


def package_name(root: Node) -> str:
    for c in root.named_children:
        if c.type == "package_clause":
            return text(c.named_children[0]) if c.named_children else ""
    return ""


_TEST_FAIL = frozenset({"Error", "Errorf", "Fatal", "Fatalf", "FailNow", "Fail", "Skip", "Skipf", "SkipNow"})
_TESTIFY_FAIL = frozenset({"Fail", "Failf", "FailNow", "FailNowf"})   # testify's unconditional failures


# Ginkgo (onsi/ginkgo, its v2, the bsm/ginkgo fork): Fail, Skip and AbortSuite record the spec's end and
# panic (the framework recovers): they end the spec like t.Fatal ends a test, and never return
GINKGO_IMPORT = re.compile(rb'^\s*(?:import\s+)?(\.|\w+)?\s*"github\.com/(?:onsi|bsm)/ginkgo(?:/v2)?"', re.M)
GINKGO_ENDS = frozenset({"Fail", "Skip", "AbortSuite"})


def ginkgo_names(imports: bytes) -> frozenset:
    """How a file whose import declarations are ``imports`` names Ginkgo's package: ``""`` for a dot
    import, else its name or alias; empty when it does not import it."""
    if b"/ginkgo" not in imports:
        return frozenset()
    return frozenset("" if m.group(1) == b"." else (m.group(1).decode() if m.group(1) else "ginkgo")
                     for m in GINKGO_IMPORT.finditer(imports))


_TEXT_MEMO: dict[tuple[int, str], tuple[bytes, object]] = {}


def text_memo(source: bytes, what: str, compute):
    """``compute()``, once per file text and ``what``: a fact of a whole file that every declaration's
    analysis asks for (its constants, its ``require`` uses). Keyed by the text's identity (the text is
    kept, so the key is not reused while the entry lives); a few files' entries at a time."""
    key = (id(source), what)
    got = _TEXT_MEMO.get(key)
    if got is None or got[0] is not source:
        if len(_TEXT_MEMO) > 32:
            _TEXT_MEMO.clear()
        got = _TEXT_MEMO[key] = (source, compute())
    return got[1]


def import_text(node: Node) -> bytes:
    """The text of the import declarations of the file that holds ``node`` (they come first: the
    declarations after them are not looked at)."""
    root = node
    while root.parent is not None:
        root = root.parent
    out = []
    i, n = 0, root.child_count
    while i < n:    # (one child at a time: ``root.children`` would build every declaration's node)
        c = root.child(i)
        if c.type == "import_declaration":
            out.append(c.text or b"")
        elif c.type not in ("package_clause", "comment"):
            break
        i += 1
    return b"\n".join(out)


def file_ginkgo(node: Node) -> frozenset:
    """How the file that holds ``node`` names Ginkgo's package (:func:`ginkgo_names`)."""
    return ginkgo_names(import_text(node))


def reports_failure(node: Node, testing: frozenset = frozenset(), asserts: frozenset = frozenset()) -> bool:
    """Does ``node`` fail the test or stop the process (t.Error/Fatal, testify's ``require.Fail(t, ...)``/
    ``assert.Fail``, Ginkgo's ``Fail``, panic, log.Fatal, os.Exit)? ``testing``: more names of testing
    values there (a harness that embeds ``*testing.T``: ``ht.Fatalf``), as the caller's types know them;
    ``asserts``: names of testify ``Assertions`` values (``re := require.New(t)``: ``re.FailNow(...)``).

    A path that ends this way is already a failure; a goroutine left behind on
    it is not the bug worth reporting.
    """
    ginkgo = None
    done = _done_context(node)
    for n in walk(node, skip_funcs=True):
        if n.type != "call_expression":
            continue
        recv, name = call_name(n)
        if done is not None and name in _NIL_ASSERTIONS and recv:
            args = call_args(n)
            if len(args) >= 2 and " ".join(text(args[1]).split()) == done + ".Err()":
                return True   # ``case <-ctx.Done(): require.NoError(t, ctx.Err())``: Err is not nil there
        if name in GINKGO_ENDS:
            if ginkgo is None:
                ginkgo = file_ginkgo(node)
            if recv in ginkgo:
                return True
        if (recv, name) == ("", "panic") or (recv == "os" and name == "Exit"):
            return True
        if recv == "log" and name.startswith(("Fatal", "Panic")):
            return True
        if name in _TEST_FAIL and (recv in ("t", "b", "tb", "f", "c") or recv.endswith(".T()") or recv in testing):
            return True   # (``s.T().Fatalf(...)``: a testify suite's test)
        if name in _TESTIFY_FAIL and testify_form(recv, asserts):
            return True   # (``s.Require().Fail(...)``: a testify suite's assertions)
    return False


def testify_form(recv: str, asserts: frozenset = frozenset()) -> str | None:
    """How a call's receiver text names testify: ``"value"`` for an ``Assertions`` value (``re :=
    require.New(t)``'s ``re``, one of ``asserts``; a suite's ``s.Require()``), whose methods take no testing
    value first; ``"package"`` for the ``require``/``assert`` packages (``require.True(t, ok)``); else None."""
    if recv in asserts or recv.endswith((".Require()", ".Assert()")):
        return "value"
    return "package" if recv in ("require", "assert") else None


_NIL_ASSERTIONS = frozenset({"NoError", "NoErrorf", "Nil", "Nilf", "NilError"})   # (NilError: gotest.tools)


def _done_context(case: Node) -> str | None:
    """For a select case ``case <-ctx.Done():``, the text of ``ctx``; else None."""
    call = case_received(case)
    if call is None or call.type != "call_expression" or call_name(call)[1] != "Done" or call_args(call):
        return None
    fn = call.child_by_field_name("function")
    operand = fn.child_by_field_name("operand") if fn is not None and fn.type == "selector_expression" else None
    return " ".join(text(operand).split()) if operand is not None else None


def around(node: Node, within: Node):
    """The blocks around ``node`` inside ``within``, innermost first: (the block, its statements, the
    statement of it that holds ``node``). A case clause's statements count as a block."""
    cur = node
    while cur is not None and cur.id != within.id:
        parent = cur.parent
        if parent is None:
            return
        if parent.type in ("block", "statement_list"):
            holder = parent.parent if parent.type == "statement_list" and parent.parent is not None and \
                parent.parent.type == "block" else parent
            yield holder, stmt_list(holder), cur
            cur = holder
            continue
        cur = parent


def after_failure(node: Node, within: Node) -> bool:
    """Is ``node`` reached only once the test has reported a failure: in the branch of an ``if`` whose
    condition is a negated testify check (``if !assert.NoError(t, err) { return }``: assert reports the
    failure and returns false), or after a statement of its block that reports one
    (``t.Errorf(...); return``)? Searched outward up to ``within``."""
    for block, stmts, st in around(node, within):
        if any(s.start_byte < st.start_byte and s.type == "expression_statement" and reports_failure(s)
               for s in stmts):
            return True
        parent = block.parent
        consequence = parent.child_by_field_name("consequence") if parent is not None and \
            parent.type == "if_statement" else None
        if consequence is not None and consequence.id == block.id:
            cond = unparen(parent.child_by_field_name("condition"))
            if cond is not None and cond.type == "unary_expression" and text(cond.child_by_field_name("operator")) == "!":
                inner = unparen(cond.child_by_field_name("operand"))
                if inner is not None and inner.type == "call_expression" and call_name(inner)[0] == "assert":
                    return True
    return False


def max_per_path(node: Node, counted: set[int], turn: bool = False) -> int | None:
    """How many of the ``counted`` nodes one execution of ``node`` can reach at most.

    Branches (if/else, switch and select cases) take the maximum, sequences add
    up, and a path that returns stops adding; a counted node inside a loop makes
    the count unknown (None), unless every path through it in the loop's body returns.
    ``turn``: ``node`` is a loop's body, one turn of which ends at a ``continue`` of that loop.
    """
    try:
        fall, term = _paths(node, counted, turn)
    except _Unknown:
        return None
    return int(max(fall, term, 0))


class _Unknown(Exception):
    pass


_NEG = float("-inf")


def _paths(node: Node, counted: set[int], turn: bool = False, breaks: bool = False) -> tuple[float, float]:
    """(max count on paths that fall through ``node``, max count on paths that end inside it). ``breaks``:
    only the paths that end at a ``break`` count as ending (a ``return`` or a stop ends nowhere after the
    loop they are in)."""
    if node.id in counted:
        return 1, _NEG
    t = node.type
    if t == "func_literal":
        return 0, _NEG
    if t == "for_statement":
        body = node.child_by_field_name("body")
        if body is not None and any(n.id in counted for n in walk(body, skip_funcs=True)):
            fall, term = _paths(body, counted)   # (a nested loop: its continue is its own)
            if fall > 0:
                raise _Unknown   # an iteration that goes on after a counted node
            if any(b.type == "break_statement" and getattr(break_target(b), "id", None) == node.id
                   for b in walk(body, skip_funcs=True)):
                # (``out <- v; break loop``: the path goes on after the loop with what the paths that
                # break out of it counted; those that return end here)
                after = _paths(body, counted, breaks=True)[1]
                return (after if after != _NEG else 0), (term if not breaks else after)
            return 0, (term if not breaks else _NEG)   # each counted node ends its path (``errs <- err; return``)
        return 0, _NEG
    if t == "break_statement":
        target = break_target(node)
        if target is not None and target.type == "for_statement":
            return _NEG, 0   # it leaves a loop: this turn's path ends here (the loop's caller goes on)
        return 0, _NEG
    if t == "return_statement" or (t == "expression_statement" and is_terminating(node)):
        return _NEG, (_NEG if breaks else 0)
    if turn and t == "continue_statement" and not node.named_children:
        return _NEG, 0   # (the turn ends: an unlabeled continue outside nested loops)
    if t == "if_statement":
        fi, ti = _paths(node.child_by_field_name("initializer"), counted, turn, breaks) \
            if node.child_by_field_name("initializer") is not None else (0, _NEG)
        cons, alt = node.child_by_field_name("consequence"), node.child_by_field_name("alternative")
        fa, ta = _paths(cons, counted, turn, breaks) if cons is not None else (0, _NEG)
        fb, tb = _paths(alt, counted, turn, breaks) if alt is not None else (0, _NEG)
        return fi + max(fa, fb), max(ti, fi + ta, fi + tb)
    if t in ("expression_switch_statement", "type_switch_statement", "select_statement"):
        cases = [c for c in node.named_children
                 if c.type in ("expression_case", "default_case", "type_case", "communication_case")]
        results = [_paths(c, counted, turn, breaks) for c in cases]
        if t != "select_statement" and not any(c.type == "default_case" for c in cases):
            results.append((0, _NEG))
        if not results:
            return (_NEG, _NEG) if t == "select_statement" else (0, _NEG)
        return max(r[0] for r in results), max(r[1] for r in results)
    fall, term = 0.0, _NEG
    for c in node.named_children:
        f, tm = _paths(c, counted, turn, breaks)
        term = max(term, fall + tm)
        fall = fall + f
        if fall == _NEG:
            break
    return fall, term


def stmt_of(node: Node) -> Node:
    """The statement (child of a statement_list) that contains ``node``."""
    s = node
    while s.parent is not None and s.parent.type != "statement_list":
        s = s.parent
    return s


def runs_before(earlier: Node, later: Node) -> bool:
    """Does ``earlier`` run before ``later`` on every path to it?

    True when the statement holding ``earlier`` is an earlier statement of a
    block that encloses ``later`` (it is not in a sibling branch) and both run
    in the same function.
    """
    stmt = stmt_of(earlier)
    block = stmt.parent
    return (block is not None and stmt.end_byte <= later.start_byte and inside(later, block)
            and enclosing_func(earlier) == enclosing_func(later))


def ident_role(ident: Node) -> str:
    """How an identifier is used: "call" (``f()``), "defer-call", "decl", "assign", or "use"."""
    p = ident.parent
    if p is not None and p.type == "call_expression" and p.child_by_field_name("function") == ident:
        gp = p.parent
        if gp is not None and gp.type in ("defer_statement", "go_statement"):
            return "defer-call" if gp.type == "defer_statement" else "use"
        return "call"
    if p is not None and p.type == "expression_list":
        gp = p.parent
        if gp is not None and gp.type in ("short_var_declaration", "assignment_statement") and \
                gp.child_by_field_name("left") == p:
            return "decl" if gp.type == "short_var_declaration" else "assign"
    return "use"


def unique_name(base: str, scope: Node) -> str:
    """``base``, or ``base2``... when the name is already used in ``scope``."""
    used = {text(n) for n in walk(scope) if n.type == "identifier"}
    name, i = base, 2
    while name in used:
        name, i = f"{base}{i}", i + 1
    return name


def guaranteed_before(targets: list[Node], later: Node, scope: Node) -> bool:
    """Does one of the ``targets`` (calls) run on every path from ``scope``'s start to ``later``?

    Looks at the statements before ``later`` in each enclosing block up to
    ``scope``: a target call statement counts, and so does an ``if``/``else``
    whose every branch makes one of the calls or leaves the function.
    """
    stmts = {stmt_of(t).id for t in targets}
    node = later
    while node is not None and node != scope:
        parent = node.parent
        if parent is None:
            break
        if parent.type == "statement_list":
            for sib in parent.named_children:
                if sib.start_byte >= node.start_byte:
                    break
                if _guarantees(sib, stmts):
                    return True
        if parent.type in FUNC_TYPES:
            break
        node = parent
    return False


def _guarantees(s: Node, stmts: set[int]) -> bool:
    if s.id in stmts:
        return True
    if s.type == "if_statement":
        cons, alt = s.child_by_field_name("consequence"), s.child_by_field_name("alternative")
        if cons is None or alt is None:
            return False
        return _block_guarantees(cons, stmts) and (
            _guarantees(alt, stmts) if alt.type == "if_statement" else _block_guarantees(alt, stmts))
    if s.type == "block":
        return _block_guarantees(s, stmts)
    return False


def _block_guarantees(block: Node, stmts: set[int]) -> bool:
    for x in stmt_list(block):
        if _guarantees(x, stmts) or x.type == "return_statement" or (
                x.type == "expression_statement" and is_terminating(x)):
            return True
    return False


def import_removal(root: Node, source: bytes, path: str):
    """The edit removing the unnamed ``import "path"`` from a file: its line in a block of several, or
    the whole declaration (None when the file does not import it so)."""
    from .findings import Edit
    for decl in root.named_children:
        if decl.type != "import_declaration":
            continue
        specs = [sp for sp in walk(decl) if sp.type == "import_spec"]
        for sp in specs:
            p = sp.child_by_field_name("path")
            if p is None or text(p).strip('"`') != path or sp.child_by_field_name("name") is not None:
                continue
            node = decl if len(specs) == 1 else sp
            start, end = line_start(source, node.start_byte), line_end(source, node.end_byte)
            if source[start:node.start_byte].strip() or source[node.end_byte:end].strip():
                return None   # (shares its line with other code)
            return Edit(start, min(end + 1, len(source)), "")
    return None


def import_edit(root: Node, source: bytes, path: str):
    """The edit adding ``import "path"`` to a file (None when it is imported already).

    Goes into the first parenthesised import block in sorted position (into the run of
    imports from the same host, ``github.com/...``, when the block groups them so), turns
    a single ``import "x"`` into a block, or follows the package clause.
    """
    from .findings import Edit
    specs = []
    for decl in root.named_children:
        if decl.type != "import_declaration":
            continue
        for spec in walk(decl):
            if spec.type == "import_spec":
                p = spec.child_by_field_name("path")
                if p is not None and text(p).strip('"`') == path:
                    return None
                specs.append((decl, spec))
    line = f'"{path}"'
    if not specs:
        pkg = next((c for c in root.named_children if c.type == "package_clause"), None)
        if pkg is None:
            return None
        return Edit(pkg.end_byte, pkg.end_byte, f"\n\nimport {line}")
    decl = specs[0][0]
    group = [sp for d, sp in specs if d == decl]
    if decl.child_by_field_name("path") is None and any(c.type == "import_spec_list" for c in decl.named_children):
        # runs of consecutive specs (gofmt sorts within a run separated by blank lines): the first,
        # or the first with a path from the same host
        runs = [[group[0]]]
        for sp in group[1:]:
            if source.count(b"\n", runs[-1][-1].end_byte, sp.start_byte) > 1:
                runs.append([])
            runs[-1].append(sp)
        host = path.split("/", 1)[0]
        run = next((r for r in runs if "." in host and any(
            text(sp.child_by_field_name("path")).strip('"`').split("/", 1)[0] == host for sp in r)), runs[0])
        if all(sp.child_by_field_name("name") is None for sp in run):
            for sp in run:
                if text(sp.child_by_field_name("path")).strip('"') > path:
                    start = line_start(source, sp.start_byte)
                    return Edit(start, start, line_indent(source, sp.start_byte) + line + "\n")
        last = run[-1]
        end = line_end(source, last.end_byte)
        return Edit(end, end, "\n" + line_indent(source, last.start_byte) + line)
    only = group[0]
    existing = text(only)
    lines = sorted([existing, line], key=lambda l: l.split()[-1])
    return Edit(decl.start_byte, decl.end_byte, "import (\n" + "".join(f"\t{l}\n" for l in lines) + ")")


# ----------------------------------------------------------------- scopes
def _decl_names(node: Node) -> list[Node]:
    """Identifiers a statement-level node declares in the scope that follows it."""
    t = node.type
    if t in ("short_var_declaration", "var_declaration"):
        return declared_names(node)
    if t == "for_clause":
        init = node.child_by_field_name("initializer")
        return declared_names(init) if init is not None else []
    if t in ("range_clause", "receive_statement"):
        if any(c.type == ":=" for c in node.children):
            left = node.child_by_field_name("left")
            return [n for n in (left.named_children if left else []) if n.type == "identifier"]
        return []
    if t == "type_switch_statement":
        alias = node.child_by_field_name("alias")
        return [n for n in (alias.named_children if alias else []) if n.type == "identifier"]
    return []


def func_param_names(fn: Node) -> list[Node]:
    """Identifiers of a function's receiver, parameters and named results."""
    out = []
    for field in ("receiver", "parameters", "result"):
        plist = fn.child_by_field_name(field)
        if plist is None or plist.type != "parameter_list":
            continue
        for decl in plist.named_children:
            if decl.type in ("parameter_declaration", "variadic_parameter_declaration"):
                out.extend(decl.children_by_field_name("name"))
    return out


def _declaring(ident: Node) -> Node | None:
    """The node ``ident`` itself declares (it is the name in a ``:=``, ``var`` or header), else None."""
    p = ident.parent
    if p is not None and p.type == "expression_list":
        p = p.parent
    if p is None:
        return None
    if p.type == "var_spec":
        return stmt_of(p) if ident in p.children_by_field_name("name") else None
    if p.type in ("parameter_declaration", "variadic_parameter_declaration"):
        return enclosing_func(p)
    if p.type in ("short_var_declaration", "range_clause", "receive_statement", "type_switch_statement") and \
            any(n.id == ident.id for n in _decl_names(p)):
        if p.type == "range_clause":
            return p.parent
        if p.type == "short_var_declaration" and p.parent is not None and p.parent.type == "for_clause":
            return p.parent.parent
        if p.type == "short_var_declaration" and p.parent is not None:
            for c in p.parent.named_children:  # `a, err := ...` reuses an err of the same block
                if c.start_byte >= p.start_byte:
                    break
                if c.type in ("short_var_declaration", "var_declaration") and \
                        any(n.text == ident.text for n in _decl_names(c)):
                    return c
        return p
    return None


def resolve_decl(ident: Node, stop: Node | None = None) -> Node | None:
    """The node declaring the variable ``ident`` names at its place.

    Walks the enclosing scopes outwards (up to ``stop``): earlier statements of
    each block (``:=``, ``var``), ``if``/``switch``/``for`` headers, ``select``
    case receives, and function parameters/results. Returns the declaring
    statement, the ``for_statement`` of a loop variable, or the function of a
    parameter; None for package-level or unknown names.
    """
    name = ident.text
    own = _declaring(ident)
    if own is not None:
        return own
    child = ident
    for p in ancestors(ident, stop):
        if p.type in FUNC_TYPES:
            if any(n.text == name for n in func_param_names(p)):
                return p
            if p.type != "func_literal":
                return None
        elif p.type == "for_statement":
            for c in p.named_children:
                if c.type in ("range_clause", "for_clause") and c.id != child.id and \
                        any(n.text == name for n in _decl_names(c)):
                    return p
        elif p.type == "communication_case":
            comm = p.child_by_field_name("communication")
            if comm is not None and comm.id != child.id and any(n.text == name for n in _decl_names(comm)):
                return comm
        elif p.type == "type_switch_statement":
            if any(n.text == name for n in _decl_names(p)) and child.type == "type_case":
                return p
        if p.type not in ("for_statement",):
            for c in p.named_children:
                if c.start_byte >= child.start_byte:
                    break
                if c.type in ("short_var_declaration", "var_declaration") and \
                        any(n.text == name for n in _decl_names(c)):
                    return c
        child = p
    return None


def declared_type(expr: Node | None, unit: Node) -> Node | None:
    """The type node an expression visibly has: a parameter's or typed var's type, a composite literal's, make's."""
    expr = unparen(expr)
    if expr is None:
        return None
    if expr.type == "composite_literal":
        t = expr.child_by_field_name("type")
        return t if t is not None and t.type in ("array_type", "slice_type", "map_type") else None
    if expr.type == "call_expression" and call_name(expr) == ("", "make"):
        args = call_args(expr)
        return args[0] if args and args[0].type in ("slice_type", "map_type", "channel_type") else None
    if expr.type != "identifier":
        return None
    d = resolve_decl(expr, unit)
    if d is None:
        return None
    name = expr.text
    if d.type in FUNC_TYPES:
        for field in ("receiver", "parameters"):
            plist = d.child_by_field_name(field)
            for decl in plist.named_children if plist is not None else []:
                if decl.type == "parameter_declaration" and any(n.text == name for n in decl.children_by_field_name("name")):
                    return decl.child_by_field_name("type")
        return None
    if d.type == "var_declaration":
        for spec in walk(d):
            if spec.type == "var_spec" and any(n.text == name for n in spec.children_by_field_name("name")):
                t = spec.child_by_field_name("type")
                if t is not None:
                    return t
                val = spec.child_by_field_name("value")
                return declared_type(val.named_children[0], unit) if val is not None and val.named_children else None
    if d.type == "short_var_declaration":
        left = [n.text for n in declared_names(d)]
        right = d.child_by_field_name("right")
        vals = right.named_children if right is not None else []
        if name in left and len(vals) == len(left):
            return declared_type(vals[left.index(name)], unit)
    return None


def exclusive_branches(a: Node, b: Node) -> bool:
    """Are ``a`` and ``b`` in different branches of one ``if``/``else``, ``switch`` or ``select`` (neither
    in its condition), with no loop nor function literal between that statement and them: one run of it
    does at most one of the two?"""
    lca = next((x for x in ancestors(a) if inside(b, x)), None)
    if lca is None:
        return False
    for x in [*ancestors(a, lca), *ancestors(b, lca)]:
        if x.id != lca.id and x.type in ("for_statement", "func_literal"):
            return False
    return other_arms(lca, a, b)


def other_arms(stmt: Node, a: Node, b: Node) -> bool:
    """Are ``a`` and ``b``, both under the ``if``/``switch``/``select`` statement ``stmt``, in two different
    branches of it (neither in its condition): one run of ``stmt`` takes at most one of them?"""
    if stmt.type == "if_statement":
        cond = stmt.child_by_field_name("condition")
        cons = stmt.child_by_field_name("consequence")
        return cond is not None and not (inside(a, cond) or inside(b, cond)) and cons is not None and \
            inside(a, cons) != inside(b, cons)
    if stmt.type in ("expression_switch_statement", "type_switch_statement", "select_statement"):
        arm = next((x for x in ancestors(a, stmt) if x.parent is not None and x.parent.id == stmt.id), None)
        return arm is not None and arm.type in ("expression_case", "type_case", "communication_case",
                                                "default_case") and not inside(b, arm)
    return False
