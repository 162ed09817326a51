"""Running the rules over a file: per top-level declaration, cached by content.

Flow: source + tree -> top-level units -> (cache miss only) candidate query on
the unit's byte range -> rules whose triggers matched -> findings with offsets
relative to the unit. An edit changes the bytes of the units it touches, so
only those miss the cache; all other units reuse their findings, shifted to
their new position.
"""

from __future__ import annotations

import copy
import fnmatch
import hashlib
import os
import re
from collections import OrderedDict
from dataclasses import dataclass, field, replace

from tree_sitter import Node, Tree

from . import limits, syntax
from .config import Settings
from .findings import Finding, Severity
from .model.package import Deps, FileIndex, ModelCache, PackageModel, PkgFile, index_file
from .rule import DeclFacts, FuncContext, PackageFacts, Rule
from .rules import all_rules


def _warn(msg: str) -> None:
    """Log a skipped rule or fact (logging is imported on the first one: it costs start-up time)."""
    import logging
    log = logging.getLogger(__name__)
    log.warning(msg, exc_info=log.isEnabledFor(logging.DEBUG))


NOLINT_RE = re.compile(rb"//\s*nolint(?::([A-Za-z0-9_,\-]+))?")   # golangci-lint's directive
LINT_IGNORE_RE = re.compile(rb"//lint:(ignore|file-ignore)[ \t]+([A-Za-z0-9_,*]+)")   # staticcheck's
IGNORE_RE = re.compile(rb"//\s*goleash:ignore\b[ \t]*([A-Za-z0-9, ]*?)(?:[ \t]+(\S[^\n]*))?[ \t]*$", re.M)
SUPPRESSION_CODE = "GL001"


@dataclass
class Unit:
    node: Node
    digest: bytes

    @property
    def start(self) -> int:
        return self.node.start_byte


class LRU(OrderedDict):
    def __init__(self, size: int):
        super().__init__()
        self.size = size

    def get_(self, key):
        if key in self:
            self.move_to_end(key)
            return self[key]
        return None

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.size:
            self.popitem(last=False)


