"""Engine behaviour: per-declaration caching, crash isolation, settings, go.mod versions."""

import pytest

from goleash import syntax
from goleash.analysis import Analyzer
from goleash.config import Settings, module_go_version
from goleash.document import Document
from goleash.findings import Severity
from goleash.rule import Rule
from goleash.rules import all_rules, by_code

LEAK = """package p

import "time"

func a() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	select {
	case <-ch:
	case <-time.After(time.Second):
	}
}

func b() {
	ch := make(chan int)
	go func() { ch <- 2 }()
}

func c() int { return 3 }
"""


class Boom(Rule):
    code = "GL998"
    name = "boom"
    triggers = frozenset({"go"})

    def check(self, ctx):
        raise RuntimeError("rule bug")


def test_a_crashing_rule_is_skipped_and_reported():
    an = Analyzer(rules=(Boom(), by_code()["GL101"]))
    src = LEAK.encode()
    found = an.analyze(src, syntax.parse(src), "x.go")
    assert [f.code for f in found] == ["GL101", "GL101"]
    errs = an.drain_errors()
    assert errs and "GL998" in errs[0] and "rule bug" in errs[0]


def test_edit_reanalyses_only_the_touched_declaration():
    an = Analyzer()
    doc = Document("u", LEAK, 1)
    first = an.analyze(doc.source, doc.tree)
    assert an.stats["analysed"] == 3  # a, b, c (imports are not units)
    # type inside c(): a and b keep their cached findings, shifted
    line = LEAK.split("\n").index("func c() int { return 3 }")
    doc.apply_changes([((line, 22, line, 22), " + 1")], 2)
    before = an.stats["analysed"]
    second = an.analyze(doc.source, doc.tree)
    assert an.stats["analysed"] - before == 1
    assert [(f.code, f.start) for f in second] == [(f.code, f.start) for f in first]
    # insert lines above a(): everything shifts, nothing is re-analysed except what changed
    doc.apply_changes([((3, 0, 3, 0), "\n" * 19)], 3)
    before = an.stats["analysed"]
    third = an.analyze(doc.source, doc.tree)
    assert an.stats["analysed"] - before == 0
    assert [f.start - 19 for f in third] == [f.start for f in second]
    assert all(doc.source[f.start:f.end].startswith(b"ch <-") for f in third)
    # a comment above a() is its doc, which rules read (a stated detach, "not safe for concurrent use"):
    # a() alone is analysed again
    line = doc.source.decode().split("\n").index("func a() {") if "func a() {" in doc.source.decode() else None
    assert line is not None
    doc.apply_changes([((line, 0, line, 0), "// a is documented\n")], 4)
    before = an.stats["analysed"]
    an.analyze(doc.source, doc.tree)
    assert an.stats["analysed"] - before == 1


def test_same_shape_edit_is_rechecked():
    """Replacing `1` by `2` changes no tree shape, but the function is re-checked."""
    an = Analyzer()
    src = LEAK.replace("ch <- 1", "ch <- x").replace("func a() {", "func a(x int) {")
    doc = Document("u", src, 1)
    an.analyze(doc.source, doc.tree)
    line = src.split("\n").index("\tgo func() { ch <- x }()")
    doc.apply_changes([((line, 19, line, 20), "y")], 2)  # x -> y: same shape
    before = an.stats["analysed"]
    an.analyze(doc.source, doc.tree)
    assert an.stats["analysed"] - before == 1


def test_syntax_error_declaration_is_not_analysed_others_are():
    src = LEAK.replace("func b() {", "func b() { if {").encode()
    found = Analyzer().analyze(src, syntax.parse(src))
    assert len(found) == 1 and found[0].start < src.index(b"func b")


