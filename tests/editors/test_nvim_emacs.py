"""Real editors drive the real server: headless Neovim 0.7 (vim.lsp) and Emacs 28 + eglot (batch).

Each opens the sample with a GL101 leak and a GL202 WaitGroup bug, sees both diagnostics,
applies goleash's preferred fix for GL101, sees it clear and saves. With
GOLEASH_REQUIRE_EDITORS=1 (set by scripts/test.sh) a missing editor fails the test.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
SAMPLE = HERE / "sample" / "main.go"
SERVER_CMD = [sys.executable, "-m", "goleash", "serve"]


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("GOLEASH_REQUIRE_EDITORS"):
            raise AssertionError(f"{tool} is required (GOLEASH_REQUIRE_EDITORS=1) but not installed")
        pytest.skip(f"{tool} not installed")
    return path


def workspace(tmp_path: Path) -> Path:
    (tmp_path / "go.mod").write_text("module example.com/sample\n\ngo 1.21\n")
    shutil.copy(SAMPLE, tmp_path / "main.go")
    return tmp_path / "main.go"


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
    assert "make(chan int, 1)" in go_file.read_text()


def test_emacs_eglot_shows_fixes_and_clears(tmp_path):
    emacs = need("emacs")
    go_file = workspace(tmp_path)
    r = run_editor([emacs, "--batch", "-Q", "-l", str(HERE / "emacs_e2e.el")],
                   {"GOLEASH_CMD": json.dumps(SERVER_CMD), "GO_FILE": str(go_file),
                    "GOLEASH_EMACS_CONFIG": str(ROOT / "editors/emacs/goleash.el")})
    assert r.returncode == 0 and "PASS" in r.stdout, r.stdout + r.stderr
    assert "GL101" in r.stdout and "GL202" in r.stdout
    assert "make(chan int, 1)" in go_file.read_text()
