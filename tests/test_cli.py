"""`goleash check`: text, json and sarif output, exit codes, bad paths, settings."""

import json
import os
import subprocess
import sys
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
    assert any(":14:3: goroutine blocks forever sending on unbuffered channel ch" in l and l.endswith("(GL101)")
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
    assert r.returncode == 1 and r.stdout.startswith(f"{tmp_path}/main.go:8:16: ") and "(GL501)" in r.stdout
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
