"""The results cache on disk and `goleash check --jobs`: behaviour, not timings."""

import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from goleash import cache as cache_mod
from goleash import project
from goleash.analysis import Analyzer
from goleash.cache import DiskCache, open_cache
from goleash.project import PackageIndex, check_paths

ROOT = Path(__file__).resolve().parent.parent
TESTDATA = ROOT / "tests" / "testdata"

CALLER = """package locks

import "sync"

type Cache struct {
	mu sync.Mutex
	m  map[string]string
}

func (c *Cache) Get(k string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.refresh()
	}
	return c.m[k]
}
"""
LOCKING = """package locks

func (c *Cache) refresh() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m = map[string]string{}
}
"""
NOT_LOCKING = """package locks

func (c *Cache) refresh() {
	c.m = map[string]string{}
}
"""


def run(*args, cwd=ROOT, env=None):
    return subprocess.run([sys.executable, "-m", "goleash", *args], capture_output=True, text=True, cwd=cwd,
                          env=env)


@pytest.fixture
def tree(tmp_path):
    """Several packages (copies of testdata directories) and a two-file package whose facts matter."""
    src = tmp_path / "src"
    for d in ("GL101", "GL302", "GL303", "GL502", "GL504", "GL001", "runtime/gl101_timeout", "runtime/gl402_once"):
        shutil.copytree(TESTDATA / d, src / d)
    (src / "locks").mkdir()
    (src / "locks" / "get.go").write_text(CALLER)
    (src / "locks" / "refresh.go").write_text(LOCKING)
    return src


class Counter:
    def __init__(self, monkeypatch):
        self.n = 0
        from goleash import syntax
        for mod, attr in ((syntax, "parse"), (project, "parse_source")):   # the model's and the walk's
            real = getattr(mod, attr)

            def parse(src, *a, _real=real, **k):
                self.n += 1
                return _real(src, *a, **k)
            monkeypatch.setattr(mod, attr, parse)


def findings(paths, cache, stats=None, jobs=1):
    errors = []
    out = [(r.path, [(f.code, f.start, f.message) for f in r.findings])
           for r in check_paths([str(p) for p in paths], Analyzer(), errors, cache=cache, jobs=jobs, stats=stats,
                                forget=True)]   # as the CLI runs it
    return out, errors


# ------------------------------------------------------------------- the cache
def test_unchanged_rerun_parses_nothing(tree, tmp_path, monkeypatch):
    parses = Counter(monkeypatch)
    cache = DiskCache(str(tmp_path / "cache"))
    cold, errors = findings([tree], cache)
    assert parses.n > 0 and not errors
    assert any(codes for _, codes in cold)
    parses.n = 0
    stats = {}
    warm, _ = findings([tree], DiskCache(str(tmp_path / "cache")), stats)
    assert warm == cold
    assert parses.n == 0 and stats["parsed"] == 0 and stats["results_cached"] == stats["files"] > 0


def test_edited_file_is_the_only_one_parsed(tree, tmp_path, monkeypatch):
    parses = Counter(monkeypatch)
    findings([tree], DiskCache(str(tmp_path / "cache")))
    # (a file whose declarations ask nothing of a sibling's declarations: a question about one, a
    # constructor's literal, say, parses that sibling's file on demand, which this does not count)
    gl101 = tree / "GL101" / "early_return.go"
    text = gl101.read_text()
    end = text.index("\n}\n", text.index("\nfunc "))
    gl101.write_text(text[:end] + "\n\t_ = 0" + text[end:])   # a statement in a body: types unchanged
    parses.n = 0
    stats = {}
    findings([tree], DiskCache(str(tmp_path / "cache")), stats)
    assert parses.n == 1 and stats["parsed"] == 1, stats   # parsed once: summaries, then findings
    # the other files of its package: summaries and findings from the cache
    n_pkg = len(list((tree / "GL101").glob("*.go")))
    assert stats["summaries_cached"] == n_pkg - 1 and stats["results_cached"] == stats["files"] - 1


def test_a_question_about_a_siblings_declaration_parses_that_sibling_alone(tree, tmp_path, monkeypatch):
    """An edited test that calls a constructor of a sibling file (is the field it leaves out nil?) parses
    the edited file and that one sibling, not the rest of the package."""
    parses = Counter(monkeypatch)
    findings([tree], DiskCache(str(tmp_path / "cache")))
    edited = tree / "GL101" / "flagged_nil_field_guard_twin_test.go"
    text = edited.read_text()
    end = text.index("\n}\n", text.index("\nfunc "))
    edited.write_text(text[:end] + "\n\t_ = 0" + text[end:])
    parses.n = 0
    stats = {}
    findings([tree], DiskCache(str(tmp_path / "cache")), stats)
    assert parses.n == 2 and stats["parsed"] == 1, stats   # + silent_nil_field_guard_test.go, on demand