class Analyzer:
    """Runs the catalog over files; one instance per server or CLI run (it owns the caches)."""

    def __init__(self, settings: Settings | None = None, rules: tuple[Rule, ...] | None = None):
        self.settings = settings or Settings()
        self.rules = rules if rules is not None else all_rules()
        self._findings = LRU(20000)
        self._summaries = LRU(50000)
        self._files = LRU(4000)
        self._same: LRU = LRU(4000)   # path -> (source, FileIndex, merged summaries, their digest) of its last
                                      # package_facts
        self.model_cache = ModelCache()
        self.errors: list[str] = []   # rule crashes since last drained (for the server's log)
        self.skipped: list[str] = []  # declarations refused by limits.unit_refusal, since last drained
        self._refused = LRU(4096)     # unit digest -> refusal reason (or None)
        self.stats = {"units": 0, "analysed": 0}

    # ------------------------------------------------- robustness hooks (limits.py)
    def set_cache_capacity(self, units: int, files: int | None = None) -> None:
        """Let the per-declaration caches hold at least ``units`` entries and the per-file one
        ``files`` (the server sizes them to its open packages: too small a cache re-analyses
        whole files on every edit, too large a one grows with every edit — each edit makes a
        new file and new declarations). Shrinking drops the least recently used entries."""
        caches = [(self._findings, units, 1024), (self._summaries, units, 1024),
                  (self.model_cache.summaries, units, 1024)]
        if files is not None:
            caches += [(self._files, files, 64), (self._same, files, 64)]
        for cache, size, floor in caches:
            cache.size = max(floor, size)
            while len(cache) > cache.size:
                cache.popitem(last=False)

    def _refusal(self, node: Node, digest: bytes) -> str | None:
        if digest in self._refused:
            return self._refused.get_(digest)
        if node.descendant_count <= limits.MAX_UNIT_DEPTH:
            return None  # too few nodes to be too large or too deep: the common case, no walk
        why = limits.unit_refusal(node)
        self._refused.put(digest, why)
        return why

    # ----------------------------------------------------------------- units
    def units(self, source: bytes, tree: Tree) -> list[Unit]:
        """The file's top-level declarations to analyse; the ones refused (limits.py) are noted
        in ``skipped`` each time."""
        out = []
        prev_end = 0
        for n in syntax.top_level_units(tree.root_node):
            start, end = n.start_byte, n.end_byte
            h = hashlib.blake2b(source[start:end], digest_size=16)
            h.update(b"\0" + syntax.decl_context(source, start, prev_end))   # (its doc comment: rules read it)
            prev_end = end
            digest = h.digest()
            why = self._refusal(n, digest)
            if why is None:
                out.append(Unit(n, digest))
            else:
                self.skipped.append(f"line {n.start_point[0] + 1}: {why}")
        return out

    def _ctx(self, unit: Unit, source: bytes, package: PackageFacts | None, go_version, path) -> FuncContext:
        return FuncContext(unit.node, source, None, package, go_version, path)   # (captures on first use)

    # ------------------------------------------------------------- packages
    def file_index(self, path: str | None, source: bytes, tree: Tree | None) -> tuple[FileIndex, Tree | None]:
        """The declarations of a file (digests, kinds, type facts), cached by content."""
        key = _file_key(path, source)
        got = self._files.get_(key)
        if got is None:
            if tree is None:
                tree = syntax.parse(source)
            got = index_file(path, source, syntax.top_level_units(tree.root_node))
            self._files.put(key, got)
        elif got.path != path:
            got = copy.copy(got)   # the same units, and the keys memoised on it
            got.path = path
        return got, tree

    def package_facts(self, files: list[tuple[str | None, bytes, Tree | None]], check=None) -> PackageFacts:
        """Facts of a package from all its files (path, source, tree or None to parse only when needed).
        ``check``: see ``analyze``."""
        summaries: list[DeclFacts] = []
        pkgfiles: list[PkgFile] = []
        parts: list[bytes] = []
        for path, source, tree in files:
            same = self._same.get_(path) if path is not None else None
            if same is not None and same[0] is source:   # the very bytes of the last call: a sibling
                fi, sums, part = same[1], same[2], same[3]  # read once, not hashed again per keystroke
                pkgfiles.append(PkgFile(path, source, fi, tree))
            else:
                fi, tree = self.file_index(path, source, tree)
                pf = PkgFile(path, source, fi, tree)
                pkgfiles.append(pf)
                n_err = len(self.errors)
                sums = DeclFacts.merge(self._unit_summaries(pf, check))
                part = sums.digest()
                if path is not None and len(self.errors) == n_err:
                    self._same.put(path, (source, fi, sums, part))
            summaries.append(sums)
            parts.append(part)
        if check is not None:
            check(None)
        return PackageFacts(summaries, model=PackageModel(pkgfiles, self.model_cache), parts=parts)

    def _unit_summaries(self, pf: PkgFile, check=None) -> list[DeclFacts]:
        out = []
        for info in pf.index.units:
            key = (info.digest, pf.index.is_test)
            got = self._summaries.get_(key)
            if got is None:
                if info.digest in self._refused and self._refused.get_(info.digest):
                    continue
                node = pf.unit_node(info)
                if node is None:
                    continue
                if self._refusal(node, info.digest) is not None:
                    continue
                if check is not None:
                    check(node)
                try:
                    got = self._summarize(Unit(node, info.digest), pf.source, pf.path)
                except limits.DeclarationTimeout:
                    self._give_up(Unit(node, info.digest))
                    continue
            out.append(got)
        return out

    def _summarize(self, unit: Unit, source: bytes, path: str | None) -> DeclFacts:
        key = (unit.digest, bool(path and path.endswith("_test.go")))
        ctx = self._ctx(unit, source, None, self.settings.go_version, path)
        try:
            got = DeclFacts.of(ctx)
        except Exception as e:  # broken facts must not stop analysis
            msg = f"declaration facts failed on {path or '<buffer>'}: {type(e).__name__}: {e}"
            _warn(msg)
            self.errors.append(msg)
            got = DeclFacts()
        self._summaries.put(key, got)
        return got

    def _give_up(self, unit: Unit) -> None:
        """A declaration the caller's ``check`` stopped (limits.DeclarationTimeout): it is
        skipped from now on, like one limits.unit_refusal refuses."""
        why = "declaration took too long to analyse"
        self._refused.put(unit.digest, why)
        self.skipped.append(f"line {unit.node.start_point[0] + 1}: {why}")

    # -------------------------------------------------------------- analysis
    def analyze(self, source: bytes, tree: Tree, path: str | None = None,
                package: PackageFacts | None = None, go_version: tuple[int, int] | None = None,
                evidence: Evidence | None = None, record: dict | None = None, check=None) -> list[Finding]:
        """All findings for one file: the enabled rules' and the runtime evidence's, with
        severities and suppressions applied. The one entry point of the server and the CLI.

        ``record`` (the disk cache's): filled with ``deps``, the package summaries the findings
        used (for ``PackageModel.deps_valid``), and ``findings`` before their related locations
        in other declarations are placed (for :func:`resolve_anchors` when read back).
        ``check(node)``, when given, is called before each declaration that is not cached
        and ``check(None)`` after the last: the server's deadline and cancel hook. It may
        raise limits.AnalysisStopped to stop the analysis; a limits.DeclarationTimeout
        raised while a declaration is analysed skips that declaration only."""
        go_version = go_version or self.settings.go_version
        units = self.units(source, tree) if not is_generated(source) else []
        if package is None:
            package = self.package_facts([(path, source, tree)], check)
        rules = [r for r in self.rules if self.settings.enabled(r.code)]
        rkey = tuple(r.code for r in rules)
        # the file's imports: what some rules read besides the declaration (sync/atomic's name, Ginkgo's Fail)
        imports = hashlib.blake2b(syntax.import_text(tree.root_node), digest_size=8).digest() if units else b""
        findings: list[Finding] = []
        deps_all: dict = {}
        # what every declaration's key shares, hashed once (a tuple's hash is not cached: per declaration it
        # re-hashed the rule list on every lookup)
        shared = hashlib.blake2b(repr((rkey, package.fingerprint, go_version,
                                       bool(path and path.endswith("_test.go")), imports)).encode(),
                                 digest_size=16).digest()
        for unit in units:
            self.stats["units"] += 1
            key = (unit.digest, shared)
            hit = self._findings.get_(key)
            model = package.model
            if hit is not None and model is not None and not model.deps_valid(hit[1]):
                hit = None
            if hit is None:
                if check is not None:
                    check(unit.node)
                self.stats["analysed"] += 1
                try:
                    if model is not None:
                        with model.recording() as deps:
                            rel = self._check_unit(unit, source, rules, package, go_version, path)
                    else:
                        deps, rel = {}, self._check_unit(unit, source, rules, package, go_version, path)
                except limits.DeclarationTimeout:
                    self._give_up(unit)
                    continue
                if isinstance(deps, Deps):
                    deps.token = model.token   # valid for this model: the next one checks by set lookups
                hit = (rel, deps)
                self._findings.put(key, hit)
            deps_all.update(hit[1])
            findings.extend(f.shifted(unit.start) for f in hit[0])
        if check is not None:
            check(None)
        findings = [_resolve_imports(f, source, tree) for f in findings]
        if evidence is not None and evidence.items and path:
            findings.extend(f for f in evidence.findings(path, source) if self.settings.enabled(f.code))
        findings = self._apply_settings(findings)
        findings = self._suppress(source, findings)
        findings.sort(key=lambda f: (f.start, f.code))
        if record is not None:
            record["deps"], record["findings"] = deps_all, list(findings)
        return resolve_anchors(findings, package.model, path)

    def _check_unit(self, unit: Unit, source: bytes, rules: list[Rule], package: PackageFacts,
                    go_version, path) -> tuple[Finding, ...]:
        if unit.node.has_error:
            return ()  # half-typed code: wait until the declaration parses again
        ctx = self._ctx(unit, source, package, go_version, path)
        out: list[Finding] = []
        present = ctx.present
        for rule in rules:
            if rule.triggers and rule.triggers.isdisjoint(present):
                continue   # (most rules, most declarations: the cheap test first)
            if not rule.applies(ctx):
                continue
            ctx.rule = rule
            try:
                out.extend(rule.check(ctx) or ())
            except Exception as e:  # one rule's bug must not hide the others
                self._report(rule, e, path)
        if out and (_unrun_example(unit.node, path) or _only_called_unreachably(ctx) or _never_run_test_code(ctx)):
            out = []   # an example go test never runs; a helper every call of which is code that cannot run;
            #            test code no test reaches
        elif out and b"Skip" in (unit.node.text or b""):
            out = [f for f in out if _reachable(ctx, f)]
        return tuple(f.shifted(-unit.start) for f in out)

    def _report(self, rule: Rule, exc: Exception, path: str | None) -> None:
        msg = f"rule {rule.code} failed on {path or '<buffer>'}: {type(exc).__name__}: {exc}"
        _warn(msg)
        self.errors.append(msg)

    def _apply_settings(self, findings: list[Finding]) -> list[Finding]:
        s = self.settings
        if not s.severity:
            return findings
        return [replace(f, severity=s.severity_for(f.code, f.severity)) for f in findings]

    @staticmethod
    def _nolint(source: bytes, findings: list[Finding]) -> list[Finding]:
        """Drop findings covered by golangci-lint's ``//nolint`` (``//nolint:govet,lostcancel``) naming one of
        the rule's linters (``Rule.nolint_names``; a bare ``//nolint`` names them all): on a line the finding
        spans, or alone on the line above it."""
        if b"nolint" not in source and b"//lint:" not in source:
            return findings
        from .rules import by_code
        rules = by_code()
        lines: dict[int, tuple[frozenset[str] | None, bool]] = {}   # line -> (names or None: all, alone on it)
        starts: dict[int, int] = {}   # line -> its offset
        for m in NOLINT_RE.finditer(source):
            line = source.count(b"\n", 0, m.start())
            start = source.rfind(b"\n", 0, m.start()) + 1
            alone = not source[start:m.start()].strip()
            names = frozenset(x.strip().lower() for x in m.group(1).decode().split(",") if x.strip()) \
                if m.group(1) else None
            lines[line] = (names, alone)
            starts[line] = start
        # staticcheck's ``//lint:ignore SA2001 reason`` (the same places) and ``//lint:file-ignore SA2001 reason``
        whole: set[str] = set()
        for m in LINT_IGNORE_RE.finditer(source):
            checks = {x.strip().lower() for x in m.group(2).decode().split(",") if x.strip()}
            if m.group(1) == b"file-ignore":
                whole |= checks
                continue
            line = source.count(b"\n", 0, m.start())
            start = source.rfind(b"\n", 0, m.start()) + 1
            prev = lines.get(line)
            if prev is not None and prev[0] is None:
                continue   # (a bare //nolint on the same line already names every linter)
            lines[line] = (frozenset(checks) | (prev[0] if prev is not None else frozenset()),
                           not source[start:m.start()].strip())
            starts[line] = start
        # a directive alone on the line above a top-level ``func`` covers the whole function, as golangci-lint
        # has it (gofmt'ed text: up to the first ``}`` at the start of a line)
        spans: list[tuple[int, int, frozenset[str] | None]] = []
        for line, (names, alone) in lines.items():
            if not alone:
                continue
            nxt = source.find(b"\n", starts[line]) + 1
            if nxt and source.startswith(b"func ", nxt):
                end = source.find(b"\n}", nxt)
                end = len(source) if end < 0 else end + 1
                spans.append((line + 1, source.count(b"\n", 0, end), names))
        kept = []
        for f in findings:
            rule = rules.get(f.code)
            own = rule.nolint_names() if rule is not None else frozenset()
            if whole and any(fnmatch.fnmatchcase(n, c) for c in whole for n in own):
                continue
            first = source.count(b"\n", 0, f.start)
            last = first + source.count(b"\n", f.start, max(f.start, f.end))
            if any(a <= first <= b and _names_hit(names, own) for a, b, names in spans):
                continue
            hit = False
            for ln in range(first - 1, last + 1):
                entry = lines.get(ln)
                if entry is None or (ln == first - 1 and not entry[1]):
                    continue
                if _names_hit(entry[0], own):
                    hit = True
            if not hit:
                kept.append(f)
        return kept

    @staticmethod
    def _suppress(source: bytes, findings: list[Finding]) -> list[Finding]:
        """Drop findings covered by ``//goleash:ignore CODE reason`` on their line or the line above, and
        by ``//nolint`` naming the rule's linters (:meth:`_nolint`)."""
        findings = Analyzer._nolint(source, findings)
        if b"goleash:ignore" not in source:
            return findings
        by_line: dict[int, tuple[set[str], bool]] = {}
        extra: list[Finding] = []
        for m in IGNORE_RE.finditer(source):
            line = source.count(b"\n", 0, m.start())
            codes = {c.strip().upper() for c in re.split(r"[ ,]+", m.group(1).decode()) if c.strip()}
            reason = (m.group(2) or b"").split(b"//")[0].strip()  # a trailing comment is no reason
            has_reason = bool(reason)
            by_line[line] = (codes, has_reason)
            if not has_reason:
                extra.append(Finding(
                    code=SUPPRESSION_CODE,
                    message="goleash:ignore needs a reason after the rule codes. "
                            "For example: //goleash:ignore GL101 result is drained by Close",
                    start=m.start(), end=m.end(), severity=Severity.WARNING,
                    related=()))
        kept = []
        for f in findings:
            line = source.count(b"\n", 0, f.start)
            hit = False
            for ln in (line, line - 1):
                entry = by_line.get(ln)
                if entry and (not entry[0] or f.code in entry[0] or "ALL" in entry[0]):
                    hit = True
            if not hit:
                kept.append(f)
        return kept + extra

    # ------------------------------------------ disk cache hooks (project.py, cache.py)
    def clear_caches(self) -> None:
        """Drop the in-memory caches. A one-shot run calls this after each package: nothing
        is reused across packages, and what is kept pins memory freed around it."""
        self._findings.clear()
        self._summaries.clear()
        self._files.clear()
        self._same.clear()
        self.model_cache = ModelCache()

    def learn_file(self, path: str | None, source: bytes, tree: Tree | None) -> None:
        """Compute a file's part of the package facts (FileIndex, declaration summaries) into
        the caches, so that :meth:`package_facts` needs no tree for it."""
        fi, tree = self.file_index(path, source, tree)
        self._unit_summaries(PkgFile(path, source, fi, tree))

    def memory_state(self):
        """The per-declaration findings and the package model's function summaries held in
        memory, picklable. Their keys are content digests and their values name the summaries
        they used, so a state loaded back (:meth:`load_memory_state`) is reused only where it
        is still valid: after an edit, the declarations it did not change are not analysed."""
        # (and the package's relevant-name sets, keyed by what each file contributes to its call graph: a
        # body edit that calls nothing new finds them; not the graph itself, which holds file indexes)
        relevant = [(k, v) for k, v in self.model_cache.relevant.items() if k[0] != "graph"]
        return list(self._findings.items()), list(self.model_cache.summaries.items()), relevant

    def load_memory_state(self, state) -> bool:
        try:
            findings, summaries, relevant = state
            for k, v in findings:
                self._findings.put(k, v)
            for k, v in summaries:
                self.model_cache.summaries.put(k, v)
            for k, v in relevant:
                self.model_cache.relevant.put(k, v)
            return True
        except (TypeError, ValueError, AttributeError):
            return False

    def file_state(self, path: str | None, source: bytes):
        """What this analyzer knows of a file that package facts need (its FileIndex and the
        summary of each declaration), picklable, for the disk cache; None if not all known."""
        fi = self._files.get_(_file_key(path, source))
        if fi is None:
            return None
        sums = []
        for info in fi.units:
            got = self._summaries.get_((info.digest, fi.is_test))
            if got is None:
                return None
            sums.append(got)
        return (fi, sums)

    def load_file_state(self, path: str | None, source: bytes, state) -> bool:
        """Take a :meth:`file_state` read back from disk: package facts then need no tree."""
        try:
            fi, sums = state
            if len(sums) != len(fi.units) or not all(isinstance(x, DeclFacts) for x in sums):
                return False
            self._files.put(_file_key(path, source), fi)
            for info, got in zip(fi.units, sums):
                self._summaries.put((info.digest, fi.is_test), got)
            return True
        except (TypeError, ValueError, AttributeError):
            return False

    def drain_errors(self) -> list[str]:
        errs, self.errors = self.errors, []
        return errs

    def drain_skipped(self) -> list[str]:
        skipped, self.skipped = self.skipped, []
        return skipped


