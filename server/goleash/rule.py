"""The rule interface and the context a rule's checker receives.

A rule is a class with ``code``, ``name``, ``severity``, ``summary`` (one line),
``doc`` (markdown: what goes wrong at run time, a bad and a good example, the
fix), and a ``check(ctx)`` generator of findings. Optional:

* ``triggers``: candidate captures (see ``syntax.CANDIDATES``) the rule needs;
  a function where none matched is skipped without calling ``check``.
* ``overlaps``: the gopls/vet analyzer reporting the same problem, for the
  ``deferToGopls`` setting.
* ``linters``: other linters' names for the same check (``staticcheck``, ``SA2001``): with those of
  ``overlaps`` (``govet``, ``lostcancel``), a ``//nolint:NAME`` on the finding's line silences it.
* ``go_versions``: (min, max) module go versions the rule applies to.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from tree_sitter import Node

from . import syntax
from .findings import Edit, Finding, Fix, Related, Severity

if TYPE_CHECKING:
    from .model.atomics import AtomicAccess


@dataclass(frozen=True)
class DeclFacts:
    """What one top-level declaration tells the rest of its package, beyond the package model's
    function summaries: computed once per declaration text, cached (on disk too), merged per file
    and per package. Each part is a fact type owned by the model that makes it."""
    atomics: tuple[AtomicAccess, ...] = ()    # model/atomics.py: sync/atomic calls on vars and fields
    ranged_calls: tuple[str, ...] = ()        # model/channels.py: functions whose result is ranged over
    go_calls: tuple[str, ...] = ()            # model/shared.py: functions its goroutines call

    @staticmethod
    def of(ctx: FuncContext) -> DeclFacts:
        from .model import atomics, channels, shared   # (models are imported on first use: start-up)
        return DeclFacts(atomics.accesses(ctx), channels.ranged_calls(ctx), shared.goroutine_calls(ctx))

    @staticmethod
    def merge(parts: Iterable[DeclFacts]) -> DeclFacts:
        """Some declarations' facts (a file's, a package's) as one."""
        a: list = []
        r: list = []
        g: list = []
        for f in parts:
            a.extend(f.atomics)
            r.extend(f.ranged_calls)
            g.extend(f.go_calls)
        return DeclFacts(tuple(a), tuple(r), tuple(g))

    def digest(self) -> bytes:
        """A digest independent of the order of the declarations."""
        return hashlib.blake2b(repr((sorted(map(repr, self.atomics)), sorted(self.ranged_calls),
                                     sorted(self.go_calls))).encode(),
                               digest_size=16).digest()