def test_settings_select_ignore_severity():
    src = LEAK.encode()
    tree = syntax.parse(src)
    assert Analyzer(Settings(ignore=("GL1",))).analyze(src, tree) == []
    assert Analyzer(Settings(select=("GL2",))).analyze(src, tree) == []
    s = Settings().merged({"severity": {"GL101": "hint"}, "nonsense": True})
    assert {f.severity for f in Analyzer(s).analyze(src, tree)} == {Severity.HINT}
    assert any("nonsense" in w for w in s.warnings)
    bad = Settings().merged({"goVersion": "banana", "select": 5, "severity": {"GL101": "loud"}})
    assert bad.go_version == Settings().go_version and len(bad.warnings) == 3


def test_go_mod_version(tmp_path):
    (tmp_path / "go.mod").write_text("module x\n\ngo 1.21\n")
    (tmp_path / "sub").mkdir()
    assert module_go_version(str(tmp_path / "sub" / "a.go"), (1, 99)) == (1, 21)
    assert module_go_version("/nonexistent/dir/a.go", (1, 25)) == (1, 25)


def test_catalog_is_complete_and_documented():
    rules = all_rules()
    codes = [r.code for r in rules]
    assert codes == sorted(codes) and len(set(codes)) == len(codes)
    for r in rules:
        assert r.name and r.summary and r.doc, r.code
        assert r.name == r.name.lower() and " " not in r.name, r.code
        if r.code != "GL001":
            assert "## Bad" in r.doc and "## Good" in r.doc, r.code


CHAIN = """package p

import "sync"

type S struct {
	mu sync.Mutex
	n  int
}

func (s *S) Outer() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mid()
}

func (s *S) mid() { s.leaf() }

func (s *S) leaf() {
	s.n++
}
"""


def test_an_edit_in_a_callee_two_calls_down_reaches_the_caller():
    """The next keystroke's package model takes over the summaries of what did not change; a
    callee whose summary changes makes its callers' results checked again, transitively."""
    an = Analyzer()
    doc = Document("u", CHAIN, 1)
    assert an.analyze(doc.source, doc.tree, "/x/p.go") == []
    line = CHAIN.split("\n").index("\ts.n++")
    doc.apply_changes([((line, 0, line, 0), "\ts.mu.Lock()\n")], 2)   # leaf now locks s.mu
    found = an.analyze(doc.source, doc.tree, "/x/p.go")
    assert [f.code for f in found] == ["GL302"]
    assert found[0].start > doc.source.index(b"func (s *S) Outer") and found[0].start < doc.source.index(b"func (s *S) mid")
    doc.apply_changes([((line, 0, line + 1, 0), "")], 3)              # and no longer
    assert an.analyze(doc.source, doc.tree, "/x/p.go") == []
    doc.apply_changes([((line, 0, line, 0), "\t// s.mu.Lock()\n")], 4)  # the same calls by text: inherits
    assert an.analyze(doc.source, doc.tree, "/x/p.go") == []
    doc.apply_changes([((line, 1, line, 4), "")], 5)                  # leaf locks again
    assert [f.code for f in an.analyze(doc.source, doc.tree, "/x/p.go")] == ["GL302"]
    doc.apply_changes([((line, 1, line, 1), "// ")], 6)
    assert an.analyze(doc.source, doc.tree, "/x/p.go") == []
    before = an.stats["analysed"]
    line += 1
    doc.apply_changes([((line, 4, line, 6), " += 2")], 7)              # an edit that keeps leaf's summary
    assert an.analyze(doc.source, doc.tree, "/x/p.go") == []
    assert an.stats["analysed"] - before == 1                         # leaf only


