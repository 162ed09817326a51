"""Field and package-variable accesses of goroutines: who writes which field, under which lock.

For a function of the declaration, :meth:`FieldAccess.writes` lists the
assignments and ``++``/``--`` to a field path (``s.count``, ``c.stats.hits``)
or a package variable, with the mutexes held there (the lock model);
:meth:`FieldAccess.reads` the reads of given places. Writes rooted at a
variable declared inside a loop iteration (``for _, w := range ws { go
func(){ w.n++ }() }``) belong to one value each: :meth:`FieldAccess.per_iteration`.
For ``go s.method()``, :meth:`FieldAccess.callee_writes` reads the method's
declaration from the package and maps its writes, and the mutexes held at each,
onto the caller's places.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from tree_sitter import Node

from .. import syntax
from .effects import Func, Place, UnitModel
from .types import base_name


@dataclass(frozen=True)
class _Semaphores:
    """The channel semaphores of one function: per CFG node, the ones held on entry to it."""
    held_in: dict          # node id -> the ("sem:NAME", True) facts true on every path to it
    cfg: object
    places: dict           # "sem:NAME" -> the channel's place
    takes: dict = field(default_factory=dict)   # "sem:NAME" -> the kind of the operation that takes it


@dataclass(frozen=True)
class Access:
    place: Place
    node: Node            # the assignment / inc-dec statement, or the read selector
    locked: bool          # some mutex held there
    held: frozenset = frozenset()   # the places of the mutexes held


class FieldAccess:
    def __init__(self, um: UnitModel, locks):
        self.um = um
        self.locks = locks
        self._sems: dict[int, _Semaphores] = {}   # per function node: the channel semaphores held where

    def held(self, f: Func, node: Node) -> frozenset:
        """The mutexes held at ``node`` of ``f``; also the channel semaphores (:meth:`semaphores_held`) and
        the keyed locks (:meth:`keyed_held`)."""
        sems = self.semaphores_held(f, node) | self.keyed_held(f, node)
        if self.locks is None or not self.locks.relevant:
            return sems
        flow = self.locks.flow(f)
        if flow is None or flow.trivial:
            return sems
        return frozenset(flow.held_at(node)) | sems

    def keyed_held(self, f: Func, node: Node) -> frozenset:
        """The keyed locks held at ``node`` of ``f`` (a lock per key, ``locks.Lock(cfg.Dir)`` ... ``defer
        locks.Unlock(cfg.Dir)``, util.KeyLocks or a multimutex), each as the key's place with the lock named
        after it (``cfg.Dir`` + ``(keyed locks)``): two goroutines hold the same one where their keys are one
        place (held as :func:`shared.keyed_locks_held` says; a lock unlocked with no argument is not keyed)."""
        from .shared import keyed_locks_held
        if b"Unlock(" not in (f.node.text or b""):
            return frozenset()
        out = set()
        for recv, lock, bare in keyed_locks_held(node, f.node):
            place = self.um.place(lock) if not bare and lock.type in ("identifier", "selector_expression") else None
            if place is not None:
                out.add(place.child(f"(keyed {recv})"))
        return frozenset(out)

    def semaphores_held(self, f: Func, node: Node) -> frozenset:
        """The channel semaphores held at ``node`` of ``f``: a field or package channel made with one slot
        everywhere in the package (``f.sendLock = make(chan struct{}, 1)``), that ``f`` takes and gives back
        around ``node`` — its first operation on the channel takes it (``<-f.sendLock``, or ``sem <- x`` for
        one that is empty when free), the opposite one gives it back (``f.sendLock <- struct{}{}``) — on every
        path from the function's start to ``node`` (taken, and not given back since). A send in a select
        with a ``default`` is a notification, not a take. One goroutine at a time runs there, as under a
        mutex: the channel is held, like one."""
        got = self._sems.get(f.node.id)
        if got is None:
            got = self._sems[f.node.id] = self._semaphores(f)
        n = got.cfg.node_of(syntax.stmt_of(node) or node) if got.held_in else None
        return frozenset(got.places[k] for k, v in (got.held_in.get(n.id) or ()) if v and k in got.places) \
            if n is not None else frozenset()

    def gives_back(self, f: Func, node: Node, place: Place) -> bool:
        """Is ``node``, an operation of ``f`` on the channel ``place``, the give-back of a channel semaphore
        ``f`` holds there (:meth:`semaphores_held`): the operation opposite to the one that took it
        (``s.startCycle <- struct{}{}`` of a token taken by ``<-s.startCycle``, by ``f`` or by its starter for
        it)? Its one slot is free then, the token being out: the operation does not wait."""
        from .effects import RECV, SEND
        got = self._sems.get(f.node.id)
        if got is None:
            got = self._sems[f.node.id] = self._semaphores(f)
        n = got.cfg.node_of(syntax.stmt_of(node) or node) if got.held_in else None
        kind = SEND if node.type == "send_statement" else RECV
        name = self.um.abstract_place(place)
        key = "sem:" + name if name is not None else None
        return n is not None and key is not None and (key, True) in (got.held_in.get(n.id) or ()) and \
            key in got.takes and got.takes[key] != kind

    def _semaphores(self, f: Func) -> "_Semaphores":
        from .effects import RECV, SEND
        from .flow import must_conditions
        um = self.um
        package = getattr(self.locks, "package", None) if self.locks is not None else None
        g = um.cfg(f)
        none = _Semaphores({}, g, {})
        if g is None or package is None or b"<-" not in (f.node.text or b""):
            return none   # (a token handed over is given back: ``<-`` in the text too)
        handed = self._handed(f, package)   # key -> (the take's kind, the channel's place)
        ops: dict[str, list] = {}   # key -> [(cnode, kind)] in the order of the text
        places: dict[str, Place] = {}
        for n in g.nodes:
            for e in um.node_effects(g, n):
                if e.kind not in (SEND, RECV) or e.place is None or (not e.place.path and not e.place.is_global):
                    continue   # (a local channel: no lock shared with other calls)
                if e.kind == SEND and _notify_send(e.node):
                    return none   # (a notification channel: no semaphore in this function)
                name = um.abstract_place(e.place)
                if name is None:
                    continue
                key = "sem:" + name
                places[key] = e.place
                ops.setdefault(key, []).append((n, e.kind, e.node.start_byte))
        gen: dict[int, frozenset] = {}
        kill: dict[int, frozenset] = {}
        takes: dict[str, str] = {}
        for key, (take, place) in handed.items():
            lst = ops.pop(key, [])
            if any(k == take for _n, k, _b in lst) or not self._one_slot(package, key[4:]) or \
                    _given_back(um, f.node, key) != {take}:
                continue   # (it takes the token itself too, or gives nothing back: not a token handed over)
            places[key] = place
            takes[key] = take
            gen[g.entry.id] = gen.get(g.entry.id, frozenset()) | {(key, True)}
            for n, _k, _b in lst:
                kill[n.id] = kill.get(n.id, frozenset()) | {key}
        for key, lst in ops.items():
            kinds = {k for _n, k, _b in lst}
            if kinds != {SEND, RECV} or not self._one_slot(package, key[4:]):
                places.pop(key, None)
                continue
            take = takes[key] = min(lst, key=lambda x: x[2])[1]
            for n, k, _b in lst:
                if k == take:
                    gen[n.id] = gen.get(n.id, frozenset()) | {(key, True)}
                else:
                    kill[n.id] = kill.get(n.id, frozenset()) | {key}
        if not gen:
            return none
        return _Semaphores(must_conditions(g, lambda _c: None, kill=kill, gen=gen), g, places, takes)

    def _handed(self, f: Func, package) -> dict:
        """The channel semaphores every start of ``f`` hands it: a ``go`` statement that opens the case of a
        select on taking the token (``case <-c.startRunRequest: go c.runRequest()``), or follows the take in
        its block (``<-sem; go work()``) — of the literal, or of every call of the named function in the
        package (each a ``go`` statement). The goroutine holds it from its start; the starter took it for
        it. "sem:NAME" -> (the take's kind, the channel's place in this function's terms, or the starter's)."""
        if f.how == "go" and f.start is not None:
            starts = [(f.start, self.um)]
        elif f.parent is None and f.how == "decl" and getattr(self.um, "key", None):
            calls = package.calls_of(self.um.key)
            if not calls:
                return {}
            recv = self.um.key.rpartition(".")[0]
            starts = []
            for ck, _node, call, _owner in calls:
                um = package.decl_model(ck)
                fn = call.child_by_field_name("function")
                if um is not None and recv and fn is not None and fn.type == "selector_expression" and \
                        base_name(um.types.of(fn.child_by_field_name("operand")) or "") != recv:
                    continue   # (a method of that name of another type)
                if um is None or call.parent is None or call.parent.type != "go_statement":
                    return {}
                starts.append((call.parent, um))
            if not starts:
                return {}
        else:
            return {}
        got = None
        for stmt, um in starts:
            taken = _taken_before(stmt, um)
            got = taken if got is None else {k: v for k, v in got.items() if k in taken and taken[k][0] == v[0]}
            if not got:
                return {}
        return got or {}

    @staticmethod
    def _one_slot(package, name: str) -> bool:
        """Is the package channel ``name`` made, everywhere, with a buffer of exactly one slot?"""
        index = package.chan_index()
        made = index.made(name)
        return bool(made) and not index.of(name, "assign") and all(m.capacity == 1 for m in made)

    def writes(self, f: Func) -> list[Access]:
        """Field and package-variable writes that run in ``f`` itself (not in its literals)."""
        out = []
        um = self.um
        g = um.cfg(f)
        for n in (g.nodes if g is not None else ()):
            ast = n.ast
            if ast is None or n.kind != "stmt":
                continue
            targets = []
            if ast.type == "assignment_statement":
                left = ast.child_by_field_name("left")
                targets = left.named_children if left is not None else []
            elif ast.type in ("inc_statement", "dec_statement"):
                targets = ast.named_children[:1]
            if targets and not um.reachable(ast):
                continue   # (after a ``panic``, ``log.Fatal``, a logger's ``Crashf``: it never runs)
            for t in targets:
                if t.type not in ("selector_expression", "identifier"):
                    continue
                if t.text == b"_":
                    continue
                place = um.place(t)
                if place is None or (t.type == "identifier" and not place.is_global):
                    continue   # locals are GL502's business
                if "[]" in place.path or any(x.startswith("(") for x in place.path):
                    continue   # an element of a slice or map: per-index writes are GL503's (and usually disjoint)
                if t.type == "selector_expression" and not place.path:
                    continue
                held = self.held(f, ast)
                out.append(Access(place, ast, bool(held), held))
        return out

    def reads(self, f: Func, places: set[Place], after: int) -> list[Access]:
        """Reads of ``places`` in ``f`` itself after byte offset ``after`` (the go statement)."""
        um = self.um
        body = f.body
        if body is None:
            return []
        out = []
        stack = [body]
        while stack:
            n = stack.pop()
            if n.type == "func_literal":
                continue
            if n.type in ("selector_expression", "identifier") and n.start_byte > after:
                place = um.place(n) if n.type == "selector_expression" or n.text else None
                if n.type == "identifier" and place is not None and place.path:
                    place = None   # a local copy of a field (``done := g.done``, then ``<-done``): the field
                                   # was read where the copy was made, not here
                if place in places and not _written_at(n) and not _address_only(um, n):
                    out.append(Access(place, n, bool(self.held(f, n)), self.held(f, n)))
                    continue
            stack.extend(n.named_children)
        out.sort(key=lambda a: a.node.start_byte)
        return out

    def per_iteration(self, place: Place, loop: Node) -> bool:
        """Is the place rooted at a variable declared inside ``loop`` (a new value each iteration)?"""
        if not place.is_local:
            return False
        name, off = place.root[2:].rsplit(":", 1)
        start = self.um.unit.start_byte + int(off)
        return loop.start_byte <= start < loop.end_byte

    def fresh_each_turn(self, place: Place, go: Node, loop: Node, package) -> bool:
        """``runner, err = NewRunner(cfg); ...; go runner.Start()`` in ``loop``: is the place rooted at a local
        that a statement before the ``go``, in its own statement list inside the loop (no other assignment of
        it between), sets to a value just made (``&T{...}``, ``new(T)``, or the result of a package function
        that returns one it made on every call: PackageModel.concrete_result)? The ``go`` statement
        evaluates its receiver and arguments then: each goroutine gets the value of its own turn."""
        v = self.um.root_var(place) if place.is_local else None
        block = go.parent
        if v is None or v.addressed or block is None or not syntax.inside(block, loop):
            return False
        last = None
        for node, value in v.assigns:
            stmt = node
            while stmt is not None and stmt.type not in ("assignment_statement", "short_var_declaration"):
                stmt = stmt.parent if stmt.type in ("identifier", "expression_list") else None
            if stmt is not None and stmt.parent is not None and stmt.parent.id == block.id and \
                    stmt.end_byte <= go.start_byte and (last is None or stmt.start_byte > last.start_byte):
                last = stmt
        if last is None or any(last.end_byte <= node.start_byte < go.start_byte for node, _ in v.assigns):
            return False
        left, right = last.child_by_field_name("left"), last.child_by_field_name("right")
        names = [syntax.text(n) for n in (left.named_children if left is not None else ())]
        values = right.named_children if right is not None else []
        if v.name not in names or not values:
            return False
        k = names.index(v.name)
        value = syntax.without_address(values[k] if len(values) == len(names) else values[0])
        index = 0 if len(values) == len(names) else k   # (``a, err = f()``: the call's result k)
        if value is None:
            return False
        if value.type == "composite_literal":
            return True
        fn = value.child_by_field_name("function") if value.type == "call_expression" else None
        if fn is None or fn.type != "identifier":
            return False
        return syntax.text(fn) == "new" or (package is not None and syntax.text(fn) in package.decls and
                                             package.concrete_result(syntax.text(fn), index) is not None)

    def set_before(self, place: Place, go: Node, package) -> bool:
        """Is the field ``place`` (``st.dirs`` of a local ``st``) given a value other than ``nil`` before the
        ``go`` statement, on every path to it: by the keyed literal that makes the local (``st :=
        &State{dirs: newTracker()}``), or by an assignment ``st.dirs = v`` in a block around the ``go``
        before it; and does no text of the package set a field of that name to ``nil``? Then a write
        guarded by ``if st.dirs == nil`` does not run for that value."""
        if not place.path or package is None:
            return False
        v = self.um.root_var(place) if place.is_local else None
        if v is None or len(place.path) != 1:
            return False
        field = place.path[0]
        if package.set_to_nil(field, field=True):
            return False
        value = syntax.unparen(v.value) if v.value is not None and not v.assigned else None
        lit = value.child_by_field_name("operand") if value is not None and value.type == "unary_expression" else value
        if lit is not None and lit.type == "composite_literal":
            body = lit.child_by_field_name("body")
            for el in (body.named_children if body is not None else ()):
                kids = el.named_children if el.type == "keyed_element" else []
                if len(kids) == 2 and syntax.text(kids[0]) == field and syntax.text(kids[1]) != "nil":
                    return True
        spelt = f"{v.name}.{field}"
        for _block, stmts, st in syntax.around(go, syntax.enclosing_func(go) or self.um.unit):
            for x in stmts:
                if x.start_byte >= st.start_byte:
                    break
                if x.type == "assignment_statement" and syntax.text(x.child_by_field_name("left")) == spelt and \
                        syntax.text(x.child_by_field_name("right")) != "nil":
                    return True
        return False

    def callee_writes(self, package, e) -> list["CalleeAccess"]:
        """Writes that a called package function makes, on the caller's places, with the mutexes held
        there as the caller spells them (a mutex the caller cannot name, such as the callee's own local,
        counts as none). Fields of a receiver or parameter passed by value are the callee's copy: left out."""
        return self.callee_accesses(package, e).writes

    def callee_accesses(self, package, e, deep: bool = False) -> "CalleeAccesses":
        """What a called package function does to the caller's places: its writes (``deep``: also those of
        the package functions it calls in place, one call down, with the mutexes held around that call)
        and its own reads of the places written (``deep`` only)."""
        from .effects import CALL, translate
        from .locks import LockModel
        if package is None or e.callee is None or e.callee.key is None:
            return CalleeAccesses((), ())
        um = package.decl_model(e.callee.key)   # (its text is a dependency of the result)
        if um is None:
            return CalleeAccesses((), ())
        top, key, base = um.top, e.callee.key, um.unit.start_byte
        fa = FieldAccess(um, LockModel(um, package))

        method = um.unit.type == "method_declaration"

        def mapped(a: CalleeAccess) -> CalleeAccess | None:
            """``a``, made in the callee on its own places, on the caller's places."""
            if a.place.path and _by_value(um, a.place.param_index):
                return None   # ``func (s stamp) touch() { s.at++ }``: a copy of the caller's value, or another
            p = translate(a.place, e)
            if p is None or "[]" in p.path or any(x.startswith("(") for x in p.path):
                return None
            return replace(a, place=p, held=frozenset(q for q in (translate(h, e) for h in a.held) if q is not None))

        def here(node: Node) -> tuple[str, int, int]:
            return key, node.start_byte - base, node.end_byte - base

        gate = _gate(um, package)

        def gated(node: Node) -> frozenset:
            """The gate's flag as a held place, for what runs past it (one caller at a time gets there)."""
            return frozenset((gate[1],)) if gate is not None and node.start_byte >= gate[0] else frozenset()

        def runs(node: Node) -> bool:
            """Can ``node`` run in this call (not under a parameter test the call's literal skips, nor under
            ``if alwaysFalse``)?"""
            return not _off_for_call(um, node, e.consts, method, e.node) and not _never_runs(um, node, package)

        own = [CalleeAccess(a.place, um.spell(a.place), a.held | gated(a.node), here(a.node),
                            nil_guarded=_nil_guarded(um, a.node)) for a in fa.writes(top) if runs(a.node)]
        if deep:
            g = um.cfg(top)
            for n in (g.nodes if g is not None else ()):
                for x in um.node_effects(g, n):
                    if x.kind == CALL and x.callee is not None and x.callee.key not in (None, key) and \
                            x.callee.literal is None:
                        around = fa.held(top, x.node) | gated(x.node)
                        own += [replace(w, held=w.held | around, deep=True) for w in fa.callee_writes(package, x)]
        writes = [w for w in map(mapped, own) if w is not None]
        reads = []
        if deep and own:
            once = {p: _set_once_guards(um, fa, top, package, p) for p in {w.place for w in own}}
            reads = [r for r in (mapped(CalleeAccess(a.place, um.spell(a.place), a.held | gated(a.node), here(a.node),
                                                     write=False))
                                 for a in fa.reads(top, set(once), -1) if runs(a.node) and
                                 not _read_after(a.node, once[a.place])) if r is not None]
        return CalleeAccesses(tuple(writes), tuple(reads))


