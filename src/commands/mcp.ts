// `toolkit mcp -- SERVER COMMAND…`: the stdio wrapper; `toolkit mcp pins list|accept SERVER`.
// Wiring only: config → engine → pins → relay between this process's stdio and the child's.
import { spawn } from "node:child_process";
import { EXIT, UsageError } from "../cli/errors.ts";
import { loadConfig } from "../config/load.ts";
import { McpRelay, type Relayed } from "../mcp/relay.ts";
import { warmUpRelay } from "../mcp/warmup.ts";
import { listPins, readPins, writePins } from "../mcp/pins.ts";
import { buildEngine } from "../policy/engine.ts";
import { KillSwitch } from "../policy/kill-switch.ts";

export interface McpFlags {
  config?: string;
  name?: string;
  upstream?: string;
  listen?: string;
  "--"?: string[];
}

export async function runMcp(args: string[], flags: McpFlags): Promise<number> {
  const config = await loadConfig({ path: flags.config });
  const dir = config.mcp.pinsDir;
  if (args[0] === "pins") {
    const [, action, server] = args;
    if (action === "list") {
      const all = listPins(dir);
      if (all.length === 0) process.stdout.write(`no pinned MCP servers in ${dir}\n`);
      for (const p of all) {
        process.stdout.write(`${p.server}${p.command ? `  (${p.command.join(" ")})` : ""}\n`);
        for (const [name, t] of Object.entries(p.tools)) process.stdout.write(`  ${name.padEnd(32)} sha256:${t.hash.slice(0, 16)}…  pinned ${t.pinned_at}${p.pending?.[name] ? `  CHANGED → ${p.pending[name]!.hash.slice(0, 16)}… (seen ${p.pending[name]!.seen_at})` : ""}\n`);
      }
      return EXIT.clean;
    }
    if (action === "accept") {
      if (!server) throw new UsageError("mcp pins accept: name the server (see toolkit mcp pins list)");
      const p = readPins(dir, server);
      const pending = Object.entries(p.pending ?? {});
      if (pending.length === 0) {
        process.stdout.write(`${server}: nothing to accept\n`);
        return EXIT.clean;
      }
      for (const [name, t] of pending) p.tools[name] = { hash: t.hash, pinned_at: new Date().toISOString() };
      delete p.pending;
      writePins(dir, p);
      process.stdout.write(`${server}: accepted ${pending.map(([n]) => n).join(", ")}\n`);
      return EXIT.clean;
    }
    throw new UsageError("mcp pins: expected 'list' or 'accept SERVER'");
  }
  if (args[0] === "wrap") {
    const file = args[1];
    if (!file || args.length > 2) throw new UsageError("usage: toolkit mcp wrap FILE  (.mcp.json, .cursor/mcp.json, .vscode/mcp.json, claude_desktop_config.json, .gemini/settings.json)");
    const { wrapConfig } = await import("../mcp/wrap.ts");
    const r = wrapConfig(file);
    for (const n of r.wrapped) process.stdout.write(`wrapped ${n}: now starts through toolkit mcp\n`);
    for (const n of r.already) process.stdout.write(`already wrapped: ${n}\n`);
    for (const s of r.skipped) process.stdout.write(`not wrapped: ${s.name} (${s.why})\n`);
    if (r.backup) process.stdout.write(`original kept as ${r.backup}\n`);
    return EXIT.clean;
  }
  const command = flags["--"] ?? [];
  if (flags.upstream !== undefined) return runHttp(flags, config, dir);
  if (args.length > 0 || command.length === 0) throw new UsageError("usage: toolkit mcp [--name NAME] -- SERVER COMMAND…  (or: toolkit mcp pins list|accept SERVER, toolkit mcp wrap FILE)");
  const server = flags.name ?? command.map((c) => c.split("/").pop()).join("-");
  const engine = await buildEngine(config);
  await engine.suite.preload();
  const pins = readPins(dir, server);
  pins.command = command;
  const kill = new KillSwitch();
  kill.set("config", config.killSwitch.enabled, "config", config.killSwitch.enabled ? "kill_switch.enabled in config" : null);
  if (config.killSwitch.sentinel) kill.watchSentinel(config.killSwitch.sentinel);
  process.on("SIGUSR1", () => kill.set("signal", !kill.snapshot().signal.engaged, "SIGUSR1", "SIGUSR1"));

  const child = spawn(command[0]!, command.slice(1), { stdio: ["pipe", "pipe", "inherit"] });
  const started = new Promise<void>((ok, fail) => {
    child.once("spawn", () => ok());
    child.once("error", (err) => fail(new UsageError(`mcp: cannot start '${command[0]}': ${(err as NodeJS.ErrnoException).code ?? err.message}`)));
  });
  await started;
  const log = (e: Record<string, unknown>) => process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), type: "mcp", server, ...e })}\n`);
  const relay = new McpRelay({ engine, kill, pins, pinsDir: dir, log });
  const warm = warmUpRelay(engine);
  const deliver = (r: Relayed) => {
    for (const l of r.toClient) process.stdout.write(`${l}\n`);
    for (const l of r.toServer) if (child.stdin.writable) child.stdin.write(`${l}\n`);
  };
  // Each direction in order; a message is judged before the next one of the same direction.
  const pump = (stream: AsyncIterable<Uint8Array | string>, handle: (line: string) => Promise<void>) =>
    (async () => {
      let buf = "";
      let queue = Promise.resolve();
      const dec = new TextDecoder();
      for await (const chunk of stream) {
        buf += typeof chunk === "string" ? chunk : dec.decode(chunk, { stream: true });
        let nl = buf.indexOf("\n");
        while (nl >= 0) {
          const line = buf.slice(0, nl).replace(/\r$/, "");
          buf = buf.slice(nl + 1);
          queue = queue.then(() => handle(line)).catch((err) => {
            log({ verdict: "block", reason: `internal error: ${(err as Error).message}` });
          });
          nl = buf.indexOf("\n");
        }
      }
      if (buf.length > 0) queue = queue.then(() => handle(buf));
      await queue;
    })();
  const fromClient = pump(process.stdin, async (l) => deliver(await relay.fromClient(l))).then(() => child.stdin.end());
  const fromServer = pump(child.stdout, async (l) => deliver(await relay.fromServer(l)));
  const code = await new Promise<number>((ok) => child.once("exit", (c, sig) => ok(c ?? (sig ? 128 + 1 : 1))));
  await fromServer;
  void fromClient;
  warm.stop();
  kill.stop();
  if (code !== 0) log({ event: "server-exit", code });
  return code;
}

async function runHttp(flags: McpFlags, config: Awaited<ReturnType<typeof loadConfig>>, dir: string): Promise<number> {
  let upstream: URL;
  try {
    upstream = new URL(flags.upstream!);
  } catch {
    throw new UsageError(`--upstream ${flags.upstream}: not a URL`);
  }
  if (upstream.protocol !== "http:" && upstream.protocol !== "https:") throw new UsageError(`--upstream ${flags.upstream}: expected http:// or https://`);
  const m = /^(\[[0-9a-f:]+\]|[^:]+):(\d{1,5})$/i.exec(flags.listen ?? "127.0.0.1:8890");
  if (!m) throw new UsageError(`--listen ${flags.listen}: expected HOST:PORT`);
  const server = flags.name ?? upstream.host;
  const engine = await buildEngine(config);
  await engine.suite.preload();
  const pins = readPins(dir, server);
  const kill = new KillSwitch();
  kill.set("config", config.killSwitch.enabled, "config", config.killSwitch.enabled ? "kill_switch.enabled in config" : null);
  if (config.killSwitch.sentinel) kill.watchSentinel(config.killSwitch.sentinel);
  const log = (e: Record<string, unknown>) => process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), type: "mcp", server, ...e })}\n`);
  const { createMcpHttpProxy } = await import("../mcp/http.ts");
  const srv = createMcpHttpProxy(new McpRelay({ engine, kill, pins, pinsDir: dir, log }), upstream, log);
  await new Promise<void>((ok, fail) => {
    srv.once("error", (e: NodeJS.ErrnoException) => fail(new UsageError(`--listen ${flags.listen}: ${e.code ?? e.message}`)));
    srv.listen(Number(m[2]), m[1]!.replace(/^\[|\]$/g, ""), () => ok());
  });
  const a = srv.address() as { address: string; port: number };
  process.stderr.write(`toolkit: MCP (Streamable HTTP) on http://${a.address}:${a.port}/ → ${upstream.href}\n`);
  return new Promise<number>((done) => {
    const stop = () => srv.close(() => done(0));
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
}
