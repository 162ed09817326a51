"""The editor configurations users copy keep gopls (Helix isn't installed in CI: its file is checked here)."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_helix_runs_goleash_beside_gopls_and_defers_to_it():
    cfg = tomllib.loads((ROOT / "editors/helix/languages.toml").read_text())
    [go] = [lang for lang in cfg["language"] if lang["name"] == "go"]
    assert go["language-servers"] == ["gopls", "goleash"]
    assert cfg["language-server"]["goleash"] == {"command": "goleash", "args": ["serve"],
                                                 "config": {"deferToGopls": True}}


def test_neovim_configs_defer_to_gopls_when_it_is_installed():
    for name in ("goleash.lua", "goleash-0.7.lua"):
        text = (ROOT / "editors/nvim" / name).read_text()
        assert 'deferToGopls = vim.fn.executable("gopls") == 1' in text, name


def test_emacs_config_leaves_eglot_to_gopls():
    text = (ROOT / "editors/emacs/goleash.el").read_text()
    assert "eglot-server-programs" not in text and "(add-hook 'go-mode-hook #'goleash-flymake-setup)" in text
