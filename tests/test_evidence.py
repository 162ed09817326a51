"""Runtime evidence: real goroutine dumps and -race reports become findings on the user's lines."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from goleash.evidence import is_user_frame, Frame, parse
from harness import go_tool

PROGRAM = """package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

var counter int

func leak() {
	ch := make(chan int)
	go func() {
		ch <- 1
	}()
}

func main() {
	if len(os.Args) > 1 {
		for i := 0; i < 2; i++ {
			go func() { counter++ }()
		}
		time.Sleep(100 * time.Millisecond)
		fmt.Println(counter)
		return
	}
	leak()
	leak()
	time.Sleep(50 * time.Millisecond)
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, true)
	os.Stdout.Write(buf[:n])
}
"""

DEADLOCK = """fatal error: all goroutines are asleep - deadlock!

goroutine 1 [chan receive]:
main.main()
	/home/me/app/main.go:9 +0x3d
exit status 2
"""

GOLEAK = """leaks.go:78: found unexpected goroutines:
    [Goroutine 7 in state select, with example.com/app/worker.(*Pool).run on top of the stack:
    goroutine 7 [select]:
    example.com/app/worker.(*Pool).run(0xc000010018)
    	/src/app/worker/pool.go:41 +0x8e
    created by example.com/app/worker.New
    	/src/app/worker/pool.go:22 +0x9a
    ]
"""


def test_deadlock_and_goleak_formats():
    found = parse(DEADLOCK + GOLEAK)
    got = {(f.code, os.path.basename(f.path), f.line) for f in found}
    assert got == {("GL901", "main.go", 9), ("GL901", "pool.go", 41)}
    pool = next(f for f in found if f.path.endswith("pool.go"))
    assert "in select" in pool.message and pool.related == [("/src/app/worker/pool.go", 22,
                                                              "the goroutine was started here")]


def test_std_frames_are_not_user_code():
    assert not is_user_frame(Frame("sync.(*WaitGroup).Wait", "/usr/lib/go/src/sync/waitgroup.go", 136))
    assert not is_user_frame(Frame("net/http.(*conn).serve", "/usr/lib/go/src/net/http/server.go", 1))
    assert is_user_frame(Frame("main.main", "/x/main.go", 3))
    assert is_user_frame(Frame("example.com/a/b.F", "/x/b.go", 3))
    assert is_user_frame(Frame("mypkg.F", "/work/proj/mypkg/f.go", 3), roots=("/work/proj",))


@pytest.fixture(scope="module")
def program(tmp_path_factory):
    go = go_tool()
    if go is None:
        if os.environ.get("GOLEASH_REQUIRE_GO"):
            raise AssertionError("go is required but not installed")
        pytest.skip("go not installed")
    d = tmp_path_factory.mktemp("ev")
    (d / "main.go").write_text(PROGRAM)
    (d / "go.mod").write_text("module example.com/ev\n\ngo 1.19\n")
    env = dict(os.environ, GOCACHE=os.environ.get("GOCACHE", "/tmp/goleash-gocache"), GOFLAGS="-mod=mod")
    dump = subprocess.run([go, "run", "."], cwd=d, capture_output=True, text=True, env=env, timeout=300)
    race = subprocess.run([go, "run", "-race", ".", "race"], cwd=d, capture_output=True, text=True, env=env,
                          timeout=300)
    (d / "dump.txt").write_text(dump.stdout + dump.stderr)
    (d / "race.txt").write_text(race.stdout + race.stderr)
    return d


def test_real_dump_and_race_report(program):
    found = parse((program / "dump.txt").read_text() + (program / "race.txt").read_text())
    got = sorted((f.code, f.line, f.count) for f in found)
    assert ("GL901", 15, 2) in got  # both leaked senders, counted on their send line
    assert any(code == "GL902" and line == 22 for code, line, _ in got)


def test_cli_joins_evidence_with_static_findings(program):
    r = subprocess.run([sys.executable, "-m", "goleash", "check", "--evidence", str(program / "dump.txt"),
                        "--evidence", "-", str(program)], input=(program / "race.txt").read_text(),
                       capture_output=True, text=True)
    lines = r.stdout.splitlines()
    assert r.returncode == 1
    assert any(l.endswith("(GL101)") and ":15:" in l for l in lines)
    assert any(l.endswith("(GL901)") and ":15:3: 2 goroutines were blocked here in chan send" in l for l in lines)
    assert any(l.endswith("(GL902)") and ":22:" in l for l in lines)


def test_missing_evidence_file_is_a_usage_error(tmp_path):
    r = subprocess.run([sys.executable, "-m", "goleash", "check", "--evidence", str(tmp_path / "nope.txt"),
                        str(tmp_path)], capture_output=True, text=True)
    assert r.returncode == 2 and "nope.txt" in r.stderr


def test_evidence_obeys_suppressions_and_severity(tmp_path):
    """Evidence goes through the same engine entry point as static findings: ignore comments and
    severity overrides apply to GL901/GL902 too."""
    src = tmp_path / "main.go"
    src.write_text("package main\n\nfunc main() {\n\tch := make(chan int)\n"
                   "\t//goleash:ignore GL901 the dump was taken while the test was stopped on purpose\n"
                   "\tch <- 1\n\t<-ch\n}\n")
    dump = ("goroutine 1 [chan send]:\nmain.main()\n\t%s:6 +0x3d\n"
            "goroutine 5 [chan receive]:\nmain.main()\n\t%s:7 +0x3d\n") % (src, src)
    r = subprocess.run([sys.executable, "-m", "goleash", "check", "--format", "json", "--select", "GL9",
                        "--severity", "GL901=error", "--evidence", "-", str(src)],
                       input=dump, capture_output=True, text=True)
    records = __import__("json").loads(r.stdout)
    assert [(x["code"], x["line"], x["severity"]) for x in records] == [("GL901", 7, "error")], records
