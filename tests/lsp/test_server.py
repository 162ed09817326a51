"""End-to-end: the real goleash server over stdio, driven by pytest-lsp."""

import asyncio
import sys

import pytest
from lsprotocol import types

from lsp_helpers import apply_text_edits, initialize, open_and_wait, wait_diagnostics, wait_until



URI = "file:///tmp/goleash-lsp/fetch.go"
SRC = """package main

import (
	"errors"
	"time"
)

func fetch() (int, error) {
	ch := make(chan int)
	go func() {
		ch <- 42
	}()
	select {
	case v := <-ch:
		return v, nil
	case <-time.After(time.Second):
		return 0, errors.New("timeout")
	}
}
"""


async def test_gl101_diagnostic_fix_and_clear(client):
    await initialize(client)
    diags = await open_and_wait(client, URI, SRC)
    assert [(d.code, d.range.start.line, d.range.start.character) for d in diags] == [("GL101", 10, 2)]
    d = diags[0]
    assert d.source == "goleash"
    assert d.severity == types.DiagnosticSeverity.Warning
    assert d.code_description.href.endswith("/GL101.md")
    assert "blocks forever" in d.message
    related = {(r.location.range.start.line, r.message) for r in d.related_information}
    assert (8, "ch is made unbuffered here") in related
    assert any(line == 15 for line, _ in related)  # the timeout case

    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=URI), range=d.range,
        context=types.CodeActionContext(diagnostics=[d])))
    fixes = [a for a in actions if a.is_preferred]
    assert len(fixes) == 1 and fixes[0].kind == types.CodeActionKind.QuickFix
    assert fixes[0].diagnostics[0].code == "GL101"
    assert any("goleash:ignore" in a.title for a in actions)
    edits = fixes[0].edit.changes[URI]

    # apply it the way an editor does: incremental changes, last edit first
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
        content_changes=[types.TextDocumentContentChangePartial(range=e.range, text=e.new_text)
                         for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character),
                                         reverse=True)]))
    assert await wait_diagnostics(client, URI, 2) == []
    assert "make(chan int, 1)" in apply_text_edits(SRC, edits)


UNICODE_SRC = """package main

func unicode() {
	ch := make(chan int)
	go func() {
		世界 := "🙂"; ch <- len(世界)
	}()
}
"""


@pytest.mark.parametrize("encodings,expected", [(None, 14), (["utf-8", "utf-16"], 20), (["utf-32"], 13)])
async def test_position_encodings(client, encodings, expected):
    result = await initialize(client, encodings=encodings)
    negotiated = result.capabilities.position_encoding or "utf-16"
    assert negotiated == {None: "utf-16", 14: "utf-16", 20: "utf-8", 13: "utf-32"}[expected]
    diags = await open_and_wait(client, "file:///tmp/goleash-lsp/u.go", UNICODE_SRC)
    assert [(d.range.start.line, d.range.start.character) for d in diags] == [(5, expected)]
    width = {"utf-16": 14, "utf-8": 20, "utf-32": 13}[negotiated] + len("ch <- len(") + \
        {"utf-16": 2, "utf-8": 6, "utf-32": 2}[negotiated] + 1
    assert diags[0].range.end.character == width


async def test_incremental_edits_with_non_ascii(client):
    await initialize(client)
    uri = "file:///tmp/goleash-lsp/u2.go"
    diags = await open_and_wait(client, uri, UNICODE_SRC)
    assert len(diags) == 1
    # make the channel buffered by typing ", 1" after "chan int" on line 3 (utf-16 columns)
    col = UNICODE_SRC.split("\n")[3].index("int)") + 3
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=3, character=col), end=types.Position(line=3, character=col)),
            text=", 1")]))
    assert await wait_diagnostics(client, uri, 2) == []
    # and type an emoji comment before the send: columns after it shift by 2 utf-16 units
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=3),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=3, character=col), end=types.Position(line=3, character=col + 3)),
            text=""),
            types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=5, character=2), end=types.Position(line=5, character=2)),
            text="/* 🙂 */ ")]))
    diags = await wait_diagnostics(client, uri, 3)
    assert [(d.range.start.line, d.range.start.character) for d in diags] == [(5, 14 + 9)]