def test_facts_from_a_sibling_are_part_of_the_key(tree, tmp_path):
    cache = DiskCache(str(tmp_path / "cache"))
    get = str(tree / "locks" / "get.go")
    before, _ = findings([get], cache)
    assert [c for c, _, _ in before[0][1]] == ["GL302"]   # refresh() locks c.mu again
    (tree / "locks" / "refresh.go").write_text(NOT_LOCKING)  # get.go itself is unchanged
    after, _ = findings([get], DiskCache(str(tmp_path / "cache")))
    assert after[0][1] == []
    assert findings([get], None)[0] == after


def test_a_sibling_that_starts_locking_is_seen(tree, tmp_path):
    (tree / "locks" / "refresh.go").write_text(NOT_LOCKING)
    get = str(tree / "locks" / "get.go")
    assert findings([get], DiskCache(str(tmp_path / "cache")))[0][0][1] == []
    (tree / "locks" / "refresh.go").write_text(LOCKING)
    after, _ = findings([get], DiskCache(str(tmp_path / "cache")))
    assert [c for c, _, _ in after[0][1]] == ["GL302"]


HOLDER = """package held

import "sync"

type S struct {
	mu sync.Mutex
	n  int
}

func (s *S) A() int {
	s.lockIt()
	if s.n > 0 {
		return s.n
	}
	s.unlockIt()
	return 0
}
"""


def test_a_sibling_that_starts_leaving_a_lock_held_is_seen(tmp_path):
    """The caller has no lock operation of its own: whether it can touch a mutex is decided from the
    package's text, and that "no" is a dependency of its cached result."""
    pkg = tmp_path / "held"
    pkg.mkdir()
    (pkg / "a.go").write_text(HOLDER)
    helpers = pkg / "b.go"
    helpers.write_text("package held\n\nfunc (s *S) lockIt() {}\n\nfunc (s *S) unlockIt() {}\n")
    a = str(pkg / "a.go")
    assert findings([a], DiskCache(str(tmp_path / "cache")))[0][0][1] == []
    helpers.write_text("package held\n\nfunc (s *S) lockIt() { s.mu.Lock() }\n\nfunc (s *S) unlockIt() { s.mu.Unlock() }\n")
    after, _ = findings([a], DiskCache(str(tmp_path / "cache")))
    assert [c for c, _, _ in after[0][1]] == ["GL301"]   # return with s.mu locked (A itself is unchanged)
    assert findings([a], None)[0] == after


STORED_CTX = """package prov

import "context"

type provider struct {
	name     string
	statsCtx context.Context
}

func load(ctx context.Context, name string) string { return name }

func newProvider(ctx context.Context, name string) string {
	p := &provider{name: load(ctx, name), statsCtx: context.Background()}
	return p.name
}
"""


def test_a_sibling_that_starts_reading_a_stored_context_is_seen(tmp_path):
    """A fresh context stored in a field nothing reads runs nothing (GL602 silent); that "never read" is a
    fact of the whole package's text, and a dependency of the cached result."""
    pkg = tmp_path / "prov"
    pkg.mkdir()
    (pkg / "a.go").write_text(STORED_CTX)
    other = pkg / "b.go"
    other.write_text("package prov\n\nimport \"context\"\n\nfunc (p *provider) stats() context.Context { return nil }\n")
    a = str(pkg / "a.go")
    assert findings([a], DiskCache(str(tmp_path / "cache")))[0][0][1] == []
    other.write_text("package prov\n\nimport \"context\"\n\nfunc (p *provider) stats() context.Context { return p.statsCtx }\n")
    after, _ = findings([a], DiskCache(str(tmp_path / "cache")))
    assert [c for c, _, _ in after[0][1]] == ["GL602"]
    assert findings([a], None)[0] == after


DEAD_HELPER = """package endpoint

import "testing"

type endpoint struct{ seen chan []byte }

func (e *endpoint) start() {
	go func() {
		for {
			println(len(<-e.seen))
		}
	}()
}

func runRoute(t *testing.T) {
	e := &endpoint{seen: make(chan []byte)}
	e.start()
}
"""


