-- Headless Neovim 0.7 end-to-end check of goleash, through the very config users copy
-- (editors/nvim/goleash-0.7.lua). Env: GOLEASH_CMD (JSON list), GOLEASH_CONFIG, GO_FILE.
-- Exit 0 = pass. Always run under `timeout`.
local function out(...)
  io.stdout:write(table.concat(vim.tbl_map(tostring, { ... }), " ") .. "\n")
end
local TIMEOUT = 20000

local function main()
  local t0 = vim.loop.hrtime()
  local function ms() return math.floor((vim.loop.hrtime() - t0) / 1e6) end
  vim.cmd("filetype on")
  vim.g.goleash_cmd = vim.fn.json_decode(os.getenv("GOLEASH_CMD"))
  dofile(os.getenv("GOLEASH_CONFIG"))
  local go_file = assert(os.getenv("GO_FILE"))
  vim.cmd("edit " .. vim.fn.fnameescape(go_file))
  local buf = vim.api.nvim_get_current_buf()

  local function codes()
    local seen = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do seen[d.code] = d end
    return seen
  end
  assert(vim.wait(TIMEOUT, function() local c = codes(); return c.GL101 ~= nil and c.GL202 ~= nil end, 20),
    "GL101 and GL202 did not both appear")
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    out(string.format("DIAG %d:%d [%s] %s (%s)", d.lnum + 1, d.col + 1, d.code, d.message, d.source))
  end
  out("diagnostics after ms:", ms())

  local d = codes().GL101
  local client = vim.lsp.get_active_clients()[1]
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
  local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, d.lnum), only = { "quickfix" } }
  local resp = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, TIMEOUT)
  local actions = resp[client.id].result
  local chosen
  for _, a in ipairs(actions) do
    out("ACTION", a.title, a.isPreferred and "(preferred)" or "")
    if a.isPreferred then chosen = a end
  end
  assert(chosen and chosen.edit, "no preferred quick fix")
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  assert(vim.wait(TIMEOUT, function() local c = codes(); return c.GL101 == nil and c.GL202 ~= nil end, 20),
    "GL101 did not clear")
  out("GL101 cleared after ms:", ms())
  vim.cmd("write")
  out("WROTE", go_file)
end

local ok, err = pcall(main)
if not ok then
  io.stderr:write("FAIL: " .. tostring(err) .. "\n")
  vim.cmd("cquit 1")
else
  out("PASS")
  vim.cmd("qall!")
end
