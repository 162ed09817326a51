"""A Go source document: text, version and syntax tree, kept in step under edits.

Offsets inside the engine are byte offsets into the UTF-8 source. Editors speak
in (line, character) positions whose character unit is negotiated: UTF-16 code
units by default in LSP, UTF-8 bytes or code points when both sides agree. This
module is the one place where the two meet.

Two kinds of line numbers: *Go lines* end at ``\\n`` only (what the Go compiler,
``go vet``, tree-sitter and ``goleash check`` count), *LSP lines* end at ``\\n``,
``\\r\\n`` or a lone ``\\r`` (what the LSP specification says). They differ only
in text that contains a lone ``\\r``. ``point_at`` gives Go lines;
``offset_at``/``position_at`` (editor positions) use LSP lines.
"""

from __future__ import annotations

import bisect
import codecs
import re
import threading
from dataclasses import dataclass
from itertools import repeat
from operator import add

from tree_sitter import Parser, Point, Tree

from . import syntax

UTF8 = "utf-8"
UTF16 = "utf-16"
UTF32 = "utf-32"

_LSP_EOL = re.compile(rb"\r\n?|\n")


@dataclass(frozen=True)
class ByteRange:
    start: int
    end: int


def _lenient(e: UnicodeError):
    """Decode error handler: an encoded lone surrogate (what a client's ``\\ud800`` becomes
    with ``surrogatepass``) decodes back to that surrogate, one UTF-16 unit as the client
    counts it; any other invalid byte sequence becomes U+FFFD."""
    if not isinstance(e, UnicodeDecodeError):
        raise e
    b = e.object[e.start:e.start + 3]
    if len(b) == 3 and b[0] == 0xED and 0xA0 <= b[1] <= 0xBF and 0x80 <= b[2] <= 0xBF:
        return chr(0xD000 | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F)), e.start + 3
    return "\ufffd", e.end


codecs.register_error("goleash-lenient", _lenient)


def decode(raw: bytes) -> str:
    """Source bytes as editors see them (lone surrogates kept, invalid bytes as U+FFFD)."""
    return raw.decode("utf-8", "goleash-lenient")


def _units(text: str, encoding: str) -> int:
    """Length of ``text`` in the encoding's code units."""
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    if encoding == UTF32:
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _go_line_starts(src: bytes) -> list[int]:
    starts = [0]
    find = src.find
    i = find(b"\n")
    while i != -1:
        starts.append(i + 1)
        i = find(b"\n", i + 1)
    return starts


def _lsp_line_starts(src: bytes) -> list[int]:
    return [0] + [m.end() for m in _LSP_EOL.finditer(src)]


