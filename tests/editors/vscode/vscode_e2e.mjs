// Drive real VS Code (code-server) in headless Chromium as a user would: open the sample, see both
// goleash squiggles, hover one, list them in Problems, Ctrl+. for the quick fixes, apply, save.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

const { chromium } = createRequire(process.env.PW_FROM)("playwright-core");
const url = process.env.CS_URL;
const outDir = process.env.OUT_DIR;
const goFile = process.env.GO_FILE;
const T = 45000;
fs.mkdirSync(outDir, { recursive: true });
const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  timeout: T,
});
let ok = false;
let page;
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  page = await context.newPage();
  const shot = async (name) => { await page.screenshot({ path: path.join(outDir, name) }); log("screenshot", name); };

  await page.goto(url, { timeout: T, waitUntil: "domcontentloaded" });
  await page.waitForSelector(".monaco-workbench", { timeout: T });
  await page.waitForSelector(".explorer-folders-view .monaco-list-row", { timeout: T });
  log("workbench ready");
  await page.locator(".monaco-workbench").click({ position: { x: 700, y: 400 } }).catch(() => {});
  await page.keyboard.press("Control+P");
  await page.waitForSelector(".quick-input-widget .quick-input-box input", { state: "visible", timeout: T });
  await page.keyboard.type("main.go");
  await page.waitForSelector(".quick-input-list .monaco-list-row", { timeout: T });
  await page.keyboard.press("Enter");
  await page.waitForSelector(".monaco-editor .view-lines", { timeout: T });

  // 1. goleash's diagnostics show as squiggles (GL101 in view; GL202 further down)
  const squiggles = page.locator(".monaco-editor .squiggly-warning");
  await squiggles.first().waitFor({ state: "attached", timeout: T });
  log("squiggles:", await squiggles.count());
  await shot("1-squiggles.png");

  // 2. hover the GL101 squiggle (the first one, on `ch <- 42`): message, code and doc link
  const first = squiggles.first();
  const box = await first.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator(".monaco-hover").filter({ hasText: "blocks forever" }).first();
  await hover.waitFor({ state: "visible", timeout: T });
  const hoverText = await hover.innerText();
  const hoverHtml = await hover.innerHTML();
  log("hover:", JSON.stringify(hoverText.slice(0, 300)));
  if (!hoverText.includes("GL101")) throw new Error("hover lacks the rule code");
  if (!hoverHtml.includes("GL101.md")) throw new Error("hover lacks the doc link");
  await shot("2-hover.png");

  // 3. the Problems panel lists both
  await page.mouse.move(5, 5);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+Shift+M");
  for (const code of ["GL101", "GL202"]) {
    const row = page.locator(".markers-panel .monaco-list-row").filter({ hasText: code }).first();
    await row.waitFor({ state: "visible", timeout: T });
    log("problems row:", JSON.stringify(await row.innerText()));
  }
  await shot("3-problems.png");

  // 4. cursor on the GL101 squiggle, Ctrl+. offers goleash's fixes
  const b2 = await first.boundingBox();
  await page.mouse.click(b2.x + b2.width / 2, b2.y + b2.height / 2);
  await page.keyboard.press("Control+.");
  const fix = page.getByText("Buffer ch with capacity 1").first();
  await fix.waitFor({ state: "visible", timeout: T });
  await page.getByText("Ignore GL101 here").first().waitFor({ state: "visible", timeout: T });
  log("quick fix menu shown");
  await shot("4-quickfix-menu.png");

  // 5. Enter applies the focused (preferred, listed first) fix; the GL101 squiggle goes, GL202 stays
  await page.keyboard.press("Enter");
  await page.locator(".monaco-editor .view-lines").filter({ hasText: "make(chan int, 1)" })
    .waitFor({ state: "visible", timeout: T });
  // the Problems panel (still open) drops GL101 and keeps GL202
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll(".markers-panel .monaco-list-row")].map((r) => r.textContent);
    return !rows.some((t) => t.includes("GL101")) && rows.some((t) => t.includes("GL202"));
  }, null, { timeout: T });
  log("fix applied: GL101 gone from Problems, GL202 still listed");
  await page.keyboard.press("Control+S");
  const deadline = Date.now() + T;
  while (!fs.readFileSync(goFile, "utf8").includes("make(chan int, 1)")) {
    if (Date.now() > deadline) throw new Error("file not saved");
    await page.waitForTimeout(100);
  }
  log("saved to disk");
  await shot("5-after-fix.png");
  ok = true;
} catch (e) {
  log("FAIL:", e.message);
  try { await page?.screenshot({ path: path.join(outDir, "fail.png") }); } catch {}
} finally {
  await browser.close();
}
log(ok ? "PASS" : "FAILED");
process.exit(ok ? 0 : 1);