@dataclass(frozen=True)
class CalleeAccess:
    """A write or read a called package function makes to one of the caller's places."""
    place: Place          # as the caller spells it
    spelling: str         # as the function that makes it spells it (``p.actual``)
    held: frozenset       # the mutexes held there, as the caller's places
    at: tuple[str, int, int]   # (that function's key, start, end relative to its declaration): a related anchor
    write: bool = True
    deep: bool = False    # made by a function the called one calls (``deep`` of callee_accesses)
    nil_guarded: bool = False   # a write under ``if x.f == nil`` of its own target (a lazy default)


@dataclass(frozen=True)
class CalleeAccesses:
    writes: tuple[CalleeAccess, ...]
    reads: tuple[CalleeAccess, ...]


@dataclass(frozen=True)
class ParamMapWrite:
    """A called function writes ``param[k]`` (assignment, ``++``, ``delete``) with no mutex held."""
    index: int            # the parameter's position (receiver -1)
    start: int            # where, relative to the function's declaration
    end: int


def callee_map_writes(package, key: str) -> list[ParamMapWrite]:
    """Unguarded writes of the package function ``key`` to elements of its map parameters (the function's
    text is a recorded dependency)."""
    from .. import syntax
    from .locks import LockModel
    um = package.decl_model(key) if package is not None else None
    if um is None:
        return []
    top, node = um.top, um.unit
    params = {v.name: v for v in um.scopes.declared_in(node) if v.kind == "param" and v.type_node is not None
              and v.type_node.type == "map_type" and not v.assigned}
    if not params:
        return []
    locks = LockModel(um, package)
    flow = locks.flow(top) if locks.relevant else None
    out = []
    for n in syntax.walk(syntax.func_body(node), skip_funcs=True):
        target = None
        if n.type in ("assignment_statement", "inc_statement", "dec_statement"):
            left = n.child_by_field_name("left") if n.type == "assignment_statement" else None
            targets = left.named_children if left is not None else n.named_children[:1]
            target = next((t for t in targets if t.type == "index_expression"), None)
            target = target.child_by_field_name("operand") if target is not None else None
        elif n.type == "call_expression" and syntax.call_name(n) == ("", "delete"):
            args = syntax.call_args(n)
            target = args[0] if args else None
        if target is None or target.type != "identifier" or syntax.text(target) not in params:
            continue
        v = um.scopes.var(target)
        if v is None or v is not params[syntax.text(target)]:
            continue
        if flow is not None and flow.held_at(n):
            continue
        out.append(ParamMapWrite(um.var_place(v).param_index, n.start_byte - node.start_byte,
                                 n.end_byte - node.start_byte))
    return out


