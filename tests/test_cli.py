"""`goleash check`: text, json and sarif output, exit codes, bad paths, settings."""

import json
import os
import subprocess
import sys

import pytest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "leak.go"
CLEAN = ROOT / "tests" / "testdata" / "GL101" / "silent.go"


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "goleash", *args], capture_output=True, text=True, cwd=cwd)


def test_text_output_and_exit_code():
    r = run("check", str(EXAMPLE.relative_to(ROOT)))
    assert r.returncode == 1, r.stderr
    lines = r.stdout.splitlines()
    assert lines and all(l.startswith("examples/leak.go:") for l in lines)
    assert any(":14:3: goroutine blocks forever sending on ch. Unbuffered channel" in l and l.endswith("(GL101)")
               for l in lines), lines


def test_clean_file_exits_zero():
    r = run("check", str(CLEAN))
    assert (r.returncode, r.stdout) == (0, "")


def test_missing_file_reported_and_rest_checked():
    r = run("check", "does/not/exist.go", str(EXAMPLE))
    assert r.returncode == 2
    assert "does/not/exist.go: no such file or directory" in r.stderr
    assert "(GL101)" in r.stdout  # the other file was still checked


def test_unreadable_and_binary_files(tmp_path):
    (tmp_path / "bin.go").write_bytes(b"\x00\x01\x02package x")
    r = run("check", str(tmp_path))
    assert r.returncode == 2 and "bin.go: binary file" in r.stderr


def test_directory_walk_skips_vendor_testdata_hidden(tmp_path):
    src = EXAMPLE.read_text()
    for d in ["vendor", "testdata", ".hidden", "_skip", "pkg"]:
        (tmp_path / d).mkdir()
        (tmp_path / d / "x.go").write_text(src)
    r = run("check", str(tmp_path))
    files = {l.split(":")[0] for l in r.stdout.splitlines()}
    assert files == {str(tmp_path / "pkg" / "x.go")}


def test_json_output():
    r = run("check", "--format", "json", str(EXAMPLE))
    data = json.loads(r.stdout)
    assert r.returncode == 1
    first = next(d for d in data if d["code"] == "GL101")
    assert {"file", "line", "column", "end_line", "end_column", "message", "severity", "related", "fixes"} <= set(first)
    assert first["fixes"][0]["preferred"] is True
    assert any(rel["message"].startswith("ch is made") for rel in first["related"])


def test_sarif_output():
    r = run("check", "--format", "sarif", str(EXAMPLE.relative_to(ROOT)))
    sarif = json.loads(r.stdout)
    assert sarif["version"] == "2.1.0"
    run0 = sarif["runs"][0]
    rules = run0["tool"]["driver"]["rules"]
    ids = [x["id"] for x in rules]
    # no helpUri unless docsUrl is configured: the page is in help.markdown, and no dead web link
    assert "GL101" in ids and all(x["help"]["markdown"] and "helpUri" not in x for x in rules)
    res = next(x for x in run0["results"] if x["ruleId"] == "GL101")
    assert rules[res["ruleIndex"]]["id"] == "GL101"
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "examples/leak.go"
    assert loc["region"]["startLine"] == 14 and loc["region"]["startColumn"] == 3
    assert res["relatedLocations"] and res["fixes"]


