"""The results cache on disk, shared by ``goleash check`` runs and the language server.

Where: ``$GOLEASH_CACHE_DIR``, else ``$XDG_CACHE_HOME/goleash``, else
``~/.cache/goleash`` (``GOLEASH_CACHE_DIR=off`` or ``--no-cache`` turns it off).

What: two kinds of entries, each one small file ``v<FORMAT>/<kind>/<ab>/<key>``:

* ``sum``: what ``Analyzer.summaries`` returns for a file, keyed by the file's
  content hash, whether it is a ``_test.go`` file, and the engine hash;
* ``res``: the findings of a file, keyed by its content hash, the digest of the
  package facts it was checked with (see ``project.check_paths``), the settings,
  the module's go version and the engine hash.

The engine hash covers goleash's version, a hash of every file of the goleash
package (rules change while the version string does not), the tree-sitter and
grammar versions, the Python version and this file format: results of other
rule code are never served.

Safety: an entry is written to a temporary file and renamed into place, so a
reader sees a whole entry or none, and concurrent runs need no locks. Each
entry carries a checksum of its payload; a corrupt, truncated or unreadable
entry (or one that fails to unpickle) is a miss, never an error. A cache
directory that cannot be written just stops the cache from filling.

Size: bounded by ``GOLEASH_CACHE_MAX_MB`` (default 512). After a run that wrote
entries, the oldest entries (by mtime; a hit refreshes an entry's mtime at most
once a day) are evicted down to 80 % of the limit. The scan is skipped when the
last one was recent and this run wrote little.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import struct
import sys
import time

from . import __version__

FORMAT = 1
MAGIC = b"GLC\x01"
_HEADER = struct.Struct("<4sQ16s")  # magic, payload length, payload blake2b-128
DEFAULT_MAX_MB = 512
TOUCH_AFTER = 24 * 3600     # a hit refreshes an entry's mtime when it is older than this
TRIM_INTERVAL = 3600        # scan for eviction at most this often, unless much was written
ENV_DIR = "GOLEASH_CACHE_DIR"
ENV_MAX = "GOLEASH_CACHE_MAX_MB"
_OFF = ("", "off", "0", "none", "false")


def default_dir() -> str | None:
    """The cache directory from the environment; None when the cache is turned off."""
    env = os.environ.get(ENV_DIR)
    if env is not None:
        return None if env.strip().lower() in _OFF else os.path.expanduser(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "goleash")


def _max_bytes() -> int:
    try:
        return int(float(os.environ.get(ENV_MAX, DEFAULT_MAX_MB)) * 2**20)
    except ValueError:
        return DEFAULT_MAX_MB * 2**20


@functools.lru_cache(maxsize=1)
def engine_hash() -> str:
    """Changes whenever anything that could change a result changes."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"goleash {__version__} cache {FORMAT} python {sys.version_info[:2]}\0".encode())
    for mod in ("tree_sitter", "tree_sitter_go"):  # the parser and grammar binaries as installed
        h.update(_module_stamp(mod).encode() + b"\0")
    h.update(source_hash(os.path.dirname(os.path.abspath(__file__))).encode())
    return h.hexdigest()


def source_hash(pkg: str) -> str:
    """A hash of every file below ``pkg`` (goleash's own code: rules, models, engine; not the
    rule docs, which change no result)."""
    h = hashlib.blake2b(digest_size=16)
    files = []
    for root, dirs, names in os.walk(pkg):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        files.extend(os.path.join(root, n) for n in names if not n.endswith((".pyc", ".pyo", ".md")))
    for path in sorted(files):
        h.update(os.path.relpath(path, pkg).encode() + b"\0")
        try:
            with open(path, "rb") as f:
                h.update(f.read())
        except OSError:
            h.update(b"<unreadable>")
        h.update(b"\0")
    return h.hexdigest()


def _module_stamp(name: str) -> str:
    """Names, sizes and mtimes of an installed package's files (cheaper than importlib.metadata)."""
    try:
        import importlib.util
        spec = importlib.util.find_spec(name)   # (found, not imported: tree_sitter_go's __init__ costs start-up)
        d = spec.submodule_search_locations[0] if spec.submodule_search_locations else os.path.dirname(spec.origin)
        d = os.path.abspath(d)
        parts = [name, str(getattr(sys.modules.get(name), "__version__", ""))]
        for n in sorted(os.listdir(d)):
            if n.endswith((".so", ".pyd", ".dylib", ".py")):
                st = os.stat(os.path.join(d, n))
                parts.append(f"{n}:{st.st_size}:{st.st_mtime_ns}")
        return " ".join(parts)
    except Exception:
        return f"{name} ?"


def digest(data: bytes) -> bytes:
    """Content hash (sha256 has CPU instructions on x86 and ARM: ~3x blake2b here)."""
    return hashlib.sha256(data).digest()[:16]


def make_key(*parts) -> str:
    """A cache key from plain values (str, bytes, ints, bools, tuples of them)."""
    return hashlib.blake2b(repr(parts).encode(), digest_size=20).hexdigest()


