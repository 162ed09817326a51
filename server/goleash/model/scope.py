"""Which variable an identifier names: one linear walk over a declaration.

Go's block scoping, resolved once per top-level declaration: receivers,
parameters and results; ``:=`` and ``var`` (visible after their statement, to
the end of the enclosing block); ``if``/``for``/``switch``/``select`` headers
and case clauses; range variables; function literals (their parameters hide
outer names, their bodies see the enclosing function's variables).

Every identifier that names a local variable maps to one :class:`Var`; every
``Var`` lists its references. Names that resolve to nothing here are package
level (or imported packages, builtins). The walk is iterative and each name
lookup is O(1), so deep nesting costs linear time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tree_sitter import Node

FUNC_TYPES = frozenset({"function_declaration", "method_declaration", "func_literal"})
_SCOPED = frozenset({"block", "if_statement", "for_statement", "expression_switch_statement",
                     "type_switch_statement", "select_statement", "communication_case", "expression_case",
                     "type_case", "default_case"})


# nodes that name no variable, nor hold one (a literal, a field or type name, a type declaration)
_NO_NAMES = frozenset({"field_identifier", "type_identifier", "package_identifier", "label_name", "type_declaration",
                       "interpreted_string_literal", "raw_string_literal", "comment", "int_literal", "float_literal",
                       "imaginary_literal", "rune_literal", "true", "false", "nil", "iota",
                       # types (not ``[n]T``: its length may be a local constant)
                       "qualified_type", "pointer_type", "slice_type", "map_type", "channel_type",
                       "function_type", "struct_type", "interface_type", "generic_type"})


@dataclass(eq=False)
class Var:
    """A variable declared inside the analysed declaration."""
    name: str
    ident: Node                 # the declaring identifier
    kind: str                   # receiver | param | result | local | range | recv | switch | const
    func: Node                  # the function (declaration or literal) whose scope declares it
    stmt: Node                  # declaring statement, for_statement (range/for vars) or the function
    type_node: Node | None = None
    value: Node | None = None   # initializer (``x := v``, ``var x = v``; for range vars the ranged expression)
    index: int = 0              # position among the names the statement declares (params: parameter index)
    refs: list[Node] = field(default_factory=list)   # uses (the declaring identifier excluded)
    scope: int = 0              # identity of the scope that declares it
    assigned: bool = False      # assigned after its declaration (``x = ...``, ``x++``, ``x, y = ...``)
    first_assign: int = -1      # byte offset of the first such assignment
    assigns: list = field(default_factory=list)   # (assignment node, value node or None) after the declaration
    addressed: bool = False     # ``&x`` taken

    @property
    def is_param(self) -> bool:
        return self.kind in ("receiver", "param", "result")

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Var({self.name}, {self.kind}, line {self.ident.start_point[0] + 1})"


class Scopes:
    """Variables of one top-level declaration and the identifiers that name them."""

    def __init__(self, root: Node):
        self.root = root
        self.vars: list[Var] = []
        self._of: dict[int, Var] = {}          # identifier node id -> Var
        self._names: dict[str, list[Var]] = {}
        self._open: list[list[str]] = []       # undo lists of the scopes open during the walk
        self._walk(root)

    # ---------------------------------------------------------------- queries
    def var(self, ident: Node | None) -> Var | None:
        """The local variable an identifier names (declaration or use); None: package level / unknown."""
        if ident is None:
            return None
        return self._of.get(ident.id)

    def declared_in(self, fn: Node) -> list[Var]:
        return [v for v in self.vars if v.func is not None and v.func.id == fn.id]

    # ---------------------------------------------------------------- building
    def _declare(self, ident: Node, kind: str, func: Node, stmt: Node, undo: list[str],
                 type_node: Node | None = None, value: Node | None = None, index: int = 0) -> Var | None:
        name = ident.text.decode("utf-8", "replace") if ident.text else ""
        if not name or name == "_":
            return None
        v = Var(name, ident, kind, func, stmt, type_node, value, index, scope=id(undo))
        self.vars.append(v)
        self._of[ident.id] = v
        self._names.setdefault(name, []).append(v)
        undo.append(name)
        return v

    def _scope(self, work: list) -> list[str]:
        """Open a scope: its declarations are undone when the walk leaves it."""
        undo: list[str] = []
        work.append(("pop", undo))
        self._open.append(undo)
        return undo

    def _pop(self, undo: list[str]) -> None:
        if self._open and self._open[-1] is undo:
            self._open.pop()
        for name in reversed(undo):
            stack = self._names[name]
            stack.pop()
            if not stack:
                del self._names[name]

    def _mark(self, node: Node) -> None:
        """After an assignment, ``x++`` or ``&x`` was walked: flag the variables it changes."""
        if node.type == "unary_expression":
            operand = node.child_by_field_name("operand")
            v = self._of.get(operand.id) if operand is not None else None
            if v is not None:
                v.addressed = True
            return
        if node.type == "assignment_statement":
            left = node.child_by_field_name("left")
            targets = left.named_children if left is not None else []
        else:
            targets = node.named_children[:1]
        right = node.child_by_field_name("right") if node.type == "assignment_statement" else None
        values = right.named_children if right is not None else []
        op = node.child_by_field_name("operator")
        plain = op is not None and op.type == "=" and len(values) == len(targets)
        for i, x in enumerate(targets):
            v = self._of.get(x.id)
            if v is not None:
                v.assigned = True
                v.assigns.append((node, values[i] if plain else None))
                if v.first_assign < 0 or node.start_byte < v.first_assign:
                    v.first_assign = node.start_byte

    def _use(self, ident: Node) -> None:
        stack = self._names.get(ident.text.decode("utf-8", "replace") if ident.text else "")
        if stack:
            v = stack[-1]
            self._of[ident.id] = v
            v.refs.append(ident)

    def _walk(self, root: Node) -> None:
        # work items: ("n", node, func) visit; ("pop", undo) close a scope; ("decl", callable) late declaration
        work: list[tuple] = []
        self._scope(work)
        work.append(("n", root, root if root.type in FUNC_TYPES else None))
        while work:
            item = work.pop()
            tag = item[0]
            if tag == "pop":
                self._pop(item[1])
                continue
            if tag == "decl":
                item[1]()
                continue
            node, func = item[1], item[2]
            t = node.type
            if t == "identifier":
                self._use(node)
                continue
            if t in _NO_NAMES:
                continue
            if t in FUNC_TYPES:
                self._enter_func(node, work)
                continue
            if t in ("assignment_statement", "inc_statement", "dec_statement") or \
                    (t == "unary_expression" and node.child_by_field_name("operator") is not None
                     and node.child_by_field_name("operator").type == "&"):
                work.append(("decl", lambda node=node: self._mark(node)))
                self._push_children(node, func, work)
                continue
            if t in ("short_var_declaration",):
                self._short_var(node, func, work)
                continue
            if t in ("var_declaration", "const_declaration"):
                self._var_decl(node, func, work)
                continue
            if t == "for_statement":
                self._for(node, func, work)
                continue
            if t == "communication_case":
                self._comm_case(node, func, work)
                continue
            if t == "type_switch_statement":
                self._type_switch(node, func, work)
                continue
            if t == "keyed_element":
                # ``T{Name: v}``: a field key is not a variable (a map key expression is, rarely)
                kids = node.named_children
                if len(kids) == 2:
                    key = kids[0]
                    if not (key.type == "literal_element" and key.named_children
                            and key.named_children[0].type == "identifier"):
                        work.append(("n", key, func))
                    work.append(("n", kids[1], func))
                    continue
            if t in _SCOPED:
                self._scope(work)
                self._push_children(node, func, work)
                continue
            self._push_children(node, func, work)

    @staticmethod
    def _push_children(node: Node, func: Node | None, work: list) -> None:
        for c in reversed(node.named_children):
            if c.type not in _NO_NAMES:
                work.append(("n", c, func))

    def _enter_func(self, fn: Node, work: list) -> None:
        undo = self._scope(work)
        body = fn.child_by_field_name("body")
        if body is not None:  # the body's top level shares the parameters' scope (Go spec)
            self._push_children(body, fn, work)
        # declarations of receiver, params, results happen before the body is walked
        index = 0
        for field_name, kind in (("receiver", "receiver"), ("parameters", "param"), ("result", "result")):
            plist = fn.child_by_field_name(field_name)
            if plist is None or plist.type != "parameter_list":
                continue
            for decl in plist.named_children:
                if decl.type not in ("parameter_declaration", "variadic_parameter_declaration"):
                    continue
                typ = decl.child_by_field_name("type")
                names = decl.children_by_field_name("name")
                for n in names:
                    self._declare(n, kind, fn, fn, undo, type_node=typ, index=index)
                    index += 1
                if not names:
                    index += 1

    def _short_var(self, stmt: Node, func: Node | None, work: list) -> None:
        left = stmt.child_by_field_name("left")
        right = stmt.child_by_field_name("right")
        undo = self._current_undo(work)

        def declare() -> None:
            vals = right.named_children if right is not None else []
            names = [n for n in (left.named_children if left is not None else []) if n.type == "identifier"]
            for i, n in enumerate(names):
                existing = self._names.get(n.text.decode("utf-8", "replace"))
                if existing and existing[-1].scope == id(undo):
                    self._use(n)   # ``a, err := ...`` reuses the err of the same scope: assigns it
                    v = existing[-1]
                    v.assigned = True
                    v.assigns.append((stmt, vals[i] if len(vals) == len(names) else None))
                    if v.first_assign < 0 or stmt.start_byte < v.first_assign:
                        v.first_assign = stmt.start_byte
                    continue
                value = vals[i] if len(vals) == len(names) else (vals[0] if len(vals) == 1 else None)
                self._declare(n, "local", func, stmt, undo, value=value, index=i)

        work.append(("decl", declare))
        if right is not None:
            work.append(("n", right, func))

    def _current_undo(self, work: list) -> list[str]:
        """The undo list of the innermost open scope (declarations go there)."""
        return self._open[-1]

    def _var_decl(self, decl: Node, func: Node | None, work: list) -> None:
        undo = self._current_undo(work)
        kind = "const" if decl.type == "const_declaration" else "local"
        specs = [s for s in _descendants(decl, ("var_spec", "const_spec"))]
        # each spec: values walked, then its names declared (in order)
        for spec in reversed(specs):
            typ = spec.child_by_field_name("type")
            value = spec.child_by_field_name("value")
            names = spec.children_by_field_name("name")

            def declare(names=names, typ=typ, value=value, spec=spec) -> None:
                vals = value.named_children if value is not None else []
                for i, n in enumerate(names):
                    self._declare(n, kind, func, decl, undo, type_node=typ,
                                  value=vals[i] if i < len(vals) else None, index=i)

            work.append(("decl", declare))
            if value is not None:
                work.append(("n", value, func))

    def _for(self, loop: Node, func: Node | None, work: list) -> None:
        undo = self._scope(work)
        body = loop.child_by_field_name("body")
        if body is not None:
            work.append(("n", body, func))
        for c in reversed(loop.named_children):
            if c.type == "range_clause":
                left = c.child_by_field_name("left")
                right = c.child_by_field_name("right")
                if any(x.type == ":=" for x in c.children) and left is not None:
                    def declare(left=left, right=right) -> None:
                        for i, n in enumerate(x for x in left.named_children if x.type == "identifier"):
                            self._declare(n, "range", func, loop, undo, value=right, index=i)
                    work.append(("decl", declare))
                elif left is not None:   # ``for k, v = range ...`` assigns existing variables
                    work.append(("decl", lambda left=left: self._mark_targets(left, loop)))
                    work.append(("n", left, func))
                if right is not None:
                    work.append(("n", right, func))
            elif c.type == "for_clause":
                # initializer declares into the loop scope; condition/update see it
                for part in ("update", "condition"):
                    p = c.child_by_field_name(part)
                    if p is not None:
                        work.append(("n", p, func))
                init = c.child_by_field_name("initializer")
                if init is not None:
                    if init.type == "short_var_declaration":
                        self._short_var_into(init, func, work, undo, loop)
                    else:
                        work.append(("n", init, func))
            elif c.id != (body.id if body is not None else -1) and c.type != "comment":
                work.append(("n", c, func))

    def _short_var_into(self, stmt: Node, func, work: list, undo: list[str], owner: Node) -> None:
        left = stmt.child_by_field_name("left")
        right = stmt.child_by_field_name("right")

        def declare() -> None:
            vals = right.named_children if right is not None else []
            names = [n for n in (left.named_children if left is not None else []) if n.type == "identifier"]
            for i, n in enumerate(names):
                self._declare(n, "local", func, owner, undo,
                              value=vals[i] if len(vals) == len(names) else None, index=i)

        work.append(("decl", declare))
        if right is not None:
            work.append(("n", right, func))

    def _comm_case(self, case: Node, func: Node | None, work: list) -> None:
        undo = self._scope(work)
        comm = case.child_by_field_name("communication")
        for c in reversed(case.named_children):
            if comm is not None and c.id == comm.id:
                continue
            work.append(("n", c, func))
        if comm is None:
            return
        if comm.type == "receive_statement" and any(x.type == ":=" for x in comm.children):
            left = comm.child_by_field_name("left")
            right = comm.child_by_field_name("right")

            def declare() -> None:
                for i, n in enumerate(x for x in (left.named_children if left else []) if x.type == "identifier"):
                    self._declare(n, "recv", func, comm, undo, value=right, index=i)

            work.append(("decl", declare))
            if right is not None:
                work.append(("n", right, func))
        else:
            if comm.type == "receive_statement" and comm.child_by_field_name("left") is not None:
                left = comm.child_by_field_name("left")   # ``case v = <-ch`` assigns v
                work.append(("decl", lambda left=left: self._mark_targets(left, comm)))
            work.append(("n", comm, func))

    def _mark_targets(self, left: Node, node: Node) -> None:
        for x in left.named_children if left.type == "expression_list" else [left]:
            v = self._of.get(x.id)
            if v is not None:
                v.assigned = True
                v.assigns.append((node, None))
                if v.first_assign < 0 or node.start_byte < v.first_assign:
                    v.first_assign = node.start_byte

    def _type_switch(self, sw: Node, func: Node | None, work: list) -> None:
        undo = self._scope(work)
        alias = sw.child_by_field_name("alias")
        value = sw.child_by_field_name("value")
        init = sw.child_by_field_name("initializer")
        cases = [c for c in sw.named_children if c.type in ("type_case", "default_case")]
        for c in reversed(cases):
            work.append(("n", c, func))
        if alias is not None:
            def declare() -> None:
                for n in alias.named_children:
                    if n.type == "identifier":
                        self._declare(n, "switch", func, sw, undo, value=value)
            work.append(("decl", declare))
        if value is not None:
            work.append(("n", value, func))
        if init is not None:
            work.append(("n", init, func))


def _descendants(node: Node, types: tuple[str, ...]) -> list[Node]:
    out = []
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type in types:
            out.append(n)
            continue
        stack.extend(reversed(n.named_children))
    return out


def param_refs(decl: Node, name: str) -> list[Node] | None:
    """The uses of the parameter ``name`` of the function ``decl`` (a declaration or a literal), by scope: an
    identifier of a local that hides it (``ctx, cancel := context.WithCancel(req.Context())`` in a literal
    the function registers) is not one. None when ``decl`` declares no such parameter."""
    v = next((v for v in Scopes(decl).vars if v.kind == "param" and v.name == name and v.func.id == decl.id), None)
    return list(v.refs) if v is not None else None
