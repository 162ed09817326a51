"""GL302 double-lock."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding, Related
from ..model import checks
from ..model.effects import call_label
from ..rule import FuncContext, Rule


class DoubleLock(Rule):
    code = "GL302"
    name = "double-lock"
    summary = "A mutex locked again while this goroutine holds it (directly or through a method): it deadlocks."
    triggers = frozenset({"mcall"})
    doc = """\
Go mutexes are not reentrant. Locking a mutex that the same goroutine already
holds blocks forever — whether the second `Lock` is in the same function, or
in a method of the same receiver that it calls (`Get` locks `c.mu`, then calls
`c.refresh()`, which locks `c.mu` again). Upgrading a read lock (`RLock`, then
`Lock`) deadlocks the same way.

goleash follows calls to methods of the same receiver type anywhere in the
package and names the call chain in the related locations. That includes the
`String` method fmt and log run on an operand: `log.Printf("state %v", c)` under
`c.mu`, where `(*Cache).String` locks `c.mu` (a string verb — `%s`, `%v`, `%q`,
`%x` — or any operand of `Print`/`Println`; not `%d`, `%p`, `%T`, `%#v`).

## Bad
```go
func (c *Cache) Get(k string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stale() {
		c.refresh() // refresh locks c.mu too: deadlock
	}
	return c.m[k]
}

func (c *Cache) refresh() {
	c.mu.Lock()
	defer c.mu.Unlock()
	// ...
}
```

## Good
Split a `refreshLocked` that expects the lock to be held, and call that.

A function whose annotation or doc comment names a mutex its callers hold (`// +checklocks:f.mu`,
`LOCKS_REQUIRED(f.mu)`, "f.mu must be held") is entered with it held: taking it again there, itself or
through a callee, is reported there (one inferred from its name alone, `...Locked`, may be another
mutex, and is not).

## Stays silent
- a second lock under `if err != nil` of a call whose error is nil on every path (a package function that
  returns nil on every path, a few calls deep: `if err := cur.Merge(s); err != nil { r.AddError(err) }`):
  it never runs;
- the one `Lock` under `if kind == "cpu"` in a range over a list of distinct literals (`for _, kind := range
  []string{"heap", "cpu"}`, also through a local nothing changes): one turn at most takes it;
- the one `Lock` under `if locker == nil` (`if !locked`) in a loop, that sets the local it tests in the
  same body and nowhere else (`locker = mu`): the first turn through closes the test for the others;
- the one `Lock` under `if n == 1` in a loop that counts `n` up each turn (`n++`, never set back):
  only one turn takes it;
- locks in two ifs that test one setting against two different constants, each test made once in the
  function (`if cfg.Mode == ModeBind { mu.Lock(); defer mu.Unlock(); ... }` then `if cfg.Mode ==
  ModeDynamic { mu.Lock(); ... }`, also a field path of another package's variable,
  `zconf.GlobalObject.WorkerMode`): one value cannot equal both, no run takes both;
- a lock behind a once-gate on a value (`if s.stopped { return }; s.stopped = true` opening the method,
  no other function setting that field): a second call for the same value locks nothing;
- a mutex used as a semaphore: a goroutine of the package (a worker) unlocks it without ever locking
  it, releasing what was locked for the task it received; the second Lock waits for that worker;
- `RLock` while holding `RLock` (shared read locks);
- a lock released before through the handle its lock call returned (`bc := m.RLockLow(); ...;
  bc.RUnlockLow()`, the handle holding the mutex's owner, also one the value embeds: `bc.lock` is
  `&m.PriorityRWMutex`), then taken again;
- a callee that gives the value holding the mutex a new value before it locks (`s.in = &fileNode{}; s.in.Lock()`
  in a statement that runs first on every path): the mutex it locks is the new value's, not the one held;
- a mutex that another goroutine or closure of the function unlocks (a semaphore:
  the second `Lock` waits for it on purpose), also through its `Unlock` method value handed out
  (`&Server{NotifyStarted: waitLock.Unlock}`: a start signal);
- methods whose first operation on the mutex is an unlock (`...Locked` helpers that
  expect the caller to hold it);
