-- goleash for Neovim 0.8 and newer: one client per root, started by vim.lsp.start on Go buffers.
-- (With nvim-lspconfig, see the README for a `configs.goleash` definition.)
-- goleash runs beside gopls (keep your gopls setup). When a gopls executable is found, deferToGopls is on:
-- what gopls/vet already reports is shown once, by gopls, with goleash's fixes offered on it.
local settings = vim.tbl_extend("keep", vim.g.goleash_settings or {},
  { deferToGopls = vim.fn.executable("gopls") == 1 })
vim.api.nvim_create_autocmd("FileType", {
  pattern = "go",
  callback = function(args)
    vim.lsp.start({
      name = "goleash",
      cmd = vim.g.goleash_cmd or { "goleash", "serve" },
      root_dir = vim.fs.dirname(vim.fs.find({ "go.mod", ".git" }, { upward = true, path = vim.api.nvim_buf_get_name(args.buf) })[1]),
      init_options = settings,
    })
  end,
})
