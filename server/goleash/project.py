"""Files and packages on disk: walking paths like the go tool, package facts per directory."""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
from collections.abc import Iterator
from dataclasses import dataclass

from . import limits
from .analysis import Analyzer, Evidence, is_generated, resolve_anchors
from .cache import DiskCache, digest, engine_hash, make_key, open_cache
from .config import module_go_version
from .document import Unparsable
from .document import parse as parse_source
from .findings import Finding
from .model.package import OUTSIDE_DEPS
from .rule import PackageFacts

MAX_FILE_BYTES = 8 * 1024 * 1024


def _skip_dir(name: str) -> bool:
    return name.startswith((".", "_")) or name in ("vendor", "testdata", "node_modules")


def iter_go_files(paths: list[str], errors: list[str]) -> Iterator[str]:
    """Go files named or found below directories (skipping vendor/, testdata/, hidden dirs)."""
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not _skip_dir(d))
                for f in sorted(files):
                    if f.endswith(".go") and not f.startswith((".", "_")):
                        yield os.path.join(root, f)
        elif os.path.exists(p):
            yield p
        else:
            errors.append(f"{p}: no such file or directory")


_KIND = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
         (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def read_source(path: str) -> bytes:
    """The bytes of a Go file. Only regular files are read (a FIFO named x.go would block,
    a symlink to /dev/zero never end): the check is made on the opened descriptor, and no
    more than MAX_FILE_BYTES are read even if the file grows meanwhile."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = next((name for test, name in _KIND if test(st.st_mode)), "not a regular file")
            raise OSError(f"not a regular file ({kind})")
        if st.st_size > MAX_FILE_BYTES:
            raise OSError(f"file too large ({st.st_size} bytes)")
        chunks, total = [], 0
        while total <= MAX_FILE_BYTES:
            b = os.read(fd, min(1 << 20, MAX_FILE_BYTES + 1 - total))
            if not b:
                break
            chunks.append(b)
            total += len(b)
        if total > MAX_FILE_BYTES:
            raise OSError(f"file too large (more than {MAX_FILE_BYTES} bytes)")
    finally:
        os.close(fd)
    data = b"".join(chunks)
    why = limits.document_refusal(data)
    if why:
        raise OSError(why)
    return data


@dataclass
class FileResult:
    path: str
    source: bytes     # b"" for a file without findings when checked in a worker process
    findings: list[Finding]


# Trees of the checked files are kept from the summary pass to the analysis pass while
# their sources add up to at most this many bytes per process; a tree costs ~30x its
# source, and a package can be 10 MB of Go: larger packages re-parse what did not fit.
TREE_BUDGET = 3 * 2**20

_STAT_KEYS = ("packages", "files", "parsed", "summaries_cached", "results_cached", "analysed")


def check_paths(paths: list[str], analyzer: Analyzer, errors: list[str],
                evidence: Evidence | None = None, cache: DiskCache | None = None,
                jobs: int = 1, stats: dict | None = None, forget: bool = False,
                budget: float | None = None, notes: list[str] | None = None) -> Iterator[FileResult]:
    """Analyse files package by package (one directory at a time, facts shared within it).

    Results come in the order of the walk whatever ``jobs`` is; with ``jobs`` > 1 the
    packages the cache cannot answer are spread over that many worker processes.
    ``cache`` (see ``cache.py``) serves summaries and findings that are still valid.
    ``stats``, if given, is filled with counts (files, parsed, cache hits). ``forget``
    clears the analyzer's in-memory caches after each package (for one-shot runs: they
    serve nothing across packages and keep memory from being returned).
    ``budget``: seconds per file (limits.time_budget); a file that takes longer is reported
    in ``errors`` and yields no result. ``notes``: declarations the engine skipped."""
    by_dir: dict[str, list[str]] = {}
    for f in iter_go_files(paths, errors):
        by_dir.setdefault(os.path.dirname(f), []).append(f)
    stats = stats if stats is not None else {}
    for k in _STAT_KEYS:
        stats.setdefault(k, 0)
    if jobs <= 1 or (len(by_dir) == 1 and not _splits(next(iter(by_dir.values())), jobs)):
        gomods: dict = {}
        for d, named in by_dir.items():
            pkg = _Package(d, named, analyzer, cache, evidence, gomods)
            results, errs, st = check_package(d, named, analyzer, cache, evidence, pkg=pkg, forget=forget,
                                              budget=budget)
            del pkg
            if forget:
                analyzer.clear_caches()
            errors.extend(errs)
            _add(stats, st, notes)
            yield from results
        return
    yield from _check_parallel(by_dir, analyzer, errors, evidence, cache, jobs, stats, forget, budget, notes)


SPLIT_MIN_FILES = 16       # a package is split over workers only with this many files to check per part...
SPLIT_MIN_BYTES = 1 << 20  # ...and this much source to check in all


def _splits(named: list[str], jobs: int) -> bool:
    """Is a package with the files ``named`` to check big enough to be worth splitting over workers?"""
    return jobs > 1 and len(named) >= SPLIT_MIN_FILES * 2 and sum(_file_size(f) for f in named) >= SPLIT_MIN_BYTES


def _parts(named: list[str], jobs: int, load: int, share: int) -> list[list[str]]:
    """The files ``named`` of one package in as many parts as it is worth: a package whose source
    (``load`` bytes) is more than half of a worker's ``share`` of all the work, with enough files, is
    checked in up to ``jobs`` parts of about equal size (each worker reads the whole package's facts and
    checks its part); the others in one."""
    if not _splits(named, jobs) or load * 2 <= share:
        return [named]
    k = max(2, min(jobs, len(named) // SPLIT_MIN_FILES, -(-load // max(share // 2, 1))))
    parts: list[list[str]] = [[] for _ in range(k)]
    sizes = [0] * k
    for f in sorted(named, key=_file_size, reverse=True):   # largest first, each to the lightest part
        j = sizes.index(min(sizes))
        parts[j].append(f)
        sizes[j] += _file_size(f)
    return [sorted(p, key=named.index) for p in parts]


def _file_size(f: str) -> int:
    try:
        return os.stat(f).st_size
    except OSError:
        return 0


def _merge(parts: list[tuple]) -> tuple:
    """One package's results from the parts it was checked in: files in path order (the order
    ``check_package`` gives), errors and internal errors joined, counts added (one package)."""
    results = sorted((r for p in parts for r in p[0]), key=lambda r: r.path)
    errs = [e for p in parts for e in p[1]]
    st: dict = {}
    for p in parts:
        _add(st, dict(p[2]), st.setdefault("notes", []))
    st["packages"] = 1
    if not st["notes"]:
        del st["notes"]
    internal = [e for p in parts for e in p[3]]
    return results, errs, st, internal


def _add(total: dict, part: dict, notes: list[str] | None = None) -> None:
    skipped = part.pop("notes", ())
    if notes is not None:
        notes.extend(skipped)
    for k, v in part.items():
        total[k] = total.get(k, 0) + v


def summary_key(content_digest: bytes, path: str) -> str:
    """Cache key of a file's summaries: its content, whether it is a test file, the engine."""
    return make_key("sum", content_digest, path.endswith("_test.go"), engine_hash())


