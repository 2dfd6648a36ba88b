// Local-network helpers for tests that start servers and the proxy on 127.0.0.1.

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

/** A stream's text as it arrives (a spawned process's stdout or stderr): what came so far, and its end. */
export function collectText(stream: ReadableStream<Uint8Array>): { text(): string; done: Promise<void> } {
  let buf = "";
  const done = (async () => {
    const dec = new TextDecoder();
    try {
      for await (const chunk of stream) buf += dec.decode(chunk, { stream: true });
    } catch {
      // the process went away mid-read: keep what came
    }
    buf += dec.decode();
  })();
  return { text: () => buf, done };
}

/**
 * Waits until `parse` finds what it looks for in `read()` (a process's output so far) or `proc`
 * (when given) exits, at most `ms`; the parsed value, or null. How a test reads back the port a
 * server it started on port 0 bound, from the line the server prints once it listens.
 */
export async function waitForLine<T>(read: () => string, proc: { exitCode: number | null } | null, parse: (text: string) => T | null, ms = 20_000): Promise<T | null> {
  await until(() => parse(read()) !== null || (proc !== null && proc.exitCode !== null), ms);
  return parse(read());
}

/**
 * The ports `toolkit run` bound, from its start-up line on stderr ("proxy listening on
 * http://127.0.0.1:P; control API on http://127.0.0.1:A"), or null before it is printed.
 */
export function runPorts(stderr: string): { port: number; apiPort: number } | null {
  const m = /proxy listening on http:\/\/127\.0\.0\.1:(\d+); control API on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr);
  return m ? { port: Number(m[1]), apiPort: Number(m[2]) } : null;
}

/** A `toolkit run` started for a test, a fuzz run or the soak: its ports, process and output so far. */
export interface RunningProxy {
  port: number;
  apiPort: number;
  proxyUrl: string;
  apiUrl: string;
  proc: ReturnType<typeof Bun.spawn>;
  /** Everything the proxy wrote on stderr so far. */
  stderr(): string;
  /** Everything the proxy wrote on stdout so far. */
  stdout(): string;
  /** Open file descriptors of the proxy process (Linux /proc), or -1. */
  fds(): number;
  /** Resident memory of the proxy process in bytes (Linux /proc), or -1. */
  rss(): number;
  /** SIGTERM, then the exit code (once its stdout and stderr are read to the end). */
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
    stdout: "pipe", stderr: "pipe", env: { PATH: process.env.PATH ?? "", HOME: opts.home, TOOLKIT_CONFIG: "", ...opts.env },
  });
  const out = collectText(proc.stdout as ReadableStream<Uint8Array>);
  const err = collectText(proc.stderr as ReadableStream<Uint8Array>);
  const ports = await waitForLine(err.text, proc, runPorts);
  const port = ports?.port ?? 0;
  const apiPort = ports?.apiPort ?? 0;
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  if (!ports || !(await waitForHealth(apiUrl, 20_000))) {
    proc.kill();
    throw new Error(`toolkit run did not come up: ${err.text().slice(-500)}`);
  }
  return {
    port, apiPort, proxyUrl: `http://127.0.0.1:${port}`, apiUrl, proc,
    stderr: err.text,
    stdout: out.text,
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
      const code = await proc.exited;
      await Promise.race([Promise.all([out.done, err.done]), Bun.sleep(5000)]);
      return code;
    },
  };
}