def _gate(um: UnitModel, package) -> tuple[int, Place] | None:
    """Where the declaration's callers pass one at a time, and the flag that makes it so: past a try-lock
    (``if !atomic.CompareAndSwapInt32(&fg.busy, 0, 1) { return }``, ``if !s.busy.CompareAndSwap(false,
    true) { return }``: atomics are ordered, so the flag's release comes before the next success), or past a
    check-and-set of a flag nothing in the package clears (``if s.closed || ... { return }`` then ``s.closed
    = true``, both with the same mutex held): one caller at most gets there. (Its statements at the top of
    the body; the offset is where the gated part starts.)"""
    body = syntax.stmt_list(syntax.func_body(um.unit))
    flow = None
    for i, st in enumerate(body):
        if st.type != "if_statement" or st.child_by_field_name("alternative") is not None:
            continue
        then = syntax.stmt_list(st.child_by_field_name("consequence"))
        if not then or then[-1].type != "return_statement":
            continue
        cond = syntax.unparen(st.child_by_field_name("condition"))
        if cond is not None and cond.type == "unary_expression" and syntax.text(cond).startswith("!"):
            call = syntax.unparen(cond.child_by_field_name("operand"))
            if call is not None and call.type == "call_expression" and \
                    syntax.call_name(call)[1].startswith("CompareAndSwap"):
                target = syntax.cas_target(call)
                place = um.place(target) if target is not None else None
                if place is not None:
                    return st.end_byte, place
            continue
        # a check-and-set: a flag among the condition's disjuncts, set true later, under one mutex
        flags = [c for c in syntax.operands(cond, "||") if c is not None and c.type in ("selector_expression",
                                                                                      "identifier")]
        for c in flags:
            name = syntax.text(c)
            sets = [x for x in body[i + 1:] if x.type == "assignment_statement" and
                    syntax.text(x.child_by_field_name("left")) == name and
                    syntax.text(x.child_by_field_name("right")) == "true"]
            field = syntax.text(c.child_by_field_name("field")) if c.type == "selector_expression" else ""
            if not sets or not field or package is None or not package.only_set_true(field):
                continue
            if flow is None:
                from .locks import LockModel
                locks = LockModel(um, package)
                flow = locks.flow(um.top) if locks.relevant else None
            if flow is not None and set(flow.held_at(st)) & set(flow.held_at(sets[0])):
                place = um.place(c)
                if place is not None:
                    return sets[0].end_byte, place
    return None


