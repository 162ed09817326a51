"""GL506 field-written-concurrently."""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from .. import syntax
from ..findings import Finding, Related
from ..model.effects import CALL
from ..rule import FuncContext, Rule


class FieldWrittenConcurrently(Rule):
    code = "GL506"
    name = "field-written-concurrently"
    summary = "A struct field or package variable written by concurrent goroutines with no common lock: a data race."
    triggers = frozenset({"go"})
    doc = """\
A field (`s.count`, `c.stats.last`) or a package variable is written by
goroutines that run at the same time, with no mutex held by both sides: every
goroutine a loop starts, two goroutines started by one function, a goroutine
and the function that started it (reading the field before waiting), or two
methods of one value started with `go s.a()` and `go s.b()`. Writes through a
pointer the goroutine captured count too, and so do the writes of a package
function or method every goroutine of a loop calls (`go p.provide()` where
`provide` sets `p.actual` unlocked, or `go func() { ...; c.count() }()`), and
a method that reads a field with no mutex held while it, or a method it calls,
writes it (`d.startDispatching()` resets `d.buffer` under `d.mu`, then `for
range d.buffer`): two goroutines of the loop meet there. The race detector reports it when a
test happens to run both at once; the values lost or torn in between are
real either way.

## Bad
```go
	for _, f := range files {
		go func(f string) {
			s.last = f // every goroutine of the loop writes s.last
		}(f)
	}
```

## Good
Hold the same mutex on both sides, use `sync/atomic` types, or give each
goroutine its own slot (`results[i] = ...`).

## Stays silent
- a call of a method with a pointer receiver on a field of its struct type (`engine.conf.SeedRatio()` with
  `func (c *engineConfig) SeedRatio()`): it takes the field's address, and reads nothing there; what the
  method reads is read in it, under what it locks (a value receiver copies the field: a read);
- a write the goroutine makes only after `<-ctx.Done()` of a context that is never done: a
  `Background()` local, or a parameter every call in the package fills with one (a caller's local
  `ctx := withStatus(context.Background())` of a function that only adds values counts): it never runs;
- a goroutine its loop starts in one turn at most: the `go` under `if i == k`, `i` the loop's own
  index (`for i := range xs`, not assigned in the body) and `k` the same in every turn; likewise a write
  the goroutine makes only under `if k == "rate"` or in a `case eventspersec:` of `switch k`, `k` its
  parameter given the loop's key or index (distinct in every turn) and the case a literal or a package
  constant: one goroutine at most writes that field;
- writes with a mutex held that the other side holds too (also a keyed lock, a lock per key,
  `locks.Lock(cfg.Dir)` ... `defer locks.Unlock(cfg.Dir)`, when the key is one place in every goroutine:
  a field of the value they all write, not each turn's own `s.Dir`; also a lock whose methods return the lock,
  for chaining: `defer st.mu.Lock().Unlock()` locks at the `defer`, of this package's type or another's;
  also a mutex handed to the goroutine: `mu.Lock(); go func() { defer mu.Unlock(); s.err = e }()`, the
  goroutine only unlocking what its starter locked just before the `go`; also a channel semaphore, a
  field or package channel made with one slot everywhere, taken and given back around the write on every
  path, `<-f.sendLock; f.sendCases = ...; f.sendLock <- struct{}{}`: one holder at a time, as a mutex;
  or handed to the goroutine, its starter taking it right before the `go` (`case <-c.startRun: go
  c.run()`, or the statement before) and the goroutine only giving it back, `defer func() { c.startRun <-
  struct{}{} }()`);
- fields of a value each iteration owns (`for _, w := range ws { go func(){ w.n++ }() }` with `w` per iteration);
  also two `go` statements in branches of one `switch` or `if` that exclude each other, on a value each
  turn owns (`switch i := item.(type) { case *GetOp: go p.get(i); case *TouchOp: go p.touch(i) }`): one of
  them runs per turn, each on its own value;
- accesses ordered by a join (`wg.Wait()`, a receive, Gomega's `Eventually(done).Should(BeClosed())` or
  `.Should(Receive())`: it returns only once it saw the channel closed or received from it) on every
  path in between;
- two `go` statements of one function of which at most one runs: a local bool flag that only ever
  becomes true is set right before the earlier one (outside any loop), and the later one is under `if
  ... && !flag` and sets it first (`written = true; go c.writeBody(rt)` ... `if st == 100 && !written {
  written = true; go c.writeBody(rt) }`);
- two goroutines whose writes a channel orders: one closes it as its last act (`close(rc.done)` as the last
  statement of its body, with no `return` before it, or `defer close(rc.done)`), the other receives from
  it (`<-rc.done`, a statement of its body) before its writes, and nothing else in the package sends on
  that field of that type or closes it (but on a value another function made itself: `rc :=
  remoteCopy{...}; close(rc.done)` there is another value's); or ranges over a local channel the first
  closes once, writing after the loop (`for v := range results { ... }; b.pending = nil`), with no
  `break` out of the loop: only the close ends it (the sends on it do not), and the closer's writes are
  its own, not in a function it hands on;
- local variables (GL502) and maps (GL503);
- for calls in a loop's goroutines: a method with a value receiver (it writes its copy) or one that
  reassigns its receiver first (`t = &T{...}`); `go runner.Start()` right after `runner, err =
  NewRunner(cfg)` in the same block, `NewRunner` making the value it returns on every call (or `&T{...}`,
  `new(T)`): the `go` statement reads its receiver then, each goroutine gets its turn's own value; a write under `if rollback` when the call passes `false`
  (`if !rollback` with `true`, as a conjunct too), or under `if kind == bench.TypeFetch` when the call
  passes another constant spelt alike (`bench.TypeOrdered`; two string or number literals): different
  names of one enum are taken as different values; a call under `if k == "vsan"`, `k` the goroutine's
  parameter given the loop's key or index (`for k, r := range kinds`: distinct in every turn); a
  loop that starts the next goroutine only after receiving from a channel that only the goroutines it
  starts send on (`for { select { case err = <-s.lastErr: ...; go s.run() } }`: a pool of tokens sent
  up front does not count); goroutines that hold a one-slot semaphore (`case sem <- struct{}{}: go
  func() { defer func() { <-sem }(); ... }()`, `sem` made with capacity 1): one runs at a time; a
  `go` under `if !started` that sets `started = true` on its way in, the flag never reset in the loop:
  one turn starts it; accesses of the called method past a gate one caller at a time gets through (`if
  !atomic.CompareAndSwapInt32(&fg.busy, 0, 1) { return }`, or a check-and-set under its mutex, `if
  s.ldm { s.mu.Unlock(); return }; s.ldm = true`, of a flag nothing in the package clears); a
  write a call further down, unless the called method also reads the field unlocked;
- fields of a copy: `o := base` of a struct value (not a pointer) in each goroutine, then `o.ID = ...`;
- a write that never runs: after a `panic`, `log.Fatal` or a logger's `Crashf`/`Panicf` (log4go's
  `LOG.Crashf` panics) on every path to it; or a lazy default, `if st.tracker == nil { st.tracker =
  newTracker() }` (or the `else` of `!= nil`), in a called method, of a value the starter gave that field
  before the loop (`st := &State{tracker: t}`, or `st.tracker = t` before the `go`), when nothing in the
  package sets a field of that name to `nil`;
- a field set once, lazily, under a mutex, and read unlocked after that look: every assignment of it in
  the package sits in the called function under `if o.tagList == nil` (its own left side) with one mutex
  held (`o.mu.Lock(); if o.tagList == nil { o.tagList = tags }; o.mu.Unlock()`), and the unlocked read
  comes after that `if`, in the block holding it. Each reader took the mutex after the one write, or
  made it; nothing writes it again (a second assignment anywhere in the package keeps it reported).
"""

    @staticmethod
    def _atomic_handoff(f, name: str) -> bool:
        """Does the goroutine also store or load, with sync/atomic, a field of the value it writes
        (``X.data = i; atomic.StoreInt32(&X.signal, i)``)? Such writers take turns through the atomic
        flag (the memory model orders them); goleash does not follow that protocol, so it says nothing."""
        root = name.split(".", 1)[0]
        if not root or "." not in name:
            return False
        for n in syntax.walk(f.node):
            if n.type != "call_expression":
                continue
            recv, fn = syntax.call_name(n)
            if recv not in ("atomic", "") or not fn.startswith(("Store", "Load", "CompareAndSwap", "Add", "Swap")):
                continue
            args = syntax.call_args(n)
            if args and syntax.text(args[0]).startswith("&" + root + "."):
                return True
        return False

    def check(self, ctx: FuncContext) -> Iterator[Finding]:
        from ..model.fields import FieldAccess
        um = ctx.model
        fa = FieldAccess(um, ctx.locks)
        shared = ctx.shared
        reported = set()
        for f in um.funcs:
            if f.how != "go" or f.start is None or f.parent is None:
                continue
            go = f.start
            starter = f.parent
            around = um.loops(go)
            writes = [w for w in fa.writes(f) if not any(
                          not (around and h.path and h.path[-1].startswith("(keyed ") and fa.per_iteration(h, around[-1]))
                          for h in w.held) and   # (a keyed lock on each turn's own key excludes no other turn)
                      not self._atomic_handoff(f, um.spell(w.place)) and
                      not ctx.contexts.behind_never_done(w.node)]   # (after <-ctx.Done() of a ctx never done)
            if not writes:
                continue
            loops = um.loops(go)
            for w in writes:
                key = (go.id, w.place)
                if key in reported:
                    continue
                name = um.spell(w.place)
                # every goroutine this loop starts writes it
                if loops and not fa.per_iteration(w.place, loops[-1]) and \
                        not shared.joined_in_loop(go, loops[-1]) and not ctx.channels.serialised(go) and \
                        not (len(loops) == 1 and shared.one_turn_go(go, loops[-1])) and \
                        not shared.one_turn_node(w.node, go, loops[-1]):
                    reported.add(key)
                    yield ctx.finding(w.node, f"data race on {name}: every goroutine of this loop writes it. They run "
                                              f"at the same time, with no mutex held",
                                      [ctx.related(loops[-1].child(0), "goroutines started in this loop and not awaited in it")])
                    continue
                # the starting function reads it before waiting
                reads = [r for r in fa.reads(starter, {w.place}, go.end_byte)
                         if not (r.held & w.held) and not shared.joined(go, r.node)]
                if reads:
                    reported.add(key)
                    yield ctx.finding(w.node, f"data race on {name}: written here, read by the starter meanwhile. "
                                              f"The function that started this goroutine reads it without waiting",
                                      [ctx.related(reads[0].node, f"{name} is read here, concurrently")])
                    continue
                # another goroutine of the same function writes it
                for f2 in um.funcs:
                    if f2 is f or f2.how != "go" or f2.parent is not starter or f2.start is None:
                        continue
                    other = [x for x in fa.writes(f2) if x.place == w.place and not (x.held & w.held)]
                    first, second = sorted((go, f2.start), key=lambda n: n.start_byte)
                    if other and not shared.joined(first, second) and not shared.signal_orders(
                            f, f2, [x.node for x in writes if x.place == w.place], [x.node for x in other]):
                        reported.add(key)
                        yield ctx.finding(w.node, f"data race on {name}: two goroutines write it. This one and "
                                                  f"another started alongside it, with no common mutex",
                                          [ctx.related(other[0].node, f"{name} is also written here")])
                        break
        yield from self._methods(ctx, fa)
        yield from self._looped_calls(ctx, fa, reported)

    def _looped_calls(self, ctx, fa, reported) -> Iterator[Finding]:
        """Every goroutine a loop starts calls a package function that writes a place of the caller
        with no mutex held: ``go p.provide()``, or ``go func() { ...; p.count() }()``."""
        um = ctx.model
        calls = [(n.ast, x, frozenset()) for _f, n, x in um.go_calls()]   # (go statement, the call, mutexes
        for f in um.funcs:                                                # the goroutine holds around it)
            # (only a goroutine a loop starts is asked about: the locks held around its calls are not
            # computed for the others)
            g = um.cfg(f) if f.how == "go" and f.start is not None and um.loops(f.start) else None
            for n in (g.nodes if g is not None else ()):
                calls += [(f.start, e, fa.held(f, e.node)) for e in um.node_effects(g, n) if e.kind == CALL]
        for go, call, around in calls:
            if call.callee is None or call.callee.key is None or call.callee.literal is not None:
                continue
            loops = um.loops(go)
            if not loops:
                continue
            loop = loops[-1]
            if around or ctx.shared.joined_in_loop(go, loop) or ctx.shared.one_turn_node(call.node, go, loop) or \
                    ctx.channels.serialised(go) or (len(loops) == 1 and ctx.shared.one_turn_go(go, loop)):
                continue
            acc = fa.callee_accesses(ctx.pkg, call, deep=True)
            # ``if !s.freezed { s.freezed = true; go s.flushData() }``: once per value s, in any turn
            once = ctx.shared.once_per_value(go, loops[0])
            callee = call.callee.key.split("#")[0].rsplit(".", 1)[-1]
            direct = go.named_children[:1] == [call.node]   # (``go runner.Start()``: its receiver is read there)
            for a in acc.writes + acc.reads:
                key = (go.id, a.place)
                held = [h for h in a.held if not fa.per_iteration(h, loop)]   # (a lock of each turn's value
                #                                                                excludes no other turn)
                if key in reported or (go.id, call.node.id) in reported or held or a.deep or \
                        fa.per_iteration(a.place, loop) or (direct and fa.fresh_each_turn(a.place, go, loop, ctx.pkg)) or \
                        (once is not None and a.place.root == once.root and a.place.path[:len(once.path)] == once.path):
                    continue   # (a write a call down is reported only against an unlocked read of the callee)
                if a.write and a.nil_guarded and fa.set_before(a.place, go, ctx.pkg):
                    continue   # ``if st.dirs == nil { st.dirs = ... }`` of a value given dirs before the loop
                name = um.spell(a.place)
                if a.write:
                    why = f"every goroutine of this loop writes it, in {callee}"
                    related = Related(0, 0, f"{a.spelling} is written here", anchor=a.at)
                else:
                    w = next((w for w in acc.writes if w.place == a.place and
                              not (w.nil_guarded and fa.set_before(w.place, go, ctx.pkg))), None)
                    if w is None:
                        continue
                    why = (f"{callee} reads it unlocked while another writes it. Every goroutine of this "
                           f"loop runs {callee}")
                    related = Related(0, 0, f"{w.spelling} is written here", anchor=w.at)
                reported.update((key, (go.id, call.node.id)))   # (one finding per call)
                path = [ctx.related(loop.child(0), "goroutines started in this loop and not awaited in it"), related]
                if not a.write:   # (where the read is: a read after an early ``Unlock`` is easy to miss)
                    path.append(Related(0, 0, f"{a.spelling} is read here, with no mutex held", anchor=a.at))
                yield ctx.finding(call.node, f"data race on {name}: {why}. They run at the same time, with no "
                                             f"mutex held" if a.write else f"data race on {name}: {why}", path)

    def _methods(self, ctx, fa) -> Iterator[Finding]:
        """``go s.a()`` and ``go s.b()`` from one function writing the same field without a lock."""
        um = ctx.model
        for f in um.funcs:
            starts = [(n.ast, x) for sf, n, x in um.go_calls()
                      if sf is f and x.callee is not None and x.callee.key is not None]
            if len(starts) < 2:
                continue
            writes = [(go, x, fa.callee_writes(ctx.pkg, x)) for go, x in starts]
            seen = set()
            for i, (go1, x1, w1) in enumerate(writes):
                for go2, x2, w2 in writes[i + 1:]:
                    # a place both write with no mutex held on both sides (none, or two different ones)
                    common = {a.place for a in w1 for b in w2 if a.place == b.place and not (a.held & b.held)}
                    for p in sorted(common, key=repr):
                        if p in seen or ctx.shared.joined(go1, go2) or ctx.shared.one_of(go1, go2):
                            continue
                        loops = um.loops(go1)
                        if loops and _exclusive(go1, go2, loops[-1]) and fa.per_iteration(p, loops[-1]):
                            continue   # one of them per turn, each turn on its own value (``switch i := item.(type)``)
                        v = um.root_var(p) if p.is_local else None
                        if v is not None and any(go1.end_byte <= node.start_byte < go2.start_byte
                                                 for node, _ in v.assigns):
                            continue   # ``ag = newAggrGroup(...)`` between them: the second runs on another value
                        seen.add(p)
                        name = um.spell(p)
                        locked = any(a.held for a in w1 + w2 if a.place == p)
                        why = "with no common mutex held" if locked else "with no mutex held"
                        yield ctx.finding(go2, f"data race on {name}: both goroutines started here write it. "
                                               f"{x1.callee.key} and {x2.callee.key} run at once, {why}",
                                          [ctx.related(go1.child(0), f"{x1.callee.key} writes {name} too")])


def _exclusive(go1: Node, go2: Node, loop: Node) -> bool:
    """Are the two ``go`` statements in branches of one ``switch`` or ``if`` inside ``loop`` that exclude each
    other (:func:`syntax.other_arms` of the nearest statement holding both): at most one of them runs per turn?"""
    lca = next((a for a in syntax.ancestors(go1, loop) if syntax.inside(go2, a)), None)
    return lca is not None and lca.type in ("if_statement", "expression_switch_statement", "type_switch_statement") \
        and syntax.other_arms(lca, go1, go2)
