"""Run the goleash bundled in this VS Code extension: ``python run.py serve`` (or ``--version``, ``--check``).

The extension starts it with the Python extension's interpreter or python3 on PATH, as ``python -I run.py``
(isolated: no PYTHONPATH, no user site-packages), so the goleash and the libraries beside this file in
``libs/`` are the ones that run, whatever else that Python has installed. ``libs/`` holds the platform
wheels of tree-sitter for every Python listed in ``libs/bundle.json``.

Written to parse in any Python (no f-strings), so that an old one gets a clear message, not a SyntaxError.
"""

import json
import os
import platform
import sys

MIN_PYTHON = (3, 11)
HERE = os.path.dirname(os.path.abspath(__file__))
LIBS = os.path.join(HERE, "libs")


def fail(message):
    sys.stderr.write("goleash: %s\n" % message)
    sys.exit(3)


def manifest():
    try:
        with open(os.path.join(LIBS, "bundle.json")) as f:
            return json.load(f)
    except (OSError, IOError, ValueError):
        return {}


def main():
    have = "%d.%d" % tuple(sys.version_info[:2])
    if tuple(sys.version_info[:2]) < MIN_PYTHON:
        fail("%s is Python %s; goleash needs Python %d.%d or newer" % ((sys.executable, have) + MIN_PYTHON))
    if not os.path.isdir(LIBS):
        fail("this extension was built without its bundled server (%s is missing)" % LIBS)
    sys.path.insert(0, LIBS)
    try:
        import tree_sitter  # noqa: F401  (compiled: fails first when there is no build for this Python)
        import tree_sitter_go  # noqa: F401
        import pygls  # noqa: F401
    except ImportError as e:
        m = manifest()
        fail("the bundled libraries do not load in Python %s on %s %s (%s); this extension was built for %s "
             "with Python %s" % (have, platform.system(), platform.machine(), e, m.get("target", "?"),
                                 ", ".join(m.get("pythons", [])) or "?"))
    if sys.argv[1:] == ["--check"]:
        print("goleash bundled for %s, running on Python %s (%s)" % (manifest().get("target", "?"), have,
                                                                     sys.executable))
        return 0
    from goleash.cli import main as goleash_main
    return goleash_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