def _set_once_guards(um: UnitModel, fa: "FieldAccess", f: Func, package, place: Place) -> list[Node]:
    """The ``if``s under which ``place`` is set at most once: every assignment of its field in the package is
    one of ``f``'s, each in the ``then`` of an ``if X.field == nil`` testing its own left side, with a mutex
    held there that all of them hold (a lazy initialisation: ``mu.Lock(); if o.tags == nil { o.tags = load()
    }; mu.Unlock()``); none otherwise. A read after such an ``if``, in the block that holds it, is made by one
    who took that mutex after the one write, or made it: it is ordered after the write, and nothing writes
    the field again."""
    if not place.path or package is None:
        return []
    writes = [w for w in fa.writes(f) if w.place == place]
    if not writes or package.field_assignments(place.path[-1]) != len(writes) or \
            not frozenset.intersection(*(w.held for w in writes)):
        return []
    guards = [_nil_guard(um, w.node) for w in writes]
    return guards if all(g is not None for g in guards) else []


def _read_after(read: Node, guards: list[Node]) -> bool:
    """Is ``read`` after one of ``guards``, in the block that holds it?"""
    return any(g.end_byte <= read.start_byte and g.parent is not None and syntax.inside(read, g.parent)
               for g in guards)


def _nil_guard(um: UnitModel, stmt: Node, op: str = "==") -> Node | None:
    """The ``if`` around the assignment ``stmt`` (one target) that tests that target ``== nil`` with it in
    its ``then`` (``if st.dirs == nil { st.dirs = newTracker() }``), or with ``op`` "!=" tests it ``!= nil``
    with it in its ``else``."""
    left = stmt.child_by_field_name("left") if stmt.type == "assignment_statement" else None
    if left is None or len(left.named_children) != 1:
        return None
    spelt = syntax.text(left)
    for a in syntax.ancestors(stmt, um.unit):
        if a.type != "if_statement" or a.child_by_field_name("consequence") is None:
            continue
        cond = a.child_by_field_name("condition")
        if op == "==" and syntax.inside(stmt, a.child_by_field_name("consequence")) and \
                any(_nil_test(c, spelt) for c in syntax.operands(cond, "&&")):
            return a
        alt = a.child_by_field_name("alternative")
        if op == "!=" and alt is not None and syntax.inside(stmt, alt) and _nil_test(cond, spelt, "!="):
            return a   # ``if s.policy != nil { ... } else { s.policy = newPolicy() }``
    return None