def test_an_edit_that_keeps_a_callees_summaries_revalidates_its_callers_by_lookup(monkeypatch):
    """Typing in a callee's body without changing what it locks: the callers' cached results used its
    summary, which the next model finds unchanged, so they stay valid without a walk over their
    dependencies (PackageModel._touched); an edit that changes the summary still takes that walk."""
    from goleash.model import package as pkgmod
    walks = []
    real = pkgmod.PackageModel._touched
    monkeypatch.setattr(pkgmod.PackageModel, "_touched", lambda self, deps: walks.append(1) or real(self, deps))
    an = Analyzer()
    src = CHAIN.replace("\ts.mid()\n", "\ts.mid()\n\ts.leaf()\n").replace(   # Outer calls leaf itself too,
        "\ts.n++\n", "\ts.other.Lock()\n\ts.n++\n\tif s.n > 9 {\n\t\ts.n = 0\n\t}\n\ts.other.Unlock()\n").replace(
        # which locks another mutex around a branch (not a pair around simple statements, whose callers
        # need no lock flow: model.package.hands_over_locks)
        "\tn  int\n", "\tn  int\n\tother sync.Mutex\n")
    doc = Document("u", src, 1)
    assert an.analyze(doc.source, doc.tree, "/x/p.go") == []
    line = src.split("\n").index("\ts.n++")
    doc.apply_changes([((line, 4, line, 6), " += 2")], 2)             # leaf still locks the same
    assert an.analyze(doc.source, doc.tree, "/x/p.go") == []
    assert walks == []
    doc.apply_changes([((line - 1, 3, line - 1, 8), "mu")], 3)        # now it locks s.mu
    assert {f.code for f in an.analyze(doc.source, doc.tree, "/x/p.go")} == {"GL302"}
    assert walks


