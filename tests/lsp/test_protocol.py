"""The real server over a raw JSON-RPC connection: malformed input, lifecycle, framing
(issue 14, point 7). Every request is answered, nothing pops up, no traceback."""

from __future__ import annotations

import json
import os
import time

import pytest

from rawclient import RawClient

SRC = """package main

func leak() {
	ch := make(chan int)
	go func() {
		ch <- 1
	}()
}
"""
URI = "file:///tmp/goleash-raw/leak.go"


@pytest.fixture
def server():
    c = RawClient()
    yield c
    c.close()


def alive(c: RawClient) -> None:
    """The server still answers (a cheap request with a known answer)."""
    reply = c.call("textDocument/diagnostic", {"textDocument": {"uri": "file:///tmp/goleash-raw/none.go"}})
    assert reply["result"] == {"kind": "full", "items": []}


def quiet(c: RawClient) -> None:
    assert c.pop_ups() == [], c.pop_ups()
    assert c.tracebacks() == [], "".join(c.stderr)


def body(data: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(data) + data


def test_malformed_messages_get_json_rpc_errors(server):
    c = server
    c.initialize()
    cases = [
        (b'{"jsonrpc": "2.0", "id": 7, "method": "textDocument/hov', -32700, 7),   # truncated: id found
        (b'"just a string"', -32600, None),
        (b"[1, 2, 3]", -32600, None),
        (b"[]", -32600, None),
        (b"null", -32600, None),
        (b"42", -32600, None),
        (b'{"jsonrpc": "2.0", "id": 8, "method": "x", "params": "\xff\xfe"}', -32700, 8),  # invalid UTF-8
        (b"[" * 100_000 + b"]" * 100_000, -32700, None),
        (b'{"jsonrpc": "2.0", "id": 9, "params": {' + b'"a":[' * 50_000 + b"]" * 50_000 + b"}}", -32700, 9),
        (b'{"id": 10, "method": "shutdown"}', -32600, 10),                         # no "jsonrpc"
        (b'{"jsonrpc": "2.0", "id": 11, "method": 5}', -32600, 11),
        (b'{"jsonrpc": "2.0", "id": {"x": 1}, "method": "shutdown"}', -32600, None),
        (b'{"jsonrpc": "2.0", "id": 12, "method": "textDocument/hover", "params": "str"}', -32600, 12),
        (b'{"jsonrpc": "2.0", "id": 13}', -32600, 13),
        (b"", -32700, None),
    ]
    for data, code, msg_id in cases:
        c.raw(body(data))
        reply = c.wait(lambda m: "error" in m and m["error"]["code"] == code and m.get("id") == msg_id)
        assert reply["jsonrpc"] == "2.0"
    alive(c)
    quiet(c)
    # the log says what happened, once per message, in one line each (stderr is read by a thread of
    # its own: under load its last lines may come after the replies)
    deadline = time.monotonic() + 10
    while sum("bad message" in l for l in c.stderr) < len(cases) - 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sum("bad message" in l for l in c.stderr) >= len(cases) - 1


def test_wrong_param_types_and_positions_are_answered(server):
    c = server
    c.initialize()
    c.open(URI, SRC)
    c.diagnostics(URI)
    alive(c)
    hover = "textDocument/hover"
    bad = [
        (hover, {"textDocument": {"uri": URI}, "position": {"line": -1, "character": 0}}),
        (hover, {"textDocument": {"uri": URI}, "position": {"line": 2**31, "character": 0}}),
        (hover, {"textDocument": {"uri": URI}, "position": {"line": 0, "character": 2**40}}),
        (hover, {"textDocument": {"uri": URI}, "position": {"line": "4", "character": []}}),
        (hover, {"textDocument": 5, "position": {"line": 1, "character": 1}}),
        (hover, {}),
        ("textDocument/codeAction", {"textDocument": {"uri": URI}, "range": {"start": {"line": -5, "character": 0},
                                     "end": {"line": 0, "character": 0}}, "context": {"diagnostics": []}}),
        ("textDocument/codeAction", [1, 2]),
        ("textDocument/diagnostic", {"textDocument": "nope"}),
        ("workspace/executeCommand", {"command": 5}),
        ("workspace/executeCommand", {"command": "goleash.nope", "arguments": []}),
    ]
    for method, params in bad:
        reply = c.call(method, params)
        assert reply["error"]["code"] == -32602, (method, params, reply)
    # a position past the end of a line or the file is fine: clamped
    ok = c.call(hover, {"textDocument": {"uri": URI}, "position": {"line": 2**31 - 1, "character": 2**31 - 1}})
    assert "result" in ok
    reply = c.call("no/such/method", {})
    assert reply["error"]["code"] == -32601
    # notifications with bad params are dropped with a log line, the document is untouched
    c.notify("textDocument/didOpen", {"textDocument": {"uri": 5}})
    c.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 2}, "contentChanges": "x"})
    c.notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": "3"}, "contentChanges": []})
    c.notify("textDocument/didClose", None)
    alive(c)
    quiet(c)