def _nil_guarded(um: UnitModel, stmt: Node) -> bool:
    """Is the assignment ``stmt`` a lazy default: under ``if x == nil`` of its own target, or in the ``else``
    of ``if x != nil`` (:func:`_nil_guard`)?"""
    return _nil_guard(um, stmt) is not None or _nil_guard(um, stmt, "!=") is not None


def _nil_test(cond: Node | None, spelt: str, op: str = "==") -> bool:
    """Is ``cond`` ``spelt == nil`` (or ``nil == spelt``; ``op`` "!=": ``spelt != nil``)?"""
    cond = syntax.unparen(cond) if cond is not None else None
    if cond is None or cond.type != "binary_expression" or syntax.text(cond.child_by_field_name("operator")) != op:
        return False
    sides = {syntax.text(cond.child_by_field_name("left")), syntax.text(cond.child_by_field_name("right"))}
    return sides == {spelt, "nil"}


def _never_runs(um: UnitModel, node: Node, package) -> bool:
    """Is ``node`` under ``if alwaysFalse`` (a conjunct), a package bool that nothing sets true?"""
    for c, _then in syntax.guards(node, um.unit):
        if c is not None and c.type == "identifier" and um.scopes.var(c) is None and package is not None and \
                package.never_true(syntax.text(c)):
            return True
    return False


