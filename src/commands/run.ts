// `toolkit run`: the egress proxy. Wiring only: config → engine → CA and leaf issuer → proxy and
// control listeners; SIGHUP reloads (an invalid config is refused and the old one keeps serving);
// SIGTERM drains and exits 0.
import { existsSync, readFileSync } from "node:fs";
import { UsageError } from "../cli/errors.ts";
import { EMBEDDED_DEFAULT, loadConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { buildEngine } from "../policy/engine.ts";
import { compileRoutes } from "../policy/route.ts";
import { openAuditLog } from "../proxy/audit-log.ts";
import type { ProxyContext } from "../proxy/context.ts";
import { createControlApi } from "../proxy/control-api.ts";
import { resolveInjections } from "../proxy/inject.ts";
import { KillSwitch } from "../policy/kill-switch.ts";
import { Metrics } from "../proxy/metrics.ts";
import { createProxyServer } from "../proxy/server.ts";
import { createUpstream } from "../proxy/upstream.ts";
import { warmUpProxy } from "../proxy/warmup.ts";

export interface RunFlags {
  config?: string;
  listen?: string;
  apiListen?: string;
  log?: string;
  explain?: string;
  method?: string;
  /** false with --no-ui. */
  ui?: boolean;
}

function parseAddr(flag: string, v: string): { host: string; port: number } {
  const m = /^(\[[0-9a-f:]+\]|[^:]+):(\d{1,5})$/i.exec(v);
  if (!m || Number(m[2]) > 65535) throw new UsageError(`${flag} ${v}: expected HOST:PORT, e.g. 127.0.0.1:8888`);
  return { host: m[1]!.replace(/^\[|\]$/g, ""), port: Number(m[2]) };
}

export async function runRun(flags: RunFlags): Promise<number> {
  const config = await loadConfig({ path: flags.config });
  if (flags.explain !== undefined) return explain(config, flags.explain, flags.method ?? "GET");
  const listen = parseAddr("--listen", flags.listen ?? "127.0.0.1:8888");
  const apiListen = parseAddr("--api-listen", flags.apiListen ?? "127.0.0.1:8889");
  let engine = await buildEngine(config);
  await engine.suite.preload();
  let injections = resolveInjections(config, process.env);
  // The operator view takes the terminal when there is one (not in CI, not with --no-ui); then
  // messages go into the view and log lines only to --log.
  const ui = flags.ui !== false && process.stdout.isTTY === true && !process.env.CI;
  const messages: string[] = [];
  let viewOn = false;
  const say = (line: string) => {
    if (viewOn) {
      messages.push(`${new Date().toISOString().slice(11, 19)} ${line}`);
      if (messages.length > 20) messages.shift();
    } else process.stderr.write(`toolkit: ${line}\n`);
  };

  let leaves = null;
  let caPath: string | null = null;
  if (config.tls.intercept || config.routes.some((r) => r.intercept === true)) {
    const { caPaths, loadCA, defaultCADir, shellQuote } = await import("../tls/ca-store.ts");
    const p = caPaths(config.tls.caDir);
    if (!existsSync(p.cert) && !existsSync(p.key)) {
      const { createCA } = await import("../tls/ca.ts");
      const { writeCA } = await import("../tls/ca-store.ts");
      writeCA(config.tls.caDir, await createCA());
      const dirFlag = p.dir === caPaths(defaultCADir()).dir ? "" : ` --dir ${shellQuote(p.dir)}`;
      say(`created an interception CA in ${p.dir} (key 0600); clients must trust it: run \`toolkit tls install-ca${dirFlag}\` (nothing was installed)`);
    }
    const { LeafIssuer } = await import("../tls/leaf.ts");
    leaves = new LeafIssuer(await loadCA(config.tls.caDir), { ttlMs: config.tls.leafTtlMs });
    caPath = p.cert;
  }
  let upstreamCa: string | undefined;
  if (config.tls.upstreamCa) {
    try {
      upstreamCa = readFileSync(config.tls.upstreamCa, "utf8");
    } catch (err) {
      throw new UsageError(`config ${config.source}: tls.upstream_ca: cannot read ${config.tls.upstreamCa} (${(err as NodeJS.ErrnoException).code ?? "error"})`);
    }
  }
  const metrics = new Metrics();
  const kill = new KillSwitch();
  let selfPorts: number[] = [];
  const ctx: ProxyContext = {
    engine: () => engine,
    upstream: createUpstream({ upstreamCa, timeouts: () => engine.config.proxy }),
    log: openAuditLog(ui && !flags.log ? null : flags.log, (m) => say(m)),
    metrics,
    leaves,
    injectedHeaders: (policy) => (policy.route ? injections.get(policy.route.index) ?? [] : []),
    guard: () => ({ allow: engine.config.ssrf.allow, enabled: engine.config.ssrf.enabled, selfPorts }),
    kill,
  };
  kill.onChange((source, st) => {
    ctx.log.event("kill_switch", { source, engaged: st.engaged, by: st.by, reason: st.reason });
    say(`kill switch ${st.engaged ? "ENGAGED" : "released"} by ${source}${st.reason ? ` (${st.reason})` : ""}${kill.engaged() ? "; traffic stays stopped while any source is engaged" : ""}`);
  });
  kill.set("config", config.killSwitch.enabled, "config", config.killSwitch.enabled ? "kill_switch.enabled in config" : null);
  if (config.killSwitch.sentinel) kill.watchSentinel(config.killSwitch.sentinel);
  process.on("SIGUSR1", () => kill.set("signal", !kill.snapshot().signal.engaged, "SIGUSR1", "SIGUSR1"));
  const proxy = createProxyServer(ctx);
  const api = createControlApi({
    metrics, kill, token: () => process.env.TOOLKIT_API_TOKEN || engine.config.api.token,
    info: () => ({
      config: engine.config.source, mode: engine.config.mode, leaf_cache: leaves?.stats ?? null,
      connections: { open: proxy.limits.open(), evicted: proxy.limits.counts.evicted, refused: proxy.limits.counts.refused, header_timeouts: proxy.limits.counts.headerTimeouts, request_timeouts: proxy.limits.counts.requestTimeouts },
    }),
  });
  await new Promise<void>((ok, fail) => {
    proxy.server.once("error", (e: NodeJS.ErrnoException) => fail(new UsageError(`--listen ${listen.host}:${listen.port}: ${e.code === "EADDRINUSE" ? "address in use" : e.code ?? e.message}`)));
    proxy.server.listen(listen.port, listen.host, () => ok());
  });
  try {
    await new Promise<void>((ok, fail) => {
      api.once("error", (e: NodeJS.ErrnoException) => fail(new UsageError(`--api-listen ${apiListen.host}:${apiListen.port}: ${e.code === "EADDRINUSE" ? "address in use" : e.code ?? e.message}`)));
      api.listen(apiListen.port, apiListen.host, () => ok());
    });
  } catch (err) {
    // A start that failed must not leave the proxy port serving without its control API (and the
    // process alive, ignoring SIGTERM): close what is already open, then report.
    await proxy.close();
    ctx.upstream.close();
    kill.stop();
    await ctx.log.close();
    throw err;
  }
  const pa = proxy.address();
  const aa = api.address() as { address: string; port: number };
  selfPorts = [pa.port, aa.port];
  const proxyUrl = `http://${pa.host.includes(":") ? `[${pa.host}]` : pa.host}:${pa.port}`;
  say(`config: ${config.source}; mode ${config.mode}; fingerprint key: ${engine.fingerprintKeySource}`);
  say(`proxy listening on ${proxyUrl}; control API on http://${aa.address}:${aa.port} (/health, /metrics, /stats)`);
  say("point the agent at it:");
  const exports = [`export HTTPS_PROXY=${proxyUrl}`, `export HTTP_PROXY=${proxyUrl}`, "export NO_PROXY=localhost,127.0.0.1,::1"];
  if (caPath) exports.push(`export NODE_EXTRA_CA_CERTS=${caPath}`, `export SSL_CERT_FILE=${caPath}`, `export REQUESTS_CA_BUNDLE=${caPath}`);
  for (const e of exports) process.stderr.write(`  ${e}\n`);
  if (caPath) say("SSL_CERT_FILE / REQUESTS_CA_BUNDLE above trust only the toolkit CA; `toolkit tls install-ca --print-env` prints a bundle with the system roots too");

  const warm = warmUpProxy(engine);

  const reload = (why: string) => {
    void (async () => {
      try {
        const next = await loadConfig({ path: flags.config });
        const nextEngine = await buildEngine(next);
        await nextEngine.suite.preload();
        const nextInjections = resolveInjections(next, process.env);
        engine = nextEngine;
        injections = nextInjections;
        // A reload may change the config source only; the other sources keep their state.
        kill.set("config", next.killSwitch.enabled, "config", next.killSwitch.enabled ? "kill_switch.enabled in config" : null);
        if (next.killSwitch.sentinel) kill.watchSentinel(next.killSwitch.sentinel);
        ctx.log.event("reload", { config: next.source, ok: true, trigger: why });
        say(`config reloaded from ${next.source} (${why})`);
      } catch (err) {
        ctx.log.event("reload", { ok: false, trigger: why, error: (err as Error).message.split("\n")[0] });
        say(`config reload refused, the previous config keeps serving: ${(err as Error).message.split("\n")[0]}`);
      }
    })();
  };
  process.on("SIGHUP", () => reload("SIGHUP"));
  // A config file that changes on disk is reloaded too (editors replace files: watch by polling the path).
  if (config.source !== EMBEDDED_DEFAULT) {
    const { watchFile } = await import("node:fs");
    watchFile(config.source, { interval: 500, persistent: false }, (cur, prev) => {
      if (cur.mtimeMs !== prev.mtimeMs || cur.size !== prev.size || cur.ino !== prev.ino) reload("file changed");
    });
  }
  return await new Promise<number>((resolve) => {
    // Stopped: connections a client still holds open (kept-alive tunnels, WebSockets) must not keep
    // the process alive past the drain; an unref'd timer only fires when something does.
    const done = (code: number) => {
      resolve(code);
      setTimeout(() => process.exit(typeof process.exitCode === "number" ? process.exitCode : code), 100).unref?.();
    };
    let view: { stop(): void } | null = null;
    const stop = () => {
      warm.stop();
      view?.stop();
      viewOn = false;
      say("stopping: draining open requests (at most 10 s)");
      const timer = setTimeout(() => void ctx.log.close().then(() => done(0)), 10_000);
      timer.unref?.();
      api.close();
      void proxy.close().then(async () => {
        ctx.upstream.close();
        kill.stop();
        await ctx.log.close();
        clearTimeout(timer);
        done(0);
      });
      (proxy.server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
    if (ui) {
      void import("../report/operator-view.ts").then(async ({ startOperatorView }) => {
        viewOn = true;
        view = await startOperatorView({
          snapshot: () => ({
            counters: metrics.counters(), bytesScanned: metrics.bytesScanned, openTunnels: metrics.openTunnels, kill: kill.snapshot(),
            recent: metrics.recent, messages, listen: proxyUrl,
          }),
          toggleKill: () => kill.set("operator", !kill.snapshot().operator.engaged, "operator", "operator at the terminal"),
          quit: stop,
        });
      });
    }
  });
}

function explain(config: Config, url: string, method: string): number {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError(`--explain ${JSON.stringify(url.slice(0, 80))}: not a URL`);
  }
  const p = compileRoutes(config).resolve({ host: u.hostname.replace(/^\[|\]$/g, ""), path: u.pathname, method });
  const lines = [`${method.toUpperCase()} ${u.href}`, `route: ${p.label}`, `config: ${config.source}`];
  const value = (k: string): string => {
    const [side, ...rest] = k.split(".");
    const key = rest.join(".");
    if (side === "action") return p.action;
    if (side === "intercept") return String(p.intercept);
    if (side === "allow_credentials") return p.allowCredentials.join(", ");
    if (side === "inject_headers") return Object.keys(p.injectHeaders).join(", ") + " (values not shown)";
    const obj = (side === "request" ? p.request : p.response) as unknown as Record<string, unknown>;
    const camel = key.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
    const v = key.startsWith("detectors.") ? (p.request.detectors as unknown as Record<string, unknown>)[key.slice(10)] : obj[camel];
    return Array.isArray(v) ? `[${v.join(", ")}]` : String(v);
  };
  for (const [k, origin] of Object.entries(p.origins)) lines.push(`  ${k.padEnd(34)} ${value(k).padEnd(14)} (${origin})`);
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}
