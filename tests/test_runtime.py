"""Runtime proofs: each case's Go test fails before goleash's fix and passes after it."""

import pytest

from harness import RUNTIME, check_runtime_case

CASES = sorted(p for p in RUNTIME.iterdir() if p.is_dir()) if RUNTIME.is_dir() else []


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_runtime_case(case):
    check_runtime_case(case)