def _go_version(d: str, default: tuple[int, int], gomods: dict | None) -> tuple[int, int]:
    """module_go_version for a directory, with the go.mod lookups of a run shared in ``gomods``."""
    if gomods is None:
        return module_go_version(os.path.join(d, "x.go"), default)
    todo, found = [], None
    cur = os.path.abspath(d)
    while True:
        if cur in gomods:
            found = gomods[cur]
            break
        todo.append(cur)
        if os.path.isfile(os.path.join(cur, "go.mod")):
            found = cur
            break
        parent = os.path.dirname(cur)
        if parent == cur:
            break
        cur = parent
    for t in todo:
        gomods[t] = found
    return module_go_version(os.path.join(found, "go.mod"), default) if found else default


class _Package:
    """One directory's files as read from disk, and what its cache keys need."""

    def __init__(self, d: str, named: list[str], analyzer: Analyzer, cache: DiskCache | None,
                 evidence: Evidence | None, gomods: dict | None = None):
        self.dir = d
        self.wanted = set(named)
        self.errors: list[str] = []
        self.stats = dict.fromkeys(_STAT_KEYS, 0)
        self.stats["packages"] = 1
        # package facts come from every .go file of the directory, checked or not
        siblings = sorted(self.wanted | {os.path.join(d, f) for f in _dir_go_files(d)})
        self.files: list[tuple[str, bytes, bytes]] = []   # path, source, content digest
        for f in siblings:
            try:
                src = read_source(f)
            except OSError as e:
                if f in self.wanted:
                    self.errors.append(f"{f}: {e.strerror or e}")
                continue
            self.files.append((f, src, digest(src) if cache is not None else b""))
        self.go_version = _go_version(d, analyzer.settings.go_version, gomods)
        # findings are cached unless runtime evidence (not part of the key) adds some
        self.use_results = cache is not None and not (evidence is not None and evidence.items)
        self.engine = engine_hash() if cache is not None else ""
        self.settings_key = settings_key(analyzer)
        self.key = ""
        if self.use_results:   # the whole package: every file's name and content, what is checked
            self.key = make_key("pkg", tuple((os.path.basename(f), dg, f in self.wanted) for f, _, dg in self.files),
                                self.settings_key, self.go_version, self.engine)

    def cached(self, cache: DiskCache | None) -> list[FileResult] | None:
        """The findings of an unchanged package, with one cache read; None on a miss."""
        if not self.use_results or cache is None:
            return None
        whole = cache.get("pkg", self.key)
        if not isinstance(whole, dict):
            return None
        module = whole.pop(_MODULE, None)
        if module is not None and not _module_unchanged(module):
            return None   # (its findings used what other packages' files said, and a file of the module changed)
        try:
            results = [FileResult(f, src, whole[os.path.basename(f)]) for f, src, _ in self.files
                       if f in self.wanted]
        except KeyError:
            return None
        self.stats["files"] = self.stats["results_cached"] = len(results)
        return results


