"""Real editors drive the real server: headless Neovim 0.7 (vim.lsp) and Emacs 28 + eglot (batch).

Neovim alone opens the sample with a GL101 leak and a GL202 WaitGroup bug, sees both diagnostics, asks for
a code action from the line's indentation, applies goleash's preferred fix for GL101, sees it clear, saves.
Beside Debian's gopls (Neovim, and Emacs with eglot+gopls and goleash's flymake backend) the sample has a
GL101 leak and a loop-variable capture that gopls reports too (loopclosure): it must show once, gopls's
go-to-definition must still work (Emacs), and goleash's fix for it is offered and clears it.
With GOLEASH_REQUIRE_EDITORS=1 (set by scripts/test.sh) a missing editor fails the test.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.editors  # ./scripts/test.sh --light leaves these out

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
SAMPLE = HERE / "sample" / "main.go"
GOPLS_SAMPLE = HERE / "sample_gopls" / "main.go"
SERVER_CMD = [sys.executable, "-m", "goleash", "serve"]
GOLEASH = Path(sys.executable).with_name("goleash")  # the venv's entry point, as a user installs it


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("GOLEASH_REQUIRE_EDITORS"):
            raise AssertionError(f"{tool} is required (GOLEASH_REQUIRE_EDITORS=1) but not installed")
        pytest.skip(f"{tool} not installed")
    return path


def workspace(tmp_path: Path, sample: Path = SAMPLE, go: str = "1.21") -> Path:
    (tmp_path / "go.mod").write_text(f"module example.com/sample\n\ngo {go}\n")
    shutil.copy(sample, tmp_path / "main.go")
    return tmp_path / "main.go"


def gopls_env(tmp_path: Path) -> dict:
    """gopls needs go; keep its caches in the test's tmp dir and off the network."""
    need("go")
    need("gopls")
    return {"GOPROXY": "off", "GOCACHE": str(tmp_path / ".gocache"), "GOPATH": str(tmp_path / ".gopath")}


def run_editor(argv, env, timeout=90):
    env = dict(os.environ, **env)
    env.setdefault("PYTHONPATH", str(ROOT / "server"))
    r = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=timeout, stdin=subprocess.DEVNULL)
    print(r.stdout)
    print(r.stderr, file=sys.stderr)
    return r


def test_neovim_shows_fixes_and_clears(tmp_path):
    nvim = need("nvim")
    go_file = workspace(tmp_path)
    r = run_editor([nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c",
                    f"luafile {HERE / 'nvim_e2e.lua'}"],
                   {"GOLEASH_CMD": json.dumps(SERVER_CMD), "GOLEASH_CONFIG": str(ROOT / "editors/nvim/goleash-0.7.lua"),
                    "GO_FILE": str(go_file)})
    assert r.returncode == 0 and "PASS" in r.stdout, r.stderr
    assert "[GL101]" in r.stdout and "[GL202]" in r.stdout
    assert "ACTION Buffer ch with capacity 1" in r.stdout  # asked from column 0 of the flagged line
    assert "make(chan int, 1)" in go_file.read_text()


def test_neovim_beside_gopls_no_duplicates(tmp_path):
    nvim = need("nvim")
    (tmp_path / "ws").mkdir()
    go_file = workspace(tmp_path / "ws", GOPLS_SAMPLE, "1.19")
    r = run_editor([nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c",
                    f"luafile {HERE / 'nvim_e2e.lua'}"],
                   {"GOLEASH_CMD": json.dumps(SERVER_CMD), "GOLEASH_CONFIG": str(ROOT / "editors/nvim/goleash-0.7.lua"),
                    "GO_FILE": str(go_file), "WITH_GOPLS": "1", **gopls_env(tmp_path)})
    assert r.returncode == 0 and "PASS" in r.stdout, r.stderr
    assert "(loopclosure)" in r.stdout and "[GL101]" in r.stdout and "[GL501]" not in r.stdout
    assert "NO DUPLICATES" in r.stdout and "ACTION Pass it as argument of the goroutine (GL501) (preferred)" in r.stdout
    assert "go func(it string) {" in go_file.read_text()


def test_emacs_keeps_gopls_and_shows_goleash_beside_it(tmp_path):
    emacs = need("emacs")
    (tmp_path / "ws").mkdir()
    go_file = workspace(tmp_path / "ws", GOPLS_SAMPLE, "1.19")
    r = run_editor([emacs, "--batch", "-Q", "-l", str(HERE / "emacs_e2e.el")],
                   {"GOLEASH_PROGRAM": str(GOLEASH), "GO_FILE": str(go_file),
                    "GOLEASH_EMACS_CONFIG": str(ROOT / "editors/emacs/goleash.el"), **gopls_env(tmp_path)})
    assert r.returncode == 0 and "PASS" in r.stdout, r.stdout + r.stderr
    assert "eglot server: gopls" in r.stdout  # goleash did not take gopls's place
    assert "DEFINITION of fetch: line 31 -> line 9" in r.stdout
    assert "GL101: goroutine blocks forever" in r.stdout and "loopclosure: loop variable it captured" in r.stdout
    assert "GL501" not in r.stdout.split("no duplicate")[0]
    text = go_file.read_text()
    assert "make(chan int, 1)" in text and "go func(it string) {" in text
