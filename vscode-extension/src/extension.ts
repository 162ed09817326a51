// goleash for VS Code: starts the goleash language server over stdio, and never blocks the editor.
//
// Which server runs: the goleash.path setting (a goleash executable), else goleash.interpreter (a Python
// with goleash installed: `python -m goleash serve`), else the goleash bundled in this VSIX
// (bundled/run.py + bundled/libs, built per platform) run by the Python extension's interpreter or by
// python3/python on PATH (Python 3.11+).
//
// activate() returns at once: finding, probing and starting the server happen in the background. A
// candidate is probed first (`--version`, or `run.py --check`), so a missing or broken server is reported
// once, with the interpreter's own error, a button to the setting that fixes it (at the scope that applies:
// workspace, remote or user) and one to the output. A server that dies right after starting, or twice
// within three minutes, is not restarted again: the one notification says why.
import * as cp from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vscode from "vscode";
import {
  CloseAction,
  CloseHandlerResult,
  DidChangeConfigurationNotification,
  ErrorAction,
  ErrorHandlerResult,
  ExecuteCommandRequest,
  LanguageClient,
  RevealOutputChannelOn,
  ServerOptions,
  State,
} from "vscode-languageclient/node";

const MIN_PYTHON = [3, 11];
const PROBE_TIMEOUT_MS = 30000;
const START_WAIT_MS = 30000;

interface Launch {
  command: string;
  args: string[];
  how: string;
  setting: string; // the setting that chose (or would change) this server
}
interface Problem {
  message: string;
  setting: string; // the setting that fixes it
}

// Every failure is diagnosed here and reported once (see fail()). The client library's own pop-ups
// ("couldn't create connection to server", "crashed 5 times") would repeat it: they go to the output only.
class QuietClient extends LanguageClient {
  public error(message: string, data?: unknown, _showNotification: boolean | "force" = true): void {
    super.error(message, data, false);
  }
}

let output: vscode.OutputChannel;
let client: QuietClient | undefined;
let child: cp.ChildProcess | undefined;
let problem: Problem | undefined; // why the server is not running, when it is not
let starting: Promise<void> | undefined;
let generation = 0; // bumped by every (re)start: older attempts give up
let notified = ""; // the problem already shown: one notification per cause
let crashes: number[] = [];
let watchingPythonExtension = false;

function log(line: string): void {
  output.appendLine(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
}

// ------------------------------------------------------------------ processes
interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  error?: NodeJS.ErrnoException;
  timedOut?: boolean;
}

function run(command: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    let done = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (r: RunResult) => {
      if (!done) {
        done = true;
        if (timer) clearTimeout(timer);
        resolve(r);
      }
    };
    let p: cp.ChildProcess;
    try {
      p = cp.spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], windowsHide: true });
    } catch (e) {
      finish({ code: null, stdout, stderr, error: e as NodeJS.ErrnoException });
      return;
    }
    timer = setTimeout(() => {
      p.kill();
      finish({ code: null, stdout, stderr, timedOut: true });
    }, PROBE_TIMEOUT_MS);
    p.stdout?.on("data", (d) => (stdout += d));
    p.stderr?.on("data", (d) => (stderr += d));
    p.on("error", (e) => finish({ code: null, stdout, stderr, error: e }));
    p.on("close", (code) => finish({ code, stdout, stderr }));
  });
}

function lastLine(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  return lines.length ? lines[lines.length - 1] : "";
}

function why(r: RunResult): string {
  if (r.error) {
    if (r.error.code === "ENOENT") return "no such file";
    if (r.error.code === "EACCES") return "not executable (permission denied)";
    return r.error.message;
  }
  if (r.timedOut) return `no answer within ${PROBE_TIMEOUT_MS / 1000} s`;
  return lastLine(r.stderr) || lastLine(r.stdout) || `exit code ${r.code}`;
}

function expand(p: string): string {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? "";
  p = p.trim().replace(/\$\{workspaceFolder\}/g, folder);
  return p.startsWith("~") ? path.join(os.homedir(), p.slice(1)) : p;
}

function onPath(names: string[]): string[] {
  const found: string[] = [];
  for (const name of names) {
    for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
      if (!dir) continue;
      const candidate = path.join(dir, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        if (fs.statSync(candidate).isFile()) {
          found.push(candidate);
          break;
        }
      } catch {
        /* not here */
      }
    }
  }
  return found;
}