class PackageFacts:
    """The facts of every declaration of a package, merged, and the package model."""

    def __init__(self, files: Iterable[DeclFacts] = (), model=None, parts: Iterable[bytes] | None = None):
        """``files``: the facts of each file (or declaration); ``parts``: their digests
        (``DeclFacts.digest``), when the caller keeps them; else the fingerprint digests the merged facts."""
        self._facts = DeclFacts.merge(files)
        self.model = model   # the PackageModel (types, function summaries) or None
        # stable across processes (not hash(), which is salted per process): the disk cache keys by it
        types_fp = model.types_fp if model is not None else None
        if parts is None:
            parts = [self._facts.digest()]
        self.fingerprint = hashlib.blake2b(repr((sorted(parts), types_fp)).encode(), digest_size=16).hexdigest()

    @cached_property
    def atomic_accesses(self) -> dict[tuple[str, str], AtomicAccess]:
        """Package variables and fields accessed with sync/atomic (``AtomicAccess.key``), each with
        its first access."""
        out: dict[tuple[str, str], AtomicAccess] = {}
        for a in self._facts.atomics:
            out.setdefault(a.key, a)
        return out

    @cached_property
    def atomic_writers(self) -> dict[tuple[str, str], AtomicAccess]:
        """Package variables and fields some sync/atomic call changes (a Store, Add, Swap, CAS...), each
        with its first such access; a variable only ever loaded atomically is not here."""
        out: dict[tuple[str, str], AtomicAccess] = {}
        for a in self._facts.atomics:
            if a.writes:
                out.setdefault(a.key, a)
        return out

    @cached_property
    def atomic_funcs(self) -> dict[tuple[str, str], frozenset[str]]:
        """Package variables and fields accessed with sync/atomic (``AtomicAccess.key``), each with the
        names of every function that accesses it so."""
        out: dict[tuple[str, str], set[str]] = {}
        for a in self._facts.atomics:
            out.setdefault(a.key, set()).add(a.func)
        return {k: frozenset(v) for k, v in out.items()}

    @cached_property
    def atomic_writer_funcs(self) -> dict[tuple[str, str], frozenset[str]]:
        """The part of :attr:`atomic_funcs` whose accesses change the value (a Store, Add, Swap, CAS...)."""
        out: dict[tuple[str, str], set[str]] = {}
        for a in self._facts.atomics:
            if a.writes:
                out.setdefault(a.key, set()).add(a.func)
        return {k: frozenset(v) for k, v in out.items()}

    @cached_property
    def go_calls(self) -> frozenset[str]:
        """Names of the functions the package's goroutines call: what they start (``go s.loop()``,
        ``eg.Go(s.run)``, ``time.AfterFunc(d, f)``) and what the bodies of started literals call."""
        return frozenset(self._facts.go_calls)

    def runs_concurrently(self, names) -> bool:
        """May one of the package functions ``names`` run on a goroutine the package starts: called by one
        (by the names the goroutines call, then the names those functions' texts call, transitively)?"""
        if not self.go_calls or self.model is None:
            return False
        return not self.go_calls.isdisjoint(self.model.reaching(names))

    @cached_property
    def ranged_calls(self) -> frozenset[str]:
        """Names of the package functions whose result some ``for range`` ranges over."""
        return frozenset(self._facts.ranged_calls)


_CLAUSES = frozenset({"expression_case", "type_case", "communication_case", "default_case"})


_SUITE_TYPES = frozenset({"*suite.Suite"})


