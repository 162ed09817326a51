"""GL301 lock-not-released."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding
from ..model import checks
from ..rule import FuncContext, Rule

_UNLOCK = {"Lock": "Unlock", "RLock": "RUnlock"}

# a function named to return holding a lock it is handed: ``Lock``, ``rlock``, ``acquireAll``, ``LockShard``,
# ``tryLock`` (not ``Block``, ``unlockAndWait``)
_LOCK_HELPER = re.compile(r"[rR]?[lL]ock(?:[A-Z]\w*)?|[aA]cquire\w*|\w*[a-z]R?Lock")


class LockNotReleased(Rule):
    code = "GL301"
    name = "lock-not-released"
    summary = "A return while a mutex is held, on a path that skips its Unlock: the next Lock blocks forever."
    triggers = frozenset({"mcall"})
    fixes = ("`defer mu.Unlock()` right after the lock, removing the explicit unlocks it replaces",)
    doc = """\
A function locks a mutex and unlocks it explicitly, but one path leaves the
function with an early `return` before the `Unlock`. The mutex stays
locked: the next `Lock` anywhere blocks forever, and every goroutine that needs
the mutex piles up behind it.

goleash follows the paths from the `Lock` to each exit of the function and
reports the exit that skips the unlock, with the `Lock` and the skipped
`Unlock` as related locations.

## Bad
```go
func (c *Cache) Get(k string) (string, error) {
	c.mu.Lock()
	v, ok := c.m[k]
	if !ok {
		return "", ErrMissing // c.mu is still locked
	}
	c.mu.Unlock()
	return v, nil
}
```

## Good
```go
	c.mu.Lock()
	defer c.mu.Unlock()
```