def check_package(d: str, named: list[str], analyzer: Analyzer, cache: DiskCache | None,
                  evidence: Evidence | None, tree_budget: int | None = None,
                  pkg: _Package | None = None, forget: bool = False,
                  budget: float | None = None, part: bool = False) -> tuple[list[FileResult], list[str], dict]:
    """Findings for the ``named`` files of directory ``d``, with the facts of all its files.

    Without a cache each file is parsed once for the package facts, and again only when its
    tree did not fit the budget and is needed. With one, nothing is parsed for an unchanged
    package; otherwise a file whose facts are cached is not parsed for them, and a checked
    file whose findings are cached (same content, package facts, settings, go version and
    engine, and the package summaries they used unchanged) is not parsed at all. ``budget``:
    seconds per file (a file that takes longer is an error, with no result); the declarations
    the engine skipped are listed in the stats under ``notes``. ``part``: ``named`` is one part of the
    package's files (the caller puts the whole package's findings in the cache; the stats say under
    ``complete`` whether this part could be)."""
    pkg = pkg or _Package(d, named, analyzer, cache, evidence)
    tree_budget = TREE_BUDGET if tree_budget is None else tree_budget
    st = pkg.stats
    hit = pkg.cached(cache)
    if hit is not None:
        return hit, pkg.errors, st
    n_err0 = len(analyzer.errors)
    analysed0 = analyzer.stats["analysed"]
    # what the analyzer held in memory after the last check of this package (forget mode: it
    # holds nothing else): per-declaration findings and function summaries. Their keys are
    # content digests and they name the summaries they used, so they validate themselves; the
    # package is named by its directory's name and file names (a moved or copied checkout
    # finds it; two packages sharing a name only overwrite each other's)
    mkey = None
    if forget and pkg.use_results:
        mkey = make_key("mem", os.path.basename(os.path.abspath(d)),
                        tuple(sorted(os.path.basename(f) for f, _, _ in pkg.files)), pkg.engine)
    if mkey is not None:
        state = cache.get("mem", mkey)
        if state is not None:
            analyzer.load_memory_state(state)

    # package facts: each file's part from the cache, else from its tree (one tree at a time;
    # those of checked files kept for the analysis within the budget)
    files: list[tuple[str, bytes, object]] = []
    inputs = hashlib.blake2b(digest_size=16)   # facts key when the fingerprint is not stable
    kept: set[str] = set()
    used = 0
    for f, src, dg in pkg.files:
        if cache is not None:
            skey = summary_key(dg, f)
            raw = cache.get_raw("sum", skey)
            state = _loads(raw) if raw is not None else None
            if state is not None and analyzer.load_file_state(f, src, state):
                st["summaries_cached"] += 1
                inputs.update(os.fsencode(os.path.basename(f)) + b"\0" + digest(raw))
                files.append((f, src, None))
                continue
        try:
            tree = parse_source(src)
        except Unparsable as e:
            if f in pkg.wanted:
                pkg.errors.append(f"{f}: not analysed: {e}")
                pkg.wanted.discard(f)
            inputs.update(os.urandom(16))
            continue
        st["parsed"] += 1
        n_err = len(analyzer.errors)
        analyzer.learn_file(f, src, tree)
        if cache is not None:
            state = analyzer.file_state(f, src)
            if state is not None and len(analyzer.errors) == n_err:  # a crashed summary is not remembered
                raw = cache.dumps(state)
                cache.put_raw("sum", skey, raw)
                inputs.update(os.fsencode(os.path.basename(f)) + b"\0" + digest(raw))
            else:
                inputs.update(os.urandom(16))  # not cached: nothing may be keyed by it
        if f in pkg.wanted and used + len(src) <= tree_budget:
            kept.add(f)
            used += len(src)
            files.append((f, src, tree))
        else:
            files.append((f, src, None))
        del tree
    facts = analyzer.package_facts(files)
    analyzer.drain_skipped()  # noted per file by analyze below
    notes: list[str] = []
    del files
    model_files = {pf.path: pf for pf in getattr(getattr(facts, "model", None), "files", None) or ()}

    fkey = _facts_key(facts, inputs)
    results = []
    outside: set = set()   # (a file of the package, the module's stamp) of the facts read from other packages
    for f, src, dg in pkg.files:
        if f not in pkg.wanted:
            continue
        st["files"] += 1
        found = None
        if pkg.use_results:
            rkey = results_key(dg, f, fkey, pkg.settings_key, pkg.go_version, pkg.engine)
            entry = cache.get("res", rkey)
            found = _valid_results(entry, facts, f)
            if found is not None:
                st["results_cached"] += 1
                outside |= _outside_stamps(entry, f)
        if found is None and (evidence is None or not evidence.items) and is_generated(src):
            found = []   # generated code gets no findings: no tree needed
        if found is None:
            pf = model_files.get(f)
            tree = pf.tree if pf is not None and pf.tree is not None else None
            if tree is None:
                tree = parse_source(src)   # parsed once already: it parses
                st["parsed"] += 1
                if pf is not None:
                    pf.tree = tree   # the model reads the same tree for this file's summaries
            n_err = len(analyzer.errors)
            record: dict = {}
            try:
                with limits.time_budget(budget) as deadline:
                    found = analyzer.analyze(src, tree, f, facts, pkg.go_version, evidence, record=record,
                                             check=deadline if budget else None)
            except limits.AnalysisTimeout:
                pkg.errors.append(f"{f}: analysis stopped after {budget:g} s (--timeout): not checked")
                n_err0 = -1   # the package is not complete: not cached whole
                _release_trees(model_files, kept)
                continue
            skipped = [f"{f}:{x}" for x in analyzer.drain_skipped()]
            notes.extend(skipped)
            if pkg.use_results and len(analyzer.errors) == n_err and not skipped:
                cache.put("res", rkey, (record.get("findings", found), record.get("deps", {})))
            outside |= _outside_stamps((None, record.get("deps", {})), f)
            del tree
        _release_trees(model_files, kept)  # also those the model parsed for summaries
        results.append(FileResult(f, src, found))
    # a package whose findings used what other packages' files say (model/module.py) is cached whole with
    # the module's stamp (its files' sizes and times), which the whole-package key does not cover: read
    # back only while the module is unchanged (a part of a split package is not cached whole then)
    stamps = {stamp for _f, stamp in outside}
    if part:
        st["complete"] = int(len(analyzer.errors) == n_err0 and not notes and not outside)
    elif pkg.use_results and len(analyzer.errors) == n_err0 and not notes and len(stamps) <= 1 and None not in stamps:
        whole = {os.path.basename(r.path): r.findings for r in results}
        if outside:
            whole[_MODULE] = min(outside)
        cache.put("pkg", pkg.key, whole)
        if mkey is not None:
            try:
                cache.put("mem", mkey, analyzer.memory_state())
            except Exception:  # something in it does not pickle: no snapshot
                pass
    st["analysed"] = analyzer.stats["analysed"] - analysed0
    if notes:
        st["notes"] = notes
    return results, pkg.errors, st


