"""The analyzer-test harness: `// want "regexp"` expectations and `.go.golden` fixes.

Modelled on Go's analysistest: a testdata file lists, on each line that must be
flagged, one or more `// want "regexp"` (or `// want `regexp``) comments; every
finding must be matched by a want on its line, and every want must match a
finding. A file without wants must produce nothing.

Fixes: for `x.go` with `x.go.golden` beside it, the preferred fix of every
finding (or, when `x.go` has a `// fix: regexp` line, the fix whose title
matches) is applied, and the result must equal the golden file exactly, parse
without ERROR nodes, be gofmt-clean and, where Go is installed, compile.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from goleash import syntax
from goleash.analysis import Analyzer
from goleash.config import Settings, module_go_version
from goleash.findings import Finding, apply_edits
from goleash.project import check_paths

TESTDATA = Path(__file__).parent / "testdata"
GOPATH = Path(__file__).parent / "gopath"   # GOPATH-mode packages fixed testdata may import
WANT_RE = re.compile(r"//\s*want\s+((?:(?:\"(?:[^\"\\]|\\.)*\"|`[^`]*`)\s*)+)")
ARG_RE = re.compile(r"\"((?:[^\"\\]|\\.)*)\"|`([^`]*)`")
FIX_RE = re.compile(r"^\s*//\s*fix:\s*(.+?)\s*$", re.M)


def wants(source: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for lineno, line in enumerate(source.splitlines(), 1):
        m = WANT_RE.search(line)
        if not m:
            continue
        for a in ARG_RE.finditer(m.group(1)):
            pat = a.group(1) if a.group(1) is not None else a.group(2)
            if a.group(1) is not None:
                pat = pat.encode().decode("unicode_escape")
            out.setdefault(lineno, []).append(pat)
    return out


def line_of(source: bytes, offset: int) -> int:
    return source.count(b"\n", 0, offset) + 1


_ANALYSED: dict[tuple, tuple[bytes, list[Finding]]] = {}


def findings_for(path: Path, settings: Settings | None = None) -> tuple[bytes, list[Finding]]:
    """Findings for one testdata file, analysed as part of its directory's package. With the default
    settings the result is kept for the session, keyed by the file and the state of every file beside it
    (name, size, modification time): the tests that read a file's findings (its wants, its messages, its
    squiggles) share one analysis of it, and an edited package is analysed again."""
    if settings is None:
        here = Path(path).resolve()
        key = (str(here), tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns)
                                       for e in os.scandir(here.parent) if e.is_file())))
        got = _ANALYSED.get(key)
        if got is None:
            got = _ANALYSED[key] = _analyse(path, Settings())
        return got[0], list(got[1])
    return _analyse(path, settings)


def _analyse(path: Path, settings: Settings) -> tuple[bytes, list[Finding]]:
    analyzer = Analyzer(settings)
    errors: list[str] = []
    results = list(check_paths([str(path)], analyzer, errors))
    assert not errors, errors
    assert not analyzer.errors, analyzer.errors
    (res,) = results
    return res.source, res.findings


def check_wants(path: Path) -> None:
    source, findings = findings_for(path)
    tree = syntax.parse(source)
    assert not tree.root_node.has_error, f"{path} does not parse cleanly"
    expected = wants(source.decode())
    got: dict[int, list[str]] = {}
    for f in findings:
        got.setdefault(line_of(source, f.start), []).append(f"{f.message} ({f.code})")
    problems = []
    for line, pats in expected.items():
        msgs = list(got.get(line, []))
        for pat in pats:
            hit = next((m for m in msgs if re.search(pat, m)), None)
            if hit is None:
                problems.append(f"{path.name}:{line}: no finding matching {pat!r} (got {msgs})")
            else:
                msgs.remove(hit)
        for m in msgs:
            problems.append(f"{path.name}:{line}: unexpected finding: {m}")
    for line, msgs in got.items():
        if line not in expected:
            problems.extend(f"{path.name}:{line}: unexpected finding: {m}" for m in msgs)
    assert not problems, "\n".join(problems)


def fixed_source(path: Path) -> bytes:
    source, findings = findings_for(path)
    m = FIX_RE.search(source.decode())
    edits = []
    for f in findings:
        if not f.fixes:
            continue
        if m:
            fix = next((x for x in f.fixes if re.search(m.group(1), x.title)), None)
        else:
            fix = next((x for x in f.fixes if x.preferred), f.fixes[0])
        if fix is not None:
            edits.extend(fix.edits)
    assert edits, f"{path}: no fix to apply"
    return apply_edits(source, list(dict.fromkeys(edits)))  # two fixes may add the same import


def go_tool() -> str | None:
    return shutil.which("go") or (shutil.which("go", path="/usr/lib/go/bin") if os.path.isdir("/usr/lib/go/bin") else None)


def gofmt_tool() -> str | None:
    return shutil.which("gofmt") or (shutil.which("gofmt", path="/usr/lib/go/bin") if os.path.isdir("/usr/lib/go/bin") else None)


def check_golden(path: Path) -> None:
    golden = path.with_name(path.name + ".golden")
    got = fixed_source(path)
    assert not syntax.parse(got).root_node.has_error, f"fixed {path.name} does not parse"
    want = golden.read_bytes()
    assert got.decode() == want.decode(), f"fixed {path.name} differs from {golden.name}"
    gofmt = gofmt_tool()
    if gofmt:
        r = subprocess.run([gofmt, "-l"], input=got, capture_output=True)
        assert r.returncode == 0 and not r.stdout.strip() and not r.stderr, \
            f"fixed {path.name} is not gofmt-clean: {r.stderr.decode()}"
        d = subprocess.run([gofmt, "-d", str(golden)], capture_output=True, text=True)
        assert not d.stdout.strip(), f"{golden.name} is not gofmt-style:\n{d.stdout}"
    go = go_tool()
    if go:
        with tempfile.TemporaryDirectory() as tmp:
            f = Path(tmp) / path.name
            f.write_bytes(got)
            files = [str(f)]
            if (path.parent / "build_with_package").exists():  # the fix relies on the package's other files
                for other in path.parent.glob("*.go"):
                    if other != path and not other.name.endswith("_test.go"):
                        (Path(tmp) / other.name).write_bytes(other.read_bytes())
                        files.append(str(Path(tmp) / other.name))
            env = dict(os.environ, GO111MODULE="off", GOCACHE=os.environ.get("GOCACHE", "/tmp/goleash-gocache"),
                       GOFLAGS="", GOPATH=str(GOPATH))   # (stand-ins for testify's assert and require)
            r = subprocess.run([go, "build", "-o", os.devnull, *files], capture_output=True, text=True, cwd=tmp,
                               env=env)
            assert r.returncode == 0, f"fixed {path.name} does not compile:\n{r.stderr}"


def check_fix_clears(path: Path) -> None:
    """After the fixes, the rules they answered report nothing in the file."""
    source, findings = findings_for(path)
    fixed_codes = {f.code for f in findings if f.fixes}
    fixed = fixed_source(path)
    after = Analyzer(Settings()).analyze(fixed, syntax.parse(fixed), str(path),
                                         go_version=module_go_version(str(path), Settings().go_version))
    left = [f"{line_of(fixed, f.start)}: {f.message} ({f.code})" for f in after if f.code in fixed_codes]
    assert not left, f"fixed {path.name} still reports:\n" + "\n".join(left)


RUNTIME = TESTDATA / "runtime"


def run_go_test(go: str, d: Path, flags: list[str]) -> subprocess.CompletedProcess:
    env = dict(os.environ, GOCACHE=os.environ.get("GOCACHE", "/tmp/goleash-gocache"), GOFLAGS="-mod=mod",
               GOPROXY="off", GO111MODULE="on")
    return subprocess.run([go, "test", "-count=1", "-timeout", "60s", *flags, "."], cwd=d,
                          capture_output=True, text=True, env=env, timeout=300)


def check_runtime_case(case: Path) -> None:
    """A runtime proof: `go test` fails on the buggy program and passes once goleash fixed it.

    The case directory holds the program (`*.go`, with the bug and its `// want`),
    its test (`*_test.go`, which shows the leak/deadlock/panic/race, bounded by a
    timeout) and optionally `flags` (extra `go test` flags such as `-race`). The
    fix is applied by goleash itself, exactly as the golden tests apply it. A
    case with a `nofix` file is for a rule without a quick fix: it proves that
    the reported code really fails at run time, and that goleash reports it.
    """
    go = go_tool()
    if go is None:
        import pytest
        if os.environ.get("GOLEASH_REQUIRE_GO"):
            raise AssertionError("go is required (GOLEASH_REQUIRE_GO=1) but not installed")
        pytest.skip("go not installed")
    flags = (case / "flags").read_text().split() if (case / "flags").exists() else []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / case.name
        shutil.copytree(case, work)
        (work / "go.mod").write_text("module example.com/rt\n\ngo 1.19\n")
        before = run_go_test(go, work, flags)
        assert before.returncode != 0, f"{case.name}: the test passes before the fix:\n{before.stdout}{before.stderr}"
        if (case / "nofix").exists():
            for p in work.glob("*.go"):
                if not p.name.endswith("_test.go") or "// want" in p.read_text():
                    check_wants(p)
            want = (case / "nofix").read_text().strip()
            assert want in before.stdout + before.stderr, f"{case.name}: expected {want!r} in the failure"
            return
        targets = [p for p in work.glob("*.go") if not p.name.endswith("_test.go")]
        changed = 0
        for p in targets:
            source, findings = findings_for(p)
            if any(f.fixes for f in findings):
                p.write_bytes(fixed_source(p))
                changed += 1
        assert changed, f"{case.name}: goleash offered no fix"
        after = run_go_test(go, work, flags)
        assert after.returncode == 0, f"{case.name}: the test still fails after the fix:\n{after.stdout}{after.stderr}"