## Stays silent
- a lock released by a method named as a variant of `Unlock` (`l.UnlockWithoutNotify()`, `RUnlockQuiet`),
  of a lock type goleash does not read (another package's `*state.TrackingLock`): a release, as its
  name says (and for GL302, the next `Lock` is no second one);
- a lock per key, `locks.TryLock(key)` spun on or tested, released by `locks.Unlock(key)`: like
  `Lock(key)`, a lock of one key among many, which the flow does not follow (the mutex the type guards
  its map with is taken and released inside each call);
- a `return` under `if err != nil` of a call whose error is nil on every path (a package function that
  returns nil on every path, a few calls deep: `return json.Marshal(&T{...})` of a type that always
  encodes — strings, bools, integers, string-keyed maps, slices, pointers and such structs of the package —
  counts as one); it never runs, and a later leaking return of the lock is the one reported;
- a `return` of an error that every caller of the function ends the process on, right away (`err :=
  start(&mu); if err != nil { log.Fatalf(...) }`; in the package for an unexported function, across the
  module for an exported one only the module can call, calls in goroutine literals too): the held mutex
  meets no other `Lock`;
- a mutex the function made itself (`var mu sync.Mutex`, `st := &T{}`) in a local that nothing else sees
  (not reassigned, addressed, handed on nor used by a closure): once the function has left, no Lock
  anywhere can wait for it;
- a function named to return holding the mutexes it is handed as parameters (`Lock(mus ...*sync.Mutex)`,
  `lockSet`, `acquireAll`, `tryLock`): its callers own them, and get them back locked (a mutex of its
  receiver stays reported unless some function releases it, below);
- a lock helper that returns holding the mutex on every path, also from a successful `TryLock` (`for i
  := 0; i < spins; i++ { if l.mu.TryLock() { return } }; l.mu.Lock()`), or on every path past the
  local that holds it (`if !ok { return err }; l, err := registry.Get(path); ...; l.Lock(); return nil`:
  a return before `l` exists releases nothing); not a retry loop that releases the mutex between tries
  and returns holding it (`for { c.mu.RLock(); if closed { return errClosed }; c.mu.RUnlock() }`) when the
  function is unexported and no caller, nor any other function of the package, ever releases it;
- a mutex in the receiver of an unexported method that uses its receiver only through its fields and
  that the package calls only on a value made for the call (`rcvTLSConn(conn).read()`,
  `(&tlsConn{}).read()`): once it has returned, nothing holds that value;
- a mutex whose `Unlock` method value the function hands out before the exit (`s.NotifyStarted =
  waitLock.Unlock`, `Server{OnReady: mu.Unlock}`): whoever calls it releases the lock;
- the mutex of each element of a collection locked in one loop and unlocked in another
  (`for i := range w.shards { w.shards[i].mu.Lock() }`, then a deferred loop that unlocks them; the
  index also a local the loop's body computes from the turn's values, `i := shardOf(k)`; the mutex also
  named through a local of the turn, `mu := &d.table[index].mutex; mu.Lock()`; the other loop also in
  another function, a `RWLocks`/`RWUnLocks` pair):
  each turn names another mutex (a loop that locks and unlocks its element in one turn is followed);
- `defer mu.Unlock()` (or a deferred closure that unlocks);
- a read lock (`RLock`) of an unexported field `RWMutex` that no function of the package write-locks
  (another package cannot name it): a read lock left held blocks only writers, and there are none;
- a lock and its release under the same test of values that cannot change between them (`if i != j
  { locks[j].RLock() } ... if i != j { locks[j].RUnlock() }`, `i` a loop counter within one turn);
- the `default` of a switch whose cases name every constant of an unexported enum the package never
  converts a number to (`switch t { case readMemory, readStore, readBoth: ... default: }`): never chosen;
- the mutex released in every branch before its return; a path that needs again what an earlier test
  that returned ruled out (`if t.a == nil && t.b == nil { mu.RUnlock(); return }`, then `if t.a != nil
  { ...; mu.RUnlock() } else if t.b != nil { ...; mu.RUnlock() }`: falling through both needs both nil);
- lock/unlock pair methods: a function that locks and never unlocks the mutex
  itself (`func (c *Conn) lock() { c.mu.Lock() }`) hands the lock to its caller on purpose; so does one
  that takes it on some paths only (`if debug { m.inner.Lock() }`) when another function of the package
  unlocks it without having locked it (its `UnLock`, `if debug { m.inner.Unlock() }`);
- `TryLock`;
- a lock through a pointer set only right before it (`var mu *sync.Mutex; if striped { mu = s.lock(id);
  mu.Lock() }`), released under `if mu != nil`: `mu != nil` holds exactly where it was locked;
- a deferred call of a release func that a package function returned (`ch, cleanup, err :=
  q.getQueueUnderRLock(u); defer cleanup()`), a literal of it that unlocks the mutex (or its `Unlock`
  method value; also one that hands back another function's as it is, `func (p *P) setContext() func() {
  return setPrefixContext(p.prefix) }`); also through a
  wrapper whose result runs it at most once (`now, unlock := r.lockNow(); unlockOnce := doOnce(unlock);
  defer unlockOnce()`, or `sync.OnceFunc(unlock)`);
- a `return` that hands a release function to the caller (`return conn, c.releaseLocked`), or the
  mutex itself (`return &c.mu`, or `lock = &c.mu` into a result): the caller unlocks it; so does a
  mutex handed on as a value on the way to the return, also in an earlier turn of a loop around it
  (`locker = &db.mu` or `db.mu.RLocker()`, given to
  `newTx(locker)`): the transaction that keeps that `sync.Locker` unlocks it; and a field declared as
  a pointer to a mutex (`writeLocker *sync.Mutex`) handed on as it is (`return newWriter(c.writeLocker,
  w), nil`): its value is the mutex itself, for the writer's `Close` to unlock;
- a `return` that hands back a handle (`return t, nil`, or a bare `return` of named results holding one),
  or reports success as its only result
  (`return nil` from a `begin() error`, `return true` from a try-lock `tryEnter() bool`), when another
  function of the package unlocks that mutex without having locked it (`func (t *Tx) Close() {
  t.db.mu.Unlock() }`, `commit`/`drop`, `leave`): the lock is handed to the transaction, to the commit
  that ends the stage, or to the caller that got `true`, which release it;
- a lock released by a closure stored for later or handed on (a callback, a release func), also in a
  deferred call of that closure (`done := func() { defer mu.Unlock(); ... }`); not the closure's own
  leak when it has no results and no other closure unlocks that mutex (`time.AfterFunc(d, func() {
  mu.Lock(); if aborted { return }; ...; mu.Unlock() })` is reported: it hands the lock to no one);
- a lock handed to a goroutine that releases it, also through a closure given to the function the
  goroutine runs (`go safely(func() { defer mu.Unlock(); ... })`), or by a call of a package function
  that starts a goroutine which unlocks the mutex without locking it (`p := m.addPending(k)`);
- a lock and its release under two tests of a field that exclude each other (`if s.quit == nil {
  s.mu.Unlock(); return }` then `if s.quit != nil { ...; s.mu.Unlock() }`), the field assigned only
  later in the source and in no loop around both;
- a lock helper that never releases the mutex and takes it in the mode a parameter or a field of its
  receiver picks (`switch mode { case lockRead: t.mu.RLock(); case lockWrite: t.mu.Lock() }`): the
  caller holds what it asked for, and releases it with the paired helper;
- a function entered with the mutex held that returns with it held: by its name or doc comment
  (`...Locked`, `...WithLock`, `// mu must be held`, `// LOCKS_REQUIRED(s.mu)`, gVisor's `// +checklocks:s.mu`: a mutex of its receiver — the
  one it unlocks before it locks it, whatever other locks its type holds, `c.mu` of `mu struct{
  sync.RWMutex; ... }` beside a field whose type embeds one; a receiver's field a doc comment names counts
  only as "must be held", "is locked": "until every key of txn.pending is resolved" names no lock —, or of
  a parameter it unlocks before it locks it, `putBatchWithLock(enc *encoder, ...)`), or an unexported method whose first operation on it is an
  unlock and whose callers in the package all hold it at the call (`s.mu.Unlock(); <-s.wake;
  s.mu.Lock()` around a wait; also a field of a type that embeds `sync.Mutex`);