_GENERATED_RE = re.compile(rb"^// Code generated .* DO NOT EDIT\.$", re.M)


def is_generated(source: bytes) -> bool:
    """Go's convention for generated files (a line ``// Code generated ... DO NOT EDIT.`` before the package
    clause): nobody edits them, so they get no findings — like go vet and staticcheck."""
    head = source[:source.find(b"\npackage ") + 1] if b"\npackage " in source else source[:4096]
    return bool(_GENERATED_RE.search(head)) or source.startswith(b"// Code generated") and \
        b"DO NOT EDIT." in source[:source.find(b"\n")]


def _file_key(path: str | None, source: bytes) -> tuple[bytes, bool]:
    return hashlib.blake2b(source, digest_size=16).digest(), bool(path and path.endswith("_test.go"))


def resolve_anchors(findings: list[Finding], model: PackageModel | None, path: str | None) -> list[Finding]:
    """Place related locations given as anchors in other declarations at their current offsets."""
    if model is None:
        return findings
    return [_resolve_anchors(f, model, path) for f in findings]


def _resolve_anchors(f: Finding, model: PackageModel, path: str | None) -> Finding:
    """Related locations in other declarations, at their current offsets (cached findings keep anchors)."""
    if not any(r.anchor for r in f.related):
        return f
    related = []
    for r in f.related:
        if r.anchor is None:
            related.append(r)
            continue
        got = model.resolve_anchor(*r.anchor)
        if got is None:
            continue
        rpath, start, end = got
        related.append(replace(r, start=start, end=end, path=None if rpath == path else rpath, anchor=None))
    return replace(f, related=tuple(related))


