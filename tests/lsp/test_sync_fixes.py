"""GL202's `defer wg.Done()` fix applied over LSP clears the diagnostic."""

from lsprotocol import types

from lsp_helpers import apply_text_edits, initialize, open_and_wait, wait_diagnostics

URI = "file:///tmp/goleash-lsp/work.go"
SRC = """package main

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


async def test_defer_done_fix_over_lsp(client):
    await initialize(client)
    diags = await open_and_wait(client, URI, SRC)
    assert [(d.code, d.range.start.line) for d in diags] == [("GL202", 10)]
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=URI), range=diags[0].range,
        context=types.CodeActionContext(diagnostics=diags)))
    fix = next(a for a in actions if a.is_preferred)
    new = apply_text_edits(SRC, fix.edit.changes[URI])
    assert "\t\tgo func(it int) {\n\t\t\tdefer wg.Done()\n\t\t\tif it < 0 {" in new
    assert new.count("wg.Done()") == 1
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=new)]))
    assert await wait_diagnostics(client, URI, 2) == []