def _off_for_call(um: UnitModel, node: Node, consts: tuple, method: bool, call: Node | None = None) -> bool:
    """Is ``node`` of the callee under a test of a bool parameter that this call passes as the literal that
    skips it (``if needRollBack { dp.x = true }`` called with ``false``; the ``else`` with ``true``), or under
    a comparison of a parameter with a constant that the call's constant argument decides (``if benchType ==
    bench.TypeJSFetch { c.timedOut = true }`` called with ``bench.TypeJSOrdered``; see :func:`_compared`)?"""
    if not consts and call is None:
        return False
    cur = node
    for a in syntax.ancestors(node):
        if a.id == um.unit.id:
            return False
        if a.type == "if_statement":
            then, other = a.child_by_field_name("consequence"), a.child_by_field_name("alternative")
            branch = True if then is not None and then.id == cur.id else \
                False if other is not None and other.id == cur.id else None
            cond = syntax.unparen(a.child_by_field_name("condition"))
            # the ``then`` branch needs every conjunct true (``if mainWorker && len(q) > n``); ``else`` a false
            # condition, known only when it is the parameter alone
            parts = syntax.operands(cond, "&&") if branch else [cond] if branch is False else []
            for c in parts:
                c, want = syntax.unparen(c), branch
                if c is not None and c.type == "unary_expression" and syntax.text(c).startswith("!"):
                    c, want = syntax.unparen(c.child_by_field_name("operand")), not branch
                if c is not None and c.type == "binary_expression" and call is not None:
                    got = _compared(um, c, call)
                    if got is not None and got != want:
                        return True
                    continue
                if c is None or c.type != "identifier":
                    continue
                v = um.scopes.var(c)
                pos = um.param_position(v) if v is not None and not v.assigned else None
                at = pos + (1 if method else 0) if pos is not None else None
                if at is not None and at < len(consts) and isinstance(consts[at], bool) and consts[at] != want:
                    return True
        cur = a
    return False


