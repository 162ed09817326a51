"""GL504 mixed-atomic-access."""

from __future__ import annotations

import re

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding
from ..model import atomics
from ..model.locks import documented_held
from ..model.sync import held_at, installs_sync, lock_events, receiver
from ..rule import FuncContext, Rule


class MixedAtomicAccess(Rule):
    code = "GL504"
    name = "mixed-atomic-access"
    summary = "A variable updated with sync/atomic in one place is read or written plainly in another: those accesses race."
    fixes = ("use the matching `atomic` call for the plain access (`atomic.LoadInt64(&c.n)`, `atomic.AddInt64(&c.n, 1)`)",)
    doc = """\
`sync/atomic` makes an access safe only when every concurrent access to that
variable is atomic. A counter bumped with `atomic.AddInt64(&s.hits, 1)` in one
method and read as `s.hits` (or reset with `s.hits = 0`) in another races: the
race detector reports it, and on 32-bit platforms a plain read of a 64-bit value
can even be torn.

goleash builds the package-wide list of atomically accessed package variables
and receiver fields (`&s.hits` in a method of `*Server`, also a field of a struct field:
`&c.stats.Writes`), then reports plain accesses to them in the package's functions and
methods. Copying the struct that holds such a field reads it plainly too: `return c.stats`
(or `s := c.stats`, `report(c.stats)`) races with `atomic.AddUint64(&c.stats.Writes, 1)`
(no quick fix: load the counters one by one, or hold the mutex every add holds).

## Bad
```go
func (s *Server) hit()        { atomic.AddInt64(&s.hits, 1) }
func (s *Server) Hits() int64 { return s.hits }
```

## Good
```go
func (s *Server) Hits() int64 { return atomic.LoadInt64(&s.hits) }
```
or, from Go 1.19, a field of type `atomic.Int64`, which cannot be accessed plainly.

## Stays silent
- a plain read in a function that makes every atomic write of the variable itself, or through package
  functions only it calls, in place, also from a local closure it only calls in place (`for d.cur <
  d.end { ...; d.incr() }`, `incr` adding atomically):
  the writes are its own goroutine's, and other goroutines only load; likewise when the function runs
  only inside a call of one unexported function, in its goroutine — its callers call it in place, and
  theirs, up to that function, which is only started as a goroutine (`isLeader` <- `tick`, `publish` <-
  `tick`, ... <- `mainLoop`; the test files' calls left out) — and every atomic write is made by one of
  those functions or by functions only they call, in place (`toFollower` from `tick` and `mainLoop`), or
  by functions called in place only by functions that themselves run only inside that goroutine's calls
  (`countError` from `exportA` and `exportB`, which `update` calls);
- plain accesses with a mutex held (the variable is also guarded by the lock; `sync.Once` does this;
  a write needs it write-locked: two holders of a read lock write at once), also by the callers: a function documented as called with a lock held (`...Locked`, "the store lock
  is assumed held on entry"), or an unexported method that every call in the package makes with one held,
  a few calls down too (`write` locks and calls `calc`, which calls `report`: each held by its callers);
- a field of a type that holds no mutex, when no goroutine the package starts (`go`, `x.Go(f)`,
  `time.AfterFunc`) reaches a function that touches it: nothing shows two goroutines at once (a statistics
  type whose atomic `Merge` a caller may run concurrently, and whose plain `String` it calls after joining);
- a function that also accesses the variable atomically (the expert fast path: plain read, then CAS);
- a plain access past an early return taken in one mode of the value (`if s.sess.config.Version == 2 {
  return s.writeV2(b) }`), when every function accessing the field atomically is a method the package
  calls only on its receiver in that mode (inside `if s.sess.config.Version == 2 {`), and no method of
  the package assigns a field along that path (`.sess`, `.config`, `.Version`): a value keeps its mode,
  so the plain and the atomic accesses never meet on one value;
- a plain access in the program's `main` (or in a function the package calls only in place, in the
  caller's goroutine, never by `go` nor as a value: `run()`, one run at a time) after it waited (`wg.Wait()`, on every path) for the goroutines
  it started to make the atomic accesses, when it is the only caller of every function making them
  (the totals printed at the end of a load generator; for a plain read, of every function writing it: a
  `progress` the workers call, which only loads it, does not count); likewise a field read by a method after it
  joined (`wg.Wait()`, `eg.Wait()` of the group it started them with, `eg.Go(func() error { return
  u.in(ctx) })`) the goroutines that make every atomic access of it, when it is the only caller of the
  functions making them; or by a method whose one caller calls it, in place, after a call of a function
  that runs every atomic access on the goroutines of one group and waits for them before it returns (`err
  := r.replicate(ctx); return r.result(), err`, with `replicate` ending in `return group.Wait()`, no `go`
  of its own, no return between its first `group.Go` and the `Wait`);
- a plain access in a function that runs only once a reference count reached zero: every call of it,
  a few in-place calls up (the test files' calls left out), is in the branch of `if
  atomic.AddInt32(&x.refs, -1) == 0 {` (`unref` calling `free(x)`, which calls `x.reset()`, `refs` the
  field accessed): the last holder is alone with the value;
- a plain read of a field or variable whose every atomic write is in a function nothing in the module
  calls (an internal package or an application's: no other module can), nor uses as a value: it never
  runs;
- a plain read of a variable that sync/atomic only ever loads (no Store, Add, Swap or CAS anywhere in
  the package): reads do not race with reads;
- `&x.n` anywhere: only the address is taken (`p := &u.mem` ... `atomic.LoadInt64(p)`); nor is
  `unsafe.Sizeof(x.n)` (`Alignof`, `Offsetof`) an access: the compiler works it out;
- a comment line mentioning "atomic" just above (a documented exclusive access);
- a function, or a method of a type, whose doc comment rules out concurrent use ("It is NOT
  thread-safe", "not safe for concurrent use");
- a method that gives a field of its receiver a new mutex, WaitGroup, Once or Cond (`r.mu =
  new(sync.Mutex)`, outside a function literal): it sets the value up, since run while other goroutines
  use the value it would swap the lock from under them (a plugin's `Configure`, which its registry calls
  before it starts the workers that add atomically);
- `init`/`Init...` functions and test files (they run before, or inspect after, the concurrent part);
  likewise a method of an unexported type that only test files call, no interface of the package listing
  it (a test double's accessor, `func (f *fakeClient) Count() int { return int(f.count) }`);
- fields reached other than through the method receiver (constructors filling a fresh value);
- a method run only as a constructor's step: every call of it in the package is on a local the caller
  has just made (`db := &DB{...}`; `db.recoverJournal()`; or `a := newAlloc(id)`, a package function
  that returns a value it has just made and kept no other reference to; a local of that name in another
  block is another variable), with no `go` statement before it and no use of
  the local before it but its fields (a call in the other branch of an `if`, `if ro {
  db.recoverRO() } else { db.recover() }`, is no such use, nor is a pointer to it given to a method of
  its own field that starts no goroutine, `t := table{}; t.gc.init(&t)`), or on the receiver of a method that is
  itself such a step: no other goroutine can see the value yet;
- a plain access in a method (or in the one method that calls it, in place) that then starts the
  goroutines under which every atomic access of the field runs (`s.loadState()`, its plain writes,
  then `go s.mergeLoop()`, whose `planMerge` adds atomically; or `s.matched = 0`, then a loop of `go
  func() { defer wg.Done(); s.matcherJob(...) }()` workers; started nowhere else, from the method's own
  body, no loop around the plain access): the `go` statement orders the plain access before them;
- files that import another package as `atomic` (`runtime/internal/atomic`).

## Fixes
- **Use atomic here**: a read becomes `atomic.LoadT(&x)`, `x = v` becomes
  `atomic.StoreT(&x, v)`, `x++`/`x += v` become `atomic.AddT(&x, 1)`/`atomic.AddT(&x, v)`,
  with `T` the type of the atomic calls elsewhere.
"""

    # ---------------------------------------------------------------- check
    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        facts = ctx.package.atomic_accesses
        if not facts or ctx.is_test_file or ctx.unit.type not in ("function_declaration", "method_declaration"):
            return
        if ctx.func_name.lower().startswith("init"):
            return  # initialisation, before the value is shared
        mine = {a.key for a in atomics.accesses(ctx)}
        alias = atomics.atomic_alias(ctx.unit.parent)
        if alias is None:
            return  # another package is "atomic" here
        imports = ("sync/atomic",) if alias == "" else ()
        alias = alias or "atomic"
        recv = receiver(ctx.unit)
        if installs_sync(ctx.unit):
            return   # it sets the value up (gives it a new mutex): it runs before the value is shared
        if syntax.NOT_CONCURRENT.search(syntax.doc_comment(ctx.source, ctx.unit)) or \
                (recv is not None and ctx.pkg.documented_unshared(recv[1])):
            return   # documented as not for concurrent use: its plain accesses are the caller's to order
        test_double = None   # (asked once, before the first report: it reads the package's whole text)
        events = None
        seen = set()
        var_names = {name.encode() for owner, name in facts if not owner}
        fields = {part.encode() for owner, name in facts if owner and recv is not None and owner == recv[1]
                  for part in name.split(".")}
        if not var_names and not fields:
            return
        for n in syntax.walk(ctx.unit):
            if n.type == "identifier":
                if n.text not in var_names or (n.parent is not None and n.parent.type == "selector_expression"):
                    continue
            elif n.type == "selector_expression":
                f = n.child_by_field_name("field")
                if f is None or f.text not in fields:
                    continue
            else:
                continue
            key = own = atomics.access_key(ctx.unit, n, recv)
            if key is not None and key not in facts and self._copied(n) and self._struct_value(ctx, n):
                # ``return c.stats``: a copy of a struct field reads each field of it, the atomic one too
                key = next((k for k in facts if k[0] == key[0] and k[1].startswith(key[1] + ".")), key)
            if key is None or key not in facts or key in mine:
                continue  # atomic in this same function too: a deliberate fast-path read (then CAS)
            if self._atomic_use(n, alias) or self._declaration(n):
                continue
            if events is None:
                events = lock_events(ctx, ctx.unit)
            write = self._write_stmt(n)
            if self._locked(events, n, write is not None) or self._explained(ctx, n) or \
                    self._joined_first(ctx, key, n, write is None) or self._joined_by_callee(ctx, key, write is None) or \
                    not self._shared(ctx, key) or \
                    self._held_on_entry(ctx, recv, write is not None) or self._unshared(ctx, recv, key) or \
                    self._started_after(ctx, key, n) or self._other_mode(ctx, key, n, recv) or \
                    self._last_reference(ctx, key):
                continue
            writer = ctx.package.atomic_writers.get(key)
            if write is None and writer is None:
                continue   # read against atomic loads only: reads do not race with reads
            if write is None and all(ctx.pkg.never_called_in_module(w)
                                     for w in ctx.package.atomic_writer_funcs.get(key, ())):
                continue   # every atomic write is in a function nothing in the module calls: it never runs
            if write is None and self._writes_in_own_goroutine(ctx, key, n):
                continue   # every atomic write is this goroutine's own: the read races with loads only
            if test_double is None:
                test_double = recv is not None and recv[1][:1].islower() and \
                    ctx.unit.type == "method_declaration" and ctx.pkg.tests_only_method(ctx.func_name)
            if test_double:
                return   # a test double's accessor (``fake.Count()``): only the tests call it, after the fact
            other = writer or facts[key]
            suffix, where = facts[key].suffix, other.func
            name = syntax.text(n)
            stmt = syntax.stmt_of(n)
            if (key, stmt.id) in seen:
                continue
            seen.add((key, stmt.id))
            copied = own != key   # ``return c.stats``: the whole struct
            if copied:
                inner = f"{name}.{key[1][len(own[1]) + 1:]}"
                msg = (f"copying {name} reads {inner}, which sync/atomic updates elsewhere. The plain "
                       f"copy races with the atomic accesses in {where}()")
            else:
                inner = name
                msg = (f"{name} is accessed with sync/atomic elsewhere but plainly here. This plain "
                       f"{'write' if write is not None else 'read'} races with the atomic accesses in {where}()")
            related = [ctx.related_at(other.at, f"atomic.{other.op}{suffix} of {inner} in {where}()")] \
                if other.at is not None else []
            yield ctx.finding(n, msg, related, () if copied else self._fixes(ctx, n, alias, suffix, write, imports))

    @staticmethod
    def _struct_value(ctx: FuncContext, n: Node) -> bool:
        """Is the field ``n`` a struct held by value (``stats Stats``), whose copy copies its fields: not a
        pointer, an interface or a type goleash cannot name?"""
        t = ctx.model.types.of(n)
        return bool(t) and not t.startswith(("*", "[]", "map[", "chan ", "func", "interface")) and \
            ctx.pkg is not None and ctx.pkg.types.struct(t) is not None

    @staticmethod
    def _copied(n: Node) -> bool:
        """Is the selector ``n`` (a struct field) used as a whole value: returned, assigned, passed or
        stored (``return c.stats``, ``s := c.stats``), not selected from, addressed or assigned to?"""
        p = n.parent
        while p is not None and p.type == "parenthesized_expression":
            p = p.parent
        if p is None or p.type in ("selector_expression", "index_expression", "slice_expression", "call_expression"):
            return False
        if p.type == "unary_expression" and syntax.text(p.child_by_field_name("operator")) == "&":
            return False
        if p.type == "expression_list" and p.parent is not None and \
                p.parent.type in ("assignment_statement", "short_var_declaration") and \
                p.parent.child_by_field_name("left") is not None and p.parent.child_by_field_name("left").id == p.id:
            return False   # written, not read: a store of the whole struct (another finding's business)
        return p.type in ("return_statement", "expression_list", "argument_list", "keyed_element",
                          "literal_element", "var_spec", "send_statement")

    @staticmethod
    def _locked(events, n: Node, write: bool) -> bool:
        """Is a mutex held where ``n`` runs: any lock for a read, a write lock (not ``RLock``: readers
        run together) for a write?"""
        held = held_at(events, n)
        return any(e.kind == "Lock" for e in held.values()) if write else bool(held)

    @staticmethod
    def _held_on_entry(ctx: FuncContext, recv, write: bool) -> bool:
        """Does the function run with a mutex held by its callers: documented so (``...Locked``, "the
        store lock is assumed held on entry"), or an unexported method every call of which in the package
        holds one (``PackageModel.held_by_callers``; write-locked for a write)?"""
        if documented_held(ctx.func_name, syntax.doc_comment(ctx.source, ctx.unit)):
            return True
        if recv is None:
            return False
        key = f"{recv[1]}.{ctx.func_name}"
        return bool(ctx.pkg.written_by_callers(key) if write else ctx.pkg.held_by_callers(key))

    @staticmethod
    def _unshared(ctx: FuncContext, recv, key: tuple[str, str]) -> bool:
        """Is this a method of the field's type run only on a value that no other goroutine can see yet
        (a constructor's step before it starts its workers: ``PackageModel.unshared_receivers_only``)?"""
        return recv is not None and key[0] == recv[1] and ctx.pkg.unshared_receivers_only(recv[1], ctx.func_name)

    @staticmethod
    def _started_after(ctx: FuncContext, key: tuple[str, str], n: Node) -> bool:
        """Is every atomic access of the field ``key`` made only inside goroutines that the function holding
        this plain access starts after it — or that the one function calling it, in place, starts after
        that call (``s.load()``, whose plain writes, then ``go s.mergerLoop()``, under which every atomic add
        runs)? The ``go`` statement orders the plain access before them (a loop of workers' ``go`` too). Not
        when a loop holds the access (a second turn would access it while the first turn's goroutines run)."""
        owner, _ = key
        names = ctx.package.atomic_funcs.get(key)
        if not owner or not names or ctx.func_key is None:
            return False
        pkg = ctx.pkg
        me = ctx.func_key
        if MixedAtomicAccess._starts_after(ctx, owner, names, me, ctx.unit, [n]):
            return True   # (the function itself starts them, after the plain access)
        callers = pkg.callers(me.rsplit(".", 1)[-1])
        if len(callers) == 1 and callers[0] != me and pkg.calls_in_place(callers[0], me.rsplit(".", 1)[-1], True):
            starter = callers[0]
            decl = pkg.decl_node(starter)
            if decl is None:
                return False
            word = me.rsplit(".", 1)[-1].encode()
            points = [r for r in syntax.walk(decl) if r.type == "field_identifier" and r.text == word]
            return MixedAtomicAccess._starts_after(ctx, owner, names, starter, decl, points)
        return False

    @staticmethod
    def _starts_after(ctx: FuncContext, owner: str, names, starter: str, decl: Node, points: list) -> bool:
        """Does ``starter`` (its declaration ``decl``) start, after every one of ``points`` and from its own
        body, the goroutines under which the functions ``names`` (``owner``'s methods) make every atomic
        access, and no other function start them?"""
        pkg = ctx.pkg
        if not points or any(_in_loop(p, decl) for p in points):
            return False
        last = max(p.end_byte for p in points)
        for name in names:
            within = pkg.run_within(f"{owner}.{name}", tests=False)
            if within is None:
                return False
            root = within[0].rsplit(".", 1)[-1]
            if pkg.callers(root) != (starter,):
                return False
            refs = [r for r in syntax.walk(decl) if r.type == "field_identifier" and r.text == root.encode()]
            if not refs or not all(_started_here(r, decl) and r.start_byte > last for r in refs):
                return False
        return True

    @staticmethod
    def _shared(ctx: FuncContext, key: tuple[str, str]) -> bool:
        """Can the field ``key`` be accessed by two goroutines at once? A package variable can. A field: when
        its type holds a mutex (made for concurrent use), or when a function of the package that touches it
        (atomically, or this one) runs on a goroutine the package starts, directly or through calls."""
        if not key[0] or ctx.pkg.types.has_lock(key[0]):
            return True
        names = set(ctx.package.atomic_funcs.get(key, ())) | {ctx.func_name}
        return ctx.package.runs_concurrently(names)

    @staticmethod
    def _other_mode(ctx: FuncContext, key: tuple[str, str], n: Node, recv) -> bool:
        """Is the plain access past an early return taken in one mode of the value (``if
        s.sess.config.Version == 2 { return s.writeV2(b) }``), while every atomic access of the field is in a
        method the package calls only in that mode (:meth:`PackageModel.mode_only_calls`)? A value stays in
        its mode, so the two never meet on one value."""
        if not key[0] or recv is None or ctx.unit.type != "method_declaration":
            return False
        funcs = ctx.package.atomic_funcs.get(key, frozenset())
        body = ctx.unit.child_by_field_name("body")
        stmt = next((st for st in syntax.stmt_list(body) if syntax.inside(n, st)), None) if body is not None else None
        if not funcs or stmt is None:
            return False
        for st in syntax.stmt_list(body):
            if st.start_byte >= stmt.start_byte:
                break
            cond = syntax.unparen(st.child_by_field_name("condition")) if st.type == "if_statement" else None
            cons = st.child_by_field_name("consequence") if cond is not None else None
            if cond is None or st.child_by_field_name("alternative") is not None or \
                    st.child_by_field_name("initializer") is not None or cond.type != "binary_expression" or \
                    syntax.text(cond.child_by_field_name("operator")) != "==" or \
                    not syntax.stmt_list(cons) or syntax.stmt_list(cons)[-1].type != "return_statement":
                continue
            left, right = cond.child_by_field_name("left"), cond.child_by_field_name("right")
            spelled = syntax.text(left)
            if left.type != "selector_expression" or not spelled.startswith(recv[0] + ".") or \
                    right.type not in ("int_literal", "interpreted_string_literal", "identifier", "true", "false"):
                continue
            path = spelled[len(recv[0]):]
            if all(ctx.pkg.mode_only_calls(recv[1], fn, path, syntax.text(right)) for fn in funcs):
                return True
        return False

    @staticmethod
    def _last_reference(ctx: FuncContext, key: tuple[str, str]) -> bool:
        """Does this function run only once a reference count reached zero: every call of it, a few
        in-place calls up, is in the branch of ``if atomic.AddInt32(&x.refs, -1) == 0 {`` (``refs`` the
        field accessed; ``x.refs.Add(-1) == 0`` of an atomic type too) — ``unref`` calling ``free(x)``,
        which calls ``x.reset()``? The last holder is alone with the value: nothing else touches the count."""
        field = key[1].rsplit(".", 1)[-1]
        dec = re.compile(r"(?:atomic\.Add(?:Int32|Int64|Uint32|Uint64)\(\s*&\s*[\w.]+\." + re.escape(field) +
                         r"\s*,\s*-1\s*\)|\b" + re.escape(field) + r"\.Add\(\s*-1\s*\))\s*==\s*0$")
        todo, seen = [(ctx.func_key, ctx.func_name, ctx.unit.type == "method_declaration")], set()
        while todo:
            k, name, method = todo.pop()
            if k in seen or len(seen) > 6:
                return False
            seen.add(k)
            # (the test files' calls left out: they inspect a value after the fact)
            callers = [c for c in ctx.pkg.callers(name) if c not in ctx.pkg.decls or
                       not ctx.pkg.decls[c][0].index.is_test]
            if not callers:
                return False
            for c in callers:
                node = ctx.pkg.decl_node(c)
                body = node.child_by_field_name("body") if node is not None else None
                if body is None or not ctx.pkg.calls_in_place(c, name, method):
                    return False
                calls = [x for x in syntax.walk(body) if x.type == "call_expression" and
                         syntax.call_name(x)[1] == name]
                if calls and all(any(a.type == "if_statement" and
                                     dec.search(" ".join(syntax.text(a.child_by_field_name("condition")).split()))
                                     and syntax.inside(x, a.child_by_field_name("consequence"))
                                     for a in syntax.ancestors(x, body)) for x in calls):
                    continue   # ``if atomic.AddInt32(&el.refs, -1) == 0 { freeEventLog(el) }``
                todo.append((c, c.rsplit(".", 1)[-1], "." in c))
        return True

    @staticmethod
    def _writes_in_own_goroutine(ctx: FuncContext, key: tuple[str, str], n: Node) -> bool:
        """Is every atomic write of ``key`` made by this function itself or by package functions that only
        it calls, in place (not in a ``go`` statement nor a closure): ``for d.cur < d.end { ...; d.incr()
        }`` with ``incr`` doing ``atomic.AddUint32(&d.cur, 1)``? The plain read then follows the writes of
        its own goroutine; other goroutines only load. (A second run of the same function on the same value
        at once would be its caller's race, not this read's.)"""
        um = ctx.model

        def in_place(f, depth: int = 0) -> bool:
            """The declaration itself, or a closure run at once or held in a local only ever called in
            place (``completePiece := func() {...}; ... completePiece()``) from such a function."""
            if f is um.top:
                return True
            if f is None or depth > 3 or f.how not in ("call", "value"):
                return False
            if f.how == "call":
                return in_place(f.parent, depth + 1)
            v = f.bound_to
            if v is None or v.assigned or not v.refs:
                return False
            for r in v.refs:
                call = r.parent
                if call is None or call.type != "call_expression" or call.child_by_field_name("function") != r or \
                        (call.parent is not None and call.parent.type in ("go_statement", "defer_statement")) or \
                        not in_place(um.func_at(call), depth + 1):
                    return False
            return True

        if not in_place(um.func_at(n)):
            return False
        members: frozenset | None = None
        within = None
        for name in ctx.package.atomic_writer_funcs.get(key, frozenset()):
            if name == ctx.func_name:
                continue
            callers = ctx.pkg.callers(name)
            if callers == (ctx.func_key,) and all(_called_in_place(um, r, name, in_place) for r in syntax.walk(ctx.unit)):
                continue   # a package function only this one calls, in place
            if members is None:
                # the functions that run only inside one call of an unexported function, in its goroutine
                # (``isLeader`` <- ``tick`` <- ``mainLoop``, the body of a goroutine): asked only here
                within = ctx.pkg.run_within(ctx.func_key, tests=False)   # (test files are not checked: see the doc)
                members = within[1] if within is not None else frozenset()
            if any(k.rsplit(".", 1)[-1] == name for k in members):
                continue   # a function of that goroutine's own calls
            if members and callers and all(k in members and ctx.pkg.calls_in_place(k, name) for k in callers):
                continue   # ``toFollower`` called in place by ``tick`` and ``mainLoop`` only
            if members and callers and all(ctx.pkg.calls_in_place(k, name) and
                                           _same_root(ctx.pkg.run_within(k, tests=False), within) for k in callers):
                continue   # called in place by functions that run only inside that same goroutine's calls
            return False
        return True

    @staticmethod
    def _joined_first(ctx: FuncContext, key: tuple[str, str], n: Node, read: bool = False) -> bool:
        """Does every atomic access of ``key`` happen before ``n``? So when this function is the only caller
        of every function making them, calls them only in goroutines it starts, and waits (``wg.Wait()``,
        ``eg.Wait()``) on every path from each such ``go`` to ``n``: the program's ``main`` (it runs once) or a
        function the package calls only in place (``run()``, ``RunQueries``: one run at a time; no ``go``
        of it, no value of it),
        or a method (``u.run(ctx)`` joining its two pumps before it reads their byte counts; a second
        run of it on the same value at once would be the caller's race, not this read's). For a ``read``,
        the functions that only load it atomically do not count (``printProgress`` loading the total that
        the workers add to): reads do not race with reads."""
        if key[0]:   # a field: read by a method
            if ctx.unit.type != "method_declaration":
                return False
        elif ctx.unit.type != "function_declaration" or not (
                (ctx.package_name == "main" and ctx.func_name == "main") or
                ctx.pkg.only_called_in_place(ctx.func_name)):
            return False   # a package variable: read by the program's main, or by a function the package
            #             calls only in place, in the caller's goroutine (``run()``): one run at a time
        funcs = (ctx.package.atomic_writer_funcs if read else ctx.package.atomic_funcs).get(key, frozenset())
        um = ctx.model
        if not funcs or um.func_at(n) is not um.top:
            return False
        gos = []
        for name in funcs:
            if ctx.pkg.callers(name) != (ctx.func_key,):
                return False
            # ``name(...)``, or ``u.name(...)`` of a method (its selector is the called function)
            refs = [r if r.type == "identifier" else r.parent for r in syntax.walk(ctx.unit)
                    if r.text == name.encode() and (r.type == "identifier" or (
                        r.type == "field_identifier" and r.parent is not None and
                        r.parent.type == "selector_expression"))]
            calls = [r.parent for r in refs if r.parent is not None and r.parent.type == "call_expression"
                     and r.parent.child_by_field_name("function") == r]
            if not calls or len(refs) != len(calls):
                return False   # also named as a value: it may run anywhere
            for c in calls:
                f = um.func_at(c)
                if f is not None and f.how == "go" and f.start is not None:
                    gos.append(f.start)          # go func() { ...; name(...) }()
                elif c.parent is not None and c.parent.type == "go_statement" and f is um.top:
                    gos.append(c.parent)         # go name(...)
                elif f is not None and f.how == "value" and f.parent is um.top and \
                        (started := _go_method_call(f.node)) is not None:
                    gos.append(syntax.stmt_of(started))   # eg.Go(func() error { return name(...) })
                else:
                    return False
        return all(ctx.shared.joined(g, n, waits_only=True) for g in gos)

    @staticmethod
    def _joined_by_callee(ctx: FuncContext, key: tuple[str, str], read: bool) -> bool:
        """Is this method (the field's reader) called only by one function, in place, after a call there of
        a function that starts every atomic access of the field on the goroutines of one group and waits
        for them before it returns (``err := r.replicate(ctx, opts); return r.result(), err``, with
        ``replicate`` ending in ``return group.Wait()`` and the adds in the functions its ``group.Go``
        literals run: :meth:`PackageModel.joins_its_group`)? Every access is done by then. (A second run
        of the caller on the same value at once would be its caller's race, not this read's.)"""
        pkg = ctx.pkg
        if not key[0] or ctx.unit.type != "method_declaration" or ctx.func_key is None:
            return False
        funcs = (ctx.package.atomic_writer_funcs if read else ctx.package.atomic_funcs).get(key, frozenset())
        me = ctx.func_name
        callers = [c for c in pkg.callers(me) if c not in pkg.decls or not pkg.decls[c][0].index.is_test]
        if not funcs or len(callers) != 1 or pkg.calls_in_place(callers[0], me, True) is not True:
            return False
        caller = callers[0]
        roots = set()
        for name in funcs:
            within = pkg.run_within(f"{key[0]}.{name}", tests=False)
            if within is None:
                return False
            roots.add(within[0])
        starters = {pkg.callers(r.rsplit(".", 1)[-1]) for r in roots}
        if len(starters) != 1 or len(starter := next(iter(starters))) != 1 or starter[0] in (caller, ctx.func_key):
            return False
        joiner = starter[0].rsplit(".", 1)[-1]
        if pkg.callers(joiner) != (caller,) or pkg.calls_in_place(caller, joiner) is not True or \
                not pkg.joins_its_group(starter[0], frozenset(r.rsplit(".", 1)[-1] for r in roots)):
            return False
        decl = pkg.decl_node(caller)
        body = decl.child_by_field_name("body") if decl is not None else None
        if body is None:
            return False
        stmts = syntax.stmt_list(body)
        named = lambda st, w: any(r.type == "field_identifier" and r.text == w.encode() for r in syntax.walk(st))
        first_join = next((i for i, st in enumerate(stmts) if named(st, joiner)), None)
        reads = [i for i, st in enumerate(stmts) if named(st, me)]
        # the join a statement of the caller's body, every call of this method in a later one
        return first_join is not None and bool(reads) and \
            all(i > first_join for i in reads) and \
            sum(1 for r in syntax.walk(body) if r.type == "field_identifier" and r.text == me.encode()) == \
            sum(1 for i in reads for r in syntax.walk(stmts[i]) if r.type == "field_identifier" and r.text == me.encode())

    @staticmethod
    def _explained(ctx: FuncContext, n: Node) -> bool:
        """A comment line among the three above mentions atomic: the plain access is deliberate."""
        above = syntax.lines_above(ctx.source, n.start_byte, 3)
        return any(l.strip().startswith(b"//") and b"atomic" in l.lower() for l in above)

    @staticmethod
    def _atomic_use(n: Node, alias: str) -> bool:
        p = n.parent
        # ``&x.n`` reads nothing: only its address is taken (for an atomic call here, or a pointer that the
        # atomic calls use later: ``p := &x.n; atomic.LoadInt64(p)``); nor does ``unsafe.Sizeof(x.n)``
        # (``Alignof``, ``Offsetof``): a constant the compiler works out
        if p is not None and p.type == "argument_list" and p.parent is not None and \
                syntax.text(p.parent.child_by_field_name("function")) in ("unsafe.Sizeof", "unsafe.Alignof",
                                                                          "unsafe.Offsetof"):
            return True
        return p is not None and p.type == "unary_expression" and syntax.text(p).startswith("&")

    @staticmethod
    def _declaration(n: Node) -> bool:
        p = n.parent
        return p is not None and p.type in ("parameter_declaration", "var_spec", "field_declaration",
                                             "keyed_element", "literal_element")

    @staticmethod
    def _write_stmt(n: Node) -> Node | None:
        p = n.parent
        if p is not None and p.type in ("inc_statement", "dec_statement"):
            return p
        if p is not None and p.type == "expression_list":
            gp = p.parent
            if gp is not None and gp.type == "assignment_statement" and gp.child_by_field_name("left") == p:
                return gp
        return None

    @staticmethod
    def _fixes(ctx: FuncContext, n: Node, alias: str, suffix: str, write: Node | None, imports=()):
        x = syntax.text(n)
        if write is None:
            p = n.parent
            if p is not None and p.type == "unary_expression" and syntax.text(p).startswith("&"):
                return ()
            return (ctx.fix(f"Read {x} with {alias}.Load{suffix}",
                            ctx.replace(n, f"{alias}.Load{suffix}(&{x})"), preferred=True, imports=imports),)
        if write.type in ("inc_statement", "dec_statement"):
            if write.type == "dec_statement" and suffix.startswith("Uint"):
                return ()
            delta = "1" if write.type == "inc_statement" else "-1"
            return (ctx.fix(f"Use {alias}.Add{suffix}", ctx.replace(write, f"{alias}.Add{suffix}(&{x}, {delta})"),
                            preferred=True, imports=imports),)
        left = write.child_by_field_name("left").named_children
        right = write.child_by_field_name("right").named_children
        op = syntax.text(write.child_by_field_name("operator"))
        if len(left) != 1 or len(right) != 1:
            return ()
        v = syntax.text(right[0])
        if op == "=":
            return (ctx.fix(f"Use {alias}.Store{suffix}", ctx.replace(write, f"{alias}.Store{suffix}(&{x}, {v})"),
                            preferred=True, imports=imports),)
        if op == "+=":
            return (ctx.fix(f"Use {alias}.Add{suffix}", ctx.replace(write, f"{alias}.Add{suffix}(&{x}, {v})"),
                            preferred=True, imports=imports),)
        return ()