def test_a_test_that_starts_running_a_helper_is_seen(tmp_path):
    """A test file's helper no test reaches never runs (silent); which tests reach it is a fact of the
    other test files' text, and a dependency of the cached result."""
    pkg = tmp_path / "endpoint"
    pkg.mkdir()
    (pkg / "a_test.go").write_text(DEAD_HELPER)
    other = pkg / "b_test.go"
    other.write_text("package endpoint\n\nimport \"testing\"\n\nfunc TestRoute(t *testing.T) { t.Skip() }\n\n"
                     "func disabledRoute(t *testing.T) { runRoute(t) }\n")
    a = str(pkg / "a_test.go")
    assert findings([a], DiskCache(str(tmp_path / "cache")))[0][0][1] == []
    other.write_text("package endpoint\n\nimport \"testing\"\n\nfunc TestRoute(t *testing.T) { runRoute(t) }\n\n"
                     "func disabledRoute(t *testing.T) { t.Skip() }\n")
    after, _ = findings([a], DiskCache(str(tmp_path / "cache")))
    assert [c for c, _, _ in after[0][1]] == ["GL103"]
    assert findings([a], None)[0] == after


GZ_LOOP = """package gz

import "sync"

type writer struct {
	wg sync.WaitGroup
	ch chan string
}

func newWriter() *writer {
	w := &writer{ch: make(chan string, 4)}
	w.wg.Add(1)
	go w.loop()
	return w
}

func (w *writer) loop() {
	defer w.wg.Done()
	for p := range w.ch {
		_ = p
		w.wg.Done()
	}
}

var _ = newWriter
"""


def _codes_before_and_after_a_sibling_edit(tmp_path, name: str, source: str, sibling: str, edited: str):
    """The codes found in ``a.go`` (``source``) of package ``name`` beside ``b.go`` (``sibling``), read
    through a disk cache, then again once ``b.go`` becomes ``edited``; the second answer is also what a run
    with no cache gives."""
    pkg = tmp_path / name
    pkg.mkdir()
    (pkg / "a.go").write_text(source)
    other = pkg / "b.go"
    other.write_text(sibling)
    a = str(pkg / "a.go")
    before, _ = findings([a], DiskCache(str(tmp_path / "cache")))
    other.write_text(edited)
    after, _ = findings([a], DiskCache(str(tmp_path / "cache")))
    assert findings([a], None)[0] == after
    return [c for c, _, _ in before[0][1]], [c for c, _, _ in after[0][1]]


def test_an_item_add_in_another_file_is_seen(tmp_path):
    """A goroutine's per-item Done is paid by Adds of other functions (silent); which functions add to the
    group is a fact of the other files' text: a cached result asks it again when another file starts adding
    per item."""
    enqueue = "package gz\n\nfunc (w *writer) enqueue(p string) {\n\tw.ch <- p\n}\n"
    before, after = _codes_before_and_after_a_sibling_edit(
        tmp_path, "gz", GZ_LOOP, enqueue, enqueue + "\nfunc (w *writer) queue(p string) {\n\tw.wg.Add(1)\n\tw.enqueue(p)\n}\n")
    assert before == ["GL207"]
    assert after == []


SINGLETON = """package single

import "time"

type rotator struct{ n int }

var instance *rotator

func Get(d time.Duration) *rotator {
	if instance == nil {
		instance = &rotator{}
		go func() {
			t := time.NewTimer(d)
			defer t.Stop()
			for {
				t.Reset(d)
				<-t.C
			}
		}()
	}
	return instance
}
"""


def test_a_nil_reset_in_another_file_is_seen(tmp_path):
    """A lazily made singleton's loop starts once per process (silent) while nothing in the package sets the
    variable back to nil, a fact of every file's text: a cached result asks it again when another file does."""
    size = "package single\n\nfunc Size() int { return instance.n }\n"
    before, after = _codes_before_and_after_a_sibling_edit(
        tmp_path, "single", SINGLETON, size, size + "\nfunc Reset() { instance = nil }\n")
    assert before == []
    assert after == ["GL103"]


def test_related_locations_in_a_moved_sibling_are_current(tree, tmp_path):
    c = str(tmp_path / "cache")
    get = str(tree / "locks" / "get.go")

    def related():
        r = run("check", "--format", "json", "--stats", "--cache-dir", c, get)
        (finding,) = json.loads(r.stdout)
        return [(x["file"], x["line"]) for x in finding["related"]], r.stderr
    before, _ = related()
    assert (str(tree / "locks" / "refresh.go"), 4) in before
    (tree / "locks" / "refresh.go").write_text(LOCKING.replace("package locks\n", "package locks\n\n// moved\n"))
    after, stats = related()
    assert "1 results read" in stats          # get.go's findings came from the cache...
    assert (str(tree / "locks" / "refresh.go"), 6) in after   # ...with the lock placed where it is now


