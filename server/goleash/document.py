"""A Go source document: text, version and syntax tree, kept in step under edits.

Offsets inside the engine are byte offsets into the UTF-8 source. Editors speak
in (line, character) positions whose character unit is negotiated: UTF-16 code
units by default in LSP, UTF-8 bytes or code points when both sides agree. This
module is the one place where the two meet.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from tree_sitter import Point, Tree

from . import syntax

UTF8 = "utf-8"
UTF16 = "utf-16"
UTF32 = "utf-32"


@dataclass(frozen=True)
class ByteRange:
    start: int
    end: int


def _units(text: str, encoding: str) -> int:
    """Length of ``text`` in the encoding's code units."""
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    if encoding == UTF32:
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class SourceText:
    """UTF-8 source with line lookups and editor-position conversions."""

    def __init__(self, source: bytes):
        self.source = source
        self._line_starts: list[int] | None = None

    # ------------------------------------------------------------------ lines
    @property
    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            starts = [0]
            src = self.source
            i = src.find(b"\n")
            while i != -1:
                starts.append(i + 1)
                i = src.find(b"\n", i + 1)
            self._line_starts = starts
        return self._line_starts

    @property
    def text(self) -> str:
        return self.source.decode("utf-8", "replace")

    def line_bytes(self, line: int) -> bytes:
        starts = self.line_starts
        if line < 0 or line >= len(starts):
            return b""
        end = starts[line + 1] - 1 if line + 1 < len(starts) else len(self.source)
        return self.source[starts[line]:end]

    def point_at(self, offset: int) -> Point:
        """(row, byte column) of a byte offset, as tree-sitter counts."""
        offset = max(0, min(offset, len(self.source)))
        row = bisect.bisect_right(self.line_starts, offset) - 1
        return Point(row, offset - self.line_starts[row])

    # ------------------------------------------------------- position mapping
    def offset_at(self, line: int, character: int, encoding: str = UTF16) -> int:
        """Byte offset of an editor position; out-of-range positions are clamped."""
        starts = self.line_starts
        if line < 0:
            return 0
        if line >= len(starts):
            return len(self.source)
        raw = self.line_bytes(line)
        if character <= 0:
            return starts[line]
        if encoding == UTF8:
            col = min(character, len(raw))
            # never split a UTF-8 sequence
            while 0 < col < len(raw) and (raw[col] & 0xC0) == 0x80:
                col -= 1
            return starts[line] + col
        text = raw.decode("utf-8", "replace")
        units = 0
        consumed = 0
        for ch in text:
            if units >= character:
                break
            units += 2 if (encoding == UTF16 and ord(ch) > 0xFFFF) else 1
            consumed += len(ch.encode("utf-8", "surrogatepass"))
        return starts[line] + min(consumed, len(raw))

    def position_at(self, offset: int, encoding: str = UTF16) -> tuple[int, int]:
        """Editor (line, character) of a byte offset."""
        row, col = self.point_at(offset)
        if encoding == UTF8:
            return row, col
        prefix = self.line_bytes(row)[:col].decode("utf-8", "replace")
        return row, _units(prefix, encoding)


class Document(SourceText):
    """Source text + tree of one Go file. Edits are applied incrementally."""

    def __init__(self, uri: str, text: str | bytes, version: int | None = None, path: str | None = None):
        super().__init__(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
        self.uri = uri
        self.path = path
        self.version = version
        self.tree: Tree = syntax.parse(self.source)
        # byte ranges (in the current text) touched by the last update
        self.changed: list[ByteRange] = [ByteRange(0, len(self.source))]

    # ------------------------------------------------------------------ edits
    def apply_changes(self, changes: list[tuple[tuple[int, int, int, int] | None, str]],
                      version: int | None = None, encoding: str = UTF16) -> list[ByteRange]:
        """Apply LSP-style content changes in order and reparse incrementally.

        Each change is ``((start_line, start_char, end_line, end_char) | None, text)``;
        ``None`` replaces the whole document. Returns the byte ranges of the new
        text that the edits touched, merged with the tree's own changed ranges.
        """
        old_tree = self.tree
        touched: list[ByteRange] = []
        full = False
        for rng, new_text in changes:
            new_bytes = new_text.encode("utf-8", "surrogatepass")
            if rng is None:
                self.source = new_bytes
                self._line_starts = None
                full = True
                touched = [ByteRange(0, len(new_bytes))]
                continue
            sl, sc, el, ec = rng
            start = self.offset_at(sl, sc, encoding)
            end = max(start, self.offset_at(el, ec, encoding))
            start_pt, old_end_pt = self.point_at(start), self.point_at(end)
            self.source = self.source[:start] + new_bytes + self.source[end:]
            self._line_starts = None
            new_end = start + len(new_bytes)
            if not full:
                delta = len(new_bytes) - (end - start)
                touched = [_shift(r, start, end, delta) for r in touched]
                self.tree.edit(start_byte=start, old_end_byte=end, new_end_byte=new_end,
                               start_point=start_pt, old_end_point=old_end_pt,
                               new_end_point=self.point_at(new_end))
            touched.append(ByteRange(start, new_end))
        if full:
            self.tree = syntax.parse(self.source)
        else:
            self.tree = syntax.parse(self.source, old_tree)
            for r in old_tree.changed_ranges(self.tree):
                touched.append(ByteRange(r.start_byte, r.end_byte))
        if version is not None:
            self.version = version
        self.changed = _merge(touched)
        return self.changed


def _shift(r: ByteRange, start: int, end: int, delta: int) -> ByteRange:
    """Move a previously touched range across a later edit of [start, end)."""
    s, e = r.start, r.end
    if s >= end:
        s += delta
    elif s > start:
        s = start
    if e >= end:
        e += delta
    elif e > start:
        e = start + max(0, delta + (end - start))
    return ByteRange(s, max(s, e))


def _merge(ranges: list[ByteRange]) -> list[ByteRange]:
    out: list[ByteRange] = []
    for r in sorted(ranges, key=lambda r: (r.start, r.end)):
        if out and r.start <= out[-1].end:
            out[-1] = ByteRange(out[-1].start, max(out[-1].end, r.end))
        else:
            out.append(r)
    return out