- `panic` paths: a panic while locked matters only when it is recovered, and
  assertion panics are common in correct code.

## Fixes
- **`defer mu.Unlock()`** right after the lock, removing the explicit unlocks — offered
  only when every explicit unlock comes right before the function leaves (a
  `return` or the end of the function). When an unlock is followed by more work
  (released early on purpose, before slow I/O), no fix is offered.
"""

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        if not ctx.locks.relevant or ctx.locks.quiet:
            return
        um = ctx.model
        handed = self._handed_to_closures(ctx)
        for f in um.funcs:
            flow = ctx.locks.flow(f)
            if flow is None:
                continue
            seen: set = set()
            for fact, q, path in self._leaks(flow, um, lambda p: f.how == "decl" and self._retry_leak(ctx, flow, p)):
                place, origin = fact.place, fact.origin
                if (place, origin) in seen or um.escapes(place) or \
                        handed.get(place, set()) - ({f.node.id} if not syntax.result_types(f.node) else set()):
                    continue   # handed to a closure, or the value holding the mutex is handed on
                if self._fresh_local(um, f, place) or self._fresh_receiver(ctx, f, place):
                    continue   # a mutex this call made, or was handed fresh, and shares with no one
                exit_stmt, how = self._exit_on(path, q, f)
                body = f.node.child_by_field_name("body")
                if how == "return" and body is not None and \
                        checks.returns_under_nil_error(um, ctx.pkg, exit_stmt, body):
                    continue   # ``if err != nil { return }`` of a call that cannot fail: the next leak speaks
                if how == "return" and ctx.shared.error_ends_process(exit_stmt):
                    continue   # every caller ends the process on this error: the held mutex meets no one
                seen.add((place, origin))
                lock_node = flow.g.nodes[origin]
                lock_call = self._op(um, flow, lock_node, place, ("Lock", "RLock"))
                if lock_call is None:
                    continue
                mode = fact.mode[:1]
                if mode == "r" and self._never_write_locked(ctx, place):
                    continue   # a read lock kept blocks writers only, and nothing can write-lock it
                name = um.spell(place)
                unlock = "RUnlock" if mode == "r" else "Unlock"
                unlocks = self._unlocks(um, flow, place)
                if exit_stmt is None or (place, exit_stmt.id) in seen:
                    continue   # (one finding per mutex and exit: ``a[i].Lock()`` and ``a[j].TryLock()`` alike)
                seen.add((place, exit_stmt.id))
                if not unlocks and self._freed_elsewhere(ctx, place):
                    continue  # a lock helper taking it on some paths: its partner releases it (``UnLock``)
                if exit_stmt.type == "return_statement" and \
                        any(w in syntax.text(exit_stmt).lower() for w in ("unlock", "release")):
                    continue  # hands a release func to the caller: the lock is held on purpose
                if self._returns_mutex(um, f, name, exit_stmt):
                    continue  # hands the mutex itself to the caller (return &c.mu), which unlocks it
                if um.lock_handed_on(place, f.node, exit_stmt):
                    continue  # ``locker = &db.mu`` before it: the mutex is handed on as a sync.Locker
                if how == "return" and self._hands_over(ctx, f.node, place, exit_stmt):
                    continue  # returns a handle or success; another function of the package releases the lock
                if self._deferred_release_func(ctx, f.node, place):
                    continue  # ``_, cleanup := q.getLocked(); defer cleanup()``: the helper's release func
                if how == "return" and f.how == "decl" and _LOCK_HELPER.fullmatch(ctx.func_name or "") and \
                        ((place.is_param and place.param_index >= 0) or
                         ((root := um.root_var(place)) is not None and root.kind == "param")):
                    continue  # ``func Lock(mus ...*sync.Mutex)``: named to return holding the mutexes it is handed
                blocked = f"{name}.Lock()" + (" (any writer)" if mode == "r" else "")
                msg = (f"{how} with {name} locked: {name}.{unlock}() is skipped on this path. "
                       f"The next {blocked} blocks forever")
                related = [ctx.related(lock_call, f"{name} is locked here")]
                if unlocks:
                    related.append(ctx.related(unlocks[0], f"the {name}.{unlock}() this path skips"))
                stmt = syntax.stmt_of(lock_call)
                fixes = self._fix(ctx, stmt, f.node, name, unlock, unlocks, self._relocks(um, flow, place, origin)) \
                    if how == "return" and syntax.call_name(lock_call)[1] not in ("TryLock", "TryRLock") else ()
                yield ctx.finding(exit_stmt, msg, related, fixes)

    @staticmethod
    def _retry_leak(ctx: FuncContext, flow, place) -> bool:
        """Is the function, although it returns holding the mutex on every path, no lock helper? It releases
        the mutex itself on some path (a retry loop: ``for { mu.RLock(); if closed { return ErrClosed };
        mu.RUnlock(); ... }``), it is unexported (or in package main), no other function of the package
        unlocks the mutex without having locked it, and no function calling it unlocks that mutex: nothing
        ever releases what it returns holding. (A function whose first act on the mutex is to unlock it
        restores its caller's lock: ``mu.Unlock(); wait(); mu.Lock()``.)"""
        um = ctx.model
        key = um.key
        root = um.root_var(place)
        if root is not None and root.kind not in ("receiver", "param"):
            return False   # a local's mutex: each turn of a loop may lock another one (``for _, v := range vols``)
        if not key or not LockNotReleased._unlocks(um, flow, place) or ctx.pkg is None or \
                any(p == place for p, _m in flow.entry_held) or \
                ctx.locks.first_op(flow.func, place) not in ("Lock", "RLock") or \
                (key.rsplit(".", 1)[-1][:1].isupper() and ctx.package_name != "main"):
            return False
        if LockNotReleased._freed_elsewhere(ctx, place):
            return False
        calls = ctx.pkg.calls_of(key)
        if calls is None:
            return False
        field = um.spell(place).rsplit(".", 1)[-1]
        for _ck, node, _call, _owner in calls:
            text = syntax.text(node)
            if f"{field}.Unlock()" in text or f"{field}.RUnlock()" in text:
                return False   # a caller releases it
        return True

    @staticmethod
    def _leaks(flow, um, retry_leak=None):
        """(held fact, last node before the exit, path from the lock) for each mutex held at a normal return
        that the function releases on some other path (a function that always returns holding it, or
        that never releases it, taking it only on some paths — ``switch lt { case Read: mu.RLock(); case
        Write: mu.Lock() }`` — is a lock helper), or still held when a loop iteration starts over through
        ``continue``."""
        from ..model.flow import consistent
        from ..model.locks import DEFERRED, FREE, HELD, RELEASED, UNTOUCHED, UNTOUCHED_HELPER
        g = flow.g
        ret = g.ret
        ret_state = flow.state(ret)
        deferred = {f.place for f in ret_state if f.kind == DEFERRED and not f.mode.startswith("+")}
        # the caller's lock (released here first, then re-taken): returning with it is restoring it
        callers = {ev.place for ev in flow.events if ev.kind == "unlock-unheld"}
        out = []
        for q in ret.pred:
            if q.id not in flow.state_in:
                continue
            st = flow._transfer(q, flow.state_in[q.id])
            for fact in st:
                if fact.kind != HELD or fact.origin < 0 or fact.place in deferred or fact.place in callers:
                    continue
                if not any(x.kind in (FREE, RELEASED) and x.place == fact.place and consistent(x.guard, fact.born)
                           and not (x.origin == UNTOUCHED and x.place.root.startswith("v:"))
                           and x.origin != UNTOUCHED_HELPER for x in ret_state):
                    if retry_leak is None or not retry_leak(fact.place):
                        continue   # held on every return (where its conditions hold): a lock helper. (A return
                        # before the local holding the mutex is declared, ``if !ok { return err }; l, err :=
                        # get(p); l.Lock(); return nil``, releases nothing: the declaration starts its facts
                        # afresh)
                if not LockNotReleased._unlocks(um, flow, fact.place) and \
                        LockNotReleased._locks_by_mode(um, flow, fact.place):
                    continue   # never released here, taken as a parameter says: a lock helper too
                out.append((fact, q, None))
        out.sort(key=lambda t: (t[1].ast.start_byte if t[1].ast is not None else 1 << 60))
        return out

    @staticmethod
    def _never_write_locked(ctx: FuncContext, place) -> bool:
        """Is ``place`` an unexported field RWMutex (``s.lock``) that no function of the package write-locks
        (:meth:`PackageModel.write_locks`; another package cannot name it)? A read lock left held then
        blocks no one: only a writer waits for readers."""
        abstract = ctx.model.abstract_place(place)
        if ctx.pkg is None or abstract is None or "." not in abstract or abstract.startswith("g:"):
            return False
        field = abstract.rpartition(".")[2]
        return field[:1].islower() and abstract not in ctx.pkg.write_locks()

    @staticmethod
    def _fresh_local(um, f, place) -> bool:
        """Is the mutex in a value this function made itself (``var mu sync.Mutex``, ``mu := sync.Mutex{}``,
        ``s := &T{}``, ``new(T)``) into a local that nothing else ever sees: not reassigned, addressed,
        handed on (``um.escapes``) nor used by a closure? Each call has its own, and once the function has
        left, no Lock anywhere can wait for it."""
        v = um.root_var(place)
        if v is None or v.kind != "local" or v.func.id != f.node.id or v.assigned or v.addressed:
            return False
        value = syntax.unparen(v.value) if v.value is not None else None
        if value is not None and value.type == "unary_expression" and \
                syntax.text(value.child_by_field_name("operator")) == "&":
            value = syntax.unparen(value.child_by_field_name("operand"))
        fresh = value is None and v.stmt is not None and v.stmt.type == "var_declaration" or \
            value is not None and (value.type == "composite_literal" or (
                value.type == "call_expression" and syntax.text(value.child_by_field_name("function")) == "new"))
        if not fresh:
            return False
        return not any(a.type == "func_literal" and a.id != f.node.id
                       for r in v.refs for a in syntax.ancestors(r, f.node))

    @staticmethod
    def _fresh_receiver(ctx: FuncContext, f, place) -> bool:
        """Is the mutex in the receiver of an unexported method that uses its receiver only through its
        fields (``conn.mtx.Lock()``, ``conn.connection``: not stored nor passed on), and that the package
        only ever calls on a value just made for the call (``rcvTLSConn(conn).read()``)? Once it has
        returned, nothing holds that value: no later Lock can meet its mutex."""
        um = ctx.model
        if place.root != "p:-1" or f.how != "decl" or f.node.type != "method_declaration":
            return False
        recv = next((v for v in um.scopes.declared_in(f.node) if v.kind == "receiver"), None)
        typ = um.types.var_type(recv) if recv is not None else None
        if typ is None or not all(r.parent is not None and r.parent.type == "selector_expression" and
                                  r.parent.child_by_field_name("operand").id == r.id and not (
                                      r.parent.parent is not None and r.parent.parent.type == "call_expression"
                                      and r.parent.parent.child_by_field_name("function").id == r.parent.id)
                                  for r in recv.refs):
            return False
        return ctx.pkg.fresh_receivers_only(typ.lstrip("*"), ctx.func_name)

    @staticmethod
    def _locks_by_mode(um, flow, place) -> bool:
        """Is every lock of ``place`` in the function taken in a ``switch``/``if`` branch chosen by a
        parameter or a field of the receiver (``switch lt { case LockRead: mu.RLock() ... }``, ``switch
        w.LockType``)? The caller picks the mode, and releases it with the paired function."""
        locks = [e.node for n in flow.g.nodes for e in um.node_effects(flow.g, n)
                 if e.place == place and e.kind in ("Lock", "RLock")]
        if not locks:
            return False
        for lk in locks:
            chosen = False
            for a in syntax.ancestors(lk):
                if a.type in ("func_literal", "function_declaration", "method_declaration"):
                    break
                test = a.child_by_field_name("value") if a.type == "expression_switch_statement" else \
                    a.child_by_field_name("condition") if a.type == "if_statement" else None
                if test is None or (a.type == "if_statement" and syntax.inside(lk, test)):
                    continue
                vs = [um.scopes.var(n) for n in [test, *syntax.walk(test)] if n.type == "identifier"]
                if vs and all(v is not None and v.kind in ("param", "receiver") for v in vs):
                    chosen = True
                    break
            if not chosen:
                return False
        return True

    @staticmethod
    def _exit_on(path, q, f):
        """The statement that leaves with the lock held: the return, or the end of the function."""
        if q.ast is not None and q.ast.type == "return_statement":
            return q.ast, "return"
        body = f.node.child_by_field_name("body")
        stmts = syntax.stmt_list(body)
        if not stmts:
            return None, ""
        return stmts[-1], "end of function"   # the last statement before the function falls off its end

    @staticmethod
    def _op(um, flow, n, place, kinds):
        for e in um.node_effects(flow.g, n):
            if e.place == place and e.kind in kinds:
                return e.node
            if e.kind == "call":
                return e.node
        if n.kind == "cond" and n.ast is not None and "Lock" in kinds:   # ``if mu.TryLock() {``
            cond = n.ast.child_by_field_name("condition") if n.ast.type == "if_statement" else n.ast
            got = um.trylock(cond)
            if got is not None and got[0] == place:
                for c in [cond, *syntax.walk(cond)]:
                    if c.type == "call_expression":
                        return c
        return None

    @staticmethod
    def _unlocks(um, flow, place):
        out = []
        for n in flow.g.nodes:
            for e in um.node_effects(flow.g, n):
                if e.place == place and e.kind in ("Unlock", "RUnlock"):
                    out.append(e.node)
        return sorted(out, key=lambda x: x.start_byte)

    @staticmethod
    def _relocks(um, flow, place, origin):
        out = []
        for n in flow.g.nodes:
            if n.id == origin:
                continue
            for e in um.node_effects(flow.g, n):
                if e.place == place and e.kind in ("Lock", "RLock"):
                    out.append(e.node)
        return out

    @staticmethod
    def _hands_over(ctx: FuncContext, fn, place, exit_stmt) -> bool:
        """Does this return hand back a value (``return t, nil``: a variable, ``&T{...}`` or a call as a
        result that is not an ``error``; not ``nil`` nor a constant), or report success as its only result
        (``return nil`` of a function returning just an ``error``: a begin of a begin/commit pair), while
        another function of the package unlocks the mutex without having locked it (``func (tx *Tx)
        Rollback() { ...; tx.db.rwlock.Unlock() }``, by the package-wide name ``DB.rwlock``)? A transaction
        or handle then holds the lock until it is closed, committed or dropped."""
        if not LockNotReleased._freed_elsewhere(ctx, place):
            return False
        results = exit_stmt.named_children[0].named_children if exit_stmt.named_children else []
        types = syntax.result_types(fn)
        if not results:   # a bare ``return`` of named results hands back what they hold
            results = _named_results(fn)
        if len(types) != len(results):
            return False   # (``return f()`` of a multi-value call)
        if len(types) == 1 and (syntax.text(types[0]), syntax.text(results[0])) in (
                ("error", "nil"), ("bool", "true"), ("bool", "false")):
            # ``begin() error``: held on success, for the package's commit/drop to release; ``tryEnter()
            # bool``: a try-lock that returns holding it, for the package's ``leave`` to release
            return True
        return any(syntax.text(t) != "error" and
                   r.type in ("identifier", "unary_expression", "composite_literal", "call_expression",
                              "selector_expression") and syntax.text(r) not in ("nil", "true", "false")
                   for r, t in zip(results, types))

    @staticmethod
    def _freed_elsewhere(ctx: FuncContext, place) -> bool:
        """Does another function of the package unlock the mutex without having locked it (``func (m
        *lockManager) UnLock() { m.mu.Unlock(); if debug { m.inner.Unlock() } }``)? A function that takes it
        (on some paths only, ``if debug { m.inner.Lock() }``) and never releases it is then the lock half of
        a pair: it hands the lock to its caller, whom the other half releases."""
        name = ctx.model.abstract_place(place)
        return name is not None and ctx.pkg is not None and \
            bool([k for k in ctx.pkg.freed_by(name) if k != ctx.model.key])

    @staticmethod
    def _deferred_release_func(ctx: FuncContext, fn, place) -> bool:
        """Does ``fn`` defer a call of a func value that a package function returned (``ch, cleanup, err :=
        q.getQueueUnderRLock(u); defer cleanup()``), a release func that unlocks this mutex (whichever
        mode the helper left it in)?"""
        name = ctx.model.abstract_place(place)
        if name is None:
            return False
        for d in syntax.walk(fn.child_by_field_name("body") or fn, skip_funcs=True):
            call = d.named_children[0] if d.type == "defer_statement" and d.named_children else None
            callee = call.child_by_field_name("function") if call is not None and call.type == "call_expression" \
                else None
            v = ctx.model.scopes.var(callee) if callee is not None and callee.type == "identifier" else None
            value = syntax.unparen(v.value) if v is not None and v.kind == "local" else None
            if value is None or value.type != "call_expression":
                continue
            key = getattr(ctx.model.callee(value)[0], "key", None)
            if key and ctx.pkg.returns_release(key, name):
                return True
        return False

    @staticmethod
    def _returns_mutex(um, f, name: str, exit_stmt) -> bool:
        """Does this exit hand the mutex to the caller: ``return &c.mu``, or a bare return of a named result
        the function sets to ``&c.mu`` (``lock = &c.mu``), for the caller to unlock?"""
        def addr(n) -> bool:
            return n.type == "unary_expression" and syntax.text(n.child_by_field_name("operator")) == "&" and \
                syntax.text(n.child_by_field_name("operand")) == name
        if exit_stmt.type != "return_statement":
            return False
        if exit_stmt.named_children:
            return any(addr(n) for n in syntax.walk(exit_stmt, skip_funcs=True))
        results = {v.name for v in um.scopes.declared_in(f.node) if v.kind == "result"}
        for n in syntax.walk(f.node.child_by_field_name("body") or f.node, skip_funcs=True):
            if n.type == "assignment_statement":
                left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
                for x, y in zip(left.named_children if left else [], right.named_children if right else []):
                    if syntax.text(x) in results and addr(y):
                        return True
        return False

    @staticmethod
    def _handed_to_closures(ctx) -> dict:
        """Mutexes a closure stored for later (a callback, a release func) unlocks: handed over on purpose
        (each with the closures that unlock it: a closure without results leaking the lock it took itself
        hands it to no one, as ``time.AfterFunc(d, func() { mu.Lock(); if x { return }; ...; mu.Unlock() })``,
        while one with results may tell its caller it holds it: ``acquire := func() bool``)."""
        um = ctx.model
        out: dict = {}
        for f in um.funcs:
            if f.how != "value":
                continue
            g = um.cfg(f)
            for n in (g.nodes if g is not None else []):
                for e in um.node_effects(g, n):
                    for x in (e.inner if e.kind == "defer" else (e,)):   # (``defer mu.Unlock()`` in it too)
                        if x.kind in ("Unlock", "RUnlock") and x.place is not None:
                            out.setdefault(x.place, set()).add(f.node.id)
        return out

    @staticmethod
    def _fix(ctx: FuncContext, stmt: Node, fn: Node, recv: str, unlock: str, unlocks: list[Node],
             relocks: list[Node]):
        if relocks:
            return ()
        body = syntax.func_body(fn)
        stmts = []
        for u in unlocks:
            s = u.parent
            if s is None or s.type != "expression_statement" or s.parent is None or s.parent.type != "statement_list":
                return ()
            nxt = s.next_named_sibling
            while nxt is not None and nxt.type == "comment":
                nxt = nxt.next_named_sibling
            at_end = nxt is None and s.parent.parent == body
            if not (at_end or (nxt is not None and nxt.type == "return_statement")):
                return ()  # released before more work: keep the early unlock
            stmts.append(s)
        edits = [ctx.insert_line_after(stmt, f"defer {recv}.{unlock}()")] + [ctx.delete_line(s) for s in stmts]
        return (ctx.fix(f"defer {recv}.{unlock}() right after the lock", *edits, preferred=True),)


def _named_results(fn: Node) -> list[Node]:
    """The identifiers of a function's named results (``(oldSession *Session, err error)``), in order."""
    res = fn.child_by_field_name("result")
    if res is None or res.type != "parameter_list":
        return []
    return [n for d in res.named_children if d.type == "parameter_declaration"
            for n in d.children_by_field_name("name")]
