"""Every testdata file: `// want` expectations, and golden files for fixes."""

import pytest

from harness import TESTDATA, check_fix_clears, check_golden, check_wants

GO_FILES = sorted(p for p in TESTDATA.rglob("*.go") if "runtime" not in p.parts)
GOLDEN = sorted(p.with_suffix("") for p in TESTDATA.rglob("*.go.golden"))


def _id(p):
    return str(p.relative_to(TESTDATA))


@pytest.mark.parametrize("path", GO_FILES, ids=_id)
def test_want(path):
    check_wants(path)


@pytest.mark.parametrize("path", GOLDEN, ids=_id)
def test_golden(path):
    check_golden(path)


@pytest.mark.parametrize("path", GOLDEN, ids=_id)
def test_fix_clears_finding(path):
    check_fix_clears(path)


def test_every_rule_has_both_sides():
    """Each rule with a checker keeps flagged and look-alike silent testdata."""
    from goleash.rules import all_rules
    from harness import wants
    missing = []
    for rule in all_rules():
        if rule.kind == "evidence":
            continue  # runtime input: tests/test_evidence.py
        d = TESTDATA / rule.code
        files = [p for p in d.glob("*.go")] if d.is_dir() else []
        flagged = [p for p in files if wants(p.read_text())]
        silent = [p for p in files if not wants(p.read_text())]
        if not flagged or not silent:
            missing.append(rule.code)
    assert not missing, f"rules without both positive and negative testdata: {missing}"
