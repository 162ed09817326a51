"""Messages read on small screens: the first sentence says the failure in at most 80 characters, and plain
text clients get no markdown (no backticks)."""

import pytest

from harness import TESTDATA, findings_for

FILES = sorted(p for p in TESTDATA.rglob("*.go") if "runtime" not in p.parts)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(TESTDATA)))
def test_first_sentence_is_short_and_plain(path):
    _, findings = findings_for(path)
    bad = []
    for f in findings:
        first = f.message.split(". ", 1)[0]
        if len(first) > 80:
            bad.append(f"{f.code}: first sentence has {len(first)} characters: {first!r}")
        if "`" in f.message:
            bad.append(f"{f.code}: backticks in {f.message!r}")
        if f.message.endswith("."):
            bad.append(f"{f.code}: trailing period in {f.message!r}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(TESTDATA)))
def test_squiggles_are_wide_enough_to_hit(path):
    """A squiggle covers the statement (its first line), not a one- or two-character token such as `go`."""
    src, findings = findings_for(path)
    narrow = [(f.code, src[f.start:f.end].decode()) for f in findings if f.end - f.start < 3]
    assert not narrow, narrow



def test_a_plain_access_points_at_the_atomic_access_it_races_with():
    """GL504 names the sync/atomic call of the other side, in the function the message names."""
    src, findings = findings_for(TESTDATA / "GL504" / "flagged.go")
    gl504 = [f for f in findings if f.code == "GL504"]
    assert gl504
    for f in gl504:
        assert len(f.related) == 1, f
        r = f.related[0]
        call = src[r.start:r.end].decode()
        assert call.startswith("atomic.") and r.message.startswith(call.split("(")[0]), (call, r.message)
        assert r.message.split(" in ")[-1] in f.message


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(TESTDATA)))
def test_every_finding_shows_another_place_on_its_path(path):
    """Besides the squiggle, a finding names another place of the failure (the goroutine's start, the
    lock, the atomic access it races with, the return the ticker outlives...), which the editor shows
    with it. Not GL001, a finding about a suppression comment."""
    _, findings = findings_for(path)
    bare = [(f.code, f.message) for f in findings if not f.related and f.code != "GL001"]
    assert not bare, bare