class DiskCache:
    """Pickled values in files, one per key; see the module docstring."""

    def __init__(self, root: str, max_bytes: int | None = None):
        self.root = root
        self.base = os.path.join(root, f"v{FORMAT}")
        self.max_bytes = _max_bytes() if max_bytes is None else max_bytes
        self.writable = True
        self.written = 0                       # bytes written by this process
        self.stats = {"hits": 0, "misses": 0, "writes": 0, "corrupt": 0}

    # ----------------------------------------------------------------- read
    def _path(self, kind: str, key: str) -> str:
        return os.path.join(self.base, kind, key[:2], key[2:])

    def get_raw(self, kind: str, key: str) -> bytes | None:
        """The pickled payload stored under ``key``, or None (missing or damaged)."""
        path = self._path(kind, key)
        try:
            with open(path, "rb") as f:
                blob = f.read()
                mtime = os.fstat(f.fileno()).st_mtime
        except OSError:
            self.stats["misses"] += 1
            return None
        payload = self._payload(blob)
        if payload is None:
            self.stats["corrupt"] += 1
            self.stats["misses"] += 1
            return None
        self.stats["hits"] += 1
        now = time.time()
        if now - mtime > TOUCH_AFTER:  # keep what is used from being evicted as old
            try:
                os.utime(path)
            except OSError:
                pass
        return payload

    @staticmethod
    def _payload(blob: bytes) -> bytes | None:
        if len(blob) < _HEADER.size:
            return None
        magic, size, check = _HEADER.unpack_from(blob)
        payload = blob[_HEADER.size:]
        if magic != MAGIC or size != len(payload) or digest(payload) != check:
            return None
        return payload

    def get(self, kind: str, key: str, default=None):
        raw = self.get_raw(kind, key)
        if raw is None:
            return default
        try:
            return pickle.loads(raw)
        except Exception:  # unpicklable (a class moved): a miss
            self.stats["corrupt"] += 1
            return default

    # ---------------------------------------------------------------- write
    @staticmethod
    def dumps(value) -> bytes:
        return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

    def put_raw(self, kind: str, key: str, payload: bytes) -> None:
        if not self.writable:
            return
        path = self._path(kind, key)
        blob = _HEADER.pack(MAGIC, len(payload), digest(payload)) + payload
        tmp = f"{path}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
        for attempt in (0, 1):
            try:
                with open(tmp, "wb") as f:
                    f.write(blob)
                os.replace(tmp, path)
                self.written += len(blob)
                self.stats["writes"] += 1
                return
            except FileNotFoundError:
                if attempt:
                    break
                try:
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                except OSError:
                    break
            except OSError:
                break
        try:
            os.unlink(tmp)
        except OSError:
            pass
        self.writable = False  # read-only or full: stop trying for this run

    def put(self, kind: str, key: str, value) -> None:
        self.put_raw(kind, key, self.dumps(value))

    # ---------------------------------------------------------------- evict
    def close(self) -> None:
        """End of a run: evict old entries if this run may have pushed the cache over its limit."""
        if not self.written:
            return
        stamp = os.path.join(self.base, "trimmed")
        try:
            last = os.path.getmtime(stamp)
        except OSError:
            last = 0.0
        if time.time() - last < TRIM_INTERVAL and self.written < self.max_bytes // 20:
            return
        self.trim()
        try:
            with open(stamp, "wb"):
                pass
            os.utime(stamp)
        except OSError:
            pass

    def trim(self, target: float = 0.8) -> int:
        """Delete the oldest entries (all formats) until the cache is under ``target`` of its limit.
        Returns the bytes freed. Safe while other runs read and write."""
        entries = []
        total = 0
        now = time.time()
        for root, _dirs, names in self._walk():
            for n in names:
                p = os.path.join(root, n)
                try:
                    st = os.stat(p)
                except OSError:
                    continue
                if n.endswith(".tmp") and now - st.st_mtime < 3600:
                    continue  # another run's write in progress
                total += st.st_size
                entries.append((st.st_mtime, st.st_size, p))
        if total <= self.max_bytes:
            return 0
        freed = 0
        entries.sort()
        goal = total - int(self.max_bytes * target)
        for _mtime, size, p in entries:
            if freed >= goal:
                break
            try:
                os.unlink(p)
                freed += size
            except OSError:
                pass
        return freed

    def _walk(self):
        """Only our own format directories (v1, v2…): never anything else a --cache-dir holds."""
        try:
            tops = sorted(d for d in os.listdir(self.root) if d[:1] == "v" and d[1:].isdigit())
        except OSError:
            return
        for d in tops:
            yield from os.walk(os.path.join(self.root, d))


def open_cache(cache_dir: str | None = None, enabled: bool = True) -> DiskCache | None:
    """The cache at ``cache_dir`` (default: from the environment), or None when turned off."""
    if not enabled:
        return None
    root = cache_dir if cache_dir is not None else default_dir()
    if not root:
        return None
    return DiskCache(os.path.abspath(os.path.expanduser(root)))
