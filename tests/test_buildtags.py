"""Build constraints: which files build for linux/amd64, the configuration a package is read as."""

import pytest

from goleash.model.buildtags import builds_default


@pytest.mark.parametrize("path,source,want", [
    ("conn_unix.go", b"//go:build linux || darwin\n\npackage x\n", True),
    ("conn_std.go", b"//go:build windows\n\npackage x\n", False),
    ("x_windows.go", b"package x\n", False),
    ("x_linux_test.go", b"package x\n", True),
    ("x_darwin_arm64.go", b"package x\n", False),
    ("x_arm64.go", b"package x\n", False),
    ("windows.go", b"package x\n", True),                       # (a name, not a suffix)
    ("x.go", b"// Copyright\n\n//go:build !windows && cgo\n\npackage x\n", True),   # cgo: unknown
    ("x.go", b"//go:build !linux\n\npackage x\n", False),
    ("x.go", b"//go:build (linux && !amd64) || windows\n\npackage x\n", False),
    ("x.go", b"//go:build unix\n\npackage x\n", True),
    ("x.go", b"//go:build go1.21\n\npackage x\n", True),
    ("x.go", b"//go:build linux &&\n\npackage x\n", True),     # unreadable: assumed to build
    ("x.go", b"package x\n\n//go:build windows\n", True),      # after the package clause: not a constraint
])
def test_builds_default(path, source, want):
    assert builds_default(path, source) is want