function withTimeout<T>(p: Thenable<T>, ms: number): Promise<T | undefined> {
  return Promise.race([Promise.resolve(p), new Promise<undefined>((r) => setTimeout(() => r(undefined), ms))]);
}

// ------------------------------------------------------------ which server
async function pythonExtensionInterpreter(context: vscode.ExtensionContext): Promise<string | undefined> {
  const ext = vscode.extensions.getExtension("ms-python.python");
  if (!ext) return undefined;
  try {
    const api: any = ext.isActive ? ext.exports : await withTimeout(ext.activate(), 15000);
    const resource = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (api?.environments && !watchingPythonExtension) {
      watchingPythonExtension = true; // another interpreter picked there: start the server with it
      context.subscriptions.push(api.environments.onDidChangeActiveEnvironmentPath(() => restart(context)));
    }
    const envPath = api?.environments?.getActiveEnvironmentPath?.(resource);
    if (envPath) {
      const env = await withTimeout(api.environments.resolveEnvironment(envPath), 15000);
      const exe = (env as any)?.executable?.uri?.fsPath;
      if (exe) return exe;
    }
    return api?.settings?.getExecutionDetails?.(resource)?.execCommand?.[0];
  } catch {
    return undefined;
  }
}

async function findServer(context: vscode.ExtensionContext): Promise<Launch | Problem> {
  const cfg = vscode.workspace.getConfiguration("goleash");
  const exe = expand(cfg.get<string>("path") ?? "");
  if (exe) {
    const r = await run(exe, ["--version"]);
    if (r.code !== 0) return { message: `goleash.path "${exe}" does not run: ${why(r)}.`, setting: "goleash.path" };
    return { command: exe, args: ["serve"], how: `goleash.path (${lastLine(r.stdout)})`, setting: "goleash.path" };
  }
  const interpreter = expand(cfg.get<string>("interpreter") ?? "");
  if (interpreter) {
    const r = await run(interpreter, ["-m", "goleash", "--version"]);
    if (r.code !== 0) {
      return { message: `goleash.interpreter "${interpreter}" cannot run goleash: ${why(r)}.`, setting: "goleash.interpreter" };
    }
    return { command: interpreter, args: ["-m", "goleash", "serve"], how: `goleash.interpreter (${lastLine(r.stdout)})`,
      setting: "goleash.interpreter" };
  }
  const runner = context.asAbsolutePath(path.join("bundled", "run.py"));
  if (!fs.existsSync(path.join(path.dirname(runner), "libs"))) {
    // a build of the extension without the bundled server: goleash on PATH
    const found = onPath([process.platform === "win32" ? "goleash.exe" : "goleash"])[0];
    if (found) return { command: found, args: ["serve"], how: "goleash on PATH", setting: "goleash.path" };
    return { message: "this build of the extension has no bundled server, and goleash is not on PATH. " +
      "Set goleash.path or goleash.interpreter.", setting: "goleash.path" };
  }
  const candidates: { python: string; how: string }[] = [];
  const fromExtension = await pythonExtensionInterpreter(context);
  if (fromExtension) candidates.push({ python: fromExtension, how: "the Python extension's interpreter" });
  const names = process.platform === "win32" ? ["python3.exe", "python.exe"] : ["python3", "python"];
  for (const p of onPath(names)) candidates.push({ python: p, how: "PATH" });
  if (candidates.length === 0) {
    return { message: `no Python found to run goleash: it needs Python ${MIN_PYTHON.join(".")}+ (the Python ` +
      "extension's interpreter, or python3 on PATH). Install Python, or set goleash.interpreter or goleash.path.",
      setting: "goleash.interpreter" };
  }
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.python)) continue;
    seen.add(c.python);
    const r = await run(c.python, ["-I", runner, "--check"]);
    if (r.code === 0) {
      return { command: c.python, args: ["-I", runner, "serve"], how: `the bundled goleash, run by ${c.python} ` +
        `(${c.how})`, setting: "goleash.interpreter" };
    }
    errors.push(`${c.python} (${c.how}): ${why(r)}`);
    log(`cannot run the bundled goleash with ${c.python}: ${r.stderr.trim() || why(r)}`);
  }
  return { message: `the bundled goleash cannot run: ${errors[0]}` +
    (errors.length > 1 ? ` (and ${errors.length - 1} more, see the output)` : "") + ".", setting: "goleash.interpreter" };
}