def _same_root(got, within) -> bool:
    """Do two answers of ``run_within`` name the same goroutine body ``R``?"""
    return got is not None and within is not None and got[0] == within[0]


def _go_method_call(lit: Node) -> Node | None:
    """The ``x.Go(lit)`` call (errgroup, ``wg.Go``) that runs the literal on a goroutine, or None."""
    args = lit.parent
    call = args.parent if args is not None and args.type == "argument_list" else None
    if call is None or call.type != "call_expression" or syntax.call_name(call)[1] != "Go":
        return None
    return call


def _called_in_place(um, r: Node, name: str, in_place) -> bool:
    """Is ``r``, if it names ``name`` (``name(...)`` or ``x.name(...)``), a direct call run in place (not in a
    ``go`` or ``defer`` statement, in the function itself or a closure it calls in place)?"""
    if r.text != name.encode() or r.type not in ("identifier", "field_identifier"):
        return True
    sel = r if r.type == "identifier" else r.parent
    call = sel.parent if sel is not None else None
    return call is not None and call.type == "call_expression" and call.child_by_field_name("function") == sel \
        and in_place(um.func_at(call)) and \
        not (call.parent is not None and call.parent.type in ("go_statement", "defer_statement"))


def _started_here(ref: Node, decl: Node) -> bool:
    """Is ``ref`` (a call of the goroutine's function) started by a ``go`` statement of ``decl``'s own body
    (``go s.loop()``, or ``go func() { ...; s.matcherJob() }()`` in a loop of workers), not by a function
    literal stored or called later? All the goroutines it starts then start after what comes before it."""
    go = next((a for a in syntax.ancestors(ref, decl) if a.type == "go_statement"), None)
    if go is None or any(a.type == "func_literal" for a in syntax.ancestors(go, decl)):
        return False
    call = go.named_children[0] if go.named_children else None
    fn = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
    lits = [a for a in syntax.ancestors(ref, go) if a.type == "func_literal"]
    return not lits or (len(lits) == 1 and fn is not None and lits[0].id == fn.id)


def _in_loop(node: Node, decl: Node) -> bool:
    """Is ``node`` inside a loop (or a function literal) of ``decl``?"""
    return any(a.type in ("for_statement", "func_literal") for a in syntax.ancestors(node, decl))