@dataclass
class Evidence:
    """Runtime evidence (goroutine dumps, race reports) loaded by the user, with the text of
    each evidenced line at load time (a line edited since drops its evidence)."""
    items: list = field(default_factory=list)
    anchors: dict = field(default_factory=dict)
    read: object = None   # path -> bytes, for related locations in other files

    def findings(self, path: str, source: bytes) -> list[Finding]:
        from .evidence import to_findings
        return to_findings(self.items, os.path.abspath(path), source, self.read, self.anchors)

    @property
    def paths(self) -> set[str]:
        return {e.path for e in self.items}


def _resolve_imports(f: Finding, source: bytes, tree: Tree) -> Finding:
    """Turn a fix's needed imports into edits of this file's import block (outside the cached unit)."""
    if not any(x.imports for x in f.fixes):
        return f
    fixes = []
    for x in f.fixes:
        extra = tuple(e for e in (syntax.import_edit(tree.root_node, source, p) for p in x.imports) if e)
        fixes.append(replace(x, edits=x.edits + extra, imports=()))
    return replace(f, fixes=tuple(fixes))


def visible(findings: list[Finding], settings: Settings, rules_by_code: dict[str, Rule]) -> list[Finding]:
    """Findings to publish: with ``deferToGopls`` those gopls already reports are held back."""
    if not settings.defer_to_gopls:
        return findings
    return [f for f in findings if not (rules_by_code.get(f.code) and rules_by_code[f.code].overlaps)]