def _compared(um: UnitModel, cond: Node, call: Node) -> bool | None:
    """The value of ``p == K`` (``p != K``) for this call: ``p`` a parameter the callee never assigns, ``K``
    a constant — a string or number literal, or a name qualified by a package the callee's file imports
    (``bench.TypeJSFetch``) — and the call's argument for ``p`` a constant spelt the same way. Equal
    spellings are equal; different ones are taken as different values (distinct names of one enum); None
    when this cannot be read."""
    op = syntax.text(cond.child_by_field_name("operator"))
    if op not in ("==", "!=") or call.type != "call_expression":
        return None
    left, right = syntax.unparen(cond.child_by_field_name("left")), syntax.unparen(cond.child_by_field_name("right"))
    if left is None or right is None:
        return None
    if left.type != "identifier":
        left, right = right, left
    v = um.scopes.var(left) if left.type == "identifier" else None
    pos = um.param_position(v) if v is not None and v.kind == "param" and not v.assigned and not v.addressed \
        else None
    args = syntax.call_args(call)
    if pos is None or pos >= len(args):
        return None
    arg = syntax.unparen(args[pos])
    root = um.unit
    while root.parent is not None:
        root = root.parent
    imports = None

    def kind(n: Node | None) -> str | None:
        nonlocal imports
        if n is None:
            return None
        if n.type in ("interpreted_string_literal", "raw_string_literal", "int_literal"):
            return "literal"
        if n.type == "selector_expression":
            q = syntax.unparen(n.child_by_field_name("operand"))
            if q is not None and q.type == "identifier":
                if imports is None:
                    from .module import file_imports
                    imports = file_imports(root)
                if syntax.text(q) in imports:
                    return "qualified:" + syntax.text(q)
        return None

    k = kind(right)
    if k is None or kind(arg) != k:
        return None
    same = syntax.text(right) == syntax.text(arg)
    return same if op == "==" else not same


def _by_value(um: UnitModel, index: int | None) -> bool:
    """Is the receiver (``index`` -1) or parameter ``index`` of the declaration declared with a type other
    than a pointer (its fields are the callee's copy), or assigned in the body (``t = &T{...}``: then
    ``t.w = ...`` may write another value)?"""
    if index is None:
        return False
    for v in um.scopes.declared_in(um.unit):
        if v.kind == "receiver" and index == -1 or v.kind == "param" and um.param_position(v) == index:
            return v.assigned or v.type_node is not None and \
                v.type_node.type in ("type_identifier", "qualified_type", "struct_type", "generic_type")
    return False


