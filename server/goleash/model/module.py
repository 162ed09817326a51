"""The module around a package: who calls a function from the module's other packages.

A package model sees its own directory. A few questions need the whole module: an exported function
whose every call in the module passes ``context.Background()`` receives a context that is never done, and
dropping it loses nothing. :class:`ModuleIndex` answers them from the files on disk under the outermost
directory with a ``go.mod`` above the package (nested modules of one repository can import each other),
``vendor/`` and ``testdata/`` left out. It reads only the files whose bytes hold the name asked about and
parses only those; a name used otherwise than by calls (a method value handed on, a field of that name)
has unknown callers and gets no answer.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass

from tree_sitter import Node

from .. import syntax
from .cfg import then_ends
from .checks import NEVER_DONE
from .scope import param_refs

_SKIP_DIRS = frozenset({"vendor", "testdata", "node_modules"})


def _list_module(d: str, files: list, stamps: list, mods: list) -> None:
    """The ``.go`` files under ``d`` (``_SKIP_DIRS`` and hidden or ``_`` directories left out), each with
    its size and modification time, and the directories holding a ``go.mod``: a directory's files by name,
    then its subdirectories by name (one ``scandir`` per directory: no path joins, no second listing)."""
    try:
        with os.scandir(d) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        return
    if any(e.name == "go.mod" for e in entries):
        mods.append(d)
        stamps.append((d, 0, 0))
    subdirs = []
    for e in entries:
        name = e.name
        try:
            if e.is_dir():
                if name not in _SKIP_DIRS and not name.startswith((".", "_")):
                    subdirs.append(e.path)
            elif name.endswith(".go"):
                st = e.stat()
                files.append(e.path)
                stamps.append((e.path, st.st_size, st.st_mtime_ns))
        except OSError:
            continue
    for sub in subdirs:
        _list_module(sub, files, stamps, mods)
_MAX_FILES = 40      # files naming the function: more, and it is too common a name to follow
_MAX_HOPS = 8        # calls followed down when reading whether a function looks at a parameter
_MAX_SITES = 60
_MAX_BYTES = 2 << 20   # and bytes of them to parse
_MAX_DEPTH = 4       # callers followed up through their own context parameters
_TTL = 10.0          # seconds a listing is kept before the files' sizes and times are looked at again
_EXAMPLES = frozenset({"example", "examples", "sample", "samples", "demo", "demos"})   # (``_x`` are skipped)
_PACKAGE_MAIN = re.compile(rb"^package\s+main\b", re.M)
_IGNORED = re.compile(rb"^//\s*(?:go:build|\+build)\s+ignore\b", re.M)   # a file no build includes
_DECLS = frozenset({"function_declaration", "method_declaration", "method_elem", "method_spec"})
_FUNCS = ("function_declaration", "method_declaration", "func_literal")


@dataclass(frozen=True)
class CallSite:
    """One call of a name somewhere in the module."""
    path: str
    line: int
    args: tuple[str, ...]            # the argument texts, whitespace-normalised
    caller: str | None               # the named function it is in (None: in a function literal)
    caller_params: tuple[str, ...]   # that function's parameter names, in order
    never_done: frozenset[int]       # the arguments that are contexts never done (:func:`_never_done`)
    caller_variadic: bool = False    # its last parameter is ``...T``
    caller_method: bool = False      # it is a method
    via: str = "selector"            # how the call names the function: "bare" (``name(...)``), "import:PATH"
    #                                  (``pkg.name(...)`` of an imported package), "selector" (``x.name(...)``)
    last: bool = False               # the named caller's last act (``then_ends``; not in a loop, literal, go)
    gin_args: frozenset[int] = frozenset()   # arguments that are a ``*gin.Context`` parameter of the function
    #                                          the call is in: never done unless the module turns on gin's
    #                                          ``ContextWithFallback`` (:meth:`ModuleIndex.gin_fallback`)


class ModuleIndex:
    """Call sites of names across one module's files."""

    _by_root: dict[str, ModuleIndex] = {}

    def __init__(self, root: str):
        self.root = root
        self._files: list[str] | None = None
        self.stamp = ""                              # (see current_stamp)
        self._digest = 0
        self._stamp = 0.0
        self._sites: dict[str, tuple[CallSite, ...] | None] = {}
        self._never_done: dict[tuple, bool] = {}   # (name, idx, arity, method, directory) -> answer
        self._app: dict[str, bool] = {}        # module directory -> has a program
        self._main_selectors: frozenset | None = None   # ``x.name(`` names the programs' files call
        self._mods: list[str] = []
        self._mod_of: dict[str, str] = {}
        self._paths: dict[str, str | None] = {}
        self._ignores: dict[tuple, bool] = {}   # (import path, name, idx, type, wraps) -> answer
        self._exits: dict[tuple, bool] = {}     # (name, directory) -> answer
        self._getters: dict[tuple, bool] = {}   # (caller's file, argument text) -> answer (_root_getter)
        self._inert: dict[tuple, bool] = {}     # (import path, declaration's text, idx) -> answer (_ignores_in)
        self._field_types: dict[tuple, tuple[str, str] | None] = {}   # (path, type, field) -> (path, type)
        self._embedded_locks: dict[tuple, str | None] = {}   # (path, type) -> "Mutex" / "RWMutex" / None
        self._test_only: dict[str, bool] = {}   # package directory -> answer (test_only)
        self._var_types: dict[tuple, tuple[str, str] | None] = {}   # (path, var) -> (path, type) (var_type)
        self._gin_fallback: bool | None = None
        self._hertz_sense: bool | None = None

    @classmethod
    def of(cls, path: str | None) -> ModuleIndex | None:
        """The index of the module holding the file ``path`` (None: not in a module)."""
        if not path:
            return None
        d = os.path.dirname(os.path.abspath(path))
        root = None
        while True:
            if os.path.isfile(os.path.join(d, "go.mod")):
                root = d
            up = os.path.dirname(d)
            if up == d:
                break
            d = up
        if root is None:
            return None
        idx = cls._by_root.get(root)
        if idx is None:
            idx = cls._by_root[root] = cls(root)
        return idx

    def _fresh(self) -> None:
        """List the module's files again once the last listing is ``_TTL`` old; the answers go only when
        a file was added, removed or written since (by their sizes and modification times): an editor's
        files change on disk when they are saved, and a listing with ``stat`` is cheap beside a scan."""
        now = time.monotonic()
        if self._files is not None and now - self._stamp < _TTL:
            return
        files, stamps, mods = [], [], []
        _list_module(self.root, files, stamps, mods)
        digest = hash(tuple(stamps))
        self._stamp = now
        if self._files is not None and digest == self._digest:
            return
        self._files, self._digest = files, digest
        self.stamp = hashlib.blake2b(repr(stamps).encode(), digest_size=12).hexdigest()
        self._mods = sorted(mods, key=len, reverse=True)   # (the deepest first)
        self._mod_of.clear()
        self._sites.clear()
        self._never_done.clear()
        self._gin_fallback = None
        self._hertz_sense = None
        self._cli_root = None
        self._subcommands_root = None
        self._ignores.clear()
        self._exits.clear()
        self._getters.clear()
        self._inert.clear()
        self._field_types.clear()
        self._embedded_locks.clear()
        self._test_only.clear()
        self._main_selectors = None
        self._var_types.clear()
        self._app.clear()

    def current_stamp(self) -> str:
        """A digest of the module's listing (its files' paths, sizes and modification times, the same in
        every process): an answer recorded with it holds while it is unchanged."""
        self._fresh()
        return self.stamp

    def _module_dir(self, directory: str) -> str:
        """The directory of the ``go.mod`` nearest above ``directory`` (the root's at least)."""
        got = self._mod_of.get(directory)
        if got is None:
            got = self._mod_of[directory] = next(
                (m for m in self._mods if directory == m or directory.startswith(m + os.sep)), self.root)
        return got

    def closed(self, directory: str) -> bool:
        """Can only this module call the exported functions of the package in ``directory``: an
        ``internal`` package, or any package of an application (a module with a ``package main`` outside
        its examples; the module of the nearest ``go.mod``, without the modules nested in it: a library
        beside a module of commands, the std lib beside ``cmd``, is called by programs goleash does not
        see)? A library's exported functions are called by modules goleash does not see."""
        rel = os.path.relpath(os.path.abspath(directory), self.root)
        if rel != ".." and not rel.startswith(".." + os.sep) and "internal" in rel.split(os.sep):
            return True
        return self.application(directory)

    def test_only(self, directory: str) -> bool:
        """Does the package in ``directory`` run only in tests: only this module can import it
        (:meth:`closed`), and the files of the module that do are all ``_test.go`` files, one at least
        (a fake client whose methods call the function fields a test sets), or none at all while it has
        tests of its own and is no program (an integration-test harness its own tests drive)? What its
        types implement is not what a call in the module's programs reaches."""
        got = self._test_only.get(directory)
        if got is None:
            got = False
            path = self.import_path(directory)
            if path is not None and self.closed(directory):
                quoted = f'"{path}"'.encode()
                importers = [f for f in self._candidates("import", imported=path)
                             if os.path.dirname(f) != directory and quoted in _read(f)]
                got = bool(importers) and all(f.endswith("_test.go") for f in importers)
                if not importers:
                    # imported by no file of the module: only its own tests run it (a harness package
                    # driven by the _test.go files beside it), if it has any and is no program
                    own = [f for f in self._files or () if os.path.dirname(f) == directory]
                    got = any(f.endswith("_test.go") for f in own) and not any(
                        _PACKAGE_MAIN.search(_read(f)) for f in own if not f.endswith("_test.go"))
            self._test_only[directory] = got
        return got

    def application(self, directory: str) -> bool:
        """Is the package in ``directory`` part of an application: a module with a ``package main`` outside
        its examples (the module of the nearest ``go.mod``)? Its programs' ``main`` runs its commands."""
        if self._files is None:
            self._fresh()
        mod = self._module_dir(os.path.abspath(directory))
        if mod not in self._app:   # (a kept answer is not listed again: a walk of the module's files costs
            #                         45 ms in the std lib, not for every keystroke; a listing that finds a
            #                         file added, removed or written drops it)
            self._fresh()
            mod = self._module_dir(os.path.abspath(directory))
            if mod not in self._app:
                self._app[mod] = self._application(mod)
        return self._app[mod]

    def _application(self, mod: str) -> bool:
        """Is there a ``package main`` outside example directories (one file per directory read: its first
        non-test file that is built — a generator run by ``go run gen.go``, ``//go:build ignore``, is
        not part of the module's programs)?"""
        seen = set()
        for path in self._files or ():
            d = os.path.dirname(path)
            if d in seen or path.endswith("_test.go") or self._module_dir(d) != mod:
                continue
            if _EXAMPLES.intersection(os.path.relpath(d, self.root).lower().split(os.sep)):
                seen.add(d)
                continue
            main = _says_main(path)
            if main is None:
                continue   # (not built, or unreadable: the directory's next file says what it is)
            seen.add(d)
            if main:
                return True
        return False

    def call_sites(self, name: str, directory: str | None = None) -> tuple[CallSite, ...] | None:
        """Every call of a function or method named ``name`` in the module (by name: every method of that
        name, of any type, counts); None when the name is used otherwise than by a call or a declaration
        (a method value, a field), or is in too many files to follow. With ``directory``: the calls that
        can be of the package function ``name`` of the package there only — bare in that package, or
        through an import of it — read from the files that can make them (the package's own and those
        that import it), so that the same name elsewhere (another package's ``Check``, a method) neither
        counts nor makes the name too common to follow; None when that function is used as a value.
        Without ``directory`` (the calls that can be of a method of that name): the calls through a
        selector only, not those of a package function of that name, bare or through an import."""
        self._fresh()
        path = self.import_path(directory) if directory is not None else None
        key = name if path is None else (name, directory)
        if key in self._sites:
            return self._sites[key]
        got = self._sites[key] = self._scan(name) if path is None else self._scan(name, directory, path)
        return got

    def _candidates(self, name: str, imported: str | None = None) -> list[str]:
        """The module's files that may name ``name`` (with ``imported``: that import that path): those
        ``grep`` lists (it reads a large module's files many times faster than Python), or all of them
        where it cannot run."""
        files = self._files or []
        if len(files) > 200 and name.isidentifier():
            word = ["-F", f'"{imported}"'] if imported is not None else ["-wF", name]
            try:
                out = subprocess.run(["grep", "-rl", "--include=*.go", *word, "--", self.root],
                                     capture_output=True, timeout=30)
                if out.returncode in (0, 1):
                    listed = set(os.fsdecode(x) for x in out.stdout.splitlines())
                    return [f for f in files if f in listed]
            except (OSError, subprocess.SubprocessError):
                pass
        return files

    def _scan(self, name: str, directory: str | None = None, imported: str | None = None
              ) -> tuple[CallSite, ...] | None:
        word = re.compile(rb"(?<!\w)" + re.escape(name.encode()) + rb"\b")
        paths = self._candidates(name, imported)
        quoted = f'"{imported}"'.encode()
        if imported is not None:   # the package's own files, and those importing it
            paths = [f for f in self._files or () if os.path.dirname(f) == directory] + \
                    [f for f in paths if os.path.dirname(f) != directory]
        hits, size = [], 0
        for path in paths:
            data = _read(path)
            if imported is not None and os.path.dirname(path) != directory and quoted not in data:
                continue
            if name.encode() in data and word.search(data) is not None:
                hits.append((path, data))
                size += len(data)
                if len(hits) > _MAX_FILES or size > _MAX_BYTES:
                    return None
        sites: list[CallSite] = []
        for path, data in hits:
            tree = syntax.parse(data)
            imports = file_imports(tree.root_node)
            for m in word.finditer(data):
                start = m.start()
                node = tree.root_node.descendant_for_byte_range(start, start + len(name))
                if node is None or node.type not in ("identifier", "field_identifier"):
                    continue   # a comment, a string, a type or package of that name
                site = _classify(node, path, imports)
                if imported is not None and site is not None:
                    if site is False:
                        if not _may_name(node, os.path.dirname(path) == directory, imports, imported):
                            continue   # another package's ``name``, a method or field of that name
                    elif not self._may_call(site, False, directory):
                        continue
                if site is False:
                    return None
                if site is not None and imported is None and site.via != "selector":
                    continue   # (the scan for a method: a bare call, or one through an imported
                    #             package's name, is of a function of that name)
                if site is not None:
                    sites.append(site)
                    if len(sites) > _MAX_SITES:
                        return None
        return tuple(sites)

    def never_done_at_calls(self, name: str, idx: int, arity: int | None, method: bool, directory: str,
                            _seen: frozenset = frozenset()) -> bool:
        """Does every call of ``name`` in the module (one at least) pass, as its argument ``idx``, a
        context that is never done: ``context.Background()``/``TODO()`` maybe wrapped with values or
        ``WithoutCancel``, a local bound only to one, or the context parameter of a named function whose
        own calls all do (a few callers up), for a method one of them at least outside the tests (called only
        by tests here, a method runs in the program when something else calls it: a framework, through an
        interface; a package function only tests call is not run by the program at all)? The function is a method (``method``) or a function of the
        package in ``directory``: calls that cannot be of it are left out — a method is not called bare
        nor through an imported package's name, a function is called bare only in its own package and
        otherwise through an import of that package; ``arity``, its parameter count when it is not
        variadic: a call with another count is of another function of that name."""
        self._fresh()
        key = (name, idx, arity, method, directory)
        if key in self._never_done:
            return self._never_done[key]
        got = self._never_done_at(name, idx, arity, method, directory, _seen | {name})
        if not _seen:
            self._never_done[key] = got
        return got

    def _root_getter(self, s: CallSite, arg: str) -> bool:
        """Is the argument ``arg`` of the call ``s`` a call of a module function that only returns a root
        context: ``registry.Context()`` of ``func Context() context.Context { return cliCtx }`` with the
        package variable ``cliCtx = context.Background()`` given no other value (:func:`_returned_root`)?"""
        m = _GETTER_CALL.match(arg)
        if m is None:
            return False
        key = (s.path, arg)   # (the same getter is the argument of many calls: its package is read once)
        got = self._getters.get(key)
        if got is None:
            got = self._getters[key] = self._getter_returns_root(s.path, m.group(1), m.group(2))
        return got

    def _getter_returns_root(self, path: str, pkg: str | None, fn: str) -> bool:
        if pkg is None:
            directory = os.path.dirname(path)
        else:
            imported = file_imports(syntax.parse(_read(path)).root_node).get(pkg)
            directory = self.package_dir(imported) if imported is not None else None
        if directory is None:
            return False
        sources = self._sources(directory)
        for src in sources:
            if re.search(rb"\bfunc\s+" + re.escape(fn.encode()) + rb"\s*\(\s*\)", src) is None:
                continue
            root = syntax.parse(src).root_node
            decl = next((d for d in root.named_children if d.type == "function_declaration" and
                         syntax.text(d.child_by_field_name("name")) == fn), None)
            return decl is not None and _returned_root(decl, sources)
        return False

    def gin_fallback(self) -> bool:
        """Does some file of the module mention gin's ``ContextWithFallback``? Unless an engine turns it on,
        a ``*gin.Context`` used as a ``context.Context`` is never done (its ``Done()`` is nil, it has no
        deadline): the request's cancellation does not reach what it is handed to."""
        self._fresh()
        if self._gin_fallback is None:
            self._gin_fallback = any(_GIN_FALLBACK.search(_read(f)) is not None
                                     for f in self._candidates("ContextWithFallback"))
        return self._gin_fallback

    def hertz_senses_disconnect(self) -> bool:
        """Does some file of the module turn on Hertz's ``WithSenseClientDisconnection``? Unless it does, the
        context a Hertz handler receives (``func(ctx context.Context, c *app.RequestContext)``) is the
        server's root, never done: a client's disconnection cancels nothing."""
        self._fresh()
        if self._hertz_sense is None:
            self._hertz_sense = any(_HERTZ_SENSE.search(_read(f)) is not None
                                    for f in self._candidates("WithSenseClientDisconnection"))
        return self._hertz_sense

    def subcommands_root(self) -> bool:
        """Does the module run google/subcommands commands (``subcommands.Execute(ctx)``, one call at least,
        none in a test) only with a context that is never done (``context.Background()``, or a local of the
        calling function bound only to one: ``ctx := context.Background()`` ... ``os.Exit(int(
        subcommands.Execute(ctx)))``), and no other call of a method ``Execute`` in the module hands on a
        context that may be (a command that runs another, ``c.inner.Execute(ctx, f, args...)``)? The
        commander passes that context to each command's ``Execute(ctx, f, args...)`` as it is."""
        self._fresh()
        if self._subcommands_root is None:
            got, seen = True, False
            for f in self._candidates("subcommands"):
                if f.endswith("_test.go"):
                    continue
                src = _read(f)
                if b"subcommands.Execute(" not in src:
                    continue
                root = syntax.parse(src).root_node
                for call in syntax.walk(root):
                    if call.type != "call_expression" or \
                            syntax.text(call.child_by_field_name("function")) != "subcommands.Execute":
                        continue
                    seen = True
                    decl = next((a for a in syntax.ancestors(call) if a.type in (
                        "function_declaration", "method_declaration", "func_literal")), None)
                    args = syntax.call_args(call)
                    if not args or not _never_done(args[0], decl):
                        got = False
            sites = self.call_sites("Execute")
            self._subcommands_root = got and seen and sites is not None and all(
                0 in s.never_done or (s.caller == "Execute" and s.caller_params[:1] == s.args[:1])
                for s in sites if len(s.args) >= 2 and not s.path.endswith("_test.go"))
            #   (a command that runs another with the context it was given hands on the same one)
        return self._subcommands_root

    def cli_runs_root(self) -> bool:
        """Does the module run urfave/cli commands (``app.Run(ctx, os.Args)``, one at least) only with a root
        context, ``context.Background()`` or ``context.TODO()``, in files that give no command a ``Before:``
        hook (which may hand on another context)? The Actions of the commands a package of an application
        declares then receive a context nothing cancels, wherever its ``main`` runs them."""
        self._fresh()
        if self._cli_root is None:
            runs = []
            for f in self._candidates("Args"):
                src = _read(f)
                got = CLI_RUN.findall(src)
                if got and b"Before:" in src:
                    runs = [b""]
                    break
                runs += got
            self._cli_root = bool(runs) and all(r in (b"context.Background()", b"context.TODO()") for r in runs)
        return self._cli_root

    def _may_call(self, s: CallSite, method: bool, directory: str) -> bool:
        if method:
            return s.via == "selector"
        if s.via == "bare":
            return os.path.dirname(s.path) == directory
        return s.via == "import:" + (self.import_path(directory) or "\0")

    def import_path(self, directory: str) -> str | None:
        """The import path of the package in ``directory``: the nearest ``go.mod``'s module path and the
        directory below it."""
        got = self._paths.get(directory)
        if got is None and directory not in self._paths:
            d = directory
            while True:
                try:
                    with open(os.path.join(d, "go.mod"), "rb") as f:
                        m = re.search(rb"^module\s+\"?([^\s\"]+)", f.read(), re.M)
                except OSError:
                    m = None
                if m is not None:
                    rel = os.path.relpath(directory, d)
                    got = m.group(1).decode() + ("" if rel == "." else "/" + rel.replace(os.sep, "/"))
                    break
                up = os.path.dirname(d)
                if up == d or not d.startswith(self.root):
                    break
                d = up
            self._paths[directory] = got
        return got

    def package_dir(self, import_path: str) -> str | None:
        """The directory of the module's package ``import_path`` (None: another module's, or none)."""
        mine = self.import_path(self.root)
        if mine is None:
            return None
        if import_path == mine:
            return self.root
        if not import_path.startswith(mine + "/"):
            return None
        d = os.path.join(self.root, *import_path[len(mine) + 1:].split("/"))
        return d if os.path.isdir(d) else None

    def ignores_param(self, import_path: str, name: str, idx: int, typ: str | None, wraps: bool = False) -> bool:
        """Does the function ``name`` of the module's package ``import_path`` (with ``typ``: its method of
        the type ``typ`` declared there, or — ``typ`` an interface there — every method ``name`` with its
        parameter count declared in the module's non-test files, one at least) never look at its parameter
        ``idx``: named ``_``, unnamed, only read for a value (``ctx.Value(k)``) in its body, or only handed
        on as the argument of functions of the module that do not look at theirs (a few calls down)? With
        ``wraps``: does the function only put values on that context (:func:`wraps_values`)?"""
        self._fresh()
        key = (import_path, name, idx, typ, wraps)
        got = self._ignores.get(key)
        if got is None:
            decls = self._declarations(import_path, name, typ)
            got = self._ignores[key] = bool(decls) and all(
                wraps_values(d, idx) if wraps else self._ignores_in(d, idx, path, 0) for d, path in decls)
        return got

    def _ignores_in(self, decl: Node, idx: int, import_path: str, depth: int) -> bool:
        """Does the declaration ``decl`` (of the package ``import_path``) never look at its parameter ``idx``:
        ``_``, unnamed, only read for a value, or only handed on as the same argument of functions of the
        module that do not look at theirs: a function of its package or of another (``pkg.F``), a method of
        its receiver (``s.sendPrivate(ctx, ...)``) or of a field of its receiver (``s.transport.Send(ctx,
        ...)``, the field's type read from the receiver type's declaration; an interface there: every
        implementation in the module), up to ``_MAX_HOPS`` calls down. (A call that comes back to a
        declaration being read counts as not looking: another use would still be found.)"""
        memo = self._inert
        key = (import_path, decl.text, idx)
        got = memo.get(key)
        if got is not None:
            return got
        memo[key] = True   # (a cycle: assumed, the other uses decide)
        got = memo[key] = self._inert_param(decl, idx, import_path, depth)
        return got

    def _inert_param(self, decl: Node, idx: int, import_path: str, depth: int) -> bool:
        params = syntax.params(decl)[1 if decl.type == "method_declaration" else 0:]
        if idx >= len(params):
            return False
        name = params[idx][0]
        if name in ("", "_"):
            return True
        body = decl.child_by_field_name("body")
        uses = param_refs(decl, name) if body is not None else None
        refs = [r for r in uses if not value_read(r)] if uses is not None else None
        if refs is None or (refs and depth >= _MAX_HOPS):
            return False
        root = decl
        while root.parent is not None:
            root = root.parent
        imports = file_imports(root) if refs else {}
        recv_name = params_recv(decl)
        for r in refs:
            call, i = syntax.argument_of(r)
            fn = syntax.unparen(call.child_by_field_name("function")) if call is not None else None
            if fn is None or i is None:
                return False
            decls = self._callee_decls(fn, decl, recv_name, imports, import_path)
            if not decls or not all(self._ignores_in(d, i, p, depth + 1) for d, p in decls):
                return False
        return True

    def _callee_decls(self, fn: Node, decl: Node, recv_name: str, imports: dict[str, str],
                      import_path: str) -> list[tuple[Node, str]] | None:
        """The declarations a call's function ``fn`` (in ``decl`` of the package ``import_path``) may run:
        a function of the package or of an imported one of the module, a method of the receiver, or a
        method of a field of the receiver (its type's, or every implementation's of an interface)."""
        if fn.type == "identifier":
            return self._declarations(import_path, syntax.text(fn), None)   # (a function of the same package)
        if fn.type != "selector_expression":
            return None
        operand, method = syntax.unparen(fn.child_by_field_name("operand")), syntax.text(fn.child_by_field_name("field"))
        if operand is None:
            return None
        if operand.type == "identifier" and syntax.text(operand) in imports and syntax.text(operand) != recv_name:
            return self._declarations(imports[syntax.text(operand)], method, None)
        found = self.var_method_type(operand, imports, recv_name)
        if found is not None:   # (``pkg.Default.Get(ctx)``: a method of a package variable's type)
            return self._declarations(found[0], method, found[1])
        if not recv_name:
            return None
        typ = _receiver_type(decl)
        if operand.type == "identifier" and syntax.text(operand) == recv_name:
            return self._declarations(import_path, method, typ)
        inner = syntax.unparen(operand.child_by_field_name("operand")) if operand.type == "selector_expression" else None
        if inner is None or inner.type != "identifier" or syntax.text(inner) != recv_name:
            return None
        found = self._field_type(import_path, typ, syntax.text(operand.child_by_field_name("field")))
        return self._declarations(found[0], method, found[1]) if found is not None else None

    def _field_type(self, import_path: str, typ: str, field: str) -> tuple[str, str] | None:
        """(import path, type name) of the field ``field`` of the struct type ``typ`` declared in the package
        ``import_path``: its type's package (by the struct's file's imports) and name, a pointer or not;
        None when it is not a named type."""
        memo = self._field_types
        k = (import_path, typ, field)
        if k in memo:
            return memo[k]
        memo[k] = None
        d = self.package_dir(import_path)
        own = self._package_files(d)
        for root in self._parsed(own, (typ, field)):
            for spec in (n for n in syntax.walk(root) if n.type == "type_spec"):
                t = spec.child_by_field_name("type")
                if syntax.text(spec.child_by_field_name("name")) != typ or t is None or t.type != "struct_type":
                    continue
                for fd in (n for n in syntax.walk(t) if n.type == "field_declaration"):
                    if field not in (syntax.text(x) for x in fd.children_by_field_name("name")):
                        continue
                    memo[k] = _named_type(fd.child_by_field_name("type"), import_path, file_imports(root))
                    return memo[k]
        return None

    def embedded_lock(self, import_path: str, typ: str) -> str | None:
        """"Mutex" / "RWMutex" when the struct type ``typ`` of the package ``import_path`` (a package of
        the module) embeds that sync type (``type LPM struct { sync.RWMutex; t *Trie }``), and declares
        no ``Lock``/``Unlock`` of its own: its ``Lock()`` is sync's. None otherwise."""
        self._fresh()
        k = (import_path, typ)
        if k in self._embedded_locks:
            return self._embedded_locks[k]
        self._embedded_locks[k] = got = None
        d = self.package_dir(import_path)
        own = self._package_files(d)
        own_method = re.compile(r"\bfunc\s*\([^)]*\b" + re.escape(typ) + r"\)\s*(?:R?Lock|R?Unlock)\s*\(")
        for root in self._parsed(own, (typ,)):
            if own_method.search(syntax.text(root)):
                return None   # (a wrapper with a Lock of its own: not sync's)
            imports = file_imports(root)
            for spec in (n for n in syntax.walk(root) if n.type == "type_spec"):
                t = spec.child_by_field_name("type")
                if syntax.text(spec.child_by_field_name("name")) != typ or t is None or t.type != "struct_type":
                    continue
                for fd in (n for n in syntax.walk(t) if n.type == "field_declaration"):
                    if fd.child_by_field_name("name") is not None:
                        continue
                    m = re.fullmatch(r"\*?(\w+)\.(RWMutex|Mutex)", syntax.text(fd.child_by_field_name("type")))
                    if m is not None and imports.get(m.group(1)) == "sync":
                        got = m.group(2)
        self._embedded_locks[k] = got
        return got

    def indexed_field(self, key: str) -> bool:
        """Does a non-test file of the module register the field index ``key`` (its text, ``pkg.IndexKeyRef``
        or a string literal) with controller-runtime's ``IndexField(ctx, &T{}, key, extract)``, matched by
        its last name (``IndexKeyRef``)? Such an index exists only in the manager's cache, made with the
        kind's informer before the manager starts."""
        def name(x: str) -> str:   # (a string literal whole: "spec.nodeName" is not "status.nodeName")
            return x if x.startswith(('"', "`")) else x.rsplit(".", 1)[-1]
        return any(not s.path.endswith("_test.go") and len(s.args) == 4 and name(s.args[2]) == name(key)
                   for s in self.call_sites("IndexField") or ())

    def indexed_kind(self, import_path: str, name: str) -> bool:
        """Does a non-test file of the module register a field index of the kind ``name`` of the package
        ``import_path`` with controller-runtime's ``IndexField(ctx, &T{}, key, extract)`` (``&ingress.Ingress{}``
        read through the file's imports, ``&Ingress{}`` in that package's own files)? The kind's informer
        is then made with the manager's cache, before the manager starts."""
        for s in self.call_sites("IndexField") or ():
            m = re.fullmatch(r"&\s*(?:(\w+)\.)?(\w+)\s*\{\s*\}", s.args[1]) if len(s.args) == 4 else None
            if m is None or s.path.endswith("_test.go") or m.group(2) != name:
                continue
            if m.group(1) is None:
                if self.import_path(os.path.dirname(s.path)) == import_path:
                    return True
                continue
            for root in self._parsed([s.path], (m.group(1),)):
                if file_imports(root).get(m.group(1)) == import_path:
                    return True
        return False

    def var_type(self, import_path: str, var: str) -> tuple[str, str] | None:
        """(import path, type name) of the package variable ``var`` of the module's package ``import_path``:
        its declared type (``var C Client``), or the type of its value: a literal ``&T{...}`` / ``T{...}``,
        or a call of a function of that package with one named result (``var C = newClient()``). None
        when it is not a named type, or not found."""
        self._fresh()
        k = (import_path, var)
        if k in self._var_types:
            return self._var_types[k]
        self._var_types[k] = got = None
        d = self.package_dir(import_path)
        for root in self._parsed(self._package_files(d), (var,)):
            for spec in (n for n in root.named_children if n.type == "var_declaration"):
                for vs in (n for n in syntax.walk(spec) if n.type == "var_spec"):
                    names = [syntax.text(x) for x in vs.children_by_field_name("name")]
                    if var not in names:
                        continue
                    typ = vs.child_by_field_name("type")
                    value = vs.child_by_field_name("value")
                    vals = value.named_children if value is not None else []
                    if typ is None and len(vals) == len(names):
                        typ = self._value_type(root, syntax.unparen(vals[names.index(var)]))
                    got = _named_type(typ, import_path, file_imports(root)) if typ is not None else None
        self._var_types[k] = got
        return got

    def var_method_type(self, operand: Node, imports: dict[str, str], local: str = "") -> tuple[str, str] | None:
        """For the operand ``pkg.V`` of a method call (``pkg`` an import of a package of the module, not
        the local ``local``): (import path, type) of the package variable ``V`` (:meth:`var_type`)."""
        inner = syntax.unparen(operand.child_by_field_name("operand")) if operand.type == "selector_expression" else None
        if inner is None or inner.type != "identifier" or syntax.text(inner) == local:
            return None
        path = imports.get(syntax.text(inner))
        if path is None or self.package_dir(path) is None:
            return None
        return self.var_type(path, syntax.text(operand.child_by_field_name("field")))

    def _value_type(self, root: Node, value: Node | None) -> Node | None:
        """The type node of ``&T{...}``, ``T{...}`` or ``f()`` (``f`` a function of the file's package with
        one result), or None."""
        value = syntax.without_address(value)
        if value is None:
            return None
        if value.type == "composite_literal":
            return value.child_by_field_name("type")
        fn = value.child_by_field_name("function") if value.type == "call_expression" else None
        if fn is None or fn.type != "identifier":
            return None
        for decl in root.named_children:   # (the same file first; a constructor is most often beside the var)
            if decl.type == "function_declaration" and syntax.text(decl.child_by_field_name("name")) == syntax.text(fn):
                res = decl.child_by_field_name("result")
                return res if res is not None and res.type != "parameter_list" else None
        return None

    def _declarations(self, import_path: str, name: str, typ: str | None) -> list[tuple[Node, str]]:
        """The declarations of the function ``name`` of the package ``import_path`` (with ``typ``: its
        method of that type, or — ``typ`` an interface there — the methods implementing it), each with the
        import path of the package that declares it (what a bare call in its body names)."""
        d = self.package_dir(import_path)
        if d is None:
            return []
        own = self._package_files(d)
        found: list[tuple[Node, str]] = []
        ifaces: dict[str, Node] = {}   # the package's interface types, by name
        for root in self._parsed(own, (name, typ) if typ else (name,)):
            for decl in root.named_children:
                if typ is None and decl.type == "function_declaration" and \
                        syntax.text(decl.child_by_field_name("name")) == name:
                    found.append((decl, import_path))
                elif typ is not None and decl.type == "method_declaration" and \
                        syntax.text(decl.child_by_field_name("name")) == name and _receiver_type(decl) == typ:
                    found.append((decl, import_path))
                elif typ is not None and decl.type == "type_declaration":
                    for spec in decl.named_children:
                        t = spec.child_by_field_name("type")
                        if spec.type == "type_spec" and t is not None and t.type == "interface_type":
                            ifaces[syntax.text(spec.child_by_field_name("name"))] = t
        iface = _interface_method(ifaces, typ, name) if typ is not None else None
        if typ is None or iface is None:
            return found
        # an interface of the module: the methods of that name and parameter count declared in a package
        # that names every method the interface declares (a type implementing it declares them there)
        arity, names = iface
        dirs: dict[str, list[str]] = {}
        for f in self._candidates(name):
            if not f.endswith("_test.go"):
                dirs.setdefault(os.path.dirname(f), []).append(f)
        out: list[tuple[Node, str]] = []
        read = 0
        for dd in dirs:
            if self.test_only(dd):
                continue   # (a test double's package: the call being asked about does not reach it)
            datas = [_read(f) for f in self._files or () if os.path.dirname(f) == dd and not f.endswith("_test.go")]
            text = b"\n".join(datas)
            if not all(re.search(rb"\b" + re.escape(n.encode()) + rb"\b", text) for n in names):
                continue
            read += len(datas)
            if read > 2 * _MAX_FILES:
                return []
            methods: dict[str, dict[str, Node]] = {}   # receiver type -> its methods
            for root in (syntax.parse(data).root_node for data in datas):
                for decl in root.named_children:
                    if decl.type == "method_declaration":
                        methods.setdefault(_receiver_type(decl), {})[
                            syntax.text(decl.child_by_field_name("name"))] = decl
            path = self.import_path(dd)
            out.extend((ms[name], path) for ms in methods.values()
                       if path is not None and names <= ms.keys() and len(syntax.params(ms[name])) == arity + 1)
        return out

    @staticmethod
    def _parsed(paths: list[str], words: tuple[str, ...]) -> Iterator[Node]:
        """The trees of the files among ``paths`` that name every one of ``words``."""
        for path in paths:
            data = _read(path)
            if all(re.search(rb"\b" + re.escape(w.encode()) + rb"\b", data) for w in words):
                yield syntax.parse(data).root_node

    def exits_after(self, name: str, directory: str, _seen: frozenset = frozenset(), method: bool = False) -> bool:
        """Does the process end once the package function ``name`` (of the package in ``directory``)
        returns: is every call of it in the module (one at least, none in a test) the last act of
        ``main`` of a package main, of a CLI command's handler there (``RunE: startDiscover``), or of a
        function that is such in turn (a few calls up), the module being the only caller there can be
        (:meth:`closed`)? A goroutine left blocked when it returns ends with the process. ``method``: a
        method of that name, every call of any method so named in the module counted (``x.name(...)``)."""
        self._fresh()
        key = (name, directory, method)
        got = self._exits.get(key) if not _seen else None
        if got is None:
            got = self._exits_after(name, directory, _seen | {key[:2]}, method)
            if not _seen:
                self._exits[key] = got
        return got

    def _exits_after(self, name: str, directory: str, seen: frozenset, method: bool = False) -> bool:
        if not self.closed(directory):
            return False
        if method and name.encode() not in self._main_selector_names():
            return False   # (no program calls a method so named: asked first, a scan of the module costs)
        sites = self.call_sites(name) if method else self.call_sites(name, directory)
        if not sites:
            return False
        for s in sites:
            d = os.path.dirname(s.path)
            if s.path.endswith("_test.go") or not s.last or s.caller is None or s.caller_method:
                return False
            if (self._package_main(d) and s.caller == "main") or \
                    (self.application(d) and is_handler(self._sources(d), s.caller, False)):
                continue   # (the command returns, main's Execute returns, the process ends; a command of
                #            any package of an application: its main runs the command tree)
            if (s.caller, d) in seen or len(seen) > 3 or not self._exits_after(s.caller, d, seen | {(s.caller, d)}):
                return False
        return True

    def _main_selector_names(self) -> frozenset:
        """The names the module's programs call as methods, ``x.name(`` in a file of a package main (read once
        per listing of the module)."""
        if self._main_selectors is None:
            self._fresh()
            out = set()
            for f in self._files or ():
                if not f.endswith("_test.go") and _says_main(f):
                    out.update(re.findall(rb"\.(\w+)\s*\(", _read(f)))
            self._main_selectors = frozenset(out)
        return self._main_selectors

    def caller_decls(self, name: str, directory: str, literals: bool = False) -> list[Node] | None:
        """The declarations (functions, methods) holding the calls of the package function ``name`` of the
        package in ``directory`` across the module (:meth:`call_sites`, tests included), parsed anew; None
        when one is not in a named function (with ``literals``: also in a function literal of one, the
        declaration around it), or the calls cannot all be read."""
        sites = self.call_sites(name, directory)
        if not sites:
            return None
        out: dict[tuple, Node] = {}
        trees: dict[str, Node] = {}
        for s in sites:
            if s.caller is None and not literals:
                return None
            root = trees.get(s.path)
            if root is None:
                root = trees[s.path] = syntax.parse(_read(s.path)).root_node
            decl = next((d for d in root.named_children if d.type in ("function_declaration", "method_declaration")
                         and d.start_point[0] < s.line <= d.end_point[0] + 1), None)
            if decl is None:
                return None
            out[(s.path, decl.start_byte)] = decl
        return list(out.values())

    def _package_main(self, directory: str) -> bool:
        """Is the package in ``directory`` a package main (by its first file a build includes)?"""
        for f in self._files or ():
            if os.path.dirname(f) == directory and not f.endswith("_test.go"):
                main = _says_main(f)
                if main is not None:
                    return main
        return False

    def _package_files(self, directory: str | None) -> list[str]:
        """The non-test Go files of the package in ``directory`` (none for None)."""
        return [f for f in self._files or () if directory is not None and os.path.dirname(f) == directory
                and not f.endswith("_test.go")]

    def _sources(self, directory: str) -> list[bytes]:
        return [_read(f) for f in self._package_files(directory)]

    def _never_done_at(self, name: str, idx: int, arity: int | None, method: bool, directory: str,
                       seen: frozenset) -> bool:
        sites = [s for s in self.call_sites(name, None if method else directory) or ()
                 if (arity is None or len(s.args) == arity) and self._may_call(s, method, directory)]
        if not sites:
            return False
        vouched = False   # a call from the program itself (not a test) says what it passes
        for s in sites:
            if idx >= len(s.args):
                return False
            arg = s.args[idx]
            if s.caller == name and arg in s.caller_params and s.caller_params.index(arg) == idx:
                continue   # a same-named wrapper handing its own ctx on (``b.Local.Run(ctx, op)``): its
                #            callers are among these calls
            if idx not in s.never_done and not (idx in s.gin_args and not self.gin_fallback()) and \
                    not self._root_getter(s, arg) and not (
                    arg in s.caller_params and s.caller is not None and s.caller not in seen and
                    len(seen) < _MAX_DEPTH and s.caller not in ("main", "init") and
                    self.never_done_at_calls(s.caller, s.caller_params.index(arg),
                                             None if s.caller_variadic else len(s.caller_params),
                                             s.caller_method, os.path.dirname(s.path), seen)):
                return False
            vouched = vouched or not s.path.endswith("_test.go")
        return vouched or not method   # (a package function is not called through an interface: the
        #                                 program calls it only where the module does, here nowhere)


