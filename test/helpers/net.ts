// Local-network helpers for tests that start servers and the proxy on 127.0.0.1.

/** A port that was free a moment ago (a server bound to port 0, then stopped). */
export async function freePort(): Promise<number> {
  const s = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: () => new Response("") });
  const p = s.port!;
  s.stop(true);
  return p;
}

/** Polls `pred` every 100 ms until it holds or `ms` pass; returns its last answer. */
export async function until(pred: () => boolean | Promise<boolean>, ms = 8000): Promise<boolean> {
  for (let t = 0; t < ms; t += 100) {
    if (await pred()) return true;
    await Bun.sleep(100);
  }
  return pred();
}

/** Waits for a control API's /health to answer. */
export async function waitForHealth(apiUrl: string, ms = 10_000): Promise<boolean> {
  return until(async () => {
    try {
      return (await fetch(`${apiUrl}/health`)).ok;
    } catch {
      return false;
    }
  }, ms);
}

/** The HTTP status of a GET through a proxy, by real curl. */
export async function curlStatus(proxy: string, url: string, args: string[] = []): Promise<number> {
  const p = Bun.spawn(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-x", proxy, ...args, url], { stdout: "pipe", stderr: "pipe" });
  const out = await new Response(p.stdout).text();
  await p.exited;
  return Number(out);
}

/**
 * Writes raw bytes to a local port and returns everything read until the peer closes (or `ms`
 * pass); with `halfClose`, the write side is ended after the bytes (the peer sees EOF).
 */
export async function rawExchange(port: number, raw: string | Uint8Array, ms = 2000, halfClose = false): Promise<string> {
  const { connect } = await import("node:net");
  return new Promise<string>((ok) => {
    const s = connect(port, "127.0.0.1", () => (halfClose ? s.end(raw) : s.write(raw)));
    let buf = "";
    s.on("data", (d: Buffer) => (buf += d.toString("latin1")));
    s.on("close", () => ok(buf));
    s.on("error", () => ok(buf));
    setTimeout(() => s.destroy(), ms);
  });
}

/** A `toolkit run` started for a test, a fuzz run or the soak: its ports, process and stderr so far. */
export interface RunningProxy {
  port: number;
  apiPort: number;
  proxyUrl: string;
  apiUrl: string;
  proc: ReturnType<typeof Bun.spawn>;
  /** Everything the proxy wrote on stderr so far. */
  stderr(): string;
  /** Open file descriptors of the proxy process (Linux /proc), or -1. */
  fds(): number;
  /** Resident memory of the proxy process in bytes (Linux /proc), or -1. */
  rss(): number;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number>;
}

/**
 * Starts `toolkit run` on free loopback ports with `config` (a YAML path) and HOME=`home`: from
 * source by default, or the command given (the built binary). Waits for /health.
 */
export async function startProxy(opts: { config: string; home: string; log?: string; cmd?: string[]; env?: Record<string, string> }): Promise<RunningProxy> {
  const { ENTRY } = await import("./cli.ts");
  const { join } = await import("node:path");
  const { readdirSync, readFileSync } = await import("node:fs");
  const cmd = opts.cmd ?? [process.execPath, ENTRY];
  // Port 0: the kernel picks free ports, read back from the start-up line (a port found free and
  // then bound by the proxy can be taken in between).
  const proc = Bun.spawn([...cmd, "run", "--no-ui", "--config", opts.config, "--listen", "127.0.0.1:0", "--api-listen", "127.0.0.1:0", "--log", opts.log ?? join(opts.home, "audit.log")], {
    stdout: "ignore", stderr: "pipe", env: { PATH: process.env.PATH ?? "", HOME: opts.home, TOOLKIT_CONFIG: "", ...opts.env },
  });
  let err = "";
  void (async () => {
    const dec = new TextDecoder();
    for await (const chunk of proc.stderr as ReadableStream<Uint8Array>) err += dec.decode(chunk);
  })();
  const ports = () => /proxy listening on http:\/\/127\.0\.0\.1:(\d+); control API on http:\/\/127\.0\.0\.1:(\d+)/.exec(err);
  await until(() => ports() !== null || proc.exitCode !== null, 20_000);
  const m = ports();
  const port = Number(m?.[1] ?? 0);
  const apiPort = Number(m?.[2] ?? 0);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  if (!m || !(await waitForHealth(apiUrl, 20_000))) {
    proc.kill();
    throw new Error(`toolkit run did not come up: ${err.slice(-500)}`);
  }
  return {
    port, apiPort, proxyUrl: `http://127.0.0.1:${port}`, apiUrl, proc,
    stderr: () => err,
    fds: () => {
      try {
        return readdirSync(`/proc/${proc.pid}/fd`).length;
      } catch {
        return -1;
      }
    },
    rss: () => {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${proc.pid}/status`, "utf8"));
        return m ? Number(m[1]) * 1024 : -1;
      } catch {
        return -1;
      }
    },
    stop: async () => {
      proc.kill("SIGTERM");
      return proc.exited;
    },
  };
}