def test_sarif_help_uri_from_docs_url(tmp_path):
    (tmp_path / ".goleash.toml").write_text('docsUrl = "https://docs.example.org/goleash/{code}.html"\n')
    (tmp_path / "leak.go").write_text(EXAMPLE.read_text())
    sarif = json.loads(run("check", "--format", "sarif", str(tmp_path)).stdout)
    rules = {x["id"]: x for x in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["GL101"]["helpUri"] == "https://docs.example.org/goleash/GL101.html"


def test_select_ignore_and_unknown_codes():
    assert run("check", "--ignore", "GL101", str(EXAMPLE)).stdout.count("(GL101)") == 0
    assert run("check", "--select", "GL1", str(EXAMPLE)).stdout.count("(GL101)") >= 1
    r = run("check", "--select", "GL999", str(EXAMPLE))
    assert r.returncode == 2 and "no rule matches GL999" in r.stderr


def test_severity_flag_and_go_version_validation():
    r = run("check", "--go-version", "banana", str(EXAMPLE))
    assert r.returncode == 2 and "not a Go version" in r.stderr
    r = run("check", "--format", "json", "--severity", "GL101=error", str(EXAMPLE))
    assert all(d["severity"] == "error" for d in json.loads(r.stdout) if d["code"] == "GL101")


def test_config_file(tmp_path):
    (tmp_path / ".goleash.toml").write_text('ignore = ["GL101"]\n')
    (tmp_path / "a.go").write_text(EXAMPLE.read_text())
    r = run("check", str(tmp_path), cwd=tmp_path)
    assert "(GL101)" not in r.stdout


def test_usage_error_exit_2():
    assert run("check").returncode == 2
    assert run("frobnicate").returncode == 2


def test_check_never_imports_pygls():
    code = ("import sys; from goleash.cli import main; rc = main(['check', %r]); "
            "print('pygls' in sys.modules, 'lsprotocol' in sys.modules)") % str(EXAMPLE)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.stdout.strip().splitlines()[-1] == "False False"


def test_rules_listing_and_docs_are_current():
    r = run("rules")
    assert r.returncode == 0 and "GL101  abandoned-sender" in r.stdout
    r = run("docs", "--check")
    assert r.returncode == 0, r.stderr + "\n(the README rules table or server/goleash/rule_docs pages are stale: run `goleash docs`)"


def test_non_utf8_file_name_under_strict_utf8_output(tmp_path):
    name = os.fsdecode(b"caf\xe9.go")  # not UTF-8: os.fsdecode escapes the byte
    (tmp_path / name).write_text(EXAMPLE.read_text())
    r = subprocess.run([sys.executable, "-m", "goleash", "check", str(tmp_path)], capture_output=True,
                       env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert r.returncode == 1, r.stderr
    assert b"Traceback" not in r.stderr
    assert r.stdout.startswith(os.fsencode(str(tmp_path)) + b"/caf\xe9.go:")  # the name's bytes, as go vet prints
    j = subprocess.run([sys.executable, "-m", "goleash", "check", "--format", "json", str(tmp_path)],
                       capture_output=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert j.returncode == 1 and json.loads(j.stdout)[0]["file"].endswith("caf\udce9.go")


def test_only_regular_files_are_read(tmp_path):
    """A FIFO named x.go would block a read for ever, a symlink to /dev/zero never end:
    both are reported and skipped, the other files are checked."""
    os.mkfifo(tmp_path / "fifo.go")
    os.symlink("/dev/zero", tmp_path / "zero.go")
    os.symlink("loop.go", tmp_path / "loop.go")
    (tmp_path / "dir.go").mkdir()
    (tmp_path / "leak.go").write_text(EXAMPLE.read_text())
    r = subprocess.run([sys.executable, "-m", "goleash", "check", str(tmp_path)], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2
    assert "fifo.go: not a regular file (a FIFO)" in r.stderr
    assert "zero.go: not a regular file (a character device)" in r.stderr
    assert "Traceback" not in r.stderr
    assert "leak.go:" in r.stdout and "(GL101)" in r.stdout
    named = subprocess.run([sys.executable, "-m", "goleash", "check", str(tmp_path / "fifo.go")],
                           capture_output=True, text=True, timeout=60)
    assert named.returncode == 2 and "not a regular file" in named.stderr


def test_huge_and_deep_declarations_are_skipped_with_a_note(tmp_path):
    deep = "package p\n\nvar x = " + "-" * 20000 + "1\n\n" + EXAMPLE.read_text().split("\n", 1)[1]
    (tmp_path / "deep.go").write_text(deep)
    r = run("check", str(tmp_path / "deep.go"))
    assert r.returncode == 1, r.stderr  # the rest of the file is still checked
    assert "(GL101)" in r.stdout
    assert "deep.go:line 3: declaration nested too deeply to analyse" in r.stderr


def test_timeout_gives_up_on_a_file(tmp_path):
    nested = "package p\n\nimport \"sync\"\n\nvar mu sync.Mutex\n\nfunc f(x int, ch chan int) {\n" + \
        "if x > 0 { mu.Lock(); go func() { ch <- x }()\n" * 300 + "}\n" * 300 + "}\n"
    (tmp_path / "nested.go").write_text(nested)
    (tmp_path / "leak.go").write_text(EXAMPLE.read_text())
    t0 = __import__("time").monotonic()
    r = run("check", "--timeout", "1", str(tmp_path))
    assert __import__("time").monotonic() - t0 < 30
    assert r.returncode == 2
    assert "nested.go: analysis stopped after 1 s (--timeout): not checked" in r.stderr
    assert "leak.go:" in r.stdout


LOOP = """package main

import "fmt"

func printAll(items []string) {
	for _, it := range items {
		go func() {
			fmt.Println(it)
		}()
	}
}
"""


def test_stdin_is_checked_as_the_named_file(tmp_path):
    """An editor's unsaved buffer (Emacs's flymake backend): the text on stdin, the package and go.mod of
    the named file."""
    (tmp_path / "go.mod").write_text("module example.com/m\n\ngo 1.21\n")
    (tmp_path / "main.go").write_text("package main\n")  # on disk: clean; in the buffer: a GL501
    r = subprocess.run([sys.executable, "-m", "goleash", "check", "--stdin-filename", str(tmp_path / "main.go"), "-"],
                       input=LOOP, capture_output=True, text=True)
    assert r.returncode == 1 and r.stdout.startswith(f"{tmp_path}/main.go:8:") and "(GL501)" in r.stdout
    (tmp_path / "go.mod").write_text("module example.com/m\n\ngo 1.22\n")  # per-iteration loop variables
    r = subprocess.run([sys.executable, "-m", "goleash", "check", "--stdin-filename", str(tmp_path / "main.go"), "-"],
                       input=LOOP, capture_output=True, text=True)
    assert (r.returncode, r.stdout) == (0, "")
    r = run("check", "--stdin-filename", str(tmp_path / "main.go"), str(EXAMPLE))
    assert r.returncode == 2 and "the path is -" in r.stderr


def test_defer_to_gopls_leaves_out_what_gopls_reports_but_json_keeps_its_fixes(tmp_path):
    (tmp_path / "go.mod").write_text("module example.com/m\n\ngo 1.21\n")
    args = [sys.executable, "-m", "goleash", "check", "--defer-to-gopls", "--stdin-filename", str(tmp_path / "a.go")]
    r = subprocess.run(args + ["-"], input=LOOP, capture_output=True, text=True)
    assert (r.returncode, r.stdout) == (0, "")  # gopls's loopclosure reports it
    r = subprocess.run(args + ["--format", "json", "-"], input=LOOP, capture_output=True, text=True)
    [rec] = json.loads(r.stdout)
    assert r.returncode == 0 and rec["code"] == "GL501" and rec["deferred"] is True and rec["fixes"]


def test_stdin_with_a_nul_byte_is_refused_like_a_file(tmp_path):
    r = subprocess.run([sys.executable, "-m", "goleash", "check", "--stdin-filename", str(tmp_path / "a.go"), "-"],
                       input=LOOP.replace("fmt.Println(it)", "fmt.Println(it)\x00"), capture_output=True, text=True)
    assert r.returncode == 2 and "a.go: binary file" in r.stderr and r.stdout == ""


def test_check_pins_the_hash_seed(tmp_path):
    """Findings must not depend on Python's per-process string hash salt: goleash re-executes itself
    with a fixed PYTHONHASHSEED when none is set (POSIX), so two runs agree."""
    if os.name != "posix":
        pytest.skip("POSIX only")
    probe = tmp_path / "probe.py"
    probe.write_text("import os, sys\nfrom goleash import launch\nsys.argv = ['goleash', 'rules']\n"
                     "launch._pin_hash_seed()\nprint('seed', os.environ.get('PYTHONHASHSEED'))\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
    r = subprocess.run([sys.executable, str(probe)], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "seed 0"
