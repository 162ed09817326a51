"""call_names reads a declaration's called names backwards; it must give what the forward pattern gives."""

import glob
import re
from pathlib import Path

from goleash.model.package import call_names

# the forward pattern: a name that starts a word, then a parenthesis
_FORWARD = re.compile(rb"\b([A-Za-z_]\w*+)\s*+\(")


def forward(text: bytes) -> frozenset[str]:
    return frozenset(m.decode() for m in set(_FORWARD.findall(text)))


CASES = [
    b"func (r *T) m(a int) { f(a); x.g (b); h\n(c); x2(1); k(l(m())) }",
    b"v := 9abc(1) + 1e5 * (2) + _u(3)",
    "caf\u00e9(1); na\u00efve(2); ok(3)".encode(),
    b"if(a) { for(;;) {} } // note(x)",
    b"(((",
    b"",
]


def test_matches_the_forward_pattern_on_tricky_text():
    for text in CASES:
        assert call_names(text) == forward(text), text


def test_matches_the_forward_pattern_on_std_sources():
    files = sorted(glob.glob("/usr/share/go-1.19/src/sync/*.go") + glob.glob("/usr/share/go-1.19/src/context/*.go"))
    files += sorted(str(p) for p in (Path(__file__).parent / "testdata").glob("GL1*/*.go"))
    assert files
    for f in files:
        with open(f, "rb") as fh:
            text = fh.read()
        assert call_names(text) == forward(text), f