def test_lifecycle_before_initialize_twice_and_after_shutdown():
    c = RawClient()
    try:
        r = c.call("textDocument/hover", {"textDocument": {"uri": URI}, "position": {"line": 0, "character": 0}})
        assert r["error"]["code"] == -32002
        c.notify("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "go", "version": 1,
                                                           "text": SRC}})  # dropped: not initialized
        assert "capabilities" in c.initialize()["result"]
        r = c.call("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
        assert r["error"]["code"] == -32600
        r = c.call("textDocument/diagnostic", {"textDocument": {"uri": URI}})
        assert r["result"] == {"kind": "full", "items": []}  # the early didOpen was not taken
        assert c.call("shutdown")["result"] is None
        for method, params in [("shutdown", None), ("textDocument/hover", {}), ("initialize", {}),
                               ("textDocument/diagnostic", {"textDocument": {"uri": URI}})]:
            assert c.call(method, params)["error"]["code"] == -32600
        c.open(URI, SRC)  # ignored after shutdown
        c.notify("exit")
        assert c.proc.wait(10) == 0
        assert not any(m.get("method") == "textDocument/publishDiagnostics" for m in c.received)
        quiet(c)
    finally:
        c.close()


@pytest.mark.parametrize("initialized", [False, True])
def test_exit_without_shutdown_exits_1(initialized):
    c = RawClient()
    try:
        if initialized:
            c.initialize()
        c.notify("exit")
        assert c.proc.wait(10) == 1
    finally:
        c.close()


def test_framing_errors_do_not_kill_or_wedge_the_stream(server):
    c = server
    c.initialize()
    ping = json.dumps({"jsonrpc": "2.0", "id": 100, "method": "textDocument/diagnostic",
                       "params": {"textDocument": {"uri": "file:///tmp/x.go"}}}).encode()
    streams = [
        b"Content-Length: 1000000000000\r\n\r\n{}",                 # 10^12: skipped, not read
        b"Content-Length: 99999999999999999999999\r\n\r\n",
        b"Content-Length: abc\r\n\r\n{}",
        b"Content-Type: application/json\r\n\r\n{}",              # no Content-Length
        b"garbage without any header\r\n\r\n",
        b"Content-Length: 500\r\n\r\n{\"jsonrpc\": \"2.0\", \"id\": 5",   # body shorter than announced
        b"Content-Length: 3\r\n\r\n{\"jsonrpc\": \"2.0\"}",       # body longer than announced
        b"\r\n\r\n\n",
        b"content-length: 2\r\n\r\n{}",                             # lower-case header: fine
        b"x" * 20000,                                                # a long line of junk
    ]
    for i, junk in enumerate(streams):
        ping_i = ping.replace(b'"id": 100', b'"id": %d' % (100 + i))
        c.raw(junk + body(ping_i))
        c.answer(100 + i, timeout=10)
    # the truncated request got an answer with its id
    assert any(m.get("id") == 5 and m["error"]["code"] == -32700 for m in c.received)
    alive(c)
    quiet(c)


def test_every_request_answered_under_garbage(server):
    c = server
    c.initialize()
    c.open(URI, SRC)
    c.diagnostics(URI)
    methods = ["textDocument/hover", "textDocument/codeAction", "textDocument/diagnostic",
               "workspace/executeCommand", "textDocument/definition", "shutdown/not", "$/weird"]
    params = [None, [], {}, {"textDocument": None}, {"textDocument": {"uri": 3}}, {"textDocument": {"uri": URI}},
              {"textDocument": {"uri": URI}, "position": {"line": 1}}, {"textDocument": {"uri": URI}, "range": 1}]
    ids = []
    for m in methods:
        for p in params:
            msg = {"jsonrpc": "2.0", "id": c.next_id(), "method": m}
            if p is not None:
                msg["params"] = p
            c.send(msg)
            ids.append(msg["id"])
    for i in ids:
        c.answer(i)
    alive(c)
    quiet(c)


def test_document_notifications_out_of_order(server):
    c = server
    c.initialize()
    c.open(URI, SRC, version=5)
    assert [d["code"] for d in c.diagnostics(URI, 5)["diagnostics"]] == ["GL101"]
    # a didChange with an older version is ignored: the published version never goes back
    c.edit(URI, 3, 3, 0, 3, 0, "// stale edit\n")
    c.edit(URI, 6, 3, 20, 3, 20, ", 1")  # make(chan int, 1): fixed
    d = c.diagnostics(URI, 6)
    assert d["version"] == 6 and d["diagnostics"] == []
    # reopening with the same version shows the new text's findings, not the cached ones
    c.open(URI, SRC, version=6)
    d = c.diagnostics(URI, 6, pred=lambda ds: ds != [])
    assert [x["code"] for x in d["diagnostics"]] == ["GL101"]
    # didChange/didClose of a closed or unknown document: quiet
    c.notify("textDocument/didClose", {"textDocument": {"uri": URI}})
    assert c.diagnostics(URI)["diagnostics"] == []
    c.edit(URI, 7, 0, 0, 0, 0, "x")
    c.notify("textDocument/didClose", {"textDocument": {"uri": URI}})
    c.notify("textDocument/didSave", {"textDocument": {"uri": "file:///nowhere.go"}})
    alive(c)
    quiet(c)
    assert not any(m.get("method") == "window/logMessage" and m["params"]["type"] == 1 for m in c.received)


@pytest.mark.parametrize("enc", ["utf-16", "utf-8"])
def test_lone_cr_is_a_line_end_for_lsp_positions(server, enc, tmp_path):
    c = server
    c.initialize({"general": {"positionEncodings": [enc]}})
    # line 3 holds a lone \r: for LSP "ch <- 1" is on line 6, for Go (and goleash check) on line 5
    text = SRC.replace("func leak() {\n", "func leak() { // a\r comment\n")
    uri = "file:///tmp/goleash-raw/cr.go"
    c.open(uri, text)
    (d,) = c.diagnostics(uri)["diagnostics"]
    assert d["range"]["start"] == {"line": 6, "character": 2}
    # an edit addressed in LSP lines lands where the client means it
    c.edit(uri, 2, 4, 20, 4, 20, ", 1")  # line 4 (LSP) is "\tch := make(chan int)"
    assert c.diagnostics(uri, 2)["diagnostics"] == []
    path = tmp_path / "cr.go"
    path.write_bytes(text.encode())
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-m", "goleash", "check", str(path)], capture_output=True, text=True)
    assert f"{path}:6:3:" in out.stdout  # go vet counts \n only: line 6 (1-based) = LSP line 7


def test_binary_file_same_behaviour_as_cli(server, tmp_path):
    c = server
    c.initialize()
    uri = "file:///tmp/goleash-raw/nul.go"
    c.open(uri, SRC.replace("ch <- 1", "ch <- 1 \x00"))
    assert c.diagnostics(uri)["diagnostics"] == []
    log = c.wait(lambda m: m.get("method") == "window/logMessage" and "binary file" in m["params"]["message"])
    assert "nul.go" in log["params"]["message"]
    # the NUL removed again: analysed again
    c.change(uri, 2, [{"text": SRC}])
    assert [d["code"] for d in c.diagnostics(uri, 2)["diagnostics"]] == ["GL101"]
    (tmp_path / "nul.go").write_bytes(SRC.replace("ch <- 1", "ch <- 1 \x00").encode())
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-m", "goleash", "check", str(tmp_path)], capture_output=True, text=True)
    assert out.returncode == 2 and "nul.go: binary file" in out.stderr and out.stdout == ""
    quiet(c)


def test_special_files_beside_an_open_document(tmp_path):
    """A FIFO named x.go and a symlink to /dev/zero in the package directory: the open
    document gets its diagnostics (siblings are read only if regular files)."""
    os.mkfifo(tmp_path / "fifo.go")
    os.symlink("/dev/zero", tmp_path / "zero.go")
    (tmp_path / "leak.go").write_text(SRC)
    c = RawClient()
    try:
        c.initialize(root=str(tmp_path))
        uri = (tmp_path / "leak.go").as_uri()
        c.open(uri, SRC)
        assert [d["code"] for d in c.diagnostics(uri)["diagnostics"]] == ["GL101"]
        alive(c)
        r = c.call("workspace/executeCommand", {"command": "goleash.analyzeWorkspace", "arguments": []}, timeout=60)
        assert r["result"]["files"] == 1
        assert c.shutdown_and_exit() == 0
        quiet(c)
    finally:
        c.close()


def test_static_capabilities_match_the_handlers():
    """initialize is answered before pygls is loaded, from session.CAPABILITIES: it must be
    what pygls would advertise for the registered features (update it with a new feature)."""
    from lsprotocol import types
    from pygls.capabilities import ServerCapabilitiesBuilder

    from goleash import session, server

    srv = server.server
    features = set(srv.protocol.fm.features) | set(srv.protocol.fm.builtin_features) | {
        types.TEXT_DOCUMENT_DID_OPEN, types.TEXT_DOCUMENT_DID_CLOSE, types.TEXT_DOCUMENT_DID_SAVE,
        types.TEXT_DOCUMENT_DIAGNOSTIC}
    options = dict(srv.protocol.fm.feature_options)
    options[types.TEXT_DOCUMENT_DIAGNOSTIC] = types.DiagnosticOptions(
        identifier="goleash", inter_file_dependencies=True, workspace_diagnostics=False)
    caps = ServerCapabilitiesBuilder(types.ClientCapabilities(), features, options,
                                     list(srv.protocol.fm.commands), types.TextDocumentSyncKind.Incremental,
                                     None, types.PositionEncodingKind.Utf16).build()
    expected = srv.protocol._converter.unstructure(caps)
    expected.pop("positionEncoding", None)
    assert session.CAPABILITIES == expected


def test_liveness_while_a_long_analysis_runs(tmp_path):
    """While a big file is analysed, hover, codeAction and shutdown are answered within
    200 ms (answers may be empty until the analysis of the current text is there)."""
    big = "package main\n" + "".join(f"func f{i}() {{ ch := make(chan int); go func() {{ ch <- {i} }}() }}\n"
                                     for i in range(6000))
    c = RawClient()
    try:
        c.initialize()
        c.open(URI, SRC)
        c.diagnostics(URI)
        c.answer(c.hover(URI, 4, 1), timeout=30)  # pygls features loaded
        big_uri = "file:///tmp/goleash-raw/big.go"
        c.open(big_uri, big)
        worst = 0.0
        t_end = time.monotonic() + 3.0
        while time.monotonic() < t_end:
            for method, params in [
                ("textDocument/hover", {"textDocument": {"uri": big_uri}, "position": {"line": 1, "character": 1}}),
                ("textDocument/codeAction", {"textDocument": {"uri": big_uri}, "context": {"diagnostics": []},
                                             "range": {"start": {"line": 1, "character": 0},
                                                       "end": {"line": 1, "character": 5}}}),
                ("textDocument/hover", {"textDocument": {"uri": URI}, "position": {"line": 4, "character": 1}}),
            ]:
                t0 = time.monotonic()
                c.call(method, params, timeout=5)
                worst = max(worst, time.monotonic() - t0)
        assert worst < 0.2, worst
        t0 = time.monotonic()
        assert c.call("shutdown")["result"] is None
        assert time.monotonic() - t0 < 0.2
        c.notify("exit")
        assert c.proc.wait(10) == 0
        quiet(c)
    finally:
        c.close()


def test_an_edit_in_a_file_with_thousands_of_findings_rechecks_one_declaration(tmp_path):
    """3,000 findings: the first analysis takes seconds; an edit re-analyses the declaration
    it touched and re-publishes from cached JSON, so its diagnostics come back fast. (A results
    cache of its own: with another test's results for the same text it would open from the disk
    cache, the case of the test below.)"""
    big = "package main\n" + "".join(f"func f{i}() {{ ch := make(chan int); go func() {{ ch <- {i} }}() }}\n"
                                     for i in range(3000))
    uri = "file:///tmp/goleash-raw/thousands.go"
    c = RawClient(env={"GOLEASH_DEBOUNCE": "0", "GOLEASH_CACHE_DIR": str(tmp_path / "cache")})
    try:
        c.initialize()
        t0 = time.monotonic()
        c.open(uri, big)
        full = c.diagnostics(uri, pred=lambda d: len(d) == 3000, timeout=120)
        cold = time.monotonic() - t0
        lat = []
        for v in range(2, 12):  # type a line above function 1500: every later finding moves down
            t0 = time.monotonic()
            c.edit(uri, v, 1500, 0, 1500, 0, "// x\n")
            d = c.diagnostics(uri, v, timeout=60)
            lat.append(time.monotonic() - t0)
            assert len(d["diagnostics"]) == 3000
        last = sorted(d["diagnostics"], key=lambda x: x["range"]["start"]["line"])[-1]
        assert last["range"]["start"]["line"] == full["diagnostics"][-1]["range"]["start"]["line"] + 10
        print(f"cold {cold:.2f} s, per edit median {sorted(lat)[5] * 1000:.0f} ms")
        assert sorted(lat)[5] < max(0.5, cold / 4)
        quiet(c)
    finally:
        c.close()


def test_a_document_served_from_the_disk_cache_is_warmed_for_the_first_keystroke(tmp_path):
    """Diagnostics from the disk cache come without the per-declaration results an edit reuses: the first
    keystroke re-analysed the whole file and, past its budget, published none until that ended. The
    server now re-analyses the text in the background after serving it from the cache; the keystroke
    then re-checks one declaration and its diagnostics keep every finding."""
    big = "package main\n" + "".join(f"func w{i}() {{ ch := make(chan int); go func() {{ ch <- {i} }}() }}\n"
                                     for i in range(400))
    env = {"GOLEASH_DEBOUNCE": "0", "GOLEASH_ANALYSIS_BUDGET": "0.3", "GOLEASH_CACHE_DIR": str(tmp_path / "cache")}
    first = RawClient(env=env)
    try:   # another checkout of the same file fills the disk cache
        first.initialize(root=str(tmp_path / "a"))
        first.open((tmp_path / "a" / "w.go").as_uri(), big)
        first.diagnostics((tmp_path / "a" / "w.go").as_uri(), pred=lambda d: len(d) == 400, timeout=120)
        assert first.shutdown_and_exit() == 0
    finally:
        first.close()
    uri = (tmp_path / "b" / "w.go").as_uri()
    c = RawClient(args=("--log-level", "info"), env=env)
    try:
        c.initialize(root=str(tmp_path / "b"))
        c.open(uri, big)
        c.diagnostics(uri, pred=lambda d: len(d) == 400, timeout=120)
        assert any("from the disk cache" in line for line in c.stderr)
        t_end = time.monotonic() + 60
        while not any("warmed" in line for line in c.stderr) and time.monotonic() < t_end:
            time.sleep(0.05)
        c.edit(uri, 2, 200, 0, 200, 0, "// x\n")
        d = c.diagnostics(uri, 2, timeout=60)
        assert len(d["diagnostics"]) == 400, [line for line in c.stderr if "not analysed" in line]
    finally:
        c.close()
