"""What the engine reports: findings, related locations and fixes, in byte offsets.

Nothing here knows about LSP or terminals; the server and the CLI translate.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    ERROR = 1
    WARNING = 2
    INFORMATION = 3
    HINT = 4

    @classmethod
    def parse(cls, value: str) -> "Severity":
        v = value.strip().lower()
        aliases = {"info": "information", "warn": "warning"}
        return cls[aliases.get(v, v).upper()]


@dataclass(frozen=True)
class Related:
    """Another place on the failure path (``path`` None: the same file)."""
    start: int
    end: int
    message: str
    path: str | None = None
    anchor: tuple[str, int, int] | None = None   # (function key, start, end) in another declaration


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    new_text: str


@dataclass(frozen=True)
class Fix:
    title: str
    edits: tuple[Edit, ...]
    preferred: bool = False
    imports: tuple[str, ...] = ()  # packages the edits need; the engine adds the import edit per file


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    start: int
    end: int
    related: tuple[Related, ...] = ()
    fixes: tuple[Fix, ...] = ()
    severity: Severity = Severity.WARNING
    tags: tuple[str, ...] = field(default=())  # "unnecessary" / "deprecated"

    def shifted(self, delta: int) -> "Finding":
        """The same finding with every same-file offset moved by ``delta``. (Runs for every
        finding of every moved declaration on each edit: copies instead of ``replace``,
        which costs ~4x more, so that files with thousands of findings stay fast.)"""
        if delta == 0:
            return self
        return _copy(
            self,
            start=self.start + delta,
            end=self.end + delta,
            related=tuple(r if (r.path or r.anchor) else _copy(r, start=r.start + delta, end=r.end + delta)
                          for r in self.related) if self.related else (),
            fixes=tuple(_copy(f, edits=tuple(Edit(e.start + delta, e.end + delta, e.new_text) for e in f.edits))
                        for f in self.fixes) if self.fixes else (),
        )


def _copy(obj, **changes):
    """``dataclasses.replace`` for these plain frozen dataclasses (no __post_init__, no
    validation), without its per-call introspection."""
    new = object.__new__(type(obj))
    d = new.__dict__
    d.update(obj.__dict__)
    d.update(changes)
    return new


def apply_edits(source: bytes, edits: tuple[Edit, ...] | list[Edit]) -> bytes:
    """Apply non-overlapping edits (any order) to ``source``."""
    out = source
    for e in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        out = out[:e.start] + e.new_text.encode("utf-8") + out[e.end:]
    return out