class FuncContext:
    """What a checker sees: one top-level declaration and helpers over it.

    Offsets given to :meth:`finding`/:meth:`edit` are absolute byte offsets in
    ``source``; the engine makes them relative for caching.
    """

    def __init__(self, unit: Node, source: bytes, caps: dict[str, list[Node]] | None,
                 package: PackageFacts | None = None, go_version: tuple[int, int] = (1, 99),
                 path: str | None = None):
        self.unit = unit
        self.source = source
        self._caps = caps          # (None: queried on first use)
        self.package = package or PackageFacts()
        self.go_version = go_version
        self.path = path
        self.rule: Rule | None = None

    # candidates ------------------------------------------------------------
    @property
    def caps(self) -> dict[str, list[Node]]:
        """The candidate query's captures in the declaration (syntax.CANDIDATES)."""
        if self._caps is None:
            self._caps = syntax.captures(self.unit, self.unit.start_byte, self.unit.end_byte)
        return self._caps

    def nodes(self, capture: str) -> list[Node]:
        return self.caps.get(capture, [])

    @cached_property
    def present(self) -> frozenset[str]:
        """The names of the candidate captures that matched in the declaration."""
        return frozenset(k for k, v in self.caps.items() if v)

    @cached_property
    def method_names(self) -> frozenset[str]:
        """The names of the methods the declaration calls (``x.Wait()``: ``Wait``)."""
        return frozenset(n.text.decode("utf-8", "replace") for n in self.caps.get("method", ()))

    @property
    def go_statements(self) -> list[Node]:
        return self.nodes("go")

    def calls(self, method: str | None = None, receiver: str | None = None) -> list[Node]:
        """Method-style calls (``x.M(...)``) by method name and/or receiver text."""
        out = []
        for c in self.nodes("mcall"):
            recv, name = syntax.call_name(c)
            if (method is None or name == method) and (receiver is None or recv == receiver):
                out.append(c)
        return out

    def builtin_calls(self, name: str) -> list[Node]:
        return [c for c in self.nodes("builtin") if syntax.call_name(c)[1] == name]

    # models (built on first use) ------------------------------------------
    @cached_property
    def pkg(self):
        """The package model: types and function summaries (see goleash.model.package)."""
        from .model.package import PackageModel
        return self.package.model if self.package.model is not None else PackageModel([])

    @cached_property
    def model(self):
        """Functions, places and effects of this declaration (goleash.model.effects.UnitModel)."""
        from .model.effects import UnitModel
        if self.is_test_file:   # (helpers that always stop the goroutine: not in the package model's)
            return UnitModel(self.unit, self.source, self.pkg.types, self.caps, stops=self.pkg.always_stops,
                             **self.pkg.unit_hooks())
        return self.pkg.unit_model(self.unit, self.source, self.caps)

    @cached_property
    def locks(self):
        """Mutexes held where, per function of this declaration (goleash.model.locks.LockModel)."""
        from .model.locks import LockModel
        return LockModel(lambda: self.model, self.pkg, self.source[self.unit.start_byte:self.unit.end_byte],
                         (self.unit, self.source))

    @cached_property
    def effects(self):
        """Channel/WaitGroup/cancel effects per CFG node, with callee summaries (goleash.model.summary)."""
        from .model.summary import EffectModel
        return EffectModel(self.model, self.pkg)

    @cached_property
    def waitgroups(self):
        """Which goroutines each WaitGroup counts, and paths that skip Done (goleash.model.waitgroups)."""
        from .model.waitgroups import WaitGroupModel
        return WaitGroupModel(self.model, self.effects)

    @cached_property
    def contexts(self):
        """Derived contexts and their cancel funcs, received and detached contexts (goleash.model.contexts)."""
        from .model.contexts import ContextModel
        return ContextModel(self.model, self.effects, self.path)

    @cached_property
    def channels(self):
        from .model.channels import ChannelModel
        return ChannelModel(self)

    @cached_property
    def listeners(self):
        """Accept and Serve calls, and whether their listener or server can be closed (goleash.model.listeners)."""
        from .model.listeners import ListenerModel
        return ListenerModel(self.model, self.pkg)

    @cached_property
    def shared(self):
        from .model.shared import SharedVars
        return SharedVars(self)

    @property
    def func_name(self) -> str:
        return syntax.text(self.unit.child_by_field_name("name"))

    @cached_property
    def func_key(self) -> str | None:
        """The package-wide key of the declaration (``Name``, ``Type.Name``); None for other declarations."""
        if self.unit.type not in ("function_declaration", "method_declaration"):
            return None
        from .model.types import func_sig
        return func_sig(self.unit).key

    @cached_property
    def package_name(self) -> str:
        root = self.unit.parent
        clause = next((c for c in (root.named_children if root is not None else ()) if c.type == "package_clause"),
                      None)
        ident = clause.named_children[0] if clause is not None and clause.named_children else None
        return syntax.text(ident) if ident is not None else ""

    @cached_property
    def returns_to_exit(self) -> bool:
        """Does the process end when this declaration returns? ``func main`` of package main, a CLI
        command's handler there (``RunE: buildCmdRun`` of a ``cobra.Command``), and the functions and
        methods of package main that these call as their last act only (``if err := run(); err != nil {
        log.Fatal(err) }``, ``d.run()``): a goroutine left blocked when they return ends with the process,
        not leaked into a running program. Also a function of another package of the module whose every
        call is the last act of such a function (ModuleIndex.exits_after), or a method whose name every
        call of the module makes so (``bench.Runner.RunBenchmark(q)`` ending each of eight ``main``s)."""
        if self.unit.type not in ("function_declaration", "method_declaration") or self.is_test_file:
            return False
        if self.package_name != "main":
            # a function of another package that a program's main (or command handler) calls as its last
            # act, maybe through other such functions (``if err := discover.Run(ctx); err != nil {...}``)
            if self.pkg is not None and self.pkg.exits_in_module(self.func_name,
                                                                method=self.unit.type == "method_declaration"):
                return True
            # or a command handler of this package of an application (``Run: runCommand`` in package
            # monitor: main's ``Execute`` runs it), or what it calls as its last act
            from .model.module import declares_commands
            if self.pkg is None or not any(declares_commands(f.source) for f in self.pkg.files) or \
                    not self.pkg.in_application():
                return False
        return self._exits_after(self.func_name, self.unit.type == "method_declaration")

    def _exits_after(self, name: str, method: bool) -> bool:
        """Does the process end when the function (``method``: a method of that name) ``name`` of this
        package returns: it is ``main`` or a command handler, or every call of it is the last act of one
        such function, a few callers up?"""
        # ``d.run()`` as main's last statement, also through an interface (``cmd.run(args)``) or a method
        # whose last act it is (``func (w *wrapper) run() { w.inner.run() }``): callers are by name
        todo, seen, main = [(name, method)], set(), False
        while todo:
            name, method = todo.pop()
            if (name, method) in seen:
                continue
            seen.add((name, method))
            if (name == "main" and not method and self.package_name == "main") or \
                    self.pkg.command_handler(name, method=method):
                main = True   # (a command handler: the process ends when the command returns)
                continue
            # (not this declaration itself: callers are by name, and ``m.srv.Run()`` in ``Main.Run`` is
            # another type's Run; a call of itself would return into it, which goes on to its own return)
            callers = [c for c in self.pkg.callers(name) if c != self.func_key]
            if not callers or len(seen) > 8 or any(c == "init" or not self.pkg.calls_last(c, name, method)
                                                   for c in callers):
                return False
            todo.extend((c.rsplit(".", 1)[-1], "." in c) for c in callers)
        return main

    def runs_once_before_exit(self, name: str, method: bool) -> bool:
        """In package main: is every call of the function ``name`` made in place (not in a loop, a ``go``
        statement or a literal) by a function whose return ends the process (:attr:`returns_to_exit`'s
        reading: ``reader(ctx)`` called once by ``run``, which main calls as its last act)? It runs once
        in the process's life, and what it leaves blocked ends with the process."""
        if self.package_name != "main" or self.is_test_file or self.pkg is None or name in ("main", "init"):
            return False
        callers = self.pkg.callers(name)
        if not callers or len(callers) > 4:
            return False
        for c in callers:
            if not self.pkg.calls_in_place(c, name, method) or not self._exits_after(c.rsplit(".", 1)[-1], "." in c):
                return False
            node = self.pkg.decl_node(c)
            word = name.encode()
            if node is None or any(a.type == "for_statement" for r in syntax.walk(node)
                                   if r.text == word and r.type in ("identifier", "field_identifier")
                                   for a in syntax.ancestors(r, node)):
                return False   # (called in a loop: once per turn)
        return True

    def command_literal_at(self, node: Node) -> bool:
        """Does ``node`` run in the frame of a CLI command's handler written in place, a function literal
        that is the ``RunE:``/``Run:`` of a ``cobra.Command`` literal (``Action:`` of an urfave
        ``cli.Command``/``cli.App``), in package main or in another package of an application (whose
        ``main`` runs the command tree)? The process ends when that literal returns, as it does after
        a named handler (:attr:`returns_to_exit`)."""
        from .model.module import COMMAND_TYPES, HANDLER_FIELDS
        if self.is_test_file or self.pkg is None:
            return False
        lit = next((a for a in syntax.ancestors(node) if a.type == "func_literal"), None)
        kv = lit.parent if lit is not None else None
        if kv is not None and kv.type == "literal_element":
            kv = kv.parent
        if kv is None or kv.type != "keyed_element" or not kv.named_children or \
                syntax.text(kv.named_children[0]) not in HANDLER_FIELDS:
            return False
        comp = next((a for a in syntax.ancestors(kv) if a.type == "composite_literal"), None)
        typ = comp.child_by_field_name("type") if comp is not None else None
        if typ is None or syntax.text(typ).replace(" ", "") not in COMMAND_TYPES:
            return False
        return self.package_name == "main" or self.pkg.in_application()

    @cached_property
    def testing_params(self) -> frozenset[str]:
        """The parameters of the declaration that are testing values: their type is one or embeds one
        (``ht *HarnessTest`` with ``*testing.T`` embedded), or the declaration hands them to testify as its
        ``TestingT`` (``require.Equal(ht, ...)``: a harness of another package); and the fields of type
        ``*testing.T`` of a parameter's or the receiver's struct (``td.test``). Their ``Fatalf`` fails the
        test."""
        from .model.types import base_name
        index = self.pkg.types
        given = set()
        for c in self.nodes("mcall"):
            recv, _ = syntax.call_name(c)
            args = syntax.call_args(c) if recv in ("require", "assert") else []
            if args and args[0].type == "identifier":
                given.add(syntax.text(args[0]))
        out = set()
        for d in syntax.walk(self.unit):   # (by the syntax: the parameters of the function and its literals)
            if d.type != "parameter_declaration":
                continue
            typ = d.child_by_field_name("type")
            st = index.struct(base_name(syntax.text(typ))) if typ is not None else None
            held = [f.name for f in (st.fields if st is not None else ()) if not f.embedded and index.is_testing(f.type)]
            for n in d.children_by_field_name("name"):
                name = syntax.text(n)
                if name in given or (typ is not None and index.is_testing(syntax.text(typ))):
                    out.add(name)
                out.update(f"{name}.{f}" for f in held)   # ``td.test.Fatal(...)``: a field of type *testing.T
        return frozenset(out)

    @cached_property
    def assertion_values(self) -> frozenset[str]:
        """How the declaration names testify ``Assertions`` values, whose ``Fail``/``FailNow`` fail the test:
        locals made by ``require.New(t)``/``assert.New(t)`` (``re := require.New(t)``), and its receiver's
        fields of type ``*require.Assertions``/``*assert.Assertions`` (``s.re``, set in a suite's setup), and
        the receiver itself when its type embeds testify's ``suite.Suite`` (``s.FailNow(...)``)."""
        out = set()
        if b".New(" in (self.unit.text or b""):
            for d in syntax.walk(self.unit):
                if d.type not in ("short_var_declaration", "assignment_statement"):
                    continue
                left, right = d.child_by_field_name("left"), d.child_by_field_name("right")
                if left is None or right is None or len(left.named_children) != len(right.named_children):
                    continue
                for name, val in zip(left.named_children, right.named_children):
                    val = syntax.unparen(val)
                    if val is not None and val.type == "call_expression" and \
                            syntax.text(val.child_by_field_name("function")) in ("require.New", "assert.New"):
                        out.add(syntax.text(name))
        if self.unit.type == "method_declaration":
            ps = syntax.params(self.unit)
            if ps and ps[0][0] and ps[0][1] is not None:
                st = self.pkg.types.struct(syntax.text(ps[0][1]).lstrip("*").split("[", 1)[0])
                for f in (st.fields if st is not None else ()):
                    if (f.type or "").lstrip("*") in ("require.Assertions", "assert.Assertions"):
                        out.add(f"{ps[0][0]}.{f.name}")
            recv = self.model.suite_receiver()
            if recv is not None:
                out.add(recv)   # a suite's own promoted ``s.Fail``/``s.FailNow``
        return frozenset(out)

    @property
    def is_test_file(self) -> bool:
        return bool(self.path and self.path.endswith("_test.go"))

    def test_code(self, node: Node) -> bool:
        """Does ``node`` run only in tests: in a _test.go file, or in a function (or a closure in one) with a
        ``*testing.T``-like or testify ``*suite.Suite`` parameter (a test helper kept in a non-test file so
        that other packages' tests can use it), or a method of a package type that embeds one (``type
        SignalTester struct{ *testing.T; ... }``)? (A package only tests run, an integration-test
        harness, is :meth:`PackageModel.test_only_package`.)"""
        if self.is_test_file:
            return True
        from .model.effects import TESTING_TYPES
        um = self.model
        f = um.func_at(node)
        while f is not None:
            for v in um.scopes.declared_in(f.node):
                if v.kind == "param" and v.type_node is not None and \
                        syntax.text(v.type_node) in TESTING_TYPES | _SUITE_TYPES:
                    return True
                if v.kind in ("param", "receiver") and v.type_node is not None and \
                        um.types.index.is_testing(syntax.text(v.type_node)) and \
                        not syntax.text(v.type_node).lstrip("*").startswith("testing."):
                    return True
            f = f.parent
        return False

    # helpers ---------------------------------------------------------------
    text = staticmethod(syntax.text)

    def indent(self, node: Node) -> str:
        return syntax.line_indent(self.source, node.start_byte)

    def related(self, node: Node, message: str) -> Related:
        return Related(node.start_byte, node.end_byte, message)

    @staticmethod
    def related_at(at, message: str) -> Related:
        """A related location in another declaration, at an ``Anchor`` (``model.locks.Anchor``: a function
        key and offsets in its declaration), placed when the finding is published."""
        return Related(0, 0, message, anchor=(at.func, at.start, at.end))

    def related_op(self, op, message: str) -> Related:
        """A related location at a channel operation (a ``ChanOp``): in the called function for an op of
        ``go produce(ch)`` (its ``via`` anchor), else at the op itself."""
        if op.via is not None:
            return self.related_at(op.via, message)
        return self.related(op.node, message)

    def finding(self, node: Node, message: str, related: Iterable[Related] = (),
                fixes: Iterable[Fix] = (), end: Node | None = None) -> Finding:
        rule = self.rule
        assert rule is not None
        start, stop = self._span(node, end)
        return Finding(code=rule.code, message=message, start=start, end=stop, related=tuple(related),
                       fixes=tuple(fixes), severity=rule.severity)

    def _span(self, node: Node, end: Node | None) -> tuple[int, int]:
        """What the squiggle covers: the node, or — for a single token (``go``, a name, ``}``) — the first line
        of the statement around it, so that it is easy to see and to hit."""
        if end is not None or (node.child_count > 0 and node.end_byte - node.start_byte >= 4):
            return node.start_byte, (end or node).end_byte
        stmt = node
        for _ in range(8):
            p = stmt.parent
            if p is None or p.type in ("statement_list", "block", "source_file") or p.type in syntax.FUNC_TYPES or \
                    stmt.type in _CLAUSES:
                break
            stmt = p
        if stmt.type in ("block", "statement_list"):   # the closing brace of a function: its last line
            return node.start_byte, node.end_byte
        start = stmt.start_byte
        if node.start_point[0] != stmt.start_point[0]:
            # a token on a later line of the statement (``SeqNo: seq + n,`` in a literal): that line, from
            # its first word, so that the finding's line is the token's own
            start = syntax.line_start(self.source, node.start_byte) + \
                len(syntax.line_indent(self.source, node.start_byte))
        line_end = syntax.line_end(self.source, start)
        return start, max(node.end_byte, min(stmt.end_byte, line_end))

    @staticmethod
    def replace(node: Node, new_text: str) -> Edit:
        return Edit(node.start_byte, node.end_byte, new_text)

    def insert_line_before(self, node: Node, line: str) -> Edit:
        """Insert ``line`` (without indentation) above the statement ``node``, at its indentation."""
        start = syntax.line_start(self.source, node.start_byte)
        return Edit(start, start, self.indent(node) + line + "\n")

    def insert_line_after(self, node: Node, line: str, indent: str | None = None) -> Edit:
        end = syntax.line_end(self.source, node.end_byte)
        return Edit(end, end, "\n" + (self.indent(node) if indent is None else indent) + line)

    @staticmethod
    def append_to_list(lst: Node, addition: str, nonempty: bool) -> Edit:
        """Append ``addition`` to a parenthesised list (parameters or arguments)."""
        close = lst.end_byte - 1
        return Edit(close, close, (", " if nonempty else "") + addition)

    def delete_line(self, node: Node) -> Edit:
        """Remove the whole line(s) of a statement, newline included."""
        start = syntax.line_start(self.source, node.start_byte)
        end = syntax.line_end(self.source, node.end_byte)
        return Edit(start, min(end + 1, len(self.source)), "")

    def select_with_done(self, send: Node, ctx_name: str, ret: str | None = None) -> Edit:
        """Replace the send statement ``send`` by a select that also gives up on ``ctx_name.Done()``.

        ``ret``: statement to run in the Done case (None: just stop waiting). A comment
        trailing the send stays on the ``case`` line.
        """
        ind = self.indent(send)
        end = send.end_byte
        trailing = ""
        nxt = send.next_sibling
        if nxt is not None and nxt.type == "comment" and \
                self.source.count(b"\n", send.end_byte, nxt.start_byte) == 0:
            trailing, end = " " + syntax.text(nxt), nxt.end_byte
        done = f"\n{ind}\t{ret}" if ret else ""
        return Edit(send.start_byte, end, f"select {{\n{ind}case {syntax.text(send)}:{trailing}\n"
                                          f"{ind}case <-{ctx_name}.Done():{done}\n{ind}}}")

    @staticmethod
    def fix(title: str, *edits: Edit, preferred: bool = False, imports: tuple[str, ...] = ()) -> Fix:
        return Fix(title, tuple(edits), preferred, imports)


