-- goleash for Neovim 0.7 (vim.lsp.start arrived in 0.8: here one client is started and attached to
-- every Go buffer). Put this file in your config and `dofile` / `require` it from init.lua.
-- Set vim.g.goleash_cmd first if goleash is not on PATH, e.g. { "/path/.venv/bin/goleash", "serve" }.
local cmd = vim.g.goleash_cmd or { "goleash", "serve" }
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
        init_options = vim.g.goleash_settings or {},   -- e.g. { ignore = { "GL104" } }
      })
    end
    if client_id then
      vim.lsp.buf_attach_client(args.buf, client_id)
    end
  end,
})
