"""pytest-lsp fixtures: the real server process over stdio."""

import os
import sys

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

SERVER = [sys.executable, "-m", "goleash", "serve"]
# These tests check what the server answers, not how fast: on a machine busy with other work a fixture's
# first declaration (which pays for the package's facts) can outlast the editor's 1 s per-declaration and
# 1.5 s per-document budgets, and the server then publishes nothing for it. The budgets have tests of their
# own (test_protocol.py, test_scan.py), with their own environments.
ENV = {**os.environ, "GOLEASH_DECLARATION_BUDGET": "30", "GOLEASH_ANALYSIS_BUDGET": "30"}


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER, server_env=ENV))
async def client(lsp_client: LanguageClient):
    yield lsp_client
    if lsp_client.capabilities is not None:  # initialized by the test
        await lsp_client.shutdown_session()
