-- Headless Neovim 0.7 end-to-end check of goleash, through the very config users copy
-- (editors/nvim/goleash-0.7.lua). Env: GOLEASH_CMD (JSON list), GOLEASH_CONFIG, GO_FILE, and WITH_GOPLS=1 to
-- run gopls beside goleash (as a user's own gopls setup would). Exit 0 = pass. Always run under `timeout`.
--   alone:       GL101 and GL202 show; a code action asked from the line's indentation offers goleash's
--                preferred fix; applied, GL101 clears; saved.
--   WITH_GOPLS:  goleash's GL101 and gopls's loopclosure show; GL501 (the same bug) is not shown twice;
--                the code action on gopls's loopclosure line offers goleash's fix; applied, both clear.
local function out(...)
  io.stdout:write(table.concat(vim.tbl_map(tostring, { ... }), " ") .. "\n")
end
local TIMEOUT = 30000

local function main()
  local t0 = vim.loop.hrtime()
  local function ms() return math.floor((vim.loop.hrtime() - t0) / 1e6) end
  local with_gopls = os.getenv("WITH_GOPLS") == "1"
  vim.cmd("filetype on")
  if with_gopls then -- the user's gopls, started like their own config (lspconfig) would
    vim.api.nvim_create_autocmd("FileType", { pattern = "go", callback = function(args)
      local gomod = vim.fn.findfile("go.mod", vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ":p:h") .. ";")
      _G.gopls_id = _G.gopls_id or vim.lsp.start_client({ name = "gopls", cmd = { "gopls" },
        root_dir = vim.fn.fnamemodify(gomod, ":p:h"), flags = { debounce_text_changes = 0 } })
      vim.lsp.buf_attach_client(args.buf, _G.gopls_id)
    end })
  end
  vim.g.goleash_cmd = vim.fn.json_decode(os.getenv("GOLEASH_CMD"))
  dofile(os.getenv("GOLEASH_CONFIG"))
  local go_file = assert(os.getenv("GO_FILE"))
  vim.cmd("edit " .. vim.fn.fnameescape(go_file))
  local buf = vim.api.nvim_get_current_buf()

  local function find(pred)
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if pred(d) then return d end
    end
  end
  local function code(c) return function(d) return d.code == c end end
  local function loopclosure(d) return d.message:find("loop variable it captured", 1, true) ~= nil end
  local function goleash()
    for _, c in ipairs(vim.lsp.get_active_clients()) do
      if c.name == "goleash" then return c end
    end
  end

  local ready = with_gopls and function() return find(code("GL101")) and find(loopclosure) end
    or function() return find(code("GL101")) and find(code("GL202")) end
  assert(vim.wait(TIMEOUT, ready, 20), "the expected diagnostics did not all appear")
  vim.wait(1000) -- both servers settle: nothing more may come
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    out(string.format("DIAG %d:%d [%s] %s (%s)", d.lnum + 1, d.col + 1, tostring(d.code), d.message, d.source))
  end
  out("diagnostics after ms:", ms())

  local target = with_gopls and find(loopclosure) or find(code("GL101"))
  if with_gopls then
    assert(not find(code("GL501")), "GL501 shown beside gopls's loopclosure")
    local per_line = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      per_line[d.lnum] = (per_line[d.lnum] or 0) + 1
      assert(per_line[d.lnum] == 1, "two diagnostics on line " .. (d.lnum + 1))
    end
    out("NO DUPLICATES: one diagnostic per flagged line")
  end

  -- the code action, asked with the cursor in the line's indentation (column 0)
  local client = goleash()
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, 0 })
  local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, target.lnum), only = { "quickfix" } }
  local resp = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, TIMEOUT)
  local actions = resp[client.id].result
  local chosen
  for _, a in ipairs(actions) do
    out("ACTION", a.title, a.isPreferred and "(preferred)" or "")
    if a.isPreferred and not chosen then chosen = a end
  end
  assert(chosen and chosen.edit, "no preferred quick fix from column 0")
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  local cleared = with_gopls and function() return not find(loopclosure) and find(code("GL101")) end
    or function() return not find(code("GL101")) and find(code("GL202")) end
  assert(vim.wait(TIMEOUT, cleared, 20), "the fixed finding did not clear")
  out("fixed finding cleared after ms:", ms())
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
