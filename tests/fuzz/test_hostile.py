"""Hostile inputs over LSP and the CLI (short sizes in CI; scripts/hostile_lsp.py runs the
full ones: 200k-line and 5 MB-line files, 200-deep nesting)."""

from __future__ import annotations

from pathlib import Path

from fuzz import hostile

GO_SRC = Path("/usr/share/go-1.19/src")
INPUTS = hostile.inputs("ci", GO_SRC)
EXPECT_FINDINGS = {"invalid-utf8": 1, "lone-surrogates": 1, "nul": 0}


def test_hostile_inputs_over_lsp(tmp_path):
    c, small = hostile.lsp_session(tmp_path)
    problems = []
    try:
        for name, data in INPUTS:
            o = hostile.run_lsp(c, small, tmp_path, name, data)
            print(f"{o.name:28} {o.lines:>7} lines {o.size:>9} B  publish {o.publish:5.2f} s (bound {o.bound:4.1f})  "
                  f"worst request {o.worst_request * 1000:4.0f} ms  findings {o.findings}")
            if o.publish > o.bound:
                problems.append(f"{name}: published after {o.publish:.2f} s, bound {o.bound:.1f} s")
            if o.worst_request > 0.2:
                problems.append(f"{name}: a request waited {o.worst_request * 1000:.0f} ms")
            if name in EXPECT_FINDINGS and o.findings != EXPECT_FINDINGS[name]:
                problems.append(f"{name}: {o.findings} findings, expected {EXPECT_FINDINGS[name]}")
        e = hostile.run_edited_during_analysis(c, small, tmp_path, funcs=1500)
        print(f"{e.name:28} {e.lines:>7} lines  first publish {e.publish:5.2f} s, full {e.final_publish:5.2f} s, "
              f"worst request {e.worst_request * 1000:4.0f} ms  findings {e.findings} {e.notes}")
        problems += [f"edited during analysis: {n}" for n in e.notes]
        if e.worst_request > 0.2:
            problems.append(f"edited during analysis: a request waited {e.worst_request * 1000:.0f} ms")
        skipped = [m["params"]["message"] for m in c.received if m.get("method") == "window/logMessage"]
        assert any("nested too deeply" in m for m in skipped)
        assert any("binary file" in m for m in skipped)
        assert c.tracebacks() == [] and c.pop_ups() == []
        assert c.shutdown_and_exit() == 0
    finally:
        c.close()
    assert problems == []


def test_hostile_inputs_cli(tmp_path):
    """goleash check --timeout 2 over all inputs (one package each) finishes in bounded time,
    without a traceback: refused inputs are reported (exit 2), the others checked."""
    import subprocess
    import sys
    import time
    for name, data in INPUTS:
        d = tmp_path / name
        d.mkdir()
        (d / "x.go").write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    t0 = time.monotonic()
    r = subprocess.run([sys.executable, "-m", "goleash", "check", "--timeout", "2", str(tmp_path)],
                       capture_output=True, text=True, timeout=600)
    took = time.monotonic() - t0
    print(r.stderr)
    assert "Traceback" not in r.stderr
    assert r.returncode == 2  # some inputs are refused
    for name in ("nul", "random-bytes"):
        assert f"{name}/x.go: binary file" in r.stderr
    assert "nest-if-lock-go-300/x.go: analysis stopped after 2 s" in r.stderr
    assert f"{tmp_path}/invalid-utf8/x.go:" in r.stdout and f"{tmp_path}/lone-surrogates/x.go:" in r.stdout
    size = sum(len(d) for _, d in INPUTS) / 1_000_000
    assert took < 2 * len(INPUTS) + 3 * size, took