class SourceText:
    """UTF-8 source with line lookups and editor-position conversions."""

    def __init__(self, source: bytes):
        self.source = source
        self._line_starts: list[int] | None = None
        self._lsp_starts: list[int] | None = None

    # ------------------------------------------------------------------ lines
    @property
    def line_starts(self) -> list[int]:
        """Byte offsets where Go lines (ended by ``\\n``) start."""
        if self._line_starts is None:
            self._line_starts = _go_line_starts(self.source)
        return self._line_starts

    @property
    def lsp_line_starts(self) -> list[int]:
        """Byte offsets where LSP lines (ended by ``\\n``, ``\\r\\n`` or ``\\r``) start."""
        if self._lsp_starts is None:
            self._lsp_starts = _lsp_line_starts(self.source) if b"\r" in self.source else self.line_starts
        return self._lsp_starts

    @property
    def text(self) -> str:
        return self.source.decode("utf-8", "replace")

    def line_bytes(self, line: int) -> bytes:
        """The bytes of Go line ``line`` (0-based) without its ``\\n``."""
        starts = self.line_starts
        if line < 0 or line >= len(starts):
            return b""
        end = starts[line + 1] - 1 if line + 1 < len(starts) else len(self.source)
        return self.source[starts[line]:end]

    def _lsp_line(self, line: int) -> tuple[int, int]:
        """[start, end) of LSP line ``line``, without its terminator."""
        starts = self.lsp_line_starts
        start = starts[line]
        if line + 1 >= len(starts):
            return start, len(self.source)
        end = starts[line + 1] - 1
        if end > start and self.source[end - 1:end + 1] == b"\r\n":
            end -= 1
        return start, end

    def point_at(self, offset: int) -> Point:
        """(row, byte column) of a byte offset in Go lines, as tree-sitter and go vet count."""
        offset = max(0, min(offset, len(self.source)))
        row = bisect.bisect_right(self.line_starts, offset) - 1
        return Point(row, offset - self.line_starts[row])

    # ------------------------------------------------------- position mapping
    def offset_at(self, line: int, character: int, encoding: str = UTF16) -> int:
        """Byte offset of an editor position; out-of-range positions are clamped."""
        starts = self.lsp_line_starts
        if line < 0:
            return 0
        if line >= len(starts):
            return len(self.source)
        start, end = self._lsp_line(line)
        if character <= 0:
            return start
        raw = self.source[start:end]
        if encoding == UTF8:
            col = min(character, len(raw))
            # never split a UTF-8 sequence
            while 0 < col < len(raw) and (raw[col] & 0xC0) == 0x80:
                col -= 1
            return start + col
        if raw.isascii():
            return start + min(character, len(raw))
        units = 0
        consumed = 0
        for ch in decode(raw):
            if units >= character:
                break
            units += 2 if (encoding == UTF16 and ord(ch) > 0xFFFF) else 1
            if ch != "\ufffd" or raw[consumed:consumed + 3] == b"\xef\xbf\xbd":
                consumed += len(ch.encode("utf-8", "surrogatepass"))
            else:
                consumed += _bad_len(raw, consumed)
        return start + min(consumed, len(raw))

    def position_at(self, offset: int, encoding: str = UTF16) -> tuple[int, int]:
        """Editor (line, character) of a byte offset."""
        offset = max(0, min(offset, len(self.source)))
        starts = self.lsp_line_starts
        row = bisect.bisect_right(starts, offset) - 1
        start = starts[row]
        if encoding == UTF8:
            return row, offset - start
        prefix = self.source[start:offset]
        if prefix.isascii():
            return row, len(prefix)
        return row, _units(decode(prefix), encoding)

    # ------------------------------------------------------------------ edits
    def replaced(self, start: int, end: int, new: bytes) -> "SourceText":
        """The text with bytes [start, end) replaced by ``new``; line tables already computed
        are carried over (shifted) instead of being rebuilt from scratch."""
        out = SourceText(self.source[:start] + new + self.source[end:])
        old = self._line_starts
        if old is not None:
            i = bisect.bisect_right(old, start)
            j = bisect.bisect_right(old, end)
            delta = len(new) - (end - start)
            table = old[:i]
            k = new.find(b"\n")
            while k != -1:
                table.append(start + k + 1)
                k = new.find(b"\n", k + 1)
            table.extend(map(add, old[j:], repeat(delta)) if delta else old[j:])
            out._line_starts = table
            if self._lsp_starts is old and b"\r" not in new:
                out._lsp_starts = table  # still no \r anywhere
        return out


def _bad_len(raw: bytes, at: int) -> int:
    """Bytes of the invalid sequence at ``raw[at:]`` that ``decode`` turned into one U+FFFD."""
    try:
        raw[at:at + 4].decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start == 0:
            return max(1, e.end)
    return 1


# ------------------------------------------------------------------ parsing
_local = threading.local()


CHUNKED_FROM = 32 * 1024
CHUNK = 1 << 16
MAX_ERROR_BYTES = 256 * 1024


class Unparsable(Exception):
    """Most of a large source is syntax errors (random bytes, a binary renamed .go)."""


def error_bytes(tree: Tree) -> int:
    """Bytes of the top-level declarations that contain syntax errors."""
    root = tree.root_node
    if root.type == "ERROR":
        return root.end_byte - root.start_byte
    return sum(c.end_byte - c.start_byte for c in root.children if c.has_error)