// The settings the server understands, with deferToGopls resolved to a boolean.
function serverSettings(): Record<string, unknown> {
  const cfg = vscode.workspace.getConfiguration("goleash");
  const defer = cfg.get<string>("deferToGopls") ?? "auto";
  return {
    select: cfg.get<string[]>("select") ?? [],
    ignore: cfg.get<string[]>("ignore") ?? [],
    severity: cfg.get<Record<string, string>>("severity") ?? {},
    goVersion: cfg.get<string>("goVersion") ?? "",
    deferToGopls: defer === "on" || (defer === "auto" && vscode.extensions.getExtension("golang.go") !== undefined),
    docsUrl: cfg.get<string>("docsUrl") ?? "",
  };
}

// ------------------------------------------------------------------ failures
async function openSettings(setting: string): Promise<void> {
  // the scope where the value that applies lives: workspace if set there, else remote (the server runs on
  // the remote machine), else user
  const info = vscode.workspace.getConfiguration().inspect(setting);
  let command = "workbench.action.openSettings";
  if (info?.workspaceFolderValue !== undefined || info?.workspaceValue !== undefined) {
    command = "workbench.action.openWorkspaceSettings";
  } else if (vscode.env.remoteName) {
    command = "workbench.action.openRemoteSettings";
  }
  log(`opening settings: ${command} ${setting}`);
  try {
    await vscode.commands.executeCommand(command, { query: setting });
  } catch {
    await vscode.commands.executeCommand("workbench.action.openSettings", setting);
  }
}

function notify(p: Problem): void {
  void vscode.window.showErrorMessage(`goleash: ${p.message}`, "Open Settings", "Show Output").then(async (choice) => {
    if (choice === "Open Settings") {
      await openSettings(p.setting);
    } else if (choice === "Show Output") {
      output.show(true);
    }
  });
}

function fail(p: Problem): void {
  problem = p;
  log(`goleash is not running: ${p.message}`);
  const old = client;
  client = undefined;
  if (old) setTimeout(() => void old.dispose().catch(() => undefined), 0);
  if (notified === p.message) return;
  notified = p.message;
  notify(p);
}

// ------------------------------------------------------------------- server
// The server process's end, once its stderr is read to the end (undefined: still running after 2 s).
const closedProcesses = new WeakSet<cp.ChildProcess>();
function exited(p: cp.ChildProcess | undefined): Promise<number | null | undefined> {
  if (!p) return Promise.resolve(undefined);
  if (closedProcesses.has(p)) return Promise.resolve(p.exitCode);
  return new Promise((r) => {
    const t = setTimeout(() => r(undefined), 2000);
    p.once("close", () => {
      clearTimeout(t);
      r(p.exitCode);
    });
  });
}

function start(context: vscode.ExtensionContext): Promise<void> {
  const gen = ++generation;
  problem = undefined;
  starting = (async () => {
    let launch: Launch | Problem | undefined;
    // settings can arrive just after activation (remote windows): find the server again if they changed
    for (let i = 0; i < 3; i++) {
      const cfg = vscode.workspace.getConfiguration("goleash");
      const before = `${cfg.get("path")}\n${cfg.get("interpreter")}`;
      launch = await findServer(context);
      const now = vscode.workspace.getConfiguration("goleash");
      if (gen !== generation || before === `${now.get("path")}\n${now.get("interpreter")}`) break;
    }
    if (gen !== generation || launch === undefined) return;
    if ("message" in launch) {
      fail(launch);
      return;
    }
    const l = launch;
    log(`starting ${l.command} ${l.args.join(" ")}: ${l.how}`);
    let stderrTail = "";
    let startedAt = Date.now();
    let reported = false; // start() failing and the connection closing are one failure: report it once
    const died = async (): Promise<string> => {
      const code = await exited(child);
      return lastLine(stderrTail) || (typeof code === "number" ? `exit code ${code}` : "the connection closed");
    };
    const serverOptions: ServerOptions = async () => {
      startedAt = Date.now();
      stderrTail = "";
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const p = cp.spawn(l.command, l.args, { cwd: folder?.scheme === "file" ? folder.fsPath : undefined,
        windowsHide: true });
      p.stderr?.on("data", (d) => (stderrTail = (stderrTail + d).slice(-4000)));
      p.once("close", () => closedProcesses.add(p));
      child = p;
      return p;
    };
    const c = new QuietClient("goleash", "goleash", serverOptions, {
      documentSelector: [{ scheme: "file", language: "go" }],
      outputChannel: output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationOptions: { goleash: serverSettings() },
      initializationFailedHandler: () => false,
      errorHandler: {
        error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue, handled: true }),
        closed: async (): Promise<CloseHandlerResult> => {
          if (gen !== generation || reported) return { action: CloseAction.DoNotRestart, handled: true };
          const cause = await died();
          const now = Date.now();
          crashes = crashes.filter((t) => now - t < 180000).concat(now);
          if (crashes.length === 1 && now - startedAt > 30000) {
            log(`the goleash server stopped (${cause}); restarting it once`);
            return { action: CloseAction.Restart, handled: true };
          }
          if (reported) return { action: CloseAction.DoNotRestart, handled: true };
          reported = true;
          fail({ message: `the goleash server (${l.how}) stopped ` +
            `${now - startedAt <= 30000 ? "right after starting" : "twice within 3 minutes"}: ${cause}. ` +
            "It is not restarted (goleash: Restart Server tries again).", setting: l.setting });
          return { action: CloseAction.DoNotRestart, handled: true };
        },
      },
    });
    client = c;
    try {
      await c.start();
      if (gen === generation) log("goleash server running");
    } catch (e) {
      const cause = (await died()) || String(e);
      if (gen === generation && !reported) {
        reported = true;
        const ended = child !== undefined && closedProcesses.has(child);
        fail({ message: `the goleash server (${l.how}) ${ended ? "stopped right after starting" : "did not start"}: ` +
          `${cause}. It is not restarted (goleash: Restart Server tries again).`, setting: l.setting });
      }
    }
  })();
  return starting;
}

