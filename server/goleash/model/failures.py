"""Where an error can come from: the world outside the program, or only the code that made it.

A test's ``require.NoError(t, err)`` fails on a run of correct code only when ``err`` carries a failure of
the environment: a full disk, a refused or reset connection, a deadline, a process that would not start.
An error the code under test makes from the test's own inputs alone (a validation, a lookup, a decode of
bytes the test wrote, a mock's answer) is the same on every run: it fails only once that code regressed,
and then on every run alike.

:class:`FailureReach` reads the function a call runs, and the functions it calls in turn, across the
module (the package's own files, test files included, first), and answers with a :class:`Reach`:

- ``ENV``: some call on the way reaches the environment — a function of ``os``, ``net``, ``net/http``,
  ``os/exec``, ``syscall``, ``database/sql``... (their pure helpers left out: ``net.ParseIP``,
  ``http.NewRequest``, ``filepath.Join``), a read or copy from a reader that is not in memory
  (``io.ReadAll(resp.Body)``), a method with the name of an I/O operation (``Read``, ``Write``, ``Dial``,
  ``Accept``, ``Serve``, ``Send``, ``Recv``, ``Query``, ``Exec``, ``Flush``...), or a wait that can time
  out (``ctx.Err()``, ``<-ctx.Done()``, ``time.After``); ``op`` spells that call;
- ``PURE``: every call whose result the code keeps was read and none reaches it (the standard library's
  pure packages: ``fmt``, ``errors``, ``strconv``, ``encoding/json``...);
- ``STATE``: no environment, but a method returns an error under a test of a field of its receiver
  that it changes itself (``if p.left == 0 { return ErrLimit }; p.left--``): goroutines calling it at
  once can find the field either way;
- ``UNKNOWN``: some kept result comes from code goleash cannot read (another module, a function value, a
  method of a value whose type it does not know).

Calls whose results are dropped (an expression statement, ``defer``, ``go``) cannot hand an error back
and are not read, nor those whose results only carry on the work (``ctx, span := tracer.Start(ctx)``).
A wait or a reading of the clock counts only where it decides what the function returns
(:func:`_deciding_wait`); the end of a context parameter (``ctx.Err()``) only where the caller hands a
context that can end, a stream parameter only where the caller hands one that can fail
(``Reach.arg``, :func:`bind`); a group's ``Wait`` gives what the functions
handed to its ``Go`` return, a ``Do`` handed a function literal (``singleflight.Group.Do``) what
that function returns.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from tree_sitter import Node

from .. import syntax

ENV, PURE, UNKNOWN, STATE = "env", "pure", "unknown", "state"


@dataclass(frozen=True)
class Reach:
    """What the errors of a call can carry (see the module's doc)."""
    kind: str
    op: str = ""    # the call that reaches the environment, as spelled (``os.WriteFile``)
    conn: bool = False   # ENV only through a connection or stream (a Read, a Write, an Accept): over an
    #                      in-memory transport (``net.Pipe()``), only the program's own close or deadline
    arg: int | None = None   # ENV only through what its caller hands it as this argument: a context's end
    #                          (``ctx.Err()`` of a parameter; none for context.Background()), a stream's
    #                          failure (an ``io.Reader`` parameter; none for bytes.NewReader(b), crypto/rand)
    db: bool = False   # ENV only through a database (``db.QueryContext``, ``rows.Err()``): over a mock database
    #                    (go-sqlmock, pgxmock), only the answers the test scripted
    more: tuple[int, ...] = ()   # with ``arg``: through these arguments as well (``io.CopyBuffer(dst, src, b)`` of
    #                              two stream parameters): none of them when every one is in memory


_PURE = Reach(PURE)
_UNKNOWN = Reach(UNKNOWN)

# standard packages whose functions reach the operating system (files, sockets, processes, clocks that fail)
_ENV_PKGS = frozenset({
    "os", "os/exec", "os/user", "os/signal", "net", "net/http", "net/rpc", "net/smtp", "net/textproto",
    "net/http/httputil", "crypto/tls", "syscall", "golang.org/x/sys/unix", "golang.org/x/sys/windows",
    "database/sql", "plugin", "log/syslog", "io/ioutil", "io/fs", "path/filepath", "crypto/x509"})
# their functions that only compute
_PURE_FUNCS = frozenset({
    "os.Expand", "os.IsNotExist", "os.IsExist", "os.IsPermission",
    "os.IsTimeout", "os.NewSyscallError", "os.Getpid", "os.Getppid", "os.Getuid",
    "net.ParseIP", "net.ParseCIDR", "net.ParseMAC", "net.SplitHostPort", "net.JoinHostPort", "net.IPv4",
    "net.CIDRMask", "net.IPv4Mask", "net/http.NewRequest", "net/http.NewRequestWithContext",
    "net/http.StatusText", "net/http.NewServeMux", "net/http.HandlerFunc", "net/http.Error",
    "net/http.ParseHTTPVersion", "net/http.CanonicalHeaderKey", "net/http.DetectContentType",
    "net/http.ReadRequest", "net/http.ReadResponse", "net/http.MaxBytesReader", "net/http.StripPrefix",
    "path/filepath.Join", "path/filepath.Base", "path/filepath.Dir", "path/filepath.Clean", "path/filepath.Ext",
    "path/filepath.Split", "path/filepath.Rel", "path/filepath.Match", "path/filepath.ToSlash",
    "path/filepath.FromSlash", "path/filepath.IsAbs", "path/filepath.SplitList", "path/filepath.VolumeName",
    "crypto/tls.X509KeyPair", "crypto/x509.ParseCertificate", "crypto/x509.ParseCertificates",
    "crypto/x509.ParsePKCS1PrivateKey", "crypto/x509.ParsePKCS8PrivateKey", "crypto/x509.ParseECPrivateKey",
    "crypto/x509.ParsePKIXPublicKey", "crypto/x509.CreateCertificate", "crypto/x509.MarshalPKCS8PrivateKey",
    "crypto/x509.MarshalECPrivateKey", "crypto/x509.NewCertPool", "crypto/x509.ParseCertificateRequest",
    "crypto/x509.CreateCertificateRequest", "crypto/x509.MarshalPKIXPublicKey",
    "io/fs.ValidPath", "io/ioutil.NopCloser", "io/ioutil.ReadAll", "net/http/httputil.DumpRequest",
    "net/http/httputil.NewSingleHostReverseProxy"})
# standard functions whose error is the reader's or writer's they are given
_STREAM_FUNCS = frozenset({"io.ReadAll", "io/ioutil.ReadAll", "io.Copy", "io.CopyN", "io.CopyBuffer",
                           "io.ReadFull", "io.ReadAtLeast", "io.WriteString", "fmt.Fprint", "fmt.Fprintf",
                           "fmt.Fprintln"})
_MEMORY = re.compile(r"^&?(?:bytes\.NewReader|strings\.NewReader|bytes\.NewBuffer|bytes\.NewBufferString)\(|"
                     r"^&?(?:bytes\.Buffer|strings\.Builder)\{|^io\.Discard$|^ioutil\.Discard$")
# names of methods that do I/O, whatever their receiver's type
_IO_VERB = re.compile(
    r"^(?:Read|ReadFrom|ReadAt|ReadMsgUDP|ReadMsgUnix|ReadFromUDP|ReadString|ReadBytes|ReadLine|ReadRune|"
    r"ReadByte|ReadMessage|ReadJSON|ReadFile|ReadDir|Readdir|Readdirnames|Write|WriteTo|WriteAt|WriteMsgUDP|"
    r"WriteToUDP|WriteString|WriteMessage|WriteJSON|WriteFile|Flush|Sync|Accept|AcceptTCP|AcceptUnix|Dial|"
    r"DialContext|DialTimeout|DialTLS|DialTCP|DialUDP|Listen|ListenPacket|ListenTCP|ListenUDP|ListenAndServe|"
    r"ListenAndServeTLS|Serve|ServeTLS|Shutdown|Close|CloseWrite|CloseRead|CloseSend|Recv|RecvMsg|Send|"
    r"SendMsg|Invoke|NewStream|RoundTrip|Query|QueryContext|QueryRow|QueryRowContext|Exec|ExecContext|Begin|"
    r"BeginTx|Commit|Rollback|Ping|PingContext|Prepare|PrepareContext|Open|OpenFile|Create|Remove|RemoveAll|"
    r"Mkdir|MkdirAll|MkdirTemp|CreateTemp|Rename|Stat|Lstat|Chmod|Chown|Chtimes|Truncate|Seek|Output|"
    r"CombinedOutput|Handshake|HandshakeContext|Do|Post|PostForm|Head|AcceptStream|AcceptUniStream|OpenStream|"
    r"OpenStreamSync|OpenUniStream|OpenUniStreamSync)$")
# unexported helpers named for the core I/O verbs (``readPacket``, ``writeFrame``)
_IO_HELPER = re.compile(r"^(?:read|write|recv|accept|flush|handshake)[A-Z]\w*$")
# of them, the operations of a connection or a stream (not of a file, a database, a dial)
_CONN_VERB = re.compile(
    r"^(?:Read|ReadFrom|ReadAt|ReadMsgUDP|ReadMsgUnix|ReadFromUDP|ReadString|ReadBytes|ReadLine|ReadRune|"
    r"ReadByte|ReadMessage|ReadJSON|Write|WriteTo|WriteAt|WriteMsgUDP|WriteToUDP|WriteString|WriteMessage|"
    r"WriteJSON|WriteHeader|Flush|Accept|AcceptTCP|AcceptUnix|Serve|ServeTLS|Shutdown|Close|CloseWrite|"
    r"CloseRead|CloseSend|Recv|RecvMsg|Send|SendMsg|Invoke|NewStream|Handshake|HandshakeContext|"
    r"AcceptStream|AcceptUniStream|OpenStream|OpenStreamSync|OpenUniStream|OpenUniStreamSync)$")
_CONN_TYPE = re.compile(r"\*?(?:net\.(?:Conn|TCPConn|UDPConn|UnixConn|Listener|PacketConn)|tls\.Conn|"
                        r"io\.(?:Reader|Writer|ReadWriter|ReadCloser|WriteCloser|ReadWriteCloser)|bufio\.\w+)")
_CONN_ARG = re.compile(r"(?:\w+\.)*(?:\w*[cC]onn|nc|netConn|ln|lis|listener)")
# names of waits out of sight: they time out, or return what the goroutines they wait for returned
_WAIT_NAME = re.compile(r"^(?:Wait|WaitFor\w*|WaitUntil\w*|Await\w*|\w*WithTimeout|Eventually\w*)$")
# a wait that can time out or be cancelled, a reading of the clock: each decides an error only where
# what the function returns depends on it (:func:`_deciding_wait`)
_TIMING = re.compile(r"<-|\.Err\(\)|\btime\.(?:Since|Until)\(|\.Deadline\(\)|context\.DeadlineExceeded")
_CLOCK_CALL = re.compile(r"^(?:time\.(?:Since|Until)|(?:\w+\.)*\w+\.(?:Err|Deadline))$")
_MAX_DEPTH = 5
# parameter types that carry I/O: whatever the function does with one can fail on the environment
_ENV_TYPE = re.compile(r"\*?(?:net\.(?:Conn|TCPConn|UDPConn|UnixConn|Listener|PacketConn)|os\.File|tls\.Conn|"
                       r"io\.(?:Reader|Writer|ReadWriter|ReadCloser|WriteCloser|ReadWriteCloser)|bufio\.\w+|"
                       r"http\.(?:Client|ResponseWriter|Request|Response)|sql\.(?:DB|Tx|Conn)|exec\.Cmd)")
# an argument that can end or fail under a callee: a context (not Background/TODO), a connection
_ENDING_ARG = re.compile(r"(?:\w+\.)*(?:\w*[cC]tx|\w*Context\([^()]*\)|\w*[cC]onn|nc|netConn|ln|lis|listener)")


def std_path(path: str) -> bool:
    """Is the import path one of the standard library's (no dot in its first element)?"""
    return "." not in path.split("/", 1)[0]


def std_call(path: str, name: str, args: list[Node]) -> Reach:
    """What the errors of the standard function ``name`` of the package ``path`` can carry."""
    full = f"{path}.{name}"
    short = f"{path.rsplit('/', 1)[-1]}.{name}"
    if full in _STREAM_FUNCS:
        # the error of the stream: in memory, none; otherwise what the reader or writer gets
        stream = args[:2] if name.startswith("Copy") else args[:1]
        if stream and all(_MEMORY.search(" ".join(syntax.text(a).split())) for a in stream):
            return _PURE
        return Reach(ENV, short, conn=True)
    if path in _ENV_PKGS and full not in _PURE_FUNCS and name[:1].isupper():
        return Reach(ENV, short)
    return _PURE


def join(a: Reach, b: Reach) -> Reach:
    """The stronger of two answers: the environment itself, then through a connection or a database, then
    through what the caller hands (two different arguments: through either, whatever the caller hands),
    then state, then unknown, then pure. Through a connection on one side and a database on the other is
    through neither alone: the environment itself."""
    if a.kind == ENV and b.kind == ENV and a.arg is not None and b.arg is not None and a.arg != b.arg:
        more = tuple(sorted(({b.arg} | set(a.more) | set(b.more)) - {a.arg}))
        return Reach(ENV, a.op, conn=a.conn and b.conn, db=a.db and b.db, arg=a.arg, more=more)
    if a.kind == ENV and b.kind == ENV and (a.conn and b.db or a.db and b.conn):
        return Reach(ENV, a.op)
    return max(a, b, key=_rank)


def _rank(r: Reach) -> float:
    if r.kind == ENV:
        return 2.5 if r.arg is not None else 3 if r.conn or r.db else 4
    return {STATE: 2, UNKNOWN: 1}.get(r.kind, 0)


# the operations of a database handle, a transaction, a statement, a result set
_DB_VERB = re.compile(r"^(?:Query|QueryContext|QueryRow|QueryRowContext|Exec|ExecContext|Begin|BeginTx|Commit|"
                      r"Rollback|Prepare|PrepareContext|Ping|PingContext)$")


def io_reach(spelled: str, name: str) -> Reach:
    """``ENV`` for a call named for I/O: through a connection or stream (``conn``) unless it names a file,
    a database (``db``) or a dial."""
    return Reach(ENV, spelled, conn=_CONN_VERB.match(name) is not None or _IO_HELPER.match(name) is not None,
                 db=_DB_VERB.match(name) is not None)


def by_name(call: Node) -> Reach | None:
    """For a call of code out of sight: ``ENV`` when its name is an I/O operation's (``Read``,
    ``readPacket``) or a wait's (``Wait``, ``WaitUntilReady``, ``Eventually``: it gives up, or returns
    what the goroutines it waits for returned); None otherwise."""
    name = syntax.call_name(call)[1]
    spelled = " ".join(syntax.text(call.child_by_field_name("function")).split())
    if _random_read(call):
        return None
    if _IO_VERB.match(name) or _IO_HELPER.match(name):
        return io_reach(spelled, name)
    if _WAIT_NAME.match(name):
        return Reach(ENV, spelled)
    return None


def _kept(call: Node) -> bool:
    """Is the call's result used (assigned, returned, tested, passed on), not dropped?"""
    p = call.parent
    while p is not None and p.type == "parenthesized_expression":
        p = p.parent
    return p is not None and p.type not in ("expression_statement", "defer_statement", "go_statement")


_ERR_NAME = re.compile(r"(?i)^\w*err\w*$")


def _carries(call: Node, body: Node) -> bool:
    """Can the result of ``call`` become what the function returns or decides on? It is returned, tested,
    handed on, or kept in a local named for an error (``err``, ``werr``) or one that is later returned or
    tested; not a call whose results are dropped, nor one whose results only carry on the work
    (``ctx, span := tracer.Start(ctx, "op")``)."""
    if not _kept(call):
        return False
    p = call.parent
    while p is not None and p.type == "parenthesized_expression":
        p = p.parent
    if p is not None and p.type == "selector_expression" and p.parent is not None and \
            p.parent.type == "call_expression" and p.parent.child_by_field_name("function") == p:
        return _carries(p.parent, body)   # (``exec.Command(name).Output()``: as far as the method's result)
    if p is not None and p.type == "literal_element" and p.parent is not None and p.parent.type == "keyed_element" \
            and p.parent.named_children[-1:] == [p]:
        key = p.parent.named_children[0]
        return bool(_ERR_NAME.match(syntax.text(key)))   # (``&tls.Config{Renegotiation: pick(ctx, s)}``: a
        #                                                   value of a field, an error only as ``Err: f()``)
    if p is None or p.type != "expression_list" or p.parent is None or \
            p.parent.type not in ("short_var_declaration", "assignment_statement") or \
            p != p.parent.child_by_field_name("right"):
        return True
    left = p.parent.child_by_field_name("left")
    names = [syntax.text(x) for x in (left.named_children if left is not None else ())]
    if _scoped_dropped(p.parent, names):
        return False
    if any(_ERR_NAME.match(n) for n in names):
        return True
    for name in names:
        if name == "_":
            continue
        for r in syntax.references(name, body):
            if r.start_byte < p.parent.end_byte:
                continue
            q = r.parent
            if q is not None and q.type in ("selector_expression", "argument_list", "call_expression"):
                continue
            for a in syntax.ancestors(r, body):
                if a.type == "return_statement":
                    return True
                cond = a.child_by_field_name("condition") if a.type in ("if_statement", "for_statement") else \
                    a.child_by_field_name("value") if a.type == "expression_switch_statement" else None
                if cond is not None and syntax.inside(r, cond):
                    return True
    return False


def _scoped_dropped(decl: Node, names: list[str]) -> bool:
    """Is ``decl`` the initializer of an ``if`` (``if _, err := s.restart(); err != nil { panic(err) }``)
    whose variables, seen only inside that statement, never reach what the function returns: no
    ``return`` in the ``if`` (an error returned under it is decided by them), and they are used only in its
    condition or as arguments of calls whose results are dropped (``panic(err)``, ``log.Print(err)``)?"""
    stmt = decl.parent
    if stmt is None or stmt.type != "if_statement" or stmt.child_by_field_name("initializer") != decl or \
            decl.type != "short_var_declaration":
        return False
    if any(n.type == "return_statement" for n in syntax.walk(stmt, skip_funcs=True)):
        return False
    cond = stmt.child_by_field_name("condition")
    for name in names:
        if name == "_":
            continue
        for r in syntax.references(name, stmt):
            if r.start_byte < decl.end_byte or (cond is not None and syntax.inside(r, cond)):
                continue
            q = r.parent
            if q is None or q.type != "argument_list" or q.parent is None or q.parent.type != "call_expression" or \
                    q.parent.parent is None or q.parent.parent.type != "expression_statement":
                return False   # (kept, assigned, sent, handed to a call whose result is used)
    return True


def _operated(ref: Node, readable) -> bool:
    """Is the parameter at ``ref`` operated on here: asked a method (``w.Write(b)``), or handed to a call
    of code goleash does not read (``io.Copy(dst, r)``, ``json.NewDecoder(r)``; a call of the module,
    ``readable``, is read for what it does with it, as the function's other calls are)? Only kept
    (``&Framer{w: w}``, ``s.w = w``), compared or discarded, it makes no error of this function."""
    p = ref.parent
    if p is not None and p.type == "selector_expression" and p.child_by_field_name("operand") == ref:
        return p.parent is not None and p.parent.type == "call_expression"
    return p is not None and p.type == "argument_list" and not readable(p.parent)


class FailureReach:
    """Reads how far the errors of functions of a module can reach (see the module's doc). ``module`` is
    the :class:`~goleash.model.module.ModuleIndex` (None outside a module); ``own`` resolves a function
    key of the package being checked (``name`` or ``Type.name``) to its declaration, test files
    included."""

    def __init__(self, module, own_path: str | None, own):
        self.module = module
        self.own_path = own_path
        self.own = own
        self._memo: dict[tuple, Reach] = {}
        self._decl_memo: dict[tuple, list | None] = {}
        self._stamp = None

    def fresh(self) -> None:
        """Forget what was read once the module's files changed."""
        if self.module is not None:
            self.module._fresh()
            if self.module.stamp != self._stamp:
                self._stamp = self.module.stamp
                self._memo.clear()
                self._decl_memo.clear()

    def of_decl(self, decl: Node, import_path: str | None, depth: int = 0) -> Reach:
        """What the errors the declaration ``decl`` (of the package ``import_path``) returns can carry."""
        frame = _frame(decl)   # (a literal's ``Reach.arg`` is a position in its frame's parameters)
        key = (import_path, hashlib.blake2b(decl.text or b"", digest_size=12).digest(),
               hashlib.blake2b(frame.text or b"", digest_size=8).digest() if frame is not decl else None)
        got = self._memo.get(key)
        if got is not None:
            return got
        self._memo[key] = _PURE   # (a recursion: what its other paths give decides)
        got = self._memo[key] = self._scan(decl, import_path, depth)
        return got

    def _readable(self, call: Node | None) -> bool:
        """Is ``call`` one of a function of the package (a bare name) or of another package of the module
        (``spdy.NewFramer``), whose body the call loop reads?"""
        fn = syntax.unparen(call.child_by_field_name("function")) if call is not None else None
        if fn is None:
            return False
        if fn.type == "identifier":
            return syntax.text(fn) not in _BUILTINS
        if fn.type != "selector_expression" or self.module is None:
            return False
        q = syntax.unparen(fn.child_by_field_name("operand"))
        if q is None or q.type != "identifier":
            return False
        root = call
        while root.parent is not None:
            root = root.parent
        from .module import file_imports
        path = file_imports(root).get(syntax.text(q))
        return path is not None and not std_path(path) and self.module.package_dir(path) is not None

    def _scan(self, decl: Node, import_path: str | None, depth: int) -> Reach:
        body = decl.child_by_field_name("body")
        if body is None:
            return _UNKNOWN
        # (an answer bound to a parameter, ``Reach.arg``: the calls may still reach the environment itself)
        bound = _deciding_wait(decl, body) if _TIMING.search(syntax.text(body)) else None
        if bound is not None and bound.arg is None:
            return bound
        for pname, ptype in syntax.params(decl):
            t = " ".join(syntax.text(ptype).split()) if ptype is not None else ""
            if pname and _ENV_TYPE.fullmatch(t) and any(_operated(r, self._readable) for r in
                                                        syntax.references(pname, body)):
                # (a connection, a file, a stream it is handed and uses: what the caller hands decides)
                bound = join(bound or _PURE, Reach(ENV, pname, conn=_CONN_TYPE.fullmatch(t) is not None,
                                                 arg=_param_named(decl, body, pname)))
                if bound.arg is None:
                    return bound
        root = decl
        while root.parent is not None:
            root = root.parent
        from .module import file_imports, params_recv
        imports = file_imports(root)
        recv = params_recv(_frame(decl))
        out = bound or _PURE
        for call in (n for n in syntax.walk(body) if n.type == "call_expression"):
            if not _carries(call, body) or _runs_elsewhere(call, body):
                continue
            r = self.of_call(call, decl, recv, imports, import_path, depth)
            out = join(out, r)
            if out.kind == ENV and not out.conn and out.arg is None:
                return out
        if out.kind == PURE and recv:
            field = _self_changed_guard(body, recv)
            if field:
                return Reach(STATE, field)
        return out

    def of_call(self, call: Node, decl: Node | None, recv: str, imports: dict[str, str],
                import_path: str | None, depth: int, spell=None) -> Reach:
        """What the errors of ``call`` (in ``decl`` of ``import_path``, its receiver named ``recv``, its
        file importing ``imports``) can carry. ``spell``: how the caller's model spells an argument
        that is a context (``context.Background()`` for a local made from it), when it knows."""
        fn = syntax.unparen(call.child_by_field_name("function"))
        if decl is not None and fn is not None and fn.type == "selector_expression" and \
                syntax.text(fn.child_by_field_name("field")) == "Wait":
            got = self._group_wait(decl, syntax.text(fn.child_by_field_name("operand")), import_path, depth)
            if got is not None:   # (what the group's goroutines return, not a wait's timing)
                return got
        got = self._of_call(call, decl, recv, imports, import_path, depth)
        if fn is None or fn.type != "func_literal":   # (a literal runs in its caller's frame: already bound there)
            got = bind(got, call, decl, spell)
        if got.kind == UNKNOWN and fn is not None and fn.type == "selector_expression" and \
                syntax.text(fn.child_by_field_name("field")) == "Do" and _literal_arg(call) is not None:
            return got   # (what the function handed to ``Do`` returns, unknown: no I/O by the name)
        if got.kind == UNKNOWN:
            return by_name(call) or self._by_args(call, spell, decl)
        return got

    def _of_call(self, call: Node, decl: Node | None, recv: str, imports: dict[str, str],
                 import_path: str | None, depth: int) -> Reach:
        fn = syntax.unparen(call.child_by_field_name("function"))
        if fn is None:
            return _UNKNOWN
        if fn.type == "identifier":
            name = syntax.text(fn)
            if name in _BUILTINS:
                return _PURE
            return self._resolved(self._decls(import_path, name, None), depth)
        if fn.type == "func_literal":
            return self.of_decl(fn, import_path, depth)   # (``func() error { ... }()``)
        if fn.type != "selector_expression":
            return _UNKNOWN   # (a generic instantiation, a call of a call's result)
        operand = syntax.unparen(fn.child_by_field_name("operand"))
        name = syntax.text(fn.child_by_field_name("field"))
        if operand is not None and operand.type == "identifier" and syntax.text(operand) in imports and \
                syntax.text(operand) != recv:
            path = imports[syntax.text(operand)]
            if std_path(path):
                got = std_call(path, name, syntax.call_args(call))
                return _stream_param(got, call, decl) if got.kind == ENV and got.conn and decl is not None \
                    else got
            if self.module is not None and self.module.package_dir(path) is not None:
                return self._resolved(self._decls(path, name, None), depth)
            return io_reach(f"{syntax.text(operand)}.{name}", name) if _IO_VERB.match(name) else _UNKNOWN
        if name == "Do":
            lit = _literal_arg(call)
            if lit is not None:   # (``g.Do(key, func() (any, error) {...})``: what the function returns)
                return self.of_decl(lit, import_path, depth)
        if _random_read(call):
            return _PURE   # (``r := rand.New(src)`` then ``r.Read(buf)``: math/rand's Read never fails)
        if _IO_VERB.match(name):
            return io_reach(" ".join(f"{syntax.text(operand)}.{name}".split()), name)
        if name in ("Error", "String", "Unwrap", "Is", "As", "Len", "Cap", "Bytes"):
            return _PURE
        if operand is not None and operand.type == "identifier" and decl is not None and \
                syntax.text(operand) != recv:
            typ = _local_type(decl, syntax.text(operand))
            if typ:   # (``msw := &markerWriter{...}`` then ``msw.createFile()``)
                return self._resolved(self._decls(import_path, name, typ), depth)
        if recv and decl is not None and operand is not None:
            from .module import _receiver_type
            typ = _receiver_type(_frame(decl))
            if operand.type == "identifier" and syntax.text(operand) == recv:
                return self._resolved(self._decls(import_path, name, typ), depth)
            inner = syntax.unparen(operand.child_by_field_name("operand")) \
                if operand.type == "selector_expression" else None
            if inner is not None and inner.type == "identifier" and syntax.text(inner) == recv and \
                    self.module is not None and import_path:
                found = self.module._field_type(import_path, typ, syntax.text(operand.child_by_field_name("field")))
                if found is not None:
                    return self._resolved(self._decls(found[0], name, found[1]), depth)
        return _UNKNOWN

    def _group_wait(self, decl: Node, group: str, import_path: str | None, depth: int) -> Reach | None:
        """For ``g.Wait()`` of a group of goroutines started in ``decl`` by ``g.Go(func() error {...})``
        (an ``errgroup.Group``): what the functions it waits for return; None when ``decl`` starts none
        there, or hands ``Go`` something other than a function literal."""
        out = None
        for n in syntax.walk(decl):
            if n.type != "call_expression":
                continue
            fn = syntax.unparen(n.child_by_field_name("function"))
            if fn is None or fn.type != "selector_expression" or \
                    syntax.text(fn.child_by_field_name("field")) not in ("Go", "TryGo") or \
                    syntax.text(fn.child_by_field_name("operand")) != group:
                continue
            lit = _literal_arg(n)
            if lit is None:
                return None
            out = join(out or _PURE, self.of_decl(lit, import_path, depth))
        return out

    @staticmethod
    def _by_args(call: Node, spell=None, decl: Node | None = None) -> Reach:
        """A call of code goleash cannot read: ``ENV`` when it is handed a context that can end
        (``ctx``, ``t.Context()``; not ``context.Background()``) or a connection (``conn``), whose
        cancellation, deadline or failure it may return (bound to the parameter of ``decl`` it is, when
        it is one: its caller's argument decides); else ``UNKNOWN``."""
        out = _UNKNOWN
        body = decl.child_by_field_name("body") if decl is not None else None
        for a in syntax.call_args(call):
            a = syntax.unparen(a)
            if a is None or not _ENDING_ARG.fullmatch(syntax.text(a)) or \
                    (spell is not None and spell(a) in _NEVER_ENDS):
                continue
            r = Reach(ENV, " ".join(syntax.text(call.child_by_field_name("function")).split()) +
                      f"({syntax.text(a)})", conn=_CONN_ARG.fullmatch(syntax.text(a)) is not None,
                      arg=_param_named(decl, body, syntax.text(a)) if body is not None and a.type == "identifier"
                      else None)
            out = r if out.kind != ENV else join(out, r)
            if out.arg is None:
                return out
        return out

    def _decls(self, import_path: str | None, name: str, typ: str | None) -> list[tuple[Node, str | None]] | None:
        """The declarations a call may run: the checked package's own (test files included) first, then
        the module's."""
        if import_path == self.own_path:
            node = self.own(f"{typ}.{name}" if typ else name)
            if node is not None:
                return [(node, import_path)]
        if self.module is None or not import_path:
            return None
        k = (import_path, name, typ)
        if k not in self._decl_memo:
            self._decl_memo[k] = self.module._declarations(import_path, name, typ) or None
        return self._decl_memo[k]

    def _resolved(self, decls, depth: int) -> Reach:
        if not decls or depth >= _MAX_DEPTH:
            return _UNKNOWN
        out = _PURE
        for d, path in decls:
            out = join(out, self.of_decl(d, path, depth + 1))
            if out.kind == ENV and out.arg is None:
                return out
        return out


def _deciding_wait(decl: Node, body: Node) -> Reach | None:
    """``ENV`` with the first wait or reading of the clock in ``body`` that decides what the function
    returns, as spelled (``ctx.Done()``, ``<-errc``, ``time.Since``, ``ctx.Err``); None when there is
    none. A receive
    (from a context's ``Done()``, a timer, another goroutine's channel), ``x.Err()``, ``time.Since``,
    ``time.Until``, ``x.Deadline()`` and ``context.DeadlineExceeded`` decide it when they are in the
    error a ``return`` gives, in a loop's condition, in the condition of an ``if`` whose branches return
    an error or leave a loop, in a ``select`` case that returns an error, or in a local that is; a plain
    wait when an error is returned after it; not a plain wait before ``return nil``, nor a duration only
    logged or measured (``log.Printf("took %v", time.Since(start))``, ``if time.Since(last) > time.Minute { log }``).
    ``ctx.Done()`` or ``ctx.Err()`` of a context parameter the function does not replace gives
    ``arg``, its position: only a caller's context that can end makes it vary (a later wait of
    another kind is preferred)."""
    first = None
    for n in syntax.walk(body):
        op = None
        if n.type == "unary_expression" and syntax.text(n.child_by_field_name("operator")) == "<-":
            # what another goroutine sends, or a close, decides: the answer depends on their timing
            if _decides(n, body, 2):
                x = syntax.unparen(n.child_by_field_name("operand"))
                op = x if x is not None and x.type == "call_expression" else n
        elif n.type == "call_expression":
            fn = " ".join(syntax.text(n.child_by_field_name("function")).split())
            if (not syntax.call_args(n) or fn.startswith("time.")) and _CLOCK_CALL.match(fn) and \
                    _decides(n, body, 2):
                op = n
        elif n.type == "selector_expression" and syntax.text(n) == "context.DeadlineExceeded" and \
                _decides(n, body, 2):
            return Reach(ENV, "context.DeadlineExceeded")
        if op is None or _runs_elsewhere(op, body):
            continue
        spelled = " ".join(syntax.text(op.child_by_field_name("function") if op.type == "call_expression" and
                                       op.parent is not None and op.parent.type != "unary_expression" else op).split())
        at = _ctx_param(decl, body, op)
        if at is None:
            return Reach(ENV, spelled, db=_db_result_err(body, op))
        first = first or Reach(ENV, spelled, arg=at)
    return first


def _db_result_err(body: Node, op: Node) -> bool:
    """Is ``op`` ``rows.Err()`` of a local that the body gives the result of a database query (``rows, err
    := db.QueryContext(ctx, q)``)? Its error is the database's, not a context's end."""
    fn = op.child_by_field_name("function") if op.type == "call_expression" else None
    operand = syntax.unparen(fn.child_by_field_name("operand")) if fn is not None and \
        fn.type == "selector_expression" else None
    if operand is None or operand.type != "identifier" or syntax.text(fn.child_by_field_name("field")) != "Err":
        return False
    name = syntax.text(operand)
    for n in syntax.walk(body):
        if n.type not in ("short_var_declaration", "assignment_statement"):
            continue
        left, right = n.child_by_field_name("left"), n.child_by_field_name("right")
        values = right.named_children if right is not None else []
        if left is None or len(values) != 1 or name not in [syntax.text(x) for x in left.named_children]:
            continue
        call = syntax.unparen(values[0])
        f = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
        if f is not None and f.type == "selector_expression" and \
                _DB_VERB.match(syntax.text(f.child_by_field_name("field"))):
            return True
    return False


def _failing_return(ret: Node) -> bool:
    """Can the ``return`` give an error: bare (named results), or its last value is not ``nil``?"""
    values = syntax.return_values(ret)
    return not values or syntax.text(values[-1]) != "nil"


def _decides(node: Node, body: Node, depth: int) -> bool:
    """Does the value of ``node`` (or, for a receive, when it happens) decide the error the function
    whose body is ``body`` returns? (See :func:`_deciding_wait`.)"""
    child = node
    for a in syntax.ancestors(node, body):
        if a.type == "return_statement":
            values = syntax.return_values(a)
            return not values or syntax.inside(node, values[-1])
        if a.type == "communication_case":
            return any(x.type == "return_statement" and _failing_return(x) and not _call_error_return(x, a)
                       for x in syntax.walk(a))
        if a.type == "if_statement" and child == a.child_by_field_name("condition"):
            return any(x.type in ("break_statement", "goto_statement") or
                       x.type == "return_statement" and _failing_return(x) for x in syntax.walk(a))
        if a.type in ("for_clause", "for_statement") and child.type not in ("block", "range_clause") and \
                child != a.child_by_field_name("initializer") and child != a.child_by_field_name("update"):
            return True
        if a.type in ("short_var_declaration", "assignment_statement", "receive_statement") and \
                child == a.child_by_field_name("right"):
            if a.type == "receive_statement" and a.parent is not None and a.parent.type == "communication_case" \
                    and _decides(a, body, 0):
                return True
            if depth <= 0:
                return False
            left = a.child_by_field_name("left")
            scope = a.parent if a.type == "receive_statement" and a.parent is not None else body
            for name in (syntax.text(x) for x in (left.named_children if left is not None else ())):
                if name != "_" and any(r.start_byte > a.end_byte and not _input_of_kept_call(r) and
                                       _decides(r, body, depth - 1) for r in syntax.references(name, scope)):
                    return True
            return False
        if a.type == "expression_statement" and node.type == "unary_expression":
            # a plain wait: it decides when an error is returned after it (``<-busy; return retry()``),
            # not when the function only waits to return nil (``<-ctx.Done(); return nil``)
            nxt = a.next_named_sibling
            while nxt is not None:
                if any(x.type == "return_statement" and _failing_return(x) for x in [nxt, *syntax.walk(nxt)]):
                    return True
                nxt = nxt.next_named_sibling
            return False
        if a.type in ("block", "func_literal", "expression_statement", "defer_statement", "go_statement"):
            return False
        child = a
    return False


def _input_of_kept_call(ref: Node) -> bool:
    """Is ``ref`` an argument of a call whose results a local keeps (``b, err := enc.Encode(m)``)? What
    that call returns is its own to answer for (its reach is read where it is kept), not the timing of
    the wait that gave ``ref`` its value."""
    p = ref.parent
    call = p.parent if p is not None and p.type == "argument_list" else None
    if call is None or call.type != "call_expression":
        return False
    q = call.parent
    while q is not None and q.type in ("parenthesized_expression", "expression_list"):
        q = q.parent
    return q is not None and q.type in ("short_var_declaration", "assignment_statement")


def _call_error_return(ret: Node, case: Node) -> bool:
    """Is the ``return`` ``ret`` of the select case ``case`` under ``if err != nil`` of an error the case
    got from a call (``b, err := serializer.Serialize(m); if err != nil { return err }``, or in the ``if``'s
    initializer, ``if err := w.sync(ctx); err != nil``)? That error is
    the call's; the receive only decided that the case runs, not that it fails."""
    for a in syntax.ancestors(ret, case):
        if a.type != "if_statement":
            continue
        cond = syntax.unparen(a.child_by_field_name("condition"))
        if cond is None or cond.type != "binary_expression" or \
                syntax.text(cond.child_by_field_name("operator")) != "!=" or \
                syntax.text(cond.child_by_field_name("right")) != "nil" or \
                cond.child_by_field_name("left").type != "identifier":
            continue
        name = syntax.text(cond.child_by_field_name("left"))
        init = a.child_by_field_name("initializer")
        for st in syntax.walk(case):
            if st.type not in ("short_var_declaration", "assignment_statement") or \
                    (st.start_byte > a.start_byte and (init is None or st.id != init.id)):
                continue   # (before the ``if``, or its own initializer: ``if err := w.sync(ctx); err != nil``)
            left, right = st.child_by_field_name("left"), st.child_by_field_name("right")
            vals = right.named_children if right is not None else []
            if left is not None and any(syntax.text(x) == name for x in left.named_children) and \
                    len(vals) == 1 and syntax.unparen(vals[0]).type == "call_expression":
                return True
    return False


def _ctx_param(decl: Node, body: Node, op: Node) -> int | None:
    """The position of the context parameter ``op`` (``ctx.Done()``, ``ctx.Err()``) is a method of, when
    the function never gives that name another value; else None."""
    fn = syntax.unparen(op.child_by_field_name("function")) if op.type == "call_expression" else None
    if fn is None or fn.type != "selector_expression" or \
            syntax.text(fn.child_by_field_name("field")) not in ("Done", "Err"):
        return None
    base = syntax.unparen(fn.child_by_field_name("operand"))
    return _param_named(decl, body, syntax.text(base)) if base is not None and base.type == "identifier" \
        else None


def _param_named(decl: Node, body: Node, name: str) -> int | None:
    """The position of the parameter ``name`` of ``decl`` (receiver not counted) when it is a
    ``context.Context`` or a connection, file or stream, that ``body`` never gives another value; else
    None. For a function literal, the enclosing function's parameter it uses (it runs in its frame)."""
    if decl.type == "func_literal":
        outer = _frame(decl)
        if outer is decl or outer.child_by_field_name("body") is None or \
                any(pname == name for pname, _t in syntax.params(decl)):
            return None
        return _param_named(outer, outer.child_by_field_name("body"), name)
    params = syntax.params(decl)[1 if decl.type == "method_declaration" else 0:]   # (the receiver not counted)
    at = next((i for i, (pname, typ) in enumerate(params) if pname == name and typ is not None and
               (syntax.is_context_type(typ) or _ENV_TYPE.fullmatch(" ".join(syntax.text(typ).split())))), None)
    if at is None:
        return None
    for st in syntax.walk(body):
        if st.type in ("short_var_declaration", "assignment_statement"):
            left = st.child_by_field_name("left")
            if left is not None and any(syntax.text(x) == name for x in left.named_children) and \
                    not _carries_on(st, name):
                return None   # (``ctx, cancel := context.WithTimeout(ctx, d)``: it can end here)
    return at


def _runs_elsewhere(call: Node, body: Node) -> bool:
    """Is ``call`` inside a function literal the function returns (``return func(ctx context.Context)
    error { ... }``) or starts as a goroutine (``go func() { err := s.write(); log(err) }()``)? The one
    runs when the caller calls it, with the caller's arguments, the other beside the function: neither
    error is this function's."""
    p = call.parent
    while p is not None and p.id != body.id:
        if p.type == "func_literal":
            q = p.parent
            while q is not None and q.type in ("parenthesized_expression", "expression_list"):
                q = q.parent
            if q is not None and q.type == "return_statement":
                return True
            if q is not None and q.type == "call_expression" and q.parent is not None and \
                    q.parent.type == "go_statement":
                return True
        p = p.parent
    return False


def _carries_on(st: Node, name: str) -> bool:
    """Does the assignment ``st`` give the context ``name`` a child that ends only when it does: a value
    (``ctx = context.WithValue(ctx, k, v)``) or a tracing span (``ctx, span := tracer.Start(ctx, "op")``,
    ``span, ctx := opentracing.StartSpanFromContext(ctx, "op")``), no deadline or cancel of its own?"""
    left = st.child_by_field_name("left")
    right = st.child_by_field_name("right")
    vals = right.named_children if right is not None else []
    call = syntax.unparen(vals[0]) if len(vals) == 1 else None
    if call is None or call.type != "call_expression":
        return False
    args = syntax.call_args(call)
    if not args or syntax.text(syntax.unparen(args[0])) != name:
        return False
    fn = syntax.text(call.child_by_field_name("function"))
    names = [syntax.text(x) for x in left.named_children] if left is not None else []
    last = fn.rpartition(".")[2]
    return fn == "context.WithValue" or (
        not fn.startswith("context.") and not _OWN_END.search(last) and
        (_SPAN_START.match(last) is not None or any("span" in n.lower() for n in names if n != name)))


_SPAN_START = re.compile(r"^(?:Start\w*|\w*Span\w*|\w*Trace\w*|With\w*Value\w*|New\w*Context)$")
_OWN_END = re.compile(r"Cancel|Timeout|Deadline|Stop")


def _stream_param(r: Reach, call: Node, decl: Node) -> Reach:
    """``r``, the answer for a standard stream function (``io.ReadFull(src, b)``), bound to the parameters
    of ``decl`` that are its streams not in memory, when they all are (``io.CopyBuffer(dst, src, buf)``)."""
    name = syntax.call_name(call)[1]
    args = syntax.call_args(call)
    streams = [a for a in (args[:2] if name.startswith("Copy") else args[:1])
               if not _MEMORY.search(" ".join(syntax.text(a).split()))]
    body = decl.child_by_field_name("body")
    if not streams or body is None or any(syntax.unparen(a).type != "identifier" for a in streams):
        return r
    at = [_param_named(decl, body, syntax.text(syntax.unparen(a))) for a in streams]
    if None in at:
        return r   # (a stream of its own: what the caller hands does not decide)
    return Reach(ENV, r.op, conn=True, arg=at[0], more=tuple(sorted(set(at[1:]) - {at[0]})))


def _frame(decl: Node) -> Node:
    """The declaration whose frame ``decl`` runs in: itself, or for a function literal the function or
    method it is written in (its receiver and parameters are the literal's too)."""
    if decl.type != "func_literal":
        return decl
    return next((a for a in syntax.ancestors(decl) if a.type in ("function_declaration", "method_declaration")),
                decl)


def _literal_arg(call: Node) -> Node | None:
    """The first function literal ``call`` is handed (``g.Go(func() error {...})``)."""
    return next((a for a in map(syntax.unparen, syntax.call_args(call)) if a is not None and a.type == "func_literal"),
                None)


_NEVER_ENDS = ("context.Background()", "context.TODO()")
# arguments whose reads never fail: crypto/rand's reader, a math/rand generator, bytes in memory
_NEVER_FAILS = re.compile(r"^\w*rand\.(?:Reader|New\(.*\))$")


def bind(r: Reach, call: Node, decl: Node | None = None, spell=None) -> Reach:
    """``r``, the answer for the function ``call`` runs, at ``call`` (in ``decl``; ``spell`` spells an
    argument that is a context, when the caller's model knows): an ``ENV`` reached only through the
    argument ``r.arg`` is ``PURE`` when that argument is a context that never ends
    (``context.Background()``) or a reader that never fails (``bytes.NewReader(b)``, ``rand.Reader``),
    still bound when it is a parameter of ``decl`` of such a type, else plain."""
    if r.kind != ENV or r.arg is None:
        return r
    args = syntax.call_args(call)
    if r.more:   # through several arguments: none when every one is a context that never ends or in memory
        given = [syntax.unparen(args[i]) if i < len(args) else None for i in (r.arg, *r.more)]
        if None in given:
            return Reach(ENV, r.op, conn=r.conn, db=r.db)
        left = [a for a in given if not _benign(a, spell)]
        if not left:
            return _PURE
        body = decl.child_by_field_name("body") if decl is not None else None
        at = [_param_named(decl, body, syntax.text(a)) if body is not None and a.type == "identifier" else None
              for a in left]
        op = " ".join(syntax.text(left[0]).split()) if r.op.isidentifier() else r.op
        if None in at:   # (what this caller hands it is not all the caller's own caller hands)
            return Reach(ENV, op, conn=r.conn, db=r.db)
        at = sorted(set(at))
        return Reach(ENV, op, conn=r.conn, arg=at[0], db=r.db, more=tuple(at[1:]))
    a = syntax.unparen(args[r.arg]) if r.arg < len(args) else None
    if a is None:
        return Reach(ENV, r.op, conn=r.conn, db=r.db)
    spelled = " ".join(syntax.text(a).split())
    if _benign(a, spell):
        return _PURE
    body = decl.child_by_field_name("body") if decl is not None else None
    at = _param_named(decl, body, syntax.text(a)) if body is not None and a.type == "identifier" else None
    # (a parameter's name says nothing where it is bound: the argument does)
    return Reach(ENV, spelled if r.op.isidentifier() else r.op, conn=r.conn, arg=at, db=r.db)


def in_memory(spelled: str) -> bool:
    """Does the expression spelled so make a reader or writer in memory (``&bytes.Buffer{}``,
    ``strings.NewReader(s)``, ``io.Discard``), whose calls never fail?"""
    return _MEMORY.search(spelled) is not None


def _benign(a: Node, spell=None) -> bool:
    """Is the argument ``a`` a context that never ends (``context.Background()``, also as ``spell`` spells a
    local made from it), or a reader or writer whose calls never fail (bytes in memory, also a local
    ``spell`` spells as one: ``dst := &bytes.Buffer{}``; crypto/rand's reader)?"""
    spelled = " ".join(syntax.text(a).split())
    said = spell(a) if spell is not None else None
    return spelled in _NEVER_ENDS or said in _NEVER_ENDS or _MEMORY.search(spelled) is not None or \
        (said is not None and _MEMORY.search(said) is not None) or _NEVER_FAILS.match(spelled) is not None


_BUILTINS = frozenset({"len", "cap", "append", "make", "new", "copy", "delete", "panic", "recover", "print",
                       "println", "min", "max", "clear", "complex", "real", "imag", "string", "int", "int64",
                       "uint64", "byte", "rune", "float64", "error", "bool", "uint32", "int32", "uint", "uint8",
                       "uint16", "int8", "int16", "float32"})


def _self_changed_guard(body: Node, recv: str) -> str | None:
    """``p.left`` when the method body returns under an ``if`` that tests ``recv.F`` (``p.left == 0``,
    ``p.sealed``) and also changes ``recv.F`` itself (``p.left--``, ``p.sealed = true``): goroutines
    calling it at once see each other's changes."""
    tested: set[str] = set()
    for n in syntax.walk(body):
        if n.type == "if_statement":
            cond = n.child_by_field_name("condition")
            cons = n.child_by_field_name("consequence")
            if cond is None or cons is None or not any(r.type == "return_statement" for r in syntax.walk(cons)):
                continue
            for x in [cond, *syntax.walk(cond)]:
                if x.type == "selector_expression" and syntax.text(x.child_by_field_name("operand")) == recv:
                    tested.add(syntax.text(x))
    if not tested:
        return None
    for n in syntax.walk(body):
        target = None
        if n.type == "inc_statement" or n.type == "dec_statement":
            target = n.named_children[0] if n.named_children else None
        elif n.type == "assignment_statement":
            left = n.child_by_field_name("left")
            target = left.named_children[0] if left is not None and left.named_children else None
        if target is not None and syntax.text(target) in tested:
            return syntax.text(target)
    return None


_RAND_PATHS = ("math/rand", "golang.org/x/exp/rand")


def _random_read(call: Node) -> bool:
    """Is ``call`` ``r.Read(buf)`` of a local pseudo-random generator of math/rand (or x/exp/rand), every
    value the function gives it made by that package's ``New`` (``r := rand.New(rand.NewSource(seed))``)?
    Its ``Read`` fills the buffer and returns a nil error, always."""
    fn = syntax.unparen(call.child_by_field_name("function"))
    if fn is None or fn.type != "selector_expression" or syntax.text(fn.child_by_field_name("field")) != "Read":
        return False
    operand = syntax.unparen(fn.child_by_field_name("operand"))
    decl = next((a for a in syntax.ancestors(call) if a.type in ("function_declaration", "method_declaration")), None)
    if operand is None or operand.type != "identifier" or decl is None:
        return False
    from .module import file_imports
    root = decl
    while root.parent is not None:
        root = root.parent
    return _pseudo_random(decl, syntax.text(operand), file_imports(root))


def _pseudo_random(decl: Node, name: str, imports: dict[str, str]) -> bool:
    """Is the local ``name`` of ``decl`` a pseudo-random generator made only by ``rand.New(...)``?"""
    vals = _local_values(decl, name, ("short_var_declaration", "assignment_statement"))
    return bool(vals) and all(
        (m := re.match(r"(\w+)\s*\.\s*New\s*\(", syntax.text(v))) is not None and imports.get(m.group(1)) in _RAND_PATHS
        for v in vals)


def _local_values(decl: Node, name: str, kinds: tuple[str, ...]) -> list[Node] | None:
    """The values the statements of ``kinds`` in ``decl`` give its local ``name`` (``x := v``, ``x = v``), in
    order; None when one of them gives it no value of its own (``a, x := f()``)."""
    body = decl.child_by_field_name("body")
    out = []
    for st in syntax.walk(body) if body is not None else ():
        if st.type not in kinds:
            continue
        left, right = st.child_by_field_name("left"), st.child_by_field_name("right")
        names = [syntax.text(x) for x in left.named_children] if left is not None else []
        if name not in names or right is None:
            continue
        vals = right.named_children
        if len(vals) != len(names):
            return None
        out.append(vals[names.index(name)])
    return out


_LOCAL_LIT = re.compile(r"^&?(\w+)\s*\{|^new\((\w+)\)$")


def _local_type(decl: Node, name: str) -> str | None:
    """The package type of the local ``name`` when ``decl`` declares it once from a literal of it
    (``msw := &markerWriter{...}``, ``x := T{}``, ``p := new(T)``)."""
    vals = _local_values(decl, name, ("short_var_declaration",))
    m = _LOCAL_LIT.match(" ".join(syntax.text(vals[0]).split())) if vals is not None and len(vals) == 1 else None
    return (m.group(1) or m.group(2)) if m is not None else None