_GIN_FALLBACK = re.compile(rb"(?m)^[^/\n]*\bContextWithFallback\s*(?:=(?!=)|:)")   # set, not in a comment
CLI_RUN = re.compile(rb"\.Run\(\s*([\w.]+(?:\(\))?)\s*,\s*(?:os\.Args|args|argv)\s*\)")
_HERTZ_SENSE = re.compile(rb"(?m)^[^/\n]*(?<!func )\bWithSenseClientDisconnection\(")   # called: not declared, not in a comment
_GETTER_CALL = re.compile(r"^(?:(\w+)\.)?(\w+)\(\)$")


def _returned_root(decl: Node, sources: list[bytes]) -> bool:
    """Is ``decl`` a function of no parameters whose body is ``return v`` with ``v`` a package variable
    declared ``v = context.Background()`` (``TODO()``) in ``sources`` and given no other value there
    (``func Context() context.Context { return cliCtx }``)?"""
    if decl.type != "function_declaration" or syntax.params(decl):
        return False
    body = syntax.stmt_list(decl.child_by_field_name("body"))
    vals = syntax.return_values(body[0]) if len(body) == 1 and body[0].type == "return_statement" else []
    if len(vals) != 1:
        return False
    if " ".join(syntax.text(vals[0]).split()) in NEVER_DONE:
        return True
    if vals[0].type != "identifier":
        return False
    name = re.escape(syntax.text(vals[0]).encode())
    declared = sum(len(re.findall(rb"(?m)^\s*(?:var\s+)?" + name + rb"\s*(?:context\.Context\s*)?=\s*context\.(?:Background|TODO)\(\)",
                                  src)) for src in sources)
    assigned = sum(len(re.findall(rb"(?<![\w.])" + name + rb"\s*(?:=(?!=)|,[\w\s,.]*=(?!=))", src))
                   for src in sources)
    taken = any(re.search(rb"&\s*" + name + rb"\b", src) for src in sources)
    return declared == 1 and assigned == 1 and not taken