class Rule:
    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    summary: ClassVar[str] = ""
    doc: ClassVar[str] = ""
    fixes: ClassVar[tuple[str, ...]] = ()  # human names of the quick fixes, for the docs
    triggers: ClassVar[frozenset[str]] = frozenset()
    methods: ClassVar[frozenset[str]] = frozenset()   # the rule needs a direct call of one of these methods
    overlaps: ClassVar[str | None] = None
    linters: ClassVar[frozenset[str]] = frozenset()   # staticcheck and the like: see nolint_names

    @classmethod
    def nolint_names(cls) -> frozenset[str]:
        """The names a ``//nolint:...`` directive silences this rule by: ``goleash`` and its code, and
        for a rule that overlaps another linter (vet's analyzers, staticcheck's checks) that linter's
        names, which users already write to state their intent (``//nolint:govet``, ``//nolint:lostcancel``)."""
        out = {"goleash", cls.code.lower()}
        if cls.overlaps and cls.overlaps.startswith("vet "):
            out |= {"govet", "vet", cls.overlaps[4:].lower()}
        return frozenset(out | {n.lower() for n in cls.linters})
    go_versions: ClassVar[tuple[tuple[int, int], tuple[int, int]]] = ((1, 0), (99, 0))
    kind: ClassVar[str] = "static"  # "static" checker, "evidence" (runtime input) or "meta" (suppressions)

    def applies(self, ctx: FuncContext) -> bool:
        lo, hi = self.go_versions
        if not (lo <= ctx.go_version < hi):
            return False
        if self.triggers and self.triggers.isdisjoint(ctx.present):
            return False
        return not self.methods or not self.methods.isdisjoint(ctx.method_names)

    def check(self, ctx: FuncContext) -> Iterator[Finding]:  # pragma: no cover - interface
        return iter(())