def _body_lines(src: str) -> list[int]:
    """A line in the middle of each top-level function body (not its first or last)."""
    lines = src.split("\n")
    out = []
    for i, l in enumerate(lines):
        if l.startswith("func ") and l.endswith("{"):
            end = next((j for j in range(i + 1, len(lines)) if lines[j] == "}"), None)
            if end is not None and end - i > 3:
                out.append((i + end) // 2)
    return out


def test_incremental_analysis_equals_a_fresh_one_after_each_edit():
    """Delete a line in the middle of each function, then put it back: after each edit the
    findings of the analyzer that kept its caches (and its last package model) are the ones a
    new analyzer finds."""
    import pathlib
    root = pathlib.Path(__file__).parent / "testdata"
    files = ["GL302/flagged.go", "GL302/silent.go", "GL308/flagged.go", "GL307/silent_types.go",
             "GL101/silent_fields.go", "GL202/skipped.go", "GL506/flagged.go", "GL309/flagged.go",
             "GL302/flagged_model.go", "GL309/flagged_hub.go", "GL505/helpers_test.go", "GL602/flagged.go"]
    for name in files:
        src = (root / name).read_text()
        path = "/x/" + name
        an = Analyzer()
        doc = Document("u", src, 1)
        an.analyze(doc.source, doc.tree, path)
        v = 1

        def same():
            got = [(f.code, f.start, f.message) for f in an.analyze(doc.source, doc.tree, path)]
            fresh = Document("u", doc.text, 1)
            want = [(f.code, f.start, f.message) for f in Analyzer().analyze(fresh.source, fresh.tree, path)]
            assert got == want, (name, v)

        for line in _body_lines(src):
            text = doc.text.split("\n")[line]
            v += 1
            doc.apply_changes([((line, 0, line + 1, 0), "")], v)
            same()
            v += 1
            doc.apply_changes([((line, 0, line, 0), text + "\n")], v)
            same()
            # commented out: the text still names the same calls (the package's call graph by text is
            # unchanged, so the next model inherits), but what the function does changed
            v += 1
            doc.apply_changes([((line, 0, line, 0), "//")], v)
            same()
            v += 1
            doc.apply_changes([((line, 0, line, 2), "")], v)
            same()


def test_an_edit_in_the_first_of_two_build_variants_is_seen():
    """Two files declare the same function (build-tag variants); the package model uses the first
    file's. An edit there that keeps the package's call graph by text (a line uncommented) must still
    reach its callers on the next keystroke."""
    from goleash.document import Document as Doc
    a_src = CHAIN.replace("\ts.n++", "\t// s.mu.Lock()\n\ts.n++")
    b_src = "package p\n\nfunc (s *S) leaf() {\n\ts.n--\n}\n"
    an = Analyzer()
    a = Doc("a", a_src, 1)
    b = Doc("b", b_src, 1)

    def findings():
        facts = an.package_facts([("/x/a.go", a.source, a.tree), ("/x/b_other.go", b.source, b.tree)])
        return [f.code for f in an.analyze(a.source, a.tree, "/x/a.go", facts)]

    assert findings() == []
    line = a_src.split("\n").index("\t// s.mu.Lock()")
    a.apply_changes([((line, 1, line, 4), "")], 2)   # uncommented: leaf locks s.mu, Outer holds it
    assert findings() == ["GL302"]


def test_a_patched_package_layout_equals_a_fresh_one():
    """Typing in a function body patches the last model's layout (declarations, digests) instead of
    rebuilding it; adding a function or editing two variants of one function rebuilds it. Either
    way the model's declarations and digests are those of a fresh model."""
    from goleash.document import Document as Doc
    from goleash.model.package import PackageModel
    a_src = "package p\n\nfunc A() {\n\tB()\n}\n\nfunc (s *S) M() {\n\ts.n++\n}\n"
    b_src = "package p\n\ntype S struct{ n int }\n\nfunc B() {}\n\nfunc (s *S) M() {\n\ts.n--\n}\n"
    an = Analyzer()
    a, b = Doc("a", a_src, 1), Doc("b", b_src, 1)

    def check(want_patched: bool):
        files = [("/x/a.go", a.source, a.tree), ("/x/b.go", b.source, b.tree)]
        model = an.package_facts(files).model
        fresh = Analyzer().package_facts(files).model
        assert {k: (f.path, u.digest) for k, (f, u) in model.decls.items()} == \
            {k: (f.path, u.digest) for k, (f, u) in fresh.decls.items()}
        assert model._layout.digests == fresh._layout.digests
        assert bool(model._changed) == want_patched
        return model

    check(False)
    a.apply_changes([((3, 1, 3, 4), "B(); B()")], 2)          # a body edit: patched, A changed
    assert check(True)._changed == {"A"}
    a.apply_changes([((5, 0, 5, 0), "func C() {}\n\n")], 3)  # a new function: rebuilt
    check(False)
    b.apply_changes([((7, 1, 7, 6), "s.n -= 2")], 2)          # the second variant of S.M: not the one used
    m = check(False)
    assert m.decls["S.M"][0].path == "/x/a.go"


def test_an_edit_of_a_started_method_in_another_file_reaches_the_starter():
    """GL506 reads the bodies of ``go s.a()`` and ``go s.b()`` from another file; an edit there that
    changes which field one writes (and nothing that function summaries record) must clear the starter's
    finding on the next analysis: the bodies' text is a dependency of the cached result."""
    a_src = "package p\n\nfunc (s *S) Both() {\n\tgo s.a()\n\tgo s.b()\n}\n"
    b_src = ("package p\n\ntype S struct {\n\tn int\n\tm int\n}\n\n"
             "func (s *S) a() {\n\ts.n++\n}\n\nfunc (s *S) b() {\n\ts.n--\n}\n")
    a, b, findings = _edited_pair(a_src, b_src)

    assert findings() == ["GL506"]
    line = b.text.split("\n").index("\ts.n--")
    b.apply_changes([((line, 3, line, 4), "m")], 2)   # b now writes s.m
    assert "\ts.m--" in b.text
    assert findings() == []


CYCLE = """package p

import "sync"

type T struct {
	mu   sync.Mutex
	conn sync.Mutex
	idle []int
}

func (t *T) put(n int) {
	if !t.tryPut(n) {
		t.conn.Lock()
		t.conn.Unlock()
	}
}

func (t *T) tryPut(n int) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if n > 10 {
		t.put(n - 1)
		return false
	}
	t.idle = append(t.idle, n)
	return true
}

func (t *T) use() {
	t.mu.Lock()
	t.put(1)
	t.mu.Unlock()
}
"""


def test_a_result_that_used_a_recursion_cycle_stays_valid_whatever_the_order():
    """Summaries on a recursion cycle depend on the function the cycle was entered from (it sees
    the empty summary). A result recorded by a model that entered the cycle at one function must
    still be valid for a model (another run) that enters it at the other: it records the cycle's
    texts beside the summaries' values, and stays valid while either is unchanged."""
    from goleash.document import Document as Doc
    d = Doc("a", CYCLE, 1)
    an = Analyzer()

    def model():
        an.clear_caches()
        return an.package_facts([("/x/a.go", d.source, d.tree)]).model

    first = model()
    first.lock_summary("T.tryPut", record=False)            # enters the cycle at tryPut
    with first.recording() as deps:
        first.lock_summary("T.put")
    second = model()
    second.lock_summary("T.put", record=False)               # enters it at put
    assert second.deps_valid(deps)
    # an edit on the cycle that changes no summary keeps it valid too (the values are the same) ...
    same = CYCLE.replace("\tif !t.tryPut(n) {\n", "\tn += 0\n\tif !t.tryPut(n) {\n")
    assert same != CYCLE
    d1 = Doc("a", same, 2)
    an.clear_caches()
    edited = an.package_facts([("/x/a.go", d1.source, d1.tree)]).model
    edited.lock_summary("T.tryPut", record=False)            # (entered where the result's model did)
    assert edited.deps_valid(deps)
    # ... and one that changes what a function on it locks invalidates the result
    changed = CYCLE.replace("\t\tt.conn.Lock()\n\t\tt.conn.Unlock()\n", "")
    d2 = Doc("a", changed, 2)
    an.clear_caches()
    third = an.package_facts([("/x/a.go", d2.source, d2.tree)]).model
    assert not third.deps_valid(deps)


def test_a_declaration_is_modelled_once_per_analysis(monkeypatch):
    """A callee's lock summary and its own check share one UnitModel: the declaration is walked once
    (scopes, CFG, effects), whichever asks first."""
    from goleash.model import effects
    src = ("package p\n\nimport \"sync\"\n\ntype S struct {\n\tmu sync.Mutex\n\tn  int\n}\n\n"
           "func (s *S) lock() {\n\ts.mu.Lock()\n}\n\n"
           "func (s *S) Inc() {\n\ts.lock()\n\ts.n++\n\ts.mu.Unlock()\n}\n\n"
           "func (s *S) Get() int {\n\ts.lock()\n\tdefer s.mu.Unlock()\n\treturn s.n\n}\n")
    built = []
    orig = effects.UnitModel.__init__

    def counting(self, unit, *a, **k):
        built.append(unit.start_byte)
        orig(self, unit, *a, **k)

    monkeypatch.setattr(effects.UnitModel, "__init__", counting)
    d = Document("a", src, 1)
    an = Analyzer()
    facts = an.package_facts([("/x/a.go", d.source, d.tree)])
    an.analyze(d.source, d.tree, "/x/a.go", facts)
    assert built, "no declaration was modelled"
    assert len(built) == len(set(built)), built


def _edited_pair(a_src: str, b_src: str):
    """Two open files of one package, ``a.go`` and ``b.go``, under one Analyzer (its caches kept between
    analyses), and a function giving the codes found in ``a.go`` as both files are now."""
    from goleash.document import Document as Doc
    an = Analyzer()
    a, b = Doc("a", a_src, 1), Doc("b", b_src, 1)

    def findings():
        facts = an.package_facts([("/x/a.go", a.source, a.tree), ("/x/b.go", b.source, b.tree)])
        return sorted(f.code for f in an.analyze(a.source, a.tree, "/x/a.go", facts))

    return a, b, findings


def test_a_field_set_in_another_file_reaches_the_caller_that_took_it_for_nil():
    """GL202 takes ``c.Close()`` to release the WaitGroup because ``c.con`` is still nil where the
    goroutine calls it (made here without it, set only later on this path). A declaration of another
    file that starts to set ``.con`` makes that unknowable: the cached result depends on who sets it."""
    a_src = ("package p\n\nimport \"net\"\n\nfunc open(l net.Listener) *C {\n\tc := &C{l: l}\n\tc.wg.Add(1)\n"
             "\tgo func() {\n\t\tconn, err := l.Accept()\n\t\tif err != nil {\n\t\t\t_ = c.Close()\n\t\t\treturn\n"
             "\t\t}\n\t\tc.con = conn\n\t\tc.wg.Done()\n\t}()\n\treturn c\n}\n")
    b_src = ("package p\n\nimport (\n\t\"net\"\n\t\"sync\"\n)\n\ntype C struct {\n\tl   net.Listener\n\tcon net.Conn\n"
             "\twg  sync.WaitGroup\n}\n\nfunc (c *C) Close() error {\n\tif c.con != nil {\n\t\treturn c.con.Close()\n"
             "\t}\n\tc.wg.Done()\n\treturn nil\n}\n\nfunc (c *C) set(x net.Conn) {\n\t_ = x\n}\n")
    a, b, findings = _edited_pair(a_src, b_src)

    assert findings() == []
    line = b.text.split("\n").index("\t_ = x")
    b.apply_changes([((line, 1, line, 2), "c.con")], 2)   # set now sets c.con
    assert "\tc.con = x" in b.text
    assert findings() == ["GL202"]
    b.apply_changes([((line, 1, line, 6), "_")], 3)       # and no longer
    assert findings() == []


def test_a_call_without_the_flag_test_in_another_file_brings_the_double_lock_back():
    """GL302 rules out ``register``'s lock under ``!p.node`` because every call of ``scrape`` (which holds
    ``p.mu`` around it) is made under ``if p.node``. A call of ``scrape`` without that test, typed in
    another file, makes the lock reachable: the cached result depends on those calls."""
    a_src = ("package p\n\nimport \"sync\"\n\ntype S struct {\n\tmu   sync.Mutex\n\tnode bool\n\tn    int\n}\n\n"
             "func (p *S) scrape() {\n\tp.mu.Lock()\n\tregister(p)\n\tp.mu.Unlock()\n}\n\n"
             "func register(p *S) {\n\tif !p.node {\n\t\tp.mu.Lock()\n\t\tdefer p.mu.Unlock()\n\t}\n\tp.n++\n}\n")
    b_src = "package p\n\nfunc (p *S) loop() {\n\tif p.node {\n\t\tp.scrape()\n\t}\n}\n"
    a, b, findings = _edited_pair(a_src, b_src)

    assert findings() == []
    end = len(b.text.split("\n")) - 1
    b.apply_changes([((end, 0, end, 0), "\nfunc (p *S) refresh() {\n\tp.scrape()\n}\n")], 2)
    assert findings() == ["GL302"]
    b.apply_changes([((end, 0, end + 4, 0), "")], 3)
    assert b.text == b_src
    assert findings() == []
    b.apply_changes([((3, 4, 3, 10), "p.n > 0")], 4)         # the one caller tests something else
    assert "\tif p.n > 0 {" in b.text
    assert findings() == ["GL302"]


@pytest.mark.parametrize("body, hands", [
    ("\tmu.Lock()\n\tn++\n\tmu.Unlock()\n", False),                        # a pair around simple statements
    ("\tmu.Lock()\n\tdefer mu.Unlock()\n\tn++\n", False),
    ("\tmu.Lock()\n\tif n > 0 {\n\t\treturn\n\t}\n\tmu.Unlock()\n", True),   # a branch may leave holding it
    ("\tmu.Lock()\n\tn++\n\treturn\n\tmu.Unlock()\n", True),
    ("\tswitch n {\n\tcase 1:\n\t\tmu.Lock()\n\tcase 2:\n\t\tmu.Unlock()\n\t}\n", True),
    ("\tmu.Unlock()\n\tn++\n\tmu.Lock()\n", True),                           # releases the caller's lock first
    ("\tmu.Lock()\nagain:\n\tn++\n\tmu.Unlock()\n\tif n < 3 {\n\t\tgoto again\n\t}\n", True),
    ("\tmu.Lock()\n\tn++\n\tmu.Unlock()\n\tother.Lock()\n", True),           # one pair, then a lock left held
])
def test_a_lock_pair_around_simple_statements_leaves_the_callers_locks_as_they_were(body, hands):
    from goleash.model.package import hands_over_locks
    assert hands_over_locks(f"func f() {{\n{body}}}\n".encode()) is hands


def test_a_setter_typed_in_another_file_unsettles_a_getter_condition():
    """``if s.o.blocking() { Lock }`` ... ``if s.o.blocking() { Unlock }`` is one condition while nothing
    sets the getter's field after construction; a setter typed in a sibling file changes that, and the
    next analysis of the unchanged file (its results cached) must see it."""
    a_src = ("package p\n\nimport \"sync\"\n\ntype O struct{ block bool }\n\n"
             "func (o *O) blocking() bool { return o.block }\n\n"
             "type S struct {\n\to  *O\n\tmu sync.Mutex\n\tn  int\n}\n\n"
             "func (s *S) W() {\n\tif s.o.blocking() {\n\t\ts.mu.Lock()\n\t}\n\ts.n++\n"
             "\tif s.o.blocking() {\n\t\ts.mu.Unlock()\n\t}\n}\n")
    b_src = "package p\n\nfunc (o *O) set() {\n\t_ = o.block\n}\n"
    a, b, findings = _edited_pair(a_src, b_src)

    assert findings() == []
    b.apply_changes([((3, 1, 3, 12), "o.block = !o.block")], 2)   # the package's calls by text are the same
    assert findings() == ["GL301", "GL304"]
    b.apply_changes([((3, 1, 3, 19), "_ = o.block")], 3)
    assert findings() == []


def test_staticcheck_file_ignore_silences_the_rules_of_that_check():
    """``//lint:file-ignore SA2001 reason`` silences GL306 (staticcheck's SA2001) in the whole file, a glob
    (``SA2*``) too; another check's directive does not."""
    body = ("package p\n\nimport \"sync\"\n\nvar mu sync.Mutex\n\n"
            "func f() {\n\tmu.Lock()\n\tmu.Unlock()\n\tprintln()\n}\n")

    def codes(head: str) -> list[str]:
        src = (head + body).encode()
        return [f.code for f in Analyzer().analyze(src, syntax.parse(src))]

    assert codes("") == ["GL306"]
    assert codes("//lint:file-ignore SA2001 the barrier is intended\n") == []
    assert codes("//lint:file-ignore SA2* sync checks off here\n") == []
    assert codes("//lint:file-ignore SA4006 unrelated\n") == ["GL306"]


def test_nolint_above_a_function_covers_the_whole_function():
    """golangci-lint's ``//nolint:NAME`` alone on the line above a ``func`` covers the whole function; the
    next function is not covered, nor is a function under a directive naming another linter."""
    fn = ("func {name}(ctx context.Context) {{\n\tc, stop := context.WithCancel(context.Background())\n"
          "\t_ = stop\n\twork(c)\n}}\n\n")
    src = ("package p\n\nimport \"context\"\n\nfunc work(ctx context.Context) {}\n\n"
           "// a doc comment\n//nolint:contextcheck // the loop outlives the call\n" + fn.format(name="a") +
           "//nolint:errcheck\n" + fn.format(name="b") + fn.format(name="c")).encode()
    found = Analyzer().analyze(src, syntax.parse(src))
    assert [(f.code, src[:f.start].count(b"\n") + 1) for f in found] == [("GL602", 17), ("GL602", 23)]