# the types of a CLI command's literal (cobra's, urfave/cli's) and the fields that hold its handler
COMMAND_TYPES = ("cobra.Command", "cli.Command", "cli.App")
HANDLER_FIELDS = ("RunE", "Run", "Action")


def is_handler(sources: list[bytes], name: str, method: bool) -> bool:
    """Is the function ``name`` (with ``method``, a method of that name: ``c.run``) a CLI command's handler
    in these files: the value of a ``RunE:``/``Run:`` field of a ``cobra.Command`` literal (or ``Action:`` of
    an urfave ``cli.Command``/``cli.App``), or assigned to one (``cmd.RunE = c.run``); also a literal there
    that only calls it with its own arguments (``Action: func(c *cli.Context) error { return simulate(c) }``),
    or that returns its call (``RunE: func(c *cobra.Command, args []string) error { ...; return
    gardenRun(&opts) }``): the command ends when it returns?"""
    qual = rb"\w+\s*\.\s*" if method else b""
    callee = qual + re.escape(name.encode())
    fields = "|".join(HANDLER_FIELDS).encode()
    pat = re.compile(rb"\b(?:" + fields + rb")\s*(?::|=(?!=))\s*(?:" + callee + rb"\s*[,}\n]|"
                     rb"func\s*\([^()]*\)\s*(?:error\s*)?\{\s*(?:return\s+)?" + callee +
                     rb"\s*\([\w\s,.]*\)\s*\}|"
                     # a literal that returns its call, its last act (``opts.IO = f.IOStreams; ... return
                     # gardenRun(&opts)``): when it returns, so does the command
                     rb"func\s*\([^()]*\)\s*error\s*\{(?:(?!\n(?:func|\t\w+\s*:)\b)[\s\S]){0,3000}?\breturn\s+" +
                     callee + rb"\s*\([^()]*\)\s*\n)")
    return any(declares_commands(src) and pat.search(src) is not None for src in sources)