class _Arena:
    """The read callback's buffer. py-tree-sitter 0.26 never releases the objects a read
    callback returns (parser.c keeps the reference from the call), so the callback hands
    out views of one long-lived buffer, premade per aligned chunk: a full parse then
    leaks a few hundred bytes (the odd unaligned read), not a copy of the source."""

    def __init__(self, size: int):
        size = (size // CHUNK + 1) * CHUNK
        self.buf = bytearray(size)
        self.view = memoryview(self.buf)
        self.chunks = [self.view[i:i + CHUNK] for i in range(0, size, CHUNK)]


def _arena(n: int) -> _Arena:
    arena = getattr(_local, "arena", None)
    if arena is None or len(arena.buf) < n:
        arena = _local.arena = _Arena(max(n, 4 * 1024 * 1024))
    return arena


def parse(source: bytes, old_tree: Tree | None = None, cancelled=None) -> Tree | None:
    """Parse with this thread's own parser.

    tree-sitter runs in C holding the GIL. The first parse of a large source (no old
    tree) reads it from a callback in chunks, with a progress callback: both hand the GIL
    to other threads (the request loop) as the parse goes, and ``cancelled()`` true ends
    it (None is returned). That tree cannot serve the engine (its ``Node.text`` goes
    through the callback, 30x slower), so the source is parsed once more from the bytes
    with it as the old tree: every node is reused, milliseconds — unless the nodes hold
    syntax errors, which are never reused: a large source that is mostly errors raises
    ``Unparsable`` instead of being parsed again with the GIL held for seconds.
    Incremental parses (an old tree) read the bytes directly: fast, and no leak."""
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = _local.parser = Parser(syntax.LANGUAGE)
    if old_tree is not None:
        return parser.parse(source, old_tree)
    n = len(source)
    if n < CHUNKED_FROM:
        return parser.parse(source)
    arena = _arena(n)
    arena.buf[:n] = source
    view, chunks = arena.view, arena.chunks

    def read(offset: int, _point):
        if offset >= n:
            return b""
        k, r = divmod(offset, CHUNK)
        if r == 0 and offset + CHUNK <= n:
            return chunks[k]
        return view[offset:min(n, (k + 1) * CHUNK)]

    def progress(_offset, _has_error) -> bool:
        return bool(cancelled is not None and cancelled())

    try:
        tree = parser.parse(read, progress_callback=progress)
    except ValueError:  # cancelled by the progress callback
        parser.reset()
        return None
    except BaseException:
        # an exception raised in a callback (the watchdog's asynchronous stop lands there): a parser
        # left halted resumes this parse on its next call, whatever source that call is given
        parser.reset()
        raise
    bad = error_bytes(tree)
    if bad > MAX_ERROR_BYTES:
        raise Unparsable(f"{bad // 1024} KB of it are syntax errors")
    return parser.parse(source, tree)


def reparse(source: bytes, old_tree: Tree | None, old_unsettled: bool = True,
            cancelled=None) -> tuple[Tree | None, bool]:
    """Parse ``source``, incrementally from the edited ``old_tree`` when there is one, into the tree a
    parse from scratch gives as far as the analysis can tell. ``old_unsettled`` says whether the old
    tree may read an ambiguous form otherwise than a parse from scratch of the new text would (it was
    parsed with syntax errors: syntax.unsettled); an incremental parse that reads one so in a sound
    declaration is thrown away for a parse from scratch. Returns the tree and that flag for it."""
    if old_tree is not None:
        tree = parse(source, old_tree, cancelled)
        if tree is None or not syntax.unsettled(tree, None if old_unsettled else old_tree):
            return tree, False
    tree = parse(source, None, cancelled)
    return tree, tree is not None and tree.root_node.has_error


def input_edit(text: SourceText, start: int, end: int, new_len: int, new_text: SourceText) -> dict:
    """tree-sitter ``Tree.edit`` arguments for replacing [start, end) of ``text``."""
    return dict(start_byte=start, old_end_byte=end, new_end_byte=start + new_len,
                start_point=text.point_at(start), old_end_point=text.point_at(end),
                new_end_point=new_text.point_at(start + new_len))


class Document(SourceText):
    """Source text + tree of one Go file. Edits are applied incrementally."""

    def __init__(self, uri: str, text: str | bytes, version: int | None = None, path: str | None = None):
        super().__init__(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
        self.uri = uri
        self.path = path
        self.version = version
        self.tree: Tree = syntax.parse(self.source)
        self.unsettled = self.tree.root_node.has_error   # document.reparse
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
                self._set(SourceText(new_bytes))
                full = True
                touched = [ByteRange(0, len(new_bytes))]
                continue
            sl, sc, el, ec = rng
            start = self.offset_at(sl, sc, encoding)
            end = max(start, self.offset_at(el, ec, encoding))
            after = self.replaced(start, end, new_bytes)
            edit = input_edit(self, start, end, len(new_bytes), after)
            self._set(after)
            new_end = start + len(new_bytes)
            if not full:
                delta = len(new_bytes) - (end - start)
                touched = [_shift(r, start, end, delta) for r in touched]
                self.tree.edit(**edit)
            touched.append(ByteRange(start, new_end))
        self.tree, self.unsettled = reparse(self.source, None if full else old_tree, self.unsettled)
        if not full:
            for r in old_tree.changed_ranges(self.tree):
                touched.append(ByteRange(r.start_byte, r.end_byte))
        if version is not None:
            self.version = version
        self.changed = _merge(touched)
        return self.changed

    def _set(self, text: SourceText) -> None:
        self.source = text.source
        self._line_starts = text._line_starts
        self._lsp_starts = text._lsp_starts


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