async def test_settings_select_and_change(client):
    await initialize(client, options={"goleash": {"ignore": ["GL101"], "bogus": 1}})
    diags = await open_and_wait(client, URI, SRC)
    assert diags == []
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={"goleash": {"ignore": [], "severity": {"GL101": "error"}}}))
    diags = await wait_diagnostics(client, URI, 1)
    assert [(d.code, d.severity) for d in diags] == [("GL101", types.DiagnosticSeverity.Error)]


async def test_pull_diagnostics(client):
    await initialize(client, pull=True)
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=URI, language_id="go", version=1, text=SRC)))
    report = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=URI)))
    assert [d.code for d in report.items] == ["GL101"]


async def test_survives_bad_input(client):
    await initialize(client)
    junk = "file:///tmp/goleash-lsp/junk.go"
    await open_and_wait(client, junk, "\x00\x01\xff garbage {{{{ func ( go go <- <- chan")
    half = "file:///tmp/goleash-lsp/half.go"
    diags = await open_and_wait(client, half, SRC.replace("\tcase v := <-ch:", "\tcase v := <-"))
    assert diags == []  # a declaration that does not parse is not analysed
    # out-of-range and inverted edits are clamped, not fatal
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=half, version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=900, character=5), end=types.Position(line=1000, character=99)),
            text="\n// tail\n"),
            types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=3, character=50), end=types.Position(line=2, character=0)),
            text="")]))
    await wait_diagnostics(client, half, 2)
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={"goleash": {"severity": {"GL101": "loud"}, "goVersion": "banana", "select": 7}}))
    # still serving: a fresh document gets its diagnostics
    diags = await open_and_wait(client, URI, SRC)
    assert [d.code for d in diags] == ["GL101"]
    big = "package main\n" + "".join(f"func f{i}() {{ ch := make(chan int); go func() {{ ch <- {i} }}() }}\n"
                                     for i in range(3000))
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri="file:///tmp/goleash-lsp/big.go", language_id="go", version=1, text=big)))
    diags = await wait_until(client, "file:///tmp/goleash-lsp/big.go", lambda d: len(d) > 0, 120)
    assert len(diags) == 3000


async def test_analyze_workspace_command(client, tmp_path):
    (tmp_path / "a.go").write_text(SRC)
    (tmp_path / "b.go").write_text("package main\n\nfunc ok() {}\n")
    await initialize(client, root=str(tmp_path))
    result = await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="goleash.analyzeWorkspace", arguments=[]))
    assert result == {"files": 2, "findings": 1}
    uri = f"file://{tmp_path}/a.go"
    for _ in range(100):  # published before the command's answer; allow for delivery order
        if uri in client.diagnostics:
            break
        await asyncio.sleep(0.05)
    assert [d.code for d in client.diagnostics[uri]] == ["GL101"]


async def test_hover_on_go_keyword_tells_how_the_goroutine_ends(client):
    await initialize(client)
    await open_and_wait(client, URI, SRC)
    h = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=9, character=1)))
    assert h is not None and h.contents.kind == types.MarkupKind.Markdown
    assert "returns after its last statement" in h.contents.value
    assert "line 11: goroutine blocks forever" in h.contents.value and "(GL101)" in h.contents.value
    none = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=0, character=2)))
    assert none is None


