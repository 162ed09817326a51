"""Real VS Code (code-server 4.99.4 + headless Chromium via playwright-core) with the linux-x64 VSIX.

The VSIX carries goleash and its Python dependencies: no goleash on PATH, no goleash setting, only a
python3 without goleash. Scenarios (tests/editors/vscode/run_e2e.sh, vscode_e2e.mjs), each with screenshots
in tests/editors/artifacts/vscode/<scenario>/:
  main        squiggles, hover with the doc link that opens the installed rule page, Problems, Ctrl+. from
              the line's first column, the fix applied and saved, then Analyse Workspace: every finding in the
              Problems panel (files not open too) and the summary count equal to it
  no-python   no Python at all; wrong-path: a goleash.path that does not exist; no-goleash: a
              goleash.interpreter without goleash. Each: exactly one notification naming the cause (with the
              interpreter's own error), Open Settings + Show Output; Show Output and Analyse Workspace still
              answer; Open Settings shows the setting, not "No Settings Found". wrong-path goes on: in that
              settings editor goleash.path is set to a server that passes the probe and dies when it serves:
              the extension restarts by itself, says why once (the server's own error) and stops there
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.editors  # ./scripts/test.sh --light leaves these out

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
CS_DIR = Path(os.environ.get("GOLEASH_CODE_SERVER_DIR", Path.home() / ".cache/goleash/code-server"))
VSIX = ROOT / "vscode-extension" / "goleash-linux-x64.vsix"
SHOTS = HERE / "artifacts" / "vscode"
# the interpreter behind the test venv: a Python 3.11+ that has never had goleash installed
PYTHON_NO_GOLEASH = os.path.realpath(getattr(sys, "_base_executable", sys.executable))


def run_scenario(scenario: str) -> str:
    missing = [str(p) for p in (CS_DIR / "node_modules/.bin/code-server", CS_DIR / "node_modules/playwright-core",
                                Path("/usr/bin/chromium"), VSIX) if not p.exists()]
    if missing:
        if os.environ.get("GOLEASH_REQUIRE_EDITORS"):
            raise AssertionError(f"missing (run scripts/install_editors.sh): {missing}")
        pytest.skip(f"missing: {missing}")
    env = dict(os.environ, CS_DIR=str(CS_DIR), VSIX=str(VSIX), PYTHON_NO_GOLEASH=PYTHON_NO_GOLEASH,
               OUT_DIR=str(SHOTS))
    r = subprocess.run(["bash", str(HERE / "vscode" / "run_e2e.sh"), scenario], capture_output=True, text=True,
                       env=env, timeout=400)
    print(r.stdout)
    print(r.stderr, file=sys.stderr)
    assert r.returncode == 0 and "PASS" in r.stdout, r.stdout[-3000:] + r.stderr[-2000:]
    return r.stdout


def test_vscode_bundled_server_end_to_end():
    out = run_scenario("main")
    assert "the bundled goleash, run by" in out  # no goleash on PATH: the VSIX's own
    for step in ("doc link opened GL101.md", "problems row", "quick fix menu shown (cursor at column 1)",
                 "GL101 gone from Problems", "saved to disk", "summary: 3 findings in 3 Go files",
                 "workspace findings in Problems: 3 rows, tab badge 3 = summary 3"):
        assert step in out, step
    for name in ("1-squiggles.png", "2-hover.png", "2b-doc-page.png", "3-problems.png", "4-quickfix-menu.png",
                 "5-after-fix.png", "6-workspace-problems.png"):
        assert (SHOTS / "main" / name).stat().st_size > 10_000, name


@pytest.mark.parametrize("scenario,cause", [
    ("no-python", "no Python found to run goleash"),
    ("wrong-path", 'goleash.path \\"/opt/nowhere/bin/goleash\\" does not run: no such file'),
    ("no-goleash", "No module named goleash"),
])
def test_vscode_failure_gives_one_clear_notification(scenario, cause):
    out = run_scenario(scenario)
    assert "goleash notifications: 1" in out and cause in out.split("notification:", 1)[1].split("\n", 1)[0]
    assert "output channel:" in out and "Analyse Workspace answered" in out and "settings editor shows" in out
    for name in ("1-notification.png", "2-output.png", "3-open-settings.png"):
        assert (SHOTS / scenario / name).stat().st_size > 10_000, name
    if scenario == "wrong-path":  # the crash loop that stops after the first diagnosis
        assert "stopped right after starting: ImportError: libtree-sitter.so" in out
        assert "goleash notifications after the crash: 1" in out
        assert (SHOTS / scenario / "4-crash-stopped.png").stat().st_size > 10_000


BINARY = {  # how tree-sitter's compiled module is named on each target, per CPython (3.11 shown)
    "linux-x64": "_binding.cpython-311-x86_64-linux-gnu.so", "linux-arm64": "_binding.cpython-311-aarch64-linux-gnu.so",
    "alpine-x64": "_binding.cpython-311-x86_64-linux-musl.so", "darwin-x64": "_binding.cpython-311-darwin.so",
    "darwin-arm64": "_binding.cpython-311-darwin.so", "win32-x64": "_binding.cp311-win_amd64.pyd",
    "win32-arm64": "_binding.cp311-win_arm64.pyd",
}


@pytest.mark.parametrize("target", sorted(BINARY))
def test_every_platform_vsix_carries_goleash_and_its_tree_sitter(target):
    """scripts/build_vsix.sh (run by install_editors.sh) builds all targets in one go."""
    import json
    import zipfile
    vsix = ROOT / "vscode-extension" / f"goleash-{target}.vsix"
    if not vsix.exists():
        if os.environ.get("GOLEASH_REQUIRE_EDITORS"):
            raise AssertionError(f"{vsix} missing (scripts/build_vsix.sh)")
        pytest.skip(f"{vsix} not built")
    with zipfile.ZipFile(vsix) as z:
        names = set(z.namelist())
        manifest = z.read("extension.vsixmanifest").decode()
        bundle = json.loads(z.read("extension/bundled/libs/bundle.json"))
    libs = "extension/bundled/libs/"
    assert f'TargetPlatform="{target}"' in manifest
    assert bundle["target"] == target and bundle["pythons"] == ["3.11", "3.12", "3.13", "3.14"]
    for py in ("311", "312", "313", "314"):
        assert libs + "tree_sitter/" + BINARY[target].replace("311", py) in names, py
    assert "extension/bundled/run.py" in names and libs + "goleash/rule_docs/GL101.md" in names
    assert libs + "goleash/server.py" in names and libs + "pygls/__init__.py" in names
    assert not any("__pycache__" in n for n in names)
