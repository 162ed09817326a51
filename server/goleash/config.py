"""Settings: which rules run, at what severity, for which Go version.

The same settings come from LSP ``initializationOptions`` /
``workspace/didChangeConfiguration``, from CLI flags and from a
``.goleash.toml`` file in the repository. Unknown keys and bad values are
reported as warnings and otherwise ignored: settings never stop analysis.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .findings import Severity

LATEST_GO = (1, 25)
CONFIG_FILE = ".goleash.toml"
_KNOWN = {"select", "ignore", "severity", "goVersion", "go_version", "deferToGopls", "defer_to_gopls",
          "docsUrl", "docs_url"}


def parse_go_version(value: str) -> tuple[int, int] | None:
    m = re.match(r"^\s*(?:go)?(\d+)\.(\d+)", str(value))
    return (int(m.group(1)), int(m.group(2))) if m else None


def _codes(value) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, (list, tuple)):
        raise ValueError(f"expected a list of rule codes, got {value!r}")
    return tuple(str(v).strip().upper() for v in value if str(v).strip())


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    go_version: tuple[int, int] = LATEST_GO
    defer_to_gopls: bool = False
    docs_url: str = ""  # where rule pages open; empty: the pages installed with the package
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def enabled(self, code: str) -> bool:
        if self.select and not any(code.startswith(p) for p in self.select):
            return False
        return not any(code.startswith(p) for p in self.ignore)

    def severity_for(self, code: str, default: Severity) -> Severity:
        best = None
        for prefix, sev in self.severity:
            if code.startswith(prefix) and (best is None or len(prefix) > len(best[0])):
                best = (prefix, sev)
        return best[1] if best else default

    def merged(self, data: dict | None) -> "Settings":
        """These settings updated from a settings mapping (LSP or file spelling)."""
        if not isinstance(data, dict):
            return self
        if isinstance(data.get("goleash"), dict):
            data = data["goleash"]
        out, warnings = self, list(self.warnings)
        for key, value in data.items():
            try:
                if key == "select":
                    out = replace(out, select=_codes(value))
                elif key == "ignore":
                    out = replace(out, ignore=_codes(value))
                elif key == "severity":
                    if not isinstance(value, dict):
                        raise ValueError("severity must map rule codes to levels")
                    sev = dict(out.severity)
                    for code, level in value.items():
                        sev[str(code).upper()] = Severity.parse(str(level))
                    out = replace(out, severity=tuple(sorted(sev.items())))
                elif key in ("goVersion", "go_version"):
                    if value in (None, ""):
                        continue
                    v = parse_go_version(value)
                    if v is None:
                        raise ValueError(f"not a Go version: {value!r}")
                    out = replace(out, go_version=v)
                elif key in ("deferToGopls", "defer_to_gopls"):
                    out = replace(out, defer_to_gopls=bool(value))
                elif key in ("docsUrl", "docs_url"):
                    if not isinstance(value, str):
                        raise ValueError("docsUrl must be a URL")
                    out = replace(out, docs_url=value.strip())
                elif key not in _KNOWN:
                    warnings.append(f"unknown setting {key!r} ignored")
            except (ValueError, KeyError, TypeError) as e:
                warnings.append(f"setting {key!r} ignored: {e}")
        return replace(out, warnings=tuple(warnings))

    @property
    def key(self) -> tuple:
        return (self.select, self.ignore, self.severity, self.defer_to_gopls)


def find_upward(start: str, name: str) -> str | None:
    d = os.path.abspath(start)
    if os.path.isfile(d):
        d = os.path.dirname(d)
    while True:
        cand = os.path.join(d, name)
        if os.path.isfile(cand):
            return cand
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


@lru_cache(maxsize=1024)
def _gomod_version(gomod: str, mtime: float) -> tuple[int, int] | None:
    try:
        with open(gomod, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = re.match(r"^\s*go\s+(\d+)\.(\d+)", line)
                if m:
                    return int(m.group(1)), int(m.group(2))
    except OSError:
        return None
    return None


def module_go_version(path: str | None, default: tuple[int, int]) -> tuple[int, int]:
    """The ``go`` directive of the nearest go.mod above ``path``; ``default`` without one."""
    if not path:
        return default
    gomod = find_upward(path, "go.mod")
    if gomod is None:
        return default
    try:
        mtime = os.path.getmtime(gomod)
    except OSError:
        return default
    return _gomod_version(gomod, mtime) or default


def load_file_settings(start: str, base: Settings | None = None) -> Settings:
    """Settings from the nearest ``.goleash.toml`` above ``start`` merged over ``base``."""
    base = base or Settings()
    path = find_upward(start, CONFIG_FILE)
    if path is None:
        return base
    import tomllib   # (only when there is a file to read: it costs start-up time otherwise)
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as e:
        return replace(base, warnings=base.warnings + (f"{path}: {e}",))
    if isinstance(data.get("tool"), dict) and isinstance(data["tool"].get("goleash"), dict):
        data = data["tool"]["goleash"]
    return base.merged(data)