def results_key(dg: bytes, path: str, fkey: bytes, settings_key: str, go_version, engine: str) -> str:
    """The disk cache key of one file's findings: its content, the package facts, the settings."""
    return make_key("res", dg, path.endswith("_test.go"), fkey, settings_key, go_version, engine)


def settings_key(analyzer: Analyzer) -> str:
    return repr((analyzer.settings.key, tuple(r.code for r in analyzer.rules)))


class ResultCache:
    """The server's use of the disk cache for an open document's findings (the entries ``goleash
    check`` writes, and the server's own): a restarted editor shows the diagnostics of a file it
    analysed before without analysing it again, and ``goleash check`` reads what the server wrote."""

    def __init__(self, cache: DiskCache | None):
        self.cache = cache

    def key(self, analyzer: Analyzer, path: str | None, source: bytes, facts: PackageFacts, go_version) -> str | None:
        fp = getattr(facts, "fingerprint", None)
        if self.cache is None or not path or not isinstance(fp, (str, bytes)):
            return None
        return results_key(digest(source), path, _facts_key(facts, None), settings_key(analyzer), go_version,
                           engine_hash())

    def get(self, key: str | None, facts: PackageFacts, path: str) -> list | None:
        return _valid_results(self.cache.get("res", key), facts, path) if key is not None else None

    def put(self, key: str | None, record: dict) -> None:
        if key is not None and "findings" in record:
            try:
                self.cache.put("res", key, (record["findings"], record.get("deps", {})))
            except Exception:  # something in it does not pickle: not cached
                pass


