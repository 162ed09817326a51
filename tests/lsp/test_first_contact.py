"""What a new user meets first, over the real server: scan findings in pull-mode clients (VS Code pulls
workspace diagnostics), doc links that open, code actions from anywhere on a flagged line, hovers in the
format the client renders."""

import asyncio
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

from lsprotocol import types

from lsp_helpers import TIMEOUT, initialize, open_and_wait, wait_diagnostics

LEAK = """package main

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
CANCEL = """package main

import (
	"context"
	"time"
)

func g(parent context.Context) error {
	ctx, _ := context.WithTimeout(parent, time.Second)
	return ctx.Err()
}
"""
EARLY = """package main

import "sync"

func work(items []int) {
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			if it < 0 {
				return
			}
			println(it)
			wg.Done()
		}(it)
	}
	wg.Wait()
}
"""


def _workspace(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "go.mod").write_text("module example.com/ws\n\ngo 1.21\n")
    (tmp_path / "a.go").write_text(LEAK)
    (tmp_path / "b.go").write_text(CANCEL)
    (tmp_path / "c.go").write_text("package main\n\nfunc ok() {}\n")
    return {name: (tmp_path / name).as_uri() for name in ("a.go", "b.go", "c.go")}


async def _scan(client) -> dict:
    return await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="goleash.analyzeWorkspace", arguments=[]))


async def test_scan_findings_reach_a_client_that_pulls_workspace_diagnostics(client, tmp_path):
    uris = _workspace(tmp_path)
    await initialize(client, pull=True, root=str(tmp_path))
    # b.go is open: its findings come from its document pull, and the summary counts them too
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uris["b.go"], language_id="go", version=1, text=CANCEL)))
    # like VS Code: a workspace pull is pending before the scan (the server holds it: nothing yet)
    pending = asyncio.ensure_future(client.workspace_diagnostic_async(
        types.WorkspaceDiagnosticParams(previous_result_ids=[])))
    await asyncio.sleep(0.3)
    assert not pending.done()
    summary = await _scan(client)
    report = await asyncio.wait_for(pending, TIMEOUT)
    by_uri = {r.uri: r for r in report.items}
    # a slow scan answers the held pull with the files done so far (once a second); the next pull, with
    # the result ids held, gets the rest at once
    for _ in range(5):
        if uris["a.go"] in by_uri and uris["c.go"] in by_uri:
            break
        more = await asyncio.wait_for(client.workspace_diagnostic_async(types.WorkspaceDiagnosticParams(
            previous_result_ids=[types.PreviousResultId(uri=r.uri, value=r.result_id) for r in by_uri.values()])),
            TIMEOUT)
        by_uri.update({r.uri: r for r in more.items})
    report = types.WorkspaceDiagnosticReport(items=list(by_uri.values()))
    assert uris["b.go"] not in by_uri  # open: the document pull covers it
    assert [d.code for d in by_uri[uris["a.go"]].items] == ["GL101"]
    assert list(by_uri[uris["c.go"]].items) == []
    open_diags = (await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uris["b.go"])))).items
    assert [d.code for d in open_diags] == ["GL601"]
    shown = sum(len(r.items) for r in report.items) + len(open_diags)
    assert summary == {"files": 3, "findings": shown} == {"files": 3, "findings": 2}
    assert uris["a.go"] not in client.diagnostics  # nothing pushed: no duplicate collection

    # the next pull with the result ids it holds waits for a change; closing the open file is one
    previous = [types.PreviousResultId(uri=r.uri, value=r.result_id) for r in report.items]
    pending = asyncio.ensure_future(client.workspace_diagnostic_async(
        types.WorkspaceDiagnosticParams(previous_result_ids=previous)))
    await asyncio.sleep(0.3)
    assert not pending.done()
    client.text_document_did_close(types.DidCloseTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=uris["b.go"])))
    report = await asyncio.wait_for(pending, TIMEOUT)
    assert [(r.uri, [d.code for d in r.items]) for r in report.items] == [(uris["b.go"], ["GL601"])]
    # and a document pull for the closed file (VS Code does one on close) keeps them too
    closed = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uris["b.go"])))
    assert [d.code for d in closed.items] == ["GL601"]


async def test_scan_findings_are_pushed_to_a_pull_client_that_never_pulls_the_workspace(client, tmp_path):
    uris = _workspace(tmp_path)
    await initialize(client, pull=True, root=str(tmp_path))
    assert await _scan(client) == {"files": 3, "findings": 2}
    for _ in range(100):
        if uris["a.go"] in client.diagnostics and uris["b.go"] in client.diagnostics:
            break
        await asyncio.sleep(0.05)
    assert [d.code for d in client.diagnostics[uris["a.go"]]] == ["GL101"]
    # opening the file: the pushed copy is cleared, its document pull shows it once
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uris["a.go"], language_id="go", version=1, text=LEAK)))
    for _ in range(100):
        if list(client.diagnostics[uris["a.go"]]) == []:
            break
        await asyncio.sleep(0.05)
    assert list(client.diagnostics[uris["a.go"]]) == []
    pulled = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uris["a.go"])))
    assert [d.code for d in pulled.items] == ["GL101"]


async def test_evidence_on_a_closed_file_reaches_a_workspace_pull(client, tmp_path):
    uris = _workspace(tmp_path)
    await initialize(client, pull=True, root=str(tmp_path))
    pending = asyncio.ensure_future(client.workspace_diagnostic_async(
        types.WorkspaceDiagnosticParams(previous_result_ids=[])))
    await asyncio.sleep(0.2)
    path = tmp_path / "a.go"
    dump = (f"goroutine 9 [chan send, 3 minutes]:\nmain.fetch.func1()\n\t{path}:11 +0x25\n"
            f"created by main.fetch\n\t{path}:10 +0x6a\n")
    result = await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="goleash.loadEvidence", arguments=[dump]))
    assert result == {"findings": 1, "files": 1}
    report = await asyncio.wait_for(pending, TIMEOUT)
    items = {r.uri: sorted(d.code for d in r.items) for r in report.items}
    assert items == {uris["a.go"]: ["GL101", "GL901"]}


async def test_doc_link_opens_the_installed_page_or_the_configured_site(client):
    await initialize(client)
    uri = "file:///tmp/goleash-lsp/fetch.go"
    [diag] = await open_and_wait(client, uri, LEAK)
    href = diag.code_description.href
    assert href.startswith("file://") and href.endswith("/GL101.md")
    page = Path(url2pathname(urlparse(href).path))
    assert page.is_file() and page.read_text().startswith("# GL101 abandoned-sender")
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={"goleash": {"docsUrl": "https://docs.example.org/goleash/"}}))
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=LEAK + "\n")]))
    [diag] = await wait_diagnostics(client, uri, 2)
    assert diag.code_description.href == "https://docs.example.org/goleash/GL101.md"


async def test_code_actions_anywhere_on_a_flagged_line(client):
    await initialize(client)
    uri = "file:///tmp/goleash-lsp/fetch.go"
    [diag] = await open_and_wait(client, uri, LEAK)
    line = diag.range.start.line  # "\t\tch <- 42"
    for start, end in [(0, 0), (1, 1), (len("\t\tch <- 42"), len("\t\tch <- 42")), (0, 99)]:
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(line=line, character=start),
                              end=types.Position(line=line, character=end)),
            context=types.CodeActionContext(diagnostics=[])))
        assert any(a.is_preferred and "GL101" in a.title for a in actions), (start, end)
    # a neighbouring line offers nothing of GL101's
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(start=types.Position(line=line + 1, character=0), end=types.Position(line=line + 1, character=0)),
        context=types.CodeActionContext(diagnostics=[])))
    assert not actions


async def _hover(client, formats, text=LEAK, pos=types.Position(line=9, character=1)):
    caps = types.ClientCapabilities(text_document=types.TextDocumentClientCapabilities(
        hover=types.HoverClientCapabilities(content_format=formats)))
    await client.initialize_session(types.InitializeParams(capabilities=caps, root_uri="file:///tmp/goleash-lsp"))
    uri = "file:///tmp/goleash-lsp/hover.go"
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uri, language_id="go", version=1, text=text)))
    return await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=pos))


async def test_hover_is_plain_text_for_a_client_that_does_not_render_markdown(client):
    h = await _hover(client, [types.MarkupKind.PlainText])
    assert h.contents.kind == types.MarkupKind.PlainText
    assert "**" not in h.contents.value and "`" not in h.contents.value
    assert h.contents.value.startswith("goroutine returns after its last statement.")


async def test_hover_is_markdown_when_the_client_prefers_it_and_tells_early_returns(client):
    h = await _hover(client, [types.MarkupKind.Markdown, types.MarkupKind.PlainText], EARLY,
                     types.Position(line=8, character=2))
    assert h.contents.kind == types.MarkupKind.Markdown
    assert h.contents.value.startswith("**goroutine** returns at its `return` (line 11) or after its last statement.")


async def test_a_scan_asks_a_pulling_client_to_refresh_once(client, tmp_path):
    """workspace/diagnostic/refresh after the scan (one, not one per file), for clients that pull only then."""
    _workspace(tmp_path)
    caps = types.ClientCapabilities(
        text_document=types.TextDocumentClientCapabilities(diagnostic=types.DiagnosticClientCapabilities()),
        workspace=types.WorkspaceClientCapabilities(
            diagnostics=types.DiagnosticWorkspaceClientCapabilities(refresh_support=True)))
    await client.initialize_session(types.InitializeParams(capabilities=caps, root_uri=tmp_path.as_uri()))
    pending = asyncio.ensure_future(client.workspace_diagnostic_async(
        types.WorkspaceDiagnosticParams(previous_result_ids=[])))
    await asyncio.sleep(0.2)
    await _scan(client)
    await asyncio.wait_for(pending, TIMEOUT)
    for _ in range(40):
        if client.diagnostic_refresh_count:
            break
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.3)
    assert client.diagnostic_refresh_count == 1