def test_settings_are_part_of_the_key(tree, tmp_path):
    c = str(tmp_path / "cache")
    assert "(GL101)" in run("check", "--cache-dir", c, str(tree / "GL101")).stdout
    r = run("check", "--cache-dir", c, "--ignore", "GL101", str(tree / "GL101"))
    assert "(GL101)" not in r.stdout


def test_stale_engine_hash_misses(tree, tmp_path, monkeypatch):
    parses = Counter(monkeypatch)
    findings([tree], DiskCache(str(tmp_path / "cache")))
    parses.n = 0
    monkeypatch.setattr(project, "engine_hash", lambda: "other rule code")
    findings([tree], DiskCache(str(tmp_path / "cache")))
    assert parses.n > 0


def test_engine_hash_covers_the_source_files(tmp_path):
    pkg = tmp_path / "goleash"
    shutil.copytree(Path(cache_mod.__file__).parent, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    before = cache_mod.source_hash(str(pkg))
    rule = pkg / "rules" / "gl101_abandoned_sender.py"
    rule.write_text(rule.read_text() + "\n# a change in a rule, same version string\n")
    assert cache_mod.source_hash(str(pkg)) != before
    assert cache_mod.engine_hash() == cache_mod.engine_hash()


@pytest.mark.parametrize("damage", ["truncate", "flip", "empty", "garbage-pickle"])
def test_corrupt_entry_is_a_miss(tree, tmp_path, monkeypatch, damage):
    root = tmp_path / "cache"
    cold, _ = findings([tree], DiskCache(str(root)))
    entries = [p for p in root.rglob("*") if p.is_file() and p.name != "trimmed"]
    assert entries
    for p in entries:
        data = p.read_bytes()
        if damage == "truncate":
            p.write_bytes(data[: len(data) // 2])
        elif damage == "flip":
            p.write_bytes(data[:-1] + bytes([data[-1] ^ 0xFF]))
        elif damage == "empty":
            p.write_bytes(b"")
        else:  # a well-formed entry whose payload does not unpickle
            payload = b"\x80\x05\x95\x10\x00\x00\x00\x00\x00\x00\x00\x8c\x02no\x94\x8c\x04such\x94\x93\x94."
            p.write_bytes(cache_mod._HEADER.pack(cache_mod.MAGIC, len(payload), cache_mod.digest(payload)) + payload)
    parses = Counter(monkeypatch)
    cache = DiskCache(str(root))
    again, errors = findings([tree], cache)
    assert again == cold and not errors
    assert parses.n > 0 and cache.stats["corrupt"] > 0
    parses.n = 0
    assert findings([tree], DiskCache(str(root)))[0] == cold and parses.n == 0  # rewritten whole


def _hammer(root: str, seed: int, rounds: int) -> int:
    c = DiskCache(root)
    bad = 0
    for i in range(rounds):
        key = f"{i % 7:02x}" + "0" * 38
        c.put("res", key, {"writer": seed, "data": [seed] * (100 + 5000 * ((i + seed) % 3))})
        got = c.get("res", key)
        if got is not None and (got["data"] != [got["writer"]] * len(got["data"])):
            bad += 1
    return bad


def test_concurrent_writers_do_not_corrupt(tmp_path):
    root = str(tmp_path / "cache")
    ctx = multiprocessing.get_context("spawn" if sys.platform != "linux" else "fork")
    with ctx.Pool(4) as pool:
        bad = pool.starmap(_hammer, [(root, s, 300) for s in range(4)])
    assert bad == [0, 0, 0, 0]
    c = DiskCache(root)
    for i in range(7):
        got = c.get("res", f"{i:02x}" + "0" * 38)
        assert got is not None and got["data"] == [got["writer"]] * len(got["data"])
    assert not [p for p in Path(root).rglob("*.tmp")]


def test_trim_evicts_oldest_and_only_its_own_files(tmp_path):
    root = tmp_path / "cache"
    (root / "mine.txt").parent.mkdir(parents=True)
    (root / "mine.txt").write_text("not a cache entry" * 1000)
    c = DiskCache(str(root), max_bytes=40_000)
    now = time.time()
    for i in range(20):
        key = f"{i:02x}" + "0" * 38
        c.put("res", key, b"x" * 4000)
        os.utime(c._path("res", key), (now - 1000 + i, now - 1000 + i))
    c.trim()
    left = sorted(int(p.parent.name, 16) for p in (root / f"v{cache_mod.FORMAT}" / "res").rglob("*") if p.is_file())
    assert left and left == list(range(20 - len(left), 20))          # the newest survive
    assert sum(p.stat().st_size for p in (root / f"v{cache_mod.FORMAT}").rglob("*") if p.is_file()) <= 40_000
    assert (root / "mine.txt").exists()


def test_hit_refreshes_old_entry(tmp_path):
    c = DiskCache(str(tmp_path))
    key = "ab" + "0" * 38
    c.put("sum", key, [1])
    old = time.time() - 3 * 86400
    os.utime(c._path("sum", key), (old, old))
    assert c.get("sum", key) == [1]
    assert os.path.getmtime(c._path("sum", key)) > old + 86400


def test_unwritable_cache_dir_is_not_an_error(tree, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache dir would be")
    r = run("check", "--cache-dir", str(blocker / "sub"), str(tree / "GL101"))
    assert r.returncode == 1 and "(GL101)" in r.stdout and "Traceback" not in r.stderr


def test_cache_location(monkeypatch, tmp_path):
    monkeypatch.delenv(cache_mod.ENV_DIR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert open_cache().root == str(tmp_path / "xdg" / "goleash")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert open_cache().root == str(tmp_path / "home" / ".cache" / "goleash")
    monkeypatch.setenv(cache_mod.ENV_DIR, str(tmp_path / "env"))
    assert open_cache().root == str(tmp_path / "env")
    assert open_cache(str(tmp_path / "flag")).root == str(tmp_path / "flag")
    assert open_cache(enabled=False) is None
    monkeypatch.setenv(cache_mod.ENV_DIR, "off")
    assert open_cache() is None


def test_cli_stats_and_no_cache(tree, tmp_path):
    c = str(tmp_path / "cache")
    first = run("check", "--stats", "--cache-dir", c, str(tree))
    second = run("check", "--stats", "--cache-dir", c, str(tree))
    assert (first.returncode, first.stdout) == (second.returncode, second.stdout)
    assert " 0 parsed" in second.stderr and " 0 parsed" not in first.stderr
    third = run("check", "--stats", "--no-cache", "--cache-dir", c, str(tree))
    assert third.stdout == first.stdout and "(off)" in third.stderr and " 0 parsed" not in third.stderr


def test_package_index_reads_sibling_summaries_from_the_cache(tree, tmp_path, monkeypatch):
    parses = Counter(monkeypatch)
    get = str(tree / "locks" / "get.go")
    facts = PackageIndex(Analyzer(), DiskCache(str(tmp_path / "cache"))).facts_for(get, None, {})
    assert parses.n == 1   # refresh.go
    parses.n = 0
    again = PackageIndex(Analyzer(), DiskCache(str(tmp_path / "cache"))).facts_for(get, None, {})
    assert parses.n == 0 and again.fingerprint == facts.fingerprint
    # the CLI fills the same entries
    parses.n = 0
    findings([tree / "locks"], DiskCache(str(tmp_path / "cli")))
    assert parses.n == 2
    parses.n = 0
    PackageIndex(Analyzer(), DiskCache(str(tmp_path / "cli"))).facts_for(get, None, {})
    assert parses.n == 0


# ----------------------------------------------------------------------- --jobs
def test_jobs_output_identical(tree, tmp_path):
    (tree / "GL101" / "bin.go").write_bytes(b"\x00\x01package x")        # an error in one package
    c = ["--cache-dir", str(tmp_path / "c")]
    runs = {"text": ((1, ["--no-cache"]), (2, ["--no-cache"]), (3, c), (2, c)),   # cold, then warm cache
            "json": ((1, ["--no-cache"]), (2, c)), "sarif": ((1, ["--no-cache"]), (2, c))}
    for fmt, configs in runs.items():
        outs = []
        for jobs, cache in configs:
            r = run("check", "--format", fmt, f"--jobs={jobs}", *cache, str(tree), "no/such.go")
            outs.append((r.returncode, r.stdout, r.stderr))
        assert outs[0][0] == 2 and "bin.go: binary file" in outs[0][2] and "no/such.go" in outs[0][2]
        assert all(o == outs[0] for o in outs), fmt
        if fmt == "json":
            assert len({d["file"] for d in json.loads(outs[0][1])}) > 3


def test_jobs_in_process_same_results(tree, tmp_path):
    one = findings([tree], None, jobs=1)
    assert findings([tree], None, jobs=2) == one
    assert findings([tree], DiskCache(str(tmp_path / "c")), jobs=2) == one   # cold: workers fill the cache
    assert findings([tree], DiskCache(str(tmp_path / "c")), jobs=2) == one   # warm: served in the parent


def test_a_package_much_bigger_than_the_rest_is_checked_in_parts(tree, tmp_path, monkeypatch):
    """One package that is most of the work is split over the workers: each reads the whole package's
    facts and checks its part; the results are those of one check, and the whole package is cached."""
    monkeypatch.setattr(project, "SPLIT_MIN_FILES", 2)
    monkeypatch.setattr(project, "SPLIT_MIN_BYTES", 0)
    big = tree / "GL502"
    files = sorted(str(p) for p in big.glob("*.go"))
    assert len(files) >= 8
    parts = project._parts(files, 2, 100, 100)
    assert len(parts) == 2 and sorted(parts[0] + parts[1]) == files and all(parts)
    assert project._parts(files, 2, 10, 100) == [files]   # not more than half a worker's share: whole
    merged = []
    real_merge = project._merge
    monkeypatch.setattr(project, "_merge", lambda p: merged.append(len(p)) or real_merge(p))
    one = findings([big, tree / "GL001"], None, jobs=1)
    assert findings([big, tree / "GL001"], None, jobs=2) == one and merged == [2]
    assert any(fs for _, fs in one[0])
    c = str(tmp_path / "c")
    stats: dict = {}
    assert findings([big, tree / "GL001"], DiskCache(c), stats, jobs=2) == one
    n_pkgs = len({p.parent for d in (big, tree / "GL001") for p in d.rglob("*.go")})   # (GL502's modules too)
    assert stats["packages"] == n_pkgs and stats["parsed"] > stats["files"]   # each part read all the facts
    stats = {}
    assert findings([big, tree / "GL001"], DiskCache(c), stats, jobs=2) == one   # the whole package cached
    assert stats["parsed"] == 0 and stats["results_cached"] == stats["files"]


def test_jobs_check_never_imports_pygls(tree):
    code = ("import sys; from goleash.cli import main; rc = main(['check', '--jobs=2', '--no-cache', %r]); "
            "print('pygls' in sys.modules, 'lsprotocol' in sys.modules)") % str(tree)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.stdout.strip().splitlines()[-1] == "False False"


def test_bad_jobs_is_a_usage_error():
    assert run("check", "--jobs", "-1", "examples/leak.go").returncode == 2
    assert run("check", "--jobs", "x", "examples/leak.go").returncode == 2


_real_worker_run = project._worker_run


def _dies_on_gl303(d, named, part=False):   # module level: the pool pickles it by name
    if d.endswith("GL303"):
        os._exit(3)
    return _real_worker_run(d, named, part)


def test_dead_worker_is_reported_not_hung(tree, monkeypatch):
    monkeypatch.setattr(project, "_worker_run", _dies_on_gl303)
    errors = []
    results = list(check_paths([str(tree)], Analyzer(), errors, jobs=2))
    died = [e for e in errors if e.startswith("a worker process died:")]
    assert died and " packages not checked (" in died[0], errors   # (the first lost ones named, then a count)
    assert not any(r.path.startswith(str(tree / "GL303")) for r in results)
    assert results   # the packages checked before the death are kept


def test_an_edit_reanalyses_only_the_declaration_it_changed(tree, tmp_path):
    c = str(tmp_path / "cache")
    target = tree / "GL302" / "flagged.go"
    first = run("check", "--stats", "--cache-dir", c, str(tree / "GL302"))
    text = target.read_text()
    end = text.index("\n}\n", text.index("\nfunc "))
    target.write_text(text[:end] + "\n\t_ = 0" + text[end:])
    second = run("check", "--stats", "--cache-dir", c, str(tree / "GL302"))
    assert " 1 declarations analysed" in second.stderr, second.stderr
    assert " 0 declarations analysed" not in first.stderr
    fresh = run("check", "--no-cache", str(tree / "GL302"))
    assert (second.returncode, second.stdout) == (fresh.returncode, fresh.stdout) and "(GL302)" in fresh.stdout


def test_cached_dependencies_carry_no_model_token():
    """A result's dependencies are checked again in another process: the token that lets a package model
    skip the check (models of one process) must not travel with them through the disk cache."""
    import pickle

    from goleash.model.package import Deps
    d = Deps({"lock:T.m": ("fp",)})
    d.token = 7
    back = pickle.loads(pickle.dumps(d))
    assert isinstance(back, Deps) and dict(back) == {"lock:T.m": ("fp",)} and back.token == 0


def test_a_doc_comment_is_part_of_its_declarations_key(tmp_path):
    # GL602 reads the doc comment above a function (a stated detach); removing only the comment must not
    # serve the declaration's old, silent result from the cache
    c = str(tmp_path / "cache")
    pkg = tmp_path / "audit"
    pkg.mkdir()
    src = pkg / "audit.go"
    body = "func Audit(ctx context.Context) error {\n\treturn write(context.Background())\n}\n"
    head = 'package audit\n\nimport "context"\n\nfunc write(ctx context.Context) error { return ctx.Err() }\n\n'
    src.write_text(head + "// Audit detaches: the record is written even when the caller's request is cancelled.\n"
                   + body)
    first = run("check", "--cache-dir", c, str(pkg))
    assert first.returncode == 0 and "(GL602)" not in first.stdout, first.stdout
    src.write_text(head + body)
    second = run("check", "--cache-dir", c, str(pkg))
    fresh = run("check", "--no-cache", str(pkg))
    assert "(GL602)" in fresh.stdout, fresh.stdout
    assert (second.returncode, second.stdout) == (fresh.returncode, fresh.stdout)


def test_a_caller_in_another_package_is_part_of_the_key(tmp_path, monkeypatch):
    """GL602 keeps quiet on an exported function every caller in the module gives a never-done context;
    a cached result that relied on it is re-checked against the other package's file."""
    from goleash.model import module
    monkeypatch.setattr(module, "_TTL", 0.0)   # as a new process would: no listing kept from the last run
    mod = tmp_path / "mod"
    shutil.copytree(TESTDATA / "GL602" / "modcallers", mod)
    store = str(mod / "internal" / "store" / "store.go")
    assert findings([store], DiskCache(str(tmp_path / "cache")))[0][0][1] == []
    main = mod / "cmd" / "tool" / "main.go"
    main.write_text(main.read_text().replace(
        's.Load(context.Background(), "a")', 's.Load(ctx0, "a")').replace(
        "s := &store.Store{}", "ctx0, stop0 := context.WithCancel(context.Background())\n\tgo stop0()\n\ts := &store.Store{}"))
    # (stopped by another goroutine: ctx0 may be done during the call; a stop only deferred would not be)
    after, _ = findings([store], DiskCache(str(tmp_path / "cache")))
    assert [c for c, _, _ in after[0][1]] == ["GL602"]
    assert findings([store], None)[0] == after


def test_a_callee_in_another_package_is_part_of_the_key(tmp_path, monkeypatch):
    """GL602 keeps quiet on a context.TODO() handed to a method of another package's interface whose every
    implementation in the module names the parameter ``_``; a cached result that relied on it is
    re-checked against that package's file."""
    from goleash.model import module
    monkeypatch.setattr(module, "_TTL", 0.0)
    mod = tmp_path / "mod"
    shutil.copytree(TESTDATA / "GL602" / "modcallers", mod)
    sink = str(mod / "internal" / "sink" / "sink.go")
    assert findings([sink], DiskCache(str(tmp_path / "cache")))[0][0][1] == []
    kv = mod / "internal" / "kv" / "kv.go"
    kv.write_text(kv.read_text().replace("Put(_ context.Context, key, value string) error {",
                                          "Put(ctx context.Context, key, value string) error {\n\t_ = ctx.Err()"))
    after, _ = findings([sink], DiskCache(str(tmp_path / "cache")))
    assert [c for c, _, _ in after[0][1]] == ["GL602"]
    assert findings([sink], None)[0] == after


def test_a_variable_of_another_package_is_part_of_the_key(tmp_path, monkeypatch):
    """GL602 keeps quiet on ``store.Default.Get(context.TODO(), key)``, ``Default`` a variable of another
    package whose type's Get never looks at its ctx; once any file of the module changes, the cached result
    is re-checked (not read back as it was, and without failing on what it recorded)."""
    from goleash.model import module
    monkeypatch.setattr(module, "_TTL", 0.0)
    mod = tmp_path / "mod"
    shutil.copytree(TESTDATA / "GL602" / "modfake", mod)
    api = mod / "api" / "api.go"
    assert findings([api], DiskCache(str(tmp_path / "cache"))) == ([(str(api), [])], [])
    store = mod / "store" / "store.go"
    store.write_text(store.read_text().replace("Get(_ context.Context, key string) (string, error) {",
                                               "Get(ctx context.Context, key string) (string, error) {\n\t_ = ctx.Err()"))
    after = findings([api], DiskCache(str(tmp_path / "cache")))
    assert after[1] == [] and sorted(c for c, _, _ in after[0][0][1]) == ["GL602", "GL602"]
    assert findings([api], None) == after


def test_a_field_index_of_another_package_is_part_of_the_key(tmp_path, monkeypatch):
    """GL602 keeps quiet on a controller-runtime List of a kind, or by a field index, that another package
    registers with IndexField; once that registration goes, the cached result is re-checked."""
    from goleash.model import module
    monkeypatch.setattr(module, "_TTL", 0.0)
    mod = tmp_path / "mod"
    shutil.copytree(TESTDATA / "GL602" / "modindex", mod)
    handlers = mod / "controllers" / "eventhandlers"
    before = findings([handlers], DiskCache(str(tmp_path / "cache")))
    assert before[1] == [] and all(not got for _path, got in before[0])
    ing = mod / "controllers" / "ingress" / "ingress.go"
    ing.write_text(ing.read_text().replace("return mgr.GetFieldIndexer().IndexField(", "return register("))
    ing.write_text(ing.read_text() + "\nfunc register(ctx context.Context, obj interface{}, key string, "
                   "f func(interface{}) []string) error { return nil }\n")
    after = findings([handlers], DiskCache(str(tmp_path / "cache")))
    assert after[1] == [] and [len(got) for _path, got in after[0]] == [1, 1]
    assert findings([handlers], None) == after


def test_an_error_source_in_another_package_is_part_of_the_key(tmp_path, monkeypatch):
    """GL505 keeps quiet on a check whose error comes, through another package of the module, only from
    a validation; a cached result that relied on it is re-checked once that package starts reading a
    file."""
    from goleash.model import module
    monkeypatch.setattr(module, "_TTL", 0.0)
    mod = tmp_path / "mod"
    (mod / "store").mkdir(parents=True)
    (mod / "app").mkdir()
    (mod / "go.mod").write_text("module example.com/mod\n\ngo 1.21\n")
    store = mod / "store" / "store.go"
    store.write_text('package store\n\nimport "errors"\n\n// Load checks the name.\nfunc Load(name string) error {\n'
                     '\tif name == "" {\n\t\treturn errors.New("no name")\n\t}\n\treturn nil\n}\n')
    test = mod / "app" / "app_test.go"
    test.write_text('package app\n\nimport (\n\t"testing"\n\n\t"example.com/mod/store"\n)\n\n'
                    'func TestLoad(t *testing.T) {\n\tdone := make(chan struct{})\n\tgo func() {\n'
                    '\t\tif err := store.Load("a"); err != nil {\n\t\t\tt.Fatal(err)\n\t\t}\n\t\tclose(done)\n'
                    '\t}()\n\t<-done\n}\n')
    assert findings([str(test)], DiskCache(str(tmp_path / "cache")))[0][0][1] == []
    store.write_text('package store\n\nimport "os"\n\n// Load reads the named file.\nfunc Load(name string) error {\n'
                     '\t_, err := os.ReadFile(name)\n\treturn err\n}\n')
    after, _ = findings([str(test)], DiskCache(str(tmp_path / "cache")))
    assert [c for c, _, _ in after[0][1]] == ["GL505"]
    assert findings([str(test)], None)[0] == after


def test_an_answer_about_another_package_keeps_the_package_whole(tmp_path, monkeypatch):
    """A fact asked of the module (here whether ``sync.Locker`` is a struct of the module that embeds a
    mutex: it is no package of the module, so the module's files are not listed for it) is recorded with
    the module's stamp, never an empty one: an unchanged re-run then reads the package's findings with
    one cache read, not file by file with every summary they used computed again (all of the std lib's
    `src/`: 2.4 s, net/http's results missed the whole-package entry)."""
    from goleash.model import module
    monkeypatch.setattr(module, "_TTL", 0.0)   # as a new process would: no listing kept from the last run
    mod = tmp_path / "mod"
    (mod / "p").mkdir(parents=True)
    (mod / "go.mod").write_text("module example.com/m\n\ngo 1.19\n")
    (mod / "p" / "p.go").write_text(
        'package p\n\nimport "sync"\n\ntype Guarded struct {\n\tl sync.Locker\n\tn int\n}\n\n'
        'func (g *Guarded) Inc() {\n\tg.l.Lock()\n\tg.n++\n\tg.l.Unlock()\n}\n')
    cold, errors = findings([mod], DiskCache(str(tmp_path / "cache")))
    assert not errors
    stats = {}
    warm, _ = findings([mod], DiskCache(str(tmp_path / "cache")), stats)
    assert warm == cold
    assert stats["results_cached"] == stats["files"] == 1 and stats["parsed"] == 0
    assert stats["summaries_cached"] == 0, stats   # (the whole package's entry: no file's facts read)