def _release_trees(model_files: dict, kept: set[str]) -> None:
    """Trees cost ~30x their source: the package model keeps only those within the budget
    (it re-parses a declaration's file if it needs a summary it does not have)."""
    for path, pf in model_files.items():
        if pf.tree is not None and path not in kept:
            pf.tree = None


def _facts_key(facts: PackageFacts, inputs) -> bytes:
    """What the findings of a package's files depend on beyond their own text (and the package
    summaries they record as used): the facts' fingerprint when it is stable across processes
    (a str or bytes), else the digest of every file's cached facts (correct, but coarse)."""
    fp = getattr(facts, "fingerprint", None)
    if isinstance(fp, str):
        return b"f" + fp.encode()
    if isinstance(fp, bytes):
        return b"f" + fp
    return b"s" + inputs.digest()


def _loads(raw: bytes):
    try:
        return pickle.loads(raw)
    except Exception:  # a class that moved, a damaged payload: a miss
        return None


_MODULE = "\0module"   # the key of a whole package's (file, module stamp) in its cache entry


def _outside_stamps(entry, path: str) -> set:
    """(``path``, the module's stamp) for each fact a cached result (findings, deps) read from other
    packages' files (OUTSIDE_DEPS: its fingerprint is (answer, stamp)); (``path``, None) for one without."""
    try:
        deps = entry[1]
        return {(path, fp[1] if isinstance(fp, tuple) and len(fp) == 2 else None)
                for k, fp in deps.items() if k.partition(":")[0] in OUTSIDE_DEPS}
    except Exception:
        return {(path, None)}