def _names_hit(names: frozenset[str] | None, own: frozenset[str]) -> bool:
    """Does a directive's list of linters (None: a bare ``//nolint``, every linter) name one of a rule's
    (``Rule.nolint_names``; a bare one silences only the rules that overlap another linter)?"""
    if names is None:
        return len(own) > 2
    return bool(names & own) or any("*" in c and fnmatch.fnmatchcase(n, c) for c in names for n in own)


def _reachable(ctx, f: Finding) -> bool:
    """Can the code a finding points at run: not after an unconditional ``t.Skip`` (or a helper that
    always skips) in its test, or in a function around the literal it is in? A test skipped on every run
    (``t.Skip("run manually")`` first) starts no goroutine and takes no lock."""
    node = ctx.unit.descendant_for_byte_range(f.start, f.start)
    return node is None or ctx.model.reachable(node)


_OUTPUT_COMMENT = re.compile(rb"(?im)^\s*//\s*(?:unordered )?output:")


def _unrun_example(node, path: str | None) -> bool:
    """Is ``node`` an example of a test file (``func ExampleLogger_Rotate()``) without an output comment?
    ``go test`` compiles such an example but never runs it: nothing in it happens."""
    if node.type != "function_declaration" or not (path or "").endswith("_test.go"):
        return False
    name = node.child_by_field_name("name")
    params = node.child_by_field_name("parameters")
    body = node.child_by_field_name("body")
    return name is not None and (name.text or b"").startswith(b"Example") and body is not None and \
        (params is None or not params.named_children) and node.child_by_field_name("result") is None and \
        _OUTPUT_COMMENT.search(body.text or b"") is None


def _never_run_test_code(ctx) -> bool:
    """Is the declaration a function of a test file that no test runs (PackageModel.never_runs:
    ``DisabledTestX`` and the helpers only it calls, the methods of a test double nothing makes)?"""
    key = ctx.func_key
    return bool(key) and ctx.is_test_file and ctx.pkg is not None and ctx.pkg.never_runs(key)


def _only_called_unreachably(ctx) -> bool:
    """Is the declaration an unexported package function every call of which in the package is code that
    cannot run (:func:`_reachable`: the helper of a benchmark skipped on every run)? (An exported one may
    be called from another package.)"""
    key = ctx.func_key
    name = key.rsplit(".", 1)[-1] if key else ""
    if not name or not name[0].islower() or ctx.unit.type not in ("function_declaration", "method_declaration"):
        return False
    calls = ctx.pkg.calls_of(key)
    for ck, _node, call, _owner in calls or ():
        um = ctx.pkg.decl_model(ck) if b"Skip" in (ctx.pkg.decl_source(ck) or b"") else None
        if um is None or um.reachable(call):
            return False
    return bool(calls)
