"""Build constraints: does a file build in the configuration goleash reads a package as?

A package's directory often holds one declaration per platform (``conn_unix.go`` and ``conn_windows.go``
each with a ``(*Conn).Close``). goleash reads one package, not one per configuration: where a function is
declared more than once, the package model keeps the declaration of a file that builds for linux/amd64
(:data:`DEFAULT`), the configuration of most servers and CI, and falls back on the first file otherwise.
A constraint is the ``//go:build`` line before the package clause and the ``_GOOS``/``_GOARCH`` suffixes of
the file name (https://pkg.go.dev/cmd/go#hdr-Build_constraints). Tags other than the OS, the
architecture, ``unix`` and the ``go1.N`` release tags are unknown: an expression is false only when it is
false whatever they are."""

from __future__ import annotations

import os
import re

GOOS = frozenset("aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 "
                 "solaris wasip1 windows zos".split())
GOARCH = frozenset("386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 "
                   "mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm".split())
UNIX = frozenset("aix android darwin dragonfly freebsd hurd illumos ios linux netbsd openbsd solaris".split())
DEFAULT = ("linux", "amd64")

_BUILD_RE = re.compile(rb"^//go:build[ \t]+(.+?)[ \t]*$", re.M)
_PACKAGE_RE = re.compile(rb"^package[ \t]", re.M)
_TOKEN_RE = re.compile(r"\s*(\|\||&&|!|\(|\)|[\w.]+)")


def builds_default(path: str | None, source: bytes) -> bool:
    """Can the file build for linux/amd64 (its name's suffixes and its ``//go:build`` line allow it, for
    some value of the tags goleash does not know)?"""
    goos, goarch = DEFAULT
    if path:
        parts = os.path.basename(path)[:-3].split("_") if path.endswith(".go") else []
        if parts and parts[-1] == "test":
            parts = parts[:-1]
        if len(parts) > 1 and parts[-1] in GOARCH:
            if parts[-1] != goarch:
                return False
            parts = parts[:-1]
        if len(parts) > 1 and parts[-1] in GOOS and parts[-1] != goos and \
                not (parts[-1] == "android" and goos == "linux"):
            return False
    clause = _PACKAGE_RE.search(source, 0, 1 << 16)
    head = source[:clause.start()] if clause is not None else source[:4096]
    m = _BUILD_RE.search(head)
    if m is None:
        return True
    try:
        got = _Expr(m.group(1).decode("utf-8", "replace"), goos, goarch).value()
    except ValueError:
        return True   # (a line goleash cannot read: assume it builds)
    return got is not False


class _Expr:
    """A ``//go:build`` expression, evaluated in three values: True, False, None (depends on unknown tags)."""

    def __init__(self, text: str, goos: str, goarch: str):
        self.tokens = _TOKEN_RE.findall(text)
        if "".join(self.tokens).replace(" ", "") != text.replace(" ", "").replace("\t", ""):
            raise ValueError(text)
        self.i = 0
        self.goos, self.goarch = goos, goarch

    def value(self):
        v = self._or()
        if self.i != len(self.tokens):
            raise ValueError("trailing tokens")
        return v

    def _peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def _or(self):
        return self._chain("||", self._and, True)

    def _and(self):
        return self._chain("&&", self._not, False)

    def _chain(self, op: str, operand, absorbing: bool):
        """``a op b op ...``: ``absorbing`` (True for ``||``, False for ``&&``) decides it once any operand
        has it; all operands the other value give that value; anything else is unknown."""
        vals = [operand()]
        while self._peek() == op:
            self.i += 1
            vals.append(operand())
        if absorbing in vals:
            return absorbing
        return (not absorbing) if all(v is (not absorbing) for v in vals) else None

    def _not(self):
        t = self._peek()
        if t == "!":
            self.i += 1
            v = self._not()
            return None if v is None else not v
        if t == "(":
            self.i += 1
            v = self._or()
            if self._peek() != ")":
                raise ValueError("missing )")
            self.i += 1
            return v
        if t is None or t in ("||", "&&", ")"):
            raise ValueError("expected a tag")
        self.i += 1
        return self._tag(t)

    def _tag(self, t: str):
        if t in GOOS:
            return t == self.goos or (t == "linux" and self.goos == "android")   # (android builds linux files)
        if t in GOARCH:
            return t == self.goarch
        if t == "unix":
            return self.goos in UNIX
        if re.fullmatch(r"go1\.\d+", t):
            return True   # (a release tag: goleash reads code for current Go)
        return None