def _address_only(um: UnitModel, n: Node) -> bool:
    """Is ``n`` the operand of a call of a method with a pointer receiver, ``n`` itself of the method's
    struct type (``Engine.Econfig.GetGSR()`` with ``func (ec *EngConfig) GetGSR()`` and ``Econfig
    EngConfig``)? The call takes the field's address, it does not read its value: what the method reads
    is read there, under what it locks."""
    sel = n.parent
    call = sel.parent if sel is not None and sel.type == "selector_expression" else None
    fn = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
    operand = sel.child_by_field_name("operand") if fn is not None else None
    if fn is None or fn.id != sel.id or operand is None or operand.id != n.id:
        return False
    typ = um.types.of(n)
    if not typ or typ.startswith(("*", "[", "map[", "chan ", "func")):
        return False   # (a pointer's value is read to call through it)
    m = um.types.index.methods.get(typ, {}).get(syntax.text(sel.child_by_field_name("field")))
    return m is not None and m.ptr_recv


def _written_at(n: Node) -> bool:
    """Is this selector the target of an assignment (a write, not a read)?"""
    p = n.parent
    if p is not None and p.type == "expression_list":
        gp = p.parent
        return gp is not None and gp.type == "assignment_statement" and gp.child_by_field_name("left") == p
    return p is not None and p.type in ("inc_statement", "dec_statement")


def _notify_send(send: Node) -> bool:
    """Is the send a case of a select that has a ``default`` (``select { case ch <- x: default: }``): a
    notification that never waits?"""
    case = syntax.enclosing_select_case(send)
    sel = case.parent if case is not None else None
    while sel is not None and sel.type != "select_statement":
        sel = sel.parent
    return sel is not None and any(c.type == "default_case" for c in sel.named_children)


def _taken_before(stmt: Node, um: UnitModel) -> dict:
    """The channel semaphore taken right before the statement ``stmt`` runs: the communication of the
    select case it opens (``case <-c.start: go c.run()``), or the statement before it in its block
    (``<-sem``, ``sem <- struct{}{}``). "sem:NAME" -> (the take's kind, the channel's place)."""
    from .effects import RECV, SEND
    parent = stmt.parent
    prev = None
    if parent is not None and parent.type == "statement_list" and parent.named_children and \
            parent.named_children[0].id == stmt.id and parent.parent is not None and \
            parent.parent.type == "communication_case":
        prev = parent.parent.child_by_field_name("communication")
    elif parent is not None and parent.type in ("statement_list", "block"):
        sibs = [c for c in parent.named_children if c.type != "comment"]
        i = next((j for j, c in enumerate(sibs) if c.id == stmt.id), 0)
        prev = sibs[i - 1] if i > 0 else None
    if prev is None:
        return {}
    if prev.type == "send_statement":
        chan, kind = prev.child_by_field_name("channel"), SEND
    else:
        expr = prev.child_by_field_name("right") if prev.type == "receive_statement" else \
            (prev.named_children[0] if prev.type == "expression_statement" and prev.named_children else prev)
        expr = syntax.unparen(expr) if expr is not None else None
        if expr is None or expr.type != "unary_expression" or \
                syntax.text(expr.child_by_field_name("operator")) != "<-":
            return {}
        chan, kind = expr.child_by_field_name("operand"), RECV
    place = um.place(chan) if chan is not None else None
    name = um.abstract_place(place) if place is not None and (place.path or place.is_global) else None
    return {"sem:" + name: (kind, place)} if name is not None else {}


def _given_back(um: UnitModel, fn: Node, key: str) -> set:
    """The takes that the operations on the channel "sem:NAME" anywhere in ``fn`` (its literals too,
    ``defer func() { c.start <- struct{}{} }()``) would give back: for each, the opposite kind. A function
    handed a token does only that: ``{take}``, the kind of its starter's take."""
    from .effects import RECV, SEND
    out = set()
    for n in syntax.walk(fn):
        if n.type == "send_statement":
            chan, kind = n.child_by_field_name("channel"), SEND
        elif n.type == "unary_expression" and syntax.text(n.child_by_field_name("operator")) == "<-":
            chan, kind = n.child_by_field_name("operand"), RECV
        else:
            continue
        place = um.place(chan) if chan is not None else None
        name = um.abstract_place(place) if place is not None else None
        if name is not None and "sem:" + name == key:
            out.add(RECV if kind == SEND else SEND)
    return out