async function stop(): Promise<void> {
  generation++;
  const c = client;
  const p = child;
  client = undefined;
  problem = undefined;
  if (c) {
    try {
      await c.stop(3000);
    } catch {
      /* stopped already, or never started */
    }
  }
  if (p && p.exitCode === null && p.signalCode === null) p.kill();
}

function restart(context: vscode.ExtensionContext): Promise<void> {
  return stop().then(() => start(context));
}

// A running client for a command, or a message saying why there is none (never waits for long).
async function runningClient(): Promise<QuietClient | undefined> {
  if (starting) await withTimeout(starting, START_WAIT_MS);
  if (client && client.state === State.Running) return client;
  const p = problem ?? { message: "the server is still starting; try again in a moment.", setting: "goleash.path" };
  notify({ message: `not running: ${p.message}`, setting: p.setting });
  return undefined;
}

export function activate(context: vscode.ExtensionContext): void {
  output = vscode.window.createOutputChannel("goleash");
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand("goleash.restart", () => {
      notified = ""; // asked for: say it again if it still fails
      crashes = [];
      return restart(context);
    }),
    vscode.commands.registerCommand("goleash.showOutput", () => output.show(true)),
    vscode.commands.registerCommand("goleash.runAnalysis", async () => {
      const c = await runningClient();
      if (!c) return;
      const r: any = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: "goleash: analysing the workspace…" },
        () => c.sendRequest(ExecuteCommandRequest.type, { command: "goleash.analyzeWorkspace", arguments: [] }),
      );
      void vscode.window.showInformationMessage(`goleash: ${r.findings} findings in ${r.files} Go files.`, "Show Problems")
        .then((choice) => choice && vscode.commands.executeCommand("workbench.actions.view.problems"));
    }),
    vscode.commands.registerCommand("goleash.loadEvidenceFile", async () => {
      const c = await runningClient();
      if (!c) return;
      const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        openLabel: "Load evidence",
        filters: { "Goroutine dump or race report": ["txt", "log", "out"], "All files": ["*"] },
      });
      if (picked?.[0]) {
        const r: any = await c.sendRequest(ExecuteCommandRequest.type,
          { command: "goleash.loadEvidence", arguments: [picked[0].fsPath] });
        void vscode.window.showInformationMessage(`goleash: ${r.findings} runtime findings in ${r.files} files.`,
          "Show Problems").then((choice) => choice && vscode.commands.executeCommand("workbench.actions.view.problems"));
      }
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration("goleash")) return;
      if (e.affectsConfiguration("goleash.path") || e.affectsConfiguration("goleash.interpreter") || !client) {
        void restart(context);
      } else if (client.state === State.Running) {
        void client.sendNotification(DidChangeConfigurationNotification.type, { settings: { goleash: serverSettings() } });
      }
    }),
    { dispose: () => void stop() },
  );
  void start(context); // in the background: activation never waits for the server
}

export function deactivate(): Promise<void> {
  return stop();
}
