"""Differential fuzzing in CI (short): the real server vs ``goleash check`` on the same
text after thousands of random incremental edits (issue 14). The long run is
``scripts/fuzz_lsp.py`` (50,000+ edits)."""

from __future__ import annotations

import pytest

from fuzz import lspfuzz

CASES = [  # (file, encoding, edits, seed, sync probability): 5,000 edits in all
    ("dense.go", "utf-16", 2600, 1, 0.05),
    ("dense.go", "utf-8", 1600, 2, 0.05),
    ("transport.go", "utf-16", 800, 3, 0.005),
]


def source(name: str) -> str:
    if name == "dense.go":
        return lspfuzz.dense_source(300)
    path = lspfuzz.GO_SRC / "net/http/transport.go"
    if not path.exists():
        pytest.skip("the Go std lib source is not installed")
    return path.read_text()


@pytest.mark.parametrize("name,enc,edits,seed,sync", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_server_equals_cli_under_random_edits(tmp_path, name, enc, edits, seed, sync):
    """The server's own work (edits, positions, trees, conversions, supersession) is exact:
    with the engine's per-declaration cache out of the picture, no checkpoint differs."""
    checkpoints = 12 if name == "transport.go" else 20
    r = lspfuzz.run(source(name), name, seed, edits, checkpoints, enc, tmp_path, log=print, sync_probability=sync,
                    fresh_engine=True)
    assert r.edits >= edits and r.checkpoints >= checkpoints
    assert r.tracebacks == []
    assert [(m.edit, m.only_server, m.only_cli) for m in r.mismatches] == []


def test_server_equals_cli_with_the_engine_cache(tmp_path):
    """What users run: the engine's per-declaration cache on. (Before the package-model engine,
    this differed at 1-5 of 30 checkpoints: cached messages with stale line numbers, results
    cached inside an ERROR region served after the fix — issue 14 points 1-2.)"""
    r = lspfuzz.run(source("dense.go"), "dense.go", 9, 1500, 20, "utf-16", tmp_path, log=print)
    assert r.tracebacks == []
    assert [(m.edit, m.only_server, m.only_cli) for m in r.mismatches] == []