def declares_commands(src: bytes) -> bool:
    """Does the source declare CLI commands: a ``cobra.Command`` literal, or urfave's ``cli.Command`` or
    ``cli.App``?"""
    return any(t.encode() + b"{" in src for t in COMMAND_TYPES)


def _says_main(path: str) -> bool | None:
    """Does the Go file ``path`` say ``package main`` (None: a file no build includes, ``//go:build
    ignore``, or one that cannot be read)?"""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return None
    if _IGNORED.search(head.split(b"\npackage ", 1)[0]):
        return None
    return bool(_PACKAGE_MAIN.search(head))


def _read(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return b""


def file_imports(root: Node) -> dict[str, str]:
    """The file's imports: the name each is used by (its alias, else the last element of its path that
    is not a major version) -> its path."""
    out = {}
    for decl in root.named_children:
        if decl.type == "package_clause" or decl.type == "comment":
            continue
        if decl.type != "import_declaration":
            break
        for spec in (n for n in syntax.walk(decl) if n.type == "import_spec"):
            p = syntax.text(spec.child_by_field_name("path")).strip('"`')
            alias = spec.child_by_field_name("name")
            out[syntax.text(alias) if alias is not None else import_name(p)] = p
    return out


def import_name(path: str) -> str:
    """The name an import of ``path`` without an alias is used by: the last element of the path that is
    not a major version (``.../v2``), without a ``go-`` prefix or a suffix after ``.`` or ``-``."""
    parts = [x for x in path.split("/") if x]
    last = parts[-1] if parts else path
    if re.fullmatch(r"v\d+", last) and len(parts) > 1:
        last = parts[-2]
    return re.sub(r"[.-].*$", "", last.removeprefix("go-"))


def params_recv(decl: Node) -> str:
    """The receiver's name of a method declaration (``s`` of ``(s *T)``), else ""."""
    recv = decl.child_by_field_name("receiver") if decl.type == "method_declaration" else None
    p = next((p for p in (recv.named_children if recv is not None else ()) if p.type == "parameter_declaration"),
             None)
    name = p.child_by_field_name("name") if p is not None else None
    return syntax.text(name) if name is not None else ""


def _named_type(t: Node | None, import_path: str, imports: dict[str, str]) -> tuple[str, str] | None:
    """(import path, name) of the named type ``t`` (a pointer to one too) spelled in a file of the package
    ``import_path`` with those ``imports``; None for any other type."""
    while t is not None and t.type in ("pointer_type", "parenthesized_type"):
        t = t.child_by_field_name("type") or (t.named_children[0] if t.named_children else None)
    if t is None:
        return None
    if t.type == "type_identifier":
        return import_path, syntax.text(t)
    if t.type == "qualified_type":
        path = imports.get(syntax.text(t.child_by_field_name("package")))
        return (path, syntax.text(t.child_by_field_name("name"))) if path else None
    return None


def _interface_method(ifaces: dict[str, Node], typ: str, name: str) -> tuple[int, set[str]] | None:
    """(parameter count of its method ``name``, the names of all its methods) of the interface ``typ`` among
    a package's interface types ``ifaces``, with those of the package's interfaces it embeds (``Center
    interface { io.Closer; ConfigReader; Tenant() string }``: ``ConfigReader``'s; another package's, ``io.Closer``,
    adds no name: fewer names, more types that may implement it); None when it has no method ``name``."""
    names: set[str] = set()
    arity = None
    todo, seen = [typ], set()
    while todo:
        t = ifaces.get(todo.pop())
        if t is None or t.id in seen:
            continue
        seen.add(t.id)
        for m in t.named_children:
            if m.type in ("method_elem", "method_spec"):
                n = syntax.text(m.child_by_field_name("name"))
                names.add(n)
                if n == name and arity is None:
                    arity = len(syntax.params(m))
            elif m.type in ("type_elem", "constraint_elem") and m.named_children:
                e = m.named_children[0]
                if e.type == "type_identifier":
                    todo.append(syntax.text(e))
    return (arity, names) if arity is not None else None


def _receiver_type(decl: Node) -> str:
    """The name of a method declaration's receiver type (``T`` of ``(s *T)``, ``(s T[K])``)."""
    recv = decl.child_by_field_name("receiver")
    t = next((p.child_by_field_name("type") for p in (recv.named_children if recv is not None else ())
              if p.type == "parameter_declaration"), None)
    while t is not None and t.type in ("pointer_type", "generic_type", "parenthesized_type"):
        t = t.child_by_field_name("type") or (t.named_children[0] if t.named_children else None)
    return syntax.text(t) if t is not None else ""


# calls that give back the context they are given with a value added (a span, metadata, labels): it is done
# when, and only when, that context is
VALUE_ONLY_CTX = frozenset({"WithValue", "Start", "StartSpan", "Trace", "NewTask", "NewOutgoingContext",
                            "NewIncomingContext", "AppendToOutgoingContext", "ContextWithSpan", "WithLabels",
                            "NewContext"})   # (``klog.NewContext(ctx, logger)``: the NewContext/FromContext pair of a value)
VALUE_GETTER = re.compile(r"\w*From\w*Context")   # a getter of a value a context carries: ``FromIncomingContext``


def value_read(ref: Node) -> bool:
    """Is ``ref`` (a context) only read for a value, ``ref.Value(key)``, or the only argument of a getter of
    a value it carries (``metadata.FromIncomingContext(ctx)``, ``peer.FromContext(ctx)``: a function named
    ``From...Context``), or compared with nil (``if ctx == nil { return }``)? Neither waits for it nor
    hands it on."""
    sel = ref.parent
    if sel is not None and sel.type == "argument_list" and sel.named_child_count == 1 and \
            sel.parent is not None and sel.parent.type == "call_expression":
        fn = syntax.unparen(sel.parent.child_by_field_name("function"))
        name = syntax.text(fn.child_by_field_name("field") if fn is not None and
                           fn.type == "selector_expression" else fn)
        return bool(VALUE_GETTER.fullmatch(name))
    if sel is not None and sel.type == "binary_expression" and syntax.text(sel.child_by_field_name("operator")) in \
            ("==", "!=") and "nil" in (syntax.text(sel.child_by_field_name("left")),
                                       syntax.text(sel.child_by_field_name("right"))):
        return True
    return sel is not None and sel.type == "selector_expression" and sel.child_by_field_name("operand") == ref and \
        syntax.text(sel.child_by_field_name("field")) == "Value" and sel.parent is not None and \
        sel.parent.type == "call_expression"


def wraps_values(fn: Node, idx: int) -> bool:
    """Does the function ``fn`` only put values on its context parameter ``idx``: every ``return`` gives
    ``context.WithValue(p, ...)`` (or ``p``)?"""
    params = syntax.params(fn) if fn is not None and fn.type == "function_declaration" else []
    if idx >= len(params) or not params[idx][0] or syntax.text(params[idx][1]) != "context.Context":
        return False
    p = params[idx][0]
    rets = [r for r in syntax.walk(fn.child_by_field_name("body"), skip_funcs=True) if r.type == "return_statement"]
    for r in rets:
        vals = syntax.return_values(r)
        v = syntax.unparen(vals[0]) if len(vals) == 1 else None
        if v is None or not (syntax.text(v) == p or (
                v.type == "call_expression" and syntax.text(v.child_by_field_name("function")) == "context.WithValue"
                and syntax.call_args(v) and syntax.text(syntax.call_args(v)[0]) == p)):
            return False
    return bool(rets)


def _may_name(node: Node, mine: bool, imports: dict[str, str], imported: str) -> bool:
    """Can the name ``node`` (not a call of it) be the package function of the package ``imported``: bare
    in that package's own files (``mine``), or selected from the name that imports it?"""
    if node.type == "identifier":
        return mine
    operand = node.parent.child_by_field_name("operand") if node.parent is not None and \
        node.parent.type == "selector_expression" else None
    return operand is not None and operand.type == "identifier" and imports.get(syntax.text(operand)) == imported


def _type_only(value: Node) -> bool:
    """Is the method value ``value`` only asked for its type: the argument of ``reflect.TypeOf``
    (``reflect.TypeOf((*MockStore)(nil).Get)``, as gomock's recorders pass it)? It is never called."""
    args = value.parent
    while args is not None and args.type == "parenthesized_expression":
        args = args.parent
    call = args.parent if args is not None and args.type == "argument_list" else None
    return call is not None and call.type == "call_expression" and len(args.named_children) == 1 and \
        " ".join(syntax.text(call.child_by_field_name("function")).split()) == "reflect.TypeOf"


def _classify(node: Node, path: str, imports: dict[str, str]) -> CallSite | None | bool:
    """The call site ``node`` (a name) is the callee of, None for a declaration of the name, False for
    any other use."""
    parent = node.parent
    if parent is None:
        return False
    if parent.type in _DECLS and parent.child_by_field_name("name") == node:
        return None
    callee, via = node, "bare"
    if node.type == "field_identifier":
        if parent.type != "selector_expression" or parent.child_by_field_name("field") != node:
            return False
        callee, via = parent, "selector"
        operand = parent.child_by_field_name("operand")
        if operand is not None and operand.type == "identifier" and syntax.text(operand) in imports:
            via = "import:" + imports[syntax.text(operand)]
    call = callee.parent
    if call is None or call.type != "call_expression" or call.child_by_field_name("function") != callee:
        return None if _type_only(callee) else False
    args_node = call.child_by_field_name("arguments")
    if args_node is None:
        return False   # (a spread ``f(ctx, opts...)`` is kept: its last text ends in ``...``, it is never a context)
    args = tuple(" ".join(syntax.text(a).split()) for a in args_node.named_children if a.type != "comment")
    fn = call.parent
    while fn is not None and fn.type not in _FUNCS:
        fn = fn.parent
    outer = fn
    while outer is not None and outer.parent is not None and outer.type == "func_literal":
        outer = outer.parent
        while outer is not None and outer.type not in _FUNCS:
            outer = outer.parent
    params: tuple[str, ...] = ()
    caller = None
    variadic = False
    gin_params: set[str] = set()
    if fn is not None:
        plist = fn.child_by_field_name("parameters")
        decls = [d for d in (plist.named_children if plist is not None else ())
                 if d.type in ("parameter_declaration", "variadic_parameter_declaration")]
        params = tuple(syntax.text(n) if n is not None else "_" for d in decls
                       for n in (d.children_by_field_name("name") or [None]))
        gin_params = {syntax.text(n) for d in decls if d.type == "parameter_declaration" and
                      " ".join(syntax.text(d.child_by_field_name("type")).split()) == "*gin.Context"
                      for n in d.children_by_field_name("name")}
        variadic = bool(decls) and decls[-1].type == "variadic_parameter_declaration"
        if fn.type != "func_literal":
            caller = syntax.text(fn.child_by_field_name("name"))
    in_place = call.parent is not None and call.parent.type not in ("go_statement", "defer_statement") and \
        outer is not None and not any(x.type == "func_literal" for x in syntax.ancestors(call, outer))
    never_done = frozenset(i for i, a in enumerate(a for a in args_node.named_children if a.type != "comment")
                           if _never_done(a, outer, params) or (
                               in_place and a.type == "identifier" and syntax.text(a) not in params and
                               cancelled_at_return(outer, syntax.text(a))))
    body = fn.child_by_field_name("body") if caller is not None else None
    last = body is not None and call.parent is not None and call.parent.type not in ("go_statement", "defer_statement") \
        and not any(a.type in ("for_statement", "func_literal") for a in syntax.ancestors(call, body)) and \
        then_ends(call, body)
    gin_args = frozenset(i for i, a in enumerate(args) if a in gin_params) if gin_params else frozenset()
    return CallSite(path, call.start_point[0] + 1, args, caller, params, never_done, variadic,
                    fn is not None and fn.type == "method_declaration", via, last, gin_args)


def _never_done(value: Node | None, decl: Node | None, params=(), self_name: str | None = None,
                depth: int = 0) -> bool:
    """Is the expression ``value`` a context that is never done: ``context.Background()``/``TODO()``,
    ``context.WithoutCancel(...)``, ``context.WithValue`` of one, ``self_name`` (a local wrapped again), or
    — as the argument itself — a local of ``decl`` (not one of ``params``) bound only to such contexts?"""
    value = syntax.unparen(value)
    if value is None or depth > 8:
        return False
    text = " ".join(syntax.text(value).split())
    if text in NEVER_DONE or (self_name is not None and text == self_name):
        return True
    if value.type == "identifier":
        return depth == 0 and decl is not None and text not in params and _root_local(decl, text)
    if value.type != "call_expression":
        return False
    fn = syntax.text(value.child_by_field_name("function"))
    args = syntax.call_args(value)
    if fn == "context.WithoutCancel":
        return True
    return fn == "context.WithValue" and bool(args) and _never_done(args[0], None, params, self_name, depth + 1)


def cancelled_at_return(decl: Node, name: str) -> bool:
    """Is ``name`` a local of the declaration ``decl`` bound once, by ``name, cancel :=
    context.WithCancel(context.Background())`` (``TODO()``), whose ``cancel`` is only deferred (``defer
    cancel()``)? No deadline, and cancelled only when ``decl`` returns: never done while it runs, so a call
    it makes in place (not in a goroutine or closure) cannot see it done."""
    body = decl.child_by_field_name("body")
    if body is None or not name.isidentifier():
        return False
    text = syntax.text(body)
    a = re.escape(name)
    m = re.search(rf"(?<![\w.]){a}\s*,\s*(\w+)\s*:=\s*context\.WithCancel\(\s*context\.(?:Background|TODO)\(\)\s*\)",
                  text)
    if m is None or m.group(1) == "_" or \
            len(re.findall(rf"(?:(?<![\w.])|,\s*){a}\s*(?:,\s*\w+\s*)*:?=(?!=)", text)) != 1:
        return False   # (bound again, or given to another assignment)
    cancel = re.escape(m.group(1))
    uses = re.findall(rf"(?<![\w.]){cancel}\b", text)
    deferred = re.findall(rf"(?m)^\s*defer\s+{cancel}\(\)\s*$", text)
    return bool(deferred) and len(uses) == 1 + len(deferred)


def _root_local(decl: Node, name: str) -> bool:
    """Is ``name`` bound in the declaration ``decl`` (its closures included) only to never-done contexts:
    declared from one, and assigned again only with values wrapped around itself?"""
    return bound_only_to(decl, name, lambda value, again: _never_done(value, None, (), name if again else None))


def bound_only_to(decl: Node, name: str, ok) -> bool:
    """Is ``name`` declared in ``decl`` (its closures included) and every value it is given there one that
    ``ok(value, again)`` accepts (``again``: an assignment after the declaration, which must come first)? The
    first of several names given one call (``ctx, span := tracer.Start(...)``) is given that call's first
    result: ``ok`` sees the call."""
    found = False
    for st in syntax.walk(decl):
        if st.type not in ("short_var_declaration", "assignment_statement", "var_spec"):
            continue
        left = st.child_by_field_name("left") if st.type != "var_spec" else None
        names = left.named_children if left is not None else st.children_by_field_name("name")
        texts = [syntax.text(n) for n in names]
        if name not in texts:
            continue
        right = st.child_by_field_name("right") if st.type != "var_spec" else st.child_by_field_name("value")
        vals = right.named_children if right is not None else []
        if len(vals) != len(texts) and not (len(vals) == 1 and texts[0] == name and len(texts) > 1):
            return False   # (``ctx, span := tracer.Start(...)``: the first name holds the call's first result)
        again = st.type == "assignment_statement"
        value = vals[texts.index(name)] if len(vals) == len(texts) else vals[0]
        if (again and not found) or (not again and found) or not ok(value, again):
            return False
        found = True
    return found