def _module_unchanged(module) -> bool:
    """Is the module holding the file of ``module`` = (file, stamp) listed as it was (ModuleIndex.stamp)?"""
    from .model.module import ModuleIndex
    try:
        path, stamp = module
        mod = ModuleIndex.of(path)
        return mod is not None and mod.current_stamp() == stamp
    except Exception:
        return False


def _valid_results(entry, facts, path: str):
    """Findings read back from the cache, if the package summaries they used are unchanged."""
    try:
        findings, deps = entry
    except (TypeError, ValueError):
        return None
    model = getattr(facts, "model", None)
    try:
        if deps and (model is None or not model.deps_valid(deps)):
            return None
        return resolve_anchors(list(findings), model, path)
    except Exception:  # an entry the engine cannot read back: analyse instead
        return None


def _check_parallel(by_dir: dict[str, list[str]], analyzer: Analyzer, errors: list[str],
                    evidence: Evidence | None, cache: DiskCache | None, jobs: int,
                    stats: dict, forget: bool, budget: float | None = None,
                    notes: list[str] | None = None) -> Iterator[FileResult]:
    """Unchanged packages from the cache here; the others over ``jobs`` worker processes,
    largest first. Results in walk order."""
    order = list(by_dir)
    gomods: dict = {}
    done: dict[int, tuple] = {}
    misses: list[tuple[int, int]] = []   # (size, index)
    keys: dict[int, str] = {}            # the whole-package cache key of a miss
    probe = cache is not None and not (evidence is not None and evidence.items)
    for i, d in enumerate(order):
        if not probe:
            misses.append((_dir_size(d), i))
            continue
        pkg = _Package(d, by_dir[d], analyzer, cache, evidence, gomods)
        hit = pkg.cached(cache)
        if hit is not None:
            done[i] = (_slim(hit), pkg.errors, pkg.stats, [])
        else:
            misses.append((sum(len(src) for _, src, _ in pkg.files), i))
            if pkg.use_results:
                keys[i] = pkg.key
        del pkg
    # a package much bigger than a worker's share is checked in parts, one per worker
    share = sum(size for size, _ in misses) // max(jobs, 1)
    tasks: list[tuple[int, int, list[str]]] = []   # (size, index, files)
    split: dict[int, list] = {}                    # index -> results of its parts so far
    counts: dict[int, int] = {}
    for size, i in misses:
        parts = _parts(by_dir[order[i]], jobs, size, share)
        counts[i] = len(parts)
        if len(parts) > 1:
            split[i] = []
        for p in parts:
            tasks.append((size * sum(map(_file_size, p)) // max(sum(map(_file_size, by_dir[order[i]])), 1)
                          if len(parts) > 1 else size, i, p))
    tasks.sort(key=lambda t: (-t[0], t[1]))
    jobs = min(jobs, len(tasks))
    nxt = 0

    def arrived(i: int, result: tuple) -> None:
        if i not in split:
            done[i] = result
            return
        split[i].append(result)
        if len(split[i]) < counts[i]:
            return
        parts = split.pop(i)
        merged = _merge(parts)
        complete = merged[2].pop("complete", 0) == len(parts)
        if complete and i in keys and cache is not None:   # the whole package, as one check would put it
            cache.put("pkg", keys[i], {os.path.basename(r.path): r.findings for r in merged[0]})
        done[i] = merged

    def flush():
        nonlocal nxt
        while nxt in done:
            results, errs, st, internal = done.pop(nxt)
            errors.extend(errs)
            analyzer.errors.extend(internal)
            written = st.pop("cache_written", 0)
            if cache is not None:
                cache.written += written  # so the parent's close() knows to trim
            _add(stats, st, notes)
            yield from results
            nxt += 1

    if jobs <= 1:
        for _, i in misses:
            results, errs, st = check_package(order[i], by_dir[order[i]], analyzer, cache, evidence, forget=forget,
                                              budget=budget)
            if forget:
                analyzer.clear_caches()
            done[i] = (results, errs, st, [])
            yield from flush()
        yield from flush()
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    init = (analyzer.settings, analyzer.rules, evidence, cache.root if cache else None,
            cache.max_bytes if cache else 0, max(TREE_BUDGET * 2 // jobs, 2**20), budget)
    yield from flush()
    pool = ProcessPoolExecutor(jobs, multiprocessing.get_context(method), _worker_init, init)
    finished = False
    try:
        futures = {pool.submit(_worker_run, order[i], p, i in split): i for _, i, p in tasks}
        try:
            for fut in as_completed(futures):
                arrived(futures[fut], fut.result())
                yield from flush()
        except BrokenProcessPool:  # a worker died (killed, out of memory, crashed in C)
            lost = []
            for fut, i in sorted(futures.items(), key=lambda x: x[1]):
                if i in done or i < nxt:
                    continue
                if fut.done() and fut.exception() is None:
                    arrived(i, fut.result())
                else:
                    split.pop(i, None)
                    done[i] = ([], [], {}, [])
                    lost.append(order[i])
            more = f" and {len(lost) - 3} more" if len(lost) > 3 else ""
            errors.append(f"a worker process died: {len(lost)} packages not checked "
                          f"({', '.join(lost[:3])}{more})")
            yield from flush()
        finished = True
    finally:
        if not finished:  # an error, Ctrl-C or the reader gone: do not wait for running packages
            for p in list((getattr(pool, "_processes", None) or {}).values()):
                if p.is_alive():
                    p.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


def _slim(results: list[FileResult]) -> list[FileResult]:
    """Results to hold until their turn: a file's text only where findings need placing."""
    for r in results:
        if not r.findings:
            r.source = b""
    return results


def _dir_size(d: str) -> int:
    try:
        return sum(e.stat().st_size for e in os.scandir(d) if e.name.endswith(".go"))
    except OSError:
        return 0


_worker: dict = {}


def _worker_init(settings, rules, evidence, cache_root, cache_max, budget, timeout=None) -> None:
    import signal

    from .launch import tune_gc
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it ends the workers
    tune_gc()   # (inherited when forked; a spawned worker starts at the default)
    _worker["analyzer"] = Analyzer(settings, rules)
    _worker["evidence"] = evidence
    _worker["cache"] = DiskCache(cache_root, cache_max) if cache_root else None
    _worker["budget"] = budget
    _worker["timeout"] = timeout


def _worker_run(d: str, named: list[str], part: bool = False):
    analyzer, cache = _worker["analyzer"], _worker["cache"]
    before = cache.written if cache is not None else 0
    results, errs, st = check_package(d, named, analyzer, cache, _worker["evidence"], _worker["budget"], forget=True,
                                      budget=_worker["timeout"], part=part)
    analyzer.clear_caches()  # nothing is reused across packages
    if cache is not None:
        st["cache_written"] = cache.written - before
    return _slim(results), errs, st, analyzer.drain_errors()


def _dir_go_files(d: str) -> list[str]:
    try:
        return [f for f in os.listdir(d) if f.endswith(".go") and not f.startswith((".", "_"))]
    except OSError:
        return []


class PackageIndex:
    """The package of an open document: its siblings from the editor when open, else from disk.
    A sibling read from disk gets its part of the package facts from the disk cache (shared
    with ``goleash check``) when it is there, so it is not parsed; else it is cached after."""

    _DEFAULT = object()

    def __init__(self, analyzer: Analyzer, cache: DiskCache | None | object = _DEFAULT):
        self.analyzer = analyzer
        self.cache = open_cache() if cache is PackageIndex._DEFAULT else cache
        self._disk: dict[str, tuple[tuple[int, int], bytes]] = {}

    def facts_for(self, path: str | None, own: tuple[bytes, object] | None,
                  open_docs: dict[str, tuple[bytes, object]], read_disk: bool = True,
                  missing: list[str] | None = None, check=None, only=None) -> PackageFacts:
        """Facts for the package of ``path``: its own text and tree, open siblings, then disk.
        With ``read_disk=False`` only siblings already read are used, the others are appended
        to ``missing`` (the server reads them after the first diagnostics, with ``load``).
        ``check``: see Analyzer.analyze. ``only``: the siblings to take (open or not), the others left out."""
        files = [(path, own[0], own[1])] if own is not None else []
        fresh: list[tuple[str, bytes, str]] = []   # read from disk now and not in the cache
        if path:
            d = os.path.dirname(path)
            for name in sorted(_dir_go_files(d)):
                f = os.path.join(d, name)
                if f == path or (only is not None and f not in only):
                    continue
                if f in open_docs:
                    src, tree = open_docs[f]
                    files.append((f, src, tree))
                    continue
                src = self._from_disk(f, fresh, read_disk)
                if src is _MISSING:
                    if missing is not None:
                        missing.append(f)
                    continue
                if src is not None:
                    files.append((f, src, None))
        return self._facts(files, fresh, check)

    def available(self, path: str | None, open_paths) -> set[str]:
        """The siblings of ``path`` whose facts ``facts_for(..., read_disk=False)`` takes: the open ones
        and the ones read already."""
        if not path:
            return set()
        d = os.path.dirname(path)
        out = set()
        for name in _dir_go_files(d):
            f = os.path.join(d, name)
            if f != path and (f in open_paths or f in self._disk):
                out.add(f)
        return out

    def _facts(self, files: list, fresh: list, check) -> PackageFacts:
        n_err = len(self.analyzer.errors)
        facts = self.analyzer.package_facts(files, check)
        if self.cache is not None and len(self.analyzer.errors) == n_err:
            for f, src, key in fresh:
                state = self.analyzer.file_state(f, src)
                if state is not None:
                    self.cache.put("sum", key, state)
        return facts

    def load(self, f: str, check=None) -> None:
        """Read, parse and summarise the file ``f`` now (what a ``read_disk=False`` call skipped)."""
        fresh: list = []
        src = self._from_disk(f, fresh, True)
        if src is None or src is _MISSING:
            return
        if not fresh:   # its summaries came from the disk cache
            return
        try:
            tree = parse_source(src)  # large files: in chunks, the GIL handed back meanwhile
        except Unparsable:
            self._disk[f] = (self._disk[f][0], None)
            return
        self._facts([(f, src, tree)], fresh, check)  # the file's index and summaries, cached

    def _from_disk(self, f: str, fresh: list, read: bool = True):
        try:
            st = os.stat(f)
        except OSError:
            return None
        stamp = (st.st_mtime_ns, st.st_size)
        hit = self._disk.get(f)
        if hit and hit[0] == stamp:
            return hit[1]
        if not read:
            return _MISSING
        try:
            src = read_source(f)
        except OSError:
            src = None  # unreadable, special or binary: contributes nothing (until it changes)
        self._disk[f] = (stamp, src)
        if len(self._disk) > 20000:  # forget the oldest half (a workspace of many packages)
            for k in list(self._disk)[:10000]:
                del self._disk[k]
        if src is not None and self.cache is not None and self.analyzer.file_state(f, src) is None:
            key = summary_key(digest(src), f)
            state = self.cache.get("sum", key)
            if state is None or not self.analyzer.load_file_state(f, src, state):
                fresh.append((f, src, key))
        return src


_MISSING = object()