- an unlock between the two locks, also through a release func a package function returned
  (`unlock := s.wlock(); defer unlock()`, `defer namedLock(name)()` of one that locks a mutex of a package
  array and returns its `Unlock` method value, or `defer release(s.rlock())` with a `release(fn)` that calls
  it; one that unlocks through a package method, `func() { s.Unlock() }`, or hands back how to lock again,
  `unlocker := st.Unlocker(); relock := unlocker()` of `func() (relock func()) { s.Unlock(); return s.Lock }`; `unlock := unlockOnce(&s.mu)` returning `func() { once.Do(l.Unlock) }`; `once.Do(a.mut.Unlock)` of a
  once-gate of the package's own, `func (o *doOnce) Do(cb func()) { if !*o { *o = true; cb() } }`, as of
  `sync.Once`), or through the guard a lock wrapper returned (`w := o.Lock("why"); w.Unlock()`, the
  guard's `Unlock`/`Release`/`Close` running a release func it keeps in a field), or through a field a
  callee stored the locked value in (`r.next()` doing `r.pending = s.cond; s.cond.L.Lock()`, then
  `r.finish()` doing `r.pending.L.Unlock()`); locks in branches that cannot both run;
- a callee's lock under a condition on its arguments that the call rules out: a bool constant
  (`s.check(subj, true)` of `if !hasLock { c.mu.Lock() }`), or a field of an options struct written as a
  literal at the call (`dropMember(m, dropOpts{InGroup: true})` of `if !opts.InGroup { m.lock.Lock() }`;
  a field left out of a keyed literal is false); or a bool field of the function's receiver or parameter
  passed on, when every call of the function in the package is made under the opposite test of that
  field (`if p.nodeScope { p.scrapeNode() }`, `scrapeNode` holding `p.mu` around `register(pod, p)` of `if
  !p.nodeScope { p.mu.Lock() }`; a few calls up, each passing its own receiver or parameter on; the
  caller that tests it never assigning the field);
- locks in two `if`s that test one unchanged integer against constants no value passes both
  (`if retry == 0 { ... }` then `if retry > 0 { ... }`);
- locks in two `if`s whose conditions exclude each other (`if ok && x { ... }` then `if !ok { ... }`,
  `ok` not reassigned in between);
- the mutex of an element whose index variable is assigned in between (`mus[k].Lock()` ... `k = failed`,
  the same call in the next turn of the loop): another element, unless the new index is the old one;
- the mutexes of two elements by different indexes (`a[i].mu.Lock(); a[j].mu.Lock()`, a sort's
  `less(i, j)`): nothing shows `i == j`; likewise the element a method's index parameter picks (`func (s
  Sharded) Lock(i int) { s.shards[i].mu.Lock() }`, called as `s.Lock(i)` in a loop): each call locks the
  mutex of its argument (a method that locks it there only); and a call, under `a[i].mu`, of a method that
  locks the element its index parameter picks, given an expression other than `i` (`l.drop((layer+1)%3,
  v)` under `l.locks[layer]`); and the element a loop picks each turn by a local it computes from the
  turn's values (`for _, h := range hashes { i := slotOf(h); s.slots[i].mu.Lock() }`, the loop only
  locking; also through a local naming the element's mutex, `mu := &d.table[index].mutex; mu.Lock()`):
  nothing shows two turns picking the same one; also the loop's key's own element, unlocked
  only by a deferred call (`for key := range m.locks { m.locks[key].Lock(); defer m.locks[key].Unlock() }`);
- a variable holding the mutex's value, or the mutex itself, reassigned between the two locks (`c.mu.Lock();
  ...; c = &entry{}; c.mu.Lock()`; `mu := t.get("uids"); mu.Lock(); ...; mu = t.get("names"); mu.RLock()`):
  the second may lock another value's mutex;
- a lock wrapper that takes the mutex (through a helper that returns holding it) only on some of its
  paths, told apart by nothing its callers can see — a reentrant lock's `switch r.owner { case me:
  r.depth++; default: r.acquire(me) }` —: it does not return holding it on every path, so a nested
  call's `Lock` is not shown to lock it again;
- methods of other receivers, and functions of other packages.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        if not ctx.locks.relevant or ctx.locks.quiet:
            return
        um = ctx.model
        released_by_goroutine = self._released_elsewhere(ctx)
        for f in um.funcs:
            flow = ctx.locks.flow(f)
            if flow is None:
                continue
            for ev in flow.events:
                if ev.kind not in ("double", "upgrade") or ev.place in released_by_goroutine.get(f.node.id, ()):
                    continue
                if ev.use is not None and not (ev.use.certain and ev.certain):
                    continue   # the lock deeper down depends on an argument this call may not pass
                name = um.spell(ev.place)
                held = flow.g.nodes[ev.other.origin]
                held_node = held.ast
                related = []
                if held_node is not None:
                    related.append(ctx.related(self._call_in(held_node, ev.place, um) or held_node,
                                               f"{name} is locked here"))
                if ev.use is None and "[]" in ev.place.path and held_node is not None and \
                        self._indexes(self._call_in(held_node, ev.place, um)) != self._indexes(ev.effect.node):
                    continue   # a[i].mu then a[j].mu: two elements, unless i == j (nothing shows it)
                if held_node is not None and self._root_reassigned(um, ev.place, held_node, ev.effect.node):
                    continue   # c.mu.Lock(); ...; c = &C{}; c.mu.Lock(): another value's mutex (so mu = other)
                if ev.use is None and "[]" in ev.place.path and held_node is not None and \
                        _index_reassigned(um, self._call_in(held_node, ev.place, um), ev.effect.node):
                    continue   # a[k].Lock(); ...; k = next; a[k].Lock(): another element, unless next == k
                if held_node is not None and _disjoint_guards(um, held_node, ev.effect.node, f.node):
                    continue   # if retry == 0 { mu.Lock() ... }; if retry > 0 { mu.Lock() }: one or the other
                if held_node is not None and _once_per_loop(um, held_node, ev.effect.node, f.node):
                    continue   # n++; if n == 1 { mu.Lock() }: the same Lock, in one turn of its loop only
                body = f.node.child_by_field_name("body")
                if ctx.pkg is not None and body is not None and \
                        checks.returns_under_nil_error(um, ctx.pkg, ev.effect.node, body):
                    continue   # under ``if err != nil`` of a call whose error is nil on every path: never runs
                abstract = um.abstract_place(ev.place)
                if abstract is not None and ctx.pkg.freed_by_workers(abstract):
                    continue   # a semaphore: a worker goroutine releases what was locked for its task
                if ev.use is None:
                    what = "upgraded from a read lock" if ev.kind == "upgrade" else "locked again"
                    msg = (f"{name} is {what} while this goroutine holds it: deadlock. "
                           f"Go mutexes are not reentrant, so this Lock waits for itself forever")
                    yield ctx.finding(ev.effect.node, msg, related)
                    continue
                if "[]" in ev.place.path and held_node is not None and self._other_element(
                        ctx, ev, self._indexes(self._call_in(held_node, ev.place, um))):
                    continue   # a[i].mu held, then a call locking a[p] with p given j: two elements
                callee = call_label(ev.effect, um)
                chain = [Related(0, 0, a.what, anchor=(a.func, a.start, a.end))
                         for a in ev.use.via]
                for r in chain:
                    related.append(r)
                msg = (f"{callee} locks {name} again while it is held here: deadlock. "
                       f"Go mutexes are not reentrant; the call path to the second Lock is in the related locations")
                yield ctx.finding(ev.effect.node, msg, related)

    @staticmethod
    def _root_reassigned(um, place, first, second) -> bool:
        """Is the local variable at the root of a mutex's place (``c`` of ``c.mu``, or the mutex itself, ``mu``
        of ``mu := t.get("uids")``) assigned between the two locks (``c = &C{}``, ``mu = t.get("names")``)?
        The second may then lock another value's mutex (a mutex value assigned over is a new, unlocked one)."""
        v = um.root_var(place)
        return v is not None and any(first.end_byte <= node.start_byte < second.start_byte
                                     for node, _ in v.assigns)

    @staticmethod
    def _indexes(call) -> list[str] | None:
        """The index expressions on the way to a lock call's mutex (``l.items[i].mu.Lock()``: ``[i]``)."""
        fn = call.child_by_field_name("function") if call is not None else None
        return syntax.indexes(fn.child_by_field_name("operand")) if fn is not None else None

    @staticmethod
    def _other_element(ctx: FuncContext, ev, held: list[str] | None) -> bool:
        """The callee locks, itself, the element its index parameter picks (``func (r *R) Delete(layer
        int) { r.locks[layer].Lock() ... }``), and this call passes for it an expression other than the
        index of the held element (``r.locks[layer]`` held, ``r.Delete((layer+1)%3, t)``): as for two
        indexes in one function, nothing shows they are equal."""
        if not held or len(ev.use.via) != 1:
            return False
        at = ev.use.via[0]
        node = ctx.pkg._decl_node(at.func, record=True)
        if node is None:
            return False
        lock = next((c for c in syntax.walk(node) if c.type == "call_expression" and
                     c.start_byte - node.start_byte == at.start), None)
        fn = lock.child_by_field_name("function") if lock is not None else None
        ixs = syntax.indexes(fn.child_by_field_name("operand")) if fn is not None and \
            fn.type == "selector_expression" else None
        params = [n for n, _t in syntax.params(node)][1 if node.type == "method_declaration" else 0:]
        if not ixs or len(ixs) != len(held) or ixs[-1] not in params:
            return False
        args = syntax.call_args(ev.effect.node)
        k = params.index(ixs[-1])
        return k < len(args) and " ".join(syntax.text(args[k]).split()) != held[-1] and ixs[:-1] == held[:-1]

    @staticmethod
    def _call_in(node, place, um):
        """The Lock call inside a statement that took ``place``."""
        for e in um._collect(node):
            if e.place == place and e.kind in ("Lock", "RLock"):
                return e.node
            if e.kind == "call":
                return e.node
        return None

    @staticmethod
    def _released_elsewhere(ctx: FuncContext) -> dict[int, set]:
        """Mutexes a function of this declaration holds that another goroutine or closure of it unlocks
        (a semaphore: the second Lock waits for that goroutine on purpose)."""
        um = ctx.model
        unlocked_in: dict[int, set] = {}
        for f in um.funcs:
            g = um.cfg(f)
            if g is None:
                continue
            for n in g.nodes:
                for e in um.node_effects(g, n):
                    effs = e.inner if e.kind in ("go", "defer") else (e,)
                    for x in effs:
                        if x.kind in ("Unlock", "RUnlock") and x.place is not None:
                            unlocked_in.setdefault(f.node.id if e.kind != "go" else -1, set()).add(x.place)
                        if e.kind == "go" and x.kind == "call":
                            s = ctx.locks.summary_of(x.callee, f)
                            for use in (s.uses.values() if s is not None else ()):
                                if use.releases:
                                    p = ctx.locks.translate(use.place, x)
                                    if p is not None:
                                        unlocked_in.setdefault(-1, set()).add(p)
        for _n, p in um.unlock_values(ctx.unit):   # ``Server{NotifyStarted: mu.Unlock}``: handed out
            unlocked_in.setdefault(-1, set()).add(p)
        out: dict[int, set] = {}
        for f in um.funcs:
            others = set(unlocked_in.get(-1, set()))
            for fid, places in unlocked_in.items():
                if fid not in (-1, f.node.id):
                    others |= places
            out[f.node.id] = others
        return out


_FLIP = {"<": ">", ">": "<", "<=": ">=", ">=": "<=", "==": "==", "!=": "!="}


def _int_test(cond: Node | None, um) -> tuple[str, str, int] | None:
    """``v OP n`` (or ``n OP v``) for a local or parameter ``v`` that the function never assigns and an
    integer literal ``n``: (v's name, OP as seen from v, n)."""
    cond = syntax.unparen(cond)
    if cond is None or cond.type != "binary_expression":
        return None
    op = syntax.text(cond.child_by_field_name("operator"))
    left, right = syntax.unparen(cond.child_by_field_name("left")), syntax.unparen(cond.child_by_field_name("right"))
    if op not in _FLIP or left is None or right is None:
        return None
    if left.type == "int_literal" and right.type == "identifier":
        left, right, op = right, left, _FLIP[op]
    if left.type != "identifier" or right.type != "int_literal":
        return None
    v = um.scopes.var(left)
    if v is None or v.assigned or v.addressed:
        return None
    try:
        n = int(syntax.text(right).replace("_", ""), 0)
    except ValueError:
        return None
    return v.name, op, n


def _holds(op: str, x: int, n: int) -> bool:
    return {"==": x == n, "!=": x != n, "<": x < n, "<=": x <= n, ">": x > n, ">=": x >= n}[op]


def _disjoint_guards(um, first: Node, second: Node, fn: Node) -> bool:
    """Are the two locks each in the body of an ``if`` testing one unchanged integer against a constant,
    tests that no value passes both (``if retry == 0 {...}`` then ``if retry > 0 {...}``)?"""
    def guard(n: Node):
        for a in syntax.ancestors(n, fn):
            if a.type == "if_statement":
                cons = a.child_by_field_name("consequence")
                if cons is not None and syntax.inside(n, cons):
                    t = _int_test(a.child_by_field_name("condition"), um)
                    if t is not None:
                        return a, t
        return None
    g1, g2 = guard(first), guard(second)
    if g1 is None or g2 is None or g1[0].id == g2[0].id or g1[1][0] != g2[1][0]:
        return False
    (_, op1, n1), (_, op2, n2) = g1[1], g2[1]
    probes = {n1 - 1, n1, n1 + 1, n2 - 1, n2, n2 + 1}   # (the tests change truth only at these points)
    return not any(_holds(op1, x, n1) and _holds(op2, x, n2) for x in probes)


def _once_per_loop(um, first: Node, second: Node, fn: Node) -> bool:
    """Are both locks the one ``Lock`` in the body of an ``if n == k`` (``k`` an integer literal) inside a
    loop that counts ``n`` up each turn — ``n++`` (or ``n += 1``) its only change there, a local declared
    before the loop? Only one turn passes the test, so the lock is not taken again on the next turn."""
    stmt = syntax.stmt_of(second)
    if syntax.stmt_of(first).id != stmt.id:
        return False
    for a in syntax.ancestors(stmt, fn):
        if a.type != "if_statement":
            continue
        cons = a.child_by_field_name("consequence")
        cond = syntax.unparen(a.child_by_field_name("condition"))
        if cons is None or not syntax.inside(stmt, cons) or cond is None or cond.type != "binary_expression" or \
                syntax.text(cond.child_by_field_name("operator")) != "==":
            continue
        sides = [syntax.unparen(cond.child_by_field_name("left")), syntax.unparen(cond.child_by_field_name("right"))]
        if not any(x is not None and x.type == "int_literal" for x in sides):
            continue
        var = next((x for x in sides if x is not None and x.type == "identifier"), None)
        v = um.scopes.var(var) if var is not None else None
        loop = next((l for l in syntax.ancestors(a, fn) if l.type == "for_statement"), None)
        if v is None or v.kind != "local" or v.addressed or loop is None or syntax.inside(v.ident, loop):
            continue
        changes = [n for n, _value in v.assigns]
        if changes and all(syntax.inside(n, loop) and (n.type == "inc_statement" or
                                                        syntax.text(n).replace(" ", "").endswith("+=1"))
                           for n in changes):
            return True
    return _set_once(um, stmt, fn) or _one_element_turn(um, stmt, fn)


def _one_element_turn(um, stmt: Node, fn: Node) -> bool:
    """Is the lock statement under ``if v == "cpu"`` (a literal), ``v`` the value of a range over a slice
    literal of distinct literals (``for _, v := range []string{"heap", "cpu"}``, directly or through a local
    that nothing changes) that the loop does not assign? One turn at most passes the test."""
    for a in syntax.ancestors(stmt, fn):
        if a.type != "if_statement" or not syntax.inside(stmt, a.child_by_field_name("consequence")):
            continue
        cond = syntax.unparen(a.child_by_field_name("condition"))
        if cond is None or cond.type != "binary_expression" or syntax.text(cond.child_by_field_name("operator")) != "==":
            continue
        sides = [syntax.unparen(cond.child_by_field_name("left")), syntax.unparen(cond.child_by_field_name("right"))]
        var = next((x for x in sides if x is not None and x.type == "identifier"), None)
        lit = next((x for x in sides if x is not None and x.type in _LITERALS), None)
        v = um.scopes.var(var) if var is not None and lit is not None else None
        if v is None or v.kind != "range" or v.assigned or v.addressed or v.stmt is None:
            continue
        clause = next((c for c in v.stmt.named_children if c.type == "range_clause"), None)
        left = clause.child_by_field_name("left") if clause is not None else None
        names = [syntax.text(x) for x in (left.named_children if left is not None else ())]
        if len(names) != 2 or names[1] != v.name:
            continue
        ranged = syntax.unparen(clause.child_by_field_name("right"))
        if ranged is not None and ranged.type == "identifier":
            r = um.scopes.var(ranged)
            ranged = syntax.unparen(r.value) if r is not None and r.kind == "local" and not r.assigned and \
                not r.addressed else None
        body = ranged.child_by_field_name("body") if ranged is not None and ranged.type == "composite_literal" \
            else None
        elems = [syntax.text(e) for e in (body.named_children if body is not None else ())]
        if elems and all(e.named_children and e.named_children[0].type in _LITERALS
                         for e in body.named_children) and len(set(elems)) == len(elems):
            return True
    return False


_LITERALS = ("interpreted_string_literal", "raw_string_literal", "int_literal", "rune_literal")


def _set_once(um, stmt: Node, fn: Node) -> bool:
    """Is the lock statement in the body of an ``if v == nil`` (``if !v``) that sets the local ``v`` (to
    something else than ``nil``/``false``) in that body, ``v`` declared before the loop around it and set
    nowhere else (``if locker == nil { mu.Lock(); locker = mu }``)? The first turn that passes the test
    closes it for the turns after: the lock is taken once."""
    for a in syntax.ancestors(stmt, fn):
        if a.type != "if_statement":
            continue
        cons = a.child_by_field_name("consequence")
        cond = syntax.unparen(a.child_by_field_name("condition"))
        if cons is None or not syntax.inside(stmt, cons) or cond is None:
            continue
        var = None
        if cond.type == "binary_expression" and syntax.text(cond.child_by_field_name("operator")) == "==" and \
                syntax.text(cond.child_by_field_name("right")) == "nil":
            var, off = syntax.unparen(cond.child_by_field_name("left")), "nil"
        elif cond.type == "unary_expression" and syntax.text(cond.child_by_field_name("operator")) == "!":
            var, off = syntax.unparen(cond.child_by_field_name("operand")), "false"
        v = um.scopes.var(var) if var is not None and var.type == "identifier" else None
        loop = next((l for l in syntax.ancestors(a, fn) if l.type == "for_statement"), None)
        if v is None or v.kind != "local" or v.addressed or loop is None or syntax.inside(v.ident, loop):
            continue
        if v.assigns and all(syntax.inside(n, cons) and value is not None and syntax.text(value) != off
                             for n, value in v.assigns):
            return True
    return False


def _index_reassigned(um, first: Node | None, second: Node) -> bool:
    """Is an index variable on the way to the mutex of the lock call ``first`` (``k`` of ``a[k].Lock()``)
    assigned after it on the way to ``second``: between the two, or, when ``second`` comes again through a
    loop around both (the same call in the next turn), anywhere in that loop? The second lock may then take
    another element's mutex: nothing shows the new index equals the old one."""
    if first is None:
        return False
    fn = first.child_by_field_name("function")
    operand = fn.child_by_field_name("operand") if fn is not None and fn.type == "selector_expression" else None
    idents = [n for ix in ([operand, *syntax.walk(operand)] if operand is not None else [])
              if ix.type == "index_expression" and ix.child_by_field_name("index") is not None
              for n in [ix.child_by_field_name("index"), *syntax.walk(ix.child_by_field_name("index"))]
              if n.type == "identifier"]
    for n in idents:
        v = um.scopes.var(n)
        if v is None:
            continue
        if second.start_byte > first.start_byte:
            if any(first.end_byte <= node.start_byte < second.start_byte for node, _ in v.assigns):
                return True
            continue
        loop = next((a for a in syntax.ancestors(first) if a.type == "for_statement" and
                     syntax.inside(second, a)), None)
        if loop is not None and any(syntax.inside(node, loop) for node, _ in v.assigns):
            return True
    return False

