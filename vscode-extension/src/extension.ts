// goleash for VS Code: a thin client that starts the goleash language server over stdio.
import * as cp from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

const INSTALL_URL = "https://github.com/goleash/goleash#try-it-fresh-machine-python-311";
let client: LanguageClient | undefined;
let output: vscode.OutputChannel;

interface ServerCommand {
  command: string;
  args: string[];
  how: string;
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

function hasGoleash(python: string): boolean {
  const r = cp.spawnSync(python, ["-m", "goleash", "--version"], { encoding: "utf8", timeout: 20000 });
  return r.status === 0;
}

async function pythonExtensionInterpreter(): Promise<string | undefined> {
  const ext = vscode.extensions.getExtension("ms-python.python");
  if (!ext) {
    return undefined;
  }
  try {
    const api: any = ext.isActive ? ext.exports : await ext.activate();
    const details = api?.settings?.getExecutionDetails?.(vscode.workspace.workspaceFolders?.[0]?.uri);
    return details?.execCommand?.[0];
  } catch {
    return undefined;
  }
}

// goleash.path -> goleash.interpreter -> the Python extension's interpreter -> goleash on PATH
async function findServer(): Promise<ServerCommand | undefined> {
  const cfg = vscode.workspace.getConfiguration("goleash");
  const exe = cfg.get<string>("path");
  if (exe) {
    return { command: exe, args: ["serve"], how: "goleash.path" };
  }
  const interpreter = cfg.get<string>("interpreter");
  if (interpreter) {
    return { command: interpreter, args: ["-m", "goleash", "serve"], how: "goleash.interpreter" };
  }
  const py = await pythonExtensionInterpreter();
  if (py && hasGoleash(py)) {
    return { command: py, args: ["-m", "goleash", "serve"], how: "the Python extension's interpreter" };
  }
  const found = onPath(process.platform === "win32" ? "goleash.exe" : "goleash");
  if (found) {
    return { command: found, args: ["serve"], how: "PATH" };
  }
  return undefined;
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
  };
}

async function notFound(): Promise<void> {
  const choice = await vscode.window.showErrorMessage(
    "goleash: the goleash language server was not found. Install it (pip install goleash, or from a checkout: " +
      "pip install -e .) and set goleash.path or goleash.interpreter.",
    "Open install instructions",
    "Set goleash.path",
  );
  if (choice === "Open install instructions") {
    await vscode.env.openExternal(vscode.Uri.parse(INSTALL_URL));
  } else if (choice === "Set goleash.path") {
    await vscode.commands.executeCommand("workbench.action.openSettings", "goleash.path");
  }
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  let server = await findServer();
  // In remote windows (code-server, SSH) user settings can arrive just after activation: look again briefly.
  for (let i = 0; !server && i < 6; i++) {
    await new Promise((r) => setTimeout(r, 500));
    server = await findServer();
  }
  if (!server) {
    output.appendLine("goleash server not found (goleash.path, goleash.interpreter, Python extension, PATH)");
    await notFound();
    return;
  }
  output.appendLine(`starting ${server.command} ${server.args.join(" ")} (from ${server.how})`);
  const serverOptions: ServerOptions = { command: server.command, args: server.args, transport: TransportKind.stdio };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: "file", language: "go" }],
    outputChannel: output,
    initializationOptions: { goleash: serverSettings() },
  };
  client = new LanguageClient("goleash", "goleash", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (e) {
    output.appendLine(`goleash failed to start: ${e}`);
    client = undefined;
    const choice = await vscode.window.showErrorMessage(
      `goleash: the server (${server.command}, from ${server.how}) did not start. Is goleash installed there?`,
      "Show output",
      "Open install instructions",
    );
    if (choice === "Show output") {
      output.show();
    } else if (choice === "Open install instructions") {
      await vscode.env.openExternal(vscode.Uri.parse(INSTALL_URL));
    }
  }
}

async function stop(): Promise<void> {
  const c = client;
  client = undefined;
  await c?.stop();
}

async function serverCommand(command: string, args: unknown[]): Promise<any> {
  if (!client) {
    throw new Error("the goleash server is not running");
  }
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("goleash");
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand("goleash.restart", async () => {
      await stop();
      await start(context);
    }),
    vscode.commands.registerCommand("goleash.showOutput", () => output.show()),
    vscode.commands.registerCommand("goleash.runAnalysis", () =>
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: "goleash: analysing the workspace…" },
        async () => {
          const r = await serverCommand("goleash.analyzeWorkspace", []);
          vscode.window.showInformationMessage(`goleash: ${r.findings} findings in ${r.files} Go files.`);
        },
      ),
    ),
    vscode.commands.registerCommand("goleash.loadEvidenceFile", async () => {
      const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        openLabel: "Load evidence",
        filters: { "Goroutine dump or race report": ["txt", "log", "out"], "All files": ["*"] },
      });
      if (picked?.[0]) {
        const r = await serverCommand("goleash.loadEvidence", [picked[0].fsPath]);
        vscode.window.showInformationMessage(`goleash: ${r.findings} runtime findings in ${r.files} files.`);
      }
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration("goleash")) {
        return;
      }
      if (e.affectsConfiguration("goleash.path") || e.affectsConfiguration("goleash.interpreter") || !client) {
        await stop();
        await start(context);
      } else {
        await client.sendNotification(DidChangeConfigurationNotification.type, {
          settings: { goleash: serverSettings() },
        });
      }
    }),
    { dispose: () => void stop() },
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}
