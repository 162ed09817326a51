"""Every golden fix, applied through LSP code actions by a real client, gives the golden file and clears
its diagnostics."""

import re
import sys
from pathlib import Path

import pytest
from lsprotocol import types

from lsp_helpers import apply_text_edits, initialize, open_and_wait, wait_diagnostics

sys.path.insert(0, str(Path(__file__).parent.parent))
from harness import FIX_RE, TESTDATA  # noqa: E402

GOLDEN = sorted(p.with_suffix("") for p in TESTDATA.rglob("*.go.golden"))


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: str(p.relative_to(TESTDATA)))
async def test_fix_over_lsp(client, path):
    await initialize(client, root=str(path.parent))
    uri = path.as_uri()
    src = path.read_text()
    diags = await open_and_wait(client, uri, src)
    fixable = [d for d in diags if d.source == "goleash"]
    assert fixable, "no diagnostics"
    want = FIX_RE.search(src)
    edits, codes = [], set()
    for d in fixable:
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=d.range,
            context=types.CodeActionContext(diagnostics=[d])))
        mine = [a for a in actions if a.diagnostics and a.diagnostics[0].range == d.range
                and "goleash:ignore" not in a.title]
        if want:
            chosen = next((a for a in mine if re.search(want.group(1), a.title)), None)
        else:
            chosen = next((a for a in mine if a.is_preferred), None)
        if chosen is None:
            continue
        edits.extend(chosen.edit.changes[uri])
        codes.add(d.code)
    assert edits
    unique = []
    for e in edits:  # two fixes may add the same import; a client applying them one by one adds it once
        if e not in unique:
            unique.append(e)
    fixed = apply_text_edits(src, unique)
    assert fixed == path.with_name(path.name + ".golden").read_text()
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)]))
    after = await wait_diagnostics(client, uri, 2)
    assert not [d for d in after if d.code in codes]
