"""Helpers for the end-to-end LSP tests: initialize, open, wait, apply edits like an editor."""

from __future__ import annotations

import asyncio

from lsprotocol import types

TIMEOUT = 15


async def initialize(client, encodings=None, options=None, pull=False, root="/tmp/goleash-lsp"):
    caps = types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
        text_document=types.TextDocumentClientCapabilities(
            diagnostic=types.DiagnosticClientCapabilities(related_document_support=False) if pull else None,
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(related_information=True,
                                                                           version_support=True),
            code_action=types.CodeActionClientCapabilities(is_preferred_support=True),
        ),
        workspace=types.WorkspaceClientCapabilities(configuration=True),
    )
    return await client.initialize_session(types.InitializeParams(
        capabilities=caps, root_uri=f"file://{root}", initialization_options=options,
        client_info=types.ClientInfo(name="pytest-lsp")))


async def open_and_wait(client, uri: str, text: str, version: int = 1):
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="go", version=version, text=text)))
    return await wait_diagnostics(client, uri, version)


async def wait_diagnostics(client, uri: str, version: int):
    """Wait for diagnostics of ``uri`` at ``version`` and return them as a list."""
    async def _wait():
        while True:
            params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
            if params.uri == uri and (params.version is None or params.version >= version):
                return list(params.diagnostics)
    return await asyncio.wait_for(_wait(), TIMEOUT)


async def wait_until(client, uri: str, pred, timeout: float = TIMEOUT):
    """Wait for a publication of ``uri`` whose diagnostics satisfy ``pred`` (a large file's
    first publication may be the diagnostic-free one its time budget gives, the full one
    follows)."""
    async def _wait():
        while True:
            params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
            if params.uri == uri and pred(list(params.diagnostics)):
                return list(params.diagnostics)
    return await asyncio.wait_for(_wait(), timeout)


def apply_text_edits(text: str, edits: list[types.TextEdit], encoding: str = "utf-16") -> str:
    """Apply LSP TextEdits to ``text`` like an editor (positions in the given encoding)."""
    lines = text.split("\n")

    def offset(pos: types.Position) -> int:
        before = sum(len(l) + 1 for l in lines[:pos.line])
        line = lines[pos.line] if pos.line < len(lines) else ""
        units = 0
        for i, ch in enumerate(line):
            if units >= pos.character:
                return before + i
            units += {"utf-8": len(ch.encode()), "utf-16": 2 if ord(ch) > 0xFFFF else 1}.get(encoding, 1)
        return before + len(line)

    spans = sorted(((offset(e.range.start), offset(e.range.end), e.new_text) for e in edits), reverse=True)
    for s, e, t in spans:
        text = text[:s] + t + text[e:]
    return text
