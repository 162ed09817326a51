"""pytest-lsp fixtures: the real server process over stdio."""

import sys

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

SERVER = [sys.executable, "-m", "goleash", "serve"]


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER))
async def client(lsp_client: LanguageClient):
    yield lsp_client
    if lsp_client.capabilities is not None:  # initialized by the test
        await lsp_client.shutdown_session()