async def test_runtime_evidence_over_lsp(client, tmp_path):
    path = tmp_path / "main.go"
    path.write_text(SRC)
    uri = f"file://{path}"
    await initialize(client, root=str(tmp_path))
    await open_and_wait(client, uri, SRC)
    dump = f"goroutine 9 [chan send, 3 minutes]:\nmain.fetch.func1()\n\t{path}:11 +0x25\n" \
           f"created by main.fetch\n\t{path}:10 +0x6a\n"
    result = await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="goleash.loadEvidence", arguments=[dump]))
    assert result == {"findings": 1, "files": 1}
    # the refreshed diagnostics may arrive before or after the command's answer
    for _ in range(200):
        diags = list(client.diagnostics.get(uri, ()))
        if any(d.code == "GL901" for d in diags):
            break
        await asyncio.sleep(0.05)
    ev = [d for d in diags if d.code == "GL901"]
    assert len(ev) == 1 and ev[0].range.start.line == 10 and "3 minutes" in ev[0].message
    assert ev[0].related_information[0].location.range.start.line == 9
    # editing the evidenced line makes the run-time observation stale: it goes away
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=10, character=8), end=types.Position(line=10, character=10)),
            text="43")]))
    diags = await wait_diagnostics(client, uri, 2)
    assert [d.code for d in diags] == ["GL101"]


async def test_typing_is_debounced_newest_version_wins(client):
    await initialize(client)
    uri = "file:///tmp/goleash-lsp/typing.go"
    await open_and_wait(client, uri, SRC)
    line = SRC.split("\n")[10]
    for v, ch in enumerate("1234", start=2):  # type 4 characters after "ch <- 42" quickly
        col = len(line) + v - 2
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=v),
            content_changes=[types.TextDocumentContentChangePartial(
                range=types.Range(start=types.Position(line=10, character=col),
                                  end=types.Position(line=10, character=col)), text=ch)]))
    params = await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 10)
    assert params.version == 5  # the stale analyses of versions 2-4 were superseded
    assert [d.code for d in params.diagnostics] == ["GL101"]
    assert params.diagnostics[0].range.end.character == len("\t\tch <- 421234")


def test_serve_over_tcp():
    import json
    import socket
    import subprocess
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "goleash", "serve", "--tcp", f"127.0.0.1:{port}"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for _ in range(100):
            try:
                conn = socket.create_connection(("127.0.0.1", port), timeout=5)
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError("server did not listen")
        body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                           "params": {"processId": None, "rootUri": None, "capabilities": {}}}).encode()
        conn.sendall(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        data = b""
        while b"\r\n\r\n" not in data:
            data += conn.recv(65536)
        head, rest = data.split(b"\r\n\r\n", 1)
        length = next(int(h.split(b":")[1]) for h in head.split(b"\r\n") if h.lower().startswith(b"content-length"))
        while len(rest) < length:
            rest += conn.recv(65536)
        reply = json.loads(rest[:length])
        assert reply["result"]["serverInfo"]["name"] == "goleash"
        assert reply["result"]["capabilities"]["codeActionProvider"]["codeActionKinds"] == ["quickfix"]
        conn.close()
    finally:
        proc.kill()
        proc.wait()


CANCEL_SRC = """package main

import (
	"context"
	"time"
)

func f(parent context.Context) error {
	ctx, _ := context.WithTimeout(parent, time.Second)
	return ctx.Err()
}
"""


async def test_defer_to_gopls_hides_overlap_but_keeps_fix(client):
    await initialize(client, options={"deferToGopls": True})
    uri = "file:///tmp/goleash-lsp/cancel.go"
    diags = await open_and_wait(client, uri, CANCEL_SRC)
    assert diags == []  # vet lostcancel (gopls) reports this one
    gopls = types.Diagnostic(range=types.Range(start=types.Position(line=8, character=1),
                                               end=types.Position(line=8, character=51)),
                             message="the cancel function returned by context.WithTimeout should be called",
                             source="lostcancel")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=gopls.range,
        context=types.CodeActionContext(diagnostics=[gopls])))
    fix = next(a for a in actions if a.is_preferred)
    assert fix.diagnostics[0].source == "lostcancel"  # linked to gopls's diagnostic
    assert "defer cancel()" in apply_text_edits(CANCEL_SRC, fix.edit.changes[uri])
