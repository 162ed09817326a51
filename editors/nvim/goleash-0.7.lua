-- goleash for Neovim 0.7 (vim.lsp.start arrived in 0.8: here one client is started and attached to
-- every Go buffer). Put this file in your config and `dofile` / `require` it from init.lua.
-- Set vim.g.goleash_cmd first if goleash is not on PATH, e.g. { "/path/.venv/bin/goleash", "serve" }.
-- goleash runs beside gopls (keep your gopls setup). When a gopls executable is found, deferToGopls is on:
-- what gopls/vet already reports (loopclosure, lostcancel, copylocks...) is shown once, by gopls, and
-- goleash's quick fixes are offered on gopls's diagnostics. Override with vim.g.goleash_settings.
local cmd = vim.g.goleash_cmd or { "goleash", "serve" }
local settings = vim.tbl_extend("keep", vim.g.goleash_settings or {},
  { deferToGopls = vim.fn.executable("gopls") == 1 })
local client_id

local function root_of(file)
  local gomod = vim.fn.findfile("go.mod", vim.fn.fnamemodify(file, ":p:h") .. ";")
  return gomod ~= "" and vim.fn.fnamemodify(gomod, ":p:h") or vim.fn.fnamemodify(file, ":p:h")
end

vim.api.nvim_create_autocmd("FileType", {
  pattern = "go",
  callback = function(args)
    if not client_id then
      client_id = vim.lsp.start_client({
        name = "goleash",
        cmd = cmd,
        root_dir = root_of(vim.api.nvim_buf_get_name(args.buf)),
        init_options = settings,   -- e.g. vim.g.goleash_settings = { ignore = { "GL104" } }
      })
    end
    if client_id then
      vim.lsp.buf_attach_client(args.buf, client_id)
    end
  end,
})
